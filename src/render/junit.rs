//! The JUnit XML report: one testsuite, one testcase per check, in the format CI systems read.

use std::fmt::Write;

use time::macros::format_description;

use super::view::{CheckView, ReportView};
use crate::locale::Locale;
use crate::report::{Report, Status};

pub fn render(report: &Report, locale: &Locale) -> String {
    let view = ReportView::new(report, locale);
    let count = |status: Status| view.checks.iter().filter(|c| c.status == status).count();
    let tests = view.checks.len();
    let failures = count(Status::Fail);
    let skipped = count(Status::Skipped) + count(Status::Absent);
    let time = seconds(report.duration.as_millis());
    let timestamp = report
        .generated_at
        .format(format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second]"
        ))
        .unwrap_or_default();

    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<testsuites name=\"loginsjekk\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" time=\"{time}\">"
    );
    let _ = writeln!(
        xml,
        "  <testsuite name=\"loginsjekk\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\" time=\"{time}\" timestamp=\"{timestamp}\">"
    );
    let _ = writeln!(xml, "    <properties>");
    for (name, value) in [
        ("loginsjekk.version", env!("CARGO_PKG_VERSION").to_owned()),
        (
            "loginsjekk.status",
            view.status.overall().as_str().to_owned(),
        ),
        (
            "loginsjekk.verdict",
            view.verdict.verdict.status.as_str().to_owned(),
        ),
        ("loginsjekk.ready", view.verdict.verdict.ready.join(",")),
        ("loginsjekk.lang", locale.lang().code().to_owned()),
        ("loginsjekk.data_as_of", report.data_version.to_string()),
    ] {
        let _ = writeln!(
            xml,
            "      <property name=\"{name}\" value=\"{}\"/>",
            escape(&value)
        );
    }
    let _ = writeln!(xml, "    </properties>");
    for check in &view.checks {
        testcase(&mut xml, check);
    }
    xml.push_str("  </testsuite>\n</testsuites>\n");
    xml
}

fn testcase(xml: &mut String, check: &CheckView) {
    let _ = writeln!(
        xml,
        "    <testcase name=\"{}\" classname=\"loginsjekk.{}\" time=\"{}\">",
        escape(&format!("{}: {}", check.id, check.title)),
        check.id,
        seconds(u128::from(check.duration_ms))
    );
    let body = body(check);
    let element = match check.status {
        Status::Fail => Some("failure"),
        Status::Skipped | Status::Absent => Some("skipped"),
        Status::Pass | Status::Warn => None,
    };
    match element {
        Some(element) => {
            let _ = writeln!(
                xml,
                "      <{element} message=\"{}\" type=\"{}\">{}</{element}>",
                escape(&check.summary),
                escape(&check.code),
                escape(&body)
            );
        }
        // A warning still passes; its words go where CI systems show a passing test's output.
        None => {
            let _ = writeln!(xml, "      <system-out>{}</system-out>", escape(&body));
        }
    }
    xml.push_str("    </testcase>\n");
}

/// The summary, each finding and the guidance, as plain text.
fn body(check: &CheckView) -> String {
    let mut text = format!(
        "[{}] {}: {}\n",
        check.status.as_str(),
        check.code,
        check.summary
    );
    for finding in check.others() {
        let _ = writeln!(
            text,
            "[{}] {}: {}",
            finding.status.as_str(),
            finding.code,
            finding.message
        );
    }
    for step in &check.guidance {
        let _ = writeln!(text, "- {step}");
    }
    text
}

/// Seconds with three decimals, as the JUnit `time` attribute wants it.
fn seconds(millis: u128) -> String {
    format!("{}.{:03}", millis / 1000, millis % 1000)
}

/// Escapes XML's special characters and drops characters XML 1.0 cannot hold.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_illegal_characters() {
        assert_eq!(
            escape("a<b>&\"'\u{1b}[31m\n"),
            "a&lt;b&gt;&amp;&quot;&apos;\u{fffd}[31m\n"
        );
    }

    #[test]
    fn seconds_have_three_decimals() {
        assert_eq!(seconds(812), "0.812");
        assert_eq!(seconds(12_005), "12.005");
    }
}
