//! Akoma Ntoso 3.0 XML of a regulation read by the parser: `<act>` with FRBR metadata and a
//! work URI for the region, the title block as `<preface>`, Menimbang as `<recitals>`,
//! Mengingat as `<citations>`, the body as chapters, parts, sections, articles, paragraphs
//! (ayat) and points (huruf and angka) with eIds after the Akoma Ntoso naming convention
//! (`chp_I`, `art_5`, `art_5__para_2`, `art_5__para_2__point_a`), the closing formulas and
//! signatures as `<conclusions>`, and the Penjelasan as an attachment (a `<doc>` with its
//! own FRBR metadata, `I. UMUM` and `II. PASAL DEMI PASAL` as containers, each explained
//! Pasal as an article `att_1__art_5`).
//!
//! The work URI is `/akn/id/act/<kind>-<region>/<year>/<number>`, for example
//! `/akn/id/act/perda-kabupaten-jember/2026/rancangan` for a draft without number and year
//! (`rancangan` stands for the open number; the year is then the year of the FRBR date).
//! A Peraturan Desa's region names its kabupaten too (`perdes-desa-sukamaju-kabupaten-jember`):
//! village names repeat across the country.
//!
//! The output is valid against the OASIS Akoma Ntoso 3.0 schema (`tests/fixtures/akn/`);
//! `scripts/akn-validate.sh` checks every example profile against it.

use std::collections::HashSet;

use perda_law::structure::{Act, ActKind, Node, NodeKind, Paragraph, Signature, Span};

use crate::xml::escape as esc;

/// Akoma Ntoso 3.0 namespace.
pub const NAMESPACE: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// The eId of the organisation that writes the XML (the source of the metadata and the
/// author of the manifestation).
const TOOL: &str = "perda";

/// A lower-case, hyphenated form for URIs (`Kabupaten Jember` → `kabupaten-jember`).
fn slug(s: &str) -> String {
    let mut out = String::new();
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w.to_lowercase());
    }
    out
}

/// The number part of an eId after the naming convention: the number as written, with
/// leading and trailing punctuation and all whitespace dropped and inner punctuation made
/// a hyphen; case is kept (`IV` → `IV`, `(1)` → `1`, `a.` → `a`, `5A` → `5A`, `1.2` → `1-2`).
fn eid_num(s: &str) -> String {
    let trimmed = s.trim_matches(|c: char| !c.is_alphanumeric());
    let mut out = String::new();
    let mut punct = false;
    for c in trimmed.chars().filter(|c| !c.is_whitespace()) {
        if c.is_alphanumeric() {
            if punct {
                out.push('-');
                punct = false;
            }
            out.push(c);
        } else {
            punct = true;
        }
    }
    out
}

/// The year of a `YYYY-MM-DD` date.
fn year_of(date: &str) -> Option<&str> {
    date.get(..4)
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
}

/// The document subtype in the work URI and the `name` of the document element.
fn kind_names(kind: Option<ActKind>) -> (&'static str, &'static str) {
    match kind {
        Some(ActKind::UndangUndang) => ("uu", "undangUndang"),
        Some(ActKind::Perppu) => ("perppu", "peraturanPemerintahPenggantiUndangUndang"),
        Some(ActKind::PeraturanPemerintah) => ("pp", "peraturanPemerintah"),
        Some(ActKind::PeraturanPresiden) => ("perpres", "peraturanPresiden"),
        Some(ActKind::PeraturanMenteri) => ("permen", "peraturanMenteri"),
        Some(ActKind::PeraturanKepalaDaerah) => ("perkada", "peraturanKepalaDaerah"),
        Some(ActKind::PeraturanDesa) => ("perdes", "peraturanDesa"),
        Some(ActKind::PeraturanKepalaDesa) => ("perkades", "peraturanKepalaDesa"),
        Some(ActKind::PeraturanDaerah) | None => ("perda", "peraturanDaerah"),
    }
}

/// Whether an act of this kind is made by a region (and so names it in its URI).
fn regional(kind: Option<ActKind>) -> bool {
    !matches!(
        kind,
        Some(
            ActKind::UndangUndang
                | ActKind::Perppu
                | ActKind::PeraturanPemerintah
                | ActKind::PeraturanPresiden
                | ActKind::PeraturanMenteri
        )
    )
}

/// The region as a URI segment and a TLC eId (`kabupaten-jember`), if the title names one.
fn region_slug(act: &Act) -> Option<String> {
    act.meta
        .region
        .as_deref()
        .map(slug)
        .filter(|s| !s.is_empty())
}

/// The number segment of the work URI: the act's number, or `rancangan` while it is open.
fn number_segment(act: &Act) -> String {
    act.meta
        .number
        .as_deref()
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric()))
        .map_or_else(|| "rancangan".to_string(), str::to_string)
}

