//! `perda`: read, list the obligations of, draft and check Indonesian regional regulations
//! that implement UU 18/2017. The binary is thin: it parses arguments, calls the crates,
//! picks output formats and sets exit codes.

mod output;

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
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(msg)) => {
            eprintln!("perda: error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
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
            output::emit(&text, out.as_deref(), force)
        }
        Command::Obligations {
            level,
            format,
            out,
            force,
        } => {
            let catalogue = perda_law::corpus::uu_18_2017_obligations()?;
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
            output::emit(&text, out.as_deref(), force)
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
