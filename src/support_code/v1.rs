//! Format 1: 55 bits as 11 symbols, then the check character (12 characters).
//!
//! 1 bit format (0), 5 bits data month (months since January 2024, modulo 32), then 7 bits per
//! check slot (see [`numbers::TABLE`]): 0 when the check did not run, else
//! 1 + finding number × 5 + status.

use super::{from_slot_value, Decoded, Invalid};
#[cfg(test)]
use super::{numbers, shown, slot_value, to_symbols, CheckReport};

/// Characters in a format-1 code, with the check character.
pub const CHARS: usize = 12;
const SLOTS: usize = 7;

/// The format-1 code of a report's checks. Only tests still write it: codes read out from
/// older versions must keep decoding.
#[cfg(test)]
pub fn encode(checks: &[CheckReport], data_version: time::Date) -> String {
    let mut bits: u64 = u64::from(super::data_month(data_version, 32));
    for (slot, (id, _)) in numbers::TABLE.iter().take(SLOTS).enumerate() {
        bits = (bits << 7) | slot_value(checks, slot, id);
    }
    shown(&to_symbols(u128::from(bits), CHARS - 1))
}

pub fn decode(bits: u64) -> Result<Decoded, Invalid> {
    if bits >> (5 + 7 * SLOTS) != 0 {
        return Err(Invalid::Content); // an unknown format
    }
    let data_month = ((bits >> (7 * SLOTS)) & 0x1F) as u8;
    let mut checks = Vec::new();
    for slot in 0..SLOTS {
        let value = ((bits >> (7 * (SLOTS - 1 - slot))) & 0x7F) as usize;
        checks.extend(from_slot_value(slot, value)?);
    }
    Ok(Decoded {
        format: 1,
        data_month,
        checks,
        secondary: Vec::new(),
        run: None,
    })
}
