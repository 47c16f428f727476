//! `perda-law` reads Indonesian legislation — statutes such as UU 18/2017 and regional
//! regulations (Peraturan Daerah, Peraturan Desa) — into a structure tree with a span on
//! every node, resolves citations, and maps the statute's provisions into obligations.
//!
//! It knows legal text and nothing about templates or checking: that is `perda-draft`.
//!
//! ```
//! let act = perda_law::parse_str("x.txt", "Pasal 1\n(1) Satu.\n(2) Dua.\n").unwrap();
//! assert_eq!(act.article("1").unwrap().children.len(), 2);
//! ```

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
pub fn parse_str(name: &str, text: &str) -> Result<Act, Error> {
    let src = Source::from_bytes(name, text.as_bytes())?;
    Act::from_source(&src)
}

/// Reads and parses a file.
pub fn parse_file(path: &std::path::Path) -> Result<Act, Error> {
    let src = Source::load(path)?;
    Act::from_source(&src)
}
