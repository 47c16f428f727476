//! ## What it checks
//! `Perlindungan` / `perlindungan` / `PERLINDUNGAN` used for the protection of migrant
//! workers: when the same sentence goes on, within a few words, to `Pekerja Migran`, `PMI`,
//! `CPMI`, `Tenaga Kerja Indonesia`, `TKI`, `migran`, or `Sebelum/Selama/Setelah Bekerja`.
//! Not reported: the word inside the quoted title of another regulation (`Undang-Undang Nomor
//! 6 Tahun 2012 tentang Pengesahan ... (Konvensi Internasional mengenai Perlindungan Hak-Hak
//! Seluruh Pekerja Migran dan Anggota Keluarganya)`), inside an old institution's name
//! (PMI-002), and `perlindungan` in other fields (perlindungan anak, perlindungan konsumen),
//! where other laws keep that spelling.
//!
//! One finding per line.
//!
//! ## Why it matters
//! UU 18/2017 writes `Pelindungan` throughout — in its title, in the defined term
//! `Pelindungan Pekerja Migran Indonesia` (Pasal 1 angka 5) and in `Pelindungan Sebelum
//! Bekerja`, `Selama Bekerja`, `Setelah Bekerja` (angka 6–8). A Perda implementing it uses the
//! statute's term, so that its definitions and the duties it takes over read as the statute's
//! (KU-008). This is a matter of terminology, not of validity: a warning, also for a
//! regulation judged as of a date before 22 November 2017 (then with a note that it must be
//! adapted).
//!
//! ## Example
//! ```text
//! Pasal 3
//! Perlindungan Pekerja Migran Indonesia dilaksanakan oleh Pemerintah Daerah.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 3
//! Pelindungan Pekerja Migran Indonesia dilaksanakan oleh Pemerintah Daerah.
//! ```

use super::super::prelude::*;
use super::{applies, era, inside, is_note, quoted_title_lines, title_and_institution_spans};

/// PMI-003 `pelindungan-spelling`.
pub struct PelindunganSpelling;

static META: RuleMeta = RuleMeta {
    code: "PMI-003",
    name: "pelindungan-spelling",
    group: Group::MigrantWorkers,
    family: Family::Terminology,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "UU 18/2017 menulis \"Pelindungan\" Pekerja Migran Indonesia, bukan \"Perlindungan\"",
        en: "UU 18/2017 writes \"Pelindungan\" of migrant workers, not \"Perlindungan\"",
    },
    source: "UU 18/2017 (judul; Pasal 1 angka 5 sampai dengan angka 8)",
    file: include_str!("pmi_003.rs"),
};

static PERLINDUNGAN: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:Perlindungan|perlindungan|PERLINDUNGAN)\b"));

/// The worker or the phases of UU 18/2017, in the words that follow.
static MIGRANT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bpekerja\s+migran\b|\bc?pmi\b|\btenaga\s+kerja\s+indonesia\b|\bc?tki\b|\bmigran\b|\b(?:sebelum|selama|setelah|sesudah)\s+bekerja\b",
    )
});

/// How far after the word the worker must be named (bytes), within the sentence.
const WINDOW: usize = 80;

fn spelled(old: &str) -> &'static str {
    match old {
        "PERLINDUNGAN" => "PELINDUNGAN",
        "perlindungan" => "pelindungan",
        _ => "Pelindungan",
    }
}

impl Rule for PelindunganSpelling {
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
            let text = &line.text;
            if !PERLINDUNGAN.is_match(text) {
                continue;
            }
            let spans = title_and_institution_spans(text);
            let found = PERLINDUNGAN.find_iter(text).find(|m| {
                if inside(&spans, m.start()) {
                    return false;
                }
                let mut end = (m.end() + WINDOW).min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                let after = text.get(m.end()..end).unwrap_or("");
                let sentence = after.split([';', '.']).next().unwrap_or("");
                MIGRANT.is_match(sentence)
            });
            let Some(m) = found else {
                continue;
            };
            let new = spelled(m.as_str());
            let raw = sink.at_offset(
                line,
                m.start(),
                format!(
                    "`{}`: UU 18/2017 menulis \"{new}\" untuk Pekerja Migran Indonesia",
                    m.as_str()
                ),
                format!(
                    "`{}`: UU 18/2017 writes \"{new}\" for migrant workers",
                    m.as_str()
                ),
            );
            raw.help(
                format!("tulis \"{new}\", seperti dalam judul dan Pasal 1 angka 5 UU 18/2017"),
                format!("write \"{new}\", as in the title and Pasal 1 angka 5 of UU 18/2017"),
            );
            era(doc, raw);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::CLEAN;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPERLINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PERLINDUNGAN PEKERJA MIGRAN INDONESIA.\nPasal 1\nPerlindungan Pekerja Migran Indonesia dilaksanakan oleh Pemerintah Daerah.\nPasal 2\nPemerintah Daerah memberikan perlindungan hukum bagi Calon Pekerja Migran Indonesia.\nPasal 3\nPemerintah Daerah menyelenggarakan perlindungan anak dan perlindungan konsumen.\nPasal 4\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";

    #[test]
    fn flags_perlindungan_of_migrant_workers() {
        insta::assert_snapshot!(run_text(&PelindunganSpelling, BAD));
    }

    #[test]
    fn accepts_pelindungan_other_fields_and_quoted_titles() {
        assert_eq!(run_text(&PelindunganSpelling, CLEAN), "");
    }
}
