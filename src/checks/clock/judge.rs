//! Judges the clock from the portals' answers (see [`crate::probes::portal::skew`]): pure, no I/O.

use serde::Serialize;
use time::format_description::well_known::Rfc3339;

use super::Code;
use crate::probes::portal::skew::{measure, OK_SECONDS, SKEWED_SECONDS};
use crate::probes::portal::PortalObservation;
use crate::report::{ArgValue, CheckOutcome, Finding, Status};

pub fn judge(portals: &[PortalObservation]) -> CheckOutcome {
    let Some(skew) = measure(portals) else {
        return CheckOutcome::single(Finding::new(Code::Unknown, Status::Skipped));
    };
    let seconds = skew.seconds;
    let (code, status) = match seconds.abs() {
        s if s <= OK_SECONDS => (Code::Ok, Status::Pass),
        s if s <= SKEWED_SECONDS => (Code::Skewed, Status::Warn),
        _ => (Code::Wrong, Status::Fail),
    };
    // A positive skew means the server is ahead, so this computer is behind.
    let direction = if seconds > 0 { "behind" } else { "ahead" };
    let finding = Finding::new(code, status)
        .arg("amount", ArgValue::Duration(seconds.abs()))
        .arg("direction", direction)
        .arg("seconds", seconds);
    let details = Details {
        server_date: skew.server.format(&Rfc3339).ok(),
        local_date: skew.local.format(&Rfc3339).ok(),
        skew_seconds: seconds,
        source_url: skew.url,
    };
    CheckOutcome::new(vec![finding], details)
}

#[derive(Serialize)]
struct Details<'a> {
    server_date: Option<String>,
    local_date: Option<String>,
    /// Positive: the portal is ahead of this computer.
    skew_seconds: i64,
    /// The portal whose answer was used.
    source_url: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::FindingCode;
    use crate::probes::portal::{Hop, Target};
    use time::macros::datetime;
    use time::OffsetDateTime;

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

    fn judged(local: OffsetDateTime) -> (FindingCode, Status, i64) {
        let outcome = judge(&portals(Some("Wed, 25 Nov 2026 20:00:00 GMT"), local));
        let f = &outcome.findings[0];
        (
            f.code,
            f.status,
            outcome.details["skew_seconds"].as_i64().unwrap(),
        )
    }

    #[test]
    fn thresholds() {
        assert_eq!(
            judged(datetime!(2026-11-25 20:00:30 UTC)),
            (Code::Ok.code(), Status::Pass, -30)
        );
        assert_eq!(
            judged(datetime!(2026-11-25 20:01:00 UTC)),
            (Code::Ok.code(), Status::Pass, -60)
        );
        assert_eq!(
            judged(datetime!(2026-11-25 19:57:00 UTC)),
            (Code::Skewed.code(), Status::Warn, 180)
        );
        assert_eq!(
            judged(datetime!(2026-11-25 16:48:00 UTC)),
            (Code::Wrong.code(), Status::Fail, 11520)
        );
        // The Date was cut to the second: half a second past it is the server's moment.
        assert_eq!(
            judged(datetime!(2026-11-25 19:58:59.5 UTC)),
            (Code::Skewed.code(), Status::Warn, 61)
        );
        assert_eq!(
            judged(datetime!(2026-11-25 20:05:00.5 UTC)),
            (Code::Skewed.code(), Status::Warn, -300)
        );
        assert_eq!(
            judged(datetime!(2026-11-25 20:10:00.5 UTC)),
            (Code::Wrong.code(), Status::Fail, -600)
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
            assert_eq!(outcome.findings[0].code, Code::Unknown.code(), "{date:?}");
            assert_eq!(outcome.findings[0].status, Status::Skipped);
        }
    }
}
