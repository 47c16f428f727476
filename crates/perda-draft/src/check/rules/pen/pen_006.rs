//! ## What it checks
//! The register number (noreg) of a Perda provinsi, kabupaten or kota: an enacted Perda
//! dated 2016 or later whose penutup (enactment block present) has no `NOREG PERATURAN
//! DAERAH ...` line; and a draft (`RANCANGAN`) that already shows one.
//!
//! ## Why it matters
//! UU 23/2014 Pasal 242–243 and Permendagri 80/2015 Pasal 100 ayat (2), 101 ayat (2) and 102:
//! before a Raperda is enacted it is registered with the Minister (for a province) or the
//! governor (for a kabupaten/kota), and the register number is printed on the enacted Perda;
//! a Perda enacted without it may not be promulgated. A draft receives its number only at
//! registration. The duty is verified; the exact form of the line is not, so the rule only
//! looks for the word NOREG and reports warnings.
//!
//! ## Example
//! ```text
//! LEMBARAN DAERAH KABUPATEN JEMBER TAHUN 2019 NOMOR 4
//! ```
//! (an enacted 2019 Perda with no noreg line)
//!
//! ## Instead
//! ```text
//! LEMBARAN DAERAH KABUPATEN JEMBER TAHUN 2019 NOMOR 4
//! NOREG PERATURAN DAERAH KABUPATEN JEMBER, PROVINSI JAWA TIMUR: (4-133/2019)
//! ```

use super::super::prelude::*;
use super::{find_start, is_perda};

/// PEN-006 `register-number`.
pub struct RegisterNumber;

static META: RuleMeta = RuleMeta {
    code: "PEN-006",
    name: "register-number",
    group: Group::Closing,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Perda yang ditetapkan memuat nomor register (noreg); rancangan belum memilikinya",
        en: "An enacted Perda carries its register number (noreg); a draft has none yet",
    },
    source: "UU 23/2014 Pasal 242–243; Permendagri 80/2015 Pasal 100 ayat (2), 101 ayat (2), 102",
    file: include_str!("pen_006.rs"),
};

impl Rule for RegisterNumber {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_perda(doc) {
            return;
        }
        let lines = doc.segment(Segment::Closing);
        let noreg = doc
            .lines
            .iter()
            .find(|l| l.text.trim_start().to_uppercase().starts_with("NOREG"));
        if doc.info.draft {
            if let Some(line) = noreg {
                sink.at(
                    line,
                    "rancangan Peraturan Daerah sudah memuat nomor register, padahal noreg baru diberikan sebelum penetapan",
                    "the draft already shows a register number, which is given only before enactment",
                )
                .help(
                    "hapus baris NOREG dari rancangan; nomor register dicantumkan setelah diberikan",
                    "remove the NOREG line from the draft; print the number once it is given",
                );
            }
            return;
        }
        if noreg.is_some() || doc.info.enacted.is_none_or(|d| d.year < 2016) {
            return;
        }
        let Some(line) = find_start(lines, "LEMBARAN DAERAH")
            .or_else(|| find_start(lines, "Ditetapkan"))
            .and_then(|i| lines.get(i))
        else {
            return;
        };
        sink.at(
            line,
            "Peraturan Daerah yang telah ditetapkan tidak memuat nomor register (NOREG)",
            "the enacted Perda carries no register number (NOREG)",
        )
        .help(
            "cantumkan nomor register yang diberikan sebelum penetapan, misalnya: \"NOREG PERATURAN DAERAH KABUPATEN ..., PROVINSI ...: (...)\"",
            "print the register number given before enactment, e.g. \"NOREG PERATURAN DAERAH KABUPATEN ..., PROVINSI ...: (...)\"",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{DRAFT, ENACTED};
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_a_missing_noreg_and_one_in_a_draft() {
        let enacted = ENACTED.replace(
            "NOREG PERATURAN DAERAH KABUPATEN JEMBER, PROVINSI JAWA TIMUR: (4-133/2019)\n",
            "",
        );
        insta::assert_snapshot!("missing", run_text(&RegisterNumber, &enacted));
        let draft = format!(
            "{DRAFT}NOREG PERATURAN DAERAH KABUPATEN JEMBER, PROVINSI JAWA TIMUR: (4-133/2019)\n"
        );
        insta::assert_snapshot!("in_draft", run_text(&RegisterNumber, &draft));
    }

    #[test]
    fn accepts_a_noreg_a_draft_and_older_perda() {
        assert_eq!(run_text(&RegisterNumber, ENACTED), "");
        assert_eq!(run_text(&RegisterNumber, DRAFT), "");
        let old = ENACTED
            .replace(
                "NOREG PERATURAN DAERAH KABUPATEN JEMBER, PROVINSI JAWA TIMUR: (4-133/2019)\n",
                "",
            )
            .replace("12 Juli 2019", "12 Juli 2010");
        assert_eq!(run_text(&RegisterNumber, &old), "");
    }
}
