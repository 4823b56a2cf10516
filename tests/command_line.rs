//! The command line: exit codes, check selection, output files, pipes and usage errors.
// Linux only: Unix file names of arbitrary bytes and Unix shell behaviour
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

mod support;

use std::process::{Command, Stdio};

use predicates::prelude::*;
use support::{check_ids, check_of, json_of, run_json, stderr_and_status, Sandbox};

#[test]
fn exit_0_when_nothing_fails() {
    let sb = Sandbox::new();
    sb.report()
        .assert()
        .code(0)
        .stdout(predicate::str::contains("[✓] This computer"));
}

#[test]
fn exit_1_when_a_check_fails() {
    let sb = Sandbox::new();
    sb.write(
        "hosts",
        "127.0.0.1 localhost\n10.0.0.66 login.idporten.no\n",
    );
    sb.report()
        .assert()
        .code(1)
        .stdout(predicate::str::contains("[✗] This computer"));
}

#[test]
fn exit_2_on_usage_errors_with_one_line() {
    let sb = Sandbox::new();
    for args in [
        vec!["--format", "xml"],
        vec!["--only", "nosuch"],
        vec!["--skip", "system,nosuch"],
        vec!["--method", "minid"],
        vec!["--timeout", "0"],
        vec!["--timeout", "-1"],
        vec!["--timeout", "100000"],
        vec!["--timeout", "soon"],
        vec!["--lang", "sv"],
        vec!["--no-such-option"],
        vec!["--only", "system", "--skip", "system"],
        vec!["explain", "a", "b"],
        vec!["--only", "system", "explain"],
    ] {
        let output = sb.report().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("loginsjekk: "), "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn invalid_utf8_argument_is_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;
    let sb = Sandbox::new();
    let bad = std::ffi::OsStr::from_bytes(b"--only=\xff\xfe");
    let output = sb.report().arg(bad).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&output.stderr).lines().count(), 1);
}

#[test]
fn help_and_version_exit_0() {
    let sb = Sandbox::new();
    sb.report()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("--only <IDS>").and(predicate::str::contains("explain")));
    sb.report()
        .arg("--version")
        .assert()
        .code(0)
        .stdout("loginsjekk 0.1.0\n");
    sb.report()
        .args(["check", "--help"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("--offline"));
}

