//! Judges the smart card probe's observation: pure, no I/O.

use serde::Serialize;

use super::identify::{identify, Identity};
use super::*;
use crate::atr::spaced_hex;
use crate::code::FindingCode;
use crate::probes::smartcard::{LibraryState, Observation, Reader, ServiceState, JAVAFRI};
use crate::probes::usb::{UsbDevice, CLASS_SMART_CARD};
use crate::profile::Profile;
use crate::report::{CheckOutcome, Finding, Status};

/// `usb` is the USB devices (or why they could not be listed); `card_list` is pcsc-tools'
/// list of known cards (path, text), when a card needed naming.
pub fn judge(
    observation: &Observation,
    usb: Result<&[UsbDevice], &str>,
    card_list: Option<&(std::path::PathBuf, String)>,
    profile: &Profile,
) -> CheckOutcome {
    let mut readers = Vec::new();
    let usb_readers: Vec<&UsbDevice> = usb
        .unwrap_or_default()
        .iter()
        .filter(|d| d.has_class(CLASS_SMART_CARD))
        .collect();
    let findings = match service_problem(&observation.library, &observation.service) {
        // Without a reader the missing software is no fault: this computer is simply not set
        // up for a smart card, which only matters to someone who uses one.
        Some(_) if usb_readers.is_empty() => vec![Finding::new(Code::NotSetUp, Status::Absent)],
        Some(problem) => {
            let name = usb_readers[0]
                .product
                .clone()
                .unwrap_or_else(|| usb_readers[0].id());
            vec![problem.arg("reader_seen", "yes").arg("usb_reader", name)]
        }
        None if observation.readers.is_empty() => {
            vec![Finding::new(Code::NoReader, Status::Absent)]
        }
        None => {
            let mut best: Option<(u8, Finding)> = None;
            for reader in &observation.readers {
                let (rank, finding, card) = judge_reader(reader, profile, card_list);
                readers.push(ReaderDetails {
                    name: &reader.name,
                    card_present: reader.card_present,
                    atr: (!reader.atr.is_empty()).then(|| spaced_hex(&reader.atr)),
                    card,
                    code: finding.code,
                });
                if best.as_ref().is_none_or(|(r, _)| rank > *r) {
                    best = Some((rank, finding));
                }
            }
            let best = best
                .map(|(_, f)| f)
                .unwrap_or_else(|| Finding::new(Code::NoReader, Status::Absent));
            // Javafri comes after the card: with no usable card in a reader, that is the step.
            if matches!(best.status, Status::Pass | Status::Warn) {
                vec![best, javafri(observation.javafri_listening)]
            } else {
                vec![best]
            }
        }
    };
    let details = Details {
        pcsc: Pcsc {
            library: &observation.library,
            service: &observation.service,
        },
        readers,
        usb_readers,
        javafri: Javafri {
            address: format!("https://127.0.0.1:{}", JAVAFRI.1),
            listening: observation.javafri_listening,
        },
        card_list: card_list.map(|(path, _)| path.display().to_string()),
    };
    CheckOutcome::new(findings, details)
}

#[derive(Serialize)]
struct Details<'a> {
    pcsc: Pcsc<'a>,
    readers: Vec<ReaderDetails<'a>>,
    usb_readers: Vec<&'a UsbDevice>,
    javafri: Javafri,
    /// The list of known cards that named a card, if one was read.
    card_list: Option<String>,
}

#[derive(Serialize)]
struct Pcsc<'a> {
    library: &'a LibraryState,
    service: &'a ServiceState,
}

/// A reader, its card, and the finding it alone would give.
#[derive(Serialize)]
struct ReaderDetails<'a> {
    name: &'a str,
    card_present: bool,
    atr: Option<String>,
    card: Option<Identity>,
    code: FindingCode,
}

#[derive(Serialize)]
struct Javafri {
    address: String,
    listening: Option<bool>,
}

/// Buypass Javafri, the local program the browser reaches the card through: judged once a
/// card is there. `None` where Buypass does not make it, so it could not be looked for.
fn javafri(listening: Option<bool>) -> Finding {
    match listening {
        Some(true) => Finding::new(Code::JavafriRunning, Status::Pass),
        Some(false) => Finding::new(Code::NoJavafri, Status::Fail),
        None => Finding::new(Code::JavafriUnchecked, Status::Warn),
    }
}

