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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The full Mengingat text, without trailing punctuation (the generator adds it).
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub citation: String,
    /// How it was verified (`two sources`, `one source`, `unverified`).
    #[serde(default)]
    pub verified: Option<String>,
    /// Provenance notes (kept from the shared data).
    #[serde(default)]
    pub note: Option<String>,
}

/// Options: which optional chapters the draft takes up. Funding and supervision are on by
/// default; the others are off.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, default)]
pub struct Options {
    /// One-stop service (LTSA), Pasal 38 ayat (2) and Pasal 41 huruf k / 40 huruf i.
    pub ltsa: bool,
    /// Scholarships for children of workers who left procedurally (the Jember policy).
    pub scholarship: bool,
    /// Village roles under Pasal 42: in a kabupaten/kota Perda the duties of the Pemerintah
    /// Desa and their guidance; in a provinsi Perda the province's facilitation of it.
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
    /// A chapter on funding (PENDANAAN: APBD, or APB Desa in a Peraturan Desa); on by default.
    pub funding: bool,
    /// A chapter on guidance and supervision (PEMBINAAN DAN PENGAWASAN; in a Peraturan Desa,
    /// reporting and supervision); on by default. When off, a Perda still states the
    /// mandated duties of UU 18/2017 Pasal 75 ayat (1) and Pasal 76 ayat (1) in one Pasal
    /// of the chapter on the regional government's duties.
    pub supervision: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            ltsa: false,
            scholarship: false,
            village_roles: false,
            task_force: false,
            reintegration: false,
            shelter: false,
            cooperation: false,
            participation: false,
            administrative_sanctions: false,
            criminal_provisions: false,
            funding: true,
            supervision: true,
        }
    }
}

impl Options {
    /// The option names, in the order of [`Options::set`].
    pub const NAMES: [&'static str; 12] = [
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
        "funding",
        "supervision",
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
            "funding" => &mut self.funding,
            "supervision" => &mut self.supervision,
            _ => return false,
        };
        *slot = on;
        true
    }

    /// The options the template of `level` reads; the others are ignored there.
    pub fn relevant(level: ProfileLevel) -> Vec<&'static str> {
        match level {
            ProfileLevel::Desa => vec!["task_force", "funding", "supervision"],
            _ => Options::NAMES.to_vec(),
        }
    }
}

/// The grounds (pokok pikiran) of the Menimbang that a profile may supply for its region.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = crate::schema::grounds_rules))]
#[serde(deny_unknown_fields)]
pub struct Grounds {
    /// The region's own sociological ground(s) (unsur sosiologis): each one konsiderans,
    /// one sentence starting with `bahwa`, stating facts about the region and written
    /// without the closing semicolon. They replace the generic sociological ground.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_SOCIOLOGICAL_GROUNDS)))]
    #[cfg_attr(
        feature = "schema",
        schemars(inner(regex(pattern = r"^\s*bahwa\s[^;]*[^;.,\s]\s*;*\s*$")))
    )]
    pub sociological: Vec<String>,
}

/// Largest profile file accepted, in bytes (a real one is a few KB).
pub const MAX_PROFILE_BYTES: u64 = 1024 * 1024;

/// The most sociological grounds a profile may give (the Menimbang stays readable and the
/// letters stay within `a.`-`g.`).
pub const MAX_SOCIOLOGICAL_GROUNDS: usize = 4;

