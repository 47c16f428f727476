//! ## What it checks
//! Regime B (as-of date on or after 2 January 2026), in a Perda provinsi, kabupaten or kota:
//! - `pidana kurungan` (error): there is no kurungan in a Perda any more;
//! - `pidana penjara` (error): a Perda may threaten only a fine;
//! - a fine of `kategori IV` or higher (error), or a fine in rupiah above Rp50.000.000,00
//!   (error): above kategori III;
//! - a fine stated in rupiah within the ceiling (warning): state the category instead
//!   (`pidana denda paling banyak kategori II`).
//!
//! ## Why it matters
//! The new KUHP (UU 1/2023) is in force from 2 January 2026. Its Pasal 615 converts
//! kurungan threatened in a UU or Perda into fines (below 6 months: at most kategori I; 6
//! months or more: at most kategori II), and Pasal 79 sets the categories: I Rp1.000.000,
//! II Rp10.000.000, III Rp50.000.000, IV Rp200.000.000 and up. The Perda ceiling of
//! UU 12/2011 Pasal 15 ayat (2), Rp50.000.000,00, is kategori III. UU 1/2026 on Penyesuaian
//! Pidana removes kurungan and asks for fines stated by category; its Perda part (and the
//! amended wording of Pasal 15 UU 12/2011 and Pasal 238 UU 23/2014) was read only in reports,
//! so the demand to state the category is a warning. Before 2 January 2026 SAN-006 applies.
//!
//! ## Example
//! ```text
//! Setiap orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 8 dipidana dengan
//! pidana kurungan paling lama 3 (tiga) bulan atau pidana denda paling banyak
//! Rp50.000.000,00 (lima puluh juta rupiah).
//! ```
//!
//! ## Instead
//! ```text
//! Setiap orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 8 dipidana dengan
//! pidana denda paling banyak kategori III.
//! ```

use super::super::prelude::*;
use super::{
    DENDA_RP, KATEGORI, PERDA_FINE_CEILING, format_rupiah, is_perda, kategori, mentions_pidana,
    report_in, rupiah, units,
};

/// SAN-008 `kuhp-perda-fines-only`.
pub struct KuhpPerdaFinesOnly;

static META: RuleMeta = RuleMeta {
    code: "SAN-008",
    name: "kuhp-perda-fines-only",
    group: Group::Sanctions,
    family: Family::Legality,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Sejak 2 Januari 2026, Perda hanya dapat mengancam pidana denda menurut kategori, paling tinggi kategori III, tanpa pidana kurungan",
        en: "From 2 January 2026 a Perda may threaten only a fine by category, at most kategori III, and no kurungan",
    },
    source: "KUHP (UU 1/2023) Pasal 79 and Pasal 615; UU 1/2026 Penyesuaian Pidana",
    file: include_str!("san_008.rs"),
};

static KURUNGAN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:pidana\s+)?kurungan\b(?:\s+paling\s+lama\s+\d+\s*(?:\([a-z ]+\)\s*)?(?:hari|minggu|bulan|tahun))?",
    )
});

static PENJARA: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bpidana\s+penjara\b"));

