//! The Japanese codecs shift_jis, cp932, euc_jp, shift_jis_2004, euc_jis_2004 and their JIS X 0213:2000 twins euc_jisx0213 and shift_jisx0213; mirrors Modules/cjkcodecs/_codecs_jp.c with alg_jisx0201.h and emu_jisx0213_2000.h.

use ouro_cjk::{
    CP932EXT_DEC, CP932EXT_ENC, Decoded, JISX0208, JISX0212, JISX0213_1, JISX0213_2,
    JISX0213_2000_DECODE, JISX0213_2000_ENCODE, JISX0213_BMP, JISX0213_EMP, JISX0213_PAIRS,
    JISXCOMMON,
};

use super::{Codec, State, Step, Stop, decode_one, need, push_decoded};

/// `variant` of the codecs that emulate JIS X 0213:2000.
pub const JISX0213_2000: u8 = 1;

pub static CODECS: [Codec; 7] = [
    Codec::stateless("shift_jis", shift_jis_encode, shift_jis_decode),
    Codec::stateless("cp932", cp932_encode, cp932_decode),
    Codec::stateless("euc_jp", euc_jp_encode, euc_jp_decode),
    Codec::stateless(
        "shift_jis_2004",
        shift_jis_2004_encode,
        shift_jis_2004_decode,
    ),
    Codec::stateless("euc_jis_2004", euc_jis_2004_encode, euc_jis_2004_decode),
    Codec::stateless("euc_jisx0213", euc_jis_2004_encode, euc_jis_2004_decode)
        .with_variant(JISX0213_2000),
    Codec::stateless(
        "shift_jisx0213",
        shift_jis_2004_encode,
        shift_jis_2004_decode,
    )
    .with_variant(JISX0213_2000),
];

/// What JIS X 0213:2000 makes of a character where it differs from 2004
/// (`EMULATE_JISX0213_2000_ENCODE_*`): `Some(None)` for unmappable.
pub fn emulate_2000_encode(c: u32) -> Option<Option<u16>> {
    JISX0213_2000_ENCODE
        .iter()
        .find(|&&(ch, _)| ch == c)
        .map(|&(_, code)| (code != 0).then_some(code))
}

/// `EMULATE_JISX0213_2000_DECODE_PLANE*`: `Some(None)` for unmappable.
pub fn emulate_2000_decode(plane: u8, c1: u8, c2: u8) -> Option<Option<u32>> {
    let key = u16::from(c1) << 8 | u16::from(c2);
    JISX0213_2000_DECODE
        .iter()
        .find(|&&(p, k, _)| p == plane && k == key)
        .map(|&(_, _, ch)| (ch != 0).then_some(ch))
}

/// Whether `c` begins a JIS X 0213 combining pair (CPython's `MULTIC`).
pub fn starts_pair(c: u32) -> bool {
    JISX0213_PAIRS
        .iter()
        .any(|&(first, _, _)| u32::from(first) == c)
}

/// The code of the pair `c`, `next` (`find_pairencmap`).
pub fn pair_code(c: u32, next: u32) -> Option<u16> {
    JISX0213_PAIRS
        .iter()
        .find(|&&(a, b, _)| u32::from(a) == c && u32::from(b) == next)
        .map(|&(_, _, code)| code)
}

