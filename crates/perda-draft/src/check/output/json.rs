//! The JSON report (schema: `docs/schemas/check-report.schema.json`, version 1, generated
//! from the types below). Field names and meanings are stable; new fields may be added.

use std::io::{self, Write};

use serde::Serialize;

use crate::check::coverage::{Location, Status, Via};
use crate::check::finding::{Lang, Severity};
use crate::check::run::{Checked, FileError, Outcome, Summary};

use super::{Array, write_nested};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// The report of `perda check --format json`. [`Stream`] writes it piece by piece, in the
/// order of these fields; the whole view is only built for the schema.
#[cfg(feature = "schema")]
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema), schemars(deny_unknown_fields))]
pub(super) struct View<'a> {
    /// The version of this format.
    #[cfg_attr(feature = "schema", schemars(extend("const" = 1)))]
    pub(super) version: u32,
    /// The program that wrote the report.
    pub(super) tool: Tool,
    /// The language of the messages (`--lang`).
    pub(super) lang: Lang,
    /// The files checked, in input order.
    pub(super) files: Vec<FileView<'a>>,
    /// Inputs that could not be read or parsed (the exit code is then 2).
    pub(super) errors: Vec<ErrorView<'a>>,
    /// Counts over all files.
    pub(super) summary: &'a Summary,
}

/// The version of the format (`version`).
pub(super) const VERSION: u32 = 1;

/// The program that wrote the report.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema), schemars(deny_unknown_fields))]
pub(super) struct Tool {
    /// Always `perda`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = "perda")))]
    name: &'static str,
    /// The version of perda.
    version: &'static str,
}

impl Tool {
    pub(super) const PERDA: Tool = Tool {
        name: "perda",
        version: env!("CARGO_PKG_VERSION"),
    };
}

/// One checked file (or a perda.toml with findings).
#[derive(Serialize)]
#[cfg_attr(
    feature = "schema",
    derive(JsonSchema),
    schemars(rename = "File", deny_unknown_fields)
)]
pub(super) struct FileView<'a> {
    /// The file as given or found.
    path: &'a str,
    /// Level judged at; null when unknown (then coverage is empty and COV-003 says why).
    level: Option<perda_law::Level>,
    /// The region named in the title.
    region: Option<&'a str>,
    /// The title is headed RANCANGAN.
    draft: bool,
    /// YYYY-MM-DD: --as-of, else the enactment date, else today for a draft; empty for
    /// perda.toml.
    as_of: &'a str,
    /// Criminal-sanction regime of the as-of date: A before 2 January 2026, B from then;
    /// empty for perda.toml.
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["A", "B", ""])))]
    regime: &'a str,
    /// Coverage of each obligation of the level, in catalogue order.
    coverage: Vec<CoverageView<'a>>,
    /// Findings, by line then column then code.
    findings: Vec<FindingView<'a>>,
    /// Findings waived in perda.toml, with the waiver's reason.
    suppressed: Vec<SuppressedView<'a>>,
}

/// The coverage of one obligation in one file.
#[derive(Serialize)]
#[cfg_attr(
    feature = "schema",
    derive(JsonSchema),
    schemars(rename = "Coverage", deny_unknown_fields)
)]
struct CoverageView<'a> {
    /// Obligation id, see `perda obligations`.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = "^uu-18-2017/")))]
    obligation: &'a str,
    /// Its citation (`Pasal 41 huruf b UU 18/2017`).
    cite: &'a str,
    /// `duty`, or `may` for an option; options are information, never errors.
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["duty", "may"])))]
    modality: &'a str,
    /// The verdict.
    status: Status,
    /// Best evidence score.
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = 1)))]
    score: f32,
    /// What the evidence is.
    via: Via,
    /// Where the evidence is, best first.
    locations: &'a [Location],
    /// Words of the document that matched, in the best unit.
    matched: &'a [String],
}

/// A finding of a rule or of the coverage check.
#[derive(Serialize)]
#[cfg_attr(
    feature = "schema",
    derive(JsonSchema),
    schemars(rename = "Finding", deny_unknown_fields)
)]
struct FindingView<'a> {
    /// Rule code (`KON-002`) or coverage code (`COV-001`).
    #[cfg_attr(feature = "schema", schemars(regex(pattern = "^[A-Z]+-[0-9]{3}$")))]
    code: &'a str,
    /// The rule's kebab-case name.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = "^[a-z0-9-]+$")))]
    name: &'a str,
    /// Severity after perda.toml.
    severity: Severity,
    /// What is wrong, in the language of the report.
    message: &'a str,
    /// How to fix it, when there is something short to say.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    help: Option<&'a str>,
    /// 1-based line (paragraph in a DOCX); 0 for the whole document.
    line: u32,
    /// 1-based character column; 0 for the whole line.
    column: u32,
    /// The obligation id, for coverage findings.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    obligation: Option<&'a str>,
}

