//! The report model: what checks found, before any words are attached.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Serialize;
use time::OffsetDateTime;

use crate::code::FindingCode;

/// The outcome of a check or of one finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Warn,
    Fail,
    /// The thing is not set up on this computer; only a problem for a user who needs it.
    Absent,
    /// Not run (`--offline`, or a check it depends on could not run).
    Skipped,
}

impl Status {
    /// Rank used to pick a check's primary finding: higher is more severe.
    pub fn severity(self) -> u8 {
        match self {
            Status::Pass => 0,
            Status::Skipped => 1,
            Status::Absent => 2,
            Status::Warn => 3,
            Status::Fail => 4,
        }
    }

    /// The status as it is written in JSON and the locale files.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Warn => "warn",
            Status::Fail => "fail",
            Status::Absent => "absent",
            Status::Skipped => "skipped",
        }
    }

    /// The status as it counts towards the overall result: absent and skipped count as pass.
    pub fn overall(self) -> Status {
        match self {
            Status::Absent | Status::Skipped => Status::Pass,
            other => other,
        }
    }
}

/// A value a finding passes to its message (numbers stay numbers so the words can agree with them).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ArgValue {
    Text(String),
    Number(i64),
    /// A calendar date, written in the reader's language (ISO 8601 in JSON).
    Date(#[serde(serialize_with = "iso_date")] time::Date),
    /// A length of time in seconds, written in words ("3 hours 12 minutes").
    Duration(i64),
}

fn iso_date<S: serde::Serializer>(date: &time::Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

impl From<time::Date> for ArgValue {
    fn from(value: time::Date) -> Self {
        ArgValue::Date(value)
    }
}

impl From<&str> for ArgValue {
    fn from(value: &str) -> Self {
        ArgValue::Text(value.to_owned())
    }
}

impl From<String> for ArgValue {
    fn from(value: String) -> Self {
        ArgValue::Text(value)
    }
}

impl From<i64> for ArgValue {
    fn from(value: i64) -> Self {
        ArgValue::Number(value)
    }
}

/// One observation judged: a stable code, its status, and the values its message needs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub code: FindingCode,
    pub status: Status,
    pub args: BTreeMap<String, ArgValue>,
}

impl Finding {
    pub fn new(code: impl Into<FindingCode>, status: Status) -> Self {
        Finding {
            code: code.into(),
            status,
            args: BTreeMap::new(),
        }
    }

    /// Adds a value for the message's placeholder `name`.
    pub fn arg(mut self, name: &str, value: impl Into<ArgValue>) -> Self {
        self.args.insert(name.to_owned(), value.into());
        self
    }
}

/// What a check returns: its findings (at least one) and check-specific details.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckOutcome {
    pub findings: Vec<Finding>,
    pub details: serde_json::Value,
}

impl CheckOutcome {
    /// `details` is what the judge saw, as the check's own `Serialize` type.
    pub fn new(findings: Vec<Finding>, details: impl Serialize) -> Self {
        CheckOutcome {
            findings,
            // Details are plain structs of strings, numbers and lists: they always serialize.
            details: serde_json::to_value(details).unwrap_or_default(),
        }
    }

    /// An outcome of a single finding with no details.
    pub fn single(finding: Finding) -> Self {
        CheckOutcome::new(vec![finding], serde_json::Map::new())
    }

    /// Each finding's code and status, for judges' tests.
    #[cfg(test)]
    pub fn codes(&self) -> Vec<(FindingCode, Status)> {
        self.findings.iter().map(|f| (f.code, f.status)).collect()
    }
}

/// One check's result in the report.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckReport {
    pub id: &'static str,
    pub findings: Vec<Finding>,
    pub details: serde_json::Value,
    pub duration: Duration,
}

impl CheckReport {
    /// The most severe finding; the first one wins a tie.
    pub fn primary(&self) -> Option<&Finding> {
        self.findings
            .iter()
            .rev()
            .max_by_key(|finding| finding.status.severity())
    }

    /// The check's status: that of its primary finding.
    pub fn status(&self) -> Status {
        self.primary()
            .map_or(Status::Fail, |finding| finding.status)
    }
}

/// Whether a method can be used on this computer now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Readiness {
    /// Every check it needs ran and shows what it needs.
    Ready,
    /// A check it needs shows that it cannot work.
    NotReady,
    /// Nothing stops it, but a check it needs did not run.
    NotChecked,
    /// The method no longer exists.
    Discontinued,
}

/// One method's readiness, and the checks that decide it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MethodReadiness {
    pub id: String,
    pub status: Readiness,
    /// Checks that ran and stop the method.
    pub blocked_by: Vec<&'static str>,
    /// Checks the method needs that did not run.
    pub not_checked: Vec<&'static str>,
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

/// The answer for the methods in scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum VerdictStatus {
    Ready,
    NotReady,
    NotChecked,
}

impl VerdictStatus {
    /// The status as JSON and JUnit write it.
    pub fn as_str(self) -> &'static str {
        match self {
            VerdictStatus::Ready => "ready",
            VerdictStatus::NotReady => "not-ready",
            VerdictStatus::NotChecked => "not-checked",
        }
    }
}

