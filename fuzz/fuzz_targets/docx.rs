//! Fuzzes the Word (DOCX) reader end to end: raw bytes through `Source::from_docx` (zip
//! archive, numbering and styles parts, the document's XML stream, the limits), then
//! `Act::from_source` on the lines it yields.
#![no_main]

use libfuzzer_sys::fuzz_target;
use perda_law::{Act, Source};

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = Source::from_docx("fuzz.docx", data) {
        let _ = Act::from_source(&src);
    }
});
