//! ## What it checks
//! A BAB about sanctions (`SANKSI`, `KETENTUAN SANKSI`, `SANKSI ADMINISTRATIF DAN PIDANA`,
//! ...) that contains both administrative sanctions (`sanksi administratif`) and criminal
//! ones (`dipidana`, `pidana denda`, `pidana kurungan`, `pidana penjara`).
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 64–65: an administrative sanction is placed with the norm
//! it enforces (in the same Pasal, or in the last Pasal of that part), and pidana, perdata
//! and administrative sanctions are not put together in one BAB; criminal provisions have
//! their own BAB `KETENTUAN PIDANA`.
//!
//! ## Example
//! ```text
//! BAB XIII
//! SANKSI
//! Pasal 40
//! Setiap Orang yang melanggar ketentuan Pasal 12 dikenai sanksi administratif ...
//! Pasal 41
//! Setiap Orang yang melanggar ketentuan Pasal 15 dipidana dengan pidana denda ...
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 13
//! (1) Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 12 dikenai
//!     sanksi administratif.
//! ...
//! BAB XIII
//! KETENTUAN PIDANA
//! Pasal 41
//! Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 15 dipidana ...
//! ```

use super::super::prelude::*;
use super::{at, chapter_key};

/// BT-009 `sanctions-not-mixed`.
pub struct SanctionsNotMixed;

static META: RuleMeta = RuleMeta {
    code: "BT-009",
    name: "sanctions-not-mixed",
    group: Group::Body,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Sanksi administratif ditempatkan bersama normanya, tidak digabung dengan sanksi pidana dalam satu BAB",
        en: "Administrative sanctions sit with their norm, not in one BAB with criminal sanctions",
    },
    source: "UU 12/2011 Lampiran II angka 64–65",
    file: include_str!("bt_009.rs"),
};

static SANKSI_BAB: LazyLock<Regex> = LazyLock::new(|| re(r"^(KETENTUAN )?SANKSI\b"));
static PIDANA: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bdipidana\b|\bpidana (denda|kurungan|penjara)\b"));

impl Rule for SanctionsNotMixed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        for ch in doc.chapters() {
            let key = chapter_key(ch);
            if !SANKSI_BAB.is_match(&key) {
                continue;
            }
            let text = ch.full_text().to_lowercase();
            if !(text.contains("sanksi administratif") && PIDANA.is_match(&text)) {
                continue;
            }
            let Some((line, off)) = at(doc, ch, "BAB") else {
                continue;
            };
            sink.at_offset(
                line,
                off,
                format!("BAB {} ({key}) menggabungkan sanksi administratif dan sanksi pidana", ch.number),
                format!("BAB {} ({key}) puts administrative and criminal sanctions together", ch.number),
            )
            .help(
                "tempatkan sanksi administratif dalam Pasal yang memuat normanya (atau Pasal terakhir bagian itu) dan ketentuan pidana dalam BAB KETENTUAN PIDANA",
                "put administrative sanctions in the Pasal of their norm (or the last Pasal of that part) and criminal provisions in a BAB KETENTUAN PIDANA",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "BAB XIII\nSANKSI\nPasal 40\nSetiap Orang yang melanggar ketentuan Pasal 12 dikenai sanksi administratif.\nPasal 41\nSetiap Orang yang melanggar ketentuan Pasal 15 dipidana dengan pidana denda.\n";

    #[test]
    fn flags_a_mixed_sanctions_bab() {
        insta::assert_snapshot!(run_text(&SanctionsNotMixed, &perda(BAD)));
    }

    #[test]
    fn accepts_separate_babs() {
        let good = "BAB XII\nSANKSI ADMINISTRATIF\nPasal 40\nSetiap Orang yang melanggar dikenai sanksi administratif.\nBAB XIII\nKETENTUAN PIDANA\nPasal 41\nSetiap Orang yang melanggar dipidana dengan pidana denda.\n";
        assert_eq!(run_text(&SanctionsNotMixed, &perda(good)), "");
    }
}
