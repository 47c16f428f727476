//! ## What it checks
//! The punctuation of every tabulation (list of rincian `a.`, `1.`, `a)`, `1)`) in the
//! batang tubuh: each rincian ends with `;`; a rincian that has sub-rincian ends its own
//! words with `:`; the last rincian ends the sentence with `.`; and the conjunction `dan`
//! (cumulative), `atau` (alternative) or `dan/atau` (both) stands once, after the
//! penultimate rincian (`...; dan`). A missing conjunction and wrong punctuation are
//! errors; a conjunction repeated on other rincian is a warning. The definitions of
//! Pasal 1 are checked by KU-003 instead. The last rincian of a nested list may carry the
//! punctuation of the list around it.
//! On a copy that came through OCR (the parser had to repair misread marks, digits,
//! markers or units run together at least 8 times) the rule stays silent: a lost `(2)` or
//! a `;` read as `:` there is the scan's fault, not the regulation's.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II, the rules on tabulation (Lampiran hlm. 29): rincian end with a
//! semicolon, a rincian with sub-rincian with a colon, and the kind of list is shown by
//! `dan`, `atau` or `dan/atau` after the penultimate rincian, which need not be repeated
//! after each one. Without the conjunction a reader cannot tell whether all the rincian
//! apply together or any one of them suffices — for a list of conditions or of duties,
//! that changes the norm.
//!
//! ## Example
//! ```text
//! (2) Pelindungan teknis meliputi:
//!     a. sosialisasi dan diseminasi informasi; dan
//!     b. peningkatan kualitas Calon Pekerja Migran Indonesia;
//!     c. pembinaan dan pengawasan
//! ```
//!
//! ## Instead
//! ```text
//! (2) Pelindungan teknis meliputi:
//!     a. sosialisasi dan diseminasi informasi;
//!     b. peningkatan kualitas Calon Pekerja Migran Indonesia; dan
//!     c. pembinaan dan pengawasan.
//! ```

use super::super::prelude::*;
use super::{
    body_units, definitions_article, final_text, guessed_marker, lists, node_line, noisy_node,
    report_clean, rincian_name, without_page_number,
};

/// RUM-002 `tabulation-punctuation`.
pub struct TabulationPunctuation;

static META: RuleMeta = RuleMeta {
    code: "RUM-002",
    name: "tabulation-punctuation",
    group: Group::Wording,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Rincian diakhiri titik koma, dan kata penghubung `dan`/`atau`/`dan/atau` ditulis setelah rincian kedua terakhir",
        en: "Rincian end with `;`, and `dan`/`atau`/`dan/atau` follows the penultimate rincian",
    },
    source: "UU 12/2011 Lampiran II, ketentuan tabulasi (Lampiran hlm. 29)",
    file: include_str!("rum_002.rs"),
};

/// A rincian's ending: the punctuation before any conjunction, and the conjunction
/// (`dan atau`, the slash missing, counts as one: RUM-007 reports its form).
fn ending(text: &str) -> (Option<char>, Option<&'static str>) {
    let t = text.trim_end();
    for c in ["dan/atau", "dan atau", "dan", "atau"] {
        if let Some(rest) = t.strip_suffix(c)
            && rest.ends_with([' ', ';', ','])
        {
            let rest = rest.trim_end();
            return (rest.chars().next_back(), Some(c));
        }
    }
    (t.chars().next_back(), None)
}

/// The last words of a text, for quoting its ending.
fn tail_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let from = words.len().saturating_sub(n);
    words.get(from..).unwrap_or_default().join(" ")
}

impl Rule for TabulationPunctuation {
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
    if super::ocr_copy(doc) {
        return;
    }
    let defs = definitions_article(doc);
    for u in body_units(doc) {
        if defs.is_some_and(|d| std::ptr::eq(d, u.node)) {
            continue;
        }
        let nested = matches!(u.node.kind, NodeKind::Point | NodeKind::Item);
        let continues = u.node.tail.as_deref().is_some_and(|t| !t.trim().is_empty());
        for list in lists(u.node) {
            let n = list.len();
            if n < 2 || list.iter().any(|x| noisy_node(doc, x)) {
                continue;
            }
            for (i, item) in list.iter().enumerate() {
                check_item(doc, item, i, n, nested, continues, sink);
            }
        }
    }
}

