//! End-to-end benchmark of the real (release-profile) binary against local fixtures: a TLS
//! server on 127.0.0.1, a private pcscd with a virtual Buypass card, a `java` script, no USB.
//! Prints medians over repeated runs, the concurrency and timeout ratios, the binary size and
//! the peak memory of a full run. Run with: cargo bench --bench end_to_end --features test-inputs
//! (the binary then reads the fixtures' `LOGINSJEKK_TEST_*` inputs, as the shipped one does not).
//! (It is a benchmark, not a test: it asserts nothing about speed.)

#[path = "../../tests/support/pcsc.rs"]
mod pcsc;
#[path = "../../tests/support/tls_server.rs"]
mod tls_server;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pcsc::{Behaviour, Pcscd, VirtualCard};
use tls_server::{serve_raw, serve_tls, Ca, Leaf, Reply, Server};

const RUNS: usize = 41;
/// Each of these runs waits the whole two-second timeout.
const UNRESPONSIVE_RUNS: usize = 11;
const HOST: &str = "login.idporten.no";
const BUYPASS: &[u8] = &[
    0x3B, 0x9F, 0x96, 0x40, 0x0A, 0x80, 0x31, 0xE0, 0x6B, 0x04, 0x20, 0x05, 0x02, 0x58, 0x55, 0x55,
    0x55, 0x55, 0x55, 0x55,
];

struct Fixtures {
    dir: tempfile::TempDir,
    root: PathBuf,
    server: Server,
    silent: Server,
    pcscd: Pcscd,
    _card: VirtualCard,
}

impl Fixtures {
    fn new() -> Fixtures {
        let dir = tempfile::tempdir().unwrap();
        let ca = Ca::new("loginsjekk Bench Root");
        let root = ca.write(dir.path(), "root.pem");
        let server = serve_tls(&ca.issue(&Leaf::for_host(HOST)), |_| Reply::ok());
        let silent = serve_raw(b"");
        let pcscd = Pcscd::start("Bench Reader");
        let card = VirtualCard::insert(pcscd.port(0), BUYPASS, Behaviour::Normal);
        std::thread::sleep(Duration::from_secs(1)); // let pcscd notice the card
        let bin = dir.path().join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        std::fs::create_dir_all(dir.path().join("usb")).unwrap();
        std::fs::create_dir_all(dir.path().join("jvm")).unwrap();
        std::fs::write(dir.path().join("hosts"), "127.0.0.1 localhost\n").unwrap();
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/java/version-outputs/102-zulu-25-ga-lts.txt");
        let java = bin.join("java");
        std::fs::write(
            &java,
            // Shell built-ins only: one process, as a real `java -version` is.
            format!(
                "#!/bin/sh\nwhile IFS= read -r line; do printf '%s\\n' \"$line\"; done < '{}' >&2\n",
                fixture.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&java, std::fs::Permissions::from_mode(0o755)).unwrap();
        Fixtures {
            dir,
            root,
            server,
            silent,
            pcscd,
            _card: card,
        }
    }

    fn command(&self, args: &[&str], portal: &Server) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_loginsjekk"));
        cmd.args(args)
            .args([
                "--portal",
                &format!("https://{HOST}/"),
                "--connect-to",
                &portal.connect_to(HOST),
            ])
            .arg("--cacert")
            .arg(&self.root)
            .env_clear()
            .env("LANG", "en_US.UTF-8")
            .env("PATH", self.dir.path().join("bin"))
            .env("PCSCLITE_CSOCK_NAME", &self.pcscd.socket)
            .env("LOGINSJEKK_TEST_HOSTS_FILE", self.dir.path().join("hosts"))
            .env("LOGINSJEKK_TEST_USB_SYSFS", self.dir.path().join("usb"))
            .env(
                "LOGINSJEKK_TEST_JAVA_SYSTEM_DIR",
                self.dir.path().join("jvm"),
            )
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time_once(mut command: Command) -> Duration {
    let started = Instant::now();
    let status = command.status().unwrap();
    assert!(status.code().is_some());
    started.elapsed()
}

/// Times every case `runs` times, in rounds that take each case in turn, so that the machine's
/// slow moments fall on all cases alike; returns each case's median.
fn time_interleaved(cases: &[&dyn Fn() -> Command], runs: usize) -> Vec<Duration> {
    for case in cases {
        time_once(case()); // warm-up
    }
    let mut samples = vec![Vec::with_capacity(runs); cases.len()];
    for _ in 0..runs {
        for (case, taken) in cases.iter().zip(&mut samples) {
            taken.push(time_once(case()));
        }
    }
    samples.into_iter().map(median).collect()
}

/// Runs once and returns the peak resident memory of that process, in KiB.
// The child is reaped by wait4, which std does not offer, to read its resource usage.
#[allow(clippy::zombie_processes)]
fn peak_memory_kib(mut command: Command) -> i64 {
    let child = command.spawn().unwrap();
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child and fills the given rusage.
    unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    usage.ru_maxrss
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

pub fn main() {
    let fixtures = Fixtures::new();
    println!(
        "loginsjekk end-to-end benchmark: medians of {RUNS} runs \
         ({UNRESPONSIVE_RUNS} for the unresponsive portal)\n"
    );

    let checks = [
        "tls",
        "certificate",
        "clock",
        "card-reader",
        "java",
        "usb-token",
        "system",
    ];
    let version = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_loginsjekk"));
        c.arg("--version").stdout(Stdio::null());
        c
    };
    let singles: Vec<_> = checks
        .iter()
        .map(|check| {
            let fixtures = &fixtures;
            move || fixtures.command(&["--only", check, "--format", "json"], &fixtures.server)
        })
        .collect();
    let all = || fixtures.command(&["--format", "json"], &fixtures.server);
    let mut cases: Vec<&dyn Fn() -> Command> = vec![&version];
    cases.extend(singles.iter().map(|s| s as &dyn Fn() -> Command));
    cases.push(&all);
    let medians = time_interleaved(&cases, RUNS);

    println!("{:<40} {}", "--version", ms(medians[0]));
    for (check, took) in checks.iter().zip(&medians[1..]) {
        println!("{:<40} {}", format!("--only {check}"), ms(*took));
    }
    let slowest = medians[1..=checks.len()].iter().max().copied().unwrap();
    let all = medians[checks.len() + 1];
    println!("{:<40} {}", "all checks", ms(all));
    let unresponsive = time_interleaved(
        &[&|| fixtures.command(&["--format", "json", "--timeout", "2"], &fixtures.silent)],
        UNRESPONSIVE_RUNS,
    )[0];
    println!(
        "{:<40} {}",
        "all checks, unresponsive portal, --timeout 2",
        ms(unresponsive)
    );

    let size = std::fs::metadata(env!("CARGO_BIN_EXE_loginsjekk"))
        .unwrap()
        .len();
    let peak = peak_memory_kib(fixtures.command(&["--format", "json"], &fixtures.server));
    println!();
    println!(
        "all together / slowest single check:    {:.2} (target <= 1.2)",
        all.as_secs_f64() / slowest.as_secs_f64()
    );
    println!(
        "unresponsive run / timeout:              {:.2} (target <= 1.1)",
        unresponsive.as_secs_f64() / 2.0
    );
    println!(
        "binary size:                             {:.2} MiB ({size} bytes; target <= 8 MiB)",
        size as f64 / 1048576.0
    );
    println!(
        "peak memory of a full run:               {:.1} MiB (target <= 30 MiB)",
        peak as f64 / 1024.0
    );
}
