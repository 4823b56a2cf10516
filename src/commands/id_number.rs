//! `loginsjekk id-number [NUMBER]`: is this a valid Norwegian national identity number? Offline:
//! the number is not stored, sent, logged or printed in full. Without NUMBER it is read from
//! standard input, so that it stays out of the shell's history. The day the check-digit rules
//! for new numbers apply comes from the profile (`--profile`, as for `check`).

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::Path;

use serde_json::json;

use super::locale;
use crate::cli::{Format, GlobalArgs};
use crate::id_number::{age, judge, Context, Kind, Problem};
use crate::output::to_stdout;
use crate::profile::Profile;
use crate::report::ArgValue;
use crate::terminal::Look;

/// Longer input than this is not a number; it is not read further.
const MAX_INPUT: u64 = 256;

pub fn run(
    number: Option<&str>,
    profile: Option<&Path>,
    global: &GlobalArgs,
    offset: time::UtcOffset,
) -> Result<i32, String> {
    let locale = locale(global);
    // Before the number is asked for, so that a bad profile is not found out after typing it.
    let profile = match profile {
        Some(path) => Profile::load(path).map_err(|e| e.to_string())?,
        None => Profile::embedded(),
    };
    let typed;
    let text = match number {
        Some(text) => text,
        None => {
            typed = read_stdin(&locale.ui("id-number-prompt", &[]))?;
            typed.as_str()
        }
    };
    // Today where the user is: just after midnight in Norway the UTC date is still yesterday's,
    // and a child born today would seem to be born in the future.
    let today = time::OffsetDateTime::now_utc().to_offset(offset).date();
    let rules_2032_from = profile.id_number.rules_2032_from.0;
    let context = Context {
        today,
        rules_2032_from,
    };
    let judged = match judge(text, &context) {
        Ok(judged) => judged,
        Err(Problem::Shape) => return Err("the number must have 11 digits".to_owned()),
        Err(problem) => {
            let reason = problem.id();
            let out = match global.format {
                Format::Json => format!("{}\n", json!({"valid": false, "reason": reason})),
                _ => format!(
                    "{}\n",
                    locale.ui(
                        "id-number-invalid",
                        &[
                            ("reason", ArgValue::from(reason)),
                            ("from", ArgValue::Date(rules_2032_from)),
                        ],
                    )
                ),
            };
            to_stdout(&shown(out, global))?;
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
            if judged.kind == Kind::Synthetic {
                // Whether it works with Commfides or at 16 means nothing for a test number.
                lines.push(locale.ui("id-number-synthetic", &[]));
            } else {
                let commfides = if judged.kind.qualifies_for_commfides() {
                    "yes"
                } else {
                    "no"
                };
                lines.push(locale.ui("id-number-commfides", &[("ok", ArgValue::from(commfides))]));
                if under_16 {
                    lines.push(locale.ui("id-number-under-16", &[]));
                }
            }
            format!("{}\n", lines.join("\n"))
        }
    };
    to_stdout(&shown(out, global))?;
    Ok(0)
}

/// Reads one line from standard input, asking for it on a terminal.
/// Text as the screen can show it; JSON as it is.
fn shown(out: String, global: &GlobalArgs) -> String {
    match global.format {
        Format::Json => out,
        Format::Text | Format::Junit => Look::for_stdout(global.color, global.ascii).shown(out),
    }
}

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
