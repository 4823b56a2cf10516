//! The `certificate` check: is each required portal's certificate valid, trusted, for the
//! right name, and issued to the agency that runs ID-porten?

pub mod describe;
mod judge;

use super::{Check, Context};
use crate::report::CheckOutcome;

// APPEND ONLY: a code's place here is its number in support codes read out for years to come.
finding_codes! {
    "certificate" for Certificate;
    Ok = "ok",
    Expired = "expired",
    NotYetValid = "not-yet-valid",
    WrongHost = "wrong-host",
    Untrusted = "untrusted",
    Intercepted = "intercepted",
    UnexpectedOwner = "unexpected-owner",
    NoOwnerNamed = "no-owner-named",
    ClockWrong = "clock-wrong",
    ExpiringSoon = "expiring-soon",
    Unreadable = "unreadable",
    NotChecked = "not-checked",
    Offline = runner Offline,
    InternalError = runner InternalError,
    TimedOut = runner TimedOut,
    Weak = "weak",
    WrongPurpose = "wrong-purpose",
    IncompleteChain = "incomplete-chain",
    NameNotPermitted = "name-not-permitted",
}

/// The portal's certificate, as the help page asks users to look at it.
pub struct Certificate;

impl Check for Certificate {
    fn uses_network(&self) -> bool {
        true
    }

    fn run(&self, ctx: &Context) -> CheckOutcome {
        judge::judge(ctx.portal_observations(), &ctx.profile, ctx.started_at)
    }
}
