//! The run's one estimate, from what the portal probe saw, of how far this computer's clock is
//! from the portals': the clock check reports it and the certificate check relies on it, so
//! the two never disagree. It is here, beside the observations, so neither check reaches into
//! the other.

use time::{Duration, OffsetDateTime};

use crate::probes::portal::{Hop, PortalObservation};

/// Up to a minute off is normal.
pub const OK_SECONDS: i64 = 60;
/// Up to five minutes off still lets most logins work.
pub const SKEWED_SECONDS: i64 = 5 * 60;

/// One portal answer's time against this computer's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Skew<'a> {
    pub url: &'a str,
    /// The origin server's time: `Date` plus `Age`.
    pub server: OffsetDateTime,
    pub local: OffsetDateTime,
    /// Positive when the server is ahead, so this computer is behind.
    pub seconds: i64,
}

impl Skew<'_> {
    /// More than a minute off: enough to explain a certificate that looks out of date.
    pub fn is_off(&self) -> bool {
        self.seconds.abs() > OK_SECONDS
    }

    /// The right time now, as the portals tell it, for a moment of this computer's clock.
    pub fn corrected(&self, local: OffsetDateTime) -> OffsetDateTime {
        local + Duration::seconds(self.seconds)
    }
}

/// The origin server's clock from an HTTP `Date` header and the `Age` a cache added (RFC 9111:
/// a cached answer's `Date` is as old as its `Age`); `None` for a `Date` that is not an HTTP date.
pub fn server_time(date: &str, age: Option<&str>) -> Option<OffsetDateTime> {
    let date = OffsetDateTime::from(httpdate::parse_http_date(date).ok()?);
    // RFC 9111 §1.2.2: a delta too large to represent is taken as the largest (2^31 seconds).
    let age = age
        .map(str::trim)
        .filter(|a| !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit()))
        .map_or(0, |a| a.parse::<i64>().unwrap_or(i64::MAX).min(1 << 31));
    date.checked_add(Duration::seconds(age))
}

fn of_hop(hop: &Hop) -> Option<Skew<'_>> {
    let server = server_time(hop.date.as_deref()?, hop.age.as_deref())?;
    let local = hop.local_time?;
    // `Date` is cut to the whole second: the server's moment lies half a second later on average.
    let exact = server - local + Duration::milliseconds(500);
    let seconds = (exact.whole_milliseconds() as f64 / 1000.0).round_ties_even() as i64;
    Some(Skew {
        url: hop.url.as_str(),
        server,
        local,
        seconds,
    })
}

/// The median of each portal's first dated answer: one server with a stale `Date` does not
/// outvote the others. Between two middle answers, the one nearer this computer's clock wins,
/// so the computer is blamed only when most portals agree.
pub fn measure(portals: &[PortalObservation]) -> Option<Skew<'_>> {
    let mut samples: Vec<Skew> = portals
        .iter()
        .filter_map(|p| p.hops.iter().find_map(of_hop))
        .collect();
    samples.sort_by_key(|s| s.seconds);
    let count = samples.len();
    match count {
        0 => None,
        _ if count % 2 == 1 => Some(samples[count / 2]),
        _ => {
            let (low, high) = (samples[count / 2 - 1], samples[count / 2]);
            Some(if low.seconds.abs() <= high.seconds.abs() {
                low
            } else {
                high
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probes::portal::Target;
    use time::macros::datetime;

    fn portal(date: &str, age: Option<&str>, local: OffsetDateTime) -> PortalObservation {
        PortalObservation {
            target: Target {
                url: "https://idporten.no/".parse().unwrap(),
                required: true,
            },
            hops: vec![Hop {
                url: "https://idporten.no/".into(),
                date: Some(date.to_owned()),
                age: age.map(str::to_owned),
                local_time: Some(local),
                ..Hop::default()
            }],
            error: None,
        }
    }

    const DATE: &str = "Wed, 25 Nov 2026 20:00:00 GMT";

    #[test]
    fn age_moves_the_origin_time_forward() {
        let local = datetime!(2026-11-25 22:00:00 UTC);
        let cached = [portal(DATE, Some("7200"), local)];
        assert_eq!(measure(&cached).unwrap().seconds, 0);
        let stale = [portal(DATE, None, local)];
        assert_eq!(measure(&stale).unwrap().seconds, -7200);
        for garbage in ["-5", "soon", "", "1e3"] {
            let p = [portal(DATE, Some(garbage), local)];
            assert_eq!(measure(&p).unwrap().seconds, -7200, "{garbage}");
        }
        let huge = server_time(DATE, Some("99999999999999999999999")).unwrap();
        assert_eq!(
            huge - server_time(DATE, None).unwrap(),
            Duration::seconds(1 << 31)
        );
    }

    #[test]
    fn a_cut_off_date_is_not_a_second_short() {
        // The server is exactly two minutes ahead; its Date was cut to 20:02:00 at 20:02:00.9.
        let local = datetime!(2026-11-25 20:00:00.9 UTC);
        let p = [portal("Wed, 25 Nov 2026 20:02:00 GMT", None, local)];
        assert_eq!(measure(&p).unwrap().seconds, 120);
    }

    #[test]
    fn one_stale_portal_does_not_outvote_the_rest() {
        let local = datetime!(2026-11-25 20:00:00 UTC);
        let stale = "Fri, 20 Nov 2026 20:00:00 GMT";
        let two = [portal(DATE, None, local), portal(stale, None, local)];
        assert!(!measure(&two).unwrap().is_off());
        let two = [portal(stale, None, local), portal(DATE, None, local)];
        assert!(!measure(&two).unwrap().is_off());
        let three = [
            portal(stale, None, local),
            portal(stale, None, local),
            portal(DATE, None, local),
        ];
        assert!(measure(&three).unwrap().is_off());
    }
}
