//! The profile: facts the checks judge against, embedded in the binary and replaceable with `--profile`.

mod methods;
mod values;

use std::path::Path;

use serde::Deserialize;

pub use methods::{Alternative, MethodFacts, MethodId, Methods, Need};
pub use values::{Domain, HttpsUrl, ProfileDate, UsbId};

/// The profile embedded in the binary.
pub const DEFAULT: &str = include_str!("default.toml");

/// Every fact the checks judge against. Unknown keys are errors, so a typo never goes unnoticed.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The day the facts were last checked.
    pub as_of: ProfileDate,
    pub helpline: Helpline,
    pub id_number: IdNumberRules,
    pub portals: Portals,
    /// Who the certificates of ID portal hosts must be issued to.
    pub certificate_owners: Vec<CertificateOwner>,
    pub card_reader: CardReader,
    pub java: JavaFacts,
    pub usb_token: UsbToken,
    pub methods: Methods,
}

/// How the Commfides e-ID stick is recognised. Its USB IDs, reader name and ATR are not
/// published, so a helpdesk can add them here; names are matched without regard to case.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsbToken {
    pub source: String,
    /// Text found in a PC/SC reader's name.
    pub reader_name_patterns: Vec<String>,
    /// USB vendor and product IDs, `"VVVV:PPPP"` in hex.
    pub usb_ids: Vec<UsbId>,
    /// Text found in a USB device's manufacturer or product name.
    pub usb_product_patterns: Vec<String>,
    /// Text found in a disk's volume label.
    pub disk_label_patterns: Vec<String>,
    /// ATRs of the stick's card, as in `[card_reader]`.
    pub atrs: Vec<crate::atr::AtrPattern>,
}

/// Java releases: which feature releases are supported, and their latest patch releases.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JavaFacts {
    /// The day these releases were last checked.
    pub as_of: ProfileDate,
    pub source: String,
    /// Every supported feature release; one not listed is out of support.
    pub line: Vec<JavaLine>,
}

/// A supported Java feature release.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JavaLine {
    pub feature: u32,
    /// The latest patch release, when a published advisory says so; unset, only support is checked.
    #[serde(default)]
    pub latest: Option<crate::java_version::JavaVersion>,
}

/// The cards that are Buypass ID cards, by ATR.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardReader {
    pub source: String,
    pub card: Vec<BuypassCard>,
    /// How long each kind of card is valid, where a source says.
    #[serde(default)]
    pub validity: Vec<CardValidity>,
}

/// How many years a kind of card is valid from when it is issued.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardValidity {
    pub kind: CardKind,
    pub years: u8,
    pub source: String,
}

impl CardReader {
    /// The years a kind of card is valid, if a source gives it.
    pub fn valid_years(&self, kind: &str) -> Option<u8> {
        self.validity
            .iter()
            .find(|v| v.kind.id() == kind)
            .map(|v| v.years)
    }
}

/// One known Buypass card.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuypassCard {
    /// `HEX` to match exactly, or `HEX / MASK`.
    pub atr: crate::atr::AtrPattern,
    pub kind: CardKind,
    /// How the source describes the card.
    pub label: String,
}

/// The kinds of Buypass card that can be used to log in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CardKind {
    /// A Buypass ID card.
    BuypassId,
    /// A Norsk Tipping player card with Buypass ID.
    NorskTipping,
    /// An Altinn card with the Buypass mark.
    Altinn,
}

impl CardKind {
    /// The kind as the profile and the findings write it.
    pub fn id(self) -> &'static str {
        match self {
            CardKind::BuypassId => "buypass-id",
            CardKind::NorskTipping => "norsk-tipping",
            CardKind::Altinn => "altinn",
        }
    }
}

/// The helpline the report ends with.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    pub phone: String,
    pub source: String,
}

/// National identity numbers: when the check-digit rules for new numbers apply.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdNumberRules {
    /// Before this day a number that passes only under the new rules has not been issued.
    pub rules_2032_from: ProfileDate,
    pub source: String,
}

/// The ID portal and helsenorge.no domains.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Portals {
    /// Domains that must not be redirected (their subdomains included).
    pub domains: Vec<Domain>,
    pub source: String,
    /// The addresses the portal checks connect to, in order.
    pub address: Vec<PortalAddress>,
}

/// One address the portal checks connect to.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortalAddress {
    pub url: HttpsUrl,
    /// A required address must answer securely; any other is only reported.
    pub required: bool,
}

/// The organisation that must own the certificate of hosts under `domains`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateOwner {
    pub domains: Vec<Domain>,
    /// Accepted subject organisation names (O), compared without regard to case.
    pub organisations: Vec<String>,
    /// The organisation number, found in the subject's serialNumber or organizationIdentifier.
    pub org_number: String,
    pub source: String,
}

impl Profile {
    /// The owner expected for certificates of `host`, if any.
    pub fn owner_for(&self, host: &str) -> Option<&CertificateOwner> {
        self.certificate_owners
            .iter()
            .find(|owner| owner.domains.iter().any(|d| d.covers(host)))
    }
}

