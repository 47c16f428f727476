//! Rules of group `DH`: the legal bases (dasar hukum, `Mengingat`).
//!
//! Also what they share: reading the citations of a Mengingat item (`Undang-Undang Nomor
//! 23 Tahun 2014 ...`), the gazette groups in parentheses (`(Lembaran Negara Republik
//! Indonesia Tahun 2014 Nomor 244, Tambahan ...)`), which citation each gazette belongs
//! to, the table of gazette numbers of frequently cited laws (drafting-rules.md §5) and
//! the table of repealed bases.

use crate::check::date::Date;
use crate::check::rules::doc::{cut_after, gap_within, is_gap, preamble_lines};
use crate::check::rules::prelude::*;

pub mod dh_001;
pub mod dh_002;
pub mod dh_003;
pub mod dh_004;
pub mod dh_005;
pub mod dh_006;
pub mod dh_007;
pub mod dh_008;
pub mod dh_009;
pub mod dh_010;
pub mod dh_011;
pub mod dh_012;
pub mod dh_013;
pub mod dh_014;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &dh_001::MengingatPresent,
    &dh_002::MengingatNumbering,
    &dh_003::UudBasisFirst,
    &dh_004::FormationLaw,
    &dh_005::PemdaLaw,
    &dh_006::MengingatOrder,
    &dh_007::NoLowerBases,
    &dh_008::GazetteForm,
    &dh_009::GazetteYear,
    &dh_010::GazetteNumbers,
    &dh_011::JenisSpelling,
    &dh_012::AmendmentChain,
    &dh_013::RepealedBasis,
    &dh_014::CitesUu18Of2017,
];

/// The kind (jenis) of a cited regulation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check::rules) enum Jenis {
    /// Undang-Undang (also Undang-Undang Darurat).
    Uu,
    /// Peraturan Pemerintah Pengganti Undang-Undang.
    Perppu,
    /// Peraturan Pemerintah.
    Pp,
    /// Peraturan Presiden.
    Perpres,
    /// Keputusan Presiden.
    Keppres,
    /// Peraturan Menteri, or of a national agency.
    Permen,
    /// Keputusan Menteri.
    Kepmen,
    /// Peraturan Daerah Provinsi.
    PerdaProvinsi,
    /// Peraturan Daerah Kabupaten/Kota (or without a level).
    PerdaKabKota,
    /// Peraturan or Keputusan Gubernur, Bupati, Wali Kota.
    KepalaDaerah,
    /// Peraturan Desa.
    Perdes,
    /// Peraturan or Keputusan Kepala Desa.
    KepalaDesa,
}

impl Jenis {
    /// Rank in the hierarchy of Mengingat (UUD 0, TAP MPR 1, then these).
    pub fn rank(self) -> u8 {
        match self {
            Jenis::Uu | Jenis::Perppu => 2,
            Jenis::Pp => 3,
            Jenis::Perpres | Jenis::Keppres => 4,
            Jenis::Permen | Jenis::Kepmen => 5,
            Jenis::PerdaProvinsi => 6,
            Jenis::PerdaKabKota => 7,
            Jenis::KepalaDaerah => 8,
            Jenis::Perdes => 9,
            Jenis::KepalaDesa => 10,
        }
    }

    /// A short Indonesian name for messages.
    pub fn name(self) -> &'static str {
        match self {
            Jenis::Uu => "Undang-Undang",
            Jenis::Perppu => "Peraturan Pemerintah Pengganti Undang-Undang",
            Jenis::Pp => "Peraturan Pemerintah",
            Jenis::Perpres => "Peraturan Presiden",
            Jenis::Keppres => "Keputusan Presiden",
            Jenis::Permen => "Peraturan Menteri",
            Jenis::Kepmen => "Keputusan Menteri",
            Jenis::PerdaProvinsi => "Peraturan Daerah Provinsi",
            Jenis::PerdaKabKota => "Peraturan Daerah Kabupaten/Kota",
            Jenis::KepalaDaerah => "Peraturan Kepala Daerah",
            Jenis::Perdes => "Peraturan Desa",
            Jenis::KepalaDesa => "Peraturan Kepala Desa",
        }
    }
}

