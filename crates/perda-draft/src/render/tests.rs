//! Round trip: every example profile, and the combinations of options, render and pass the
//! checker; the drafts kept in examples/drafts are current.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};

use super::*;
use crate::check::coverage::Status;
use crate::check::date::Date;
use crate::check::finding::Severity;
use crate::check::{self, ReadOptions, Selection};
use crate::profile::{Options, Profile};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn example_profiles() -> Vec<(String, Profile)> {
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("examples/profiles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    for path in paths {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        out.push((stem, Profile::load(&path).unwrap()));
    }
    assert_eq!(out.len(), 6, "six example profiles");
    out
}

/// Checks a draft in-process; returns the errors and warnings and the duties not covered.
fn judge(name: &str, markdown: &str, as_of: Option<Date>) -> (Vec<String>, Vec<String>) {
    let src = perda_law::Source::from_markdown(name, markdown).unwrap();
    let opts = ReadOptions {
        as_of,
        today: as_of,
        ..ReadOptions::default()
    };
    let doc = check::Document::new(&src, &opts).unwrap();
    let report = check::check_document(&doc, &Selection::default());
    let findings = report
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| format!("{} {:?} line {:?}", f.code, f.severity, f.line))
        .collect();
    let missing = report
        .coverage
        .iter()
        .filter(|c| c.modality == "duty" && c.status != Status::Covered)
        .map(|c| c.obligation.clone())
        .collect();
    (findings, missing)
}

fn before() -> Date {
    Date::new(2025, 6, 1).unwrap()
}

fn after() -> Date {
    Date::new(2026, 3, 1).unwrap()
}

#[test]
fn every_example_renders_and_passes_the_checker_with_every_duty_covered() {
    let templates = Templates::embedded().unwrap();
    for (name, mut profile) in example_profiles() {
        let dates: Vec<Date> = match profile.as_of_date() {
            Some(d) if !profile.options.criminal_provisions => vec![d],
            _ => vec![before(), after()],
        };
        for date in dates {
            profile.as_of = Some(format!(
                "{:04}-{:02}-{:02}",
                date.year, date.month, date.day
            ));
            let draft = render(&profile, &templates).unwrap();
            let (findings, missing) = judge(&name, &draft.markdown, Some(date));
            assert!(findings.is_empty(), "{name} at {date:?}: {findings:#?}");
            assert!(
                missing.is_empty(),
                "{name} at {date:?}: not covered {missing:?}"
            );
            assert!(!draft.trace.articles.is_empty());
        }
    }
}

#[test]
fn the_drafts_in_examples_drafts_are_current() {
    let templates = Templates::embedded().unwrap();
    for (name, profile) in example_profiles() {
        let draft = render(&profile, &templates).unwrap();
        let path = root().join(format!("examples/drafts/{name}.md"));
        let kept = std::fs::read_to_string(&path).unwrap_or_default();
        // The goldens are plain Markdown files that drafters read, not snapshot files; on a
        // difference, show the first line that differs.
        let first_difference = kept
            .lines()
            .zip(draft.markdown.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .map_or_else(
                || {
                    format!(
                        "the files differ in length ({} and {} lines)",
                        kept.lines().count(),
                        draft.markdown.lines().count()
                    )
                },
                |(i, (a, b))| format!("line {}:\n  kept:     {a}\n  rendered: {b}", i + 1),
            );
        assert!(
            kept == draft.markdown,
            "examples/drafts/{name}.md is stale ({first_difference}); regenerate it with:\n  \
             cargo run -p perda-cli -- draft --profile examples/profiles/{name}.yaml --out \
             examples/drafts/{name}.md --force"
        );
    }
}

#[test]
fn the_template_folder_matches_the_embedded_templates() {
    for (name, text) in TEMPLATES {
        let on_disk = std::fs::read_to_string(root().join("templates").join(name)).unwrap();
        assert_eq!(on_disk, text, "{name}");
    }
    assert!(Templates::from_dir(&root().join("templates")).is_ok());
}

/// The options a level's template reads (others are ignored there).
fn relevant(level: ProfileLevel) -> Vec<&'static str> {
    Options::relevant(level)
}

fn with_bits(base: &Profile, bits: u32) -> Profile {
    let mut p = base.clone();
    p.options = Options::default();
    for (i, name) in relevant(p.level).iter().enumerate() {
        assert!(p.options.set(name, bits & (1 << i) != 0));
    }
    p
}

fn criminal(p: &Profile) -> bool {
    p.options.criminal_provisions
}

