//! Rules of group `PEN`: the penutup — the promulgation order, the enactment and
//! promulgation blocks, the Lembaran Daerah line and the register number (noreg).
//!
//! These are the formulas of a Perda provinsi, kabupaten or kota; a Peraturan Desa has its
//! own (DES-004) and an Undang-Undang others. All rules stay silent when the penutup is
//! absent (a copy cut off before it).

use super::prelude::*;
use crate::check::rule::Rule;

pub mod pen_001;
pub mod pen_002;
pub mod pen_003;
pub mod pen_004;
pub mod pen_005;
pub mod pen_006;
pub mod pen_007;

pub(crate) use super::san::is_perda;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &pen_001::PromulgationOrder,
    &pen_002::EnactmentBlock,
    &pen_003::NoTitlesInSignature,
    &pen_004::PromulgationBlock,
    &pen_005::GazetteLine,
    &pen_006::RegisterNumber,
    &pen_007::ValidWithoutSignature,
];

/// Whether the copy is whole: no `[... gap ...]` marks. A block missing from a copy with
/// gaps may just not have been recovered, so "missing" findings need a whole copy.
pub(crate) fn whole_copy(doc: &Document) -> bool {
    doc.act.gaps.is_empty()
}

/// Uppercase with single spaces, for comparing region names.
pub(crate) fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
        .replace("WALIKOTA", "WALI KOTA")
}

/// The region of the title (`Kabupaten Jember`), if known.
pub(crate) fn region(doc: &Document) -> Option<&str> {
    doc.info.region.as_deref().filter(|r| !r.trim().is_empty())
}

/// Whether two region names are the same (case and spacing aside).
pub(crate) fn same_region(a: &str, b: &str) -> bool {
    norm(a) == norm(b)
}

/// The index of the first line of `lines` that starts with `prefix` (any case).
pub(crate) fn find_start(lines: &[Line], prefix: &str) -> Option<usize> {
    lines.iter().position(|l| {
        l.text
            .trim()
            .get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
    })
}

/// Whether a line only marks the signature (`ttd.`, `TTD`, `(tanda tangan)`, `cap`).
pub(crate) fn is_signature_mark(text: &str) -> bool {
    let t = text
        .trim()
        .trim_matches(|c| c == '(' || c == ')')
        .to_lowercase();
    t.is_empty()
        || t == "ttd"
        || t == "ttd."
        || t == "tanda tangan"
        || t == "cap"
        || t == "cap dan tanda tangan"
        || t == "ttd dan cap"
}

/// The office of a signature block: from `lines[from]`, the capitals-only lines up to the
/// first that ends with a comma (at most three), joined; with the first of them. `None`
/// when the block has no capitals line there.
pub(crate) fn office_at(lines: &[Line], from: usize) -> Option<(String, &Line)> {
    let first = lines.get(from)?;
    let mut joined = String::new();
    for l in lines.iter().skip(from).take(3) {
        let t = l.text.trim();
        let bare = ["Pj.", "Plt.", "Plh."]
            .iter()
            .find_map(|p| t.strip_prefix(p))
            .unwrap_or(t);
        if t.is_empty() || bare.chars().any(char::is_lowercase) {
            break;
        }
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(t);
        if t.ends_with(',') {
            break;
        }
    }
    (!joined.is_empty()).then_some((joined, first))
}

/// The index of the next line after `from` that is not a signature mark.
pub(crate) fn next_content(lines: &[Line], from: usize) -> Option<usize> {
    (from + 1..lines.len()).find(|&i| lines.get(i).is_some_and(|l| !is_signature_mark(&l.text)))
}

#[cfg(test)]
pub(crate) mod fixtures {
    //! Documents shared by the group's tests.

    /// The end of a draft Perda kabupaten with a right penutup.
    pub const DRAFT: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nPasal 1\nPemerintah Daerah memberikan pelindungan kepada Pekerja Migran Indonesia.\nPasal 2\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Jember.\nDitetapkan di Jember\npada tanggal ...\nBUPATI JEMBER,\nttd.\n...\nDiundangkan di Jember\npada tanggal ...\nSEKRETARIS DAERAH KABUPATEN JEMBER,\nttd.\n...\nLEMBARAN DAERAH KABUPATEN JEMBER TAHUN ... NOMOR ...\n";

    /// The same Perda, enacted in 2019.
    pub const ENACTED: &str = "PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 4 TAHUN 2019\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nPasal 1\nPemerintah Daerah memberikan pelindungan kepada Pekerja Migran Indonesia.\nPasal 2\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Jember.\nDitetapkan di Jember\npada tanggal 12 Juli 2019\nBUPATI JEMBER,\nttd.\nFAIDA\nDiundangkan di Jember\npada tanggal 15 Juli 2019\nSEKRETARIS DAERAH\nKABUPATEN JEMBER,\nttd.\nMIRFANO\nLEMBARAN DAERAH KABUPATEN JEMBER TAHUN 2019 NOMOR 4\nNOREG PERATURAN DAERAH KABUPATEN JEMBER, PROVINSI JAWA TIMUR: (4-133/2019)\n";

    pub use crate::check::rules::san::fixtures::{openings, run_all, uu_18_2017};
}

#[cfg(test)]
mod tests {
    use super::fixtures::{DRAFT, ENACTED, openings, run_all, uu_18_2017};
    use super::*;
    use crate::check::testing::doc;

    #[test]
    fn silent_on_right_penutups_the_statute_and_openings() {
        assert_eq!(run_all(RULES, &doc(DRAFT)), "");
        assert_eq!(run_all(RULES, &doc(ENACTED)), "");
        assert_eq!(run_all(RULES, &uu_18_2017()), "");
        for d in openings() {
            assert_eq!(run_all(RULES, &d), "", "{}", d.name);
        }
    }

    #[test]
    fn compares_regions_and_reads_offices() {
        assert!(same_region("Kabupaten  Jember", "KABUPATEN JEMBER"));
        assert!(same_region("Kota Batu", "KOTA BATU"));
        let d = doc(ENACTED);
        let closing = d.segment(Segment::Closing);
        let i = find_start(closing, "Diundangkan di").unwrap();
        let (office, _) = office_at(closing, i + 2).unwrap();
        assert_eq!(office, "SEKRETARIS DAERAH KABUPATEN JEMBER,");
    }
}
