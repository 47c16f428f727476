//! ## What it checks
//! The Bagian of each BAB: numbered with ordinal words (`Bagian Kesatu`, `Bagian Kedua`,
//! ..., `Bagian Kesebelas`, `Bagian Kedua Belas`), starting again from `Kesatu` in every
//! BAB, without gap or repeat; `Pertama` is not used for the first one, nor numerals
//! (`Bagian 1`). Errors (the Basis is S, so they are reported as warnings until verified).
//! It also warns when a word of the Bagian's heading other than a particle (`dan`, `atau`,
//! `di`, `ke`, `dari`, `yang`, ...) starts with a lower-case letter.
//! Nothing is reported on a line where the parser repaired OCR damage.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 73–74: a Bagian is numbered with ordinal words written in
//! letters and given a heading whose words start with capitals except particles. The angka
//! numbers are from a secondary restatement (Basis S). The numbering restarts in every
//! BAB, so `BAB III Bagian Kedua` names one place only.
//!
//! ## Example
//! ```text
//! BAB III
//! PELINDUNGAN
//! Bagian Pertama
//! umum
//! Bagian Ketiga
//! Pelindungan Sebelum Bekerja
//! ```
//!
//! ## Instead
//! ```text
//! BAB III
//! PELINDUNGAN
//! Bagian Kesatu
//! Umum
//! Bagian Kedua
//! Pelindungan Sebelum Bekerja
//! ```

use super::super::prelude::*;
use super::super::rum::report_clean;
use super::{gap_between, lone_heading_lines};

/// BT-003 `bagian-numbering`.
pub struct BagianNumbering;

static META: RuleMeta = RuleMeta {
    code: "BT-003",
    name: "bagian-numbering",
    group: Group::Body,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Bagian dinomori dengan kata bilangan tingkat (Kesatu, Kedua, ...) mulai dari Kesatu dalam setiap BAB",
        en: "Bagian are numbered with ordinal words (Kesatu, Kedua, ...) from Kesatu in every BAB",
    },
    source: "UU 12/2011 Lampiran II angka 73–74",
    file: include_str!("bt_003.rs"),
};

static NUMERAL_BAGIAN: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(Bagian|BAGIAN)\s+(\d+|[IVXLC]+)\s*$"));

/// Words of a heading that stay in lower case.
const PARTICLES: &[&str] = &[
    "dan", "atau", "dan/atau", "di", "ke", "dari", "yang", "untuk", "dalam", "pada", "serta",
    "bagi", "oleh", "terhadap", "dengan", "tentang", "sebagai", "antara", "melalui", "atas",
    "kepada", "sampai", "secara", "tanpa", "per", "yaitu", "hingga", "karena", "agar", "bukan",
    "antar", "beserta", "mengenai",
];

/// The ordinal word of `n` (`1` → `Kesatu`, `12` → `Kedua Belas`).
fn ordinal(n: u32) -> String {
    let words = super::super::rum::number_words(u64::from(n));
    let mut out = Vec::new();
    for (i, w) in words.split_whitespace().enumerate() {
        let w = if i == 0 {
            match w {
                "satu" => "kesatu".to_string(),
                "sepuluh" => "kesepuluh".to_string(),
                "sebelas" => "kesebelas".to_string(),
                other => format!("ke{other}"),
            }
        } else {
            w.to_string()
        };
        let mut cs = w.chars();
        out.push(
            cs.next()
                .map(|c| c.to_uppercase().chain(cs).collect::<String>())
                .unwrap_or_default(),
        );
    }
    out.join(" ")
}

impl Rule for BagianNumbering {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let mut local = Sink::default();
        check_all(doc, &mut local);
        report_clean(doc, local, sink);
    }
}

