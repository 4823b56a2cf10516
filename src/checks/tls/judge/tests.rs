//! The tls judge on observations made by hand: each failure and its finding, redirects,
//! legacy addresses and broken address families.

use super::*;
use crate::probes::portal::{ProbeError, Target};

fn portal(
    url: &str,
    required: bool,
    hops: Vec<Hop>,
    error: Option<ErrorKind>,
) -> PortalObservation {
    PortalObservation {
        target: Target {
            url: url.parse().unwrap(),
            required,
        },
        hops,
        error: error.map(|kind| ProbeError {
            kind,
            detail: "detail".into(),
            waited_ms: Some(2500),
            proxy_problem: None,
        }),
    }
}

fn hop(url: &str, status: u16, location: Option<&str>) -> Hop {
    Hop {
        url: url.into(),
        status: Some(status),
        location: location.map(str::to_owned),
        tls_version: Some("TLS 1.3".into()),
        ..Hop::default()
    }
}

#[test]
fn all_required_answering_is_ok_and_legacy_is_noted() {
    let portals = vec![
        portal(
            "https://login.idporten.no/",
            true,
            vec![hop("https://login.idporten.no/", 200, None)],
            None,
        ),
        portal(
            "https://idporten.difi.no/",
            false,
            vec![
                hop(
                    "https://idporten.difi.no/",
                    301,
                    Some("https://idporten.no/"),
                ),
                hop("https://idporten.no/", 200, None),
            ],
            None,
        ),
    ];
    let outcome = judge(&portals);
    assert_eq!(
        outcome.codes(),
        [
            (Code::Ok.code(), Status::Pass),
            (Code::LegacyPortal.code(), Status::Pass)
        ]
    );
    assert_eq!(outcome.findings[1].args["outcome"], "redirects".into());
    assert_eq!(outcome.details["portals"][1]["redirects"][0]["status"], 301);
    assert_eq!(
        outcome.details["portals"][1]["final_url"],
        "https://idporten.no/"
    );
}

#[test]
fn each_error_kind_has_its_code() {
    for (kind, code) in [
        (ErrorKind::DnsFailed, Code::DnsFailed.code()),
        (ErrorKind::ConnectionRefused, Code::ConnectionRefused.code()),
        (ErrorKind::Timeout, Code::Timeout.code()),
        (ErrorKind::ProtocolTooOld, Code::ProtocolTooOld.code()),
        (ErrorKind::NotTls, Code::NotTls.code()),
        (ErrorKind::ProxyFailed, Code::ProxyFailed.code()),
        (ErrorKind::TooManyRedirects, Code::TooManyRedirects.code()),
    ] {
        let p = portal(
            "https://idporten.no/",
            true,
            vec![Hop::default()],
            Some(kind),
        );
        let outcome = judge(&[p]);
        assert_eq!(outcome.codes(), [(code, Status::Fail)]);
    }
    let p = portal(
        "https://idporten.no/",
        true,
        vec![Hop::default()],
        Some(ErrorKind::Timeout),
    );
    assert_eq!(judge(&[p]).findings[0].args["seconds"], 3.into());
    let mut p = portal(
        "https://idporten.no/",
        true,
        vec![Hop::default()],
        Some(ErrorKind::Timeout),
    );
    p.error.as_mut().unwrap().waited_ms = Some(2001);
    assert_eq!(judge(&[p]).findings[0].args["seconds"], 2.into());
}

#[test]
fn legacy_failures_never_fail() {
    let p = portal(
        "https://idporten.difi.no/",
        false,
        vec![Hop::default()],
        Some(ErrorKind::DnsFailed),
    );
    let outcome = judge(&[p]);
    assert_eq!(
        outcome.codes(),
        [
            (Code::Ok.code(), Status::Pass),
            (Code::LegacyPortal.code(), Status::Pass)
        ]
    );
    assert_eq!(outcome.findings[1].args["outcome"], "dns-failed".into());
}

