//! Renderings of a [`Report`]: for a drafter at a terminal (`human`), for programs (`json`,
//! documented in `docs/schemas/check-report.schema.json`), for code scanning (`sarif`,
//! SARIF 2.1.0), for GitHub Actions (`github` workflow commands) and for CI dashboards
//! (`junit`).
//!
//! Every format is written as a stream ([`Writer`]): its head, then each outcome's part as
//! the outcome arrives (in input order, from [`Plan::stream`](super::run::Plan::stream)),
//! then its tail — the summary, and for JSON the inputs that could not be read. The bytes
//! are the same as [`render`] gives for the whole report. What is kept between outcomes is
//! small: the unreadable inputs (JSON), the rules list written after the results (SARIF),
//! and for JUnit, whose totals head the document, a compact account of each file (its
//! failing rules' messages and its coverage verdicts, the passing rules being implied).

mod github;
mod human;
mod json;
mod junit;
mod sarif;

#[cfg(test)]
mod tests;

use std::io::{self, Write};

#[cfg(feature = "schema")]
pub(crate) use json::schema as json_schema;

use super::finding::Lang;
use super::run::{Outcome, Report, Summary};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Annotated source lines like a compiler, and a coverage table per file.
    Human,
    /// The documented JSON report.
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=...,line=...::...`).
    Github,
    /// JUnit XML: one test case per rule and per obligation.
    Junit,
}

/// How to render.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Language of messages.
    pub lang: Lang,
    /// ANSI colours (human format only).
    pub color: bool,
}

/// Renders a report.
pub fn render(report: &Report, format: Format, style: Style) -> String {
    let mut buf = Vec::new();
    // Writing into a Vec does not fail, and serializing the report's types does not either.
    let _ = (|| -> io::Result<()> {
        let mut w = Writer::new(&mut buf, format, style)?;
        for o in &report.files {
            w.outcome(o)?;
        }
        w.finish(&report.summary).map(drop)
    })();
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Writes a report in one format as its outcomes arrive: the head when created, each
/// outcome's part when handed one, the tail with [`Writer::finish`]. Fed the outcomes of a
/// report in order, then its summary, it writes exactly what [`render`] returns.
///
/// ```
/// use perda_draft::check::Lang;
/// use perda_draft::check::output::{Format, Style, Writer};
/// use perda_draft::check::run::{Input, Plan, RunOptions};
///
/// let inputs = [Input::Bytes {
///     name: "perdes.txt".into(),
///     bytes: b"PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nKETERTIBAN\n\
///              Pasal 1\nPeraturan Desa ini mulai berlaku pada tanggal diundangkan.\n"
///         .to_vec(),
/// }];
/// let opts = RunOptions { no_config: true, ..RunOptions::default() };
/// let style = Style { lang: Lang::En, color: false };
/// let mut w = Writer::new(Vec::new(), Format::Json, style)?;
/// let totals = Plan::new(&inputs, &opts)?.stream(|o| w.outcome(&o))?;
/// let json = w.finish(&totals.summary)?;
/// let v: serde_json::Value = serde_json::from_slice(&json)?;
/// assert_eq!(v["files"][0]["path"], "perdes.txt");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Writer<W: Write> {
    out: W,
    state: State,
}

/// What each format keeps between outcomes.
enum State {
    Human(human::Stream),
    Json(json::Stream),
    Sarif(sarif::Stream),
    Github(github::Stream),
    Junit(junit::Stream),
}

impl<W: Write> Writer<W> {
    /// Starts a report: writes the format's head (nothing for human, github and junit).
    pub fn new(mut out: W, format: Format, style: Style) -> io::Result<Self> {
        let state = match format {
            Format::Human => State::Human(human::Stream::new(style)),
            Format::Json => State::Json(json::Stream::start(&mut out, style.lang)?),
            Format::Sarif => State::Sarif(sarif::Stream::start(&mut out, style.lang)?),
            Format::Github => State::Github(github::Stream::new(style.lang)),
            Format::Junit => State::Junit(junit::Stream::new(style.lang)),
        };
        Ok(Writer { out, state })
    }

