//! Fuzzes the plain-text reader and the line grammar: any bytes, read as UTF-8 lossily,
//! go through `Source::from_text` and `Act::from_source`, and every line through
//! `grammar::unit_marker` (body and elucidation) and `grammar::formula`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use perda_law::grammar::{formula, unit_marker};
use perda_law::{Act, Source};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(src) = Source::from_text("fuzz.txt", &text) {
        let _ = Act::from_source(&src);
    }
    for line in text.lines() {
        let _ = unit_marker(line, false);
        let _ = unit_marker(line, true);
        let _ = formula(line);
    }
});
