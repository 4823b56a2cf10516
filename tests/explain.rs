//! `loginsjekk explain`: every code explained, and codes that never disappear.

mod support;

use predicates::prelude::*;
use support::{fixture, json_of, Sandbox};

fn codes_from_binary(sb: &Sandbox) -> Vec<String> {
    let listing = json_of(sb.cmd().args(["explain", "--format", "json"]));
    listing["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap().to_owned())
        .collect()
}

/// Finding codes are permanent: the list in tests/fixtures/finding-codes.txt only ever grows.
#[test]
fn no_code_disappears_and_every_code_is_listed() {
    let sb = Sandbox::new();
    let known = std::fs::read_to_string(fixture("finding-codes.txt")).unwrap();
    let permanent: Vec<&str> = known
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let current = codes_from_binary(&sb);
    for code in &permanent {
        assert!(
            current.iter().any(|c| c == code),
            "finding code {code} disappeared or was renamed"
        );
    }
    for code in &current {
        assert!(
            permanent.contains(&code.as_str()),
            "new code {code}: add it to tests/fixtures/finding-codes.txt"
        );
    }
}

#[test]
fn every_code_has_title_and_guidance_in_both_languages() {
    let sb = Sandbox::new();
    for lang in ["en", "nb"] {
        let listing = json_of(
            sb.cmd()
                .args(["explain", "--format", "json", "--lang", lang]),
        );
        assert_eq!(listing["lang"], lang);
        for entry in listing["codes"].as_array().unwrap() {
            let code = entry["code"].as_str().unwrap();
            assert!(
                entry["title"]
                    .as_str()
                    .is_some_and(|t| !t.is_empty() && t != code),
                "{lang} {code}"
            );
            assert!(
                !entry["guidance"].as_array().unwrap().is_empty(),
                "{lang} {code}"
            );
            let text = entry.to_string();
            assert!(
                !text.contains("{$") && !text.contains("{ $"),
                "{lang} {code}: unfilled placeholder"
            );
        }
    }
}

#[test]
fn explain_one_code_in_each_language() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["explain", "system.hosts-override"])
        .assert()
        .code(0)
        .stdout(
            predicate::str::starts_with(
                "system.hosts-override: The hosts file sends an ID portal address somewhere else\n",
            )
            .and(predicate::str::contains(
                "What to do:\n  1. This can send your login to a fake site",
            )),
        );
    sb.cmd()
        .args(["explain", "SYSTEM.HOSTS-OVERRIDE", "--lang", "nb"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "Dette kan du gjøre:\n  1. Dette kan sende innloggingen din til et falskt nettsted",
        ));
    let entry = json_of(
        sb.cmd()
            .args(["explain", "system.timed-out", "--format", "json"]),
    );
    assert_eq!(entry["code"], "system.timed-out");
    assert_eq!(entry["check"], "system");
    assert_eq!(entry["title"], "The check did not finish in time");
}

#[test]
fn explain_lists_every_code() {
    let sb = Sandbox::new();
    let output = sb.cmd().arg("explain").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    for code in codes_from_binary(&sb) {
        assert!(
            text.contains(&format!("  {code} ")),
            "{code} missing from the list"
        );
    }
}

#[test]
fn unknown_code_is_exit_2() {
    let sb = Sandbox::new();
    for code in ["system.nope", "nope", "", "tls.ok.extra"] {
        sb.cmd()
            .args(["explain", code])
            .assert()
            .code(2)
            .stdout("")
            .stderr(
                predicate::str::starts_with("loginsjekk: unknown finding code")
                    .and(predicate::str::ends_with("list them\n")),
            );
    }
    sb.cmd()
        .args(["explain", "--format", "junit"])
        .assert()
        .code(2);
}
