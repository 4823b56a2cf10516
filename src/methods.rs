//! The verdict: can this person log in, with the methods they use, on this computer today?
//!
//! Pure functions from the checks' findings and the profile's methods (see
//! docs/report-format.md, "The verdict"); nothing here knows a method by name.

use std::collections::BTreeMap;

use crate::checks::registry;
use crate::code::{FindingCode, RunnerReason};
use crate::profile::{MethodFacts, Methods, Need};
use crate::report::{CheckReport, MethodReadiness, Readiness, Status, Verdict, VerdictStatus};

/// What a run is for: the methods asked about, or how to judge without them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// The methods in scope, in the profile's order.
    pub methods: Vec<String>,
    /// The person named them with `--method`: every one must be ready, and what they need
    /// but is absent is a failure.
    pub chosen: bool,
    /// `--only` or `--skip` without `--method`: a smoke test of checks, whose statuses and
    /// exit code stay as observed.
    pub by_checks: bool,
}

impl Scope {
    /// The scope of a run: `chosen` method ids (validated against the profile), or else every
    /// method that has not been switched off by `today`.
    pub fn new(
        methods: &Methods,
        chosen: &[String],
        selects_checks: bool,
        today: time::Date,
    ) -> Result<Scope, String> {
        for id in chosen {
            if methods.get(id).is_none() {
                let known: Vec<&str> = methods.method.iter().map(|m| m.id.as_str()).collect();
                return Err(format!(
                    "unknown login method '{id}' (known methods: {})",
                    known.join(", ")
                ));
            }
        }
        let in_scope = |method: &&MethodFacts| {
            if chosen.is_empty() {
                !discontinued(method, today)
            } else {
                chosen.iter().any(|id| id == method.id.as_str())
            }
        };
        Ok(Scope {
            methods: methods
                .method
                .iter()
                .filter(in_scope)
                .map(|m| m.id.0.clone())
                .collect(),
            chosen: !chosen.is_empty(),
            by_checks: chosen.is_empty() && selects_checks,
        })
    }

    /// The methods the report lists: those in scope, and without `--method` the switched-off
    /// ones too, so that the report can say what replaced them.
    fn listed<'a>(&self, methods: &'a Methods) -> Vec<&'a MethodFacts> {
        methods
            .method
            .iter()
            .filter(|m| !self.chosen || self.methods.contains(&m.id.0))
            .collect()
    }
}

fn discontinued(method: &MethodFacts, today: time::Date) -> bool {
    method
        .discontinued_since
        .is_some_and(|since| since.0 <= today)
}

/// For each check that not every method still in use depends on, the methods that do
/// (none, for Java today): what the report's "Only needed for …" says.
pub fn needed_for(
    checks: &[CheckReport],
    methods: &Methods,
    today: time::Date,
) -> BTreeMap<&'static str, Vec<String>> {
    let current: Vec<&MethodFacts> = methods
        .method
        .iter()
        .filter(|m| !discontinued(m, today))
        .collect();
    checks
        .iter()
        .filter_map(|check| {
            let needing: Vec<String> = current
                .iter()
                .filter(|m| depends_on(methods, m, check.id))
                .map(|m| m.id.0.clone())
                .collect();
            (needing.len() < current.len()).then_some((check.id, needing))
        })
        .collect()
}

/// Makes the checks' statuses answer for the scope: a check no method in scope depends on is
/// never a failure (it becomes `absent`); with `--method`, what a chosen method needs present
/// but is absent is a failure. A smoke test of checks keeps what was observed.
pub fn fit_to_scope(checks: &mut [CheckReport], methods: &Methods, scope: &Scope) {
    if scope.by_checks {
        return;
    }
    let in_scope: Vec<&MethodFacts> = scope
        .methods
        .iter()
        .filter_map(|id| methods.get(id))
        .collect();
    for check in checks {
        let depends = in_scope.iter().any(|m| depends_on(methods, m, check.id));
        let must_be_there = scope.chosen
            && in_scope.iter().any(|m| {
                needs_of(methods, m).iter().any(|(id, need)| {
                    *id == check.id && matches!(need, Need::Passing | Need::Present)
                })
            });
        for finding in &mut check.findings {
            finding.status = match finding.status {
                Status::Fail if !depends => Status::Absent,
                Status::Absent if must_be_there => Status::Fail,
                other => other,
            };
        }
    }
}

/// Each listed method's readiness, and the verdict for the scope.
pub fn judge(
    checks: &[CheckReport],
    methods: &Methods,
    scope: &Scope,
    today: time::Date,
) -> (Vec<MethodReadiness>, Verdict) {
    let readiness: Vec<MethodReadiness> = scope
        .listed(methods)
        .into_iter()
        .map(|method| readiness(checks, methods, method, today))
        .collect();
    let in_scope: Vec<&MethodReadiness> = readiness
        .iter()
        .filter(|r| scope.methods.contains(&r.id))
        .collect();
    let ready: Vec<String> = in_scope
        .iter()
        .filter(|r| r.status == Readiness::Ready)
        .map(|r| r.id.clone())
        .collect();
    let any = |status: Readiness| in_scope.iter().any(|r| r.status == status);
    // With --method every named method must work; without, one is enough, and while one
    // could still work the answer is "not checked" rather than "no".
    let status = if scope.chosen {
        if !in_scope.is_empty() && ready.len() == in_scope.len() {
            VerdictStatus::Ready
        } else if any(Readiness::NotReady) || any(Readiness::Discontinued) {
            VerdictStatus::NotReady
        } else {
            VerdictStatus::NotChecked
        }
    } else if !ready.is_empty() {
        VerdictStatus::Ready
    } else if any(Readiness::NotChecked) {
        VerdictStatus::NotChecked
    } else {
        VerdictStatus::NotReady
    };
    let verdict = Verdict {
        status,
        scope: scope.methods.clone(),
        ready,
    };
    (readiness, verdict)
}

