//! ## What it checks
//! The form of each definition in Pasal 1: one numbered angka (`1.`, `2.`, ... in
//! sequence, not lettered `a.`, `b.`), starting with a capital letter (the defined term),
//! containing ` adalah `, and ending with a full stop (not `;`). Definitions that all end
//! the same wrong way are reported once, at the first.
//! On a copy that came through OCR (the parser had to repair misread marks, digits,
//! markers or units run together at least 8 times) the rule stays silent: a lost `(2)` or
//! a `;` read as `:` there is the scan's fault, not the regulation's.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 101 and its model: each definition is a sentence of its
//! own, numbered with Arabic numerals, so it can be cited as `Pasal 1 angka 5`; the term
//! is defined with `adalah`. The angka is from a secondary restatement (Basis S), so the
//! rule warns.
//!
//! ## Example
//! ```text
//! Pasal 1
//! Dalam Peraturan Daerah ini yang dimaksud dengan:
//! a. Daerah adalah Kabupaten Jember;
//! b. Bupati ialah Bupati Jember;
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 1
//! Dalam Peraturan Daerah ini yang dimaksud dengan:
//! 1. Daerah adalah Kabupaten Jember.
//! 2. Bupati adalah Bupati Jember.
//! ```

use super::super::prelude::*;
use super::super::rum::report_clean;
use super::super::rum::{
    final_text, guessed_marker, node_line, noisy_node, rincian_name, without_page_number,
};
use super::definition_items;

/// KU-003 `definition-form`.
pub struct DefinitionForm;

static META: RuleMeta = RuleMeta {
    code: "KU-003",
    name: "definition-form",
    group: Group::Definitions,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Setiap definisi adalah satu angka berurutan, diawali huruf kapital, memuat `adalah`, dan diakhiri titik",
        en: "Each definition is one numbered angka, starts with a capital, contains `adalah` and ends with a full stop",
    },
    source: "UU 12/2011 Lampiran II angka 101",
    file: include_str!("ku_003.rs"),
};

impl Rule for DefinitionForm {
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
    let items = definition_items(doc);
    let Some(first) = items.first() else { return };
    if first.kind == NodeKind::Point
        && let Some(line) = node_line(doc, first)
    {
        let off = line.text.find(first.marker.as_str()).unwrap_or(0);
        sink.at_offset(
            line,
            off,
            format!(
                "definisi ditandai dengan huruf (`{}`), bukan angka",
                first.marker
            ),
            format!(
                "the definitions are lettered (`{}`), not numbered",
                first.marker
            ),
        )
        .help(
            "nomori definisi dengan angka Arab: `1.`, `2.`, ...",
            "number the definitions with Arabic numerals: `1.`, `2.`, ...",
        );
    }
    let mut expected: u32 = 1;
    let mut sequence_reported = false;
    let mut bad_end: Vec<&Node> = Vec::new();
    for item in &items {
        if noisy_node(doc, item) {
            expected = item.number.parse::<u32>().map_or(expected, |v| v + 1);
            continue;
        }
        let Some(line) = node_line(doc, item) else {
            continue;
        };
        let off = line.text.find(item.marker.as_str()).unwrap_or(0);
        if item.kind == NodeKind::Item && !sequence_reported {
            let value = item.number.parse::<u32>().unwrap_or(0);
            if value != expected && !guessed_marker(doc, item.span.line) {
                sink.at_offset(
                    line,
                    off,
                    format!(
                        "definisi angka {} tidak berurutan: seharusnya angka {expected}",
                        item.number
                    ),
                    format!(
                        "definition angka {} is out of sequence: angka {expected} is expected",
                        item.number
                    ),
                )
                .help(
                    "nomori definisi berurutan tanpa loncatan atau pengulangan",
                    "number the definitions in sequence, without gaps or repeats",
                );
                sequence_reported = true;
            }
            expected = value + 1;
        }
        let name = rincian_name(item);
        let text = item.text.trim();
        let first_word = text.split_whitespace().next().unwrap_or("");
        if first_word.chars().next().is_some_and(char::is_lowercase) {
            sink.at_offset(
                line,
                off,
                format!("definisi {name} tidak diawali huruf kapital (`{first_word}`)"),
                format!("definition {name} does not start with a capital letter (`{first_word}`)"),
            )
            .help(
                "tulis istilah yang didefinisikan dengan huruf awal kapital",
                "write the defined term with initial capitals",
            );
        }
        if !item.full_text().contains(" adalah ") {
            sink.at_offset(
                line,
                off,
                format!("definisi {name} tidak memuat kata `adalah`"),
                format!("definition {name} does not contain `adalah`"),
            )
            .help(
                "rumuskan definisi sebagai `<istilah> adalah <pengertian>.`",
                "word the definition `<term> adalah <meaning>.`",
            );
        }
        if !without_page_number(final_text(item)).ends_with('.') {
            bad_end.push(item);
        }
    }
    if let Some(item) = bad_end.first()
        && let Some(line) = node_line(doc, item)
    {
        let off = line.text.find(item.marker.as_str()).unwrap_or(0);
        let ending = without_page_number(final_text(item))
            .chars()
            .next_back()
            .unwrap_or(' ');
        let others = bad_end.len() - 1;
        let (more_id, more_en) = match others {
            0 => (String::new(), String::new()),
            1 => (
                " (dan 1 definisi lain)".to_string(),
                " (and 1 other definition)".to_string(),
            ),
            n => (
                format!(" (dan {n} definisi lain)"),
                format!(" (and {n} other definitions)"),
            ),
        };
        let name = rincian_name(item);
        sink.at_offset(
            line,
            off,
            format!("definisi {name} diakhiri `{ending}`, bukan titik{more_id}"),
            format!("definition {name} ends with `{ending}`, not a full stop{more_en}"),
        )
        .help(
            "akhiri setiap definisi dengan titik (`.`): setiap definisi adalah kalimat tersendiri",
            "end every definition with a full stop (`.`): each definition is a sentence of its own",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_badly_formed_definitions() {
        let bad = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember;\n2. Bupati adalah Bupati Jember;\n4. dinas ialah perangkat daerah yang membidangi ketenagakerjaan.\n";
        insta::assert_snapshot!(run_text(&DefinitionForm, &perda(bad)));
    }

    #[test]
    fn flags_lettered_definitions() {
        let bad = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\na. Daerah adalah Kabupaten Jember.\nb. Bupati adalah Bupati Jember.\n";
        insta::assert_snapshot!(run_text(&DefinitionForm, &perda(bad)));
    }

    #[test]
    fn accepts_numbered_sentences() {
        let good = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Pekerja Migran Indonesia yang selanjutnya disingkat PMI adalah setiap warga negara Indonesia yang bekerja di luar negeri.\n3. Pelindungan adalah upaya yang meliputi:\na. pelindungan hukum; dan\nb. pelindungan sosial.\n";
        assert_eq!(run_text(&DefinitionForm, &perda(good)), "");
    }
}
