//! Shared helpers for the integration tests: the real binary in a controlled environment.
#![allow(dead_code)]

pub mod schema;
pub mod table;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;

/// Environment variables that would make a run depend on the machine running the tests.
const MACHINE_VARIABLES: &[&str] = &[
    "LANG",
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "NO_COLOR",
    "CLICOLOR_FORCE",
    "TERM",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "JAVA_HOME",
];

/// A scratch directory with a clean hosts file, deleted when dropped.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        let sandbox = Sandbox {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        sandbox.write(
            "hosts",
            "127.0.0.1 localhost\n::1 localhost ip6-localhost\n",
        );
        sandbox
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// An executable `#!/bin/sh` script at `name` (directories made as needed).
    #[cfg(unix)]
    pub fn script(&self, name: &str, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = self.path(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("script dir");
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write script");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        path
    }

    pub fn write(&self, name: &str, content: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, content).expect("write fixture");
        path
    }

    /// The binary with English, no colour, no proxy, this sandbox's hosts file, no Java (PATH is
    /// the sandbox's empty `bin`, and its empty `jvm` replaces the system's Java places), no USB
    /// devices (its empty `usb` replaces sysfs) and no smart card service.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// As [`Sandbox::cmd`], as a standard library command (to spawn, signal and wait for).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("loginsjekk"));
        for name in MACHINE_VARIABLES {
            cmd.env_remove(name);
        }
        cmd.env("LANG", "en_US.UTF-8");
        cmd.env("LOGINSJEKK_TEST_HOSTS_FILE", self.path("hosts"));
        cmd.env("PATH", self.path("bin"));
        cmd.env("LOGINSJEKK_TEST_JAVA_SYSTEM_DIR", self.path("jvm"));
        // No USB devices, and no smart card service, unless a test provides them.
        cmd.env("LOGINSJEKK_TEST_USB_SYSFS", self.path("usb"));
        cmd.env("PCSCLITE_CSOCK_NAME", self.path("no-pcscd.comm"));
        // A safety net: a test that forgets --offline or --connect-to goes to a closed local
        // port, never to the internet (and never asks the DNS for a portal's name).
        cmd.env("HTTPS_PROXY", "http://127.0.0.1:9");
        cmd.current_dir(self.dir.path());
        cmd
    }

    /// The binary as [`Sandbox::cmd`] for a report that depends on no network and no device:
    /// `--offline`, and without the card-reader check (tests/card_reader.rs covers it with its
    /// own PC/SC daemon).
    pub fn report(&self) -> Command {
        let mut cmd = self.offline();
        cmd.args(["--skip", "card-reader"]);
        cmd
    }

    /// Plugs a card reader into this sandbox's USB fixture tree: an OMNIKEY CardMan 3121 with
    /// the smart card interface class (0B).
    pub fn plug_in_card_reader(&self) {
        usb_device(
            &self.path("usb"),
            "1-4",
            "076b",
            "3021",
            "OMNIKEY",
            "CardMan 3121",
            &["0b"],
        );
    }

    /// The binary as [`Sandbox::cmd`] with `--offline`.
    pub fn offline(&self) -> Command {
        let mut cmd = self.cmd();
        cmd.arg("--offline");
        cmd
    }
}

/// The ids of the checks a report ran, in order.
pub fn check_ids(report: &serde_json::Value) -> Vec<String> {
    report["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .map(|c| c["id"].as_str().expect("id").to_owned())
        .collect()
}

/// The check with this id in a JSON report.
pub fn check_of<'a>(report: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    report["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no {id} check in the report"))
}

/// Runs the command and returns its exit code and stdout parsed as JSON, checked against its
/// schema in docs/.
pub fn run_json(cmd: &mut Command) -> (i32, serde_json::Value) {
    let output = cmd.output().expect("run");
    let json = parse_json(&output.stdout, &output.stderr);
    (output.status.code().unwrap_or(-1), json)
}

/// Runs the command and parses its stdout as JSON, checked against its schema in docs/.
pub fn json_of(cmd: &mut Command) -> serde_json::Value {
    let output = cmd.output().expect("run");
    parse_json(&output.stdout, &output.stderr)
}

/// loginsjekk's JSON output, parsed and checked against its schema in docs/; `stderr` is shown
/// when it is not JSON at all.
pub fn parse_json(stdout: &[u8], stderr: &[u8]) -> serde_json::Value {
    let json = serde_json::from_slice(stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(stdout),
            String::from_utf8_lossy(stderr)
        )
    });
    schema::validate(&json);
    json
}

/// The project's fixtures directory.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Writes a USB device (and its interfaces) the way Linux shows it under /sys/bus/usb/devices,
/// into a fixture tree for `LOGINSJEKK_TEST_USB_SYSFS`.
pub fn usb_device(
    root: &Path,
    name: &str,
    vid: &str,
    pid: &str,
    manufacturer: &str,
    product: &str,
    classes: &[&str],
) {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in [
        ("idVendor", vid),
        ("idProduct", pid),
        ("manufacturer", manufacturer),
        ("product", product),
        ("bDeviceClass", "00"),
    ] {
        std::fs::write(dir.join(file), format!("{text}\n")).unwrap();
    }
    for (index, class) in classes.iter().enumerate() {
        let interface = root.join(format!("{name}:1.{index}"));
        std::fs::create_dir_all(&interface).unwrap();
        std::fs::write(interface.join("bInterfaceClass"), format!("{class}\n")).unwrap();
    }
}

/// A valid number from date digits and an individual number, by the published check-digit rules.
pub fn valid_number(date: &str, from: u32) -> String {
    // Each check digit makes the weighted sum of the digits before it a multiple of 11; a
    // remainder that would need "10" means the individual number is not used.
    fn push_check_digit(digits: &mut Vec<u32>, weights: &[u32]) -> Option<()> {
        let sum: u32 = weights.iter().zip(digits.iter()).map(|(w, d)| w * d).sum();
        let digit = (11 - sum % 11) % 11;
        (digit != 10).then(|| digits.push(digit))
    }
    (from..from + 200)
        .find_map(|individual| {
            let mut digits: Vec<u32> = format!("{date}{individual:03}")
                .chars()
                .map(|c| c.to_digit(10).unwrap())
                .collect();
            push_check_digit(&mut digits, &[3, 7, 6, 1, 8, 9, 4, 5, 2])?;
            push_check_digit(&mut digits, &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2])?;
            Some(
                digits
                    .iter()
                    .map(|d| char::from_digit(*d, 10).unwrap())
                    .collect(),
            )
        })
        .unwrap()
}

/// The codes of a check's findings, in order.
pub fn finding_codes(check: &serde_json::Value) -> Vec<&str> {
    check["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().expect("code"))
        .collect()
}

/// Reads a spawned child's stderr to its end, then waits for the child: its stderr and status.
pub fn stderr_and_status(child: &mut std::process::Child) -> (String, std::process::ExitStatus) {
    use std::io::Read;
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr piped")
        .read_to_string(&mut stderr)
        .expect("read stderr");
    (stderr, child.wait().expect("wait"))
}

/// The `.loginsjekk-*.tmp` files in `dir`: a report written with `--output` while it is being made.
pub fn temp_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".loginsjekk-")
        })
        .collect()
}

/// Whether the process has ended (gone, or a zombie waiting for its parent).
pub fn gone(pid: &str) -> bool {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(2) {
        match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            Err(_) => return true,
            Ok(stat)
                if stat
                    .rsplit(')')
                    .next()
                    .unwrap_or("")
                    .trim_start()
                    .starts_with('Z') =>
            {
                return true
            }
            Ok(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
    false
}