/// One citation of a regulation in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::check::rules) struct Cite {
    /// Its kind.
    pub jenis: Jenis,
    /// The jenis words as written (`Peraturan Menteri Dalam Negeri`).
    pub jenis_written: String,
    /// Number as written (`23`).
    pub number: String,
    /// Year.
    pub year: i32,
    /// Byte range in the (normalised) text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The words as written (`Undang-Undang Nomor 23 Tahun 2014`).
    pub written: String,
}

impl Cite {
    /// Whether it cites this law: `is(Jenis::Uu, 23, 2014)`.
    pub fn is(&self, jenis: Jenis, number: u32, year: i32) -> bool {
        self.jenis == jenis && self.year == year && self.num() == Some(number)
    }

    /// The number as an integer, when it is one.
    pub fn num(&self) -> Option<u32> {
        let digits: String = self
            .number
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    }
}

/// Text with dashes and spaces as the rules expect (`Undang–Undang` → `Undang-Undang`).
pub(in crate::check::rules) fn norm(text: &str) -> String {
    thread_local!(static MEMO: Memo<String> = Memo::new());
    memo(&MEMO, text, norm_uncached)
}

fn norm_uncached(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A citation: jenis, `Nomor`, number, `Tahun`, year. The words of a ministry, agency or
/// region's name are capitalised words between the jenis and `Nomor`.
static CITE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"\b(?P<jenis>",
        r"(?i:peraturan\s+pemerintah\s+pengganti\s+undang-undang|perppu|perpu)",
        r"|(?i:undang-undang\s+darurat|undang-undang|undang-unadang|undang\s+undang)",
        r"|(?i:peraturan\s+pemerintah)",
        r"|(?i:peraturan\s+presiden|keputusan\s+presiden)",
        r"|(?i:peraturan\s+kepala\s+desa|keputusan\s+kepala\s+desa)",
        r"|(?i:peraturan|keputusan)\s+(?i:gubernur|bupati|wali\s?kota|walikota)(?:\s+(?:[A-Z][\w'.-]*|dan))*?",
        r"|(?i:peraturan|keputusan)\s+(?i:menteri|badan|lembaga|kepala\s+badan|kepala\s+lembaga)(?:\s+(?:[A-Z][\w'.,/-]*|dan|dan/atau))*?",
        r"|(?i:peraturan\s+daerah)(?:\s+(?:[A-Z][\w'.-]*|dan))*?",
        r"|(?i:peraturan\s+desa)(?:\s+(?:[A-Z][\w'.-]*|dan))*?",
        r"|UU",
        r")\s+(?:Republik\s+Indonesia\s+)?(?i:nomor|no\.?)\s*:?\s*(?P<number>\d+[A-Za-z]?)\s+(?i:tahun)\s+(?P<year>\d{4})\b",
    ))
});

fn jenis_of(words: &str) -> Option<Jenis> {
    let w = words.to_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    let starts = |p: &str| w.starts_with(p);
    Some(
        if starts("peraturan pemerintah pengganti") || starts("perppu") || starts("perpu") {
            Jenis::Perppu
        } else if starts("undang") || w == "uu" {
            Jenis::Uu
        } else if starts("peraturan pemerintah") {
            Jenis::Pp
        } else if starts("peraturan presiden") {
            Jenis::Perpres
        } else if starts("keputusan presiden") {
            Jenis::Keppres
        } else if starts("peraturan kepala desa") || starts("keputusan kepala desa") {
            Jenis::KepalaDesa
        } else if ["gubernur", "bupati", "wali kota", "walikota"]
            .iter()
            .any(|o| w.split_once(' ').is_some_and(|(_, r)| r.starts_with(o)))
        {
            Jenis::KepalaDaerah
        } else if starts("peraturan daerah provinsi") || starts("peraturan daerah propinsi") {
            Jenis::PerdaProvinsi
        } else if starts("peraturan daerah") {
            Jenis::PerdaKabKota
        } else if starts("peraturan desa") {
            Jenis::Perdes
        } else if starts("keputusan") {
            Jenis::Kepmen
        } else if starts("peraturan") {
            Jenis::Permen
        } else {
            return None;
        },
    )
}

/// The citations in a (normalised) text, in order.
pub(in crate::check::rules) fn cites(text: &str) -> Vec<Cite> {
    thread_local!(static MEMO: Memo<Vec<Cite>> = Memo::new());
    memo(&MEMO, text, cites_uncached)
}

