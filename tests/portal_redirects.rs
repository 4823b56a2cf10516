//! Redirects stay on the portal: a redirect to a host outside the portal's domains is reported
//! and never followed, and every hop followed has its certificate judged.
// Linux only: strace
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

mod support;
#[path = "support/tls_server.rs"]
mod tls_server;

use std::process::Command;

use serde_json::Value;
use support::{check_of, finding_codes, Sandbox};
use time::OffsetDateTime;
use tls_server::{serve_tls, Ca, Leaf, Reply};

const HOST: &str = "login.idporten.no";

fn redirect_to(location: String) -> impl Fn(&str) -> Reply + Send + Sync + 'static {
    move |path| match path {
        "/" => Reply::Http {
            status: 302,
            headers: vec![("Location".into(), location.clone())],
        },
        _ => Reply::ok(),
    }
}

/// The portal checks under `strace -e trace=connect`; returns the report and the traced
/// `AF_INET` connections.
fn traced_run(sb: &Sandbox, root: &std::path::Path, args: &[String]) -> (Value, Vec<String>) {
    let trace = sb.path("connect.trace");
    let output = Command::new("/usr/bin/strace")
        .args(["-f", "-qq", "-e", "trace=connect", "-o"])
        .arg(&trace)
        .arg(assert_cmd::cargo::cargo_bin("loginsjekk"))
        .args(["--only", "tls,certificate", "--format", "json"])
        .args(["--timeout", "5", "--portal", &format!("https://{HOST}/")])
        .args(args)
        .arg("--cacert")
        .arg(root)
        .env("LANG", "en_US.UTF-8")
        .env("LOGINSJEKK_TEST_HOSTS_FILE", sb.path("hosts"))
        .env("PATH", sb.path("bin"))
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .output()
        .expect("strace must be installed (tests/run.sh installs it)");
    let report = support::parse_json(&output.stdout, &output.stderr);
    let text = std::fs::read_to_string(&trace).unwrap();
    let inet = text
        .lines()
        .filter(|l| l.contains("AF_INET"))
        .map(str::to_owned)
        .collect();
    (report, inet)
}

#[test]
fn a_redirect_to_another_host_is_reported_and_not_followed() {
    let sb = Sandbox::new();
    let ca = Ca::new("loginsjekk Test Root");
    let root = ca.write(sb.dir.path(), "root.pem");
    // A server that would answer at 127.0.0.2, with a certificate for that address.
    let elsewhere = serve_tls(&ca.issue(&Leaf::for_host("127.0.0.2")), |_| Reply::ok());
    let portal = serve_tls(
        &ca.issue(&Leaf::for_host(HOST)),
        redirect_to(format!("https://127.0.0.2:{}/", elsewhere.port())),
    );
    let (report, inet) = traced_run(
        &sb,
        &root,
        &["--connect-to".into(), portal.connect_to(HOST)],
    );
    let tls = check_of(&report, "tls");
    assert_eq!(tls["code"], "tls.redirected-elsewhere", "{report:#}");
    assert_eq!(tls["status"], "fail");
    assert!(
        tls["summary"].as_str().unwrap().contains("127.0.0.2"),
        "{tls:#}"
    );
    assert_eq!(
        tls["details"]["portals"][0]["error"]["kind"],
        "redirected-elsewhere"
    );
    assert_eq!(report["status"], "fail", "{report:#}");
    assert!(!inet.is_empty(), "no connection traced");
    for line in &inet {
        assert!(!line.contains("127.0.0.2"), "followed the redirect: {line}");
        assert!(
            line.contains(&format!("sin_port=htons({})", portal.port())),
            "an unexpected connection: {line}"
        );
    }
}

#[test]
fn a_redirect_within_the_portal_to_an_expired_certificate_fails() {
    let sb = Sandbox::new();
    let ca = Ca::new("loginsjekk Test Root");
    let root = ca.write(sb.dir.path(), "root.pem");
    let mut expired = Leaf::for_host("idporten.no");
    expired.not_before = OffsetDateTime::now_utc() - time::Duration::days(100);
    expired.not_after = OffsetDateTime::now_utc() - time::Duration::days(10);
    let second = serve_tls(&ca.issue(&expired), |_| Reply::ok());
    let portal = serve_tls(
        &ca.issue(&Leaf::for_host(HOST)),
        redirect_to("https://idporten.no/next".into()),
    );
    let (report, inet) = traced_run(
        &sb,
        &root,
        &[
            "--connect-to".into(),
            portal.connect_to(HOST),
            "--connect-to".into(),
            second.connect_to("idporten.no"),
        ],
    );
    let cert = check_of(&report, "certificate");
    assert_eq!(cert["code"], "certificate.expired", "{report:#}");
    assert_eq!(cert["status"], "fail");
    assert_eq!(finding_codes(cert), ["certificate.expired"], "{cert:#}");
    assert_eq!(
        cert["details"]["portals"][0]["redirect_hops"][0]["url"],
        "https://idporten.no/next"
    );
    assert_eq!(check_of(&report, "tls")["code"], "tls.ok");
    // The --connect-to rule applied to the second hop too.
    assert!(
        inet.iter()
            .any(|l| l.contains(&format!("sin_port=htons({})", second.port()))),
        "{inet:?}"
    );
}
