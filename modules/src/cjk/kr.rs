//! The Korean codecs euc_kr, cp949 and johab; mirrors Modules/cjkcodecs/_codecs_kr.c.

use ouro_cjk::{CP949, CP949EXT, KSX1001};

use super::{Codec, State, Step, Stop, decode_one, need, push2};

pub static CODECS: [Codec; 3] = [
    Codec::stateless("euc_kr", euc_kr_encode, euc_kr_decode),
    Codec::stateless("cp949", cp949_encode, cp949_decode),
    Codec::stateless("johab", johab_encode, johab_decode),
];

/// EUC-KR's make-up sequences for syllables outside KS X 1001 (KS X 1001:1998
/// Annex 3): `A4 D4` then the initial, medial and final jamo, each after `A4`.
const JAMO_FIRST: u8 = 0xa4;
const JAMO_FILLER: u8 = 0xd4;

const INITIALS: [u8; 19] = [
    0xa1, 0xa2, 0xa4, 0xa7, 0xa8, 0xa9, 0xb1, 0xb2, 0xb3, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbb,
    0xbc, 0xbd, 0xbe,
];
const MEDIALS: [u8; 21] = [
    0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce,
    0xcf, 0xd0, 0xd1, 0xd2, 0xd3,
];
const FINALS: [u8; 28] = [
    0xd4, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf, 0xb0,
    0xb1, 0xb2, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xba, 0xbb, 0xbc, 0xbd, 0xbe,
];

fn euc_kr_encode(
    _: &Codec,
    _: &mut State,
    text: &[u32],
    pos: &mut usize,
    out: &mut Vec<u8>,
    _: bool,
) -> Step {
    while let Some(&c) = text.get(*pos) {
        if c < 0x80 {
            out.push(c as u8);
            *pos += 1;
            continue;
        }
        let code = CP949.encode(c).ok_or(Stop::Illegal(1))?;
        if code & 0x8000 == 0 {
            push2(out, code | 0x8080);
        } else {
            // Only CP949's extra Hangul syllables have bit 15 set.
            let s = c.wrapping_sub(0xac00) as usize;
            if s >= 11172 {
                return Err(Stop::Internal);
            }
            out.extend([
                JAMO_FIRST,
                JAMO_FILLER,
                JAMO_FIRST,
                INITIALS[s / 588],
                JAMO_FIRST,
                MEDIALS[(s / 28) % 21],
                JAMO_FIRST,
                FINALS[s % 28],
            ]);
        }
        *pos += 1;
    }
    Ok(())
}

/// The index of an initial (from `A1`) or final jamo byte (`A1..=BE`).
fn initial_index(b: u8) -> Option<u32> {
    INITIALS.iter().position(|&x| x == b).map(|i| i as u32)
}

fn final_index(b: u8) -> Option<u32> {
    if b == JAMO_FILLER {
        return Some(0);
    }
    if !(0xa1..=0xbe).contains(&b) {
        return None;
    }
    FINALS[1..]
        .iter()
        .position(|&x| x == b)
        .map(|i| i as u32 + 1)
}

fn euc_kr_decode(
    _: &Codec,
    _: &mut State,
    data: &[u8],
    pos: &mut usize,
    out: &mut Vec<u32>,
) -> Step {
    while let Some(&c) = data.get(*pos) {
        if c < 0x80 {
            out.push(u32::from(c));
            *pos += 1;
            continue;
        }
        need(data, *pos, 2)?;
        if c == JAMO_FIRST && data[*pos + 1] == JAMO_FILLER {
            need(data, *pos, 8)?;
            let s = &data[*pos..*pos + 8];
            if s[2] != JAMO_FIRST || s[4] != JAMO_FIRST || s[6] != JAMO_FIRST {
                return Err(Stop::Illegal(1));
            }
            let initial = initial_index(s[3]);
            let medial = (0xbf..=0xd3)
                .contains(&s[5])
                .then(|| u32::from(s[5] - 0xbf));
            let fin = final_index(s[7]);
            let (Some(i), Some(m), Some(f)) = (initial, medial, fin) else {
                return Err(Stop::Illegal(1));
            };
            out.push(0xac00 + i * 588 + m * 28 + f);
            *pos += 8;
        } else {
            let c =
                decode_one(&KSX1001, c ^ 0x80, data[*pos + 1] ^ 0x80).ok_or(Stop::Illegal(1))?;
            out.push(c);
            *pos += 2;
        }
    }
    Ok(())
}

