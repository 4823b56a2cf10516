//! The checks: one module each, all behind the same small [`Check`] interface.
//!
//! A check probes (the only code that touches the OS, network or devices), then judges the
//! observations with a pure function, and returns findings with stable codes. It never
//! formats words for users: the renderers look the codes up in the locale files.

pub mod registry;
pub mod system;

use std::time::Instant;

use time::OffsetDateTime;

use crate::inputs::Inputs;
use crate::profile::Profile;
use crate::report::CheckOutcome;

/// One check of the report.
pub trait Check: Send + Sync {
    /// The stable check id, e.g. `system`; also the first part of its finding codes.
    fn id(&self) -> &'static str;

    /// Every finding code the check itself can report (the runner adds its own, see
    /// [`registry::RUNNER_REASONS`]).
    fn codes(&self) -> &'static [&'static str];

    /// True for checks that use the network; `--offline` skips them.
    fn uses_network(&self) -> bool {
        false
    }

    /// Probes and judges. Must return at least one finding and should finish by `ctx.deadline`.
    fn run(&self, ctx: &Context) -> CheckOutcome;
}

/// What every check gets: the facts to judge against, the time budget and where to look.
#[derive(Debug)]
pub struct Context {
    pub profile: Profile,
    /// When the whole run's waiting must be over.
    pub deadline: Instant,
    /// The moment the run started, for judges that need "today".
    pub started_at: OffsetDateTime,
    pub inputs: Inputs,
}
