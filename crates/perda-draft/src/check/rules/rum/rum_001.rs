//! ## What it checks
//! The levels and numbering of tabulations in the batang tubuh. Rincian of a Pasal or ayat
//! are marked, level by level, `a.`, then `1.`, then `a)`, then `1)`; there are at most
//! four levels; each list is numbered in sequence from `a`/`1`, without gaps or repeats.
//! It reports a list marked with the wrong style for its level (`1.` directly under an
//! ayat, `i.`/`ii.`), a fifth level, a gap or repeat in a list, and rincian marked with
//! bullets (`•`, `-`) in text copies. The definitions of the Ketentuan Umum (numbered
//! `1.`, `2.` by their own rule, KU-003) are not checked here.
//! On a copy that came through OCR (the parser had to repair misread marks, digits,
//! markers or units run together at least 8 times) the rule stays silent: a lost `(2)` or
//! a `;` read as `:` there is the scan's fault, not the regulation's.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II, the rules on tabulation (Lampiran hlm. 29), fix the markers of
//! each level so that a rincian can be cited unambiguously (`Pasal 8 ayat (3) huruf b
//! angka 2`). A bullet or a Roman numeral cannot be cited, and a gap in the numbering makes
//! a citation point at the wrong rincian.
//!
//! ## Example
//! ```text
//! (3) Pelindungan teknis meliputi:
//!     1. sosialisasi;
//!     2. pelatihan; dan
//!     4. pembinaan.
//! ```
//!
//! ## Instead
//! ```text
//! (3) Pelindungan teknis meliputi:
//!     a. sosialisasi;
//!     b. pelatihan; dan
//!     c. pembinaan.
//! ```

use super::super::prelude::*;
use super::{
    body_units, definitions_article, guessed_marker, lists, node_line, noisy_node, report_clean,
};

/// RUM-001 `tabulation-levels`.
pub struct TabulationLevels;

static META: RuleMeta = RuleMeta {
    code: "RUM-001",
    name: "tabulation-levels",
    group: Group::Wording,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Rincian bertingkat ditandai `a.`, `1.`, `a)`, `1)` berurutan, paling banyak empat tingkat",
        en: "Tabulation levels are marked `a.`, `1.`, `a)`, `1)` in sequence, at most four levels",
    },
    source: "UU 12/2011 Lampiran II, ketentuan tabulasi (Lampiran hlm. 29)",
    file: include_str!("rum_001.rs"),
};

/// The marker style of each level: (kind, closed by a parenthesis), and how it looks.
const LEVELS: [(NodeKind, bool, &str); 4] = [
    (NodeKind::Point, false, "a."),
    (NodeKind::Item, false, "1."),
    (NodeKind::Point, true, "a)"),
    (NodeKind::Item, true, "1)"),
];

static BULLET: LazyLock<Regex> = LazyLock::new(|| re(r"^([•●▪◦·]|-|\*)\s+\p{L}"));

impl Rule for TabulationLevels {
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
    if super::ocr_copy(doc) {
        return;
    }
    let defs = definitions_article(doc);
    for u in body_units(doc) {
        if !matches!(u.node.kind, NodeKind::Article | NodeKind::Clause) {
            continue;
        }
        if u.article.zip(defs).is_some_and(|(a, d)| std::ptr::eq(a, d)) {
            continue;
        }
        levels(doc, u.node, 1, sink);
    }
    for line in super::body_lines(doc) {
        if let Some(m) = BULLET.find(&line.text) {
            let mark = line
                .text
                .get(..m.end())
                .unwrap_or("")
                .chars()
                .next()
                .unwrap_or('-');
            sink.at(
                line,
                format!("rincian ditandai dengan `{mark}`"),
                format!("a rincian is marked with `{mark}`"),
            )
            .help(
                "tandai rincian dengan `a.`, `b.`, ...; sub-rincian dengan `1.`, `2.`, ...",
                "mark rincian with `a.`, `b.`, ...; sub-rincian with `1.`, `2.`, ...",
            );
        }
    }
}

/// The number after `prev` in a list of letters (`z` → `aa`) or numbers.
fn next_number(prev: &str, letters: bool) -> Option<String> {
    if letters {
        let mut cs = prev.chars();
        let c = cs.next()?;
        let doubled = cs.next().is_some();
        if c == 'z' && !doubled {
            return Some("aa".into());
        }
        let n = char::from_u32(u32::from(c) + 1).filter(char::is_ascii_lowercase)?;
        Some(if doubled {
            format!("{n}{n}")
        } else {
            n.to_string()
        })
    } else {
        prev.parse::<u32>().ok().map(|v| (v + 1).to_string())
    }
}