fn cp949_encode(
    _: &Codec,
    _: &mut State,
    text: &[u32],
    pos: &mut usize,
    out: &mut Vec<u8>,
    _: bool,
) -> Step {
    while let Some(&c) = text.get(*pos) {
        if c < 0x80 {
            out.push(c as u8);
        } else {
            let code = CP949.encode(c).ok_or(Stop::Illegal(1))?;
            if code & 0x8000 != 0 {
                push2(out, code);
            } else {
                push2(out, code | 0x8080);
            }
        }
        *pos += 1;
    }
    Ok(())
}

fn cp949_decode(
    _: &Codec,
    _: &mut State,
    data: &[u8],
    pos: &mut usize,
    out: &mut Vec<u32>,
) -> Step {
    while let Some(&c) = data.get(*pos) {
        if c < 0x80 {
            out.push(u32::from(c));
            *pos += 1;
            continue;
        }
        need(data, *pos, 2)?;
        let c2 = data[*pos + 1];
        let decoded =
            decode_one(&KSX1001, c ^ 0x80, c2 ^ 0x80).or_else(|| decode_one(&CP949EXT, c, c2));
        out.push(decoded.ok_or(Stop::Illegal(1))?);
        *pos += 2;
    }
    Ok(())
}

/// Johab's 5-bit jamo indexes of each initial, medial and final.
const JOHAB_INITIAL: [u16; 19] = [
    2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
];
const JOHAB_MEDIAL: [u16; 21] = [
    3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 23, 26, 27, 28, 29,
];
const JOHAB_FINAL: [u16; 28] = [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27,
    28, 29,
];
/// Johab codes of the compatibility jamo U+3131..=U+3163.
const JOHAB_JAMO: [u16; 51] = [
    0x8841, 0x8c41, 0x8444, 0x9041, 0x8446, 0x8447, 0x9441, 0x9841, 0x9c41, 0x844a, 0x844b, 0x844c,
    0x844d, 0x844e, 0x844f, 0x8450, 0xa041, 0xa441, 0xa841, 0x8454, 0xac41, 0xb041, 0xb441, 0xb841,
    0xbc41, 0xc041, 0xc441, 0xc841, 0xcc41, 0xd041, 0x8461, 0x8481, 0x84a1, 0x84c1, 0x84e1, 0x8541,
    0x8561, 0x8581, 0x85a1, 0x85c1, 0x85e1, 0x8641, 0x8661, 0x8681, 0x86a1, 0x86c1, 0x86e1, 0x8741,
    0x8761, 0x8781, 0x87a1,
];

fn johab_encode(
    _: &Codec,
    _: &mut State,
    text: &[u32],
    pos: &mut usize,
    out: &mut Vec<u8>,
    _: bool,
) -> Step {
    while let Some(&c) = text.get(*pos) {
        if c < 0x80 {
            out.push(c as u8);
            *pos += 1;
            continue;
        }
        if c > 0xffff {
            return Err(Stop::Illegal(1));
        }
        let code = if (0xac00..=0xd7a3).contains(&c) {
            let s = (c - 0xac00) as usize;
            0x8000
                | JOHAB_INITIAL[s / 588] << 10
                | JOHAB_MEDIAL[(s / 28) % 21] << 5
                | JOHAB_FINAL[s % 28]
        } else if (0x3131..=0x3163).contains(&c) {
            JOHAB_JAMO[(c - 0x3131) as usize]
        } else {
            let code = CP949.encode(c).ok_or(Stop::Illegal(1))?;
            let (c1, c2) = ((code >> 8) as u8, code as u8);
            if code & 0x8000 != 0
                || !((0x21..=0x2c).contains(&c1) || (0x4a..=0x7d).contains(&c1))
                || !(0x21..=0x7e).contains(&c2)
            {
                return Err(Stop::Illegal(1));
            }
            let t1 = u16::from(c1) - 0x21 + if c1 < 0x4a { 0x1b2 } else { 0x197 };
            let t2 = if t1 & 1 != 0 { 0x5e } else { 0 } + u16::from(c2) - 0x21;
            let trail = if t2 < 0x4e { t2 + 0x31 } else { t2 + 0x43 };
            (t1 >> 1) << 8 | trail
        };
        push2(out, code);
        *pos += 1;
    }
    Ok(())
}

const FILL: u8 = 0xfd;
const NONE: u8 = 0xff;

