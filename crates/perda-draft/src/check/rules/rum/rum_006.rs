//! ## What it checks
//! Maxima and minima written with words other than Lampiran II's: `selama-lamanya`,
//! `sekurang-kurangnya`, `sebanyak-banyaknya`, `setinggi-tingginya`, `serendah-rendahnya`,
//! `selambat-lambatnya`, `maksimal`/`maksimum` or `minimal`/`minimum` directly before a
//! number or an amount of money. The help names the phrase for the kind of quantity:
//! `paling lama`/`paling singkat` for time, `paling banyak`/`paling sedikit` for money,
//! `paling tinggi`/`paling rendah` for other quantities (an age too), `paling lambat` for
//! a deadline, and — as practice writes it — `paling sedikit`/`paling banyak` for a number
//! of times (`1 (satu) kali`).
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II, Bab III (ragam bahasa peraturan perundang-undangan) fixes the
//! phrases for maxima and minima by the kind of quantity, so that every regulation states
//! limits the same way. The angka number of the provision is from a secondary restatement
//! (Basis S), so the rule reports warnings.
//!
//! ## Example
//! ```text
//! Pasal 21
//! Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 12 diancam
//! kurungan selama-lamanya 3 (tiga) bulan atau denda sebanyak-banyaknya Rp1.000.000,00
//! (satu juta rupiah).
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 21
//! Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 12 dipidana
//! dengan pidana kurungan paling lama 3 (tiga) bulan atau pidana denda paling banyak
//! Rp1.000.000,00 (satu juta rupiah).
//! ```

use super::super::prelude::*;
use super::{body_units, locate, texts};

/// RUM-006 `maximum-minimum-wording`.
pub struct MaximumMinimumWording;

static META: RuleMeta = RuleMeta {
    code: "RUM-006",
    name: "maximum-minimum-wording",
    group: Group::Wording,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Batas paling tinggi dan paling rendah dinyatakan dengan `paling lama/singkat`, `paling banyak/sedikit`, atau `paling tinggi/rendah`",
        en: "Maxima and minima use `paling lama/singkat`, `paling banyak/sedikit` or `paling tinggi/rendah`",
    },
    source: "UU 12/2011 Lampiran II Bab III (ragam bahasa)",
    file: include_str!("rum_006.rs"),
};

static WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(selama-lamanya|sekurang-kurangnya|sebanyak-banyaknya|setinggi-tingginya|serendah-rendahnya|selambat-lambatnya|maksimal|maksimum|minimal|minimum)\s+(Rp|\d)",
    )
});

/// What follows the number: a unit of time?
static TIME_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[\d.,]*\s*(\([a-z ]+\)\s*)?(hari|minggu|bulan|tahun|jam|menit)\b"));

/// What follows the number: a number of times?
static COUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"^[\d.,]*\s*(\([a-z ]+\)\s*)?kali\b"));

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Time,
    Money,
    Count,
    Other,
}

impl Rule for MaximumMinimumWording {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        for u in body_units(doc) {
            for hay in texts(u.node) {
                for c in WORD.captures_iter(hay) {
                    let (Some(all), Some(word), Some(next)) = (c.get(0), c.get(1), c.get(2)) else {
                        continue;
                    };
                    let before = hay
                        .get(..all.start())
                        .unwrap_or("")
                        .trim_end()
                        .to_lowercase();
                    let age = ["usia", "berusia", "umur", "berumur"]
                        .iter()
                        .any(|w| before.ends_with(w));
                    let kind = if next.as_str() == "Rp" {
                        Kind::Money
                    } else if !age && TIME_AFTER.is_match(hay.get(next.start()..).unwrap_or("")) {
                        Kind::Time
                    } else if COUNT_AFTER.is_match(hay.get(next.start()..).unwrap_or("")) {
                        Kind::Count
                    } else {
                        Kind::Other
                    };
                    let w = word.as_str().to_lowercase();
                    let max = matches!(
                        w.as_str(),
                        "selama-lamanya"
                            | "sebanyak-banyaknya"
                            | "setinggi-tingginya"
                            | "maksimal"
                            | "maksimum"
                    );
                    let phrase = match (w.as_str(), kind, max) {
                        ("selambat-lambatnya", _, _) => "paling lambat",
                        ("setinggi-tingginya", _, _) => "paling tinggi",
                        ("serendah-rendahnya", _, _) => "paling rendah",
                        (_, Kind::Time, true) => "paling lama",
                        (_, Kind::Time, false) => "paling singkat",
                        (_, Kind::Money | Kind::Count, true) => "paling banyak",
                        (_, Kind::Money | Kind::Count, false) => "paling sedikit",
                        (_, Kind::Other, true) => "paling tinggi",
                        (_, Kind::Other, false) => "paling rendah",
                    };
                    let Some((line, at)) = locate(doc, u.node, hay, word.start(), word.end())
                    else {
                        continue;
                    };
                    let shown = word.as_str();
                    sink.at_offset(
                        line,
                        at,
                        format!("batas bilangan dirumuskan dengan `{shown}`"),
                        format!("a limit is worded `{shown}`"),
                    )
                    .help(
                        format!("ganti `{shown}` dengan `{phrase}`"),
                        format!("replace `{shown}` with `{phrase}`"),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "Pasal 21\n(1) Setiap Orang diancam kurungan selama-lamanya 3 (tiga) bulan atau denda sebanyak-banyaknya Rp1.000.000,00 (satu juta rupiah).\n(2) Calon Pekerja Migran Indonesia berusia minimal 18 (delapan belas) tahun dan pelatihan paling sedikit diikuti minimal 20 (dua puluh) orang, diselesaikan maksimal 30 (tiga puluh) hari.\n(3) Laporan disampaikan selambat-lambatnya 7 (tujuh) hari dan sekurang-kurangnya 1 (satu) kali dalam 6 (enam) bulan.\n";

    #[test]
    fn flags_other_words_for_limits() {
        insta::assert_snapshot!(run_text(&MaximumMinimumWording, &perda(BAD)));
    }

    #[test]
    fn accepts_the_lampiran_phrases_and_other_uses() {
        let good = "Pasal 21\n(1) Dipidana dengan pidana denda paling banyak Rp1.000.000,00 (satu juta rupiah).\n(2) Standar pelayanan minimal ditetapkan oleh Bupati dan persyaratan minimum dipenuhi paling lama 3 (tiga) bulan.\n";
        assert_eq!(run_text(&MaximumMinimumWording, &perda(good)), "");
    }
}
