//! The character set maps of the CJK codecs (CPython's Modules/cjkcodecs `decode_map`/`encode_map` tables), generated from the reference interpreter by tools/gen_cjk_tables.py; kept in their own crate so the tables compile once.

#[rustfmt::skip]
mod tables;

pub use tables::*;

/// Values below this in a decode map's `values` are characters; from here to
/// 0xDFFF they index `wide` (non-BMP characters and pairs).
const WIDE_BASE: u16 = 0xD800;
const NONE: u16 = 0xFFFF;

/// A map keyed by 16 bits (a lead and a trail byte, or a code point's low 16
/// bits): for each high byte a row covering the low bytes `lo..=hi`.
pub struct Map {
    /// Per high byte: `lo | hi << 8 | start << 16`, `start` indexing
    /// `values`; rows with `lo > hi` are empty.
    rows: &'static [u32; 256],
    values: &'static [u16],
    wide: &'static [u32],
}

/// What a decode map gives for a code.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Decoded {
    One(u32),
    Pair(u32, u32),
}

impl Map {
    fn raw(&self, key: u16) -> Option<u16> {
        let row = self.rows[usize::from(key >> 8)];
        let (lo, hi, start) = (row & 0xff, (row >> 8) & 0xff, row >> 16);
        let low = u32::from(key & 0xff);
        if low < lo || low > hi {
            return None;
        }
        let v = self.values[(start + low - lo) as usize];
        (v != NONE).then_some(v)
    }

    /// The character(s) a decode map gives for bytes `c1`, `c2`
    /// (CPython's `TRYMAP_DEC`).
    pub fn decode(&self, c1: u8, c2: u8) -> Option<Decoded> {
        let v = self.raw(u16::from(c1) << 8 | u16::from(c2))?;
        if !(WIDE_BASE..0xe000).contains(&v) {
            return Some(Decoded::One(u32::from(v)));
        }
        let w = self.wide[usize::from(v - WIDE_BASE)];
        Some(if w > 0x10ffff {
            Decoded::Pair(w >> 16, w & 0xffff)
        } else {
            Decoded::One(w)
        })
    }

    /// The code an encode map gives for `key` (a BMP code point, or the low
    /// 16 bits of a plane-2 one): CPython's `TRYMAP_ENC`.
    pub fn encode(&self, key: u32) -> Option<u16> {
        u16::try_from(key).ok().and_then(|k| self.raw(k))
    }
}

/// GB 18030's four-byte BMP codes: the character of sequence number `lseq`
/// (below 39420).
pub fn gb18030_bmp_char(lseq: u32) -> Option<u32> {
    let i = GB18030_RANGES.partition_point(|&(_, _, base)| u32::from(base) <= lseq);
    let (first, _, base) = *GB18030_RANGES.get(i.checked_sub(1)?)?;
    Some(u32::from(first) + lseq - u32::from(base))
}

/// The sequence number of a BMP character's four-byte GB 18030 code.
pub fn gb18030_bmp_lseq(c: u32) -> Option<u32> {
    let i = GB18030_RANGES.partition_point(|&(first, _, _)| u32::from(first) <= c);
    let (first, last, base) = *GB18030_RANGES.get(i.checked_sub(1)?)?;
    (c <= u32::from(last)).then(|| c - u32::from(first) + u32::from(base))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_answer_like_the_reference() {
        // JIS X 0208 row 16 cell 1 is 亜; KS X 1001 0x3021 is 가; HKSCS 0x8862 is Ê̄.
        assert_eq!(JISX0208.decode(0x30, 0x21), Some(Decoded::One(0x4e9c)));
        assert_eq!(KSX1001.decode(0x30, 0x21), Some(Decoded::One(0xac00)));
        assert_eq!(
            BIG5HKSCS_DEC.decode(0x88, 0x62),
            Some(Decoded::Pair(0xca, 0x304))
        );
        assert_eq!(JISXCOMMON.encode(0x4e9c), Some(0x3021));
        assert_eq!(JISX0208.decode(0x7f, 0x21), None);
        assert_eq!(CP949.encode(0x11_0000), None);
    }

    #[test]
    fn gb18030_four_byte_runs_invert() {
        for lseq in 0..39420 {
            let c = gb18030_bmp_char(lseq).expect("every BMP sequence number decodes");
            assert_eq!(gb18030_bmp_lseq(c), Some(lseq));
        }
    }
}
