//! The certificate check judges a chain as a browser does: every certificate at the run's
//! time, names by the verifier's rules, owner name and number together, one clock for the
//! run, and what exactly is wrong when a chain is refused. Certificates are made at test time.
// Linux only until tried on Windows and macOS: the run's own roots come from SSL_CERT_FILE
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

#[path = "support/portal_run.rs"]
mod portal_run;
mod support;
#[path = "support/tls_server.rs"]
mod tls_server;

use portal_run::{days, http_date, server_with_date, server_with_date_from, setup, HOST};
use serde_json::Value;
use support::check_of;
use time::OffsetDateTime;
use tls_server::{
    serve_tls, serve_tls_requiring_client_certificate, Ca, Identity, Leaf, OpensslServer, Reply,
    Server,
};

fn certificate(report: &Value) -> (&str, &str, &str) {
    let cert = check_of(report, "certificate");
    (
        cert["code"].as_str().unwrap(),
        cert["status"].as_str().unwrap(),
        cert["summary"].as_str().unwrap(),
    )
}

fn finding_codes(report: &Value, check: &str) -> Vec<String> {
    check_of(report, check)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn an_intermediate_out_of_date_now_fails_naming_it() {
    let s = setup();
    let now = OffsetDateTime::now_utc();
    let mut leaf = Leaf::for_host(HOST);
    leaf.not_before = now - days(400);
    leaf.not_after = now + days(200);
    // Expired 5 days ago, and expired before the middle of the leaf's validity.
    for expired in [days(5), days(150)] {
        let intermediate =
            s.ca.intermediate("Intermediate CA X", now - days(1000), now - expired);
        let server = serve_tls(&intermediate.issue(&leaf), |_| Reply::ok());
        let (code, report) = s.run(&server, &[]);
        assert_eq!(code, 1, "{report:#}");
        let (cert, status, summary) = certificate(&report);
        assert_eq!(
            (cert, status),
            ("certificate.expired", "fail"),
            "{report:#}"
        );
        assert!(
            summary.contains("\"Intermediate CA X\" expired on"),
            "{summary}"
        );
        assert!(!finding_codes(&report, "certificate").contains(&"certificate.untrusted".into()));
        assert_eq!(check_of(&report, "clock")["code"], "clock.ok");
    }
    let intermediate =
        s.ca.intermediate("Intermediate CA Y", now + days(5), now + days(1000));
    let server = serve_tls(&intermediate.issue(&Leaf::for_host(HOST)), |_| Reply::ok());
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 1);
    let (cert, _, summary) = certificate(&report);
    assert_eq!(cert, "certificate.not-yet-valid", "{report:#}");
    assert!(
        summary.contains("\"Intermediate CA Y\" is not valid until"),
        "{summary}"
    );
    // A valid intermediate is fine, even beside an expired certificate sent needlessly.
    let intermediate =
        s.ca.intermediate("Intermediate CA Z", now - days(10), now + days(1000));
    let mut identity = intermediate.issue(&Leaf::for_host(HOST));
    let old =
        s.ca.intermediate("Old Cross-Sign", now - days(1000), now - days(10));
    identity
        .chain
        .push(old.issue(&Leaf::for_host(HOST)).chain[1].clone());
    let server = serve_tls(&identity, |_| Reply::ok());
    let (code, report) = s.run(&server, &[]);
    assert_eq!(
        (code, certificate(&report).0),
        (0, "certificate.ok"),
        "{report:#}"
    );
}

