//! ## What it checks
//! That every formula naming the region names the region of the title, at the title's
//! level: the kop (`BUPATI <R>`, `PEMERINTAH KABUPATEN <R>`), the enacting office
//! (`BUPATI <R>,`), the DPRD (or BPD) in the diktum, the signature blocks, `SEKRETARIS
//! DAERAH <LEVEL> <R>,`, `Lembaran Daerah <Level> <R>` in the pengundangan formula, the
//! `LEMBARAN DAERAH <LEVEL> <R> TAHUN ...` line, the NOREG line, the Penjelasan heading
//! and `TAMBAHAN LEMBARAN DAERAH`, and `Daerah adalah <Level> <R>` in Pasal 1 (for a
//! Peraturan Desa: `KEPALA DESA`, `BADAN PERMUSYAWARATAN DESA`, `SEKRETARIS DESA`,
//! `Lembaran Desa`, `Desa adalah Desa <D>`). An enacting office of another level is
//! DOC-003's finding.
//!
//! ## Why it matters
//! The formulas of the pembukaan, diktum and penutup of UU 12/2011 Lampiran II and the
//! Perda form in the Lampiran of Permendagri 80/2015 repeat the region's name. A draft
//! copied from another region's Perda often keeps that region's name in one of them, and
//! the regulation is then promulgated in the wrong region's gazette or signed by the wrong
//! official. The rule is inferred from the formulas (basis I): no single angka states it.
//!
//! ## Example
//! ```text
//! PERATURAN DAERAH KOTA BATU
//! ...
//! Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini
//! dengan penempatannya dalam Lembaran Daerah Kabupaten Malang.
//! ```
//!
//! ## Instead
//! ```text
//! Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini
//! dengan penempatannya dalam Lembaran Daerah Kota Batu.
//! ```

use super::super::prelude::*;
use super::{is_note, level_of_word, office_at_start, preamble_lines, region_name, squash};

/// DOC-002 `region-consistent`.
pub struct RegionConsistent;

static META: RuleMeta = RuleMeta {
    code: "DOC-002",
    name: "region-consistent",
    group: Group::Document,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Inferred,
    summary: StaticMsg {
        id: "Nama dan tingkat daerah sama di judul dan di setiap rumusan baku",
        en: "The region and its level are the same in the title and in every formula",
    },
    source: "UU 12/2011 Lampiran II (rumusan pembukaan, diktum, dan penutup); Permendagri 80/2015 Lampiran",
    file: include_str!("doc_002.rs"),
};

/// All-caps lines of the opening and the closing that carry a level and a region.
static LEVELLED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:DEWAN PERWAKILAN RAKYAT DAERAH|PEMERINTAH|SEKRETARIS DAERAH)\s+(PROVINSI|PROPINSI|KABUPATEN|KOTA)\s+([A-Z][A-Z .'()-]*?)\s*,?$",
    )
});
/// All-caps lines of a Peraturan Desa that carry the village's name.
static VILLAGE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:BADAN PERMUSYAWARATAN DESA|SEKRETARIS DESA|KEPALA DESA)\s+([A-Z][A-Z .'()-]*?)\s*,?$")
});
/// Gazette lines (`LEMBARAN DAERAH KABUPATEN MALANG TAHUN 2019 NOMOR 7`), the NOREG line
/// and the supplement line.
static GAZETTE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:TAMBAHAN\s+)?(?:LEMBARAN|BERITA)\s+DAERAH\s+(PROVINSI|PROPINSI|KABUPATEN|KOTA)\s+(.+?)\s+(?:TAHUN|NOMOR)\b|^NOREG\s+PERATURAN\s+DAERAH\s+(PROVINSI|PROPINSI|KABUPATEN|KOTA)\s+([^,:(]+)",
    )
});
static VILLAGE_GAZETTE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^LEMBARAN\s+DESA\s+(.+?)\s+TAHUN\b"));
/// The pengundangan formula.
static PUBLICATION: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)dalam\s+Lembaran\s+(?:Daerah\s+(Provinsi|Propinsi|Kabupaten|Kota)|(Desa))\s+([^.,;]+)")
});
/// The heading of the Penjelasan.
static ELUCIDATION_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:PENJELASAN\s+ATAS\s+)?PERATURAN\s+DAERAH\s+(PROVINSI|PROPINSI|KABUPATEN|KOTA)\s+(.+?)(?:\s+NOMOR\b.*)?$",
    )
});
/// `Daerah adalah Kabupaten Malang.` / `Desa adalah Desa Sukamaju, ...`.
static DAERAH_ADALAH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:Daerah\s+adalah\s+(?:Daerah\s+)?(Provinsi|Propinsi|Kabupaten|Kota)|Desa\s+adalah\s+(Desa))\s+([^.,;]+)",
    )
});

