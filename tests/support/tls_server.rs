//! Real TLS servers on 127.0.0.1 for the portal tests, with certificates made at test time.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose,
    GeneralSubtree, IsCa, KeyPair, KeyUsagePurpose, NameConstraints,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use time::OffsetDateTime;

/// A test certificate authority: a root, or an intermediate under one.
pub struct Ca {
    issuer: CertifiedIssuer<'static, KeyPair>,
    /// What a server sends after its own certificate: the intermediates up to the root.
    above: Vec<CertificateDer<'static>>,
}

fn ca_params(name: &str) -> CertificateParams {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.distinguished_name.push(DnType::CommonName, name);
    params
        .distinguished_name
        .push(DnType::OrganizationName, "loginsjekk test CA");
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    params.not_before = rcgen::date_time_ymd(2000, 1, 1);
    params.not_after = rcgen::date_time_ymd(2099, 1, 1);
    params
}

impl Ca {
    pub fn new(name: &str) -> Ca {
        Ca::self_signed(ca_params(name))
    }

    /// A root that may only issue for names under `permitted` (an X.509 name constraint).
    pub fn constrained(name: &str, permitted: &str) -> Ca {
        let mut params = ca_params(name);
        params.name_constraints = Some(NameConstraints {
            permitted_subtrees: vec![GeneralSubtree::DnsName(permitted.to_owned())],
            excluded_subtrees: vec![],
        });
        Ca::self_signed(params)
    }

    fn self_signed(params: CertificateParams) -> Ca {
        Ca {
            issuer: CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap(),
            above: vec![],
        }
    }

    /// An intermediate CA issued by this one, valid between the two times.
    pub fn intermediate(
        &self,
        name: &str,
        not_before: OffsetDateTime,
        not_after: OffsetDateTime,
    ) -> Ca {
        let mut params = ca_params(name);
        params.not_before = not_before;
        params.not_after = not_after;
        let issuer =
            CertifiedIssuer::signed_by(params, KeyPair::generate().unwrap(), &self.issuer).unwrap();
        let mut above = vec![issuer.der().clone()];
        above.extend(self.above.iter().cloned());
        Ca { issuer, above }
    }

    /// Writes the CA's certificate and private key as PEM, for `openssl` to sign with.
    pub fn write_with_key(&self, dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
        let cert = self.write(dir, "ca.pem");
        let key = dir.join("ca.key");
        std::fs::write(&key, self.issuer.key().serialize_pem()).unwrap();
        (cert, key)
    }

    pub fn pem(&self) -> String {
        self.issuer.pem()
    }

    /// Writes the CA certificate as PEM and returns the path.
    pub fn write(&self, dir: &Path, name: &str) -> std::path::PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, self.pem()).unwrap();
        path
    }

    pub fn issue(&self, leaf: &Leaf) -> Identity {
        let key = KeyPair::generate().unwrap();
        let cert = leaf.params().signed_by(&key, &self.issuer).unwrap();
        let mut chain = vec![cert.der().clone()];
        chain.extend(self.above.iter().cloned());
        Identity {
            chain,
            key_der: key.serialize_der(),
        }
    }

    /// A certificate followed by `extra` copies of this CA's certificate: an absurd chain.
    pub fn issue_with_long_chain(&self, leaf: &Leaf, extra: usize) -> Identity {
        let mut identity = self.issue(leaf);
        identity
            .chain
            .extend(std::iter::repeat_n(self.issuer.der().clone(), extra));
        identity
    }
}

/// What a server certificate says.
#[derive(Clone)]
pub struct Leaf {
    pub names: Vec<String>,
    pub org: Option<String>,
    pub org_number: Option<String>,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
    /// Bytes of padding in a private extension, to make a huge certificate.
    pub padding: usize,
    /// The names also in the subject alternative names, as every browser wants; without them
    /// the certificate names its host only in the common name.
    pub alt_names: bool,
    /// The subject's organizationIdentifier, e.g. `NTRNO-991825827`.
    pub org_identifier: Option<String>,
    /// Extended key usage for client authentication only: not for websites.
    pub client_auth_only: bool,
    /// Where the issuer's certificate can be fetched (authority information access, caIssuers).
    pub ca_issuers: Option<String>,
}

impl Leaf {
    /// An organisation-validated certificate for `host`, issued to Digitaliseringsdirektoratet, valid now.
    pub fn for_host(host: &str) -> Leaf {
        let now = OffsetDateTime::now_utc();
        Leaf {
            names: vec![host.to_owned()],
            org: Some("DIGITALISERINGSDIREKTORATET".into()),
            org_number: Some("991825827".into()),
            not_before: now - time::Duration::days(30),
            not_after: now + time::Duration::days(90),
            padding: 0,
            alt_names: true,
            org_identifier: None,
            client_auth_only: false,
            ca_issuers: None,
        }
    }

