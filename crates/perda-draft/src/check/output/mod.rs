//! Renderings of a [`Report`]: for a drafter at a terminal (`human`), for programs (`json`,
//! documented in `docs/schemas/check-report.schema.json`), for code scanning (`sarif`,
//! SARIF 2.1.0), for GitHub Actions (`github` workflow commands) and for CI dashboards
//! (`junit`).

mod github;
mod human;
mod json;
mod junit;
mod sarif;

#[cfg(feature = "schema")]
pub(crate) use json::schema as json_schema;

use super::finding::Lang;
use super::run::Report;

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
    match format {
        Format::Human => human::render(report, style),
        Format::Json => json::render(report, style.lang),
        Format::Sarif => sarif::render(report, style.lang),
        Format::Github => github::render(report, style.lang),
        Format::Junit => junit::render(report, style.lang),
    }
}
