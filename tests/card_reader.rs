//! The card-reader check and `loginsjekk card` through the real PC/SC stack: a private pcscd
//! with vsmartcard's vpcd virtual readers and virtual cards (tests/support/pcsc.rs).
//! Every test that inserts a card asserts that loginsjekk sent it no command.
// Linux only: a private pcscd with the vsmartcard-vpcd virtual reader
// (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

#[path = "support/pcsc.rs"]
mod pcsc;
mod support;

use std::io::{BufRead, BufReader, Read};
use std::process::Command;
use std::time::{Duration, Instant};

use pcsc::{Behaviour, Holder, Pcscd, VirtualCard};
use serde_json::Value;
use support::{check_of, fixture, run_json, Sandbox};

const BUYPASS: &str = "3B 9F 96 40 0A 80 31 E0 6B 04 20 05 02 58 55 55 55 55 55 55";
const ICELAND: &str = "3B 6F 00 00 80 31 E0 6B 04 21 05 02 6C 55 55 55 55 55 55";
const SERBIAN_BANK: &str = "3B 9F 96 40 0A 80 31 E0 6B 04 21 05 02 6C 55 55 55 55 55 55";
const VISA: &str = "3B 8E 80 01 80 31 80 66 B1 84 0C 01 6E 01 83 00 90 00 1C";

fn bytes(atr: &str) -> Vec<u8> {
    atr.split_whitespace()
        .map(|b| u8::from_str_radix(b, 16).unwrap())
        .collect()
}

/// A sandbox whose list of known cards is the test fixture.
fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    std::fs::copy(fixture("smartcard_list.txt"), sb.path("smartcard_list.txt")).unwrap();
    sb
}

fn check(sb: &Sandbox, pcscd: &Pcscd, extra: &[&str]) -> (i32, Value) {
    let (code, report) = run_json(
        sb.offline()
            .env("PCSCLITE_CSOCK_NAME", &pcscd.socket)
            .env("XDG_CACHE_HOME", sb.dir.path())
            .env("HOME", sb.dir.path())
            .args(["--only", "card-reader", "--format", "json"])
            .args(extra),
    );
    (code, report["checks"][0].clone())
}

/// The card's own finding: the check's first (Javafri's, when judged, follows it).
fn card_finding(report: &Value) -> &Value {
    &report["findings"][0]
}

