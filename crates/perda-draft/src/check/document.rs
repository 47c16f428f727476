//! A document prepared for checking: its normalised lines, the parsed act, the parts of the
//! regulation (judul, pembukaan, batang tubuh, penutup, penjelasan, lampiran), what kind of
//! regulation it is, and its as-of date.

use std::collections::HashMap;
use std::ops::Range;

use perda_law::Source;
use perda_law::repair::RepairKind;
use perda_law::structure::{Act, ActKind, Level, Node, NodeKind};

use std::any::{Any, TypeId};
use std::sync::{Arc, Mutex, OnceLock};

use rustc_hash::FxHashMap;

use super::coverage::Coverage;
use super::date::Date;

/// One content line of the checked document, normalised for the rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the file (paragraph number in a DOCX).
    pub no: u32,
    /// The text: Markdown syntax removed, trimmed, non-breaking spaces as spaces, `…` as
    /// `...`, en and em dashes as `-`.
    pub text: String,
    /// 1-based column of the text's first character in the original line.
    pub first_column: u32,
    /// Whether the line was a Markdown heading.
    pub heading: bool,
}

impl Line {
    /// 1-based column of the character at byte `offset` of `text`.
    pub fn column(&self, offset: usize) -> u32 {
        let chars = self
            .text
            .get(..offset.min(self.text.len()))
            .map_or(0, |s| s.chars().count());
        self.first_column + u32::try_from(chars).unwrap_or(0)
    }
}

/// A part of a regulation, as the catalogue segments it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment {
    /// Judul: from the start to `DENGAN RAHMAT TUHAN YANG MAHA ESA`.
    Title,
    /// Pembukaan: from that phrase to the `Menetapkan` line, inclusive.
    Opening,
    /// Batang tubuh: after `Menetapkan` up to `Agar setiap orang mengetahuinya`.
    Body,
    /// Penutup: from that formula to the Penjelasan, a Lampiran or the end.
    Closing,
    /// Penjelasan.
    Elucidation,
    /// Lampiran.
    Annex,
}

/// What kind of regulation the document is and when it is judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Info {
    /// Level of government (from the title, `--level` or perda.toml).
    pub level: Option<Level>,
    /// Whether `--level` or perda.toml set the level (rather than the title).
    pub level_given: bool,
    /// Region as named in the title (`Kabupaten Jember`).
    pub region: Option<String>,
    /// Kind of regulation read from the title.
    pub kind: Option<ActKind>,
    /// A draft: the title is headed `RANCANGAN`.
    pub draft: bool,
    /// An amending regulation (`PERUBAHAN ... ATAS`).
    pub amending: bool,
    /// A revoking regulation (`PENCABUTAN`).
    pub revoking: bool,
    /// The name after `TENTANG`, as written.
    pub name: Option<String>,
    /// Date of enactment (`Ditetapkan di ... pada tanggal ...`), if stated.
    pub enacted: Option<Date>,
    /// The date the document is judged at: `--as-of`, else the enactment date, else today.
    pub as_of: Date,
    /// Today: whether a legal basis has been repealed *since*, so that an enacted
    /// regulation needs review, is judged at this date.
    pub today: Date,
}

impl Info {
    /// Whether this is a Peraturan Desa.
    pub fn is_desa(&self) -> bool {
        self.level == Some(Level::Desa) || self.kind == Some(ActKind::PeraturanDesa)
    }
}

/// The criminal-sanction regime a Perda is judged under, by its as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Regime {
    /// Before 2 January 2026: UU 12/2011 Pasal 15 ayat (2) — kurungan at most 6 months or
    /// a fine of at most Rp50.000.000,00.
    A,
    /// From 2 January 2026: the new KUHP (UU 1/2023) and UU 1/2026 — no kurungan, fines by
    /// category, at most kategori III.
    B,
}

/// A term defined in the Ketentuan Umum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    /// The defined term as written (`Pekerja Migran Indonesia`).
    pub term: String,
    /// Its short form (`yang selanjutnya disingkat PMI`), if any.
    pub short: Option<String>,
    /// The definition's number (angka) in Pasal 1.
    pub number: String,
    /// The whole definition text.
    pub text: String,
    /// Line of the definition.
    pub line: u32,
}

/// Settings that shape how a document is read.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The level, when it is not (or not reliably) in the title.
    pub level: Option<Level>,
    /// The region, when the title does not name it (perda.toml).
    pub region: Option<String>,
    /// The as-of date, overriding the enactment date.
    pub as_of: Option<Date>,
    /// Today, for drafts (defaults to the system clock).
    pub today: Option<Date>,
}

