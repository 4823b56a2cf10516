//! ATRs as text (profile patterns) and as bytes (matching, showing).
#![no_main]
use libfuzzer_sys::fuzz_target;
use loginsjekk::atr::{parse_hex, spaced_hex, AtrPattern};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(bytes) = parse_hex(&text) {
        assert_eq!(parse_hex(&spaced_hex(&bytes)).unwrap(), bytes);
    }
    if let Ok(pattern) = AtrPattern::parse(&text) {
        let _ = pattern.matches(data);
        assert!(pattern.matches(&pattern.bytes));
    }
});
