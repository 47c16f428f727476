//! HTML of a draft for reading and printing: each paragraph of the Markdown draft as one
//! `<p>`, classed by what the legal grammar says it is (title block, headings, ayat, huruf,
//! angka, signature blocks), with a print stylesheet for F4 paper (215 × 330 mm) in
//! Bookman Old Style 12 pt. pulldown-cmark finds the blocks; the text is kept exactly as
//! written (list markers included: `1.` is the drafter's number, not Markdown's), escaped.

use perda_law::grammar;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// The print stylesheet.
const STYLE: &str = r#"@page { size: 215mm 330mm; margin: 25mm 20mm 25mm 30mm;
  @bottom-center { content: counter(page); font-family: "Bookman Old Style", serif; font-size: 11pt; } }
body { font-family: "Bookman Old Style", "Bookman", "URW Bookman", serif; font-size: 12pt;
  line-height: 1.5; max-width: 165mm; margin: 2em auto; color: #000; }
p { margin: 0 0 0.6em 0; text-align: justify; }
p.tengah { text-align: center; }
p.judul { text-align: center; font-weight: bold; margin: 0; }
p.bab, p.pasal { text-align: center; margin-top: 1em; margin-bottom: 0.3em; }
p.ayat { padding-left: 2.2em; text-indent: -2.2em; }
p.huruf, p.angka { padding-left: 4.4em; text-indent: -2.2em; }
p.rinci { padding-left: 6.6em; text-indent: -2.2em; }
p.ttd { margin-left: 55%; margin-bottom: 0; text-align: left; }
p.undang { margin-bottom: 0; text-align: left; }
@media print { body { margin: 0; max-width: none; } p.pasal { break-after: avoid; } }
"#;

/// What a paragraph is, for its class.
pub(crate) fn class_of(text: &str, in_title: bool, in_signature: Option<bool>) -> &'static str {
    let t = text.trim();
    let whole = |r: Result<(&str, (String, bool)), _>| {
        r.is_ok_and(|(rest, _): (&str, _)| rest.trim().is_empty())
    };
    if whole(grammar::pasal_heading(t)) {
        return "pasal";
    }
    if whole(grammar::bab_heading(t))
        || grammar::bagian_heading(t).is_ok_and(|(rest, _)| rest.trim().is_empty())
        || whole(grammar::paragraf_heading(t))
    {
        return "bab";
    }
    if in_title {
        return "judul";
    }
    if let Some(left) = in_signature {
        return if left { "undang" } else { "ttd" };
    }
    let upper = !t.chars().any(char::is_lowercase) && t.chars().any(char::is_uppercase);
    if upper
        || t == "dan"
        || t.starts_with("Dengan Persetujuan Bersama")
        || t.starts_with("Dengan Kesepakatan Bersama")
    {
        return "tengah";
    }
    if grammar::ayat_marker(t).is_ok() {
        return "ayat";
    }
    if grammar::huruf_marker(t).is_ok() {
        return "huruf";
    }
    if grammar::angka_marker(t).is_ok() {
        return "angka";
    }
    if grammar::huruf_paren_marker(t).is_ok() || grammar::angka_paren_marker(t).is_ok() {
        return "rinci";
    }
    ""
}

/// The blocks of a Markdown draft as their source text (heading marks and Markdown
/// escapes removed, lines joined), in order.
pub(crate) fn blocks(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0usize;
    for (event, range) in Parser::new(markdown).into_offset_iter() {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::Item) => {
                if depth == 0 {
                    start = range.start;
                }
                depth += 1;
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let raw = markdown.get(start..range.end).unwrap_or("");
                    let text = raw
                        .lines()
                        .map(|l| l.trim().trim_start_matches('#').trim())
                        .filter(|l| !l.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ")
                        .replace("\\.", ".")
                        .replace("\\(", "(")
                        .replace("\\)", ")");
                    if !text.is_empty() {
                        out.push(text);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The blocks of a Markdown draft with their class (`judul`, `tengah`, `bab`, `pasal`,
/// `ayat`, `huruf`, `angka`, `rinci`, `ttd`, `undang`, or empty for body text).
pub(crate) fn classed(markdown: &str) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    let mut in_title = true;
    // Some(true): the promulgation block (left); Some(false): the enactment block (right).
    let mut signature: Option<bool> = None;
    for block in blocks(markdown) {
        let upper = block.to_uppercase();
        if upper.starts_with("DENGAN RAHMAT") {
            in_title = false;
        }
        if upper.starts_with("DITETAPKAN DI") {
            signature = Some(false);
        } else if upper.starts_with("DIUNDANGKAN DI") {
            signature = Some(true);
        } else if upper.starts_with("LEMBARAN ") || upper.starts_with("PENJELASAN") {
            signature = None;
        }
        let class = class_of(&block, in_title, signature);
        out.push((block, class));
    }
    out
}

/// A complete HTML document of a Markdown draft, titled `title`.
pub fn to_html(markdown: &str, title: &str) -> String {
    let mut out = String::with_capacity(markdown.len() * 2);
    out.push_str("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    out.push_str(&crate::xml::escape(title));
    out.push_str("</title>\n<style>\n");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n");
    for (block, class) in classed(markdown) {
        if class.is_empty() {
            out.push_str("<p>");
        } else {
            out.push_str("<p class=\"");
            out.push_str(class);
            out.push_str("\">");
        }
        out.push_str(&crate::xml::escape(&block));
        out.push_str("</p>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "RANCANGAN\n\nPERATURAN DAERAH KABUPATEN JEMBER\n\nNOMOR ... TAHUN ...\n\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n\nBUPATI JEMBER,\n\nMenimbang:\n\na. bahwa x & y;\n\n##### Pasal 1\n\nDalam Peraturan Daerah ini yang dimaksud dengan:\n\n1. Daerah adalah Kabupaten Jember.\n\n3. Bupati adalah Bupati Jember.\n\nPasal 2\n\n(1) Satu <dua>.\n\nDitetapkan di Jember\n\npada tanggal ...\n\nBUPATI JEMBER,\n\nDiundangkan di Jember\n";

    #[test]
    fn classes_paragraphs_by_the_legal_grammar_and_keeps_the_numbers() {
        let html = to_html(DRAFT, "Raperda");
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("size: 215mm 330mm"));
        assert!(html.contains("Bookman Old Style"));
        assert!(html.contains("<p class=\"judul\">PERATURAN DAERAH KABUPATEN JEMBER</p>"));
        assert!(html.contains("<p class=\"tengah\">BUPATI JEMBER,</p>"));
        assert!(html.contains("<p class=\"huruf\">a. bahwa x &amp; y;</p>"));
        assert!(html.contains("<p class=\"pasal\">Pasal 1</p>"));
        assert!(html.contains("<p class=\"pasal\">Pasal 2</p>"));
        // The drafter's `3.` stays `3.` (Markdown would renumber it).
        assert!(html.contains("<p class=\"angka\">3. Bupati adalah Bupati Jember.</p>"));
        assert!(html.contains("<p class=\"ayat\">(1) Satu &lt;dua&gt;.</p>"));
        assert!(html.contains("<p class=\"ttd\">BUPATI JEMBER,</p>"));
        assert!(html.contains("<p class=\"undang\">Diundangkan di Jember</p>"));
        assert_eq!(html.matches("<p").count(), 17);
        assert!(!html.contains("<script"));
    }
}
