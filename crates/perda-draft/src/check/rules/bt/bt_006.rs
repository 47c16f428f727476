//! ## What it checks
//! The ayat of each Pasal: numbered `(1)`, `(2)`, ... in sequence from `(1)` within the
//! Pasal, with no punctuation after the marker. It reports an ayat out of sequence, a
//! marker followed by a full stop or colon (`(1).`, `(2):`), and ayat marked `1)`, `2)`
//! directly under a Pasal. An amending regulation is not checked, nor markers the parser
//! had to reconstruct from a damaged (OCR) copy.
//! On a copy that came through OCR (the parser had to repair misread marks, digits,
//! markers or units run together at least 8 times) the rule stays silent: a lost `(2)` or
//! a `;` read as `:` there is the scan's fault, not the regulation's.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 81–82: a Pasal may be divided into ayat, numbered with
//! Arabic numerals between parentheses without a final stop. A reference `ayat (3)` must
//! point at exactly one ayat, so the numbering must run without gaps or repeats.
//!
//! ## Example
//! ```text
//! Pasal 7
//! (1). Setiap Orang wajib melapor.
//! (3) Laporan disampaikan kepada Bupati.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 7
//! (1) Setiap Orang wajib melapor.
//! (2) Laporan disampaikan kepada Bupati.
//! ```

use super::super::prelude::*;
use super::super::rum::report_clean;
use super::super::rum::{guessed_marker, noisy_node};
use super::{at, gap_between};

/// BT-006 `ayat-numbering`.
pub struct AyatNumbering;

static META: RuleMeta = RuleMeta {
    code: "BT-006",
    name: "ayat-numbering",
    group: Group::Body,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Ayat dinomori (1), (2), ... berurutan dalam setiap Pasal, tanpa tanda baca setelah nomornya",
        en: "Ayat are numbered (1), (2), ... in sequence within each Pasal, with no punctuation after the marker",
    },
    source: "UU 12/2011 Lampiran II angka 81–82",
    file: include_str!("bt_006.rs"),
};

static PUNCT_AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\(\d{1,2}\)([.:])"));

impl Rule for AyatNumbering {
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
        let mut expected = 1;
        let mut prev_line = a.span.line;
        for c in clauses {
            let value = c.number.parse::<u32>().unwrap_or(0);
            if value != expected
                && !guessed_marker(doc, c.span.line)
                && !gap_between(doc, prev_line, c.span.line)
                && let Some((line, off)) = at(doc, c, &c.marker)
            {
                sink.at_offset(
                    line,
                    off,
                    format!(
                        "ayat {} dalam Pasal {} tidak berurutan: seharusnya ayat ({expected})",
                        c.marker, a.number
                    ),
                    format!(
                        "ayat {} of Pasal {} is out of sequence: ayat ({expected}) is expected",
                        c.marker, a.number
                    ),
                )
                .help(
                    "nomori ayat berurutan mulai dari (1) dalam setiap Pasal",
                    "number the ayat in sequence from (1) in every Pasal",
                );
            }
            expected = value + 1;
            prev_line = c.span.line;
        }
        // `1)`, `2)` used for ayat: the Pasal has no lead-in and opens with them.
        if a.text.trim().is_empty()
            && let Some(first) = a.children.first()
            && first.kind == NodeKind::Item
            && first.marker.ends_with(')')
            && !guessed_marker(doc, first.span.line)
            && let Some((line, off)) = at(doc, first, &first.marker)
        {
            sink.at_offset(
                line,
                off,
                format!("ayat Pasal {} ditandai `{}`", a.number, first.marker),
                format!(
                    "the ayat of Pasal {} are marked `{}`",
                    a.number, first.marker
                ),
            )
            .help(
                format!(
                    "tandai ayat dengan angka di antara tanda kurung: `({})`",
                    first.number
                ),
                format!(
                    "mark ayat with the number between parentheses: `({})`",
                    first.number
                ),
            );
        }
    }
    for line in super::super::rum::body_lines(doc) {
        if let Some(c) = PUNCT_AFTER.captures(&line.text)
            && let Some(p) = c.get(1)
        {
            let marker = line.text.get(..p.start()).unwrap_or("");
            sink.at_offset(
                line,
                p.start(),
                format!("nomor ayat `{marker}` diikuti tanda baca `{}`", p.as_str()),
                format!("the ayat marker `{marker}` is followed by `{}`", p.as_str()),
            )
            .help(
                format!("tulis `{marker}` tanpa tanda baca sesudahnya"),
                format!("write `{marker}` with no punctuation after it"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "Pasal 7\n(1) Setiap Orang wajib melapor.\n(3) Laporan disampaikan kepada Bupati.\nPasal 8\n(1). Pendataan dilakukan oleh Desa.\n(2): Hasilnya dilaporkan.\nPasal 9\n1) Bupati membentuk tim.\n2) Tim bertugas melakukan pengawasan.\n";

    #[test]
    fn flags_sequence_punctuation_and_markers() {
        insta::assert_snapshot!(run_text(&AyatNumbering, &perda(BAD)));
    }

    #[test]
    fn accepts_numbered_ayat() {
        let good = "Pasal 7\n(1) Setiap Orang wajib melapor.\n(2) Laporan disampaikan kepada Bupati.\nPasal 8\nPelindungan meliputi:\n1) sosialisasi; dan\n2) pelatihan.\n";
        assert_eq!(run_text(&AyatNumbering, &perda(good)), "");
    }
}