fn cites_uncached(text: &str) -> Vec<Cite> {
    CITE.captures_iter(text)
        .filter_map(|c| {
            let all = c.get(0)?;
            let jenis_m = c.name("jenis")?;
            let jenis = jenis_of(jenis_m.as_str())?;
            Some(Cite {
                jenis,
                jenis_written: jenis_m.as_str().to_string(),
                number: c.name("number")?.as_str().to_string(),
                year: c.name("year")?.as_str().parse().ok()?,
                start: all.start(),
                end: all.end(),
                written: all.as_str().to_string(),
            })
        })
        .collect()
}

/// A gazette reference in parentheses: `(Lembaran Negara Republik Indonesia Tahun 2014
/// Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::check::rules) struct Gazette {
    /// Byte offset of `(`.
    pub start: usize,
    /// Byte offset after `)`.
    pub end: usize,
    /// The words inside the parentheses.
    pub inner: String,
}

static PAREN: LazyLock<Regex> = LazyLock::new(|| re(r"\(([^()]*)\)"));
static GAZETTE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(lembaran\s+(negara|daerah|desa)|berita\s+(negara|daerah)|tambahan\s+lembaran|himpunan|staatsblad|stbl)\b",
    )
});

/// The gazette groups of a (normalised) text, in order.
pub(in crate::check::rules) fn gazettes(text: &str) -> Vec<Gazette> {
    PAREN
        .captures_iter(text)
        .filter_map(|c| {
            let all = c.get(0)?;
            let inner = c.get(1)?.as_str();
            GAZETTE_WORD.is_match(inner).then(|| Gazette {
                start: all.start(),
                end: all.end(),
                inner: inner.trim().to_string(),
            })
        })
        .collect()
}

/// `sebagaimana telah diubah ... dengan`: an amendment chain follows.
pub(in crate::check::rules) static CHAIN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:sebagaimana\s+(?:telah\s+)?|yang\s+telah\s+|telah\s+)(?:beberapa\s+kali\s+)?(?:diubah|dirubah|di\s+ubah|di\s+rubah)\b",
    )
});

/// A citation and the gazette that belongs to it.
#[derive(Debug, Clone)]
pub(in crate::check::rules) struct Unit {
    /// The first citation after the previous gazette (or the item's start).
    pub head: Cite,
    /// The citation the gazette belongs to: the head, or the first citation after an
    /// amendment chain (`... sebagaimana telah diubah dengan <owner> (...)`).
    pub owner: Cite,
    /// The gazette, if one follows before the next unit.
    pub gazette: Option<Gazette>,
}

/// Splits an item's (normalised) text into units: each gazette with the citation it
/// belongs to; citations after the last gazette form a unit without one.
pub(in crate::check::rules) fn units(text: &str) -> Vec<Unit> {
    thread_local!(static MEMO: Memo<Vec<Unit>> = Memo::new());
    memo(&MEMO, text, units_uncached)
}

fn units_uncached(text: &str) -> Vec<Unit> {
    let all = cites(text);
    let mut out = Vec::new();
    let mut prev = 0;
    let segment = |from: usize, to: usize, gazette: Option<Gazette>, out: &mut Vec<Unit>| {
        let inside: Vec<&Cite> = all
            .iter()
            .filter(|c| c.start >= from && c.end <= to)
            .collect();
        let Some(head) = inside.first() else {
            return;
        };
        let chain_end = text
            .get(head.end..to)
            .and_then(|s| CHAIN.find_iter(s).last().map(|m| head.end + m.end()));
        let owner = chain_end
            .and_then(|e| inside.iter().find(|c| c.start >= e))
            .unwrap_or(head);
        out.push(Unit {
            head: (*head).clone(),
            owner: (*owner).clone(),
            gazette,
        });
    };
    for g in gazettes(text) {
        segment(prev, g.start, Some(g.clone()), &mut out);
        prev = g.end;
    }
    segment(prev, text.len(), None, &mut out);
    out
}

/// One legal basis (a Mengingat item).
pub(in crate::check::rules) struct Item<'a> {
    /// The parsed item.
    pub node: &'a Node,
    /// Its whole text, normalised.
    pub text: String,
    /// Its end is missing from this copy (a gap mark or the end of the copy follows).
    pub cut: bool,
}

