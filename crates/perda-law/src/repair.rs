//! Repairs of text taken from PDFs and OCR: stray marks, digits read as letters,
//! `kabupatenlkota`, hyphenation, page numbers, running heads and continuation markers.
//!
//! Every repair is recorded with what was read, what it became and how sure the repair is,
//! so the checker can warn about a poor source. Repairs never drop a content word: only
//! page furniture (page numbers, running heads, catchwords repeated on the next page) is
//! removed, and a catchword is only removed when the next text really repeats it.

use serde::Serialize;

/// How sure a repair is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// A guess from context; a human should look.
    Low,
    /// Likely right; the pattern has other readings.
    Medium,
    /// Almost certainly right (e.g. a stray `^`).
    High,
}

/// What kind of damage was repaired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RepairKind {
    /// A stray mark (`^`) was removed.
    StrayMark,
    /// Letters read for digits in a number (`2Ol7` → `2017`).
    OcrDigit,
    /// A misread word (`Pasai` → `Pasal`, `kabupatenlkota` → `kabupaten/kota`).
    OcrWord,
    /// A unit marker misread by OCR (`(21` → `(2)`, `1.` → `l.` in a list of letters).
    OcrMarker,
    /// A word broken by a hyphen at a line end was joined.
    Hyphenation,
    /// A page number was dropped.
    PageNumber,
    /// A running head repeated on every page was dropped.
    RunningHead,
    /// A catchword (`Pasal 5 . . .`) repeating the next page's first words was dropped.
    Catchword,
    /// Several units run together on one line were split.
    Split,
    /// A heading repeated across a page break was merged with the first one.
    DuplicateHeading,
    /// Markers separated from their text (two-column layout) were re-attached.
    DetachedMarkers,
    /// A unit's marker was missing and was inferred from the sequence.
    InferredMarker,
}

/// One repair made while reading a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Repair {
    /// 1-based line in the source file.
    pub line: u32,
    /// What was repaired.
    pub kind: RepairKind,
    /// The text as read.
    pub from: String,
    /// The text as repaired (empty when dropped).
    pub to: String,
    /// How sure the repair is.
    pub confidence: Confidence,
}

/// Applies the character- and word-level repairs to one line of text.
pub(crate) fn clean_line(text: &str, line: u32, repairs: &mut Vec<Repair>) -> String {
    // Most lines of a clean text need nothing: tell so without allocating per word.
    if !needs_cleaning(text) {
        return text.to_string();
    }
    let mut s = text.to_string();
    if s.contains('^') {
        let n = s.matches('^').count();
        s = s.replace('^', "");
        repairs.push(Repair {
            line,
            kind: RepairKind::StrayMark,
            from: "^".repeat(n),
            to: String::new(),
            confidence: Confidence::High,
        });
    }
    let mut out: Vec<String> = Vec::new();
    let tokens: Vec<&str> = s.split_whitespace().collect();
    let mut i = 0;
    while let Some(&tok) = tokens.get(i) {
        i += 1;
        // Hyphenation inside a line: "perlin- dungan", "Undang- Undang".
        if let (Some(left), Some(&next)) = (tok.strip_suffix('-'), tokens.get(i))
            && left.chars().last().is_some_and(char::is_alphabetic)
            && next.chars().next().is_some_and(char::is_alphabetic)
        {
            let joined = join_hyphenated(left, next);
            repairs.push(Repair {
                line,
                kind: RepairKind::Hyphenation,
                from: format!("{tok} {next}"),
                to: joined.clone(),
                confidence: Confidence::Medium,
            });
            out.push(joined);
            i += 1;
            continue;
        }
        // "kabupaten/ kota", "dan/ atau".
        if let (Some(left), Some(&next)) = (tok.strip_suffix('/'), tokens.get(i))
            && left.chars().last().is_some_and(char::is_alphabetic)
            && next.chars().next().is_some_and(char::is_lowercase)
        {
            let joined = format!("{left}/{next}");
            repairs.push(Repair {
                line,
                kind: RepairKind::Hyphenation,
                from: format!("{tok} {next}"),
                to: joined.clone(),
                confidence: Confidence::High,
            });
            out.push(joined);
            i += 1;
            continue;
        }
        out.push(repair_token(tok, tokens.get(i).copied(), line, repairs));
    }
    out.join(" ")
}

