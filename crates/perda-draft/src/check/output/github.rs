//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding,
//! which GitHub shows as annotations on the pull request.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::check::finding::{Lang, Severity};
use crate::check::run::Outcome;

/// Escapes a property value (`file=`, `title=`).
pub(super) fn property(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
        .replace(':', "%3A")
        .replace(',', "%2C")
}

/// Escapes the message.
pub(super) fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// The commands written as outcomes arrive; nothing before or after them.
pub(super) struct Stream {
    lang: Lang,
    buf: String,
}

impl Stream {
    pub(super) fn new(lang: Lang) -> Self {
        Stream {
            lang,
            buf: String::new(),
        }
    }

    pub(super) fn outcome(&mut self, out: &mut dyn Write, o: &Outcome) -> io::Result<()> {
        self.buf.clear();
        outcome(&mut self.buf, o, self.lang);
        out.write_all(self.buf.as_bytes())
    }
}

/// The commands of one outcome: one `::error` for an unreadable input, one command per
/// finding of a checked file.
fn outcome(out: &mut String, o: &Outcome, lang: Lang) {
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
