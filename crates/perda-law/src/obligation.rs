//! Obligations: the duties, permissions and prohibitions a statute puts on regional
//! governments, one per finest enumerated unit, each cited to its Pasal/ayat/huruf.
//!
//! Extraction reads the act: a provision whose subject is a regional actor (Pemerintah
//! Daerah provinsi, kabupaten/kota, Pemerintah Desa, "Pemerintah Pusat dan Pemerintah
//! Daerah") and whose predicate states a duty (`wajib`, `memiliki tugas dan tanggung
//! jawab`, a plain verb, `dilakukan oleh`), a permission (`dapat`) or a prohibition
//! (`dilarang`, `tidak dapat dibebani`) yields one obligation per point. A reviewed overlay
//! ([`Overlay`]) confirms each, adds what the text alone does not say (phrases that show
//! coverage, notes), and records reasoned additions, overrides and exclusions. The
//! catalogue's text always comes from the act, so it cannot drift from the statute.

use serde::{Deserialize, Serialize};

use crate::citation::resolve_id;
use crate::error::Error;
use crate::structure::{Act, Level, Node, NodeKind};

/// Duty, permission or prohibition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Modality {
    /// Mandated: a regional regulation of the level must regulate it.
    Duty,
    /// Permitted (`dapat`): an option.
    May,
    /// Prohibited: regional rules must respect it.
    MustNot,
}

impl Modality {
    /// `duty`, `may` or `must-not`.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Duty => "duty",
            Modality::May => "may",
            Modality::MustNot => "must-not",
        }
    }
}

/// An obligation of the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Obligation {
    /// Stable id: `uu-18-2017/41/b`.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9-]+(/[0-9A-Za-z]+)+$"))
    )]
    pub id: String,
    /// Citation for people: `Pasal 41 huruf b UU 18/2017`.
    pub cite: String,
    /// Who bears it (`pemerintah-daerah-kabupaten-kota`).
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[a-z]+(-[a-z]+)*$")))]
    pub actor: String,
    /// Duty, permission or prohibition.
    pub modality: Modality,
    /// Levels it applies to.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub levels: Vec<Level>,
    /// The statute's words for the unit (the point's own text).
    pub text: String,
    /// The lead-in that the unit completes (`Pemerintah Daerah kabupaten/kota memiliki
    /// tugas dan tanggung jawab:`), when the unit is a point.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub lead_in: Option<String>,
    /// Theme shared by the same duty across levels.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub topic: Option<String>,
    /// Phrases that show a draft regulates it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<String>,
    /// Reviewer's note.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub note: Option<String>,
    /// Line of the unit in the corpus file.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub line: u32,
}

/// An obligation as extraction finds it, before review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Extracted {
    /// Stable id.
    pub id: String,
    /// Actor id.
    pub actor: String,
    /// Modality.
    pub modality: Modality,
    /// Levels.
    pub levels: Vec<Level>,
}

/// The reviewed overlay file (`law-corpus/uu-18-2017.obligations.yaml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    /// The act's id.
    pub act: String,
    /// Reviewed obligations, in statute order.
    pub obligations: Vec<OverlayEntry>,
    /// Units extraction finds that are not obligations to carry, with reasons.
    #[serde(default)]
    pub excluded: Vec<Exclusion>,
    /// Sets of words and phrases that regulations use for the same thing ("basis data",
    /// "pangkalan data", "database"); the checker treats the members of a set as one term.
    #[serde(default)]
    pub synonyms: Vec<SynonymSet>,
}

/// Words and phrases with the same meaning in regional regulations.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SynonymSet {
    /// A name for the set (`basis-data`).
    pub name: String,
    /// The members, lower case.
    pub words: Vec<String>,
    /// Why they are the same here.
    #[serde(default)]
    pub note: Option<String>,
}

/// One reviewed obligation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverlayEntry {
    /// Stable id.
    pub id: String,
    /// Citation for people.
    pub cite: String,
    /// Actor id.
    pub actor: String,
    /// Modality.
    pub modality: Modality,
    /// Levels.
    pub levels: Vec<Level>,
    /// Theme.
    #[serde(default)]
    pub topic: Option<String>,
    /// Coverage phrases.
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Reviewer's note.
    #[serde(default)]
    pub note: Option<String>,
    /// Why a unit that extraction does not find is an obligation.
    #[serde(default)]
    pub added: Option<String>,
    /// Why the reviewed actor, modality or levels differ from extraction's.
    #[serde(default, rename = "override")]
    pub override_reason: Option<String>,
}

/// A unit excluded from the catalogue.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exclusion {
    /// Stable id.
    pub id: String,
    /// Why it is not an obligation to carry.
    pub reason: String,
}

impl Overlay {
    /// Reads an overlay; errors name the file and line.
    pub fn from_yaml(name: &str, yaml: &str) -> Result<Overlay, Error> {
        serde_saphyr::from_str(yaml).map_err(|e| Error::from_yaml(name, 1, &e))
    }
}

