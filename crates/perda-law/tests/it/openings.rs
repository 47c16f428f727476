//! The opening pages of real regional regulations (tests/fixtures/perda-openings, copied
//! from the shared fixtures): title, level, number, year, region, Menimbang and Mengingat.

use perda_law::{Act, ActKind, Level};

fn parse(name: &str) -> Act {
    let path = format!(
        "{}/../../tests/fixtures/perda-openings/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    perda_law::parse_file(std::path::Path::new(&path)).expect(name)
}

fn letters(act: &Act) -> Vec<&str> {
    act.preamble
        .considerations
        .iter()
        .map(|n| n.number.as_str())
        .collect()
}

fn items(act: &Act) -> Vec<&str> {
    act.preamble
        .legal_bases
        .iter()
        .map(|n| n.number.as_str())
        .collect()
}

#[test]
fn kabupaten_malang_7_2019() {
    let act = parse("kab-malang-7-2019.txt");
    assert_eq!(act.meta.kind, Some(ActKind::PeraturanDaerah));
    assert_eq!(act.meta.level, Some(Level::Kabupaten));
    assert_eq!(act.meta.region.as_deref(), Some("Kabupaten Malang"));
    assert_eq!(act.meta.number.as_deref(), Some("7"));
    assert_eq!(act.meta.year, Some(2019));
    assert_eq!(
        act.meta.title.as_deref(),
        Some("PELINDUNGAN PEKERJA MIGRAN INDONESIA DAN KELUARGANYA")
    );
    assert_eq!(
        act.preamble.office.as_ref().map(|p| p.text.as_str()),
        Some("BUPATI MALANG,")
    );
    assert_eq!(letters(&act), ["a", "b", "c"]);
    assert!(
        act.preamble.considerations[2]
            .text
            .starts_with("bahwa berdasarkan pertimbangan")
    );
    // Items 1 and 2, then a detached fragment numbered 15 after a gap.
    assert_eq!(items(&act), ["1", "2", "15"]);
    assert_eq!(
        act.preamble.legal_bases[0].text,
        "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;"
    );
    assert!(act.body.is_empty());
    assert!(
        !act.gaps.is_empty(),
        "the missing body is recorded as a gap"
    );
}

#[test]
fn provinsi_jawa_timur_4_2016() {
    let act = parse("prov-jatim-4-2016.txt");
    assert_eq!(act.meta.level, Some(Level::Provinsi));
    assert_eq!(act.meta.region.as_deref(), Some("Provinsi Jawa Timur"));
    assert_eq!(act.meta.number.as_deref(), Some("4"));
    assert_eq!(act.meta.year, Some(2016));
    assert_eq!(
        act.meta.title.as_deref(),
        Some("PELAYANAN PENEMPATAN DAN PERLINDUNGAN TENAGA KERJA INDONESIA KE LUAR NEGERI")
    );
    assert_eq!(letters(&act), ["a", "b", "c"]);
    assert_eq!(items(&act), ["1", "2", "3", "4"]);
    assert!(
        act.preamble.legal_bases[1].text.starts_with(
            "Undang-Undang Nomor 2 Tahun 1950 tentang Pembentukan Propinsi Djawa Timur"
        )
    );
}

#[test]
fn desa_tagawiti_3_2016() {
    let act = parse("desa-tagawiti-lembata-3-2016.txt");
    assert_eq!(act.meta.kind, Some(ActKind::PeraturanDesa));
    assert_eq!(act.meta.level, Some(Level::Desa));
    assert_eq!(
        act.meta.region.as_deref(),
        Some("Desa Tagawiti, Kabupaten Lembata")
    );
    assert_eq!(act.meta.number.as_deref(), Some("3"));
    assert_eq!(act.meta.year, Some(2016));
    assert_eq!(
        act.meta.title.as_deref(),
        Some("DESA TENAGA KERJA INDONESIA")
    );
    assert_eq!(letters(&act), ["a", "b", "c"]);
    assert_eq!(items(&act), ["1", "2", "3"]);
}

#[test]
fn lombok_timur_12_2006_both_copies() {
    // Copy a: re-typed, "Menimbang : a." on one line, sentences inside points.
    let a = parse("kab-lombok-timur-12-2006-copy-a.txt");
    assert_eq!(a.meta.level, Some(Level::Kabupaten));
    assert_eq!(a.meta.region.as_deref(), Some("Kabupaten Lombok Timur"));
    assert_eq!(
        (a.meta.number.as_deref(), a.meta.year),
        (Some("12"), Some(2006))
    );
    assert_eq!(letters(&a), ["a", "b", "c", "d", "e"]);
    assert!(
        a.preamble.considerations[0]
            .text
            .ends_with("Dalam hal ini Negara wajib menjamin tersedianya lapangan kerja.")
    );
    assert_eq!(items(&a), ["1", "2"]);
    // Copy b: the gazette copy, hyphenated words broken at line ends ("perlin- dungan").
    let b = parse("kab-lombok-timur-12-2006-copy-b.txt");
    assert_eq!(b.meta.title, a.meta.title);
    assert_eq!(letters(&b), ["a", "b", "c"]);
    assert!(
        b.preamble.considerations[1]
            .text
            .contains("perlindungan hukum bagi tenaga kerja berdasarkan prinsip-prinsip")
    );
    assert!(b.repairs.iter().any(|r| r.to == "perlindungan"));
}
