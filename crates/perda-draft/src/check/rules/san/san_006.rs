//! ## What it checks
//! Regime A (as-of date before 2 January 2026): the criminal penalties of a Perda provinsi,
//! kabupaten or kota above what a Perda may threaten:
//! - `pidana kurungan` longer than 6 (enam) months (`paling lama 1 (satu) tahun` is twelve
//!   months and is reported);
//! - a criminal fine above Rp50.000.000,00 (`pidana denda paling banyak Rp75.000.000,00`);
//! - any `pidana penjara`.
//!
//! Durations and amounts are read from the numerals (`1 (satu) tahun`, `Rp50.000.000,00`),
//! or from the words when there is no numeral (`enam bulan`). Administrative fines
//! (`denda administratif`) are not criminal penalties and are not checked.
//!
//! ## Why it matters
//! UU 12/2011 Pasal 15 ayat (2) and UU 23/2014 Pasal 238 ayat (2) allow a Perda to threaten
//! "pidana kurungan paling lama 6 (enam) bulan atau pidana denda paling banyak
//! Rp50.000.000,00 (lima puluh juta rupiah)"; ayat (3) of both allows other kurungan or fines
//! only where another law provides them. Imprisonment (penjara) is never available to a Perda.
//! A penalty above the ceiling is unlawful and is struck out in evaluation or by the court.
//! From 2 January 2026 the new KUHP applies instead (SAN-008).
//!
//! ## Example
//! ```text
//! Setiap orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 8 dipidana dengan
//! pidana kurungan paling lama 1 (satu) tahun atau pidana denda paling banyak
//! Rp100.000.000,00 (seratus juta rupiah).
//! ```
//!
//! ## Instead
//! ```text
//! Setiap orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 8 dipidana dengan
//! pidana kurungan paling lama 6 (enam) bulan atau pidana denda paling banyak
//! Rp50.000.000,00 (lima puluh juta rupiah).
//! ```

use super::super::prelude::*;
use super::{
    DENDA_RP, KURUNGAN_TERM, PERDA_FINE_CEILING, format_rupiah, is_perda, kurungan_duration,
    mentions_pidana, report_in, rupiah, units,
};

/// SAN-006 `legacy-perda-penalty-ceiling`.
pub struct LegacyPerdaPenaltyCeiling;

static META: RuleMeta = RuleMeta {
    code: "SAN-006",
    name: "legacy-perda-penalty-ceiling",
    group: Group::Sanctions,
    family: Family::Legality,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Sebelum 2 Januari 2026, Perda hanya dapat mengancam pidana kurungan paling lama 6 bulan atau pidana denda paling banyak Rp50.000.000,00, tanpa pidana penjara",
        en: "Before 2 January 2026 a Perda may threaten at most 6 months of kurungan or a fine of Rp50.000.000,00, and no imprisonment",
    },
    source: "UU 12/2011 Pasal 15 ayat (2)–(3); UU 23/2014 Pasal 238 ayat (2)–(3)",
    file: include_str!("san_006.rs"),
};

static PENJARA: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bpidana\s+penjara\b"));

const WAIVER_ID: &str = "kecuali undang-undang lain menentukan lain (Pasal 15 ayat (3) UU 12/2011); dalam hal itu sebutkan undang-undang tersebut dan kecualikan temuan ini dengan alasan";
const WAIVER_EN: &str = "unless another law provides otherwise (UU 12/2011 Pasal 15 ayat (3)); then cite that law and waive this finding with a reason";

