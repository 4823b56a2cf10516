//! Judges the three routes to the Commfides stick: pure, no I/O.

use serde::Serialize;

use super::probe::{Disk, Observation};
use super::*;
use crate::atr::spaced_hex;
use crate::probes::smartcard;
use crate::probes::usb::{UsbDevice, CLASS_MASS_STORAGE, CLASS_SMART_CARD};
use crate::profile::UsbToken;
use crate::report::{CheckOutcome, Finding, Status};

fn contains_any(text: &str, patterns: &[String]) -> bool {
    let text = text.to_lowercase();
    patterns
        .iter()
        .any(|p| !p.trim().is_empty() && text.contains(&p.trim().to_lowercase()))
}

pub fn judge(observation: &Observation, profile: &UsbToken) -> CheckOutcome {
    // Route 1: PC/SC, from the same enumeration the card-reader check uses.
    let readers: Vec<&smartcard::Reader> = observation
        .smartcards
        .readers
        .iter()
        .filter(|r| {
            contains_any(&r.name, &profile.reader_name_patterns)
                || profile.atrs.iter().any(|a| a.matches(&r.atr))
        })
        .collect();

    // Route 2: USB devices.
    let usb_devices = observation.usb.as_deref().unwrap_or_default();
    let named = |d: &UsbDevice| {
        profile
            .usb_ids
            .iter()
            .any(|id| id.vendor == d.vendor_id && id.product == d.product_id)
            || [&d.manufacturer, &d.product].iter().any(|t| {
                t.as_deref()
                    .is_some_and(|t| contains_any(t, &profile.usb_product_patterns))
            })
    };
    let matched_usb: Vec<&UsbDevice> = usb_devices.iter().filter(|d| named(d)).collect();
    let candidates: Vec<&UsbDevice> = usb_devices
        .iter()
        .filter(|d| d.has_class(CLASS_SMART_CARD) && !named(d))
        .collect();

    // Route 3: disk labels.
    let matched_disks: Vec<&Disk> = observation
        .disks
        .iter()
        .filter(|d| contains_any(&d.label, &profile.disk_label_patterns))
        .collect();

    let mut routes = Vec::new();
    if !readers.is_empty() {
        routes.push("pcsc");
    }
    if !matched_usb.is_empty() {
        routes.push("usb");
    }
    if !matched_disks.is_empty() {
        routes.push("storage");
    }

    let mut findings = Vec::new();
    if !routes.is_empty() {
        let name = matched_usb
            .iter()
            .find_map(|d| d.product.clone())
            .or_else(|| readers.first().map(|r| r.name.clone()))
            .or_else(|| matched_disks.first().map(|d| d.label.clone()))
            .unwrap_or_default();
        findings.push(
            Finding::new(Code::CommfidesFound, Status::Pass)
                .arg("routes", routes.join(", "))
                .arg("route", routes[0])
                .arg("name", name),
        );
    } else if let Some(candidate) = candidates.first() {
        findings.push(
            Finding::new(Code::Unconfirmed, Status::Warn)
                .arg("id", candidate.id())
                .arg(
                    "manufacturer",
                    candidate.manufacturer.clone().unwrap_or_default(),
                )
                .arg("product", candidate.product.clone().unwrap_or_default())
                .arg(
                    "storage",
                    if candidate.has_class(CLASS_MASS_STORAGE) {
                        "yes"
                    } else {
                        "no"
                    },
                ),
        );
    } else {
        findings.push(Finding::new(Code::NotFound, Status::Absent));
    }
    if let Err(reason) = &observation.usb {
        findings
            .push(Finding::new(Code::UsbUnavailable, Status::Pass).arg("reason", reason.as_str()));
    }

    let details = Details {
        routes: Routes {
            pcsc: Route {
                tried: matches!(
                    observation.smartcards.service,
                    smartcard::ServiceState::Running
                ),
                matched: !readers.is_empty(),
            },
            usb: UsbRoute {
                tried: observation.usb.is_ok(),
                error: observation.usb.as_ref().err(),
                devices: usb_devices.len(),
                matched: !matched_usb.is_empty(),
            },
            storage: StorageRoute {
                tried: true,
                disks: observation.disks.len(),
                matched: !matched_disks.is_empty(),
            },
        },
        matched_devices: matched_usb.iter().map(|d| Device::of(d)).collect(),
        candidates: candidates.iter().map(|d| Device::of(d)).collect(),
        matched_readers: readers
            .iter()
            .map(|r| MatchedReader {
                name: &r.name,
                atr: (!r.atr.is_empty()).then(|| spaced_hex(&r.atr)),
            })
            .collect(),
        matched_disks,
    };
    CheckOutcome::new(findings, details)
}

