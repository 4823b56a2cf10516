//! Judges the system observation: pure, no I/O.

use serde::Serialize;
use time::Date;

use super::probe::{Observation, OsInfo};
use super::{proxy, Code};
use crate::profile::Profile;
use crate::report::{CheckOutcome, Finding, Status};

/// The profile's facts are trusted for this many months after `as_of`.
const DATA_MAX_AGE_MONTHS: i32 = 12;

pub fn judge(observation: &Observation, profile: &Profile, today: Date) -> CheckOutcome {
    let mut findings = Vec::new();

    let entries = observation.hosts.as_deref().unwrap_or_default();
    let mut overrides = Vec::new();
    for entry in entries {
        for name in &entry.names {
            if profile
                .portals
                .domains
                .iter()
                .any(|domain| domain.covers(name))
            {
                findings.push(
                    Finding::new(Code::HostsOverride, Status::Fail)
                        .arg("file", observation.hosts_path.as_str())
                        .arg("line", entry.line as i64)
                        .arg("name", name.as_str())
                        .arg("address", entry.address.to_string()),
                );
                overrides.push(Override {
                    line: entry.line,
                    name,
                    address: entry.address.to_string(),
                });
            }
        }
    }

    let proxies: Vec<proxy::ProxySetting> = observation
        .proxy_variables
        .iter()
        .map(|(name, value)| proxy::setting(name, value))
        .collect();
    for setting in proxies
        .iter()
        .filter(|s| !s.variable.eq_ignore_ascii_case("no_proxy"))
    {
        let status = if setting.valid {
            Status::Pass
        } else {
            Status::Warn
        };
        findings.push(
            Finding::new(Code::Proxy, status)
                .arg("variable", setting.variable.as_str())
                .arg("value", setting.value.as_str())
                .arg("problem", setting.problem),
        );
    }

    let as_of = profile.as_of.0;
    let age = months_between(as_of, today);
    if age > DATA_MAX_AGE_MONTHS {
        findings.push(
            Finding::new(Code::DataOutdated, Status::Warn)
                .arg("as_of", as_of)
                .arg("months", i64::from(age)),
        );
    }

    let os = os_description(observation);
    if findings.iter().all(|f| f.status == Status::Pass) {
        findings.insert(
            0,
            Finding::new(Code::Ok, Status::Pass)
                .arg("os", os.clone().unwrap_or_default())
                .arg("known", if os.is_some() { "yes" } else { "no" })
                .arg("arch", observation.os.arch.as_str()),
        );
    }

    let details = Details {
        os: OsDetails {
            description: os,
            info: &observation.os,
        },
        hosts_file: HostsFile {
            path: &observation.hosts_path,
            read: observation.hosts.is_ok(),
            error: observation.hosts.as_ref().err(),
            entries: entries.len(),
            overrides,
        },
        proxy: proxies,
        data: Data {
            as_of: as_of.to_string(),
            age_months: age,
        },
    };
    CheckOutcome::new(findings, details)
}

#[derive(Serialize)]
struct Details<'a> {
    os: OsDetails<'a>,
    hosts_file: HostsFile<'a>,
    proxy: Vec<proxy::ProxySetting>,
    data: Data,
}

#[derive(Serialize)]
struct OsDetails<'a> {
    /// The name the summary gives, when the system names itself.
    description: Option<String>,
    #[serde(flatten)]
    info: &'a OsInfo,
}

#[derive(Serialize)]
struct HostsFile<'a> {
    path: &'a str,
    read: bool,
    error: Option<&'a String>,
    entries: usize,
    overrides: Vec<Override<'a>>,
}

/// A hosts-file line that sends a portal name elsewhere.
#[derive(Serialize)]
struct Override<'a> {
    line: usize,
    name: &'a str,
    address: String,
}

/// The age of the profile's facts.
#[derive(Serialize)]
struct Data {
    as_of: String,
    age_months: i32,
}

/// Whole months from `from` to `to`; a month counts once its day of the month is reached.
fn months_between(from: Date, to: Date) -> i32 {
    let months = (to.year() - from.year()) * 12
        + (i32::from(to.month() as u8) - i32::from(from.month() as u8));
    if to.day() < from.day() {
        months - 1
    } else {
        months
    }
}

