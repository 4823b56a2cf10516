//! Login methods and which checks each one needs.

use clap::ValueEnum;
use serde::{Deserialize, Serialize};

use crate::report::{CheckReport, Status};

/// A way to log in to helsenorge.no through ID-porten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ValueEnum, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// BankID (app or code chip)
    Bankid,
    /// BankID on mobile (SIM-based)
    BankidMobile,
    /// Buypass ID on smart card
    BuypassSmartcard,
    /// Buypass ID on mobile
    BuypassMobile,
    /// Commfides e-ID on USB stick
    Commfides,
}

/// Every method needs a secure, trusted connection to the ID portal and a right clock.
const PORTAL: &[&str] = &["tls", "certificate", "clock"];

/// Every method, in the order the report lists them.
pub const ALL: [Method; 5] = [
    Method::Bankid,
    Method::BankidMobile,
    Method::BuypassSmartcard,
    Method::BuypassMobile,
    Method::Commfides,
];

/// What a method needs of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    /// The check must not fail.
    NotFailing,
    /// The check must not fail, and what it checks must be there.
    Present,
    /// The check must pass.
    Passing,
}

impl Method {
    /// The method's id, as `--method` takes it.
    pub fn id(self) -> &'static str {
        match self {
            Method::Bankid => "bankid",
            Method::BankidMobile => "bankid-mobile",
            Method::BuypassSmartcard => "buypass-smartcard",
            Method::BuypassMobile => "buypass-mobile",
            Method::Commfides => "commfides",
        }
    }

    /// What this method needs of which checks.
    fn requirements(self) -> Vec<(&'static str, Need)> {
        let mut needs: Vec<(&'static str, Need)> =
            PORTAL.iter().map(|id| (*id, Need::NotFailing)).collect();
        match self {
            Method::BuypassSmartcard => {
                needs.extend([("card-reader", Need::Passing), ("java", Need::Present)])
            }
            Method::Commfides => {
                needs.extend([("usb-token", Need::Passing), ("java", Need::Present)])
            }
            Method::Bankid | Method::BankidMobile | Method::BuypassMobile => {}
        }
        needs
    }

    /// True when this method cannot work without the check `id`.
    pub fn needs(self, id: &str) -> bool {
        self.requirements().iter().any(|(needed, _)| *needed == id)
    }
}

/// Whether a method can be used on this computer now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Readiness {
    Ready,
    NotReady,
    /// The method no longer exists.
    Discontinued,
}

/// One method's readiness, and the checks that stand in its way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MethodReadiness {
    #[serde(rename = "id")]
    pub method: Method,
    pub status: Readiness,
    pub blocked_by: Vec<&'static str>,
    /// When a discontinued method was switched off.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "date_text")]
    pub since: Option<time::Date>,
}

fn date_text<S: serde::Serializer>(
    date: &Option<time::Date>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serializer.collect_str(date),
        None => serializer.serialize_none(),
    }
}

/// Readiness of `methods` (every method when empty) given the checks that ran.
/// A check that did not run blocks only what must pass; the rest cannot be known to fail.
pub fn readiness(
    checks: &[CheckReport],
    methods: &[Method],
    discontinued: &[(Method, time::Date)],
) -> Vec<MethodReadiness> {
    let chosen: Vec<Method> = if methods.is_empty() {
        ALL.to_vec()
    } else {
        ALL.iter()
            .copied()
            .filter(|m| methods.contains(m))
            .collect()
    };
    chosen
        .into_iter()
        .map(|method| {
            if let Some((_, since)) = discontinued.iter().find(|(m, _)| *m == method) {
                return MethodReadiness {
                    method,
                    status: Readiness::Discontinued,
                    blocked_by: Vec::new(),
                    since: Some(*since),
                };
            }
            let blocked_by: Vec<&'static str> = method
                .requirements()
                .into_iter()
                .filter(|(id, need)| {
                    let status = checks.iter().find(|c| c.id == *id).map(CheckReport::status);
                    match (need, status) {
                        (Need::Passing, status) => status != Some(Status::Pass),
                        (_, Some(Status::Fail)) => true,
                        (Need::Present, Some(Status::Absent)) => true,
                        _ => false,
                    }
                })
                .map(|(id, _)| id)
                .collect();
            let status = if blocked_by.is_empty() {
                Readiness::Ready
            } else {
                Readiness::NotReady
            };
            MethodReadiness {
                method,
                status,
                blocked_by,
                since: None,
            }
        })
        .collect()
}

