//! The `tls` check: does every required portal address answer over a secure connection?

mod judge;

use super::{Check, Context};
use crate::report::CheckOutcome;

// APPEND ONLY: a code's place here is its number in support codes read out for years to come.
finding_codes! {
    "tls" for Tls;
    Ok = "ok",
    DnsFailed = "dns-failed",
    ConnectionRefused = "connection-refused",
    ConnectionFailed = "connection-failed",
    Timeout = "timeout",
    HandshakeFailed = "handshake-failed",
    ProtocolTooOld = "protocol-too-old",
    NotTls = "not-tls",
    ProxyFailed = "proxy-failed",
    HttpError = "http-error",
    BadResponse = "bad-response",
    TooManyRedirects = "too-many-redirects",
    InsecureRedirect = "insecure-redirect",
    LegacyPortal = "legacy-portal",
    Offline = runner Offline,
    InternalError = runner InternalError,
    TimedOut = runner TimedOut,
    RedirectedElsewhere = "redirected-elsewhere",
    Ipv6Broken = "ipv6-broken",
    Ipv4Broken = "ipv4-broken",
    ClientCertificateRequested = "client-certificate-requested",
}

/// The secure connection (the padlock) to the ID portal.
pub struct Tls;

impl Check for Tls {
    fn uses_network(&self) -> bool {
        true
    }

    fn run(&self, ctx: &Context) -> CheckOutcome {
        judge::judge(ctx.portal_observations())
    }
}
