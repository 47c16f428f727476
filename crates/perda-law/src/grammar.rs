//! The legal grammar: nom combinators that recognise the units of an Indonesian regulation
//! at the start of a line (BAB, Bagian, Paragraf, Pasal, ayat, huruf, angka, ...), the
//! formulas of the opening and closing, and the markers of the elucidation.
//!
//! Each combinator is named after the production it recognises and accepts the spellings
//! that occur in real text, including common OCR confusions (`Pasai`, `(21` for `(2)`,
//! `l0` for `10`). Whether a confusion was repaired is reported in [`Marker::repaired`] so
//! callers can record it.

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while_m_n, take_while1},
    character::complete::{char, one_of, space0, space1},
    combinator::{eof, opt, peek, recognize},
    sequence::preceded,
};

/// What a line (or a piece of a line) starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    /// `BAB IV`: a chapter, with its Roman numeral.
    Chapter(String),
    /// `Bagian Kedua`: a part, with its ordinal as a number and the word as written.
    Part(u32, String),
    /// `Paragraf 2`: a section.
    Section(String),
    /// `Pasal 5A`: an article.
    Article(String),
    /// `(1)`: a clause (ayat).
    Clause(String),
    /// `a.` or `a)`: a point (huruf); the flag is true for the `a)` form.
    Point(String, bool),
    /// `1.` or `1)`: an item (angka); the flag is true for the `1)` form.
    Item(String, bool),
    /// `Ayat (1)` in the elucidation.
    ElucidationClause(String),
    /// `Huruf a` in the elucidation.
    ElucidationPoint(String),
    /// `Angka 1` in the elucidation.
    ElucidationItem(String),
}

/// A recognised unit marker and what follows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker<'a> {
    /// The unit.
    pub unit: Unit,
    /// Text after the marker (trimmed).
    pub rest: &'a str,
    /// The marker as written, when an OCR confusion was repaired to read it.
    pub repaired: Option<String>,
}

type Res<'a, T> = IResult<&'a str, T>;

/// Maps OCR look-alikes of digits to digits: `l`, `I`, `i`, `|` to 1 and `O`, `o` to 0.
fn ocr_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        'l' | 'I' | 'i' | '|' => Some('1'),
        'O' | 'o' => Some('0'),
        _ => None,
    }
}

/// Reads a number in which OCR may have put letters for digits. At least one real digit
/// is required unless the token is a single `l`/`I` (a misread `1`). Returns the number
/// and whether a letter was repaired.
pub fn ocr_number(token: &str) -> Option<(String, bool)> {
    if token.is_empty() || token.len() > 4 {
        return None;
    }
    let mut out = String::with_capacity(token.len());
    let mut digits = 0;
    for c in token.chars() {
        let d = ocr_digit(c)?;
        if c.is_ascii_digit() {
            digits += 1;
        }
        out.push(d);
    }
    let single_letter_one = matches!(token, "l" | "I");
    if digits == 0 && !single_letter_one {
        return None;
    }
    let trimmed = out.trim_start_matches('0');
    if trimmed.is_empty() {
        return None;
    }
    Some((trimmed.to_string(), digits != token.chars().count()))
}

fn is_ocr_digit(c: char) -> bool {
    ocr_digit(c).is_some()
}

/// `Pasal`, and its OCR misreadings `Pasai`, `Pasat`, `PasaI`, `Pasa1`, `PASAL`.
pub fn pasal_word(i: &str) -> Res<'_, &str> {
    recognize((tag_no_case("pasa"), one_of("lLiIt1"))).parse(i)
}

