//! `perda check` and `perda explain` on the example drafts and the real openings: known
//! answers a drafter relies on, every output format, exit codes and perda.toml.

use std::path::PathBuf;

use super::perda;
use predicates::prelude::*;

const CLEAN: &str = "examples/check/raperda-kabupaten-jember.md";
const WITHOUT_41B_41H: &str = "examples/check/raperda-kabupaten-jember-tanpa-41b-41h.md";
const REWORDED: &str = "examples/check/raperda-kabupaten-jember-kata-lain.md";
const DESA: &str = "examples/check/raperda-desa-sukamaju.md";
const DESA_PIDANA: &str = "examples/check/raperda-desa-sukamaju-pidana.md";
const TKI_ERA: &str = "examples/check/perda-kabupaten-sukamaju-2010-tki.md";

/// Runs `perda check ... --format json`, returning (exit code, report).
fn check_json(args: &[&str]) -> (i32, serde_json::Value) {
    let out = perda()
        .arg("check")
        .args(args)
        .args(["--format", "json", "--no-config"])
        .output()
        .expect("run");
    let code = out.status.code().expect("exit code");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (code, v)
}

fn statuses(file: &serde_json::Value, status: &str, modality: &str) -> Vec<String> {
    file["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] == status && c["modality"] == modality)
        .map(|c| c["obligation"].as_str().unwrap().to_string())
        .collect()
}

fn codes(file: &serde_json::Value) -> Vec<String> {
    file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_draft_without_41b_and_41h_misses_exactly_those_two() {
    let (code, v) = check_json(&[WITHOUT_41B_41H, "--select", "COV"]);
    assert_eq!(code, 1);
    let f = &v["files"][0];
    assert_eq!(f["level"], "kabupaten");
    assert_eq!(
        statuses(f, "missing", "duty"),
        ["uu-18-2017/41/b", "uu-18-2017/41/h"]
    );
    assert!(statuses(f, "partial", "duty").is_empty());
    let missing: Vec<&str> = f["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["code"] == "COV-001")
        .map(|x| x["obligation"].as_str().unwrap())
        .collect();
    assert_eq!(missing, ["uu-18-2017/41/b", "uu-18-2017/41/h"]);
}

#[test]
fn the_complete_and_the_reworded_drafts_cover_every_duty() {
    for file in [CLEAN, REWORDED] {
        let (_, v) = check_json(&[file, "--select", "COV"]);
        let f = &v["files"][0];
        let covered = statuses(f, "covered", "duty");
        // Every one of the 25 duties of a kabupaten (`perda obligations --level kabupaten`).
        assert_eq!(covered.len(), 25, "{file}: {:#}", f["coverage"]);
        for id in ["uu-18-2017/41/b", "uu-18-2017/41/h", "uu-18-2017/34/d"] {
            assert!(covered.iter().any(|c| c == id), "{file}: {id}");
        }
    }
    let (_, v) = check_json(&[DESA, "--select", "COV"]);
    assert_eq!(statuses(&v["files"][0], "covered", "duty").len(), 6);
}

#[test]
fn evidence_names_the_pasal_and_the_words() {
    let (_, v) = check_json(&[CLEAN, "--select", "COV"]);
    let b = v["files"][0]["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["obligation"] == "uu-18-2017/41/b")
        .unwrap()
        .clone();
    assert_eq!(b["status"], "covered");
    // Pasal 5 lists the tasks; Pasal 8 regulates the database itself.
    let at: Vec<&str> = b["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["article"].as_str().unwrap())
        .collect();
    assert!(at.iter().any(|a| a.starts_with("Pasal 8")), "{at:?}");
    assert!(b["locations"][0]["line"].as_u64().unwrap() > 100);
    let words: Vec<&str> = b["matched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert!(
        words.iter().any(|w| w.eq_ignore_ascii_case("basis data")),
        "{words:?}"
    );
    assert!(b["score"].as_f64().unwrap() >= 0.6);
}

#[test]
fn a_tki_era_perda_misses_the_duties_of_the_new_act() {
    let (code, v) = check_json(&[TKI_ERA, "--select", "COV"]);
    assert_eq!(code, 1);
    let f = &v["files"][0];
    assert_eq!(f["regime"], "A", "enacted in 2010");
    let missing = statuses(f, "missing", "duty");
    for id in [
        "uu-18-2017/41/b",
        "uu-18-2017/41/c",
        "uu-18-2017/41/h",
        "uu-18-2017/41/i",
        "uu-18-2017/34/d",
        "uu-18-2017/35/a",
        "uu-18-2017/35/b",
        "uu-18-2017/35/c",
    ] {
        assert!(
            missing.iter().any(|m| m == id),
            "{id} not missing: {missing:?}"
        );
    }
    assert!(missing.len() >= 10, "{missing:?}");

    // Its repealed legal bases, repealed-regime terms and the fee charged to workers.
    let (_, v) = check_json(&[TKI_ERA]);
    let found = codes(&v["files"][0]);
    for code in ["DH-013", "PMI-001", "PMI-002", "PMI-004", "COV-001"] {
        assert!(found.iter().any(|c| c == code), "{code} not in {found:?}");
    }
    let repealed: Vec<&str> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "DH-013")
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    for law in ["39 Tahun 2004", "32 Tahun 2004", "10 Tahun 2004"] {
        assert!(
            repealed.iter().any(|m| m.contains(law)),
            "{law}: {repealed:?}"
        );
    }
}

#[test]
fn clean_drafts_have_no_findings_at_all() {
    for file in [CLEAN, REWORDED, DESA] {
        let (code, v) = check_json(&[file]);
        assert_eq!(code, 0, "{file}");
        assert_eq!(codes(&v["files"][0]), Vec::<String>::new(), "{file}");
    }
    // A folder of drafts skips its README.
    let (_, v) = check_json(&["examples/check"]);
    assert!(
        v["files"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| !f["path"].as_str().unwrap().contains("README"))
    );
}

#[test]
fn real_openings_with_no_body_are_unknown_never_missing() {
    for name in [
        "kab-malang-7-2019.txt",
        "prov-jatim-4-2016.txt",
        "desa-tagawiti-lembata-3-2016.txt",
        "kab-lombok-timur-12-2006-copy-a.txt",
    ] {
        let path = format!("tests/fixtures/perda-openings/{name}");
        let (code, v) = check_json(&[&path, "--select", "COV"]);
        let f = &v["files"][0];
        assert!(!f["coverage"].as_array().unwrap().is_empty(), "{name}");
        assert_eq!(
            statuses(f, "unknown", "duty").len() + statuses(f, "unknown", "may").len(),
            f["coverage"].as_array().unwrap().len(),
            "{name}"
        );
        assert_eq!(codes(f), ["COV-003"], "{name}");
        assert_eq!(code, 0, "{name}: info only");
    }
}

#[test]
fn a_peraturan_desa_with_criminal_provisions_fails() {
    let (code, v) = check_json(&[DESA_PIDANA, "--select", "SAN-001"]);
    assert_eq!(code, 1);
    assert!(codes(&v["files"][0]).iter().all(|c| c == "SAN-001"));
    assert!(!codes(&v["files"][0]).is_empty());
    let (code, _) = check_json(&[DESA, "--select", "SAN-001"]);
    assert_eq!(code, 0);
}

#[test]
fn json_output_follows_its_schema_and_sarif_follows_sarif_2_1_0() {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("docs/schemas/check-report.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let (_, v) = check_json(&["examples/check", "tests/fixtures/perda-openings"]);
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The schema is strict: an unknown field is refused.
    let mut bad = v.clone();
    bad["files"][0]["extra"] = serde_json::json!(1);
    assert!(!validator.is_valid(&bad));

    // The published SARIF 2.1.0 schema (OASIS, as shipped with serde-sarif) writes the
    // pattern of `run.language` with a stray `]` that strict regex engines reject; it is
    // replaced by its evident meaning before compiling. perda does not emit `language`.
    let sarif_text = std::fs::read_to_string(root.join("tests/fixtures/sarif-schema-2.1.0.json"))
        .unwrap()
        .replace(
            r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
            r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#,
        );
    let sarif_schema: serde_json::Value = serde_json::from_str(&sarif_text).unwrap();
    let sarif_validator = jsonschema::validator_for(&sarif_schema).expect("SARIF schema");
    let out = perda()
        .args([
            "check",
            WITHOUT_41B_41H,
            TKI_ERA,
            "--format",
            "sarif",
            "--no-config",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors: Vec<String> = sarif_validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(sarif["version"], "2.1.0");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().any(|r| r["ruleId"] == "COV-001"));
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let cov = rules.iter().find(|r| r["id"] == "COV-001").unwrap();
    assert!(
        cov["help"]["text"]
            .as_str()
            .unwrap()
            .contains("## Why it matters")
    );
}

#[test]
fn github_and_junit_formats() {
    let out = perda()
        .args([
            "check",
            WITHOUT_41B_41H,
            "--select",
            "COV",
            "--format",
            "github",
            "--no-config",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let errors: Vec<&str> = text.lines().filter(|l| l.starts_with("::error ")).collect();
    assert_eq!(errors.len(), 2, "{text}");
    assert!(
        errors[0].starts_with(&format!(
            "::error file={WITHOUT_41B_41H},line=1,title=COV-001 missing-duty::"
        )),
        "{}",
        errors[0]
    );
    assert!(!text.contains("\n\n"));

    let out = perda()
        .args([
            "check",
            WITHOUT_41B_41H,
            "--select",
            "COV",
            "--format",
            "junit",
            "--no-config",
        ])
        .output()
        .unwrap();
    let xml = String::from_utf8(out.stdout).unwrap();
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"));
    assert_eq!(xml.matches("<failure ").count(), 2, "{xml}");
    assert!(xml.contains("name=\"uu-18-2017/41/b (Pasal 41 huruf b UU 18/2017)\""));
    assert_eq!(
        xml.matches("<testsuite ").count(),
        xml.matches("</testsuite>").count()
    );
}

#[test]
fn human_output_is_indonesian_by_default_and_english_on_request() {
    perda()
        .args(["check", WITHOUT_41B_41H, "--select", "COV", "--no-config"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "galat[COV-001]: kewajiban Pasal 41 huruf b UU 18/2017 belum diatur",
        ))
        .stdout(predicate::str::contains("bantuan: tambahkan pasal"))
        .stdout(predicate::str::contains("belum diatur"))
        .stdout(predicate::str::contains("\x1b[").not());
    perda()
        .args([
            "check",
            WITHOUT_41B_41H,
            "--select",
            "COV",
            "--no-config",
            "--lang",
            "en",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "error[COV-001]: duty Pasal 41 huruf b UU 18/2017 is not regulated",
        ))
        .stdout(predicate::str::contains("missing"));
}

#[test]
fn exit_codes_follow_fail_on() {
    let run = |extra: &[&str]| {
        perda()
            .args(["check", WITHOUT_41B_41H, "--select", "COV", "--no-config"])
            .args(extra)
            .output()
            .unwrap()
            .status
            .code()
            .unwrap()
    };
    assert_eq!(run(&[]), 1);
    assert_eq!(run(&["--fail-on", "never"]), 0);
    assert_eq!(run(&["--fail-on", "warning"]), 1);
    assert_eq!(run(&["--ignore", "COV-001"]), 0);
    assert_eq!(run(&["--format", "nonsense"]), 2);
    perda()
        .args(["check", "no/such/file.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/file.md"));
    perda()
        .args(["check", "--as-of", "2026-02-30", CLEAN])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--as-of"));
}

#[test]
fn stdin_is_read_and_unreadable_input_is_exit_2_with_the_name() {
    let text = std::fs::read(
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(WITHOUT_41B_41H),
    )
    .unwrap();
    perda()
        .args([
            "check",
            "-",
            "--select",
            "COV",
            "--format",
            "github",
            "--no-config",
        ])
        .write_stdin(text)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("::error file=<stdin>"));
    perda()
        .args(["check", "-", "--no-config"])
        .write_stdin(vec![0u8, 159, 146, 150])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>"));
}

/// A scratch directory under the target dir, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("drafts")).unwrap();
    dir
}

#[test]
fn perda_toml_waives_with_a_reason_and_reports_unused_waivers() {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let dir = scratch("waivers");
    std::fs::copy(root.join(WITHOUT_41B_41H), dir.join("drafts/raperda.md")).unwrap();
    std::fs::write(
        dir.join("perda.toml"),
        "level = \"kabupaten\"\n\n[rules]\nselect = [\"COV\"]\n\n[[waiver]]\ntarget = \"uu-18-2017/41/b\"\npaths = [\"drafts/*.md\"]\nreason = \"Basis data diatur dalam Perda Kabupaten Jember tentang Sistem Informasi Ketenagakerjaan.\"\n\n[[waiver]]\ntarget = \"uu-18-2017/41/c\"\nreason = \"Tidak dipakai.\"\n",
    )
    .unwrap();
    let out = perda()
        .current_dir(&dir)
        .args(["check", "drafts", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let draft = &v["files"][0];
    let missing: Vec<&str> = draft["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["obligation"].as_str())
        .collect();
    assert_eq!(missing, ["uu-18-2017/41/h"]);
    assert_eq!(draft["suppressed"][0]["obligation"], "uu-18-2017/41/b");
    assert!(
        draft["suppressed"][0]["waiver"]
            .as_str()
            .unwrap()
            .ends_with("perda.toml:6")
    );
    let config = &v["files"][1];
    assert!(config["path"].as_str().unwrap().ends_with("perda.toml"));
    assert_eq!(config["findings"][0]["code"], "CFG-001");
    assert_eq!(config["findings"][0]["line"], 11);

    // A waiver without a reason is refused, naming the file and line.
    std::fs::write(
        dir.join("perda.toml"),
        "[[waiver]]\ntarget = \"uu-18-2017/41/b\"\nreason = \" \"\n",
    )
    .unwrap();
    perda()
        .current_dir(&dir)
        .args(["check", "drafts"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "perda.toml:1:1: waiver of `uu-18-2017/41/b` needs a reason",
        ));
}

#[test]
fn report_file_is_written_atomically_and_never_overwritten_without_force() {
    let dir = scratch("out");
    let out = dir.join("report.sarif");
    std::fs::write(&out, "keep").unwrap();
    let o = out.to_str().unwrap();
    perda()
        .args([
            "check",
            CLEAN,
            "--select",
            "COV",
            "--format",
            "sarif",
            "--no-config",
            "--out",
            o,
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep");
    perda()
        .args([
            "check",
            CLEAN,
            "--select",
            "COV",
            "--format",
            "sarif",
            "--no-config",
            "--out",
            o,
            "--force",
        ])
        .assert()
        .code(0);
    assert!(std::fs::read_to_string(&out).unwrap().contains("\"2.1.0\""));
}

#[test]
fn explain_prints_a_rule_page_and_an_obligation() {
    perda()
        .args(["explain", "COV-001"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("COV-001 missing-duty\n"))
        .stdout(predicate::str::contains("## What it checks"))
        .stdout(predicate::str::contains("## Instead"));
    perda()
        .args(["explain", "no-criminal-provisions-in-perdes"])
        .assert()
        .success()
        .stdout(predicate::str::contains("UU 12/2011 Pasal 15 ayat (1)"));
    perda()
        .args(["explain", "uu-18-2017/41/b", "--in", CLEAN])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "membuat basis data Pekerja Migran Indonesia;",
        ))
        .stdout(predicate::str::contains("covered"))
        .stdout(predicate::str::contains("Pasal 8"));
    perda()
        .args(["explain", "XYZ-999"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("XYZ-999"));
}

#[test]
fn the_rule_list_in_docs_is_current_and_complete() {
    let out = perda().args(["rules", "--format", "md"]).output().unwrap();
    assert!(out.status.success());
    let generated = String::from_utf8(out.stdout).unwrap();
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let saved = std::fs::read_to_string(root.join("docs/rules.md")).unwrap_or_default();
    assert!(
        saved == generated,
        "docs/rules.md is stale: run `cargo run -p perda-cli -- rules --format md > docs/rules.md`"
    );
    let is_rule =
        |l: &&str| l.starts_with("| ") && !l.starts_with("| code") && !l.starts_with("| ---");
    let rows = generated.lines().filter(is_rule).count();
    assert!(rows >= 60, "{rows} rules");
    // Every rule's page prints.
    for line in generated.lines().filter(is_rule) {
        let code = line.split('|').nth(1).unwrap().trim();
        perda()
            .args(["explain", code])
            .assert()
            .success()
            .stdout(predicate::str::contains("## Why it matters"));
    }
}

/// A Word file with one paragraph per Markdown paragraph of `md` (heading marks dropped), as a
/// drafter's office would have typed it.
fn docx_from_markdown(md: &str) -> Vec<u8> {
    use std::io::Write as _;
    let esc = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut body = String::new();
    for para in md.split("\n\n") {
        let text = para
            .trim()
            .trim_start_matches('#')
            .trim()
            .replace('\n', " ");
        if text.is_empty() || text.starts_with("---") {
            continue;
        }
        body.push_str(&format!(
            "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            esc(&text)
        ));
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    w.start_file("[Content_Types].xml", options).unwrap();
    w.write_all(b"<Types/>").unwrap();
    w.start_file("word/document.xml", options).unwrap();
    w.write_all(document.as_bytes()).unwrap();
    w.finish().unwrap().into_inner()
}

#[test]
fn a_word_draft_is_checked_like_its_markdown() {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let dir = scratch("docx");
    for (name, src) in [
        ("bersih.docx", DESA),
        ("pidana.docx", DESA_PIDANA),
        ("tanpa.docx", WITHOUT_41B_41H),
    ] {
        let md = std::fs::read_to_string(root.join(src)).unwrap();
        std::fs::write(dir.join("drafts").join(name), docx_from_markdown(&md)).unwrap();
    }
    let drafts = dir.join("drafts");
    let (code, v) = check_json(&[drafts.to_str().unwrap()]);
    assert_eq!(code, 1);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 3);
    // Sorted: bersih, pidana, tanpa.
    assert_eq!(
        codes(&files[0]),
        Vec::<String>::new(),
        "{:#}",
        files[0]["findings"]
    );
    assert_eq!(statuses(&files[0], "covered", "duty").len(), 6);
    let pidana = codes(&files[1]);
    assert!(pidana.iter().any(|c| c == "SAN-001"), "{pidana:?}");
    let line = files[1]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "SAN-001")
        .unwrap()["line"]
        .as_u64()
        .unwrap();
    assert!(line > 10, "a paragraph number: {line}");
    assert_eq!(
        statuses(&files[2], "missing", "duty"),
        ["uu-18-2017/41/b", "uu-18-2017/41/h"]
    );
}

/// The text a PDF of a Markdown draft gives: paragraphs wrapped at `width` characters
/// (words, hyphenated compounds broken after the hyphen), a page number every 48 lines.
fn as_pdf_text(md: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for para in md.split("\n\n") {
        let text = para
            .trim()
            .trim_start_matches('#')
            .trim()
            .replace('\n', " ");
        if text.is_empty() {
            continue;
        }
        let mut line = String::new();
        for word in text.split(' ') {
            // A compound may break after its hyphen, as PDF line breaking does.
            let pieces: Vec<&str> = match word.split_once('-') {
                Some((a, b))
                    if !a.is_empty() && !b.is_empty() && line.len() + word.len() >= width =>
                {
                    vec![&word[..a.len() + 1], b]
                }
                _ => vec![word],
            };
            for (k, piece) in pieces.iter().enumerate() {
                let glue = if line.is_empty() || (k > 0) { "" } else { " " };
                if !line.is_empty() && line.len() + glue.len() + piece.len() > width {
                    lines.push(std::mem::take(&mut line));
                    line.push_str(piece);
                } else {
                    line.push_str(glue);
                    line.push_str(piece);
                }
            }
        }
        lines.push(line);
    }
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 && i % 48 == 0 {
            out.push_str(&format!("- {} -\n", i / 48 + 1));
        }
        out.push_str(l);
        out.push('\n');
    }
    out
}

#[test]
fn clean_drafts_taken_from_a_pdf_stay_clean() {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let dir = scratch("pdf");
    for src in [CLEAN, REWORDED, DESA] {
        let md = std::fs::read_to_string(root.join(src)).unwrap();
        for width in [64, 80, 100] {
            let name = format!(
                "{}-{width}.txt",
                PathBuf::from(src).file_stem().unwrap().to_str().unwrap()
            );
            std::fs::write(dir.join("drafts").join(&name), as_pdf_text(&md, width)).unwrap();
        }
    }
    let (code, v) = check_json(&[dir.join("drafts").to_str().unwrap()]);
    for f in v["files"].as_array().unwrap() {
        assert_eq!(
            codes(f),
            Vec::<String>::new(),
            "{}: {:#}",
            f["path"],
            f["findings"]
        );
        assert!(statuses(f, "covered", "duty").len() >= 6, "{}", f["path"]);
        assert!(statuses(f, "missing", "duty").is_empty(), "{}", f["path"]);
    }
    assert_eq!(code, 0);
}
