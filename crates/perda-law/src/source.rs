//! Loading legal text: Markdown (through pulldown-cmark) and plain text (from PDF or OCR).
//!
//! A [`Source`] is the list of content lines of one document. Every [`Line`] keeps its
//! 1-based line number and byte range in the original file, so every node built from it
//! can point back at the source. Markdown syntax (heading marks, bullets, emphasis,
//! backslash escapes) is stripped; legal markers such as `1.`, `a.` and `(1)` are kept
//! exactly as written, because the legal grammar, not Markdown, decides what they mean.

use std::ops::Range;

use pulldown_cmark::{Event, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use crate::error::Error;

/// Largest input accepted, in bytes. A regulation of several hundred pages is a few MB;
/// anything far larger is not a regulation and is refused instead of eating memory.
pub const MAX_SOURCE_BYTES: usize = 64 * 1024 * 1024;

/// The format a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceFormat {
    /// Markdown with optional YAML front matter (the corpus and drafts kept in git).
    Markdown,
    /// Plain text, typically extracted from a PDF or produced by OCR.
    Text,
    /// A Word document (`.docx`): one line per paragraph, list numbering rendered
    /// (see [`crate::docx`]).
    Docx,
}

/// One content line of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the original file.
    pub no: u32,
    /// Byte range of the whole line in the original file (without the line ending).
    pub range: Range<usize>,
    /// The line's text with Markdown syntax removed and whitespace trimmed.
    pub text: String,
    /// Byte offset in the original file of the first character of `text`.
    pub text_start: usize,
    /// Whether the line was a Markdown heading.
    pub heading: bool,
}

/// YAML front matter of a Markdown document, kept raw so that it can be deserialised into
/// whatever type the caller needs, with errors mapped to file lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    /// The YAML text.
    pub yaml: String,
    /// 1-based file line of the first YAML line (the line after the opening `---`).
    pub first_line: u32,
}

/// A loaded document: its content lines, front matter and where it came from.
#[derive(Debug, Clone)]
pub struct Source {
    /// Display name of the origin (a path, or `<stdin>`), used in messages.
    pub name: String,
    /// The format it was read as.
    pub format: SourceFormat,
    /// Content lines in document order; blank lines are omitted.
    pub lines: Vec<Line>,
    /// YAML front matter, if the Markdown document had one.
    pub front_matter: Option<FrontMatter>,
}

impl Source {
    /// Reads Markdown text. `name` is used in messages (usually the file path).
    ///
    /// ```
    /// let src = perda_law::Source::from_markdown("x.md", "# Pasal 1\n\nTeks.\n").unwrap();
    /// assert_eq!(src.lines[0].text, "Pasal 1");
    /// assert_eq!(src.lines[1].no, 3);
    /// ```
    pub fn from_markdown(name: &str, text: &str) -> Result<Self, Error> {
        check_size(name, text)?;
        let (bom, text) = match text.strip_prefix('\u{feff}') {
            Some(t) => (3, t),
            None => (0, text),
        };
        let starts = line_starts(text);
        let mut content = vec![false; starts.len()];
        let mut excluded = vec![false; starts.len()];
        let mut heading = vec![false; starts.len()];
        let mut front_matter = None;

        let opts = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
        let mut in_meta = false;
        let mut meta_range: Option<Range<usize>> = None;
        let mut meta_text = String::new();
        for (event, range) in Parser::new_ext(text, opts).into_offset_iter() {
            match event {
                Event::Start(Tag::MetadataBlock(MetadataBlockKind::YamlStyle)) => {
                    in_meta = true;
                    meta_range = Some(range.clone());
                    mark(&starts, &range, &mut excluded);
                }
                Event::End(TagEnd::MetadataBlock(_)) => in_meta = false,
                Event::Text(t) if in_meta => meta_text.push_str(&t),
                Event::Start(Tag::Heading { .. }) => {
                    mark(&starts, &range, &mut content);
                    mark(&starts, &range, &mut heading);
                }
                Event::Start(Tag::Paragraph | Tag::Item | Tag::TableCell) => {
                    mark(&starts, &range, &mut content);
                }
                Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) | Event::Rule => {
                    mark(&starts, &range, &mut excluded);
                }
                _ => {}
            }
        }
        if let Some(r) = meta_range {
            let first_line = line_of(&starts, r.start) + 1;
            front_matter = Some(FrontMatter {
                yaml: meta_text,
                first_line: u32::try_from(first_line + 1).unwrap_or(u32::MAX),
            });
        }

