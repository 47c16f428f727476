//! `perda.toml`: the settings of a repository of drafts, found by walking up from a checked
//! file: the level and region, the as-of date, which rules run and at which severity, and
//! waivers — an obligation id or a rule code, the files it applies to, and the reason,
//! which is required. A waiver that matches nothing is reported (`CFG-001`).
//!
//! ```toml
//! level = "kabupaten"
//! region = "Kabupaten Jember"
//!
//! [rules]
//! ignore = ["PEN-006"]
//! severity = { "KU-006" = "error" }
//!
//! [[waiver]]
//! target = "uu-18-2017/41/k"
//! paths = ["drafts/*.md"]
//! reason = "The region shares the provincial LTSA under a cooperation agreement."
//! ```

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use perda_law::Level;
use serde::Deserialize;

use super::Selection;
use super::date::Date;
use super::finding::Severity;

/// The file name looked for.
pub const FILE_NAME: &str = "perda.toml";

/// Largest perda.toml accepted.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// An error reading perda.toml.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid.
    #[error("{path}:{line}:{column}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

/// The settings of a repository of drafts, read from the nearest perda.toml above each
/// checked file.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    /// The level of the drafts, when their titles do not say it (`--level` overrides it).
    level: Option<Level>,
    /// The region of the drafts (`Kabupaten Jember`).
    region: Option<String>,
    /// Judge as of this date (`YYYY-MM-DD`): picks the criminal-sanction regime (`--as-of`
    /// overrides it).
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
    )]
    as_of: Option<String>,
    /// Which rules run and at which severity.
    #[serde(default)]
    rules: RawRules,
    /// Waivers (`[[waiver]]`): findings of `target` in the files matching `paths` are not
    /// reported; a waiver that matches nothing is reported itself (`CFG-001`).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawWaiver>"))]
    waiver: Vec<toml::Spanned<RawWaiver>>,
}

/// Which rules run and at which severity (`[rules]`).
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "Rules")
)]
#[serde(deny_unknown_fields)]
struct RawRules {
    /// Only these rules run: codes (`KON-002`), code prefixes (`SAN`, `SAN-00`), names, or
    /// `ALL`; all rules when empty.
    #[serde(default)]
    select: Vec<String>,
    /// These rules do not run (codes, prefixes or names).
    #[serde(default)]
    ignore: Vec<String>,
    /// Severity overrides by rule code or name (`"KU-006" = "error"`); a rule whose legal
    /// basis is unverified reports at most warnings unless raised here.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "HashMap<String, Severity>"))]
    severity: HashMap<String, String>,
}

/// A waiver: findings of `target` in the files matching `paths` are not reported.
#[derive(Debug, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "Waiver")
)]
#[serde(deny_unknown_fields)]
struct RawWaiver {
    /// An obligation id (`uu-18-2017/41/k`), or a rule code (`KON-004`) or name.
    target: String,
    /// Globs relative to the directory of perda.toml (`drafts/*.md`), which may not leave
    /// it (no `..` component, no leading `/`); every file when empty.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(inner(regex(
            pattern = r"^(?:[^/.][^/]*|\.|\.[^/.][^/]*|\.\.[^/]+)(?:/(?:[^/.][^/]*|\.|\.[^/.][^/]*|\.\.[^/]+)?)*$"
        )))
    )]
    paths: Vec<String>,
    /// Why the findings are waived; required, not blank.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"\S")))]
    reason: String,
}

/// The JSON Schema of perda.toml (its tables read as JSON objects), from the types above.
#[cfg(feature = "schema")]
pub(crate) fn schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    generator.root_schema_for::<Raw>()
}

/// A waiver: findings of `target` in the files matching `paths` are not reported.
#[derive(Debug, Clone)]
pub struct Waiver {
    /// An obligation id (`uu-18-2017/41/k`) or a rule code or name.
    pub target: String,
    /// Globs relative to the directory of perda.toml (all files when empty).
    pub paths: Vec<String>,
    globs: GlobSet,
    /// Why.
    pub reason: String,
    /// Line of the waiver in perda.toml.
    pub line: u32,
}

impl Waiver {
    /// Whether it applies to a finding of `code`/`name`/`obligation` in `file` (a path
    /// relative to the config's directory, with `/` separators).
    pub fn applies(&self, code: &str, name: &str, obligation: Option<&str>, file: &Path) -> bool {
        let t = self.target.as_str();
        let target = t.eq_ignore_ascii_case(code)
            || t.eq_ignore_ascii_case(name)
            || obligation.is_some_and(|o| o == t);
        target && (self.paths.is_empty() || self.globs.is_match(file))
    }
}

/// A loaded perda.toml.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Where it was read from.
    pub path: PathBuf,
    /// Level of the drafts.
    pub level: Option<Level>,
    /// Region of the drafts.
    pub region: Option<String>,
    /// As-of date.
    pub as_of: Option<Date>,
    /// Rule selection and severities.
    pub selection: Selection,
    /// Waivers.
    pub waivers: Vec<Waiver>,
}

