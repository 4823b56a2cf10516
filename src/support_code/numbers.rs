//! Permanent numbers for finding codes, used by the support code.
//!
//! APPEND ONLY. A number, once given, belongs to its code forever: a support code read out
//! years from now must still decode to the same findings. New codes go at the end of their
//! check's list; a list holds at most 25 codes (numbers 0 to 24). A test compares this table
//! with `tests/fixtures/finding-numbers.txt` and fails if an existing number changes.

use crate::checks::{card_reader, certificate, clock, java, system, tls, usb_token};
use crate::code::FindingCode;

/// Each check's slot in the support code, in this fixed order; a code's number is its place in
/// its check's [`finding_codes!`](crate::finding_codes) list.
pub const TABLE: &[(&str, &[FindingCode])] = &[
    (tls::ID, tls::Code::ALL),
    (certificate::ID, certificate::Code::ALL),
    (clock::ID, clock::Code::ALL),
    (card_reader::ID, card_reader::Code::ALL),
    (java::ID, java::Code::ALL),
    (usb_token::ID, usb_token::Code::ALL),
    (system::ID, system::Code::ALL),
];

/// The most codes one check may have: 25 codes × 5 statuses, plus "did not run", fit in 7 bits.
pub const MAX_CODES: usize = 25;

/// A code's (slot, number).
pub fn number_of(code: FindingCode) -> Option<(usize, usize)> {
    TABLE
        .iter()
        .enumerate()
        .find_map(|(slot, (_, codes))| codes.iter().position(|c| *c == code).map(|n| (slot, n)))
}

/// Login methods, by their permanent bit in a format-2 code's scope. APPEND ONLY.
pub const METHODS: &[&str] = &[
    "bankid",
    "bankid-mobile",
    "buypass-smartcard",
    "buypass-mobile",
    "commfides",
];

/// The bits a format-2 code has for [`METHODS`].
pub const MAX_METHODS: usize = 6;

/// Findings a format-2 code carries when they stand behind their check's primary finding,
/// because they change what the helpline says: HTTPS inspection behind another site's
/// certificate ("turn off the antivirus program's HTTPS scanning"), a proxy behind a portal
/// failure, a broken IPv6 behind a working IPv4, … By their permanent bit. APPEND ONLY.
pub const SECONDARY: &[FindingCode] = &[
    certificate::Code::Intercepted.code(),
    certificate::Code::WrongHost.code(),
    certificate::Code::Untrusted.code(),
    certificate::Code::UnexpectedOwner.code(),
    certificate::Code::ExpiringSoon.code(),
    certificate::Code::ClockWrong.code(),
    system::Code::Proxy.code(),
    system::Code::HostsOverride.code(),
    system::Code::DataOutdated.code(),
    tls::Code::ProxyFailed.code(),
    tls::Code::Ipv6Broken.code(),
    tls::Code::Ipv4Broken.code(),
    tls::Code::LegacyPortal.code(),
    tls::Code::RedirectedElsewhere.code(),
    clock::Code::Skewed.code(),
    card_reader::Code::NoJavafri.code(),
    card_reader::Code::JavafriUnchecked.code(),
    java::Code::Broken.code(),
    java::Code::Bits32.code(),
    java::Code::Outdated.code(),
    usb_token::Code::Unconfirmed.code(),
];

/// The bits a format-2 code has for [`SECONDARY`].
pub const MAX_SECONDARY: usize = 22;
