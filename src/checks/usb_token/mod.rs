//! The `usb-token` check: is the Commfides e-ID USB stick recognised? Three independent
//! routes, each driven by identifiers in the profile: a PC/SC reader or card, a USB device,
//! a disk label.

mod judge;
mod probe;

use judge::judge;
use probe::Observation;

use super::{Check, Context};
use crate::report::CheckOutcome;

pub const COMMFIDES_FOUND: &str = "usb-token.commfides-found";
pub const UNCONFIRMED: &str = "usb-token.unconfirmed";
pub const NOT_FOUND: &str = "usb-token.not-found";
pub const USB_UNAVAILABLE: &str = "usb-token.usb-unavailable";

/// The Commfides e-ID USB stick.
pub struct UsbToken;

impl Check for UsbToken {
    fn id(&self) -> &'static str {
        "usb-token"
    }

    fn codes(&self) -> &'static [&'static str] {
        &[COMMFIDES_FOUND, UNCONFIRMED, NOT_FOUND, USB_UNAVAILABLE]
    }

    fn run(&self, ctx: &Context) -> CheckOutcome {
        let observation = Observation {
            smartcards: ctx.smartcards(),
            usb: ctx.usb_devices().clone(),
            disks: probe::disks(),
        };
        judge(&observation, &ctx.profile.usb_token)
    }
}
