//! Citations: stable ids of provisions (`uu-18-2017/41/b`), a parser for the references
//! in legal text (`sebagaimana dimaksud dalam Pasal 5 ayat (1) huruf a`, `pada ayat (2)`,
//! `Pasal 8 sampai dengan Pasal 19`, `huruf a dan huruf b`,
//! `Pasal 41 Undang-Undang Nomor 18 Tahun 2017`) and a resolver against an [`Act`].

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while_m_n, take_while1},
    character::complete::{char, space1},
    combinator::{opt, recognize},
    sequence::{delimited, preceded},
};
use serde::Serialize;

use crate::structure::{Act, Node, NodeKind, article_key};

/// A reference to one provision, possibly relative (missing the article or clause).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Reference {
    /// Pasal number, when the reference names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// Ayat number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clause: Option<String>,
    /// Huruf letter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub point: Option<String>,
    /// Angka number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
}

impl Reference {
    /// The id path below the act: `41/b`, `8/3/a`.
    pub fn path(&self) -> String {
        [&self.article, &self.clause, &self.point, &self.item]
            .iter()
            .filter_map(|p| p.as_deref())
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// Another act named after the references (`Undang-Undang Nomor 18 Tahun 2017`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActRef {
    /// Id in the corpus scheme (`uu-18-2017`, `pp-59-2021`, `uud-1945`).
    pub id: String,
    /// The words as written.
    pub written: String,
}

/// A citation found in text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// Byte range of the citation in the text searched.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The provisions referred to, ranges expanded where both ends are given.
    pub refs: Vec<Reference>,
    /// The other act, if the citation names one; `None` means this act.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub act: Option<ActRef>,
}

type Res<'a, T> = IResult<&'a str, T>;

/// One unit reference as parsed, with a flag for "sampai dengan" (a range to the next).
#[derive(Debug, Clone)]
struct Part {
    r: Reference,
    range_to_next: bool,
}

fn number(i: &str) -> Res<'_, &str> {
    recognize((
        take_while1(|c: char| c.is_ascii_digit()),
        opt(take_while_m_n(1, 1, |c: char| c.is_ascii_uppercase())),
    ))
    .parse(i)
}

fn pasal_ref(i: &str) -> Res<'_, String> {
    let (r, n) = preceded((tag("Pasal"), space1), number).parse(i)?;
    // "Pasal 2 1" style OCR breaks are not citations; the number must end here.
    if r.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    Ok((r, n.to_string()))
}

fn ayat_ref(i: &str) -> Res<'_, String> {
    let (r, n) = preceded(
        (tag("ayat"), space1),
        delimited(
            char('('),
            take_while1(|c: char| c.is_ascii_digit()),
            char(')'),
        ),
    )
    .parse(i)?;
    Ok((r, n.to_string()))
}

fn huruf_ref(i: &str) -> Res<'_, String> {
    let (r, l) = preceded(
        (tag("huruf"), space1),
        take_while_m_n(1, 2, |c: char| c.is_ascii_lowercase()),
    )
    .parse(i)?;
    if r.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    Ok((r, l.to_string()))
}

fn angka_ref(i: &str) -> Res<'_, String> {
    let (r, n) = preceded(
        (tag("angka"), space1),
        take_while1(|c: char| c.is_ascii_digit()),
    )
    .parse(i)?;
    Ok((r, n.to_string()))
}

/// `Pasal 5 ayat (1) huruf a angka 2`, or any tail of it (`ayat (2)`, `huruf b`).
fn unit_ref(i: &str) -> Res<'_, Reference> {
    let (r, article) = opt(pasal_ref).parse(i)?;
    let (r, clause) = opt(preceded(opt(space1), ayat_ref)).parse(r)?;
    let (r, point) = opt(preceded(opt(space1), huruf_ref)).parse(r)?;
    let (r, item) = opt(preceded(opt(space1), angka_ref)).parse(r)?;
    if article.is_none() && clause.is_none() && point.is_none() && item.is_none() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    Ok((
        r,
        Reference {
            article,
            clause,
            point,
            item,
        },
    ))
}

/// Separators between references; `true` for a range.
fn separator(i: &str) -> Res<'_, bool> {
    alt((
        tag(" sampai dengan ").map(|_| true),
        tag(", dan/atau ").map(|_| false),
        tag(", dan ").map(|_| false),
        tag(", atau ").map(|_| false),
        tag(" dan/atau ").map(|_| false),
        tag(" dan ").map(|_| false),
        tag(" atau ").map(|_| false),
        tag(", ").map(|_| false),
    ))
    .parse(i)
}