/// The views of a [`Document`] built so far, by type. A clone starts empty: views are
/// derived from the document and built again when asked for.
#[derive(Default)]
struct Views(Mutex<FxHashMap<TypeId, Arc<dyn Any + Send + Sync>>>);

impl Clone for Views {
    fn clone(&self) -> Views {
        Views::default()
    }
}

impl std::fmt::Debug for Views {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.0.lock().map_or(0, |m| m.len());
        write!(f, "Views({n} built)")
    }
}

/// A document ready for the rules.
#[derive(Debug, Clone)]
pub struct Document {
    /// Display name (path, or `<stdin>`).
    pub name: String,
    /// Content lines, normalised.
    pub lines: Vec<Line>,
    /// The parsed act.
    pub act: Act,
    /// Kind, level, dates.
    pub info: Info,
    /// Terms defined in the Ketentuan Umum.
    pub definitions: Vec<Definition>,
    segments: [Range<usize>; 6],
    coverage: OnceLock<Vec<Coverage>>,
    body_complete: OnceLock<bool>,
    views: Views,
    /// Where each article is in the body: number → child indices from `act.body`.
    article_paths: HashMap<String, Vec<usize>>,
}

impl Document {
    /// Prepares a loaded source: parses it and reads what kind of regulation it is.
    ///
    /// # Examples
    ///
    /// ```
    /// use perda_draft::check::{Document, ReadOptions};
    /// use perda_law::Level;
    ///
    /// let text = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\n\
    ///             TENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\n\
    ///             DENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\n";
    /// let src = perda_law::Source::from_text("raperda.txt", text)?;
    /// let doc = Document::new(&src, &ReadOptions::default())?;
    /// assert_eq!(doc.info.level, Some(Level::Kabupaten));
    /// assert_eq!(doc.info.region.as_deref(), Some("Kabupaten Jember"));
    /// assert!(doc.info.draft);
    /// // No body yet: coverage cannot be judged (`unknown`, never `missing`).
    /// assert!(!doc.body_complete());
    /// # Ok::<(), perda_law::Error>(())
    /// ```
    pub fn new(src: &Source, opts: &ReadOptions) -> Result<Document, perda_law::Error> {
        let act = Act::from_source(src)?;
        Ok(Document::from_parts(src, act, opts))
    }

    /// A view of the document that several rules share (the positions of the defined
    /// terms, say): built by `build` on first use, then the same for every rule that asks
    /// for the same type.
    pub(crate) fn view<T: Any + Send + Sync>(&self, build: impl FnOnce(&Document) -> T) -> Arc<T> {
        let id = TypeId::of::<T>();
        let known = self
            .views
            .0
            .lock()
            .ok()
            .and_then(|m| m.get(&id).cloned())
            .and_then(|v| v.downcast::<T>().ok());
        if let Some(v) = known {
            return v;
        }
        let v = Arc::new(build(self));
        if let Ok(mut m) = self.views.0.lock() {
            m.insert(id, v.clone());
        }
        v
    }

    /// Prepares a document from a source and its already parsed act.
    pub fn from_parts(src: &Source, act: Act, opts: &ReadOptions) -> Document {
        // Page furniture the parser dropped (page numbers, running heads, catchwords) is not
        // text of the regulation for the rules either.
        let furniture: std::collections::HashSet<u32> = act
            .repairs
            .iter()
            .filter(|r| {
                matches!(
                    r.kind,
                    RepairKind::PageNumber | RepairKind::RunningHead | RepairKind::Catchword
                ) && r.to.is_empty()
            })
            .map(|r| r.line)
            .collect();
        let lines: Vec<Line> = src
            .lines
            .iter()
            .filter(|l| !furniture.contains(&l.no))
            .map(normalise_line)
            .collect();
        let segments = segment(&lines);
        let title_lines = segments[0].clone();
        let title_text: Vec<&str> = lines
            .get(title_lines)
            .unwrap_or_default()
            .iter()
            .map(|l| l.text.as_str())
            .collect();
        let draft = title_text.iter().any(|t| {
            t.eq_ignore_ascii_case("RANCANGAN") || t.to_ascii_uppercase().starts_with("RANCANGAN ")
        });
        let name = act.meta.title.clone();
        let upper_name = name.as_deref().unwrap_or("").to_uppercase();
        let enacted = act
            .closing
            .enacted
            .as_ref()
            .and_then(|s| s.date.as_deref())
            .and_then(Date::parse_indonesian);
        let today = opts.today.unwrap_or_else(Date::today);
        let as_of = opts.as_of.unwrap_or(match (draft, enacted) {
            (false, Some(d)) => d,
            _ => today,
        });
        let info = Info {
            level: opts.level.or(act.meta.level),
            level_given: opts.level.is_some(),
            region: act.meta.region.clone().or_else(|| opts.region.clone()),
            kind: act.meta.kind,
            draft,
            amending: upper_name.starts_with("PERUBAHAN"),
            revoking: upper_name.starts_with("PENCABUTAN"),
            name,
            enacted,
            as_of,
            today: today.max(as_of),
        };
        let definitions = definitions(&act);
        Document {
            name: src.name.clone(),
            lines,
            act,
            info,
            definitions,
            segments,
            coverage: OnceLock::new(),
            body_complete: OnceLock::new(),
            views: Views::default(),
            article_paths: HashMap::new(),
        }
        .with_article_index()
    }

