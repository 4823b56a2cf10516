//! The three report formats: JSON fields, JUnit validity, and text in both languages.
// Linux only: xmllint (libxml2-utils)
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

mod support;

use std::process::Command;

use support::{check_ids, check_of, fixture, json_of, Sandbox};

#[test]
fn json_has_every_schema_field() {
    let sb = Sandbox::new();
    let report = json_of(sb.report().args(["--format", "json"]));
    // The display order of every check, less card-reader, which the sandbox report skips.
    assert_eq!(
        check_ids(&report),
        ["tls", "certificate", "clock", "java", "usb-token", "system"],
        "display order"
    );
    assert_eq!(report["checks"][0]["status"], "skipped");
    assert_eq!(report["schema_version"], 2);
    // Offline, no method can be shown to work: the verdict says so.
    assert_eq!(report["verdict"]["status"], "not-checked");
    assert_eq!(
        report["verdict"]["scope"],
        serde_json::json!(["bankid", "buypass-smartcard", "buypass-mobile", "commfides"])
    );
    assert_eq!(report["verdict"]["ready"], serde_json::json!([]));
    for method in report["methods"].as_array().unwrap() {
        for field in ["id", "status", "blocked_by", "not_checked"] {
            assert!(!method[field].is_null(), "{field}: {method}");
        }
    }
    assert_eq!(report["tool"]["name"], "loginsjekk");
    assert_eq!(report["tool"]["version"], env!("CARGO_PKG_VERSION"));
    let generated = report["generated_at"].as_str().unwrap();
    assert!(
        time::OffsetDateTime::parse(generated, &time::format_description::well_known::Rfc3339)
            .is_ok(),
        "{generated}"
    );
    assert!(generated.ends_with('Z'));
    assert!(report["duration_ms"].is_u64());
    assert_eq!(report["lang"], "en");
    assert_eq!(report["status"], "pass");
    let check = check_of(&report, "system");
    for field in [
        "id",
        "title",
        "status",
        "code",
        "summary",
        "findings",
        "guidance",
        "steps",
        "details",
        "duration_ms",
    ] {
        assert!(!check[field].is_null(), "missing {field}");
    }
    assert_eq!(check["id"], "system");
    assert_eq!(check["code"], "system.ok");
    let finding = &check["findings"][0];
    assert_eq!(finding["code"], "system.ok");
    assert_eq!(finding["status"], "pass");
    assert!(finding["message"]
        .as_str()
        .unwrap()
        .contains("nothing on it sends the login somewhere else"));
    assert!(check["details"]["os"]["arch"].is_string());
}

