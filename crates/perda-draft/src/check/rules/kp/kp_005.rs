//! ## What it checks
//! The place of the BAB `KETENTUAN PERALIHAN`: after the materi pokok and the Ketentuan
//! Pidana, directly before the Ketentuan Penutup. Reported when any BAB other than
//! `KETENTUAN PENUTUP` follows it (a materi BAB, or the Ketentuan Pidana).
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 angka 62 fixes the order of the batang tubuh: Ketentuan Umum,
//! materi pokok, Ketentuan Pidana (if any), Ketentuan Peralihan (if any), Ketentuan Penutup.
//! Transitional rules bridge the old and the new law for what the whole regulation sets up,
//! so they come last before the closing provisions.
//!
//! ## Example
//! ```text
//! BAB II
//! KETENTUAN PERALIHAN
//! ...
//! BAB III
//! PELINDUNGAN SEBELUM BEKERJA
//! ```
//!
//! ## Instead
//! ```text
//! BAB II
//! PELINDUNGAN SEBELUM BEKERJA
//! ...
//! BAB IX
//! KETENTUAN PERALIHAN
//! BAB X
//! KETENTUAN PENUTUP
//! ```

use super::super::prelude::*;
use super::node_line;

/// KP-005 `transitional-placement`.
pub struct TransitionalPlacement;

static META: RuleMeta = RuleMeta {
    code: "KP-005",
    name: "transitional-placement",
    group: Group::ClosingProvisions,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Ketentuan Peralihan ditempatkan setelah Ketentuan Pidana dan tepat sebelum Ketentuan Penutup",
        en: "The Ketentuan Peralihan stands after the Ketentuan Pidana and right before the Ketentuan Penutup",
    },
    source: "Lampiran II UU 12/2011 angka 62",
    file: include_str!("kp_005.rs"),
};

fn heading(n: &Node) -> String {
    n.heading.as_deref().unwrap_or("").trim().to_uppercase()
}

impl Rule for TransitionalPlacement {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let chapters: Vec<&Node> = doc.chapters().collect();
        let Some(at) = chapters
            .iter()
            .position(|c| heading(c).contains("KETENTUAN PERALIHAN"))
        else {
            return;
        };
        let Some(after) = chapters
            .iter()
            .skip(at + 1)
            .find(|c| !heading(c).contains("KETENTUAN PENUTUP"))
        else {
            return;
        };
        let (Some(peralihan), Some(line)) = (
            chapters.get(at),
            chapters.get(at).and_then(|c| node_line(doc, c)),
        ) else {
            return;
        };
        sink.at(
            line,
            format!(
                "BAB {} KETENTUAN PERALIHAN ditempatkan sebelum BAB {} {}; Ketentuan Peralihan harus tepat sebelum Ketentuan Penutup",
                peralihan.number,
                after.number,
                heading(after)
            ),
            format!(
                "BAB {} KETENTUAN PERALIHAN stands before BAB {} {}; the Ketentuan Peralihan must come right before the Ketentuan Penutup",
                peralihan.number,
                after.number,
                heading(after)
            ),
        )
        .help(
            "urutan BAB: Ketentuan Umum, materi pokok, Ketentuan Pidana, Ketentuan Peralihan, Ketentuan Penutup",
            "order of the BABs: Ketentuan Umum, materi pokok, Ketentuan Pidana, Ketentuan Peralihan, Ketentuan Penutup",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{PERDA, uu_18_2017};
    use super::*;
    use crate::check::testing::{run, run_text};

    #[test]
    fn flags_a_transitional_chapter_before_others() {
        let bad = PERDA
            .replace("BAB III\nKETENTUAN PIDANA", "BAB III\nKETENTUAN PERALIHAN_")
            .replace("BAB IV\nKETENTUAN PERALIHAN", "BAB IV\nKETENTUAN PIDANA")
            .replace("KETENTUAN PERALIHAN_", "KETENTUAN PERALIHAN");
        insta::assert_snapshot!(run_text(&TransitionalPlacement, &bad));
    }

    #[test]
    fn accepts_the_order_of_angka_62() {
        assert_eq!(run_text(&TransitionalPlacement, PERDA), "");
        assert_eq!(run(&TransitionalPlacement, &uu_18_2017()), "");
    }
}
