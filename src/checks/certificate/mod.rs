//! The `certificate` check: is each required portal's certificate valid, trusted, for the
//! right name, and issued to the agency that runs ID-porten?

pub mod describe;
mod judge;

use super::{Check, Context};
use crate::report::CheckOutcome;

pub const OK: &str = "certificate.ok";
pub const EXPIRED: &str = "certificate.expired";
pub const NOT_YET_VALID: &str = "certificate.not-yet-valid";
pub const WRONG_HOST: &str = "certificate.wrong-host";
pub const UNTRUSTED: &str = "certificate.untrusted";
pub const INTERCEPTED: &str = "certificate.intercepted";
pub const UNEXPECTED_OWNER: &str = "certificate.unexpected-owner";
pub const NO_OWNER_NAMED: &str = "certificate.no-owner-named";
pub const CLOCK_WRONG: &str = "certificate.clock-wrong";
pub const EXPIRING_SOON: &str = "certificate.expiring-soon";
pub const UNREADABLE: &str = "certificate.unreadable";
pub const NOT_CHECKED: &str = "certificate.not-checked";
pub const WEAK: &str = "certificate.weak";
pub const WRONG_PURPOSE: &str = "certificate.wrong-purpose";
pub const INCOMPLETE_CHAIN: &str = "certificate.incomplete-chain";
pub const NAME_NOT_PERMITTED: &str = "certificate.name-not-permitted";

/// The portal's certificate, as the help page asks users to look at it.
pub struct Certificate;

impl Check for Certificate {
    fn id(&self) -> &'static str {
        "certificate"
    }

    fn codes(&self) -> &'static [&'static str] {
        &[
            OK,
            EXPIRED,
            NOT_YET_VALID,
            WRONG_HOST,
            UNTRUSTED,
            INTERCEPTED,
            UNEXPECTED_OWNER,
            NO_OWNER_NAMED,
            CLOCK_WRONG,
            EXPIRING_SOON,
            UNREADABLE,
            NOT_CHECKED,
            WEAK,
            WRONG_PURPOSE,
            INCOMPLETE_CHAIN,
            NAME_NOT_PERMITTED,
        ]
    }

    fn uses_network(&self) -> bool {
        true
    }

    fn run(&self, ctx: &Context) -> CheckOutcome {
        judge::judge(ctx.portal_observations(), &ctx.profile, ctx.started_at)
    }
}
