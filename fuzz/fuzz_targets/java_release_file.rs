//! Java `release` files.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = loginsjekk::checks::java::release_file::parse(&String::from_utf8_lossy(data));
});
