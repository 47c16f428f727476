//! `perda draft`: profiles to drafts, safe writing, errors with file:line.

use std::path::PathBuf;

use predicates::prelude::*;

use super::perda;

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("perda-draft-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    dir
}

#[test]
fn draft_writes_the_kept_example_and_a_trace() {
    let dir = tmp("ok");
    let out = dir.join("raperda.md");
    let trace = dir.join("trace.json");
    perda()
        .args([
            "draft",
            "--profile",
            "examples/profiles/kabupaten-jember.yaml",
            "--out",
            out.to_str().expect("path"),
            "--trace",
            trace.to_str().expect("path"),
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("Konfirmasi dasar hukum"));
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let kept = std::fs::read_to_string(root.join("examples/drafts/kabupaten-jember.md"))
        .expect("kept draft");
    assert_eq!(std::fs::read_to_string(&out).expect("out"), kept);
    let t: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&trace).expect("trace")).expect("json");
    assert_eq!(t["level"], "kabupaten");
    assert!(t["articles"].as_array().expect("articles").iter().any(|a| {
        a["obligations"]
            .as_array()
            .is_some_and(|o| o.iter().any(|i| i == "uu-18-2017/41/b"))
    }));
    // Never overwritten without --force.
    perda()
        .args([
            "draft",
            "--profile",
            "examples/profiles/kabupaten-jember.yaml",
            "--out",
            out.to_str().expect("path"),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--force"));
    // The draft reads back through the checker with no finding.
    perda()
        .args(["check", out.to_str().expect("path")])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 galat, 0 peringatan"));
}

#[test]
fn the_provinsi_draft_covers_every_pasal_40_duty() {
    let dir = tmp("provinsi");
    let out = dir.join("raperda.md");
    let trace = dir.join("trace.json");
    perda()
        .args([
            "draft",
            "--profile",
            "examples/profiles/provinsi-jawa-timur.yaml",
            "--out",
            out.to_str().expect("path"),
            "--trace",
            trace.to_str().expect("path"),
            "--force",
        ])
        .assert()
        .success();
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let kept = std::fs::read_to_string(root.join("examples/drafts/provinsi-jawa-timur.md"))
        .expect("kept draft");
    assert_eq!(std::fs::read_to_string(&out).expect("out"), kept);
    let t: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&trace).expect("trace")).expect("json");
    assert_eq!(t["level"], "provinsi");
    assert_eq!(t["template"], "perda-provinsi.md.tera");
    let traced: Vec<&str> = t["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .flat_map(|a| a["obligations"].as_array().into_iter().flatten())
        .filter_map(|o| o.as_str())
        .collect();
    for huruf in ["a", "b", "c", "d", "e", "f", "g", "h"] {
        assert!(
            traced.contains(&format!("uu-18-2017/40/{huruf}").as_str()),
            "40/{huruf}"
        );
    }
    // No kabupaten/kota duty is claimed by a provincial Pasal.
    assert!(
        !traced.iter().any(|o| o.starts_with("uu-18-2017/41/")),
        "{traced:?}"
    );
    let mut check = perda();
    check.args(["check", out.to_str().expect("path")]);
    let mut assert = check
        .assert()
        .success()
        .stdout(predicate::str::contains("0 galat, 0 peringatan, 0 info"));
    for huruf in ["a", "b", "c", "d", "e", "f", "g", "h"] {
        assert = assert.stdout(
            predicate::str::is_match(format!(
                r"uu-18-2017/40/{huruf} +Pasal 40 huruf {huruf} +terpenuhi"
            ))
            .expect("regex"),
        );
    }
}

#[test]
fn bad_profiles_exit_2_with_file_line_and_field() {
    let dir = tmp("bad");
    let base = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/profiles/desa-sukamaju.yaml"
    ))
    .expect("profile");
    let cases = [
        (
            "pidana.yaml",
            base.replace(
                "  task_force: true",
                "  task_force: true\n  criminal_provisions: true",
            ),
            "criminal_provisions",
            "criminal_provisions",
        ),
        (
            "unknown.yaml",
            base.replace("  task_force: true", "  task_force: true\n  beasiswa: true"),
            "beasiswa",
            "beasiswa",
        ),
        (
            "level.yaml",
            base.replace("level: desa", "level: negara"),
            "negara",
            "negara",
        ),
        (
            // The second sociological ground does not start with `bahwa`: the error points
            // at that item's line.
            "grounds.yaml",
            format!(
                "{base}grounds:\n  sociological:\n    - bahwa warga Desa bekerja di luar negeri\n    \
                 - Sebagian warga berangkat tanpa prosedur\n"
            ),
            "Sebagian warga",
            "sociological",
        ),
    ];
    for (file, text, locate, field) in cases {
        let path = dir.join(file);
        std::fs::write(&path, &text).expect("write");
        let line = text
            .lines()
            .position(|l| l.contains(locate))
            .expect("field line")
            + 1;
        perda()
            .args(["draft", "--profile", path.to_str().expect("path")])
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(format!("{file}:{line}:")))
            .stderr(predicate::str::contains(field));
    }
}

