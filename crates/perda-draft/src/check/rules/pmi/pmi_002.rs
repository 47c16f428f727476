//! ## What it checks
//! Names of the institutions and companies of the repealed UU 39/2004:
//! - the national agency `BNP2TKI` / `Badan Nasional Penempatan dan Perlindungan Tenaga
//!   Kerja Indonesia`, and its regional units `BP3TKI` / `Balai Pelayanan Penempatan dan
//!   Perlindungan Tenaga Kerja Indonesia` and `P4TKI` / `Pos Pelayanan ...`;
//! - the private placement company `PPTKIS` / `Pelaksana Penempatan Tenaga Kerja Indonesia
//!   Swasta` (and the older `PJTKI` / `Perusahaan Jasa Tenaga Kerja Indonesia`).
//!
//! Names inside the quoted title of a regulation being cited are not reported.
//!
//! ## Why it matters
//! UU 18/2017 replaced them: the placement company is the `Perusahaan Penempatan Pekerja
//! Migran Indonesia` (Pasal 1 angka 9), and the national agency is the `Badan`, "lembaga
//! pemerintah nonkementerian yang bertugas sebagai pelaksana kebijakan dalam pelayanan dan
//! Pelindungan Pekerja Migran Indonesia secara terpadu" (Pasal 1 angka 26); Pasal 89 huruf a
//! repeals UU 39/2004. A Perda that gives duties or powers to BNP2TKI or a PPTKIS addresses
//! bodies that no longer exist in law. (The name under which the Badan was later set up is
//! given by a Peraturan Presiden, not by UU 18/2017; define it in the Ketentuan Umum as the
//! statute does.) For a regulation judged as of a date before 22 November 2017 the finding is a warning: the text
//! followed the law of its date, but stays in force only insofar as it does not conflict with
//! UU 18/2017 (Pasal 89 huruf b).
//!
//! ## Example
//! ```text
//! Pasal 9
//! PPTKIS wajib melaporkan data Calon Pekerja Migran Indonesia kepada BP3TKI.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 9
//! Perusahaan Penempatan Pekerja Migran Indonesia wajib melaporkan data Calon Pekerja Migran
//! Indonesia kepada Badan.
//! ```

use super::super::prelude::*;
use super::{OLD_INSTITUTION, applies, era, exempt_spans, inside, is_note};

/// PMI-002 `repealed-institution-names`.
pub struct RepealedInstitutionNames;

static META: RuleMeta = RuleMeta {
    code: "PMI-002",
    name: "repealed-institution-names",
    group: Group::MigrantWorkers,
    family: Family::Terminology,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Gunakan nama lembaga UU 18/2017 (Badan, Perusahaan Penempatan Pekerja Migran Indonesia), bukan BNP2TKI, BP3TKI, atau PPTKIS",
        en: "Use the institutions of UU 18/2017 (the Badan, Perusahaan Penempatan Pekerja Migran Indonesia), not BNP2TKI, BP3TKI or PPTKIS",
    },
    source: "UU 18/2017 Pasal 1 angka 9 dan 26, Pasal 89 huruf a",
    file: include_str!("pmi_002.rs"),
};

static OLD_ACRONYM: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:BNP2TKI|BP3TKI|P4TKI|LP3TKI|PPTKIS|PJTKI)\b"));

/// What UU 18/2017 calls the institution (Indonesian, English).
fn replacement(old: &str) -> (&'static str, &'static str) {
    let upper = old.to_uppercase();
    if upper.contains("SWASTA") || upper.contains("JASA") || upper == "PPTKIS" || upper == "PJTKI" {
        (
            "Perusahaan Penempatan Pekerja Migran Indonesia (Pasal 1 angka 9 UU 18/2017)",
            "Perusahaan Penempatan Pekerja Migran Indonesia (UU 18/2017 Pasal 1 angka 9)",
        )
    } else if upper.starts_with("BADAN") || upper == "BNP2TKI" {
        (
            "Badan (Pasal 1 angka 26 UU 18/2017)",
            "the Badan (UU 18/2017 Pasal 1 angka 26)",
        )
    } else {
        (
            "unit pelaksana teknis Badan di daerah (Badan: Pasal 1 angka 26 UU 18/2017)",
            "the regional technical unit of the Badan (the Badan: UU 18/2017 Pasal 1 angka 26)",
        )
    }
}

impl Rule for RepealedInstitutionNames {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !applies(doc) {
            return;
        }
        for line in &doc.lines {
            if is_note(line) {
                continue;
            }
            if !OLD_INSTITUTION.is_match(&line.text) && !OLD_ACRONYM.is_match(&line.text) {
                continue;
            }
            let spans = exempt_spans(&line.text);
            let found = OLD_INSTITUTION
                .find_iter(&line.text)
                .chain(OLD_ACRONYM.find_iter(&line.text))
                .filter(|m| !inside(&spans, m.start()))
                .min_by_key(|m| m.start());
            let Some(m) = found else {
                continue;
            };
            let (id, en) = replacement(m.as_str());
            let raw = sink.at_offset(
                line,
                m.start(),
                format!(
                    "`{}` adalah nama lembaga menurut UU 39/2004 yang telah dicabut",
                    m.as_str()
                ),
                format!(
                    "`{}` is an institution of the repealed UU 39/2004",
                    m.as_str()
                ),
            );
            raw.help(format!("ganti dengan {id}"), format!("name {en} instead"));
            era(doc, raw);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::CLEAN;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMengingat : 1. Peraturan Kepala Badan Nasional Penempatan dan Perlindungan Tenaga Kerja Indonesia Nomor 9 Tahun 2016 tentang Tata Cara Pelayanan (Berita Negara Republik Indonesia Tahun 2016 Nomor 100);\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nPasal 1\nPPTKIS wajib melaporkan data Calon Pekerja Migran Indonesia kepada BP3TKI.\nPasal 2\nPemerintah Daerah berkoordinasi dengan Badan Nasional Penempatan dan Perlindungan Tenaga Kerja Indonesia.\nPasal 3\nPelaksana Penempatan Tenaga Kerja Indonesia Swasta wajib memiliki kantor cabang di Daerah.\nPasal 4\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";

    #[test]
    fn flags_old_institutions() {
        insta::assert_snapshot!(run_text(&RepealedInstitutionNames, BAD));
    }

    #[test]
    fn accepts_the_institutions_of_uu_18_2017() {
        assert_eq!(run_text(&RepealedInstitutionNames, CLEAN), "");
    }
}
