//! Rules of group `LAM`: the Lampiran (annexes) — referred to from the body, numbered, and
//! signed.

use super::prelude::*;
use crate::check::rule::Rule;

pub mod lam_001;
pub mod lam_002;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &lam_001::AnnexReferredToInBody,
    &lam_002::AnnexNumberingAndSignature,
];

/// `LAMPIRAN`, `LAMPIRAN II`, `LAMPIRAN 1`, `LAMPIRAN A`, `LAMPIRAN I PERATURAN DAERAH ...`:
/// group 1 is the numeral, if any.
pub(crate) static ANNEX_HEADING: LazyLock<Regex> =
    LazyLock::new(|| re(r"^LAMPIRAN(?:\s*:)?(?:\s+([IVXLC]+|\d+|[A-Z])\b)?"));

/// The annex headings of the document (lines of the Lampiran segment that start with
/// `LAMPIRAN` in capitals), with their numeral.
pub(crate) fn headings(doc: &Document) -> Vec<(&Line, Option<String>)> {
    doc.segment(Segment::Annex)
        .iter()
        .filter_map(|l| {
            let c = ANNEX_HEADING.captures(l.text.trim())?;
            Some((l, c.get(1).map(|m| m.as_str().to_string())))
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod fixtures {
    //! Documents shared by the group's tests.

    /// A draft Perda with two signed, numbered annexes referred to in the body.
    pub const PERDA: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nRETRIBUSI PELAYANAN\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG RETRIBUSI PELAYANAN.\nPasal 1\nStruktur tarif tercantum dalam Lampiran I dan Lampiran II yang merupakan bagian tidak terpisahkan dari Peraturan Daerah ini.\nPasal 2\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Jember.\nDitetapkan di Jember\npada tanggal ...\nBUPATI JEMBER,\n...\nLAMPIRAN I\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG RETRIBUSI PELAYANAN\nSTRUKTUR TARIF A\n1. Pelayanan pertama.\nBUPATI JEMBER,\n...\nLAMPIRAN II\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG RETRIBUSI PELAYANAN\nSTRUKTUR TARIF B\n1. Pelayanan kedua.\nBUPATI JEMBER,\n...\n";

    pub use crate::check::rules::san::fixtures::{openings, run_all, uu_18_2017};
}

#[cfg(test)]
mod tests {
    use super::fixtures::{PERDA, openings, run_all, uu_18_2017};
    use super::*;
    use crate::check::testing::doc;

    #[test]
    fn silent_on_right_annexes_the_statute_and_openings() {
        assert_eq!(run_all(RULES, &doc(PERDA)), "");
        assert_eq!(run_all(RULES, &uu_18_2017()), "");
        for d in openings() {
            assert_eq!(run_all(RULES, &d), "", "{}", d.name);
        }
    }
}
