//! The obligation catalogue of UU 18/2017: pinned whole, reconciled with extraction, and
//! worded exactly as the statute.

use perda_law::Level;
use perda_law::corpus::{
    build_uu_18_2017_obligations, uu_18_2017, uu_18_2017_obligations, uu_18_2017_overlay,
};
use perda_law::obligation::{Modality, reconcile};

/// The whole catalogue: id, modality, levels. A parser or overlay change that adds, drops
/// or reclassifies an obligation must change this list too.
const PINNED: &[(&str, &str, &str)] = &[
    ("uu-18-2017/11/2", "duty", "kabupaten,kota"),
    ("uu-18-2017/13/b", "duty", "desa"),
    ("uu-18-2017/24/2", "duty", "provinsi,kabupaten,kota"),
    (
        "uu-18-2017/30/1",
        "must-not",
        "provinsi,kabupaten,kota,desa",
    ),
    ("uu-18-2017/33", "duty", "provinsi,kabupaten,kota"),
    ("uu-18-2017/34/a", "duty", "provinsi,kabupaten,kota"),
    ("uu-18-2017/34/b", "duty", "provinsi,kabupaten,kota"),
    ("uu-18-2017/34/c", "duty", "provinsi,kabupaten,kota"),
    ("uu-18-2017/34/d", "duty", "provinsi,kabupaten,kota"),
    ("uu-18-2017/34/e", "duty", "provinsi,kabupaten,kota"),
    ("uu-18-2017/35/a", "duty", "provinsi,kabupaten,kota"),
    ("uu-18-2017/35/b", "duty", "provinsi,kabupaten,kota"),
    ("uu-18-2017/35/c", "duty", "provinsi,kabupaten,kota"),
    ("uu-18-2017/38/1", "duty", "provinsi,kabupaten,kota"),
    ("uu-18-2017/38/2", "may", "provinsi,kabupaten,kota"),
    ("uu-18-2017/40/a", "duty", "provinsi"),
    ("uu-18-2017/40/b", "duty", "provinsi"),
    ("uu-18-2017/40/c", "duty", "provinsi"),
    ("uu-18-2017/40/d", "duty", "provinsi"),
    ("uu-18-2017/40/e", "duty", "provinsi"),
    ("uu-18-2017/40/f", "duty", "provinsi"),
    ("uu-18-2017/40/g", "duty", "provinsi"),
    ("uu-18-2017/40/h", "duty", "provinsi"),
    ("uu-18-2017/40/i", "may", "provinsi"),
    ("uu-18-2017/41/a", "duty", "kabupaten,kota"),
    ("uu-18-2017/41/b", "duty", "kabupaten,kota"),
    ("uu-18-2017/41/c", "duty", "kabupaten,kota"),
    ("uu-18-2017/41/d", "duty", "kabupaten,kota"),
    ("uu-18-2017/41/e", "duty", "kabupaten,kota"),
    ("uu-18-2017/41/f", "duty", "kabupaten,kota"),
    ("uu-18-2017/41/g", "duty", "kabupaten,kota"),
    ("uu-18-2017/41/h", "duty", "kabupaten,kota"),
    ("uu-18-2017/41/i", "duty", "kabupaten,kota"),
    ("uu-18-2017/41/j", "duty", "kabupaten,kota"),
    ("uu-18-2017/41/k", "may", "kabupaten,kota"),
    ("uu-18-2017/42/a", "duty", "desa"),
    ("uu-18-2017/42/b", "duty", "desa"),
    ("uu-18-2017/42/c", "duty", "desa"),
    ("uu-18-2017/42/d", "duty", "desa"),
    ("uu-18-2017/42/e", "duty", "desa"),
    (
        "uu-18-2017/72/a",
        "must-not",
        "provinsi,kabupaten,kota,desa",
    ),
    ("uu-18-2017/75/1", "duty", "provinsi,kabupaten,kota"),
    ("uu-18-2017/76/1", "duty", "provinsi,kabupaten,kota"),
    ("uu-18-2017/76/2", "may", "provinsi,kabupaten,kota"),
    ("uu-18-2017/77/2", "duty", "provinsi,kabupaten,kota"),
    ("uu-18-2017/78/1", "may", "provinsi,kabupaten,kota"),
];