/// An article number as written: digits with an optional capital suffix (`5A`), with OCR
/// look-alikes accepted (`l0` → `10`, `9l` → `91`). Also accepts a number split by one
/// space (`2 1` → `21`) when `split` is true.
fn article_number(i: &str) -> Res<'_, (String, bool)> {
    let (rest, tok) = take_while1(|c: char| is_ocr_digit(c)).parse(i)?;
    let Some((mut num, mut repaired)) = ocr_number(tok) else {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    };
    let (rest, suffix) = opt(suffix_letter).parse(rest)?;
    if let Some(s) = suffix {
        num.push(s);
    }
    // "Pasal 2 1" (a number broken by a space in OCR): only a lone digit after a lone
    // digit, followed by the end or a space.
    let mut rest = rest;
    if suffix.is_none()
        && num.len() == 1
        && let Ok((r2, d)) = preceded(
            char::<&str, nom::error::Error<&str>>(' '),
            take_while_m_n(1, 1, |c: char| c.is_ascii_digit()),
        )
        .parse(rest)
        && (r2.is_empty() || r2.starts_with(' '))
    {
        num.push_str(d);
        repaired = true;
        rest = r2;
    }
    Ok((rest, (num, repaired)))
}

/// The capital letter suffix of an inserted article (`5A`), not followed by a letter.
fn suffix_letter(i: &str) -> Res<'_, char> {
    let (rest, c) = one_of("ABCDEFGHJKMNPQRSTUVWXYZ").parse(i)?;
    let (rest, _) = peek(alt((eof, recognize(one_of(" .,;:)"))))).parse(rest)?;
    Ok((rest, c))
}

/// End of a marker: a space, or the end of the line.
fn marker_end(i: &str) -> Res<'_, &str> {
    alt((space1, eof)).parse(i)
}

/// `Pasal 5A` at the start of a line.
pub fn pasal_heading(i: &str) -> Res<'_, (String, bool)> {
    let (rest, word) = pasal_word(i)?;
    let (rest, _) = space0.parse(rest)?;
    let (rest, (num, repaired)) = article_number(rest)?;
    let (rest, _) = marker_end(rest)?;
    Ok((rest, (num, repaired || word != "Pasal")))
}

/// A Roman numeral (I to CC), returned as its value; only canonical spellings.
pub fn roman_numeral(i: &str) -> Res<'_, (String, u32)> {
    let (rest, tok) = take_while1(|c: char| "IVXLC".contains(c)).parse(i)?;
    match roman_value(tok) {
        Some(v) if to_roman(v) == tok => Ok((rest, (tok.to_string(), v))),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// Value of a Roman numeral, if it is one.
pub fn roman_value(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0 && total <= 200).then_some(total)
}

/// The canonical Roman numeral of `n` (empty for 0).
pub fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// `BAB IV` at the start of a line (OCR `l` for `I` accepted in the numeral).
pub fn bab_heading(i: &str) -> Res<'_, (String, bool)> {
    let (rest, _) = tag("BAB").parse(i)?;
    let (rest, _) = space1.parse(rest)?;
    let (rest, tok) = take_while1(|c: char| "IVXLCl1".contains(c)).parse(rest)?;
    let fixed: String = tok
        .chars()
        .map(|c| if c == 'l' || c == '1' { 'I' } else { c })
        .collect();
    let (_, (num, _)) = roman_numeral(&fixed)
        .map_err(|_| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))?;
    if num.len() != tok.len() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let (rest, _) = marker_end(rest)?;
    Ok((rest, (num, fixed != tok)))
}

/// Value of an Indonesian number word (`satu` .. `sembilan puluh sembilan`), in lower case.
pub fn number_word(s: &str) -> Option<u32> {
    let unit = |w: &str| -> Option<u32> {
        Some(match w {
            "satu" | "se" => 1,
            "dua" => 2,
            "tiga" => 3,
            "empat" => 4,
            "lima" => 5,
            "enam" => 6,
            "tujuh" => 7,
            "delapan" => 8,
            "sembilan" => 9,
            _ => return None,
        })
    };
    let words: Vec<&str> = s.split_whitespace().collect();
    match words.as_slice() {
        ["sepuluh"] => Some(10),
        ["sebelas"] => Some(11),
        [w] => unit(w),
        [w, "belas"] => unit(w).map(|u| 10 + u),
        [w, "puluh"] => unit(w).map(|u| 10 * u),
        ["sepuluh" | "sebelas", ..] => None,
        [w, "puluh", rest @ ..] => {
            let tens = 10 * unit(w)?;
            let ones = number_word(&rest.join(" "))?;
            (ones < 10).then_some(tens + ones)
        }
        _ => None,
    }
}

