//! `loginsjekk decode CODE`: what a caller's support code says, for the helpline staff member
//! on the phone: what the caller ran loginsjekk for, on which system, every finding the code
//! carries with its meaning, what to ask the caller and the steps to go through together.

use std::fmt::Write;

use serde_json::json;

use super::locale;
use crate::cli::{Format, GlobalArgs};
use crate::code::FindingCode;
use crate::locale::Locale;
use crate::os_family::OsFamily;
use crate::output::to_stdout;
use crate::report::{ArgValue, Status};
use crate::support_code::{self, Decoded, Invalid, RunFacts};
use crate::terminal::Look;

pub fn run(code: &str, global: &GlobalArgs) -> Result<i32, String> {
    let decoded = support_code::decode(code).map_err(|err| match err {
        Invalid::Shape | Invalid::Check | Invalid::Content => {
            "this code is not valid: ask the caller to read it again, character by character"
                .to_owned()
        }
    })?;
    // The steps are those for the caller's computer, when the code says which it is.
    let locale = match &decoded.run {
        Some(facts) => locale(global).with_os(facts.os),
        None => locale(global),
    };
    let today = time::OffsetDateTime::now_utc().date();
    let data_month = support_code::month_of(decoded.data_month, decoded.month_modulus(), today);
    let text = match global.format {
        Format::Json => json_text(code, &decoded, data_month, &locale),
        // Refused before the command runs (app.rs); text is the answer if it ever gets here.
        Format::Text | Format::Junit => {
            let look = Look::for_stdout(global.color, global.ascii);
            look.shown(text(&decoded, data_month, &locale, look))
        }
    };
    to_stdout(&text)?;
    Ok(0)
}

/// The steps for one finding: what to ask, and what the caller does (never "call the
/// helpline": the reader is the helpline).
fn finding_json(locale: &Locale, code: FindingCode, status: Option<Status>) -> serde_json::Value {
    let needs_steps = status != Some(Status::Pass);
    json!({
        "code": code,
        "meaning": locale.code_title(code),
        "ask": if needs_steps { locale.ask(code) } else { Vec::new() },
        "steps": if needs_steps { locale.caller_steps(code, locale.os()) } else { Vec::new() },
    })
}

fn json_text(code: &str, decoded: &Decoded, data_month: time::Date, locale: &Locale) -> String {
    let checks: Vec<serde_json::Value> = decoded
        .checks
        .iter()
        .map(|(id, code, status)| {
            let mut entry = finding_json(locale, *code, Some(*status));
            entry["id"] = json!(id);
            entry["title"] = json!(locale.check_title(id));
            entry["status"] = json!(status);
            entry["also"] = decoded
                .secondary
                .iter()
                .filter(|(check, _)| check == id)
                .map(|(_, code)| finding_json(locale, *code, None))
                .collect();
            entry
        })
        .collect();
    let run = decoded.run.as_ref();
    let value = json!({
        "support_code": code.trim(),
        "format": decoded.format,
        "data_month": format!("{}-{:02}", data_month.year(), data_month.month() as u8),
        "minor_version": run.map(|r| r.minor_version),
        "os": run.map(|r| r.os.id()),
        "methods": run.map(|r| &r.methods),
        "methods_chosen": run.map(|r| r.chosen),
        "by_checks": run.map(|r| r.by_checks),
        "lang": locale.lang().code(),
        "checks": checks,
    });
    format!(
        "{}\n",
        serde_json::to_string_pretty(&value).unwrap_or_default()
    )
}

fn text(decoded: &Decoded, data_month: time::Date, locale: &Locale, look: Look) -> String {
    let month = locale.ui(&format!("month-{}", data_month.month() as u8), &[]);
    let mut out = locale.ui(
        "decode-header",
        &[
            ("month", ArgValue::from(month)),
            ("year", ArgValue::Number(i64::from(data_month.year()))),
        ],
    );
    out.push('\n');
    match &decoded.run {
        Some(facts) => run_lines(&mut out, facts, locale),
        None => {
            let _ = writeln!(out, "{}", locale.ui("decode-format-1", &[]));
        }
    }
    out.push('\n');
    for (number, (id, code, status)) in decoded.checks.iter().enumerate() {
        let mark = look.mark(*status);
        let _ = writeln!(
            out,
            "{} {mark} {}: {} ({code})",
            number + 1,
            locale.check_title(id),
            locale.code_title(*code)
        );
        let behind: Vec<FindingCode> = decoded
            .secondary
            .iter()
            .filter(|(check, _)| check == id)
            .map(|(_, code)| *code)
            .collect();
        for code in &behind {
            let meaning = locale.code_title(*code);
            let args = [
                ("meaning", meaning.into()),
                ("code", code.to_string().into()),
            ];
            let _ = writeln!(out, "      + {}", locale.ui("decode-also", &args));
        }
        let mut steps_for = behind.clone();
        if *status != Status::Pass {
            steps_for.insert(0, *code);
        }
        steps_lines(&mut out, &steps_for, locale, look);
    }
    if decoded.checks.is_empty() {
        let _ = writeln!(out, "{}", locale.ui("no-checks", &[]));
    }
    out
}

/// What the caller ran loginsjekk for, on which system, with which version.
fn run_lines(out: &mut String, facts: &RunFacts, locale: &Locale) {
    let names: Vec<String> = facts
        .methods
        .iter()
        .map(|id| crate::render::method_view::method_name(locale, id))
        .collect();
    let line = if facts.by_checks {
        locale.ui("decode-by-checks", &[])
    } else {
        let chosen = if facts.chosen { "yes" } else { "no" };
        locale.ui(
            "decode-methods",
            &[
                ("chosen", chosen.into()),
                ("methods", names.join(", ").into()),
            ],
        )
    };
    let _ = writeln!(out, "{line}");
    let os = locale.ui(&format!("os-{}", facts.os.id()), &[]);
    let _ = writeln!(out, "{}", locale.ui("decode-os", &[("os", os.into())]));
    let ours = env!("CARGO_PKG_VERSION_MINOR")
        .parse::<i64>()
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{}",
        locale.ui(
            "decode-version",
            &[
                ("minor", i64::from(facts.minor_version).into()),
                ("ours", ours.into())
            ]
        )
    );
    if facts.os == OsFamily::Other {
        let _ = writeln!(out, "{}", locale.ui("decode-other-os", &[]));
    }
}

/// "Ask the caller" and the steps to go through, each once, for the codes given.
fn steps_lines(out: &mut String, codes: &[FindingCode], locale: &Locale, look: Look) {
    let mut ask: Vec<String> = Vec::new();
    let mut steps: Vec<String> = Vec::new();
    for &code in codes {
        for line in locale.ask(code) {
            if !ask.contains(&line) {
                ask.push(line);
            }
        }
        for line in locale.caller_steps(code, locale.os()) {
            if !steps.contains(&line) {
                steps.push(line);
            }
        }
    }
    if !ask.is_empty() {
        let _ = writeln!(out, "      {}", locale.ui("decode-ask", &[]));
        for line in ask {
            let _ = writeln!(out, "        ? {line}");
        }
    }
    if !steps.is_empty() {
        let _ = writeln!(out, "      {}", locale.ui("decode-steps", &[]));
        for line in steps {
            let _ = writeln!(out, "        {} {line}", look.arrow());
        }
    }
}
