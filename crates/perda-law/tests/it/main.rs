//! Integration tests of perda-law: the corpus against its source, the grammar on real
//! (OCR'd) text and real regulation openings, citations and the obligation catalogue.

// Test helpers may stop loudly: a failed expectation is a failed test.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod citations;
mod corpus;
mod docx;
mod obligations;
mod ocr;
mod openings;
