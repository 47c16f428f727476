//! ## What it checks
//! The nama singkat (`Peraturan Daerah ini dapat disebut ...`): it must not contain a number
//! or year (`Nomor`, `Tahun`, digits), must not be an abbreviation or acronym (`Perda`,
//! `PMI`), and is the jenis followed by a shortened name (`Peraturan Daerah tentang ...`).
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 angka 139–142: a nama singkat is given only to a regulation with a
//! long name; it leaves out the number and year, is not an abbreviation or acronym, and does
//! not depart from or replace the name with a synonym. `Perda PMI 2025` is none of these.
//!
//! ## Example
//! ```text
//! Pasal 31
//! Peraturan Daerah ini dapat disebut Perda PMI 2025.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 31
//! Peraturan Daerah ini dapat disebut Peraturan Daerah tentang Pelindungan Pekerja Migran.
//! ```

use super::super::prelude::*;
use super::super::san::{report_in, units};

/// KP-006 `short-name-form`.
pub struct ShortNameForm;

static META: RuleMeta = RuleMeta {
    code: "KP-006",
    name: "short-name-form",
    group: Group::ClosingProvisions,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Nama singkat tidak memuat nomor dan tahun dan bukan singkatan atau akronim",
        en: "A nama singkat has no number or year and is not an abbreviation or acronym",
    },
    source: "Lampiran II UU 12/2011 angka 139–142",
    file: include_str!("kp_006.rs"),
};

static SHORT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:Peraturan\s+Daerah|Peraturan\s+Desa|Undang-Undang)\s+ini\s+dapat\s+disebut(?:\s+dengan)?\s+(.+?)\.?\s*$",
    )
});

static DIGITS_OR_NUMBER: LazyLock<Regex> = LazyLock::new(|| re(r"\d+|\bNomor\b|\bTahun\b|\bNo\."));

static ACRONYM: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[A-Z][A-Z0-9]{1,}\b|\bPerda\b|\bPerdes\b|\bPergub\b|\bPerbup\b"));

impl Rule for ShortNameForm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        for unit in units(doc) {
            let Some(caps) = SHORT_NAME.captures(unit.text.trim()) else {
                continue;
            };
            let Some(name) = caps.get(1) else {
                continue;
            };
            let name = name.as_str();
            let (id, en) = if let Some(m) = DIGITS_OR_NUMBER.find(name) {
                (
                    format!(
                        "nama singkat `{name}` memuat nomor atau tahun (`{}`)",
                        m.as_str()
                    ),
                    format!(
                        "the nama singkat `{name}` contains a number or year (`{}`)",
                        m.as_str()
                    ),
                )
            } else if let Some(m) = ACRONYM.find(name) {
                (
                    format!(
                        "nama singkat `{name}` memuat singkatan atau akronim (`{}`)",
                        m.as_str()
                    ),
                    format!(
                        "the nama singkat `{name}` contains an abbreviation or acronym (`{}`)",
                        m.as_str()
                    ),
                )
            } else {
                continue;
            };
            if let Some(r) = report_in(sink, doc, unit.node, name, id, en) {
                r.help(
                    "rumuskan: \"Peraturan Daerah ini dapat disebut Peraturan Daerah tentang <nama yang dipersingkat>.\" tanpa nomor, tahun, atau akronim",
                    "write: \"Peraturan Daerah ini dapat disebut Peraturan Daerah tentang <shortened name>.\" with no number, year or acronym",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_numbers_and_acronyms() {
        let bad = PERDA.replace(
            "Peraturan Daerah ini dapat disebut Peraturan Daerah tentang Pelindungan Pekerja Migran.",
            "Peraturan Daerah ini dapat disebut Perda PMI 2025.",
        );
        insta::assert_snapshot!("number", run_text(&ShortNameForm, &bad));
        let acronym = PERDA.replace(
            "Peraturan Daerah ini dapat disebut Peraturan Daerah tentang Pelindungan Pekerja Migran.",
            "Peraturan Daerah ini dapat disebut Perda Pelindungan PMI.",
        );
        insta::assert_snapshot!("acronym", run_text(&ShortNameForm, &acronym));
    }

    #[test]
    fn accepts_a_shortened_name() {
        assert_eq!(run_text(&ShortNameForm, PERDA), "");
    }
}
