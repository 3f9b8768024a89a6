//! The mainland Chinese codecs gb2312, gbk, gb18030 and hz; mirrors Modules/cjkcodecs/_codecs_cn.c.

use ouro_cjk::{GB2312, GB18030EXT_DEC, GB18030EXT_ENC, GBCOMMON, GBKEXT};

use super::{Codec, State, Step, Stop, decode_one, need, push2};

pub static CODECS: [Codec; 4] = [
    Codec::stateless("gb2312", gb2312_encode, gb2312_decode),
    Codec::stateless("gbk", gbk_encode, gbk_decode),
    Codec::stateless("gb18030", gb18030_encode, gb18030_decode),
    Codec {
        encoder_init: hz_init,
        encoder_reset: Some(hz_encoder_reset),
        decoder_init: hz_init,
        decoder_reset: hz_init,
        ..Codec::stateless("hz", hz_encode, hz_decode)
    },
];

/// `GBK_ENCODE`: GBK's code for a BMP character (bit 15 set: a GBK code
/// whose trail byte keeps its high bit as is).
fn gbk_code(c: u32) -> Option<u16> {
    match c {
        0x2014 => Some(0xa1aa),
        0x2015 => Some(0xa844),
        0x00b7 => Some(0xa1a4),
        0x30fb => None,
        _ => GBCOMMON.encode(c),
    }
}

/// `GBK_DECODE`.
fn gbk_char(c1: u8, c2: u8) -> Option<u32> {
    match (c1, c2) {
        (0xa1, 0xaa) => Some(0x2014),
        (0xa8, 0x44) => Some(0x2015),
        (0xa1, 0xa4) => Some(0x00b7),
        _ => decode_one(&GB2312, c1 ^ 0x80, c2 ^ 0x80).or_else(|| decode_one(&GBKEXT, c1, c2)),
    }
}

/// The bytes of a `gbcommon`/`gb18030ext` code.
fn push_gbk(out: &mut Vec<u8>, code: u16) {
    let trail = if code & 0x8000 != 0 {
        code as u8
    } else {
        code as u8 | 0x80
    };
    out.extend([(code >> 8) as u8 | 0x80, trail]);
}

fn gb2312_encode(
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
            match GBCOMMON.encode(c) {
                Some(code) if code & 0x8000 == 0 => push2(out, code | 0x8080),
                _ => return Err(Stop::Illegal(1)),
            }
        }
        *pos += 1;
    }
    Ok(())
}

fn gb2312_decode(
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
        let c = decode_one(&GB2312, c ^ 0x80, data[*pos + 1] ^ 0x80).ok_or(Stop::Illegal(1))?;
        out.push(c);
        *pos += 2;
    }
    Ok(())
}

fn gbk_encode(
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
            push_gbk(out, gbk_code(c).ok_or(Stop::Illegal(1))?);
        }
        *pos += 1;
    }
    Ok(())
}

fn gbk_decode(_: &Codec, _: &mut State, data: &[u8], pos: &mut usize, out: &mut Vec<u32>) -> Step {
    while let Some(&c) = data.get(*pos) {
        if c < 0x80 {
            out.push(u32::from(c));
            *pos += 1;
            continue;
        }
        need(data, *pos, 2)?;
        out.push(gbk_char(c, data[*pos + 1]).ok_or(Stop::Illegal(1))?);
        *pos += 2;
    }
    Ok(())
}

/// The four bytes of GB 18030 sequence number `tc` counted from `first`
/// (0x81 for the BMP, 0x90 for the supplementary planes).
fn push_four(out: &mut Vec<u8>, mut tc: u32, first: u32) {
    let b4 = tc % 10 + 0x30;
    tc /= 10;
    let b3 = tc % 126 + 0x81;
    tc /= 126;
    let b2 = tc % 10 + 0x30;
    tc /= 10;
    out.extend([(tc + first) as u8, b2 as u8, b3 as u8, b4 as u8]);
}

