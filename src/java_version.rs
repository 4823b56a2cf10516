//! Java version numbers: `1.8.0_281`, `8u513`, `11.0.2`, `17.0.21.1`, `21`, `22-ea`, compared as
//! OpenJDK numbers.

use std::cmp::Ordering;

/// A Java version as printed, with its numeric parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JavaVersion {
    /// Exactly as printed, e.g. `1.8.0_281` or `17.0.4.1`.
    pub text: String,
    /// The feature release: 8 for `1.8.0_281`, 17 for `17.0.4.1`.
    pub feature: u32,
    /// Interim, update and patch numbers (`1.8.0_281` is 0, 281, 0).
    pub rest: [u32; 3],
    /// An early-access build (`-ea`).
    pub early_access: bool,
}

impl JavaVersion {
    /// Parses a version string; `None` when it does not start with a number.
    pub fn parse(text: &str) -> Option<JavaVersion> {
        let text = text.trim();
        // The numbers end where a pre-release or build suffix starts: 17-internal, 11.0.13-beta, 21+35.
        let numeric_end = text.find(['-', '+', ' ']).unwrap_or(text.len());
        let (numbers, suffix) = text.split_at(numeric_end);
        // Oracle's own short form, 8u513, is the same release as 1.8.0_513.
        let long_form;
        let numbers = match numbers.split_once(['u', 'U']) {
            Some((feature, update)) => {
                long_form = format!("1.{feature}.0_{update}");
                long_form.as_str()
            }
            None => numbers,
        };
        let mut parts: Vec<u32> = Vec::new();
        for part in numbers.split(['.', '_']) {
            parts.push(part.parse().ok()?);
        }
        // Java 8 and older: 1.8.0_281 is feature 8, update 281.
        let (feature, rest) = if parts.first() == Some(&1) && parts.len() >= 2 {
            (
                parts[1],
                [
                    parts.get(2).copied().unwrap_or(0),
                    parts.get(3).copied().unwrap_or(0),
                    0,
                ],
            )
        } else {
            (
                *parts.first()?,
                [
                    parts.get(1).copied().unwrap_or(0),
                    parts.get(2).copied().unwrap_or(0),
                    parts.get(3).copied().unwrap_or(0),
                ],
            )
        };
        let early_access = suffix
            .trim_start_matches(['-', '+'])
            .split(['-', '+', '.'])
            .any(|word| word.eq_ignore_ascii_case("ea"));
        (feature > 0).then(|| JavaVersion {
            text: text.to_owned(),
            feature,
            rest,
            early_access,
        })
    }

    /// The update number: 513 for `1.8.0_513`, 21 for `17.0.21.1`.
    pub fn update(&self) -> u32 {
        self.rest[1]
    }

    /// Orders by feature, interim, update and patch; suffixes are not compared.
    pub fn compare(&self, other: &JavaVersion) -> Ordering {
        (self.feature, self.rest).cmp(&(other.feature, other.rest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> JavaVersion {
        JavaVersion::parse(text).unwrap()
    }

    #[test]
    fn features_and_parts() {
        for (text, feature, rest, ea) in [
            ("1.8.0_281", 8, [0, 281, 0], false),
            ("1.5.0_16", 5, [0, 16, 0], false),
            ("1.9.0-ea", 9, [0, 0, 0], true),
            ("11.0.2", 11, [0, 2, 0], false),
            ("17.0.4.1", 17, [0, 4, 1], false),
            ("21", 21, [0, 0, 0], false),
            ("22-ea", 22, [0, 0, 0], true),
            ("17-internal", 17, [0, 0, 0], false),
            ("11.0.13-beta", 11, [0, 13, 0], false),
            ("21.0.12.1", 21, [0, 12, 1], false),
            ("1.8.0_45-internal", 8, [0, 45, 0], false),
            ("8u513", 8, [0, 513, 0], false),
            ("8u513-b04", 8, [0, 513, 0], false),
            ("17.0.21.1", 17, [0, 21, 1], false),
            ("25.0.5.1+4", 25, [0, 5, 1], false),
        ] {
            let parsed = v(text);
            assert_eq!(
                (parsed.feature, parsed.rest, parsed.early_access),
                (feature, rest, ea),
                "{text}"
            );
            assert_eq!(parsed.text, text);
        }
    }

    #[test]
    fn garbage_is_none() {
        for text in [
            "",
            "abc",
            "1.x",
            "0",
            "-1",
            "version",
            "1.8.0_99999999999",
            "u513",
            "8u",
            "8ux",
        ] {
            assert!(JavaVersion::parse(text).is_none(), "{text}");
        }
    }

    #[test]
    fn comparison() {
        assert_eq!(v("1.8.0_511").compare(&v("1.8.0_481")), Ordering::Greater);
        assert_eq!(v("11.0.33").compare(&v("11.0.33")), Ordering::Equal);
        assert_eq!(v("17.0.4.1").compare(&v("17.0.21")), Ordering::Less);
        assert_eq!(v("21.0.13").compare(&v("21.0.12.1")), Ordering::Greater);
        // Four parts: an out-of-band release after its quarter's update, before the next one.
        assert_eq!(v("17.0.21.1").compare(&v("17.0.21")), Ordering::Greater);
        assert_eq!(v("17.0.21.1").compare(&v("17.0.22")), Ordering::Less);
        assert_eq!(v("17.0.21.1").compare(&v("17.0.21.1")), Ordering::Equal);
        assert_eq!(v("25.0.5.1+4").compare(&v("25.0.5.1")), Ordering::Equal);
        // 8u513 is 1.8.0_513, whichever way it is written.
        assert_eq!(v("8u513").compare(&v("1.8.0_513")), Ordering::Equal);
        assert_eq!(v("1.8.0_511").compare(&v("8u513")), Ordering::Less);
        assert_eq!(v("1.8.0_521").compare(&v("8u513")), Ordering::Greater);
    }
}
