//! Rules of group `PMI`: the migrant-worker regime of UU 18/2017 (Pelindungan Pekerja Migran
//! Indonesia), which replaced UU 39/2004 (Penempatan dan Perlindungan Tenaga Kerja Indonesia
//! di Luar Negeri) on 22 November 2017.
//!
//! The rules judge regional and lower regulations (Perda, Peraturan Desa, Peraturan Kepala
//! Daerah and the like), not an Undang-Undang or Perppu: UU 18/2017 itself names the old
//! institutions in its transitional provisions. A document judged as of a date before UU
//! 18/2017 took effect followed the law then in force; but Pasal 89 huruf b keeps the
//! regulations made under UU 39/2004 only insofar as they do not conflict with UU 18/2017,
//! so an old Perda still in force must be adapted: its findings are warnings that say so.
//!
//! Quoted titles of other regulations (`Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan
//! dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri`, a revoked Perda's title) keep
//! their words: the rules skip the spans of such citations.

use perda_law::structure::ActKind;

use super::prelude::*;
use crate::check::date::Date;
use crate::check::rule::{Raw, Rule};

pub mod pmi_001;
pub mod pmi_002;
pub mod pmi_003;
pub mod pmi_004;
pub mod pmi_005;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &pmi_001::RepealedWorkerTerms,
    &pmi_002::RepealedInstitutionNames,
    &pmi_003::PelindunganSpelling,
    &pmi_004::NoPlacementCostsOnWorkers,
    &pmi_005::Uu39CitedAsInForce,
];

/// 22 November 2017: UU 18/2017 is promulgated and takes effect (Pasal 91), repealing
/// UU 39/2004 (Pasal 89 huruf a).
pub(crate) const UU_18_2017_IN_FORCE: Date = Date {
    year: 2017,
    month: 11,
    day: 22,
};

/// Whether the group judges this document: not an Undang-Undang or Perppu.
pub(crate) fn applies(doc: &Document) -> bool {
    !matches!(doc.info.kind, Some(ActKind::UndangUndang | ActKind::Perppu))
}

/// Whether the document is judged as of a date before UU 18/2017 took effect.
pub(crate) fn before_uu_18(doc: &Document) -> bool {
    doc.info.as_of < UU_18_2017_IN_FORCE
}

/// Lowers a finding to a warning when the document is judged before UU 18/2017, and says
/// why: the text followed the law of its date, but stays valid only insofar as it does not
/// conflict with UU 18/2017 (Pasal 89 huruf b).
pub(crate) fn era(doc: &Document, raw: &mut Raw) {
    if before_uu_18(doc) {
        raw.severity = Some(Severity::Warning);
        raw.message.id.push_str(
            " (pada tanggal penilaian UU 18/2017 belum berlaku; peraturan ini tetap berlaku sepanjang tidak bertentangan dengan UU 18/2017 (Pasal 89 huruf b) dan perlu disesuaikan)",
        );
        raw.message.en.push_str(
            " (UU 18/2017 was not yet in force on the as-of date; the regulation stays in force only insofar as it does not conflict with UU 18/2017 (Pasal 89 huruf b) and must be adapted)",
        );
    }
}

/// The lines that only quote the title of the regulation being amended or revoked: the
/// title block and the Penjelasan heading of an amending (`PERUBAHAN ... ATAS ...`) or
/// revoking (`PENCABUTAN ...`) regulation, whose name contains the old title.
pub(crate) fn quoted_title_lines(doc: &Document) -> Vec<u32> {
    if !doc.info.amending && !doc.info.revoking {
        return Vec::new();
    }
    let heading = doc
        .segment(Segment::Elucidation)
        .iter()
        .take_while(|l| !l.text.trim_start().starts_with("I."));
    doc.segment(Segment::Title)
        .iter()
        .chain(heading)
        .map(|l| l.no)
        .collect()
}

/// Whether a line is a note rather than text of the regulation (`[source: ...]`, `[... gap
/// ...]`).
pub(crate) fn is_note(line: &Line) -> bool {
    line.text.trim_start().starts_with('[')
}

/// The start of a cited regulation's title: `... Nomor 39 Tahun 2004 tentang `,
/// `Undang-Undang tentang `.
static CITED_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:Undang-[Uu]ndang|UNDANG-UNDANG|UU|Peraturan|PERATURAN|Keputusan|KEPUTUSAN|Instruksi|INSTRUKSI|Qanun|QANUN)(?:\s+(?:[A-Z][\w.'-]*|dan|DAN)){0,12}?\s+(?:Nomor|NOMOR|No\.?)\s*[\w./-]+\s+(?:Tahun|TAHUN)\s+\d{4}\s*,?\s+(?:tentang|TENTANG)\s+|\b(?:Undang-[Uu]ndang|UNDANG-UNDANG)\s+(?:tentang|TENTANG)\s+",
    )
});

static TOKEN: LazyLock<Regex> = LazyLock::new(|| re(r"\S+"));

static GAZETTE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\((?:Lembaran|Berita|Tambahan|Himpunan|Staatsblad|Stbl|LN\b|TLN\b|LD\b|TLD\b)")
});

