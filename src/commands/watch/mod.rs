//! `loginsjekk --watch`: runs the checks, then keeps checking again what is not yet right for
//! the methods in scope, and ends the moment the verdict says ready (exit 0), or after
//! `--watch-for` (exit 1), with the last report. Ctrl-C ends it as any run (exit 130).
//!
//! The decisions are pure functions in the submodules; this module only runs rounds of checks
//! on threads, listens for PC/SC events and prints.

pub mod change;
pub mod draw;
pub mod schedule;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

use crate::checks::{Check, Context, NetworkOptions};
use crate::cli::Format;
use crate::commands::deliver::{report_of, Delivery};
use crate::inputs::Inputs;
use crate::methods::Scope;
use crate::output::{to_stderr, to_stdout};
use crate::probes::{card_events, smartcard};
use crate::profile::Profile;
use crate::render::ReportView;
use crate::report::{ArgValue, CheckReport, Report};
use crate::runner;
use change::Change;
use schedule::{group_of, unsettled, Group, Schedule};

/// What a watch runs, as the command line set it up.
pub struct Watch {
    pub checks: Vec<&'static dyn Check>,
    pub profile: Profile,
    pub scope: Scope,
    pub network: NetworkOptions,
    /// Each round's deadline, as for a single run.
    pub timeout: Duration,
    pub offline: bool,
    pub watch_for: Duration,
    pub offset: UtcOffset,
}

enum Message {
    /// A round of checks has reported.
    Round(Vec<CheckReport>),
    /// A card or reader came or went, or the smart card service came back.
    Cards,
}

/// How long to wait before opening the smart card service again when it is not there.
const SERVICE_RETRY: Duration = Duration::from_secs(2);

