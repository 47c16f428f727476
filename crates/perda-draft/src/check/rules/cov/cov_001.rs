//! ## What it checks
//! Every duty UU 18/2017 gives the regulation's level (provinsi, kabupaten/kota, desa) must
//! be regulated somewhere in the body. A duty with no evidence at all — no Pasal citing it,
//! no unit whose words agree with the statute's or with a reviewed wording of it — is
//! reported with its citation, the statute's words and a suggested article.
//!
//! ## Why it matters
//! A Perda made to implement UU 18/2017 must carry out the tasks the act assigns to its
//! level: Pasal 40 (provinsi), Pasal 41 (kabupaten/kota), Pasal 42 (desa), and the duties
//! of Pasal 11, 24, 33–35, 38, 75–77 shared by the Pemerintah Daerah. A missing duty is
//! found at harmonisation or evaluation and sends the draft back; in an enacted Perda it
//! leaves the region without the legal ground to act (and budget) for that task.
//!
//! ## Example
//! A Perda kabupaten with Pasal on socialisation, training and reintegration but none on
//! the database of migrant workers:
//! ```text
//! perda: missing duty uu-18-2017/41/b (Pasal 41 huruf b UU 18/2017):
//!        "membuat basis data Pekerja Migran Indonesia;"
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 9
//! (1) Pemerintah Daerah membuat basis data Pekerja Migran Indonesia yang berasal dari
//!     Daerah.
//! (2) Basis data sebagaimana dimaksud pada ayat (1) paling sedikit memuat ...
//! ```
//! If the duty is regulated in words the checker does not recognise, cite it in the
//! Penjelasan of that Pasal ("Ketentuan ini melaksanakan Pasal 41 huruf b Undang-Undang
//! Nomor 18 Tahun 2017 ..."), or waive it in perda.toml with the reason.

use super::super::prelude::*;
use crate::check::coverage::{self, Status};

/// COV-001 `missing-duty`.
pub struct MissingDuty;

static META: RuleMeta = RuleMeta {
    code: "COV-001",
    name: "missing-duty",
    group: Group::Coverage,
    family: Family::Coverage,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Kewajiban dari UU 18/2017 untuk tingkat pemerintahan ini belum diatur",
        en: "A duty UU 18/2017 gives this level of government is not regulated",
    },
    source: "UU 18/2017 Pasal 40, 41, 42 and the shared duties of the Pemerintah Daerah",
    file: include_str!("cov_001.rs"),
};

impl Rule for MissingDuty {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let Some(level) = doc.info.level else { return };
        let line = doc.lines.first().map_or(1, |l| l.no);
        for c in doc.coverage() {
            if c.status != Status::Missing || c.modality != "duty" {
                continue;
            }
            let Some(o) = coverage::obligation(&c.obligation) else {
                continue;
            };
            let suggestion = coverage::suggestion(&o, level);
            let words = crate::check::coverage::statute_words(&o);
            sink.report(
                line,
                0,
                format!("kewajiban {} belum diatur: \"{words}\"", o.cite),
                format!("duty {} is not regulated: \"{words}\"", o.cite),
            )
            .help(
                format!("tambahkan pasal yang mengaturnya, misalnya: \"{suggestion}\""),
                format!("add an article that regulates it, for example: \"{suggestion}\""),
            )
            .obligation = Some(c.obligation.clone());
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::check::testing::run_text;

    /// A complete small Peraturan Desa whose body is `body`.
    pub(crate) fn perdes(body: &str) -> String {
        format!(
            "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2026\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA DI DESA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nKEPALA DESA SUKAMAJU,\nMEMUTUSKAN:\nMenetapkan: PERATURAN DESA TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA DI DESA.\nPasal 1\nDalam Peraturan Desa ini yang dimaksud dengan:\n1. Desa adalah Desa Sukamaju.\n{body}Pasal 9\nPeraturan Desa ini mulai berlaku pada tanggal diundangkan.\n"
        )
    }

    pub(crate) const FOUR_DUTIES: &str = "Pasal 2\nPemerintah Desa menerima dan memberikan informasi dan permintaan pekerjaan dari instansi yang menyelenggarakan urusan pemerintahan di bidang ketenagakerjaan.\nPasal 3\nPemerintah Desa melakukan verifikasi data dan pencatatan Calon Pekerja Migran Indonesia.\nPasal 4\nPemerintah Desa memfasilitasi pemenuhan persyaratan administrasi kependudukan Calon Pekerja Migran Indonesia.\nPasal 5\nPemerintah Desa melakukan pemantauan keberangkatan dan kepulangan Pekerja Migran Indonesia.\n";

    #[test]
    fn reports_each_missing_duty_with_the_statute_and_a_suggestion() {
        insta::assert_snapshot!(run_text(&MissingDuty, &perdes(FOUR_DUTIES)));
    }

    #[test]
    fn is_silent_when_every_duty_is_regulated() {
        let all = format!(
            "{FOUR_DUTIES}Pasal 6\nPemerintah Desa melakukan pemberdayaan kepada Calon Pekerja Migran Indonesia, Pekerja Migran Indonesia, dan keluarganya.\nPasal 7\nKepala Desa mengetahui surat keterangan izin suami atau istri, izin orang tua, atau izin wali Calon Pekerja Migran Indonesia tanpa dipungut biaya.\n"
        );
        assert_eq!(run_text(&MissingDuty, &perdes(&all)), "");
    }
}
