//! Rules of group `REF`: cross-references (pengacuan). The folder is `refs` because `ref`
//! is a Rust keyword; the codes are `REF-00n`.

use std::sync::LazyLock;

use perda_law::citation::{self, Citation, Reference};
use regex::Regex;

use crate::check::document::Document;
use crate::check::rule::Rule;
use crate::check::rules::prelude::re;
use crate::check::rules::rum::{Ctx, body_units, texts};

pub mod ref_001;
pub mod ref_002;
pub mod ref_003;
pub mod ref_004;
pub mod ref_005;
pub mod ref_006;
pub mod ref_007;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &ref_001::ReferenceForm,
    &ref_002::ReferenceResolves,
    &ref_003::NoPasalIni,
    &ref_004::NoForwardReference,
    &ref_005::SampaiDengan,
    &ref_006::ReferenceOrder,
    &ref_007::ReferenceCase,
];

/// A citation found in the text of a unit of the body.
#[derive(Debug, Clone)]
pub(crate) struct Cited<'a> {
    /// Where it stands.
    pub ctx: Ctx<'a>,
    /// The text it was found in (the unit's own text or tail).
    pub hay: &'a str,
    /// The citation.
    pub citation: Citation,
}

impl Cited<'_> {
    /// The citation as written.
    pub fn written(&self) -> &str {
        self.hay
            .get(self.citation.start..self.citation.end)
            .unwrap_or("")
            .trim()
    }

    /// Whether it cites another regulation: the parser read one after it, or a
    /// regulation's name follows (`Pasal 5 Peraturan Menteri ...`, `Pasal 18 ayat (6) UUD
    /// 1945`), or it points into a Lampiran, which the tree does not hold.
    pub fn external(&self) -> bool {
        if self.citation.act.is_some() {
            return true;
        }
        let after = self
            .hay
            .get(self.citation.end..)
            .unwrap_or("")
            .trim_start_matches([' ', ',']);
        OTHER_ACT.is_match(after) && !THIS_ACT.is_match(after)
    }

    /// Whether a reference without Pasal is really a reference: `ayat (n)` always is;
    /// `huruf x` and `angka n` only after `pada`/`dalam` (`sebagaimana dimaksud pada
    /// huruf a`), since `angka 10` and `huruf a` also occur as plain words.
    pub fn relative_ok(&self, r: &Reference) -> bool {
        if r.article.is_some() || r.clause.is_some() {
            return true;
        }
        let before = self
            .hay
            .get(..self.citation.start)
            .unwrap_or("")
            .trim_end()
            .to_lowercase();
        r.point.is_some()
            && ["pada", "dalam", "dimaksud"]
                .iter()
                .any(|w| before.ends_with(w))
    }

    /// The reference made absolute in its context (`pada ayat (1)` in Pasal 8 → `8/1`).
    pub fn absolute(&self, r: &Reference) -> Reference {
        citation::absolute(
            r,
            &citation::Context {
                article: self.ctx.article.map(|a| a.number.clone()),
                clause: self.ctx.clause.map(|c| c.number.clone()),
            },
        )
    }
}

/// Names of other regulations after a citation.
static OTHER_ACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(Undang-Undang|UUD|UU\b|Peraturan|Perpres|Permen|Perda\b|Perkada|Perppu|PP\b|Kitab|KUH|Keputusan|Instruksi|Qanun|Konvensi|Lampiran|LAMPIRAN|Surat Edaran)",
    )
});

/// The regulation itself named after a citation (`Pasal 5 Peraturan Daerah ini`).
static THIS_ACT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(Undang-Undang|Peraturan( [A-Z][a-z]+){1,3}|Qanun) ini\b"));

/// The citations of the body's units: (unit in [`body_units`] order, which of its
/// [`texts`], citation). Found once per document; three rules walk them.
struct BodyCitations(Vec<(usize, usize, Citation)>);

impl BodyCitations {
    fn build(doc: &Document) -> BodyCitations {
        let mut out = Vec::new();
        for (u, ctx) in body_units(doc).into_iter().enumerate() {
            for (h, hay) in texts(ctx.node).enumerate() {
                for c in citation::find_citations(hay) {
                    // `Pasal 14 ...` at the foot of a page (a catchword) cites nothing.
                    let at = hay.get(c.start..).unwrap_or("");
                    if !crate::check::rules::rum::catchword(at) {
                        out.push((u, h, c));
                    }
                }
            }
        }
        BodyCitations(out)
    }
}

/// Every citation in the texts of the body's units, in document order.
pub(crate) fn body_citations(doc: &Document) -> Vec<Cited<'_>> {
    let units = body_units(doc);
    doc.view(BodyCitations::build)
        .0
        .iter()
        .filter_map(|(u, h, c)| {
            let ctx = *units.get(*u)?;
            Some(Cited {
                ctx,
                hay: texts(ctx.node).nth(*h)?,
                citation: c.clone(),
            })
        })
        .collect()
}

/// A reference as a reader writes it: `Pasal 5 ayat (1) huruf a`.
pub(crate) fn show(r: &Reference) -> String {
    let mut parts = Vec::new();
    if let Some(a) = &r.article {
        parts.push(format!("Pasal {a}"));
    }
    if let Some(c) = &r.clause {
        parts.push(format!("ayat ({c})"));
    }
    if let Some(p) = &r.point {
        parts.push(format!("huruf {p}"));
    }
    if let Some(i) = &r.item {
        parts.push(format!("angka {i}"));
    }
    parts.join(" ")
}

#[cfg(test)]
pub(crate) use crate::check::rules::rum::perda;
