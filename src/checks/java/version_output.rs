//! Parses what `java -version` prints (on stderr). Total: any input gives an answer, and text
//! that is not a version gives "unknown version", never an error.

use super::vendor::{from_version_output, Vendor};
use super::version::JavaVersion;
use super::{Bits, JavaInfo};

/// Lines the JVM prints before its version when options come from the environment.
const NOTICES: &[&str] = &["Picked up ", "NOTE: Picked up "];

pub fn parse(output: &str) -> JavaInfo {
    let lines: Vec<&str> = output
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !NOTICES.iter().any(|n| l.starts_with(n)))
        .collect();
    let Some(index) = lines.iter().position(|l| version_of(l).is_some()) else {
        return JavaInfo::unknown();
    };
    let version_line = lines[index];
    let version = version_of(version_line).and_then(JavaVersion::parse);
    let rest = &lines[index + 1..];
    let bits = if rest.iter().any(|l| l.contains("64-Bit")) {
        Bits::B64
    } else if rest
        .iter()
        .any(|l| l.contains("Client VM") || l.contains("Server VM"))
    {
        Bits::B32
    } else {
        Bits::Unknown
    };
    JavaInfo {
        vendor: if version.is_some() {
            from_version_output(version_line, rest)
        } else {
            Vendor::Unknown
        },
        version,
        bits,
    }
}

/// The quoted version in `java version "1.8.0_281"` or `openjdk version "17.0.9" 2023-10-17 LTS`.
fn version_of(line: &str) -> Option<&str> {
    let rest = ["java version \"", "openjdk version \""]
        .iter()
        .find_map(|prefix| line.trim_start().strip_prefix(prefix))?;
    rest.split('"').next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edge_cases_are_unknown_not_errors() {
        for input in [
            "",
            "\0\u{1}garbage\u{fffd}",
            "Picked up JAVA_TOOL_OPTIONS: -Dx=y\n",
            "java version \"\"\n",
            "openjdk version \"abc\"\n",
        ] {
            let info = parse(input);
            assert!(info.version.is_none(), "{input:?}");
            assert_eq!(info.vendor, Vendor::Unknown);
        }
    }

    #[test]
    fn crlf_and_notices() {
        let info = parse("NOTE: Picked up JDK_JAVA_OPTIONS: -Xmx1g\r\nopenjdk version \"21.0.2\" 2024-01-16\r\nOpenJDK Runtime Environment Temurin-21.0.2+13 (build 21.0.2+13)\r\nOpenJDK 64-Bit Server VM Temurin-21.0.2+13 (build 21.0.2+13, mixed mode)\r\n");
        let version = info.version.unwrap();
        assert_eq!((version.text.as_str(), version.feature), ("21.0.2", 21));
        assert_eq!(info.vendor, Vendor::Temurin);
        assert_eq!(info.bits, Bits::B64);
    }
}
