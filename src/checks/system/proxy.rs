//! Proxy settings from the environment: which are set, and whether their URLs make sense.

use crate::probes::portal::proxy::{parse_setting, Unusable};
use crate::redact::mask_credentials;

/// A proxy variable as the report shows it, with any user name and password masked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ProxySetting {
    pub variable: String,
    pub value: String,
    /// False when the portal checks could not use this value as a proxy.
    pub valid: bool,
    /// Why not: `invalid` (not a proxy address) or `unsupported` (e.g. SOCKS); `none` when valid.
    pub problem: &'static str,
}

/// Judges one proxy variable with the portal probe's own reading of it, so a setting the
/// probe refuses is never called fine here. `NO_PROXY` is a list of hosts, not a URL.
pub fn setting(variable: &str, raw: &str) -> ProxySetting {
    let is_exclusion_list = variable.eq_ignore_ascii_case("no_proxy");
    let problem = match (is_exclusion_list, parse_setting(raw)) {
        (true, _) | (false, Ok(_)) => "none",
        (false, Err(Unusable::Invalid(_))) => "invalid",
        (false, Err(Unusable::Unsupported(_))) => "unsupported",
    };
    ProxySetting {
        variable: variable.to_owned(),
        value: if is_exclusion_list {
            raw.to_owned()
        } else {
            mask_credentials(raw)
        },
        valid: problem == "none",
        problem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_proxy_urls() {
        assert!(setting("HTTPS_PROXY", "http://proxy.example:3128").valid);
        assert!(setting("https_proxy", "proxy.example:3128").valid);
        let socks = setting("ALL_PROXY", "socks5h://127.0.0.1:1080");
        assert!(!socks.valid);
        assert_eq!(socks.problem, "unsupported");
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
