//! What a run of the checks comes to, and where it goes: the report (verdict and support code
//! included) built from the checks' results, and its delivery in the format asked for, to
//! stdout or to the `--output` file. Shared by a single run and by `--watch`.

use std::io::IsTerminal;
use std::time::Duration;

use time::{OffsetDateTime, UtcOffset};

use crate::cli::{Format, GlobalArgs};
use crate::locale::Locale;
use crate::methods::{self, Scope};
use crate::output::{to_stdout, PendingFile};
use crate::profile::Profile;
use crate::redact;
use crate::render::text::{Detail, TextOptions};
use crate::render::{json, junit, text};
use crate::report::{CheckReport, Report};
use crate::support_code;
use crate::terminal::Look;

/// The report of a run: the checks' results fitted to the scope, the verdict and the support code.
pub fn report_of(
    mut results: Vec<CheckReport>,
    profile: &Profile,
    scope: &Scope,
    os: crate::os_family::OsFamily,
    today: time::Date,
    started_at: OffsetDateTime,
    duration: Duration,
) -> Report {
    let (method_facts, data_version) = (&profile.methods, profile.as_of.0);
    methods::fit_to_scope(&mut results, method_facts, scope);
    methods::mark_verified(&mut results);
    let (readiness, verdict) = methods::judge(&results, method_facts, scope, today);
    Report {
        generated_at: started_at,
        duration,
        data_version,
        methods: readiness,
        verdict,
        by_checks: scope.by_checks,
        needed_for: methods::needed_for(&results, method_facts, today),
        alternatives: method_facts
            .alternative
            .iter()
            .map(|a| a.id.0.clone())
            .collect(),
        support_code: support_code::encode(&support_code::Run {
            checks: &results,
            data_version,
            os,
            methods: &scope.methods,
            chosen: scope.chosen,
            by_checks: scope.by_checks,
        }),
        checks: results,
    }
}

/// Where and how the report goes: the format and language asked for, to stdout or `--output`.
pub struct Delivery<'a> {
    pub global: &'a GlobalArgs,
    pub locale: Locale,
    pub offset: UtcOffset,
    pub helpline: String,
    pub pending: Option<PendingFile>,
}

impl Delivery<'_> {
    /// True when the report goes to a terminal (not a file, not a pipe).
    pub fn to_terminal(&self) -> bool {
        self.pending.is_none() && std::io::stdout().is_terminal()
    }

    /// Colour and symbols: a file is plain, a terminal shows what it can.
    pub fn look(&self) -> Look {
        match self.pending {
            Some(_) => Look::for_file(self.global.ascii),
            None => Look::from_env(self.global.color, self.global.ascii, self.to_terminal()),
        }
    }

    /// The report in the format asked for.
    pub fn render(&self, report: &Report) -> String {
        let global = self.global;
        match global.format {
            Format::Json => json::render(report, &self.locale),
            Format::Junit => junit::render(report, &self.locale),
            Format::Text => text::render(
                report,
                &TextOptions {
                    locale: &self.locale,
                    look: self.look(),
                    detail: match (global.quiet, global.verbose) {
                        (true, _) => Detail::Quiet,
                        (_, true) => Detail::Verbose,
                        _ => Detail::Normal,
                    },
                    offset: self.offset,
                    helpline: &self.helpline,
                },
            ),
        }
    }

    /// Prints the report, or writes it to the `--output` file.
    pub fn deliver(self, report: &Report) -> Result<(), String> {
        let rendered = self.render(report);
        match self.pending {
            // A file is for sharing with support: no user, computer or home folder in it.
            Some(file) => {
                let header = match self.global.format {
                    Format::Text => format!("{}\n\n", self.locale.ui("shareable-header", &[])),
                    Format::Json | Format::Junit => String::new(),
                };
                let shared =
                    redact::Identity::of_this_computer().scrub(&format!("{header}{rendered}"));
                let path = file.path().display().to_string();
                file.commit(shared.as_bytes())?;
                // The one thing left on the screen: where the report went, the answer, the code.
                let outcome = if report.by_checks {
                    if report.exit_code() == 0 {
                        "checks-pass"
                    } else {
                        "checks-fail"
                    }
                } else {
                    report.verdict.status.as_str()
                };
                let line = self.locale.ui(
                    "output-written",
                    &[
                        ("path", path.into()),
                        ("outcome", outcome.into()),
                        ("methods", ready_names(report, &self.locale).into()),
                        ("code", report.support_code.as_str().into()),
                    ],
                );
                crate::output::to_stderr(&format!("{line}\n"));
                Ok(())
            }
            None => to_stdout(&rendered),
        }
    }
}

/// The methods that are ready, by name: "BankID, Buypass ID in mobile".
fn ready_names(report: &Report, locale: &Locale) -> String {
    report
        .verdict
        .ready
        .iter()
        .map(|id| crate::render::method_view::method_name(locale, id))
        .collect::<Vec<_>>()
        .join(", ")
}