/// A region named by a formula.
struct Named {
    line: u32,
    column: u32,
    level: Option<Level>,
    region: String,
    /// The level and region as written.
    written: String,
    /// The formula they were read from.
    formula: String,
}

/// Whether two region names agree: equal ignoring spacing and punctuation, or one is the
/// other followed by more words (a name cut at a line end, or a sentence going on).
fn agrees(found: &str, title: &str) -> bool {
    let key = |w: &str| -> String { w.chars().filter(char::is_ascii_alphanumeric).collect() };
    let f: Vec<String> = squash(found)
        .split(' ')
        .map(key)
        .filter(|w| !w.is_empty())
        .collect();
    let t: Vec<String> = squash(title)
        .split(' ')
        .map(key)
        .filter(|w| !w.is_empty())
        .collect();
    if f.concat() == t.concat() {
        return true;
    }
    let n = f.len().min(t.len());
    n > 0 && f.get(..n) == t.get(..n)
}

/// The capitalised words at the start of a phrase (`Malang sebagai ...` → `Malang`).
fn proper_words(s: &str) -> &str {
    let mut end = 0;
    for (i, w) in s.split_whitespace().enumerate() {
        if !w.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        let Some(pos) = s.get(end..).and_then(|r| r.find(w)) else {
            break;
        };
        end += pos + w.len();
        if i > 8 {
            break;
        }
    }
    s.get(..end).unwrap_or(s).trim()
}

