//! The tls, certificate and clock checks against real TLS servers on 127.0.0.1.
//! `--connect-to` aims the real portal names at them; nothing reaches the internet.
// Linux only: openssl s_server as an outdated server
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

#[path = "support/portal_run.rs"]
mod portal_run;
mod support;
#[path = "support/tls_server.rs"]
mod tls_server;

use std::time::{Duration, Instant};

use portal_run::{codes, days, http_date, pair, server_with_date, setup, HOST};
use support::{check_of, run_json};
use time::OffsetDateTime;
use tls_server::{closed_port, serve_raw, serve_tls, Ca, Leaf, OpensslServer, Reply, Server};

#[test]
fn valid_portal_passes_all_three() {
    let s = setup();
    let server = s.valid_server(&Leaf::for_host(HOST));
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(
        codes(&report),
        [
            pair("tls.ok", "pass"),
            pair("certificate.ok", "pass"),
            pair("clock.ok", "pass")
        ]
    );
    let tls = &check_of(&report, "tls")["details"]["portals"][0];
    assert_eq!(tls["url"], "https://login.idporten.no/");
    assert_eq!(tls["address"], format!("127.0.0.1:{}", server.port()));
    assert_eq!(tls["tls_version"], "TLS 1.3");
    assert_eq!(tls["http_status"], 200);
    for timing in ["dns", "tls", "first_byte"] {
        assert!(tls["timings_ms"][timing].is_u64(), "{timing}");
    }
    let cert = &check_of(&report, "certificate")["details"]["portals"][0];
    assert_eq!(cert["owner_org"], "DIGITALISERINGSDIREKTORATET");
    assert_eq!(cert["org_number"], "991825827");
    assert_eq!(cert["trusted_by"]["public_roots"], true);
    assert_eq!(
        cert["chain"][0]["issuer"],
        "CN=loginsjekk Test Root, O=loginsjekk test CA"
    );
    assert_eq!(cert["sha256"].as_str().unwrap().len(), 95);
    let clock = &check_of(&report, "clock")["details"];
    assert!(clock["skew_seconds"].as_i64().unwrap().abs() <= 2);
    assert_eq!(clock["source_url"], "https://login.idporten.no/");
}

#[test]
fn valid_portal_in_text_shows_what_the_help_page_asks_for() {
    let s = setup();
    let server = s.valid_server(&Leaf::for_host(HOST));
    let output = s
        .cmd()
        .env("SSL_CERT_FILE", &s.system_store)
        .args([
            "--only",
            "certificate",
            "--cacert",
            s.root.to_str().unwrap(),
        ])
        .args([
            "--portal",
            &format!("https://{HOST}/"),
            "--connect-to",
            &server.connect_to(HOST),
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("[✓] The ID portal's certificate: login.idporten.no: Issued to DIGITALISERINGSDIREKTORATET (org. no. 991825827) · Issued by loginsjekk Test Root · Valid until "),
        "{text}"
    );
    assert!(
        text.contains("(89 days)") || text.contains("(90 days)"),
        "{text}"
    );
}

#[test]
fn expired_certificate_fails() {
    let s = setup();
    let mut leaf = Leaf::for_host(HOST);
    leaf.not_before = OffsetDateTime::now_utc() - days(100);
    leaf.not_after = OffsetDateTime::now_utc() - days(10);
    let (code, report) = s.run(&s.valid_server(&leaf), &[]);
    assert_eq!(code, 1);
    assert_eq!(
        check_of(&report, "certificate")["code"],
        "certificate.expired"
    );
    assert_eq!(check_of(&report, "certificate")["status"], "fail");
    assert_eq!(check_of(&report, "tls")["code"], "tls.ok");
}

#[test]
fn not_yet_valid_certificate_fails() {
    let s = setup();
    let mut leaf = Leaf::for_host(HOST);
    leaf.not_before = OffsetDateTime::now_utc() + days(10);
    leaf.not_after = OffsetDateTime::now_utc() + days(100);
    let (code, report) = s.run(&s.valid_server(&leaf), &[]);
    assert_eq!(code, 1);
    assert_eq!(
        check_of(&report, "certificate")["code"],
        "certificate.not-yet-valid"
    );
}

#[test]
fn certificate_for_another_host_fails() {
    let s = setup();
    let (code, report) = s.run(&s.valid_server(&Leaf::for_host("evil.example")), &[]);
    assert_eq!(code, 1);
    let cert = check_of(&report, "certificate");
    assert_eq!(cert["code"], "certificate.wrong-host");
    assert!(cert["summary"].as_str().unwrap().contains("evil.example"));
}

#[test]
fn self_signed_certificate_is_untrusted() {
    let s = setup();
    let own = Ca::new(HOST);
    let server = serve_tls(&own.issue(&Leaf::for_host(HOST)), |_| Reply::ok());
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 1);
    let cert = check_of(&report, "certificate");
    assert_eq!(cert["code"], "certificate.untrusted");
    assert_eq!(cert["details"]["portals"][0]["trusted_by"]["system"], false);
}