/// The FRBR work URI of an act: `/akn/id/act/<kind>-<region>/<year>/<number>`. `date` is
/// the FRBR date (`YYYY-MM-DD`); its year stands in for a year the title leaves open.
pub fn work_uri(act: &Act, date: &str) -> String {
    let (kind, _) = kind_names(act.meta.kind);
    let subtype = if regional(act.meta.kind) {
        let who = region_slug(act).unwrap_or_else(|| "daerah".to_string());
        format!("{kind}-{who}")
    } else {
        kind.to_string()
    };
    let year = act.meta.year.map_or_else(
        || year_of(date).unwrap_or("rancangan").to_string(),
        |y| y.to_string(),
    );
    format!("/akn/id/act/{subtype}/{year}/{}", number_segment(act))
}

/// The writer: the XML and the eIds given so far (to keep them unique).
struct Out {
    xml: String,
    ids: HashSet<String>,
}

impl Out {
    /// A unique eId from a wanted one (a repeated number gets `_2`, `_3`).
    fn id(&mut self, wanted: String) -> String {
        if self.ids.insert(wanted.clone()) {
            return wanted;
        }
        let mut n = 2;
        loop {
            let candidate = format!("{wanted}_{n}");
            if self.ids.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }

    fn line(&mut self, indent: usize, s: &str) {
        for _ in 0..indent {
            self.xml.push_str("  ");
        }
        self.xml.push_str(s);
        self.xml.push('\n');
    }

    /// The FRBR identification of the main document or of a component (`main`,
    /// `penjelasan`): work, expression (Indonesian) and manifestation (this XML).
    fn identification(&mut self, indent: usize, ident: &Ident<'_>, component: &str) {
        let Ident {
            uri,
            date,
            author,
            number,
        } = ident;
        let date = esc(date);
        let expression = format!("{uri}/ind@");
        self.line(indent, &format!("<identification source=\"#{TOOL}\">"));
        for (tag, this, uri_here, by) in [
            (
                "FRBRWork",
                format!("{uri}/!{component}"),
                uri.to_string(),
                *author,
            ),
            (
                "FRBRExpression",
                format!("{expression}/!{component}"),
                expression.clone(),
                *author,
            ),
            (
                "FRBRManifestation",
                format!("{expression}/!{component}.xml"),
                format!("{expression}.akn"),
                TOOL,
            ),
        ] {
            self.line(indent + 1, &format!("<{tag}>"));
            self.line(indent + 2, &format!("<FRBRthis value=\"{}\"/>", esc(&this)));
            self.line(
                indent + 2,
                &format!("<FRBRuri value=\"{}\"/>", esc(&uri_here)),
            );
            self.line(
                indent + 2,
                &format!("<FRBRdate date=\"{date}\" name=\"generation\"/>"),
            );
            self.line(indent + 2, &format!("<FRBRauthor href=\"#{}\"/>", esc(by)));
            match tag {
                "FRBRWork" => {
                    self.line(indent + 2, "<FRBRcountry value=\"id\"/>");
                    self.line(
                        indent + 2,
                        &format!("<FRBRnumber value=\"{}\"/>", esc(number)),
                    );
                    self.line(indent + 2, "<FRBRprescriptive value=\"true\"/>");
                }
                "FRBRExpression" => {
                    // Written by a program: not the official (signed and promulgated) text.
                    self.line(indent + 2, "<FRBRauthoritative value=\"false\"/>");
                    self.line(indent + 2, "<FRBRlanguage language=\"ind\"/>");
                }
                _ => {}
            }
            self.line(indent + 1, &format!("</{tag}>"));
        }
        self.line(indent, "</identification>");
    }

    /// Menimbang, Mengingat or Memperhatikan: a container (`recitals`/`citations`) of
    /// numbered entries.
    fn list(
        &mut self,
        nodes: &[Node],
        (outer, outer_id): (&str, &str),
        (inner, inner_id): (&str, &str),
        intro: &str,
    ) {
        if nodes.is_empty() {
            return;
        }
        let outer_id = self.id(outer_id.to_string());
        self.line(3, &format!("<{outer} eId=\"{outer_id}\">"));
        self.line(4, &format!("<intro><p>{}</p></intro>", esc(intro)));
        for (i, c) in nodes.iter().enumerate() {
            let mut num = eid_num(&c.number);
            if num.is_empty() {
                num = (i + 1).to_string();
            }
            let id = self.id(format!("{outer_id}__{inner_id}_{num}"));
            self.line(4, &format!("<{inner} eId=\"{id}\">"));
            if !c.marker.is_empty() {
                self.line(5, &format!("<num>{}</num>", esc(&c.marker)));
            }
            let text = c.full_text();
            let text = text.trim_start_matches(c.marker.as_str()).trim();
            self.line(5, &format!("<p>{}</p>", esc(text)));
            self.line(4, &format!("</{inner}>"));
        }
        self.line(3, &format!("</{outer}>"));
    }

    fn paragraphs(&mut self, indent: usize, tag: &str, ps: &[Paragraph]) {
        for p in ps {
            self.line(indent, &format!("<{tag}>{}</{tag}>", esc(&p.text)));
        }
    }
}

/// What the identification of the act and of its components share.
struct Ident<'a> {
    /// The work URI.
    uri: &'a str,
    /// The FRBR date.
    date: &'a str,
    /// The TLC eId of the work's author (the region, or the tool when none is named).
    author: &'a str,
    /// The number segment of the work URI.
    number: &'a str,
}