/// Runs the check until pcscd has noticed what the test just did (it polls its readers).
fn check_until(sb: &Sandbox, pcscd: &Pcscd, expected_code: &str) -> (i32, Value) {
    let started = Instant::now();
    loop {
        let (code, report) = check(sb, pcscd, &[]);
        if card_finding(&report)["code"] == expected_code
            || started.elapsed() > Duration::from_secs(10)
        {
            return (code, report);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn missing_smart_card_software_is_a_failure_only_with_a_reader_plugged_in() {
    let sb = sandbox();
    let run = |sb: &Sandbox| {
        run_json(
            sb.offline()
                .env(
                    "LOGINSJEKK_TEST_PCSC_LIBRARY",
                    sb.path("no/libpcsclite.so.1"),
                )
                .args(["--format", "json"]),
        )
        .1
    };
    // No software and no reader: this computer is not set up for a smart card, which is no fault.
    let report = run(&sb);
    let card = check_of(&report, "card-reader");
    assert_eq!(
        (card["code"].as_str(), card["status"].as_str()),
        (Some("card-reader.not-set-up"), Some("absent"))
    );
    assert_eq!(card["details"]["pcsc"]["library"]["state"], "missing");
    assert_eq!(check_of(&report, "system")["code"], "system.ok");
    // A reader on USB (interface class 0B) without the software: a failure that says so.
    sb.plug_in_card_reader();
    let report = run(&sb);
    let card = check_of(&report, "card-reader");
    assert_eq!(
        (card["code"].as_str(), card["status"].as_str()),
        (Some("card-reader.no-pcsc-library"), Some("fail"))
    );
    assert!(card["summary"].as_str().unwrap().contains("CardMan 3121"));
    assert!(card["guidance"]
        .to_string()
        .contains("sudo apt install pcscd"));
    assert_eq!(check_of(&report, "system")["code"], "system.ok");
}

#[test]
fn no_service_is_a_failure_only_with_a_reader_plugged_in() {
    let sb = sandbox();
    let run = |sb: &Sandbox| {
        run_json(
            sb.offline()
                .env("PCSCLITE_CSOCK_NAME", Pcscd::nowhere())
                .args(["--only", "card-reader", "--format", "json"]),
        )
    };
    let (code, report) = run(&sb);
    assert_eq!(code, 0);
    assert_eq!(report["checks"][0]["code"], "card-reader.not-set-up");
    assert_eq!(
        report["checks"][0]["summary"],
        "No card reader software or card reader on this computer"
    );
    sb.plug_in_card_reader();
    let (code, report) = run(&sb);
    assert_eq!(code, 1);
    let card = &report["checks"][0];
    assert_eq!(card["code"], "card-reader.service-unavailable");
    assert_eq!(card["details"]["pcsc"]["service"]["state"], "unavailable");
    assert!(
        card["summary"].as_str().unwrap().starts_with(
            "A card reader is connected (CardMan 3121), but the smart card service is not running"
        ),
        "{card:#}"
    );
    // The step for this operating system only.
    let guidance = card["guidance"].to_string();
    assert!(guidance.contains("systemctl"), "{guidance}");
    assert!(
        !guidance.contains("Windows") && !guidance.contains("Mac"),
        "{guidance}"
    );
}

#[test]
fn no_reader_is_absent_unless_the_method_needs_one() {
    let sb = sandbox();
    let pcscd = Pcscd::without_readers();
    let (code, report) = check(&sb, &pcscd, &[]);
    assert_eq!(
        (code, report["code"].as_str(), report["status"].as_str()),
        (0, Some("card-reader.no-reader"), Some("absent"))
    );
    let (code, report) = check(&sb, &pcscd, &["--method", "buypass-smartcard"]);
    assert_eq!((code, report["status"].as_str()), (1, Some("fail")));
    // BankID needs no reader; with --only card-reader its portal checks did not run, so the
    // answer is "not checked", never yes.
    let (code, report) = check(&sb, &pcscd, &["--method", "bankid"]);
    assert_eq!((code, report["status"].as_str()), (1, Some("absent")));
}

#[test]
fn empty_reader() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Empty Reader");
    let (code, report) = check(&sb, &pcscd, &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(card_finding(&report)["code"], "card-reader.no-card");
    assert_eq!(report["status"], "absent");
    assert!(card_finding(&report)["message"]
        .as_str()
        .unwrap()
        .contains("Empty Reader 00 00"));
    let (code, report) = check(&sb, &pcscd, &["--method", "buypass-smartcard"]);
    assert_eq!((code, report["status"].as_str()), (1, Some("fail")));
}

#[test]
fn every_buypass_atr_in_the_profile_is_recognised() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    let profile = include_str!("../src/profile/default.toml");
    let atrs: Vec<&str> = profile
        .lines()
        .filter_map(|l| l.strip_prefix("atr = \"").and_then(|l| l.strip_suffix('"')))
        .collect();
    assert_eq!(atrs.len(), 9);
    for atr in atrs {
        let card = VirtualCard::insert(pcscd.port(0), &bytes(atr), Behaviour::Normal);
        let (code, report) = check_until(&sb, &pcscd, "card-reader.buypass-card");
        assert_eq!(code, 0, "{atr}: {report:#}");
        assert_eq!(
            card_finding(&report)["code"],
            "card-reader.buypass-card",
            "{atr}"
        );
        // Buypass makes Javafri for Windows and macOS only: here the check says it cannot look.
        assert_eq!(
            (
                report["findings"][1]["code"].as_str(),
                report["status"].as_str()
            ),
            (Some("card-reader.javafri-unchecked"), Some("warn"))
        );
        assert_eq!(report["details"]["readers"][0]["atr"], atr);
        assert!(card.remove().is_empty(), "an APDU was sent to {atr}");
        check_until(&sb, &pcscd, "card-reader.no-card");
    }
}

#[test]
fn norsk_tipping_card_gets_the_upgrade_note() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    let card = VirtualCard::insert(
        pcscd.port(0),
        &bytes("3B 9F 96 40 0A 80 31 E0 6B 04 31 05 02 A8 55 55 55 55 55 55"),
        Behaviour::Normal,
    );
    let (_, report) = check_until(&sb, &pcscd, "card-reader.buypass-card");
    let summary = card_finding(&report)["message"].as_str().unwrap();
    assert!(
        summary.starts_with("Norsk Tipping player card (Buypass ID) in \"Reader 00 00\""),
        "{summary}"
    );
    assert!(
        summary.contains("valid for 8 years") && summary.contains("must be upgraded"),
        "{summary}"
    );
    assert!(card.remove().is_empty());
}

#[test]
fn lookalike_cards_are_not_buypass_cards() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    for (atr, words) in [
        (ICELAND, "it looks like Icelandic Electronic ID (eID)"),
        (
            SERBIAN_BANK,
            "this looks like a payment card: Banca Intesa (Bank)",
        ),
    ] {
        let card = VirtualCard::insert(pcscd.port(0), &bytes(atr), Behaviour::Normal);
        let (code, report) = check_until(&sb, &pcscd, "card-reader.not-buypass");
        assert_eq!(code, 1);
        assert_eq!(
            card_finding(&report)["code"],
            "card-reader.not-buypass",
            "{atr}"
        );
        assert!(
            card_finding(&report)["message"]
                .as_str()
                .unwrap()
                .contains(words),
            "{}",
            card_finding(&report)["message"]
        );
        assert!(card.remove().is_empty());
        check_until(&sb, &pcscd, "card-reader.no-card");
    }
}

