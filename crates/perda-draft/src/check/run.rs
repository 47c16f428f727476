//! Checking many files: collecting them from paths and directories, finding each one's
//! perda.toml, checking in parallel (rayon), applying waivers, and reporting in a stable
//! order whatever the scheduling.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use perda_law::{Level, Source};
use rayon::prelude::*;
use serde::Serialize;

use super::config::{Config, ConfigError};
use super::date::Date;
use super::document::{Document, ReadOptions};
use super::finding::{Finding, Msg, Severity};
use super::{FileReport, Selection, check_document};

/// File extensions read when a directory is given.
pub const EXTENSIONS: &[&str] = &["md", "txt", "docx"];

/// Files of a repository's own documentation, skipped when a directory is walked (they are
/// checked when named explicitly).
pub const SKIPPED_NAMES: &[&str] = &["readme", "changelog", "contributing", "license", "notes"];

/// Largest number of files one run reads from directories.
pub const MAX_FILES: usize = 100_000;

/// What the command line (or an embedding program) asks for; each `Some` overrides
/// perda.toml.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Level for every file.
    pub level: Option<Level>,
    /// As-of date for every file.
    pub as_of: Option<Date>,
    /// Today (defaults to the clock).
    pub today: Option<Date>,
    /// A perda.toml to use instead of looking for one.
    pub config: Option<PathBuf>,
    /// Do not look for perda.toml.
    pub no_config: bool,
    /// Rules to run / skip, added to perda.toml's.
    pub selection: Selection,
}

/// A waived finding.
#[derive(Debug, Clone, Serialize)]
pub struct Suppressed {
    /// The finding.
    pub finding: Finding,
    /// The waiver's reason.
    pub reason: String,
    /// Where the waiver is (`perda.toml:12`).
    pub waiver: String,
}

/// The result for one input.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Outcome {
    /// Checked.
    Checked(Box<Checked>),
    /// Could not be read.
    Failed(FileError),
}

/// A checked file with its waived findings.
#[derive(Debug, Clone, Serialize)]
pub struct Checked {
    /// The report.
    #[serde(flatten)]
    pub report: FileReport,
    /// Findings waived by perda.toml.
    pub suppressed: Vec<Suppressed>,
}

/// An input that could not be read or parsed.
#[derive(Debug, Clone, Serialize)]
pub struct FileError {
    /// The input.
    pub path: String,
    /// The message, with file and line.
    pub error: String,
}

/// The result of a run.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// One entry per input, in the order of the inputs (directories sorted).
    pub files: Vec<Outcome>,
    /// Counts.
    pub summary: Summary,
}

/// Counts over a run.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Summary {
    /// Files checked (perda.toml counts when it has findings).
    pub files: usize,
    /// Files that could not be read.
    pub failed: usize,
    /// Findings at severity error.
    pub errors: usize,
    /// Findings at severity warning.
    pub warnings: usize,
    /// Findings at severity info.
    pub infos: usize,
    /// Waived findings.
    pub suppressed: usize,
    /// Duties (not options) covered, over all files.
    pub covered: usize,
    /// Duties partly covered.
    pub partial: usize,
    /// Duties missing.
    pub missing: usize,
    /// Duties that could not be judged.
    pub unknown: usize,
}

impl Report {
    /// The highest severity of any finding, if any.
    pub fn worst(&self) -> Option<Severity> {
        self.checked()
            .flat_map(|c| c.report.findings.iter().map(|f| f.severity))
            .max()
    }

    /// The checked files.
    pub fn checked(&self) -> impl Iterator<Item = &Checked> {
        self.files.iter().filter_map(|o| match o {
            Outcome::Checked(c) => Some(c.as_ref()),
            Outcome::Failed(_) => None,
        })
    }
}

/// An input: a file path, or text given directly (stdin, an embedding program).
#[derive(Debug, Clone)]
pub enum Input {
    /// A file on disk.
    Path(PathBuf),
    /// Bytes with a display name (`<stdin>`).
    Bytes {
        /// Display name; its extension picks the format.
        name: String,
        /// The content.
        bytes: Vec<u8>,
    },
}

