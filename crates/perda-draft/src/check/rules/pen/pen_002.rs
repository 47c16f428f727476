//! ## What it checks
//! The enactment block of a Perda provinsi, kabupaten or kota, on separate lines:
//! `Ditetapkan di <tempat>` / `pada tanggal <tanggal>` / the office in capitals ending with a
//! comma (`BUPATI JEMBER,`) / (signature) / the name. In a draft the date and the name may be
//! placeholders (`pada tanggal ...`). Reported: place and date on one line, a date line
//! missing or malformed, an office line without its comma or not in capitals, and in an
//! enacted Perda a block without the signatory's name.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 angka 164–166 give the form of the enactment block; the date of
//! enactment is the date the regulation is judged by (its sanction regime, its register
//! number), and the office names who enacted it.
//!
//! ## Example
//! ```text
//! Ditetapkan di Jember, tanggal 12 Juli 2019
//! BUPATI JEMBER
//! ```
//!
//! ## Instead
//! ```text
//! Ditetapkan di Jember
//! pada tanggal 12 Juli 2019
//! BUPATI JEMBER,
//! ttd.
//! FAIDA
//! ```

use super::super::prelude::*;
use super::{find_start, is_perda, next_content, office_at};

/// PEN-002 `enactment-block`.
pub struct EnactmentBlock;

static META: RuleMeta = RuleMeta {
    code: "PEN-002",
    name: "enactment-block",
    group: Group::Closing,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Blok penetapan: \"Ditetapkan di ...\", \"pada tanggal ...\", jabatan dengan huruf kapital diakhiri koma, tanda tangan, dan nama",
        en: "Enactment block: \"Ditetapkan di ...\", \"pada tanggal ...\", the office in capitals ending with a comma, signature and name",
    },
    source: "Lampiran II UU 12/2011 angka 164–166",
    file: include_str!("pen_002.rs"),
};

static PLACE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^Ditetapkan di (?:[A-Z][\w .'-]*[\w.]|\.{3})$"));

pub(crate) static DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^pada tanggal (?:\d{1,2} [A-Z][a-z]+ \d{4}|[\dA-Za-z ]*\.{3}[\dA-Za-z .]*)$")
});

static OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:Pj\.|Plt\.|Plh\.|PJ\.|PLT\.|PLH\.|PENJABAT|PELAKSANA TUGAS)\s*)?(?:GUBERNUR|BUPATI|WALI ?KOTA) [A-Z][A-Z .'-]*[A-Z],$",
    )
});

