//! Reading Word documents (DOCX): the content lines of `word/document.xml`.
//!
//! Drafters keep Perda drafts as Word files. A DOCX file is a zip archive (an Open
//! Packaging Convention package); its text is in `word/document.xml`, one `w:p` element per
//! paragraph. This module streams that XML with quick-xml (no DOM) and yields one
//! [`Line`] per paragraph, so that the legal grammar reads a draft exactly as it reads
//! Markdown or plain text:
//!
//! - the text of a paragraph's runs (`w:r/w:t`) is concatenated; `w:tab` is a space,
//!   `w:br`/`w:cr` split the paragraph into several lines; deleted text (`w:del`,
//!   `w:moveFrom`) is skipped and inserted text (`w:ins`, `w:moveTo`) kept, as in the
//!   document's final view; hidden runs (`w:vanish`) are skipped and runs formatted as all
//!   capitals (`w:caps`) are upper-cased, as a reader sees them;
//! - tables are read row by row, each cell's paragraphs as lines;
//! - automatic list numbering, which Word keeps out of the text (`w:numPr` resolved
//!   through `word/numbering.xml`, directly or through a paragraph style of
//!   `word/styles.xml`), is rendered and put before the paragraph's text, so that the
//!   grammar sees `(1) ...`, `a. ...` and `1. ...` as a reader of the document does.
//!   Bullets are not legal markers and are left out, as in Markdown.
//! - text boxes (`w:txbxContent`), the Office extension branch of markup-compatibility
//!   blocks (`mc:Choice`; the `mc:Fallback` is read), ruby guides, headers, footers,
//!   footnotes and comments are not part of the body and are left out.
//!
//! There are no file lines in a zip: [`Line::no`] is the paragraph's 1-based index in the
//! document (paragraphs of table cells count; an empty paragraph counts too), lines split
//! at a break share it, and byte ranges are empty (`0..0`).
//!
//! # Limits
//!
//! A DOCX file may come from anywhere, so every resource is bounded and each excess is an
//! [`Error::DocxLimit`] naming the file, the part and the limit: the file size
//! ([`MAX_SOURCE_BYTES`]), the number of zip entries ([`MAX_ZIP_ENTRIES`]), the
//! uncompressed size of each part read, counted while reading and never taken from the
//! zip header ([`MAX_DOCUMENT_XML_BYTES`], [`MAX_AUX_XML_BYTES`]), the compression ratio
//! ([`MAX_COMPRESSION_RATIO`] past [`RATIO_CHECK_FROM_BYTES`]: a zip bomb), the XML
//! nesting depth ([`MAX_XML_DEPTH`]) and the extracted text ([`MAX_SOURCE_BYTES`]).
//! Entities are never expanded: quick-xml reads a `<!DOCTYPE>` but does not process it,
//! so a reference to an entity it declares stays in the text as written (`&name;`); only
//! the five predefined entities and character references are resolved.

use std::collections::{HashMap, HashSet};
use std::io::{self, BufReader, Cursor, Read, Seek};

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{NamespaceResolver, ResolveResult};
use zip::{CompressionMethod, ZipArchive};

use crate::error::Error;
use crate::source::{Line, MAX_SOURCE_BYTES, normalise_spaces};

/// Most entries a DOCX archive may have. A draft has a few dozen (the XML parts, their
/// relationships, images); thousands mean a hostile or broken file.
pub const MAX_ZIP_ENTRIES: usize = 5_000;

/// Largest uncompressed `word/document.xml`, counted while decompressing. A regulation of
/// several hundred pages has a document part of a few MB.
pub const MAX_DOCUMENT_XML_BYTES: u64 = 64 * 1024 * 1024;

/// Largest uncompressed `word/numbering.xml` or `word/styles.xml`.
pub const MAX_AUX_XML_BYTES: u64 = 8 * 1024 * 1024;

/// Largest ratio of uncompressed to compressed size of an entry, enforced once the
/// uncompressed data passes [`RATIO_CHECK_FROM_BYTES`]. Word XML compresses about 10:1;
/// a zip bomb, 1000:1.
pub const MAX_COMPRESSION_RATIO: u64 = 100;

/// Uncompressed size from which [`MAX_COMPRESSION_RATIO`] is enforced (small parts of
/// repetitive XML may legitimately compress better).
pub const RATIO_CHECK_FROM_BYTES: u64 = 10 * 1024 * 1024;

/// Deepest XML element nesting accepted. Word's body is about ten levels deep, more with
/// nested tables.
pub const MAX_XML_DEPTH: usize = 256;

/// Longest list level text (`w:lvlText`, such as `(%1)` or `Pasal %1`) used; longer ones
/// are cut, so that a hostile numbering definition cannot multiply the text.
const MAX_LEVEL_TEXT_BYTES: usize = 256;

/// Most namespace bindings in scope at once (quick-xml's default is 128; Word declares
/// about 35 on the root element).
const MAX_NAMESPACE_BINDINGS: usize = 1024;

/// Most steps followed along a chain of styles (`w:basedOn`) or numbering style links
/// (`w:numStyleLink`), so that a cycle cannot loop.
const MAX_STYLE_HOPS: usize = 16;