/// A JIS X 0213 code (bit 15: plane 2) for `text[*pos]`, shared by the
/// EUC and Shift_JIS forms: `Ok((code, characters taken))`.
fn jisx0213_code(
    codec: &Codec,
    text: &[u32],
    pos: usize,
    flush: bool,
    euc: bool,
) -> Result<(u16, usize), Stop> {
    let c = text[pos];
    if codec.variant == JISX0213_2000
        && let Some(code) = emulate_2000_encode(c)
    {
        return code.map(|code| (code, 1)).ok_or(Stop::Illegal(1));
    }
    if c > 0xffff {
        if c >> 16 == 2 {
            return JISX0213_EMP
                .encode(c & 0xffff)
                .map(|code| (code, 1))
                .ok_or(Stop::Illegal(1));
        }
        return Err(Stop::Illegal(1));
    }
    if starts_pair(c) {
        match text.get(pos + 1) {
            None if !flush => return Err(Stop::TooFew),
            Some(&next) => {
                if let Some(code) = pair_code(c, next) {
                    return Ok((code, 2));
                }
            }
            None => {}
        }
    }
    if let Some(code) = JISX0213_BMP.encode(c) {
        return Ok((code, 1));
    }
    match JISXCOMMON.encode(c) {
        // EUC-JIS-2004 keeps JIS X 0212 characters as codeset 2.
        Some(code) if euc => Ok((code, 1)),
        _ => Err(Stop::Illegal(1)),
    }
}

/// Shift_JIS bytes of a JIS X 0208 row/cell code.
fn push_sjis(out: &mut Vec<u8>, code: u16) {
    let (c1, c2) = ((code >> 8) as u8, code as u8);
    let t2 = if (c1.wrapping_sub(0x21)) & 1 != 0 {
        0x5e
    } else {
        0
    } + c2.wrapping_sub(0x21);
    let t1 = c1.wrapping_sub(0x21) >> 1;
    out.push(if t1 < 0x1f {
        t1 + 0x81
    } else {
        t1.wrapping_add(0xc1)
    });
    out.push(if t2 < 0x3f {
        t2 + 0x40
    } else {
        t2.wrapping_add(0x41)
    });
}

/// The JIS row/cell of Shift_JIS bytes (both checked by the caller), row
/// counted from 0.
fn sjis_row_cell(c: u8, c2: u8) -> (u8, u8) {
    let c1 = if c < 0xe0 { c - 0x81 } else { c - 0xc1 };
    let c2 = if c2 < 0x80 { c2 - 0x40 } else { c2 - 0x41 };
    let row = 2 * c1 + u8::from(c2 >= 0x5e);
    let cell = if c2 < 0x5e { c2 } else { c2 - 0x5e } + 0x21;
    (row, cell)
}

fn valid_sjis_trail(c2: u8) -> bool {
    (0x40..=0x7e).contains(&c2) || (0x80..=0xfc).contains(&c2)
}

fn shift_jis_encode(
    _: &Codec,
    _: &mut State,
    text: &[u32],
    pos: &mut usize,
    out: &mut Vec<u8>,
    _: bool,
) -> Step {
    while let Some(&c) = text.get(*pos) {
        let single = match c {
            0..0x80 => Some(c as u8),
            0xa5 => Some(0x5c),
            0x203e => Some(0x7e),
            0xff61..=0xff9f => Some((c - 0xfec0) as u8),
            0x10000.. => return Err(Stop::Illegal(1)),
            _ => None,
        };
        match single {
            Some(b) => out.push(b),
            None => {
                let code = match JISXCOMMON.encode(c) {
                    Some(code) => code,
                    None if c == 0xff3c => 0x2140,
                    None => return Err(Stop::Illegal(1)),
                };
                if code & 0x8000 != 0 {
                    return Err(Stop::Illegal(1));
                }
                push_sjis(out, code);
            }
        }
        *pos += 1;
    }
    Ok(())
}

fn shift_jis_decode(
    _: &Codec,
    _: &mut State,
    data: &[u8],
    pos: &mut usize,
    out: &mut Vec<u32>,
) -> Step {
    while let Some(&c) = data.get(*pos) {
        match c {
            0..=0x7f => out.push(u32::from(c)),
            0xa1..=0xdf => out.push(0xfec0 + u32::from(c)),
            0x81..=0x9f | 0xe0..=0xea => {
                need(data, *pos, 2)?;
                let c2 = data[*pos + 1];
                if !valid_sjis_trail(c2) {
                    return Err(Stop::Illegal(1));
                }
                let (row, cell) = sjis_row_cell(c, c2);
                let decoded = if (row, cell) == (0, 0x40) {
                    Some(0xff3c)
                } else {
                    decode_one(&JISX0208, row + 0x21, cell)
                };
                out.push(decoded.ok_or(Stop::Illegal(1))?);
                *pos += 2;
                continue;
            }
            _ => return Err(Stop::Illegal(1)),
        }
        *pos += 1;
    }
    Ok(())
}

