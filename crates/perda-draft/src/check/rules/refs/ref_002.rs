//! ## What it checks
//! Every internal cross-reference of the batang tubuh — `sebagaimana dimaksud dalam
//! Pasal 12 ayat (4) huruf b`, `pada ayat (2)`, `pada huruf a` — names a Pasal, ayat,
//! huruf or angka that exists in the regulation; and every `huruf x` a konsiderans cites
//! (`sebagaimana dimaksud dalam huruf a dan huruf b`) is one of its points. References to
//! other regulations (a regulation's name follows the reference: `Pasal 41 Undang-Undang
//! Nomor 18 Tahun 2017`, `Pasal 5 Peraturan Menteri ...`) and into a Lampiran are not
//! internal and are not checked. When the body is cut off (a copy with gaps, or without
//! its end), only references within the same Pasal are checked.
//! On a copy that came through OCR (the parser had to repair misread marks, digits,
//! markers or units run together at least 8 times) the rule stays silent: a lost `(2)` or
//! a `;` read as `:` there is the scan's fault, not the regulation's.
//!
//! ## Why it matters
//! A reference to a provision that does not exist leaves the norm that relies on it
//! without content: the sanction of `Pasal 30` "for violating Pasal 12 ayat (4)" cannot be
//! applied when Pasal 12 has three ayat. Such references come from renumbering a draft
//! without updating its references (DESIGN.md §7; UU 12/2011 Lampiran II, teknik
//! pengacuan). The rule is inferred from the purpose of the pengacuan rules (Basis I), so
//! it reports warnings until verified.
//!
//! ## Example
//! ```text
//! Pasal 12
//! (1) ...
//! (2) ...
//! (3) ...
//! Pasal 30
//! Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 12 ayat (4)
//! dikenai sanksi administratif.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 30
//! Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 12 ayat (3)
//! dikenai sanksi administratif.
//! ```

use super::super::prelude::*;
use super::super::rum::report_clean;
use super::super::rum::{locate, noisy_node};
use super::{body_citations, show};
use perda_law::citation::{self, Reference};

/// REF-002 `reference-resolves`.
pub struct ReferenceResolves;

static META: RuleMeta = RuleMeta {
    code: "REF-002",
    name: "reference-resolves",
    group: Group::References,
    family: Family::References,
    severity: Severity::Error,
    basis: Basis::Inferred,
    summary: StaticMsg {
        id: "Setiap pengacuan internal menunjuk Pasal, ayat, huruf, atau angka yang ada",
        en: "Every internal reference points at a Pasal, ayat, huruf or angka that exists",
    },
    source: "DESIGN.md §7; UU 12/2011 Lampiran II, teknik pengacuan",
    file: include_str!("ref_002.rs"),
};

/// What is missing for a reference that does not resolve, in both languages.
fn missing(doc: &Document, r: &Reference) -> (String, String) {
    let Some(article) = r.article.as_deref() else {
        return (String::new(), String::new());
    };
    let Some(a) = doc.article(article) else {
        return (
            format!("Pasal {article} tidak ada"),
            format!("there is no Pasal {article}"),
        );
    };
    let mut node = a;
    let mut path = format!("Pasal {article}");
    let steps = [
        (r.clause.as_deref(), NodeKind::Clause, "ayat"),
        (r.point.as_deref(), NodeKind::Point, "huruf"),
        (r.item.as_deref(), NodeKind::Item, "angka"),
    ];
    for (want, kind, word) in steps {
        let Some(n) = want else { continue };
        let shown = if kind == NodeKind::Clause {
            format!("({n})")
        } else {
            n.to_string()
        };
        match node
            .children
            .iter()
            .find(|c| c.kind > NodeKind::Article && c.number == n)
        {
            Some(next) => {
                node = next;
                path = format!("{path} {word} {shown}");
            }
            None => {
                return (
                    format!("{path} tidak memiliki {word} {shown}"),
                    format!("{path} has no {word} {shown}"),
                );
            }
        }
    }
    (String::new(), String::new())
}