/// The legal bases, in order.
pub(in crate::check::rules) fn bases(doc: &Document) -> Vec<Item<'_>> {
    doc.act
        .preamble
        .legal_bases
        .iter()
        .map(|node| Item {
            node,
            text: norm(
                &node
                    .walk()
                    .map(|n| n.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            cut: cut_after(doc, node.span.end_line),
        })
        .collect()
}

/// The `Mengingat` line.
pub(in crate::check::rules) fn mengingat_line(doc: &Document) -> Option<&Line> {
    preamble_lines(doc)
        .iter()
        .find(|l| l.text.trim_start().to_lowercase().starts_with("mengingat"))
}

/// Whether the whole Mengingat is in this copy: there is one, no gap mark lies inside or
/// right after it.
pub(in crate::check::rules) fn mengingat_complete(doc: &Document) -> bool {
    let items = &doc.act.preamble.legal_bases;
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return false;
    };
    let from = mengingat_line(doc).map_or(first.span.line, |l| l.no);
    !gap_within(doc, from, last.span.end_line)
        && !cut_after(doc, last.span.end_line)
        && !is_gap(doc, last.span.end_line + 1)
}

/// Line and column of `needle` in a basis, else of its start.
pub(in crate::check::rules) fn at(doc: &Document, b: &Item<'_>, needle: &str) -> (u32, u32) {
    crate::check::rules::doc::position(doc, b.node, needle)
}

/// An entry of the table of gazette numbers (drafting-rules.md §5).
pub(in crate::check::rules) struct Gazetted {
    /// UU number.
    pub number: u32,
    /// UU year.
    pub year: i32,
    /// Short name.
    pub name: &'static str,
    /// Lembaran Negara year and number.
    pub ln: (i32, u32),
    /// Tambahan Lembaran Negara number.
    pub tln: u32,
    /// How well the numbers are verified (§5 Basis).
    pub mark: Mark,
}

/// The verification mark of a table entry (`V`, `S`, `I` of drafting-rules.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check::rules) enum Mark {
    /// Read in official texts or several enacted regulations.
    V,
    /// Read in one secondary source.
    S,
    /// From memory, not verified.
    I,
}

/// The Lembaran Negara and Tambahan numbers of frequently cited laws, with their
/// verification marks, as drafting-rules.md §5 gives them. Only `V` entries may produce an
/// error (DH-010).
pub(in crate::check::rules) const GAZETTED: &[Gazetted] = &[
    Gazetted {
        number: 8,
        year: 1981,
        name: "KUHAP",
        ln: (1981, 76),
        tln: 3209,
        mark: Mark::V,
    },
    Gazetted {
        number: 39,
        year: 1999,
        name: "Hak Asasi Manusia",
        ln: (1999, 165),
        tln: 3886,
        mark: Mark::V,
    },
    Gazetted {
        number: 13,
        year: 2003,
        name: "Ketenagakerjaan",
        ln: (2003, 39),
        tln: 4279,
        mark: Mark::V,
    },
    Gazetted {
        number: 17,
        year: 2003,
        name: "Keuangan Negara",
        ln: (2003, 47),
        tln: 4286,
        mark: Mark::V,
    },
    Gazetted {
        number: 21,
        year: 2007,
        name: "Pemberantasan Tindak Pidana Perdagangan Orang",
        ln: (2007, 58),
        tln: 4720,
        mark: Mark::V,
    },
    Gazetted {
        number: 12,
        year: 2011,
        name: "Pembentukan Peraturan Perundang-undangan",
        ln: (2011, 82),
        tln: 5234,
        mark: Mark::V,
    },
    Gazetted {
        number: 6,
        year: 2014,
        name: "Desa",
        ln: (2014, 7),
        tln: 5495,
        mark: Mark::V,
    },
    Gazetted {
        number: 23,
        year: 2014,
        name: "Pemerintahan Daerah",
        ln: (2014, 244),
        tln: 5587,
        mark: Mark::V,
    },
    Gazetted {
        number: 35,
        year: 2014,
        name: "Perubahan atas UU 23/2002 (Perlindungan Anak)",
        ln: (2014, 297),
        tln: 5606,
        mark: Mark::S,
    },
    Gazetted {
        number: 9,
        year: 2015,
        name: "Perubahan Kedua atas UU 23/2014",
        ln: (2015, 58),
        tln: 5679,
        mark: Mark::V,
    },
    Gazetted {
        number: 15,
        year: 2019,
        name: "Perubahan atas UU 12/2011",
        ln: (2019, 183),
        tln: 6398,
        mark: Mark::V,
    },
    Gazetted {
        number: 1,
        year: 2022,
        name: "Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
        ln: (2022, 4),
        tln: 6757,
        mark: Mark::V,
    },
    Gazetted {
        number: 1,
        year: 2023,
        name: "Kitab Undang-Undang Hukum Pidana",
        ln: (2023, 1),
        tln: 6842,
        mark: Mark::V,
    },
    Gazetted {
        number: 13,
        year: 2022,
        name: "Perubahan Kedua atas UU 12/2011",
        ln: (2022, 143),
        tln: 6801,
        mark: Mark::I,
    },
    Gazetted {
        number: 18,
        year: 2017,
        name: "Pelindungan Pekerja Migran Indonesia",
        ln: (2017, 242),
        tln: 6141,
        mark: Mark::I,
    },
    Gazetted {
        number: 6,
        year: 2023,
        name: "Penetapan Perppu 2/2022 tentang Cipta Kerja menjadi Undang-Undang",
        ln: (2023, 41),
        tln: 6856,
        mark: Mark::I,
    },
];