#[test]
fn a_broken_template_folder_is_an_error_naming_the_template() {
    let dir = tmp("tpl");
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    for name in [
        "perda-kabupaten-kota.md.tera",
        "perda-provinsi.md.tera",
        "perdes.md.tera",
        "partials/opening.md.tera",
        "partials/penutup.md.tera",
        "partials/options-kabupaten-kota.md.tera",
        "partials/options-provinsi.md.tera",
        "partials/pidana.md.tera",
    ] {
        let to = dir.join(name);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("dir");
        std::fs::copy(root.join("templates").join(name), &to).expect("copy");
    }
    std::fs::write(
        dir.join("perdes.md.tera"),
        "RANCANGAN\n\n{{ no_such_field }}\n",
    )
    .expect("write");
    perda()
        .args([
            "draft",
            "--profile",
            "examples/profiles/desa-sukamaju.yaml",
            "--templates",
            dir.to_str().expect("path"),
        ])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("perdes.md.tera:3:"));
}

#[test]
fn draft_as_html_for_reading_and_printing() {
    let out = perda()
        .args([
            "draft",
            "--profile",
            "examples/profiles/kota-bontang.yaml",
            "--format",
            "html",
        ])
        .output()
        .expect("run");
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).expect("utf-8");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<title>PERATURAN DAERAH KOTA BONTANG</title>"));
    assert!(html.contains("size: 215mm 330mm"));
    assert!(html.contains("<p class=\"pasal\">Pasal 1</p>"));
    assert!(html.contains("<p class=\"tengah\">WALI KOTA BONTANG,</p>"));
    // Every paragraph of the Markdown is in the HTML, numbered as the drafter wrote it.
    let md = std::fs::read_to_string(
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
            .join("examples/drafts/kota-bontang.md"),
    )
    .expect("kept draft");
    let paragraphs = md.split("\n\n").filter(|p| !p.trim().is_empty()).count();
    assert_eq!(html.matches("<p").count(), paragraphs);
    assert!(html.contains(">2. Pemerintah Daerah adalah kepala daerah"));
}

#[test]
fn draft_as_akoma_ntoso() {
    let out = perda()
        .args([
            "draft",
            "--profile",
            "examples/profiles/desa-sukamaju.yaml",
            "--format",
            "akn",
        ])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let xml = String::from_utf8(out.stdout).expect("utf-8");
    // Well-formed XML, start to end.
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut articles = 0;
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) if e.name().into_inner() == "article" => {
                articles += 1
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    let md = std::fs::read_to_string(
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
            .join("examples/drafts/desa-sukamaju.md"),
    )
    .expect("kept draft");
    let pasal = md
        .lines()
        .filter(|l| {
            let t = l.trim_start_matches('#').trim();
            t.strip_prefix("Pasal ")
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        })
        .count();
    assert!(pasal > 5);
    assert_eq!(articles, pasal);
    assert!(xml.contains("<FRBRthis value=\"/akn/id/act/perdes-desa-sukamaju"));
    assert!(xml.contains("<FRBRcountry value=\"id\"/>"));
}

#[test]
fn draft_as_word_file_checks_clean() {
    let dir = tmp("docx");
    let out = dir.join("raperda.docx");
    let _ = std::fs::remove_file(&out);
    perda()
        .args([
            "draft",
            "--profile",
            "examples/profiles/kota-bontang.yaml",
            "--format",
            "docx",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--out"));
    perda()
        .args([
            "draft",
            "--profile",
            "examples/profiles/kota-bontang.yaml",
            "--format",
            "docx",
            "--out",
            out.to_str().expect("path"),
        ])
        .assert()
        .success();
    let bytes = std::fs::read(&out).expect("docx");
    assert!(bytes.starts_with(b"PK\x03\x04"));
    // Read back by the checker: a clean draft with every duty covered.
    perda()
        .args([
            "check",
            "--no-config",
            "--format",
            "json",
            out.to_str().expect("path"),
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"missing\": 0"))
        .stdout(predicate::str::contains("\"errors\": 0"))
        .stdout(predicate::str::contains("\"warnings\": 0"));
}
