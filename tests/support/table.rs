//! Tables of test cases: each case runs on a thread named for it, a few at a time (most wait on
//! the binary, not the processor), and a failing table names every case that failed. Names are
//! unique, so a failure points at one row.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use serde_json::Value;

use super::{check_of, finding_codes};

/// How many cases run at once: enough to overlap their waits, few enough for a shared machine.
const AT_ONCE: usize = 4;

/// Runs `run` on every case; panics once at the end, naming each failed case and its message.
pub fn each_case<C: Sync>(cases: &[C], name: impl Fn(&C) -> &str + Sync, run: impl Fn(&C) + Sync) {
    let mut names: Vec<&str> = cases.iter().map(&name).collect();
    names.sort_unstable();
    assert!(
        names.windows(2).all(|pair| pair[0] != pair[1]),
        "two cases share a name: {names:?}"
    );
    let next = AtomicUsize::new(0);
    let failed = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..AT_ONCE.min(cases.len()) {
            scope.spawn(|| {
                while let Some(case) = cases.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let name = name(case).to_owned();
                    let outcome = std::thread::scope(|inner| {
                        std::thread::Builder::new()
                            .name(name.clone())
                            .spawn_scoped(inner, || run(case))
                            .expect("spawn a case")
                            .join()
                    });
                    if let Err(payload) = outcome {
                        let message = payload
                            .downcast_ref::<String>()
                            .map(String::as_str)
                            .or_else(|| payload.downcast_ref::<&str>().copied())
                            .unwrap_or("(no message)")
                            .to_owned();
                        failed.lock().unwrap().push(format!("{name}: {message}"));
                    }
                }
            });
        }
    });
    let failed = failed.into_inner().unwrap();
    assert!(
        failed.is_empty(),
        "{} of {} cases failed:\n{}",
        failed.len(),
        cases.len(),
        failed.join("\n")
    );
}

/// What a JSON report must show. A path is a check's id and a JSON pointer inside that check
/// (`tls/details/portals/0/url`), or `/` and a pointer into the whole report.
#[derive(Default)]
pub struct Expected {
    exit: Option<i32>,
    equal: Vec<(&'static str, Value)>,
    contains: Vec<(&'static str, String)>,
    lacks: Vec<(&'static str, String)>,
    findings: Vec<(&'static str, &'static [&'static str])>,
}

impl Expected {
    pub fn exit(code: i32) -> Expected {
        Expected {
            exit: Some(code),
            ..Expected::default()
        }
    }

    /// Nothing about the exit code; only what is added.
    pub fn any_exit() -> Expected {
        Expected::default()
    }

    pub fn equals(mut self, path: &'static str, value: impl Into<Value>) -> Expected {
        self.equal.push((path, value.into()));
        self
    }

    /// The text at `path` (a string as it is, anything else as JSON) contains `text`.
    pub fn contains(mut self, path: &'static str, text: impl Into<String>) -> Expected {
        self.contains.push((path, text.into()));
        self
    }

    /// As [`Expected::contains`], the other way.
    pub fn lacks(mut self, path: &'static str, text: impl Into<String>) -> Expected {
        self.lacks.push((path, text.into()));
        self
    }

    /// The check's findings have exactly these codes, in this order.
    pub fn findings(mut self, check: &'static str, codes: &'static [&'static str]) -> Expected {
        self.findings.push((check, codes));
        self
    }

    pub fn assert(&self, code: i32, report: &Value) {
        if let Some(exit) = self.exit {
            assert_eq!(code, exit, "exit code; report: {report:#}");
        }
        for (path, value) in &self.equal {
            assert_eq!(at(report, path), value, "{path}");
        }
        for (path, text) in &self.contains {
            let found = text_at(report, path);
            assert!(
                found.contains(text.as_str()),
                "{path}: {text:?} not in {found}"
            );
        }
        for (path, text) in &self.lacks {
            let found = text_at(report, path);
            assert!(
                !found.contains(text.as_str()),
                "{path}: {text:?} in {found}"
            );
        }
        for (check, codes) in &self.findings {
            let check = check_of(report, check);
            assert_eq!(finding_codes(check), *codes, "{check:#}");
        }
    }
}

/// The value at `path` (see [`Expected`]); a path that leads nowhere fails the case.
pub fn at<'a>(report: &'a Value, path: &str) -> &'a Value {
    let (base, pointer) = match path.split_once('/') {
        Some(("", pointer)) => (report, pointer),
        Some((check, pointer)) => (check_of(report, check), pointer),
        None => (check_of(report, path), ""),
    };
    let pointer = if pointer.is_empty() {
        String::new()
    } else {
        format!("/{pointer}")
    };
    base.pointer(&pointer)
        .unwrap_or_else(|| panic!("nothing at {path} in {report:#}"))
}

fn text_at(report: &Value, path: &str) -> String {
    match at(report, path) {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}
