//! The usb-token check: the USB route through sysfs-shaped fixture trees, the PC/SC route
//! through a real pcscd with a virtual reader, and profiles that add a stick's identifiers.
// Linux only: a private pcscd and a Linux sysfs-shaped USB tree
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

#[path = "support/pcsc.rs"]
mod pcsc;
mod support;

use std::path::Path;

use pcsc::Pcscd;
use support::table::{each_case, Expected};
use support::{run_json, usb_device, Sandbox};

const DEFAULT: &str = include_str!("../src/profile/default.toml");

/// One run of the usb-token check in a fresh sandbox.
struct Case {
    name: &'static str,
    /// Where the sysfs-shaped tree is, below the sandbox.
    sysfs: &'static str,
    /// Writes the tree's devices (nothing: no such directory).
    tree: fn(&Path),
    /// A virtual reader of this name on a private pcscd.
    reader: Option<&'static str>,
    /// The default profile with the first text replaced by the second.
    profile: Option<(&'static str, &'static str)>,
    only: &'static str,
    args: &'static [&'static str],
    expected: Expected,
}

impl Case {
    fn new(name: &'static str, tree: fn(&Path), expected: Expected) -> Case {
        Case {
            name,
            sysfs: "usb",
            tree,
            reader: None,
            profile: None,
            only: "usb-token",
            args: &[],
            expected,
        }
    }

    fn run(&self) {
        let sb = Sandbox::new();
        (self.tree)(&sb.path(self.sysfs));
        let pcscd = self.reader.map(Pcscd::start);
        let mut cmd = sb.offline();
        cmd.env("LOGINSJEKK_TEST_USB_SYSFS", sb.path(self.sysfs))
            .args(["--only", self.only, "--format", "json"])
            .args(self.args);
        if let Some(pcscd) = &pcscd {
            cmd.env("PCSCLITE_CSOCK_NAME", &pcscd.socket);
        }
        if let Some((from, to)) = self.profile {
            assert!(DEFAULT.contains(from), "the default profile has no {from}");
            let profile = sb.write("helpdesk.toml", &DEFAULT.replace(from, to));
            cmd.arg("--profile").arg(profile);
        }
        let (code, report) = run_json(&mut cmd);
        self.expected.assert(code, &report);
    }
}

fn commfides_stick(root: &Path) {
    usb_device(
        root,
        "1-2",
        "1a2b",
        "3c4d",
        "Commfides Norge AS",
        "Commfides e-ID",
        &["0b", "08"],
    );
}

fn keyboard(root: &Path, name: &str) {
    usb_device(
        root,
        name,
        "046d",
        "c31c",
        "Logitech",
        "USB Keyboard",
        &["03"],
    );
}

fn unknown_token_and_keyboard(root: &Path) {
    usb_device(
        root,
        "3-1.4",
        "096e",
        "0608",
        "Feitian",
        "Secure Token",
        &["0b", "08"],
    );
    keyboard(root, "3-2");
}

fn garbled(root: &Path) {
    usb_device(
        root,
        "1-1",
        "zzzz",
        "12345",
        "\u{1b}[31m",
        "",
        &["xx", "0b"],
    );
    std::fs::create_dir_all(root.join("1-9")).unwrap();
    std::fs::write(root.join("1-9/idVendor"), [0xff, 0xfe, 0x00]).unwrap();
    std::fs::write(root.join("usb1"), "not a device").unwrap();
    std::fs::write(root.join("2-2"), "a file where a directory should be").unwrap();
}

fn nothing(_: &Path) {}

const ADD_FEITIAN: (&str, &str) = ("usb_ids = []", "usb_ids = [\"096e:0608\"]");
const ADD_GENERIC_READER: (&str, &str) = (
    "reader_name_patterns = [\"Commfides\"]",
    "reader_name_patterns = [\"Commfides\", \"generic smart card\"]",
);

