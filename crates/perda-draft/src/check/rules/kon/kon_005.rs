//! ## What it checks
//! A konsiderans that gives as its reason only that the regulation is "considered
//! necessary": `dipandang perlu` or `dianggap perlu`.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 20 gives this wording as an example of an inappropriate
//! konsiderans: the pokok pikiran must state the reasons (unsur filosofis, sosiologis,
//! yuridis), not that the maker found the regulation necessary. The angka was read only in
//! secondary restatements (basis S), so findings are warnings.
//!
//! ## Example
//! ```text
//! b. bahwa untuk memberikan pelayanan kepada warga, dipandang perlu membentuk Peraturan
//!    Desa tentang Pelayanan Tenaga Kerja;
//! ```
//!
//! ## Instead
//! ```text
//! b. bahwa warga Desa yang bekerja ke luar negeri memerlukan pelayanan dokumen dan
//!    informasi sejak sebelum bekerja;
//! ```

use super::super::prelude::*;
use super::{considerations, full_text};
use crate::check::rules::doc::position_nth;

/// KON-005 `not-merely-necessary`.
pub struct NotMerelyNecessary;

static META: RuleMeta = RuleMeta {
    code: "KON-005",
    name: "not-merely-necessary",
    group: Group::Considerations,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Konsiderans memuat alasan, bukan sekadar `dipandang perlu`",
        en: "A konsiderans states reasons, not merely that the regulation is `dipandang perlu`",
    },
    source: "UU 12/2011 Lampiran II angka 20",
    file: include_str!("kon_005.rs"),
};

static MERELY: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(dipandang|dianggap)\s+perlu\b"));

impl Rule for NotMerelyNecessary {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let (items, _) = considerations(doc);
        for item in items {
            let text = full_text(item);
            for (nth, m) in MERELY.find_iter(&text).enumerate() {
                let (l, c) = position_nth(doc, item, m.as_str(), nth);
                sink.report(
                    l,
                    c,
                    format!("konsiderans hanya menyatakan `{}`, bukan alasan pembentukan", m.as_str()),
                    format!("the konsiderans only says `{}`, which is not a reason", m.as_str()),
                )
                .help(
                    "nyatakan pokok pikiran yang menjadi alasan (filosofis, sosiologis, yuridis); dalam konsiderans penutup tulis `perlu membentuk`",
                    "state the reasons (philosophical, sociological, legal); in the closing konsiderans write `perlu membentuk`",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const HEAD: &str = "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2020\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nKEPALA DESA SUKAMAJU,\n";

    #[test]
    fn flags_dipandang_perlu() {
        let text = format!(
            "{HEAD}Menimbang : a. bahwa untuk memberikan pelayanan kepada warga, dipandang perlu membentuk Peraturan Desa tentang X;\nb. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Desa tentang X;\nMengingat : 1. x;\n"
        );
        insta::assert_snapshot!(run_text(&NotMerelyNecessary, &text));
    }

    #[test]
    fn accepts_reasons() {
        let text = format!(
            "{HEAD}Menimbang : a. bahwa warga Desa memerlukan pelayanan;\nb. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Desa tentang X;\nMengingat : 1. x;\n"
        );
        assert_eq!(run_text(&NotMerelyNecessary, &text), "");
    }
}
