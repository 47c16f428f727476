//! The generator: renders a draft (Markdown) from a [`Profile`] and the tera templates.
//!
//! Templates are embedded with `include_str!` (so the binary works anywhere); another copy
//! can be loaded from a folder. A template error (syntax, unknown variable, missing include)
//! fails the whole render with the template file and line: there is never a half-rendered
//! draft.
//!
//! Numbering is done after rendering ("render, then renumber"): templates write markers that
//! this module replaces in one pass over the text, so options can add or remove Pasal and
//! every cross-reference still follows.
//!
//! - `Pasal [[#key]]` or `Pasal [[#key:uu-18-2017/41/b,uu-18-2017/41/c]]` defines the next
//!   Pasal number under `key` (with the obligation ids it implements, for the trace). Only
//!   the batang tubuh defines; definitions are numbered in order of appearance.
//! - `[[key]]` is replaced by the number of the Pasal defined as `key` (anywhere: body,
//!   Penjelasan).
//! - `[[n]]` is the next item number (`1.`, `2.`) within the current Pasal (definitions).
//! - `[[bab]]` is the next BAB number (Roman); `[[bagian]]` the next Bagian ordinal
//!   (Kesatu, Kedua, ...) within the current BAB.
//!
//! An undefined or doubly defined key, or a marker left over, is an error.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::profile::{Profile, ProfileLevel};

/// The template files, as embedded. Names are paths relative to `templates/`.
pub const TEMPLATES: [(&str, &str); 8] = [
    (
        "perda-kabupaten-kota.md.tera",
        include_str!("../../../templates/perda-kabupaten-kota.md.tera"),
    ),
    (
        "perda-provinsi.md.tera",
        include_str!("../../../templates/perda-provinsi.md.tera"),
    ),
    (
        "perdes.md.tera",
        include_str!("../../../templates/perdes.md.tera"),
    ),
    (
        "partials/opening.md.tera",
        include_str!("../../../templates/partials/opening.md.tera"),
    ),
    (
        "partials/penutup.md.tera",
        include_str!("../../../templates/partials/penutup.md.tera"),
    ),
    (
        "partials/options-kabupaten-kota.md.tera",
        include_str!("../../../templates/partials/options-kabupaten-kota.md.tera"),
    ),
    (
        "partials/options-provinsi.md.tera",
        include_str!("../../../templates/partials/options-provinsi.md.tera"),
    ),
    (
        "partials/pidana.md.tera",
        include_str!("../../../templates/partials/pidana.md.tera"),
    ),
];

/// The national laws data (citations with their verification notes), embedded.
pub const NATIONAL_LAWS: &str = include_str!("../../../data/national-laws.yaml");

/// Why a draft could not be rendered.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// A template is wrong (syntax, unknown variable, missing include).
    #[error("{file}:{line}: template error: {message}")]
    Template {
        /// Template file (relative to the templates folder).
        file: String,
        /// 1-based line (0 when unknown).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The numbering markers of the rendered text are inconsistent (a template bug).
    #[error("{template}: numbering: {message}")]
    Numbering {
        /// The main template.
        template: String,
        /// What is wrong.
        message: String,
    },
    /// Reading the corpus or the data failed.
    #[error(transparent)]
    Law(#[from] perda_law::Error),
}

/// Largest template file read from `--templates DIR`, in bytes.
pub const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// A loaded set of templates.
pub struct Templates {
    tera: tera::Tera,
}

fn template_error(e: &tera::Error, fallback: &str) -> RenderError {
    match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
            RenderError::Template {
                file: if r.filename().is_empty() {
                    fallback.to_string()
                } else {
                    r.filename().to_string()
                },
                line: r.span().start_line,
                message: r.message().to_string(),
            }
        }
        _ => {
            let mut message = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                message.push_str(": ");
                message.push_str(&s.to_string());
                source = s.source();
            }
            // Reports of several errors point at their places as ` --> file:line:column`.
            let place = message.split_once("--> ").and_then(|(_, rest)| {
                let mut parts = rest.split(':');
                let file = parts.next()?.trim().to_string();
                let line = parts.next()?.trim().parse().ok()?;
                Some((file, line))
            });
            let (file, line) = place.unwrap_or_else(|| (fallback.to_string(), 0));
            RenderError::Template {
                file,
                line,
                message,
            }
        }
    }
}

