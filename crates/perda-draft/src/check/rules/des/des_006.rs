//! ## What it checks
//! The Mengingat of a Peraturan Desa: it cites `Undang-Undang Nomor 6 Tahun 2014 tentang
//! Desa`. Judged only when the Mengingat is complete (the opening reaches `MEMUTUSKAN` or
//! `Menetapkan`).
//!
//! ## Why it matters
//! UU 6/2014 is the law that gives the village its authority to make Peraturan Desa (and
//! Permendagri 111/2014, made under it and PP 43/2014, the form); the dasar hukum of a
//! regulation cites the law that empowers its maker. That the citation is expected is
//! inferred from practice and the Permendagri form, so the rule reports a warning.
//!
//! ## Example
//! ```text
//! Mengingat : 1. Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan
//!                Perundang-undangan ...;
//!             2. Undang-Undang Nomor 39 Tahun 1999 tentang Hak Asasi Manusia ...;
//! ```
//!
//! ## Instead
//! ```text
//! Mengingat : 1. Undang-Undang Nomor 6 Tahun 2014 tentang Desa (Lembaran Negara Republik
//!                Indonesia Tahun 2014 Nomor 7, Tambahan Lembaran Negara Republik Indonesia
//!                Nomor 5495);
//!             2. ...
//! ```

use super::super::prelude::*;

/// DES-006 `perdes-cites-uu-desa`.
pub struct PerdesCitesUuDesa;

static META: RuleMeta = RuleMeta {
    code: "DES-006",
    name: "perdes-cites-uu-desa",
    group: Group::Village,
    family: Family::LegalBases,
    severity: Severity::Warning,
    basis: Basis::Inferred,
    summary: StaticMsg {
        id: "Mengingat Peraturan Desa memuat Undang-Undang Nomor 6 Tahun 2014 tentang Desa",
        en: "The Mengingat of a Peraturan Desa cites Undang-Undang Nomor 6 Tahun 2014 tentang Desa",
    },
    source: "Permendagri 111/2014 (based on UU 6/2014 and PP 43/2014); practice",
    file: include_str!("des_006.rs"),
};

static UU_DESA: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:Undang-Undang|UU)\s*(?:Republik\s+Indonesia\s+)?(?:Nomor|No\.?)\s*6\s+Tahun\s+2014\b",
    )
});

impl Rule for PerdesCitesUuDesa {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !doc.info.is_desa() {
            return;
        }
        let opening = doc.segment(Segment::Opening);
        let complete = opening.iter().any(|l| {
            let t = l.text.trim().to_uppercase().replace(' ', "");
            t.starts_with("MEMUTUSKAN") || t.starts_with("MENETAPKAN")
        });
        let Some(first) = doc.act.preamble.legal_bases.first() else {
            return;
        };
        if !complete
            || doc
                .act
                .preamble
                .legal_bases
                .iter()
                .any(|b| UU_DESA.is_match(&b.full_text()))
        {
            return;
        }
        let line = opening
            .iter()
            .find(|l| l.text.trim_start().to_lowercase().starts_with("mengingat"))
            .or_else(|| doc.line(first.span.line));
        if let Some(line) = line {
            sink.at(
                line,
                "Mengingat Peraturan Desa tidak memuat Undang-Undang Nomor 6 Tahun 2014 tentang Desa",
                "the Mengingat of the Peraturan Desa does not cite Undang-Undang Nomor 6 Tahun 2014 tentang Desa",
            )
            .help(
                "cantumkan: \"Undang-Undang Nomor 6 Tahun 2014 tentang Desa (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 7, Tambahan Lembaran Negara Republik Indonesia Nomor 5495)\"",
                "cite: \"Undang-Undang Nomor 6 Tahun 2014 tentang Desa (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 7, Tambahan Lembaran Negara Republik Indonesia Nomor 5495)\"",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDES;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_a_perdes_without_uu_6_2014() {
        let bad = PERDES.replace(
            "Mengingat : 1. Undang-Undang Nomor 6 Tahun 2014 tentang Desa (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 7, Tambahan Lembaran Negara Republik Indonesia Nomor 5495);\n2. ",
            "Mengingat : 1. ",
        );
        insta::assert_snapshot!(run_text(&PerdesCitesUuDesa, &bad));
    }

    #[test]
    fn accepts_the_citation() {
        assert_eq!(run_text(&PerdesCitesUuDesa, PERDES), "");
    }
}
