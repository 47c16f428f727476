//! Rules of group `KU`: the Ketentuan Umum (general provisions and definitions).

use std::sync::Arc;

use perda_law::structure::{Node, NodeKind};
use rustc_hash::FxHashMap;

use crate::check::document::Document;
use crate::check::rule::Rule;
use crate::check::rules::rum::{Ctx, body_units, definitions_article, texts};

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

/// The texts the KU rules search for defined terms: each unit after the definitions, its
/// own text then the text after its list, in document order.
pub(crate) fn unit_hays<'d>(units: &[Ctx<'d>]) -> Vec<(&'d Node, &'d str)> {
    units
        .iter()
        .flat_map(|u| texts(u.node).map(move |h| (u.node, h)))
        .collect()
}

/// Where the document's defined terms and their short forms stand, as whole words, in
/// each text of [`unit_hays`]: found in one pass over the body (an Aho-Corasick automaton
/// over all the terms) and shared by the KU rules, instead of one search per term, text
/// and rule.
pub(crate) struct TermIndex {
    ids: FxHashMap<String, u32>,
    /// Per text: (term, byte offset) of each occurrence, compared ASCII-case-insensitively,
    /// sorted.
    found: Vec<Vec<(u32, usize)>>,
}

impl TermIndex {
    /// The index of `doc`, built on first use.
    pub(crate) fn of(doc: &Document) -> Arc<TermIndex> {
        doc.view(TermIndex::build)
    }

    fn build(doc: &Document) -> TermIndex {
        let mut ids = FxHashMap::default();
        let mut needles: Vec<&str> = Vec::new();
        for d in &doc.definitions {
            for n in std::iter::once(d.term.as_str()).chain(super::rum::short_form(d)) {
                // Non-ASCII terms keep the lower-casing search of `word_positions`.
                if !n.is_empty() && n.is_ascii() && !ids.contains_key(n) {
                    let id = u32::try_from(needles.len()).unwrap_or(u32::MAX);
                    ids.insert(n.to_string(), id);
                    needles.push(n);
                }
            }
        }
        // Built per document: a contiguous NFA builds fast and searches texts of this size
        // about as fast as a DFA.
        let finder = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(&needles)
            .ok();
        let units = units_after_definitions(doc);
        let found = unit_hays(&units)
            .into_iter()
            .map(|(_, hay)| {
                let mut v: Vec<(u32, usize)> = finder
                    .iter()
                    .flat_map(|f| f.find_overlapping_iter(hay))
                    .filter(|m| is_word_at(hay, m.start(), m.len()))
                    .map(|m| (m.pattern().as_u32(), m.start()))
                    .collect();
                v.sort_unstable();
                v
            })
            .collect();
        TermIndex { ids, found }
    }

    /// What [`word_positions`]`(hay, needle, fold)` returns for `hay`, the `i`th text of
    /// [`unit_hays`], read from the index when `needle` is one of the terms.
    pub(crate) fn positions(&self, i: usize, hay: &str, needle: &str, fold: bool) -> Vec<usize> {
        let (Some(&id), Some(found)) = (self.ids.get(needle), self.found.get(i)) else {
            return word_positions(hay, needle, fold);
        };
        let from = found.partition_point(|&(t, _)| t < id);
        let to = found.partition_point(|&(t, _)| t <= id);
        let nb = needle.as_bytes();
        found
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .map(|&(_, at)| at)
            .filter(|&at| fold || hay.as_bytes().get(at..at + nb.len()) == Some(nb))
            .collect()
    }

    /// [`inside_longer_term`] for the `i`th text of [`unit_hays`].
    pub(crate) fn inside_longer_term(
        &self,
        i: usize,
        hay: &str,
        pos: usize,
        len: usize,
        terms: &[&str],
    ) -> bool {
        inside_longer(pos, len, terms, |t| self.positions(i, hay, t, false))
    }
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
    inside_longer(pos, len, terms, |t| word_positions(hay, t, false))
}

/// [`inside_longer_term`], given where each term stands.
fn inside_longer(
    pos: usize,
    len: usize,
    terms: &[&str],
    positions: impl Fn(&str) -> Vec<usize>,
) -> bool {
    terms.iter().any(|t| {
        t.len() > len
            && positions(t)
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

    /// The index answers exactly what a search per term answers, for every term and
    /// short form, both case rules, overlapping terms and words inside longer words.
    #[test]
    fn term_index_agrees_with_word_positions() {
        let text = super::perda(
            "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n\
             1. Daerah adalah Kabupaten Jember.\n\
             2. Pemerintah Daerah adalah Bupati sebagai unsur penyelenggara Pemerintahan Daerah.\n\
             3. Pekerja Migran Indonesia yang selanjutnya disingkat PMI adalah warga negara Indonesia.\n\
             4. Calon Pekerja Migran Indonesia adalah setiap tenaga kerja Indonesia.\n\
             5. Sekolah Dasar Négeri adalah sekolah.\n\
             Pasal 2\nPemerintah daerah melindungi pekerja migran indonesia, Calon Pekerja Migran Indonesia \
             dan PMI; DAERAH-daerah dan Daerahnya bukan Daerah. Pmi dan pmi-nya.\n\
             Pasal 3\n(1) Pemerintah Daerah Daerah membina sekolah dasar négeri.\n\
             (2) Pemerintah Daerah:\na. mendata PMI;\nb. membina Calon Pekerja Migran Indonesia.\n",
        );
        let doc = crate::check::testing::doc(&text);
        assert!(doc.definitions.len() >= 5, "{:?}", doc.definitions);
        let index = TermIndex::of(&doc);
        let units = units_after_definitions(&doc);
        let hays = unit_hays(&units);
        assert!(hays.len() >= 4);
        let mut needles: Vec<&str> = doc.definitions.iter().map(|d| d.term.as_str()).collect();
        needles.extend(
            doc.definitions
                .iter()
                .filter_map(super::super::rum::short_form),
        );
        needles.extend(["Daerah Daerah", "membina", "Pmi"]);
        let mut seen = 0;
        for (i, &(_, hay)) in hays.iter().enumerate() {
            for n in &needles {
                for fold in [false, true] {
                    let want = word_positions(hay, n, fold);
                    seen += want.len();
                    assert_eq!(
                        index.positions(i, hay, n, fold),
                        want,
                        "{n:?} fold {fold} in {hay:?}"
                    );
                }
            }
        }
        assert!(seen > 20, "the text holds the terms: {seen}");
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
