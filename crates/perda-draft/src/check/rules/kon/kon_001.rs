//! ## What it checks
//! That the konsiderans opens with the word `Menimbang` followed by a colon, after the
//! enacting office: present, with a capital M and the rest in lower case, and not run into
//! its text without the colon (a word alone on its line is accepted: PDF copies often put
//! the colon in another column). Where the copy has a gap between the office and
//! `Mengingat`, nothing is reported.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 17 (the konsiderans part runs from angka 17 to 27): the
//! konsiderans begins with the word `Menimbang`. Without it the reasons for making the
//! regulation are missing or cannot be told from the legal basis. The angka were read only
//! in secondary restatements (basis S).
//!
//! ## Example
//! ```text
//! BUPATI JEMBER,
//! Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
//! ```
//!
//! ## Instead
//! ```text
//! BUPATI JEMBER,
//! Menimbang : a. bahwa ...;
//!             b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu
//!                membentuk Peraturan Daerah tentang ...;
//! Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
//! ```

use super::super::prelude::*;
use crate::check::rules::dik::memutuskan;
use crate::check::rules::doc::{gap_within, preamble_lines, type_line};

/// KON-001 `menimbang-opens`.
pub struct MenimbangOpens;

static META: RuleMeta = RuleMeta {
    code: "KON-001",
    name: "menimbang-opens",
    group: Group::Considerations,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Konsiderans diawali kata `Menimbang:`",
        en: "The konsiderans opens with `Menimbang:`",
    },
    source: "UU 12/2011 Lampiran II angka 17",
    file: include_str!("kon_001.rs"),
};

static FORM: LazyLock<Regex> = LazyLock::new(|| re(r"^Menimbang(\s*:|\s*$)"));

impl Rule for MenimbangOpens {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let pre = preamble_lines(doc);
        if let Some(line) = pre
            .iter()
            .find(|l| l.text.trim_start().to_lowercase().starts_with("menimbang"))
        {
            let t = line.text.trim_start();
            if !FORM.is_match(t) {
                let word: String = t
                    .chars()
                    .take_while(|c| !c.is_whitespace() && *c != ':')
                    .collect();
                sink.at(
                    line,
                    format!("kata pembuka konsiderans tidak baku: `{word}`"),
                    format!("the konsiderans' opening word is not standard: `{word}`"),
                )
                .help("tulis `Menimbang:`", "write `Menimbang:`");
            }
            return;
        }
        // No `Menimbang`: judge only an opening that is there and whole.
        let Some((_, title)) = type_line(doc) else {
            return;
        };
        let next = pre
            .iter()
            .find(|l| l.text.trim_start().to_lowercase().starts_with("mengingat"))
            .or_else(|| memutuskan(doc).map(|(_, l)| l));
        let Some(next) = next else {
            return;
        };
        if gap_within(doc, title.no, next.no) {
            return;
        }
        sink.at(
            next,
            "pembukaan tidak memuat konsiderans yang diawali kata `Menimbang`",
            "the opening has no konsiderans opening with `Menimbang`",
        )
        .help(
            "tulis `Menimbang:` dan pokok pikiran yang menjadi latar belakang pembentukan peraturan sesudah jabatan pembentuk",
            "after the enacting office write `Menimbang:` and the reasons for making the regulation",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const HEAD: &str = "PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 1 TAHUN 2024\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\n";
    const MENGINGAT: &str = "Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n";

    #[test]
    fn flags_a_missing_and_a_misspelt_menimbang() {
        let missing = format!("{HEAD}{MENGINGAT}");
        let upper = format!("{HEAD}MENIMBANG : bahwa x;\n{MENGINGAT}");
        insta::assert_snapshot!(format!(
            "{}{}",
            run_text(&MenimbangOpens, &missing),
            run_text(&MenimbangOpens, &upper)
        ));
    }

    #[test]
    fn accepts_menimbang_and_skips_gaps() {
        for mid in [
            "Menimbang : a. bahwa x;\n",
            "Menimbang:\n",
            "[... gap ...]\n",
        ] {
            let text = format!("{HEAD}{mid}{MENGINGAT}");
            assert_eq!(run_text(&MenimbangOpens, &text), "", "{mid}");
        }
    }
}
