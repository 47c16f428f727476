//! ## What it checks
//! The definitions of terms that UU 18/2017 Pasal 1 also defines (`Pekerja Migran
//! Indonesia`, `Calon Pekerja Migran Indonesia`, `Pelindungan Sebelum Bekerja`,
//! `Perusahaan Penempatan Pekerja Migran Indonesia`, ...): their wording, after the term,
//! must be the statute's. Case, spacing and punctuation are ignored; a short form the
//! regulation adds (`yang selanjutnya disingkat PMI`) is allowed. Where UU 11/2020 and
//! UU 6/2023 amended a definition (Pasal 1 angka 9 and 16), both the original and the
//! amended wording are accepted. Terms that name a regional body or an office differently
//! at each level (`Pemerintah Daerah`, `Pemerintah Desa`, `Menteri`, `Badan`) are not
//! compared. The rule runs on regional regulations that implement UU 18/2017 (they cite
//! it in the Menimbang or Mengingat, or their name is about `pekerja migran`); a Perda of
//! the UU 39/2004 era implements that repealed law and is not compared.
//! Nothing is reported on a line where the parser repaired OCR damage.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 103 and 106: a definition taken from a higher regulation
//! that the regulation implements is worded identically, so that the same term does not
//! carry two meanings in the same field. A Perda that narrows `Pekerja Migran Indonesia`
//! narrows the protection UU 18/2017 gives. The angka numbers are from a secondary
//! restatement (Basis S), so the rule warns.
//!
//! ## Example
//! ```text
//! 2. Pekerja Migran Indonesia adalah warga Daerah yang bekerja di luar negeri.
//! ```
//!
//! ## Instead
//! ```text
//! 2. Pekerja Migran Indonesia adalah setiap warga negara Indonesia yang akan, sedang,
//!    atau telah melakukan pekerjaan dengan menerima upah di luar wilayah Republik
//!    Indonesia.
//! ```

use std::sync::LazyLock;

use super::super::prelude::*;
use super::super::rum::node_line;
use super::super::rum::report_clean;

/// KU-008 `definition-matches-statute`.
pub struct DefinitionMatchesStatute;

static META: RuleMeta = RuleMeta {
    code: "KU-008",
    name: "definition-matches-statute",
    group: Group::Definitions,
    family: Family::Terminology,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Definisi yang diambil dari UU 18/2017 dirumuskan sama dengan rumusan Undang-Undang",
        en: "Definitions taken from UU 18/2017 are worded as the statute words them",
    },
    source: "UU 12/2011 Lampiran II angka 103 dan 106; UU 18/2017 Pasal 1",
    file: include_str!("ku_008.rs"),
};

/// Terms whose meaning differs by level of government: not compared.
const LOCAL_TERMS: &[&str] = &["pemerintah daerah", "pemerintah desa", "menteri", "badan"];

/// A definition of UU 18/2017 Pasal 1.
#[derive(Debug)]
struct StatuteDefinition {
    /// Angka in Pasal 1.
    number: String,
    /// The term, without its short form, normalised.
    key: String,
    /// The accepted wordings of what follows `adalah`, normalised.
    bodies: Vec<String>,
    /// The statute's text, for the help (the latest wording first).
    shown: Vec<String>,
}

