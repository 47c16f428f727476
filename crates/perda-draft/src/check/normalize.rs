//! Indonesian normalisation for comparing a regulation's wording with the statute's: words
//! are lower-cased, reduced to their root by the Sastrawi stemmer (Nazief–Adriani with
//! enhanced confix stripping: `menyosialisasikan` → `sosialisasi`, `pendataan` → `data`),
//! stripped of function words, and members of a synonym set become one term.

use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use std::cell::RefCell;
use std::sync::{Arc, LazyLock};

use sastrawi::{Dictionary, Stemmer};

static DICTIONARY: LazyLock<Dictionary> = LazyLock::new(Dictionary::new);
static STEMMER: LazyLock<Stemmer<'static>> = LazyLock::new(|| Stemmer::new(&DICTIONARY));

/// Roots the dictionary-based stemmer gets wrong for words common in these regulations
/// (`pengawasan` is not `kawasan`; compounds like `menyebarluaskan` are not in its
/// dictionary).
const ROOTS: &[(&str, &str)] = &[
    ("pengawasan", "awas"),
    ("pengawas", "awas"),
    ("diawasi", "awas"),
    ("mengawasi", "awas"),
    ("menyebarluaskan", "sebarluas"),
    ("penyebarluasan", "sebarluas"),
    ("disebarluaskan", "sebarluas"),
    ("tersebarluas", "sebarluas"),
    ("sebarluaskan", "sebarluas"),
    ("kewirausahaan", "wirausaha"),
    ("berwirausaha", "wirausaha"),
    ("ketenagakerjaan", "tenagakerja"),
    ("pemberangkatan", "berangkat"),
    ("keberangkatan", "berangkat"),
    ("pelatihan", "latih"),
    ("latihan", "latih"),
    ("pendataan", "data"),
    ("purna", "purna"),
    ("migran", "migran"),
    ("vokasi", "vokasi"),
];

/// Function words and drafting filler that say nothing about what is regulated.
const STOPWORDS: &[&str] = &[
    "yang",
    "dan",
    "atau",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "dalam",
    "pada",
    "oleh",
    "kepada",
    "terhadap",
    "bagi",
    "sebagaimana",
    "dimaksud",
    "ayat",
    "pasal",
    "huruf",
    "angka",
    "ini",
    "itu",
    "tersebut",
    "serta",
    "secara",
    "sesuai",
    "ketentuan",
    "peraturan",
    "perundang",
    "undangan",
    "adalah",
    "dapat",
    "wajib",
    "harus",
    "melalui",
    "antara",
    "baik",
    "maupun",
    "hal",
    "atas",
    "setiap",
    "para",
    "telah",
    "akan",
    "sedang",
    "tidak",
    "juga",
    "lain",
    "lainnya",
    "sebagai",
    "agar",
    "apabila",
    "jika",
    "karena",
    "maka",
    "sampai",
    "paling",
    "sedikit",
    "banyak",
    "lama",
    "masing",
    "se",
    "nya",
    "dimana",
    "yaitu",
    "ialah",
    "meliputi",
    "berupa",
    "terdiri",
    "antaranya",
    "termasuk",
    "oleh",
    "sendiri",
    "tertentu",
    "memiliki",
    "tugas",
    "tanggung",
    "jawab",
    "kewenangan",
    "kewenangannya",
    "wewenang",
    "pemerintah",
    "daerah",
    "kabupaten",
    "kota",
    "provinsi",
    "bupati",
    "wali",
    "walikota",
    "gubernur",
    "kepala",
    "undang",
    "nomor",
    "tahun",
    "ri",
    "republik",
];

/// Roots of light verbs that carry no content of their own (`melakukan pendataan`,
/// `memberikan pelindungan`, `membuat basis data`): left out after stemming.
const LIGHT_ROOTS: &[&str] = &["laku", "laksana", "beri", "buat", "ada", "jadi", "milik"];

/// A set of synonyms, as stem sequences, and the single term they become.
#[derive(Debug, Clone)]
struct Synonym {
    stems: Vec<Arc<str>>,
    term: Arc<str>,
}

/// Turns text into comparable terms.
#[derive(Debug, Clone, Default)]
pub struct Normalizer {
    /// Synonym members by their first stem, longest first.
    synonyms: HashMap<Arc<str>, Vec<Synonym>>,
    /// Abbreviations to their long forms' stems (from the overlay and the document's
    /// definitions: `PMI` → `pekerja migran indonesia`).
    expansions: HashMap<String, Vec<Arc<str>>>,
}

