//! A broken address family must not fail the check: the portal's name resolves to an address
//! that never answers and one that works, and loginsjekk connects as browsers do.
//!
//! Each run is in a private mount namespace (`unshare --mount`, the tests run as root) where a
//! temporary hosts file is bind-mounted over /etc/hosts: the system's resolver then sees it,
//! and nothing outside that one process does. The real /etc/hosts is never written.
// Linux only: unshare and a bind-mounted /etc/hosts
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

mod support;
#[path = "support/tls_server.rs"]
mod tls_server;

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::fd::AsRawFd;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;
use support::{check_of, Sandbox};
use tls_server::{serve_tls_on, Ca, Leaf, Reply};

const HOST: &str = "login.idporten.no";

/// A listener whose queue is full: connections to it are never completed (the SYN is dropped),
/// as on a network whose path goes nowhere. Returns what must be kept alive.
fn unanswering(addr: SocketAddr) -> (TcpListener, Vec<TcpStream>) {
    let listener = TcpListener::bind(addr).unwrap();
    // SAFETY: listen(2) on a socket this function owns; a second call only shrinks its queue.
    assert_eq!(unsafe { libc::listen(listener.as_raw_fd(), 0) }, 0);
    let target = listener.local_addr().unwrap();
    let mut fillers = Vec::new();
    while let Ok(stream) = TcpStream::connect_timeout(&target, Duration::from_millis(300)) {
        fillers.push(stream);
        assert!(fillers.len() < 16, "the listener's queue never filled");
    }
    (listener, fillers)
}

/// A free port on both loopback addresses.
fn listeners_on_both() -> (TcpListener, TcpListener) {
    for _ in 0..20 {
        let v4 = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = v4.local_addr().unwrap().port();
        if let Ok(v6) = TcpListener::bind(("::1", port)) {
            return (v4, v6);
        }
    }
    panic!("no port free on both 127.0.0.1 and ::1");
}

struct Run {
    code: i32,
    report: Value,
    took: Duration,
}

/// The resolver's address order: the system's default (IPv6 first), or IPv4 first as
/// `/etc/gai.conf` can make it.
#[derive(Clone, Copy, PartialEq)]
enum Order {
    Default,
    Ipv4First,
}

