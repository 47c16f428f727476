//! ## What it checks
//! Options UU 18/2017 gives the level (`dapat`: a permission, not a duty) that the
//! regulation does not take up — for a kabupaten/kota, forming a one-stop service (layanan
//! terpadu satu atap, Pasal 41 huruf k); for all regions, involving the community in
//! supervision (Pasal 76 ayat (2)). Reported as information only, never as an error.
//!
//! ## Why it matters
//! Drafters often want to know which options of the act a draft leaves out; a region may
//! well decide not to take them (UU 18/2017 Pasal 38 ayat (2), 40 huruf i, 41 huruf k,
//! 76 ayat (2), 78 ayat (1)).
//!
//! ## Example
//! ```text
//! (a Perda kabupaten with no article on a layanan terpadu satu atap)
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 20
//! (1) Pemerintah Daerah dapat membentuk layanan terpadu satu atap penempatan dan
//!     Pelindungan Pekerja Migran Indonesia di tingkat Daerah.
//! ```
//! or nothing: the option is the region's choice.

use super::super::prelude::*;
use crate::check::coverage::{self, Status};

/// COV-004 `option-not-taken`.
pub struct OptionNotTaken;

static META: RuleMeta = RuleMeta {
    code: "COV-004",
    name: "option-not-taken",
    group: Group::Coverage,
    family: Family::Coverage,
    severity: Severity::Info,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Pilihan yang diberikan UU 18/2017 tidak diambil",
        en: "An option UU 18/2017 offers is not taken up",
    },
    source: "UU 18/2017 Pasal 38 ayat (2), 40 huruf i, 41 huruf k, 76 ayat (2), 78 ayat (1)",
    file: include_str!("cov_004.rs"),
};

impl Rule for OptionNotTaken {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let line = doc.lines.first().map_or(1, |l| l.no);
        for c in doc.coverage() {
            if c.status != Status::Missing || c.modality != "may" {
                continue;
            }
            let Some(o) = coverage::obligation(&c.obligation) else {
                continue;
            };
            let words = o.text.trim();
            sink.report(
                line,
                0,
                format!("pilihan {} tidak diambil: \"{words}\"", o.cite),
                format!("option {} is not taken up: \"{words}\"", o.cite),
            )
            .obligation = Some(c.obligation.clone());
        }
    }
}
