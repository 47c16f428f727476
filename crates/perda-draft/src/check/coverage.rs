//! Coverage of obligations (placeholder while the engine is written).
use super::document::Document;
use serde::Serialize;

/// Coverage status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Covered,
    Partial,
    Missing,
    Unknown,
}

/// Coverage of one obligation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    pub obligation: String,
    pub status: Status,
}

/// Judges coverage.
pub fn judge(_doc: &Document) -> Vec<Coverage> {
    Vec::new()
}
