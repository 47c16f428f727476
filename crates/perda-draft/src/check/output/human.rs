//! Output for a drafter at a terminal: each finding like a compiler's diagnostic — the
//! file, line and column, the severity and code, the message, the source line with a
//! marker, and a help line — then a coverage table per file and a summary.

use std::fmt::Write as _;
use std::io::{self, Write};

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

use crate::check::FileReport;
use crate::check::coverage::Status;
use crate::check::finding::{Finding, Lang, Severity};
use crate::check::run::{Outcome, Summary};

use super::Style;

/// The output written as outcomes arrive: each file's findings, waived findings and
/// coverage table, then the summary line.
pub(super) struct Stream {
    renderer: Renderer,
    lang: Lang,
    buf: String,
}

impl Stream {
    pub(super) fn new(style: Style) -> Self {
        Stream {
            renderer: renderer(style),
            lang: style.lang,
            buf: String::new(),
        }
    }

    pub(super) fn outcome(&mut self, out: &mut dyn Write, o: &Outcome) -> io::Result<()> {
        self.buf.clear();
        outcome(&mut self.buf, &self.renderer, o, self.lang);
        out.write_all(self.buf.as_bytes())
    }

    pub(super) fn finish(mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        self.buf.clear();
        summary_line(&mut self.buf, summary, self.lang);
        out.write_all(self.buf.as_bytes())
    }
}

/// The renderer of findings: ASCII decorations, ANSI colours when asked.
fn renderer(style: Style) -> Renderer {
    if style.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Ascii)
}

/// One outcome: an unreadable input's error, or a file's findings, waived findings and
/// coverage table.
fn outcome(out: &mut String, renderer: &Renderer, o: &Outcome, lang: Lang) {
    match o {
        Outcome::Failed(e) => {
            let _ = writeln!(out, "{}: {}\n", Severity::Error.label(lang), e.error);
        }
        Outcome::Checked(c) => {
            for f in &c.report.findings {
                out.push_str(&finding(renderer, &c.report, f, lang));
                out.push_str("\n\n");
            }
            for s in &c.suppressed {
                let _ = writeln!(
                    out,
                    "{}:{}: {} {} ({}: {})",
                    c.report.path,
                    s.finding.line,
                    s.finding.code,
                    match lang {
                        Lang::Id => "dikecualikan",
                        Lang::En => "waived",
                    },
                    s.waiver,
                    s.reason
                );
            }
            if !c.report.coverage.is_empty() {
                out.push_str(&coverage_table(&c.report, lang));
                out.push('\n');
            }
        }
    }
}

/// The closing line: counts of files, findings and duties.
fn summary_line(out: &mut String, s: &Summary, lang: Lang) {
    let _ = match lang {
        Lang::Id => writeln!(
            out,
            "{} berkas diperiksa, {} gagal dibaca: {} galat, {} peringatan, {} info, {} dikecualikan; kewajiban: {} terpenuhi, {} sebagian, {} belum diatur, {} tidak dapat dinilai",
            s.files,
            s.failed,
            s.errors,
            s.warnings,
            s.infos,
            s.suppressed,
            s.covered,
            s.partial,
            s.missing,
            s.unknown
        ),
        Lang::En => writeln!(
            out,
            "{} file(s) checked, {} unreadable: {} error(s), {} warning(s), {} info, {} waived; duties: {} covered, {} partial, {} missing, {} unknown",
            s.files,
            s.failed,
            s.errors,
            s.warnings,
            s.infos,
            s.suppressed,
            s.covered,
            s.partial,
            s.missing,
            s.unknown
        ),
    };
}

fn level(s: Severity, lang: Lang) -> Level<'static> {
    match s {
        Severity::Error => Level::ERROR.with_name(Severity::Error.label(lang)),
        Severity::Warning => Level::WARNING.with_name(Severity::Warning.label(lang)),
        Severity::Info => Level::INFO.with_name(Severity::Info.label(lang)),
    }
}

pub(super) fn finding(renderer: &Renderer, r: &FileReport, f: &Finding, lang: Lang) -> String {
    let title = level(f.severity, lang)
        .primary_title(f.message.get(lang))
        .id(f.code);
    let origin = if f.line > 0 {
        format!("{}:{}", r.path, f.line)
    } else {
        r.path.clone()
    };
    // Column 0 marks a finding about the whole document (a missing duty): no excerpt.
    let excerpt = r.excerpts.get(&f.line).filter(|_| f.column > 0);
    let mut group = match excerpt {
        Some((first_col, text)) if !text.is_empty() => {
            // The marker covers the word at the finding's column, or the whole line.
            let start = if f.column > *first_col {
                let chars = (f.column - first_col) as usize;
                text.char_indices().nth(chars).map_or(0, |(i, _)| i)
            } else {
                0
            };
            let end = if f.column == 0 {
                text.len()
            } else {
                text.get(start..)
                    .and_then(|rest| rest.find(char::is_whitespace))
                    .map_or(text.len(), |n| start + n)
            };
            let end = if end > start { end } else { text.len() };
            title.element(
                Snippet::source(text.as_str())
                    .line_start(f.line as usize)
                    .path(r.path.as_str())
                    .annotation(AnnotationKind::Primary.span(start..end)),
            )
        }
        _ => title.element(annotate_snippets::Origin::path(origin.as_str())),
    };
    if let Some(h) = &f.help {
        let name = match lang {
            Lang::Id => "bantuan",
            Lang::En => "help",
        };
        group = group.element(Level::HELP.with_name(name).message(h.get(lang)));
    }
    renderer.render(&[group]).to_string()
}

pub(super) fn coverage_table(r: &FileReport, lang: Lang) -> String {
    let mut out = String::new();
    let head = match lang {
        Lang::Id => format!(
            "cakupan kewajiban UU 18/2017 ({}, tingkat {}):",
            r.path,
            r.level.map_or("?", |l| l.as_str())
        ),
        Lang::En => format!(
            "coverage of UU 18/2017 obligations ({}, level {}):",
            r.path,
            r.level.map_or("?", |l| l.as_str())
        ),
    };
    let _ = writeln!(out, "{head}");
    for c in &r.coverage {
        let status = match (c.status, lang) {
            (Status::Covered, Lang::Id) => "terpenuhi",
            (Status::Partial, Lang::Id) => "sebagian",
            (Status::Missing, Lang::Id) => "belum diatur",
            (Status::Unknown, Lang::Id) => "tidak dapat dinilai",
            (s, Lang::En) => s.as_str(),
        };
        let kind = match (c.modality, lang) {
            ("may", Lang::Id) => " (pilihan)",
            ("may", Lang::En) => " (option)",
            _ => "",
        };
        let at: Vec<String> = c
            .locations
            .iter()
            .map(|l| format!("{} (baris {})", l.article, l.line))
            .map(|s| {
                if lang == Lang::En {
                    s.replace("(baris", "(line")
                } else {
                    s
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "  {:<22} {:<28} {:<19} {:>4.2}  {}",
            c.obligation,
            format!("{}{kind}", c.cite.trim_end_matches(" UU 18/2017")),
            status,
            c.score,
            at.join(", ")
        );
    }
    out
}
