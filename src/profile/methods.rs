//! The login methods as the profile describes them: what each needs of which check.
//!
//! They are data rather than code because what a method needs changes with the suppliers'
//! software (the Java applets gave way to Buypass Javafri and Commfides' HTML client), and a
//! helpdesk must be able to follow such a change with `--profile` and no rebuild.
//!
//! This module knows only the shape of the tables: that a check id or finding code names
//! something that exists is [`crate::methods::check_profile`]'s to say, above the checks.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};

use super::ProfileDate;

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
    pub needs: BTreeMap<String, Need>,
    /// Findings that stop every method whatever their check's status: each means the login
    /// page on this computer may not be the real one.
    pub blocking: Vec<String>,
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
    pub needs: BTreeMap<String, Need>,
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
    use crate::profile::tests::error;
    use crate::profile::DEFAULT;

    #[test]
    fn bad_method_tables_are_refused_with_their_key() {
        let msg = error(&DEFAULT.replace(
            "needs = { card-reader = \"present\" }",
            "needs = { card-reader = \"working\" }",
        ));
        assert!(msg.contains("methods.method[2].needs"), "{msg}");
        let msg = error(&DEFAULT.replace("id = \"commfides\"", "id = \"bankid\""));
        assert!(msg.contains("method 'bankid' is listed twice"), "{msg}");
        let msg = error(&DEFAULT.replace("id = \"commfides\"", "id = \"Commfides e-ID\""));
        assert!(msg.contains("not a method id"), "{msg}");
    }
}
