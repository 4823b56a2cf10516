//! Bad input of every kind: a clear one-line error and exit code 2, or a report, never a panic.

mod support;

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use support::Sandbox;

fn assert_no_panic(output: &std::process::Output, what: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "{what}: {stderr}"
    );
    assert!(
        matches!(output.status.code(), Some(0..=2)),
        "{what}: {:?}",
        output.status
    );
}

#[test]
fn invalid_utf8_in_arguments_is_a_usage_error() {
    let sb = Sandbox::new();
    let bad = OsStr::from_bytes(b"\xff\xfe\xfd");
    for args in [
        vec![OsStr::new("explain"), bad],
        vec![OsStr::new("decode"), bad],
        vec![OsStr::new("--portal"), bad],
        vec![OsStr::new("--profile"), bad],
        vec![OsStr::new("id-number"), bad],
    ] {
        let output = sb.cmd().args(&args).output().unwrap();
        assert_no_panic(&output, &format!("{args:?}"));
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&output.stderr).lines().count(),
            1,
            "{args:?}"
        );
    }
}

#[test]
fn invalid_utf8_in_the_environment_and_hosts_file_is_survived() {
    let sb = Sandbox::new();
    std::fs::write(sb.path("hosts"), b"127.0.0.1 \xff\xfe localhost\n\x00\x01\x02 idporten.no\n10.0.0.1 login.idporten.no \xc3\x28\n").unwrap();
    let bad = OsStr::from_bytes(b"\xff\xfe");
    let output = sb
        .report()
        .env("LANG", bad)
        .env("LC_ALL", bad)
        .env("HTTPS_PROXY", bad)
        .env("NO_PROXY", bad)
        .env("JAVA_HOME", bad)
        .env("HOME", bad)
        .env("XDG_CACHE_HOME", bad)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_no_panic(&output, "environment");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let system = support::check_of(&report, "system");
    assert_eq!(
        system["code"], "system.hosts-override",
        "the readable line is still found"
    );
}

#[test]
fn a_huge_profile_is_refused_at_once() {
    let sb = Sandbox::new();
    let huge = sb.path("huge.toml");
    std::fs::write(&huge, vec![b'#'; 10 * 1024 * 1024]).unwrap();
    let output = sb.cmd().arg("--profile").arg(&huge).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1);
    assert!(stderr.contains("larger than"), "{stderr}");
}

#[test]
fn odd_but_valid_timeouts_work() {
    let sb = Sandbox::new();
    for timeout in ["0.001", "600", " 3 "] {
        let output = sb
            .report()
            .args(["--timeout", timeout, "--only", "system"])
            .output()
            .unwrap();
        assert_no_panic(&output, timeout);
        assert_eq!(output.status.code(), Some(0), "{timeout}");
    }
}
