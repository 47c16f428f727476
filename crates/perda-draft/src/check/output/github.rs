//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding,
//! which GitHub shows as annotations on the pull request.

use std::fmt::Write as _;

use crate::check::finding::{Lang, Severity};
use crate::check::run::{Outcome, Report};

/// Escapes a property value (`file=`, `title=`).
fn property(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
        .replace(':', "%3A")
        .replace(',', "%2C")
}

/// Escapes the message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

pub(super) fn render(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    for o in &report.files {
        match o {
            Outcome::Failed(e) => {
                let _ = writeln!(
                    out,
                    "::error file={}::{}",
                    property(&e.path),
                    data(&e.error)
                );
            }
            Outcome::Checked(c) => {
                for f in &c.report.findings {
                    let cmd = match f.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                        Severity::Info => "notice",
                    };
                    let mut props = format!("file={}", property(&c.report.path));
                    if f.line > 0 {
                        let _ = write!(props, ",line={}", f.line);
                    }
                    if f.column > 0 {
                        let _ = write!(props, ",col={}", f.column);
                    }
                    let _ = write!(
                        props,
                        ",title={}",
                        property(&format!("{} {}", f.code, f.name))
                    );
                    let mut msg = f.message.get(lang).to_string();
                    if let Some(h) = &f.help {
                        msg.push('\n');
                        msg.push_str(h.get(lang));
                    }
                    let _ = writeln!(out, "::{cmd} {props}::{}", data(&msg));
                }
            }
        }
    }
    out
}
