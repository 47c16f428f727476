//! Coverage reports people can look at: one self-contained HTML page with a matrix of the
//! obligations of UU 18/2017 (rows) × the checked documents (columns), and a short Markdown
//! summary for a pull-request comment.
//!
//! The page needs no network: its stylesheet and its small script are inline, nothing is
//! loaded from elsewhere, and a Content-Security-Policy forbids it. Every cell says its
//! status in words and with a symbol (not by colour alone) and links to its evidence (the
//! Pasal and line, the matched words) in the document's section; every obligation shows the
//! statute's words on hover and on click. Filters by level and by status toggle classes;
//! with scripts off everything is shown.
//!
//! The output depends only on the reports: documents sorted by path, obligations in the
//! order of the catalogue, no date or clock, so it can be snapshot-tested.
//!
//! ```
//! use perda_draft::check::{self, Lang, ReadOptions, Selection};
//! let text = "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nKETERTIBAN\n\
//!             Pasal 1\nPeraturan Desa ini mulai berlaku pada tanggal diundangkan.\n";
//! let src = perda_law::Source::from_bytes("perdes.txt", text.as_bytes()).unwrap();
//! let doc = check::Document::new(&src, &ReadOptions::default()).unwrap();
//! let report = check::check_document(&doc, &Selection::default());
//! let html = perda_draft::report::html(&[report.clone()], Lang::Id);
//! assert!(html.contains("<table class=\"matrix\""));
//! let md = perda_draft::report::markdown(&[report], Lang::En);
//! assert!(md.contains("perdes.txt"));
//! ```

use std::fmt::Write as _;

use perda_law::Level;
use perda_law::obligation::{Modality, Obligation};

use crate::check::coverage::{self, Coverage, Status, Via};
use crate::check::{FileReport, Lang, Severity};
use crate::xml::escape;

/// How many missing obligations the Markdown summary lists per document.
const MD_MISSING_LIMIT: usize = 10;
/// Longest statute excerpt in the Markdown summary, in characters.
const MD_TEXT_LIMIT: usize = 110;

/// What a cell of the matrix says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Covered,
    Partial,
    Missing,
    Unknown,
    /// The obligation is not of the document's level.
    NotApplicable,
}

impl Cell {
    const VERDICTS: [Cell; 4] = [Cell::Covered, Cell::Partial, Cell::Missing, Cell::Unknown];

    fn of(s: Status) -> Cell {
        match s {
            Status::Covered => Cell::Covered,
            Status::Partial => Cell::Partial,
            Status::Missing => Cell::Missing,
            Status::Unknown => Cell::Unknown,
        }
    }

    /// The class and filter key.
    fn key(self) -> &'static str {
        match self {
            Cell::Covered => "covered",
            Cell::Partial => "partial",
            Cell::Missing => "missing",
            Cell::Unknown => "unknown",
            Cell::NotApplicable => "na",
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            Cell::Covered => "✓",
            Cell::Partial => "◐",
            Cell::Missing => "✗",
            Cell::Unknown => "?",
            Cell::NotApplicable => "–",
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Cell::Covered, Lang::Id) => "terpenuhi",
            (Cell::Partial, Lang::Id) => "sebagian",
            (Cell::Missing, Lang::Id) => "belum diatur",
            (Cell::Unknown, Lang::Id) => "tidak dapat dinilai",
            (Cell::NotApplicable, Lang::Id) => "tidak berlaku",
            (Cell::Covered, Lang::En) => "covered",
            (Cell::Partial, Lang::En) => "partial",
            (Cell::Missing, Lang::En) => "missing",
            (Cell::Unknown, Lang::En) => "unknown",
            (Cell::NotApplicable, Lang::En) => "not applicable",
        }
    }

    fn meaning(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Cell::Covered, Lang::Id) => "sebuah unit batang tubuh mengaturnya (skor ≥ 0,60)",
            (Cell::Partial, Lang::Id) => {
                "sebagian diatur, atau dengan rumusan yang hanya sebagian sesuai (0,35 ≤ skor < 0,60)"
            }
            (Cell::Missing, Lang::Id) => "tidak ada yang mengaturnya di batang tubuh",
            (Cell::Unknown, Lang::Id) => {
                "batang tubuh tidak ada atau terpotong, atau tingkatnya tidak diketahui"
            }
            (Cell::NotApplicable, Lang::Id) => "kewajiban ini bukan untuk tingkat dokumen",
            (Cell::Covered, Lang::En) => "a unit of the body regulates it (score ≥ 0.60)",
            (Cell::Partial, Lang::En) => {
                "partly regulated, or in words that only partly agree (0.35 ≤ score < 0.60)"
            }
            (Cell::Missing, Lang::En) => "nothing in the body regulates it",
            (Cell::Unknown, Lang::En) => "the body is absent or cut off, or the level is unknown",
            (Cell::NotApplicable, Lang::En) => "the obligation is not of the document's level",
        }
    }
}

/// The words of the page and the summary in one language.
struct Words {
    title: &'static str,
    intro: &'static str,
    summary: &'static str,
    matrix: &'static str,
    evidence: &'static str,
    document: &'static str,
    level: &'static str,
    region: &'static str,
    kind: &'static str,
    draft: &'static str,
    enacted: &'static str,
    as_of: &'static str,
    options: &'static str,
    errors: &'static str,
    warnings: &'static str,
    infos: &'static str,
    obligation: &'static str,
    duty: &'static str,
    option: &'static str,
    unknown_level: &'static str,
    filters: &'static str,
    status: &'static str,
    shown_of: &'static str,
    obligations: &'static str,
    documents: &'static str,
    legend: &'static str,
    score: &'static str,
    via: &'static str,
    where_: &'static str,
    matched: &'static str,
    line: &'static str,
    whole_document: &'static str,
    no_evidence: &'static str,
    suggestion: &'static str,
    findings: &'static str,
    no_findings: &'static str,
    not_judged: &'static str,
    to_matrix: &'static str,
    statute: &'static str,
    cell_help: &'static str,
    md_heading: &'static str,
    md_partial: &'static str,
    md_more: &'static str,
    md_note: &'static str,
    md_none: &'static str,
}