/// `Undang-Undang Nomor 18 Tahun 2017`, `Peraturan Pemerintah Nomor 59 Tahun 2021`,
/// `Undang-Undang Dasar Negara Republik Indonesia Tahun 1945`, `Undang-Undang ini`.
fn act_ref(i: &str) -> Res<'_, Option<ActRef>> {
    let (r, _) = space1.parse(i)?;
    if let Ok((r2, _)) = tag::<&str, &str, nom::error::Error<&str>>("Undang-Undang ini").parse(r) {
        return Ok((r2, None));
    }
    if let Ok((r2, w)) = recognize((tag::<&str, &str, nom::error::Error<&str>>(
        "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
    ),))
    .parse(r)
    {
        return Ok((
            r2,
            Some(ActRef {
                id: "uud-1945".into(),
                written: w.into(),
            }),
        ));
    }
    let kinds: [(&str, &str); 6] = [
        ("Undang-Undang", "uu"),
        ("Peraturan Pemerintah Pengganti Undang-Undang", "perppu"),
        ("Peraturan Pemerintah", "pp"),
        ("Peraturan Presiden", "perpres"),
        ("Peraturan Daerah", "perda"),
        ("Peraturan Desa", "perdes"),
    ];
    for (word, prefix) in kinds {
        let parsed = (
            tag::<&str, &str, nom::error::Error<&str>>(word),
            take_while_m_n(0, 60, |c: char| {
                c != 'N' && c != '.' && c != ';' && c != ','
            }),
            tag("Nomor "),
            take_while1(|c: char| c.is_ascii_digit()),
            tag(" Tahun "),
            take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        )
            .parse(r);
        if let Ok((r2, (_, _, _, num, _, year))) = parsed {
            let written = r.get(..r.len() - r2.len()).unwrap_or("").to_string();
            return Ok((
                r2,
                Some(ActRef {
                    id: format!("{prefix}-{num}-{year}"),
                    written,
                }),
            ));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

fn citation_at(i: &str) -> Res<'_, (Vec<Part>, Option<ActRef>)> {
    let (mut r, first) = unit_ref(i)?;
    let mut parts = vec![Part {
        r: first,
        range_to_next: false,
    }];
    while let Ok((r2, range)) = separator(r) {
        let Ok((r3, next)) = unit_ref(r2) else { break };
        if let Some(last) = parts.last_mut() {
            last.range_to_next = range;
        }
        parts.push(Part {
            r: next,
            range_to_next: false,
        });
        r = r3;
    }
    let (r, act) = match act_ref(r) {
        Ok((r2, a)) => (r2, a),
        Err(_) => (r, None),
    };
    Ok((r, (parts, act)))
}

/// Finds the citations in `text`.
///
/// ```
/// use perda_law::citation::find_citations;
/// let c = find_citations("sebagaimana dimaksud dalam Pasal 5 ayat (1) huruf a dan huruf b");
/// assert_eq!(c.len(), 1);
/// let paths: Vec<_> = c[0].refs.iter().map(|r| r.path()).collect();
/// assert_eq!(paths, ["5/1/a", "5/1/b"]);
/// ```
pub fn find_citations(text: &str) -> Vec<Citation> {
    // A citation starts with one of four words; find their occurrences with a multi-pattern
    // search instead of trying the parser at every character.
    static TRIGGERS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::new(["Pasal ", "ayat (", "huruf ", "angka "]).ok()
        });
    let mut out = Vec::new();
    let Some(triggers) = TRIGGERS.as_ref() else {
        return out;
    };
    let mut pos = 0;
    while pos < text.len() {
        let Some(m) = triggers.find(aho_corasick::Input::new(text).span(pos..text.len())) else {
            break;
        };
        let start = m.start();
        let at_word = start == 0
            || text
                .get(..start)
                .is_some_and(|p| p.ends_with([' ', '(', '"']));
        if at_word
            && let Some(rest) = text.get(start..)
            && let Ok((r, (parts, act))) = citation_at(rest)
        {
            let end = text.len() - r.len();
            out.push(Citation {
                start,
                end,
                refs: propagate(parts),
                act,
            });
            pos = end.max(start + 1);
            continue;
        }
        pos = start + 1;
    }
    out
}

