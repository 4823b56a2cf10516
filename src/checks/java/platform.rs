//! Parsers for what the operating systems say about their Java installations, kept apart from
//! running the commands so that they are tested on any platform with recorded text.

use std::path::PathBuf;

/// `update-alternatives --list java` (Debian, Ubuntu): one `…/bin/java` per line.
pub fn parse_alternatives(text: &str) -> Vec<PathBuf> {
    text.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('/'))
        .map(PathBuf::from)
        .collect()
}

/// `/usr/libexec/java_home -V` (macOS, on stderr): lines like
/// `    17.0.9 (x86_64) "Eclipse Adoptium" - "OpenJDK 17.0.9" /Library/Java/JavaVirtualMachines/temurin-17.jdk/Contents/Home`.
pub fn parse_java_home_list(text: &str) -> Vec<PathBuf> {
    text.lines()
        .filter_map(|line| {
            let start = line.find(" /")? + 1;
            let path = line[start..].trim();
            path.ends_with("/Home").then(|| PathBuf::from(path))
        })
        .collect()
}

/// `reg query <key> /s` (Windows): every `JavaHome` value, e.g.
/// `    JavaHome    REG_SZ    C:\Program Files\Java\jre1.8.0_411`, and the `Path` values of
/// vendor keys (Adoptium, Azul, Microsoft, Semeru) that point at an installation.
pub fn parse_reg_query(text: &str) -> Vec<PathBuf> {
    text.lines()
        .filter_map(|line| {
            let line = line.trim();
            let (name, rest) = line.split_once("REG_SZ")?;
            let name = name.trim();
            let value = rest.trim();
            (matches!(name, "JavaHome" | "Path" | "InstallationPath") && !value.is_empty())
                .then(|| PathBuf::from(value))
        })
        .collect()
}

/// The registry keys where Windows installers record Java, in both registry views.
pub const WINDOWS_KEYS: &[&str] = &[
    r"HKLM\SOFTWARE\JavaSoft\Java Runtime Environment",
    r"HKLM\SOFTWARE\JavaSoft\Java Development Kit",
    r"HKLM\SOFTWARE\JavaSoft\JRE",
    r"HKLM\SOFTWARE\JavaSoft\JDK",
    r"HKLM\SOFTWARE\Eclipse Adoptium",
    r"HKLM\SOFTWARE\Eclipse Foundation",
    r"HKLM\SOFTWARE\AdoptOpenJDK",
    r"HKLM\SOFTWARE\Azul Systems\Zulu",
    r"HKLM\SOFTWARE\Microsoft\JDK",
    r"HKLM\SOFTWARE\Semeru",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternatives() {
        let text = "/usr/lib/jvm/java-11-openjdk-amd64/bin/java\n/usr/lib/jvm/java-17-openjdk-amd64/bin/java\n";
        assert_eq!(parse_alternatives(text).len(), 2);
        assert!(
            parse_alternatives("update-alternatives: error: no alternatives for java\n").is_empty()
        );
    }

    #[test]
    fn macos_java_home_list() {
        let text = "Matching Java Virtual Machines (3):\n    21.0.1 (arm64) \"Eclipse Adoptium\" - \"OpenJDK 21.0.1\" /Library/Java/JavaVirtualMachines/temurin-21.jdk/Contents/Home\n    17.0.9 (x86_64) \"Amazon.com Inc.\" - \"Amazon Corretto 17\" /Users/ola/Library/Java/JavaVirtualMachines/corretto-17.0.9/Contents/Home\n    1.8.411.09 (x86_64) \"Oracle Corporation\" - \"Java\" /Library/Internet Plug-Ins/JavaAppletPlugin.plugin/Contents/Home\n/Library/Java/JavaVirtualMachines/temurin-21.jdk/Contents/Home\n";
        let homes = parse_java_home_list(text);
        assert_eq!(homes.len(), 3);
        assert_eq!(
            homes[2],
            PathBuf::from("/Library/Internet Plug-Ins/JavaAppletPlugin.plugin/Contents/Home")
        );
        assert!(
            parse_java_home_list("Unable to find any JVMs matching version \"(null)\".\n")
                .is_empty()
        );
    }

    #[test]
    fn windows_registry() {
        let text = "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\JavaSoft\\Java Runtime Environment\r\n    CurrentVersion    REG_SZ    1.8\r\n\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\JavaSoft\\Java Runtime Environment\\1.8.0_411\r\n    JavaHome    REG_SZ    C:\\Program Files\\Java\\jre1.8.0_411\r\n    MicroVersion    REG_SZ    0\r\n\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Eclipse Adoptium\\JRE\\17.0.9.9\\hotspot\\MSI\r\n    Path    REG_SZ    C:\\Program Files\\Eclipse Adoptium\\jre-17.0.9.9-hotspot\\\r\n";
        let homes = parse_reg_query(text);
        assert_eq!(
            homes,
            [
                PathBuf::from("C:\\Program Files\\Java\\jre1.8.0_411"),
                PathBuf::from("C:\\Program Files\\Eclipse Adoptium\\jre-17.0.9.9-hotspot\\")
            ]
        );
        assert!(parse_reg_query(
            "ERROR: The system was unable to find the specified registry key or value."
        )
        .is_empty());
    }
}