    fn params(&self) -> CertificateParams {
        let alt_names = if self.alt_names {
            self.names.clone()
        } else {
            vec![]
        };
        let mut params = CertificateParams::new(alt_names).unwrap();
        params
            .distinguished_name
            .push(DnType::CommonName, self.names[0].as_str());
        if let Some(org) = &self.org {
            params
                .distinguished_name
                .push(DnType::OrganizationName, org.as_str());
        }
        if let Some(number) = &self.org_number {
            params
                .distinguished_name
                .push(DnType::CustomDnType(vec![2, 5, 4, 5]), number.as_str());
        }
        if let Some(identifier) = &self.org_identifier {
            params
                .distinguished_name
                .push(DnType::CustomDnType(vec![2, 5, 4, 97]), identifier.as_str());
        }
        if self.client_auth_only {
            params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
        }
        if let Some(url) = &self.ca_issuers {
            params
                .custom_extensions
                .push(rcgen::CustomExtension::from_oid_content(
                    &[1, 3, 6, 1, 5, 5, 7, 1, 1],
                    authority_info_access(url),
                ));
        }
        params.not_before = self.not_before;
        params.not_after = self.not_after;
        if self.padding > 0 {
            let padding = rcgen::CustomExtension::from_oid_content(
                &[1, 3, 6, 1, 4, 1, 99999, 1],
                vec![0x41; self.padding],
            );
            params.custom_extensions.push(padding);
        }
        params
    }
}

/// DER of an AuthorityInfoAccess with one caIssuers URL (short enough for one-byte lengths).
fn authority_info_access(url: &str) -> Vec<u8> {
    let ca_issuers_oid = [0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x02];
    let mut location = vec![0x86, url.len() as u8];
    location.extend_from_slice(url.as_bytes());
    let mut description = vec![0x30, (ca_issuers_oid.len() + location.len()) as u8];
    description.extend_from_slice(&ca_issuers_oid);
    description.extend_from_slice(&location);
    let mut access = vec![0x30, description.len() as u8];
    access.extend_from_slice(&description);
    access
}

/// A certificate chain and its private key.
pub struct Identity {
    pub chain: Vec<CertificateDer<'static>>,
    key_der: Vec<u8>,
}

impl Identity {
    /// A certificate for `host` issued by `ca` with `openssl`, for what rcgen will not make: an
    /// RSA key of `rsa_bits` (`openssl` may make 1024 bits) and a signature with `digest`
    /// (`sha1`). Files go in `dir`.
    pub fn openssl(ca: &Ca, dir: &Path, host: &str, rsa_bits: u32, digest: &str) -> Identity {
        let (ca_cert, ca_key) = ca.write_with_key(dir);
        let run = |args: &[&std::ffi::OsStr]| {
            let output = Command::new("openssl").args(args).output().unwrap();
            assert!(output.status.success(), "openssl {args:?}: {output:?}");
        };
        let key = dir.join("leaf.key");
        let csr = dir.join("leaf.csr");
        let cert = dir.join("leaf.pem");
        let ext = dir.join("leaf.ext");
        std::fs::write(&ext, format!("subjectAltName=DNS:{host}\n")).unwrap();
        let subject = format!("/CN={host}/O=DIGITALISERINGSDIREKTORATET/serialNumber=991825827");
        let bits = format!("rsa:{rsa_bits}");
        let digest = format!("-{digest}");
        run(&[
            "req".as_ref(),
            "-new".as_ref(),
            "-newkey".as_ref(),
            bits.as_ref(),
            "-nodes".as_ref(),
            "-keyout".as_ref(),
            key.as_os_str(),
            "-subj".as_ref(),
            subject.as_ref(),
            "-out".as_ref(),
            csr.as_os_str(),
        ]);
        run(&[
            "x509".as_ref(),
            "-req".as_ref(),
            "-in".as_ref(),
            csr.as_os_str(),
            "-CA".as_ref(),
            ca_cert.as_os_str(),
            "-CAkey".as_ref(),
            ca_key.as_os_str(),
            "-set_serial".as_ref(),
            "7".as_ref(),
            "-days".as_ref(),
            "30".as_ref(),
            digest.as_ref(),
            "-extfile".as_ref(),
            ext.as_os_str(),
            "-out".as_ref(),
            cert.as_os_str(),
        ]);
        use rustls::pki_types::pem::PemObject;
        Identity {
            chain: vec![CertificateDer::from_pem_file(&cert).unwrap()],
            key_der: PrivateKeyDer::from_pem_file(&key)
                .unwrap()
                .secret_der()
                .to_vec(),
        }
    }

