//! Coverage: for each obligation UU 18/2017 gives the document's level, whether the
//! document regulates it — `covered`, `partial`, `missing`, or `unknown` when the text is
//! too incomplete to judge — with the evidence (where, which words, a score).
//!
//! Evidence comes from three places, strongest first:
//! 1. explicit citations: a Pasal whose Penjelasan (or text) cites the obligation's unit
//!    (`Pasal 41 huruf b Undang-Undang Nomor 18 Tahun 2017`) and whose words agree with it;
//! 2. the statute's own words: the obligation's terms, weighted by how rare each is in the
//!    statute (so `basis data` counts for more than `Pekerja Migran Indonesia`), found in one
//!    unit of the document (a point with its lead-in, a clause, or a whole Pasal);
//! 3. the overlay's phrases: reviewed other wordings, each counting in proportion to how
//!    specific it is, and less when the same words also belong to another obligation of
//!    the level.
//!
//! Words are compared after Indonesian normalisation ([`super::normalize`]): stemming, the
//! overlay's synonym sets, and the document's own abbreviations (`yang selanjutnya
//! disingkat P3MI`).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, LazyLock};

use perda_law::citation::find_citations;
use perda_law::obligation::{Modality, Obligation};
use perda_law::structure::{Level, Node, NodeKind};
use serde::Serialize;

use super::document::Document;
use super::normalize::{Normalizer, Token};

/// A score at or above which an obligation is covered.
pub const COVERED: f32 = 0.6;
/// A score at or above which an obligation is partly covered.
pub const PARTIAL: f32 = 0.35;
/// Weight of a whole-Pasal match relative to a match inside one unit.
const ARTICLE_FACTOR: f32 = 0.9;
/// Specificity (sum of term weights) at which a phrase counts fully.
const FULL_SPECIFICITY: f32 = 9.0;
/// Terms weighing at least this share of an obligation's heaviest term are its core.
const CORE_SHARE: f32 = 0.75;
/// What evidence is worth when it lacks every core term of the statute's words.
const CORELESS_FACTOR: f32 = 0.4;

/// How much of an obligation a document regulates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Regulated.
    Covered,
    /// Some of it is regulated, or it is regulated in words that only partly agree.
    Partial,
    /// Not regulated.
    Missing,
    /// The document is too incomplete to judge (body absent or cut off, or the level
    /// unknown).
    Unknown,
}

impl Status {
    /// `covered`, `partial`, `missing` or `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Covered => "covered",
            Status::Partial => "partial",
            Status::Missing => "missing",
            Status::Unknown => "unknown",
        }
    }
}

/// Where a document regulates an obligation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Location {
    /// 1-based line of the unit.
    pub line: u32,
    /// The unit: `Pasal 12 ayat (2) huruf b`.
    pub article: String,
}

/// What the evidence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Via {
    /// The document cites the obligation's unit, and the cited Pasal's words agree.
    Citation,
    /// The statute's own words.
    Words,
    /// A reviewed phrase of the overlay.
    Phrase,
    /// No evidence.
    None,
}

/// The coverage of one obligation in one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    /// Obligation id (`uu-18-2017/41/b`).
    pub obligation: String,
    /// Its citation (`Pasal 41 huruf b UU 18/2017`).
    pub cite: String,
    /// `duty` or `may`.
    pub modality: &'static str,
    /// The verdict.
    pub status: Status,
    /// Best evidence score, 0 to 1.
    pub score: f32,
    /// Where the evidence is, best first.
    pub locations: Vec<Location>,
    /// The document's words that matched, in the best unit.
    pub matched: Vec<String>,
    /// What the evidence is.
    pub via: Via,
}

/// One way of saying an obligation: a set of weighted terms.
#[derive(Debug, Clone)]
struct Expression {
    terms: Vec<(Arc<str>, f32)>,
    total: f32,
    /// How much full agreement with this expression is worth (1 for the statute's words).
    strength: f32,
    phrase: bool,
}

/// An obligation ready for matching.
#[derive(Debug, Clone)]
struct Model {
    obligation: Obligation,
    expressions: Vec<Expression>,
}

