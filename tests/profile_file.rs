//! `--profile`: a helpdesk's own facts file, and every way it can be wrong.
// Linux only until tried on Windows and macOS (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

mod support;

use support::{json_of, Sandbox};

const DEFAULT: &str = include_str!("../src/profile/default.toml");

fn error_for(sb: &Sandbox, profile: &std::path::Path) -> String {
    let output = sb.report().arg("--profile").arg(profile).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    stderr
}

#[test]
fn a_valid_profile_is_used() {
    let sb = Sandbox::new();
    let profile = sb.write("p.toml", &DEFAULT.replace("23 32 70 00", "22 22 22 22"));
    let output = sb.report().arg("--profile").arg(&profile).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8(output.stdout)
        .unwrap()
        .contains("helpline: 22 22 22 22"));
}

#[test]
fn missing_file() {
    let sb = Sandbox::new();
    let msg = error_for(&sb, &sb.path("nope.toml"));
    assert!(
        msg.contains("cannot read profile") && msg.contains("nope.toml"),
        "{msg}"
    );
    assert!(msg.contains("No such file"), "{msg}");
}

#[test]
fn syntax_error() {
    let sb = Sandbox::new();
    let p = sb.write("p.toml", "as_of = 2026-11-20\n[helpline\nphone = 1\n");
    let msg = error_for(&sb, &p);
    assert!(msg.contains("p.toml") && msg.contains("line 2"), "{msg}");
}

#[test]
fn unknown_key() {
    let sb = Sandbox::new();
    let p = sb.write(
        "p.toml",
        &DEFAULT.replace("[portals]\n", "[portals]\nextra_domains = []\n"),
    );
    let msg = error_for(&sb, &p);
    let line = DEFAULT.lines().position(|l| l == "[portals]").unwrap() + 2;
    assert!(msg.contains(&format!("line {line}")), "{msg}");
    assert!(
        msg.contains("extra_domains") && msg.contains("p.toml"),
        "{msg}"
    );
}

#[test]
fn wrong_type() {
    let sb = Sandbox::new();
    let p = sb.write(
        "p.toml",
        &DEFAULT.replace("as_of = 2026-11-20", "as_of = \"last week\""),
    );
    let msg = error_for(&sb, &p);
    assert!(
        msg.contains("key `as_of`") && msg.contains("line "),
        "{msg}"
    );
}

#[test]
fn bad_value() {
    let sb = Sandbox::new();
    let p = sb.write(
        "p.toml",
        &DEFAULT.replacen("\"idporten.no\",", "\"idporten .no\",", 1),
    );
    let msg = error_for(&sb, &p);
    assert!(msg.contains("key `portals.domains[0]`"), "{msg}");
}

#[test]
fn not_text_and_too_large() {
    let sb = Sandbox::new();
    let p = sb.path("binary.toml");
    std::fs::write(&p, [0xff, 0xfe, 0x00, 0x80]).unwrap();
    assert!(error_for(&sb, &p).contains("not UTF-8"));
    let big = sb.write("big.toml", &"# padding\n".repeat(1_100_000));
    assert!(error_for(&sb, &big).contains("larger than"));
}

#[test]
fn a_directory_is_not_a_profile() {
    let sb = Sandbox::new();
    let msg = error_for(&sb, sb.dir.path());
    assert!(msg.contains("cannot read profile"), "{msg}");
}

#[test]
fn old_data_is_reported_as_outdated() {
    let sb = Sandbox::new();
    let p = sb.write(
        "p.toml",
        &DEFAULT.replace("as_of = 2026-11-20", "as_of = 2019-06-01"),
    );
    let report = json_of(
        sb.report()
            .args(["--only", "system", "--format", "json", "--profile"])
            .arg(&p),
    );
    assert_eq!(report["checks"][0]["code"], "system.data-outdated");
    assert_eq!(report["checks"][0]["status"], "warn");
    assert_eq!(report["status"], "warn");
    assert_eq!(report["data_as_of"], "2019-06-01");
    sb.report().arg("--profile").arg(&p).assert().code(0);
}

#[test]
fn a_method_that_needs_a_check_that_does_not_exist_is_refused() {
    let sb = Sandbox::new();
    let profile = sb.write(
        "p.toml",
        &DEFAULT.replace(
            "needs = { usb-token = \"passing\" }",
            "needs = { usb-stick = \"passing\" }",
        ),
    );
    let line = error_for(&sb, &profile);
    assert!(
        line.starts_with(&format!(
            "loginsjekk: invalid profile {}, key `methods.method[4].needs`: unknown check 'usb-stick'",
            profile.display()
        )),
        "{line}"
    );
}
