//! ## What it checks
//! The lines of the title block below the type line: first `NOMOR <n> TAHUN <yyyy>` (or
//! `NOMOR ... TAHUN ...` in a draft), then `TENTANG` on its own line, then the name of the
//! regulation on one or more lines, and nothing else in between. A kop of the head of
//! region may stand above the type line.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 2 fixes what the title says and in which order: jenis,
//! nomor, tahun pengundangan or penetapan, and nama. Permendagri 80/2015 gives the same
//! layout for a Perda, with the kop above. Variants such as `NOMOR : 4 TAHUN 1991` or a
//! spaced `T E N T A N G` are typing habits that break the standard form. The angka is taken
//! from a secondary restatement (basis S).
//!
//! ## Example
//! ```text
//! PERATURAN DAERAH KABUPATEN MUSI RAWAS
//! NOMOR : 4 TAHUN 1991
//! T E N T A N G
//! RETRIBUSI PASAR
//! ```
//!
//! ## Instead
//! ```text
//! PERATURAN DAERAH KABUPATEN MUSI RAWAS
//! NOMOR 4 TAHUN 1991
//! TENTANG
//! RETRIBUSI PASAR
//! ```

use super::super::prelude::*;
use super::{NOMOR_LINE, title_block};

/// JUD-001 `title-block-form`.
pub struct TitleBlockForm;

static META: RuleMeta = RuleMeta {
    code: "JUD-001",
    name: "title-block-form",
    group: Group::Title,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Judul tersusun atas baris jenis, `NOMOR ... TAHUN ...`, `TENTANG`, dan nama peraturan",
        en: "The title is the type line, `NOMOR ... TAHUN ...`, `TENTANG` and the name",
    },
    source: "UU 12/2011 Lampiran II angka 2; Permendagri 80/2015 Lampiran",
    file: include_str!("jud_001.rs"),
};

static ONE_LINE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\s(NOMOR|TENTANG)\b"));

fn letters(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_uppercase()
}

