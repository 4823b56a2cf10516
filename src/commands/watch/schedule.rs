//! Which checks are due to run again, and when: pure decisions on instants handed in.
//!
//! Checks are re-run in groups that share a probe: the portal checks share one visit to the
//! ID portal, the card reader and USB token share the smart card and USB listings, and the
//! rest stand alone. Only a group holding a check that is not yet right is re-run.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::checks::{card_reader, usb_token};
use crate::report::{Report, Status};

/// A set of checks re-run together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    /// The checks that visit the portal (tls, certificate, clock): one probe serves them all.
    Portal,
    /// Card reader and USB token: also re-run at once on a PC/SC event.
    Devices,
    /// A check of its own on this computer (java, system).
    Local(&'static str),
}

/// The group of a check.
pub fn group_of(id: &'static str, uses_network: bool) -> Group {
    match id {
        _ if uses_network => Group::Portal,
        card_reader::ID | usb_token::ID => Group::Devices,
        other => Group::Local(other),
    }
}

/// The checks not yet right: those that stop (or could not check) a method in scope; for a
/// smoke test of checks, those that fail.
pub fn unsettled(report: &Report) -> Vec<&'static str> {
    report
        .checks
        .iter()
        .filter(|check| {
            if report.by_checks {
                return check.status() == Status::Fail;
            }
            report.methods.iter().any(|m| {
                report.verdict.scope.contains(&m.id)
                    && (m.blocked_by.contains(&check.id) || m.not_checked.contains(&check.id))
            })
        })
        .map(|check| check.id)
        .collect()
}

/// How often a check on this computer is read again: soon enough to follow someone's steps
/// on the phone, rarely enough to cost nothing.
pub const LOCAL_EVERY: Duration = Duration::from_secs(3);
/// At most one visit to a portal address in this long...
pub const PORTAL_EVERY: Duration = Duration::from_secs(10);
/// ...and at most this many in any [`PORTAL_WINDOW`], so a watch left running is never a load
/// on the ID portal.
pub const PORTAL_PER_WINDOW: usize = 6;
pub const PORTAL_WINDOW: Duration = Duration::from_secs(60);

/// When each group last started, what is running, and the visits made to each portal address.
#[derive(Debug, Default)]
pub struct Schedule {
    started: BTreeMap<Group, Instant>,
    running: Vec<Group>,
    /// A PC/SC event came in: the devices are due at once (or as soon as a running round ends).
    event: bool,
    /// Start of every visit to each portal address, oldest first (only the last window kept).
    visits: BTreeMap<String, Vec<Instant>>,
}

impl Schedule {
    /// Notes a round of `group` starting at `now`; a portal round visits `addresses`.
    pub fn start(&mut self, group: Group, now: Instant, addresses: &[String]) {
        self.started.insert(group, now);
        self.running.push(group);
        if group == Group::Devices {
            self.event = false;
        }
        if group == Group::Portal {
            for address in addresses {
                let visits = self.visits.entry(address.clone()).or_default();
                visits.retain(|at| now.saturating_duration_since(*at) < PORTAL_WINDOW);
                visits.push(now);
            }
        }
    }

    pub fn finish(&mut self, group: Group) {
        self.running.retain(|g| *g != group);
    }

    pub fn is_running(&self, group: Group) -> bool {
        self.running.contains(&group)
    }

    /// A card was inserted or removed, or a reader plugged in or out.
    pub fn card_event(&mut self) {
        self.event = true;
    }

    /// The earliest moment `group` may start again (`None`: at once).
    fn next_start(&self, group: Group, addresses: &[String]) -> Option<Instant> {
        let last = self.started.get(&group).copied();
        match group {
            Group::Portal => addresses
                .iter()
                .filter_map(|address| self.portal_allowed(address))
                .chain(last.map(|at| at + PORTAL_EVERY))
                .max(),
            Group::Devices if self.event => None,
            Group::Devices | Group::Local(_) => last.map(|at| at + LOCAL_EVERY),
        }
    }

