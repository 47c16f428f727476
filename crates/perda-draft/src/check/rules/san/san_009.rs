//! ## What it checks
//! Regime B (as-of date on or after 2 January 2026): a Perda that still qualifies its
//! offences as `pelanggaran` or `kejahatan` (`Tindak pidana sebagaimana dimaksud pada ayat
//! (1) adalah pelanggaran.`).
//!
//! ## Why it matters
//! The new KUHP (UU 1/2023), in force from 2 January 2026, no longer divides offences into
//! kejahatan and pelanggaran: it speaks only of tindak pidana. The qualification sentence
//! copied from older Perda has no meaning under it. The source is the KUHP's system and the
//! Kemenkum guidance on adjusting Perda (read in news reports), so the rule reports warnings.
//!
//! ## Example
//! ```text
//! (2) Tindak pidana sebagaimana dimaksud pada ayat (1) adalah pelanggaran.
//! ```
//!
//! ## Instead
//! Delete the sentence; the penalty in ayat (1) is enough.

use super::super::prelude::*;
use super::{is_perda, report_in, units};

/// SAN-009 `no-pelanggaran-kejahatan`.
pub struct NoPelanggaranKejahatan;

static META: RuleMeta = RuleMeta {
    code: "SAN-009",
    name: "no-pelanggaran-kejahatan",
    group: Group::Sanctions,
    family: Family::Legality,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Sejak 2 Januari 2026, tindak pidana dalam Perda tidak lagi dikualifikasikan sebagai pelanggaran atau kejahatan",
        en: "From 2 January 2026 offences in a Perda are no longer qualified as pelanggaran or kejahatan",
    },
    source: "KUHP (UU 1/2023) system; Kemenkum guidance",
    file: include_str!("san_009.rs"),
};

static QUALIFIED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\btindak\s+pidana\s+sebagaimana\s+dimaksud\s+[^.]{0,60}?\b(?:adalah|merupakan)\s+(pelanggaran|kejahatan)\b",
    )
});

impl Rule for NoPelanggaranKejahatan {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_perda(doc) || doc.regime() != Regime::B {
            return;
        }
        for unit in units(doc) {
            for caps in QUALIFIED.captures_iter(&unit.text) {
                let (Some(whole), Some(kind)) = (caps.get(0), caps.get(1)) else {
                    continue;
                };
                if let Some(r) = report_in(
                    sink,
                    doc,
                    unit.node,
                    whole.as_str(),
                    format!(
                        "Pasal {} mengualifikasikan tindak pidana sebagai `{}`; KUHP (UU 1/2023) tidak lagi membedakan pelanggaran dan kejahatan",
                        unit.article.number,
                        kind.as_str()
                    ),
                    format!(
                        "Pasal {} qualifies the offence as `{}`; the KUHP (UU 1/2023) no longer distinguishes pelanggaran and kejahatan",
                        unit.article.number,
                        kind.as_str()
                    ),
                ) {
                    r.help(
                        "hapus kalimat kualifikasi tersebut",
                        "delete the qualifying sentence",
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{PERDA_A, PERDA_B};
    use super::*;
    use crate::check::testing::run_text;

    const QUALIFY: &str =
        "(2) Tindak pidana sebagaimana dimaksud pada ayat (1) adalah pelanggaran.";

    #[test]
    fn flags_the_qualification_in_regime_b() {
        let bad = PERDA_B.replace(
            "(2) Selain dipidana sebagaimana dimaksud pada ayat (1), pelaku wajib memulihkan sungai.",
            QUALIFY,
        );
        insta::assert_snapshot!(run_text(&NoPelanggaranKejahatan, &bad));
    }

    #[test]
    fn silent_in_regime_a_and_without_the_sentence() {
        assert_eq!(run_text(&NoPelanggaranKejahatan, PERDA_B), "");
        let a = PERDA_A
            .replace("Pasal 4\nSetiap Orang", "Pasal 4\n(1) Setiap Orang")
            .replace(
                "(lima puluh juta rupiah).\n",
                &format!("(lima puluh juta rupiah).\n{QUALIFY}\n"),
            );
        assert_eq!(run_text(&NoPelanggaranKejahatan, &a), "");
    }
}
