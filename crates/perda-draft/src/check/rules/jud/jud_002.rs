//! ## What it checks
//! That the lines of the title — the type line, the number line, `TENTANG` and the name —
//! are written in capitals and do not end with a full stop, comma, semicolon or colon. The
//! open number of a draft (`NOMOR ... TAHUN ...`) ends with dots and is accepted. Letters
//! inside a token with digits (`2Ol7`, OCR noise) are not counted as lower case.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 4: the title is written entirely in capital letters,
//! centred, without a closing punctuation mark. The angka is taken from secondary
//! restatements (basis S).
//!
//! ## Example
//! ```text
//! PERATURAN DAERAH KOTA MALANG
//! NOMOR 3 TAHUN 2021
//! Tentang Penyelenggaraan Rumah Kos.
//! ```
//!
//! ## Instead
//! ```text
//! PERATURAN DAERAH KOTA MALANG
//! NOMOR 3 TAHUN 2021
//! TENTANG
//! PENYELENGGARAAN RUMAH KOS
//! ```

use super::super::prelude::*;
use super::title_block;

/// JUD-002 `title-capitals`.
pub struct TitleCapitals;

static META: RuleMeta = RuleMeta {
    code: "JUD-002",
    name: "title-capitals",
    group: Group::Title,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Judul ditulis dengan huruf kapital tanpa tanda baca di akhir",
        en: "The title is in capitals without closing punctuation",
    },
    source: "UU 12/2011 Lampiran II angka 4",
    file: include_str!("jud_002.rs"),
};

/// Byte offset of the first lower-case letter outside tokens with digits.
fn first_lower(text: &str) -> Option<usize> {
    let mut offset = 0;
    for token in text.split(' ') {
        if !token.chars().any(|c| c.is_ascii_digit())
            && let Some(i) = token.find(char::is_lowercase)
        {
            return Some(offset + i);
        }
        offset += token.len() + 1;
    }
    None
}

/// The line in capitals without a closing punctuation mark.
fn fixed(text: &str) -> String {
    let upper = text.to_uppercase();
    if upper.ends_with("..") {
        return upper;
    }
    upper.trim_end_matches(['.', ',', ';', ':']).to_string()
}

impl Rule for TitleCapitals {
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
        for line in std::iter::once(t.type_line).chain(t.rest.iter().copied()) {
            let text = line.text.trim_end();
            if let Some(off) = first_lower(text) {
                sink.at_offset(
                    line,
                    off,
                    format!("judul tidak ditulis dengan huruf kapital: `{text}`"),
                    format!("the title is not written in capitals: `{text}`"),
                )
                .help(
                    format!("tulis `{}`", fixed(text)),
                    format!("write `{}`", fixed(text)),
                );
            }
            let open_number = text.ends_with("..") || text.ends_with('\u{2026}');
            if !open_number
                && let Some(last) = text.chars().last()
                && ".,;:".contains(last)
            {
                sink.at_offset(
                    line,
                    text.len() - last.len_utf8(),
                    format!("baris judul diakhiri tanda baca `{last}`"),
                    format!("a title line ends with the punctuation mark `{last}`"),
                )
                .severity(Severity::Warning)
                .help(
                    "hapus tanda baca di akhir baris judul",
                    "remove the punctuation mark at the end of the title line",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "PERATURAN DAERAH KOTA MALANG\nNOMOR 3 TAHUN 2021\nTentang Penyelenggaraan Rumah Kos.\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n";

    #[test]
    fn flags_lower_case_and_closing_punctuation() {
        insta::assert_snapshot!(run_text(&TitleCapitals, BAD));
    }

    #[test]
    fn accepts_capitals_open_numbers_and_ocr_digits() {
        for text in [
            "RANCANGAN\nPERATURAN DAERAH KOTA MALANG\nNOMOR ... TAHUN ...\nTENTANG\nPENYELENGGARAAN RUMAH KOS\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n",
            "Bupati Malang\nPERATURAN DAERAH KABUPATEN MALANG\nNOMOR 7 TAHUN 2Ol9\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n",
        ] {
            assert_eq!(run_text(&TitleCapitals, text), "", "{text}");
        }
    }
}
