//! ## What it checks
//! That the document opens with a title block whose type line says what the regulation is
//! and whose region it is: `PERATURAN DAERAH PROVINSI <P>`, `PERATURAN DAERAH KABUPATEN
//! <K>`, `PERATURAN DAERAH KOTA <K>` or `PERATURAN DESA <D>` (also `QANUN ...` in Aceh).
//! A kop (`BUPATI MALANG`, `PROVINSI JAWA TIMUR`) and `RANCANGAN` may stand above it. The
//! other rules read the level and the region from this line.
//!
//! ## Why it matters
//! The title states the kind, number, year and name of the regulation (UU 12/2011
//! Lampiran II angka 2). Without it the regulation cannot be identified, and the checker
//! cannot tell which level's duties and formulas apply. The angka is taken from a
//! secondary restatement of Lampiran II (basis S).
//!
//! ## Example
//! ```text
//! Menimbang : a. bahwa pelindungan Pekerja Migran Indonesia perlu dilaksanakan;
//! ```
//!
//! ## Instead
//! ```text
//! PERATURAN DAERAH KABUPATEN MALANG
//! NOMOR 7 TAHUN 2019
//! TENTANG
//! PELINDUNGAN PEKERJA MIGRAN INDONESIA DAN KELUARGANYA
//! ```

use super::super::prelude::*;
use super::{TYPE_LINE, is_note, type_line};

/// DOC-001 `title-block-recognisable`.
pub struct TitleBlockRecognisable;

static META: RuleMeta = RuleMeta {
    code: "DOC-001",
    name: "title-block-recognisable",
    group: Group::Document,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Naskah diawali judul yang menyebut jenis peraturan dan nama daerahnya",
        en: "The document opens with a title naming the kind of regulation and its region",
    },
    source: "UU 12/2011 Lampiran II angka 2",
    file: include_str!("doc_001.rs"),
};

impl Rule for TitleBlockRecognisable {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let Some(first) = doc.lines.iter().find(|l| !is_note(&l.text)) else {
            return;
        };
        match type_line(doc) {
            None => {
                sink.at(
                    first,
                    "naskah tidak diawali judul yang menyebut jenis peraturan dan nama daerah",
                    "the document does not open with a title naming the kind of regulation and the region",
                )
                .help(
                    "awali naskah dengan judul, misalnya `PERATURAN DAERAH KABUPATEN <NAMA>` / `NOMOR ... TAHUN ...` / `TENTANG` / nama peraturan; untuk Peraturan Desa: `PERATURAN DESA <NAMA DESA>`",
                    "open with the title, e.g. `PERATURAN DAERAH KABUPATEN <NAME>` / `NOMOR ... TAHUN ...` / `TENTANG` / the name; for a village regulation `PERATURAN DESA <VILLAGE>`",
                );
            }
            Some((_, line)) => {
                // A Peraturan Desa without the village's name is DES-001's finding.
                let rest = TYPE_LINE
                    .find(&line.text)
                    .and_then(|m| line.text.get(m.end()..))
                    .unwrap_or("")
                    .trim();
                let no_region = rest.is_empty() || rest.to_uppercase().starts_with("NOMOR");
                if no_region && !doc.info.is_desa() {
                    sink.at(
                        line,
                        format!(
                            "nama daerah tidak dapat dibaca dari baris jenis peraturan `{}`",
                            line.text
                        ),
                        format!(
                            "the region's name cannot be read from the type line `{}`",
                            line.text
                        ),
                    )
                    .help(
                        "tulis jenis, tingkat, dan nama daerah pada satu baris: `PERATURAN DAERAH KABUPATEN <NAMA>`",
                        "write the kind, level and region on one line: `PERATURAN DAERAH KABUPATEN <NAME>`",
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "Menimbang : a. bahwa pelindungan Pekerja Migran Indonesia perlu dilaksanakan;\nb. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu membentuk Peraturan Daerah tentang Pelindungan Pekerja Migran Indonesia;\n";

    #[test]
    fn flags_a_document_without_a_title() {
        insta::assert_snapshot!(run_text(&TitleBlockRecognisable, BAD));
    }

    #[test]
    fn flags_a_type_line_without_region() {
        let text = "PERATURAN DAERAH KABUPATEN\nNOMOR 1 TAHUN 2020\nTENTANG\nKETERTIBAN\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n";
        insta::assert_snapshot!(run_text(&TitleBlockRecognisable, text));
    }

    #[test]
    fn accepts_perda_perdes_kop_and_notes() {
        for text in [
            "[source: somewhere]\nBUPATI MALANG\nPROVINSI JAWA TIMUR\nPERATURAN DAERAH KABUPATEN MALANG\nNOMOR 7 TAHUN 2019\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n",
            "KEPALA DESA SUKAMAJU\nKABUPATEN JEMBER\nRANCANGAN\nPERATURAN DESA SUKAMAJU\nNOMOR ... TAHUN ...\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n",
            "RANCANGAN\nPERATURAN DAERAH KOTA BATU\nNOMOR ... TAHUN ...\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n",
        ] {
            assert_eq!(run_text(&TitleBlockRecognisable, text), "", "{text}");
        }
    }
}
