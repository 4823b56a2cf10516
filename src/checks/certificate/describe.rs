//! Turns a certificate (DER) into the facts the report shows: owner, issuer, validity, names.

use ring::digest::{digest, SHA256};
use serde::Serialize;
use time::OffsetDateTime;
use x509_parser::prelude::{FromDer, GeneralName, X509Certificate, X509Name};

/// What a certificate says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CertificateFacts {
    pub subject: String,
    pub issuer: String,
    /// The subject's organisation (O).
    pub owner_org: Option<String>,
    pub common_name: Option<String>,
    /// A Norwegian organisation number from serialNumber or organizationIdentifier (`NTRNO-…`).
    pub org_number: Option<String>,
    /// The issuer as people name it: its common name, else its organisation.
    pub issuer_name: String,
    #[serde(with = "time::serde::rfc3339")]
    pub not_before: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub not_after: OffsetDateTime,
    pub dns_names: Vec<String>,
    pub ip_addresses: Vec<String>,
    /// SHA-256 of the DER, as colon-separated upper-case hex.
    pub sha256: String,
}

const ORGANIZATION_IDENTIFIER: &str = "2.5.4.97";
const SERIAL_NUMBER: &str = "2.5.4.5";

/// Reads a DER certificate; never panics, whatever the bytes.
pub fn describe(der: &[u8]) -> Result<CertificateFacts, String> {
    let (_, cert) =
        X509Certificate::from_der(der).map_err(|e| format!("not a readable certificate: {e}"))?;
    let subject = cert.subject();
    let issuer = cert.issuer();
    let mut dns_names = Vec::new();
    let mut ip_addresses = Vec::new();
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        for name in &san.value.general_names {
            match name {
                GeneralName::DNSName(dns) => dns_names.push(dns.to_string()),
                GeneralName::IPAddress(bytes) => ip_addresses.extend(ip_text(bytes)),
                _ => {}
            }
        }
    }
    let org_number = attribute(subject, ORGANIZATION_IDENTIFIER)
        .into_iter()
        .chain(attribute(subject, SERIAL_NUMBER))
        .find_map(|value| org_number_in(&value));
    Ok(CertificateFacts {
        subject: subject.to_string(),
        issuer: issuer.to_string(),
        owner_org: first(subject.iter_organization()),
        common_name: first(subject.iter_common_name()),
        org_number,
        issuer_name: first(issuer.iter_common_name())
            .or_else(|| first(issuer.iter_organization()))
            .unwrap_or_else(|| issuer.to_string()),
        not_before: cert.validity().not_before.to_datetime(),
        not_after: cert.validity().not_after.to_datetime(),
        dns_names,
        ip_addresses,
        sha256: fingerprint(der),
    })
}

fn first<'a>(
    mut values: impl Iterator<Item = &'a x509_parser::x509::AttributeTypeAndValue<'a>>,
) -> Option<String> {
    values.find_map(|v| v.as_str().ok()).map(str::to_owned)
}

fn attribute(name: &X509Name<'_>, oid: &str) -> Vec<String> {
    name.iter_attributes()
        .filter(|a| a.attr_type().to_id_string() == oid)
        .filter_map(|a| a.as_str().ok().map(str::to_owned))
        .collect()
}

/// Nine digits alone (`991825827`) or after a registry prefix (`NTRNO-991825827`).
fn org_number_in(value: &str) -> Option<String> {
    let digits = value.rsplit(['-', ' ', ':']).next().unwrap_or(value).trim();
    (digits.len() == 9 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.to_owned())
}

fn ip_text(bytes: &[u8]) -> Option<String> {
    match bytes.len() {
        4 => Some(std::net::Ipv4Addr::from(<[u8; 4]>::try_from(bytes).ok()?).to_string()),
        16 => Some(std::net::Ipv6Addr::from(<[u8; 16]>::try_from(bytes).ok()?).to_string()),
        _ => None,
    }
}

