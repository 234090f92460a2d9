//! Byte classes read eight bytes at a time, for the loops that walk every byte of the
//! text: each word's length, the skip to the next digit.
//!
//! Each function takes eight bytes of text as a little-endian `u64` and sets the high
//! bit of each byte of its result where that byte is in the class. The tricks are the
//! standard ones: no carry or borrow crosses from one byte into the next except above
//! a byte already found, so the lowest set bit is always exact, which is all that
//! [`first`] reads.

/// One in each byte of a `u64`.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte of a `u64`.
const HIGH_BITS: u64 = ONES * 0x80;

/// The bytes with `lo < byte < hi`, for limits up to 0x80 (bytes from 0x80 never).
pub fn between(x: u64, lo: u8, hi: u8) -> u64 {
    let low7 = x & (ONES * 0x7f);
    (ONES * (0x7f + u64::from(hi))).wrapping_sub(low7)
        & !x
        & low7.wrapping_add(ONES * (0x7f - u64::from(lo)))
        & HIGH_BITS
}

/// The ASCII letters and digits.
pub fn alphanumeric(x: u64) -> u64 {
    // Setting the 0x20 bit makes capitals small letters and no other byte a letter.
    digits(x) | between(x | (ONES * 0x20), b'a' - 1, b'z' + 1)
}

/// The ASCII digits.
pub fn digits(x: u64) -> u64 {
    between(x, b'0' - 1, b'9' + 1)
}

/// The bytes equal to `byte` (exact up to the first; above it, maybe more).
pub fn equal_to(x: u64, byte: u8) -> u64 {
    let v = x ^ (ONES * u64::from(byte));
    v.wrapping_sub(ONES) & !v & HIGH_BITS
}

/// Where the first byte of `b` in a class is, `class` reading eight bytes at a time (as
/// the functions above). The last few bytes are read as eight with zeros after them,
/// and only their own bits kept: what a zero past the end does to the bits above it
/// is past the end too.
pub fn first(b: &[u8], class: impl Fn(u64) -> u64) -> Option<usize> {
    let found_in = |x: u64, n: usize| {
        let own = if n >= 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        };
        let found = class(x) & HIGH_BITS & own;
        (found != 0).then(|| (found.trailing_zeros() / 8) as usize)
    };
    let mut chunks = b.chunks_exact(8);
    for (k, chunk) in chunks.by_ref().enumerate() {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if let Some(at) = found_in(x, 8) {
            return Some(8 * k + at);
        }
    }
    let rest = chunks.remainder();
    let last = rest.iter().rev().fold(0, |x, &c| x << 8 | u64::from(c));
    found_in(last, rest.len()).map(|at| b.len() - rest.len() + at)
}

/// Whether `b` holds an ASCII digit.
pub fn any_digit(b: &[u8]) -> bool {
    first(b, digits).is_some()
}

/// Calls `check` with every run of bytes that `base` becomes with one byte changed to
/// any value at any place, cut to end anywhere from there and starting a few bytes
/// before: what a scan eight bytes at a time is tested on against its byte walk.
#[cfg(test)]
pub fn each_byte_at_each_place(base: &[u8], check: impl Fn(&[u8])) {
    for at in 0..base.len() {
        for byte in 0..=255u8 {
            let mut b = base.to_vec();
            b[at] = byte;
            for end in at..=b.len() {
                check(&b[at.saturating_sub(9)..end]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan and the byte walk find the same first byte in every run.
    fn agrees(class: impl Fn(u64) -> u64 + Copy, one: impl Fn(u8) -> bool + Copy) {
        each_byte_at_each_place(b"Care Leavers, 2024-25 zA0aZ9q", |hay| {
            assert_eq!(
                first(hay, class),
                hay.iter().position(|&c| one(c)),
                "{hay:?}"
            );
        });
    }

    #[test]
    fn words_end_where_a_byte_by_byte_walk_ends_them() {
        agrees(|x| !alphanumeric(x), |c| !c.is_ascii_alphanumeric());
    }

    #[test]
    fn digits_and_signs_are_found_where_a_byte_by_byte_walk_finds_them() {
        agrees(
            |x| digits(x) | equal_to(x, b'$') | equal_to(x, 0xC2),
            |c| c.is_ascii_digit() || matches!(c, b'$' | 0xC2),
        );
    }
}