fn collect(doc: &Document, desa: bool) -> Vec<Named> {
    let mut out = Vec::new();
    // `from` is where the level word (or the region) starts in the line, `region` the
    // region's words, `formula` the words quoted in the message.
    let mut push = |line: &Line, from: usize, level: Option<Level>, region: &str, formula: &str| {
        let region = region.trim().trim_end_matches([',', '.', ';', ':']).trim();
        let written = line
            .text
            .get(from..)
            .and_then(|rest| rest.find(region).and_then(|i| rest.get(..i + region.len())))
            .unwrap_or(region);
        out.push(Named {
            line: line.no,
            column: line.column(from),
            level,
            region: region.to_string(),
            written: written.to_string(),
            formula: formula.trim().to_string(),
        });
    };
    let lines = preamble_lines(doc)
        .iter()
        .chain(doc.segment(Segment::Closing))
        .filter(|l| !is_note(&l.text));
    for line in lines {
        let t = line.text.trim();
        if !desa {
            if let Some(c) = LEVELLED_LINE.captures(t)
                && let (Some(lv), Some(r)) = (c.get(1), c.get(2))
            {
                push(line, lv.start(), level_of_word(lv.as_str()), r.as_str(), t);
                continue;
            }
            if let Some((level, end)) = office_at_start(t)
                && level != Level::Desa
                && Some(level) == doc.info.level
            {
                let rest = t.get(end..).unwrap_or("");
                let rest = rest
                    .trim_start()
                    .strip_prefix("KEPALA DAERAH TINGKAT II ")
                    .or_else(|| rest.trim_start().strip_prefix("KEPALA DAERAH TINGKAT I "))
                    .unwrap_or(rest);
                let region = rest.trim().trim_end_matches(',').trim();
                if !region.is_empty()
                    && region
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || " .'()-".contains(c))
                {
                    let off = t.rfind(region).unwrap_or(0);
                    push(line, off, None, region, t);
                }
                continue;
            }
            if let Some(c) = GAZETTE_LINE.captures(t) {
                let (lv, r) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
                    (Some(lv), Some(r), _, _) | (_, _, Some(lv), Some(r)) => (lv, r),
                    _ => continue,
                };
                push(line, lv.start(), level_of_word(lv.as_str()), r.as_str(), t);
                continue;
            }
        } else {
            if let Some(c) = VILLAGE_LINE.captures(t)
                && let Some(r) = c.get(1)
            {
                push(line, r.start(), Some(Level::Desa), r.as_str(), t);
                continue;
            }
            if let Some(c) = VILLAGE_GAZETTE.captures(t)
                && let Some(r) = c.get(1)
            {
                push(line, r.start(), Some(Level::Desa), r.as_str(), t);
                continue;
            }
        }
        if let Some(c) = PUBLICATION.captures(t)
            && let Some(r) = c.get(3)
        {
            let level = match (c.get(1), c.get(2)) {
                (Some(lv), _) => level_of_word(lv.as_str()),
                (None, Some(_)) => Some(Level::Desa),
                _ => None,
            };
            if (level == Some(Level::Desa)) == desa {
                let name = proper_words(r.as_str());
                let from = c.get(1).or(c.get(2)).map_or(r.start(), |m| m.start());
                let start = c.get(0).map_or(0, |m| m.start() + "dalam ".len());
                let formula = line.text.get(start..r.start() + name.len()).unwrap_or(t);
                push(line, from, level, name, formula);
            }
        }
    }
    if !desa {
        for line in doc.segment(Segment::Elucidation).iter().take(6) {
            let t = line.text.trim();
            if let Some(c) = ELUCIDATION_HEAD.captures(t)
                && let (Some(lv), Some(r)) = (c.get(1), c.get(2))
            {
                push(line, lv.start(), level_of_word(lv.as_str()), r.as_str(), t);
            }
        }
        for line in doc.segment(Segment::Elucidation) {
            let t = line.text.trim();
            if t.to_uppercase().starts_with("TAMBAHAN LEMBARAN DAERAH")
                && let Some(c) = GAZETTE_LINE.captures(t)
                && let (Some(lv), Some(r)) = (c.get(1), c.get(2))
            {
                push(line, lv.start(), level_of_word(lv.as_str()), r.as_str(), t);
            }
        }
    }
    for def in &doc.definitions {
        let Some(c) = DAERAH_ADALAH.captures(&def.text) else {
            continue;
        };
        let (level, lv, r) = match (c.get(1), c.get(2), c.get(3)) {
            (Some(lv), _, Some(r)) => (level_of_word(lv.as_str()), lv, r),
            (None, Some(lv), Some(r)) => (Some(Level::Desa), lv, r),
            _ => continue,
        };
        if (level == Some(Level::Desa)) != desa {
            continue;
        }
        let name = proper_words(r.as_str());
        let Some(line) = doc.line(def.line) else {
            continue;
        };
        let written = def
            .text
            .get(lv.start()..r.start() + name.len())
            .unwrap_or(name);
        let off = line.text.find(written).unwrap_or(0);
        let formula = def.text.get(..r.start() + name.len()).unwrap_or(&def.text);
        push(line, off, level, name, formula);
    }
    out
}

