//! `--output` against what may already be at the path (FIFOs, devices made with mknod, symbolic
//! links, the profile itself), and signals arriving while a report is being written. Every
//! device is made in a temporary directory: the system's /dev is never touched.
// Linux only: mknod, FIFOs, symbolic links, umask and Unix signals
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

mod support;
#[path = "support/tls_server.rs"]
mod tls_server;

use std::io::Read;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use support::{gone, temp_files, Sandbox};

fn mknod(path: &Path, kind: libc::mode_t, major: u32, minor: u32) {
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path; mknod only reads it.
    let rc = unsafe { libc::mknod(name.as_ptr(), kind | 0o666, libc::makedev(major, minor)) };
    assert_eq!(
        rc,
        0,
        "mknod {}: {}",
        path.display(),
        std::io::Error::last_os_error()
    );
}

fn mkfifo(path: &Path) {
    mknod(path, libc::S_IFIFO, 0, 0);
}

fn report_to(sb: &Sandbox, output: &Path) -> std::process::Output {
    sb.report()
        .args(["--only", "system", "--format", "json", "--output"])
        .arg(output)
        .output()
        .unwrap()
}

#[test]
fn a_fifo_is_written_into_and_stays_a_fifo() {
    let sb = Sandbox::new();
    let fifo = sb.path("report.fifo");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            std::fs::File::open(fifo)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            text
        })
    };
    let output = report_to(&sb, &fifo);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = support::parse_json(reader.join().unwrap().as_bytes(), b"");
    assert_eq!(report["checks"][0]["id"], "system");
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(temp_files(sb.dir.path()).is_empty());
}

#[test]
fn a_character_device_is_written_into_and_stays_a_device() {
    let sb = Sandbox::new();
    // A null device of this sandbox's own (char 1:3), never the system's /dev/null.
    let null = sb.path("null");
    mknod(&null, libc::S_IFCHR, 1, 3);
    let mode = std::fs::metadata(&null).unwrap().mode();
    let output = report_to(&sb, &null);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let meta = std::fs::metadata(&null).unwrap();
    assert!(meta.file_type().is_char_device());
    assert_eq!(meta.rdev(), libc::makedev(1, 3));
    assert_eq!(meta.mode(), mode);
    assert!(temp_files(sb.dir.path()).is_empty());
}

#[test]
fn a_block_device_is_refused() {
    let sb = Sandbox::new();
    // A loop device's numbers; refused before anything could be written to it.
    let block = sb.path("disk");
    mknod(&block, libc::S_IFBLK, 7, 200);
    let output = report_to(&sb, &block);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("not a file"), "{stderr}");
    assert!(std::fs::metadata(&block)
        .unwrap()
        .file_type()
        .is_block_device());
}

#[test]
fn a_symbolic_link_is_followed_and_its_target_keeps_its_permissions() {
    let sb = Sandbox::new();
    std::fs::create_dir(sb.path("kept")).unwrap();
    let target = sb.write("kept/real-report.json", "old");
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = sb.path("report.json");
    std::os::unix::fs::symlink("kept/real-report.json", &link).unwrap();
    let output = report_to(&sb, &link);
    assert_eq!(output.status.code(), Some(0));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.contains("\"system\""), "{text}");
    assert_eq!(
        std::fs::metadata(&target).unwrap().permissions().mode() & 0o777,
        0o640
    );
    assert!(temp_files(&sb.path("kept")).is_empty());
}

#[test]
fn a_dangling_link_gets_its_target_created() {
    let sb = Sandbox::new();
    let link = sb.path("report.json");
    std::os::unix::fs::symlink("made-now.json", &link).unwrap();
    assert_eq!(report_to(&sb, &link).status.code(), Some(0));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(sb.path("made-now.json"))
        .unwrap()
        .contains("\"system\""));
}

#[test]
fn a_new_file_gets_0644_less_the_umask() {
    let sb = Sandbox::new();
    for (umask, mode) in [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)] {
        let path = sb.path(&format!("new-{umask:o}.json"));
        let mut cmd = sb.std_cmd();
        // SAFETY: umask is async-signal-safe and touches nothing but the child's mask.
        unsafe {
            cmd.pre_exec(move || {
                libc::umask(umask);
                Ok(())
            });
        }
        let status = cmd
            .args(["--offline", "--only", "system", "--output"])
            .arg(&path)
            .status()
            .unwrap();
        assert_eq!(status.code(), Some(0));
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            mode,
            "umask {umask:o}"
        );
    }
}

#[test]
fn an_existing_file_keeps_its_permissions() {
    let sb = Sandbox::new();
    let path = sb.write("shared.txt", "old");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
    assert_eq!(report_to(&sb, &path).status.code(), Some(0));
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o664
    );
    assert_ne!(std::fs::read_to_string(&path).unwrap(), "old");
}

#[test]
fn the_profile_or_cacert_file_is_never_the_output() {
    let sb = Sandbox::new();
    let profile = sb.write(
        "profile.toml",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/profile/default.toml"
        )),
    );
    let cacert = tls_server::Ca::new("loginsjekk Test Root").write(sb.dir.path(), "root.pem");
    let alias = sb.path("alias.toml");
    std::os::unix::fs::symlink(&profile, &alias).unwrap();
    for (option, input, output) in [
        ("--profile", &profile, &profile),
        ("--profile", &profile, &alias),
        ("--cacert", &cacert, &cacert),
    ] {
        let before = std::fs::read(input).unwrap();
        let result = sb
            .report()
            .args(["--only", "system"])
            .arg(option)
            .arg(input)
            .arg("--output")
            .arg(output)
            .output()
            .unwrap();
        let stderr = String::from_utf8(result.stderr).unwrap();
        assert_eq!(result.status.code(), Some(2), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("that loginsjekk reads"), "{stderr}");
        assert_eq!(std::fs::read(input).unwrap(), before, "{option} {output:?}");
    }
    assert!(temp_files(sb.dir.path()).is_empty());
}

#[test]
fn a_signal_during_output_leaves_no_temporary_file_and_no_helper_program() {
    for (signal, code) in [
        (libc::SIGINT, 130),
        (libc::SIGTERM, 128 + libc::SIGTERM),
        (libc::SIGHUP, 128 + libc::SIGHUP),
    ] {
        let sb = Sandbox::new();
        // A java that hangs keeps the run going until the signal; it says who it is first.
        let pid_file = sb.path("java.pid");
        sb.script(
            "bin/java",
            &format!("echo $$ > {}\nexec /bin/sleep 60", pid_file.display()),
        );
        let out = sb.path("report.txt");
        let mut child = sb
            .std_cmd()
            .args(["--offline", "--only", "java", "--timeout", "30", "--output"])
            .arg(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while !(pid_file.exists() && temp_files(sb.dir.path()).len() == 1) {
            assert!(started.elapsed() < Duration::from_secs(10), "never started");
            std::thread::sleep(Duration::from_millis(20));
        }
        let java: libc::pid_t = loop {
            if let Ok(pid) = std::fs::read_to_string(&pid_file).unwrap().trim().parse() {
                break pid;
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        // SAFETY: kill has no memory effects.
        assert_eq!(unsafe { libc::kill(child.id() as libc::pid_t, signal) }, 0);
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(code), "signal {signal}");
        assert!(temp_files(sb.dir.path()).is_empty(), "signal {signal}");
        assert!(!out.exists());
        assert!(
            gone(&java.to_string()),
            "signal {signal}: java {java} still runs"
        );
    }
}
