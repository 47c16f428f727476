//! ## What it checks
//! A regulation with a Lampiran whose body never says that the Lampiran is an inseparable
//! part of it (`... tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari
//! Peraturan Daerah ini`). Only a body that is there is judged.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (lampiran): when a regulation needs an annex (a table, a map, a
//! tariff), the batang tubuh states that the annex is an inseparable part of the
//! regulation; without that sentence the annex has no link to a norm and no binding force.
//! Read in a restatement of Lampiran II (DPR, W2 p.286); the angka is not verified, so the
//! rule reports warnings.
//!
//! ## Example
//! ```text
//! Pasal 7
//! Struktur dan besarnya tarif retribusi ditetapkan sebagai berikut.
//! ...
//! LAMPIRAN
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 7
//! Struktur dan besarnya tarif retribusi tercantum dalam Lampiran yang merupakan bagian tidak
//! terpisahkan dari Peraturan Daerah ini.
//! ```

use super::super::prelude::*;
use super::headings;

/// LAM-001 `annex-referred-to-in-body`.
pub struct AnnexReferredToInBody;

static META: RuleMeta = RuleMeta {
    code: "LAM-001",
    name: "annex-referred-to-in-body",
    group: Group::Annex,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Batang tubuh menyatakan Lampiran sebagai bagian tidak terpisahkan dari peraturan",
        en: "The body declares the Lampiran an inseparable part of the regulation",
    },
    source: "Lampiran II UU 12/2011, lampiran",
    file: include_str!("lam_001.rs"),
};

static INSEPARABLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bbagian\s+(?:yang\s+)?tidak\s+terpisahkan\b"));

impl Rule for AnnexReferredToInBody {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let Some((line, _)) = headings(doc).into_iter().next() else {
            return;
        };
        if doc.articles().next().is_none() {
            return;
        }
        let said = doc.articles().any(|a| INSEPARABLE.is_match(&a.full_text()));
        if said {
            return;
        }
        sink.at(
            line,
            "peraturan memiliki Lampiran, tetapi batang tubuh tidak menyatakannya sebagai bagian tidak terpisahkan",
            "the regulation has a Lampiran, but the body never declares it an inseparable part",
        )
        .help(
            "tambahkan dalam Pasal yang bersangkutan: \"... tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Daerah ini.\"",
            "add to the Pasal concerned: \"... tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Daerah ini.\"",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_an_annex_the_body_ignores() {
        let bad = PERDA.replace(
            "Struktur tarif tercantum dalam Lampiran I dan Lampiran II yang merupakan bagian tidak terpisahkan dari Peraturan Daerah ini.",
            "Struktur tarif ditetapkan sebagai berikut.",
        );
        insta::assert_snapshot!(run_text(&AnnexReferredToInBody, &bad));
    }

    #[test]
    fn accepts_the_declaration() {
        assert_eq!(run_text(&AnnexReferredToInBody, PERDA), "");
    }
}
