//! The checker: reads a draft or enacted Perda / Peraturan Desa, judges whether it regulates
//! every duty UU 18/2017 gives its level ([`coverage`]), and runs the drafting-technique and
//! legality rules ([`rules`]) on it.
//!
//! ```
//! use perda_draft::check::{self, ReadOptions, Selection};
//! let text = "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nKETERTIBAN\n\
//!             Pasal 1\nSetiap orang yang melanggar dipidana dengan pidana denda.\n";
//! let src = perda_law::Source::from_bytes("perdes.txt", text.as_bytes()).unwrap();
//! let doc = check::Document::new(&src, &ReadOptions::default()).unwrap();
//! let report = check::check_document(&doc, &Selection::default());
//! assert!(report.findings.iter().any(|f| f.code == "SAN-001"));
//! ```

pub mod config;
pub mod coverage;
pub mod date;
pub mod document;
pub mod finding;
pub mod normalize;
pub mod output;
pub mod rule;
pub mod rules;
pub mod run;
#[cfg(test)]
pub(crate) mod testing;

use std::collections::HashMap;

use serde::Serialize;

pub use coverage::{Coverage, Status};
pub use date::Date;
pub use document::{Document, Info, ReadOptions, Regime, Segment};
pub use finding::{Finding, Lang, Msg, Severity};
pub use rule::{Basis, Family, Group, Rule, RuleMeta, Sink};

/// Which rules run and at which severity.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Only these codes, code prefixes (`KON`, `SAN-00`) or names run; all when empty.
    pub select: Vec<String>,
    /// These codes, prefixes or names do not run.
    pub ignore: Vec<String>,
    /// Severity overrides by code or name.
    pub severity: HashMap<String, Severity>,
}

impl Selection {
    fn matches(pattern: &str, meta: &RuleMeta) -> bool {
        let p = pattern.trim();
        p.eq_ignore_ascii_case("ALL")
            || meta.name.eq_ignore_ascii_case(p)
            || meta
                .code
                .get(..p.len())
                .is_some_and(|c| c.eq_ignore_ascii_case(p))
    }

    /// Whether a rule runs.
    pub fn enabled(&self, meta: &RuleMeta) -> bool {
        (self.select.is_empty() || self.select.iter().any(|p| Self::matches(p, meta)))
            && !self.ignore.iter().any(|p| Self::matches(p, meta))
    }

    /// The severity of a rule's finding: an override, else what the rule asked for, else
    /// the rule's default; unverified rules stay at most warnings unless overridden.
    pub fn severity(&self, meta: &RuleMeta, asked: Option<Severity>) -> Severity {
        if let Some(s) = self
            .severity
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(meta.code) || k.eq_ignore_ascii_case(meta.name))
            .map(|(_, s)| *s)
        {
            return s;
        }
        let s = asked.unwrap_or(meta.severity);
        match meta.basis {
            Basis::Verified => s,
            _ => s.min(Severity::Warning),
        }
    }
}

/// The result of checking one document.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    /// The document's name (path).
    pub path: String,
    /// Level judged at.
    pub level: Option<perda_law::Level>,
    /// Region named in the title.
    pub region: Option<String>,
    /// Whether it is a draft (RANCANGAN).
    pub draft: bool,
    /// The as-of date (`YYYY-MM-DD`).
    pub as_of: String,
    /// The sanction regime of the as-of date (`A` before 2 January 2026, `B` from then).
    pub regime: &'static str,
    /// Coverage of each obligation for the level.
    pub coverage: Vec<Coverage>,
    /// Findings, by line then column then code.
    pub findings: Vec<Finding>,
    /// The text of each line a finding points at, for showing it (line → (first column,
    /// text)).
    #[serde(skip)]
    pub excerpts: std::collections::BTreeMap<u32, (u32, String)>,
}

/// Runs every selected rule on a document and judges its coverage.
///
/// # Examples
///
/// ```
/// use perda_draft::check::{Document, ReadOptions, Selection, Status, check_document};
///
/// let text = "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nPENDATAAN\n\
///             Pasal 1\nPemerintah Desa melakukan verifikasi data dan pencatatan Calon \
///             Pekerja Migran Indonesia.\n\
///             Pasal 2\nPeraturan Desa ini mulai berlaku pada tanggal diundangkan.\n";
/// let src = perda_law::Source::from_text("perdes.txt", text)?;
/// let doc = Document::new(&src, &ReadOptions::default())?;
/// // Coverage only; `ignore` leaves rules out the same way.
/// let selection = Selection {
///     select: vec!["COV".to_string()],
///     ..Selection::default()
/// };
/// let report = check_document(&doc, &selection);
/// let b = report.coverage.iter().find(|c| c.obligation == "uu-18-2017/42/b");
/// assert_eq!(b.map(|c| c.status), Some(Status::Covered));
/// assert!(report.findings.iter().all(|f| f.code.starts_with("COV")));
/// # Ok::<(), perda_law::Error>(())
/// ```
pub fn check_document(doc: &Document, selection: &Selection) -> FileReport {
    rules::prelude::forget();
    let mut findings = Vec::new();
    for rule in rules::all() {
        let meta = rule.meta();
        if !selection.enabled(meta) {
            continue;
        }
        let mut sink = Sink::default();
        rule.check(doc, &mut sink);
        for raw in sink.raw {
            findings.push(Finding {
                code: meta.code,
                name: meta.name,
                severity: selection.severity(meta, raw.severity),
                message: raw.message,
                help: raw.help,
                line: raw.line,
                column: raw.column,
                obligation: raw.obligation,
            });
        }
    }
    findings.sort_by(|a, b| (a.line, a.column, a.code).cmp(&(b.line, b.column, b.code)));
    findings.dedup();
    let excerpts = findings
        .iter()
        .filter_map(|f| doc.line(f.line))
        .map(|l| (l.no, (l.first_column, l.text.clone())))
        .collect();
    FileReport {
        path: doc.name.clone(),
        level: doc.info.level,
        region: doc.info.region.clone(),
        draft: doc.info.draft,
        as_of: doc.info.as_of.to_string(),
        regime: match doc.regime() {
            Regime::A => "A",
            Regime::B => "B",
        },
        coverage: doc.coverage().to_vec(),
        findings,
        excerpts,
    }
}
