//! Judges the smart card probe's observation: pure, no I/O.

use serde_json::json;

use super::identify::identify;
use super::*;
use crate::atr::spaced_hex;
use crate::probes::smartcard::{LibraryState, Observation, Reader, ServiceState, JAVAFRI};
use crate::profile::Profile;
use crate::report::{CheckOutcome, Finding, Status};

/// `card_list` is pcsc-tools' list of known cards (path, text), when a card needed naming.
pub fn judge(
    observation: &Observation,
    card_list: Option<&(std::path::PathBuf, String)>,
    profile: &Profile,
) -> CheckOutcome {
    let mut readers = Vec::new();
    let finding = match service_problem(&observation.library, &observation.service) {
        Some(problem) => problem,
        None if observation.readers.is_empty() => Finding::new(NO_READER, Status::Absent),
        None => {
            let mut best: Option<(u8, Finding)> = None;
            for reader in &observation.readers {
                let (rank, finding, card) = judge_reader(reader, profile, card_list);
                readers.push(json!({
                    "name": reader.name,
                    "card_present": reader.card_present,
                    "atr": (!reader.atr.is_empty()).then(|| spaced_hex(&reader.atr)),
                    "card": card,
                    "code": finding.code,
                }));
                if best.as_ref().is_none_or(|(r, _)| rank > *r) {
                    best = Some((rank, finding));
                }
            }
            best.map(|(_, f)| f)
                .unwrap_or_else(|| Finding::new(NO_READER, Status::Absent))
        }
    };
    let details = json!({
        "pcsc": {"library": observation.library, "service": observation.service},
        "readers": readers,
        "javafri": {
            "address": format!("https://127.0.0.1:{}", JAVAFRI.1),
            "listening": observation.javafri_listening,
        },
        "card_list": card_list.map(|(path, _)| path.display().to_string()),
    });
    CheckOutcome::new(vec![finding], details)
}

/// The finding for a missing PC/SC library or smart card service; `None` when both work.
pub fn service_problem(library: &LibraryState, service: &ServiceState) -> Option<Finding> {
    Some(match (library, service) {
        (LibraryState::Missing { tried, .. }, _) => {
            Finding::new(NO_PCSC_LIBRARY, Status::Fail).arg("tried", tried.join(", "))
        }
        (_, ServiceState::Unavailable { error } | ServiceState::Failed { error }) => {
            Finding::new(SERVICE_UNAVAILABLE, Status::Fail).arg("error", error.as_str())
        }
        (_, ServiceState::NotChecked) => {
            Finding::new(SERVICE_UNAVAILABLE, Status::Fail).arg("error", "")
        }
        (_, ServiceState::Running) => return None,
    })
}

