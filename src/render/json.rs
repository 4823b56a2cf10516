//! The JSON report (schema version 2, documented in docs/report-format.md).

use serde_json::json;
use time::format_description::well_known::Rfc3339;

use super::view::ReportView;
use crate::locale::Locale;
use crate::report::{millis, Report};

/// The version of the JSON layout; it changes only when a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 2;

pub fn render(report: &Report, locale: &Locale) -> String {
    let view = ReportView::new(report, locale);
    let value = json!({
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "loginsjekk", "version": env!("CARGO_PKG_VERSION")},
        "generated_at": report.generated_at.format(&Rfc3339).unwrap_or_default(),
        "duration_ms": millis(report.duration),
        "lang": locale.lang().code(),
        "data_as_of": report.data_version.to_string(),
        "status": view.status.overall(),
        "verdict": view.verdict.verdict,
        "methods": view.verdict.methods.iter().map(|m| &m.readiness).collect::<Vec<_>>(),
        "support_code": view.support_code,
        "checks": view.checks,
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}
