//! HTTP `Date` header values, with an `Age` after the first newline.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (date, age) = match text.split_once('\n') {
        Some((date, age)) => (date, Some(age)),
        None => (text.as_ref(), None),
    };
    let _ = loginsjekk::probes::portal::skew::server_time(date, age);
});
