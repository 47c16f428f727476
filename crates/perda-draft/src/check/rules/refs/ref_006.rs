//! ## What it checks
//! The order of several references in one phrase: Pasal in ascending order, and within one
//! Pasal its ayat, huruf and angka in ascending order (`Pasal 12, Pasal 7 ayat (2)` or
//! `ayat (3) dan ayat (1)` are reported). Ranges (`sampai dengan`) and references to other
//! regulations are not checked.
//! Nothing is reported on a line where the parser repaired OCR damage.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II, teknik pengacuan: when several provisions are cited together,
//! the ayat of the same Pasal come first, then the other Pasal in ascending order. A
//! reader then finds each of them in order, and a missing or doubled one stands out. The
//! angka is from a secondary restatement (Basis S), so the rule warns.
//!
//! ## Example
//! ```text
//! Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 12 dan Pasal 7
//! ayat (2) dikenai sanksi administratif.
//! ```
//!
//! ## Instead
//! ```text
//! Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 7 ayat (2) dan
//! Pasal 12 dikenai sanksi administratif.
//! ```

use super::super::prelude::*;
use super::super::rum::locate;
use super::super::rum::report_clean;
use super::{body_citations, show};
use perda_law::citation::Reference;
use perda_law::structure::article_key;

/// REF-006 `reference-order`.
pub struct ReferenceOrder;

static META: RuleMeta = RuleMeta {
    code: "REF-006",
    name: "reference-order",
    group: Group::References,
    family: Family::References,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Beberapa pengacuan disusun berurutan: ayat dalam Pasal yang sama lebih dahulu, lalu Pasal lain dari nomor kecil ke besar",
        en: "Several references are ordered: ayat of the same Pasal first, then other Pasal in ascending order",
    },
    source: "UU 12/2011 Lampiran II, teknik pengacuan",
    file: include_str!("ref_006.rs"),
};

/// Whether `b` is cited after `a` although it comes before it.
fn descends(a: &Reference, b: &Reference) -> bool {
    let num = |s: &Option<String>| s.as_deref().and_then(|x| x.parse::<u32>().ok());
    match (&a.article, &b.article) {
        (Some(x), Some(y)) if x != y => return article_key(y) < article_key(x),
        _ => {}
    }
    if a.clause != b.clause {
        return matches!((num(&a.clause), num(&b.clause)), (Some(x), Some(y)) if y < x);
    }
    if a.point != b.point {
        return matches!((&a.point, &b.point), (Some(x), Some(y)) if x.len() == y.len() && y < x);
    }
    matches!((num(&a.item), num(&b.item)), (Some(x), Some(y)) if y < x)
}

impl Rule for ReferenceOrder {
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
    for cited in body_citations(doc) {
        if cited.external() || cited.citation.refs.len() < 2 {
            continue;
        }
        let written = cited.written();
        if written.contains("sampai dengan") {
            continue;
        }
        let refs = &cited.citation.refs;
        let pair = refs
            .iter()
            .zip(refs.iter().skip(1))
            .find(|(a, b)| descends(a, b));
        let Some((a, b)) = pair else { continue };
        let Some((line, at)) = locate(
            doc,
            cited.ctx.node,
            cited.hay,
            cited.citation.start,
            cited.citation.end,
        ) else {
            continue;
        };
        let (sa, sb) = (show(a), show(b));
        sink.at_offset(
                line,
                at,
                format!("pengacuan `{written}` tidak berurutan: {sb} disebut setelah {sa}"),
                format!("the references `{written}` are out of order: {sb} is cited after {sa}"),
            )
            .help(
                "sebut ayat dalam Pasal yang sama lebih dahulu, lalu Pasal lain dari nomor kecil ke nomor besar",
                "cite the ayat of the same Pasal first, then the other Pasal in ascending order",
            );
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_descending_references() {
        let bad = "Pasal 20\n(1) Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 12 dan Pasal 7 ayat (2) dikenai sanksi.\n(2) Sanksi sebagaimana dimaksud pada ayat (1) huruf c dan huruf a dijatuhkan.\n";
        insta::assert_snapshot!(run_text(&ReferenceOrder, &perda(bad)));
    }

    #[test]
    fn accepts_ascending_references_and_ranges() {
        let good = "Pasal 20\n(1) Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 7 ayat (2), Pasal 9, dan Pasal 12 dikenai sanksi.\n(2) Sanksi sebagaimana dimaksud pada ayat (1) huruf a dan huruf c serta Pasal 5 sampai dengan Pasal 8 dijatuhkan.\n";
        assert_eq!(run_text(&ReferenceOrder, &perda(good)), "");
    }
}
