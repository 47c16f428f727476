//! ## What it checks
//! A term of two or more words defined in the Ketentuan Umum that is written, in the Pasal
//! after it, with a lower-case first letter (`pekerja migran Indonesia` for the defined
//! `Pekerja Migran Indonesia`). Reported once per term, at its first such use, with the
//! count. Words inside the title of a cited regulation (`... tentang ...`) and inside
//! quotation marks are not counted, nor a use followed by a word that names another
//! referent (`pemerintah daerah provinsi` in a Perda Kabupaten whose `Pemerintah Daerah`
//! is the kabupaten's, `desa lain`). Single-word terms (`Daerah`, `Desa`, `Orang`) are not
//! checked: the same word is also an ordinary noun.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 108 and the Kemenkumham Q&A on Perda (Q168): a defined
//! term is written with initial capitals wherever it is used, so a reader can tell the
//! defined meaning from the everyday one. The angka is from a secondary restatement
//! (Basis S), and the check is a heuristic: the rule warns.
//!
//! ## Example
//! ```text
//! 2. Pekerja Migran Indonesia adalah ...
//! Pasal 6
//! Setiap pekerja migran Indonesia wajib ...
//! ```
//!
//! ## Instead
//! ```text
//! 2. Pekerja Migran Indonesia adalah ...
//! Pasal 6
//! Setiap Pekerja Migran Indonesia wajib ...
//! ```

use super::super::prelude::*;
use super::super::rum::locate;
use super::{TermIndex, in_cited_title, unit_hays, units_after_definitions};

/// KU-006 `defined-term-capitalised`.
pub struct DefinedTermCapitalised;

static META: RuleMeta = RuleMeta {
    code: "KU-006",
    name: "defined-term-capitalised",
    group: Group::Definitions,
    family: Family::Terminology,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Istilah yang didefinisikan ditulis dengan huruf awal kapital di mana pun digunakan",
        en: "A defined term is written with initial capitals wherever it is used",
    },
    source: "UU 12/2011 Lampiran II angka 108; Buku Tanya Jawab Pembentukan Perda (Kemenkumham) Q168",
    file: include_str!("ku_006.rs"),
};

fn quoted(hay: &str, pos: usize) -> bool {
    let before = hay.get(..pos).unwrap_or("");
    before.matches('"').count() % 2 == 1
        || before.matches('\u{201c}').count() > before.matches('\u{201d}').count()
}

/// Whether the words after a lower-case use name another referent than the defined term
/// (`pemerintah daerah provinsi` where `Pemerintah Daerah` is the kabupaten's).
fn other_referent(after: &str) -> bool {
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    matches!(
        next,
        "provinsi" | "kabupaten" | "kota" | "kabupaten/kota" | "lain" | "lainnya" | "setempat"
    )
}

impl Rule for DefinedTermCapitalised {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let units = units_after_definitions(doc);
        let index = TermIndex::of(doc);
        let hays = unit_hays(&units);
        for d in &doc.definitions {
            let term = d.term.as_str();
            if term.split_whitespace().count() < 2
                || term.split_whitespace().count() > 8
                || !term.chars().next().is_some_and(char::is_uppercase)
            {
                continue;
            }
            let mut first = None;
            let mut count = 0;
            let mut written = String::new();
            for (i, &(node, hay)) in hays.iter().enumerate() {
                for pos in index.positions(i, hay, term, true) {
                    let Some(found) = hay.get(pos..pos + term.len()) else {
                        continue;
                    };
                    if !found.chars().next().is_some_and(char::is_lowercase)
                        || in_cited_title(hay, pos)
                        || quoted(hay, pos)
                        || other_referent(hay.get(pos + term.len()..).unwrap_or(""))
                    {
                        continue;
                    }
                    count += 1;
                    if first.is_none() {
                        first = locate(doc, node, hay, pos, pos + term.len());
                        written = found.to_string();
                    }
                }
            }
            let Some((line, at)) = first else { continue };
            let (times_id, times_en) = if count > 1 {
                (format!(" ({count} kali)"), format!(" ({count} times)"))
            } else {
                (String::new(), String::new())
            };
            sink.at_offset(
                line,
                at,
                format!("istilah yang didefinisikan ditulis `{written}`{times_id}, tidak dengan huruf awal kapital"),
                format!("the defined term is written `{written}`{times_en}, without initial capitals"),
            )
            .help(
                format!("tulis `{term}` sebagaimana didefinisikan dalam Pasal 1 angka {}", d.number),
                format!("write `{term}` as defined in Pasal 1 angka {}", d.number),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const DEFS: &str = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Pekerja Migran Indonesia adalah warga negara Indonesia yang bekerja di luar negeri.\n3. Pemerintah Daerah adalah Bupati sebagai unsur penyelenggara Pemerintahan Daerah.\n";

    #[test]
    fn flags_lower_case_uses() {
        let bad = format!(
            "{DEFS}Pasal 2\nSetiap pekerja migran Indonesia wajib melapor.\nPasal 3\nPemerintah daerah melindungi pekerja migran indonesia.\n"
        );
        insta::assert_snapshot!(run_text(&DefinedTermCapitalised, &perda(&bad)));
    }

    #[test]
    fn accepts_capitals_titles_and_ordinary_words() {
        let good = format!(
            "{DEFS}Pasal 2\nSetiap Pekerja Migran Indonesia wajib melapor kepada daerah asal sesuai Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan pekerja migran Indonesia.\nPasal 3\nIstilah \"pekerja migran Indonesia\" dahulu disebut tenaga kerja Indonesia.\nPasal 4\nBupati berkoordinasi dengan pemerintah daerah provinsi.\n"
        );
        assert_eq!(run_text(&DefinedTermCapitalised, &perda(&good)), "");
    }
}
