//! ## What it checks
//! The case of the words of a reference: `Pasal` with a capital P; `ayat`, `huruf` and
//! `angka` in lower case. It reports `pasal 5`, `Pasal 5 Ayat (1)`, `pada Ayat (2)`,
//! `Pasal 5 Huruf a` and `huruf a Angka 2`, in the konsiderans, the dasar hukum and the
//! batang tubuh.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 80: the word `Pasal` is written with a capital letter
//! when it names a Pasal, also in a reference; an ayat, huruf or angka cited is written in
//! lower case (Lampiran II's rules and examples of pengacuan — the part on `ayat` is from a
//! secondary restatement). `Pasal 18 Ayat (6)` in a Mengingat is a common slip.
//!
//! ## Example
//! ```text
//! Mengingat : 1. Pasal 18 Ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun
//!                1945;
//! ```
//!
//! ## Instead
//! ```text
//! Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun
//!                1945;
//! ```

use super::super::prelude::*;
use super::super::rum::{body_units, locate, texts};

/// REF-007 `reference-case`.
pub struct ReferenceCase;

static META: RuleMeta = RuleMeta {
    code: "REF-007",
    name: "reference-case",
    group: Group::References,
    family: Family::References,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Dalam pengacuan, `Pasal` diawali huruf kapital; `ayat`, `huruf`, dan `angka` ditulis dengan huruf kecil",
        en: "In references `Pasal` is capitalised; `ayat`, `huruf` and `angka` are lower case",
    },
    source: "UU 12/2011 Lampiran II angka 80 dan ketentuan pengacuan",
    file: include_str!("ref_007.rs"),
};

/// `pasal 5` in lower case, and the words of lower units written with a capital.
static CASE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(pasal|PASAL) \d+|\b(Ayat|AYAT) \(\d+\)|\b(Huruf|HURUF) [a-z]\b|\b(Angka|ANGKA) \d+")
});

/// What stands before a unit word in a reference: the higher unit, or a preposition.
static BEFORE_AYAT: LazyLock<Regex> =
    LazyLock::new(|| re(r"((?i:pasal) \d+[A-Z]?|\b(pada|dalam|dan|atau|dan/atau),?)\s$"));
static BEFORE_HURUF: LazyLock<Regex> = LazyLock::new(|| re(r"((?i:pasal) \d+[A-Z]?|\(\d+\))\s$"));
static BEFORE_ANGKA: LazyLock<Regex> =
    LazyLock::new(|| re(r"((?i:pasal) \d+[A-Z]?|\(\d+\)|\b[Hh][Uu][Rr][Uu][Ff] [a-z])\s$"));

/// The word of a reference written in the wrong case, if the match is in a reference.
fn wrong_case<'h>(c: &regex::Captures<'h>, hay: &str) -> Option<regex::Match<'h>> {
    let (i, word) = (1..=4).find_map(|i| c.get(i).map(|m| (i, m)))?;
    let before = hay.get(..word.start()).unwrap_or("");
    let in_reference = match i {
        1 => true,
        2 => BEFORE_AYAT.is_match(before),
        3 => BEFORE_HURUF.is_match(before),
        _ => BEFORE_ANGKA.is_match(before),
    };
    in_reference.then_some(word)
}

fn report(sink: &mut Sink, line: &Line, at: usize, w: &str) {
    let fixed = if w.eq_ignore_ascii_case("pasal") {
        "Pasal".to_string()
    } else {
        w.to_lowercase()
    };
    sink.at_offset(
        line,
        at,
        format!("dalam pengacuan tertulis `{w}`"),
        format!("a reference is written with `{w}`"),
    )
    .help(format!("tulis `{fixed}`"), format!("write `{fixed}`"));
}

impl Rule for ReferenceCase {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        // The konsiderans and the dasar hukum are read line by line: `Pasal 18 Ayat (6)`
        // at the start of a Mengingat item can mislead the parser, the lines stay true.
        for line in doc.segment(Segment::Opening) {
            for c in CASE.captures_iter(&line.text) {
                if let Some(word) = wrong_case(&c, &line.text) {
                    report(sink, line, word.start(), word.as_str());
                }
            }
        }
        let opening_end = doc.segment(Segment::Opening).last().map_or(0, |l| l.no);
        for u in body_units(doc) {
            if u.node.span.line <= opening_end {
                continue;
            }
            for hay in texts(u.node) {
                for c in CASE.captures_iter(hay) {
                    let Some(word) = wrong_case(&c, hay) else {
                        continue;
                    };
                    if let Some((line, at)) = locate(doc, u.node, hay, word.start(), word.end()) {
                        report(sink, line, at, word.as_str());
                    }
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

    #[test]
    fn flags_wrong_case_in_references() {
        let bad = "Pasal 6\n(1) Izin sebagaimana dimaksud dalam pasal 5 Ayat (1) huruf a diberikan.\n(2) Laporan sebagaimana dimaksud pada Ayat (1) dan Pasal 4 Huruf b Angka 2 disampaikan.\n";
        insta::assert_snapshot!(run_text(&ReferenceCase, &perda(bad)));
    }

    #[test]
    fn flags_wrong_case_in_the_mengingat() {
        let text = "PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 1 TAHUN 2025\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMenimbang : bahwa untuk melaksanakan ketentuan Pasal 41 Undang-Undang Nomor 18 Tahun 2017, perlu membentuk Peraturan Daerah;\nMengingat : 1. Pasal 18 Ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 18 Tahun 2017;\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nPasal 1\nTeks.\n";
        insta::assert_snapshot!(run_text(&ReferenceCase, text));
    }

    #[test]
    fn accepts_standard_case() {
        let good = "Pasal 6\n(1) Izin sebagaimana dimaksud dalam Pasal 5 ayat (1) huruf a angka 2 diberikan.\n(2) Ayat ini berlaku bagi pasal-pasal lain.\n";
        assert_eq!(run_text(&ReferenceCase, &perda(good)), "");
    }
}
