//! ## What it checks
//! That the opening has, between the title and `Menimbang`, the phrase `DENGAN RAHMAT
//! TUHAN YANG MAHA ESA` exactly once, in capitals and word for word. A Qanun of Aceh,
//! which has its own formula, is not checked.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 14: the pembukaan of every regulation begins with the
//! phrase `DENGAN RAHMAT TUHAN YANG MAHA ESA`, written in capitals and centred. It is a
//! fixed formula; a misspelt or doubled phrase is a drafting error that evaluators return.
//! The angka was read only in secondary restatements (basis S).
//!
//! ## Example
//! ```text
//! DENGAN RAHMAT TUHAN YANG MAHA YANG ESA
//! ```
//!
//! ## Instead
//! ```text
//! DENGAN RAHMAT TUHAN YANG MAHA ESA
//! ```

use super::super::prelude::*;
use super::rahmat_lines;
use crate::check::rules::doc::{gap_within, preamble_lines, type_line};

/// PEM-001 `rahmat-phrase`.
pub struct RahmatPhrase;

static META: RuleMeta = RuleMeta {
    code: "PEM-001",
    name: "rahmat-phrase",
    group: Group::Opening,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Pembukaan memuat frasa `DENGAN RAHMAT TUHAN YANG MAHA ESA` tepat satu kali",
        en: "The opening has the phrase `DENGAN RAHMAT TUHAN YANG MAHA ESA` exactly once",
    },
    source: "UU 12/2011 Lampiran II angka 14",
    file: include_str!("pem_001.rs"),
};

const PHRASE: &str = "DENGAN RAHMAT TUHAN YANG MAHA ESA";

impl Rule for RahmatPhrase {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let Some((_, type_line)) = type_line(doc) else {
            return;
        };
        if type_line.text.to_uppercase().starts_with("QANUN") {
            return;
        }
        let found = rahmat_lines(doc);
        if found.is_empty() {
            // Report only when the opening is there and nothing between is missing.
            let Some(next) = preamble_lines(doc).iter().find(|l| {
                let t = l.text.trim_start().to_lowercase();
                t.starts_with("menimbang") || t.starts_with("mengingat")
            }) else {
                return;
            };
            if gap_within(doc, type_line.no, next.no) {
                return;
            }
            sink.at(
                next,
                format!("pembukaan tidak memuat frasa `{PHRASE}`"),
                format!("the opening lacks the phrase `{PHRASE}`"),
            )
            .help(
                format!("tulis `{PHRASE}` sesudah judul, sebelum jabatan pembentuk"),
                format!("write `{PHRASE}` after the title, before the enacting office"),
            );
            return;
        }
        for (i, line) in found.iter().enumerate() {
            let t = line.text.trim();
            if i > 0 {
                sink.at(
                    line,
                    format!("frasa `{PHRASE}` ditulis lebih dari satu kali"),
                    format!("the phrase `{PHRASE}` is written more than once"),
                )
                .help("hapus frasa yang berulang", "remove the repeated phrase");
            } else if t.split_whitespace().collect::<Vec<_>>().join(" ") != PHRASE {
                sink.at(
                    line,
                    format!("frasa pembukaan tidak baku: `{t}`"),
                    format!("the opening phrase is not standard: `{t}`"),
                )
                .help(format!("tulis `{PHRASE}`"), format!("write `{PHRASE}`"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const TITLE: &str =
        "PERATURAN DAERAH KABUPATEN LOMBOK TIMUR\nNOMOR 12 TAHUN 2006\nTENTANG\nX\n";

    #[test]
    fn flags_misspelt_doubled_and_missing_phrases() {
        let out: String = [
            "DENGAN RAHMAT TUHAN YANG MAHA YANG ESA\nBUPATI LOMBOK TIMUR,\nMenimbang : bahwa x;\n",
            "DENGAN RAHMAT TUHAN YANG MAHA ESA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI LOMBOK TIMUR,\nMenimbang : bahwa x;\n",
            "BUPATI LOMBOK TIMUR,\nMenimbang : bahwa x;\n",
        ]
        .iter()
        .map(|o| run_text(&RahmatPhrase, &format!("{TITLE}{o}")))
        .collect();
        insta::assert_snapshot!(out);
    }

    #[test]
    fn accepts_the_phrase_and_skips_gaps() {
        for o in [
            "DENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI LOMBOK TIMUR,\nMenimbang : bahwa x;\n",
            "[... gap: not recovered ...]\nBUPATI LOMBOK TIMUR,\nMenimbang : bahwa x;\n",
        ] {
            assert_eq!(run_text(&RahmatPhrase, &format!("{TITLE}{o}")), "", "{o}");
        }
    }
}
