//! Fidelity of the law corpus: `law-corpus/uu-18-2017.md` must hold the statute text of
//! `../shared/law-sources/uu-18-2017.txt` word for word, and every unrecovered gap `[…]` in
//! it must be declared in the front matter.
//!
//! Only the words are compared (split on whitespace), so the Markdown layout (one block per
//! source line, heading markers, backslash escapes) may differ from the plain text, but no
//! word may be added, dropped, changed or moved.

use std::env;
use std::fs;
use std::path::PathBuf;

/// The mark the source uses where words of the statute could not be recovered.
const GAP_MARK: &str = "[…]";

/// Number of unrecovered gaps in UU 18/2017 according to `law-sources/SOURCES.md`.
const EXPECTED_GAPS: usize = 3;

/// Words of context shown before the first difference.
const CONTEXT_BEFORE: usize = 3;
/// Words of context shown from the first difference on.
const CONTEXT_AFTER: usize = 5;

fn workspace_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn source_path() -> PathBuf {
    workspace_root().join("../shared/law-sources/uu-18-2017.txt")
}

fn corpus_path() -> PathBuf {
    workspace_root().join("law-corpus/uu-18-2017.md")
}

/// The parts of a corpus file.
struct CorpusParts<'a> {
    /// YAML between the two `---` lines.
    front_matter: &'a str,
    /// Everything after the closing `---` line.
    body: &'a str,
    /// 1-based line number of the first body line in the whole file.
    body_first_line: usize,
}

/// Splits a corpus file into front matter and body; `None` if the front matter is missing or
/// not closed.
fn split_front_matter(md: &str) -> Option<CorpusParts<'_>> {
    let rest = md.strip_prefix("---\n")?;
    let mut offset = 0;
    for (index, line) in rest.split_inclusive('\n').enumerate() {
        if line.trim_end_matches(['\n', '\r']) == "---" {
            return Some(CorpusParts {
                front_matter: rest.get(..offset)?,
                body: rest.get(offset + line.len()..)?,
                // Line 1 is the opening `---`, the closing one is line `index + 2`.
                body_first_line: index + 3,
            });
        }
        offset += line.len();
    }
    None
}

/// Removes a Markdown heading marker (`#` to `######` and one space) from a line.
fn strip_heading(line: &str) -> &str {
    let hashes = line.len() - line.trim_start_matches('#').len();
    if (1..=6).contains(&hashes)
        && let Some(text) = line.get(hashes..).and_then(|rest| rest.strip_prefix(' '))
    {
        return text;
    }
    line
}

/// Removes Markdown backslash escapes (a backslash before ASCII punctuation).
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&next) = chars.peek()
            && next.is_ascii_punctuation()
        {
            out.push(next);
            chars.next();
            continue;
        }
        out.push(c);
    }
    out
}

/// A word with the 1-based line it came from.
struct Word {
    text: String,
    line: usize,
}

/// Words of a plain source text, with their line numbers.
fn source_words(source: &str) -> Vec<Word> {
    source
        .lines()
        .enumerate()
        .flat_map(|(index, line)| {
            line.split_whitespace().map(move |word| Word {
                text: word.to_owned(),
                line: index + 1,
            })
        })
        .collect()
}

