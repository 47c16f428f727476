//! ## What it checks
//! That a Perda made after UU 23/2014 (2 October 2014) cites `Undang-Undang Nomor 23 Tahun
//! 2014 tentang Pemerintahan Daerah` in Mengingat — not the repealed UU 32/2004 in its
//! place — and, from 18 March 2015 (when UU 2/2015 and UU 9/2015 had amended it), cites it
//! with its amendments (`sebagaimana telah diubah beberapa kali terakhir dengan ...`).
//! A Perda made before UU 23/2014 is not checked (it rightly cites UU 32/2004; that this
//! basis is now repealed is DH-013's finding), nor is a Peraturan Desa.
//!
//! ## Why it matters
//! The legal basis of a Perda includes the Undang-Undang on regional government (UU 12/2011
//! Lampiran II, restated in W9). UU 23/2014 replaced UU 32/2004; a Perda citing the old law
//! rests on a repealed basis, and citing UU 23/2014 without its amendments cites it in a
//! form no longer in force. Read in secondary sources (basis S).
//!
//! ## Example
//! ```text
//! 4. Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah (...) sebagaimana telah
//!    diubah terakhir dengan Undang-Undang Nomor 12 Tahun 2008 (...);
//! ```
//!
//! ## Instead
//! ```text
//! 4. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik
//!    Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587)
//!    sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 6 Tahun 2023
//!    tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022
//!    tentang Cipta Kerja menjadi Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2023
//!    Nomor 41, Tambahan Lembaran Negara Republik Indonesia Nomor 6856);
//! ```

use super::super::prelude::*;
use super::{CHAIN, Jenis, at, bases, cites, mengingat_complete, mengingat_line};
use crate::check::date::Date;
use crate::check::rules::doc::{Made, made};

/// DH-005 `pemda-law`.
pub struct PemdaLaw;

static META: RuleMeta = RuleMeta {
    code: "DH-005",
    name: "pemda-law",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Perda mencantumkan UU 23/2014 tentang Pemerintahan Daerah beserta perubahannya, bukan UU 32/2004",
        en: "A Perda cites UU 23/2014 on regional government with its amendments, not UU 32/2004",
    },
    source: "UU 12/2011 Lampiran II (dasar hukum Peraturan Daerah) (W9); UU 23/2014 (replaces UU 32/2004)",
    file: include_str!("dh_005.rs"),
};

/// UU 23/2014, promulgated 2 October 2014.
const UU_23_2014: Date = Date {
    year: 2014,
    month: 10,
    day: 2,
};
/// UU 2/2015 and UU 9/2015, which amended UU 23/2014, promulgated 18 March 2015.
const AMENDED: Date = Date {
    year: 2015,
    month: 3,
    day: 18,
};

impl Rule for PemdaLaw {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        if doc.info.is_desa() || doc.act.meta.kind.is_none() || made(doc, UU_23_2014) != Made::After
        {
            return;
        }
        let items = bases(doc);
        let found = items.iter().find_map(|b| {
            cites(&b.text)
                .into_iter()
                .find(|c| c.is(Jenis::Uu, 23, 2014))
                .map(|c| (b, c))
        });
        match found {
            Some((b, c)) => {
                if made(doc, AMENDED) == Made::After && !CHAIN.is_match(&b.text) {
                    let (l, col) = at(doc, b, &c.written);
                    sink.report(
                        l,
                        col,
                        "UU 23/2014 tentang Pemerintahan Daerah dicantumkan tanpa perubahannya",
                        "UU 23/2014 on regional government is cited without its amendments",
                    )
                    .severity(Severity::Warning)
                    .help(
                        "tambahkan `sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 41, Tambahan Lembaran Negara Republik Indonesia Nomor 6856)` (perubahan terakhir menurut tanggal penetapan)",
                        "add `sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 6 Tahun 2023 ...` (the last amendment in force at the date of enactment)",
                    );
                }
            }
            None => {
                let old = items.iter().find_map(|b| {
                    cites(&b.text)
                        .into_iter()
                        .find(|c| c.is(Jenis::Uu, 32, 2004))
                        .map(|c| (b, c))
                });
                let (l, col, id, en) = match old {
                    Some((b, c)) => {
                        let (l, col) = at(doc, b, &c.written);
                        (
                            l,
                            col,
                            "dasar hukum mencantumkan UU 32/2004 yang telah dicabut, bukan UU 23/2014 tentang Pemerintahan Daerah",
                            "the legal basis cites the repealed UU 32/2004 instead of UU 23/2014 on regional government",
                        )
                    }
                    None => {
                        if !mengingat_complete(doc) {
                            return;
                        }
                        let Some(line) = mengingat_line(doc) else {
                            return;
                        };
                        (
                            line.no,
                            line.column(0),
                            "dasar hukum tidak mencantumkan UU 23/2014 tentang Pemerintahan Daerah",
                            "the legal basis does not cite UU 23/2014 on regional government",
                        )
                    }
                };
                sink.report(l, col, id, en).help(
                    "cantumkan `Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587)` beserta perubahannya",
                    "cite `Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587)` with its amendments",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{GOOD, with};
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_uu_32_2004_missing_pemda_law_and_missing_amendments() {
        let out: String = [
            "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2004 Nomor 125, Tambahan Lembaran Negara Republik Indonesia Nomor 4437);\n",
            "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n",
            "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587);\n",
        ]
        .iter()
        .map(|m| run_text(&PemdaLaw, &with(m)))
        .collect();
        insta::assert_snapshot!(out);
    }

    #[test]
    fn accepts_the_amended_law_and_skips_perda_made_before_it() {
        assert_eq!(run_text(&PemdaLaw, &with(GOOD)), "");
        let old = "PERATURAN DAERAH KABUPATEN SUKAMAJU\nNOMOR 5 TAHUN 2010\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI SUKAMAJU,\nMenimbang : bahwa x;\nMengingat : 1. Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah;\nMEMUTUSKAN:\n";
        assert_eq!(run_text(&PemdaLaw, old), "");
    }
}
