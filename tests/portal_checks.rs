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

use std::path::Path;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use portal_run::{
    assert_stopped_at_redirect_limit, codes, days, http_date, pair, server_with_date, setup, Setup,
    HOST,
};
use serde_json::Value;
use support::table::{at, each_case, Expected};
use time::OffsetDateTime;
use tls_server::{closed_port, serve_raw, serve_tls, Ca, Leaf, OpensslServer, Reply, Server};

/// What a case's command talks to, kept alive until the case ends.
struct Served {
    server: Option<Server>,
    _openssl: Option<OpensslServer>,
}

impl Served {
    fn server(&self) -> &Server {
        self.server.as_ref().expect("this case serves nothing")
    }
}

impl From<Server> for Served {
    fn from(server: Server) -> Served {
        Served {
            server: Some(server),
            _openssl: None,
        }
    }
}

struct Outcome {
    report: Value,
    stdout: String,
    stderr: String,
    port: Option<u16>,
}

/// One run of loginsjekk against what `serve` starts, in a fresh sandbox with a fresh test root.
struct Case {
    name: &'static str,
    serve: fn(&Setup) -> Served,
    command: fn(&Setup, &Served) -> Command,
    /// Whether stdout is a JSON report (checked against its schema).
    json: bool,
    /// The run ends within this many seconds.
    within: Option<u64>,
    expected: Expected,
    /// What the table's columns cannot say.
    also: fn(&Outcome),
}

impl Case {
    fn new(
        name: &'static str,
        serve: fn(&Setup) -> Served,
        command: fn(&Setup, &Served) -> Command,
        expected: Expected,
    ) -> Case {
        Case {
            name,
            serve,
            command,
            json: true,
            within: None,
            expected,
            also: |_| {},
        }
    }

    fn run(&self) {
        let s = setup();
        let served = (self.serve)(&s);
        let mut cmd = (self.command)(&s, &served);
        let started = Instant::now();
        let output = cmd.timeout(Duration::from_secs(60)).output().expect("run");
        let took = started.elapsed();
        if let Some(limit) = self.within {
            assert!(took < Duration::from_secs(limit), "took {took:?}");
        }
        let report = if self.json {
            support::parse_json(&output.stdout, &output.stderr)
        } else {
            Value::Null
        };
        self.expected
            .assert(output.status.code().unwrap_or(-1), &report);
        (self.also)(&Outcome {
            report,
            stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
            stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
            port: served.server.as_ref().map(Server::port),
        });
    }
}

fn nothing(_: &Setup) -> Served {
    Served {
        server: None,
        _openssl: None,
    }
}

fn valid(s: &Setup) -> Served {
    s.valid_server(&Leaf::for_host(HOST)).into()
}

/// A certificate for HOST valid from `from` days from now until `until` days from now.
fn valid_between(from: i64, until: i64) -> Leaf {
    let now = OffsetDateTime::now_utc();
    let mut leaf = Leaf::for_host(HOST);
    leaf.not_before = now + days(from);
    leaf.not_after = now + days(until);
    leaf
}

/// A server whose every answer is `reply`, with a certificate for HOST from the test root.
fn answering(s: &Setup, reply: fn(&str) -> Reply) -> Served {
    serve_tls(&s.ca.issue(&Leaf::for_host(HOST)), reply).into()
}

/// A server whose every answer is `answer` byte for byte, with today's date for `{date}`.
fn answering_raw(s: &Setup, answer: &str) -> Served {
    let answer = answer.replace("{date}", &http_date(time::Duration::ZERO));
    serve_tls(&s.ca.issue(&Leaf::for_host(HOST)), move |_| {
        Reply::Raw(answer.clone())
    })
    .into()
}

fn trusted(s: &Setup, served: &Served) -> Command {
    s.trusted(served.server(), &[])
}

fn trusted_for_2_seconds(s: &Setup, served: &Served) -> Command {
    s.trusted(served.server(), &["--timeout", "2"])
}

/// The binary trusting `store` as the system's, with `args`, and HOST aimed at `served`.
fn aimed_at_host(s: &Setup, store: &Path, served: &Served, args: &[&str]) -> Command {
    let mut cmd = s.cmd();
    cmd.env("SSL_CERT_FILE", store).args(args).args([
        "--portal",
        &format!("https://{HOST}/"),
        "--connect-to",
        &served.server().connect_to(HOST),
    ]);
    cmd
}

