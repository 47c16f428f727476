//! ## What it checks
//! That `II. PASAL DEMI PASAL` explains every Pasal of the body, in order, each under its own
//! heading: Pasal of the body missing from the Penjelasan, Pasal explained that the body does
//! not have, Pasal out of order, and merged headings (`Pasal 2 sampai dengan Pasal 10`,
//! `Pasal 4 dan Pasal 5`). Only a complete body is compared; amending regulations, whose
//! Penjelasan follows the Roman Pasal I and II, are skipped.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (penjelasan): every Pasal is listed in the Penjelasan, those that
//! need no explanation with `Cukup jelas.`; merging them hides which Pasal is explained and
//! breaks the one-to-one reading of body and Penjelasan. A Penjelasan that skips or adds a
//! Pasal usually belongs to an earlier version of the draft. Read in a restatement of
//! Lampiran II (DPR, W2 p.285); the angka is not verified, so the rule reports warnings.
//!
//! ## Example
//! ```text
//! II. PASAL DEMI PASAL
//! Pasal 1
//! Cukup jelas.
//! Pasal 2 sampai dengan Pasal 10
//! Cukup jelas.
//! ```
//!
//! ## Instead
//! ```text
//! II. PASAL DEMI PASAL
//! Pasal 1
//! Cukup jelas.
//! Pasal 2
//! Cukup jelas.
//! ...
//! Pasal 10
//! Cukup jelas.
//! ```

use std::collections::HashSet;

use perda_law::structure::article_key;

use super::super::prelude::*;
use super::{PASAL_DEMI_PASAL, article_part};

/// PJL-003 `elucidation-covers-every-pasal`.
pub struct ElucidationCoversEveryPasal;

static META: RuleMeta = RuleMeta {
    code: "PJL-003",
    name: "elucidation-covers-every-pasal",
    group: Group::Elucidation,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Penjelasan Pasal demi Pasal memuat setiap Pasal batang tubuh secara berurutan, satu judul untuk setiap Pasal",
        en: "The Pasal demi Pasal part lists every Pasal of the body, in order, one heading each",
    },
    source: "Lampiran II UU 12/2011, penjelasan",
    file: include_str!("pjl_003.rs"),
};

static MERGED: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^Pasal (\d+)[A-Z]? (sampai dengan|s\.\s?d\.?|s/d|dan|-) Pasal (\d+)[A-Z]?")
});

impl Rule for ElucidationCoversEveryPasal {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let Some(eluc) = doc.act.elucidation.as_ref() else {
            return;
        };
        let part = article_part(doc);
        let mut merged: HashSet<u32> = HashSet::new();
        for line in part {
            let Some(c) = MERGED.captures(line.text.trim()) else {
                continue;
            };
            let (Some(a), Some(how), Some(b)) = (
                c.get(1).and_then(|m| m.as_str().parse::<u32>().ok()),
                c.get(2),
                c.get(3).and_then(|m| m.as_str().parse::<u32>().ok()),
            ) else {
                continue;
            };
            if how.as_str() == "dan" {
                merged.extend([a, b]);
            } else {
                merged.extend(a.min(b)..=a.max(b).min(a.min(b).saturating_add(500)));
            }
            sink.at(
                line,
                format!("beberapa Pasal dijelaskan di bawah satu judul: `{}`", line.text.trim()),
                format!("several Pasal are explained under one heading: `{}`", line.text.trim()),
            )
            .help(
                "tulis setiap Pasal dengan judulnya sendiri, masing-masing diikuti penjelasannya atau \"Cukup jelas.\"",
                "give every Pasal its own heading, each followed by its explanation or \"Cukup jelas.\"",
            );
        }
        if doc.info.amending || !doc.body_complete() || eluc.articles.is_empty() {
            return;
        }
        let body: Vec<&str> = doc.articles().map(|a| a.number.as_str()).collect();
        let explained: Vec<&str> = eluc.articles.iter().map(|a| a.number.as_str()).collect();
        let missing: Vec<&str> = body
            .iter()
            .copied()
            .filter(|n| !explained.contains(n))
            .filter(|n| !merged.contains(&article_key(n).0) || n.chars().any(char::is_alphabetic))
            .collect();
        let anchor = doc
            .segment(Segment::Elucidation)
            .iter()
            .find(|l| PASAL_DEMI_PASAL.is_match(l.text.trim()))
            .or_else(|| doc.segment(Segment::Elucidation).first());
        if let (false, Some(line)) = (missing.is_empty(), anchor) {
            let list = missing
                .iter()
                .map(|n| format!("Pasal {n}"))
                .collect::<Vec<_>>()
                .join(", ");
            sink.at(
                line,
                format!("Penjelasan Pasal demi Pasal tidak memuat {list}"),
                format!("the Pasal demi Pasal part does not list {list}"),
            )
            .help(
                "cantumkan setiap Pasal batang tubuh, dengan \"Cukup jelas.\" bila tidak perlu dijelaskan",
                "list every Pasal of the body, with \"Cukup jelas.\" where no explanation is needed",
            );
        }
        for a in &eluc.articles {
            if body.contains(&a.number.as_str()) {
                continue;
            }
            if let Some(line) = doc.line(a.span.line) {
                sink.at(
                    line,
                    format!(
                        "Penjelasan menjelaskan Pasal {}, yang tidak ada dalam batang tubuh",
                        a.number
                    ),
                    format!(
                        "the Penjelasan explains Pasal {}, which the body does not have",
                        a.number
                    ),
                )
                .help(
                    "sesuaikan nomor Pasal Penjelasan dengan batang tubuh",
                    "make the Penjelasan's Pasal numbers match the body",
                );
            }
        }
        let keys: Vec<(u32, String)> = eluc
            .articles
            .iter()
            .map(|a| article_key(&a.number))
            .collect();
        if let Some(i) = keys.windows(2).position(|w| matches!(w, [x, y] if y < x))
            && let Some(a) = eluc.articles.get(i + 1)
            && let Some(line) = doc.line(a.span.line)
        {
            sink.at(
                line,
                format!("Pasal {} dijelaskan tidak berurutan", a.number),
                format!("Pasal {} is explained out of order", a.number),
            )
            .help(
                "susun Penjelasan Pasal demi Pasal menurut urutan Pasal batang tubuh",
                "order the Pasal demi Pasal part as the body is ordered",
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
    fn flags_missing_extra_and_merged_pasal() {
        let missing = PERDA.replace(
            "Pasal 3\nCukup jelas.\nTAMBAHAN",
            "Pasal 4\nCukup jelas.\nTAMBAHAN",
        );
        insta::assert_snapshot!(
            "missing_extra",
            run_text(&ElucidationCoversEveryPasal, &missing)
        );
        let merged = PERDA.replace(
            "Pasal 2\nAyat (1)\nYang dimaksud dengan \"pelindungan\" meliputi pelindungan hukum, sosial, dan ekonomi.\nAyat (2)\nCukup jelas.\nPasal 3\nCukup jelas.\n",
            "Pasal 2 sampai dengan Pasal 3\nCukup jelas.\n",
        );
        insta::assert_snapshot!("merged", run_text(&ElucidationCoversEveryPasal, &merged));
    }

    #[test]
    fn accepts_a_full_penjelasan() {
        assert_eq!(run_text(&ElucidationCoversEveryPasal, PERDA), "");
    }
}
