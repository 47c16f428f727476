//! ## What it checks
//! The promulgation order of a Perda provinsi, kabupaten or kota, which must read exactly:
//!
//! `Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan
//! penempatannya dalam Lembaran Daerah <Provinsi|Kabupaten|Kota> <Nama>.`
//!
//! with the region of the title. Reported: another wording (`Agar setiap orang dapat
//! mengetahuinya`), another region, or no order at all before the enactment block.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 angka 163 gives this sentence as the formula of the penutup; it is
//! the order by which the regulation is placed in the regional gazette, and a Perda binds the
//! public only once promulgated there. A region copied from another Perda puts the
//! regulation in the wrong gazette.
//!
//! ## Example
//! ```text
//! Agar setiap orang dapat mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini
//! dengan penempatannya dalam Lembaran Daerah Kotamadya Daerah Tingkat II Semarang.
//! ```
//!
//! ## Instead
//! ```text
//! Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan
//! penempatannya dalam Lembaran Daerah Kota Semarang.
//! ```

use super::super::prelude::*;
use super::{find_start, is_perda, region, same_region};

/// PEN-001 `promulgation-order`.
pub struct PromulgationOrder;

static META: RuleMeta = RuleMeta {
    code: "PEN-001",
    name: "promulgation-order",
    group: Group::Closing,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Perintah pengundangan berbunyi: \"Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah ...\"",
        en: "The promulgation order reads: \"Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah ...\"",
    },
    source: "Lampiran II UU 12/2011 angka 163",
    file: include_str!("pen_001.rs"),
};

static FORMULA: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah ((?:Provinsi|Kabupaten|Kota) [A-Z][\w .'-]*[a-z])\.$",
    )
});

impl Rule for PromulgationOrder {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_perda(doc) {
            return;
        }
        let closing = doc.segment(Segment::Closing);
        if closing.is_empty() {
            return;
        }
        let gazette = region(doc).unwrap_or("<Provinsi/Kabupaten/Kota> <Nama>");
        let expected = format!(
            "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah {gazette}."
        );
        let Some(at) = find_start(closing, "Agar setiap orang") else {
            if super::whole_copy(doc)
                && let Some(line) = find_start(closing, "Ditetapkan").and_then(|i| closing.get(i))
            {
                sink.at(
                    line,
                    "penutup tidak memuat perintah pengundangan (\"Agar setiap orang mengetahuinya, ...\")",
                    "the penutup has no promulgation order (\"Agar setiap orang mengetahuinya, ...\")",
                )
                .help(
                    format!("tambahkan sebelum blok penetapan: \"{expected}\""),
                    format!("add before the enactment block: \"{expected}\""),
                );
            }
            return;
        };
        let Some(line) = closing.get(at) else {
            return;
        };
        // The formula may be broken over lines: join them up to the closing period.
        let mut text = String::new();
        for l in closing.iter().skip(at).take(4) {
            let t = l.text.trim();
            if !text.is_empty() && (t.starts_with("Ditetapkan") || t.starts_with("Diundangkan")) {
                break;
            }
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(t);
            if t.ends_with('.') {
                break;
            }
        }
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        match FORMULA.captures(&text).and_then(|c| c.get(1)) {
            Some(named) => {
                let Some(title_region) = region(doc) else {
                    return;
                };
                if same_region(named.as_str(), title_region) {
                    return;
                }
                sink.at(
                    line,
                    format!(
                        "perintah pengundangan menyebut Lembaran Daerah `{}`, sedangkan judul menyebut {title_region}",
                        named.as_str()
                    ),
                    format!(
                        "the promulgation order names the Lembaran Daerah `{}`, but the title names {title_region}",
                        named.as_str()
                    ),
                )
                .help(
                    format!("tulis: \"{expected}\""),
                    format!("write: \"{expected}\""),
                );
            }
            None => {
                sink.at(
                    line,
                    "rumusan perintah pengundangan tidak sesuai dengan rumusan baku",
                    "the promulgation order departs from the standard formula",
                )
                .help(
                    format!("tulis persis: \"{expected}\""),
                    format!("write exactly: \"{expected}\""),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{DRAFT, ENACTED};
    use super::*;
    use crate::check::testing::run_text;

    const ORDER: &str = "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Jember.";

    #[test]
    fn flags_wording_region_and_absence() {
        let wording = DRAFT.replace(ORDER, "Agar setiap orang dapat mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Jember.");
        insta::assert_snapshot!("wording", run_text(&PromulgationOrder, &wording));
        let region = DRAFT.replace(
            ORDER,
            &ORDER.replace("Kabupaten Jember", "Kabupaten Malang"),
        );
        insta::assert_snapshot!("region", run_text(&PromulgationOrder, &region));
        let absent = DRAFT.replace(&format!("{ORDER}\n"), "");
        insta::assert_snapshot!("absent", run_text(&PromulgationOrder, &absent));
    }

    #[test]
    fn accepts_the_formula_also_broken_over_lines() {
        assert_eq!(run_text(&PromulgationOrder, DRAFT), "");
        assert_eq!(run_text(&PromulgationOrder, ENACTED), "");
        let broken = DRAFT.replace(
            "Peraturan Daerah ini dengan penempatannya",
            "Peraturan Daerah ini dengan\npenempatannya",
        );
        assert_eq!(run_text(&PromulgationOrder, &broken), "");
    }
}
