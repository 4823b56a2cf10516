//! The java check with the real binary: scripts that print recorded `java -version` outputs,
//! installations with `release` files, a hanging java, no java, and this machine's real JDKs.
// Linux only: Java homes laid out as /usr/lib/jvm is, shell scripts and symbolic links
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;
use support::{run_json, Sandbox};

fn java_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/java")
        .join(name)
}

/// Puts an executable `java` script in `dir/bin`.
fn fake_java(dir: &Path, script: &str) -> PathBuf {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let java = bin.join("java");
    std::fs::write(&java, format!("#!/bin/sh\n{script}\n")).unwrap();
    std::fs::set_permissions(&java, std::fs::Permissions::from_mode(0o755)).unwrap();
    java
}

fn java_check(cmd: &mut assert_cmd::Command) -> (i32, Value) {
    let (code, report) = run_json(cmd.args(["--only", "java", "--format", "json"]));
    (code, report["checks"][0].clone())
}

#[test]
fn recorded_outputs_on_path_are_judged() {
    for (file, code, version) in [
        (
            "version-outputs/088-corretto-17.0.9-lts.txt",
            "java.outdated",
            "17.0.9",
        ),
        (
            "version-outputs/097-oracle-graalvm-21.0.9.txt",
            "java.outdated",
            "21.0.9",
        ),
        (
            "version-outputs/009-oracle-1.7.0_65.txt",
            "java.unsupported-release",
            "1.7.0_65",
        ),
        (
            "version-outputs/084-corretto-15.0.1.txt",
            "java.unsupported-release",
            "15.0.1",
        ),
        (
            "version-outputs/102-zulu-25-ga-lts.txt",
            "java.outdated",
            "25",
        ),
        (
            "version-outputs/013-picked-up-tool-options-adopt-1.8.0_192.txt",
            "java.outdated",
            "1.8.0_192",
        ),
    ] {
        let sb = Sandbox::new();
        let home = sb.path("javahome");
        fake_java(
            &home,
            &format!("/bin/cat '{}' >&2", java_fixture(file).display()),
        );
        let (exit, check) = java_check(sb.cmd().env("PATH", home.join("bin")));
        assert_eq!(exit, 0, "{file}");
        assert_eq!(check["code"], code, "{file}: {check:#}");
        let installation = &check["details"]["installations"][0];
        assert_eq!(installation["version"], version, "{file}");
        assert_eq!(installation["in_use"], true);
        assert_eq!(installation["source"], "path");
        assert_eq!(installation["read_from"], "java-version");
    }
}

#[test]
fn outdated_message_names_the_current_release() {
    let sb = Sandbox::new();
    let home = sb.path("javahome");
    fake_java(
        &home,
        &format!(
            "/bin/cat '{}' >&2",
            java_fixture("version-outputs/088-corretto-17.0.9-lts.txt").display()
        ),
    );
    let (_, check) = java_check(sb.cmd().env("PATH", home.join("bin")));
    assert_eq!(
        check["summary"],
        "Java 17.0.9 (Amazon Corretto) is out of date: the newest is 17.0.21.1"
    );
    assert_eq!(
        check["details"]["installations"][0]["latest_for_line"],
        "17.0.21.1"
    );
}

/// The sandbox's command with `path` as PATH, run under libfaketime with the clock at `when`.
/// faketime itself needs the real PATH (it runs `date`), so the sandbox's PATH is set by `env`.
fn at_time(sb: &Sandbox, when: &str, path: &Path) -> std::process::Command {
    let inner = sb.std_cmd();
    let mut cmd = std::process::Command::new("faketime");
    cmd.arg(when)
        .arg("env")
        .arg(format!("PATH={}", path.display()));
    cmd.arg(inner.get_program());
    for (name, value) in inner.get_envs() {
        match value {
            Some(_) if name == "PATH" => {}
            Some(value) => {
                cmd.env(name, value);
            }
            None => {
                cmd.env_remove(name);
            }
        }
    }
    cmd.current_dir(sb.dir.path());
    cmd
}