fn cases() -> Vec<Case> {
    vec![
        Case::new(
            "a_commfides_stick_with_smart_card_and_memory_is_found",
            commfides_stick,
            Expected::exit(0)
                .equals("usb-token/code", "usb-token.commfides-found")
                .contains("usb-token/summary", "Commfides e-ID (found by usb)")
                .equals("usb-token/details/matched_devices/0/vid", "1a2b")
                .equals("usb-token/details/matched_devices/0/pid", "3c4d")
                .equals(
                    "usb-token/details/matched_devices/0/shape",
                    "smart-card-with-memory",
                ),
        ),
        Case::new(
            "an_unknown_smart_card_device_is_unconfirmed",
            unknown_token_and_keyboard,
            // A warning is not a failure.
            Expected::exit(0)
                .equals("usb-token/code", "usb-token.unconfirmed")
                .equals("usb-token/status", "warn")
                .contains("usb-token/summary", "096e:0608 Feitian Secure Token")
                .contains("usb-token/guidance", "usb_ids"),
        ),
        Case {
            profile: Some(ADD_FEITIAN),
            ..Case::new(
                "an_unknown_smart_card_device_a_profile_adds_is_found",
                unknown_token_and_keyboard,
                Expected::exit(0)
                    .equals("usb-token/code", "usb-token.commfides-found")
                    .equals("usb-token/details/matched_devices/0/id", "096e:0608"),
            )
        },
        Case::new(
            "a_keyboard_is_not_a_stick",
            |root| keyboard(root, "1-1"),
            Expected::exit(0)
                .equals("usb-token/code", "usb-token.not-found")
                .equals("usb-token/status", "absent"),
        ),
        Case {
            args: &["--method", "commfides"],
            ..Case::new(
                "a_keyboard_is_not_a_stick_and_commfides_needs_one",
                |root| keyboard(root, "1-1"),
                Expected::exit(1).equals("usb-token/status", "fail"),
            )
        },
        Case::new(
            "a_garbled_tree_is_no_panic_and_no_failure",
            garbled,
            Expected::exit(0)
                .equals("usb-token/code", "usb-token.not-found")
                .equals("usb-token/details/routes/usb/devices", 0),
        ),
        Case {
            sysfs: "no/such/sysfs",
            args: &["-v"],
            ..Case::new(
                "no_usb_at_all_is_information_and_other_routes_still_run",
                nothing,
                Expected::exit(0)
                    .equals("usb-token/code", "usb-token.not-found")
                    .findings(
                        "usb-token",
                        &["usb-token.not-found", "usb-token.usb-unavailable"],
                    )
                    .equals("usb-token/details/routes/usb/tried", false)
                    .equals("usb-token/details/routes/storage/tried", true),
            )
        },
        Case {
            reader: Some("Commfides e-ID Token"),
            only: "usb-token,card-reader",
            ..Case::new(
                "the_pcsc_route_finds_a_reader_named_commfides",
                nothing,
                Expected::exit(0)
                    .equals("usb-token/code", "usb-token.commfides-found")
                    .contains("usb-token/summary", "(found by pcsc)")
                    .equals(
                        "usb-token/details/matched_readers/0/name",
                        "Commfides e-ID Token 00 00",
                    ),
            )
        },
        Case {
            reader: Some("Generic Smart Card Reader"),
            ..Case::new(
                "the_pcsc_route_ignores_other_readers",
                nothing,
                Expected::any_exit()
                    .equals("usb-token/code", "usb-token.not-found")
                    .equals("usb-token/details/routes/pcsc/tried", true),
            )
        },
        // A profile that names this reader finds it, end to end.
        Case {
            reader: Some("Generic Smart Card Reader"),
            profile: Some(ADD_GENERIC_READER),
            ..Case::new(
                "the_pcsc_route_finds_a_reader_a_profile_names",
                nothing,
                Expected::any_exit().equals("usb-token/code", "usb-token.commfides-found"),
            )
        },
    ]
}

#[test]
fn usb_token_cases() {
    each_case(&cases(), |case| case.name, Case::run);
}
