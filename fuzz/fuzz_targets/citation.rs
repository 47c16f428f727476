//! Fuzzes the citation parser (`Pasal 5 ayat (2) huruf a dan huruf c Undang-Undang Nomor
//! 18 Tahun 2017 ...`): any text gives citations whose byte ranges lie inside it, in order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use perda_law::citation::find_citations;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let mut last = 0;
        for c in find_citations(text) {
            assert!(c.start >= last && c.start < c.end && c.end <= text.len());
            assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
            last = c.end;
        }
    }
});
