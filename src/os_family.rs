//! The operating system family a report is for: which steps it shows, and what the support
//! code tells the helpline.

/// An operating system family, as the steps in `locales/` are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OsFamily {
    Windows,
    Macos,
    Linux,
    /// Any other system (the BSDs): steps marked for no system are shown.
    Other,
}

impl OsFamily {
    /// Every family, in the order the support code numbers them (0 to 3: permanent).
    pub const ALL: [OsFamily; 4] = [
        OsFamily::Other,
        OsFamily::Windows,
        OsFamily::Macos,
        OsFamily::Linux,
    ];

    /// The family this program was built for.
    pub fn current() -> OsFamily {
        OsFamily::from_id(std::env::consts::OS).unwrap_or(OsFamily::Other)
    }

    /// `windows`, `macos`, `linux` (the names Rust and the locale files use), or `other`.
    pub fn id(self) -> &'static str {
        match self {
            OsFamily::Windows => "windows",
            OsFamily::Macos => "macos",
            OsFamily::Linux => "linux",
            OsFamily::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<OsFamily> {
        OsFamily::ALL.into_iter().find(|os| os.id() == id)
    }

    /// Its permanent number in the support code.
    pub fn number(self) -> u8 {
        OsFamily::ALL.iter().position(|os| *os == self).unwrap_or(0) as u8
    }

    pub fn from_number(number: u8) -> OsFamily {
        OsFamily::ALL
            .get(usize::from(number))
            .copied()
            .unwrap_or(OsFamily::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_numbers_round_trip() {
        for os in OsFamily::ALL {
            assert_eq!(OsFamily::from_id(os.id()), Some(os));
            assert_eq!(OsFamily::from_number(os.number()), os);
        }
        assert_eq!(OsFamily::Linux.number(), 3);
        assert_eq!(OsFamily::from_id("beos"), None);
    }
}
