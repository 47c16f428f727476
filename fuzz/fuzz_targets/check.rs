//! Fuzzes the whole checker on one document: bytes read as plain text (first byte even) or
//! Markdown, then every rule and the coverage judgement, rendered in every output format.
#![no_main]

use libfuzzer_sys::fuzz_target;
use perda_draft::check::output::{Format, Style, render};
use perda_draft::check::run::{Input, RunOptions, run};
use perda_draft::check::{Date, Lang};

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let name = if first % 2 == 0 { "fuzz.txt" } else { "fuzz.md" };
    let opts = RunOptions {
        no_config: true,
        today: Date::new(2026, 11, 29),
        level: match first % 5 {
            0 => Some(perda_law::Level::Kabupaten),
            1 => Some(perda_law::Level::Desa),
            _ => None,
        },
        ..RunOptions::default()
    };
    let inputs = [Input::Bytes {
        name: name.to_string(),
        bytes: rest.to_vec(),
    }];
    if let Ok(report) = run(&inputs, &opts) {
        // SARIF carries every rule's page whatever the input: render it for a few inputs
        // only, so the fuzzer spends its time on the document.
        let sarif = if first % 16 == 0 { Some(Format::Sarif) } else { None };
        for format in [Format::Human, Format::Json, Format::Github, Format::Junit]
            .into_iter()
            .chain(sarif)
        {
            let _ = render(&report, format, Style { lang: Lang::Id, color: first % 3 == 0 });
        }
    }
});
