//! JSON Schemas of what perda writes and reads, generated from the Rust types with
//! schemars (feature `schema`), so that they cannot drift from the code:
//!
//! - `obligations`: the catalogue as `perda obligations --format json` writes it
//!   ([`perda_law::obligation::Obligation`]);
//! - `check-report`: the report of `perda check --format json`;
//! - `profile`: a region profile for `perda draft` ([`crate::profile::Profile`], YAML read
//!   as JSON);
//! - `perda-toml`: the settings file `perda.toml` ([`crate::check::config`], TOML read as
//!   JSON).
//!
//! The published copies are in `docs/schemas/NAME.schema.json`; a test fails when they
//! differ from what this module renders, and `perda schema NAME` prints them.
//!
//! The schemas of what perda writes describe exactly what is written (an unknown field is
//! refused); those of what it reads describe what it accepts, with the checks the reader
//! makes after parsing where JSON Schema can say them (the name's prefix for the level, a
//! provinsi's seat, a desa's kabupaten, no criminal provisions in a Peraturan Desa).
//!
//! ```
//! let schema = perda_draft::schema::generate("profile").unwrap();
//! assert_eq!(schema["title"], "perda region profile");
//! assert!(perda_draft::schema::generate("nothing").is_none());
//! ```

use schemars::generate::SchemaSettings;
use schemars::transform::{RestrictFormats, Transform, transform_subschemas};
use schemars::{Schema, SchemaGenerator};
use serde_json::{Value, json};

/// The names of the schemas, in the order they are documented.
pub const NAMES: [&str; 4] = ["obligations", "check-report", "profile", "perda-toml"];

/// The file a schema is published as: `docs/schemas/NAME.schema.json`.
pub fn file_name(name: &str) -> String {
    format!("{name}.schema.json")
}

/// The schema called `name` (one of [`NAMES`]) as JSON; `None` for an unknown name.
pub fn generate(name: &str) -> Option<Value> {
    let (mut schema, title, description) = match name {
        "obligations" => (
            SchemaSettings::draft2020_12()
                .for_serialize()
                .into_generator()
                .into_root_schema_for::<Vec<perda_law::obligation::Obligation>>(),
            "perda obligations --format json",
            "The obligation catalogue of UU 18/2017 as `perda obligations --format json` \
             writes it (with `--level`, only the obligations of that level): duties, \
             permissions and prohibitions of regional governments, in statute order, each \
             with the statute's exact words.",
        ),
        "check-report" => (
            crate::check::output::json_schema(&mut generator_for_output()),
            "perda check --format json, version 1",
            "The report of `perda check --format json`. Fields are stable within a version; \
             new optional fields may be added (and this schema with them). Messages are in \
             the language chosen with --lang.",
        ),
        "profile" => (
            SchemaSettings::draft2020_12()
                .for_deserialize()
                .into_generator()
                .into_root_schema_for::<crate::profile::Profile>(),
            "perda region profile",
            "A region profile for `perda draft` (YAML; see docs/profile-format.md). \
             `perda draft` also refuses a sociological ground that is more than one \
             sentence or cites a regulation or Pasal.",
        ),
        "perda-toml" => {
            let mut schema = crate::check::config::schema(
                &mut SchemaSettings::draft2020_12()
                    .for_deserialize()
                    .into_generator(),
            );
            // TOML has no null: an optional key is left out.
            NoNull.transform(&mut schema);
            (
                schema,
                "perda.toml",
                "The settings of a repository of drafts for `perda check` and `perda \
                 report`, read from the nearest perda.toml above each checked file (TOML: \
                 this schema describes its tables as JSON objects). See docs/checker.md.",
            )
        }
        _ => return None,
    };
    // Formats JSON Schema does not define (`uint32`, `float`) mean nothing to a validator.
    RestrictFormats::default().transform(&mut schema);
    NoNullDefault.transform(&mut schema);
    UnwrapDescriptions.transform(&mut schema);
    let obj = schema.ensure_object();
    obj.insert("$id".into(), json!(id(name)));
    obj.insert("title".into(), json!(title));
    obj.insert("description".into(), json!(description));
    Some(schema.to_value())
}

/// The schema called `name` as published: pretty-printed, ending with a newline.
pub fn render(name: &str) -> Option<String> {
    let value = generate(name)?;
    let mut text = serde_json::to_string_pretty(&value).ok()?;
    text.push('\n');
    Some(text)
}

