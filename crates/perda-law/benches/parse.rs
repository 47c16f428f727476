//! Parser benchmarks on the whole of UU 18/2017 (91 articles).
//!
//! Run with `cargo bench -p perda-law --bench parse`; a quick pass is
//! `cargo bench -p perda-law --bench parse -- --warm-up-time 1 --measurement-time 3`.
//!
//! Functions in the group `uu-18-2017`:
//! - `parse_str`: Markdown bytes to an [`perda_law::Act`], end to end;
//! - `from_markdown`: loading only ([`perda_law::Source::from_markdown`]);
//! - `pulldown_cmark_events`: pulldown-cmark's bare event pass over the same text, the floor
//!   for anything that reads Markdown through it;
//! - `parse_str_ocr`: end-to-end parse of the OCR'd copy in
//!   `<workspace>/../shared/fixtures/ocr/uu-18-2017.ocr.md`, skipped with a note when that file
//!   is missing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pulldown_cmark::{Options, Parser};

/// The statute, Markdown with YAML front matter.
const CORPUS: &str = include_str!("../../../law-corpus/uu-18-2017.md");

/// Where the OCR'd copy lives, relative to the workspace root.
fn ocr_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/ocr/uu-18-2017.ocr.md")
}

fn bench_parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("uu-18-2017");
    group.throughput(Throughput::Bytes(CORPUS.len() as u64));

    group.bench_function("parse_str", |b| {
        b.iter(|| perda_law::parse_str(black_box("uu-18-2017.md"), black_box(CORPUS)).unwrap());
    });

    group.bench_function("from_markdown", |b| {
        b.iter(|| {
            perda_law::Source::from_markdown(black_box("uu-18-2017.md"), black_box(CORPUS)).unwrap()
        });
    });

    group.bench_function("pulldown_cmark_events", |b| {
        b.iter(|| {
            Parser::new_ext(
                black_box(CORPUS),
                Options::ENABLE_YAML_STYLE_METADATA_BLOCKS,
            )
            .count()
        });
    });

    let path = ocr_path();
    match std::fs::read_to_string(&path) {
        Ok(ocr) => {
            group.throughput(Throughput::Bytes(ocr.len() as u64));
            group.bench_function("parse_str_ocr", |b| {
                b.iter(|| {
                    perda_law::parse_str(black_box("uu-18-2017.ocr.md"), black_box(&ocr)).unwrap()
                });
            });
        }
        Err(e) => {
            println!(
                "note: skipping uu-18-2017/parse_str_ocr: cannot read {}: {e}",
                path.display()
            );
        }
    }

    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
