//! One request: look up, connect (directly or through a proxy), handshake, send `GET`, read the head.

use std::io::Write;
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use super::eyeballs;
use super::tls::{cipher_name, handshake, version_name, Capture, TlsIo};
use super::trust::RecordingVerifier;
use super::wire::{bound, parse_head, read_head, remaining, resolve, timeout};
use super::{connect_to, proxy, ErrorKind, Hop, ProbeError, Settings};
use crate::report::millis;

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

fn attempt(url: &url::Url, settings: &Settings, hop: &mut Hop) -> Result<(), ProbeError> {
    let started = Instant::now();
    let deadline = settings.deadline;
    let host = url.host_str().unwrap_or_default().to_owned();
    let port = url.port_or_known_default().unwrap_or(443);

    let proxy = proxy::for_https(&host, port, settings.env, settings.system_proxy.as_ref())
        .map_err(|detail| ProbeError {
            kind: ErrorKind::ProxyFailed,
            detail,
            waited_ms: None,
        })?;
    let stream = match &proxy {
        Some(proxy) => {
            hop.proxy = Some(proxy.display.clone());
            let addrs = resolve(&proxy.host, proxy.port, deadline, started)
                .map_err(|e| proxy_error(proxy, e))?;
            hop.timings.dns = Some(millis(started.elapsed()));
            let (stream, attempts) = eyeballs::connect(&addrs, deadline, started);
            hop.attempts = attempts;
            let stream = stream.map_err(|e| proxy_error(proxy, e))?;
            tunnel(stream, proxy, &host, port, deadline, started)?
        }
        None => {
            let (target_host, target_port) = connect_to::apply(settings.connect_to, &host, port);
            let addrs = resolve(target_host, target_port, deadline, started)?;
            hop.timings.dns = Some(millis(started.elapsed()));
            let (stream, attempts) = eyeballs::connect(&addrs, deadline, started);
            hop.attempts = attempts;
            stream?
        }
    };
    hop.address = stream.peer_addr().ok().map(|a| a.to_string());
    hop.timings.connect = Some(millis(started.elapsed()));

    let verifier = Arc::new(RecordingVerifier::new(settings.stores));
    let config = super::tls::config(Arc::clone(&settings.provider), Arc::clone(&verifier))
        .map_err(|e| ProbeError {
            kind: ErrorKind::HandshakeFailed,
            detail: e.to_string(),
            waited_ms: None,
        })?;
    let mut socket = Capture {
        stream,
        first: Vec::new(),
    };
    let handshake_result = handshake(Arc::new(config), &host, &mut socket, deadline, started);
    hop.presented = verifier.take();
    let mut conn = handshake_result?;
    hop.tls_version = version_name(&conn);
    hop.cipher_suite = cipher_name(&conn);
    hop.timings.tls = Some(millis(started.elapsed()));

    let host_header = match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.clone(),
    };
    let path = &url[url::Position::BeforePath..url::Position::AfterQuery];
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {host_header}\r\nUser-Agent: loginsjekk/{}\r\nAccept: text/html,*/*\r\nConnection: close\r\n\r\n",
        env!("CARGO_PKG_VERSION")
    );
    let mut io = TlsIo {
        conn: &mut conn,
        socket: &mut socket,
        deadline,
    };
    let sent_at = SystemTime::now();
    let sent = Instant::now();
    io.write_all(request.as_bytes())
        .map_err(|e| read_error(e, started))?;
    let (head, first_byte) = read_head(&mut io, deadline).map_err(|e| read_error(e, started))?;
    hop.timings.first_byte = Some(millis(first_byte.duration_since(started)));
    // The server stamped its Date somewhere between sending and answering: compare with the middle.
    let middle = sent_at + first_byte.duration_since(sent) / 2;
    hop.local_time = Some(time::OffsetDateTime::from(middle));

    let head = parse_head(&head).map_err(|detail| ProbeError {
        kind: ErrorKind::BadResponse,
        detail,
        waited_ms: None,
    })?;
    hop.status = Some(head.status);
    hop.location = head.location;
    hop.date = head.date;
    hop.age = head.age;
    Ok(())
}

/// Opens an HTTP CONNECT tunnel through the proxy.
fn tunnel(
    mut stream: TcpStream,
    proxy: &proxy::Proxy,
    host: &str,
    port: u16,
    deadline: Instant,
    started: Instant,
) -> Result<TcpStream, ProbeError> {
    let fail = |detail: String| ProbeError {
        kind: ErrorKind::ProxyFailed,
        detail: format!("{}: {detail}", proxy.display),
        waited_ms: None,
    };
    let authority = if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    };
    let mut request = format!("CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n");
    if let Some(auth) = &proxy.authorization {
        request.push_str(&format!("Proxy-Authorization: {auth}\r\n"));
    }
    request.push_str("\r\n");
    remaining(deadline, "proxy", started)?;
    bound(&stream, deadline).map_err(|_| timeout("proxy", started))?;
    stream
        .write_all(request.as_bytes())
        .map_err(|e| fail(crate::inputs::io_reason(&e)))?;
    let (head, _) = read_head(&mut stream, deadline).map_err(|e| match e.kind() {
        std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => timeout("proxy", started),
        _ => fail(e.to_string()),
    })?;
    let head = parse_head(&head).map_err(fail)?;
    match head.status {
        200..=299 => Ok(stream),
        407 => Err(fail(
            "the proxy asks for a user name and password (407)".to_owned(),
        )),
        status => Err(fail(format!("the proxy refused the connection ({status})"))),
    }
}

fn proxy_error(proxy: &proxy::Proxy, error: ProbeError) -> ProbeError {
    match error.kind {
        ErrorKind::Timeout => error,
        _ => ProbeError {
            kind: ErrorKind::ProxyFailed,
            detail: format!("cannot reach the proxy {}: {}", proxy.display, error.detail),
            waited_ms: None,
        },
    }
}

fn read_error(err: std::io::Error, started: Instant) -> ProbeError {
    match err.kind() {
        std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => {
            timeout("response", started)
        }
        _ => ProbeError {
            kind: ErrorKind::BadResponse,
            detail: err.to_string(),
            waited_ms: None,
        },
    }
}
