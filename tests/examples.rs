//! The examples in docs/examples/ (written by docs/examples.sh from real runs) and README's
//! example, which is pasted from them, against what the binary prints today in the same
//! situation: the same lines, glyphs and order. Dates, times, numbers, the support code and the
//! operating system's name differ from run to run and are masked before comparing.
// Linux only: the Java fixture laid out as /usr/lib/jvm is, and the Linux example outputs
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

mod support;
#[path = "support/tls_server.rs"]
mod tls_server;

use std::path::{Path, PathBuf};

use serde_json::Value;
use support::{check_of, Sandbox};
use tls_server::{serve_tls, Ca, Leaf, Reply};

const PORTALS: [&str; 4] = [
    "login.idporten.no",
    "idporten.no",
    "helsenorge.no",
    "idporten.difi.no",
];

const MONTHS: [&str; 24] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

fn example(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/examples")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The example JSON report: the run docs/examples/check.en.txt comes from.
fn example_report() -> Value {
    support::parse_json(example("check.en.json").as_bytes(), b"")
}

fn os_of(report: &Value) -> String {
    check_of(report, "system")["details"]["os"]["description"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The text with what varies between runs masked: the operating system's name, support codes,
/// month names and every number (and so whether a number of seconds or days is plural).
fn shape(text: &str, os: &str) -> Vec<String> {
    let mut text = text.replace(os, "<os>");
    for month in MONTHS {
        text = text.replace(month, "<month>");
    }
    text.lines()
        .map(|line| {
            let words: Vec<String> = line
                .split(' ')
                .map(|word| {
                    let core = word.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
                    // Format 2: five groups of four (format 1 had three).
                    let is_code = core.len() == 24
                        && core.split('-').count() == 5
                        && core.split('-').all(|g| g.len() == 4)
                        && core
                            .chars()
                            .all(|c| c == '-' || c.is_ascii_digit() || c.is_ascii_uppercase());
                    if is_code {
                        word.replacen(core, "<code>", 1)
                    } else {
                        word.to_owned()
                    }
                })
                .collect();
            let mut masked = String::new();
            let mut in_number = false;
            for c in words.join(" ").chars() {
                if c.is_ascii_digit() {
                    if !in_number {
                        masked.push('#');
                    }
                    in_number = true;
                } else {
                    in_number = false;
                    masked.push(c);
                }
            }
            // One second of clock difference, or one day left, takes the singular.
            [
                ("# seconds", "# second"),
                ("# sekunder", "# sekund"),
                ("# days", "# day"),
                ("# dager", "# dag"),
            ]
            .iter()
            .fold(masked, |line, (plural, singular)| {
                line.replace(plural, singular)
            })
        })
        .collect()
}

/// The situation docs/examples.sh sets up, in a sandbox: the four portal addresses served on
/// 127.0.0.1 with a certificate from "Example Test Root", one Temurin 21.0.8, no USB devices,
/// no smart card software, and `etc/hosts` relative to the working directory.
struct Situation {
    sb: Sandbox,
    cacert: PathBuf,
    connect_to: Vec<String>,
}

impl Situation {
    fn new(hosts: &str) -> Situation {
        let sb = Sandbox::new();
        let ca = Ca::new("Example Test Root");
        let leaf = Leaf {
            names: PORTALS.iter().map(|h| h.to_string()).collect(),
            ..Leaf::for_host(PORTALS[0])
        };
        let server = serve_tls(&ca.issue(&leaf), |_| Reply::ok());
        let cacert = ca.write(sb.dir.path(), "ca.pem");
        std::fs::create_dir_all(sb.path("etc")).unwrap();
        sb.write("etc/hosts", hosts);
        std::fs::create_dir_all(sb.path("jvm/temurin-21")).unwrap();
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/java/release-files/23-temurin-21.0.8-linux-jdk.release"),
            sb.path("jvm/temurin-21/release"),
        )
        .unwrap();
        let connect_to = PORTALS.iter().map(|h| server.connect_to(h)).collect();
        Situation {
            sb,
            cacert,
            connect_to,
        }
    }

    fn cmd(&self, args: &[&str]) -> assert_cmd::Command {
        let mut cmd = self.sb.cmd();
        // Every portal name is sent to 127.0.0.1 by --connect-to, which the report shows (below);
        // the sandbox's proxy would be in the report as a setting of this computer.
        cmd.env_remove("HTTPS_PROXY")
            .env("LOGINSJEKK_TEST_HOSTS_FILE", "etc/hosts")
            .env(
                "LOGINSJEKK_TEST_PCSC_LIBRARY",
                self.sb.path("no-libpcsclite.so"),
            )
            .args(args);
        cmd
    }

    fn check(&self, args: &[&str]) -> assert_cmd::Command {
        let mut cmd = self.cmd(&["check"]);
        for rule in &self.connect_to {
            cmd.args(["--connect-to", rule]);
        }
        cmd.arg("--cacert").arg(&self.cacert).args(args);
        cmd
    }
}

fn stdout(cmd: &mut assert_cmd::Command) -> String {
    String::from_utf8(cmd.output().unwrap().stdout).unwrap()
}

const CLEAN: &str = "127.0.0.1 localhost\n::1 localhost ip6-localhost\n";
const OVERRIDE: &str = "127.0.0.1 localhost\n10.0.0.66 login.idporten.no\n";

#[test]
fn the_examples_have_the_shape_the_binary_prints_today() {
    let example_os = os_of(&example_report());
    let clean = Situation::new(CLEAN);
    let today = support::parse_json(
        stdout(&mut clean.check(&["--format", "json"])).as_bytes(),
        b"",
    );
    for portal in today["checks"][0]["details"]["portals"].as_array().unwrap() {
        assert!(
            portal["address"]
                .as_str()
                .unwrap()
                .starts_with("127.0.0.1:"),
            "{portal:#}"
        );
    }
    let os = os_of(&today);
    let overridden = Situation::new(OVERRIDE);
    let code = example("check.en.txt")
        .lines()
        .find_map(|l| l.strip_prefix("Support code: "))
        .and_then(|rest| rest.split(' ').next())
        .expect("a support code in check.en.txt")
        .to_owned();
    for lang in ["en", "nb"] {
        let runs = [
            (
                format!("check.{lang}.txt"),
                stdout(&mut clean.check(&["--lang", lang])),
            ),
            (
                format!("hosts-override.{lang}.txt"),
                stdout(&mut overridden.check(&["--lang", lang])),
            ),
            (
                format!("decode.{lang}.txt"),
                stdout(&mut clean.cmd(&["decode", &code, "--lang", lang])),
            ),
        ];
        for (file, printed) in runs {
            assert_eq!(
                shape(&example(&file), &example_os),
                shape(&printed, &os),
                "docs/examples/{file} is not what loginsjekk prints today: run bash docs/examples.sh"
            );
        }
    }
    assert_eq!(
        example("explain.en.txt"),
        stdout(&mut clean.cmd(&["explain", "system.hosts-override", "--lang", "en"])),
        "docs/examples/explain.en.txt is not what loginsjekk prints today: run bash docs/examples.sh"
    );
}

#[test]
fn the_readme_example_is_pasted_from_the_english_example() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme
        .split("\n## Example\n")
        .nth(1)
        .expect("README has an Example section");
    assert!(
        section.contains("test server"),
        "the README says where the example came from"
    );
    let block = section
        .split("```\n")
        .nth(1)
        .expect("a code block in README's Example section");
    let shown = block
        .strip_prefix("$ loginsjekk\n")
        .expect("the block starts with the command");
    assert_eq!(
        shown,
        example("check.en.txt"),
        "README's example is not docs/examples/check.en.txt: paste it again"
    );
}

#[test]
fn the_example_json_is_the_run_the_english_example_shows() {
    let report = example_report();
    let text = example("check.en.txt");
    let code = report["support_code"].as_str().unwrap();
    assert!(text.contains(&format!("Support code: {code} ")), "{code}");
    assert_eq!(report["verdict"]["status"], "ready");
}

#[test]
fn the_shape_masks_only_what_varies() {
    let a = "Checked 1 December 2026 at 22:05\n2 [✓] x: Valid until 20 April 2027 (139 days)\nSupport code: C83H-V5R4-SERE-7040-000S (read it)\n7 [✓] This computer: Debian GNU/Linux 12; fine";
    let b = "Checked 14 January 2027 at 09:59\n2 [✓] x: Valid until 2 March 2027 (9 days)\nSupport code: C8ZZ-T000-0600-0100-0003 (read it)\n7 [✓] This computer: Windows 11 (26100); fine";
    assert_eq!(
        shape(a, "Debian GNU/Linux 12"),
        shape(b, "Windows 11 (26100)")
    );
    assert_ne!(shape("1 [✓] Java", ""), shape("1 [!] Java", ""));
    assert_ne!(shape("a\nb", ""), shape("b\na", ""));
    assert_ne!(shape("is secure", ""), shape("is encrypted", ""));
}