#[test]
fn a_redirect_elsewhere_fails_naming_the_host() {
    let mut p = portal(
        "https://idporten.no/",
        true,
        vec![hop(
            "https://idporten.no/",
            302,
            Some("https://wifi.hotel.example/"),
        )],
        Some(ErrorKind::RedirectedElsewhere),
    );
    p.error.as_mut().unwrap().detail = "wifi.hotel.example".into();
    let outcome = judge(&[p]);
    assert_eq!(
        outcome.codes(),
        [(Code::RedirectedElsewhere.code(), Status::Fail)]
    );
    assert_eq!(
        outcome.findings[0].args["target"],
        "wifi.hotel.example".into()
    );
    assert_eq!(outcome.details["portals"][0]["redirects"][0]["status"], 302);
}

#[test]
fn a_family_warns_only_when_it_was_tried_and_failed() {
    use crate::probes::portal::eyeballs::Attempt;
    let attempt = |address: &str, family, outcome| Attempt {
        address: address.into(),
        family,
        outcome,
    };
    let mut answered = hop("https://idporten.no/", 200, None);
    answered.attempts = vec![
        attempt("[::1]:443", Family::V6, Outcome::NoAnswer),
        attempt("127.0.0.1:443", Family::V4, Outcome::Connected),
    ];
    let p = portal("https://idporten.no/", true, vec![answered.clone()], None);
    let outcome = judge(&[p]);
    assert_eq!(
        outcome.codes(),
        [
            (Code::Ok.code(), Status::Pass),
            (Code::Ipv6Broken.code(), Status::Warn)
        ]
    );
    assert_eq!(outcome.findings[1].args["addresses"], "[::1]:443".into());
    answered.attempts[0].outcome = Outcome::NotTried;
    let p = portal("https://idporten.no/", true, vec![answered], None);
    assert_eq!(judge(&[p]).codes(), [(Code::Ok.code(), Status::Pass)]);
}

#[test]
fn a_request_for_a_client_certificate_is_named_as_the_cause() {
    for kind in [ErrorKind::HandshakeFailed, ErrorKind::BadResponse] {
        let mut asked = hop("https://idporten.no/", 0, None);
        asked.status = None;
        asked.presented = Some(crate::probes::portal::Presented {
            client_certificate_requested: true,
            ..Default::default()
        });
        let p = portal("https://idporten.no/", true, vec![asked], Some(kind));
        let outcome = judge(&[p]);
        assert_eq!(
            outcome.codes(),
            [(Code::ClientCertificateRequested.code(), Status::Fail)]
        );
        // Asked for but not required: the answer came, and all is well.
        let mut answered = hop("https://idporten.no/", 200, None);
        answered.presented = Some(crate::probes::portal::Presented {
            client_certificate_requested: true,
            ..Default::default()
        });
        let p = portal("https://idporten.no/", true, vec![answered], None);
        assert_eq!(judge(&[p]).codes(), [(Code::Ok.code(), Status::Pass)]);
    }
    let p = portal(
        "https://idporten.no/",
        true,
        vec![Hop::default()],
        Some(ErrorKind::HandshakeFailed),
    );
    assert_eq!(
        judge(&[p]).codes(),
        [(Code::HandshakeFailed.code(), Status::Fail)]
    );
}

#[test]
fn server_errors_and_insecure_redirects_fail() {
    let p = portal(
        "https://idporten.no/",
        true,
        vec![hop("https://idporten.no/", 503, None)],
        None,
    );
    assert_eq!(
        judge(&[p]).codes(),
        [(Code::HttpError.code(), Status::Fail)]
    );
    let p = portal(
        "https://idporten.no/",
        true,
        vec![hop(
            "https://idporten.no/",
            302,
            Some("http://idporten.no/"),
        )],
        None,
    );
    let outcome = judge(&[p]);
    assert_eq!(
        outcome.codes(),
        [(Code::InsecureRedirect.code(), Status::Fail)]
    );
    assert_eq!(
        outcome.findings[0].args["target"],
        "http://idporten.no/".into()
    );
    let p = portal(
        "https://idporten.no/",
        true,
        vec![hop("https://idporten.no/", 404, None)],
        None,
    );
    assert_eq!(judge(&[p]).codes(), [(Code::Ok.code(), Status::Pass)]);
}
