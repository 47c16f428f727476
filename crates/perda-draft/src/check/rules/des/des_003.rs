//! ## What it checks
//! The diktum of a Peraturan Desa:
//! - before `MEMUTUSKAN:`, the agreement `Dengan Kesepakatan Bersama` / `BADAN
//!   PERMUSYAWARATAN DESA <D>` / `dan` / `KEPALA DESA <D>` (on four lines or one), naming the
//!   village of the title; `Dengan Persetujuan Bersama`, the Perda formula, is a warning;
//! - the decision `Menetapkan : PERATURAN DESA TENTANG <NAMA>.` (capitals, ending with a
//!   period).
//!
//! A copy cut off before `MEMUTUSKAN` is not judged.
//!
//! ## Why it matters
//! The Lampiran of Permendagri 111/2014 gives these formulas: a Peraturan Desa is made by the
//! Kepala Desa with the agreement ("kesepakatan") of the Badan Permusyawaratan Desa, not the
//! "persetujuan" of a DPRD; and the decision repeats the name of the regulation.
//!
//! ## Example
//! ```text
//! Dengan Persetujuan Bersama
//! BADAN PERMUSYAWARATAN DESA SUKAMAJU
//! dan
//! KEPALA DESA SUKAMAJU
//! MEMUTUSKAN:
//! Menetapkan : Peraturan Desa tentang Pelindungan Pekerja Migran Indonesia di Desa
//! ```
//!
//! ## Instead
//! ```text
//! Dengan Kesepakatan Bersama
//! BADAN PERMUSYAWARATAN DESA SUKAMAJU
//! dan
//! KEPALA DESA SUKAMAJU
//! MEMUTUSKAN:
//! Menetapkan : PERATURAN DESA TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA DI DESA.
//! ```

use super::super::prelude::*;
use super::{same_village, village};

/// DES-003 `perdes-diktum`.
pub struct PerdesDiktum;

static META: RuleMeta = RuleMeta {
    code: "DES-003",
    name: "perdes-diktum",
    group: Group::Village,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Diktum Peraturan Desa: \"Dengan Kesepakatan Bersama BADAN PERMUSYAWARATAN DESA ... dan KEPALA DESA ...\", \"MEMUTUSKAN:\", \"Menetapkan : PERATURAN DESA TENTANG ... .\"",
        en: "Diktum of a Peraturan Desa: \"Dengan Kesepakatan Bersama BADAN PERMUSYAWARATAN DESA ... dan KEPALA DESA ...\", \"MEMUTUSKAN:\", \"Menetapkan : PERATURAN DESA TENTANG ... .\"",
    },
    source: "Permendagri 111/2014 Lampiran",
    file: include_str!("des_003.rs"),
};

static AGREEMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^Dengan Kesepakatan Bersama BADAN PERMUSYAWARATAN DESA ([A-Z][A-Z .'-]*[A-Z]) dan KEPALA DESA ([A-Z][A-Z .'-]*[A-Z])$",
    )
});

static DECISION: LazyLock<Regex> =
    LazyLock::new(|| re(r"^Menetapkan\s*:\s*PERATURAN DESA TENTANG [A-Z0-9 ,'()/&-]+\.$"));

