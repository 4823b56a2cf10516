//! Name lookup, TCP connections and reading a response head, every step bounded by a deadline.

use std::io::{self, Read};
use std::net::{IpAddr, SocketAddr, TcpStream, ToSocketAddrs};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::{ErrorKind, ProbeError};

/// The most of a response head loginsjekk reads; anything longer is not a sane portal.
pub const MAX_HEAD: usize = 64 * 1024;

/// Time left until `deadline`, or a timeout error naming the step.
pub fn remaining(deadline: Instant, step: &str, started: Instant) -> Result<Duration, ProbeError> {
    match deadline.checked_duration_since(Instant::now()) {
        Some(left) if !left.is_zero() => Ok(left),
        _ => Err(timeout(step, started)),
    }
}

pub fn timeout(step: &str, started: Instant) -> ProbeError {
    ProbeError {
        kind: ErrorKind::Timeout,
        detail: step.to_owned(),
        waited_ms: Some(crate::report::millis(started.elapsed())),
    }
}

/// Looks `host` up. Runs on a helper thread, because the system's resolver has no deadline.
pub fn resolve(
    host: &str,
    port: u16,
    deadline: Instant,
    started: Instant,
) -> Result<Vec<SocketAddr>, ProbeError> {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    if let Ok(ip) = bare.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    // RFC 6761: names under .invalid never resolve, and resolvers should say so at once.
    let lower = bare.trim_end_matches('.').to_ascii_lowercase();
    if lower == "invalid" || lower.ends_with(".invalid") {
        return Err(dns_failed(host, "the name is reserved and never resolves"));
    }
    let (sender, receiver) = mpsc::channel();
    let query = (bare.to_owned(), port);
    std::thread::Builder::new()
        .name("dns-lookup".into())
        .spawn(move || {
            let _ = sender.send(query.to_socket_addrs().map(Vec::from_iter));
        })
        .map_err(|e| dns_failed(host, &e.to_string()))?;
    match receiver.recv_timeout(remaining(deadline, "dns", started)?) {
        Ok(Ok(addrs)) if !addrs.is_empty() => Ok(addrs),
        Ok(Ok(_)) => Err(dns_failed(host, "no addresses")),
        Ok(Err(err)) => Err(dns_failed(host, &lookup_reason(&err))),
        Err(_) => Err(timeout("dns", started)),
    }
}

fn dns_failed(host: &str, reason: &str) -> ProbeError {
    ProbeError {
        kind: ErrorKind::DnsFailed,
        detail: format!("{host}: {reason}"),
        waited_ms: None,
    }
}

/// The resolver's reason without the library's "failed to lookup address information:" preamble.
fn lookup_reason(err: &io::Error) -> String {
    let text = err.to_string();
    text.strip_prefix("failed to lookup address information: ")
        .unwrap_or(&text)
        .to_owned()
}

/// Sets the socket's read and write timeouts to what is left of the deadline.
pub fn bound(stream: &TcpStream, deadline: Instant) -> io::Result<()> {
    let left = deadline
        .checked_duration_since(Instant::now())
        .filter(|d| !d.is_zero())
        .ok_or_else(|| io::Error::from(io::ErrorKind::TimedOut))?;
    stream.set_read_timeout(Some(left))?;
    stream.set_write_timeout(Some(left))
}

/// Reads until the blank line that ends a response head; returns the head and when its first byte came.
/// The body is never read.
pub fn read_head(reader: &mut dyn Read, deadline: Instant) -> io::Result<(Vec<u8>, Instant)> {
    let mut head = Vec::new();
    let mut first_byte = None;
    let mut byte = [0u8; 1024];
    loop {
        if Instant::now() >= deadline {
            return Err(io::ErrorKind::TimedOut.into());
        }
        let n = match reader.read(&mut byte) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => 0,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                if head.is_empty() {
                    "closed the connection without answering"
                } else {
                    "closed the connection in the middle of its answer"
                },
            ));
        }
        first_byte.get_or_insert_with(Instant::now);
        let searched_from = head.len().saturating_sub(3);
        head.extend_from_slice(&byte[..n]);
        if let Some(end) = find_blank_line(&head[searched_from..]) {
            head.truncate(searched_from + end);
            return Ok((head, first_byte.unwrap_or_else(Instant::now)));
        }
        if head.len() > MAX_HEAD {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "the answer's head is larger than 64 KiB",
            ));
        }
    }
}

fn find_blank_line(bytes: &[u8]) -> Option<usize> {
    bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
}

/// A response head's status and the headers loginsjekk uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub status: u16,
    pub location: Option<String>,
    pub date: Option<String>,
    pub age: Option<String>,
}

/// Parses a response head. Header values that are not text are ignored.
pub fn parse_head(bytes: &[u8]) -> Result<Head, String> {
    let mut headers = [httparse::EMPTY_HEADER; 128];
    let mut response = httparse::Response::new(&mut headers);
    match response.parse(bytes) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => return Err("the answer's head is incomplete".to_owned()),
        Err(err) => return Err(format!("the answer is not valid HTTP ({err})")),
    }
    let header = |name: &str| {
        response
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .and_then(|h| std::str::from_utf8(h.value).ok())
            .map(|v| v.trim().chars().take(2048).collect::<String>())
    };
    Ok(Head {
        status: response.code.unwrap_or_default(),
        location: header("location"),
        date: header("date"),
        age: header("age"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_the_head() {
        let mut input: &[u8] = b"HTTP/1.1 302 Found\r\nLocation: /x\r\nDate: Wed, 25 Nov 2026 20:00:00 GMT\r\n\r\nBODY";
        let (head, _) = read_head(&mut input, Instant::now() + Duration::from_secs(5)).unwrap();
        assert!(head.ends_with(b"\r\n\r\n"));
        let parsed = parse_head(&head).unwrap();
        assert_eq!(parsed.status, 302);
        assert_eq!(parsed.location.as_deref(), Some("/x"));
        assert_eq!(
            parsed.date.as_deref(),
            Some("Wed, 25 Nov 2026 20:00:00 GMT")
        );
    }

    #[test]
    fn head_errors() {
        let mut empty: &[u8] = b"";
        let err = read_head(&mut empty, Instant::now() + Duration::from_secs(5)).unwrap_err();
        assert!(err.to_string().contains("without answering"));
        let big = vec![b'a'; MAX_HEAD + 2048];
        let err =
            read_head(&mut big.as_slice(), Instant::now() + Duration::from_secs(5)).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        assert!(parse_head(b"SSH-2.0-OpenSSH\r\n\r\n").is_err());
    }

    #[test]
    fn invalid_names_fail_at_once() {
        let started = Instant::now();
        let err = resolve(
            "portal.invalid",
            443,
            started + Duration::from_secs(5),
            started,
        )
        .unwrap_err();
        assert_eq!(err.kind, ErrorKind::DnsFailed);
        assert_eq!(
            resolve("127.0.0.1", 8, started + Duration::from_secs(5), started)
                .unwrap()
                .len(),
            1
        );
    }
}
