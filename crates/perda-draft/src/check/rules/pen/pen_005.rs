//! ## What it checks
//! The gazette line at the end of the penutup of a Perda provinsi, kabupaten or kota, in
//! capitals: `LEMBARAN DAERAH <PROVINSI|KABUPATEN|KOTA> <R> TAHUN <yyyy> NOMOR <n>` (a series
//! letter, `SERI D`, may follow), with the region of the title and, in an enacted Perda, the
//! year of the title. In a draft, `TAHUN ... NOMOR ...`. Reported: a missing line (when the
//! promulgation block is there), a line not in that form, another region or year. Error in
//! an enacted Perda, warning in a draft.
//!
//! ## Why it matters
//! The gazette number is how the promulgated Perda is cited (in Mengingat, in revocations,
//! DH-008); Lampiran II UU 12/2011 puts it at the end of the penutup. The form was read in a
//! restatement of Lampiran II (for the Lembaran Negara) and in the Peraturan Desa form, so
//! the rule reports warnings.
//!
//! ## Example
//! ```text
//! Lembaran Daerah Kabupaten Malang Tahun 2019 Nomor 7
//! ```
//!
//! ## Instead
//! ```text
//! LEMBARAN DAERAH KABUPATEN MALANG TAHUN 2019 NOMOR 7
//! ```

use super::super::prelude::*;
use super::{find_start, is_perda, region, same_region};

/// PEN-005 `gazette-line`.
pub struct GazetteLine;

static META: RuleMeta = RuleMeta {
    code: "PEN-005",
    name: "gazette-line",
    group: Group::Closing,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Penutup diakhiri dengan \"LEMBARAN DAERAH ... TAHUN ... NOMOR ...\" dalam huruf kapital",
        en: "The penutup ends with \"LEMBARAN DAERAH ... TAHUN ... NOMOR ...\" in capitals",
    },
    source: "Lampiran II UU 12/2011, akhir bagian penutup",
    file: include_str!("pen_005.rs"),
};

static GAZETTE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^LEMBARAN DAERAH ((?:PROVINSI|KABUPATEN|KOTA) [A-Z][A-Z .'-]*[A-Z]) TAHUN (\d{4}|\.{3}) NOMOR (\d+|\.{3})(?: SERI [A-Z])?$",
    )
});

impl Rule for GazetteLine {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_perda(doc) {
            return;
        }
        let lines = doc.segment(Segment::Closing);
        let draft = doc.info.draft;
        let expected = format!(
            "LEMBARAN DAERAH {} TAHUN {} NOMOR {}",
            region(doc).map_or(
                "<PROVINSI/KABUPATEN/KOTA> <NAMA>".to_string(),
                str::to_uppercase
            ),
            doc.act
                .meta
                .year
                .filter(|_| !draft)
                .map_or("...".to_string(), |y| y.to_string()),
            if draft { "..." } else { "<nomor>" }
        );
        let Some(at) = find_start(lines, "LEMBARAN DAERAH") else {
            if super::whole_copy(doc)
                && let Some(line) = find_start(lines, "Diundangkan").and_then(|i| lines.get(i))
            {
                let raw = sink
                    .at(
                        line,
                        "penutup tidak memuat baris Lembaran Daerah",
                        "the penutup has no Lembaran Daerah line",
                    )
                    .help(
                        format!("tambahkan di akhir penutup: \"{expected}\""),
                        format!("add at the end of the penutup: \"{expected}\""),
                    );
                if draft {
                    raw.severity(Severity::Warning);
                }
            }
            return;
        };
        let Some(line) = lines.get(at) else {
            return;
        };
        let text = line.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let (id, en) = match GAZETTE.captures(&text) {
            None => (
                format!("baris Lembaran Daerah tidak sesuai bentuk baku: `{text}`"),
                format!("the Lembaran Daerah line is not in the standard form: `{text}`"),
            ),
            Some(c) => {
                let named = c.get(1).map_or("", |m| m.as_str());
                let year = c.get(2).map_or("", |m| m.as_str());
                if region(doc).is_some_and(|r| !same_region(named, r)) {
                    (
                        format!(
                            "baris Lembaran Daerah menyebut `{named}`, tidak sesuai dengan daerah pada judul"
                        ),
                        format!(
                            "the Lembaran Daerah line names `{named}`, not the region of the title"
                        ),
                    )
                } else if let (Some(title_year), Ok(y)) = (doc.act.meta.year, year.parse::<u16>()) {
                    if title_year == y {
                        return;
                    }
                    (
                        format!(
                            "baris Lembaran Daerah menyebut tahun {y}, sedangkan judul menyebut tahun {title_year}"
                        ),
                        format!(
                            "the Lembaran Daerah line says {y}, but the title says {title_year}"
                        ),
                    )
                } else {
                    return;
                }
            }
        };
        let raw = sink.at(line, id, en).help(
            format!("tulis: \"{expected}\""),
            format!("write: \"{expected}\""),
        );
        if draft {
            raw.severity(Severity::Warning);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{DRAFT, ENACTED};
    use super::*;
    use crate::check::testing::run_text;

    const LINE: &str = "LEMBARAN DAERAH KABUPATEN JEMBER TAHUN 2019 NOMOR 4";

    #[test]
    fn flags_form_region_year_and_absence() {
        let lower = ENACTED.replace(LINE, "Lembaran Daerah Kabupaten Jember Tahun 2019 Nomor 4");
        insta::assert_snapshot!("lowercase", run_text(&GazetteLine, &lower));
        let year = ENACTED.replace(LINE, "LEMBARAN DAERAH KABUPATEN JEMBER TAHUN 2018 NOMOR 4");
        insta::assert_snapshot!("year", run_text(&GazetteLine, &year));
        let absent = DRAFT.replace("LEMBARAN DAERAH KABUPATEN JEMBER TAHUN ... NOMOR ...\n", "");
        insta::assert_snapshot!("absent_in_draft", run_text(&GazetteLine, &absent));
    }

    #[test]
    fn accepts_enacted_draft_and_series() {
        assert_eq!(run_text(&GazetteLine, ENACTED), "");
        assert_eq!(run_text(&GazetteLine, DRAFT), "");
        let series = ENACTED.replace(LINE, &format!("{LINE} SERI D"));
        assert_eq!(run_text(&GazetteLine, &series), "");
    }
}
