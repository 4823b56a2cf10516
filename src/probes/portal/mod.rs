//! The portal probe: one HTTPS request per portal address (and its redirects), shared by the
//! `tls`, `certificate` and `clock` checks. Connection, handshake, chain, HTTP status and the
//! `Date` header all come from the same request.

mod classify;
pub mod connect_to;
pub mod eyeballs;
mod followup;
mod handshake;
pub mod proxy;
mod request;
mod resolver;
pub mod skew;
pub mod system_proxy;
pub mod trust;

use std::sync::Arc;
use std::time::Instant;

use rustls::crypto::CryptoProvider;
use rustls::pki_types::CertificateDer;
use serde::Serialize;

pub use connect_to::ConnectTo;

use crate::profile::Domain;
pub use trust::{Presented, TrustStores, Verdict};

/// Redirects followed at most, as browsers do (Chrome and Firefox stop after 20).
pub const MAX_REDIRECTS: usize = 20;

/// An address to probe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub url: url::Url,
    pub required: bool,
}

/// How the probe connects: the run's options and deadline.
pub struct Settings<'a> {
    pub connect_to: &'a [ConnectTo],
    pub stores: &'a TrustStores,
    pub provider: Arc<CryptoProvider>,
    pub deadline: Instant,
    /// Reads an environment variable (proxy settings).
    pub env: &'a (dyn Fn(&str) -> Option<String> + Sync),
    /// The operating system's proxy setting, used when no proxy variable is set.
    pub system_proxy: Option<system_proxy::SystemProxy>,
    /// Where redirects may lead: these domains and their subdomains (and the address's own host).
    pub portal_domains: &'a [Domain],
}

/// Why a request did not get an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    DnsFailed,
    ConnectionRefused,
    ConnectionFailed,
    Timeout,
    HandshakeFailed,
    ProtocolTooOld,
    NotTls,
    ProxyFailed,
    BadResponse,
    TooManyRedirects,
    /// A redirect to a host outside the portal's domains; `detail` is that host.
    RedirectedElsewhere,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProbeError {
    pub kind: ErrorKind,
    pub detail: String,
    /// For timeouts: how long the request had been going.
    pub waited_ms: Option<u64>,
    /// For a proxy that did not let the connection through: what it did instead, in a word
    /// any language can say (`detail` is the technical text, in English).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy_problem: Option<ProxyProblem>,
}

/// What a proxy did instead of connecting to the portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProxyProblem {
    /// It asks for a user name and password (407).
    WantsPassword,
    /// It refused to connect onwards.
    Refused,
    /// It could not be reached at all.
    Unreachable,
    /// The proxy setting itself cannot be used (not an address, or a kind loginsjekk does not
    /// speak, such as SOCKS).
    Unusable,
}

impl Serialize for ProxyProblem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl ProxyProblem {
    /// The problem in a word, as JSON and the locale files name it.
    pub fn as_str(self) -> &'static str {
        match self {
            ProxyProblem::WantsPassword => "wants-password",
            ProxyProblem::Refused => "refused",
            ProxyProblem::Unreachable => "unreachable",
            ProxyProblem::Unusable => "unusable",
        }
    }
}

/// Milliseconds from the start of the request to the end of each step reqwest lets be seen:
/// the name lookup, the server proving its key in the handshake, the answer's head.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Timings {
    pub dns: Option<u64>,
    pub tls: Option<u64>,
    pub first_byte: Option<u64>,
}

/// A timeout in `step`, after what the request has waited so far.
pub fn timeout(step: &str, started: Instant) -> ProbeError {
    ProbeError {
        kind: ErrorKind::Timeout,
        detail: step.to_owned(),
        waited_ms: Some(crate::report::millis(started.elapsed())),
        proxy_problem: None,
    }
}

/// One request and what came of it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Hop {
    pub url: String,
    /// The peer address connected to (the proxy's, through a proxy).
    pub address: Option<String>,
    pub proxy: Option<String>,
    pub tls_version: Option<String>,
    pub presented: Option<Presented>,
    pub status: Option<u16>,
    pub location: Option<String>,
    /// The raw `Date` header.
    pub date: Option<String>,
    /// The raw `Age` header: how long a cache had kept the answer (RFC 9111).
    pub age: Option<String>,
    /// The local time in the middle of the request, to compare with `date`.
    pub local_time: Option<time::OffsetDateTime>,
    pub timings: Timings,
    /// Every address tried, in the order tried (the proxy's, through a proxy).
    pub attempts: Vec<eyeballs::Attempt>,
    pub error: Option<ProbeError>,
}

