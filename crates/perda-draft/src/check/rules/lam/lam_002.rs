//! ## What it checks
//! The Lampiran of a regulation:
//! - several Lampiran are numbered with Roman numerals in sequence, `LAMPIRAN I`, `LAMPIRAN
//!   II`, ... (not `LAMPIRAN 1`, `LAMPIRAN A`, not a gap or repeat);
//! - each Lampiran ends with the office of the head of region in capitals ending with a comma
//!   (`BUPATI JEMBER,`), followed by the signature and name.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (lampiran): annexes are numbered with Roman numerals, each carries
//! the title of the regulation, and each is signed by the official who enacts it, so that an
//! annex cannot be exchanged after enactment. Read in a restatement of Lampiran II (DPR, W2
//! p.286); the angka is not verified, so the rule reports warnings.
//!
//! ## Example
//! ```text
//! LAMPIRAN 1
//! ...
//! LAMPIRAN 2
//! ...
//! ```
//!
//! ## Instead
//! ```text
//! LAMPIRAN I
//! ...
//! BUPATI JEMBER,
//! ttd.
//! ...
//! LAMPIRAN II
//! ...
//! BUPATI JEMBER,
//! ```

use super::super::prelude::*;
use super::headings;

/// LAM-002 `annex-numbering-and-signature`.
pub struct AnnexNumberingAndSignature;

static META: RuleMeta = RuleMeta {
    code: "LAM-002",
    name: "annex-numbering-and-signature",
    group: Group::Annex,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Lampiran diberi nomor urut angka Romawi dan setiap Lampiran ditandatangani",
        en: "Annexes are numbered with Roman numerals in sequence and each is signed",
    },
    source: "Lampiran II UU 12/2011, lampiran",
    file: include_str!("lam_002.rs"),
};

static OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:Pj\.|Plt\.|Plh\.)\s*)?(?:GUBERNUR|BUPATI|WALI ?KOTA|KEPALA DESA|PRESIDEN)\b[A-Z .'-]*,$",
    )
});

fn roman(s: &str) -> Option<u32> {
    perda_law::grammar::roman_value(s)
}

impl Rule for AnnexNumberingAndSignature {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let heads = headings(doc);
        if heads.len() >= 2 {
            for (i, (line, numeral)) in heads.iter().enumerate() {
                let want = u32::try_from(i + 1).unwrap_or(u32::MAX);
                let value = numeral.as_deref().and_then(roman);
                if value == Some(want) {
                    continue;
                }
                let shown = line.text.trim();
                let (id, en) = match (numeral, value) {
                    (Some(n), None) => (
                        format!("Lampiran diberi nomor `{n}`; gunakan angka Romawi"),
                        format!("the Lampiran is numbered `{n}`; use Roman numerals"),
                    ),
                    (None, _) => (
                        format!(
                            "peraturan memiliki beberapa Lampiran, tetapi `{shown}` tidak bernomor"
                        ),
                        format!("the regulation has several Lampiran, but `{shown}` has no number"),
                    ),
                    (Some(n), Some(_)) => (
                        format!(
                            "nomor Lampiran `{n}` tidak berurutan (seharusnya Lampiran ke-{want})"
                        ),
                        format!("Lampiran `{n}` is out of sequence (expected number {want})"),
                    ),
                };
                sink.at(line, id, en).help(
                    "beri nomor LAMPIRAN I, LAMPIRAN II, dan seterusnya secara berurutan",
                    "number them LAMPIRAN I, LAMPIRAN II, and so on, in sequence",
                );
            }
        }
        let annex = doc.segment(Segment::Annex);
        for (k, (line, _)) in heads.iter().enumerate() {
            let start = annex.iter().position(|l| l.no == line.no).unwrap_or(0);
            let end = heads
                .get(k + 1)
                .and_then(|(next, _)| annex.iter().position(|l| l.no == next.no))
                .unwrap_or(annex.len());
            let signed = annex
                .get(start..end)
                .unwrap_or_default()
                .iter()
                .any(|l| OFFICE.is_match(l.text.trim()));
            if signed {
                continue;
            }
            sink.at(
                line,
                format!("`{}` tidak diakhiri dengan jabatan dan nama kepala daerah", line.text.trim()),
                format!("`{}` does not end with the head of region's office and name", line.text.trim()),
            )
            .help(
                "akhiri setiap Lampiran dengan jabatan (misalnya \"BUPATI JEMBER,\"), tanda tangan, dan nama",
                "end every Lampiran with the office (e.g. \"BUPATI JEMBER,\"), signature and name",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_arabic_numbers_and_unsigned_annexes() {
        let bad = PERDA
            .replace("LAMPIRAN I\n", "LAMPIRAN 1\n")
            .replace("LAMPIRAN II\n", "LAMPIRAN 2\n")
            .replace(
                "1. Pelayanan kedua.\nBUPATI JEMBER,\n",
                "1. Pelayanan kedua.\n",
            );
        insta::assert_snapshot!(run_text(&AnnexNumberingAndSignature, &bad));
    }

    #[test]
    fn accepts_numbered_signed_annexes() {
        assert_eq!(run_text(&AnnexNumberingAndSignature, PERDA), "");
        assert_eq!(roman("IV"), Some(4));
        assert_eq!(roman("XII"), Some(12));
        assert_eq!(roman("A"), None);
    }
}
