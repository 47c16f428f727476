//! ## What it checks
//! A criminal provision that threatens two penalties (a term of kurungan or penjara and a
//! fine) one after the other, separated only by a comma or a space, without saying whether
//! they are cumulative (`dan`), alternative (`atau`) or both (`dan/atau`).
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (ketentuan pidana; Lampiran hlm. 40) requires the formulation to
//! state whether penalties are cumulative, alternative or cumulative-alternative. Without the
//! conjunction the judge cannot tell whether both penalties may be imposed. The check is a
//! heuristic, so it reports warnings.
//!
//! ## Example
//! ```text
//! Setiap orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 8 dipidana dengan
//! pidana kurungan paling lama 3 (tiga) bulan, denda paling banyak Rp10.000.000,00 (sepuluh
//! juta rupiah).
//! ```
//!
//! ## Instead
//! ```text
//! Setiap orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 8 dipidana dengan
//! pidana kurungan paling lama 3 (tiga) bulan atau pidana denda paling banyak Rp10.000.000,00
//! (sepuluh juta rupiah).
//! ```

use super::super::prelude::*;
use super::{report_in, units};

/// SAN-005 `penalties-joined-explicitly`.
pub struct PenaltiesJoinedExplicitly;

static META: RuleMeta = RuleMeta {
    code: "SAN-005",
    name: "penalties-joined-explicitly",
    group: Group::Sanctions,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Dua jenis pidana dirangkai secara tegas dengan \"dan\", \"atau\", atau \"dan/atau\"",
        en: "Two penalties are joined explicitly with \"dan\", \"atau\" or \"dan/atau\"",
    },
    source: "Lampiran II UU 12/2011, ketentuan pidana, Lampiran hlm. 40",
    file: include_str!("san_005.rs"),
};

/// A term of kurungan/penjara directly followed by a fine, or a fine directly followed by a
/// term, with nothing but a comma or spaces between them.
static UNJOINED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:kurungan|penjara)\s+(?:paling\s+lama|selama-lamanya)\s+\d+\s*(?:\([a-z ]+\)\s*)?(?:hari|minggu|bulan|tahun)\s*,?\s*(?:pidana\s+)?denda\b|\bdenda\s+(?:paling\s+banyak|sebanyak-banyaknya)\s+(?:Rp\.?\s*\d[\d.]*(?:,(?:\d{2}|-))?\s*(?:\([a-z ]+\))?|kategori\s+[IVX]+)\s*,?\s*(?:pidana\s+)?(?:kurungan|penjara)\b",
    )
});

impl Rule for PenaltiesJoinedExplicitly {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if doc.info.is_desa() {
            return;
        }
        for unit in units(doc) {
            for m in UNJOINED.find_iter(&unit.text) {
                if let Some(r) = report_in(
                    sink,
                    doc,
                    unit.node,
                    m.as_str(),
                    format!(
                        "dua ancaman pidana dalam Pasal {} tidak dirangkai dengan \"dan\", \"atau\", atau \"dan/atau\" (`{}`)",
                        unit.article.number,
                        m.as_str()
                    ),
                    format!(
                        "two penalties in Pasal {} are not joined by \"dan\", \"atau\" or \"dan/atau\" (`{}`)",
                        unit.article.number,
                        m.as_str()
                    ),
                ) {
                    r.help(
                        "nyatakan sifat ancaman: kumulatif (\"dan\"), alternatif (\"atau\"), atau kumulatif-alternatif (\"dan/atau\")",
                        "say whether the penalties are cumulative (\"dan\"), alternative (\"atau\") or both (\"dan/atau\")",
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{PERDA_A, uu_18_2017};
    use super::*;
    use crate::check::testing::{run, run_text};

    #[test]
    fn flags_penalties_separated_by_a_comma() {
        let bad = PERDA_A.replace("6 (enam) bulan atau pidana denda", "3 (tiga) bulan, denda");
        let bad = bad.replace(
            "Agar setiap orang",
            "Pasal 6\nSetiap Orang yang melanggar Pasal 2 dipidana dengan denda paling banyak Rp5.000.000,00 (lima juta rupiah) kurungan paling lama 1 (satu) bulan.\nAgar setiap orang",
        );
        insta::assert_snapshot!(run_text(&PenaltiesJoinedExplicitly, &bad));
    }

    #[test]
    fn accepts_joined_penalties() {
        assert_eq!(run_text(&PenaltiesJoinedExplicitly, PERDA_A), "");
        assert_eq!(run(&PenaltiesJoinedExplicitly, &uu_18_2017()), "");
        let both = PERDA_A.replace("bulan atau pidana denda", "bulan dan/atau pidana denda");
        assert_eq!(run_text(&PenaltiesJoinedExplicitly, &both), "");
    }
}