/// Regional actors as the statute names them, longest first.
const ACTORS: [(&str, &str, &[Level]); 6] = [
    (
        "Pemerintah Pusat dan Pemerintah Daerah",
        "pemerintah-pusat-dan-pemerintah-daerah",
        &[Level::Provinsi, Level::Kabupaten, Level::Kota],
    ),
    (
        "Pemerintah Daerah provinsi",
        "pemerintah-daerah-provinsi",
        &[Level::Provinsi],
    ),
    (
        "Pemerintah Daerah kabupaten/kota",
        "pemerintah-daerah-kabupaten-kota",
        &[Level::Kabupaten, Level::Kota],
    ),
    ("Pemerintah Desa", "pemerintah-desa", &[Level::Desa]),
    (
        "Pemerintah Pusat bersama-sama dengan Pemerintah Daerah",
        "pemerintah-pusat-dan-pemerintah-daerah",
        &[Level::Provinsi, Level::Kabupaten, Level::Kota],
    ),
    (
        "Pemerintah Daerah",
        "pemerintah-daerah",
        &[Level::Provinsi, Level::Kabupaten, Level::Kota],
    ),
];

/// Finds the regional actor that is the subject (or, in a passive, the agent after `oleh`)
/// of a provision's sentence.
fn subject(text: &str) -> Option<(&'static str, Vec<Level>, bool)> {
    for (phrase, id, levels) in ACTORS {
        // Subject: the sentence starts with the actor (possibly after an adverbial
        // opening such as "Dalam memberikan ..., ").
        let starts = text.starts_with(phrase)
            || text
                .split_once(", ")
                .is_some_and(|(head, tail)| head.starts_with("Dalam ") && tail.starts_with(phrase));
        let passive = [" dilakukan oleh ", " dilaksanakan oleh "]
            .iter()
            .any(|p| text.contains(&format!("{p}{phrase}")));
        if starts || passive {
            return Some((id, levels.to_vec(), passive));
        }
    }
    None
}

/// The modality of a provision whose subject is `actor`.
fn modality_of(text: &str, actor_phrase_end: usize) -> Option<Modality> {
    let after = text.get(actor_phrase_end..).unwrap_or("");
    let words: Vec<&str> = after.split_whitespace().take(8).collect();
    if words.contains(&"dilarang") {
        return Some(Modality::MustNot);
    }
    // "Pemerintah Daerah ... dalam melaksanakan pengawasan ... dapat mengikutsertakan".
    if after
        .split(',')
        .next()
        .is_some_and(|clause| clause.split_whitespace().any(|w| w == "dapat"))
    {
        return Some(Modality::May);
    }
    if words.contains(&"wajib")
        || after.contains("memiliki tugas dan tanggung jawab")
        || after.contains("bertugas")
    {
        return Some(Modality::Duty);
    }
    // A plain active verb: "melakukan", "membentuk", "memberikan", "menyelenggarakan".
    let verb = words
        .iter()
        .skip_while(|w| {
            matches!(
                **w,
                "kabupaten/kota" | "provinsi" | "sesuai" | "dengan" | "kewenangannya"
            )
        })
        .find(|w| w.starts_with("me") || w.starts_with("mem") || w.starts_with("men"));
    verb.map(|_| Modality::Duty)
}

/// Extracts obligations from an act (statute).
pub fn extract(act: &Act, act_id: &str) -> Vec<Extracted> {
    let mut out = Vec::new();
    for article in act.articles() {
        let path = article.number.clone();
        if article.children.iter().any(|c| c.kind == NodeKind::Clause) {
            for clause in &article.children {
                if clause.kind == NodeKind::Clause {
                    unit(
                        act_id,
                        &format!("{path}/{}", clause.number),
                        clause,
                        &mut out,
                    );
                }
            }
        } else {
            unit(act_id, &path, article, &mut out);
        }
    }
    out
}

fn unit(act_id: &str, path: &str, node: &Node, out: &mut Vec<Extracted>) {
    let text = node.text.as_str();
    // The prohibition that protects the worker from any charge (Pasal 30).
    if text.contains("tidak dapat dibebani") {
        out.push(Extracted {
            id: format!("{act_id}/{path}"),
            actor: "setiap-orang".into(),
            modality: Modality::MustNot,
            levels: Level::ALL.to_vec(),
        });
        return;
    }
    let Some((actor, levels, passive)) = subject(text) else {
        return;
    };
    let modality = if passive {
        Some(Modality::Duty)
    } else {
        let phrase_end = ACTORS
            .iter()
            .find(|a| a.1 == actor && text.contains(a.0))
            .and_then(|a| text.find(a.0).map(|p| p + a.0.len()))
            .unwrap_or(0);
        modality_of(text, phrase_end)
    };
    let Some(modality) = modality else { return };
    let points: Vec<&Node> = node
        .children
        .iter()
        .filter(|c| c.kind == NodeKind::Point)
        .collect();
    if points.is_empty() {
        out.push(Extracted {
            id: format!("{act_id}/{path}"),
            actor: actor.into(),
            modality,
            levels,
        });
        return;
    }
    for p in points {
        let m = if p.text.starts_with("dapat ") {
            Modality::May
        } else {
            modality
        };
        out.push(Extracted {
            id: format!("{act_id}/{path}/{}", p.number),
            actor: actor.into(),
            modality: m,
            levels: levels.clone(),
        });
    }
}

