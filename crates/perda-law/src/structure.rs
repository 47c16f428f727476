//! The Act tree: what a regulation is made of, with a span on every node, and the builder
//! that reads a [`Source`] into it.
//!
//! One builder reads statutes and regional regulations alike: a Perda has the same anatomy
//! as an Undang-Undang (title block, opening, Menimbang, Mengingat, diktum, body, closing,
//! elucidation).

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::grammar::{self, Formula, Unit};
use crate::repair::{self, Confidence, Repair, RepairKind};
use crate::source::{Line, Source};

/// Where a node is in the original file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Span {
    /// 1-based first line.
    pub line: u32,
    /// 1-based last line.
    pub end_line: u32,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
}

impl Span {
    fn of(line: &Line) -> Self {
        Span {
            line: line.no,
            end_line: line.no,
            start: line.text_start,
            end: line.range.end,
        }
    }

    fn extend(&mut self, other: Span) {
        if other.line == 0 {
            return;
        }
        if self.line == 0 {
            *self = other;
            return;
        }
        self.end_line = self.end_line.max(other.end_line);
        self.end = self.end.max(other.end);
    }
}

/// The kind of a structural node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NodeKind {
    /// BAB.
    Chapter,
    /// Bagian.
    Part,
    /// Paragraf.
    Section,
    /// Pasal.
    Article,
    /// Ayat, `(1)`.
    Clause,
    /// Huruf, `a.` (or `a)` below an item).
    Point,
    /// Angka, `1.` (or `1)` below a point).
    Item,
}

/// A structural node: a chapter, part, section, article, clause, point or item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Node {
    /// What it is.
    pub kind: NodeKind,
    /// Its number as written: `"41"`, `"5A"`, `"IV"`, `"b"`, `"2"`.
    pub number: String,
    /// The marker style as written (`"(1)"`, `"a."`, `"1)"`); empty for headings.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub marker: String,
    /// Heading of a chapter, part or section (`KETENTUAN UMUM`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// The node's own text (for an article or clause with points: the lead-in).
    pub text: String,
    /// Text after the node's enumeration (rare: a closing sentence after the points).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tail: Option<String>,
    /// How an enumerated unit joins the next one: `dan`, `atau` or `dan/atau` when its
    /// text ends with `; dan`, `; atau` or `; dan/atau`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ending: Option<String>,
    /// Child nodes in order.
    pub children: Vec<Node>,
    /// Where it is in the source.
    pub span: Span,
}

impl Node {
    fn new(kind: NodeKind, number: String, marker: String, span: Span) -> Self {
        Node {
            kind,
            number,
            marker,
            heading: None,
            text: String::new(),
            tail: None,
            ending: None,
            children: Vec::new(),
            span,
        }
    }

    /// Depth-first iterator over this node and its descendants.
    pub fn walk(&self) -> impl Iterator<Item = &Node> {
        let mut stack = vec![self];
        std::iter::from_fn(move || {
            let n = stack.pop()?;
            stack.extend(n.children.iter().rev());
            Some(n)
        })
    }

    /// The Pasal/ayat/huruf skeleton of an article: for each clause its marker and point
    /// letters (`"(1)ab"`), for each point directly below the article its letter. Two
    /// readings of the same article agree in structure when their skeletons are equal.
    ///
    /// ```
    /// let act = perda_law::parse_str("x.txt", "Pasal 1\n(1) Satu:\na. x;\nb. y.\n(2) Dua.\n").unwrap();
    /// assert_eq!(act.article("1").unwrap().skeleton(), ["(1)ab", "(2)"]);
    /// ```
    pub fn skeleton(&self) -> Vec<String> {
        self.children
            .iter()
            .filter_map(|c| match c.kind {
                NodeKind::Clause => {
                    let points: String = c
                        .children
                        .iter()
                        .filter(|p| p.kind == NodeKind::Point)
                        .map(|p| p.number.as_str())
                        .collect();
                    Some(format!("({}){points}", c.number))
                }
                NodeKind::Point => Some(c.number.clone()),
                _ => None,
            })
            .collect()
    }

    /// The node's full text: its own text, its children's, and its tail, in order.
    pub fn full_text(&self) -> String {
        let mut out = String::new();
        self.push_text(&mut out);
        out
    }

    fn push_text(&self, out: &mut String) {
        let mut push = |s: &str| {
            if !s.is_empty() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(s);
            }
        };
        if !self.marker.is_empty() {
            push(&self.marker);
        }
        push(&self.text);
        for c in &self.children {
            c.push_text(out);
        }
        if let Some(t) = &self.tail {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(t);
        }
    }

    fn append_text(&mut self, s: &str, span: Span) {
        let target = if self.children.is_empty() {
            &mut self.text
        } else {
            self.tail.get_or_insert_with(String::new)
        };
        // A word broken by a hyphen at the end of a line (text from a PDF): `Undang-` +
        // `Undang` is `Undang-Undang`, `perlin-` + `dungan` is `perlindungan`.
        let broken = target
            .strip_suffix('-')
            .filter(|t| t.ends_with(|c: char| c.is_alphabetic()))
            .map(str::len);
        if let Some(cut) = broken
            && s.starts_with(|c: char| c.is_alphabetic())
        {
            let left_start = target
                .get(..cut)
                .and_then(|t| t.rfind(char::is_whitespace))
                .map_or(0, |i| i + 1);
            let left = target.get(left_start..cut).unwrap_or("").to_string();
            let (right, rest) = s.split_once(char::is_whitespace).unwrap_or((s, ""));
            let joined = join_word(&left, right);
            target.truncate(left_start);
            target.push_str(&joined);
            if !rest.is_empty() {
                target.push(' ');
                target.push_str(rest);
            }
            self.span.extend(span);
            return;
        }
        if !target.is_empty() {
            target.push(' ');
        }
        target.push_str(s);
        self.span.extend(span);
    }
}

/// What kind of regulation a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActKind {
    /// Undang-Undang.
    UndangUndang,
    /// Peraturan Pemerintah Pengganti Undang-Undang.
    Perppu,
    /// Peraturan Pemerintah.
    PeraturanPemerintah,
    /// Peraturan Presiden.
    PeraturanPresiden,
    /// Peraturan Menteri.
    PeraturanMenteri,
    /// Peraturan Daerah (provinsi, kabupaten or kota), or a Qanun in Aceh.
    PeraturanDaerah,
    /// Peraturan Gubernur, Bupati or Wali Kota.
    PeraturanKepalaDaerah,
    /// Peraturan Desa.
    PeraturanDesa,
    /// Peraturan Kepala Desa.
    PeraturanKepalaDesa,
}

/// The level of government a regional regulation belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Provinsi.
    Provinsi,
    /// Kabupaten.
    Kabupaten,
    /// Kota.
    Kota,
    /// Desa.
    Desa,
}

impl Level {
    /// All levels, in order.
    pub const ALL: [Level; 4] = [Level::Provinsi, Level::Kabupaten, Level::Kota, Level::Desa];

    /// The level's name as used in ids and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Provinsi => "provinsi",
            Level::Kabupaten => "kabupaten",
            Level::Kota => "kota",
            Level::Desa => "desa",
        }
    }
}

impl std::str::FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_lowercase().as_str() {
            "provinsi" => Ok(Level::Provinsi),
            "kabupaten" => Ok(Level::Kabupaten),
            "kota" => Ok(Level::Kota),
            "desa" => Ok(Level::Desa),
            other => Err(format!(
                "unknown level `{other}`; expected provinsi, kabupaten, kota or desa"
            )),
        }
    }
}

/// Facts about the document: from its front matter (if any) and its title block.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meta {
    /// Stable id, e.g. `uu-18-2017`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Kind of regulation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<ActKind>,
    /// Level of a regional regulation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// The region, as written in the title (`Kabupaten Malang`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Number as written (`"18"`, or `"..."` in a draft).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// Subject after `TENTANG`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Date of enactment (disahkan/ditetapkan), ISO `YYYY-MM-DD` where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enacted: Option<String>,
    /// Date of promulgation (diundangkan).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub promulgated: Option<String>,
    /// Gazette citation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gazette: Option<String>,
    /// Supplement to the gazette.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supplement: Option<String>,
    /// Which text the document holds (e.g. `original`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Amendments recorded in the front matter.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub amendments: Vec<Amendment>,
    /// Passages the source could not recover, shown as `[…]` in the text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub gaps: Vec<Gap>,
}

/// An amendment to the act, as recorded in the corpus front matter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Amendment {
    /// Id of the amending act (`uu-11-2020`).
    pub by: String,
    /// Citation of the amending provision.
    pub cite: String,
    /// Status of the amending act.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The changes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
}

/// One change made by an amendment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Change {
    /// The provision changed (`Pasal 1 angka 9`).
    pub target: String,
    /// `amended`, `replaced` or `inserted`.
    pub change: String,
}

/// A known gap in the text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Gap {
    /// The provision (`Pasal 32 ayat (3)`).
    pub at: String,
    /// The text as shown, with `[…]`.
    pub shown: String,
}

/// A paragraph of free text with its span (opening formulas, closing lines).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Paragraph {
    /// The text.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// The opening of a regulation, up to and including the diktum.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Preamble {
    /// Lines above the title (the issuing office: `BUPATI MALANG`, `PROVINSI JAWA TIMUR`).
    pub issuer: Vec<Paragraph>,
    /// The title block (`PERATURAN DAERAH ... NOMOR ... TAHUN ... TENTANG ...`).
    pub title: Vec<Paragraph>,
    /// `DENGAN RAHMAT TUHAN YANG MAHA ESA`.
    pub grace: Option<Paragraph>,
    /// The enacting office (`BUPATI MALANG,`).
    pub office: Option<Paragraph>,
    /// Menimbang: the considerations, one point each.
    pub considerations: Vec<Node>,
    /// Mengingat: the legal bases, one item each.
    pub legal_bases: Vec<Node>,
    /// Memperhatikan, when present.
    pub noting: Vec<Node>,
    /// `Dengan Persetujuan Bersama ...` lines.
    pub agreement: Vec<Paragraph>,
    /// `MEMUTUSKAN:` and `Menetapkan: ...`.
    pub decision: Vec<Paragraph>,
}

/// Signature block of the enactment or the promulgation.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Signature {
    /// Place (`Jakarta`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Date as written (`22 November 2017`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The office (`PRESIDEN REPUBLIK INDONESIA,`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
    /// The signatory's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Where it is.
    pub span: Span,
}

/// The closing: publication formula, enactment, promulgation and gazette.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Closing {
    /// `Agar setiap orang mengetahuinya, ...`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publication: Option<Paragraph>,
    /// Disahkan/Ditetapkan di ...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enacted: Option<Signature>,
    /// Diundangkan di ...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub promulgated: Option<Signature>,
    /// `LEMBARAN NEGARA ... TAHUN ... NOMOR ...`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gazette: Option<Paragraph>,
    /// `NOREG ...`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noreg: Option<Paragraph>,
    /// Every closing line in order.
    pub lines: Vec<Paragraph>,
}

/// The elucidation (Penjelasan).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Elucidation {
    /// Its title lines (`ATAS UNDANG-UNDANG ...`).
    pub title: Vec<Paragraph>,
    /// `I. UMUM`: the general part.
    pub general: Vec<Paragraph>,
    /// `II. PASAL DEMI PASAL`: one node per article, with `Ayat`/`Huruf`/`Angka` children.
    pub articles: Vec<Node>,
    /// `TAMBAHAN LEMBARAN NEGARA ... NOMOR ...`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supplement: Option<Paragraph>,
}

/// A problem with the document's structure, found while reading it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// 1-based line.
    pub line: u32,
    /// What is wrong.
    pub message: String,
}

/// A parsed regulation.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Act {
    /// Facts about the document.
    pub meta: Meta,
    /// The opening.
    pub preamble: Preamble,
    /// The body (batang tubuh): chapters, or articles directly.
    pub body: Vec<Node>,
    /// The closing.
    pub closing: Closing,
    /// The elucidation, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elucidation: Option<Elucidation>,
    /// Repairs made to read the text (OCR, PDF noise).
    pub repairs: Vec<Repair>,
    /// Problems in the structure (gaps in numbering, unplaced text).
    pub diagnostics: Vec<Diagnostic>,
    /// Lines marking text that is missing from this copy (`[... gap ...]`, `[…]`).
    pub gaps: Vec<Span>,
}

impl Act {
    /// All articles of the body, in order.
    pub fn articles(&self) -> impl Iterator<Item = &Node> {
        // Articles do not nest: descend through chapters, parts and sections only.
        let mut stack: Vec<&Node> = self.body.iter().rev().collect();
        std::iter::from_fn(move || {
            while let Some(n) = stack.pop() {
                if n.kind == NodeKind::Article {
                    return Some(n);
                }
                stack.extend(n.children.iter().rev());
            }
            None
        })
    }

