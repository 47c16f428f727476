//! `perda completions` and `perda man`: shell completion scripts and roff man pages, both
//! generated from the clap definitions of the command line, so they cannot drift from it.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::{Cli, Failure, output};

/// Arguments of `perda man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write one page per command into this folder (`perda.1`, `perda-check.1`, ...)
    /// instead of printing the page of `perda`.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    /// Overwrite pages that exist in --out-dir.
    #[arg(long)]
    force: bool,
}

/// Prints the completion script of `shell`.
pub fn completions(shell: Shell) -> Result<ExitCode, Failure> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "perda", &mut buf);
    output::emit(&String::from_utf8_lossy(&buf), None, false)?;
    Ok(ExitCode::SUCCESS)
}

/// Prints the man page of `perda`, or writes the pages of every command to a folder.
pub fn man(args: ManArgs) -> Result<ExitCode, Failure> {
    // Built once so that subcommands carry their display names (`perda-check`).
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let Some(dir) = args.out_dir else {
        output::emit(&page(cmd)?, None, false)?;
        return Ok(ExitCode::SUCCESS);
    };
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure(format!("{}: cannot create: {e}", dir.display())))?;
    let mut pages = Vec::new();
    collect(cmd, &mut pages);
    // Every page is rendered before the first is written.
    let mut rendered = Vec::new();
    for cmd in pages {
        let name = format!(
            "{}.1",
            cmd.get_display_name().unwrap_or_else(|| cmd.get_name())
        );
        rendered.push((dir.join(name), page(cmd)?));
    }
    for (path, text) in &rendered {
        output::write_atomic(path, text.as_bytes(), args.force)?;
    }
    let list: String = rendered
        .iter()
        .map(|(p, _)| format!("{}\n", p.display()))
        .collect();
    output::emit(&list, None, false)?;
    Ok(ExitCode::SUCCESS)
}

/// The command and its visible subcommands, depth first.
fn collect(cmd: clap::Command, out: &mut Vec<clap::Command>) {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub.clone(), out);
    }
    out.push(cmd);
}

/// One man page. roff puts the definition of its apostrophe string first; the title macro
/// is moved before it so that the page starts with `.TH`, as man(7) pages do (the string is
/// still defined before any text that uses it).
fn page(cmd: clap::Command) -> Result<String, Failure> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd)
        .source(format!("perda {}", env!("CARGO_PKG_VERSION")))
        .render(&mut buf)
        .map_err(|e| Failure(format!("man page: {e}")))?;
    let text = String::from_utf8_lossy(&buf).into_owned();
    let mut lines: Vec<&str> = text.lines().collect();
    if let Some(i) = lines.iter().position(|l| l.starts_with(".TH ")) {
        let th = lines.remove(i);
        lines.insert(0, th);
    }
    let mut out = lines.join("\n");
    out.push('\n');
    Ok(out)
}
