//! ## What it checks
//! In the Penjelasan:
//! - `Cukup jelas.` written otherwise (`Cukup Jelas`, `cukup jelas`, without the period);
//! - a Pasal whose explanation lists some of its ayat (`Ayat (2)`) but not all of them: every
//!   ayat of the body's Pasal must then be listed, each with its explanation or `Cukup jelas.`
//!   (compared only when the body is complete).
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (penjelasan) gives `Cukup jelas.` as the fixed formula for a unit
//! that needs no explanation, and requires that when one ayat of a Pasal is explained, every
//! ayat is listed, so the reader can tell a forgotten ayat from one that needs nothing. Read in
//! a restatement of Lampiran II (DPR, W2 p.285); the angka is not verified.
//!
//! ## Example
//! ```text
//! Pasal 5
//! Ayat (2)
//! Yang dimaksud dengan "keadaan darurat" adalah ...
//! Pasal 6
//! Cukup Jelas
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 5
//! Ayat (1)
//! Cukup jelas.
//! Ayat (2)
//! Yang dimaksud dengan "keadaan darurat" adalah ...
//! Ayat (3)
//! Cukup jelas.
//! Pasal 6
//! Cukup jelas.
//! ```

use super::super::prelude::*;

/// PJL-004 `cukup-jelas`.
pub struct CukupJelas;

static META: RuleMeta = RuleMeta {
    code: "PJL-004",
    name: "cukup-jelas",
    group: Group::Elucidation,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Tulis \"Cukup jelas.\"; bila satu ayat dijelaskan, setiap ayat Pasal itu dicantumkan",
        en: "Write \"Cukup jelas.\"; when one ayat is explained, list every ayat of the Pasal",
    },
    source: "Lampiran II UU 12/2011, penjelasan",
    file: include_str!("pjl_004.rs"),
};

static CUKUP: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^cukup\s+jelas\s*[.,;]?$"));

impl Rule for CukupJelas {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        for line in doc.segment(Segment::Elucidation) {
            let t = line.text.trim();
            if CUKUP.is_match(t) && t != "Cukup jelas." {
                sink.at(
                    line,
                    format!("`{t}` ditulis tidak baku"),
                    format!("`{t}` is not the standard formula"),
                )
                .help("tulis: \"Cukup jelas.\"", "write: \"Cukup jelas.\"");
            }
        }
        let Some(eluc) = doc.act.elucidation.as_ref() else {
            return;
        };
        if !doc.body_complete() || doc.info.amending {
            return;
        }
        for explained in &eluc.articles {
            let listed: Vec<&str> = explained
                .children
                .iter()
                .filter(|c| c.marker.to_lowercase().starts_with("ayat"))
                .map(|c| c.number.as_str())
                .collect();
            if listed.is_empty() {
                continue;
            }
            let Some(article) = doc.articles().find(|a| a.number == explained.number) else {
                continue;
            };
            let missing: Vec<String> = article
                .children
                .iter()
                .filter(|c| c.kind == NodeKind::Clause && !listed.contains(&c.number.as_str()))
                .map(|c| format!("Ayat ({})", c.number))
                .collect();
            if missing.is_empty() {
                continue;
            }
            let Some(line) = doc.line(explained.span.line) else {
                continue;
            };
            let list = missing.join(", ");
            sink.at(
                line,
                format!(
                    "Penjelasan Pasal {} tidak mencantumkan {list}",
                    explained.number
                ),
                format!(
                    "the Penjelasan of Pasal {} does not list {list}",
                    explained.number
                ),
            )
            .help(
                "cantumkan setiap ayat, masing-masing dengan penjelasannya atau \"Cukup jelas.\"",
                "list every ayat, each with its explanation or \"Cukup jelas.\"",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_variants_and_unlisted_ayat() {
        let bad = PERDA
            .replace("Pasal 3\nCukup jelas.", "Pasal 3\nCukup Jelas")
            .replace("Ayat (2)\nCukup jelas.\n", "");
        insta::assert_snapshot!(run_text(&CukupJelas, &bad));
    }

    #[test]
    fn accepts_the_formula_and_full_ayat_lists() {
        assert_eq!(run_text(&CukupJelas, PERDA), "");
    }
}