/// The system's name and version as it gives them, if it does.
fn os_description(observation: &Observation) -> Option<String> {
    let os = &observation.os;
    // On Linux the long name reads "Linux (Debian GNU/Linux 12)"; the part in brackets says it better.
    let long = os.long_name.as_deref().map(|long| {
        long.strip_prefix("Linux (")
            .and_then(|inner| inner.strip_suffix(')'))
            .unwrap_or(long)
            .to_owned()
    });
    long.or_else(|| match (&os.name, &os.version) {
        (Some(name), Some(version)) => Some(format!("{name} {version}")),
        (Some(name), None) => Some(name.clone()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::system::probe::OsInfo;
    use time::macros::date;

    fn observation(hosts: &str, proxies: &[(&str, &str)]) -> Observation {
        Observation {
            os: OsInfo {
                name: Some("Debian GNU/Linux".into()),
                version: Some("12".into()),
                long_name: Some("Linux (Debian GNU/Linux 12)".into()),
                kernel: Some("6.1.0".into()),
                arch: "x86_64".into(),
            },
            hosts_path: "/etc/hosts".into(),
            hosts: Ok(crate::checks::system::hosts::parse(hosts)),
            proxy_variables: proxies
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        }
    }

    fn profile() -> Profile {
        Profile::embedded()
    }

    fn today() -> Date {
        profile().as_of.0
    }

    #[test]
    fn clean_system_passes_and_names_the_os() {
        let outcome = judge(
            &observation("127.0.0.1 localhost\n", &[]),
            &profile(),
            today(),
        );
        assert_eq!(outcome.codes(), [(Code::Ok.code(), Status::Pass)]);
        assert_eq!(outcome.findings[0].args["os"], "Debian GNU/Linux 12".into());
        assert_eq!(outcome.details["os"]["arch"], "x86_64");
    }

    #[test]
    fn an_unknown_system_is_said_in_the_readers_language() {
        use crate::locale::Lang;
        use crate::locale::Locale;
        let mut unknown = observation("127.0.0.1 localhost\n", &[]);
        unknown.os = OsInfo {
            name: None,
            version: None,
            long_name: None,
            kernel: None,
            arch: "riscv64".into(),
        };
        let outcome = judge(&unknown, &profile(), today());
        let ok = &outcome.findings[0];
        assert_eq!(ok.code, Code::Ok);
        let nb = Locale::new(Lang::Nb).message(ok);
        assert!(nb.starts_with("ukjent operativsystem (riscv64)."), "{nb}");
        let en = Locale::new(Lang::En).message(ok);
        assert!(
            en.starts_with("unknown operating system (riscv64);"),
            "{en}"
        );
    }

    #[test]
    fn portal_domains_and_subdomains_in_hosts_fail_with_the_line() {
        let hosts = "127.0.0.1 localhost\n# 1.2.3.4 idporten.no\n10.9.8.7 login.IDPORTEN.no\n0.0.0.0 www.helsenorge.no evil.example\n1.1.1.1 notidporten.no\n";
        let outcome = judge(&observation(hosts, &[]), &profile(), today());
        assert_eq!(
            outcome.codes(),
            [
                (Code::HostsOverride.code(), Status::Fail),
                (Code::HostsOverride.code(), Status::Fail)
            ]
        );
        let first = &outcome.findings[0];
        assert_eq!(first.args["line"], 3.into());
        assert_eq!(first.args["name"], "login.IDPORTEN.no".into());
        assert_eq!(first.args["address"], "10.9.8.7".into());
        assert_eq!(outcome.findings[1].args["line"], 4.into());
        assert_eq!(
            outcome.details["hosts_file"]["overrides"]
                .as_array()
                .unwrap()
                .len(),
            2
        );
    }

    #[test]
    fn unreadable_hosts_file_is_not_a_failure() {
        let mut obs = observation("", &[]);
        obs.hosts = Err("Permission denied".into());
        let outcome = judge(&obs, &profile(), today());
        assert_eq!(outcome.codes(), [(Code::Ok.code(), Status::Pass)]);
        assert_eq!(outcome.details["hosts_file"]["error"], "Permission denied");
    }

    #[test]
    fn proxies_are_informational_unless_malformed_and_never_show_passwords() {
        let obs = observation(
            "",
            &[
                ("HTTPS_PROXY", "http://ola:pw@proxy:3128"),
                ("NO_PROXY", "localhost"),
            ],
        );
        let outcome = judge(&obs, &profile(), today());
        assert_eq!(
            outcome.codes(),
            [
                (Code::Ok.code(), Status::Pass),
                (Code::Proxy.code(), Status::Pass)
            ]
        );
        assert_eq!(
            outcome.findings[1].args["value"],
            "http://***@proxy:3128".into()
        );
        assert!(!outcome.details.to_string().contains("pw@"));

        let obs = observation("", &[("http_proxy", "http://proxy:port")]);
        let outcome = judge(&obs, &profile(), today());
        assert_eq!(outcome.codes(), [(Code::Proxy.code(), Status::Warn)]);
    }

    #[test]
    fn outdated_data_warns_after_twelve_months() {
        let mut p = profile();
        p.as_of.0 = date!(2025 - 03 - 15);
        let obs = observation("", &[]);
        let outcome = judge(&obs, &p, date!(2026 - 03 - 15));
        assert_eq!(outcome.codes(), [(Code::Ok.code(), Status::Pass)]);
        let outcome = judge(&obs, &p, date!(2026 - 04 - 15));
        assert_eq!(outcome.codes(), [(Code::DataOutdated.code(), Status::Warn)]);
        assert_eq!(outcome.findings[0].args["months"], 13.into());
    }

    #[test]
    fn months_between_counts_whole_months() {
        assert_eq!(
            months_between(date!(2025 - 01 - 31), date!(2025 - 02 - 28)),
            0
        );
        assert_eq!(
            months_between(date!(2025 - 01 - 31), date!(2025 - 03 - 31)),
            2
        );
        assert_eq!(
            months_between(date!(2024 - 11 - 20), date!(2026 - 11 - 25)),
            24
        );
    }
}
