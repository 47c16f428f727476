//! What rule files use.

pub use std::sync::LazyLock;

pub use perda_law::structure::{Level, Node, NodeKind};
pub use regex::Regex;

pub use crate::check::document::{Definition, Document, Line, Regime, Segment};
pub use crate::check::finding::{Severity, StaticMsg};
pub use crate::check::rule::{Basis, Family, Group, Rule, RuleMeta, Sink};

/// Compiles a regex written in a rule file. The patterns are constants checked by each
/// rule's tests, so a failure here is a bug caught before release; it still does not
/// panic: an invalid pattern becomes one that never matches.
pub fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|_| {
        #[allow(clippy::unwrap_used)] // a constant pattern that always compiles
        Regex::new(r"[^\s\S]").unwrap()
    })
}
