//! ATRs: parsing them from text, showing them, and matching them against the profile's
//! patterns (`HEX` or `HEX / MASK`, as PC/SC drivers write masked ATRs).

/// The most bytes an ATR can have (ISO/IEC 7816-3).
pub const MAX_ATR: usize = 33;

/// Parses hex bytes, spaces and colons allowed between them: `3B 9F 96`, `3B:9F:96`, `3B9F96`.
pub fn parse_hex(text: &str) -> Result<Vec<u8>, String> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | ':' | '\t'))
        .collect();
    if digits.is_empty()
        || !digits.len().is_multiple_of(2)
        || !digits.chars().all(|c| c.is_ascii_hexdigit())
    {
        return Err(format!("\"{text}\" is not a list of hex bytes"));
    }
    let bytes: Vec<u8> = (0..digits.len())
        .step_by(2)
        .filter_map(|i| u8::from_str_radix(&digits[i..i + 2], 16).ok())
        .collect();
    if bytes.len() > MAX_ATR {
        return Err(format!(
            "\"{text}\" is longer than an ATR can be ({MAX_ATR} bytes)"
        ));
    }
    Ok(bytes)
}

/// An ATR as pcsc-tools shows it: upper-case hex bytes separated by spaces.
pub fn spaced_hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// An ATR to match exactly, or under a mask (bits set in the mask must match).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtrPattern {
    pub bytes: Vec<u8>,
    pub mask: Vec<u8>,
}

impl AtrPattern {
    pub fn parse(text: &str) -> Result<AtrPattern, String> {
        let (atr, mask) = match text.split_once('/') {
            Some((atr, mask)) => (parse_hex(atr)?, parse_hex(mask)?),
            None => {
                let atr = parse_hex(text)?;
                let mask = vec![0xFF; atr.len()];
                (atr, mask)
            }
        };
        if atr.len() != mask.len() {
            return Err(format!("\"{text}\": the mask must be as long as the ATR"));
        }
        Ok(AtrPattern { bytes: atr, mask })
    }

    pub fn matches(&self, atr: &[u8]) -> bool {
        atr.len() == self.bytes.len()
            && atr
                .iter()
                .zip(&self.bytes)
                .zip(&self.mask)
                .all(|((a, b), m)| a & m == b & m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_forms() {
        assert_eq!(parse_hex("3B 9F 96").unwrap(), [0x3B, 0x9F, 0x96]);
        assert_eq!(parse_hex("3b:9f:96").unwrap(), [0x3B, 0x9F, 0x96]);
        assert_eq!(parse_hex("3B9F96").unwrap(), [0x3B, 0x9F, 0x96]);
        for bad in ["", "3", "3B 9", "ZZ", "3B ..", &"00 ".repeat(34)] {
            assert!(parse_hex(bad).is_err(), "{bad}");
        }
        assert_eq!(spaced_hex(&[0x3B, 0x0A]), "3B 0A");
    }

    #[test]
    fn exact_and_masked_matching() {
        let exact =
            AtrPattern::parse("3B 6F 00 00 80 31 E0 6B 04 21 05 02 61 55 55 55 55 55 55").unwrap();
        assert!(exact.matches(
            &parse_hex("3B 6F 00 00 80 31 E0 6B 04 21 05 02 61 55 55 55 55 55 55").unwrap()
        ));
        // The Icelandic eID differs in one byte and must not match.
        assert!(!exact.matches(
            &parse_hex("3B 6F 00 00 80 31 E0 6B 04 21 05 02 6C 55 55 55 55 55 55").unwrap()
        ));
        assert!(!exact
            .matches(&parse_hex("3B 6F 00 00 80 31 E0 6B 04 21 05 02 61 55 55 55 55 55").unwrap()));
        let masked = AtrPattern::parse("3B 6F 00 / FF F0 00").unwrap();
        assert!(masked.matches(&[0x3B, 0x6A, 0x99]));
        assert!(!masked.matches(&[0x3B, 0x7F, 0x00]));
        assert!(AtrPattern::parse("3B 6F / FF").is_err());
    }
}
