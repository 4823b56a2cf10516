//! Judges the portal probe's connections: pure, no I/O.

use serde::Serialize;

use super::*;
use crate::probes::portal::eyeballs::{self, Family, Outcome};
use crate::probes::portal::{ErrorKind, Hop, PortalObservation, ProbeError, Timings};
use crate::report::{CheckOutcome, Finding, Status};

pub fn judge(portals: &[PortalObservation]) -> CheckOutcome {
    let mut findings = Vec::new();
    let mut family_warnings = Vec::new();
    for portal in portals {
        let problem = problem(portal);
        if portal.target.required {
            if problem.is_none() {
                family_warnings.extend(broken_family(portal));
            }
            findings.extend(problem);
        } else {
            findings.push(legacy(portal, problem.as_ref()));
        }
    }
    // A family that does not work is worth knowing, but the login works: the check still says so.
    let all_answer = findings.iter().all(|f| f.status == Status::Pass);
    findings.extend(family_warnings);
    if all_answer {
        let required: Vec<&PortalObservation> =
            portals.iter().filter(|p| p.target.required).collect();
        let hosts = required
            .iter()
            .map(|p| host(p))
            .collect::<Vec<_>>()
            .join(", ");
        let version = required
            .first()
            .and_then(|p| p.first().tls_version.clone())
            .unwrap_or_default();
        findings.insert(
            0,
            Finding::new(Code::Ok, Status::Pass)
                .arg("hosts", hosts)
                .arg("count", required.len() as i64)
                .arg("version", version),
        );
    }
    let portals = portals.iter().map(PortalDetails::of).collect();
    CheckOutcome::new(findings, Details { portals })
}

/// A connection made over one family after the other family's addresses went nowhere.
fn broken_family(portal: &PortalObservation) -> Option<Finding> {
    portal.hops.iter().find_map(|hop| {
        let connected = hop
            .attempts
            .iter()
            .find(|a| a.outcome == Outcome::Connected)?;
        let broken: Vec<&eyeballs::Attempt> = hop
            .attempts
            .iter()
            .filter(|a| a.family != connected.family)
            .filter(|a| !matches!(a.outcome, Outcome::NotTried | Outcome::Connected))
            .collect();
        let first = broken.first()?;
        let code = match first.family {
            Family::V6 => Code::Ipv6Broken,
            Family::V4 => Code::Ipv4Broken,
        };
        let addresses = broken
            .iter()
            .map(|a| a.address.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        Some(
            Finding::new(code, Status::Warn)
                .arg(
                    "host",
                    url::Url::parse(&hop.url).ok()?.host_str()?.to_owned(),
                )
                .arg("addresses", addresses),
        )
    })
}

fn host(portal: &PortalObservation) -> String {
    portal.target.url.host_str().unwrap_or_default().to_owned()
}

/// The first thing wrong with a portal's answer, as a finding.
fn problem(portal: &PortalObservation) -> Option<Finding> {
    let url = portal.target.url.as_str();
    if let Some(error) = &portal.error {
        // The request broke after the server asked for a client certificate: that is why.
        let asked = portal
            .last()
            .presented
            .as_ref()
            .is_some_and(|p| p.client_certificate_requested);
        if asked
            && matches!(
                error.kind,
                ErrorKind::HandshakeFailed | ErrorKind::BadResponse
            )
        {
            return Some(
                Finding::new(Code::ClientCertificateRequested, Status::Fail)
                    .arg("url", portal.last().url.as_str())
                    .arg("portal", url)
                    .arg("detail", error.detail.as_str()),
            );
        }
        let code = match error.kind {
            ErrorKind::DnsFailed => Code::DnsFailed,
            ErrorKind::ConnectionRefused => Code::ConnectionRefused,
            ErrorKind::ConnectionFailed => Code::ConnectionFailed,
            ErrorKind::Timeout => Code::Timeout,
            ErrorKind::HandshakeFailed => Code::HandshakeFailed,
            ErrorKind::ProtocolTooOld => Code::ProtocolTooOld,
            ErrorKind::NotTls => Code::NotTls,
            ErrorKind::ProxyFailed => Code::ProxyFailed,
            ErrorKind::BadResponse => Code::BadResponse,
            ErrorKind::TooManyRedirects => Code::TooManyRedirects,
            ErrorKind::RedirectedElsewhere => {
                return Some(
                    Finding::new(Code::RedirectedElsewhere, Status::Fail)
                        .arg("url", portal.last().url.as_str())
                        .arg("portal", url)
                        .arg("target", error.detail.as_str()),
                )
            }
        };
        let seconds = error.waited_ms.map_or(0, |ms| (ms + 500) / 1000) as i64;
        let families = eyeballs::families(&portal.last().attempts);
        let mut finding = Finding::new(code, Status::Fail)
            .arg("url", portal.last().url.as_str())
            .arg("portal", url)
            .arg("detail", error.detail.as_str())
            .arg(
                "step",
                if error.kind == ErrorKind::Timeout {
                    error.detail.as_str()
                } else {
                    ""
                },
            )
            .arg("seconds", seconds)
            .arg("families", families);
        if let Some(problem) = error.proxy_problem {
            finding = finding
                .arg("proxy", portal.last().proxy.as_deref().unwrap_or_default())
                .arg("problem", problem.as_str());
        }
        return Some(finding);
    }
    let last = portal.last();
    let status = last.status.unwrap_or_default();
    if status >= 500 {
        return Some(
            Finding::new(Code::HttpError, Status::Fail)
                .arg("url", last.url.as_str())
                .arg("portal", url)
                .arg("status", i64::from(status)),
        );
    }
    if let Some(target) = insecure_redirect(last) {
        return Some(
            Finding::new(Code::InsecureRedirect, Status::Fail)
                .arg("url", last.url.as_str())
                .arg("portal", url)
                .arg("target", target),
        );
    }
    None
}

fn insecure_redirect(hop: &Hop) -> Option<String> {
    let status = hop.status?;
    let location = hop.location.as_deref()?;
    let target = url::Url::parse(&hop.url).ok()?.join(location).ok()?;
    ((300..400).contains(&status) && target.scheme() != "https").then(|| target.to_string())
}

/// An old address is only reported: whatever happens there does not stop a login.
fn legacy(portal: &PortalObservation, problem: Option<&Finding>) -> Finding {
    let outcome = match (problem, portal.hops.len()) {
        (Some(finding), _) => finding.code.reason().to_owned(),
        (None, 1) => "answers".to_owned(),
        (None, _) => "redirects".to_owned(),
    };
    Finding::new(Code::LegacyPortal, Status::Pass)
        .arg("url", portal.target.url.as_str())
        .arg("outcome", outcome)
        .arg("target", portal.last().url.as_str())
}

#[derive(Serialize)]
struct Details<'a> {
    portals: Vec<PortalDetails<'a>>,
}

