//! `perda report`: checks the inputs as `perda check` does and writes the coverage report,
//! a self-contained HTML page or a short Markdown summary.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use perda_draft::check::run::{self, RunOptions};
use perda_draft::check::{FileReport, Lang};
use perda_law::Level;

use crate::check::{inputs, parse_as_of, print_failures};
use crate::{Failure, LangArg, LevelArg};

/// Arguments of `perda report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Files or directories (searched for .md, .txt and .docx); `-` reads stdin.
    #[arg(required = true)]
    paths: Vec<String>,
    /// Write the report to this file instead of stdout (atomically; never overwrites
    /// without --force).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Overwrite --out if it exists.
    #[arg(long)]
    force: bool,
    /// Output format: a self-contained HTML page, or a short Markdown summary for a
    /// pull-request comment.
    #[arg(long, value_enum, default_value_t = ReportFormat::Html)]
    format: ReportFormat,
    /// Language of the labels.
    #[arg(long, value_enum, default_value_t = LangArg::Id)]
    lang: LangArg,
    /// The level of government, when the title does not say it (overrides perda.toml).
    #[arg(long, value_enum)]
    level: Option<LevelArg>,
    /// Judge as of this date (YYYY-MM-DD). Default: the enactment date, or today for a
    /// RANCANGAN.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// Use this perda.toml instead of looking for one above each file.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Do not read any perda.toml.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
}

/// What `perda report` writes.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum ReportFormat {
    /// One HTML file: matrix, summary, evidence, filters; no network needed.
    Html,
    /// A short Markdown summary.
    Md,
}

/// Checks the inputs and writes the report. Exit code 0 when it is written, whatever the
/// coverage; errors (unreadable input, bad perda.toml, --out exists) give 2 and write
/// nothing.
pub fn run(args: ReportArgs) -> Result<ExitCode, Failure> {
    let as_of = parse_as_of(args.as_of.as_deref())?;
    let inputs = inputs(&args.paths)?;
    let opts = RunOptions {
        level: args.level.map(Level::from),
        as_of,
        today: None,
        config: args.config.clone(),
        no_config: args.no_config,
        selection: Default::default(),
    };
    let report = run::run(&inputs, &opts)?;
    if print_failures(&report) {
        return Ok(ExitCode::from(2));
    }
    let lang = Lang::from(args.lang);
    // One entry per input, then one per perda.toml with unused waivers: those are no
    // document, and are noted on stderr.
    let mut files: Vec<FileReport> = Vec::new();
    for (i, o) in report.files.iter().enumerate() {
        let run::Outcome::Checked(c) = o else {
            continue;
        };
        if i < inputs.len() {
            files.push(c.report.clone());
        } else {
            for f in &c.report.findings {
                eprintln!(
                    "perda: {}: {}:{}: {} {}",
                    f.severity.as_str(),
                    c.report.path,
                    f.line,
                    f.code,
                    f.message.get(lang)
                );
            }
        }
    }
    let text = match args.format {
        ReportFormat::Html => perda_draft::report::html(&files, lang),
        ReportFormat::Md => perda_draft::report::markdown(&files, lang),
    };
    crate::output::emit(&text, args.out.as_deref(), args.force)?;
    Ok(ExitCode::SUCCESS)
}
