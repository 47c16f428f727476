//! ## What it checks
//! That the Mengingat of a Perda cites the law that formed the region: an item naming
//! `Pembentukan` (`Undang-Undang Nomor 12 Tahun 1950 tentang Pembentukan Daerah-Daerah
//! Kabupaten ...`, `Undang-Undang Darurat ...`, `... tentang Penetapan ... Pembentukan ...`)
//! or one of the newer laws on a region (`Undang-Undang Nomor 20 Tahun 2022 tentang
//! Provinsi Nusa Tenggara Barat`, a UU on the special status of a region). Only a whole
//! Mengingat is judged; a Peraturan Desa is not checked.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II (dasar hukum of a Perda, restated in W9): the legal basis of a
//! Perda is Pasal 18 ayat (6) UUD 1945, the Undang-Undang forming the region and the
//! Undang-Undang on regional government. The formation law shows that the region exists
//! with authority over the area the Perda governs. Read in a secondary restatement (basis
//! S), so findings are warnings.
//!
//! ## Example
//! ```text
//! Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
//!             2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (...);
//! ```
//!
//! ## Instead
//! ```text
//! Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
//!             2. Undang-Undang Nomor 12 Tahun 1950 tentang Pembentukan Daerah-Daerah
//!                Kabupaten dalam Lingkungan Propinsi Jawa Timur (...);
//!             3. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (...);
//! ```

use super::super::prelude::*;
use super::{bases, mengingat_complete, mengingat_line};

/// DH-004 `formation-law`.
pub struct FormationLaw;

static META: RuleMeta = RuleMeta {
    code: "DH-004",
    name: "formation-law",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Dasar hukum Perda mencantumkan undang-undang pembentukan daerah",
        en: "A Perda's legal basis cites the law that formed the region",
    },
    source: "UU 12/2011 Lampiran II (dasar hukum Peraturan Daerah) (W9)",
    file: include_str!("dh_004.rs"),
};

static FORMATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bpembentukan\b|\btentang\s+(provinsi|propinsi|kabupaten|kota)\s+[A-Z]|\botonomi\s+khusus\b|\bkeistimewaan\b|\bpemerintahan\s+(aceh|provinsi\s+daerah)|\bdaerah\s+khusus\b",
    )
});

impl Rule for FormationLaw {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        if doc.info.is_desa() || doc.act.meta.kind.is_none() || !mengingat_complete(doc) {
            return;
        }
        let items = bases(doc);
        if items.iter().any(|b| FORMATION.is_match(&b.text)) {
            return;
        }
        let Some(line) = mengingat_line(doc) else {
            return;
        };
        let region = doc.info.region.as_deref().unwrap_or("daerah");
        sink.at(
            line,
            format!("dasar hukum tidak mencantumkan undang-undang pembentukan {region}"),
            format!("the legal basis does not cite the law that formed {region}"),
        )
        .help(
            "cantumkan undang-undang pembentukan daerah (beserta perubahannya) sesudah Pasal 18 ayat (6) UUD 1945",
            "cite the law forming the region (with its amendments) after Pasal 18 ayat (6) UUD 1945",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{GOOD, with};
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_a_mengingat_without_formation_law() {
        let items = "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587);\n";
        insta::assert_snapshot!(run_text(&FormationLaw, &with(items)));
    }

    #[test]
    fn accepts_formation_laws_new_region_laws_and_cut_lists() {
        assert_eq!(run_text(&FormationLaw, &with(GOOD)), "");
        let ntb = "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 20 Tahun 2022 tentang Provinsi Nusa Tenggara Barat (Lembaran Negara Republik Indonesia Tahun 2022 Nomor 163);\n";
        assert_eq!(run_text(&FormationLaw, &with(ntb)), "");
        let cut = "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n[... gap ...]\n";
        assert_eq!(run_text(&FormationLaw, &with(cut)), "");
    }
}
