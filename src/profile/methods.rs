//! The login methods as the profile describes them: what each needs of which check.
//!
//! They are data rather than code because what a method needs changes with the suppliers'
//! software (the Java applets gave way to Buypass Javafri and Commfides' HTML client), and a
//! helpdesk must be able to follow such a change with `--profile` and no rebuild.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};

use super::ProfileDate;
use crate::checks::registry;

/// Every login method, what all of them need, and the ways in that are not judged.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Methods {
    /// What every method needs: the ID portal, reached safely.
    pub every: Every,
    /// The methods, in the order the report lists them.
    pub method: Vec<MethodFacts>,
    /// Ways in that loginsjekk names but does not judge (the Helsenorge app).
    #[serde(default)]
    pub alternative: Vec<Alternative>,
}

/// The requirements every method shares.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Every {
    pub needs: BTreeMap<CheckId, Need>,
    /// Findings that stop every method whatever their check's status: each means the login
    /// page on this computer may not be the real one.
    pub blocking: Vec<FindingCode>,
    pub source: String,
}

/// One login method.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodFacts {
    /// Lower-case words joined by hyphens, as `--method` takes it.
    pub id: MethodId,
    /// What it needs besides what every method needs.
    #[serde(default)]
    pub needs: BTreeMap<CheckId, Need>,
    /// When the method was switched off, if it was.
    #[serde(default)]
    pub discontinued_since: Option<ProfileDate>,
    pub source: String,
}

/// A way in that is named, not judged.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    pub id: MethodId,
    pub source: String,
}

/// What a method needs a check to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Need {
    /// The check passes.
    Passing,
    /// What the check looks for is there and works: not failing and not absent (a warning is fine).
    Present,
    /// The check does not fail.
    NotFailing,
}

/// The id of a registered check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CheckId(pub &'static str);

impl<'de> Deserialize<'de> for CheckId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let text = String::deserialize(deserializer)?;
        registry::ids()
            .into_iter()
            .find(|id| *id == text)
            .map(CheckId)
            .ok_or_else(|| {
                D::Error::custom(format!(
                    "unknown check '{text}' (known checks: {})",
                    registry::ids().join(", ")
                ))
            })
    }
}

/// A finding code some check can report, such as `system.hosts-override`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindingCode(pub String);

impl FindingCode {
    /// The id of the check that reports it.
    pub fn check(&self) -> &str {
        self.0.split_once('.').map_or(self.0.as_str(), |(id, _)| id)
    }
}

impl<'de> Deserialize<'de> for FindingCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let text = String::deserialize(deserializer)?;
        if registry::all_codes().contains(&text) {
            Ok(FindingCode(text))
        } else {
            Err(D::Error::custom(format!(
                "unknown finding code '{text}' (see 'loginsjekk explain')"
            )))
        }
    }
}

/// A method's id: lower-case letters, digits and single hyphens, such as `buypass-smartcard`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct MethodId(pub String);

impl MethodId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for MethodId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let text = String::deserialize(deserializer)?;
        let words_ok = text.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
        if words_ok && text.len() <= 40 {
            Ok(MethodId(text))
        } else {
            Err(D::Error::custom(format!(
                "'{text}' is not a method id such as buypass-smartcard"
            )))
        }
    }
}

impl Methods {
    /// A method by its id.
    pub fn get(&self, id: &str) -> Option<&MethodFacts> {
        self.method.iter().find(|m| m.id.as_str() == id)
    }

    /// Every check a method needs and what it must show, in display order: what every
    /// method needs, with the method's own needs added (a method's own level wins).
    pub fn needs_of(&self, method: &MethodFacts) -> Vec<(&'static str, Need)> {
        let mut needs = self.every.needs.clone();
        needs.extend(method.needs.iter().map(|(id, need)| (*id, *need)));
        registry::ids()
            .into_iter()
            .filter_map(|id| needs.get(&CheckId(id)).map(|need| (id, *need)))
            .collect()
    }

    /// True when `method` cannot be judged without check `id`: it needs it, or a blocking
    /// finding comes from it.
    pub fn depends_on(&self, method: &MethodFacts, id: &str) -> bool {
        self.needs_of(method)
            .iter()
            .any(|(needed, _)| *needed == id)
            || self.every.blocking.iter().any(|code| code.check() == id)
    }

    /// Checks the parts serde cannot: unique method ids, and at least one method.
    pub(super) fn validate(&self) -> Result<(), String> {
        if self.method.is_empty() {
            return Err("key `methods.method`: at least one login method is needed".to_owned());
        }
        for (index, method) in self.method.iter().enumerate() {
            if self.method[..index].iter().any(|m| m.id == method.id) {
                return Err(format!(
                    "key `methods.method[{index}].id`: method '{}' is listed twice",
                    method.id.as_str()
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::{Profile, DEFAULT};

    fn error(text: &str) -> String {
        Profile::parse(text, "p.toml").unwrap_err().0
    }

    #[test]
    fn the_default_methods_and_what_they_need() {
        let profile = Profile::embedded();
        let methods = &profile.methods;
        let ids: Vec<&str> = methods.method.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "bankid",
                "bankid-mobile",
                "buypass-smartcard",
                "buypass-mobile",
                "commfides"
            ]
        );
        let needs = |id: &str| -> Vec<&str> {
            methods
                .needs_of(methods.get(id).unwrap())
                .into_iter()
                .map(|(check, _)| check)
                .collect()
        };
        assert_eq!(needs("bankid"), ["tls", "certificate", "clock"]);
        assert_eq!(
            needs("buypass-smartcard"),
            ["tls", "certificate", "clock", "card-reader"]
        );
        assert_eq!(
            needs("commfides"),
            ["tls", "certificate", "clock", "usb-token"]
        );
        // Java is needed by no method today; the system check matters through its blocking finding.
        for method in &methods.method {
            assert!(!methods.depends_on(method, "java"), "{:?}", method.id);
            assert!(methods.depends_on(method, "system"), "{:?}", method.id);
        }
        assert!(methods
            .get("bankid-mobile")
            .unwrap()
            .discontinued_since
            .is_some());
        assert_eq!(methods.alternative[0].id.as_str(), "helsenorge-app");
    }

    #[test]
    fn bad_method_tables_are_refused_with_their_key() {
        let msg = error(&DEFAULT.replace(
            "needs = { card-reader = \"present\" }",
            "needs = { card-reder = \"present\" }",
        ));
        assert!(msg.contains("unknown check 'card-reder'"), "{msg}");
        assert!(msg.contains("methods.method[2].needs"), "{msg}");
        let msg = error(&DEFAULT.replace(
            "needs = { card-reader = \"present\" }",
            "needs = { card-reader = \"working\" }",
        ));
        assert!(msg.contains("methods.method[2].needs"), "{msg}");
        let msg = error(&DEFAULT.replace("\"system.hosts-override\"", "\"system.hosts\""));
        assert!(msg.contains("unknown finding code 'system.hosts'"), "{msg}");
        let msg = error(&DEFAULT.replace("id = \"commfides\"", "id = \"bankid\""));
        assert!(msg.contains("method 'bankid' is listed twice"), "{msg}");
        let msg = error(&DEFAULT.replace("id = \"commfides\"", "id = \"Commfides e-ID\""));
        assert!(msg.contains("not a method id"), "{msg}");
    }
}