/// A repealed regulation that must no longer be cited.
pub(in crate::check::rules) struct Repealed {
    /// Its kind.
    pub jenis: Jenis,
    /// Number.
    pub number: u32,
    /// Year.
    pub year: i32,
    /// Its name, for messages.
    pub name: &'static str,
    /// What repealed it (`Undang-Undang Nomor 18 Tahun 2017 (Pasal 89 huruf a)`).
    pub by: &'static str,
    /// From when it is repealed (the repealing act's promulgation; where only the month
    /// or year is known, a date at which it was certainly in force).
    pub from: Date,
    /// Whether `from` is the exact date.
    pub exact: bool,
    /// What to cite instead.
    pub instead: &'static str,
}

/// Repealed bases (drafting-rules.md DH-013 and the project list).
pub(in crate::check::rules) const REPEALED: &[Repealed] = &[
    Repealed {
        jenis: Jenis::Uu,
        number: 22,
        year: 1999,
        name: "Undang-Undang Nomor 22 Tahun 1999 tentang Pemerintahan Daerah",
        by: "Undang-Undang Nomor 32 Tahun 2004",
        from: Date {
            year: 2004,
            month: 10,
            day: 15,
        },
        exact: true,
        instead: "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah beserta perubahannya",
    },
    Repealed {
        jenis: Jenis::Uu,
        number: 32,
        year: 2004,
        name: "Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah",
        by: "Undang-Undang Nomor 23 Tahun 2014",
        from: Date {
            year: 2014,
            month: 10,
            day: 2,
        },
        exact: true,
        instead: "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah beserta perubahannya",
    },
    Repealed {
        jenis: Jenis::Uu,
        number: 10,
        year: 2004,
        name: "Undang-Undang Nomor 10 Tahun 2004 tentang Pembentukan Peraturan Perundang-undangan",
        by: "Undang-Undang Nomor 12 Tahun 2011",
        from: Date {
            year: 2011,
            month: 8,
            day: 12,
        },
        exact: true,
        instead: "Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan beserta perubahannya",
    },
    Repealed {
        jenis: Jenis::Uu,
        number: 39,
        year: 2004,
        name: "Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri",
        by: "Undang-Undang Nomor 18 Tahun 2017 (Pasal 89 huruf a)",
        from: Date {
            year: 2017,
            month: 11,
            day: 22,
        },
        exact: true,
        instead: "Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia",
    },
    Repealed {
        jenis: Jenis::Permen,
        number: 53,
        year: 2011,
        name: "Peraturan Menteri Dalam Negeri Nomor 53 Tahun 2011 tentang Pembentukan Produk Hukum Daerah",
        by: "Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2014",
        from: Date {
            year: 2015,
            month: 1,
            day: 1,
        },
        exact: false,
        instead: "Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah beserta perubahannya",
    },
    Repealed {
        jenis: Jenis::Permen,
        number: 1,
        year: 2014,
        name: "Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2014 tentang Pembentukan Produk Hukum Daerah",
        by: "Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015",
        from: Date {
            year: 2016,
            month: 1,
            day: 1,
        },
        exact: false,
        instead: "Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah beserta perubahannya",
    },
];

