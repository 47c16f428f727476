//! SARIF 2.1.0 for code scanning: one run, the rules that ran with their help text, and
//! one result per finding (waived findings carry a suppression with the waiver's reason).

use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, Region,
    ReportingConfiguration, ReportingDescriptor, Result as SarifResult, ResultLevel, Run, Sarif,
    Suppression, Tool, ToolComponent,
};

use crate::check::finding::{Finding, Lang, Severity};
use crate::check::rule::RuleMeta;
use crate::check::rules;
use crate::check::run::{Outcome, Report};

fn level(s: Severity) -> ResultLevel {
    match s {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Info => ResultLevel::Note,
    }
}

fn rule(m: &RuleMeta, lang: Lang) -> ReportingDescriptor {
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

fn result(path: &str, f: &Finding, lang: Lang, suppressed: Option<&str>) -> SarifResult {
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

pub(super) fn render(report: &Report, lang: Lang) -> String {
    let mut metas: Vec<&'static RuleMeta> = rules::metas().collect();
    metas.sort_by_key(|m| m.code);
    let mut results = Vec::new();
    for o in &report.files {
        if let Outcome::Checked(c) = o {
            for f in &c.report.findings {
                results.push(result(&c.report.path, f, lang, None));
            }
            for s in &c.suppressed {
                results.push(result(&c.report.path, &s.finding, lang, Some(&s.reason)));
            }
        }
    }
    let driver = ToolComponent::builder()
        .name("perda")
        .version(env!("CARGO_PKG_VERSION"))
        .information_uri("https://example.invalid/perda")
        .rules(metas.iter().map(|m| rule(m, lang)).collect::<Vec<_>>())
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .results(results)
        .build();
    let log = Sarif::builder()
        .schema(serde_sarif::sarif::SCHEMA_URL)
        .version(serde_json::Value::from("2.1.0"))
        .runs(vec![run])
        .build();
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}