fn cp932_encode(
    _: &Codec,
    _: &mut State,
    text: &[u32],
    pos: &mut usize,
    out: &mut Vec<u8>,
    _: bool,
) -> Step {
    while let Some(&c) = text.get(*pos) {
        *pos += 1;
        match c {
            0..=0x80 => out.push(c as u8),
            0xff61..=0xff9f => out.push((c - 0xfec0) as u8),
            0xf8f0 => out.push(0xa0),
            0xf8f1..=0xf8f3 => out.push((c - 0xf8f1 + 0xfd) as u8),
            _ => {
                if let Some(code) = CP932EXT_ENC.encode(c) {
                    out.extend(code.to_be_bytes());
                } else if let Some(code) = JISXCOMMON.encode(c).filter(|code| code & 0x8000 == 0) {
                    push_sjis(out, code);
                } else if (0xe000..0xe758).contains(&c) {
                    let (c1, c2) = ((c - 0xe000) / 188, (c - 0xe000) % 188);
                    out.push((c1 + 0xf0) as u8);
                    out.push((if c2 < 0x3f { c2 + 0x40 } else { c2 + 0x41 }) as u8);
                } else {
                    *pos -= 1;
                    return Err(Stop::Illegal(1));
                }
            }
        }
    }
    Ok(())
}

fn cp932_decode(
    _: &Codec,
    _: &mut State,
    data: &[u8],
    pos: &mut usize,
    out: &mut Vec<u32>,
) -> Step {
    while let Some(&c) = data.get(*pos) {
        match c {
            0..=0x80 => out.push(u32::from(c)),
            0xa0 => out.push(0xf8f0),
            0xa1..=0xdf => out.push(0xfec0 + u32::from(c)),
            0xfd.. => out.push(0xf8f1 - 0xfd + u32::from(c)),
            _ => {
                need(data, *pos, 2)?;
                let c2 = data[*pos + 1];
                let decoded = if let Some(ch) = decode_one(&CP932EXT_DEC, c, c2) {
                    ch
                } else if (0x81..=0x9f).contains(&c) || (0xe0..=0xea).contains(&c) {
                    if !valid_sjis_trail(c2) {
                        return Err(Stop::Illegal(1));
                    }
                    let (row, cell) = sjis_row_cell(c, c2);
                    decode_one(&JISX0208, row + 0x21, cell).ok_or(Stop::Illegal(1))?
                } else if (0xf0..=0xf9).contains(&c) && valid_sjis_trail(c2) {
                    0xe000
                        + 188 * u32::from(c - 0xf0)
                        + u32::from(if c2 < 0x80 { c2 - 0x40 } else { c2 - 0x41 })
                } else {
                    return Err(Stop::Illegal(1));
                };
                out.push(decoded);
                *pos += 2;
                continue;
            }
        }
        *pos += 1;
    }
    Ok(())
}

/// EUC bytes of a code: codeset 1 (two bytes) or, with bit 15, codeset 3
/// after 0x8F.
fn push_euc(out: &mut Vec<u8>, code: u16) {
    let (c1, c2) = ((code >> 8) as u8, code as u8);
    if code & 0x8000 != 0 {
        out.extend([0x8f, c1, c2 | 0x80]);
    } else {
        out.extend([c1 | 0x80, c2 | 0x80]);
    }
}