/// The element and the eId prefix of a node. Huruf and angka are both `point` (Akoma
/// Ntoso's hierarchy has no `item`); their own numbers keep them apart.
fn element(kind: NodeKind) -> (&'static str, &'static str) {
    match kind {
        NodeKind::Chapter => ("chapter", "chp"),
        NodeKind::Part => ("part", "part"),
        NodeKind::Section => ("section", "sec"),
        NodeKind::Article => ("article", "art"),
        NodeKind::Clause => ("paragraph", "para"),
        NodeKind::Point | NodeKind::Item => ("point", "point"),
    }
}

fn num_text(n: &Node) -> String {
    match n.kind {
        NodeKind::Chapter => format!("BAB {}", n.number),
        NodeKind::Part => format!("Bagian {}", n.number),
        NodeKind::Section => format!("Paragraf {}", n.number),
        NodeKind::Article => format!("Pasal {}", n.number),
        _ if !n.marker.is_empty() => n.marker.clone(),
        _ => n.number.clone(),
    }
}

/// A node and its descendants. `parent` is the eId of the enclosing node (empty at the
/// top); `scope` is the prefix of the document part (empty in the body, `att_1` in the
/// Penjelasan): articles are numbered through the whole act, so their eId stands alone
/// within it.
fn node(out: &mut Out, n: &Node, parent: &str, scope: &str, indent: usize) {
    let (tag, prefix) = element(n.kind);
    let mut num = eid_num(&n.number);
    if num.is_empty() {
        num = "nn".to_string();
    }
    let local = format!("{prefix}_{num}");
    let wanted = if n.kind == NodeKind::Article || parent.is_empty() {
        if scope.is_empty() {
            local
        } else {
            format!("{scope}__{local}")
        }
    } else {
        format!("{parent}__{local}")
    };
    let id = out.id(wanted);
    out.line(indent, &format!("<{tag} eId=\"{id}\">"));
    out.line(indent + 1, &format!("<num>{}</num>", esc(&num_text(n))));
    if let Some(h) = &n.heading {
        out.line(indent + 1, &format!("<heading>{}</heading>", esc(h)));
    }
    let text = n.text.trim();
    let structural = matches!(
        n.kind,
        NodeKind::Chapter | NodeKind::Part | NodeKind::Section
    );
    if n.children.is_empty() {
        if !structural {
            out.line(indent + 1, "<content>");
            out.line(indent + 2, &format!("<p>{}</p>", esc(text)));
            out.line(indent + 1, "</content>");
        }
    } else {
        if !text.is_empty() && !structural {
            out.line(indent + 1, "<intro>");
            out.line(indent + 2, &format!("<p>{}</p>", esc(text)));
            out.line(indent + 1, "</intro>");
        }
        for c in &n.children {
            node(out, c, &id, scope, indent + 1);
        }
        if let Some(t) = n.tail.as_deref().filter(|t| !t.trim().is_empty()) {
            out.line(indent + 1, "<wrapUp>");
            out.line(indent + 2, &format!("<p>{}</p>", esc(t.trim())));
            out.line(indent + 1, "</wrapUp>");
        }
    }
    out.line(indent, &format!("</{tag}>"));
}