#[derive(Serialize)]
struct Details<'a> {
    routes: Routes<'a>,
    matched_devices: Vec<Device>,
    candidates: Vec<Device>,
    matched_readers: Vec<MatchedReader<'a>>,
    matched_disks: Vec<&'a Disk>,
}

/// Which routes were tried and which found the stick.
#[derive(Serialize)]
struct Routes<'a> {
    pcsc: Route,
    usb: UsbRoute<'a>,
    storage: StorageRoute,
}

#[derive(Serialize)]
struct Route {
    tried: bool,
    matched: bool,
}

#[derive(Serialize)]
struct UsbRoute<'a> {
    tried: bool,
    error: Option<&'a String>,
    devices: usize,
    matched: bool,
}

#[derive(Serialize)]
struct StorageRoute {
    tried: bool,
    disks: usize,
    matched: bool,
}

/// A USB device as the report shows it: its ids in hex, never a serial number.
#[derive(Serialize)]
struct Device {
    id: String,
    vid: String,
    pid: String,
    manufacturer: Option<String>,
    product: Option<String>,
    interface_classes: Vec<String>,
    shape: Shape,
}

/// What a smart-card device also is.
#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
enum Shape {
    SmartCard,
    /// A smart card and a USB disk in one, as the Commfides stick is.
    SmartCardWithMemory,
}

impl Device {
    fn of(d: &UsbDevice) -> Device {
        Device {
            id: d.id(),
            vid: format!("{:04x}", d.vendor_id),
            pid: format!("{:04x}", d.product_id),
            manufacturer: d.manufacturer.clone(),
            product: d.product.clone(),
            interface_classes: d
                .interface_classes
                .iter()
                .map(|c| format!("{c:02x}"))
                .collect(),
            shape: if d.has_class(CLASS_MASS_STORAGE) {
                Shape::SmartCardWithMemory
            } else {
                Shape::SmartCard
            },
        }
    }
}

