//! Login methods and which checks each one needs.

use clap::ValueEnum;
use serde::Serialize;

use crate::report::{CheckReport, Status};

/// A way to log in to helsenorge.no through ID-porten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ValueEnum, Serialize)]
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

impl Method {
    /// The check ids this method needs, beyond the portal checks every method needs.
    fn extra_needs(self) -> &'static [&'static str] {
        match self {
            Method::BuypassSmartcard => &["card-reader", "java"],
            Method::Commfides => &["usb-token", "java"],
            Method::Bankid | Method::BankidMobile | Method::BuypassMobile => &[],
        }
    }

    /// True when this method cannot work without the check `id` passing.
    pub fn needs(self, id: &str) -> bool {
        PORTAL.contains(&id) || self.extra_needs().contains(&id)
    }
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

    #[test]
    fn no_method_changes_nothing() {
        let mut checks = vec![absent("card-reader")];
        escalate_absent(&mut checks, &[]);
        assert_eq!(checks[0].status(), Status::Absent);
        escalate_absent(&mut checks, &[Method::Bankid, Method::BuypassMobile]);
        assert_eq!(checks[0].status(), Status::Absent);
    }
}
