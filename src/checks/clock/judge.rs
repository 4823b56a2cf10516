//! Judges the clock from the first portal answer with a usable `Date` header: pure, no I/O.

use serde_json::json;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::{OK, SKEWED, UNKNOWN, WRONG};
use crate::probes::portal::PortalObservation;
use crate::report::{ArgValue, CheckOutcome, Finding, Status};

/// Up to a minute off is normal.
const OK_SECONDS: i64 = 60;
/// Up to five minutes off still lets most logins work.
const SKEWED_SECONDS: i64 = 5 * 60;

/// The server's clock, from an HTTP `Date` header; `None` for anything that is not a valid HTTP date.
pub fn server_time(header: &str) -> Option<OffsetDateTime> {
    httpdate::parse_http_date(header)
        .ok()
        .map(OffsetDateTime::from)
}

/// The first answer, in portal order, with a valid `Date`: (url, server time, local time).
pub fn first_dated(
    portals: &[PortalObservation],
) -> Option<(&str, OffsetDateTime, OffsetDateTime)> {
    portals.iter().flat_map(|p| &p.hops).find_map(|hop| {
        let server = server_time(hop.date.as_deref()?)?;
        Some((hop.url.as_str(), server, hop.local_time?))
    })
}

pub fn judge(portals: &[PortalObservation]) -> CheckOutcome {
    let Some((url, server, local)) = first_dated(portals) else {
        return CheckOutcome::new(vec![Finding::new(UNKNOWN, Status::Skipped)], json!({}));
    };
    let skew = (server - local).whole_seconds();
    let (code, status) = match skew.abs() {
        s if s <= OK_SECONDS => (OK, Status::Pass),
        s if s <= SKEWED_SECONDS => (SKEWED, Status::Warn),
        _ => (WRONG, Status::Fail),
    };
    // A positive skew means the server is ahead, so this computer is behind.
    let direction = if skew > 0 { "behind" } else { "ahead" };
    let finding = Finding::new(code, status)
        .arg("amount", ArgValue::Duration(skew.abs()))
        .arg("direction", direction)
        .arg("seconds", skew);
    let details = json!({
        "server_date": server.format(&Rfc3339).ok(),
        "local_date": local.format(&Rfc3339).ok(),
        "skew_seconds": skew,
        "source_url": url,
    });
    CheckOutcome::new(vec![finding], details)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probes::portal::{Hop, Target};
    use time::macros::datetime;

    fn portals(date: Option<&str>, local: OffsetDateTime) -> Vec<PortalObservation> {
        vec![PortalObservation {
            target: Target {
                url: "https://idporten.no/".parse().unwrap(),
                required: true,
            },
            hops: vec![Hop {
                url: "https://idporten.no/".into(),
                date: date.map(str::to_owned),
                local_time: Some(local),
                ..Hop::default()
            }],
            error: None,
        }]
    }

    fn judged(local: OffsetDateTime) -> (String, Status, i64) {
        let outcome = judge(&portals(Some("Wed, 25 Nov 2026 20:00:00 GMT"), local));
        let f = &outcome.findings[0];
        (
            f.code.clone(),
            f.status,
            outcome.details["skew_seconds"].as_i64().unwrap(),
        )
    }

    #[test]
    fn thresholds() {
        assert_eq!(
            judged(datetime!(2026-11-25 20:00:30 UTC)),
            (OK.into(), Status::Pass, -30)
        );
        assert_eq!(
            judged(datetime!(2026-11-25 20:01:00 UTC)),
            (OK.into(), Status::Pass, -60)
        );
        assert_eq!(
            judged(datetime!(2026-11-25 19:57:00 UTC)),
            (SKEWED.into(), Status::Warn, 180)
        );
        assert_eq!(
            judged(datetime!(2026-11-25 16:48:00 UTC)),
            (WRONG.into(), Status::Fail, 11520)
        );
    }

    #[test]
    fn direction_in_words() {
        let outcome = judge(&portals(
            Some("Wed, 25 Nov 2026 20:00:00 GMT"),
            datetime!(2026-11-25 16:48:00 UTC),
        ));
        assert_eq!(outcome.findings[0].args["direction"], "behind".into());
        assert_eq!(
            outcome.findings[0].args["amount"],
            ArgValue::Duration(11520)
        );
        let outcome = judge(&portals(
            Some("Wed, 25 Nov 2026 20:00:00 GMT"),
            datetime!(2026-11-26 20:00:00 UTC),
        ));
        assert_eq!(outcome.findings[0].args["direction"], "ahead".into());
    }

    #[test]
    fn no_usable_date_is_unknown() {
        for date in [
            None,
            Some(""),
            Some("yesterday"),
            Some("Wed, 99 Nov 2026 20:00:00 GMT"),
        ] {
            let outcome = judge(&portals(date, datetime!(2026-11-25 20:00:00 UTC)));
            assert_eq!(outcome.findings[0].code, UNKNOWN, "{date:?}");
            assert_eq!(outcome.findings[0].status, Status::Skipped);
        }
    }
}
