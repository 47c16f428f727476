//! ## What it checks
//! A duty of the level that the body regulates only in part: the best unit shares some of
//! the statute's terms (or of a reviewed wording) but not enough to show the whole duty,
//! for example "pelatihan" without "vokasi" and its funding from the education function.
//!
//! ## Why it matters
//! The same legal basis as `COV-001`: UU 18/2017 Pasal 40–42 and the shared duties. A duty
//! regulated in part leaves the rest of the task without a basis in the Perda.
//!
//! ## Example
//! ```text
//! Pasal 15
//! Pemerintah Daerah menyelenggarakan pelatihan bagi Calon Pekerja Migran Indonesia.
//! ```
//! (Pasal 41 huruf i asks for vocational training funded from the education function.)
//!
//! ## Instead
//! ```text
//! Pasal 15
//! Pemerintah Daerah menyediakan dan memfasilitasi pelatihan Calon Pekerja Migran
//! Indonesia melalui pelatihan vokasi yang anggarannya berasal dari fungsi pendidikan.
//! ```

use super::super::prelude::*;
use crate::check::coverage::{self, Status};

/// COV-002 `partial-duty`.
pub struct PartialDuty;

static META: RuleMeta = RuleMeta {
    code: "COV-002",
    name: "partial-duty",
    group: Group::Coverage,
    family: Family::Coverage,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Kewajiban dari UU 18/2017 baru diatur sebagian",
        en: "A duty of UU 18/2017 is regulated only in part",
    },
    source: "UU 18/2017 Pasal 40, 41, 42 and the shared duties of the Pemerintah Daerah",
    file: include_str!("cov_002.rs"),
};

impl Rule for PartialDuty {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        for c in doc.coverage() {
            if c.status != Status::Partial || c.modality != "duty" {
                continue;
            }
            let Some(o) = coverage::obligation(&c.obligation) else {
                continue;
            };
            let Some(loc) = c.locations.first() else {
                continue;
            };
            let words = crate::check::coverage::statute_words(&o);
            sink.report(
                loc.line,
                0,
                format!(
                    "{} baru mengatur sebagian kewajiban {} (skor {:.2}): \"{words}\"",
                    loc.article, o.cite, c.score
                ),
                format!(
                    "{} regulates only part of duty {} (score {:.2}): \"{words}\"",
                    loc.article, o.cite, c.score
                ),
            )
            .help(
                "lengkapi rumusan pasal sehingga memuat seluruh unsur kewajiban tersebut",
                "complete the article so that it carries every element of the duty",
            )
            .obligation = Some(c.obligation.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::cov::cov_001::tests::{FOUR_DUTIES, perdes};
    use crate::check::testing::run_text;

    #[test]
    fn reports_a_duty_regulated_in_part() {
        // Empowerment named, but not of whom (Pasal 42 huruf e).
        let body =
            format!("{FOUR_DUTIES}Pasal 6\nPemerintah Desa menyusun program pemberdayaan.\n");
        insta::assert_snapshot!(run_text(&PartialDuty, &perdes(&body)));
    }

    #[test]
    fn is_silent_on_covered_and_missing_duties() {
        assert_eq!(run_text(&PartialDuty, &perdes(FOUR_DUTIES)), "");
    }
}
