//! Bad input of every kind: a clear one-line error and exit code 2, or a report, never a panic.
// Linux only: mknod, FIFOs, wait4 and Unix file names of arbitrary bytes
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

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
    let report: serde_json::Value = support::parse_json(&output.stdout, &output.stderr);
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

fn one_line_exit_2(output: &std::process::Output, what: &str) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "{what}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{what}: {stderr}");
    stderr
}

fn mknod(path: &std::path::Path, kind: libc::mode_t, major: u32, minor: u32) {
    let name = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path; mknod only reads it.
    let rc = unsafe { libc::mknod(name.as_ptr(), kind | 0o644, libc::makedev(major, minor)) };
    assert_eq!(rc, 0, "{}", std::io::Error::last_os_error());
}

#[test]
fn profile_and_cacert_that_are_not_regular_files_are_refused_at_once() {
    let sb = Sandbox::new();
    let fifo = sb.path("no-writer.fifo");
    mknod(&fifo, libc::S_IFIFO, 0, 0);
    // This sandbox's own zero device (char 1:5): endless bytes.
    let zero = sb.path("zero");
    mknod(&zero, libc::S_IFCHR, 1, 5);
    let big = sb.path("big.pem");
    std::fs::write(&big, vec![b'A'; 2 * 1024 * 1024]).unwrap();
    for option in ["--profile", "--cacert"] {
        for (path, reason) in [
            (&fifo, "not a regular file"),
            (&zero, "not a regular file"),
            (&sb.path(""), "not a regular file"),
            (&big, "larger than 1024 KiB"),
        ] {
            let started = std::time::Instant::now();
            let output = sb
                .report()
                .args(["--timeout", "30", option])
                .arg(path)
                .output()
                .unwrap();
            let what = format!("{option} {}", path.display());
            let stderr = one_line_exit_2(&output, &what);
            assert!(stderr.contains(reason), "{what}: {stderr}");
            assert!(
                started.elapsed() < std::time::Duration::from_secs(3),
                "{what}"
            );
        }
    }
}

#[test]
fn a_profile_can_come_from_standard_input() {
    let sb = Sandbox::new();
    let profile = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/profile/default.toml"
    ))
    .replace("23 32 70 00", "22 22 22 22");
    sb.report()
        .args(["--only", "system", "--profile", "-"])
        .write_stdin(profile)
        .assert()
        .success()
        .stdout(predicates::str::contains("22 22 22 22"));
}

#[test]
fn a_huge_release_file_is_not_read() {
    let sb = Sandbox::new();
    let home = sb.path("jdk");
    std::fs::create_dir(&home).unwrap();
    // 64 GiB of nothing, sparse: reading it whole would exhaust memory long before the end.
    let release = std::fs::File::create(home.join("release")).unwrap();
    release.set_len(64 << 30).unwrap();
    let started = std::time::Instant::now();
    let output = sb
        .report()
        .env("JAVA_HOME", &home)
        .args(["--only", "java", "--format", "json", "--timeout", "20"])
        .output()
        .unwrap();
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    let report: serde_json::Value = support::parse_json(&output.stdout, &output.stderr);
    let java = support::check_of(&report, "java");
    assert_ne!(java["code"], "java.timed-out", "{java:#}");
    assert_ne!(java["code"], "java.internal-error", "{java:#}");
}

#[test]
fn outside_text_is_escaped_and_errors_stay_on_one_line() {
    let sb = Sandbox::new();
    // TOML's own escapes: the profile holds the raw characters once parsed.
    let hostile = r"23\u001b]0;pwned\u0007\u001b[2J\u202e00";
    let profile = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/profile/default.toml"
    ))
    .replace("23 32 70 00", hostile);
    let path = sb.write("profile.toml", &profile);
    let output = sb
        .report()
        .args(["--only", "system", "--profile"])
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("23\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{202e}00"),
        "{stdout}"
    );
    assert!(!stdout.contains('\u{1b}') && !stdout.contains('\u{202e}'));

    let newline = sb.path("two\nlines\u{1b}[2J.toml");
    for args in [
        vec![OsStr::new("--profile"), newline.as_os_str()],
        vec![OsStr::new("--cacert"), newline.as_os_str()],
        vec![
            OsStr::new("--offline"),
            OsStr::new("--output"),
            sb.path("no/such\ndir/r.txt").as_os_str(),
        ],
        vec![OsStr::new("explain"), OsStr::new("tls.\nfake\u{202e}")],
    ] {
        let output = sb.cmd().args(&args).output().unwrap();
        let stderr = one_line_exit_2(&output, &format!("{args:?}"));
        assert!(
            !stderr.contains('\u{1b}') && !stderr.contains('\u{202e}'),
            "{stderr}"
        );
        assert!(stderr.contains("\\n"), "{stderr}");
    }
}