fn run(sb: &Sandbox, root: &std::path::Path, port: u16, timeout: &str, order: Order) -> Run {
    let hosts = sb.write(
        "resolver-hosts",
        &format!("127.0.0.1 localhost\n::1 {HOST}\n127.0.0.1 {HOST}\n"),
    );
    let gai = sb.write(
        "resolver-gai.conf",
        if order == Order::Ipv4First {
            "precedence ::ffff:0:0/96 100\n"
        } else {
            ""
        },
    );
    let started = Instant::now();
    let output = Command::new("unshare")
        .args(["--mount", "--propagation", "private", "sh", "-c"])
        .arg(r#"mount --bind "$1" /etc/hosts && mount --bind "$2" /etc/gai.conf && shift 2 && exec "$@""#)
        .arg("sh")
        .arg(&hosts)
        .arg(&gai)
        .arg(assert_cmd::cargo::cargo_bin("loginsjekk"))
        .args(["--only", "tls", "--format", "json", "--timeout", timeout])
        .args(["--portal", &format!("https://{HOST}:{port}/")])
        .arg("--cacert")
        .arg(root)
        .env("LANG", "en_US.UTF-8")
        .env("LOGINSJEKK_TEST_HOSTS_FILE", sb.path("hosts"))
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .output()
        .expect("unshare (util-linux) must be installed");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let report = support::parse_json(&output.stdout, stderr.as_bytes());
    Run {
        code: output.status.code().unwrap_or(-1),
        report,
        took,
    }
}

fn findings(check: &Value) -> Vec<(String, String)> {
    check["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn outcome_of(check: &Value, family: &str) -> String {
    let attempts = check["details"]["portals"][0]["attempts"]
        .as_array()
        .unwrap();
    let attempt = attempts
        .iter()
        .find(|a| a["family"] == family)
        .unwrap_or_else(|| panic!("no {family} attempt: {attempts:?}"));
    attempt["outcome"].as_str().unwrap().to_owned()
}

fn pair(code: &str, status: &str) -> (String, String) {
    (code.to_owned(), status.to_owned())
}

#[test]
fn unanswering_ipv6_falls_back_to_ipv4_with_a_warning() {
    let sb = Sandbox::new();
    let ca = Ca::new("loginsjekk Test Root");
    let root = ca.write(sb.dir.path(), "root.pem");
    let (v4, v6) = listeners_on_both();
    let port = v4.local_addr().unwrap().port();
    let v6_addr = v6.local_addr().unwrap();
    drop(v6);
    let _hole = unanswering(v6_addr);
    let _server = serve_tls_on(v4, &ca.issue(&Leaf::for_host(HOST)), |_| Reply::ok());

    let run = run(&sb, &root, port, "8", Order::Default);
    let tls = check_of(&run.report, "tls");
    assert_eq!(run.code, 0, "{:#}", run.report);
    assert_eq!(
        findings(tls),
        [pair("tls.ok", "pass"), pair("tls.ipv6-broken", "warn")],
        "{tls:#}"
    );
    assert_eq!(outcome_of(tls, "IPv6"), "no-answer");
    assert_eq!(outcome_of(tls, "IPv4"), "connected");
    let message = tls["findings"][1]["message"].as_str().unwrap();
    assert!(message.contains("fell back to IPv4"), "{message}");
    assert!(run.took < Duration::from_secs(2), "took {:?}", run.took);
}

/// The other way round: IPv4 preferred by the resolver but going nowhere, IPv6 working.
#[test]
fn unanswering_ipv4_uses_ipv6_with_a_warning() {
    let sb = Sandbox::new();
    let ca = Ca::new("loginsjekk Test Root");
    let root = ca.write(sb.dir.path(), "root.pem");
    let (v4, v6) = listeners_on_both();
    let port = v4.local_addr().unwrap().port();
    let v4_addr = v4.local_addr().unwrap();
    drop(v4);
    let _hole = unanswering(v4_addr);
    let _server = serve_tls_on(v6, &ca.issue(&Leaf::for_host(HOST)), |_| Reply::ok());

    let run = run(&sb, &root, port, "8", Order::Ipv4First);
    let tls = check_of(&run.report, "tls");
    assert_eq!(run.code, 0, "{:#}", run.report);
    assert_eq!(
        findings(tls),
        [pair("tls.ok", "pass"), pair("tls.ipv4-broken", "warn")],
        "{tls:#}"
    );
    assert_eq!(outcome_of(tls, "IPv4"), "no-answer");
    assert_eq!(outcome_of(tls, "IPv6"), "connected");
    assert!(run.took < Duration::from_secs(2), "took {:?}", run.took);
}

#[test]
fn both_families_unanswering_time_out_naming_both() {
    let sb = Sandbox::new();
    let ca = Ca::new("loginsjekk Test Root");
    let root = ca.write(sb.dir.path(), "root.pem");
    let (v4, v6) = listeners_on_both();
    let port = v4.local_addr().unwrap().port();
    let (v4_addr, v6_addr) = (v4.local_addr().unwrap(), v6.local_addr().unwrap());
    drop((v4, v6));
    let _holes = (unanswering(v4_addr), unanswering(v6_addr));

    let run = run(&sb, &root, port, "2", Order::Default);
    let tls = check_of(&run.report, "tls");
    assert_eq!(run.code, 1);
    assert_eq!(tls["code"], "tls.timeout", "{tls:#}");
    let summary = tls["summary"].as_str().unwrap();
    assert!(
        summary.contains("over IPv6 or IPv4") || summary.contains("over IPv4 or IPv6"),
        "{summary}"
    );
    assert_eq!(outcome_of(tls, "IPv6"), "no-answer");
    assert_eq!(outcome_of(tls, "IPv4"), "no-answer");
    assert!(
        run.took < Duration::from_millis(2600),
        "took {:?}",
        run.took
    );
}
