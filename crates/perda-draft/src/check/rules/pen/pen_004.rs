//! ## What it checks
//! The promulgation block of a Perda provinsi, kabupaten or kota: `Diundangkan di <tempat>` /
//! `pada tanggal <tanggal>` / `SEKRETARIS DAERAH <PROVINSI|KABUPATEN|KOTA> <R>,` (the region
//! of the title) / signature / name. In a draft the place, date and name may be
//! placeholders (`...`). Reported: a missing block, a malformed line, an office other than
//! the Sekretaris Daerah of the region (`KEPALA BAGIAN HUKUM`), a missing comma. Error in an
//! enacted Perda, warning in a draft.
//!
//! ## Why it matters
//! A Perda is promulgated in the Lembaran Daerah by the Sekretaris Daerah (UU 12/2011), and
//! the block records who promulgated it and when: the date from which it binds. The form is
//! that of Lampiran II UU 12/2011 angka 160 huruf c, read in a transcription; the exact
//! office line was read in secondary sources, so the rule reports warnings.
//!
//! ## Example
//! ```text
//! Diundangkan di Jember
//! pada tanggal 15 Juli 2019
//! KEPALA BAGIAN HUKUM,
//! ```
//!
//! ## Instead
//! ```text
//! Diundangkan di Jember
//! pada tanggal 15 Juli 2019
//! SEKRETARIS DAERAH KABUPATEN JEMBER,
//! ttd.
//! MIRFANO
//! ```

use super::super::prelude::*;
use super::pen_002::DATE;
use super::{find_start, is_perda, office_at, region, same_region};

/// PEN-004 `promulgation-block`.
pub struct PromulgationBlock;

static META: RuleMeta = RuleMeta {
    code: "PEN-004",
    name: "promulgation-block",
    group: Group::Closing,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Blok pengundangan: \"Diundangkan di ...\", \"pada tanggal ...\", \"SEKRETARIS DAERAH ...,\", tanda tangan, dan nama",
        en: "Promulgation block: \"Diundangkan di ...\", \"pada tanggal ...\", \"SEKRETARIS DAERAH ...,\", signature and name",
    },
    source: "Lampiran II UU 12/2011 angka 160 huruf c; UU 12/2011 (pengundangan Perda oleh Sekretaris Daerah)",
    file: include_str!("pen_004.rs"),
};

static PLACE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^Diundangkan di (?:[A-Z][\w .'-]*[\w.]|\.{3})$"));

static SEKDA: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:Pj\.|Plt\.|Plh\.|PJ\.|PLT\.|PLH\.)\s*)?SEKRETARIS DAERAH ((?:PROVINSI|KABUPATEN|KOTA) [A-Z][A-Z .'-]*[A-Z]),$",
    )
});

