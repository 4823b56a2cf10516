//! Names a card from its ATR: a Buypass card from the profile, anything else from pcsc-tools'
//! list of known cards.

use serde::Serialize;

use super::card_list;
use crate::atr::spaced_hex;
use crate::profile::{CardKind, Profile};

/// What a card is, as far as its ATR tells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Identity {
    /// `buypass-id`, `norsk-tipping`, `altinn`, `payment`, `other` or `unknown`.
    pub kind: &'static str,
    pub name: Option<String>,
    /// Where the name comes from: `profile`, or the path of the list of known cards.
    pub source: Option<String>,
}

impl Identity {
    pub fn is_buypass(&self) -> bool {
        matches!(self.kind, "buypass-id" | "norsk-tipping" | "altinn")
    }
}

pub fn identify(
    atr: &[u8],
    profile: &Profile,
    card_list: Option<&(std::path::PathBuf, String)>,
) -> Identity {
    if let Some(card) = profile.card_reader.card.iter().find(|c| c.atr.matches(atr)) {
        return Identity {
            kind: match card.kind {
                CardKind::BuypassId => "buypass-id",
                CardKind::NorskTipping => "norsk-tipping",
                CardKind::Altinn => "altinn",
            },
            name: Some(card.label.clone()),
            source: Some("profile".to_owned()),
        };
    }
    if let Some((path, text)) = card_list {
        if let Some(known) = card_list::lookup(text, &spaced_hex(atr)) {
            return Identity {
                kind: if card_list::is_payment_card(&known) {
                    "payment"
                } else {
                    "other"
                },
                name: Some(known.name),
                source: Some(path.display().to_string()),
            };
        }
    }
    Identity {
        kind: "unknown",
        name: None,
        source: None,
    }
}
