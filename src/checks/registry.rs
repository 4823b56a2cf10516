//! The list of checks, in display order, and the finding codes they can report.

use super::{card_reader, certificate, clock, java, system, tls, usb_token, Check};
use crate::code::{FindingCode, RunnerReason};

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

/// The ids of every check, in display order.
pub fn ids() -> Vec<&'static str> {
    CHECKS.iter().map(|check| check.id()).collect()
}

/// Every finding code that any check or the runner can report, grouped by check in display
/// order: a check's own codes, then the runner's.
pub fn all_codes() -> impl Iterator<Item = FindingCode> {
    CHECKS.iter().flat_map(|check| {
        let codes = check.codes().iter().copied();
        let own = codes.clone().filter(|code| code.runner_reason().is_none());
        let runner = RunnerReason::ALL
            .into_iter()
            .map(|reason| reason.code(check.id()))
            .filter(|code| check.codes().contains(code));
        own.chain(runner)
    })
}

/// The code written as `text` (`tls.dns-failed`), if there is one.
pub fn find_code(text: &str) -> Option<FindingCode> {
    all_codes().find(|code| code.is(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_belong_to_their_check_and_are_kebab_case() {
        for check in CHECKS {
            for code in check.codes() {
                assert_eq!(code.check(), check.id(), "{code}");
                let reason = code.reason();
                assert!(
                    !reason.is_empty()
                        && reason
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                    "{code}"
                );
            }
        }
    }

    #[test]
    fn every_check_has_the_runner_codes_it_can_be_given() {
        for check in CHECKS {
            for reason in RunnerReason::ALL {
                let expected = reason != RunnerReason::Offline || check.uses_network();
                assert_eq!(
                    check.codes().contains(&reason.code(check.id())),
                    expected,
                    "{} and {reason:?}",
                    check.id()
                );
            }
        }
    }

    #[test]
    fn codes_are_unique_and_found_by_their_text() {
        let codes: Vec<FindingCode> = all_codes().collect();
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), codes.len());
        for code in codes {
            assert_eq!(find_code(&code.to_string()), Some(code));
        }
        assert_eq!(find_code("tls.no-such-thing"), None);
        assert_eq!(find_code("tls"), None);
    }
}
