//! ## What it checks
//! A Perda provinsi, kabupaten or kota whose penutup says it is valid without the head of
//! region's signature (`Peraturan Daerah ini dinyatakan sah.`) and yet shows a signed
//! enactment block (a signatory's name), or the other way round, a "dinyatakan sah" Perda
//! whose block still has a name under the office.
//!
//! ## Why it matters
//! UU 12/2011 Pasal 79 ayat (2)–(3) (Pasal 80 for kabupaten/kota): if the head of region does
//! not sign an approved Raperda within 30 days, it becomes law anyway and the sentence
//! `Peraturan Daerah ini dinyatakan sah.` takes the place of the signature. The two cannot
//! both be true. The placement of the sentence is inferred from the formula, so this is a
//! warning.
//!
//! ## Example
//! ```text
//! Peraturan Daerah ini dinyatakan sah.
//! Ditetapkan di Jember
//! pada tanggal 12 Juli 2019
//! BUPATI JEMBER,
//! ttd.
//! FAIDA
//! ```
//!
//! ## Instead
//! Either the signed block without the sentence, or the sentence without a signature.

use super::super::prelude::*;
use super::is_perda;

/// PEN-007 `valid-without-signature`.
pub struct ValidWithoutSignature;

static META: RuleMeta = RuleMeta {
    code: "PEN-007",
    name: "valid-without-signature",
    group: Group::Closing,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Inferred,
    summary: StaticMsg {
        id: "Kalimat \"Peraturan Daerah ini dinyatakan sah.\" tidak disertai tanda tangan kepala daerah",
        en: "The sentence \"Peraturan Daerah ini dinyatakan sah.\" replaces the head of region's signature",
    },
    source: "UU 12/2011 Pasal 79 ayat (2)–(3) (Pasal 80 for kabupaten/kota)",
    file: include_str!("pen_007.rs"),
};

static SAH: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bPeraturan\s+Daerah\s+ini\s+dinyatakan\s+sah\b"));

impl Rule for ValidWithoutSignature {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_perda(doc) {
            return;
        }
        let Some((line, m)) = doc
            .segment(Segment::Closing)
            .iter()
            .chain(doc.segment(Segment::Body).iter().rev().take(5))
            .find_map(|l| SAH.find(&l.text).map(|m| (l, m)))
        else {
            return;
        };
        let signed = doc
            .act
            .closing
            .enacted
            .as_ref()
            .and_then(|s| s.name.as_deref())
            .map(str::trim)
            .is_some_and(|n| !n.is_empty() && !n.chars().all(|c| c == '.' || c == '…'));
        if !signed {
            return;
        }
        sink.at_offset(
            line,
            m.start(),
            "Peraturan Daerah dinyatakan sah tanpa tanda tangan, tetapi blok penetapan memuat nama penanda tangan",
            "the Perda is declared valid without signature, yet the enactment block names a signatory",
        )
        .help(
            "pilih salah satu: tanda tangan kepala daerah, atau kalimat \"Peraturan Daerah ini dinyatakan sah.\" tanpa tanda tangan",
            "keep one: the head of region's signature, or the sentence \"Peraturan Daerah ini dinyatakan sah.\" without a signature",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::ENACTED;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_both_sentence_and_signature() {
        let bad = ENACTED.replace(
            "Ditetapkan di Jember",
            "Peraturan Daerah ini dinyatakan sah.\nDitetapkan di Jember",
        );
        insta::assert_snapshot!(run_text(&ValidWithoutSignature, &bad));
    }

    #[test]
    fn accepts_the_sentence_without_a_name() {
        assert_eq!(run_text(&ValidWithoutSignature, ENACTED), "");
        let unsigned = ENACTED
            .replace(
                "Ditetapkan di Jember",
                "Peraturan Daerah ini dinyatakan sah.\nDitetapkan di Jember",
            )
            .replace("BUPATI JEMBER,\nttd.\nFAIDA\n", "BUPATI JEMBER,\n");
        assert_eq!(run_text(&ValidWithoutSignature, &unsigned), "");
    }
}
