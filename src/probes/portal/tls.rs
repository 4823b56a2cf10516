//! The TLS side of a hop: the client configuration and a handshake bounded by the deadline.

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Instant;

use rustls::client::Resumption;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::ServerName;
use rustls::{AlertDescription, ClientConfig, ClientConnection, PeerIncompatible};

use super::trust::RecordingVerifier;
use super::wire::{bound, timeout};
use super::{ErrorKind, ProbeError};

/// TLS 1.2 and 1.3 only, ring, no session resumption (every hop is judged on a full handshake).
pub fn config(
    provider: Arc<CryptoProvider>,
    verifier: Arc<RecordingVerifier>,
) -> Result<ClientConfig, rustls::Error> {
    let mut config = ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13, &rustls::version::TLS12])?
        .dangerous()
        .with_custom_certificate_verifier(verifier.clone())
        .with_client_cert_resolver(verifier);
    config.resumption = Resumption::disabled();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// A TCP stream that keeps the first bytes the server sent, to recognise a server that is not TLS.
pub struct Capture {
    pub stream: TcpStream,
    pub first: Vec<u8>,
}

impl Read for Capture {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.stream.read(buf)?;
        let room = 16usize.saturating_sub(self.first.len());
        self.first.extend_from_slice(&buf[..n.min(room)]);
        Ok(n)
    }
}

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.stream.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.stream.flush()
    }
}

/// Runs the handshake to its end, or to the deadline.
pub fn handshake(
    config: Arc<ClientConfig>,
    host: &str,
    socket: &mut Capture,
    deadline: Instant,
    started: Instant,
) -> Result<ClientConnection, ProbeError> {
    let name = ServerName::try_from(
        host.trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned(),
    )
    .map_err(|e| failed(ErrorKind::HandshakeFailed, format!("{host}: {e}")))?;
    let mut conn = ClientConnection::new(config, name)
        .map_err(|e| failed(ErrorKind::HandshakeFailed, e.to_string()))?;
    while conn.is_handshaking() {
        bound(&socket.stream, deadline).map_err(|_| timeout("tls", started))?;
        while conn.wants_write() {
            conn.write_tls(socket).map_err(|e| io_failure(e, started))?;
        }
        if !conn.is_handshaking() {
            break;
        }
        bound(&socket.stream, deadline).map_err(|_| timeout("tls", started))?;
        match conn.read_tls(socket) {
            Ok(0) => {
                return Err(not_tls(&socket.first).unwrap_or_else(|| {
                    failed(
                        ErrorKind::HandshakeFailed,
                        "the server closed the connection during the handshake".into(),
                    )
                }))
            }
            Ok(_) => {}
            Err(e) => return Err(io_failure(e, started)),
        }
        if let Err(err) = conn.process_new_packets() {
            // Tell the server why, as a polite client does; it may already be gone.
            let _ = conn.write_tls(socket);
            return Err(not_tls(&socket.first).unwrap_or_else(|| classify(&err)));
        }
    }
    while conn.wants_write() {
        bound(&socket.stream, deadline).map_err(|_| timeout("tls", started))?;
        conn.write_tls(socket).map_err(|e| io_failure(e, started))?;
    }
    Ok(conn)
}

/// The negotiated protocol, e.g. "TLS 1.3".
pub fn version_name(conn: &ClientConnection) -> Option<String> {
    conn.protocol_version().map(|v| match v {
        rustls::ProtocolVersion::TLSv1_3 => "TLS 1.3".to_owned(),
        rustls::ProtocolVersion::TLSv1_2 => "TLS 1.2".to_owned(),
        other => format!("{other:?}"),
    })
}

/// The negotiated cipher suite's IANA name, e.g. "TLS13_AES_256_GCM_SHA384".
pub fn cipher_name(conn: &ClientConnection) -> Option<String> {
    conn.negotiated_cipher_suite()
        .map(|s| format!("{:?}", s.suite()))
}

/// Reads and writes application data through the TLS connection, never past the deadline.
pub struct TlsIo<'a> {
    pub conn: &'a mut ClientConnection,
    pub socket: &'a mut Capture,
    pub deadline: Instant,
}

impl Read for TlsIo<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            match self.conn.reader().read(buf) {
                Ok(n) => return Ok(n),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) => return Err(e),
            }
            bound(&self.socket.stream, self.deadline)?;
            if self.conn.read_tls(self.socket)? == 0 {
                return Ok(0);
            }
            self.conn.process_new_packets().map_err(io::Error::other)?;
        }
    }
}

impl Write for TlsIo<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.conn.writer().write(buf)?;
        self.flush()?;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        while self.conn.wants_write() {
            bound(&self.socket.stream, self.deadline)?;
            self.conn.write_tls(self.socket)?;
        }
        Ok(())
    }
}

fn failed(kind: ErrorKind, detail: String) -> ProbeError {
    ProbeError {
        kind,
        detail,
        waited_ms: None,
    }
}

fn io_failure(err: io::Error, started: Instant) -> ProbeError {
    match err.kind() {
        io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => timeout("tls", started),
        _ => failed(
            ErrorKind::HandshakeFailed,
            format!(
                "the connection broke during the handshake: {}",
                crate::inputs::io_reason(&err)
            ),
        ),
    }
}

/// A server whose first bytes are not a TLS record is something else: plain HTTP, a captive portal, …
fn not_tls(first: &[u8]) -> Option<ProbeError> {
    let byte = *first.first()?;
    if (0x14..=0x18).contains(&byte) {
        return None;
    }
    let shown: String = first
        .iter()
        .take_while(|b| b.is_ascii_graphic() || **b == b' ')
        .map(|b| char::from(*b))
        .collect();
    Some(failed(
        ErrorKind::NotTls,
        if shown.is_empty() {
            format!("first byte 0x{byte:02x}")
        } else {
            format!("it answered \"{shown}\"")
        },
    ))
}

fn classify(err: &rustls::Error) -> ProbeError {
    let too_old = matches!(
        err,
        rustls::Error::AlertReceived(AlertDescription::ProtocolVersion)
            | rustls::Error::PeerIncompatible(
                PeerIncompatible::ServerDoesNotSupportTls12Or13 | PeerIncompatible::Tls12NotOffered
            )
    );
    if too_old {
        failed(ErrorKind::ProtocolTooOld, err.to_string())
    } else {
        failed(ErrorKind::HandshakeFailed, err.to_string())
    }
}
