//! ## What it checks
//! The heading of the Penjelasan of a Perda provinsi, kabupaten or kota: `PENJELASAN` /
//! `ATAS` (or `PENJELASAN ATAS` on one line) / the type line `PERATURAN DAERAH <LEVEL> <R>` /
//! `NOMOR ... TAHUN ...` / `TENTANG` / the name of the title. Reported: a heading out of that
//! form (`PENJELASAN PERDA NO 7/2019`), another region, another name; and a Perda whose text
//! runs to its signature blocks but has no Penjelasan at all.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (penjelasan): the Penjelasan is titled with the title of the
//! regulation it explains, preceded by "penjelasan atas", so that it cannot be separated from
//! it; a Perda is explained in a Penjelasan. Read in a restatement of Lampiran II (DPR, W2
//! p.283); the angka is not verified, so the rule reports warnings.
//!
//! ## Example
//! ```text
//! PENJELASAN PERDA NO 7/2019
//! ```
//!
//! ## Instead
//! ```text
//! PENJELASAN
//! ATAS
//! PERATURAN DAERAH KABUPATEN MALANG
//! NOMOR 7 TAHUN 2019
//! TENTANG
//! PELINDUNGAN PEKERJA MIGRAN INDONESIA DAN KELUARGANYA
//! ```

use super::super::prelude::*;
use super::{UMUM, is_perda, norm, region, same_region};

/// PJL-001 `elucidation-heading`.
pub struct ElucidationHeading;

static META: RuleMeta = RuleMeta {
    code: "PJL-001",
    name: "elucidation-heading",
    group: Group::Elucidation,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Perda memiliki Penjelasan berjudul \"PENJELASAN ATAS\" diikuti judul Perda",
        en: "A Perda has a Penjelasan headed \"PENJELASAN ATAS\" and the Perda's title",
    },
    source: "Lampiran II UU 12/2011, penjelasan",
    file: include_str!("pjl_001.rs"),
};

