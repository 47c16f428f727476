//! ## What it checks
//! The line right after `DENGAN RAHMAT TUHAN YANG MAHA ESA` in a Perda: the enacting office
//! and the region in capitals, ending with a comma with no space before it —
//! `GUBERNUR <P>,`, `BUPATI <K>,`, `WALI KOTA <K>,` (also `WALIKOTA`). A Peraturan Desa's
//! `KEPALA DESA <D>,` is checked by DES-002. The kop above the title, which has no comma, is
//! a different line.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 15: the office of the official who enacts the regulation
//! follows the opening phrase, in capitals, ending with a comma. The angka was read only
//! in secondary restatements (basis S).
//!
//! ## Example
//! ```text
//! DENGAN RAHMAT TUHAN YANG MAHA ESA
//! BUPATI LOMBOK TIMUR ,
//! ```
//!
//! ## Instead
//! ```text
//! DENGAN RAHMAT TUHAN YANG MAHA ESA
//! BUPATI LOMBOK TIMUR,
//! ```

use super::super::prelude::*;
use super::rahmat_lines;
use crate::check::rules::doc::{is_gap, is_note, office_of, region_name};

/// PEM-002 `enacting-office-line`.
pub struct EnactingOfficeLine;

static META: RuleMeta = RuleMeta {
    code: "PEM-002",
    name: "enacting-office-line",
    group: Group::Opening,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Jabatan pembentuk ditulis dengan huruf kapital dan diakhiri koma sesudah frasa pembukaan",
        en: "The enacting office follows the opening phrase, in capitals, ending with a comma",
    },
    source: "UU 12/2011 Lampiran II angka 15",
    file: include_str!("pem_002.rs"),
};

static OFFICE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(GUBERNUR|BUPATI|WALI ?KOTA) [A-Z][A-Z .'()-]*[A-Z)],$"));
static OFFICE_LIKE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(GUBERNUR|BUPATI|WALI\s*KOTA|WALIKOTAMADYA)\b"));

impl Rule for EnactingOfficeLine {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let Some(level) = doc.info.level else {
            return;
        };
        if doc.info.is_desa() {
            return;
        }
        let Some(rahmat) = rahmat_lines(doc).first().copied() else {
            return;
        };
        let Some(next) = doc
            .lines
            .iter()
            .find(|l| l.no > rahmat.no && (!is_note(&l.text) || is_gap(doc, l.no)))
        else {
            return;
        };
        if is_gap(doc, next.no) {
            return;
        }
        let want = format!(
            "{} {},",
            office_of(level),
            region_name(doc).unwrap_or_default()
        );
        let t = next.text.trim();
        if OFFICE.is_match(t) {
            return;
        }
        let (id, en) = if OFFICE_LIKE.is_match(t) {
            (
                format!("baris jabatan pembentuk tidak baku: `{t}`"),
                format!("the enacting office line is not standard: `{t}`"),
            )
        } else {
            (
                format!(
                    "sesudah frasa `DENGAN RAHMAT TUHAN YANG MAHA ESA` tidak terdapat jabatan pembentuk; tertulis `{t}`"
                ),
                format!(
                    "no enacting office follows `DENGAN RAHMAT TUHAN YANG MAHA ESA`; found `{t}`"
                ),
            )
        };
        sink.at(next, id, en).help(
            format!("tulis `{want}` (huruf kapital, koma tanpa spasi di depannya)"),
            format!("write `{want}` (capitals, a comma without a space before it)"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const TITLE: &str = "PERATURAN DAERAH KABUPATEN LOMBOK TIMUR\nNOMOR 12 TAHUN 2006\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n";

    #[test]
    fn flags_a_space_before_the_comma_and_a_missing_office() {
        let out: String = [
            "BUPATI LOMBOK TIMUR ,\n",
            "Bupati Lombok Timur\n",
            "Menimbang : bahwa x;\n",
        ]
        .iter()
        .map(|o| run_text(&EnactingOfficeLine, &format!("{TITLE}{o}Mengingat : x;\n")))
        .collect();
        insta::assert_snapshot!(out);
    }

    #[test]
    fn accepts_offices_and_skips_gaps_and_perdes() {
        for o in [
            "BUPATI LOMBOK TIMUR,\n",
            "[... gap: not recovered ...]\nMenimbang : bahwa x;\n",
        ] {
            assert_eq!(
                run_text(&EnactingOfficeLine, &format!("{TITLE}{o}")),
                "",
                "{o}"
            );
        }
        let kota = "PERATURAN DAERAH KOTA BATU\nNOMOR 1 TAHUN 2020\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nWALIKOTA BATU,\n";
        assert_eq!(run_text(&EnactingOfficeLine, kota), "");
        let perdes = "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2020\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nKEPALA DESA SUKAMAJU\n";
        assert_eq!(run_text(&EnactingOfficeLine, perdes), "");
    }
}