#[test]
fn unknown_root_is_untrusted() {
    let s = setup();
    let server = s.valid_server(&Leaf::for_host(HOST));
    let (code, report) = s.run_untrusted(&server, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        check_of(&report, "certificate")["code"],
        "certificate.untrusted"
    );
    assert_eq!(check_of(&report, "certificate")["status"], "fail");
}

#[test]
fn root_trusted_only_by_the_system_is_interception() {
    let s = setup();
    let server = s.valid_server(&Leaf::for_host(HOST));
    let (code, report) = run_json(
        s.cmd()
            .env("SSL_CERT_FILE", &s.root)
            .args(["--only", "certificate", "--format", "json"])
            .args([
                "--portal",
                &format!("https://{HOST}/"),
                "--connect-to",
                &server.connect_to(HOST),
            ]),
    );
    assert_eq!(code, 0, "a warning is not a failure");
    let cert = check_of(&report, "certificate");
    assert_eq!(cert["code"], "certificate.intercepted");
    assert_eq!(cert["status"], "warn");
    assert!(
        cert["summary"]
            .as_str()
            .unwrap()
            .contains("inspected by \"loginsjekk Test Root\""),
        "{}",
        cert["summary"]
    );
    let portal = &cert["details"]["portals"][0];
    assert_eq!(portal["trusted_by"]["public_roots"], false);
    assert_eq!(portal["trusted_by"]["system"], true);
}

#[test]
fn another_organisation_is_an_unexpected_owner() {
    let s = setup();
    let mut leaf = Leaf::for_host(HOST);
    leaf.org = Some("PHISHING AS".into());
    leaf.org_number = Some("123456789".into());
    let (code, report) = s.run(&s.valid_server(&leaf), &[]);
    assert_eq!(code, 1);
    let cert = check_of(&report, "certificate");
    assert_eq!(cert["code"], "certificate.unexpected-owner");
    assert!(cert["summary"].as_str().unwrap().contains("PHISHING AS"));
}

#[test]
fn domain_validated_certificate_passes_with_a_note() {
    let s = setup();
    let mut leaf = Leaf::for_host(HOST);
    leaf.org = None;
    leaf.org_number = None;
    let (code, report) = s.run(&s.valid_server(&leaf), &[]);
    assert_eq!(code, 0);
    let cert = check_of(&report, "certificate");
    assert_eq!(cert["code"], "certificate.ok");
    let findings: Vec<&str> = cert["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(findings, ["certificate.ok", "certificate.no-owner-named"]);
}

#[test]
fn certificate_expiring_within_a_week_warns() {
    let s = setup();
    let mut leaf = Leaf::for_host(HOST);
    leaf.not_after = OffsetDateTime::now_utc() + days(3) + time::Duration::hours(1);
    let (code, report) = s.run(&s.valid_server(&leaf), &[]);
    assert_eq!(code, 0);
    let cert = check_of(&report, "certificate");
    assert_eq!(cert["code"], "certificate.expiring-soon");
    assert_eq!(cert["status"], "warn");
    assert_eq!(cert["details"]["portals"][0]["days_left"], 3);
}

#[test]
fn clock_a_few_minutes_off_warns() {
    let s = setup();
    let server = server_with_date(
        &s,
        &Leaf::for_host(HOST),
        http_date(time::Duration::minutes(3)),
    );
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 0);
    assert_eq!(check_of(&report, "clock")["code"], "clock.skewed");
    assert_eq!(check_of(&report, "clock")["status"], "warn");
}

