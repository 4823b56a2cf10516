//! Format 2: 95 bits as 19 symbols, then the check character (20 characters, five groups of
//! four). From the most significant bit:
//!
//! | bits | field |
//! |------|-------|
//! | 2  | format marker, `01` |
//! | 6  | data month: months since January 2024, modulo 64 |
//! | 6  | loginsjekk's minor version, modulo 64 |
//! | 2  | operating system family ([`OsFamily::ALL`]) |
//! | 1  | a smoke test of checks (`--only`/`--skip` without `--method`) |
//! | 1  | the methods were named with `--method` |
//! | 6  | the methods in scope, one bit each ([`numbers::METHODS`]) |
//! | 49 | 7 check slots of 7 bits, as in format 1 |
//! | 22 | findings behind a primary one, one bit each ([`numbers::SECONDARY`]) |

use super::{from_slot_value, numbers, slot_value, to_symbols, Decoded, Invalid, Run, RunFacts};
use crate::os_family::OsFamily;

/// Characters in a format-2 code, with the check character.
pub const CHARS: usize = 20;
const SLOTS: usize = 7;
const MARKER: u128 = 0b01;

pub fn encode(run: &Run, minor_version: u8) -> Vec<u8> {
    let mut bits: u128 = MARKER;
    let mut push = |width: u32, value: u128| bits = (bits << width) | (value & ((1 << width) - 1));
    push(6, u128::from(super::data_month(run.data_version, 64)));
    push(6, u128::from(minor_version));
    push(2, u128::from(run.os.number()));
    push(1, u128::from(run.by_checks));
    push(1, u128::from(run.chosen));
    let mask = numbers::METHODS
        .iter()
        .enumerate()
        .filter(|(_, id)| run.methods.iter().any(|m| m == *id))
        .fold(0u128, |mask, (bit, _)| mask | 1 << bit);
    push(numbers::MAX_METHODS as u32, mask);
    for (slot, (id, _)) in numbers::TABLE.iter().take(SLOTS).enumerate() {
        push(7, u128::from(slot_value(run.checks, slot, id)));
    }
    let behind = numbers::SECONDARY
        .iter()
        .enumerate()
        .filter(|(_, code)| {
            run.checks.iter().any(|check| {
                let primary = check.primary().map(|p| p.code);
                // Whatever its status: a passing proxy setting still matters behind a portal failure.
                check
                    .findings
                    .iter()
                    .any(|f| f.code == **code && primary != Some(f.code))
            })
        })
        .fold(0u128, |flags, (bit, _)| flags | 1 << bit);
    push(numbers::MAX_SECONDARY as u32, behind);
    to_symbols(bits, CHARS - 1)
}

pub fn decode(bits: u128) -> Result<Decoded, Invalid> {
    let mut left = 5 * (CHARS as u32 - 1);
    let mut take = |width: u32| {
        left -= width;
        (bits >> left) & ((1 << width) - 1)
    };
    if take(2) != MARKER {
        return Err(Invalid::Content); // a format to come
    }
    let data_month = take(6) as u8;
    let minor_version = take(6) as u8;
    let os = OsFamily::from_number(take(2) as u8);
    let by_checks = take(1) == 1;
    let chosen = take(1) == 1;
    let mask = take(numbers::MAX_METHODS as u32);
    if mask >> numbers::METHODS.len() != 0 {
        return Err(Invalid::Content);
    }
    let methods = numbers::METHODS
        .iter()
        .enumerate()
        .filter(|(bit, _)| mask & (1 << bit) != 0)
        .map(|(_, id)| *id)
        .collect();
    let mut checks = Vec::new();
    for slot in 0..SLOTS {
        checks.extend(from_slot_value(slot, take(7) as usize)?);
    }
    let flags = take(numbers::MAX_SECONDARY as u32);
    if flags >> numbers::SECONDARY.len() != 0 {
        return Err(Invalid::Content);
    }
    let mut secondary = Vec::new();
    for (bit, code) in numbers::SECONDARY.iter().enumerate() {
        if flags & (1 << bit) != 0 {
            secondary.push((code.check(), *code));
        }
    }
    Ok(Decoded {
        format: 2,
        data_month,
        checks,
        secondary,
        run: Some(RunFacts {
            os,
            minor_version,
            methods,
            chosen,
            by_checks,
        }),
    })
}