/// A region profile.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = crate::schema::profile_rules))]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// provinsi, kabupaten, kota or desa.
    pub level: ProfileLevel,
    /// The region's name with its kind: `Kabupaten Jember`, `Desa Sukamaju`.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = "^(Provinsi|Kabupaten|Kota|Desa) .+"))
    )]
    pub name: String,
    /// The province (`Jawa Timur`).
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub province: String,
    /// The head of region's title (`Bupati`, `Wali Kota`, `Gubernur`, `Kepala Desa`).
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub head_title: String,
    /// The enacting line (`BUPATI JEMBER,`).
    #[cfg_attr(feature = "schema", schemars(regex(pattern = ",$")))]
    pub enacting_line: String,
    /// Notes on the enacting line.
    #[serde(default)]
    pub enacting_line_note: Option<String>,
    /// The seat of the government, written after "Ditetapkan di" and "Diundangkan di"
    /// (`Surabaya` for Provinsi Jawa Timur, `Larantuka` for Kabupaten Flores Timur).
    /// Required for a provinsi; for the others the region's own name when absent.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[^\s,;]([^\n,;]*[^\s,;])?$"))
    )]
    pub seat: Option<String>,
    /// Notes on the seat.
    #[serde(default)]
    pub seat_note: Option<String>,
    /// For a desa: its kabupaten or kota (`Kabupaten Jember`).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(regex(pattern = "^(Kabupaten|Kota) .+")))]
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
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub gazette_name: String,
    /// Notes on the gazette name.
    #[serde(default)]
    pub gazette_name_note: Option<String>,
    /// The regulation's year; absent in a RANCANGAN (`...`).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(range(min = 1945)))]
    pub year: Option<u32>,
    /// The regulation's number; absent in a RANCANGAN (`...`).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub number: Option<u32>,
    /// Whether this is a draft (RANCANGAN); true by default.
    #[serde(default = "yes")]
    pub draft: bool,
    /// The date the draft is judged at (`YYYY-MM-DD`); decides the sanction regime.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
    )]
    pub as_of: Option<String>,
    /// Free notes (e.g. that the profile is illustrative).
    #[serde(default)]
    pub notes: Option<String>,
    /// The region's own grounds for the Menimbang (the generic ones when absent).
    #[serde(default)]
    pub grounds: Option<Grounds>,
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
    ///
    /// # Examples
    ///
    /// A misspelt field is an error, not a silent default:
    ///
    /// ```
    /// use perda_draft::profile::Profile;
    ///
    /// let err = Profile::from_yaml("jember.yaml", "level: kabupaten\nnama: Kabupaten Jember\n")
    ///     .unwrap_err();
    /// assert!(err.to_string().starts_with("jember.yaml:2"), "{err}");
    /// ```
    pub fn from_yaml(name: &str, yaml: &str) -> Result<Profile, perda_law::Error> {
        let p: Profile =
            serde_saphyr::from_str(yaml).map_err(|e| perda_law::Error::from_yaml(name, 1, &e))?;
        p.validate(name, yaml)?;
        Ok(p)
    }

    /// Reads a profile file.
    ///
    /// # Examples
    ///
    /// ```
    /// // One of the example profiles of this repository (doc tests run in the crate's folder).
    /// let path = std::path::Path::new("../../examples/profiles/kabupaten-jember.yaml");
    /// let profile = perda_draft::profile::Profile::load(path)?;
    /// assert_eq!(profile.short_name(), "Jember");
    /// # Ok::<(), perda_law::Error>(())
    /// ```
    pub fn load(path: &std::path::Path) -> Result<Profile, perda_law::Error> {
        use std::io::Read;
        let name = path.display().to_string();
        let io = |source| perda_law::Error::Io {
            name: name.clone(),
            source,
        };
        // At most one byte past the limit, whatever the file is (`/dev/zero`, a FIFO).
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(MAX_PROFILE_BYTES + 1).read_to_end(&mut bytes))
            .map_err(io)?;
        if bytes.len() as u64 > MAX_PROFILE_BYTES {
            return Err(perda_law::Error::TooLarge {
                name,
                size: bytes.len(),
                limit: MAX_PROFILE_BYTES as usize,
            });
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            let upto = e
                .as_bytes()
                .get(..e.utf8_error().valid_up_to())
                .unwrap_or(&[]);
            perda_law::Error::InvalidUtf8 {
                name: name.clone(),
                line: upto.iter().filter(|&&b| b == b'\n').count() + 1,
            }
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
        }
        if let Some(seat) = &self.seat
            && (seat.trim().is_empty() || seat.trim() != seat || seat.contains(['\n', ',', ';']))
        {
            return Err(err(
                "seat",
                "one place name without surrounding spaces or punctuation (`Larantuka`)".into(),
            ));
        }
        if self.level == ProfileLevel::Provinsi && self.seat.is_none() {
            return Err(err(
                "level",
                "a provinsi profile needs `seat`, the capital where the Perda is enacted and \
                 promulgated (`Ditetapkan di Surabaya`)"
                    .into(),
            ));
        }
        if self.level != ProfileLevel::Desa && self.formation_law.is_empty() {
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
        if let Some(grounds) = &self.grounds {
            let given = &grounds.sociological;
            if given.is_empty() {
                return Err(err(
                    "sociological",
                    "give at least one sociological ground, or leave `grounds` out to use \
                     the generic one"
                        .into(),
                ));
            }
            if given.len() > MAX_SOCIOLOGICAL_GROUNDS {
                return Err(err(
                    "sociological",
                    format!(
                        "at most {MAX_SOCIOLOGICAL_GROUNDS} sociological grounds (one konsiderans \
                         each); {} given",
                        given.len()
                    ),
                ));
            }
            for (i, ground) in given.iter().enumerate() {
                if let Err(message) = check_ground(&normalise_ground(ground)) {
                    return Err(perda_law::Error::Yaml {
                        name: name.to_string(),
                        line: item_line(yaml, "sociological", i),
                        column: 1,
                        message: format!("field `sociological`, item {}: {message}", i + 1),
                    });
                }
            }
        }
        Ok(())
    }

    /// The region's sociological grounds for the Menimbang, each in one line without its
    /// closing semicolon; empty when the profile gives none (the template's generic
    /// ground is used).
    pub fn sociological_grounds(&self) -> Vec<String> {
        self.grounds
            .as_ref()
            .map(|g| g.sociological.iter().map(|s| normalise_ground(s)).collect())
            .unwrap_or_default()
    }

    /// The name without its kind: `Jember`.
    pub fn short_name(&self) -> &str {
        self.name
            .split_once(' ')
            .map_or(self.name.as_str(), |(_, rest)| rest)
    }

    /// Where the regulation is enacted and promulgated: the `seat`, or the region's own
    /// name.
    pub fn seat(&self) -> &str {
        self.seat.as_deref().unwrap_or_else(|| self.short_name())
    }

    /// The as-of date, if given.
    pub fn as_of_date(&self) -> Option<Date> {
        self.as_of.as_deref().and_then(parse_date)
    }
}

