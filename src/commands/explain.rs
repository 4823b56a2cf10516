//! `loginsjekk explain [CODE]`: what a finding code means and what to do, like `rustc --explain`.

use std::fmt::Write;

use serde_json::json;

use super::locale;
use crate::checks::registry;
use crate::cli::{Format, GlobalArgs};
use crate::code::FindingCode;
use crate::locale::{topic_ids, Locale};
use crate::output::to_stdout;
use crate::terminal::Look;

pub fn run(code: Option<&str>, global: &GlobalArgs) -> Result<i32, String> {
    let locale = locale(global);
    let codes: Vec<FindingCode> = registry::all_codes().collect();
    let text = match code {
        None => match global.format {
            Format::Json => json_text(&json!({
                "schema_version": crate::render::json::SCHEMA_VERSION,
                "lang": locale.lang().code(),
                "codes": codes.iter().map(|c| entry(&locale, *c)).collect::<Vec<_>>(),
                "topics": topic_ids().iter().filter_map(|t| topic_entry(&locale, t)).collect::<Vec<_>>(),
            })),
            Format::Text => list(&locale, &codes),
            Format::Junit => return Err(junit_refused()),
        },
        Some(wanted) if topic_ids().contains(&wanted.trim().to_ascii_lowercase().as_str()) => {
            let id = wanted.trim().to_ascii_lowercase();
            match (global.format, topic_entry(&locale, &id)) {
                (Format::Json, Some(entry)) => json_text(&entry),
                (Format::Text, Some(entry)) => topic_text(&entry),
                (Format::Junit, _) => return Err(junit_refused()),
                (_, None) => return Err(format!("no text for topic '{id}'")),
            }
        }
        Some(wanted) => {
            let wanted = wanted.trim().to_ascii_lowercase();
            let Some(code) = registry::find_code(&wanted) else {
                return Err(format!(
                    "unknown finding code or topic '{wanted}'; run 'loginsjekk explain' to list them"
                ));
            };
            match global.format {
                Format::Json => json_text(&entry(&locale, code)),
                Format::Text => one(&locale, code),
                Format::Junit => return Err(junit_refused()),
            }
        }
    };
    let text = match global.format {
        Format::Text => Look::for_stdout(global.color, global.ascii).shown(text),
        Format::Json | Format::Junit => text,
    };
    to_stdout(&text)?;
    Ok(0)
}

fn junit_refused() -> String {
    "explain prints text or json; junit is for reports".to_owned()
}

fn entry(locale: &Locale, code: FindingCode) -> serde_json::Value {
    let check = code.check();
    json!({
        "code": code,
        "check": check,
        "check_title": locale.check_title(check),
        "title": locale.code_title(code),
        "guidance": locale.guidance(code),
        "steps": locale.steps(code),
        "ask": locale.ask(code),
    })
}

fn json_text(value: &serde_json::Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

fn list(locale: &Locale, codes: &[FindingCode]) -> String {
    let codes: Vec<(String, FindingCode)> = codes.iter().map(|c| (c.to_string(), *c)).collect();
    let width = codes.iter().map(|(text, _)| text.len()).max().unwrap_or(0);
    let mut out = format!("{}\n\n", locale.ui("explain-list", &[]));
    for (text, code) in codes {
        let _ = writeln!(out, "  {text:<width$}  {}", locale.code_title(code));
    }
    let _ = writeln!(out, "\n{}\n", locale.ui("explain-topics", &[]));
    for topic in topic_ids() {
        if let Some((title, _)) = locale.topic(topic) {
            let _ = writeln!(out, "  {topic:<width$}  {title}");
        }
    }
    out
}

fn topic_entry(locale: &Locale, id: &str) -> Option<serde_json::Value> {
    let (title, body) = locale.topic(id)?;
    Some(json!({ "topic": id, "title": title, "body": body }))
}

fn topic_text(entry: &serde_json::Value) -> String {
    let mut out = format!("{}\n\n", entry["title"].as_str().unwrap_or_default());
    for line in entry["body"].as_array().into_iter().flatten() {
        let _ = writeln!(out, "{}\n", line.as_str().unwrap_or_default());
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn one(locale: &Locale, code: FindingCode) -> String {
    let check = code.check();
    let mut out = format!("{code}: {}\n", locale.code_title(code));
    let _ = writeln!(out, "({})\n", locale.check_title(check));
    let _ = writeln!(out, "{}", locale.ui("explain-what-to-do", &[]));
    for (index, step) in locale.steps(code).iter().enumerate() {
        let _ = write!(out, "  {}. {}", index + 1, step.text);
        if let Some(platforms) = &step.platforms {
            let names: Vec<String> = platforms
                .iter()
                .map(|os| locale.ui(&format!("os-{os}"), &[]))
                .collect();
            let only = locale.ui("step-for", &[("systems", names.join(", ").into())]);
            let _ = write!(out, " ({only})");
        }
        out.push('\n');
    }
    let ask = locale.ask(code);
    if !ask.is_empty() {
        let _ = writeln!(out, "\n{}", locale.ui("explain-ask", &[]));
        for line in ask {
            let _ = writeln!(out, "  - {line}");
        }
    }
    out
}