const ID: Words = Words {
    title: "Laporan cakupan kewajiban UU 18/2017",
    intro: "Untuk setiap dokumen: apakah kewajiban yang diberikan UU 18/2017 kepada tingkat pemerintahannya diatur. Setiap sel menautkan ke buktinya (Pasal dan baris); klik kewajiban untuk membaca bunyi undang-undangnya. Laporan ini untuk dibaca, bukan gerbang: yang memutuskan adalah perda check.",
    summary: "Ringkasan per dokumen",
    matrix: "Matriks kewajiban × dokumen",
    evidence: "Bukti per dokumen",
    document: "Dokumen",
    level: "Tingkat",
    region: "Daerah",
    kind: "Jenis",
    draft: "rancangan",
    enacted: "ditetapkan",
    as_of: "Per tanggal",
    options: "Pilihan diatur",
    errors: "Galat",
    warnings: "Peringatan",
    infos: "Info",
    obligation: "Kewajiban",
    duty: "wajib",
    option: "pilihan",
    unknown_level: "tidak diketahui",
    filters: "Saring",
    status: "Status",
    shown_of: "kewajiban ditampilkan dari",
    obligations: "kewajiban",
    documents: "dokumen",
    legend: "Keterangan",
    score: "Skor",
    via: "Dasar",
    where_: "Letak",
    matched: "Kata yang cocok",
    line: "baris",
    whole_document: "seluruh dokumen",
    no_evidence: "tidak ada bukti",
    suggestion: "Usulan pasal",
    findings: "Temuan",
    no_findings: "Tidak ada temuan.",
    not_judged: "Cakupan tidak dinilai: tingkat dokumen tidak diketahui (beri --level atau level di perda.toml).",
    to_matrix: "ke matriks",
    statute: "Bunyi UU 18/2017",
    cell_help: "Hitungan status untuk kewajiban (wajib); pilihan dihitung terpisah.",
    md_heading: "Cakupan kewajiban UU 18/2017",
    md_partial: "sebagian",
    md_more: "lainnya",
    md_note: "Hitungan untuk kewajiban (wajib); pilihan tidak dihitung. Laporan ini bukan gerbang: `perda check` yang memutuskan.",
    md_none: "tidak ada",
};

const EN: Words = Words {
    title: "Coverage report: obligations of UU 18/2017",
    intro: "For each document: whether the duties UU 18/2017 gives its level of government are regulated. Every cell links to its evidence (Pasal and line); click an obligation to read the statute's words. This report is for reading, not a gate: perda check decides.",
    summary: "Summary per document",
    matrix: "Obligations × documents",
    evidence: "Evidence per document",
    document: "Document",
    level: "Level",
    region: "Region",
    kind: "Kind",
    draft: "draft",
    enacted: "enacted",
    as_of: "As of",
    options: "Options regulated",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Info",
    obligation: "Obligation",
    duty: "duty",
    option: "option",
    unknown_level: "unknown",
    filters: "Filter",
    status: "Status",
    shown_of: "obligations shown of",
    obligations: "obligations",
    documents: "documents",
    legend: "Legend",
    score: "Score",
    via: "Evidence",
    where_: "Where",
    matched: "Matched words",
    line: "line",
    whole_document: "whole document",
    no_evidence: "no evidence",
    suggestion: "Suggested article",
    findings: "Findings",
    no_findings: "No findings.",
    not_judged: "Coverage not judged: the document's level is unknown (give --level or level in perda.toml).",
    to_matrix: "to the matrix",
    statute: "Words of UU 18/2017",
    cell_help: "Status counts are of duties; options are counted apart.",
    md_heading: "Coverage of UU 18/2017 obligations",
    md_partial: "partial",
    md_more: "more",
    md_note: "Counts are of duties; options are not counted. This report is not a gate: `perda check` decides.",
    md_none: "none",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

fn via_label(v: Via, lang: Lang) -> &'static str {
    match (v, lang) {
        (Via::Citation, Lang::Id) => "kutipan pasal undang-undang",
        (Via::Words, Lang::Id) => "kata-kata undang-undang",
        (Via::Phrase, Lang::Id) => "frasa tinjauan",
        (Via::None, Lang::Id) => "–",
        (Via::Citation, Lang::En) => "citation of the statute",
        (Via::Words, Lang::En) => "the statute's words",
        (Via::Phrase, Lang::En) => "reviewed phrase",
        (Via::None, Lang::En) => "–",
    }
}

/// One row of the matrix: an obligation.
struct Row {
    id: String,
    /// `Pasal 41 huruf b` (without the act).
    cite: String,
    duty: bool,
    levels: Vec<Level>,
    /// The catalogue entry, when the catalogue could be read.
    obligation: Option<Obligation>,
}

impl Row {
    fn from_obligation(o: Obligation) -> Row {
        Row {
            id: o.id.clone(),
            cite: short_cite(&o.cite),
            duty: o.modality == Modality::Duty,
            levels: o.levels.clone(),
            obligation: Some(o),
        }
    }

    /// The statute's words: the lead-in, then the unit.
    fn statute(&self) -> String {
        match &self.obligation {
            Some(o) => match &o.lead_in {
                Some(l) => format!("{} {}", l.trim(), o.text.trim()),
                None => o.text.trim().to_string(),
            },
            None => String::new(),
        }
    }

    fn anchor(&self) -> String {
        format!("ob-{}", slug(&self.id))
    }
}

/// `Pasal 41 huruf b UU 18/2017` → `Pasal 41 huruf b`.
fn short_cite(cite: &str) -> String {
    cite.trim_end_matches(" UU 18/2017").trim().to_string()
}

/// An id fit for an HTML id attribute: ASCII letters and digits, the rest `-`.
fn slug(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

/// The documents and the obligations of a report.
struct Model<'a> {
    /// Sorted by path (stable for equal paths).
    docs: Vec<&'a FileReport>,
    rows: Vec<Row>,
}

impl<'a> Model<'a> {
    fn new(reports: &'a [FileReport]) -> Model<'a> {
        let mut docs: Vec<&FileReport> = reports.iter().collect();
        docs.sort_by(|a, b| a.path.cmp(&b.path));
        let levels: Vec<Level> = docs.iter().filter_map(|d| d.level).collect();
        let judged = |id: &str| {
            docs.iter()
                .any(|d| d.coverage.iter().any(|c| c.obligation == id))
        };
        let catalogue = perda_law::corpus::uu_18_2017_obligations();
        let mut rows: Vec<Row> = catalogue
            .into_iter()
            .filter(|o| matches!(o.modality, Modality::Duty | Modality::May))
            .filter(|o| {
                levels.is_empty() || o.levels.iter().any(|l| levels.contains(l)) || judged(&o.id)
            })
            .map(Row::from_obligation)
            .collect();
        // Obligations judged but not in the catalogue (a catalogue that could not be read):
        // in order of first appearance.
        for d in &docs {
            for c in &d.coverage {
                if !rows.iter().any(|r| r.id == c.obligation) {
                    rows.push(Row {
                        id: c.obligation.clone(),
                        cite: short_cite(&c.cite),
                        duty: c.modality == "duty",
                        levels: d.level.into_iter().collect(),
                        obligation: None,
                    });
                }
            }
        }
        Model { docs, rows }
    }
}

/// The cell of a document and an obligation, with the verdict when there is one.
fn cell<'r>(doc: &'r FileReport, row: &Row) -> (Cell, Option<&'r Coverage>) {
    if let Some(c) = doc.coverage.iter().find(|c| c.obligation == row.id) {
        return (Cell::of(c.status), Some(c));
    }
    match doc.level {
        Some(l) if !row.levels.contains(&l) => (Cell::NotApplicable, None),
        // The level is unknown, or the obligation is of the level but was not judged.
        _ => (Cell::Unknown, None),
    }
}

