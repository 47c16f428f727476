//! ## What it checks
//! The numbering of the Pasal: `Pasal 1`, `Pasal 2`, ... consecutively through the whole
//! regulation (not restarting in each BAB), without gap or repeat, with `Pasal` written
//! with a capital P only. It reports a Pasal that skips numbers, a Pasal heading whose
//! number goes back or repeats (typically `Pasal 1` again in BAB II), a first Pasal other
//! than `Pasal 1` in a complete body, an inserted `Pasal 5A` in a regulation that is not
//! an amendment, and a heading written `PASAL`. An amending regulation (whose own articles
//! are `Pasal I`, `Pasal II`) is not checked, nor numbering that skips where the copy
//! marks missing text. A `Pasal N` line is taken for a heading only when it stands alone
//! between the end of a sentence and the start of a new one, so a citation broken over
//! lines is not mistaken for one.
//! Nothing is reported on a line where the parser repaired OCR damage.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 79: Pasal are numbered consecutively with Arabic numerals
//! through the whole regulation; an amending regulation inserts `Pasal 5A` (Lampiran II
//! angka 223 ff.). Every cross-reference (`sebagaimana dimaksud dalam Pasal 12`) and every
//! later amendment depends on each Pasal number naming exactly one Pasal.
//!
//! ## Example
//! ```text
//! BAB II
//! PELINDUNGAN
//! Pasal 1
//! ...
//! Pasal 3
//! ```
//!
//! ## Instead
//! ```text
//! BAB II
//! PELINDUNGAN
//! Pasal 5
//! ...
//! Pasal 6
//! ```

use super::super::prelude::*;
use super::super::rum::report_clean;
use super::{gap_between, lone_heading_lines};
use perda_law::structure::article_key;

/// BT-005 `pasal-numbering`.
pub struct PasalNumbering;

static META: RuleMeta = RuleMeta {
    code: "BT-005",
    name: "pasal-numbering",
    group: Group::Body,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Pasal dinomori angka Arab berurutan di seluruh peraturan, tanpa loncatan atau pengulangan",
        en: "Pasal are numbered consecutively through the whole regulation, without gaps or repeats",
    },
    source: "UU 12/2011 Lampiran II angka 79; perubahan: Lampiran II angka 223 dst.",
    file: include_str!("bt_005.rs"),
};

static LONE_PASAL: LazyLock<Regex> = LazyLock::new(|| re(r"^(Pasal|PASAL|pasal)\s+(\d+)([A-Z])?$"));

/// Whether the line before a lone `Pasal N` closes a sentence or is a heading, and the
/// line after opens a new unit: then `Pasal N` is a heading, not a broken citation.
fn stands_alone(doc: &Document, line: &Line) -> bool {
    let i = doc.lines.partition_point(|l| l.no < line.no);
    let before = i.checked_sub(1).and_then(|j| doc.lines.get(j));
    let after = doc.lines.get(i + 1);
    let closes = before.is_none_or(|b| {
        let t = b.text.trim_end();
        b.heading
            || t.ends_with(['.', ';', ':'])
            || (t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase))
    });
    let opens = after.is_none_or(|a| {
        a.text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '(')
    });
    closes && opens
}