/// A word of a text: its term (stem or synonym-set name) and where it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The comparable term.
    pub term: Arc<str>,
    /// Byte range of the word (or phrase) in the text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
}

thread_local! {
    static CACHE: RefCell<HashMap<String, Arc<str>>> = RefCell::new(HashMap::default());
}

/// Largest number of distinct words remembered per thread; past it the memo is cleared, so
/// memory stays bounded on hostile input.
const CACHE_LIMIT: usize = 100_000;

/// The root of one lower-case word.
pub fn stem(word: &str) -> Arc<str> {
    static ROOT_MAP: LazyLock<HashMap<&'static str, &'static str>> =
        LazyLock::new(|| ROOTS.iter().copied().collect());
    if let Some(root) = ROOT_MAP.get(word) {
        return Arc::from(*root);
    }
    // The stemmer is only given plain ASCII letters of plausible length; anything else is
    // kept as it is (numbers, acronyms with digits like `p3mi`).
    if word.len() < 4 || word.len() > 40 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return Arc::from(word);
    }
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(s) = c.get(word) {
            return s.clone();
        }
        if c.len() >= CACHE_LIMIT {
            c.clear();
        }
        let s: Arc<str> = Arc::from(STEMMER.stem_word(word).as_ref());
        c.insert(word.to_string(), s.clone());
        s
    })
}

/// The term of one lower-case word: its root, or empty for a function word or a light
/// verb.
fn term_of(word: &str) -> Arc<str> {
    thread_local! {
        static TERMS: RefCell<HashMap<Box<str>, Arc<str>>> = RefCell::new(HashMap::default());
    }
    // One look-up per word of running text instead of the stop-word, root-table, stemmer
    // and light-verb look-ups in turn.
    TERMS.with(|c| {
        if let Some(t) = c.borrow().get(word) {
            return t.clone();
        }
        let t = term_of_uncached(word);
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_LIMIT {
            c.clear();
        }
        c.insert(Box::from(word), t.clone());
        t
    })
}

fn term_of_uncached(word: &str) -> Arc<str> {
    if is_stopword(word) {
        return Arc::from("");
    }
    let term = stem(word);
    if LIGHT_ROOTS.contains(&&*term) {
        Arc::from("")
    } else {
        term
    }
}

/// Whether a lower-case word is a function word.
pub fn is_stopword(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| STOPWORDS.iter().copied().collect());
    SET.contains(word)
}

/// Splits text into lower-case words with their byte ranges (letters and digits; `dan/atau`
/// is two words).
pub fn words(text: &str) -> impl Iterator<Item = (usize, usize, String)> + '_ {
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        loop {
            let (start, c) = iter.next()?;
            if !c.is_alphanumeric() {
                continue;
            }
            let mut end = start + c.len_utf8();
            let mut w = String::new();
            w.extend(c.to_lowercase());
            while let Some(&(i, c)) = iter.peek() {
                if !c.is_alphanumeric() {
                    break;
                }
                w.extend(c.to_lowercase());
                end = i + c.len_utf8();
                iter.next();
            }
            return Some((start, end, w));
        }
    })
}

/// Calls `f` with each lower-case word of `text` and its byte range, reusing one buffer
/// (the same words as [`words`], without an allocation per word).
fn for_each_word(text: &str, mut f: impl FnMut(usize, usize, &str)) {
    let mut buf = String::new();
    let mut start = None;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
                buf.clear();
            }
            if c.is_ascii() {
                buf.push(c.to_ascii_lowercase());
            } else {
                buf.extend(c.to_lowercase());
            }
            end = i + c.len_utf8();
        } else if let Some(s) = start.take() {
            f(s, end, &buf);
        }
    }
    if let Some(s) = start {
        f(s, end, &buf);
    }
}

