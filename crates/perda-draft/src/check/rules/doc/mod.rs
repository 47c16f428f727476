//! Rules of group `DOC`: the document as a whole (type, region, level).
//!
//! This module also holds what the rules of the opening groups (DOC, JUD, PEM, KON, DH,
//! DIK) share: finding the type line of the title, the region's name, the enacting office
//! of a level, gap handling for copies with missing text, and where a node's words are.

use crate::check::date::Date;
use crate::check::rules::prelude::*;

pub mod doc_001;
pub mod doc_002;
pub mod doc_003;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &doc_001::TitleBlockRecognisable,
    &doc_002::RegionConsistent,
    &doc_003::LevelOfficePair,
];

/// Whether the document is a regional regulation these rules are written for: a Perda
/// (provinsi, kabupaten, kota) or a Peraturan Desa. Other texts (an
/// Undang-Undang, a Peraturan Bupati) and texts without a recognisable title (DOC-001) are
/// not judged by the other rules.
pub(in crate::check::rules) fn regional(doc: &Document) -> bool {
    use perda_law::structure::ActKind;
    // A Qanun of Aceh has its own formulas (DPRK, `Qanun`); the catalogue leaves it to
    // configuration.
    let qanun = type_line(doc)
        .is_some_and(|(_, l)| l.text.trim_start().to_uppercase().starts_with("QANUN"));
    !qanun
        && matches!(
            doc.act.meta.kind,
            Some(ActKind::PeraturanDaerah | ActKind::PeraturanDesa)
        )
}

/// An editorial note of a transcription (`[source: ...]`, `[... gap ...]`) or a page
/// number: not text of the regulation.
pub(in crate::check::rules) fn is_note(text: &str) -> bool {
    let t = text.trim();
    (t.starts_with('[') && t.ends_with(']') && t.len() > 5) || is_page_number(t)
}

fn is_page_number(t: &str) -> bool {
    let inner = t
        .strip_prefix('-')
        .and_then(|r| r.strip_suffix('-'))
        .map(str::trim);
    match inner {
        Some(i) => !i.is_empty() && i.len() <= 4 && i.chars().all(|c| c.is_ascii_digit()),
        None => false,
    }
}

/// Whether line `no` is a gap mark (`[... gap ...]`): text of the original is missing there.
pub(in crate::check::rules) fn is_gap(doc: &Document, no: u32) -> bool {
    doc.act
        .gaps
        .iter()
        .any(|g| g.line <= no && no <= g.end_line.max(g.line))
}

/// Whether a gap mark lies between lines `from` and `to` (inclusive).
pub(in crate::check::rules) fn gap_within(doc: &Document, from: u32, to: u32) -> bool {
    doc.act.gaps.iter().any(|g| g.line >= from && g.line <= to)
}

/// Whether the text that ends on line `end` may be cut off: the next line of the copy is
/// a gap mark, or the copy ends there.
pub(in crate::check::rules) fn cut_after(doc: &Document, end: u32) -> bool {
    let after = doc.lines.partition_point(|l| l.no <= end);
    match doc
        .lines
        .get(after..)
        .unwrap_or_default()
        .iter()
        .find(|l| !is_note(&l.text) || is_gap(doc, l.no))
    {
        Some(next) => is_gap(doc, next.no),
        None => true,
    }
}

/// The lines of the title and the opening (up to the `Menetapkan` line). In a copy without
/// `Menetapkan` (a cut-off opening), up to the first BAB or Pasal heading or the end.
pub(in crate::check::rules) fn preamble_lines(doc: &Document) -> &[Line] {
    let title = doc.segment(Segment::Title).len();
    let opening = doc.segment(Segment::Opening).len();
    if opening > 0 {
        return doc.lines.get(..title + opening).unwrap_or_default();
    }
    let is_heading = |t: &str| {
        perda_law::grammar::pasal_heading(t).is_ok_and(|(rest, _)| rest.trim().is_empty())
            || perda_law::grammar::bab_heading(t).is_ok_and(|(rest, _)| rest.trim().is_empty())
    };
    let closing = doc.segment(Segment::Closing).first().map(|l| l.no);
    let end = doc
        .lines
        .iter()
        .enumerate()
        .skip(title)
        .find(|(_, l)| is_heading(l.text.trim()) || Some(l.no) == closing)
        .map_or(doc.lines.len(), |(i, _)| i);
    doc.lines.get(..end).unwrap_or_default()
}

