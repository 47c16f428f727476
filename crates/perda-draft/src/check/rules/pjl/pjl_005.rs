//! ## What it checks
//! Terms defined in the Ketentuan Umum explained again in the Penjelasan (`Yang dimaksud
//! dengan "Pekerja Migran Indonesia" adalah ...`, where the term or its short form is a
//! definition of Pasal 1), and a Penjelasan of the Ketentuan Umum Pasal that says anything
//! but `Cukup jelas.`.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 angka 107 and 179 huruf d: a definition in the Ketentuan Umum is
//! not explained further, since a second description could contradict the first; the
//! Penjelasan of the definitions Pasal therefore reads `Cukup jelas.`.
//!
//! ## Example
//! ```text
//! Pasal 1
//! Angka 3
//! Yang dimaksud dengan "Pekerja Migran Indonesia" adalah warga Daerah yang bekerja di luar
//! negeri.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 1
//! Cukup jelas.
//! ```

use super::super::prelude::*;

/// PJL-005 `definitions-not-explained`.
pub struct DefinitionsNotExplained;

static META: RuleMeta = RuleMeta {
    code: "PJL-005",
    name: "definitions-not-explained",
    group: Group::Elucidation,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Istilah yang didefinisikan dalam Ketentuan Umum tidak dijelaskan lagi; penjelasan Pasal 1 berbunyi \"Cukup jelas.\"",
        en: "Terms defined in the Ketentuan Umum are not explained again; the Penjelasan of Pasal 1 reads \"Cukup jelas.\"",
    },
    source: "Lampiran II UU 12/2011 angka 107 dan 179 huruf d",
    file: include_str!("pjl_005.rs"),
};

static EXPLAINED: LazyLock<Regex> = LazyLock::new(|| {
    re("Yang dimaksud dengan [\"\u{201c}\u{201e}]([^\"\u{201c}\u{201d}]+)[\"\u{201d}]")
});

impl Rule for DefinitionsNotExplained {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let lines = doc.segment(Segment::Elucidation);
        if lines.is_empty() || doc.definitions.is_empty() {
            return;
        }
        let terms: Vec<String> = doc
            .definitions
            .iter()
            .flat_map(|d| [Some(d.term.as_str()), d.short.as_deref()])
            .flatten()
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty())
            .collect();
        for line in lines {
            for c in EXPLAINED.captures_iter(&line.text) {
                let (Some(whole), Some(term)) = (c.get(0), c.get(1)) else {
                    continue;
                };
                if !terms.contains(&term.as_str().trim().to_lowercase()) {
                    continue;
                }
                sink.at_offset(
                    line,
                    whole.start(),
                    format!("istilah \"{}\" telah didefinisikan dalam Ketentuan Umum dan tidak dijelaskan lagi", term.as_str()),
                    format!("\"{}\" is defined in the Ketentuan Umum and is not explained again", term.as_str()),
                )
                .help(
                    "hapus penjelasan istilah ini; bila definisinya kurang jelas, perbaiki definisinya dalam Pasal 1",
                    "delete this explanation; if the definition is unclear, improve it in Pasal 1",
                );
            }
        }
        // The Penjelasan of the definitions Pasal.
        let Some(first) = doc.articles().next() else {
            return;
        };
        let Some(explained) = doc
            .act
            .elucidation
            .as_ref()
            .and_then(|e| e.articles.iter().find(|a| a.number == first.number))
        else {
            return;
        };
        let text = explained.full_text();
        let text = text.trim();
        if text.is_empty()
            || text.eq_ignore_ascii_case("cukup jelas.")
            || text.eq_ignore_ascii_case("cukup jelas")
        {
            return;
        }
        if let Some(line) = doc.line(explained.span.line) {
            sink.at(
                line,
                format!("Penjelasan Pasal {} (Ketentuan Umum) memuat penjelasan, bukan \"Cukup jelas.\"", first.number),
                format!("the Penjelasan of Pasal {} (Ketentuan Umum) explains instead of saying \"Cukup jelas.\"", first.number),
            )
            .help(
                "tulis \"Cukup jelas.\" untuk Pasal Ketentuan Umum",
                "write \"Cukup jelas.\" for the Ketentuan Umum Pasal",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_a_defined_term_explained_again() {
        let bad = PERDA.replace(
            "Pasal 1\nCukup jelas.\nPasal 2",
            "Pasal 1\nAngka 2\nYang dimaksud dengan \"Pekerja Migran Indonesia\" adalah warga Daerah yang bekerja di luar negeri.\nPasal 2",
        );
        insta::assert_snapshot!(run_text(&DefinitionsNotExplained, &bad));
    }

    #[test]
    fn accepts_other_terms() {
        assert_eq!(run_text(&DefinitionsNotExplained, PERDA), "");
    }
}