#[test]
fn clock_hours_off_fails_in_words() {
    let s = setup();
    let offset = time::Duration::hours(3) + time::Duration::minutes(12);
    let server = server_with_date(&s, &Leaf::for_host(HOST), http_date(offset));
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 1);
    let clock = check_of(&report, "clock");
    assert_eq!(clock["code"], "clock.wrong");
    assert_eq!(clock["summary"], "Your clock is 3 hours 12 minutes behind");
    let skew = clock["details"]["skew_seconds"].as_i64().unwrap();
    assert!((11_518..=11_522).contains(&skew), "{skew}");
}

#[test]
fn clock_wrong_wins_over_expired() {
    let s = setup();
    let now = OffsetDateTime::now_utc();
    let mut leaf = Leaf::for_host(HOST);
    leaf.not_before = now - days(400);
    leaf.not_after = now - days(300);
    let server = server_with_date(&s, &leaf, http_date(-days(350)));
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        check_of(&report, "certificate")["code"],
        "certificate.clock-wrong"
    );
    let findings = check_of(&report, "certificate")["findings"].to_string();
    assert!(!findings.contains("certificate.expired"), "{findings}");
    assert_eq!(check_of(&report, "clock")["code"], "clock.wrong");
}

#[test]
fn server_with_only_tls_1_0_is_too_old() {
    let s = setup();
    let old = OpensslServer::tls_1_0(&s.ca.issue(&Leaf::for_host(HOST)), s.sb.dir.path());
    let server = Server {
        addr: ([127, 0, 0, 1], old.port).into(),
    };
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        check_of(&report, "tls")["code"],
        "tls.protocol-too-old",
        "{report:#}"
    );
    assert_eq!(
        check_of(&report, "certificate")["code"],
        "certificate.not-checked"
    );
    assert_eq!(check_of(&report, "certificate")["status"], "skipped");
    assert_eq!(check_of(&report, "clock")["code"], "clock.unknown");
}

#[test]
fn plain_http_on_the_port_is_not_tls() {
    let s = setup();
    let server = serve_raw(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 1);
    let tls = check_of(&report, "tls");
    assert_eq!(tls["code"], "tls.not-tls");
    assert!(
        tls["summary"].as_str().unwrap().contains("HTTP/1.1"),
        "{}",
        tls["summary"]
    );
}

#[test]
fn refused_connection() {
    let s = setup();
    let server = Server {
        addr: ([127, 0, 0, 1], closed_port()).into(),
    };
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 1);
    assert_eq!(check_of(&report, "tls")["code"], "tls.connection-refused");
}

#[test]
fn silent_server_ends_within_the_timeout() {
    let s = setup();
    let server = serve_raw(b"");
    let started = Instant::now();
    let (code, report) = s.run(&server, &["--timeout", "2"]);
    let took = started.elapsed();
    assert_eq!(code, 1);
    assert!(took < Duration::from_secs(3), "took {took:?}");
    let tls = check_of(&report, "tls");
    assert_eq!(tls["code"], "tls.timeout");
    assert!(
        tls["summary"]
            .as_str()
            .unwrap()
            .contains("within 2 seconds"),
        "{}",
        tls["summary"]
    );
}

#[test]
fn tls_server_that_never_answers_the_request_times_out() {
    let s = setup();
    let server = serve_tls(&s.ca.issue(&Leaf::for_host(HOST)), |_| Reply::Silent);
    let started = Instant::now();
    let (code, report) = s.run(&server, &["--timeout", "2"]);
    assert!(started.elapsed() < Duration::from_secs(3));
    assert_eq!(code, 1);
    assert_eq!(check_of(&report, "tls")["code"], "tls.timeout");
    // The handshake happened, so the certificate is still judged.
    assert_eq!(check_of(&report, "certificate")["code"], "certificate.ok");
}

