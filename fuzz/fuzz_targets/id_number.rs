//! National identity numbers: judged or refused, and never echoed beyond six digits.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use loginsjekk::id_number::{judge, Context};

/// The eve of the day the check-digit rules for new numbers apply, and that day: both ways of
/// judging.
fn contexts() -> &'static [Context; 2] {
    static CONTEXTS: OnceLock<[Context; 2]> = OnceLock::new();
    CONTEXTS.get_or_init(|| {
        let from = loginsjekk::profile::Profile::embedded()
            .id_number
            .rules_2032_from
            .0;
        let eve = from.previous_day().unwrap_or(from);
        [eve, from].map(|today| Context {
            today,
            rules_2032_from: from,
        })
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for context in contexts() {
        if let Ok(judged) = judge(&text, context) {
            assert_eq!(judged.masked.len(), 11);
            assert!(judged.masked.ends_with("*****"));
            assert!(judged.birth_date <= context.today);
        }
    }
});
