//! CPython's hash algorithms: numbers modulo 2**61-1 (Python/pyhash.c `_Py_HashDouble`, Objects/longobject.c `long_hash`), SipHash-1-3 for str and bytes keyed by `PYTHONHASHSEED`, and the xxHash-style tuple hash.

use num_bigint::{BigInt, Sign};
use std::cell::Cell;

pub const MODULUS_BITS: u32 = 61;
pub const MODULUS: u64 = (1 << MODULUS_BITS) - 1;
pub const INF: i64 = 314_159;

/// `-1` is reserved for errors in CPython, so hashes never take it.
pub fn fix_hash(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(i)` for a machine int.
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix_hash(if i < 0 { -m } else { m })
}

/// `hash(n)` for a big int.
pub fn hash_bigint(n: &BigInt) -> i64 {
    let (sign, digits) = n.to_u32_digits();
    // Horner's rule from the most significant 32-bit digit, mod 2**61-1.
    let mut x: u64 = 0;
    for d in digits.iter().rev() {
        // x * 2**32 mod M: rotate within 61 bits.
        x = ((x << 32) & MODULUS) | (x >> (MODULUS_BITS - 32));
        x += u64::from(*d);
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let h = x as i64;
    fix_hash(if sign == Sign::Minus { -h } else { h })
}

/// `_Py_HashDouble` (NaN hashes by identity, passed in as `identity`).
pub fn hash_f64(v: f64, identity: usize) -> i64 {
    if v.is_nan() {
        return fix_hash((identity as i64).rotate_right(4));
    }
    if v.is_infinite() {
        return if v > 0.0 { INF } else { -INF };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (MODULUS_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % MODULUS_BITS as i32
    } else {
        MODULUS_BITS as i32 - 1 - ((-1 - e) % MODULUS_BITS as i32)
    };
    x = ((x << e) & MODULUS) | (x >> (MODULUS_BITS as i32 - e));
    fix_hash(x as i64 * sign)
}

/// `frexp`: mantissa in [0.5, 1) and exponent.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

crate::gil_shared! {
    static SIP_KEY: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

/// Sets the SipHash key (from `PYTHONHASHSEED` or random bytes at start-up).
pub fn set_hash_key(k0: u64, k1: u64) {
    SIP_KEY.with(|k| k.set((k0, k1)));
}

/// CPython's `PYTHONHASHSEED=N` key derivation: an LCG fills the secret.
pub fn key_from_seed(seed: u32) -> (u64, u64) {
    if seed == 0 {
        return (0, 0);
    }
    let mut x = seed;
    let mut bytes = [0u8; 16];
    for b in &mut bytes {
        x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
        *b = ((x >> 16) & 0xff) as u8;
    }
    (
        u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes")),
        u64::from_le_bytes(bytes[8..].try_into().expect("8 bytes")),
    )
}

/// `hash()` of str/bytes data: SipHash-1-3 of the bytes (CPython hashes
/// the string's storage units; callers pass them as bytes).
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let (k0, k1) = SIP_KEY.with(|k| k.get());
    fix_hash(siphash13(k0, k1, data) as i64)
}

/// `_Py_KeyedHash`: SipHash-1-3 under a caller's key (hash-based pycs'
/// `_imp.source_hash`), independent of the `hash()` key.
pub fn keyed_hash(key: u64, data: &[u8]) -> u64 {
    siphash13(key, 0, data)
}

fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v2 = v2.rotate_left(32);
    };
    let chunks = data.chunks_exact(8);
    let tail = chunks.remainder();
    for c in chunks {
        let m = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut last = (data.len() as u64 & 0xff) << 56;
    for (i, b) in tail.iter().enumerate() {
        last |= u64::from(*b) << (8 * i);
    }
    v3 ^= last;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= last;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

/// The tuple hash (xxHash-64 rounds over the item hashes).
pub fn hash_tuple(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let len = item_hashes.len() as u64;
    let mut acc = P5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_hash_like_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.5, 0), 1_152_921_504_606_846_977);
        assert_eq!(hash_f64(-0.5, 0), -1_152_921_504_606_846_976);
        assert_eq!(hash_bigint(&(BigInt::from(1) << 100)), hash_i64(1 << 39));
        assert_eq!(hash_tuple([].into_iter()), 5_740_354_900_026_072_187);
    }
}
