//! The watch on a terminal: the report's lines redrawn in place, each with the time it last
//! changed, and a line under them saying what to do next.

use std::collections::BTreeMap;

use crate::locale::Locale;
use crate::render::ReportView;
use crate::report::{Readiness, Report, Status};
use crate::terminal::Look;

/// The next thing to do: the first step of the guidance for what stops the first method in
/// scope that is not ready (for a smoke test of checks: the first failing check), or its
/// message when it has no steps.
pub fn next_step(report: &Report, locale: &Locale) -> Option<String> {
    let finding_of = |id: &str| report.checks.iter().find(|c| c.id == id)?.primary();
    let finding = if report.by_checks {
        report
            .checks
            .iter()
            .find(|c| c.status() == Status::Fail)
            .and_then(|c| c.primary())
    } else {
        report
            .methods
            .iter()
            .filter(|m| report.verdict.scope.contains(&m.id) && m.status != Readiness::Ready)
            .flat_map(|m| m.blocked_by.iter().chain(&m.not_checked))
            .find_map(|id| finding_of(id))
    }?;
    locale
        .guidance(finding.code)
        .into_iter()
        .next()
        .or_else(|| Some(locale.message(finding)))
}

/// The lines of the live report: one per check, marked with the time it last changed, a blank
/// line, then `status`. Each line fits in `width` columns, so that redrawing can count lines.
pub fn live_lines(
    view: &ReportView,
    changed: &BTreeMap<&'static str, String>,
    status: &str,
    look: Look,
    locale: &Locale,
    width: usize,
) -> Vec<String> {
    let number_width = view.checks.len().to_string().len();
    let mut lines: Vec<String> = view
        .checks
        .iter()
        .map(|check| {
            let head = format!(
                "{:>number_width$} {} {}: ",
                check.number,
                look.mark(check.status),
                check.title
            );
            let mark = changed
                .get(check.id)
                .map(|time| {
                    format!(
                        " ({})",
                        locale.watch("changed", &[("time", time.as_str().into())])
                    )
                })
                .unwrap_or_default();
            let room = width.saturating_sub(count(&head) + count(&mark));
            fit(
                &format!("{head}{}", fit(&check.summary, room)),
                width.saturating_sub(count(&mark)),
            ) + &mark
        })
        .collect();
    lines.push(String::new());
    lines.push(fit(status, width));
    lines
}

