//! ## What it checks
//! A waiver in perda.toml that matches no finding in any checked file: its `target` (an
//! obligation id or a rule code) or its `paths` are wrong, or the draft no longer has the
//! problem it waived.
//!
//! ## Why it matters
//! A waiver is a reviewed decision with a reason. One that matches nothing hides nothing
//! today but will silently hide a real problem later; stale waivers should be removed.
//!
//! ## Example
//! ```text
//! [[waiver]]
//! target = "uu-18-2017/41/k"
//! paths = ["drafts/*.md"]
//! reason = "The region uses the provincial LTSA."
//! ```
//! while the draft in drafts/ now forms its own LTSA.
//!
//! ## Instead
//! Remove the waiver, or correct its `target` and `paths`.

use super::prelude::*;

/// CFG-001 `unused-waiver` (reported by the runner, which sees all files).
pub static META: RuleMeta = RuleMeta {
    code: "CFG-001",
    name: "unused-waiver",
    group: Group::Config,
    family: Family::Config,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Pengecualian dalam perda.toml tidak cocok dengan temuan mana pun",
        en: "A waiver in perda.toml matches no finding",
    },
    source: "perda.toml",
    file: include_str!("cfg_001.rs"),
};
