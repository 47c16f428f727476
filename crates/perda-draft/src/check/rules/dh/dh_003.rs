//! ## What it checks
//! That the first legal basis of a Perda is `Pasal 18 ayat (6) Undang-Undang Dasar Negara
//! Republik Indonesia Tahun 1945;`, word for word: the article first, `ayat` in lower
//! case, both U's of `Undang-Undang` capital, the full name of the UUD with `Tahun 1945`.
//! Further UUD articles listed after `Pasal 18 ayat (6)` in the same item are accepted.
//! A misspelt citation is reported whenever it occurs; a UUD basis that is missing or not
//! first only for a Perda made after UU 12/2011 (12 August 2011). A Peraturan Desa is not
//! checked.
//!
//! ## Why it matters
//! Pasal 18 ayat (6) UUD 1945 gives regional governments the authority to make Perda; UU
//! 12/2011 Lampiran II (dasar hukum of a Perda) puts it first, and the UUD is cited as
//! `Undang-Undang Dasar Negara Republik Indonesia Tahun 1945`. A wrong citation of the
//! constitution in a regional regulation is the first thing an evaluator corrects. Read in
//! secondary restatements (basis S).
//!
//! ## Example
//! ```text
//! Mengingat : 1. Pasal 18 Ayat (6) Undang-Undang Dasar Negara Republik Indonesia 1945;
//! ```
//!
//! ## Instead
//! ```text
//! Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
//! ```

use super::super::prelude::*;
use super::{at, bases};
use crate::check::date::Date;
use crate::check::rules::doc::{Made, made};

/// DH-003 `uud-basis-first`.
pub struct UudBasisFirst;

static META: RuleMeta = RuleMeta {
    code: "DH-003",
    name: "uud-basis-first",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Dasar hukum pertama Perda: `Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;`",
        en: "A Perda's first legal basis is `Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;`",
    },
    source: "UU 12/2011 Lampiran II (dasar hukum Peraturan Daerah; penulisan UUD) (W9, W2 p.265)",
    file: include_str!("dh_003.rs"),
};

const CANONICAL: &str =
    "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;";

/// UU 12/2011 (promulgated 12 August 2011).
const UU_12_2011: Date = Date {
    year: 2011,
    month: 8,
    day: 12,
};

static FORM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^Pasal 18 ayat \(6\)(?:,?\s+(?:dan\s+)?Pasal\s+\d+[A-Z]?(?:\s+ayat\s+\(\d+\)(?:,?\s+(?:dan\s+)?ayat\s+\(\d+\))*)?)*,?\s+Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;?$",
    )
});
static MENTIONS_UUD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bundang[\s-]*undang\s+dasar\b|\bUUD\b"));

impl Rule for UudBasisFirst {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        if doc.info.is_desa() || doc.act.meta.kind.is_none() {
            return;
        }
        let items = bases(doc);
        let Some(first) = items.first() else {
            return;
        };
        let text = first.text.trim();
        if MENTIONS_UUD.is_match(text) {
            if !(FORM.is_match(text) || (first.cut && CANONICAL.starts_with(text))) {
                let (l, c) = at(doc, first, "");
                sink.report(
                    l,
                    c,
                    format!("penulisan dasar hukum UUD 1945 tidak baku: `{text}`"),
                    format!("the UUD 1945 basis is not written in the standard form: `{text}`"),
                )
                .help(
                    format!("tulis `{CANONICAL}`"),
                    format!("write `{CANONICAL}`"),
                );
            }
            return;
        }
        if made(doc, UU_12_2011) != Made::After {
            return;
        }
        let elsewhere = items
            .iter()
            .skip(1)
            .find(|b| MENTIONS_UUD.is_match(&b.text));
        let (l, c) = at(doc, first, "");
        match elsewhere {
            Some(b) => {
                sink.report(
                    l,
                    c,
                    format!(
                        "dasar hukum UUD 1945 tidak diletakkan sebagai butir pertama (terdapat pada butir {})",
                        b.node.number
                    ),
                    format!(
                        "the UUD 1945 basis is not the first item (it is item {})",
                        b.node.number
                    ),
                )
                .help(
                    format!("letakkan `{CANONICAL}` sebagai butir 1"),
                    format!("put `{CANONICAL}` as item 1"),
                );
            }
            None => {
                sink.report(
                    l,
                    c,
                    "dasar hukum tidak diawali Pasal 18 ayat (6) UUD 1945 sebagai dasar kewenangan pembentukan Perda",
                    "the legal basis does not start with Pasal 18 ayat (6) of the UUD 1945, the authority to make a Perda",
                )
                .help(
                    format!("tambahkan butir 1: `{CANONICAL}`"),
                    format!("add item 1: `{CANONICAL}`"),
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
    fn flags_a_misspelt_uud_and_a_missing_one() {
        let out: String = [
            "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia 1945;\n2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;\n",
            "1. Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 Pasal 18 ayat (6);\n",
            "1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;\n2. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n",
            "1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;\n",
        ]
        .iter()
        .map(|m| run_text(&UudBasisFirst, &with(m)))
        .collect();
        insta::assert_snapshot!(out);
    }

    #[test]
    fn accepts_the_canonical_basis_extra_articles_and_old_perda() {
        assert_eq!(run_text(&UudBasisFirst, &with(GOOD)), "");
        let extra = "1. Pasal 18 ayat (6), Pasal 27 ayat (2), dan Pasal 28D ayat (1) dan ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n";
        assert_eq!(run_text(&UudBasisFirst, &with(extra)), "");
        let old = "PERATURAN DAERAH KABUPATEN LOMBOK TIMUR\nNOMOR 12 TAHUN 2006\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI LOMBOK TIMUR,\nMenimbang : bahwa x;\nMengingat : 1. Undang-Undang Nomor 69 Tahun 1958 tentang Pembentukan Daerah-Daerah Tingkat II;\n";
        assert_eq!(run_text(&UudBasisFirst, old), "");
    }
}
