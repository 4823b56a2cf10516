//! The two trust sets and a certificate verifier that records what the server presented
//! and what each set thinks of it, without stopping the handshake.
//!
//! The handshake always goes on, so that an untrusted, expired or intercepted connection
//! still yields its HTTP `Date` header for the clock check. Only a fixed `GET` with no
//! personal data is ever sent over such a connection.

use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};

/// What one trust set thinks of a presented chain.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Verdict {
    /// The chain leads to a root of this set (judged inside the leaf's validity, whatever the clock says).
    pub chain_trusted: bool,
    /// The verifier's complaint at the real time, if any (expired, wrong name, unknown issuer, …).
    pub error: Option<String>,
}

/// What the server presented in one handshake.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Presented {
    /// DER certificates, the server's own first.
    pub chain: Vec<Vec<u8>>,
    /// Against the public web roots (Mozilla's list) plus `--cacert`.
    pub public: Verdict,
    /// Against the operating system's trust store plus `--cacert`.
    pub system: Verdict,
}

/// The public roots and the operating system's roots, each with the `--cacert` roots added.
pub struct TrustStores {
    public: Option<Arc<WebPkiServerVerifier>>,
    system: Option<Arc<WebPkiServerVerifier>>,
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
            WebPkiServerVerifier::builder_with_provider(Arc::new(roots), Arc::clone(&provider))
                .build()
                .ok()
        };
        TrustStores {
            public: build(public),
            system: build(system),
            system_problem,
            provider,
        }
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

/// Records each handshake's chain and verdicts, and lets the handshake finish.
#[derive(Debug)]
pub struct RecordingVerifier {
    public: Option<Arc<WebPkiServerVerifier>>,
    system: Option<Arc<WebPkiServerVerifier>>,
    provider: Arc<CryptoProvider>,
    presented: Mutex<Option<Presented>>,
}

impl RecordingVerifier {
    pub fn new(stores: &TrustStores) -> RecordingVerifier {
        RecordingVerifier {
            public: stores.public.clone(),
            system: stores.system.clone(),
            provider: Arc::clone(&stores.provider),
            presented: Mutex::new(None),
        }
    }

    /// What the last handshake presented, if it got that far.
    pub fn take(&self) -> Option<Presented> {
        self.presented.lock().ok()?.take()
    }
}

fn verdict(
    verifier: Option<&Arc<WebPkiServerVerifier>>,
    end_entity: &CertificateDer<'_>,
    intermediates: &[CertificateDer<'_>],
    server_name: &ServerName<'_>,
    now: UnixTime,
) -> Verdict {
    let Some(verifier) = verifier else {
        return Verdict {
            chain_trusted: false,
            error: Some("no trusted roots".to_owned()),
        };
    };
    let check =
        |at: UnixTime| verifier.verify_server_cert(end_entity, intermediates, server_name, &[], at);
    let error = check(now).err().map(|e| e.to_string());
    let chain_trusted = match check(inside_validity(end_entity).unwrap_or(now)) {
        Ok(_) => true,
        // The name is checked after the chain: a name error means the chain itself was trusted.
        Err(rustls::Error::InvalidCertificate(
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
        )) => true,
        Err(_) => false,
    };
    Verdict {
        chain_trusted,
        error,
    }
}

/// A moment in the middle of the certificate's validity, to judge trust apart from time.
fn inside_validity(cert: &CertificateDer<'_>) -> Option<UnixTime> {
    let (_, parsed) = x509_parser::parse_x509_certificate(cert.as_ref()).ok()?;
    let from = parsed.validity().not_before.timestamp();
    let to = parsed.validity().not_after.timestamp();
    let middle = u64::try_from(from / 2 + to / 2).ok()?;
    Some(UnixTime::since_unix_epoch(std::time::Duration::from_secs(
        middle,
    )))
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
            public: verdict(
                self.public.as_ref(),
                end_entity,
                intermediates,
                server_name,
                now,
            ),
            system: verdict(
                self.system.as_ref(),
                end_entity,
                intermediates,
                server_name,
                now,
            ),
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
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}
