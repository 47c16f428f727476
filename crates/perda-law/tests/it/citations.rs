//! Citations of UU 18/2017: every internal reference resolves.

use perda_law::citation::{find_citations, resolve_id, unresolved_references};
use perda_law::corpus::uu_18_2017;

#[test]
fn every_internal_reference_of_uu_18_2017_resolves() {
    let act = uu_18_2017().expect("corpus");
    // Count the references checked, so the test cannot pass by finding none.
    let mut count = 0;
    for a in act.articles() {
        for n in a.walk() {
            count += find_citations(&n.text)
                .iter()
                .filter(|c| c.act.is_none())
                .map(|c| c.refs.len())
                .sum::<usize>();
        }
    }
    println!("internal references checked: {count}");
    assert!(count >= 120, "only {count} internal references found");
    let unresolved = unresolved_references(&act);
    assert!(
        unresolved.is_empty(),
        "unresolved references: {unresolved:#?}"
    );
}

#[test]
fn stable_ids_resolve_to_the_right_units() {
    let act = uu_18_2017().expect("corpus");
    let text = |id: &str| resolve_id(&act, "uu-18-2017", id).map(|n| n.text.clone());
    assert_eq!(
        text("uu-18-2017/41/b").as_deref(),
        Some("membuat basis data Pekerja Migran Indonesia;")
    );
    assert_eq!(
        text("uu-18-2017/8/3/a").as_deref(),
        Some("pemberian sosialisasi dan diseminasi informasi;")
    );
    assert_eq!(
        text("uu-18-2017/1/22").map(|t| t.starts_with("Pemerintah Daerah adalah")),
        Some(true)
    );
    assert_eq!(
        text("uu-18-2017/45/a/2").as_deref(),
        Some("pengawasan penyelenggaraan penempatan;")
    );
    assert!(text("uu-18-2017/41/l").is_none());
    assert!(text("uu-18-2017/92").is_none());
    assert!(text("uu-18-2017/8/4").is_none());
}

#[test]
fn a_broken_reference_is_reported() {
    let text = perda_law::corpus::UU_18_2017_MD.replacen(
        "sebagaimana dimaksud dalam Pasal 7 huruf a meliputi",
        "sebagaimana dimaksud dalam Pasal 7 huruf z meliputi",
        1,
    );
    let act = perda_law::parse_str("broken.md", &text).expect("parse");
    let unresolved = unresolved_references(&act);
    assert_eq!(unresolved.len(), 1, "{unresolved:#?}");
    assert_eq!(unresolved[0].path, "7/z");
}
