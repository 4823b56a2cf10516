//! `--ascii`: screens that cannot show ✓ ✗ – (a legacy Windows console) get `[OK] [X] [!] [-]`,
//! and no other symbol either, in every command's text; letters such as æ ø å stay.
// Linux only until tried on Windows and macOS: a local portal reached with --connect-to and
// trusted with --cacert (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

mod support;
#[path = "support/tls_server.rs"]
mod tls_server;

use support::Sandbox;
use tls_server::{serve_tls, Ca, Leaf, Reply, Server};

const HOST: &str = "login.idporten.no";

/// Characters that are neither ASCII nor letters.
fn symbols(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| !c.is_ascii() && !c.is_alphabetic())
        .collect()
}

struct Portal {
    sb: Sandbox,
    root: std::path::PathBuf,
    server: Server,
}

fn portal() -> Portal {
    let sb = Sandbox::new();
    let ca = Ca::new("loginsjekk Test Root");
    let root = ca.write(sb.dir.path(), "root.pem");
    let server = serve_tls(&ca.issue(&Leaf::for_host(HOST)), |_| Reply::ok());
    Portal { sb, root, server }
}

impl Portal {
    /// Every check but the card reader, against the local portal, for a Commfides user without
    /// a stick: passes, a failure with steps, a warning-free absent Java, and a certificate line.
    fn report(&self, extra: &[&str]) -> String {
        let output = self
            .sb
            .cmd()
            .env_remove("HTTPS_PROXY")
            .args([
                "--skip",
                "card-reader",
                "--method",
                "commfides",
                "--verbose",
            ])
            .args(["--cacert", self.root.to_str().unwrap()])
            .args(["--portal", &format!("https://{HOST}/")])
            .args(["--connect-to", &self.server.connect_to(HOST)])
            .args(["--timeout", "5"])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    }
}

#[test]
fn ascii_report_has_no_symbol_in_either_language() {
    let p = portal();
    let plain = p.report(&["--lang", "en"]);
    // Without --ascii the same report has symbols: the flag is what removes them.
    for symbol in ['✓', '✗', '–', '·', '→'] {
        assert!(plain.contains(symbol), "{symbol} in {plain}");
    }
    for lang in ["en", "nb"] {
        let text = p.report(&["--ascii", "--lang", lang]);
        assert_eq!(symbols(&text), Vec::<char>::new(), "{text}");
        for mark in ["[OK]", "[X]", "[-]", "->"] {
            assert!(text.contains(mark), "{mark} in {text}");
        }
        assert!(
            text.contains("(org. no. 991825827) - Issued by")
                || text.contains("(org.nr. 991825827) - Utstedt av"),
            "{text}"
        );
    }
    let norwegian = p.report(&["--ascii", "--lang", "nb"]);
    assert!(
        norwegian.contains('å') || norwegian.contains('ø'),
        "{norwegian}"
    );
}

#[test]
fn ascii_report_file_has_no_symbol() {
    let p = portal();
    let path = p.sb.path("report.txt");
    let stdout = p.report(&[
        "--ascii",
        "--lang",
        "nb",
        "--output",
        path.to_str().unwrap(),
    ]);
    assert!(stdout.is_empty(), "{stdout}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("[OK]") && text.contains("[X]"), "{text}");
    assert_eq!(symbols(&text), Vec::<char>::new(), "{text}");
}

#[test]
fn ascii_in_the_helpline_commands() {
    let sb = Sandbox::new();
    let code = {
        let output = sb
            .report()
            .args(["--format", "json", "--method", "commfides"])
            .output()
            .unwrap();
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        report["support_code"].as_str().unwrap().to_owned()
    };
    for lang in ["en", "nb"] {
        for args in [
            vec!["decode", code.as_str()],
            vec!["explain"],
            vec!["explain", "tls.dns-failed"],
            vec!["explain", "code-chip"],
        ] {
            let output = sb
                .cmd()
                .args(&args)
                .args(["--ascii", "--lang", lang])
                .output()
                .unwrap();
            assert_eq!(output.status.code(), Some(0), "{args:?} {output:?}");
            let text = String::from_utf8(output.stdout).unwrap();
            assert!(!text.is_empty(), "{args:?}");
            assert_eq!(
                symbols(&text),
                Vec::<char>::new(),
                "{args:?} {lang}: {text}"
            );
        }
    }
    let decoded = sb
        .cmd()
        .args(["decode", &code, "--ascii", "--lang", "en"])
        .output()
        .unwrap();
    let text = String::from_utf8(decoded.stdout).unwrap();
    assert!(text.contains("[X]") && text.contains("->"), "{text}");
}