        let mut lines = Vec::new();
        for (idx, &start) in starts.iter().enumerate() {
            if !content.get(idx).copied().unwrap_or(false)
                || excluded.get(idx).copied().unwrap_or(false)
            {
                continue;
            }
            let end = line_end(text, &starts, idx);
            let raw = text.get(start..end).unwrap_or("");
            let is_heading = heading.get(idx).copied().unwrap_or(false);
            let (offset, cleaned) = strip_markdown(raw, is_heading);
            if cleaned.is_empty() {
                continue;
            }
            lines.push(Line {
                no: u32::try_from(idx + 1).unwrap_or(u32::MAX),
                range: start + bom..end + bom,
                text: cleaned,
                text_start: start + offset + bom,
                heading: is_heading,
            });
        }
        Ok(Source {
            name: name.to_string(),
            format: SourceFormat::Markdown,
            lines,
            front_matter,
        })
    }

    /// Reads plain text: every non-blank line is a content line.
    ///
    /// ```
    /// let src = perda_law::Source::from_text("x.txt", "Pasal 1\n\n  Teks.\r\n").unwrap();
    /// assert_eq!(src.lines.len(), 2);
    /// assert_eq!(src.lines[1].text, "Teks.");
    /// ```
    pub fn from_text(name: &str, text: &str) -> Result<Self, Error> {
        check_size(name, text)?;
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let body = text.get(bom..).unwrap_or("");
        let starts = line_starts(body);
        let mut lines = Vec::new();
        for (idx, &start) in starts.iter().enumerate() {
            let end = line_end(body, &starts, idx);
            let raw = body.get(start..end).unwrap_or("");
            let lead = raw.len() - raw.trim_start().len();
            let cleaned = normalise_spaces(raw.trim());
            if cleaned.is_empty() {
                continue;
            }
            lines.push(Line {
                no: u32::try_from(idx + 1).unwrap_or(u32::MAX),
                range: start + bom..end + bom,
                text: cleaned,
                text_start: start + lead + bom,
                heading: false,
            });
        }
        Ok(Source {
            name: name.to_string(),
            format: SourceFormat::Text,
            lines,
            front_matter: None,
        })
    }

    /// Reads a Word document (DOCX): one line per paragraph of `word/document.xml`, with
    /// automatic list numbering (`(1)`, `a.`, `1.`) rendered before the text as a reader
    /// sees it. [`Line::no`] is the paragraph's 1-based index in the document; byte ranges
    /// are empty. Hostile files (zip bombs, thousands of entries, deep XML) are refused
    /// with [`Error::DocxLimit`]; see [`crate::docx`] for what is read and the limits.
    ///
    /// # Examples
    ///
    /// A minimal package with the document body only (Word writes more parts, which are
    /// read when present):
    ///
    /// ```
    /// use std::io::Write;
    ///
    /// let body = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    ///   <w:body><w:p><w:r><w:t>Pasal 1</w:t></w:r></w:p>
    ///   <w:p><w:r><w:t>Desa membuat data.</w:t></w:r></w:p></w:body></w:document>"#;
    /// let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    /// zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default())?;
    /// zip.write_all(body.as_bytes())?;
    /// let bytes = zip.finish()?.into_inner();
    ///
    /// let src = perda_law::Source::from_docx("perdes.docx", &bytes)?;
    /// assert_eq!(src.lines[0].text, "Pasal 1");
    /// assert_eq!(src.lines[1].no, 2); // the paragraph's index
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_docx(name: &str, bytes: &[u8]) -> Result<Self, Error> {
        let lines = crate::docx::read_lines(name, bytes)?;
        Ok(Source {
            name: name.to_string(),
            format: SourceFormat::Docx,
            lines,
            front_matter: None,
        })
    }

    /// Reads bytes as the format suggested by `name`'s extension (`.md`/`.markdown` are
    /// Markdown, `.docx` a Word document, anything else plain text). Bytes that start
    /// like a zip archive (`PK\x03\x04`, e.g. a DOCX file on standard input) are read
    /// as a Word document whatever the name. Invalid UTF-8 is an error naming the line.
    ///
    /// # Examples
    ///
    /// ```
    /// use perda_law::{Error, Source, SourceFormat};
    ///
    /// let src = Source::from_bytes("draft.md", b"# Pasal 1\n\nTeks.\n")?;
    /// assert_eq!(src.format, SourceFormat::Markdown);
    /// let err = Source::from_bytes("scan.txt", b"Pasal 1\n\xff\n").unwrap_err();
    /// assert!(matches!(err, Error::InvalidUtf8 { line: 2, .. }));
    /// # Ok::<(), perda_law::Error>(())
    /// ```
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Self, Error> {
        if crate::docx::is_docx_name(name) || crate::docx::is_zip(bytes) {
            return Self::from_docx(name, bytes);
        }
        if bytes.len() > MAX_SOURCE_BYTES {
            return Err(Error::TooLarge {
                name: name.to_string(),
                size: bytes.len(),
                limit: MAX_SOURCE_BYTES,
            });
        }
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let upto = bytes.get(..e.valid_up_to()).unwrap_or(&[]);
            let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
            Error::InvalidUtf8 {
                name: name.to_string(),
                line,
            }
        })?;
        if text.trim_start_matches('\u{feff}').trim().is_empty() {
            return Err(Error::Empty {
                name: name.to_string(),
            });
        }
        if text.contains('\0') {
            let line = text
                .split('\0')
                .next()
                .map_or(1, |s| s.matches('\n').count() + 1);
            return Err(Error::Binary {
                name: name.to_string(),
                line,
            });
        }
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Self::from_markdown(name, text)
        } else {
            Self::from_text(name, text)
        }
    }

    /// Reads a file from disk (see [`Source::from_bytes`]; `.docx` files and zip data are
    /// read as Word documents).
    pub fn load(path: &std::path::Path) -> Result<Self, Error> {
        let name = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| Error::Io {
            name: name.clone(),
            source: e,
        })?;
        if meta.len() > MAX_SOURCE_BYTES as u64 {
            return Err(Error::TooLarge {
                name,
                size: usize::try_from(meta.len()).unwrap_or(usize::MAX),
                limit: MAX_SOURCE_BYTES,
            });
        }
        // The size in the metadata is 0 for devices and pipes (`/dev/zero`, a FIFO): read at
        // most one byte past the limit whatever it says.
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| {
                use std::io::Read;
                f.take(MAX_SOURCE_BYTES as u64 + 1).read_to_end(&mut bytes)
            })
            .map_err(|e| Error::Io {
                name: name.clone(),
                source: e,
            })?;
        Self::from_bytes(&name, &bytes)
    }
}