/// The ordinal of a `Bagian` heading: `Kesatu`/`Pertama`, `Kedua`, ..., `Kesebelas`,
/// `Kedua Belas`, `Kedua Puluh Satu`. Returns the value and the words as written.
pub fn bagian_ordinal(i: &str) -> Res<'_, (u32, &str)> {
    let (rest, first) = take_while1(|c: char| c.is_alphabetic()).parse(i)?;
    let lower = first.to_lowercase();
    if lower == "pertama" {
        return Ok((rest, (1, first)));
    }
    let Some(stem) = lower.strip_prefix("ke") else {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    };
    // Try the longest phrase first: "Kedua Puluh Satu", "Kedua Belas", "Kedua".
    let words: Vec<&str> = rest.split(' ').skip(1).take(3).collect();
    for take in (0..=words.len().min(3)).rev() {
        let extra: Vec<String> = words.iter().take(take).map(|w| w.to_lowercase()).collect();
        if take > 0 && !matches!(extra.first().map(String::as_str), Some("belas" | "puluh")) {
            continue;
        }
        let phrase = std::iter::once(stem.to_string())
            .chain(extra)
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(v) = number_word(&phrase) {
            let consumed: usize = words.iter().take(take).map(|w| w.len() + 1).sum();
            let written_len = first.len() + consumed;
            let written = i.get(..written_len).unwrap_or(first);
            let rest = i.get(written_len..).unwrap_or("");
            return Ok((rest, (v, written)));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// `Bagian Kedua` at the start of a line.
pub fn bagian_heading(i: &str) -> Res<'_, (u32, &str)> {
    let (rest, _) = alt((tag("Bagian"), tag("BAGIAN"))).parse(i)?;
    let (rest, _) = space1.parse(rest)?;
    let (rest, ord) = bagian_ordinal(rest)?;
    let (rest, _) = marker_end(rest)?;
    Ok((rest, ord))
}

/// `Paragraf 2` at the start of a line.
pub fn paragraf_heading(i: &str) -> Res<'_, (String, bool)> {
    let (rest, _) = alt((tag("Paragraf"), tag("PARAGRAF"))).parse(i)?;
    let (rest, _) = space1.parse(rest)?;
    let (rest, tok) = take_while1(is_ocr_digit).parse(rest)?;
    let Some(n) = ocr_number(tok) else {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    };
    let (rest, _) = marker_end(rest)?;
    Ok((rest, n))
}

/// `(1)` at the start of a line, with OCR misreadings of the closing parenthesis
/// (`(21`, `(2t`, `(2')`, `(4\`, `(2]`) and of the digit (`(l)`).
pub fn ayat_marker(i: &str) -> Res<'_, (String, bool)> {
    let (rest, _) = char('(').parse(i)?;
    let (rest, tok) =
        take_while1(|c: char| c.is_ascii_digit() || c == 'l' || c == 'I').parse(rest)?;
    // Well-formed: "(12)".
    if let Ok((r2, _)) = char::<&str, nom::error::Error<&str>>(')').parse(rest) {
        let (r2, _) = marker_end(r2)?;
        let (num, repaired) = ocr_number(tok).ok_or_else(|| {
            nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit))
        })?;
        if num.len() > 2 {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )));
        }
        return Ok((r2, (num, repaired)));
    }
    // "(2')", "(2t", "(4\", "(2]", "(2}": a misread closing parenthesis.
    if let Ok((r2, _)) = alt((
        tag::<&str, &str, nom::error::Error<&str>>("')"),
        tag("'"),
        tag("t"),
        tag("\\"),
        tag("]"),
        tag("}"),
    ))
    .parse(rest)
        && let Some((num, _)) = ocr_number(tok)
        && num.len() == 1
    {
        let (r2, _) = marker_end(r2)?;
        return Ok((r2, (num, true)));
    }
    // "(21" for "(2)": a single digit followed by a "1" or "l" standing for ")".
    let mut chars = tok.chars();
    if let (Some(d), Some(close), None) = (chars.next(), chars.next(), chars.next())
        && d.is_ascii_digit()
        && d != '0'
        && matches!(close, '1' | 'l' | 'I')
    {
        let (r2, _) = marker_end(rest)?;
        return Ok((r2, (d.to_string(), true)));
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Char,
    )))
}

