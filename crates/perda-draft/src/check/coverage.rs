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

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{Arc, LazyLock};

use perda_law::citation::find_citations;
use perda_law::obligation::{Modality, Obligation};
use perda_law::structure::{Level, Node, NodeKind};
use serde::Serialize;

use super::document::Document;
use super::normalize::Normalizer;

/// A score at or above which an obligation is covered.
pub const COVERED: f32 = 0.6;
/// A score at or above which an obligation is partly covered.
pub const PARTIAL: f32 = 0.35;
/// Weight of a whole-Pasal match relative to a match inside one unit.
const ARTICLE_FACTOR: f32 = 0.9;
/// Specificity (sum of term weights) at which a phrase counts fully.
const FULL_SPECIFICITY: f32 = 9.0;
/// What a one-word phrase is worth relative to its specificity.
const SINGLE_WORD_FACTOR: f32 = 0.5;
/// Terms weighing at least this share of an obligation's heaviest term are its core.
const CORE_SHARE: f32 = 0.75;
/// What a window's evidence is worth for an obligation when another obligation explains
/// the window better and none of the words that set this one apart are there.
const UNDISTINGUISHED_FACTOR: f32 = 0.3;
/// What evidence is worth when it lacks every core term of the statute's words.
const CORELESS_FACTOR: f32 = 0.4;

/// How much of an obligation a document regulates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Location {
    /// 1-based line of the unit.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub line: u32,
    /// The unit: `Pasal 12 ayat (2) huruf b`.
    pub article: String,
}

/// What the evidence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// A set of vocabulary terms, one bit each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }

    fn set(&mut self, i: u32) {
        if let Some(w) = self.0.get_mut((i / 64) as usize) {
            *w |= 1 << (i % 64);
        }
    }

    fn has(&self, i: u32) -> bool {
        self.0
            .get((i / 64) as usize)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// The set bits, in increasing order.
    fn ones(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().enumerate().flat_map(|(i, &word)| {
            let mut w = word;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let b = w.trailing_zeros();
                    w &= w - 1;
                    i as u32 * 64 + b
                })
            })
        })
    }

    fn or(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
}

/// One way of saying an obligation: a set of weighted terms (vocabulary ids).
#[derive(Debug, Clone)]
struct Expression {
    terms: Vec<(u32, f32)>,
    total: f32,
    /// How much full agreement with this expression is worth (1 for the statute's words).
    strength: f32,
    phrase: bool,
    /// Weight of the heaviest term (the statute's words only).
    core: f32,
}

/// An obligation ready for matching.
#[derive(Debug, Clone)]
struct Model {
    obligation: Obligation,
    expressions: Vec<Expression>,
    /// The terms of the statute's words.
    statute: Bits,
}

/// The catalogue with what matching needs, built once.
#[derive(Debug)]
struct Catalogue {
    models: Vec<Model>,
    normalizer: Normalizer,
    /// Every term of every expression, with its id.
    vocab: FxHashMap<Arc<str>, u32>,
}

static CATALOGUE: LazyLock<Result<Catalogue, String>> = LazyLock::new(build);

