//! Fuzzes the region-profile loader and the generator behind it: any text must give a
//! profile or an error naming a line, and any profile that loads must render a draft or
//! fail with an error, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use perda_draft::profile::Profile;
use perda_draft::render::{Templates, render};
use std::sync::LazyLock;

static TEMPLATES: LazyLock<Option<Templates>> = LazyLock::new(|| Templates::embedded().ok());

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(profile) = Profile::from_yaml("profile.yaml", text)
        && let Some(templates) = TEMPLATES.as_ref()
    {
        let _ = render(&profile, templates);
    }
});