    /// The article numbered `number` (`"41"`, `"5A"`).
    pub fn article(&self, number: &str) -> Option<&Node> {
        self.articles().find(|a| a.number == number)
    }

    /// Parses a loaded source into an act. Front matter, when the source has it, sets the
    /// act's [`Meta`]; otherwise the title block does.
    ///
    /// # Examples
    ///
    /// ```
    /// use perda_law::{Act, Level, NodeKind, Source};
    ///
    /// let text = "PERATURAN DESA SUKAMAJU\nNOMOR 3 TAHUN 2024\nTENTANG\nPEMBERDAYAAN\n\
    ///             Pasal 1\n(1) Pemerintah Desa melakukan pendataan.\n\
    ///             (2) Pendataan sebagaimana dimaksud pada ayat (1) dilakukan setiap tahun.\n";
    /// let act = Act::from_source(&Source::from_text("perdes.txt", text)?)?;
    /// assert_eq!(act.meta.level, Some(Level::Desa));
    /// let pasal = act.article("1").expect("Pasal 1");
    /// assert_eq!(pasal.span.line, 5);
    /// assert!(pasal.children.iter().all(|n| n.kind == NodeKind::Clause));
    /// # Ok::<(), perda_law::Error>(())
    /// ```
    pub fn from_source(src: &Source) -> Result<Act, Error> {
        let mut act = Builder::new(src).run();
        if let Some(fm) = &src.front_matter {
            let meta: Meta = serde_saphyr::from_str(&fm.yaml)
                .map_err(|e| Error::from_yaml(&src.name, fm.first_line as usize, &e))?;
            merge_meta(&mut act.meta, meta);
        }
        Ok(act)
    }
}

fn merge_meta(derived: &mut Meta, fm: Meta) {
    macro_rules! take {
        ($($f:ident),*) => { $( if fm.$f.is_some() { derived.$f = fm.$f; } )* };
    }
    take!(
        id,
        kind,
        level,
        region,
        number,
        year,
        title,
        enacted,
        promulgated,
        gazette,
        supplement,
        text
    );
    derived.amendments = fm.amendments;
    derived.gaps = fm.gaps;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Phase {
    Title,
    Opening,
    Considerations,
    LegalBases,
    Noting,
    Agreement,
    Decision,
    Body,
    Closing,
    ElucidationTitle,
    General,
    ElucidationArticles,
}

/// A piece of a line: a line may hold several units run together (OCR).
struct Piece<'a> {
    text: String,
    line: &'a Line,
}

struct Builder<'s> {
    src: &'s Source,
    act: Act,
    phase: Phase,
    /// Open nodes of the body (or of the current preamble list), outermost first.
    stack: Vec<Node>,
    /// Number of the last article accepted in the current sequence (body or elucidation).
    last_article: Option<String>,
    /// A chapter/part/section whose heading line is still to come.
    awaiting_heading: bool,
    /// Elucidation under construction.
    eluc: Elucidation,
    /// Which signature block of the closing is being read.
    closing_block: Option<bool>,
    /// Detached markers waiting for text (two-column layouts in OCR).
    detached_clauses: Vec<(String, u32)>,
}

impl<'s> Builder<'s> {
    fn new(src: &'s Source) -> Self {
        Builder {
            src,
            act: Act::default(),
            phase: Phase::Title,
            stack: Vec::new(),
            last_article: None,
            awaiting_heading: false,
            eluc: Elucidation::default(),
            closing_block: None,
            detached_clauses: Vec::new(),
        }
    }

    fn run(mut self) -> Act {
        let running_heads = running_heads(&self.src.lines);
        let lines = &self.src.lines;
        let mut idx = 0;
        while let Some(line) = lines.get(idx) {
            idx += 1;
            let raw = line.text.as_str();
            if is_editorial_note(raw) {
                if raw.contains("gap") || raw.contains('…') || raw.contains("...") {
                    self.act.gaps.push(Span::of(line));
                }
                continue;
            }
            if raw.contains("[…]") || raw.contains("[...]") {
                self.act.gaps.push(Span::of(line));
            }
            if repair::is_page_number(raw) || repair::is_furniture(raw) {
                self.repair(line.no, RepairKind::PageNumber, raw, "", Confidence::High);
                continue;
            }
            // A running head is page furniture of the body; the same words in a title
            // block or as a chapter heading are content.
            if running_heads.contains(raw) && self.phase == Phase::Body && !self.awaiting_heading {
                self.repair(
                    line.no,
                    RepairKind::RunningHead,
                    raw,
                    "",
                    Confidence::Medium,
                );
                continue;
            }
            let mut text = repair::clean_line(raw, line.no, &mut self.act.repairs);
            // A catchword at the end of a page is dropped when the next line repeats it.
            if let Some((start, words)) = repair::trailing_catchword(&text) {
                let next = lines.get(idx).map(|l| l.text.as_str()).unwrap_or("");
                if repeats_catchword(&words, next) {
                    self.repair(line.no, RepairKind::Catchword, &words, "", Confidence::High);
                    text = text.get(..start).unwrap_or("").trim_end().to_string();
                    if text.is_empty() {
                        continue;
                    }
                }
            }
            // Hyphenation across lines: "perlin-" + "dungan".
            if let Some(left) = text.strip_suffix('-')
                && let Some(next) = lines.get(idx)
            {
                let first = next.text.split(' ').next().unwrap_or("");
                if left.chars().last().is_some_and(char::is_lowercase)
                    && first.chars().next().is_some_and(char::is_lowercase)
                    && grammar::unit_marker(&next.text, false).is_none()
                {
                    let word = left.rsplit(' ').next().unwrap_or("");
                    let joined = join_word(word, first);
                    self.repair(
                        line.no,
                        RepairKind::Hyphenation,
                        &format!("{word}- {first}"),
                        &joined,
                        Confidence::Medium,
                    );
                    let keep = left.get(..left.len() - word.len()).unwrap_or("");
                    let rest = next.text.get(first.len()..).unwrap_or("").trim_start();
                    text = format!("{keep}{joined} {rest}").trim().to_string();
                    idx += 1;
                }
            }
            for piece in self.split(&text, line) {
                self.piece(piece);
            }
        }
        self.finish()
    }

    fn repair(&mut self, line: u32, kind: RepairKind, from: &str, to: &str, c: Confidence) {
        self.act.repairs.push(Repair {
            line,
            kind,
            from: from.to_string(),
            to: to.to_string(),
            confidence: c,
        });
    }

