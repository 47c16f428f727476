//! ## What it checks
//! The numbering and headings of the BAB: `BAB I`, `BAB II`, ... in Roman numerals,
//! consecutively from `BAB I` without gap or repeat, each with a heading in capital
//! letters (`KETENTUAN UMUM`). It reports a BAB numbered with Arabic numerals (`BAB 3`) or
//! written `Bab`, a BAB out of sequence, and a heading written in lower-case letters. An
//! amending regulation (which quotes chapters such as `BAB IIA`) is not checked, nor
//! numbering that skips where the copy marks missing text.
//! Nothing is reported on a line where the parser repaired OCR damage.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 72: a BAB is numbered with Roman numerals and given a
//! heading written entirely in capital letters. A BAB out of sequence shows a chapter
//! missing or moved, and every citation of the regulation's structure depends on it.
//!
//! ## Example
//! ```text
//! BAB 3
//! Ketentuan Umum
//! ```
//!
//! ## Instead
//! ```text
//! BAB I
//! KETENTUAN UMUM
//! ```

use super::super::prelude::*;
use super::super::rum::report_clean;
use super::{at, gap_between, lone_heading_lines};

/// BT-002 `bab-numbering`.
pub struct BabNumbering;

static META: RuleMeta = RuleMeta {
    code: "BT-002",
    name: "bab-numbering",
    group: Group::Body,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "BAB dinomori angka Romawi berurutan dan judulnya ditulis dengan huruf kapital",
        en: "BAB are numbered with consecutive Roman numerals and headed in capital letters",
    },
    source: "UU 12/2011 Lampiran II angka 72",
    file: include_str!("bt_002.rs"),
};

/// `BAB 3`, `Bab III`, `bab II` alone on a line: a BAB the parser could not read.
static BAD_BAB: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(BAB\s+(\d+)|(Bab|bab)\s+([IVXLC]+|\d+))\s*$"));

impl Rule for BabNumbering {
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
    if doc.info.amending {
        return;
    }
    let mut expected: u32 = 1;
    let mut prev_line = 0;
    for ch in doc.chapters() {
        let value = perda_law::grammar::roman_value(&ch.number).unwrap_or(0);
        if value != expected
            && (prev_line != 0 || doc.body_complete())
            && !gap_between(doc, prev_line, ch.span.line)
            && let Some((line, off)) = at(doc, ch, &ch.number)
        {
            let want = perda_law::grammar::to_roman(expected);
            sink.at_offset(
                    line,
                    off,
                    format!("BAB {} tidak berurutan: seharusnya BAB {want}", ch.number),
                    format!("BAB {} is out of sequence: BAB {want} is expected", ch.number),
                )
                .help(
                    "nomori BAB dengan angka Romawi berurutan mulai BAB I, tanpa loncatan atau pengulangan",
                    "number the BAB with consecutive Roman numerals from BAB I, without gaps or repeats",
                );
        }
        expected = value + 1;
        prev_line = ch.span.line;
        if let Some(h) = ch.heading.as_deref() {
            let lower_word = h
                .split_whitespace()
                .any(|w| w.chars().filter(|c| c.is_lowercase()).count() >= 2);
            if lower_word {
                let line = doc
                    .lines
                    .iter()
                    .find(|l| {
                        l.no >= ch.span.line
                            && l.text.contains(h.split_whitespace().next().unwrap_or(h))
                    })
                    .or_else(|| doc.line(ch.span.line));
                if let Some(line) = line {
                    let off = line
                        .text
                        .find(h.split_whitespace().next().unwrap_or(h))
                        .unwrap_or(0);
                    let upper = h.to_uppercase();
                    sink.at_offset(
                        line,
                        off,
                        format!(
                            "judul BAB {} tidak ditulis dengan huruf kapital: `{h}`",
                            ch.number
                        ),
                        format!(
                            "the heading of BAB {} is not in capital letters: `{h}`",
                            ch.number
                        ),
                    )
                    .help(format!("tulis `{upper}`"), format!("write `{upper}`"));
                }
            }
        }
    }
    for (line, c) in lone_heading_lines(doc, &BAD_BAB) {
        let written = c.get(0).map_or("", |m| m.as_str()).trim();
        let fixed = match (c.get(2), c.get(4)) {
            (Some(n), _) | (None, Some(n)) => n
                .as_str()
                .parse::<u32>()
                .map_or_else(|_| n.as_str().to_string(), perda_law::grammar::to_roman),
            _ => String::new(),
        };
        sink.at(
            line,
            format!("BAB ditulis `{written}`"),
            format!("a BAB is written `{written}`"),
        )
        .help(
            format!(
                "tulis `BAB {fixed}`: kata BAB dengan huruf kapital dan nomor dengan angka Romawi"
            ),
            format!(
                "write `BAB {fixed}`: the word BAB in capitals and the number in Roman numerals"
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "BAB I\nKETENTUAN UMUM\nPasal 1\nTeks.\nBAB III\nPembiayaan\nPasal 2\nTeks.\nBAB 4\nPENUTUP\nPasal 3\nTeks.\n";

    #[test]
    fn flags_numbering_and_headings() {
        insta::assert_snapshot!(run_text(&BabNumbering, &perda(BAD)));
    }

    #[test]
    fn accepts_consecutive_roman_numerals() {
        let good = "BAB I\nKETENTUAN UMUM\nPasal 1\nTeks.\nBAB II\nHAK DAN KEWAJIBAN\nPasal 2\nTeks.\nBAB III\nKETENTUAN PENUTUP\nPasal 3\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";
        assert_eq!(run_text(&BabNumbering, &perda(good)), "");
    }
}