/// Whether any repair of [`clean_line`] could apply to `text`.
fn needs_cleaning(text: &str) -> bool {
    static MARKS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::new([
                "^",
                "- ",
                "/ ",
                "kabupatenl",
                "kabupatenI",
                "kabupaten1",
                "Kabupatenl",
                "danlatau",
            ])
            .ok()
        });
    if text.ends_with('/') || MARKS.as_ref().is_none_or(|m| m.is_match(text)) {
        return true;
    }
    // A token with digits mixed with their look-alikes (`2Ol7`), or `Pasa` not followed
    // by `l` (`Pasai`).
    let odd = |tok: &[u8]| {
        let (mut digit, mut lookalike) = (false, false);
        for &c in tok {
            digit |= c.is_ascii_digit();
            lookalike |= matches!(c, b'O' | b'o' | b'l' | b'I');
        }
        (digit && lookalike) || (tok.starts_with(b"Pasa") && !tok.starts_with(b"Pasal"))
    };
    if !text.is_ascii() {
        return text.split_whitespace().any(|t| odd(t.as_bytes()));
    }
    text.as_bytes()
        .split(u8::is_ascii_whitespace)
        .any(|t| !t.is_empty() && odd(t))
}

/// Joins a word broken by a hyphen. Reduplications (`kesewenang- wenang`,
/// `perundang- undangan`) and capitalised compounds (`Undang- Undang`) keep the hyphen.
fn join_hyphenated(left: &str, right: &str) -> String {
    let r_lower = right.to_lowercase();
    let l_lower = left.to_lowercase();
    let head: String = r_lower.chars().take(4).collect();
    let redup = head.chars().count() >= 3 && l_lower.contains(&head);
    if redup || right.starts_with(char::is_uppercase) {
        format!("{left}-{right}")
    } else {
        format!("{left}{right}")
    }
}

fn repair_token(tok: &str, next: Option<&str>, line: u32, repairs: &mut Vec<Repair>) -> String {
    let core = tok.trim_end_matches([',', '.', ';', ':', ')']);
    let tail = tok.get(core.len()..).unwrap_or("");
    // "kabupatenlkota" and friends.
    for (bad, good) in [
        ("kabupatenlkota", "kabupaten/kota"),
        ("kabupatenIkota", "kabupaten/kota"),
        ("kabupaten1kota", "kabupaten/kota"),
        ("Kabupatenlkota", "Kabupaten/Kota"),
        ("Kabupaten/kota", "Kabupaten/kota"),
        ("danlatau", "dan/atau"),
    ] {
        if core == bad && bad != good {
            repairs.push(Repair {
                line,
                kind: RepairKind::OcrWord,
                from: tok.to_string(),
                to: format!("{good}{tail}"),
                confidence: Confidence::High,
            });
            return format!("{good}{tail}");
        }
    }
    // "Pasai 12", "Pasat27".
    if let Some(after) = core.strip_prefix("Pasa") {
        let mut chars = after.chars();
        if let Some(c) = chars.next() {
            let digits: String = chars.collect();
            let next_is_number = next.is_some_and(|n| {
                n.trim_end_matches([',', '.', ';', ':'])
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, 'l' | 'I' | 'O'))
                    && !n.is_empty()
            });
            if matches!(c, 'i' | 't' | 'I' | '1')
                && ((digits.is_empty() && next_is_number)
                    || (!digits.is_empty() && digits.chars().all(|d| d.is_ascii_digit())))
            {
                let fixed = if digits.is_empty() {
                    format!("Pasal{tail}")
                } else {
                    format!("Pasal {digits}{tail}")
                };
                repairs.push(Repair {
                    line,
                    kind: RepairKind::OcrWord,
                    from: tok.to_string(),
                    to: fixed.clone(),
                    confidence: Confidence::High,
                });
                return fixed;
            }
        }
    }
    // Numbers with letters for digits: "2Ol7", "9l", "l0".
    let n = core.chars().count();
    if (2..=6).contains(&n) {
        let digits = core.chars().filter(char::is_ascii_digit).count();
        let lookalikes = core
            .chars()
            .filter(|c| matches!(c, 'O' | 'o' | 'l' | 'I'))
            .count();
        // A capital after the digits is an article suffix (`Pasal 28I`, `Pasal 5A`).
        let suffix = core.chars().last().is_some_and(|c| c.is_ascii_uppercase())
            && core.chars().rev().skip(1).all(|c| c.is_ascii_digit());
        if !suffix && digits > 0 && lookalikes > 0 && digits + lookalikes == n && digits * 2 >= n {
            let fixed: String = core
                .chars()
                .map(|c| match c {
                    'O' | 'o' => '0',
                    'l' | 'I' => '1',
                    _ => c,
                })
                .collect();
            repairs.push(Repair {
                line,
                kind: RepairKind::OcrDigit,
                from: tok.to_string(),
                to: format!("{fixed}{tail}"),
                confidence: Confidence::Medium,
            });
            return format!("{fixed}{tail}");
        }
    }
    tok.to_string()
}