    /// The lines of a part of the regulation (empty if the part is absent).
    pub fn segment(&self, s: Segment) -> &[Line] {
        let i = match s {
            Segment::Title => 0,
            Segment::Opening => 1,
            Segment::Body => 2,
            Segment::Closing => 3,
            Segment::Elucidation => 4,
            Segment::Annex => 5,
        };
        self.segments
            .get(i)
            .and_then(|r| self.lines.get(r.clone()))
            .unwrap_or_default()
    }

    fn with_article_index(mut self) -> Self {
        fn visit(nodes: &[Node], path: &mut Vec<usize>, out: &mut HashMap<String, Vec<usize>>) {
            for (i, n) in nodes.iter().enumerate() {
                path.push(i);
                if n.kind == NodeKind::Article {
                    // The first article of a number wins, as `Act::article` does.
                    out.entry(n.number.clone()).or_insert_with(|| path.clone());
                } else {
                    visit(&n.children, path, out);
                }
                path.pop();
            }
        }
        let mut index = HashMap::new();
        visit(&self.act.body, &mut Vec::new(), &mut index);
        self.article_paths = index;
        self
    }

    /// The article of the body numbered `number` (`"5"`, `"5A"`), found through an index
    /// (`Act::article` walks the whole tree).
    pub fn article(&self, number: &str) -> Option<&Node> {
        let path = self.article_paths.get(number)?;
        let (first, rest) = path.split_first()?;
        let mut node = self.act.body.get(*first)?;
        for i in rest {
            node = node.children.get(*i)?;
        }
        Some(node)
    }

    /// The lines numbered `from` to `to`, inclusive (binary search; lines are in file
    /// order).
    pub fn lines_between(&self, from: u32, to: u32) -> &[Line] {
        let a = self.lines.partition_point(|l| l.no < from);
        let b = self.lines.partition_point(|l| l.no <= to);
        self.lines.get(a..b.max(a)).unwrap_or_default()
    }

    /// The line numbered `no`.
    pub fn line(&self, no: u32) -> Option<&Line> {
        let i = self.lines.binary_search_by_key(&no, |l| l.no).ok()?;
        self.lines.get(i)
    }

    /// The part a line belongs to.
    pub fn segment_of(&self, no: u32) -> Option<Segment> {
        let i = self.lines.binary_search_by_key(&no, |l| l.no).ok()?;
        const ALL: [Segment; 6] = [
            Segment::Title,
            Segment::Opening,
            Segment::Body,
            Segment::Closing,
            Segment::Elucidation,
            Segment::Annex,
        ];
        self.segments
            .iter()
            .zip(ALL)
            .find(|(r, _)| r.contains(&i))
            .map(|(_, s)| s)
    }

    /// The articles (Pasal) of the body, in order.
    pub fn articles(&self) -> impl Iterator<Item = &Node> {
        self.act.articles()
    }

    /// The chapters (BAB) of the body, in order.
    pub fn chapters(&self) -> impl Iterator<Item = &Node> {
        self.act.body.iter().filter(|n| n.kind == NodeKind::Chapter)
    }

    /// Coverage of the obligations of the document's level, computed once.
    pub fn coverage(&self) -> &[Coverage] {
        self.coverage.get_or_init(|| super::coverage::judge(self))
    }

    /// The criminal-sanction regime for the as-of date.
    pub fn regime(&self) -> Regime {
        if self.info.as_of < Date::KUHP_2023_IN_FORCE {
            Regime::A
        } else {
            Regime::B
        }
    }

