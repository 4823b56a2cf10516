//! For citizens and the helpline: login-method readiness, the support code and `decode`,
//! `id-number`, the explain topics, and report files fit for sharing.

mod support;

use std::io::Write;
use std::process::{Command, Stdio};

use predicates::prelude::*;
use serde_json::Value;
use support::{check_ids, json_of, Sandbox};

#[test]
fn the_text_report_leads_with_methods_and_ends_with_support_code_and_helpline() {
    let sb = Sandbox::new();
    let text = String::from_utf8(sb.report().output().unwrap().stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[3], "You can log in with: BankID, Buypass ID on mobile",
        "{text}"
    );
    // The sandbox has no Java and no stick; card-reader did not run.
    assert!(
        lines[4].starts_with("Not ready: Buypass ID on smart card (see 4; not checked: Card reader and Buypass card), Commfides e-ID (see 4, 5)"),
        "{text}"
    );
    assert!(
        lines[5].starts_with(
            "No longer available: BankID on mobile was switched off on 1 September 2024."
        ),
        "{text}"
    );
    let n = lines.len();
    assert!(lines[n - 2].starts_with("Support code: "), "{text}");
    assert_eq!(lines[n - 1], "helsenorge.no helpline: 23 32 70 00");
}

#[test]
fn chosen_methods_only_and_their_line_numbers() {
    let sb = Sandbox::new();
    sb.write("hosts", "10.1.1.1 idporten.no\n");
    let output = sb
        .report()
        .args(["--method", "buypass-mobile"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        !text.contains("You can log in with: BankID") && !text.contains("No longer available"),
        "{text}"
    );
    // A redirected portal name does not stop the portal checks (they were skipped), so:
    assert!(
        text.contains("You can log in with: Buypass ID on mobile"),
        "{text}"
    );
    let report = json_of(
        sb.report()
            .args(["--method", "commfides", "--format", "json"]),
    );
    let methods = report["methods"].as_array().unwrap();
    assert_eq!(methods.len(), 1);
    assert_eq!(methods[0]["id"], "commfides");
    assert_eq!(methods[0]["status"], "not-ready");
    assert_eq!(
        methods[0]["blocked_by"],
        serde_json::json!(["usb-token", "java"])
    );
    let ids = check_ids(&report);
    let usb_line = ids.iter().position(|id| id == "usb-token").unwrap() + 1;
    let java_line = ids.iter().position(|id| id == "java").unwrap() + 1;
    let text = String::from_utf8(
        sb.report()
            .args(["--method", "commfides"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let (first, second) = (usb_line.min(java_line), usb_line.max(java_line));
    assert!(
        text.contains(&format!(
            "Not ready: Commfides e-ID (see {first}, {second})"
        )),
        "{text}"
    );
}

#[test]
fn json_lists_every_method_and_the_discontinued_one_with_its_date() {
    let sb = Sandbox::new();
    let report = json_of(sb.report().args(["--format", "json"]));
    let methods: Vec<(String, String)> = report["methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["id"].as_str().unwrap().to_owned(),
                m["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(methods.len(), 5);
    assert!(methods.contains(&("bankid-mobile".into(), "discontinued".into())));
    assert_eq!(report["methods"][1]["since"], "2024-09-01");
}

#[test]
fn support_code_decodes_to_the_same_findings() {
    let sb = Sandbox::new();
    sb.write("hosts", "10.1.1.1 login.idporten.no\n");
    let report = json_of(sb.report().args(["--format", "json"]));
    let code = report["support_code"].as_str().unwrap();
    assert_eq!(code.len(), 14);
    let decoded = json_of(sb.cmd().args(["decode", code, "--format", "json"]));
    let pairs = |v: &Value| -> Vec<(String, String, String)> {
        v["checks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["id"].as_str().unwrap().into(),
                    c["code"].as_str().unwrap().into(),
                    c["status"].as_str().unwrap().into(),
                )
            })
            .collect()
    };
    assert_eq!(pairs(&decoded), pairs(&report));
    let system = decoded["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "system")
        .unwrap();
    assert!(system["guidance"].to_string().contains("fake site"));
    // As a caller reads it: lower case, no dashes, O for zero.
    let spoken = code.replace('-', "").to_lowercase().replace('0', "o");
    sb.cmd()
        .args(["decode", &spoken, "--lang", "nb"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "Hosts-filen sender en adresse til ID-porten et annet sted",
        ));
}

#[test]
fn a_misheard_code_is_refused_not_misread() {
    let sb = Sandbox::new();
    let code = json_of(sb.report().args(["--format", "json"]))["support_code"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut wrong: Vec<char> = code.chars().collect();
    wrong[5] = if wrong[5] == 'X' { 'Y' } else { 'X' };
    let wrong: String = wrong.into_iter().collect();
    for bad in [
        wrong.as_str(),
        "",
        "hello",
        "K7QM-2XD0-AB",
        "K7QM-2XD0-AB7C-AB7C",
    ] {
        sb.cmd()
            .args(["decode", bad])
            .assert()
            .code(2)
            .stdout("")
            .stderr("loginsjekk: this code is not valid: ask the caller to read it again, character by character\n");
    }
}

fn id_number(sb: &Sandbox, args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("loginsjekk"))
        .arg("id-number")
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env("LOGINSJEKK_TEST_TODAY", "2026-11-25")
        .current_dir(sb.dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).unwrap();
    }
    drop(input);
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn id_numbers_of_each_kind() {
    let sb = Sandbox::new();
    for (date, kind, commfides) in [
        ("150385", "national identity number (fødselsnummer)", true),
        ("550385", "D-number", true),
        (
            "154385",
            "H-number (a help number used in health care)",
            false,
        ),
        ("158385", "synthetic test number", false),
    ] {
        let number = support::valid_number(date, 100);
        let (code, out, err) = id_number(&sb, &[&number], None);
        assert_eq!(code, 0, "{date}: {out}{err}");
        assert!(
            out.starts_with(&format!("{}***** is a valid {kind}.", &number[..6])),
            "{out}"
        );
        assert!(
            out.contains("Date of birth 15 March 1985: 41 years old."),
            "{out}"
        );
        assert_eq!(
            out.contains("It can be used with Commfides e-ID."),
            commfides,
            "{out}"
        );
        assert!(!out.contains(&number) && !err.contains(&number));
    }
}

#[test]
fn under_16_gets_the_help_page_message() {
    let sb = Sandbox::new();
    let number = support::valid_number("011212", 500); // born 1 December 2012: 13 on 25 November 2026
    let (code, out, _) = id_number(&sb, &[&number], None);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("13 years old"), "{out}");
    assert!(
        out.contains("You must be 16 or older to use helsenorge.no on your own."),
        "{out}"
    );
    let grown = support::valid_number("251110", 500); // 16 today
    let (_, out, _) = id_number(&sb, &[&grown], None);
    assert!(
        out.contains("16 years old") && !out.contains("16 or older"),
        "{out}"
    );
}

#[test]
fn id_number_from_standard_input_and_bad_input() {
    let sb = Sandbox::new();
    let number = support::valid_number("010190", 100);
    let (code, out, _) = id_number(&sb, &[], Some(&format!("{number}\n")));
    assert_eq!(code, 0);
    assert!(out.starts_with("010190***** is a valid"), "{out}");

    let mut wrong = number.clone().into_bytes();
    wrong[9] = if wrong[9] == b'0' { b'1' } else { b'0' };
    let wrong = String::from_utf8(wrong).unwrap();
    let (code, out, err) = id_number(&sb, &[&wrong], None);
    assert_eq!(code, 1);
    assert!(out.contains("the check digits do not match"), "{out}");
    assert!(!out.contains(&wrong) && !err.contains(&wrong));

    for (args, stdin, message) in [
        (vec!["0101901234"], None, "the number must have 11 digits"),
        (vec!["01019O12345"], None, "the number must have 11 digits"),
        (vec![], Some(""), "no number was given"),
        (vec![], None, "no number was given"),
    ] {
        let (code, out, err) = id_number(&sb, &args, stdin);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty());
        assert_eq!(err, format!("loginsjekk: {message}\n"));
    }
}

#[test]
fn id_number_never_appears_in_any_output() {
    let sb = Sandbox::new();
    let number = support::valid_number("241299", 100);
    for args in [
        vec!["--lang", "nb"],
        vec!["--format", "json"],
        vec!["--lang", "en", "-v"],
    ] {
        let mut all_args = args.clone();
        all_args.push(&number);
        let (code, out, err) = id_number(&sb, &all_args, None);
        assert_eq!(code, 0, "{args:?}");
        assert!(
            !out.contains(&number[6..]) && !err.contains(&number[6..]),
            "{args:?}: {out}{err}"
        );
        let (_, out, err) = id_number(&sb, &args, Some(&number));
        assert!(
            !out.contains(&number[6..]) && !err.contains(&number[6..]),
            "{args:?}: {out}{err}"
        );
    }
    let json: Value =
        serde_json::from_str(&id_number(&sb, &["--format", "json", &number], None).1).unwrap();
    assert_eq!(json["masked"], "241299*****");
    assert_eq!(json["birth_date"], "1999-12-24");
}

#[test]
fn topics_in_both_languages() {
    let sb = Sandbox::new();
    sb.cmd().args(["explain", "minid"]).assert().code(0).stdout(
        predicate::str::starts_with("MinID cannot be used for helsenorge.no\n")
            .and(predicate::str::contains("level 4")),
    );
    sb.cmd()
        .args(["explain", "code-chip", "--lang", "nb"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with(
            "En kodebrikke er ikke en BankID\n",
        ));
    let listing = json_of(sb.cmd().args(["explain", "--format", "json"]));
    let topics: Vec<&str> = listing["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["topic"].as_str().unwrap())
        .collect();
    assert_eq!(
        topics,
        [
            "minid",
            "under-16",
            "new-id-number",
            "code-chip",
            "bankid-combinations",
            "security"
        ]
    );
}

#[test]
fn report_files_say_what_they_hold_and_hide_who_and_where() {
    let sb = Sandbox::new();
    let home = sb.path("home/kari");
    let java = home.join("jdk/bin");
    std::fs::create_dir_all(&java).unwrap();
    let script = java.join("java");
    std::fs::write(&script, "#!/bin/sh\nexec /bin/sleep 60\n").unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .unwrap_or_default()
        .trim()
        .to_owned();
    for format in ["text", "json", "junit"] {
        let target = sb.path(&format!("report.{format}"));
        sb.report()
            .env("HOME", &home)
            .env("USER", "kari")
            .env("PATH", &java)
            .args(["--format", format, "--timeout", "2", "--output"])
            .arg(&target)
            .assert()
            .code(1);
        let text = std::fs::read_to_string(&target).unwrap();
        assert!(!text.contains(home.to_str().unwrap()), "{format}: {text}");
        assert!(
            text.contains("~/jdk"),
            "{format}: the broken Java's path, relative to home: {text}"
        );
        if !host.is_empty() {
            assert!(!text.contains(&host), "{format}: host name in {text}");
        }
        if format == "text" {
            assert!(
                text.starts_with("This is a loginsjekk report to send to helsenorge.no support."),
                "{text}"
            );
        }
    }
}
