//! Which proxy, if any, an HTTPS connection to a host goes through: from the environment
//! (`HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`, either case), as curl and browsers on Linux read
//! it, or else from the operating system's settings (Windows, macOS).

use super::system_proxy::SystemProxy;

/// A proxy to tunnel through with HTTP CONNECT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proxy {
    pub host: String,
    pub port: u16,
    /// User name and password, percent-decoded, when the URL has a user name.
    pub credentials: Option<(String, String)>,
    /// The proxy URL with any user name and password masked, for the report.
    pub display: String,
}

impl Proxy {
    /// The proxy as reqwest takes it. The credentials are handed over decoded, so that reqwest
    /// sends them exactly as [`parse_setting`] read them.
    pub fn for_reqwest(&self) -> Result<reqwest::Proxy, String> {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        let proxy = reqwest::Proxy::all(format!("http://{host}:{}", self.port))
            .map_err(|_| format!("the proxy address {} is not valid", self.display))?;
        Ok(match &self.credentials {
            Some((user, password)) => proxy.basic_auth(user, password),
            None => proxy,
        })
    }
}

/// The proxy for an HTTPS connection to `host:port`; `Err` when one is set but unusable.
pub fn for_https(
    host: &str,
    port: u16,
    env: &dyn Fn(&str) -> Option<String>,
    system: Option<&SystemProxy>,
) -> Result<Option<Proxy>, String> {
    let get = |name: &str| {
        env(name)
            .or_else(|| env(&name.to_ascii_lowercase()))
            .filter(|v| !v.trim().is_empty())
    };
    let Some(raw) = get("HTTPS_PROXY").or_else(|| get("ALL_PROXY")) else {
        return match system {
            Some(system) if !system.bypasses(host) => parse(&system.server).map(Some),
            _ => Ok(None),
        };
    };
    if get("NO_PROXY").is_some_and(|list| excluded(&list, host, port)) {
        return Ok(None);
    }
    parse(raw.trim()).map(Some)
}

/// Why a proxy setting cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// Not a proxy address at all.
    Invalid(String),
    /// A kind of proxy loginsjekk does not connect through (SOCKS, an https:// proxy, …).
    Unsupported(String),
}

impl Unusable {
    pub fn reason(&self) -> &str {
        match self {
            Unusable::Invalid(reason) | Unusable::Unsupported(reason) => reason,
        }
    }
}

/// Reads a proxy setting as the portal probe uses it. The system check judges proxy settings
/// with this same function, so the two never disagree about a setting.
pub fn parse(raw: &str) -> Result<Proxy, String> {
    parse_setting(raw).map_err(|e| e.reason().to_owned())
}

/// [`parse`], telling an invalid setting apart from an unsupported one.
pub fn parse_setting(raw: &str) -> Result<Proxy, Unusable> {
    let display = crate::redact::mask_credentials(raw);
    let with_scheme = if raw.contains("://") {
        raw.to_owned()
    } else {
        format!("http://{raw}")
    };
    let url = url::Url::parse(&with_scheme)
        .map_err(|_| Unusable::Invalid(format!("the proxy address {display} is not valid")))?;
    let host = url
        .host_str()
        .filter(|h| !h.is_empty())
        .ok_or_else(|| Unusable::Invalid(format!("the proxy address {display} has no host")))?;
    // SOCKS and TLS-to-the-proxy are refused rather than half supported: the system check says
    // the same of such a setting.
    if url.scheme() != "http" {
        return Err(Unusable::Unsupported(format!(
            "the proxy {display} uses {}, which loginsjekk cannot test; only http:// proxies",
            url.scheme()
        )));
    }
    let credentials = (!url.username().is_empty()).then(|| {
        (
            percent_decode(url.username()),
            percent_decode(url.password().unwrap_or_default()),
        )
    });
    Ok(Proxy {
        host: host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned(),
        port: url.port_or_known_default().unwrap_or(80),
        credentials,
        display,
    })
}

/// URL userinfo is percent-encoded, not form-encoded: `+` stays a plus.
fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

