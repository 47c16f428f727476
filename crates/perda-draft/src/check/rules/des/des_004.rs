//! ## What it checks
//! The penutup of a Peraturan Desa (the `mulai berlaku` sentence is KP-001's):
//! - `Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Desa ini dengan
//!   penempatannya dalam Lembaran Desa <D>.` (not `Berita Desa`, not another village);
//! - the enactment block signed `KEPALA DESA <D>,`;
//! - the promulgation block signed `SEKRETARIS DESA <D>,` (not the Camat);
//! - `LEMBARAN DESA <D> TAHUN <yyyy> NOMOR <n>` (`...` in a draft).
//!
//! A copy cut off before the penutup is not judged.
//!
//! ## Why it matters
//! The Lampiran of Permendagri 111/2014 gives these formulas: a Peraturan Desa is enacted by
//! the Kepala Desa and promulgated in the Lembaran Desa by the Sekretaris Desa; a regulation
//! "promulgated" elsewhere or by someone else has not been promulgated as the law requires,
//! and binds nobody.
//!
//! ## Example
//! ```text
//! Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Desa ini dengan
//! penempatannya dalam Berita Desa Sukamaju.
//! ...
//! CAMAT SUKAJAYA,
//! ```
//!
//! ## Instead
//! ```text
//! Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Desa ini dengan
//! penempatannya dalam Lembaran Desa Sukamaju.
//! ...
//! SEKRETARIS DESA SUKAMAJU,
//! ```

use super::super::pen::{find_start, office_at};
use super::super::prelude::*;
use super::{same_village, village};

/// DES-004 `perdes-penutup`.
pub struct PerdesPenutup;

static META: RuleMeta = RuleMeta {
    code: "DES-004",
    name: "perdes-penutup",
    group: Group::Village,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Penutup Peraturan Desa: pengundangan dalam Lembaran Desa, ditetapkan oleh Kepala Desa, diundangkan oleh Sekretaris Desa",
        en: "Penutup of a Peraturan Desa: promulgation in the Lembaran Desa, enacted by the Kepala Desa, promulgated by the Sekretaris Desa",
    },
    source: "Permendagri 111/2014 Lampiran",
    file: include_str!("des_004.rs"),
};

static ORDER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Desa ini dengan penempatannya dalam Lembaran Desa ([A-Z][\w .'-]*[a-z])\.$",
    )
});

static KADES: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:(?:Pj\.|Plt\.|Plh\.|PJ\.|PLT\.|PLH\.)\s*)?KEPALA DESA ([A-Z][A-Z .'-]*[A-Z]),$")
});

static SEKDES: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:(?:Pj\.|Plt\.|Plh\.|PJ\.|PLT\.|PLH\.)\s*)?SEKRETARIS DESA ([A-Z][A-Z .'-]*[A-Z]),$")
});

static GAZETTE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^LEMBARAN DESA ([A-Z][A-Z .'-]*[A-Z]) TAHUN (?:\d{4}|\.{3}) NOMOR (?:\d+|\.{3})$")
});

