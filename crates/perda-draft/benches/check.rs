//! Speed of the checker: one regulation, and a batch of a thousand drafts.
//!
//! - `check/raperda-kabupaten-jember`: reading, parsing, coverage and every rule on the
//!   41 KB example Raperda (38 Pasal with their Penjelasan).
//! - `check/uu-18-2017`: every rule on UU 18/2017 itself, a real statute of about 60
//!   printed pages (92 KB).
//! - `check/coverage-only`: coverage alone on the parsed document.
//! - `check/parse-only`: reading the Markdown and parsing it into the structure tree.
//! - `check/rules-only`: every rule on a freshly prepared document (coverage already
//!   judged).
//! - `batch/1000-drafts`: 1,000 drafts (the example drafts, varied) checked through the
//!   same parallel runner as `perda check DIR`, from memory, so the figure is the
//!   checker's and not the disk's.

// A bench stops loudly on a broken fixture, like a test.
#![allow(clippy::expect_used, clippy::indexing_slicing)]

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use perda_draft::check::run::{Input, RunOptions, run};
use perda_draft::check::{Document, ReadOptions, Selection, check_document};

const JEMBER: &str = include_str!("../../../examples/check/raperda-kabupaten-jember.md");
const DRAFTS: [(&str, &str); 5] = [
    ("jember.md", JEMBER),
    (
        "tanpa.md",
        include_str!("../../../examples/check/raperda-kabupaten-jember-tanpa-41b-41h.md"),
    ),
    (
        "kata-lain.md",
        include_str!("../../../examples/check/raperda-kabupaten-jember-kata-lain.md"),
    ),
    (
        "desa.md",
        include_str!("../../../examples/check/raperda-desa-sukamaju.md"),
    ),
    (
        "tki.md",
        include_str!("../../../examples/check/perda-kabupaten-sukamaju-2010-tki.md"),
    ),
];

fn one(c: &mut Criterion) {
    let opts = ReadOptions::default();
    let selection = Selection::default();
    let mut g = c.benchmark_group("check");
    g.throughput(Throughput::Bytes(JEMBER.len() as u64));
    g.bench_function("raperda-kabupaten-jember", |b| {
        b.iter(|| {
            let src = perda_law::Source::from_markdown("jember.md", JEMBER).expect("loads");
            let doc = Document::new(&src, &opts).expect("parses");
            check_document(&doc, &selection)
        })
    });
    // A real statute of about 60 printed pages (92 KB with its Penjelasan), through every
    // rule (coverage does not apply to an Undang-Undang).
    let uu = perda_law::corpus::UU_18_2017_MD;
    g.throughput(Throughput::Bytes(uu.len() as u64));
    g.bench_function("uu-18-2017", |b| {
        b.iter(|| {
            let src = perda_law::Source::from_markdown("uu.md", uu).expect("loads");
            let doc = Document::new(&src, &opts).expect("parses");
            check_document(&doc, &selection)
        })
    });
    g.throughput(Throughput::Bytes(JEMBER.len() as u64));
    let src = perda_law::Source::from_markdown("jember.md", JEMBER).expect("loads");
    let act = perda_law::Act::from_source(&src).expect("parses");
    g.bench_function("coverage-only", |b| {
        b.iter(|| {
            let doc = Document::from_parts(&src, act.clone(), &opts);
            doc.coverage().len()
        })
    });
    // The phases on their own: reading and parsing; the rules on a prepared document.
    g.bench_function("parse-only", |b| {
        b.iter(|| {
            let src = perda_law::Source::from_markdown("jember.md", JEMBER).expect("loads");
            perda_law::Act::from_source(&src).expect("parses")
        })
    });
    // A fresh document each time (prepared outside the timing): what the rules derive
    // from a document and share among themselves is built once per document, and counts.
    g.bench_function("rules-only", |b| {
        b.iter_batched(
            || {
                let doc = Document::from_parts(&src, act.clone(), &opts);
                doc.coverage();
                doc
            },
            // Returned, the document is dropped outside the timing too.
            |doc| {
                let report = check_document(&doc, &selection);
                (doc, report)
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

fn batch(c: &mut Criterion) {
    // Each draft is varied a little (its number) so no two inputs are identical.
    let inputs: Vec<Input> = (0..1000)
        .map(|i| {
            let (name, text) = DRAFTS[i % DRAFTS.len()];
            Input::Bytes {
                name: format!("{i:04}-{name}"),
                bytes: text
                    .replacen(
                        "NOMOR ... TAHUN ...",
                        &format!("NOMOR ... TAHUN ... ({i})"),
                        1,
                    )
                    .into_bytes(),
            }
        })
        .collect();
    let bytes: usize = inputs
        .iter()
        .map(|i| match i {
            Input::Bytes { bytes, .. } => bytes.len(),
            Input::Path(_) => 0,
        })
        .sum();
    let opts = RunOptions {
        no_config: true,
        ..RunOptions::default()
    };
    let mut g = c.benchmark_group("batch");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("1000-drafts", |b| {
        b.iter(|| run(&inputs, &opts).expect("runs").summary.files)
    });
    g.finish();
}

criterion_group!(benches, one, batch);
criterion_main!(benches);
