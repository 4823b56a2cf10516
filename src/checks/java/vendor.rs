//! Who built a Java: from the text of `java -version`, or a `release` file's `IMPLEMENTOR`.

use serde::Serialize;

/// A Java vendor or distribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Vendor {
    Oracle,
    /// Oracle's OpenJDK builds (jdk.java.net).
    OracleOpenjdk,
    /// Eclipse Temurin (Adoptium).
    Temurin,
    AdoptOpenjdk,
    AzulZulu,
    AmazonCorretto,
    Microsoft,
    RedHat,
    /// IBM Semeru (OpenJ9).
    IbmSemeru,
    EclipseOpenj9,
    Graalvm,
    BellsoftLiberica,
    SapMachine,
    /// Debian's or Ubuntu's own OpenJDK packages.
    DebianUbuntu,
    Jetbrains,
    AlibabaDragonwell,
    TencentKona,
    Apple,
    /// An OpenJDK build that names no vendor.
    Openjdk,
    Unknown,
}

impl Vendor {
    /// The name people know it by.
    pub fn name(self) -> &'static str {
        match self {
            Vendor::Oracle => "Oracle",
            Vendor::OracleOpenjdk => "Oracle OpenJDK",
            Vendor::Temurin => "Eclipse Temurin",
            Vendor::AdoptOpenjdk => "AdoptOpenJDK",
            Vendor::AzulZulu => "Azul Zulu",
            Vendor::AmazonCorretto => "Amazon Corretto",
            Vendor::Microsoft => "Microsoft",
            Vendor::RedHat => "Red Hat",
            Vendor::IbmSemeru => "IBM Semeru",
            Vendor::EclipseOpenj9 => "Eclipse OpenJ9",
            Vendor::Graalvm => "GraalVM",
            Vendor::BellsoftLiberica => "BellSoft Liberica",
            Vendor::SapMachine => "SapMachine",
            Vendor::DebianUbuntu => "Debian/Ubuntu",
            Vendor::Jetbrains => "JetBrains",
            Vendor::AlibabaDragonwell => "Alibaba Dragonwell",
            Vendor::TencentKona => "Tencent Kona",
            Vendor::Apple => "Apple",
            Vendor::Openjdk => "OpenJDK",
            Vendor::Unknown => "unknown",
        }
    }
}

/// Words that name a vendor wherever they appear, most specific first.
const MARKERS: &[(&str, Vendor)] = &[
    ("graalvm", Vendor::Graalvm),
    ("semeru", Vendor::IbmSemeru),
    ("temurin", Vendor::Temurin),
    ("eclipse adoptium", Vendor::Temurin),
    ("adoptopenjdk", Vendor::AdoptOpenjdk),
    ("zulu", Vendor::AzulZulu),
    ("azul", Vendor::AzulZulu),
    ("corretto", Vendor::AmazonCorretto),
    ("amazon", Vendor::AmazonCorretto),
    ("microsoft", Vendor::Microsoft),
    ("red_hat", Vendor::RedHat),
    ("red hat", Vendor::RedHat),
    ("redhat", Vendor::RedHat),
    ("liberica", Vendor::BellsoftLiberica),
    ("bellsoft", Vendor::BellsoftLiberica),
    ("sapmachine", Vendor::SapMachine),
    ("dragonwell", Vendor::AlibabaDragonwell),
    ("kona", Vendor::TencentKona),
    ("jetbrains", Vendor::Jetbrains),
    ("jbr-", Vendor::Jetbrains),
    ("debian", Vendor::DebianUbuntu),
    ("ubuntu", Vendor::DebianUbuntu),
    ("icedtea", Vendor::DebianUbuntu),
    ("eclipse openj9", Vendor::EclipseOpenj9),
    ("oracle corporation", Vendor::Oracle),
];

/// The vendor named in some text, if any.
pub fn named_in(text: &str) -> Option<Vendor> {
    let lower = text.to_ascii_lowercase();
    MARKERS
        .iter()
        .find(|(word, _)| lower.contains(word))
        .map(|(_, vendor)| *vendor)
}

/// The vendor of a `java -version` output, given its lines after the `version` line.
pub fn from_version_output(version_line: &str, rest: &[&str]) -> Vendor {
    let all = rest.join("\n");
    if let Some(vendor) = named_in(&all) {
        return vendor;
    }
    let runtime = rest.first().copied().unwrap_or_default();
    if version_line.starts_with("java version") {
        // Apple's own Java 5 and 6 builds: "(build 1.5.0_16-b06-284)".
        if runtime.contains("Java(TM) 2 Runtime Environment") && has_apple_build(runtime) {
            return Vendor::Apple;
        }
        return Vendor::Oracle;
    }
    // Debian and Ubuntu built Java 8 as "1.8.0_45-internal".
    if version_line.contains("-internal\"") && version_line.contains("\"1.") {
        return Vendor::DebianUbuntu;
    }
    // Oracle's jdk.java.net builds end in a plain build number: "(build 17.0.1+12-39)".
    if oracle_openjdk_build(runtime) {
        return Vendor::OracleOpenjdk;
    }
    // Liberica marks its LTS builds and names nothing else: "(build 11.0.17+7-LTS)".
    if version_line.trim_end().ends_with("LTS") && runtime.trim() == runtime_build_only(runtime) {
        return Vendor::BellsoftLiberica;
    }
    Vendor::Openjdk
}

fn has_apple_build(runtime: &str) -> bool {
    build_of(runtime).is_some_and(|build| {
        let parts: Vec<&str> = build.split('-').collect();
        parts.len() == 3
            && parts[1].starts_with('b')
            && parts[2].bytes().all(|b| b.is_ascii_digit())
    })
}

fn oracle_openjdk_build(runtime: &str) -> bool {
    build_of(runtime).is_some_and(|build| {
        build
            .split_once('+')
            .and_then(|(_, tail)| tail.split_once('-'))
            .is_some_and(|(number, suffix)| {
                number.bytes().all(|b| b.is_ascii_digit())
                    && !suffix.is_empty()
                    && suffix.bytes().all(|b| b.is_ascii_digit())
            })
    })
}

/// "OpenJDK Runtime Environment (build X)" with nothing else: returns the line when it has that shape.
fn runtime_build_only(runtime: &str) -> &str {
    let trimmed = runtime.trim();
    match trimmed.strip_prefix("OpenJDK Runtime Environment (build ") {
        Some(rest) if rest.ends_with(')') && !rest.contains('(') => trimmed,
        _ => "",
    }
}

/// The text inside "(build …)".
fn build_of(line: &str) -> Option<&str> {
    let start = line.find("(build ")? + "(build ".len();
    let end = line[start..].find([')', ','])? + start;
    Some(line[start..end].trim())
}

/// The vendor from a `release` file's fields.
pub fn from_release(
    implementor: Option<&str>,
    build_type: Option<&str>,
    has_source: bool,
) -> Vendor {
    match implementor {
        Some(name) if name.to_ascii_lowercase().contains("oracle") => Vendor::Oracle,
        Some(name) => named_in(name).unwrap_or(Vendor::Openjdk),
        None if build_type == Some("commercial") => Vendor::Oracle,
        // The OpenJDK reference builds for Java 8 name no implementor but record their sources.
        None if has_source => Vendor::OracleOpenjdk,
        None => Vendor::Unknown,
    }
}