#[test]
fn payment_card_is_named_and_bankid_explained() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    let card = VirtualCard::insert(pcscd.port(0), &bytes(VISA), Behaviour::Normal);
    let (code, report) = check_until(&sb, &pcscd, "card-reader.not-buypass");
    assert_eq!(code, 1);
    assert!(
        card_finding(&report)["message"]
            .as_str()
            .unwrap()
            .ends_with("this looks like a payment card: Visa (Sparebank 1) (Bank)"),
        "{}",
        card_finding(&report)["message"]
    );
    assert!(report["guidance"]
        .to_string()
        .contains("BankID is not a card"));
    assert_eq!(report["details"]["readers"][0]["card"]["kind"], "payment");
    assert!(card.remove().is_empty());
}

#[test]
fn unknown_card_shows_its_atr() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    let card = VirtualCard::insert(pcscd.port(0), &[0x3B, 0x02, 0x14, 0x50], Behaviour::Normal);
    let (code, report) = check_until(&sb, &pcscd, "card-reader.unknown-card");
    assert_eq!((code, report["status"].as_str()), (0, Some("warn")));
    assert!(card_finding(&report)["message"]
        .as_str()
        .unwrap()
        .contains("ATR 3B 02 14 50"));
    assert!(card.remove().is_empty());
}

#[test]
fn mute_card_is_unresponsive() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    let card = VirtualCard::insert(pcscd.port(0), &bytes(BUYPASS), Behaviour::Mute);
    let (code, report) = check_until(&sb, &pcscd, "card-reader.card-unresponsive");
    assert_eq!(
        (code, card_finding(&report)["code"].as_str()),
        (1, Some("card-reader.card-unresponsive"))
    );
    assert!(card.remove().is_empty());
}

#[test]
fn card_held_by_another_program_is_in_use() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    let card = VirtualCard::insert(pcscd.port(0), &bytes(BUYPASS), Behaviour::Normal);
    check_until(&sb, &pcscd, "card-reader.buypass-card");
    let holder = Holder::hold(&pcscd, &pcscd.slot(0));
    let (code, report) = check_until(&sb, &pcscd, "card-reader.card-in-use");
    assert_eq!((code, report["status"].as_str()), (0, Some("warn")));
    assert!(card_finding(&report)["message"]
        .as_str()
        .unwrap()
        .contains("(Buypass ID card)"));
    drop(holder);
    assert!(card.remove().is_empty());
}