#[test]
fn a_wrong_clock_explains_a_chain_out_of_date_only_when_the_chain_was_valid_at_the_portals_time() {
    let s = setup();
    let now = OffsetDateTime::now_utc();
    let mut leaf = Leaf::for_host(HOST);
    leaf.not_before = now - days(400);
    leaf.not_after = now + days(200);
    // The portal's time is 350 days ago: the intermediate was valid then.
    let intermediate =
        s.ca.intermediate("Intermediate CA X", now - days(1000), now - days(300));
    let server = server_with_date_from(&intermediate, &leaf, http_date(-days(350)));
    let (_, report) = s.run(&server, &[]);
    assert_eq!(check_of(&report, "clock")["code"], "clock.wrong");
    assert_eq!(
        certificate(&report).0,
        "certificate.clock-wrong",
        "{report:#}"
    );
    // At the portal's time of 10 days ago it was out of date as well.
    let server = server_with_date_from(&intermediate, &leaf, http_date(-days(10)));
    let (_, report) = s.run(&server, &[]);
    assert_eq!(check_of(&report, "clock")["code"], "clock.wrong");
    assert_eq!(certificate(&report).0, "certificate.expired", "{report:#}");
}

#[test]
fn names_are_matched_by_the_verifiers_rules() {
    let s = setup();
    let with_names = |names: &[&str]| {
        let mut leaf = Leaf::for_host(HOST);
        leaf.names = names.iter().map(|n| n.to_string()).collect();
        s.valid_server(&leaf)
    };
    for (names, host, expected) in [
        (&["*.no"][..], "idporten.no", "certificate.wrong-host"),
        (&["*.no"][..], "helsenorge.no", "certificate.wrong-host"),
        (
            &["*.idporten.no"][..],
            "login.idporten.no",
            "certificate.ok",
        ),
        (
            &["*.idporten.no"][..],
            "idporten.no",
            "certificate.wrong-host",
        ),
        (
            &["LOGIN.IDPORTEN.NO"][..],
            "login.idporten.no",
            "certificate.ok",
        ),
        (
            &["login.idporten.no."][..],
            "login.idporten.no",
            "certificate.ok",
        ),
        (
            &["idporten.no."][..],
            "login.idporten.no",
            "certificate.wrong-host",
        ),
    ] {
        let server = with_names(names);
        let root = s.root.to_str().unwrap();
        let (_, report) = s.run_host(host, &server, &["--cacert", root]);
        assert_eq!(
            check_of(&report, "certificate")["code"],
            expected,
            "{names:?} for {host}: {report:#}"
        );
    }
}

#[test]
fn a_certificate_naming_its_host_only_in_the_common_name_is_for_another_address() {
    let s = setup();
    let mut leaf = Leaf::for_host(HOST);
    leaf.alt_names = false;
    let (code, report) = s.run(&s.valid_server(&leaf), &[]);
    assert_eq!(code, 1);
    let (cert, _, summary) = certificate(&report);
    assert_eq!(cert, "certificate.wrong-host");
    assert_eq!(
        summary,
        "login.idporten.no: the certificate is for another address (login.idporten.no)"
    );
}