    fn key(&self) -> PrivateKeyDer<'static> {
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key_der.clone()))
    }

    /// Writes `cert.pem` and `key.pem` for servers outside the test process.
    pub fn write_pem(&self, dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
        use base64::Engine;
        let pem = |label: &str, der: &[u8]| {
            let body = base64::engine::general_purpose::STANDARD.encode(der);
            let lines: Vec<&str> = body
                .as_bytes()
                .chunks(64)
                .map(|c| std::str::from_utf8(c).unwrap())
                .collect();
            format!(
                "-----BEGIN {label}-----\n{}\n-----END {label}-----\n",
                lines.join("\n")
            )
        };
        let cert = dir.join("cert.pem");
        let key = dir.join("key.pem");
        std::fs::write(&cert, pem("CERTIFICATE", &self.chain[0])).unwrap();
        std::fs::write(&key, pem("PRIVATE KEY", &self.key_der)).unwrap();
        (cert, key)
    }
}

/// How a test server answers a request for a path.
pub enum Reply {
    /// An HTTP response head (a `Date` header with the current time is added unless given).
    Http {
        status: u16,
        headers: Vec<(String, String)>,
    },
    /// Completes the handshake, then never answers.
    Silent,
    /// A 200 response with a body of this many bytes, streamed.
    Body(u64),
    /// Exactly these bytes after the handshake (e.g. an interim `1xx` before the answer).
    Raw(String),
}

impl Reply {
    pub fn ok() -> Reply {
        Reply::Http {
            status: 200,
            headers: vec![],
        }
    }
}

/// A listening server; it lives as long as the test process.
pub struct Server {
    pub addr: SocketAddr,
}

impl Server {
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// The `--connect-to` rule that sends `host:443` here.
    pub fn connect_to(&self, host: &str) -> String {
        format!("{host}:443:127.0.0.1:{}", self.port())
    }
}

fn listen() -> TcpListener {
    TcpListener::bind("127.0.0.1:0").unwrap()
}

/// A rustls server that answers every request with `reply(path)`.
pub fn serve_tls(
    identity: &Identity,
    reply: impl Fn(&str) -> Reply + Send + Sync + 'static,
) -> Server {
    serve_tls_on(listen(), identity, reply)
}

/// [`serve_tls`] on a listener of the test's choosing (another address or family).
pub fn serve_tls_on(
    listener: TcpListener,
    identity: &Identity,
    reply: impl Fn(&str) -> Reply + Send + Sync + 'static,
) -> Server {
    serve_config(listener, server_config(identity), reply)
}

/// A rustls server speaking only `version` that requires a client certificate issued by
/// `client_ca` (loginsjekk never sends one).
pub fn serve_tls_requiring_client_certificate(
    identity: &Identity,
    client_ca: &Ca,
    version: &'static rustls::SupportedProtocolVersion,
) -> Server {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    roots.add(client_ca.issuer.der().clone()).unwrap();
    let client_verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
        Arc::new(roots),
        Arc::clone(&provider),
    )
    .build()
    .unwrap();
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(&[version])
        .unwrap()
        .with_client_cert_verifier(client_verifier)
        .with_single_cert(identity.chain.clone(), identity.key())
        .unwrap();
    serve_config(listen(), Arc::new(config), |_| Reply::ok())
}

fn serve_config(
    listener: TcpListener,
    config: Arc<rustls::ServerConfig>,
    reply: impl Fn(&str) -> Reply + Send + Sync + 'static,
) -> Server {
    let reply = Arc::new(reply);
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let config = Arc::clone(&config);
            let reply = Arc::clone(&reply);
            std::thread::spawn(move || answer_tls(stream, config, &*reply));
        }
    });
    Server { addr }
}

fn server_config(identity: &Identity) -> Arc<rustls::ServerConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(identity.chain.clone(), identity.key())
        .unwrap();
    Arc::new(config)
}

fn answer_tls(stream: TcpStream, config: Arc<rustls::ServerConfig>, reply: &dyn Fn(&str) -> Reply) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let Ok(conn) = rustls::ServerConnection::new(config) else {
        return;
    };
    let mut tls = rustls::StreamOwned::new(conn, stream);
    let mut request = Vec::new();
    let mut buf = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match tls.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let text = String::from_utf8_lossy(&request);
    let path = text.split_whitespace().nth(1).unwrap_or("/").to_owned();
    match reply(&path) {
        Reply::Silent => std::thread::sleep(Duration::from_secs(120)),
        Reply::Raw(bytes) => {
            let _ = tls.write_all(bytes.as_bytes());
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
        Reply::Body(size) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nDate: {}\r\nContent-Length: {size}\r\n\r\n",
                httpdate::fmt_http_date(SystemTime::now())
            );
            if tls.write_all(head.as_bytes()).is_err() {
                return;
            }
            let chunk = vec![b'x'; 64 * 1024];
            let mut sent = 0;
            while sent < size {
                if tls.write_all(&chunk).is_err() {
                    return;
                }
                sent += chunk.len() as u64;
            }
        }
        Reply::Http { status, headers } => {
            let mut head = format!("HTTP/1.1 {status} Test\r\n");
            if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("date")) {
                head.push_str(&format!(
                    "Date: {}\r\n",
                    httpdate::fmt_http_date(SystemTime::now())
                ));
            }
            for (name, value) in headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str("Content-Length: 0\r\nConnection: close\r\n\r\n");
            let _ = tls.write_all(head.as_bytes());
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    }
}

