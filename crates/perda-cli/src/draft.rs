//! `perda draft`: renders a draft from a region profile.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use perda_draft::profile::Profile;
use perda_draft::render::{self, Templates};

use crate::{Failure, output};

/// Arguments of `perda draft`.
#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The region profile (YAML; see docs/profile-format.md).
    #[arg(long)]
    profile: PathBuf,
    /// Output format (Markdown is the canonical one; the checker reads it back).
    #[arg(long, value_enum, default_value_t = DraftFormat::Md)]
    format: DraftFormat,
    /// Write the draft to this file instead of stdout (atomically; never overwrites
    /// without --force).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Overwrite --out and --trace if they exist.
    #[arg(long)]
    force: bool,
    /// Write the trace (JSON: each generated Pasal with the obligation ids it implements,
    /// and the warnings) to this file.
    #[arg(long)]
    trace: Option<PathBuf>,
    /// Read the templates from this folder (a copy of `templates/`) instead of the
    /// embedded ones.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
}

/// Output formats of `perda draft`.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum DraftFormat {
    /// Markdown.
    Md,
    /// HTML with a print stylesheet (F4 paper, Bookman Old Style 12 pt).
    Html,
    /// Akoma Ntoso 3.0 XML.
    Akn,
    /// A Word document (F4 paper, Bookman Old Style 12 pt); needs --out.
    Docx,
}

/// Runs `perda draft`.
pub fn run(args: DraftArgs) -> Result<ExitCode, Failure> {
    let profile = Profile::load(&args.profile)?;
    let templates = match &args.templates {
        Some(dir) => Templates::from_dir(dir)?,
        None => Templates::embedded()?,
    };
    let draft = render::render(&profile, &templates)?;
    match args.format {
        DraftFormat::Md => output::emit(&draft.markdown, args.out.as_deref(), args.force)?,
        DraftFormat::Html => {
            let title = draft
                .markdown
                .lines()
                .map(str::trim)
                .find(|l| l.starts_with("PERATURAN"))
                .unwrap_or("Rancangan Peraturan");
            let html = perda_draft::html::to_html(&draft.markdown, title);
            output::emit(&html, args.out.as_deref(), args.force)?;
        }
        DraftFormat::Docx => {
            let Some(out) = args.out.as_deref() else {
                return Err(Failure(
                    "--format docx writes a binary file: give it with --out FILE.docx".into(),
                ));
            };
            let bytes = perda_draft::docx::to_docx(&draft.markdown)?;
            output::write_atomic(out, &bytes, args.force)?;
        }
        DraftFormat::Akn => {
            // The Markdown is canonical: read it back with the parser, then write its tree.
            let act = perda_law::parse_str("draft.md", &draft.markdown)?;
            let date = profile
                .as_of_date()
                .unwrap_or_else(perda_draft::check::Date::today)
                .to_string();
            let xml = perda_draft::akn::to_akn(&act, &date);
            output::emit(&xml, args.out.as_deref(), args.force)?;
        }
    }
    for w in &draft.trace.warnings {
        eprintln!("perda: warning: {}: {w}", args.profile.display());
    }
    if let Some(path) = &args.trace {
        let json = serde_json::to_string_pretty(&draft.trace)?;
        output::write_atomic(path, format!("{json}\n").as_bytes(), args.force)?;
    }
    Ok(ExitCode::SUCCESS)
}
