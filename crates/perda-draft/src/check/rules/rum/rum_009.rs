//! ## What it checks
//! The regulation referring to itself by an abbreviation — `Perda ini`, `Perdes ini`,
//! `Raperda ini`, `Perbup ini` — in the batang tubuh or the Penjelasan, unless the
//! abbreviation is defined in the Ketentuan Umum (`... yang selanjutnya disebut Perda`).
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II names each kind (jenis) of regulation in full, and a regulation
//! refers to itself by that name: `Peraturan Daerah ini`, `Peraturan Desa ini`. An
//! abbreviation that is not defined has no meaning fixed by the regulation. This rule is
//! inferred from the formulas of Lampiran II (Basis I): it reports warnings.
//!
//! ## Example
//! ```text
//! Pasal 30
//! Perda ini mulai berlaku pada tanggal diundangkan.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 30
//! Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
//! ```

use super::super::prelude::*;
use super::{body_units, locate, texts};

/// RUM-009 `full-jenis-self-reference`.
pub struct FullJenisSelfReference;

static META: RuleMeta = RuleMeta {
    code: "RUM-009",
    name: "full-jenis-self-reference",
    group: Group::Wording,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Inferred,
    summary: StaticMsg {
        id: "Peraturan menyebut dirinya dengan nama jenisnya secara lengkap (`Peraturan Daerah ini`), bukan `Perda ini`",
        en: "The regulation refers to itself by its full kind (`Peraturan Daerah ini`), not `Perda ini`",
    },
    source: "UU 12/2011 Lampiran II (jenis dan nama peraturan)",
    file: include_str!("rum_009.rs"),
};

static SHORT: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(Perda|Perdes|Raperda|Ranperda|Perbup|Pergub|Perwali|Perwal) ini\b"));

fn full(short: &str) -> &'static str {
    match short {
        "Perdes" => "Peraturan Desa",
        "Perbup" => "Peraturan Bupati",
        "Pergub" => "Peraturan Gubernur",
        "Perwali" | "Perwal" => "Peraturan Wali Kota",
        _ => "Peraturan Daerah",
    }
}

impl Rule for FullJenisSelfReference {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let body = body_units(doc);
        let eluc = doc
            .act
            .elucidation
            .iter()
            .flat_map(|e| e.articles.iter().flat_map(Node::walk));
        for node in body.iter().map(|u| u.node).chain(eluc) {
            for hay in texts(node) {
                for c in SHORT.captures_iter(hay) {
                    let (Some(m), Some(word)) = (c.get(0), c.get(1)) else {
                        continue;
                    };
                    let w = word.as_str();
                    let defined = doc
                        .definitions
                        .iter()
                        .any(|d| d.term == w || super::short_form(d) == Some(w));
                    if defined {
                        continue;
                    }
                    let Some((line, at)) = locate(doc, node, hay, m.start(), m.end()) else {
                        continue;
                    };
                    let f = full(w);
                    sink.at_offset(
                        line,
                        at,
                        format!("peraturan menyebut dirinya `{}` padahal singkatan `{w}` tidak didefinisikan", m.as_str()),
                        format!("the regulation calls itself `{}` but `{w}` is not defined", m.as_str()),
                    )
                    .help(format!("tulis `{f} ini`"), format!("write `{f} ini`"));
                }
            }
        }
        // The general part of the Penjelasan is prose, not units.
        if let Some(e) = &doc.act.elucidation {
            for p in &e.general {
                for c in SHORT.captures_iter(&p.text) {
                    let (Some(m), Some(word)) = (c.get(0), c.get(1)) else {
                        continue;
                    };
                    let w = word.as_str();
                    if doc
                        .definitions
                        .iter()
                        .any(|d| d.term == w || super::short_form(d) == Some(w))
                    {
                        continue;
                    }
                    let Some(line) = doc.line(p.span.line) else {
                        continue;
                    };
                    let at = line.text.find(m.as_str()).unwrap_or(0);
                    let f = full(w);
                    sink.at_offset(
                        line,
                        at,
                        format!("peraturan menyebut dirinya `{}` padahal singkatan `{w}` tidak didefinisikan", m.as_str()),
                        format!("the regulation calls itself `{}` but `{w}` is not defined", m.as_str()),
                    )
                    .help(format!("tulis `{f} ini`"), format!("write `{f} ini`"));
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
    fn flags_undefined_abbreviation() {
        let bad = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Bupati adalah Bupati Jember.\nPasal 30\nPerda ini mulai berlaku pada tanggal diundangkan.\n";
        insta::assert_snapshot!(run_text(&FullJenisSelfReference, &perda(bad)));
    }

    #[test]
    fn accepts_full_name_or_defined_abbreviation() {
        let good = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Peraturan Daerah yang selanjutnya disebut Perda adalah Peraturan Daerah Kabupaten Jember.\nPasal 30\nPerda ini mulai berlaku pada tanggal diundangkan.\n";
        assert_eq!(run_text(&FullJenisSelfReference, &perda(good)), "");
        let full = "Pasal 30\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";
        assert_eq!(run_text(&FullJenisSelfReference, &perda(full)), "");
    }
}
