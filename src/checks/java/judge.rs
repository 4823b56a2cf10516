//! Judges the Java installations found: pure, no I/O.

use std::cmp::Ordering;

use super::probe::{Broken, Found, Installation};
use super::*;
use crate::profile::Profile;
use crate::report::{CheckOutcome, Finding, Status};

/// `today` is the day of the run: past the profile's facts, the patch calendar predicts newer releases.
pub fn judge(
    found: &Found,
    profile: &Profile,
    os_is_64_bit: bool,
    today: time::Date,
) -> CheckOutcome {
    let working: Vec<(&Installation, &JavaInfo, &JavaVersion)> = found
        .installations
        .iter()
        .filter_map(|i| {
            let info = i.info.as_ref().ok()?;
            Some((i, info, info.version.as_ref()?))
        })
        .collect();
    // The one that runs: java on PATH, or else the newest.
    let in_use = working
        .iter()
        .find(|(i, _, _)| i.on_path)
        .or_else(|| working.iter().max_by(|a, b| a.2.compare(b.2)))
        .copied();

    let mut findings = Vec::new();
    for installation in &found.installations {
        if let Err(broken) = &installation.info {
            let (seconds, error) = match broken {
                Broken::NoAnswer(seconds) => (*seconds as i64, ""),
                Broken::WouldNotStart(error) => (0, error.as_str()),
                Broken::Crashed | Broken::NotJava => (0, ""),
            };
            findings.push(
                Finding::new(Code::Broken, Status::Fail)
                    .arg("path", installation.path.display().to_string())
                    .arg("reason", broken.as_str())
                    .arg("seconds", seconds)
                    .arg("error", error),
            );
        }
    }
    if found.installations.is_empty() {
        findings.push(Finding::new(Code::NotFound, Status::Absent));
    }
    if let Some((installation, info, version)) = in_use {
        let named = |code: Code, status: Status| {
            Finding::new(code, status)
                .arg("version", version.text.as_str())
                .arg("vendor", info.vendor.name())
                .arg("path", installation.path.display().to_string())
        };
        let mut problems = Vec::new();
        match profile
            .java
            .line
            .iter()
            .find(|line| line.feature == version.feature)
        {
            None => problems.push(
                named(Code::UnsupportedRelease, Status::Warn)
                    .arg("feature", i64::from(version.feature)),
            ),
            Some(line) => {
                if let Some(latest) = line
                    .latest
                    .as_ref()
                    .filter(|l| version.compare(l) == Ordering::Less)
                {
                    problems.push(
                        named(Code::Outdated, Status::Warn).arg("latest", latest.text.as_str()),
                    );
                } else if let Some(predicted) = line
                    .latest
                    .as_ref()
                    .and_then(|l| calendar::predicted_minimum(l, profile.java.as_of.0, today))
                    .filter(|p| version.compare(p) == Ordering::Less)
                {
                    problems.push(
                        named(Code::NewerUpdateLikely, Status::Warn)
                            .arg("predicted", predicted.text.as_str())
                            .arg("as_of", profile.java.as_of.0),
                    );
                }
            }
        }
        let other_64_bit = working.iter().any(|(_, i, _)| i.bits == Bits::B64);
        if info.bits == Bits::B32 && os_is_64_bit && !other_64_bit {
            problems.push(named(Code::Bits32, Status::Warn));
        }
        if problems.is_empty() {
            findings.insert(0, named(Code::Ok, Status::Pass));
        }
        findings.extend(problems);
    }

    let installations = found
        .installations
        .iter()
        .map(|installation| {
            let info = installation.info.as_ref().ok();
            let version = info.and_then(|i| i.version.as_ref());
            let latest = version
                .and_then(|v| profile.java.line.iter().find(|l| l.feature == v.feature))
                .and_then(|l| l.latest.as_ref());
            InstallationDetails {
                path: installation.path.display().to_string(),
                source: installation.sources.join(", "),
                version: version.map(|v| v.text.as_str()),
                feature: version.map(|v| v.feature),
                vendor: info.map(|i| i.vendor.name()),
                bits: info.map(|i| i.bits),
                early_access: version.map(|v| v.early_access),
                latest_for_line: latest.map(|l| l.text.as_str()),
                up_to_date: version
                    .zip(latest)
                    .map(|(v, l)| v.compare(l) != Ordering::Less),
                in_use: in_use.is_some_and(|(i, _, _)| std::ptr::eq(i, installation)),
                read_from: installation.read_from,
                error: installation.info.as_ref().err().map(Broken::as_str),
                error_detail: match &installation.info {
                    Err(Broken::WouldNotStart(error)) => Some(error.as_str()),
                    _ => None,
                },
            }
        })
        .collect();
    let details = Details {
        installations,
        java_home: found.java_home.as_deref(),
    };
    CheckOutcome::new(findings, details)
}