#[test]
fn more_than_16_portals_is_a_usage_error() {
    let sb = Sandbox::new();
    let mut cmd = sb.offline();
    for i in 0..17 {
        cmd.args(["--portal", &format!("https://127.0.0.{}/", i + 1)]);
    }
    let stderr = one_line_exit_2(&cmd.output().unwrap(), "17 portals");
    assert!(stderr.contains("at most 16"), "{stderr}");
    let mut cmd = sb.offline();
    for i in 0..16 {
        cmd.args(["--portal", &format!("https://127.0.0.{}/", i + 1)]);
    }
    assert_ne!(cmd.output().unwrap().status.code(), Some(2));
}

/// Runs `cmd` once to stdout and once to a file, in each format, and returns the six texts.
fn every_report_channel(sb: &Sandbox, make: impl Fn() -> assert_cmd::Command) -> Vec<String> {
    let mut texts = Vec::new();
    for format in ["text", "json", "junit"] {
        let output = make().args(["--format", format]).output().unwrap();
        texts.push(String::from_utf8_lossy(&output.stdout).into_owned());
        texts.push(String::from_utf8_lossy(&output.stderr).into_owned());
        let file = sb.path(&format!("report.{format}"));
        let output = make()
            .args(["--format", format, "--output"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(output.stdout.is_empty());
        let written = std::fs::read_to_string(&file).unwrap();
        if format == "json" {
            support::parse_json(written.as_bytes(), b"");
        }
        texts.push(written);
    }
    texts
}

#[test]
fn national_id_numbers_are_masked_in_every_channel() {
    let sb = Sandbox::new();
    // A national identity number and a D-number (day + 40), made by the check-digit rules.
    for date in ["150590", "550590"] {
        let number = support::valid_number(date, 100);
        let masked = format!("{date}*****");
        for args in [
            vec![number.as_str()],
            vec!["explain", &number],
            vec!["card", &number],
            vec!["check", &number],
            vec!["id-number", &number, &number],
        ] {
            let output = sb.cmd().args(&args).output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
            assert!(!stderr.contains(&number), "{args:?}: {stderr}");
            assert!(stderr.contains(&masked), "{args:?}: {stderr}");
        }
        let home = sb.path(&format!("people/{number}/jdk"));
        std::fs::create_dir_all(&home).unwrap();
        std::fs::write(home.join("release"), "JAVA_VERSION=\"21.0.8\"\n").unwrap();
        let texts = every_report_channel(&sb, || {
            let mut cmd = sb.report();
            cmd.env("JAVA_HOME", &home).args(["--only", "java", "-v"]);
            cmd
        });
        for text in &texts {
            assert!(!text.contains(&number), "{text}");
        }
        // The JSON on stdout and in the file: the path is there, masked.
        assert!(
            texts[3].contains(&format!("people/{masked}/jdk")),
            "{}",
            texts[3]
        );
        assert!(texts[5].contains(&format!("{masked}/jdk")), "{}", texts[5]);
    }
}

#[test]
fn passwords_in_portal_addresses_are_masked_in_every_channel() {
    let sb = Sandbox::new();
    // The sandbox's proxy is a closed local port: the address is reported as unreachable.
    let texts = every_report_channel(&sb, || {
        let mut cmd = sb.cmd();
        cmd.args([
            "--only",
            "tls",
            "--timeout",
            "5",
            "--portal",
            "https://ola:s3cretpw@127.0.0.1:9/",
        ]);
        cmd
    });
    for text in &texts {
        assert!(!text.contains("s3cretpw"), "{text}");
    }
    for json in [&texts[3], &texts[5]] {
        assert!(json.contains("https://ola:***@127.0.0.1:9/"), "{json}");
    }
}

#[test]
fn a_million_line_hosts_file_is_read_with_bounded_memory() {
    use std::io::Write;
    use std::os::unix::process::ExitStatusExt;
    let sb = Sandbox::new();
    let mut hosts = std::io::BufWriter::new(std::fs::File::create(sb.path("hosts")).unwrap());
    for i in 0..1_000_000 {
        writeln!(hosts, "0.0.0.0 ad{i}.tracker.example").unwrap();
    }
    writeln!(hosts, "10.9.8.7 login.idporten.no").unwrap();
    hosts.flush().unwrap();
    drop(hosts);
    // Reaped by wait4 below, which also gives this child's own peak memory.
    #[allow(clippy::zombie_processes)]
    let child = sb
        .std_cmd()
        .args(["--offline", "--only", "system", "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let stdout = child.stdout.unwrap();
    let reading =
        std::thread::spawn(move || serde_json::from_reader::<_, serde_json::Value>(stdout));
    let mut status = 0;
    // SAFETY: both structs are written by wait4; the rusage is this child's alone.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::wait4(pid, &mut status, 0, &mut usage) }, pid);
    assert_eq!(std::process::ExitStatus::from_raw(status).code(), Some(1));
    let report = reading.join().unwrap().unwrap();
    support::schema::validate(&report);
    let system = support::check_of(&report, "system");
    assert_eq!(system["code"], "system.hosts-override");
    assert_eq!(
        system["details"]["hosts_file"]["overrides"][0]["line"],
        1_000_001
    );
    let peak_mib = usage.ru_maxrss as f64 / 1024.0;
    eprintln!("peak memory {peak_mib:.1} MiB");
    assert!(peak_mib < 40.0, "peak memory {peak_mib:.1} MiB");
}
