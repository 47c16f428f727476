//! Rules of group `PEM`: the opening phrase and the enacting office (pembukaan).

use crate::check::rules::doc::{is_note, preamble_lines};
use crate::check::rules::prelude::*;

pub mod pem_001;
pub mod pem_002;
pub mod pem_003;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &pem_001::RahmatPhrase,
    &pem_002::EnactingOfficeLine,
    &pem_003::NoLegacyOffice,
];

/// The lines of the title and opening that start `DENGAN RAHMAT` (any case), before
/// `Menimbang`.
pub(in crate::check::rules) fn rahmat_lines(doc: &Document) -> Vec<&Line> {
    preamble_lines(doc)
        .iter()
        .take_while(|l| !l.text.trim_start().to_lowercase().starts_with("menimbang"))
        .filter(|l| !is_note(&l.text))
        .filter(|l| {
            l.text
                .trim_start()
                .to_uppercase()
                .starts_with("DENGAN RAHMAT")
        })
        .collect()
}