/// A finding waived in perda.toml.
#[derive(Serialize)]
#[cfg_attr(
    feature = "schema",
    derive(JsonSchema),
    schemars(rename = "Suppressed", deny_unknown_fields)
)]
struct SuppressedView<'a> {
    /// The finding's code.
    code: &'a str,
    /// The finding's line.
    line: u32,
    /// The finding's obligation id, for coverage findings.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    obligation: Option<&'a str>,
    /// The waiver's reason.
    reason: &'a str,
    /// `perda.toml:LINE` of the waiver.
    waiver: &'a str,
}

/// An input that could not be read or parsed.
#[derive(Serialize)]
#[cfg_attr(
    feature = "schema",
    derive(JsonSchema),
    schemars(rename = "Error", deny_unknown_fields)
)]
pub(super) struct ErrorView<'a> {
    /// The input.
    path: &'a str,
    /// The message, naming the file and line.
    error: &'a str,
}

/// The JSON Schema of the report, from the types above.
#[cfg(feature = "schema")]
pub(crate) fn schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    generator.root_schema_for::<View<'static>>()
}

/// The view of one checked file.
pub(super) fn file_view(c: &Checked, lang: Lang) -> FileView<'_> {
    let r = &c.report;
    FileView {
        path: &r.path,
        level: r.level,
        region: r.region.as_deref(),
        draft: r.draft,
        as_of: &r.as_of,
        regime: r.regime,
        coverage: r
            .coverage
            .iter()
            .map(|c| CoverageView {
                obligation: &c.obligation,
                cite: &c.cite,
                modality: c.modality,
                status: c.status,
                score: c.score,
                via: c.via,
                locations: &c.locations,
                matched: &c.matched,
            })
            .collect(),
        findings: r
            .findings
            .iter()
            .map(|f| FindingView {
                code: f.code,
                name: f.name,
                severity: f.severity,
                message: f.message.get(lang),
                help: f.help.as_ref().map(|h| h.get(lang)),
                line: f.line,
                column: f.column,
                obligation: f.obligation.as_deref(),
            })
            .collect(),
        suppressed: c
            .suppressed
            .iter()
            .map(|s| SuppressedView {
                code: s.finding.code,
                line: s.finding.line,
                obligation: s.finding.obligation.as_deref(),
                reason: &s.reason,
                waiver: &s.waiver,
            })
            .collect(),
    }
}

/// The view of an input that could not be read.
pub(super) fn error_view(e: &FileError) -> ErrorView<'_> {
    ErrorView {
        path: &e.path,
        error: &e.error,
    }
}

/// The report written as outcomes arrive, byte for byte what `serde_json::to_string_pretty`
/// of the whole [`View`] gives (and a line feed): the head up to `"files": `, each checked
/// file serialized on its own and indented to its depth, then the unreadable inputs (kept
/// until the end, as they follow the files) and the summary.
pub(super) struct Stream {
    lang: Lang,
    files: Array,
    errors: Vec<FileError>,
    buf: Vec<u8>,
}

impl Stream {
    pub(super) fn start(out: &mut dyn Write, lang: Lang) -> io::Result<Self> {
        let mut buf = Vec::new();
        write!(out, "{{\n  \"version\": {VERSION},\n  \"tool\": ")?;
        write_nested(out, &mut buf, &Tool::PERDA, 1)?;
        out.write_all(b",\n  \"lang\": ")?;
        write_nested(out, &mut buf, &lang, 1)?;
        out.write_all(b",\n  \"files\": ")?;
        Ok(Stream {
            lang,
            files: Array::new(1),
            errors: Vec::new(),
            buf,
        })
    }

    pub(super) fn outcome(&mut self, out: &mut dyn Write, o: &Outcome) -> io::Result<()> {
        match o {
            Outcome::Failed(e) => {
                self.errors.push(e.clone());
                Ok(())
            }
            Outcome::Checked(c) => self
                .files
                .push(out, &mut self.buf, &file_view(c, self.lang)),
        }
    }

    pub(super) fn finish(mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        self.files.close(out)?;
        out.write_all(b",\n  \"errors\": ")?;
        let mut errors = Array::new(1);
        for e in &self.errors {
            errors.push(out, &mut self.buf, &error_view(e))?;
        }
        errors.close(out)?;
        out.write_all(b",\n  \"summary\": ")?;
        write_nested(out, &mut self.buf, summary, 1)?;
        out.write_all(b"\n}\n")
    }
}
