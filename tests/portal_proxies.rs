//! Proxies: credentials reach the proxy exactly as written, and the system check and the portal
//! probe agree about a proxy loginsjekk cannot use.
// Linux only until tried on Windows and macOS, whose system proxy settings the report also
// shows (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

mod support;
#[path = "support/tls_server.rs"]
mod tls_server;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;
use std::time::Duration;

use base64::Engine;
use support::{check_of, run_json, Sandbox};
use tls_server::{closed_port, serve_raw};

const HOST: &str = "login.idporten.no";

/// A proxy on 127.0.0.1 that records the first request head it gets and refuses with 407.
fn recording_proxy() -> (u16, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let Ok((mut stream, _)) = listener.accept() else {
            return;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") && head.len() < 64 * 1024 {
            match stream.read(&mut byte) {
                Ok(1) => head.push(byte[0]),
                _ => break,
            }
        }
        let _ = sender.send(String::from_utf8_lossy(&head).into_owned());
        let _ = stream
            .write_all(b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n");
    });
    (port, receiver)
}

#[test]
fn a_password_with_plus_percent_at_and_colon_reaches_the_proxy_intact() {
    let sb = Sandbox::new();
    let (port, heads) = recording_proxy();
    // The password is a+b+c@d:e: a literal plus, an encoded plus, an encoded @ and a colon.
    let (code, report) = run_json(
        sb.cmd()
            .env(
                "HTTPS_PROXY",
                format!("http://ola:a+b%2Bc%40d:e@127.0.0.1:{port}"),
            )
            .args(["--only", "tls", "--format", "json", "--timeout", "5"])
            .args(["--portal", &format!("https://{HOST}/")]),
    );
    assert_eq!(code, 1);
    let tls = check_of(&report, "tls");
    assert_eq!(tls["code"], "tls.proxy-failed");
    // The 407 is told apart by hyper-util's words for it (classify.rs): this pins them.
    assert!(
        tls["summary"].as_str().unwrap().contains("(407)"),
        "{tls:#}"
    );
    let head = heads.recv_timeout(Duration::from_secs(5)).unwrap();
    assert!(head.starts_with(&format!("CONNECT {HOST}:443 ")), "{head}");
    // Header names are case-insensitive (hyper sends them in lower case).
    let credentials = head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("proxy-authorization")
                .then(|| value.trim().strip_prefix("Basic "))
                .flatten()
        })
        .unwrap_or_else(|| panic!("no credentials sent: {head}"));
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(credentials.trim())
        .unwrap();
    assert_eq!(String::from_utf8(decoded).unwrap(), "ola:a+b+c@d:e");
    assert!(!report.to_string().contains("a+b"), "{report:#}");
}

#[test]
fn a_socks_proxy_is_refused_by_the_system_check_and_the_probe_alike() {
    let sb = Sandbox::new();
    let (code, report) = run_json(
        sb.cmd()
            .env("HTTPS_PROXY", "socks5h://ola:hemmelig@127.0.0.1:9")
            .args(["--only", "system,tls", "--format", "json", "--timeout", "5"])
            .args(["--portal", &format!("https://{HOST}/")]),
    );
    assert_eq!(code, 1);
    let system = check_of(&report, "system");
    let proxy = system["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "system.proxy")
        .unwrap_or_else(|| panic!("{system:#}"));
    assert_eq!(proxy["status"], "warn");
    assert!(
        proxy["message"]
            .as_str()
            .unwrap()
            .contains("cannot test through"),
        "{proxy}"
    );
    assert_eq!(system["details"]["proxy"][0]["valid"], false);
    assert_eq!(system["details"]["proxy"][0]["problem"], "unsupported");
    let tls = check_of(&report, "tls");
    assert_eq!(tls["code"], "tls.proxy-failed");
    assert!(
        tls["summary"].as_str().unwrap().contains("socks5h"),
        "{tls:#}"
    );
    assert!(!report.to_string().contains("hemmelig"), "{report:#}");
}

fn through_proxy(sb: &Sandbox, proxy: &str) -> serde_json::Value {
    let (code, report) = run_json(
        sb.cmd()
            .env("HTTPS_PROXY", proxy)
            .args(["--only", "tls", "--format", "json", "--timeout", "5"])
            .args(["--portal", &format!("https://{HOST}/")]),
    );
    assert_eq!(code, 1, "{report:#}");
    let tls = check_of(&report, "tls").clone();
    assert_eq!(tls["code"], "tls.proxy-failed", "{tls:#}");
    tls
}

/// A proxy that answers CONNECT with anything but 2xx or 407 refuses; one that cannot be reached
/// is said to be so. The refusal is told by hyper-util's words for it (classify.rs): this pins them.
#[test]
fn a_refusing_proxy_and_an_unreachable_one_are_told_apart() {
    let sb = Sandbox::new();
    let refusing = serve_raw(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
    let tls = through_proxy(&sb, &format!("http://127.0.0.1:{}", refusing.port()));
    let summary = tls["summary"].as_str().unwrap();
    assert!(summary.contains("refused the connection"), "{summary}");

    let tls = through_proxy(&sb, &format!("http://127.0.0.1:{}", closed_port()));
    let summary = tls["summary"].as_str().unwrap();
    assert!(summary.contains("cannot reach the proxy"), "{summary}");
    assert!(!summary.contains("refused the connection ("), "{summary}");
}
