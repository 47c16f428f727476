//! Integration tests of perda-law: the corpus against its source, the grammar on real
//! (OCR'd) text and real regulation openings, citations and the obligation catalogue.

mod citations;
mod corpus;
mod obligations;
mod ocr;
mod openings;
