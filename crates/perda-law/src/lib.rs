#![doc = include_str!("../README.md")]

pub mod citation;
pub mod corpus;
pub mod docx;
pub mod error;
pub mod grammar;
pub mod obligation;
pub mod repair;
pub mod source;
pub mod structure;

pub use error::Error;
pub use source::{Source, SourceFormat};
pub use structure::{Act, ActKind, Level, Node, NodeKind, Span};

/// Parses text as the format suggested by `name` (`.md` is Markdown, else plain text).
///
/// # Examples
///
/// ```
/// let act = perda_law::parse_str("x.txt", "Pasal 1\n(1) Satu.\n(2) Dua.\n")?;
/// assert_eq!(act.article("1").map(|a| a.children.len()), Some(2));
/// # Ok::<(), perda_law::Error>(())
/// ```
pub fn parse_str(name: &str, text: &str) -> Result<Act, Error> {
    let src = Source::from_bytes(name, text.as_bytes())?;
    Act::from_source(&src)
}

/// Reads and parses a file (`.md` Markdown, `.docx` Word, anything else plain text); see
/// [`Source::load`].
///
/// # Examples
///
/// ```
/// // The statute as this repository keeps it (doc tests run in the crate's folder).
/// let act = perda_law::parse_file(std::path::Path::new("../../law-corpus/uu-18-2017.md"))?;
/// assert_eq!(act.articles().count(), 91);
/// assert!(act.repairs.is_empty());
/// # Ok::<(), perda_law::Error>(())
/// ```
pub fn parse_file(path: &std::path::Path) -> Result<Act, Error> {
    let src = Source::load(path)?;
    Act::from_source(&src)
}