#[test]
fn name_that_does_not_resolve() {
    let s = setup();
    let (code, report) = run_json(
        s.portal_checks()
            .args(["--portal", "https://login.idporten.invalid/"]),
    );
    assert_eq!(code, 1);
    assert_eq!(check_of(&report, "tls")["code"], "tls.dns-failed");
    assert_eq!(check_of(&report, "certificate")["status"], "skipped");
}

/// An interim `1xx` answer is not the answer: the one after it is judged.
#[test]
fn interim_answers_are_not_the_final_answer() {
    let s = setup();
    let date = http_date(time::Duration::ZERO);
    let continue_then_503 = format!(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 503 Service Unavailable\r\nDate: {date}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    let server = serve_tls(&s.ca.issue(&Leaf::for_host(HOST)), move |_| {
        Reply::Raw(continue_then_503.clone())
    });
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 1, "{report:#}");
    let tls = check_of(&report, "tls");
    assert_eq!(tls["code"], "tls.http-error", "{tls:#}");
    assert_eq!(tls["details"]["portals"][0]["http_status"], 503);

    let hints_then_insecure = format!(
        "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\nHTTP/1.1 302 Found\r\nLocation: http://{HOST}/\r\nDate: {date}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    let server = serve_tls(&s.ca.issue(&Leaf::for_host(HOST)), move |_| {
        Reply::Raw(hints_then_insecure.clone())
    });
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 1, "{report:#}");
    let tls = check_of(&report, "tls");
    assert_eq!(tls["code"], "tls.insecure-redirect", "{tls:#}");
    assert_eq!(tls["details"]["portals"][0]["http_status"], 302);
}

#[test]
fn server_error_is_an_http_error() {
    let s = setup();
    let server = serve_tls(&s.ca.issue(&Leaf::for_host(HOST)), |_| Reply::Http {
        status: 503,
        headers: vec![],
    });
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 1);
    assert_eq!(check_of(&report, "tls")["code"], "tls.http-error");
    assert!(check_of(&report, "tls")["summary"]
        .as_str()
        .unwrap()
        .contains("503"));
}

#[test]
fn redirects_are_followed_and_recorded() {
    let s = setup();
    let server = serve_tls(&s.ca.issue(&Leaf::for_host(HOST)), |path| match path {
        "/" => Reply::Http {
            status: 302,
            headers: vec![("Location".into(), "/first".into())],
        },
        "/first" => Reply::Http {
            status: 301,
            headers: vec![("Location".into(), format!("https://{HOST}/second?x=1"))],
        },
        _ => Reply::ok(),
    });
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 0, "{report:#}");
    let portal = &check_of(&report, "tls")["details"]["portals"][0];
    let redirects = portal["redirects"].as_array().unwrap();
    assert_eq!(redirects.len(), 2);
    assert_eq!(redirects[0]["status"], 302);
    assert_eq!(redirects[1]["url"], "https://login.idporten.no/first");
    assert_eq!(portal["final_url"], "https://login.idporten.no/second?x=1");
    assert_eq!(portal["http_status"], 200);
}

#[test]
fn redirect_loop_stops_at_the_limit() {
    let s = setup();
    let server = serve_tls(&s.ca.issue(&Leaf::for_host(HOST)), |_| Reply::Http {
        status: 302,
        headers: vec![("Location".into(), "/".into())],
    });
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 1);
    let tls = check_of(&report, "tls");
    assert_eq!(tls["code"], "tls.too-many-redirects");
    assert_eq!(
        tls["details"]["portals"][0]["redirects"]
            .as_array()
            .unwrap()
            .len(),
        21,
        "the first request and 20 redirects, as browsers follow"
    );
}

