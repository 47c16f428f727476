//! Rules of group `BT`: structure and numbering of the batang tubuh (BAB, Bagian,
//! Paragraf, Pasal, ayat).

use perda_law::structure::{Node, NodeKind};

use crate::check::document::{Document, Line};
use crate::check::rule::Rule;

pub mod bt_001;
pub mod bt_002;
pub mod bt_003;
pub mod bt_004;
pub mod bt_005;
pub mod bt_006;
pub mod bt_007;
pub mod bt_008;
pub mod bt_009;
pub mod bt_010;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &bt_001::GroupOrder,
    &bt_002::BabNumbering,
    &bt_003::BagianNumbering,
    &bt_004::ParagrafNumbering,
    &bt_005::PasalNumbering,
    &bt_006::AyatNumbering,
    &bt_007::AyatCount,
    &bt_008::OneNormPerAyat,
    &bt_009::SanctionsNotMixed,
    &bt_010::LainLainWithoutSanctions,
];

/// A heading compared as drafters mean it: upper case, single spaces, no final stop.
pub(crate) fn heading_key(h: &str) -> String {
    h.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', ':'])
        .to_uppercase()
}

/// The heading of a BAB, normalised (`""` when it has none).
pub(crate) fn chapter_key(ch: &Node) -> String {
    ch.heading.as_deref().map(heading_key).unwrap_or_default()
}

/// Whether the copy marks text as missing (`[… gap …]`) between two lines: numbering
/// that skips there says nothing about the regulation.
pub(crate) fn gap_between(doc: &Document, from: u32, to: u32) -> bool {
    doc.act
        .gaps
        .iter()
        .any(|g| g.line >= from.min(to) && g.line <= from.max(to))
}

/// The line a node starts on, and the byte offset of `needle` in it (0 when absent).
pub(crate) fn at<'d>(doc: &'d Document, node: &Node, needle: &str) -> Option<(&'d Line, usize)> {
    let line = doc.line(node.span.line)?;
    Some((line, line.text.find(needle).unwrap_or(0)))
}

/// Every structural node of the body with its parent (`None` at the top).
pub(crate) fn with_parents(doc: &Document) -> Vec<(Option<&Node>, &Node)> {
    fn go<'a>(parent: Option<&'a Node>, n: &'a Node, out: &mut Vec<(Option<&'a Node>, &'a Node)>) {
        out.push((parent, n));
        if n.kind < NodeKind::Clause {
            for c in &n.children {
                go(Some(n), c, out);
            }
        }
    }
    let mut out = Vec::new();
    for n in &doc.act.body {
        go(None, n, &mut out);
    }
    out
}

/// The lines of the body segment that are a unit heading of their own, for headings the
/// parser could not read as one (`BAB 3`, `Bagian 1`, `Paragraf Kesatu`, a Pasal number
/// that goes back).
pub(crate) fn lone_heading_lines<'d>(
    doc: &'d Document,
    re: &regex::Regex,
) -> impl Iterator<Item = (&'d Line, regex::Captures<'d>)> {
    crate::check::rules::rum::body_lines(doc)
        .iter()
        .filter_map(move |l| re.captures(&l.text).map(|c| (l, c)))
}

#[cfg(test)]
pub(crate) use crate::check::rules::rum::perda;