impl Rule for PerdesPenutup {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !doc.info.is_desa() {
            return;
        }
        let lines = doc.segment(Segment::Closing);
        if lines.is_empty() || !super::super::pen::whole_copy(doc) {
            return;
        }
        let v = village(doc).unwrap_or_else(|| "<NAMA DESA>".to_string());
        let title_case = v
            .split(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next().map_or(String::new(), |f| {
                    f.to_string() + &c.as_str().to_lowercase()
                })
            })
            .collect::<Vec<_>>()
            .join(" ");
        // 1. The promulgation order.
        let order = format!(
            "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Desa ini dengan penempatannya dalam Lembaran Desa {title_case}."
        );
        match find_start(lines, "Agar setiap orang") {
            Some(at) => {
                let mut text = String::new();
                for l in lines.iter().skip(at).take(4) {
                    let t = l.text.trim();
                    if !text.is_empty()
                        && (t.starts_with("Ditetapkan") || t.starts_with("Diundangkan"))
                    {
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
                let ok = ORDER
                    .captures(&text)
                    .and_then(|c| c.get(1))
                    .is_some_and(|m| same_village(doc, m.as_str()));
                if let (false, Some(line)) = (ok, lines.get(at)) {
                    sink.at(
                        line,
                        "perintah pengundangan Peraturan Desa tidak sesuai dengan rumusan baku (Lembaran Desa)",
                        "the promulgation order of the Peraturan Desa departs from the standard formula (Lembaran Desa)",
                    )
                    .help(format!("tulis: \"{order}\""), format!("write: \"{order}\""));
                }
            }
            None => {
                if let Some(line) = lines.first() {
                    sink.at(
                        line,
                        "penutup Peraturan Desa tidak memuat perintah pengundangan",
                        "the penutup of the Peraturan Desa has no promulgation order",
                    )
                    .help(
                        format!("tambahkan: \"{order}\""),
                        format!("add: \"{order}\""),
                    );
                }
            }
        }
        // 2. and 3. The two signature blocks.
        for (start, regex, expected, who_id, who_en) in [
            (
                "Ditetapkan",
                &*KADES,
                format!("KEPALA DESA {v},"),
                "penetapan",
                "enactment",
            ),
            (
                "Diundangkan",
                &*SEKDES,
                format!("SEKRETARIS DESA {v},"),
                "pengundangan",
                "promulgation",
            ),
        ] {
            let Some(at) = find_start(lines, start) else {
                if let Some(line) = lines.first() {
                    sink.at(
                        line,
                        format!("penutup Peraturan Desa tidak memuat blok {who_id} (\"{start} di ...\")"),
                        format!("the penutup of the Peraturan Desa has no {who_en} block (\"{start} di ...\")"),
                    )
                    .help(
                        format!("tambahkan: \"{start} di ...\" / \"pada tanggal ...\" / \"{expected}\""),
                        format!("add: \"{start} di ...\" / \"pada tanggal ...\" / \"{expected}\""),
                    );
                }
                continue;
            };
            let next = lines
                .get(at + 1)
                .filter(|l| {
                    l.text
                        .trim_start()
                        .to_lowercase()
                        .starts_with("pada tanggal")
                })
                .map_or(at + 1, |_| at + 2);
            let office = office_at(lines, next);
            let ok = office.as_ref().is_some_and(|(o, _)| {
                regex
                    .captures(o)
                    .and_then(|c| c.get(1))
                    .is_some_and(|m| same_village(doc, m.as_str()))
            });
            if ok {
                continue;
            }
            let (shown, line) = match &office {
                Some((o, l)) => (o.clone(), *l),
                None => match lines.get(at) {
                    Some(l) => (String::new(), l),
                    None => continue,
                },
            };
            sink.at(
                line,
                format!("blok {who_id} Peraturan Desa tidak ditandatangani oleh \"{expected}\" (`{shown}`)"),
                format!("the {who_en} block of the Peraturan Desa is not signed by \"{expected}\" (`{shown}`)"),
            )
            .help(format!("tulis: \"{expected}\""), format!("write: \"{expected}\""));
        }
        // 4. The Lembaran Desa line.
        let expected = format!(
            "LEMBARAN DESA {v} TAHUN {} NOMOR {}",
            if doc.info.draft { "..." } else { "<tahun>" },
            if doc.info.draft { "..." } else { "<nomor>" }
        );
        match lines.iter().find(|l| {
            let t = l.text.trim().to_uppercase();
            t.starts_with("LEMBARAN DESA")
                || t.starts_with("BERITA DESA")
                || t.starts_with("LEMBARAN DAERAH")
        }) {
            Some(line) => {
                let t = line.text.split_whitespace().collect::<Vec<_>>().join(" ");
                let ok = GAZETTE
                    .captures(&t)
                    .and_then(|c| c.get(1))
                    .is_some_and(|m| same_village(doc, m.as_str()));
                if !ok {
                    sink.at(
                        line,
                        format!("baris Lembaran Desa tidak baku: `{t}`"),
                        format!("the Lembaran Desa line is not in the standard form: `{t}`"),
                    )
                    .help(
                        format!("tulis: \"{expected}\""),
                        format!("write: \"{expected}\""),
                    );
                }
            }
            None => {
                if let Some(line) = find_start(lines, "Diundangkan").and_then(|i| lines.get(i)) {
                    sink.at(
                        line,
                        "penutup Peraturan Desa tidak memuat baris Lembaran Desa",
                        "the penutup of the Peraturan Desa has no Lembaran Desa line",
                    )
                    .help(
                        format!("tambahkan: \"{expected}\""),
                        format!("add: \"{expected}\""),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDES;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_berita_desa_and_a_camat() {
        let bad = PERDES
            .replace(
                "dalam Lembaran Desa Sukamaju.",
                "dalam Berita Desa Sukamaju.",
            )
            .replace("SEKRETARIS DESA SUKAMAJU,", "CAMAT SUKAJAYA,")
            .replace(
                "LEMBARAN DESA SUKAMAJU TAHUN 2024 NOMOR 2",
                "BERITA DESA SUKAMAJU TAHUN 2024 NOMOR 2",
            );
        insta::assert_snapshot!(run_text(&PerdesPenutup, &bad));
    }

    #[test]
    fn accepts_the_formulas_and_a_draft() {
        assert_eq!(run_text(&PerdesPenutup, PERDES), "");
        let draft = format!("RANCANGAN\n{PERDES}")
            .replace("NOMOR 2 TAHUN 2024\n", "NOMOR ... TAHUN ...\n")
            .replace("pada tanggal 5 Maret 2024", "pada tanggal ...")
            .replace("AHMAD\n", "...\n")
            .replace("BUDI\n", "...\n")
            .replace("TAHUN 2024 NOMOR 2", "TAHUN ... NOMOR ...");
        assert_eq!(run_text(&PerdesPenutup, &draft), "");
    }
}