/// Counts of a document.
#[derive(Default)]
struct Counts {
    covered: usize,
    partial: usize,
    missing: usize,
    unknown: usize,
    options: usize,
    options_regulated: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
}

impl Counts {
    fn of(doc: &FileReport) -> Counts {
        let mut n = Counts::default();
        for c in &doc.coverage {
            if c.modality == "duty" {
                match c.status {
                    Status::Covered => n.covered += 1,
                    Status::Partial => n.partial += 1,
                    Status::Missing => n.missing += 1,
                    Status::Unknown => n.unknown += 1,
                }
            } else {
                n.options += 1;
                if matches!(c.status, Status::Covered | Status::Partial) {
                    n.options_regulated += 1;
                }
            }
        }
        for f in &doc.findings {
            match f.severity {
                Severity::Error => n.errors += 1,
                Severity::Warning => n.warnings += 1,
                Severity::Info => n.infos += 1,
            }
        }
        n
    }

    fn get(&self, c: Cell) -> usize {
        match c {
            Cell::Covered => self.covered,
            Cell::Partial => self.partial,
            Cell::Missing => self.missing,
            Cell::Unknown => self.unknown,
            Cell::NotApplicable => 0,
        }
    }
}

fn level_key(l: Option<Level>) -> &'static str {
    l.map_or("unknown", Level::as_str)
}

fn level_label(l: Option<Level>, lang: Lang) -> &'static str {
    l.map_or(words(lang).unknown_level, Level::as_str)
}

/// The last component of a path, for a narrow column heading.
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// `Pasal 5 ayat (2) huruf b` → `Pasal 5`.
fn pasal_of(unit: &str) -> String {
    unit.split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}

const STYLE: &str = r#":root { --covered: #14532d; --covered-bg: #cdeed6; --partial: #6b4300;
  --partial-bg: #fde7a8; --missing: #7f1d1d; --missing-bg: #f8c9c9; --unknown: #374151;
  --unknown-bg: #dfe1e7; --na: #6b7280; --na-bg: #f7f7f8; --line: #c6c8cf; --focus: #1d4ed8; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
  Arial, sans-serif; color: #111827; background: #fff; margin: 0 auto; padding: 1rem 1.5rem 3rem;
  max-width: 120rem; }