/// The catalogue with what matching needs, built once.
#[derive(Debug)]
struct Catalogue {
    models: Vec<Model>,
    normalizer: Normalizer,
}

static CATALOGUE: LazyLock<Result<Catalogue, String>> = LazyLock::new(build);

fn build() -> Result<Catalogue, String> {
    let act = perda_law::corpus::uu_18_2017().map_err(|e| e.to_string())?;
    let overlay = perda_law::corpus::uu_18_2017_overlay().map_err(|e| e.to_string())?;
    let obligations = perda_law::corpus::uu_18_2017_obligations().map_err(|e| e.to_string())?;
    let normalizer = Normalizer::new(
        overlay
            .synonyms
            .iter()
            .map(|s| (s.name.as_str(), s.words.as_slice())),
    );

    // Document frequency of each term over the statute's finest units.
    let mut df: HashMap<Arc<str>, u32> = HashMap::new();
    let mut units = 0u32;
    for article in act.articles() {
        for node in article.walk().filter(|n| n.children.is_empty()) {
            units += 1;
            let set: HashSet<Arc<str>> = normalizer
                .tokens(&node.text)
                .into_iter()
                .map(|t| t.term)
                .collect();
            for t in set {
                *df.entry(t).or_insert(0) += 1;
            }
        }
    }
    let n = units.max(1) as f32;
    let idf = |t: &Arc<str>| -> f32 {
        let d = df.get(t).copied().unwrap_or(0) as f32;
        (1.0 + n / (d + 0.5)).ln()
    };
    let expression = |text: &str, phrase: bool| -> Expression {
        let mut seen = HashSet::new();
        let terms: Vec<(Arc<str>, f32)> = normalizer
            .tokens(text)
            .into_iter()
            .filter(|t| seen.insert(t.term.clone()))
            .map(|t| {
                let w = idf(&t.term);
                (t.term, w)
            })
            .collect();
        let total = terms.iter().map(|(_, w)| w).sum();
        Expression {
            terms,
            total,
            strength: 1.0,
            phrase,
        }
    };

    let mut models: Vec<Model> = obligations
        .into_iter()
        .map(|o| {
            let mut expressions = vec![expression(&o.text, false)];
            for p in &o.phrases {
                let mut e = expression(p, true);
                e.strength = (e.total / FULL_SPECIFICITY).min(1.0);
                if !e.terms.is_empty() {
                    expressions.push(e);
                }
            }
            Model {
                obligation: o,
                expressions,
            }
        })
        .collect();

    // A phrase whose terms all belong to the statute's words of another obligation of a
    // shared level is ambiguous evidence: halve it.
    let statute_terms: Vec<(Vec<Level>, HashSet<Arc<str>>, String)> = models
        .iter()
        .map(|m| {
            (
                m.obligation.levels.clone(),
                m.expressions
                    .first()
                    .map(|e| e.terms.iter().map(|(t, _)| t.clone()).collect())
                    .unwrap_or_default(),
                m.obligation.id.clone(),
            )
        })
        .collect();
    for m in &mut models {
        let id = m.obligation.id.clone();
        let levels = m.obligation.levels.clone();
        for e in m.expressions.iter_mut().filter(|e| e.phrase) {
            let ambiguous = statute_terms.iter().any(|(lv, terms, other)| {
                *other != id
                    && lv.iter().any(|l| levels.contains(l))
                    && e.terms.iter().all(|(t, _)| terms.contains(t))
            });
            if ambiguous {
                e.strength *= 0.5;
            }
        }
    }
    Ok(Catalogue { models, normalizer })
}

/// A unit of the document to match against: its label, line, text and terms.
struct Window {
    label: String,
    line: u32,
    text: String,
    tokens: Vec<Token>,
    terms: HashSet<Arc<str>>,
    article: String,
    whole_article: bool,
}

