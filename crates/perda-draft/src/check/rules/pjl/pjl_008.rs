//! ## What it checks
//! The supplement line of a Perda provinsi, kabupaten or kota that has a Penjelasan:
//! `TAMBAHAN LEMBARAN DAERAH <PROVINSI|KABUPATEN|KOTA> <R> NOMOR <n>` (`NOMOR ...` in a
//! draft), in capitals, with the region of the title. Reported: a line in another form or
//! for another region, and an enacted Perda whose Penjelasan has none.
//!
//! ## Why it matters
//! The Penjelasan is published in the Tambahan Lembaran Daerah, and its number is cited with
//! the Perda (DH-008: `Tambahan Lembaran Daerah ... Nomor ...`). The form follows the
//! Lembaran Negara practice and the Permendagri 80/2015 form; the rule is inferred from them,
//! so it reports warnings.
//!
//! ## Example
//! ```text
//! (the Penjelasan of an enacted Perda ends with "Pasal 30 / Cukup jelas." and nothing else)
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 30
//! Cukup jelas.
//! TAMBAHAN LEMBARAN DAERAH KABUPATEN JEMBER NOMOR 37
//! ```

use super::super::prelude::*;
use super::{is_perda, region, same_region};

/// PJL-008 `supplement-line`.
pub struct SupplementLine;

static META: RuleMeta = RuleMeta {
    code: "PJL-008",
    name: "supplement-line",
    group: Group::Elucidation,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Inferred,
    summary: StaticMsg {
        id: "Penjelasan diakhiri dengan \"TAMBAHAN LEMBARAN DAERAH ... NOMOR ...\"",
        en: "The Penjelasan ends with \"TAMBAHAN LEMBARAN DAERAH ... NOMOR ...\"",
    },
    source: "Lampiran II UU 12/2011, penjelasan (akhir); Permendagri 80/2015 Lampiran",
    file: include_str!("pjl_008.rs"),
};

static SUPPLEMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^TAMBAHAN LEMBARAN DAERAH ((?:PROVINSI|KABUPATEN|KOTA) [A-Z][A-Z .'-]*[A-Z]) NOMOR (?:\d+|\.{3})$",
    )
});

impl Rule for SupplementLine {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let eluc = doc.segment(Segment::Elucidation);
        if !is_perda(doc) || eluc.is_empty() {
            return;
        }
        let expected = format!(
            "TAMBAHAN LEMBARAN DAERAH {} NOMOR {}",
            region(doc).map_or(
                "<PROVINSI/KABUPATEN/KOTA> <NAMA>".to_string(),
                str::to_uppercase
            ),
            if doc.info.draft { "..." } else { "<nomor>" }
        );
        let found = eluc.iter().chain(doc.segment(Segment::Closing)).find(|l| {
            l.text
                .trim()
                .to_uppercase()
                .starts_with("TAMBAHAN LEMBARAN DAERAH")
        });
        let Some(line) = found else {
            if let (false, true, Some(last)) = (
                doc.info.draft,
                super::super::pen::whole_copy(doc),
                eluc.last(),
            ) {
                sink.at(
                    last,
                    "Penjelasan tidak diakhiri dengan nomor Tambahan Lembaran Daerah",
                    "the Penjelasan does not end with the Tambahan Lembaran Daerah number",
                )
                .help(
                    format!("tambahkan: \"{expected}\""),
                    format!("add: \"{expected}\""),
                );
            }
            return;
        };
        let text = line.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let (id, en) = match SUPPLEMENT.captures(&text).and_then(|c| c.get(1)) {
            None => (
                format!("baris Tambahan Lembaran Daerah tidak sesuai bentuk baku: `{text}`"),
                format!("the Tambahan Lembaran Daerah line is not in the standard form: `{text}`"),
            ),
            Some(named) if region(doc).is_some_and(|r| !same_region(named.as_str(), r)) => (
                format!(
                    "baris Tambahan Lembaran Daerah menyebut `{}`, tidak sesuai dengan daerah pada judul",
                    named.as_str()
                ),
                format!(
                    "the Tambahan Lembaran Daerah line names `{}`, not the region of the title",
                    named.as_str()
                ),
            ),
            Some(_) => return,
        };
        sink.at(line, id, en).help(
            format!("tulis: \"{expected}\""),
            format!("write: \"{expected}\""),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_a_malformed_supplement_line() {
        let bad = PERDA.replace(
            "TAMBAHAN LEMBARAN DAERAH KABUPATEN JEMBER NOMOR ...",
            "Tambahan Lembaran Daerah Kabupaten Jember Nomor ...",
        );
        insta::assert_snapshot!(run_text(&SupplementLine, &bad));
    }

    #[test]
    fn accepts_the_line_and_a_draft_without_one() {
        assert_eq!(run_text(&SupplementLine, PERDA), "");
        let none = PERDA.replace("TAMBAHAN LEMBARAN DAERAH KABUPATEN JEMBER NOMOR ...\n", "");
        assert_eq!(run_text(&SupplementLine, &none), "");
    }
}