impl Normalizer {
    /// A normaliser with synonym sets (`(name, members)`).
    pub fn new<'a>(sets: impl IntoIterator<Item = (&'a str, &'a [String])>) -> Normalizer {
        let mut n = Normalizer::default();
        for (name, members) in sets {
            let term: Arc<str> = Arc::from(format!("~{name}"));
            for m in members {
                // Members are read as text is: function words and light verbs become
                // empty terms, which the matcher compares like any other.
                let stems: Vec<Arc<str>> = words(m).map(|(_, _, w)| term_of(&w)).collect();
                let Some(first) = stems.first().cloned().filter(|f| !f.is_empty()) else {
                    continue;
                };
                n.synonyms.entry(first).or_default().push(Synonym {
                    stems,
                    term: term.clone(),
                });
            }
        }
        for list in n.synonyms.values_mut() {
            list.sort_by_key(|s| std::cmp::Reverse(s.stems.len()));
        }
        n
    }

    /// Adds an abbreviation defined in a document (`yang selanjutnya disingkat PMI`).
    pub fn define(&mut self, short: &str, long: &str) {
        let key = short.to_lowercase();
        if key.is_empty() || key.contains(' ') {
            return;
        }
        let stems: Vec<Arc<str>> = words(long).map(|(_, _, w)| stem(&w)).collect();
        if !stems.is_empty() {
            self.expansions.insert(key, stems);
        }
    }

    /// The comparable terms of a text, in order, function words left out.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let mut raw: Vec<Token> = Vec::new();
        for_each_word(text, |start, end, w| {
            if let Some(long) = self.expansions.get(w) {
                raw.extend(long.iter().map(|s| Token {
                    term: s.clone(),
                    start,
                    end,
                }));
                return;
            }
            // Function words stay as empty terms: kept out of the result, but they
            // separate phrases.
            raw.push(Token {
                term: term_of(w),
                start,
                end,
            });
        });
        let mut out = Vec::with_capacity(raw.len());
        let mut i = 0;
        while let Some(t) = raw.get(i) {
            if t.term.is_empty() {
                i += 1;
                continue;
            }
            let hit = self.synonyms.get(&t.term).and_then(|list| {
                list.iter().find(|syn| {
                    syn.stems
                        .iter()
                        .enumerate()
                        .all(|(k, s)| raw.get(i + k).is_some_and(|r| r.term == *s))
                })
            });
            match hit {
                Some(syn) => {
                    let last = raw.get(i + syn.stems.len() - 1).map_or(t.end, |r| r.end);
                    out.push(Token {
                        term: syn.term.clone(),
                        start: t.start,
                        end: last,
                    });
                    i += syn.stems.len();
                }
                None => {
                    out.push(t.clone());
                    i += 1;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(n: &Normalizer, s: &str) -> Vec<String> {
        n.tokens(s)
            .into_iter()
            .map(|t| t.term.to_string())
            .collect()
    }

    #[test]
    fn stems_affixed_forms_to_one_root() {
        for (w, root) in [
            ("menyosialisasikan", "sosialisasi"),
            ("sosialisasi", "sosialisasi"),
            ("pendataan", "data"),
            ("mendata", "data"),
            ("kepulangan", "pulang"),
            ("memulangkan", "pulang"),
            ("pengawasan", "awas"),
            ("mengawasi", "awas"),
            ("pemberdayaan", "daya"),
            ("memberdayakan", "daya"),
            ("penyebarluasan", "sebarluas"),
            ("menyebarluaskan", "sebarluas"),
        ] {
            assert_eq!(&*stem(w), root, "{w}");
        }
    }

    #[test]
    fn synonym_sets_and_definitions_become_one_term() {
        let sets = [
            (
                "basis-data".to_string(),
                vec!["basis data".to_string(), "pangkalan data".to_string()],
            ),
            (
                "pmi".to_string(),
                vec!["pekerja migran indonesia".to_string(), "tki".to_string()],
            ),
        ];
        let mut n = Normalizer::new(sets.iter().map(|(a, b)| (a.as_str(), b.as_slice())));
        // `membuat` is a light verb: no term of its own.
        assert_eq!(
            terms(&n, "membuat basis data Pekerja Migran Indonesia;"),
            ["~basis-data", "~pmi"]
        );
        assert_eq!(
            terms(&n, "menyusun pangkalan data TKI"),
            ["susun", "~basis-data", "~pmi"]
        );
        n.define("P3MI", "Perusahaan Penempatan Pekerja Migran Indonesia");
        assert_eq!(
            terms(&n, "evaluasi P3MI"),
            ["evaluasi", "usaha", "tempat", "~pmi"]
        );
    }

    #[test]
    fn words_keep_byte_ranges() {
        let w: Vec<_> = words("a. Dan/atau Ç-data").collect();
        assert_eq!(w[1], (3, 6, "dan".to_string()));
        assert_eq!(w[3].2, "ç");
    }
}
