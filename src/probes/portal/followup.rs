//! The one follow-up reqwest's errors cannot replace: whether a server that broke off the
//! handshake speaks TLS at all. A plain TCP connection sends the ClientHello rustls would send
//! and reads the first bytes of the answer; nothing more is ever sent.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::Instant;

use rustls::pki_types::ServerName;
use rustls::{ClientConfig, ClientConnection};

use super::{ErrorKind, ProbeError};

/// The most of an answer looked at: enough to show "HTTP/1.1 400" or "SSH-2.0".
const FIRST_BYTES: usize = 16;

/// The server's first bytes after a ClientHello, or `None` when it sent none before `until`.
pub fn first_bytes(
    addr: SocketAddr,
    host: &str,
    config: Arc<ClientConfig>,
    until: Instant,
) -> Option<Vec<u8>> {
    let left = || {
        until
            .checked_duration_since(Instant::now())
            .filter(|d| !d.is_zero())
    };
    let name = ServerName::try_from(
        host.trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned(),
    )
    .ok()?;
    let mut hello = Vec::new();
    ClientConnection::new(config, name)
        .ok()?
        .write_tls(&mut hello)
        .ok()?;
    let mut stream = TcpStream::connect_timeout(&addr, left()?).ok()?;
    stream.set_write_timeout(left()).ok()?;
    stream.write_all(&hello).ok()?;
    let mut first = Vec::new();
    let mut buf = [0u8; FIRST_BYTES];
    while first.len() < FIRST_BYTES {
        stream.set_read_timeout(left()).ok()?;
        match stream.read(&mut buf[..FIRST_BYTES - first.len()]) {
            Ok(0) | Err(_) => break,
            Ok(n) => first.extend_from_slice(&buf[..n]),
        }
    }
    (!first.is_empty()).then_some(first)
}

/// A server whose first bytes are not a TLS record is something else: plain HTTP, a captive portal, …
pub fn not_tls(first: &[u8]) -> Option<ProbeError> {
    let byte = *first.first()?;
    if (0x14..=0x18).contains(&byte) {
        return None;
    }
    let shown: String = first
        .iter()
        .take_while(|b| b.is_ascii_graphic() || **b == b' ')
        .map(|b| char::from(*b))
        .collect();
    Some(ProbeError {
        kind: ErrorKind::NotTls,
        detail: if shown.is_empty() {
            format!("first byte 0x{byte:02x}")
        } else {
            format!("it answered \"{shown}\"")
        },
        waited_ms: None,
        proxy_problem: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_records_are_tls_and_anything_else_is_shown() {
        assert_eq!(not_tls(&[0x16, 3, 3]), None);
        assert_eq!(not_tls(&[0x15, 3, 3]), None);
        let http = not_tls(b"HTTP/1.1 400 Bad").unwrap();
        assert_eq!(http.kind, ErrorKind::NotTls);
        assert_eq!(http.detail, "it answered \"HTTP/1.1 400 Bad\"");
        assert_eq!(not_tls(&[0]).unwrap().detail, "first byte 0x00");
        assert_eq!(not_tls(&[]), None);
    }
}
