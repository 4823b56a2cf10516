//! Any DER blob described as a certificate: the report fields, or an error; never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(facts) = loginsjekk::checks::certificate::describe::describe(data) {
        let _ = (facts.self_issued(), facts.name());
    }
});
