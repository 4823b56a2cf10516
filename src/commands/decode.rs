//! `loginsjekk decode CODE`: what a caller's support code says, for the helpline, with the
//! guidance to read to the caller.

use std::fmt::Write;

use serde_json::json;

use super::locale;
use crate::cli::{Format, GlobalArgs};
use crate::output::to_stdout;
use crate::report::{ArgValue, Status};
use crate::support_code::{self, Invalid};
use crate::terminal::Look;

pub fn run(code: &str, global: &GlobalArgs) -> Result<i32, String> {
    let locale = locale(global);
    let decoded = support_code::decode(code).map_err(|err| match err {
        Invalid::Shape | Invalid::Check | Invalid::Content => {
            "this code is not valid: ask the caller to read it again, character by character"
                .to_owned()
        }
    })?;
    let today = time::OffsetDateTime::now_utc().date();
    let data_month = support_code::month_of(decoded.data_month, today);
    let text = match global.format {
        Format::Json => {
            let checks: Vec<serde_json::Value> = decoded
                .checks
                .iter()
                .map(|(id, code, status)| {
                    json!({
                        "id": id,
                        "title": locale.check_title(id),
                        "status": status,
                        "code": code,
                        "meaning": locale.code_title(code),
                        "guidance": if *status == Status::Pass { Vec::new() } else { locale.guidance(code) },
                    })
                })
                .collect();
            let value = json!({
                "support_code": code.trim(),
                "data_month": format!("{}-{:02}", data_month.year(), data_month.month() as u8),
                "lang": locale.lang().code(),
                "checks": checks,
            });
            format!(
                "{}\n",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            )
        }
        Format::Text | Format::Junit => {
            let look = Look::for_stdout(global);
            let month = locale.ui(&format!("month-{}", data_month.month() as u8), &[]);
            let mut out = locale.ui(
                "decode-header",
                &[
                    ("month", ArgValue::from(month)),
                    ("year", ArgValue::Number(i64::from(data_month.year()))),
                ],
            );
            out.push_str("\n\n");
            for (number, (id, code, status)) in decoded.checks.iter().enumerate() {
                let mark = look.mark(*status);
                let _ = writeln!(
                    out,
                    "{} {mark} {}: {} ({code})",
                    number + 1,
                    locale.check_title(id),
                    locale.code_title(code)
                );
                if *status != Status::Pass {
                    for step in locale.guidance(code) {
                        let _ = writeln!(out, "      {} {step}", look.arrow());
                    }
                }
            }
            if decoded.checks.is_empty() {
                let _ = writeln!(out, "{}", locale.ui("no-checks", &[]));
            }
            look.shown(out)
        }
    };
    to_stdout(&text)?;
    Ok(0)
}
