//! Rules of group `RUM`: wording, tabulation and numbers (rumusan).
//!
//! Also the text helpers the groups `BT`, `KU`, `RUM` and `REF` share: walking the body
//! with each unit's context, finding where a phrase of a unit's joined text stands in the
//! source lines, and writing Indonesian numbers in words.

use perda_law::structure::{Node, NodeKind};

use crate::check::document::{Document, Line};
use crate::check::rule::{Rule, Sink};

pub mod rum_001;
pub mod rum_002;
pub mod rum_003;
pub mod rum_004;
pub mod rum_005;
pub mod rum_006;
pub mod rum_007;
pub mod rum_008;
pub mod rum_009;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &rum_001::TabulationLevels,
    &rum_002::TabulationPunctuation,
    &rum_003::TabulationLowercaseStart,
    &rum_004::NumberWordsMatch,
    &rum_005::MoneyFormat,
    &rum_006::MaximumMinimumWording,
    &rum_007::DanAtauWithSlash,
    &rum_008::ProhibitionObligationWording,
    &rum_009::FullJenisSelfReference,
];

/// A unit of the body (Pasal, ayat, huruf, angka) with where it stands.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx<'a> {
    /// The unit.
    pub node: &'a Node,
    /// The BAB it is in.
    pub chapter: Option<&'a Node>,
    /// The Pasal it is in (itself for a Pasal).
    pub article: Option<&'a Node>,
    /// The ayat it is in (itself for an ayat).
    pub clause: Option<&'a Node>,
}

/// Every Pasal, ayat, huruf and angka of the body, in document order, with its context.
pub(crate) fn body_units(doc: &Document) -> Vec<Ctx<'_>> {
    fn go<'a>(node: &'a Node, mut ctx: Ctx<'a>, out: &mut Vec<Ctx<'a>>) {
        match node.kind {
            NodeKind::Chapter => ctx.chapter = Some(node),
            NodeKind::Article => {
                ctx.article = Some(node);
                ctx.clause = None;
            }
            NodeKind::Clause => ctx.clause = Some(node),
            _ => {}
        }
        if node.kind >= NodeKind::Article {
            out.push(Ctx { node, ..ctx });
        }
        for c in &node.children {
            go(c, ctx, out);
        }
    }
    let mut out = Vec::new();
    let start = Ctx {
        node: match doc.act.body.first() {
            Some(n) => n,
            None => return out,
        },
        chapter: None,
        article: None,
        clause: None,
    };
    for n in &doc.act.body {
        go(n, start, &mut out);
    }
    out
}

/// The texts of a unit a phrase can stand in: its own text and the text after its list.
pub(crate) fn texts(node: &Node) -> impl Iterator<Item = &str> {
    std::iter::once(node.text.as_str()).chain(node.tail.as_deref())
}

/// The lines a node spans (its first to its last line, children included).
pub(crate) fn span_lines<'d>(doc: &'d Document, node: &Node) -> &'d [Line] {
    let from = doc.lines.partition_point(|l| l.no < node.span.line);
    let to = doc.lines.partition_point(|l| l.no <= node.span.end_line);
    doc.lines.get(from..to.max(from)).unwrap_or_default()
}

/// Lines of a unit searched by [`locate`].
const MAX_LOCATE_LINES: usize = 200;
/// Text before a phrase that [`locate`] counts occurrences in.
const MAX_LOCATE_BYTES: usize = 32 * 1024;

/// Where the phrase at `start..end` of `hay` (a unit's joined text) stands in the source:
/// the line and byte offset of its start. The parser joins a unit's lines with spaces, so
/// a phrase broken over two lines is found by its first word. Falls back to the unit's
/// first line.
pub(crate) fn locate<'d>(
    doc: &'d Document,
    node: &Node,
    hay: &str,
    start: usize,
    end: usize,
) -> Option<(&'d Line, usize)> {
    let lines = span_lines(doc, node);
    // Bounded work whatever the input: a unit's first lines, and its text up to the phrase
    // only when that is of a sane size (else the unit's first line is the answer).
    let lines = lines
        .get(..lines.len().min(MAX_LOCATE_LINES))
        .unwrap_or(lines);
    let phrase = hay.get(start..end).unwrap_or("");
    let before = hay.get(..start).unwrap_or("");
    let first_word = phrase.split_whitespace().next().unwrap_or(phrase);
    for needle in [phrase, first_word] {
        if needle.is_empty() || before.len() > MAX_LOCATE_BYTES {
            continue;
        }
        let mut nth = before.matches(needle).count();
        for l in lines {
            for (i, _) in l.text.match_indices(needle) {
                if nth == 0 {
                    return Some((l, i));
                }
                nth -= 1;
            }
        }
    }
    lines
        .first()
        .or_else(|| doc.line(node.span.line))
        .map(|l| (l, 0))
}