impl Rule for RegionConsistent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let (Some(region), Some(title_level)) = (region_name(doc), doc.info.level) else {
            return;
        };
        let desa = title_level == Level::Desa;
        let title = doc
            .info
            .region
            .as_deref()
            .and_then(|r| r.split(',').next())
            .unwrap_or(&region)
            .to_string();
        for n in collect(doc, desa) {
            let level_ok = n.level.is_none_or(|l| l == title_level);
            let region_ok = agrees(&n.region, &region);
            if level_ok && region_ok {
                continue;
            }
            let written = &n.written;
            sink.report(
                n.line,
                n.column,
                format!(
                    "daerah `{written}` dalam `{}` tidak sama dengan daerah pada judul (`{title}`)",
                    n.formula
                ),
                format!(
                    "the region `{written}` in `{}` differs from the title's (`{title}`)",
                    n.formula
                ),
            )
            .help(
                format!("gunakan nama daerah dari judul: `{title}`"),
                format!("use the title's region: `{title}`"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "RANCANGAN\nPERATURAN DAERAH KOTA BATU\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nWALI KOTA BATU,\nMenimbang : bahwa untuk melaksanakan ketentuan Pasal 41 Undang-Undang Nomor 18 Tahun 2017, perlu menetapkan Peraturan Daerah tentang Pelindungan Pekerja Migran Indonesia;\nMengingat : Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\nDengan Persetujuan Bersama\nDEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN MALANG\ndan\nWALI KOTA BATU\nMEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nBAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Malang.\n2. Wali Kota adalah Wali Kota Batu.\nPasal 2\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Malang.\nDitetapkan di Batu\npada tanggal ...\nWALI KOTA BATU,\nDiundangkan di Batu\npada tanggal ...\nSEKRETARIS DAERAH KOTA MALANG,\nLEMBARAN DAERAH KOTA BATU TAHUN ... NOMOR ...\n";

    #[test]
    fn flags_a_region_copied_from_another_perda() {
        insta::assert_snapshot!(run_text(&RegionConsistent, BAD));
    }

    #[test]
    fn accepts_consistent_formulas() {
        let good = BAD
            .replace("KABUPATEN MALANG", "KOTA BATU")
            .replace("Kabupaten Malang", "Kota Batu")
            .replace("KOTA MALANG", "KOTA BATU");
        assert_eq!(run_text(&RegionConsistent, &good), "");
    }

    #[test]
    fn accepts_a_perdes_and_long_names() {
        let perdes = "KEPALA DESA SUKAMAJU\nKABUPATEN JEMBER\nPERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nKEPALA DESA SUKAMAJU,\nDengan Kesepakatan Bersama\nBADAN PERMUSYAWARATAN DESA SUKAMAJU\ndan\nKEPALA DESA SUKAMAJU\nMEMUTUSKAN:\nMenetapkan: PERATURAN DESA TENTANG X.\nPasal 1\nDalam Peraturan Desa ini yang dimaksud dengan:\n1. Desa adalah Desa Sukamaju, Kabupaten Jember.\nPasal 2\nPeraturan Desa ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Desa ini dengan penempatannya dalam Lembaran Desa Sukamaju.\nDitetapkan di Sukamaju\nKEPALA DESA SUKAMAJU,\nSEKRETARIS DESA SUKAMAJU,\nLEMBARAN DESA SUKAMAJU TAHUN ... NOMOR ...\n";
        assert_eq!(run_text(&RegionConsistent, perdes), "");
        let pangkep = "PERATURAN DAERAH KABUPATEN PANGKAJENE DAN KEPULAUAN\nNOMOR 1 TAHUN 2024\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI PANGKAJENE DAN KEPULAUAN,\nMEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG X.\nPasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Pangkajene dan Kepulauan.\nPasal 2\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Pangkajene dan Kepulauan.\n";
        assert_eq!(run_text(&RegionConsistent, pangkep), "");
    }

    #[test]
    fn names_agree_by_prefix_and_spelling() {
        assert!(agrees("PANGKAL PINANG", "PANGKALPINANG"));
        assert!(agrees("Malang sebagai", "MALANG"));
        assert!(!agrees("LOMBOK BARAT", "LOMBOK TIMUR"));
        assert!(!agrees("MALANG", "BATU"));
    }
}