/// `a.` (or OCR `a,`, `a..`) at the start of a line; also `aa.` after `z.`.
pub fn huruf_marker(i: &str) -> Res<'_, (String, bool)> {
    let (rest, letters) = alt((
        recognize((one_of("abcdefghijklmnopqrstuvwxyz"), peek(one_of(".,")))),
        recognize(double_letter),
    ))
    .parse(i)?;
    let (rest, punct) = alt((tag(".."), tag("."), tag(","))).parse(rest)?;
    let (rest, _) = marker_end(rest)?;
    Ok((rest, (letters.to_string(), punct != ".")))
}

fn double_letter(i: &str) -> Res<'_, &str> {
    let (rest, a) = one_of("abcdefghijklmnopqrstuvwxyz").parse(i)?;
    let (rest, _) = char(a).parse(rest)?;
    let (rest, _) = peek(char('.')).parse(rest)?;
    Ok((rest, i.get(..2).unwrap_or("")))
}

/// `a)` at the start of a line (a point below an item, as in `1) ... a) ...`).
pub fn huruf_paren_marker(i: &str) -> Res<'_, String> {
    let (rest, l) = one_of("abcdefghijklmnopqrstuvwxyz").parse(i)?;
    let (rest, _) = char(')').parse(rest)?;
    let (rest, _) = marker_end(rest)?;
    Ok((rest, l.to_string()))
}

/// `12.` at the start of a line (OCR look-alikes accepted when mixed with digits: `i3.`).
pub fn angka_marker(i: &str) -> Res<'_, (String, bool)> {
    let (rest, tok) = take_while_m_n(1, 3, is_ocr_digit).parse(i)?;
    let (rest, _) = char('.').parse(rest)?;
    let (rest, _) = marker_end(rest)?;
    let Some((num, repaired)) = ocr_number(tok) else {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    };
    if tok.len() == 1 && repaired {
        // A lone `l.` or `I.` is more likely a letter than the number one.
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((rest, (num, repaired)))
}

/// `1)` at the start of a line.
pub fn angka_paren_marker(i: &str) -> Res<'_, String> {
    let (rest, tok) = take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(i)?;
    let (rest, _) = char(')').parse(rest)?;
    let (rest, _) = marker_end(rest)?;
    Ok((rest, tok.to_string()))
}

/// `Ayat (1)`, `Huruf a`, `Angka 1` of the elucidation (Pasal demi Pasal).
pub fn elucidation_marker(i: &str) -> Res<'_, Unit> {
    alt((
        |i| {
            let (r, _) = (tag("Ayat"), space1).parse(i)?;
            let (r, (n, _)) = ayat_marker(r)?;
            Ok((r, Unit::ElucidationClause(n)))
        },
        |i| {
            let (r, _) = (tag("Huruf"), space1).parse(i)?;
            let (r, l) = take_while_m_n(1, 2, |c: char| c.is_ascii_lowercase()).parse(r)?;
            let (r, _) = marker_end(r)?;
            Ok((r, Unit::ElucidationPoint(l.to_string())))
        },
        |i| {
            let (r, _) = (tag("Angka"), space1).parse(i)?;
            let (r, n) = take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(r)?;
            let (r, _) = marker_end(r)?;
            Ok((r, Unit::ElucidationItem(n.to_string())))
        },
    ))
    .parse(i)
}

