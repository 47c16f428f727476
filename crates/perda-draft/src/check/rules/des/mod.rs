//! Rules of group `DES`: the form of a Peraturan Desa (Permendagri 111/2014 Lampiran):
//! title, enacting office, diktum with the BPD's agreement, penutup, and its legal bases.
//! DES-005 (no criminal provisions in a Peraturan Desa) is SAN-001.

use super::prelude::*;
use crate::check::rule::Rule;

pub mod des_001;
pub mod des_002;
pub mod des_003;
pub mod des_004;
pub mod des_006;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &des_001::PerdesTitleBlock,
    &des_002::KepalaDesaOffice,
    &des_003::PerdesDiktum,
    &des_004::PerdesPenutup,
    &des_006::PerdesCitesUuDesa,
];

/// The village of a Peraturan Desa, upper-cased, from the title's region (`Desa Sukamaju,
/// Kabupaten Jember` → `SUKAMAJU`).
pub(crate) fn village(doc: &Document) -> Option<String> {
    let region = doc.info.region.as_deref()?;
    let first = region.split(',').next()?.trim();
    let name = first
        .strip_prefix("Desa ")
        .or_else(|| first.strip_prefix("DESA "))
        .unwrap_or(first);
    let name = super::pen::norm(name);
    (!name.is_empty()).then_some(name)
}

/// Whether a name read from a formula is the village of the title (when the title names one).
pub(crate) fn same_village(doc: &Document, name: &str) -> bool {
    village(doc).is_none_or(|v| super::pen::norm(name) == v)
}

/// Whether a line is a note of the copy (`[... gap ...]`) rather than text.
pub(crate) fn is_note(line: &Line) -> bool {
    line.text.trim_start().starts_with('[')
}

#[cfg(test)]
pub(crate) mod fixtures {
    //! Documents shared by the group's tests.

    /// An enacted Peraturan Desa in the form of Permendagri 111/2014.
    pub const PERDES: &str = "KEPALA DESA SUKAMAJU\nKABUPATEN JEMBER\nPERATURAN DESA SUKAMAJU\nNOMOR 2 TAHUN 2024\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA DI DESA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nKEPALA DESA SUKAMAJU,\nMenimbang : a. bahwa warga Desa yang bekerja ke luar negeri perlu dilindungi;\nb. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Desa tentang Pelindungan Pekerja Migran Indonesia di Desa;\nMengingat : 1. Undang-Undang Nomor 6 Tahun 2014 tentang Desa (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 7, Tambahan Lembaran Negara Republik Indonesia Nomor 5495);\n2. Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 242, Tambahan Lembaran Negara Republik Indonesia Nomor 6141);\nDengan Kesepakatan Bersama\nBADAN PERMUSYAWARATAN DESA SUKAMAJU\ndan\nKEPALA DESA SUKAMAJU\nMEMUTUSKAN:\nMenetapkan : PERATURAN DESA TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA DI DESA.\nPasal 1\nPemerintah Desa mendata warga Desa yang akan bekerja ke luar negeri.\nPasal 2\nPeraturan Desa ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Desa ini dengan penempatannya dalam Lembaran Desa Sukamaju.\nDitetapkan di Sukamaju\npada tanggal 5 Maret 2024\nKEPALA DESA SUKAMAJU,\nttd.\nAHMAD\nDiundangkan di Sukamaju\npada tanggal 5 Maret 2024\nSEKRETARIS DESA SUKAMAJU,\nttd.\nBUDI\nLEMBARAN DESA SUKAMAJU TAHUN 2024 NOMOR 2\n";

    pub use crate::check::rules::san::fixtures::{openings, run_all, uu_18_2017};
}

#[cfg(test)]
mod tests {
    use super::fixtures::{PERDES, openings, run_all, uu_18_2017};
    use super::*;
    use crate::check::testing::doc;

    #[test]
    fn silent_on_a_right_perdes_the_statute_and_openings() {
        assert_eq!(run_all(RULES, &doc(PERDES)), "");
        assert_eq!(run_all(RULES, &uu_18_2017()), "");
        for d in openings() {
            assert_eq!(run_all(RULES, &d), "", "{}", d.name);
        }
    }

    #[test]
    fn reads_the_village() {
        assert_eq!(village(&doc(PERDES)).as_deref(), Some("SUKAMAJU"));
    }
}
