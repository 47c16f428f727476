//! The streamed output of every format: the same bytes however many threads check the
//! inputs and whatever order they finish in, the same as [`render`] of the collected
//! report, and well-formed, on drafts with waivers (one unused), an unreadable file, text
//! given directly, and names that need escaping.

use std::path::{Path, PathBuf};

use super::{Format, Style, Writer, render};
use crate::check::Lang;
use crate::check::date::Date;
use crate::check::run::{self, Input, Plan, Report, RunOptions, Totals};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../");

const FORMATS: [Format; 5] = [
    Format::Human,
    Format::Json,
    Format::Sarif,
    Format::Github,
    Format::Junit,
];

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("perda-output-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("drafts")).unwrap();
    dir
}

fn copy(from: &str, to: &Path) {
    std::fs::copy(format!("{ROOT}{from}"), to).unwrap();
}

fn opts() -> RunOptions {
    RunOptions {
        today: Some(Date {
            year: 2026,
            month: 3,
            day: 1,
        }),
        ..RunOptions::default()
    }
}

/// A folder of drafts under a perda.toml with one waiver that applies and one that does
/// not, an unreadable file among them, and a name with characters to escape.
fn project() -> (PathBuf, Vec<Input>) {
    let dir = scratch("project");
    std::fs::write(
        dir.join("perda.toml"),
        "level = \"kabupaten\"\n\n[[waiver]]\ntarget = \"uu-18-2017/41/b\"\npaths = [\"drafts/*.md\"]\nreason = \"Diatur dalam Perda lain.\"\n\n[[waiver]]\ntarget = \"uu-18-2017/41/c\"\npaths = [\"lain/*.md\"]\nreason = \"Tidak dipakai.\"\n",
    )
    .unwrap();
    let d = dir.join("drafts");
    copy(
        "examples/check/raperda-kabupaten-jember-tanpa-41b-41h.md",
        &d.join("a-tanpa-41b.md"),
    );
    copy("examples/drafts/desa-sukamaju.md", &d.join("b-desa.md"));
    std::fs::write(d.join("c-rusak.md"), b"Pasal 1\n\n\xff\xfe rusak\n").unwrap();
    copy(
        "examples/check/raperda-desa-sukamaju-pidana.md",
        &d.join("d <&\"'>, 50%: pidana.md"),
    );
    copy(
        "examples/check/perda-kabupaten-sukamaju-2010-tki.md",
        &d.join("e-tki.txt"),
    );
    let mut inputs = run::collect(&[dir.join("drafts")]).unwrap();
    inputs.push(Input::Bytes {
        name: "<stdin>.md".into(),
        bytes: std::fs::read(format!("{ROOT}examples/drafts/kota-bontang.md")).unwrap(),
    });
    (dir, inputs)
}

/// Runs the inputs through the streaming API into a writer.
fn streamed(inputs: &[Input], opts: &RunOptions, format: Format, style: Style) -> (String, Totals) {
    let mut w = Writer::new(Vec::new(), format, style).unwrap();
    let totals = Plan::new(inputs, opts)
        .unwrap()
        .stream(|o| w.outcome(&o))
        .unwrap();
    let bytes = w.finish(&totals.summary).unwrap();
    (String::from_utf8(bytes).unwrap(), totals)
}

/// The check of `inputs` on a pool of `threads` threads.
fn on_threads<T: Send>(threads: usize, f: impl FnOnce() -> T + Send) -> T {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap()
        .install(f)
}

/// The output parses as its format says: JSON and SARIF as JSON with every input, JUnit
/// as XML.
fn assert_well_formed(text: &str, format: Format, inputs: usize) {
    match format {
        Format::Json => {
            let v: serde_json::Value = serde_json::from_str(text).unwrap();
            let files = v["files"].as_array().map_or(0, Vec::len);
            let errors = v["errors"].as_array().map_or(0, Vec::len);
            assert!(files + errors >= inputs, "{files} + {errors} < {inputs}");
        }
        Format::Sarif => {
            let v: serde_json::Value = serde_json::from_str(text).unwrap();
            assert!(v["runs"][0]["tool"]["driver"]["rules"].is_array());
            assert!(v["runs"][0]["results"].is_array());
        }
        Format::Junit => {
            let mut r = quick_xml::Reader::from_str(text);
            let mut depth = 0i32;
            loop {
                match r.read_event().unwrap() {
                    quick_xml::events::Event::Start(_) => depth += 1,
                    quick_xml::events::Event::End(_) => depth -= 1,
                    quick_xml::events::Event::Eof => break,
                    _ => {}
                }
            }
            assert_eq!(depth, 0);
        }
        Format::Human | Format::Github => assert!(!text.is_empty()),
    }
}

fn styles(format: Format) -> Vec<Style> {
    let mut v = Vec::new();
    for lang in [Lang::Id, Lang::En] {
        v.push(Style { lang, color: false });
        if format == Format::Human {
            v.push(Style { lang, color: true });
        }
    }
    v
}