fn build() -> Result<Catalogue, String> {
    let act = perda_law::corpus::uu_18_2017().map_err(|e| e.to_string())?;
    let overlay = perda_law::corpus::uu_18_2017_overlay().map_err(|e| e.to_string())?;
    let obligations = perda_law::obligation::catalogue(
        &act,
        &overlay,
        perda_law::corpus::UU_18_2017_OBLIGATIONS_NAME,
    )
    .map_err(|e| e.to_string())?;
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
    let mut vocab: FxHashMap<Arc<str>, u32> = FxHashMap::default();
    let mut expression = |text: &str, phrase: bool| -> Expression {
        let mut seen = HashSet::new();
        let terms: Vec<(u32, f32)> = normalizer
            .tokens(text)
            .into_iter()
            .filter(|t| seen.insert(t.term.clone()))
            .map(|t| {
                let w = idf(&t.term);
                let next = u32::try_from(vocab.len()).unwrap_or(u32::MAX);
                let id = *vocab.entry(t.term).or_insert(next);
                (id, w)
            })
            .collect();
        let total = terms.iter().map(|(_, w)| w).sum();
        let core = terms.iter().map(|(_, w)| *w).fold(0.0f32, f32::max);
        Expression {
            terms,
            total,
            strength: 1.0,
            phrase,
            core,
        }
    };

    let mut models: Vec<Model> = obligations
        .into_iter()
        .map(|o| {
            let mut expressions = vec![expression(&o.text, false)];
            for p in &o.phrases {
                let mut e = expression(p, true);
                e.strength = (e.total / FULL_SPECIFICITY).min(1.0);
                // One word alone (`purna`, `pembinaan`) says little about which duty is
                // meant: at most partial evidence.
                if e.terms.len() == 1 {
                    e.strength *= SINGLE_WORD_FACTOR;
                }
                if !e.terms.is_empty() {
                    expressions.push(e);
                }
            }
            Model {
                obligation: o,
                expressions,
                statute: Bits::default(),
            }
        })
        .collect();
    let size = vocab.len();
    for m in &mut models {
        let mut b = Bits::new(size);
        for (id, _) in m.expressions.first().map_or(&[][..], |e| &e.terms[..]) {
            b.set(*id);
        }
        m.statute = b;
    }

    // A phrase whose terms all belong to the statute's words of another obligation of a
    // shared level is ambiguous evidence: halve it.
    let statutes: Vec<(Vec<Level>, Bits, String)> = models
        .iter()
        .map(|m| {
            (
                m.obligation.levels.clone(),
                m.statute.clone(),
                m.obligation.id.clone(),
            )
        })
        .collect();
    for m in &mut models {
        let id = m.obligation.id.clone();
        let levels = m.obligation.levels.clone();
        for e in m.expressions.iter_mut().filter(|e| e.phrase) {
            let ambiguous = statutes.iter().any(|(lv, bits, other)| {
                *other != id
                    && lv.iter().any(|l| levels.contains(l))
                    && e.terms.iter().all(|(t, _)| bits.has(*t))
            });
            if ambiguous {
                e.strength *= 0.5;
            }
        }
    }
    Ok(Catalogue {
        models,
        normalizer,
        vocab,
    })
}

/// A unit of the document to match against: its label, line, text and terms.
struct Window {
    label: String,
    line: u32,
    text: String,
    bits: Bits,
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
    let ctx = Ctx {
        n: &normalizer,
        vocab: &cat.vocab,
    };
    let windows = windows(doc, &ctx);
    let cited = cited_articles(doc);

    let matrix = score_matrix(&applicable, &windows);
    // The citations of each window's Pasal, looked up once rather than per obligation.
    let cited: Vec<Option<&FxHashSet<String>>> =
        windows.iter().map(|w| cited.get(&w.article)).collect();
    applicable
        .iter()
        .zip(matrix.iter())
        .map(|(m, row)| judge_one(m, row, &windows, &cited, &ctx))
        .collect()
}

/// What reading a document's text needs.
struct Ctx<'a> {
    n: &'a Normalizer,
    vocab: &'a FxHashMap<Arc<str>, u32>,
}

impl Ctx<'_> {
    /// The vocabulary terms of a text.
    fn bits(&self, text: &str) -> Bits {
        let mut b = Bits::new(self.vocab.len());
        for t in self.n.tokens(text) {
            if let Some(id) = self.vocab.get(&t.term) {
                b.set(*id);
            }
        }
        b
    }
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
            .filter(|(t, _)| w.bits.has(*t))
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
            let core_hit = e
                .terms
                .iter()
                .any(|(t, wt)| *wt >= e.core * CORE_SHARE && w.bits.has(*t));
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

