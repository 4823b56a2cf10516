//! The text report: numbered lines, one per check, in the style of `flutter doctor`.

use std::fmt::Write;

use colored::{ColoredString, Colorize};
use time::UtcOffset;

use super::view::{CheckView, ReportView};
use crate::locale::Locale;
use crate::report::{ArgValue, Report, Status};
use crate::report::{Readiness, VerdictStatus};
use crate::terminal::Look;

/// How much the text report shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Detail {
    /// Only the checks that need attention.
    Quiet,
    #[default]
    Normal,
    /// Every finding, and how long each check took.
    Verbose,
}

/// Everything the text renderer needs besides the report.
pub struct TextOptions<'a> {
    pub locale: &'a Locale,
    pub look: Look,
    pub detail: Detail,
    /// The reader's time zone, for the header.
    pub offset: UtcOffset,
    pub helpline: &'a str,
}

pub fn render(report: &Report, options: &TextOptions) -> String {
    let locale = options.locale;
    let view = ReportView::new(report, locale);
    let paint = Paint(options.look);
    let mut out = String::new();

    if options.detail != Detail::Quiet {
        let local = report.generated_at.to_offset(options.offset);
        let _ = writeln!(
            out,
            "{}",
            paint.bold(&locale.ui("header", &[("version", env!("CARGO_PKG_VERSION").into())]))
        );
        let clock = locale.ui(
            "time",
            &[
                ("hour", format!("{:02}", local.hour()).into()),
                ("minute", format!("{:02}", local.minute()).into()),
            ],
        );
        let _ = writeln!(
            out,
            "{}\n",
            locale.ui(
                "checked-at",
                &[
                    ("date", locale.date(local.date()).into()),
                    ("time", clock.into())
                ]
            )
        );
    }

    methods_lines(&mut out, &view, locale);

    let width = view.checks.len().to_string().len();
    let mut shown_steps: Vec<&str> = Vec::new();
    for check in &view.checks {
        let needs_attention = matches!(check.status, Status::Warn | Status::Fail);
        if options.detail == Detail::Quiet && !needs_attention {
            continue;
        }
        check_lines(&mut out, check, width, options, &paint, &mut shown_steps);
    }

    if options.detail != Detail::Quiet || view.status != Status::Pass {
        out.push('\n');
    }
    let (status, result) = closing(report, &view, locale);
    let _ = writeln!(out, "{}", paint.status(status, &result));
    if !view.support_code.is_empty() {
        let code = ArgValue::from(view.support_code.as_str());
        let _ = writeln!(out, "{}", locale.ui("support-code", &[("code", code)]));
    }
    let phone = ArgValue::from(options.helpline);
    let _ = writeln!(out, "{}", locale.ui("helpline", &[("phone", phone)]));
    options.look.shown(out)
}

/// The closing line, and the status it is painted in. It counts the problems that stop a
/// method in scope (for a smoke test of checks: every failing check).
fn closing(report: &Report, view: &ReportView, locale: &Locale) -> (Status, String) {
    let failing = if report.by_checks {
        view.checks
            .iter()
            .filter(|c| c.status == Status::Fail)
            .count()
    } else {
        report.blocking_failures().len()
    };
    let warnings = view
        .checks
        .iter()
        .filter(|c| c.status == Status::Warn)
        .count();
    let count = |n: usize| [("count", ArgValue::Number(n as i64))];
    let verdict = (!report.by_checks).then_some(report.verdict.status);
    if view.checks.is_empty() {
        (Status::Pass, locale.ui("no-checks", &[]))
    } else if failing > 0 {
        (Status::Fail, locale.ui("result-fail", &count(failing)))
    } else if verdict == Some(VerdictStatus::NotReady) {
        (Status::Fail, locale.ui("result-not-ready", &[]))
    } else if verdict == Some(VerdictStatus::NotChecked) {
        (Status::Warn, locale.ui("result-not-checked", &[]))
    } else if warnings > 0 {
        (Status::Warn, locale.ui("result-warn", &count(warnings)))
    } else {
        (Status::Pass, locale.ui("result-pass", &[]))
    }
}