fn check_item(
    doc: &Document,
    item: &Node,
    i: usize,
    n: usize,
    nested: bool,
    continues: bool,
    sink: &mut Sink,
) {
    if guessed_marker(doc, item.span.line) {
        return;
    }
    let Some(line) = node_line(doc, item) else {
        return;
    };
    let at = line.text.find(item.marker.as_str()).unwrap_or(0);
    let name = rincian_name(item);
    let has_sub = item.children.iter().any(|c| c.kind > NodeKind::Clause);
    let own = item.text.trim_end();
    if has_sub && !own.is_empty() && !own.ends_with(':') {
        sink.at_offset(
            line,
            at,
            format!(
                "rincian {name} yang memiliki sub-rincian tidak diakhiri titik dua (`{}`)",
                tail_words(own, 1)
            ),
            format!(
                "rincian {name}, which has sub-rincian, does not end with a colon (`{}`)",
                tail_words(own, 1)
            ),
        )
        .help(
            "akhiri kalimat pengantar sub-rincian dengan titik dua (`:`)",
            "end the words before the sub-rincian with a colon (`:`)",
        );
    }
    let end = without_page_number(final_text(item));
    if end.is_empty() {
        return;
    }
    let (punct, conj) = ending(end);
    let last = i + 1 == n;
    let penultimate = i + 2 == n;
    let shown = tail_words(end, if conj.is_some() { 2 } else { 1 });
    if penultimate {
        match (conj, punct) {
            (None, Some(';')) => {
                sink.at_offset(
                    line,
                    at,
                    format!("rincian {name} (kedua terakhir) tidak diikuti kata penghubung `dan`, `atau`, atau `dan/atau`"),
                    format!("rincian {name} (the penultimate) is not followed by the conjunction `dan`, `atau` or `dan/atau`"),
                )
                .help(
                    "akhiri rincian kedua terakhir dengan `; dan` (kumulatif), `; atau` (alternatif), atau `; dan/atau` (kumulatif dan alternatif)",
                    "end the penultimate rincian with `; dan` (cumulative), `; atau` (alternative) or `; dan/atau` (both)",
                );
            }
            (None, _) => {
                sink.at_offset(
                    line,
                    at,
                    format!("rincian {name} (kedua terakhir) diakhiri `{shown}`, tanpa titik koma dan kata penghubung"),
                    format!("rincian {name} (the penultimate) ends `{shown}`, without a semicolon and a conjunction"),
                )
                .help(
                    "akhiri rincian kedua terakhir dengan `; dan`, `; atau`, atau `; dan/atau`",
                    "end the penultimate rincian with `; dan`, `; atau` or `; dan/atau`",
                );
            }
            (Some(c), p) if p != Some(';') => {
                sink.at_offset(
                    line,
                    at,
                    format!("rincian {name} diakhiri `{shown}`: sebelum kata penghubung harus ada titik koma"),
                    format!("rincian {name} ends `{shown}`: a semicolon must precede the conjunction"),
                )
                .help(format!("tulis `; {c}`"), format!("write `; {c}`"));
            }
            _ => {}
        }
        return;
    }
    if let Some(c) = conj {
        if last && nested {
            return;
        }
        sink.at_offset(
            line,
            at,
            format!("kata penghubung `{c}` setelah rincian {name}, padahal kata penghubung hanya ditulis setelah rincian kedua terakhir"),
            format!("the conjunction `{c}` follows rincian {name}, but it belongs only after the penultimate rincian"),
        )
        .help(
            format!("hapus `{c}` setelah rincian {name}"),
            format!("remove `{c}` after rincian {name}"),
        )
        .severity(Severity::Warning);
        return;
    }
    if last {
        let ok = if nested {
            true
        } else if continues {
            matches!(punct, Some('.' | ',' | ';' | ':'))
        } else {
            punct == Some('.')
        };
        if !ok {
            sink.at_offset(
                line,
                at,
                format!("rincian terakhir {name} diakhiri `{shown}`, bukan titik"),
                format!("the last rincian {name} ends `{shown}`, not with a full stop"),
            )
            .help(
                "akhiri rincian terakhir dengan titik (`.`)",
                "end the last rincian with a full stop (`.`)",
            );
        }
        return;
    }
    if punct != Some(';') {
        sink.at_offset(
            line,
            at,
            format!("rincian {name} diakhiri `{shown}`, bukan titik koma"),
            format!("rincian {name} ends `{shown}`, not with a semicolon"),
        )
        .help(
            "akhiri setiap rincian dengan titik koma (`;`)",
            "end every rincian with a semicolon (`;`)",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "Pasal 8\n(1) Pelindungan meliputi:\na. sosialisasi; dan\nb. peningkatan kualitas;\nc. pembinaan dan pengawasan\n(2) Pelindungan teknis meliputi:\na. pemberian informasi;\nb. fasilitasi.\n(3) Pelindungan hukum meliputi:\na. advokasi,\nb. pendampingan, dan\nc. bantuan hukum; atau\n";

    #[test]
    fn flags_wrong_punctuation_and_conjunctions() {
        insta::assert_snapshot!(run_text(&TabulationPunctuation, &perda(BAD)));
    }

    #[test]
    fn accepts_lists_as_lampiran_ii_writes_them() {
        let good = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Bupati adalah Bupati Jember.\nPasal 8\n(1) Pelindungan meliputi:\na. sosialisasi;\nb. pelindungan teknis, yang terdiri atas:\n1. pelatihan;\n2. sertifikasi; dan\n3. penempatan; dan\nc. pembinaan dan pengawasan.\n(2) Pelindungan teknis meliputi:\na. pemberian informasi; atau\nb. fasilitasi.\n";
        assert_eq!(run_text(&TabulationPunctuation, &perda(good)), "");
    }

    #[test]
    fn reads_endings() {
        assert_eq!(ending("x; dan"), (Some(';'), Some("dan")));
        assert_eq!(ending("x; dan/atau"), (Some(';'), Some("dan/atau")));
        assert_eq!(ending("x; dan atau"), (Some(';'), Some("dan atau")));
        assert_eq!(ending("x, dan"), (Some(','), Some("dan")));
        assert_eq!(ending("pendapatan"), (Some('n'), None));
        assert_eq!(ending("x;"), (Some(';'), None));
    }
}
