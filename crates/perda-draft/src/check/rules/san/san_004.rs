//! ## What it checks
//! A criminal provision whose subject is written `Barangsiapa` / `Barang siapa` instead of
//! `Setiap orang` (or `Setiap Orang` where the Ketentuan Umum defines it).
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (ketentuan pidana) writes the subject of a provision that applies
//! to anyone as `setiap orang`; `barangsiapa` is the wording of the colonial Wetboek van
//! Strafrecht and is no longer used. The rule was read in a restatement of Lampiran II (DPR,
//! "Proses & Teknik Penyusunan Undang-Undang"); its angka number is not verified.
//!
//! ## Example
//! ```text
//! Pasal 20
//! Barangsiapa melanggar ketentuan sebagaimana dimaksud dalam Pasal 8 dipidana dengan pidana
//! denda paling banyak kategori II.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 20
//! Setiap orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 8 dipidana dengan
//! pidana denda paling banyak kategori II.
//! ```

use super::super::prelude::*;
use super::{CRIMINAL, report_in, units};

/// SAN-004 `criminal-provision-subject`.
pub struct CriminalProvisionSubject;

static META: RuleMeta = RuleMeta {
    code: "SAN-004",
    name: "criminal-provision-subject",
    group: Group::Sanctions,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Subjek ketentuan pidana yang berlaku umum ditulis \"Setiap orang\", bukan \"Barangsiapa\"",
        en: "The subject of a criminal provision that applies to anyone is \"Setiap orang\", not \"Barangsiapa\"",
    },
    source: "Lampiran II UU 12/2011, ketentuan pidana",
    file: include_str!("san_004.rs"),
};

static BARANGSIAPA: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[Bb]arang\s?siapa\b|\bBARANG\s?SIAPA\b"));

impl Rule for CriminalProvisionSubject {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if doc.info.is_desa() {
            return;
        }
        for unit in units(doc) {
            if !CRIMINAL.is_match(&unit.text) {
                continue;
            }
            let Some(m) = BARANGSIAPA.find(&unit.text) else {
                continue;
            };
            if let Some(r) = report_in(
                sink,
                doc,
                unit.node,
                m.as_str(),
                format!(
                    "subjek ketentuan pidana dalam Pasal {} ditulis `{}`",
                    unit.article.number,
                    m.as_str()
                ),
                format!(
                    "the subject of the criminal provision in Pasal {} is written `{}`",
                    unit.article.number,
                    m.as_str()
                ),
            ) {
                r.help(
                    "ganti dengan \"Setiap orang yang ...\" (atau \"Setiap Orang yang ...\" jika istilah itu didefinisikan dalam Ketentuan Umum)",
                    "write \"Setiap orang yang ...\" (or \"Setiap Orang yang ...\" if the Ketentuan Umum defines it)",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{PERDA_B, uu_18_2017};
    use super::*;
    use crate::check::testing::{run, run_text};

    #[test]
    fn flags_barangsiapa() {
        let bad = PERDA_B.replace(
            "(1) Setiap Orang yang melanggar",
            "(1) Barangsiapa melanggar",
        );
        insta::assert_snapshot!(run_text(&CriminalProvisionSubject, &bad));
    }

    #[test]
    fn accepts_setiap_orang_and_barangsiapa_outside_penalties() {
        assert_eq!(run_text(&CriminalProvisionSubject, PERDA_B), "");
        assert_eq!(run(&CriminalProvisionSubject, &uu_18_2017()), "");
        let other = PERDA_B.replace(
            "Setiap Orang dilarang membuang sampah ke sungai.",
            "Barangsiapa membuang sampah ke sungai dikenai sanksi administratif.",
        );
        assert_eq!(run_text(&CriminalProvisionSubject, &other), "");
    }
}