/// Recognises the unit marker at the start of `line`, if any.
///
/// ```
/// use perda_law::grammar::{unit_marker, Unit};
/// let m = unit_marker("Pasal 5A", false).unwrap();
/// assert_eq!(m.unit, Unit::Article("5A".into()));
/// let m = unit_marker("(21 Dalam hal", false).unwrap();
/// assert_eq!(m.unit, Unit::Clause("2".into()));
/// assert_eq!(m.rest, "Dalam hal");
/// assert!(m.repaired.is_some());
/// ```
pub fn unit_marker(line: &str, elucidation: bool) -> Option<Marker<'_>> {
    let written = |rest: &str| line.get(..line.len() - rest.len()).unwrap_or("").trim();
    // Each production starts with its own few characters: dispatch on the first byte, so
    // a line (or a word, when a line is searched for units run together) of running text
    // is rejected without trying every production in turn. The order among productions
    // that share a first byte is the grammar's precedence.
    let first = *line.as_bytes().first()?;
    if elucidation
        && matches!(first, b'A' | b'H')
        && let Ok((rest, unit)) = elucidation_marker(line)
    {
        return Some(Marker {
            unit,
            rest: rest.trim(),
            repaired: None,
        });
    }
    match first {
        b'B' => {
            if let Ok((rest, (n, rep))) = bab_heading(line) {
                return Some(mk(Unit::Chapter(n), rest, rep, written(rest)));
            }
            if let Ok((rest, (v, w))) = bagian_heading(line) {
                return Some(Marker {
                    unit: Unit::Part(v, w.to_string()),
                    rest: rest.trim(),
                    repaired: None,
                });
            }
        }
        b'P' | b'p' => {
            if let Ok((rest, (n, rep))) = paragraf_heading(line) {
                return Some(mk(Unit::Section(n), rest, rep, written(rest)));
            }
            if let Ok((rest, (n, rep))) = pasal_heading(line) {
                return Some(mk(Unit::Article(n), rest, rep, written(rest)));
            }
        }
        b'(' => {
            if let Ok((rest, (n, rep))) = ayat_marker(line) {
                return Some(mk(Unit::Clause(n), rest, rep, written(rest)));
            }
        }
        _ => {}
    }
    if first.is_ascii_lowercase() {
        if let Ok((rest, (l, rep))) = huruf_marker(line) {
            return Some(mk(Unit::Point(l, false), rest, rep, written(rest)));
        }
        if let Ok((rest, l)) = huruf_paren_marker(line) {
            return Some(mk(Unit::Point(l, true), rest, false, ""));
        }
    }
    // Numbers, with the OCR look-alikes of digits (`l`, `I`, `i`, `|`, `O`, `o`).
    if first.is_ascii_digit() || matches!(first, b'l' | b'I' | b'i' | b'|' | b'O' | b'o') {
        if let Ok((rest, (n, rep))) = angka_marker(line) {
            return Some(mk(Unit::Item(n, false), rest, rep, written(rest)));
        }
        if let Ok((rest, n)) = angka_paren_marker(line) {
            return Some(mk(Unit::Item(n, true), rest, false, ""));
        }
    }
    None
}

fn mk<'a>(unit: Unit, rest: &'a str, repaired: bool, written: &str) -> Marker<'a> {
    Marker {
        unit,
        rest: rest.trim(),
        repaired: repaired.then(|| written.to_string()),
    }
}