fn check_size(name: &str, text: &str) -> Result<(), Error> {
    if text.len() > MAX_SOURCE_BYTES {
        return Err(Error::TooLarge {
            name: name.to_string(),
            size: text.len(),
            limit: MAX_SOURCE_BYTES,
        });
    }
    Ok(())
}

/// Byte offsets at which each line starts.
fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(
        memchr::memchr_iter(b'\n', text.as_bytes())
            .map(|i| i + 1)
            .filter(|&next| next < text.len()),
    );
    starts
}

/// End of line `idx` (exclusive), without `\n` or `\r\n`.
fn line_end(text: &str, starts: &[usize], idx: usize) -> usize {
    let next = starts.get(idx + 1).copied().unwrap_or(text.len());
    let mut end = next;
    let bytes = text.as_bytes();
    while end > starts.get(idx).copied().unwrap_or(0)
        && matches!(bytes.get(end - 1), Some(b'\n' | b'\r'))
    {
        end -= 1;
    }
    end
}

fn line_of(starts: &[usize], offset: usize) -> usize {
    match starts.binary_search(&offset) {
        Ok(i) => i,
        Err(i) => i.saturating_sub(1),
    }
}

fn mark(starts: &[usize], range: &Range<usize>, flags: &mut [bool]) {
    let first = line_of(starts, range.start);
    let last = line_of(starts, range.end.saturating_sub(1).max(range.start));
    for f in flags.iter_mut().take(last + 1).skip(first) {
        *f = true;
    }
}

