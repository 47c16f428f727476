//! Word documents (DOCX): paragraphs, breaks, tables, tracked changes, automatic list
//! numbering resolved through numbering.xml and styles.xml, a whole Perda body, and the
//! limits against hostile files. Every DOCX is built here with the zip crate's writer.

use std::io::{Cursor, Write};

use perda_law::docx::{MAX_AUX_XML_BYTES, MAX_COMPRESSION_RATIO, MAX_XML_DEPTH, MAX_ZIP_ENTRIES};
use perda_law::{Act, Error, NodeKind, Source, SourceFormat};
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A zip archive of `parts`, compressed with `method`.
fn zip_with(parts: &[(&str, &[u8])], method: CompressionMethod) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(method);
    for (name, data) in parts {
        w.start_file(*name, options).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// A DOCX of a document body and optional numbering and styles parts.
fn docx(body: &str, numbering: Option<&str>, styles: Option<&str>) -> Vec<u8> {
    let document = document_xml(body);
    let numbering = numbering.map(numbering_xml);
    let styles = styles.map(styles_xml);
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", b"<Types/>".as_slice()),
        ("word/document.xml", document.as_bytes()),
    ];
    if let Some(n) = &numbering {
        parts.push(("word/numbering.xml", n.as_bytes()));
    }
    if let Some(s) = &styles {
        parts.push(("word/styles.xml", s.as_bytes()));
    }
    zip_with(&parts, CompressionMethod::Deflated)
}

fn document_xml(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    )
}

fn numbering_xml(defs: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">{defs}</w:numbering>"#
    )
}

fn styles_xml(defs: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">{defs}</w:styles>"#
    )
}

