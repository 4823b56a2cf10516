//! Hostile and broken servers on 127.0.0.1: every run ends within --timeout + 1 s with a clear
//! finding and no panic, and never reads more than it needs.
// Linux only: openssl s_server, strace and getrusage
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

#[path = "support/portal_run.rs"]
mod portal_run;
mod support;
#[path = "support/tls_server.rs"]
mod tls_server;

use std::process::Command;
use std::time::{Duration, Instant};

use portal_run::{assert_stopped_at_redirect_limit, setup, Setup, HOST};
use serde_json::Value;
use support::check_of;
use tls_server::{
    serve_close_mid_handshake, serve_drip, serve_tls, Leaf, OpensslServer, Reply, Server,
};

struct Run {
    code: i32,
    report: Value,
}

/// The portal checks against `server` with `--timeout`, which the run must end within (+ 1 s).
fn run(s: &Setup, server: &Server, timeout: u64) -> Run {
    let started = Instant::now();
    let output = s
        .cmd()
        .args([
            "--only",
            "tls,certificate,clock",
            "--format",
            "json",
            "--timeout",
            &timeout.to_string(),
        ])
        .args([
            "--portal",
            &format!("https://{HOST}/"),
            "--connect-to",
            &server.connect_to(HOST),
        ])
        .arg("--cacert")
        .arg(&s.root)
        .output()
        .unwrap();
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let report = support::parse_json(&output.stdout, stderr.as_bytes());
    assert!(took < Duration::from_secs(timeout + 1), "took {took:?}");
    Run {
        code: output.status.code().unwrap_or(-1),
        report,
    }
}

#[test]
fn a_chain_of_100_certificates() {
    let s = setup();
    let server = serve_tls(
        &s.ca.issue_with_long_chain(&Leaf::for_host(HOST), 99),
        |_| Reply::ok(),
    );
    let run = run(&s, &server, 5);
    let tls = check_of(&run.report, "tls");
    // Either the handshake is refused as too large, or the chain is judged; never a hang.
    assert!(
        ["tls.handshake-failed", "tls.ok"].contains(&tls["code"].as_str().unwrap()),
        "{tls:#}"
    );
}

#[test]
fn a_certificate_of_a_mebibyte() {
    let s = setup();
    let mut leaf = Leaf::for_host(HOST);
    leaf.padding = 1024 * 1024;
    // rustls will not send such a certificate; OpenSSL will.
    let openssl = OpensslServer::start(&s.ca.issue(&leaf), s.sb.dir.path(), &["-tls1_2"]);
    let server = Server {
        addr: ([127, 0, 0, 1], openssl.port).into(),
    };
    let run = run(&s, &server, 5);
    assert_eq!(run.code, 1);
    // OpenSSL itself gives up on such a certificate with an alert; either way, no secure connection.
    let code = check_of(&run.report, "tls")["code"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        ["tls.handshake-failed", "tls.protocol-too-old"].contains(&code.as_str()),
        "{code}"
    );
}

#[test]
fn a_server_that_drips_one_byte_per_second() {
    let s = setup();
    let server = serve_drip(&[0x16, 0x03, 0x03, 0x40, 0x00]);
    let run = run(&s, &server, 3);
    assert_eq!(check_of(&run.report, "tls")["code"], "tls.timeout");
}

#[test]
fn a_server_that_closes_mid_handshake() {
    let s = setup();
    let server = serve_close_mid_handshake();
    let run = run(&s, &server, 5);
    assert_eq!(check_of(&run.report, "tls")["code"], "tls.handshake-failed");
}

#[test]
fn garbage_and_enormous_headers() {
    let s = setup();
    let identity = s.ca.issue(&Leaf::for_host(HOST));
    for (headers, tls_code, clock_code) in [
        (
            vec![("Date", "yesterday, around noon".to_owned())],
            "tls.ok",
            "clock.unknown",
        ),
        (
            vec![("Date", "Wed, 99 Foo 99999 99:99:99 GMT".to_owned())],
            "tls.ok",
            "clock.unknown",
        ),
        (
            vec![("Date", "x".repeat(100_000))],
            "tls.bad-response",
            "clock.unknown",
        ),
        // A control character in a header is not HTTP.
        (
            vec![("Location", "\u{7f}:://[not a url".to_owned())],
            "tls.bad-response",
            "clock.unknown",
        ),
        // A Location that is not a URL is no redirect: the 302 itself is the answer.
        (
            vec![("Location", "http://[::1".to_owned())],
            "tls.ok",
            "clock.ok",
        ),
        (
            vec![("Location", format!("/{}", "a".repeat(60_000)))],
            "tls.ok",
            "clock.ok",
        ),
    ] {
        let server = serve_tls(&identity, move |path| {
            if path == "/" {
                Reply::Http {
                    status: 302,
                    headers: headers
                        .iter()
                        .map(|(k, v)| (k.to_string(), v.clone()))
                        .collect(),
                }
            } else {
                Reply::ok()
            }
        });
        let run = run(&s, &server, 5);
        assert_eq!(
            check_of(&run.report, "tls")["code"],
            tls_code,
            "{:#}",
            run.report
        );
        assert_eq!(
            check_of(&run.report, "clock")["code"],
            clock_code,
            "{:#}",
            run.report
        );
    }
}