impl Rule for PerdesDiktum {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !doc.info.is_desa() {
            return;
        }
        let lines = doc.segment(Segment::Opening);
        let Some(decide) = lines.iter().position(|l| {
            let t = l.text.trim().to_uppercase().replace(' ', "");
            t.starts_with("MEMUTUSKAN")
        }) else {
            return;
        };
        let v = village(doc).unwrap_or_else(|| "<NAMA DESA>".to_string());
        let expected = format!(
            "Dengan Kesepakatan Bersama / BADAN PERMUSYAWARATAN DESA {v} / dan / KEPALA DESA {v}"
        );
        // The agreement: from the last line starting "Dengan" before MEMUTUSKAN.
        let start = lines.iter().take(decide).rposition(|l| {
            l.text.trim_start().starts_with("Dengan")
                || l.text.trim_start().starts_with("DENGAN K")
                || l.text.trim_start().starts_with("DENGAN P")
        });
        match start.and_then(|s| lines.get(s).map(|l| (s, l))) {
            None => {
                if let Some(line) = lines.get(decide) {
                    sink.at(
                        line,
                        "diktum Peraturan Desa tidak memuat \"Dengan Kesepakatan Bersama BADAN PERMUSYAWARATAN DESA ... dan KEPALA DESA ...\"",
                        "the diktum of the Peraturan Desa lacks \"Dengan Kesepakatan Bersama BADAN PERMUSYAWARATAN DESA ... dan KEPALA DESA ...\"",
                    )
                    .help(format!("tambahkan sebelum MEMUTUSKAN: {expected}"), format!("add before MEMUTUSKAN: {expected}"));
                }
            }
            Some((s, first)) => {
                let joined = lines
                    .get(s..decide)
                    .unwrap_or_default()
                    .iter()
                    .map(|l| l.text.trim())
                    .collect::<Vec<_>>()
                    .join(" ");
                let joined = joined.split_whitespace().collect::<Vec<_>>().join(" ");
                match AGREEMENT.captures(&joined) {
                    Some(c) => {
                        let bpd = c.get(1).map_or("", |m| m.as_str());
                        let kades = c.get(2).map_or("", |m| m.as_str());
                        if !same_village(doc, bpd) || !same_village(doc, kades) {
                            sink.at(
                                first,
                                format!("diktum menyebut desa lain daripada judul: `{joined}`"),
                                format!(
                                    "the diktum names another village than the title: `{joined}`"
                                ),
                            )
                            .help(format!("tulis: {expected}"), format!("write: {expected}"));
                        }
                    }
                    None if joined.contains("Persetujuan Bersama")
                        || joined.to_uppercase().contains("PERSETUJUAN BERSAMA") =>
                    {
                        sink.at(
                            first,
                            "Peraturan Desa ditetapkan dengan \"Kesepakatan Bersama\", bukan \"Persetujuan Bersama\"",
                            "a Peraturan Desa is made with \"Kesepakatan Bersama\", not \"Persetujuan Bersama\"",
                        )
                        .severity(Severity::Warning)
                        .help(format!("tulis: {expected}"), format!("write: {expected}"));
                    }
                    None => {
                        sink.at(
                            first,
                            format!("rumusan kesepakatan bersama tidak baku: `{joined}`"),
                            format!(
                                "the agreement formula is not in the standard form: `{joined}`"
                            ),
                        )
                        .help(format!("tulis: {expected}"), format!("write: {expected}"));
                    }
                }
            }
        }
        // The enacting line, joined with its continuation when a line break cut it.
        if let Some(enact) = crate::check::rules::dik::menetapkan(doc)
            .filter(|e| lines.iter().skip(decide).any(|l| l.no == e.line.no))
        {
            let line = enact.line;
            let t = enact.text.trim();
            if !enact.cut && !DECISION.is_match(t) {
                let name = doc
                    .info
                    .name
                    .as_deref()
                    .map_or("<NAMA>".to_string(), super::super::pen::norm);
                sink.at(
                    line,
                    format!("rumusan penetapan tidak baku: `{t}`"),
                    format!("the enacting line is not in the standard form: `{t}`"),
                )
                .help(
                    format!("tulis: \"Menetapkan : PERATURAN DESA TENTANG {name}.\""),
                    format!("write: \"Menetapkan : PERATURAN DESA TENTANG {name}.\""),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDES;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_persetujuan_and_a_lowercase_decision() {
        let bad = PERDES
            .replace("Dengan Kesepakatan Bersama", "Dengan Persetujuan Bersama")
            .replace(
                "Menetapkan : PERATURAN DESA TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA DI DESA.",
                "Menetapkan : Peraturan Desa tentang Pelindungan Pekerja Migran Indonesia di Desa",
            );
        insta::assert_snapshot!(run_text(&PerdesDiktum, &bad));
    }

    #[test]
    fn accepts_four_lines_or_one() {
        assert_eq!(run_text(&PerdesDiktum, PERDES), "");
        let one = PERDES.replace(
            "Dengan Kesepakatan Bersama\nBADAN PERMUSYAWARATAN DESA SUKAMAJU\ndan\nKEPALA DESA SUKAMAJU\n",
            "Dengan Kesepakatan Bersama BADAN PERMUSYAWARATAN DESA SUKAMAJU dan KEPALA DESA SUKAMAJU\n",
        );
        assert_eq!(run_text(&PerdesDiktum, &one), "");
    }
}