impl Templates {
    /// The embedded templates.
    pub fn embedded() -> Result<Templates, RenderError> {
        Templates::from_sources(
            TEMPLATES
                .iter()
                .map(|(n, t)| ((*n).to_string(), (*t).to_string())),
        )
    }

    /// The same template files read from `dir` (a copy of `templates/`).
    pub fn from_dir(dir: &Path) -> Result<Templates, RenderError> {
        use std::io::Read;
        let io = |path: &Path, source| perda_law::Error::Io {
            name: path.display().to_string(),
            source,
        };
        let root = std::fs::canonicalize(dir).map_err(|e| io(dir, e))?;
        let mut sources = Vec::new();
        for (name, _) in TEMPLATES {
            let path = dir.join(name);
            // A template is a regular file inside the folder: a symlink that leads out of
            // it (`/etc/passwd`) or to a device (`/dev/zero`) is refused, and the read is
            // bounded whatever the file is.
            let real = std::fs::canonicalize(&path).map_err(|e| io(&path, e))?;
            let refuse = |why: &str| {
                io(
                    &path,
                    std::io::Error::other(format!(
                        "{why}; templates are read only from inside {}",
                        dir.display()
                    )),
                )
            };
            if !real.starts_with(&root) {
                return Err(refuse("leads outside the templates folder").into());
            }
            if !std::fs::metadata(&real)
                .map_err(|e| io(&path, e))?
                .is_file()
            {
                return Err(refuse("not a regular file").into());
            }
            let mut bytes = Vec::new();
            std::fs::File::open(&real)
                .and_then(|f| f.take(MAX_TEMPLATE_BYTES + 1).read_to_end(&mut bytes))
                .map_err(|e| io(&path, e))?;
            if bytes.len() as u64 > MAX_TEMPLATE_BYTES {
                return Err(perda_law::Error::TooLarge {
                    name: path.display().to_string(),
                    size: bytes.len(),
                    limit: MAX_TEMPLATE_BYTES as usize,
                }
                .into());
            }
            let text = String::from_utf8(bytes).map_err(|_| refuse("not UTF-8 text"))?;
            sources.push((name.to_string(), text));
        }
        Templates::from_sources(sources.into_iter())
    }

    fn from_sources(
        sources: impl Iterator<Item = (String, String)>,
    ) -> Result<Templates, RenderError> {
        let mut tera = tera::Tera::new();
        let sources: Vec<(String, String)> = sources.collect();
        let first = sources.first().map(|(n, _)| n.clone()).unwrap_or_default();
        // All at once: includes between templates resolve only within one batch.
        tera.add_raw_templates(sources)
            .map_err(|e| template_error(&e, &first))?;
        Ok(Templates { tera })
    }
}

/// One generated Pasal in the trace.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct TraceArticle {
    /// Its number in the draft.
    pub pasal: u32,
    /// The template's key for it.
    pub key: String,
    /// The obligation ids it implements.
    pub obligations: Vec<String>,
}

/// What the generator did: which Pasal implements which obligation, and the warnings.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Trace {
    /// The region.
    pub region: String,
    /// The level.
    pub level: ProfileLevel,
    /// The main template used.
    pub template: String,
    /// Every generated Pasal.
    pub articles: Vec<TraceArticle>,
    /// Things the drafter must confirm (printed on stderr too).
    pub warnings: Vec<String>,
}

/// A rendered draft.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The Markdown text.
    pub markdown: String,
    /// The trace.
    pub trace: Trace,
}

#[derive(Deserialize)]
struct Laws {
    laws: Vec<Law>,
}

#[derive(Deserialize)]
struct Law {
    id: String,
    #[serde(default)]
    citation: Option<String>,
}