/// Judges the coverage of every obligation of the document's level.
pub fn judge(doc: &Document) -> Vec<Coverage> {
    let Some(level) = doc.info.level else {
        return Vec::new();
    };
    let Ok(cat) = CATALOGUE.as_ref() else {
        return Vec::new();
    };
    let applicable: Vec<&Model> = cat
        .models
        .iter()
        .filter(|m| {
            m.obligation.levels.contains(&level)
                && matches!(m.obligation.modality, Modality::Duty | Modality::May)
        })
        .collect();
    if !doc.body_complete() {
        return applicable
            .iter()
            .map(|m| verdict(m, Status::Unknown, 0.0, Vec::new(), Vec::new(), Via::None))
            .collect();
    }

    let mut normalizer = cat.normalizer.clone();
    for d in &doc.definitions {
        if let Some(short) = &d.short {
            normalizer.define(short, &d.term);
        }
    }
    let windows = windows(doc, &normalizer);
    let cited = cited_articles(doc);

    let matrix = score_matrix(&applicable, &windows);
    applicable
        .iter()
        .zip(matrix.iter())
        .map(|(m, row)| judge_one(m, row, &windows, &cited))
        .collect()
}

fn verdict(
    m: &Model,
    status: Status,
    score: f32,
    locations: Vec<Location>,
    matched: Vec<String>,
    via: Via,
) -> Coverage {
    Coverage {
        obligation: m.obligation.id.clone(),
        cite: m.obligation.cite.clone(),
        modality: m.obligation.modality.as_str(),
        status,
        score: (score * 100.0).round() / 100.0,
        locations,
        matched,
        via,
    }
}

/// The best expression of `m` in window `w`: (score, expression index, via). A phrase
/// counts only when all its terms are there; the statute's words count in proportion.
fn best_expression(m: &Model, w: &Window) -> (f32, usize, Via) {
    let mut best = (0.0f32, 0usize, Via::None);
    for (ei, e) in m.expressions.iter().enumerate() {
        if e.total <= 0.0 {
            continue;
        }
        let hit: f32 = e
            .terms
            .iter()
            .filter(|(t, _)| w.terms.contains(t))
            .map(|(_, wt)| wt)
            .sum();
        let fraction = hit / e.total;
        if e.phrase && fraction < 0.999 {
            continue;
        }
        let mut s = fraction * e.strength;
        // The statute's words without their most distinctive term (`reintegrasi` in
        // "reintegrasi sosial dan ekonomi") are weak evidence, however many of the
        // common ones agree.
        if !e.phrase {
            let max = e.terms.iter().map(|(_, w)| *w).fold(0.0f32, f32::max);
            let core_hit = e
                .terms
                .iter()
                .any(|(t, wt)| *wt >= max * CORE_SHARE && w.terms.contains(t));
            if !core_hit {
                s *= CORELESS_FACTOR;
            }
        }
        if w.whole_article {
            s *= ARTICLE_FACTOR;
        }
        if s > best.0 {
            best = (s, ei, if e.phrase { Via::Phrase } else { Via::Words });
        }
    }
    best
}

/// The statute's terms of a model (its first expression).
fn statute_terms(m: &Model) -> &[(Arc<str>, f32)] {
    m.expressions.first().map_or(&[], |e| e.terms.as_slice())
}

/// Scores every (obligation, window) pair, then discounts a window's evidence for an
/// obligation when another obligation of the level explains the window better and the
/// window lacks the words that set the first apart (`reintegrasi sosial melalui layanan
/// peningkatan keterampilan` is Pasal 34 huruf d, not the `reintegrasi sosial dan ekonomi`
/// of Pasal 41 huruf h).
fn score_matrix(models: &[&Model], windows: &[Window]) -> Vec<Vec<(f32, usize, Via)>> {
    let raw: Vec<Vec<(f32, usize, Via)>> = models
        .iter()
        .map(|m| windows.iter().map(|w| best_expression(m, w)).collect())
        .collect();
    let mut out = raw.clone();
    for (oi, m) in models.iter().enumerate() {
        for (wi, w) in windows.iter().enumerate() {
            let Some(&(s, ei, via)) = raw.get(oi).and_then(|r| r.get(wi)) else {
                continue;
            };
            if s <= 0.0 {
                continue;
            }
            // The obligation that explains this window best, if it is another one.
            let rival = models
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != oi)
                .filter_map(|(k, other)| {
                    let rs = raw.get(k).and_then(|r| r.get(wi)).map_or(0.0, |x| x.0);
                    (rs > s + 1e-6).then_some((rs, *other))
                })
                .max_by(|a, b| a.0.total_cmp(&b.0));
            let Some((_, rival)) = rival else { continue };
            let rival_terms: HashSet<&Arc<str>> =
                statute_terms(rival).iter().map(|(t, _)| t).collect();
            let distinct: Vec<&(Arc<str>, f32)> = statute_terms(m)
                .iter()
                .filter(|(t, _)| !rival_terms.contains(t))
                .collect();
            let total: f32 = distinct.iter().map(|(_, w)| w).sum();
            if total <= 0.0 {
                continue;
            }
            let hit: f32 = distinct
                .iter()
                .filter(|(t, _)| w.terms.contains(t))
                .map(|(_, w)| w)
                .sum();
            if let Some(cell) = out.get_mut(oi).and_then(|r| r.get_mut(wi)) {
                *cell = (s * hit / total, ei, via);
            }
        }
    }
    out
}