/// Upper case with single spaces, for comparing names and regions.
pub(in crate::check::rules) fn squash(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

/// The type line of a title (`PERATURAN DAERAH KABUPATEN MALANG`), any case.
pub(in crate::check::rules) static TYPE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(RANCANGAN\s+)?(PERATURAN\s+DAERAH\s+(KHUSUS\s+)?(PROVINSI|PROPINSI|KABUPATEN|KOTA)|PERATURAN\s+DESA|QANUN\s+(ACEH|KABUPATEN|KOTA))\b",
    )
});

/// The title's type line: its index in [`Document::lines`] and the line.
pub(in crate::check::rules) fn type_line(doc: &Document) -> Option<(usize, &Line)> {
    doc.segment(Segment::Title)
        .iter()
        .enumerate()
        .find(|(_, l)| TYPE_LINE.is_match(&l.text))
}

/// The region's name as the title gives it, upper case, without the level word:
/// `MALANG` (Kabupaten Malang), `JAWA TIMUR` (Provinsi Jawa Timur), `SUKAMAJU` (Desa).
pub(in crate::check::rules) fn region_name(doc: &Document) -> Option<String> {
    let region = doc.info.region.as_deref()?;
    let first = region.split(',').next().unwrap_or(region);
    let upper = squash(first);
    let name = ["PROVINSI ", "PROPINSI ", "KABUPATEN ", "KOTA ", "DESA "]
        .iter()
        .find_map(|p| upper.strip_prefix(p))
        .unwrap_or(&upper)
        .trim()
        .to_string();
    (!name.is_empty()).then_some(name)
}

/// The level word as written in formulas (`KABUPATEN`).
pub(in crate::check::rules) fn level_word(level: Level) -> &'static str {
    match level {
        Level::Provinsi => "PROVINSI",
        Level::Kabupaten => "KABUPATEN",
        Level::Kota => "KOTA",
        Level::Desa => "DESA",
    }
}

/// The level whose word opens `s` (`PROVINSI`, `PROPINSI`, `KABUPATEN`, `KOTA`, `DESA`).
pub(in crate::check::rules) fn level_of_word(s: &str) -> Option<Level> {
    match s.to_uppercase().as_str() {
        "PROVINSI" | "PROPINSI" => Some(Level::Provinsi),
        "KABUPATEN" => Some(Level::Kabupaten),
        "KOTA" => Some(Level::Kota),
        "DESA" => Some(Level::Desa),
        _ => None,
    }
}

/// The enacting office of a level as Lampiran II writes it (`WALI KOTA`).
pub(in crate::check::rules) fn office_of(level: Level) -> &'static str {
    match level {
        Level::Provinsi => "GUBERNUR",
        Level::Kabupaten => "BUPATI",
        Level::Kota => "WALI KOTA",
        Level::Desa => "KEPALA DESA",
    }
}

/// An office word at the start of a line (`BUPATI MALANG,`): the level it belongs to and
/// the byte length of the office words.
pub(in crate::check::rules) fn office_at_start(text: &str) -> Option<(Level, usize)> {
    static OFFICE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(GUBERNUR|BUPATI|WALI\s?KOTA|WALIKOTAMADYA|KEPALA\s+DESA)\b"));
    let m = OFFICE.find(text)?;
    let w = m.as_str();
    let level = if w.starts_with("GUBERNUR") {
        Level::Provinsi
    } else if w.starts_with("BUPATI") {
        Level::Kabupaten
    } else if w.starts_with("KEPALA") {
        Level::Desa
    } else {
        Level::Kota
    };
    Some((level, m.end()))
}

/// Line and column of `needle` inside the lines of a node, else of the node's own start.
pub(in crate::check::rules) fn position(doc: &Document, node: &Node, needle: &str) -> (u32, u32) {
    position_nth(doc, node, needle, 0)
}

/// Lines of a unit searched for a phrase's position.
const MAX_SPAN_LINES: usize = 200;