    /// Writes (or, for JUnit, notes) one outcome.
    pub fn outcome(&mut self, o: &Outcome) -> io::Result<()> {
        let out = &mut self.out;
        match &mut self.state {
            State::Human(s) => s.outcome(out, o),
            State::Json(s) => s.outcome(out, o),
            State::Sarif(s) => s.outcome(out, o),
            State::Github(s) => s.outcome(out, o),
            State::Junit(s) => {
                s.outcome(o);
                Ok(())
            }
        }
    }

    /// Writes the tail (and, for JUnit, the whole document), flushes, and gives the writer
    /// back.
    pub fn finish(mut self, summary: &Summary) -> io::Result<W> {
        let out = &mut self.out;
        match self.state {
            State::Human(s) => s.finish(out, summary)?,
            State::Json(s) => s.finish(out, summary)?,
            State::Sarif(s) => s.finish(out)?,
            State::Github(_) => {}
            State::Junit(s) => s.finish(out)?,
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

impl<W: Write> std::fmt::Debug for Writer<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let format = match self.state {
            State::Human(_) => Format::Human,
            State::Json(_) => Format::Json,
            State::Sarif(_) => Format::Sarif,
            State::Github(_) => Format::Github,
            State::Junit(_) => Format::Junit,
        };
        f.debug_struct("Writer").field("format", &format).finish()
    }
}

/// Writes `value` as pretty JSON (two spaces a level, as `serde_json::to_string_pretty`)
/// as if it stood `depth` levels deep in a larger document: every line after the first
/// indented by `depth` levels. JSON strings hold no raw line feed, so each line feed of the
/// output starts a new line of the structure. `buf` is scratch space, reused.
pub(super) fn write_nested<T: serde::Serialize + ?Sized>(
    out: &mut dyn Write,
    buf: &mut Vec<u8>,
    value: &T,
    depth: usize,
) -> io::Result<()> {
    buf.clear();
    serde_json::to_writer_pretty(&mut *buf, value)?;
    let mut lines = buf.split(|&b| b == b'\n');
    if let Some(first) = lines.next() {
        out.write_all(first)?;
    }
    for line in lines {
        out.write_all(b"\n")?;
        indent(out, depth)?;
        out.write_all(line)?;
    }
    Ok(())
}

/// Writes `depth` levels of indentation (two spaces each).
pub(super) fn indent(out: &mut dyn Write, depth: usize) -> io::Result<()> {
    for _ in 0..depth {
        out.write_all(b"  ")?;
    }
    Ok(())
}

/// A pretty JSON array written one element at a time, `depth` levels deep (the depth of
/// the line holding its `[`): `[]` when empty, else `[`, each element on its own line one
/// level deeper, and `]` on a line of its own.
#[derive(Debug, Default)]
pub(super) struct Array {
    depth: usize,
    len: usize,
}

impl Array {
    pub(super) fn new(depth: usize) -> Self {
        Array { depth, len: 0 }
    }

    /// Writes one element (and the `[` before the first).
    pub(super) fn push<T: serde::Serialize + ?Sized>(
        &mut self,
        out: &mut dyn Write,
        buf: &mut Vec<u8>,
        value: &T,
    ) -> io::Result<()> {
        out.write_all(if self.len == 0 { b"[\n" } else { b",\n" })?;
        indent(out, self.depth + 1)?;
        write_nested(out, buf, value, self.depth + 1)?;
        self.len += 1;
        Ok(())
    }

    /// Closes the array (`[]` when nothing was pushed).
    pub(super) fn close(self, out: &mut dyn Write) -> io::Result<()> {
        if self.len == 0 {
            return out.write_all(b"[]");
        }
        out.write_all(b"\n")?;
        indent(out, self.depth)?;
        out.write_all(b"]")
    }
}