/// Scores every (obligation, window) pair, then discounts a window's evidence for an
/// obligation when another obligation of the level explains the window better and the
/// window lacks the words that set the first apart (`reintegrasi sosial melalui layanan
/// peningkatan keterampilan` is Pasal 34 huruf d, not the `reintegrasi sosial dan ekonomi`
/// of Pasal 41 huruf h).
fn score_matrix(models: &[&Model], windows: &[Window]) -> Vec<Vec<(f32, usize, Via)>> {
    // Only obligations sharing a term with a window can score in it: find them through
    // the terms (an inverted index), and score only those.
    let mut postings: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for (oi, m) in models.iter().enumerate() {
        for e in &m.expressions {
            for (t, _) in &e.terms {
                let list = postings.entry(*t).or_default();
                if list.last() != Some(&oi) {
                    list.push(oi);
                }
            }
        }
    }
    let mut raw: Vec<Vec<(f32, usize, Via)>> =
        vec![vec![(0.0, 0, Via::None); windows.len()]; models.len()];
    let mut touched = vec![false; models.len()];
    for (wi, w) in windows.iter().enumerate() {
        touched.fill(false);
        for t in w.bits.ones() {
            for &oi in postings.get(&t).map_or(&[][..], Vec::as_slice) {
                if let Some(flag) = touched.get_mut(oi) {
                    *flag = true;
                }
            }
        }
        for (oi, m) in models.iter().enumerate() {
            if touched.get(oi) == Some(&true)
                && let Some(cell) = raw.get_mut(oi).and_then(|r| r.get_mut(wi))
            {
                *cell = best_expression(m, w);
            }
        }
    }
    // For each window, the obligations with any evidence in it, best first: the only
    // candidates for a better-fitting rival.
    let mut present: Vec<Vec<(f32, usize)>> = vec![Vec::new(); windows.len()];
    for (oi, row) in raw.iter().enumerate() {
        for (wi, cell) in row.iter().enumerate() {
            if cell.0 > 0.0
                && let Some(p) = present.get_mut(wi)
            {
                p.push((cell.0, oi));
            }
        }
    }
    for p in &mut present {
        p.sort_by(|a, b| b.0.total_cmp(&a.0));
    }
    let mut out = raw.clone();
    for (oi, m) in models.iter().enumerate() {
        let Some(statute) = m.expressions.first() else {
            continue;
        };
        for (wi, w) in windows.iter().enumerate() {
            let Some(&(s, ei, via)) = raw.get(oi).and_then(|r| r.get(wi)) else {
                continue;
            };
            if s <= 0.0 {
                continue;
            }
            // Every obligation that explains this window better must leave some of this
            // one's own words to be found here: a window that shows none of what sets this
            // obligation apart from a better-fitting one is weak evidence for it. (Partly
            // shown distinctive words are already counted by the score itself.)
            let mut factor = 1.0f32;
            let rivals = present.get(wi).map_or(&[][..], Vec::as_slice);
            for &(rs, k) in rivals {
                if rs <= s + 1e-6 {
                    break;
                }
                let Some(rival) = models.get(k) else { continue };
                let (mut total, mut hit) = (0.0f32, 0.0f32);
                for (t, wt) in &statute.terms {
                    if !rival.statute.has(*t) {
                        total += wt;
                        if w.bits.has(*t) {
                            hit += wt;
                        }
                    }
                }
                if total > 0.0 && hit <= 0.0 {
                    factor = UNDISTINGUISHED_FACTOR;
                    break;
                }
            }
            if factor < 1.0
                && let Some(cell) = out.get_mut(oi).and_then(|r| r.get_mut(wi))
            {
                *cell = (s * factor, ei, via);
            }
        }
    }
    out
}

