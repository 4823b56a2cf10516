//! Helper programs that hang, fork or crash: none outlives loginsjekk, none runs past the run's
//! deadline, and a crash is called a crash. Real process trees; pids are read back from files
//! the scripts write.
// Linux only: shell scripts playing java and /proc
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use support::{check_of, gone, run_json, Sandbox};

fn pids(file: &Path) -> Vec<String> {
    std::fs::read_to_string(file)
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_java_wrapper_and_its_hanging_child_are_both_ended() {
    let sb = Sandbox::new();
    let pid_file = sb.path("pids");
    // The wrapper starts a child that hangs, then hangs itself waiting for it.
    sb.script(
        "bin/java",
        &format!("/bin/sleep 60 &\necho $! $$ > {}\nwait", pid_file.display()),
    );
    let started = Instant::now();
    let (_, report) =
        run_json(
            sb.report()
                .args(["--only", "java", "--format", "json", "--timeout", "1"]),
        );
    assert!(started.elapsed() < Duration::from_secs(4));
    let java = check_of(&report, "java");
    assert_eq!(java["code"], "java.broken", "{java:#}");
    let started = pids(&pid_file);
    assert_eq!(started.len(), 2, "{started:?}");
    for pid in &started {
        assert!(gone(pid), "process {pid} outlived loginsjekk");
    }
}

#[test]
fn a_program_left_behind_by_a_finished_java_is_ended() {
    let sb = Sandbox::new();
    let pid_file = sb.path("pids");
    // Answers at once but leaves a background program holding nothing.
    sb.script(
        "bin/java",
        &format!(
            "/bin/sleep 60 >/dev/null 2>&1 </dev/null &\necho $! > {}\necho 'openjdk version \"21.0.8\" 2025-07-15' >&2",
            pid_file.display()
        ),
    );
    let (_, report) = run_json(sb.report().args(["--only", "java", "--format", "json"]));
    assert_eq!(
        check_of(&report, "java")["details"]["installations"][0]["version"],
        "21.0.8"
    );
    let left = pids(&pid_file);
    assert_eq!(left.len(), 1);
    assert!(gone(&left[0]), "process {} outlived loginsjekk", left[0]);
}

#[test]
fn update_alternatives_is_held_to_the_runs_deadline() {
    let sb = Sandbox::new();
    let pid_file = sb.path("pids");
    sb.script(
        "bin/update-alternatives",
        &format!("echo $$ > {}\nexec /bin/sleep 60", pid_file.display()),
    );
    let started = Instant::now();
    // Without the test's Java directory, the system's places are searched, update-alternatives too.
    let output = sb
        .report()
        .env_remove("LOGINSJEKK_TEST_JAVA_SYSTEM_DIR")
        .args(["--only", "java", "--format", "json", "--timeout", "1"])
        .output()
        .unwrap();
    let took = started.elapsed();
    let report: serde_json::Value = support::parse_json(&output.stdout, &output.stderr);
    assert_ne!(check_of(&report, "java")["code"], "java.timed-out");
    assert!(took < Duration::from_millis(2500), "took {took:?}");
    let started = pids(&pid_file);
    assert_eq!(started.len(), 1);
    assert!(gone(&started[0]), "update-alternatives outlived loginsjekk");
}

#[test]
fn a_java_killed_by_a_signal_is_said_to_have_crashed() {
    let sb = Sandbox::new();
    sb.script("bin/java", "kill -SEGV $$");
    let (exit, report) = run_json(sb.report().args(["--only", "java", "--format", "json"]));
    assert_eq!(exit, 1);
    let java = check_of(&report, "java");
    assert_eq!(java["code"], "java.broken");
    let summary = java["summary"].as_str().unwrap();
    assert!(summary.contains("crashed"), "{summary}");
    assert!(!summary.contains("not a Java version"), "{summary}");
}

#[test]
fn one_second_is_singular_in_both_languages() {
    let sb = Sandbox::new();
    // Accepts connections (the kernel does) and never says a word.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let connect_to = format!(
        "login.idporten.no:443:127.0.0.1:{}",
        silent.local_addr().unwrap().port()
    );
    for (lang, wanted, wrong) in [
        ("en", "within 1 second ", "1 seconds"),
        ("nb", "innen 1 sekund ", "1 sekunder"),
    ] {
        let output = sb
            .cmd()
            .env_remove("HTTPS_PROXY")
            .args(["--only", "tls", "--timeout", "1", "--lang", lang])
            .args([
                "--portal",
                "https://login.idporten.no/",
                "--connect-to",
                &connect_to,
            ])
            .output()
            .unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(text.contains(wanted), "{lang}: {text}");
        assert!(!text.contains(wrong), "{lang}: {text}");
    }
}