    /// Splits a line at the units run together in it.
    fn split<'l>(&mut self, text: &str, line: &'l Line) -> Vec<Piece<'l>> {
        let cuts = self.cut_points(text);
        let mut pieces = Vec::new();
        let mut prev = 0;
        for &c in &cuts {
            if let Some(p) = text.get(prev..c) {
                let p = p.trim();
                if !p.is_empty() {
                    pieces.push(Piece {
                        text: p.to_string(),
                        line,
                    });
                }
            }
            prev = c;
        }
        if let Some(p) = text.get(prev..) {
            let p = p.trim();
            if !p.is_empty() {
                pieces.push(Piece {
                    text: p.to_string(),
                    line,
                });
            }
        }
        if pieces.len() > 1 {
            self.repair(
                line.no,
                RepairKind::Split,
                &format!("{} units on one line", pieces.len()),
                "",
                Confidence::Medium,
            );
        }
        pieces
    }

    /// Byte positions in `text` where a new unit starts mid-line.
    fn cut_points(&self, text: &str) -> Vec<usize> {
        let mut cuts = Vec::new();
        let elucidation = self.phase >= Phase::ElucidationTitle;
        let mut expected_article = self.next_article_number();
        let mut expected_point = self.next_point_letter();
        if let Some(m) = grammar::unit_marker(text, elucidation)
            && let Unit::Point(l, _) = &m.unit
        {
            expected_point = next_letter(l);
        }
        // Every word that follows a space (a space is one byte, so the next byte starts a
        // character).
        let word_starts = memchr::memchr_iter(b' ', text.as_bytes())
            .map(|space| space + 1)
            .filter(|&i| {
                text.get(i..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(|c| !c.is_whitespace())
            });
        for pos in word_starts {
            let Some(at) = text.get(pos..) else { continue };
            if !may_start_unit(at) {
                continue;
            }
            // Most words start nothing: reject them before reading their context.
            if grammar::formula(at).is_none()
                && !(!elucidation && expected_point.is_some() && misread_letter(at).is_some())
                && grammar::unit_marker(at, elucidation).is_none()
            {
                continue;
            }
            let before = text.get(..pos).unwrap_or("").trim_end();
            let prev_char = before.chars().last().unwrap_or(' ');
            let prev_word = before.rsplit(' ').next().unwrap_or("");
            let boundary = matches!(prev_char, '.' | ';' | ':');
            let citation = is_citation_word(prev_word);
            // Formulas that start a new block.
            if let Some((f, _)) = grammar::formula(at) {
                let strong = matches!(
                    f,
                    Formula::Considerations
                        | Formula::LegalBases
                        | Formula::Decide
                        | Formula::Enact
                        | Formula::Grace
                        | Formula::Agreement
                        | Formula::Publication
                        | Formula::Enacted
                        | Formula::Promulgated
                ) && at.starts_with(|c: char| c.is_uppercase());
                if strong && !citation && (boundary || f != Formula::Enact) {
                    cuts.push(pos);
                    continue;
                }
            }
            if !elucidation
                && expected_point.is_some()
                && misread_letter(at).is_some()
                && (before.ends_with(';')
                    || (matches!(prev_word, "dan" | "atau" | "dan/atau")
                        && before
                            .get(..before.len() - prev_word.len())
                            .is_some_and(|b| b.trim_end().ends_with(';'))))
            {
                cuts.push(pos);
                expected_point = expected_point.as_deref().and_then(next_letter);
                continue;
            }
            let Some(m) = grammar::unit_marker(at, elucidation) else {
                continue;
            };
            let next_upper =
                m.rest.is_empty() || m.rest.starts_with(|c: char| c.is_uppercase() || c == '(');
            let ok = match &m.unit {
                Unit::Chapter(_) | Unit::Part(..) | Unit::Section(_) => !citation && next_upper,
                Unit::Article(n) => {
                    !citation
                        && heading_rest(m.rest)
                        && (boundary
                            || expected_article.as_deref() == Some(n.as_str())
                            || prev_word
                                .chars()
                                .all(|c| c.is_uppercase() || !c.is_alphabetic()))
                        && self.article_is_new(n)
                }
                Unit::Clause(_) => boundary && next_upper,
                Unit::Point(l, _) => {
                    let after_sep = matches!(prev_char, ';' | ':')
                        || (matches!(prev_word, "dan" | "atau" | "dan/atau")
                            && before
                                .get(..before.len() - prev_word.len())
                                .is_some_and(|b| b.trim_end().ends_with(';')));
                    let expected = expected_point.as_deref() == Some(l.as_str())
                        || (prev_char == ':' && l == "a");
                    // The next letter of the open list, mid-sentence and before a
                    // lower-case word (`standardisasi b. peningkatan`): OCR lost the
                    // line break.
                    let mid_line = expected
                        && !citation
                        && m.rest.starts_with(char::is_lowercase)
                        && !prev_word.ends_with(|c: char| c.is_ascii_digit() || c == '.');
                    // `a. surat c.`: a lone letter ending the line after a word (not
                    // a citation) is apart from the words before it.
                    let line_end = m.rest.is_empty()
                        && !citation
                        && prev_char.is_alphabetic()
                        && at.trim_end().len() <= 3;
                    (after_sep && (expected || !m.rest.is_empty()))
                        || (m.rest.is_empty() && expected && !citation)
                        || mid_line
                        || line_end
                }
                Unit::Item(_, paren) => {
                    boundary && (m.rest.starts_with(char::is_uppercase) || *paren)
                }
                Unit::ElucidationClause(_)
                | Unit::ElucidationPoint(_)
                | Unit::ElucidationItem(_) => boundary,
            };
            if ok {
                cuts.push(pos);
                if let Unit::Article(n) = &m.unit {
                    expected_article = increment(n);
                }
                if let Unit::Point(l, _) = &m.unit {
                    expected_point = next_letter(l);
                }
            }
        }
        cuts
    }

    fn next_article_number(&self) -> Option<String> {
        match &self.last_article {
            Some(n) => increment(n),
            None => Some("1".to_string()),
        }
    }

    fn next_point_letter(&self) -> Option<String> {
        self.stack
            .iter()
            .rev()
            .find(|n| n.kind == NodeKind::Point)
            .and_then(|n| next_letter(&n.number))
    }

    /// Whether an article number continues the sequence (is greater than the last one).
    fn article_is_new(&self, n: &str) -> bool {
        match &self.last_article {
            None => true,
            Some(last) => article_key(n) > article_key(last),
        }
    }

    fn piece(&mut self, piece: Piece<'_>) {
        let text = piece.text.as_str();
        let span = Span::of(piece.line);
        // Formulas switch phases.
        if let Some((f, rest)) = grammar::formula(text)
            && self.formula(f, rest, text, span)
        {
            return;
        }
        match self.phase {
            Phase::Title => self.title_line(text, span),
            Phase::Opening => {
                if self.act.preamble.office.is_none() {
                    self.act.preamble.office = Some(para(text, span));
                } else {
                    self.act.preamble.title.push(para(text, span));
                }
            }
            Phase::Considerations | Phase::LegalBases | Phase::Noting => {
                self.preamble_list_line(text, span, piece.line);
            }
            Phase::Agreement => {
                if grammar::unit_marker(text, false)
                    .is_some_and(|m| matches!(m.unit, Unit::Chapter(_) | Unit::Article(_)))
                {
                    self.enter_body();
                    self.body_line(text, span, piece.line);
                } else {
                    self.act.preamble.agreement.push(para(text, span));
                }
            }
            Phase::Decision => {
                if grammar::unit_marker(text, false)
                    .is_some_and(|m| matches!(m.unit, Unit::Chapter(_) | Unit::Article(_)))
                {
                    self.enter_body();
                    self.body_line(text, span, piece.line);
                } else {
                    self.act.preamble.decision.push(para(text, span));
                }
            }
            Phase::Body => self.body_line(text, span, piece.line),
            Phase::Closing => self.closing_line(text, span),
            Phase::ElucidationTitle => self.eluc.title.push(para(text, span)),
            Phase::General => self.eluc.general.push(para(text, span)),
            Phase::ElucidationArticles => self.elucidation_line(text, span),
        }
    }

    /// Handles a formula; returns false when it is not one in this context.
    fn formula(&mut self, f: Formula, rest: &str, text: &str, span: Span) -> bool {
        let in_body_or_later = self.phase >= Phase::Body;
        match f {
            Formula::Grace if self.phase <= Phase::Opening => {
                self.act.preamble.grace = Some(para(text, span));
                self.phase = Phase::Opening;
            }
            Formula::Considerations if !in_body_or_later => {
                self.close_preamble_list();
                self.phase = Phase::Considerations;
                if !rest.is_empty() {
                    self.preamble_list_text(rest, span);
                }
            }
            Formula::LegalBases if !in_body_or_later => {
                self.close_preamble_list();
                self.phase = Phase::LegalBases;
                if !rest.is_empty() {
                    self.preamble_list_text(rest, span);
                }
            }
            Formula::Noting if !in_body_or_later => {
                self.close_preamble_list();
                self.phase = Phase::Noting;
                if !rest.is_empty() {
                    self.preamble_list_text(rest, span);
                }
            }
            Formula::Agreement if !in_body_or_later => {
                self.close_preamble_list();
                self.phase = Phase::Agreement;
                self.act.preamble.agreement.push(para(text, span));
            }
            Formula::Decide | Formula::Enact if !in_body_or_later => {
                self.close_preamble_list();
                self.phase = Phase::Decision;
                self.act.preamble.decision.push(para(text, span));
            }
            Formula::Publication | Formula::Enacted
                if self.phase >= Phase::Title && self.phase <= Phase::Closing =>
            {
                if self.phase != Phase::Closing {
                    self.close_body();
                    self.phase = Phase::Closing;
                }
                self.closing_line(text, span);
            }
            Formula::Promulgated | Formula::Gazette | Formula::Noreg
                if self.phase == Phase::Closing || self.phase == Phase::Body =>
            {
                if self.phase != Phase::Closing {
                    self.close_body();
                    self.phase = Phase::Closing;
                }
                self.closing_line(text, span);
            }
            Formula::Elucidation
                if self.phase >= Phase::Body && self.phase < Phase::ElucidationTitle =>
            {
                self.close_body();
                self.phase = Phase::ElucidationTitle;
                self.last_article = None;
                if !rest.is_empty() {
                    self.eluc.title.push(para(rest, span));
                }
            }
            Formula::General if self.phase == Phase::ElucidationTitle => {
                self.phase = Phase::General;
            }
            Formula::ArticleByArticle if self.phase >= Phase::ElucidationTitle => {
                self.phase = Phase::ElucidationArticles;
            }
            Formula::Supplement if self.phase >= Phase::ElucidationTitle => {
                self.close_body();
                self.eluc.supplement = Some(para(text, span));
            }
            _ => return false,
        }
        true
    }

    fn title_line(&mut self, text: &str, span: Span) {
        // A body unit before any opening: a fragment or a draft without a preamble.
        if let Some(m) = grammar::unit_marker(text, false)
            && matches!(m.unit, Unit::Chapter(_) | Unit::Article(_))
        {
            self.enter_body();
            self.body_line(
                text,
                span,
                &Line {
                    no: span.line,
                    range: span.start..span.end,
                    text: text.to_string(),
                    text_start: span.start,
                    heading: false,
                },
            );
            return;
        }
        let upper = text.to_uppercase();
        let is_kind = kind_of(&upper).is_some() || upper.trim() == "RANCANGAN";
        if self.act.preamble.title.is_empty() && !is_kind {
            self.act.preamble.issuer.push(para(text, span));
        } else {
            self.act.preamble.title.push(para(text, span));
        }
    }

    fn close_preamble_list(&mut self) {
        let nodes: Vec<Node> = std::mem::take(&mut self.stack);
        let Some(top) = close_stack(nodes) else {
            return;
        };
        match self.phase {
            Phase::Considerations => self.act.preamble.considerations.extend(top),
            Phase::LegalBases => self.act.preamble.legal_bases.extend(top),
            Phase::Noting => self.act.preamble.noting.extend(top),
            _ => {}
        }
    }

    fn preamble_list_text(&mut self, text: &str, span: Span) {
        let line = Line {
            no: span.line,
            range: span.start..span.end,
            text: text.to_string(),
            text_start: span.start,
            heading: false,
        };
        for p in self.split(text, &line) {
            let t = p.text.clone();
            self.preamble_list_line(&t, span, &line);
        }
    }

    fn preamble_list_line(&mut self, text: &str, span: Span, _line: &Line) {
        // A body unit here means the diktum was lost (OCR): enter the body.
        if let Some(m) = grammar::unit_marker(text, false) {
            if self.continues_reference(&m.unit)
                && let Some(last) = self.stack.last_mut()
            {
                last.append_text(text, span);
                return;
            }
            match &m.unit {
                Unit::Article(_) if !heading_rest(m.rest) => {}
                Unit::Chapter(_) | Unit::Article(_) => {
                    self.close_preamble_list();
                    self.enter_body();
                    self.body_line(text, span, _line);
                    return;
                }
                Unit::Point(..) | Unit::Item(..) | Unit::Clause(_) => {
                    self.open_list_node(&m, span);
                    return;
                }
                _ => {}
            }
        }
        if let Some(last) = self.stack.last_mut() {
            last.append_text(text, span);
        } else {
            // Text before the first point: keep it as an unnumbered point.
            let mut n = Node::new(NodeKind::Point, String::new(), String::new(), span);
            n.text = text.to_string();
            self.stack.push(n);
        }
    }

    fn enter_body(&mut self) {
        self.phase = Phase::Body;
    }

    /// Opens a clause, point or item node, nesting by marker style.
    fn open_list_node(&mut self, m: &grammar::Marker<'_>, span: Span) {
        let (kind, number, marker) = match &m.unit {
            Unit::Clause(n) => (NodeKind::Clause, n.clone(), format!("({n})")),
            Unit::Point(l, paren) => (
                NodeKind::Point,
                l.clone(),
                if *paren {
                    format!("{l})")
                } else {
                    format!("{l}.")
                },
            ),
            Unit::Item(n, paren) => (
                NodeKind::Item,
                n.clone(),
                if *paren {
                    format!("{n})")
                } else {
                    format!("{n}.")
                },
            ),
            _ => return,
        };
        if let Some(written) = &m.repaired {
            self.repair(
                span.line,
                RepairKind::OcrMarker,
                written,
                &marker,
                Confidence::Medium,
            );
        }
        let style = marker_style(&marker);
        // A sibling closes everything down to the open node of the same style.
        if let Some(pos) = self
            .stack
            .iter()
            .rposition(|n| !n.marker.is_empty() && marker_style(&n.marker) == style)
        {
            self.pop_to(pos);
        } else if kind == NodeKind::Clause {
            // A clause closes any open list inside the article.
            if let Some(pos) = self.stack.iter().rposition(|n| n.kind <= NodeKind::Article) {
                self.pop_to(pos + 1);
            }
        }
        let mut node = Node::new(kind, number, marker, span);
        node.text = m.rest.to_string();
        self.stack.push(node);
    }

    /// Closes open nodes until the stack has `len` nodes.
    fn pop_to(&mut self, len: usize) {
        while self.stack.len() > len {
            self.pop();
        }
    }

    fn pop(&mut self) {
        let Some(mut node) = self.stack.pop() else {
            return;
        };
        node.ending = enumeration_ending(&node.text);
        match self.stack.last_mut() {
            Some(parent) => {
                parent.span.extend(node.span);
                parent.children.push(node);
            }
            None => self.emit_top(node),
        }
    }

    fn emit_top(&mut self, node: Node) {
        match self.phase {
            Phase::Considerations => self.act.preamble.considerations.push(node),
            Phase::LegalBases => self.act.preamble.legal_bases.push(node),
            Phase::Noting => self.act.preamble.noting.push(node),
            Phase::ElucidationArticles | Phase::General | Phase::ElucidationTitle => {
                self.eluc.articles.push(node);
            }
            _ => self.act.body.push(node),
        }
    }

    fn close_body(&mut self) {
        self.flush_detached();
        self.pop_to(0);
    }

    /// Closes structural nodes of rank `>= kind`.
    fn close_from(&mut self, kind: NodeKind) {
        if kind <= NodeKind::Article {
            self.flush_detached();
        }
        while self.stack.last().is_some_and(|n| n.kind >= kind) {
            self.pop();
        }
    }

    fn body_line(&mut self, text: &str, span: Span, line: &Line) {
        let mut marker = grammar::unit_marker(text, false);
        // `f. ...; dan C. tugas lain`: a capital read for the next letter of an open list
        // whose last point ends with `;` (or `; dan`).
        if marker.is_none() {
            let expected = self.next_point_letter();
            let open_continues = self.stack.last().is_some_and(|x| {
                x.kind == NodeKind::Point
                    && x.marker.ends_with('.')
                    && (x.text.ends_with(';')
                        || x.text.ends_with("; dan")
                        || x.text.ends_with("; atau")
                        || x.text.ends_with("; dan/atau"))
            });
            if let (Some(exp), Some((written, rest)), true) =
                (expected, misread_letter(text), open_continues)
            {
                self.repair(
                    span.line,
                    RepairKind::OcrMarker,
                    written,
                    &format!("{exp}."),
                    Confidence::Low,
                );
                marker = Some(grammar::Marker {
                    unit: Unit::Point(exp, false),
                    rest,
                    repaired: None,
                });
            }
        }
        let Some(m) = marker else {
            self.body_text(text, span);
            return;
        };
        if self.continues_reference(&m.unit) {
            self.body_text(text, span);
            return;
        }
        match m.unit.clone() {
            Unit::Chapter(n) => {
                if let Some(ch) = self.stack.iter_mut().find(|x| x.kind == NodeKind::Chapter)
                    && ch.number == n
                {
                    // Repeated across a page break.
                    if ch.heading.is_none() && !m.rest.is_empty() {
                        ch.heading = Some(m.rest.to_string());
                    }
                    self.repair(
                        span.line,
                        RepairKind::DuplicateHeading,
                        text,
                        "",
                        Confidence::High,
                    );
                    return;
                }
                self.close_from(NodeKind::Chapter);
                let mut node = Node::new(NodeKind::Chapter, n, String::new(), span);
                self.awaiting_heading = m.rest.is_empty();
                if !m.rest.is_empty() {
                    node.heading = Some(m.rest.to_string());
                }
                self.stack.push(node);
            }
            Unit::Part(v, w) => {
                if let Some(p) = self.stack.iter().find(|x| x.kind == NodeKind::Part)
                    && p.number == v.to_string()
                {
                    self.repair(
                        span.line,
                        RepairKind::DuplicateHeading,
                        text,
                        "",
                        Confidence::High,
                    );
                    return;
                }
                self.close_from(NodeKind::Part);
                let mut node = Node::new(NodeKind::Part, v.to_string(), String::new(), span);
                node.marker = String::new();
                let _ = w;
                self.awaiting_heading = m.rest.is_empty();
                if !m.rest.is_empty() {
                    node.heading = Some(m.rest.to_string());
                }
                self.stack.push(node);
            }
            Unit::Section(n) => {
                if let Some(p) = self.stack.iter().find(|x| x.kind == NodeKind::Section)
                    && p.number == n
                {
                    self.repair(
                        span.line,
                        RepairKind::DuplicateHeading,
                        text,
                        "",
                        Confidence::High,
                    );
                    if !m.rest.is_empty() {
                        self.body_text(m.rest, span);
                    }
                    return;
                }
                self.close_from(NodeKind::Section);
                let mut node = Node::new(NodeKind::Section, n, String::new(), span);
                self.awaiting_heading = m.rest.is_empty();
                if !m.rest.is_empty() {
                    node.heading = Some(m.rest.to_string());
                }
                self.stack.push(node);
            }
            Unit::Article(n) => {
                let heading_like = heading_rest(m.rest);
                if !heading_like {
                    self.body_text(text, span);
                    return;
                }
                if self.last_article.as_deref() == Some(n.as_str()) {
                    // The same article again (page break): continue it.
                    self.repair(
                        span.line,
                        RepairKind::DuplicateHeading,
                        &format!("Pasal {n}"),
                        "",
                        Confidence::High,
                    );
                    if !m.rest.is_empty() {
                        self.reopen_last_article();
                        self.body_piece_rest(m.rest, span, line);
                    }
                    return;
                }
                if !self.article_is_new(&n) {
                    // A lower number at a line start is a citation, not a heading.
                    self.body_text(text, span);
                    return;
                }
                if let Some(written) = &m.repaired {
                    self.repair(
                        span.line,
                        RepairKind::OcrMarker,
                        written,
                        &format!("Pasal {n}"),
                        Confidence::Medium,
                    );
                }
                if let Some(expected) = self.next_article_number()
                    && expected != n
                    && !n.ends_with(char::is_alphabetic)
                {
                    self.act.diagnostics.push(Diagnostic {
                        line: span.line,
                        message: format!(
                            "Pasal {n} follows Pasal {}: numbering skips",
                            self.last_article.as_deref().unwrap_or("0")
                        ),
                    });
                }
                self.close_from(NodeKind::Article);
                self.awaiting_heading = false;
                self.last_article = Some(n.clone());
                self.stack
                    .push(Node::new(NodeKind::Article, n, String::new(), span));
                if !m.rest.is_empty() {
                    self.body_piece_rest(m.rest, span, line);
                }
            }
            Unit::Clause(_) | Unit::Point(..) | Unit::Item(..) => {
                if !self.stack.iter().any(|n| n.kind == NodeKind::Article) {
                    self.body_text(text, span);
                    return;
                }
                // Markers with no text, several on a line: detached (two-column OCR).
                if let Unit::Clause(n) = &m.unit {
                    let next_is_clause = grammar::unit_marker(m.rest, false)
                        .is_some_and(|mm| matches!(mm.unit, Unit::Clause(_)));
                    if !m.rest.is_empty() && is_column_debris(m.rest) {
                        // `(2) Bagian. a, b.`: a marker beside a heading word and letters
                        // of the other column, no words of its own.
                        self.detached_clauses.push((n.clone(), span.line));
                        self.repair(
                            span.line,
                            RepairKind::DetachedMarkers,
                            &format!("({n})"),
                            "",
                            Confidence::Low,
                        );
                        // The debris stays where it was read, without closing a list.
                        if let Some(top) = self.stack.last_mut() {
                            top.append_text(m.rest, span);
                        }
                        return;
                    }
                    if next_is_clause && !all_clause_markers(m.rest) {
                        // `(3) (4) Bagian`: a column of markers, then stray words of the
                        // other column; the words stay as text.
                        self.detached_clauses.push((n.clone(), span.line));
                        let mut rest = m.rest;
                        while let Some(mm) = grammar::unit_marker(rest, false) {
                            let Unit::Clause(k) = &mm.unit else { break };
                            self.detached_clauses.push((k.clone(), span.line));
                            rest = mm.rest;
                        }
                        self.repair(
                            span.line,
                            RepairKind::DetachedMarkers,
                            text.get(..text.len() - rest.len()).unwrap_or("").trim(),
                            "",
                            Confidence::Medium,
                        );
                        // The words after the markers may hold units run together.
                        for piece in self.split(rest, line) {
                            self.piece(piece);
                        }
                        return;
                    }
                    if m.rest.is_empty() || all_clause_markers(m.rest) {
                        self.detached_clauses.push((n.clone(), span.line));
                        let mut rest = m.rest;
                        while let Some(mm) = grammar::unit_marker(rest, false) {
                            if let Unit::Clause(k) = &mm.unit {
                                self.detached_clauses.push((k.clone(), span.line));
                            }
                            rest = mm.rest;
                        }
                        return;
                    }
                }
                let m = self.fix_point_sequence(m, span);
                // A letter going back in an open list (`d.` then `c.`) is a stray letter of
                // the other column: its words continue the open point.
                if let Unit::Point(l, false) = &m.unit {
                    let open = self
                        .stack
                        .iter()
                        .rposition(|x| x.kind == NodeKind::Point && x.marker.ends_with('.'));
                    if let Some(pos) = open {
                        let cur = self.stack.get(pos).map(|x| x.number.clone());
                        let back = l != "a"
                            && cur.is_some_and(|c| c.len() == l.len() && l.as_str() <= c.as_str());
                        let empty = self.stack.get(pos).is_some_and(|x| {
                            x.text.is_empty() && x.children.is_empty() && x.tail.is_none()
                        });
                        let fills_gap = pos
                            .checked_sub(1)
                            .and_then(|p| self.stack.get(p))
                            .and_then(|parent| parent.children.last())
                            .filter(|prev| prev.kind == NodeKind::Point)
                            .and_then(|prev| next_letter(&prev.number))
                            .is_some_and(|n| n == *l);
                        if back && empty && fills_gap && pos + 1 == self.stack.len() {
                            // `e.` alone, then `d. text`: the lone letter was the stray one
                            // (it has no words); the list goes on from the new letter.
                            let stray = self.stack.pop().map(|x| x.marker).unwrap_or_default();
                            self.repair(
                                span.line,
                                RepairKind::StrayMark,
                                &stray,
                                "",
                                Confidence::Low,
                            );
                        } else if back {
                            self.repair(
                                span.line,
                                RepairKind::StrayMark,
                                &format!("{l}."),
                                "",
                                Confidence::Low,
                            );
                            self.pop_to(pos + 1);
                            if !m.rest.is_empty()
                                && let Some(p) = self.stack.last_mut()
                            {
                                p.append_text(m.rest, span);
                            }
                            return;
                        }
                    }
                }
                self.awaiting_heading = false;
                let mut owned = String::new();
                if let Unit::Point(l, false) = &m.unit {
                    // A lone letter after a list closed by a full stop has no text of its
                    // own: a letter of the other column, not a new point.
                    let closed = self.stack.last().is_some_and(|x| {
                        x.kind == NodeKind::Point && x.children.is_empty() && x.text.ends_with('.')
                    });
                    // A letter ahead of the open list (`c.` after `a.`) with no words, or
                    // with words that go on from an unfinished point (`a. surat` ...
                    // `d. menikah ...`), is a stray letter of the other column.
                    let open_point = self
                        .stack
                        .last()
                        .filter(|x| x.kind == NodeKind::Point && x.marker.ends_with('.'));
                    let ahead = open_point
                        .and_then(|x| next_letter(&x.number))
                        .is_some_and(|e| e.len() == l.len() && e.as_str() < l.as_str());
                    let unfinished = open_point.is_some_and(|x| {
                        x.children.is_empty()
                            && x.text.ends_with(char::is_alphanumeric)
                            && m.rest.starts_with(char::is_lowercase)
                    });
                    if ahead && (m.rest.is_empty() || unfinished) {
                        self.repair(
                            span.line,
                            RepairKind::StrayMark,
                            &format!("{l}."),
                            "",
                            Confidence::Low,
                        );
                        if let Some(p) = self.stack.last_mut()
                            && !m.rest.is_empty()
                        {
                            p.append_text(m.rest, span);
                        }
                        return;
                    }
                    if closed && m.rest.is_empty() && l != "a" {
                        self.repair(
                            span.line,
                            RepairKind::StrayMark,
                            &format!("{l}."),
                            "",
                            Confidence::Low,
                        );
                        return;
                    }
                    if let Some(last) = self.fill_skipped_letters(l, m.rest, span) {
                        owned = last;
                    }
                }
                let m = if owned.is_empty() {
                    m
                } else {
                    grammar::Marker {
                        unit: m.unit.clone(),
                        rest: owned.as_str(),
                        repaired: m.repaired.clone(),
                    }
                };
                self.open_list_node(&m, span);
            }
            Unit::ElucidationClause(_) | Unit::ElucidationPoint(_) | Unit::ElucidationItem(_) => {
                self.body_text(text, span);
            }
        }
    }

    /// A point letter that skips letters (`b.` then `e.`): OCR dropped the markers of the
    /// points between, whose phrases ran into the text before. When that text splits at
    /// `;` into exactly the missing phrases, they become the missing points. Returns the
    /// new text of the incoming point when its own text held the missing phrases.
    fn fill_skipped_letters(&mut self, l: &str, rest: &str, span: Span) -> Option<String> {
        let open = self
            .stack
            .iter()
            .rposition(|x| x.kind == NodeKind::Point && x.marker.ends_with('.'));
        let first = match open {
            Some(pos) => next_letter(&self.stack.get(pos)?.number)?,
            None => "a".to_string(),
        };
        let mut missing = Vec::new();
        let mut x = first;
        while x.as_str() < l && x.len() == l.len() && missing.len() < 26 {
            missing.push(x.clone());
            x = next_letter(&x)?;
        }
        if missing.is_empty() || x != l {
            return None;
        }
        let k = missing.len();
        let parent_pos = match open {
            Some(pos) => {
                let point = self.stack.get(pos)?;
                let phrases = phrases(&point.text);
                if !point.children.is_empty() || phrases.len() != k + 1 {
                    return None;
                }
                self.pop_to(pos + 1);
                if let Some(p) = self.stack.last_mut() {
                    p.text = phrases.first().cloned().unwrap_or_default();
                }
                self.pop_to(pos);
                self.push_points(&missing, phrases.get(1..).unwrap_or(&[]), span);
                return None;
            }
            None => self
                .stack
                .iter()
                .rposition(|n| n.kind <= NodeKind::Clause)?,
        };
        self.pop_to(parent_pos + 1);
        let parent = self.stack.last_mut()?;
        if parent.kind < NodeKind::Article
            || parent.children.iter().any(|c| c.kind == NodeKind::Point)
        {
            return None;
        }
        let colon = parent.text.rfind(':')?;
        let lead = parent
            .text
            .get(colon + 1..)
            .unwrap_or("")
            .trim()
            .to_string();
        if !lead.is_empty() {
            let found = phrases(&lead);
            if found.len() != k {
                return None;
            }
            parent.text.truncate(colon + 1);
            self.push_points(&missing, &found, span);
            return None;
        }
        let own = phrases(rest);
        if own.len() != k + 1 {
            return None;
        }
        self.push_points(&missing, own.get(..k).unwrap_or(&[]), span);
        own.last().cloned()
    }

    /// Adds closed points with the given letters and texts to the open node.
    fn push_points(&mut self, letters: &[String], texts: &[String], span: Span) {
        for (l, t) in letters.iter().zip(texts) {
            let mut node = Node::new(NodeKind::Point, l.clone(), format!("{l}."), span);
            node.text = t.clone();
            if let Some(parent) = self.stack.last_mut() {
                parent.children.push(node);
            }
        }
        if let (Some(a), Some(b)) = (letters.first(), letters.last()) {
            self.repair(
                span.line,
                RepairKind::InferredMarker,
                &format!("{} phrases without point letters", letters.len()),
                &format!("{a}. to {b}. by `;`"),
                Confidence::Low,
            );
        }
    }

    /// The text after an article heading on the same line may start with a clause.
    fn body_piece_rest(&mut self, rest: &str, span: Span, line: &Line) {
        if grammar::unit_marker(rest, false)
            .is_some_and(|m| matches!(m.unit, Unit::Clause(_) | Unit::Point(..) | Unit::Item(..)))
        {
            self.body_line(rest, span, line);
        } else {
            self.body_text(rest, span);
        }
    }

    /// In a list of letters, OCR reads `l.` as `1.` and `i.` as `1.`: repair from the
    /// sequence.
    fn fix_point_sequence<'m>(
        &mut self,
        m: grammar::Marker<'m>,
        span: Span,
    ) -> grammar::Marker<'m> {
        if let Unit::Item(n, false) = &m.unit {
            let open_point = self
                .stack
                .last()
                .filter(|x| x.kind == NodeKind::Point && x.marker.ends_with('.'));
            if let Some(p) = open_point
                && n == "1"
                && matches!(p.number.as_str(), "h" | "k")
            {
                let letter = if p.number == "h" { "i" } else { "l" };
                self.repair(
                    span.line,
                    RepairKind::OcrMarker,
                    "1.",
                    &format!("{letter}."),
                    Confidence::Medium,
                );
                return grammar::Marker {
                    unit: Unit::Point(letter.to_string(), false),
                    rest: m.rest,
                    repaired: None,
                };
            }
        }
        m
    }

    fn reopen_last_article(&mut self) {
        if self.stack.iter().any(|n| n.kind == NodeKind::Article) {
            return;
        }
        // The article was closed (a heading came between): reopen it by moving it back
        // onto the stack only if it is the very last node of the body.
        fn last_article(nodes: &mut Vec<Node>) -> Option<Node> {
            let last = nodes.last_mut()?;
            if last.kind == NodeKind::Article {
                return nodes.pop();
            }
            if last.children.is_empty() {
                return None;
            }
            last_article(&mut last.children)
        }
        let found = match self.stack.last_mut() {
            Some(top) => last_article(&mut top.children),
            None => last_article(&mut self.act.body),
        };
        if let Some(a) = found {
            self.stack.push(a);
        }
    }

    fn body_text(&mut self, text: &str, span: Span) {
        if self.awaiting_heading {
            if let Some(top) = self.stack.last_mut()
                && matches!(
                    top.kind,
                    NodeKind::Chapter | NodeKind::Part | NodeKind::Section
                )
                && top.heading.is_none()
            {
                top.heading = Some(text.to_string());
                top.span.extend(span);
                self.awaiting_heading = false;
                return;
            }
            self.awaiting_heading = false;
        }
        let closes_list = self.stack.last().is_some_and(|top| {
            matches!(top.kind, NodeKind::Point | NodeKind::Item)
                && top.children.is_empty()
                && top.text.ends_with('.')
                && text.starts_with(char::is_uppercase)
        });
        // After the last point of an enumeration ends with a full stop, a new sentence
        // belongs to the enclosing unit.
        if closes_list {
            let pos = self
                .stack
                .iter()
                .rposition(|n| matches!(n.kind, NodeKind::Article | NodeKind::Clause));
            if let Some(pos) = pos {
                self.pop_to(pos + 1);
                if let Some(parent) = self.stack.last_mut() {
                    parent.append_text(text, span);
                }
                return;
            }
        }
        match self.stack.last_mut() {
            Some(top) if top.kind >= NodeKind::Article => {
                top.append_text(text, span);
            }
            Some(top) => {
                if top.heading.is_none() {
                    top.heading = Some(text.to_string());
                } else if let Some(h) = top.heading.as_mut() {
                    h.push(' ');
                    h.push_str(text);
                }
                top.span.extend(span);
            }
            None => self.act.diagnostics.push(Diagnostic {
                line: span.line,
                message: format!("text outside any article: {}", truncate(text, 60)),
            }),
        }
    }

    /// Re-attaches detached clause markers to an article that has none, by splitting its
    /// text into sentences (two-column OCR layouts separate `(1) (2)` from their text).
    ///
    /// Without usable detached markers, an article whose own text cites `pada ayat (n)`
    /// (in Indonesian drafting, a reference to a clause of the same article) has clauses
    /// whose markers were lost: its top-level sentences are taken as its clauses when the
    /// citations agree (a sentence never cites its own or a later clause).
    fn flush_detached(&mut self) {
        let markers = std::mem::take(&mut self.detached_clauses);
        let Some(pos) = self.stack.iter().rposition(|n| n.kind == NodeKind::Article) else {
            return;
        };
        self.pop_to(pos + 1);
        let Some(article) = self.stack.last_mut() else {
            return;
        };
        if article.children.iter().any(|c| c.kind == NodeKind::Clause) {
            let (first, last) = (article.span.line, article.span.end_line);
            let damaged = self
                .act
                .repairs
                .iter()
                .any(|r| r.line >= first && r.line <= last);
            if !damaged {
                return;
            }
            if let Some(clauses) = clauses_by_sentence(article) {
                let count = clauses.len();
                article.text.clear();
                article.tail = None;
                article.children = clauses;
                self.repair(
                    first,
                    RepairKind::InferredMarker,
                    "sentences without ayat markers beside numbered ayat",
                    &format!("ayat (1) to ({count}), one sentence each"),
                    Confidence::Low,
                );
            }
            return;
        }
        let mut numbers: Vec<String> = Vec::new();
        for (n, _) in &markers {
            if !numbers.contains(n) {
                numbers.push(n.clone());
            }
        }
        let sequential = numbers
            .iter()
            .enumerate()
            .all(|(i, n)| *n == (i + 1).to_string());
        let units = sentence_units(article);
        let detached_fit = sequential && numbers.len() >= 2 && units.len() == numbers.len();
        // Fewer detached markers than sentences (the rest of the column lost): the
        // markers still show that the article has clauses.
        let partial = !detached_fit
            && sequential
            && !numbers.is_empty()
            && units.len() > numbers.len()
            && units.len() >= 2
            && citations_agree_or_none(&units);
        // Two lists each with its own lead-in (`...meliputi: a. b. ... yaitu: a. b.`) can
        // only be two clauses of the article.
        let lists = units
            .iter()
            .filter(|u| u.0.ends_with(':') && !u.1.is_empty())
            .count();
        let cited = !detached_fit
            && !partial
            && units.len() >= 2
            && (citations_agree(&units) || (lists >= 2 && citations_agree_or_none(&units)));
        let detached_fit = detached_fit || partial;
        if !detached_fit && !cited {
            return;
        }
        let line = markers.first().map_or(article.span.line, |m| m.1);
        let count = units.len();
        let mut clauses = Vec::new();
        for (i, (text, children, span)) in units.into_iter().enumerate() {
            let num = (i + 1).to_string();
            let mut c = Node::new(NodeKind::Clause, num.clone(), format!("({num})"), span);
            c.text = text;
            c.children = children;
            clauses.push(c);
        }
        article.text.clear();
        article.tail = None;
        article.children = clauses;
        let from = if detached_fit {
            format!("{count} ayat markers apart from their text")
        } else {
            format!("ayat markers lost; the article cites its own ayat ({count} sentences)")
        };
        self.repair(
            line,
            RepairKind::DetachedMarkers,
            &from,
            &format!("ayat (1) to ({count}) assigned by sentence"),
            Confidence::Low,
        );
    }

    /// Whether a marker at the start of a line is the rest of a reference that a line
    /// break cut (`... sebagaimana dimaksud pada ayat` / `(1) melalui mediasi ...`, `...
    /// dalam huruf a, huruf b, dan huruf` / `c, perlu membentuk ...`): the open unit's
    /// text ends with the word that names that kind of unit.
    fn continues_reference(&self, unit: &Unit) -> bool {
        let Some(open) = self.stack.last() else {
            return false;
        };
        let text = if open.children.is_empty() {
            open.text.as_str()
        } else {
            open.tail.as_deref().unwrap_or("")
        };
        let last = text
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .to_lowercase();
        match unit {
            Unit::Clause(_) => last == "ayat",
            Unit::Point(..) => last == "huruf",
            Unit::Item(..) => last == "angka",
            _ => false,
        }
    }

    fn closing_line(&mut self, text: &str, span: Span) {
        let p = para(text, span);
        self.act.closing.lines.push(p.clone());
        let upper = text.to_uppercase();
        if upper.starts_with("AGAR SETIAP ORANG") {
            self.act.closing.publication = Some(p);
            return;
        }
        let formula = grammar::formula(text);
        // The promulgation order broken over lines (a PDF's line ends): continue it until
        // its final period.
        if formula.is_none()
            && self.closing_block.is_none()
            && let Some(pubn) = self.act.closing.publication.as_mut()
            && !pubn.text.trim_end().ends_with('.')
        {
            pubn.text.push(' ');
            pubn.text.push_str(text.trim());
            pubn.span.extend(span);
            return;
        }
        if let Some((f, _)) = formula {
            match f {
                Formula::Enacted => {
                    self.closing_block = Some(true);
                    let place = text.split_once(" di ").map(|x| x.1.trim().to_string());
                    self.act.closing.enacted = Some(Signature {
                        place,
                        span,
                        ..Signature::default()
                    });
                    return;
                }
                Formula::Promulgated => {
                    self.closing_block = Some(false);
                    let place = text.split_once(" di ").map(|x| x.1.trim().to_string());
                    self.act.closing.promulgated = Some(Signature {
                        place,
                        span,
                        ..Signature::default()
                    });
                    return;
                }
                Formula::Gazette => {
                    self.act.closing.gazette = Some(p);
                    if self.act.meta.gazette.is_none() {
                        self.act.meta.gazette = Some(text.to_string());
                    }
                    return;
                }
                Formula::Noreg => {
                    self.act.closing.noreg = Some(p);
                    return;
                }
                _ => {}
            }
        }
        let sig = match self.closing_block {
            Some(true) => self.act.closing.enacted.as_mut(),
            Some(false) => self.act.closing.promulgated.as_mut(),
            None => None,
        };
        let Some(sig) = sig else { return };
        sig.span.extend(span);
        let lower = text.to_lowercase();
        if let Some(date) = lower.strip_prefix("pada tanggal") {
            let date = text.get(text.len() - date.len()..).unwrap_or("").trim();
            sig.date = Some(date.to_string());
        } else if lower == "ttd." || lower == "ttd" || lower.starts_with("cap/ttd") {
        } else if text.ends_with(',') && sig.office.is_none() {
            sig.office = Some(text.to_string());
        } else if sig.office.is_some() && sig.name.is_none() {
            if sig.office.as_deref().is_some_and(|o| !o.ends_with(',')) {
                // Office over two lines ("MENTERI ... / REPUBLIK INDONESIA,").
                if let Some(o) = sig.office.as_mut() {
                    o.push(' ');
                    o.push_str(text);
                }
            } else {
                sig.name = Some(text.to_string());
            }
        } else if sig.office.is_none() {
            sig.office = Some(text.to_string());
        }
    }

    fn elucidation_line(&mut self, text: &str, span: Span) {
        let Some(m) = grammar::unit_marker(text, true) else {
            match self.stack.last_mut() {
                Some(top) => top.append_text(text, span),
                None => self.eluc.general.push(para(text, span)),
            }
            return;
        };
        match m.unit {
            Unit::Article(n) => {
                if self.last_article.as_deref() == Some(n.as_str()) {
                    self.repair(
                        span.line,
                        RepairKind::DuplicateHeading,
                        text,
                        "",
                        Confidence::High,
                    );
                    return;
                }
                // `Pasal 41 huruf e Undang-Undang tersebut ...` at a line start is a
                // citation a line break put there, not the next article's heading.
                if !self.article_is_new(&n) || continues_citation(m.rest) {
                    if let Some(top) = self.stack.last_mut() {
                        top.append_text(text, span);
                    }
                    return;
                }
                self.pop_to(0);
                self.last_article = Some(n.clone());
                let mut node = Node::new(NodeKind::Article, n, String::new(), span);
                node.text = m.rest.to_string();
                self.stack.push(node);
            }
            Unit::ElucidationClause(n) => {
                self.eluc_child(
                    NodeKind::Clause,
                    n.clone(),
                    format!("Ayat ({n})"),
                    m.rest,
                    span,
                );
            }
            Unit::ElucidationPoint(l) => {
                self.eluc_child(
                    NodeKind::Point,
                    l.clone(),
                    format!("Huruf {l}"),
                    m.rest,
                    span,
                );
            }
            Unit::ElucidationItem(n) => {
                self.eluc_child(
                    NodeKind::Item,
                    n.clone(),
                    format!("Angka {n}"),
                    m.rest,
                    span,
                );
            }
            _ => {
                if let Some(top) = self.stack.last_mut() {
                    top.append_text(text, span);
                }
            }
        }
    }

    fn eluc_child(
        &mut self,
        kind: NodeKind,
        number: String,
        marker: String,
        rest: &str,
        span: Span,
    ) {
        if self.stack.is_empty() {
            return;
        }
        while self.stack.last().is_some_and(|n| n.kind >= kind) {
            self.pop();
        }
        let mut node = Node::new(kind, number, marker, span);
        node.text = rest.to_string();
        self.stack.push(node);
    }

    fn finish(mut self) -> Act {
        match self.phase {
            Phase::Considerations | Phase::LegalBases | Phase::Noting => self.close_preamble_list(),
            _ => self.close_body(),
        }
        if self.phase >= Phase::ElucidationTitle {
            self.act.elucidation = Some(std::mem::take(&mut self.eluc));
        }
        derive_meta(&mut self.act);
        self.act
    }
}

