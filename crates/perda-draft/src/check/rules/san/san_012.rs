//! ## What it checks
//! A Perda provinsi, kabupaten or kota with criminal provisions (a BAB `KETENTUAN PIDANA`, or
//! a Pasal that threatens a penalty) but no provision on investigation (`PENYIDIKAN`,
//! `Penyidik Pegawai Negeri Sipil`) before them — none at all, or one placed after them.
//!
//! ## Why it matters
//! Violations of a Perda are investigated by the regional civil-service investigators
//! (PPNS) besides the police (UU 23/2014 Pasal 257), and the Perda that threatens a penalty
//! says so in a Ketentuan Penyidikan. Lampiran II UU 12/2011 lists Penyidikan among the
//! groups of the batang tubuh, before Ketentuan Pidana. The placement is inferred from that
//! systematics and from practice, not read as a rule, so this is a warning.
//!
//! ## Example
//! ```text
//! BAB VII
//! KETENTUAN PIDANA
//! Pasal 20
//! ...
//! ```
//! (no Penyidikan anywhere before it)
//!
//! ## Instead
//! ```text
//! BAB VI
//! PENYIDIKAN
//! Pasal 19
//! (1) Selain penyidik pejabat Polisi Negara Republik Indonesia, Penyidik Pegawai Negeri
//!     Sipil di lingkungan Pemerintah Daerah diberi wewenang khusus untuk melaksanakan
//!     penyidikan atas pelanggaran Peraturan Daerah ini.
//! BAB VII
//! KETENTUAN PIDANA
//! Pasal 20
//! ...
//! ```

use super::super::prelude::*;
use super::{CRIMINAL, is_perda};

/// SAN-012 `investigation-before-criminal`.
pub struct InvestigationBeforeCriminal;

static META: RuleMeta = RuleMeta {
    code: "SAN-012",
    name: "investigation-before-criminal",
    group: Group::Sanctions,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Inferred,
    summary: StaticMsg {
        id: "Perda yang memuat ketentuan pidana memuat ketentuan penyidikan sebelum ketentuan pidana",
        en: "A Perda with criminal provisions has an investigation provision before them",
    },
    source: "Lampiran II UU 12/2011, Bab II huruf B (Penyidikan); placement from practice",
    file: include_str!("san_012.rs"),
};

fn is_investigation(text: &str) -> bool {
    text.to_lowercase().contains("penyidik")
}

impl Rule for InvestigationBeforeCriminal {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_perda(doc) {
            return;
        }
        // The BAB KETENTUAN PIDANA, else the first Pasal that threatens a penalty.
        let chapter = doc.chapters().find(|c| {
            c.heading
                .as_deref()
                .is_some_and(|h| h.to_uppercase().contains("KETENTUAN PIDANA"))
        });
        let first_criminal = doc
            .articles()
            .find(|a| CRIMINAL.is_match(&a.full_text()))
            .map(|a| a.span.line);
        let Some(at) = chapter.map(|c| c.span.line).or(first_criminal) else {
            return;
        };
        let before = doc
            .chapters()
            .filter(|c| c.span.line < at)
            .any(|c| c.heading.as_deref().is_some_and(is_investigation))
            || doc
                .articles()
                .filter(|a| a.span.line < at)
                .any(|a| is_investigation(&a.full_text()));
        if before {
            return;
        }
        let after = doc
            .articles()
            .filter(|a| a.span.line > at)
            .any(|a| is_investigation(&a.full_text()));
        let Some(line) = doc.line(at) else {
            return;
        };
        let (id, en) = if after {
            (
                "ketentuan penyidikan ditempatkan sesudah ketentuan pidana",
                "the investigation provision stands after the criminal provisions",
            )
        } else {
            (
                "Peraturan Daerah memuat ketentuan pidana tetapi tidak memuat ketentuan penyidikan",
                "the Perda has criminal provisions but no investigation provision",
            )
        };
        sink.at(line, id, en).help(
            "tempatkan BAB PENYIDIKAN (wewenang Penyidik Pegawai Negeri Sipil) sebelum BAB KETENTUAN PIDANA",
            "put a BAB PENYIDIKAN (powers of the civil-service investigators, PPNS) before the BAB KETENTUAN PIDANA",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{PERDA_B, uu_18_2017};
    use super::*;
    use crate::check::testing::{run, run_text};

    const PENYIDIKAN: &str = "BAB III\nPENYIDIKAN\nPasal 3\nPenyidikan atas pelanggaran Peraturan Daerah ini dilaksanakan oleh Penyidik Pegawai Negeri Sipil.\n";

    #[test]
    fn flags_missing_and_late_investigation() {
        let missing = PERDA_B.replace(PENYIDIKAN, "");
        insta::assert_snapshot!("missing", run_text(&InvestigationBeforeCriminal, &missing));
        let late = missing.replace(
            "BAB V\nKETENTUAN PENUTUP",
            "BAB IVA\nPENYIDIKAN\nPasal 4A\nPenyidikan dilaksanakan oleh Penyidik Pegawai Negeri Sipil.\nBAB V\nKETENTUAN PENUTUP",
        );
        insta::assert_snapshot!("late", run_text(&InvestigationBeforeCriminal, &late));
    }

    #[test]
    fn accepts_investigation_before_penalties() {
        assert_eq!(run_text(&InvestigationBeforeCriminal, PERDA_B), "");
        assert_eq!(run(&InvestigationBeforeCriminal, &uu_18_2017()), "");
    }
}
