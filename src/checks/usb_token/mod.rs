//! The `usb-token` check: is the Commfides e-ID USB stick recognised? Three independent
//! routes, each driven by identifiers in the profile: a PC/SC reader or card, a USB device,
//! a disk label.

mod judge;
mod probe;

use judge::judge;
use probe::Observation;

use super::{Check, Context};
use crate::report::CheckOutcome;

// APPEND ONLY: a code's place here is its number in support codes read out for years to come.
finding_codes! {
    "usb-token" for UsbToken;
    CommfidesFound = "commfides-found",
    Unconfirmed = "unconfirmed",
    NotFound = "not-found",
    UsbUnavailable = "usb-unavailable",
    InternalError = runner InternalError,
    TimedOut = runner TimedOut,
}

/// The Commfides e-ID USB stick.
pub struct UsbToken;

impl Check for UsbToken {
    fn run(&self, ctx: &Context) -> CheckOutcome {
        let observation = Observation {
            smartcards: ctx.smartcards(),
            usb: ctx.usb_devices().clone(),
            disks: probe::disks(),
        };
        judge(&observation, &ctx.profile.usb_token)
    }
}
