//! ## What it checks
//! A sentence that threatens a criminal penalty (`dipidana`, `diancam dengan pidana`,
//! `pidana denda paling banyak ...`) standing outside the BAB `KETENTUAN PIDANA`, in a
//! regulation whose body is divided into BABs.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (ketentuan pidana) puts criminal provisions in their own BAB,
//! `KETENTUAN PIDANA`, after the materi pokok and before the Ketentuan Peralihan (or, without
//! one, the Ketentuan Penutup). A penalty hidden in a BAB on supervision or licensing is easy
//! to miss for the evaluator and for the public. The placement rule was read in a restatement
//! of Lampiran II (DPR, "Proses & Teknik Penyusunan Undang-Undang"); its angka number is not
//! verified, so the rule reports warnings. The order of the BABs is checked by BT-001.
//!
//! ## Example
//! ```text
//! BAB V
//! PENGAWASAN
//! Pasal 12
//! Setiap orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 8 dipidana dengan
//! pidana denda paling banyak kategori II.
//! ```
//!
//! ## Instead
//! ```text
//! BAB VIII
//! KETENTUAN PIDANA
//! Pasal 20
//! Setiap orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 8 dipidana dengan
//! pidana denda paling banyak kategori II.
//! ```

use super::super::prelude::*;
use super::{CRIMINAL, report_in, units};

/// SAN-002 `criminal-provisions-in-own-chapter`.
pub struct CriminalProvisionsInOwnChapter;

static META: RuleMeta = RuleMeta {
    code: "SAN-002",
    name: "criminal-provisions-in-own-chapter",
    group: Group::Sanctions,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Ketentuan pidana ditempatkan dalam BAB tersendiri, KETENTUAN PIDANA",
        en: "Criminal provisions stand in their own BAB, KETENTUAN PIDANA",
    },
    source: "Lampiran II UU 12/2011, ketentuan pidana",
    file: include_str!("san_002.rs"),
};

impl Rule for CriminalProvisionsInOwnChapter {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if doc.info.is_desa() || doc.chapters().next().is_none() {
            return;
        }
        for unit in units(doc) {
            let Some(chapter) = unit.chapter else {
                continue;
            };
            let heading = chapter.heading.as_deref().unwrap_or("").to_uppercase();
            if heading.contains("PIDANA") {
                continue;
            }
            let Some(m) = CRIMINAL.find(&unit.text) else {
                continue;
            };
            let shown = if heading.is_empty() {
                format!("BAB {}", chapter.number)
            } else {
                format!("BAB {} {}", chapter.number, heading)
            };
            if let Some(r) = report_in(
                sink,
                doc,
                unit.node,
                m.as_str(),
                format!(
                    "ancaman pidana (`{}`) dalam Pasal {} berada di luar BAB KETENTUAN PIDANA ({shown})",
                    m.as_str(),
                    unit.article.number
                ),
                format!(
                    "a criminal penalty (`{}`) in Pasal {} stands outside the BAB KETENTUAN PIDANA ({shown})",
                    m.as_str(),
                    unit.article.number
                ),
            ) {
                r.help(
                    "pindahkan ketentuan ini ke BAB KETENTUAN PIDANA, setelah materi pokok dan sebelum Ketentuan Peralihan atau Ketentuan Penutup",
                    "move this provision to the BAB KETENTUAN PIDANA, after the materi pokok and before the Ketentuan Peralihan or Ketentuan Penutup",
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
    fn flags_a_penalty_outside_the_criminal_chapter() {
        let bad = PERDA_B.replace(
            "Setiap Orang dilarang membuang sampah ke sungai.",
            "Setiap Orang yang membuang sampah ke sungai dipidana dengan pidana denda paling banyak kategori II.",
        );
        insta::assert_snapshot!(run_text(&CriminalProvisionsInOwnChapter, &bad));
    }

    #[test]
    fn accepts_penalties_in_the_criminal_chapter() {
        assert_eq!(run_text(&CriminalProvisionsInOwnChapter, PERDA_B), "");
        assert_eq!(run(&CriminalProvisionsInOwnChapter, &uu_18_2017()), "");
    }

    #[test]
    fn a_mention_of_criminal_liability_is_not_a_penalty() {
        let text = PERDA_B.replace(
            "Setiap Orang dilarang membuang sampah ke sungai.",
            "Pengenaan sanksi administratif tidak menghapus tuntutan pidana.",
        );
        assert_eq!(run_text(&CriminalProvisionsInOwnChapter, &text), "");
    }
}
