//! Renders a draft Perda from a region profile, prints its Markdown and the trace (which
//! Pasal implements which obligation of UU 18/2017), then checks the draft it just wrote and
//! confirms that every duty of the level is covered.
//!
//! Without an argument it renders the bundled profile of Kabupaten Jember
//! (`examples/profiles/kabupaten-jember.yaml`).
//!
//! ```sh
//! cargo run -p perda-draft --example render_profile
//! cargo run -p perda-draft --example render_profile -- examples/profiles/desa-sukamaju.yaml
//! ```

use std::process::ExitCode;

use perda_draft::check::{self, Document, ReadOptions, Selection, Status};
use perda_draft::profile::Profile;
use perda_draft::render::{self, Templates};

const JEMBER: &str = include_str!("../../../examples/profiles/kabupaten-jember.yaml");

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("render_profile: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let profile = match std::env::args().nth(1) {
        Some(path) => Profile::load(std::path::Path::new(&path))?,
        None => Profile::from_yaml("examples/profiles/kabupaten-jember.yaml", JEMBER)?,
    };
    let draft = render::render(&profile, &Templates::embedded()?)?;
    println!("{}", draft.markdown);

    println!(
        "---\ntrace of {} ({})",
        draft.trace.region, draft.trace.template
    );
    for a in draft
        .trace
        .articles
        .iter()
        .filter(|a| !a.obligations.is_empty())
    {
        println!("  Pasal {:<3} -> {}", a.pasal, a.obligations.join(", "));
    }
    for w in &draft.trace.warnings {
        println!("  warning: {w}");
    }

    // The Markdown is what the checker reads: judge it at the profile's date, as
    // `perda check` would judge the saved draft.
    let src = perda_law::Source::from_markdown("draft.md", &draft.markdown)?;
    let opts = ReadOptions {
        as_of: profile.as_of_date(),
        ..ReadOptions::default()
    };
    let report = check::check_document(&Document::new(&src, &opts)?, &Selection::default());
    let duties = perda_draft::mandated(profile.level.level());
    let uncovered: Vec<&str> = duties
        .iter()
        .filter(|d| {
            !report
                .coverage
                .iter()
                .any(|c| c.obligation == d.id && c.status == Status::Covered)
        })
        .map(|d| d.id.as_str())
        .collect();
    if !uncovered.is_empty() {
        return Err(format!("duties not covered: {}", uncovered.join(", ")).into());
    }
    println!(
        "every mandated duty is covered: {} duties of the level {}, {} findings",
        duties.len(),
        profile.level.level().as_str(),
        report.findings.len()
    );
    Ok(())
}