/// The Akoma Ntoso document of an act. `date` is the FRBR date (`YYYY-MM-DD`): the
/// enactment date, or the date the draft was made.
pub fn to_akn(act: &Act, date: &str) -> String {
    let uri = work_uri(act, date);
    let number = number_segment(act);
    let mut out = Out {
        xml: String::new(),
        ids: HashSet::new(),
    };
    let (_, name) = kind_names(act.meta.kind);
    // The work's author: the region that makes it (its DPRD and head, or the desa),
    // named in the references; the tool when the title names no region.
    let region = region_slug(act)
        .filter(|_| regional(act.meta.kind))
        .map(|s| (out.id(s), act.meta.region.clone().unwrap_or_default()));
    out.ids.insert(TOOL.to_string());
    let author = region.as_ref().map_or(TOOL, |(id, _)| id.as_str());
    let ident = Ident {
        uri: &uri,
        date,
        author,
        number: &number,
    };
    out.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.line(0, &format!("<akomaNtoso xmlns=\"{NAMESPACE}\">"));
    out.line(1, &format!("<act name=\"{name}\">"));
    out.line(2, "<meta>");
    out.identification(3, &ident, "main");
    out.line(3, &format!("<references source=\"#{TOOL}\">"));
    if let Some((id, showas)) = &region {
        out.line(
            4,
            &format!(
                "<TLCOrganization eId=\"{id}\" href=\"/ontology/organization/id/{id}\" showAs=\"{}\"/>",
                esc(showas)
            ),
        );
    }
    out.line(
        4,
        &format!(
            "<TLCOrganization eId=\"{TOOL}\" href=\"/ontology/organization/{TOOL}\" showAs=\"{TOOL}\"/>"
        ),
    );
    out.line(3, "</references>");
    out.line(2, "</meta>");
    preface(&mut out, act);
    preamble(&mut out, act);
    out.line(2, "<body>");
    if act.body.is_empty() {
        // The schema wants at least one unit in the body.
        let id = out.id("hcontainer_1".to_string());
        out.line(
            3,
            &format!(
                "<hcontainer name=\"empty\" eId=\"{id}\"><content><p/></content></hcontainer>"
            ),
        );
    }
    for n in &act.body {
        node(&mut out, n, "", "", 3);
    }
    out.line(2, "</body>");
    conclusions(&mut out, act);
    if let Some(e) = &act.elucidation {
        elucidation(&mut out, e, &ident);
    }
    out.line(1, "</act>");
    out.line(0, "</akomaNtoso>");
    out.xml
}

/// The lines above the title and the title block; left out when there are none (the
/// schema wants a preface to hold something).
fn preface(out: &mut Out, act: &Act) {
    let p = &act.preamble;
    if p.issuer.is_empty() && p.title.is_empty() {
        return;
    }
    out.line(2, "<preface>");
    out.paragraphs(3, "p", &p.issuer);
    if !p.title.is_empty() {
        out.line(3, "<longTitle>");
        out.paragraphs(4, "p", &p.title);
        out.line(3, "</longTitle>");
    }
    out.line(2, "</preface>");
}

/// From `DENGAN RAHMAT TUHAN YANG MAHA ESA` to `Menetapkan: ...`; left out when empty.
fn preamble(out: &mut Out, act: &Act) {
    let p = &act.preamble;
    if p.grace.is_none()
        && p.office.is_none()
        && p.considerations.is_empty()
        && p.legal_bases.is_empty()
        && p.noting.is_empty()
        && p.agreement.is_empty()
        && p.decision.is_empty()
    {
        return;
    }
    out.line(2, "<preamble>");
    if let Some(g) = &p.grace {
        out.line(
            3,
            &format!(
                "<formula name=\"enactingFormula\"><p>{}</p></formula>",
                esc(&g.text)
            ),
        );
    }
    if let Some(o) = &p.office {
        out.line(3, &format!("<p>{}</p>", esc(&o.text)));
    }
    out.list(
        &p.considerations,
        ("recitals", "recs"),
        ("recital", "rec"),
        "Menimbang:",
    );
    out.list(
        &p.legal_bases,
        ("citations", "cits"),
        ("citation", "cit"),
        "Mengingat:",
    );
    out.list(
        &p.noting,
        ("citations", "cits"),
        ("citation", "cit"),
        "Memperhatikan:",
    );
    out.paragraphs(3, "p", &p.agreement);
    out.paragraphs(3, "p", &p.decision);
    out.line(2, "</preamble>");
}

/// The publication formula, the signature blocks and the gazette line, every closing line
/// as written and in order; left out when the act has none.
fn conclusions(out: &mut Out, act: &Act) {
    let c = &act.closing;
    if c.lines.is_empty() {
        return conclusions_from_fields(out, c);
    }
    let within = |span: Option<Span>, line: &Paragraph| {
        span.is_some_and(|s| (s.line..=s.end_line).contains(&line.span.line))
    };
    out.line(2, "<conclusions>");
    let mut done: Vec<Span> = Vec::new();
    for l in &c.lines {
        if done
            .iter()
            .any(|s| (s.line..=s.end_line).contains(&l.span.line))
        {
            continue;
        }
        if let Some(p) = c.publication.as_ref().filter(|p| within(Some(p.span), l)) {
            done.push(p.span);
            out.line(
                3,
                &format!(
                    "<formula name=\"promulgationOrder\"><p>{}</p></formula>",
                    esc(&p.text)
                ),
            );
        } else if let Some((s, role)) =
            [(&c.enacted, "enactment"), (&c.promulgated, "promulgation")]
                .into_iter()
                .find_map(|(s, role)| Some((s.as_ref().filter(|s| within(Some(s.span), l))?, role)))
        {
            done.push(s.span);
            let lines: Vec<&Paragraph> =
                c.lines.iter().filter(|x| within(Some(s.span), x)).collect();
            signature(out, role, s, &lines);
        } else if let Some((class, p)) = [("gazette", &c.gazette), ("noreg", &c.noreg)]
            .into_iter()
            .find_map(|(class, p)| Some((class, p.as_ref().filter(|p| within(Some(p.span), l))?)))
        {
            done.push(p.span);
            out.line(3, &format!("<p class=\"{class}\">{}</p>", esc(&p.text)));
        } else {
            out.line(3, &format!("<p>{}</p>", esc(&l.text)));
        }
    }
    out.line(2, "</conclusions>");
}

