//! ## What it checks
//! Rincian of a tabulation in the batang tubuh that start with a capital letter although
//! they continue the sentence of their lead-in: `a. Melakukan pendataan;`. It is a
//! heuristic kept narrow: it reports a rincian only when its first word is capitalised, its
//! second word is not (so it is not a name such as `Dinas Sosial` or `Pemerintah Daerah`),
//! it does not start with a term defined in the Ketentuan Umum or its short form, and the
//! first word is not one that begins the names of offices and institutions. Lists whose
//! rincian are whole sentences (ending with a full stop) and the definitions of Pasal 1
//! are skipped.
//! On a copy that came through OCR (the parser had to repair misread marks, digits,
//! markers or units run together at least 8 times) the rule stays silent: a lost `(2)` or
//! a `;` read as `:` there is the scan's fault, not the regulation's.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II, the rules on tabulation (Lampiran hlm. 29): rincian are parts
//! of one sentence with their lead-in, so each starts with a lower-case letter unless it
//! starts with a name or a defined term. A capital letter in the middle of the sentence
//! reads as a defined term or a name, which it is not.
//!
//! ## Example
//! ```text
//! (2) Pemerintah Desa bertugas:
//!     a. Melakukan pendataan calon Pekerja Migran Indonesia;
//!     b. Menyebarluaskan informasi permintaan Pekerja Migran Indonesia; dan
//!     c. pemberdayaan keluarga.
//! ```
//!
//! ## Instead
//! ```text
//! (2) Pemerintah Desa bertugas:
//!     a. melakukan pendataan calon Pekerja Migran Indonesia;
//!     b. menyebarluaskan informasi permintaan Pekerja Migran Indonesia; dan
//!     c. pemberdayaan keluarga.
//! ```

use super::super::prelude::*;
use super::{
    body_units, definitions_article, final_text, lists, node_line, noisy_node, report_clean,
};

/// RUM-003 `tabulation-lowercase-start`.
pub struct TabulationLowercaseStart;

static META: RuleMeta = RuleMeta {
    code: "RUM-003",
    name: "tabulation-lowercase-start",
    group: Group::Wording,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Rincian diawali huruf kecil, kecuali diawali nama atau istilah yang didefinisikan",
        en: "Rincian start with a lower-case letter unless they start with a name or a defined term",
    },
    source: "UU 12/2011 Lampiran II, ketentuan tabulasi (Lampiran hlm. 29)",
    file: include_str!("rum_003.rs"),
};

/// First words of names of offices, bodies, places and documents: a rincian starting with
/// one of them names something and keeps its capital.
const NAME_WORDS: &[&str] = &[
    "Allah",
    "Badan",
    "Balai",
    "Bank",
    "Bupati",
    "Camat",
    "Daerah",
    "Desa",
    "Dewan",
    "Dinas",
    "Direktorat",
    "Gubernur",
    "Indonesia",
    "Inspektorat",
    "Instruksi",
    "Kabupaten",
    "Kantor",
    "Kecamatan",
    "Kejaksaan",
    "Kelurahan",
    "Kementerian",
    "Kepala",
    "Kepolisian",
    "Keputusan",
    "Kitab",
    "Komisi",
    "Kota",
    "Lembaga",
    "Lembaran",
    "Lurah",
    "Majelis",
    "Menteri",
    "Negara",
    "Pasal",
    "Pemerintah",
    "Pemerintahan",
    "Pengadilan",
    "Perangkat",
    "Peraturan",
    "Presiden",
    "Provinsi",
    "Pusat",
    "Republik",
    "Rumah",
    "Satuan",
    "Sekretaris",
    "Sekretariat",
    "Tentara",
    "Tuhan",
    "Undang-Undang",
    "Unit",
    "Wakil",
    "Wali",
    "Walikota",
];

impl Rule for TabulationLowercaseStart {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let mut local = Sink::default();
        check_all(doc, &mut local);
        report_clean(doc, local, sink);
    }
}

/// The checks, before findings on OCR-damaged lines are dropped.
fn check_all(doc: &Document, sink: &mut Sink) {
    if super::ocr_copy(doc) {
        return;
    }
    let defs = definitions_article(doc);
    for u in body_units(doc) {
        if u.article.zip(defs).is_some_and(|(a, d)| std::ptr::eq(a, d)) {
            continue;
        }
        for list in lists(u.node) {
            let sentences = list.iter().all(|n| final_text(n).trim_end().ends_with('.'));
            if sentences || list.len() < 2 || list.iter().any(|x| noisy_node(doc, x)) {
                continue;
            }
            for item in list {
                check_item(doc, item, sink);
            }
        }
    }
}

fn check_item(doc: &Document, item: &Node, sink: &mut Sink) {
    let text = item.text.trim_start_matches(['"', '\u{201c}', '(', ' ']);
    let mut words = text.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return;
    };
    let first_clean = first.trim_end_matches([',', ';', ':', '.']);
    let mut chars = first_clean.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    let rest: String = chars.collect();
    let rest_lower = rest.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && rest.chars().all(|c| !c.is_uppercase());
    let second_lower = second.chars().next().is_some_and(char::is_lowercase);
    if !(capital && rest_lower && second_lower) || NAME_WORDS.contains(&first_clean) {
        return;
    }
    let defined = doc.definitions.iter().any(|d| {
        text.starts_with(d.term.as_str())
            || super::short_form(d).is_some_and(|s| text.starts_with(s))
    });
    if defined {
        return;
    }
    let Some(line) = node_line(doc, item) else {
        return;
    };
    let at = line.text.find(first).unwrap_or(0);
    let lower = {
        let mut cs = first_clean.chars();
        cs.next()
            .map(|c| c.to_lowercase().chain(cs).collect::<String>())
            .unwrap_or_default()
    };
    sink.at_offset(
        line,
        at,
        format!("rincian `{}` diawali huruf kapital (`{first_clean}`)", item.marker),
        format!("rincian `{}` starts with a capital letter (`{first_clean}`)", item.marker),
    )
    .help(
        format!("tulis `{lower}`: rincian meneruskan kalimat pengantarnya, kecuali diawali nama atau istilah yang didefinisikan"),
        format!("write `{lower}`: a rincian continues its lead-in sentence, unless it starts with a name or a defined term"),
    );
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const DEFS: &str = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Pemerintah Desa adalah Kepala Desa dibantu perangkat Desa.\n2. Pekerja Migran Indonesia yang selanjutnya disingkat PMI adalah warga negara Indonesia yang bekerja di luar negeri.\n";

    #[test]
    fn flags_capitalised_rincian() {
        let bad = format!(
            "{DEFS}Pasal 5\nPemerintah Desa bertugas:\na. Melakukan pendataan calon PMI;\nb. Menyebarluaskan informasi; dan\nc. pemberdayaan keluarga.\n"
        );
        insta::assert_snapshot!(run_text(&TabulationLowercaseStart, &perda(&bad)));
    }

    #[test]
    fn accepts_names_defined_terms_and_sentences() {
        let good = format!(
            "{DEFS}Pasal 5\nKoordinasi dilakukan dengan:\na. Pemerintah Desa;\nb. PMI yang telah kembali;\nc. Dinas Sosial;\nd. Kepala Desa setempat; dan\ne. lembaga lain.\nPasal 6\nKetentuan berikut berlaku:\na. Pendataan dilakukan setiap tahun.\nb. Hasilnya diumumkan.\n"
        );
        assert_eq!(run_text(&TabulationLowercaseStart, &perda(&good)), "");
    }
}