#[test]
fn the_best_of_two_readers_is_reported_and_all_are_listed() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    let bank = VirtualCard::insert(pcscd.port(0), &bytes(VISA), Behaviour::Normal);
    check_until(&sb, &pcscd, "card-reader.not-buypass");
    let buypass = VirtualCard::insert(pcscd.port(1), &bytes(BUYPASS), Behaviour::Normal);
    let (code, report) = check_until(&sb, &pcscd, "card-reader.buypass-card");
    assert_eq!(code, 0);
    assert!(
        card_finding(&report)["message"]
            .as_str()
            .unwrap()
            .contains("Reader 00 01"),
        "{report:#}"
    );
    let readers = report["details"]["readers"].as_array().unwrap();
    let codes: Vec<(&str, &str)> = readers
        .iter()
        .map(|r| (r["name"].as_str().unwrap(), r["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        codes,
        [
            ("Reader 00 00", "card-reader.not-buypass"),
            ("Reader 00 01", "card-reader.buypass-card")
        ]
    );
    assert!(bank.remove().is_empty());
    assert!(buypass.remove().is_empty());
}

#[test]
fn the_full_default_check_sends_no_apdu_to_a_buypass_card() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    let card = VirtualCard::insert(pcscd.port(0), &bytes(BUYPASS), Behaviour::Normal);
    check_until(&sb, &pcscd, "card-reader.buypass-card");
    for args in [
        vec!["--format", "json"],
        vec!["-v"],
        vec!["--format", "junit"],
    ] {
        let output = sb
            .report()
            .env("PCSCLITE_CSOCK_NAME", &pcscd.socket)
            .args(&args)
            .output()
            .unwrap();
        assert!(output.status.code().is_some());
    }
    sb.cmd()
        .env("PCSCLITE_CSOCK_NAME", &pcscd.socket)
        .arg("card")
        .output()
        .unwrap();
    assert!(
        card.remove().is_empty(),
        "loginsjekk sent a command to the card"
    );
}

fn card_command(sb: &Sandbox, pcscd: &Pcscd, args: &[&str]) -> std::process::Child {
    pcscd.loginsjekk(sb.dir.path(), "en_US.UTF-8", &[&["card"], args].concat())
}

#[test]
fn card_lists_readers_at_once() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    let card = VirtualCard::insert(pcscd.port(1), &bytes(BUYPASS), Behaviour::Normal);
    check_until(&sb, &pcscd, "card-reader.buypass-card");
    let output = card_command(&sb, &pcscd, &[]).wait_with_output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert_eq!(
        text,
        "Card readers:\n  1. \"Reader 00 00\": no card\n  2. \"Reader 00 01\": Buypass ID card\n"
    );
    drop(card);
    check_until(&sb, &pcscd, "card-reader.no-card");
    let output = card_command(&sb, &pcscd, &["--format", "json"])
        .wait_with_output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "no Buypass card seen");
    let listing: Value = support::parse_json(&output.stdout, &output.stderr);
    assert_eq!(listing["event"], "readers");
    assert_eq!(listing["readers"][1]["card_present"], false);
}

#[test]
fn card_wait_sees_an_insertion_made_after_it_started() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    let mut child = card_command(&sb, &pcscd, &["--wait", "20", "--format", "json"]);
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    // Wait for the initial listing before inserting.
    let mut line = String::new();
    while !line.contains("\"event\":\"waiting\"") {
        line.clear();
        assert!(stdout.read_line(&mut line).unwrap() > 0, "card ended early");
    }
    let card = VirtualCard::insert(pcscd.port(0), &bytes(BUYPASS), Behaviour::Normal);
    let started = Instant::now();
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let status = child.wait().unwrap();
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(status.code(), Some(0), "{rest}");
    let events: Vec<Value> = rest
        .lines()
        .map(|l| support::parse_json(l.as_bytes(), b""))
        .collect();
    let inserted = events.last().unwrap();
    assert_eq!(inserted["event"], "card-inserted");
    assert_eq!(inserted["reader"], "Reader 00 00");
    assert_eq!(inserted["card"]["kind"], "buypass-id");
    assert!(card.remove().is_empty());
}