/// A signature block (`Ditetapkan di ...`, `pada tanggal ...`, the office, the name) with
/// its lines as written, each classed by what it holds.
fn signature(out: &mut Out, role: &str, s: &Signature, lines: &[&Paragraph]) {
    out.line(3, &format!("<blockContainer class=\"{role}\">"));
    let mut seen_office = false;
    for (i, l) in lines.iter().enumerate() {
        let t = l.text.trim();
        let class = if s.office.as_deref() == Some(t) && !seen_office {
            seen_office = true;
            Some("office")
        } else if seen_office && s.name.as_deref() == Some(t) {
            Some("name")
        } else if i == 0 && s.place.as_deref().is_some_and(|p| t.ends_with(p)) {
            Some("place")
        } else if !seen_office && t.to_lowercase().contains("tanggal") {
            Some("date")
        } else {
            None
        };
        match class {
            Some(class) => out.line(4, &format!("<p class=\"{class}\">{}</p>", esc(t))),
            None => out.line(4, &format!("<p>{}</p>", esc(t))),
        }
    }
    out.line(3, "</blockContainer>");
}

/// The conclusions of an act whose closing lines were not kept: from what was read of
/// them.
fn conclusions_from_fields(out: &mut Out, c: &perda_law::structure::Closing) {
    let signatures: Vec<(&str, Vec<(&str, &String)>)> =
        [(&c.enacted, "enactment"), (&c.promulgated, "promulgation")]
            .into_iter()
            .filter_map(|(sig, role)| {
                let s = sig.as_ref()?;
                let lines: Vec<(&str, &String)> = [
                    ("place", &s.place),
                    ("date", &s.date),
                    ("office", &s.office),
                    ("name", &s.name),
                ]
                .into_iter()
                .filter_map(|(label, v)| Some((label, v.as_ref()?)))
                .collect();
                (!lines.is_empty()).then_some((role, lines))
            })
            .collect();
    if c.publication.is_none() && signatures.is_empty() && c.gazette.is_none() && c.noreg.is_none()
    {
        return;
    }
    out.line(2, "<conclusions>");
    if let Some(p) = &c.publication {
        out.line(
            3,
            &format!(
                "<formula name=\"promulgationOrder\"><p>{}</p></formula>",
                esc(&p.text)
            ),
        );
    }
    for (role, lines) in signatures {
        out.line(3, &format!("<blockContainer class=\"{role}\">"));
        for (label, value) in lines {
            out.line(4, &format!("<p class=\"{label}\">{}</p>", esc(value)));
        }
        out.line(3, "</blockContainer>");
    }
    for (class, p) in [("gazette", &c.gazette), ("noreg", &c.noreg)] {
        if let Some(p) = p {
            out.line(3, &format!("<p class=\"{class}\">{}</p>", esc(&p.text)));
        }
    }
    out.line(2, "</conclusions>");
}