/// The line a node starts on.
pub(crate) fn node_line<'d>(doc: &'d Document, node: &Node) -> Option<&'d Line> {
    doc.line(node.span.line)
        .or_else(|| span_lines(doc, node).first())
}

/// The text a unit ends with: its tail, else its last child's ending text, else its own.
pub(crate) fn final_text(node: &Node) -> &str {
    if let Some(t) = node.tail.as_deref().filter(|t| !t.trim().is_empty()) {
        return t;
    }
    match node.children.last() {
        Some(c) => final_text(c),
        None => &node.text,
    }
}

/// Whether a node is a rincian (huruf or angka, `a.`, `1.`, `a)`, `1)`).
pub(crate) fn is_rincian(n: &Node) -> bool {
    matches!(n.kind, NodeKind::Point | NodeKind::Item) && !n.marker.is_empty()
}

/// The lists directly below a node: runs of rincian children with the same marker style.
pub(crate) fn lists(parent: &Node) -> Vec<Vec<&Node>> {
    let mut out: Vec<Vec<&Node>> = Vec::new();
    let style = |n: &Node| (n.kind, n.marker.ends_with(')'));
    for c in &parent.children {
        if !is_rincian(c) {
            continue;
        }
        match out.last_mut() {
            Some(run) if run.last().is_some_and(|p| style(p) == style(c)) => run.push(c),
            _ => out.push(vec![c]),
        }
    }
    out
}

/// Whether the parser had to guess a unit marker on a line (OCR): punctuation and numbering
/// found there say more about the copy than about the regulation.
pub(crate) fn guessed_marker(doc: &Document, line: u32) -> bool {
    use perda_law::repair::RepairKind;
    doc.act.repairs.iter().any(|r| {
        r.line == line
            && matches!(
                r.kind,
                RepairKind::OcrMarker
                    | RepairKind::InferredMarker
                    | RepairKind::StrayMark
                    | RepairKind::DetachedMarkers
                    | RepairKind::Split
            )
    })
}

/// Whether the parser repaired OCR damage on a line (stray marks, misread digits, words or
/// markers, units run together or detached from their text): what a rule reads there
/// says more about the copy than about the regulation.
pub(crate) fn noisy_line(doc: &Document, line: u32) -> bool {
    use perda_law::repair::RepairKind;
    doc.act.repairs.iter().any(|r| {
        r.line == line
            && !r.from.eq_ignore_ascii_case(&r.to)
            && matches!(
                r.kind,
                RepairKind::StrayMark
                    | RepairKind::OcrDigit
                    | RepairKind::OcrWord
                    | RepairKind::OcrMarker
                    | RepairKind::Split
                    | RepairKind::DetachedMarkers
                    | RepairKind::InferredMarker
            )
    })
}

/// Whether the copy came through OCR: the parser had to repair misread marks, digits,
/// words or markers, or units run together, at least [`OCR_REPAIRS`] times. On such a copy
/// a lost `(2)` or a `;` read as `:` is the scan's fault, so the rules that judge numbering
/// sequences and punctuation stay silent.
pub(crate) fn ocr_copy(doc: &Document) -> bool {
    use perda_law::repair::RepairKind;
    doc.act
        .repairs
        .iter()
        .filter(|r| {
            !r.from.eq_ignore_ascii_case(&r.to)
                && matches!(
                    r.kind,
                    RepairKind::StrayMark
                        | RepairKind::OcrDigit
                        | RepairKind::OcrWord
                        | RepairKind::OcrMarker
                        | RepairKind::Split
                        | RepairKind::DetachedMarkers
                        | RepairKind::InferredMarker
                )
        })
        .count()
        >= OCR_REPAIRS
}

