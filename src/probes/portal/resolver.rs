//! Name lookup for reqwest: `--connect-to` applied, `.invalid` names refused at once, and every
//! answer recorded, for the follow-up steps that tell apart what reqwest's errors do not.

use std::io;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

use super::ConnectTo;

/// What the lookups of one request gave.
#[derive(Debug, Default, Clone)]
pub struct Record {
    /// The addresses of the last name looked up (the proxy's, through a proxy).
    pub addrs: Vec<SocketAddr>,
    pub done_at: Option<Instant>,
    /// Why the last lookup failed, as `host: reason`.
    pub failure: Option<String>,
}

pub struct Resolver {
    /// The `--connect-to` rule's target for the request's own host, when one applies.
    redirect: Option<(String, (String, u16))>,
    pub record: Arc<Mutex<Record>>,
}

impl Resolver {
    /// `host` and `port` are the request's; `rules` apply only when connecting directly.
    pub fn new(rules: &[ConnectTo], host: &str, port: u16) -> Resolver {
        let redirect = super::connect_to::apply(rules, host, port);
        let redirect = (redirect != (host, port)).then(|| {
            (
                host.to_ascii_lowercase(),
                (redirect.0.to_owned(), redirect.1),
            )
        });
        Resolver {
            redirect,
            record: Arc::default(),
        }
    }
}

#[derive(Debug)]
struct LookupFailed(String);

impl std::fmt::Display for LookupFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LookupFailed {}

impl Resolve for Resolver {
    fn resolve(&self, name: Name) -> Resolving {
        let asked = name.as_str().to_ascii_lowercase();
        // Port 0 lets the connector use the request's port; a rule's port is kept.
        let (host, port) = match &self.redirect {
            Some((from, (to, port))) if *from == asked => (to.clone(), *port),
            _ => (asked.clone(), 0),
        };
        let record = Arc::clone(&self.record);
        let (sender, receiver) = futures_channel::oneshot::channel();
        let lookup = move || {
            let result = lookup(&host, port).map_err(|reason| format!("{asked}: {reason}"));
            if let Ok(mut record) = record.lock() {
                record.done_at = Some(Instant::now());
                match &result {
                    Ok(addrs) => record.addrs.clone_from(addrs),
                    Err(failure) => record.failure = Some(failure.clone()),
                }
            }
            let _ = sender.send(result);
        };
        // The system's resolver has no deadline: it runs on its own thread, and the request's
        // timeout ends the wait for it.
        if let Err(err) = std::thread::Builder::new()
            .name("dns-lookup".into())
            .spawn(lookup)
        {
            let failure = err.to_string();
            return Box::pin(async move { Err(LookupFailed(failure).into()) });
        }
        Box::pin(async move {
            match receiver.await {
                Ok(Ok(addrs)) => Ok(Box::new(addrs.into_iter()) as Addrs),
                Ok(Err(failure)) => Err(LookupFailed(failure).into()),
                Err(_) => Err(LookupFailed("the lookup ended without an answer".into()).into()),
            }
        })
    }
}

fn lookup(host: &str, port: u16) -> Result<Vec<SocketAddr>, String> {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    if let Ok(ip) = bare.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    // RFC 6761: names under .invalid never resolve, and resolvers should say so at once.
    let lower = bare.trim_end_matches('.');
    if lower == "invalid" || lower.ends_with(".invalid") {
        return Err("the name is reserved and never resolves".to_owned());
    }
    match (bare, port).to_socket_addrs() {
        Ok(addrs) => {
            let addrs: Vec<SocketAddr> = addrs.collect();
            if addrs.is_empty() {
                Err("no addresses".to_owned())
            } else {
                Ok(addrs)
            }
        }
        Err(err) => Err(lookup_reason(&err)),
    }
}

/// The resolver's reason without the library's "failed to lookup address information:" preamble.
fn lookup_reason(err: &io::Error) -> String {
    let text = err.to_string();
    text.strip_prefix("failed to lookup address information: ")
        .unwrap_or(&text)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_names_fail_at_once_and_addresses_need_no_lookup() {
        assert!(lookup("portal.invalid", 443).is_err());
        assert_eq!(
            lookup("127.0.0.1", 8).unwrap(),
            ["127.0.0.1:8".parse().unwrap()]
        );
        assert_eq!(lookup("[::1]", 0).unwrap(), ["[::1]:0".parse().unwrap()]);
    }

    #[test]
    fn a_rule_applies_to_its_own_host_and_port_only() {
        let rules: Vec<ConnectTo> = vec!["idporten.no:443:127.0.0.1:8443".parse().unwrap()];
        let resolver = Resolver::new(&rules, "IDporten.no", 443);
        assert_eq!(
            resolver.redirect,
            Some(("idporten.no".to_owned(), ("127.0.0.1".to_owned(), 8443)))
        );
        assert!(Resolver::new(&rules, "idporten.no", 8443)
            .redirect
            .is_none());
    }
}
