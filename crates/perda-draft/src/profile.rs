//! Region profiles: the facts and choices a generated draft needs (level, region, head of
//! region, formation law, gazette, options). Read from YAML with serde-saphyr; unknown fields
//! are errors, and every error names the file, line and field.
//!
//! ```
//! let yaml = "level: kota\nname: Kota Bontang\nprovince: Kalimantan Timur\n\
//!             head_title: Wali Kota\nenacting_line: \"WALI KOTA BONTANG,\"\n\
//!             formation_law:\n  - citation: Undang-Undang Nomor 47 Tahun 1999\n\
//!             gazette_name: Lembaran Daerah Kota Bontang\n";
//! let p = perda_draft::profile::Profile::from_yaml("bontang.yaml", yaml).unwrap();
//! assert_eq!(p.short_name(), "Bontang");
//! ```

use serde::{Deserialize, Serialize};

use crate::check::date::Date;
use perda_law::Level;

/// The level of a profile, as written in YAML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProfileLevel {
    /// Perda provinsi.
    Provinsi,
    /// Perda kabupaten.
    Kabupaten,
    /// Perda kota.
    Kota,
    /// Peraturan Desa.
    Desa,
}

impl ProfileLevel {
    /// The checker's level.
    pub fn level(self) -> Level {
        match self {
            ProfileLevel::Provinsi => Level::Provinsi,
            ProfileLevel::Kabupaten => Level::Kabupaten,
            ProfileLevel::Kota => Level::Kota,
            ProfileLevel::Desa => Level::Desa,
        }
    }
}

/// A citation of a law for Mengingat, with how sure it is.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The full Mengingat text, without trailing punctuation (the generator adds it).
    pub citation: String,
    /// How it was verified (`two sources`, `one source`, `unverified`).
    #[serde(default)]
    pub verified: Option<String>,
    /// Provenance notes (kept from the shared data).
    #[serde(default)]
    pub note: Option<String>,
}

/// Options: which optional chapters the draft takes up.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct Options {
    /// One-stop service (LTSA), Pasal 38 ayat (2) and Pasal 41 huruf k / 40 huruf i.
    pub ltsa: bool,
    /// Scholarships for children of workers who left procedurally (the Jember policy).
    pub scholarship: bool,
    /// Village roles under Pasal 42 in a kabupaten Perda.
    pub village_roles: bool,
    /// Task force and village information against non-procedural recruitment.
    pub task_force: bool,
    /// Empowerment of returnees and families beyond reintegration.
    pub reintegration: bool,
    /// Shelter (rumah singgah).
    pub shelter: bool,
    /// Cooperation agreements with the ministry and others.
    pub cooperation: bool,
    /// Community participation.
    pub participation: bool,
    /// Administrative sanctions on charging placement costs.
    pub administrative_sanctions: bool,
    /// Criminal provisions (never in a Peraturan Desa).
    pub criminal_provisions: bool,
}

impl Options {
    /// The option names, in the order of [`Options::set`].
    pub const NAMES: [&'static str; 10] = [
        "ltsa",
        "scholarship",
        "village_roles",
        "task_force",
        "reintegration",
        "shelter",
        "cooperation",
        "participation",
        "administrative_sanctions",
        "criminal_provisions",
    ];

    /// Sets an option by name; false when there is no such option.
    pub fn set(&mut self, name: &str, on: bool) -> bool {
        let slot = match name {
            "ltsa" => &mut self.ltsa,
            "scholarship" => &mut self.scholarship,
            "village_roles" => &mut self.village_roles,
            "task_force" => &mut self.task_force,
            "reintegration" => &mut self.reintegration,
            "shelter" => &mut self.shelter,
            "cooperation" => &mut self.cooperation,
            "participation" => &mut self.participation,
            "administrative_sanctions" => &mut self.administrative_sanctions,
            "criminal_provisions" => &mut self.criminal_provisions,
            _ => return false,
        };
        *slot = on;
        true
    }
}