fn readiness(
    checks: &[CheckReport],
    methods: &Methods,
    method: &MethodFacts,
    today: time::Date,
) -> MethodReadiness {
    let mut entry = MethodReadiness {
        id: method.id.0.clone(),
        status: Readiness::Discontinued,
        blocked_by: Vec::new(),
        not_checked: Vec::new(),
        since: None,
    };
    if discontinued(method, today) {
        entry.since = method.discontinued_since.map(|d| d.0);
        return entry;
    }
    let ran = |id: &str| checks.iter().find(|c| c.id == id).filter(|c| ran(c));
    let note = |list: &mut Vec<&'static str>, id: &'static str| {
        if !list.contains(&id) {
            list.push(id);
        }
    };
    for (id, need) in needs_of(methods, method) {
        match ran(id) {
            None => note(&mut entry.not_checked, id),
            Some(check) if !shows(check.status(), need) => note(&mut entry.blocked_by, id),
            Some(_) => {}
        }
    }
    for code in blocking(methods) {
        let id = code.check();
        match ran(id) {
            None => note(&mut entry.not_checked, id),
            Some(check)
                if check
                    .findings
                    .iter()
                    .any(|f| f.code == code && f.status != Status::Pass) =>
            {
                note(&mut entry.blocked_by, id)
            }
            Some(_) => {}
        }
    }
    entry
        .not_checked
        .retain(|id| !entry.blocked_by.contains(id));
    entry.status = if !entry.blocked_by.is_empty() {
        Readiness::NotReady
    } else if !entry.not_checked.is_empty() {
        Readiness::NotChecked
    } else {
        Readiness::Ready
    };
    entry
}

/// Every check `method` needs and what it must show, in display order: what every method
/// needs, with the method's own needs added (a method's own level wins).
pub fn needs_of(methods: &Methods, method: &MethodFacts) -> Vec<(&'static str, Need)> {
    registry::ids()
        .into_iter()
        .filter_map(|id| {
            let need = method
                .needs
                .get(id)
                .or_else(|| methods.every.needs.get(id))?;
            Some((id, *need))
        })
        .collect()
}

/// True when `method` cannot be judged without check `id`: it needs it, or a blocking finding
/// comes from it.
pub fn depends_on(methods: &Methods, method: &MethodFacts, id: &str) -> bool {
    needs_of(methods, method)
        .iter()
        .any(|(needed, _)| *needed == id)
        || blocking(methods).any(|code| code.check() == id)
}

/// The findings that stop every method ([`check_profile`] has made sure each names a code).
fn blocking(methods: &Methods) -> impl Iterator<Item = FindingCode> + '_ {
    methods
        .every
        .blocking
        .iter()
        .filter_map(|code| registry::find_code(code))
}

/// The profile's methods may name only checks and finding codes that exist. The profile
/// itself checks the tables' shape; what exists is known here, above the checks.
pub fn check_profile(methods: &Methods) -> Result<(), String> {
    let ids = registry::ids();
    let tables = std::iter::once(("methods.every.needs".to_owned(), &methods.every.needs)).chain(
        methods
            .method
            .iter()
            .enumerate()
            .map(|(i, m)| (format!("methods.method[{i}].needs"), &m.needs)),
    );
    for (key, needs) in tables {
        if let Some(id) = needs.keys().find(|id| !ids.contains(&id.as_str())) {
            return Err(format!(
                "key `{key}`: unknown check '{id}' (known checks: {})",
                ids.join(", ")
            ));
        }
    }
    for (i, code) in methods.every.blocking.iter().enumerate() {
        if registry::find_code(code).is_none() {
            return Err(format!(
                "key `methods.every.blocking[{i}]`: unknown finding code '{code}' (see 'loginsjekk explain')"
            ));
        }
    }
    Ok(())
}

/// A check ran when it was neither skipped nor cut short by the runner (crashed, timed out).
fn ran(check: &CheckReport) -> bool {
    let cut_short = check.primary().is_some_and(|finding| {
        matches!(
            finding.code.runner_reason(),
            Some(RunnerReason::InternalError | RunnerReason::TimedOut)
        )
    });
    check.status() != Status::Skipped && !cut_short
}

fn shows(status: Status, need: Need) -> bool {
    match need {
        Need::Passing => status == Status::Pass,
        Need::Present => !matches!(status, Status::Fail | Status::Absent | Status::Skipped),
        Need::NotFailing => !matches!(status, Status::Fail | Status::Skipped),
    }
}

/// "Secure" is earned by the certificate: the tls check's finding says whether the
/// certificate check passed, so that its words can say "secure" or only "encrypted".
pub fn mark_verified(checks: &mut [CheckReport]) {
    use crate::checks::{certificate, tls};
    let verified = checks
        .iter()
        .find(|c| c.id == certificate::ID)
        .is_some_and(|c| c.status() == Status::Pass);
    for check in checks.iter_mut().filter(|c| c.id == tls::ID) {
        for finding in &mut check.findings {
            finding.args.insert(
                "verified".to_owned(),
                if verified { "yes" } else { "no" }.into(),
            );
        }
    }
}

#[cfg(test)]
mod tests;
