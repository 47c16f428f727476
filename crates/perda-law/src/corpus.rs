//! The law corpus embedded at compile time, so `perda` works with no files beside it.

use crate::error::Error;
use crate::obligation::{self, Obligation, Overlay};
use crate::structure::{Act, Level};

#[rustfmt::skip]
mod prepared;

/// UU 18/2017 as Markdown with YAML front matter (`law-corpus/uu-18-2017.md`).
pub const UU_18_2017_MD: &str = include_str!("../../../law-corpus/uu-18-2017.md");

/// The reviewed obligation overlay of UU 18/2017.
pub const UU_18_2017_OBLIGATIONS_YAML: &str =
    include_str!("../../../law-corpus/uu-18-2017.obligations.yaml");

/// File name of the corpus text, used in messages.
pub const UU_18_2017_NAME: &str = "law-corpus/uu-18-2017.md";

/// File name of the overlay, used in messages.
pub const UU_18_2017_OBLIGATIONS_NAME: &str = "law-corpus/uu-18-2017.obligations.yaml";

/// Parses the embedded UU 18/2017.
///
/// ```
/// let act = perda_law::corpus::uu_18_2017().unwrap();
/// assert_eq!(act.articles().count(), 91);
/// ```
pub fn uu_18_2017() -> Result<Act, Error> {
    crate::parse_str(UU_18_2017_NAME, UU_18_2017_MD)
}

/// Reads the embedded overlay.
pub fn uu_18_2017_overlay() -> Result<Overlay, Error> {
    Overlay::from_yaml(UU_18_2017_OBLIGATIONS_NAME, UU_18_2017_OBLIGATIONS_YAML)
}

/// The obligation catalogue of UU 18/2017: the reviewed overlay with the statute's words.
///
/// The catalogue is prepared from the corpus text and the overlay ahead of time
/// (`src/corpus/prepared.rs`), so listing it costs no parsing; a test rebuilds it with
/// [`build_uu_18_2017_obligations`] and fails when the prepared copy is stale.
///
/// ```
/// let list = perda_law::corpus::uu_18_2017_obligations();
/// let b = list.iter().find(|o| o.id == "uu-18-2017/41/b").unwrap();
/// assert_eq!(b.text, "membuat basis data Pekerja Migran Indonesia;");
/// ```
pub fn uu_18_2017_obligations() -> Vec<Obligation> {
    prepared::UU_18_2017_OBLIGATIONS
        .iter()
        .map(Prepared::to_obligation)
        .collect()
}

/// Builds the obligation catalogue of UU 18/2017 from the embedded act and overlay: the
/// work [`uu_18_2017_obligations`] does ahead of time.
///
/// ```
/// let built = perda_law::corpus::build_uu_18_2017_obligations()?;
/// assert_eq!(built, perda_law::corpus::uu_18_2017_obligations());
/// # Ok::<(), perda_law::Error>(())
/// ```
pub fn build_uu_18_2017_obligations() -> Result<Vec<Obligation>, Error> {
    let act = uu_18_2017()?;
    let overlay = uu_18_2017_overlay()?;
    obligation::catalogue(&act, &overlay, UU_18_2017_OBLIGATIONS_NAME)
}

/// Writes `list` as the Rust source of `src/corpus/prepared.rs`. Used by the test that
/// keeps the prepared catalogue in step with the corpus; not needed otherwise.
#[doc(hidden)]
pub fn prepared_source(list: &[Obligation]) -> String {
    use std::fmt::Write as _;
    fn opt(v: &Option<String>) -> String {
        v.as_ref().map_or("None".into(), |s| format!("Some({s:?})"))
    }
    let mut out = String::from(
        "// @generated from law-corpus/uu-18-2017.md and law-corpus/uu-18-2017.obligations.yaml\n\
         // by `UPDATE_PREPARED=1 cargo test -p perda-law --test it prepared`. Do not edit.\n\n\
         use super::Prepared;\n\
         use crate::obligation::Modality;\n\
         use crate::structure::Level;\n\n\
         pub(super) static UU_18_2017_OBLIGATIONS: &[Prepared] = &[\n",
    );
    for o in list {
        let levels: Vec<String> = o.levels.iter().map(|l| format!("Level::{l:?}")).collect();
        let phrases: Vec<String> = o.phrases.iter().map(|p| format!("{p:?}")).collect();
        let _ = write!(
            out,
            "    Prepared {{\n        id: {:?},\n        cite: {:?},\n        actor: {:?},\n        \
             modality: Modality::{:?},\n        levels: &[{}],\n        text: {:?},\n        \
             lead_in: {},\n        topic: {},\n        phrases: &[{}],\n        note: {},\n        \
             line: {},\n    }},\n",
            o.id,
            o.cite,
            o.actor,
            o.modality,
            levels.join(", "),
            o.text,
            opt(&o.lead_in),
            opt(&o.topic),
            phrases.join(", "),
            opt(&o.note),
            o.line,
        );
    }
    out.push_str("];\n");
    out
}

/// One obligation of the prepared catalogue, in static data.
struct Prepared {
    id: &'static str,
    cite: &'static str,
    actor: &'static str,
    modality: obligation::Modality,
    levels: &'static [Level],
    text: &'static str,
    lead_in: Option<&'static str>,
    topic: Option<&'static str>,
    phrases: &'static [&'static str],
    note: Option<&'static str>,
    line: u32,
}

impl Prepared {
    fn to_obligation(&self) -> Obligation {
        Obligation {
            id: self.id.into(),
            cite: self.cite.into(),
            actor: self.actor.into(),
            modality: self.modality,
            levels: self.levels.to_vec(),
            text: self.text.into(),
            lead_in: self.lead_in.map(Into::into),
            topic: self.topic.map(Into::into),
            phrases: self.phrases.iter().map(|&p| p.into()).collect(),
            note: self.note.map(Into::into),
            line: self.line,
        }
    }
}

/// The wordings of Pasal 1 of UU 18/2017 as amended, recorded in the corpus front matter
/// (`- target: Pasal 1 angka 9` followed by `text: "..."`): (angka, text), in order.
///
/// ```
/// let amended = perda_law::corpus::uu_18_2017_amended_definitions();
/// assert!(amended.iter().any(|(n, _)| n == "9"));
/// ```
pub fn uu_18_2017_amended_definitions() -> Vec<(String, String)> {
    let front = UU_18_2017_MD
        .strip_prefix("---")
        .and_then(|rest| rest.split_once("\n---").map(|(f, _)| f))
        .unwrap_or("");
    let mut out = Vec::new();
    let mut target: Option<String> = None;
    for line in front.lines() {
        let t = line.trim();
        if let Some(rest) = t.strip_prefix("- target: Pasal 1 angka ") {
            target = Some(rest.trim().to_string());
        } else if t.starts_with("- target:") {
            target = None;
        } else if let Some(rest) = t.strip_prefix("text: ")
            && let Some(n) = target.take()
        {
            out.push((n, rest.trim().trim_matches('"').to_string()));
        }
    }
    out
}
