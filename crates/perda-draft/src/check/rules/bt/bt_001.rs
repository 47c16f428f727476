//! ## What it checks
//! The order of the groups of BAB in the batang tubuh: the materi pokok, then
//! `KETENTUAN PIDANA` (if any), then `KETENTUAN PERALIHAN` (if any), then `KETENTUAN
//! PENUTUP`, which is the last BAB. It reports a BAB of materi pokok placed after the
//! Ketentuan Pidana, Peralihan or Penutup, a Ketentuan Pidana after the Ketentuan Peralihan
//! or Penutup, a Ketentuan Peralihan after the Ketentuan Penutup, and a BAB after the
//! Ketentuan Penutup. Where the Ketentuan Umum stands is checked by KU-001. An amending
//! regulation, whose body quotes the amended text, is not checked.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 62 fixes the grouping of the batang tubuh: ketentuan umum,
//! materi pokok yang diatur, ketentuan pidana (jika diperlukan), ketentuan peralihan (jika
//! diperlukan) and ketentuan penutup. A reader, and an evaluator, looks for each group in
//! its place; a criminal provision placed after the transitional provisions is also hard to
//! tie to the norms it enforces.
//!
//! ## Example
//! ```text
//! BAB VIII
//! KETENTUAN PERALIHAN
//! Pasal 30 ...
//! BAB IX
//! KETENTUAN PIDANA
//! Pasal 31 ...
//! ```
//!
//! ## Instead
//! ```text
//! BAB VIII
//! KETENTUAN PIDANA
//! Pasal 30 ...
//! BAB IX
//! KETENTUAN PERALIHAN
//! Pasal 31 ...
//! ```

use super::super::prelude::*;
use super::{at, chapter_key};

/// BT-001 `group-order`.
pub struct GroupOrder;

static META: RuleMeta = RuleMeta {
    code: "BT-001",
    name: "group-order",
    group: Group::Body,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Urutan BAB: materi pokok, Ketentuan Pidana, Ketentuan Peralihan, Ketentuan Penutup",
        en: "Order of BAB: materi pokok, Ketentuan Pidana, Ketentuan Peralihan, Ketentuan Penutup",
    },
    source: "UU 12/2011 Lampiran II angka 62",
    file: include_str!("bt_001.rs"),
};

/// The place of a BAB in the order of groups (Ketentuan Umum and materi pokok are 0).
fn rank(key: &str) -> Option<(u8, &'static str)> {
    match key {
        "" => None,
        "KETENTUAN PIDANA" => Some((1, "KETENTUAN PIDANA")),
        "KETENTUAN PERALIHAN" => Some((2, "KETENTUAN PERALIHAN")),
        "KETENTUAN PENUTUP" => Some((3, "KETENTUAN PENUTUP")),
        _ => Some((0, "")),
    }
}

impl Rule for GroupOrder {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if doc.info.amending {
            return;
        }
        // The highest group seen so far, with the BAB that opened it.
        let mut highest: Option<(u8, &'static str, &Node)> = None;
        for ch in doc.chapters() {
            let key = chapter_key(ch);
            let Some((r, name)) = rank(&key) else {
                continue;
            };
            if let Some((h, h_name, h_ch)) = highest
                && (r < h || (r == h && h == 3))
            {
                let Some((line, off)) = at(doc, ch, "BAB") else {
                    continue;
                };
                let what = if r == 0 {
                    format!("BAB {} ({})", ch.number, key)
                } else {
                    format!("BAB {} {name}", ch.number)
                };
                let what_en = what.clone();
                sink.at_offset(
                        line,
                        off,
                        format!("{what} ditempatkan setelah BAB {} {h_name}", h_ch.number),
                        format!("{what_en} is placed after BAB {} {h_name}", h_ch.number),
                    )
                    .help(
                        "susun BAB berurutan: ketentuan umum, materi pokok, KETENTUAN PIDANA (jika ada), KETENTUAN PERALIHAN (jika ada), dan KETENTUAN PENUTUP sebagai BAB terakhir",
                        "order the BAB: general provisions, materi pokok, KETENTUAN PIDANA (if any), KETENTUAN PERALIHAN (if any), and KETENTUAN PENUTUP as the last BAB",
                    );
                continue;
            }
            if highest.is_none_or(|(h, _, _)| r > h) {
                highest = Some((r, name, ch));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "BAB I\nKETENTUAN UMUM\nPasal 1\nTeks.\nBAB II\nKETENTUAN PERALIHAN\nPasal 2\nTeks.\nBAB III\nKETENTUAN PIDANA\nPasal 3\nTeks.\nBAB IV\nKETENTUAN PENUTUP\nPasal 4\nTeks.\nBAB V\nPEMBIAYAAN\nPasal 5\nTeks.\n";

    #[test]
    fn flags_groups_out_of_order() {
        insta::assert_snapshot!(run_text(&GroupOrder, &perda(BAD)));
    }

    #[test]
    fn accepts_the_lampiran_order() {
        let good = "BAB I\nKETENTUAN UMUM\nPasal 1\nTeks.\nBAB II\nPEMBIAYAAN\nPasal 2\nTeks.\nBAB III\nKETENTUAN PIDANA\nPasal 3\nTeks.\nBAB IV\nKETENTUAN PERALIHAN\nPasal 4\nTeks.\nBAB V\nKETENTUAN PENUTUP\nPasal 5\nTeks.\n";
        assert_eq!(run_text(&GroupOrder, &perda(good)), "");
    }
}
