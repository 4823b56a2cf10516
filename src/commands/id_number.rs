//! `loginsjekk id-number [NUMBER]`: is this a valid Norwegian national identity number? Offline:
//! the number is not stored, sent, logged or printed in full. Without NUMBER it is read from
//! standard input, so that it stays out of the shell's history.

use std::io::{BufRead, IsTerminal, Read, Write};

use serde_json::json;

use super::locale;
use crate::cli::{Format, GlobalArgs};
use crate::id_number::{age, judge, Problem};
use crate::output::to_stdout;
use crate::report::ArgValue;

/// Longer input than this is not a number; it is not read further.
const MAX_INPUT: u64 = 256;

pub fn run(number: Option<&str>, global: &GlobalArgs) -> Result<i32, String> {
    let locale = locale(global);
    let typed;
    let text = match number {
        Some(text) => text,
        None => {
            typed = read_stdin(&locale.ui("id-number-prompt", &[]))?;
            typed.as_str()
        }
    };
    let today = today();
    let judged = match judge(text) {
        Ok(judged) => judged,
        Err(Problem::Shape) => return Err("the number must have 11 digits".to_owned()),
        Err(problem) => {
            let reason = match problem {
                Problem::Date => "date",
                _ => "check-digits",
            };
            let out = match global.format {
                Format::Json => format!("{}\n", json!({"valid": false, "reason": reason})),
                _ => format!(
                    "{}\n",
                    locale.ui("id-number-invalid", &[("reason", ArgValue::from(reason))])
                ),
            };
            to_stdout(&out)?;
            return Ok(1);
        }
    };
    let years = age(judged.birth_date, today);
    let under_16 = years < 16;
    let out = match global.format {
        Format::Json => format!(
            "{}\n",
            serde_json::to_string_pretty(&json!({
                "valid": true,
                "kind": judged.kind.id(),
                "masked": judged.masked,
                "birth_date": judged.birth_date.to_string(),
                "age": years,
                "under_16": under_16,
                "commfides": judged.kind.qualifies_for_commfides(),
                "rules_2032": judged.rules_2032,
            }))
            .unwrap_or_default()
        ),
        _ => {
            let mut lines = vec![
                locale.ui(
                    "id-number-valid",
                    &[
                        ("masked", ArgValue::from(judged.masked.as_str())),
                        ("kind", ArgValue::from(judged.kind.id())),
                    ],
                ),
                locale.ui(
                    "id-number-born",
                    &[
                        ("date", ArgValue::Date(judged.birth_date)),
                        ("age", ArgValue::Number(i64::from(years))),
                    ],
                ),
            ];
            if judged.rules_2032 {
                lines.push(locale.ui("id-number-2032", &[]));
            }
            let commfides = if judged.kind.qualifies_for_commfides() {
                "yes"
            } else {
                "no"
            };
            lines.push(locale.ui("id-number-commfides", &[("ok", ArgValue::from(commfides))]));
            if under_16 {
                lines.push(locale.ui("id-number-under-16", &[]));
            }
            format!("{}\n", lines.join("\n"))
        }
    };
    to_stdout(&out)?;
    Ok(0)
}

/// Reads one line from standard input, asking for it on a terminal.
fn read_stdin(prompt: &str) -> Result<String, String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        let mut stderr = std::io::stderr();
        let _ = write!(stderr, "{prompt} ");
        let _ = stderr.flush();
    }
    let mut line = String::new();
    stdin
        .lock()
        .take(MAX_INPUT)
        .read_line(&mut line)
        .map_err(|_| "the number could not be read from standard input".to_owned())?;
    if line.trim().is_empty() {
        return Err("no number was given".to_owned());
    }
    Ok(line.trim().to_owned())
}

/// Today, or in tests the day in `LOGINSJEKK_TEST_TODAY` (YYYY-MM-DD).
fn today() -> time::Date {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    std::env::var("LOGINSJEKK_TEST_TODAY")
        .ok()
        .and_then(|text| time::Date::parse(&text, &format).ok())
        .unwrap_or_else(|| time::OffsetDateTime::now_utc().date())
}