/// Whether a line is a page number (`-3-`, `- 12 -`, `3`).
pub(crate) fn is_page_number(text: &str) -> bool {
    let t = text.trim();
    let inner = t
        .strip_prefix(['-', '–'])
        .and_then(|r| r.strip_suffix(['-', '–']))
        .map(str::trim);
    match inner {
        Some(i) => !i.is_empty() && i.len() <= 4 && i.chars().all(|c| c.is_ascii_digit()),
        None => !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit()),
    }
}

/// Whether a line is a web address or similar furniture printed on every page.
pub(crate) fn is_furniture(text: &str) -> bool {
    let l = text.to_lowercase();
    l.starts_with("www.") || l.starts_with("http://") || l.starts_with("https://") || l == "salinan"
}

/// If `text` ends in a catchword (`Pasal 5 . . .`, `12. Jaminan .`, `(2) Perusahaan .`),
/// returns the byte index where it starts and its words.
pub(crate) fn trailing_catchword(text: &str) -> Option<(usize, String)> {
    let t = text.trim_end();
    let body = if let Some(b) = t.strip_suffix(". . .") {
        b
    } else if let Some(b) = t.strip_suffix("...") {
        b
    } else {
        t.strip_suffix(" .")?
    };
    let body = body.trim_end();
    // The catchword is the last one to four words before the dots.
    let words: Vec<(usize, &str)> = body
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace() && (i == 0 || body.get(..i).is_some_and(|p| p.ends_with(' ')))
        })
        .map(|(i, _)| {
            (
                i,
                body.get(i..).unwrap_or("").split(' ').next().unwrap_or(""),
            )
        })
        .collect();
    if words.is_empty() {
        return None;
    }
    // Catchwords start at a unit marker or are at most four words.
    let take = words.len().min(4);
    let start_idx = words.len() - take;
    let mut start = words.get(start_idx).map_or(0, |w| w.0);
    // Prefer starting at a marker like "Pasal", "(2)", "12." within those words.
    for &(i, w) in words.iter().skip(start_idx) {
        if w == "Pasal" || w.starts_with('(') || w.ends_with('.') && w.len() <= 4 {
            start = i;
            break;
        }
    }
    let words_text = body.get(start..).unwrap_or("").trim().to_string();
    if words_text.is_empty() {
        return None;
    }
    Some((start, words_text))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn clean(s: &str) -> (String, Vec<Repair>) {
        let mut r = Vec::new();
        let out = clean_line(s, 1, &mut r);
        (out, r)
    }

    #[test]
    fn stray_marks_and_digits() {
        let (s, r) = clean("bahwa ^negara Tahun 2Ol7 Pasal 9l");
        assert_eq!(s, "bahwa negara Tahun 2017 Pasal 91");
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].kind, RepairKind::StrayMark);
    }

    #[test]
    fn words_are_not_mistaken_for_numbers() {
        let (s, r) = clean("SIP3MI lO Ol P3MI Rp5.000.000,00 Pasal 28I");
        assert_eq!(s, "SIP3MI lO Ol P3MI Rp5.000.000,00 Pasal 28I");
        assert!(r.is_empty());
    }

    #[test]
    fn ocr_words() {
        let (s, _) = clean("Pemerintah Daerah kabupatenlkota dan Pasai 12 serta Pasat27");
        assert_eq!(
            s,
            "Pemerintah Daerah kabupaten/kota dan Pasal 12 serta Pasal 27"
        );
        let (s, _) = clean("Pemerintah Daerah kabupaten/ kota");
        assert_eq!(s, "Pemerintah Daerah kabupaten/kota");
    }

    #[test]
    fn hyphenation_keeps_reduplication() {
        assert_eq!(clean("perlin- dungan hukum").0, "perlindungan hukum");
        assert_eq!(clean("Undang- Undang").0, "Undang-Undang");
        assert_eq!(clean("kesewenang- wenangan").0, "kesewenang-wenangan");
        assert_eq!(clean("perundang- undangan").0, "perundang-undangan");
    }

    #[test]
    fn page_numbers_and_catchwords() {
        assert!(is_page_number("-3-"));
        assert!(is_page_number("- 12 -"));
        assert!(!is_page_number("(3)"));
        assert!(!is_page_number("a."));
        assert_eq!(
            trailing_catchword("kerja. Pasal 5 . . .").map(|c| c.1),
            Some("Pasal 5".into())
        );
        assert_eq!(
            trailing_catchword("12. Jaminan .").map(|c| c.1),
            Some("12. Jaminan".into())
        );
        assert_eq!(trailing_catchword("bekerja."), None);
    }
}
