//! The hosts file.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for entry in loginsjekk::checks::system::hosts::parse(&text) {
        assert!(!entry.names.is_empty());
        assert!(entry.line >= 1);
    }
});
