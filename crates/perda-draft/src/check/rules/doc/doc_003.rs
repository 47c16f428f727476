//! ## What it checks
//! That every line naming the head of the region — the kop, the enacting office after
//! `DENGAN RAHMAT TUHAN YANG MAHA ESA`, the last line of the joint-approval formula and
//! the signature block — uses the office of the title's level: `GUBERNUR` for a Perda
//! Provinsi, `BUPATI` for a Perda Kabupaten, `WALI KOTA` (also written `WALIKOTA`) for a
//! Perda Kota, `KEPALA DESA` for a Peraturan Desa.
//!
//! ## Why it matters
//! The enacting office is the head of the region whose regulation it is; UU 12/2011
//! Lampiran II angka 15 gives the examples `GUBERNUR JAWA BARAT`, `BUPATI GUNUNG KIDUL`,
//! `WALIKOTA DUMAI`. A Perda Kota "signed" by a bupati is enacted by an official without
//! authority over the city. The angka is taken from a secondary restatement (basis S).
//!
//! ## Example
//! ```text
//! PERATURAN DAERAH KOTA BATU
//! ...
//! DENGAN RAHMAT TUHAN YANG MAHA ESA
//! BUPATI BATU,
//! ```
//!
//! ## Instead
//! ```text
//! DENGAN RAHMAT TUHAN YANG MAHA ESA
//! WALI KOTA BATU,
//! ```

use super::super::prelude::*;
use super::{is_note, office_at_start, office_of, preamble_lines, type_line};

/// DOC-003 `level-office-pair`.
pub struct LevelOfficePair;

static META: RuleMeta = RuleMeta {
    code: "DOC-003",
    name: "level-office-pair",
    group: Group::Document,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Jabatan kepala daerah sesuai dengan tingkat daerah pada judul",
        en: "The head of region's office matches the title's level",
    },
    source: "UU 12/2011 Lampiran II angka 15",
    file: include_str!("doc_003.rs"),
};

/// A whole line that is an office and a name, in capitals.
static OFFICE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(GUBERNUR|BUPATI|WALI\s?KOTA|WALIKOTAMADYA|KEPALA\s+DESA)\s+[A-Z][A-Z .'()-]*\s*,?$")
});

impl Rule for LevelOfficePair {
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
        let type_no = type_line(doc).map(|(_, l)| l.no);
        let title_no = |no: u32| type_no.is_some_and(|t| no >= t);
        let title_len = doc.segment(Segment::Title).len();
        let lines = preamble_lines(doc)
            .iter()
            .enumerate()
            // After the type line, the title block is the number and the name.
            .filter(|(i, l)| *i >= title_len || !title_no(l.no))
            .map(|(_, l)| l)
            .chain(doc.segment(Segment::Closing));
        let expected = office_of(level);
        let region = doc.info.region.as_deref().unwrap_or("");
        for line in lines {
            let t = line.text.trim();
            if is_note(t) || !OFFICE_LINE.is_match(t) {
                continue;
            }
            let Some((found, end)) = office_at_start(t) else {
                continue;
            };
            if found == level {
                continue;
            }
            let office = t.get(..end).unwrap_or(t);
            sink.at(
                line,
                format!(
                    "jabatan `{office}` tidak sesuai dengan tingkat daerah pada judul (`{region}`)"
                ),
                format!("the office `{office}` does not match the title's level (`{region}`)"),
            )
            .help(
                format!("jabatan pembentuk untuk tingkat ini adalah `{expected}`"),
                format!("the enacting office for this level is `{expected}`"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "BUPATI BATU\nPERATURAN DAERAH KOTA BATU\nNOMOR ... TAHUN ...\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI BATU,\nMenimbang : bahwa x;\nDengan Persetujuan Bersama\nDEWAN PERWAKILAN RAKYAT DAERAH KOTA BATU\ndan\nWALIKOTA BATU\nMEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG X.\nPasal 1\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kota Batu.\nDitetapkan di Batu\nGUBERNUR BATU,\n";

    #[test]
    fn flags_offices_of_another_level() {
        insta::assert_snapshot!(run_text(&LevelOfficePair, BAD));
    }

    #[test]
    fn accepts_matching_offices() {
        let good = BAD
            .replace("BUPATI BATU", "WALI KOTA BATU")
            .replace("GUBERNUR", "WALIKOTA");
        assert_eq!(run_text(&LevelOfficePair, &good), "");
        let perdes = "KEPALA DESA SUKAMAJU\nKABUPATEN JEMBER\nPERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nKEPALA DESA SUKAMAJU,\nMenimbang : bahwa x;\n";
        assert_eq!(run_text(&LevelOfficePair, perdes), "");
    }
}
