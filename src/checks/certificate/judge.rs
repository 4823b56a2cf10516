//! Judges each required portal's presented chain: pure, no I/O.

use serde::Serialize;
use time::OffsetDateTime;

use super::describe::{describe, CertificateFacts};
use super::*;
use crate::probes::portal::skew::{measure, Skew};
use crate::probes::portal::trust::Problem;
use crate::probes::portal::{Hop, PortalObservation, Presented};
use crate::profile::Profile;
use crate::report::{CheckOutcome, Finding, Status};

/// Fewer days left than this is worth a warning.
const EXPIRING_DAYS: i64 = 7;
/// Browsers refuse RSA keys smaller than this.
const MIN_RSA_BITS: usize = 2048;

pub fn judge(
    portals: &[PortalObservation],
    profile: &Profile,
    now: OffsetDateTime,
) -> CheckOutcome {
    let mut findings = Vec::new();
    let mut details = Vec::new();
    // The clock check's verdict, over every portal: one server's own Date does not decide.
    let clock = measure(portals);
    for portal in portals.iter().filter(|p| p.target.required) {
        let mut judged: Vec<(String, &[u8])> = Vec::new();
        let mut hop_details = Vec::new();
        let mut portal_findings: Vec<Finding> = Vec::new();
        // Every hop's certificate counts: a redirect to an expired certificate is as bad as one
        // at the address itself. Each host and certificate is judged once.
        for (index, hop) in portal.hops.iter().enumerate() {
            let Some(presented) = &hop.presented else {
                continue;
            };
            let host = url::Url::parse(&hop.url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_owned))
                .unwrap_or_default();
            let leaf = presented.chain.first().map_or(&[][..], Vec::as_slice);
            if judged.iter().any(|(h, l)| *h == host && *l == leaf) {
                continue;
            }
            judged.push((host.clone(), leaf));
            let (hop_findings, hop_detail) = judge_one(&host, hop, presented, profile, now, clock);
            if index == 0 {
                portal_findings.extend(hop_findings);
                details.push(hop_detail);
            } else {
                portal_findings.extend(
                    hop_findings
                        .into_iter()
                        .filter(|f| f.status != Status::Pass),
                );
                hop_details.push(hop_detail);
            }
        }
        // The first hop's "all is well" does not stand when a later hop is not.
        if portal_findings.iter().any(|f| f.status != Status::Pass) {
            portal_findings.retain(|f| f.code != Code::Ok);
        }
        findings.extend(portal_findings);
        if let (false, Some(first)) = (hop_details.is_empty(), details.last_mut()) {
            first.redirect_hops = Some(hop_details);
        }
    }
    if details.is_empty() {
        findings.push(Finding::new(Code::NotChecked, Status::Skipped));
    }
    CheckOutcome::new(findings, Details { portals: details })
}

#[derive(Serialize)]
struct Details {
    portals: Vec<HopDetails>,
}

/// What one hop presented and what the verifiers made of it.
#[derive(Serialize)]
struct HopDetails {
    url: String,
    chain: Vec<ChainEntry>,
    trusted_by: BySet<bool>,
    verdict_errors: BySet<Option<String>>,
    problems: BySet<Option<Problem>>,
    client_certificate_requested: bool,
    /// The site's own certificate, when it could be read.
    #[serde(flatten)]
    leaf: Option<Leaf>,
    /// The hops a portal's redirects led to, on its first hop's entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    redirect_hops: Option<Vec<HopDetails>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum ChainEntry {
    Read { subject: String, issuer: String },
    Unreadable { error: String },
}

/// One value for each trust set: the public roots a browser ships, and this computer's.
#[derive(Serialize)]
struct BySet<T> {
    public_roots: T,
    system: T,
}

#[derive(Serialize)]
struct Leaf {
    subject: String,
    issuer: String,
    owner_org: Option<String>,
    org_number: Option<String>,
    not_before: String,
    not_after: String,
    days_left: i64,
    dns_names: Vec<String>,
    sha256: String,
}

