//! The Big5 codecs: big5 and cp950 (`_codecs_tw`) and big5hkscs (`_codecs_hk`, which builds on `_codecs_tw`'s Big5 map); mirrors Modules/cjkcodecs/_codecs_tw.c and _codecs_hk.c.

use ouro_cjk::{
    BIG5_DEC, BIG5_ENC, BIG5HKSCS_BMP, BIG5HKSCS_DEC, BIG5HKSCS_NONBMP, CP950EXT_DEC, CP950EXT_ENC,
};

use super::{Codec, State, Step, Stop, decode_one, need, push_decoded, push2};

pub static TW_CODECS: [Codec; 2] = [
    Codec::stateless("big5", big5_encode, big5_decode),
    Codec::stateless("cp950", cp950_encode, cp950_decode),
];

pub static HK_CODECS: [Codec; 1] = [Codec::stateless(
    "big5hkscs",
    big5hkscs_encode,
    big5hkscs_decode,
)];

/// Encodes BMP characters through `code` (ASCII as is).
fn encode_dbcs(
    text: &[u32],
    pos: &mut usize,
    out: &mut Vec<u8>,
    code: fn(u32) -> Option<u16>,
) -> Step {
    while let Some(&c) = text.get(*pos) {
        if c < 0x80 {
            out.push(c as u8);
        } else {
            push2(out, code(c).ok_or(Stop::Illegal(1))?);
        }
        *pos += 1;
    }
    Ok(())
}

/// Decodes two-byte codes through `char` (ASCII as is).
fn decode_dbcs(
    data: &[u8],
    pos: &mut usize,
    out: &mut Vec<u32>,
    char: fn(u8, u8) -> Option<u32>,
) -> Step {
    while let Some(&c) = data.get(*pos) {
        if c < 0x80 {
            out.push(u32::from(c));
            *pos += 1;
            continue;
        }
        need(data, *pos, 2)?;
        out.push(char(c, data[*pos + 1]).ok_or(Stop::Illegal(1))?);
        *pos += 2;
    }
    Ok(())
}

fn big5_encode(
    _: &Codec,
    _: &mut State,
    text: &[u32],
    pos: &mut usize,
    out: &mut Vec<u8>,
    _: bool,
) -> Step {
    encode_dbcs(text, pos, out, |c| BIG5_ENC.encode(c))
}

fn big5_decode(_: &Codec, _: &mut State, data: &[u8], pos: &mut usize, out: &mut Vec<u32>) -> Step {
    decode_dbcs(data, pos, out, |c1, c2| decode_one(&BIG5_DEC, c1, c2))
}

fn cp950_encode(
    _: &Codec,
    _: &mut State,
    text: &[u32],
    pos: &mut usize,
    out: &mut Vec<u8>,
    _: bool,
) -> Step {
    encode_dbcs(text, pos, out, |c| {
        CP950EXT_ENC.encode(c).or_else(|| BIG5_ENC.encode(c))
    })
}

fn cp950_decode(
    _: &Codec,
    _: &mut State,
    data: &[u8],
    pos: &mut usize,
    out: &mut Vec<u32>,
) -> Step {
    decode_dbcs(data, pos, out, |c1, c2| {
        decode_one(&CP950EXT_DEC, c1, c2).or_else(|| decode_one(&BIG5_DEC, c1, c2))
    })
}

/// HKSCS codes of Ê and ê followed by a combining macron or caron (U+0304,
/// U+030C), which no map holds.
fn hkscs_pair(c: u32, next: u32) -> Option<u16> {
    match (c, next) {
        (0xca, 0x304) => Some(0x8862),
        (0xca, 0x30c) => Some(0x8864),
        (0xea, 0x304) => Some(0x88a3),
        (0xea, 0x30c) => Some(0x88a5),
        _ => None,
    }
}

fn big5hkscs_encode(
    _: &Codec,
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
        let mut taken = 1;
        let code = if c == 0xca || c == 0xea {
            match text.get(*pos + 1) {
                Some(&next) => match hkscs_pair(c, next) {
                    Some(code) => {
                        taken = 2;
                        code
                    }
                    None => BIG5HKSCS_BMP.encode(c).ok_or(Stop::Illegal(1))?,
                },
                None if !flush => return Err(Stop::TooFew),
                None => BIG5HKSCS_BMP.encode(c).ok_or(Stop::Illegal(1))?,
            }
        } else if c < 0x10000 {
            BIG5HKSCS_BMP
                .encode(c)
                .or_else(|| BIG5_ENC.encode(c))
                .ok_or(Stop::Illegal(1))?
        } else if (0x20000..0x30000).contains(&c) {
            BIG5HKSCS_NONBMP
                .encode(c & 0xffff)
                .ok_or(Stop::Illegal(1))?
        } else {
            return Err(Stop::Illegal(1));
        };
        push2(out, code);
        *pos += taken;
    }
    Ok(())
}

fn big5hkscs_decode(
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
        // Big5 first, except where HKSCS reuses Big5's C6A1..C8FE.
        let big5 = if !(0xc6..=0xc8).contains(&c) || (c == 0xc6 && c2 < 0xa1) {
            decode_one(&BIG5_DEC, c, c2)
        } else {
            None
        };
        match big5 {
            Some(ch) => out.push(ch),
            None => push_decoded(out, BIG5HKSCS_DEC.decode(c, c2).ok_or(Stop::Illegal(1))?),
        }
        *pos += 2;
    }
    Ok(())
}
