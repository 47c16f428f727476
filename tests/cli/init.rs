//! `perda init`, `perda completions` and `perda man`, and the sample repository of drafts in
//! examples/repo: what a drafting office sets up once and what its CI relies on.

use std::path::{Path, PathBuf};

use super::perda;
use predicates::prelude::*;

/// Every file `perda init` writes.
const FILES: &[&str] = &[
    "perda.toml",
    "profile.yaml",
    "drafts/raperda-kabupaten-jember.md",
    "README.md",
    ".gitignore",
    ".github/workflows/perda.yml",
    ".gitlab-ci.yml",
    ".pre-commit-config.yaml",
];

/// A fresh, absent folder under the system's temporary folder (removed on drop).
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("perda-init-{}-{name}", std::process::id()));
        remove(&dir);
        Scratch(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn arg(&self) -> &str {
        self.0.to_str().expect("utf-8 path")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        remove(&self.0);
    }
}

/// Removes a folder or a file, if there is one.
fn remove(path: &Path) {
    if path.is_dir() {
        let _ = std::fs::remove_dir_all(path);
    } else {
        let _ = std::fs::remove_file(path);
    }
}

/// The names in a folder, sorted (hidden ones too).
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn init_creates_a_repository_whose_draft_passes_the_check() {
    let dir = Scratch::new("new");
    perda()
        .args(["init", dir.arg()])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "drafts/raperda-kabupaten-jember.md",
        ));
    for f in FILES {
        let p = dir.path().join(f);
        assert!(p.is_file(), "{f} not written");
        assert!(!read(&p).is_empty(), "{f} is empty");
    }
    // Nothing else: no staging folder or temporary file beside DIR or in it.
    let parent = dir.path().parent().expect("parent");
    let stem = dir
        .path()
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    assert!(
        !names(parent)
            .iter()
            .any(|n| n.starts_with(&format!(".{stem}.perda-init"))),
        "staging folder left beside DIR"
    );
    assert_eq!(
        names(dir.path()),
        [
            ".github",
            ".gitignore",
            ".gitlab-ci.yml",
            ".pre-commit-config.yaml",
            "README.md",
            "drafts",
            "perda.toml",
            "profile.yaml"
        ]
    );

    let toml = read(&dir.path().join("perda.toml"));
    assert!(toml.contains("level = \"kabupaten\""), "{toml}");
    assert!(toml.contains("region = \"Kabupaten Jember\""), "{toml}");
    let profile = read(&dir.path().join("profile.yaml"));
    assert_eq!(
        profile,
        read(Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/profiles/kabupaten-jember.yaml"
        )))
    );
    let readme = read(&dir.path().join("README.md"));
    let id = readme
        .find("## Bahasa Indonesia")
        .expect("Indonesian section");
    let en = readme.find("## English").expect("English section");
    assert!(id < en, "Bahasa Indonesia comes first");
    assert!(readme.contains("examples/profiles/kabupaten-jember.yaml"));

    let workflow = read(&dir.path().join(".github/workflows/perda.yml"));
    for needle in [
        "perda check drafts --format sarif --out perda.sarif",
        "github/codeql-action/upload-sarif",
        "perda check drafts --format github",
        "security-events: write",
    ] {
        assert!(workflow.contains(needle), "workflow lacks {needle}");
    }
    let gitlab = read(&dir.path().join(".gitlab-ci.yml"));
    assert!(gitlab.contains("perda check drafts --format junit --out perda-junit.xml"));
    assert!(gitlab.contains("junit: perda-junit.xml"));
    let pre_commit = read(&dir.path().join(".pre-commit-config.yaml"));
    assert!(pre_commit.contains("id: perda-check") && pre_commit.contains("entry: perda check"));

    // The generated draft, checked with the generated perda.toml: no error, every duty.
    let out = perda()
        .current_dir(dir.path())
        .args(["check", "drafts", "--format", "json"])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(report["summary"]["errors"], 0, "{report}");
    assert_eq!(report["summary"]["missing"], 0, "{report}");
    assert_eq!(report["files"][0]["level"], "kabupaten");
}

#[test]
fn init_takes_the_profile_given() {
    let dir = Scratch::new("desa");
    let profile = "examples/profiles/desa-sukamaju.yaml";
    perda()
        .args(["init", dir.arg(), "--profile", profile])
        .assert()
        .success();
    let toml = read(&dir.path().join("perda.toml"));
    assert!(toml.contains("level = \"desa\""), "{toml}");
    assert!(toml.contains("region = \"Desa Sukamaju\""), "{toml}");
    assert_eq!(
        read(&dir.path().join("profile.yaml")),
        read(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../..")
                .join(profile)
        )
    );
    assert!(
        dir.path()
            .join("drafts/raperdes-desa-sukamaju.md")
            .is_file()
    );
    perda()
        .current_dir(dir.path())
        .args(["check", "drafts"])
        .assert()
        .code(0);
}

