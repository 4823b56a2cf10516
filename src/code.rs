//! Finding codes: `<check>.<reason>`, such as `tls.dns-failed`.
//!
//! Each check declares its codes once, with [`finding_codes!`], as an enum of its own; the
//! declaration's order is the codes' permanent numbers in the support code (see
//! [`crate::support_code`]), so it is append-only. Everything else (the judges, the runner,
//! the support code, the profile's method requirements, the locale files) names a code
//! through that enum or reads it from a finding.

use std::fmt;

use serde::{Serialize, Serializer};

/// A finding code, as a finding carries it and every renderer reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FindingCode {
    check: &'static str,
    reason: &'static str,
}

impl FindingCode {
    /// Only [`finding_codes!`] and the runner make codes; anything else takes them from there.
    pub const fn new(check: &'static str, reason: &'static str) -> FindingCode {
        FindingCode { check, reason }
    }

    /// The check id: `tls` for `tls.dns-failed`.
    pub fn check(self) -> &'static str {
        self.check
    }

    /// The reason within the check: `dns-failed` for `tls.dns-failed`.
    pub fn reason(self) -> &'static str {
        self.reason
    }

    /// The runner's reason, for a code the runner reports rather than the check.
    pub fn runner_reason(self) -> Option<RunnerReason> {
        RunnerReason::ALL
            .into_iter()
            .find(|reason| reason.as_str() == self.reason)
    }

    /// True when `text` is this code as written (`tls.dns-failed`).
    pub fn is(self, text: &str) -> bool {
        text.split_once('.') == Some((self.check, self.reason))
    }
}

impl fmt::Display for FindingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.check, self.reason)
    }
}

impl Serialize for FindingCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl PartialEq<&str> for FindingCode {
    fn eq(&self, other: &&str) -> bool {
        self.is(other)
    }
}

/// Tests write codes as text, the way reports and support codes show them; a code a test
/// makes up (`x.ok`) is as good as a real one there.
#[cfg(test)]
impl From<&str> for FindingCode {
    fn from(text: &str) -> FindingCode {
        let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
        let (check, reason) = text.split_once('.').expect("a code is check.reason");
        FindingCode::new(check, reason)
    }
}

#[cfg(test)]
impl From<String> for FindingCode {
    fn from(text: String) -> FindingCode {
        FindingCode::from(text.as_str())
    }
}

/// What the runner itself reports for any check, in place of the check's own findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunnerReason {
    /// `--offline` and the check uses the network.
    Offline,
    /// The check crashed.
    InternalError,
    /// The check did not finish in time.
    TimedOut,
}

impl RunnerReason {
    pub const ALL: [RunnerReason; 3] = [
        RunnerReason::Offline,
        RunnerReason::InternalError,
        RunnerReason::TimedOut,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            RunnerReason::Offline => "offline",
            RunnerReason::InternalError => "internal-error",
            RunnerReason::TimedOut => "timed-out",
        }
    }

    /// This reason's code for the check `check`.
    pub const fn code(self, check: &'static str) -> FindingCode {
        FindingCode::new(check, self.as_str())
    }
}

/// Declares a check's id and its finding codes, in their permanent order:
///
/// ```text
/// finding_codes! {
///     "clock" for Clock;
///     Ok = "ok",
///     Skewed = "skewed",
///     Offline = runner Offline,
/// }
/// ```
///
/// makes `ID`, an enum `Code` with a variant per code, `Code::ALL` (every code, the
/// runner's included, in order), `From<Code> for FindingCode`, and the check's
/// [`Codes`](crate::checks::Codes). A runner reason is listed
/// where it stands in the order; the runner reports it, never the check.
#[macro_export]
macro_rules! finding_codes {
    ($id:literal for $check:ident; $($variant:ident = $($reason:literal)? $(runner $runner:ident)?),+ $(,)?) => {
        /// The check's id, the first part of its finding codes.
        pub const ID: &str = $id;

        /// Every finding code of this check, in its permanent order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Code {
            $($variant),+
        }

        impl Code {
            /// Every code of the check, in their permanent order.
            pub const ALL: &'static [$crate::code::FindingCode] =
                &[$(Code::$variant.code()),+];

            pub const fn code(self) -> $crate::code::FindingCode {
                match self {
                    $(Code::$variant => $crate::code::FindingCode::new(
                        $id,
                        $crate::finding_codes!(@reason $($reason)? $(runner $runner)?),
                    )),+
                }
            }
        }

        impl From<Code> for $crate::code::FindingCode {
            fn from(code: Code) -> $crate::code::FindingCode {
                code.code()
            }
        }

        impl PartialEq<Code> for $crate::code::FindingCode {
            fn eq(&self, other: &Code) -> bool {
                *self == other.code()
            }
        }

        impl $crate::checks::Codes for $check {
            fn id(&self) -> &'static str {
                ID
            }

            fn codes(&self) -> &'static [$crate::code::FindingCode] {
                Code::ALL
            }
        }
    };
    (@reason $reason:literal) => { $reason };
    (@reason runner $runner:ident) => { $crate::code::RunnerReason::$runner.as_str() };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_written_check_dot_reason_and_compares_with_its_text() {
        let code = FindingCode::new("tls", "dns-failed");
        assert_eq!(code.to_string(), "tls.dns-failed");
        assert_eq!(serde_json::to_value(code).unwrap(), "tls.dns-failed");
        assert!(code.is("tls.dns-failed"));
        assert!(!code.is("tls.dns"));
        assert!(!code.is("tls"));
        assert!(!code.is("certificate.dns-failed"));
    }
}