fn euc_jp_encode(
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
        } else if c > 0xffff {
            return Err(Stop::Illegal(1));
        } else if let Some(code) = JISXCOMMON.encode(c) {
            push_euc(out, code);
        } else {
            match c {
                0xff61..=0xff9f => out.extend([0x8e, (c - 0xfec0) as u8]),
                0xff3c => push_euc(out, 0x2140),
                0xa5 => out.push(0x5c),
                0x203e => out.push(0x7e),
                _ => return Err(Stop::Illegal(1)),
            }
        }
        *pos += 1;
    }
    Ok(())
}

fn euc_jp_decode(
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
        } else if c == 0x8e {
            need(data, *pos, 2)?;
            let c2 = data[*pos + 1];
            if !(0xa1..=0xdf).contains(&c2) {
                return Err(Stop::Illegal(1));
            }
            out.push(0xfec0 + u32::from(c2));
            *pos += 2;
        } else if c == 0x8f {
            need(data, *pos, 3)?;
            let decoded = decode_one(&JISX0212, data[*pos + 1] ^ 0x80, data[*pos + 2] ^ 0x80);
            out.push(decoded.ok_or(Stop::Illegal(1))?);
            *pos += 3;
        } else {
            need(data, *pos, 2)?;
            let c2 = data[*pos + 1];
            let decoded = if (c, c2) == (0xa1, 0xc0) {
                Some(0xff3c)
            } else {
                decode_one(&JISX0208, c ^ 0x80, c2 ^ 0x80)
            };
            out.push(decoded.ok_or(Stop::Illegal(1))?);
            *pos += 2;
        }
    }
    Ok(())
}

fn shift_jis_2004_encode(
    codec: &Codec,
    _: &mut State,
    text: &[u32],
    pos: &mut usize,
    out: &mut Vec<u8>,
    flush: bool,
) -> Step {
    while let Some(&c) = text.get(*pos) {
        let single = match c {
            0x5c | 0x7e => None,
            0..0x80 => Some(c as u8),
            0xa5 => Some(0x5c),
            0x203e => Some(0x7e),
            0xff61..=0xff9f => Some((c - 0xfec0) as u8),
            _ => None,
        };
        if let Some(b) = single {
            out.push(b);
            *pos += 1;
            continue;
        }
        let (code, taken) = jisx0213_code(codec, text, *pos, flush, false)?;
        let mut c1 = (code >> 8) as u8;
        let mut c2 = (code as u8).wrapping_sub(0x21);
        if c1 & 0x80 != 0 {
            c1 = c1.wrapping_sub(if c1 >= 0xee {
                0x87
            } else if c1 >= 0xac || c1 == 0xa8 {
                0x49
            } else {
                0x43
            });
        } else {
            c1 = c1.wrapping_sub(0x21);
        }
        if c1 & 1 != 0 {
            c2 = c2.wrapping_add(0x5e);
        }
        c1 >>= 1;
        out.push(c1.wrapping_add(if c1 < 0x1f { 0x81 } else { 0xc1 }));
        out.push(c2.wrapping_add(if c2 < 0x3f { 0x40 } else { 0x41 }));
        *pos += taken;
    }
    Ok(())
}

/// A JIS X 0213 plane 1 or 2 character, with the 2000 emulation.
fn jisx0213_char(codec: &Codec, plane: u8, c1: u8, c2: u8) -> Result<Option<Decoded>, Stop> {
    if codec.variant == JISX0213_2000
        && let Some(ch) = emulate_2000_decode(plane, c1, c2)
    {
        // `EMULATE_JISX0213_2000_DECODE_INVALID` covers both bytes.
        return ch.map(|ch| Some(Decoded::One(ch))).ok_or(Stop::Illegal(2));
    }
    Ok(if plane == 1 {
        JISX0213_1.decode(c1, c2)
    } else {
        JISX0213_2.decode(c1, c2)
    })
}

