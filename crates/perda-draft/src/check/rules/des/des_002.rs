//! ## What it checks
//! The line after `DENGAN RAHMAT TUHAN YANG MAHA ESA` in a Peraturan Desa: the enacting
//! office `KEPALA DESA <NAMA DESA>,`, capitals, ending with a comma, naming the village of
//! the title. A copy whose line there is lost (a `[... gap ...]` note) is not judged.
//!
//! ## Why it matters
//! The Lampiran of Permendagri 111/2014 gives this form: the Kepala Desa enacts the
//! Peraturan Desa (with the BPD's agreement), and the office line names who does; the comma
//! joins it to the Menimbang that follows.
//!
//! ## Example
//! ```text
//! DENGAN RAHMAT TUHAN YANG MAHA ESA
//! KEPALA DESA SUKAMAJU
//! Menimbang : ...
//! ```
//!
//! ## Instead
//! ```text
//! DENGAN RAHMAT TUHAN YANG MAHA ESA
//! KEPALA DESA SUKAMAJU,
//! Menimbang : ...
//! ```

use super::super::prelude::*;
use super::{is_note, same_village};

/// DES-002 `kepala-desa-office`.
pub struct KepalaDesaOffice;

static META: RuleMeta = RuleMeta {
    code: "DES-002",
    name: "kepala-desa-office",
    group: Group::Village,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Setelah frasa \"DENGAN RAHMAT TUHAN YANG MAHA ESA\" ditulis \"KEPALA DESA <NAMA DESA>,\"",
        en: "After \"DENGAN RAHMAT TUHAN YANG MAHA ESA\" comes \"KEPALA DESA <VILLAGE>,\"",
    },
    source: "Permendagri 111/2014 Lampiran",
    file: include_str!("des_002.rs"),
};

static OFFICE: LazyLock<Regex> = LazyLock::new(|| re(r"^KEPALA DESA ([A-Z][A-Z .'-]*[A-Z]),$"));

impl Rule for KepalaDesaOffice {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !doc.info.is_desa() {
            return;
        }
        let lines = doc.segment(Segment::Opening);
        let Some(grace) = lines
            .iter()
            .position(|l| l.text.trim().to_uppercase().starts_with("DENGAN RAHMAT"))
        else {
            return;
        };
        let Some(line) = lines
            .iter()
            .skip(grace + 1)
            .find(|l| !l.text.trim().is_empty())
        else {
            return;
        };
        if is_note(line) {
            return;
        }
        let t = line.text.trim();
        let expected = super::village(doc).map_or_else(
            || "KEPALA DESA <NAMA DESA>,".to_string(),
            |v| format!("KEPALA DESA {v},"),
        );
        let (id, en) = match OFFICE.captures(t).and_then(|c| c.get(1)) {
            Some(name) if same_village(doc, name.as_str()) => return,
            Some(name) => (
                format!(
                    "jabatan pembentuk menyebut desa `{}`, tidak sesuai dengan judul",
                    name.as_str()
                ),
                format!(
                    "the enacting office names the village `{}`, not the one of the title",
                    name.as_str()
                ),
            ),
            None if t.to_uppercase().starts_with("MENIMBANG") => (
                "jabatan pembentuk \"KEPALA DESA ...,\" tidak dicantumkan sebelum Menimbang"
                    .to_string(),
                "the enacting office \"KEPALA DESA ...,\" is missing before Menimbang".to_string(),
            ),
            None => (
                format!("jabatan pembentuk tidak baku: `{t}`"),
                format!("the enacting office is not in the standard form: `{t}`"),
            ),
        };
        sink.at(line, id, en).help(
            format!("tulis: \"{expected}\""),
            format!("write: \"{expected}\""),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDES;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_an_office_without_comma_or_missing() {
        let comma = PERDES.replace(
            "KEPALA DESA SUKAMAJU,\nMenimbang",
            "KEPALA DESA SUKAMAJU\nMenimbang",
        );
        insta::assert_snapshot!("no_comma", run_text(&KepalaDesaOffice, &comma));
        let missing = PERDES.replace("KEPALA DESA SUKAMAJU,\nMenimbang", "Menimbang");
        insta::assert_snapshot!("missing", run_text(&KepalaDesaOffice, &missing));
    }

    #[test]
    fn accepts_the_office() {
        assert_eq!(run_text(&KepalaDesaOffice, PERDES), "");
    }
}
