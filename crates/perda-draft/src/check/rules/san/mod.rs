//! Rules of group `SAN`: sanctions and criminal provisions.
//!
//! The helpers here read the body as sentence-sized units (an ayat, or a Pasal without ayat),
//! find where a phrase of a unit stands in the file, and read the amounts, durations and
//! fine categories that the ceilings of UU 12/2011 Pasal 15 and the KUHP speak of.

use perda_law::structure::ActKind;

use super::prelude::*;
use crate::check::rule::Rule;

pub mod san_001;
pub mod san_002;
pub mod san_003;
pub mod san_004;
pub mod san_005;
pub mod san_006;
pub mod san_007;
pub mod san_008;
pub mod san_009;
pub mod san_010;
pub mod san_011;
pub mod san_012;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &san_001::NoCriminalProvisionsInPerdes,
    &san_002::CriminalProvisionsInOwnChapter,
    &san_003::CriminalProvisionNamesPasal,
    &san_004::CriminalProvisionSubject,
    &san_005::PenaltiesJoinedExplicitly,
    &san_006::LegacyPerdaPenaltyCeiling,
    &san_007::LegacyKurunganOrDenda,
    &san_008::KuhpPerdaFinesOnly,
    &san_009::NoPelanggaranKejahatan,
    &san_010::AdministrativeSanctionTypes,
    &san_011::RetroactivityExcludesCriminal,
    &san_012::InvestigationBeforeCriminal,
];

/// Whether the document is a Perda provinsi, kabupaten or kota: the regulations whose
/// criminal provisions UU 12/2011 Pasal 15 ayat (2)–(3) and UU 23/2014 Pasal 238 limit.
pub(crate) fn is_perda(doc: &Document) -> bool {
    match doc.info.kind {
        Some(ActKind::PeraturanDaerah) => !doc.info.is_desa(),
        None => matches!(
            doc.info.level,
            Some(Level::Provinsi | Level::Kabupaten | Level::Kota)
        ),
        Some(_) => false,
    }
}

/// A sentence-sized unit of the body: an ayat, or a Pasal without ayat (with its points and
/// closing words), with its joined text.
pub(crate) struct Unit<'a> {
    /// The joined text (marker, lead-in, points, tail).
    pub text: String,
    /// The ayat or Pasal.
    pub node: &'a Node,
    /// The Pasal it belongs to.
    pub article: &'a Node,
    /// The BAB it belongs to, if the body has BABs.
    pub chapter: Option<&'a Node>,
}

/// The units of the body, in order.
pub(crate) fn units(doc: &Document) -> Vec<Unit<'_>> {
    let mut out = Vec::new();
    for top in &doc.act.body {
        let chapter = (top.kind == NodeKind::Chapter).then_some(top);
        for article in top.walk().filter(|n| n.kind == NodeKind::Article) {
            let clauses: Vec<&Node> = article
                .children
                .iter()
                .filter(|c| c.kind == NodeKind::Clause)
                .collect();
            if clauses.is_empty() {
                out.push(Unit {
                    text: article.full_text(),
                    node: article,
                    article,
                    chapter,
                });
                continue;
            }
            if !article.text.trim().is_empty() {
                out.push(Unit {
                    text: article.text.clone(),
                    node: article,
                    article,
                    chapter,
                });
            }
            for clause in clauses {
                out.push(Unit {
                    text: clause.full_text(),
                    node: clause,
                    article,
                    chapter,
                });
            }
        }
    }
    out
}

/// The file lines a node and its descendants stand on.
pub(crate) fn node_lines<'a>(doc: &'a Document, node: &Node) -> Vec<&'a Line> {
    let from = node.span.line;
    let to = node
        .walk()
        .map(|n| n.span.end_line.max(n.span.line))
        .max()
        .unwrap_or(from);
    doc.lines_between(from, to).iter().collect()
}