#[test]
fn init_refuses_a_non_empty_folder_without_force() {
    let dir = Scratch::new("full");
    std::fs::create_dir_all(dir.path()).expect("mkdir");
    std::fs::write(dir.path().join("perda.toml"), "keep me").expect("write");
    perda()
        .args(["init", dir.arg()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(dir.arg()).and(predicate::str::contains("--force")));
    assert_eq!(names(dir.path()), ["perda.toml"]);
    assert_eq!(read(&dir.path().join("perda.toml")), "keep me");

    // With --force the files are written beside what is there; perda.toml is replaced.
    std::fs::write(dir.path().join("notes.txt"), "mine").expect("write");
    perda()
        .args(["init", dir.arg(), "--force"])
        .assert()
        .success();
    assert!(read(&dir.path().join("perda.toml")).contains("level = \"kabupaten\""));
    assert_eq!(read(&dir.path().join("notes.txt")), "mine");
    for f in FILES {
        assert!(dir.path().join(f).is_file(), "{f} not written");
    }
    assert!(
        !names(dir.path()).iter().any(|n| n.contains("perda-init")),
        "staging left behind: {:?}",
        names(dir.path())
    );
}

#[test]
fn init_that_fails_leaves_nothing_behind() {
    // A bad profile: nothing is created.
    let dir = Scratch::new("bad-profile");
    perda()
        .args(["init", dir.arg(), "--profile", "no/such/profile.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/profile.yaml"));
    assert!(!dir.path().exists());

    // `drafts` is a file: the files moved in before it are removed again, and the
    // replaced perda.toml is put back.
    let dir = Scratch::new("clash");
    std::fs::create_dir_all(dir.path()).expect("mkdir");
    std::fs::write(dir.path().join("perda.toml"), "keep me").expect("write");
    std::fs::write(dir.path().join("drafts"), "a file").expect("write");
    perda()
        .args(["init", dir.arg(), "--force"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("drafts"));
    assert_eq!(names(dir.path()), ["drafts", "perda.toml"]);
    assert_eq!(read(&dir.path().join("perda.toml")), "keep me");
    assert_eq!(read(&dir.path().join("drafts")), "a file");

    // DIR is a file.
    let file = Scratch::new("file");
    std::fs::write(file.path(), "x").expect("write");
    perda()
        .args(["init", file.arg()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a folder"));
}

#[test]
fn completions_list_the_subcommands() {
    let out = perda().args(["completions", "bash"]).output().expect("run");
    assert!(out.status.success());
    let script = String::from_utf8_lossy(&out.stdout);
    for sub in [
        "check",
        "draft",
        "parse",
        "obligations",
        "explain",
        "rules",
        "init",
        "completions",
        "man",
    ] {
        assert!(script.contains(sub), "bash completion lacks {sub}");
    }
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        perda()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("init"));
    }
    perda().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn man_prints_a_roff_page_and_writes_one_per_command() {
    let out = perda().arg("man").output().expect("run");
    assert!(out.status.success());
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(page.starts_with(".TH "), "{}", &page[..page.len().min(200)]);
    assert!(page.contains(".SH NAME") && page.contains("perda\\-init"));

    let dir = Scratch::new("man");
    perda()
        .args(["man", "--out-dir", dir.arg()])
        .assert()
        .success();
    for name in ["perda.1", "perda-check.1", "perda-init.1", "perda-man.1"] {
        let p = dir.path().join(name);
        assert!(read(&p).starts_with(".TH "), "{name}");
    }
    // Pages are not overwritten without --force.
    perda()
        .args(["man", "--out-dir", dir.arg()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--force"));
    perda()
        .args(["man", "--out-dir", dir.arg(), "--force"])
        .assert()
        .success();
}

/// examples/repo: the flawed draft fails naming the dropped duty; the fixed one passes;
/// the waiver in its perda.toml is used in both (no CFG-001).
#[test]
fn the_sample_repository_fails_on_the_dropped_duty_and_passes_when_fixed() {
    let out = perda()
        .args(["check", "examples/repo/drafts", "--format", "json"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let findings = v["files"][0]["findings"].as_array().expect("findings");
    let errors: Vec<_> = findings
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| (f["code"].as_str(), f["obligation"].as_str()))
        .collect();
    assert_eq!(errors, [(Some("COV-001"), Some("uu-18-2017/41/b"))]);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(v["summary"]["suppressed"], 1);

    let out = perda()
        .args(["check", "examples/repo/fixed", "--format", "json"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["files"][0]["findings"], serde_json::json!([]));
    assert_eq!(v["summary"]["missing"], 0);
    let suppressed = &v["files"][0]["suppressed"][0];
    assert_eq!(suppressed["code"], "KU-005");
    assert!(
        suppressed.to_string().contains("angka 105"),
        "the waiver's reason: {suppressed}"
    );
}
