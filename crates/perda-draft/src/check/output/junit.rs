//! JUnit XML: one test suite per file; one test case per rule that ran (failed when it
//! reported an error or a warning) and one per obligation of the level (failed when
//! missing or partial; skipped when coverage could not be judged).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::check::coverage::Status;
use crate::check::finding::{Finding, Lang, Severity};
use crate::check::rules;
use crate::check::run::{Outcome, Report};
use crate::xml::escape as esc;

pub(super) fn render(report: &Report, lang: Lang) -> String {
    let mut suites = String::new();
    let (mut total_tests, mut total_failures) = (0usize, 0usize);
    for o in &report.files {
        match o {
            Outcome::Failed(e) => {
                total_tests += 1;
                total_failures += 1;
                let _ = write!(
                    suites,
                    "  <testsuite name=\"{p}\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n    <testcase name=\"read\" classname=\"{p}\">\n      <error message=\"{m}\"/>\n    </testcase>\n  </testsuite>\n",
                    p = esc(&e.path),
                    m = esc(&e.error)
                );
            }
            Outcome::Checked(c) => {
                let path = esc(&c.report.path);
                let mut by_code: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
                for f in &c.report.findings {
                    by_code.entry(f.code).or_default().push(f);
                }
                let mut cases = String::new();
                let (mut tests, mut failures, mut skipped) = (0, 0, 0);
                for r in rules::all() {
                    let m = r.meta();
                    if m.code.starts_with("COV-") {
                        continue;
                    }
                    tests += 1;
                    let found: Vec<&&Finding> = by_code
                        .get(m.code)
                        .map(|v| {
                            v.iter()
                                .filter(|f| f.severity >= Severity::Warning)
                                .collect()
                        })
                        .unwrap_or_default();
                    let _ = write!(
                        cases,
                        "    <testcase name=\"{} {}\" classname=\"{path}.rules\"",
                        m.code, m.name
                    );
                    if found.is_empty() {
                        cases.push_str("/>\n");
                    } else {
                        failures += 1;
                        let body: Vec<String> = found
                            .iter()
                            .map(|f| {
                                format!("{}:{}: {}", c.report.path, f.line, f.message.get(lang))
                            })
                            .collect();
                        let _ = write!(
                            cases,
                            ">\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>\n",
                            esc(&format!("{} finding(s)", found.len())),
                            found
                                .iter()
                                .map(|f| f.severity)
                                .max()
                                .map_or("warning", |s| s.as_str()),
                            esc(&body.join("\n"))
                        );
                    }
                }
                for cov in &c.report.coverage {
                    tests += 1;
                    let _ = write!(
                        cases,
                        "    <testcase name=\"{} ({})\" classname=\"{path}.coverage\"",
                        esc(&cov.obligation),
                        esc(&cov.cite)
                    );
                    match (cov.status, cov.modality) {
                        (Status::Unknown, _) => {
                            skipped += 1;
                            cases.push_str(">\n      <skipped message=\"coverage unknown\"/>\n    </testcase>\n");
                        }
                        (Status::Missing | Status::Partial, "duty") => {
                            failures += 1;
                            let _ = write!(
                                cases,
                                ">\n      <failure message=\"{}\" type=\"{}\"/>\n    </testcase>\n",
                                cov.status.as_str(),
                                cov.status.as_str()
                            );
                        }
                        _ => cases.push_str("/>\n"),
                    }
                }
                total_tests += tests;
                total_failures += failures;
                let _ = write!(
                    suites,
                    "  <testsuite name=\"{path}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\">\n{cases}  </testsuite>\n"
                );
            }
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"perda check\" tests=\"{total_tests}\" failures=\"{total_failures}\">\n{suites}</testsuites>\n"
    )
}