#[test]
fn legacy_address_is_reported_but_never_fails() {
    let s = setup();
    let server = s.valid_server(&Leaf::for_host(HOST));
    let profile = include_str!("../src/profile/default.toml");
    let start = profile.find("[[portals.address]]").unwrap();
    let end = profile.find("[[certificate_owners]]").unwrap();
    let addresses = format!(
        "[[portals.address]]\nurl = \"https://{HOST}/\"\nrequired = true\n\n[[portals.address]]\nurl = \"https://idporten.difi.invalid/\"\nrequired = false\n\n"
    );
    let path = s.sb.write(
        "p.toml",
        &format!("{}{addresses}{}", &profile[..start], &profile[end..]),
    );
    let (code, report) = run_json(
        s.cmd()
            .env("SSL_CERT_FILE", &s.system_store)
            .args([
                "--only",
                "tls",
                "--format",
                "json",
                "--cacert",
                s.root.to_str().unwrap(),
            ])
            .args([
                "--connect-to",
                &server.connect_to(HOST),
                "--profile",
                path.to_str().unwrap(),
            ]),
    );
    assert_eq!(code, 0, "{report:#}");
    let tls = check_of(&report, "tls");
    assert_eq!(tls["code"], "tls.ok");
    let legacy = &tls["findings"][1];
    assert_eq!(legacy["code"], "tls.legacy-portal");
    assert_eq!(legacy["status"], "pass");
    assert!(
        legacy["message"]
            .as_str()
            .unwrap()
            .contains("no longer exists"),
        "{legacy}"
    );
}

#[test]
fn proxy_asking_for_a_password_is_a_proxy_failure() {
    let s = setup();
    let proxy =
        serve_raw(b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n");
    let (code, report) = run_json(
        s.cmd()
            .env(
                "HTTPS_PROXY",
                format!("http://ola:secret@127.0.0.1:{}", proxy.port()),
            )
            .args(["--only", "tls", "--format", "json", "--timeout", "5"])
            .args(["--portal", &format!("https://{HOST}/")]),
    );
    assert_eq!(code, 1);
    let tls = check_of(&report, "tls");
    assert_eq!(tls["code"], "tls.proxy-failed");
    assert!(tls["summary"].as_str().unwrap().contains("407"));
    assert!(!report.to_string().contains("secret"));
}

#[test]
fn offline_skips_the_portal_checks() {
    let s = setup();
    let (code, report) = run_json(s.sb.report().args(["--format", "json"]));
    assert_eq!(code, 0);
    assert_eq!(
        codes(&report)[..3],
        [
            pair("tls.offline", "skipped"),
            pair("certificate.offline", "skipped"),
            pair("clock.offline", "skipped")
        ]
    );
}

/// A portal given as an IP address is connected to without a lookup, so a `--connect-to` rule
/// for it cannot be applied: it is said so, and the address itself is not tried instead.
#[test]
fn connect_to_for_an_ip_address_is_refused_not_ignored() {
    let s = setup();
    let server = s.valid_server(&Leaf::for_host("127.0.0.5"));
    let (code, report) = run_json(s.cmd().args([
        "--only",
        "tls",
        "--format",
        "json",
        "--portal",
        "https://127.0.0.5/",
        "--connect-to",
        &format!("127.0.0.5:443:127.0.0.1:{}", server.port()),
    ]));
    assert_eq!(code, 1, "{report:#}");
    let tls = check_of(&report, "tls");
    assert_eq!(tls["code"], "tls.connection-failed", "{tls:#}");
    assert!(
        tls["summary"].as_str().unwrap().contains("--connect-to"),
        "{tls:#}"
    );
}

#[test]
fn bad_network_options_are_usage_errors() {
    let s = setup();
    let garbage = s.sb.write("garbage.pem", "not a certificate");
    for args in [
        vec!["--cacert".to_owned(), garbage.display().to_string()],
        vec![
            "--cacert".to_owned(),
            s.sb.path("missing.pem").display().to_string(),
        ],
        vec![
            "--connect-to".to_owned(),
            "login.idporten.no:443".to_owned(),
        ],
        vec![
            "--portal".to_owned(),
            "http://login.idporten.no/".to_owned(),
        ],
        vec!["--portal".to_owned(), "not a url".to_owned()],
    ] {
        let output = s.cmd().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
    let output = s.cmd().arg("--cacert").arg(&garbage).output().unwrap();
    assert!(String::from_utf8_lossy(&output.stderr).contains("garbage.pem"));
}
