//! ## What it checks
//! A Pasal divided into ayat: it has at least two ayat, and no unnumbered sentence stands
//! before its first ayat. It warns about a Pasal whose only ayat is `(1)` and about text
//! between the `Pasal` heading and ayat `(1)`. Markers the parser had to reconstruct from a
//! damaged copy are not judged.
//! On a copy that came through OCR (the parser had to repair misread marks, digits,
//! markers or units run together at least 8 times) the rule stays silent: a lost `(2)` or
//! a `;` read as `:` there is the scan's fault, not the regulation's.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 81 lets a Pasal be divided into several ayat; one ayat
//! alone is no division, and a sentence outside the numbered ayat cannot be cited as
//! `ayat (n)`. The rule is inferred from the Lampiran and from practice (Basis I), so it
//! reports warnings.
//!
//! ## Example
//! ```text
//! Pasal 4
//! Pendataan dilakukan oleh Pemerintah Desa.
//! (1) Hasil pendataan disampaikan kepada Bupati.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 4
//! (1) Pendataan dilakukan oleh Pemerintah Desa.
//! (2) Hasil pendataan disampaikan kepada Bupati.
//! ```

use super::super::prelude::*;
use super::super::rum::report_clean;
use super::super::rum::{guessed_marker, noisy_node};
use super::at;

/// BT-007 `ayat-count`.
pub struct AyatCount;

static META: RuleMeta = RuleMeta {
    code: "BT-007",
    name: "ayat-count",
    group: Group::Body,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Inferred,
    summary: StaticMsg {
        id: "Pasal yang dibagi atas ayat memiliki paling sedikit dua ayat, tanpa kalimat tak bernomor di antaranya",
        en: "A Pasal divided into ayat has at least two, with no unnumbered sentence among them",
    },
    source: "UU 12/2011 Lampiran II angka 81; praktik",
    file: include_str!("bt_007.rs"),
};

impl Rule for AyatCount {
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
    if super::super::rum::ocr_copy(doc) {
        return;
    }
    if doc.info.amending {
        return;
    }
    for a in doc.articles() {
        if noisy_node(doc, a) {
            continue;
        }
        let clauses: Vec<&Node> = a
            .children
            .iter()
            .filter(|c| c.kind == NodeKind::Clause)
            .collect();
        let Some(first) = clauses.first() else {
            continue;
        };
        if clauses.iter().any(|c| guessed_marker(doc, c.span.line)) {
            continue;
        }
        if clauses.len() == 1
            && let Some((line, off)) = at(doc, first, &first.marker)
        {
            sink.at_offset(
                    line,
                    off,
                    format!("Pasal {} hanya memiliki satu ayat {}", a.number, first.marker),
                    format!("Pasal {} has a single ayat {}", a.number, first.marker),
                )
                .help(
                    "hapus nomor ayat bila Pasal hanya berisi satu ketentuan, atau rumuskan ayat berikutnya",
                    "drop the ayat number when the Pasal holds one provision, or add the next ayat",
                );
        }
        let lead = a.text.trim();
        if !lead.is_empty() {
            let words: Vec<&str> = lead.split_whitespace().take(4).collect();
            let shown = words.join(" ");
            let line = doc
                .lines
                .iter()
                .skip_while(|l| l.no < a.span.line)
                .take_while(|l| l.no < first.span.line.max(a.span.line + 1))
                .find(|l| l.text.contains(words.first().copied().unwrap_or("")));
            if let Some(line) = line.or_else(|| doc.line(a.span.line)) {
                let off = line
                    .text
                    .find(words.first().copied().unwrap_or(""))
                    .unwrap_or(0);
                sink.at_offset(
                        line,
                        off,
                        format!("Pasal {} memuat kalimat tanpa nomor ayat sebelum ayat {}: `{shown} ...`", a.number, first.marker),
                        format!("Pasal {} has a sentence without an ayat number before ayat {}: `{shown} ...`", a.number, first.marker),
                    )
                    .help(
                        "jadikan kalimat itu ayat (1) dan nomori ulang ayat berikutnya",
                        "make that sentence ayat (1) and renumber the following ayat",
                    );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "Pasal 4\nPendataan dilakukan oleh Pemerintah Desa.\n(1) Hasil pendataan disampaikan kepada Bupati.\n(2) Bupati menetapkan hasilnya.\nPasal 5\n(1) Pembiayaan dibebankan pada anggaran Daerah.\n";

    #[test]
    fn flags_single_ayat_and_text_before_ayat() {
        insta::assert_snapshot!(run_text(&AyatCount, &perda(BAD)));
    }

    #[test]
    fn accepts_pasal_with_ayat_or_without() {
        let good = "Pasal 4\n(1) Pendataan dilakukan oleh Pemerintah Desa.\n(2) Hasil pendataan disampaikan kepada Bupati.\nPasal 5\nPembiayaan dibebankan pada anggaran Daerah.\n";
        assert_eq!(run_text(&AyatCount, &perda(good)), "");
    }
}
