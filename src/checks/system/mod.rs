//! The `system` check: the operating system, the hosts file, proxy settings, and the age
//! of the profile's facts.

pub mod hosts;
mod judge;
mod probe;
mod proxy;

use super::{Check, Context};
use crate::report::CheckOutcome;

pub const OK: &str = "system.ok";
pub const HOSTS_OVERRIDE: &str = "system.hosts-override";
pub const PROXY: &str = "system.proxy";
pub const DATA_OUTDATED: &str = "system.data-outdated";

/// This computer's settings that can break or endanger a login.
pub struct System;

impl Check for System {
    fn id(&self) -> &'static str {
        "system"
    }

    fn codes(&self) -> &'static [&'static str] {
        &[OK, HOSTS_OVERRIDE, PROXY, DATA_OUTDATED]
    }

    fn run(&self, ctx: &Context) -> CheckOutcome {
        let domains = &ctx.profile.portals.domains;
        let observation =
            probe::observe(&ctx.inputs, &|name| domains.iter().any(|d| d.covers(name)));
        judge::judge(&observation, &ctx.profile, ctx.started_at.date())
    }
}
