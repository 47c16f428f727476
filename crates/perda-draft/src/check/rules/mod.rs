//! The rules, one file each, grouped as the catalogue groups them
//! (`../shared/docs/drafting-rules.md`, plus the migrant-worker regime and coverage).
//!
//! Each rule file starts with its documentation — `## What it checks`, `## Why it matters`,
//! `## Example`, `## Instead` — which `perda explain CODE` prints.

pub mod prelude;

pub mod bt;
pub mod cfg_001;
pub mod cov;
pub mod des;
pub mod dh;
pub mod dik;
pub mod doc;
pub mod jud;
pub mod kon;
pub mod kp;
pub mod ku;
pub mod lam;
pub mod pem;
pub mod pen;
pub mod pjl;
pub mod pmi;
pub mod refs;
pub mod rum;
pub mod san;

use super::rule::Rule;

/// Every group's rules, in catalogue order.
const GROUPS: &[&[&dyn Rule]] = &[
    doc::RULES,
    jud::RULES,
    pem::RULES,
    kon::RULES,
    dh::RULES,
    dik::RULES,
    bt::RULES,
    ku::RULES,
    rum::RULES,
    refs::RULES,
    san::RULES,
    kp::RULES,
    pen::RULES,
    pjl::RULES,
    lam::RULES,
    des::RULES,
    pmi::RULES,
    cov::RULES,
];

/// All rules, in catalogue order.
pub fn all() -> impl Iterator<Item = &'static dyn Rule> {
    GROUPS.iter().flat_map(|g| g.iter().copied())
}

/// The descriptions of every rule and of the findings made outside rules (`CFG-001`).
pub fn metas() -> impl Iterator<Item = &'static super::rule::RuleMeta> {
    all().map(|r| r.meta()).chain(std::iter::once(&cfg_001::META))
}

/// The description of the rule with this code or name.
pub fn find_meta(code_or_name: &str) -> Option<&'static super::rule::RuleMeta> {
    metas().find(|m| m.code.eq_ignore_ascii_case(code_or_name) || m.name.eq_ignore_ascii_case(code_or_name))
}

/// The rule with this code (`KON-002`) or name (`konsiderans-item-form`), case-insensitive.
pub fn find(code_or_name: &str) -> Option<&'static dyn Rule> {
    all().find(|r| {
        let m = r.meta();
        m.code.eq_ignore_ascii_case(code_or_name) || m.name.eq_ignore_ascii_case(code_or_name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rule::Basis;
    use std::collections::HashSet;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        for r in all() {
            let m = r.meta();
            assert!(codes.insert(m.code), "duplicate code {}", m.code);
            assert!(names.insert(m.name), "duplicate name {}", m.name);
            let (prefix, num) = m.code.split_once('-').expect("code has a dash");
            assert!(prefix.chars().all(|c| c.is_ascii_uppercase()), "{}", m.code);
            assert!(
                num.len() == 3 && num.chars().all(|c| c.is_ascii_digit()),
                "{}",
                m.code
            );
            assert!(
                m.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{} name {}",
                m.code,
                m.name
            );
        }
    }

    #[test]
    fn every_rule_is_documented_in_both_languages() {
        for r in all() {
            let m = r.meta();
            for section in ["What it checks", "Why it matters", "Example", "Instead"] {
                let s = m.doc_section(section);
                assert!(
                    s.as_deref().is_some_and(|s| !s.is_empty()),
                    "{} lacks `## {section}`",
                    m.code
                );
            }
            assert!(
                !m.summary.id.is_empty() && !m.summary.en.is_empty(),
                "{}",
                m.code
            );
            assert_ne!(
                m.summary.id, m.summary.en,
                "{}: summary not translated",
                m.code
            );
            assert!(!m.source.is_empty(), "{}: no legal source", m.code);
        }
    }

    #[test]
    fn unverified_rules_are_at_most_warnings_by_default() {
        for r in all() {
            let m = r.meta();
            if m.basis != Basis::Verified {
                assert!(
                    m.default_severity() <= crate::check::Severity::Warning,
                    "{}",
                    m.code
                );
            }
        }
    }
}
