//! Runs checks concurrently, each on its own thread, and collects what they report by the deadline.
//!
//! A check that panics is reported as `<id>.internal-error`; one still running when the
//! deadline (plus a short grace) has passed is reported as `<id>.timed-out` and left behind.
//! Either way the other checks still report.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{mpsc, Arc};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::checks::{Check, Context};
use crate::code::RunnerReason;
use crate::report::{CheckOutcome, CheckReport, Finding, Status};

/// Time a check may take past the deadline to hand in a result it has nearly finished.
pub const GRACE: Duration = Duration::from_millis(500);

/// Thread names start with this, so the panic hook can tell a crashed check from a crashed program.
const THREAD_PREFIX: &str = "check-";

type Message = (usize, Result<CheckOutcome, String>, Duration);

/// Runs `checks` and returns their reports in the same order. `on_done` sees each report as it arrives.
pub fn run(
    checks: &[&'static dyn Check],
    ctx: Arc<Context>,
    offline: bool,
    mut on_done: impl FnMut(&CheckReport),
) -> Vec<CheckReport> {
    let started = Instant::now();
    let hard_limit = ctx.deadline + GRACE;
    let (sender, receiver) = mpsc::channel::<Message>();
    let mut reports: Vec<Option<CheckReport>> = vec![None; checks.len()];

    for (index, &check) in checks.iter().enumerate() {
        if offline && check.uses_network() {
            let finding = Finding::new(RunnerReason::Offline.code(check.id()), Status::Skipped);
            let report = assemble(check, Ok(CheckOutcome::single(finding)), Duration::ZERO);
            on_done(&report);
            reports[index] = Some(report);
            continue;
        }
        let sender = sender.clone();
        let ctx = Arc::clone(&ctx);
        let spawned = thread::Builder::new()
            .name(format!("{THREAD_PREFIX}{}", check.id()))
            .spawn(move || {
                let start = Instant::now();
                let result =
                    catch_unwind(AssertUnwindSafe(|| check.run(&ctx))).map_err(panic_message);
                // The receiver is gone only when the run has given up on this check.
                let _ = sender.send((index, result, start.elapsed()));
            });
        if let Err(err) = spawned {
            let report = assemble(
                check,
                Err(format!("could not start a thread: {err}")),
                Duration::ZERO,
            );
            on_done(&report);
            reports[index] = Some(report);
        }
    }
    drop(sender);

    while reports.iter().any(Option::is_none) {
        let Some(wait) = hard_limit.checked_duration_since(Instant::now()) else {
            break;
        };
        match receiver.recv_timeout(wait) {
            Ok((index, result, duration)) => {
                let report = assemble(checks[index], result, duration);
                on_done(&report);
                reports[index] = Some(report);
            }
            Err(_) => break,
        }
    }

    let waited = started.elapsed();
    let budget = ctx.deadline.saturating_duration_since(started);
    checks
        .iter()
        .zip(reports)
        .map(|(&check, report)| {
            report.unwrap_or_else(|| {
                let finding = Finding::new(RunnerReason::TimedOut.code(check.id()), Status::Fail)
                    .arg("seconds", budget.as_secs_f64().ceil() as i64);
                let report = assemble(check, Ok(CheckOutcome::single(finding)), waited);
                on_done(&report);
                report
            })
        })
        .collect()
}

/// Turns a check's result into its report; a crash or an empty result becomes `internal-error`.
fn assemble(
    check: &dyn Check,
    result: Result<CheckOutcome, String>,
    duration: Duration,
) -> CheckReport {
    let outcome = match result {
        Ok(outcome) if !outcome.findings.is_empty() => outcome,
        Ok(_) => internal_error(check, "the check reported no findings".to_owned()),
        Err(message) => internal_error(check, message),
    };
    CheckReport {
        id: check.id(),
        findings: outcome.findings,
        details: outcome.details,
        duration,
    }
}

fn internal_error(check: &dyn Check, message: String) -> CheckOutcome {
    CheckOutcome::new(
        vec![Finding::new(
            RunnerReason::InternalError.code(check.id()),
            Status::Fail,
        )],
        json!({ "error": message }),
    )
}

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    payload_text(payload.as_ref()).unwrap_or_else(|| "the check crashed".to_owned())
}

/// The message a panic was raised with, when it was text.
fn payload_text(payload: &(dyn std::any::Any + Send)) -> Option<String> {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
}