/// Zip entry of the document body.
pub const DOCUMENT_PART: &str = "word/document.xml";
/// Zip entry of the list numbering definitions.
pub const NUMBERING_PART: &str = "word/numbering.xml";
/// Zip entry of the style definitions.
pub const STYLES_PART: &str = "word/styles.xml";

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT_NS: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const MC_NS: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Whether `bytes` start like a zip archive (`PK\x03\x04`), as every DOCX file does.
#[must_use]
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Whether `name` has a Word document extension (`.docx`, case-insensitive).
#[must_use]
pub fn is_docx_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".docx")
}

/// Reads the content lines of a DOCX file (see the module documentation).
pub(crate) fn read_lines(name: &str, bytes: &[u8]) -> Result<Vec<Line>, Error> {
    if bytes.len() > MAX_SOURCE_BYTES {
        return Err(Error::TooLarge {
            name: name.to_string(),
            size: bytes.len(),
            limit: MAX_SOURCE_BYTES,
        });
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(docx_error(
            name,
            "a password-protected Word document or an old .doc file (OLE compound file), \
             not a DOCX package: remove the password or save it as .docx (Word Document)",
        ));
    }
    // Every central directory record starts with this signature, so their count bounds
    // the entries the zip reader will decode, before it allocates anything for them.
    let records = bytes.windows(4).filter(|w| *w == b"PK\x01\x02").count();
    if records > MAX_ZIP_ENTRIES {
        return Err(entries_error(name));
    }
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        docx_error(
            name,
            &format!("not a DOCX file: not a readable zip archive ({e})"),
        )
    })?;
    if archive.len() > MAX_ZIP_ENTRIES {
        return Err(entries_error(name));
    }
    if archive.index_for_name(DOCUMENT_PART).is_none() {
        return Err(docx_error(
            name,
            &format!(
                "not a Word document: the zip archive has no {DOCUMENT_PART} \
                 (save the draft as .docx from Word or LibreOffice)"
            ),
        ));
    }

    let mut styles = StylesSink::default();
    read_part(
        name,
        &mut archive,
        STYLES_PART,
        MAX_AUX_XML_BYTES,
        &mut styles,
    )?;
    let mut numbering = NumberingSink::default();
    read_part(
        name,
        &mut archive,
        NUMBERING_PART,
        MAX_AUX_XML_BYTES,
        &mut numbering,
    )?;
    let mut doc = DocumentSink::new(
        name,
        Numbering {
            abstracts: numbering.abstracts,
            nums: numbering.nums,
            styles: styles.styles,
            default_style: styles.default_paragraph,
        },
    );
    read_part(
        name,
        &mut archive,
        DOCUMENT_PART,
        MAX_DOCUMENT_XML_BYTES,
        &mut doc,
    )?;
    Ok(doc.lines)
}

fn docx_error(name: &str, message: &str) -> Error {
    Error::Docx {
        name: name.to_string(),
        message: message.to_string(),
    }
}

fn entries_error(name: &str) -> Error {
    Error::DocxLimit {
        name: name.to_string(),
        part: "zip archive".to_string(),
        what: "number of entries",
        limit: MAX_ZIP_ENTRIES as u64,
        unit: "entries",
    }
}

fn limit_error(
    name: &str,
    part: &str,
    what: &'static str,
    limit: u64,
    unit: &'static str,
) -> Error {
    Error::DocxLimit {
        name: name.to_string(),
        part: part.to_string(),
        what,
        limit,
        unit,
    }
}

// ---------------------------------------------------------------------------------------
// Reading one part: limits, then the XML event stream.

/// Which limit a [`Limited`] reader hit.
#[derive(Debug, Clone, Copy)]
enum Exceeded {
    Size,
    Ratio,
}

/// Counts the bytes decompressed from an entry and fails as soon as the entry is larger
/// than its limit or expands more than [`MAX_COMPRESSION_RATIO`] times. The inner reader
/// is a `take(limit + 1)`, so no more than one byte past the limit is ever produced,
/// whatever the zip header declares.
struct Limited<R> {
    inner: io::Take<R>,
    read: u64,
    limit: u64,
    compressed: u64,
    exceeded: Option<Exceeded>,
}

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.exceeded.is_some() {
            return Err(io::Error::other("DOCX limit exceeded"));
        }
        let n = self.inner.read(buf)?;
        self.read = self.read.saturating_add(n as u64);
        if self.read > self.limit {
            self.exceeded = Some(Exceeded::Size);
        } else if self.read > RATIO_CHECK_FROM_BYTES
            && self.read > self.compressed.saturating_mul(MAX_COMPRESSION_RATIO)
        {
            self.exceeded = Some(Exceeded::Ratio);
        }
        if self.exceeded.is_some() {
            return Err(io::Error::other("DOCX limit exceeded"));
        }
        Ok(n)
    }
}

/// The namespaces this reader tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ns {
    /// WordprocessingML (transitional or strict).
    W,
    /// Markup compatibility (`mc:AlternateContent`).
    Mc,
    Other,
}

/// An element's attributes, looked up by local name in the WordprocessingML namespace
/// (or without a prefix).
struct Attrs<'a> {
    start: &'a BytesStart<'a>,
    resolver: &'a NamespaceResolver,
}

