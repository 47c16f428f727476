//! Rules of group `KU`.

use crate::check::rule::Rule;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[];
