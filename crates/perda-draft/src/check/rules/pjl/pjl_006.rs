//! ## What it checks
//! Norms and delegations in the Penjelasan of a Perda or Peraturan Desa:
//! - a delegation (`Ketentuan lebih lanjut mengenai ... diatur dengan Peraturan Bupati`,
//!   `diatur dalam Peraturan Daerah`): error;
//! - normative words in the Pasal demi Pasal part (`wajib`, `dilarang`, `harus`,
//!   `dipidana`, `dikenai sanksi`), outside the sentences that define a term (`Yang dimaksud
//!   dengan "..." adalah ...`): warning.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 angka 176–178: the Penjelasan is an official interpretation of the
//! norm; it cannot serve as a legal basis for another regulation, must not contain a norm, and
//! must not widen, narrow or add to the norm of the body. A delegation placed in the
//! Penjelasan has no force, and a duty stated only there binds nobody.
//!
//! ## Example
//! ```text
//! Pasal 9
//! Ketentuan lebih lanjut mengenai tata cara pendataan diatur dengan Peraturan Bupati.
//! ```
//!
//! ## Instead
//! Put the delegation in the body (Pasal 9 ayat (3): "Ketentuan lebih lanjut mengenai tata
//! cara pendataan diatur dengan Peraturan Bupati."), and in the Penjelasan write `Cukup
//! jelas.`.

use super::super::prelude::*;
use super::article_part;

/// PJL-006 `no-norms-in-elucidation`.
pub struct NoNormsInElucidation;

static META: RuleMeta = RuleMeta {
    code: "PJL-006",
    name: "no-norms-in-elucidation",
    group: Group::Elucidation,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Penjelasan tidak memuat norma atau pendelegasian",
        en: "The Penjelasan contains no norm and no delegation",
    },
    source: "Lampiran II UU 12/2011 angka 176–178",
    file: include_str!("pjl_006.rs"),
};

static DELEGATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bketentuan\s+lebih\s+lanjut\b|\bdiatur\s+(?:dengan|dalam)\s+Peraturan\s+(?:Gubernur|Bupati|Wali\s?kota|Daerah|Desa|Kepala\s+Desa)\b",
    )
});

static NORM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:wajib|dilarang|harus|dipidana|dikenai\s+sanksi|dikenakan\s+sanksi)\b")
});

impl Rule for NoNormsInElucidation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !super::super::kp::is_regional(doc) {
            return;
        }
        for line in doc.segment(Segment::Elucidation) {
            if let Some(m) = DELEGATION.find(&line.text) {
                sink.at_offset(
                    line,
                    m.start(),
                    format!("Penjelasan memuat pendelegasian (`{}`)", m.as_str()),
                    format!("the Penjelasan delegates (`{}`)", m.as_str()),
                )
                .help(
                    "pindahkan pendelegasian ke batang tubuh; Penjelasan tidak dapat menjadi dasar hukum peraturan lain",
                    "move the delegation to the body; the Penjelasan cannot be the legal basis of another regulation",
                );
            }
        }
        for line in article_part(doc) {
            let t = line.text.trim_start();
            if t.starts_with("Yang dimaksud dengan") {
                continue;
            }
            if let Some(m) = NORM.find(&line.text) {
                sink.at_offset(
                    line,
                    m.start(),
                    format!("Penjelasan memuat rumusan norma (`{}`)", m.as_str()),
                    format!("the Penjelasan states a norm (`{}`)", m.as_str()),
                )
                .severity(Severity::Warning)
                .help(
                    "rumuskan kewajiban atau larangan dalam batang tubuh; Penjelasan hanya menjelaskan",
                    "state duties and prohibitions in the body; the Penjelasan only explains",
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
    fn flags_delegations_and_norms() {
        let bad = PERDA.replace(
            "Pasal 3\nCukup jelas.",
            "Pasal 3\nPemerintah Desa wajib melaporkan data kepada Dinas. Ketentuan lebih lanjut mengenai tata cara pendataan diatur dengan Peraturan Bupati.",
        )
        .replace(
            "Ayat (2)\nCukup jelas.",
            "Ayat (2)\nPerangkat Desa dilarang memungut biaya.",
        );
        insta::assert_snapshot!(run_text(&NoNormsInElucidation, &bad));
    }

    #[test]
    fn accepts_explanations_of_terms_and_principles() {
        assert_eq!(run_text(&NoNormsInElucidation, PERDA), "");
        let asas = PERDA.replace(
            "Ayat (2)\nCukup jelas.",
            "Ayat (2)\nYang dimaksud dengan \"asas keterpaduan\" adalah bahwa pelindungan harus mencerminkan keterpaduan seluruh pemangku kepentingan.",
        );
        assert_eq!(run_text(&NoNormsInElucidation, &asas), "");
    }
}