impl Attrs<'_> {
    fn get(&self, local: &str) -> Option<String> {
        for attr in self.start.attributes().with_checks(false).flatten() {
            let (ns, name) = self.resolver.resolve_attribute(attr.key);
            if name.as_ref() != local {
                continue;
            }
            let ok = match ns {
                ResolveResult::Unbound => true,
                ResolveResult::Bound(n) => n.0 == W_NS || n.0 == W_STRICT_NS,
                ResolveResult::Unknown(_) => false,
            };
            if ok {
                // Predefined entities and character references only; anything else
                // is kept as written.
                let value = match attr.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
                    Ok(v) => v.into_owned(),
                    Err(_) => attr.value.into_owned(),
                };
                return Some(value);
            }
        }
        None
    }

    fn int(&self, local: &str) -> Option<i64> {
        self.get(local)?.trim().parse().ok()
    }

    /// An OOXML on/off property: present without `w:val`, or with a true value.
    fn on(&self) -> bool {
        !matches!(
            self.get("val").as_deref().map(str::trim),
            Some("false" | "0" | "off")
        )
    }
}

/// Receives the events of one XML part.
trait Sink {
    fn start(&mut self, ns: Ns, local: &str, attrs: &Attrs<'_>) -> Result<(), Error>;
    fn end(&mut self) -> Result<(), Error>;
    fn text(&mut self, text: &str) -> Result<(), Error>;
}

/// Streams one part of the archive into `sink`; `Ok(false)` if the archive has no such
/// part.
fn read_part<R: Read + Seek, S: Sink>(
    name: &str,
    archive: &mut ZipArchive<R>,
    part: &str,
    limit: u64,
    sink: &mut S,
) -> Result<bool, Error> {
    let Some(index) = archive.index_for_name(part) else {
        return Ok(false);
    };
    let zip_error = |e: zip::result::ZipError| {
        docx_error(name, &format!("{part}: cannot read the zip entry: {e}"))
    };
    let (encrypted, method, compressed) = {
        let entry = archive.by_index_data(index).map_err(zip_error)?;
        (
            entry.encrypted(),
            entry.compression(),
            entry.compressed_size(),
        )
    };
    if encrypted {
        return Err(docx_error(
            name,
            &format!("{part} is encrypted: remove the password in Word and save again"),
        ));
    }
    if !matches!(
        method,
        CompressionMethod::Stored | CompressionMethod::Deflated
    ) {
        return Err(docx_error(
            name,
            &format!(
                "{part} uses the compression method {method}; only stored and deflate \
                 (what Word and LibreOffice write) are supported"
            ),
        ));
    }
    let file = archive.by_index(index).map_err(zip_error)?;
    let limited = Limited {
        inner: file.take(limit.saturating_add(1)),
        read: 0,
        limit,
        compressed,
        exceeded: None,
    };
    let mut reader = NsReader::from_reader(BufReader::with_capacity(64 * 1024, limited));
    reader
        .resolver_mut()
        .set_max_namespace_bindings(MAX_NAMESPACE_BINDINGS);
    let mut buf = Vec::with_capacity(4 * 1024);
    let mut depth = 0usize;
    loop {
        buf.clear();
        let event = match reader.read_event_into(&mut buf) {
            Ok(event) => event,
            Err(e) => {
                let position = reader.error_position();
                let limited = reader.get_ref().get_ref();
                return Err(match limited.exceeded {
                    Some(Exceeded::Size) => {
                        limit_error(name, part, "uncompressed size", limit, "bytes")
                    }
                    Some(Exceeded::Ratio) => limit_error(
                        name,
                        part,
                        "compression ratio (past 10 MiB uncompressed, a zip bomb)",
                        MAX_COMPRESSION_RATIO,
                        "to 1",
                    ),
                    None => xml_error(name, part, position, &e),
                });
            }
        };
        match event {
            Event::Start(_) | Event::Empty(_) if depth >= MAX_XML_DEPTH => {
                return Err(limit_error(
                    name,
                    part,
                    "XML nesting depth",
                    MAX_XML_DEPTH as u64,
                    "levels",
                ));
            }
            Event::Start(start) => {
                depth += 1;
                element(&reader, &start, sink)?;
            }
            Event::Empty(start) => {
                element(&reader, &start, sink)?;
                sink.end()?;
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                sink.end()?;
            }
            Event::Text(text) => sink.text(&text.into_inner())?,
            Event::CData(text) => sink.text(&text.into_inner())?,
            Event::GeneralRef(reference) => {
                if reference.is_char_ref() {
                    match reference.resolve_char_ref() {
                        Ok(Some(c)) => sink.text(c.encode_utf8(&mut [0; 4]))?,
                        _ => sink.text("\u{fffd}")?,
                    }
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&reference) {
                    sink.text(s)?;
                } else {
                    // Not expanded: custom entities are never resolved, the reference
                    // stays as written.
                    sink.text("&")?;
                    sink.text(&reference)?;
                    sink.text(";")?;
                }
            }
            Event::Decl(decl) => {
                if let Some(Ok(encoding)) = decl.encoding() {
                    let e = encoding.trim().to_ascii_lowercase();
                    if !matches!(e.as_str(), "utf-8" | "utf8" | "us-ascii" | "ascii") {
                        return Err(docx_error(
                            name,
                            &format!(
                                "{part}: declares the encoding {encoding}; only UTF-8 is \
                                 supported (save the document again in Word)"
                            ),
                        ));
                    }
                }
            }
            Event::Eof => break,
            Event::Comment(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
    Ok(true)
}

fn element<R, S: Sink>(
    reader: &NsReader<R>,
    start: &BytesStart<'_>,
    sink: &mut S,
) -> Result<(), Error> {
    let resolver = reader.resolver();
    let (ns, local) = resolver.resolve_element(start.name());
    let ns = match ns {
        ResolveResult::Bound(n) if n.0 == W_NS || n.0 == W_STRICT_NS => Ns::W,
        ResolveResult::Bound(n) if n.0 == MC_NS => Ns::Mc,
        _ => Ns::Other,
    };
    let attrs = Attrs { start, resolver };
    sink.start(ns, local.as_ref(), &attrs)
}

fn xml_error(name: &str, part: &str, position: u64, e: &quick_xml::Error) -> Error {
    let message = match e {
        quick_xml::Error::Encoding(_) => format!(
            "{part}: not UTF-8 text (near byte {position}); save the document again in Word"
        ),
        quick_xml::Error::Io(io) => format!("{part}: damaged zip entry: {io}"),
        other => format!("{part}: malformed XML at byte {position}: {other}"),
    };
    docx_error(name, &message)
}

// ---------------------------------------------------------------------------------------
// Styles and numbering definitions.

/// What this reader needs of a style: inheritance and numbering.
#[derive(Debug, Default, Clone)]
struct Style {
    based_on: Option<String>,
    num_id: Option<i64>,
    ilvl: Option<i64>,
}

#[derive(Default)]
struct StylesSink {
    styles: HashMap<String, Style>,
    default_paragraph: Option<String>,
    /// The style being read: its id and data.
    current: Option<(String, Style)>,
    stack: Vec<StyleTag>,
    skip_from: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StyleTag {
    Style,
    PPr,
    NumPr,
    Other,
}

impl Sink for StylesSink {
    fn start(&mut self, ns: Ns, local: &str, attrs: &Attrs<'_>) -> Result<(), Error> {
        if self.skip_from.is_some() {
            self.stack.push(StyleTag::Other);
            return Ok(());
        }
        let parent = self.stack.last().copied();
        let tag = match (ns, local) {
            (Ns::W, "style") if self.current.is_none() => {
                if let Some(id) = attrs.get("styleId") {
                    let paragraph = attrs.get("type").as_deref() == Some("paragraph");
                    let default = attrs
                        .get("default")
                        .is_some_and(|v| !matches!(v.trim(), "false" | "0" | "off"));
                    if paragraph && default {
                        self.default_paragraph = Some(id.clone());
                    }
                    self.current = Some((id, Style::default()));
                }
                StyleTag::Style
            }
            (Ns::W, "basedOn") if parent == Some(StyleTag::Style) => {
                if let Some((_, style)) = self.current.as_mut() {
                    style.based_on = attrs.get("val");
                }
                StyleTag::Other
            }
            (Ns::W, "pPr") if parent == Some(StyleTag::Style) => StyleTag::PPr,
            (Ns::W, "numPr") if parent == Some(StyleTag::PPr) => StyleTag::NumPr,
            (Ns::W, "numId") if parent == Some(StyleTag::NumPr) => {
                if let Some((_, style)) = self.current.as_mut() {
                    style.num_id = attrs.int("val");
                }
                StyleTag::Other
            }
            (Ns::W, "ilvl") if parent == Some(StyleTag::NumPr) => {
                if let Some((_, style)) = self.current.as_mut() {
                    style.ilvl = attrs.int("val");
                }
                StyleTag::Other
            }
            (Ns::W, "pPrChange") | (Ns::Mc, "Choice") => {
                self.skip_from = Some(self.stack.len() + 1);
                StyleTag::Other
            }
            _ => StyleTag::Other,
        };
        self.stack.push(tag);
        Ok(())
    }

    fn end(&mut self) -> Result<(), Error> {
        let tag = self.stack.pop();
        if let Some(from) = self.skip_from {
            if self.stack.len() < from {
                self.skip_from = None;
            }
            return Ok(());
        }
        if tag == Some(StyleTag::Style)
            && let Some((id, style)) = self.current.take()
        {
            self.styles.entry(id).or_insert(style);
        }
        Ok(())
    }

    fn text(&mut self, _: &str) -> Result<(), Error> {
        Ok(())
    }
}

/// A list level's number format (`w:numFmt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum NumFmt {
    #[default]
    Decimal,
    DecimalZero,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    Bullet,
    None,
}

impl NumFmt {
    fn parse(s: &str) -> Self {
        match s.trim() {
            "decimalZero" => NumFmt::DecimalZero,
            "lowerLetter" => NumFmt::LowerLetter,
            "upperLetter" => NumFmt::UpperLetter,
            "lowerRoman" => NumFmt::LowerRoman,
            "upperRoman" => NumFmt::UpperRoman,
            "bullet" => NumFmt::Bullet,
            "none" => NumFmt::None,
            // decimal, and formats this reader does not render (ordinal, cardinalText,
            // decimalEnclosedParen, ...), read as decimal numbers.
            _ => NumFmt::Decimal,
        }
    }
}

/// What follows the number (`w:suff`): a tab (the default) or a space read as a space.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Suffix {
    #[default]
    Space,
    Nothing,
}

/// One level of a list definition (`w:lvl`).
#[derive(Debug, Clone, Default)]
struct Level {
    start: i64,
    fmt: NumFmt,
    text: String,
    restart: Option<i64>,
    suffix: Suffix,
    legal: bool,
    pstyle: Option<String>,
}

/// `w:abstractNum`: nine levels, or a link to a numbering style that holds them.
#[derive(Debug, Default)]
struct AbstractNum {
    levels: [Option<Level>; 9],
    num_style_link: Option<String>,
}

/// `w:lvlOverride` of a `w:num`.
#[derive(Debug, Clone, Default)]
struct Override {
    start: Option<i64>,
    level: Option<Level>,
}

/// `w:num`: a list instance of an abstract definition, with level overrides.
#[derive(Debug, Default)]
struct Num {
    abstract_id: Option<i64>,
    overrides: [Override; 9],
}

#[derive(Default)]
struct NumberingSink {
    abstracts: HashMap<i64, AbstractNum>,
    nums: HashMap<i64, Num>,
    current_abstract: Option<(i64, AbstractNum)>,
    current_num: Option<(i64, Num)>,
    current_override: Option<(usize, Override)>,
    current_level: Option<(usize, Level)>,
    stack: Vec<NumTag>,
    skip_from: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumTag {
    Abstract,
    Num,
    Override,
    Level,
    Other,
}

fn level_index(value: Option<i64>) -> Option<usize> {
    value
        .and_then(|v| usize::try_from(v).ok())
        .filter(|&v| v < 9)
}

impl Sink for NumberingSink {
    fn start(&mut self, ns: Ns, local: &str, attrs: &Attrs<'_>) -> Result<(), Error> {
        if self.skip_from.is_some() {
            self.stack.push(NumTag::Other);
            return Ok(());
        }
        let in_level = self.current_level.is_some();
        let tag = match (ns, local) {
            (Ns::Mc, "Choice") | (Ns::W, "pPr" | "rPr") => {
                self.skip_from = Some(self.stack.len() + 1);
                NumTag::Other
            }
            (Ns::W, "abstractNum") if self.current_abstract.is_none() => {
                if let Some(id) = attrs.int("abstractNumId") {
                    self.current_abstract = Some((id, AbstractNum::default()));
                }
                NumTag::Abstract
            }
            (Ns::W, "num") if self.current_num.is_none() => {
                if let Some(id) = attrs.int("numId") {
                    self.current_num = Some((id, Num::default()));
                }
                NumTag::Num
            }
            (Ns::W, "lvlOverride") if self.current_num.is_some() => {
                if let Some(i) = level_index(attrs.int("ilvl")) {
                    self.current_override = Some((i, Override::default()));
                }
                NumTag::Override
            }
            (Ns::W, "lvl")
                if !in_level
                    && (self.current_override.is_some() || self.current_abstract.is_some()) =>
            {
                // In an override, `w:ilvl` may be left out: it is the override's level.
                let index = level_index(attrs.int("ilvl"))
                    .or_else(|| self.current_override.as_ref().map(|(i, _)| *i));
                if let Some(i) = index {
                    self.current_level = Some((i, Level::default()));
                }
                NumTag::Level
            }
            (Ns::W, _) if in_level => {
                if let Some((_, level)) = self.current_level.as_mut() {
                    match local {
                        "start" => level.start = attrs.int("val").unwrap_or(0),
                        "numFmt" => {
                            level.fmt = attrs
                                .get("val")
                                .map_or(NumFmt::Decimal, |v| NumFmt::parse(&v));
                        }
                        "lvlText" => {
                            let mut text = attrs.get("val").unwrap_or_default();
                            if text.len() > MAX_LEVEL_TEXT_BYTES {
                                let mut cut = MAX_LEVEL_TEXT_BYTES;
                                while !text.is_char_boundary(cut) {
                                    cut -= 1;
                                }
                                text.truncate(cut);
                            }
                            level.text = text;
                        }
                        "lvlRestart" => level.restart = attrs.int("val"),
                        "suff" => {
                            level.suffix = match attrs.get("val").as_deref() {
                                Some("nothing") => Suffix::Nothing,
                                _ => Suffix::Space,
                            };
                        }
                        "isLgl" => level.legal = attrs.on(),
                        "pStyle" => level.pstyle = attrs.get("val"),
                        _ => {}
                    }
                }
                NumTag::Other
            }
            (Ns::W, "numStyleLink") => {
                if let Some((_, abs)) = self.current_abstract.as_mut() {
                    abs.num_style_link = attrs.get("val");
                }
                NumTag::Other
            }
            (Ns::W, "abstractNumId") => {
                if let Some((_, num)) = self.current_num.as_mut() {
                    num.abstract_id = attrs.int("val");
                }
                NumTag::Other
            }
            (Ns::W, "startOverride") => {
                if let Some((_, o)) = self.current_override.as_mut() {
                    o.start = attrs.int("val");
                }
                NumTag::Other
            }
            _ => NumTag::Other,
        };
        self.stack.push(tag);
        Ok(())
    }

    fn end(&mut self) -> Result<(), Error> {
        let tag = self.stack.pop();
        if let Some(from) = self.skip_from {
            if self.stack.len() < from {
                self.skip_from = None;
            }
            return Ok(());
        }
        match tag {
            Some(NumTag::Level) => {
                if let Some((i, level)) = self.current_level.take() {
                    if let Some((_, o)) = self.current_override.as_mut() {
                        o.level = Some(level);
                    } else if let Some((_, abs)) = self.current_abstract.as_mut()
                        && let Some(slot) = abs.levels.get_mut(i)
                    {
                        *slot = Some(level);
                    }
                }
            }
            Some(NumTag::Override) => {
                if let Some((i, o)) = self.current_override.take()
                    && let Some((_, num)) = self.current_num.as_mut()
                    && let Some(slot) = num.overrides.get_mut(i)
                {
                    *slot = o;
                }
            }
            Some(NumTag::Abstract) => {
                if let Some((id, abs)) = self.current_abstract.take() {
                    self.abstracts.entry(id).or_insert(abs);
                }
            }
            Some(NumTag::Num) => {
                if let Some((id, num)) = self.current_num.take() {
                    self.nums.entry(id).or_insert(num);
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn text(&mut self, _: &str) -> Result<(), Error> {
        Ok(())
    }
}

/// The numbering definitions and the running counters of the document's lists.
///
/// As in Word, the counters belong to the abstract definition: several list instances
/// (`w:num`) of one definition continue each other's numbers, and an instance with a
/// `w:startOverride` restarts the level at that value where the instance first appears.
struct Numbering {
    abstracts: HashMap<i64, AbstractNum>,
    nums: HashMap<i64, Num>,
    styles: HashMap<String, Style>,
    default_style: Option<String>,
}

#[derive(Default)]
struct Counters {
    /// Current value of each level, per abstract definition; `None` until the level is
    /// used, and again after it restarts.
    values: HashMap<i64, [Option<i64>; 9]>,
    /// (numId, level) pairs already seen, for `w:startOverride`.
    seen: HashSet<(i64, usize)>,
}

impl Numbering {
    /// The numbering of a style (following `w:basedOn`): numId and level, if any.
    fn style_numbering(&self, style: &str) -> Option<(i64, Option<i64>)> {
        let mut id = style;
        for _ in 0..MAX_STYLE_HOPS {
            let s = self.styles.get(id)?;
            if let Some(num) = s.num_id {
                return Some((num, s.ilvl));
            }
            id = s.based_on.as_deref()?;
        }
        None
    }

    /// The abstract definition of a list instance, following a numbering style link.
    fn abstract_of(&self, num_id: i64) -> Option<(i64, &AbstractNum)> {
        let mut abs_id = self.nums.get(&num_id)?.abstract_id?;
        for _ in 0..MAX_STYLE_HOPS {
            let abs = self.abstracts.get(&abs_id)?;
            let Some(link) = abs.num_style_link.as_deref() else {
                return Some((abs_id, abs));
            };
            let (linked_num, _) = self.style_numbering(link)?;
            let next = self.nums.get(&linked_num)?.abstract_id?;
            if next == abs_id {
                return Some((abs_id, abs));
            }
            abs_id = next;
        }
        None
    }

    /// Resolves a paragraph's list membership: its numId and level, from its own
    /// `w:numPr` or its style's.
    fn membership(
        &self,
        num_id: Option<i64>,
        ilvl: Option<i64>,
        style: Option<&str>,
    ) -> Option<(i64, usize)> {
        let style = style.or(self.default_style.as_deref());
        let from_style = style.and_then(|s| self.style_numbering(s));
        let num = num_id.or(from_style.map(|(n, _)| n))?;
        if num <= 0 {
            // numId 0 removes the numbering (e.g. of the style).
            return None;
        }
        let level = ilvl.or(if num_id.is_some() {
            None
        } else {
            from_style.and_then(|(_, l)| l)
        });
        let level = match level {
            Some(l) => level_index(Some(l))?,
            None => style
                .and_then(|s| {
                    let (_, abs) = self.abstract_of(num)?;
                    abs.levels
                        .iter()
                        .position(|l| l.as_ref().and_then(|l| l.pstyle.as_deref()) == Some(s))
                })
                .unwrap_or(0),
        };
        Some((num, level))
    }

    /// Advances the counters for a paragraph of list `num_id` at `ilvl` and renders its
    /// marker with its suffix (`"(1) "`, `"a. "`); `None` for bullets and lists without
    /// a definition.
    fn next_marker(&self, counters: &mut Counters, num_id: i64, ilvl: usize) -> Option<String> {
        let num = self.nums.get(&num_id)?;
        let (abs_id, abs) = self.abstract_of(num_id)?;
        let level_def = |k: usize| -> Option<&Level> {
            num.overrides
                .get(k)
                .and_then(|o| o.level.as_ref())
                .or_else(|| abs.levels.get(k).and_then(Option::as_ref))
        };
        let start_of = |k: usize| -> i64 {
            num.overrides
                .get(k)
                .and_then(|o| o.start)
                .or_else(|| level_def(k).map(|l| l.start))
                .unwrap_or(0)
        };
        let level = level_def(ilvl)?;
        let values = counters.values.entry(abs_id).or_insert([None; 9]);
        let first = counters.seen.insert((num_id, ilvl));
        let overridden = num.overrides.get(ilvl).and_then(|o| o.start);
        let value = match (first, overridden) {
            (true, Some(start)) => start,
            _ => match values.get(ilvl).copied().flatten() {
                Some(v) => v.saturating_add(1),
                None => start_of(ilvl),
            },
        };
        if let Some(slot) = values.get_mut(ilvl) {
            *slot = Some(value);
        }
        // Deeper levels restart when this one advances, unless their w:lvlRestart says
        // otherwise (0: never; n: only when level n or a shallower one is used).
        let ilvl_i = i64::try_from(ilvl).unwrap_or(0);
        for (m, slot) in values.iter_mut().enumerate().skip(ilvl + 1) {
            let m_i = i64::try_from(m).unwrap_or(0);
            let restart = match level_def(m).and_then(|l| l.restart) {
                None => true,
                Some(r) if r > m_i || r < 0 => true,
                Some(0) => false,
                Some(r) => ilvl_i < r,
            };
            if restart {
                *slot = None;
            }
        }
        if level.fmt == NumFmt::Bullet {
            return None;
        }
        let mut out = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%'
                && let Some(d) = chars.peek().and_then(|d| d.to_digit(10))
                && (1..=9).contains(&d)
            {
                chars.next();
                let k = usize::try_from(d - 1).unwrap_or(0);
                let v = if k == ilvl {
                    value
                } else {
                    values
                        .get(k)
                        .copied()
                        .flatten()
                        .unwrap_or_else(|| start_of(k))
                };
                let fmt = if level.legal {
                    NumFmt::Decimal
                } else {
                    level_def(k).map_or(NumFmt::Decimal, |l| l.fmt)
                };
                push_number(&mut out, v, fmt);
            } else {
                out.push(c);
            }
        }
        if out.trim().is_empty() {
            return None;
        }
        if level.suffix == Suffix::Space {
            out.push(' ');
        }
        Some(out)
    }
}

/// Writes `v` in the list format `fmt` (letters and Roman numerals as Word writes them:
/// `z`, `aa`, `bb`; Roman up to 3999; decimal otherwise).
fn push_number(out: &mut String, v: i64, fmt: NumFmt) {
    use std::fmt::Write as _;
    match fmt {
        NumFmt::None | NumFmt::Bullet => {}
        NumFmt::LowerLetter | NumFmt::UpperLetter if (1..=26 * 8).contains(&v) => {
            let idx = u8::try_from((v - 1) % 26).unwrap_or(0);
            let repeat = usize::try_from((v - 1) / 26 + 1).unwrap_or(1);
            let base = if fmt == NumFmt::LowerLetter {
                b'a'
            } else {
                b'A'
            };
            let c = char::from(base + idx);
            out.extend(std::iter::repeat_n(c, repeat));
        }
        NumFmt::LowerRoman | NumFmt::UpperRoman if (1..4000).contains(&v) => {
            let roman = roman(v);
            if fmt == NumFmt::LowerRoman {
                out.push_str(&roman.to_ascii_lowercase());
            } else {
                out.push_str(&roman);
            }
        }
        NumFmt::DecimalZero if (0..10).contains(&v) => {
            let _ = write!(out, "0{v}");
        }
        _ => {
            let _ = write!(out, "{v}");
        }
    }
}

fn roman(v: i64) -> String {
    u32::try_from(v)
        .map(crate::grammar::to_roman)
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------
// The document body.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DocTag {
    P,
    PPr,
    NumPr,
    R,
    RPr,
    T,
    /// `mc:AlternateContent` and `mc:Fallback`: transparent, their children are read as
    /// children of the enclosing element.
    Mc,
    Other,
}

/// The paragraph being read.
#[derive(Default)]
struct Para {
    no: u32,
    num_id: Option<i64>,
    ilvl: Option<i64>,
    style: Option<String>,
    /// Text of the lines before a `w:br`, then the current line.
    done: Vec<String>,
    current: String,
}

struct DocumentSink<'n> {
    name: &'n str,
    numbering: Numbering,
    counters: Counters,
    lines: Vec<Line>,
    text_bytes: usize,
    paragraphs: u32,
    para: Option<Para>,
    /// Properties of the current run: hidden, all capitals.
    hidden: bool,
    caps: bool,
    stack: Vec<DocTag>,
    skip_from: Option<usize>,
}

impl<'n> DocumentSink<'n> {
    fn new(name: &'n str, numbering: Numbering) -> Self {
        DocumentSink {
            name,
            numbering,
            counters: Counters::default(),
            lines: Vec::new(),
            text_bytes: 0,
            paragraphs: 0,
            para: None,
            hidden: false,
            caps: false,
            stack: Vec::with_capacity(32),
            skip_from: None,
        }
    }

    fn push_text(&mut self, text: &str) {
        if self.hidden {
            return;
        }
        if let Some(p) = self.para.as_mut() {
            if self.caps {
                p.current.push_str(&text.to_uppercase());
            } else {
                p.current.push_str(text);
            }
        }
    }

    fn finish_paragraph(&mut self) -> Result<(), Error> {
        let Some(mut para) = self.para.take() else {
            return Ok(());
        };
        let marker = self
            .numbering
            .membership(para.num_id, para.ilvl, para.style.as_deref())
            .and_then(|(num, ilvl)| self.numbering.next_marker(&mut self.counters, num, ilvl));
        let current = std::mem::take(&mut para.current);
        para.done.push(current);
        for (i, raw) in para.done.iter().enumerate() {
            let text = match (&marker, i) {
                (Some(m), 0) => normalise_spaces(&format!("{m}{raw}")),
                _ => normalise_spaces(raw),
            };
            if text.is_empty() {
                continue;
            }
            self.text_bytes = self.text_bytes.saturating_add(text.len());
            if self.text_bytes > MAX_SOURCE_BYTES {
                return Err(limit_error(
                    self.name,
                    DOCUMENT_PART,
                    "extracted text",
                    MAX_SOURCE_BYTES as u64,
                    "bytes",
                ));
            }
            self.lines.push(Line {
                no: para.no,
                range: 0..0,
                text,
                text_start: 0,
                heading: false,
            });
        }
        Ok(())
    }
}

impl Sink for DocumentSink<'_> {
    fn start(&mut self, ns: Ns, local: &str, attrs: &Attrs<'_>) -> Result<(), Error> {
        if self.skip_from.is_some() {
            self.stack.push(DocTag::Other);
            return Ok(());
        }
        let parent = self.stack.iter().rev().find(|t| **t != DocTag::Mc).copied();
        let in_run = parent == Some(DocTag::R) && !self.hidden && self.para.is_some();
        let tag = match (ns, local) {
            (Ns::W, "p") if self.para.is_none() => {
                self.paragraphs = self.paragraphs.saturating_add(1);
                self.para = Some(Para {
                    no: self.paragraphs,
                    ..Para::default()
                });
                DocTag::P
            }
            (Ns::W, "pPr") if parent == Some(DocTag::P) => DocTag::PPr,
            (Ns::W, "pStyle") if parent == Some(DocTag::PPr) => {
                if let Some(p) = self.para.as_mut() {
                    p.style = attrs.get("val");
                }
                DocTag::Other
            }
            (Ns::W, "numPr") if parent == Some(DocTag::PPr) => DocTag::NumPr,
            (Ns::W, "numId") if parent == Some(DocTag::NumPr) => {
                if let Some(p) = self.para.as_mut() {
                    p.num_id = attrs.int("val");
                }
                DocTag::Other
            }
            (Ns::W, "ilvl") if parent == Some(DocTag::NumPr) => {
                if let Some(p) = self.para.as_mut() {
                    p.ilvl = attrs.int("val");
                }
                DocTag::Other
            }
            (Ns::W, "r") => {
                self.hidden = false;
                self.caps = false;
                DocTag::R
            }
            (Ns::W, "rPr") if parent == Some(DocTag::R) => DocTag::RPr,
            (Ns::W, "vanish") if parent == Some(DocTag::RPr) => {
                self.hidden = attrs.on();
                DocTag::Other
            }
            (Ns::W, "caps") if parent == Some(DocTag::RPr) => {
                self.caps = attrs.on();
                DocTag::Other
            }
            (Ns::W, "t") if parent == Some(DocTag::R) => DocTag::T,
            (Ns::W, "tab" | "ptab") if in_run => {
                self.push_text(" ");
                DocTag::Other
            }
            (Ns::W, "noBreakHyphen") if in_run => {
                self.push_text("-");
                DocTag::Other
            }
            (Ns::W, "br" | "cr") if in_run => {
                if let Some(p) = self.para.as_mut() {
                    let line = std::mem::take(&mut p.current);
                    p.done.push(line);
                }
                DocTag::Other
            }
            // Not part of the final text: deletions, the old properties of tracked
            // changes, text boxes (anchored inside another paragraph), ruby guides, and
            // the extension branch of markup-compatibility blocks (the fallback is read).
            (
                Ns::W,
                "del" | "moveFrom" | "pPrChange" | "rPrChange" | "txbxContent" | "rt" | "delText"
                | "instrText" | "delInstrText",
            )
            | (Ns::Mc, "Choice") => {
                self.skip_from = Some(self.stack.len() + 1);
                DocTag::Other
            }
            (Ns::Mc, "AlternateContent" | "Fallback") => DocTag::Mc,
            _ => DocTag::Other,
        };
        self.stack.push(tag);
        Ok(())
    }

    fn end(&mut self) -> Result<(), Error> {
        let tag = self.stack.pop();
        if let Some(from) = self.skip_from {
            if self.stack.len() < from {
                self.skip_from = None;
            }
            return Ok(());
        }
        match tag {
            Some(DocTag::P) => self.finish_paragraph()?,
            Some(DocTag::R) => {
                self.hidden = false;
                self.caps = false;
            }
            _ => {}
        }
        Ok(())
    }

    fn text(&mut self, text: &str) -> Result<(), Error> {
        if self.skip_from.is_none() && self.stack.last() == Some(&DocTag::T) {
            self.push_text(text);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_render_as_word_writes_them() {
        let mut s = String::new();
        for (v, fmt) in [
            (1, NumFmt::LowerLetter),
            (27, NumFmt::LowerLetter),
            (28, NumFmt::UpperLetter),
            (4, NumFmt::UpperRoman),
            (14, NumFmt::LowerRoman),
            (3, NumFmt::DecimalZero),
            (4000, NumFmt::UpperRoman),
            (0, NumFmt::LowerLetter),
            (i64::MAX, NumFmt::LowerLetter),
        ] {
            push_number(&mut s, v, fmt);
            s.push('|');
        }
        assert_eq!(s, format!("a|aa|BB|IV|xiv|03|4000|0|{}|", i64::MAX));
    }
}