static TYPE_LINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^PERATURAN DAERAH ((?:PROVINSI|KABUPATEN|KOTA) [A-Z][A-Z .'-]*[A-Z])$"));

static NUMBER_LINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^NOMOR\s+(?:\d+|\.{3})\s+TAHUN\s+(?:\d{4}|\.{3})$"));

impl Rule for ElucidationHeading {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_perda(doc) {
            return;
        }
        let lines: Vec<&Line> = doc
            .segment(Segment::Elucidation)
            .iter()
            .filter(|l| !l.text.trim().is_empty())
            .collect();
        let Some(first) = lines.first() else {
            let closing = doc.segment(Segment::Closing);
            // A heading the segmenter did not take for one (`PENJELASAN PERDA NO 7/2019`).
            if let Some(odd) = closing
                .iter()
                .find(|l| l.text.trim().to_uppercase().starts_with("PENJELASAN"))
            {
                sink.at(
                    odd,
                    format!("judul Penjelasan tidak baku: `{}`", odd.text.trim()),
                    format!("the Penjelasan heading is not in the standard form: `{}`", odd.text.trim()),
                )
                .help(
                    "judul Penjelasan: PENJELASAN / ATAS / PERATURAN DAERAH ... / NOMOR ... TAHUN ... / TENTANG / <nama sesuai judul>",
                    "Penjelasan heading: PENJELASAN / ATAS / PERATURAN DAERAH ... / NOMOR ... TAHUN ... / TENTANG / <name as in the title>",
                );
                return;
            }
            let complete = doc.body_complete()
                && super::super::pen::whole_copy(doc)
                && doc.act.closing.enacted.is_some()
                && doc.act.closing.promulgated.is_some();
            if let (true, Some(last)) = (complete, closing.last()) {
                sink.at(
                    last,
                    "Peraturan Daerah tidak memiliki Penjelasan",
                    "the Perda has no Penjelasan",
                )
                .help(
                    "tambahkan Penjelasan: \"PENJELASAN / ATAS / PERATURAN DAERAH ... / NOMOR ... TAHUN ... / TENTANG / <nama>\", dengan \"I. UMUM\" dan \"II. PASAL DEMI PASAL\"",
                    "add a Penjelasan: \"PENJELASAN / ATAS / PERATURAN DAERAH ... / NOMOR ... TAHUN ... / TENTANG / <name>\", with \"I. UMUM\" and \"II. PASAL DEMI PASAL\"",
                );
            }
            return;
        };
        let expected_type = region(doc).map_or_else(
            || "PERATURAN DAERAH <LEVEL> <NAMA>".to_string(),
            |r| format!("PERATURAN DAERAH {}", r.to_uppercase()),
        );
        let expected =
            format!("PENJELASAN / ATAS / {expected_type} / NOMOR ... TAHUN ... / TENTANG");
        let mut report = |line: &Line, id: String, en: String| {
            sink.at(line, id, en).help(
                format!("judul Penjelasan: {expected} / <nama sesuai judul>"),
                format!("Penjelasan heading: {expected} / <name as in the title>"),
            );
        };
        let t0 = norm(&first.text);
        let mut i = match t0.as_str() {
            "PENJELASAN" => match lines.get(1).map(|l| norm(&l.text)) {
                Some(a) if a == "ATAS" => 2,
                _ => {
                    report(
                        first,
                        "judul Penjelasan tidak diikuti kata \"ATAS\"".into(),
                        "the Penjelasan heading lacks the word \"ATAS\"".into(),
                    );
                    return;
                }
            },
            "PENJELASAN ATAS" => 1,
            _ => {
                report(
                    first,
                    format!("judul Penjelasan tidak baku: `{}`", first.text.trim()),
                    format!(
                        "the Penjelasan heading is not in the standard form: `{}`",
                        first.text.trim()
                    ),
                );
                return;
            }
        };
        let Some(type_line) = lines.get(i) else {
            return;
        };
        match TYPE_LINE
            .captures(&norm(&type_line.text))
            .and_then(|c| c.get(1))
        {
            None => {
                report(
                    type_line,
                    format!(
                        "judul Penjelasan tidak memuat jenis dan daerah peraturan: `{}`",
                        type_line.text.trim()
                    ),
                    format!(
                        "the Penjelasan heading lacks the type and region of the regulation: `{}`",
                        type_line.text.trim()
                    ),
                );
                return;
            }
            Some(named) => {
                if region(doc).is_some_and(|r| !same_region(named.as_str(), r)) {
                    report(
                        type_line,
                        format!(
                            "judul Penjelasan menyebut `{}`, tidak sesuai dengan judul Peraturan Daerah",
                            type_line.text.trim()
                        ),
                        format!(
                            "the Penjelasan heading names `{}`, not the region of the title",
                            type_line.text.trim()
                        ),
                    );
                    return;
                }
            }
        }
        i += 1;
        let Some(number) = lines.get(i) else {
            return;
        };
        if !NUMBER_LINE.is_match(&norm(&number.text)) {
            report(
                number,
                format!(
                    "judul Penjelasan tidak memuat baris \"NOMOR ... TAHUN ...\": `{}`",
                    number.text.trim()
                ),
                format!(
                    "the Penjelasan heading lacks the \"NOMOR ... TAHUN ...\" line: `{}`",
                    number.text.trim()
                ),
            );
            return;
        }
        i += 1;
        let Some(tentang) = lines.get(i) else {
            return;
        };
        if norm(&tentang.text) != "TENTANG" {
            report(
                tentang,
                format!(
                    "judul Penjelasan tidak memuat baris \"TENTANG\": `{}`",
                    tentang.text.trim()
                ),
                format!(
                    "the Penjelasan heading lacks the \"TENTANG\" line: `{}`",
                    tentang.text.trim()
                ),
            );
            return;
        }
        let name_lines: Vec<&&Line> = lines
            .iter()
            .skip(i + 1)
            .take_while(|l| {
                let t = l.text.trim();
                !UMUM.is_match(t) && !t.chars().any(char::is_lowercase) && !t.starts_with("I.")
            })
            .collect();
        let (Some(name_line), Some(title)) = (name_lines.first(), doc.info.name.as_deref()) else {
            return;
        };
        let name = norm(
            &name_lines
                .iter()
                .map(|l| l.text.trim())
                .collect::<Vec<_>>()
                .join(" "),
        );
        if name != norm(title) {
            report(
                name_line,
                format!(
                    "nama dalam judul Penjelasan (`{name}`) berbeda dengan nama Peraturan Daerah (`{}`)",
                    norm(title)
                ),
                format!(
                    "the name in the Penjelasan heading (`{name}`) differs from the Perda's name (`{}`)",
                    norm(title)
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA;
    use super::*;
    use crate::check::testing::run_text;

    const HEADING: &str = "PENJELASAN\nATAS\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\n";

    #[test]
    fn flags_a_wrong_heading_and_a_missing_penjelasan() {
        let short = PERDA.replace(HEADING, "PENJELASAN PERDA NO 7/2019\n");
        insta::assert_snapshot!("short", run_text(&ElucidationHeading, &short));
        let name = PERDA.replace(
            HEADING,
            &HEADING.replace(
                "PELINDUNGAN PEKERJA MIGRAN INDONESIA\n",
                "PELINDUNGAN PEKERJA MIGRAN\n",
            ),
        );
        insta::assert_snapshot!("name", run_text(&ElucidationHeading, &name));
        let cut = PERDA.find("PENJELASAN\n").map_or(PERDA, |i| &PERDA[..i]);
        insta::assert_snapshot!("absent", run_text(&ElucidationHeading, cut));
    }

    #[test]
    fn accepts_both_heading_forms() {
        assert_eq!(run_text(&ElucidationHeading, PERDA), "");
        let one_line = PERDA.replace("PENJELASAN\nATAS\n", "PENJELASAN ATAS\n");
        assert_eq!(run_text(&ElucidationHeading, &one_line), "");
    }
}
