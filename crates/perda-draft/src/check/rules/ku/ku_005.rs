//! ## What it checks
//! Whether each term defined in the Ketentuan Umum (or its short form) is used in the Pasal
//! after it. A term never used is a warning; a term used only once is reported as
//! information. Only a complete body is judged: a copy cut off after the first pages
//! cannot show that a term is unused.
//! On a copy that came through OCR (the parser had to repair misread marks, digits,
//! markers or units run together at least 8 times) the rule stays silent: a lost `(2)` or
//! a `;` read as `:` there is the scan's fault, not the regulation's.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 102 and 105: a term is defined in the Ketentuan Umum only
//! when it is used repeatedly in the Pasal that follow (or needed for a whole BAB or
//! Bagian); a term used once is better explained where it is used. A defined term that is
//! never used usually shows a provision that was dropped from the draft. The angka numbers
//! are from a secondary restatement (Basis S).
//!
//! ## Example
//! ```text
//! 7. Satuan Tugas adalah tim yang dibentuk oleh Bupati untuk ...
//! (and no Pasal after Pasal 1 mentions a Satuan Tugas)
//! ```
//!
//! ## Instead
//! ```text
//! Either drop the definition, or write the provision that uses it:
//! Pasal 20
//! (1) Bupati membentuk Satuan Tugas.
//! ```

use super::super::prelude::*;
use super::super::rum::report_clean;
use super::{TermIndex, unit_hays, units_after_definitions};

/// KU-005 `defined-term-used`.
pub struct DefinedTermUsed;

static META: RuleMeta = RuleMeta {
    code: "KU-005",
    name: "defined-term-used",
    group: Group::Definitions,
    family: Family::Terminology,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Istilah yang didefinisikan digunakan berulang kali dalam Pasal berikutnya",
        en: "A defined term is used repeatedly in the Pasal that follow",
    },
    source: "UU 12/2011 Lampiran II angka 102 dan 105",
    file: include_str!("ku_005.rs"),
};

impl Rule for DefinedTermUsed {
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
    if !doc.body_complete() || doc.info.amending {
        return;
    }
    let units = units_after_definitions(doc);
    let index = TermIndex::of(doc);
    let hays = unit_hays(&units);
    for d in &doc.definitions {
        if d.term.is_empty()
            || d.term.split_whitespace().count() > 8
            || d.term.contains(". ")
            || super::super::rum::noisy_line(doc, d.line)
        {
            continue;
        }
        let mut uses = 0;
        for (i, &(_, hay)) in hays.iter().enumerate() {
            uses += index.positions(i, hay, &d.term, true).len();
            if let Some(s) = super::super::rum::short_form(d)
                && s != d.term
            {
                uses += index.positions(i, hay, s, false).len();
            }
            if uses > 1 {
                break;
            }
        }
        if uses > 1 {
            continue;
        }
        let Some(line) = doc.line(d.line) else {
            continue;
        };
        let at = line.text.find(d.term.as_str()).unwrap_or(0);
        let named = match super::super::rum::short_form(d) {
            Some(s) => format!("`{}` ({s})", d.term),
            None => format!("`{}`", d.term),
        };
        if uses == 0 {
            sink.at_offset(
                line,
                at,
                format!(
                    "istilah {named} didefinisikan tetapi tidak digunakan dalam Pasal berikutnya"
                ),
                format!("the term {named} is defined but not used in the Pasal that follow"),
            )
            .help(
                "hapus definisi itu, atau periksa apakah ketentuan yang menggunakannya terhapus",
                "drop the definition, or check whether the provision using it was lost",
            );
        } else {
            sink.at_offset(
                line,
                at,
                format!("istilah {named} hanya digunakan satu kali setelah Ketentuan Umum"),
                format!("the term {named} is used only once after the Ketentuan Umum"),
            )
            .help(
                "istilah yang hanya digunakan satu kali cukup dijelaskan di tempat penggunaannya",
                "a term used once can be explained where it is used",
            )
            .severity(Severity::Info);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const DEFS: &str = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Satuan Tugas adalah tim yang dibentuk oleh Bupati.\n3. Pekerja Migran Indonesia yang selanjutnya disingkat PMI adalah warga negara Indonesia yang bekerja di luar negeri.\n4. Layanan Terpadu Satu Atap adalah layanan terpadu.\n";

    #[test]
    fn flags_unused_and_once_used_terms() {
        let bad = format!(
            "{DEFS}Pasal 2\nPemerintah Daerah mendata PMI dari Daerah melalui Layanan Terpadu Satu Atap.\nPasal 3\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n"
        );
        insta::assert_snapshot!(run_text(&DefinedTermUsed, &perda(&bad)));
    }

    #[test]
    fn accepts_terms_used_repeatedly_and_skips_cut_bodies() {
        let good = format!(
            "{DEFS}Pasal 2\nPemerintah Daerah mendata PMI dari Daerah melalui Layanan Terpadu Satu Atap dan membentuk Satuan Tugas.\nPasal 3\nSatuan Tugas dan layanan terpadu satu atap melayani PMI di Daerah.\nPasal 4\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n"
        );
        assert_eq!(run_text(&DefinedTermUsed, &perda(&good)), "");
        let cut = format!("{DEFS}Pasal 2\nPemerintah Daerah mendata PMI.\n");
        assert_eq!(run_text(&DefinedTermUsed, &perda(&cut)), "");
    }
}