/// How many OCR repairs make a copy an OCR copy (a clean draft has none; a page of text
/// taken from a born-digital PDF may have a unit or two run together).
pub(crate) const OCR_REPAIRS: usize = 8;

/// A unit's text without a page number glued to its end (`... keluarganya. - 7 -`).
pub(crate) fn without_page_number(text: &str) -> &str {
    let t = text.trim_end();
    let Some(rest) = t.strip_suffix('-') else {
        return t;
    };
    let rest = rest.trim_end();
    let digits = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    if digits.len() == rest.len() {
        return t;
    }
    match digits.trim_end().strip_suffix('-') {
        Some(before) if before.ends_with(' ') || before.is_empty() => before.trim_end(),
        _ => t,
    }
}

/// Whether `text` starts with a catchword: the first words of the next page repeated at
/// the foot of a page and run into the unit (`Pasal 14 ...`, `b. ...`).
pub(crate) fn catchword(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().take(4).collect();
    let head = words.join(" ");
    head.contains("...") || head.contains(". . .") || head.contains('\u{2026}')
}

/// Whether any line of a node (children included) carries OCR damage.
pub(crate) fn noisy_node(doc: &Document, node: &Node) -> bool {
    span_lines(doc, node).iter().any(|l| noisy_line(doc, l.no))
}

/// Passes on the findings of `local` that do not stand on an OCR-damaged line.
pub(crate) fn report_clean(doc: &Document, local: Sink, sink: &mut Sink) {
    sink.raw
        .extend(local.raw.into_iter().filter(|r| !noisy_line(doc, r.line)));
}

/// The lines of the batang tubuh as the parser read it: the body segment, cut where the
/// parsed body ends (a copy whose Penjelasan heading was lost keeps its Penjelasan out).
pub(crate) fn body_lines(doc: &Document) -> &[Line] {
    let seg = doc.segment(crate::check::document::Segment::Body);
    let end = doc
        .act
        .body
        .iter()
        .map(|n| n.span.end_line)
        .max()
        .unwrap_or(0);
    let eluc = doc
        .act
        .elucidation
        .as_ref()
        .and_then(|e| e.title.first().map(|p| p.span.line))
        .unwrap_or(u32::MAX);
    let n = seg.partition_point(|l| l.no <= end && l.no < eluc);
    seg.get(..n).unwrap_or_default()
}

/// How a rincian is named in a message: `huruf b`, `angka 2`.
pub(crate) fn rincian_name(n: &Node) -> String {
    match n.kind {
        NodeKind::Point => format!("huruf {}", n.number),
        _ => format!("angka {}", n.number),
    }
}

/// The short form a definition introduces, as it will be written (`yang selanjutnya
/// disebut dengan TKI` gives `TKI`).
pub(crate) fn short_form(d: &crate::check::document::Definition) -> Option<&str> {
    let s = d.short.as_deref()?.trim();
    let s = s.strip_prefix("dengan ").unwrap_or(s).trim();
    (!s.is_empty()).then_some(s)
}

/// The words of the regulation's own kind, as it refers to itself (`Peraturan Daerah`).
pub(crate) fn jenis(doc: &Document) -> &'static [&'static str] {
    use perda_law::structure::ActKind;
    match doc.info.kind {
        Some(ActKind::UndangUndang) => &["Undang-Undang"],
        Some(ActKind::Perppu) => &["Peraturan Pemerintah Pengganti Undang-Undang"],
        Some(ActKind::PeraturanPemerintah) => &["Peraturan Pemerintah"],
        Some(ActKind::PeraturanPresiden) => &["Peraturan Presiden"],
        Some(ActKind::PeraturanMenteri) => &["Peraturan Menteri"],
        Some(ActKind::PeraturanKepalaDaerah) => &[
            "Peraturan Gubernur",
            "Peraturan Bupati",
            "Peraturan Wali Kota",
            "Peraturan Walikota",
        ],
        Some(ActKind::PeraturanDesa) => &["Peraturan Desa"],
        Some(ActKind::PeraturanKepalaDesa) => &["Peraturan Kepala Desa"],
        Some(ActKind::PeraturanDaerah) => &["Peraturan Daerah", "Qanun"],
        None if doc.info.is_desa() => &["Peraturan Desa"],
        None => &["Peraturan Daerah"],
    }
}