fn gb18030_encode(
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
        } else if c >= 0x10000 {
            push_four(out, c - 0x10000, 0x90);
        } else if let Some(code) = gbk_code(c).or_else(|| GB18030EXT_ENC.encode(c)) {
            push_gbk(out, code);
        } else {
            let lseq = ouro_cjk::gb18030_bmp_lseq(c).ok_or(Stop::Illegal(1))?;
            push_four(out, lseq, 0x81);
        }
        *pos += 1;
    }
    Ok(())
}

fn gb18030_decode(
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
        if (0x30..=0x39).contains(&c2) {
            need(data, *pos, 4)?;
            let (c3, c4) = (data[*pos + 2], data[*pos + 3]);
            if c < 0x81 || !(0x81..=0xfe).contains(&c3) || !(0x30..=0x39).contains(&c4) {
                return Err(Stop::Illegal(1));
            }
            let (c, c2, c3, c4) = (
                u32::from(c - 0x81),
                u32::from(c2 - 0x30),
                u32::from(c3 - 0x81),
                u32::from(c4 - 0x30),
            );
            let decoded = if c < 4 {
                let lseq = (c * 10 + c2) * 1260 + c3 * 10 + c4;
                (lseq < 39420)
                    .then(|| ouro_cjk::gb18030_bmp_char(lseq))
                    .flatten()
            } else if c >= 15 {
                let lseq = 0x10000 + ((c - 15) * 10 + c2) * 1260 + c3 * 10 + c4;
                (lseq <= 0x10ffff).then_some(lseq)
            } else {
                None
            };
            out.push(decoded.ok_or(Stop::Illegal(1))?);
            *pos += 4;
            continue;
        }
        let decoded = gbk_char(c, c2).or_else(|| decode_one(&GB18030EXT_DEC, c, c2));
        out.push(decoded.ok_or(Stop::Illegal(1))?);
        *pos += 2;
    }
    Ok(())
}

/// HZ's state: whether GB mode (`~{`) is on, CPython's `state->i`.
fn hz_init(state: &mut State) {
    *state = [0; 8];
}

fn hz_encoder_reset(state: &mut State, out: &mut Vec<u8>) {
    if state[0] != 0 {
        out.extend(b"~}");
        state[0] = 0;
    }
}

fn hz_encode(
    _: &Codec,
    state: &mut State,
    text: &[u32],
    pos: &mut usize,
    out: &mut Vec<u8>,
    _: bool,
) -> Step {
    while let Some(&c) = text.get(*pos) {
        if c < 0x80 {
            if state[0] != 0 {
                out.extend(b"~}");
                state[0] = 0;
            }
            if c == u32::from(b'~') {
                out.extend(b"~~");
            } else {
                out.push(c as u8);
            }
        } else {
            let code = match GBCOMMON.encode(c) {
                Some(code) if code & 0x8000 == 0 => code,
                _ => return Err(Stop::Illegal(1)),
            };
            if state[0] == 0 {
                out.extend(b"~{");
                state[0] = 1;
            }
            push2(out, code);
        }
        *pos += 1;
    }
    Ok(())
}

fn hz_decode(
    _: &Codec,
    state: &mut State,
    data: &[u8],
    pos: &mut usize,
    out: &mut Vec<u32>,
) -> Step {
    while let Some(&c) = data.get(*pos) {
        if c == b'~' {
            need(data, *pos, 2)?;
            // `~~` and the line continuation `~\n` only in ASCII mode.
            match (data[*pos + 1], state[0]) {
                (b'~', 0) => out.push(u32::from(b'~')),
                (b'{', 0) => state[0] = 1,
                (b'\n', 0) => {}
                (b'}', 1) => state[0] = 0,
                _ => return Err(Stop::Illegal(1)),
            }
            *pos += 2;
            continue;
        }
        if c & 0x80 != 0 {
            return Err(Stop::Illegal(1));
        }
        if state[0] == 0 {
            out.push(u32::from(c));
            *pos += 1;
        } else {
            need(data, *pos, 2)?;
            out.push(decode_one(&GB2312, c, data[*pos + 1]).ok_or(Stop::Illegal(1))?);
            *pos += 2;
        }
    }
    Ok(())
}
