//! The verdict, run for real: every example row of docs/report-format.md's table, each against
//! a TLS server on 127.0.0.1 for the ID portal, and where the row says so a hosts-file entry, a
//! card reader on USB, or a private pcscd with a virtual Buypass card.
// Linux only: a private pcscd and a Linux sysfs-shaped USB tree
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

#[path = "support/pcsc.rs"]
mod pcsc;
mod support;
#[path = "support/tls_server.rs"]
mod tls_server;

use std::time::{Duration, Instant};

use pcsc::{Behaviour, Pcscd, VirtualCard, BUYPASS};
use serde_json::Value;
use support::{check_of, run_json, Sandbox};
use tls_server::{serve_tls, Ca, Leaf, Reply, Server};

const HOST: &str = "login.idporten.no";

/// One row of the examples table.
#[derive(Debug)]
struct Example {
    situation: String,
    options: Vec<String>,
    verdict: String,
    ready: Vec<String>,
    card_reader: String,
    exit: i32,
}

fn examples() -> Vec<Example> {
    let doc = include_str!("../docs/report-format.md");
    let table = doc
        .split("<!-- verdict-examples -->")
        .nth(1)
        .and_then(|rest| rest.split("<!-- /verdict-examples -->").next())
        .expect("the examples table in docs/report-format.md");
    let cell = |text: &str| text.trim().trim_matches('`').to_owned();
    table
        .lines()
        .filter(|line| line.starts_with('|'))
        .skip(2)
        .map(|line| {
            let cells: Vec<&str> = line.trim().trim_matches('|').split('|').collect();
            assert_eq!(cells.len(), 6, "{line}");
            Example {
                situation: cell(cells[0]),
                options: cell(cells[1])
                    .split_whitespace()
                    .map(str::to_owned)
                    .collect(),
                verdict: cell(cells[2]),
                ready: cell(cells[3])
                    .split(',')
                    .map(str::trim)
                    .filter(|m| !m.is_empty())
                    .map(str::to_owned)
                    .collect(),
                card_reader: cell(cells[4]),
                exit: cell(cells[5]).parse().expect("exit code"),
            }
        })
        .collect()
}

/// The machine of a situation: its sandbox, portal and smart card service.
struct Machine {
    sb: Sandbox,
    root: std::path::PathBuf,
    system_store: std::path::PathBuf,
    portal: Server,
    pcscd: Option<Pcscd>,
    _card: Option<VirtualCard>,
}

impl Machine {
    fn new(situation: &str) -> Machine {
        let sb = Sandbox::new();
        let ca = Ca::new("loginsjekk Test Root");
        let root = ca.write(sb.dir.path(), "root.pem");
        let system_store = Ca::new("Unrelated System Root").write(sb.dir.path(), "system.pem");
        let name = if situation == "wrong-host" {
            "www.example.org"
        } else {
            HOST
        };
        let portal = serve_tls(&ca.issue(&Leaf::for_host(name)), |_| Reply::ok());
        let (mut pcscd, mut card) = (None, None);
        match situation {
            "no-pcscd" | "wrong-host" => {}
            "hosts-override" => {
                sb.write(
                    "hosts",
                    "127.0.0.1 localhost\n10.0.0.66 login.idporten.no\n",
                );
            }
            "reader-without-service" => sb.plug_in_card_reader(),
            "buypass-card" | "empty-reader" => {
                let daemon = Pcscd::start("Reader");
                if situation == "buypass-card" {
                    card = Some(VirtualCard::insert(
                        daemon.port(0),
                        &BUYPASS,
                        Behaviour::Normal,
                    ));
                }
                pcscd = Some(daemon);
            }
            other => panic!("unknown situation {other} in the examples table"),
        }
        let machine = Machine {
            sb,
            root,
            system_store,
            portal,
            pcscd,
            _card: card,
        };
        if situation == "buypass-card" {
            machine.wait_for_card();
        }
        machine
    }

    fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = self.sb.cmd();
        cmd.env_remove("HTTPS_PROXY")
            .env("SSL_CERT_FILE", &self.system_store);
        if let Some(pcscd) = &self.pcscd {
            cmd.env("PCSCLITE_CSOCK_NAME", &pcscd.socket);
        }
        cmd
    }

    /// A full run against this machine's portal, as `--portal` and `--connect-to` aim it.
    fn check(&self, options: &[&str]) -> assert_cmd::Command {
        let mut cmd = self.cmd();
        cmd.args(["--timeout", "5"])
            .args(["--portal", &format!("https://{HOST}/")])
            .args(["--connect-to", &self.portal.connect_to(HOST)])
            .arg("--cacert")
            .arg(&self.root)
            .args(options);
        cmd
    }

    fn run(&self, options: &[&str]) -> (i32, Value) {
        run_json(self.check(options).args(["--format", "json"]))
    }

    fn text(&self, options: &[&str]) -> String {
        String::from_utf8(self.check(options).output().unwrap().stdout).unwrap()
    }

    /// pcscd polls its readers: wait until it shows the inserted card.
    fn wait_for_card(&self) {
        let started = Instant::now();
        loop {
            let (_, report) =
                run_json(
                    self.cmd()
                        .args(["--only", "card-reader", "--format", "json"]),
                );
            if report["checks"][0]["findings"][0]["code"] == "card-reader.buypass-card" {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "pcscd never showed the card: {report:#}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

#[test]
fn every_example_in_the_docs_holds() {
    let examples = examples();
    assert!(examples.len() >= 10, "{examples:?}");
    for example in &examples {
        let machine = Machine::new(&example.situation);
        let options: Vec<&str> = example.options.iter().map(String::as_str).collect();
        let (code, report) = machine.run(&options);
        let what = format!("{example:?}\n{report:#}");
        assert_eq!(report["verdict"]["status"], example.verdict, "{what}");
        assert_eq!(
            report["verdict"]["ready"],
            serde_json::json!(example.ready),
            "{what}"
        );
        let card_reader = report["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == "card-reader")
            .map_or("", |c| c["status"].as_str().unwrap());
        assert_eq!(card_reader, example.card_reader, "{what}");
        assert_eq!(code, example.exit, "{what}");
    }
}

#[test]
fn a_bankid_user_without_any_smart_card_software_is_told_yes() {
    let machine = Machine::new("no-pcscd");
    let (code, report) = machine.run(&["--method", "bankid"]);
    assert_eq!(code, 0);
    assert_eq!(report["methods"][0]["status"], "ready");
    let card = check_of(&report, "card-reader");
    assert_eq!(card["status"], "absent");
    // The text leads with the answer and calls the connection secure: the certificate passed.
    let text = machine.text(&["--method", "bankid"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[3], "You can log in with: BankID", "{text}");
    assert!(
        text.contains("[✓] Connection to the ID portal: The connection to login.idporten.no is secure (TLS 1.3)\n"),
        "{text}"
    );
    assert!(
        text.contains("[–] Card reader and Buypass card: No card reader software or card reader on this computer"),
        "{text}"
    );
    // Not set up, and not needed by BankID: said, with nothing to do about it.
    assert!(
        text.contains(
            "on this computer\n       → Only needed to log in with Buypass ID on smart card.\n5 "
        ),
        "{text}"
    );
    assert!(
        !text.contains("pcscd") && !text.contains("Helsenorge app"),
        "{text}"
    );
    assert!(!text.contains('✗'), "{text}");
    assert!(
        text.contains("Everything that was checked is in order."),
        "{text}"
    );
}

#[test]
fn another_sites_certificate_makes_the_connection_encrypted_not_secure() {
    let machine = Machine::new("wrong-host");
    let text = machine.text(&["--lang", "nb"]);
    assert!(
        text.contains("Forbindelsen til login.idporten.no er kryptert (TLS 1.3)"),
        "{text}"
    );
    assert!(!text.contains("er sikker"), "{text}");
    assert!(text.contains("Ikke klar: BankID (se 2)"), "{text}");
    assert!(text.contains("Helsenorge-appen"), "{text}");
}
