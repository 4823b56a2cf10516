//! National identity numbers: judged or refused, and never echoed beyond six digits.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(judged) = loginsjekk::id_number::judge(&text) {
        assert_eq!(judged.masked.len(), 11);
        assert!(judged.masked.ends_with("*****"));
    }
});