/// Keeps a crashing check quiet (the report says it crashed) and makes any other panic one line.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let in_check = thread::current()
            .name()
            .is_some_and(|name| name.starts_with(THREAD_PREFIX));
        if !in_check {
            let location = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            let message = payload_text(info.payload()).unwrap_or_default();
            crate::output::error_line(&format!("internal error{location}: {message}"));
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Codes;
    use crate::inputs::Inputs;
    use crate::profile::Profile;
    use std::sync::Mutex;

    struct Fake {
        id: &'static str,
        network: bool,
        behaviour: fn() -> CheckOutcome,
    }

    impl Codes for Fake {
        fn id(&self) -> &'static str {
            self.id
        }
        fn codes(&self) -> &'static [crate::code::FindingCode] {
            &[]
        }
    }

    impl Check for Fake {
        fn uses_network(&self) -> bool {
            self.network
        }
        fn run(&self, _ctx: &Context) -> CheckOutcome {
            (self.behaviour)()
        }
    }

    fn ok() -> CheckOutcome {
        CheckOutcome::single(Finding::new("x.ok", Status::Pass))
    }

    fn context(timeout: Duration) -> Arc<Context> {
        Arc::new(Context::new(
            Profile::embedded(),
            Instant::now() + timeout,
            time::OffsetDateTime::now_utc(),
            Inputs::from_env(),
            Default::default(),
        ))
    }

    fn leak(fake: Fake) -> &'static dyn Check {
        Box::leak(Box::new(fake))
    }

    fn codes(reports: &[CheckReport]) -> Vec<String> {
        reports
            .iter()
            .map(|r| r.primary().unwrap().code.to_string())
            .collect()
    }

    #[test]
    fn a_panicking_check_is_an_internal_error_and_the_others_still_report() {
        let checks = [
            leak(Fake {
                id: "a",
                network: false,
                behaviour: || panic!("boom"),
            }),
            leak(Fake {
                id: "b",
                network: false,
                behaviour: ok,
            }),
        ];
        let reports = run(&checks, context(Duration::from_secs(5)), false, |_| {});
        assert_eq!(codes(&reports), ["a.internal-error", "x.ok"]);
        assert_eq!(reports[0].status(), Status::Fail);
        assert_eq!(reports[0].details["error"], "boom");
    }

    #[test]
    fn a_check_without_findings_is_an_internal_error() {
        let checks = [leak(Fake {
            id: "a",
            network: false,
            behaviour: || CheckOutcome::new(vec![], serde_json::Value::Null),
        })];
        let reports = run(&checks, context(Duration::from_secs(5)), false, |_| {});
        assert_eq!(codes(&reports), ["a.internal-error"]);
    }

    #[test]
    fn a_hanging_check_times_out_without_holding_up_the_rest() {
        let checks = [
            leak(Fake {
                id: "slow",
                network: false,
                behaviour: || {
                    thread::sleep(Duration::from_secs(30));
                    ok()
                },
            }),
            leak(Fake {
                id: "fast",
                network: false,
                behaviour: ok,
            }),
        ];
        let started = Instant::now();
        let mut seen = Vec::new();
        let reports = run(&checks, context(Duration::from_millis(200)), false, |r| {
            seen.push(r.id)
        });
        assert!(started.elapsed() < Duration::from_secs(10));
        assert_eq!(codes(&reports), ["slow.timed-out", "x.ok"]);
        assert_eq!(seen, ["fast", "slow"]);
    }

    static RENDEZVOUS: Mutex<Option<(mpsc::SyncSender<()>, mpsc::Receiver<()>)>> = Mutex::new(None);
    static RENDEZVOUS_B: Mutex<Option<(mpsc::SyncSender<()>, mpsc::Receiver<()>)>> =
        Mutex::new(None);

    /// Each side signals the other and waits for its signal: only checks running at the same time can both pass.
    fn meet(mine: &Mutex<Option<(mpsc::SyncSender<()>, mpsc::Receiver<()>)>>) -> CheckOutcome {
        let (to_other, from_other) = mine.lock().unwrap().take().unwrap();
        to_other.send(()).unwrap();
        match from_other.recv_timeout(Duration::from_secs(5)) {
            Ok(()) => ok(),
            Err(_) => CheckOutcome::single(Finding::new("x.alone", Status::Fail)),
        }
    }

    #[test]
    fn checks_run_at_the_same_time() {
        let (a_tx, b_rx) = mpsc::sync_channel(1);
        let (b_tx, a_rx) = mpsc::sync_channel(1);
        *RENDEZVOUS.lock().unwrap() = Some((a_tx, a_rx));
        *RENDEZVOUS_B.lock().unwrap() = Some((b_tx, b_rx));
        let checks = [
            leak(Fake {
                id: "a",
                network: false,
                behaviour: || meet(&RENDEZVOUS),
            }),
            leak(Fake {
                id: "b",
                network: false,
                behaviour: || meet(&RENDEZVOUS_B),
            }),
        ];
        let reports = run(&checks, context(Duration::from_secs(10)), false, |_| {});
        assert_eq!(codes(&reports), ["x.ok", "x.ok"]);
    }

    #[test]
    fn offline_skips_network_checks_only() {
        let checks = [
            leak(Fake {
                id: "net",
                network: true,
                behaviour: || panic!("must not run"),
            }),
            leak(Fake {
                id: "local",
                network: false,
                behaviour: ok,
            }),
        ];
        let reports = run(&checks, context(Duration::from_secs(5)), true, |_| {});
        assert_eq!(codes(&reports), ["net.offline", "x.ok"]);
        assert_eq!(reports[0].status(), Status::Skipped);
    }
}
