//! The checks: one module each, all behind the same small [`Check`] interface.
//!
//! A check probes (the only code that touches the OS, network or devices), then judges the
//! observations with a pure function, and returns findings with stable codes. It never
//! formats words for users: the renderers look the codes up in the locale files.
//!
//! Every check has the same shape: `<id>/mod.rs` holds the [`Check`] and its codes
//! ([`finding_codes!`](crate::finding_codes)), `probe.rs` what only this check reads from the
//! system, `judge.rs` the pure judgement; other files only where a check needs them (java's
//! parsers, the hosts file's). A check whose observations come from a probe several checks
//! share (the portal, the smart cards) has no `probe.rs`: those are in [`crate::probes`].

pub mod card_reader;
pub mod certificate;
pub mod clock;
pub mod java;
pub mod registry;
pub mod system;
pub mod tls;
pub mod usb_token;

use std::sync::{Arc, OnceLock};
use std::time::Instant;

use rustls::pki_types::CertificateDer;
use time::OffsetDateTime;

use crate::code::FindingCode;
use crate::inputs::Inputs;
use crate::probes::portal::{self, ConnectTo, PortalObservation, Settings, Target, TrustStores};
use crate::probes::smartcard;
use crate::probes::usb::{self, UsbDevice};
use crate::profile::Profile;
use crate::report::CheckOutcome;

/// A check's id and codes, as its [`finding_codes!`](crate::finding_codes) declares them.
pub trait Codes {
    /// The stable check id, e.g. `system`; also the first part of its finding codes.
    fn id(&self) -> &'static str;

    /// Every finding code of the check, in their permanent order: its own, and the
    /// [`RunnerReason`](crate::code::RunnerReason)s the runner may report for it.
    fn codes(&self) -> &'static [FindingCode];
}

/// One check of the report.
pub trait Check: Codes + Send + Sync {
    /// True for checks that use the network; `--offline` skips them.
    fn uses_network(&self) -> bool {
        false
    }

    /// Probes and judges. Must return at least one finding and should finish by `ctx.deadline`.
    fn run(&self, ctx: &Context) -> CheckOutcome;
}

/// What every check gets: the facts to judge against, the time budget, where to look, and
/// the probes several checks share (each runs once, for whichever check asks first).
pub struct Context {
    pub profile: Profile,
    /// When the whole run's waiting must be over.
    pub deadline: Instant,
    /// The moment the run started, for judges that need "today".
    pub started_at: OffsetDateTime,
    pub inputs: Inputs,
    pub network: NetworkOptions,
    portal: OnceLock<Vec<PortalObservation>>,
    smartcards: OnceLock<smartcard::Observation>,
    usb: OnceLock<Result<Vec<UsbDevice>, String>>,
}

/// How the portal checks connect: `--portal`, `--connect-to` and `--cacert`.
#[derive(Debug, Clone, Default)]
pub struct NetworkOptions {
    /// Addresses to check instead of the profile's (all required).
    pub portals: Vec<url::Url>,
    pub connect_to: Vec<ConnectTo>,
    /// Roots to trust as if they were public roots.
    pub extra_roots: Vec<CertificateDer<'static>>,
}

impl Context {
    pub fn new(
        profile: Profile,
        deadline: Instant,
        started_at: OffsetDateTime,
        inputs: Inputs,
        network: NetworkOptions,
    ) -> Context {
        Context {
            profile,
            deadline,
            started_at,
            inputs,
            network,
            portal: OnceLock::new(),
            smartcards: OnceLock::new(),
            usb: OnceLock::new(),
        }
    }

    /// The addresses the portal checks probe: `--portal`, or else the profile's list.
    pub fn portal_targets(&self) -> Vec<Target> {
        if self.network.portals.is_empty() {
            self.profile
                .portals
                .address
                .iter()
                .map(|a| Target {
                    url: a.url.0.clone(),
                    required: a.required,
                })
                .collect()
        } else {
            self.network
                .portals
                .iter()
                .map(|url| Target {
                    url: url.clone(),
                    required: true,
                })
                .collect()
        }
    }

    /// The portal probe's observations; the first check to ask runs the probe, the others wait for it.
    pub fn portal_observations(&self) -> &[PortalObservation] {
        self.portal.get_or_init(|| {
            let provider = Arc::new(rustls::crypto::ring::default_provider());
            let stores = TrustStores::load(&self.network.extra_roots, Arc::clone(&provider));
            let env = |name: &str| std::env::var(name).ok();
            let settings = Settings {
                connect_to: &self.network.connect_to,
                stores: &stores,
                provider,
                deadline: self.deadline,
                env: &env,
                system_proxy: portal::system_proxy::read(),
                portal_domains: &self.profile.portals.domains,
            };
            portal::probe_all(&self.portal_targets(), &settings)
        })
    }

    /// The smart card probe's observation, shared the same way.
    pub fn smartcards(&self) -> &smartcard::Observation {
        self.smartcards
            .get_or_init(|| smartcard::observe(self.inputs.pcsc_library.as_deref()))
    }

    /// The USB devices, listed once for the card reader and USB token checks.
    pub fn usb_devices(&self) -> &Result<Vec<UsbDevice>, String> {
        self.usb
            .get_or_init(|| usb::list(self.inputs.usb_sysfs.as_deref()))
    }
}
