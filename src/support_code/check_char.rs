//! The support code's check character: a weighted sum in GF(32) with distinct weights, which
//! detects every single wrong character and every swap of two characters.

/// x^5 + x^2 + 1, a primitive polynomial: powers of x run through all 31 non-zero elements.
const POLY: u8 = 0b10_0101;

fn mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0;
    while b != 0 {
        if b & 1 != 0 {
            product ^= a;
        }
        b >>= 1;
        a <<= 1;
        if a & 0x20 != 0 {
            a ^= POLY;
        }
    }
    product
}

/// x to the power `n`.
fn power(n: usize) -> u8 {
    (0..n).fold(1, |acc, _| mul(acc, 2))
}

/// Σ symbol(i) · x^(len − i): the first data symbol weighs most, the last x¹ (the check weighs 1).
fn weighted_sum(symbols: &[u8]) -> u8 {
    symbols.iter().enumerate().fold(0, |sum, (i, s)| {
        sum ^ mul(*s & 0x1F, power(symbols.len() - i))
    })
}

/// The check symbol for `data`: it makes the weighted sum of data and check, with the check
/// weighted 1, zero.
pub fn compute(data: &[u8]) -> u8 {
    weighted_sum(data)
}

/// True when the last symbol is the right check symbol for the others.
pub fn verify(symbols: &[u8]) -> bool {
    match symbols.split_last() {
        Some((check, data)) => weighted_sum(data) ^ check == 0,
        None => false,
    }
}