/// A paragraph of one run.
fn p(text: &str) -> String {
    format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

/// A paragraph of list `num` at level `ilvl`.
fn np(num: u32, ilvl: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr><w:ind w:left="720"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

/// A list level.
fn lvl(ilvl: u32, fmt: &str, text: &str) -> String {
    format!(
        r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>"#
    )
}

/// The Perda list: ayat `(1)`, huruf `a.`, angka `1)`.
fn perda_abstract(id: u32) -> String {
    format!(
        r#"<w:abstractNum w:abstractNumId="{id}"><w:multiLevelType w:val="multilevel"/>{}{}{}</w:abstractNum>"#,
        lvl(0, "decimal", "(%1)"),
        lvl(1, "lowerLetter", "%2."),
        lvl(2, "decimal", "%3)"),
    )
}

fn num(id: u32, abstract_id: u32, overrides: &str) -> String {
    format!(r#"<w:num w:numId="{id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>"#)
}

fn texts(src: &Source) -> Vec<&str> {
    src.lines.iter().map(|l| l.text.as_str()).collect()
}

fn read(bytes: &[u8]) -> Source {
    Source::from_docx("draft.docx", bytes).unwrap()
}

#[test]
fn plain_paragraphs_runs_tabs_and_breaks() {
    let body = [
        p("PERATURAN DAERAH KABUPATEN CONTOH"),
        "<w:p/>".to_string(),
        // Several runs, a tab, entities and a character reference, then a line break.
        r#"<w:p><w:pPr><w:jc w:val="both"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Pasal</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">  Daerah &amp; Desa&#x2C; &lt;sah&gt;  </w:t></w:r></w:p>"#.to_string(),
        p("   "),
        p("Teks\u{a0}akhir."),
    ]
    .concat();
    let src = read(&docx(&body, None, None));
    assert_eq!(src.format, SourceFormat::Docx);
    assert_eq!(src.name, "draft.docx");
    assert!(src.front_matter.is_none());
    assert_eq!(
        texts(&src),
        [
            "PERATURAN DAERAH KABUPATEN CONTOH",
            "Pasal 1",
            "Daerah & Desa, <sah>",
            "Teks akhir."
        ]
    );
    // Line numbers are paragraph indices: empty paragraphs count, a break shares its
    // paragraph's number.
    let nos: Vec<u32> = src.lines.iter().map(|l| l.no).collect();
    assert_eq!(nos, [1, 3, 3, 5]);
    assert!(
        src.lines
            .iter()
            .all(|l| l.range == (0..0) && l.text_start == 0)
    );
}

#[test]
fn auto_numbered_ayat_huruf_and_nested_levels_restart() {
    let numbering = [perda_abstract(0), num(1, 0, "")].concat();
    let body = [
        p("Pasal 1"),
        np(1, 0, "Satu:"),
        np(1, 1, "huruf satu;"),
        np(1, 1, "huruf dua:"),
        np(1, 2, "angka satu;"),
        np(1, 2, "angka dua."),
        np(1, 0, "Dua:"),
        // The huruf and angka levels restart after a new ayat.
        np(1, 1, "huruf satu lagi;"),
        np(1, 2, "angka satu lagi."),
    ]
    .concat();
    let src = read(&docx(&body, Some(&numbering), None));
    assert_eq!(
        texts(&src),
        [
            "Pasal 1",
            "(1) Satu:",
            "a. huruf satu;",
            "b. huruf dua:",
            "1) angka satu;",
            "2) angka dua.",
            "(2) Dua:",
            "a. huruf satu lagi;",
            "1) angka satu lagi."
        ]
    );
}

#[test]
fn start_override_restarts_a_list_and_instances_share_counters() {
    let numbering = [
        perda_abstract(0),
        num(1, 0, ""),
        // Word's "Restart at 1" for the next Pasal, and "Set numbering value" to 5.
        num(
            2,
            0,
            r#"<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>"#,
        ),
        num(
            3,
            0,
            r#"<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>"#,
        ),
        // A second instance of the same definition without an override continues it.
        num(4, 0, ""),
    ]
    .concat();
    let body = [
        np(1, 0, "a"),
        np(1, 0, "b"),
        np(2, 0, "c"),
        np(2, 0, "d"),
        np(3, 0, "e"),
        np(4, 0, "f"),
        np(3, 0, "g"),
    ]
    .concat();
    let src = read(&docx(&body, Some(&numbering), None));
    assert_eq!(
        texts(&src),
        [
            "(1) a", "(2) b", "(1) c", "(2) d", "(5) e", "(6) f", "(7) g"
        ]
    );
}

#[test]
fn level_formats_restart_rules_and_overridden_levels() {
    let numbering = [
        r#"<w:abstractNum w:abstractNumId="7">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="BAB %1"/><w:suff w:val="space"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="Pasal %2"/><w:suff w:val="nothing"/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="3"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
            <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
           </w:abstractNum>"#
            .to_string(),
        num(1, 7, ""),
        // An instance that redefines level 0 as upper letters.
        num(
            2,
            7,
            r#"<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride>"#,
        ),
    ]
    .concat();
    let body = [
        np(1, 0, "KETENTUAN UMUM"),
        np(1, 1, ""),
        np(1, 2, "tiga"),
        np(1, 3, "butir berpoin"),
        np(1, 0, "ASAS"),
        // lvlRestart 0: the Pasal numbers run on through the chapters.
        np(1, 1, ""),
        np(1, 2, "tiga lagi"),
        np(2, 0, "huruf besar"),
    ]
    .concat();
    let src = read(&docx(&body, Some(&numbering), None));
    assert_eq!(
        texts(&src),
        [
            "BAB I KETENTUAN UMUM",
            "Pasal 1",
            "I.1.iii tiga",
            "butir berpoin",
            "BAB II ASAS",
            "Pasal 2",
            "II.2.iii tiga lagi",
            "C) huruf besar"
        ]
    );
}

#[test]
fn paragraph_style_numbering() {
    let styles = r#"
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Ayat"><w:name w:val="Ayat"/><w:basedOn w:val="Normal"/>
            <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:pPrChange><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:pPrChange></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="AyatTebal"><w:basedOn w:val="Ayat"/></w:style>
        <w:style w:type="paragraph" w:styleId="Huruf"><w:basedOn w:val="Normal"/>
            <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>"#;
    let numbering = [perda_abstract(0), num(1, 0, "")].concat();
    let styled = |style: &str, text: &str| {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        styled("Normal", "Pasal 1"),
        styled("Ayat", "Satu."),
        styled("AyatTebal", "Dua:"),
        styled("Huruf", "huruf;"),
        // Direct numId 0 removes the style's numbering.
        r#"<w:p><w:pPr><w:pStyle w:val="Ayat"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>tanpa nomor</w:t></w:r></w:p>"#.to_string(),
    ]
    .concat();
    let src = read(&docx(&body, Some(&numbering), Some(styles)));
    assert_eq!(
        texts(&src),
        [
            "Pasal 1",
            "(1) Satu.",
            "(2) Dua:",
            "a. huruf;",
            "tanpa nomor"
        ]
    );
}

#[test]
fn table_rows_and_cells_in_order() {
    let cell = |t: &str| format!("<w:tc><w:tcPr/>{}</w:tc>", p(t));
    let body = format!(
        "{}<w:tbl><w:tblPr/><w:tblGrid/><w:tr>{}{}</w:tr><w:tr>{}<w:tc>{}{}</w:tc></w:tr></w:tbl>{}",
        p("Lampiran"),
        cell("No."),
        cell("Jenis"),
        cell("1."),
        p("Retribusi"),
        p("pasar"),
        p("Selesai."),
    );
    let src = read(&docx(&body, None, None));
    assert_eq!(
        texts(&src),
        [
            "Lampiran",
            "No.",
            "Jenis",
            "1.",
            "Retribusi",
            "pasar",
            "Selesai."
        ]
    );
    let nos: Vec<u32> = src.lines.iter().map(|l| l.no).collect();
    assert_eq!(nos, [1, 2, 3, 4, 5, 6, 7]);
}

#[test]
fn tracked_changes_hidden_text_and_caps() {
    let body = [
        r#"<w:p><w:r><w:t xml:space="preserve">Bupati </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>wajib </w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">dapat </w:t></w:r></w:ins><w:r><w:t>menetapkan.</w:t></w:r></w:p>"#,
        r#"<w:p><w:moveFrom w:id="3"><w:r><w:t>pindah</w:t></w:r></w:moveFrom><w:r><w:rPr><w:vanish/></w:rPr><w:t>tersembunyi </w:t></w:r><w:r><w:rPr><w:caps/></w:rPr><w:t>ketentuan umum</w:t></w:r><w:r><w:rPr><w:caps w:val="0"/></w:rPr><w:t xml:space="preserve"> biasa</w:t></w:r></w:p>"#,
        // A text box anchored in a paragraph, and a markup-compatibility block whose
        // fallback is read.
        r#"<w:p><w:r><w:t>Utama</w:t></w:r><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>KOTAK</w:t></w:r></w:p></w:txbxContent></w:pict></w:r><w:r><mc:AlternateContent><mc:Choice Requires="w14"><w:t>baru</w:t></mc:Choice><mc:Fallback><w:t xml:space="preserve"> lama</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"#,
    ]
    .concat();
    let src = read(&docx(&body, None, None));
    assert_eq!(
        texts(&src),
        [
            "Bupati dapat menetapkan.",
            "KETENTUAN UMUM biasa",
            "Utama lama"
        ]
    );
    assert_eq!(src.lines.len(), 3);
}

#[test]
fn a_small_perda_body_parses_into_pasal_ayat_huruf() {
    let numbering = [
        perda_abstract(0),
        num(1, 0, ""),
        num(
            2,
            0,
            r#"<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>"#,
        ),
    ]
    .concat();
    let body = [
        p("BUPATI CONTOH"),
        p("PERATURAN DAERAH KABUPATEN CONTOH"),
        p("NOMOR 3 TAHUN 2024"),
        p("TENTANG"),
        p("PENYELENGGARAAN KETENTERAMAN"),
        p("BAB I"),
        p("KETENTUAN UMUM"),
        p("Pasal 1"),
        p("Dalam Peraturan Daerah ini yang dimaksud dengan:"),
        np(1, 1, "Daerah adalah Kabupaten Contoh."),
        np(1, 1, "Bupati adalah Bupati Contoh."),
        p("Pasal 2"),
        np(
            2,
            0,
            "Pemerintah Daerah wajib menyelenggarakan ketenteraman.",
        ),
        np(
            2,
            0,
            "Penyelenggaraan sebagaimana dimaksud pada ayat (1) meliputi:",
        ),
        np(2, 1, "pencegahan;"),
        np(2, 1, "penanganan; dan"),
        np(2, 1, "pemulihan."),
    ]
    .concat();
    let src = read(&docx(&body, Some(&numbering), None));
    let act = Act::from_source(&src).unwrap();

    let p1 = act.article("1").expect("Pasal 1");
    let points: Vec<&str> = p1.children.iter().map(|n| n.number.as_str()).collect();
    assert_eq!(points, ["a", "b"]);
    assert!(p1.children.iter().all(|n| n.kind == NodeKind::Point));
    assert_eq!(p1.children[1].text, "Bupati adalah Bupati Contoh.");

    let p2 = act.article("2").expect("Pasal 2");
    let clauses: Vec<(&str, &str)> = p2
        .children
        .iter()
        .map(|n| (n.number.as_str(), n.marker.as_str()))
        .collect();
    assert_eq!(clauses, [("1", "(1)"), ("2", "(2)")]);
    assert!(p2.children.iter().all(|n| n.kind == NodeKind::Clause));
    let huruf: Vec<&str> = p2.children[1]
        .children
        .iter()
        .map(|n| n.number.as_str())
        .collect();
    assert_eq!(huruf, ["a", "b", "c"]);
    assert_eq!(p2.children[1].children[2].text, "pemulihan.");
    // Spans point at paragraphs: huruf c of Pasal 2 ayat (2) is the 17th.
    assert_eq!(p2.children[1].children[2].span.line, 17);
}

#[test]
fn zip_bomb_is_refused_naming_the_ratio_limit() {
    // 12 MiB of one repeated paragraph compresses about 1000:1.
    let paragraph = p("Pasal 1 Pemerintah Daerah wajib melaksanakan.");
    let count = 12 * 1024 * 1024 / paragraph.len() + 1;
    let body = paragraph.repeat(count);
    let bytes = docx(&body, None, None);
    assert!(bytes.len() < 200 * 1024, "{}", bytes.len());
    let err = Source::from_docx("bomb.docx", &bytes).unwrap_err();
    let msg = err.to_string();
    assert!(
        matches!(err, Error::DocxLimit { limit, .. } if limit == MAX_COMPRESSION_RATIO),
        "{msg}"
    );
    assert!(
        msg.starts_with("bomb.docx: word/document.xml: compression ratio"),
        "{msg}"
    );
    assert!(msg.contains("100 to 1"), "{msg}");
}

#[test]
fn part_size_is_counted_while_reading_not_taken_from_the_header() {
    // A stored (uncompressed) numbering part one byte over its limit; its declared
    // uncompressed size in the central directory is then patched to claim 4 GiB (the
    // reader neither trusts nor allocates it) and 100 bytes (the zip reader itself
    // refuses data longer than declared).
    let mut big = numbering_xml("");
    big.push_str(&" ".repeat(usize::try_from(MAX_AUX_XML_BYTES).unwrap() + 1 - big.len()));
    let document = document_xml(&p("Teks"));
    let mut bytes = zip_with(
        &[
            ("word/document.xml", document.as_bytes()),
            ("word/numbering.xml", big.as_bytes()),
        ],
        CompressionMethod::Stored,
    );
    let check = |bytes: &[u8]| {
        let err = Source::from_docx("big.docx", bytes).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with(
                "big.docx: word/numbering.xml: uncompressed size exceeds the limit of 8388608 bytes"
            ),
            "{msg}"
        );
    };
    check(&bytes);
    let name = b"word/numbering.xml";
    let cd = bytes
        .windows(4)
        .rposition(|w| w == b"PK\x01\x02")
        .filter(|&at| bytes[at + 46..].starts_with(name))
        .expect("central directory record of numbering.xml");
    bytes[cd + 24..cd + 28].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
    check(&bytes);
    bytes[cd + 24..cd + 28].copy_from_slice(&100u32.to_le_bytes());
    let err = Source::from_docx("big.docx", &bytes).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("big.docx: word/numbering.xml: "),
        "{err}"
    );
}

#[test]
fn not_a_zip_and_zip_without_document_are_clear_errors() {
    let err = Source::from_docx("notes.docx", b"Pasal 1\nTeks.\n").unwrap_err();
    assert!(matches!(err, Error::Docx { .. }), "{err}");
    assert!(
        err.to_string()
            .starts_with("notes.docx: not a DOCX file: not a readable zip archive"),
        "{err}"
    );
    // By extension, from_bytes reads a .docx name as a Word document even if it is not.
    let err = Source::from_bytes("notes.docx", b"Pasal 1\n").unwrap_err();
    assert!(matches!(err, Error::Docx { .. }), "{err}");

    let xlsx = zip_with(
        &[("xl/workbook.xml", b"<workbook/>".as_slice())],
        CompressionMethod::Deflated,
    );
    let err = Source::from_docx("book.docx", &xlsx).unwrap_err();
    assert!(
        err.to_string()
            .contains("not a Word document: the zip archive has no word/document.xml"),
        "{err}"
    );

    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    let err = Source::from_docx("locked.docx", &ole).unwrap_err();
    assert!(err.to_string().contains("password-protected"), "{err}");
}

#[test]
fn zip_data_on_stdin_and_docx_files_are_dispatched() {
    let bytes = docx(&p("Pasal 1"), None, None);
    let src = Source::from_bytes("<stdin>", &bytes).unwrap();
    assert_eq!(src.format, SourceFormat::Docx);
    assert_eq!(texts(&src), ["Pasal 1"]);

    let path = std::env::temp_dir().join(format!("perda-law-{}-draft.DOCX", std::process::id()));
    std::fs::write(&path, &bytes).unwrap();
    let loaded = Source::load(&path);
    std::fs::remove_file(&path).unwrap();
    let loaded = loaded.unwrap();
    assert_eq!(loaded.format, SourceFormat::Docx);
    assert_eq!(texts(&loaded), ["Pasal 1"]);
}

#[test]
fn too_many_entries_are_refused() {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    for i in 0..=MAX_ZIP_ENTRIES {
        w.start_file(format!("word/media/{i}.txt"), options)
            .unwrap();
    }
    let bytes = w.finish().unwrap().into_inner();
    let err = Source::from_docx("many.docx", &bytes).unwrap_err();
    assert_eq!(
        err.to_string(),
        "many.docx: zip archive: number of entries exceeds the limit of 5000 entries; \
         refused as damaged or hostile"
    );
}

#[test]
fn deep_xml_nesting_is_refused() {
    let depth = MAX_XML_DEPTH + 10;
    let body = format!(
        "{}{}{}",
        "<w:sdt><w:sdtContent>".repeat(depth / 2),
        p("dalam"),
        "</w:sdtContent></w:sdt>".repeat(depth / 2)
    );
    let err = Source::from_docx("deep.docx", &docx(&body, None, None)).unwrap_err();
    assert!(
        err.to_string().starts_with(
            "deep.docx: word/document.xml: XML nesting depth exceeds the limit of 256 levels"
        ),
        "{err}"
    );
    // Somewhat nested content (content controls, nested tables) is read.
    let body = format!(
        "{}{}{}",
        "<w:sdt><w:sdtContent>".repeat(50),
        p("dalam"),
        "</w:sdtContent></w:sdt>".repeat(50)
    );
    assert_eq!(texts(&read(&docx(&body, None, None))), ["dalam"]);
}

#[test]
fn custom_entities_are_never_expanded() {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE w:document [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>A &lol3; B &xxe; C &amp; &#65;</w:t></w:r></w:p></w:body></w:document>"#
    );
    let bytes = zip_with(
        &[("word/document.xml", document.as_bytes())],
        CompressionMethod::Deflated,
    );
    let src = read(&bytes);
    assert_eq!(texts(&src), ["A &lol3; B &xxe; C & A"]);
}

#[test]
fn damaged_parts_are_clear_errors() {
    // Invalid UTF-8 in the text.
    let mut document = document_xml(&p("Teks XX")).into_bytes();
    let at = document.windows(2).position(|w| w == b"XX").unwrap();
    document[at] = 0xFF;
    let bytes = zip_with(
        &[("word/document.xml", &document)],
        CompressionMethod::Deflated,
    );
    let err = Source::from_docx("bad.docx", &bytes).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("bad.docx: word/document.xml: not UTF-8 text"),
        "{err}"
    );

    // Mismatched tags.
    let document = document_xml("<w:p><w:r><w:t>Teks</w:r></w:p>");
    let bytes = zip_with(
        &[("word/document.xml", document.as_bytes())],
        CompressionMethod::Deflated,
    );
    let err = Source::from_docx("bad.docx", &bytes).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("bad.docx: word/document.xml: malformed XML at byte"),
        "{err}"
    );

    // Another encoding declared.
    let document = document_xml(&p("Teks")).replace("UTF-8", "windows-1252");
    let bytes = zip_with(
        &[("word/document.xml", document.as_bytes())],
        CompressionMethod::Deflated,
    );
    let err = Source::from_docx("bad.docx", &bytes).unwrap_err();
    assert!(err.to_string().contains("only UTF-8 is supported"), "{err}");
}

