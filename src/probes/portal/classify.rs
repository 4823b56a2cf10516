//! Why a request failed, from reqwest's error and what the request's witnesses saw (the name
//! lookup, the certificate verifier), with a follow-up step where those cannot tell.
//!
//! reqwest reports most failures as "error sending request" or "client error (Connect)": the
//! cause is found by walking the error's sources, looking inside every `io::Error` too, down to
//! the rustls or operating-system error.

use std::error::Error as StdError;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use rustls::{AlertDescription, ClientConfig, PeerIncompatible};

use super::eyeballs::{self, Attempt, Outcome};
use super::{followup, proxy::Proxy, timeout, ErrorKind, ProbeError, ProxyProblem};

/// hyper-util's tunnel errors are private types: their text is all there is to go on. A test
/// (tests/portal_proxies.rs) pins both, so that an upgrade that changes them fails.
const PROXY_WANTS_CREDENTIALS: &str = "proxy authorization required";
const PROXY_REFUSED: &str = "tunnel error: unsuccessful";

/// What was known when the request failed.
pub struct Failed<'a> {
    pub error: &'a reqwest::Error,
    pub host: &'a str,
    pub proxy: Option<&'a Proxy>,
    /// The addresses the connection went to (the proxy's, through a proxy).
    pub addrs: Vec<SocketAddr>,
    pub looked_up: bool,
    pub lookup_failure: Option<String>,
    /// The server presented a certificate; `signed`: and proved its key.
    pub presented: bool,
    pub signed: bool,
    pub config: Arc<ClientConfig>,
    pub started: Instant,
    pub deadline: Instant,
}

/// The failure as a finding's error, and the attempts the follow-up steps made.
pub fn classify(failed: &Failed) -> (ProbeError, Vec<Attempt>) {
    let causes = causes(failed.error);
    let rustls_error = causes
        .iter()
        .find_map(|e| e.downcast_ref::<rustls::Error>());
    let reason = reason(&causes);
    let timed_out = failed.error.is_timeout()
        || causes.iter().any(|e| {
            e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::TimedOut)
        });

    if let Some(proxy) = failed.proxy {
        if !failed.presented && rustls_error.is_none() {
            if timed_out {
                return (timeout("proxy", failed.started), Vec::new());
            }
            return (proxy_failed(proxy, &causes, failed, &reason), Vec::new());
        }
    }
    if let Some(failure) = &failed.lookup_failure {
        let error = ProbeError {
            kind: ErrorKind::DnsFailed,
            detail: failure.clone(),
            waited_ms: None,
            proxy_problem: None,
        };
        return (error, Vec::new());
    }
    if timed_out {
        return timed_out_at(failed);
    }
    if let Some(err) = rustls_error {
        if !failed.presented && matches!(err, rustls::Error::InvalidMessage(_)) {
            if let Some(error) = sniff(failed) {
                return (error, Vec::new());
            }
        }
        return (handshake_error(err), Vec::new());
    }
    if failed.signed {
        let error = ProbeError {
            kind: ErrorKind::BadResponse,
            detail: reason,
            waited_ms: None,
            proxy_problem: None,
        };
        return (error, Vec::new());
    }
    // The server took the connection and then closed it: no follow-up connection can say more,
    // and none is made (a watch must not knock on the portal more often than its visits).
    let broken_off = causes.iter().any(|e| {
        e.downcast_ref::<io::Error>().is_some_and(|e| {
            matches!(
                e.kind(),
                io::ErrorKind::UnexpectedEof
                    | io::ErrorKind::ConnectionReset
                    | io::ErrorKind::ConnectionAborted
            )
        })
    });
    if failed.presented || broken_off {
        return (broke_during_handshake(&reason), Vec::new());
    }
    // Before any certificate: the TCP connection failed, or the server broke off the
    // handshake. A plain connection to each address tells which.
    let order = eyeballs::interleave(&failed.addrs);
    let outcomes = eyeballs::try_each(&order, failed.deadline);
    let attempts = eyeballs::attempts(&order, &outcomes);
    if !outcomes.contains(&Outcome::Connected) {
        return (
            eyeballs::failure(&attempts, &reason, failed.started),
            attempts,
        );
    }
    let error = sniff(failed).unwrap_or_else(|| broke_during_handshake(&reason));
    (error, attempts)
}