/// The verdict, first: "You can log in with: …", "Not ready: … (see 4)", "Not checked: …",
/// "No longer available: …", and the ways in that need no computer when none can work here.
fn methods_lines(out: &mut String, view: &ReportView, locale: &Locale) {
    let verdict = &view.verdict;
    let mut groups: [Vec<String>; 3] = Default::default();
    for method in &verdict.methods {
        let name = method.name.clone();
        match method.readiness.status {
            Readiness::Ready => groups[0].push(name),
            Readiness::NotReady => groups[1].push(format!("{name} ({})", method.why)),
            Readiness::NotChecked => groups[2].push(format!("{name} ({})", method.why)),
            Readiness::Discontinued => {}
        }
    }
    let keys = ["methods-ready", "methods-not-ready", "methods-not-checked"];
    for (key, names) in keys.iter().zip(&groups) {
        if !names.is_empty() {
            let _ = writeln!(
                out,
                "{}",
                locale.ui(key, &[("methods", names.join(", ").into())])
            );
        }
    }
    for gone in verdict.methods.iter().filter_map(|m| m.gone.as_ref()) {
        let _ = writeln!(out, "{gone}");
    }
    if verdict.verdict.status == VerdictStatus::NotReady {
        for line in &verdict.alternatives {
            let _ = writeln!(out, "{line}");
        }
    }
    if !verdict.methods.is_empty() {
        out.push('\n');
    }
}

/// A check's line, its other findings and its steps. A check that was not run because of what
/// an earlier line says (offline, no connection) repeats none of that line's steps: the reader
/// has them already.
fn check_lines<'a>(
    out: &mut String,
    check: &'a CheckView,
    width: usize,
    options: &TextOptions,
    paint: &Paint,
    shown_steps: &mut Vec<&'a str>,
) {
    let indent = " ".repeat(width + 6);
    let symbol = options.look.mark(check.status);
    let mut line = format!(
        "{:>width$} {} {}: {}",
        check.number,
        paint.status(check.status, symbol),
        paint.bold(&check.title),
        check.summary
    );
    if options.detail == Detail::Verbose {
        let took = options
            .locale
            .ui("took", &[("ms", (check.duration_ms as i64).into())]);
        let _ = write!(line, " {}", paint.dim(&format!("({took})")));
    }
    let _ = writeln!(out, "{line}");

    let bullet = options.look.bullet();
    for finding in check.others() {
        if options.detail == Detail::Verbose || finding.status != Status::Pass {
            let _ = writeln!(out, "{indent}{bullet} {}", finding.message);
        }
    }
    if matches!(check.status, Status::Pass) && options.detail != Detail::Verbose {
        return;
    }
    let arrow = options.look.arrow();
    for step in &check.guidance {
        if check.status == Status::Skipped && shown_steps.contains(&step.as_str()) {
            continue;
        }
        let _ = writeln!(out, "{indent}{arrow} {step}");
        shown_steps.push(step);
    }
}

/// Styling through `colored`, or none. `colored` obeys the one decision [`Look::from_env`]
/// handed it; `self.0.color` keeps a report file plain whatever the terminal could show.
struct Paint(Look);

impl Paint {
    fn style(&self, text: &str, style: impl Fn(ColoredString) -> ColoredString) -> String {
        if self.0.color {
            style(text.normal()).to_string()
        } else {
            text.to_owned()
        }
    }

    fn bold(&self, text: &str) -> String {
        self.style(text, |t| t.bold())
    }

    fn dim(&self, text: &str) -> String {
        self.style(text, |t| t.dimmed())
    }

    fn status(&self, status: Status, text: &str) -> String {
        self.style(text, |t| match status {
            Status::Pass => t.green(),
            Status::Warn => t.yellow(),
            Status::Fail => t.red(),
            Status::Absent | Status::Skipped => t.dimmed(),
        })
    }
}
