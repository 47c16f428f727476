//! SARIF 2.1.0 for code scanning: one run, the rules that ran with their help text, and
//! one result per finding (waived findings carry a suppression with the waiver's reason).

use std::io::{self, Write};

use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, Region,
    ReportingConfiguration, ReportingDescriptor, Result as SarifResult, ResultLevel, Run, Sarif,
    Suppression, Tool, ToolComponent,
};

use crate::check::finding::{Finding, Lang, Severity};
use crate::check::rule::RuleMeta;
use crate::check::rules;
use crate::check::run::Outcome;

use super::Array;

fn level(s: Severity) -> ResultLevel {
    match s {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Info => ResultLevel::Note,
    }
}

pub(super) fn rule(m: &RuleMeta, lang: Lang) -> ReportingDescriptor {
    let doc = m.doc();
    let level = match m.default_severity() {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    };
    ReportingDescriptor::builder()
        .id(m.code)
        .name(m.name)
        .short_description(
            MultiformatMessageString::builder()
                .text(m.summary.get(lang))
                .build(),
        )
        .full_description(
            MultiformatMessageString::builder()
                .text(m.doc_section("What it checks").unwrap_or_default())
                .build(),
        )
        .help(
            MultiformatMessageString::builder()
                .text(doc.clone())
                .markdown(doc)
                .build(),
        )
        .default_configuration(
            ReportingConfiguration::builder()
                .level(serde_json::Value::from(level))
                .build(),
        )
        .properties(
            serde_sarif::sarif::PropertyBag::builder()
                .tags(vec![
                    m.family.as_str().to_string(),
                    format!("basis-{}", m.basis.mark()),
                ])
                .additional_properties(std::collections::BTreeMap::from([(
                    "legalSource".to_string(),
                    serde_json::Value::from(m.source),
                )]))
                .build(),
        )
        .build()
}

pub(super) fn result(path: &str, f: &Finding, lang: Lang, suppressed: Option<&str>) -> SarifResult {
    let mut text = f.message.get(lang).to_string();
    if let Some(h) = &f.help {
        text.push('\n');
        text.push_str(h.get(lang));
    }
    let mut region = Region::builder()
        .start_line(i64::from(f.line.max(1)))
        .build();
    if f.column > 0 {
        region.start_column = Some(i64::from(f.column));
    }
    let location = Location::builder()
        .physical_location(
            PhysicalLocation::builder()
                .artifact_location(ArtifactLocation::builder().uri(uri(path)).build())
                .region(region)
                .build(),
        )
        .build();
    let mut r = SarifResult::builder()
        .rule_id(f.code)
        .level(level(f.severity))
        .message(Message::builder().text(text).build())
        .locations(vec![location])
        .build();
    if let Some(reason) = suppressed {
        r.suppressions = Some(vec![
            Suppression::builder()
                .kind(serde_json::Value::from("external"))
                .justification(reason)
                .build(),
        ]);
    }
    r
}

/// A relative URI for a path (forward slashes, no leading `./`).
fn uri(path: &str) -> String {
    let p = path.replace('\\', "/");
    p.strip_prefix("./").unwrap_or(&p).to_string()
}

/// The SARIF log with every rule and no results (an empty `results` array).
fn log(lang: Lang) -> Sarif {
    let mut metas: Vec<&'static RuleMeta> = rules::metas().collect();
    metas.sort_by_key(|m| m.code);
    let driver = ToolComponent::builder()
        .name("perda")
        .version(env!("CARGO_PKG_VERSION"))
        .information_uri("https://example.invalid/perda")
        .rules(metas.iter().map(|m| rule(m, lang)).collect::<Vec<_>>())
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .results(Vec::new())
        .build();
    Sarif::builder()
        .schema(serde_sarif::sarif::SCHEMA_URL)
        .version(serde_json::Value::from("2.1.0"))
        .runs(vec![run])
        .build()
}

/// The results of one checked file: its findings, then its waived findings.
fn results<'a>(o: &'a Outcome, lang: Lang) -> impl Iterator<Item = SarifResult> + 'a {
    let checked = match o {
        Outcome::Checked(c) => Some(c.as_ref()),
        Outcome::Failed(_) => None,
    };
    checked.into_iter().flat_map(move |c| {
        let path = c.report.path.as_str();
        c.report
            .findings
            .iter()
            .map(move |f| result(path, f, lang, None))
            .chain(
                c.suppressed
                    .iter()
                    .map(move |s| result(path, &s.finding, lang, Some(&s.reason))),
            )
    })
}

/// The log written as outcomes arrive, byte for byte what `serde_json::to_string_pretty` of
/// the whole log gives (and a line feed). The run's members are serialized in name order,
/// `results` before `tool`, so the log is serialized once without results and cut after
/// the `[` of `"results": []`: the part before it is written at once, each result is then
/// serialized on its own and indented to its depth, and the rest (`]`, the tool and its
/// rules) is kept for the end.
pub(super) struct Stream {
    lang: Lang,
    results: Array,
    tail: String,
    buf: Vec<u8>,
}

impl Stream {
    pub(super) fn start(out: &mut dyn Write, lang: Lang) -> io::Result<Self> {
        const KEY: &str = "\"results\": [";
        let whole = serde_json::to_string_pretty(&log(lang))?;
        // A key is never found inside a string, where its quotes would be escaped.
        let (head, tail) = whole
            .find(KEY)
            .and_then(|i| whole.split_at_checked(i + KEY.len()))
            .ok_or_else(|| io::Error::other("SARIF log without a results array"))?;
        // The depth of the line holding `"results": [`.
        let line = head.rsplit('\n').next().unwrap_or_default();
        let depth = (line.len() - line.trim_start_matches(' ').len()) / 2;
        let head = head.strip_suffix('[').unwrap_or(head);
        out.write_all(head.as_bytes())?;
        Ok(Stream {
            lang,
            results: Array::new(depth),
            tail: tail.strip_prefix(']').unwrap_or(tail).to_string(),
            buf: Vec::new(),
        })
    }

    pub(super) fn outcome(&mut self, out: &mut dyn Write, o: &Outcome) -> io::Result<()> {
        for r in results(o, self.lang) {
            self.results.push(out, &mut self.buf, &r)?;
        }
        Ok(())
    }

    pub(super) fn finish(self, out: &mut dyn Write) -> io::Result<()> {
        self.results.close(out)?;
        out.write_all(self.tail.as_bytes())?;
        out.write_all(b"\n")
    }
}
