//! The text report: numbered lines, one per check, in the style of `flutter doctor`.

use std::fmt::Write;

use colored::{ColoredString, Colorize};
use time::UtcOffset;

use super::view::{CheckView, ReportView};
use crate::locale::Locale;
use crate::methods::{Method, Readiness};
use crate::report::{ArgValue, Report, Status};
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
        let clock = format!("{:02}:{:02}", local.hour(), local.minute());
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

    if options.detail != Detail::Quiet {
        methods_lines(&mut out, report, options.locale);
    }

    let width = view.checks.len().to_string().len();
    for check in &view.checks {
        let needs_attention = matches!(check.status, Status::Warn | Status::Fail);
        if options.detail == Detail::Quiet && !needs_attention {
            continue;
        }
        check_lines(&mut out, check, width, options, &paint);
    }

    if options.detail != Detail::Quiet || view.status != Status::Pass {
        out.push('\n');
    }
    let count = |status: Status| view.checks.iter().filter(|c| c.status == status).count() as i64;
    let result = match view.status {
        _ if view.checks.is_empty() => locale.ui("no-checks", &[]),
        Status::Fail => locale.ui("result-fail", &[("count", count(Status::Fail).into())]),
        Status::Warn => locale.ui("result-warn", &[("count", count(Status::Warn).into())]),
        _ => locale.ui("result-pass", &[]),
    };
    let _ = writeln!(out, "{}", paint.status(view.status, &result));
    if !report.support_code.is_empty() {
        let code = ArgValue::from(report.support_code.as_str());
        let _ = writeln!(out, "{}", locale.ui("support-code", &[("code", code)]));
    }
    let phone = ArgValue::from(options.helpline);
    let _ = writeln!(out, "{}", locale.ui("helpline", &[("phone", phone)]));
    out
}

/// "You can log in with: …", "Not ready: … (see 4, 5)", "No longer available: …".
fn methods_lines(out: &mut String, report: &Report, locale: &Locale) {
    let name = |method: Method| locale.ui(&format!("method-{}", method.id()), &[]);
    let line_of = |id: &str| report.checks.iter().position(|c| c.id == id).map(|i| i + 1);
    let mut ready = Vec::new();
    let mut not_ready = Vec::new();
    let mut gone = Vec::new();
    for entry in &report.methods {
        match entry.status {
            Readiness::Ready => ready.push(name(entry.method)),
            Readiness::NotReady => {
                let mut lines: Vec<usize> = entry
                    .blocked_by
                    .iter()
                    .filter_map(|id| line_of(id))
                    .collect();
                lines.sort_unstable();
                let unchecked: Vec<String> = entry
                    .blocked_by
                    .iter()
                    .filter(|id| line_of(id).is_none())
                    .map(|id| locale.check_title(id))
                    .collect();
                let mut why = Vec::new();
                if !lines.is_empty() {
                    let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
                    why.push(locale.ui(
                        "methods-see",
                        &[("lines", ArgValue::from(lines.join(", ")))],
                    ));
                }
                if !unchecked.is_empty() {
                    why.push(locale.ui(
                        "methods-not-checked",
                        &[("checks", ArgValue::from(unchecked.join(", ")))],
                    ));
                }
                not_ready.push(format!("{} ({})", name(entry.method), why.join("; ")));
            }
            Readiness::Discontinued => {
                let since = entry.since.map_or(ArgValue::from(""), ArgValue::from);
                gone.push(locale.ui(
                    &format!("method-gone-{}", entry.method.id()),
                    &[("since", since)],
                ));
            }
        }
    }
    if !ready.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            locale.ui(
                "methods-ready",
                &[("methods", ArgValue::from(ready.join(", ")))]
            )
        );
    }
    if !not_ready.is_empty() {
        let methods = ArgValue::from(not_ready.join(", "));
        let _ = writeln!(
            out,
            "{}",
            locale.ui("methods-not-ready", &[("methods", methods)])
        );
    }
    for line in gone {
        let _ = writeln!(out, "{line}");
    }
    if !report.methods.is_empty() {
        out.push('\n');
    }
}

fn check_lines(
    out: &mut String,
    check: &CheckView,
    width: usize,
    options: &TextOptions,
    paint: &Paint,
) {
    let indent = " ".repeat(width + 6);
    let symbol = symbol(check.status, options.look.unicode);
    let mut line = format!(
        "{:>width$} {} {}: {}",
        check.number,
        paint.status(check.status, symbol),
        paint.bold(&check.title),
        clean(&check.summary)
    );
    if options.detail == Detail::Verbose {
        let took = options
            .locale
            .ui("took", &[("ms", (check.duration_ms as i64).into())]);
        let _ = write!(line, " {}", paint.dim(&format!("({took})")));
    }
    let _ = writeln!(out, "{line}");

    let bullet = if options.look.unicode { "·" } else { "*" };
    for (index, finding) in check.findings.iter().enumerate() {
        if index != check.primary
            && (options.detail == Detail::Verbose || finding.status != Status::Pass)
        {
            let _ = writeln!(out, "{indent}{bullet} {}", clean(&finding.message));
        }
    }
    if matches!(check.status, Status::Pass) && options.detail != Detail::Verbose {
        return;
    }
    let arrow = if options.look.unicode { "→" } else { "->" };
    for step in &check.guidance {
        let _ = writeln!(out, "{indent}{arrow} {step}");
    }
}

fn symbol(status: Status, unicode: bool) -> &'static str {
    match (status, unicode) {
        (Status::Pass, true) => "[✓]",
        (Status::Warn, true) => "[!]",
        (Status::Fail, true) => "[✗]",
        (Status::Absent | Status::Skipped, true) => "[–]",
        (Status::Pass, false) => "[+]",
        (Status::Warn, false) => "[!]",
        (Status::Fail, false) => "[x]",
        (Status::Absent | Status::Skipped, false) => "[-]",
    }
}

/// Control characters from the outside world (a hosts file, a device name) must not steer the terminal.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
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
