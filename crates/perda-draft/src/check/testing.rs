//! Helpers for rule tests: build a document from a text excerpt and render a rule's
//! findings as stable text for snapshots.

use std::fmt::Write as _;

use super::date::Date;
use super::document::{Document, ReadOptions};
use super::rule::{Rule, Sink};

/// The date tests are judged at unless they say otherwise.
pub const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 29,
};

/// A document from plain text (read as a `.txt` file), judged on [`TODAY`].
pub fn doc(text: &str) -> Document {
    doc_with(text, &ReadOptions::default())
}

/// A document from plain text with read options (`today` defaults to [`TODAY`]).
pub fn doc_with(text: &str, opts: &ReadOptions) -> Document {
    let mut opts = opts.clone();
    opts.today.get_or_insert(TODAY);
    #[allow(clippy::expect_used)]
    let src = perda_law::Source::from_bytes("fixture.txt", text.as_bytes()).expect("fixture loads");
    #[allow(clippy::expect_used)]
    Document::new(&src, &opts).expect("fixture parses")
}

/// Runs one rule and renders its findings, one per line:
/// `line:column [severity] message (id) | message (en)`, then `help:` lines.
pub fn run(rule: &dyn Rule, doc: &Document) -> String {
    let mut sink = Sink::default();
    rule.check(doc, &mut sink);
    let mut out = String::new();
    for r in sink.raw {
        let sev = r
            .severity
            .map(|s| format!(" [{}]", s.as_str()))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{}:{}{} {} | {}",
            r.line, r.column, sev, r.message.id, r.message.en
        );
        if let Some(h) = r.help {
            let _ = writeln!(out, "  help: {} | {}", h.id, h.en);
        }
    }
    out
}

/// Runs one rule on a text excerpt.
pub fn run_text(rule: &dyn Rule, text: &str) -> String {
    run(rule, &doc(text))
}
