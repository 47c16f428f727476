//! Checking many files: collecting them from paths and directories, finding each one's
//! perda.toml, checking in parallel (rayon), applying waivers, and reporting in a stable
//! order whatever the scheduling — all at once ([`run`]) or streamed in input order with
//! bounded memory ([`Plan::stream`]).

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering as AtomicOrdering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use perda_law::{Level, Source};
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
/// The whole report is kept in memory; [`Plan::stream`] hands each outcome on as soon as
/// it and every input before it are checked, holding only a bounded number of them.
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
    let mut files = Vec::with_capacity(inputs.len());
    let totals = Plan::new(inputs, opts)?.stream(|o| {
        files.push(o);
        Ok::<(), std::convert::Infallible>(())
    });
    let summary = match totals {
        Ok(t) => t.summary,
        Err(never) => match never {},
    };
    Ok(Report { files, summary })
}

/// What a streamed run leaves once every outcome has been handed on: the same counts and
/// worst severity as the [`Report`] of [`run`] would hold.
#[derive(Debug, Clone, Default)]
pub struct Totals {
    /// Counts over every outcome handed on.
    pub summary: Summary,
    /// The highest severity of any finding, if any (as [`Report::worst`]).
    pub worst: Option<Severity>,
}

impl Totals {
    fn add(&mut self, o: &Outcome) {
        count(&mut self.summary, o);
        if let Outcome::Checked(c) = o
            && let Some(w) = c.report.findings.iter().map(|f| f.severity).max()
        {
            self.worst = self.worst.max(Some(w));
        }
    }
}

/// Inputs with their perda.toml files loaded, ready to be checked: everything that can
/// refuse the whole run ([`ConfigError`]) has happened before [`Plan::stream`] checks the
/// first input.
#[derive(Debug)]
pub struct Plan<'a> {
    inputs: &'a [Input],
    opts: &'a RunOptions,
    /// Every perda.toml in use, by path.
    configs: BTreeMap<PathBuf, Arc<Config>>,
    /// The perda.toml of each input.
    config_of: Vec<Option<Arc<Config>>>,
}

/// Outcomes checked ahead of the next one to hand on, per thread: with 2 threads at most
/// 32 finished outcomes wait for a slow one before them.
const AHEAD_PER_THREAD: usize = 16;

impl<'a> Plan<'a> {
    /// Finds and loads the perda.toml of each input (each file once).
    pub fn new(inputs: &'a [Input], opts: &'a RunOptions) -> Result<Self, ConfigError> {
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
        Ok(Plan {
            inputs,
            opts,
            configs,
            config_of,
        })
    }

    /// Checks the inputs in parallel (rayon) and hands each outcome to `sink` in input
    /// order, while later inputs are still being checked; then one outcome per perda.toml
    /// with waivers that matched nothing (`CFG-001`), as [`run`] appends them.
    ///
    /// At most 16 outcomes per thread are held, checked but waiting for an earlier one:
    /// memory does not grow with the number of inputs. `sink` is called on the worker
    /// threads, one call at a time. The first error of `sink` stops the run: inputs not
    /// yet started are not checked, and the error is returned.
    pub fn stream<F, E>(self, sink: F) -> Result<Totals, E>
    where
        F: FnMut(Outcome) -> Result<(), E> + Send,
        E: Send,
    {
        let Plan {
            inputs,
            opts,
            configs,
            config_of,
        } = self;
        let threads = rayon::current_num_threads().max(1);
        let shared = Shared {
            taken: AtomicUsize::new(0),
            stop: AtomicBool::new(false),
            order: Mutex::new(Order {
                next: 0,
                waiting: BTreeMap::new(),
                sink,
                error: None,
                totals: Totals::default(),
            }),
            room: Condvar::new(),
            ahead: AHEAD_PER_THREAD * threads,
            used: Mutex::new(HashSet::new()),
        };
        rayon::scope(|s| {
            for _ in 0..threads.min(inputs.len()) {
                s.spawn(|_| shared.work(inputs, &config_of, opts));
            }
        });
        let Shared { order, used, .. } = shared;
        let Order {
            mut sink,
            error,
            mut totals,
            ..
        } = order.into_inner().unwrap_or_else(PoisonError::into_inner);
        if let Some(e) = error {
            return Err(e);
        }
        // Waivers that matched nothing.
        let used = used.into_inner().unwrap_or_else(PoisonError::into_inner);
        for cfg in configs.values() {
            if let Some(o) = unused_waivers(cfg, &used) {
                totals.add(&o);
                sink(o)?;
            }
        }
        Ok(totals)
    }
}

