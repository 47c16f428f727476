//! ## What it checks
//! That the name of the regulation (the title after `TENTANG`) is not extended with an
//! abbreviation or acronym: a parenthesis in the name, or a known acronym of regional
//! regulations (`PMI`, `TKI`, `CPMI`, `P3MI`, `LTSA`, `TPPO`, `APBD`, `BUMD`, `CSR`,
//! `TJSL`, `KTR`, `RTRW`, `RPJMD`, `UMKM`, `DPRD`, ...).
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 5: the name of a regulation is not extended with an
//! abbreviation or acronym (as amended by UU 13/2022, with narrow exceptions for terms
//! already absorbed into the language). The angka is taken from a secondary restatement
//! (basis S), so findings are warnings.
//!
//! ## Example
//! ```text
//! TENTANG
//! KAWASAN TANPA ROKOK (KTR)
//! ```
//!
//! ## Instead
//! ```text
//! TENTANG
//! KAWASAN TANPA ROKOK
//! ```

use super::super::prelude::*;
use super::title_block;

/// JUD-003 `no-acronym-in-title`.
pub struct NoAcronymInTitle;

static META: RuleMeta = RuleMeta {
    code: "JUD-003",
    name: "no-acronym-in-title",
    group: Group::Title,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Nama peraturan tidak ditambah singkatan atau akronim",
        en: "The regulation's name is not extended with an abbreviation or acronym",
    },
    source: "UU 12/2011 Lampiran II angka 5",
    file: include_str!("jud_003.rs"),
};

static ACRONYM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\(|\b(PMI|CPMI|TKI|CTKI|TKW|P3MI|P4MI|PPTKIS|BP2MI|BNP2TKI|BP3TKI|LTSA|TPPO|APBD|APBDES|BUMD|BUMDES|CSR|TJSL|KTR|RTRW|RDTR|RPJMD|RPJPD|RKPD|UMKM|DPRD|BPD|OPD|SKPD|BPBD|PDAM)\b",
    )
});

impl Rule for NoAcronymInTitle {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let Some(t) = title_block(doc) else {
            return;
        };
        for line in t.name_lines() {
            // An acronym inside a reported parenthesis is not reported again.
            let mut covered = 0;
            for m in ACRONYM.find_iter(&line.text) {
                if m.start() < covered {
                    continue;
                }
                let shown = if m.as_str() == "(" {
                    let rest = line.text.get(m.start()..).unwrap_or("");
                    rest.find(')')
                        .and_then(|e| rest.get(..=e))
                        .unwrap_or(rest)
                        .to_string()
                } else {
                    m.as_str().to_string()
                };
                covered = m.start() + shown.len();
                sink.at_offset(
                    line,
                    m.start(),
                    format!("nama peraturan memuat singkatan atau akronim `{shown}`"),
                    format!("the regulation's name contains the abbreviation or acronym `{shown}`"),
                )
                .help(
                    "tulis nama peraturan secara lengkap tanpa singkatan; singkatan dapat ditetapkan dalam Ketentuan Umum",
                    "write the name in full without abbreviations; an abbreviation can be defined in the Ketentuan Umum",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 1 TAHUN 2024\nTENTANG\nKAWASAN TANPA ROKOK (KTR)\nDAN PELINDUNGAN PMI\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n";

    #[test]
    fn flags_parentheses_and_acronyms_in_the_name() {
        insta::assert_snapshot!(run_text(&NoAcronymInTitle, BAD));
    }

    #[test]
    fn accepts_a_name_in_full() {
        let text = "BUPATI JEMBER\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 1 TAHUN 2024\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n";
        assert_eq!(run_text(&NoAcronymInTitle, text), "");
    }
}