fn levels(doc: &Document, node: &Node, depth: usize, sink: &mut Sink) {
    for list in lists(node) {
        if list.iter().any(|n| noisy_node(doc, n)) {
            continue;
        }
        let Some(first) = list.first() else { continue };
        let Some(line) = node_line(doc, first) else {
            continue;
        };
        let at = line.text.find(first.marker.as_str()).unwrap_or(0);
        let paren = first.marker.ends_with(')');
        let Some(&(kind, want_paren, want)) = LEVELS.get(depth - 1) else {
            sink.at_offset(
                line,
                at,
                format!("rincian `{}` berada pada tingkat kelima", first.marker),
                format!("rincian `{}` is on a fifth level", first.marker),
            )
            .help(
                "tabulasi paling banyak empat tingkat (`a.`, `1.`, `a)`, `1)`); pecah rincian ini ke dalam Pasal atau ayat tersendiri",
                "a tabulation has at most four levels (`a.`, `1.`, `a)`, `1)`); move these rincian to a Pasal or ayat of their own",
            );
            continue;
        };
        let roman = list.iter().any(|n| n.number == "ii") && first.number == "i";
        if roman {
            sink.at_offset(
                line,
                at,
                format!("rincian ditandai dengan angka Romawi (`{}`)", first.marker),
                format!(
                    "rincian are marked with Roman numerals (`{}`)",
                    first.marker
                ),
            )
            .help(
                format!("tandai rincian tingkat ini dengan `{want}`"),
                format!("mark the rincian of this level `{want}`"),
            );
            continue;
        }
        if (first.kind, paren) != (kind, want_paren) {
            if !guessed_marker(doc, first.span.line) {
                sink.at_offset(
                    line,
                    at,
                    format!(
                        "rincian tingkat {depth} ditandai `{}`, seharusnya `{want}`",
                        first.marker
                    ),
                    format!(
                        "rincian of level {depth} are marked `{}`, should be `{want}`",
                        first.marker
                    ),
                )
                .help(
                    "urutan penanda rincian: `a.`, lalu `1.`, lalu `a)`, lalu `1)`",
                    "the order of markers is `a.`, then `1.`, then `a)`, then `1)`",
                );
            }
        } else {
            sequence(doc, &list, sink);
        }
        for item in &list {
            levels(doc, item, depth + 1, sink);
        }
    }
}

fn sequence(doc: &Document, list: &[&Node], sink: &mut Sink) {
    let letters = list.first().is_some_and(|n| n.kind == NodeKind::Point);
    let mut expected = Some(if letters {
        "a".to_string()
    } else {
        "1".to_string()
    });
    for item in list {
        if expected.as_deref() != Some(item.number.as_str()) {
            if guessed_marker(doc, item.span.line) {
                return;
            }
            let Some(line) = node_line(doc, item) else {
                return;
            };
            let at = line.text.find(item.marker.as_str()).unwrap_or(0);
            let want = expected.unwrap_or_default();
            let suffix = if item.marker.ends_with(')') { ")" } else { "." };
            sink.at_offset(
                line,
                at,
                format!(
                    "urutan rincian tidak berurutan: `{}` padahal seharusnya `{want}{suffix}`",
                    item.marker
                ),
                format!(
                    "rincian out of sequence: `{}` where `{want}{suffix}` is expected",
                    item.marker
                ),
            )
            .help(
                "nomori rincian berurutan tanpa loncatan atau pengulangan",
                "number the rincian in sequence, without gaps or repeats",
            );
            return;
        }
        expected = next_number(&item.number, letters);
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "Pasal 8\n(1) Pelindungan teknis meliputi:\n1. sosialisasi;\n2. pelatihan; dan\n3. pembinaan.\n(2) Pelindungan hukum meliputi:\na. advokasi;\nb. pendampingan;\nd. bantuan hukum.\n(3) Pelindungan sosial meliputi:\na. rehabilitasi, yang terdiri atas:\n1. konseling, berupa:\na) konseling individu, melalui:\n1) tatap muka; dan\n2) daring; dan\nb) konseling kelompok; dan\n2. pendampingan; dan\nb. reintegrasi.\n(4) Pelindungan ekonomi meliputi:\ni. pelatihan;\nii. pendampingan.\n";

    #[test]
    fn flags_wrong_levels_and_gaps() {
        insta::assert_snapshot!(run_text(&TabulationLevels, &perda(BAD)));
    }

    #[test]
    fn flags_bullets_in_text() {
        let bad = "Pasal 8\nPelindungan meliputi:\n- sosialisasi;\n- pelatihan.\n";
        insta::assert_snapshot!(run_text(&TabulationLevels, &perda(bad)));
    }

    #[test]
    fn accepts_four_levels_in_order_and_definitions() {
        let good = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Bupati adalah Bupati Jember.\nPasal 8\n(1) Pelindungan sosial meliputi:\na. rehabilitasi, yang terdiri atas:\n1. konseling, berupa:\na) konseling individu, melalui:\n1) tatap muka; dan\n2) daring; dan\nb) konseling kelompok; dan\n2. pendampingan; dan\nb. reintegrasi.\n(2) Bupati memberikan pelatihan.\n";
        assert_eq!(run_text(&TabulationLevels, &perda(good)), "");
        assert_eq!(next_number("z", true).as_deref(), Some("aa"));
        assert_eq!(next_number("aa", true).as_deref(), Some("bb"));
        assert_eq!(next_number("9", false).as_deref(), Some("10"));
    }
}
