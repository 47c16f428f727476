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