/// One portal address: the first request, the redirects followed, and how it ended.
#[derive(Serialize)]
struct PortalDetails<'a> {
    url: &'a str,
    required: bool,
    address: Option<&'a str>,
    proxy: Option<&'a str>,
    tls_version: Option<&'a str>,
    redirects: Vec<Redirect<'a>>,
    final_url: &'a str,
    http_status: Option<u16>,
    timings_ms: Timings,
    /// The addresses tried by the request that ended it: the last one on a failure.
    attempts: &'a [eyeballs::Attempt],
    error: Option<&'a ProbeError>,
}

#[derive(Serialize)]
struct Redirect<'a> {
    status: Option<u16>,
    url: &'a str,
    location: Option<&'a str>,
}

impl PortalDetails<'_> {
    fn of(portal: &PortalObservation) -> PortalDetails<'_> {
        let first = portal.first();
        let last = portal.last();
        PortalDetails {
            url: portal.target.url.as_str(),
            required: portal.target.required,
            address: first.address.as_deref(),
            proxy: first.proxy.as_deref(),
            tls_version: first.tls_version.as_deref(),
            redirects: portal
                .hops
                .iter()
                .filter(|h| h.status.is_some_and(|s| (300..400).contains(&s)))
                .map(|h| Redirect {
                    status: h.status,
                    url: &h.url,
                    location: h.location.as_deref(),
                })
                .collect(),
            final_url: &last.url,
            http_status: last.status,
            timings_ms: first.timings,
            attempts: if portal.error.is_some() {
                &last.attempts
            } else {
                &first.attempts
            },
            error: portal.error.as_ref(),
        }
    }
}

#[cfg(test)]
mod tests;