/// One reader's finding, ranked so that the best reader can be chosen (higher is better),
/// with what the card was identified as.
fn judge_reader(
    reader: &Reader,
    profile: &Profile,
    card_list: Option<&(std::path::PathBuf, String)>,
) -> (u8, Finding, Option<super::identify::Identity>) {
    let name = reader.name.as_str();
    if !reader.card_present {
        return (
            1,
            Finding::new(NO_CARD, Status::Absent).arg("reader", name),
            None,
        );
    }
    if reader.mute || reader.atr.is_empty() {
        return (
            2,
            Finding::new(CARD_UNRESPONSIVE, Status::Fail).arg("reader", name),
            None,
        );
    }
    let identity = identify(&reader.atr, profile, card_list);
    let atr = spaced_hex(&reader.atr);
    let card_name = identity.name.clone().unwrap_or_default();
    let (rank, finding) = if reader.exclusive {
        let rank = if identity.is_buypass() { 5 } else { 4 };
        (
            rank,
            Finding::new(CARD_IN_USE, Status::Warn).arg("kind", identity.kind),
        )
    } else if identity.is_buypass() {
        (
            6,
            Finding::new(BUYPASS_CARD, Status::Pass).arg("kind", identity.kind),
        )
    } else if identity.kind == "unknown" {
        (4, Finding::new(UNKNOWN_CARD, Status::Warn))
    } else {
        (
            3,
            Finding::new(NOT_BUYPASS, Status::Fail).arg("kind", identity.kind),
        )
    };
    let finding = finding
        .arg("reader", name)
        .arg("atr", atr)
        .arg("card", card_name);
    (rank, finding, Some(identity))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atr::parse_hex;

    const BUYPASS: &str = "3B 9F 96 40 0A 80 31 E0 6B 04 20 05 02 58 55 55 55 55 55 55";
    const NORSK_TIPPING: &str = "3B 9F 96 40 0A 80 31 E0 6B 04 31 05 02 A8 55 55 55 55 55 55";
    const ICELAND: &str = "3B 6F 00 00 80 31 E0 6B 04 21 05 02 6C 55 55 55 55 55 55";
    const SERBIAN_BANK: &str = "3B 9F 96 40 0A 80 31 E0 6B 04 21 05 02 6C 55 55 55 55 55 55";

    fn running(readers: Vec<Reader>) -> Observation {
        Observation {
            library: LibraryState::Loaded {
                path: "libpcsclite.so.1".into(),
            },
            service: ServiceState::Running,
            readers,
            javafri_listening: None,
        }
    }

    /// Judges with a small list of known cards.
    fn judged(observation: &Observation) -> CheckOutcome {
        let list = (
            "/usr/share/pcsc/smartcard_list.txt".into(),
            format!("{ICELAND}\n\tIcelandic Electronic ID (eID)\n{SERBIAN_BANK}\n\tBanca Intesa (Bank)\n"),
        );
        judge(observation, Some(&list), &Profile::embedded())
    }

    fn reader(name: &str, atr: Option<&str>) -> Reader {
        Reader {
            name: name.into(),
            card_present: atr.is_some(),
            mute: false,
            exclusive: false,
            atr: atr.map(|a| parse_hex(a).unwrap()).unwrap_or_default(),
        }
    }

    fn primary(observation: &Observation) -> (String, Status) {
        let outcome = judged(observation);
        assert_eq!(outcome.findings.len(), 1);
        (outcome.findings[0].code.clone(), outcome.findings[0].status)
    }

    #[test]
    fn every_profile_atr_is_a_buypass_card() {
        let profile = Profile::embedded();
        assert_eq!(profile.card_reader.card.len(), 9);
        for card in &profile.card_reader.card {
            let obs = running(vec![reader("R", Some(&spaced_hex(&card.atr.bytes)))]);
            assert_eq!(primary(&obs), (BUYPASS_CARD.into(), Status::Pass));
        }
    }

    #[test]
    fn lookalikes_are_not_buypass_and_are_named() {
        for (atr, name) in [
            (ICELAND, "Icelandic Electronic ID (eID)"),
            (SERBIAN_BANK, "Banca Intesa (Bank)"),
        ] {
            let outcome = judged(&running(vec![reader("R", Some(atr))]));
            assert_eq!(outcome.findings[0].code, NOT_BUYPASS);
            assert_eq!(outcome.findings[0].args["card"], name.into());
        }
        let outcome = judged(&running(vec![reader("R", Some(SERBIAN_BANK))]));
        assert_eq!(outcome.findings[0].args["kind"], "payment".into());
        assert_eq!(outcome.details["readers"][0]["card"]["kind"], "payment");
    }

    #[test]
    fn the_list_of_known_cards_is_needed_only_for_cards_the_profile_does_not_name() {
        let profile = Profile::embedded();
        let needs =
            |readers: Vec<Reader>| super::super::identify::needs_card_list(&readers, &profile);
        assert!(!needs(vec![]));
        assert!(!needs(vec![
            reader("Empty", None),
            reader("B", Some(BUYPASS))
        ]));
        let mut mute = reader("Mute", Some(ICELAND));
        mute.mute = true;
        assert!(!needs(vec![mute]));
        assert!(needs(vec![
            reader("B", Some(BUYPASS)),
            reader("I", Some(ICELAND))
        ]));
        // Without the list, a card the profile does not name is unknown, not an error.
        let outcome = judge(&running(vec![reader("I", Some(ICELAND))]), None, &profile);
        assert_eq!(outcome.findings[0].code, UNKNOWN_CARD);
        assert_eq!(outcome.details["card_list"], serde_json::Value::Null);
        assert_eq!(
            judged(&running(vec![reader("I", Some(ICELAND))])).details["card_list"],
            "/usr/share/pcsc/smartcard_list.txt"
        );
    }

    #[test]
    fn kinds_and_states() {
        let obs = running(vec![reader("R", Some(NORSK_TIPPING))]);
        let outcome = judged(&obs);
        assert_eq!(outcome.findings[0].args["kind"], "norsk-tipping".into());
        assert_eq!(
            primary(&running(vec![])),
            (NO_READER.into(), Status::Absent)
        );
        assert_eq!(
            primary(&running(vec![reader("R", None)])),
            (NO_CARD.into(), Status::Absent)
        );
        let mut mute = reader("R", Some(BUYPASS));
        mute.mute = true;
        assert_eq!(
            primary(&running(vec![mute])),
            (CARD_UNRESPONSIVE.into(), Status::Fail)
        );
        let mut held = reader("R", Some(BUYPASS));
        held.exclusive = true;
        assert_eq!(
            primary(&running(vec![held])),
            (CARD_IN_USE.into(), Status::Warn)
        );
        assert_eq!(
            primary(&running(vec![reader("R", Some("3B 00 11 22"))])),
            (UNKNOWN_CARD.into(), Status::Warn)
        );
    }

    #[test]
    fn the_best_reader_wins_and_all_are_listed() {
        let obs = running(vec![
            reader("Empty", None),
            reader("Bank", Some(SERBIAN_BANK)),
            reader("Buypass", Some(BUYPASS)),
        ]);
        let outcome = judged(&obs);
        assert_eq!(outcome.findings[0].code, BUYPASS_CARD);
        assert_eq!(outcome.findings[0].args["reader"], "Buypass".into());
        let codes: Vec<&str> = outcome.details["readers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, [NO_CARD, NOT_BUYPASS, BUYPASS_CARD]);
        assert_eq!(outcome.details["readers"][2]["atr"], BUYPASS);
    }

    #[test]
    fn library_and_service_problems() {
        let mut obs = running(vec![]);
        obs.library = LibraryState::Missing {
            tried: vec!["libpcsclite.so.1".into()],
            reason: "not found".into(),
        };
        obs.service = ServiceState::NotChecked;
        assert_eq!(primary(&obs), (NO_PCSC_LIBRARY.into(), Status::Fail));
        let mut obs = running(vec![]);
        obs.service = ServiceState::Unavailable {
            error: "SCARD_E_NO_SERVICE".into(),
        };
        assert_eq!(primary(&obs), (SERVICE_UNAVAILABLE.into(), Status::Fail));
    }
}
