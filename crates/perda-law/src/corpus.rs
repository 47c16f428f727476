//! The law corpus embedded at compile time, so `perda` works with no files beside it.

use crate::error::Error;
use crate::obligation::{self, Obligation, Overlay};
use crate::structure::Act;

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
/// ```
/// let list = perda_law::corpus::uu_18_2017_obligations().unwrap();
/// let b = list.iter().find(|o| o.id == "uu-18-2017/41/b").unwrap();
/// assert_eq!(b.text, "membuat basis data Pekerja Migran Indonesia;");
/// ```
pub fn uu_18_2017_obligations() -> Result<Vec<Obligation>, Error> {
    let act = uu_18_2017()?;
    let overlay = uu_18_2017_overlay()?;
    obligation::catalogue(&act, &overlay, UU_18_2017_OBLIGATIONS_NAME)
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