#[test]
fn the_catalogue_is_pinned() {
    let list = build_uu_18_2017_obligations().expect("catalogue");
    let got: Vec<(String, String, String)> = list
        .iter()
        .map(|o| {
            let levels: Vec<&str> = o.levels.iter().map(|l| l.as_str()).collect();
            (
                o.id.clone(),
                o.modality.as_str().to_string(),
                levels.join(","),
            )
        })
        .collect();
    let want: Vec<(String, String, String)> = PINNED
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn extraction_agrees_with_the_reviewed_overlay() {
    let act = uu_18_2017().expect("corpus");
    let overlay = uu_18_2017_overlay().expect("overlay");
    let mismatches = reconcile(&act, &overlay);
    assert!(
        mismatches.is_empty(),
        "extraction and overlay disagree: {mismatches:#?}"
    );
}

#[test]
fn pasal_40_41_42_are_complete_with_the_statutes_words() {
    let list = build_uu_18_2017_obligations().expect("catalogue");
    let ids = |pasal: &str| -> Vec<String> {
        list.iter()
            .filter(|o| o.id.starts_with(&format!("uu-18-2017/{pasal}/")))
            .map(|o| o.id.rsplit('/').next().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(ids("40"), ["a", "b", "c", "d", "e", "f", "g", "h", "i"]);
    assert_eq!(
        ids("41"),
        ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]
    );
    assert_eq!(ids("42"), ["a", "b", "c", "d", "e"]);

    let get = |id: &str| list.iter().find(|o| o.id == id).expect(id);
    assert_eq!(
        get("uu-18-2017/41/b").text,
        "membuat basis data Pekerja Migran Indonesia;"
    );
    assert_eq!(
        get("uu-18-2017/41/b").levels,
        [Level::Kabupaten, Level::Kota]
    );
    assert_eq!(
        get("uu-18-2017/41/b").lead_in.as_deref(),
        Some("Pemerintah Daerah kabupaten/kota memiliki tugas dan tanggung jawab:")
    );
    for id in ["uu-18-2017/40/i", "uu-18-2017/41/k"] {
        let o = get(id);
        assert_eq!(o.modality, Modality::May, "{id}");
        assert!(
            o.text
                .starts_with("dapat membentuk layanan terpadu satu atap"),
            "{id}"
        );
    }
    assert_eq!(get("uu-18-2017/42/e").levels, [Level::Desa]);
    let p30 = get("uu-18-2017/30/1");
    assert_eq!(p30.modality, Modality::MustNot);
    assert_eq!(
        p30.text,
        "Pekerja Migran Indonesia tidak dapat dibebani biaya penempatan."
    );
    assert_eq!(p30.levels, Level::ALL);
}

#[test]
fn every_obligation_text_is_in_the_statute_source() {
    // The catalogue's words come from the corpus; the corpus is checked against the
    // source word for word (corpus.rs). Here: each text is a substring of its source line.
    let corpus = perda_law::corpus::UU_18_2017_MD;
    for o in build_uu_18_2017_obligations().expect("catalogue") {
        assert!(!o.text.is_empty(), "{} has no text", o.id);
        let first_line = o.text.split(" (").next().unwrap_or(&o.text);
        assert!(
            corpus.contains(first_line),
            "{}: text not found in the corpus: {}",
            o.id,
            o.text
        );
        assert!(
            o.cite.contains(o.id.split('/').nth(1).unwrap_or("?")),
            "{} cite {}",
            o.id,
            o.cite
        );
    }
}

/// The catalogue is prepared ahead of time in `src/corpus/prepared.rs`; it must be exactly
/// what the corpus and overlay give today. `UPDATE_PREPARED=1` rewrites it.
#[test]
fn prepared_catalogue_is_the_one_built_from_the_corpus() {
    let built = build_uu_18_2017_obligations().unwrap();
    let source = perda_law::corpus::prepared_source(&built);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/corpus/prepared.rs");
    if std::env::var_os("UPDATE_PREPARED").is_some() {
        // This test binary holds the old copy: the next build compares the new one.
        std::fs::write(&path, &source).unwrap();
        return;
    }
    let on_disk = std::fs::read_to_string(&path).unwrap();
    assert!(
        on_disk == source,
        "src/corpus/prepared.rs is stale (the corpus or overlay changed): run\n  \
         UPDATE_PREPARED=1 cargo test -p perda-law --test it prepared"
    );
    assert_eq!(uu_18_2017_obligations(), built);
}