fn close_stack(nodes: Vec<Node>) -> Option<Vec<Node>> {
    if nodes.is_empty() {
        return None;
    }
    let mut nodes = nodes;
    while nodes.len() > 1 {
        let child = nodes.pop()?;
        let parent = nodes.last_mut()?;
        parent.span.extend(child.span);
        parent.children.push(child);
    }
    Some(nodes)
}

/// Splits an article's text and children into top-level sentence units: a sentence ending
/// with `:` takes the points that follow it. Sentences after the last point of a list
/// (OCR lines that ran them into the point's text) are units of their own.
fn sentence_units(article: &Node) -> Vec<(String, Vec<Node>, Span)> {
    let mut units: Vec<(String, Vec<Node>, Span)> = Vec::new();
    for s in sentences(&article.text) {
        units.push((s, Vec::new(), article.span));
    }
    let children = &article.children;
    for (j, c) in children.iter().enumerate() {
        let last_of_run = match children.get(j + 1) {
            None => true,
            Some(next) => next.kind == NodeKind::Point && next.number == "a",
        };
        let mut c = c.clone();
        let mut trailing: Vec<String> = Vec::new();
        if last_of_run && c.kind == NodeKind::Point {
            if c.children.is_empty() {
                let mut parts = full_stop_sentences(&c.text);
                if parts.len() > 1 {
                    trailing = parts.split_off(1);
                    c.text = parts.concat();
                }
            } else if let Some(t) = c.tail.take() {
                trailing = sentences(&t);
            }
        }
        let span = c.span;
        match units.last_mut() {
            Some(u) if u.0.ends_with(':') => u.1.push(c),
            _ => units.push((String::new(), vec![c], span)),
        }
        for t in trailing {
            units.push((t, Vec::new(), span));
        }
    }
    if let Some(tail) = &article.tail {
        for s in sentences(tail) {
            units.push((s, Vec::new(), article.span));
        }
    }
    // A fragment of one or two words without final punctuation is no sentence (an ayat
    // is a whole sentence): it stays with the unit before it.
    let mut merged: Vec<(String, Vec<Node>, Span)> = Vec::new();
    for u in units {
        let fragment = u.1.is_empty()
            && ((u.0.split_whitespace().count() < 3 && !u.0.ends_with(['.', ':', ';']))
                || is_column_debris(&u.0));
        match merged.last_mut() {
            Some(prev) if fragment => {
                let target = match prev.1.last_mut() {
                    Some(c) => &mut c.text,
                    None => &mut prev.0,
                };
                target.push(' ');
                target.push_str(&u.0);
            }
            _ => merged.push(u),
        }
    }
    merged
}