/// Words of a corpus body with heading markers and escapes removed, with their line numbers
/// in the whole corpus file.
fn corpus_words(body: &str, body_first_line: usize) -> Vec<Word> {
    body.lines()
        .enumerate()
        .flat_map(|(index, line)| {
            let text = unescape(strip_heading(line));
            text.split_whitespace()
                .map(|word| Word {
                    text: word.to_owned(),
                    line: body_first_line + index,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Up to `CONTEXT_BEFORE + CONTEXT_AFTER` words around position `at`.
fn context(words: &[Word], at: usize) -> String {
    let start = at.saturating_sub(CONTEXT_BEFORE);
    let shown: Vec<&str> = words
        .iter()
        .skip(start)
        .take(at - start + CONTEXT_AFTER)
        .map(|word| word.text.as_str())
        .collect();
    if shown.is_empty() {
        "<end of text>".to_owned()
    } else {
        shown.join(" ")
    }
}

/// Compares the words of `source` with the words of the corpus file `corpus_md`; returns a
/// description of the first difference, or `None` if the word sequences are equal.
fn first_difference(source: &str, corpus_md: &str) -> Option<String> {
    let Some(parts) = split_front_matter(corpus_md) else {
        return Some(
            "corpus does not start with a front matter block between `---` lines".to_owned(),
        );
    };
    let expected = source_words(source);
    let actual = corpus_words(parts.body, parts.body_first_line);

    let at = expected
        .iter()
        .zip(&actual)
        .position(|(want, got)| want.text != got.text)
        .or_else(|| (expected.len() != actual.len()).then_some(expected.len().min(actual.len())))?;

    let line_of = |words: &[Word]| {
        words
            .get(at)
            .or_else(|| words.last())
            .map_or(0, |word| word.line)
    };
    Some(format!(
        "corpus differs from the source at word {word} (corpus line {corpus_line}, source line \
         {source_line}); source has {source_count} words, corpus {corpus_count}\n  \
         source: {source_context}\n  corpus: {corpus_context}",
        word = at + 1,
        corpus_line = line_of(&actual),
        source_line = line_of(&expected),
        source_count = expected.len(),
        corpus_count = actual.len(),
        source_context = context(&expected, at),
        corpus_context = context(&actual, at),
    ))
}

/// A gap declared in the front matter under `gaps:`.
#[derive(Debug)]
struct DeclaredGap {
    at: String,
    shown: Option<String>,
}

/// Removes YAML quotes from a scalar (only the forms the corpus front matter uses).
fn unquote(value: &str) -> String {
    let value = value.trim();
    if let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        inner.replace("\\\"", "\"").replace("\\\\", "\\")
    } else if let Some(inner) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        inner.replace("''", "'")
    } else {
        value.to_owned()
    }
}

/// Reads the `at` and `shown` values of the `gaps:` list of the front matter (a minimal
/// reader for this one list, to keep the test free of dependencies).
fn declared_gaps(front_matter: &str) -> Vec<DeclaredGap> {
    let mut gaps: Vec<DeclaredGap> = Vec::new();
    let mut in_gaps = false;
    for line in front_matter.lines() {
        let top_level = !line.starts_with([' ', '-']) && !line.trim().is_empty();
        if top_level {
            in_gaps = line.trim_end() == "gaps:";
            continue;
        }
        if !in_gaps {
            continue;
        }
        let item = line.trim_start();
        let item = item.strip_prefix("- ").unwrap_or(item);
        if let Some(at) = item.strip_prefix("at:") {
            gaps.push(DeclaredGap {
                at: unquote(at),
                shown: None,
            });
        } else if let Some(shown) = item.strip_prefix("shown:")
            && let Some(gap) = gaps.last_mut()
        {
            gap.shown = Some(unquote(shown));
        }
    }
    gaps
}

/// A `[…]` found in the body: where it is and the text of its unit (without the ayat marker).
struct FoundGap {
    at: String,
    text: String,
    corpus_line: usize,
}

/// Finds every `[…]` in the body and names its place as `Pasal N` or `Pasal N ayat (k)`.
fn found_gaps(body: &str, body_first_line: usize) -> Vec<FoundGap> {
    let mut found = Vec::new();
    let mut pasal: Option<String> = None;
    let mut in_penjelasan = false;
    for (index, line) in body.lines().enumerate() {
        if line == "# PENJELASAN" {
            in_penjelasan = true;
            pasal = None;
        }
        if let Some(heading) = line
            .strip_prefix("##### ")
            .or_else(|| line.strip_prefix("### "))
            && heading.starts_with("Pasal ")
        {
            pasal = Some(heading.to_owned());
        }
        for _ in line.matches(GAP_MARK) {
            let (ayat, text) = split_ayat_marker(line);
            let place = pasal
                .clone()
                .unwrap_or_else(|| "outside any Pasal".to_owned());
            let place = if in_penjelasan {
                format!("Penjelasan {place}")
            } else {
                place
            };
            found.push(FoundGap {
                at: match ayat {
                    Some(marker) => format!("{place} ayat {marker}"),
                    None => place,
                },
                text: text.to_owned(),
                corpus_line: body_first_line + index,
            });
        }
    }
    found
}

/// Splits a leading ayat marker `(k) ` from a line: `(Some("(k)"), rest)`.
fn split_ayat_marker(line: &str) -> (Option<&str>, &str) {
    if let Some(close) = line.find(") ")
        && let (Some(marker), Some(rest)) = (line.get(..=close), line.get(close + 2..))
        && let Some(digits) = marker.strip_prefix('(').and_then(|m| m.strip_suffix(')'))
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
    {
        return (Some(marker), rest);
    }
    (None, line)
}

#[test]
#[allow(clippy::panic, clippy::expect_used)]
fn corpus_matches_source_word_for_word() {
    let source_path = source_path();
    if !source_path.exists() {
        let message = format!(
            "source text {} is missing, so the corpus cannot be checked against it",
            source_path.display()
        );
        if env::var("CI").is_ok_and(|value| value == "true") {
            panic!("{message} (CI=true: the source must be present in CI)");
        }
        eprintln!("note: {message}; skipping the word-for-word comparison");
        return;
    }
    let source = fs::read_to_string(&source_path).expect("source text should be readable UTF-8");
    let corpus = fs::read_to_string(corpus_path())
        .expect("law-corpus/uu-18-2017.md should be readable UTF-8");
    if let Some(difference) = first_difference(&source, &corpus) {
        panic!("{difference}");
    }
}

#[test]
#[allow(clippy::panic, clippy::expect_used)]
fn corpus_declares_every_gap() {
    let corpus = fs::read_to_string(corpus_path())
        .expect("law-corpus/uu-18-2017.md should be readable UTF-8");
    let Some(parts) = split_front_matter(&corpus) else {
        panic!("law-corpus/uu-18-2017.md has no front matter between `---` lines");
    };
    let declared = declared_gaps(parts.front_matter);
    let found = found_gaps(parts.body, parts.body_first_line);

    assert_eq!(
        declared.len(),
        EXPECTED_GAPS,
        "the front matter should declare {EXPECTED_GAPS} gaps, found {declared:?}"
    );
    assert_eq!(
        found.len(),
        EXPECTED_GAPS,
        "the body should contain {GAP_MARK} exactly {EXPECTED_GAPS} times, found at {:?}",
        found.iter().map(|gap| &gap.at).collect::<Vec<_>>()
    );
    for gap in &found {
        let Some(declaration) = declared.iter().find(|d| d.at == gap.at) else {
            panic!(
                "{GAP_MARK} at corpus line {} ({}) is not declared under `gaps:` in the front matter",
                gap.corpus_line, gap.at
            );
        };
        assert_eq!(
            declaration.shown.as_deref(),
            Some(gap.text.as_str()),
            "`shown` of the gap at {} should be the text of the unit (corpus line {})",
            gap.at,
            gap.corpus_line
        );
    }
    for declaration in &declared {
        assert_eq!(
            found.iter().filter(|gap| gap.at == declaration.at).count(),
            1,
            "the declared gap at {} should appear exactly once in the body",
            declaration.at
        );
    }
}

#[test]
fn comparison_reports_changed_dropped_and_added_words() {
    let source =
        "Pasal 69\nOrang perseorangan dilarang melaksanakan penempatan Pekerja Migran Indonesia.\n";
    let corpus = "---\nid: test\n---\n\n##### Pasal 69\n\nOrang perseorangan dilarang melaksanakan penempatan Pekerja Migran Indonesia.\n";
    assert_eq!(
        first_difference(source, corpus),
        None,
        "identical words must compare equal"
    );

    let changed = corpus.replace("dilarang", "wajib");
    let report = first_difference(source, &changed);
    assert!(
        report
            .as_deref()
            .is_some_and(|r| r.contains("corpus line 7") && r.contains("wajib")),
        "a changed word must be reported with its corpus line, got {report:?}"
    );

    let dropped = corpus.replace("penempatan ", "");
    assert!(
        first_difference(source, &dropped).is_some(),
        "a dropped word must be reported"
    );

    let added = corpus.replace("Indonesia.", "Indonesia. tambahan");
    assert!(
        first_difference(source, &added).is_some(),
        "an added word must be reported"
    );

    let missing_front_matter = corpus.replacen("---\nid: test\n---\n", "", 1);
    assert!(
        first_difference(source, &missing_front_matter).is_some(),
        "a corpus without front matter must be reported"
    );
}

#[test]
fn comparison_ignores_markdown_escapes_and_heading_markers() {
    let source = "BAB I\nKETENTUAN UMUM\nPasal 1\nTarif 5*2 <x> a_b\n";
    let corpus = "---\nid: test\n---\n\n## BAB I\n\n## KETENTUAN UMUM\n\n##### Pasal 1\n\nTarif 5\\*2 \\<x> a\\_b\n";
    assert_eq!(first_difference(source, corpus), None);
}

#[test]
fn gap_reader_finds_place_and_text() {
    let front = "id: test\ngaps:\n  - at: Pasal 32 ayat (3)\n    shown: \"Penetapan […] oleh Pemerintah Pusat.\"\n    note: >-\n      a note\nuncertain:\n  - at: Pasal 2\n";
    let declared = declared_gaps(front);
    assert_eq!(declared.len(), 1, "{declared:?}");
    assert!(declared.iter().all(|gap| gap.at == "Pasal 32 ayat (3)"
        && gap.shown.as_deref() == Some("Penetapan […] oleh Pemerintah Pusat.")));

    let found = found_gaps(
        "\n##### Pasal 32\n\n(3) Penetapan […] oleh Pemerintah Pusat.\n",
        10,
    );
    assert_eq!(found.len(), 1);
    assert!(found.iter().all(|gap| gap.at == "Pasal 32 ayat (3)"
        && gap.text == "Penetapan […] oleh Pemerintah Pusat."
        && gap.corpus_line == 13));
}

#[test]
fn the_clean_corpus_parses_without_any_repair() {
    // Repairs are for scanned text: a clean statute that needed one would mean the parser
    // changed its words (a running head dropped, a number "repaired").
    let act = perda_law::corpus::uu_18_2017().expect("corpus");
    assert!(
        act.repairs.is_empty(),
        "repairs on the clean corpus: {:#?}",
        act.repairs
    );
    assert!(act.diagnostics.is_empty(), "{:#?}", act.diagnostics);
    let headings: Vec<&str> = act
        .body
        .iter()
        .filter_map(|c| c.heading.as_deref())
        .collect();
    assert_eq!(
        headings.len(),
        13,
        "every BAB has its heading: {headings:?}"
    );
    assert_eq!(headings[2], "PELINDUNGAN PEKERJA MIGRAN INDONESIA");
    assert_eq!(act.articles().count(), 91);
}