/// Lower-case words that may stand inside a title (Indonesian and English particles).
const PARTICLES: &[&str] = &[
    "dan", "di", "ke", "dari", "atas", "untuk", "bagi", "dalam", "pada", "serta", "atau",
    "tentang", "antara", "oleh", "mengenai", "terhadap", "sebagai", "yang", "luar", "negeri", "of",
    "on", "the", "and", "for", "to", "in", "all", "their",
];

/// The byte ranges of a line covered by citations of other regulations: from the jenis
/// (`Undang-Undang`, `Peraturan ...`) to the last word of the title (capitalised words and
/// particles, a parenthesised translation included, the gazette parenthesis excluded).
pub(crate) fn exempt_spans(text: &str) -> Vec<(usize, usize)> {
    citations(text)
        .into_iter()
        .map(|(s, _, e)| (s, e))
        .collect()
}

/// The byte ranges of a line covered by the quoted titles of cited regulations only (from
/// the word after `tentang`), leaving the jenis, number and year outside.
pub(crate) fn title_spans(text: &str) -> Vec<(usize, usize)> {
    citations(text)
        .into_iter()
        .map(|(_, t, e)| (t, e))
        .collect()
}

/// Citations of other regulations in a line: (start of the jenis, start of the title, end
/// of the title).
fn citations(text: &str) -> Vec<(usize, usize, usize)> {
    thread_local!(static MEMO: Memo<Vec<(usize, usize, usize)>> = Memo::new());
    memo(&MEMO, text, citations_uncached)
}

fn citations_uncached(text: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for m in CITED_TITLE.find_iter(text) {
        let start = m.start();
        let mut end = m.end();
        let mut pos = m.end();
        while let Some(tok) = TOKEN.find_at(text, pos) {
            let t = tok.as_str();
            if t.starts_with('(') {
                let rest = text.get(tok.start()..).unwrap_or("");
                if GAZETTE.is_match(rest) {
                    break;
                }
                let Some(close) = matching_paren(rest) else {
                    break;
                };
                end = tok.start() + close + 1;
                pos = end;
                continue;
            }
            let word = t.trim_matches(|c: char| {
                matches!(c, ',' | '"' | '\u{201c}' | '\u{201d}' | ';' | '.' | ':')
            });
            let first = word.chars().next();
            let stops = t.ends_with(';') || t.ends_with(':') || (t.ends_with('.') && t.len() > 2);
            if first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
                end = tok.start() + t.trim_end_matches([',', ';', '.', ':']).len();
            } else if !PARTICLES.contains(&word.to_lowercase().as_str()) {
                break;
            }
            pos = tok.end();
            if stops {
                break;
            }
        }
        out.push((start, m.end(), end.max(m.end())));
    }
    out
}

fn matching_paren(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Long names of the institutions of UU 39/2004 (PMI-002 reports them; the other rules
/// leave their words alone).
pub(crate) static OLD_INSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bBadan\s+Nasional\s+Penempatan\s+dan\s+Perlindungan\s+Tenaga\s+Kerja\s+Indonesia\b|\bBalai\s+Pelayanan\s+Penempatan\s+dan\s+Perlindungan\s+Tenaga\s+Kerja\s+Indonesia\b|\bPos\s+Pelayanan\s+Penempatan\s+dan\s+Perlindungan\s+Tenaga\s+Kerja\s+Indonesia\b|\bPelaksana\s+Penempatan\s+Tenaga\s+Kerja\s+Indonesia\s+Swasta\b|\bPerusahaan\s+Jasa\s+Tenaga\s+Kerja\s+Indonesia\b",
    )
});

/// Whether byte `at` of a line lies in one of `spans`.
pub(crate) fn inside(spans: &[(usize, usize)], at: usize) -> bool {
    spans.iter().any(|&(s, e)| at >= s && at < e)
}

/// Cited titles and old institution names of a line.
pub(crate) fn title_and_institution_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = exempt_spans(text);
    spans.extend(
        OLD_INSTITUTION
            .find_iter(text)
            .map(|m| (m.start(), m.end())),
    );
    spans
}

#[cfg(test)]
pub(crate) mod fixtures {
    //! Documents shared by the group's tests.

