//! The `card-reader` check: the PC/SC service, the card readers, and a Buypass ID card in one.

pub mod card_list;
pub mod identify;
mod judge;

pub use judge::service_problem;

use super::{Check, Context};
use crate::probes::smartcard;
use crate::report::CheckOutcome;

pub const BUYPASS_CARD: &str = "card-reader.buypass-card";
pub const NO_PCSC_LIBRARY: &str = "card-reader.no-pcsc-library";
pub const SERVICE_UNAVAILABLE: &str = "card-reader.service-unavailable";
pub const NO_READER: &str = "card-reader.no-reader";
pub const NO_CARD: &str = "card-reader.no-card";
pub const CARD_UNRESPONSIVE: &str = "card-reader.card-unresponsive";
pub const CARD_IN_USE: &str = "card-reader.card-in-use";
pub const NOT_BUYPASS: &str = "card-reader.not-buypass";
pub const UNKNOWN_CARD: &str = "card-reader.unknown-card";
pub const NOT_SET_UP: &str = "card-reader.not-set-up";
pub const JAVAFRI_RUNNING: &str = "card-reader.javafri-running";
pub const NO_JAVAFRI: &str = "card-reader.no-javafri";
pub const JAVAFRI_UNCHECKED: &str = "card-reader.javafri-unchecked";

/// A card reader with a Buypass ID card, for logging in with Buypass ID on smart card.
pub struct CardReader;

impl Check for CardReader {
    fn id(&self) -> &'static str {
        "card-reader"
    }

    fn codes(&self) -> &'static [&'static str] {
        &[
            BUYPASS_CARD,
            NO_PCSC_LIBRARY,
            SERVICE_UNAVAILABLE,
            NO_READER,
            NO_CARD,
            CARD_UNRESPONSIVE,
            CARD_IN_USE,
            NOT_BUYPASS,
            UNKNOWN_CARD,
            NOT_SET_UP,
            JAVAFRI_RUNNING,
            NO_JAVAFRI,
            JAVAFRI_UNCHECKED,
        ]
    }

    fn run(&self, ctx: &Context) -> CheckOutcome {
        let observation = ctx.smartcards();
        let card_list = identify::needs_card_list(&observation.readers, &ctx.profile)
            .then(|| smartcard::read_card_list(&ctx.inputs.card_lists))
            .flatten();
        let usb = ctx.usb_devices().as_deref().map_err(String::as_str);
        judge::judge(observation, usb, card_list.as_ref(), &ctx.profile)
    }
}