/// The article holding the definitions (Ketentuan Umum): the first Pasal, when it opens
/// with `... yang dimaksud dengan` or lists terms `... adalah ...`.
pub(crate) fn definitions_article(doc: &Document) -> Option<&Node> {
    let first = doc.articles().next()?;
    let lead = first.text.to_lowercase();
    let listed = first
        .children
        .iter()
        .filter(|c| matches!(c.kind, NodeKind::Item | NodeKind::Point))
        .filter(|c| c.text.contains(" adalah "))
        .count();
    (lead.contains("yang dimaksud") || listed >= 2).then_some(first)
}

/// Indonesian words for a whole number (`1250` → `seribu dua ratus lima puluh`).
pub(crate) fn number_words(n: u64) -> String {
    const UNITS: [&str; 10] = [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    ];
    fn unit(d: u64) -> &'static str {
        UNITS
            .get(usize::try_from(d).unwrap_or(0))
            .copied()
            .unwrap_or("")
    }
    fn below_thousand(n: u64) -> String {
        let (h, rest) = (n / 100, n % 100);
        let mut parts: Vec<String> = Vec::new();
        match h {
            0 => {}
            1 => parts.push("seratus".into()),
            _ => parts.push(format!("{} ratus", unit(h))),
        }
        match rest {
            0 => {}
            10 => parts.push("sepuluh".into()),
            11 => parts.push("sebelas".into()),
            1..=9 => parts.push(unit(rest).into()),
            12..=19 => parts.push(format!("{} belas", unit(rest - 10))),
            _ => {
                parts.push(format!("{} puluh", unit(rest / 10)));
                if rest % 10 != 0 {
                    parts.push(unit(rest % 10).into());
                }
            }
        }
        parts.join(" ")
    }
    if n == 0 {
        return "nol".into();
    }
    const SCALES: [(u64, &str); 4] = [
        (1_000_000_000_000, "triliun"),
        (1_000_000_000, "miliar"),
        (1_000_000, "juta"),
        (1_000, "ribu"),
    ];
    let mut parts = Vec::new();
    let mut rest = n;
    for (scale, name) in SCALES {
        let q = rest / scale;
        if q == 0 {
            continue;
        }
        rest %= scale;
        if q == 1 && scale == 1_000 {
            parts.push("seribu".to_string());
        } else {
            parts.push(format!("{} {name}", number_words(q)));
        }
    }
    if rest > 0 {
        parts.push(below_thousand(rest));
    }
    parts.join(" ")
}

/// The words Indonesian numbers are written with (`rupiah` and `persen` end a phrase).
pub(crate) fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "nol"
            | "satu"
            | "dua"
            | "tiga"
            | "empat"
            | "lima"
            | "enam"
            | "tujuh"
            | "delapan"
            | "sembilan"
            | "sepuluh"
            | "sebelas"
            | "seratus"
            | "seribu"
            | "sejuta"
            | "belas"
            | "puluh"
            | "ratus"
            | "ribu"
            | "juta"
            | "miliar"
            | "milyar"
            | "triliun"
    )
}