/// Where `needle` (a phrase of the node's joined text) stands in the file: the line and byte
/// offset of its longest leading run of words found on one line, else the node's first line.
pub(crate) fn locate<'a>(
    doc: &'a Document,
    node: &Node,
    needle: &str,
) -> Option<(&'a Line, usize)> {
    let lines = node_lines(doc, node);
    let words: Vec<&str> = needle.split_whitespace().collect();
    for k in (1..=words.len().min(8)).rev() {
        let probe = words.get(..k).map(|w| w.join(" ")).unwrap_or_default();
        if probe.is_empty() {
            continue;
        }
        for l in &lines {
            if let Some(i) = l.text.find(&probe) {
                return Some((l, i));
            }
        }
    }
    lines.first().map(|l| (*l, 0))
}

/// Reports at the place of `needle` in a unit, or at the unit's first line.
pub(crate) fn report_in<'s>(
    sink: &'s mut Sink,
    doc: &Document,
    node: &Node,
    needle: &str,
    id: String,
    en: String,
) -> Option<&'s mut crate::check::rule::Raw> {
    let (line, offset) = locate(doc, node, needle)?;
    Some(sink.at_offset(line, offset, id, en))
}

/// A unit that threatens a criminal penalty (`dipidana`, `diancam pidana`, `pidana ...
/// paling ...`).
pub(crate) static CRIMINAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bdipidana\b|\bdiancam\s+(dengan\s+)?pidana\b|\bpidana\s+(kurungan|penjara|denda)\s+paling\b",
    )
});

/// Whether the text speaks of a criminal penalty at all (`pidana`, `dipidana`).
pub(crate) fn mentions_pidana(text: &str) -> bool {
    text.to_lowercase().contains("pidana")
}

/// An amount in rupiah as written after `Rp` (`50.000.000,00`, `1.000.000,-`, `5000000`).
pub(crate) fn rupiah(digits: &str) -> Option<u64> {
    let core = digits.split(',').next().unwrap_or("").trim_end_matches('.');
    if core.is_empty() || !core.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let plain: String = core.chars().filter(char::is_ascii_digit).collect();
    plain.parse().ok()
}

/// Reads an Indonesian number in words (`lima puluh juta`, `dua belas`, `seratus`).
pub(crate) fn words_to_number(s: &str) -> Option<u64> {
    let mut total: u64 = 0;
    let mut group: u64 = 0;
    let mut last: u64 = 0;
    let mut any = false;
    for raw in s.split_whitespace() {
        let w = raw.to_lowercase();
        let digit = match w.as_str() {
            "nol" => Some(0),
            "satu" => Some(1),
            "dua" => Some(2),
            "tiga" => Some(3),
            "empat" => Some(4),
            "lima" => Some(5),
            "enam" => Some(6),
            "tujuh" => Some(7),
            "delapan" => Some(8),
            "sembilan" => Some(9),
            "sepuluh" => Some(10),
            "sebelas" => Some(11),
            "seratus" => Some(100),
            _ => None,
        };
        if let Some(d) = digit {
            group = group.checked_add(d)?;
            last = d;
            any = true;
            continue;
        }
        match w.as_str() {
            "belas" => {
                group = group.checked_add(10)?;
                last = last.checked_add(10)?;
            }
            "puluh" => {
                group = group
                    .checked_sub(last)?
                    .checked_add(last.checked_mul(10)?)?;
                last = last.checked_mul(10)?;
            }
            "ratus" => {
                group = group
                    .checked_sub(last)?
                    .checked_add(last.checked_mul(100)?)?;
                last = last.checked_mul(100)?;
            }
            "seribu" => {
                total = total.checked_add(group.checked_add(1)?.checked_mul(1000)?)?;
                group = 0;
                last = 0;
                any = true;
            }
            "sejuta" => {
                total = total.checked_add(group.checked_add(1)?.checked_mul(1_000_000)?)?;
                group = 0;
                last = 0;
                any = true;
            }
            "ribu" | "juta" | "miliar" | "milyar" | "triliun" => {
                let scale: u64 = match w.as_str() {
                    "ribu" => 1000,
                    "juta" => 1_000_000,
                    "triliun" => 1_000_000_000_000,
                    _ => 1_000_000_000,
                };
                total = total.checked_add(group.max(1).checked_mul(scale)?)?;
                group = 0;
                last = 0;
            }
            "rupiah" => {}
            _ => return None,
        }
    }
    any.then(|| total.checked_add(group)).flatten()
}

