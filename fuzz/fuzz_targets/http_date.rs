//! HTTP `Date` header values.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = loginsjekk::checks::clock::judge::server_time(&String::from_utf8_lossy(data));
});