impl Rule for PasalNumbering {
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
    let articles: Vec<&Node> = doc.articles().collect();
    let mut prev: Option<&Node> = None;
    for a in &articles {
        let Some(line) = doc.line(a.span.line) else {
            prev = Some(a);
            continue;
        };
        let off = line.text.find(a.number.as_str()).unwrap_or(0);
        if a.number.ends_with(|c: char| c.is_ascii_uppercase()) {
            sink.at_offset(
                    line,
                    off,
                    format!("Pasal {} bersisipan huruf, padahal peraturan ini bukan peraturan perubahan", a.number),
                    format!("Pasal {} carries a letter, but this regulation is not an amendment", a.number),
                )
                .help(
                    "nomori ulang Pasal dengan angka Arab berurutan; Pasal bersisipan huruf hanya digunakan untuk menyisipkan Pasal dalam peraturan perubahan",
                    "renumber the Pasal consecutively; a Pasal with a letter is only used to insert a Pasal by an amendment",
                );
        } else {
            let n = article_key(&a.number).0;
            let expected = prev.map_or(1, |p| article_key(&p.number).0 + 1);
            let skip_first = prev.is_none() && !doc.body_complete();
            let gap = prev.is_some_and(|p| {
                gap_between(doc, p.span.line, a.span.line) || super::super::rum::noisy_node(doc, p)
            });
            if n != expected && !skip_first && !gap {
                let (id, en) = if prev.is_none() {
                    (
                        format!("Pasal pertama bernomor {n}, bukan Pasal 1"),
                        format!("the first Pasal is numbered {n}, not 1"),
                    )
                } else {
                    let p = prev.map_or(String::new(), |p| p.number.clone());
                    (
                        format!(
                            "Pasal {n} menyusul Pasal {p}: penomoran melompat, seharusnya Pasal {expected}"
                        ),
                        format!(
                            "Pasal {n} follows Pasal {p}: the numbering skips, Pasal {expected} is expected"
                        ),
                    )
                };
                sink.at_offset(line, off, id, en).help(
                    "nomori Pasal berurutan dengan angka Arab di seluruh peraturan, tanpa loncatan",
                    "number the Pasal consecutively through the whole regulation, without gaps",
                );
            }
        }
        if line.text.starts_with("PASAL") {
            sink.at(
                line,
                format!("judul Pasal ditulis `PASAL {}`", a.number),
                format!("the Pasal heading is written `PASAL {}`", a.number),
            )
            .help(
                format!("tulis `Pasal {}`", a.number),
                format!("write `Pasal {}`", a.number),
            )
            .severity(Severity::Warning);
        }
        prev = Some(a);
    }
    // Headings the parser could not take: a number going back (restart) or repeated.
    for (line, c) in lone_heading_lines(doc, &LONE_PASAL) {
        if articles.iter().any(|a| a.span.line == line.no) || !stands_alone(doc, line) {
            continue;
        }
        let n = c.get(2).map_or("", |m| m.as_str());
        let last = articles
            .iter()
            .take_while(|a| a.span.line < line.no)
            .last()
            .copied();
        let Some(last) = last else { continue };
        let back = article_key(n) < article_key(&last.number);
        let repeated =
            n == last.number && line.heading && doc.line(last.span.line).is_some_and(|l| l.heading);
        if !(back || repeated) {
            continue;
        }
        let off = line.text.find(n).unwrap_or(0);
        sink.at_offset(
                line,
                off,
                format!("Pasal {n} muncul lagi setelah Pasal {}: penomoran Pasal berulang atau dimulai lagi", last.number),
                format!("Pasal {n} appears again after Pasal {}: the numbering repeats or restarts", last.number),
            )
            .help(
                "nomori Pasal berurutan di seluruh peraturan; penomoran tidak dimulai lagi pada setiap BAB",
                "number the Pasal consecutively through the whole regulation; numbering does not restart in each BAB",
            );
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "BAB I\nKETENTUAN UMUM\nPasal 1\nTeks satu.\nPasal 2\nTeks dua.\nBAB II\nPELINDUNGAN\nPasal 1\nTeks tiga.\nPasal 4\nTeks empat yang merujuk pada\nPasal 2\nayat (1) dan seterusnya.\nPasal 5A\nTeks lima.\nPASAL 6\nTeks enam.\n";

    #[test]
    fn flags_restarts_gaps_and_letters() {
        insta::assert_snapshot!(run_text(&PasalNumbering, &perda(BAD)));
    }

    #[test]
    fn accepts_consecutive_pasal() {
        let good = "BAB I\nKETENTUAN UMUM\nPasal 1\nTeks satu.\nBAB II\nPELINDUNGAN\nPasal 2\nTeks dua sebagaimana dimaksud dalam\nPasal 1\nayat (1).\nPasal 3\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";
        assert_eq!(run_text(&PasalNumbering, &perda(good)), "");
    }
}