/// The finding for a missing PC/SC library or smart card service; `None` when both work.
pub fn service_problem(library: &LibraryState, service: &ServiceState) -> Option<Finding> {
    let problem = match (library, service) {
        (LibraryState::Missing { tried, .. }, _) => {
            Finding::new(Code::NoPcscLibrary, Status::Fail).arg("tried", tried.join(", "))
        }
        (_, ServiceState::Unavailable { error } | ServiceState::Failed { error }) => {
            Finding::new(Code::ServiceUnavailable, Status::Fail).arg("error", error.as_str())
        }
        (_, ServiceState::NotChecked) => {
            Finding::new(Code::ServiceUnavailable, Status::Fail).arg("error", "")
        }
        (_, ServiceState::Running) => return None,
    };
    // The messages choose their words by it; the check says "yes" when it saw a reader.
    Some(problem.arg("reader_seen", "none"))
}

/// One reader's finding, ranked so that the best reader can be chosen (higher is better),
/// with what the card was identified as.
fn judge_reader(
    reader: &Reader,
    profile: &Profile,
    card_list: Option<&(std::path::PathBuf, String)>,
) -> (u8, Finding, Option<Identity>) {
    let name = reader.name.as_str();
    if !reader.card_present {
        return (
            1,
            Finding::new(Code::NoCard, Status::Absent).arg("reader", name),
            None,
        );
    }
    if reader.mute || reader.atr.is_empty() {
        return (
            2,
            Finding::new(Code::CardUnresponsive, Status::Fail).arg("reader", name),
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
            Finding::new(Code::CardInUse, Status::Warn).arg("kind", identity.kind),
        )
    } else if identity.is_buypass() {
        (
            6,
            Finding::new(Code::BuypassCard, Status::Pass)
                .arg("kind", identity.kind)
                .arg(
                    "years",
                    i64::from(profile.card_reader.valid_years(identity.kind).unwrap_or(0)),
                ),
        )
    } else if identity.kind == "unknown" {
        (4, Finding::new(Code::UnknownCard, Status::Warn))
    } else {
        (
            3,
            Finding::new(Code::NotBuypass, Status::Fail).arg("kind", identity.kind),
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
    use crate::code::FindingCode;

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
            javafri_listening: Some(true),
        }
    }

    /// Judges with a small list of known cards.
    fn judged(observation: &Observation) -> CheckOutcome {
        let list = (
            "/usr/share/pcsc/smartcard_list.txt".into(),
            format!("{ICELAND}\n\tIcelandic Electronic ID (eID)\n{SERBIAN_BANK}\n\tBanca Intesa (Bank)\n"),
        );
        judge(observation, Ok(&[]), Some(&list), &Profile::embedded())
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

    /// The best reader's finding (Javafri's, if judged, comes after it).
    fn primary(observation: &Observation) -> (FindingCode, Status) {
        let outcome = judged(observation);
        (outcome.findings[0].code, outcome.findings[0].status)
    }

    #[test]
    fn every_profile_atr_is_a_buypass_card() {
        let profile = Profile::embedded();
        assert_eq!(profile.card_reader.card.len(), 9);
        for card in &profile.card_reader.card {
            let obs = running(vec![reader("R", Some(&spaced_hex(&card.atr.bytes)))]);
            assert_eq!(primary(&obs), (Code::BuypassCard.code(), Status::Pass));
        }
    }

    #[test]
    fn lookalikes_are_not_buypass_and_are_named() {
        for (atr, name) in [
            (ICELAND, "Icelandic Electronic ID (eID)"),
            (SERBIAN_BANK, "Banca Intesa (Bank)"),
        ] {
            let outcome = judged(&running(vec![reader("R", Some(atr))]));
            assert_eq!(outcome.findings[0].code, Code::NotBuypass.code());
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
        let outcome = judge(
            &running(vec![reader("I", Some(ICELAND))]),
            Ok(&[]),
            None,
            &profile,
        );
        assert_eq!(outcome.findings[0].code, Code::UnknownCard.code());
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
            (Code::NoReader.code(), Status::Absent)
        );
        assert_eq!(
            primary(&running(vec![reader("R", None)])),
            (Code::NoCard.code(), Status::Absent)
        );
        let mut mute = reader("R", Some(BUYPASS));
        mute.mute = true;
        assert_eq!(
            primary(&running(vec![mute])),
            (Code::CardUnresponsive.code(), Status::Fail)
        );
        let mut held = reader("R", Some(BUYPASS));
        held.exclusive = true;
        assert_eq!(
            primary(&running(vec![held])),
            (Code::CardInUse.code(), Status::Warn)
        );
        assert_eq!(
            primary(&running(vec![reader("R", Some("3B 00 11 22"))])),
            (Code::UnknownCard.code(), Status::Warn)
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
        assert_eq!(outcome.findings[0].code, Code::BuypassCard.code());
        assert_eq!(outcome.findings[0].args["reader"], "Buypass".into());
        let codes: Vec<&str> = outcome.details["readers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["code"].as_str().unwrap())
            .collect();
        assert_eq!(
            codes,
            [Code::NoCard, Code::NotBuypass, Code::BuypassCard].map(|c| c.code().to_string())
        );
        assert_eq!(outcome.details["readers"][2]["atr"], BUYPASS);
    }

    fn usb_reader() -> UsbDevice {
        UsbDevice {
            vendor_id: 0x076b,
            product_id: 0x3021,
            manufacturer: Some("OMNIKEY".into()),
            product: Some("CardMan 3121".into()),
            interface_classes: vec![CLASS_SMART_CARD],
        }
    }

    #[test]
    fn no_software_and_no_reader_is_a_computer_not_set_up_for_a_card() {
        let stick = UsbDevice {
            interface_classes: vec![crate::probes::usb::CLASS_MASS_STORAGE],
            ..usb_reader()
        };
        for service in [
            ServiceState::Unavailable {
                error: "SCARD_E_NO_SERVICE".into(),
            },
            ServiceState::NotChecked,
        ] {
            let mut obs = running(vec![]);
            obs.service = service;
            for usb in [
                Ok(&[][..]),
                Ok(std::slice::from_ref(&stick)),
                Err("no sysfs"),
            ] {
                let outcome = judge(&obs, usb, None, &Profile::embedded());
                assert_eq!(
                    outcome.codes(),
                    [(Code::NotSetUp.code(), Status::Absent)],
                    "{usb:?}"
                );
            }
        }
    }

    #[test]
    fn a_reader_on_usb_without_the_service_is_a_failure_that_names_it() {
        let mut obs = running(vec![]);
        obs.service = ServiceState::Unavailable {
            error: "SCARD_E_NO_SERVICE".into(),
        };
        let usb = [usb_reader()];
        let outcome = judge(&obs, Ok(&usb), None, &Profile::embedded());
        assert_eq!(
            outcome.codes(),
            [(Code::ServiceUnavailable.code(), Status::Fail)]
        );
        assert_eq!(
            outcome.findings[0].args["usb_reader"],
            "CardMan 3121".into()
        );
        let words =
            crate::locale::Locale::new(crate::locale::Lang::En).message(&outcome.findings[0]);
        assert!(
            words.starts_with("A card reader is connected (CardMan 3121), but the smart card service is not running"),
            "{words}"
        );
        assert_eq!(outcome.details["usb_readers"][0]["product_id"], "3021");
        obs.library = LibraryState::Missing {
            tried: vec!["libpcsclite.so.1".into()],
            reason: "not found".into(),
        };
        let outcome = judge(&obs, Ok(&usb), None, &Profile::embedded());
        assert_eq!(
            outcome.codes(),
            [(Code::NoPcscLibrary.code(), Status::Fail)]
        );
    }

    #[test]
    fn javafri_is_judged_once_a_card_is_there() {
        let with = |listening: Option<bool>, atr: Option<&str>| {
            let mut obs = running(vec![reader("R", atr)]);
            obs.javafri_listening = listening;
            judged(&obs).codes()
        };
        let card = |code: Code, status| (code.code(), status);
        assert_eq!(
            with(Some(true), Some(BUYPASS)),
            [
                card(Code::BuypassCard, Status::Pass),
                card(Code::JavafriRunning, Status::Pass)
            ]
        );
        assert_eq!(
            with(Some(false), Some(BUYPASS)),
            [
                card(Code::BuypassCard, Status::Pass),
                card(Code::NoJavafri, Status::Fail)
            ]
        );
        // Where Buypass makes no Javafri (Linux), it is said that it could not be checked.
        assert_eq!(
            with(None, Some(BUYPASS)),
            [
                card(Code::BuypassCard, Status::Pass),
                card(Code::JavafriUnchecked, Status::Warn)
            ]
        );
        // An empty reader or the wrong card is the step to take first.
        assert_eq!(
            with(Some(false), None),
            [card(Code::NoCard, Status::Absent)]
        );
        assert_eq!(
            with(Some(false), Some(SERBIAN_BANK)),
            [card(Code::NotBuypass, Status::Fail)]
        );
    }

    #[test]
    fn validity_comes_from_the_profile_per_kind_of_card() {
        let profile = Profile::embedded();
        assert_eq!(profile.card_reader.valid_years("buypass-id"), Some(3));
        assert_eq!(profile.card_reader.valid_years("norsk-tipping"), Some(8));
        assert_eq!(profile.card_reader.valid_years("altinn"), None);
    }
}
