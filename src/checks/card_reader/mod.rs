//! The `card-reader` check: the PC/SC service, the card readers, and a Buypass ID card in one.

pub mod card_list;
mod identify;
mod judge;

pub use identify::{identify, Identity};
pub use judge::service_problem;

use super::{Check, Context};
use crate::probes::smartcard;
use crate::report::CheckOutcome;

// APPEND ONLY: a code's place here is its number in support codes read out for years to come.
finding_codes! {
    "card-reader" for CardReader;
    BuypassCard = "buypass-card",
    NoPcscLibrary = "no-pcsc-library",
    ServiceUnavailable = "service-unavailable",
    NoReader = "no-reader",
    NoCard = "no-card",
    CardUnresponsive = "card-unresponsive",
    CardInUse = "card-in-use",
    NotBuypass = "not-buypass",
    UnknownCard = "unknown-card",
    InternalError = runner InternalError,
    TimedOut = runner TimedOut,
    NotSetUp = "not-set-up",
    JavafriRunning = "javafri-running",
    NoJavafri = "no-javafri",
    JavafriUnchecked = "javafri-unchecked",
}

/// A card reader with a Buypass ID card, for logging in with Buypass ID on smart card.
pub struct CardReader;

impl Check for CardReader {
    fn run(&self, ctx: &Context) -> CheckOutcome {
        let observation = ctx.smartcards();
        let card_list = identify::needs_card_list(&observation.readers, &ctx.profile)
            .then(|| smartcard::read_card_list(&ctx.inputs.card_lists))
            .flatten();
        let usb = ctx.usb_devices().as_deref().map_err(String::as_str);
        judge::judge(observation, usb, card_list.as_ref(), &ctx.profile)
    }
}
