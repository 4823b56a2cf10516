//! Support codes as a caller reads them.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = loginsjekk::support_code::decode(&String::from_utf8_lossy(data));
});
