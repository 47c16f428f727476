//! ## What it checks
//! That the year of the Lembaran Negara cited for an Undang-Undang, Perppu, Peraturan
//! Pemerintah or Peraturan Presiden is the year in its own number (`Undang-Undang Nomor 12
//! Tahun 2011 ... (Lembaran Negara Republik Indonesia Tahun 2011 ...)`). In an amendment
//! chain the gazette belongs to the regulation named after `sebagaimana telah diubah ...
//! dengan`. Ministerial and regional regulations are not compared: they may be promulgated
//! in the year after the one in their number.
//!
//! ## Why it matters
//! Laws and government regulations are numbered by the year of their promulgation in the
//! Lembaran Negara, whose numbers restart every year; a different year means the gazette of
//! another law was copied (typically the numbers of the law it replaced). This consistency
//! check is inferred from the numbering (basis I), so findings are warnings.
//!
//! ## Example
//! ```text
//! 3. Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan
//!    (Lembaran Negara Republik Indonesia Tahun 2004 Nomor 53, Tambahan Lembaran Negara
//!    Republik Indonesia Nomor 4389);
//! ```
//!
//! ## Instead
//! ```text
//! 3. Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan
//!    (Lembaran Negara Republik Indonesia Tahun 2011 Nomor 82, Tambahan Lembaran Negara
//!    Republik Indonesia Nomor 5234);
//! ```

use super::super::prelude::*;
use super::{Jenis, at, bases, units};

/// DH-009 `gazette-year`.
pub struct GazetteYear;

static META: RuleMeta = RuleMeta {
    code: "DH-009",
    name: "gazette-year",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Error,
    basis: Basis::Inferred,
    summary: StaticMsg {
        id: "Tahun Lembaran Negara sama dengan tahun peraturan yang dicantumkan",
        en: "The Lembaran Negara year is the year of the regulation it belongs to",
    },
    source: "Lembaran Negara numbering per year (consistency check)",
    file: include_str!("dh_009.rs"),
};

static LN_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bLembaran\s+Negara\b[^,]*?\bTahun\s+(\d{4})\b"));

impl Rule for GazetteYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        for b in bases(doc) {
            for u in units(&b.text) {
                let Some(g) = &u.gazette else {
                    continue;
                };
                let o = &u.owner;
                if !matches!(
                    o.jenis,
                    Jenis::Uu | Jenis::Perppu | Jenis::Pp | Jenis::Perpres
                ) {
                    continue;
                }
                let Some(year) = LN_YEAR
                    .captures(&g.inner)
                    .and_then(|c| c.get(1))
                    .and_then(|m| m.as_str().parse::<i32>().ok())
                else {
                    continue;
                };
                if year == o.year {
                    continue;
                }
                let (l, c) = at(doc, &b, &g.inner);
                sink.report(
                    l,
                    c,
                    format!(
                        "Lembaran Negara Tahun {year} tidak sesuai dengan `{}` (tahun {})",
                        o.written, o.year
                    ),
                    format!(
                        "Lembaran Negara of {year} does not match `{}` (of {})",
                        o.written, o.year
                    ),
                )
                .help(
                    format!(
                        "periksa tempat pengundangan `{}` dalam Lembaran Negara Tahun {}",
                        o.written, o.year
                    ),
                    format!(
                        "check the gazette of `{}` in the Lembaran Negara of {}",
                        o.written, o.year
                    ),
                );
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
    fn flags_a_gazette_of_another_year() {
        let items = "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan (Lembaran Negara Republik Indonesia Tahun 2004 Nomor 53, Tambahan Lembaran Negara Republik Indonesia Nomor 4389);\n3. Undang-Undang Nomor 35 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak (Lembaran Negara Republik Indonesia Nomor 5606 Tahun 2009 Nomor 297);\n";
        insta::assert_snapshot!(run_text(&GazetteYear, &with(items)));
    }

    #[test]
    fn accepts_matching_years_in_chains() {
        assert_eq!(run_text(&GazetteYear, &with(GOOD)), "");
    }
}
