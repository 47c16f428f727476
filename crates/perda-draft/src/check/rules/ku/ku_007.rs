//! ## What it checks
//! A definition that uses a term (or short form) which the Ketentuan Umum defines only
//! later, in a higher angka: the reader meets the term before its meaning. A term counts
//! as used only where it stands on its own — not inside a longer defined term, and not as
//! part of a longer name (`Peraturan Daerah`, `Kepala Daerah` for the term `Daerah`). The
//! order of the definitions is otherwise free: it is never required to be alphabetical.
//! A term defined in one of the next two definitions is a related term placed next to
//! the one using it (`Pemerintah Daerah adalah Bupati ...` followed by `Bupati adalah
//! ...`), which Lampiran II asks for. Terms for organs of the central government (`Menteri adalah menteri yang ...`, `Badan
//! adalah lembaga pemerintah nonkementerian ...`) may close the list even when earlier
//! definitions mention them, as UU 18/2017 Pasal 1 angka 25 and 26 do.
//! Nothing is reported on a line where the parser repaired OCR damage.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 109: definitions are ordered logically — general before
//! specific, in the order the terms appear in the materi pokok, related terms next to each
//! other — and not alphabetically. A definition that rests on a term defined further down
//! breaks that order. The angka is from a secondary restatement (Basis S), and the check is
//! a heuristic: the rule warns.
//!
//! ## Example
//! ```text
//! 1. Pemerintah Daerah adalah Bupati sebagai unsur penyelenggara Pemerintahan Daerah ...
//! 2. Bupati adalah Bupati Jember.
//! ```
//!
//! ## Instead
//! ```text
//! 1. Bupati adalah Bupati Jember.
//! 2. Pemerintah Daerah adalah Bupati sebagai unsur penyelenggara Pemerintahan Daerah ...
//! ```

use super::super::prelude::*;
use super::super::rum::report_clean;
use super::super::rum::{locate, noisy_node};
use super::{definition_items, inside_longer_term, word_positions};

/// KU-007 `definition-order`.
pub struct DefinitionOrder;

static META: RuleMeta = RuleMeta {
    code: "KU-007",
    name: "definition-order",
    group: Group::Definitions,
    family: Family::Terminology,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Definisi disusun secara logis: istilah didefinisikan sebelum digunakan dalam definisi lain (bukan menurut abjad)",
        en: "Definitions follow a logical order: a term is defined before other definitions use it (not alphabetical)",
    },
    source: "UU 12/2011 Lampiran II angka 109",
    file: include_str!("ku_007.rs"),
};

/// Whether the word before `pos` or after `end` is capitalised (the occurrence is part of
/// a longer name).
fn in_name(hay: &str, pos: usize, end: usize) -> bool {
    let cap = |w: Option<&str>| {
        w.and_then(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .next()
        })
        .is_some_and(char::is_uppercase)
    };
    let before = hay.get(..pos).and_then(|b| {
        let t = b.trim_end();
        (t.len() == b.len().saturating_sub(1))
            .then(|| t.split_whitespace().next_back())
            .flatten()
    });
    let after = hay.get(end..).and_then(|a| {
        let t = a.trim_start();
        (t.len() + 1 == a.len())
            .then(|| t.split_whitespace().next())
            .flatten()
    });
    cap(before) || cap(after)
}

/// Definitions this close after the one that uses their term count as related terms
/// placed next to each other (Lampiran II angka 109 huruf c), not as a forward use.
const ADJACENT: usize = 2;

/// Whether a definition names an organ of the central government (`Menteri adalah menteri
/// yang ...`, `Badan adalah lembaga pemerintah nonkementerian ...`): by long practice these
/// close the Ketentuan Umum, after the terms of the subject matter that mention them.
fn central_organ(d: &Definition) -> bool {
    d.text.split_once(" adalah ").is_some_and(|(_, body)| {
        let b = body.to_lowercase();
        [
            "menteri ",
            "lembaga pemerintah",
            "kementerian ",
            "presiden ",
            "perangkat negara",
        ]
        .iter()
        .any(|p| b.starts_with(p))
    })
}

impl Rule for DefinitionOrder {
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
    let defs = &doc.definitions;
    let terms: Vec<&str> = defs.iter().map(|d| d.term.as_str()).collect();
    let items = definition_items(doc);
    for (i, d) in defs.iter().enumerate() {
        let Some(item) = items.iter().find(|n| n.span.line == d.line) else {
            continue;
        };
        if noisy_node(doc, item) {
            continue;
        }
        let text = item.text.as_str();
        let body_start = text.find(" adalah ").map_or(0, |p| p + " adalah ".len());
        let Some(body) = text.get(body_start..) else {
            continue;
        };
        for later in defs
            .iter()
            .skip(i + 1 + ADJACENT)
            .filter(|l| !central_organ(l))
        {
            let mut hit = None;
            let names =
                std::iter::once(later.term.as_str()).chain(super::super::rum::short_form(later));
            for name in names {
                if name.is_empty() || name == d.term {
                    continue;
                }
                let found = word_positions(body, name, false).into_iter().find(|&p| {
                    !inside_longer_term(body, p, name.len(), &terms)
                        && !in_name(body, p, p + name.len())
                });
                if let Some(p) = found {
                    hit = Some((p, name));
                    break;
                }
            }
            let Some((p, name)) = hit else { continue };
            let start = body_start + p;
            let Some((line, at)) = locate(doc, item, text, start, start + name.len()) else {
                continue;
            };
            sink.at_offset(
                    line,
                    at,
                    format!("definisi angka {} menggunakan istilah `{name}` yang baru didefinisikan pada angka {}", d.number, later.number),
                    format!("definition {} uses the term `{name}`, which is defined only later, in angka {}", d.number, later.number),
                )
                .help(
                    format!("tempatkan definisi `{}` sebelum angka {}", later.term, d.number),
                    format!("place the definition of `{}` before angka {}", later.term, d.number),
                );
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_forward_use() {
        let bad = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Pemerintah Daerah adalah Bupati sebagai unsur penyelenggara pemerintahan di Daerah.\n2. Bupati adalah Bupati Jember.\n3. Dinas adalah perangkat daerah yang membidangi ketenagakerjaan.\n4. Camat adalah pemimpin kecamatan.\n5. Daerah adalah Kabupaten Jember.\n";
        insta::assert_snapshot!(run_text(&DefinitionOrder, &perda(bad)));
    }

    #[test]
    fn accepts_backward_use_and_names() {
        let good = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Peraturan Bupati adalah peraturan yang ditetapkan oleh Kepala Daerah.\n3. Bupati adalah Bupati Jember.\n4. Calon Pekerja Migran Indonesia adalah tenaga kerja.\n5. Pekerja Migran Indonesia adalah warga negara Indonesia.\n6. Pemerintah Daerah adalah Bupati sebagai unsur penyelenggara Pemerintahan Daerah.\n7. Bupati adalah Bupati Jember.\n8. Perusahaan adalah badan usaha yang memperoleh izin dari Menteri.\n9. Menteri adalah menteri yang menyelenggarakan urusan pemerintahan di bidang ketenagakerjaan.\n";
        assert_eq!(run_text(&DefinitionOrder, &perda(good)), "");
    }
}