impl Rule for EnactmentBlock {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_perda(doc) {
            return;
        }
        let lines = doc.segment(Segment::Closing);
        let Some(at) = find_start(lines, "Ditetapkan") else {
            if super::whole_copy(doc)
                && let Some(first) = lines.first()
            {
                sink.at(
                    first,
                    "penutup tidak memuat blok penetapan (\"Ditetapkan di ...\")",
                    "the penutup has no enactment block (\"Ditetapkan di ...\")",
                )
                .help(
                    "tambahkan: \"Ditetapkan di <tempat>\" / \"pada tanggal <tanggal>\" / jabatan kepala daerah diakhiri koma / nama",
                    "add: \"Ditetapkan di <place>\" / \"pada tanggal <date>\" / the office ending with a comma / the name",
                );
            }
            return;
        };
        let Some(place) = lines.get(at) else {
            return;
        };
        let place_text = place.text.trim();
        let one_line = place_text.contains("tanggal");
        if one_line {
            sink.at(
                place,
                format!("tempat dan tanggal penetapan ditulis dalam satu baris: `{place_text}`"),
                format!("place and date of enactment are on one line: `{place_text}`"),
            )
            .help(
                "pisahkan: \"Ditetapkan di <tempat>\" lalu \"pada tanggal <tanggal>\" pada baris berikutnya",
                "split it: \"Ditetapkan di <place>\", then \"pada tanggal <date>\" on the next line",
            );
        } else if !PLACE.is_match(place_text) {
            sink.at(
                place,
                format!("baris tempat penetapan tidak baku: `{place_text}`"),
                format!("the place-of-enactment line is not in the standard form: `{place_text}`"),
            )
            .help(
                "tulis: \"Ditetapkan di <tempat>\" tanpa tanda baca",
                "write: \"Ditetapkan di <place>\" without punctuation",
            );
        }
        let mut next = at + 1;
        if !one_line {
            match lines.get(next) {
                Some(date)
                    if date
                        .text
                        .trim_start()
                        .to_lowercase()
                        .starts_with("pada tanggal") =>
                {
                    if !DATE.is_match(date.text.trim()) {
                        sink.at(
                            date,
                            format!("tanggal penetapan tidak ditulis dalam bentuk baku: `{}`", date.text.trim()),
                            format!("the date of enactment is not in the standard form: `{}`", date.text.trim()),
                        )
                        .help(
                            "tulis: \"pada tanggal 12 Juli 2019\" (dalam rancangan: \"pada tanggal ...\")",
                            "write: \"pada tanggal 12 Juli 2019\" (in a draft: \"pada tanggal ...\")",
                        );
                    }
                    next += 1;
                }
                _ => {
                    sink.at(
                        place,
                        "blok penetapan tidak memuat baris \"pada tanggal ...\"",
                        "the enactment block has no \"pada tanggal ...\" line",
                    )
                    .help(
                        "tambahkan \"pada tanggal <tanggal>\" di bawah \"Ditetapkan di ...\"",
                        "add \"pada tanggal <date>\" under \"Ditetapkan di ...\"",
                    );
                }
            }
        }
        let Some((office, office_line)) = office_at(lines, next) else {
            if let Some(l) = lines.get(next).or(Some(place)) {
                sink.at(
                    l,
                    "blok penetapan tidak memuat jabatan kepala daerah dengan huruf kapital diakhiri koma",
                    "the enactment block has no office of the head of region in capitals ending with a comma",
                )
                .help(
                    "tulis jabatan, misalnya: \"BUPATI JEMBER,\"",
                    "write the office, e.g. \"BUPATI JEMBER,\"",
                );
            }
            return;
        };
        if !OFFICE.is_match(&office) {
            sink.at(
                office_line,
                format!("jabatan penetap tidak sesuai bentuk baku: `{office}`"),
                format!("the enacting office is not in the standard form: `{office}`"),
            )
            .help(
                "tulis jabatan dengan huruf kapital diakhiri koma tanpa spasi, misalnya: \"BUPATI JEMBER,\"",
                "write the office in capitals ending with a comma and no space before it, e.g. \"BUPATI JEMBER,\"",
            );
        }
        if doc.info.draft {
            return;
        }
        let office_end = lines
            .iter()
            .enumerate()
            .skip(next)
            .find(|(_, l)| l.text.trim().ends_with(','))
            .map_or(next, |(i, _)| i);
        let name = next_content(lines, office_end).and_then(|i| lines.get(i));
        let missing = name.is_none_or(|l| {
            let t = l.text.trim();
            t.to_lowercase().starts_with("diundangkan") || t.to_uppercase().starts_with("LEMBARAN")
        });
        if missing {
            sink.at(
                office_line,
                "blok penetapan tidak memuat nama penanda tangan",
                "the enactment block does not give the signatory's name",
            )
            .help(
                "tulis nama lengkap kepala daerah dengan huruf kapital di bawah tanda tangan",
                "write the head of region's full name in capitals under the signature",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{DRAFT, ENACTED};
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_a_block_on_one_line_and_an_office_without_comma() {
        let bad = ENACTED.replace(
            "Ditetapkan di Jember\npada tanggal 12 Juli 2019\nBUPATI JEMBER,\nttd.\nFAIDA\n",
            "Ditetapkan di Jember, tanggal 12 Juli 2019\nBUPATI JEMBER\nttd.\nFAIDA\n",
        );
        insta::assert_snapshot!("one_line", run_text(&EnactmentBlock, &bad));
        let no_name = ENACTED.replace("ttd.\nFAIDA\n", "");
        insta::assert_snapshot!("no_name", run_text(&EnactmentBlock, &no_name));
        let bad_date = ENACTED.replace("pada tanggal 12 Juli 2019", "pada tanggal 12-07-2019");
        insta::assert_snapshot!("bad_date", run_text(&EnactmentBlock, &bad_date));
    }

    #[test]
    fn accepts_enacted_and_draft_blocks() {
        assert_eq!(run_text(&EnactmentBlock, ENACTED), "");
        assert_eq!(run_text(&EnactmentBlock, DRAFT), "");
        let acting = ENACTED.replace("BUPATI JEMBER,\nttd.", "Pj. BUPATI JEMBER,\nttd.");
        assert_eq!(run_text(&EnactmentBlock, &acting), "");
    }
}