    /// When `address` may be visited again under both limits.
    fn portal_allowed(&self, address: &str) -> Option<Instant> {
        let visits = self.visits.get(address)?;
        let spaced = visits.last().map(|at| *at + PORTAL_EVERY);
        let windowed = visits
            .len()
            .checked_sub(PORTAL_PER_WINDOW)
            .map(|i| visits[i] + PORTAL_WINDOW);
        spaced.into_iter().chain(windowed).max()
    }

    /// The groups among `wanted` (those holding a check not yet right) to start at `now`.
    pub fn due(&self, now: Instant, wanted: &[Group], addresses: &[String]) -> Vec<Group> {
        wanted
            .iter()
            .copied()
            .filter(|group| !self.is_running(*group))
            .filter(|group| {
                self.next_start(*group, addresses)
                    .is_none_or(|at| at <= now)
            })
            .collect()
    }

    /// When the next of `wanted` falls due, if one is not running (`None`: nothing is waiting).
    pub fn next_due(&self, wanted: &[Group], addresses: &[String]) -> Option<Instant> {
        wanted
            .iter()
            .filter(|group| !self.is_running(**group))
            .map(|group| self.next_start(*group, addresses))
            .min_by_key(|at| at.map_or((0, None), |at| (1, Some(at))))
            .map(|at| at.unwrap_or_else(Instant::now))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PORTAL: &str = "https://login.idporten.no/";

    fn addresses() -> Vec<String> {
        vec![PORTAL.to_owned()]
    }

    #[test]
    fn checks_fall_in_groups_that_share_a_probe() {
        assert_eq!(group_of("tls", true), Group::Portal);
        assert_eq!(group_of("clock", true), Group::Portal);
        assert_eq!(group_of("card-reader", false), Group::Devices);
        assert_eq!(group_of("usb-token", false), Group::Devices);
        assert_eq!(group_of("java", false), Group::Local("java"));
    }

    #[test]
    fn a_group_not_started_is_due_at_once_and_a_running_one_never() {
        let mut schedule = Schedule::default();
        let now = Instant::now();
        let wanted = [Group::Portal, Group::Local("system")];
        assert_eq!(schedule.due(now, &wanted, &addresses()), wanted);
        schedule.start(Group::Local("system"), now, &[]);
        assert_eq!(
            schedule.due(now + Duration::from_secs(60), &wanted, &addresses()),
            [Group::Portal]
        );
        schedule.finish(Group::Local("system"));
        assert_eq!(
            schedule.due(now + LOCAL_EVERY, &wanted, &addresses()),
            wanted
        );
    }

    #[test]
    fn local_checks_are_read_every_few_seconds() {
        let mut schedule = Schedule::default();
        let t0 = Instant::now();
        let java = [Group::Local("java")];
        schedule.start(java[0], t0, &[]);
        schedule.finish(java[0]);
        let just_before = t0 + LOCAL_EVERY - Duration::from_millis(1);
        assert!(schedule.due(just_before, &java, &[]).is_empty());
        assert_eq!(schedule.next_due(&java, &[]), Some(t0 + LOCAL_EVERY));
        assert_eq!(schedule.due(t0 + LOCAL_EVERY, &java, &[]), java);
    }

    #[test]
    fn a_card_event_makes_the_devices_due_at_once_even_after_a_running_round() {
        let mut schedule = Schedule::default();
        let t0 = Instant::now();
        let devices = [Group::Devices];
        schedule.start(Group::Devices, t0, &[]);
        schedule.card_event();
        // The round that is running may have read the readers before the event.
        assert!(schedule.due(t0, &devices, &[]).is_empty());
        schedule.finish(Group::Devices);
        assert_eq!(schedule.due(t0, &devices, &[]), devices);
        schedule.start(Group::Devices, t0, &[]);
        schedule.finish(Group::Devices);
        assert!(schedule.due(t0, &devices, &[]).is_empty(), "event used up");
    }

    #[test]
    fn the_portal_is_visited_at_most_once_in_ten_seconds_and_six_times_a_minute() {
        let mut schedule = Schedule::default();
        let t0 = Instant::now();
        let portal = [Group::Portal];
        let mut visits = Vec::new();
        // Ask every 100 ms for three minutes, whatever the answers.
        for step in 0..1_800u64 {
            let now = t0 + Duration::from_millis(step * 100);
            if schedule.due(now, &portal, &addresses()) == portal {
                schedule.start(Group::Portal, now, &addresses());
                schedule.finish(Group::Portal);
                visits.push(now);
            }
        }
        for pair in visits.windows(2) {
            assert!(pair[1] - pair[0] >= PORTAL_EVERY, "{visits:?}");
        }
        for (i, first) in visits.iter().enumerate() {
            let in_window = visits[i..]
                .iter()
                .filter(|at| **at - *first < PORTAL_WINDOW)
                .count();
            assert!(in_window <= PORTAL_PER_WINDOW, "{visits:?}");
        }
        assert!(visits.len() >= 17, "{}", visits.len());
    }

    #[test]
    fn six_in_a_minute_holds_even_when_visits_come_closer_than_ten_seconds_apart() {
        // A window of six visits, spaced as closely as the first limit allows, holds off a seventh.
        let mut schedule = Schedule::default();
        let t0 = Instant::now();
        for i in 0..6u64 {
            let now = t0 + PORTAL_EVERY * i as u32;
            schedule.start(Group::Portal, now, &addresses());
            schedule.finish(Group::Portal);
        }
        let sixth = t0 + PORTAL_EVERY * 5;
        assert_eq!(
            schedule.next_due(&[Group::Portal], &addresses()),
            Some((sixth + PORTAL_EVERY).max(t0 + PORTAL_WINDOW))
        );
        // Another address seen for the first time is held by the group's own spacing.
        let two = vec![PORTAL.to_owned(), "https://idporten.no/".to_owned()];
        assert!(schedule
            .due(sixth + Duration::from_secs(5), &[Group::Portal], &two)
            .is_empty());
    }

    #[test]
    fn only_what_stops_a_method_in_scope_is_checked_again() {
        use crate::report::{
            CheckReport, Finding, MethodReadiness, Readiness, Verdict, VerdictStatus,
        };
        let check = |id: &'static str, status| CheckReport {
            id,
            findings: vec![Finding::new(format!("{id}.x"), status)],
            details: serde_json::Value::Null,
            duration: Duration::ZERO,
        };
        let method = |id: &str, blocked_by: Vec<&'static str>, not_checked| MethodReadiness {
            id: id.into(),
            status: Readiness::NotReady,
            blocked_by,
            not_checked,
            since: None,
        };
        let checks = vec![
            check("tls", Status::Skipped),
            check("java", Status::Fail),
            check("card-reader", Status::Fail),
            check("usb-token", Status::Fail),
        ];
        let verdict = Verdict {
            status: VerdictStatus::NotReady,
            scope: vec!["buypass-smartcard".into()],
            ready: vec![],
        };
        let mut report = Report {
            methods: vec![
                method("buypass-smartcard", vec!["card-reader"], vec!["tls"]),
                method("commfides", vec!["usb-token"], vec![]),
            ],
            ..Report::of(checks, verdict)
        };
        // Java fails, but no method needs it; Commfides is not asked about.
        assert_eq!(unsettled(&report), ["tls", "card-reader"]);
        report.by_checks = true;
        assert_eq!(unsettled(&report), ["java", "card-reader", "usb-token"]);
    }

    #[test]
    fn nothing_wanted_is_nothing_due() {
        let schedule = Schedule::default();
        assert_eq!(schedule.next_due(&[], &addresses()), None);
        assert!(schedule.due(Instant::now(), &[], &addresses()).is_empty());
    }
}
