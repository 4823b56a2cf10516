//! `--connect-to HOST:PORT:ADDR:PORT` (curl's semantics): connect elsewhere, keep the name.

use std::str::FromStr;

/// One rule: a connection to `host:port` goes to `target_host:target_port` instead, while SNI,
/// the Host header and the certificate checks still use `host`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectTo {
    pub host: String,
    pub port: u16,
    pub target_host: String,
    pub target_port: u16,
}

impl FromStr for ConnectTo {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let bad = || {
            format!(
                "'{text}' is not HOST:PORT:ADDR:PORT (e.g. login.idporten.no:443:127.0.0.1:8443)"
            )
        };
        // An IPv6 address is written in brackets: host:443:[::1]:8443.
        let (host, rest) = text.split_once(':').ok_or_else(bad)?;
        let (port, rest) = rest.split_once(':').ok_or_else(bad)?;
        let (target_host, target_port) = rest.rsplit_once(':').ok_or_else(bad)?;
        let target_host = target_host.trim_start_matches('[').trim_end_matches(']');
        if host.is_empty() || target_host.is_empty() {
            return Err(bad());
        }
        Ok(ConnectTo {
            host: host.to_ascii_lowercase(),
            port: port.parse().map_err(|_| bad())?,
            target_host: target_host.to_owned(),
            target_port: target_port.parse().map_err(|_| bad())?,
        })
    }
}

/// Where to connect for `host:port`, after the rules.
pub fn apply<'a>(rules: &'a [ConnectTo], host: &'a str, port: u16) -> (&'a str, u16) {
    rules
        .iter()
        .find(|rule| rule.host.eq_ignore_ascii_case(host) && rule.port == port)
        .map_or((host, port), |rule| {
            (rule.target_host.as_str(), rule.target_port)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names_ipv4_and_ipv6() {
        let rule: ConnectTo = "Login.IDporten.no:443:127.0.0.1:8443".parse().unwrap();
        assert_eq!(rule.host, "login.idporten.no");
        assert_eq!(
            (rule.port, rule.target_host.as_str(), rule.target_port),
            (443, "127.0.0.1", 8443)
        );
        let rule: ConnectTo = "a.no:443:[::1]:9".parse().unwrap();
        assert_eq!(rule.target_host, "::1");
        for bad in [
            "",
            "a.no",
            "a.no:443",
            "a.no:443:1.2.3.4",
            "a.no:x:1.2.3.4:1",
            ":443:1.1.1.1:1",
            "a.no:443:1.1.1.1:99999",
        ] {
            assert!(bad.parse::<ConnectTo>().is_err(), "{bad}");
        }
    }

    #[test]
    fn applies_to_matching_host_and_port_only() {
        let rules = vec!["idporten.no:443:127.0.0.1:8443".parse().unwrap()];
        assert_eq!(apply(&rules, "IDPORTEN.no", 443), ("127.0.0.1", 8443));
        assert_eq!(apply(&rules, "idporten.no", 80), ("idporten.no", 80));
        assert_eq!(
            apply(&rules, "login.idporten.no", 443),
            ("login.idporten.no", 443)
        );
    }
}
