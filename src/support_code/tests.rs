use std::time::Duration;

use super::v1::encode;
use super::*;
use crate::checks::registry;
use crate::report::Finding;

fn report(entries: &[(&'static str, FindingCode, Status)]) -> Vec<CheckReport> {
    entries
        .iter()
        .map(|(id, code, status)| CheckReport {
            id,
            findings: vec![Finding::new(*code, *status)],
            details: serde_json::Value::Null,
            duration: Duration::ZERO,
        })
        .collect()
}

const AS_OF: time::Date = time::macros::date!(2026 - 11 - 20);

/// A simple deterministic generator, so the tests cover many runs without randomness.
pub(super) struct Lcg(pub(super) u64);

impl Lcg {
    pub(super) fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

fn generated(seed: u64) -> Vec<CheckReport> {
    let mut rng = Lcg(seed);
    let mut checks = Vec::new();
    for (id, codes) in numbers::TABLE {
        if rng.next(4) == 0 {
            continue; // this check did not run
        }
        let code = codes[rng.next(codes.len())];
        let status = STATUSES[rng.next(5)];
        checks.push((*id, code, status));
    }
    report(&checks)
}

#[test]
fn round_trip_for_many_reports() {
    for seed in 0..2_000 {
        let checks = generated(seed);
        let code = encode(&checks, AS_OF);
        assert_eq!(code.len(), 14, "{code}");
        let decoded = decode(&code).unwrap_or_else(|e| panic!("{code}: {e:?}"));
        let expected: Vec<(&str, FindingCode, Status)> = checks
            .iter()
            .map(|c| {
                let p = c.primary().unwrap();
                (c.id, p.code, p.status)
            })
            .collect();
        assert_eq!(decoded.checks, expected, "{code}");
        assert_eq!(decoded.data_month, data_month(AS_OF, 32));
    }
}

#[test]
fn every_single_character_error_and_adjacent_swap_is_detected() {
    for seed in 0..200 {
        let code = encode(&generated(seed), AS_OF);
        let symbols: Vec<char> = code.chars().filter(|c| *c != '-').collect();
        for position in 0..symbols.len() {
            for replacement in ALPHABET.iter().map(|b| char::from(*b)) {
                if replacement == symbols[position] {
                    continue;
                }
                let mut wrong = symbols.clone();
                wrong[position] = replacement;
                let wrong: String = wrong.into_iter().collect();
                assert!(decode(&wrong).is_err(), "{code} -> {wrong} was accepted");
            }
            if position + 1 < symbols.len() && symbols[position] != symbols[position + 1] {
                let mut swapped = symbols.clone();
                swapped.swap(position, position + 1);
                let swapped: String = swapped.into_iter().collect();
                assert!(
                    decode(&swapped).is_err(),
                    "{code} -> {swapped} was accepted"
                );
            }
        }
    }
}

#[test]
fn read_aloud_forms_are_accepted() {
    let checks = report(&[
        ("tls", "tls.ok".into(), Status::Pass),
        ("system", "system.hosts-override".into(), Status::Fail),
    ]);
    let code = encode(&checks, AS_OF);
    let expected = decode(&code).unwrap();
    let plain: String = code.chars().filter(|c| *c != '-').collect();
    assert_eq!(decode(&plain.to_lowercase()).unwrap(), expected);
    assert_eq!(
        decode(&format!(" {} {} ", &plain[..6], &plain[6..])).unwrap(),
        expected
    );
    // O for zero, I and L for one, as callers say them.
    let spoken = plain.replace('0', "o").replace('1', "L");
    assert_eq!(decode(&spoken).unwrap(), expected);
}

#[test]
fn bad_input_is_invalid_never_a_wrong_answer() {
    for bad in [
        "",
        "ABC",
        "K7QM-2XD0-AB7C-9",
        "K7QM-2XD0-AB7U",
        "K7QM-2XD0-AB7!",
        "ÆØÅÆ-ØÅÆØ-ÅÆØÅ",
    ] {
        assert!(decode(bad).is_err(), "{bad}");
    }
}

#[test]
fn numbers_are_permanent() {
    let fixture = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/finding-numbers.txt"
    ))
    .unwrap();
    for line in fixture
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let mut fields = line.split_whitespace();
        let (slot, number, code) = (
            fields.next().unwrap(),
            fields.next().unwrap(),
            fields.next().unwrap(),
        );
        let (id, codes) = numbers::TABLE[slot.parse::<usize>().unwrap()];
        assert_eq!(
            codes
                .get(number.parse::<usize>().unwrap())
                .map(ToString::to_string),
            Some(code.to_owned()),
            "{code} lost its number in slot {id}"
        );
    }
    for (slot, (id, codes)) in numbers::TABLE.iter().enumerate() {
        assert!(
            codes.len() <= numbers::MAX_CODES,
            "{id} has too many codes for the support code"
        );
        for (number, code) in codes.iter().enumerate() {
            let line = format!("{slot} {number} {code}");
            assert!(fixture.lines().any(|l| l.split_whitespace().collect::<Vec<_>>().join(" ") == line),
                "{code} has no line in tests/fixtures/finding-numbers.txt: add \"{slot} {number} {code}\"");
        }
    }
}

#[test]
fn every_code_has_a_number() {
    for code in registry::all_codes() {
        assert!(
            numbers::number_of(code).is_some(),
            "{code} has no support-code number"
        );
    }
    for (_, codes) in numbers::TABLE {
        for code in *codes {
            assert!(
                registry::all_codes().any(|c| c == *code),
                "{code} is numbered but no check reports it"
            );
        }
    }
}

#[test]
fn data_month_wraps_every_32_months() {
    assert_eq!(data_month(time::macros::date!(2024 - 01 - 15), 32), 0);
    assert_eq!(data_month(time::macros::date!(2026 - 11 - 20), 32), 34 % 32);
    assert_eq!(
        month_of(2, 32, time::macros::date!(2026 - 11 - 25)),
        time::macros::date!(2026 - 11 - 01)
    );
    assert_eq!(
        month_of(1, 32, time::macros::date!(2026 - 11 - 25)),
        time::macros::date!(2026 - 10 - 01)
    );
}
