//! `loginsjekk --watch` for real: a private pcscd with a virtual card inserted while it
//! watches, a portal on 127.0.0.1 that refuses for 15 seconds, a hosts file fixed while it
//! watches, a pseudo-terminal (Python's pty module, tests/support/in_pty.py), and Ctrl-C.
// Linux only: a private pcscd with the vsmartcard-vpcd virtual reader, a pseudo-terminal and
// Unix signals (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

#[path = "support/pcsc.rs"]
mod pcsc;
mod support;
#[path = "support/tls_server.rs"]
mod tls_server;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use pcsc::{Behaviour, Pcscd, VirtualCard, BUYPASS};
use serde_json::Value;
use support::{gone, temp_files, Sandbox};
use tls_server::{serve_tls, serve_tls_refusing_until, Ca, Leaf, Reply, Server};

const HOST: &str = "login.idporten.no";
const HOSTS_OVERRIDE: &str = "127.0.0.1 localhost\n10.0.0.66 login.idporten.no\n";
const HOSTS_CLEAN: &str = "127.0.0.1 localhost\n";

/// The ID portal played by a server on 127.0.0.1 with a certificate from a test root.
struct Portal {
    root: std::path::PathBuf,
    system_store: std::path::PathBuf,
}

impl Portal {
    fn new(sb: &Sandbox) -> (Portal, tls_server::Identity) {
        let ca = Ca::new("loginsjekk Test Root");
        let portal = Portal {
            root: ca.write(sb.dir.path(), "root.pem"),
            system_store: Ca::new("Unrelated System Root").write(sb.dir.path(), "system.pem"),
        };
        (portal, ca.issue(&Leaf::for_host(HOST)))
    }

    /// The binary aimed at `server` for the portal.
    fn cmd(&self, sb: &Sandbox, server: &Server) -> Command {
        let mut cmd = sb.std_cmd();
        cmd.env_remove("HTTPS_PROXY")
            .env("SSL_CERT_FILE", &self.system_store)
            .args(["--timeout", "5"])
            .args(["--portal", &format!("https://{HOST}/")])
            .args(["--connect-to", &server.connect_to(HOST)])
            .arg("--cacert")
            .arg(&self.root);
        cmd
    }
}