/// Keywords of the opening, the closing and the elucidation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formula {
    /// `DENGAN RAHMAT TUHAN YANG MAHA ESA`
    Grace,
    /// `Menimbang:`
    Considerations,
    /// `Mengingat:`
    LegalBases,
    /// `Memperhatikan:`
    Noting,
    /// `Dengan Persetujuan Bersama` / `Dengan Kesepakatan Bersama`
    Agreement,
    /// `MEMUTUSKAN:`
    Decide,
    /// `Menetapkan:`
    Enact,
    /// `Agar setiap orang mengetahuinya, ...`
    Publication,
    /// `Disahkan di` / `Ditetapkan di`
    Enacted,
    /// `Diundangkan di`
    Promulgated,
    /// `LEMBARAN NEGARA ...`, `LEMBARAN DAERAH ...`, `BERITA DAERAH ...`, `LEMBARAN DESA ...`
    Gazette,
    /// `TAMBAHAN LEMBARAN ...`
    Supplement,
    /// `NOREG ...`
    Noreg,
    /// `PENJELASAN` (the start of the elucidation)
    Elucidation,
    /// `I. UMUM`
    General,
    /// `II. PASAL DEMI PASAL`
    ArticleByArticle,
}

/// Recognises a formula at the start of `line`, returning it and the text after it.
///
/// ```
/// use perda_law::grammar::{formula, Formula};
/// assert_eq!(formula("Menimbang : a. bahwa"), Some((Formula::Considerations, "a. bahwa")));
/// ```
pub fn formula(line: &str) -> Option<(Formula, &str)> {
    // Every formula starts with one of these capitals; most lines are rejected here. A
    // line starting in lower case (`menetapkan Peraturan Daerah tentang ...`) is a sentence
    // that a line break cut, not a formula.
    if !line
        .bytes()
        .next()
        .is_some_and(|b| b"ABDILMNPTU".contains(&b))
    {
        return None;
    }
    let kw = |word: &'static str| {
        move |i| -> Res<'_, &str> {
            let (r, w) = tag_no_case(word).parse(i)?;
            // "Menimbangnya" is not the keyword.
            if r.starts_with(|c: char| c.is_alphanumeric()) {
                return Err(nom::Err::Error(nom::error::Error::new(
                    i,
                    nom::error::ErrorKind::Tag,
                )));
            }
            let (r, _) = space0.parse(r)?;
            let (r, _) = opt(char(':')).parse(r)?;
            let (r, _) = space0.parse(r)?;
            Ok((r, w))
        }
    };
    let table: [(Formula, &str); 6] = [
        (Formula::Considerations, "Menimbang"),
        (Formula::LegalBases, "Mengingat"),
        (Formula::Noting, "Memperhatikan"),
        (Formula::Decide, "MEMUTUSKAN"),
        (Formula::Enact, "Menetapkan"),
        (Formula::Promulgated, "Diundangkan di"),
    ];
    // Compare ASCII prefixes case-insensitively: no allocation, and only the head of the
    // line is looked at, so reading a long OCR line word by word stays linear.
    let starts = |p: &str| {
        line.as_bytes()
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    };
    for (f, word) in table {
        if !starts(word) {
            continue;
        }
        if let Ok((rest, _)) = kw(word)(line) {
            if f == Formula::Promulgated {
                return Some((f, line));
            }
            return Some((f, rest));
        }
    }
    let is = |p: &str| line.eq_ignore_ascii_case(p);
    let rest_after = |n: usize| line.get(n..).unwrap_or("").trim_start();
    if starts("DENGAN RAHMAT TUHAN") {
        return Some((Formula::Grace, ""));
    }
    if starts("DENGAN PERSETUJUAN BERSAMA") || starts("DENGAN KESEPAKATAN BERSAMA") {
        return Some((Formula::Agreement, rest_after(26)));
    }
    if starts("MEMUTUS") && line.len() < 16 {
        return Some((Formula::Decide, ""));
    }
    if starts("AGAR SETIAP ORANG MENGETAHUINYA") {
        return Some((Formula::Publication, line));
    }
    if starts("DISAHKAN DI") || starts("DITETAPKAN DI") {
        return Some((Formula::Enacted, line));
    }
    if starts("TAMBAHAN LEMBARAN") || starts("TAMBAHAN BERITA") {
        return Some((Formula::Supplement, line));
    }
    if starts("LEMBARAN NEGARA")
        || starts("LEMBARAN DAERAH")
        || starts("BERITA DAERAH")
        || starts("LEMBARAN DESA")
        || starts("BERITA DESA")
    {
        return Some((Formula::Gazette, line));
    }
    if starts("NOREG") || starts("NOMOR REGISTER") {
        return Some((Formula::Noreg, line));
    }
    if line == "PENJELASAN" || starts("PENJELASAN ATAS") {
        return Some((Formula::Elucidation, rest_after(10)));
    }
    if is("I. UMUM") || is("I.UMUM") || is("UMUM") {
        return Some((Formula::General, ""));
    }
    if starts("II. PASAL DEMI PASAL") || is("PASAL DEMI PASAL") || is("II. PASAL") {
        return Some((Formula::ArticleByArticle, ""));
    }
    None
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn unit(s: &str) -> Option<Unit> {
        unit_marker(s, false).map(|m| m.unit)
    }

    #[test]
    fn pasal_heading_accepts_and_rejects() {
        assert_eq!(unit("Pasal 1"), Some(Unit::Article("1".into())));
        assert_eq!(unit("Pasal 5A"), Some(Unit::Article("5A".into())));
        assert_eq!(unit("Pasal 89A"), Some(Unit::Article("89A".into())));
        assert_eq!(unit("Pasai 12"), Some(Unit::Article("12".into())));
        assert_eq!(unit("Pasal l0"), Some(Unit::Article("10".into())));
        assert_eq!(unit("Pasal 9l"), Some(Unit::Article("91".into())));
        assert_eq!(unit("Pasal 2 1"), Some(Unit::Article("21".into())));
        assert_eq!(
            unit("Pasal 1 Dalam Undang-Undang"),
            Some(Unit::Article("1".into()))
        );
        assert_eq!(unit("Pasal 20, Pasal 21"), None);
        assert_eq!(unit("Pasal Satu"), None);
        assert_eq!(unit("Pasalnya"), None);
        assert_eq!(unit("Pasal 5Ab"), None);
    }

    #[test]
    fn roman_numerals_are_canonical() {
        assert_eq!(roman_value("XIII"), Some(13));
        assert_eq!(roman_value("IV"), Some(4));
        assert!(roman_numeral("IIII").is_err());
        assert_eq!(unit("BAB IV"), Some(Unit::Chapter("IV".into())));
        assert_eq!(
            unit("BAB XIII KETENTUAN PENUTUP"),
            Some(Unit::Chapter("XIII".into()))
        );
        assert_eq!(unit("BAB Vl"), Some(Unit::Chapter("VI".into())));
        assert_eq!(unit("BAB ini"), None);
        assert_eq!(unit("BABI"), None);
    }

    #[test]
    fn bagian_ordinals() {
        assert_eq!(unit("Bagian Kesatu"), Some(Unit::Part(1, "Kesatu".into())));
        assert_eq!(
            unit("Bagian Pertama"),
            Some(Unit::Part(1, "Pertama".into()))
        );
        assert_eq!(
            unit("Bagian Kedelapan"),
            Some(Unit::Part(8, "Kedelapan".into()))
        );
        assert_eq!(
            unit("Bagian Kesebelas"),
            Some(Unit::Part(11, "Kesebelas".into()))
        );
        assert_eq!(
            unit("Bagian Kedua Belas"),
            Some(Unit::Part(12, "Kedua Belas".into()))
        );
        assert_eq!(
            unit("Bagian Kedua Puluh Satu Lain"),
            Some(Unit::Part(21, "Kedua Puluh Satu".into()))
        );
        let m = unit_marker("Bagian Kesatu Umum", false).unwrap();
        assert_eq!(m.rest, "Umum");
        assert_eq!(unit("Bagian dari"), None);
        assert_eq!(unit("Bagian Keuangan"), None);
    }

    #[test]
    fn paragraf_and_lower_units() {
        assert_eq!(unit("Paragraf 3"), Some(Unit::Section("3".into())));
        assert_eq!(unit("(1) Setiap"), Some(Unit::Clause("1".into())));
        assert_eq!(unit("(12) Setiap"), Some(Unit::Clause("12".into())));
        assert_eq!(unit("(41 oleh"), Some(Unit::Clause("4".into())));
        assert_eq!(unit("(2t"), Some(Unit::Clause("2".into())));
        assert_eq!(unit("(2')"), Some(Unit::Clause("2".into())));
        assert_eq!(unit("(l) Pelindungan"), Some(Unit::Clause("1".into())));
        assert_eq!(unit("(a) x"), None);
        assert_eq!(unit("(1)x"), None);
        assert_eq!(unit("a. bahwa"), Some(Unit::Point("a".into(), false)));
        assert_eq!(unit("a, peringatan"), Some(Unit::Point("a".into(), false)));
        assert_eq!(
            unit("a.. menyosialisasikan"),
            Some(Unit::Point("a".into(), false))
        );
        assert_eq!(unit("aa. x"), Some(Unit::Point("aa".into(), false)));
        assert_eq!(unit("a) x"), Some(Unit::Point("a".into(), true)));
        assert_eq!(unit("ab. x"), None);
        assert_eq!(unit("dr. Soetomo"), None);
        assert_eq!(unit("12. Jaminan"), Some(Unit::Item("12".into(), false)));
        assert_eq!(unit("i3. Perjanjian"), Some(Unit::Item("13".into(), false)));
        assert_eq!(unit("1) Pelindungan"), Some(Unit::Item("1".into(), true)));
        assert_eq!(unit("2017. x"), None);
        assert_eq!(unit("l. x"), Some(Unit::Point("l".into(), false)));
        assert_eq!(unit("Rp5.000.000"), None);
    }

    #[test]
    fn elucidation_markers() {
        let u = |s| unit_marker(s, true).map(|m| m.unit);
        assert_eq!(u("Ayat (1)"), Some(Unit::ElucidationClause("1".into())));
        assert_eq!(u("Huruf a"), Some(Unit::ElucidationPoint("a".into())));
        assert_eq!(u("Angka 12"), Some(Unit::ElucidationItem("12".into())));
        assert_eq!(u("Huruf besar"), None);
    }

    #[test]
    fn number_words() {
        assert_eq!(number_word("satu"), Some(1));
        assert_eq!(number_word("sebelas"), Some(11));
        assert_eq!(number_word("tiga belas"), Some(13));
        assert_eq!(number_word("dua puluh"), Some(20));
        assert_eq!(number_word("dua puluh lima"), Some(25));
        assert_eq!(number_word("sepuluh satu"), None);
    }

    #[test]
    fn formulas() {
        assert_eq!(formula("Mengingat:"), Some((Formula::LegalBases, "")));
        assert_eq!(
            formula("Menimbang : a. bahwa"),
            Some((Formula::Considerations, "a. bahwa"))
        );
        assert_eq!(formula("MEMUTUSKAN:"), Some((Formula::Decide, "")));
        assert_eq!(formula("MEMUTUSI(AN:"), Some((Formula::Decide, "")));
        assert_eq!(
            formula("Menetapkan: UNDANG-UNDANG TENTANG X."),
            Some((Formula::Enact, "UNDANG-UNDANG TENTANG X."))
        );
        assert_eq!(
            formula("DENGAN RAHMAT TUHAN YANG MAHA ESA").map(|f| f.0),
            Some(Formula::Grace)
        );
        assert_eq!(
            formula("LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2017 NOMOR 242").map(|f| f.0),
            Some(Formula::Gazette)
        );
        assert_eq!(formula("I. UMUM").map(|f| f.0), Some(Formula::General));
        assert_eq!(formula("Mengingatkan bahwa"), None);
    }
}
