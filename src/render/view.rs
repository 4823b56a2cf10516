//! The report with its words attached, shared by every renderer.

use serde::Serialize;

use super::method_view::{method_name, VerdictView};
use crate::locale::Locale;
use crate::report::{millis, Report, Status};

/// One finding, in words.
#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    pub code: String,
    pub status: Status,
    pub message: String,
}

/// One check, in words.
#[derive(Debug, Clone, Serialize)]
pub struct CheckView {
    /// The line number in the text report, counted from 1.
    #[serde(skip)]
    pub number: usize,
    /// The index of the primary finding in `findings`.
    #[serde(skip)]
    pub primary: usize,
    pub id: &'static str,
    pub title: String,
    pub status: Status,
    /// The primary (most severe) finding's code.
    pub code: String,
    /// The primary finding's message.
    pub summary: String,
    pub findings: Vec<FindingView>,
    /// Steps for every finding that is not a pass, the primary finding's first; first of all,
    /// when not every login method needs the check, which ones do.
    pub guidance: Vec<String>,
    /// The same findings' steps for every operating system, each with the systems it is for
    /// (`platforms`, absent for every system): JSON readers see what a caller elsewhere sees.
    pub steps: Vec<crate::locale::Step>,
    /// The login methods that need this check, when not every method does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub needed_for: Option<Vec<String>>,
    pub details: serde_json::Value,
    pub duration_ms: u64,
}

impl CheckView {
    /// Every finding but the primary one, which the check's own line already says.
    pub fn others(&self) -> impl Iterator<Item = &FindingView> {
        let primary = self.primary;
        self.findings
            .iter()
            .enumerate()
            .filter(move |(index, _)| *index != primary)
            .map(|(_, finding)| finding)
    }
}

/// The whole report, in words.
#[derive(Debug, Clone)]
pub struct ReportView {
    pub status: Status,
    pub checks: Vec<CheckView>,
    pub verdict: VerdictView,
    /// The code the caller reads to the helpline; empty when none was made.
    pub support_code: String,
}

impl ReportView {
    pub fn new(report: &Report, locale: &Locale) -> ReportView {
        let checks: Vec<CheckView> = report
            .checks
            .iter()
            .enumerate()
            .map(|(index, check)| {
                let primary = check.primary();
                let primary_index = primary
                    .and_then(|p| check.findings.iter().position(|f| std::ptr::eq(f, p)))
                    .unwrap_or(0);
                let needed_for = report.needed_for.get(check.id);
                let mut guidance: Vec<String> = Vec::new();
                if check.status() != Status::Pass {
                    guidance.extend(needed_for.map(|ids| needed_note(locale, check.id, ids)));
                }
                // What no method the run is for needs is nothing to do: a BankID user is not
                // told how to install a card reader, nor walked through updating a Java that
                // no login uses (the note says it is not needed, and `explain` has the steps).
                // A smoke test of checks asked about the check itself, and gets its steps.
                let nothing_to_do = !report.by_checks
                    && matches!(check.status(), Status::Absent | Status::Warn)
                    && needed_for
                        .is_some_and(|ids| !ids.iter().any(|id| report.verdict.scope.contains(id)));
                let mut needing_steps: Vec<_> = check
                    .findings
                    .iter()
                    .filter(|f| f.status != Status::Pass && !nothing_to_do)
                    .collect();
                needing_steps.sort_by_key(|f| std::cmp::Reverse(f.status.severity()));
                let mut steps: Vec<crate::locale::Step> = guidance
                    .iter()
                    .map(|text| crate::locale::Step {
                        text: text.clone(),
                        platforms: None,
                    })
                    .collect();
                for finding in needing_steps {
                    for step in locale.guidance(finding.code) {
                        if !guidance.contains(&step) {
                            guidance.push(step);
                        }
                    }
                    for step in locale.steps(finding.code) {
                        if !steps.iter().any(|s| s.text == step.text) {
                            steps.push(step);
                        }
                    }
                }
                CheckView {
                    number: index + 1,
                    primary: primary_index,
                    id: check.id,
                    title: locale.check_title(check.id),
                    status: check.status(),
                    code: primary.map(|f| f.code.to_string()).unwrap_or_default(),
                    summary: primary.map(|f| locale.message(f)).unwrap_or_default(),
                    findings: check
                        .findings
                        .iter()
                        .map(|f| FindingView {
                            code: f.code.to_string(),
                            status: f.status,
                            message: locale.message(f),
                        })
                        .collect(),
                    guidance,
                    steps,
                    needed_for: needed_for.cloned(),
                    details: check.details.clone(),
                    duration_ms: millis(check.duration),
                }
            })
            .collect();
        let lines: Vec<(&str, usize)> = checks.iter().map(|c| (c.id, c.number)).collect();
        ReportView {
            status: report.status(),
            verdict: VerdictView::new(report, &lines, locale),
            checks,
            support_code: report.support_code.clone(),
        }
    }
}

/// "Only needed to log in with Buypass ID on smart card." — or, for a check no method
/// needs, its own note ("Java is not needed to log in to helsenorge.no; …").
fn needed_note(locale: &Locale, check_id: &str, methods: &[String]) -> String {
    if methods.is_empty() {
        return locale
            .check_text(check_id, "not-needed")
            .unwrap_or_else(|| locale.ui("needed-by-none", &[]));
    }
    let names: Vec<String> = methods.iter().map(|id| method_name(locale, id)).collect();
    locale.ui("needed-for", &[("methods", names.join(", ").into())])
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::locale::Lang;
    use crate::report::{CheckReport, Finding, Verdict, VerdictStatus};

    /// A report for a BankID user whose Java, which no method needs, is out of date.
    fn outdated_java(by_checks: bool) -> Report {
        let java = CheckReport {
            id: "java",
            findings: vec![Finding::new("java.outdated", Status::Warn)
                .arg("version", "17.0.15")
                .arg("vendor", "Temurin")
                .arg("latest", "17.0.21.1")],
            details: serde_json::Value::Null,
            duration: Duration::ZERO,
        };
        let verdict = Verdict {
            status: VerdictStatus::Ready,
            scope: vec!["bankid".into()],
            ready: vec!["bankid".into()],
        };
        let mut report = Report::of(vec![java], verdict);
        report.needed_for.insert("java", Vec::new());
        report.by_checks = by_checks;
        report
    }

    #[test]
    fn a_warning_no_method_in_scope_needs_has_only_its_note() {
        let en = Locale::new(Lang::En);
        let for_bankid = ReportView::new(&outdated_java(false), &en);
        assert_eq!(
            for_bankid.checks[0].guidance,
            [en.check_text("java", "not-needed").unwrap()]
        );
        // Asked about Java itself (`--only java`), the steps to update it are shown.
        let smoke_test = ReportView::new(&outdated_java(true), &en);
        let steps = &smoke_test.checks[0].guidance;
        assert!(steps.len() > 1, "{steps:?}");
        assert!(steps[1..]
            .iter()
            .all(|s| en.guidance("java.outdated".into()).contains(s)));
    }
}