/// The Penjelasan as the act's attachment: a `doc` with its own identification (the
/// work's component `!penjelasan`), its title, `I. UMUM` and `II. PASAL DEMI PASAL` as
/// containers, each explained Pasal as an article with its ayat, huruf and angka, and the
/// supplement line (`TAMBAHAN LEMBARAN DAERAH ...`) as its conclusions.
fn elucidation(out: &mut Out, e: &perda_law::structure::Elucidation, ident: &Ident<'_>) {
    const ATT: &str = "att_1";
    let articles: Vec<&Node> = e
        .articles
        .iter()
        .filter(|a| a.kind == NodeKind::Article)
        .collect();
    let att = out.id(ATT.to_string());
    out.line(2, "<attachments>");
    out.line(3, &format!("<attachment eId=\"{att}\">"));
    out.line(4, "<doc name=\"penjelasan\">");
    out.line(5, "<meta>");
    out.identification(6, ident, "penjelasan");
    out.line(5, "</meta>");
    if !e.title.is_empty() {
        out.line(5, "<preface>");
        out.line(6, "<longTitle>");
        // The parser takes `PENJELASAN` as the start of the part, not as a title line.
        if !e
            .title
            .first()
            .is_some_and(|t| t.text.trim().to_uppercase().starts_with("PENJELASAN"))
        {
            out.line(7, "<p>PENJELASAN</p>");
        }
        out.paragraphs(7, "p", &e.title);
        out.line(6, "</longTitle>");
        out.line(5, "</preface>");
    }
    out.line(5, "<mainBody>");
    if e.general.is_empty() && articles.is_empty() {
        out.line(6, "<p/>");
    }
    if !e.general.is_empty() {
        let id = out.id(format!("{att}__hcontainer_1"));
        out.line(6, &format!("<hcontainer name=\"umum\" eId=\"{id}\">"));
        out.line(7, "<num>I.</num>");
        out.line(7, "<heading>UMUM</heading>");
        out.line(7, "<content>");
        out.paragraphs(8, "p", &e.general);
        out.line(7, "</content>");
        out.line(6, "</hcontainer>");
    }
    if !articles.is_empty() {
        let id = out.id(format!("{att}__hcontainer_2"));
        out.line(
            6,
            &format!("<hcontainer name=\"pasalDemiPasal\" eId=\"{id}\">"),
        );
        out.line(7, "<num>II.</num>");
        out.line(7, "<heading>PASAL DEMI PASAL</heading>");
        for a in articles {
            node(out, a, "", &att, 7);
        }
        out.line(6, "</hcontainer>");
    }
    out.line(5, "</mainBody>");
    if let Some(s) = &e.supplement {
        out.line(5, "<conclusions>");
        out.line(6, &format!("<p class=\"supplement\">{}</p>", esc(&s.text)));
        out.line(5, "</conclusions>");
    }
    out.line(4, "</doc>");
    out.line(3, "</attachment>");
    out.line(2, "</attachments>");
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMenimbang : a. bahwa x & y;\nb. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu membentuk Peraturan Daerah tentang Pelindungan Pekerja Migran Indonesia;\nMengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 18 Tahun 2017;\nMEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nBAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Bupati adalah Bupati Jember.\nBAB II\nTUGAS\nPasal 2\n(1) Pemerintah Daerah melakukan:\na. pendataan; dan\nb. pelatihan.\n(2) Cukup <satu>.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Jember.\nDitetapkan di Jember\npada tanggal ...\nBUPATI JEMBER,\n...\n";

    const PENJELASAN: &str = "PENJELASAN\nATAS\nRANCANGAN PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nI. UMUM\nBekerja merupakan hak asasi.\nII. PASAL DEMI PASAL\nPasal 1\nCukup jelas.\nPasal 2\nAyat (1)\nHuruf a\nCukup jelas.\nHuruf b\nYang dimaksud dengan \"pelatihan\" adalah pelatihan kerja.\nAyat (2)\nCukup jelas.\nTAMBAHAN LEMBARAN DAERAH KABUPATEN JEMBER NOMOR ...\n";

    fn akn(text: &str) -> String {
        let act = perda_law::parse_str("d.txt", text).unwrap();
        let xml = to_akn(&act, "2026-11-29");
        assert_well_formed(&xml);
        assert_unique_eids(&xml);
        xml
    }

    /// Every start tag is closed in order and nothing follows the root.
    fn assert_well_formed(xml: &str) {
        let mut stack: Vec<&str> = Vec::new();
        let mut rest = xml;
        let mut closed_root = false;
        while let Some(start) = rest.find('<') {
            assert!(!closed_root, "content after the root element");
            let end = start + rest[start..].find('>').expect("unterminated tag");
            let tag = &rest[start + 1..end];
            rest = &rest[end + 1..];
            if tag.starts_with('?') {
                continue;
            }
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop(), Some(name), "</{name}> closes another element");
                closed_root = stack.is_empty();
            } else if !tag.ends_with('/') {
                stack.push(tag.split_whitespace().next().unwrap());
            }
        }
        assert!(stack.is_empty(), "unclosed: {stack:?}");
    }

    /// The schema wants every eId in the document unique (attachments included).
    fn assert_unique_eids(xml: &str) {
        let ids: Vec<&str> = xml
            .match_indices(" eId=\"")
            .filter_map(|(i, _)| xml.get(i + 6..)?.split('"').next())
            .collect();
        let unique: HashSet<&&str> = ids.iter().collect();
        assert_eq!(ids.len(), unique.len(), "{ids:?}");
        assert!(
            ids.iter()
                .all(|id| !id.is_empty() && !id.contains(char::is_whitespace))
        );
    }

    /// The text between `from` and the next `to` after it.
    fn between<'a>(xml: &'a str, from: &str, to: &str) -> &'a str {
        let start = xml.find(from).unwrap_or_else(|| panic!("no {from}"));
        let rest = &xml[start..];
        &rest[..rest
            .find(to)
            .unwrap_or_else(|| panic!("no {to} after {from}"))]
    }

    #[test]
    fn eid_numbers_follow_the_naming_convention() {
        assert_eq!(eid_num("(1)"), "1");
        assert_eq!(eid_num("a."), "a");
        assert_eq!(eid_num("IV"), "IV");
        assert_eq!(eid_num("5A"), "5A");
        assert_eq!(eid_num("1.2."), "1-2");
        assert_eq!(eid_num("3 bis"), "3bis");
        assert_eq!(eid_num("..."), "");
    }

    #[test]
    fn writes_the_structure_with_unique_eids() {
        let xml = akn(DRAFT);
        assert!(xml.contains(&format!("<akomaNtoso xmlns=\"{NAMESPACE}\">")));
        assert!(xml.contains("<act name=\"peraturanDaerah\">"));
        assert!(xml.contains("<chapter eId=\"chp_I\">"));
        assert!(xml.contains("<chapter eId=\"chp_II\">"));
        assert!(xml.contains("<article eId=\"art_2\">"));
        assert!(xml.contains("<paragraph eId=\"art_2__para_1\">"));
        assert!(xml.contains("<point eId=\"art_2__para_1__point_b\">"));
        // Angka are points too (Akoma Ntoso has no `item` in its hierarchy).
        assert!(xml.contains("<point eId=\"art_1__point_2\">"));
        assert!(!xml.contains("item_"));
        assert!(xml.contains("<recital eId=\"recs__rec_a\">"));
        assert!(xml.contains("<citation eId=\"cits__cit_2\">"));
        assert!(xml.contains("bahwa x &amp; y;"));
        assert!(xml.contains("Cukup &lt;satu&gt;."));
        assert!(xml.contains("<formula name=\"promulgationOrder\">"));
        // The signature block keeps its lines as written.
        let sig = between(
            &xml,
            "<blockContainer class=\"enactment\">",
            "</blockContainer>",
        );
        assert!(sig.contains("<p class=\"place\">Ditetapkan di Jember</p>"));
        assert!(sig.contains("<p class=\"date\">pada tanggal ...</p>"));
        assert!(sig.contains("<p class=\"office\">BUPATI JEMBER,</p>"));
        assert!(sig.contains("<p class=\"name\">...</p>"));
        // The document's parts in the order the schema wants.
        let order: Vec<usize> = [
            "<meta>",
            "<preface>",
            "<preamble>",
            "<body>",
            "<conclusions>",
        ]
        .iter()
        .map(|t| xml.find(t).unwrap_or_else(|| panic!("no {t}")))
        .collect();
        assert!(order.is_sorted(), "{order:?}");
        assert!(!xml.contains("<attachments>"));
    }

    #[test]
    fn identifies_work_expression_and_manifestation_of_the_region() {
        let xml = akn(DRAFT);
        let uri = "/akn/id/act/perda-kabupaten-jember/2026/rancangan";
        let work = between(&xml, "<FRBRWork>", "</FRBRWork>");
        assert!(work.contains(&format!("<FRBRthis value=\"{uri}/!main\"/>")));
        assert!(work.contains(&format!("<FRBRuri value=\"{uri}\"/>")));
        assert!(work.contains("<FRBRdate date=\"2026-11-29\" name=\"generation\"/>"));
        assert!(work.contains("<FRBRauthor href=\"#kabupaten-jember\"/>"));
        assert!(work.contains("<FRBRcountry value=\"id\"/>"));
        assert!(work.contains("<FRBRnumber value=\"rancangan\"/>"));
        let expr = between(&xml, "<FRBRExpression>", "</FRBRExpression>");
        assert!(expr.contains(&format!("<FRBRthis value=\"{uri}/ind@/!main\"/>")));
        assert!(expr.contains(&format!("<FRBRuri value=\"{uri}/ind@\"/>")));
        assert!(expr.contains("<FRBRauthoritative value=\"false\"/>"));
        assert!(expr.contains("<FRBRlanguage language=\"ind\"/>"));
        let manif = between(&xml, "<FRBRManifestation>", "</FRBRManifestation>");
        assert!(manif.contains(&format!("<FRBRthis value=\"{uri}/ind@/!main.xml\"/>")));
        assert!(manif.contains(&format!("<FRBRuri value=\"{uri}/ind@.akn\"/>")));
        assert!(manif.contains("<FRBRauthor href=\"#perda\"/>"));
        // Every author and source points at an organisation in the references.
        let refs = between(&xml, "<references", "</references>");
        assert!(refs.contains(
            "<TLCOrganization eId=\"kabupaten-jember\" href=\"/ontology/organization/id/kabupaten-jember\" showAs=\"Kabupaten Jember\"/>"
        ));
        assert!(refs.contains("<TLCOrganization eId=\"perda\""));
        for (i, _) in xml.match_indices("href=\"#") {
            let id = xml[i + 7..].split('"').next().unwrap();
            assert!(refs.contains(&format!("eId=\"{id}\"")), "{id}");
        }
    }

    #[test]
    fn an_enacted_act_has_its_number_and_year_in_the_uri() {
        let text = DRAFT.replace("RANCANGAN\n", "").replace(
            "KABUPATEN JEMBER\nNOMOR ... TAHUN ...",
            "KOTA BONTANG\nNOMOR 7 TAHUN 2025",
        );
        let act = perda_law::parse_str("d.txt", &text).unwrap();
        assert_eq!(
            work_uri(&act, "2026-11-29"),
            "/akn/id/act/perda-kota-bontang/2025/7"
        );
        let xml = akn(&text);
        assert!(xml.contains("<FRBRnumber value=\"7\"/>"));
        assert!(xml.contains("<FRBRauthor href=\"#kota-bontang\"/>"));
    }

    #[test]
    fn a_peraturan_desa_names_its_kabupaten_in_the_uri() {
        let text = format!(
            "KEPALA DESA SUKAMAJU\nKABUPATEN JEMBER\n{}",
            DRAFT
                .replace(
                    "PERATURAN DAERAH KABUPATEN JEMBER",
                    "PERATURAN DESA SUKAMAJU"
                )
                .replace("BUPATI JEMBER,", "KEPALA DESA SUKAMAJU,")
        );
        let act = perda_law::parse_str("d.txt", &text).unwrap();
        assert_eq!(
            work_uri(&act, "2026-11-29"),
            "/akn/id/act/perdes-desa-sukamaju-kabupaten-jember/2026/rancangan"
        );
        let xml = akn(&text);
        assert!(xml.contains("<act name=\"peraturanDesa\">"));
        // The issuer lines open the preface, before the title.
        let preface = between(&xml, "<preface>", "</preface>");
        assert!(preface.find("KABUPATEN JEMBER").unwrap() < preface.find("<longTitle>").unwrap());
    }

    #[test]
    fn the_penjelasan_is_an_attachment_with_its_own_identification() {
        let xml = akn(&format!("{DRAFT}{PENJELASAN}"));
        let att = between(&xml, "<attachments>", "</attachments>");
        assert!(att.contains("<attachment eId=\"att_1\">"));
        assert!(att.contains("<doc name=\"penjelasan\">"));
        let uri = "/akn/id/act/perda-kabupaten-jember/2026/rancangan";
        let ident = between(att, "<identification", "</identification>");
        assert!(ident.contains(&format!("<FRBRthis value=\"{uri}/!penjelasan\"/>")));
        assert!(ident.contains(&format!("<FRBRthis value=\"{uri}/ind@/!penjelasan\"/>")));
        assert!(ident.contains(&format!("<FRBRthis value=\"{uri}/ind@/!penjelasan.xml\"/>")));
        assert!(ident.contains(&format!("<FRBRuri value=\"{uri}\"/>")));
        assert!(
            att.contains("<longTitle>\n              <p>PENJELASAN</p>\n              <p>ATAS</p>")
        );
        let umum = between(att, "<hcontainer name=\"umum\"", "</hcontainer>");
        assert!(umum.contains("eId=\"att_1__hcontainer_1\""));
        assert!(umum.contains("<p>Bekerja merupakan hak asasi.</p>"));
        let pasal = between(att, "<hcontainer name=\"pasalDemiPasal\"", "</mainBody>");
        assert!(pasal.contains("<article eId=\"att_1__art_1\">"));
        assert!(pasal.contains("<article eId=\"att_1__art_2\">"));
        assert!(pasal.contains("<paragraph eId=\"att_1__art_2__para_1\">"));
        assert!(pasal.contains("<num>Ayat (1)</num>"));
        assert!(pasal.contains("<point eId=\"att_1__art_2__para_1__point_b\">"));
        assert!(pasal.contains("<num>Huruf b</num>"));
        assert!(pasal.contains("&quot;pelatihan&quot;"));
        assert!(att.contains(
            "<p class=\"supplement\">TAMBAHAN LEMBARAN DAERAH KABUPATEN JEMBER NOMOR ...</p>"
        ));
    }

    #[test]
    fn an_empty_act_still_has_what_the_schema_requires() {
        let xml = to_akn(&Act::default(), "2026-11-29");
        assert_well_formed(&xml);
        assert!(
            xml.contains("<FRBRthis value=\"/akn/id/act/perda-daerah/2026/rancangan/!main\"/>")
        );
        assert!(xml.contains("<FRBRauthor href=\"#perda\"/>"));
        // No empty preface, preamble or conclusions; one unit in the body.
        for t in ["<preface>", "<preamble>", "<conclusions>", "<attachments>"] {
            assert!(!xml.contains(t), "{t}");
        }
        assert!(xml.contains("<body>\n      <hcontainer name=\"empty\""));
    }
}
