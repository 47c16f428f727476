//! Rules of group `KON`: the considerations (konsiderans, `Menimbang`).

use crate::check::rules::doc::{cut_after, gap_within};
use crate::check::rules::prelude::*;

pub mod kon_001;
pub mod kon_002;
pub mod kon_003;
pub mod kon_004;
pub mod kon_005;
pub mod kon_006;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &kon_001::MenimbangOpens,
    &kon_002::KonsideransItemForm,
    &kon_003::ClosingKonsiderans,
    &kon_004::UnsurOrder,
    &kon_005::NotMerelyNecessary,
    &kon_006::DelegationInMengingat,
];

/// The konsiderans as the parser read them, and whether the list is whole: no gap mark
/// inside it and none right after its last item.
pub(in crate::check::rules) fn considerations(doc: &Document) -> (&[Node], bool) {
    let items = doc.act.preamble.considerations.as_slice();
    let whole = match (items.first(), items.last()) {
        (Some(first), Some(last)) => {
            !gap_within(doc, first.span.line, last.span.end_line)
                && !cut_after(doc, last.span.end_line)
        }
        _ => false,
    };
    (items, whole)
}

/// The whole text of a node and its children, with single spaces.
pub(in crate::check::rules) fn full_text(node: &Node) -> String {
    node.walk()
        .map(|n| n.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the konsiderans is the closing formula (`bahwa berdasarkan pertimbangan ...`).
pub(in crate::check::rules) fn is_closing_formula(text: &str) -> bool {
    static CLOSING: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)^bahwa\s+berdasarkan\s+pertimbangan\b"));
    CLOSING.is_match(text.trim())
}
