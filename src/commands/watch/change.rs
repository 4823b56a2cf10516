//! What changed between two reports of a watch, as the lines appended when not on a terminal.

use serde_json::json;

use crate::locale::Locale;
use crate::report::{CheckReport, Report, Status, VerdictStatus};

/// One change: a check's status or main finding, or the verdict. `from` is `None` the first time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Check {
        id: &'static str,
        from: Option<Status>,
        to: Status,
        /// The main (most severe) finding's code.
        code: String,
        /// Every finding's code, in the check's order: the card's own finding comes first even
        /// when a note about Javafri is the main one.
        codes: Vec<String>,
    },
    Verdict {
        from: Option<VerdictStatus>,
        to: VerdictStatus,
        ready: Vec<String>,
    },
}

/// The changes from `before` (none: the first report, everything is new) to `after`: each check
/// whose status or main finding differs, in display order, then the verdict if it differs
/// (not for a smoke test of checks, where the verdict decides nothing).
pub fn changes(before: Option<&Report>, after: &Report) -> Vec<Change> {
    let mut changes: Vec<Change> = after
        .checks
        .iter()
        .filter_map(|check| {
            let old = before.and_then(|b| b.checks.iter().find(|c| c.id == check.id));
            let codes = codes_of(check);
            let same =
                old.is_some_and(|old| old.status() == check.status() && codes_of(old) == codes);
            (!same).then(|| Change::Check {
                id: check.id,
                from: old.map(|o| o.status()),
                to: check.status(),
                code: check
                    .primary()
                    .map(|f| f.code.to_string())
                    .unwrap_or_default(),
                codes,
            })
        })
        .collect();
    let old_verdict = before.map(|b| b.verdict.status);
    if !after.by_checks && old_verdict != Some(after.verdict.status) {
        changes.push(Change::Verdict {
            from: old_verdict,
            to: after.verdict.status,
            ready: after.verdict.ready.clone(),
        });
    }
    changes
}