#[test]
fn a_year_after_the_facts_the_newest_java_they_know_is_probably_not() {
    let sb = Sandbox::new();
    let home = sb.path("javahome");
    fake_java(
        &home,
        "echo 'java version \"17.0.21.1\" 2026-11-17 LTS' >&2\n\
         echo 'Java(TM) SE Runtime Environment (build 17.0.21.1+4-LTS-1)' >&2\n\
         echo 'Java HotSpot(TM) 64-Bit Server VM (build 17.0.21.1+4-LTS-1, mixed mode, sharing)' >&2",
    );
    let run = |when: &str| {
        let output = at_time(&sb, when, &home.join("bin"))
            .args(["--only", "java", "--format", "json"])
            .output()
            .expect("faketime (Debian package faketime) runs");
        let report: Value = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
        report["checks"][0].clone()
    };
    let now = run("2026-12-01 12:00:00");
    assert_eq!(now["code"], "java.ok", "{now:#}");
    let later = run("2027-12-01 12:00:00");
    assert_eq!(later["code"], "java.newer-update-likely", "{later:#}");
    assert_eq!(later["status"], "warn");
    let summary = later["summary"].as_str().unwrap();
    assert!(
        summary.contains("a newer update has probably been published since")
            && summary.contains("17.0.25"),
        "{summary}"
    );
}

#[test]
fn java_home_with_a_release_file_is_read_without_starting_java() {
    let sb = Sandbox::new();
    let home = sb.path("temurin-21");
    // A java that must not be started: it would report a different version.
    fake_java(&home, "echo 'openjdk version \"9.0.1\"' >&2");
    std::fs::copy(
        java_fixture("release-files/23-temurin-21.0.8-linux-jdk.release"),
        home.join("release"),
    )
    .unwrap();
    let (_, check) = java_check(sb.cmd().env("JAVA_HOME", &home));
    let installation = &check["details"]["installations"][0];
    assert_eq!(installation["version"], "21.0.8");
    assert_eq!(installation["vendor"], "Eclipse Temurin");
    assert_eq!(installation["read_from"], "release-file");
    assert_eq!(installation["source"], "java-home");
    assert_eq!(check["details"]["java_home"], home.display().to_string());
    assert_eq!(check["code"], "java.outdated");
}

#[test]
fn the_same_installation_found_twice_is_listed_once() {
    let sb = Sandbox::new();
    let home = sb.path("jvm/jdk-17");
    fake_java(&home, "exit 1");
    std::fs::copy(
        java_fixture("release-files/21-jlink-runtime-17.0.13-minimal.release"),
        home.join("release"),
    )
    .unwrap();
    std::os::unix::fs::symlink(&home, sb.path("jvm/jdk-17-link")).unwrap();
    let (_, check) = java_check(
        sb.cmd()
            .env("PATH", home.join("bin"))
            .env("JAVA_HOME", sb.path("jvm/jdk-17-link")),
    );
    let installations = check["details"]["installations"].as_array().unwrap();
    assert_eq!(installations.len(), 1, "{installations:#?}");
    assert_eq!(installations[0]["source"], "path, java-home, jvm-directory");
}

#[test]
fn a_hanging_java_is_broken_and_does_not_stall_the_report() {
    let sb = Sandbox::new();
    let home = sb.path("javahome");
    fake_java(&home, "exec /bin/sleep 60");
    let started = Instant::now();
    let (exit, check) = java_check(sb.cmd().env("PATH", home.join("bin")));
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(exit, 1);
    assert_eq!(check["code"], "java.broken");
    assert!(
        check["summary"]
            .as_str()
            .unwrap()
            .contains("did not answer within 5 seconds"),
        "{}",
        check["summary"]
    );
}

#[test]
fn a_java_that_answers_garbage_is_broken() {
    let sb = Sandbox::new();
    let home = sb.path("javahome");
    fake_java(
        &home,
        "printf 'Segmentation fault\\r\\n\\001\\002' >&2; exit 139",
    );
    let (exit, check) = java_check(sb.cmd().env("PATH", home.join("bin")));
    assert_eq!(exit, 1);
    assert_eq!(check["code"], "java.broken");
    assert!(check["summary"]
        .as_str()
        .unwrap()
        .contains("not a Java version"));
}

#[test]
fn no_java_is_absent_and_needed_by_no_method_of_the_default_profile() {
    let sb = Sandbox::new();
    let (exit, check) = java_check(&mut sb.cmd());
    assert_eq!(
        (exit, check["code"].as_str(), check["status"].as_str()),
        (0, Some("java.not-found"), Some("absent"))
    );
    assert_eq!(check["needed_for"], serde_json::json!([]));
    assert!(check["guidance"][0]
        .as_str()
        .unwrap()
        .starts_with("Java is not needed to log in to helsenorge.no"));
    for method in ["buypass-smartcard", "commfides", "bankid"] {
        let (_, check) = java_check(sb.cmd().args(["--method", method]));
        assert_eq!(check["status"], "absent", "{method}");
    }
}

