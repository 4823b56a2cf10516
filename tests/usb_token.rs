//! The usb-token check: the USB route through sysfs-shaped fixture trees, the PC/SC route
//! through a real pcscd with a virtual reader, and profiles that add a stick's identifiers.
// Linux only: a private pcscd and a Linux sysfs-shaped USB tree
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

#[path = "support/pcsc.rs"]
mod pcsc;
mod support;

use pcsc::Pcscd;
use serde_json::Value;
use support::{run_json, usb_device, Sandbox};

fn usb_check(sb: &Sandbox, extra: &[&str]) -> (i32, Value) {
    let (code, report) = run_json(
        sb.offline()
            .args(["--only", "usb-token", "--format", "json"])
            .args(extra),
    );
    (code, report["checks"][0].clone())
}

const DEFAULT: &str = include_str!("../src/profile/default.toml");

#[test]
fn a_commfides_stick_with_smart_card_and_memory_is_found() {
    let sb = Sandbox::new();
    usb_device(
        &sb.path("usb"),
        "1-2",
        "1a2b",
        "3c4d",
        "Commfides Norge AS",
        "Commfides e-ID",
        &["0b", "08"],
    );
    let (code, check) = usb_check(&sb, &[]);
    assert_eq!(code, 0);
    assert_eq!(check["code"], "usb-token.commfides-found");
    assert!(
        check["summary"]
            .as_str()
            .unwrap()
            .contains("Commfides e-ID (found by usb)"),
        "{}",
        check["summary"]
    );
    let device = &check["details"]["matched_devices"][0];
    assert_eq!(
        (device["vid"].as_str(), device["pid"].as_str()),
        (Some("1a2b"), Some("3c4d"))
    );
    assert_eq!(device["shape"], "smart-card-with-memory");
}

#[test]
fn an_unknown_smart_card_device_is_unconfirmed_and_a_profile_can_add_it() {
    let sb = Sandbox::new();
    usb_device(
        &sb.path("usb"),
        "3-1.4",
        "096e",
        "0608",
        "Feitian",
        "Secure Token",
        &["0b", "08"],
    );
    usb_device(
        &sb.path("usb"),
        "3-2",
        "046d",
        "c31c",
        "Logitech",
        "USB Keyboard",
        &["03"],
    );
    let (code, check) = usb_check(&sb, &[]);
    assert_eq!(code, 0, "a warning is not a failure");
    assert_eq!(check["code"], "usb-token.unconfirmed");
    assert_eq!(check["status"], "warn");
    assert!(
        check["summary"]
            .as_str()
            .unwrap()
            .contains("096e:0608 Feitian Secure Token"),
        "{}",
        check["summary"]
    );
    assert!(check["guidance"].to_string().contains("usb_ids"));

    let profile = sb.write(
        "helpdesk.toml",
        &DEFAULT.replace("usb_ids = []", "usb_ids = [\"096e:0608\"]"),
    );
    let (code, check) = usb_check(&sb, &["--profile", profile.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(check["code"], "usb-token.commfides-found");
    assert_eq!(check["details"]["matched_devices"][0]["id"], "096e:0608");
}

#[test]
fn a_keyboard_is_not_a_stick_and_commfides_needs_one() {
    let sb = Sandbox::new();
    usb_device(
        &sb.path("usb"),
        "1-1",
        "046d",
        "c31c",
        "Logitech",
        "USB Keyboard",
        &["03"],
    );
    let (code, check) = usb_check(&sb, &[]);
    assert_eq!(
        (code, check["code"].as_str(), check["status"].as_str()),
        (0, Some("usb-token.not-found"), Some("absent"))
    );
    let (code, check) = usb_check(&sb, &["--method", "commfides"]);
    assert_eq!((code, check["status"].as_str()), (1, Some("fail")));
}

#[test]
fn a_garbled_tree_is_no_panic_and_no_failure() {
    let sb = Sandbox::new();
    let root = sb.path("usb");
    usb_device(
        &root,
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
    let (code, check) = usb_check(&sb, &[]);
    assert_eq!(code, 0);
    assert_eq!(check["code"], "usb-token.not-found");
    assert_eq!(check["details"]["routes"]["usb"]["devices"], 0);
}

#[test]
fn no_usb_at_all_is_information_and_other_routes_still_run() {
    let sb = Sandbox::new();
    let (code, report) = run_json(
        sb.offline()
            .env("LOGINSJEKK_TEST_USB_SYSFS", sb.path("no/such/sysfs"))
            .args(["--only", "usb-token", "--format", "json", "-v"]),
    );
    assert_eq!(code, 0);
    let check = &report["checks"][0];
    assert_eq!(check["code"], "usb-token.not-found");
    let findings: Vec<&str> = check["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        findings,
        ["usb-token.not-found", "usb-token.usb-unavailable"]
    );
    assert_eq!(check["details"]["routes"]["usb"]["tried"], false);
    assert_eq!(check["details"]["routes"]["storage"]["tried"], true);
}

#[test]
fn the_pcsc_route_finds_a_reader_named_commfides() {
    let sb = Sandbox::new();
    let pcscd = Pcscd::start("Commfides e-ID Token");
    let (code, report) = run_json(
        sb.offline()
            .env("PCSCLITE_CSOCK_NAME", &pcscd.socket)
            .args(["--only", "usb-token,card-reader", "--format", "json"]),
    );
    let usb = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "usb-token")
        .unwrap();
    assert_eq!(usb["code"], "usb-token.commfides-found", "{usb:#}");
    assert!(usb["summary"].as_str().unwrap().contains("(found by pcsc)"));
    assert_eq!(
        usb["details"]["matched_readers"][0]["name"],
        "Commfides e-ID Token 00 00"
    );
    assert_eq!(code, 0);
}

#[test]
fn the_pcsc_route_ignores_other_readers() {
    let sb = Sandbox::new();
    let pcscd = Pcscd::start("Generic Smart Card Reader");
    let (_, report) = run_json(
        sb.offline()
            .env("PCSCLITE_CSOCK_NAME", &pcscd.socket)
            .args(["--only", "usb-token", "--format", "json"]),
    );
    assert_eq!(report["checks"][0]["code"], "usb-token.not-found");
    assert_eq!(
        report["checks"][0]["details"]["routes"]["pcsc"]["tried"],
        true
    );
    // A profile that names this reader finds it, end to end.
    let profile = sb.write(
        "helpdesk.toml",
        &DEFAULT.replace(
            "reader_name_patterns = [\"Commfides\"]",
            "reader_name_patterns = [\"Commfides\", \"generic smart card\"]",
        ),
    );
    let (_, report) = run_json(
        sb.offline()
            .env("PCSCLITE_CSOCK_NAME", &pcscd.socket)
            .args([
                "--only",
                "usb-token",
                "--format",
                "json",
                "--profile",
                profile.to_str().unwrap(),
            ]),
    );
    assert_eq!(report["checks"][0]["code"], "usb-token.commfides-found");
}
