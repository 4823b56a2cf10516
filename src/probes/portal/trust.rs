//! The two trust sets and a certificate verifier that records what the server presented
//! and what each set thinks of it, without stopping the handshake.
//!
//! The handshake always goes on, so that an untrusted, expired or intercepted connection
//! still yields its HTTP `Date` header for the clock check. Only a fixed `GET` with no
//! personal data is ever sent over such a connection.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{ResolvesClientCert, WebPkiServerVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::sign::CertifiedKey;
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};

/// What a trust set's verifier holds against a chain, dates apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Problem {
    /// No way from the chain to a root of this set.
    UnknownIssuer,
    /// A signature made with an algorithm no longer accepted, such as SHA-1.
    WeakSignature,
    /// A signature that does not verify (a key too small to be checked fails this way too).
    BadSignature,
    /// The certificate is not for websites: its extended key usage lacks server authentication.
    WrongPurpose,
    /// An issuer may only issue for some names, and this certificate's are outside them.
    NameConstraints,
    /// Anything else the verifier refused.
    Other,
}

/// What one trust set thinks of a presented chain.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Verdict {
    /// The chain leads to a root of this set, dates apart: judged at the run's time, or, when
    /// a date was the complaint, at a moment when every presented certificate is valid.
    pub chain_trusted: bool,
    /// The verifier's complaint at the run's time, if any (expired, wrong name, unknown issuer, …).
    pub error: Option<String>,
    /// At the run's time, a certificate of the chain was expired or not yet valid.
    pub dates_wrong: bool,
    /// What is wrong apart from dates and the name.
    pub problem: Option<Problem>,
    /// The sent chain ends at an issuer that the server did not send and that is not a root of
    /// this set.
    pub issuer_missing: bool,
}

/// What the server presented in one handshake.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Presented {
    /// DER certificates, the server's own first.
    pub chain: Vec<Vec<u8>>,
    /// The server's certificate is valid for the name asked for, by the verifier's rules.
    pub name_matches: bool,
    /// Against the public web roots (Mozilla's list) plus `--cacert`.
    pub public: Verdict,
    /// Against the operating system's trust store plus `--cacert`.
    pub system: Verdict,
    /// The server asked this computer for a certificate of its own (none is ever sent).
    pub client_certificate_requested: bool,
}

/// The public roots and the operating system's roots, each with the `--cacert` roots added.
pub struct TrustStores {
    public: Store,
    system: Store,
    /// Why the system store could not be used, when it could not.
    pub system_problem: Option<String>,
    provider: Arc<CryptoProvider>,
}

impl TrustStores {
    pub fn load(extra: &[CertificateDer<'static>], provider: Arc<CryptoProvider>) -> TrustStores {
        let mut public = RootCertStore::empty();
        public.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        public.add_parsable_certificates(extra.iter().cloned());

        let (native, error) = system_roots();
        let mut system = RootCertStore::empty();
        let (added, _) = system.add_parsable_certificates(native);
        system.add_parsable_certificates(extra.iter().cloned());
        let system_problem = (added == 0).then(|| match error {
            Some(err) => format!("the system's certificate store could not be read: {err}"),
            None => "the system's certificate store is empty".to_owned(),
        });

        let build = |roots: RootCertStore| {
            let roots = Arc::new(roots);
            Store {
                verifier: WebPkiServerVerifier::builder_with_provider(
                    Arc::clone(&roots),
                    Arc::clone(&provider),
                )
                .build()
                .ok(),
                roots,
            }
        };
        TrustStores {
            public: build(public),
            system: build(system),
            system_problem,
            provider,
        }
    }
}

/// One trust set: its roots, and the verifier built on them (none when the set is empty).
#[derive(Debug, Clone)]
struct Store {
    verifier: Option<Arc<WebPkiServerVerifier>>,
    roots: Arc<RootCertStore>,
}

impl Store {
    /// A root of this set has this subject (DER, as webpki keeps it: without the outer tag).
    fn has_root_named(&self, subject: &[u8]) -> bool {
        self.roots
            .roots
            .iter()
            .any(|anchor| anchor.subject.as_ref() == subject)
    }
}

/// The bundles Linux distributions keep every trusted root in (Debian and Ubuntu, Fedora and
/// RHEL, openSUSE, Alpine and Arch).
const LINUX_BUNDLES: &[&str] = &[
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/tls/certs/ca-bundle.crt",
    "/etc/ssl/ca-bundle.pem",
    "/etc/ssl/cert.pem",
];

/// The operating system's trusted roots. `SSL_CERT_FILE` and `SSL_CERT_DIR` are honoured as
/// OpenSSL honours them. Without them, on Linux, the distribution's bundle is read: it holds
/// the same roots as the hashed directory beside it, at a fiftieth of the reading.
fn system_roots() -> (Vec<CertificateDer<'static>>, Option<String>) {
    use rustls::pki_types::pem::PemObject;
    let overridden =
        std::env::var_os("SSL_CERT_FILE").is_some() || std::env::var_os("SSL_CERT_DIR").is_some();
    if cfg!(target_os = "linux") && !overridden {
        for bundle in LINUX_BUNDLES {
            if let Ok(certs) = CertificateDer::pem_file_iter(bundle) {
                let certs: Vec<CertificateDer<'static>> = certs.filter_map(Result::ok).collect();
                if !certs.is_empty() {
                    return (certs, None);
                }
            }
        }
    }
    let native = rustls_native_certs::load_native_certs();
    (native.certs, native.errors.first().map(ToString::to_string))
}

/// Records each handshake's chain and verdicts, and lets the handshake finish. It is also the
/// client's certificate resolver, to record a server's request for a client certificate.
#[derive(Debug)]
pub struct RecordingVerifier {
    public: Store,
    system: Store,
    provider: Arc<CryptoProvider>,
    presented: Mutex<Option<Presented>>,
    client_certificate_requested: AtomicBool,
}

impl RecordingVerifier {
    pub fn new(stores: &TrustStores) -> RecordingVerifier {
        RecordingVerifier {
            public: stores.public.clone(),
            system: stores.system.clone(),
            provider: Arc::clone(&stores.provider),
            presented: Mutex::new(None),
            client_certificate_requested: AtomicBool::new(false),
        }
    }