/// Every format and style: streamed on one thread and on three, and rendered from the
/// collected report, give the same bytes and counts.
fn assert_same(inputs: &[Input], opts: &RunOptions) -> Report {
    let report = on_threads(3, || run::run(inputs, opts).unwrap());
    for format in FORMATS {
        for style in styles(format) {
            let expected = render(&report, format, style);
            assert_well_formed(&expected, format, inputs.len());
            for threads in [1, 3] {
                let (text, totals) = on_threads(threads, || streamed(inputs, opts, format, style));
                assert_eq!(text, expected, "{format:?} {style:?}: {threads} threads");
                assert_eq!(
                    format!("{:?}", totals.summary),
                    format!("{:?}", report.summary)
                );
                assert_eq!(totals.worst, report.worst());
            }
        }
    }
    report
}

#[test]
fn streamed_output_is_the_same_on_any_number_of_threads_for_every_format() {
    let (dir, inputs) = project();
    let report = assert_same(&inputs, &opts());
    // What the inputs were meant to exercise.
    assert_eq!(report.summary.failed, 1);
    assert!(report.summary.suppressed > 0);
    assert_eq!(
        report.files.len(),
        inputs.len() + 1,
        "perda.toml's CFG-001 last"
    );
    assert!(
        report
            .checked()
            .last()
            .is_some_and(|c| c.report.path.ends_with("perda.toml")
                && c.report.findings.iter().all(|f| f.code == "CFG-001"))
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn streamed_output_of_nothing_checked_is_an_empty_report() {
    // Only an unreadable input: no file, no result, one error.
    let dir = scratch("nothing");
    let bad = dir.join("drafts/rusak.md");
    std::fs::write(&bad, b"\xff").unwrap();
    let opts = RunOptions {
        no_config: true,
        ..opts()
    };
    let report = assert_same(&[Input::Path(bad)], &opts);
    assert_eq!(report.summary.failed, 1);
    let json = render(
        &report,
        Format::Json,
        Style {
            lang: Lang::En,
            color: false,
        },
    );
    assert!(json.contains("\"files\": [],\n"), "{json}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn many_inputs_come_out_in_input_order_on_any_number_of_threads() {
    // More inputs than the outcomes held ahead (16 per thread), on one and three threads;
    // short texts of different lengths, so that they finish out of order.
    let inputs: Vec<Input> = (0..40)
        .map(|i| Input::Bytes {
            name: format!("draft-{i:02}.md"),
            bytes: if i == 17 {
                b"\0".to_vec()
            } else {
                let mut t = format!(
                    "PERATURAN DESA SUKA{i}\nNOMOR 1 TAHUN 2024\nTENTANG\nKETERTIBAN\n\nPasal 1\n\n"
                );
                for k in 0..(i * 7) % 23 {
                    t.push_str(&format!(
                        "Pasal {}\n\nSetiap orang wajib menjaga ketertiban umum.\n\n",
                        k + 2
                    ));
                }
                t.into_bytes()
            },
        })
        .collect();
    let opts = RunOptions {
        no_config: true,
        ..opts()
    };
    let style = Style {
        lang: Lang::Id,
        color: false,
    };
    let one: Vec<String> = [Format::Json, Format::Junit]
        .iter()
        .map(|&f| on_threads(1, || streamed(&inputs, &opts, f, style).0))
        .collect();
    for threads in [1, 3] {
        on_threads(threads, || {
            let report = run::run(&inputs, &opts).unwrap();
            let names: Vec<&str> = report
                .files
                .iter()
                .map(|o| match o {
                    run::Outcome::Checked(c) => c.report.path.as_str(),
                    run::Outcome::Failed(e) => e.path.as_str(),
                })
                .collect();
            let expected: Vec<String> = (0..40).map(|i| format!("draft-{i:02}.md")).collect();
            assert_eq!(names, expected);
            for (format, expected) in [Format::Json, Format::Junit].into_iter().zip(&one) {
                let (text, _) = streamed(&inputs, &opts, format, style);
                assert_eq!(&text, expected, "{threads} threads");
                assert_eq!(render(&report, format, style), *expected);
            }
        });
    }
}

#[test]
fn a_failing_sink_stops_the_run_with_its_error() {
    let bytes = std::fs::read(format!("{ROOT}examples/check/raperda-desa-sukamaju.md")).unwrap();
    let inputs: Vec<Input> = (0..200)
        .map(|i| Input::Bytes {
            name: format!("{i}.md"),
            bytes: bytes.clone(),
        })
        .collect();
    let opts = RunOptions {
        no_config: true,
        ..opts()
    };
    let mut seen = Vec::new();
    let result = Plan::new(&inputs, &opts).unwrap().stream(|o| {
        let run::Outcome::Checked(c) = o else {
            return Err("failed");
        };
        seen.push(c.report.path.clone());
        if seen.len() == 3 { Err("full") } else { Ok(()) }
    });
    assert_eq!(result.err(), Some("full"));
    assert_eq!(seen, ["0.md", "1.md", "2.md"]);
}