/// Collapses runs of whitespace (tabs, NBSP) into single spaces.
pub(crate) fn normalise_spaces(s: &str) -> String {
    // Most lines already are: ASCII, single spaces, nothing at either end.
    let b = s.as_bytes();
    if s.is_ascii()
        && b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !b.iter().any(|&c| c.is_ascii_whitespace() && c != b' ')
        && memchr::memmem::find(b, b"  ").is_none()
    {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() || c == '\u{a0}' {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Removes the Markdown syntax of one line; returns the byte offset of the kept text in
/// `raw` and the cleaned text.
fn strip_markdown(raw: &str, heading: bool) -> (usize, String) {
    let mut rest = raw.trim_end();
    let lead = rest.len() - rest.trim_start().len();
    rest = rest.trim_start();
    let mut offset = lead;
    // Block quotes.
    while let Some(r) = rest.strip_prefix('>') {
        let r2 = r.trim_start();
        offset += rest.len() - r2.len();
        rest = r2;
    }
    if heading {
        let hashes = rest.chars().take_while(|&c| c == '#').count();
        if hashes > 0 {
            let r2 = rest.get(hashes..).unwrap_or("").trim_start();
            offset += rest.len() - r2.len();
            rest = r2;
            rest = rest.trim_end_matches('#').trim_end();
        }
        // Setext underline lines are headings too but carry no text.
        if rest.chars().all(|c| c == '=' || c == '-') {
            return (offset, String::new());
        }
    }
    // Bullets (`-`, `*`, `+`) are Markdown, not legal markers.
    for bullet in ["- ", "* ", "+ "] {
        if let Some(r) = rest.strip_prefix(bullet) {
            let r2 = r.trim_start();
            offset += rest.len() - r2.len();
            rest = r2;
            break;
        }
    }
    let rest = rest.trim_end_matches('\\').trim_end();
    let mut out = String::with_capacity(rest.len());
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(&n) = chars.peek()
                    && n.is_ascii_punctuation()
                {
                    out.push(n);
                    chars.next();
                    continue;
                }
                out.push(c);
            }
            '*' | '_' if chars.peek() == Some(&c) => {
                chars.next();
            }
            '`' => {}
            _ => out.push(c),
        }
    }
    (offset, normalise_spaces(&out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_lines_keep_positions_and_markers() {
        let md = "---\nid: x\n---\n\n# UNDANG-UNDANG\n\n1. Satu.\n2. Dua.\n\n(1) Ayat **satu**.\n\n```\nPasal 99\n```\n";
        let src = Source::from_markdown("t.md", md).unwrap();
        let texts: Vec<_> = src.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            ["UNDANG-UNDANG", "1. Satu.", "2. Dua.", "(1) Ayat satu."]
        );
        assert_eq!(src.lines[0].no, 5);
        assert!(src.lines[0].heading);
        assert_eq!(&md[src.lines[1].range.clone()], "1. Satu.");
        let fm = src.front_matter.unwrap();
        assert_eq!(fm.yaml.trim(), "id: x");
        assert_eq!(fm.first_line, 2);
    }

    #[test]
    fn text_lines_skip_blanks_and_trim() {
        let src = Source::from_text("t.txt", "a\n\n\t b  c \r\n").unwrap();
        assert_eq!(src.lines.len(), 2);
        assert_eq!(src.lines[1].text, "b c");
        assert_eq!(src.lines[1].no, 3);
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let err = Source::from_bytes("bad.txt", b"ok\nok\n\xff\n").unwrap_err();
        assert!(err.to_string().contains("bad.txt:3"), "{err}");
    }

    #[test]
    fn binary_is_refused() {
        let err = Source::from_bytes("bin.txt", b"a\0b").unwrap_err();
        assert!(matches!(err, Error::Binary { .. }));
    }
}
