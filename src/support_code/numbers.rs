//! Permanent numbers for finding codes, used by the support code.
//!
//! APPEND ONLY. A number, once given, belongs to its code forever: a support code read out
//! years from now must still decode to the same findings. New codes go at the end of their
//! check's list; a list holds at most 25 codes (numbers 0 to 24). A test compares this table
//! with `tests/fixtures/finding-numbers.txt` and fails if an existing number changes.

/// Each check's slot in the support code, in this fixed order, with its codes by number.
pub const TABLE: &[(&str, &[&str])] = &[
    (
        "tls",
        &[
            "tls.ok",
            "tls.dns-failed",
            "tls.connection-refused",
            "tls.connection-failed",
            "tls.timeout",
            "tls.handshake-failed",
            "tls.protocol-too-old",
            "tls.not-tls",
            "tls.proxy-failed",
            "tls.http-error",
            "tls.bad-response",
            "tls.too-many-redirects",
            "tls.insecure-redirect",
            "tls.legacy-portal",
            "tls.offline",
            "tls.internal-error",
            "tls.timed-out",
            "tls.redirected-elsewhere",
            "tls.ipv6-broken",
            "tls.ipv4-broken",
            "tls.client-certificate-requested",
        ],
    ),
    (
        "certificate",
        &[
            "certificate.ok",
            "certificate.expired",
            "certificate.not-yet-valid",
            "certificate.wrong-host",
            "certificate.untrusted",
            "certificate.intercepted",
            "certificate.unexpected-owner",
            "certificate.no-owner-named",
            "certificate.clock-wrong",
            "certificate.expiring-soon",
            "certificate.unreadable",
            "certificate.not-checked",
            "certificate.offline",
            "certificate.internal-error",
            "certificate.timed-out",
            "certificate.weak",
            "certificate.wrong-purpose",
            "certificate.incomplete-chain",
            "certificate.name-not-permitted",
        ],
    ),
    (
        "clock",
        &[
            "clock.ok",
            "clock.skewed",
            "clock.wrong",
            "clock.unknown",
            "clock.offline",
            "clock.internal-error",
            "clock.timed-out",
        ],
    ),
    (
        "card-reader",
        &[
            "card-reader.buypass-card",
            "card-reader.no-pcsc-library",
            "card-reader.service-unavailable",
            "card-reader.no-reader",
            "card-reader.no-card",
            "card-reader.card-unresponsive",
            "card-reader.card-in-use",
            "card-reader.not-buypass",
            "card-reader.unknown-card",
            "card-reader.internal-error",
            "card-reader.timed-out",
            "card-reader.not-set-up",
            "card-reader.javafri-running",
            "card-reader.no-javafri",
            "card-reader.javafri-unchecked",
        ],
    ),
    (
        "java",
        &[
            "java.ok",
            "java.outdated",
            "java.unsupported-release",
            "java.not-found",
            "java.broken",
            "java.32-bit",
            "java.internal-error",
            "java.timed-out",
            "java.newer-update-likely",
        ],
    ),
    (
        "usb-token",
        &[
            "usb-token.commfides-found",
            "usb-token.unconfirmed",
            "usb-token.not-found",
            "usb-token.usb-unavailable",
            "usb-token.internal-error",
            "usb-token.timed-out",
        ],
    ),
    (
        "system",
        &[
            "system.ok",
            "system.hosts-override",
            "system.proxy",
            "system.data-outdated",
            "system.internal-error",
            "system.timed-out",
        ],
    ),
];

/// The most codes one check may have: 25 codes × 5 statuses, plus "did not run", fit in 7 bits.
pub const MAX_CODES: usize = 25;

/// A code's (slot, number).
pub fn number_of(code: &str) -> Option<(usize, usize)> {
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
pub const SECONDARY: &[&str] = &[
    "certificate.intercepted",
    "certificate.wrong-host",
    "certificate.untrusted",
    "certificate.unexpected-owner",
    "certificate.expiring-soon",
    "certificate.clock-wrong",
    "system.proxy",
    "system.hosts-override",
    "system.data-outdated",
    "tls.proxy-failed",
    "tls.ipv6-broken",
    "tls.ipv4-broken",
    "tls.legacy-portal",
    "tls.redirected-elsewhere",
    "clock.skewed",
    "card-reader.no-javafri",
    "card-reader.javafri-unchecked",
    "java.broken",
    "java.32-bit",
    "java.outdated",
    "usb-token.unconfirmed",
];

/// The bits a format-2 code has for [`SECONDARY`].
pub const MAX_SECONDARY: usize = 22;