/// Patches the local and central headers of the only entry of a stored zip.
fn patch_headers(bytes: &mut [u8], offset: usize, value: u16) {
    let local = bytes.windows(4).position(|w| w == b"PK\x03\x04").unwrap();
    bytes[local + offset..local + offset + 2].copy_from_slice(&value.to_le_bytes());
    let central = bytes.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    // The central header has two more bytes (version made by) before the same fields.
    bytes[central + offset + 2..central + offset + 4].copy_from_slice(&value.to_le_bytes());
}

#[test]
fn encrypted_and_unsupported_compression_are_clear_errors() {
    let document = document_xml(&p("Teks"));
    let stored = zip_with(
        &[("word/document.xml", document.as_bytes())],
        CompressionMethod::Stored,
    );

    let mut encrypted = stored.clone();
    // General purpose flag bit 0: encrypted.
    patch_headers(&mut encrypted, 6, 1);
    let err = Source::from_docx("locked.docx", &encrypted).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("locked.docx: word/document.xml is encrypted"),
        "{err}"
    );

    let mut bzip2 = stored;
    // Compression method 12: bzip2.
    patch_headers(&mut bzip2, 8, 12);
    let err = Source::from_docx("odd.docx", &bzip2).unwrap_err();
    assert!(
        err.to_string()
            .contains("word/document.xml uses the compression method"),
        "{err}"
    );
}
