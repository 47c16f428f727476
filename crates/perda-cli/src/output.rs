//! Output of the CLI: views of the parsed act, tables, and safe writing of files.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use perda_law::obligation::Obligation;
use perda_law::repair::{Confidence, Repair};
use perda_law::structure::{Diagnostic, Elucidation, Meta, Preamble};
use perda_law::{Act, Node, Span};
use serde::Serialize;

use crate::Failure;

/// What `perda parse --format json|yaml` prints (documented in docs/parse-format.md).
#[derive(Serialize)]
pub struct ParseView<'a> {
    meta: &'a Meta,
    preamble: &'a Preamble,
    body: &'a [Node],
    closing: &'a perda_law::structure::Closing,
    elucidation: Option<&'a Elucidation>,
    quality: Quality<'a>,
}

/// How the text was read: repairs, structural problems and known gaps.
#[derive(Serialize)]
struct Quality<'a> {
    articles: usize,
    repairs_by_confidence: RepairCounts,
    repairs: &'a [Repair],
    diagnostics: &'a [Diagnostic],
    gaps: &'a [Span],
}

#[derive(Serialize, Default)]
struct RepairCounts {
    high: usize,
    medium: usize,
    low: usize,
}

impl<'a> ParseView<'a> {
    pub fn new(act: &'a Act) -> Self {
        let mut counts = RepairCounts::default();
        for r in &act.repairs {
            match r.confidence {
                Confidence::High => counts.high += 1,
                Confidence::Medium => counts.medium += 1,
                Confidence::Low => counts.low += 1,
            }
        }
        ParseView {
            meta: &act.meta,
            preamble: &act.preamble,
            body: &act.body,
            closing: &act.closing,
            elucidation: act.elucidation.as_ref(),
            quality: Quality {
                articles: act.articles().count(),
                repairs_by_confidence: counts,
                repairs: &act.repairs,
                diagnostics: &act.diagnostics,
                gaps: &act.gaps,
            },
        }
    }
}

/// An indented outline of the act, one unit per line, with line numbers.
pub fn tree(act: &Act) -> String {
    let mut out = String::new();
    let m = &act.meta;
    let mut title = Vec::new();
    if let Some(k) = m.kind {
        title.push(format!("{k:?}"));
    }
    if let Some(n) = &m.number {
        title.push(format!("Nomor {n}"));
    }
    if let Some(y) = m.year {
        title.push(format!("Tahun {y}"));
    }
    if let Some(t) = &m.title {
        title.push(format!("tentang {t}"));
    }
    out.push_str(&title.join(" "));
    out.push('\n');
    if let Some(l) = m.level {
        out.push_str(&format!("level: {}", l.as_str()));
        if let Some(r) = &m.region {
            out.push_str(&format!(" ({r})"));
        }
        out.push('\n');
    }
    let p = &act.preamble;
    out.push_str(&format!(
        "Menimbang: {} points; Mengingat: {} items\n",
        p.considerations.len(),
        p.legal_bases.len()
    ));
    for n in &act.body {
        tree_node(n, 0, &mut out);
    }
    if let Some(e) = &act.elucidation {
        out.push_str(&format!(
            "Penjelasan: {} paragraphs (Umum), {} articles\n",
            e.general.len(),
            e.articles.len()
        ));
    }
    out.push_str(&format!(
        "{} articles; {} repairs; {} diagnostics\n",
        act.articles().count(),
        act.repairs.len(),
        act.diagnostics.len()
    ));
    out
}

fn tree_node(n: &Node, depth: usize, out: &mut String) {
    use perda_law::NodeKind::*;
    let label = match n.kind {
        Chapter => format!("BAB {}", n.number),
        Part => format!("Bagian {}", n.number),
        Section => format!("Paragraf {}", n.number),
        Article => format!("Pasal {}", n.number),
        _ => n.marker.clone(),
    };
    let text = n.heading.as_deref().unwrap_or(&n.text);
    let short: String = text.chars().take(70).collect();
    let ellipsis = if text.chars().count() > 70 { "…" } else { "" };
    out.push_str(&format!(
        "{:>5}  {}{} {}{}\n",
        n.span.line,
        "  ".repeat(depth),
        label,
        short,
        ellipsis
    ));
    for c in &n.children {
        tree_node(c, depth + 1, out);
    }
}

/// A fixed-width table of obligations.
pub fn obligation_table(list: &[&Obligation]) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{:<22} {:<9} {:<28} {}\n",
        "ID", "MODALITY", "LEVELS", "TEXT"
    ));
    for o in list {
        let levels = o
            .levels
            .iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>()
            .join(",");
        out.push_str(&format!(
            "{:<22} {:<9} {:<28} {}\n",
            o.id,
            o.modality.as_str(),
            levels,
            o.text
        ));
    }
    out.push_str(&format!("{} obligations\n", list.len()));
    out
}

