//! Turns a certificate (DER) into the facts the report shows: owner, issuer, validity, names.

use ring::digest::{digest, SHA256};
use serde::Serialize;
use time::OffsetDateTime;
use x509_parser::prelude::{FromDer, GeneralName, ParsedExtension, X509Certificate, X509Name};

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
    /// Every Norwegian organisation number the subject states (more than one may contradict).
    #[serde(skip)]
    pub org_numbers: Vec<String>,
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
    /// The hash of the issuer's signature when browsers no longer accept it: "sha1", "md5".
    pub weak_hash: Option<&'static str>,
    /// The size of the certificate's own key, when it is an RSA key.
    pub rsa_bits: Option<usize>,
    /// The certificate says where its issuer's certificate can be fetched (caIssuers), as
    /// publicly issued certificates do.
    pub names_issuer_location: bool,
    /// Subject and issuer as DER, to find a certificate's issuer among others.
    #[serde(skip)]
    pub subject_der: Vec<u8>,
    #[serde(skip)]
    pub issuer_der: Vec<u8>,
}

impl CertificateFacts {
    /// Issued by itself: a root, whose own signature and dates browsers do not judge.
    pub fn self_issued(&self) -> bool {
        self.subject_der == self.issuer_der
    }

    /// The name people know the certificate by: its common name, else its organisation.
    pub fn name(&self) -> String {
        self.common_name
            .clone()
            .or_else(|| self.owner_org.clone())
            .unwrap_or_else(|| self.subject.clone())
    }
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
    let org_numbers: Vec<String> = attribute(subject, ORGANIZATION_IDENTIFIER)
        .into_iter()
        .chain(attribute(subject, SERIAL_NUMBER))
        .filter_map(|value| org_number_in(&value))
        .collect();
    Ok(CertificateFacts {
        subject: subject.to_string(),
        issuer: issuer.to_string(),
        owner_org: first(subject.iter_organization()),
        common_name: first(subject.iter_common_name()),
        org_number: org_numbers.first().cloned(),
        org_numbers,
        issuer_name: first(issuer.iter_common_name())
            .or_else(|| first(issuer.iter_organization()))
            .unwrap_or_else(|| issuer.to_string()),
        not_before: cert.validity().not_before.to_datetime(),
        not_after: cert.validity().not_after.to_datetime(),
        dns_names,
        ip_addresses,
        sha256: fingerprint(der),
        weak_hash: weak_hash(&cert.signature_algorithm.algorithm.to_id_string()),
        rsa_bits: match cert.public_key().parsed() {
            Ok(x509_parser::public_key::PublicKey::RSA(rsa)) => Some(rsa.key_size()),
            _ => None,
        },
        names_issuer_location: names_issuer_location(&cert),
        subject_der: subject.as_raw().to_vec(),
        issuer_der: issuer.as_raw().to_vec(),
    })
}

/// Signature algorithms whose hash browsers have refused since 2017.
fn weak_hash(oid: &str) -> Option<&'static str> {
    match oid {
        // sha1WithRSAEncryption, ecdsa-with-SHA1, dsa-with-sha1
        "1.2.840.113549.1.1.5" | "1.2.840.10045.4.1" | "1.2.840.10040.4.3" => Some("sha1"),
        // md2WithRSAEncryption, md5WithRSAEncryption
        "1.2.840.113549.1.1.2" | "1.2.840.113549.1.1.4" => Some("md5"),
        _ => None,
    }
}

const CA_ISSUERS: &str = "1.3.6.1.5.5.7.48.2";

fn names_issuer_location(cert: &X509Certificate<'_>) -> bool {
    cert.iter_extensions()
        .any(|ext| match ext.parsed_extension() {
            ParsedExtension::AuthorityInfoAccess(aia) => aia
                .iter()
                .any(|d| d.access_method.to_id_string() == CA_ISSUERS),
            _ => false,
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

/// Nine digits alone (`991825827`) or after the Norwegian registry's prefix (`NTRNO-991825827`,
/// ETSI EN 319 412-1); another registry's number (`VATDE-…`) is not a Norwegian one.
fn org_number_in(value: &str) -> Option<String> {
    let value = value.trim();
    let digits = match value.get(..6) {
        Some(prefix) if prefix.eq_ignore_ascii_case("NTRNO-") => &value[6..],
        _ => value,
    };
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
        assert_eq!(facts.weak_hash, None);
        assert!(facts.names_issuer_location);
        assert!(!facts.self_issued());
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
        assert_eq!(org_number_in("VATDE-991825827"), None);
        assert_eq!(org_number_in("NO 991825827"), None);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(describe(b"").is_err());
        assert!(describe(&[0x30, 0x82, 0xff, 0xff, 0x00]).is_err());
    }
}
