//! The `tls` check: does every required portal address answer over a secure connection?

mod judge;

use super::{Check, Context};
use crate::report::CheckOutcome;

pub const OK: &str = "tls.ok";
pub const DNS_FAILED: &str = "tls.dns-failed";
pub const CONNECTION_REFUSED: &str = "tls.connection-refused";
pub const CONNECTION_FAILED: &str = "tls.connection-failed";
pub const TIMEOUT: &str = "tls.timeout";
pub const HANDSHAKE_FAILED: &str = "tls.handshake-failed";
pub const PROTOCOL_TOO_OLD: &str = "tls.protocol-too-old";
pub const NOT_TLS: &str = "tls.not-tls";
pub const PROXY_FAILED: &str = "tls.proxy-failed";
pub const HTTP_ERROR: &str = "tls.http-error";
pub const BAD_RESPONSE: &str = "tls.bad-response";
pub const TOO_MANY_REDIRECTS: &str = "tls.too-many-redirects";
pub const INSECURE_REDIRECT: &str = "tls.insecure-redirect";
pub const LEGACY_PORTAL: &str = "tls.legacy-portal";
pub const REDIRECTED_ELSEWHERE: &str = "tls.redirected-elsewhere";
pub const IPV6_BROKEN: &str = "tls.ipv6-broken";
pub const IPV4_BROKEN: &str = "tls.ipv4-broken";
pub const CLIENT_CERTIFICATE_REQUESTED: &str = "tls.client-certificate-requested";

/// The secure connection (the padlock) to the ID portal.
pub struct Tls;

impl Check for Tls {
    fn id(&self) -> &'static str {
        "tls"
    }

    fn codes(&self) -> &'static [&'static str] {
        &[
            OK,
            DNS_FAILED,
            CONNECTION_REFUSED,
            CONNECTION_FAILED,
            TIMEOUT,
            HANDSHAKE_FAILED,
            PROTOCOL_TOO_OLD,
            NOT_TLS,
            PROXY_FAILED,
            HTTP_ERROR,
            BAD_RESPONSE,
            TOO_MANY_REDIRECTS,
            INSECURE_REDIRECT,
            LEGACY_PORTAL,
            REDIRECTED_ELSEWHERE,
            IPV6_BROKEN,
            IPV4_BROKEN,
            CLIENT_CERTIFICATE_REQUESTED,
        ]
    }

    fn uses_network(&self) -> bool {
        true
    }

    fn run(&self, ctx: &Context) -> CheckOutcome {
        judge::judge(ctx.portal_observations())
    }
}