/// Line and column of the `nth` (from 0) occurrence of `needle` inside the lines of a
/// node, else of the first, else of the node's own start.
pub(in crate::check::rules) fn position_nth(
    doc: &Document,
    node: &Node,
    needle: &str,
    nth: usize,
) -> (u32, u32) {
    // A unit stands on a few lines; a span of hundreds (a list the parser could not close
    // on damaged text) is searched only at its start, so that finding a position stays
    // cheap whatever the input.
    let lines = doc
        .lines_between(node.span.line, node.span.end_line.max(node.span.line))
        .iter()
        .take(MAX_SPAN_LINES);
    if !needle.is_empty() {
        // Lazily: the search stops at the occurrence wanted.
        let found = lines.clone().flat_map(|l| {
            l.text
                .match_indices(needle)
                .map(move |(off, _)| (l.no, l.column(off)))
        });
        if let Some(p) = found.clone().nth(nth).or_else(|| found.clone().next()) {
            return p;
        }
    }
    let head: String = node.text.chars().take(24).collect();
    match doc.line(node.span.line) {
        Some(l) => {
            let off = if head.is_empty() {
                None
            } else {
                l.text.find(head.as_str())
            };
            (l.no, l.column(off.unwrap_or(0)))
        }
        None => (node.span.line, 0),
    }
}

/// Line and column of the last character of a node's text (where an ending belongs).
pub(in crate::check::rules) fn end_position(doc: &Document, node: &Node) -> (u32, u32) {
    let last = doc
        .lines_between(node.span.line, node.span.end_line.max(node.span.line))
        .iter()
        .rfind(|l| !is_note(&l.text));
    match last {
        Some(l) => {
            let t = l.text.trim_end();
            let off = t.char_indices().next_back().map_or(0, |(i, _)| i);
            (l.no, l.column(off))
        }
        None => (node.span.line, 0),
    }
}

/// When the document was made relative to a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check::rules) enum Made {
    /// Enacted (or judged, for a draft) before the date.
    Before,
    /// Enacted (or judged, for a draft) on or after the date.
    After,
    /// Cannot tell (only the year is known, and it is the date's year).
    Unknown,
}

/// Whether the document was made before or after `date`: the enactment date, else (for
/// a draft) its as-of date, else the year in the title.
pub(in crate::check::rules) fn made(doc: &Document, date: Date) -> Made {
    let cmp = |d: Date| if d < date { Made::Before } else { Made::After };
    if let Some(d) = doc.info.enacted {
        return cmp(d);
    }
    if doc.info.draft {
        return cmp(doc.info.as_of);
    }
    match doc.act.meta.year {
        Some(y) if i32::from(y) < date.year => Made::Before,
        Some(y) if i32::from(y) > date.year => Made::After,
        Some(_) => Made::Unknown,
        None => cmp(doc.info.as_of),
    }
}

/// A date written in Indonesian for messages (`22 November 2017`).
pub(in crate::check::rules) fn tanggal(d: Date) -> String {
    const BULAN: [&str; 12] = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ];
    let m = BULAN
        .get(usize::from(d.month.saturating_sub(1)))
        .copied()
        .unwrap_or("");
    format!("{} {} {}", d.day, m, d.year)
}

/// The same date in English (`22 November 2017`).
pub(in crate::check::rules) fn date_en(d: Date) -> String {
    const MONTH: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let m = MONTH
        .get(usize::from(d.month.saturating_sub(1)))
        .copied()
        .unwrap_or("");
    format!("{} {} {}", d.day, m, d.year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::doc;

    #[test]
    fn finds_type_line_region_and_gaps() {
        let d = doc(
            "[source: x]\nBUPATI MALANG\nPROVINSI JAWA TIMUR\nPERATURAN DAERAH KABUPATEN MALANG\nNOMOR 7 TAHUN 2019\nTENTANG\nPELINDUNGAN\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI MALANG,\nMenimbang : a. bahwa x;\n[... gap: not recovered ...]\n",
        );
        let (i, l) = type_line(&d).unwrap();
        assert_eq!(i, 3);
        assert_eq!(l.no, 4);
        assert_eq!(region_name(&d).as_deref(), Some("MALANG"));
        assert!(is_gap(&d, 11));
        assert!(cut_after(&d, 10));
        assert!(!cut_after(&d, 9));
        assert_eq!(made(&d, Date::new(2017, 11, 22).unwrap()), Made::After);
        assert_eq!(made(&d, Date::new(2019, 1, 1).unwrap()), Made::Unknown);
        assert_eq!(office_at_start("WALIKOTA BATU,"), Some((Level::Kota, 8)));
        assert!(is_note("[... gap ...]") && is_note("-2-") && !is_note("- a"));
        // Without `Menetapkan` the opening runs to the end of the copy.
        assert_eq!(preamble_lines(&d).len(), d.lines.len());
    }
}
