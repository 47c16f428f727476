//! The JSON report (schema: `docs/check-report.schema.json`, version 1). Field names and
//! meanings are stable; new fields may be added.

use serde::Serialize;

use crate::check::coverage::{Location, Status, Via};
use crate::check::finding::{Lang, Severity};
use crate::check::run::{Outcome, Report, Summary};

#[derive(Serialize)]
struct View<'a> {
    version: u32,
    tool: Tool,
    lang: Lang,
    files: Vec<FileView<'a>>,
    errors: Vec<ErrorView<'a>>,
    summary: &'a Summary,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct FileView<'a> {
    path: &'a str,
    level: Option<perda_law::Level>,
    region: Option<&'a str>,
    draft: bool,
    as_of: &'a str,
    regime: &'a str,
    coverage: Vec<CoverageView<'a>>,
    findings: Vec<FindingView<'a>>,
    suppressed: Vec<SuppressedView<'a>>,
}

#[derive(Serialize)]
struct CoverageView<'a> {
    obligation: &'a str,
    cite: &'a str,
    modality: &'a str,
    status: Status,
    score: f32,
    via: Via,
    locations: &'a [Location],
    matched: &'a [String],
}

#[derive(Serialize)]
struct FindingView<'a> {
    code: &'a str,
    name: &'a str,
    severity: Severity,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
    line: u32,
    column: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    obligation: Option<&'a str>,
}

#[derive(Serialize)]
struct SuppressedView<'a> {
    code: &'a str,
    line: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    obligation: Option<&'a str>,
    reason: &'a str,
    waiver: &'a str,
}

#[derive(Serialize)]
struct ErrorView<'a> {
    path: &'a str,
    error: &'a str,
}

pub(super) fn render(report: &Report, lang: Lang) -> String {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for o in &report.files {
        match o {
            Outcome::Failed(e) => errors.push(ErrorView {
                path: &e.path,
                error: &e.error,
            }),
            Outcome::Checked(c) => {
                let r = &c.report;
                files.push(FileView {
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
                });
            }
        }
    }
    let view = View {
        version: 1,
        tool: Tool {
            name: "perda",
            version: env!("CARGO_PKG_VERSION"),
        },
        lang,
        files,
        errors,
        summary: &report.summary,
    };
    let mut s =
        serde_json::to_string_pretty(&view).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
