//! Reads the operating system's name, the hosts file and the proxy variables.

use std::io::Read;

use crate::inputs::Inputs;

/// The proxy variables that HTTP clients honour, upper case first as curl prefers them.
const PROXY_VARIABLES: &[&str] = &[
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
];

/// Large ad-blocking hosts files run to a few MiB; more than this is read no further.
const HOSTS_READ_LIMIT: u64 = 32 * 1024 * 1024;

/// What the system check saw.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    pub os: OsInfo,
    pub hosts_path: String,
    /// The hosts file's text, or why it could not be read.
    pub hosts: Result<String, String>,
    /// Proxy variables that are set, as (name, value).
    pub proxy_variables: Vec<(String, String)>,
}

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct OsInfo {
    pub name: Option<String>,
    pub version: Option<String>,
    pub long_name: Option<String>,
    pub kernel: Option<String>,
    pub arch: String,
}

pub fn observe(inputs: &Inputs) -> Observation {
    Observation {
        os: OsInfo {
            name: sysinfo::System::name(),
            version: sysinfo::System::os_version(),
            long_name: sysinfo::System::long_os_version(),
            kernel: sysinfo::System::kernel_version(),
            arch: sysinfo::System::cpu_arch(),
        },
        hosts_path: inputs.hosts_file.display().to_string(),
        hosts: read_hosts(&inputs.hosts_file),
        proxy_variables: PROXY_VARIABLES
            .iter()
            .filter_map(|name| {
                let value = std::env::var_os(name)?;
                let value = value.to_string_lossy().trim().to_owned();
                (!value.is_empty()).then(|| (name.to_string(), value))
            })
            .chain(system_proxy())
            .collect(),
    }
}

/// The operating system's proxy setting, named as the system names it, read by the same reader
/// as the portal probe's (which uses it when no proxy variable is set).
fn system_proxy() -> Option<(String, String)> {
    let proxy = crate::probes::portal::system_proxy::read()?;
    let name = if cfg!(windows) {
        "ProxyServer"
    } else {
        "HTTPSProxy"
    };
    Some((name.to_owned(), proxy.server))
}

fn read_hosts(path: &std::path::Path) -> Result<String, String> {
    let file = std::fs::File::open(path).map_err(|e| crate::profile::io_reason(&e))?;
    let mut bytes = Vec::new();
    file.take(HOSTS_READ_LIMIT)
        .read_to_end(&mut bytes)
        .map_err(|e| crate::profile::io_reason(&e))?;
    // A hosts file in a legacy encoding still has ASCII host names; keep what can be read.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
