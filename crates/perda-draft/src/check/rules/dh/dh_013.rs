//! ## What it checks
//! Legal bases that have been repealed: UU 22/1999 and UU 32/2004 (regional government,
//! replaced by UU 32/2004 and UU 23/2014), UU 10/2004 (making regulations, replaced by UU
//! 12/2011), UU 39/2004 (placement and protection of Indonesian workers abroad, repealed
//! by UU 18/2017 Pasal 89 huruf a), Permendagri 53/2011 and Permendagri 1/2014 (regional
//! legal products, replaced by Permendagri 80/2015). The table is in `rules/dh/mod.rs`
//! (`REPEALED`). A regulation made after the repeal that cites the repealed basis is in
//! error; a regulation made before it is reported as a warning, because it now rests on a
//! repealed basis and must be reviewed.
//!
//! ## Why it matters
//! A repealed regulation no longer exists as a legal basis; UU 23/2014, UU 12/2011, UU
//! 18/2017 and Permendagri 80/2015 each repeal their predecessor. A Perda on migrant workers
//! still resting on UU 39/2004 keeps the TKI regime that UU 18/2017 replaced. The repeals
//! are taken from the repealing acts (UU 18/2017 Pasal 89 huruf a was read in its text;
//! the others in secondary sources, basis S).
//!
//! ## Example
//! ```text
//! 4. Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja
//!    Indonesia di Luar Negeri (...);
//! ```
//!
//! ## Instead
//! ```text
//! 4. Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia
//!    (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 242, Tambahan Lembaran Negara
//!    Republik Indonesia Nomor 6141);
//! ```

use super::super::prelude::*;
use super::{at, bases, repealed, units};
use crate::check::rules::doc::{Made, date_en, made, tanggal};

/// DH-013 `repealed-basis`.
pub struct RepealedBasis;

static META: RuleMeta = RuleMeta {
    code: "DH-013",
    name: "repealed-basis",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Dasar hukum yang telah dicabut tidak dicantumkan",
        en: "Repealed regulations are not cited as legal bases",
    },
    source: "UU 23/2014 (repeal of UU 32/2004); UU 12/2011 (repeal of UU 10/2004); UU 18/2017 Pasal 89 huruf a (repeal of UU 39/2004); Permendagri 80/2015 (repeal of 1/2014)",
    file: include_str!("dh_013.rs"),
};

impl Rule for RepealedBasis {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        for b in bases(doc) {
            let mut seen = Vec::new();
            for u in units(&b.text) {
                for c in [&u.head, &u.owner] {
                    if seen.contains(&c.start) {
                        continue;
                    }
                    seen.push(c.start);
                    let Some(r) = repealed(c) else {
                        continue;
                    };
                    let since_id = if r.exact {
                        format!("sejak {}", tanggal(r.from))
                    } else {
                        format!("sejak tahun {}", r.from.year - 1)
                    };
                    let since_en = if r.exact {
                        format!("since {}", date_en(r.from))
                    } else {
                        format!("since {}", r.from.year - 1)
                    };
                    let when = made(doc, r.from);
                    let (id, en, legacy) = match when {
                        Made::After => (
                            format!(
                                "`{}` telah dicabut dengan {} {since_id} dan tidak dapat menjadi dasar hukum",
                                c.written, r.by
                            ),
                            format!(
                                "`{}` was repealed by {} {since_en} and cannot be a legal basis",
                                c.written, r.by
                            ),
                            false,
                        ),
                        Made::Unknown => (
                            format!(
                                "`{}` telah dicabut dengan {} {since_id}; periksa apakah peraturan ini dibentuk sesudahnya",
                                c.written, r.by
                            ),
                            format!(
                                "`{}` was repealed by {} {since_en}; check whether this regulation was made after that",
                                c.written, r.by
                            ),
                            true,
                        ),
                        Made::Before if doc.info.today >= r.from => (
                            format!(
                                "`{}` telah dicabut dengan {} {since_id}, sesudah peraturan ini dibentuk; peraturan ini kini bertumpu pada dasar hukum yang dicabut dan perlu ditinjau",
                                c.written, r.by
                            ),
                            format!(
                                "`{}` was repealed by {} {since_en}, after this regulation was made; it now rests on a repealed basis and needs review",
                                c.written, r.by
                            ),
                            true,
                        ),
                        Made::Before => continue,
                    };
                    let (l, col) = at(doc, &b, &c.written);
                    let raw = sink.report(l, col, id, en);
                    raw.help(
                        format!("ganti {} dengan {}", r.name, r.instead),
                        format!("replace {} with {}", r.name, r.instead),
                    );
                    if legacy {
                        raw.severity(Severity::Warning);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{GOOD, with};
    use super::*;
    use crate::check::testing::run_text;

    const ITEMS: &str = "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri (Lembaran Negara Republik Indonesia Tahun 2004 Nomor 133, Tambahan Lembaran Negara Republik Indonesia Nomor 4445);\n3. Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2004 Nomor 125, Tambahan Lembaran Negara Republik Indonesia Nomor 4437) sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 12 Tahun 2008 tentang Perubahan Kedua atas Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 59, Tambahan Lembaran Negara Republik Indonesia Nomor 4844);\n4. Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2014 tentang Pembentukan Produk Hukum Daerah (Berita Negara Republik Indonesia Tahun 2014 Nomor 32);\n";

    #[test]
    fn flags_repealed_bases_in_a_draft() {
        insta::assert_snapshot!(run_text(&RepealedBasis, &with(ITEMS)));
    }

    #[test]
    fn flags_a_legacy_perda_as_a_warning() {
        let old = "PERATURAN DAERAH KABUPATEN SUKAMAJU\nNOMOR 5 TAHUN 2016\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI SUKAMAJU,\nMenimbang : bahwa x;\nMengingat : 1. Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri (Lembaran Negara Republik Indonesia Tahun 2004 Nomor 133, Tambahan Lembaran Negara Republik Indonesia Nomor 4445);\n2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;\nMEMUTUSKAN:\n";
        insta::assert_snapshot!(run_text(&RepealedBasis, old));
    }

    #[test]
    fn accepts_current_bases() {
        assert_eq!(run_text(&RepealedBasis, &with(GOOD)), "");
    }
}