/// A region profile.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// provinsi, kabupaten, kota or desa.
    pub level: ProfileLevel,
    /// The region's name with its kind: `Kabupaten Jember`, `Desa Sukamaju`.
    pub name: String,
    /// The province (`Jawa Timur`).
    pub province: String,
    /// The head of region's title (`Bupati`, `Wali Kota`, `Gubernur`, `Kepala Desa`).
    pub head_title: String,
    /// The enacting line (`BUPATI JEMBER,`).
    pub enacting_line: String,
    /// Notes on the enacting line.
    #[serde(default)]
    pub enacting_line_note: Option<String>,
    /// For a desa: its kabupaten or kota (`Kabupaten Jember`).
    #[serde(default)]
    pub kabupaten: Option<String>,
    /// For a desa: the head of that kabupaten (`Bupati Jember`).
    #[serde(default)]
    pub kabupaten_head: Option<String>,
    /// For a desa: the name of the kepala desa, for the signature block.
    #[serde(default)]
    pub kepala_desa: Option<String>,
    /// For a desa: the name of the sekretaris desa, for the promulgation block.
    #[serde(default)]
    pub sekretaris_desa: Option<String>,
    /// The law(s) forming the region, as Mengingat items (not used in a Peraturan Desa).
    #[serde(default)]
    pub formation_law: Vec<Citation>,
    /// A note telling the drafter to confirm the formation law (it may have been replaced).
    #[serde(default)]
    pub confirm: Option<String>,
    /// The gazette (`Lembaran Daerah Kabupaten Jember`).
    pub gazette_name: String,
    /// Notes on the gazette name.
    #[serde(default)]
    pub gazette_name_note: Option<String>,
    /// The regulation's year; absent in a RANCANGAN (`...`).
    #[serde(default)]
    pub year: Option<u32>,
    /// The regulation's number; absent in a RANCANGAN (`...`).
    #[serde(default)]
    pub number: Option<u32>,
    /// Whether this is a draft (RANCANGAN); true by default.
    #[serde(default = "yes")]
    pub draft: bool,
    /// The date the draft is judged at (`YYYY-MM-DD`); decides the sanction regime.
    #[serde(default)]
    pub as_of: Option<String>,
    /// Free notes (e.g. that the profile is illustrative).
    #[serde(default)]
    pub notes: Option<String>,
    /// Optional chapters.
    #[serde(default)]
    pub options: Options,
}

fn yes() -> bool {
    true
}

/// Reads the line of a top-level or nested key in YAML text (1-based), for errors found
/// after parsing.
fn line_of(yaml: &str, key: &str) -> usize {
    let needle = format!("{key}:");
    yaml.lines()
        .position(|l| l.trim_start().starts_with(&needle))
        .map_or(1, |i| i + 1)
}

impl Profile {
    /// Reads a profile; errors name the file, line and field.
    pub fn from_yaml(name: &str, yaml: &str) -> Result<Profile, perda_law::Error> {
        let p: Profile = serde_saphyr::from_str(yaml).map_err(|e| yaml_error(name, &e))?;
        p.validate(name, yaml)?;
        Ok(p)
    }