impl Rule for KuhpPerdaFinesOnly {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_perda(doc) || doc.regime() != Regime::B {
            return;
        }
        for unit in units(doc) {
            if !mentions_pidana(&unit.text) {
                continue;
            }
            let pasal = &unit.article.number;
            for m in KURUNGAN.find_iter(&unit.text) {
                if let Some(r) = report_in(
                    sink,
                    doc,
                    unit.node,
                    m.as_str(),
                    format!(
                        "Pasal {pasal} mengancam `{}`; sejak 2 Januari 2026 Peraturan Daerah tidak lagi memuat pidana kurungan (Pasal 615 KUHP, UU 1/2026)",
                        m.as_str()
                    ),
                    format!(
                        "Pasal {pasal} threatens `{}`; from 2 January 2026 a Perda no longer threatens kurungan (KUHP Pasal 615, UU 1/2026)",
                        m.as_str()
                    ),
                ) {
                    r.help(
                        "hapus pidana kurungan dan rumuskan: \"dipidana dengan pidana denda paling banyak kategori I/II/III\"",
                        "drop the kurungan and write: \"dipidana dengan pidana denda paling banyak kategori I/II/III\"",
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
                        "Pasal {pasal} mengancam `{}`; Peraturan Daerah hanya dapat mengancam pidana denda",
                        m.as_str()
                    ),
                    format!(
                        "Pasal {pasal} threatens `{}`; a Perda may threaten only a fine",
                        m.as_str()
                    ),
                ) {
                    r.help(
                        "rumuskan: \"dipidana dengan pidana denda paling banyak kategori I/II/III\"",
                        "write: \"dipidana dengan pidana denda paling banyak kategori I/II/III\"",
                    );
                }
            }
            for caps in KATEGORI.captures_iter(&unit.text) {
                let (Some(whole), Some((n, amount))) =
                    (caps.get(0), caps.get(1).and_then(|k| kategori(k.as_str())))
                else {
                    continue;
                };
                if n <= 3 {
                    continue;
                }
                if let Some(r) = report_in(
                    sink,
                    doc,
                    unit.node,
                    whole.as_str(),
                    format!(
                        "Pasal {pasal} mengancam pidana denda `{}` ({}), melebihi kategori III (Rp50.000.000,00) yang dapat dimuat Peraturan Daerah",
                        whole.as_str(),
                        format_rupiah(amount)
                    ),
                    format!(
                        "Pasal {pasal} threatens a fine of `{}` ({}), above kategori III (Rp50.000.000,00), the most a Perda may threaten",
                        whole.as_str(),
                        format_rupiah(amount)
                    ),
                ) {
                    r.help(
                        "turunkan menjadi \"pidana denda paling banyak kategori III\" atau lebih rendah",
                        "lower it to \"pidana denda paling banyak kategori III\" or below",
                    );
                }
            }
            for caps in DENDA_RP.captures_iter(&unit.text) {
                let (Some(whole), Some(amount)) =
                    (caps.get(0), caps.get(1).and_then(|a| rupiah(a.as_str())))
                else {
                    continue;
                };
                if amount > PERDA_FINE_CEILING {
                    if let Some(r) = report_in(
                        sink,
                        doc,
                        unit.node,
                        whole.as_str(),
                        format!(
                            "Pasal {pasal} mengancam pidana denda {} (`{}`), melebihi kategori III (Rp50.000.000,00) yang dapat dimuat Peraturan Daerah",
                            format_rupiah(amount),
                            whole.as_str()
                        ),
                        format!(
                            "Pasal {pasal} threatens a fine of {} (`{}`), above kategori III (Rp50.000.000,00), the most a Perda may threaten",
                            format_rupiah(amount),
                            whole.as_str()
                        ),
                    ) {
                        r.help(
                            "rumuskan: \"pidana denda paling banyak kategori III\" atau lebih rendah",
                            "write: \"pidana denda paling banyak kategori III\" or below",
                        );
                    }
                } else if let Some(r) = report_in(
                    sink,
                    doc,
                    unit.node,
                    whole.as_str(),
                    format!(
                        "Pasal {pasal} menyatakan pidana denda dalam rupiah (`{}`); sejak 2 Januari 2026 pidana denda dirumuskan menurut kategori",
                        whole.as_str()
                    ),
                    format!(
                        "Pasal {pasal} states the fine in rupiah (`{}`); from 2 January 2026 fines are stated by category",
                        whole.as_str()
                    ),
                ) {
                    r.severity(Severity::Warning).help(
                        format!(
                            "rumuskan: \"pidana denda paling banyak kategori {}\"",
                            category_for(amount)
                        ),
                        format!(
                            "write: \"pidana denda paling banyak kategori {}\"",
                            category_for(amount)
                        ),
                    );
                }
            }
        }
    }
}

/// The lowest category whose maximum covers `amount` (at most III here).
fn category_for(amount: u64) -> &'static str {
    if amount <= 1_000_000 {
        "I"
    } else if amount <= 10_000_000 {
        "II"
    } else {
        "III"
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
    fn flags_kurungan_rupiah_and_high_categories() {
        let bad = PERDA_B.replace(
            "pidana denda paling banyak kategori III.",
            "pidana kurungan paling lama 3 (tiga) bulan atau pidana denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah).",
        );
        let bad = bad.replace(
            "BAB V\nKETENTUAN PENUTUP",
            "Pasal 4A\nSetiap Orang yang membuang limbah bahan berbahaya ke sungai dipidana dengan pidana penjara paling lama 1 (satu) tahun atau pidana denda paling banyak kategori IV.\nPasal 4B\nSetiap Orang yang mengulangi pelanggaran sebagaimana dimaksud dalam Pasal 2 dipidana dengan pidana denda paling banyak Rp100.000.000,00 (seratus juta rupiah).\nBAB V\nKETENTUAN PENUTUP",
        );
        insta::assert_snapshot!(run_text(&KuhpPerdaFinesOnly, &bad));
    }

    #[test]
    fn accepts_categories_up_to_iii() {
        assert_eq!(run_text(&KuhpPerdaFinesOnly, PERDA_B), "");
        let ii = PERDA_B.replace("kategori III", "kategori II");
        assert_eq!(run_text(&KuhpPerdaFinesOnly, &ii), "");
    }

    #[test]
    fn only_regime_b_and_only_a_perda() {
        // Enacted in 2019: regime A, SAN-006's.
        assert_eq!(run_text(&KuhpPerdaFinesOnly, PERDA_A), "");
        // The 2019 text judged in 2026 (`--as-of`) is regime B.
        let d = doc_with(
            PERDA_A,
            &ReadOptions {
                as_of: Date::new(2026, 1, 2),
                ..ReadOptions::default()
            },
        );
        assert_ne!(run(&KuhpPerdaFinesOnly, &d), "");
        let uu = uu_18_2017();
        assert_eq!(run(&KuhpPerdaFinesOnly, &uu), "");
    }
}
