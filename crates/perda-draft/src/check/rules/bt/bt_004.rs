//! ## What it checks
//! The Paragraf: numbered with Arabic numerals (`Paragraf 1`, `Paragraf 2`, ...) starting
//! again from 1 in every Bagian, without gap or repeat; placed only inside a Bagian; and
//! given a heading. It reports a Paragraf numbered with words (`Paragraf Kesatu`), a
//! Paragraf directly under a BAB, a Paragraf out of sequence, and a Paragraf without
//! heading.
//! Nothing is reported on a line where the parser repaired OCR damage.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 75–76: a Bagian may be divided into Paragraf, numbered
//! with Arabic numerals and given a heading whose words start with capitals. A Paragraf
//! is a subdivision of a Bagian only, so a Paragraf directly under a BAB breaks the
//! hierarchy every citation relies on.
//!
//! ## Example
//! ```text
//! BAB III
//! PELINDUNGAN
//! Paragraf Kesatu
//! Pelindungan Hukum
//! ```
//!
//! ## Instead
//! ```text
//! BAB III
//! PELINDUNGAN
//! Bagian Kesatu
//! Pelindungan selama Bekerja
//! Paragraf 1
//! Pelindungan Hukum
//! ```

use super::super::prelude::*;
use super::super::rum::report_clean;
use super::{at, gap_between, lone_heading_lines, with_parents};

/// BT-004 `paragraf-numbering`.
pub struct ParagrafNumbering;

static META: RuleMeta = RuleMeta {
    code: "BT-004",
    name: "paragraf-numbering",
    group: Group::Body,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Paragraf dinomori angka Arab mulai dari 1 dalam setiap Bagian, berjudul, dan hanya di dalam Bagian",
        en: "Paragraf are numbered with Arabic numerals from 1 in every Bagian, headed, and only inside a Bagian",
    },
    source: "UU 12/2011 Lampiran II angka 75–76",
    file: include_str!("bt_004.rs"),
};

static WORD_PARAGRAF: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(Paragraf|PARAGRAF)\s+(Kesatu|Pertama|Ke[a-z]+|[IVXLC]+)\s*$"));

impl Rule for ParagrafNumbering {
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
    for (parent, node) in with_parents(doc) {
        if node.kind == NodeKind::Section
            && parent.is_none_or(|p| p.kind != NodeKind::Part)
            && let Some((line, off)) = at(doc, node, "Paragraf")
        {
            let under = match parent {
                Some(p) if p.kind == NodeKind::Chapter => format!("BAB {}", p.number),
                _ => "batang tubuh".to_string(),
            };
            sink.at_offset(
                line,
                off,
                format!(
                    "Paragraf {} berada langsung di bawah {under}, tidak di dalam Bagian",
                    node.number
                ),
                format!(
                    "Paragraf {} stands directly under {under}, not inside a Bagian",
                    node.number
                ),
            )
            .help(
                "tempatkan Paragraf di dalam Bagian, atau jadikan Paragraf itu Bagian",
                "put the Paragraf inside a Bagian, or make it a Bagian",
            );
        }
        let sections: Vec<&Node> = node
            .children
            .iter()
            .filter(|c| c.kind == NodeKind::Section)
            .collect();
        let mut expected = 1;
        let mut prev_line = sections.first().map_or(0, |s| s.span.line);
        for s in sections {
            let value = s.number.parse::<u32>().unwrap_or(0);
            if value != expected
                && !gap_between(doc, prev_line, s.span.line)
                && let Some((line, off)) = at(doc, s, "Paragraf")
            {
                sink.at_offset(
                    line,
                    off,
                    format!(
                        "Paragraf {} tidak berurutan: seharusnya Paragraf {expected}",
                        s.number
                    ),
                    format!(
                        "Paragraf {} is out of sequence: Paragraf {expected} is expected",
                        s.number
                    ),
                )
                .help(
                    "nomori Paragraf berurutan mulai dari Paragraf 1 dalam setiap Bagian",
                    "number the Paragraf in sequence from Paragraf 1 in every Bagian",
                );
            }
            if s.heading.as_deref().is_none_or(|h| h.trim().is_empty())
                && let Some((line, off)) = at(doc, s, "Paragraf")
            {
                sink.at_offset(
                        line,
                        off,
                        format!("Paragraf {} tidak berjudul", s.number),
                        format!("Paragraf {} has no heading", s.number),
                    )
                    .help(
                        "beri judul Paragraf pada baris setelah nomornya, setiap kata diawali huruf kapital kecuali partikel",
                        "give the Paragraf a heading on the line after its number, each word capitalised except particles",
                    );
            }
            expected = value + 1;
            prev_line = s.span.line;
        }
    }
    for (line, c) in lone_heading_lines(doc, &WORD_PARAGRAF) {
        let written = c.get(0).map_or("", |m| m.as_str()).trim();
        sink.at(
            line,
            format!("Paragraf dinomori dengan kata atau angka Romawi (`{written}`)"),
            format!("a Paragraf is numbered with a word or Roman numeral (`{written}`)"),
        )
        .help(
            "nomori Paragraf dengan angka Arab: `Paragraf 1`, `Paragraf 2`, ...",
            "number the Paragraf with Arabic numerals: `Paragraf 1`, `Paragraf 2`, ...",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "BAB I\nPELINDUNGAN\nParagraf 1\nPelindungan Hukum\nPasal 1\nTeks.\nBagian Kesatu\nUmum\nParagraf 2\nPelindungan Sosial\nPasal 2\nTeks.\nParagraf 3\nPasal 3\nTeks.\nParagraf Kesatu\nPelindungan Ekonomi\nPasal 4\nTeks.\n";

    #[test]
    fn flags_placement_sequence_and_headings() {
        insta::assert_snapshot!(run_text(&ParagrafNumbering, &perda(BAD)));
    }

    #[test]
    fn accepts_paragraf_inside_bagian() {
        let good = "BAB I\nPELINDUNGAN\nBagian Kesatu\nUmum\nParagraf 1\nPelindungan Hukum\nPasal 1\nTeks.\nParagraf 2\nPelindungan Sosial\nPasal 2\nTeks.\nBagian Kedua\nLain\nParagraf 1\nPelindungan Ekonomi\nPasal 3\nTeks.\n";
        assert_eq!(run_text(&ParagrafNumbering, &perda(good)), "");
    }
}
