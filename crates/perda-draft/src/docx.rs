//! A Word document (DOCX) of a draft, written natively (WordprocessingML in a zip; no office
//! suite): F4 paper (215 × 330 mm), Bookman Old Style 12 pt, the title block, BAB, Bagian and
//! Pasal headings centred, hanging indents for ayat, huruf and angka, the signature blocks
//! placed left and right, and page numbers in the footer. Paragraphs are classed as the
//! HTML rendering classes them ([`crate::html`]); the text is written as the drafter wrote it.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;

use crate::html::classed;
use crate::xml::escape as esc;

/// An error writing the zip container (it only happens when memory runs out).
#[derive(Debug, thiserror::Error)]
#[error("cannot write the DOCX: {0}")]
pub struct DocxError(String);

/// Twentieths of a point per millimetre.
const TWIPS_PER_MM: f64 = 56.6929;

fn twips(mm: f64) -> u32 {
    (mm * TWIPS_PER_MM).round() as u32
}

/// Paragraph properties for a class: (alignment, left indent, hanging indent, space after),
/// indents in twips.
fn layout(class: &str) -> (&'static str, u32, u32, u32) {
    let step = twips(8.0);
    match class {
        "judul" => ("center", 0, 0, 0),
        "tengah" => ("center", 0, 0, 120),
        "bab" | "pasal" => ("center", 0, 0, 60),
        "ayat" => ("both", step, step, 120),
        "huruf" | "angka" => ("both", 2 * step, step, 120),
        "rinci" => ("both", 3 * step, step, 120),
        "ttd" => ("left", twips(90.0), 0, 0),
        "undang" => ("left", 0, 0, 0),
        _ => ("both", 0, 0, 120),
    }
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

fn document_xml(markdown: &str) -> String {
    let mut body = String::new();
    for (text, class) in classed(markdown) {
        let (jc, left, hanging, after) = layout(class);
        body.push_str("<w:p><w:pPr>");
        body.push_str(&format!("<w:spacing w:after=\"{after}\"/>"));
        if left > 0 || hanging > 0 {
            body.push_str(&format!(
                "<w:ind w:left=\"{left}\" w:hanging=\"{hanging}\"/>"
            ));
        }
        body.push_str(&format!("<w:jc w:val=\"{jc}\"/></w:pPr>"));
        // A hanging indent puts the marker in the hanging part and the text after a tab.
        let (marker, rest) = match (hanging > 0, text.split_once(' ')) {
            (true, Some((m, r))) => (Some(m), r),
            _ => (None, text.as_str()),
        };
        let bold = if class == "judul" {
            "<w:rPr><w:b/></w:rPr>"
        } else {
            ""
        };
        if let Some(m) = marker {
            body.push_str(&format!(
                "<w:r>{bold}<w:t xml:space=\"preserve\">{}</w:t></w:r><w:r>{bold}<w:tab/></w:r>",
                esc(m)
            ));
        }
        body.push_str(&format!(
            "<w:r>{bold}<w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            esc(rest)
        ));
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="{}" w:h="{}"/><w:pgMar w:top="{}" w:right="{}" w:bottom="{}" w:left="{}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>"#,
        twips(215.0),
        twips(330.0),
        twips(25.0),
        twips(20.0),
        twips(25.0),
        twips(30.0)
    )
}

fn styles_xml() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Bookman Old Style" w:hAnsi="Bookman Old Style" w:cs="Bookman Old Style" w:eastAsia="Bookman Old Style"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="id-ID"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#
    )
}

fn footer_xml() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="{W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>"#
    )
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"#;

/// The DOCX bytes of a Markdown draft.
pub fn to_docx(markdown: &str) -> Result<Vec<u8>, DocxError> {
    let err = |e: &dyn std::fmt::Display| DocxError(e.to_string());
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default();
    let parts: [(&str, String); 6] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", ROOT_RELS.to_string()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_string()),
        ("word/document.xml", document_xml(markdown)),
        ("word/styles.xml", styles_xml()),
        ("word/footer1.xml", footer_xml()),
    ];
    for (name, data) in parts {
        w.start_file(name, options).map_err(|e| err(&e))?;
        w.write_all(data.as_bytes()).map_err(|e| err(&e))?;
    }
    Ok(w.finish().map_err(|e| err(&e))?.into_inner())
}

#[cfg(test)]
mod tests;
