//! Eight bytes at a time in one `u64` (SIMD within a register): the byte test and the ASCII case
//! folding that the word and phrase tables and attribution's word readers share, and the byte
//! search of the JSON-lines writer.

/// One in each byte of a `u64`.
pub const ONES: u64 = u64::from_le_bytes([1; 8]);
/// The top bit of each byte of a `u64`.
pub const HIGH: u64 = ONES * 0x80;

/// The top bit of each byte of `w` that is below `n` (at most 0x80), exactly: a byte with its top
/// bit set first takes `n` away without borrowing from the next.
#[inline]
pub fn bytes_below(w: u64, n: u8) -> u64 {
    !(w | HIGH).wrapping_sub(ONES * u64::from(n)) & !w & HIGH
}

/// The top bit of each byte of `w` that equals `b`, exactly: a byte equals `b` when it is below
/// one after the two are xored.
#[inline]
pub fn bytes_equal(w: u64, b: u8) -> u64 {
    bytes_below(w ^ (ONES * u64::from(b)), 1)
}

/// Not zero exactly when some byte of `w` is below `n` (at most 0x80): cheaper than `bytes_below`
/// where only whether there is one matters, as a borrow may flag bytes above the first that is.
#[inline]
pub fn any_below(w: u64, n: u8) -> u64 {
    w.wrapping_sub(ONES * u64::from(n)) & !w & HIGH
}

/// Not zero exactly when some byte of `w` equals `b` (what `any_below` is to `bytes_below`).
#[inline]
pub fn any_equal(w: u64, b: u8) -> u64 {
    any_below(w ^ (ONES * u64::from(b)), 1)
}

/// Every byte from `A` to `Z` of `w` made lower case, all eight at once: a byte is upper case when
/// its low seven bits reach `A` and stay below `Z + 1` and its top bit is clear; no byte's sum
/// carries into the next, as seven bits plus 63 stay under 256.
#[inline]
pub fn ascii_lowercase(w: u64) -> u64 {
    let low7 = w & !HIGH;
    let from_a = low7 + ONES * (0x80 - u64::from(b'A'));
    let past_z = low7 + ONES * (0x80 - u64::from(b'Z') - 1);
    let upper = from_a & !past_z & !w & HIGH;
    w | (upper >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_is_tested_and_folded_as_alone() {
        for b in 0..=255u8 {
            for other in [0u8, b'A', b'z', 0x7f, 0x80, 0xff] {
                let w = u64::from_le_bytes([other, b, other, b, b, other, b, other]);
                let folded = ascii_lowercase(w).to_le_bytes();
                for (f, x) in folded.iter().zip(w.to_le_bytes()) {
                    assert_eq!(*f, x.to_ascii_lowercase());
                }
                for n in 0..=0x80u8 {
                    let below = bytes_below(w, n).to_le_bytes();
                    for (got, x) in below.iter().zip(w.to_le_bytes()) {
                        assert_eq!(*got == 0x80, x < n, "{x} < {n}");
                    }
                }
                for n in 0..=0x80u8 {
                    let any = w.to_le_bytes().iter().any(|&x| x < n);
                    assert_eq!(any_below(w, n) != 0, any, "{w:x} below {n}");
                }
                for n in 0..=255u8 {
                    let any = w.to_le_bytes().contains(&n);
                    assert_eq!(any_equal(w, n) != 0, any, "{w:x} holds {n}");
                    let equal = bytes_equal(w, n).to_le_bytes();
                    for (got, x) in equal.iter().zip(w.to_le_bytes()) {
                        assert_eq!(*got == 0x80, x == n, "{x} == {n}");
                    }
                }
            }
        }
    }
}