/// A disagreement between extraction and the reviewed overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// Extraction found it; the overlay neither lists nor excludes it.
    Unreviewed(String),
    /// The overlay lists it as extracted (no `added` reason), extraction does not find it.
    NotExtracted(String),
    /// Actor, modality or levels differ and the overlay gives no `override` reason.
    Differs(String),
    /// The id names no unit of the act.
    Dangling(String),
}

/// Compares extraction with the overlay. An empty list means the reviewed catalogue and
/// the parser agree.
pub fn reconcile(act: &Act, overlay: &Overlay) -> Vec<Mismatch> {
    let extracted = extract(act, &overlay.act);
    let mut out = Vec::new();
    for e in &extracted {
        let listed = overlay.obligations.iter().find(|o| o.id == e.id);
        let excluded = overlay.excluded.iter().any(|x| x.id == e.id);
        match listed {
            None if !excluded => out.push(Mismatch::Unreviewed(e.id.clone())),
            Some(o)
                if o.override_reason.is_none()
                    && (o.actor != e.actor || o.modality != e.modality || o.levels != e.levels) =>
            {
                out.push(Mismatch::Differs(format!(
                    "{}: extracted {} {} {:?}, reviewed {} {} {:?}",
                    e.id,
                    e.actor,
                    e.modality.as_str(),
                    e.levels,
                    o.actor,
                    o.modality.as_str(),
                    o.levels
                )));
            }
            _ => {}
        }
    }
    for o in &overlay.obligations {
        if resolve_id(act, &overlay.act, &o.id).is_none() {
            out.push(Mismatch::Dangling(o.id.clone()));
        } else if o.added.is_none() && !extracted.iter().any(|e| e.id == o.id) {
            out.push(Mismatch::NotExtracted(o.id.clone()));
        }
    }
    for x in &overlay.excluded {
        if resolve_id(act, &overlay.act, &x.id).is_none() {
            out.push(Mismatch::Dangling(x.id.clone()));
        }
    }
    out
}

/// Builds the catalogue: the reviewed overlay with each obligation's text from the act.
/// Every id must resolve; an id that does not is an error naming it.
pub fn catalogue(
    act: &Act,
    overlay: &Overlay,
    overlay_name: &str,
) -> Result<Vec<Obligation>, Error> {
    let mut out = Vec::with_capacity(overlay.obligations.len());
    for o in &overlay.obligations {
        let node = resolve_id(act, &overlay.act, &o.id).ok_or_else(|| Error::Invalid {
            name: overlay_name.to_string(),
            line: 0,
            message: format!("obligation {} names no provision of {}", o.id, overlay.act),
        })?;
        let lead_in = lead_in_of(act, &overlay.act, &o.id, node);
        out.push(Obligation {
            id: o.id.clone(),
            cite: o.cite.clone(),
            actor: o.actor.clone(),
            modality: o.modality,
            levels: o.levels.clone(),
            text: if node.children.is_empty() {
                node.text.clone()
            } else {
                node.full_text()
            },
            lead_in,
            topic: o.topic.clone(),
            phrases: o.phrases.clone(),
            note: o.note.clone(),
            line: node.span.line,
        });
    }
    Ok(out)
}

/// The text of the unit a point belongs to (its lead-in), for context.
fn lead_in_of(act: &Act, act_id: &str, id: &str, node: &Node) -> Option<String> {
    if node.kind != NodeKind::Point && node.kind != NodeKind::Item {
        return None;
    }
    let parent = id.rsplit_once('/')?.0;
    let parent = resolve_id(act, act_id, parent)?;
    (!parent.text.is_empty()).then(|| parent.text.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_duties_permissions_and_prohibitions() {
        let act = crate::parse_str(
            "t.txt",
            "Pasal 1\nPemerintah Daerah kabupaten/kota memiliki tugas dan tanggung jawab:\na. membuat basis data;\nb. dapat membentuk layanan.\n\
             Pasal 2\n(1) Pekerja tidak dapat dibebani biaya penempatan.\n(2) Pemerintah Pusat menetapkan x.\n\
             Pasal 3\n(1) Pemerintah Pusat dan Pemerintah Daerah melakukan pengawasan.\n(2) Pemerintah Pusat dan Pemerintah Daerah dalam melaksanakan pengawasan dapat mengikutsertakan masyarakat.\n",
        )
        .unwrap();
        let e = extract(&act, "x");
        let ids: Vec<_> = e.iter().map(|o| (o.id.as_str(), o.modality)).collect();
        assert_eq!(
            ids,
            [
                ("x/1/a", Modality::Duty),
                ("x/1/b", Modality::May),
                ("x/2/1", Modality::MustNot),
                ("x/3/1", Modality::Duty),
                ("x/3/2", Modality::May),
            ]
        );
        assert_eq!(e[0].levels, [Level::Kabupaten, Level::Kota]);
    }
}
