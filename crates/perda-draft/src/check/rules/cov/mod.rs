//! Rules of group `COV`: coverage of the obligations of UU 18/2017
//! (see [`crate::check::coverage`]).

use crate::check::rule::Rule;

pub mod cov_001;
pub mod cov_002;
pub mod cov_003;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &cov_001::MissingDuty,
    &cov_002::PartialDuty,
    &cov_003::CoverageNotJudged,
];