/// An article with numbered clauses and sentences outside them (a damaged scan lost
/// markers): one clause per sentence, as Indonesian drafting writes an ayat as one
/// sentence (UU 12/2011, Lampiran II). Only when every numbered clause keeps its number
/// in the sequence and no sentence cites its own or a later clause.
fn clauses_by_sentence(article: &Node) -> Option<Vec<Node>> {
    let mut units: Vec<(Option<String>, String, Vec<Node>, Span)> = Vec::new();
    let mut lead = article.clone();
    lead.children = article
        .children
        .iter()
        .take_while(|c| c.kind != NodeKind::Clause)
        .cloned()
        .collect();
    lead.tail = None;
    for (t, ch, sp) in sentence_units(&lead) {
        units.push((None, t, ch, sp));
    }
    for c in article.children.iter().skip(lead.children.len()) {
        if c.kind != NodeKind::Clause {
            return None;
        }
        for (i, (t, ch, sp)) in sentence_units(c).into_iter().enumerate() {
            let number = (i == 0).then(|| c.number.clone());
            units.push((number, t, ch, sp));
        }
    }
    if let Some(tail) = &article.tail {
        for t in sentences(tail) {
            units.push((None, t, Vec::new(), article.span));
        }
    }
    if units.iter().all(|u| u.0.is_some()) {
        return None;
    }
    let mut clauses = Vec::new();
    for (i, (number, text, children, span)) in units.into_iter().enumerate() {
        let num = (i + 1).to_string();
        if number.is_some_and(|n| n != num) {
            return None;
        }
        let mut all = text.clone();
        for c in &children {
            all.push(' ');
            all.push_str(&c.full_text());
        }
        if own_clause_citations(&all)
            .iter()
            .any(|&k| k == 0 || k as usize > i)
        {
            return None;
        }
        let mut c = Node::new(NodeKind::Clause, num.clone(), format!("({num})"), span);
        c.text = text;
        c.children = children;
        clauses.push(c);
    }
    Some(clauses)
}

