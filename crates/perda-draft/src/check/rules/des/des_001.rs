//! ## What it checks
//! The title block of a Peraturan Desa: the type line `PERATURAN DESA <NAMA DESA>` (with the
//! village's name, capitals, nothing else on the line), then `NOMOR <n> TAHUN <yyyy>`
//! (`NOMOR ... TAHUN ...` in a draft) and `TENTANG` on lines of their own. A kop above it
//! (`KEPALA DESA ...` / `KABUPATEN ...`) is allowed.
//!
//! ## Why it matters
//! The Lampiran of Permendagri 111/2014 gives this form: the village is part of the name of
//! the regulation, since every village enacts its own Peraturan Desa with its own numbering,
//! and a Peraturan Desa without the village's name cannot be told from another village's.
//!
//! ## Example
//! ```text
//! PERATURAN DESA NOMOR 2 TAHUN 2023
//! TENTANG
//! ```
//!
//! ## Instead
//! ```text
//! PERATURAN DESA SUKAMAJU
//! NOMOR 2 TAHUN 2023
//! TENTANG
//! ```

use super::super::prelude::*;
use super::is_note;

/// DES-001 `perdes-title-block`.
pub struct PerdesTitleBlock;

static META: RuleMeta = RuleMeta {
    code: "DES-001",
    name: "perdes-title-block",
    group: Group::Village,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Judul Peraturan Desa: \"PERATURAN DESA <NAMA DESA>\", \"NOMOR ... TAHUN ...\", \"TENTANG\", lalu nama",
        en: "A Peraturan Desa title: \"PERATURAN DESA <VILLAGE>\", \"NOMOR ... TAHUN ...\", \"TENTANG\", then the name",
    },
    source: "Permendagri 111/2014 Lampiran",
    file: include_str!("des_001.rs"),
};

static TYPE_LINE: LazyLock<Regex> = LazyLock::new(|| re(r"^PERATURAN DESA [A-Z][A-Z .'-]*[A-Z]$"));

static NUMBER_LINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^NOMOR\s+(?:\d+|\.{3})\s+TAHUN\s+(?:\d{4}|\.{3})$"));

const FORM_ID: &str = "tulis judul: \"PERATURAN DESA <NAMA DESA>\" / \"NOMOR ... TAHUN ...\" / \"TENTANG\" / nama peraturan";
const FORM_EN: &str = "write the title: \"PERATURAN DESA <VILLAGE>\" / \"NOMOR ... TAHUN ...\" / \"TENTANG\" / the name";

impl Rule for PerdesTitleBlock {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !doc.info.is_desa() {
            return;
        }
        let lines: Vec<&Line> = doc
            .segment(Segment::Title)
            .iter()
            .filter(|l| !is_note(l) && !l.text.trim().is_empty())
            .collect();
        let Some(at) = lines
            .iter()
            .position(|l| l.text.trim().to_uppercase().starts_with("PERATURAN DESA"))
        else {
            if let Some(first) = lines.first() {
                sink.at(
                    first,
                    "judul tidak memuat baris \"PERATURAN DESA <NAMA DESA>\"",
                    "the title has no \"PERATURAN DESA <VILLAGE>\" line",
                )
                .help(FORM_ID, FORM_EN);
            }
            return;
        };
        let Some(type_line) = lines.get(at) else {
            return;
        };
        let t = type_line.text.trim();
        if !TYPE_LINE.is_match(t) || t.contains(" NOMOR") {
            sink.at(
                type_line,
                format!("baris jenis Peraturan Desa tidak baku: `{t}` (nama desa, huruf kapital, tanpa nomor)"),
                format!("the Peraturan Desa type line is not in the standard form: `{t}` (the village's name, capitals, no number)"),
            )
            .help(FORM_ID, FORM_EN);
            return;
        }
        match lines.get(at + 1) {
            Some(n) if NUMBER_LINE.is_match(n.text.trim()) => {}
            Some(n) => {
                sink.at(
                    n,
                    format!("baris nomor Peraturan Desa tidak baku: `{}`", n.text.trim()),
                    format!(
                        "the number line of the Peraturan Desa is not in the standard form: `{}`",
                        n.text.trim()
                    ),
                )
                .help(FORM_ID, FORM_EN);
                return;
            }
            None => return,
        }
        match lines.get(at + 2) {
            Some(l) if l.text.trim() == "TENTANG" => {}
            Some(l) => {
                sink.at(
                    l,
                    format!("judul tidak memuat baris \"TENTANG\": `{}`", l.text.trim()),
                    format!("the title lacks the \"TENTANG\" line: `{}`", l.text.trim()),
                )
                .help(FORM_ID, FORM_EN);
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDES;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_a_type_line_without_the_village() {
        let bad = PERDES.replace(
            "PERATURAN DESA SUKAMAJU\nNOMOR 2 TAHUN 2024\n",
            "PERATURAN DESA NOMOR 2 TAHUN 2024\n",
        );
        insta::assert_snapshot!("no_village", run_text(&PerdesTitleBlock, &bad));
        let tentang = PERDES.replace("TENTANG\nPELINDUNGAN", "T E N T A N G\nPELINDUNGAN");
        insta::assert_snapshot!("tentang", run_text(&PerdesTitleBlock, &tentang));
    }

    #[test]
    fn accepts_the_form_with_kop_and_a_draft() {
        assert_eq!(run_text(&PerdesTitleBlock, PERDES), "");
        let draft = PERDES.replace("NOMOR 2 TAHUN 2024\n", "NOMOR ... TAHUN ...\n");
        assert_eq!(run_text(&PerdesTitleBlock, &draft), "");
    }
}