#[test]
fn an_outdated_java_blocks_only_a_method_whose_profile_needs_it() {
    let sb = Sandbox::new();
    let home = sb.path("javahome");
    let recorded = java_fixture("version-outputs/088-corretto-17.0.9-lts.txt");
    fake_java(&home, &format!("/bin/cat '{}' >&2", recorded.display()));
    let profile = sb.write(
        "needs-java.toml",
        &DEFAULT_PROFILE.replace(
            "needs = { card-reader = \"present\" }",
            "needs = { java = \"passing\" }",
        ),
    );
    let (code, report) = run_json(
        sb.offline()
            .env("PATH", home.join("bin"))
            .arg("--profile")
            .arg(&profile)
            .args(["--format", "json"]),
    );
    let status = |id: &str| {
        let method = report["methods"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == id)
            .unwrap();
        (
            method["status"].as_str().unwrap().to_owned(),
            method["blocked_by"].clone(),
        )
    };
    assert_eq!(
        status("buypass-smartcard"),
        ("not-ready".to_owned(), serde_json::json!(["java"]))
    );
    // Offline, the others are not checked; Java stops none of them.
    for id in ["bankid", "buypass-mobile"] {
        assert_eq!(
            status(id),
            ("not-checked".to_owned(), serde_json::json!([]))
        );
    }
    assert_eq!(code, 1);
    let java = support::check_of(&report, "java");
    assert_eq!(java["code"], "java.outdated");
    assert_eq!(java["needed_for"], serde_json::json!(["buypass-smartcard"]));
    assert!(java["guidance"][0]
        .as_str()
        .unwrap()
        .starts_with("Only needed to log in with Buypass ID on smart card."));
}

const DEFAULT_PROFILE: &str = include_str!("../src/profile/default.toml");

/// This machine's own JDKs (tests/run.sh installs default-jre-headless if there is none).
#[test]
fn the_real_jdks_on_this_machine_are_listed() {
    let sb = Sandbox::new();
    let (_, check) = java_check(
        sb.cmd()
            .env("PATH", std::env::var_os("PATH").unwrap())
            .env_remove("LOGINSJEKK_TEST_JAVA_SYSTEM_DIR"),
    );
    let installations = check["details"]["installations"].as_array().unwrap();
    assert!(!installations.is_empty(), "{check:#}");
    let in_use: Vec<&Value> = installations
        .iter()
        .filter(|i| i["in_use"] == true)
        .collect();
    assert_eq!(in_use.len(), 1, "{installations:#?}");
    assert!(
        in_use[0]["path"]
            .as_str()
            .unwrap()
            .starts_with("/usr/lib/jvm/"),
        "{installations:#?}"
    );
    assert!(in_use[0]["feature"].as_u64().unwrap() >= 8);
    assert!(in_use[0]["source"].as_str().unwrap().contains("path"));
    assert!(["java.ok", "java.outdated", "java.unsupported-release"]
        .contains(&check["code"].as_str().unwrap()));
}

/// The real JVM started for its version, when its home has no release file.
#[test]
fn a_real_java_is_started_when_there_is_no_release_file() {
    let sb = Sandbox::new();
    let real_java = std::fs::canonicalize(which_java()).unwrap();
    let home = sb.path("no-release");
    std::fs::create_dir(&home).unwrap();
    std::os::unix::fs::symlink(real_java.parent().unwrap(), home.join("bin")).unwrap();
    let (_, check) = java_check(sb.cmd().env("JAVA_HOME", &home));
    let installation = &check["details"]["installations"][0];
    assert_eq!(installation["read_from"], "java-version", "{check:#}");
    assert!(installation["version"].as_str().is_some(), "{check:#}");
    assert_eq!(installation["bits"], "64");
}

fn which_java() -> PathBuf {
    std::env::split_paths(&std::env::var_os("PATH").unwrap())
        .map(|d| d.join("java"))
        .find(|p| p.is_file())
        .expect("java on PATH (tests/run.sh installs default-jre-headless)")
}
