//! The support code: a short code, computed on this computer, that tells the helpline the
//! whole result. It holds the profile's data version and, for each check, whether it ran, its
//! status and its primary finding; nothing personal, no serial number. It is never sent anywhere.
//!
//! Layout, 55 bits as 11 Crockford base-32 characters, then one check character:
//! 1 bit format (0), 5 bits data month (months since January 2024, modulo 32), then 7 bits per
//! check slot (see [`numbers::TABLE`]): 0 when the check did not run, else
//! 1 + finding number × 5 + status. Shown in groups of four: `K7QM-2XD0-AB7C`.

mod check_char;
pub mod numbers;

use crate::report::{CheckReport, Status};

/// Crockford's base-32 alphabet: no I, L, O or U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const DATA_CHARS: usize = 11;
const STATUSES: [Status; 5] = [
    Status::Pass,
    Status::Warn,
    Status::Fail,
    Status::Absent,
    Status::Skipped,
];

/// What a support code says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// Months since January 2024, modulo 32, of the profile's `as_of` date.
    pub data_month: u8,
    /// Each check that ran, in slot order: (check id, primary code, status).
    pub checks: Vec<(&'static str, &'static str, Status)>,
}

/// Computes the support code for a report's checks.
pub fn encode(checks: &[CheckReport], data_version: time::Date) -> String {
    let mut bits: u64 = u64::from(data_month(data_version)); // format bit 0 above it
    for (slot, (id, _)) in numbers::TABLE.iter().enumerate() {
        let value = checks
            .iter()
            .find(|c| c.id == *id)
            .and_then(|check| {
                let primary = check.primary()?;
                let (found_slot, number) = numbers::number_of(&primary.code)?;
                let status = STATUSES.iter().position(|s| *s == primary.status)?;
                (found_slot == slot).then_some(1 + number * 5 + status)
            })
            .unwrap_or(0);
        bits = (bits << 7) | value as u64;
    }
    let mut symbols = [0u8; DATA_CHARS];
    for (i, symbol) in symbols.iter_mut().enumerate() {
        *symbol = ((bits >> (5 * (DATA_CHARS - 1 - i))) & 0x1F) as u8;
    }
    let check = check_char::compute(&symbols);
    let text: String = symbols
        .iter()
        .chain([&check])
        .map(|s| char::from(ALPHABET[usize::from(*s)]))
        .collect();
    format!("{}-{}-{}", &text[0..4], &text[4..8], &text[8..12])
}

/// Why a code could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// Not 12 characters of the alphabet.
    Shape,
    /// The check character does not match: a character was misheard or two were swapped.
    Check,
    /// It checks out, but holds values no report can produce.
    Content,
}

/// Reads a code as the caller said it: any case, with or without separators, with the
/// confusable letters O (zero) and I or L (one).
pub fn decode(text: &str) -> Result<Decoded, Invalid> {
    let mut symbols = Vec::new();
    for c in text.chars().filter(|c| !matches!(c, '-' | ' ' | '.' | '_')) {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        };
        let value = ALPHABET
            .iter()
            .position(|a| char::from(*a) == c)
            .ok_or(Invalid::Shape)?;
        symbols.push(value as u8);
    }
    if symbols.len() != DATA_CHARS + 1 {
        return Err(Invalid::Shape);
    }
    if !check_char::verify(&symbols) {
        return Err(Invalid::Check);
    }
    let bits = symbols[..DATA_CHARS]
        .iter()
        .fold(0u64, |acc, s| (acc << 5) | u64::from(*s));
    let slots = numbers::TABLE.len();
    if bits >> (5 + 7 * slots) != 0 {
        return Err(Invalid::Content); // an unknown format
    }
    let data_month = ((bits >> (7 * slots)) & 0x1F) as u8;
    let mut checks = Vec::new();
    for (slot, (id, codes)) in numbers::TABLE.iter().enumerate() {
        let value = ((bits >> (7 * (slots - 1 - slot))) & 0x7F) as usize;
        if value == 0 {
            continue;
        }
        let (number, status) = ((value - 1) / 5, (value - 1) % 5);
        let code = codes.get(number).ok_or(Invalid::Content)?;
        checks.push((*id, *code, STATUSES[status]));
    }
    Ok(Decoded { data_month, checks })
}

/// Months since January 2024, modulo 32.
fn data_month(date: time::Date) -> u8 {
    let months = (date.year() - 2024) * 12 + i32::from(date.month() as u8) - 1;
    months.rem_euclid(32) as u8
}

/// The latest first day of a month, not after `today`, whose data month is `month`.
pub fn month_of(month: u8, today: time::Date) -> time::Date {
    let mut date = time::Date::from_calendar_date(today.year(), today.month(), 1).unwrap_or(today);
    for _ in 0..32 {
        if data_month(date) == month {
            return date;
        }
        date = date
            .previous_day()
            .and_then(|d| time::Date::from_calendar_date(d.year(), d.month(), 1).ok())
            .unwrap_or(date);
    }
    date
}

#[cfg(test)]
mod tests;