/// The schema's `$id`: the repository's address, then `schemas/NAME.schema.json`.
fn id(name: &str) -> String {
    format!(
        "{}/schemas/{}",
        env!("CARGO_PKG_REPOSITORY").trim_end_matches('/'),
        file_name(name)
    )
}

fn generator_for_output() -> SchemaGenerator {
    SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
}

/// The rules of [`crate::profile::Profile`] that depend on the level, as
/// [`Profile::from_yaml`](crate::profile::Profile::from_yaml) checks them: the name starts
/// with the level's kind; a provinsi names its seat; a Perda names its formation law; a
/// desa names its kabupaten and has no criminal provisions.
pub(crate) fn profile_rules(schema: &mut Schema) {
    let level =
        |l: &str| json!({ "properties": { "level": { "const": l } }, "required": ["level"] });
    let name =
        |prefix: &str| json!({ "properties": { "name": { "pattern": format!("^{prefix} .+") } } });
    let mut provinsi = name("Provinsi");
    merge(&mut provinsi, json!({ "required": ["seat"] }));
    let mut desa = name("Desa");
    merge(
        &mut desa,
        json!({
            "required": ["kabupaten"],
            "properties": { "options": { "properties": { "criminal_provisions": { "const": false } } } }
        }),
    );
    schema.insert(
        "allOf".into(),
        json!([
            { "if": level("provinsi"), "then": provinsi },
            { "if": level("kabupaten"), "then": name("Kabupaten") },
            { "if": level("kota"), "then": name("Kota") },
            {
                "if": level("desa"),
                "then": desa,
                "else": { "required": ["formation_law"], "properties": { "formation_law": { "minItems": 1 } } }
            }
        ]),
    );
}

/// [`crate::profile::Grounds`]: `grounds`, when given, gives at least one sociological
/// ground (an empty or absent list is refused).
pub(crate) fn grounds_rules(schema: &mut Schema) {
    if let Some(grounds) = schema
        .pointer_mut("/properties/sociological")
        .and_then(Value::as_object_mut)
    {
        grounds.remove("default");
    }
    schema.insert("required".into(), json!(["sociological"]));
}

/// Merges the keys of `extra` into `target` (objects merged key by key, arrays appended).
fn merge(target: &mut Value, extra: Value) {
    match (target, extra) {
        (Value::Object(t), Value::Object(e)) => {
            for (k, v) in e {
                match t.get_mut(&k) {
                    Some(existing) => merge(existing, v),
                    None => {
                        t.insert(k, v);
                    }
                }
            }
        }
        (Value::Array(t), Value::Array(e)) => t.extend(e),
        (t, e) => *t = e,
    }
}

/// Removes `"default": null`: an optional field that is left out says as much.
struct NoNullDefault;

impl Transform for NoNullDefault {
    fn transform(&mut self, schema: &mut Schema) {
        transform_subschemas(self, schema);
        if schema.get("default").is_some_and(Value::is_null) {
            schema.remove("default");
        }
    }
}

/// Removes `null` from the types a schema allows (`"type": ["string", "null"]`,
/// `"anyOf": [{"$ref": ...}, {"type": "null"}]`).
struct NoNull;

impl Transform for NoNull {
    fn transform(&mut self, schema: &mut Schema) {
        transform_subschemas(self, schema);
        let Some(obj) = schema.as_object_mut() else {
            return;
        };
        if let Some(Value::Array(types)) = obj.get_mut("type") {
            types.retain(|t| t != "null");
            if let [only] = types.as_slice() {
                let only = only.clone();
                obj.insert("type".into(), only);
            }
        }
        if let Some(Value::Array(alternatives)) = obj.get_mut("anyOf") {
            alternatives.retain(|a| a.get("type").is_none_or(|t| t != "null"));
            if let [only] = alternatives.as_slice() {
                let only = only.clone();
                obj.remove("anyOf");
                if let Value::Object(only) = only {
                    for (k, v) in only {
                        obj.entry(k).or_insert(v);
                    }
                }
            }
        }
    }
}

/// Joins the lines of each paragraph of a description (doc comments are wrapped at 92
/// columns; a reader's editor wraps on its own).
struct UnwrapDescriptions;

impl Transform for UnwrapDescriptions {
    fn transform(&mut self, schema: &mut Schema) {
        transform_subschemas(self, schema);
        if let Some(Value::String(d)) = schema.get_mut("description") {
            *d = unwrap(d);
        }
    }
}

fn unwrap(text: &str) -> String {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}
