//! Tests of the DOCX writer: drafts read back the same, and every part of the package keeps
//! the rules of ECMA-376 (ISO/IEC 29500) that Microsoft Word enforces when it opens a file
//! and LibreOffice does not.
//!
//! Word refuses a file ("unreadable content") whose XML breaks the schema; LibreOffice reads
//! almost anything. The conformance check below ([`conformance`]) is a small validator for the
//! part of WordprocessingML and of the Open Packaging Conventions that the writer uses:
//!
//! - every XML part well-formed (UTF-8, no DTD, only the predefined entities, only XML 1.0
//!   characters, every prefix declared, one root);
//! - the children of each element in the order of its `xsd:sequence`, each allowed element at
//!   most as often as the schema says, required elements present; unknown elements refused;
//! - the attributes of each element known, required ones present, values of the type the
//!   schema gives (enumerations, integers, on/off, language tags);
//! - `[Content_Types].xml`: a content type for every part, no override for a missing part, no
//!   duplicates, the content type each relationship type requires;
//! - relationships: unique ids, every internal target an existing part, every part reached
//!   from the package relationships, every `r:id` resolving in the part's relationships (a
//!   `footerReference` to a footer);
//! - `w:id` of annotations unique, and each range end matching a start.
//!
//! Element orders and attribute types are those of the transitional WordprocessingML schema
//! (ECMA-376 Part 1 and Part 4, `wml.xsd`: `CT_PPrBase`, `CT_PPr`, `EG_RPrBase`, `CT_SectPr` /
//! `EG_SectPrContents`, `CT_Style`, `CT_Styles`, `CT_DocDefaults`, `CT_Body`, `CT_P`, `CT_R` /
//! `EG_RunInnerContent`, `CT_HdrFtr`, `CT_PageMar`, `CT_HdrFtrRef`, `CT_FldChar`, `CT_Spacing`,
//! `CT_Ind`, `ST_Jc`), and of ECMA-376 Part 2 (`opc-contentTypes.xsd`,
//! `opc-relationships.xsd`). Where the editions differ the check takes the narrower rule, so
//! the output stays within both ECMA-376 1st edition (what Word 2007 implements) and the
//! transitional schema of later Word:
//!
//! - run properties in the order `EG_RPrBase` lists them (the transitional schema accepts
//!   them in any order, but Word writes this one and the Open XML SDK validator, run by
//!   `scripts/docx-validate.sh`, refuses another);
//! - `w:jc` values and `w:ind` attributes of the 1st edition (`left`/`right`, not the later
//!   `start`/`end`);
//! - measures as integers (twentieths of a point, half-points), not the universal measures
//!   (`12pt`) that only ISO/IEC 29500 allows.
//!
//! Elements the writer never emits are listed for their position only (their content is not
//! checked); a part whose content type has no model here (settings, numbering, ...) is an
//! error, so a writer that adds one must extend the model first.

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read, Write};

use quick_xml::NsReader;
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;

use super::*;
use crate::check::{Document, ReadOptions, Selection, check_document};

const DRAFTS: [(&str, &str); 6] = [
    (
        "desa-sukamaju",
        include_str!("../../../../examples/drafts/desa-sukamaju.md"),
    ),
    (
        "kabupaten-flores-timur",
        include_str!("../../../../examples/drafts/kabupaten-flores-timur.md"),
    ),
    (
        "kabupaten-jember",
        include_str!("../../../../examples/drafts/kabupaten-jember.md"),
    ),
    (
        "kabupaten-probolinggo",
        include_str!("../../../../examples/drafts/kabupaten-probolinggo.md"),
    ),
    (
        "kota-bontang",
        include_str!("../../../../examples/drafts/kota-bontang.md"),
    ),
    (
        "provinsi-jawa-timur",
        include_str!("../../../../examples/drafts/provinsi-jawa-timur.md"),
    ),
];

