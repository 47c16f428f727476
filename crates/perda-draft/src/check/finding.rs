//! Findings: what a rule or the coverage check reports, in both languages.

use serde::{Deserialize, Serialize};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Information for the drafter (an option not taken, a point to review).
    Info,
    /// Likely wrong, or a rule whose legal basis is not yet verified.
    Warning,
    /// Wrong: the draft breaks a rule of drafting technique or the law.
    Error,
}

impl Severity {
    /// `info`, `warning` or `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// The word shown to a reader in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Severity::Info, Lang::Id) => "info",
            (Severity::Warning, Lang::Id) => "peringatan",
            (Severity::Error, Lang::Id) => "galat",
            (s, Lang::En) => s.as_str(),
        }
    }
}

impl std::str::FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "info" => Ok(Severity::Info),
            "warning" => Ok(Severity::Warning),
            "error" => Ok(Severity::Error),
            other => Err(format!(
                "unknown severity `{other}` (expected info, warning or error)"
            )),
        }
    }
}

/// The language of user-facing messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Bahasa Indonesia (the default).
    #[default]
    Id,
    /// English.
    En,
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "id" | "in" | "indonesia" => Ok(Lang::Id),
            "en" | "english" => Ok(Lang::En),
            other => Err(format!("unknown language `{other}` (expected id or en)")),
        }
    }
}

/// A message in both languages; every finding carries both so that output in either is
/// complete.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Msg {
    /// Bahasa Indonesia.
    pub id: String,
    /// English.
    pub en: String,
}

impl Msg {
    /// A message from its two texts.
    pub fn new(id: impl Into<String>, en: impl Into<String>) -> Self {
        Msg {
            id: id.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
        }
    }
}

/// A message known at compile time (rule summaries).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StaticMsg {
    /// Bahasa Indonesia.
    pub id: &'static str,
    /// English.
    pub en: &'static str,
}

impl StaticMsg {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.id,
            Lang::En => self.en,
        }
    }
}

/// One finding in a checked document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Rule code (`KON-002`) or coverage code (`COV-001`).
    pub code: &'static str,
    /// The rule's kebab-case name.
    pub name: &'static str,
    /// Severity after configuration.
    pub severity: Severity,
    /// What is wrong, in both languages.
    pub message: Msg,
    /// How to fix it, when there is something short to say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<Msg>,
    /// 1-based line in the file (paragraph number in a DOCX); 0 for the whole document.
    pub line: u32,
    /// 1-based character column in the line; 0 when the finding is about the whole line.
    pub column: u32,
    /// The obligation id, for coverage findings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub obligation: Option<String>,
}
