//! The `system` check: the operating system, the hosts file, proxy settings, and the age
//! of the profile's facts.

pub mod hosts;
mod judge;
mod probe;
mod proxy;

use super::{Check, Context};
use crate::report::CheckOutcome;

// APPEND ONLY: a code's place here is its number in support codes read out for years to come.
finding_codes! {
    "system" for System;
    Ok = "ok",
    HostsOverride = "hosts-override",
    Proxy = "proxy",
    DataOutdated = "data-outdated",
    InternalError = runner InternalError,
    TimedOut = runner TimedOut,
}

/// This computer's settings that can break or endanger a login.
pub struct System;

impl Check for System {
    fn run(&self, ctx: &Context) -> CheckOutcome {
        let domains = &ctx.profile.portals.domains;
        let observation =
            probe::observe(&ctx.inputs, &|name| domains.iter().any(|d| d.covers(name)));
        judge::judge(&observation, &ctx.profile, ctx.started_at.date())
    }
}