fn judge_one(
    host: &str,
    hop: &Hop,
    presented: &Presented,
    profile: &Profile,
    run_time: OffsetDateTime,
    clock: Option<Skew>,
) -> (Vec<Finding>, HopDetails) {
    let chain: Vec<Result<CertificateFacts, String>> =
        presented.chain.iter().map(|der| describe(der)).collect();
    let mut details = HopDetails {
        url: hop.url.clone(),
        chain: chain
            .iter()
            .map(|c| match c {
                Ok(f) => ChainEntry::Read {
                    subject: f.subject.clone(),
                    issuer: f.issuer.clone(),
                },
                Err(e) => ChainEntry::Unreadable { error: e.clone() },
            })
            .collect(),
        trusted_by: BySet {
            public_roots: presented.public.chain_trusted,
            system: presented.system.chain_trusted,
        },
        verdict_errors: BySet {
            public_roots: presented.public.error.clone(),
            system: presented.system.error.clone(),
        },
        problems: BySet {
            public_roots: presented.public.problem,
            system: presented.system.problem,
        },
        client_certificate_requested: presented.client_certificate_requested,
        leaf: None,
        redirect_hops: None,
    };
    let Some(Ok(leaf)) = chain.first() else {
        return (
            vec![Finding::new(Code::Unreadable, Status::Fail).arg("host", host)],
            details,
        );
    };
    let path = path(&chain);

    let local = hop.local_time.unwrap_or(run_time);
    let left = leaf.not_after - local;
    let days_left = (left.whole_seconds() as f64 / 86_400.0).round() as i64;
    let top_issuer = path
        .last()
        .map_or(leaf.issuer_name.clone(), |top| top.issuer_name.clone());
    let named = |code: Code, status: Status| {
        Finding::new(code, status)
            .arg("host", host)
            .arg("issuer", leaf.issuer_name.as_str())
            .arg("not_before", leaf.not_before.date())
            .arg("not_after", leaf.not_after.date())
    };
    // Which certificate a finding is about: the site's own, or an issuer's, by name.
    let about = |finding: Finding, cert: &CertificateFacts| {
        let own = std::ptr::eq(cert, leaf);
        finding
            .arg("cert", if own { "site" } else { "issuer" })
            .arg("cert_name", cert.name())
    };

    let mut findings = Vec::new();
    // The site's own dates are always judged; an issuer's when a verifier found a date wrong,
    // so that an old certificate the server sends needlessly does not count.
    let dates_wrong = presented.public.dates_wrong || presented.system.dates_wrong;
    let out_of_date = |t: OffsetDateTime| {
        path.iter()
            .copied()
            .filter(|c| std::ptr::eq(*c, leaf) || dates_wrong)
            .find(|c| !(c.not_before <= t && t <= c.not_after))
    };
    let date_problem = out_of_date(local);
    if let Some(cert) = date_problem {
        let clock_explains = clock
            .filter(Skew::is_off)
            .is_some_and(|skew| out_of_date(skew.corrected(local)).is_none());
        let code = if clock_explains {
            Code::ClockWrong
        } else if local > cert.not_after {
            Code::Expired
        } else {
            Code::NotYetValid
        };
        findings.push(about(
            named(code, Status::Fail)
                .arg("not_before", cert.not_before.date())
                .arg("not_after", cert.not_after.date()),
            cert,
        ));
    }
    if !presented.name_matches {
        findings.push(named(Code::WrongHost, Status::Fail).arg("names", names_of(leaf)));
    }
    let weak = path
        .iter()
        .find_map(|cert| weakness(cert).map(|w| (*cert, w)));
    if let Some((cert, (reason, bits))) = weak {
        findings.push(about(
            named(Code::Weak, Status::Fail)
                .arg("reason", reason)
                .arg("bits", bits),
            cert,
        ));
    }
    let publicly_trusted = presented.public.chain_trusted;
    if let Some(problem) = presented.public.problem {
        if presented.system.chain_trusted {
            findings.push(named(Code::Intercepted, Status::Warn).arg("root", top_issuer.as_str()));
        } else if let Some((code, missing)) = untrusted(problem, weak.is_some(), &path, presented) {
            let mut finding = named(code, Status::Fail).arg("root", top_issuer.as_str());
            if let Some(missing) = missing {
                finding = finding.arg("missing", missing);
            }
            if code == Code::Weak {
                finding = about(finding.arg("reason", "algorithm").arg("bits", 0), leaf);
            }
            findings.push(finding);
        }
    }
    let owner = leaf
        .owner_org
        .clone()
        .or_else(|| leaf.common_name.clone())
        .unwrap_or_default();
    if let (true, Some(expected)) = (publicly_trusted, profile.owner_for(host)) {
        let org_matches = leaf.owner_org.as_deref().is_some_and(|o| {
            expected
                .organisations
                .iter()
                .any(|e| e.eq_ignore_ascii_case(o.trim()))
        });
        let stated = &leaf.org_numbers;
        let number_matches = stated.contains(&expected.org_number);
        // A stated number is the registry's: another number is another organisation, whatever the name.
        let number_differs = stated.iter().any(|n| *n != expected.org_number);
        if leaf.owner_org.is_none() && stated.is_empty() {
            findings.push(named(Code::NoOwnerNamed, Status::Pass));
        } else if number_differs || (!org_matches && !number_matches) {
            let other_number = stated
                .iter()
                .find(|n| **n != expected.org_number)
                .cloned()
                .unwrap_or_else(|| "none".to_owned());
            findings.push(
                named(Code::UnexpectedOwner, Status::Fail)
                    .arg("owner", owner.as_str())
                    .arg("owner_number", other_number)
                    .arg(
                        "expected",
                        expected.organisations.first().cloned().unwrap_or_default(),
                    )
                    .arg("expected_number", expected.org_number.as_str()),
            );
        }
    }
    if date_problem.is_none() && left < time::Duration::days(EXPIRING_DAYS) {
        findings.push(named(Code::ExpiringSoon, Status::Warn).arg("days", days_left));
    }
    if findings.iter().all(|f| f.status == Status::Pass) {
        findings.insert(
            0,
            named(Code::Ok, Status::Pass)
                .arg(
                    "owner",
                    if owner.is_empty() {
                        "none".to_owned()
                    } else {
                        owner
                    },
                )
                .arg(
                    "org_number",
                    leaf.org_number.clone().unwrap_or_else(|| "none".to_owned()),
                )
                .arg("days", days_left),
        );
    }

    details.leaf = Some(Leaf {
        subject: leaf.subject.clone(),
        issuer: leaf.issuer.clone(),
        owner_org: leaf.owner_org.clone(),
        org_number: leaf.org_number.clone(),
        not_before: leaf.not_before.date().to_string(),
        not_after: leaf.not_after.date().to_string(),
        days_left,
        dns_names: leaf.dns_names.clone(),
        sha256: leaf.sha256.clone(),
    });
    (findings, details)
}