impl Rule for ReferenceResolves {
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
    if super::super::rum::ocr_copy(doc) {
        return;
    }
    if doc.info.amending {
        return;
    }
    let complete = doc.body_complete();
    let mut seen: Vec<(u32, usize, String)> = Vec::new();
    for cited in body_citations(doc) {
        if cited.external() {
            continue;
        }
        let here = cited.ctx.article.map(|a| a.number.as_str());
        for r in &cited.citation.refs {
            if !cited.relative_ok(r)
                || (r.article.is_none() && r.clause.is_none() && r.point.is_none())
            {
                continue;
            }
            let abs = cited.absolute(r);
            if abs.article.is_none() || (!complete && abs.article.as_deref() != here) {
                continue;
            }
            if citation::resolve(&doc.act, &abs).is_some() {
                continue;
            }
            let target_noisy = abs
                .article
                .as_deref()
                .and_then(|a| doc.article(a))
                .is_some_and(|a| noisy_node(doc, a));
            if target_noisy || noisy_node(doc, cited.ctx.node) {
                continue;
            }
            let (why_id, why_en) = missing(doc, &abs);
            if why_id.is_empty() {
                continue;
            }
            let written = cited.written();
            let Some((line, at)) = locate(
                doc,
                cited.ctx.node,
                cited.hay,
                cited.citation.start,
                cited.citation.end,
            ) else {
                continue;
            };
            let key = (line.no, at, show(&abs));
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let target = show(&abs);
            sink.at_offset(
                line,
                at,
                format!("pengacuan `{written}` tidak menunjuk ketentuan yang ada: {why_id}"),
                format!("the reference `{written}` points at nothing: {why_en}"),
            )
            .help(
                format!("perbaiki pengacuan ke {target} sesuai penomoran yang berlaku"),
                format!("correct the reference to {target} to the current numbering"),
            );
        }
    }
    considerations(doc, sink);
}

/// `sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c` in the Menimbang.
fn considerations(doc: &Document, sink: &mut Sink) {
    let points = &doc.act.preamble.considerations;
    let letters: Vec<&str> = points.iter().map(|n| n.number.as_str()).collect();
    if letters.iter().all(|l| l.is_empty()) {
        return;
    }
    for n in points {
        for c in citation::find_citations(&n.text) {
            if c.act.is_some() {
                continue;
            }
            for r in &c.refs {
                let Some(p) = r.point.as_deref() else {
                    continue;
                };
                if r.article.is_some() || r.clause.is_some() || letters.contains(&p) {
                    continue;
                }
                let Some((line, at)) = locate(doc, n, &n.text, c.start, c.end) else {
                    continue;
                };
                sink.at_offset(
                    line,
                    at,
                    format!(
                        "konsiderans mengacu huruf {p}, padahal Menimbang tidak memiliki huruf {p}"
                    ),
                    format!("the konsiderans cites huruf {p}, but the Menimbang has no point {p}"),
                )
                .help(
                    "sesuaikan pengacuan dengan huruf konsiderans yang ada",
                    "make the reference match the existing points of the Menimbang",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BODY: &str = "Pasal 12\n(1) Setiap Orang wajib melapor.\n(2) Laporan disampaikan kepada:\na. Bupati; dan\nb. Camat.\n(3) Laporan sebagaimana dimaksud pada ayat (4) dicatat.\nPasal 13\nSetiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 12 ayat (2) huruf c dan Pasal 15 dikenai sanksi sesuai Pasal 5 Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 dan Pasal 41 Undang-Undang Nomor 18 Tahun 2017.\nPasal 14\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";

    #[test]
    fn flags_references_to_missing_provisions() {
        insta::assert_snapshot!(run_text(&ReferenceResolves, &perda(BODY)));
    }

    #[test]
    fn accepts_existing_and_external_references() {
        let good = "Pasal 12\n(1) Setiap Orang wajib melapor.\n(2) Laporan sebagaimana dimaksud pada ayat (1) disampaikan kepada:\na. Bupati; dan\nb. Camat.\nPasal 13\nSetiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 12 ayat (2) huruf b, angka 10 persen, dan Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, serta Pasal 12 Peraturan Daerah ini.\nPasal 14\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";
        assert_eq!(run_text(&ReferenceResolves, &perda(good)), "");
    }
}
