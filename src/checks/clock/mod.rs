//! The `clock` check: is this computer's clock right, compared with the portal's `Date`?

mod judge;

use super::{Check, Context};
use crate::report::CheckOutcome;

// APPEND ONLY: a code's place here is its number in support codes read out for years to come.
finding_codes! {
    "clock" for Clock;
    Ok = "ok",
    Skewed = "skewed",
    Wrong = "wrong",
    Unknown = "unknown",
    Offline = runner Offline,
    InternalError = runner InternalError,
    TimedOut = runner TimedOut,
}

/// The computer's clock: certificates and logins fail when it is far off.
pub struct Clock;

impl Check for Clock {
    fn uses_network(&self) -> bool {
        true
    }

    fn run(&self, ctx: &Context) -> CheckOutcome {
        judge::judge(ctx.portal_observations())
    }
}