    /// What the last handshake presented, if it got that far.
    pub fn take(&self) -> Option<Presented> {
        let mut presented = self.presented.lock().ok()?.take()?;
        presented.client_certificate_requested =
            self.client_certificate_requested.load(Ordering::Relaxed);
        Some(presented)
    }
}

fn verdict(
    store: &Store,
    end_entity: &CertificateDer<'_>,
    intermediates: &[CertificateDer<'_>],
    server_name: &ServerName<'_>,
    now: UnixTime,
) -> Verdict {
    let Some(verifier) = &store.verifier else {
        return Verdict {
            error: Some("no trusted roots".to_owned()),
            problem: Some(Problem::UnknownIssuer),
            ..Verdict::default()
        };
    };
    let check = |at: UnixTime| {
        verifier
            .verify_server_cert(end_entity, intermediates, server_name, &[], at)
            .map(|_| ())
    };
    let at_now = check(now);
    let dates_wrong = at_now.as_ref().is_err_and(is_date_error);
    // A certificate sent needlessly may leave no moment when all are valid: then the
    // server's own certificate's middle is tried too.
    let apart_from_dates = if dates_wrong {
        [
            common_validity(std::iter::once(end_entity).chain(intermediates)),
            common_validity(std::iter::once(end_entity)),
        ]
        .into_iter()
        .flatten()
        .map(check)
        .find(|result| !result.as_ref().is_err_and(is_date_error))
        .unwrap_or(at_now.clone())
    } else {
        at_now.clone()
    };
    let problem = match &apart_from_dates {
        Ok(_) => None,
        // The name is checked after the chain: a name error means the chain itself was trusted.
        Err(rustls::Error::InvalidCertificate(
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
        )) => None,
        Err(err) => Some(problem_of(err)),
    };
    Verdict {
        chain_trusted: problem.is_none(),
        error: at_now.err().map(|e| e.to_string()),
        dates_wrong,
        issuer_missing: problem == Some(Problem::UnknownIssuer)
            && issuer_missing(store, end_entity, intermediates),
        problem,
    }
}

fn is_date_error(err: &rustls::Error) -> bool {
    matches!(
        err,
        rustls::Error::InvalidCertificate(
            CertificateError::Expired
                | CertificateError::ExpiredContext { .. }
                | CertificateError::NotValidYet
                | CertificateError::NotValidYetContext { .. }
        )
    )
}

#[allow(deprecated)]
fn problem_of(err: &rustls::Error) -> Problem {
    let rustls::Error::InvalidCertificate(err) = err else {
        return Problem::Other;
    };
    match err {
        CertificateError::UnknownIssuer => Problem::UnknownIssuer,
        CertificateError::UnsupportedSignatureAlgorithm
        | CertificateError::UnsupportedSignatureAlgorithmContext { .. }
        | CertificateError::UnsupportedSignatureAlgorithmForPublicKeyContext { .. } => {
            Problem::WeakSignature
        }
        CertificateError::BadSignature => Problem::BadSignature,
        CertificateError::InvalidPurpose | CertificateError::InvalidPurposeContext { .. } => {
            Problem::WrongPurpose
        }
        // rustls passes webpki's name-constraint error on as it is.
        CertificateError::Other(other)
            if matches!(
                other.0.downcast_ref::<webpki::Error>(),
                Some(webpki::Error::NameConstraintViolation)
            ) =>
        {
            Problem::NameConstraints
        }
        _ => Problem::Other,
    }
}

/// The middle of the time when all these certificates are valid, to judge trust apart from
/// dates; `None` when there is no such time.
fn common_validity<'a>(certs: impl Iterator<Item = &'a CertificateDer<'a>>) -> Option<UnixTime> {
    let mut from = i64::MIN;
    let mut to = i64::MAX;
    for cert in certs {
        let (_, parsed) = x509_parser::parse_x509_certificate(cert.as_ref()).ok()?;
        from = from.max(parsed.validity().not_before.timestamp());
        to = to.min(parsed.validity().not_after.timestamp());
    }
    let middle = u64::try_from(from / 2 + to / 2).ok()?;
    (from <= to).then(|| UnixTime::since_unix_epoch(std::time::Duration::from_secs(middle)))
}

/// Follows the sent chain from the server's certificate by issuer names: true when it ends at
/// an issuer that is neither among the sent certificates nor a root of the set.
fn issuer_missing(
    store: &Store,
    end_entity: &CertificateDer<'_>,
    intermediates: &[CertificateDer<'_>],
) -> bool {
    let parsed: Vec<_> = std::iter::once(end_entity)
        .chain(intermediates)
        .filter_map(|c| x509_parser::parse_x509_certificate(c.as_ref()).ok())
        .map(|(_, cert)| cert)
        .collect();
    let Some(mut current) = parsed.first() else {
        return false;
    };
    for _ in 0..parsed.len() {
        let issuer = current.issuer().as_raw();
        if issuer == current.subject().as_raw() || store.has_root_named(der_contents(issuer)) {
            return false;
        }
        match parsed.iter().find(|c| c.subject().as_raw() == issuer) {
            Some(next) => current = next,
            None => return true,
        }
    }
    false
}

/// The contents of a DER value, without its tag and length.
fn der_contents(der: &[u8]) -> &[u8] {
    let header = match der.get(1) {
        Some(&len) if len & 0x80 != 0 => 2 + usize::from(len & 0x7f),
        _ => 2,
    };
    der.get(header..).unwrap_or_default()
}

/// The server's certificate is for `server_name` by webpki's rules (no wildcard on a public
/// suffix such as `*.no`, none from the common name). A DNS name written with a final dot
/// (`login.idporten.no.`) is taken as the same name, as Chrome takes it; webpki refuses it.
fn name_matches(end_entity: &CertificateDer<'_>, server_name: &ServerName<'_>) -> bool {
    let Ok(cert) = webpki::EndEntityCert::try_from(end_entity) else {
        return false;
    };
    if cert.verify_is_valid_for_subject_name(server_name).is_ok() {
        return true;
    }
    let ServerName::DnsName(host) = server_name else {
        return false;
    };
    let host = host.as_ref().trim_end_matches('.');
    cert.valid_dns_names().any(|name| {
        name.strip_suffix('.')
            .is_some_and(|name| !name.starts_with('*') && name.eq_ignore_ascii_case(host))
    })
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let presented = Presented {
            chain: std::iter::once(end_entity)
                .chain(intermediates)
                .map(|c| c.as_ref().to_vec())
                .collect(),
            name_matches: name_matches(end_entity, server_name),
            public: verdict(&self.public, end_entity, intermediates, server_name, now),
            system: verdict(&self.system, end_entity, intermediates, server_name, now),
            client_certificate_requested: false,
        };
        if let Ok(mut slot) = self.presented.lock() {
            *slot = Some(presented);
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        let checked = rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        );
        tolerate_weak_key(checked, cert)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        let checked = rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        );
        tolerate_weak_key(checked, cert)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// ring cannot check a signature made with an RSA key under 2048 bits. Such a certificate is
/// judged `certificate.weak`; the handshake goes on, as for any other bad certificate, rather
/// than ending as a failed connection that would blame the network.
fn tolerate_weak_key(
    checked: Result<HandshakeSignatureValid, rustls::Error>,
    cert: &CertificateDer<'_>,
) -> Result<HandshakeSignatureValid, rustls::Error> {
    match checked {
        Err(_) if rsa_bits(cert).is_some_and(|bits| bits < 2048) => {
            Ok(HandshakeSignatureValid::assertion())
        }
        other => other,
    }
}

fn rsa_bits(cert: &CertificateDer<'_>) -> Option<usize> {
    let (_, parsed) = x509_parser::parse_x509_certificate(cert.as_ref()).ok()?;
    match parsed.public_key().parsed().ok()? {
        x509_parser::public_key::PublicKey::RSA(rsa) => Some(rsa.key_size()),
        _ => None,
    }
}

/// Records that the server asked for a client certificate, and offers none: loginsjekk never
/// identifies the user, so the server decides whether to go on without one.
impl ResolvesClientCert for RecordingVerifier {
    fn resolve(
        &self,
        _root_hint_subjects: &[&[u8]],
        _sigschemes: &[SignatureScheme],
    ) -> Option<Arc<CertifiedKey>> {
        self.client_certificate_requested
            .store(true, Ordering::Relaxed);
        None
    }

    fn has_certs(&self) -> bool {
        false
    }
}
