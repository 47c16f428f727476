//! ## What it checks
//! Where the Ketentuan Umum stands: BAB I, headed `KETENTUAN UMUM`, beginning with
//! `Pasal 1`; in a regulation without BAB, the definitions are in Pasal 1. It reports a
//! `KETENTUAN UMUM` that is not BAB I, a BAB I of definitions under another heading,
//! definitions placed in a later BAB or a later Pasal, and a Ketentuan Umum that does not
//! begin with Pasal 1. A regulation with neither a Ketentuan Umum nor definitions is not
//! reported, nor an amending or revoking regulation.
//! Nothing is reported on a line where the parser repaired OCR damage.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 96: the Ketentuan Umum is placed in the first BAB, or in
//! the first Pasal(s) when the regulation has no BAB, because the definitions govern every
//! provision after them. The angka is from a secondary restatement (Basis S), so the rule
//! warns.
//!
//! ## Example
//! ```text
//! BAB I
//! ASAS DAN TUJUAN
//! Pasal 1 ...
//! BAB II
//! KETENTUAN UMUM
//! Pasal 3
//! Dalam Peraturan Daerah ini yang dimaksud dengan: ...
//! ```
//!
//! ## Instead
//! ```text
//! BAB I
//! KETENTUAN UMUM
//! Pasal 1
//! Dalam Peraturan Daerah ini yang dimaksud dengan: ...
//! BAB II
//! ASAS DAN TUJUAN
//! Pasal 2 ...
//! ```

use super::super::bt::{at, chapter_key};
use super::super::prelude::*;
use super::super::rum::body_units;
use super::super::rum::report_clean;

/// KU-001 `ketentuan-umum-first`.
pub struct KetentuanUmumFirst;

static META: RuleMeta = RuleMeta {
    code: "KU-001",
    name: "ketentuan-umum-first",
    group: Group::Definitions,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Ketentuan Umum adalah BAB I berjudul KETENTUAN UMUM dan dimulai dengan Pasal 1",
        en: "The Ketentuan Umum is BAB I, headed KETENTUAN UMUM, and begins with Pasal 1",
    },
    source: "UU 12/2011 Lampiran II angka 96",
    file: include_str!("ku_001.rs"),
};

/// Whether an article defines terms: it says `yang dimaksud dengan` and lists terms.
fn defines(a: &Node) -> bool {
    a.text.to_lowercase().contains("yang dimaksud dengan")
        && a.children
            .iter()
            .filter(|c| c.text.contains(" adalah "))
            .count()
            >= 2
}

impl Rule for KetentuanUmumFirst {
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
    if doc.info.amending || doc.info.revoking || doc.articles().next().is_none() {
        return;
    }
    let chapters: Vec<&Node> = doc.chapters().collect();
    let units = body_units(doc);
    let defs = units
        .iter()
        .find(|u| u.node.kind == NodeKind::Article && defines(u.node));
    let help = (
        "jadikan Ketentuan Umum BAB I berjudul `KETENTUAN UMUM` yang dimulai dengan Pasal 1 berisi definisi",
        "make the Ketentuan Umum BAB I, headed `KETENTUAN UMUM`, beginning with Pasal 1 holding the definitions",
    );
    if chapters.is_empty() {
        if let Some(d) = defs
            && d.node.number != "1"
            && let Some((line, off)) = at(doc, d.node, &d.node.number)
        {
            sink.at_offset(
                line,
                off,
                format!(
                    "definisi Ketentuan Umum dimuat dalam Pasal {}, bukan Pasal 1",
                    d.node.number
                ),
                format!(
                    "the definitions are in Pasal {}, not Pasal 1",
                    d.node.number
                ),
            )
            .help(
                "tempatkan Ketentuan Umum dalam Pasal 1",
                "put the Ketentuan Umum in Pasal 1",
            );
        }
        return;
    }
    let ku = chapters
        .iter()
        .position(|c| chapter_key(c) == "KETENTUAN UMUM");
    match ku {
        Some(0) => {
            let first = chapters
                .first()
                .and_then(|c| c.walk().find(|n| n.kind == NodeKind::Article));
            if let Some(a) = first
                && a.number != "1"
                && doc.body_complete()
                && let Some((line, off)) = at(doc, a, &a.number)
            {
                sink.at_offset(
                    line,
                    off,
                    format!(
                        "BAB I KETENTUAN UMUM dimulai dengan Pasal {}, bukan Pasal 1",
                        a.number
                    ),
                    format!(
                        "BAB I KETENTUAN UMUM begins with Pasal {}, not Pasal 1",
                        a.number
                    ),
                )
                .help(help.0, help.1);
            }
        }
        Some(i) => {
            if let Some(ch) = chapters.get(i)
                && let Some((line, off)) = at(doc, ch, "BAB")
            {
                sink.at_offset(
                    line,
                    off,
                    format!(
                        "KETENTUAN UMUM ditempatkan sebagai BAB {}, bukan BAB I",
                        ch.number
                    ),
                    format!("KETENTUAN UMUM is BAB {}, not BAB I", ch.number),
                )
                .help(help.0, help.1);
            }
        }
        None => {
            let Some(d) = defs else { return };
            let Some(ch) = d.chapter else { return };
            let Some((line, off)) = at(doc, ch, "BAB") else {
                return;
            };
            let key = chapter_key(ch);
            let first = chapters.first().is_some_and(|c| std::ptr::eq(*c, ch));
            let (id, en) = if first {
                (
                    format!("BAB I yang memuat definisi berjudul `{key}`, bukan `KETENTUAN UMUM`"),
                    format!(
                        "BAB I, which holds the definitions, is headed `{key}`, not `KETENTUAN UMUM`"
                    ),
                )
            } else {
                (
                    format!(
                        "definisi dimuat dalam BAB {} ({key}), bukan dalam BAB I KETENTUAN UMUM",
                        ch.number
                    ),
                    format!(
                        "the definitions are in BAB {} ({key}), not in BAB I KETENTUAN UMUM",
                        ch.number
                    ),
                )
            };
            sink.at_offset(line, off, id, en).help(help.0, help.1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const DEFS: &str = "Dalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Bupati adalah Bupati Jember.\n";

    #[test]
    fn flags_ketentuan_umum_out_of_place() {
        let bad = format!(
            "BAB I\nASAS DAN TUJUAN\nPasal 1\nTeks.\nBAB II\nKETENTUAN UMUM\nPasal 2\n{DEFS}"
        );
        insta::assert_snapshot!(run_text(&KetentuanUmumFirst, &perda(&bad)));
    }

    #[test]
    fn flags_definitions_under_another_heading() {
        let bad = format!("BAB I\nPENGERTIAN\nPasal 1\n{DEFS}BAB II\nASAS\nPasal 2\nTeks.\n");
        insta::assert_snapshot!(run_text(&KetentuanUmumFirst, &perda(&bad)));
    }

    #[test]
    fn accepts_bab_i_ketentuan_umum_and_pasal_1_without_bab() {
        let good = format!("BAB I\nKETENTUAN UMUM\nPasal 1\n{DEFS}BAB II\nASAS\nPasal 2\nTeks.\n");
        assert_eq!(run_text(&KetentuanUmumFirst, &perda(&good)), "");
        let no_bab = format!("Pasal 1\n{DEFS}Pasal 2\nTeks.\n");
        assert_eq!(run_text(&KetentuanUmumFirst, &perda(&no_bab)), "");
        let none = "Pasal 1\nTeks.\nPasal 2\nTeks.\n";
        assert_eq!(run_text(&KetentuanUmumFirst, &perda(none)), "");
    }
}
