//! Fuzzes the Markdown reader end to end: raw bytes through `Source::from_bytes` (which
//! rejects invalid UTF-8 and NUL with an error) as a `.md` file, then `Act::from_source`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use perda_law::{Act, Source};

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = Source::from_bytes("fuzz.md", data) {
        let _ = Act::from_source(&src);
    }
});
