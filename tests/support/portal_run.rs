//! Runs the portal checks against test servers on 127.0.0.1: `--connect-to` aims the real
//! portal name at them, and a test root plays the public roots.
#![allow(dead_code)]

use std::time::SystemTime;

use serde_json::Value;
use time::OffsetDateTime;

use crate::support::{run_json, Sandbox};
use crate::tls_server::{serve_tls, Ca, Leaf, Reply, Server};

pub const HOST: &str = "login.idporten.no";

pub struct Setup {
    pub sb: Sandbox,
    pub ca: Ca,
    pub root: std::path::PathBuf,
    /// A CA the "operating system" trusts, unrelated to the servers, so the machine's store plays no part.
    pub system_store: std::path::PathBuf,
}

pub fn setup() -> Setup {
    let sb = Sandbox::new();
    let ca = Ca::new("loginsjekk Test Root");
    let root = ca.write(sb.dir.path(), "root.pem");
    let system_store = Ca::new("Unrelated System Root").write(sb.dir.path(), "system.pem");
    Setup {
        sb,
        ca,
        root,
        system_store,
    }
}

impl Setup {
    /// The binary without the test sandbox's safety-net proxy: every test here aims at 127.0.0.1.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = self.sb.cmd();
        cmd.env_remove("HTTPS_PROXY");
        cmd
    }

    /// The portal checks against `server` as HOST, trusting the test root as a public root.
    pub fn run(&self, server: &Server, extra: &[&str]) -> (i32, Value) {
        run_json(&mut self.trusted(server, extra))
    }

    /// The portal checks against `server` as HOST, with no `--cacert`.
    pub fn run_untrusted(&self, server: &Server, extra: &[&str]) -> (i32, Value) {
        run_json(&mut self.untrusted(server, extra))
    }

    /// The portal checks against `server` as `host`, with no `--cacert`.
    pub fn run_host(&self, host: &str, server: &Server, extra: &[&str]) -> (i32, Value) {
        run_json(&mut self.at_host(host, server, extra))
    }

    /// The three portal checks with JSON out and a 5-second deadline; portals still to add.
    pub fn portal_checks(&self) -> assert_cmd::Command {
        let mut cmd = self.cmd();
        cmd.env("SSL_CERT_FILE", &self.system_store).args([
            "--only",
            "tls,certificate,clock",
            "--format",
            "json",
            "--timeout",
            "5",
        ]);
        cmd
    }

    /// The command [`Setup::run`] runs.
    pub fn trusted(&self, server: &Server, extra: &[&str]) -> assert_cmd::Command {
        self.untrusted(
            server,
            &[&["--cacert", self.root.to_str().unwrap()], extra].concat(),
        )
    }

    /// The command [`Setup::run_untrusted`] runs.
    pub fn untrusted(&self, server: &Server, extra: &[&str]) -> assert_cmd::Command {
        self.at_host(HOST, server, extra)
    }

    /// The command [`Setup::run_host`] runs.
    pub fn at_host(&self, host: &str, server: &Server, extra: &[&str]) -> assert_cmd::Command {
        let mut cmd = self.portal_checks();
        cmd.args([
            "--portal",
            &format!("https://{host}/"),
            "--connect-to",
            &server.connect_to(host),
        ])
        .args(extra);
        cmd
    }

    pub fn valid_server(&self, leaf: &Leaf) -> Server {
        serve_tls(&self.ca.issue(leaf), |_| Reply::ok())
    }
}

pub fn codes(report: &Value) -> Vec<(String, String)> {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["code"].as_str().unwrap().to_owned(),
                c["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

pub fn pair(code: &str, status: &str) -> (String, String) {
    (code.to_owned(), status.to_owned())
}

/// A tls check that followed redirects as far as browsers do, and stopped there.
pub fn assert_stopped_at_redirect_limit(tls: &Value) {
    assert_eq!(tls["code"], "tls.too-many-redirects", "{tls:#}");
    assert_eq!(
        tls["details"]["portals"][0]["redirects"]
            .as_array()
            .expect("redirects")
            .len(),
        21,
        "the first request and 20 redirects, as browsers follow"
    );
}

pub fn http_date(offset: time::Duration) -> String {
    httpdate::fmt_http_date(SystemTime::from(OffsetDateTime::now_utc() + offset))
}

pub fn days(n: i64) -> time::Duration {
    time::Duration::days(n)
}

/// A server with a certificate from the test root whose answers carry `date`.
pub fn server_with_date(s: &Setup, leaf: &Leaf, date: String) -> Server {
    server_with_date_from(&s.ca, leaf, date)
}

/// A server with a certificate from `ca` whose answers carry `date`.
pub fn server_with_date_from(ca: &Ca, leaf: &Leaf, date: String) -> Server {
    serve_tls(&ca.issue(leaf), move |_| Reply::Http {
        status: 200,
        headers: vec![("Date".into(), date.clone())],
    })
}