/// Every combination of options renders; the numbering is consistent (no marker left,
/// Pasal numbered 1..n, every Pasal explained in a Penjelasan that has one).
#[test]
fn every_combination_of_options_renders_with_consistent_numbering() {
    let templates = Templates::embedded().unwrap();
    for (name, base) in example_profiles().into_iter().filter(|(n, _)| {
        ["kabupaten-jember", "provinsi-jawa-timur", "desa-sukamaju"].contains(&n.as_str())
    }) {
        for bits in 0..(1u32 << relevant(base.level).len()) {
            let p = with_bits(&base, bits);
            let draft = render(&p, &templates).unwrap();
            assert!(!draft.markdown.contains("[["), "{name} {bits:b}");
            assert!(!draft.markdown.contains("{{"), "{name} {bits:b}");
            for (i, a) in draft.trace.articles.iter().enumerate() {
                assert_eq!(a.pasal as usize, i + 1, "{name} {bits:b}");
            }
        }
    }
}

/// The checker on the combinations that matter: no option, all options, each option
/// alone and each option left out, before and after 2 January 2026. (The options are
/// independent chapters; the full enumeration under the checker is the ignored test
/// below, for release builds.)
#[test]
fn combinations_of_options_pass_the_checker() {
    run_combinations(false);
}

#[test]
#[ignore = "slow in debug builds: cargo test --release -p perda-draft -- --ignored"]
fn every_combination_of_options_passes_the_checker() {
    run_combinations(true);
}

/// The checker on combinations of options, for one profile per template: with `all`,
/// every combination; otherwise no option, all options and each option left out (the
/// options are independent chapters, so these catch what one option does to the rest).
/// Criminal provisions are judged before and after 2 January 2026.
fn run_combinations(all: bool) {
    let templates = Templates::embedded().unwrap();
    for (name, base) in example_profiles().into_iter().filter(|(n, _)| {
        ["kabupaten-jember", "provinsi-jawa-timur", "desa-sukamaju"].contains(&n.as_str())
    }) {
        let n = relevant(base.level).len();
        let full = (1u32 << n) - 1;
        let sets: Vec<u32> = if all {
            (0..=full).collect()
        } else {
            let mut s = vec![0, full];
            s.extend((0..n).map(|i| full & !(1 << i)));
            s
        };
        // Independent renders and checks: spread over the cores (the full enumeration is
        // thousands of drafts).
        use rayon::prelude::*;
        sets.par_iter().for_each(|&bits| {
            let mut p = with_bits(&base, bits);
            let dates = if criminal(&p) {
                vec![before(), after()]
            } else {
                vec![after()]
            };
            for date in dates {
                p.as_of = Some(format!(
                    "{:04}-{:02}-{:02}",
                    date.year, date.month, date.day
                ));
                let draft = render(&p, &templates).unwrap();
                let (findings, missing) = judge(&name, &draft.markdown, Some(date));
                assert!(
                    findings.is_empty(),
                    "{name} {bits:b} {date:?}: {findings:#?}"
                );
                assert!(missing.is_empty(), "{name} {bits:b}: {missing:?}");
            }
        });
    }
}

fn example(name: &str) -> Profile {
    example_profiles()
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap()
        .1
}

/// Funding and supervision off take out their chapters (and the scope items and Penjelasan
/// that name them), never a mandated duty: guidance and supervision (Pasal 75 ayat (1),
/// Pasal 76 ayat (1)) stay in one Pasal of the chapter on the regional government's duties.
#[test]
fn funding_and_supervision_off_drop_their_chapters_not_the_duties() {
    let templates = Templates::embedded().unwrap();
    for name in ["kabupaten-jember", "provinsi-jawa-timur", "desa-sukamaju"] {
        let mut p = example(name);
        p.options.funding = false;
        p.options.supervision = false;
        p.options.criminal_provisions = false;
        let draft = render(&p, &templates).unwrap();
        let md = &draft.markdown;
        for heading in [
            "PENDANAAN",
            "PEMBINAAN DAN PENGAWASAN",
            "PELAPORAN DAN PENGAWASAN",
        ] {
            assert!(
                !md.lines().any(|l| l.trim_start_matches("## ") == heading),
                "{name}: {heading}"
            );
        }
        // Nor the scope item (`h. pendanaan.`).
        assert!(!md.lines().any(|l| l.ends_with(". pendanaan.")), "{name}");
        let (findings, missing) = judge(name, md, Some(after()));
        assert!(findings.is_empty(), "{name}: {findings:#?}");
        assert!(missing.is_empty(), "{name}: {missing:?}");
        if p.level != ProfileLevel::Desa {
            let a = draft
                .trace
                .articles
                .iter()
                .find(|a| a.key == "binaawas")
                .expect("the Pasal on guidance and supervision");
            assert!(a.obligations.contains(&"uu-18-2017/75/1".to_string()));
            assert!(a.obligations.contains(&"uu-18-2017/76/1".to_string()));
            // Participation stays, in its own chapter, referring to that Pasal.
            assert!(md.contains("PARTISIPASI MASYARAKAT"), "{name}");
            assert!(
                md.contains(&format!(
                    "Dalam melaksanakan pengawasan sebagaimana dimaksud dalam Pasal {} ayat (2)",
                    a.pasal
                )),
                "{name}"
            );
        } else {
            assert!(!md.contains("APB Desa"), "{name}");
        }
    }
}