pub fn run(watch: Watch, out: Delivery) -> Result<i32, String> {
    let started = Instant::now();
    let started_at = OffsetDateTime::now_utc();
    let end = started + watch.watch_for;
    let today = started_at.to_offset(watch.offset).date();
    let os = crate::inputs::os();
    let group = |check: &&'static dyn Check| group_of(check.id(), check.uses_network());
    let addresses: Vec<String> = if watch.offline {
        Vec::new()
    } else {
        context(&watch)
            .portal_targets()
            .iter()
            .map(|t| t.url.to_string())
            .collect()
    };

    let (sender, receiver) = mpsc::channel();
    if watch.checks.iter().any(|c| group(c) == Group::Devices) {
        watch_cards(sender.clone(), Inputs::from_env().pcsc_library);
    }
    let mut schedule = Schedule::default();
    for g in &distinct(watch.checks.iter().map(group)) {
        schedule.start(*g, started, &addresses_of(*g, &addresses));
    }
    if !start_round(&watch, watch.checks.clone(), &sender) {
        return Err("cannot start the checks: no thread could be started".to_owned());
    }

    let mut screen = Screen::new(&out, watch.offset, end);
    screen.checking();
    let mut latest: Vec<Option<CheckReport>> = vec![None; watch.checks.len()];
    let mut last: Option<Report> = None;
    loop {
        let now = Instant::now();
        let wanted: Vec<Group> = match &last {
            Some(report) => distinct(
                unsettled(report)
                    .into_iter()
                    .filter_map(|id| watch.checks.iter().find(|c| c.id() == id))
                    .filter(|c| !(watch.offline && c.uses_network()))
                    .map(group),
            ),
            None => Vec::new(),
        };
        // Before the first report the watch waits for it: its round is bounded by its deadline.
        let first_due = started + watch.timeout + runner::GRACE * 2 + Duration::from_secs(1);
        if now >= end && (last.is_some() || now >= first_due) {
            break;
        }
        for g in schedule.due(now, &wanted, &addresses) {
            let checks: Vec<&'static dyn Check> = watch
                .checks
                .iter()
                .copied()
                .filter(|c| group(c) == g)
                .collect();
            schedule.start(g, now, &addresses_of(g, &addresses));
            if !start_round(&watch, checks, &sender) {
                schedule.finish(g);
            }
        }
        let wake = match &last {
            Some(_) => schedule
                .next_due(&wanted, &addresses)
                .map_or(end, |at| at.min(end)),
            None => end.max(first_due),
        };
        match receiver.recv_timeout(wake.saturating_duration_since(Instant::now())) {
            Ok(Message::Round(reports)) => {
                for report in reports {
                    if let Some(i) = watch.checks.iter().position(|c| c.id() == report.id) {
                        schedule.finish(group(&watch.checks[i]));
                        latest[i] = Some(report);
                    }
                }
                let Some(results) = latest.iter().cloned().collect::<Option<Vec<_>>>() else {
                    continue;
                };
                let report = report_of(
                    results,
                    &watch.profile,
                    &watch.scope,
                    os,
                    today,
                    started_at,
                    started.elapsed(),
                );
                let changes = change::changes(last.as_ref(), &report);
                screen.show(&report, &changes);
                let ready = report.exit_code() == 0;
                last = Some(report);
                if ready {
                    break;
                }
            }
            Ok(Message::Cards) => schedule.card_event(),
            Err(RecvTimeoutError::Timeout) => {}
            // The sender lives in this function: never.
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    let Some(report) = last else {
        return Err("the checks did not report".to_owned());
    };
    screen.finish(&report, started.elapsed());
    drop(screen);
    let code = report.exit_code();
    let compact_json = out.global.format == Format::Json && out.pending.is_none();
    if compact_json {
        // One object per line, like the change lines before it.
        let rendered = out.render(&report);
        let value: serde_json::Value =
            serde_json::from_str(&rendered).map_err(|e| format!("internal error: {e}"))?;
        to_stdout(&format!("{value}\n"))?;
    } else {
        out.deliver(&report)?;
    }
    Ok(code)
}

fn context(watch: &Watch) -> Context {
    Context::new(
        watch.profile.clone(),
        Instant::now() + watch.timeout,
        OffsetDateTime::now_utc(),
        Inputs::from_env(),
        watch.network.clone(),
    )
}

fn distinct(groups: impl Iterator<Item = Group>) -> Vec<Group> {
    let mut seen = Vec::new();
    for group in groups {
        if !seen.contains(&group) {
            seen.push(group);
        }
    }
    seen
}

fn addresses_of(group: Group, addresses: &[String]) -> Vec<String> {
    if group == Group::Portal {
        addresses.to_vec()
    } else {
        Vec::new()
    }
}

/// Runs `checks` on a thread of their own with a fresh context (a new deadline, fresh probes),
/// as one run would. False when no thread could be started.
fn start_round(watch: &Watch, checks: Vec<&'static dyn Check>, sender: &Sender<Message>) -> bool {
    let ctx = Arc::new(context(watch));
    let offline = watch.offline;
    let sender = sender.clone();
    thread::Builder::new()
        .name("watch-round".to_owned())
        .spawn(move || {
            let reports = runner::run(&checks, ctx, offline, |_| {});
            let _ = sender.send(Message::Round(reports));
        })
        .is_ok()
}

/// Follows the card readers on a thread of its own (it lives until loginsjekk ends), sending
/// [`Message::Cards`] on every event and when the smart card service comes back.
fn watch_cards(sender: Sender<Message>, library: Option<PathBuf>) {
    let _ = thread::Builder::new()
        .name("watch-cards".to_owned())
        .spawn(move || {
            let mut was_there = true;
            loop {
                if let Ok((context, _)) = smartcard::open(library.as_deref()) {
                    if !was_there && sender.send(Message::Cards).is_err() {
                        return;
                    }
                    let far = Instant::now() + Duration::from_secs(24 * 3600);
                    let watched =
                        card_events::watch(&context, far, |_| sender.send(Message::Cards).is_ok());
                    if matches!(watched, Ok(card_events::WatchEnd::Done)) {
                        return;
                    }
                }
                was_there = false;
                thread::sleep(SERVICE_RETRY);
            }
        });
}

/// Where the watch shows itself: the live report on a terminal, or appended lines.
struct Screen<'a> {
    out: &'a Delivery<'a>,
    offset: UtcOffset,
    until: String,
    /// Lines of the live report drawn so far (`None`: appending lines instead).
    live: Option<usize>,
    /// When each check's line last changed, as shown.
    changed: BTreeMap<&'static str, String>,
    last_view: Option<ReportView>,
}

impl<'a> Screen<'a> {
    fn new(out: &'a Delivery<'a>, offset: UtcOffset, end: Instant) -> Screen<'a> {
        let live = out.to_terminal() && out.global.format == Format::Text;
        let until = OffsetDateTime::now_utc() + end.saturating_duration_since(Instant::now());
        Screen {
            out,
            offset,
            until: clock(until, offset),
            live: live.then_some(0),
            changed: BTreeMap::new(),
            last_view: None,
        }
    }

    fn now(&self) -> (String, String) {
        let now = OffsetDateTime::now_utc().to_offset(self.offset);
        (
            clock(now, self.offset),
            now.format(&Rfc3339).unwrap_or_default(),
        )
    }

    fn checking(&mut self) {
        if self.live.is_some() {
            let line = self.out.locale.watch("checking", &[]);
            self.draw(&[line]);
        }
    }

    fn show(&mut self, report: &Report, changes: &[Change]) {
        let (clock, at) = self.now();
        if self.live.is_none() {
            for change in changes {
                self.append(change, &clock, &at);
            }
            return;
        }
        for change in changes {
            if let Change::Check {
                id, from: Some(_), ..
            } = change
            {
                self.changed.insert(id, clock.clone());
            }
        }
        let locale = &self.out.locale;
        self.last_view = Some(ReportView::new(report, locale));
        // Nothing new to show, or the end, whose own line [`Screen::finish`] draws.
        if changes.is_empty() || report.exit_code() == 0 {
            return;
        }
        let status = match draw::next_step(report, locale) {
            Some(step) => locale.watch(
                "status",
                &[("until", self.until.as_str().into()), ("step", step.into())],
            ),
            None => locale.watch("status-no-step", &[("until", self.until.as_str().into())]),
        };
        self.draw_view(&status);
    }

    fn append(&self, change: &Change, clock: &str, at: &str) {
        let line = match self.out.global.format {
            Format::Json => change.json(at).to_string(),
            Format::Text | Format::Junit => change.text(clock, &self.out.locale),
        };
        self.emit(&line);
    }

    /// A line appended: on stdout, or on stderr when stdout carries an XML report.
    fn emit(&self, line: &str) {
        if self.out.global.format == Format::Junit {
            to_stderr(&format!("{line}\n"));
        } else {
            let _ = to_stdout(&format!("{line}\n"));
        }
    }

    /// The last line, once the watch is over: ready, or given up.
    fn finish(&mut self, report: &Report, watched: Duration) {
        let (clock, _) = self.now();
        let locale = &self.out.locale;
        let line = if report.exit_code() == 0 {
            locale.watch("ready", &[("time", clock.as_str().into())])
        } else {
            let seconds = ArgValue::Duration(watched.as_secs_f64().round() as i64);
            locale.watch(
                "gave-up",
                &[("duration", seconds), ("time", clock.as_str().into())],
            )
        };
        match self.live {
            Some(_) => {
                self.draw_view(&line);
                let _ = to_stdout("\n");
            }
            // A JSON stream stays JSON: its last line, the report, says the same.
            None if self.out.global.format == Format::Json => {}
            None => {
                self.emit(&line);
                if self.out.pending.is_none() && self.out.global.format == Format::Text {
                    let _ = to_stdout("\n");
                }
            }
        }
    }

    fn draw_view(&mut self, status: &str) {
        let Some(view) = &self.last_view else {
            return self.draw(&[status.to_owned()]);
        };
        let look = self.out.look();
        let lines = draw::live_lines(
            view,
            &self.changed,
            status,
            look,
            &self.out.locale,
            terminal_width(),
        );
        self.draw(&lines);
    }

    fn draw(&mut self, lines: &[String]) {
        let previous = self.live.unwrap_or(0);
        let _ = to_stdout(&draw::redraw(previous, lines));
        self.live = Some(lines.len());
    }
}

/// "10:42:13" in the reader's time zone.
fn clock(at: OffsetDateTime, offset: UtcOffset) -> String {
    let local = at.to_offset(offset);
    format!(
        "{:02}:{:02}:{:02}",
        local.hour(),
        local.minute(),
        local.second()
    )
}

/// The terminal's width in columns; 80 where it cannot be asked.
#[cfg(unix)]
fn terminal_width() -> usize {
    // SAFETY: TIOCGWINSZ writes a winsize into the zeroed struct it is given, and nothing else.
    let columns = unsafe {
        let mut size: libc::winsize = std::mem::zeroed();
        if libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) == 0 {
            size.ws_col
        } else {
            0
        }
    };
    match columns {
        0 => 80,
        n => usize::from(n),
    }
}

#[cfg(not(unix))]
fn terminal_width() -> usize {
    80
}