#[test]
fn a_redirect_with_a_password_is_recorded_masked() {
    let s = setup();
    let server = serve_tls(&s.ca.issue(&Leaf::for_host(HOST)), |path| {
        if path == "/" {
            Reply::Http {
                status: 302,
                headers: vec![(
                    "Location".into(),
                    format!("https://kari:hemmelig-pw@{HOST}/next"),
                )],
            }
        } else {
            Reply::ok()
        }
    });
    for format in ["json", "text", "junit"] {
        let output = s
            .cmd()
            .args(["--only", "tls", "-v", "--format", format, "--timeout", "5"])
            .args(["--portal", &format!("https://{HOST}/")])
            .args(["--connect-to", &server.connect_to(HOST)])
            .arg("--cacert")
            .arg(&s.root)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(!stdout.contains("hemmelig-pw"), "{stdout}");
        if format == "json" {
            support::parse_json(&output.stdout, &output.stderr);
            assert!(
                stdout.contains(&format!("https://kari:***@{HOST}/next")),
                "{stdout}"
            );
        }
    }
}

#[test]
fn a_thousand_redirects_offered_stop_at_the_limit() {
    let s = setup();
    let server = serve_tls(&s.ca.issue(&Leaf::for_host(HOST)), |path| {
        let hop: u32 = path.trim_start_matches('/').parse().unwrap_or(0);
        if hop < 1000 {
            Reply::Http {
                status: 302,
                headers: vec![("Location".into(), format!("/{}", hop + 1))],
            }
        } else {
            Reply::ok()
        }
    });
    let run = run(&s, &server, 10);
    assert_stopped_at_redirect_limit(check_of(&run.report, "tls"));
}

#[test]
fn a_body_of_100_mebibytes_is_not_read() {
    let s = setup();
    let server = serve_tls(&s.ca.issue(&Leaf::for_host(HOST)), |_| {
        Reply::Body(100 * 1024 * 1024)
    });
    let run = run(&s, &server, 10);
    assert_eq!(check_of(&run.report, "tls")["code"], "tls.ok");
    // Peak memory of every finished child of this test process, loginsjekk included.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage fills the struct it is given.
    assert_eq!(
        unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) },
        0
    );
    let peak_mib = usage.ru_maxrss as f64 / 1024.0;
    assert!(peak_mib < 50.0, "peak memory {peak_mib:.1} MiB");
}

/// The only network connections are to the portal's (here redirected) address and to where
/// Buypass Javafri would listen on this computer; nothing else, no DNS.
#[test]
fn the_only_connections_are_to_the_portal() {
    let s = setup();
    let server = serve_tls(&s.ca.issue(&Leaf::for_host(HOST)), |_| Reply::ok());
    let trace = s.sb.path("connect.trace");
    let output = Command::new("/usr/bin/strace")
        .args(["-f", "-qq", "-e", "trace=connect", "-o"])
        .arg(&trace)
        .arg(assert_cmd::cargo::cargo_bin("loginsjekk"))
        .args([
            "--format",
            "json",
            "--portal",
            &format!("https://{HOST}/"),
            "--connect-to",
            &server.connect_to(HOST),
        ])
        .arg("--cacert")
        .arg(&s.root)
        .env("LOGINSJEKK_TEST_HOSTS_FILE", s.sb.path("hosts"))
        .env("LOGINSJEKK_TEST_USB_SYSFS", s.sb.path("usb"))
        .env("LOGINSJEKK_TEST_JAVA_SYSTEM_DIR", s.sb.path("jvm"))
        .env("PATH", s.sb.path("bin"))
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .output()
        .expect("strace must be installed (tests/run.sh installs it)");
    assert!(
        output.status.code().is_some(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&trace).unwrap();
    let inet: Vec<&str> = text.lines().filter(|l| l.contains("AF_INET")).collect();
    assert!(!inet.is_empty(), "no connection traced: {text}");
    // Only the portal: where Buypass Javafri would listen is looked at on Windows and macOS only.
    let allowed = format!("sin_port=htons({})", server.port());
    for line in &inet {
        assert!(
            line.contains("inet_addr(\"127.0.0.1\")"),
            "a connection off this machine: {line}"
        );
        assert!(line.contains(&allowed), "an unexpected connection: {line}");
    }
    assert!(
        inet.iter().any(|l| l.contains(&allowed)),
        "the portal was not contacted: {text}"
    );
}
