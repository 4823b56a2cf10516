//! Format 2: round trips with findings behind the primary ones and the run's scope, errors
//! caught, and format-1 codes from older versions still read.

use std::time::Duration;

use super::tests::Lcg;
use super::*;
use crate::report::Finding;

const AS_OF: time::Date = time::macros::date!(2026 - 11 - 17);

fn check(id: &'static str, findings: &[(impl Into<FindingCode> + Copy, Status)]) -> CheckReport {
    CheckReport {
        id,
        findings: findings
            .iter()
            .map(|(code, status)| Finding::new(*code, *status))
            .collect(),
        details: serde_json::Value::Null,
        duration: Duration::ZERO,
    }
}

fn run<'a>(checks: &'a [CheckReport], methods: &'a [String], chosen: bool) -> Run<'a> {
    Run {
        checks,
        data_version: AS_OF,
        os: OsFamily::Windows,
        methods,
        chosen,
        by_checks: false,
    }
}

#[test]
fn intercepted_behind_wrong_host_and_a_proxy_behind_a_portal_failure_survive() {
    let checks = [
        check("tls", &[("tls.timeout", Status::Fail)]),
        check(
            "certificate",
            &[
                ("certificate.wrong-host", Status::Fail),
                ("certificate.intercepted", Status::Fail),
            ],
        ),
        check(
            "system",
            &[("system.ok", Status::Pass), ("system.proxy", Status::Pass)],
        ),
    ];
    let methods = vec!["bankid".to_owned(), "buypass-mobile".to_owned()];
    let code = encode(&run(&checks, &methods, true));
    assert_eq!(code.len(), 24, "{code}");
    assert!(code.split('-').all(|group| group.len() == 4), "{code}");
    let decoded = decode(&code).unwrap();
    assert_eq!(decoded.format, 2);
    assert_eq!(
        decoded.checks,
        [
            ("tls", "tls.timeout".into(), Status::Fail),
            ("certificate", "certificate.wrong-host".into(), Status::Fail),
            ("system", "system.ok".into(), Status::Pass),
        ]
    );
    assert_eq!(
        decoded.secondary,
        [
            ("certificate", "certificate.intercepted".into()),
            ("system", "system.proxy".into())
        ]
    );
    let facts = decoded.run.unwrap();
    assert_eq!(facts.methods, ["bankid", "buypass-mobile"]);
    assert!(facts.chosen && !facts.by_checks);
    assert_eq!(facts.os, OsFamily::Windows);
    assert_eq!(
        facts.minor_version,
        env!("CARGO_PKG_VERSION_MINOR").parse::<u8>().unwrap()
    );
    assert_eq!(decoded.data_month, data_month(AS_OF, 64));
}

#[test]
fn round_trip_for_many_runs() {
    for seed in 0..2_000 {
        let mut rng = Lcg(seed);
        let mut checks = Vec::new();
        let mut expected_checks = Vec::new();
        let mut expected_behind = Vec::new();
        for (id, codes) in numbers::TABLE {
            if rng.next(4) == 0 {
                continue;
            }
            let primary = codes[rng.next(codes.len())];
            let status = STATUSES[1 + rng.next(4)]; // never pass, so it stays primary
            let mut findings = vec![(primary, status)];
            let behind: Vec<FindingCode> = numbers::SECONDARY
                .iter()
                .filter(|c| c.check() == *id && **c != primary)
                .filter(|_| rng.next(3) == 0)
                .copied()
                .collect();
            findings.extend(behind.iter().map(|c| (*c, Status::Pass)));
            checks.push(check(id, &findings));
            expected_checks.push((*id, primary, status));
            expected_behind.extend(behind.iter().map(|c| (*id, *c)));
        }
        expected_behind.sort_by_key(|(_, c)| numbers::SECONDARY.iter().position(|s| s == c));
        let methods: Vec<String> = numbers::METHODS
            .iter()
            .filter(|_| rng.next(2) == 0)
            .map(|m| m.to_string())
            .collect();
        let os = OsFamily::ALL[rng.next(4)];
        let by_checks = rng.next(2) == 0;
        let code = encode(&Run {
            checks: &checks,
            data_version: AS_OF,
            os,
            methods: &methods,
            chosen: !by_checks,
            by_checks,
        });
        let decoded = decode(&code).unwrap_or_else(|e| panic!("{code}: {e:?}"));
        assert_eq!(decoded.checks, expected_checks, "{code}");
        assert_eq!(decoded.secondary, expected_behind, "{code}");
        let facts = decoded.run.unwrap();
        assert_eq!(facts.methods, methods, "{code}");
        assert_eq!((facts.os, facts.by_checks), (os, by_checks), "{code}");
    }
}

#[test]
fn every_wrong_character_and_every_swap_is_detected() {
    let checks = [check("system", &[("system.hosts-override", Status::Fail)])];
    let methods = vec!["bankid".to_owned()];
    let code = encode(&run(&checks, &methods, false));
    let symbols: Vec<char> = code.chars().filter(|c| *c != '-').collect();
    assert_eq!(symbols.len(), 20);
    for i in 0..symbols.len() {
        for replacement in ALPHABET.iter().map(|b| char::from(*b)) {
            if replacement != symbols[i] {
                let mut wrong = symbols.clone();
                wrong[i] = replacement;
                let wrong: String = wrong.into_iter().collect();
                assert!(decode(&wrong).is_err(), "{code} -> {wrong}");
            }
        }
        for j in i + 1..symbols.len() {
            if symbols[i] != symbols[j] {
                let mut swapped = symbols.clone();
                swapped.swap(i, j);
                let swapped: String = swapped.into_iter().collect();
                assert!(decode(&swapped).is_err(), "{code} -> {swapped}");
            }
        }
    }
}

#[test]
fn format_1_codes_from_older_versions_still_decode() {
    // Written by loginsjekk before format 2: tls, certificate and clock not run (offline),
    // card-reader skipped, java out of date (warn), usb-token not found, system ok.
    let decoded = decode("19E1-6803-HR1P").unwrap();
    assert_eq!(decoded.format, 1);
    assert_eq!(decoded.run, None);
    assert!(decoded.secondary.is_empty());
    assert!(decoded
        .checks
        .contains(&("java", "java.outdated".into(), Status::Warn)));
    assert!(decoded
        .checks
        .contains(&("system", "system.ok".into(), Status::Pass)));
}

#[test]
fn method_and_secondary_bits_are_permanent() {
    assert_eq!(
        numbers::METHODS,
        [
            "bankid",
            "bankid-mobile",
            "buypass-smartcard",
            "buypass-mobile",
            "commfides"
        ]
    );
    assert!(numbers::METHODS.len() <= numbers::MAX_METHODS);
    assert!(numbers::SECONDARY.len() <= numbers::MAX_SECONDARY);
    assert_eq!(numbers::SECONDARY[0], "certificate.intercepted");
    assert_eq!(numbers::SECONDARY[6], "system.proxy");
    for code in numbers::SECONDARY {
        assert!(
            numbers::number_of(*code).is_some(),
            "{code} is not a numbered finding"
        );
    }
}

#[test]
fn data_month_of_format_2_wraps_every_64_months() {
    assert_eq!(data_month(AS_OF, 64), 34);
    assert_eq!(
        month_of(34, 64, time::macros::date!(2027 - 03 - 02)),
        time::macros::date!(2026 - 11 - 01)
    );
}
