//! `perda`: read, list the obligations of, draft and check Indonesian regional regulations
//! that implement UU 18/2017. The binary is thin: it parses arguments, calls the crates,
//! picks output formats and sets exit codes.

mod check;
mod draft;
mod init;
mod manual;
mod output;
mod report;

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use perda_law::{Act, Level, Source};

/// Read, draft and check Indonesian regional regulations on migrant workers (UU 18/2017).
#[derive(Debug, Parser)]
#[command(name = "perda", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse a regulation (corpus file, draft or enacted Perda) and print its structure.
    Parse {
        /// File to read (`.md` Markdown, anything else plain text); `-` reads stdin.
        file: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ParseFormat::Tree)]
        format: ParseFormat,
        /// Write to this file instead of stdout (atomically; never overwrites without --force).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Overwrite --out if it exists.
        #[arg(long)]
        force: bool,
    },
    /// List the obligations UU 18/2017 puts on regional governments.
    Obligations {
        /// Only the obligations that apply to this level.
        #[arg(long, value_enum)]
        level: Option<LevelArg>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ObligationFormat::Table)]
        format: ObligationFormat,
        /// Write to this file instead of stdout (atomically; never overwrites without --force).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Overwrite --out if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Check drafts or enacted regulations: coverage of the duties UU 18/2017 gives their
    /// level, and the drafting-technique and legality rules.
    ///
    /// Exit code: 0 when nothing is at or above --fail-on, 1 when something is, 2 when an
    /// input cannot be read or the arguments or perda.toml are wrong.
    Check(CheckArgs),
    /// Draft a Raperda (or a Peraturan Desa) from a region profile: every duty of the
    /// level, the options the profile takes up, and the Penjelasan citing each article's
    /// legal basis.
    ///
    /// Exit code: 0 on success, 2 when the profile or a template is wrong (file:line).
    Draft(draft::DraftArgs),
    /// Write a coverage report of drafts or enacted regulations to look at: one
    /// self-contained HTML file, or a short Markdown summary (--format md).
    ///
    /// The HTML has a matrix of the obligations of UU 18/2017 × the documents, each cell
    /// linked to its evidence (Pasal and line), the statute's words of each obligation, a
    /// summary per document and filters by level and status; it needs no network. The
    /// Markdown summary fits a pull-request comment.
    ///
    /// The report is for reading, not a gate: `perda check` decides. Exit code: 0 when the
    /// report is written, whatever the coverage; 2 when an input cannot be read or the
    /// arguments or perda.toml are wrong (nothing is written).
    Report(report::ReportArgs),
    /// List the rules of `perda check`.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
        format: RulesFormat,
        /// Language of the rule summaries.
        #[arg(long, value_enum, default_value_t = LangArg::Id)]
        lang: LangArg,
    },
    /// Explain a rule (`KON-002`, `missing-duty`) or an obligation (`uu-18-2017/41/b`).
    Explain {
        /// A rule code or name, or an obligation id.
        what: String,
        /// Language of the summary lines.
        #[arg(long, value_enum, default_value_t = LangArg::Id)]
        lang: LangArg,
        /// For an obligation: show what covers it in this draft.
        #[arg(long = "in", value_name = "FILE")]
        in_file: Option<PathBuf>,
    },
    /// Create a repository of drafts in DIR: perda.toml, a Raperda generated from a region
    /// profile in drafts/, the profile, CI for GitHub Actions and GitLab, a pre-commit
    /// configuration and a README.
    ///
    /// Exit code: 0 on success, 2 when DIR is not empty (without --force), the profile is
    /// wrong or a file cannot be written; then nothing is left behind.
    Init(init::InitArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page of perda (roff), or write one page per command with --out-dir.
    Man(manual::ManArgs),
    /// Print the JSON Schema of what perda writes or reads, for editors and validators:
    /// `obligations` (perda obligations --format json), `check-report` (perda check
    /// --format json), `profile` (a region profile) or `perda-toml` (perda.toml).
    Schema {
        /// Which schema.
        #[arg(value_parser = perda_draft::schema::NAMES)]
        name: String,
        /// Write to this file instead of stdout (atomically; never overwrites without --force).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Overwrite --out if it exists.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// Files or directories (searched for .md, .txt and .docx); `-` reads stdin.
    #[arg(required = true)]
    paths: Vec<String>,
    /// The level of government, when the title does not say it (overrides perda.toml).
    #[arg(long, value_enum)]
    level: Option<LevelArg>,
    /// Judge as of this date (YYYY-MM-DD): picks the sanction regime. Default: the
    /// enactment date, or today for a RANCANGAN.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,
    /// Language of messages.
    #[arg(long, value_enum, default_value_t = LangArg::Id)]
    lang: LangArg,
    /// Exit with 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// Use this perda.toml instead of looking for one above each file.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Do not read any perda.toml.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
    /// Only run these rules (codes, code prefixes such as `SAN`, or names; comma-separated).
    #[arg(long, value_delimiter = ',')]
    select: Vec<String>,
    /// Do not run these rules (codes, prefixes or names; comma-separated).
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// Colour: auto (on a terminal unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Write the report to this file instead of stdout (atomically; never overwrites
    /// without --force).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Overwrite --out if it exists.
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CheckFormat {
    Human,
    Json,
    Sarif,
    Github,
    Junit,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum RulesFormat {
    Table,
    Md,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LangArg {
    Id,
    En,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Never,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ParseFormat {
    Json,
    Yaml,
    Tree,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ObligationFormat {
    Table,
    Json,
    Yaml,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LevelArg {
    Provinsi,
    Kabupaten,
    Kota,
    Desa,
}

impl From<LevelArg> for Level {
    fn from(l: LevelArg) -> Self {
        match l {
            LevelArg::Provinsi => Level::Provinsi,
            LevelArg::Kabupaten => Level::Kabupaten,
            LevelArg::Kota => Level::Kota,
            LevelArg::Desa => Level::Desa,
        }
    }
}

/// An error for the user: printed as `perda: error: ...`, exit code 2.
#[derive(Debug)]
struct Failure(String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(Failure(msg)) => {
            eprintln!("perda: error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Draft(args) => draft::run(args),
        Command::Init(args) => init::run(args),
        Command::Completions { shell } => manual::completions(shell),
        Command::Man(args) => manual::man(args),
        Command::Schema { name, out, force } => {
            let text = perda_draft::schema::render(&name)
                .ok_or_else(|| Failure(format!("unknown schema `{name}`")))?;
            output::emit(&text, out.as_deref(), force)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Report(args) => report::run(args),
        Command::Rules { format, lang } => {
            let text = match format {
                RulesFormat::Md => perda_draft::check::rules::markdown(lang.into()),
                RulesFormat::Table => check::rules_table(lang.into()),
            };
            output::emit(&text, None, false)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain {
            what,
            lang,
            in_file,
        } => {
            check::explain(&what, lang, in_file.as_deref())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Parse {
            file,
            format,
            out,
            force,
        } => {
            let act = read_act(&file)?;
            let text = match format {
                ParseFormat::Json => {
                    let mut s = serde_json::to_string_pretty(&output::ParseView::new(&act))?;
                    s.push('\n');
                    s
                }
                ParseFormat::Yaml => serde_saphyr::to_string(&output::ParseView::new(&act))?,
                ParseFormat::Tree => output::tree(&act),
            };
            output::emit(&text, out.as_deref(), force)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Obligations {
            level,
            format,
            out,
            force,
        } => {
            let catalogue = perda_law::corpus::uu_18_2017_obligations();
            let level = level.map(Level::from);
            let list: Vec<_> = catalogue
                .iter()
                .filter(|o| level.is_none_or(|l| o.levels.contains(&l)))
                .collect();
            let text = match format {
                ObligationFormat::Json => {
                    let mut s = serde_json::to_string_pretty(&list)?;
                    s.push('\n');
                    s
                }
                ObligationFormat::Yaml => serde_saphyr::to_string(&list)?,
                ObligationFormat::Table => output::obligation_table(&list),
            };
            output::emit(&text, out.as_deref(), force)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn read_act(file: &str) -> Result<Act, Failure> {
    let src = if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(perda_law::source::MAX_SOURCE_BYTES as u64 + 1)
            .read_to_end(&mut buf)
            .map_err(|e| Failure(format!("<stdin>: cannot read: {e}")))?;
        // Stdin has no extension: Markdown if it starts with front matter or a heading.
        let name = if buf.starts_with(b"---") || buf.starts_with(b"#") {
            "<stdin>.md"
        } else {
            "<stdin>"
        };
        Source::from_bytes(name, &buf)?
    } else {
        let path = std::path::Path::new(file);
        if path.is_dir() {
            return Err(Failure(format!("{file}: is a directory; give a file")));
        }
        Source::load(path)?
    };
    Ok(Act::from_source(&src)?)
}