impl Config {
    /// The directory the config's relative paths start from.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// Reads a perda.toml.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        use std::io::Read;
        let shown = path.display().to_string();
        let file = std::fs::File::open(path).map_err(|source| ConfigError::Io {
            path: shown.clone(),
            source,
        })?;
        let mut text = String::new();
        file.take(MAX_CONFIG_BYTES + 1)
            .read_to_string(&mut text)
            .map_err(|source| ConfigError::Io {
                path: shown.clone(),
                source,
            })?;
        if text.len() as u64 > MAX_CONFIG_BYTES {
            return Err(ConfigError::Invalid {
                path: shown,
                line: 1,
                column: 1,
                message: format!("larger than {MAX_CONFIG_BYTES} bytes"),
            });
        }
        Config::parse(path, &text)
    }

    /// Parses perda.toml text; `path` is used in messages and for relative globs.
    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        let shown = path.display().to_string();
        let invalid = |offset: usize, message: String| {
            let (line, column) = line_col(text, offset);
            ConfigError::Invalid {
                path: shown.clone(),
                line,
                column,
                message,
            }
        };
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            invalid(offset, e.message().to_string())
        })?;
        let as_of = match &raw.as_of {
            Some(s) => Some(Date::parse(s).ok_or_else(|| {
                invalid(
                    text.find("as-of").unwrap_or(0),
                    format!("`as-of = \"{s}\"` is not a date (expected YYYY-MM-DD)"),
                )
            })?),
            None => None,
        };
        let mut severity = HashMap::new();
        for (code, s) in raw.rules.severity {
            let sev: Severity = s.parse().map_err(|m: String| {
                invalid(
                    text.find(code.as_str()).unwrap_or(0),
                    format!("rules.severity.{code}: {m}"),
                )
            })?;
            severity.insert(code, sev);
        }
        let mut waivers = Vec::new();
        for w in raw.waiver {
            let span = w.span();
            let w = w.into_inner();
            if w.reason.trim().is_empty() {
                return Err(invalid(
                    span.start,
                    format!("waiver of `{}` needs a reason", w.target),
                ));
            }
            let mut b = GlobSetBuilder::new();
            for p in &w.paths {
                if p.split('/').any(|c| c == "..") || p.starts_with('/') {
                    return Err(invalid(
                        span.start,
                        format!("waiver path `{p}` must stay inside the directory of perda.toml"),
                    ));
                }
                let g = Glob::new(p)
                    .map_err(|e| invalid(span.start, format!("waiver path `{p}`: {e}")))?;
                b.add(g);
            }
            let globs = b
                .build()
                .map_err(|e| invalid(span.start, format!("waiver paths: {e}")))?;
            let (line, _) = line_col(text, span.start);
            waivers.push(Waiver {
                target: w.target,
                paths: w.paths,
                globs,
                reason: w.reason,
                line: u32::try_from(line).unwrap_or(u32::MAX),
            });
        }
        Ok(Config {
            path: path.to_path_buf(),
            level: raw.level,
            region: raw.region,
            as_of,
            selection: Selection {
                select: raw.rules.select,
                ignore: raw.rules.ignore,
                severity,
            },
            waivers,
        })
    }

    /// Finds the nearest perda.toml at or above `start` (a file or directory).
    pub fn find(start: &Path) -> Option<PathBuf> {
        let abs = std::fs::canonicalize(start).ok()?;
        let mut dir = if abs.is_dir() {
            Some(abs.as_path())
        } else {
            abs.parent()
        };
        while let Some(d) = dir {
            let candidate = d.join(FILE_NAME);
            if candidate.is_file() {
                return Some(candidate);
            }
            dir = d.parent();
        }
        None
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset.min(text.len())).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_settings_and_waivers() {
        let c = Config::parse(
            Path::new("repo/perda.toml"),
            "level = \"kabupaten\"\nas-of = \"2026-03-01\"\n[rules]\nignore = [\"PEN-006\"]\nseverity = { \"KU-006\" = \"error\" }\n\n[[waiver]]\ntarget = \"uu-18-2017/41/k\"\npaths = [\"drafts/*.md\"]\nreason = \"shared LTSA\"\n",
        )
        .unwrap();
        assert_eq!(c.level, Some(Level::Kabupaten));
        assert_eq!(c.as_of, Date::new(2026, 3, 1));
        assert_eq!(c.selection.ignore, ["PEN-006"]);
        assert_eq!(c.selection.severity.get("KU-006"), Some(&Severity::Error));
        let w = &c.waivers[0];
        assert_eq!(w.line, 7);
        assert!(w.applies(
            "COV-004",
            "option-not-taken",
            Some("uu-18-2017/41/k"),
            Path::new("drafts/a.md")
        ));
        assert!(!w.applies(
            "COV-004",
            "option-not-taken",
            Some("uu-18-2017/41/k"),
            Path::new("other/a.md")
        ));
    }

    #[test]
    fn errors_name_the_line() {
        let e = Config::parse(
            Path::new("perda.toml"),
            "level = \"kabupaten\"\n\n[[waiver]]\ntarget = \"KON-004\"\nreason = \"\"\n",
        )
        .unwrap_err()
        .to_string();
        assert_eq!(e, "perda.toml:3:1: waiver of `KON-004` needs a reason");
        let e = Config::parse(Path::new("perda.toml"), "levl = 1\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("perda.toml:1:1: unknown field `levl`"), "{e}");
        let e = Config::parse(
            Path::new("perda.toml"),
            "[[waiver]]\ntarget = \"x\"\npaths = [\"../*\"]\nreason = \"r\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("must stay inside"), "{e}");
    }
}
