//! ## What it checks
//! Whether coverage could be judged at all: the level of the regulation must be known
//! (from the title, `--level` or perda.toml) and the body must be present and complete (it
//! has Pasal, no gap marks, and ends with an entry-into-force sentence, the closing formula
//! or a Penjelasan). When it cannot, every obligation is `unknown` — never `missing` — and
//! this finding says why.
//!
//! ## Why it matters
//! A copy whose body is cut off (the first pages of a scan, an excerpt) cannot show that a
//! duty is absent; reporting duties as missing would be false. UU 18/2017 gives different
//! duties to each level (Pasal 40, 41, 42), so without the level nothing can be judged.
//!
//! ## Example
//! ```text
//! PERATURAN DAERAH KABUPATEN MALANG
//! NOMOR 7 TAHUN 2019
//! ...
//! Menimbang : a. bahwa ...
//! [the scan ends here]
//! ```
//!
//! ## Instead
//! Check the complete text of the regulation, or give the level with `--level` when the
//! title does not state it.

use super::super::prelude::*;

/// COV-003 `coverage-not-judged`.
pub struct CoverageNotJudged;

static META: RuleMeta = RuleMeta {
    code: "COV-003",
    name: "coverage-not-judged",
    group: Group::Coverage,
    family: Family::Coverage,
    severity: Severity::Info,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Cakupan kewajiban tidak dapat dinilai",
        en: "Coverage of obligations could not be judged",
    },
    source: "UU 18/2017 Pasal 40, 41, 42",
    file: include_str!("cov_003.rs"),
};

impl Rule for CoverageNotJudged {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let line = doc.lines.first().map_or(1, |l| l.no);
        if doc.info.level.is_none() {
            if matches!(
                doc.info.kind,
                Some(
                    perda_law::ActKind::PeraturanDaerah
                        | perda_law::ActKind::PeraturanDesa
                        | perda_law::ActKind::PeraturanKepalaDaerah
                        | perda_law::ActKind::PeraturanKepalaDesa
                ) | None
            ) {
                sink.report(
                    line,
                    0,
                    "tingkat pemerintahan (provinsi, kabupaten, kota, desa) tidak terbaca dari judul; cakupan kewajiban tidak dinilai",
                    "the level of government (provinsi, kabupaten, kota, desa) cannot be read from the title; coverage not judged",
                )
                .help(
                    "sebutkan tingkatnya dengan --level atau `level` dalam perda.toml",
                    "give the level with --level or `level` in perda.toml",
                );
            }
            return;
        }
        if !doc.body_complete() {
            sink.report(
                line,
                0,
                "batang tubuh tidak ada atau terpotong; cakupan kewajiban dinyatakan `unknown`, bukan `missing`",
                "the body is absent or cut off; coverage is `unknown`, not `missing`",
            )
            .help(
                "periksa naskah yang lengkap sampai dengan ketentuan penutup",
                "check the complete text, through the closing provisions",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn says_why_coverage_was_not_judged() {
        let cut = "PERATURAN DAERAH KABUPATEN MALANG\nNOMOR 7 TAHUN 2019\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI MALANG,\nMenimbang : a. bahwa x;\n";
        let no_level = "Pasal 1\nSetiap orang wajib melapor.\nPasal 2\nPeraturan ini mulai berlaku pada tanggal diundangkan.\n";
        insta::assert_snapshot!(format!(
            "{}{}",
            run_text(&CoverageNotJudged, cut),
            run_text(&CoverageNotJudged, no_level)
        ));
    }

    #[test]
    fn is_silent_on_a_complete_regulation() {
        let text = crate::check::rules::cov::cov_001::tests::perdes("");
        assert_eq!(run_text(&CoverageNotJudged, &text), "");
    }
}