/// The repealed regulation a citation names, if any (a Permendagri only when the
/// ministry is Dalam Negeri).
pub(in crate::check::rules) fn repealed(c: &Cite) -> Option<&'static Repealed> {
    REPEALED.iter().find(|r| {
        c.is(r.jenis, r.number, r.year)
            && (r.jenis != Jenis::Permen || c.jenis_written.to_lowercase().contains("dalam negeri"))
    })
}

#[cfg(test)]
pub(in crate::check::rules) mod fixtures {
    /// A title and opening up to `Mengingat`, for a Perda Kabupaten Jember draft.
    pub const HEAD: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMenimbang : a. bahwa bekerja merupakan hak asasi manusia;\nb. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu membentuk Peraturan Daerah tentang Pelindungan Pekerja Migran Indonesia;\nMengingat :\n";
    /// The diktum and a short body after `Mengingat`.
    pub const TAIL: &str = "Dengan Persetujuan Bersama\nDEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN JEMBER\ndan\nBUPATI JEMBER\nMEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nBAB I\nKETENTUAN UMUM\nPasal 1\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";
    /// A correct Mengingat of a Perda Kabupaten Jember draft.
    pub const GOOD: &str = "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 12 Tahun 1950 tentang Pembentukan Daerah-Daerah Kabupaten dalam Lingkungan Propinsi Jawa Timur (Berita Negara Republik Indonesia Tahun 1950 Nomor 41);\n3. Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan (Lembaran Negara Republik Indonesia Tahun 2011 Nomor 82, Tambahan Lembaran Negara Republik Indonesia Nomor 5234) sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 13 Tahun 2022 tentang Perubahan Kedua atas Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan (Lembaran Negara Republik Indonesia Tahun 2022 Nomor 143, Tambahan Lembaran Negara Republik Indonesia Nomor 6801);\n4. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 41, Tambahan Lembaran Negara Republik Indonesia Nomor 6856);\n5. Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 242, Tambahan Lembaran Negara Republik Indonesia Nomor 6141);\n6. Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah (Berita Negara Republik Indonesia Tahun 2015 Nomor 2036);\n";

    /// A draft with the given Mengingat items.
    pub fn with(items: &str) -> String {
        format!("{HEAD}{items}{TAIL}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_citations_of_every_kind() {
        let text = norm(
            "Undang–Undang Nomor 23 Tahun 2014; Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022; Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015; Peraturan Daerah Kabupaten Malang Nomor 3 Tahun 2009; Peraturan Bupati Malang Nomor 1 Tahun 2020; Undang-Unadang No 7 Tahun 1981; Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
        );
        let got: Vec<(Jenis, String, i32)> = cites(&text)
            .into_iter()
            .map(|c| (c.jenis, c.number, c.year))
            .collect();
        assert_eq!(
            got,
            vec![
                (Jenis::Uu, "23".into(), 2014),
                (Jenis::Perppu, "2".into(), 2022),
                (Jenis::Permen, "80".into(), 2015),
                (Jenis::PerdaKabKota, "3".into(), 2009),
                (Jenis::KepalaDaerah, "1".into(), 2020),
                (Jenis::Uu, "7".into(), 1981),
            ]
        );
    }

    #[test]
    fn pairs_gazettes_with_their_citations() {
        let text = norm(
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2015 Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor 5679);",
        );
        let u = units(&text);
        assert_eq!(u.len(), 1);
        let first = u.first().unwrap();
        assert!(first.head.is(Jenis::Uu, 23, 2014));
        assert!(first.owner.is(Jenis::Uu, 9, 2015));
        assert!(first.gazette.is_some());
    }

    #[test]
    fn gazette_table_is_unique() {
        for (i, a) in GAZETTED.iter().enumerate() {
            for b in GAZETTED.iter().skip(i + 1) {
                assert!((a.number, a.year) != (b.number, b.year));
            }
        }
    }
}