/// The site's certificate and the sent issuers above it, found by name, up to a root: what a
/// browser's verifier walks (a root's own dates and signature are not judged).
fn path(chain: &[Result<CertificateFacts, String>]) -> Vec<&CertificateFacts> {
    let sent: Vec<&CertificateFacts> = chain.iter().filter_map(|c| c.as_ref().ok()).collect();
    let mut path: Vec<&CertificateFacts> = sent.first().copied().into_iter().collect();
    while let Some(current) = path.last().copied() {
        if current.self_issued() || path.len() > sent.len() {
            break;
        }
        let next = sent.iter().copied().find(|c| {
            c.subject_der == current.issuer_der
                && !c.self_issued()
                && !path.iter().any(|p| std::ptr::eq(*p, *c))
        });
        match next {
            Some(next) => path.push(next),
            None => break,
        }
    }
    path
}

/// Why browsers refuse a certificate's own key or its issuer's signature: (reason, key bits).
fn weakness(cert: &CertificateFacts) -> Option<(&'static str, i64)> {
    if let Some(hash) = cert.weak_hash {
        return Some((hash, 0));
    }
    let bits = cert.rsa_bits.filter(|bits| *bits < MIN_RSA_BITS)?;
    Some(("rsa", bits as i64))
}

/// The code for a chain the public roots do not vouch for, by what the verifier held against
/// it, with the missing issuer's name for a cut-short chain; `None` when the weakness already
/// reported explains it.
fn untrusted(
    problem: Problem,
    weak: bool,
    path: &[&CertificateFacts],
    presented: &Presented,
) -> Option<(Code, Option<String>)> {
    let top = path.last()?;
    let code = match problem {
        Problem::WeakSignature | Problem::BadSignature if weak => return None,
        Problem::WeakSignature => Code::Weak,
        Problem::WrongPurpose => Code::WrongPurpose,
        Problem::NameConstraints => Code::NameNotPermitted,
        // A publicly issued certificate says where its issuer's certificate is; when the
        // server sent neither that nor a root, the chain was cut short.
        Problem::UnknownIssuer if presented.public.issuer_missing && top.names_issuer_location => {
            return Some((Code::IncompleteChain, Some(top.issuer_name.clone())));
        }
        _ => Code::Untrusted,
    };
    Some((code, None))
}

/// The names a certificate is for, as it states them; its common name when it states none.
fn names_of(leaf: &CertificateFacts) -> String {
    let names: Vec<&str> = leaf
        .dns_names
        .iter()
        .chain(&leaf.ip_addresses)
        .map(String::as_str)
        .collect();
    if names.is_empty() {
        leaf.common_name
            .clone()
            .unwrap_or_else(|| leaf.subject.clone())
    } else {
        names.join(", ")
    }
}
