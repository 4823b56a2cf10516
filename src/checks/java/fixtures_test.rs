//! Every recorded `java -version` output and `release` file in `fixtures/java/` parses to the
//! values in its `expected.tsv`.

use super::vendor::Vendor;
use super::{release_file, version_output, Bits};

/// The vendor names `expected.tsv` uses, and ours.
fn vendor(name: &str) -> Vendor {
    match name {
        "Oracle" => Vendor::Oracle,
        "Oracle OpenJDK" => Vendor::OracleOpenjdk,
        "Temurin/Adoptium" => Vendor::Temurin,
        "AdoptOpenJDK" => Vendor::AdoptOpenjdk,
        "Azul Zulu" => Vendor::AzulZulu,
        "Amazon Corretto" => Vendor::AmazonCorretto,
        "IBM Semeru/OpenJ9" => Vendor::IbmSemeru,
        "Eclipse OpenJ9" => Vendor::EclipseOpenj9,
        "GraalVM" => Vendor::Graalvm,
        "Liberica" => Vendor::BellsoftLiberica,
        "SapMachine" => Vendor::SapMachine,
        "Debian/Ubuntu OpenJDK" => Vendor::DebianUbuntu,
        "JetBrains" => Vendor::Jetbrains,
        "Alibaba Dragonwell" => Vendor::AlibabaDragonwell,
        "Apple" => Vendor::Apple,
        "OpenJDK (unbranded/distro build)" => Vendor::Openjdk,
        "unknown" => Vendor::Unknown,
        other => panic!("expected.tsv names a vendor the test does not map: {other}"),
    }
}

#[test]
fn every_fixture_parses_to_its_expected_values() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/java");
    let table = std::fs::read_to_string(format!("{dir}/expected.tsv")).unwrap();
    let mut checked = 0;
    for row in table.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let fields: Vec<&str> = row.split('\t').collect();
        let [file, feature, full, vendor_name, bits, ..] = fields[..] else {
            panic!("bad row: {row}")
        };
        let text = std::fs::read_to_string(format!("{dir}/{file}")).unwrap();
        let info = if file.starts_with("release-files/") {
            release_file::parse(&text)
        } else {
            version_output::parse(&text)
        };
        let version = info
            .version
            .as_ref()
            .unwrap_or_else(|| panic!("{file}: no version"));
        assert_eq!(version.text, full, "{file}");
        assert_eq!(version.feature.to_string(), feature, "{file}");
        assert_eq!(info.vendor, vendor(vendor_name), "{file}");
        let expected_bits = match bits {
            "64" => Bits::B64,
            "32" => Bits::B32,
            _ => Bits::Unknown,
        };
        assert_eq!(info.bits, expected_bits, "{file}");
        checked += 1;
    }
    assert_eq!(checked, 54);
}
