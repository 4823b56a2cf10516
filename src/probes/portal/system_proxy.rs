//! The operating system's proxy setting, for when no proxy variable is set: the Internet
//! Settings in the Windows registry (`reg query`), or the network settings on macOS
//! (`scutil --proxy`). Linux programs take theirs from the environment.

use std::time::Duration;

/// A proxy from the system settings.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SystemProxy {
    /// `host:port`
    pub server: String,
    /// Hosts that bypass the proxy: patterns with `*`, and `<local>` for names without a dot.
    pub exceptions: Vec<String>,
}

impl SystemProxy {
    /// True when `host` should not go through the proxy.
    pub fn bypasses(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        self.exceptions.iter().any(|pattern| {
            let pattern = pattern.trim().to_ascii_lowercase();
            match pattern.as_str() {
                "" => false,
                "<local>" => !host.contains('.'),
                _ => wildcard(&pattern, &host),
            }
        })
    }
}

fn wildcard(pattern: &str, text: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == text,
        Some((prefix, rest)) => {
            text.starts_with(prefix)
                && (0..=text.len() - prefix.len()).any(|skip| {
                    text.is_char_boundary(prefix.len() + skip)
                        && wildcard(rest, &text[prefix.len() + skip..])
                })
        }
    }
}

/// Reads this computer's system proxy setting; `None` when there is none or it cannot be read.
/// Read once per run: the system check and the portal probe see the same setting.
pub fn read() -> Option<SystemProxy> {
    static SETTING: std::sync::OnceLock<Option<SystemProxy>> = std::sync::OnceLock::new();
    SETTING.get_or_init(read_now).clone()
}

fn read_now() -> Option<SystemProxy> {
    let timeout = Duration::from_secs(2);
    if cfg!(windows) {
        let mut command = std::process::Command::new("reg");
        command.args([
            "query",
            r"HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings",
        ]);
        let output = crate::probes::command::run(command, timeout).ok()?;
        parse_reg_query(&String::from_utf8_lossy(&output.stdout))
    } else if cfg!(target_os = "macos") {
        let mut command = std::process::Command::new("scutil");
        command.arg("--proxy");
        let output = crate::probes::command::run(command, timeout).ok()?;
        parse_scutil(&String::from_utf8_lossy(&output.stdout))
    } else {
        None
    }
}

/// Parses `reg query` of Internet Settings: `ProxyEnable`, `ProxyServer`, `ProxyOverride`.
pub fn parse_reg_query(text: &str) -> Option<SystemProxy> {
    let value = |name: &str| {
        text.lines().find_map(|line| {
            let mut fields = line.split_whitespace();
            (fields.next()? == name).then(|| {
                let _type = fields.next();
                fields.collect::<Vec<_>>().join(" ")
            })
        })
    };
    let enabled = value("ProxyEnable").is_some_and(|v| v.trim() != "0x0");
    if !enabled {
        return None;
    }
    let server = value("ProxyServer")?;
    // Either one proxy for everything, or "http=a:80;https=b:443;ftp=…".
    let server = if server.contains('=') {
        server
            .split(';')
            .find_map(|part| part.trim().strip_prefix("https="))
            .or_else(|| {
                server
                    .split(';')
                    .find_map(|part| part.trim().strip_prefix("http="))
            })?
            .to_owned()
    } else {
        server
    };
    let exceptions = value("ProxyOverride")
        .map(|list| list.split(';').map(str::to_owned).collect())
        .unwrap_or_default();
    (!server.trim().is_empty()).then(|| SystemProxy {
        server: server.trim().to_owned(),
        exceptions,
    })
}

/// Parses `scutil --proxy`: `HTTPSEnable`, `HTTPSProxy`, `HTTPSPort`, `ExceptionsList`.
pub fn parse_scutil(text: &str) -> Option<SystemProxy> {
    let value = |name: &str| {
        text.lines().find_map(|line| {
            let (key, value) = line.split_once(" : ")?;
            (key.trim() == name).then(|| value.trim().to_owned())
        })
    };
    if value("HTTPSEnable").as_deref() != Some("1") {
        return None;
    }
    let host = value("HTTPSProxy")?;
    let port = value("HTTPSPort").unwrap_or_else(|| "443".to_owned());
    let mut exceptions = Vec::new();
    let mut in_list = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with("ExceptionsList") {
            in_list = true;
        } else if in_list && line == "}" {
            in_list = false;
        } else if in_list {
            if let Some((_, pattern)) = line.split_once(" : ") {
                exceptions.push(pattern.trim().to_owned());
            }
        }
    }
    Some(SystemProxy {
        server: format!("{host}:{port}"),
        exceptions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const REG_QUERY: &str = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\r\n    CertificateRevocation    REG_DWORD    0x1\r\n    ProxyEnable    REG_DWORD    0x1\r\n    ProxyServer    REG_SZ    http=web.proxy.example:80;https=secure.proxy.example:8443;ftp=ftp.proxy.example:21\r\n    ProxyOverride    REG_SZ    *.intern.example;<local>\r\n";

    const SCUTIL: &str = "<dictionary> {\n  ExceptionsList : <array> {\n    0 : *.local\n    1 : 169.254/16\n  }\n  FTPPassive : 1\n  HTTPEnable : 1\n  HTTPPort : 3128\n  HTTPProxy : proxy.example.no\n  HTTPSEnable : 1\n  HTTPSPort : 3129\n  HTTPSProxy : proxy.example.no\n}\n";

    #[test]
    fn windows_registry_per_protocol_proxy() {
        let proxy = parse_reg_query(REG_QUERY).unwrap();
        assert_eq!(proxy.server, "secure.proxy.example:8443");
        assert!(proxy.bypasses("intranet"));
        assert!(proxy.bypasses("wiki.intern.example"));
        assert!(!proxy.bypasses("login.idporten.no"));
    }

    #[test]
    fn windows_registry_single_proxy_and_disabled() {
        let single = REG_QUERY.replace(
            "http=web.proxy.example:80;https=secure.proxy.example:8443;ftp=ftp.proxy.example:21",
            "proxy.example:8080",
        );
        assert_eq!(
            parse_reg_query(&single).unwrap().server,
            "proxy.example:8080"
        );
        assert_eq!(
            parse_reg_query(&REG_QUERY.replace("0x1\r\n    ProxyServer", "0x0\r\n    ProxyServer")),
            None
        );
        assert_eq!(parse_reg_query(""), None);
    }

    #[test]
    fn macos_scutil() {
        let proxy = parse_scutil(SCUTIL).unwrap();
        assert_eq!(proxy.server, "proxy.example.no:3129");
        assert_eq!(proxy.exceptions, ["*.local", "169.254/16"]);
        assert!(proxy.bypasses("printer.local"));
        assert_eq!(
            parse_scutil(&SCUTIL.replace("HTTPSEnable : 1", "HTTPSEnable : 0")),
            None
        );
        assert_eq!(parse_scutil("garbage"), None);
    }
}
