//! The support code: a short code, computed on this computer, that tells the helpline what the
//! run found. Nothing personal, no serial number; it is never sent anywhere.
//!
//! Two formats, told apart by length (docs/report-format.md, "Support code"):
//! - format 1, 12 characters (`19E1-6803-HR1P`): the profile's month and each check's status and
//!   primary finding ([`v1`]). Reports no longer write it; codes read out from older versions
//!   still decode.
//! - format 2, 20 characters (`…-…-…-…-…`): format 1's content, plus the findings behind the
//!   primary ones that change what the helpline says, the methods the run was for, the
//!   operating system family and loginsjekk's minor version ([`v2`]).
//!
//! The last character of either is a check character ([`check_char`]).

mod check_char;
pub mod numbers;
mod v1;
mod v2;

use crate::code::FindingCode;
use crate::os_family::OsFamily;
use crate::report::{CheckReport, Status};

/// Crockford's base-32 alphabet: no I, L, O or U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
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
    /// 1 or 2.
    pub format: u8,
    /// The profile's month, as months since January 2024 modulo [`Decoded::month_modulus`].
    pub data_month: u8,
    /// Each check that ran, in slot order: (check id, primary code, status).
    pub checks: Vec<(&'static str, FindingCode, Status)>,
    /// Findings behind a check's primary one (format 2): (check id, code).
    pub secondary: Vec<(&'static str, FindingCode)>,
    /// What the run was for (format 2).
    pub run: Option<RunFacts>,
}

/// The facts about a run that format 2 carries besides its findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunFacts {
    pub os: OsFamily,
    /// loginsjekk's minor version, modulo 64.
    pub minor_version: u8,
    /// The methods the run was for, by id.
    pub methods: Vec<&'static str>,
    /// They were named with `--method`.
    pub chosen: bool,
    /// A smoke test of checks (`--only`/`--skip` without `--method`).
    pub by_checks: bool,
}

impl Decoded {
    /// How many months the data month counts before it wraps.
    pub fn month_modulus(&self) -> u8 {
        if self.format == 1 {
            32
        } else {
            64
        }
    }
}

/// Everything a format-2 code is computed from.
pub struct Run<'a> {
    pub checks: &'a [CheckReport],
    pub data_version: time::Date,
    pub os: OsFamily,
    /// The methods in scope, by id.
    pub methods: &'a [String],
    pub chosen: bool,
    pub by_checks: bool,
}

/// Computes the support code (format 2) for a run.
pub fn encode(run: &Run) -> String {
    let minor = env!("CARGO_PKG_VERSION_MINOR").parse::<u8>().unwrap_or(0);
    shown(&v2::encode(run, minor))
}

/// The symbols with their check character, in groups of four.
fn shown(symbols: &[u8]) -> String {
    let check = check_char::compute(symbols);
    let text: Vec<char> = symbols
        .iter()
        .chain([&check])
        .map(|s| char::from(ALPHABET[usize::from(*s)]))
        .collect();
    text.chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The `count` 5-bit symbols of the low bits of `bits`, most significant first.
fn to_symbols(bits: u128, count: usize) -> Vec<u8> {
    (0..count)
        .map(|i| ((bits >> (5 * (count - 1 - i))) & 0x1F) as u8)
        .collect()
}

/// Why a code could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// Not 12 or 20 characters of the alphabet.
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
    if symbols.len() != v1::CHARS && symbols.len() != v2::CHARS {
        return Err(Invalid::Shape);
    }
    if !check_char::verify(&symbols) {
        return Err(Invalid::Check);
    }
    let data = &symbols[..symbols.len() - 1];
    let bits = data
        .iter()
        .fold(0u128, |acc, s| (acc << 5) | u128::from(*s));
    if symbols.len() == v1::CHARS {
        v1::decode(bits as u64)
    } else {
        v2::decode(bits)
    }
}

/// The slot value of a check: 0 when it did not run, else 1 + finding number × 5 + status.
fn slot_value(checks: &[CheckReport], slot: usize, id: &str) -> u64 {
    checks
        .iter()
        .find(|c| c.id == id)
        .and_then(|check| {
            let primary = check.primary()?;
            let (found_slot, number) = numbers::number_of(primary.code)?;
            let status = STATUSES.iter().position(|s| *s == primary.status)?;
            (found_slot == slot).then_some((1 + number * 5 + status) as u64)
        })
        .unwrap_or(0)
}

/// The check a slot value stands for, if it ran.
fn from_slot_value(
    slot: usize,
    value: usize,
) -> Result<Option<(&'static str, FindingCode, Status)>, Invalid> {
    if value == 0 {
        return Ok(None);
    }
    let (id, codes) = numbers::TABLE[slot];
    let (number, status) = ((value - 1) / 5, (value - 1) % 5);
    let code = codes.get(number).ok_or(Invalid::Content)?;
    Ok(Some((id, *code, STATUSES[status])))
}

/// Months since January 2024, modulo `modulus`.
fn data_month(date: time::Date, modulus: u8) -> u8 {
    let months = (date.year() - 2024) * 12 + i32::from(date.month() as u8) - 1;
    months.rem_euclid(i32::from(modulus)) as u8
}

/// The latest first day of a month, not after `today`, whose data month is `month`.
pub fn month_of(month: u8, modulus: u8, today: time::Date) -> time::Date {
    let mut date = time::Date::from_calendar_date(today.year(), today.month(), 1).unwrap_or(today);
    for _ in 0..modulus {
        if data_month(date, modulus) == month {
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
#[cfg(test)]
mod tests_v2;
