//! Rules of group `PJL`: the Penjelasan (elucidation) — its heading and parts, its coverage
//! of the Pasal, `Cukup jelas.`, and the ban on norms and on re-explaining defined terms.
//!
//! All rules stay silent when the document has no Penjelasan, except PJL-001, which asks
//! for one in a complete Perda.

use super::prelude::*;
use crate::check::rule::Rule;

pub mod pjl_001;
pub mod pjl_002;
pub mod pjl_003;
pub mod pjl_004;
pub mod pjl_005;
pub mod pjl_006;
pub mod pjl_007;
pub mod pjl_008;

pub(crate) use super::pen::{norm, region, same_region};
pub(crate) use super::san::is_perda;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &pjl_001::ElucidationHeading,
    &pjl_002::ElucidationParts,
    &pjl_003::ElucidationCoversEveryPasal,
    &pjl_004::CukupJelas,
    &pjl_005::DefinitionsNotExplained,
    &pjl_006::NoNormsInElucidation,
    &pjl_007::ExplainedTermQuoted,
    &pjl_008::SupplementLine,
];

/// `I. UMUM`.
pub(crate) static UMUM: LazyLock<Regex> = LazyLock::new(|| re(r"^I\.\s+UMUM$"));

/// `II. PASAL DEMI PASAL`.
pub(crate) static PASAL_DEMI_PASAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"^II\.\s+PASAL DEMI PASAL$"));

/// The lines of the Penjelasan after `II. PASAL DEMI PASAL` (all of it if that heading is
/// missing).
pub(crate) fn article_part(doc: &Document) -> &[Line] {
    let lines = doc.segment(Segment::Elucidation);
    let start = lines
        .iter()
        .position(|l| {
            PASAL_DEMI_PASAL.is_match(l.text.trim())
                || l.text.trim().eq_ignore_ascii_case("II. PASAL DEMI PASAL")
        })
        .map_or(0, |i| i + 1);
    lines.get(start..).unwrap_or_default()
}

#[cfg(test)]
pub(crate) mod fixtures {
    //! Documents shared by the group's tests.

    /// A draft Perda kabupaten with a right Penjelasan.
    pub const PERDA: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nBAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Pekerja Migran Indonesia yang selanjutnya disingkat PMI adalah setiap warga negara Indonesia yang akan, sedang, atau telah melakukan pekerjaan dengan menerima upah di luar wilayah Republik Indonesia.\nBAB II\nPELINDUNGAN\nPasal 2\n(1) Pemerintah Daerah memberikan pelindungan kepada PMI.\n(2) Pelindungan sebagaimana dimaksud pada ayat (1) meliputi pelindungan sebelum, selama, dan setelah bekerja.\nBAB III\nKETENTUAN PENUTUP\nPasal 3\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Jember.\nDitetapkan di Jember\npada tanggal ...\nBUPATI JEMBER,\nttd.\n...\nDiundangkan di Jember\npada tanggal ...\nSEKRETARIS DAERAH KABUPATEN JEMBER,\nttd.\n...\nLEMBARAN DAERAH KABUPATEN JEMBER TAHUN ... NOMOR ...\nPENJELASAN\nATAS\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nI. UMUM\nPelindungan Pekerja Migran Indonesia merupakan tanggung jawab bersama Pemerintah Pusat dan Pemerintah Daerah.\nII. PASAL DEMI PASAL\nPasal 1\nCukup jelas.\nPasal 2\nAyat (1)\nYang dimaksud dengan \"pelindungan\" meliputi pelindungan hukum, sosial, dan ekonomi.\nAyat (2)\nCukup jelas.\nPasal 3\nCukup jelas.\nTAMBAHAN LEMBARAN DAERAH KABUPATEN JEMBER NOMOR ...\n";

    pub use crate::check::rules::san::fixtures::{openings, run_all, uu_18_2017};
}

#[cfg(test)]
mod tests {
    use super::fixtures::{PERDA, openings, run_all, uu_18_2017};
    use super::*;
    use crate::check::testing::doc;

    #[test]
    fn silent_on_a_right_penjelasan_the_statute_and_openings() {
        assert_eq!(run_all(RULES, &doc(PERDA)), "");
        assert_eq!(run_all(RULES, &uu_18_2017()), "");
        for d in openings() {
            assert_eq!(run_all(RULES, &d), "", "{}", d.name);
        }
    }
}