/// `C. tugas`: a single capital letter with a full stop before a lower-case word, which
/// in an open list of lower-case letters is an OCR misreading of a list letter. Returns
/// the marker as written and the rest.
fn misread_letter(text: &str) -> Option<(&str, &str)> {
    let mut chars = text.chars();
    let c = chars.next()?;
    if !c.is_ascii_uppercase() || chars.next()? != '.' || chars.next()? != ' ' {
        return None;
    }
    let rest = text.get(3..)?.trim_start();
    rest.starts_with(char::is_alphabetic)
        .then(|| (text.get(..2).unwrap_or(""), rest))
}

/// Whether text starts with a run of clause markers from the other column of a scan
/// (`(2t (1) l2l (3) (41 negeri ...`): at least two clause markers, with only OCR debris
/// (tokens holding no plain word) among them. A sentence ending before such a run ends a
/// clause whose start the run replaced.
fn marker_run(text: &str) -> bool {
    let mut markers = 0;
    for token in text.split_whitespace() {
        if grammar::ayat_marker(token).is_ok_and(|(rest, _)| rest.is_empty()) {
            markers += 1;
            continue;
        }
        let debris = token.chars().count() <= 3
            || token
                .chars()
                .any(|c| !c.is_alphabetic() && c != '-' && c != '/');
        if !debris {
            break;
        }
    }
    markers >= 2
}

/// Text made only of bare heading keywords (`Bagian`, `Paragraf`, `BAB`, without their
/// number) and lone list letters (`a,` `b.`): debris of the other column of a scan, no
/// sentence of its own.
fn is_column_debris(text: &str) -> bool {
    let mut keyword = false;
    for token in text.split_whitespace() {
        let word = token.trim_end_matches(['.', ',']);
        if matches!(word, "Bagian" | "Paragraf" | "BAB") {
            keyword = true;
            continue;
        }
        let letter = word.chars().count() == 1
            && word.chars().all(|c| c.is_ascii_lowercase())
            && token.len() > word.len();
        if !letter {
            return false;
        }
    }
    keyword
}

/// Splits the text of an enumeration at `;` into phrases (each keeping its `;`); a
/// `dan` / `atau` read after the `;` goes back to the end of the phrase before it.
fn phrases(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in text.split_inclusive(';') {
        let mut p = part.trim();
        if p.is_empty() {
            continue;
        }
        for conj in ["dan/atau ", "dan ", "atau "] {
            if let (Some(rest), Some(prev)) = (p.strip_prefix(conj), out.last_mut()) {
                prev.push(' ');
                prev.push_str(conj.trim_end());
                p = rest.trim_start();
                break;
            }
        }
        out.push(p.to_string());
    }
    out
}

/// Splits text into sentences at `. ` followed by a capital letter (not at `:`).
fn full_stop_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for w in chars.windows(3) {
        if let [(_, '.'), (_, ' '), (k, c)] = w
            && (c.is_uppercase() || text.get(*k..).is_some_and(marker_run))
        {
            if let Some(s) = text.get(start..*k) {
                out.push(s.trim().to_string());
            }
            start = *k;
        }
    }
    if let Some(s) = text.get(start..)
        && !s.trim().is_empty()
    {
        out.push(s.trim().to_string());
    }
    out
}

/// The clause numbers cited as `pada ayat (n)` in a text (a reference to a clause of
/// the same article); OCR readings `(l)` and `(21` are read as 1 and 2.
fn own_clause_citations(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let lower = text.to_lowercase();
    let mut rest = lower.as_str();
    while let Some(i) = rest.find("pada ayat") {
        rest = rest.get(i + "pada ayat".len()..).unwrap_or("");
        let after = rest.trim_start();
        let Some(inner) = after.strip_prefix('(') else {
            continue;
        };
        let digits: String = inner
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, 'l' | 'i'))
            .map(|c| if c.is_ascii_digit() { c } else { '1' })
            .collect();
        if let Ok(n) = digits.parse::<u32>() {
            out.push(n);
        }
    }
    out
}

/// Whether no sentence unit cites its own or a later clause (`pada ayat (k)`).
fn citations_agree_or_none(units: &[(String, Vec<Node>, Span)]) -> bool {
    citations_agree(units)
        || units.iter().all(|(text, children, _)| {
            own_clause_citations(text).is_empty()
                && children
                    .iter()
                    .all(|c| own_clause_citations(&c.full_text()).is_empty())
        })
}

/// Whether sentence units can be an article's clauses by their citations: some unit cites
/// `pada ayat (k)`, and every such citation is of an earlier unit.
fn citations_agree(units: &[(String, Vec<Node>, Span)]) -> bool {
    let mut any = false;
    for (i, (text, children, _)) in units.iter().enumerate() {
        let mut all = text.clone();
        for c in children {
            all.push(' ');
            all.push_str(&c.full_text());
        }
        for k in own_clause_citations(&all) {
            any = true;
            if k == 0 || k as usize > i {
                return false;
            }
        }
    }
    any
}

/// Splits text into sentences at `. ` / `: ` followed by a capital letter.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    for w in bytes.windows(3) {
        if let [(_, a), (_, b), (k, c)] = w
            && matches!(a, '.' | ':')
            && *b == ' '
            && (c.is_uppercase() || (*a == '.' && text.get(*k..).is_some_and(marker_run)))
        {
            if let Some(s) = text.get(start..*k) {
                out.push(s.trim().to_string());
            }
            start = *k;
        }
    }
    if let Some(s) = text.get(start..)
        && !s.trim().is_empty()
    {
        out.push(s.trim().to_string());
    }
    out
}

/// A cheap test of whether a word can begin a unit marker or a formula: most words of a
/// long line are ordinary lower-case words and need no parsing.
fn may_start_unit(at: &str) -> bool {
    let mut chars = at.chars();
    let (Some(a), b) = (chars.next(), chars.next()) else {
        return false;
    };
    a.is_uppercase()
        || a == '('
        || a.is_ascii_digit()
        || (a.is_lowercase()
            && b.is_some_and(|b| matches!(b, '.' | ',' | ')') || b == a || b.is_ascii_digit()))
}

/// The conjunction closing an enumerated unit (`...; dan` → `dan`).
fn enumeration_ending(text: &str) -> Option<String> {
    let t = text.trim_end();
    ["dan/atau", "dan", "atau"]
        .into_iter()
        .find(|c| {
            t.strip_suffix(c)
                .is_some_and(|r| r.trim_end().ends_with(';'))
        })
        .map(str::to_string)
}

fn all_clause_markers(s: &str) -> bool {
    let mut rest = s;
    while !rest.is_empty() {
        match grammar::unit_marker(rest, false) {
            Some(m) if matches!(m.unit, Unit::Clause(_)) => rest = m.rest,
            _ => return false,
        }
    }
    true
}

fn para(text: &str, span: Span) -> Paragraph {
    Paragraph {
        text: text.to_string(),
        span,
    }
}

fn truncate(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out
}

fn marker_style(marker: &str) -> (bool, bool, bool) {
    let paren_open = marker.starts_with('(');
    let paren_close = marker.ends_with(')');
    let digit = marker.chars().any(|c| c.is_ascii_digit());
    (paren_open, paren_close, digit)
}

fn is_editorial_note(text: &str) -> bool {
    text.starts_with('[') && text.ends_with(']') && text.len() > 5
}

/// Words after which `Pasal 5` is a citation, not a heading.
fn is_citation_word(word: &str) -> bool {
    const WORDS: [&str; 22] = [
        "dalam",
        "pada",
        "dan",
        "atau",
        "dengan",
        "serta",
        "terhadap",
        "oleh",
        "ketentuan",
        "dan/atau",
        "maksud",
        "menurut",
        "berdasarkan",
        "lihat",
        "melaksanakan",
        "ayat",
        "huruf",
        "angka",
        "di",
        "ke",
        "dari",
        "atas",
    ];
    // The list is ASCII, so an ASCII case-insensitive comparison is the lower-cased one.
    word.ends_with(',') || WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether the text after `Pasal N` reads like the start of the article (a heading), not
/// the rest of a citation: empty, a clause marker, or a capitalised word of two letters
/// or more (`Pasal 28 D ayat` is a broken `Pasal 28D`).
fn heading_rest(rest: &str) -> bool {
    if continues_citation(rest) {
        return false;
    }
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (None, _) => true,
        (Some('('), _) => true,
        (Some(a), Some(b)) => a.is_uppercase() && b.is_alphabetic(),
        _ => false,
    }
}