/// For the chosen methods, something they need that is absent is a failure, not a shrug.
pub fn escalate_absent(checks: &mut [CheckReport], methods: &[Method]) {
    for check in checks {
        if methods.iter().any(|m| m.needs(check.id)) {
            for finding in &mut check.findings {
                if finding.status == Status::Absent {
                    finding.status = Status::Fail;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Finding;
    use std::time::Duration;

    fn absent(id: &'static str) -> CheckReport {
        CheckReport {
            id,
            findings: vec![Finding::new(format!("{id}.missing"), Status::Absent)],
            details: serde_json::Value::Null,
            duration: Duration::ZERO,
        }
    }

    #[test]
    fn absent_becomes_fail_only_for_needed_checks() {
        let mut checks = vec![absent("card-reader"), absent("usb-token"), absent("java")];
        escalate_absent(&mut checks, &[Method::BuypassSmartcard]);
        let statuses: Vec<_> = checks.iter().map(|c| c.status()).collect();
        assert_eq!(statuses, [Status::Fail, Status::Absent, Status::Fail]);
    }

    fn check(id: &'static str, status: Status) -> CheckReport {
        CheckReport {
            id,
            findings: vec![Finding::new(format!("{id}.x"), status)],
            details: serde_json::Value::Null,
            duration: Duration::ZERO,
        }
    }

    fn statuses(checks: &[CheckReport]) -> Vec<(&'static str, Readiness, Vec<&'static str>)> {
        readiness(
            checks,
            &[],
            &[(Method::BankidMobile, time::macros::date!(2024 - 09 - 01))],
        )
        .into_iter()
        .map(|r| (r.method.id(), r.status, r.blocked_by))
        .collect()
    }

    #[test]
    fn readiness_for_every_combination_that_matters() {
        use Readiness::*;
        use Status::*;
        let all = |portal: Status, card: Status, java: Status, token: Status| {
            vec![
                check("tls", portal),
                check("certificate", Pass),
                check("clock", Pass),
                check("card-reader", card),
                check("java", java),
                check("usb-token", token),
                check("system", Pass),
            ]
        };
        // Everything in order.
        assert_eq!(
            statuses(&all(Pass, Pass, Pass, Pass)),
            [
                ("bankid", Ready, vec![]),
                ("bankid-mobile", Discontinued, vec![]),
                ("buypass-smartcard", Ready, vec![]),
                ("buypass-mobile", Ready, vec![]),
                ("commfides", Ready, vec![])
            ]
        );
        // A typical home computer: no reader, no Java, no stick. BankID and Buypass mobile still work.
        let home = statuses(&all(Pass, Absent, Absent, Absent));
        assert_eq!(home[0], ("bankid", Ready, vec![]));
        assert_eq!(
            home[2],
            ("buypass-smartcard", NotReady, vec!["card-reader", "java"])
        );
        assert_eq!(home[3], ("buypass-mobile", Ready, vec![]));
        assert_eq!(home[4], ("commfides", NotReady, vec!["usb-token", "java"]));
        // A failing portal blocks every method.
        let broken = statuses(&all(Fail, Pass, Pass, Pass));
        for (id, status, blocked) in &broken {
            if *id != "bankid-mobile" {
                assert_eq!(
                    (*status, blocked.as_slice()),
                    (NotReady, &["tls"][..]),
                    "{id}"
                );
            }
        }
        // A warning is not a failure, but a card reader must pass.
        let warned = statuses(&all(Warn, Warn, Warn, Pass));
        assert_eq!(warned[0], ("bankid", Ready, vec![]));
        assert_eq!(
            warned[2],
            ("buypass-smartcard", NotReady, vec!["card-reader"])
        );
        assert_eq!(warned[4], ("commfides", Ready, vec![]));
        // Skipped portal checks (--offline) do not block; a card reader that was not checked does.
        let partial = vec![check("tls", Skipped), check("java", Pass)];
        let offline = statuses(&partial);
        assert_eq!(offline[0], ("bankid", Ready, vec![]));
        assert_eq!(
            offline[2],
            ("buypass-smartcard", NotReady, vec!["card-reader"])
        );
    }

    #[test]
    fn only_the_chosen_methods_are_listed() {
        let chosen = readiness(&[], &[Method::Commfides, Method::Bankid], &[]);
        let ids: Vec<&str> = chosen.iter().map(|r| r.method.id()).collect();
        assert_eq!(ids, ["bankid", "commfides"]);
    }

    #[test]
    fn no_method_changes_nothing() {
        let mut checks = vec![absent("card-reader")];
        escalate_absent(&mut checks, &[]);
        assert_eq!(checks[0].status(), Status::Absent);
        escalate_absent(&mut checks, &[Method::Bankid, Method::BuypassMobile]);
        assert_eq!(checks[0].status(), Status::Absent);
    }
}