/// A ground as one line: whitespace runs (YAML folding) collapsed, the closing semicolon
/// removed (the template adds it).
fn normalise_ground(s: &str) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.trim_end_matches(';').trim_end().to_string()
}

/// Whether a ground can stand as one sociological konsiderans: it starts with `bahwa`, is
/// one sentence, and states facts rather than a legal basis (a cited regulation or Pasal
/// makes it a juridical ground, which comes after the sociological ones).
fn check_ground(g: &str) -> Result<(), String> {
    if !g.starts_with("bahwa ") {
        return Err("a konsiderans starts with `bahwa` in lower case".into());
    }
    if g.ends_with('.') || g.ends_with(',') {
        return Err(
            "write it without closing punctuation (the generator adds the semicolon)".into(),
        );
    }
    if g.contains(';') {
        return Err("one konsiderans per item: split it at the semicolon".into());
    }
    let chars: Vec<char> = g.chars().collect();
    if chars
        .windows(3)
        .any(|w| matches!(w, ['.', ' ', c] if c.is_uppercase()))
    {
        return Err("a konsiderans is one sentence".into());
    }
    let lower = g.to_lowercase();
    let cites = |word: &str| {
        lower.match_indices(word).any(|(i, m)| {
            lower
                .get(i + m.len()..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| c.is_ascii_digit())
        })
    };
    if cites("nomor ")
        || cites("pasal ")
        || [
            "tidak sesuai lagi",
            "perlu diganti",
            "untuk melaksanakan ketentuan",
        ]
        .iter()
        .any(|p| lower.contains(p))
    {
        return Err(
            "a sociological ground states facts about the region; a regulation or \
                    Pasal it cites makes it a juridical ground (UU 18/2017 is already cited \
                    in the juridical ground)"
                .into(),
        );
    }
    Ok(())
}