impl Rule for TitleBlockForm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let Some(t) = title_block(doc) else {
            return;
        };
        if let Some(m) = ONE_LINE.find(&t.type_line.text) {
            sink.at_offset(
                t.type_line,
                m.start() + 1,
                format!(
                    "judul ditulis dalam satu baris (`{}`)",
                    t.type_line.text.trim()
                ),
                format!(
                    "the title is written on one line (`{}`)",
                    t.type_line.text.trim()
                ),
            )
            .help(
                "pisahkan menjadi baris jenis dan nama daerah, baris `NOMOR ... TAHUN ...`, baris `TENTANG`, dan baris nama peraturan",
                "split it into the type line, the `NOMOR ... TAHUN ...` line, the `TENTANG` line and the name",
            );
            return;
        }
        if t.cut {
            return;
        }
        let nomor = t
            .rest
            .iter()
            .position(|l| l.text.trim_start().to_uppercase().starts_with("NOMOR"));
        let tentang = t.rest.iter().position(|l| letters(&l.text) == "TENTANG");
        match nomor.and_then(|i| t.rest.get(i).map(|l| (i, *l))) {
            None => {
                sink.at(
                    t.type_line,
                    "judul tidak memuat baris `NOMOR ... TAHUN ...`",
                    "the title has no `NOMOR ... TAHUN ...` line",
                )
                .help(
                    "tulis `NOMOR <nomor> TAHUN <tahun>` pada baris sesudah baris jenis peraturan",
                    "write `NOMOR <number> TAHUN <year>` on the line after the type line",
                );
            }
            Some((i, line)) => {
                if !NOMOR_LINE.is_match(line.text.trim()) {
                    sink.at(
                        line,
                        format!("baris nomor judul tidak baku: `{}`", line.text.trim()),
                        format!("the title's number line is not standard: `{}`", line.text.trim()),
                    )
                    .help(
                        "tulis `NOMOR <nomor> TAHUN <tahun>` tanpa titik dua, misalnya `NOMOR 4 TAHUN 1991`",
                        "write `NOMOR <number> TAHUN <year>` without a colon, e.g. `NOMOR 4 TAHUN 1991`",
                    );
                }
                if let Some(extra) = t.rest.get(..i).and_then(|s| s.first()) {
                    sink.at(
                        extra,
                        format!(
                            "baris `{}` berada di antara baris jenis peraturan dan baris nomor",
                            extra.text.trim()
                        ),
                        format!(
                            "the line `{}` stands between the type line and the number line",
                            extra.text.trim()
                        ),
                    );
                }
            }
        }
        let Some(ti) = tentang else {
            if let Some(l) = nomor.and_then(|i| t.rest.get(i)) {
                sink.at(
                    l,
                    "judul tidak memuat baris `TENTANG`",
                    "the title has no `TENTANG` line",
                )
                .help(
                    "tulis `TENTANG` pada baris tersendiri sesudah baris nomor",
                    "write `TENTANG` on its own line after the number line",
                );
            }
            return;
        };
        let Some(tl) = t.rest.get(ti).copied() else {
            return;
        };
        if !tl.text.trim().eq_ignore_ascii_case("TENTANG") {
            sink.at(
                tl,
                format!("kata `TENTANG` pada judul tidak baku: `{}`", tl.text.trim()),
                format!(
                    "the word `TENTANG` in the title is not standard: `{}`",
                    tl.text.trim()
                ),
            )
            .help(
                "tulis `TENTANG` tanpa spasi di antara hurufnya",
                "write `TENTANG` without spaces between its letters",
            );
        }
        if let Some(n) = nomor
            && ti > n + 1
            && let Some(extra) = t.rest.get(n + 1)
        {
            sink.at(
                extra,
                format!(
                    "baris `{}` berada di antara baris nomor dan baris `TENTANG`",
                    extra.text.trim()
                ),
                format!(
                    "the line `{}` stands between the number line and `TENTANG`",
                    extra.text.trim()
                ),
            );
        }
        if t.rest.len() <= ti + 1 {
            sink.at(
                tl,
                "judul tidak memuat nama peraturan sesudah `TENTANG`",
                "the title has no name after `TENTANG`",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "PERATURAN DAERAH KABUPATEN MUSI RAWAS\nNOMOR : 4 TAHUN 1991\nT E N T A N G\nRETRIBUSI PASAR\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI MUSI RAWAS,\n";

    #[test]
    fn flags_a_non_standard_number_line_and_spaced_tentang() {
        insta::assert_snapshot!(run_text(&TitleBlockForm, BAD));
    }

    #[test]
    fn flags_a_one_line_title_and_a_missing_name() {
        let one = "PERATURAN DAERAH KABUPATEN MALANG NOMOR 7 TAHUN 2019 TENTANG PELINDUNGAN\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n";
        let no_name = "PERATURAN DAERAH KABUPATEN MALANG\nNOMOR 7 TAHUN 2019\nTENTANG\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n";
        insta::assert_snapshot!(format!(
            "{}{}",
            run_text(&TitleBlockForm, one),
            run_text(&TitleBlockForm, no_name)
        ));
    }

    #[test]
    fn accepts_enacted_and_draft_titles_with_kop() {
        for text in [
            "BUPATI MALANG\nPROVINSI JAWA TIMUR\nPERATURAN DAERAH KABUPATEN MALANG\nNOMOR 7 TAHUN 2019\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDAN KELUARGANYA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n",
            "KEPALA DESA SUKAMAJU\nKABUPATEN JEMBER\nRANCANGAN\nPERATURAN DESA SUKAMAJU\nNOMOR ... TAHUN ...\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n",
            // a copy whose title is cut off cannot be judged
            "PERATURAN DAERAH KABUPATEN MALANG\n[... gap: not recovered ...]\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n",
        ] {
            assert_eq!(run_text(&TitleBlockForm, text), "", "{text}");
        }
    }
}