/// Lower case, letters and digits only, single spaces (`dan/atau` → `dan atau`).
fn norm(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `X yang selanjutnya disingkat Y adalah Z` → (`X`, `Z`).
fn split_definition(text: &str) -> Option<(String, String)> {
    let (head, body) = text.split_once(" adalah ")?;
    let term = [
        ", yang selanjutnya disingkat ",
        ", yang selanjutnya disebut ",
        " yang selanjutnya disingkat ",
        " yang selanjutnya disebut ",
    ]
    .iter()
    .find_map(|m| head.split_once(m).map(|(t, _)| t))
    .unwrap_or(head);
    Some((
        term.trim().trim_end_matches(',').to_string(),
        body.to_string(),
    ))
}

static STATUTE: LazyLock<Vec<StatuteDefinition>> = LazyLock::new(|| {
    let Ok(act) = perda_law::corpus::uu_18_2017() else {
        return Vec::new();
    };
    let Some(first) = act.article("1") else {
        return Vec::new();
    };
    let amended = perda_law::corpus::uu_18_2017_amended_definitions();
    let mut out = Vec::new();
    for item in first.children.iter().filter(|c| c.kind == NodeKind::Item) {
        let text = item.full_text();
        let text = text
            .strip_prefix(item.marker.as_str())
            .unwrap_or(&text)
            .trim()
            .to_string();
        let Some((term, body)) = split_definition(&text) else {
            continue;
        };
        let mut bodies = vec![norm(&body)];
        let mut shown = vec![text.clone()];
        for (n, new) in &amended {
            if *n == item.number
                && let Some((_, b)) = split_definition(new)
            {
                bodies.push(norm(&b));
                shown.insert(0, new.clone());
            }
        }
        out.push(StatuteDefinition {
            number: item.number.clone(),
            key: norm(&term),
            bodies,
            shown,
        });
    }
    out
});

/// Whether the document implements UU 18/2017.
fn implements_statute(doc: &Document) -> bool {
    use perda_law::structure::ActKind;
    let regional = matches!(
        doc.info.kind,
        None | Some(
            ActKind::PeraturanDaerah
                | ActKind::PeraturanKepalaDaerah
                | ActKind::PeraturanDesa
                | ActKind::PeraturanKepalaDesa
        )
    );
    let name = doc.info.name.as_deref().unwrap_or("").to_lowercase();
    let cites = doc
        .act
        .preamble
        .legal_bases
        .iter()
        .chain(&doc.act.preamble.considerations)
        .any(|n| n.full_text().contains("Nomor 18 Tahun 2017"));
    regional && (name.contains("pekerja migran") || cites)
}

impl Rule for DefinitionMatchesStatute {
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
    if !implements_statute(doc) {
        return;
    }
    let items = super::definition_items(doc);
    for d in &doc.definitions {
        let key = norm(&d.term);
        if LOCAL_TERMS.contains(&key.as_str()) {
            continue;
        }
        let Some(s) = STATUTE.iter().find(|s| s.key == key) else {
            continue;
        };
        let Some(item) = items.iter().find(|n| n.span.line == d.line) else {
            continue;
        };
        if super::super::rum::noisy_node(doc, item) {
            continue;
        }
        let full = item.full_text();
        let own = full
            .strip_prefix(item.marker.as_str())
            .unwrap_or(&full)
            .trim();
        let Some((_, body)) = split_definition(own) else {
            continue;
        };
        if s.bodies.contains(&norm(&body)) {
            continue;
        }
        let Some(line) = node_line(doc, item) else {
            continue;
        };
        let at = line.text.find(d.term.as_str()).unwrap_or(0);
        let statute = s.shown.first().cloned().unwrap_or_default();
        sink.at_offset(
            line,
            at,
            format!(
                "definisi `{}` berbeda dari rumusan UU 18/2017 Pasal 1 angka {}",
                d.term, s.number
            ),
            format!(
                "the definition of `{}` differs from UU 18/2017 Pasal 1 angka {}",
                d.term, s.number
            ),
        )
        .help(
            format!("gunakan rumusan Undang-Undang: \"{statute}\""),
            format!("use the statute's wording: \"{statute}\""),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn reads_the_statute_and_its_amendments() {
        assert!(STATUTE.len() >= 20);
        let pmi = STATUTE.iter().find(|s| s.key == "pekerja migran indonesia");
        assert_eq!(pmi.map(|s| s.number.as_str()), Some("2"));
        let p3mi = STATUTE
            .iter()
            .find(|s| s.key == "perusahaan penempatan pekerja migran indonesia");
        assert_eq!(p3mi.map(|s| s.bodies.len()), Some(2));
    }

    #[test]
    fn flags_a_different_wording() {
        let bad = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Pekerja Migran Indonesia yang selanjutnya disingkat PMI adalah warga Daerah yang bekerja di luar negeri.\n3. Pemerintah Daerah adalah Bupati sebagai unsur penyelenggara Pemerintahan Daerah.\n";
        insta::assert_snapshot!(run_text(&DefinitionMatchesStatute, &perda(bad)));
    }

    #[test]
    fn accepts_the_statute_wording_and_amended_wording() {
        let good = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Pekerja Migran Indonesia yang selanjutnya disingkat PMI adalah setiap warga negara Indonesia yang akan, sedang, atau telah melakukan pekerjaan dengan menerima upah di luar wilayah Republik Indonesia.\n2. Perusahaan Penempatan Pekerja Migran Indonesia yang selanjutnya disingkat P3MI adalah badan usaha berbadan hukum perseroan terbatas yang telah memperoleh izin tertulis dari Pemerintah Pusat untuk menyelenggarakan pelayanan penempatan Pekerja Migran Indonesia.\n";
        assert_eq!(run_text(&DefinitionMatchesStatute, &perda(good)), "");
        // A regulation on another subject is not compared.
        let other = perda("Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Orang adalah orang perseorangan.\n2. Daerah adalah Kabupaten Jember.\n")
            .replace("PELINDUNGAN PEKERJA MIGRAN INDONESIA", "KETERTIBAN UMUM");
        assert_eq!(run_text(&DefinitionMatchesStatute, &other), "");
    }
}
