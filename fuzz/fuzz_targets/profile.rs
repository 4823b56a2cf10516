//! Profile files: any text is a profile or a one-line error naming the problem.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(err) = loginsjekk::profile::Profile::parse(text, "fuzz.toml") {
            assert!(!err.0.contains('\n'), "{}", err.0);
        }
    }
});