/// The value of Indonesian number words (`dua ratus lima puluh ribu` → 250000); `None`
/// when a word is not a number word or the words do not form a number.
pub(crate) fn words_value(words: &str) -> Option<u64> {
    let mut total: u64 = 0;
    let mut small: u64 = 0;
    let mut last: u64 = 0;
    let mut any = false;
    for w in words.split_whitespace() {
        any = true;
        let digit = match w {
            "nol" => Some(0),
            "satu" => Some(1),
            "dua" => Some(2),
            "tiga" => Some(3),
            "empat" => Some(4),
            "lima" => Some(5),
            "enam" => Some(6),
            "tujuh" => Some(7),
            "delapan" => Some(8),
            "sembilan" => Some(9),
            _ => None,
        };
        if let Some(d) = digit {
            small = small.checked_add(d)?;
            last = d;
            continue;
        }
        match w {
            "sepuluh" => small = small.checked_add(10)?,
            "sebelas" => small = small.checked_add(11)?,
            "seratus" => small = small.checked_add(100)?,
            "belas" if last > 0 => {
                small = small.checked_add(10)?;
            }
            "puluh" if last > 0 => {
                small = small.checked_add(last * 9)?;
            }
            "ratus" if last > 0 => {
                small = small.checked_add(last * 99)?;
            }
            "seribu" => total = total.checked_add(1_000)?,
            "sejuta" => total = total.checked_add(1_000_000)?,
            "ribu" | "juta" | "miliar" | "milyar" | "triliun" => {
                let scale: u64 = match w {
                    "ribu" => 1_000,
                    "juta" => 1_000_000,
                    "miliar" | "milyar" => 1_000_000_000,
                    _ => 1_000_000_000_000,
                };
                if small == 0 {
                    return None;
                }
                // `dua ratus ribu juta` does not occur; a scale applies to what came
                // since the last larger scale.
                let below = total % scale;
                let above = total - below;
                let group = below.checked_add(small)?;
                total = above.checked_add(group.checked_mul(scale)?)?;
                small = 0;
            }
            _ => return None,
        }
        last = 0;
    }
    if !any {
        return None;
    }
    total.checked_add(small)
}

/// A small Perda Kabupaten whose body is `body` (the body starts on line 9).
#[cfg(test)]
pub(crate) fn perda(body: &str) -> String {
    format!(
        "PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 1 TAHUN 2025\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\n{body}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_numbers_in_indonesian_words() {
        for (n, w) in [
            (0, "nol"),
            (1, "satu"),
            (10, "sepuluh"),
            (11, "sebelas"),
            (12, "dua belas"),
            (18, "delapan belas"),
            (20, "dua puluh"),
            (30, "tiga puluh"),
            (45, "empat puluh lima"),
            (100, "seratus"),
            (110, "seratus sepuluh"),
            (111, "seratus sebelas"),
            (250, "dua ratus lima puluh"),
            (1_000, "seribu"),
            (1_250, "seribu dua ratus lima puluh"),
            (2_017, "dua ribu tujuh belas"),
            (11_000, "sebelas ribu"),
            (100_000, "seratus ribu"),
            (250_000, "dua ratus lima puluh ribu"),
            (1_000_000, "satu juta"),
            (5_000_000, "lima juta"),
            (50_000_000, "lima puluh juta"),
            (1_500_000_000, "satu miliar lima ratus juta"),
            (2_000_000_000_000, "dua triliun"),
        ] {
            assert_eq!(number_words(n), w, "{n}");
            assert_eq!(words_value(w), Some(n), "{w}");
        }
    }

    #[test]
    fn knows_catchwords() {
        assert!(catchword("Pasal 14 ... - 12 -"));
        assert!(catchword("Pasal 67... - 33 -"));
        assert!(catchword("b. . . ."));
        assert!(!catchword("Pasal 14 ayat (1) huruf a."));
    }

    #[test]
    fn drops_page_numbers_glued_to_a_unit() {
        assert_eq!(without_page_number("keluarganya. - 7 -"), "keluarganya.");
        assert_eq!(without_page_number("keluarganya. -12-"), "keluarganya.");
        assert_eq!(without_page_number("keluarganya;"), "keluarganya;");
        assert_eq!(without_page_number("a - b -"), "a - b -");
    }

    #[test]
    fn reads_variant_and_rejects_non_number_words() {
        assert_eq!(words_value("sejuta"), Some(1_000_000));
        assert_eq!(words_value("satu ribu"), Some(1_000));
        assert_eq!(words_value("lima puluh milyar"), Some(50_000_000_000));
        assert_eq!(words_value("seratus dua belas"), Some(112));
        assert_eq!(words_value("tiga ratus ribu lima ratus"), Some(300_500));
        assert_eq!(
            words_value("lima ratus juta dua ratus ribu"),
            Some(500_200_000)
        );
        assert_eq!(words_value("enam bulan"), None);
        assert_eq!(words_value("ribu"), None);
        assert_eq!(words_value(""), None);
        assert!(is_number_word("puluh") && !is_number_word("bulan"));
    }
}
