//! ## What it checks
//! The word `MEMUTUSKAN:` before `Menetapkan`: all capitals, letters not spaced out, ending
//! with a colon (a space before the colon is tolerated). A spaced `M E M U T U S K A N :`
//! is a warning; lower case, a missing colon or a missing `MEMUTUSKAN` line are errors.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II (diktum): the diktum opens with the word `MEMUTUSKAN`, written in
//! capitals without spaces between the letters, ending with a colon and centred. The angka
//! was read only in a secondary restatement (basis S).
//!
//! ## Example
//! ```text
//! Memutuskan :
//! Menetapkan : PERATURAN DAERAH TENTANG RETRIBUSI PARKIR.
//! ```
//!
//! ## Instead
//! ```text
//! MEMUTUSKAN:
//! Menetapkan: PERATURAN DAERAH TENTANG RETRIBUSI PARKIR.
//! ```

use super::super::prelude::*;
use super::{memutuskan, menetapkan};
use crate::check::rules::doc::{is_gap, preamble_lines};

/// DIK-002 `memutuskan-form`.
pub struct MemutuskanForm;

static META: RuleMeta = RuleMeta {
    code: "DIK-002",
    name: "memutuskan-form",
    group: Group::Diktum,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Diktum diawali kata `MEMUTUSKAN:` dengan huruf kapital tanpa spasi antarhuruf",
        en: "The diktum opens with `MEMUTUSKAN:` in capitals, letters not spaced out",
    },
    source: "UU 12/2011 Lampiran II (diktum)",
    file: include_str!("dik_002.rs"),
};

static STANDARD: LazyLock<Regex> = LazyLock::new(|| re(r"^MEMUTUSKAN\s*:$"));
static SPACED: LazyLock<Regex> =
    LazyLock::new(|| re(r"^M\s+E\s+M\s+U\s+T\s+U\s+S\s+K\s+A\s+N\s*:$"));

impl Rule for MemutuskanForm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        match memutuskan(doc) {
            Some((_, line)) => {
                let t = line.text.trim();
                if STANDARD.is_match(t) {
                    return;
                }
                let raw = sink
                    .at(
                        line,
                        format!("kata `MEMUTUSKAN:` tidak ditulis baku: `{t}`"),
                        format!("`MEMUTUSKAN:` is not written in the standard form: `{t}`"),
                    )
                    .help("tulis `MEMUTUSKAN:`", "write `MEMUTUSKAN:`");
                if SPACED.is_match(t) {
                    raw.severity(Severity::Warning);
                }
            }
            None => {
                let Some(enact) = menetapkan(doc) else {
                    return;
                };
                // Text just before `Menetapkan` may be missing from this copy.
                let pre = preamble_lines(doc);
                let before = pre
                    .iter()
                    .rev()
                    .skip_while(|l| l.no >= enact.line.no)
                    .take(1)
                    .any(|l| is_gap(doc, l.no));
                if before {
                    return;
                }
                sink.at(
                    enact.line,
                    "diktum tidak memuat kata `MEMUTUSKAN:` sebelum `Menetapkan`",
                    "the diktum lacks `MEMUTUSKAN:` before `Menetapkan`",
                )
                .help(
                    "tulis `MEMUTUSKAN:` pada baris tersendiri sebelum `Menetapkan`",
                    "write `MEMUTUSKAN:` on its own line before `Menetapkan`",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const HEAD: &str = "PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 1 TAHUN 2024\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMenimbang : bahwa x;\n";
    const TAIL: &str = "Menetapkan: PERATURAN DAERAH TENTANG X.\nPasal 1\nX.\n";

    #[test]
    fn flags_lower_case_spaced_and_missing_forms() {
        let out: String = [
            "Memutuskan :\n",
            "M E M U T U S K A N :\n",
            "MEMUTUSKAN\n",
            "",
        ]
        .iter()
        .map(|m| run_text(&MemutuskanForm, &format!("{HEAD}{m}{TAIL}")))
        .collect();
        insta::assert_snapshot!(out);
    }

    #[test]
    fn accepts_the_standard_forms() {
        for m in ["MEMUTUSKAN:\n", "MEMUTUSKAN :\n", "[... gap ...]\n"] {
            assert_eq!(
                run_text(&MemutuskanForm, &format!("{HEAD}{m}{TAIL}")),
                "",
                "{m}"
            );
        }
    }
}