#[derive(Serialize)]
struct Details<'a> {
    installations: Vec<InstallationDetails<'a>>,
    java_home: Option<&'a str>,
}

/// One installation as the report lists it.
#[derive(Serialize)]
struct InstallationDetails<'a> {
    path: String,
    /// Where it was found, in the order found.
    source: String,
    version: Option<&'a str>,
    feature: Option<u32>,
    vendor: Option<&'a str>,
    bits: Option<Bits>,
    early_access: Option<bool>,
    latest_for_line: Option<&'a str>,
    up_to_date: Option<bool>,
    in_use: bool,
    read_from: &'static str,
    error: Option<&'static str>,
    /// The system's reason, when it would not start.
    error_detail: Option<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::java::vendor::Vendor;
    use crate::code::FindingCode;
    use std::path::PathBuf;

    fn installation(version: &str, bits: Bits, on_path: bool) -> Installation {
        Installation {
            path: PathBuf::from(format!("/opt/java-{version}")),
            sources: vec![if on_path { "path" } else { "jvm-directory" }],
            info: Ok(JavaInfo {
                version: JavaVersion::parse(version),
                vendor: Vendor::Temurin,
                bits,
            }),
            read_from: "release-file",
            on_path,
        }
    }

    fn codes(installations: Vec<Installation>, os_64: bool) -> Vec<(FindingCode, Status)> {
        let found = Found {
            installations,
            java_home: None,
        };
        judge(&found, &Profile::embedded(), os_64, FACTS_DAY)
            .findings
            .iter()
            .map(|f| (f.code, f.status))
            .collect()
    }

    /// A day before the next critical patch update after the profile's facts.
    const FACTS_DAY: time::Date = time::macros::date!(2026 - 12 - 01);

    fn c(code: Code, status: Status) -> (FindingCode, Status) {
        (code.code(), status)
    }

    #[test]
    fn up_to_date_supported_java_is_ok() {
        assert_eq!(
            codes(vec![installation("21.0.13.1", Bits::B64, true)], true),
            [c(Code::Ok, Status::Pass)]
        );
        assert_eq!(
            codes(vec![installation("8u513", Bits::B64, true)], true),
            [c(Code::Ok, Status::Pass)]
        );
        assert_eq!(
            codes(vec![installation("25.0.5.1", Bits::B64, true)], true),
            [c(Code::Ok, Status::Pass)]
        );
        // Before the quarter's update, a four-part release is behind the out-of-band one.
        assert_eq!(
            codes(vec![installation("17.0.21", Bits::B64, true)], true),
            [c(Code::Outdated, Status::Warn)]
        );
    }

    #[test]
    fn behind_its_line_is_outdated() {
        let found = Found {
            installations: vec![installation("17.0.15", Bits::B64, true)],
            java_home: None,
        };
        let outcome = judge(&found, &Profile::embedded(), true, FACTS_DAY);
        assert_eq!(outcome.findings[0].code, Code::Outdated.code());
        assert_eq!(outcome.findings[0].args["latest"], "17.0.21.1".into());
        assert_eq!(outcome.details["installations"][0]["up_to_date"], false);
        assert_eq!(
            outcome.details["installations"][0]["latest_for_line"],
            "17.0.21.1"
        );
    }

    #[test]
    fn past_the_next_patch_update_the_profile_latest_is_probably_not() {
        let a_year_on = time::macros::date!(2027 - 12 - 01);
        let judged = |version: &str| {
            let found = Found {
                installations: vec![installation(version, Bits::B64, true)],
                java_home: None,
            };
            judge(&found, &Profile::embedded(), true, a_year_on).findings
        };
        let findings = judged("17.0.21.1");
        assert_eq!(
            findings
                .iter()
                .map(|f| (f.code, f.status))
                .collect::<Vec<_>>(),
            [(Code::NewerUpdateLikely.code(), Status::Warn)]
        );
        assert_eq!(findings[0].args["predicted"], "17.0.25".into());
        assert_eq!(judged("8u513")[0].args["predicted"], "1.8.0_551".into());
        // Behind the profile's own latest it is simply out of date.
        assert_eq!(judged("17.0.20")[0].code, Code::Outdated.code());
        // One that has the predicted update is fine.
        assert_eq!(judged("17.0.25")[0].code, Code::Ok.code());
        assert_eq!(judged("1.8.0_551")[0].code, Code::Ok.code());
        // The day before the first update after the facts, nothing is predicted.
        let found = Found {
            installations: vec![installation("17.0.21.1", Bits::B64, true)],
            java_home: None,
        };
        let before = judge(
            &found,
            &Profile::embedded(),
            true,
            time::macros::date!(2027 - 01 - 18),
        );
        assert_eq!(before.findings[0].code, Code::Ok.code());
    }

    #[test]
    fn old_feature_releases_are_unsupported() {
        for version in [
            "1.7.0_80", "9.0.4", "10.0.2", "12.0.1", "16.0.2", "1.6.0_45",
        ] {
            assert_eq!(
                codes(vec![installation(version, Bits::B64, true)], true),
                [c(Code::UnsupportedRelease, Status::Warn)],
                "{version}"
            );
        }
    }

    #[test]
    fn path_java_is_the_one_in_use_else_the_newest() {
        let outcome = codes(
            vec![
                installation("21.0.13.1", Bits::B64, false),
                installation("11.0.2", Bits::B64, true),
            ],
            true,
        );
        assert_eq!(outcome, [c(Code::Outdated, Status::Warn)]);
        let outcome = codes(
            vec![
                installation("11.0.2", Bits::B64, false),
                installation("21.0.13.1", Bits::B64, false),
            ],
            true,
        );
        assert_eq!(outcome, [c(Code::Ok, Status::Pass)]);
    }

    #[test]
    fn thirty_two_bit_only_on_a_64_bit_os() {
        assert_eq!(
            codes(vec![installation("8u513", Bits::B32, true)], true),
            [c(Code::Bits32, Status::Warn)]
        );
        assert_eq!(
            codes(vec![installation("8u513", Bits::B32, true)], false),
            [c(Code::Ok, Status::Pass)]
        );
        assert_eq!(
            codes(
                vec![
                    installation("8u513", Bits::B32, true),
                    installation("21.0.13.1", Bits::B64, false)
                ],
                true
            ),
            [c(Code::Ok, Status::Pass)]
        );
    }

    #[test]
    fn none_and_broken() {
        assert_eq!(codes(vec![], true), [c(Code::NotFound, Status::Absent)]);
        let mut broken = installation("21.0.13.1", Bits::B64, true);
        broken.info = Err(Broken::NoAnswer(5));
        assert_eq!(
            codes(vec![broken.clone()], true),
            [c(Code::Broken, Status::Fail)]
        );
        assert_eq!(
            codes(
                vec![broken, installation("21.0.13.1", Bits::B64, false)],
                true
            ),
            [c(Code::Ok, Status::Pass), c(Code::Broken, Status::Fail)]
        );
    }
}
