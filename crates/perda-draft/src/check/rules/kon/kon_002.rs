//! ## What it checks
//! The form of each konsiderans (pokok pikiran): lettered `a.`, `b.`, `c.` ... in order
//! from `a` (a single konsiderans has no letter), beginning with `bahwa` in lower case,
//! ending with a semicolon, and being one sentence (no full stop followed by a new
//! sentence inside it). A konsiderans cut off by a gap in the copy is not judged at its end.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 21–22: each pokok pikiran is formulated in one sentence
//! beginning with `bahwa` and ending with a semicolon; several pokok pikiran are lettered
//! a, b, c. A full stop inside a konsiderans ends the sentence the final formula relies on.
//! The angka were read only in secondary restatements (basis S).
//!
//! ## Example
//! ```text
//! Menimbang : a. bahwa setiap orang berhak atas pekerjaan. Dalam hal ini Negara wajib
//!                menjamin tersedianya lapangan kerja.
//!             b. Bahwa Negara wajib memberikan perlindungan hukum bagi tenaga kerja;
//! ```
//!
//! ## Instead
//! ```text
//! Menimbang : a. bahwa setiap orang berhak atas pekerjaan dan Negara wajib menjamin
//!                tersedianya lapangan kerja;
//!             b. bahwa Negara wajib memberikan pelindungan hukum bagi tenaga kerja;
//! ```

use super::super::prelude::*;
use super::{considerations, full_text};
use crate::check::rules::doc::{cut_after, end_position, gap_within, position};

/// KON-002 `konsiderans-item-form`.
pub struct KonsideransItemForm;

static META: RuleMeta = RuleMeta {
    code: "KON-002",
    name: "konsiderans-item-form",
    group: Group::Considerations,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Setiap konsiderans berhuruf a, b, c berurutan, diawali `bahwa`, berupa satu kalimat, dan diakhiri titik koma",
        en: "Each konsiderans is lettered a, b, c in order, starts with `bahwa`, is one sentence and ends with `;`",
    },
    source: "UU 12/2011 Lampiran II angka 21-22",
    file: include_str!("kon_002.rs"),
};

/// A full stop after a lower-case word, then a capitalised word: a second sentence.
static SECOND_SENTENCE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([a-z]{3,})\.\s+([A-Z][a-z]+)\b"));
/// Lower-case abbreviations that end with a full stop inside a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dll", "dsb", "dst", "tsb", "yth", "hlm", "kab", "kec", "kel", "prov", "ttd", "jo", "tbk",
];