/// One portal address: the first request and every redirect followed.
#[derive(Debug, Clone, PartialEq)]
pub struct PortalObservation {
    pub target: Target,
    /// At least one; the first is the request to the portal address itself.
    pub hops: Vec<Hop>,
    /// What ended the probe early, if anything (also on the hop where it happened).
    pub error: Option<ProbeError>,
}

impl PortalObservation {
    pub fn first(&self) -> &Hop {
        &self.hops[0]
    }

    pub fn last(&self) -> &Hop {
        self.hops.last().unwrap_or(&self.hops[0])
    }
}

/// Probes every target at the same time; returns them in the same order.
pub fn probe_all(targets: &[Target], settings: &Settings) -> Vec<PortalObservation> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = targets
            .iter()
            .map(|target| scope.spawn(move || probe(target, settings)))
            .collect();
        handles
            .into_iter()
            .zip(targets)
            .map(|(handle, target)| {
                handle.join().unwrap_or_else(|_| PortalObservation {
                    target: target.clone(),
                    hops: vec![Hop {
                        url: target.url.to_string(),
                        ..Hop::default()
                    }],
                    error: Some(ProbeError {
                        kind: ErrorKind::ConnectionFailed,
                        detail: "the probe crashed".to_owned(),
                        waited_ms: None,
                        proxy_problem: None,
                    }),
                })
            })
            .collect()
    })
}

/// Requests the target and follows its redirects: https only, within the portal's domains, at
/// most [`MAX_REDIRECTS`]. A redirect elsewhere is never followed, not even looked up: loginsjekk
/// connects nowhere but the portal.
pub fn probe(target: &Target, settings: &Settings) -> PortalObservation {
    let mut hops = Vec::new();
    let mut url = target.url.clone();
    let end = |hops, error| PortalObservation {
        target: target.clone(),
        hops,
        error,
    };
    loop {
        let hop = request::run(&url, settings);
        let next = match (&hop.error, hop.status, &hop.location) {
            (None, Some(301 | 302 | 303 | 307 | 308), Some(location)) => url.join(location).ok(),
            _ => None,
        };
        let error = hop.error.clone();
        hops.push(hop);
        if error.is_some() {
            return end(hops, error);
        }
        match next {
            // A redirect away from https is recorded, not followed: the padlock ends there.
            Some(next) if next.scheme() == "https" => {
                let host = next.host_str().unwrap_or_default();
                if !may_follow(target, settings.portal_domains, host) {
                    let error = ProbeError {
                        kind: ErrorKind::RedirectedElsewhere,
                        detail: host.to_owned(),
                        waited_ms: None,
                        proxy_problem: None,
                    };
                    return end(hops, Some(error));
                }
                if hops.len() > MAX_REDIRECTS {
                    let error = ProbeError {
                        kind: ErrorKind::TooManyRedirects,
                        detail: format!("more than {MAX_REDIRECTS} redirects"),
                        waited_ms: None,
                        proxy_problem: None,
                    };
                    return end(hops, Some(error));
                }
                url = next;
            }
            _ => return end(hops, None),
        }
    }
}

/// A redirect may go to the address's own host, or to a host under one of the portal's domains.
fn may_follow(target: &Target, domains: &[Domain], host: &str) -> bool {
    let same_host = target
        .url
        .host_str()
        .is_some_and(|own| own.eq_ignore_ascii_case(host));
    same_host || domains.iter().any(|domain| domain.covers(host))
}

/// Reads `--cacert`: PEM certificates to trust as if they were public roots.
pub fn read_extra_roots(path: &std::path::Path) -> Result<Vec<CertificateDer<'static>>, String> {
    use rustls::pki_types::pem::PemObject;
    let name = path.display();
    let bytes = crate::inputs::read_user_file(path).map_err(|e| {
        format!(
            "cannot read --cacert {name}: {}",
            e.reason(crate::inputs::MAX_USER_FILE)
        )
    })?;
    let certs: Vec<_> = CertificateDer::pem_slice_iter(&bytes)
        .collect::<Result<_, _>>()
        .map_err(|e| format!("--cacert {name} is not a PEM certificate file: {e}"))?;
    if certs.is_empty() {
        return Err(format!("--cacert {name} holds no PEM certificate"));
    }
    for cert in &certs {
        x509_parser::parse_x509_certificate(cert.as_ref())
            .map_err(|_| format!("--cacert {name} holds a certificate that cannot be read"))?;
    }
    Ok(certs)
}