/// The national laws, read once.
fn laws() -> Result<&'static [Law], RenderError> {
    static LAWS: std::sync::OnceLock<Result<Vec<Law>, String>> = std::sync::OnceLock::new();
    LAWS.get_or_init(|| {
        serde_saphyr::from_str::<Laws>(NATIONAL_LAWS)
            .map(|l| l.laws)
            .map_err(|e| e.to_string())
    })
    .as_deref()
    .map_err(|message| {
        RenderError::Law(perda_law::Error::Yaml {
            name: "data/national-laws.yaml".into(),
            line: 1,
            column: 1,
            message: message.clone(),
        })
    })
}

fn national(id: &str) -> Result<String, RenderError> {
    laws()?
        .iter()
        .find(|l| l.id == id)
        .and_then(|l| l.citation.clone())
        .ok_or_else(|| {
            RenderError::Law(perda_law::Error::Yaml {
                name: "data/national-laws.yaml".into(),
                line: 1,
                column: 1,
                message: format!("no citation for `{id}`"),
            })
        })
}

/// The year in a citation (`... Nomor 12 Tahun 1950 ...`), for ordering.
fn citation_year(c: &str) -> u32 {
    c.split_once(" Tahun ")
        .and_then(|(_, rest)| rest.get(..4))
        .and_then(|y| y.parse().ok())
        .unwrap_or(0)
}

/// The Mengingat items, ordered by hierarchy (UUD, then UU) and year, each with its
/// closing semicolon; and warnings about them.
fn mengingat(profile: &Profile) -> Result<(Vec<String>, Vec<String>), RenderError> {
    let mut warnings = Vec::new();
    let mut items: Vec<(u8, u32, String)> = Vec::new();
    let uu_18 = format!(
        "{} sebagaimana telah diubah dengan {}",
        national("uu-18-2017")?,
        national("uu-6-2023")?
    );
    if profile.level == ProfileLevel::Desa {
        items.push((1, 2011, national("uu-12-2011-as-amended-current")?));
        items.push((1, 2014, national("uu-6-2014")?));
        items.push((1, 2017, uu_18));
        warnings.push(
            "Undang-Undang Nomor 6 Tahun 2014 tentang Desa telah diubah, terakhir dengan \
             Undang-Undang Nomor 3 Tahun 2024, yang nomor Lembaran Negara dan Tambahan \
             Lembaran Negaranya belum ditemukan dalam data; Mengingat angka 2 ditulis tanpa \
             perubahan itu: lengkapi setelah diperiksa."
                .to_string(),
        );
    } else {
        items.push((0, 1945, national("uud1945-pasal-18-ayat-6")?));
        for law in &profile.formation_law {
            let text = law.citation.trim().trim_end_matches([';', '.']).to_string();
            if !["Lembaran Negara", "Berita Negara", "Himpunan Peraturan"]
                .iter()
                .any(|g| text.contains(g))
            {
                warnings.push(format!(
                    "Dasar hukum pembentukan daerah dikutip tanpa nomor Lembaran Negara/Berita \
                     Negara karena data tidak memuatnya; lengkapi setelah diperiksa: {text}"
                ));
            }
            items.push((1, citation_year(&text), text));
        }
        items.push((1, 2011, national("uu-12-2011-as-amended-current")?));
        items.push((1, 2014, national("uu-23-2014-as-amended-current")?));
        items.push((1, 2017, uu_18));
    }
    if let Some(c) = &profile.confirm {
        warnings.push(format!(
            "Konfirmasi dasar hukum pembentukan daerah sebelum rancangan ini diajukan: {}",
            c.trim()
        ));
    }
    items.sort_by_key(|(rank, year, _)| (*rank, *year));
    // Every item ends with a semicolon, the last one too (the checker's DH-002).
    let list = items.into_iter().map(|(_, _, t)| format!("{t};")).collect();
    Ok((list, warnings))
}

/// UU 18/2017 Pasal 1 definitions, word for word from the embedded corpus, by number.
fn definitions() -> Result<BTreeMap<String, String>, RenderError> {
    static DEFS: std::sync::OnceLock<Result<BTreeMap<String, String>, String>> =
        std::sync::OnceLock::new();
    DEFS.get_or_init(|| read_definitions().map_err(|e| e.to_string()))
        .clone()
        .map_err(|message| {
            RenderError::Law(perda_law::Error::Yaml {
                name: "law-corpus/uu-18-2017.md".into(),
                line: 1,
                column: 1,
                message,
            })
        })
}