/// Expands paths into inputs: files as given, directories walked recursively for `.md`,
/// `.txt` and `.docx` files (sorted; hidden directories, `target`, `node_modules` and
/// repository documents such as `README.md` skipped; symlinks not followed).
pub fn collect(paths: &[PathBuf]) -> Result<Vec<Input>, FileError> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| FileError {
            path: p.display().to_string(),
            error: format!("{}: {e}", p.display()),
        })?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found, 0)?;
            found.sort();
            out.extend(found.into_iter().map(Input::Path));
        } else {
            out.push(Input::Path(p.clone()));
        }
        if out.len() > MAX_FILES {
            return Err(FileError {
                path: p.display().to_string(),
                error: format!("more than {MAX_FILES} files to check"),
            });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) -> Result<(), FileError> {
    if depth > 64 || out.len() > MAX_FILES {
        return Ok(());
    }
    let err = |e: std::io::Error| FileError {
        path: dir.display().to_string(),
        error: format!("{}: {e}", dir.display()),
    };
    for entry in std::fs::read_dir(dir).map_err(err)? {
        let entry = entry.map_err(err)?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ty = entry.file_type().map_err(err)?;
        if ty.is_symlink() {
            continue;
        }
        let path = entry.path();
        if ty.is_dir() {
            if name.starts_with('.') || name == "target" || name == "node_modules" {
                continue;
            }
            walk(&path, out, depth + 1)?;
        } else if ty.is_file()
            && !SKIPPED_NAMES.iter().any(|n| {
                name.get(..n.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(n))
            })
            && path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Checks inputs in parallel; the report lists them in input order.
///
/// # Examples
///
/// Two drafts held in memory, checked without looking for perda.toml:
///
/// ```
/// use perda_draft::check::Severity;
/// use perda_draft::check::run::{Input, RunOptions, run};
///
/// let draft = |village: &str| Input::Bytes {
///     name: format!("{village}.txt"),
///     bytes: format!(
///         "PERATURAN DESA {village}\nNOMOR 1 TAHUN 2024\nTENTANG\nKETERTIBAN\n\
///          Pasal 1\nPeraturan Desa ini mulai berlaku pada tanggal diundangkan.\n"
///     )
///     .into_bytes(),
/// };
/// let opts = RunOptions {
///     no_config: true,
///     ..RunOptions::default()
/// };
/// let report = run(&[draft("SUKAMAJU"), draft("SUKAMAKMUR")], &opts)?;
/// assert_eq!(report.summary.files, 2);
/// assert_eq!(report.checked().next().map(|c| c.report.path.as_str()), Some("SUKAMAJU.txt"));
/// // Neither regulates the duties of a village: `perda check` would exit with 1.
/// assert!(report.summary.missing > 0);
/// assert_eq!(report.worst(), Some(Severity::Error));
/// # Ok::<(), perda_draft::check::config::ConfigError>(())
/// ```
pub fn run(inputs: &[Input], opts: &RunOptions) -> Result<Report, ConfigError> {
    // perda.toml files, loaded once each.
    let explicit = match &opts.config {
        Some(p) => Some(Arc::new(Config::load(p)?)),
        None => None,
    };
    let mut configs: BTreeMap<PathBuf, Arc<Config>> = BTreeMap::new();
    let mut config_of: Vec<Option<Arc<Config>>> = Vec::with_capacity(inputs.len());
    for input in inputs {
        let cfg = match (&explicit, input) {
            (Some(c), _) => Some(c.clone()),
            (None, _) if opts.no_config => None,
            (None, Input::Path(p)) => match Config::find(p) {
                Some(found) => {
                    if let Some(c) = configs.get(&found) {
                        Some(c.clone())
                    } else {
                        let c = Arc::new(Config::load(&found)?);
                        configs.insert(found, c.clone());
                        Some(c)
                    }
                }
                None => None,
            },
            (None, Input::Bytes { .. }) => Config::find(Path::new("."))
                .map(|found| Config::load(&found).map(Arc::new))
                .transpose()?,
        };
        config_of.push(cfg);
    }
    if let Some(c) = &explicit {
        configs.insert(c.path.clone(), c.clone());
    }

    let used: Mutex<HashSet<(PathBuf, u32)>> = Mutex::new(HashSet::new());
    let files: Vec<Outcome> = inputs
        .par_iter()
        .zip(config_of.par_iter())
        .map(|(input, cfg)| check_input(input, cfg.as_deref(), opts, &used))
        .collect();

    // Waivers that matched nothing.
    let used = used.into_inner().unwrap_or_default();
    let mut files = files;
    for cfg in configs.values() {
        let mut findings = Vec::new();
        for w in &cfg.waivers {
            if !used.contains(&(cfg.path.clone(), w.line)) {
                findings.push(Finding {
                    code: "CFG-001",
                    name: "unused-waiver",
                    severity: Severity::Warning,
                    message: Msg::new(
                        format!(
                            "pengecualian `{}` tidak cocok dengan temuan mana pun",
                            w.target
                        ),
                        format!("waiver of `{}` matches no finding", w.target),
                    ),
                    help: Some(Msg::new(
                        "hapus pengecualian ini atau perbaiki `target`/`paths`-nya",
                        "remove the waiver or correct its `target`/`paths`",
                    )),
                    line: w.line,
                    column: 1,
                    obligation: None,
                });
            }
        }
        if !findings.is_empty() {
            files.push(Outcome::Checked(Box::new(Checked {
                report: FileReport {
                    path: cfg.path.display().to_string(),
                    level: cfg.level,
                    region: cfg.region.clone(),
                    draft: false,
                    as_of: String::new(),
                    regime: "",
                    coverage: Vec::new(),
                    findings,
                    excerpts: Default::default(),
                },
                suppressed: Vec::new(),
            })));
        }
    }
    let summary = summarise(&files);
    Ok(Report { files, summary })
}

fn check_input(
    input: &Input,
    cfg: Option<&Config>,
    opts: &RunOptions,
    used: &Mutex<HashSet<(PathBuf, u32)>>,
) -> Outcome {
    let (name, loaded) = match input {
        Input::Path(p) => (p.display().to_string(), Source::load(p)),
        Input::Bytes { name, bytes } => (name.clone(), Source::from_bytes(name, bytes)),
    };
    let src = match loaded {
        Ok(s) => s,
        Err(e) => {
            return Outcome::Failed(FileError {
                path: name,
                error: e.to_string(),
            });
        }
    };
    let read = ReadOptions {
        level: opts.level.or(cfg.and_then(|c| c.level)),
        region: cfg.and_then(|c| c.region.clone()),
        as_of: opts.as_of.or(cfg.and_then(|c| c.as_of)),
        today: opts.today,
    };
    let doc = match Document::new(&src, &read) {
        Ok(d) => d,
        Err(e) => {
            return Outcome::Failed(FileError {
                path: name,
                error: e.to_string(),
            });
        }
    };
    let mut selection = cfg.map(|c| c.selection.clone()).unwrap_or_default();
    selection
        .select
        .extend(opts.selection.select.iter().cloned());
    selection
        .ignore
        .extend(opts.selection.ignore.iter().cloned());
    selection
        .severity
        .extend(opts.selection.severity.iter().map(|(k, v)| (k.clone(), *v)));
    let mut report = check_document(&doc, &selection);

    let mut suppressed = Vec::new();
    if let (Some(cfg), Input::Path(p)) = (cfg, input) {
        // A file outside the config's folder (reached through a symlink) matches only
        // waivers without `paths`: a glob such as `**` must not reach beyond the folder.
        let rel = relative(p, cfg.dir());
        let mut kept = Vec::with_capacity(report.findings.len());
        for f in report.findings.drain(..) {
            let w = cfg.waivers.iter().find(|w| match &rel {
                Some(rel) => w.applies(f.code, f.name, f.obligation.as_deref(), rel),
                None => {
                    w.paths.is_empty()
                        && w.applies(f.code, f.name, f.obligation.as_deref(), Path::new(""))
                }
            });
            match w {
                Some(w) => {
                    if let Ok(mut u) = used.lock() {
                        u.insert((cfg.path.clone(), w.line));
                    }
                    suppressed.push(Suppressed {
                        finding: f,
                        reason: w.reason.clone(),
                        waiver: format!("{}:{}", cfg.path.display(), w.line),
                    });
                }
                None => kept.push(f),
            }
        }
        report.findings = kept;
    }
    Outcome::Checked(Box::new(Checked { report, suppressed }))
}

/// `path` relative to `dir`, both made absolute first (symlinks resolved); `None` when
/// the file is not inside `dir`.
fn relative(path: &Path, dir: &Path) -> Option<PathBuf> {
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let base = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    abs.strip_prefix(&base).map(Path::to_path_buf).ok()
}

fn summarise(files: &[Outcome]) -> Summary {
    let mut s = Summary::default();
    for o in files {
        match o {
            Outcome::Failed(_) => s.failed += 1,
            Outcome::Checked(c) => {
                s.files += 1;
                s.suppressed += c.suppressed.len();
                for f in &c.report.findings {
                    match f.severity {
                        Severity::Error => s.errors += 1,
                        Severity::Warning => s.warnings += 1,
                        Severity::Info => s.infos += 1,
                    }
                }
                for cov in c.report.coverage.iter().filter(|c| c.modality == "duty") {
                    match cov.status {
                        super::Status::Covered => s.covered += 1,
                        super::Status::Partial => s.partial += 1,
                        super::Status::Missing => s.missing += 1,
                        super::Status::Unknown => s.unknown += 1,
                    }
                }
            }
        }
    }
    s
}