    /// Reads a profile file.
    pub fn load(path: &std::path::Path) -> Result<Profile, perda_law::Error> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| perda_law::Error::Io {
            name: name.clone(),
            source,
        })?;
        Profile::from_yaml(&name, &text)
    }

    fn validate(&self, name: &str, yaml: &str) -> Result<(), perda_law::Error> {
        let err = |field: &str, message: String| perda_law::Error::Yaml {
            name: name.to_string(),
            line: line_of(yaml, field),
            column: 1,
            message: format!("field `{field}`: {message}"),
        };
        if self.level == ProfileLevel::Desa {
            if self.options.criminal_provisions {
                return Err(err(
                    "criminal_provisions",
                    "a Peraturan Desa cannot contain criminal provisions (ketentuan pidana); \
                     set it to false"
                        .into(),
                ));
            }
            if self.kabupaten.is_none() {
                return Err(err(
                    "level",
                    "a desa profile needs `kabupaten` (its kabupaten or kota)".into(),
                ));
            }
        } else if self.formation_law.is_empty() {
            return Err(err(
                "formation_law",
                "a Perda needs the region's formation law (at least one citation)".into(),
            ));
        }
        let prefix = match self.level {
            ProfileLevel::Provinsi => "Provinsi ",
            ProfileLevel::Kabupaten => "Kabupaten ",
            ProfileLevel::Kota => "Kota ",
            ProfileLevel::Desa => "Desa ",
        };
        if !self.name.starts_with(prefix) || self.name.len() <= prefix.len() {
            return Err(err(
                "name",
                format!("the name must start with `{prefix}` to match the level"),
            ));
        }
        if let Some(d) = &self.as_of
            && parse_date(d).is_none()
        {
            return Err(err("as_of", format!("`{d}` is not a date (YYYY-MM-DD)")));
        }
        Ok(())
    }

    /// The name without its kind: `Jember`.
    pub fn short_name(&self) -> &str {
        self.name
            .split_once(' ')
            .map_or(self.name.as_str(), |(_, rest)| rest)
    }

    /// The as-of date, if given.
    pub fn as_of_date(&self) -> Option<Date> {
        self.as_of.as_deref().and_then(parse_date)
    }
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<Date> {
    let mut it = s.trim().splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    Date::new(y, m, d)
}

fn yaml_error(name: &str, e: &serde_saphyr::Error) -> perda_law::Error {
    let (line, column) = e.location().map_or((0, 0), |l| {
        (
            usize::try_from(l.line()).unwrap_or(0),
            usize::try_from(l.column()).unwrap_or(0),
        )
    });
    let message = e.to_string();
    let mut message = message.lines().next().unwrap_or("invalid YAML").trim();
    message = message.strip_prefix("error: ").unwrap_or(message);
    if let Some(rest) = message.strip_prefix("line ")
        && let Some((_, after)) = rest.split_once(": ")
    {
        message = after;
    }
    perda_law::Error::Yaml {
        name: name.to_string(),
        line: line.max(1),
        column: column.max(1),
        message: message.to_string(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    const BASE: &str = "level: desa\nname: Desa Sukamaju\nprovince: Jawa Timur\n\
        head_title: Kepala Desa\nenacting_line: \"KEPALA DESA SUKAMAJU,\"\n\
        kabupaten: Kabupaten Jember\ngazette_name: Lembaran Desa Sukamaju\n";

    #[test]
    fn desa_with_criminal_provisions_names_file_line_and_field() {
        let yaml = format!("{BASE}options:\n  criminal_provisions: true\n");
        let e = Profile::from_yaml("p.yaml", &yaml).unwrap_err().to_string();
        assert!(e.starts_with("p.yaml:9:"), "{e}");
        assert!(e.contains("criminal_provisions"), "{e}");
    }

    #[test]
    fn unknown_field_and_wrong_level_name_file_line_and_field() {
        let yaml = format!("{BASE}options:\n  ltsa: true\n  beasiswa: true\n");
        let e = Profile::from_yaml("p.yaml", &yaml).unwrap_err().to_string();
        assert!(e.starts_with("p.yaml:10:"), "{e}");
        assert!(e.contains("beasiswa"), "{e}");
        let yaml = BASE.replace("level: desa", "level: negara");
        let e = Profile::from_yaml("p.yaml", &yaml).unwrap_err().to_string();
        assert!(e.starts_with("p.yaml:1:"), "{e}");
        assert!(e.contains("negara"), "{e}");
    }

    #[test]
    fn a_good_desa_profile_loads() {
        let p = Profile::from_yaml("p.yaml", BASE).unwrap();
        assert_eq!(p.short_name(), "Sukamaju");
        assert!(p.draft);
    }
}