#[test]
fn only_and_skip_select_checks() {
    let sb = Sandbox::new();
    let ids =
        |args: &[&str]| check_ids(&json_of(sb.report().args(["--format", "json"]).args(args)));
    let all = ids(&[]);
    assert!(
        !all.contains(&"card-reader".to_owned()),
        "the sandbox report skips card-reader"
    );
    assert_eq!(ids(&["--only", "system"]), ["system"]);
    assert_eq!(
        ids(&["--only", "system,tls"]),
        ["tls", "system"],
        "display order, not argument order"
    );
    let without_system: Vec<String> = all.iter().filter(|id| *id != "system").cloned().collect();
    assert_eq!(ids(&["--skip", "system"]), without_system);
    let report =
        json_of(
            sb.cmd()
                .args(["check", "--offline", "--only", "system", "--format", "json"]),
        );
    assert_eq!(check_ids(&report), ["system"]);
    sb.report()
        .args(["--only", "system", "--skip", "system"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no check"));
}

#[test]
fn output_file_is_written_and_stdout_stays_empty() {
    let sb = Sandbox::new();
    let target = sb.path("report.json");
    sb.report()
        .args(["--format", "json", "--output"])
        .arg(&target)
        .assert()
        .code(0)
        .stdout("");
    let report: serde_json::Value = support::parse_json(&std::fs::read(&target).unwrap(), b"");
    assert_eq!(report["schema_version"], 2);
    let leftovers: Vec<_> = std::fs::read_dir(sb.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary file left behind");
}

#[test]
fn output_text_file_has_no_colour_even_when_forced() {
    let sb = Sandbox::new();
    let target = sb.path("report.txt");
    sb.report()
        .args(["--color", "always", "--output"])
        .arg(&target)
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(
        text.contains("This computer") && !text.contains('\x1b'),
        "{text}"
    );
}

#[test]
fn unwritable_output_is_exit_2_and_checks_do_not_run() {
    let sb = Sandbox::new();
    for target in [
        sb.path("missing-dir/report.txt"),
        sb.dir.path().to_path_buf(),
    ] {
        let output = sb.report().arg("--output").arg(&target).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{target:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.starts_with("loginsjekk: cannot write the report to"),
            "{stderr}"
        );
        assert_eq!(stderr.lines().count(), 1);
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn existing_output_file_is_replaced_whole() {
    let sb = Sandbox::new();
    let target = sb.write("report.txt", &"old content\n".repeat(10_000));
    sb.report().arg("--output").arg(&target).assert().code(0);
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(!text.contains("old content"));
    assert!(text.ends_with("23 32 70 00\n"));
}

#[test]
fn closed_pipe_ends_quietly() {
    let sb = Sandbox::new();
    let bin = assert_cmd::cargo::cargo_bin("loginsjekk");
    for format in ["text", "json", "junit"] {
        let mut child = Command::new(&bin)
            .args(["-v", "--format", format])
            .env("LOGINSJEKK_TEST_HOSTS_FILE", sb.path("hosts"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let (stderr, status) = stderr_and_status(&mut child);
        assert!(
            matches!(status.code(), Some(0 | 1)),
            "{format}: {status:?} {stderr}"
        );
        assert!(stderr.is_empty(), "{format}: {stderr}");
    }
}

#[test]
fn closed_pipe_through_head() {
    let sb = Sandbox::new();
    let bin = assert_cmd::cargo::cargo_bin("loginsjekk");
    let script = format!(
        "set -o pipefail; '{}' --format json | head -c 1 >/dev/null",
        bin.display()
    );
    let output = Command::new("bash")
        .args(["-c", &script])
        .env("LOGINSJEKK_TEST_HOSTS_FILE", sb.path("hosts"))
        .output()
        .unwrap();
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(matches!(output.status.code(), Some(0 | 1)));
}

#[test]
fn no_progress_or_escape_codes_in_pipes() {
    let sb = Sandbox::new();
    for format in ["text", "json", "junit"] {
        let output = sb.report().args(["--format", format]).output().unwrap();
        assert!(output.stderr.is_empty(), "{format}");
        assert!(!output.stdout.contains(&0x1b), "{format}");
        if format == "json" {
            support::parse_json(&output.stdout, &output.stderr);
        }
    }
}

#[test]
fn colour_always_wins_over_no_color_into_a_pipe() {
    let sb = Sandbox::new();
    sb.report()
        .args(["--color", "always"])
        .env("NO_COLOR", "1")
        .assert()
        .stdout(predicate::str::contains("\x1b[32m[✓]\x1b[0m"));
}

#[test]
fn colour_can_be_forced_and_ascii_used_on_dumb_terminals() {
    let sb = Sandbox::new();
    sb.report()
        .env("CLICOLOR_FORCE", "1")
        .assert()
        .stdout(predicate::str::contains("\x1b[32m[✓]\x1b[0m"));
    sb.report()
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .assert()
        .stdout(predicate::str::contains('\x1b').not());
    let output = sb
        .report()
        .args(["--color", "never"])
        .env("TERM", "dumb")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("1 [-] Connection to the ID portal: Not checked"),
        "{text}"
    );
    let ids = check_ids(&json_of(sb.report().args(["--format", "json"])));
    let line = |id: &str| ids.iter().position(|i| i == id).unwrap() + 1;
    assert!(
        text.contains(&format!("{} [-] Java: No Java was found", line("java"))),
        "{text}"
    );
    assert!(
        text.contains(&format!("{} [OK] This computer", line("system"))),
        "{text}"
    );
    assert!(!text.contains('✓') && !text.contains('\x1b'));
}

#[test]
fn method_turns_absent_into_fail_only_for_what_it_needs() {
    // The sandbox has no Java and no stick: absent, and a stick becomes a failure only for
    // someone who logs in with it. Java is needed by no method today.
    let sb = Sandbox::new();
    sb.report().assert().code(0);
    let statuses = |method: &str| {
        let (code, report) = run_json(sb.report().args(["--method", method, "--format", "json"]));
        let status = |id: &str| check_of(&report, id)["status"].as_str().unwrap().to_owned();
        (
            code,
            report["verdict"]["status"].as_str().unwrap().to_owned(),
            status("usb-token"),
            status("java"),
        )
    };
    let text = |s: &str| s.to_owned();
    assert_eq!(
        statuses("commfides"),
        (1, text("not-ready"), text("fail"), text("absent"))
    );
    // Offline, nothing proves BankID works: not checked, never yes.
    assert_eq!(
        statuses("bankid,buypass-mobile"),
        (1, text("not-checked"), text("absent"), text("absent"))
    );
}

#[test]
fn completions_and_man_page_are_generated() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["completions", "bash"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("_loginsjekk()"));
    sb.cmd()
        .arg("man")
        .assert()
        .code(0)
        .stdout(predicate::str::contains(".TH loginsjekk"));
}

/// The report under a real pseudo-terminal (`script` from util-linux): exit code and screen.
fn under_terminal(sb: &Sandbox, no_color: Option<&str>) -> (Option<i32>, String) {
    let bin = assert_cmd::cargo::cargo_bin("loginsjekk");
    let mut command = Command::new("script");
    command
        .args(["-qec"])
        .arg(format!("'{}' --offline --skip card-reader", bin.display()))
        .arg("/dev/null")
        .env("LANG", "en_US.UTF-8")
        .env("TERM", "xterm")
        .env_remove("NO_COLOR")
        .env("LOGINSJEKK_TEST_HOSTS_FILE", sb.path("hosts"));
    if let Some(value) = no_color {
        command.env("NO_COLOR", value);
    }
    let output = command
        .output()
        .expect("script (util-linux) runs the binary in a pseudo-terminal");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

/// Under a real pseudo-terminal the report is coloured and progress is shown.
#[test]
fn terminal_gets_colour_and_progress() {
    let sb = Sandbox::new();
    let (code, screen) = under_terminal(&sb, None);
    assert_eq!(code, Some(0), "{screen}");
    let count = check_ids(&json_of(sb.report().args(["--format", "json"]))).len();
    assert!(
        screen.contains(&format!("Checking… 0 of {count} done")),
        "{screen}"
    );
    assert!(
        screen.contains(&format!("Checking… {count} of {count} done")),
        "{screen}"
    );
    assert!(screen.contains("\x1b[32m[✓]\x1b[0m"), "{screen}");
}

#[test]
fn output_file_leaves_one_line_with_the_place_the_verdict_and_the_code() {
    let sb = Sandbox::new();
    let target = sb.path("report.txt");
    let code = json_of(sb.offline().args(["--format", "json"]))["support_code"]
        .as_str()
        .unwrap()
        .to_owned();
    let output = sb.offline().arg("--output").arg(&target).output().unwrap();
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        format!(
            "Report written to {}: nothing stops the login, but not everything could be checked. Support code: {code}\n",
            target.display()
        )
    );
    let report = std::fs::read_to_string(&target).unwrap();
    assert!(report.contains(&code), "{report}");
    // A smoke test of one check, in Norwegian.
    let output = sb
        .report()
        .args(["--only", "system", "--lang", "nb", "--output"])
        .arg(&target)
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!(
            "Rapporten er lagret i {}: ingen sjekk feilet. Støttekode: ",
            target.display()
        )),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1);
}

#[test]
fn card_and_decode_refuse_junit() {
    let sb = Sandbox::new();
    for args in [
        vec!["card", "--format", "junit"],
        vec!["--format", "junit", "card", "--wait", "1"],
        vec!["decode", "19E1-6803-HR1P", "--format", "junit"],
    ] {
        let output = sb.cmd().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("--format junit"), "{stderr}");
    }
}

#[test]
fn decode_without_a_code_names_code() {
    let sb = Sandbox::new();
    let output = sb.cmd().arg("decode").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("loginsjekk: ") && stderr.contains("<CODE>"),
        "{stderr}"
    );
}

/// NO_COLOR (any value but empty, as no-color.org says) takes the colour away, even on a terminal.
#[test]
fn no_color_on_a_terminal_has_no_colour() {
    let sb = Sandbox::new();
    let (code, screen) = under_terminal(&sb, Some("1"));
    assert_eq!(code, Some(0), "{screen}");
    assert!(screen.contains("[✓]"), "{screen}");
    assert!(!screen.contains("\x1b[3"), "{screen}");
}
