//! ## What it checks
//! That the legal basis opens with the word `Mengingat` and a colon after the last
//! konsiderans: present, with a capital M and the rest in lower case, and not run into its
//! text without the colon (a word alone on its line is accepted: PDF copies often put the
//! colon in another column). Where the copy has a gap between `Menimbang` and the diktum,
//! nothing is reported.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 28: the dasar hukum begins with the word `Mengingat` and
//! contains the authority to make the regulation and the regulations that order it. A
//! Perda without Mengingat shows no authority for the region to regulate the matter. The
//! angka was read only in secondary restatements (basis S).
//!
//! ## Example
//! ```text
//! Menimbang : a. bahwa ...;
//!             b. bahwa berdasarkan pertimbangan ...;
//! MEMUTUSKAN:
//! ```
//!
//! ## Instead
//! ```text
//! Menimbang : a. bahwa ...;
//!             b. bahwa berdasarkan pertimbangan ...;
//! Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
//!             2. ...;
//! MEMUTUSKAN:
//! ```

use super::super::prelude::*;
use super::mengingat_line;
use crate::check::rules::dik::{memutuskan, menetapkan};
use crate::check::rules::doc::{gap_within, preamble_lines};

/// DH-001 `mengingat-present`.
pub struct MengingatPresent;

static META: RuleMeta = RuleMeta {
    code: "DH-001",
    name: "mengingat-present",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Dasar hukum diawali kata `Mengingat:` sesudah konsiderans",
        en: "The legal basis opens with `Mengingat:` after the konsiderans",
    },
    source: "UU 12/2011 Lampiran II angka 28",
    file: include_str!("dh_001.rs"),
};

static FORM: LazyLock<Regex> = LazyLock::new(|| re(r"^Mengingat(\s*:|\s*$)"));

impl Rule for MengingatPresent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        if let Some(line) = mengingat_line(doc) {
            let t = line.text.trim_start();
            if !FORM.is_match(t) {
                let word: String = t
                    .chars()
                    .take_while(|c| !c.is_whitespace() && *c != ':')
                    .collect();
                sink.at(
                    line,
                    format!("kata pembuka dasar hukum tidak baku: `{word}`"),
                    format!("the legal basis' opening word is not standard: `{word}`"),
                )
                .help("tulis `Mengingat:`", "write `Mengingat:`");
            }
            return;
        }
        let Some(menimbang) = preamble_lines(doc)
            .iter()
            .find(|l| l.text.trim_start().to_lowercase().starts_with("menimbang"))
        else {
            return;
        };
        let next = memutuskan(doc)
            .map(|(_, l)| l)
            .or_else(|| menetapkan(doc).map(|e| e.line));
        let Some(next) = next else {
            return;
        };
        if gap_within(doc, menimbang.no, next.no) {
            return;
        }
        sink.at(
            next,
            "pembukaan tidak memuat dasar hukum yang diawali kata `Mengingat`",
            "the opening has no legal basis opening with `Mengingat`",
        )
        .help(
            "sesudah konsiderans tulis `Mengingat:` dan dasar kewenangan pembentukan serta peraturan yang memerintahkannya, diawali `Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;`",
            "after the konsiderans write `Mengingat:` with the authority and the regulations ordering it, starting with `Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;`",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const HEAD: &str = "PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 1 TAHUN 2024\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMenimbang : bahwa untuk melaksanakan ketentuan Pasal 41 Undang-Undang Nomor 18 Tahun 2017, perlu menetapkan Peraturan Daerah tentang X;\n";
    const TAIL: &str = "MEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG X.\nPasal 1\nX.\n";

    #[test]
    fn flags_a_missing_and_a_capitalised_mengingat() {
        let missing = format!("{HEAD}{TAIL}");
        let upper = format!(
            "{HEAD}MENGINGAT : Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n{TAIL}"
        );
        insta::assert_snapshot!(format!(
            "{}{}",
            run_text(&MengingatPresent, &missing),
            run_text(&MengingatPresent, &upper)
        ));
    }

    #[test]
    fn accepts_mengingat_and_skips_gaps() {
        for mid in [
            "Mengingat : Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n",
            "Mengingat:\n1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n",
            "[... gap ...]\n",
        ] {
            assert_eq!(
                run_text(&MengingatPresent, &format!("{HEAD}{mid}{TAIL}")),
                "",
                "{mid}"
            );
        }
    }
}