    /// Whether the body is there to judge coverage: it has articles, no gap marks, and
    /// ends (a closing formula, an entry-into-force sentence, or a Penjelasan follows).
    /// A copy whose body is absent or cut off cannot show that a duty is missing.
    pub fn body_complete(&self) -> bool {
        *self
            .body_complete
            .get_or_init(|| self.judge_body_complete())
    }

    fn judge_body_complete(&self) -> bool {
        if self.articles().next().is_none() || !self.act.gaps.is_empty() {
            return false;
        }
        let ends = self.lines.iter().any(|l| {
            let b = l.text.as_bytes();
            b.get(..28)
                .is_some_and(|h| h.eq_ignore_ascii_case(b"agar setiap orang mengetahui"))
                || ((memchr::memmem::find(b, b"erlaku").is_some()
                    || memchr::memmem::find(b, b"ERLAKU").is_some())
                    && l.text.to_lowercase().contains("ini mulai berlaku"))
        });
        ends || self.act.closing.enacted.is_some() || self.act.elucidation.is_some()
    }
}

/// NFKC-lite normalisation of the characters legal drafts are typed with.
fn normalise_line(l: &perda_law::source::Line) -> Line {
    // Of the characters replaced only the tab is ASCII: most lines are copied as they are.
    let text = if l.text.is_ascii() && !l.text.contains('\t') {
        l.text.clone()
    } else {
        let mut text = String::with_capacity(l.text.len());
        for c in l.text.chars() {
            match c {
                '\u{a0}' | '\u{2007}' | '\u{202f}' | '\t' => text.push(' '),
                '\u{2026}' => text.push_str("..."),
                '\u{2013}' | '\u{2014}' | '\u{2212}' => text.push('-'),
                '\u{200b}' | '\u{feff}' => {}
                c => text.push(c),
            }
        }
        text
    };
    let first_column = l
        .text_start
        .checked_sub(l.range.start)
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(0)
        + 1;
    Line {
        no: l.no,
        text,
        first_column,
        heading: l.heading,
    }
}

