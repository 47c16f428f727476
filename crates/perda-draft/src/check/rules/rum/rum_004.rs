//! ## What it checks
//! Numbers in the Pasal and ayat of the batang tubuh. A number written in Arabic numerals
//! and followed by words in parentheses (`3 (tiga)`, `Rp50.000.000,00 (lima puluh juta
//! rupiah)`, `10% (sepuluh persen)`) must say the same number in both; an amount of money
//! ends its words with `rupiah`. A number of days, weeks, months, years, hours or a
//! percentage written in numerals without the words in parentheses is reported as a
//! warning. Numbers of Pasal, ayat, regulations, years and dates need no words and are not
//! checked.
//! On a copy that came through OCR (the parser had to repair misread marks, digits,
//! markers or units run together at least 8 times) the rule stays silent: a lost `(2)` or
//! a `;` read as `:` there is the scan's fault, not the regulation's.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II (tabulation and wording rules, Lampiran hlm. 29, first item)
//! requires numbers in a Pasal or ayat to be written in Arabic numerals followed by the
//! words in parentheses. The words are there to prevent misreading and tampering: when
//! numeral and words disagree, the norm is ambiguous (which period, which amount applies?)
//! and the provision may be disputed or corrected in evaluation.
//!
//! ## Example
//! ```text
//! Pasal 9
//! (1) Pendataan dilakukan paling lama 3 (enam) bulan sejak permohonan diterima.
//! (2) Hasil pendataan disampaikan dalam waktu 14 hari.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 9
//! (1) Pendataan dilakukan paling lama 3 (tiga) bulan sejak permohonan diterima.
//! (2) Hasil pendataan disampaikan dalam waktu 14 (empat belas) hari.
//! ```

use super::super::prelude::*;
use super::{body_units, is_number_word, locate, number_words, report_clean, texts, words_value};

/// RUM-004 `number-words-match`.
pub struct NumberWordsMatch;

static META: RuleMeta = RuleMeta {
    code: "RUM-004",
    name: "number-words-match",
    group: Group::Wording,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Bilangan ditulis dengan angka diikuti huruf dalam kurung, dan keduanya harus sama",
        en: "Numbers are written in numerals followed by matching words in parentheses",
    },
    source: "UU 12/2011 Lampiran II, ketentuan tabulasi dan rumusan (Lampiran hlm. 29)",
    file: include_str!("rum_004.rs"),
};

/// A numeral (optionally money or a percentage) followed by words in parentheses.
static WORDED: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(Rp\.?\s?)?(\d{1,3}(?:\.\d{3})+|\d+)(,\d+|,-)?(\s?%)?\s*\(([A-Za-z][A-Za-z ]*)\)")
});

/// A quantity of time or a percentage in numerals with no words after it.
static UNWORDED: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(\s?%|\s(?:hari|minggu|bulan|tahun|jam|menit)\b)")
});

impl Rule for NumberWordsMatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let mut local = Sink::default();
        check_all(doc, &mut local);
        report_clean(doc, local, sink);
    }
}

/// The checks, before findings on OCR-damaged lines are dropped.
fn check_all(doc: &Document, sink: &mut Sink) {
    if super::ocr_copy(doc) {
        return;
    }
    for u in body_units(doc) {
        for hay in texts(u.node) {
            check_worded(doc, u.node, hay, sink);
            check_unworded(doc, u.node, hay, sink);
        }
    }
}

/// Whether the byte before `at` continues a number or a word (so a match there is the
/// tail of something else: `Rp1.000,00` read from `00`, `UU18`).
fn glued(hay: &str, at: usize) -> bool {
    hay.get(..at)
        .and_then(|b| b.chars().next_back())
        .is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',' || c == '/')
}