/// A check's finding codes, each once, in order.
fn codes_of(check: &CheckReport) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for finding in &check.findings {
        let code = finding.code.to_string();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

impl Change {
    /// The check it is about (`None` for the verdict).
    pub fn check(&self) -> Option<&'static str> {
        match self {
            Change::Check { id, .. } => Some(id),
            Change::Verdict { .. } => None,
        }
    }

    /// `10:42:13 card-reader fail → pass (card-reader.buypass-card)`.
    pub fn text(&self, clock: &str, locale: &Locale) -> String {
        let time = ("time", clock.into());
        match self {
            Change::Check {
                id,
                from,
                to,
                codes,
                ..
            } => {
                let mut args = vec![
                    time,
                    ("check", (*id).into()),
                    ("to", to.as_str().into()),
                    ("code", codes.join(", ").into()),
                ];
                match from {
                    Some(from) => {
                        args.push(("from", from.as_str().into()));
                        locale.watch("change", &args)
                    }
                    None => locale.watch("first", &args),
                }
            }
            Change::Verdict { from, to, .. } => {
                let mut args = vec![time, ("to", to.as_str().into())];
                match from {
                    Some(from) => {
                        args.push(("from", from.as_str().into()));
                        locale.watch("verdict-change", &args)
                    }
                    None => locale.watch("verdict-first", &args),
                }
            }
        }
    }

    /// The same as one JSON object (docs/report-format.md, "Watching").
    pub fn json(&self, at: &str) -> serde_json::Value {
        match self {
            Change::Check {
                id,
                from,
                to,
                code,
                codes,
            } => json!({
                "event": "check",
                "at": at,
                "check": id,
                "from": from,
                "to": to,
                "code": code,
                "codes": codes,
            }),
            Change::Verdict { from, to, ready } => json!({
                "event": "verdict",
                "at": at,
                "from": from.map(VerdictStatus::as_str),
                "to": to.as_str(),
                "ready": ready,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Lang;
    use crate::report::{CheckReport, Finding, Verdict};
    use std::time::Duration;

    fn check(id: &'static str, code: &str, status: Status) -> CheckReport {
        CheckReport {
            id,
            findings: vec![Finding::new(code, status)],
            details: serde_json::Value::Null,
            duration: Duration::ZERO,
        }
    }

    fn report(checks: Vec<CheckReport>, verdict: VerdictStatus) -> Report {
        let ready = if verdict == VerdictStatus::Ready {
            vec!["buypass-smartcard".into()]
        } else {
            vec![]
        };
        let verdict = Verdict {
            status: verdict,
            scope: vec!["buypass-smartcard".into()],
            ready,
        };
        Report::of(checks, verdict)
    }

    fn empty_reader() -> Report {
        report(
            vec![
                check("tls", "tls.ok", Status::Pass),
                check("card-reader", "card-reader.no-card", Status::Fail),
            ],
            VerdictStatus::NotReady,
        )
    }

    fn card_in() -> Report {
        report(
            vec![
                check("tls", "tls.ok", Status::Pass),
                check("card-reader", "card-reader.buypass-card", Status::Pass),
            ],
            VerdictStatus::Ready,
        )
    }

    #[test]
    fn the_first_report_is_all_new() {
        let all = changes(None, &empty_reader());
        assert_eq!(all.len(), 3);
        assert_eq!(
            all[1],
            Change::Check {
                id: "card-reader",
                from: None,
                to: Status::Fail,
                code: "card-reader.no-card".into(),
                codes: vec!["card-reader.no-card".into()],
            }
        );
        let en = Locale::new(Lang::En);
        assert_eq!(
            all[1].text("10:42:01", &en),
            "10:42:01 card-reader fail (card-reader.no-card)"
        );
        assert_eq!(all[2].text("10:42:01", &en), "10:42:01 verdict not-ready");
    }

    #[test]
    fn only_what_changed_is_a_change_and_the_line_names_the_card() {
        let all = changes(Some(&empty_reader()), &card_in());
        let en = Locale::new(Lang::En);
        let lines: Vec<String> = all.iter().map(|c| c.text("10:42:13", &en)).collect();
        assert_eq!(
            lines,
            [
                "10:42:13 card-reader fail → pass (card-reader.buypass-card)",
                "10:42:13 verdict not-ready → ready"
            ]
        );
        let nb = Locale::new(Lang::Nb);
        assert_eq!(
            all[1].text("10:42:13", &nb),
            "10:42:13 svar not-ready → ready"
        );
        assert!(changes(Some(&card_in()), &card_in()).is_empty());
    }

    #[test]
    fn another_finding_with_the_same_status_is_a_change() {
        let mut no_reader = empty_reader();
        no_reader.checks[1] = check("card-reader", "card-reader.no-reader", Status::Fail);
        let all = changes(Some(&no_reader), &empty_reader());
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].check(), Some("card-reader"));
    }

    #[test]
    fn every_finding_is_named_with_the_card_first() {
        let mut with_note = card_in();
        with_note.checks[1]
            .findings
            .push(Finding::new("card-reader.javafri-unchecked", Status::Warn));
        let all = changes(Some(&empty_reader()), &with_note);
        let en = Locale::new(Lang::En);
        assert_eq!(
            all[0].text("10:42:13", &en),
            "10:42:13 card-reader fail → warn (card-reader.buypass-card, card-reader.javafri-unchecked)"
        );
        assert_eq!(all[0].json("")["code"], "card-reader.javafri-unchecked");
        // A note coming or going is a change even when the status stays.
        let mut both_warn = with_note.clone();
        both_warn.checks[1].findings.remove(1);
        both_warn.checks[1].findings[0].status = Status::Warn;
        assert_eq!(changes(Some(&with_note), &both_warn).len(), 1);
    }

    #[test]
    fn a_smoke_test_of_checks_has_no_verdict_lines() {
        let mut before = empty_reader();
        let mut after = card_in();
        before.by_checks = true;
        after.by_checks = true;
        assert!(changes(Some(&before), &after)
            .iter()
            .all(|c| c.check().is_some()));
    }

    #[test]
    fn json_lines_carry_the_same() {
        let all = changes(Some(&empty_reader()), &card_in());
        let at = "2026-12-01T10:42:13+01:00";
        assert_eq!(
            all[0].json(at),
            json!({"event": "check", "at": at, "check": "card-reader", "from": "fail",
                   "to": "pass", "code": "card-reader.buypass-card",
                   "codes": ["card-reader.buypass-card"]})
        );
        assert_eq!(
            all[1].json(at),
            json!({"event": "verdict", "at": at, "from": "not-ready", "to": "ready",
                   "ready": ["buypass-smartcard"]})
        );
        let first = changes(None, &empty_reader());
        assert_eq!(first[0].json(at)["from"], serde_json::Value::Null);
    }
}
