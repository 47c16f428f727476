//! ## What it checks
//! A reference to an ayat or huruf of the same Pasal followed by `Pasal ini`:
//! `sebagaimana dimaksud pada ayat (1) Pasal ini`.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II, teknik pengacuan: a reference to an ayat of the same Pasal
//! names the ayat only (`sebagaimana dimaksud pada ayat (1)`); `Pasal ini` adds nothing
//! and is not used. The angka is from a secondary restatement (Basis S), so the rule warns.
//!
//! ## Example
//! ```text
//! (2) Laporan sebagaimana dimaksud pada ayat (1) Pasal ini disampaikan kepada Bupati.
//! ```
//!
//! ## Instead
//! ```text
//! (2) Laporan sebagaimana dimaksud pada ayat (1) disampaikan kepada Bupati.
//! ```

use super::super::prelude::*;
use super::super::rum::{body_units, locate, texts};

/// REF-003 `no-pasal-ini`.
pub struct NoPasalIni;

static META: RuleMeta = RuleMeta {
    code: "REF-003",
    name: "no-pasal-ini",
    group: Group::References,
    family: Family::References,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Pengacuan ayat dalam Pasal yang sama tidak diikuti `Pasal ini`",
        en: "A reference to an ayat of the same Pasal is not followed by `Pasal ini`",
    },
    source: "UU 12/2011 Lampiran II, teknik pengacuan",
    file: include_str!("ref_003.rs"),
};

static PASAL_INI: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(ayat \(\d+\)|huruf [a-z])( [Pp]asal ini)\b"));

impl Rule for NoPasalIni {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        for u in body_units(doc) {
            for hay in texts(u.node) {
                for c in PASAL_INI.captures_iter(hay) {
                    let (Some(unit), Some(ini)) = (c.get(1), c.get(2)) else {
                        continue;
                    };
                    let Some((line, at)) = locate(doc, u.node, hay, ini.start() + 1, ini.end())
                    else {
                        continue;
                    };
                    sink.at_offset(
                        line,
                        at,
                        format!(
                            "pengacuan `{} {}` memuat `Pasal ini`",
                            unit.as_str(),
                            ini.as_str().trim()
                        ),
                        format!(
                            "the reference `{} {}` adds `Pasal ini`",
                            unit.as_str(),
                            ini.as_str().trim()
                        ),
                    )
                    .help(
                        format!("tulis `{}` saja", unit.as_str()),
                        format!("write `{}` only", unit.as_str()),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_pasal_ini() {
        let bad = "Pasal 6\n(1) Setiap Orang wajib melapor.\n(2) Laporan sebagaimana dimaksud pada ayat (1) Pasal ini disampaikan kepada Bupati.\n";
        insta::assert_snapshot!(run_text(&NoPasalIni, &perda(bad)));
    }

    #[test]
    fn accepts_plain_ayat_references() {
        let good = "Pasal 6\n(1) Setiap Orang wajib melapor.\n(2) Laporan sebagaimana dimaksud pada ayat (1) disampaikan kepada Bupati, dan Pasal ini berlaku surut.\n";
        assert_eq!(run_text(&NoPasalIni, &perda(good)), "");
    }
}
