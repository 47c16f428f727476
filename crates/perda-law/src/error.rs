//! Errors of the parser crate. Each says what went wrong and where (file and line).

/// An error reading or parsing legal text.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be read.
    #[error("{name}: cannot read: {source}")]
    Io {
        /// File name as given.
        name: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The bytes are not UTF-8 text.
    #[error("{name}:{line}: not UTF-8 text; save the file as UTF-8 and try again")]
    InvalidUtf8 {
        /// File name as given.
        name: String,
        /// First line with an invalid byte.
        line: usize,
    },
    /// The file contains NUL bytes: it is binary, not text.
    #[error("{name}:{line}: binary data (NUL byte); expected a text or Markdown document")]
    Binary {
        /// File name as given.
        name: String,
        /// Line of the first NUL byte.
        line: usize,
    },
    /// The file is empty or holds only white space.
    #[error("{name}: empty file; expected a text or Markdown document")]
    Empty {
        /// File name as given.
        name: String,
    },
    /// The input is larger than any regulation.
    #[error("{name}: {size} bytes is larger than the limit of {limit} bytes")]
    TooLarge {
        /// File name as given.
        name: String,
        /// Size of the input.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// YAML (front matter or an overlay) could not be read.
    #[error("{name}:{line}:{column}: {message}")]
    Yaml {
        /// File name as given.
        name: String,
        /// 1-based line in the file.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A Word document (DOCX) cannot be read: not a zip archive, no `word/document.xml`,
    /// encrypted, an unsupported compression method, text that is not UTF-8, or malformed
    /// XML. The message names the part of the package when there is one.
    #[error("{name}: {message}")]
    Docx {
        /// File name as given.
        name: String,
        /// What is wrong and, where possible, what to do.
        message: String,
    },
    /// A Word document (DOCX) exceeds a limit that guards against hostile files (zip
    /// bombs, archives of thousands of entries, absurdly deep XML). Genuine drafts are
    /// far below every limit (see the constants in [`crate::docx`]).
    #[error(
        "{name}: {part}: {what} exceeds the limit of {limit} {unit}; refused as damaged or hostile"
    )]
    DocxLimit {
        /// File name as given.
        name: String,
        /// The zip entry (`word/document.xml`), or `zip archive` for the whole file.
        part: String,
        /// What was measured (`uncompressed size`, `XML nesting depth`, ...).
        what: &'static str,
        /// The limit.
        limit: u64,
        /// Unit of the limit (`bytes`, `levels`, `entries`, `to 1`).
        unit: &'static str,
    },
    /// Data is well-formed but inconsistent (e.g. an overlay entry naming a provision
    /// that does not exist).
    #[error("{name}:{line}: {message}")]
    Invalid {
        /// File name as given.
        name: String,
        /// 1-based line in the file (0 when unknown).
        line: usize,
        /// What is wrong and what to do.
        message: String,
    },
}

impl Error {
    /// Builds a [`Error::Yaml`] from a serde-saphyr error, shifting its line by
    /// `first_line - 1` so that it points into the containing file.
    pub fn from_yaml(name: &str, first_line: usize, e: &serde_saphyr::Error) -> Self {
        let (line, column) = e.location().map_or((0, 0), |l| {
            (
                usize::try_from(l.line()).unwrap_or(0),
                usize::try_from(l.column()).unwrap_or(0),
            )
        });
        let message = e.to_string();
        let mut message = message.lines().next().unwrap_or("invalid YAML").trim();
        // The location is given in file terms already; drop the YAML-relative one.
        message = message.strip_prefix("error: ").unwrap_or(message);
        if let Some(rest) = message.strip_prefix("line ")
            && let Some((_, after)) = rest.split_once(": ")
        {
            message = after;
        }
        let message = message.to_string();
        Error::Yaml {
            name: name.to_string(),
            line: line.max(1) + first_line.saturating_sub(1),
            column: column.max(1),
            message,
        }
    }
}
