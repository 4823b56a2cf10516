//! The TLS configuration reqwest is handed, and a witness around the recording verifier that
//! notes what reqwest does not tell: the TLS version (from which signature check rustls asks
//! for) and when the handshake reached the server's signature.

use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{ResolvesClientCert, Resumption};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::sign::CertifiedKey;
use rustls::{ClientConfig, DigitallySignedStruct, SignatureScheme};

use super::trust::{Presented, RecordingVerifier, TrustStores};

/// TLS 1.2 and 1.3 only, ring, no session resumption: every hop is judged on a full handshake.
pub fn config(
    provider: Arc<CryptoProvider>,
    verifier: Arc<Witness>,
) -> Result<ClientConfig, rustls::Error> {
    let mut config = ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13, &rustls::version::TLS12])?
        .dangerous()
        .with_custom_certificate_verifier(verifier.clone())
        // Never a certificate to give: the resolver only notes that the server asked for one.
        .with_client_cert_resolver(verifier);
    config.resumption = Resumption::disabled();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// The moment the server proved its key, and over which protocol.
#[derive(Debug, Clone, Copy)]
pub struct Signed {
    pub version: &'static str,
    pub at: Instant,
    pub wall: SystemTime,
}

#[derive(Debug)]
pub struct Witness {
    inner: RecordingVerifier,
    signed: Mutex<Option<Signed>>,
}

impl Witness {
    pub fn new(stores: &TrustStores) -> Witness {
        Witness {
            inner: RecordingVerifier::new(stores),
            signed: Mutex::new(None),
        }
    }

    /// What the server presented, if the handshake got that far.
    pub fn presented(&self) -> Option<Presented> {
        self.inner.take()
    }

    pub fn signed(&self) -> Option<Signed> {
        *self.signed.lock().ok()?
    }

    fn note(&self, version: &'static str) {
        if let Ok(mut slot) = self.signed.lock() {
            *slot = Some(Signed {
                version,
                at: Instant::now(),
                wall: SystemTime::now(),
            });
        }
    }
}

impl ServerCertVerifier for Witness {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        self.inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.note("TLS 1.2");
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.note("TLS 1.3");
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

impl ResolvesClientCert for Witness {
    fn resolve(
        &self,
        root_hint_subjects: &[&[u8]],
        sigschemes: &[SignatureScheme],
    ) -> Option<Arc<CertifiedKey>> {
        self.inner.resolve(root_hint_subjects, sigschemes)
    }

    fn has_certs(&self) -> bool {
        self.inner.has_certs()
    }
}
