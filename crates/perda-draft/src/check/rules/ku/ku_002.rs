//! ## What it checks
//! The sentence that opens the definitions of Pasal 1: `Dalam Peraturan Daerah ini yang
//! dimaksud dengan:` in a Perda, `Dalam Peraturan Desa ini yang dimaksud dengan:` in a
//! Peraturan Desa (and, for other kinds, the kind's own name: `Dalam Undang-Undang ini
//! yang dimaksud dengan:` in an Undang-Undang). Spacing before the colon is tolerated;
//! other words, a comma, a missing colon or a missing sentence are reported.
//! Nothing is reported on a line where the parser repaired OCR damage.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 99–100 gives the formula that opens the definitions, with
//! the name of the kind of regulation. The angka numbers are from a secondary restatement
//! (Basis S), so the rule warns.
//!
//! ## Example
//! ```text
//! Pasal 1
//! Yang dimaksud dalam Perda ini adalah:
//! 1. Daerah adalah Kabupaten Jember.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 1
//! Dalam Peraturan Daerah ini yang dimaksud dengan:
//! 1. Daerah adalah Kabupaten Jember.
//! ```

use super::super::prelude::*;
use super::super::rum::report_clean;
use super::super::rum::{definitions_article, jenis, locate, node_line};

/// KU-002 `definitions-opening-formula`.
pub struct DefinitionsOpeningFormula;

static META: RuleMeta = RuleMeta {
    code: "KU-002",
    name: "definitions-opening-formula",
    group: Group::Definitions,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Pasal 1 dibuka dengan `Dalam Peraturan Daerah ini yang dimaksud dengan:`",
        en: "Pasal 1 opens with `Dalam Peraturan Daerah ini yang dimaksud dengan:`",
    },
    source: "UU 12/2011 Lampiran II angka 99–100",
    file: include_str!("ku_002.rs"),
};

impl Rule for DefinitionsOpeningFormula {
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
    let Some(article) = definitions_article(doc) else {
        return;
    };
    let names = jenis(doc);
    let lead: String = article
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let lead_norm = lead.replace(" :", ":");
    let ok = names
        .iter()
        .any(|j| lead_norm == format!("Dalam {j} ini yang dimaksud dengan:"));
    if ok {
        return;
    }
    let want = format!(
        "Dalam {} ini yang dimaksud dengan:",
        names.first().copied().unwrap_or("Peraturan Daerah")
    );
    let (line, off) = if lead.is_empty() {
        match node_line(doc, article) {
            Some(l) => (l, 0),
            None => return,
        }
    } else {
        match locate(doc, article, &article.text, 0, article.text.len()) {
            Some(x) => x,
            None => return,
        }
    };
    let (id, en) = if lead.is_empty() {
        (
            format!(
                "Pasal {} memuat definisi tanpa kalimat pembuka",
                article.number
            ),
            format!(
                "Pasal {} lists definitions without an opening sentence",
                article.number
            ),
        )
    } else {
        (
            format!("kalimat pembuka definisi tidak sesuai rumusan baku: `{lead}`"),
            format!("the sentence opening the definitions is not the standard formula: `{lead}`"),
        )
    };
    sink.at_offset(line, off, id, en)
        .help(format!("tulis `{want}`"), format!("write `{want}`"));
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::{doc, run, run_text};

    const ITEMS: &str = "1. Daerah adalah Kabupaten Jember.\n2. Bupati adalah Bupati Jember.\n";

    #[test]
    fn flags_other_openings() {
        let bad = format!("Pasal 1\nYang dimaksud dalam Perda ini adalah:\n{ITEMS}");
        insta::assert_snapshot!(run_text(&DefinitionsOpeningFormula, &perda(&bad)));
        let comma = format!("Pasal 1\nDalam Peraturan Daerah ini, yang dimaksud dengan:\n{ITEMS}");
        insta::assert_snapshot!(
            "comma",
            run_text(&DefinitionsOpeningFormula, &perda(&comma))
        );
    }

    #[test]
    fn accepts_the_formula_of_each_kind() {
        let good = format!("Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan :\n{ITEMS}");
        assert_eq!(run_text(&DefinitionsOpeningFormula, &perda(&good)), "");
        let desa = format!(
            "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nPELINDUNGAN\nPasal 1\nDalam Peraturan Desa ini yang dimaksud dengan:\n{ITEMS}"
        );
        assert_eq!(run(&DefinitionsOpeningFormula, &doc(&desa)), "");
        let uu = format!(
            "UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 18 TAHUN 2017\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nPasal 1\nDalam Undang-Undang ini yang dimaksud dengan:\n{ITEMS}"
        );
        assert_eq!(run(&DefinitionsOpeningFormula, &doc(&uu)), "");
    }
}