/// The certificate check alone against HOST served by `served`, its report in text.
fn only_certificate_in_text(s: &Setup, served: &Served) -> Command {
    let root = s.root.to_str().unwrap();
    let args = ["--only", "certificate", "--cacert", root];
    aimed_at_host(s, &s.system_store, served, &args)
}

/// The test root is trusted by the system's store only, as an inspecting proxy's root is.
fn root_in_the_system_store(s: &Setup, served: &Served) -> Command {
    let args = ["--only", "certificate", "--format", "json"];
    aimed_at_host(s, &s.root, served, &args)
}

/// A profile whose portals are HOST (required) and a legacy address that no longer resolves.
fn with_a_legacy_address(s: &Setup, served: &Served) -> Command {
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
    let mut cmd = s.cmd();
    cmd.env("SSL_CERT_FILE", &s.system_store)
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
            &served.server().connect_to(HOST),
            "--profile",
            path.to_str().unwrap(),
        ]);
    cmd
}

/// HOST through `served` as an HTTPS proxy whose address holds a user name and password.
fn through_a_proxy_with_a_password(s: &Setup, served: &Served) -> Command {
    let mut cmd = s.cmd();
    cmd.env(
        "HTTPS_PROXY",
        format!("http://ola:secret@127.0.0.1:{}", served.server().port()),
    )
    .args(["--only", "tls", "--format", "json", "--timeout", "5"])
    .args(["--portal", &format!("https://{HOST}/")]);
    cmd
}

fn with_args(s: &Setup, args: &[&str]) -> Command {
    let mut cmd = s.cmd();
    cmd.args(args);
    cmd
}

/// Bad network options are usage errors: exit 2 and one line.
fn usage_error(name: &'static str, command: fn(&Setup, &Served) -> Command) -> Case {
    Case {
        json: false,
        also: one_line_on_stderr,
        ..Case::new(name, nothing, command, Expected::exit(2))
    }
}

