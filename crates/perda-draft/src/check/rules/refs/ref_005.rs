//! ## What it checks
//! Three or more consecutive Pasal, ayat, huruf or angka cited one by one in the batang
//! tubuh — `Pasal 5, Pasal 6, dan Pasal 7`, `huruf a, huruf b, huruf c, dan huruf d` —
//! instead of with `sampai dengan`. Only bare references of the same kind listed together
//! count (not `Pasal 5 ayat (1), Pasal 6 ayat (1), ...`). The konsiderans is not checked:
//! its model formula lists `huruf a, huruf b, dan huruf c`.
//! Nothing is reported on a line where the parser repaired OCR damage.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II, teknik pengacuan: more than two consecutive Pasal, ayat or
//! huruf are referred to with `sampai dengan` (and exceptions with `kecuali`), which is
//! shorter and cannot silently drop one in the middle. The angka is from a secondary
//! restatement (Basis S), so the rule warns.
//!
//! ## Example
//! ```text
//! Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 7, Pasal 8,
//! Pasal 9, dan Pasal 10 dikenai sanksi administratif.
//! ```
//!
//! ## Instead
//! ```text
//! Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 7 sampai dengan
//! Pasal 10 dikenai sanksi administratif.
//! ```

use super::super::prelude::*;
use super::super::rum::report_clean;
use super::super::rum::{body_units, locate, texts};

/// REF-005 `sampai-dengan`.
pub struct SampaiDengan;

static META: RuleMeta = RuleMeta {
    code: "REF-005",
    name: "sampai-dengan",
    group: Group::References,
    family: Family::References,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Lebih dari dua Pasal, ayat, atau huruf yang berurutan diacu dengan `sampai dengan`",
        en: "More than two consecutive Pasal, ayat or huruf are cited with `sampai dengan`",
    },
    source: "UU 12/2011 Lampiran II, teknik pengacuan",
    file: include_str!("ref_005.rs"),
};

static ELEMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:(Pasal) (\d+)([A-Z])?|(ayat) \((\d+)\)|(huruf) ([a-z]{1,2})|(angka) (\d+))\b")
});

const SEPARATORS: &[&str] = &[
    ", ",
    " dan ",
    ", dan ",
    " atau ",
    ", atau ",
    " dan/atau ",
    ", dan/atau ",
];

/// One reference of a list: its kind, value and byte range.
struct Element {
    kind: &'static str,
    value: u32,
    shown: String,
    start: usize,
    end: usize,
    suffixed: bool,
}

fn elements(hay: &str) -> Vec<Element> {
    let mut out = Vec::new();
    for c in ELEMENT.captures_iter(hay) {
        let Some(all) = c.get(0) else { continue };
        let (kind, value) = if c.get(1).is_some() {
            ("Pasal", c.get(2).and_then(|v| v.as_str().parse().ok()))
        } else if c.get(4).is_some() {
            ("ayat", c.get(5).and_then(|v| v.as_str().parse().ok()))
        } else if c.get(6).is_some() {
            let v = c.get(7).map(|v| v.as_str()).unwrap_or("");
            let mut cs = v.chars();
            let value = match (cs.next(), cs.next()) {
                (Some(x), None) => Some(u32::from(x)),
                (Some(x), Some(y)) if x == y => Some(u32::from(x) + 26),
                _ => None,
            };
            ("huruf", value)
        } else {
            ("angka", c.get(9).and_then(|v| v.as_str().parse().ok()))
        };
        let Some(value) = value else { continue };
        out.push(Element {
            kind,
            value,
            shown: all.as_str().to_string(),
            start: all.start(),
            end: all.end(),
            suffixed: c.get(3).is_some(),
        });
    }
    out
}

/// Whether a reference is qualified by a lower unit right after it (`Pasal 5 ayat (1)`).
fn qualified(hay: &str, e: &Element) -> bool {
    let after = hay.get(e.end..).unwrap_or("");
    match e.kind {
        "Pasal" => {
            after.starts_with(" ayat (")
                || after.starts_with(" huruf ")
                || after.starts_with(" angka ")
        }
        "ayat" => after.starts_with(" huruf ") || after.starts_with(" angka "),
        "huruf" => after.starts_with(" angka "),
        _ => false,
    }
}

impl Rule for SampaiDengan {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let mut local = Sink::default();
        check_all(doc, &mut local);
        report_clean(doc, local, sink);
    }
}

/// The checks, before findings on OCR-damaged lines are dropped.
fn check_all(doc: &Document, sink: &mut Sink) {
    for u in body_units(doc) {
        for hay in texts(u.node) {
            let els = elements(hay);
            let mut lists: Vec<Vec<&Element>> = Vec::new();
            for e in &els {
                let joins = lists.last().and_then(|l| l.last()).is_some_and(|p| {
                    p.kind == e.kind
                        && hay
                            .get(p.end..e.start)
                            .is_some_and(|gap| SEPARATORS.contains(&gap))
                });
                match lists.last_mut() {
                    Some(l) if joins => l.push(e),
                    _ => lists.push(vec![e]),
                }
            }
            for list in lists {
                if list.len() < 3 || list.iter().any(|e| qualified(hay, e) || e.suffixed) {
                    continue;
                }
                // The first run of three or more consecutive values.
                let mut run: Vec<&Element> = Vec::new();
                let mut best: Option<Vec<&Element>> = None;
                for e in &list {
                    if run.last().is_some_and(|p| p.value + 1 == e.value) {
                        run.push(e);
                    } else {
                        if run.len() >= 3 && best.is_none() {
                            best = Some(run.clone());
                        }
                        run = vec![e];
                    }
                }
                if run.len() >= 3 && best.is_none() {
                    best = Some(run);
                }
                let Some(run) = best else { continue };
                let (Some(first), Some(last)) = (run.first(), run.last()) else {
                    continue;
                };
                let Some((line, at)) = locate(doc, u.node, hay, first.start, last.end) else {
                    continue;
                };
                let written = hay.get(first.start..last.end).unwrap_or("");
                sink.at_offset(
                    line,
                    at,
                    format!(
                        "{} {} yang berurutan diacu satu per satu: `{written}`",
                        run.len(),
                        first.kind
                    ),
                    format!(
                        "{} consecutive {} are cited one by one: `{written}`",
                        run.len(),
                        first.kind
                    ),
                )
                .help(
                    format!("tulis `{} sampai dengan {}`", first.shown, last.shown),
                    format!("write `{} sampai dengan {}`", first.shown, last.shown),
                );
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
    fn flags_consecutive_references_listed_one_by_one() {
        let bad = "Pasal 20\n(1) Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 7, Pasal 8, Pasal 9, dan Pasal 10 dikenai sanksi.\n(2) Sanksi sebagaimana dimaksud pada ayat (1) huruf a, huruf b, dan huruf c dijatuhkan oleh Bupati.\n";
        insta::assert_snapshot!(run_text(&SampaiDengan, &perda(bad)));
    }

    #[test]
    fn accepts_two_references_gaps_and_qualified_ones() {
        let good = "Pasal 20\n(1) Setiap Orang yang melanggar Pasal 7 dan Pasal 8, Pasal 10, Pasal 12, dan Pasal 14, atau Pasal 5 ayat (1), Pasal 6 ayat (1), dan Pasal 7 ayat (1) dikenai sanksi.\n(2) Sanksi sebagaimana dimaksud dalam Pasal 7 sampai dengan Pasal 10 dijatuhkan.\n";
        assert_eq!(run_text(&SampaiDengan, &perda(good)), "");
    }
}