fn read_definitions() -> Result<BTreeMap<String, String>, RenderError> {
    let act = perda_law::corpus::uu_18_2017()?;
    fn find(nodes: &[perda_law::structure::Node]) -> Option<&perda_law::structure::Node> {
        nodes.iter().find_map(|n| {
            if n.kind == perda_law::structure::NodeKind::Article {
                (n.number == "1").then_some(n)
            } else {
                find(&n.children)
            }
        })
    }
    let mut out = BTreeMap::new();
    if let Some(pasal_1) = find(&act.body) {
        for item in &pasal_1.children {
            out.insert(item.number.clone(), item.text.trim().to_string());
        }
    }
    // The wording in force: Pasal 1 angka 9 and 16 as amended (UU 11/2020 Pasal 84,
    // re-enacted by UU 6/2023), which the Mengingat cites with the Act.
    out.extend(perda_law::corpus::uu_18_2017_amended_definitions());
    Ok(out)
}

fn ordinal(n: u32) -> String {
    const UNITS: [&str; 10] = [
        "",
        "Kesatu",
        "Kedua",
        "Ketiga",
        "Keempat",
        "Kelima",
        "Keenam",
        "Ketujuh",
        "Kedelapan",
        "Kesembilan",
    ];
    let idx = usize::try_from(n).unwrap_or(0);
    match UNITS.get(idx) {
        Some(u) if !u.is_empty() => (*u).to_string(),
        _ => format!("Ke-{n}"),
    }
}

/// Replaces the numbering markers (see the module documentation).
fn renumber(text: &str, template: &str) -> Result<(String, Vec<TraceArticle>), RenderError> {
    let bad = |message: String| RenderError::Numbering {
        template: template.to_string(),
        message,
    };
    // Pass 1: definitions, BAB and Bagian, in order.
    let mut numbers: BTreeMap<String, u32> = BTreeMap::new();
    let mut articles = Vec::new();
    let mut out = String::with_capacity(text.len());
    let (mut bab, mut bagian, mut pasal, mut item) = (0u32, 0u32, 0u32, 0u32);
    let mut rest = text;
    while let Some(start) = rest.find("[[") {
        let (before, after) = rest.split_at(start);
        out.push_str(before);
        let Some(end) = after.find("]]") else {
            return Err(bad("a `[[` marker is not closed".into()));
        };
        let inner = after.get(2..end).unwrap_or_default();
        let tail = after.get(end + 2..).unwrap_or_default();
        if inner == "bab" {
            bab += 1;
            bagian = 0;
            out.push_str(&perda_law::grammar::to_roman(bab));
        } else if inner == "bagian" {
            bagian += 1;
            out.push_str(&ordinal(bagian));
        } else if inner == "n" {
            item += 1;
            out.push_str(&item.to_string());
        } else if let Some(def) = inner.strip_prefix('#') {
            let (key, ids) = def.split_once(':').unwrap_or((def, ""));
            pasal += 1;
            item = 0;
            if numbers.insert(key.to_string(), pasal).is_some() {
                return Err(bad(format!("Pasal `{key}` is defined twice")));
            }
            articles.push(TraceArticle {
                pasal,
                key: key.to_string(),
                obligations: ids
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
            });
            out.push_str(&pasal.to_string());
        } else {
            // A reference: keep for pass 2.
            out.push_str("[[");
            out.push_str(inner);
            out.push_str("]]");
        }
        rest = tail;
    }
    out.push_str(rest);
    // Pass 2: references.
    let mut done = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(start) = rest.find("[[") {
        let (before, after) = rest.split_at(start);
        done.push_str(before);
        let end = after.find("]]").unwrap_or(after.len());
        let key = after.get(2..end).unwrap_or_default();
        let n = numbers
            .get(key)
            .ok_or_else(|| bad(format!("reference to undefined Pasal `{key}`")))?;
        done.push_str(&n.to_string());
        rest = after.get(end + 2..).unwrap_or_default();
    }
    done.push_str(rest);
    Ok((done, articles))
}

