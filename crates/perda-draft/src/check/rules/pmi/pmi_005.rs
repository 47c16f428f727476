//! ## What it checks
//! A reference to UU 39/2004 (`Undang-Undang Nomor 39 Tahun 2004`, `UU No. 39 Tahun 2004`,
//! `UU 39/2004`) in the konsiderans or the body that treats it as law in force: `sesuai
//! dengan`, `sebagaimana dimaksud dalam`, `berdasarkan` it. Not reported: a sentence that says
//! it is revoked, no longer fits or is replaced (`dicabut`, `tidak sesuai lagi`, `diganti`),
//! the transitional rule keeping its implementing regulations (`peraturan pelaksanaan dari
//! ...`, UU 18/2017 Pasal 89 huruf b), and a mention inside another regulation's quoted
//! title. The Mengingat is DH-013's (repealed legal bases).
//!
//! ## Why it matters
//! UU 18/2017 Pasal 89 huruf a: UU 39/2004 tentang Penempatan dan Perlindungan Tenaga Kerja
//! Indonesia di Luar Negeri "dicabut dan dinyatakan tidak berlaku". A provision that applies
//! or refers the reader to it points to no law, and the duty or procedure it imports does not
//! exist. For a regulation judged as of a date before 22 November 2017 the finding is a warning: the text
//! followed the law of its date, but stays in force only insofar as it does not conflict with
//! UU 18/2017 (Pasal 89 huruf b).
//!
//! ## Example
//! ```text
//! Pasal 7
//! Penempatan Calon Pekerja Migran Indonesia dilaksanakan sesuai dengan Undang-Undang Nomor
//! 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 7
//! Penempatan Calon Pekerja Migran Indonesia dilaksanakan sesuai dengan Undang-Undang Nomor
//! 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia.
//! ```

use super::super::prelude::*;
use super::super::san::{report_in, units};
use super::{applies, era, inside, title_spans};

/// PMI-005 `uu-39-2004-cited-as-in-force`.
pub struct Uu39CitedAsInForce;

static META: RuleMeta = RuleMeta {
    code: "PMI-005",
    name: "uu-39-2004-cited-as-in-force",
    group: Group::MigrantWorkers,
    family: Family::Legality,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "UU 39/2004 telah dicabut oleh UU 18/2017 dan tidak dapat dirujuk sebagai hukum yang berlaku",
        en: "UU 39/2004 was repealed by UU 18/2017 and cannot be referred to as law in force",
    },
    source: "UU 18/2017 Pasal 89 huruf a",
    file: include_str!("pmi_005.rs"),
};

static UU_39: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:Undang-Undang|UU)\s*(?:Republik\s+Indonesia\s+)?(?:Nomor|No\.?)\s*39\s+Tahun\s+2004\b|\bUU\s+(?:No\.?\s*)?39/2004\b",
    )
});

/// Words saying the act is repealed, outdated or replaced, or keeping only its implementing
/// regulations.
static NOT_IN_FORCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bdicabut\b|\btidak\s+(?:lagi\s+)?(?:berlaku|sesuai)\b|\bsudah\s+tidak\b|\bdiganti\b|\bmenggantikan\b|\bpengganti\b|\bperaturan\s+pelaksanaan\b|\bsebelum\s+berlakunya\b|\bbelum\s+(?:memenuhi|mengatur)\b|\bdibentuk\s+berdasarkan\b",
    )
});

impl Uu39CitedAsInForce {
    fn judge(&self, doc: &Document, sink: &mut Sink, node: &Node, text: &str, place: &str) {
        let spans = title_spans(text);
        let Some(m) = UU_39.find_iter(text).find(|m| !inside(&spans, m.start())) else {
            return;
        };
        if NOT_IN_FORCE.is_match(text) {
            return;
        }
        let Some(raw) = report_in(
            sink,
            doc,
            node,
            m.as_str(),
            format!(
                "{place} merujuk `{}` seolah-olah masih berlaku, padahal undang-undang itu telah dicabut oleh Pasal 89 huruf a UU 18/2017",
                m.as_str()
            ),
            format!(
                "{place} refers to `{}` as if in force, but it was repealed by UU 18/2017 Pasal 89 huruf a",
                m.as_str()
            ),
        ) else {
            return;
        };
        raw.help(
            "rujuk Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia dan ketentuannya yang sesuai",
            "refer to Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia and its matching provision",
        );
        era(doc, raw);
    }
}

impl Rule for Uu39CitedAsInForce {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !applies(doc) {
            return;
        }
        for point in &doc.act.preamble.considerations {
            let text = point.full_text();
            self.judge(
                doc,
                sink,
                point,
                &text,
                &format!("konsiderans huruf {}", point.number),
            );
        }
        for unit in units(doc) {
            self.judge(
                doc,
                sink,
                unit.node,
                &unit.text,
                &format!("Pasal {}", unit.article.number),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::CLEAN;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMenimbang : a. bahwa berdasarkan Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri, Pemerintah Daerah bertanggung jawab atas pelayanan penempatan;\nb. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu membentuk Peraturan Daerah tentang Pelindungan Pekerja Migran Indonesia;\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nPasal 1\nPenempatan Calon Pekerja Migran Indonesia dilaksanakan sesuai dengan Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri.\nPasal 2\nTata cara pengaduan mengikuti UU No. 39 Tahun 2004.\nPasal 3\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";

    #[test]
    fn flags_uu_39_2004_applied_as_law() {
        insta::assert_snapshot!(run_text(&Uu39CitedAsInForce, BAD));
    }

    #[test]
    fn accepts_mentions_of_its_repeal_and_transitional_rules() {
        assert_eq!(run_text(&Uu39CitedAsInForce, CLEAN), "");
        let replaced = BAD.replace(
            "a. bahwa berdasarkan Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri, Pemerintah Daerah bertanggung jawab atas pelayanan penempatan;",
            "a. bahwa Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri telah dicabut dan diganti dengan Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia;",
        );
        assert!(!run_text(&Uu39CitedAsInForce, &replaced).contains("konsiderans"));
    }
}