#[test]
fn a_draft_written_as_docx_reads_back_the_same() {
    let md = DRAFTS[0].1;
    for (_, draft) in [DRAFTS[0], DRAFTS[2], DRAFTS[5]] {
        let bytes = to_docx(draft).unwrap();
        let src = perda_law::Source::from_docx("d.docx", &bytes).unwrap();
        let doc = Document::new(&src, &ReadOptions::default()).unwrap();
        let report = check_document(&doc, &Selection::default());
        assert_eq!(report.findings, [], "{:#?}", report.findings);
        assert!(
            report
                .coverage
                .iter()
                .filter(|c| c.modality == "duty")
                .all(|c| c.status == crate::check::Status::Covered)
        );
    }
    let xml = document_xml(md);
    assert!(xml.contains(r#"<w:pgSz w:w="12189" w:h="18709"/>"#));
    assert!(xml.contains(
        "<w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Pasal 1</w:t>"
    ));
    assert!(styles_xml().contains("Bookman Old Style"));
    assert!(footer_xml().contains(" PAGE "));
}

#[test]
fn every_example_draft_is_a_conforming_package() {
    for (name, draft) in DRAFTS {
        let bytes = to_docx(draft).unwrap();
        let errors = conformance::check(&bytes);
        assert!(errors.is_empty(), "{name}:\n{}", shown(&errors));
    }
}

#[test]
fn awkward_text_still_makes_a_conforming_package() {
    // Markup characters, controls XML forbids, tabs, a noncharacter, a marker without text.
    let md = "RANCANGAN\n\nPERATURAN <DESA> & \"X\"\n\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n\n\
              Pasal 1\n\n(1) a\u{1}b\tc\u{FFFF}d 'e' ]]> </w:t>\n\n(2)\n\na. \n\n1. x\n\n\
              Ditetapkan di X\n\nKEPALA DESA X,\n\nDiundangkan di X\n";
    let errors = conformance::check(&to_docx(md).unwrap());
    assert!(errors.is_empty(), "{}", shown(&errors));
    let errors = conformance::check(&to_docx("").unwrap());
    assert!(errors.is_empty(), "{}", shown(&errors));
}

#[test]
fn the_schema_model_names_only_defined_types() {
    let schema = conformance::Schema::wml();
    for (name, ty) in &schema.types {
        if let conformance::Content::Seq(particles) = &ty.content {
            for p in particles {
                for (el, child) in &p.elements {
                    assert!(
                        schema.types.contains_key(child),
                        "{name}: {el} has the undefined type {child}"
                    );
                }
            }
        }
    }
}

/// The first errors of a list, and how many there are, for a failing assertion.
fn shown(errors: &[String]) -> String {
    let mut s = errors
        .iter()
        .take(40)
        .cloned()
        .collect::<Vec<_>>()
        .join("\n");
    if errors.len() > 40 {
        s.push_str(&format!("\n... {} errors in all", errors.len()));
    }
    s
}

/// The package of a draft with one part rewritten by `edit`.
fn edited(part: &str, edit: impl Fn(&str) -> String) -> Vec<u8> {
    let bytes = to_docx(DRAFTS[2].1).unwrap();
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let mut found = false;
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let mut data = String::new();
        file.read_to_string(&mut data).unwrap();
        if name == part {
            let new = edit(&data);
            assert_ne!(new, data, "the edit of {part} changed nothing");
            data = new;
            found = true;
        }
        if data.is_empty() {
            continue; // an edit that removes the part
        }
        w.start_file(name, SimpleFileOptions::default()).unwrap();
        w.write_all(data.as_bytes()).unwrap();
    }
    assert!(found, "no part {part}");
    w.finish().unwrap().into_inner()
}

/// Breaks the writer's output in ways Word refuses (LibreOffice reads most of them anyway):
/// the check must name each fault.
#[test]
fn the_conformance_check_refuses_what_word_refuses() {
    let doc = "word/document.xml";
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "paragraph properties out of order",
            edited(doc, |s| {
                s.replacen(
                    r#"<w:spacing w:after="120"/><w:jc w:val="both"/>"#,
                    r#"<w:jc w:val="both"/><w:spacing w:after="120"/>"#,
                    1,
                )
            }),
            "w:spacing is out of order: it comes before w:jc",
        ),
        (
            "run properties out of order",
            edited("word/styles.xml", |s| {
                s.replace(
                    r#"<w:sz w:val="24"/><w:szCs w:val="24"/>"#,
                    r#"<w:szCs w:val="24"/><w:sz w:val="24"/>"#,
                )
            }),
            "w:sz is out of order: it comes before w:szCs",
        ),
        (
            "section properties out of order",
            edited(doc, |s| {
                let (a, b) = (s.find("<w:pgSz").unwrap(), s.find("<w:pgMar").unwrap());
                let end = s[b..].find("/>").unwrap() + b + 2;
                format!("{}{}{}{}", &s[..a], &s[b..end], &s[a..b], &s[end..])
            }),
            "w:pgSz is out of order: it comes before w:pgMar",
        ),
        (
            "a footer reference after the page size",
            edited(doc, |s| {
                let r = r#"<w:footerReference w:type="default" r:id="rIdFooter"/>"#;
                s.replace(r, "")
                    .replace("</w:sectPr>", &format!("{r}</w:sectPr>"))
            }),
            "w:footerReference is out of order",
        ),
        (
            "a required attribute missing",
            edited(doc, |s| s.replace(r#" w:gutter="0""#, "")),
            "w:pgMar lacks the required attribute w:gutter",
        ),
        (
            "an attribute the element does not have",
            edited(doc, |s| {
                s.replacen("<w:jc w:val", "<w:jc w:align=\"x\" w:val", 1)
            }),
            "w:jc has no attribute w:align",
        ),
        (
            "a value outside the enumeration",
            edited(doc, |s| {
                s.replacen(r#"<w:jc w:val="both"/>"#, r#"<w:jc w:val="justify"/>"#, 1)
            }),
            "w:jc/@w:val: \"justify\" is not one of",
        ),
        (
            "a value of ISO/IEC 29500 that Word 2007 does not read",
            edited(doc, |s| {
                s.replacen(r#"<w:jc w:val="both"/>"#, r#"<w:jc w:val="start"/>"#, 1)
            }),
            "\"start\" is not one of",
        ),
        (
            "a measure that is not an integer",
            edited(doc, |s| {
                s.replacen(r#"w:after="120""#, r#"w:after="6pt""#, 1)
            }),
            "w:spacing/@w:after: \"6pt\" is not an unsigned integer",
        ),
        (
            "an unknown element",
            edited(doc, |s| s.replacen("<w:pPr>", "<w:pPr><w:align/>", 1)),
            "w:align is not allowed in w:pPr",
        ),
        (
            "an element twice",
            edited(doc, |s| {
                s.replacen("<w:pPr>", r#"<w:pPr><w:spacing w:after="0"/>"#, 1)
            }),
            "w:spacing occurs too often in w:pPr",
        ),
        (
            "text where only elements may be",
            edited(doc, |s| s.replacen("<w:pPr>", "<w:pPr>x", 1)),
            "text is not allowed in w:pPr",
        ),
        (
            "an element in another namespace",
            edited(doc, |s| {
                s.replacen("<w:body>", "<w:body><x:p xmlns:x=\"urn:x\"/>", 1)
            }),
            "{urn:x}p is not in the WordprocessingML namespace",
        ),
        (
            "an undeclared prefix",
            edited(doc, |s| s.replacen("<w:pPr>", "<w:pPr><v:x/>", 1)),
            "not well-formed",
        ),
        (
            "a tag not closed",
            edited(doc, |s| s.replacen("</w:p>", "", 1)),
            "not well-formed",
        ),
        (
            "a DTD",
            edited(doc, |s| {
                s.replacen("<w:document", "<!DOCTYPE w:document><w:document", 1)
            }),
            "a DTD is not allowed",
        ),
        (
            "an entity XML does not predefine",
            edited(doc, |s| s.replacen("Pasal 1<", "Pasal&nbsp;1<", 1)),
            "undefined entity &nbsp;",
        ),
        (
            "a character XML forbids",
            edited(doc, |s| s.replacen("Pasal 1<", "Pasal&#1;1<", 1)),
            "character U+0001",
        ),
        (
            "a relationship id that resolves nowhere",
            edited(doc, |s| s.replace("rIdFooter", "rId9")),
            "r:id \"rId9\" is not a relationship of word/document.xml",
        ),
        (
            "a footer reference to the styles",
            edited(doc, |s| s.replace("rIdFooter", "rIdStyles")),
            "w:footerReference points to a relationship of type",
        ),
        (
            "a relationship to a missing part",
            edited("word/_rels/document.xml.rels", |s| {
                s.replace("footer1.xml", "footer2.xml")
            }),
            "targets word/footer2.xml, which is not in the package",
        ),
        (
            "a part without its content type",
            edited("[Content_Types].xml", |s| {
                let a = s.find(r#"<Override PartName="/word/footer1.xml""#).unwrap();
                let b = s[a..].find("/>").unwrap() + a + 2;
                format!("{}{}", &s[..a], &s[b..])
            }),
            "word/footer1.xml has the content type application/xml; a relationship of type",
        ),
        (
            "an override for a missing part",
            edited("[Content_Types].xml", |s| {
                s.replace(
                    "</Types>",
                    r#"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>"#,
                )
            }),
            "an override for /word/settings.xml, which is not in the package",
        ),
        (
            "a part nothing refers to",
            edited("word/_rels/document.xml.rels", |s| {
                let a = s.find(r#"<Relationship Id="rIdStyles""#).unwrap();
                let b = s[a..].find("/>").unwrap() + a + 2;
                format!("{}{}", &s[..a], &s[b..])
            }),
            "word/styles.xml is not the target of any relationship",
        ),
        (
            "two relationships with one id",
            edited("word/_rels/document.xml.rels", |s| {
                s.replace("rIdStyles", "rIdFooter")
            }),
            "the relationship id rIdFooter twice",
        ),
        (
            "two bookmarks with one id",
            edited(doc, |s| {
                s.replacen(
                    "</w:pPr>",
                    r#"</w:pPr><w:bookmarkStart w:id="0" w:name="a"/><w:bookmarkEnd w:id="0"/><w:bookmarkStart w:id="0" w:name="b"/><w:bookmarkEnd w:id="0"/>"#,
                    1,
                )
            }),
            "w:id 0 used twice",
        ),
        (
            "a range end without a start",
            edited(doc, |s| {
                s.replacen("</w:pPr>", r#"</w:pPr><w:bookmarkEnd w:id="4"/>"#, 1)
            }),
            "w:bookmarkEnd w:id 4 ends no range that starts in this part",
        ),
        (
            "a part the model does not know",
            edited("[Content_Types].xml", |s| {
                s.replace(
                    "wordprocessingml.styles+xml",
                    "wordprocessingml.numbering+xml",
                )
            }),
            "word/styles.xml: no model of the content type",
        ),
    ];
    for (what, bytes, expected) in cases {
        let errors = conformance::check(&bytes);
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "{what}: expected an error containing {expected:?}, got:\n{}",
            shown(&errors)
        );
    }
}

/// Extensions of later Word versions in namespaces the root marks `mc:Ignorable` are
/// skipped, as Word skips them (ECMA-376 Part 3).
#[test]
fn ignorable_namespaces_are_skipped() {
    let bytes = edited("word/document.xml", |s| {
        s.replacen(
            "<w:document ",
            "<w:document xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" \
             xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\" ",
            1,
        )
        .replacen("<w:p>", "<w:p w14:paraId=\"1A2B3C4D\"><w14:x/>", 1)
    });
    let errors = conformance::check(&bytes);
    assert!(errors.is_empty(), "{}", shown(&errors));
}

/// A validator for the WordprocessingML and Open Packaging Conventions the writer uses (see
/// the module documentation).
pub(super) mod conformance {
    use super::*;

    const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
    const MC_NS: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    const CT_NS: &str = "http://schemas.openxmlformats.org/package/2006/content-types";
    const PR_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

    const WML: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    const MAIN: &str =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    const RELS: &str = "application/vnd.openxmlformats-package.relationships+xml";
    const OFFICE_DOCUMENT: &str =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    /// The content type a relationship type requires of its target (ECMA-376 Part 1 §11 and
    /// §15, Part 2 Annex E).
    fn target_content_type(rel_type: &str) -> Option<String> {
        let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        let package = "http://schemas.openxmlformats.org/package/2006/relationships/";
        let short = rel_type
            .strip_prefix(office)
            .or_else(|| rel_type.strip_prefix(package))?;
        Some(match short {
            "officeDocument" => MAIN.to_string(),
            "styles" | "footer" | "header" | "settings" | "numbering" | "fontTable"
            | "footnotes" | "endnotes" | "comments" | "webSettings" => {
                format!("{WML}{short}+xml")
            }
            "theme" => "application/vnd.openxmlformats-officedocument.theme+xml".to_string(),
            "metadata/core-properties" => {
                "application/vnd.openxmlformats-package.core-properties+xml".to_string()
            }
            "extended-properties" => {
                "application/vnd.openxmlformats-officedocument.extended-properties+xml".to_string()
            }
            _ => return None,
        })
    }

    /// The root element and its type for a part's content type, where the model has one.
    fn root_of(content_type: &str) -> Option<(&'static str, &'static str, &'static str)> {
        Some(match content_type {
            MAIN => (W_NS, "document", "CT_Document"),
            c if c == format!("{WML}styles+xml") => (W_NS, "styles", "CT_Styles"),
            c if c == format!("{WML}footer+xml") => (W_NS, "ftr", "CT_HdrFtr"),
            c if c == format!("{WML}header+xml") => (W_NS, "hdr", "CT_HdrFtr"),
            _ => return None,
        })
    }

    // ---------------------------------------------------------------------------------
    // The schema model
    // ---------------------------------------------------------------------------------

    /// The type of an attribute value.
    #[derive(Clone, Copy, Debug)]
    pub enum Val {
        /// `s:ST_String`: anything.
        Str,
        /// `ST_DecimalNumber`, `ST_SignedTwipsMeasure`, `ST_SignedHpsMeasure`: an integer.
        Int,
        /// `s:ST_TwipsMeasure`, `ST_HpsMeasure`, `s:ST_UnsignedDecimalNumber`: a
        /// non-negative integer.
        UInt,
        /// `s:ST_OnOff`.
        OnOff,
        /// `s:ST_Lang`: a language tag (`id-ID`).
        Lang,
        /// `ST_LongHexNumber`: four bytes in hexadecimal.
        LongHex,
        /// An enumeration.
        Enum(&'static [&'static str]),
    }

    /// An attribute of an element type.
    #[derive(Debug)]
    pub struct Attr {
        pub ns: &'static str,
        pub name: &'static str,
        pub required: bool,
        pub val: Val,
    }

    /// One particle of a sequence: one of `elements`, between `min` and `max` times
    /// (`max` 0: unbounded).
    #[derive(Debug)]
    pub struct Particle {
        pub ns: &'static str,
        pub elements: Vec<(&'static str, &'static str)>,
        pub min: u32,
        pub max: u32,
    }

    /// What an element may contain.
    #[derive(Debug)]
    pub enum Content {
        /// Nothing (`CT_Empty`, and the simple types with attributes only).
        Empty,
        /// Character data (`CT_Text`).
        Text,
        /// Child elements in sequence.
        Seq(Vec<Particle>),
        /// Not checked: elements the writer does not emit, listed for their position.
        Unchecked,
    }

    #[derive(Debug)]
    pub struct Type {
        pub attrs: Vec<Attr>,
        pub content: Content,
    }

    pub struct Schema {
        pub types: HashMap<&'static str, Type>,
    }

    fn w(name: &'static str, val: Val) -> Attr {
        Attr {
            ns: W_NS,
            name,
            required: false,
            val,
        }
    }

    fn w_req(name: &'static str, val: Val) -> Attr {
        Attr {
            required: true,
            ..w(name, val)
        }
    }

    fn opt(name: &'static str, ty: &'static str) -> Particle {
        Particle {
            ns: W_NS,
            elements: vec![(name, ty)],
            min: 0,
            max: 1,
        }
    }

    fn any_of(elements: &[(&'static str, &'static str)], min: u32, max: u32) -> Particle {
        Particle {
            ns: W_NS,
            elements: elements.to_vec(),
            min,
            max,
        }
    }

    const ON_OFF: Val = Val::OnOff;
    const RSIDS_P: [&str; 5] = ["rsidRPr", "rsidR", "rsidDel", "rsidP", "rsidRDefault"];

    /// `CT_PPrBase` (ECMA-376 Part 1 §17.3.1.26, `wml.xsd`), in sequence order.
    fn ppr_base() -> Vec<Particle> {
        [
            ("pStyle", "CT_String"),
            ("keepNext", "CT_OnOff"),
            ("keepLines", "CT_OnOff"),
            ("pageBreakBefore", "CT_OnOff"),
            ("framePr", "unchecked"),
            ("widowControl", "CT_OnOff"),
            ("numPr", "unchecked"),
            ("suppressLineNumbers", "CT_OnOff"),
            ("pBdr", "unchecked"),
            ("shd", "unchecked"),
            ("tabs", "unchecked"),
            ("suppressAutoHyphens", "CT_OnOff"),
            ("kinsoku", "CT_OnOff"),
            ("wordWrap", "CT_OnOff"),
            ("overflowPunct", "CT_OnOff"),
            ("topLinePunct", "CT_OnOff"),
            ("autoSpaceDE", "CT_OnOff"),
            ("autoSpaceDN", "CT_OnOff"),
            ("bidi", "CT_OnOff"),
            ("adjustRightInd", "CT_OnOff"),
            ("snapToGrid", "CT_OnOff"),
            ("spacing", "CT_Spacing"),
            ("ind", "CT_Ind"),
            ("contextualSpacing", "CT_OnOff"),
            ("mirrorIndents", "CT_OnOff"),
            ("suppressOverlap", "CT_OnOff"),
            ("jc", "CT_Jc"),
            ("textDirection", "unchecked"),
            ("textAlignment", "unchecked"),
            ("textboxTightWrap", "unchecked"),
            ("outlineLvl", "CT_DecimalNumber"),
            ("divId", "CT_DecimalNumber"),
            ("cnfStyle", "unchecked"),
        ]
        .into_iter()
        .map(|(n, t)| opt(n, t))
        .collect()
    }

    /// `EG_RPrBase` (§17.3.2), in the order the schema lists them, which the check requires
    /// (see the module documentation).
    fn rpr_base() -> Vec<Particle> {
        [
            ("rStyle", "CT_String"),
            ("rFonts", "CT_Fonts"),
            ("b", "CT_OnOff"),
            ("bCs", "CT_OnOff"),
            ("i", "CT_OnOff"),
            ("iCs", "CT_OnOff"),
            ("caps", "CT_OnOff"),
            ("smallCaps", "CT_OnOff"),
            ("strike", "CT_OnOff"),
            ("dstrike", "CT_OnOff"),
            ("outline", "CT_OnOff"),
            ("shadow", "CT_OnOff"),
            ("emboss", "CT_OnOff"),
            ("imprint", "CT_OnOff"),
            ("noProof", "CT_OnOff"),
            ("snapToGrid", "CT_OnOff"),
            ("vanish", "CT_OnOff"),
            ("webHidden", "CT_OnOff"),
            ("color", "unchecked"),
            ("spacing", "CT_SignedTwipsMeasure"),
            ("w", "unchecked"),
            ("kern", "CT_HpsMeasure"),
            ("position", "CT_SignedTwipsMeasure"),
            ("sz", "CT_HpsMeasure"),
            ("szCs", "CT_HpsMeasure"),
            ("highlight", "unchecked"),
            ("u", "unchecked"),
            ("effect", "unchecked"),
            ("bdr", "unchecked"),
            ("shd", "unchecked"),
            ("fitText", "unchecked"),
            ("vertAlign", "unchecked"),
            ("rtl", "CT_OnOff"),
            ("cs", "CT_OnOff"),
            ("em", "unchecked"),
            ("lang", "CT_Language"),
            ("eastAsianLayout", "unchecked"),
            ("specVanish", "CT_OnOff"),
            ("oMath", "CT_OnOff"),
        ]
        .into_iter()
        .map(|(n, t)| opt(n, t))
        .collect()
    }

    /// `EG_SectPrContents` (§17.6.17), in sequence order.
    fn sect_pr_contents() -> Vec<Particle> {
        [
            ("footnotePr", "unchecked"),
            ("endnotePr", "unchecked"),
            ("type", "unchecked"),
            ("pgSz", "CT_PageSz"),
            ("pgMar", "CT_PageMar"),
            ("paperSrc", "unchecked"),
            ("pgBorders", "unchecked"),
            ("lnNumType", "unchecked"),
            ("pgNumType", "CT_PageNumber"),
            ("cols", "unchecked"),
            ("formProt", "CT_OnOff"),
            ("vAlign", "unchecked"),
            ("noEndnote", "CT_OnOff"),
            ("titlePg", "CT_OnOff"),
            ("textDirection", "unchecked"),
            ("bidi", "CT_OnOff"),
            ("rtlGutter", "CT_OnOff"),
            ("docGrid", "CT_DocGrid"),
            ("printerSettings", "unchecked"),
        ]
        .into_iter()
        .map(|(n, t)| opt(n, t))
        .collect()
    }

    /// `EG_BlockLevelElts` with the run-level markup allowed between blocks.
    const BLOCKS: [(&str, &str); 9] = [
        ("p", "CT_P"),
        ("tbl", "unchecked"),
        ("sdt", "unchecked"),
        ("customXml", "unchecked"),
        ("altChunk", "unchecked"),
        ("bookmarkStart", "CT_Bookmark"),
        ("bookmarkEnd", "CT_MarkupRange"),
        ("proofErr", "unchecked"),
        ("permStart", "unchecked"),
    ];

    impl Schema {
        pub fn wml() -> Schema {
            let mut t: HashMap<&'static str, Type> = HashMap::new();
            let mut def = |name, attrs, content| {
                t.insert(name, Type { attrs, content });
            };
            def("unchecked", vec![], Content::Unchecked);
            def("CT_Empty", vec![], Content::Empty);
            def("CT_OnOff", vec![w("val", ON_OFF)], Content::Empty);
            def("CT_String", vec![w_req("val", Val::Str)], Content::Empty);
            def(
                "CT_DecimalNumber",
                vec![w_req("val", Val::Int)],
                Content::Empty,
            );
            def(
                "CT_HpsMeasure",
                vec![w_req("val", Val::UInt)],
                Content::Empty,
            );
            def(
                "CT_SignedTwipsMeasure",
                vec![w_req("val", Val::Int)],
                Content::Empty,
            );
            def(
                "CT_Language",
                vec![
                    w("val", Val::Lang),
                    w("eastAsia", Val::Lang),
                    w("bidi", Val::Lang),
                ],
                Content::Empty,
            );
            let theme = Val::Enum(&[
                "majorEastAsia",
                "majorBidi",
                "majorAscii",
                "majorHAnsi",
                "minorEastAsia",
                "minorBidi",
                "minorAscii",
                "minorHAnsi",
            ]);
            def(
                "CT_Fonts",
                vec![
                    w("hint", Val::Enum(&["default", "eastAsia", "cs"])),
                    w("ascii", Val::Str),
                    w("hAnsi", Val::Str),
                    w("eastAsia", Val::Str),
                    w("cs", Val::Str),
                    w("asciiTheme", theme),
                    w("hAnsiTheme", theme),
                    w("eastAsiaTheme", theme),
                    w("cstheme", theme),
                ],
                Content::Empty,
            );
            // CT_Spacing (§17.3.1.33).
            def(
                "CT_Spacing",
                vec![
                    w("before", Val::UInt),
                    w("beforeLines", Val::Int),
                    w("beforeAutospacing", ON_OFF),
                    w("after", Val::UInt),
                    w("afterLines", Val::Int),
                    w("afterAutospacing", ON_OFF),
                    w("line", Val::Int),
                    w("lineRule", Val::Enum(&["auto", "exact", "atLeast"])),
                ],
                Content::Empty,
            );
            // CT_Ind (§17.3.1.12), the attributes of the 1st edition (no `start`, `end`).
            def(
                "CT_Ind",
                vec![
                    w("left", Val::Int),
                    w("leftChars", Val::Int),
                    w("right", Val::Int),
                    w("rightChars", Val::Int),
                    w("hanging", Val::UInt),
                    w("hangingChars", Val::Int),
                    w("firstLine", Val::UInt),
                    w("firstLineChars", Val::Int),
                ],
                Content::Empty,
            );
            // ST_Jc (§17.18.44), the values of the 1st edition: `start` and `end` came with
            // ISO/IEC 29500, and the Open XML SDK marks them Office 2010 and later.
            def(
                "CT_Jc",
                vec![w_req(
                    "val",
                    Val::Enum(&[
                        "left",
                        "center",
                        "right",
                        "both",
                        "mediumKashida",
                        "distribute",
                        "numTab",
                        "highKashida",
                        "lowKashida",
                        "thaiDistribute",
                    ]),
                )],
                Content::Empty,
            );
            let mut ppr = ppr_base();
            ppr.extend([
                opt("rPr", "CT_ParaRPr"),
                opt("sectPr", "CT_SectPr"),
                opt("pPrChange", "unchecked"),
            ]);
            def("CT_PPr", vec![], Content::Seq(ppr));
            let mut ppr_general = ppr_base();
            ppr_general.push(opt("pPrChange", "unchecked"));
            def("CT_PPrGeneral", vec![], Content::Seq(ppr_general));
            let mut rpr = rpr_base();
            rpr.push(opt("rPrChange", "unchecked"));
            def("CT_RPr", vec![], Content::Seq(rpr));
            let mut para_rpr: Vec<Particle> = ["ins", "del", "moveFrom", "moveTo"]
                .into_iter()
                .map(|n| opt(n, "unchecked"))
                .collect();
            para_rpr.extend(rpr_base());
            para_rpr.push(opt("rPrChange", "unchecked"));
            def("CT_ParaRPr", vec![], Content::Seq(para_rpr));
            // CT_Text (§17.3.3.31): xml:space.
            def(
                "CT_Text",
                vec![Attr {
                    ns: XML_NS,
                    name: "space",
                    required: false,
                    val: Val::Enum(&["default", "preserve"]),
                }],
                Content::Text,
            );
            def(
                "CT_Br",
                vec![
                    w("type", Val::Enum(&["page", "column", "textWrapping"])),
                    w("clear", Val::Enum(&["none", "left", "right", "all"])),
                ],
                Content::Empty,
            );
            // CT_FldChar (§17.16.18).
            def(
                "CT_FldChar",
                vec![
                    w_req("fldCharType", Val::Enum(&["begin", "separate", "end"])),
                    w("fldLock", ON_OFF),
                    w("dirty", ON_OFF),
                ],
                Content::Seq(vec![any_of(
                    &[
                        ("fldData", "unchecked"),
                        ("ffData", "unchecked"),
                        ("numberingChange", "unchecked"),
                    ],
                    0,
                    1,
                )]),
            );
            // CT_R (§17.3.2.25): rPr, then EG_RunInnerContent in any order.
            let rsid = |name| w(name, Val::LongHex);
            def(
                "CT_R",
                vec![rsid("rsidRPr"), rsid("rsidDel"), rsid("rsidR")],
                Content::Seq(vec![
                    opt("rPr", "CT_RPr"),
                    any_of(
                        &[
                            ("br", "CT_Br"),
                            ("t", "CT_Text"),
                            ("contentPart", "unchecked"),
                            ("delText", "CT_Text"),
                            ("instrText", "CT_Text"),
                            ("delInstrText", "CT_Text"),
                            ("noBreakHyphen", "CT_Empty"),
                            ("softHyphen", "CT_Empty"),
                            ("dayShort", "CT_Empty"),
                            ("monthShort", "CT_Empty"),
                            ("yearShort", "CT_Empty"),
                            ("dayLong", "CT_Empty"),
                            ("monthLong", "CT_Empty"),
                            ("yearLong", "CT_Empty"),
                            ("annotationRef", "CT_Empty"),
                            ("footnoteRef", "CT_Empty"),
                            ("endnoteRef", "CT_Empty"),
                            ("separator", "CT_Empty"),
                            ("continuationSeparator", "CT_Empty"),
                            ("sym", "unchecked"),
                            ("pgNum", "CT_Empty"),
                            ("cr", "CT_Empty"),
                            ("tab", "CT_Empty"),
                            ("object", "unchecked"),
                            ("pict", "unchecked"),
                            ("fldChar", "CT_FldChar"),
                            ("ruby", "unchecked"),
                            ("footnoteReference", "unchecked"),
                            ("endnoteReference", "unchecked"),
                            ("commentReference", "unchecked"),
                            ("drawing", "unchecked"),
                            ("ptab", "unchecked"),
                            ("lastRenderedPageBreak", "CT_Empty"),
                        ],
                        0,
                        0,
                    ),
                ]),
            );
            // CT_P (§17.3.1.22): pPr, then EG_PContent.
            def(
                "CT_P",
                RSIDS_P.iter().map(|n| rsid(*n)).collect(),
                Content::Seq(vec![
                    opt("pPr", "CT_PPr"),
                    any_of(
                        &[
                            ("r", "CT_R"),
                            ("hyperlink", "unchecked"),
                            ("fldSimple", "unchecked"),
                            ("smartTag", "unchecked"),
                            ("sdt", "unchecked"),
                            ("customXml", "unchecked"),
                            ("ins", "unchecked"),
                            ("del", "unchecked"),
                            ("bookmarkStart", "CT_Bookmark"),
                            ("bookmarkEnd", "CT_MarkupRange"),
                            ("commentRangeStart", "CT_MarkupRange"),
                            ("commentRangeEnd", "CT_MarkupRange"),
                            ("proofErr", "unchecked"),
                            ("permStart", "unchecked"),
                            ("permEnd", "unchecked"),
                        ],
                        0,
                        0,
                    ),
                ]),
            );
            let displaced = w("displacedByCustomXml", Val::Enum(&["next", "prev"]));
            def(
                "CT_MarkupRange",
                vec![w_req("id", Val::Int), displaced],
                Content::Empty,
            );
            def(
                "CT_Bookmark",
                vec![
                    w_req("id", Val::Int),
                    w_req("name", Val::Str),
                    w("colFirst", Val::Int),
                    w("colLast", Val::Int),
                    w("displacedByCustomXml", Val::Enum(&["next", "prev"])),
                ],
                Content::Empty,
            );
            // CT_SectPr (§17.6.17): up to six header/footer references, then the contents.
            let mut sect = vec![any_of(
                &[
                    ("headerReference", "CT_HdrFtrRef"),
                    ("footerReference", "CT_HdrFtrRef"),
                ],
                0,
                6,
            )];
            sect.extend(sect_pr_contents());
            sect.push(opt("sectPrChange", "unchecked"));
            def(
                "CT_SectPr",
                vec![
                    rsid("rsidRPr"),
                    rsid("rsidDel"),
                    rsid("rsidR"),
                    rsid("rsidSect"),
                ],
                Content::Seq(sect),
            );
            def(
                "CT_HdrFtrRef",
                vec![
                    Attr {
                        ns: R_NS,
                        name: "id",
                        required: true,
                        val: Val::Str,
                    },
                    w_req("type", Val::Enum(&["even", "default", "first"])),
                ],
                Content::Empty,
            );
            def(
                "CT_PageSz",
                vec![
                    w("w", Val::UInt),
                    w("h", Val::UInt),
                    w("orient", Val::Enum(&["portrait", "landscape"])),
                    w("code", Val::Int),
                ],
                Content::Empty,
            );
            // CT_PageMar (§17.6.11): every attribute required.
            def(
                "CT_PageMar",
                vec![
                    w_req("top", Val::Int),
                    w_req("right", Val::UInt),
                    w_req("bottom", Val::Int),
                    w_req("left", Val::UInt),
                    w_req("header", Val::UInt),
                    w_req("footer", Val::UInt),
                    w_req("gutter", Val::UInt),
                ],
                Content::Empty,
            );
            def(
                "CT_PageNumber",
                vec![
                    w("fmt", Val::Str),
                    w("start", Val::Int),
                    w("chapStyle", Val::Int),
                    w(
                        "chapSep",
                        Val::Enum(&["hyphen", "period", "colon", "emDash", "enDash"]),
                    ),
                ],
                Content::Empty,
            );
            def(
                "CT_DocGrid",
                vec![
                    w(
                        "type",
                        Val::Enum(&["default", "lines", "linesAndChars", "snapToChars"]),
                    ),
                    w("linePitch", Val::Int),
                    w("charSpace", Val::Int),
                ],
                Content::Empty,
            );
            // CT_Body (§17.2.2): blocks, then the final section properties.
            def(
                "CT_Body",
                vec![],
                Content::Seq(vec![any_of(&BLOCKS, 0, 0), opt("sectPr", "CT_SectPr")]),
            );
            def(
                "CT_Document",
                vec![w("conformance", Val::Enum(&["strict", "transitional"]))],
                Content::Seq(vec![opt("background", "unchecked"), opt("body", "CT_Body")]),
            );
            // CT_HdrFtr (§17.10.1, §17.10.3): at least one block.
            def(
                "CT_HdrFtr",
                vec![],
                Content::Seq(vec![any_of(&BLOCKS, 1, 0)]),
            );
            // CT_Styles (§17.7.4.18), CT_DocDefaults (§17.7.5.1), CT_Style (§17.7.4.17).
            def(
                "CT_Styles",
                vec![],
                Content::Seq(vec![
                    opt("docDefaults", "CT_DocDefaults"),
                    opt("latentStyles", "unchecked"),
                    any_of(&[("style", "CT_Style")], 0, 0),
                ]),
            );
            def(
                "CT_DocDefaults",
                vec![],
                Content::Seq(vec![
                    opt("rPrDefault", "CT_RPrDefault"),
                    opt("pPrDefault", "CT_PPrDefault"),
                ]),
            );
            def(
                "CT_RPrDefault",
                vec![],
                Content::Seq(vec![opt("rPr", "CT_RPr")]),
            );
            def(
                "CT_PPrDefault",
                vec![],
                Content::Seq(vec![opt("pPr", "CT_PPrGeneral")]),
            );
            def(
                "CT_Style",
                vec![
                    w(
                        "type",
                        Val::Enum(&["paragraph", "character", "table", "numbering"]),
                    ),
                    w("styleId", Val::Str),
                    w("default", ON_OFF),
                    w("customStyle", ON_OFF),
                ],
                Content::Seq(
                    [
                        ("name", "CT_String"),
                        ("aliases", "CT_String"),
                        ("basedOn", "CT_String"),
                        ("next", "CT_String"),
                        ("link", "CT_String"),
                        ("autoRedefine", "CT_OnOff"),
                        ("hidden", "CT_OnOff"),
                        ("uiPriority", "CT_DecimalNumber"),
                        ("semiHidden", "CT_OnOff"),
                        ("unhideWhenUsed", "CT_OnOff"),
                        ("qFormat", "CT_OnOff"),
                        ("locked", "CT_OnOff"),
                        ("personal", "CT_OnOff"),
                        ("personalCompose", "CT_OnOff"),
                        ("personalReply", "CT_OnOff"),
                        ("rsid", "unchecked"),
                        ("pPr", "CT_PPrGeneral"),
                        ("rPr", "CT_RPr"),
                        ("tblPr", "unchecked"),
                        ("trPr", "unchecked"),
                        ("tcPr", "unchecked"),
                    ]
                    .into_iter()
                    .map(|(n, t)| opt(n, t))
                    .chain([any_of(&[("tblStylePr", "unchecked")], 0, 0)])
                    .collect(),
                ),
            );
            Schema { types: t }
        }
    }

    // ---------------------------------------------------------------------------------
    // XML parts as trees
    // ---------------------------------------------------------------------------------

    #[derive(Debug)]
    pub struct Element {
        pub ns: String,
        pub name: String,
        /// The name as written, for messages.
        pub qname: String,
        pub attrs: Vec<Attribute>,
        /// Namespace declarations on this element: (prefix, namespace).
        pub decls: Vec<(String, String)>,
        pub children: Vec<Element>,
        /// The character data directly inside.
        pub text: String,
    }

    #[derive(Debug)]
    pub struct Attribute {
        pub ns: String,
        pub name: String,
        pub qname: String,
        pub value: String,
    }

    fn is_xml_char(c: char) -> bool {
        matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
            || c >= '\u{10000}'
    }

    fn check_chars(s: &str) -> Result<(), String> {
        match s.chars().find(|&c| !is_xml_char(c)) {
            Some(c) => Err(format!(
                "the character U+{:04X} is not allowed in XML 1.0",
                c as u32
            )),
            None => Ok(()),
        }
    }

    fn ns_of(r: ResolveResult<'_>) -> Result<String, String> {
        match r {
            ResolveResult::Bound(ns) => Ok(ns.0.to_string()),
            ResolveResult::Unbound => Ok(String::new()),
            ResolveResult::Unknown(prefix) => Err(format!("the prefix {prefix} is not declared")),
        }
    }

    /// Parses a part, checking it is well-formed XML as OPC wants it (ECMA-376 Part 2 §8.1.4:
    /// UTF-8 or UTF-16, no DTD).
    pub fn parse(bytes: &[u8]) -> Result<Element, String> {
        let text = std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8: {e}"))?;
        let mut reader = NsReader::from_str(text);
        reader.config_mut().check_end_names = true;
        let mut stack: Vec<Element> = Vec::new();
        let mut root: Option<Element> = None;
        let pos = |r: &NsReader<&[u8]>| r.buffer_position();
        loop {
            let event = reader
                .read_event()
                .map_err(|e| format!("not well-formed at byte {}: {e}", pos(&reader)))?;
            let start = match &event {
                Event::Start(s) | Event::Empty(s) => Some(s.clone()),
                _ => None,
            };
            if let Some(s) = start {
                if root.is_some() {
                    return Err("not well-formed: more than one root element".into());
                }
                let (ns, local) = reader.resolver().resolve_element(s.name());
                let ns = ns_of(ns).map_err(|e| format!("not well-formed: {e}"))?;
                let mut el = Element {
                    ns,
                    name: local.as_ref().to_string(),
                    qname: s.name().as_ref().to_string(),
                    attrs: vec![],
                    decls: vec![],
                    children: vec![],
                    text: String::new(),
                };
                for a in s.attributes().with_checks(true) {
                    let a = a.map_err(|e| format!("not well-formed: {e}"))?;
                    let qname = a.key.as_ref().to_string();
                    let value = a
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map_err(|e| format!("not well-formed: {qname}: {e}"))?
                        .into_owned();
                    check_chars(&value).map_err(|e| format!("{qname}: {e}"))?;
                    if qname == "xmlns" || qname.starts_with("xmlns:") {
                        let prefix = qname.strip_prefix("xmlns:").unwrap_or("").to_string();
                        el.decls.push((prefix, value));
                        continue;
                    }
                    let (ans, local) = reader.resolver().resolve_attribute(a.key);
                    let ns = ns_of(ans).map_err(|e| format!("not well-formed: {e}"))?;
                    el.attrs.push(Attribute {
                        ns,
                        name: local.as_ref().to_string(),
                        qname,
                        value,
                    });
                }
                if matches!(event, Event::Empty(_)) {
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(el),
                        None => root = Some(el),
                    }
                } else {
                    stack.push(el);
                }
                continue;
            }
            match event {
                Event::End(_) => {
                    let el = stack
                        .pop()
                        .ok_or("not well-formed: an end tag without start")?;
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(el),
                        None => root = Some(el),
                    }
                }
                Event::Text(t) => {
                    let s = t.into_inner().into_owned();
                    check_chars(&s)?;
                    match stack.last_mut() {
                        Some(el) => el.text.push_str(&s),
                        None if s.trim().is_empty() => {}
                        None => return Err("not well-formed: text outside the root".into()),
                    }
                }
                Event::CData(t) => {
                    let s = t.into_inner().into_owned();
                    check_chars(&s)?;
                    match stack.last_mut() {
                        Some(el) => el.text.push_str(&s),
                        None => return Err("not well-formed: CDATA outside the root".into()),
                    }
                }
                Event::GeneralRef(r) => {
                    let s = if r.is_char_ref() {
                        match r.resolve_char_ref() {
                            Ok(Some(c)) => {
                                check_chars(c.encode_utf8(&mut [0; 4]))?;
                                c.to_string()
                            }
                            _ => {
                                return Err(format!(
                                    "not well-formed: the character reference &{}; is not an \
                                     XML 1.0 character",
                                    &*r
                                ));
                            }
                        }
                    } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r) {
                        s.to_string()
                    } else {
                        return Err(format!("not well-formed: the undefined entity &{};", &*r));
                    };
                    match stack.last_mut() {
                        Some(el) => el.text.push_str(&s),
                        None => return Err("not well-formed: a reference outside the root".into()),
                    }
                }
                Event::Decl(d) => {
                    let version = d.version().map_err(|e| format!("not well-formed: {e}"))?;
                    if version.as_ref() != "1.0" {
                        return Err("the XML declaration is not version 1.0".into());
                    }
                    if let Some(enc) = d.encoding() {
                        let enc = enc.map_err(|e| format!("not well-formed: {e}"))?;
                        let enc = enc.to_ascii_lowercase();
                        if enc != "utf-8" {
                            return Err(format!("the encoding {enc} is not UTF-8"));
                        }
                    }
                }
                Event::DocType(_) => {
                    return Err("a DTD is not allowed in a package part (ECMA-376 Part 2)".into());
                }
                Event::Eof => break,
                _ => {}
            }
        }
        if !stack.is_empty() {
            return Err(format!(
                "not well-formed: <{}> is not closed",
                stack.last().map(|e| e.qname.as_str()).unwrap_or("")
            ));
        }
        root.ok_or_else(|| "not well-formed: no root element".into())
    }

    // ---------------------------------------------------------------------------------
    // Checking a tree against the model
    // ---------------------------------------------------------------------------------

    fn value_ok(val: Val, v: &str) -> Result<(), String> {
        let int = |s: &str| {
            let digits = s.strip_prefix('-').unwrap_or(s);
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
        };
        let ok = match val {
            Val::Str => true,
            Val::Int => int(v),
            Val::UInt => !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()),
            Val::OnOff => matches!(v, "true" | "false" | "on" | "off" | "0" | "1"),
            Val::LongHex => v.len() == 8 && v.bytes().all(|b| b.is_ascii_hexdigit()),
            Val::Lang => {
                !v.is_empty()
                    && v.split('-').all(|s| {
                        (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric())
                    })
            }
            Val::Enum(values) => values.contains(&v),
        };
        if ok {
            return Ok(());
        }
        Err(match val {
            Val::Int => format!("{v:?} is not an integer"),
            Val::UInt => format!("{v:?} is not an unsigned integer"),
            Val::OnOff => format!("{v:?} is not an on/off value"),
            Val::LongHex => format!("{v:?} is not a four-byte hexadecimal number"),
            Val::Lang => format!("{v:?} is not a language tag"),
            Val::Enum(values) => format!("{v:?} is not one of {}", values.join(", ")),
            Val::Str => unreachable!(),
        })
    }

    fn display(ns: &str, name: &str) -> String {
        match ns {
            W_NS => format!("w:{name}"),
            R_NS => format!("r:{name}"),
            XML_NS => format!("xml:{name}"),
            "" => name.to_string(),
            _ => format!("{{{ns}}}{name}"),
        }
    }

    struct Walker<'a> {
        schema: &'a Schema,
        part: &'a str,
        ignorable: Vec<String>,
        errors: &'a mut Vec<String>,
    }

    impl Walker<'_> {
        fn error(&mut self, path: &str, msg: String) {
            self.errors.push(format!("{}: {path}: {msg}", self.part));
        }

        fn check(&mut self, el: &Element, ty_name: &str, path: &str) {
            let Some(ty) = self.schema.types.get(ty_name) else {
                self.error(path, format!("no model of the type {ty_name}"));
                return;
            };
            if matches!(ty.content, Content::Unchecked) {
                return;
            }
            let me = display(&el.ns, &el.name);
            for a in &el.attrs {
                if self.ignorable.contains(&a.ns) {
                    continue;
                }
                if a.ns == MC_NS && a.name == "Ignorable" && path.rfind('/') == Some(0) {
                    continue;
                }
                match ty.attrs.iter().find(|d| d.ns == a.ns && d.name == a.name) {
                    None => self.error(
                        path,
                        format!("{me} has no attribute {}", display(&a.ns, &a.name)),
                    ),
                    Some(d) => {
                        if let Err(e) = value_ok(d.val, &a.value) {
                            self.error(path, format!("{me}/@{}: {e}", a.qname));
                        }
                    }
                }
            }
            for d in ty.attrs.iter().filter(|d| d.required) {
                if !el.attrs.iter().any(|a| a.ns == d.ns && a.name == d.name) {
                    self.error(
                        path,
                        format!(
                            "{me} lacks the required attribute {}",
                            display(d.ns, d.name)
                        ),
                    );
                }
            }
            let children: Vec<&Element> = el
                .children
                .iter()
                .filter(|c| !self.ignorable.contains(&c.ns))
                .collect();
            match &ty.content {
                Content::Unchecked => {}
                Content::Empty | Content::Text => {
                    if let Some(c) = children.first() {
                        self.error(path, format!("{} is not allowed in {me}", c.qname));
                    }
                    if matches!(ty.content, Content::Empty) && !el.text.trim().is_empty() {
                        self.error(path, format!("text is not allowed in {me}"));
                    }
                }
                Content::Seq(particles) => {
                    if !el.text.trim().is_empty() {
                        self.error(path, format!("text is not allowed in {me}"));
                    }
                    self.sequence(el, &me, particles, &children, path);
                }
            }
        }

        /// Matches the children against the particles left to right (the models are
        /// deterministic, as XML Schema requires), then checks each child.
        fn sequence(
            &mut self,
            el: &Element,
            me: &str,
            particles: &[Particle],
            children: &[&Element],
            path: &str,
        ) {
            let mut at = 0usize;
            let mut count = 0u32;
            let mut index: HashMap<&str, usize> = HashMap::new();
            for child in children {
                let name = display(&child.ns, &child.name);
                let n = index.entry(child.qname.as_str()).or_insert(0);
                *n += 1;
                let child_path = format!("{path}/{}[{n}]", child.qname);
                let in_particle =
                    |p: &Particle| p.ns == child.ns && p.elements.iter().any(|e| e.0 == child.name);
                let mut found = None;
                for (j, p) in particles.iter().enumerate().skip(at) {
                    let seen = if j == at { count } else { 0 };
                    if in_particle(p) && (p.max == 0 || seen < p.max) {
                        found = Some(j);
                        break;
                    }
                    if seen < p.min {
                        break;
                    }
                }
                match found {
                    Some(j) => {
                        if j != at {
                            count = 0;
                        }
                        at = j;
                        count += 1;
                        let ty = particles[j]
                            .elements
                            .iter()
                            .find(|e| e.0 == child.name)
                            .map(|e| e.1)
                            .unwrap_or("unchecked");
                        self.check(child, ty, &child_path);
                    }
                    None if child.ns != W_NS && el.ns == W_NS => self.error(
                        path,
                        format!("{name} is not in the WordprocessingML namespace"),
                    ),
                    None => {
                        let before = particles[..=at.min(particles.len().saturating_sub(1))]
                            .iter()
                            .position(&in_particle);
                        let msg = match before {
                            Some(_) => {
                                let current = particles
                                    .get(at)
                                    .and_then(|p| p.elements.first())
                                    .map(|e| format!("w:{}", e.0))
                                    .unwrap_or_default();
                                if particles.get(at).is_some_and(&in_particle) {
                                    format!("{name} occurs too often in {me}")
                                } else {
                                    format!("{name} is out of order: it comes before {current}")
                                }
                            }
                            None if particles.iter().any(&in_particle) => {
                                format!(
                                    "{name} is out of order: a required element before it is missing in {me}"
                                )
                            }
                            None => format!("{name} is not allowed in {me}"),
                        };
                        self.error(&child_path, msg);
                    }
                }
            }
            for (j, p) in particles.iter().enumerate().skip(at) {
                let seen = if j == at { count } else { 0 };
                if seen < p.min {
                    let names: Vec<String> =
                        p.elements.iter().map(|e| display(p.ns, e.0)).collect();
                    self.error(
                        path,
                        format!("{me} lacks a required {}", names.join(" or ")),
                    );
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------
    // The package
    // ---------------------------------------------------------------------------------

    struct Rel {
        id: String,
        rel_type: String,
        /// The target part (zip name), for internal targets.
        target: Option<String>,
    }

    /// The source part of a relationships part: `word/_rels/document.xml.rels` is that of
    /// `word/document.xml`, `_rels/.rels` that of the package (empty).
    fn rels_source(name: &str) -> Option<String> {
        let (dir, file) = name.rsplit_once('/')?;
        let file = file.strip_suffix(".rels")?;
        let dir = if dir == "_rels" {
            ""
        } else {
            dir.strip_suffix("/_rels")?
        };
        Some(if dir.is_empty() {
            file.to_string()
        } else {
            format!("{dir}/{file}")
        })
    }

    /// `target` relative to the folder of `source`, as a zip name.
    fn resolve_target(source: &str, target: &str) -> String {
        let mut segments: Vec<&str> = Vec::new();
        if !target.starts_with('/') {
            segments.extend(source.split('/'));
            segments.pop();
        }
        segments.extend(target.split('/'));
        normalise(segments)
    }

    fn normalise(segments: Vec<&str>) -> String {
        let mut out: Vec<&str> = Vec::new();
        for s in segments {
            match s {
                "" | "." => {}
                ".." => {
                    out.pop();
                }
                s => out.push(s),
            }
        }
        out.join("/")
    }

    /// Every error the package has, each a line naming the part and place; empty for a
    /// conforming package.
    pub fn check(bytes: &[u8]) -> Vec<String> {
        let mut errors = Vec::new();
        let mut archive = match zip::ZipArchive::new(Cursor::new(bytes)) {
            Ok(a) => a,
            Err(e) => return vec![format!("not a zip archive: {e}")],
        };
        let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
        let mut lower = HashSet::new();
        for i in 0..archive.len() {
            let mut file = match archive.by_index(i) {
                Ok(f) => f,
                Err(e) => {
                    errors.push(format!("zip entry {i}: {e}"));
                    continue;
                }
            };
            let name = file.name().map(|n| n.to_string()).unwrap_or_default();
            if file.is_dir() {
                continue;
            }
            if name.starts_with('/')
                || name.contains('\\')
                || name
                    .split('/')
                    .any(|s| s.is_empty() || s == "." || s == "..")
            {
                errors.push(format!(
                    "{name}: not a valid part name (ECMA-376 Part 2 §6.2.2)"
                ));
            }
            if !lower.insert(name.to_ascii_lowercase()) {
                errors.push(format!(
                    "{name}: the part name twice (names compare without case)"
                ));
            }
            let mut data = Vec::new();
            if let Err(e) = file.read_to_end(&mut data) {
                errors.push(format!("{name}: cannot be read: {e}"));
            }
            parts.push((name, data));
        }
        let find = |name: &str| {
            parts
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(n, d)| (n.as_str(), d.as_slice()))
        };

        // [Content_Types].xml (ECMA-376 Part 2 §10.1.2).
        let mut defaults: HashMap<String, String> = HashMap::new();
        let mut overrides: HashMap<String, String> = HashMap::new();
        match find("[Content_Types].xml").map(|(_, d)| parse(d)) {
            None => errors.push("[Content_Types].xml is missing".into()),
            Some(Err(e)) => errors.push(format!("[Content_Types].xml: {e}")),
            Some(Ok(types)) => {
                if (types.ns.as_str(), types.name.as_str()) != (CT_NS, "Types") {
                    errors.push("[Content_Types].xml: the root is not Types".into());
                }
                for c in &types.children {
                    let attr = |n: &str| {
                        c.attrs
                            .iter()
                            .find(|a| a.ns.is_empty() && a.name == n)
                            .map(|a| a.value.clone())
                    };
                    let (key, map) = match (c.ns.as_str(), c.name.as_str()) {
                        (CT_NS, "Default") => ("Extension", &mut defaults),
                        (CT_NS, "Override") => ("PartName", &mut overrides),
                        _ => {
                            errors.push(format!(
                                "[Content_Types].xml: {} is not allowed in Types",
                                c.qname
                            ));
                            continue;
                        }
                    };
                    for a in &c.attrs {
                        if !(a.ns.is_empty() && (a.name == key || a.name == "ContentType")) {
                            errors.push(format!(
                                "[Content_Types].xml: {} has no attribute {}",
                                c.qname, a.qname
                            ));
                        }
                    }
                    match (attr(key), attr("ContentType")) {
                        (Some(k), Some(ct)) => {
                            if map.insert(k.to_ascii_lowercase(), ct).is_some() {
                                errors.push(format!("[Content_Types].xml: {} {k} twice", c.qname));
                            }
                        }
                        _ => errors.push(format!(
                            "[Content_Types].xml: {} lacks {key} or ContentType",
                            c.qname
                        )),
                    }
                }
            }
        }
        for part_name in overrides.keys() {
            if find(part_name.trim_start_matches('/')).is_none() || !part_name.starts_with('/') {
                errors.push(format!(
                    "[Content_Types].xml: an override for {part_name}, which is not in the package"
                ));
            }
        }
        let content_type = |name: &str| -> Option<String> {
            overrides
                .get(&format!("/{}", name.to_ascii_lowercase()))
                .or_else(|| {
                    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())?;
                    defaults.get(&ext)
                })
                .cloned()
        };
        for (name, _) in &parts {
            if name != "[Content_Types].xml" && content_type(name).is_none() {
                errors.push(format!("{name}: no content type in [Content_Types].xml"));
            }
        }

        // Relationships (ECMA-376 Part 2 §9.3).
        let mut rels: HashMap<String, Vec<Rel>> = HashMap::new();
        for (name, data) in &parts {
            let Some(source) = rels_source(name) else {
                continue;
            };
            if content_type(name).as_deref() != Some(RELS) {
                errors.push(format!("{name}: the content type is not {RELS}"));
            }
            if !source.is_empty() && find(&source).is_none() {
                errors.push(format!(
                    "{name}: its source part {source} is not in the package"
                ));
            }
            let tree = match parse(data) {
                Ok(t) => t,
                Err(e) => {
                    errors.push(format!("{name}: {e}"));
                    continue;
                }
            };
            if (tree.ns.as_str(), tree.name.as_str()) != (PR_NS, "Relationships") {
                errors.push(format!("{name}: the root is not Relationships"));
            }
            let mut list = Vec::new();
            let mut ids = HashSet::new();
            for r in &tree.children {
                if (r.ns.as_str(), r.name.as_str()) != (PR_NS, "Relationship") {
                    errors.push(format!(
                        "{name}: {} is not allowed in Relationships",
                        r.qname
                    ));
                    continue;
                }
                let attr = |n: &str| r.attrs.iter().find(|a| a.ns.is_empty() && a.name == n);
                for a in &r.attrs {
                    if !(a.ns.is_empty()
                        && ["Id", "Type", "Target", "TargetMode"].contains(&a.name.as_str()))
                    {
                        errors.push(format!("{name}: Relationship has no attribute {}", a.qname));
                    }
                }
                let (Some(id), Some(ty), Some(target)) = (attr("Id"), attr("Type"), attr("Target"))
                else {
                    errors.push(format!("{name}: a Relationship lacks Id, Type or Target"));
                    continue;
                };
                let id = id.value.clone();
                let valid_id = id
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphabetic() || c == '_')
                    && id
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
                if !valid_id {
                    errors.push(format!(
                        "{name}: the relationship id {id:?} is not an XML name"
                    ));
                }
                if !ids.insert(id.clone()) {
                    errors.push(format!("{name}: the relationship id {id} twice"));
                }
                let external = match attr("TargetMode").map(|a| a.value.as_str()) {
                    None | Some("Internal") => false,
                    Some("External") => true,
                    Some(m) => {
                        errors.push(format!("{name}: {id}: TargetMode {m:?}"));
                        false
                    }
                };
                let target = (!external).then(|| resolve_target(&source, &target.value));
                if let Some(t) = &target {
                    match find(t) {
                        None => errors.push(format!(
                            "{name}: {id} targets {t}, which is not in the package"
                        )),
                        Some((t, _)) => match target_content_type(&ty.value) {
                            None => errors.push(format!(
                                "{name}: {id}: no model of the relationship type {}",
                                ty.value
                            )),
                            Some(want) => {
                                let got = content_type(t).unwrap_or_default();
                                if got != want {
                                    errors.push(format!(
                                        "{t} has the content type {got}; a relationship of type \
                                         {} wants {want}",
                                        ty.value
                                    ));
                                }
                            }
                        },
                    }
                }
                list.push(Rel {
                    id,
                    rel_type: ty.value.clone(),
                    target,
                });
            }
            rels.insert(source, list);
        }
        let main: Vec<&Rel> = rels
            .get("")
            .map(|l| l.iter().filter(|r| r.rel_type == OFFICE_DOCUMENT).collect())
            .unwrap_or_default();
        if main.len() != 1 {
            errors.push(format!(
                "_rels/.rels: {} officeDocument relationships, not one",
                main.len()
            ));
        }

        // Every part reached from the package relationships.
        let mut reached: HashSet<String> = HashSet::new();
        let mut todo = vec![String::new()];
        while let Some(source) = todo.pop() {
            for r in rels.get(&source).into_iter().flatten() {
                if let Some(t) = &r.target
                    && let Some((t, _)) = find(t)
                    && reached.insert(t.to_string())
                {
                    todo.push(t.to_string());
                }
            }
        }
        for (name, _) in &parts {
            if name != "[Content_Types].xml"
                && rels_source(name).is_none()
                && !reached.contains(name)
            {
                errors.push(format!("{name} is not the target of any relationship"));
            }
        }

        // The WordprocessingML parts.
        let schema = Schema::wml();
        let mut annotation_ids: HashMap<String, String> = HashMap::new();
        for (name, data) in &parts {
            if name == "[Content_Types].xml" || rels_source(name).is_some() {
                continue;
            }
            let ct = content_type(name).unwrap_or_default();
            let Some((root_ns, root_name, root_ty)) = root_of(&ct) else {
                errors.push(format!("{name}: no model of the content type {ct}"));
                continue;
            };
            let tree = match parse(data) {
                Ok(t) => t,
                Err(e) => {
                    errors.push(format!("{name}: {e}"));
                    continue;
                }
            };
            if (tree.ns.as_str(), tree.name.as_str()) != (root_ns, root_name) {
                errors.push(format!(
                    "{name}: the root is {}, not {}",
                    tree.qname,
                    display(root_ns, root_name)
                ));
                continue;
            }
            // Mark-up compatibility (ECMA-376 Part 3): the namespaces a consumer may ignore.
            let mut ignorable = Vec::new();
            if let Some(a) = tree
                .attrs
                .iter()
                .find(|a| a.ns == MC_NS && a.name == "Ignorable")
            {
                for prefix in a.value.split_whitespace() {
                    match tree.decls.iter().find(|(p, _)| p == prefix) {
                        Some((_, ns)) => ignorable.push(ns.clone()),
                        None => errors.push(format!(
                            "{name}: mc:Ignorable names the undeclared prefix {prefix}"
                        )),
                    }
                }
            }
            let mut walker = Walker {
                schema: &schema,
                part: name,
                ignorable,
                errors: &mut errors,
            };
            let path = format!("/{}", tree.qname);
            walker.check(&tree, root_ty, &path);
            let part_rels = rels.get(name.as_str());
            references(name, &tree, part_rels, &mut annotation_ids, &mut errors);
        }
        errors
    }

    /// `r:` attributes resolving in the part's relationships, and annotation ids unique
    /// (ECMA-376 Part 1 §17.13: a bookmark's id is unique, its end names the same id).
    fn references(
        part: &str,
        root: &Element,
        rels: Option<&Vec<Rel>>,
        annotation_ids: &mut HashMap<String, String>,
        errors: &mut Vec<String>,
    ) {
        let mut starts = HashSet::new();
        let mut ends = Vec::new();
        let mut stack = vec![root];
        while let Some(el) = stack.pop() {
            stack.extend(el.children.iter());
            for a in &el.attrs {
                if a.ns == R_NS {
                    match rels.and_then(|l| l.iter().find(|r| r.id == a.value)) {
                        None => errors.push(format!(
                            "{part}: {}: r:{} {:?} is not a relationship of {part}",
                            el.qname, a.name, a.value
                        )),
                        Some(r) => {
                            let want = match (el.ns.as_str(), el.name.as_str()) {
                                (W_NS, "footerReference") => Some("footer"),
                                (W_NS, "headerReference") => Some("header"),
                                _ => None,
                            };
                            if let Some(want) = want
                                && !r.rel_type.ends_with(&format!("/{want}"))
                            {
                                errors.push(format!(
                                    "{part}: w:{} points to a relationship of type {}",
                                    el.name, r.rel_type
                                ));
                            }
                        }
                    }
                }
                if el.ns == W_NS && a.ns == W_NS && a.name == "id" {
                    if el.name.ends_with("End") {
                        ends.push((el.name.clone(), a.value.clone()));
                    } else if !el.name.ends_with("Reference") {
                        starts.insert(a.value.clone());
                        let key = format!("{}:{}", kind(&el.name), a.value);
                        if annotation_ids.insert(key, part.to_string()).is_some() {
                            errors
                                .push(format!("{part}: w:{} w:id {} used twice", el.name, a.value));
                        }
                    }
                }
            }
        }
        for (name, id) in ends {
            if !starts.contains(&id) {
                errors.push(format!(
                    "{part}: w:{name} w:id {id} ends no range that starts in this part"
                ));
            }
        }
    }

    /// The id space of an annotation: bookmarks apart from comments and revisions.
    fn kind(name: &str) -> &'static str {
        if name.starts_with("bookmark") {
            "bookmark"
        } else if name.starts_with("comment") {
            "comment"
        } else {
            "revision"
        }
    }
}