fn is_clock(text: &str) -> bool {
    text.len() == 8
        && text.char_indices().all(|(i, c)| {
            if i % 3 == 2 {
                c == ':'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Reads lines until one contains `wanted`; returns every line read.
fn read_until(reader: &mut impl BufRead, wanted: &str) -> Vec<String> {
    let mut lines = Vec::new();
    loop {
        let mut line = String::new();
        assert!(
            reader.read_line(&mut line).unwrap() > 0,
            "ended before {wanted:?}: {lines:?}"
        );
        let found = line.contains(wanted);
        lines.push(line);
        if found {
            return lines;
        }
    }
}

fn finish(mut child: Child, mut reader: impl Read) -> (i32, String) {
    let mut rest = String::new();
    reader.read_to_string(&mut rest).unwrap();
    let code = child.wait().unwrap().code().unwrap_or(-1);
    (code, rest)
}

#[test]
fn inserting_the_card_ends_the_watch_at_once_with_the_support_code() {
    let sb = Sandbox::new();
    let (portal, identity) = Portal::new(&sb);
    let server = serve_tls(&identity, |_| Reply::ok());
    let pcscd = Pcscd::start("Reader");
    let mut child = portal
        .cmd(&sb, &server)
        .env("PCSCLITE_CSOCK_NAME", &pcscd.socket)
        .args([
            "--watch",
            "--method",
            "buypass-smartcard",
            "--watch-for",
            "60",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let first = read_until(&mut stdout, "verdict");
    assert!(
        first
            .iter()
            .any(|l| l.ends_with(" card-reader fail (card-reader.no-card)\n")),
        "{first:?}"
    );
    assert!(
        first.last().unwrap().ends_with(" verdict not-ready\n"),
        "{first:?}"
    );

    let card = VirtualCard::insert(pcscd.port(0), &BUYPASS, Behaviour::Normal);
    let inserted = Instant::now();
    let (code, rest) = finish(child, stdout);
    let took = inserted.elapsed();
    assert_eq!(code, 0, "{rest}");
    assert!(took < Duration::from_secs(2), "{took:?}\n{rest}");
    let lines: Vec<&str> = rest.lines().collect();
    let (time, change) = lines[0].split_once(' ').unwrap();
    assert!(is_clock(time), "{rest}");
    // The card's own finding first (on Linux a note that Javafri is not checked follows it).
    assert!(
        change.starts_with("card-reader fail → ") && change.contains(" (card-reader.buypass-card"),
        "{rest}"
    );
    assert_eq!(
        lines[1],
        format!("{time} verdict not-ready → ready"),
        "{rest}"
    );
    assert!(lines[2].starts_with("Ready at "), "{rest}");
    assert!(
        rest.contains("You can log in with: Buypass ID on smart card"),
        "{rest}"
    );
    assert!(rest.contains("\nSupport code: "), "{rest}");
    assert!(
        card.remove().is_empty(),
        "loginsjekk sent a command to the card"
    );
}

#[test]
fn a_portal_that_refuses_for_15_seconds_is_asked_again_at_most_every_10_seconds() {
    let sb = Sandbox::new();
    let (portal, identity) = Portal::new(&sb);
    let started = Instant::now();
    let counting = serve_tls_refusing_until(&identity, started + Duration::from_secs(15), |_| {
        Reply::ok()
    });
    let output = portal
        .cmd(&sb, &counting.server)
        .args(["--watch", "--method", "bankid", "--format", "json"])
        .stdout(Stdio::piped())
        .output()
        .unwrap();
    let took = started.elapsed();
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{text}");
    // Refused until 15 s; the next visit allowed is at 20 s.
    assert!(
        took >= Duration::from_secs(15) && took < Duration::from_secs(26),
        "{took:?}\n{text}"
    );
    let connections = counting.connections.lock().unwrap().clone();
    assert!(connections.len() >= 2, "{connections:?}");
    for pair in connections.windows(2) {
        assert!(
            pair[1] - pair[0] >= Duration::from_millis(9_500),
            "{connections:?}"
        );
    }
    for (i, first) in connections.iter().enumerate() {
        let in_a_minute = connections[i..]
            .iter()
            .filter(|at| **at - *first < Duration::from_secs(60))
            .count();
        assert!(in_a_minute <= 6, "{connections:?}");
    }
    // One JSON object per line: the changes, then the report.
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let tls: Vec<&Value> = lines.iter().filter(|l| l["check"] == "tls").collect();
    assert_eq!(tls[0]["from"], Value::Null, "{text}");
    assert_eq!(tls[0]["to"], "fail", "{text}");
    assert_eq!(tls.last().unwrap()["to"], "pass", "{text}");
    let verdict = lines.iter().rfind(|l| l["event"] == "verdict").unwrap();
    assert_eq!(verdict["to"], "ready", "{text}");
    assert_eq!(verdict["ready"], serde_json::json!(["bankid"]));
    let report = lines.last().unwrap();
    assert_eq!(report["verdict"]["status"], "ready", "{text}");
    assert!(report["support_code"].as_str().unwrap().len() > 10);
}

#[test]
fn watch_for_ends_with_the_last_verdict_when_nothing_changes() {
    let sb = Sandbox::new();
    sb.write("hosts", HOSTS_OVERRIDE);
    let started = Instant::now();
    let output = sb
        .report()
        .args(["--method", "bankid", "--watch", "--watch-for", "3s"])
        .output()
        .unwrap();
    let took = started.elapsed();
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        took >= Duration::from_secs(3) && took < Duration::from_millis(4_500),
        "{took:?}"
    );
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines
            .iter()
            .any(|l| l.ends_with(" system fail (system.hosts-override, system.proxy)")),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Still not ready after 3 seconds (")),
        "{text}"
    );
    assert!(text.contains("Support code: "), "{text}");

    // JUnit keeps stdout XML: the change lines go to stderr.
    let output = sb
        .report()
        .args([
            "--only",
            "system",
            "--watch",
            "--watch-for",
            "1",
            "--format",
            "junit",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.starts_with(b"<?xml"));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr
            .lines()
            .next()
            .unwrap()
            .ends_with(" system fail (system.hosts-override, system.proxy)"),
        "{stderr}"
    );
}

#[test]
fn bad_watch_options_are_one_line_errors() {
    let sb = Sandbox::new();
    for args in [
        &["--watch", "--watch-for", "soon"][..],
        &["--watch", "--watch-for", "0s"],
        &["--watch", "--watch-for", "2d"],
        &["--watch-for", "3s"],
    ] {
        let output = sb.report().args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(output.stdout.is_empty());
    }
}

/// Starts a watch of the hosts file that a test then fixes; `runner` wraps the binary.
fn hosts_watch(sb: &Sandbox, runner: Option<&str>, args: &[&str]) -> Child {
    sb.write("hosts", HOSTS_OVERRIDE);
    let binary = assert_cmd::cargo::cargo_bin("loginsjekk");
    let mut cmd = sb.std_cmd();
    if let Some(script) = runner {
        // Python in the tests' own environment; the program inside it in the sandbox's only.
        cmd = Command::new("python3");
        cmd.arg(script).args(["/usr/bin/env", "-i"]);
        for (name, value) in sb.std_cmd().get_envs() {
            if let Some(value) = value {
                let mut pair = name.to_owned();
                pair.push("=");
                pair.push(value);
                cmd.arg(pair);
            }
        }
        cmd.arg(&binary);
    }
    cmd.args([
        "--offline",
        "--only",
        "system",
        "--watch",
        "--watch-for",
        "30",
    ])
    .args(args)
    .stdout(Stdio::piped())
    .spawn()
    .unwrap()
}

#[test]
fn on_a_terminal_the_line_is_redrawn_in_place() {
    let sb = Sandbox::new();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/in_pty.py");
    let mut child = hosts_watch(&sb, Some(script), &["--lang", "nb"]);
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let before = read_until(&mut stdout, "Følger med til").concat();
    sb.write("hosts", HOSTS_CLEAN);
    let (code, after) = finish(child, stdout);
    assert_eq!(code, 0, "{before}{after}");
    assert!(before.contains("1 [✗] Denne datamaskinen: "), "{before:?}");
    assert!(before.contains(" Trykk Ctrl-C for å stoppe."), "{before:?}");
    // Back up over the three lines drawn (check, blank, status) and draw them again.
    let redrawn = after
        .split_once("\x1b[3F\x1b[2K")
        .unwrap_or_else(|| panic!("no redraw: {after:?}"))
        .1;
    let line = redrawn.lines().next().unwrap();
    assert!(line.starts_with("1 [✓] Denne datamaskinen: "), "{line:?}");
    let mark = line.rsplit_once("(endret ").expect("changed mark").1;
    assert!(
        is_clock(&mark[..8]) && mark[8..].starts_with(')'),
        "{line:?}"
    );
    assert!(redrawn.contains("Klar kl. "), "{redrawn:?}");
    assert!(!after.contains("system fail → pass"), "{after:?}");
}

#[test]
fn through_a_pipe_lines_are_appended_only() {
    let sb = Sandbox::new();
    let mut child = hosts_watch(&sb, None, &[]);
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let before = read_until(&mut stdout, "system fail").concat();
    sb.write("hosts", HOSTS_CLEAN);
    let (code, after) = finish(child, stdout);
    let all = format!("{before}{after}");
    assert_eq!(code, 0, "{all}");
    assert!(!all.contains('\x1b'), "{all:?}");
    let lines: Vec<&str> = all.lines().collect();
    // The sandbox's proxy setting is a second finding of the system check.
    assert!(
        lines[0].ends_with(" system fail (system.hosts-override, system.proxy)"),
        "{all}"
    );
    assert!(
        lines[1].ends_with(" system fail → pass (system.ok, system.proxy)"),
        "{all}"
    );
    assert!(lines[2].starts_with("Ready at "), "{all}");
    assert_eq!(lines[3], "", "{all}");
    assert!(lines[4].starts_with("loginsjekk "), "{all}");
    assert!(all.contains("\n1 [✓] This computer: "), "{all}");
}

#[test]
fn ctrl_c_ends_the_watch_with_130_leaving_no_program_or_temporary_file() {
    let sb = Sandbox::new();
    // A java that hangs: each round starts one, which the round's deadline ends.
    let pids = sb.path("java.pids");
    sb.script(
        "bin/java",
        &format!("echo $$ >> {}\nexec /bin/sleep 60", pids.display()),
    );
    let report = sb.path("report.json");
    let mut child = sb
        .std_cmd()
        .args(["--offline", "--only", "java", "--timeout", "1", "--watch"])
        .args(["--format", "json", "--output"])
        .arg(&report)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let read_pids = || -> Vec<String> {
        std::fs::read_to_string(&pids)
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    };
    let started = Instant::now();
    // The second java means the watch is checking again.
    while read_pids().len() < 2 {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "never re-checked"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(temp_files(sb.dir.path()).len(), 1);
    // SAFETY: kill has no memory effects.
    assert_eq!(
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) },
        0
    );
    let mut stdout = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(130), "{stdout}");
    assert!(temp_files(sb.dir.path()).is_empty());
    assert!(!report.exists());
    for pid in read_pids() {
        assert!(gone(&pid), "java {pid} still runs");
    }
    // The lines so far were JSON, one object each.
    for line in stdout.lines() {
        let change: Value = serde_json::from_str(line).unwrap();
        assert_eq!(change["check"], "java", "{line}");
    }
}
