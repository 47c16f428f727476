//! ## What it checks
//! The cumulative-alternative conjunction written `dan atau` (without the slash) in the
//! batang tubuh or the konsiderans.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II (Bab III, and its tabulation rules) writes the conjunction that
//! is both cumulative and alternative as `dan/atau`. `dan atau` reads as two separate
//! words and leaves unclear whether the elements apply together, alone, or both. The exact
//! angka is from a secondary restatement (Basis S).
//!
//! ## Example
//! ```text
//! Pasal 15
//! Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 12 dikenai
//! sanksi administratif dan atau pidana.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 15
//! Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 12 dikenai
//! sanksi administratif dan/atau pidana.
//! ```

use super::super::prelude::*;
use super::{body_units, locate, texts};

/// RUM-007 `dan-atau-with-slash`.
pub struct DanAtauWithSlash;

static META: RuleMeta = RuleMeta {
    code: "RUM-007",
    name: "dan-atau-with-slash",
    group: Group::Wording,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Tulis `dan/atau`, bukan `dan atau`",
        en: "Write `dan/atau`, not `dan atau`",
    },
    source: "UU 12/2011 Lampiran II Bab III dan ketentuan tabulasi",
    file: include_str!("rum_007.rs"),
};

static DAN_ATAU: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bdan atau\b"));

impl Rule for DanAtauWithSlash {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let considerations = doc.act.preamble.considerations.iter().flat_map(Node::walk);
        let body = body_units(doc);
        let nodes = considerations.chain(body.iter().map(|u| u.node));
        for node in nodes {
            for hay in texts(node) {
                for m in DAN_ATAU.find_iter(hay) {
                    let Some((line, at)) = locate(doc, node, hay, m.start(), m.end()) else {
                        continue;
                    };
                    sink.at_offset(
                        line,
                        at,
                        format!("kata penghubung ditulis `{}`", m.as_str()),
                        format!("the conjunction is written `{}`", m.as_str()),
                    )
                    .help("tulis `dan/atau`", "write `dan/atau`");
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
    fn flags_dan_atau_without_slash() {
        let bad = "Pasal 15\n(1) Setiap Orang dikenai sanksi administratif dan atau\npidana.\n(2) Pelatihan dan/atau pendidikan dan atau sertifikasi.\n";
        insta::assert_snapshot!(run_text(&DanAtauWithSlash, &perda(bad)));
    }

    #[test]
    fn accepts_dan_slash_atau_and_separate_clauses() {
        let good = "Pasal 15\nSetiap Orang dikenai sanksi administratif dan/atau pidana; dan atasan wajib melapor dan ataupun menegur.\n";
        assert_eq!(run_text(&DanAtauWithSlash, &perda(good)), "");
    }
}