#[test]
fn owner_name_and_number_must_not_contradict() {
    let s = setup();
    // The right name with another organisation number.
    let mut leaf = Leaf::for_host(HOST);
    leaf.org_number = Some("123456785".into());
    let (code, report) = s.run(&s.valid_server(&leaf), &[]);
    assert_eq!(code, 1);
    let (cert, _, summary) = certificate(&report);
    assert_eq!(cert, "certificate.unexpected-owner");
    assert_eq!(summary, "login.idporten.no: the certificate is issued to DIGITALISERINGSDIREKTORATET (org. no. 123456785), not to DIGITALISERINGSDIREKTORATET (org. no. 991825827)");
    // Another country's register is not the Norwegian one.
    let mut leaf = Leaf::for_host(HOST);
    leaf.org = Some("Evil GmbH".into());
    leaf.org_number = None;
    leaf.org_identifier = Some("VATDE-991825827".into());
    let (code, report) = s.run(&s.valid_server(&leaf), &[]);
    assert_eq!(code, 1);
    let (cert, _, summary) = certificate(&report);
    assert_eq!(cert, "certificate.unexpected-owner");
    assert!(summary.contains("issued to Evil GmbH, not to"), "{summary}");
    // The Norwegian register's prefix is read.
    let mut leaf = Leaf::for_host(HOST);
    leaf.org_number = None;
    leaf.org_identifier = Some("NTRNO-991825827".into());
    let (code, report) = s.run(&s.valid_server(&leaf), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(certificate(&report).0, "certificate.ok");
    let details = &check_of(&report, "certificate")["details"]["portals"][0];
    assert_eq!(details["org_number"], "991825827");
}

#[test]
fn one_portals_stale_date_does_not_blame_the_clock() {
    let s = setup();
    let now = OffsetDateTime::now_utc();
    let good = s.valid_server(&Leaf::for_host(HOST));
    let mut expired = Leaf::for_host("idporten.no");
    expired.not_before = now - days(100);
    expired.not_after = now - days(3);
    // Its Date is five days old: at that time its certificate was valid.
    let stale = server_with_date(&s, &expired, http_date(-days(5)));
    let root = s.root.to_str().unwrap();
    let (code, report) = support::run_json(
        s.cmd()
            .env("SSL_CERT_FILE", &s.system_store)
            .args(["--only", "tls,certificate,clock", "--format", "json"])
            .args(["--cacert", root, "--timeout", "5"])
            .args(["--portal", "https://login.idporten.no/"])
            .args(["--portal", "https://idporten.no/"])
            .args(["--connect-to", &good.connect_to(HOST)])
            .args(["--connect-to", &stale.connect_to("idporten.no")]),
    );
    assert_eq!(code, 1);
    assert_eq!(check_of(&report, "clock")["code"], "clock.ok", "{report:#}");
    let codes = finding_codes(&report, "certificate");
    assert!(codes.contains(&"certificate.expired".into()), "{codes:?}");
    assert!(
        !codes.contains(&"certificate.clock-wrong".into()),
        "{codes:?}"
    );
}

#[test]
fn a_cached_answer_is_as_old_as_its_age() {
    let s = setup();
    let server = serve_tls(&s.ca.issue(&Leaf::for_host(HOST)), |_| Reply::Http {
        status: 200,
        headers: vec![
            ("Date".into(), http_date(-time::Duration::hours(2))),
            ("Age".into(), "7200".into()),
        ],
    });
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 0, "{report:#}");
    let clock = check_of(&report, "clock");
    assert_eq!(clock["code"], "clock.ok");
    assert!(clock["details"]["skew_seconds"].as_i64().unwrap().abs() <= 2);
}

#[test]
fn a_clock_five_days_off_reads_five_days() {
    let s = setup();
    let server = server_with_date(&s, &Leaf::for_host(HOST), http_date(days(5)));
    let (_, report) = s.run(&server, &[]);
    assert_eq!(
        check_of(&report, "clock")["summary"],
        "Your clock is 5 days behind"
    );
}

#[test]
fn weak_cryptography_is_named() {
    let s = setup();
    let dir = tempfile::tempdir().unwrap();
    let sha1 = Identity::openssl(&s.ca, dir.path(), HOST, 2048, "sha1");
    let (code, report) = s.run(&serve_tls(&sha1, |_| Reply::ok()), &[]);
    assert_eq!(code, 1);
    let (cert, status, summary) = certificate(&report);
    assert_eq!((cert, status), ("certificate.weak", "fail"), "{report:#}");
    assert!(summary.contains("signed with SHA-1"), "{summary}");
    assert_eq!(
        finding_codes(&report, "certificate"),
        ["certificate.weak"],
        "the weakness explains the refusal"
    );

    // ring refuses to make or check RSA keys under 2048 bits: openssl serves this one.
    let dir = tempfile::tempdir().unwrap();
    let small = Identity::openssl(&s.ca, dir.path(), HOST, 1024, "sha256");
    let old = OpensslServer::start(&small, dir.path(), &["-cipher", "DEFAULT:@SECLEVEL=0"]);
    let server = Server {
        addr: ([127, 0, 0, 1], old.port).into(),
    };
    let (code, report) = s.run(&server, &[]);
    assert_eq!(code, 1);
    let (cert, _, summary) = certificate(&report);
    assert_eq!(cert, "certificate.weak", "{report:#}");
    assert!(summary.contains("a key of only 1024 bits"), "{summary}");
    assert_eq!(check_of(&report, "tls")["code"], "tls.ok", "{report:#}");
}