/// Writes `text` to `out`, or to stdout. A file is written to a temporary file beside it
/// and renamed, so a reader never sees half a file; an existing file is kept unless
/// `force` is set.
pub fn emit(text: &str, out: Option<&Path>, force: bool) -> Result<(), Failure> {
    let Some(path) = out else {
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        // A closed pipe (`perda ... | head`) is not an error worth reporting.
        if let Err(e) = lock.write_all(text.as_bytes()).and_then(|()| lock.flush())
            && e.kind() != std::io::ErrorKind::BrokenPipe
        {
            return Err(Failure(format!("<stdout>: {e}")));
        }
        return Ok(());
    };
    write_atomic(path, text.as_bytes(), force)
}

/// Writes a file atomically (temporary file in the same folder, then rename).
pub fn write_atomic(path: &Path, bytes: &[u8], force: bool) -> Result<(), Failure> {
    let mut file = AtomicFile::create(path, force)?;
    if let Err(e) = file.write_all(bytes) {
        return Err(file.cannot_write(&e));
    }
    file.commit()
}

/// A file written as a stream and put in place only when complete: the bytes go to
/// `.NAME.PID.tmp` in the target's folder (created new), which [`AtomicFile::commit`]
/// syncs and renames over the target. Dropped without a commit (an error on the way), the
/// temporary file is removed and the target is left as it was. An existing target is kept
/// unless `force` is set: refused when the file is created, and again before the rename.
pub struct AtomicFile {
    path: PathBuf,
    tmp: PathBuf,
    force: bool,
    /// `None` once committed.
    file: Option<BufWriter<File>>,
}

impl AtomicFile {
    /// Creates the temporary file beside `path` (after removing those that killed runs
    /// left); refuses an existing `path` without `force`.
    pub fn create(path: &Path, force: bool) -> Result<Self, Failure> {
        let shown = path.display();
        if path.exists() && !force {
            return Err(exists(path));
        }
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| Failure(format!("{shown}: not a file name")))?;
        remove_stale_temps(&dir, &name);
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => Ok(AtomicFile {
                path: path.to_path_buf(),
                tmp,
                force,
                file: Some(BufWriter::with_capacity(64 * 1024, f)),
            }),
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                Err(Failure(format!("{shown}: cannot write: {e}")))
            }
        }
    }

    /// The failure for an error writing this file.
    pub fn cannot_write(&self, e: &std::io::Error) -> Failure {
        Failure(format!("{}: cannot write: {e}", self.path.display()))
    }

    /// Flushes and syncs the temporary file and renames it over the target.
    pub fn commit(mut self) -> Result<(), Failure> {
        let Some(buffered) = self.file.take() else {
            return Ok(());
        };
        let result = buffered
            .into_inner()
            .map_err(|e| e.into_error())
            .and_then(|f| f.sync_all());
        if let Err(e) = result {
            let _ = std::fs::remove_file(&self.tmp);
            return Err(self.cannot_write(&e));
        }
        // The target may have appeared while the stream was written.
        if !self.force && self.path.exists() {
            let _ = std::fs::remove_file(&self.tmp);
            return Err(exists(&self.path));
        }
        if let Err(e) = std::fs::rename(&self.tmp, &self.path) {
            let _ = std::fs::remove_file(&self.tmp);
            return Err(self.cannot_write(&e));
        }
        Ok(())
    }
}

fn exists(path: &Path) -> Failure {
    Failure(format!(
        "{}: already exists; use --force to overwrite it",
        path.display()
    ))
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.file {
            Some(f) => f.write(buf),
            None => Err(std::io::Error::other("written after commit")),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match &mut self.file {
            Some(f) => f.write_all(buf),
            None => Err(std::io::Error::other("written after commit")),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.file {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if let Some(f) = self.file.take() {
            // Not committed: the target stays as it was. The buffer is dropped unwritten.
            let (file, _) = f.into_parts();
            drop(file);
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Standard output for a stream of text, buffered. Once the reader has gone (a closed
/// pipe, `perda ... | head`) the rest is dropped without an error, as [`emit`] does.
pub struct Stdout {
    out: BufWriter<std::io::Stdout>,
    closed: bool,
}

impl Default for Stdout {
    fn default() -> Self {
        Stdout {
            out: BufWriter::with_capacity(64 * 1024, std::io::stdout()),
            closed: false,
        }
    }
}

impl Stdout {
    /// The failure for an error writing standard output.
    pub fn cannot_write(e: &std::io::Error) -> Failure {
        Failure(format!("<stdout>: {e}"))
    }

    fn closed<T>(&mut self, r: std::io::Result<T>, or: T) -> std::io::Result<T> {
        match r {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(or)
            }
            r => r,
        }
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        let r = self.out.write(buf);
        self.closed(r, buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let r = self.out.flush();
        self.closed(r, ())
    }
}

/// Removes the temporary files (`.NAME.PID.tmp`) that runs killed while writing `name` left
/// in `dir`: those whose process is gone (`create_new` would otherwise fail on a reused
/// id). Only Linux tells (through `/proc`) whether a process lives; elsewhere they are left
/// alone.
fn remove_stale_temps(dir: &Path, name: &str) {
    if !Path::new("/proc/self").exists() {
        return;
    }
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(pid) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|f| f.strip_suffix(".tmp"))
            .filter(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        // A file named with this process's id was left by an earlier process of the same id.
        let alive = pid != std::process::id().to_string() && Path::new("/proc").join(pid).exists();
        if !alive && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
