//! Rules of group `SAN`: sanctions and criminal provisions.

use crate::check::rule::Rule;

pub mod san_001;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[&san_001::NoCriminalProvisionsInPerdes];
