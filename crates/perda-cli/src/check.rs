//! `perda check` and `perda explain`: arguments to the checker's options, the report to the
//! chosen format, the worst severity to the exit code.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use perda_draft::check::output::{Format, Style, Writer};
use perda_draft::check::run::{self, Input, RunOptions};
use perda_draft::check::{Date, Lang, Selection, Severity, rules};
use perda_law::Level;

use crate::output::{AtomicFile, Stdout};
use crate::{CheckArgs, CheckFormat, ColorArg, FailOn, Failure, LangArg};

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::Id => Lang::Id,
            LangArg::En => Lang::En,
        }
    }
}

pub fn run(args: CheckArgs) -> Result<ExitCode, Failure> {
    let as_of = parse_as_of(args.as_of.as_deref())?;
    let inputs = inputs(&args.paths)?;
    let opts = RunOptions {
        level: args.level.map(Level::from),
        as_of,
        today: None,
        config: args.config.clone(),
        no_config: args.no_config,
        selection: Selection {
            select: args.select.clone(),
            ignore: args.ignore.clone(),
            severity: Default::default(),
        },
    };
    // perda.toml files are read first: an error there refuses the run before any output.
    let plan = run::Plan::new(&inputs, &opts)?;
    let format = match args.format {
        CheckFormat::Human => Format::Human,
        CheckFormat::Json => Format::Json,
        CheckFormat::Sarif => Format::Sarif,
        CheckFormat::Github => Format::Github,
        CheckFormat::Junit => Format::Junit,
    };
    let color = match args.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            args.out.is_none()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    let style = Style {
        lang: args.lang.into(),
        color,
    };
    // Each outcome is written as soon as it and those before it are checked. Inputs that
    // cannot be read are named on stderr once the output is complete.
    let mut unreadable = Vec::new();
    let totals = match args.out.as_deref() {
        None => {
            let cannot = |e: std::io::Error| Stdout::cannot_write(&e);
            let mut w = Writer::new(Stdout::default(), format, style).map_err(cannot)?;
            let totals = stream(plan, &mut w, &mut unreadable).map_err(cannot)?;
            w.finish(&totals.summary).map_err(cannot)?;
            totals
        }
        Some(path) => {
            // Written to a temporary file as the outcomes arrive, put in place when
            // complete (with inputs that could not be read among them, as their errors
            // are part of the output); on an error the temporary file is removed.
            let cannot =
                |e: std::io::Error| Failure(format!("{}: cannot write: {e}", path.display()));
            let file = AtomicFile::create(path, args.force)?;
            let mut w = Writer::new(file, format, style).map_err(cannot)?;
            let totals = stream(plan, &mut w, &mut unreadable).map_err(cannot)?;
            w.finish(&totals.summary).map_err(cannot)?.commit()?;
            totals
        }
    };
    for e in &unreadable {
        eprintln!("perda: error: {e}");
    }
    if totals.summary.failed > 0 {
        return Ok(ExitCode::from(2));
    }
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Never => None,
    };
    let failed = match (threshold, totals.worst) {
        (Some(t), Some(w)) => w >= t && w > Severity::Info,
        _ => false,
    };
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Checks the plan's inputs, writing each outcome as it comes; the messages of the inputs
/// that could not be read are noted in `unreadable`.
fn stream<W: Write + Send>(
    plan: run::Plan<'_>,
    w: &mut Writer<W>,
    unreadable: &mut Vec<String>,
) -> std::io::Result<run::Totals> {
    plan.stream(|o| {
        if let run::Outcome::Failed(e) = &o {
            unreadable.push(e.error.clone());
        }
        w.outcome(&o)
    })
}

/// `--as-of YYYY-MM-DD`.
pub fn parse_as_of(s: Option<&str>) -> Result<Option<Date>, Failure> {
    s.map(|s| {
        s.parse::<Date>()
            .map_err(|e| Failure(format!("--as-of: {e}")))
    })
    .transpose()
}

