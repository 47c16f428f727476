//! ## What it checks
//! Regime A (as-of date before 2 January 2026): a Perda that joins pidana kurungan and pidana
//! denda with `dan` or `dan/atau` (in either order), instead of `atau`.
//!
//! ## Why it matters
//! UU 12/2011 Pasal 15 ayat (2) allows a Perda to threaten "pidana kurungan paling lama 6
//! (enam) bulan **atau** pidana denda paling banyak Rp50.000.000,00": the two penalties are
//! alternatives. Threatening both at once (`dan`, or `dan/atau`, which allows both) goes
//! beyond the model, unless another law provides it (ayat (3)). Reported as a warning because
//! the ceiling itself is SAN-006's.
//!
//! ## Example
//! ```text
//! ... dipidana dengan pidana kurungan paling lama 3 (tiga) bulan dan/atau pidana denda paling
//! banyak Rp10.000.000,00 (sepuluh juta rupiah).
//! ```
//!
//! ## Instead
//! ```text
//! ... dipidana dengan pidana kurungan paling lama 3 (tiga) bulan atau pidana denda paling
//! banyak Rp10.000.000,00 (sepuluh juta rupiah).
//! ```

use super::super::prelude::*;
use super::{is_perda, report_in, units};

/// SAN-007 `legacy-kurungan-or-denda`.
pub struct LegacyKurunganOrDenda;

static META: RuleMeta = RuleMeta {
    code: "SAN-007",
    name: "legacy-kurungan-or-denda",
    group: Group::Sanctions,
    family: Family::Legality,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Sebelum 2 Januari 2026, pidana kurungan dan pidana denda dalam Perda dirumuskan alternatif dengan \"atau\"",
        en: "Before 2 January 2026 a Perda threatens kurungan or a fine as alternatives, joined by \"atau\"",
    },
    source: "UU 12/2011 Pasal 15 ayat (2)",
    file: include_str!("san_007.rs"),
};

/// `kurungan ... dan/atau (pidana) denda` or `denda ... dan/atau (pidana) kurungan`, within one
/// sentence (a dot is allowed only inside a number such as `Rp50.000.000,00`).
static CUMULATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bkurungan\s+(?:[^.;]|\.\d){0,60}?\s(dan/atau|dan)\s+(?:pidana\s+)?denda\b|\bdenda\s+(?:paling\s+banyak|sebanyak-banyaknya)\s+(?:[^.;]|\.\d){0,80}?\s(dan/atau|dan)\s+(?:pidana\s+)?kurungan\b",
    )
});

impl Rule for LegacyKurunganOrDenda {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_perda(doc) || doc.regime() != Regime::A {
            return;
        }
        for unit in units(doc) {
            for caps in CUMULATIVE.captures_iter(&unit.text) {
                let (Some(whole), Some(conj)) = (caps.get(0), caps.get(1).or_else(|| caps.get(2)))
                else {
                    continue;
                };
                if let Some(r) = report_in(
                    sink,
                    doc,
                    unit.node,
                    whole.as_str(),
                    format!(
                        "Pasal {} merangkai pidana kurungan dan pidana denda dengan \"{}\"; Pasal 15 ayat (2) UU 12/2011 merumuskannya secara alternatif",
                        unit.article.number,
                        conj.as_str()
                    ),
                    format!(
                        "Pasal {} joins kurungan and the fine with \"{}\"; UU 12/2011 Pasal 15 ayat (2) makes them alternatives",
                        unit.article.number,
                        conj.as_str()
                    ),
                ) {
                    r.help(
                        "gunakan \"atau\": \"pidana kurungan paling lama ... atau pidana denda paling banyak ...\", kecuali undang-undang lain menentukan lain",
                        "use \"atau\": \"pidana kurungan paling lama ... atau pidana denda paling banyak ...\", unless another law provides otherwise",
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA_A;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_cumulative_kurungan_and_denda() {
        let bad = PERDA_A.replace("bulan atau pidana denda", "bulan dan/atau pidana denda");
        let bad = bad.replace(
            "Agar setiap orang",
            "Pasal 6\nSetiap Orang yang melanggar Pasal 2 dipidana dengan denda paling banyak Rp10.000.000,00 (sepuluh juta rupiah) dan kurungan paling lama 3 (tiga) bulan.\nAgar setiap orang",
        );
        insta::assert_snapshot!(run_text(&LegacyKurunganOrDenda, &bad));
    }

    #[test]
    fn accepts_the_alternative_and_separate_sentences() {
        assert_eq!(run_text(&LegacyKurunganOrDenda, PERDA_A), "");
        let two = PERDA_A.replace(
            "Rp50.000.000,00 (lima puluh juta rupiah).",
            "Rp50.000.000,00 (lima puluh juta rupiah). Penjatuhan pidana kurungan dan denda dicatat oleh Satuan Polisi Pamong Praja.",
        );
        assert_eq!(run_text(&LegacyKurunganOrDenda, &two), "");
    }
}
