//! ## What it checks
//! The two parts of a Penjelasan, in order: `I. UMUM` and then `II. PASAL DEMI PASAL` (Roman
//! numerals, capitals). Reported: a part written in another form (`A. Penjelasan Umum`,
//! `B. Penjelasan Pasal Demi Pasal`), a part missing, or the parts in the wrong order.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (penjelasan) divides every Penjelasan into a general explanation
//! and an explanation of each Pasal, under these two headings; readers and the regional
//! gazette editors look for them. Read in a restatement of Lampiran II (DPR, W2 p.284); the
//! angka is not verified, so the rule reports warnings.
//!
//! ## Example
//! ```text
//! A. Penjelasan Umum
//! ...
//! B. Penjelasan Pasal Demi Pasal
//! ```
//!
//! ## Instead
//! ```text
//! I. UMUM
//! ...
//! II. PASAL DEMI PASAL
//! ```

use super::super::prelude::*;
use super::{PASAL_DEMI_PASAL, UMUM};

/// PJL-002 `elucidation-parts`.
pub struct ElucidationParts;

static META: RuleMeta = RuleMeta {
    code: "PJL-002",
    name: "elucidation-parts",
    group: Group::Elucidation,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Penjelasan terdiri atas \"I. UMUM\" dan \"II. PASAL DEMI PASAL\", berurutan",
        en: "A Penjelasan has \"I. UMUM\" and then \"II. PASAL DEMI PASAL\"",
    },
    source: "Lampiran II UU 12/2011, penjelasan",
    file: include_str!("pjl_002.rs"),
};

static UMUM_LIKE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:[A-Z]|[IVX]+|\d+)?[.)]?\s*(?:penjelasan\s+)?umum\.?$"));

static PASAL_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(?:[A-Z]|[IVX]+|\d+)?[.)]?\s*(?:penjelasan\s+)?pasal\s+demi\s+pasal\.?$")
});

impl Rule for ElucidationParts {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let lines = doc.segment(Segment::Elucidation);
        let Some(first) = lines.first() else {
            return;
        };
        let find = |exact: &Regex, like: &Regex| {
            lines
                .iter()
                .position(|l| exact.is_match(l.text.trim()))
                .map(|i| (i, true))
                .or_else(|| {
                    lines
                        .iter()
                        .position(|l| like.is_match(l.text.trim()))
                        .map(|i| (i, false))
                })
        };
        let umum = find(&UMUM, &UMUM_LIKE);
        let pasal = find(&PASAL_DEMI_PASAL, &PASAL_LIKE);
        for (part, expected) in [(umum, "I. UMUM"), (pasal, "II. PASAL DEMI PASAL")] {
            match part {
                Some((i, false)) => {
                    if let Some(line) = lines.get(i) {
                        sink.at(
                            line,
                            format!("judul bagian Penjelasan tidak baku: `{}`", line.text.trim()),
                            format!(
                                "the Penjelasan part heading is not in the standard form: `{}`",
                                line.text.trim()
                            ),
                        )
                        .help(
                            format!("tulis: \"{expected}\""),
                            format!("write: \"{expected}\""),
                        );
                    }
                }
                None => {
                    sink.at(
                        first,
                        format!("Penjelasan tidak memuat bagian \"{expected}\""),
                        format!("the Penjelasan has no \"{expected}\" part"),
                    )
                    .help(
                        "Penjelasan terdiri atas \"I. UMUM\" dan \"II. PASAL DEMI PASAL\"",
                        "a Penjelasan has \"I. UMUM\" and \"II. PASAL DEMI PASAL\"",
                    );
                }
                Some((_, true)) => {}
            }
        }
        if let (Some((u, _)), Some((p, _))) = (umum, pasal)
            && p < u
            && let Some(line) = lines.get(p)
        {
            sink.at(
                line,
                "bagian \"II. PASAL DEMI PASAL\" mendahului \"I. UMUM\"",
                "\"II. PASAL DEMI PASAL\" comes before \"I. UMUM\"",
            )
            .help(
                "tempatkan \"I. UMUM\" lebih dahulu",
                "put \"I. UMUM\" first",
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
    fn flags_other_part_headings() {
        let bad = PERDA
            .replace("I. UMUM\n", "A. Penjelasan Umum\n")
            .replace("II. PASAL DEMI PASAL\n", "B. Penjelasan Pasal Demi Pasal\n");
        insta::assert_snapshot!(run_text(&ElucidationParts, &bad));
    }

    #[test]
    fn accepts_the_two_parts() {
        assert_eq!(run_text(&ElucidationParts, PERDA), "");
    }
}