/// A TCP server that hands every connection to `handle` on a thread of its own.
fn serve_each(handle: fn(TcpStream, &'static [u8]), bytes: &'static [u8]) -> Server {
    let listener = listen();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || handle(stream, bytes));
        }
    });
    Server { addr }
}

/// A TCP server that answers every connection with `bytes` (e.g. plain HTTP), or with nothing.
pub fn serve_raw(bytes: &'static [u8]) -> Server {
    serve_each(
        |mut stream, bytes| {
            let mut buf = [0u8; 4096];
            let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
            let _ = stream.read(&mut buf);
            if bytes.is_empty() {
                std::thread::sleep(Duration::from_secs(120));
            } else {
                let _ = stream.write_all(bytes);
            }
        },
        bytes,
    )
}

/// A TCP server that sends `bytes` one byte per second: a dripping connection.
pub fn serve_drip(bytes: &'static [u8]) -> Server {
    serve_each(
        |mut stream, bytes| {
            for byte in bytes.iter().cycle() {
                if stream.write_all(&[*byte]).is_err() {
                    return;
                }
                std::thread::sleep(Duration::from_secs(1));
            }
        },
        bytes,
    )
}

/// A TCP server that reads the start of the handshake, then closes the connection.
pub fn serve_close_mid_handshake() -> Server {
    let listener = listen();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut buf = [0u8; 64];
            let _ = stream.read(&mut buf);
            // A TLS record header promising more than will ever come, then the end.
            let _ = stream.write_all(&[0x16, 0x03, 0x03, 0x10, 0x00, 0x02]);
            drop(stream);
        }
    });
    Server { addr }
}

/// A port nothing listens on.
pub fn closed_port() -> u16 {
    listen().local_addr().unwrap().port()
}

/// `openssl s_server`, for what a rustls server will not do: outdated protocols, huge certificates.
pub struct OpensslServer {
    child: Child,
    pub port: u16,
}

impl OpensslServer {
    /// Limited to TLS 1.0, as an outdated server would be.
    pub fn tls_1_0(identity: &Identity, dir: &Path) -> OpensslServer {
        OpensslServer::start(identity, dir, &["-tls1", "-cipher", "DEFAULT:@SECLEVEL=0"])
    }

    pub fn start(identity: &Identity, dir: &Path, protocol: &[&str]) -> OpensslServer {
        let (cert, key) = identity.write_pem(dir);
        let port = closed_port();
        let mut child = Command::new("openssl")
            .args(["s_server", "-quiet", "-www"])
            .args(protocol)
            .arg("-accept")
            .arg(format!("127.0.0.1:{port}"))
            .arg("-cert")
            .arg(&cert)
            .arg("-key")
            .arg(&key)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("openssl must be installed (tests/run.sh installs it)");
        for _ in 0..100 {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return OpensslServer { child, port };
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("openssl s_server did not start");
    }
}

impl Drop for OpensslServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A [`serve_tls`] server that closes every connection at once until `refuse_until`, then
/// answers; it notes when each connection came.
pub struct CountingServer {
    pub server: Server,
    pub connections: Arc<std::sync::Mutex<Vec<std::time::Instant>>>,
}

pub fn serve_tls_refusing_until(
    identity: &Identity,
    refuse_until: std::time::Instant,
    reply: impl Fn(&str) -> Reply + Send + Sync + 'static,
) -> CountingServer {
    let listener = listen();
    let addr = listener.local_addr().unwrap();
    let config = server_config(identity);
    let reply = Arc::new(reply);
    let connections = Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = Arc::clone(&connections);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let now = std::time::Instant::now();
            seen.lock().unwrap().push(now);
            if now < refuse_until {
                drop(stream);
                continue;
            }
            let config = Arc::clone(&config);
            let reply = Arc::clone(&reply);
            std::thread::spawn(move || answer_tls(stream, config, &*reply));
        }
    });
    CountingServer {
        server: Server { addr },
        connections,
    }
}