fn judge_one(
    m: &Model,
    row: &[(f32, usize, Via)],
    windows: &[Window],
    cited: &[Option<&FxHashSet<String>>],
    ctx: &Ctx<'_>,
) -> Coverage {
    let mut scored: Vec<(f32, usize, usize, Via)> = Vec::new();
    for wi in 0..windows.len() {
        let mut best = row.get(wi).copied().unwrap_or((0.0, 0, Via::None));
        // An explicit citation of this obligation's unit for the window's Pasal lifts a
        // Pasal whose words agree at least in part.
        if cited
            .get(wi)
            .copied()
            .flatten()
            .is_some_and(|ids| ids.contains(&m.obligation.id))
        {
            let lifted = if best.0 >= 0.25 { COVERED } else { PARTIAL };
            best = (best.0.max(lifted), best.1, Via::Citation);
        }
        if best.0 > 0.0 {
            scored.push((best.0, wi, best.1, best.2));
        }
    }
    let order = |a: &(f32, usize, usize, Via), b: &(f32, usize, usize, Via)| {
        b.0.total_cmp(&a.0).then(a.1.cmp(&b.1))
    };
    let Some(&(top, wi, ei, via)) = scored.iter().min_by(|a, b| order(a, b)) else {
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
    // The windows close to the best, best first.
    scored.retain(|(s, ..)| *s >= (top - 0.15).max(PARTIAL));
    scored.sort_by(order);
    for &(_, i, _, _) in &scored {
        let Some(w) = windows.get(i) else { continue };
        if seen.insert(w.label.as_str()) && locations.len() < 3 {
            locations.push(Location {
                line: w.line,
                article: w.label.clone(),
            });
        }
    }
    let matched = windows
        .get(wi)
        .zip(m.expressions.get(ei))
        .map(|(w, e)| matched_words(w, e, ctx))
        .unwrap_or_default();
    verdict(m, status, top, locations, matched, via)
}

/// The words of a window whose terms belong to the expression, in order, without repeats.
fn matched_words(w: &Window, e: &Expression, ctx: &Ctx<'_>) -> Vec<String> {
    let ids: HashSet<u32> = e.terms.iter().map(|(t, _)| *t).collect();
    let mut out: Vec<String> = Vec::new();
    for t in ctx.n.tokens(&w.text) {
        if ctx.vocab.get(&t.term).is_some_and(|id| ids.contains(id))
            && let Some(s) = w.text.get(t.start..t.end)
            && !out.iter().any(|o| o == s)
        {
            out.push(s.to_string());
        }
    }
    out
}

/// The units of the body to match: each finest unit with the lead-ins above it, and each
/// whole Pasal. Definitions and the Pasal on principles, objectives and scope are left
/// out: they name what the statute regulates without regulating it.
fn windows(doc: &Document, ctx: &Ctx<'_>) -> Vec<Window> {
    let mut out = Vec::new();
    for article in doc.articles() {
        if !operative(article) {
            continue;
        }
        let label = format!("Pasal {}", article.number);
        let mut whole = Bits::new(ctx.vocab.len());
        let empty = Bits::new(ctx.vocab.len());
        let leaves_before = out.len();
        collect_leaves(
            article,
            &empty,
            "",
            &label,
            &article.number,
            ctx,
            &mut whole,
            &mut out,
        );
        if !article.children.is_empty() || out.len() > leaves_before + 1 {
            out.push(Window {
                label: label.clone(),
                line: article.span.line,
                text: article.full_text(),
                bits: whole,
                article: article.number.clone(),
                whole_article: true,
            });
        }
    }
    out
}

/// Whether a Pasal regulates (rather than defines terms, or states the principles,
/// objectives or scope of the regulation, which restate the statute without making anyone
/// do anything).
fn operative(article: &Node) -> bool {
    static NOT_OPERATIVE: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)yang dimaksud dengan|\b(bertujuan|berasaskan|berlandaskan|dilaksanakan berdasarkan asas)\b|^ruang lingkup\b|\bruang lingkup (peraturan|pengaturan)",
        )
        .ok()
    });
    !NOT_OPERATIVE
        .as_ref()
        .is_some_and(|re| re.is_match(&article.text))
}