impl Rule for LegacyPerdaPenaltyCeiling {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_perda(doc) || doc.regime() != Regime::A {
            return;
        }
        for unit in units(doc) {
            if !mentions_pidana(&unit.text) {
                continue;
            }
            let pasal = &unit.article.number;
            for caps in KURUNGAN_TERM.captures_iter(&unit.text) {
                let (Some(whole), Some(d)) = (caps.get(0), kurungan_duration(&caps)) else {
                    continue;
                };
                if !d.exceeds_six_months() {
                    continue;
                }
                let (length, length_en) = match d.months() {
                    Some(m) => (format!("{m} bulan"), format!("{m} months")),
                    None => (format!("{} {}", d.n, d.unit), format!("{} {}", d.n, d.unit)),
                };
                if let Some(r) = report_in(
                    sink,
                    doc,
                    unit.node,
                    whole.as_str(),
                    format!(
                        "Pasal {pasal} mengancam pidana kurungan {length} (`{}`), melebihi batas 6 (enam) bulan bagi Peraturan Daerah",
                        whole.as_str()
                    ),
                    format!(
                        "Pasal {pasal} threatens {length_en} of kurungan (`{}`), above the 6-month ceiling for a Perda",
                        whole.as_str()
                    ),
                ) {
                    r.help(
                        format!("turunkan menjadi \"pidana kurungan paling lama 6 (enam) bulan\", {WAIVER_ID}"),
                        format!("lower it to \"pidana kurungan paling lama 6 (enam) bulan\", {WAIVER_EN}"),
                    );
                }
            }
            for caps in DENDA_RP.captures_iter(&unit.text) {
                let (Some(whole), Some(amount)) =
                    (caps.get(0), caps.get(1).and_then(|a| rupiah(a.as_str())))
                else {
                    continue;
                };
                if amount <= PERDA_FINE_CEILING {
                    continue;
                }
                if let Some(r) = report_in(
                    sink,
                    doc,
                    unit.node,
                    whole.as_str(),
                    format!(
                        "Pasal {pasal} mengancam pidana denda {} (`{}`), melebihi batas Rp50.000.000,00 bagi Peraturan Daerah",
                        format_rupiah(amount),
                        whole.as_str()
                    ),
                    format!(
                        "Pasal {pasal} threatens a fine of {} (`{}`), above the Rp50.000.000,00 ceiling for a Perda",
                        format_rupiah(amount),
                        whole.as_str()
                    ),
                ) {
                    r.help(
                        format!("turunkan menjadi \"pidana denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah)\" atau kurang, {WAIVER_ID}"),
                        format!("lower it to \"pidana denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah)\" or less, {WAIVER_EN}"),
                    );
                }
            }
            for m in PENJARA.find_iter(&unit.text) {
                if let Some(r) = report_in(
                    sink,
                    doc,
                    unit.node,
                    m.as_str(),
                    format!(
                        "Pasal {pasal} mengancam `{}`; Peraturan Daerah tidak dapat memuat pidana penjara",
                        m.as_str()
                    ),
                    format!(
                        "Pasal {pasal} threatens `{}`; a Perda cannot threaten imprisonment",
                        m.as_str()
                    ),
                ) {
                    r.help(
                        "ganti dengan \"pidana kurungan paling lama 6 (enam) bulan atau pidana denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah)\"",
                        "replace it with \"pidana kurungan paling lama 6 (enam) bulan atau pidana denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah)\"",
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{PERDA_A, PERDA_B, uu_18_2017};
    use super::*;
    use crate::check::ReadOptions;
    use crate::check::date::Date;
    use crate::check::testing::{doc_with, run, run_text};

    #[test]
    fn flags_penalties_above_the_legacy_ceiling() {
        let bad = PERDA_A.replace(
            "pidana kurungan paling lama 6 (enam) bulan atau pidana denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah)",
            "pidana kurungan paling lama 1 (satu) tahun atau pidana denda paling banyak Rp75.000.000,00 (tujuh puluh lima juta rupiah)",
        );
        let bad = bad.replace(
            "Agar setiap orang",
            "Pasal 6\nSetiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 2 secara berulang dipidana dengan pidana penjara paling lama 2 (dua) tahun atau denda sebanyak-banyaknya Rp. 60.000.000,- (enam puluh juta rupiah).\nAgar setiap orang",
        );
        insta::assert_snapshot!(run_text(&LegacyPerdaPenaltyCeiling, &bad));
    }

    #[test]
    fn accepts_the_ceiling_itself_and_lower_penalties() {
        assert_eq!(run_text(&LegacyPerdaPenaltyCeiling, PERDA_A), "");
        let lower = PERDA_A.replace("6 (enam) bulan", "3 (tiga) bulan").replace(
            "Rp50.000.000,00 (lima puluh juta rupiah)",
            "Rp5.000.000,00 (lima juta rupiah)",
        );
        assert_eq!(run_text(&LegacyPerdaPenaltyCeiling, &lower), "");
    }

    #[test]
    fn administrative_fines_are_not_criminal_fines() {
        let text = PERDA_A.replace(
            "Setiap Orang dilarang membuang sampah ke sungai.",
            "Setiap Orang yang membuang sampah ke sungai dikenai denda administratif paling banyak Rp100.000.000,00 (seratus juta rupiah).",
        );
        assert_eq!(run_text(&LegacyPerdaPenaltyCeiling, &text), "");
    }

    #[test]
    fn only_regime_a_and_only_a_perda() {
        // Regime B (a draft judged in 2026) is SAN-008's.
        let b = PERDA_B.replace(
            "kategori III",
            "kategori III atau pidana kurungan paling lama 1 (satu) tahun",
        );
        assert_eq!(run_text(&LegacyPerdaPenaltyCeiling, &b), "");
        // The same text judged before 2026 is regime A.
        let d = doc_with(
            &b,
            &ReadOptions {
                as_of: Date::new(2025, 12, 31),
                ..ReadOptions::default()
            },
        );
        assert_ne!(run(&LegacyPerdaPenaltyCeiling, &d), "");
        // An Undang-Undang is not bound by the Perda ceiling.
        assert_eq!(run(&LegacyPerdaPenaltyCeiling, &uu_18_2017()), "");
    }
}