    /// A draft Perda kabupaten written in the terms of UU 18/2017, citing old titles only
    /// where it names the regulations it replaces.
    pub const CLEAN: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMenimbang : a. bahwa Pekerja Migran Indonesia asal Kabupaten Jember perlu dilindungi sejak sebelum bekerja sampai setelah bekerja;\nb. bahwa Peraturan Daerah Kabupaten Jember Nomor 3 Tahun 2010 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia sudah tidak sesuai lagi dengan Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia sehingga perlu diganti;\nc. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu membentuk Peraturan Daerah tentang Pelindungan Pekerja Migran Indonesia;\nMengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 6 Tahun 2012 tentang Pengesahan International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Konvensi Internasional mengenai Perlindungan Hak-Hak Seluruh Pekerja Migran dan Anggota Keluarganya) (Lembaran Negara Republik Indonesia Tahun 2012 Nomor 115, Tambahan Lembaran Negara Republik Indonesia Nomor 5314);\n3. Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 242, Tambahan Lembaran Negara Republik Indonesia Nomor 6141);\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nBAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Calon Pekerja Migran Indonesia adalah setiap tenaga kerja Indonesia yang memenuhi syarat sebagai pencari kerja yang akan bekerja di luar negeri.\n3. Pekerja Migran Indonesia yang selanjutnya disingkat PMI adalah setiap warga negara Indonesia yang akan, sedang, atau telah melakukan pekerjaan dengan menerima upah di luar wilayah Republik Indonesia.\n4. Badan adalah lembaga pemerintah nonkementerian yang bertugas sebagai pelaksana kebijakan dalam pelayanan dan Pelindungan Pekerja Migran Indonesia secara terpadu.\nBAB II\nPELINDUNGAN\nPasal 2\n(1) Pemerintah Daerah memberikan pelindungan hukum, sosial, dan ekonomi kepada PMI.\n(2) PMI tidak dapat dibebani biaya penempatan.\n(3) Setiap orang dilarang membebankan biaya penempatan kepada Calon Pekerja Migran Indonesia.\n(4) Biaya pelatihan Calon Pekerja Migran Indonesia dibebankan pada anggaran pendapatan dan belanja daerah.\n(5) Biaya penempatan Pekerja Migran Indonesia dibebankan kepada Pemberi Kerja.\n(6) Pemerintah Desa memfasilitasi pengurusan dokumen Calon Pekerja Migran Indonesia tanpa dipungut biaya.\n(7) Perusahaan Penempatan Pekerja Migran Indonesia yang memungut biaya penempatan dari Calon Pekerja Migran Indonesia dikenai sanksi administratif.\nBAB III\nKETENTUAN PENUTUP\nPasal 3\nPada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah Kabupaten Jember Nomor 3 Tahun 2010 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia (Lembaran Daerah Kabupaten Jember Tahun 2010 Nomor 3), dicabut dan dinyatakan tidak berlaku.\nPasal 4\nPeraturan pelaksanaan dari Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri yang menjadi dasar Peraturan Daerah ini dinyatakan masih tetap berlaku sepanjang tidak bertentangan dengan Peraturan Daerah ini.\nPasal 5\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";

    pub use crate::check::rules::san::fixtures::{openings, run_all, uu_18_2017};
}

#[cfg(test)]
mod tests {
    use super::fixtures::{CLEAN, openings, run_all, uu_18_2017};
    use super::*;
    use crate::check::testing::run_text;

    fn covered(text: &str, needle: &str) -> bool {
        let at = text.find(needle).unwrap();
        inside(&exempt_spans(text), at)
    }

    #[test]
    fn finds_cited_titles() {
        let t = "b. bahwa Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri sudah tidak sesuai, sehingga Tenaga Kerja Indonesia perlu diganti;";
        assert!(covered(t, "Tenaga Kerja Indonesia di"));
        assert!(!covered(t, "Tenaga Kerja Indonesia perlu"));
        let t = "b. bahwa untuk melaksanakan ketentuan Pasal 26 Peraturan Daerah Kabupaten Lembata Nomor 20 Tahun 2015 tentang Perlindungan Tenaga Kerja Kabupaten Lembata, perlu pengaturan tentang Desa Tenaga Kerja Indonesia dengan Peraturan Desa;";
        assert!(covered(t, "Perlindungan Tenaga"));
        assert!(!covered(t, "Tenaga Kerja Indonesia dengan"));
        let t = "2. Undang-Undang Nomor 6 Tahun 2012 tentang Pengesahan International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Konvensi Internasional mengenai Perlindungan Hak-Hak Seluruh Pekerja Migran dan Anggota Keluarganya) (Lembaran Negara Republik Indonesia Tahun 2012 Nomor 115);";
        assert!(covered(t, "Perlindungan Hak-Hak"));
        assert!(!covered(t, "Lembaran Negara"));
        let t = "PENCABUTAN PERATURAN DAERAH KABUPATEN JEMBER NOMOR 3 TAHUN 2010 TENTANG PENEMPATAN DAN PERLINDUNGAN TENAGA KERJA INDONESIA";
        assert!(covered(t, "TENAGA KERJA"));
        let t = "perlu membentuk Peraturan Daerah tentang Perlindungan Tenaga Kerja Indonesia;";
        assert!(!covered(t, "Tenaga Kerja"));
    }

    #[test]
    fn silent_on_the_statute_and_on_a_clean_draft() {
        assert_eq!(run_all(RULES, &uu_18_2017()), "");
        let mut out = String::new();
        for r in RULES {
            out.push_str(&run_text(*r, CLEAN));
        }
        assert_eq!(out, "");
    }

    #[test]
    fn openings_of_the_tki_era_are_flagged_and_the_2019_one_is_not() {
        for d in openings() {
            let out = run_all(RULES, &d);
            if d.name.contains("kab-malang-7-2019") {
                assert_eq!(out, "", "{}", d.name);
            } else {
                assert!(out.contains("PMI-001"), "{}: {out}", d.name);
            }
        }
    }
}
