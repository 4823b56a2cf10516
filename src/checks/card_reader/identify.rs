//! Names a card from its ATR: a Buypass card from the profile, anything else from pcsc-tools'
//! list of known cards.

use serde::Serialize;

use super::card_list;
use crate::atr::spaced_hex;
use crate::probes::smartcard::Reader;
use crate::profile::{BuypassCard, CardKind, Profile};

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

/// The profile's entry for a card with this ATR.
fn profile_card<'p>(atr: &[u8], profile: &'p Profile) -> Option<&'p BuypassCard> {
    profile.card_reader.card.iter().find(|c| c.atr.matches(atr))
}

/// True when some card in these readers answers but is not in the profile, so only the list of
/// known cards can name it.
pub fn needs_card_list(readers: &[Reader], profile: &Profile) -> bool {
    readers.iter().any(|r| {
        r.card_present && !r.mute && !r.atr.is_empty() && profile_card(&r.atr, profile).is_none()
    })
}

pub fn identify(
    atr: &[u8],
    profile: &Profile,
    card_list: Option<&(std::path::PathBuf, String)>,
) -> Identity {
    if let Some(card) = profile_card(atr, profile) {
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
