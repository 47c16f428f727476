//! ## What it checks
//! How the kinds of regulation are written in the legal bases and the konsiderans:
//! `Undang-Undang` with both U's capital and a hyphen (not `Undang-undang`, `Undang
//! Undang`, `Undang-Unadang`), `Nomor` and `Tahun` spelt out and capitalised (not `No.`,
//! `no`, `UU No.`, `nomor`, `tahun`), and in Mengingat no `Republik Indonesia` after the
//! kind (`Undang-Undang Republik Indonesia Nomor ...`).
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II (dasar hukum): the kind and name of a regulation are written
//! without `Republik Indonesia`, and in `Undang-Undang` both U's are capitals; numbers are
//! introduced by `Nomor`. Read in a secondary restatement (basis S), so findings are
//! warnings.
//!
//! ## Example
//! ```text
//! 1. Undang-Undang no 69 Tahun 1958 tentang ...;
//! 2. Undang-undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan (...);
//! ```
//!
//! ## Instead
//! ```text
//! 1. Undang-Undang Nomor 69 Tahun 1958 tentang ...;
//! 2. Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan (...);
//! ```

use super::super::prelude::*;
use crate::check::rules::doc::position_nth;
use crate::check::rules::kon::full_text;

/// DH-011 `jenis-spelling`.
pub struct JenisSpelling;

static META: RuleMeta = RuleMeta {
    code: "DH-011",
    name: "jenis-spelling",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "`Undang-Undang`, `Nomor`, dan `Tahun` ditulis baku, tanpa `Republik Indonesia` sesudah jenis peraturan",
        en: "`Undang-Undang`, `Nomor` and `Tahun` are written in full, without `Republik Indonesia` after the kind",
    },
    source: "UU 12/2011 Lampiran II (dasar hukum) (W2 p.265)",
    file: include_str!("dh_011.rs"),
};

/// A pattern, the help in both languages, and whether it applies only in Mengingat.
type Check = (Regex, &'static str, &'static str, bool);

static CHECKS: LazyLock<Vec<Check>> = LazyLock::new(|| {
    const UU: (&str, &str) = (
        "tulis `Undang-Undang` (kedua huruf U kapital, dengan tanda hubung)",
        "write `Undang-Undang` (both U's capital, with a hyphen)",
    );
    const NOMOR: (&str, &str) = (
        "tulis `Nomor <nomor> Tahun <tahun>` tanpa singkatan",
        "write `Nomor <number> Tahun <year>` without abbreviations",
    );
    vec![
        (re(r"\bUndang-undang\b"), UU.0, UU.1, false),
        (
            re(r"\bUndang-Unadang\b|\bUndang\s+Undang\b|\bUndang-\s+Undang\b"),
            UU.0,
            UU.1,
            false,
        ),
        (
            re(r"\bUU\s+(?:No\.?|Nomor)(?:\s|\d)"),
            "tulis `Undang-Undang Nomor` tanpa singkatan",
            "write `Undang-Undang Nomor` without abbreviations",
            false,
        ),
        (
            re(r"\b(?:No|NO|no)\.?\s*\d+\s+(?:[Tt]ahun|TAHUN)\b"),
            NOMOR.0,
            NOMOR.1,
            false,
        ),
        (re(r"\bnomor\s+\d+\s+[Tt]ahun\b"), NOMOR.0, NOMOR.1, false),
        (re(r"\bNomor\s+\d+\s+tahun\b"), NOMOR.0, NOMOR.1, false),
        (
            re(
                r"\b(?:Undang-Undang|Peraturan\s+Pemerintah|Peraturan\s+Presiden)\s+Republik\s+Indonesia\s+Nomor\b",
            ),
            "hapus `Republik Indonesia` sesudah jenis peraturan, misalnya `Undang-Undang Nomor ...`",
            "drop `Republik Indonesia` after the kind, e.g. `Undang-Undang Nomor ...`",
            true,
        ),
    ]
});

impl Rule for JenisSpelling {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let nodes = doc
            .act
            .preamble
            .considerations
            .iter()
            .map(|n| (n, false))
            .chain(doc.act.preamble.legal_bases.iter().map(|n| (n, true)));
        for (node, mengingat) in nodes {
            let text = super::norm(&full_text(node));
            for (pattern, help_id, help_en, only_mengingat) in CHECKS.iter() {
                if *only_mengingat && !mengingat {
                    continue;
                }
                let mut seen: Vec<&str> = Vec::new();
                for m in pattern.find_iter(&text) {
                    let found = m.as_str().trim();
                    let nth = seen.iter().filter(|s| **s == found).count();
                    seen.push(found);
                    let (l, c) = position_nth(doc, node, found, nth);
                    sink.report(
                        l,
                        c,
                        format!("penulisan `{found}` tidak baku"),
                        format!("`{found}` is not written in the standard form"),
                    )
                    .help(*help_id, *help_en);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{GOOD, with};
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_lower_case_u_abbreviations_and_republik_indonesia() {
        let items = "1. Undang-Undang no 69 Tahun 1958 tentang Pembentukan Daerah-Daerah Tingkat II;\n2. Undang-Unadang No 7 Tahun 1981 tentang Wajib Lapor Ketenagakerjaan;\n3. Undang-undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan;\n4. Undang-Undang Republik Indonesia Nomor 12 Tahun 1950 tentang X;\n";
        insta::assert_snapshot!(run_text(&JenisSpelling, &with(items)));
    }

    #[test]
    fn accepts_standard_spelling_and_perundang_undangan() {
        assert_eq!(run_text(&JenisSpelling, &with(GOOD)), "");
    }
}
