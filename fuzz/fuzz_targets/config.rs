//! Fuzzes the perda.toml loader: any text must give a config or an error naming a line.
#![no_main]

use libfuzzer_sys::fuzz_target;
use perda_draft::check::config::Config;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Config::parse(std::path::Path::new("perda.toml"), text);
    }
});