fn check_worded(doc: &Document, node: &Node, hay: &str, sink: &mut Sink) {
    for c in WORDED.captures_iter(hay) {
        let (Some(all), Some(num)) = (c.get(0), c.get(2)) else {
            continue;
        };
        if glued(hay, all.start()) {
            continue;
        }
        let money = c.get(1).is_some();
        let percent = c.get(4).is_some();
        let decimals = c
            .get(3)
            .map(|d| d.as_str().trim_start_matches(','))
            .filter(|d| *d != "-");
        let written = c.get(5).map_or("", |w| w.as_str());
        let lower = written.to_lowercase();
        let mut tokens: Vec<&str> = lower.split_whitespace().collect();
        let said_rupiah = tokens.last() == Some(&"rupiah");
        let said_persen = tokens.last() == Some(&"persen");
        if said_rupiah || said_persen {
            tokens.pop();
        }
        let (int_words, dec_words) = match tokens.iter().position(|t| *t == "koma") {
            Some(i) => (
                tokens.get(..i).unwrap_or_default(),
                Some(tokens.get(i + 1..).unwrap_or_default()),
            ),
            None => (tokens.as_slice(), None),
        };
        if int_words.is_empty() || !int_words.iter().all(|w| is_number_word(w)) {
            continue;
        }
        if dec_words.is_some_and(|d| !d.iter().all(|w| is_number_word(w))) {
            continue;
        }
        let digits: String = num.as_str().chars().filter(char::is_ascii_digit).collect();
        if digits.len() > 15 {
            continue;
        }
        let Ok(value) = digits.parse::<u64>() else {
            continue;
        };
        let money = money || said_rupiah;
        let mut expected = number_words(value);
        let mut ok = words_value(&int_words.join(" ")) == Some(value);
        // Decimals of an amount of money (`,00`) are not said; other decimals are.
        if !money {
            match (decimals, dec_words) {
                (Some(d), Some(w)) => {
                    let said_digits: Option<String> = w
                        .iter()
                        .map(|x| words_value(x).filter(|v| *v < 10).map(|v| v.to_string()))
                        .collect();
                    let said_number = words_value(&w.join(" ")).map(|v| v.to_string());
                    ok &= said_digits.as_deref() == Some(d) || said_number.as_deref() == Some(d);
                    expected.push_str(" koma ");
                    expected.push_str(&digit_words(d));
                }
                (Some(d), None) => {
                    ok = false;
                    expected.push_str(" koma ");
                    expected.push_str(&digit_words(d));
                }
                (None, Some(_)) => ok = false,
                (None, None) => {}
            }
        }
        if money {
            ok &= said_rupiah;
            expected.push_str(" rupiah");
        } else if percent || said_persen {
            ok &= said_persen || !percent;
            expected.push_str(" persen");
        }
        if ok {
            continue;
        }
        let shown = all.as_str();
        let numeral = match c.get(3).filter(|d| !d.as_str().ends_with('-')) {
            Some(d) if !money => format!("{}{}", num.as_str(), d.as_str()),
            _ => num.as_str().to_string(),
        };
        let Some((line, at)) = locate(doc, node, hay, all.start(), all.end()) else {
            continue;
        };
        sink.at_offset(
            line,
            at,
            format!("bilangan `{shown}` tidak sesuai: huruf dalam kurung tidak menyebut angka yang sama"),
            format!("`{shown}`: the words in parentheses do not say the same number as the numeral"),
        )
        .help(
            format!("tulis huruf yang sesuai dengan angka `{numeral}`: `({expected})`, atau perbaiki angkanya"),
            format!("write the words matching `{numeral}`: `({expected})`, or correct the numeral"),
        );
    }
}

fn digit_words(d: &str) -> String {
    d.chars()
        .filter_map(|c| c.to_digit(10))
        .map(|v| number_words(u64::from(v)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn check_unworded(doc: &Document, node: &Node, hay: &str, sink: &mut Sink) {
    for c in UNWORDED.captures_iter(hay) {
        let (Some(all), Some(num)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if glued(hay, all.start()) {
            continue;
        }
        let before = hay.get(..all.start()).unwrap_or("").trim_end();
        // `Nomor 18 tahun 2017` (a regulation cited in lower case), `Pasal 5 tahun`.
        if ["Nomor", "nomor", "No.", "Pasal", "angka", "huruf", "Tahun"]
            .iter()
            .any(|w| before.ends_with(w))
        {
            continue;
        }
        let after = hay.get(all.end()..).unwrap_or("");
        if after
            .trim_start()
            .chars()
            .take(4)
            .filter(char::is_ascii_digit)
            .count()
            == 4
            || after.trim_start().starts_with('(')
        {
            continue;
        }
        let shown = all.as_str();
        let unit = c.get(3).map_or("", |u| u.as_str().trim());
        let value = num
            .as_str()
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .parse::<u64>()
            .ok();
        let Some(value) = value else { continue };
        let unit_word = if unit == "%" { "persen" } else { unit };
        let Some((line, at)) = locate(doc, node, hay, all.start(), all.end()) else {
            continue;
        };
        let fixed = if unit == "%" {
            format!("{}% ({} persen)", num.as_str(), number_words(value))
        } else {
            format!("{} ({}) {unit_word}", num.as_str(), number_words(value))
        };
        sink.at_offset(
            line,
            at,
            format!("bilangan `{shown}` ditulis dengan angka tanpa huruf dalam kurung"),
            format!("`{shown}` is written in numerals without the words in parentheses"),
        )
        .help(format!("tulis `{fixed}`"), format!("write `{fixed}`"))
        .severity(Severity::Warning);
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "Pasal 9\n(1) Pendataan dilakukan paling lama 3 (enam) bulan sejak permohonan diterima.\n(2) Hasil pendataan disampaikan dalam waktu 14 hari kepada\nBupati dan dipidana denda paling banyak Rp5.000.000,00 (lima ratus ribu rupiah).\n(3) Biaya paling banyak 10% dari anggaran dan Rp1.000.000,00 (satu juta).\n(4) Masa berlaku 2,5 (dua koma tiga) tahun.\n";

    #[test]
    fn flags_words_that_do_not_match_and_numbers_without_words() {
        insta::assert_snapshot!(run_text(&NumberWordsMatch, &perda(BAD)));
    }

    #[test]
    fn accepts_matching_words_and_numbers_that_need_none() {
        let good = "Pasal 9\n(1) Pendataan dilakukan paling lama 3 (tiga) bulan.\n(2) Denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah) atau Rp1.250.000,00 (satu juta dua ratus lima puluh ribu rupiah).\n(3) Paling sedikit 10% (sepuluh persen), 2,5 (dua koma lima) tahun, dan 1.000 (seribu) orang.\n(4) Sebagaimana dimaksud dalam Undang-Undang Nomor 18 Tahun 2017 (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 242) dan Nomor 5 tahun 2019, pada tanggal 1 Januari 2026 (pukul 10).\n(5) Berusia 18 (delapan belas) tahun dan berlaku selama 1 (satu) tahun.\n";
        assert_eq!(run_text(&NumberWordsMatch, &perda(good)), "");
    }
}
