//! Validated profile values: they reject bad input while the TOML is read, so errors carry a line.

use serde::{Deserialize, Deserializer};

/// A calendar date written as a TOML local date (`2026-11-20`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProfileDate(pub time::Date);

impl<'de> Deserialize<'de> for ProfileDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let value = toml::value::Datetime::deserialize(deserializer)?;
        let (Some(date), None, None) = (value.date, value.time, value.offset) else {
            return Err(D::Error::custom(format!(
                "expected a date such as 2026-11-20, found {value}"
            )));
        };
        let month = time::Month::try_from(date.month).map_err(D::Error::custom)?;
        time::Date::from_calendar_date(i32::from(date.year), month, date.day)
            .map(ProfileDate)
            .map_err(|_| D::Error::custom(format!("{value} is not a real date")))
    }
}

/// A DNS domain name, stored in lower case without a trailing dot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Domain(String);

impl Domain {
    /// Validates and normalises a domain name.
    pub fn parse(text: &str) -> Result<Domain, String> {
        let name = text.trim_end_matches('.').to_ascii_lowercase();
        let label_ok = |label: &str| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        };
        if name.len() > 253 || !name.contains('.') || !name.split('.').all(label_ok) {
            return Err(format!(
                "\"{text}\" is not a domain name such as idporten.no"
            ));
        }
        Ok(Domain(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when `host` is this domain or one of its subdomains (case-insensitive).
    pub fn covers(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        host == self.0
            || host
                .strip_suffix(self.0.as_str())
                .is_some_and(|prefix| prefix.ends_with('.'))
    }
}

impl<'de> Deserialize<'de> for Domain {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Domain::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// An `https://` URL with a host name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpsUrl(pub url::Url);

impl HttpsUrl {
    pub fn parse(text: &str) -> Result<HttpsUrl, String> {
        let url = url::Url::parse(text).map_err(|e| format!("\"{text}\" is not a URL: {e}"))?;
        if url.scheme() != "https" || url.host_str().is_none_or(str::is_empty) {
            return Err(format!(
                "\"{text}\" is not an https:// address with a host name"
            ));
        }
        Ok(HttpsUrl(url))
    }
}

impl<'de> Deserialize<'de> for HttpsUrl {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        HttpsUrl::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for crate::atr::AtrPattern {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        crate::atr::AtrPattern::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for crate::java_version::JavaVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        crate::java_version::JavaVersion::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not a Java version such as 17.0.21 or 1.8.0_511"
            ))
        })
    }
}

/// A USB vendor and product ID, written `"VVVV:PPPP"` in hex.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UsbId {
    pub vendor: u16,
    pub product: u16,
}

impl UsbId {
    pub fn parse(text: &str) -> Result<UsbId, String> {
        let bad = || format!("\"{text}\" is not a USB ID such as \"1a2b:3c4d\"");
        let (vendor, product) = text.trim().split_once(':').ok_or_else(bad)?;
        let hex = |part: &str| {
            (part.len() == 4)
                .then(|| u16::from_str_radix(part, 16).ok())
                .flatten()
                .ok_or_else(bad)
        };
        Ok(UsbId {
            vendor: hex(vendor)?,
            product: hex(product)?,
        })
    }
}

impl<'de> Deserialize<'de> for UsbId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        UsbId::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_covers_itself_and_subdomains_only() {
        let d = Domain::parse("IDporten.no.").unwrap();
        assert_eq!(d.as_str(), "idporten.no");
        assert!(d.covers("idporten.no"));
        assert!(d.covers("login.IDPORTEN.no."));
        assert!(!d.covers("fakeidporten.no"));
        assert!(!d.covers("idporten.no.evil.com"));
    }

    #[test]
    fn usb_ids() {
        assert_eq!(
            UsbId::parse("1A2b:00ff"),
            Ok(UsbId {
                vendor: 0x1a2b,
                product: 0x00ff
            })
        );
        for bad in [
            "",
            "1a2b",
            "1a2b:",
            "12345:0001",
            "zzzz:0001",
            "1a2b:0001:0002",
        ] {
            assert!(UsbId::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bad_domains_are_rejected() {
        for bad in ["", "localhost", "a..no", "-a.no", "a b.no", "æ.no"] {
            assert!(Domain::parse(bad).is_err(), "{bad}");
        }
    }
}
