//! End-to-end tests of the `perda` binary on real files.

// Test helpers may stop loudly: a failed expectation is a failed test.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "cli/atomic.rs"]
mod atomic;
#[path = "cli/check.rs"]
mod check;
#[path = "cli/draft.rs"]
mod draft;
#[path = "cli/hostile.rs"]
mod hostile;
#[path = "cli/init.rs"]
mod init;
#[path = "cli/report.rs"]
mod report;
#[path = "cli/schema.rs"]
mod schema;

use assert_cmd::Command;
use predicates::prelude::*;

fn perda() -> Command {
    let mut c = Command::cargo_bin("perda").expect("binary");
    c.current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    c
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = perda().args(args).output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

fn count_articles(nodes: &serde_json::Value) -> usize {
    nodes
        .as_array()
        .map(|a| {
            a.iter()
                .map(|n| usize::from(n["kind"] == "article") + count_articles(&n["children"]))
                .sum()
        })
        .unwrap_or(0)
}

#[test]
fn parse_json_of_the_corpus_has_91_articles() {
    let v = json(&["parse", "law-corpus/uu-18-2017.md", "--format", "json"]);
    for key in ["meta", "preamble", "body", "closing", "elucidation"] {
        assert!(v.get(key).is_some(), "missing key {key}");
    }
    assert_eq!(count_articles(&v["body"]), 91);
    assert_eq!(v["meta"]["id"], "uu-18-2017");
    let bab1 = &v["body"][0];
    assert_eq!(bab1["kind"], "chapter");
    assert_eq!(bab1["number"], "I");
    assert_eq!(bab1["heading"], "KETENTUAN UMUM");
    assert_eq!(bab1["children"][0]["kind"], "article");
    assert!(bab1["children"][0]["span"]["line"].as_u64().is_some());
    assert_eq!(
        v["elucidation"]["articles"].as_array().map(Vec::len),
        Some(91)
    );
}

#[test]
fn parse_yaml_and_tree_work_and_stdin_is_read() {
    perda()
        .args(["parse", "law-corpus/uu-18-2017.md", "--format", "yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("kind: article"));
    perda()
        .args(["parse", "-"])
        .write_stdin("Pasal 1\n(1) Satu.\n(2) Dua.\nPasal 2\nTiga.\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("2 articles"));
}

#[test]
fn obligations_for_kabupaten_list_41_a_to_k_with_the_statutes_words() {
    let v = json(&["obligations", "--level", "kabupaten", "--format", "json"]);
    let list = v.as_array().expect("array");
    let ids: Vec<&str> = list.iter().filter_map(|o| o["id"].as_str()).collect();
    for l in 'a'..='k' {
        assert!(
            ids.contains(&format!("uu-18-2017/41/{l}").as_str()),
            "missing 41/{l}"
        );
    }
    assert!(
        !ids.iter().any(|i| i.starts_with("uu-18-2017/40/")),
        "provinsi duties listed for kabupaten"
    );
    let b = list
        .iter()
        .find(|o| o["id"] == "uu-18-2017/41/b")
        .expect("41/b");
    assert_eq!(b["text"], "membuat basis data Pekerja Migran Indonesia;");
    assert_eq!(b["cite"], "Pasal 41 huruf b UU 18/2017");
    assert_eq!(b["actor"], "pemerintah-daerah-kabupaten-kota");
    assert_eq!(b["modality"], "duty");
    assert_eq!(b["levels"], serde_json::json!(["kabupaten", "kota"]));
    let k = list
        .iter()
        .find(|o| o["id"] == "uu-18-2017/41/k")
        .expect("41/k");
    assert_eq!(k["modality"], "may");
}

#[test]
fn obligations_table_and_yaml() {
    perda()
        .args(["obligations", "--level", "desa"])
        .assert()
        .success()
        .stdout(predicate::str::contains("uu-18-2017/42/e"));
    perda()
        .args(["obligations", "--format", "yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("id: uu-18-2017/40/a"));
}

#[test]
fn bad_input_gets_file_and_line_and_exit_2() {
    let dir = std::env::temp_dir().join(format!("perda-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"Pasal 1\nok\n\xff\xfe\n").expect("write");
    perda()
        .args(["parse", bad.to_str().expect("path")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.txt:3"));
    let yaml = dir.join("bad.md");
    std::fs::write(&yaml, "---\nid: [unclosed\n---\n\nPasal 1\n").expect("write");
    perda()
        .args(["parse", yaml.to_str().expect("path")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.md:"));
    perda()
        .args(["parse", "no/such/file.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/file.md"));
    perda()
        .args(["obligations", "--level", "negara"])
        .assert()
        .code(2);
    perda().args(["frobnicate"]).assert().code(2);
}

#[test]
fn output_files_are_never_overwritten_without_force() {
    let dir = std::env::temp_dir().join(format!("perda-out-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let out = dir.join("obligations.json");
    std::fs::write(&out, "keep me").expect("write");
    perda()
        .args([
            "obligations",
            "--format",
            "json",
            "--out",
            out.to_str().expect("path"),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "keep me");
    perda()
        .args([
            "obligations",
            "--format",
            "json",
            "--force",
            "--out",
            out.to_str().expect("path"),
        ])
        .assert()
        .success();
    let written = std::fs::read_to_string(&out).expect("read");
    assert!(written.trim_start().starts_with('['));
    let leftovers = std::fs::read_dir(&dir)
        .expect("dir")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        })
        .count();
    assert_eq!(leftovers, 0, "temporary files left behind");
}