fn shift_jis_2004_decode(
    codec: &Codec,
    _: &mut State,
    data: &[u8],
    pos: &mut usize,
    out: &mut Vec<u32>,
) -> Step {
    while let Some(&c) = data.get(*pos) {
        match c {
            0x5c => out.push(0xa5),
            0x7e => out.push(0x203e),
            0..=0x7f => out.push(u32::from(c)),
            0xa1..=0xdf => out.push(0xfec0 + u32::from(c)),
            0x81..=0x9f | 0xe0..=0xfc => {
                need(data, *pos, 2)?;
                let c2 = data[*pos + 1];
                if !valid_sjis_trail(c2) {
                    return Err(Stop::Illegal(1));
                }
                let (row, cell) = sjis_row_cell(c, c2);
                let (plane, row) = if row < 0x5e {
                    (1, row + 0x21)
                } else if row >= 0x67 {
                    (2, row + 0x07)
                } else if row >= 0x63 || row == 0x5f {
                    (2, row - 0x37)
                } else {
                    (2, row - 0x3d)
                };
                let decoded = jisx0213_char(codec, plane, row, cell)?.ok_or(Stop::Illegal(1))?;
                push_decoded(out, decoded);
                *pos += 2;
                continue;
            }
            _ => return Err(Stop::Illegal(1)),
        }
        *pos += 1;
    }
    Ok(())
}

fn euc_jis_2004_encode(
    codec: &Codec,
    _: &mut State,
    text: &[u32],
    pos: &mut usize,
    out: &mut Vec<u8>,
    flush: bool,
) -> Step {
    while let Some(&c) = text.get(*pos) {
        if c < 0x80 {
            out.push(c as u8);
            *pos += 1;
            continue;
        }
        let (code, taken) = match jisx0213_code(codec, text, *pos, flush, true) {
            Ok(found) => found,
            Err(Stop::Illegal(_)) if (0xff61..=0xff9f).contains(&c) => {
                out.extend([0x8e, (c - 0xfec0) as u8]);
                *pos += 1;
                continue;
            }
            Err(Stop::Illegal(_)) if c == 0xff3c => (0x2140, 1),
            Err(Stop::Illegal(_)) if c == 0xff5e => (0x2232, 1),
            Err(stop) => return Err(stop),
        };
        push_euc(out, code);
        *pos += taken;
    }
    Ok(())
}

fn euc_jis_2004_decode(
    codec: &Codec,
    _: &mut State,
    data: &[u8],
    pos: &mut usize,
    out: &mut Vec<u32>,
) -> Step {
    while let Some(&c) = data.get(*pos) {
        if c < 0x80 {
            out.push(u32::from(c));
            *pos += 1;
        } else if c == 0x8e {
            need(data, *pos, 2)?;
            let c2 = data[*pos + 1];
            if !(0xa1..=0xdf).contains(&c2) {
                return Err(Stop::Illegal(1));
            }
            out.push(0xfec0 + u32::from(c2));
            *pos += 2;
        } else if c == 0x8f {
            need(data, *pos, 3)?;
            let (c2, c3) = (data[*pos + 1] ^ 0x80, data[*pos + 2] ^ 0x80);
            let decoded = match jisx0213_char(codec, 2, c2, c3)? {
                Some(d) => d,
                None => Decoded::One(decode_one(&JISX0212, c2, c3).ok_or(Stop::Illegal(1))?),
            };
            push_decoded(out, decoded);
            *pos += 3;
        } else {
            need(data, *pos, 2)?;
            let (c1, c2) = (c ^ 0x80, data[*pos + 1] ^ 0x80);
            let decoded =
                if codec.variant == JISX0213_2000 && emulate_2000_decode(1, c1, c2).is_some() {
                    jisx0213_char(codec, 1, c1, c2)?
                } else if (c1, c2) == (0x21, 0x40) {
                    Some(Decoded::One(0xff3c))
                } else if (c1, c2) == (0x22, 0x32) {
                    Some(Decoded::One(0xff5e))
                } else {
                    jisx0213_char(codec, 1, c1, c2)?
                };
            push_decoded(out, decoded.ok_or(Stop::Illegal(1))?);
            *pos += 2;
        }
    }
    Ok(())
}