/// Whether the words after `Pasal N` continue a citation rather than start the article:
/// `Ayat (6) ...` (a mis-capitalised reference), `huruf a`, or the name of an act
/// (`Undang-Undang Nomor ...`, `Undang-Undang tersebut`) — but not the act's own
/// `Undang-Undang ini` / `Peraturan Daerah ini`, which is how a closing article begins.
fn continues_citation(rest: &str) -> bool {
    let lower = rest.trim_start().to_lowercase();
    if ["ayat (", "huruf ", "angka "]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    let names = [
        "undang-undang",
        "uu ",
        "uud",
        "peraturan pemerintah",
        "peraturan presiden",
        "peraturan menteri",
        "peraturan daerah",
        "peraturan desa",
        "peraturan gubernur",
        "peraturan bupati",
        "peraturan wali",
        "peraturan kepala",
        "kitab undang",
        "perppu",
        "qanun",
    ];
    if names.iter().any(|p| lower.starts_with(p)) {
        let head: Vec<&str> = lower.split_whitespace().take(6).collect();
        return !head.contains(&"ini")
            && head
                .iter()
                .any(|w| matches!(*w, "nomor" | "no." | "tersebut" | "dasar" | "tahun"));
    }
    false
}

fn repeats_catchword(words: &str, next: &str) -> bool {
    let norm = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect()
    };
    let a = norm(words);
    let b = norm(next);
    !a.is_empty() && b.len() >= a.len() && b.iter().zip(&a).all(|(x, y)| x == y)
}

fn join_word(left: &str, right: &str) -> String {
    let head: String = right.chars().take(4).collect();
    if head.chars().count() >= 3 && left.to_lowercase().contains(&head.to_lowercase()) {
        format!("{left}-{right}")
    } else {
        format!("{left}{right}")
    }
}

/// Lines repeated at least three times that look like page furniture (upper case, short).
fn running_heads(lines: &[Line]) -> std::collections::HashSet<String> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for l in lines {
        let t = l.text.as_str();
        if t.len() <= 60
            && t.chars().any(char::is_alphabetic)
            && !t.chars().any(char::is_lowercase)
            && !t.ends_with(',')
            && grammar::unit_marker(t, false).is_none()
            && grammar::formula(t).is_none()
        {
            *counts.entry(t).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|&(_, c)| c >= 3)
        .map(|(t, _)| t.to_string())
        .collect()
}

/// Sort key of an article number: `5` < `5A` < `6`.
pub fn article_key(n: &str) -> (u32, String) {
    let digits: String = n.chars().take_while(char::is_ascii_digit).collect();
    let suffix: String = n.chars().skip(digits.len()).collect();
    (digits.parse().unwrap_or(0), suffix)
}

fn increment(n: &str) -> Option<String> {
    let (num, _) = article_key(n);
    Some((num + 1).to_string())
}

fn next_letter(l: &str) -> Option<String> {
    let mut chars = l.chars();
    let c = chars.next()?;
    if c >= 'z' {
        return None;
    }
    let next = char::from_u32(c as u32 + 1)?;
    Some(next.to_string().repeat(l.chars().count()))
}

/// Kind and level from a title line such as `PERATURAN DAERAH KABUPATEN MALANG`.
fn kind_of(upper: &str) -> Option<(ActKind, Option<Level>, Option<String>)> {
    // A draft's title may carry RANCANGAN on the same line.
    let u = upper.trim();
    let u = u.strip_prefix("RANCANGAN ").map_or(u, str::trim_start);
    let region = |rest: &str, level: Level| -> (Option<Level>, Option<String>) {
        // The name ends where the number or the subject begins (`... NOMOR 7 TAHUN 2019
        // TENTANG ...`); a title line without a name (`PERATURAN DAERAH KABUPATEN`) has none.
        let rest = format!(" {}", rest.trim());
        let rest = rest
            .split(" NOMOR")
            .next()
            .and_then(|r| r.split(" TENTANG").next())
            .unwrap_or("")
            .trim();
        let name = title_case(rest);
        let prefix = match level {
            Level::Provinsi => "Provinsi",
            Level::Kabupaten => "Kabupaten",
            Level::Kota => "Kota",
            Level::Desa => "Desa",
        };
        (
            Some(level),
            (!name.is_empty()).then(|| format!("{prefix} {name}")),
        )
    };
    let regional = |rest: &str| -> (Option<Level>, Option<String>) {
        let rest = rest.trim();
        if let Some(r) = rest.strip_prefix("PROVINSI ") {
            region(r, Level::Provinsi)
        } else if let Some(r) = rest.strip_prefix("KABUPATEN ") {
            region(r, Level::Kabupaten)
        } else if let Some(r) = rest.strip_prefix("KOTA ") {
            region(r, Level::Kota)
        } else {
            (None, None)
        }
    };
    if u.starts_with("UNDANG-UNDANG") {
        return Some((ActKind::UndangUndang, None, None));
    }
    if u.starts_with("PERATURAN PEMERINTAH PENGGANTI") {
        return Some((ActKind::Perppu, None, None));
    }
    if u.starts_with("PERATURAN PEMERINTAH") {
        return Some((ActKind::PeraturanPemerintah, None, None));
    }
    if u.starts_with("PERATURAN PRESIDEN") {
        return Some((ActKind::PeraturanPresiden, None, None));
    }
    if u.starts_with("PERATURAN MENTERI") {
        return Some((ActKind::PeraturanMenteri, None, None));
    }
    if let Some(rest) = u.strip_prefix("PERATURAN DAERAH") {
        let (l, r) = regional(rest);
        return Some((ActKind::PeraturanDaerah, l, r));
    }
    if let Some(rest) = u.strip_prefix("QANUN") {
        let (l, r) = regional(rest);
        return Some((ActKind::PeraturanDaerah, l, r));
    }
    if let Some(rest) = u.strip_prefix("PERATURAN KEPALA DESA") {
        let (l, r) = region(rest, Level::Desa);
        return Some((ActKind::PeraturanKepalaDesa, l, r));
    }
    if let Some(rest) = u.strip_prefix("PERATURAN DESA") {
        let (l, r) = region(rest, Level::Desa);
        return Some((ActKind::PeraturanDesa, l, r));
    }
    for (office, level) in [
        ("PERATURAN GUBERNUR", Level::Provinsi),
        ("PERATURAN BUPATI", Level::Kabupaten),
        ("PERATURAN WALI KOTA", Level::Kota),
        ("PERATURAN WALIKOTA", Level::Kota),
    ] {
        if let Some(rest) = u.strip_prefix(office) {
            let (_, r) = region(rest, level);
            return Some((ActKind::PeraturanKepalaDaerah, Some(level), r));
        }
    }
    None
}

fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let mut c = lower.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads kind, level, region, number, year and title from the title block.
fn derive_meta(act: &mut Act) {
    let joined = act
        .preamble
        .title
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let upper = joined.to_uppercase();
    if let Some((kind, level, region)) = kind_of(&upper) {
        act.meta.kind = Some(kind);
        act.meta.level = level;
        act.meta.region = region;
    }
    let words: Vec<&str> = joined.split_whitespace().collect();
    let mut i = 0;
    while let Some(&w) = words.get(i) {
        match w.to_uppercase().as_str() {
            "NOMOR" if act.meta.number.is_none() => {
                if let Some(n) = words.get(i + 1) {
                    act.meta.number = Some(n.to_string());
                }
            }
            "TAHUN" if act.meta.year.is_none() => {
                if let Some(y) = words.get(i + 1) {
                    let digits: String = y.chars().filter(char::is_ascii_digit).collect();
                    act.meta.year = digits.parse().ok();
                }
            }
            "TENTANG" if act.meta.title.is_none() => {
                let subject = words.get(i + 1..).unwrap_or(&[]).join(" ");
                if !subject.is_empty() {
                    act.meta.title = Some(subject);
                }
                break;
            }
            _ => {}
        }
        i += 1;
    }
    // A Peraturan Desa names its kabupaten in the issuer lines ("KABUPATEN LEMBATA").
    if act.meta.level == Some(Level::Desa)
        && let Some(kab) = act
            .preamble
            .issuer
            .iter()
            .find(|p| p.text.to_uppercase().starts_with("KABUPATEN "))
        && let Some(r) = act.meta.region.as_mut()
    {
        r.push_str(", ");
        r.push_str(&title_case(&kab.text));
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn citation_words_compare_case_insensitively() {
        for w in [
            "dalam", "Dalam", "DAN/ATAU", "Huruf,", "KE", "pasal,", "Menurut", "atas",
        ] {
            assert!(is_citation_word(w), "{w}");
        }
        for w in ["Pasal", "x", "", "padanya", "atasnya", "Kabupaten"] {
            assert!(!is_citation_word(w), "{w}");
        }
    }

    fn parse(text: &str) -> Act {
        let src = Source::from_text("t.txt", text).unwrap();
        Act::from_source(&src).unwrap()
    }

    #[test]
    fn builds_the_tree_of_a_small_act() {
        let act = parse(
            "PERATURAN DAERAH KABUPATEN MALANG\nNOMOR 7 TAHUN 2019\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN\n\
             DENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI MALANG,\nMenimbang : a. bahwa satu;\nb. bahwa dua;\n\
             Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar;\n2. Undang-Undang Nomor 18 Tahun 2017;\n\
             MEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG X.\nBAB I\nKETENTUAN UMUM\nPasal 1\n\
             Dalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Malang.\n\
             BAB II\nTUGAS\nBagian Kesatu\nUmum\nPasal 2\n(1) Pemerintah Daerah wajib:\na. satu;\nb. dua.\n(2) Lain.\n\
             Pasal 2A\nSisipan.\nDitetapkan di Kepanjen\npada tanggal 1 Juli 2019\nBUPATI MALANG,\nttd.\nSANUSI\n",
        );
        assert_eq!(act.meta.level, Some(Level::Kabupaten));
        assert_eq!(act.meta.region.as_deref(), Some("Kabupaten Malang"));
        assert_eq!(act.meta.number.as_deref(), Some("7"));
        assert_eq!(act.meta.year, Some(2019));
        assert_eq!(act.preamble.considerations.len(), 2);
        assert_eq!(act.preamble.legal_bases.len(), 2);
        assert_eq!(act.body.len(), 2);
        let numbers: Vec<_> = act.articles().map(|a| a.number.as_str()).collect();
        assert_eq!(numbers, ["1", "2", "2A"]);
        let p2 = act.article("2").unwrap();
        assert_eq!(p2.children.len(), 2);
        assert_eq!(p2.children[0].children.len(), 2);
        assert_eq!(p2.children[0].children[1].text, "dua.");
        assert_eq!(act.body[1].children[0].heading.as_deref(), Some("Umum"));
        let sig = act.closing.enacted.as_ref().unwrap();
        assert_eq!(sig.place.as_deref(), Some("Kepanjen"));
        assert_eq!(sig.date.as_deref(), Some("1 Juli 2019"));
        assert_eq!(sig.name.as_deref(), Some("SANUSI"));
    }

    #[test]
    fn splits_units_run_together() {
        let act = parse(
            "BAB I KETENTUAN UMUM Pasal 1 Teks satu. Pasal 2 (1) Ayat satu. (2) Ayat dua: a. satu; b. dua; dan c. tiga. Pasal 3 Lihat Pasal 2 ayat (1).\n",
        );
        let numbers: Vec<_> = act.articles().map(|a| a.number.as_str()).collect();
        assert_eq!(numbers, ["1", "2", "3"]);
        let p2 = act.article("2").unwrap();
        assert_eq!(p2.children.len(), 2);
        assert_eq!(p2.children[1].children.len(), 3);
        assert_eq!(act.article("3").unwrap().text, "Lihat Pasal 2 ayat (1).");
    }

    #[test]
    fn enumeration_endings_are_read() {
        let act = parse("Pasal 1\nSatu:\na. x;\nb. y; dan/atau\nc. z; atau\nd. w; dan\ne. v.\n");
        let p = act.article("1").unwrap();
        let endings: Vec<_> = p.children.iter().map(|c| c.ending.as_deref()).collect();
        assert_eq!(
            endings,
            [None, Some("dan/atau"), Some("atau"), Some("dan"), None]
        );
    }

    #[test]
    fn citations_at_line_start_are_not_headings() {
        let act = parse("Pasal 5\nTeks merujuk\nPasal 3 ayat (1) huruf a.\nPasal 6\nLain.\n");
        let numbers: Vec<_> = act.articles().map(|a| a.number.as_str()).collect();
        assert_eq!(numbers, ["5", "6"]);
    }

    #[test]
    fn detached_clause_markers_are_reattached() {
        let act = parse(
            "Pasal 38\nSatu dua tiga. Dalam hal empat. Ketentuan lima.\n(1) (21 (3)\nPasal 39\nX.\n",
        );
        let p = act.article("38").unwrap();
        let nums: Vec<_> = p.children.iter().map(|c| c.number.as_str()).collect();
        assert_eq!(nums, ["1", "2", "3"]);
        assert_eq!(p.children[1].text, "Dalam hal empat.");
    }

    fn skeleton(act: &Act, n: &str) -> Vec<String> {
        act.article(n)
            .unwrap()
            .children
            .iter()
            .map(|c| {
                let pts: String = c.children.iter().map(|p| p.number.as_str()).collect();
                format!("{}{pts}", c.marker)
            })
            .collect()
    }

    #[test]
    fn self_citations_prove_lost_clause_markers() {
        let act = parse(
            "Pasal 5\nIzin diberikan oleh Wali. Izin sebagaimana dimaksud pada ayat (1) berlaku lima tahun.\nPasal 6\nLain.\n",
        );
        assert_eq!(skeleton(&act, "5"), ["(1)", "(2)"]);
        assert!(
            act.repairs
                .iter()
                .any(|r| r.kind == RepairKind::DetachedMarkers && r.confidence == Confidence::Low)
        );
        // A first sentence citing a clause cannot be clause (1): nothing is inferred.
        let act = parse("Pasal 5\nHal pada ayat (1) berlaku. Izin berlaku.\nPasal 6\nLain.\n");
        assert!(act.article("5").unwrap().children.is_empty());
    }

    #[test]
    fn sentences_after_the_last_point_are_clauses() {
        let act = parse(
            "Pasal 5\nTugas meliputi:\na. satu;\nb. dua. Tugas sebagaimana dimaksud pada ayat (1) diatur.\nPasal 6\nLain.\n",
        );
        assert_eq!(skeleton(&act, "5"), ["(1)ab", "(2)"]);
        let p = act.article("5").unwrap();
        assert_eq!(p.children[0].children[1].text, "dua.");
    }

    #[test]
    fn sentences_beside_numbered_clauses_take_the_missing_numbers() {
        // `^` marks a damaged scan; (1) and (3) were lost.
        let act = parse(
            "Pasal 5\nSatu ^kalimat. (2) Dua kalimat. Tiga sebagaimana dimaksud pada ayat (1).\nPasal 6\nLain.\n",
        );
        assert_eq!(skeleton(&act, "5"), ["(1)", "(2)", "(3)"]);
        // Clean text: a clause of two sentences is left alone.
        let act = parse("Pasal 5\n(1) Satu.\n(2) Dua. Tiga.\nPasal 6\nLain.\n");
        assert_eq!(skeleton(&act, "5"), ["(1)", "(2)"]);
    }

    #[test]
    fn a_column_of_markers_before_stray_words_is_detached() {
        let act = parse("Pasal 5\nSatu kalimat saja.\n(2) (3) Bagian\nPasal 6\nLain.\n");
        let p = act.article("5").unwrap();
        assert!(p.children.is_empty());
        assert!(p.text.contains("Bagian"));
    }

    #[test]
    fn a_letter_going_back_is_a_stray_letter() {
        let act = parse(
            "Pasal 5\nMeliputi:\na. satu;\nb. dua; dan\nc. tiga\nb. empat.\nPasal 6\nLain.\n",
        );
        let p = act.article("5").unwrap();
        let letters: Vec<_> = p.children.iter().map(|c| c.number.as_str()).collect();
        assert_eq!(letters, ["a", "b", "c"]);
        assert!(p.children[2].text.contains("empat"));
    }

    fn letters(act: &Act, n: &str) -> String {
        skeleton(act, n).concat()
    }

    #[test]
    fn a_point_run_into_the_line_before_is_split() {
        let act = parse(
            "Pasal 5\nMeliputi:\na. peningkatan mutu b. penyediaan dana;\nc. lain-lain.\nPasal 6\nLain.\n",
        );
        assert_eq!(letters(&act, "5"), "a.b.c.");
        // A citation is not a point.
        let act = parse("Pasal 5\nMeliputi hal dalam huruf b. lain\nPasal 6\nLain.\n");
        assert!(act.article("5").unwrap().children.is_empty());
    }

    #[test]
    fn skipped_letters_take_the_phrases_before() {
        // Letters lost before the lead-in's phrases.
        let act = parse(
            "Pasal 5\nAsasnya: kesatu; kedua; ketiga;\nd. keempat; dan\ne. kelima.\nPasal 6\nLain.\n",
        );
        assert_eq!(letters(&act, "5"), "a.b.c.d.e.");
        let p = act.article("5").unwrap();
        assert_eq!(p.text, "Asasnya:");
        assert_eq!(p.children[1].text, "kedua;");
        // Letters lost inside the open point.
        let act =
            parse("Pasal 5\nMeliputi:\na. satu;\nb. dua; tiga; empat;\ne. lima.\nPasal 6\nLain.\n");
        assert_eq!(letters(&act, "5"), "a.b.c.d.e.");
        // Letters lost before a point holding all the phrases.
        let act = parse("Pasal 5\nSyaratnya:\nc. satu; dua; dan tiga.\nPasal 6\nLain.\n");
        assert_eq!(letters(&act, "5"), "a.b.c.");
        assert_eq!(act.article("5").unwrap().children[1].text, "dua; dan");
        // The phrases do not fit the gap: nothing is inferred.
        let act = parse("Pasal 5\nMeliputi:\na. satu;\nb. dua;\ne. lima.\nPasal 6\nLain.\n");
        assert_eq!(letters(&act, "5"), "a.b.e.");
    }

    #[test]
    fn stray_letters_of_the_other_column_are_set_aside() {
        // `c.` alone ahead of the list, then words going on from `a.`.
        let act = parse(
            "Pasal 5\nMeliputi:\na. surat c.\nd. keterangan kerja;\nb. izin; dan\nc. paspor.\nPasal 6\nLain.\n",
        );
        assert_eq!(letters(&act, "5"), "a.b.c.");
        assert_eq!(
            act.article("5").unwrap().children[0].text,
            "surat keterangan kerja;"
        );
        // A lone letter skipping ahead, then the letter that was due.
        let act = parse("Pasal 5\nMeliputi:\na. satu;\ne.\nb. dua.\nPasal 6\nLain.\n");
        assert_eq!(letters(&act, "5"), "a.b.");
        // Lone letters after a list closed by a full stop.
        let act = parse("Pasal 5\nMeliputi:\na. satu; dan\nb. dua.\nc.\nd.\nPasal 6\nLain.\n");
        assert_eq!(letters(&act, "5"), "a.b.");
    }

    #[test]
    fn a_capital_letter_continuing_a_list_is_its_next_letter() {
        let act = parse("Pasal 5\nMeliputi:\na. satu;\nb. dua; dan C. tiga.\nPasal 6\nLain.\n");
        assert_eq!(letters(&act, "5"), "a.b.c.");
        assert!(
            act.repairs
                .iter()
                .any(|r| r.kind == RepairKind::OcrMarker && r.confidence == Confidence::Low)
        );
        // Outside a list a capital initial stays text.
        let act = parse("Pasal 5\nDitandatangani oleh A. Rahman.\nPasal 6\nLain.\n");
        assert!(act.article("5").unwrap().children.is_empty());
    }

    #[test]
    fn a_run_of_markers_in_the_text_ends_a_clause() {
        let act = parse(
            "Pasal 5\nIzin wajib dimiliki. (s) (1) (21 l2l (3) negeri yang ditunjuk mengumumkan. Izin sebagaimana dimaksud pada ayat (1) berlaku.\nPasal 6\nLain.\n",
        );
        assert_eq!(skeleton(&act, "5"), ["(1)", "(2)", "(3)"]);
        assert!(
            act.article("5").unwrap().children[1]
                .text
                .contains("negeri")
        );
    }

    #[test]
    fn two_lists_with_their_own_lead_in_are_two_clauses() {
        let act = parse(
            "Pasal 5\nPekerja meliputi:\na. satu; dan\nb. dua. Tidak termasuk pekerja, yaitu:\na. tiga;\nb. empat;\nc. lima; dan\nd. enam.\n(2) Bagian. a, b.\nc.\nd. Persyaratan\nPasal 6\nLain.\n",
        );
        assert_eq!(skeleton(&act, "5"), ["(1)ab", "(2)abcd"]);
        // The debris words are kept.
        assert!(
            act.article("5")
                .unwrap()
                .full_text()
                .contains("Persyaratan")
        );
        assert!(act.article("5").unwrap().full_text().contains("Bagian"));
    }

    #[test]
    fn a_lone_detached_marker_shows_clauses() {
        let act = parse(
            "Pasal 9\n(1)\nPasal 9\nInformasi berasal dari:\na. satu; dan\nb. dua. Informasi harus diverifikasi.\nPasal 10\nLain.\n",
        );
        assert_eq!(skeleton(&act, "9"), ["(1)ab", "(2)"]);
    }

    #[test]
    fn gaps_and_notes_are_recorded() {
        let act = parse(
            "[source: somewhere]\nPERATURAN DESA TAGAWITI\nKABUPATEN LEMBATA\n[... gap: not recovered ...]\n",
        );
        assert_eq!(act.gaps.len(), 1);
        assert!(act.body.is_empty());
    }

    #[test]
    fn a_citation_after_pasal_is_not_a_heading() {
        let act = parse(
            "PERATURAN DAERAH KABUPATEN SUKAMAJU\nNOMOR 5 TAHUN 2010\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI SUKAMAJU,\nMenimbang : bahwa x;\nMengingat : 1. Pasal 18 Ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 23 Tahun 2014;\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG X.\nPasal 1\nSatu.\nPasal 2\nPeraturan pelaksanaan dari Peraturan Daerah ini ditetapkan paling lama 1 (satu) tahun.\nPasal 3\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n",
        );
        assert_eq!(act.preamble.legal_bases.len(), 2);
        let numbers: Vec<&str> = act.articles().map(|a| a.number.as_str()).collect();
        assert_eq!(numbers, ["1", "2", "3"]);
        let act = parse(
            "Pasal 1\nSebagaimana diatur dalam Pasal 41 Undang-Undang tersebut, tugas meliputi a.\nPasal 2\nDua.\n",
        );
        assert_eq!(act.articles().count(), 2);
        assert!(
            act.article("1")
                .unwrap()
                .text
                .contains("Pasal 41 Undang-Undang tersebut")
        );
    }

    #[test]
    fn a_draft_title_may_carry_rancangan_on_its_line() {
        for title in [
            "RANCANGAN PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\n",
            "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\n",
        ] {
            let act = parse(&format!(
                "{title}TENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\n"
            ));
            assert_eq!(act.meta.level, Some(Level::Kabupaten), "{title}");
            assert_eq!(
                act.meta.region.as_deref(),
                Some("Kabupaten Jember"),
                "{title}"
            );
            assert!(act.preamble.issuer.is_empty(), "{title}");
        }
    }

    #[test]
    fn a_title_line_without_the_region_name_gives_no_region() {
        let act = parse("PERATURAN DAERAH KABUPATEN\nNOMOR 1 TAHUN 2020\nTENTANG\nX\n");
        assert_eq!(act.meta.level, Some(Level::Kabupaten));
        assert_eq!(act.meta.region, None);
        let act = parse("PERATURAN DAERAH KABUPATEN MALANG NOMOR 7 TAHUN 2019 TENTANG X\n");
        assert_eq!(act.meta.region.as_deref(), Some("Kabupaten Malang"));
    }

    #[test]
    fn the_promulgation_order_may_span_lines() {
        let act = parse(
            "Pasal 1\nSatu.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan\nPeraturan Daerah ini dengan penempatannya dalam Lembaran Daerah\nKabupaten Jember.\nDitetapkan di Jember\npada tanggal ...\nBUPATI JEMBER,\n",
        );
        let p = act.closing.publication.unwrap();
        assert!(
            p.text.ends_with("dalam Lembaran Daerah Kabupaten Jember."),
            "{}",
            p.text
        );
        assert_eq!((p.span.line, p.span.end_line), (3, 5));
        assert!(act.closing.enacted.is_some());
    }

    #[test]
    fn a_reference_cut_by_a_line_break_is_not_a_new_unit() {
        let act = parse(
            "Menimbang : a. bahwa satu;\nb. bahwa dua;\nc. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf\nb, perlu membentuk Peraturan Daerah tentang X;\nMengingat : Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG X.\nPasal 1\n(1) Satu.\n(2) Dinas membantu sebagaimana dimaksud pada ayat\n(1) melalui mediasi.\n(3) Tiga.\n",
        );
        assert_eq!(act.preamble.considerations.len(), 3);
        assert!(act.preamble.considerations[2].text.ends_with("tentang X;"));
        assert_eq!(skeleton(&act, "1"), ["(1)", "(2)", "(3)"]);
        assert!(
            act.article("1").unwrap().children[1]
                .text
                .contains("ayat (1) melalui mediasi")
        );
    }

    #[test]
    fn a_word_broken_at_a_line_end_is_joined() {
        let act = parse(
            "Pasal 1\nBerdasarkan Undang-\nUndang ini, pelaksanaan perlin-\ndungan diatur.\n",
        );
        assert_eq!(
            act.article("1").unwrap().text,
            "Berdasarkan Undang-Undang ini, pelaksanaan perlindungan diatur."
        );
    }
}