/// A length of time as a Perda writes it, in days (a month as 30, a year as 360 days, so
/// that `6 (enam) bulan` is exactly the ceiling and `1 (satu) tahun` is twelve months).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Duration {
    /// The number as written.
    pub n: u64,
    /// `hari`, `minggu`, `bulan` or `tahun`.
    pub unit: &'static str,
}

impl Duration {
    /// From a number and its unit word.
    pub fn new(n: u64, unit: &str) -> Option<Duration> {
        let unit = match unit.to_lowercase().as_str() {
            "hari" => "hari",
            "minggu" => "minggu",
            "bulan" => "bulan",
            "tahun" => "tahun",
            _ => return None,
        };
        Some(Duration { n, unit })
    }

    /// Whether it is longer than six months (184 days when counted in days).
    pub fn exceeds_six_months(self) -> bool {
        match self.unit {
            "hari" => self.n > 184,
            "minggu" => self.n.saturating_mul(7) > 184,
            "bulan" => self.n > 6,
            _ => self.n >= 1,
        }
    }

    /// The length in months, when it is a whole number of months.
    pub fn months(self) -> Option<u64> {
        match self.unit {
            "bulan" => Some(self.n),
            "tahun" => self.n.checked_mul(12),
            _ => None,
        }
    }
}

/// `kurungan paling lama 1 (satu) tahun`, `kurungan selama-lamanya enam bulan`.
pub(crate) static KURUNGAN_TERM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bkurungan\s+(?:(?:paling\s+lama|selama-lamanya|maksimal|maksimum|paling\s+tinggi|setinggi-tingginya)\s+)?(?:(\d+)\s*(?:\(\s*[a-z ]+?\s*\))?|([a-z]+(?:\s+[a-z]+){0,3}?))\s+(hari|minggu|bulan|tahun)\b",
    )
});

/// The duration of a [`KURUNGAN_TERM`] match.
pub(crate) fn kurungan_duration(caps: &regex::Captures<'_>) -> Option<Duration> {
    let n = match (caps.get(1), caps.get(2)) {
        (Some(d), _) => d.as_str().parse().ok()?,
        (None, Some(w)) => words_to_number(w.as_str())?,
        _ => return None,
    };
    Duration::new(n, caps.get(3)?.as_str())
}

/// `denda paling banyak Rp50.000.000,00`, `denda sebanyak-banyaknya Rp. 1.000.000,-`; group 1
/// is the amount as written. `denda administratif ...` does not match.
pub(crate) static DENDA_RP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bdenda\s+(?:(?:paling\s+banyak|sebanyak-banyaknya|setinggi-tingginya|paling\s+tinggi|maksimal|maksimum|sebesar|paling\s+besar)\s+)?(?:sebesar\s+)?Rp\.?\s*(\d[\d.]*(?:,(?:\d{2}|-))?)",
    )
});

/// `kategori III`: group 1 is the Roman numeral.
pub(crate) static KATEGORI: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[Kk]ategori\s+(VIII|VII|VI|IV|V|III|II|I)\b"));

/// The value of a fine category (KUHP Pasal 79 ayat (1)), from its Roman numeral.
pub(crate) fn kategori(roman: &str) -> Option<(u8, u64)> {
    Some(match roman {
        "I" => (1, 1_000_000),
        "II" => (2, 10_000_000),
        "III" => (3, 50_000_000),
        "IV" => (4, 200_000_000),
        "V" => (5, 500_000_000),
        "VI" => (6, 2_000_000_000),
        "VII" => (7, 5_000_000_000),
        "VIII" => (8, 50_000_000_000),
        _ => return None,
    })
}

