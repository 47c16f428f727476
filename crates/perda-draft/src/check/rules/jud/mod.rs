//! Rules of group `JUD`: the title (judul).

use crate::check::rules::doc::{is_gap, is_note, type_line};
use crate::check::rules::prelude::*;

pub mod jud_001;
pub mod jud_002;
pub mod jud_003;
pub mod jud_004;
pub mod jud_005;
pub mod jud_006;
pub mod jud_007;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &jud_001::TitleBlockForm,
    &jud_002::TitleCapitals,
    &jud_003::NoAcronymInTitle,
    &jud_004::DraftNumberOpen,
    &jud_005::AmendingTitleForm,
    &jud_006::RevokingTitleForm,
    &jud_007::NameConsistent,
];

/// The title block of a regulation, as lines.
pub(in crate::check::rules) struct TitleBlock<'a> {
    /// Lines above the type line (kop, `RANCANGAN`).
    pub kop: Vec<&'a Line>,
    /// `PERATURAN DAERAH KABUPATEN MALANG`.
    pub type_line: &'a Line,
    /// The lines after it, up to `DENGAN RAHMAT TUHAN YANG MAHA ESA`.
    pub rest: Vec<&'a Line>,
    /// Text of the title block is missing from this copy (a gap mark inside it).
    pub cut: bool,
}

/// The title block, if the document has a type line.
pub(in crate::check::rules) fn title_block(doc: &Document) -> Option<TitleBlock<'_>> {
    let (i, type_line) = type_line(doc)?;
    let title = doc.segment(Segment::Title);
    let kop = title
        .get(..i)
        .unwrap_or_default()
        .iter()
        .filter(|l| !is_note(&l.text))
        .collect();
    let after = title.get(i + 1..).unwrap_or_default();
    let cut = after.iter().any(|l| is_gap(doc, l.no)) || after.is_empty();
    let rest = after.iter().filter(|l| !is_note(&l.text)).collect();
    Some(TitleBlock {
        kop,
        type_line,
        rest,
        cut,
    })
}

/// `NOMOR 7 TAHUN 2019`, `NOMOR ... TAHUN ...` (any case; JUD-002 judges the case).
pub(in crate::check::rules) static NOMOR_LINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^NOMOR\s+(?:(\d+|\.{2,})\s*)?TAHUN\s*(\d{4}|\.{2,})$"));

impl TitleBlock<'_> {
    /// The `NOMOR ... TAHUN ...` line, wherever it is in the block.
    pub fn nomor(&self) -> Option<&Line> {
        self.rest
            .iter()
            .copied()
            .find(|l| l.text.trim_start().to_uppercase().starts_with("NOMOR"))
    }

    /// The name lines: those after `TENTANG`.
    pub fn name_lines(&self) -> Vec<&Line> {
        let Some(pos) = self
            .rest
            .iter()
            .position(|l| l.text.trim().eq_ignore_ascii_case("TENTANG"))
        else {
            return Vec::new();
        };
        self.rest.iter().skip(pos + 1).copied().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::doc;

    #[test]
    fn reads_the_title_block() {
        let d = doc(
            "BUPATI MALANG\nPERATURAN DAERAH KABUPATEN MALANG\nNOMOR 7 TAHUN 2019\nTENTANG\nPELINDUNGAN PEKERJA\nMIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n",
        );
        let t = title_block(&d).unwrap();
        assert_eq!(t.kop.len(), 1);
        assert_eq!(t.nomor().unwrap().no, 3);
        assert_eq!(t.name_lines().len(), 2);
        assert!(!t.cut);
        assert!(NOMOR_LINE.is_match("NOMOR ... TAHUN ..."));
        assert!(NOMOR_LINE.is_match("NOMOR 7TAHUN 2015"));
        assert!(!NOMOR_LINE.is_match("NOMOR : 4 TAHUN 1991"));
    }
}
