//! Address families as browsers use them (Happy Eyeballs, RFC 8305): reqwest connects that way
//! and reports only the address that won; the follow-up steps here find out how the others
//! answered, so that a family going nowhere is reported and a failed connection classified.

use std::io;
use std::net::{SocketAddr, TcpStream};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::{timeout, ErrorKind, ProbeError};

/// How long a follow-up waits for an address that lost to another: a browser would have
/// moved on to the next address after about as long.
pub const STAGGER: Duration = Duration::from_millis(250);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Family {
    #[serde(rename = "IPv4")]
    V4,
    #[serde(rename = "IPv6")]
    V6,
}

impl Family {
    pub fn of(addr: &SocketAddr) -> Family {
        if addr.is_ipv6() {
            Family::V6
        } else {
            Family::V4
        }
    }
}

/// How one address's attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Connected,
    Refused,
    /// Nothing came back before another address won or the time ran out.
    NoAnswer,
    /// Unreachable, reset, or another error from the operating system.
    Failed,
    /// Another address won before this one's turn.
    NotTried,
}

/// One address and how connecting to it went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attempt {
    pub address: String,
    pub family: Family,
    pub outcome: Outcome,
}

/// The families in the order browsers try them: alternately, starting with the resolver's first.
pub fn interleave(addrs: &[SocketAddr]) -> Vec<SocketAddr> {
    let first = addrs.first().map(Family::of);
    let (mut same, mut other): (Vec<SocketAddr>, Vec<SocketAddr>) = addrs
        .iter()
        .copied()
        .partition(|a| Some(Family::of(a)) == first);
    same.reverse();
    other.reverse();
    let mut order = Vec::with_capacity(addrs.len());
    while !same.is_empty() || !other.is_empty() {
        order.extend(same.pop());
        order.extend(other.pop());
    }
    order
}

/// How each address answers a plain TCP connection, all tried at once, none waited for past
/// `until`. A follow-up step: reqwest connects as browsers do but tells only which address won.
pub fn try_each(addrs: &[SocketAddr], until: Instant) -> Vec<Outcome> {
    let mut outcomes = vec![Outcome::NoAnswer; addrs.len()];
    let Some(left) = until
        .checked_duration_since(Instant::now())
        .filter(|d| !d.is_zero())
    else {
        return vec![Outcome::NotTried; addrs.len()];
    };
    let (sender, receiver) = mpsc::channel::<(usize, io::Result<TcpStream>)>();
    let mut pending = 0;
    for (index, addr) in addrs.iter().copied().enumerate() {
        let sender = sender.clone();
        // A thread still connecting at `until` ends by then on its own; its answer goes nowhere.
        let spawned = std::thread::Builder::new()
            .name("connect".into())
            .spawn(move || {
                let _ = sender.send((index, TcpStream::connect_timeout(&addr, left)));
            });
        match spawned {
            Ok(_) => pending += 1,
            Err(_) => outcomes[index] = Outcome::Failed,
        }
    }
    while pending > 0 {
        let wait = until.saturating_duration_since(Instant::now());
        let Ok((index, result)) = receiver.recv_timeout(wait) else {
            break;
        };
        pending -= 1;
        outcomes[index] = match result {
            Ok(_) => Outcome::Connected,
            Err(err) => match err.kind() {
                io::ErrorKind::ConnectionRefused => Outcome::Refused,
                io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => Outcome::NoAnswer,
                _ => Outcome::Failed,
            },
        };
    }
    outcomes
}

/// The attempts in the order browsers make them, each with its outcome.
pub fn attempts(order: &[SocketAddr], outcomes: &[Outcome]) -> Vec<Attempt> {
    order
        .iter()
        .zip(outcomes)
        .map(|(addr, outcome)| Attempt {
            address: addr.to_string(),
            family: Family::of(addr),
            outcome: *outcome,
        })
        .collect()
}

/// Why no address connected: a timeout when any went unanswered, refused when all refused.
pub fn failure(attempts: &[Attempt], reason: &str, started: Instant) -> ProbeError {
    if attempts.is_empty() {
        return ProbeError {
            kind: ErrorKind::ConnectionFailed,
            detail: "no address to connect to".to_owned(),
            waited_ms: None,
            proxy_problem: None,
        };
    }
    if attempts
        .iter()
        .any(|a| matches!(a.outcome, Outcome::NoAnswer | Outcome::NotTried))
    {
        return timeout("connect", started);
    }
    let addresses = attempts
        .iter()
        .map(|a| a.address.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if attempts.iter().all(|a| a.outcome == Outcome::Refused) {
        return ProbeError {
            kind: ErrorKind::ConnectionRefused,
            detail: addresses,
            waited_ms: None,
            proxy_problem: None,
        };
    }
    let failed = attempts
        .iter()
        .filter(|a| a.outcome == Outcome::Failed)
        .map(|a| a.address.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    ProbeError {
        kind: ErrorKind::ConnectionFailed,
        detail: format!("{failed}: {reason}"),
        waited_ms: None,
        proxy_problem: None,
    }
}

/// The families tried, in the order tried, as a key for the locale files: `ipv6-ipv4`, `ipv4`, …
pub fn families(attempts: &[Attempt]) -> String {
    let mut names: Vec<&str> = Vec::new();
    for attempt in attempts.iter().filter(|a| a.outcome != Outcome::NotTried) {
        let name = match attempt.family {
            Family::V4 => "ipv4",
            Family::V6 => "ipv6",
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(text: &str) -> SocketAddr {
        text.parse().unwrap()
    }

    #[test]
    fn families_alternate_starting_with_the_first() {
        let order = interleave(&[
            addr("[::1]:1"),
            addr("[::2]:1"),
            addr("[::3]:1"),
            addr("127.0.0.1:1"),
            addr("127.0.0.2:1"),
        ]);
        let shown: Vec<String> = order.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "[::1]:1",
                "127.0.0.1:1",
                "[::2]:1",
                "127.0.0.2:1",
                "[::3]:1"
            ]
        );
    }

    #[test]
    fn refused_everywhere_is_refused_and_names_each_address() {
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let started = Instant::now();
        let target = [addr(&format!("127.0.0.1:{port}"))];
        let outcomes = try_each(&target, started + Duration::from_secs(5));
        assert_eq!(outcomes, [Outcome::Refused]);
        let error = failure(&attempts(&target, &outcomes), "refused", started);
        assert_eq!(error.kind, ErrorKind::ConnectionRefused);
        assert!(error.detail.contains(&port.to_string()), "{}", error.detail);
        assert!(started.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn each_address_gets_its_own_outcome() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let good = listener.local_addr().unwrap();
        let closed = {
            let other = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            other.local_addr().unwrap()
        };
        let started = Instant::now();
        let outcomes = try_each(&[closed, good], started + Duration::from_secs(5));
        assert_eq!(outcomes, [Outcome::Refused, Outcome::Connected]);
        assert_eq!(try_each(&[good], started), [Outcome::NotTried]);
        let tried = attempts(&[good], &[Outcome::Connected]);
        assert_eq!(families(&tried), "ipv4");
    }
}
