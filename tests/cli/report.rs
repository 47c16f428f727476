//! `perda report` on the example drafts: the HTML page and the Markdown summary, written
//! atomically, exit codes (never a gate), languages and bad input.

use std::path::PathBuf;

use super::perda;
use predicates::prelude::*;

const CLEAN: &str = "examples/check/raperda-kabupaten-jember.md";
const WITHOUT_41B_41H: &str = "examples/check/raperda-kabupaten-jember-tanpa-41b-41h.md";

/// A scratch directory under the target dir, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("report-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn html_report_of_the_examples_is_one_self_contained_file() {
    let dir = scratch("html");
    let out = dir.join("report.html");
    let o = out.to_str().unwrap();
    perda()
        .args(["report", "examples/check", "--no-config", "--out", o])
        .assert()
        .code(0)
        .stdout("");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"id\">"));
    // Six example documents, one column each, sorted by path.
    let docs = html.matches("<th scope=\"col\" class=\"doc\"").count();
    assert_eq!(docs, 6);
    let rows = html.matches("<tr class=\"ob\"").count();
    assert!(rows > 25, "{rows} rows");
    assert_eq!(html.matches("<td class=\"c ").count(), rows * docs);
    assert!(
        html.contains("title=\"examples/check/perda-kabupaten-sukamaju-2010-tki.md\"><b>D1</b>")
    );
    assert!(html.contains("<a href=\"#d5-uu-18-2017-41-b\""));
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(!html.contains("src="));
    // No temporary file left behind.
    let entries: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(entries.len(), 1);

    // Never overwritten without --force; with it, rewritten.
    std::fs::write(&out, "keep").unwrap();
    perda()
        .args(["report", CLEAN, "--no-config", "--out", o])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep");
    perda()
        .args(["report", CLEAN, "--no-config", "--out", o, "--force"])
        .assert()
        .code(0);
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("<table class=\"matrix\"")
    );
}

#[test]
fn markdown_summary_names_the_missing_duties_and_is_not_a_gate() {
    // Two duties are missing, yet the report is written and the exit code is 0.
    let out = perda()
        .args([
            "report",
            CLEAN,
            WITHOUT_41B_41H,
            "--format",
            "md",
            "--no-config",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.lines().count() < 60, "{md}");
    assert!(md.contains(
        "| D1 | examples/check/raperda-kabupaten-jember-tanpa-41b-41h.md | kabupaten | 23 | 0 | 2 | 0 | 2 | 0 |"
    ), "{md}");
    assert!(md.contains(
        "| D2 | examples/check/raperda-kabupaten-jember.md | kabupaten | 25 | 0 | 0 | 0 | 0 | 0 |"
    ));
    assert!(md.contains("- Pasal 41 huruf b (`uu-18-2017/41/b`): membuat basis data"));
    assert!(md.contains("- Pasal 41 huruf h (`uu-18-2017/41/h`)"));
    assert!(md.contains("belum diatur (2)"));

    perda()
        .args([
            "report",
            WITHOUT_41B_41H,
            "--format",
            "md",
            "--lang",
            "en",
            "--no-config",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("missing (2)"))
        .stdout(predicate::str::contains("not a gate"));
}

#[test]
fn level_and_stdin_like_perda_check() {
    // An opening without a level in its title: not judged, unless --level says it.
    let text = "RANCANGAN PERATURAN TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA\nPasal 1\nPeraturan ini mulai berlaku pada tanggal diundangkan.\n";
    perda()
        .args(["report", "-", "--format", "md", "--no-config"])
        .write_stdin(text)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "| D1 | \\<stdin\\> | tidak diketahui |",
        ));
    perda()
        .args([
            "report",
            "-",
            "--format",
            "md",
            "--no-config",
            "--level",
            "desa",
        ])
        .write_stdin(text)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("| D1 | \\<stdin\\> | desa |"));
}

#[test]
fn bad_input_is_exit_2_and_writes_nothing() {
    let dir = scratch("bad");
    let out = dir.join("report.html");
    let o = out.to_str().unwrap();
    perda()
        .args(["report", "no/such/draft.md", "--no-config", "--out", o])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/draft.md"));
    perda()
        .args(["report", CLEAN, "-", "--no-config", "--out", o])
        .write_stdin(vec![0u8, 159, 146, 150])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>"));
    assert!(!out.exists());
    perda()
        .args(["report", CLEAN, "--as-of", "kemarin", "--no-config"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--as-of"));
    perda()
        .args(["report", CLEAN, "--format", "pdf"])
        .assert()
        .code(2);
}

#[test]
fn help_says_the_report_is_not_a_gate() {
    perda()
        .args(["report", "--help"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("not a gate"))
        .stdout(predicate::str::contains("--format"));
}

#[test]
fn an_unused_waiver_is_noted_and_perda_toml_is_no_column() {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let dir = scratch("toml");
    std::fs::create_dir_all(dir.join("drafts")).unwrap();
    std::fs::copy(root.join(CLEAN), dir.join("drafts/raperda.md")).unwrap();
    std::fs::write(
        dir.join("perda.toml"),
        "level = \"kabupaten\"\n\n[[waiver]]\ntarget = \"uu-18-2017/41/c\"\nreason = \"Tidak dipakai.\"\n",
    )
    .unwrap();
    let out = perda()
        .current_dir(&dir)
        .args(["report", "drafts", "--format", "md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(
        md.contains("| D1 | drafts/raperda.md | kabupaten | 25 |"),
        "{md}"
    );
    assert!(!md.contains("perda.toml"), "{md}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("CFG-001"));
}
