//! The grammar on real OCR'd acts, read in place from ../shared/fixtures/ocr (never copied
//! into the project). When CI=true and the files are missing, the tests fail.

use perda_law::{Act, Node};

fn shared(path: &str) -> Option<String> {
    let full = format!(
        "{}/../../../shared/fixtures/ocr/{path}",
        env!("CARGO_MANIFEST_DIR")
    );
    match std::fs::read_to_string(&full) {
        Ok(s) => Some(s),
        Err(e) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "{full}: {e} (the shared fixtures must be beside the checkout in CI)"
            );
            eprintln!("note: {full} not found; skipped outside CI");
            None
        }
    }
}

fn numbers(act: &Act) -> Vec<String> {
    act.articles().map(|a| a.number.clone()).collect()
}

fn expected(n: u32) -> Vec<String> {
    (1..=n).map(|i| i.to_string()).collect()
}

#[test]
fn uu_18_2017_ocr_pasal_sequence_is_exact() {
    let Some(text) = shared("uu-18-2017.ocr.md") else {
        return;
    };
    let act = perda_law::parse_str("uu-18-2017.ocr.md", &text).expect("parse");
    assert_eq!(numbers(&act), expected(91));
    assert!(
        !act.repairs.is_empty(),
        "an OCR'd text needs repairs, and reports them"
    );
}

#[test]
fn uu_39_2004_ocr_pasal_sequence_is_exact() {
    let Some(text) = shared("uu-39-2004.ocr.md") else {
        return;
    };
    let act = perda_law::parse_str("uu-39-2004.ocr.md", &text).expect("parse");
    assert_eq!(numbers(&act), expected(109));
}

#[test]
fn uu_18_2017_ocr_skeleton_matches_the_clean_corpus() {
    let Some(text) = shared("uu-18-2017.ocr.md") else {
        return;
    };
    let ocr = perda_law::parse_str("uu-18-2017.ocr.md", &text).expect("parse");
    let clean = perda_law::corpus::uu_18_2017().expect("corpus");
    let mut same = 0;
    let mut differ = Vec::new();
    for a in clean.articles() {
        let o = ocr
            .article(&a.number)
            .map(Node::skeleton)
            .unwrap_or_default();
        if o == a.skeleton() {
            same += 1;
        } else {
            differ.push(a.number.clone());
        }
    }
    let total = clean.articles().count();
    let pct = 100.0 * same as f64 / total as f64;
    println!(
        "OCR skeleton equal to the clean corpus: {same}/{total} Pasal ({pct:.1} %); differ: {}",
        differ.join(", ")
    );
    assert_eq!(total, 91);
    assert!(
        pct >= 95.0,
        "only {same}/{total} Pasal ({pct:.1} %) match; differ: {differ:?}"
    );
}