/// `a`, `a dan b`, `a, b, dan c`: a list joined as Indonesian drafting joins it.
fn join_indonesian(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first, second] => format!("{first} dan {second}"),
        [rest @ .., last] => format!("{}, dan {last}", rest.join(", ")),
    }
}

/// The main template for a level.
pub fn template_for(level: ProfileLevel) -> &'static str {
    match level {
        ProfileLevel::Provinsi => "perda-provinsi.md.tera",
        ProfileLevel::Kabupaten | ProfileLevel::Kota => "perda-kabupaten-kota.md.tera",
        ProfileLevel::Desa => "perdes.md.tera",
    }
}

/// Whether the sanction regime of the as-of date (today when the profile has none, as the
/// checker does for drafts) is B (from 2 January 2026: no kurungan, fines by category).
fn regime_b(profile: &Profile) -> bool {
    let date = profile
        .as_of_date()
        .unwrap_or_else(crate::check::date::Date::today);
    crate::check::date::Date::new(2026, 1, 2).is_some_and(|b| date >= b)
}

/// Renders the Markdown draft of `profile`.
///
/// # Examples
///
/// ```
/// use perda_draft::profile::Profile;
/// use perda_draft::render::{Templates, render};
///
/// let yaml = "level: kota\nname: Kota Bontang\nprovince: Kalimantan Timur\n\
///             head_title: Wali Kota\nenacting_line: \"WALI KOTA BONTANG,\"\n\
///             formation_law:\n  - citation: Undang-Undang Nomor 47 Tahun 1999\n\
///             gazette_name: Lembaran Daerah Kota Bontang\n";
/// let profile = Profile::from_yaml("bontang.yaml", yaml)?;
/// let draft = render(&profile, &Templates::embedded()?)?;
/// assert!(draft.markdown.contains("PERATURAN DAERAH KOTA BONTANG"));
/// // The trace: which Pasal regulates the database of migrant workers (Pasal 41 huruf b).
/// let database = draft
///     .trace
///     .articles
///     .iter()
///     .find(|a| a.obligations.iter().any(|o| o == "uu-18-2017/41/b"));
/// assert!(database.is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render(profile: &Profile, templates: &Templates) -> Result<Draft, RenderError> {
    let template = template_for(profile.level);
    let (mengingat, mut warnings) = mengingat(profile)?;
    let short = profile.short_name();
    let head = &profile.head_title;
    let head_full = format!("{head} {short}");
    let mut ctx = tera::Context::new();
    ctx.insert("p", profile);
    ctx.insert("o", &profile.options);
    ctx.insert("level", &profile.level);
    ctx.insert("region", &profile.name);
    ctx.insert("REGION", &profile.name.to_uppercase());
    ctx.insert("short", short);
    ctx.insert("seat", profile.seat());
    ctx.insert("SHORT", &short.to_uppercase());
    ctx.insert("head", head);
    ctx.insert("HEAD", &head.to_uppercase());
    ctx.insert("head_full", &head_full);
    ctx.insert("HEAD_FULL", &head_full.to_uppercase());
    ctx.insert("perkada", &format!("Peraturan {head}"));
    ctx.insert("keputusan", &format!("Keputusan {head}"));
    ctx.insert("province", &profile.province);
    let provinsi_gov = format!("Pemerintah Daerah Provinsi {}", profile.province);
    ctx.insert("provinsi_gov", &provinsi_gov);
    ctx.insert("kabupaten", &profile.kabupaten.clone().unwrap_or_default());
    ctx.insert(
        "kabupaten_head",
        &profile.kabupaten_head.clone().unwrap_or_default(),
    );
    ctx.insert(
        "nomor",
        &profile.number.map_or("...".to_string(), |n| n.to_string()),
    );
    ctx.insert(
        "tahun",
        &profile.year.map_or("...".to_string(), |n| n.to_string()),
    );
    ctx.insert("mengingat", &mengingat);
    let letters: Vec<String> = ('a'..='z').map(String::from).collect();
    ctx.insert("huruf", &letters);
    let sociological = profile.sociological_grounds();
    ctx.insert("sociological", &sociological);
    // Menimbang: a (filosofis), the sociological ground(s), the juridical ground, the
    // closing point citing every letter before it.
    let juridical = 1 + sociological.len().max(1);
    let cited: Vec<String> = letters
        .iter()
        .take(juridical + 1)
        .map(|l| format!("huruf {l}"))
        .collect();
    ctx.insert("menimbang_yuridis", &letters.get(juridical));
    ctx.insert("menimbang_penutup", &letters.get(juridical + 1));
    ctx.insert("menimbang_acuan", &join_indonesian(&cited));
    ctx.insert("regime_b", &regime_b(profile));
    ctx.insert("def", &definitions()?);
    let rendered = templates
        .tera
        .render(template, &ctx)
        .map_err(|e| template_error(&e, template))?;
    let (markdown, articles) = renumber(&rendered, template)?;
    let mut markdown = markdown.trim().to_string();
    markdown.push('\n');
    // Collapse runs of blank lines left by conditional blocks.
    while markdown.contains("\n\n\n") {
        markdown = markdown.replace("\n\n\n", "\n\n");
    }
    if profile.options.criminal_provisions && profile.as_of.is_none() {
        warnings.push(
            "Ketentuan pidana dirumuskan menurut rezim pemidanaan tanggal hari ini karena \
             profil tidak memuat as_of; tetapkan as_of agar ancaman pidana sesuai dengan \
             tanggal penetapan."
                .to_string(),
        );
    }
    Ok(Draft {
        markdown,
        trace: Trace {
            region: profile.name.clone(),
            level: profile.level,
            template: template.to_string(),
            articles,
            warnings,
        },
    })
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;

    #[test]
    fn renumbering_follows_definitions_and_references() {
        let t = "BAB [[bab]]\n\nBagian [[bagian]]\n\nPasal [[#a:x/1]]\n\nlihat Pasal [[b]]\n\n\
                 BAB [[bab]]\n\nBagian [[bagian]]\n\nPasal [[#b]]\n\nPasal [[a]]\n";
        let (out, arts) = renumber(t, "t").unwrap();
        assert_eq!(
            out,
            "BAB I\n\nBagian Kesatu\n\nPasal 1\n\nlihat Pasal 2\n\nBAB II\n\nBagian Kesatu\n\n\
             Pasal 2\n\nPasal 1\n"
        );
        assert_eq!(arts[0].obligations, vec!["x/1".to_string()]);
        assert!(renumber("Pasal [[nope]]", "t").is_err());
        assert!(renumber("Pasal [[#a]] Pasal [[#a]]", "t").is_err());
    }

    #[test]
    fn definitions_come_from_the_corpus() {
        let d = definitions().unwrap();
        assert!(d["2"].starts_with("Pekerja Migran Indonesia adalah setiap warga negara"));
    }

    #[test]
    fn a_template_error_names_the_file_and_line() {
        let mut sources: Vec<(String, String)> = TEMPLATES
            .iter()
            .map(|(n, t)| ((*n).to_string(), (*t).to_string()))
            .collect();
        sources[2].1 = "line one\n{{ no_such_variable }}\n".into();
        let t = Templates::from_sources(sources.into_iter()).unwrap();
        let p = crate::profile::Profile::from_yaml(
            "p.yaml",
            "level: desa\nname: Desa X\nprovince: Jawa Timur\nhead_title: Kepala Desa\n\
             enacting_line: \"KEPALA DESA X,\"\nkabupaten: Kabupaten Jember\n\
             gazette_name: Lembaran Desa X\n",
        )
        .unwrap();
        let e = render(&p, &t).unwrap_err().to_string();
        assert!(e.starts_with("perdes.md.tera:2:"), "{e}");
        let mut bad: Vec<(String, String)> = TEMPLATES
            .iter()
            .map(|(n, t)| ((*n).to_string(), (*t).to_string()))
            .collect();
        bad[0].1 = "ok\n{% if %}\n".into();
        let e = Templates::from_sources(bad.into_iter())
            .err()
            .unwrap()
            .to_string();
        assert!(e.starts_with("perda-kabupaten-kota.md.tera:2:"), "{e}");
    }
}

#[cfg(test)]
#[path = "render/tests.rs"]
mod roundtrip;
