//! Where the probes read the system from.
//!
//! Tests aim the probes at fixtures through `LOGINSJEKK_TEST_*` environment variables
//! (documented in docs/testing.md). They are not user options and `--help` does not show them.

use std::path::PathBuf;

/// Paths and sources the probes use.
#[derive(Debug, Clone)]
pub struct Inputs {
    /// The hosts file (`LOGINSJEKK_TEST_HOSTS_FILE` in tests).
    pub hosts_file: PathBuf,
}

impl Inputs {
    /// The real system's locations, unless a test overrides them.
    pub fn from_env() -> Inputs {
        Inputs {
            hosts_file: std::env::var_os("LOGINSJEKK_TEST_HOSTS_FILE")
                .map(PathBuf::from)
                .unwrap_or_else(system_hosts_file),
        }
    }
}

#[cfg(windows)]
fn system_hosts_file() -> PathBuf {
    let root = std::env::var_os("SystemRoot").unwrap_or_else(|| "C:\\Windows".into());
    PathBuf::from(root).join(r"System32\drivers\etc\hosts")
}

#[cfg(not(windows))]
fn system_hosts_file() -> PathBuf {
    PathBuf::from("/etc/hosts")
}