/// A timeout, with the step it happened in: the lookup, the TCP connection (a follow-up tells
/// whether any address answers now), the handshake or the answer.
fn timed_out_at(failed: &Failed) -> (ProbeError, Vec<Attempt>) {
    let step = |step| (timeout(step, failed.started), Vec::new());
    if failed.signed {
        return step("response");
    }
    if failed.presented {
        return step("tls");
    }
    if !failed.looked_up && failed.addrs.is_empty() {
        return step("dns");
    }
    let order = eyeballs::interleave(&failed.addrs);
    let outcomes = eyeballs::try_each(&order, failed.deadline);
    let attempts = eyeballs::attempts(&order, &outcomes);
    if outcomes.contains(&Outcome::Connected) {
        return (timeout("tls", failed.started), attempts);
    }
    let mut error = eyeballs::failure(&attempts, "no answer", failed.started);
    if error.kind != ErrorKind::Timeout {
        error = timeout("connect", failed.started);
    }
    (error, attempts)
}

fn sniff(failed: &Failed) -> Option<ProbeError> {
    if failed.proxy.is_some() {
        return None;
    }
    let order = eyeballs::interleave(&failed.addrs);
    let addr = order.first()?;
    let first = followup::first_bytes(
        *addr,
        failed.host,
        Arc::clone(&failed.config),
        failed.deadline,
    )?;
    followup::not_tls(&first)
}

fn proxy_failed(proxy: &Proxy, causes: &[&CauseRef], failed: &Failed, reason: &str) -> ProbeError {
    let said = |text: &str| causes.iter().any(|e| e.to_string().contains(text));
    let (problem, detail) = if said(PROXY_WANTS_CREDENTIALS) {
        let detail = format!(
            "{}: the proxy asks for a user name and password (407)",
            proxy.display
        );
        (ProxyProblem::WantsPassword, detail)
    } else if said(PROXY_REFUSED) {
        let detail = format!("{}: the proxy refused the connection", proxy.display);
        (ProxyProblem::Refused, detail)
    } else {
        let why = failed.lookup_failure.as_deref().unwrap_or(reason);
        let detail = format!("cannot reach the proxy {}: {why}", proxy.display);
        (ProxyProblem::Unreachable, detail)
    };
    ProbeError {
        kind: ErrorKind::ProxyFailed,
        detail,
        waited_ms: None,
        proxy_problem: Some(problem),
    }
}

fn handshake_error(err: &rustls::Error) -> ProbeError {
    let too_old = matches!(
        err,
        rustls::Error::AlertReceived(AlertDescription::ProtocolVersion)
            | rustls::Error::PeerIncompatible(
                PeerIncompatible::ServerDoesNotSupportTls12Or13 | PeerIncompatible::Tls12NotOffered
            )
    );
    ProbeError {
        kind: if too_old {
            ErrorKind::ProtocolTooOld
        } else {
            ErrorKind::HandshakeFailed
        },
        detail: err.to_string(),
        waited_ms: None,
        proxy_problem: None,
    }
}

fn broke_during_handshake(reason: &str) -> ProbeError {
    ProbeError {
        kind: ErrorKind::HandshakeFailed,
        detail: format!("the connection broke during the handshake: {reason}"),
        waited_ms: None,
        proxy_problem: None,
    }
}

type CauseRef = dyn StdError + 'static;

/// The error and every cause under it, in order, including what each `io::Error` wraps (an
/// `io::Error`'s own `source()` skips the error it was made from).
fn causes(error: &reqwest::Error) -> Vec<&CauseRef> {
    let mut found: Vec<&CauseRef> = Vec::new();
    let mut next: Option<&CauseRef> = Some(error);
    while let Some(error) = next {
        if found.len() > 32 {
            break;
        }
        found.push(error);
        next = match error.downcast_ref::<io::Error>().and_then(|e| e.get_ref()) {
            Some(inner) => Some(inner as &CauseRef),
            None => error.source(),
        };
    }
    found
}

/// The deepest cause in words, as the operating system or library said it.
fn reason(causes: &[&CauseRef]) -> String {
    match causes.last() {
        Some(error) => match error.downcast_ref::<io::Error>() {
            Some(io) if io.kind() == io::ErrorKind::UnexpectedEof => {
                "the server closed the connection".to_owned()
            }
            Some(io) => crate::inputs::io_reason(io),
            None => error.to_string(),
        },
        None => String::new(),
    }
}
