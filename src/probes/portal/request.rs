//! One request with reqwest: `GET`, no redirects followed, no connection kept, a full handshake
//! seen by the recording verifier; then what came of it, as a [`Hop`].

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use reqwest::header::{HeaderMap, ACCEPT, CONNECTION, HOST};

use super::classify::{classify, Failed};
use super::eyeballs::{self, Outcome, STAGGER};
use super::handshake::{self, Witness};
use super::resolver::{Record, Resolver};
use super::{connect_to, proxy, timeout, ErrorKind, Hop, ProbeError, ProxyProblem, Settings};
use crate::report::millis;

/// The most of a response head loginsjekk accepts; anything longer is not a sane portal.
const MAX_HEAD: usize = 64 * 1024;

/// Makes one request to `url` and records everything about it.
pub fn run(url: &url::Url, settings: &Settings) -> Hop {
    let mut hop = Hop {
        url: url.to_string(),
        ..Hop::default()
    };
    if let Err(error) = attempt(url, settings, &mut hop) {
        hop.error = Some(error);
    }
    hop
}

/// The part of the time left that the request leaves for the follow-up steps after a failure.
/// Small: the request's own attempts have waited by then, the follow-ups only confirm.
fn reserve(left: Duration) -> Duration {
    (left / 10).min(Duration::from_millis(200))
}

fn attempt(url: &url::Url, settings: &Settings, hop: &mut Hop) -> Result<(), ProbeError> {
    let started = Instant::now();
    let deadline = settings.deadline;
    let host = url.host_str().unwrap_or_default().to_owned();
    let port = url.port_or_known_default().unwrap_or(443);
    let left = deadline
        .checked_duration_since(started)
        .filter(|d| !d.is_zero())
        .ok_or_else(|| timeout("dns", started))?;

    let proxy = proxy::for_https(&host, port, settings.env, settings.system_proxy.as_ref())
        .map_err(|detail| ProbeError {
            kind: ErrorKind::ProxyFailed,
            detail,
            waited_ms: None,
            proxy_problem: Some(ProxyProblem::Unusable),
        })?;
    hop.proxy = proxy.as_ref().map(|p| p.display.clone());
    // A rule aims direct connections only: a proxy is asked for the portal by its name.
    let rules = if proxy.is_some() {
        &[][..]
    } else {
        settings.connect_to
    };
    // reqwest connects to an address in the URL without asking the resolver, so a rule for
    // one cannot be applied: refused rather than going where the rule said not to.
    let is_address = host.trim_matches(['[', ']']).parse::<IpAddr>().is_ok();
    if is_address && connect_to::apply(rules, &host, port) != (host.as_str(), port) {
        return Err(ProbeError {
            kind: ErrorKind::ConnectionFailed,
            detail: format!("--connect-to cannot be applied to the address {host}"),
            waited_ms: None,
            proxy_problem: None,
        });
    }
    let resolver = Resolver::new(rules, &host, port);
    let record = Arc::clone(&resolver.record);
    let witness = Arc::new(Witness::new(settings.stores));
    let config =
        handshake::config(Arc::clone(&settings.provider), Arc::clone(&witness)).map_err(|e| {
            ProbeError {
                kind: ErrorKind::HandshakeFailed,
                detail: e.to_string(),
                waited_ms: None,
                proxy_problem: None,
            }
        })?;

    let builder = reqwest::blocking::Client::builder()
        .tls_backend_preconfigured(config.clone())
        .pool_max_idle_per_host(0)
        .redirect(reqwest::redirect::Policy::none())
        .referer(false)
        .http1_only()
        .timeout(left - reserve(left))
        .dns_resolver(Arc::new(resolver))
        .user_agent(concat!("loginsjekk/", env!("CARGO_PKG_VERSION")));
    let builder = match &proxy {
        Some(proxy) => builder.proxy(proxy.for_reqwest().map_err(|detail| ProbeError {
            kind: ErrorKind::ProxyFailed,
            detail,
            waited_ms: None,
            proxy_problem: Some(ProxyProblem::Unusable),
        })?),
        None => builder.no_proxy(),
    };
    let client = builder.build().map_err(|e| ProbeError {
        kind: ErrorKind::HandshakeFailed,
        detail: e.to_string(),
        waited_ms: None,
        proxy_problem: None,
    })?;
    let (aimed, host_header) = aim(url, rules, &host, port);
    let mut request = client
        .get(aimed)
        .header(ACCEPT, "text/html,*/*")
        .header(CONNECTION, "close");
    if let Some(value) = host_header {
        request = request.header(HOST, value);
    }
    let result = request.send();
    let (answered, answered_wall) = (Instant::now(), SystemTime::now());

    let record = record.lock().map(|r| r.clone()).unwrap_or_default();
    hop.presented = witness.presented();
    let signed = witness.signed();
    hop.tls_version = signed.map(|s| s.version.to_owned());
    hop.timings.dns = record.done_at.map(|t| millis(t.duration_since(started)));
    hop.timings.tls = signed.map(|s| millis(s.at.duration_since(started)));
    let addrs = addresses(&record, proxy.as_ref(), rules, &host, port);

    let response = match result {
        Ok(response) => response,
        Err(error) => {
            let (error, attempts) = classify(&Failed {
                error: &error,
                host: &host,
                proxy: proxy.as_ref(),
                addrs,
                looked_up: record.done_at.is_some(),
                lookup_failure: record.failure.clone(),
                presented: hop.presented.is_some(),
                signed: signed.is_some(),
                config: Arc::new(config),
                started,
                deadline,
            });
            hop.attempts = attempts;
            let mut error = error;
            if error.kind == ErrorKind::Timeout {
                error.waited_ms = Some(millis(started.elapsed()));
            }
            return Err(error);
        }
    };
    hop.timings.first_byte = Some(millis(answered.duration_since(started)));
    // The server stamped its Date between the handshake and its answer: compare with the middle.
    let middle = match signed {
        Some(s) => s.wall + answered.duration_since(s.at) / 2,
        None => answered_wall,
    };
    hop.local_time = Some(time::OffsetDateTime::from(middle));
    let winner = response.remote_addr();
    hop.address = winner.map(|a| a.to_string());
    hop.attempts = won(&addrs, winner, deadline);

    let headers = response.headers();
    if head_size(headers) > MAX_HEAD {
        return Err(ProbeError {
            kind: ErrorKind::BadResponse,
            detail: "the answer's head is larger than 64 KiB".to_owned(),
            waited_ms: None,
            proxy_problem: None,
        });
    }
    hop.status = Some(response.status().as_u16());
    hop.location = header(headers, "location");
    hop.date = header(headers, "date");
    hop.age = header(headers, "age");
    // The body is never read: dropping the response closes the connection.
    Ok(())
}