/// `Rp50.000.000,00` for an amount.
pub(crate) fn format_rupiah(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    format!("Rp{out},00")
}

/// The Perda ceiling of a criminal fine: Rp50.000.000,00 (UU 12/2011 Pasal 15 ayat (2),
/// = kategori III of KUHP Pasal 79).
pub(crate) const PERDA_FINE_CEILING: u64 = 50_000_000;

#[cfg(test)]
pub(crate) mod fixtures {
    //! Documents shared by the group's tests.

    /// A draft Perda kabupaten with criminal provisions as regime B wants them.
    pub const PERDA_B: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nKETERTIBAN UMUM\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG KETERTIBAN UMUM.\nBAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Setiap Orang adalah orang perseorangan atau badan.\nBAB II\nLARANGAN\nPasal 2\nSetiap Orang dilarang membuang sampah ke sungai.\nBAB III\nPENYIDIKAN\nPasal 3\nPenyidikan atas pelanggaran Peraturan Daerah ini dilaksanakan oleh Penyidik Pegawai Negeri Sipil.\nBAB IV\nKETENTUAN PIDANA\nPasal 4\n(1) Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 2 dipidana dengan pidana denda paling banyak kategori III.\n(2) Selain dipidana sebagaimana dimaksud pada ayat (1), pelaku wajib memulihkan sungai.\nBAB V\nKETENTUAN PENUTUP\nPasal 5\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";

    /// The same Perda enacted in 2019, with the legacy ceiling (regime A).
    pub const PERDA_A: &str = "PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 4 TAHUN 2019\nTENTANG\nKETERTIBAN UMUM\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG KETERTIBAN UMUM.\nBAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\nBAB II\nLARANGAN\nPasal 2\nSetiap Orang dilarang membuang sampah ke sungai.\nBAB III\nPENYIDIKAN\nPasal 3\nPenyidikan dilaksanakan oleh Penyidik Pegawai Negeri Sipil.\nBAB IV\nKETENTUAN PIDANA\nPasal 4\nSetiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 2 dipidana dengan pidana kurungan paling lama 6 (enam) bulan atau pidana denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah).\nBAB V\nKETENTUAN PENUTUP\nPasal 5\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Jember.\nDitetapkan di Jember\npada tanggal 12 Juli 2019\nBUPATI JEMBER,\nttd.\nFAIDA\n";

