//! Proxy settings from the environment: which are set, and whether their URLs make sense.

use crate::redact::mask_credentials;

/// A proxy variable as the report shows it, with any user name and password masked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ProxySetting {
    pub variable: String,
    pub value: String,
    /// False when an HTTP client could not use this value as a proxy URL.
    pub valid: bool,
}

/// Judges one proxy variable. `NO_PROXY` is a list of hosts, not a URL, so it is always valid.
pub fn setting(variable: &str, raw: &str) -> ProxySetting {
    let is_exclusion_list = variable.eq_ignore_ascii_case("no_proxy");
    ProxySetting {
        variable: variable.to_owned(),
        value: if is_exclusion_list {
            raw.to_owned()
        } else {
            mask_credentials(raw)
        },
        valid: is_exclusion_list || is_usable_proxy_url(raw),
    }
}

/// HTTP clients accept a bare `host:port` as `http://host:port`.
fn is_usable_proxy_url(raw: &str) -> bool {
    let with_scheme = if raw.contains("://") {
        raw.to_owned()
    } else {
        format!("http://{raw}")
    };
    match url::Url::parse(&with_scheme) {
        Ok(url) => {
            matches!(
                url.scheme(),
                "http" | "https" | "socks4" | "socks4a" | "socks5" | "socks5h"
            ) && url.host_str().is_some_and(|h| !h.is_empty())
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_proxy_urls() {
        assert!(setting("HTTPS_PROXY", "http://proxy.example:3128").valid);
        assert!(setting("https_proxy", "proxy.example:3128").valid);
        assert!(setting("ALL_PROXY", "socks5h://127.0.0.1:1080").valid);
        assert!(!setting("HTTPS_PROXY", "ftp://proxy.example").valid);
        assert!(!setting("HTTPS_PROXY", "http://").valid);
        assert!(!setting("HTTPS_PROXY", "http://proxy:notaport").valid);
        assert!(setting("NO_PROXY", "localhost,.internal").valid);
    }

    #[test]
    fn invalid_values_are_masked_too() {
        let s = setting("HTTP_PROXY", "http://ola:pw@proxy:port");
        assert!(!s.valid);
        assert_eq!(s.value, "http://***@proxy:port");
    }
}