/// The URL to request and the `Host` header to send with it. A `--connect-to` rule for a URL
/// with its own port needs the port in the URL changed (the connector keeps a URL's port over
/// the one the resolver gives), and the `Host` header kept as the portal's.
fn aim(
    url: &url::Url,
    rules: &[super::ConnectTo],
    host: &str,
    port: u16,
) -> (url::Url, Option<String>) {
    let (_, target_port) = connect_to::apply(rules, host, port);
    match url.port() {
        Some(own) if target_port != own => {
            let mut aimed = url.clone();
            let _ = aimed.set_port(Some(target_port));
            (aimed, Some(format!("{host}:{own}")))
        }
        _ => (url.clone(), None),
    }
}

/// The addresses the connection went to: the lookup's, or the address in the URL or rule when
/// there was nothing to look up.
fn addresses(
    record: &Record,
    proxy: Option<&proxy::Proxy>,
    rules: &[super::ConnectTo],
    host: &str,
    port: u16,
) -> Vec<SocketAddr> {
    let (name, port) = match proxy {
        Some(proxy) => (proxy.host.as_str(), proxy.port),
        None => connect_to::apply(rules, host, port),
    };
    let bare = name.trim_start_matches('[').trim_end_matches(']');
    if let Ok(ip) = bare.parse::<IpAddr>() {
        return vec![SocketAddr::new(ip, port)];
    }
    record
        .addrs
        .iter()
        .map(|addr| match addr.port() {
            0 => SocketAddr::new(addr.ip(), port),
            _ => *addr,
        })
        .collect()
}

/// The attempts of a request that connected. The addresses a browser would have tried before
/// the winner are asked again, briefly: one that does not answer now is a broken family.
fn won(
    addrs: &[SocketAddr],
    winner: Option<SocketAddr>,
    deadline: Instant,
) -> Vec<eyeballs::Attempt> {
    let order = eyeballs::interleave(addrs);
    let Some(position) = winner.and_then(|w| order.iter().position(|a| *a == w)) else {
        return eyeballs::attempts(&order, &vec![Outcome::NotTried; order.len()]);
    };
    let until = deadline.min(Instant::now() + STAGGER);
    let mut outcomes = eyeballs::try_each(&order[..position], until);
    for outcome in &mut outcomes {
        // It answers now: it only lost the race.
        if *outcome == Outcome::Connected {
            *outcome = Outcome::NotTried;
        }
    }
    outcomes.push(Outcome::Connected);
    outcomes.resize(order.len(), Outcome::NotTried);
    eyeballs::attempts(&order, &outcomes)
}

fn head_size(headers: &HeaderMap) -> usize {
    headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum()
}

/// A header's value as text; values that are not text are ignored.
fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    let value = std::str::from_utf8(headers.get(name)?.as_bytes()).ok()?;
    Some(value.trim().chars().take(2048).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_for_a_url_with_its_own_port_keeps_the_host_header() {
        let rules = vec!["idporten.no:8443:127.0.0.1:9000".parse().unwrap()];
        let url: url::Url = "https://idporten.no:8443/x".parse().unwrap();
        let (aimed, host) = aim(&url, &rules, "idporten.no", 8443);
        assert_eq!(aimed.as_str(), "https://idporten.no:9000/x");
        assert_eq!(host.as_deref(), Some("idporten.no:8443"));
        let plain: url::Url = "https://idporten.no/".parse().unwrap();
        assert_eq!(
            aim(&plain, &rules, "idporten.no", 443),
            (plain.clone(), None)
        );
    }

    #[test]
    fn addresses_from_the_lookup_get_the_port() {
        let record = Record {
            addrs: vec![
                "[::1]:0".parse().unwrap(),
                "127.0.0.1:8443".parse().unwrap(),
            ],
            ..Record::default()
        };
        let shown: Vec<String> = addresses(&record, None, &[], "idporten.no", 443)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(shown, ["[::1]:443", "127.0.0.1:8443"]);
        assert_eq!(
            addresses(&record, None, &[], "127.0.0.2", 443),
            ["127.0.0.2:443".parse().unwrap()]
        );
    }
}
