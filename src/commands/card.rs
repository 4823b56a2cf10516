//! `loginsjekk card [--wait SECS]`: the card readers and cards now, and, with `--wait`, each
//! card inserted or removed as it happens, for the helpline to follow a caller's steps.

use std::time::{Duration, Instant};

use serde_json::json;

use super::locale;
use crate::atr::spaced_hex;
use crate::checks::card_reader::{identify, service_problem, Code, Identity};
use crate::cli::{Format, GlobalArgs};
use crate::inputs::Inputs;
use crate::locale::Locale;
use crate::probes::card_events::{watch, CardEvent, WatchEnd};
use crate::probes::smartcard::{self, LibraryState, Reader, ServiceState};
use crate::profile::Profile;
use crate::report::{ArgValue, Finding, Status};
use crate::terminal::Look;

pub fn run(wait: Option<Duration>, timeout: Duration, global: &GlobalArgs) -> Result<i32, String> {
    let locale = locale(global);
    let profile = Profile::embedded();
    let inputs = Inputs::from_env();
    let card_list = smartcard::read_card_list(&inputs.card_lists);
    let out = Printer {
        format: global.format,
        locale: &locale,
        look: Look::for_stdout(global.color, global.ascii),
    };
    let describe = |reader: &Reader| identify(&reader.atr, &profile, card_list.as_ref());

    let library = inputs.pcsc_library.clone();
    let Some(opened) = bounded(timeout, move || {
        smartcard::open(library.as_deref()).map(|(context, _)| {
            let readers = smartcard::read_readers(&context);
            (context, readers)
        })
    }) else {
        out.silent_service(timeout);
        return Ok(1);
    };
    let (context, readers) = match opened {
        Ok(opened) => opened,
        Err((library, service)) => {
            out.problem(&library, &service);
            return Ok(1);
        }
    };
    let readers = readers.map_err(|e| format!("cannot read the card readers: {}", e.in_words()))?;
    let mut buypass_seen = readers
        .iter()
        .any(|r| r.card_present && !r.mute && describe(r).is_buypass());
    out.readers(&readers, &describe);

    let Some(wait) = wait else {
        return Ok(if buypass_seen { 0 } else { 1 });
    };
    let canceler = context.canceler();
    // Ctrl-C cancels the wait, which then ends like a timeout.
    crate::interrupt::on_ctrl_c(move || canceler.cancel());
    out.line(
        "card-waiting",
        &[(
            "seconds",
            ArgValue::Number(wait.as_secs_f64().ceil() as i64),
        )],
    );
    let answers = move || {
        let library = inputs.pcsc_library.clone();
        bounded(timeout, move || smartcard::open(library.as_deref()).is_ok()).is_some()
    };
    let end = match watch_beside(context, Instant::now() + wait, answers, |event| {
        if let CardEvent::Inserted(reader) = event {
            buypass_seen |= !reader.mute && describe(reader).is_buypass();
        }
        out.event(event, &describe);
    }) {
        Watched::Ended(end) => end.map_err(|e| format!("cannot watch the card readers: {e}"))?,
        Watched::ServiceSilent => {
            out.silent_service(timeout);
            return Ok(1);
        }
    };
    if end == WatchEnd::TimedOut {
        out.line(
            "card-timeout",
            &[(
                "seconds",
                ArgValue::Number(wait.as_secs_f64().ceil() as i64),
            )],
        );
    }
    Ok(if buypass_seen { 0 } else { 1 })
}

enum Watched {
    /// How the watch ended, or why it failed, in words.
    Ended(Result<WatchEnd, String>),
    /// The service stopped answering during the wait.
    ServiceSilent,
}

/// How often, while nothing happens, the service is asked whether it still answers.
const LIVENESS_EVERY: Duration = Duration::from_secs(1);

/// Watches on a thread of its own until the first card is inserted, handing each event to
/// `on_event` here. A status-change wait blocks without end once the service has accepted it
/// and then stops answering (pcsc-lite waits for its "stop waiting" reply with no timeout), so
/// between events this thread asks `answers` whether the service still replies to a new
/// connection, and gives up on the watch when it does not.
fn watch_beside(
    context: crate::pcsc::Context,
    deadline: Instant,
    answers: impl Fn() -> bool,
    mut on_event: impl FnMut(&CardEvent),
) -> Watched {
    let (sender, receiver) = std::sync::mpsc::channel();
    let watcher = std::thread::Builder::new()
        .name("card-watch".to_owned())
        .spawn(move || {
            let end = watch(&context, deadline, |event| {
                let _ = sender.send(Ok(event.clone()));
                !matches!(event, CardEvent::Inserted(_))
            });
            let _ = sender.send(Err(end.map_err(|e| e.in_words())));
        });
    if let Err(e) = watcher {
        return Watched::Ended(Err(crate::inputs::io_reason(&e)));
    }
    loop {
        match receiver.recv_timeout(LIVENESS_EVERY) {
            Ok(Ok(event)) => on_event(&event),
            Ok(Err(end)) => return Watched::Ended(end),
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                if !answers() {
                    return Watched::ServiceSilent;
                }
            }
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                return Watched::Ended(Ok(WatchEnd::Cancelled))
            }
        }
    }
}

/// Runs `work` on its own thread and gives up on it after `timeout`: a smart card service that
/// accepts the connection and never answers would otherwise hold the command forever.
fn bounded<T: Send + 'static>(
    timeout: Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("card-service".to_owned())
        .spawn(move || {
            let _ = sender.send(work());
        })
        .ok()?;
    receiver.recv_timeout(timeout).ok()
}

