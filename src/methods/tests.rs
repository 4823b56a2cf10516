use super::*;
use crate::profile::Profile;
use crate::report::Finding;
use std::time::Duration;
use time::macros::date;

const TODAY: time::Date = date!(2026 - 12 - 01);

fn check(id: &'static str, code: &str, status: Status) -> CheckReport {
    CheckReport {
        id,
        findings: vec![Finding::new(format!("{id}.{code}"), status)],
        details: serde_json::Value::Null,
        duration: Duration::ZERO,
    }
}

/// A home computer: the portal in order, no card reader, an outdated Java, no stick.
fn home() -> Vec<CheckReport> {
    vec![
        check("tls", "ok", Status::Pass),
        check("certificate", "ok", Status::Pass),
        check("clock", "ok", Status::Pass),
        check("card-reader", "not-set-up", Status::Absent),
        check("java", "outdated", Status::Warn),
        check("usb-token", "not-found", Status::Absent),
        check("system", "ok", Status::Pass),
    ]
}

fn set(checks: &mut [CheckReport], replacement: CheckReport) {
    let slot = checks.iter_mut().find(|c| c.id == replacement.id).unwrap();
    *slot = replacement;
}

fn scope(methods: &[&str], selects_checks: bool) -> Scope {
    let chosen: Vec<String> = methods.iter().map(|m| m.to_string()).collect();
    Scope::new(&Profile::embedded().methods, &chosen, selects_checks, TODAY).unwrap()
}

/// (method, status, blocked_by, not_checked) for each listed method, and the verdict.
type Table = Vec<(String, Readiness, Vec<&'static str>, Vec<&'static str>)>;

fn run(checks: &[CheckReport], scope: &Scope) -> (Table, Verdict) {
    run_with(&Profile::embedded(), checks, scope)
}

fn run_with(profile: &Profile, checks: &[CheckReport], scope: &Scope) -> (Table, Verdict) {
    let (methods, verdict) = judge(checks, &profile.methods, scope, TODAY);
    let table = methods
        .into_iter()
        .map(|m| (m.id, m.status, m.blocked_by, m.not_checked))
        .collect();
    (table, verdict)
}