#[test]
fn card_wait_in_text_names_the_card() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    let mut child = card_command(&sb, &pcscd, &["--wait", "20"]);
    std::thread::sleep(Duration::from_millis(700));
    let card = VirtualCard::insert(pcscd.port(1), &bytes(VISA), Behaviour::Normal);
    let mut text = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    assert_eq!(
        child.wait().unwrap().code(),
        Some(1),
        "a payment card is not a Buypass card: {text}"
    );
    assert!(
        text.contains("Waiting up to 20 seconds for a card to be inserted"),
        "{text}"
    );
    assert!(text.ends_with("Card inserted in \"Reader 00 01\": not a Buypass card: a payment card (Visa (Sparebank 1) (Bank))\n"), "{text}");
    assert!(card.remove().is_empty());
}

#[test]
fn card_wait_times_out_when_nothing_happens() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    let started = Instant::now();
    let output = card_command(&sb, &pcscd, &["--wait", "1"])
        .wait_with_output()
        .unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout)
        .ends_with("No card was inserted within 1 second.\n"));
}

#[test]
fn ctrl_c_ends_the_wait_cleanly() {
    let sb = sandbox();
    let pcscd = Pcscd::start("Reader");
    let child = card_command(&sb, &pcscd, &["--wait", "30"]);
    std::thread::sleep(Duration::from_millis(800));
    let started = Instant::now();
    // SAFETY: sending SIGINT to our own child process.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let output = child.wait_with_output().unwrap();
    assert!(started.elapsed() < Duration::from_secs(3));
    assert_eq!(output.status.code(), Some(1));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_binary_does_not_link_pcsc_lite() {
    let output = Command::new("ldd")
        .arg(assert_cmd::cargo::cargo_bin("loginsjekk"))
        .output()
        .unwrap();
    let libraries = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{libraries}");
    assert!(libraries.contains("libc.so"), "{libraries}");
    assert!(!libraries.contains("pcsclite"), "{libraries}");
}

/// `card` on a computer without the smart card software, or without its service, says which,
/// in each language, and ends with exit code 1 (a Fluent error here once ended it in a crash).
#[test]
fn card_without_the_software_or_the_service_says_which() {
    let sb = sandbox();
    let missing = sb.path("no-libpcsclite.so");
    let cases: [(Option<&std::path::Path>, &str, &str); 4] = [
        (
            Some(&missing),
            "en",
            "The smart card software (PC/SC) is not installed on this computer",
        ),
        (
            Some(&missing),
            "nb",
            "Programvaren for smartkort (PC/SC) er ikke installert på denne datamaskinen",
        ),
        (
            None,
            "en",
            "The smart card service is not running (SCARD_E_NO_SERVICE)",
        ),
        (
            None,
            "nb",
            "Smartkorttjenesten kjører ikke (SCARD_E_NO_SERVICE)",
        ),
    ];
    for (library, lang, first_line) in cases {
        let mut cmd = sb.cmd();
        if let Some(library) = library {
            cmd.env("LOGINSJEKK_TEST_PCSC_LIBRARY", library);
        }
        let output = cmd
            .args(["card", "--timeout", "2", "--lang", lang])
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{lang}: {stdout}{stderr}");
        assert_eq!(stdout.lines().next(), Some(first_line), "{lang}: {stdout}");
        assert!(
            stdout.lines().nth(1).is_some_and(|l| l.starts_with("  → ")),
            "{stdout}"
        );
        assert!(stderr.is_empty(), "{lang}: {stderr}");
    }
}