/// Whether a line opens with a formula word (`Menetapkan`, `MENETAPKAN`): case-insensitive
/// but with a capital first letter, since a line starting in lower case is a sentence a
/// line break cut (`menetapkan Peraturan Desa tentang ...`).
fn upper_starts(t: &str, prefix: &str) -> bool {
    t.starts_with(|c: char| c.is_uppercase())
        && t.get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// Splits the lines into the six parts (ranges of line indices).
fn segment(lines: &[Line]) -> [Range<usize>; 6] {
    let n = lines.len();
    let find = |from: usize, pred: &dyn Fn(&str) -> bool| -> Option<usize> {
        lines
            .iter()
            .enumerate()
            .skip(from)
            .find(|(_, l)| pred(&l.text))
            .map(|(i, _)| i)
    };
    let is_unit_heading = |t: &str| {
        perda_law::grammar::pasal_heading(t).is_ok_and(|(rest, _)| rest.trim().is_empty())
            || perda_law::grammar::bab_heading(t).is_ok_and(|(rest, _)| rest.trim().is_empty())
    };
    let title_end = find(0, &|t| upper_starts(t, "DENGAN RAHMAT"))
        .or_else(|| find(0, &|t| upper_starts(t, "MENIMBANG")))
        .or_else(|| find(0, &is_unit_heading))
        .unwrap_or(0);
    // Without a Menetapkan line or any BAB/Pasal (an opening page alone), everything after
    // the title is the opening.
    let opening_end = find(title_end, &|t| upper_starts(t, "MENETAPKAN"))
        .map(|i| i + 1)
        .or_else(|| find(title_end, &is_unit_heading))
        .unwrap_or(n);
    let body_end = find(opening_end, &|t| {
        upper_starts(t, "AGAR SETIAP ORANG") || upper_starts(t, "DITETAPKAN DI")
    })
    .or_else(|| {
        find(opening_end, &|t| {
            upper_starts(t, "PENJELASAN") && !t.chars().any(char::is_lowercase)
        })
    })
    .unwrap_or(n);
    // The Penjelasan heading (`PENJELASAN`, `PENJELASAN ATAS ...`, or a non-standard
    // capitals line such as `PENJELASAN PERDA NO 7/2019`) and the first `LAMPIRAN`, in
    // whichever order they come.
    let is_eluc = |t: &str| upper_starts(t, "PENJELASAN") && !t.chars().any(char::is_lowercase);
    let is_annex = |t: &str| upper_starts(t, "LAMPIRAN") && !t.chars().any(char::is_lowercase);
    let eluc = find(body_end, &is_eluc);
    let annex = find(body_end, &is_annex);
    let closing_end = eluc.into_iter().chain(annex).min().unwrap_or(n);
    let (eluc_range, annex_range) = match (eluc, annex) {
        (Some(e), Some(a)) if a < e => (e..n, a..e),
        (Some(e), Some(a)) => (e..a, a..n),
        (Some(e), None) => (e..n, n..n),
        (None, Some(a)) => (n..n, a..n),
        (None, None) => (n..n, n..n),
    };
    [
        0..title_end,
        title_end..opening_end,
        opening_end..body_end,
        body_end..closing_end,
        eluc_range,
        annex_range,
    ]
}

/// Reads the definitions of the first article that opens with `... yang dimaksud dengan`.
fn definitions(act: &Act) -> Vec<Definition> {
    let Some(first) = act.articles().next() else {
        return Vec::new();
    };
    if !first.text.to_lowercase().contains("yang dimaksud dengan") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for item in first.walk().filter(|n| n.kind == NodeKind::Item) {
        let text = item.text.trim();
        let Some((head, _)) = text.split_once(" adalah ") else {
            continue;
        };
        let (term, short) = split_short_form(head);
        out.push(Definition {
            term: term.trim().trim_end_matches(',').trim().to_string(),
            short,
            number: item.number.clone(),
            text: text.to_string(),
            line: item.span.line,
        });
    }
    out
}

/// `Pekerja Migran Indonesia yang selanjutnya disingkat PMI` → (`Pekerja Migran
/// Indonesia`, `PMI`).
fn split_short_form(head: &str) -> (&str, Option<String>) {
    for marker in [
        " yang selanjutnya disingkat ",
        " yang selanjutnya disebut ",
        ", yang selanjutnya disingkat ",
        ", yang selanjutnya disebut ",
    ] {
        if let Some((term, short)) = head.split_once(marker) {
            // `yang selanjutnya disebut dengan TKI`: an old form that adds "dengan".
            let short = short.trim();
            let short = short.strip_prefix("dengan ").unwrap_or(short);
            let short = short.trim_end_matches(',').trim();
            return (term, (!short.is_empty()).then(|| short.to_string()));
        }
    }
    (head, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        let src = Source::from_bytes("t.txt", text.as_bytes()).unwrap();
        Document::new(
            &src,
            &ReadOptions {
                today: Date::new(2026, 11, 29),
                ..ReadOptions::default()
            },
        )
        .unwrap()
    }

    const SMALL: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMenimbang : bahwa untuk melaksanakan ketentuan Pasal 41 Undang-Undang Nomor 18 Tahun 2017, perlu membentuk Peraturan Daerah tentang Pelindungan Pekerja Migran Indonesia;\nMengingat : Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nBAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Pekerja Migran Indonesia yang selanjutnya disingkat PMI adalah setiap warga negara Indonesia yang akan, sedang, atau telah melakukan pekerjaan dengan menerima upah di luar wilayah Republik Indonesia.\nPasal 2\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Jember.\nDitetapkan di Jember\npada tanggal ...\nBUPATI JEMBER,\n";

    #[test]
    fn segments_a_small_draft() {
        let d = doc(SMALL);
        assert_eq!(d.segment(Segment::Title).len(), 5);
        assert_eq!(d.segment(Segment::Opening).first().unwrap().no, 6);
        assert_eq!(d.segment(Segment::Opening).last().unwrap().no, 11);
        assert_eq!(d.segment(Segment::Body).first().unwrap().text, "BAB I");
        assert!(
            d.segment(Segment::Closing)
                .first()
                .unwrap()
                .text
                .starts_with("Agar")
        );
        assert!(d.segment(Segment::Elucidation).is_empty());
        assert!(d.info.draft);
        assert_eq!(d.info.level, Some(Level::Kabupaten));
        assert_eq!(d.regime(), Regime::B);
        assert!(d.body_complete());
        assert_eq!(d.definitions.len(), 2);
        assert_eq!(d.definitions[1].term, "Pekerja Migran Indonesia");
        assert_eq!(d.definitions[1].short.as_deref(), Some("PMI"));
        assert_eq!(d.segment_of(14), Some(Segment::Body));
    }

    #[test]
    fn enacted_date_sets_the_regime() {
        let text = SMALL
            .replace("RANCANGAN\n", "")
            .replace("pada tanggal ...", "pada tanggal 12 Juli 2010");
        let d = doc(&text);
        assert!(!d.info.draft);
        assert_eq!(d.info.enacted, Date::new(2010, 7, 12));
        assert_eq!(d.regime(), Regime::A);
    }
}
