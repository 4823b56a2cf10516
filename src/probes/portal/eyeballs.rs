//! Connecting as browsers do (Happy Eyeballs, RFC 8305): the addresses interleaved by family,
//! a new attempt every [`STAGGER`] (or as soon as one fails), the first connection to complete
//! wins. A network whose IPv6 goes nowhere then costs a quarter of a second, not the whole run.

use std::io;
use std::net::{SocketAddr, TcpStream};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::wire::{remaining, timeout};
use super::{ErrorKind, ProbeError};

/// How long an attempt has on its own before the next address is tried alongside it.
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

/// Connects to whichever address answers first. The attempts are returned in either case.
pub fn connect(
    addrs: &[SocketAddr],
    deadline: Instant,
    started: Instant,
) -> (Result<TcpStream, ProbeError>, Vec<Attempt>) {
    let order = interleave(addrs);
    let mut attempts: Vec<Attempt> = order
        .iter()
        .map(|addr| Attempt {
            address: addr.to_string(),
            family: Family::of(addr),
            outcome: Outcome::NotTried,
        })
        .collect();
    let (sender, receiver) = mpsc::channel::<(usize, io::Result<TcpStream>)>();
    let mut launched = 0;
    let mut pending = 0;
    let mut next_at = Instant::now();
    let mut last_error: Option<(usize, io::Error)> = None;
    loop {
        if launched < order.len() && (Instant::now() >= next_at || pending == 0) {
            let Ok(left) = remaining(deadline, "connect", started) else {
                break;
            };
            let addr = order[launched];
            let index = launched;
            let sender = sender.clone();
            // A loser still connecting when the winner is chosen ends by the deadline at the
            // latest; its stream is dropped when the send finds no one listening.
            let spawned = std::thread::Builder::new()
                .name("connect".into())
                .spawn(move || {
                    let _ = sender.send((index, TcpStream::connect_timeout(&addr, left)));
                });
            if spawned.is_err() {
                attempts[index].outcome = Outcome::Failed;
            } else {
                attempts[index].outcome = Outcome::NoAnswer;
                pending += 1;
            }
            launched += 1;
            next_at = Instant::now() + STAGGER;
            continue;
        }
        if pending == 0 {
            break;
        }
        let until = if launched < order.len() {
            next_at.min(deadline)
        } else {
            deadline
        };
        let wait = until.saturating_duration_since(Instant::now());
        match receiver.recv_timeout(wait) {
            Ok((index, Ok(stream))) => {
                attempts[index].outcome = Outcome::Connected;
                let _ = stream.set_nodelay(true);
                return (Ok(stream), attempts);
            }
            Ok((index, Err(err))) => {
                pending -= 1;
                attempts[index].outcome = match err.kind() {
                    io::ErrorKind::ConnectionRefused => Outcome::Refused,
                    io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => Outcome::NoAnswer,
                    _ => Outcome::Failed,
                };
                last_error = Some((index, err));
                // The next address need not wait for the stagger once this one has failed.
                next_at = Instant::now();
            }
            Err(mpsc::RecvTimeoutError::Timeout) if Instant::now() >= deadline => break,
            Err(_) => {}
        }
    }
    let error = failure(&attempts, last_error, started);
    (Err(error), attempts)
}

/// Why no address connected: a timeout when any went unanswered, refused when all refused.
fn failure(
    attempts: &[Attempt],
    last_error: Option<(usize, io::Error)>,
    started: Instant,
) -> ProbeError {
    if attempts.is_empty() {
        return ProbeError {
            kind: ErrorKind::ConnectionFailed,
            detail: "no address to connect to".to_owned(),
            waited_ms: None,
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
        };
    }
    let reason = last_error.map_or_else(String::new, |(index, err)| {
        format!(
            "{}: {}",
            attempts[index].address,
            crate::inputs::io_reason(&err)
        )
    });
    ProbeError {
        kind: ErrorKind::ConnectionFailed,
        detail: reason,
        waited_ms: None,
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
        let target = addr(&format!("127.0.0.1:{port}"));
        let (result, attempts) = connect(&[target], started + Duration::from_secs(5), started);
        let error = result.unwrap_err();
        assert_eq!(error.kind, ErrorKind::ConnectionRefused);
        assert_eq!(attempts[0].outcome, Outcome::Refused);
        assert!(started.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn the_first_to_connect_wins() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let good = listener.local_addr().unwrap();
        let started = Instant::now();
        let (result, attempts) = connect(&[good], started + Duration::from_secs(5), started);
        assert!(result.is_ok());
        assert_eq!(attempts[0].outcome, Outcome::Connected);
        assert_eq!(families(&attempts), "ipv4");
    }
}