#[test]
fn json_reports_a_failure_with_guidance() {
    let sb = Sandbox::new();
    sb.write(
        "hosts",
        "127.0.0.1 localhost\n0.0.0.0 idporten.no www.helsenorge.no\n",
    );
    let output = sb
        .report()
        .args(["--format", "json", "--lang", "nb"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = support::parse_json(&output.stdout, &output.stderr);
    assert_eq!(report["status"], "fail");
    assert_eq!(report["lang"], "nb");
    let check = check_of(&report, "system");
    assert_eq!(check["status"], "fail");
    assert_eq!(check["code"], "system.hosts-override");
    let overrides = check["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "system.hosts-override");
    assert_eq!(overrides.count(), 2);
    assert!(
        check["summary"].as_str().unwrap().contains("Linje 2"),
        "{}",
        check["summary"]
    );
    let guidance = check["guidance"].as_array().unwrap();
    assert!(guidance
        .iter()
        .any(|g| g.as_str().unwrap().contains("falskt nettsted")));
    assert_eq!(
        check["details"]["hosts_file"]["overrides"][1]["name"],
        "www.helsenorge.no"
    );
}

/// Validates with xmllint against the JUnit schema that Jenkins and other CI systems read.
fn assert_valid_junit(xml: &[u8], sb: &Sandbox) {
    let file = sb.path("report.xml");
    std::fs::write(&file, xml).unwrap();
    let output = Command::new("xmllint")
        .args(["--noout", "--schema"])
        .arg(fixture("junit.xsd"))
        .arg(&file)
        .output()
        .expect("xmllint must be installed (tests/run.sh installs libxml2-utils)");
    assert!(
        output.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&output.stderr),
        String::from_utf8_lossy(xml)
    );
}

#[test]
fn junit_validates_when_passing_and_failing() {
    let sb = Sandbox::new();
    let output = sb.report().args(["--format", "junit"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_valid_junit(&output.stdout, &sb);
    let xml = String::from_utf8(output.stdout).unwrap();
    assert!(
        xml.contains("<testcase name=\"system: This computer\" classname=\"loginsjekk.system\"")
    );
    assert!(
        xml.contains("tests=\"6\" failures=\"0\" errors=\"0\" skipped=\"5\""),
        "{xml}"
    );
    assert!(xml.contains("<skipped message=\"Not checked, because loginsjekk was asked not to use the network\" type=\"tls.offline\">"), "{xml}");
    assert!(!xml.contains("<failure"));
    // Offline, no method can be shown to work.
    assert!(
        xml.contains("<property name=\"loginsjekk.verdict\" value=\"not-checked\"/>"),
        "{xml}"
    );
    assert!(
        xml.contains("<property name=\"loginsjekk.ready\" value=\"\"/>"),
        "{xml}"
    );

    // Hostile text from a hosts file must not break the XML.
    sb.write("hosts", "10.0.0.1 login.idporten.no <evil>&\u{1b}[31m\"'\n");
    let output = sb.report().args(["--format", "junit"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_valid_junit(&output.stdout, &sb);
    let xml = String::from_utf8(output.stdout).unwrap();
    assert!(xml.contains("<failure message=\"Line 1 of"));
    assert!(xml.contains("type=\"system.hosts-override\""));
    assert!(xml.contains("failures=\"1\""));
}

#[test]
fn junit_schema_rejects_a_broken_report() {
    // Proves the validation above can fail: a testcase without a name is not valid JUnit.
    let sb = Sandbox::new();
    let file = sb.write(
        "bad.xml",
        "<testsuite name=\"x\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase/></testsuite>",
    );
    let status = Command::new("xmllint")
        .args(["--noout", "--schema"])
        .arg(fixture("junit.xsd"))
        .arg(&file)
        .output()
        .unwrap()
        .status;
    assert!(!status.success());
}

#[test]
fn text_report_is_numbered_and_ends_with_the_helpline() {
    let sb = Sandbox::new();
    sb.write("hosts", "10.0.0.1 login.idporten.no\n");
    let output = sb.report().output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("loginsjekk 0.1.0: is this computer ready to log in to helsenorge.no?\n"),
        "{text}"
    );
    assert!(
        text.contains("\n1 [–] Connection to the ID portal: Not checked"),
        "{text}"
    );
    assert!(text.contains("\n6 [✗] This computer: Line 1 of "), "{text}");
    assert!(
        text.contains("      → This can send your login to a fake site"),
        "{text}"
    );
    assert!(text.contains("One problem can stop the login."), "{text}");
    assert!(
        text.ends_with("helsenorge.no helpline: 23 32 70 00\n"),
        "{text}"
    );
}

#[test]
fn norwegian_text_from_flag_and_from_locale() {
    let sb = Sandbox::new();
    let by_flag =
        String::from_utf8(sb.report().args(["--lang", "nb"]).output().unwrap().stdout).unwrap();
    assert!(
        by_flag.contains("er denne datamaskinen klar til å logge inn på helsenorge.no?"),
        "{by_flag}"
    );
    assert!(by_flag.contains("Denne datamaskinen"), "{by_flag}");
    assert!(
        by_flag.contains("Alt som ble sjekket, er i orden."),
        "{by_flag}"
    );
    assert!(by_flag.ends_with("Veiledning helsenorge.no: 23 32 70 00\n"));
    assert!(!by_flag.contains("This computer") && !by_flag.contains("helpline"));
    for locale in ["nb_NO.UTF-8", "nn_NO.UTF-8", "no_NO"] {
        let text =
            String::from_utf8(sb.report().env("LANG", locale).output().unwrap().stdout).unwrap();
        assert!(text.contains("Denne datamaskinen"), "{locale}");
    }
    let english = String::from_utf8(
        sb.report()
            .env("LANG", "sv_SE.UTF-8")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(english.contains("This computer"));
}

#[test]
fn quiet_shows_only_problems_and_verbose_shows_more() {
    let sb = Sandbox::new();
    let quiet = String::from_utf8(sb.report().arg("-q").output().unwrap().stdout).unwrap();
    let code = json_of(sb.report().args(["--format", "json"]))["support_code"]
        .as_str()
        .unwrap()
        .to_owned();
    // The verdict stays; no check needs attention.
    assert!(
        quiet.starts_with("Not ready: Commfides e-ID (see 5)\nCould not be checked: BankID"),
        "{quiet}"
    );
    assert!(!quiet.contains('['), "{quiet}");
    assert!(
        quiet.ends_with(&format!("\n\nEverything that was checked is in order.\nSupport code: {code} (read it out if you call the helpline)\nhelsenorge.no helpline: 23 32 70 00\n")),
        "{quiet}"
    );
    let verbose = sb
        .report()
        .arg("-v")
        .env("HTTPS_PROXY", "http://ola:secret@proxy.example:3128")
        .output()
        .unwrap();
    let verbose = String::from_utf8(verbose.stdout).unwrap();
    assert!(
        verbose.contains("· Proxy setting HTTPS_PROXY = http://***@proxy.example:3128"),
        "{verbose}"
    );
    assert!(verbose.contains("took "), "{verbose}");
    assert!(!verbose.contains("secret"));
}

#[test]
fn junit_and_text_say_each_finding_once_whatever_its_place() {
    let sb = Sandbox::new();
    // A profile a year and more old: its warning is the system check's primary finding, and
    // it comes after the proxy's pass in the list of findings.
    let profile = include_str!("../src/profile/default.toml").replacen(
        "as_of = 2026-11-20",
        "as_of = 2020-01-01",
        1,
    );
    sb.write("old.toml", &profile);
    for format in ["junit", "text"] {
        let output = sb
            .report()
            .env("HTTPS_PROXY", "http://127.0.0.1:9")
            .args(["--only", "system", "--verbose", "--format", format])
            .arg("--profile")
            .arg(sb.path("old.toml"))
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&output.stdout);
        let outdated = if format == "junit" {
            "system.data-outdated:"
        } else {
            "The facts loginsjekk checks against"
        };
        assert_eq!(out.matches(outdated).count(), 1, "{format}: {out}");
        assert!(out.contains("HTTPS_PROXY"), "{format}: {out}");
    }
}

#[test]
fn a_report_shows_the_steps_of_its_own_system_and_json_keeps_every_one() {
    let sb = Sandbox::new();
    // A card reader on USB without the smart card software.
    sb.plug_in_card_reader();
    let run = |os: &str, format: &str| {
        let output = sb
            .offline()
            .env("LOGINSJEKK_TEST_OS", os)
            .env(
                "LOGINSJEKK_TEST_PCSC_LIBRARY",
                sb.path("no/libpcsclite.so.1"),
            )
            .args(["--format", format])
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    const WINDOWS: &str = "Restart the computer; Windows comes with the smart card software.";
    const MACOS: &str = "Restart the Mac; macOS comes with the smart card software.";
    const LINUX: &str = "Install the packages pcscd and libpcsclite1";
    let linux = run("linux", "text");
    assert!(linux.contains(LINUX), "{linux}");
    assert!(
        !linux.contains(WINDOWS) && !linux.contains(MACOS),
        "{linux}"
    );
    assert!(
        !linux.contains("Windows") && !linux.contains("Mac"),
        "{linux}"
    );
    let windows = run("windows", "text");
    assert!(windows.contains(WINDOWS), "{windows}");
    assert!(
        !windows.contains(LINUX) && !windows.contains(MACOS),
        "{windows}"
    );
    let macos = run("macos", "text");
    assert!(macos.contains(MACOS), "{macos}");
    assert!(
        !macos.contains(LINUX) && !macos.contains(WINDOWS),
        "{macos}"
    );
    // JSON: this system's guidance, and every system's steps with the systems they are for.
    let report: serde_json::Value = serde_json::from_str(&run("linux", "json")).unwrap();
    let card = check_of(&report, "card-reader");
    assert_eq!(card["code"], "card-reader.no-pcsc-library");
    assert!(!card["guidance"].to_string().contains(WINDOWS));
    let steps = card["steps"].as_array().unwrap();
    let platforms_of = |text: &str| {
        steps
            .iter()
            .find(|s| s["text"].as_str().unwrap().contains(text))
            .map(|s| s["platforms"].clone())
            .unwrap_or_else(|| panic!("no step {text:?} in {steps:#?}"))
    };
    assert_eq!(platforms_of(WINDOWS), serde_json::json!(["windows"]));
    assert_eq!(platforms_of(MACOS), serde_json::json!(["macos"]));
    assert_eq!(platforms_of(LINUX), serde_json::json!(["linux"]));
    assert_eq!(
        platforms_of("Also install the software that came with your card reader"),
        serde_json::Value::Null
    );
}

#[test]
fn explain_lists_every_system_s_steps_with_the_system_named() {
    let sb = Sandbox::new();
    let text = String::from_utf8(
        sb.cmd()
            .env("LOGINSJEKK_TEST_OS", "linux")
            .args(["explain", "card-reader.service-unavailable"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        text.contains("open Services, find \"Smart Card\""),
        "{text}"
    );
    assert!(text.contains("(only on Windows)"), "{text}");
    assert!(text.contains("restart the Mac. (only on macOS)"), "{text}");
    assert!(text.contains("(only on Linux)"), "{text}");
    let json: serde_json::Value = serde_json::from_slice(
        &sb.cmd()
            .args([
                "explain",
                "card-reader.service-unavailable",
                "--format",
                "json",
            ])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let platforms: Vec<serde_json::Value> = json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["platforms"].clone())
        .collect();
    assert_eq!(platforms.len(), 4, "{json:#}");
    assert!(platforms.contains(&serde_json::json!(["macos"])));
}

#[test]
fn a_step_is_not_repeated_on_the_lines_not_run_for_the_same_reason() {
    let sb = Sandbox::new();
    let output = sb.offline().args(["--method", "bankid"]).output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        text.matches("Run loginsjekk without --offline").count(),
        1,
        "{text}"
    );
    // The lines themselves stay, each saying why it was not checked.
    assert_eq!(
        text.matches("Not checked, because loginsjekk was asked not to use the network")
            .count(),
        3,
        "{text}"
    );
    // JSON keeps every check's own guidance.
    let report = json_of(
        sb.offline()
            .args(["--method", "bankid", "--format", "json"]),
    );
    for id in ["tls", "certificate", "clock"] {
        assert!(
            check_of(&report, id)["guidance"]
                .to_string()
                .contains("without --offline"),
            "{id}"
        );
    }
}
