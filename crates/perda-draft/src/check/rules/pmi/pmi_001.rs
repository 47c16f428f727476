//! ## What it checks
//! The terms of the repealed regime for the worker: `Tenaga Kerja Indonesia`, `TKI`,
//! `Calon Tenaga Kerja Indonesia`, `Calon TKI`, `CTKI` (and `TENAGA KERJA INDONESIA` in
//! capitals, as in a title), anywhere in the regulation: title, konsiderans, body, closing,
//! penjelasan. Not reported:
//! - the words inside the quoted title of a regulation being cited, replaced or revoked
//!   (`Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja
//!   Indonesia di Luar Negeri`, `Peraturan Daerah ... Nomor 3 Tahun 2010 tentang ...`);
//! - the lower-case phrase `tenaga kerja Indonesia`, which UU 18/2017 itself uses in its
//!   ordinary sense (Pasal 1 angka 1: "setiap tenaga kerja Indonesia yang memenuhi syarat");
//! - the long names of the old institutions, which PMI-002 reports.
//!
//! One finding per line.
//!
//! ## Why it matters
//! UU 18/2017 Pasal 1 angka 1 and 2 name the worker `Calon Pekerja Migran Indonesia` and
//! `Pekerja Migran Indonesia`, and Pasal 89 huruf a repeals UU 39/2004, whose terms `Tenaga
//! Kerja Indonesia` and `Calon Tenaga Kerja Indonesia` belonged to the repealed regime. A Perda
//! that still regulates "TKI" regulates a subject that no longer exists under that name, and
//! its definitions depart from the statute it implements. For a regulation judged as of a
//! date before 22 November 2017 the finding is a warning: the text followed the law of its
//! date, but stays in force only insofar as it does not conflict with UU 18/2017 (Pasal 89
//! huruf b).
//!
//! ## Example
//! ```text
//! Pasal 5
//! Pemerintah Daerah memberikan pelindungan kepada Calon TKI sejak pendaftaran.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 5
//! Pemerintah Daerah memberikan pelindungan kepada Calon Pekerja Migran Indonesia sejak
//! pendaftaran.
//! ```

use super::super::prelude::*;
use super::{applies, era, inside, is_note, quoted_title_lines, title_and_institution_spans};

/// PMI-001 `repealed-worker-terms`.
pub struct RepealedWorkerTerms;

static META: RuleMeta = RuleMeta {
    code: "PMI-001",
    name: "repealed-worker-terms",
    group: Group::MigrantWorkers,
    family: Family::Terminology,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Gunakan istilah UU 18/2017 (Pekerja Migran Indonesia, Calon Pekerja Migran Indonesia), bukan Tenaga Kerja Indonesia/TKI",
        en: "Use the terms of UU 18/2017 (Pekerja Migran Indonesia, Calon Pekerja Migran Indonesia), not Tenaga Kerja Indonesia/TKI",
    },
    source: "UU 18/2017 Pasal 1 angka 1 dan 2, Pasal 89 huruf a",
    file: include_str!("pmi_001.rs"),
};

static OLD_TERM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:Calon\s+|calon\s+)?(?:Tenaga\s+Kerja\s+Indonesia|TKI)\b|\bCTKI\b|\b(?:CALON\s+)?TENAGA\s+KERJA\s+INDONESIA\b",
    )
});

/// The term of UU 18/2017 that replaces an old one, and the abbreviation a Perda may define
/// for it.
fn replacement(old: &str) -> (&'static str, &'static str) {
    let upper = old.to_uppercase();
    if upper.starts_with("CALON") || upper == "CTKI" {
        ("Calon Pekerja Migran Indonesia", "CPMI")
    } else {
        ("Pekerja Migran Indonesia", "PMI")
    }
}

impl Rule for RepealedWorkerTerms {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !applies(doc) {
            return;
        }
        let quoted = quoted_title_lines(doc);
        for line in &doc.lines {
            if is_note(line) || quoted.contains(&line.no) {
                continue;
            }
            // Most lines have no old term: find one before working out the cited titles.
            if !OLD_TERM.is_match(&line.text) {
                continue;
            }
            let spans = title_and_institution_spans(&line.text);
            let Some(m) = OLD_TERM
                .find_iter(&line.text)
                .find(|m| !inside(&spans, m.start()))
            else {
                continue;
            };
            let (new, short) = replacement(m.as_str());
            let raw = sink.at_offset(
                line,
                m.start(),
                format!(
                    "istilah `{}` berasal dari UU 39/2004 yang telah dicabut; UU 18/2017 menggunakan \"{new}\"",
                    m.as_str()
                ),
                format!(
                    "`{}` is a term of the repealed UU 39/2004; UU 18/2017 says \"{new}\"",
                    m.as_str()
                ),
            );
            raw.help(
                format!("ganti dengan \"{new}\" sesuai Pasal 1 UU 18/2017 (atau \"{short}\" jika singkatan itu didefinisikan dalam Ketentuan Umum)"),
                format!("write \"{new}\" as UU 18/2017 Pasal 1 defines it (or \"{short}\" if the Ketentuan Umum defines that abbreviation)"),
            );
            era(doc, raw);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::CLEAN;
    use super::*;
    use crate::check::ReadOptions;
    use crate::check::date::Date;
    use crate::check::testing::{doc, doc_with, run, run_text};

    const BAD: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN TENAGA KERJA INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMenimbang : a. bahwa Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri mengatur penempatan Tenaga Kerja Indonesia;\nb. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu membentuk Peraturan Daerah tentang Pelindungan Tenaga Kerja Indonesia;\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN TENAGA KERJA INDONESIA.\nPasal 1\nPemerintah Daerah memberikan pelindungan kepada Calon TKI dan TKI sejak pendaftaran.\nPasal 2\nSetiap CTKI wajib terdaftar.\nPasal 3\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";

    #[test]
    fn flags_old_worker_terms_outside_quoted_titles() {
        insta::assert_snapshot!(run_text(&RepealedWorkerTerms, BAD));
    }

    #[test]
    fn accepts_the_new_terms_quoted_titles_and_lowercase_usage() {
        assert_eq!(run_text(&RepealedWorkerTerms, CLEAN), "");
    }

    #[test]
    fn the_title_of_a_revoking_perda_quotes_the_old_title() {
        let revoking = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPENCABUTAN PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 3 TAHUN 2010\nTENTANG PENEMPATAN DAN PERLINDUNGAN TENAGA KERJA INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PENCABUTAN PERATURAN DAERAH KABUPATEN JEMBER NOMOR 3 TAHUN 2010 TENTANG PENEMPATAN DAN PERLINDUNGAN TENAGA KERJA INDONESIA.\nPasal 1\nPeraturan Daerah Kabupaten Jember Nomor 3 Tahun 2010 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia (Lembaran Daerah Kabupaten Jember Tahun 2010 Nomor 3) dicabut dan dinyatakan tidak berlaku.\nPasal 2\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";
        assert!(doc(revoking).info.revoking);
        assert_eq!(run_text(&RepealedWorkerTerms, revoking), "");
    }

    #[test]
    fn a_warning_before_uu_18_2017() {
        let d = doc_with(
            BAD,
            &ReadOptions {
                as_of: Date::new(2010, 7, 12),
                ..ReadOptions::default()
            },
        );
        let out = run(&RepealedWorkerTerms, &d);
        assert!(!out.is_empty());
        assert!(
            out.lines()
                .filter(|l| !l.starts_with("  help"))
                .all(|l| l.contains("[warning]")),
            "{out}"
        );
    }
}
