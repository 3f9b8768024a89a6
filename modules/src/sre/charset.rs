//! Set membership: `SRE(charset)` of Modules/_sre/sre_lib.h, and the bitmaps below 256 that each pattern's sets are compiled to once, so the matcher tests most characters with one bit instead of walking the set's opcodes.

use super::chars;
use super::constants::op;

/// `SRE(charset)`: whether `ch` is in the set starting at `code[set]`
/// (bounds-checked, so even damaged code cannot panic).
pub fn in_set(code: &[u32], mut set: usize, ch: u32) -> bool {
    let c = |i: usize| code.get(i).copied().unwrap_or(op::FAILURE);
    let mut ok = true;
    loop {
        let o = c(set);
        set += 1;
        match o {
            op::FAILURE => return !ok,
            op::LITERAL => {
                if ch == c(set) {
                    return ok;
                }
                set += 1;
            }
            op::CATEGORY => {
                if chars::in_category(c(set), ch) {
                    return ok;
                }
                set += 1;
            }
            op::CHARSET => {
                if ch < 256 && c(set + (ch as usize) / 32) & (1 << (ch & 31)) != 0 {
                    return ok;
                }
                set += 8;
            }
            op::RANGE => {
                if c(set) <= ch && ch <= c(set + 1) {
                    return ok;
                }
                set += 2;
            }
            op::RANGE_UNI_IGNORE => {
                let (lo, hi) = (c(set), c(set + 1));
                if lo <= ch && ch <= hi {
                    return ok;
                }
                let uch = chars::upper_unicode(ch);
                if lo <= uch && uch <= hi {
                    return ok;
                }
                set += 2;
            }
            op::NEGATE => ok = !ok,
            op::BIGCHARSET => {
                let count = c(set) as usize;
                set += 1;
                if ch < 0x10000 {
                    // The 256 block indices are bytes packed little-endian into 64 words.
                    let b = (ch >> 8) as usize;
                    let block = (c(set + b / 4) >> (8 * (b % 4))) & 0xff;
                    let bit = block as usize * 256 + (ch & 255) as usize;
                    if c(set + 64 + bit / 32) & (1 << (ch & 31)) != 0 {
                        return ok;
                    }
                }
                set += 64 + count * 8;
            }
            _ => return false,
        }
    }
}

/// Which of the characters below 256 a set holds, one bit each.
type Bitmap = [u32; 8];

/// The bitmaps of one code list's sets, found by index of the set's first word.
#[derive(Default)]
pub struct SetTables {
    /// Per code word: 0, or 1 + the index in `bitmaps` of the set starting there.
    slots: Box<[u32]>,
    bitmaps: Box<[Bitmap]>,
}

impl SetTables {
    /// Evaluates each set of `code` (starting at the `starts` the validator
    /// found) for every character below 256.
    pub fn new(code: &[u32], starts: &[usize]) -> SetTables {
        if starts.is_empty() {
            return SetTables::default();
        }
        let mut slots = vec![0u32; code.len()];
        let mut bitmaps = Vec::with_capacity(starts.len());
        for &start in starts {
            let Some(slot) = slots.get_mut(start) else {
                continue;
            };
            let mut bits: Bitmap = [0; 8];
            for ch in 0..256u32 {
                if in_set(code, start, ch) {
                    bits[(ch / 32) as usize] |= 1 << (ch % 32);
                }
            }
            bitmaps.push(bits);
            *slot = bitmaps.len() as u32;
        }
        SetTables {
            slots: slots.into_boxed_slice(),
            bitmaps: bitmaps.into_boxed_slice(),
        }
    }

    /// The set starting at `code[set]`, with its bitmap when it has one.
    #[inline]
    pub fn set<'a>(&'a self, code: &'a [u32], set: usize) -> Set<'a> {
        let slot = self.slots.get(set).copied().unwrap_or(0) as usize;
        Set {
            code,
            start: set,
            bits: slot.checked_sub(1).and_then(|i| self.bitmaps.get(i)),
        }
    }
}

/// One set of a code list, ready for membership tests.
#[derive(Clone, Copy)]
pub struct Set<'a> {
    code: &'a [u32],
    start: usize,
    bits: Option<&'a Bitmap>,
}

impl Set<'_> {
    #[inline]
    pub fn contains(&self, ch: u32) -> bool {
        if ch < 256
            && let Some(bits) = self.bits
        {
            return bits[(ch >> 5) as usize] & (1 << (ch & 31)) != 0;
        }
        in_set(self.code, self.start, ch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sre::constants::category;

    #[test]
    fn bitmaps_agree_with_the_walk() {
        // `[^\d_x-z]`: NEGATE, CATEGORY, LITERAL, RANGE, FAILURE.
        let code = [
            op::NEGATE,
            op::CATEGORY,
            category::UNI_DIGIT,
            op::LITERAL,
            95,
            op::RANGE,
            120,
            122,
            op::FAILURE,
        ];
        let tables = SetTables::new(&code, &[0]);
        let set = tables.set(&code, 0);
        for ch in (0..600).chain([0x660, 0x10_ffff]) {
            assert_eq!(set.contains(ch), in_set(&code, 0, ch), "{ch}");
        }
        assert!(set.contains(u32::from(b'a')));
        assert!(!set.contains(u32::from(b'5')));
        assert!(!set.contains(0x660));
    }
}
