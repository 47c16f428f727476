//! ## What it checks
//! The wording of a cross-reference in the batang tubuh: another Pasal is cited
//! `sebagaimana dimaksud dalam Pasal 5 ayat (1) huruf a`, an ayat of the same Pasal
//! `sebagaimana dimaksud pada ayat (1)`. It reports `sebagaimana dimaksud pada Pasal`,
//! `sebagaimana dimaksud Pasal`/`ayat` (no preposition), `sebagaimana tersebut`,
//! `tersebut di atas`, `sebagaimana dimaksud dalam ayat (1)` (without a Pasal after it)
//! and `sebagaimana dimaksud pada ayat (1) Pasal 5`.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II, Bab III on teknik pengacuan: references use the fixed phrases
//! `sebagaimana dimaksud dalam Pasal ...` and `sebagaimana dimaksud pada ayat ...`, so
//! that every reference reads, and is found, the same way. The angka is from a secondary
//! restatement (Basis S), so the rule warns.
//!
//! ## Example
//! ```text
//! (2) Izin sebagaimana dimaksud Pasal 5 ayat (1) diberikan oleh Bupati.
//! (3) Izin tersebut di atas berlaku 5 (lima) tahun.
//! ```
//!
//! ## Instead
//! ```text
//! (2) Izin sebagaimana dimaksud dalam Pasal 5 ayat (1) diberikan oleh Bupati.
//! (3) Izin sebagaimana dimaksud pada ayat (2) berlaku 5 (lima) tahun.
//! ```

use super::super::prelude::*;
use super::super::rum::{body_units, locate, texts};

/// REF-001 `reference-form`.
pub struct ReferenceForm;

static META: RuleMeta = RuleMeta {
    code: "REF-001",
    name: "reference-form",
    group: Group::References,
    family: Family::References,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Pengacuan ditulis `sebagaimana dimaksud dalam Pasal ...` atau `sebagaimana dimaksud pada ayat ...`",
        en: "References read `sebagaimana dimaksud dalam Pasal ...` or `sebagaimana dimaksud pada ayat ...`",
    },
    source: "UU 12/2011 Lampiran II Bab III, teknik pengacuan",
    file: include_str!("ref_001.rs"),
};

static FORMS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"[Ss]ebagaimana dimaksud pada (Pasal)\b|[Ss]ebagaimana (dimaksud|tersebut) (Pasal|ayat|huruf|angka)\b|[Ss]ebagaimana tersebut (dalam|pada)\b|\b(tersebut di atas)\b|[Ss]ebagaimana dimaksud (dalam) (ayat \(\d+\))|[Ss]ebagaimana dimaksud pada (ayat \(\d+\)( huruf [a-z]+| angka \d+)* Pasal \d+)",
    )
});

/// What follows `dalam ayat (n)` that makes it a reference to another Pasal.
static THEN_PASAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(\s(huruf [a-z]+|angka \d+))*\sPasal\s\d"));

impl Rule for ReferenceForm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        for u in body_units(doc) {
            for hay in texts(u.node) {
                for c in FORMS.captures_iter(hay) {
                    let Some(all) = c.get(0) else { continue };
                    let (fix_id, fix_en) = if c.get(1).is_some() {
                        (
                            "tulis `sebagaimana dimaksud dalam Pasal ...`".to_string(),
                            "write `sebagaimana dimaksud dalam Pasal ...`".to_string(),
                        )
                    } else if let Some(unit) = c.get(3) {
                        let prep = if unit.as_str() == "Pasal" {
                            "dalam"
                        } else {
                            "pada"
                        };
                        (
                            format!("tulis `sebagaimana dimaksud {prep} {} ...`", unit.as_str()),
                            format!("write `sebagaimana dimaksud {prep} {} ...`", unit.as_str()),
                        )
                    } else if c.get(4).is_some() || c.get(5).is_some() {
                        (
                            "sebut unsur yang diacu: `sebagaimana dimaksud dalam Pasal ...` atau `sebagaimana dimaksud pada ayat ...`".to_string(),
                            "name what is referred to: `sebagaimana dimaksud dalam Pasal ...` or `sebagaimana dimaksud pada ayat ...`".to_string(),
                        )
                    } else if let Some(ayat) = c.get(7) {
                        let after = hay.get(all.end()..).unwrap_or("");
                        if THEN_PASAL.is_match(after) {
                            continue;
                        }
                        (
                            format!(
                                "ayat dalam Pasal yang sama diacu dengan `sebagaimana dimaksud pada {}`",
                                ayat.as_str()
                            ),
                            format!(
                                "an ayat of the same Pasal is cited `sebagaimana dimaksud pada {}`",
                                ayat.as_str()
                            ),
                        )
                    } else if let Some(rest) = c.get(8) {
                        let r = rest.as_str();
                        let (ayat, pasal) = r.split_once(" Pasal ").unwrap_or((r, ""));
                        (
                            format!("tulis `sebagaimana dimaksud dalam Pasal {pasal} {ayat}`"),
                            format!("write `sebagaimana dimaksud dalam Pasal {pasal} {ayat}`"),
                        )
                    } else {
                        continue;
                    };
                    let Some((line, at)) = locate(doc, u.node, hay, all.start(), all.end()) else {
                        continue;
                    };
                    sink.at_offset(
                        line,
                        at,
                        format!("rumusan pengacuan tidak baku: `{}`", all.as_str()),
                        format!("non-standard reference wording: `{}`", all.as_str()),
                    )
                    .help(fix_id, fix_en);
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

    const BAD: &str = "Pasal 6\n(1) Izin sebagaimana dimaksud Pasal 5 ayat (1) diberikan oleh Bupati.\n(2) Izin tersebut di atas berlaku sebagaimana dimaksud pada Pasal 4.\n(3) Laporan sebagaimana dimaksud dalam ayat (1) dan sebagaimana dimaksud pada ayat (2) Pasal 5 disampaikan.\n";

    #[test]
    fn flags_non_standard_reference_wording() {
        insta::assert_snapshot!(run_text(&ReferenceForm, &perda(BAD)));
    }

    #[test]
    fn accepts_the_standard_phrases() {
        let good = "Pasal 6\n(1) Izin sebagaimana dimaksud dalam Pasal 5 ayat (1) diberikan oleh Bupati.\n(2) Izin sebagaimana dimaksud pada ayat (1) berlaku sebagaimana dimaksud dalam ayat (2) huruf a Pasal 4.\n";
        assert_eq!(run_text(&ReferenceForm, &perda(good)), "");
    }
}