/// What to write to replace the `previous` lines drawn (cursor at the start of the line under
/// them) with `lines`: up, then each line cleared and written, then the rest of the screen cleared.
pub fn redraw(previous: usize, lines: &[String]) -> String {
    let mut out = String::new();
    if previous > 0 {
        out.push_str(&format!("\x1b[{previous}F"));
    }
    for line in lines {
        out.push_str("\x1b[2K");
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("\x1b[J");
    out
}

fn count(text: &str) -> usize {
    text.chars().count()
}

/// `text` cut to `width` characters, ending in "…" when cut.
fn fit(text: &str, width: usize) -> String {
    if count(text) <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    if width > 0 {
        cut.push('…');
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Lang;
    use crate::report::{CheckReport, Finding, MethodReadiness, Verdict, VerdictStatus};
    use std::time::Duration;

    fn check(id: &'static str, code: &str, status: Status) -> CheckReport {
        CheckReport {
            id,
            // The arguments of both codes used here: a message lacking one is a Fluent error.
            findings: vec![Finding::new(code, status)
                .arg("reader", "Reader 00 00")
                .arg("file", "/etc/hosts")
                .arg("line", 2)
                .arg("name", "login.idporten.no")
                .arg("address", "10.0.0.66")],
            details: serde_json::Value::Null,
            duration: Duration::ZERO,
        }
    }

    fn method(id: &str, status: Readiness, blocked_by: Vec<&'static str>) -> MethodReadiness {
        MethodReadiness {
            id: id.into(),
            status,
            blocked_by,
            not_checked: vec![],
            since: None,
        }
    }

    fn report(methods: Vec<MethodReadiness>, scope: &[&str]) -> Report {
        let checks = vec![
            check("system", "system.hosts-override", Status::Fail),
            check("card-reader", "card-reader.no-card", Status::Fail),
        ];
        let verdict = Verdict {
            status: VerdictStatus::NotReady,
            scope: scope.iter().map(|s| s.to_string()).collect(),
            ready: vec![],
        };
        Report {
            methods,
            ..Report::of(checks, verdict)
        }
    }

    #[test]
    fn the_next_step_comes_from_the_first_method_in_scope_that_is_not_ready() {
        let en = Locale::new(Lang::En);
        let methods = vec![
            method("bankid", Readiness::NotReady, vec!["system"]),
            method(
                "buypass-smartcard",
                Readiness::NotReady,
                vec!["card-reader"],
            ),
        ];
        let card = report(methods.clone(), &["buypass-smartcard"]);
        assert_eq!(
            next_step(&card, &en).unwrap(),
            en.guidance("card-reader.no-card".into())[0]
        );
        assert!(next_step(&card, &en)
            .unwrap()
            .starts_with("Insert the Buypass card"));
        let both = report(methods, &["bankid", "buypass-smartcard"]);
        assert_eq!(
            next_step(&both, &en).unwrap(),
            en.guidance("system.hosts-override".into())[0]
        );
        let nb = Locale::new(Lang::Nb);
        assert_eq!(
            next_step(&card, &nb).unwrap(),
            nb.guidance("card-reader.no-card".into())[0]
        );
        let mut smoke = report(vec![], &[]);
        smoke.by_checks = true;
        assert_eq!(
            next_step(&smoke, &en).unwrap(),
            en.guidance("system.hosts-override".into())[0]
        );
        let ready = report(
            vec![method("bankid", Readiness::Ready, vec![])],
            &["bankid"],
        );
        assert_eq!(next_step(&ready, &en), None);
    }

    #[test]
    fn lines_are_marked_when_they_changed_and_fit_the_width() {
        let en = Locale::new(Lang::En);
        let r = report(vec![], &[]);
        let view = ReportView::new(&r, &en);
        let changed = BTreeMap::from([("card-reader", "10:42:13".to_owned())]);
        let lines = live_lines(&view, &changed, "Watching", Look::for_file(false), &en, 200);
        assert_eq!(lines.len(), 4);
        assert!(lines[0].starts_with("1 [✗] "), "{}", lines[0]);
        assert!(!lines[0].contains("changed"), "{}", lines[0]);
        assert!(lines[1].ends_with(" (changed 10:42:13)"), "{}", lines[1]);
        assert!(
            lines[1].contains("No card in \"Reader 00 00\""),
            "{}",
            lines[1]
        );
        assert_eq!(lines[2], "");
        assert_eq!(lines[3], "Watching");
        let narrow = live_lines(
            &view,
            &changed,
            &"x".repeat(100),
            Look::for_file(true),
            &en,
            40,
        );
        for line in &narrow {
            assert!(line.chars().count() <= 40, "{line}");
        }
        assert!(narrow[1].ends_with("… (changed 10:42:13)"), "{}", narrow[1]);
        assert!(narrow[0].starts_with("1 [X] "), "{}", narrow[0]);
    }

    #[test]
    fn redrawing_goes_back_over_the_lines_drawn_before() {
        let lines = vec!["a".to_owned(), "b".to_owned()];
        assert_eq!(redraw(0, &lines), "\x1b[2Ka\n\x1b[2Kb\n\x1b[J");
        assert_eq!(redraw(3, &lines), "\x1b[3F\x1b[2Ka\n\x1b[2Kb\n\x1b[J");
    }

    #[test]
    fn fitting_cuts_with_an_ellipsis() {
        assert_eq!(fit("abcdef", 6), "abcdef");
        assert_eq!(fit("abcdefg", 6), "abcde…");
        assert_eq!(fit("æøåæøåæ", 3), "æø…");
        assert_eq!(fit("abc", 0), "");
    }
}
