//! pcsc-tools' smartcard_list.txt lines and their ATR regular expressions.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (list, atr) = text.split_once('\u{0}').unwrap_or((&text, "3B 9F 96 40 0A 80 31 E0"));
    let _ = loginsjekk::checks::card_reader::card_list::lookup(list, atr);
});
