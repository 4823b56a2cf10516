//! The `clock` check: is this computer's clock right, compared with the portal's `Date`?

pub mod judge;
pub mod skew;

use super::{Check, Context};
use crate::report::CheckOutcome;

pub const OK: &str = "clock.ok";
pub const SKEWED: &str = "clock.skewed";
pub const WRONG: &str = "clock.wrong";
pub const UNKNOWN: &str = "clock.unknown";

/// The computer's clock: certificates and logins fail when it is far off.
pub struct Clock;

impl Check for Clock {
    fn id(&self) -> &'static str {
        "clock"
    }

    fn codes(&self) -> &'static [&'static str] {
        &[OK, SKEWED, WRONG, UNKNOWN]
    }

    fn uses_network(&self) -> bool {
        true
    }

    fn run(&self, ctx: &Context) -> CheckOutcome {
        judge::judge(ctx.portal_observations())
    }
}
