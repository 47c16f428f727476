//! The JSON Schemas in docs/schemas/: generated from the types (the files must equal what
//! `perda_draft::schema` renders; regenerate them with
//! `UPDATE_SCHEMAS=1 cargo test -p perda-cli --test cli schema`), valid JSON Schema
//! 2020-12, and what perda writes and reads follows them.

use std::path::{Path, PathBuf};

use perda_draft::schema;
use serde_json::{Value, json};

use super::perda;

fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn schema_path(name: &str) -> PathBuf {
    root().join("docs/schemas").join(schema::file_name(name))
}

fn published(name: &str) -> Value {
    let path = schema_path(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validator(name: &str) -> jsonschema::Validator {
    jsonschema::validator_for(&published(name)).expect("schema compiles")
}

fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// perda.toml read as JSON, as an editor or a validator sees it.
fn toml_to_json(text: &str) -> Value {
    toml::from_str(text).expect("TOML")
}

/// A profile read as JSON, as an editor or a validator sees it.
fn yaml_to_json(text: &str) -> Value {
    serde_saphyr::from_str(text).expect("YAML")
}

#[test]
fn schemas_are_generated_from_the_types() {
    let update = std::env::var("UPDATE_SCHEMAS").is_ok_and(|v| !v.is_empty() && v != "0");
    let mut stale = Vec::new();
    for name in schema::NAMES {
        let want = schema::render(name).expect("known schema");
        let path = schema_path(name);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(want.as_str()) {
            continue;
        }
        if update {
            std::fs::write(&path, &want).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        } else {
            stale.push(format!("docs/schemas/{}", schema::file_name(name)));
        }
    }
    assert!(
        stale.is_empty(),
        "out of date with the types they are generated from: {}; regenerate with\n\n    \
         UPDATE_SCHEMAS=1 cargo test -p perda-cli --test cli schema\n\n\
         (or one of them with `cargo run -p perda-cli -- schema NAME --out \
         docs/schemas/NAME.schema.json --force`) and review the diff",
        stale.join(", ")
    );
    // No schema is left behind under an old name.
    let mut files: Vec<String> = std::fs::read_dir(root().join("docs/schemas"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f.ends_with(".json"))
        .collect();
    files.sort();
    let mut want: Vec<String> = schema::NAMES.iter().map(|n| schema::file_name(n)).collect();
    want.sort();
    assert_eq!(files, want);
}

#[test]
fn schemas_are_json_schema_2020_12_with_an_id_and_a_title() {
    for name in schema::NAMES {
        let text = std::fs::read_to_string(schema_path(name)).unwrap();
        assert!(
            text.ends_with("}\n") && !text.ends_with("\n\n"),
            "{name}: one final newline"
        );
        let v = published(name);
        if let Err(e) = jsonschema::meta::validate(&v) {
            panic!("{name}: not a valid JSON Schema: {e}");
        }
        assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
        let id = v["$id"].as_str().unwrap_or_default();
        assert!(
            id.ends_with(&format!("/schemas/{}", schema::file_name(name))),
            "{name}: $id {id}"
        );
        assert!(v["title"].as_str().is_some_and(|t| !t.is_empty()), "{name}");
        assert!(
            v["description"].as_str().is_some_and(|t| !t.is_empty()),
            "{name}"
        );
        // Every pattern compiles.
        jsonschema::validator_for(&v).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn perda_schema_prints_the_published_schemas() {
    for name in schema::NAMES {
        let text = std::fs::read_to_string(schema_path(name)).unwrap();
        perda()
            .args(["schema", name])
            .assert()
            .success()
            .stdout(text);
    }
    perda().args(["schema", "nothing"]).assert().code(2);
}

#[test]
fn obligations_json_follows_its_schema() {
    let validator = validator("obligations");
    for level in [
        None,
        Some("provinsi"),
        Some("kabupaten"),
        Some("kota"),
        Some("desa"),
    ] {
        let mut args = vec!["obligations", "--format", "json"];
        args.extend(level.iter().flat_map(|l| ["--level", *l]));
        let v = super::json(&args);
        assert!(!v.as_array().unwrap().is_empty(), "{level:?}");
        let errors = errors(&validator, &v);
        assert!(errors.is_empty(), "{level:?}: {errors:#?}");
    }
    // The schema is strict.
    let v = super::json(&["obligations", "--format", "json", "--level", "desa"]);
    for (field, value) in [
        ("extra", json!(1)),
        ("modality", json!("wajib")),
        ("levels", json!([])),
        ("levels", json!(["negara"])),
        ("topic", json!(null)),
        ("line", json!(0)),
    ] {
        let mut bad = v.clone();
        bad[0][field] = value.clone();
        assert!(!validator.is_valid(&bad), "{field} = {value}");
    }
}

/// perda.toml files: the sample repository's, those `perda init` writes, and the example
/// in docs/checker.md.
#[test]
fn perda_toml_files_follow_their_schema() {
    let validator = validator("perda-toml");
    let mut files = vec![(
        "examples/repo/perda.toml".to_string(),
        std::fs::read_to_string(root().join("examples/repo/perda.toml")).unwrap(),
    )];
    for profile in [None, Some("provinsi-jawa-timur"), Some("desa-sukamaju")] {
        let dir = std::env::temp_dir().join(format!(
            "perda-schema-{}-{}",
            std::process::id(),
            profile.unwrap_or("default")
        ));
        let _ = std::fs::remove_dir_all(&dir);
        let mut cmd = perda();
        cmd.args(["init", dir.to_str().unwrap()]);
        if let Some(p) = profile {
            cmd.args(["--profile", &format!("examples/profiles/{p}.yaml")]);
        }
        cmd.assert().success();
        let text = std::fs::read_to_string(dir.join("perda.toml")).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        files.push((format!("perda init {profile:?}"), text));
    }
    let checker = std::fs::read_to_string(root().join("docs/checker.md")).unwrap();
    let example = checker
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a perda.toml example in docs/checker.md");
    files.push(("docs/checker.md".into(), example.to_string()));
    for (name, text) in files {
        perda_draft::check::config::Config::parse(Path::new("perda.toml"), &text)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let errors = errors(&validator, &toml_to_json(&text));
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

/// The schema of perda.toml accepts what perda reads and refuses what it refuses.
#[test]
fn the_perda_toml_schema_agrees_with_the_reader() {
    let validator = validator("perda-toml");
    let cases = [
        ("", true),
        ("level = \"desa\"\nregion = \"Desa Sukamaju\"\n", true),
        ("as-of = \"2026-01-02\"\n", true),
        (
            "[rules]\nselect = [\"SAN\", \"ALL\"]\nignore = [\"PEN-006\"]\n",
            true,
        ),
        (
            "[rules]\nseverity = { \"KU-006\" = \"error\", \"missing-duty\" = \"info\" }\n",
            true,
        ),
        ("[[waiver]]\ntarget = \"KON-004\"\nreason = \"r\"\n", true),
        (
            "[[waiver]]\ntarget = \"x\"\npaths = [\"drafts/*.md\", \"./a/.b/..c\", \"**\"]\nreason = \"r\"\n",
            true,
        ),
        ("levl = \"desa\"\n", false),
        ("level = \"negara\"\n", false),
        ("as_of = \"2026-01-02\"\n", false),
        ("as-of = \"2026-01\"\n", false),
        ("[rules]\nseverity = { \"KU-006\" = \"fatal\" }\n", false),
        ("[rules]\nselected = [\"SAN\"]\n", false),
        ("[rules]\nselect = \"SAN\"\n", false),
        ("[[waiver]]\ntarget = \"KON-004\"\n", false),
        ("[[waiver]]\ntarget = \"KON-004\"\nreason = \" \"\n", false),
        ("[[waiver]]\nreason = \"r\"\n", false),
        (
            "[[waiver]]\ntarget = \"x\"\npaths = [\"../a.md\"]\nreason = \"r\"\n",
            false,
        ),
        (
            "[[waiver]]\ntarget = \"x\"\npaths = [\"a/../../b\"]\nreason = \"r\"\n",
            false,
        ),
        (
            "[[waiver]]\ntarget = \"x\"\npaths = [\"/etc/*\"]\nreason = \"r\"\n",
            false,
        ),
        (
            "[[waiver]]\ntarget = \"x\"\nreason = \"r\"\nwhy = \"r\"\n",
            false,
        ),
        ("[waiver]\ntarget = \"x\"\nreason = \"r\"\n", false),
    ];
    for (text, accepted) in cases {
        let read = perda_draft::check::config::Config::parse(Path::new("perda.toml"), text);
        assert_eq!(read.is_ok(), accepted, "perda reads {text:?}: {read:?}");
        let errors = errors(&validator, &toml_to_json(text));
        assert_eq!(
            errors.is_empty(),
            accepted,
            "schema on {text:?}: {errors:#?}"
        );
    }
}

/// The example profiles as written (YAML read as JSON, as an editor sees them), and the
/// checks `perda draft` makes that the schema can express.
#[test]
fn profiles_follow_their_schema_as_perda_draft_reads_them() {
    let validator = validator("profile");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(root().join("examples/profiles")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let errors = errors(&validator, &yaml_to_json(&text));
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        names.push(path);
    }
    assert!(names.len() >= 6);

    let kota = "level: kota\nname: Kota Bontang\nprovince: Kalimantan Timur\n\
                head_title: Wali Kota\nenacting_line: \"WALI KOTA BONTANG,\"\n\
                formation_law:\n  - citation: Undang-Undang Nomor 47 Tahun 1999\n\
                gazette_name: Lembaran Daerah Kota Bontang\n";
    let desa = "level: desa\nname: Desa Sukamaju\nprovince: Jawa Timur\n\
                head_title: Kepala Desa\nenacting_line: \"KEPALA DESA SUKAMAJU,\"\n\
                kabupaten: Kabupaten Jember\ngazette_name: Lembaran Desa Sukamaju\n";
    let provinsi = "level: provinsi\nname: Provinsi Jawa Timur\nprovince: Jawa Timur\n\
                    head_title: Gubernur\nenacting_line: \"GUBERNUR JAWA TIMUR,\"\n\
                    seat: Surabaya\n\
                    formation_law:\n  - citation: Undang-Undang Nomor 2 Tahun 1950\n\
                    gazette_name: Lembaran Daerah Provinsi Jawa Timur\n";
    let cases: Vec<(String, bool)> = vec![
        (kota.into(), true),
        (desa.into(), true),
        (provinsi.into(), true),
        (
            format!("{kota}seat: Bontang\nyear: 2026\nnumber: 3\ndraft: false\n"),
            true,
        ),
        (format!("{kota}seat: ~\nnotes: ~\n"), true),
        (format!("{kota}as_of: 2026-01-02\n"), true),
        (
            format!("{kota}options:\n  ltsa: true\n  funding: false\n"),
            true,
        ),
        (
            format!(
                "{kota}grounds:\n  sociological:\n    - bahwa warga Kota bekerja di luar negeri;\n"
            ),
            true,
        ),
        (
            format!("{desa}options:\n  criminal_provisions: false\n"),
            true,
        ),
        (format!("{kota}colour: blue\n"), false),
        (format!("{kota}options:\n  lsta: true\n"), false),
        (kota.replace("level: kota", "level: kecamatan"), false),
        (
            kota.replace("name: Kota Bontang", "name: Kabupaten Bontang"),
            false,
        ),
        (kota.replace("name: Kota Bontang", "name: Bontang"), false),
        (
            kota.replace(
                "formation_law:\n  - citation: Undang-Undang Nomor 47 Tahun 1999\n",
                "",
            ),
            false,
        ),
        (
            kota.replace(
                "formation_law:\n  - citation: Undang-Undang Nomor 47 Tahun 1999\n",
                "formation_law: []\n",
            ),
            false,
        ),
        (provinsi.replace("seat: Surabaya\n", ""), false),
        (
            provinsi.replace("seat: Surabaya", "seat: \"Surabaya, Jawa Timur\""),
            false,
        ),
        (
            provinsi.replace("seat: Surabaya", "seat: \" Surabaya\""),
            false,
        ),
        (desa.replace("kabupaten: Kabupaten Jember\n", ""), false),
        (
            format!("{desa}options:\n  criminal_provisions: true\n"),
            false,
        ),
        (format!("{kota}as_of: 2 Januari 2026\n"), false),
        (format!("{kota}grounds: {{}}\n"), false),
        (format!("{kota}grounds:\n  sociological: []\n"), false),
        (
            format!("{kota}grounds:\n  sociological:\n    - Bahwa warga bekerja\n"),
            false,
        ),
        (
            format!("{kota}grounds:\n  sociological:\n    - bahwa satu; bahwa dua\n"),
            false,
        ),
        (
            format!("{kota}grounds:\n  sociological:\n    - bahwa warga bekerja.\n"),
            false,
        ),
        (
            format!(
                "{kota}grounds:\n  sociological:\n{}",
                "    - bahwa warga bekerja\n".repeat(5)
            ),
            false,
        ),
    ];
    for (yaml, accepted) in cases {
        let read = perda_draft::profile::Profile::from_yaml("profile.yaml", &yaml);
        assert_eq!(
            read.is_ok(),
            accepted,
            "perda reads\n{yaml}\n{:?}",
            read.err()
        );
        let errors = errors(&validator, &yaml_to_json(&yaml));
        assert_eq!(
            errors.is_empty(),
            accepted,
            "schema on\n{yaml}\n{errors:#?}"
        );
    }
}
