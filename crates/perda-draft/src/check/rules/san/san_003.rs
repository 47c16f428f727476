//! ## What it checks
//! A criminal provision (`dipidana`, `diancam dengan pidana`) that does not name the Pasal
//! whose prohibition or order is violated: no `Pasal N` and no reference to an ayat of the
//! same Pasal, and in particular the blanket form `melanggar ketentuan dalam Peraturan Daerah
//! ini`.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (ketentuan pidana) requires the criminal provision to state
//! precisely the norm whose violation is punished, by citing its Pasal. A penalty for
//! "violating this Perda" does not say which conduct is an offence, which the principle of
//! legality (KUHP Pasal 1) does not allow. The rule was read in a restatement of Lampiran II
//! (DPR, "Proses & Teknik Penyusunan Undang-Undang"); its angka number is not verified, so
//! the rule reports warnings.
//!
//! ## Example
//! ```text
//! Pasal 20
//! Setiap orang yang melanggar ketentuan dalam Peraturan Daerah ini dipidana dengan pidana
//! denda paling banyak kategori II.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 20
//! Setiap orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 8 ayat (1) dipidana
//! dengan pidana denda paling banyak kategori II.
//! ```

use super::super::prelude::*;
use super::{report_in, units};

/// SAN-003 `criminal-provision-names-pasal`.
pub struct CriminalProvisionNamesPasal;

static META: RuleMeta = RuleMeta {
    code: "SAN-003",
    name: "criminal-provision-names-pasal",
    group: Group::Sanctions,
    family: Family::Legality,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Ketentuan pidana menyebut Pasal yang memuat larangan atau perintah yang dilanggar",
        en: "A criminal provision names the Pasal whose prohibition or order is violated",
    },
    source: "Lampiran II UU 12/2011, ketentuan pidana",
    file: include_str!("san_003.rs"),
};

static THREAT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bdipidana\b|\bdiancam\s+(dengan\s+)?pidana\b"));

static NAMES_A_UNIT: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bPasal\s+\d|\bayat\s+\(\d+\)"));

static BLANKET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bmelanggar\s+(?:ketentuan\s+)?(?:(?:dalam|di\s+dalam)\s+)?Peraturan\s+(?:Daerah|Desa)\s+ini\b",
    )
});

impl Rule for CriminalProvisionNamesPasal {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if doc.info.is_desa() {
            return;
        }
        for unit in units(doc) {
            let Some(threat) = THREAT.find(&unit.text) else {
                continue;
            };
            if NAMES_A_UNIT.is_match(&unit.text) {
                continue;
            }
            let (needle, id, en) = match BLANKET.find(&unit.text) {
                Some(b) => (
                    b.as_str().to_string(),
                    format!(
                        "ketentuan pidana dalam Pasal {} mengancam pidana atas pelanggaran `{}` tanpa menyebut Pasal yang dilanggar",
                        unit.article.number,
                        b.as_str()
                    ),
                    format!(
                        "the criminal provision in Pasal {} punishes violating `{}` without naming the Pasal violated",
                        unit.article.number,
                        b.as_str()
                    ),
                ),
                None => (
                    threat.as_str().to_string(),
                    format!(
                        "ketentuan pidana dalam Pasal {} tidak menyebut Pasal yang memuat larangan atau perintah yang dilanggar",
                        unit.article.number
                    ),
                    format!(
                        "the criminal provision in Pasal {} does not name the Pasal whose prohibition or order is violated",
                        unit.article.number
                    ),
                ),
            };
            if let Some(r) = report_in(sink, doc, unit.node, &needle, id, en) {
                r.help(
                    "rumuskan: \"Setiap orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal ... dipidana dengan ...\"",
                    "write: \"Setiap orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal ... dipidana dengan ...\"",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{PERDA_B, uu_18_2017};
    use super::*;
    use crate::check::testing::{run, run_text};

    #[test]
    fn flags_penalties_for_violating_the_whole_perda() {
        let bad = PERDA_B.replace(
            "(1) Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 2 dipidana",
            "(1) Setiap Orang yang melanggar ketentuan dalam Peraturan Daerah ini dipidana",
        );
        let bad = format!(
            "{bad}Pasal 6\nSetiap Orang yang membuang limbah dipidana dengan pidana denda paling banyak kategori I.\n"
        );
        insta::assert_snapshot!(run_text(&CriminalProvisionNamesPasal, &bad));
    }

    #[test]
    fn accepts_cited_pasal_and_same_pasal_ayat() {
        assert_eq!(run_text(&CriminalProvisionNamesPasal, PERDA_B), "");
        assert_eq!(run(&CriminalProvisionNamesPasal, &uu_18_2017()), "");
    }
}