#[allow(clippy::too_many_arguments)]
fn collect_leaves(
    node: &Node,
    path_bits: &Bits,
    path_text: &str,
    label: &str,
    article: &str,
    ctx: &Ctx<'_>,
    whole: &mut Bits,
    out: &mut Vec<Window>,
) {
    let mut bits = ctx.bits(&node.text);
    whole.or(&bits);
    if let Some(t) = &node.tail {
        whole.or(&ctx.bits(t));
    }
    bits.or(path_bits);
    let mut text = path_text.to_string();
    if !node.text.is_empty() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&node.text);
    }
    let label = match node.kind {
        NodeKind::Clause => format!("{label} ayat ({})", node.number),
        NodeKind::Point => format!("{label} huruf {}", node.number),
        NodeKind::Item => format!("{label} angka {}", node.number),
        _ => label.to_string(),
    };
    if node.children.is_empty() {
        out.push(Window {
            label,
            line: node.span.line,
            text,
            bits,
            article: article.to_string(),
            whole_article: false,
        });
    } else {
        for c in &node.children {
            collect_leaves(c, &bits, &text, &label, article, ctx, whole, out);
        }
    }
}

/// Obligation ids of UU 18/2017 that each Pasal of the body cites, in its own text or in
/// its Penjelasan.
fn cited_articles(doc: &Document) -> FxHashMap<String, FxHashSet<String>> {
    let mut out: FxHashMap<String, FxHashSet<String>> = FxHashMap::default();
    let mut add = |article: &str, text: &str| {
        // A citation names UU 18/2017 only as `... Nomor 18 Tahun 2017`: a text without
        // those words cites none of its units, and is not read for citations at all.
        if memchr::memmem::find(text.as_bytes(), b"Nomor 18 Tahun 2017").is_none() {
            return;
        }
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

/// The statute's words of an obligation for quoting in a message: the unit's text without
/// the enumeration's closing `;`, `; dan`, `; atau`.
pub fn statute_words(o: &Obligation) -> &str {
    o.text
        .trim()
        .trim_end_matches("; dan/atau")
        .trim_end_matches("; dan")
        .trim_end_matches("; atau")
        .trim_end_matches(';')
        .trim()
}

/// A suggested article for a missing duty: the statute's words with the level's actor
/// (`Pemerintah Daerah membuat basis data ...`), or, when the unit is not a verb phrase
/// (a document the worker must hold), a sentence saying the regulation regulates it.
pub fn suggestion(o: &Obligation, level: Level) -> String {
    let (actor, jenis) = match level {
        Level::Desa => ("Pemerintah Desa", "Peraturan Desa ini"),
        _ => ("Pemerintah Daerah", "Peraturan Daerah ini"),
    };
    let text = statute_words(o).trim_end_matches(['.', ',']).trim();
    if o.lead_in.is_none() {
        return format!("{text}.");
    }
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    let verb = ["me", "ber", "di"].iter().any(|p| first.starts_with(p));
    if verb {
        format!("{actor} {text}.")
    } else {
        format!("{jenis} mengatur {text}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::doc;

    /// A complete small Perda kabupaten whose body is `body`.
    fn perda(body: &str) -> String {
        format!(
            "PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 1 TAHUN 2026\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nPasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Pekerja Migran Indonesia yang selanjutnya disingkat PMI adalah setiap warga negara Indonesia yang akan, sedang, atau telah melakukan pekerjaan dengan menerima upah di luar wilayah Republik Indonesia.\n{body}Pasal 99\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n"
        )
    }

    fn status(text: &str, id: &str) -> (Status, f32, Via) {
        let d = doc(text);
        let c = d
            .coverage()
            .iter()
            .find(|c| c.obligation == id)
            .cloned()
            .unwrap();
        (c.status, c.score, c.via)
    }

    #[test]
    fn affixes_synonyms_and_defined_abbreviations_are_understood() {
        // "pangkalan data" for "basis data", "PMI" defined in Pasal 1.
        let t = perda(
            "Pasal 2\nPemerintah Daerah menyusun pangkalan data PMI yang berasal dari Daerah.\n",
        );
        assert_eq!(status(&t, "uu-18-2017/41/b").0, Status::Covered);
        // "penyuluhan" for "menyosialisasikan", reordered.
        let t = perda(
            "Pasal 2\nPenyuluhan kepada masyarakat mengenai informasi dan permintaan Pekerja Migran Indonesia dilaksanakan oleh Pemerintah Daerah.\n",
        );
        assert_eq!(status(&t, "uu-18-2017/41/a").0, Status::Covered);
    }

    #[test]
    fn a_duty_absent_from_the_body_is_missing() {
        let t = perda("Pasal 2\nPemerintah Daerah menyusun pangkalan data PMI.\n");
        assert_eq!(status(&t, "uu-18-2017/41/h").0, Status::Missing);
        assert_eq!(status(&t, "uu-18-2017/35/a").0, Status::Missing);
    }

    #[test]
    fn a_neighbouring_duty_does_not_count_for_another() {
        // Pasal 34 huruf d, not the "reintegrasi sosial dan ekonomi" of Pasal 41 huruf h.
        let t = perda(
            "Pasal 2\nPemerintah Daerah melaksanakan reintegrasi sosial melalui layanan peningkatan keterampilan bagi Pekerja Migran Indonesia dan keluarganya.\n",
        );
        assert_eq!(status(&t, "uu-18-2017/34/d").0, Status::Covered);
        assert_eq!(status(&t, "uu-18-2017/41/h").0, Status::Missing);
        let t = perda(
            "Pasal 2\nPemerintah Daerah melaksanakan reintegrasi sosial dan ekonomi bagi Pekerja Migran Indonesia dan keluarganya.\n",
        );
        assert_eq!(status(&t, "uu-18-2017/41/h").0, Status::Covered);
    }

    #[test]
    fn objectives_and_scope_do_not_regulate() {
        let t = perda(
            "Pasal 2\nPelindungan bertujuan untuk:\na. menjamin pelindungan hukum, ekonomi, dan sosial bagi Pekerja Migran Indonesia dan keluarganya; dan\nb. membuat basis data Pekerja Migran Indonesia.\n",
        );
        assert_eq!(status(&t, "uu-18-2017/41/b").0, Status::Missing);
    }

    #[test]
    fn a_citation_in_the_elucidation_lifts_an_agreeing_article() {
        let body = "Pasal 2\nPemerintah Daerah mencatat Pekerja Migran Indonesia asal Daerah dalam sistem yang dikelola Dinas.\n";
        let plain = perda(body);
        let (s, _, _) = status(&plain, "uu-18-2017/41/b");
        assert_ne!(s, Status::Covered);
        let cited = format!(
            "{plain}PENJELASAN\nATAS\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 1 TAHUN 2026\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nI. UMUM\nUmum.\nII. PASAL DEMI PASAL\nPasal 1\nCukup jelas.\nPasal 2\nKetentuan ini melaksanakan Pasal 41 huruf b Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia.\nPasal 99\nCukup jelas.\n"
        );
        let (s, _, via) = status(&cited, "uu-18-2017/41/b");
        assert_eq!((s, via), (Status::Covered, Via::Citation));
    }

    #[test]
    fn a_cut_off_body_is_unknown() {
        let t = "PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 1 TAHUN 2026\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMenimbang : a. bahwa x;\n";
        let d = doc(t);
        assert!(!d.coverage().is_empty());
        assert!(d.coverage().iter().all(|c| c.status == Status::Unknown));
    }
}
