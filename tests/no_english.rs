//! A Norwegian report says everything in Norwegian: what the probes bring back from the
//! system (an error text from the operating system, a proxy that cannot be reached, a Java
//! that will not start, USB that cannot be listed) is told in the reader's language, never
//! passed through in English. (An unknown operating system is the system judge's test.)
// Linux only: the Java that will not start is a file without the right to run, and the
// USB listing that fails is a sysfs-shaped path (tests/usb_token.rs).
#![cfg(target_os = "linux")]

mod support;

use support::{check_of, parse_json, Sandbox};

/// Words of English sentences the probes and the operating system write, none of them
/// Norwegian: one of them in a Norwegian report is English that got through.
const ENGLISH: &[&str] = &[
    "the",
    "cannot",
    "could",
    "would",
    "not",
    "reach",
    "refused",
    "connection",
    "denied",
    "permission",
    "directory",
    "such",
    "unknown",
    "operating",
    "answer",
    "within",
    "error",
    "failed",
];

fn english_words(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .collect();
    ENGLISH
        .iter()
        .copied()
        .filter(|english| words.contains(english))
        .collect()
}

/// Runs the report in `lang` as text and as JSON, and checks that `codes` were found.
fn run(sb: &Sandbox, lang: &str, codes: &[&str]) -> (String, serde_json::Value) {
    let run = |format: &str| {
        sb.cmd()
            .args(["--lang", lang, "--format", format, "--timeout", "5"])
            .output()
            .unwrap()
    };
    let text = String::from_utf8(run("text").stdout).unwrap();
    let json = run("json");
    let report = parse_json(&json.stdout, &json.stderr);
    for code in codes {
        let (check, _) = code.split_once('.').unwrap();
        let findings = &check_of(&report, check)["findings"];
        assert!(
            findings
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["code"] == *code),
            "{code} missing: {report:#}"
        );
    }
    (text, report)
}

/// A run that meets every kind of trouble the probes put in words: the proxy the sandbox
/// sets (127.0.0.1:9, where nothing listens) cannot be reached, the `java` on PATH may not
/// be run, USB cannot be listed because its directory is a file, and the smart card service
/// (the sandbox points PC/SC at a socket nobody listens on) does not answer.
fn troubled_run(lang: &str) -> (String, serde_json::Value) {
    let sb = Sandbox::new();
    std::fs::create_dir_all(sb.path("bin")).unwrap();
    sb.write("bin/java", "#!/bin/sh\necho 'openjdk version \"21\"'\n");
    sb.write("usb", "not a directory");
    let (mut text, mut report) = run(
        &sb,
        lang,
        &[
            "tls.proxy-failed",
            "java.broken",
            "usb-token.usb-unavailable",
        ],
    );
    // With a card reader plugged in, the silent smart card service is a fault to report.
    let sb = Sandbox::new();
    sb.plug_in_card_reader();
    let (card_text, card_report) = run(&sb, lang, &["card-reader.service-unavailable"]);
    text.push_str(&card_text);
    report["checks"]
        .as_array_mut()
        .unwrap()
        .extend(card_report["checks"].as_array().unwrap().iter().cloned());
    (text, report)
}

#[test]
fn a_norwegian_report_of_system_errors_has_no_english() {
    let (text, json) = troubled_run("nb");
    assert_eq!(english_words(&text), Vec::<&str>::new(), "{text}");
    let messages = messages(&json);
    assert_eq!(english_words(&messages), Vec::<&str>::new(), "{messages}");
}

/// Every finding's message in a JSON report, a line each (the text report shows only some).
fn messages(report: &serde_json::Value) -> String {
    let checks = report["checks"].as_array().unwrap();
    let findings = checks
        .iter()
        .flat_map(|check| check["findings"].as_array().unwrap());
    findings
        .map(|finding| finding["message"].as_str().unwrap().to_owned() + "\n")
        .collect()
}

#[test]
fn the_english_report_of_the_same_trouble_says_what_the_system_said() {
    // The same run in English has these words, so the Norwegian test can fail.
    let (text, json) = troubled_run("en");
    let found = english_words(&text);
    for expected in ["cannot", "reach", "refused", "permission", "denied"] {
        assert!(found.contains(&expected), "{expected}: {text}");
    }
    let messages = messages(&json);
    assert!(
        english_words(&messages).contains(&"directory"),
        "{messages}"
    );
}

#[test]
fn a_proxy_setting_that_cannot_be_used_is_said_in_norwegian() {
    let sb = Sandbox::new();
    let output = sb
        .cmd()
        .env("HTTPS_PROXY", "socks5://127.0.0.1:9")
        .args(["--lang", "nb", "--only", "tls", "--format", "json"])
        .output()
        .unwrap();
    let report = parse_json(&output.stdout, &output.stderr);
    let tls = check_of(&report, "tls");
    assert_eq!(tls["code"], "tls.proxy-failed", "{tls:#}");
    let summary = tls["summary"].as_str().unwrap();
    assert!(
        summary.contains("proxy-innstillingen kan ikke brukes"),
        "{summary}"
    );
    assert_eq!(english_words(summary), Vec::<&str>::new(), "{summary}");
    let error = &tls["details"]["portals"][0]["error"];
    assert_eq!(error["proxy_problem"], "unusable", "{error:#}");
}
