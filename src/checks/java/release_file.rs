//! Parses a Java installation's `release` file (`KEY="value"` lines). Total, like the
//! `java -version` parser.

use super::vendor::from_release;
use super::version::JavaVersion;
use super::{Bits, JavaInfo};

pub fn parse(text: &str) -> JavaInfo {
    let value = |key: &str| {
        text.lines().find_map(|line| {
            let (k, v) = line.trim_end_matches('\r').split_once('=')?;
            (k.trim() == key).then(|| v.trim().trim_matches('"').to_owned())
        })
    };
    let version = value("JAVA_VERSION").and_then(|v| JavaVersion::parse(&v));
    let bits = match value("OS_ARCH").as_deref() {
        Some(arch) if arch.contains("64") || arch == "s390x" || arch == "sparcv9" => Bits::B64,
        Some("i386" | "i486" | "i586" | "i686" | "x86" | "arm" | "armv7l" | "ppc" | "sparc") => {
            Bits::B32
        }
        _ => Bits::Unknown,
    };
    JavaInfo {
        vendor: from_release(
            value("IMPLEMENTOR").as_deref(),
            value("BUILD_TYPE").as_deref(),
            value("SOURCE").is_some(),
        ),
        version,
        bits,
    }
}
