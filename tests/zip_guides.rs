//! The Windows zip's guides, README.txt and LES-MEG.txt: cut out of README.md by
//! dist/zip-texts.sh, a page each, readable in any Notepad, and true of loginsjekk itself
//! (its helpline number, its options, its words for "Press Enter to close").
// Linux only: runs dist/zip-texts.sh with bash, as the release workflow does on its Linux
// runner (dist/github/ci.yml runs these on Linux).
#![cfg(target_os = "linux")]

mod support;

use std::path::Path;
use std::process::Command;

use support::Sandbox;

const GUIDES: [(&str, &str); 2] = [("README.txt", "en"), ("LES-MEG.txt", "nb")];

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The guides as dist/zip-texts.sh writes them, by file name.
fn written(sb: &Sandbox) -> Vec<(String, Vec<u8>)> {
    let out = sb.path("zip");
    let status = Command::new("bash")
        .arg(repo().join("dist/zip-texts.sh"))
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    GUIDES
        .iter()
        .map(|(name, _)| (name.to_string(), std::fs::read(out.join(name)).unwrap()))
        .collect()
}

/// The block after `<!-- NAME -->` in README.md, read here independently of the script.
fn readme_block(name: &str) -> String {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let after = readme
        .split_once(&format!("<!-- {name} -->\n```text\n"))
        .unwrap_or_else(|| panic!("README.md has no block for {name}"))
        .1;
    after.split_once("\n```\n").unwrap().0.to_owned() + "\n"
}

/// The text a guide holds, without its byte order mark and Windows line endings.
fn text_of(bytes: &[u8]) -> String {
    let text = std::str::from_utf8(bytes).unwrap();
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a UTF-8 byte order mark");
    assert!(
        !text.replace("\r\n", "").contains('\n') && !text.replace("\r\n", "").contains('\r'),
        "every line ends in CRLF"
    );
    text.replace("\r\n", "\n")
}

#[test]
fn the_guides_are_the_readme_blocks_a_page_each() {
    let sb = Sandbox::new();
    for (name, bytes) in written(&sb) {
        let text = text_of(&bytes);
        assert_eq!(text, readme_block(&name), "{name}");
        assert!(text.lines().count() <= 60, "{name} is longer than a page");
        for line in text.lines() {
            assert!(line.chars().count() <= 80, "{name}: {line}");
        }
    }
}

#[test]
fn the_guides_say_what_loginsjekk_does_and_says() {
    let sb = Sandbox::new();
    let profile: toml::Value =
        toml::from_str(&std::fs::read_to_string(repo().join("src/profile/default.toml")).unwrap())
            .unwrap();
    let phone = profile["helpline"]["phone"].as_str().unwrap();
    let help = String::from_utf8(sb.cmd().arg("--help").output().unwrap().stdout).unwrap();
    for ((name, bytes), (_, lang)) in written(&sb).into_iter().zip(GUIDES) {
        let text = text_of(&bytes);
        assert!(text.contains(&format!(": {phone}\n")), "{name}: helpline");
        for must in [
            "loginsjekk.exe",
            "PowerShell",
            "ID-porten",
            "--output",
            "--lang",
        ] {
            assert!(text.contains(must), "{name}: {must}");
        }
        // The words the window ends with are the program's own.
        let ftl = std::fs::read_to_string(repo().join(format!("locales/{lang}/app.ftl"))).unwrap();
        let press_enter = ftl
            .lines()
            .find_map(|l| l.strip_prefix("press-enter = "))
            .unwrap();
        assert!(
            text.to_lowercase().contains(&press_enter.to_lowercase()),
            "{name}: {press_enter}"
        );
        // Every option shown exists, and every method named is one loginsjekk knows.
        for word in text.split_whitespace() {
            if let Some(option) = word.strip_prefix("--") {
                assert!(help.contains(&format!("--{option}")), "{name}: --{option}");
            }
        }
        let methods = text
            .split_once("(bankid,")
            .map(|(_, rest)| format!("bankid,{}", rest.split_once(')').unwrap().0))
            .unwrap_or_else(|| panic!("{name} lists the login methods"));
        let methods: String = methods.split_whitespace().collect();
        sb.report()
            .args(["--method", &methods, "--format", "json"])
            .assert()
            .code(1);
        // The example support code is one the helpline can decode.
        let code = text
            .split_whitespace()
            .map(|w| w.trim_end_matches([',', '.']))
            .find(|w| w.len() == 14 && w.matches('-').count() == 2)
            .unwrap_or_else(|| panic!("{name} shows a support code"));
        sb.cmd().args(["decode", code]).assert().code(0);
    }
}