/// Prints as text lines or as one JSON object per line, flushing each so a watcher sees it at once.
struct Printer<'a> {
    format: Format,
    locale: &'a Locale,
    look: Look,
}

impl Printer<'_> {
    fn emit(&self, text: &str, json: serde_json::Value) {
        let _ = crate::output::to_stdout(&match self.format {
            Format::Json | Format::Junit => format!("{json}\n"),
            Format::Text => self.look.shown(format!("{text}\n")),
        });
    }

    fn line(&self, id: &str, args: &[(&str, ArgValue)]) {
        let event = id.trim_start_matches("card-");
        let mut json = json!({ "event": event });
        for (name, value) in args {
            json[*name] = serde_json::to_value(value).unwrap_or_default();
        }
        self.emit(&self.locale.ui(id, args), json);
    }

    fn problem(&self, library: &LibraryState, service: &ServiceState) {
        let finding = service_problem(library, service).unwrap_or_else(|| {
            Finding::new(Code::ServiceUnavailable, Status::Fail)
                .arg("error", "")
                .arg("reader_seen", "none")
        });
        let mut text = self.locale.message(&finding);
        for step in self.locale.guidance(finding.code) {
            text.push_str(&format!("\n  → {step}"));
        }
        self.emit(
            &text,
            json!({"event": "error", "code": finding.code, "library": library, "service": service}),
        );
    }

    fn silent_service(&self, timeout: Duration) {
        let seconds = timeout.as_secs_f64().ceil() as i64;
        let mut text = self.locale.ui(
            "card-service-silent",
            &[("seconds", ArgValue::Number(seconds))],
        );
        for step in self.locale.guidance(Code::ServiceUnavailable.code()) {
            text.push_str(&format!("\n  → {step}"));
        }
        self.emit(
            &text,
            json!({"event": "error", "code": Code::ServiceUnavailable.code(), "reason": "no-answer", "seconds": seconds}),
        );
    }

    fn card_words(&self, reader: &Reader, identity: &Identity) -> String {
        if reader.mute {
            return self.locale.ui("card-mute", &[]);
        }
        self.locale.ui(
            "card-kind",
            &[
                ("kind", ArgValue::from(identity.kind)),
                (
                    "name",
                    ArgValue::from(identity.name.clone().unwrap_or_default()),
                ),
                ("atr", ArgValue::from(spaced_hex(&reader.atr))),
            ],
        )
    }

    fn reader_json(
        event: Option<&str>,
        reader: &Reader,
        identity: Option<&Identity>,
    ) -> serde_json::Value {
        let mut json = serde_json::Map::new();
        if let Some(event) = event {
            json.insert("event".into(), json!(event));
        }
        let rest = json!({
            "reader": reader.name,
            "card_present": reader.card_present,
            "atr": (!reader.atr.is_empty()).then(|| spaced_hex(&reader.atr)),
            "mute": reader.mute,
            "card": identity,
        });
        json.extend(rest.as_object().cloned().unwrap_or_default());
        serde_json::Value::Object(json)
    }

    fn readers(&self, readers: &[Reader], describe: &dyn Fn(&Reader) -> Identity) {
        if readers.is_empty() {
            self.emit(
                &self.locale.ui("card-no-readers", &[]),
                json!({"event": "readers", "readers": []}),
            );
            return;
        }
        let mut text = self.locale.ui("card-readers", &[]);
        let mut list = Vec::new();
        for (index, reader) in readers.iter().enumerate() {
            let identity = reader.card_present.then(|| describe(reader));
            let state = match &identity {
                Some(identity) => self.card_words(reader, identity),
                None => self.locale.ui("card-empty", &[]),
            };
            let line = self.locale.ui(
                "card-reader-line",
                &[
                    ("number", ArgValue::Number(index as i64 + 1)),
                    ("reader", ArgValue::from(reader.name.as_str())),
                    ("state", ArgValue::from(state)),
                ],
            );
            text.push_str(&format!("\n  {line}"));
            list.push(Self::reader_json(None, reader, identity.as_ref()));
        }
        self.emit(&text, json!({"event": "readers", "readers": list}));
    }

    fn event(&self, event: &CardEvent, describe: &dyn Fn(&Reader) -> Identity) {
        let (id, reader_name, json) = match event {
            CardEvent::Inserted(reader) => {
                let identity = describe(reader);
                let words = self.card_words(reader, &identity);
                let json = Self::reader_json(Some("card-inserted"), reader, Some(&identity));
                let text = self.locale.ui(
                    "card-inserted",
                    &[
                        ("reader", ArgValue::from(reader.name.as_str())),
                        ("card", ArgValue::from(words)),
                    ],
                );
                return self.emit(&text, json);
            }
            CardEvent::Removed(name) => (
                "card-removed",
                name,
                json!({"event": "card-removed", "reader": name}),
            ),
            CardEvent::ReaderAdded(name) => (
                "card-reader-added",
                name,
                json!({"event": "reader-added", "reader": name}),
            ),
            CardEvent::ReaderRemoved(name) => (
                "card-reader-removed",
                name,
                json!({"event": "reader-removed", "reader": name}),
            ),
        };
        self.emit(
            &self
                .locale
                .ui(id, &[("reader", ArgValue::from(reader_name.as_str()))]),
            json,
        );
    }
}