fn judge_one(
    m: &Model,
    row: &[(f32, usize, Via)],
    windows: &[Window],
    cited: &HashMap<String, HashSet<String>>,
) -> Coverage {
    let mut scored: Vec<(f32, usize, usize, Via)> = Vec::new();
    for (wi, w) in windows.iter().enumerate() {
        let mut best = row.get(wi).copied().unwrap_or((0.0, 0, Via::None));
        // An explicit citation of this obligation's unit for the window's Pasal lifts a
        // Pasal whose words agree at least in part.
        if cited
            .get(&w.article)
            .is_some_and(|ids| ids.contains(&m.obligation.id))
        {
            let lifted = if best.0 >= 0.25 { COVERED } else { PARTIAL };
            best = (best.0.max(lifted), best.1, Via::Citation);
        }
        if best.0 > 0.0 {
            scored.push((best.0, wi, best.1, best.2));
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let Some(&(top, wi, ei, via)) = scored.first() else {
        return verdict(m, Status::Missing, 0.0, Vec::new(), Vec::new(), Via::None);
    };
    let status = if top >= COVERED {
        Status::Covered
    } else if top >= PARTIAL {
        Status::Partial
    } else {
        Status::Missing
    };
    if status == Status::Missing {
        return verdict(m, status, top, Vec::new(), Vec::new(), Via::None);
    }
    let mut locations = Vec::new();
    let mut seen = HashSet::new();
    for &(_, i, _, _) in scored
        .iter()
        .take_while(|(s, ..)| *s >= (top - 0.15).max(PARTIAL))
    {
        let Some(w) = windows.get(i) else { continue };
        if seen.insert(w.label.clone()) && locations.len() < 3 {
            locations.push(Location {
                line: w.line,
                article: w.label.clone(),
            });
        }
    }
    let matched = windows
        .get(wi)
        .zip(m.expressions.get(ei))
        .map(|(w, e)| matched_words(w, e))
        .unwrap_or_default();
    verdict(m, status, top, locations, matched, via)
}

/// The words of a window whose terms belong to the expression, in order, without repeats.
fn matched_words(w: &Window, e: &Expression) -> Vec<String> {
    let terms: HashSet<&Arc<str>> = e.terms.iter().map(|(t, _)| t).collect();
    let mut out: Vec<String> = Vec::new();
    for t in &w.tokens {
        if terms.contains(&t.term) {
            if let Some(s) = w.text.get(t.start..t.end) {
                if !out.iter().any(|o| o == s) {
                    out.push(s.to_string());
                }
            }
        }
    }
    out
}

/// The units of the body to match: each finest unit with the lead-ins above it, and each
/// whole Pasal. The definitions of the Ketentuan Umum are left out: defining a term does
/// not regulate it.
fn windows(doc: &Document, n: &Normalizer) -> Vec<Window> {
    let mut out = Vec::new();
    for article in doc.articles() {
        if !operative(article) {
            continue;
        }
        let label = format!("Pasal {}", article.number);
        let mut path: Vec<&Node> = Vec::new();
        collect_leaves(article, &mut path, &label, &article.number, n, &mut out);
        if !article.children.is_empty() {
            let text = article.full_text();
            out.push(window(
                label.clone(),
                article.span.line,
                text,
                n,
                &article.number,
                true,
            ));
        }
    }
    out
}

/// Whether a Pasal regulates (rather than defines terms, or states the principles,
/// objectives or scope of the regulation, which restate the statute without making anyone
/// do anything).
fn operative(article: &Node) -> bool {
    static NOT_OPERATIVE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)yang dimaksud dengan|\b(bertujuan|berasaskan|berlandaskan|dilaksanakan berdasarkan asas)\b|^ruang lingkup\b|\bruang lingkup (peraturan|pengaturan)",
        )
        .unwrap_or_else(|_| regex::Regex::new("$^").unwrap_or_else(|_| unreachable_regex()))
    });
    !NOT_OPERATIVE.is_match(&article.text)
}

