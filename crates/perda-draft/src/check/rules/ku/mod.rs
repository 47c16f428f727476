//! Rules of group `KU`: the Ketentuan Umum (general provisions and definitions).

use perda_law::structure::{Node, NodeKind};

use crate::check::document::Document;
use crate::check::rule::Rule;
use crate::check::rules::rum::{Ctx, body_units, definitions_article};

pub mod ku_001;
pub mod ku_002;
pub mod ku_003;
pub mod ku_004;
pub mod ku_005;
pub mod ku_006;
pub mod ku_007;
pub mod ku_008;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &ku_001::KetentuanUmumFirst,
    &ku_002::DefinitionsOpeningFormula,
    &ku_003::DefinitionForm,
    &ku_004::ShortFormIntroduction,
    &ku_005::DefinedTermUsed,
    &ku_006::DefinedTermCapitalised,
    &ku_007::DefinitionOrder,
    &ku_008::DefinitionMatchesStatute,
];

/// The definitions (angka, or lettered points) of the Ketentuan Umum's first Pasal.
pub(crate) fn definition_items(doc: &Document) -> Vec<&Node> {
    definitions_article(doc)
        .map(|a| {
            a.children
                .iter()
                .filter(|c| matches!(c.kind, NodeKind::Item | NodeKind::Point))
                .collect()
        })
        .unwrap_or_default()
}

/// The units of the body after the definitions (every Pasal after Pasal 1, when Pasal 1
/// defines; the whole body otherwise).
pub(crate) fn units_after_definitions(doc: &Document) -> Vec<Ctx<'_>> {
    let defs = definitions_article(doc);
    body_units(doc)
        .into_iter()
        .filter(|u| defs.is_none_or(|d| u.article.is_some_and(|a| !std::ptr::eq(a, d))))
        .collect()
}

/// Byte offsets of `needle` in `hay` as a whole word or phrase (not inside a longer word),
/// comparing case-insensitively when `fold` is set.
pub(crate) fn word_positions(hay: &str, needle: &str, fold: bool) -> Vec<usize> {
    if needle.is_empty() {
        return Vec::new();
    }
    if fold && !needle.is_ascii() {
        return word_positions_folded(hay, needle);
    }
    // Byte-wise, without copying the text: an ASCII needle can only match ASCII bytes, so
    // ASCII case folding is exact here.
    let (hb, nb) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = nb.first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let last = hb.len().saturating_sub(nb.len());
    let (lo, up) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let mut from = 0;
    while from <= last {
        // Jump to the next byte that can start the needle (SIMD search).
        let Some(rest) = hb.get(from..=last) else {
            break;
        };
        let found = if fold {
            memchr::memchr2(lo, up, rest)
        } else {
            memchr::memchr(first, rest)
        };
        let Some(off) = found else { break };
        let i = from + off;
        from = i + 1;
        let Some(slice) = hb.get(i..i + nb.len()) else {
            break;
        };
        let same = if fold {
            slice.eq_ignore_ascii_case(nb)
        } else {
            slice == nb
        };
        if same && is_word_at(hay, i, nb.len()) {
            out.push(i);
        }
    }
    out
}

/// Whether `hay[i..i + len]` stands as a whole word (no letter, digit or hyphen around).
fn is_word_at(hay: &str, i: usize, len: usize) -> bool {
    let (Some(before), Some(after)) = (hay.get(..i), hay.get(i + len..)) else {
        return false;
    };
    let before = before.chars().next_back();
    let after = after.chars().next();
    before.is_none_or(|c| !c.is_alphanumeric() && c != '-')
        && after.is_none_or(|c| !c.is_alphanumeric() && c != '-')
}

/// [`word_positions`] for a needle with non-ASCII letters: compares lower-cased copies.
fn word_positions_folded(hay: &str, needle: &str) -> Vec<usize> {
    let (h, n) = (hay.to_lowercase(), needle.to_lowercase());
    // Lower-casing can change byte lengths outside ASCII; positions are only used when
    // the lengths agree.
    if h.len() != hay.len() {
        return Vec::new();
    }
    h.match_indices(n.as_str())
        .map(|(i, _)| i)
        .filter(|&i| is_word_at(&h, i, n.len()))
        .collect()
}

/// Whether the phrase at `pos` stands inside the title of a regulation (`... Nomor 18
/// Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia`), where words are quoted as
/// the other regulation has them.
pub(crate) fn in_cited_title(hay: &str, pos: usize) -> bool {
    let start = pos.saturating_sub(160);
    let window = (start..=pos).find_map(|s| hay.get(s..pos)).unwrap_or("");
    window
        .rfind("tentang ")
        .is_some_and(|t| !window.get(t..).unwrap_or("").contains(['.', ';', ',']))
}

/// Whether the occurrence at `pos..pos+len` is part of a longer defined term written
/// there (`Pekerja Migran Indonesia` inside `Calon Pekerja Migran Indonesia`).
pub(crate) fn inside_longer_term(hay: &str, pos: usize, len: usize, terms: &[&str]) -> bool {
    terms.iter().any(|t| {
        t.len() > len
            && word_positions(hay, t, false)
                .into_iter()
                .any(|p| p <= pos && pos + len <= p + t.len())
    })
}

#[cfg(test)]
pub(crate) use crate::check::rules::rum::perda;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_whole_words_only() {
        assert_eq!(
            word_positions("Daerah dan Peraturan Daerah", "Daerah", false),
            [0, 21]
        );
        assert!(word_positions("Daerahnya", "Daerah", false).is_empty());
        assert_eq!(
            word_positions("pekerja migran", "Pekerja Migran", true),
            [0]
        );
    }

    #[test]
    fn knows_cited_titles_and_longer_terms() {
        let t = "Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia";
        assert!(in_cited_title(t, t.find("Pekerja").unwrap_or(0)));
        let s = "tentang hal ini, Pekerja Migran Indonesia wajib";
        assert!(!in_cited_title(s, s.find("Pekerja").unwrap_or(0)));
        let c = "Calon Pekerja Migran Indonesia";
        assert!(inside_longer_term(
            c,
            6,
            24,
            &["Calon Pekerja Migran Indonesia"]
        ));
    }
}