/// Syllable index (or FILL/NONE) of each 5-bit initial, medial and final.
const IDX_INITIAL: [u8; 32] = [
    NONE, FILL, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
];
const IDX_MEDIAL: [u8; 32] = [
    NONE, NONE, FILL, 0, 1, 2, 3, 4, NONE, NONE, 5, 6, 7, 8, 9, 10, NONE, NONE, 11, 12, 13, 14, 15,
    16, NONE, NONE, 17, 18, 19, 20, NONE, NONE,
];
const IDX_FINAL: [u8; 32] = [
    NONE, FILL, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, NONE, 17, 18, 19, 20, 21,
    22, 23, 24, 25, 26, 27, NONE, NONE,
];
/// Low byte of the compatibility jamo (U+31xx) each lone jamo decodes to.
const JAMO_INITIAL: [u8; 32] = [
    NONE, FILL, 0x31, 0x32, 0x34, 0x37, 0x38, 0x39, 0x41, 0x42, 0x43, 0x45, 0x46, 0x47, 0x48, 0x49,
    0x4a, 0x4b, 0x4c, 0x4d, 0x4e, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
];
const JAMO_MEDIAL: [u8; 32] = [
    NONE, NONE, FILL, 0x4f, 0x50, 0x51, 0x52, 0x53, NONE, NONE, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59,
    NONE, NONE, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f, NONE, NONE, 0x60, 0x61, 0x62, 0x63, NONE, NONE,
];
const JAMO_FINAL: [u8; 32] = [
    NONE, FILL, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f,
    0x40, 0x41, NONE, 0x42, 0x44, 0x45, 0x46, 0x47, 0x48, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e, NONE, NONE,
];

/// A Johab Hangul code (lead byte below 0xd8).
fn johab_hangul(c: u8, c2: u8) -> Option<u32> {
    let cho = usize::from((c >> 2) & 0x1f);
    let jung = usize::from(((c << 3) | (c2 >> 5)) & 0x1f);
    let jong = usize::from(c2 & 0x1f);
    let (i_cho, i_jung, i_jong) = (IDX_INITIAL[cho], IDX_MEDIAL[jung], IDX_FINAL[jong]);
    if i_cho == NONE || i_jung == NONE || i_jong == NONE {
        return None;
    }
    let jamo = |b: u8| 0x3100 | u32::from(b);
    match (i_cho == FILL, i_jung == FILL, i_jong == FILL) {
        (true, true, true) => Some(0x3000),
        (true, true, false) => Some(jamo(JAMO_FINAL[jong])),
        (true, false, true) => Some(jamo(JAMO_MEDIAL[jung])),
        (true, false, false) => None,
        (false, true, true) => Some(jamo(JAMO_INITIAL[cho])),
        (false, true, false) => None,
        (false, false, _) => {
            let f = if i_jong == FILL { 0 } else { u32::from(i_jong) };
            Some(0xac00 + u32::from(i_cho) * 588 + u32::from(i_jung) * 28 + f)
        }
    }
}

fn johab_decode(
    _: &Codec,
    _: &mut State,
    data: &[u8],
    pos: &mut usize,
    out: &mut Vec<u32>,
) -> Step {
    while let Some(&c) = data.get(*pos) {
        if c < 0x80 {
            out.push(u32::from(c));
            *pos += 1;
            continue;
        }
        need(data, *pos, 2)?;
        let c2 = data[*pos + 1];
        let decoded = if c < 0xd8 {
            johab_hangul(c, c2)
        } else if c == 0xdf
            || c > 0xf9
            || c2 < 0x31
            || (0x80..0x91).contains(&c2)
            || c2 & 0x7f == 0x7f
            || (c == 0xda && (0xa1..=0xd3).contains(&c2))
        {
            None
        } else {
            let t1 = if c < 0xe0 {
                c.wrapping_sub(0xd9).wrapping_mul(2)
            } else {
                (2 * u16::from(c) - 0x197) as u8
            };
            let t2 = if c2 < 0x91 { c2 - 0x31 } else { c2 - 0x43 };
            let row = t1.wrapping_add(u8::from(t2 >= 0x5e)).wrapping_add(0x21);
            let cell = if t2 < 0x5e { t2 } else { t2 - 0x5e } + 0x21;
            decode_one(&KSX1001, row, cell)
        };
        out.push(decoded.ok_or(Stop::Illegal(1))?);
        *pos += 2;
    }
    Ok(())
}