fn one_line_on_stderr(outcome: &Outcome) {
    assert_eq!(outcome.stderr.lines().count(), 1, "{}", outcome.stderr);
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            also: |o| {
                assert_eq!(
                    codes(&o.report),
                    [
                        pair("tls.ok", "pass"),
                        pair("certificate.ok", "pass"),
                        pair("clock.ok", "pass")
                    ]
                );
                let tls = at(&o.report, "tls/details/portals/0");
                assert_eq!(tls["address"], format!("127.0.0.1:{}", o.port.unwrap()));
                for timing in ["dns", "tls", "first_byte"] {
                    assert!(tls["timings_ms"][timing].is_u64(), "{timing}");
                }
                let sha256 = at(&o.report, "certificate/details/portals/0/sha256");
                assert_eq!(sha256.as_str().unwrap().len(), 95);
                let skew = at(&o.report, "clock/details/skew_seconds");
                assert!(skew.as_i64().unwrap().abs() <= 2, "{skew}");
            },
            ..Case::new(
                "valid_portal_passes_all_three",
                valid,
                trusted,
                Expected::exit(0)
                    .equals("tls/details/portals/0/url", "https://login.idporten.no/")
                    .equals("tls/details/portals/0/tls_version", "TLS 1.3")
                    .equals("tls/details/portals/0/http_status", 200)
                    .equals(
                        "certificate/details/portals/0/owner_org",
                        "DIGITALISERINGSDIREKTORATET",
                    )
                    .equals("certificate/details/portals/0/org_number", "991825827")
                    .equals(
                        "certificate/details/portals/0/trusted_by/public_roots",
                        true,
                    )
                    .equals(
                        "certificate/details/portals/0/chain/0/issuer",
                        "CN=loginsjekk Test Root, O=loginsjekk test CA",
                    )
                    .equals("clock/details/source_url", "https://login.idporten.no/"),
            )
        },
        Case {
            json: false,
            also: |o| {
                let text = &o.stdout;
                assert!(
                    text.contains("[✓] The ID portal's certificate: login.idporten.no: Issued to DIGITALISERINGSDIREKTORATET (org. no. 991825827) · Issued by loginsjekk Test Root · Valid until "),
                    "{text}"
                );
                assert!(
                    text.contains("(89 days)") || text.contains("(90 days)"),
                    "{text}"
                );
            },
            ..Case::new(
                "valid_portal_in_text_shows_what_the_help_page_asks_for",
                valid,
                only_certificate_in_text,
                Expected::any_exit(),
            )
        },
        Case::new(
            "expired_certificate_fails",
            |s| s.valid_server(&valid_between(-100, -10)).into(),
            trusted,
            Expected::exit(1)
                .equals("certificate/code", "certificate.expired")
                .equals("certificate/status", "fail")
                .equals("tls/code", "tls.ok"),
        ),
        Case::new(
            "not_yet_valid_certificate_fails",
            |s| s.valid_server(&valid_between(10, 100)).into(),
            trusted,
            Expected::exit(1).equals("certificate/code", "certificate.not-yet-valid"),
        ),
        Case::new(
            "certificate_for_another_host_fails",
            |s| s.valid_server(&Leaf::for_host("evil.example")).into(),
            trusted,
            Expected::exit(1)
                .equals("certificate/code", "certificate.wrong-host")
                .contains("certificate/summary", "evil.example"),
        ),
        Case::new(
            "self_signed_certificate_is_untrusted",
            |_| {
                let own = Ca::new(HOST);
                serve_tls(&own.issue(&Leaf::for_host(HOST)), |_| Reply::ok()).into()
            },
            trusted,
            Expected::exit(1)
                .equals("certificate/code", "certificate.untrusted")
                .equals("certificate/details/portals/0/trusted_by/system", false),
        ),
        Case::new(
            "unknown_root_is_untrusted",
            valid,
            |s, served| s.untrusted(served.server(), &[]),
            Expected::exit(1)
                .equals("certificate/code", "certificate.untrusted")
                .equals("certificate/status", "fail"),
        ),
        Case::new(
            "root_trusted_only_by_the_system_is_interception",
            valid,
            root_in_the_system_store,
            // A warning is not a failure.
            Expected::exit(0)
                .equals("certificate/code", "certificate.intercepted")
                .equals("certificate/status", "warn")
                .contains(
                    "certificate/summary",
                    "inspected by \"loginsjekk Test Root\"",
                )
                .equals(
                    "certificate/details/portals/0/trusted_by/public_roots",
                    false,
                )
                .equals("certificate/details/portals/0/trusted_by/system", true),
        ),
        Case::new(
            "another_organisation_is_an_unexpected_owner",
            |s| {
                let mut leaf = Leaf::for_host(HOST);
                leaf.org = Some("PHISHING AS".into());
                leaf.org_number = Some("123456789".into());
                s.valid_server(&leaf).into()
            },
            trusted,
            Expected::exit(1)
                .equals("certificate/code", "certificate.unexpected-owner")
                .contains("certificate/summary", "PHISHING AS"),
        ),
        Case::new(
            "domain_validated_certificate_passes_with_a_note",
            |s| {
                let mut leaf = Leaf::for_host(HOST);
                leaf.org = None;
                leaf.org_number = None;
                s.valid_server(&leaf).into()
            },
            trusted,
            Expected::exit(0)
                .equals("certificate/code", "certificate.ok")
                .findings(
                    "certificate",
                    &["certificate.ok", "certificate.no-owner-named"],
                ),
        ),
        Case::new(
            "certificate_expiring_within_a_week_warns",
            |s| {
                let mut leaf = Leaf::for_host(HOST);
                leaf.not_after = OffsetDateTime::now_utc() + days(3) + time::Duration::hours(1);
                s.valid_server(&leaf).into()
            },
            trusted,
            Expected::exit(0)
                .equals("certificate/code", "certificate.expiring-soon")
                .equals("certificate/status", "warn")
                .equals("certificate/details/portals/0/days_left", 3),
        ),
        Case::new(
            "clock_a_few_minutes_off_warns",
            |s| {
                let date = http_date(time::Duration::minutes(3));
                server_with_date(s, &Leaf::for_host(HOST), date).into()
            },
            trusted,
            Expected::exit(0)
                .equals("clock/code", "clock.skewed")
                .equals("clock/status", "warn"),
        ),
        Case {
            also: |o| {
                let skew = at(&o.report, "clock/details/skew_seconds")
                    .as_i64()
                    .unwrap();
                assert!((11_518..=11_522).contains(&skew), "{skew}");
            },
            ..Case::new(
                "clock_hours_off_fails_in_words",
                |s| {
                    let offset = time::Duration::hours(3) + time::Duration::minutes(12);
                    server_with_date(s, &Leaf::for_host(HOST), http_date(offset)).into()
                },
                trusted,
                Expected::exit(1)
                    .equals("clock/code", "clock.wrong")
                    .equals("clock/summary", "Your clock is 3 hours 12 minutes behind"),
            )
        },
        Case::new(
            "clock_wrong_wins_over_expired",
            |s| server_with_date(s, &valid_between(-400, -300), http_date(-days(350))).into(),
            trusted,
            Expected::exit(1)
                .equals("certificate/code", "certificate.clock-wrong")
                .lacks("certificate/findings", "certificate.expired")
                .equals("clock/code", "clock.wrong"),
        ),
        Case::new(
            "server_with_only_tls_1_0_is_too_old",
            |s| {
                let old =
                    OpensslServer::tls_1_0(&s.ca.issue(&Leaf::for_host(HOST)), s.sb.dir.path());
                Served {
                    server: Some(Server {
                        addr: ([127, 0, 0, 1], old.port).into(),
                    }),
                    _openssl: Some(old),
                }
            },
            trusted,
            Expected::exit(1)
                .equals("tls/code", "tls.protocol-too-old")
                .equals("certificate/code", "certificate.not-checked")
                .equals("certificate/status", "skipped")
                .equals("clock/code", "clock.unknown"),
        ),
        Case::new(
            "plain_http_on_the_port_is_not_tls",
            |_| serve_raw(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n").into(),
            trusted,
            Expected::exit(1)
                .equals("tls/code", "tls.not-tls")
                .contains("tls/summary", "HTTP/1.1"),
        ),
        Case::new(
            "refused_connection",
            |_| {
                Server {
                    addr: ([127, 0, 0, 1], closed_port()).into(),
                }
                .into()
            },
            trusted,
            Expected::exit(1).equals("tls/code", "tls.connection-refused"),
        ),
        Case {
            within: Some(3),
            ..Case::new(
                "silent_server_ends_within_the_timeout",
                |_| serve_raw(b"").into(),
                trusted_for_2_seconds,
                Expected::exit(1)
                    .equals("tls/code", "tls.timeout")
                    .contains("tls/summary", "within 2 seconds"),
            )
        },
        Case {
            within: Some(3),
            ..Case::new(
                "tls_server_that_never_answers_the_request_times_out",
                |s| answering(s, |_| Reply::Silent),
                trusted_for_2_seconds,
                // The handshake happened, so the certificate is still judged.
                Expected::exit(1)
                    .equals("tls/code", "tls.timeout")
                    .equals("certificate/code", "certificate.ok"),
            )
        },
        Case::new(
            "name_that_does_not_resolve",
            nothing,
            |s, _| {
                let mut cmd = s.portal_checks();
                cmd.args(["--portal", "https://login.idporten.invalid/"]);
                cmd
            },
            Expected::exit(1)
                .equals("tls/code", "tls.dns-failed")
                .equals("certificate/status", "skipped"),
        ),
        // An interim `1xx` answer is not the answer: the one after it is judged.
        Case::new(
            "interim_answers_are_not_the_final_answer: 100, then 503",
            |s| {
                answering_raw(
                    s,
                    "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 503 Service Unavailable\r\nDate: {date}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                )
            },
            trusted,
            Expected::exit(1)
                .equals("tls/code", "tls.http-error")
                .equals("tls/details/portals/0/http_status", 503),
        ),
        Case::new(
            "interim_answers_are_not_the_final_answer: 103, then an insecure redirect",
            |s| {
                answering_raw(
                    s,
                    "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\nHTTP/1.1 302 Found\r\nLocation: http://login.idporten.no/\r\nDate: {date}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                )
            },
            trusted,
            Expected::exit(1)
                .equals("tls/code", "tls.insecure-redirect")
                .equals("tls/details/portals/0/http_status", 302),
        ),
        Case::new(
            "server_error_is_an_http_error",
            |s| {
                answering(s, |_| Reply::Http {
                    status: 503,
                    headers: vec![],
                })
            },
            trusted,
            Expected::exit(1)
                .equals("tls/code", "tls.http-error")
                .contains("tls/summary", "503"),
        ),
        Case {
            also: |o| {
                let redirects = at(&o.report, "tls/details/portals/0/redirects");
                assert_eq!(redirects.as_array().unwrap().len(), 2, "{redirects}");
            },
            ..Case::new(
                "redirects_are_followed_and_recorded",
                |s| {
                    answering(s, |path| match path {
                        "/" => Reply::Http {
                            status: 302,
                            headers: vec![("Location".into(), "/first".into())],
                        },
                        "/first" => Reply::Http {
                            status: 301,
                            headers: vec![(
                                "Location".into(),
                                format!("https://{HOST}/second?x=1"),
                            )],
                        },
                        _ => Reply::ok(),
                    })
                },
                trusted,
                Expected::exit(0)
                    .equals("tls/details/portals/0/redirects/0/status", 302)
                    .equals(
                        "tls/details/portals/0/redirects/1/url",
                        "https://login.idporten.no/first",
                    )
                    .equals(
                        "tls/details/portals/0/final_url",
                        "https://login.idporten.no/second?x=1",
                    )
                    .equals("tls/details/portals/0/http_status", 200),
            )
        },
        Case {
            also: |o| assert_stopped_at_redirect_limit(at(&o.report, "tls")),
            ..Case::new(
                "redirect_loop_stops_at_the_limit",
                |s| {
                    answering(s, |_| Reply::Http {
                        status: 302,
                        headers: vec![("Location".into(), "/".into())],
                    })
                },
                trusted,
                Expected::exit(1),
            )
        },
        Case::new(
            "legacy_address_is_reported_but_never_fails",
            valid,
            with_a_legacy_address,
            Expected::exit(0)
                .equals("tls/code", "tls.ok")
                .equals("tls/findings/1/code", "tls.legacy-portal")
                .equals("tls/findings/1/status", "pass")
                .contains("tls/findings/1/message", "no longer exists"),
        ),
        Case::new(
            "proxy_asking_for_a_password_is_a_proxy_failure",
            |_| {
                serve_raw(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n",
                )
                .into()
            },
            through_a_proxy_with_a_password,
            Expected::exit(1)
                .equals("tls/code", "tls.proxy-failed")
                .contains("tls/summary", "407")
                .lacks("/", "secret"),
        ),
        Case {
            also: |o| {
                assert_eq!(
                    codes(&o.report)[..3],
                    [
                        pair("tls.offline", "skipped"),
                        pair("certificate.offline", "skipped"),
                        pair("clock.offline", "skipped")
                    ]
                );
            },
            ..Case::new(
                "offline_skips_the_portal_checks",
                nothing,
                |s, _| {
                    let mut cmd = s.sb.report();
                    cmd.args(["--format", "json"]);
                    cmd
                },
                Expected::exit(0),
            )
        },
        // A portal given as an IP address is connected to without a lookup, so a `--connect-to`
        // rule for it cannot be applied: it is said so, and the address itself is not tried
        // instead.
        Case::new(
            "connect_to_for_an_ip_address_is_refused_not_ignored",
            |s| s.valid_server(&Leaf::for_host("127.0.0.5")).into(),
            |s, served| {
                with_args(
                    s,
                    &[
                        "--only",
                        "tls",
                        "--format",
                        "json",
                        "--portal",
                        "https://127.0.0.5/",
                        "--connect-to",
                        &format!("127.0.0.5:443:127.0.0.1:{}", served.server().port()),
                    ],
                )
            },
            Expected::exit(1)
                .equals("tls/code", "tls.connection-failed")
                .contains("tls/summary", "--connect-to"),
        ),
        Case {
            also: |o| {
                one_line_on_stderr(o);
                assert!(o.stderr.contains("garbage.pem"), "{}", o.stderr);
            },
            ..usage_error(
                "bad_network_options_are_usage_errors: --cacert not a certificate",
                |s, _| {
                    let garbage = s.sb.write("garbage.pem", "not a certificate");
                    with_args(s, &["--cacert", garbage.to_str().unwrap()])
                },
            )
        },
        usage_error(
            "bad_network_options_are_usage_errors: --cacert missing",
            |s, _| with_args(s, &["--cacert", s.sb.path("missing.pem").to_str().unwrap()]),
        ),
        usage_error(
            "bad_network_options_are_usage_errors: --connect-to without a target",
            |s, _| with_args(s, &["--connect-to", "login.idporten.no:443"]),
        ),
        usage_error(
            "bad_network_options_are_usage_errors: --portal over http",
            |s, _| with_args(s, &["--portal", "http://login.idporten.no/"]),
        ),
        usage_error(
            "bad_network_options_are_usage_errors: --portal not a URL",
            |s, _| with_args(s, &["--portal", "not a url"]),
        ),
    ]
}

#[test]
fn portal_check_cases() {
    each_case(&cases(), |case| case.name, Case::run);
}
