//! Broken cards and readers through the real pcscd: garbage and empty ATRs, a card that
//! vanishes, a reader that disappears while `card --wait` watches. No panic, no hang, no APDU.
// Linux only: a private pcscd and Unix sockets
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

#[path = "support/pcsc.rs"]
mod pcsc;
mod support;

use std::io::{BufRead, BufReader, Read};
use std::time::{Duration, Instant};

use pcsc::{Behaviour, Pcscd, VirtualCard};
use support::{run_json, stderr_and_status, Sandbox};

fn card_check(sb: &Sandbox, pcscd: &Pcscd) -> serde_json::Value {
    let (_, report) = run_json(
        sb.offline()
            .env("PCSCLITE_CSOCK_NAME", &pcscd.socket)
            .args(["--only", "card-reader", "--format", "json"]),
    );
    report["checks"][0].clone()
}

fn until(sb: &Sandbox, pcscd: &Pcscd, code: &str) -> serde_json::Value {
    let started = Instant::now();
    loop {
        let check = card_check(sb, pcscd);
        if check["code"] == code || started.elapsed() > Duration::from_secs(10) {
            return check;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_33_byte_garbage_atr_is_an_unknown_card() {
    let sb = Sandbox::new();
    let pcscd = Pcscd::start("Reader");
    let garbage: Vec<u8> = (0..33u8).map(|i| i.wrapping_mul(97) ^ 0x5A).collect();
    let card = VirtualCard::insert(pcscd.port(0), &garbage, Behaviour::Normal);
    let check = until(&sb, &pcscd, "card-reader.unknown-card");
    assert_eq!(check["code"], "card-reader.unknown-card", "{check:#}");
    assert_eq!(
        check["details"]["readers"][0]["atr"]
            .as_str()
            .unwrap()
            .split(' ')
            .count(),
        33
    );
    assert!(card.remove().is_empty());
}

#[test]
fn an_empty_atr_is_no_card_or_a_bounded_wait() {
    let sb = Sandbox::new();
    let pcscd = Pcscd::start("Reader");
    let card = VirtualCard::insert(pcscd.port(0), &[], Behaviour::Normal);
    std::thread::sleep(Duration::from_millis(800));
    // vpcd sometimes keeps pcscd busy with such a card; then the check must still end in time.
    let started = Instant::now();
    let (_, report) = run_json(
        sb.offline()
            .env("PCSCLITE_CSOCK_NAME", &pcscd.socket)
            .args([
                "--only",
                "card-reader",
                "--format",
                "json",
                "--timeout",
                "3",
            ]),
    );
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "took {:?}",
        started.elapsed()
    );
    let check = &report["checks"][0];
    let code = check["code"].as_str().unwrap();
    assert!(
        ["card-reader.no-card", "card-reader.timed-out"].contains(&code),
        "{check:#}"
    );
    assert!(card.remove().is_empty());
}

#[test]
fn a_card_pulled_out_while_being_read() {
    let sb = Sandbox::new();
    let pcscd = Pcscd::start("Reader");
    for _ in 0..5 {
        let card = VirtualCard::insert(pcscd.port(0), &[0x3B, 0x02, 0x14, 0x50], Behaviour::Normal);
        std::thread::sleep(Duration::from_millis(150));
        let output = sb
            .offline()
            .env("PCSCLITE_CSOCK_NAME", &pcscd.socket)
            .args(["--only", "card-reader", "--format", "json"])
            .output()
            .unwrap();
        assert!(card.remove().is_empty());
        assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
        let report: serde_json::Value = support::parse_json(&output.stdout, &output.stderr);
        let code = report["checks"][0]["code"].as_str().unwrap().to_owned();
        let settled = [
            "card-reader.no-card",
            "card-reader.not-buypass",
            "card-reader.unknown-card",
            "card-reader.card-unresponsive",
        ];
        assert!(settled.contains(&code.as_str()), "{code}");
    }
}

/// Starts `loginsjekk card --wait …` against `pcscd` and reads its output up to the line that
/// starts with `waiting`: from then on it watches.
fn card_waiting(
    sb: &Sandbox,
    pcscd: &Pcscd,
    args: &[&str],
    waiting: &str,
) -> (std::process::Child, BufReader<std::process::ChildStdout>) {
    let mut child = pcscd.loginsjekk(sb.dir.path(), "C", args);
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while !line.starts_with(waiting) {
        line.clear();
        assert!(stdout.read_line(&mut line).unwrap() > 0, "card ended early");
    }
    (child, stdout)
}

#[test]
fn the_service_going_away_during_card_wait() {
    let sb = Sandbox::new();
    let pcscd = Pcscd::start("Reader");
    let (mut child, mut stdout) = card_waiting(
        &sb,
        &pcscd,
        &["card", "--wait", "30", "--format", "json"],
        "{\"event\":\"waiting\"",
    );
    let started = Instant::now();
    drop(pcscd); // the daemon, and with it every reader, goes away
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let (stderr, status) = stderr_and_status(&mut child);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    // It ends: with an error line (exit 2) or having seen the readers go (exit 1).
    assert!(
        matches!(status.code(), Some(1 | 2)),
        "{status:?} {rest} {stderr}"
    );
    if status.code() == Some(2) {
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.starts_with("loginsjekk: cannot watch the card readers"),
            "{stderr}"
        );
        // Said in words, not as a bare number.
        assert!(!stderr.contains(": PC/SC error 0x"), "{stderr}");
        assert!(stderr.contains("smart card service"), "{stderr}");
    }
}

#[test]
fn card_and_card_wait_honour_timeout_against_a_silent_service() {
    let sb = Sandbox::new();
    // A smart card service socket that accepts every connection and never answers.
    let socket = sb.path("silent.comm");
    let listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let held = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    {
        let held = std::sync::Arc::clone(&held);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                held.lock().unwrap().push(stream);
            }
        });
    }
    for (args, format) in [
        (vec!["card", "--timeout", "1"], "text"),
        (vec!["card", "--wait", "30", "--timeout", "1"], "text"),
        (vec!["card", "--timeout", "1"], "json"),
    ] {
        let started = Instant::now();
        let output = sb
            .cmd()
            .env("PCSCLITE_CSOCK_NAME", &socket)
            .args(&args)
            .args(["--format", format])
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap();
        let took = started.elapsed();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(took < Duration::from_secs(3), "{args:?} took {took:?}");
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stdout}");
        let first = stdout.lines().next().unwrap_or_default();
        match format {
            "json" => {
                let event: serde_json::Value = support::parse_json(first.as_bytes(), b"");
                assert_eq!(event["event"], "error");
                assert_eq!(event["reason"], "no-answer");
            }
            _ => assert_eq!(
                first, "The smart card service does not answer (waited 1 second).",
                "{args:?}"
            ),
        }
    }
    assert!(
        !held.lock().unwrap().is_empty(),
        "loginsjekk never connected"
    );
}

#[test]
fn a_service_that_falls_silent_during_card_wait_ends_it_within_the_timeout() {
    let sb = Sandbox::new();
    let pcscd = Pcscd::start("Reader");
    let (mut child, mut stdout) = card_waiting(
        &sb,
        &pcscd,
        &["card", "--wait", "60", "--timeout", "1"],
        "Waiting",
    );
    // Let the watch settle into its status-change wait, then stop the daemon mid-wait.
    std::thread::sleep(Duration::from_millis(700));
    let started = Instant::now();
    pcscd.freeze();
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let status = child.wait().unwrap();
    let took = started.elapsed();
    assert!(took < Duration::from_secs(6), "took {took:?}: {rest}");
    assert_eq!(status.code(), Some(1), "{rest}");
    assert_eq!(
        rest.lines().next(),
        Some("The smart card service does not answer (waited 1 second)."),
        "{rest}"
    );
}