#[test]
fn a_certificate_not_meant_for_websites() {
    let s = setup();
    let mut leaf = Leaf::for_host(HOST);
    leaf.client_auth_only = true;
    let (code, report) = s.run(&s.valid_server(&leaf), &[]);
    assert_eq!(code, 1);
    let (cert, status, summary) = certificate(&report);
    assert_eq!((cert, status), ("certificate.wrong-purpose", "fail"));
    assert!(summary.contains("not meant for websites"), "{summary}");
}

#[test]
fn an_issuer_outside_its_name_constraints() {
    let s = setup();
    let constrained = Ca::constrained("Constrained Root", "example.org");
    let root = constrained.write(s.sb.dir.path(), "constrained.pem");
    let server = serve_tls(&constrained.issue(&Leaf::for_host(HOST)), |_| Reply::ok());
    let (code, report) = s.run_untrusted(&server, &["--cacert", root.to_str().unwrap()]);
    assert_eq!(code, 1);
    let (cert, _, summary) = certificate(&report);
    assert_eq!(cert, "certificate.name-not-permitted", "{report:#}");
    assert!(
        summary.contains("may not issue certificates for this address"),
        "{summary}"
    );
    // Within its names, the same root is fine.
    let constrained = Ca::constrained("Constrained Root", "idporten.no");
    let root = constrained.write(s.sb.dir.path(), "constrained.pem");
    let server = serve_tls(&constrained.issue(&Leaf::for_host(HOST)), |_| Reply::ok());
    let (code, report) = s.run_untrusted(&server, &["--cacert", root.to_str().unwrap()]);
    assert_eq!((code, certificate(&report).0), (0, "certificate.ok"));
}

#[test]
fn a_chain_sent_without_its_intermediate_is_incomplete() {
    let s = setup();
    let now = OffsetDateTime::now_utc();
    let intermediate =
        s.ca.intermediate("Intermediate CA X", now - days(10), now + days(1000));
    let mut leaf = Leaf::for_host(HOST);
    leaf.ca_issuers = Some("http://ca.example/intermediate-x.cer".into());
    let mut identity = intermediate.issue(&leaf);
    identity.chain.truncate(1);
    let (code, report) = s.run(&serve_tls(&identity, |_| Reply::ok()), &[]);
    assert_eq!(code, 1);
    let (cert, status, summary) = certificate(&report);
    assert_eq!(
        (cert, status),
        ("certificate.incomplete-chain", "fail"),
        "{report:#}"
    );
    assert!(summary.contains("(\"Intermediate CA X\")"), "{summary}");
    // A certificate that does not say where its issuer is, such as an interception program's,
    // is not taken for a publicly issued one sent without its chain.
    leaf.ca_issuers = None;
    let mut identity = intermediate.issue(&leaf);
    identity.chain.truncate(1);
    let (_, report) = s.run(&serve_tls(&identity, |_| Reply::ok()), &[]);
    assert_eq!(certificate(&report).0, "certificate.untrusted");
}

#[test]
fn a_server_that_requires_a_client_certificate_is_named() {
    let s = setup();
    let client_ca = Ca::new("Some Company Client CA");
    for version in [&rustls::version::TLS13, &rustls::version::TLS12] {
        let server = serve_tls_requiring_client_certificate(
            &s.ca.issue(&Leaf::for_host(HOST)),
            &client_ca,
            version,
        );
        let (code, report) = s.run(&server, &[]);
        assert_eq!(code, 1);
        let tls = check_of(&report, "tls");
        assert_eq!(
            tls["code"], "tls.client-certificate-requested",
            "{version:?}: {report:#}"
        );
        assert!(tls["summary"]
            .as_str()
            .unwrap()
            .contains("asks this computer for a certificate"));
    }
}