fn unreachable_regex() -> regex::Regex {
    // Both patterns above are constants that compile; this is never reached.
    #[allow(clippy::unwrap_used)]
    regex::Regex::new("").unwrap()
}

fn collect_leaves<'a>(
    node: &'a Node,
    path: &mut Vec<&'a Node>,
    article_label: &str,
    article: &str,
    n: &Normalizer,
    out: &mut Vec<Window>,
) {
    path.push(node);
    if node.children.is_empty() {
        let mut text = String::new();
        for p in path.iter() {
            if !p.text.is_empty() {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(&p.text);
            }
        }
        let mut label = article_label.to_string();
        for p in path.iter().skip(1) {
            match p.kind {
                NodeKind::Clause => label.push_str(&format!(" ayat ({})", p.number)),
                NodeKind::Point => label.push_str(&format!(" huruf {}", p.number)),
                NodeKind::Item => label.push_str(&format!(" angka {}", p.number)),
                _ => {}
            }
        }
        out.push(window(label, node.span.line, text, n, article, false));
    } else {
        for c in &node.children {
            collect_leaves(c, path, article_label, article, n, out);
        }
    }
    path.pop();
}

fn window(
    label: String,
    line: u32,
    text: String,
    n: &Normalizer,
    article: &str,
    whole: bool,
) -> Window {
    let tokens = n.tokens(&text);
    let terms = tokens.iter().map(|t| t.term.clone()).collect();
    Window {
        label,
        line,
        text,
        tokens,
        terms,
        article: article.to_string(),
        whole_article: whole,
    }
}

/// Obligation ids of UU 18/2017 that each Pasal of the body cites, in its own text or in
/// its Penjelasan.
fn cited_articles(doc: &Document) -> HashMap<String, HashSet<String>> {
    let mut out: HashMap<String, HashSet<String>> = HashMap::new();
    let mut add = |article: &str, text: &str| {
        for c in find_citations(text) {
            if c.act.as_ref().is_some_and(|a| a.id == "uu-18-2017") {
                for r in &c.refs {
                    if r.article.is_some() {
                        out.entry(article.to_string())
                            .or_default()
                            .insert(format!("uu-18-2017/{}", r.path()));
                    }
                }
            }
        }
    };
    for a in doc.articles() {
        add(&a.number, &a.full_text());
    }
    if let Some(e) = &doc.act.elucidation {
        for a in e.articles.iter().filter(|a| a.kind == NodeKind::Article) {
            add(&a.number, &a.full_text());
        }
    }
    out
}

/// The obligation with this id, from the catalogue.
pub fn obligation(id: &str) -> Option<Obligation> {
    CATALOGUE
        .as_ref()
        .ok()?
        .models
        .iter()
        .find(|m| m.obligation.id == id)
        .map(|m| m.obligation.clone())
}

/// A suggested article for a missing duty: the statute's words with the level's actor.
pub fn suggestion(o: &Obligation, level: Level) -> String {
    let actor = match level {
        Level::Desa => "Pemerintah Desa",
        _ => "Pemerintah Daerah",
    };
    let text = o
        .text
        .trim()
        .trim_end_matches("; dan")
        .trim_end_matches("; atau")
        .trim_end_matches("; dan/atau")
        .trim_end_matches([';', '.', ','])
        .trim();
    if o.lead_in.is_some() {
        format!("{actor} {text}.")
    } else {
        format!("{text}.")
    }
}
