//! ## What it checks
//! How amounts of money are written in the batang tubuh: `Rp` directly followed by the
//! amount, thousands separated by `.`, the sen as `,00`, then the amount in words ending
//! with `rupiah` in parentheses. It reports `Rp.`, a space after `Rp`, `,-` instead of
//! `,00`, a missing `,00`, an amount without thousands separators and an amount without
//! words. Whether the words say the same amount is checked by RUM-004.
//! Nothing is reported on a line where the parser repaired OCR damage.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II writes amounts as in its example of a criminal provision
//! (Lampiran hlm. 40): `Rp50.000.000,00 (lima puluh juta rupiah)`. One form for every
//! amount keeps fines and fees unambiguous; `Rp. 1.000.000,-` is the form of old Perda
//! (Kulon Progo 3/2000) that evaluators ask to be corrected.
//!
//! ## Example
//! ```text
//! Pasal 20
//! Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 12 dipidana
//! dengan pidana denda paling banyak Rp. 5.000.000,- (lima juta rupiah).
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 20
//! Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 12 dipidana
//! dengan pidana denda paling banyak Rp5.000.000,00 (lima juta rupiah).
//! ```

use super::super::prelude::*;
use super::{body_units, locate, number_words, report_clean, texts};

/// RUM-005 `money-format`.
pub struct MoneyFormat;

static META: RuleMeta = RuleMeta {
    code: "RUM-005",
    name: "money-format",
    group: Group::Wording,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Jumlah uang ditulis `Rp50.000.000,00 (lima puluh juta rupiah)`",
        en: "Amounts of money are written `Rp50.000.000,00 (lima puluh juta rupiah)`",
    },
    source: "UU 12/2011 Lampiran II, contoh rumusan ketentuan pidana (Lampiran hlm. 40)",
    file: include_str!("rum_005.rs"),
};

static MONEY: LazyLock<Regex> = LazyLock::new(|| re(r"\bRp(\.)?(\s*)(\d[\d.]*\d|\d)(,\d+|,\s?-)?"));

static SCALE: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(ribu|juta|miliar|milyar|triliun)\b"));

impl Rule for MoneyFormat {
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
    for u in body_units(doc) {
        for hay in texts(u.node) {
            for c in MONEY.captures_iter(hay) {
                let (Some(all), Some(amount)) = (c.get(0), c.get(3)) else {
                    continue;
                };
                let problems = problems(&c, hay, super::ocr_copy(doc));
                if problems.is_empty() {
                    continue;
                }
                let digits: String = amount
                    .as_str()
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect();
                let after = hay.get(all.end()..).unwrap_or("");
                let scale = SCALE
                    .captures(after)
                    .and_then(|s| s.get(1))
                    .map_or(1u64, |s| match s.as_str() {
                        "ribu" => 1_000,
                        "juta" => 1_000_000,
                        "triliun" => 1_000_000_000_000,
                        _ => 1_000_000_000,
                    });
                let fixed = digits
                    .parse::<u64>()
                    .ok()
                    .filter(|_| digits.len() <= 13)
                    .and_then(|v| v.checked_mul(scale))
                    .map(|v| format!("Rp{},00 ({} rupiah)", grouped(v), number_words(v)));
                let (id_list, en_list): (Vec<&str>, Vec<&str>) = problems.into_iter().unzip();
                let Some((line, at)) = locate(doc, u.node, hay, all.start(), all.end()) else {
                    continue;
                };
                let shown = all.as_str();
                let r = sink.at_offset(
                    line,
                    at,
                    format!(
                        "penulisan jumlah uang `{shown}` tidak baku: {}",
                        id_list.join("; ")
                    ),
                    format!(
                        "the amount `{shown}` is not written in the standard form: {}",
                        en_list.join("; ")
                    ),
                );
                match fixed {
                        Some(f) => r.help(format!("tulis `{f}`"), format!("write `{f}`")),
                        None => r.help(
                            "tulis `Rp` langsung diikuti angka dengan titik pemisah ribuan dan `,00`, lalu jumlahnya dengan huruf dalam kurung, misalnya `Rp50.000.000,00 (lima puluh juta rupiah)`",
                            "write `Rp` directly followed by the amount with `.` thousands separators and `,00`, then the amount in words in parentheses, e.g. `Rp50.000.000,00 (lima puluh juta rupiah)`",
                        ),
                    };
            }
        }
    }
}

/// What is wrong with one amount, in both languages.
fn problems(c: &regex::Captures<'_>, hay: &str, ocr: bool) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    if c.get(1).is_some() {
        out.push(("ada titik setelah `Rp`", "a full stop after `Rp`"));
    }
    if !ocr && c.get(2).is_some_and(|s| !s.as_str().is_empty()) {
        out.push(("ada spasi setelah `Rp`", "a space after `Rp`"));
    }
    let amount = c.get(3).map_or("", |a| a.as_str());
    let digits = amount.chars().filter(char::is_ascii_digit).count();
    let well_grouped = {
        let mut groups = amount.split('.');
        let first = groups.next().unwrap_or("");
        (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
    };
    if amount.contains('.') && !well_grouped {
        out.push((
            "titik pemisah ribuan tidak pada tempatnya",
            "thousands separators misplaced",
        ));
    } else if !amount.contains('.') && digits >= 4 {
        out.push(("tanpa titik pemisah ribuan", "no thousands separators"));
    }
    match c.get(4).map(|d| d.as_str()) {
        Some(d) if d.ends_with('-') => {
            out.push(("`,-` sebagai ganti `,00`", "`,-` instead of `,00`"))
        }
        Some(",00") => {}
        Some(_) => out.push(("sen tidak ditulis `,00`", "the sen are not written `,00`")),
        None => out.push(("tanpa `,00`", "no `,00`")),
    }
    let end = c.get(0).map_or(0, |m| m.end());
    let after = hay.get(end..).unwrap_or("").trim_start();
    let after = SCALE
        .find(after)
        .map_or(after, |s| after.get(s.end()..).unwrap_or("").trim_start());
    if !after.starts_with('(') {
        out.push((
            "tanpa jumlah dengan huruf dalam kurung",
            "no amount in words in parentheses",
        ));
    }
    out
}

/// `5000000` → `5.000.000`.
fn grouped(v: u64) -> String {
    let s = v.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "Pasal 20\n(1) Setiap Orang yang melanggar dipidana dengan pidana denda paling banyak Rp. 5.000.000,- (lima juta rupiah).\n(2) Retribusi sebesar Rp 25.000 per dokumen.\n(3) Biaya paling banyak Rp1000000,00 (satu juta rupiah) atau Rp50 juta.\n";

    #[test]
    fn flags_non_standard_amounts() {
        insta::assert_snapshot!(run_text(&MoneyFormat, &perda(BAD)));
    }

    #[test]
    fn accepts_standard_amounts() {
        let good = "Pasal 20\nSetiap Orang dipidana dengan pidana denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah) atau Rp500,00 (lima ratus rupiah).\n";
        assert_eq!(run_text(&MoneyFormat, &perda(good)), "");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(5_000_000), "5.000.000");
        assert_eq!(grouped(500), "500");
        assert_eq!(grouped(25_000), "25.000");
    }
}