/// Fills in the article (and clause) that a reference inherits from the one before it
/// (`Pasal 28D ayat (1) dan ayat (2)`) and expands ranges.
fn propagate(parts: Vec<Part>) -> Vec<Reference> {
    let mut out: Vec<Reference> = Vec::new();
    let mut prev: Option<Reference> = None;
    let mut pending_range: Option<Reference> = None;
    for p in parts {
        let mut r = p.r;
        if let Some(pr) = &prev
            && r.article.is_none()
            && (r.clause.is_some() || r.point.is_some())
        {
            r.article = pr.article.clone();
            if r.clause.is_none() && r.point.is_some() && pr.point.is_some() {
                r.clause = pr.clause.clone();
            }
        }
        if let Some(from) = pending_range.take() {
            // The range includes its end: `r` is pushed by the expansion.
            let mut expanded = expand(&from, &r);
            expanded.pop();
            out.extend(expanded);
        }
        if p.range_to_next {
            pending_range = Some(r.clone());
        } else {
            out.push(r.clone());
        }
        prev = Some(r);
    }
    if let Some(r) = pending_range {
        out.push(r);
    }
    out
}

/// Expands `from sampai dengan to` (the last component differs; both ends included).
fn expand(from: &Reference, to: &Reference) -> Vec<Reference> {
    let mut v = Vec::new();
    if from.clause == to.clause
        && from.point.is_some()
        && to.point.is_some()
        && from.article == to.article
    {
        let (a, b) = (letter(from.point.as_deref()), letter(to.point.as_deref()));
        if let (Some(a), Some(b)) = (a, b) {
            for c in a..=b {
                let mut r = from.clone();
                r.point = Some(c.to_string());
                v.push(r);
            }
            return v;
        }
    }
    if from.clause.is_none()
        && to.clause.is_none()
        && from.point.is_none()
        && to.point.is_none()
        && let (Some(a), Some(b)) = (&from.article, &to.article)
    {
        let (x, y) = (article_key(a).0, article_key(b).0);
        if x <= y && y - x <= 500 {
            for n in x..=y {
                v.push(Reference {
                    article: Some(n.to_string()),
                    ..Reference::default()
                });
            }
            return v;
        }
    }
    v.push(from.clone());
    v.push(to.clone());
    v
}

fn letter(s: Option<&str>) -> Option<char> {
    let s = s?;
    let mut c = s.chars();
    let first = c.next()?;
    c.next().is_none().then_some(first)
}

/// Where a reference is read: the article and clause it stands in, for relative references.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The article containing the reference.
    pub article: Option<String>,
    /// The clause containing the reference.
    pub clause: Option<String>,
}

/// Makes a reference absolute with its context (`pada ayat (1)` in Pasal 8 → `8/1`).
pub fn absolute(r: &Reference, ctx: &Context) -> Reference {
    let mut r = r.clone();
    if r.article.is_none() {
        r.article = ctx.article.clone();
        if r.clause.is_none() && r.point.is_some() {
            r.clause = ctx.clause.clone();
        }
    }
    r
}

/// Finds the node a path of an id (`41/b`, `8/3/a`, `1/22`) names in `act`.
pub fn resolve_path<'a>(act: &'a Act, path: &str) -> Option<&'a Node> {
    let mut segs = path.split('/');
    let article = act.article(segs.next()?)?;
    let mut node = article;
    for seg in segs {
        node = node
            .children
            .iter()
            .find(|c| c.number == seg && c.kind > NodeKind::Article)?;
    }
    Some(node)
}

/// Resolves a stable id (`uu-18-2017/41/b`) against the act whose id is `act_id`.
pub fn resolve_id<'a>(act: &'a Act, act_id: &str, id: &str) -> Option<&'a Node> {
    let path = id.strip_prefix(act_id)?.strip_prefix('/')?;
    resolve_path(act, path)
}

/// Resolves a reference; a clause the article doesn't have, but whose point exists
/// directly under the article, is not accepted: the citation must match the structure.
pub fn resolve<'a>(act: &'a Act, r: &Reference) -> Option<&'a Node> {
    resolve_path(act, &r.path())
}

/// An internal reference that did not resolve.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unresolved {
    /// 1-based line of the text containing it.
    pub line: u32,
    /// The citation as written.
    pub written: String,
    /// The absolute path tried.
    pub path: String,
}

