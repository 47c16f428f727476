//! ## What it checks
//! A term explained in the Penjelasan without quotation marks: `Yang dimaksud dengan
//! pelayanan terpadu satu atap adalah ...`. Straight (`"`) and curly (`“ ”`) quotes are
//! both accepted.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (penjelasan) writes the explained word or phrase between
//! quotation marks, `Yang dimaksud dengan "..." adalah ...`, so that the reader sees exactly
//! which words are explained. Read in a restatement of Lampiran II (DPR, W2 p.285); the angka
//! is not verified.
//!
//! ## Example
//! ```text
//! Yang dimaksud dengan pelayanan terpadu satu atap adalah ...
//! ```
//!
//! ## Instead
//! ```text
//! Yang dimaksud dengan "pelayanan terpadu satu atap" adalah ...
//! ```

use super::super::prelude::*;

/// PJL-007 `explained-term-quoted`.
pub struct ExplainedTermQuoted;

static META: RuleMeta = RuleMeta {
    code: "PJL-007",
    name: "explained-term-quoted",
    group: Group::Elucidation,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Kata atau frasa yang dijelaskan ditulis di antara tanda petik: Yang dimaksud dengan \"...\" adalah ...",
        en: "An explained word or phrase is put in quotation marks: Yang dimaksud dengan \"...\" adalah ...",
    },
    source: "Lampiran II UU 12/2011, penjelasan",
    file: include_str!("pjl_007.rs"),
};

static UNQUOTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        "[Yy]ang dimaksud dengan ([^\"\u{201c}\u{201d}\u{201e}'\u{2018}\u{2019}\\s][^,\"\u{201c}\u{201d}]{2,60}?) adalah\\b",
    )
});

impl Rule for ExplainedTermQuoted {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        for line in doc.segment(Segment::Elucidation) {
            for c in UNQUOTED.captures_iter(&line.text) {
                let Some(term) = c.get(1) else {
                    continue;
                };
                sink.at_offset(
                    line,
                    term.start(),
                    format!(
                        "frasa yang dijelaskan tidak diberi tanda petik: `{}`",
                        term.as_str()
                    ),
                    format!(
                        "the explained phrase is not in quotation marks: `{}`",
                        term.as_str()
                    ),
                )
                .help(
                    format!(
                        "tulis: Yang dimaksud dengan \"{}\" adalah ...",
                        term.as_str()
                    ),
                    format!(
                        "write: Yang dimaksud dengan \"{}\" adalah ...",
                        term.as_str()
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{PERDA, uu_18_2017};
    use super::*;
    use crate::check::testing::{run, run_text};

    #[test]
    fn flags_an_unquoted_phrase() {
        let bad = PERDA.replace(
            "Ayat (2)\nCukup jelas.",
            "Ayat (2)\nYang dimaksud dengan pelayanan terpadu satu atap adalah pelayanan penempatan di satu tempat.",
        );
        insta::assert_snapshot!(run_text(&ExplainedTermQuoted, &bad));
    }

    #[test]
    fn accepts_straight_and_curly_quotes() {
        assert_eq!(run_text(&ExplainedTermQuoted, PERDA), "");
        let curly = PERDA.replace("\"pelindungan\"", "\u{201c}pelindungan\u{201d}");
        assert_eq!(run_text(&ExplainedTermQuoted, &curly), "");
        assert_eq!(run(&ExplainedTermQuoted, &uu_18_2017()), "");
    }
}