#[derive(Serialize)]
struct MatchedReader<'a> {
    name: &'a str,
    atr: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::FindingCode;
    use crate::probes::smartcard::{LibraryState, Reader, ServiceState};
    use crate::profile::{Profile, UsbId};

    fn smartcards(readers: &[&str]) -> smartcard::Observation {
        smartcard::Observation {
            library: LibraryState::Loaded {
                path: "libpcsclite.so.1".into(),
            },
            service: ServiceState::Running,
            readers: readers
                .iter()
                .map(|name| Reader {
                    name: name.to_string(),
                    card_present: false,
                    mute: false,
                    exclusive: false,
                    atr: vec![],
                })
                .collect(),
            javafri_listening: None,
        }
    }

    fn usb(vid: u16, pid: u16, product: &str, classes: &[u8]) -> UsbDevice {
        UsbDevice {
            vendor_id: vid,
            product_id: pid,
            manufacturer: Some("Maker".into()),
            product: Some(product.into()),
            interface_classes: classes.to_vec(),
        }
    }

    fn disk(label: &str) -> Disk {
        Disk {
            label: label.into(),
            mount_point: Some("/media/stick".into()),
            removable: true,
        }
    }

    fn primary(
        smart: &smartcard::Observation,
        usb_devices: Result<Vec<UsbDevice>, String>,
        disks: Vec<Disk>,
        profile: &UsbToken,
    ) -> (FindingCode, Status, String) {
        let outcome = judge(
            &Observation {
                smartcards: smart,
                usb: usb_devices,
                disks,
            },
            profile,
        );
        let f = &outcome.findings[0];
        let routes = match f.args.get("routes") {
            Some(crate::report::ArgValue::Text(t)) => t.clone(),
            _ => String::new(),
        };
        (f.code, f.status, routes)
    }

    fn profile() -> UsbToken {
        Profile::embedded().usb_token
    }

    #[test]
    fn the_route_is_said_in_norwegian_words() {
        use crate::locale::{Lang, Locale};
        let nb = Locale::new(Lang::Nb);
        let none = smartcards(&[]);
        let by_disk = judge(
            &Observation {
                smartcards: &none,
                usb: Ok(vec![]),
                disks: vec![disk("COMMFIDES")],
            },
            &profile(),
        );
        let words = nb.message(&by_disk.findings[0]);
        assert!(words.ends_with("(funnet som lagringsenhet)"), "{words}");
        let by_reader = smartcards(&["Commfides e-ID Reader 00 00"]);
        let by_reader = judge(
            &Observation {
                smartcards: &by_reader,
                usb: Ok(vec![]),
                disks: vec![],
            },
            &profile(),
        );
        let words = nb.message(&by_reader.findings[0]);
        assert!(words.ends_with("(funnet som kortleser)"), "{words}");
    }

    #[test]
    fn each_route_finds_the_stick() {
        let none = smartcards(&[]);
        let by_reader = smartcards(&["Commfides e-ID Reader 00 00"]);
        assert_eq!(
            primary(&by_reader, Ok(vec![]), vec![], &profile()),
            (Code::CommfidesFound.code(), Status::Pass, "pcsc".into())
        );
        let stick = usb(
            0x1234,
            0x5678,
            "COMMFIDES e-ID",
            &[CLASS_SMART_CARD, CLASS_MASS_STORAGE],
        );
        assert_eq!(
            primary(&none, Ok(vec![stick]), vec![], &profile()),
            (Code::CommfidesFound.code(), Status::Pass, "usb".into())
        );
        assert_eq!(
            primary(&none, Ok(vec![]), vec![disk("COMMFIDES")], &profile()),
            (Code::CommfidesFound.code(), Status::Pass, "storage".into())
        );
    }

    #[test]
    fn an_unknown_smart_card_device_is_unconfirmed_until_its_ids_are_added() {
        let none = smartcards(&[]);
        let device = usb(
            0x1a2b,
            0x3c4d,
            "Secure Token",
            &[CLASS_SMART_CARD, CLASS_MASS_STORAGE],
        );
        let outcome = judge(
            &Observation {
                smartcards: &none,
                usb: Ok(vec![device.clone()]),
                disks: vec![],
            },
            &profile(),
        );
        assert_eq!(outcome.findings[0].code, Code::Unconfirmed.code());
        assert_eq!(outcome.findings[0].args["id"], "1a2b:3c4d".into());
        assert_eq!(
            outcome.details["candidates"][0]["interface_classes"],
            serde_json::json!(["0b", "08"])
        );
        let mut with_id = profile();
        with_id.usb_ids.push(UsbId {
            vendor: 0x1a2b,
            product: 0x3c4d,
        });
        assert_eq!(
            primary(&none, Ok(vec![device]), vec![], &with_id).0,
            Code::CommfidesFound.code()
        );
    }

    #[test]
    fn other_devices_and_disks_are_not_found() {
        let none = smartcards(&["Generic Smart Card Reader 00 00"]);
        let keyboard = usb(0x046d, 0xc31c, "USB Keyboard", &[0x03]);
        assert_eq!(
            primary(&none, Ok(vec![keyboard]), vec![disk("BACKUP")], &profile()).0,
            Code::NotFound.code()
        );
    }

    #[test]
    fn usb_unavailable_is_information_only() {
        let none = smartcards(&[]);
        let outcome = judge(
            &Observation {
                smartcards: &none,
                usb: Err("no /sys/bus/usb".into()),
                disks: vec![disk("Commfides")],
            },
            &profile(),
        );
        assert_eq!(
            outcome.codes(),
            [
                (Code::CommfidesFound.code(), Status::Pass),
                (Code::UsbUnavailable.code(), Status::Pass)
            ]
        );
        assert_eq!(outcome.details["routes"]["usb"]["tried"], false);
    }
}
