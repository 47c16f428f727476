//! ## What it checks
//! `berlaku efektif` anywhere in the body (`mulai berlaku efektif pada tanggal 1 Januari
//! 2026`).
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (saat mulai berlaku) writes `mulai berlaku`: a regulation is in
//! force or not, and "efektif" adds nothing but doubt about a second, different date. The
//! rule was read in a restatement of Lampiran II (DPR, W2 p.281); the angka number is not
//! verified.
//!
//! ## Example
//! ```text
//! Peraturan Daerah ini mulai berlaku efektif pada tanggal 1 Januari 2026.
//! ```
//!
//! ## Instead
//! ```text
//! Peraturan Daerah ini mulai berlaku pada tanggal 1 Januari 2026.
//! ```

use super::super::prelude::*;

/// KP-002 `no-berlaku-efektif`.
pub struct NoBerlakuEfektif;

static META: RuleMeta = RuleMeta {
    code: "KP-002",
    name: "no-berlaku-efektif",
    group: Group::ClosingProvisions,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Tulis \"mulai berlaku\", bukan \"mulai berlaku efektif\"",
        en: "Write \"mulai berlaku\", not \"mulai berlaku efektif\"",
    },
    source: "Lampiran II UU 12/2011, saat mulai berlaku",
    file: include_str!("kp_002.rs"),
};

static EFEKTIF: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bberlaku\s+(?:secara\s+)?efektif\b"));

impl Rule for NoBerlakuEfektif {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        for line in doc.segment(Segment::Body) {
            if let Some(m) = EFEKTIF.find(&line.text) {
                sink.at_offset(
                    line,
                    m.start(),
                    format!("`{}`: cukup ditulis \"berlaku\"", m.as_str()),
                    format!("`{}`: write \"berlaku\"", m.as_str()),
                )
                .help(
                    "hapus kata \"efektif\": \"... mulai berlaku pada tanggal ...\"",
                    "drop \"efektif\": \"... mulai berlaku pada tanggal ...\"",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_berlaku_efektif() {
        let bad = PERDA.replace(
            "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.",
            "Peraturan Daerah ini mulai berlaku efektif pada tanggal 1 Januari 2027.",
        );
        insta::assert_snapshot!(run_text(&NoBerlakuEfektif, &bad));
    }

    #[test]
    fn accepts_mulai_berlaku() {
        assert_eq!(run_text(&NoBerlakuEfektif, PERDA), "");
    }
}