impl Rule for KonsideransItemForm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let (items, _) = considerations(doc);
        let single = items.len() == 1;
        let mut expected = b'a';
        let mut prev_end = 0;
        for item in items {
            let text = full_text(item);
            let cut = cut_after(doc, item.span.end_line);
            // Numbering: letters in sequence; a gap in the copy restarts the count.
            if prev_end > 0 && gap_within(doc, prev_end, item.span.line) {
                expected = item.number.bytes().next().unwrap_or(expected);
            }
            if single && !item.number.is_empty() && !cut {
                let (l, c) = position(doc, item, &item.marker);
                sink.report(
                    l,
                    c,
                    format!("konsiderans tunggal diberi huruf `{}`", item.marker),
                    format!("a single konsiderans is lettered `{}`", item.marker),
                )
                .help(
                    "konsiderans yang hanya satu tidak diberi huruf: `Menimbang : bahwa ...;`",
                    "a konsiderans that stands alone has no letter: `Menimbang : bahwa ...;`",
                );
            } else if !single {
                let letter = item.number.as_bytes();
                if letter != [expected] {
                    let shown = if item.marker.is_empty() {
                        "tanpa huruf".to_string()
                    } else {
                        format!("`{}`", item.marker)
                    };
                    let (l, c) = position(doc, item, &item.marker);
                    sink.report(
                        l,
                        c,
                        format!(
                            "urutan huruf konsiderans tidak tepat: {shown}, seharusnya `{}.`",
                            char::from(expected)
                        ),
                        format!(
                            "the konsiderans letter is out of sequence: {shown}, expected `{}.`",
                            char::from(expected)
                        ),
                    );
                }
                expected = letter
                    .first()
                    .copied()
                    .unwrap_or(expected)
                    .saturating_add(1);
            }
            prev_end = item.span.end_line;
            // `bahwa` in lower case.
            let first = text.split_whitespace().next().unwrap_or("");
            if first != "bahwa" {
                let (l, c) = position(doc, item, first);
                let (id, en) = if first.eq_ignore_ascii_case("bahwa") {
                    (
                        format!("konsiderans diawali `{first}`, bukan `bahwa` dengan huruf kecil"),
                        format!("the konsiderans starts with `{first}`, not `bahwa` in lower case"),
                    )
                } else {
                    (
                        format!("konsiderans tidak diawali kata `bahwa`: `{first} ...`"),
                        format!("the konsiderans does not start with `bahwa`: `{first} ...`"),
                    )
                };
                sink.report(l, c, id, en).help(
                    "awali setiap konsiderans dengan `bahwa` (huruf kecil)",
                    "start every konsiderans with `bahwa` (lower case)",
                );
            }
            // One sentence.
            for m in SECOND_SENTENCE.captures_iter(&text) {
                let (Some(word), Some(next)) = (m.get(1), m.get(2)) else {
                    continue;
                };
                if ABBREVIATIONS.contains(&word.as_str()) {
                    continue;
                }
                let quote = format!("{}. {}", word.as_str(), next.as_str());
                let (l, c) = position(doc, item, &format!("{}.", word.as_str()));
                sink.report(
                    l,
                    c,
                    format!("konsiderans memuat lebih dari satu kalimat (`{quote}`)"),
                    format!("the konsiderans has more than one sentence (`{quote}`)"),
                )
                .help(
                    "rumuskan setiap pokok pikiran dalam satu kalimat yang diakhiri titik koma",
                    "state each reason in one sentence ending with a semicolon",
                );
                break;
            }
            // Ending with `;`.
            if !cut && !text.trim_end().ends_with(';') {
                let last = text.trim_end().chars().last().unwrap_or(' ');
                let (l, c) = end_position(doc, item);
                sink.report(
                    l,
                    c,
                    format!("konsiderans tidak diakhiri titik koma (diakhiri `{last}`)"),
                    format!(
                        "the konsiderans does not end with a semicolon (it ends with `{last}`)"
                    ),
                )
                .help(
                    "akhiri setiap konsiderans dengan tanda titik koma (;)",
                    "end every konsiderans with a semicolon (;)",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const HEAD: &str = "PERATURAN DAERAH KABUPATEN LOMBOK TIMUR\nNOMOR 12 TAHUN 2006\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI LOMBOK TIMUR,\n";
    const MENGINGAT: &str = "Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n";

    #[test]
    fn flags_capital_bahwa_two_sentences_full_stops_and_letters() {
        let text = format!(
            "{HEAD}Menimbang : a. bahwa setiap orang berhak bekerja untuk meningkatkan kesejahteraan hidupnya. Dalam hal ini Negara wajib menjamin tersedianya lapangan kerja.\nb. Bahwa Negara wajib memberikan perlindungan hukum;\nd. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Peraturan Daerah tentang X;\n{MENGINGAT}"
        );
        insta::assert_snapshot!(run_text(&KonsideransItemForm, &text));
    }

    #[test]
    fn flags_a_lettered_single_konsiderans() {
        let text = format!(
            "{HEAD}Menimbang : a. bahwa untuk melaksanakan ketentuan Pasal 41 Undang-Undang Nomor 18 Tahun 2017, perlu menetapkan Peraturan Daerah tentang X;\n{MENGINGAT}"
        );
        insta::assert_snapshot!(run_text(&KonsideransItemForm, &text));
    }

    #[test]
    fn accepts_good_items_abbreviations_and_cut_items() {
        for k in [
            "Menimbang : a. bahwa x dll. Untuk itu y;\nb. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu membentuk Peraturan Daerah tentang X;\n",
            "Menimbang : bahwa untuk melaksanakan ketentuan Pasal 41 Undang-Undang Nomor 18 Tahun 2017, perlu menetapkan Peraturan Daerah tentang X;\n",
            "Menimbang : a. bahwa x;\nb. bahwa y yang terpotong\n[... gap ...]\n",
        ] {
            let text = format!("{HEAD}{k}{MENGINGAT}");
            assert_eq!(run_text(&KonsideransItemForm, &text), "", "{k}");
        }
    }
}