impl Rule for PromulgationBlock {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_perda(doc) {
            return;
        }
        let lines = doc.segment(Segment::Closing);
        let draft = doc.info.draft;
        let sev = |raw: &mut crate::check::rule::Raw| {
            if draft {
                raw.severity(Severity::Warning);
            }
        };
        let Some(at) = find_start(lines, "Diundangkan") else {
            if super::whole_copy(doc)
                && let Some(line) = find_start(lines, "Ditetapkan").and_then(|i| lines.get(i))
            {
                let raw = sink
                    .at(
                        line,
                        "penutup tidak memuat blok pengundangan (\"Diundangkan di ...\")",
                        "the penutup has no promulgation block (\"Diundangkan di ...\")",
                    )
                    .help(
                        "tambahkan: \"Diundangkan di <tempat>\" / \"pada tanggal <tanggal>\" / \"SEKRETARIS DAERAH <DAERAH>,\" / nama",
                        "add: \"Diundangkan di <place>\" / \"pada tanggal <date>\" / \"SEKRETARIS DAERAH <REGION>,\" / name",
                    );
                sev(raw);
            }
            return;
        };
        let Some(place) = lines.get(at) else {
            return;
        };
        let place_text = place.text.trim();
        if !PLACE.is_match(place_text) {
            let raw = sink
                .at(
                    place,
                    format!("baris tempat pengundangan tidak baku: `{place_text}`"),
                    format!("the place-of-promulgation line is not in the standard form: `{place_text}`"),
                )
                .help(
                    "tulis: \"Diundangkan di <tempat>\", lalu \"pada tanggal <tanggal>\" pada baris berikutnya",
                    "write: \"Diundangkan di <place>\", then \"pada tanggal <date>\" on the next line",
                );
            sev(raw);
        }
        let mut next = at + 1;
        if let Some(date) = lines.get(next)
            && date
                .text
                .trim_start()
                .to_lowercase()
                .starts_with("pada tanggal")
        {
            if !DATE.is_match(date.text.trim()) {
                let raw = sink
                    .at(
                        date,
                        format!("tanggal pengundangan tidak ditulis dalam bentuk baku: `{}`", date.text.trim()),
                        format!("the date of promulgation is not in the standard form: `{}`", date.text.trim()),
                    )
                    .help(
                        "tulis: \"pada tanggal 15 Juli 2019\" (dalam rancangan: \"pada tanggal ...\")",
                        "write: \"pada tanggal 15 Juli 2019\" (in a draft: \"pada tanggal ...\")",
                    );
                sev(raw);
            }
            next += 1;
        }
        let expected = region(doc).map_or_else(
            || "SEKRETARIS DAERAH <PROVINSI/KABUPATEN/KOTA> <NAMA>,".to_string(),
            |r| format!("SEKRETARIS DAERAH {},", r.to_uppercase()),
        );
        let Some((office, office_line)) = office_at(lines, next) else {
            let raw = sink
                .at(
                    place,
                    "blok pengundangan tidak memuat jabatan Sekretaris Daerah",
                    "the promulgation block does not give the office of the Sekretaris Daerah",
                )
                .help(
                    format!("tulis: \"{expected}\""),
                    format!("write: \"{expected}\""),
                );
            sev(raw);
            return;
        };
        match SEKDA.captures(&office).and_then(|c| c.get(1)) {
            Some(named) => {
                if region(doc).is_some_and(|r| !same_region(named.as_str(), r)) {
                    let raw = sink
                        .at(
                            office_line,
                            format!("blok pengundangan menyebut `{office}`, tidak sesuai dengan daerah pada judul"),
                            format!("the promulgation block names `{office}`, not the region of the title"),
                        )
                        .help(format!("tulis: \"{expected}\""), format!("write: \"{expected}\""));
                    sev(raw);
                }
            }
            None => {
                let raw = sink
                    .at(
                        office_line,
                        format!("jabatan pengundang tidak sesuai bentuk baku: `{office}`"),
                        format!("the promulgating office is not in the standard form: `{office}`"),
                    )
                    .help(
                        format!("Peraturan Daerah diundangkan oleh Sekretaris Daerah; tulis: \"{expected}\""),
                        format!("a Perda is promulgated by the Sekretaris Daerah; write: \"{expected}\""),
                    );
                sev(raw);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{DRAFT, ENACTED};
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_wrong_office_region_and_absence() {
        let office = ENACTED.replace(
            "SEKRETARIS DAERAH\nKABUPATEN JEMBER,",
            "KEPALA BAGIAN HUKUM,",
        );
        insta::assert_snapshot!("office", run_text(&PromulgationBlock, &office));
        let region = ENACTED.replace(
            "SEKRETARIS DAERAH\nKABUPATEN JEMBER,",
            "SEKRETARIS DAERAH KABUPATEN MALANG,",
        );
        insta::assert_snapshot!("region", run_text(&PromulgationBlock, &region));
        let absent = DRAFT.replace(
            "Diundangkan di Jember\npada tanggal ...\nSEKRETARIS DAERAH KABUPATEN JEMBER,\nttd.\n...\n",
            "",
        );
        insta::assert_snapshot!("absent_in_draft", run_text(&PromulgationBlock, &absent));
    }

    #[test]
    fn accepts_enacted_and_draft_blocks() {
        assert_eq!(run_text(&PromulgationBlock, ENACTED), "");
        assert_eq!(run_text(&PromulgationBlock, DRAFT), "");
    }
}