/// Every internal reference in the body of `act` that does not resolve.
pub fn unresolved_references(act: &Act) -> Vec<Unresolved> {
    let mut out = Vec::new();
    for article in act.articles() {
        visit(
            act,
            article,
            &Context {
                article: Some(article.number.clone()),
                clause: None,
            },
            &mut out,
        );
    }
    // Menimbang: "sebagaimana dimaksud dalam huruf a, huruf b ..." refers to its own points.
    let letters: Vec<&str> = act
        .preamble
        .considerations
        .iter()
        .map(|n| n.number.as_str())
        .collect();
    for n in &act.preamble.considerations {
        for c in find_citations(&n.text) {
            if c.act.is_some() {
                continue;
            }
            for r in &c.refs {
                if r.article.is_none()
                    && r.clause.is_none()
                    && let Some(p) = &r.point
                    && !letters.contains(&p.as_str())
                {
                    out.push(Unresolved {
                        line: n.span.line,
                        written: n.text.get(c.start..c.end).unwrap_or("").to_string(),
                        path: format!("Menimbang huruf {p}"),
                    });
                }
            }
        }
    }
    out
}

fn visit(act: &Act, node: &Node, ctx: &Context, out: &mut Vec<Unresolved>) {
    let ctx = match node.kind {
        NodeKind::Clause => Context {
            article: ctx.article.clone(),
            clause: Some(node.number.clone()),
        },
        _ => ctx.clone(),
    };
    for text in [Some(&node.text), node.tail.as_ref()].into_iter().flatten() {
        for c in find_citations(text) {
            if c.act.is_some() {
                continue;
            }
            for r in &c.refs {
                let abs = absolute(r, &ctx);
                if resolve(act, &abs).is_none() {
                    out.push(Unresolved {
                        line: node.span.line,
                        written: text.get(c.start..c.end).unwrap_or("").to_string(),
                        path: abs.path(),
                    });
                }
            }
        }
    }
    for child in &node.children {
        visit(act, child, &ctx, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(text: &str) -> Vec<String> {
        find_citations(text)
            .iter()
            .flat_map(|c| c.refs.iter().map(Reference::path))
            .collect()
    }

    #[test]
    fn parses_internal_references() {
        assert_eq!(
            paths("sebagaimana dimaksud dalam Pasal 5 ayat (1) huruf a"),
            ["5/1/a"]
        );
        assert_eq!(paths("sebagaimana dimaksud pada ayat (2)"), ["2"]);
        assert_eq!(paths("Pasal 28D ayat (1) dan ayat (2)"), ["28D/1", "28D/2"]);
        assert_eq!(
            paths("dalam Pasal 8 sampai dengan Pasal 11 diatur"),
            ["8", "9", "10", "11"]
        );
        assert_eq!(
            paths("Pasal 5 huruf b sampai dengan huruf e"),
            ["5/b", "5/c", "5/d", "5/e"]
        );
        assert_eq!(
            paths("Pasal 19 ayat (2), Pasal 25 ayat (3), dan Pasal 27 ayat (3) berupa"),
            ["19/2", "25/3", "27/3"]
        );
        assert_eq!(
            paths("huruf a, huruf b, dan huruf c perlu"),
            ["a", "b", "c"]
        );
        assert!(paths("Pasalnya tidak ada").is_empty());
    }

    #[test]
    fn names_other_acts() {
        let c = find_citations("Pasal 41 Undang-Undang Nomor 18 Tahun 2017 tentang");
        assert_eq!(c[0].act.as_ref().map(|a| a.id.as_str()), Some("uu-18-2017"));
        let c = find_citations(
            "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;",
        );
        assert_eq!(c[0].act.as_ref().map(|a| a.id.as_str()), Some("uud-1945"));
        let c = find_citations("Pasal 3 Undang-Undang ini");
        assert!(c[0].act.is_none());
    }

    #[test]
    fn resolves_against_an_act() {
        let act = crate::parse_str(
            "t.txt",
            "Pasal 1\n(1) Satu:\na. x;\nb. y.\n(2) Lihat ayat (1) huruf b dan ayat (3).\n",
        )
        .unwrap();
        assert!(resolve_path(&act, "1/1/b").is_some());
        assert!(resolve_path(&act, "1/2").is_some());
        assert!(resolve_path(&act, "1/3").is_none());
        let un = unresolved_references(&act);
        assert_eq!(un.len(), 1);
        assert_eq!(un[0].path, "1/3");
    }
}