/// The state the worker threads of [`Plan::stream`] share.
struct Shared<F, E> {
    /// Inputs handed to workers so far (the next one to take).
    taken: AtomicUsize,
    /// Set when the sink failed or a worker panicked: take nothing more.
    stop: AtomicBool,
    order: Mutex<Order<F, E>>,
    /// Signalled whenever outcomes were handed on (or the run stops).
    room: Condvar,
    /// How far past the next outcome to hand on an input may be taken.
    ahead: usize,
    /// Waivers that matched a finding: (perda.toml, line).
    used: Mutex<HashSet<(PathBuf, u32)>>,
}

/// Outcomes finished out of order, and the sink they go to in order.
struct Order<F, E> {
    /// The input whose outcome is handed on next.
    next: usize,
    /// Finished outcomes after `next`, by input.
    waiting: BTreeMap<usize, Outcome>,
    sink: F,
    error: Option<E>,
    totals: Totals,
}

/// Stops the run when a worker unwinds (a panic), so that no other worker waits for the
/// outcome it will never deliver; rayon then passes the panic on.
struct StopOnUnwind<'a, F, E>(&'a Shared<F, E>);

impl<F, E> Drop for StopOnUnwind<'_, F, E> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            // Under the lock, so that a worker about to wait sees the flag or the signal.
            let order = self.0.order.lock().unwrap_or_else(PoisonError::into_inner);
            self.0.stop.store(true, AtomicOrdering::SeqCst);
            drop(order);
            self.0.room.notify_all();
        }
    }
}

impl<F, E> Shared<F, E>
where
    F: FnMut(Outcome) -> Result<(), E>,
{
    /// One worker: takes the next input, waits while it is too far ahead of the outcomes
    /// handed on, checks it, and hands on every outcome that is now next in order.
    fn work(&self, inputs: &[Input], config_of: &[Option<Arc<Config>>], opts: &RunOptions) {
        let _guard = StopOnUnwind(self);
        loop {
            if self.stop.load(AtomicOrdering::SeqCst) {
                return;
            }
            let i = self.taken.fetch_add(1, AtomicOrdering::SeqCst);
            let Some(input) = inputs.get(i) else {
                return;
            };
            {
                let mut order = self.lock();
                while i >= order.next + self.ahead && !self.stop.load(AtomicOrdering::SeqCst) {
                    order = self
                        .room
                        .wait(order)
                        .unwrap_or_else(PoisonError::into_inner);
                }
            }
            if self.stop.load(AtomicOrdering::SeqCst) {
                return;
            }
            let cfg = config_of.get(i).and_then(|c| c.as_deref());
            let outcome = check_input(input, cfg, opts, &self.used);
            let mut order = self.lock();
            order.waiting.insert(i, outcome);
            let Order {
                next,
                waiting,
                sink,
                error,
                totals,
            } = &mut *order;
            while let Some(o) = waiting.remove(next) {
                *next += 1;
                if error.is_none() {
                    totals.add(&o);
                    if let Err(e) = sink(o) {
                        *error = Some(e);
                        self.stop.store(true, AtomicOrdering::SeqCst);
                    }
                }
            }
            drop(order);
            self.room.notify_all();
        }
    }

    fn lock(&self) -> MutexGuard<'_, Order<F, E>> {
        self.order.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The outcome of a perda.toml whose waivers matched nothing: one `CFG-001` each; `None`
/// when every waiver was used.
fn unused_waivers(cfg: &Config, used: &HashSet<(PathBuf, u32)>) -> Option<Outcome> {
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
    if findings.is_empty() {
        return None;
    }
    Some(Outcome::Checked(Box::new(Checked {
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
    })))
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

/// Adds one outcome to the counts.
fn count(s: &mut Summary, o: &Outcome) {
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
