//! Judges each required portal's presented chain: pure, no I/O.

use serde_json::json;
use time::OffsetDateTime;

use super::describe::{describe, names_host, CertificateFacts};
use super::*;
use crate::checks::clock::judge::server_time;
use crate::probes::portal::{Hop, PortalObservation, Presented};
use crate::profile::Profile;
use crate::report::{CheckOutcome, Finding, Status};

/// Fewer days left than this is worth a warning.
const EXPIRING_DAYS: i64 = 7;

pub fn judge(
    portals: &[PortalObservation],
    profile: &Profile,
    now: OffsetDateTime,
) -> CheckOutcome {
    let mut findings = Vec::new();
    let mut details = Vec::new();
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
            let (hop_findings, hop_detail) = judge_one(&host, hop, presented, profile, now);
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
            portal_findings.retain(|f| f.code != OK);
        }
        findings.extend(portal_findings);
        if let (false, Some(first)) = (hop_details.is_empty(), details.last_mut()) {
            first["redirect_hops"] = json!(hop_details);
        }
    }
    if details.is_empty() {
        findings.push(Finding::new(NOT_CHECKED, Status::Skipped));
    }
    CheckOutcome::new(findings, json!({ "portals": details }))
}

fn judge_one(
    host: &str,
    hop: &Hop,
    presented: &Presented,
    profile: &Profile,
    run_time: OffsetDateTime,
) -> (Vec<Finding>, serde_json::Value) {
    let chain: Vec<Result<CertificateFacts, String>> =
        presented.chain.iter().map(|der| describe(der)).collect();
    let base = json!({
        "url": hop.url,
        "chain": chain.iter().map(|c| match c {
            Ok(f) => json!({"subject": f.subject, "issuer": f.issuer}),
            Err(e) => json!({"error": e}),
        }).collect::<Vec<_>>(),
        "trusted_by": {"public_roots": presented.public.chain_trusted, "system": presented.system.chain_trusted},
        "verdict_errors": {"public_roots": presented.public.error, "system": presented.system.error},
    });
    let Some(Ok(leaf)) = chain.first() else {
        return (
            vec![Finding::new(UNREADABLE, Status::Fail).arg("host", host)],
            base,
        );
    };

    let local = hop.local_time.unwrap_or(run_time);
    let server = hop.date.as_deref().and_then(server_time);
    let valid_at = |t: OffsetDateTime| leaf.not_before <= t && t <= leaf.not_after;
    let days_left = (leaf.not_after - local).whole_days();
    let issuer = chain
        .last()
        .and_then(|c| c.as_ref().ok())
        .map_or(leaf.issuer_name.clone(), |top| top.issuer_name.clone());
    let named = |code: &str, status: Status| {
        Finding::new(code, status)
            .arg("host", host)
            .arg("issuer", leaf.issuer_name.as_str())
            .arg("not_before", leaf.not_before.date())
            .arg("not_after", leaf.not_after.date())
    };

    let mut findings = Vec::new();
    if !valid_at(local) {
        if server.is_some_and(valid_at) {
            findings.push(named(CLOCK_WRONG, Status::Fail));
        } else if local > leaf.not_after {
            findings.push(named(EXPIRED, Status::Fail));
        } else {
            findings.push(named(NOT_YET_VALID, Status::Fail));
        }
    }
    if !names_host(leaf, host) {
        findings.push(named(WRONG_HOST, Status::Fail).arg("names", leaf.dns_names.join(", ")));
    }
    let publicly_trusted = presented.public.chain_trusted;
    if !publicly_trusted {
        if presented.system.chain_trusted {
            findings.push(named(INTERCEPTED, Status::Warn).arg("root", issuer.as_str()));
        } else {
            findings.push(named(UNTRUSTED, Status::Fail).arg("root", issuer.as_str()));
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
        let number_matches = leaf.org_number.as_deref() == Some(expected.org_number.as_str());
        if leaf.owner_org.is_none() && leaf.org_number.is_none() {
            findings.push(named(NO_OWNER_NAMED, Status::Pass));
        } else if !org_matches && !number_matches {
            findings.push(
                named(UNEXPECTED_OWNER, Status::Fail)
                    .arg("owner", owner.as_str())
                    .arg(
                        "expected",
                        expected.organisations.first().cloned().unwrap_or_default(),
                    ),
            );
        }
    }
    if valid_at(local) && days_left < EXPIRING_DAYS {
        findings.push(named(EXPIRING_SOON, Status::Warn).arg("days", days_left));
    }
    if findings.iter().all(|f| f.status == Status::Pass) {
        findings.insert(
            0,
            named(OK, Status::Pass)
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

    let mut details = base;
    details["subject"] = json!(leaf.subject);
    details["issuer"] = json!(leaf.issuer);
    details["owner_org"] = json!(leaf.owner_org);
    details["org_number"] = json!(leaf.org_number);
    details["not_before"] = json!(leaf.not_before.date().to_string());
    details["not_after"] = json!(leaf.not_after.date().to_string());
    details["days_left"] = json!(days_left);
    details["dns_names"] = json!(leaf.dns_names);
    details["sha256"] = json!(leaf.sha256);
    (findings, details)
}