/// The checks, before findings on OCR-damaged lines are dropped.
fn check_all(doc: &Document, sink: &mut Sink) {
    if doc.info.amending {
        return;
    }
    // Parts grouped by their BAB (or the body, when there are none).
    let mut groups: Vec<Vec<&Node>> = Vec::new();
    let top: Vec<&Node> = doc
        .act
        .body
        .iter()
        .filter(|n| n.kind == NodeKind::Part)
        .collect();
    if !top.is_empty() {
        groups.push(top);
    }
    for ch in doc.chapters() {
        groups.push(
            ch.children
                .iter()
                .filter(|n| n.kind == NodeKind::Part)
                .collect(),
        );
    }
    for parts in groups {
        let mut expected = 1;
        let mut prev_line = parts.first().map_or(0, |p| p.span.line);
        for p in parts {
            let value = p.number.parse::<u32>().unwrap_or(0);
            let line = doc.line(p.span.line);
            let written = line
                .and_then(|l| perda_law::grammar::bagian_heading(&l.text).ok())
                .map(|(_, (_, w))| w.to_string())
                .unwrap_or_default();
            if let Some(line) = line {
                let off = line.text.find(written.as_str()).unwrap_or(0);
                if value != expected && !gap_between(doc, prev_line, p.span.line) {
                    let want = ordinal(expected);
                    sink.at_offset(
                        line,
                        off,
                        format!("Bagian {written} tidak berurutan: seharusnya Bagian {want}"),
                        format!("Bagian {written} is out of sequence: Bagian {want} is expected"),
                    )
                    .help(
                        "nomori Bagian berurutan mulai dari Bagian Kesatu dalam setiap BAB",
                        "number the Bagian in sequence from Bagian Kesatu in every BAB",
                    );
                } else if written.eq_ignore_ascii_case("pertama") {
                    sink.at_offset(
                        line,
                        off,
                        "Bagian pertama ditulis `Bagian Pertama`",
                        "the first Bagian is written `Bagian Pertama`",
                    )
                    .help("tulis `Bagian Kesatu`", "write `Bagian Kesatu`");
                } else if !written.is_empty() && written != ordinal(value) {
                    let want = ordinal(value);
                    sink.at_offset(
                        line,
                        off,
                        format!("bilangan Bagian ditulis `{written}`"),
                        format!("the ordinal of a Bagian is written `{written}`"),
                    )
                    .help(
                        format!("tulis `Bagian {want}`"),
                        format!("write `Bagian {want}`"),
                    )
                    .severity(Severity::Warning);
                }
            }
            expected = value + 1;
            prev_line = p.span.line;
            heading_case(doc, p, sink);
        }
    }
    for (line, c) in lone_heading_lines(doc, &NUMERAL_BAGIAN) {
        let n = c.get(2).map_or("", |m| m.as_str());
        let v = n
            .parse::<u32>()
            .ok()
            .or_else(|| perda_law::grammar::roman_value(n))
            .unwrap_or(1);
        let want = ordinal(v);
        sink.at(
            line,
            format!("Bagian dinomori dengan angka (`{}`)", line.text.trim()),
            format!(
                "a Bagian is numbered with a numeral (`{}`)",
                line.text.trim()
            ),
        )
        .help(
            format!("tulis `Bagian {want}`"),
            format!("write `Bagian {want}`"),
        );
    }
}

fn heading_case(doc: &Document, p: &Node, sink: &mut Sink) {
    let Some(h) = p.heading.as_deref() else {
        return;
    };
    let bad: Vec<&str> = h
        .split_whitespace()
        .filter(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
            bare.chars().next().is_some_and(char::is_lowercase) && !PARTICLES.contains(&bare)
        })
        .collect();
    let Some(first) = bad.first() else { return };
    let line = doc
        .lines
        .iter()
        .skip_while(|l| l.no < p.span.line)
        .take(3)
        .find(|l| l.text.contains(h))
        .or_else(|| doc.line(p.span.line));
    let Some(line) = line else { return };
    let off = line.text.find(first).unwrap_or(0);
    let fixed: Vec<String> = h
        .split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && PARTICLES.contains(&w.to_lowercase().as_str()) {
                return w.to_lowercase();
            }
            let mut cs = w.chars();
            cs.next()
                .map(|c| c.to_uppercase().chain(cs).collect())
                .unwrap_or_default()
        })
        .collect();
    let fixed = fixed.join(" ");
    sink.at_offset(
        line,
        off,
        format!("judul Bagian `{h}`: kata `{first}` tidak diawali huruf kapital"),
        format!("Bagian heading `{h}`: the word `{first}` does not start with a capital letter"),
    )
    .help(format!("tulis `{fixed}`"), format!("write `{fixed}`"))
    .severity(Severity::Warning);
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "BAB I\nPELINDUNGAN\nBagian Pertama\numum\nPasal 1\nTeks.\nBagian Ketiga\nPelindungan sebelum Bekerja\nPasal 2\nTeks.\nBAB II\nPEMBIAYAAN\nBagian Kedua\nSumber Pembiayaan\nPasal 3\nTeks.\nBagian 2\nPasal 4\nTeks.\n";

    #[test]
    fn flags_ordinals_sequence_and_heading_case() {
        insta::assert_snapshot!(run_text(&BagianNumbering, &perda(BAD)));
    }

    #[test]
    fn accepts_ordinals_restarting_in_each_bab() {
        let good = "BAB I\nPELINDUNGAN\nBagian Kesatu\nUmum\nPasal 1\nTeks.\nBagian Kedua\nHak dan Kewajiban di Luar Negeri\nPasal 2\nTeks.\nBAB II\nPEMBIAYAAN\nBagian Kesatu\nSumber Pembiayaan\nPasal 3\nTeks.\n";
        assert_eq!(run_text(&BagianNumbering, &perda(good)), "");
        assert_eq!(ordinal(1), "Kesatu");
        assert_eq!(ordinal(11), "Kesebelas");
        assert_eq!(ordinal(12), "Kedua Belas");
        assert_eq!(ordinal(21), "Kedua Puluh Satu");
    }
}
