//! Reads the operating system's name, the hosts file and the proxy variables.

use std::io::{BufRead, Read};

use super::hosts::{self, HostsEntry};
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
/// A longer line is no host entry; the rest of it is skipped unread into memory.
const HOSTS_LINE_LIMIT: usize = 4096;
/// Entries kept: enough to show every override anyone makes by hand.
const HOSTS_KEPT_LIMIT: usize = 100;

/// What the system check saw.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    pub os: OsInfo,
    pub hosts_path: String,
    /// The hosts file's entries that name a host the check asks about, or why it could not be read.
    pub hosts: Result<Vec<HostsEntry>, String>,
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

/// `wanted` tells which host names the hosts file is read for.
pub fn observe(inputs: &Inputs, wanted: &dyn Fn(&str) -> bool) -> Observation {
    Observation {
        os: OsInfo {
            name: sysinfo::System::name(),
            version: sysinfo::System::os_version(),
            long_name: sysinfo::System::long_os_version(),
            kernel: sysinfo::System::kernel_version(),
            arch: sysinfo::System::cpu_arch(),
        },
        hosts_path: inputs.hosts_file.display().to_string(),
        hosts: read_hosts(&inputs.hosts_file, wanted),
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

/// Reads the hosts file a line at a time, keeping only the entries that name a wanted host, so
/// that a file of a million lines takes no more memory than one of ten.
fn read_hosts(
    path: &std::path::Path,
    wanted: &dyn Fn(&str) -> bool,
) -> Result<Vec<HostsEntry>, String> {
    let file = std::fs::File::open(path).map_err(|e| crate::inputs::io_reason(&e))?;
    let mut reader = std::io::BufReader::new(file.take(HOSTS_READ_LIMIT));
    let mut kept = Vec::new();
    let mut line = Vec::new();
    let mut number = 0;
    while kept.len() < HOSTS_KEPT_LIMIT {
        line.clear();
        let complete =
            read_line(&mut reader, &mut line).map_err(|e| crate::inputs::io_reason(&e))?;
        if line.is_empty() && !complete {
            break;
        }
        number += 1;
        // A hosts file in a legacy encoding still has ASCII host names; keep what can be read.
        let text = String::from_utf8_lossy(&line);
        if let Some(entry) = hosts::parse_line(number, &text) {
            if entry.names.iter().any(|name| wanted(name)) {
                kept.push(entry);
            }
        }
        if !complete {
            break;
        }
    }
    Ok(kept)
}

/// Reads up to the next newline into `line`, keeping at most [`HOSTS_LINE_LIMIT`] bytes of it.
/// Returns whether a newline ended it (false at the end of the file).
fn read_line(reader: &mut impl BufRead, line: &mut Vec<u8>) -> std::io::Result<bool> {
    loop {
        let buffer = match reader.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buffer.is_empty() {
            return Ok(false);
        }
        let (chunk, found) = match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => (&buffer[..at], Some(at)),
            None => (buffer, None),
        };
        let room = HOSTS_LINE_LIMIT.saturating_sub(line.len());
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = found.map_or(buffer.len(), |at| at + 1);
        reader.consume(used);
        if found.is_some() {
            return Ok(true);
        }
    }
}
