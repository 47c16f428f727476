//! JUnit XML: one test suite per file; one test case per rule that ran (failed when it
//! reported an error or a warning) and one per obligation of the level (failed when
//! missing or partial; skipped when coverage could not be judged).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::io::{self, Write};

use crate::check::coverage::Status;
use crate::check::finding::{Finding, Lang, Severity};
use crate::check::rules;
use crate::check::run::Outcome;
use crate::xml::escape as esc;

/// The document's totals head it, so nothing is written before the last outcome: each
/// outcome is noted in a compact form — an unreadable input's suite as text; for a checked
/// file its counts, the text of its failing rules' cases, and its coverage verdicts (the
/// passing rules' cases are implied by the list of rules) — and [`Stream::finish`] writes
/// the document from the notes, byte for byte what the whole report would give.
pub(super) struct Stream {
    lang: Lang,
    suites: Vec<Suite>,
    /// Coverage case names (`OBLIGATION (CITE)`, escaped), each kept once.
    names: Vec<String>,
    name_ids: HashMap<String, u32>,
    tests: usize,
    failures: usize,
}

/// One test suite, noted.
enum Suite {
    /// An unreadable input: the suite's text.
    Failed(String),
    /// A checked file.
    Checked(Box<CheckedSuite>),
}

struct CheckedSuite {
    /// The path, escaped.
    path: String,
    tests: usize,
    failures: usize,
    skipped: usize,
    /// The failing rules: their position among the rules that run for JUnit (every rule
    /// but the COV codes) and the text of their case after its `classname` attribute.
    rules: Vec<(usize, String)>,
    /// The coverage cases: name (in `Stream::names`) and verdict.
    coverage: Vec<(u32, Verdict)>,
}

#[derive(Clone, Copy)]
enum Verdict {
    Passed,
    Skipped,
    Failed(Status),
}

/// The rules with a test case in each suite (COV codes are coverage cases instead).
fn rule_cases() -> impl Iterator<Item = &'static crate::check::rule::RuleMeta> {
    rules::all()
        .map(|r| r.meta())
        .filter(|m| !m.code.starts_with("COV-"))
}

impl Stream {
    pub(super) fn new(lang: Lang) -> Self {
        Stream {
            lang,
            suites: Vec::new(),
            names: Vec::new(),
            name_ids: HashMap::new(),
            tests: 0,
            failures: 0,
        }
    }

    pub(super) fn outcome(&mut self, o: &Outcome) {
        let lang = self.lang;
        match o {
            Outcome::Failed(e) => {
                self.tests += 1;
                self.failures += 1;
                self.suites.push(Suite::Failed(format!(
                    "  <testsuite name=\"{p}\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n    <testcase name=\"read\" classname=\"{p}\">\n      <error message=\"{m}\"/>\n    </testcase>\n  </testsuite>\n",
                    p = esc(&e.path),
                    m = esc(&e.error)
                )));
            }
            Outcome::Checked(c) => {
                let mut by_code: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
                for f in &c.report.findings {
                    by_code.entry(f.code).or_default().push(f);
                }
                let mut suite = CheckedSuite {
                    path: esc(&c.report.path),
                    tests: 0,
                    failures: 0,
                    skipped: 0,
                    rules: Vec::new(),
                    coverage: Vec::with_capacity(c.report.coverage.len()),
                };
                for (i, m) in rule_cases().enumerate() {
                    suite.tests += 1;
                    let found: Vec<&&Finding> = by_code
                        .get(m.code)
                        .map(|v| {
                            v.iter()
                                .filter(|f| f.severity >= Severity::Warning)
                                .collect()
                        })
                        .unwrap_or_default();
                    if found.is_empty() {
                        continue;
                    }
                    suite.failures += 1;
                    let body: Vec<String> = found
                        .iter()
                        .map(|f| format!("{}:{}: {}", c.report.path, f.line, f.message.get(lang)))
                        .collect();
                    suite.rules.push((
                        i,
                        format!(
                            ">\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>\n",
                            esc(&format!("{} finding(s)", found.len())),
                            found
                                .iter()
                                .map(|f| f.severity)
                                .max()
                                .map_or("warning", |s| s.as_str()),
                            esc(&body.join("\n"))
                        ),
                    ));
                }
                for cov in &c.report.coverage {
                    suite.tests += 1;
                    let verdict = match (cov.status, cov.modality) {
                        (Status::Unknown, _) => {
                            suite.skipped += 1;
                            Verdict::Skipped
                        }
                        (Status::Missing | Status::Partial, "duty") => {
                            suite.failures += 1;
                            Verdict::Failed(cov.status)
                        }
                        _ => Verdict::Passed,
                    };
                    let name = format!("{} ({})", esc(&cov.obligation), esc(&cov.cite));
                    let id = match self.name_ids.get(&name) {
                        Some(id) => *id,
                        None => {
                            let id = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
                            self.names.push(name.clone());
                            self.name_ids.insert(name, id);
                            id
                        }
                    };
                    suite.coverage.push((id, verdict));
                }
                self.tests += suite.tests;
                self.failures += suite.failures;
                self.suites.push(Suite::Checked(Box::new(suite)));
            }
        }
    }

    pub(super) fn finish(self, out: &mut dyn Write) -> io::Result<()> {
        write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"perda check\" tests=\"{}\" failures=\"{}\">\n",
            self.tests, self.failures
        )?;
        let mut buf = String::new();
        for suite in &self.suites {
            buf.clear();
            match suite {
                Suite::Failed(text) => buf.push_str(text),
                Suite::Checked(s) => self.checked(&mut buf, s),
            }
            out.write_all(buf.as_bytes())?;
        }
        out.write_all(b"</testsuites>\n")
    }

    /// The text of a checked file's suite.
    fn checked(&self, out: &mut String, s: &CheckedSuite) {
        let path = &s.path;
        let _ = writeln!(
            out,
            "  <testsuite name=\"{path}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">",
            s.tests, s.failures, s.skipped
        );
        let mut failing = s.rules.iter().peekable();
        for (i, m) in rule_cases().enumerate() {
            let _ = write!(
                out,
                "    <testcase name=\"{} {}\" classname=\"{path}.rules\"",
                m.code, m.name
            );
            match failing.next_if(|(k, _)| *k == i) {
                Some((_, text)) => out.push_str(text),
                None => out.push_str("/>\n"),
            }
        }
        for (id, verdict) in &s.coverage {
            let name = self.names.get(*id as usize).map_or("", String::as_str);
            let _ = write!(
                out,
                "    <testcase name=\"{name}\" classname=\"{path}.coverage\""
            );
            match verdict {
                Verdict::Skipped => out.push_str(
                    ">\n      <skipped message=\"coverage unknown\"/>\n    </testcase>\n",
                ),
                Verdict::Failed(status) => {
                    let _ = write!(
                        out,
                        ">\n      <failure message=\"{}\" type=\"{}\"/>\n    </testcase>\n",
                        status.as_str(),
                        status.as_str()
                    );
                }
                Verdict::Passed => out.push_str("/>\n"),
            }
        }
        out.push_str("  </testsuite>\n");
    }
}
