//! Rules of group `KP`: Ketentuan Peralihan and Ketentuan Penutup (transitional and closing
//! provisions of the body: entry into force, revocation, nama singkat).

use perda_law::structure::ActKind;

use super::prelude::*;
use crate::check::rule::Rule;

pub mod kp_001;
pub mod kp_002;
pub mod kp_003;
pub mod kp_004;
pub mod kp_005;
pub mod kp_006;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &kp_001::EntryIntoForceFormula,
    &kp_002::NoBerlakuEfektif,
    &kp_003::ExplicitRevocation,
    &kp_004::OutdatedPerdaRevoked,
    &kp_005::TransitionalPlacement,
    &kp_006::ShortNameForm,
];

/// Whether the document is a Perda (provinsi, kabupaten, kota) or a Peraturan Desa: the
/// regulations whose own formulas (`Peraturan Daerah ini ...`, `Peraturan Desa ini ...`)
/// these rules know.
pub(crate) fn is_regional(doc: &Document) -> bool {
    match doc.info.kind {
        Some(ActKind::PeraturanDaerah | ActKind::PeraturanDesa) => true,
        None => doc.info.level.is_some(),
        Some(_) => false,
    }
}

/// `Peraturan Desa` or `Peraturan Daerah`, as the document calls itself.
pub(crate) fn jenis(doc: &Document) -> &'static str {
    if doc.info.is_desa() {
        "Peraturan Desa"
    } else {
        "Peraturan Daerah"
    }
}

/// The line of a node's heading or first text.
pub(crate) fn node_line<'a>(doc: &'a Document, node: &Node) -> Option<&'a Line> {
    doc.line(node.span.line)
}

#[cfg(test)]
pub(crate) mod fixtures {
    //! Documents shared by the group's tests.

    /// A draft Perda kabupaten whose closing provisions are right.
    pub const PERDA: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMenimbang : a. bahwa Pekerja Migran Indonesia perlu dilindungi;\nb. bahwa Peraturan Daerah Kabupaten Jember Nomor 3 Tahun 2010 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia sudah tidak sesuai lagi dengan perkembangan hukum sehingga perlu diganti;\nc. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu membentuk Peraturan Daerah tentang Pelindungan Pekerja Migran Indonesia;\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nBAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\nBAB II\nPELINDUNGAN\nPasal 2\nPemerintah Daerah memberikan pelindungan kepada Pekerja Migran Indonesia.\nBAB III\nKETENTUAN PIDANA\nPasal 3\nSetiap orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 2 dipidana dengan pidana denda paling banyak kategori II.\nBAB IV\nKETENTUAN PERALIHAN\nPasal 4\nIzin yang telah diterbitkan sebelum Peraturan Daerah ini mulai berlaku tetap berlaku sampai masa berlakunya berakhir.\nBAB V\nKETENTUAN PENUTUP\nPasal 5\nPada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah Kabupaten Jember Nomor 3 Tahun 2010 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia (Lembaran Daerah Kabupaten Jember Tahun 2010 Nomor 3, Tambahan Lembaran Daerah Kabupaten Jember Nomor 2) dicabut dan dinyatakan tidak berlaku.\nPasal 6\nPeraturan Daerah ini dapat disebut Peraturan Daerah tentang Pelindungan Pekerja Migran.\nPasal 7\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Jember.\n";

    pub use crate::check::rules::san::fixtures::{openings, run_all, uu_18_2017};
}

#[cfg(test)]
mod tests {
    use super::fixtures::{PERDA, openings, run_all, uu_18_2017};
    use super::*;
    use crate::check::testing::doc;

    #[test]
    fn silent_on_a_right_perda_the_statute_and_openings() {
        assert_eq!(run_all(RULES, &doc(PERDA)), "");
        assert_eq!(run_all(RULES, &uu_18_2017()), "");
        for d in openings() {
            assert_eq!(run_all(RULES, &d), "", "{}", d.name);
        }
    }
}