/// Why a profile could not be used: one line, naming the file and, where known, line and key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError(pub String);

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ProfileError {}

impl Profile {
    /// The embedded default profile.
    pub fn embedded() -> Profile {
        // The embedded text is checked by a unit test, so this cannot fail in a released build.
        Profile::parse(DEFAULT, "<embedded profile>")
            .unwrap_or_else(|err| unreachable!("embedded profile is invalid: {err}"))
    }

    /// Reads and validates a profile file (`-`: standard input).
    pub fn load(path: &Path) -> Result<Profile, ProfileError> {
        use crate::inputs::{read_user_file, ReadError, MAX_USER_FILE};
        let name = path.display();
        let bytes = read_user_file(path).map_err(|e| match e {
            ReadError::TooLarge => ProfileError(format!(
                "profile {name} is larger than {} KiB; is it the right file?",
                MAX_USER_FILE / 1024
            )),
            e => ProfileError(format!(
                "cannot read profile {name}: {}",
                e.reason(MAX_USER_FILE)
            )),
        })?;
        let text = String::from_utf8(bytes)
            .map_err(|_| ProfileError(format!("profile {name} is not UTF-8 text")))?;
        Profile::parse(&text, &name.to_string())
    }

    /// Parses and validates profile text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Profile, ProfileError> {
        let deserializer =
            toml::Deserializer::parse(text).map_err(|err| located(origin, text, &err, None))?;
        let profile: Profile = serde_path_to_error::deserialize(deserializer).map_err(|err| {
            let key = err.path().to_string();
            located(origin, text, err.inner(), Some(key))
        })?;
        profile
            .methods
            .validate()
            .map_err(|reason| ProfileError(format!("invalid profile {origin}, {reason}")))?;
        Ok(profile)
    }
}

/// Formats a TOML error as one line: file, line, key and the reason.
fn located(origin: &str, text: &str, err: &toml::de::Error, key: Option<String>) -> ProfileError {
    let mut out = format!("invalid profile {origin}");
    if let Some(span) = err.span() {
        let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
        out.push_str(&format!(", line {line}"));
    }
    if let Some(key) = key.filter(|k| k != ".") {
        out.push_str(&format!(", key `{key}`"));
    }
    let reason = err.message().trim().replace('\n', " ");
    out.push_str(&format!(": {reason}"));
    ProfileError(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_profile_is_valid() {
        let profile = Profile::parse(DEFAULT, "default").unwrap();
        assert_eq!(profile.helpline.phone, "23 32 70 00");
        assert!(profile
            .portals
            .domains
            .iter()
            .any(|d| d.as_str() == "idporten.no"));
    }

    /// The one-line error for profile text that must be refused.
    pub(super) fn error(text: &str) -> String {
        Profile::parse(text, "p.toml").unwrap_err().0
    }

    fn with(extra: &str) -> String {
        format!("{DEFAULT}\n{extra}")
    }

    #[test]
    fn unknown_key_names_line_and_key() {
        let text = DEFAULT.replacen("[helpline]\n", "[helpline]\nfax = \"1\"\n", 1);
        let line = text.lines().position(|l| l.starts_with("fax")).unwrap() + 1;
        let msg = error(&text);
        assert!(msg.contains(&format!("line {line}")), "{msg}");
        assert!(msg.contains("fax"), "{msg}");
        assert!(msg.starts_with("invalid profile p.toml"), "{msg}");
    }

    #[test]
    fn wrong_type_names_the_key() {
        let text = DEFAULT.replace("phone = \"23 32 70 00\"", "phone = 23327000");
        let msg = error(&text);
        assert!(msg.contains("key `helpline.phone`"), "{msg}");
        assert!(msg.contains("line "), "{msg}");
    }

    #[test]
    fn syntax_error_names_the_line() {
        let msg = error(&with("this is not toml"));
        let line = with("this is not toml").lines().count();
        assert!(msg.contains(&format!("line {line}")), "{msg}");
    }

    #[test]
    fn bad_values_are_rejected_with_key() {
        let msg = error(&DEFAULT.replace("as_of = 2026-11-20", "as_of = 2026-11-20T10:00:00"));
        assert!(msg.contains("key `as_of`"), "{msg}");
        let msg = error(&DEFAULT.replace("\"helsenorge.no\"]", "\"not a domain\"]"));
        assert!(msg.contains("key `portals.domains[3]`"), "{msg}");
        assert!(msg.contains("not a domain"), "{msg}");
    }

    #[test]
    fn portal_urls_must_be_https() {
        let msg = error(&DEFAULT.replace(
            "url = \"https://idporten.no/\"",
            "url = \"http://idporten.no/\"",
        ));
        assert!(msg.contains("key `portals.address[1].url`"), "{msg}");
        assert!(msg.contains("https"), "{msg}");
    }

    #[test]
    fn missing_section_is_named() {
        let text: String = DEFAULT.split("[portals]").next().unwrap().to_owned();
        let msg = error(&text);
        assert!(msg.contains("portals"), "{msg}");
    }
}
