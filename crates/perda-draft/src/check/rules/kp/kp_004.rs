//! ## What it checks
//! A Perda named in the konsiderans as outdated or to be replaced (`sudah tidak sesuai lagi`,
//! `perlu diganti`, `perlu dicabut`) that the body does not revoke: no Pasal names it (by
//! number and year) together with `dicabut`. Amending regulations (`PERUBAHAN ... ATAS`) are
//! skipped, and only a complete body is judged.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (pencabutan) requires a regulation that is to be replaced to be
//! revoked expressly ("harus secara tegas") in the Ketentuan Penutup; otherwise the old and
//! the new Perda stand side by side and the reader must guess which applies. That the
//! konsiderans signals the replacement is inferred from the structure of the formulas, so
//! this is a warning.
//!
//! ## Example
//! ```text
//! Menimbang : b. bahwa Peraturan Daerah Kabupaten Jember Nomor 3 Tahun 2010 tentang ... sudah
//!             tidak sesuai lagi dengan perkembangan hukum sehingga perlu diganti;
//! ...
//! (no Pasal revokes Peraturan Daerah Nomor 3 Tahun 2010)
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 30
//! Pada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah Kabupaten Jember Nomor 3
//! Tahun 2010 tentang ... (Lembaran Daerah Kabupaten Jember Tahun 2010 Nomor 3) dicabut dan
//! dinyatakan tidak berlaku.
//! ```

use super::super::prelude::*;
use super::super::san::{locate, units};
use super::is_regional;

/// KP-004 `outdated-perda-revoked`.
pub struct OutdatedPerdaRevoked;

static META: RuleMeta = RuleMeta {
    code: "KP-004",
    name: "outdated-perda-revoked",
    group: Group::ClosingProvisions,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Inferred,
    summary: StaticMsg {
        id: "Perda yang menurut konsiderans perlu diganti dicabut secara tegas dalam Ketentuan Penutup",
        en: "A Perda the konsiderans says must be replaced is revoked expressly in the Ketentuan Penutup",
    },
    source: "Lampiran II UU 12/2011, pencabutan",
    file: include_str!("kp_004.rs"),
};

static OUTDATED: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\btidak\s+sesuai\s+lagi\b|\bsudah\s+tidak\s+sesuai\b|\bperlu\s+(?:diganti|dicabut)\b")
});

static CITED_PERDA: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\bPeraturan\s+(?:Daerah|Desa)\b[^;]{0,100}?\bNomor\s+(\d+)\s+Tahun\s+(\d{4})")
});

impl Rule for OutdatedPerdaRevoked {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_regional(doc) || doc.info.amending || !doc.body_complete() {
            return;
        }
        let body = units(doc);
        for point in &doc.act.preamble.considerations {
            let text = point.full_text();
            if !OUTDATED.is_match(&text) {
                continue;
            }
            for caps in CITED_PERDA.captures_iter(&text) {
                let (Some(whole), Some(n), Some(y)) = (caps.get(0), caps.get(1), caps.get(2))
                else {
                    continue;
                };
                let needle = format!("Nomor {} Tahun {}", n.as_str(), y.as_str());
                let revoked = body
                    .iter()
                    .any(|u| u.text.contains(&needle) && u.text.contains("dicabut"));
                if revoked {
                    continue;
                }
                let Some((line, offset)) = locate(doc, point, whole.as_str()) else {
                    continue;
                };
                sink.at_offset(
                    line,
                    offset,
                    format!(
                        "konsiderans huruf {} menyatakan `{}` perlu diganti, tetapi tidak ada Pasal yang mencabutnya",
                        point.number,
                        whole.as_str()
                    ),
                    format!(
                        "konsiderans huruf {} says `{}` must be replaced, but no Pasal revokes it",
                        point.number,
                        whole.as_str()
                    ),
                )
                .help(
                    "cabut peraturan itu secara tegas dalam Ketentuan Penutup: \"... dicabut dan dinyatakan tidak berlaku.\"",
                    "revoke it expressly in the Ketentuan Penutup: \"... dicabut dan dinyatakan tidak berlaku.\"",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_an_outdated_perda_left_in_force() {
        let bad = PERDA.replace(
            "Pasal 5\nPada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah Kabupaten Jember Nomor 3 Tahun 2010 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia (Lembaran Daerah Kabupaten Jember Tahun 2010 Nomor 3, Tambahan Lembaran Daerah Kabupaten Jember Nomor 2) dicabut dan dinyatakan tidak berlaku.\n",
            "",
        );
        insta::assert_snapshot!(run_text(&OutdatedPerdaRevoked, &bad));
    }

    #[test]
    fn accepts_a_revoked_one() {
        assert_eq!(run_text(&OutdatedPerdaRevoked, PERDA), "");
    }
}