/// The run's answer: `ready` when the person can log in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub status: VerdictStatus,
    /// The methods the run is for.
    pub scope: Vec<String>,
    /// Those of them that are ready.
    pub ready: Vec<String>,
}

/// A whole run: every check that ran, in display order.
#[derive(Clone, Debug)]
pub struct Report {
    pub generated_at: OffsetDateTime,
    pub duration: Duration,
    /// The profile's `as_of` date: the version of the facts judged against.
    pub data_version: time::Date,
    pub checks: Vec<CheckReport>,
    /// Each listed login method's readiness (see [`crate::methods`]).
    pub methods: Vec<MethodReadiness>,
    /// The answer for the methods in scope.
    pub verdict: Verdict,
    /// A smoke test of checks (`--only`/`--skip` without `--method`): the exit code follows
    /// the checks, not the verdict.
    pub by_checks: bool,
    /// For each check that not every login method needs, the methods that do (see
    /// [`crate::methods::needed_for`]).
    pub needed_for: BTreeMap<&'static str, Vec<String>>,
    /// Ways in that are named, not judged, for when the verdict is not-ready (the profile's
    /// `methods.alternative`).
    pub alternatives: Vec<String>,
    /// The code the caller reads to the helpline (see [`crate::support_code`]).
    pub support_code: String,
}

impl Report {
    /// The worst check status, where absent and skipped count as pass.
    pub fn status(&self) -> Status {
        self.checks
            .iter()
            .map(|check| check.status().overall())
            .max_by_key(|status| status.severity())
            .unwrap_or(Status::Pass)
    }

    /// The process exit code: 0 when the verdict is ready (for a smoke test of checks: when
    /// no check failed), otherwise 1.
    pub fn exit_code(&self) -> i32 {
        let ok = if self.by_checks {
            self.status() != Status::Fail
        } else {
            self.verdict.status == VerdictStatus::Ready
        };
        if ok {
            0
        } else {
            1
        }
    }

    /// The checks that stop a method in scope and fail: the problems to count.
    pub fn blocking_failures(&self) -> Vec<&CheckReport> {
        self.checks
            .iter()
            .filter(|check| check.status() == Status::Fail)
            .filter(|check| {
                self.methods
                    .iter()
                    .any(|m| self.verdict.scope.contains(&m.id) && m.blocked_by.contains(&check.id))
            })
            .collect()
    }
}

/// Whole milliseconds, saturating.
pub fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
impl Report {
    /// A report of `checks` under `verdict` and nothing else (no method details, no support
    /// code), for tests of what is made from a report.
    pub(crate) fn of(checks: Vec<CheckReport>, verdict: Verdict) -> Report {
        Report {
            generated_at: OffsetDateTime::UNIX_EPOCH,
            duration: Duration::ZERO,
            data_version: time::macros::date!(2026 - 01 - 01),
            checks,
            methods: Vec::new(),
            verdict,
            by_checks: false,
            needed_for: BTreeMap::new(),
            alternatives: Vec::new(),
            support_code: String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(statuses: &[Status]) -> CheckReport {
        CheckReport {
            id: "system",
            findings: statuses
                .iter()
                .enumerate()
                .map(|(i, s)| Finding::new(format!("system.f{i}"), *s))
                .collect(),
            details: serde_json::Value::Null,
            duration: Duration::ZERO,
        }
    }

    #[test]
    fn primary_is_most_severe_and_first_on_ties() {
        let c = check(&[Status::Pass, Status::Warn, Status::Fail, Status::Fail]);
        assert_eq!(c.primary().unwrap().code, "system.f2");
        let c = check(&[Status::Pass, Status::Pass]);
        assert_eq!(c.primary().unwrap().code, "system.f0");
        assert_eq!(
            check(&[Status::Absent, Status::Skipped]).status(),
            Status::Absent
        );
    }

    #[test]
    fn overall_status_counts_absent_and_skipped_as_pass() {
        let report = |checks: Vec<CheckReport>, verdict: VerdictStatus, by_checks: bool| {
            let verdict = Verdict {
                status: verdict,
                scope: Vec::new(),
                ready: Vec::new(),
            };
            Report {
                by_checks,
                ..Report::of(checks, verdict)
            }
        };
        let r = report(
            vec![check(&[Status::Absent]), check(&[Status::Skipped])],
            VerdictStatus::Ready,
            true,
        );
        assert_eq!(r.status(), Status::Pass);
        assert_eq!(r.exit_code(), 0);
        let r = report(
            vec![check(&[Status::Warn]), check(&[Status::Absent])],
            VerdictStatus::NotChecked,
            true,
        );
        assert_eq!(r.status(), Status::Warn);
        assert_eq!(r.exit_code(), 0);
        let failing = vec![check(&[Status::Warn]), check(&[Status::Fail])];
        let r = report(failing.clone(), VerdictStatus::Ready, true);
        assert_eq!(r.status(), Status::Fail);
        assert_eq!(r.exit_code(), 1);
        // Judged by the verdict, a failing check that stops no method in scope does not matter,
        // and a method that could not be checked is not a yes.
        assert_eq!(report(failing, VerdictStatus::Ready, false).exit_code(), 0);
        for status in [VerdictStatus::NotReady, VerdictStatus::NotChecked] {
            assert_eq!(report(vec![], status, false).exit_code(), 1);
        }
    }
}