/// `NO_PROXY`: `*`, or names matching the host or a parent domain (`.example.no` or `example.no`),
/// optionally with a port.
fn excluded(list: &str, host: &str, port: u16) -> bool {
    let host = host.to_ascii_lowercase();
    list.split([',', ' '])
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .any(|entry| {
            if entry == "*" {
                return true;
            }
            let (name, entry_port) = match entry.rsplit_once(':') {
                Some((name, p)) if !name.contains(':') => (name, p.parse::<u16>().ok()),
                _ => (entry, None),
            };
            if entry_port.is_some_and(|p| p != port) {
                return false;
            }
            let name = name
                .trim_start_matches("*.")
                .trim_start_matches('.')
                .to_ascii_lowercase();
            host == name || host.ends_with(&format!(".{name}"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    fn for_https_env(
        host: &str,
        port: u16,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Option<Proxy>, String> {
        for_https(host, port, env, None)
    }

    #[test]
    fn system_setting_applies_only_without_variables() {
        let system = SystemProxy {
            server: "sys.proxy:8080".into(),
            exceptions: vec!["*.intern".into()],
        };
        let p = for_https("idporten.no", 443, &env(&[]), Some(&system))
            .unwrap()
            .unwrap();
        assert_eq!((p.host.as_str(), p.port), ("sys.proxy", 8080));
        assert_eq!(
            for_https("wiki.intern", 443, &env(&[]), Some(&system)).unwrap(),
            None
        );
        let p = for_https(
            "idporten.no",
            443,
            &env(&[("HTTPS_PROXY", "env.proxy:1")]),
            Some(&system),
        )
        .unwrap()
        .unwrap();
        assert_eq!(p.host, "env.proxy");
    }

    #[test]
    fn https_proxy_then_all_proxy() {
        let p = for_https_env(
            "idporten.no",
            443,
            &env(&[("https_proxy", "proxy.example:3128")]),
        )
        .unwrap()
        .unwrap();
        assert_eq!((p.host.as_str(), p.port), ("proxy.example", 3128));
        let p = for_https_env(
            "idporten.no",
            443,
            &env(&[("ALL_PROXY", "http://[::1]:8080")]),
        )
        .unwrap()
        .unwrap();
        assert_eq!((p.host.as_str(), p.port), ("::1", 8080));
        assert_eq!(
            for_https_env("idporten.no", 443, &env(&[("HTTP_PROXY", "http://p:1")])).unwrap(),
            None
        );
    }

    #[test]
    fn credentials_are_decoded_and_masked() {
        let p = for_https_env(
            "idporten.no",
            443,
            &env(&[("HTTPS_PROXY", "http://ola:hemm%40lig@proxy:8080")]),
        )
        .unwrap()
        .unwrap();
        assert_eq!(p.credentials, Some(("ola".into(), "hemm@lig".into())));
        assert_eq!(p.display, "http://***@proxy:8080");
    }

    #[test]
    fn credentials_are_percent_decoded_not_form_decoded() {
        let p = parse("http://ola:a+b%2Bc%40d%3Ae@proxy:8080").unwrap();
        assert_eq!(p.credentials, Some(("ola".into(), "a+b+c@d:e".into())));
    }

    #[test]
    fn socks_is_unsupported_and_garbage_invalid() {
        assert!(matches!(
            parse_setting("socks5h://127.0.0.1:1080"),
            Err(Unusable::Unsupported(_))
        ));
        assert!(matches!(
            parse_setting("http://proxy:port"),
            Err(Unusable::Invalid(_))
        ));
        assert!(parse_setting("proxy.example:3128").is_ok());
    }

    #[test]
    fn no_proxy_excludes_hosts() {
        let vars = [
            ("HTTPS_PROXY", "http://proxy:3128"),
            ("NO_PROXY", "localhost, .idporten.no,helsenorge.no:8443"),
        ];
        assert_eq!(
            for_https_env("login.idporten.no", 443, &env(&vars)).unwrap(),
            None
        );
        assert_eq!(
            for_https_env("idporten.no", 443, &env(&vars)).unwrap(),
            None
        );
        assert!(for_https_env("helsenorge.no", 443, &env(&vars))
            .unwrap()
            .is_some());
        assert_eq!(
            for_https_env("helsenorge.no", 8443, &env(&vars)).unwrap(),
            None
        );
        assert!(for_https_env("evilidporten.no", 443, &env(&vars))
            .unwrap()
            .is_some());
        let all = [("HTTPS_PROXY", "http://proxy:3128"), ("no_proxy", "*")];
        assert_eq!(for_https_env("idporten.no", 443, &env(&all)).unwrap(), None);
    }

    #[test]
    fn unusable_proxies_are_errors() {
        let e = for_https_env(
            "idporten.no",
            443,
            &env(&[("HTTPS_PROXY", "socks5://u:p@proxy:1080")]),
        )
        .unwrap_err();
        assert!(e.contains("socks5") && !e.contains("u:p"), "{e}");
        assert!(for_https_env("idporten.no", 443, &env(&[("HTTPS_PROXY", "http://")])).is_err());
    }
}
