//! The list of checks, in display order, and the finding codes they can report.

use super::{card_reader, certificate, clock, java, system, tls, usb_token, Check};

/// Every check, in the order the report shows them.
pub static CHECKS: &[&dyn Check] = &[
    &tls::Tls,
    &certificate::Certificate,
    &clock::Clock,
    &card_reader::CardReader,
    &java::Java,
    &usb_token::UsbToken,
    &system::System,
];

/// Reasons the runner itself reports for any check: `<id>.internal-error` (the check
/// crashed) and `<id>.timed-out` (it did not finish in time).
pub const RUNNER_REASONS: &[&str] = &["internal-error", "timed-out"];

/// The reason the runner reports for a network check under `--offline`: `<id>.offline`.
pub const OFFLINE_REASON: &str = "offline";

/// The ids of every check, in display order.
pub fn ids() -> Vec<&'static str> {
    CHECKS.iter().map(|check| check.id()).collect()
}

/// Every finding code that any check or the runner can report, grouped by check in display order.
pub fn all_codes() -> Vec<String> {
    let mut codes = Vec::new();
    for check in CHECKS {
        codes.extend(check.codes().iter().map(|code| code.to_string()));
        if check.uses_network() {
            codes.push(format!("{}.{OFFLINE_REASON}", check.id()));
        }
        codes.extend(
            RUNNER_REASONS
                .iter()
                .map(|reason| format!("{}.{reason}", check.id())),
        );
    }
    codes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_belong_to_their_check_and_are_kebab_case() {
        for check in CHECKS {
            for code in check.codes() {
                let (id, reason) = code.split_once('.').expect("code has a dot");
                assert_eq!(id, check.id(), "{code}");
                assert!(
                    !reason.is_empty()
                        && reason
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                    "{code}"
                );
                assert!(
                    !RUNNER_REASONS.contains(&reason) && reason != OFFLINE_REASON,
                    "{code} clashes with a runner code"
                );
            }
        }
    }

    #[test]
    fn codes_are_unique() {
        let codes = all_codes();
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), codes.len());
    }
}