    /// Reads UU 18/2017 from the law corpus.
    pub fn uu_18_2017() -> crate::check::Document {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../law-corpus/uu-18-2017.md"
        );
        #[allow(clippy::expect_used)]
        let bytes = std::fs::read(path).expect("law corpus present");
        #[allow(clippy::expect_used)]
        let src = perda_law::Source::from_bytes("uu-18-2017.md", &bytes).expect("loads");
        #[allow(clippy::expect_used)]
        crate::check::Document::new(
            &src,
            &crate::check::ReadOptions {
                today: Some(crate::check::testing::TODAY),
                ..crate::check::ReadOptions::default()
            },
        )
        .expect("parses")
    }

    /// Reads every real opening of tests/fixtures/perda-openings (bodies cut off).
    pub fn openings() -> Vec<crate::check::Document> {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/perda-openings"
        );
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        assert!(!paths.is_empty(), "no openings found in {dir}");
        paths
            .iter()
            .map(|p| {
                #[allow(clippy::expect_used)]
                let bytes = std::fs::read(p).expect("readable");
                #[allow(clippy::expect_used)]
                let src =
                    perda_law::Source::from_bytes(&p.display().to_string(), &bytes).expect("loads");
                #[allow(clippy::expect_used)]
                crate::check::Document::new(
                    &src,
                    &crate::check::ReadOptions {
                        today: Some(crate::check::testing::TODAY),
                        ..crate::check::ReadOptions::default()
                    },
                )
                .expect("parses")
            })
            .collect()
    }

    /// Runs rules on a document and returns `CODE line:col message` lines.
    pub fn run_all(rules: &[&dyn crate::check::Rule], doc: &crate::check::Document) -> String {
        let mut out = String::new();
        for r in rules {
            let s = crate::check::testing::run(*r, doc);
            for l in s.lines().filter(|l| !l.starts_with("  help:")) {
                out.push_str(r.meta().code);
                out.push(' ');
                out.push_str(l);
                out.push('\n');
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::{openings, run_all, uu_18_2017};
    use super::*;

    #[test]
    fn silent_on_the_statute_and_on_openings_without_a_body() {
        assert_eq!(run_all(RULES, &uu_18_2017()), "");
        for d in openings() {
            assert_eq!(run_all(RULES, &d), "", "{}", d.name);
        }
    }

    #[test]
    fn reads_amounts_and_words() {
        assert_eq!(rupiah("50.000.000,00"), Some(50_000_000));
        assert_eq!(rupiah("1.000.000,-"), Some(1_000_000));
        assert_eq!(rupiah("75000000"), Some(75_000_000));
        assert_eq!(rupiah("5.000.000."), Some(5_000_000));
        assert_eq!(rupiah(""), None);
        assert_eq!(words_to_number("lima puluh juta rupiah"), Some(50_000_000));
        assert_eq!(words_to_number("dua ratus lima puluh ribu"), Some(250_000));
        assert_eq!(words_to_number("seratus dua puluh lima"), Some(125));
        assert_eq!(words_to_number("dua belas"), Some(12));
        assert_eq!(words_to_number("sebelas"), Some(11));
        assert_eq!(words_to_number("enam"), Some(6));
        assert_eq!(words_to_number("lima belas miliar"), Some(15_000_000_000));
        assert_eq!(words_to_number("seribu"), Some(1000));
        assert_eq!(words_to_number("selama tiga"), None);
        assert_eq!(format_rupiah(50_000_000), "Rp50.000.000,00");
        assert_eq!(format_rupiah(1_000), "Rp1.000,00");
    }

    #[test]
    fn reads_kurungan_durations() {
        let d = |s: &str| {
            KURUNGAN_TERM
                .captures(s)
                .and_then(|c| kurungan_duration(&c))
        };
        let year = d("pidana kurungan paling lama 1 (satu) tahun").unwrap();
        assert_eq!(year.months(), Some(12));
        assert!(year.exceeds_six_months());
        let six = d("pidana kurungan paling lama 6 (enam) bulan atau").unwrap();
        assert!(!six.exceeds_six_months());
        assert!(
            d("kurungan selama-lamanya 3 (tiga) bulan")
                .is_some_and(|x| x.n == 3 && !x.exceeds_six_months())
        );
        assert!(d("kurungan paling lama delapan bulan").is_some_and(|x| x.exceeds_six_months()));
        assert!(
            d("kurungan paling lama 200 (dua ratus) hari").is_some_and(|x| x.exceeds_six_months())
        );
        assert!(
            d("kurungan paling lama 180 (seratus delapan puluh) hari")
                .is_some_and(|x| !x.exceeds_six_months())
        );
        assert_eq!(d("kurungan sebagaimana dimaksud dalam bulan"), None);
    }

    #[test]
    fn reads_fines_and_categories() {
        let c = DENDA_RP
            .captures("pidana denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah)")
            .unwrap();
        assert_eq!(rupiah(c.get(1).unwrap().as_str()), Some(50_000_000));
        let c = DENDA_RP
            .captures("denda sebanyak-banyaknya Rp. 1.000.000,- (satu juta rupiah)")
            .unwrap();
        assert_eq!(rupiah(c.get(1).unwrap().as_str()), Some(1_000_000));
        assert!(
            DENDA_RP
                .captures("denda administratif paling banyak Rp100.000.000,00")
                .is_none()
        );
        let k = KATEGORI
            .captures("pidana denda paling banyak kategori IV.")
            .unwrap();
        assert_eq!(kategori(k.get(1).unwrap().as_str()), Some((4, 200_000_000)));
        assert!(KATEGORI.captures("kategori Investasi").is_none());
    }
}
