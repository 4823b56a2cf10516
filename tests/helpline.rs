//! For citizens and the helpline: login-method readiness, the support code and `decode`,
//! `id-number`, the explain topics, and report files fit for sharing.
// Linux only: faketime (libfaketime) and /proc
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

mod support;

use std::io::Write;
use std::process::{Command, Stdio};

use predicates::prelude::*;
use serde_json::Value;
use support::{check_ids, json_of, valid_number, Sandbox};

const PROFILE: &str = include_str!("../src/profile/default.toml");

#[test]
fn the_text_report_leads_with_methods_and_ends_with_support_code_and_helpline() {
    let sb = Sandbox::new();
    let text = String::from_utf8(sb.report().output().unwrap().stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // The sandbox has no Java and no stick; offline, and card-reader did not run.
    assert_eq!(lines[3], "Not ready: Commfides e-ID (see 5)", "{text}");
    assert_eq!(
        lines[4],
        "Could not be checked: BankID (see 1, 2, 3), Buypass ID on smart card (see 1, 2, 3; not run: \
         Card reader and Buypass card), Buypass ID in mobile (see 1, 2, 3)",
        "{text}"
    );
    assert!(
        lines[5].starts_with(
            "No longer available: BankID on mobile was switched off on 1 September 2024."
        ),
        "{text}"
    );
    // Nothing says the methods cannot work, so no other way in is offered yet.
    assert_eq!(lines[6], "", "{text}");
    assert!(!text.contains("Helsenorge app"), "{text}");
    let n = lines.len();
    // A smoke test of checks (--skip) closes on the checks, not the verdict.
    assert_eq!(lines[n - 3], "Everything that was checked is in order.");
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
        !text.contains("BankID") && !text.contains("No longer available"),
        "{text}"
    );
    // A redirected portal name stops every method, even with the portal checks skipped.
    let system_line = check_ids(&json_of(sb.report().args(["--format", "json"])))
        .iter()
        .position(|id| id == "system")
        .unwrap()
        + 1;
    assert!(
        text.contains(&format!(
            "Not ready: Buypass ID in mobile (see {system_line})"
        )),
        "{text}"
    );
    sb.write("hosts", "127.0.0.1 localhost\n");
    let report = json_of(
        sb.report()
            .args(["--method", "commfides", "--format", "json"]),
    );
    let methods = report["methods"].as_array().unwrap();
    assert_eq!(methods.len(), 1);
    assert_eq!(methods[0]["id"], "commfides");
    assert_eq!(methods[0]["status"], "not-ready");
    assert_eq!(methods[0]["blocked_by"], serde_json::json!(["usb-token"]));
    assert_eq!(
        methods[0]["not_checked"],
        serde_json::json!(["tls", "certificate", "clock"])
    );
    let ids = check_ids(&report);
    let usb_line = ids.iter().position(|id| id == "usb-token").unwrap() + 1;
    let text = String::from_utf8(
        sb.report()
            .args(["--method", "commfides"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        text.contains(&format!("Not ready: Commfides e-ID (see {usb_line})")),
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
    assert_eq!(code.len(), 24, "five groups of four");
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
    assert!(system["steps"].to_string().contains("fake site"));
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

/// The remainders of the two weighted sums of an 11-digit number. Today's rules want (0, 0);
/// the rules for new numbers let the first be 0, 1, 2 or 3.
fn remainders(number: &str) -> (u32, u32) {
    let digits: Vec<u32> = number.chars().map(|c| c.to_digit(10).unwrap()).collect();
    let sum = |weights: &[u32]| -> u32 {
        weights.iter().zip(&digits).map(|(w, d)| w * d).sum::<u32>() % 11
    };
    (
        sum(&[3, 7, 6, 1, 8, 9, 4, 5, 2, 1]),
        sum(&[5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]),
    )
}

/// A valid number born on `date` with two digits mistyped so that it passes only under the
/// rules for new numbers. (A one-digit typo, or two neighbours swapped, never passes: every
/// digit weighs in the second check digit.) Individual numbers 100–199 and typos in their last
/// two digits or the check digits keep the date and the century.
fn typo_passing_only_new_rules(date: &str) -> String {
    let positions = [7, 8, 9, 10];
    (100..190)
        .map(|from| valid_number(date, from))
        .flat_map(|number| {
            positions.into_iter().flat_map(move |first| {
                let number = number.clone();
                positions
                    .into_iter()
                    .filter(move |second| *second > first)
                    .flat_map(move |second| {
                        let number = number.clone();
                        (0..100).map(move |digits: u8| {
                            let mut typo = number.clone().into_bytes();
                            typo[first] = b'0' + digits / 10;
                            typo[second] = b'0' + digits % 10;
                            String::from_utf8(typo).unwrap()
                        })
                    })
            })
        })
        .find(|typo| {
            let (first, second) = remainders(typo);
            (1..=3).contains(&first) && second == 0
        })
        .unwrap()
}

/// `loginsjekk id-number ARGS` on 25 November 2026.
fn id_number(sb: &Sandbox, args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    id_number_at(sb, "2026-11-25 12:00:00", "UTC", args, stdin)
}

/// `loginsjekk id-number ARGS` with the clock at `when` (libfaketime) in time zone `tz`.
fn id_number_at(
    sb: &Sandbox,
    when: &str,
    tz: &str,
    args: &[&str],
    stdin: Option<&str>,
) -> (i32, String, String) {
    let mut child = Command::new("faketime")
        .arg(when)
        .arg(assert_cmd::cargo::cargo_bin("loginsjekk"))
        .arg("id-number")
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env("TZ", tz)
        .current_dir(sb.dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("faketime (Debian package faketime) runs");
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
        let number = valid_number(date, 100);
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
    let number = valid_number("011212", 500); // born 1 December 2012: 13 on 25 November 2026
    let (code, out, _) = id_number(&sb, &[&number], None);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("13 years old"), "{out}");
    assert!(
        out.contains("You must be 16 or older to use helsenorge.no on your own."),
        "{out}"
    );
    let grown = valid_number("251110", 500); // 16 today
    let (_, out, _) = id_number(&sb, &[&grown], None);
    assert!(
        out.contains("16 years old") && !out.contains("16 or older"),
        "{out}"
    );
}

#[test]
fn id_number_from_standard_input_and_bad_input() {
    let sb = Sandbox::new();
    let number = valid_number("010190", 100);
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
    let number = valid_number("241299", 100);
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
    let json: Value = support::parse_json(
        id_number(&sb, &["--format", "json", &number], None)
            .1
            .as_bytes(),
        b"",
    );
    assert_eq!(json["masked"], "241299*****");
    assert_eq!(json["birth_date"], "1999-12-24");
}

#[test]
fn a_typo_that_only_the_new_rules_allow_is_refused_until_they_apply() {
    let sb = Sandbox::new();
    let typo = typo_passing_only_new_rules("150385");
    let (code, out, err) = id_number(&sb, &[&typo], None);
    assert_eq!(code, 1, "{out}{err}");
    assert_eq!(
        out,
        "This is not a valid national identity number: the check digits are wrong under today's \
         rules; check each digit. (They would be right under the rules for new numbers, but no \
         number is given out under those before 1 January 2032.)\n"
    );
    let (_, out, _) = id_number(&sb, &["--lang", "nb", &typo], None);
    assert!(
        out.contains("kontrollsifrene er feil etter dagens regler, så sjekk hvert siffer."),
        "{out}"
    );
    let (code, out, _) = id_number(&sb, &["--format", "json", &typo], None);
    assert_eq!(code, 1);
    let json: Value = support::parse_json(out.as_bytes(), b"");
    assert_eq!(
        json,
        serde_json::json!({"valid": false, "reason": "check-digits-only-2032-rules"})
    );

    // With the profile's day in the past, the same number is one of the new numbers.
    let from = "rules_2032_from = 2032-01-01";
    assert!(PROFILE.contains(from));
    let profile = sb.write(
        "past.toml",
        &PROFILE.replace(from, "rules_2032_from = 2026-01-01"),
    );
    let profile = profile.to_str().unwrap();
    let (code, out, err) = id_number(&sb, &["--profile", profile, &typo], None);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.starts_with("150385***** is a valid national identity number")
            && out.contains("It is valid under the rules for new numbers that apply from 2032."),
        "{out}"
    );
    let (_, out, _) = id_number(
        &sb,
        &["--format", "json", "--profile", profile, &typo],
        None,
    );
    let json: Value = support::parse_json(out.as_bytes(), b"");
    assert_eq!(
        (&json["valid"], &json["rules_2032"]),
        (&true.into(), &true.into())
    );
    // And with the built-in profile once the day has come.
    let (code, out, _) = id_number_at(&sb, "2032-01-01 00:00:10", "UTC", &[&typo], None);
    assert_eq!(code, 0, "{out}");
    for out in [out, err] {
        assert!(!out.contains(&typo[6..]), "{out}");
    }

    // `--profile` before the command is the check command's, which is said.
    let output = sb
        .cmd()
        .args(["--profile", profile, "id-number", &typo])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "loginsjekk: --profile goes after 'id-number': loginsjekk id-number --profile … \
         (see 'loginsjekk --help')\n"
    );

    // A profile that cannot be read stops the command before it asks for the number.
    let (code, out, err) = id_number(&sb, &["--profile", "missing.toml"], Some(&typo));
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with("loginsjekk: cannot read profile missing.toml"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn a_date_of_birth_in_the_future_is_refused() {
    let sb = Sandbox::new();
    let number = valid_number("101226", 500); // born 10 December 2026
    let (code, out, _) = id_number_at(&sb, "2026-12-01 12:00:00", "UTC", &[&number], None);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        out,
        "This is not a valid national identity number: this date of birth is in the future.\n"
    );
    let (_, out, _) = id_number_at(
        &sb,
        "2026-12-01 12:00:00",
        "UTC",
        &["--format", "json", &number],
        None,
    );
    let json: Value = support::parse_json(out.as_bytes(), b"");
    assert_eq!(json["reason"], "future-date");
    // The day is the user's: half past midnight in Oslo is still the day before in UTC.
    let (code, out, _) = id_number_at(&sb, "2026-12-10 00:30:00", "Europe/Oslo", &[&number], None);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Date of birth 10 December 2026: 0 years old."),
        "{out}"
    );
}

#[test]
fn the_31st_of_february_is_a_wrong_date_before_wrong_check_digits() {
    let sb = Sandbox::new();
    let valid_digits = valid_number("310290", 100);
    let mut number = valid_digits.into_bytes();
    number[10] = if number[10] == b'9' {
        b'0'
    } else {
        number[10] + 1
    };
    let number = String::from_utf8(number).unwrap();
    for wrong in [number.as_str(), "31029012345"] {
        assert_ne!(
            remainders(wrong),
            (0, 0),
            "{wrong}: its check digits are wrong too"
        );
        let (code, out, _) = id_number(&sb, &[wrong], None);
        assert_eq!(code, 1, "{out}");
        assert_eq!(
            out,
            "This is not a valid national identity number: the date in it does not exist.\n"
        );
        let (_, out, _) = id_number(&sb, &["--format", "json", wrong], None);
        let json: Value = support::parse_json(out.as_bytes(), b"");
        assert_eq!(json["reason"], "date");
    }
}

#[test]
fn a_synthetic_number_is_a_test_number_that_cannot_log_in() {
    let sb = Sandbox::new();
    let number = valid_number("158385", 100); // 15 March 1985, month + 80
    let (code, out, _) = id_number(&sb, &[&number], None);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.starts_with("158385***** is a valid synthetic test number.\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "It is a test number from the Tax Administration's synthetic test population: it \
             belongs to no one and cannot be used to log in."
        ),
        "{out}"
    );
    assert!(!out.contains("Commfides"), "{out}");
    let (_, out, _) = id_number(&sb, &["--lang", "nb", &number], None);
    assert!(
        out.contains("Dette er et testnummer fra Skatteetatens syntetiske testbefolkning")
            && out.contains("kan ikke brukes til å logge inn"),
        "{out}"
    );
    let (_, out, _) = id_number(&sb, &["--format", "json", &number], None);
    let json: Value = support::parse_json(out.as_bytes(), b"");
    assert_eq!(
        (&json["valid"], &json["kind"]),
        (&true.into(), &"synthetic".into())
    );
}

#[test]
fn topics_in_both_languages() {
    let sb = Sandbox::new();
    sb.cmd().args(["explain", "minid"]).assert().code(0).stdout(
        predicate::str::starts_with("MinID cannot be used for helsenorge.no\n")
            .and(predicate::str::contains("security level \"high\""))
            .and(predicate::str::contains("level 4").not()),
    );
    sb.cmd()
        .args(["explain", "minid", "--lang", "nb"])
        .assert()
        .stdout(predicate::str::contains("sikkerhetsnivået «høyt»"));
    // Today's help page: the app from 16 (some services from 13 with consent), both BankID
    // routes, Buypass ID in mobile, and ID-porten's own user support.
    let app = String::from_utf8(
        sb.cmd()
            .args(["explain", "helsenorge-app"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        app.contains("16 and over") && app.contains("from 13 with the consent"),
        "{app}"
    );
    let bankid = String::from_utf8(
        sb.cmd()
            .args(["explain", "bankid-combinations"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        bankid.contains("With the BankID app") && bankid.contains("With a code chip (kodebrikke)"),
        "{bankid}"
    );
    let ask = String::from_utf8(
        sb.cmd()
            .args(["explain", "where-to-ask"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(ask.contains("ID-porten has its own user support"), "{ask}");
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
            "helsenorge-app",
            "buypass-mobile",
            "where-to-ask",
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
        if format == "json" {
            support::parse_json(text.as_bytes(), b"");
        }
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

#[test]
fn decode_help_gives_a_code_that_decodes() {
    let sb = Sandbox::new();
    let help =
        String::from_utf8(sb.cmd().args(["decode", "--help"]).output().unwrap().stdout).unwrap();
    let example = help
        .split("e.g. ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .map(|code| code.trim_end_matches('.'))
        .unwrap_or_else(|| panic!("no example in: {help}"));
    let decoded = json_of(sb.cmd().args(["decode", example, "--format", "json"]));
    assert_eq!(decoded["format"], 2, "{decoded:#}");
    assert!(!decoded["checks"].as_array().unwrap().is_empty());
}

#[test]
fn decode_tells_staff_the_methods_the_system_and_what_stands_behind() {
    let sb = Sandbox::new();
    sb.write("hosts", "10.1.1.1 login.idporten.no\n");
    let report = json_of(
        sb.report()
            .env("LOGINSJEKK_TEST_OS", "macos")
            .env("HTTPS_PROXY", "http://proxy.example.no:8080")
            .args(["--method", "bankid,buypass-mobile", "--format", "json"]),
    );
    let code = report["support_code"].as_str().unwrap().to_owned();
    // The staff member's own computer is Linux: the steps are still the caller's.
    let text = String::from_utf8(
        sb.cmd()
            .env("LOGINSJEKK_TEST_OS", "linux")
            .args(["decode", &code])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    for expected in [
        "The caller asked about: BankID, Buypass ID in mobile",
        "Computer: macOS",
        "[✗] This computer: The hosts file sends an ID portal address somewhere else (system.hosts-override)",
        "also found: Internet traffic goes through a proxy server (system.proxy)",
        "Questions and advice for the caller:",
        "Ask whether the computer is on a work network",
        "Remove that line from the hosts file",
    ] {
        assert!(text.contains(expected), "{expected:?} in:\n{text}");
    }
    // The reader is the helpline: no step sends them to it.
    assert!(!text.to_lowercase().contains("helpline"), "{text}");
    let nb = String::from_utf8(
        sb.cmd()
            .args(["decode", &code, "--lang", "nb"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        nb.contains("Innringeren spurte om: BankID, Buypass ID i mobil"),
        "{nb}"
    );
    assert!(nb.contains("Datamaskin: macOS"), "{nb}");
    assert!(!nb.contains("Veiledning helsenorge.no"), "{nb}");
    let json = json_of(sb.cmd().args(["decode", &code, "--format", "json"]));
    assert_eq!(json["os"], "macos");
    assert_eq!(
        json["methods"],
        serde_json::json!(["bankid", "buypass-mobile"])
    );
    assert_eq!(json["methods_chosen"], true);
    let system = json["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "system")
        .unwrap();
    assert_eq!(system["also"][0]["code"], "system.proxy");
}
