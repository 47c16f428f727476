//! The rule interface: every drafting-technique or legality rule is one struct in one file
//! under `rules/`, with a [`RuleMeta`] and a [`Rule::check`] that reports into a [`Sink`].

use super::document::{Document, Line};
use super::finding::{Msg, Severity, StaticMsg};

/// The group of the catalogue a rule belongs to (the prefix of its code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    /// DOC: the document as a whole (type, region, level).
    Document,
    /// JUD: the title (judul).
    Title,
    /// PEM: the opening phrase and enacting office (pembukaan).
    Opening,
    /// KON: the considerations (konsiderans, Menimbang).
    Considerations,
    /// DH: the legal bases (dasar hukum, Mengingat).
    LegalBases,
    /// DIK: the enacting formula (diktum).
    Diktum,
    /// BT: structure and numbering of the body (batang tubuh).
    Body,
    /// KU: the general provisions (Ketentuan Umum).
    Definitions,
    /// RUM: wording, tabulation, numbers (rumusan).
    Wording,
    /// REF: cross-references (pengacuan).
    References,
    /// SAN: sanctions and criminal provisions.
    Sanctions,
    /// KP: transitional and closing provisions.
    ClosingProvisions,
    /// PEN: the closing formulas and signature blocks (penutup).
    Closing,
    /// PJL: the elucidation (penjelasan).
    Elucidation,
    /// LAM: annexes (lampiran).
    Annex,
    /// DES: Peraturan Desa.
    Village,
    /// PMI: the migrant-worker regime of UU 18/2017 (legality and terminology).
    MigrantWorkers,
    /// COV: coverage of the obligations of UU 18/2017.
    Coverage,
    /// CFG: configuration (perda.toml).
    Config,
}

/// A broader family, used to group rules in SARIF and in documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// Form and numbering.
    Structure,
    /// Cross-references.
    References,
    /// Legal bases (Mengingat).
    LegalBases,
    /// What a regional regulation may lawfully say.
    Legality,
    /// Terms of the current regime.
    Terminology,
    /// Coverage of mandated obligations.
    Coverage,
    /// Configuration.
    Config,
}

impl Family {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Structure => "structure",
            Family::References => "references",
            Family::LegalBases => "legal-bases",
            Family::Legality => "legality",
            Family::Terminology => "terminology",
            Family::Coverage => "coverage",
            Family::Config => "config",
        }
    }
}

/// How well the legal source of a rule was verified (drafting-rules.md, "Verification
/// marks"): only `V` rules report at their catalogue severity; `S` and `I` rules are
/// capped at warning until their source is checked against the official text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Read in a copy of the cited source, with the cited number visible.
    Verified,
    /// Read in a secondary restatement; the exact number is unverified.
    Secondary,
    /// Inferred from practice or memory.
    Inferred,
}

impl Basis {
    /// `V`, `S` or `I`.
    pub fn mark(self) -> &'static str {
        match self {
            Basis::Verified => "V",
            Basis::Secondary => "S",
            Basis::Inferred => "I",
        }
    }
}

/// What describes a rule.
#[derive(Debug)]
pub struct RuleMeta {
    /// Code, `KON-002`.
    pub code: &'static str,
    /// Kebab-case name, `konsiderans-item-form`.
    pub name: &'static str,
    /// Catalogue group.
    pub group: Group,
    /// Family.
    pub family: Family,
    /// Severity in the catalogue.
    pub severity: Severity,
    /// How sure its legal source is.
    pub basis: Basis,
    /// One line saying what the rule wants, in both languages.
    pub summary: StaticMsg,
    /// The legal source, as the catalogue cites it.
    pub source: &'static str,
    /// The rule's own source file (`include_str!`); its leading `//!` block is the page
    /// `perda explain` prints, so documentation and code cannot drift.
    pub file: &'static str,
}

impl RuleMeta {
    /// The severity a finding gets by default: the catalogue's, capped at warning unless
    /// the basis is verified.
    pub fn default_severity(&self) -> Severity {
        match self.basis {
            Basis::Verified => self.severity,
            _ => self.severity.min(Severity::Warning),
        }
    }

    /// The rule's documentation: its file's leading `//!` lines, without the markers.
    pub fn doc(&self) -> String {
        let mut out = String::new();
        for line in self.file.lines() {
            let Some(rest) = line.strip_prefix("//!") else {
                break;
            };
            out.push_str(rest.strip_prefix(' ').unwrap_or(rest));
            out.push('\n');
        }
        out
    }

    /// One section of the documentation (`What it checks`, `Why it matters`, `Example`,
    /// `Instead`), without its heading.
    pub fn doc_section(&self, heading: &str) -> Option<String> {
        let doc = self.doc();
        let mut out = String::new();
        let mut inside = false;
        for line in doc.lines() {
            if let Some(h) = line.strip_prefix("## ") {
                if inside {
                    break;
                }
                inside = h.trim() == heading;
                continue;
            }
            if inside {
                out.push_str(line);
                out.push('\n');
            }
        }
        inside.then(|| out.trim().to_string())
    }
}

/// A drafting-technique or legality rule.
pub trait Rule: Send + Sync {
    /// What describes it.
    fn meta(&self) -> &'static RuleMeta;
    /// Checks a document, reporting what is wrong into `sink`.
    fn check(&self, doc: &Document, sink: &mut Sink);
}

/// A finding as a rule reports it; the engine adds code, name and severity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raw {
    /// 1-based line (0: the whole document).
    pub line: u32,
    /// 1-based column (0: the whole line).
    pub column: u32,
    /// What is wrong.
    pub message: Msg,
    /// How to fix it.
    pub help: Option<Msg>,
    /// A severity other than the rule's default, for rules with two (e.g. error when
    /// enacted, warning in a draft). Still capped by the basis.
    pub severity: Option<Severity>,
    /// The obligation a coverage finding is about.
    pub obligation: Option<String>,
}

/// Where rules report.
#[derive(Debug, Default)]
pub struct Sink {
    /// Reported findings, in order.
    pub raw: Vec<Raw>,
}

impl Sink {
    /// Reports a finding at a line and column.
    pub fn report(
        &mut self,
        line: u32,
        column: u32,
        id: impl Into<String>,
        en: impl Into<String>,
    ) -> &mut Raw {
        self.raw.push(Raw {
            line,
            column,
            message: Msg::new(id, en),
            help: None,
            severity: None,
            obligation: None,
        });
        let last = self.raw.len() - 1;
        #[allow(clippy::indexing_slicing)] // just pushed, so `last` exists
        &mut self.raw[last]
    }

    /// Reports a finding on a whole line.
    pub fn at(&mut self, line: &Line, id: impl Into<String>, en: impl Into<String>) -> &mut Raw {
        self.report(line.no, line.column(0), id, en)
    }

    /// Reports a finding at byte offset `offset` of a line's text.
    pub fn at_offset(
        &mut self,
        line: &Line,
        offset: usize,
        id: impl Into<String>,
        en: impl Into<String>,
    ) -> &mut Raw {
        self.report(line.no, line.column(offset), id, en)
    }
}

impl Raw {
    /// Adds a help text.
    pub fn help(&mut self, id: impl Into<String>, en: impl Into<String>) -> &mut Raw {
        self.help = Some(Msg::new(id, en));
        self
    }

    /// Sets a severity other than the rule's default.
    pub fn severity(&mut self, s: Severity) -> &mut Raw {
        self.severity = Some(s);
        self
    }
}