/// The inputs named on the command line: files as given, directories walked for `.md`,
/// `.txt` and `.docx`, `-` read from stdin (its format guessed from its first bytes).
/// Nothing to read is an error.
pub fn inputs(args: &[String]) -> Result<Vec<Input>, Failure> {
    let mut inputs = Vec::new();
    let mut paths = Vec::new();
    for p in args {
        if p == "-" {
            let mut buf = Vec::new();
            std::io::stdin()
                .take(perda_law::source::MAX_SOURCE_BYTES as u64 + 1)
                .read_to_end(&mut buf)
                .map_err(|e| Failure(format!("<stdin>: cannot read: {e}")))?;
            let name = if buf.starts_with(b"PK\x03\x04") {
                "<stdin>.docx"
            } else if buf.starts_with(b"---") || buf.starts_with(b"#") {
                "<stdin>.md"
            } else {
                "<stdin>"
            };
            inputs.push(Input::Bytes {
                name: name.to_string(),
                bytes: buf,
            });
        } else {
            paths.push(PathBuf::from(p));
        }
    }
    inputs.extend(run::collect(&paths).map_err(|e| Failure(e.error))?);
    if inputs.is_empty() {
        return Err(Failure(format!(
            "no .md, .txt or .docx files found in {}",
            args.join(", ")
        )));
    }
    Ok(inputs)
}

/// Prints the inputs that could not be read (`perda: error: FILE:LINE: ...`); whether
/// there were any.
pub fn print_failures(report: &run::Report) -> bool {
    for o in &report.files {
        if let run::Outcome::Failed(e) = o {
            eprintln!("perda: error: {}", e.error);
        }
    }
    report.summary.failed > 0
}

/// One line per rule: code, name, default severity, basis and summary.
pub fn rules_table(lang: Lang) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let mut n = 0;
    for m in rules::metas() {
        n += 1;
        let _ = writeln!(
            out,
            "{:<8} {:<42} {:<8} {}  {}",
            m.code,
            m.name,
            m.default_severity().as_str(),
            m.basis.mark(),
            m.summary.get(lang)
        );
    }
    let _ = writeln!(out, "{n} rules");
    out
}

pub fn explain(what: &str, lang: LangArg, in_file: Option<&Path>) -> Result<(), Failure> {
    let lang = Lang::from(lang);
    if let Some(m) = rules::find_meta(what) {
        let sev = m.default_severity();
        println!("{} {}", m.code, m.name);
        println!("{}", m.summary.get(lang));
        let (sev_l, basis_l, src_l) = match lang {
            Lang::Id => ("tingkat", "dasar", "sumber"),
            Lang::En => ("severity", "basis", "source"),
        };
        println!(
            "{sev_l}: {} (catalogue: {}); {basis_l}: {}; {src_l}: {}\n",
            sev.as_str(),
            m.severity.as_str(),
            m.basis.mark(),
            m.source
        );
        print!("{}", m.doc());
        return Ok(());
    }
    if let Some(o) = perda_draft::check::coverage::obligation(what) {
        println!("{}  {}  ({})", o.id, o.cite, o.modality.as_str());
        let levels: Vec<&str> = o.levels.iter().map(|l| l.as_str()).collect();
        println!("levels: {}\n", levels.join(", "));
        if let Some(l) = &o.lead_in {
            println!("{l}");
        }
        println!("{}\n", o.text);
        if let Some(n) = &o.note {
            println!("note: {n}\n");
        }
        if !o.phrases.is_empty() {
            println!(
                "{}",
                match lang {
                    Lang::Id => "dikenali juga dari rumusan lain (frasa tinjauan):",
                    Lang::En => "also recognised from these reviewed wordings:",
                }
            );
            for p in &o.phrases {
                println!("  - {p}");
            }
        }
        if let Some(file) = in_file {
            let inputs = vec![Input::Path(file.to_path_buf())];
            let report = run::run(
                &inputs,
                &RunOptions {
                    no_config: false,
                    ..RunOptions::default()
                },
            )?;
            if let Some(c) = report.checked().next() {
                match c.report.coverage.iter().find(|c| c.obligation == o.id) {
                    Some(cov) => {
                        println!(
                            "\n{}: {} (score {:.2}, via {:?})",
                            file.display(),
                            cov.status.as_str(),
                            cov.score,
                            cov.via
                        );
                        for l in &cov.locations {
                            println!("  {}:{}  {}", file.display(), l.line, l.article);
                        }
                        if !cov.matched.is_empty() {
                            println!("  matched: {}", cov.matched.join(", "));
                        }
                    }
                    None => println!(
                        "\n{}: not applicable to this document's level",
                        file.display()
                    ),
                }
            } else if let Some(run::Outcome::Failed(e)) = report.files.first() {
                return Err(Failure(e.error.clone()));
            }
        }
        return Ok(());
    }
    Err(Failure(format!(
        "`{what}` is neither a rule code or name nor an obligation id; see `perda obligations` for ids"
    )))
}
