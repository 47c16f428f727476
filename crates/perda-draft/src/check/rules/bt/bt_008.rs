//! ## What it checks
//! An ayat (or a Pasal without ayat) whose own text holds more than one sentence: a full
//! stop followed by a word starting with a capital letter before the end of the unit. It
//! is a heuristic: abbreviations (`No.`, `Rp`, `dst.`, `S.H.`, initials) are ignored, as
//! are units whose markers the parser had to reconstruct from a damaged copy, where two
//! ayat may have run together.
//! On a copy that came through OCR (the parser had to repair misread marks, digits,
//! markers or units run together at least 8 times) the rule stays silent: a lost `(2)` or
//! a `;` read as `:` there is the scan's fault, not the regulation's.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 77–78 (as amended by UU 13/2022): an ayat contains one
//! norm, stated in one sentence; many short Pasal are preferred to a few long ones. A
//! second sentence inside an ayat cannot be cited on its own, and usually is a second norm
//! that needs its own ayat.
//!
//! ## Example
//! ```text
//! (2) Izin berlaku 5 (lima) tahun. Izin dapat diperpanjang.
//! ```
//!
//! ## Instead
//! ```text
//! (2) Izin berlaku 5 (lima) tahun.
//! (3) Izin sebagaimana dimaksud pada ayat (2) dapat diperpanjang.
//! ```

use super::super::prelude::*;
use super::super::rum::report_clean;
use super::super::rum::{body_units, locate, noisy_node};

/// BT-008 `one-norm-per-ayat`.
pub struct OneNormPerAyat;

static META: RuleMeta = RuleMeta {
    code: "BT-008",
    name: "one-norm-per-ayat",
    group: Group::Body,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Satu ayat memuat satu norma dalam satu kalimat",
        en: "One ayat states one norm in one sentence",
    },
    source: "UU 12/2011 Lampiran II angka 77–78 (diubah dengan UU 13/2022)",
    file: include_str!("bt_008.rs"),
};

/// A word ending with a full stop, then a capitalised word.
static STOP: LazyLock<Regex> = LazyLock::new(|| re(r"(\S+)\.\s+(\p{Lu}\p{Ll})"));

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "no", "nomor", "dst", "dll", "dsb", "dkk", "tsb", "rp", "hlm", "jo", "an", "a.n", "u.p", "s.h",
    "m.h", "kab", "prov", "kec", "kel", "jl", "jln", "tbk", "pt", "cv", "dr", "drs", "dra", "ir",
    "h", "hj", "st", "tgl", "ttd", "ds", "sd", "s.d", "bpk", "ibu", "prof", "mr",
];

impl Rule for OneNormPerAyat {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let mut local = Sink::default();
        check_all(doc, &mut local);
        report_clean(doc, local, sink);
    }
}

/// The checks, before findings on OCR-damaged lines are dropped.
fn check_all(doc: &Document, sink: &mut Sink) {
    if super::super::rum::ocr_copy(doc) {
        return;
    }
    for u in body_units(doc) {
        let unit = u.node;
        let leaf_article = unit.kind == NodeKind::Article
            && !unit.children.iter().any(|c| c.kind == NodeKind::Clause);
        if unit.kind != NodeKind::Clause && !leaf_article {
            continue;
        }
        if u.article.is_some_and(|a| noisy_node(doc, a)) {
            continue;
        }
        let hay = unit.text.as_str();
        let found = STOP.captures_iter(hay).find(|c| {
            let Some(word) = c.get(1) else { return false };
            let w = word.as_str().trim_start_matches(['(', '"']).to_lowercase();
            let single = w.chars().filter(|c| c.is_alphanumeric()).count() <= 1;
            let numeric = w.chars().all(|c| c.is_ascii_digit() || c == '.');
            !single
                && !numeric
                && !super::super::rum::catchword(hay.get(word.end() + 1..).unwrap_or(""))
                && !ABBREVIATIONS.contains(&w.as_str())
                && !w.contains('.')
        });
        let Some(c) = found else { continue };
        let Some(next) = c.get(2) else {
            continue;
        };
        let Some((line, off)) = locate(
            doc,
            unit,
            hay,
            next.start(),
            hay.len().min(next.start() + 12),
        ) else {
            continue;
        };
        let name = match unit.kind {
            NodeKind::Clause => format!(
                "ayat {} Pasal {}",
                unit.marker,
                u.article.map_or("", |a| a.number.as_str())
            ),
            _ => format!("Pasal {}", unit.number),
        };
        let second: String = hay
            .get(next.start()..)
            .unwrap_or("")
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        sink.at_offset(
            line,
            off,
            format!("{name} memuat lebih dari satu kalimat (`{second} ...`)"),
            format!("{name} holds more than one sentence (`{second} ...`)"),
        )
        .help(
            "rumuskan setiap norma dalam ayat tersendiri",
            "state each norm in an ayat of its own",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_two_sentences_in_one_ayat() {
        let bad = "Pasal 6\n(1) Izin diberikan oleh Bupati.\n(2) Izin berlaku 5 (lima) tahun. Izin dapat diperpanjang.\nPasal 7\nBupati membina Desa. Camat mengawasi.\n";
        insta::assert_snapshot!(run_text(&OneNormPerAyat, &perda(bad)));
    }

    #[test]
    fn accepts_abbreviations_and_single_sentences() {
        let good = "Pasal 6\n(1) Izin diberikan oleh Bupati kepada PT. Maju Jaya dan Drs. Ahmad dengan biaya Rp50.000.000,00 (lima puluh juta rupiah).\n(2) Surat No. 5 diberikan kepada A. Yani, S.H. Setiap tahun dievaluasi.\n(3) Izin dicatat oleh Dinas. Pasal 7 ... - 3 -\n";
        // `S.H. Setiap` holds a dotted abbreviation, so it is not taken for a sentence end.
        assert_eq!(run_text(&OneNormPerAyat, &perda(good)), "");
    }
}