h1 { font-size: 1.45rem; margin: .2rem 0 .4rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
p.intro { max-width: 60rem; margin: 0 0 .8rem; color: #374151; }
a { color: #1e40af; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; vertical-align: top; }
thead th { background: #f3f4f6; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { overflow: auto; max-height: 85vh; max-width: 100%; width: fit-content;
  border: 1px solid var(--line); }
.matrix { border: 0; }
.matrix thead th { position: sticky; top: 0; z-index: 2; background: #f3f4f6; }
.matrix thead th.corner { left: 0; z-index: 3; }
.matrix th.ob { position: sticky; left: 0; z-index: 1; background: #fff; text-align: left;
  font-weight: normal; min-width: 19rem; max-width: 28rem; }
.matrix th.doc { width: 8.5rem; min-width: 7rem; font-size: .8rem; font-weight: normal;
  overflow-wrap: anywhere; }
.matrix th.doc b { display: block; font-size: .95rem; }
.matrix th.doc .lv { color: #4b5563; }
.matrix th.doc .cnt { display: flex; gap: .2rem; margin-top: .2rem; font-size: .75rem; }
.matrix th.doc .cnt span { padding: 0 .2rem; border-radius: 2px; }
td.c { padding: 0; text-align: center; font-size: .85rem; }
td.c > a, td.c > span { display: block; padding: .3rem .35rem; color: inherit; text-decoration: none; }
td.c > a:hover, td.c > a:focus { outline: 2px solid var(--focus); outline-offset: -2px; }
td.c small { display: block; font-size: .75rem; opacity: .9; }
.sym { font-weight: 700; margin-right: .2rem; }
.st-covered { background: var(--covered-bg); color: var(--covered); }
.st-partial { background: var(--partial-bg); color: var(--partial); }
.st-missing { background: var(--missing-bg); color: var(--missing); font-weight: 600; }
.st-unknown { background: var(--unknown-bg); color: var(--unknown); }
.st-na { background: var(--na-bg); color: var(--na); }
.cite { font-weight: 600; }
.oid { color: #4b5563; font: .75rem ui-monospace, "DejaVu Sans Mono", monospace; }
.mod { font-size: .7rem; border: 1px solid #9ca3af; border-radius: 3px; padding: 0 .25rem;
  margin-left: .3rem; color: #374151; }
details.law summary { cursor: pointer; }
details.law p { margin: .3rem 0 .2rem; font-size: .85rem; color: #1f2937; max-width: 34rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; margin: .3rem 0 .6rem; padding: 0;
  list-style: none; font-size: .85rem; }
.legend li span.sw { display: inline-block; padding: 0 .4rem; border-radius: 3px; margin-right: .3rem; }
form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center;
  margin: .4rem 0 .6rem; padding: .45rem .7rem; background: #f3f4f6; border-radius: 4px; }
form.filters[hidden] { display: none; }
form.filters fieldset { border: 0; margin: 0; padding: 0; }
form.filters legend { float: left; font-weight: 600; margin-right: .5rem; }
form.filters label { margin-right: .6rem; white-space: nowrap; }
form.filters p { margin: 0; }
.off { display: none; }
td.c.dim { opacity: .3; }
section.doc { border-top: 2px solid var(--line); margin-top: 1.2rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .3rem 0; }
dl.meta dt { color: #4b5563; }
dl.meta dd { margin: 0; }
table.evidence { width: 100%; font-size: .85rem; }
table.evidence td.st { white-space: nowrap; }
table.evidence td:first-child { min-width: 10rem; }
table.evidence td:first-child .oid { display: block; }
tr:target { outline: 3px solid var(--focus); outline-offset: -3px; }
.sev-error { color: var(--missing); font-weight: 600; }
.sev-warning { color: var(--partial); font-weight: 600; }
.sev-info { color: var(--unknown); }
ul.findings { font-size: .85rem; padding-left: 1.2rem; }
code { font: .85em ui-monospace, "DejaVu Sans Mono", monospace; }
footer { margin-top: 2rem; color: #6b7280; font-size: .8rem; }
@media print { .scroll { overflow: visible; max-height: none; border: 0; }
  .matrix thead th, .matrix th.ob { position: static; } form.filters { display: none; } }
"#;

/// Shows the filters, and on every change hides the documents of unticked levels and the
/// obligations with no visible cell of a ticked status (cells of other statuses are dimmed).
/// Without scripts the form stays hidden and everything is shown.
const SCRIPT: &str = r#"(function () {
  var form = document.getElementById("filters");
  if (!form) { return; }
  form.hidden = false;
  function ticked(name) {
    var on = {};
    var boxes = form.querySelectorAll("input[name=" + name + "]");
    for (var i = 0; i < boxes.length; i++) { on[boxes[i].value] = boxes[i].checked; }
    return on;
  }
  function apply() {
    var level = ticked("level"), status = ticked("status");
    var withLevel = document.querySelectorAll("[data-level]");
    for (var i = 0; i < withLevel.length; i++) {
      withLevel[i].classList.toggle("off", !level[withLevel[i].getAttribute("data-level")]);
    }
    var rows = document.querySelectorAll("tr.ob"), shown = 0;
    for (var r = 0; r < rows.length; r++) {
      var cells = rows[r].querySelectorAll("td.c"), show = false;
      for (var c = 0; c < cells.length; c++) {
        var st = cells[c].getAttribute("data-status");
        var visible = level[cells[c].getAttribute("data-level")];
        cells[c].classList.toggle("dim", st !== "na" && !status[st]);
        if (visible && st !== "na" && status[st]) { show = true; }
      }
      rows[r].classList.toggle("off", !show);
      if (show) { shown++; }
    }
    document.getElementById("shown").textContent = String(shown);
  }
  form.addEventListener("change", apply);
  apply();
  document.body.setAttribute("data-ready", "1");
})();
"#;

/// The report as one self-contained HTML page: the summary per document, the filters, the
/// matrix of obligations × documents, and the evidence of each document. Labels are in
/// `lang`; documents are sorted by path, obligations in the catalogue's order.
///
/// # Examples
///
/// ```
/// use perda_draft::check::{Document, Lang, ReadOptions, Selection, check_document};
///
/// let text = "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nKETERTIBAN\n\
///             Pasal 1\nPeraturan Desa ini mulai berlaku pada tanggal diundangkan.\n";
/// let src = perda_law::Source::from_text("perdes.txt", text)?;
/// let doc = Document::new(&src, &ReadOptions::default())?;
/// let report = check_document(&doc, &Selection::default());
/// let page = perda_draft::report::html(&[report], Lang::En);
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// assert!(page.contains("uu-18-2017/42/a"));
/// # Ok::<(), perda_law::Error>(())
/// ```
pub fn html(reports: &[FileReport], lang: Lang) -> String {
    let w = words(lang);
    let m = Model::new(reports);
    let mut o = String::with_capacity(64 * 1024);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"perda {}\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        match lang {
            Lang::Id => "id",
            Lang::En => "en",
        },
        env!("CARGO_PKG_VERSION"),
        escape(w.title)
    );
    let _ = writeln!(
        o,
        "<header>\n<h1>{}</h1>\n<p class=\"intro\">{} {}, {} {}. {}</p>\n</header>",
        escape(w.title),
        m.docs.len(),
        w.documents,
        m.rows.len(),
        w.obligations,
        escape(w.intro)
    );
    filters(&mut o, &m, lang);
    matrix(&mut o, &m, lang);
    summary_table(&mut o, &m, lang);
    let _ = writeln!(o, "<h2 id=\"bukti\">{}</h2>", escape(w.evidence));
    for (i, d) in m.docs.iter().enumerate() {
        evidence(&mut o, &m, i, d, lang);
    }
    let _ = writeln!(
        o,
        "<footer>perda {} · UU 18/2017</footer>\n<script>\n{SCRIPT}</script>\n</body>\n</html>",
        env!("CARGO_PKG_VERSION")
    );
    o
}

fn doc_no(i: usize) -> String {
    format!("D{}", i + 1)
}

fn summary_table(o: &mut String, m: &Model, lang: Lang) {
    let w = words(lang);
    let _ = writeln!(
        o,
        "<h2 id=\"ringkasan\">{}</h2>\n<table class=\"summary\">\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        escape(w.summary),
        escape(w.document),
        escape(w.level),
        escape(w.region)
    );
    for c in Cell::VERDICTS {
        let _ = write!(
            o,
            "<th scope=\"col\" class=\"st-{}\"><span class=\"sym\" aria-hidden=\"true\">{}</span>{}</th>",
            c.key(),
            c.symbol(),
            escape(c.label(lang))
        );
    }
    let _ = writeln!(
        o,
        "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        escape(w.options),
        escape(w.errors),
        escape(w.warnings)
    );
    for (i, d) in m.docs.iter().enumerate() {
        let n = Counts::of(d);
        let _ = write!(
            o,
            "<tr data-level=\"{}\"><td>{}</td><td><a href=\"#doc-{}\">{}</a></td><td>{}</td><td>{}</td>",
            level_key(d.level),
            doc_no(i),
            i + 1,
            escape(&d.path),
            escape(level_label(d.level, lang)),
            escape(d.region.as_deref().unwrap_or("–"))
        );
        for c in Cell::VERDICTS {
            if d.level.is_none() {
                let _ = write!(o, "<td class=\"n\">–</td>");
            } else {
                let _ = write!(o, "<td class=\"n\">{}</td>", n.get(c));
            }
        }
        let _ = writeln!(
            o,
            "<td class=\"n\">{}/{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            n.options_regulated, n.options, n.errors, n.warnings
        );
    }
    let _ = writeln!(
        o,
        "</tbody>\n</table>\n<p class=\"intro\">{}</p>",
        escape(w.cell_help)
    );
}

fn filters(o: &mut String, m: &Model, lang: Lang) {
    let w = words(lang);
    let mut levels: Vec<Option<Level>> = m.docs.iter().map(|d| d.level).collect();
    // Provinsi, kabupaten, kota, desa, then unknown.
    levels.sort_by_key(|l| l.map_or(usize::MAX, |l| l as usize));
    levels.dedup();
    let _ = write!(
        o,
        "<form id=\"filters\" class=\"filters\" aria-label=\"{}\" hidden>\n<fieldset><legend>{}</legend>",
        escape(w.filters),
        escape(w.level)
    );
    for l in &levels {
        let _ = write!(
            o,
            "<label><input type=\"checkbox\" name=\"level\" value=\"{}\" checked> {}</label>",
            level_key(*l),
            escape(level_label(*l, lang))
        );
    }
    let _ = write!(
        o,
        "</fieldset>\n<fieldset><legend>{}</legend>",
        escape(w.status)
    );
    for c in Cell::VERDICTS {
        let _ = write!(
            o,
            "<label><input type=\"checkbox\" name=\"status\" value=\"{}\" checked> <span class=\"sym\" aria-hidden=\"true\">{}</span>{}</label>",
            c.key(),
            c.symbol(),
            escape(c.label(lang))
        );
    }
    let _ = writeln!(
        o,
        "</fieldset>\n<p aria-live=\"polite\"><span id=\"shown\">{n}</span> {} {n}</p>\n</form>",
        escape(w.shown_of),
        n = m.rows.len()
    );
}

fn matrix(o: &mut String, m: &Model, lang: Lang) {
    let w = words(lang);
    let _ = write!(
        o,
        "<h2 id=\"matriks\">{}</h2>\n<ul class=\"legend\" aria-label=\"{}\">",
        escape(w.matrix),
        escape(w.legend)
    );
    for c in Cell::VERDICTS.iter().chain([Cell::NotApplicable].iter()) {
        let _ = write!(
            o,
            "<li><span class=\"sw st-{}\"><span class=\"sym\" aria-hidden=\"true\">{}</span>{}</span>{}</li>",
            c.key(),
            c.symbol(),
            escape(c.label(lang)),
            escape(c.meaning(lang))
        );
    }
    let _ = writeln!(
        o,
        "</ul>\n<div class=\"scroll\">\n<table class=\"matrix\">\n<thead><tr><th scope=\"col\" class=\"corner\">{}</th>",
        escape(w.obligation)
    );
    for (i, d) in m.docs.iter().enumerate() {
        let _ = write!(
            o,
            "<th scope=\"col\" class=\"doc\" data-level=\"{}\" title=\"{}\"><b>{}</b>{}<br><span class=\"lv\">{}</span>",
            level_key(d.level),
            escape(&d.path),
            doc_no(i),
            escape(file_name(&d.path)),
            escape(level_label(d.level, lang))
        );
        if d.level.is_some() {
            // The duties by status at a glance (the summary table has them in words).
            let n = Counts::of(d);
            let spoken: Vec<String> = Cell::VERDICTS
                .iter()
                .map(|c| format!("{} {}", c.label(lang), n.get(*c)))
                .collect();
            let _ = write!(
                o,
                "<span class=\"cnt\" title=\"{}\">",
                escape(&spoken.join(", "))
            );
            for c in Cell::VERDICTS {
                let _ = write!(
                    o,
                    "<span class=\"st-{}\">{}{}</span>",
                    c.key(),
                    c.symbol(),
                    n.get(c)
                );
            }
            o.push_str("</span>");
        }
        o.push_str("</th>\n");
    }
    let _ = writeln!(o, "</tr></thead>\n<tbody>");
    for row in &m.rows {
        let statute = row.statute();
        let _ = write!(
            o,
            "<tr class=\"ob\" id=\"{}\"><th scope=\"row\" class=\"ob\">",
            row.anchor()
        );
        let modality = if row.duty { w.duty } else { w.option };
        if statute.is_empty() {
            let _ = write!(o, "<span class=\"cite\">{}</span>", escape(&row.cite));
        } else {
            let _ = write!(
                o,
                "<details class=\"law\"><summary title=\"{}\"><span class=\"cite\">{}</span></summary><p><b>{}:</b> {}</p></details>",
                escape(&statute),
                escape(&row.cite),
                escape(w.statute),
                escape(&statute)
            );
        }
        let _ = write!(
            o,
            "<span class=\"oid\">{}</span><span class=\"mod\">{}</span></th>",
            escape(&row.id),
            escape(modality)
        );
        for (i, d) in m.docs.iter().enumerate() {
            let (c, cov) = cell(d, row);
            let mut title = format!(
                "{} {} — {}: {}",
                doc_no(i),
                file_name(&d.path),
                row.cite,
                c.label(lang)
            );
            if let Some(cov) = cov
                && matches!(c, Cell::Covered | Cell::Partial)
            {
                let _ = write!(title, " ({} {:.2}", w.score.to_lowercase(), cov.score);
                if let Some(l) = cov.locations.first() {
                    let _ = write!(title, "; {}, {} {}", l.article, w.line, l.line);
                }
                title.push(')');
            }
            let _ = write!(
                o,
                "<td class=\"c st-{k}\" data-status=\"{k}\" data-level=\"{}\">",
                level_key(d.level),
                k = c.key()
            );
            let inner = format!(
                "<span class=\"sym\" aria-hidden=\"true\">{}</span>{}{}",
                c.symbol(),
                escape(c.label(lang)),
                cov.and_then(|cov| cov.locations.first())
                    .filter(|_| matches!(c, Cell::Covered | Cell::Partial))
                    .map(|l| format!("<small>{}</small>", escape(&pasal_of(&l.article))))
                    .unwrap_or_default()
            );
            if c == Cell::NotApplicable {
                let _ = write!(o, "<span title=\"{}\">{inner}</span>", escape(&title));
            } else {
                let _ = write!(
                    o,
                    "<a href=\"#{}\" title=\"{}\">{inner}</a>",
                    evidence_anchor(i, row),
                    escape(&title)
                );
            }
            o.push_str("</td>");
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n</div>\n");
}

fn evidence_anchor(doc: usize, row: &Row) -> String {
    format!("d{}-{}", doc + 1, slug(&row.id))
}

fn evidence(o: &mut String, m: &Model, i: usize, d: &FileReport, lang: Lang) {
    let w = words(lang);
    let _ = writeln!(
        o,
        "<section class=\"doc\" id=\"doc-{}\" data-level=\"{}\">\n<h3>{} {}</h3>\n<dl class=\"meta\">",
        i + 1,
        level_key(d.level),
        doc_no(i),
        escape(&d.path)
    );
    let kind = if d.draft { w.draft } else { w.enacted };
    for (k, v) in [
        (w.level, level_label(d.level, lang)),
        (w.region, d.region.as_deref().unwrap_or("–")),
        (w.kind, kind),
        (w.as_of, d.as_of.as_str()),
    ] {
        let _ = write!(o, "<dt>{}</dt><dd>{}</dd>", escape(k), escape(v));
    }
    o.push_str("</dl>\n");
    if d.level.is_none() {
        let _ = writeln!(o, "<p>{}</p>", escape(w.not_judged));
    }
    let rows: Vec<(&Row, Cell, Option<&Coverage>)> = m
        .rows
        .iter()
        .map(|r| {
            let (c, cov) = cell(d, r);
            (r, c, cov)
        })
        .filter(|(_, c, _)| *c != Cell::NotApplicable)
        .collect();
    if !rows.is_empty() {
        let _ = writeln!(
            o,
            "<table class=\"evidence\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            escape(w.obligation),
            escape(w.status),
            escape(w.score),
            escape(w.via),
            escape(w.where_),
            escape(w.matched)
        );
    }
    for (row, c, cov) in &rows {
        let _ = write!(
            o,
            "<tr id=\"{}\"><td><a href=\"#{}\" title=\"{}\">{}</a> <span class=\"oid\">{}</span></td><td class=\"st st-{}\"><span class=\"sym\" aria-hidden=\"true\">{}</span>{}</td>",
            evidence_anchor(i, row),
            row.anchor(),
            escape(w.to_matrix),
            escape(&row.cite),
            escape(&row.id),
            c.key(),
            c.symbol(),
            escape(c.label(lang))
        );
        match cov {
            Some(cov) => {
                let _ = write!(
                    o,
                    "<td class=\"n\">{:.2}</td><td>{}</td><td>",
                    cov.score,
                    escape(via_label(cov.via, lang))
                );
                if cov.locations.is_empty() {
                    let _ = write!(o, "{}", escape(w.no_evidence));
                    if *c == Cell::Missing
                        && row.duty
                        && let (Some(ob), Some(level)) = (&row.obligation, d.level)
                    {
                        let _ = write!(
                            o,
                            "<br><i>{}:</i> {}",
                            escape(w.suggestion),
                            escape(&coverage::suggestion(ob, level))
                        );
                    }
                } else {
                    let at: Vec<String> = cov
                        .locations
                        .iter()
                        .map(|l| format!("{}, {} {}", escape(&l.article), w.line, l.line))
                        .collect();
                    o.push_str(&at.join("<br>"));
                }
                let _ = write!(o, "</td><td>{}</td></tr>", escape(&cov.matched.join(", ")));
            }
            None => {
                let _ = write!(
                    o,
                    "<td class=\"n\">–</td><td>–</td><td>–</td><td></td></tr>"
                );
            }
        }
        o.push('\n');
    }
    if !rows.is_empty() {
        o.push_str("</tbody>\n</table>\n");
    }
    let n = Counts::of(d);
    let _ = writeln!(
        o,
        "<details><summary>{}: {} {}, {} {}, {} {}</summary>",
        escape(w.findings),
        n.errors,
        escape(&w.errors.to_lowercase()),
        n.warnings,
        escape(&w.warnings.to_lowercase()),
        n.infos,
        escape(&w.infos.to_lowercase())
    );
    if d.findings.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", escape(w.no_findings));
    } else {
        o.push_str("<ul class=\"findings\">\n");
        for f in &d.findings {
            let at = if f.line == 0 {
                w.whole_document.to_string()
            } else {
                format!("{} {}", w.line, f.line)
            };
            let _ = writeln!(
                o,
                "<li><span class=\"sev-{}\">{}</span> <code>{}</code> {}: {}</li>",
                f.severity.as_str(),
                escape(f.severity.label(lang)),
                escape(f.code),
                escape(&at),
                escape(f.message.get(lang))
            );
        }
        o.push_str("</ul>\n");
    }
    o.push_str("</details>\n</section>\n");
}

/// Escapes text for Markdown: the characters that could start markup, a link, HTML or a
/// table cell boundary get a backslash; line breaks become spaces.
fn md(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!' => {
                o.push('\\');
                o.push(c);
            }
            '\n' | '\r' | '\t' => o.push(' '),
            c if c.is_control() => {}
            c => o.push(c),
        }
    }
    o
}

/// `s` cut at a word boundary to at most `max` characters, with `…` when cut.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for word in s.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

/// A short Markdown summary for a pull-request comment: one table with a row per document
/// (level, the duties covered, partial, missing and unknown, errors and warnings), then for
/// each document its missing duties with their citations and statute's words (at most ten)
/// and its partial ones.
///
/// # Examples
///
/// ```
/// use perda_draft::check::{Document, Lang, ReadOptions, Selection, check_document};
///
/// let text = "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nKETERTIBAN\n\
///             Pasal 1\nPeraturan Desa ini mulai berlaku pada tanggal diundangkan.\n";
/// let src = perda_law::Source::from_text("perdes.txt", text)?;
/// let doc = Document::new(&src, &ReadOptions::default())?;
/// let report = check_document(&doc, &Selection::default());
/// let summary = perda_draft::report::markdown(&[report], Lang::En);
/// assert!(summary.contains("| perdes.txt |"), "{summary}");
/// # Ok::<(), perda_law::Error>(())
/// ```
pub fn markdown(reports: &[FileReport], lang: Lang) -> String {
    let w = words(lang);
    let m = Model::new(reports);
    let mut o = String::new();
    let _ = writeln!(o, "### {}\n", w.md_heading);
    let _ = write!(o, "| # | {} | {} |", w.document, w.level);
    for c in Cell::VERDICTS {
        let _ = write!(o, " {} {} |", c.symbol(), c.label(lang));
    }
    let _ = writeln!(o, " {} | {} |", w.errors, w.warnings);
    let _ = writeln!(
        o,
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    for (i, d) in m.docs.iter().enumerate() {
        let n = Counts::of(d);
        let _ = write!(
            o,
            "| {} | {} | {} |",
            doc_no(i),
            md(&d.path),
            md(level_label(d.level, lang))
        );
        for c in Cell::VERDICTS {
            if d.level.is_none() {
                o.push_str(" – |");
            } else {
                let _ = write!(o, " {} |", n.get(c));
            }
        }
        let _ = writeln!(o, " {} | {} |", n.errors, n.warnings);
    }
    for (i, d) in m.docs.iter().enumerate() {
        let duties = |s: Status| {
            d.coverage
                .iter()
                .filter(move |c| c.modality == "duty" && c.status == s)
        };
        let missing: Vec<&Coverage> = duties(Status::Missing).collect();
        let partial: Vec<&Coverage> = duties(Status::Partial).collect();
        if d.level.is_none() {
            let _ = writeln!(
                o,
                "\n**{} {}**: {}",
                doc_no(i),
                md(&d.path),
                md(w.not_judged)
            );
            continue;
        }
        if missing.is_empty() && partial.is_empty() {
            continue;
        }
        let _ = writeln!(
            o,
            "\n**{} {}** — {} ({}):\n",
            doc_no(i),
            md(&d.path),
            Cell::Missing.label(lang),
            missing.len()
        );
        if missing.is_empty() {
            let _ = writeln!(o, "- {}", w.md_none);
        }
        for c in missing.iter().take(MD_MISSING_LIMIT) {
            let words = coverage::obligation(&c.obligation)
                .map(|ob| coverage::statute_words(&ob).to_string())
                .unwrap_or_default();
            let _ = write!(
                o,
                "- {} (`{}`)",
                md(&short_cite(&c.cite)),
                c.obligation.replace(['`', '\n', '\r'], "")
            );
            if words.is_empty() {
                o.push('\n');
            } else {
                let _ = writeln!(o, ": {}", md(&clip(&words, MD_TEXT_LIMIT)));
            }
        }
        if missing.len() > MD_MISSING_LIMIT {
            let _ = writeln!(o, "- … {} {}", missing.len() - MD_MISSING_LIMIT, w.md_more);
        }
        if !partial.is_empty() {
            let cites: Vec<String> = partial.iter().map(|c| md(&short_cite(&c.cite))).collect();
            let _ = writeln!(
                o,
                "\n{} ({}): {}",
                capitalise(w.md_partial),
                partial.len(),
                cites.join(", ")
            );
        }
    }
    let _ = writeln!(o, "\n{}", w.md_note);
    o
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Date;
    use crate::check::run::{self, Input, RunOptions};

    const CLEAN: &str = "examples/check/raperda-kabupaten-jember.md";
    const WITHOUT_41B_41H: &str = "examples/check/raperda-kabupaten-jember-tanpa-41b-41h.md";
    const DESA: &str = "examples/check/raperda-desa-sukamaju.md";

    /// Checks example files (named as from the repository's root) on a fixed date.
    fn reports(files: &[&str]) -> Vec<FileReport> {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../");
        let inputs: Vec<Input> = files
            .iter()
            .map(|f| Input::Bytes {
                name: (*f).to_string(),
                bytes: std::fs::read(format!("{root}{f}")).unwrap(),
            })
            .collect();
        let opts = RunOptions {
            no_config: true,
            today: Some(Date {
                year: 2026,
                month: 3,
                day: 1,
            }),
            ..RunOptions::default()
        };
        let report = run::run(&inputs, &opts).unwrap();
        assert_eq!(report.summary.failed, 0);
        report.checked().map(|c| c.report.clone()).collect()
    }

    /// The `<td>` of the matrix for an obligation and a document number (1-based).
    fn td<'h>(html: &'h str, id: &str, doc: usize) -> &'h str {
        let row_start = html
            .find(&format!("<tr class=\"ob\" id=\"ob-{}\">", slug(id)))
            .unwrap();
        let row = &html[row_start..];
        let row = &row[..row.find("</tr>").unwrap()];
        let cells: Vec<&str> = row.split("<td ").skip(1).collect();
        cells[doc - 1]
    }

    #[test]
    fn markdown_summary_of_two_drafts() {
        // Given in the reverse order: the summary sorts documents by path.
        let r = reports(&[CLEAN, WITHOUT_41B_41H]);
        let md = markdown(&r, Lang::Id);
        assert!(md.lines().count() < 60, "{md}");
        insta::assert_snapshot!(md);
    }

    #[test]
    fn markdown_names_the_missing_duties_with_citations() {
        let r = reports(&[WITHOUT_41B_41H]);
        let md = markdown(&r, Lang::En);
        assert!(md.contains("Pasal 41 huruf b (`uu-18-2017/41/b`): membuat basis data"));
        assert!(md.contains("Pasal 41 huruf h (`uu-18-2017/41/h`)"));
        assert!(md.contains("missing (2)"));
        assert!(md.contains("| D1 | examples/check/raperda-kabupaten-jember-tanpa-41b-41h.md | kabupaten | 23 | 0 | 2 | 0 | 2 | 0 |"), "{md}");
    }

    #[test]
    fn cells_say_their_status_and_link_to_the_evidence() {
        let r = reports(&[WITHOUT_41B_41H, CLEAN, DESA]);
        let html = html(&r, Lang::Id);
        // Sorted by path: D1 desa, D2 jember tanpa 41b/41h (`-` sorts before `.`), D3 jember.
        let d2 = html
            .find("raperda-kabupaten-jember-tanpa-41b-41h.md</a>")
            .unwrap();
        let d3 = html.find("raperda-kabupaten-jember.md</a>").unwrap();
        assert!(html.find("raperda-desa-sukamaju.md</a>").unwrap() < d2 && d2 < d3);

        let missing = td(&html, "uu-18-2017/41/b", 2);
        assert!(missing.contains("class=\"c st-missing\""), "{missing}");
        assert!(missing.contains("✗</span>belum diatur"), "{missing}");
        assert!(
            missing.contains("href=\"#d2-uu-18-2017-41-b\""),
            "{missing}"
        );
        let covered = td(&html, "uu-18-2017/41/b", 3);
        assert!(covered.contains("st-covered"), "{covered}");
        assert!(
            covered.contains("✓</span>terpenuhi<small>Pasal "),
            "{covered}"
        );
        // A kabupaten duty is not of a desa's level.
        let na = td(&html, "uu-18-2017/41/b", 1);
        assert!(na.contains("st-na") && na.contains("tidak berlaku"), "{na}");
        assert!(!na.contains("href"), "{na}");

        // The evidence the cells link to: the Pasal and line, the matched words.
        let ev = html.find("<tr id=\"d3-uu-18-2017-41-b\">").unwrap();
        let ev = &html[ev..ev + html[ev..].find("</tr>").unwrap()];
        assert!(ev.contains("Pasal ") && ev.contains(", baris "), "{ev}");
        assert!(ev.contains("Basis Data, Pekerja Migran Indonesia"), "{ev}");
        let ev = html.find("<tr id=\"d2-uu-18-2017-41-b\">").unwrap();
        let ev = &html[ev..ev + html[ev..].find("</tr>").unwrap()];
        assert!(
            ev.contains("Usulan pasal:</i> Pemerintah Daerah membuat basis data"),
            "{ev}"
        );

        // The statute's words on hover and on click.
        assert!(html.contains(
            "<summary title=\"Pemerintah Daerah kabupaten/kota memiliki tugas dan tanggung jawab: membuat basis data Pekerja Migran Indonesia;\"><span class=\"cite\">Pasal 41 huruf b</span></summary>"
        ), "statute words missing");
        // Every row has one cell per document.
        let rows = html.matches("<tr class=\"ob\"").count();
        assert_eq!(html.matches("<td class=\"c ").count(), rows * 3);
        // Kabupaten rows (25 duties and the options) and the desa's.
        assert!(rows >= 31, "{rows}");
    }

    #[test]
    fn summary_counts_per_document() {
        let r = reports(&[WITHOUT_41B_41H]);
        let html = html(&r, Lang::En);
        let row = html
            .find("<tr data-level=\"kabupaten\"><td>D1</td>")
            .unwrap();
        let row = &html[row..row + html[row..].find("</tr>").unwrap()];
        assert!(
            row.contains("<td class=\"n\">23</td><td class=\"n\">0</td><td class=\"n\">2</td><td class=\"n\">0</td>"),
            "{row}"
        );
        assert!(row.contains("<td>Kabupaten Jember</td>"), "{row}");
        assert!(html.contains("<html lang=\"en\">"));
        assert!(html.contains("✗</span>missing"));
        assert!(!html.contains("belum diatur"));
    }

    #[test]
    fn filters_are_present_and_hidden_without_script() {
        let r = reports(&[CLEAN, DESA]);
        let html = html(&r, Lang::Id);
        assert!(
            html.contains("<form id=\"filters\" class=\"filters\" aria-label=\"Saring\" hidden>")
        );
        for v in ["kabupaten", "desa"] {
            assert!(html.contains(&format!(
                "<input type=\"checkbox\" name=\"level\" value=\"{v}\" checked>"
            )));
        }
        for v in ["covered", "partial", "missing", "unknown"] {
            assert!(html.contains(&format!(
                "<input type=\"checkbox\" name=\"status\" value=\"{v}\" checked>"
            )));
        }
        assert!(!html.contains("value=\"provinsi\""));
        assert!(html.contains("form.hidden = false"));
        assert!(html.contains("form.filters[hidden] { display: none; }"));
        // Nothing starts hidden: the `off` class is only set by the script.
        assert!(!html.contains("class=\"off\"") && !html.contains(" off\""));
    }

    #[test]
    fn the_page_is_self_contained() {
        let r = reports(&[CLEAN, WITHOUT_41B_41H, DESA]);
        for lang in [Lang::Id, Lang::En] {
            let html = html(&r, lang);
            assert!(!html.contains("http://") && !html.contains("https://"));
            assert!(!html.contains("src="), "no external resource");
            assert!(!html.contains("<link") && !html.contains("@import"));
            assert!(!html.contains("url("));
            assert!(html.contains("default-src 'none'"));
            assert!(html.starts_with("<!DOCTYPE html>\n") && html.ends_with("</html>\n"));
            // Every link stays in the page and points at an id that exists.
            for part in html.split("href=\"").skip(1) {
                let target = &part[..part.find('"').unwrap()];
                let id = target.strip_prefix('#').expect("in-page link");
                assert!(html.contains(&format!("id=\"{id}\"")), "dangling #{id}");
            }
        }
    }

    #[test]
    fn everything_from_a_document_is_escaped() {
        let mut r = reports(&[WITHOUT_41B_41H]);
        let evil = "<script>alert('x')</script>\"&<img src=x>|`*_[a](b)";
        if let Some(d) = r.first_mut() {
            d.path = format!("drafts/{evil}.md");
            d.region = Some(evil.to_string());
            if let Some(c) = d.coverage.first_mut() {
                c.matched = vec![evil.to_string()];
                c.locations = vec![coverage::Location {
                    line: 3,
                    article: evil.to_string(),
                }];
            }
            if let Some(f) = d.findings.first_mut() {
                f.message = crate::check::Msg::new(evil, evil);
            }
        }
        let html = html(&r, Lang::Id);
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&quot;&amp;"));
        // One script element: the page's own.
        assert_eq!(html.matches("<script").count(), 1);
        let md = markdown(&r, Lang::Id);
        // Every `<` is escaped: no HTML reaches a pull-request comment.
        assert!(
            md.match_indices('<')
                .all(|(i, _)| md.as_bytes().get(i - 1) == Some(&b'\\')),
            "{md}"
        );
        assert!(md.contains("\\<script\\>"));
        assert!(md.contains("\\[a\\](b)"));
        for line in md.lines().filter(|l| l.starts_with("| D")) {
            // The path's `|` cannot open a cell: 10 unescaped separators.
            let unescaped = line
                .match_indices('|')
                .filter(|(i, _)| *i == 0 || line.as_bytes().get(i - 1) != Some(&b'\\'));
            assert_eq!(unescaped.count(), 10, "{line}");
        }
    }

    #[test]
    fn output_is_stable_whatever_the_input_order() {
        let a = reports(&[CLEAN, WITHOUT_41B_41H, DESA]);
        let mut b = a.clone();
        b.reverse();
        assert_eq!(html(&a, Lang::Id), html(&b, Lang::Id));
        assert_eq!(markdown(&a, Lang::En), markdown(&b, Lang::En));
    }

    #[test]
    fn a_document_of_unknown_level_is_not_judged() {
        let text = "RANCANGAN PERATURAN TENTANG SESUATU\nPasal 1\nCukup jelas.\n";
        let inputs = vec![Input::Bytes {
            name: "x.txt".into(),
            bytes: text.as_bytes().to_vec(),
        }];
        let report = run::run(
            &inputs,
            &RunOptions {
                no_config: true,
                ..RunOptions::default()
            },
        )
        .unwrap();
        let r: Vec<FileReport> = report.checked().map(|c| c.report.clone()).collect();
        assert!(r.iter().all(|d| d.level.is_none()));
        let html = html(&r, Lang::Id);
        assert!(html.contains("Cakupan tidak dinilai"));
        assert!(html.contains("data-status=\"unknown\""));
        assert!(!html.contains("data-status=\"na\""));
        let md = markdown(&r, Lang::Id);
        assert!(
            md.contains("| D1 | x.txt | tidak diketahui | – | – | – | – |"),
            "{md}"
        );
        // Nothing at all is still a page.
        let empty = super::html(&[], Lang::En);
        assert!(empty.contains("0 documents"));
        assert!(markdown(&[], Lang::En).contains("| --- |"));
    }
}