fn fingerprint(der: &[u8]) -> String {
    digest(&SHA256, der)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// True when the certificate names `host`: exactly, or by a wildcard for one leftmost label.
pub fn names_host(facts: &CertificateFacts, host: &str) -> bool {
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim_end_matches('.')
        .to_ascii_lowercase();
    if let Ok(ip) = host.parse::<std::net::IpAddr>() {
        return facts.ip_addresses.iter().any(|a| a.parse() == Ok(ip));
    }
    facts.dns_names.iter().any(|name| {
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        match name.strip_prefix("*.") {
            Some(parent) => host
                .split_once('.')
                .is_some_and(|(label, rest)| !label.is_empty() && rest == parent),
            None => name == host,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::CertificateDer;

    fn fixture(name: &str) -> CertificateFacts {
        let path = format!(
            "{}/fixtures/real-certificates/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        let der = CertificateDer::from_pem_file(path).unwrap();
        describe(der.as_ref()).unwrap()
    }

    #[test]
    fn real_idporten_tls_certificate_2023() {
        let facts = fixture("idporten.difi.no-tls-2023.pem");
        assert_eq!(
            facts.owner_org.as_deref(),
            Some("DIGITALISERINGSDIREKTORATET")
        );
        assert_eq!(facts.org_number.as_deref(), Some("991825827"));
        assert_eq!(facts.common_name.as_deref(), Some("idporten.difi.no"));
        assert_eq!(facts.issuer_name, "Buypass Class 3 CA 2");
        assert_eq!(facts.dns_names, ["idporten.difi.no"]);
        assert_eq!(facts.not_before.date(), time::macros::date!(2023 - 05 - 03));
        assert_eq!(facts.not_after.date(), time::macros::date!(2024 - 05 - 31));
        assert_eq!(
            facts.sha256,
            "82:F8:7D:0B:7D:8D:58:55:2B:10:EE:E2:47:D9:26:DA:35:DA:0A:2E:39:22:46:CC:E3:3C:18:FB:DE:23:EA:5F"
        );
        assert!(names_host(&facts, "IDPORTEN.difi.no"));
        assert!(!names_host(&facts, "login.idporten.no"));
    }

    #[test]
    fn real_saml_signing_certificates_of_both_eras() {
        let difi = fixture("idporten-saml-signing-2019.pem");
        assert_eq!(
            difi.owner_org.as_deref(),
            Some("DIREKTORATET FOR FORVALTNING OG IKT")
        );
        assert_eq!(difi.org_number.as_deref(), Some("991825827"));
        assert_eq!(difi.issuer_name, "Buypass Class 3 CA 3");
        let digdir = fixture("idporten-saml-signing-2022.pem");
        assert_eq!(
            digdir.owner_org.as_deref(),
            Some("DIGITALISERINGSDIREKTORATET")
        );
        assert_eq!(
            digdir.common_name.as_deref(),
            Some("Digitaliseringsdirektoratet")
        );
        assert_eq!(digdir.org_number.as_deref(), Some("991825827"));
        assert_eq!(digdir.not_after.date(), time::macros::date!(2025 - 03 - 20));
    }

    #[test]
    fn organisation_numbers() {
        assert_eq!(
            org_number_in("NTRNO-991825827").as_deref(),
            Some("991825827")
        );
        assert_eq!(org_number_in("991825827").as_deref(), Some("991825827"));
        assert_eq!(org_number_in("9918258270"), None);
        assert_eq!(org_number_in("UNO-12345"), None);
    }

    #[test]
    fn wildcards_cover_one_label() {
        let mut facts = fixture("idporten.difi.no-tls-2023.pem");
        facts.dns_names = vec!["*.idporten.no".into()];
        assert!(names_host(&facts, "login.idporten.no"));
        assert!(!names_host(&facts, "idporten.no"));
        assert!(!names_host(&facts, "a.login.idporten.no"));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(describe(b"").is_err());
        assert!(describe(&[0x30, 0x82, 0xff, 0xff, 0x00]).is_err());
    }
}