/// A profile's own sociological grounds replace the generic one; the juridical and closing
/// points are lettered after them and the closing point cites every letter.
#[test]
fn the_profile_s_sociological_grounds_replace_the_generic_one() {
    let templates = Templates::embedded().unwrap();
    for name in ["kabupaten-jember", "provinsi-jawa-timur", "desa-sukamaju"] {
        let mut p = example(name);
        p.grounds = Some(crate::profile::Grounds {
            sociological: vec![
                "bahwa pertama mengenai keadaan di daerah ini".into(),
                "bahwa kedua mengenai keadaan yang lain;".into(),
            ],
        });
        let draft = render(&p, &templates).unwrap();
        let md = &draft.markdown;
        assert!(md.contains("\n\nb. bahwa pertama mengenai keadaan di daerah ini;\n\n"));
        assert!(md.contains("\n\nc. bahwa kedua mengenai keadaan yang lain;\n\nd. bahwa "));
        assert!(
            md.contains("e. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, huruf c, dan huruf d, perlu"),
            "{name}"
        );
        assert!(!md.contains("belum terlaksana secara terpadu"), "{name}");
        assert!(!md.contains("rentan menjadi korban perekrutan"), "{name}");
        let (findings, missing) = judge(name, md, p.as_of_date().or(Some(after())));
        assert!(findings.is_empty(), "{name}: {findings:#?}");
        assert!(missing.is_empty(), "{name}: {missing:?}");
    }
}

#[test]
fn warnings_for_confirmations_and_missing_gazette_numbers() {
    let templates = Templates::embedded().unwrap();
    for (name, profile) in example_profiles() {
        let draft = render(&profile, &templates).unwrap();
        if profile.confirm.is_some() {
            assert!(
                draft
                    .trace
                    .warnings
                    .iter()
                    .any(|w| w.starts_with("Konfirmasi")),
                "{name}"
            );
        }
    }
    let mut p = example_profiles()
        .into_iter()
        .find(|(n, _)| n == "kabupaten-jember")
        .unwrap()
        .1;
    p.formation_law[0].citation = "Undang-Undang Nomor 12 Tahun 1950 tentang X".into();
    let draft = render(&p, &templates).unwrap();
    assert!(
        draft
            .trace
            .warnings
            .iter()
            .any(|w| w.contains("tanpa nomor Lembaran Negara"))
    );
}

#[test]
fn the_trace_maps_every_duty_to_a_pasal() {
    let templates = Templates::embedded().unwrap();
    for (name, profile) in example_profiles() {
        let draft = render(&profile, &templates).unwrap();
        let traced: Vec<&String> = draft
            .trace
            .articles
            .iter()
            .flat_map(|a| &a.obligations)
            .collect();
        for duty in crate::mandated(profile.level.level()) {
            assert!(traced.contains(&&duty.id), "{name}: {} not traced", duty.id);
        }
    }
}

#[test]
fn the_example_profiles_follow_the_json_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("docs/schemas/profile.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    for (name, profile) in example_profiles() {
        let value = serde_json::to_value(&profile).unwrap();
        // Absent optional fields serialise as null; the YAML leaves them out.
        let value = strip_nulls(value);
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    let bad = serde_json::json!({
        "level": "desa", "name": "Desa X", "province": "P", "head_title": "Kepala Desa",
        "enacting_line": "KEPALA DESA X,", "kabupaten": "Kabupaten Y",
        "gazette_name": "Lembaran Desa X", "options": { "criminal_provisions": true }
    });
    assert!(!validator.is_valid(&bad));
    // The region's own sociological grounds: one konsiderans each, starting with `bahwa`.
    let mut with_grounds = serde_json::to_value(example("provinsi-jawa-timur")).unwrap();
    with_grounds["grounds"] = serde_json::json!({
        "sociological": ["bahwa warga Daerah bekerja di luar negeri", "bahwa kedua;"]
    });
    let with_grounds = strip_nulls(with_grounds);
    assert!(validator.is_valid(&with_grounds));
    for bad in [
        serde_json::json!({ "sociological": [] }),
        serde_json::json!({ "sociological": ["Bahwa warga bekerja"] }),
        serde_json::json!({ "sociological": ["bahwa satu; bahwa dua"] }),
        serde_json::json!({ "sociological": ["bahwa warga bekerja."] }),
        serde_json::json!({ "philosophical": ["bahwa x"] }),
    ] {
        let mut v = with_grounds.clone();
        v["grounds"] = bad.clone();
        assert!(!validator.is_valid(&v), "{bad}");
    }
}

fn strip_nulls(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => serde_json::Value::Object(
            m.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, strip_nulls(v)))
                .collect(),
        ),
        serde_json::Value::Array(a) => {
            serde_json::Value::Array(a.into_iter().map(strip_nulls).collect())
        }
        v => v,
    }
}