/// The line of the `index`-th item of the block list under `key` (1-based); the key's
/// line when the items cannot be told apart (flow style).
fn item_line(yaml: &str, key: &str, index: usize) -> usize {
    let start = line_of(yaml, key);
    let lines: Vec<&str> = yaml.lines().collect();
    let Some(key_line) = lines.get(start.saturating_sub(1)) else {
        return start;
    };
    let indent = key_line.len() - key_line.trim_start().len();
    let mut seen = 0;
    for (i, line) in lines.iter().enumerate().skip(start) {
        let t = line.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let ind = line.len() - t.len();
        if ind < indent || (ind == indent && !t.starts_with("- ")) {
            break;
        }
        if t.starts_with("- ") || t == "-" {
            if seen == index {
                return i + 1;
            }
            seen += 1;
        }
    }
    start
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<Date> {
    let mut it = s.trim().splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    Date::new(y, m, d)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    const BASE: &str = "level: desa\nname: Desa Sukamaju\nprovince: Jawa Timur\n\
        head_title: Kepala Desa\nenacting_line: \"KEPALA DESA SUKAMAJU,\"\n\
        kabupaten: Kabupaten Jember\ngazette_name: Lembaran Desa Sukamaju\n";

    #[test]
    fn the_seat_is_the_region_unless_given_and_a_provinsi_must_give_it() {
        let p = Profile::from_yaml("p.yaml", BASE).unwrap();
        assert_eq!(p.seat(), "Sukamaju");
        let p = Profile::from_yaml("p.yaml", &format!("{BASE}seat: Wuluhan\n")).unwrap();
        assert_eq!(p.seat(), "Wuluhan");
        let e = Profile::from_yaml("p.yaml", &format!("{BASE}seat: \"Wuluhan,\"\n"))
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("p.yaml:8:1: field `seat`"), "{e}");
        let provinsi = "level: provinsi\nname: Provinsi Jawa Timur\nprovince: Jawa Timur\n\
            head_title: Gubernur\nenacting_line: \"GUBERNUR JAWA TIMUR,\"\n\
            formation_law:\n  - citation: \"Undang-Undang Nomor 2 Tahun 1950\"\n\
            gazette_name: Lembaran Daerah Provinsi Jawa Timur\n";
        let e = Profile::from_yaml("p.yaml", provinsi)
            .unwrap_err()
            .to_string();
        assert!(e.contains("needs `seat`"), "{e}");
        let p = Profile::from_yaml("p.yaml", &format!("{provinsi}seat: Surabaya\n")).unwrap();
        assert_eq!(p.seat(), "Surabaya");
    }

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
        assert!(p.sociological_grounds().is_empty());
    }

    #[test]
    fn funding_and_supervision_are_on_unless_turned_off() {
        let p = Profile::from_yaml("p.yaml", BASE).unwrap();
        assert!(p.options.funding && p.options.supervision);
        assert!(!p.options.ltsa && !p.options.criminal_provisions);
        let yaml = format!("{BASE}options:\n  task_force: true\n  supervision: false\n");
        let p = Profile::from_yaml("p.yaml", &yaml).unwrap();
        assert!(p.options.funding && !p.options.supervision && p.options.task_force);
        let mut o = Options::default();
        for name in Options::NAMES {
            assert!(o.set(name, false), "{name}");
        }
        assert!(!o.funding && !o.supervision);
        assert!(!o.set("pendanaan", true));
    }

    #[test]
    fn sociological_grounds_are_read_as_one_line_each() {
        let yaml = format!(
            "{BASE}grounds:\n  sociological:\n    - >-\n      bahwa sebagian warga Desa\n      \
             bekerja di luar negeri;\n    - bahwa kedua\n"
        );
        let p = Profile::from_yaml("p.yaml", &yaml).unwrap();
        assert_eq!(
            p.sociological_grounds(),
            vec![
                "bahwa sebagian warga Desa bekerja di luar negeri".to_string(),
                "bahwa kedua".to_string()
            ]
        );
    }

    #[test]
    fn bad_sociological_grounds_name_file_line_and_item() {
        let cases = [
            ("    - Bahwa warga bekerja\n", 10, "`bahwa`"),
            (
                "    - bahwa satu\n    - bahwa dua. Tiga\n",
                11,
                "one sentence",
            ),
            (
                "    - bahwa satu\n    - bahwa Pasal 41 huruf b mewajibkan\n",
                11,
                "juridical",
            ),
            ("    - bahwa warga bekerja.\n", 10, "punctuation"),
            ("    - bahwa satu; bahwa dua\n", 10, "one konsiderans"),
        ];
        for (items, line, needle) in cases {
            let yaml = format!("{BASE}grounds:\n  sociological:\n{items}");
            let e = Profile::from_yaml("p.yaml", &yaml).unwrap_err().to_string();
            assert!(e.starts_with(&format!("p.yaml:{line}:")), "{e}");
            assert!(e.contains("sociological") && e.contains(needle), "{e}");
        }
        let yaml = format!("{BASE}grounds:\n  sociological: []\n");
        let e = Profile::from_yaml("p.yaml", &yaml).unwrap_err().to_string();
        assert!(
            e.starts_with("p.yaml:9:") && e.contains("at least one"),
            "{e}"
        );
        let five = "    - bahwa a\n".repeat(5);
        let yaml = format!("{BASE}grounds:\n  sociological:\n{five}");
        let e = Profile::from_yaml("p.yaml", &yaml).unwrap_err().to_string();
        assert!(e.contains("at most 4"), "{e}");
        let yaml = format!("{BASE}grounds:\n  philosophical: [bahwa x]\n");
        let e = Profile::from_yaml("p.yaml", &yaml).unwrap_err().to_string();
        assert!(
            e.starts_with("p.yaml:9:") && e.contains("philosophical"),
            "{e}"
        );
    }
}