fn row(
    id: &str,
    status: Readiness,
    blocked_by: &[&'static str],
    not_checked: &[&'static str],
) -> (String, Readiness, Vec<&'static str>, Vec<&'static str>) {
    (
        id.to_owned(),
        status,
        blocked_by.to_vec(),
        not_checked.to_vec(),
    )
}

#[test]
fn a_home_computer_without_reader_or_stick_can_log_in_with_bankid() {
    use Readiness::*;
    let (table, verdict) = run(&home(), &scope(&[], false));
    assert_eq!(
        table,
        [
            row("bankid", Ready, &[], &[]),
            row("bankid-mobile", Discontinued, &[], &[]),
            row("buypass-smartcard", NotReady, &["card-reader"], &[]),
            row("buypass-mobile", Ready, &[], &[]),
            row("commfides", NotReady, &["usb-token"], &[]),
        ]
    );
    assert_eq!(verdict.status, VerdictStatus::Ready);
    assert_eq!(
        verdict.scope,
        ["bankid", "buypass-smartcard", "buypass-mobile", "commfides"]
    );
    assert_eq!(verdict.ready, ["bankid", "buypass-mobile"]);
}

#[test]
fn a_sign_of_a_fake_login_page_blocks_every_method() {
    for (id, code, status) in [
        ("system", "hosts-override", Status::Fail),
        ("certificate", "intercepted", Status::Warn),
        ("certificate", "wrong-host", Status::Fail),
        ("certificate", "untrusted", Status::Fail),
        ("certificate", "unexpected-owner", Status::Fail),
    ] {
        let mut checks = home();
        set(&mut checks, check(id, code, status));
        let (table, verdict) = run(&checks, &scope(&[], false));
        assert_eq!(verdict.status, VerdictStatus::NotReady, "{code}");
        assert!(verdict.ready.is_empty(), "{code}");
        for (method, readiness, blocked_by, _) in table {
            if method != "bankid-mobile" {
                assert_eq!(readiness, Readiness::NotReady, "{code} {method}");
                assert!(blocked_by.contains(&id), "{code} {method}");
            }
        }
    }
}

#[test]
fn what_did_not_run_is_never_ready() {
    // --offline: the portal checks are skipped.
    let mut checks = home();
    for id in ["tls", "certificate", "clock"] {
        set(&mut checks, check(id, "offline", Status::Skipped));
    }
    let (table, verdict) = run(&checks, &scope(&[], false));
    let portal = ["tls", "certificate", "clock"];
    assert_eq!(table[0], row("bankid", Readiness::NotChecked, &[], &portal));
    // A method that fails for another reason is not ready, whatever else was not checked.
    assert_eq!(
        table[2],
        row(
            "buypass-smartcard",
            Readiness::NotReady,
            &["card-reader"],
            &portal
        )
    );
    assert_eq!(verdict.status, VerdictStatus::NotChecked);
    assert!(verdict.ready.is_empty());

    // --only tls: the others are not in the report at all; the hosts file was not read either.
    let (table, verdict) = run(&checks[..1], &scope(&[], true));
    assert_eq!(
        table[0],
        row(
            "bankid",
            Readiness::NotChecked,
            &[],
            &["tls", "certificate", "clock", "system"]
        )
    );
    assert_eq!(verdict.status, VerdictStatus::NotChecked);

    // A check the runner cut short ran no judgement of its own.
    for reason in [RunnerReason::InternalError, RunnerReason::TimedOut] {
        let mut checks = home();
        set(&mut checks, check("clock", reason.as_str(), Status::Fail));
        let (table, _) = run(&checks, &scope(&["bankid"], false));
        assert_eq!(
            table,
            [row("bankid", Readiness::NotChecked, &[], &["clock"])],
            "{reason:?}"
        );
    }
}

#[test]
fn with_method_every_named_method_must_be_ready() {
    let (table, verdict) = run(&home(), &scope(&["commfides", "bankid"], false));
    // Listed in the profile's order; the stick is missing.
    assert_eq!(table[0].0, "bankid");
    assert_eq!(table[1].1, Readiness::NotReady);
    assert_eq!(verdict.status, VerdictStatus::NotReady);
    assert_eq!(verdict.ready, ["bankid"]);
    let (_, verdict) = run(&home(), &scope(&["bankid", "buypass-mobile"], false));
    assert_eq!(verdict.status, VerdictStatus::Ready);
    // A method that was switched off is named, never ready.
    let (table, verdict) = run(&home(), &scope(&["bankid-mobile"], false));
    assert_eq!(
        table,
        [row("bankid-mobile", Readiness::Discontinued, &[], &[])]
    );
    assert_eq!(verdict.status, VerdictStatus::NotReady);
    let unknown = Scope::new(
        &Profile::embedded().methods,
        &["minid".to_owned()],
        false,
        TODAY,
    );
    assert!(unknown
        .unwrap_err()
        .contains("unknown login method 'minid'"));
}

#[test]
fn a_method_switched_off_later_still_counts_until_then() {
    let profile = Profile::embedded();
    let scope = Scope::new(&profile.methods, &[], false, date!(2024 - 08 - 31)).unwrap();
    assert!(scope.methods.contains(&"bankid-mobile".to_owned()));
    let (methods, _) = judge(&home(), &profile.methods, &scope, date!(2024 - 08 - 31));
    assert_eq!(methods[1].status, Readiness::Ready);
}

#[test]
fn java_blocks_only_the_methods_whose_needs_name_it() {
    let text = crate::profile::DEFAULT.replace(
        "needs = { card-reader = \"present\" }",
        "needs = { card-reader = \"present\", java = \"passing\" }",
    );
    let profile = Profile::parse(&text, "test").unwrap();
    let mut checks = home();
    set(
        &mut checks,
        check("card-reader", "buypass-card", Status::Pass),
    );
    let scope = Scope::new(&profile.methods, &[], false, TODAY).unwrap();
    let (table, verdict) = run_with(&profile, &checks, &scope);
    assert_eq!(
        table[2],
        row("buypass-smartcard", Readiness::NotReady, &["java"], &[])
    );
    assert_eq!(table[0].1, Readiness::Ready);
    assert_eq!(table[3].1, Readiness::Ready);
    assert_eq!(verdict.status, VerdictStatus::Ready);
    // With the default profile the same computer's smart card is ready.
    let (table, _) = run(&checks, &scope_default());
    assert_eq!(table[2].1, Readiness::Ready);
}

fn scope_default() -> Scope {
    scope(&[], false)
}

fn statuses(checks: &[CheckReport]) -> Vec<(&'static str, Status)> {
    checks.iter().map(|c| (c.id, c.status())).collect()
}

#[test]
fn statuses_follow_the_scope() {
    let methods = Profile::embedded().methods;
    let failing = || {
        let mut checks = home();
        set(
            &mut checks,
            check("card-reader", "service-unavailable", Status::Fail),
        );
        set(&mut checks, check("java", "broken", Status::Fail));
        checks
    };
    // Every method in scope: the card reader matters to one of them; Java to none.
    let mut checks = failing();
    fit_to_scope(&mut checks, &methods, &scope_default());
    assert_eq!(
        statuses(&checks)[3..5],
        [("card-reader", Status::Fail), ("java", Status::Absent)]
    );
    // A BankID user: a card reader is nothing to them.
    let mut checks = failing();
    fit_to_scope(&mut checks, &methods, &scope(&["bankid"], false));
    assert_eq!(statuses(&checks)[3], ("card-reader", Status::Absent));
    // A Buypass smart card user: a missing stick is nothing, a missing reader is a failure.
    let mut checks = home();
    set(&mut checks, check("usb-token", "not-found", Status::Absent));
    fit_to_scope(&mut checks, &methods, &scope(&["buypass-smartcard"], false));
    assert_eq!(
        statuses(&checks)[3..6],
        [
            ("card-reader", Status::Fail),
            ("java", Status::Warn),
            ("usb-token", Status::Absent)
        ]
    );
    // A smoke test of checks keeps what was observed.
    let mut checks = failing();
    fit_to_scope(&mut checks, &methods, &scope(&[], true));
    assert_eq!(statuses(&checks), statuses(&failing()));
    // --method with --only still answers for the method.
    let mut checks = failing();
    fit_to_scope(&mut checks, &methods, &scope(&["bankid"], true));
    assert_eq!(statuses(&checks)[3], ("card-reader", Status::Absent));
}

#[test]
fn the_checks_not_every_method_needs_name_who_needs_them() {
    let methods = Profile::embedded().methods;
    let needed = needed_for(&home(), &methods, TODAY);
    assert_eq!(
        needed.keys().copied().collect::<Vec<_>>(),
        ["card-reader", "java", "usb-token"]
    );
    assert_eq!(needed["card-reader"], ["buypass-smartcard"]);
    assert!(needed["java"].is_empty());
    assert_eq!(needed["usb-token"], ["commfides"]);
}

#[test]
fn secure_only_once_the_certificate_passed() {
    let verified = |certificate: Status| {
        let mut checks = home();
        set(&mut checks, check("certificate", "x", certificate));
        mark_verified(&mut checks);
        checks[0].findings[0].args["verified"].clone()
    };
    assert_eq!(verified(Status::Pass), "yes".into());
    assert_eq!(verified(Status::Fail), "no".into());
    assert_eq!(verified(Status::Skipped), "no".into());
    let mut only_tls = home()[..1].to_vec();
    mark_verified(&mut only_tls);
    assert_eq!(only_tls[0].findings[0].args["verified"], "no".into());
}

#[test]
fn a_profile_names_only_checks_and_codes_that_exist() {
    assert_eq!(check_profile(&Profile::embedded().methods), Ok(()));
    let error = |from: &str, to: &str| {
        let text = crate::profile::DEFAULT.replace(from, to);
        check_profile(&Profile::parse(&text, "p.toml").unwrap().methods).unwrap_err()
    };
    let msg = error(
        "needs = { card-reader = \"present\" }",
        "needs = { card-reder = \"present\" }",
    );
    assert!(
        msg.starts_with("key `methods.method[2].needs`: unknown check 'card-reder'"),
        "{msg}"
    );
    let msg = error("needs = { tls = ", "needs = { tsl = ");
    assert!(
        msg.starts_with("key `methods.every.needs`: unknown check 'tsl'"),
        "{msg}"
    );
    let msg = error("\"system.hosts-override\"", "\"system.hosts\"");
    assert!(
        msg.starts_with("key `methods.every.blocking[0]`: unknown finding code 'system.hosts'"),
        "{msg}"
    );
}

#[test]
fn the_default_methods_and_what_they_need() {
    let profile = Profile::embedded();
    let methods = &profile.methods;
    let ids: Vec<&str> = methods.method.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "bankid",
            "bankid-mobile",
            "buypass-smartcard",
            "buypass-mobile",
            "commfides"
        ]
    );
    let needs = |id: &str| -> Vec<&str> {
        needs_of(methods, methods.get(id).unwrap())
            .into_iter()
            .map(|(check, _)| check)
            .collect()
    };
    assert_eq!(needs("bankid"), ["tls", "certificate", "clock"]);
    assert_eq!(
        needs("buypass-smartcard"),
        ["tls", "certificate", "clock", "card-reader"]
    );
    assert_eq!(
        needs("commfides"),
        ["tls", "certificate", "clock", "usb-token"]
    );
    // Java is needed by no method today; the system check matters through its blocking finding.
    for method in &methods.method {
        assert!(!depends_on(methods, method, "java"), "{:?}", method.id);
        assert!(depends_on(methods, method, "system"), "{:?}", method.id);
    }
    assert!(methods
        .get("bankid-mobile")
        .unwrap()
        .discontinued_since
        .is_some());
    assert_eq!(methods.alternative[0].id.as_str(), "helsenorge-app");
}
