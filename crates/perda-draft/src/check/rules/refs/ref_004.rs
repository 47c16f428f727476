//! ## What it checks
//! References to a Pasal placed after the referring Pasal (`Pasal 7` citing `Pasal 19`),
//! outside the BAB `KETENTUAN PIDANA`. One warning per reference phrase.
//! Nothing is reported on a line where the parser repaired OCR damage.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II, teknik pengacuan: avoid referring to a Pasal or ayat that comes
//! after the referring one — the reader meets a norm before the provision that gives it
//! content. Criminal provisions, which by their nature cite the norms before them, and the
//! Penjelasan are excepted. The angka is from a secondary restatement (Basis S), so the
//! rule warns.
//!
//! ## Example
//! ```text
//! Pasal 7
//! Pendataan dilakukan oleh Tim sebagaimana dimaksud dalam Pasal 19.
//! ```
//!
//! ## Instead
//! ```text
//! Place the provision on the Tim before Pasal 7 (it becomes Pasal 6), and cite it:
//! Pasal 7
//! Pendataan dilakukan oleh Tim sebagaimana dimaksud dalam Pasal 6.
//! ```

use super::super::bt::chapter_key;
use super::super::prelude::*;
use super::super::rum::locate;
use super::super::rum::report_clean;
use super::{body_citations, show};
use perda_law::structure::article_key;

/// REF-004 `no-forward-reference`.
pub struct NoForwardReference;

static META: RuleMeta = RuleMeta {
    code: "REF-004",
    name: "no-forward-reference",
    group: Group::References,
    family: Family::References,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Hindari pengacuan ke Pasal yang terletak sesudah Pasal yang mengacu",
        en: "Avoid referring to a Pasal placed after the referring one",
    },
    source: "UU 12/2011 Lampiran II, teknik pengacuan",
    file: include_str!("ref_004.rs"),
};

impl Rule for NoForwardReference {
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
    if doc.info.amending {
        return;
    }
    for cited in body_citations(doc) {
        if cited.external() {
            continue;
        }
        if cited
            .ctx
            .chapter
            .is_some_and(|ch| chapter_key(ch) == "KETENTUAN PIDANA")
        {
            continue;
        }
        let Some(here) = cited.ctx.article else {
            continue;
        };
        let here_key = article_key(&here.number);
        let forward = cited.citation.refs.iter().find(|r| {
            r.article
                .as_deref()
                .is_some_and(|a| article_key(a) > here_key && doc.article(a).is_some())
        });
        let Some(target) = forward else { continue };
        let Some((line, at)) = locate(
            doc,
            cited.ctx.node,
            cited.hay,
            cited.citation.start,
            cited.citation.end,
        ) else {
            continue;
        };
        let t = show(target);
        sink.at_offset(
                line,
                at,
                format!("Pasal {} mengacu ke {t} yang terletak sesudahnya", here.number),
                format!("Pasal {} refers to {t}, which comes after it", here.number),
            )
            .help(
                "susun ketentuan yang diacu sebelum ketentuan yang mengacu, atau rumuskan ulang tanpa pengacuan ke depan",
                "place the provision referred to before the one referring to it, or reword without a forward reference",
            );
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BODY: &str = "BAB I\nPENDATAAN\nPasal 1\nPendataan dilakukan oleh Tim sebagaimana dimaksud dalam Pasal 2.\nPasal 2\nBupati membentuk Tim.\nBAB II\nKETENTUAN PIDANA\nPasal 3\nSetiap Orang yang melanggar Pasal 4 dipidana.\nPasal 4\nSetiap Orang wajib melapor sebagaimana dimaksud dalam Pasal 1 dan Pasal 2.\n";

    #[test]
    fn flags_forward_references_outside_ketentuan_pidana() {
        insta::assert_snapshot!(run_text(&NoForwardReference, &perda(BODY)));
    }

    #[test]
    fn accepts_backward_references() {
        let good = "Pasal 1\nBupati membentuk Tim.\nPasal 2\nPendataan dilakukan oleh Tim sebagaimana dimaksud dalam Pasal 1 dan Pasal 5 Undang-Undang Nomor 18 Tahun 2017. Pasal 3 ... - 2 -\n";
        assert_eq!(run_text(&NoForwardReference, &perda(good)), "");
    }
}
