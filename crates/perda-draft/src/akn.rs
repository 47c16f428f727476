//! Akoma Ntoso 3.0 XML of a regulation read by the parser: `<act>` with FRBR metadata and a
//! work URI for the region, the title block as `<preface>`, Menimbang as `<recitals>`,
//! Mengingat as `<citations>`, the body as chapters, parts, sections, articles, paragraphs
//! (ayat), points (huruf) and items (angka) with eIds after the Akoma Ntoso naming
//! convention (`chp_1`, `art_5`, `art_5__para_2`, `art_5__para_2__point_a`), the closing
//! formulas and signatures as `<conclusions>`, and the Penjelasan as an attachment.
//!
//! The work URI is `/akn/id/act/<kind>-<level>-<region>/<year>/<number>`, for example
//! `/akn/id/act/perda-kabupaten-jember/2026/rancangan` for a draft without number and year
//! (`rancangan` stands for the open number).

use std::collections::HashSet;

use perda_law::structure::{Act, ActKind, Node, NodeKind, Paragraph};

use crate::xml::escape as esc;

/// Akoma Ntoso 3.0 namespace.
pub const NAMESPACE: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

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

/// The FRBR work URI of an act.
pub fn work_uri(act: &Act) -> String {
    let kind = match act.meta.kind {
        Some(ActKind::PeraturanDesa) => "perdes",
        Some(ActKind::UndangUndang) => "uu",
        _ => "perda",
    };
    let who = act
        .meta
        .region
        .as_deref()
        .map(slug)
        .unwrap_or_else(|| "daerah".to_string());
    let year = act
        .meta
        .year
        .map_or_else(|| "rancangan".to_string(), |y| y.to_string());
    let number = act
        .meta
        .number
        .as_deref()
        .filter(|n| n.chars().all(|c| c.is_ascii_alphanumeric()) && !n.is_empty())
        .map_or_else(|| "rancangan".to_string(), str::to_string);
    format!("/akn/id/act/{kind}-{who}/{year}/{number}")
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

    /// Menimbang or Mengingat: a container (`recitals`/`citations`) of numbered entries.
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
        self.line(3, &format!("<{outer} eId=\"{outer_id}\">"));
        self.line(4, &format!("<intro><p>{intro}</p></intro>"));
        for c in nodes {
            let id = self.id(format!("{outer_id}__{inner_id}_{}", slug(&c.number)));
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

fn element(kind: NodeKind) -> (&'static str, &'static str) {
    match kind {
        NodeKind::Chapter => ("chapter", "chp"),
        NodeKind::Part => ("part", "part"),
        NodeKind::Section => ("section", "sec"),
        NodeKind::Article => ("article", "art"),
        NodeKind::Clause => ("paragraph", "para"),
        NodeKind::Point => ("point", "point"),
        NodeKind::Item => ("point", "item"),
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

fn node(out: &mut Out, n: &Node, parent: &str, indent: usize) {
    let (tag, prefix) = element(n.kind);
    // Articles are numbered through the whole act, so their eId stands alone.
    let local = format!("{prefix}_{}", slug(&n.number).replace('-', ""));
    let wanted = if n.kind == NodeKind::Article || parent.is_empty() {
        local
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
            node(out, c, &id, indent + 1);
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
    let uri = work_uri(act);
    let mut out = Out {
        xml: String::new(),
        ids: HashSet::new(),
    };
    let name = match act.meta.kind {
        Some(ActKind::PeraturanDesa) => "peraturanDesa",
        _ => "peraturanDaerah",
    };
    out.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.line(0, &format!("<akomaNtoso xmlns=\"{NAMESPACE}\">"));
    out.line(1, &format!("<act name=\"{name}\">"));
    out.line(2, "<meta>");
    out.line(3, "<identification source=\"#perda\">");
    let date = esc(date);
    for (tag, this, extra) in [
        ("FRBRWork", format!("{uri}/!main"), String::new()),
        (
            "FRBRExpression",
            format!("{uri}/ind@/!main"),
            "<FRBRlanguage language=\"ind\"/>".to_string(),
        ),
        (
            "FRBRManifestation",
            format!("{uri}/ind@/!main.xml"),
            String::new(),
        ),
    ] {
        let uri_here = this
            .trim_end_matches("/!main")
            .trim_end_matches("/!main.xml");
        out.line(4, &format!("<{tag}>"));
        out.line(5, &format!("<FRBRthis value=\"{}\"/>", esc(&this)));
        out.line(5, &format!("<FRBRuri value=\"{}\"/>", esc(uri_here)));
        out.line(
            5,
            &format!("<FRBRdate date=\"{date}\" name=\"generation\"/>"),
        );
        out.line(5, "<FRBRauthor href=\"#perda\"/>");
        if tag == "FRBRWork" {
            out.line(5, "<FRBRcountry value=\"id\"/>");
        }
        if !extra.is_empty() {
            out.line(5, &extra);
        }
        out.line(4, &format!("</{tag}>"));
    }
    out.line(3, "</identification>");
    out.line(3, "<references source=\"#perda\">");
    out.line(
        4,
        "<TLCOrganization eId=\"perda\" href=\"/ontology/organization/perda\" showAs=\"perda\"/>",
    );
    out.line(3, "</references>");
    out.line(2, "</meta>");

    out.line(2, "<preface>");
    out.line(3, "<longTitle>");
    out.paragraphs(4, "p", &act.preamble.title);
    out.line(3, "</longTitle>");
    out.line(2, "</preface>");

    out.line(2, "<preamble>");
    if let Some(g) = &act.preamble.grace {
        out.line(
            3,
            &format!(
                "<formula name=\"enactingFormula\"><p>{}</p></formula>",
                esc(&g.text)
            ),
        );
    }
    if let Some(o) = &act.preamble.office {
        out.line(3, &format!("<p>{}</p>", esc(&o.text)));
    }
    out.list(
        &act.preamble.considerations,
        ("recitals", "recs"),
        ("recital", "rec"),
        "Menimbang:",
    );
    out.list(
        &act.preamble.legal_bases,
        ("citations", "cits"),
        ("citation", "cit"),
        "Mengingat:",
    );
    out.paragraphs(3, "p", &act.preamble.agreement);
    out.paragraphs(3, "p", &act.preamble.decision);
    out.line(2, "</preamble>");

    out.line(2, "<body>");
    for n in &act.body {
        node(&mut out, n, "", 3);
    }
    out.line(2, "</body>");

    out.line(2, "<conclusions>");
    if let Some(p) = &act.closing.publication {
        out.line(
            3,
            &format!(
                "<formula name=\"promulgationOrder\"><p>{}</p></formula>",
                esc(&p.text)
            ),
        );
    }
    for (sig, role) in [
        (&act.closing.enacted, "enactment"),
        (&act.closing.promulgated, "promulgation"),
    ] {
        if let Some(s) = sig {
            out.line(3, &format!("<blockContainer class=\"{role}\">"));
            for (label, value) in [
                ("place", &s.place),
                ("date", &s.date),
                ("office", &s.office),
                ("name", &s.name),
            ] {
                if let Some(v) = value {
                    out.line(4, &format!("<p class=\"{label}\">{}</p>", esc(v)));
                }
            }
            out.line(3, "</blockContainer>");
        }
    }
    if let Some(g) = &act.closing.gazette {
        out.line(3, &format!("<p class=\"gazette\">{}</p>", esc(&g.text)));
    }
    out.line(2, "</conclusions>");

    if let Some(e) = &act.elucidation {
        out.line(2, "<attachments>");
        out.line(3, "<attachment eId=\"att_1\">");
        out.line(4, "<doc name=\"penjelasan\">");
        out.line(5, "<meta/>");
        out.line(5, "<preface>");
        out.paragraphs(6, "p", &e.title);
        out.line(5, "</preface>");
        out.line(5, "<mainBody>");
        out.line(6, "<hcontainer name=\"umum\" eId=\"att_1__umum\">");
        out.line(7, "<content>");
        out.paragraphs(8, "p", &e.general);
        if e.general.is_empty() {
            out.line(8, "<p/>");
        }
        out.line(7, "</content>");
        out.line(6, "</hcontainer>");
        for a in e.articles.iter().filter(|a| a.kind == NodeKind::Article) {
            let id = out.id(format!("att_1__art_{}", slug(&a.number).replace('-', "")));
            out.line(6, &format!("<hcontainer name=\"pasal\" eId=\"{id}\">"));
            out.line(7, &format!("<num>Pasal {}</num>", esc(&a.number)));
            out.line(7, "<content>");
            out.line(8, &format!("<p>{}</p>", esc(a.full_text().trim())));
            out.line(7, "</content>");
            out.line(6, "</hcontainer>");
        }
        out.line(5, "</mainBody>");
        out.line(4, "</doc>");
        out.line(3, "</attachment>");
        out.line(2, "</attachments>");
    }
    out.line(1, "</act>");
    out.line(0, "</akomaNtoso>");
    out.xml
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMenimbang : a. bahwa x & y;\nb. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu membentuk Peraturan Daerah tentang Pelindungan Pekerja Migran Indonesia;\nMengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 18 Tahun 2017;\nMEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nBAB I\nKETENTUAN UMUM\nPasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kabupaten Jember.\n2. Bupati adalah Bupati Jember.\nBAB II\nTUGAS\nPasal 2\n(1) Pemerintah Daerah melakukan:\na. pendataan; dan\nb. pelatihan.\n(2) Cukup <satu>.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Jember.\nDitetapkan di Jember\npada tanggal ...\nBUPATI JEMBER,\n...\n";

    #[test]
    fn writes_the_structure_with_unique_eids_and_a_work_uri() {
        let act = perda_law::parse_str("d.txt", DRAFT).unwrap();
        let xml = to_akn(&act, "2026-11-29");
        assert!(xml.contains(&format!("<akomaNtoso xmlns=\"{NAMESPACE}\">")));
        assert!(xml.contains(
            "<FRBRthis value=\"/akn/id/act/perda-kabupaten-jember/rancangan/rancangan/!main\"/>"
        ));
        assert!(xml.contains("<chapter eId=\"chp_i\">"));
        assert!(xml.contains("<article eId=\"art_2\">"));
        assert!(xml.contains("<paragraph eId=\"art_2__para_1\">"));
        assert!(xml.contains("<point eId=\"art_2__para_1__point_b\">"));
        assert!(xml.contains("<point eId=\"art_1__item_2\">"));
        assert!(xml.contains("<recital eId=\"recs__rec_a\">"));
        assert!(xml.contains("<citation eId=\"cits__cit_2\">"));
        assert!(xml.contains("bahwa x &amp; y;"));
        assert!(xml.contains("Cukup &lt;satu&gt;."));
        assert!(xml.contains("<formula name=\"promulgationOrder\">"));
        let ids: Vec<&str> = xml
            .match_indices("eId=\"")
            .filter_map(|(i, _)| xml.get(i + 5..)?.split('"').next())
            .collect();
        let unique: HashSet<&&str> = ids.iter().collect();
        assert_eq!(ids.len(), unique.len());
        // Balanced elements.
        for tag in [
            "article",
            "chapter",
            "paragraph",
            "point",
            "recital",
            "citation",
        ] {
            assert_eq!(
                xml.matches(&format!("<{tag} ")).count(),
                xml.matches(&format!("</{tag}>")).count(),
                "{tag}"
            );
        }
    }
}
