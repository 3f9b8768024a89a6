//! The ISO-2022 codecs iso2022_kr and iso2022_jp(_1, _2, _2004, _3, _ext): one escape-sequence state machine over per-variant lists of designatable character sets; mirrors Modules/cjkcodecs/_codecs_iso2022.c.
//!
//! State bytes (CPython's layout, which `getstate` shows): 0..=3 the
//! character sets designated to G0..G3 (a final byte, | 0x80 for double-byte
//! sets), 4 the flags `SHIFTED` and `ESC_THROUGHOUT`.

use ouro_cjk::{
    CP949, Decoded, GB2312, GBCOMMON, JISX0208, JISX0212, JISX0213_1, JISX0213_2, JISX0213_BMP,
    JISX0213_EMP, JISXCOMMON, KSX1001,
};

use super::jp::{emulate_2000_decode, emulate_2000_encode, pair_code, starts_pair};
use super::{Codec, State, Step, Stop, decode_one, need};

const ESC: u8 = 0x1b;
const SO: u8 = 0x0e;
const SI: u8 = 0x0f;
const LF: u8 = 0x0a;
const MAX_ESCSEQLEN: usize = 16;

const DBCS: u8 = 0x80;
const ASCII: u8 = b'B';
const ISO8859_1: u8 = b'A';
const ISO8859_7: u8 = b'F';
const JISX0201_K: u8 = b'I';
const JISX0201_R: u8 = b'J';
const GB2312_MARK: u8 = b'A' | DBCS;
const JISX0208_MARK: u8 = b'B' | DBCS;
const KSX1001_MARK: u8 = b'C' | DBCS;
const JISX0212_MARK: u8 = b'D' | DBCS;
const JISX0213_2000_1: u8 = b'O' | DBCS;
const JISX0213_2_MARK: u8 = b'P' | DBCS;
const JISX0213_2004_1: u8 = b'Q' | DBCS;
const JISX0208_O: u8 = b'@' | DBCS;

const SHIFTED: u8 = 0x01;
const ESC_THROUGHOUT: u8 = 0x02;

const NO_SHIFT: u8 = 0x01;
const USE_G2: u8 = 0x02;
const USE_JISX0208_EXT: u8 = 0x04;

/// How a character set codes characters.
#[derive(Clone, Copy, PartialEq)]
enum Set {
    Ksx1001,
    Jisx0208,
    Jisx0212,
    Gb2312,
    Jisx0201Roman,
    Jisx0201Kana,
    /// JIS X 0213 plane 1; `pairs_only` takes only combining pairs;
    /// `y2000` emulates the 2000 edition.
    Jisx0213Plane1 {
        y2000: bool,
        pairs_only: bool,
    },
    Jisx0213Plane2 {
        y2000: bool,
    },
    /// ISO 8859-1/-7 in G2, reached only through single shifts.
    G2Only,
}

/// A character set an encoding may designate (`iso2022_designation`).
struct Designation {
    mark: u8,
    plane: u8,
    width: usize,
    set: Set,
}

const fn dsg(mark: u8, plane: u8, width: usize, set: Set) -> Designation {
    Designation {
        mark,
        plane,
        width,
        set,
    }
}

const KSX1001_G0: Designation = dsg(KSX1001_MARK, 0, 2, Set::Ksx1001);
const KSX1001_G1: Designation = dsg(KSX1001_MARK, 1, 2, Set::Ksx1001);
const JISX0201_R_DSG: Designation = dsg(JISX0201_R, 0, 1, Set::Jisx0201Roman);
const JISX0201_K_DSG: Designation = dsg(JISX0201_K, 0, 1, Set::Jisx0201Kana);
const JISX0208_DSG: Designation = dsg(JISX0208_MARK, 0, 2, Set::Jisx0208);
const JISX0208_OLD: Designation = dsg(JISX0208_O, 0, 2, Set::Jisx0208);
const JISX0212_DSG: Designation = dsg(JISX0212_MARK, 0, 2, Set::Jisx0212);
const GB2312_DSG: Designation = dsg(GB2312_MARK, 0, 2, Set::Gb2312);
const ISO8859_1_DSG: Designation = dsg(ISO8859_1, 2, 1, Set::G2Only);
const ISO8859_7_DSG: Designation = dsg(ISO8859_7, 2, 1, Set::G2Only);
const fn plane1(mark: u8, y2000: bool, pairs_only: bool) -> Designation {
    dsg(mark, 0, 2, Set::Jisx0213Plane1 { y2000, pairs_only })
}
const fn plane2(y2000: bool) -> Designation {
    dsg(JISX0213_2_MARK, 0, 2, Set::Jisx0213Plane2 { y2000 })
}

/// One variant: its flags and designations (`iso2022_config`).
struct Config {
    flags: u8,
    designations: &'static [Designation],
}

static CONFIGS: [Config; 7] = [
    Config {
        flags: 0,
        designations: &[KSX1001_G1],
    },
    Config {
        flags: NO_SHIFT | USE_JISX0208_EXT,
        designations: &[JISX0208_DSG, JISX0201_R_DSG, JISX0208_OLD],
    },
    Config {
        flags: NO_SHIFT | USE_JISX0208_EXT,
        designations: &[JISX0208_DSG, JISX0212_DSG, JISX0201_R_DSG, JISX0208_OLD],
    },
    Config {
        flags: NO_SHIFT | USE_G2 | USE_JISX0208_EXT,
        designations: &[
            JISX0208_DSG,
            JISX0212_DSG,
            KSX1001_G0,
            GB2312_DSG,
            JISX0201_R_DSG,
            JISX0208_OLD,
            ISO8859_1_DSG,
            ISO8859_7_DSG,
        ],
    },
    Config {
        flags: NO_SHIFT | USE_JISX0208_EXT,
        designations: &[
            plane1(JISX0213_2004_1, false, true),
            JISX0208_DSG,
            plane1(JISX0213_2004_1, false, false),
            plane2(false),
        ],
    },
    Config {
        flags: NO_SHIFT | USE_JISX0208_EXT,
        designations: &[
            plane1(JISX0213_2000_1, true, true),
            JISX0208_DSG,
            plane1(JISX0213_2000_1, true, false),
            plane2(true),
        ],
    },
    Config {
        flags: NO_SHIFT | USE_JISX0208_EXT,
        designations: &[
            JISX0208_DSG,
            JISX0212_DSG,
            JISX0201_R_DSG,
            JISX0201_K_DSG,
            JISX0208_OLD,
        ],
    },
];

const fn iso2022(name: &'static str, variant: u8) -> Codec {
    Codec {
        name,
        variant,
        encode,
        decode,
        encoder_init,
        encoder_reset: Some(encoder_reset),
        decoder_init,
        decoder_reset,
    }
}

pub static CODECS: [Codec; 7] = [
    iso2022("iso2022_kr", 0),
    iso2022("iso2022_jp", 1),
    iso2022("iso2022_jp_1", 2),
    iso2022("iso2022_jp_2", 3),
    iso2022("iso2022_jp_2004", 4),
    iso2022("iso2022_jp_3", 5),
    iso2022("iso2022_jp_ext", 6),
];

fn config(codec: &Codec) -> &'static Config {
    &CONFIGS[usize::from(codec.variant)]
}

fn encoder_init(state: &mut State) {
    *state = [ASCII, ASCII, 0, 0, 0, 0, 0, 0];
}

fn encoder_reset(state: &mut State, out: &mut Vec<u8>) {
    if state[4] & SHIFTED != 0 {
        out.push(SI);
        state[4] &= !SHIFTED;
    }
    if state[0] != ASCII {
        out.extend([ESC, b'(', b'B']);
        state[0] = ASCII;
    }
}

fn decoder_init(state: &mut State) {
    *state = [ASCII, ASCII, ASCII, 0, 0, 0, 0, 0];
}

fn decoder_reset(state: &mut State) {
    state[0] = ASCII;
    state[4] &= !SHIFTED;
}

/// What a character set's encoder says (`MAP_UNMAPPABLE`,
/// `MAP_MULTIPLE_AVAIL` or a code).
enum Coded {
    Unmappable,
    MultipleAvail,
    Code(u16),
}

/// How many characters the encoder may look at: the first (1), a pair (2)
/// or the first at the end of flushed text (-1, CPython's `length`).
#[derive(Clone, Copy, PartialEq)]
enum Length {
    One,
    Pair,
    Last,
}

/// `jisx0213_encoder`: a code (bit 15: plane 2) and how many characters it
/// took.
fn jisx0213_encode(text: &[u32], length: Length, y2000: bool) -> (Coded, usize) {
    let c = text[0];
    if length != Length::One {
        if length == Length::Pair
            && let Some(code) = pair_code(c, text[1])
        {
            return (Coded::Code(code), 2);
        }
        // The character alone, which the `jisx0213_bmp` map holds for pair starters.
        return match JISX0213_BMP.encode(c) {
            Some(code) => (Coded::Code(code), 1),
            None => (Coded::Unmappable, 1),
        };
    }
    if y2000 && let Some(code) = emulate_2000_encode(c) {
        return (code.map_or(Coded::Unmappable, Coded::Code), 1);
    }
    if c >= 0x10000 {
        return match JISX0213_EMP.encode(c & 0xffff) {
            Some(code) if c >> 16 == 2 => (Coded::Code(code), 1),
            _ => (Coded::Unmappable, 1),
        };
    }
    if starts_pair(c) {
        return (Coded::MultipleAvail, 1);
    }
    match JISX0213_BMP.encode(c) {
        Some(code) => (Coded::Code(code), 1),
        None => (Coded::Unmappable, 1),
    }
}

/// A character set's encoder: the code and how many characters it took.
fn encode_in(set: Set, text: &[u32], length: Length) -> (Coded, usize) {
    let c = text[0];
    let bmp = |map: &ouro_cjk::Map| if c < 0x10000 { map.encode(c) } else { None };
    let code = match set {
        Set::Ksx1001 => bmp(&CP949).filter(|code| code & 0x8000 == 0),
        Set::Jisx0208 if c == 0xff3c => Some(0x2140),
        Set::Jisx0208 => bmp(&JISXCOMMON).filter(|code| code & 0x8000 == 0),
        Set::Jisx0212 => bmp(&JISXCOMMON)
            .filter(|code| code & 0x8000 != 0)
            .map(|code| code & 0x7fff),
        Set::Gb2312 => bmp(&GBCOMMON).filter(|code| code & 0x8000 == 0),
        Set::Jisx0201Roman => match c {
            0xa5 => Some(0x5c),
            0x203e => Some(0x7e),
            0..0x80 if c != 0x5c && c != 0x7e => Some(c as u16),
            _ => None,
        },
        Set::Jisx0201Kana => (0xff61..=0xff9f)
            .contains(&c)
            .then(|| (c - 0xfec0 - 0x80) as u16),
        Set::Jisx0213Plane1 { y2000, pairs_only } => {
            let (coded, taken) = jisx0213_encode(text, length, y2000);
            return match coded {
                Coded::MultipleAvail if length == Length::One => (Coded::MultipleAvail, taken),
                _ if pairs_only && (length != Length::Pair || taken != 2) => {
                    (Coded::Unmappable, taken)
                }
                Coded::Code(code) if code & 0x8000 != 0 => (Coded::Unmappable, taken),
                coded => (coded, taken),
            };
        }
        Set::Jisx0213Plane2 { y2000 } => {
            let (coded, taken) = jisx0213_encode(text, length, y2000);
            return match coded {
                Coded::Code(code) if code & 0x8000 != 0 => (Coded::Code(code & 0x7fff), taken),
                Coded::Code(_) => (Coded::Unmappable, taken),
                coded => (coded, taken),
            };
        }
        Set::G2Only => None,
    };
    (code.map_or(Coded::Unmappable, Coded::Code), 1)
}

fn encode(
    codec: &Codec,
    state: &mut State,
    text: &[u32],
    pos: &mut usize,
    out: &mut Vec<u8>,
    flush: bool,
) -> Step {
    let designations = config(codec).designations;
    while let Some(&c) = text.get(*pos) {
        if c < 0x80 {
            if state[0] != ASCII {
                out.extend([ESC, b'(', b'B']);
                state[0] = ASCII;
            }
            if state[4] & SHIFTED != 0 {
                out.push(SI);
                state[4] &= !SHIFTED;
            }
            out.push(c as u8);
            *pos += 1;
            continue;
        }
        let rest = &text[*pos..];
        let mut found = None;
        for d in designations {
            let (coded, taken) = match encode_in(d.set, rest, Length::One) {
                (Coded::MultipleAvail, _) => {
                    let length = if rest.len() >= 2 {
                        Length::Pair
                    } else if !flush {
                        return Err(Stop::TooFew);
                    } else {
                        Length::Last
                    };
                    encode_in(d.set, rest, length)
                }
                other => other,
            };
            if let Coded::Code(code) = coded {
                found = Some((d, code, taken));
                break;
            }
        }
        let Some((d, code, taken)) = found else {
            return Err(Stop::Illegal(1));
        };
        let mark = d.mark & 0x7f;
        match d.plane {
            0 => {
                if state[4] & SHIFTED != 0 {
                    out.push(SI);
                    state[4] &= !SHIFTED;
                }
                if state[0] != d.mark {
                    if d.width == 1 {
                        out.extend([ESC, b'(', mark]);
                    } else if d.mark == JISX0208_MARK {
                        out.extend([ESC, b'$', mark]);
                    } else {
                        out.extend([ESC, b'$', b'(', mark]);
                    }
                    state[0] = d.mark;
                }
            }
            1 => {
                if state[1] != d.mark {
                    if d.width == 1 {
                        out.extend([ESC, b')', mark]);
                    } else {
                        out.extend([ESC, b'$', b')', mark]);
                    }
                    state[1] = d.mark;
                }
                if state[4] & SHIFTED == 0 {
                    out.push(SO);
                    state[4] |= SHIFTED;
                }
            }
            _ => return Err(Stop::Internal),
        }
        if d.width == 1 {
            out.push(code as u8);
        } else {
            out.extend(code.to_be_bytes());
        }
        *pos += taken;
    }
    Ok(())
}

/// `IS_ESCEND`.
fn is_esc_end(c: u8) -> bool {
    c.is_ascii_uppercase() || c == b'@'
}

/// `iso2022processesc`: reads the escape sequence at `data[*pos]`.
fn process_escape(cfg: &Config, state: &mut State, data: &[u8], pos: &mut usize) -> Step {
    let esc = &data[*pos..];
    let mut esclen = 0;
    let mut i = 1;
    while i < MAX_ESCSEQLEN {
        if i >= esc.len() {
            return Err(Stop::TooFew);
        }
        if is_esc_end(esc[i]) {
            esclen = i + 1;
            break;
        } else if cfg.flags & USE_JISX0208_EXT != 0
            && i + 1 < esc.len()
            && esc[i] == b'&'
            && esc[i + 1] == b'@'
        {
            i += 2;
        }
        i += 1;
    }
    let (charset, designation) = match esclen {
        0 => return Err(Stop::Illegal(1)),
        3 if esc[1] == b'$' => (esc[2] | DBCS, 0),
        3 => match esc[1] {
            b'(' => (esc[2], 0),
            b')' => (esc[2], 1),
            b'.' if cfg.flags & USE_G2 != 0 => (esc[2], 2),
            _ => return Err(Stop::Illegal(3)),
        },
        4 => {
            if esc[1] != b'$' {
                return Err(Stop::Illegal(4));
            }
            match esc[2] {
                b'(' => (esc[3] | DBCS, 0),
                b')' => (esc[3] | DBCS, 1),
                _ => return Err(Stop::Illegal(4)),
            }
        }
        6 if cfg.flags & USE_JISX0208_EXT != 0
            && esc[3] == ESC
            && esc[4] == b'$'
            && esc[5] == b'B' =>
        {
            (JISX0208_MARK, 0)
        }
        n => return Err(Stop::Illegal(n)),
    };
    if charset != ASCII && !cfg.designations.iter().any(|d| d.mark == charset) {
        return Err(Stop::Illegal(esclen));
    }
    state[designation] = charset;
    *pos += esclen;
    Ok(())
}

/// ISO 8859-7's upper half (`ISO8859_7_DECODE`).
fn iso8859_7(c: u8) -> Option<u32> {
    let c32 = u32::from(c);
    if c < 0xa0 || (c < 0xc0 && (0x288f3bc9u32 >> (c - 0xa0)) & 1 != 0) {
        Some(c32)
    } else if (0xb4..=0xfe).contains(&c) && (c >= 0xd4 || (0xbffffd77u32 >> (c - 0xb4)) & 1 != 0) {
        Some(0x02d0 + c32)
    } else {
        match c {
            0xa1 => Some(0x2018),
            0xa2 => Some(0x2019),
            0xaf => Some(0x2015),
            _ => None,
        }
    }
}

/// `iso2022processg2`: the single-shifted character after `ESC N`.
fn process_g2(state: &State, data: &[u8], pos: &mut usize, out: &mut Vec<u32>) -> Step {
    let c = data[*pos + 2];
    let decoded = match state[2] {
        ISO8859_1 => (c < 0x80).then(|| u32::from(c) + 0x80),
        ISO8859_7 => iso8859_7(c ^ 0x80),
        ASCII => (c & 0x80 == 0).then_some(u32::from(c)),
        _ => return Err(Stop::Internal),
    };
    out.push(decoded.ok_or(Stop::Illegal(3))?);
    *pos += 3;
    Ok(())
}

/// A character set's decoder for the code at the front of `data`.
fn decode_in(set: Set, data: &[u8]) -> Option<Decoded> {
    let (c1, c2) = (data[0], data.get(1).copied().unwrap_or(0));
    let one = |c: Option<u32>| c.map(Decoded::One);
    match set {
        Set::Ksx1001 => one(decode_one(&KSX1001, c1, c2)),
        Set::Jisx0208 if (c1, c2) == (0x21, 0x40) => Some(Decoded::One(0xff3c)),
        Set::Jisx0208 => one(decode_one(&JISX0208, c1, c2)),
        Set::Jisx0212 => one(decode_one(&JISX0212, c1, c2)),
        Set::Gb2312 => one(decode_one(&GB2312, c1, c2)),
        Set::Jisx0201Roman => one(match c1 {
            0x5c => Some(0xa5),
            0x7e => Some(0x203e),
            0..0x80 => Some(u32::from(c1)),
            _ => None,
        }),
        Set::Jisx0201Kana => one((0xa1..=0xdf)
            .contains(&(c1 ^ 0x80))
            .then(|| 0xfec0 + u32::from(c1 ^ 0x80))),
        Set::Jisx0213Plane1 { y2000, .. } => {
            if y2000 && let Some(c) = emulate_2000_decode(1, c1, c2) {
                return c.map(Decoded::One);
            }
            if (c1, c2) == (0x21, 0x40) {
                return Some(Decoded::One(0xff3c));
            }
            JISX0213_1.decode(c1, c2)
        }
        // CPython's iso2022 plane-2 decoder sets the 2000 edition's character and then
        // overwrites it with the map's, so both editions decode alike.
        Set::Jisx0213Plane2 { .. } => JISX0213_2.decode(c1, c2),
        Set::G2Only => None,
    }
}

fn decode(
    codec: &Codec,
    state: &mut State,
    data: &[u8],
    pos: &mut usize,
    out: &mut Vec<u32>,
) -> Step {
    let cfg = config(codec);
    while let Some(&c) = data.get(*pos) {
        if state[4] & ESC_THROUGHOUT != 0 {
            // Inside an escape sequence that is not ISO-2022's: bytes pass as Latin-1.
            out.push(u32::from(c));
            *pos += 1;
            if is_esc_end(c) {
                state[4] &= !ESC_THROUGHOUT;
            }
            continue;
        }
        match c {
            ESC => {
                need(data, *pos, 2)?;
                let c2 = data[*pos + 1];
                if matches!(c2, b'(' | b')' | b'$' | b'.' | b'&') {
                    process_escape(cfg, state, data, pos)?;
                } else if cfg.flags & USE_G2 != 0 && c2 == b'N' {
                    need(data, *pos, 3)?;
                    process_g2(state, data, pos, out)?;
                } else {
                    out.push(u32::from(ESC));
                    state[4] |= ESC_THROUGHOUT;
                    *pos += 1;
                }
            }
            SI | SO if cfg.flags & NO_SHIFT != 0 => {
                out.push(u32::from(c));
                *pos += 1;
            }
            SI => {
                state[4] &= !SHIFTED;
                *pos += 1;
            }
            SO => {
                state[4] |= SHIFTED;
                *pos += 1;
            }
            LF => {
                state[4] &= !SHIFTED;
                out.push(u32::from(LF));
                *pos += 1;
            }
            0..0x20 => {
                out.push(u32::from(c));
                *pos += 1;
            }
            0x80.. => return Err(Stop::Illegal(1)),
            _ => {
                let charset = if state[4] & SHIFTED != 0 {
                    state[1]
                } else {
                    state[0]
                };
                if charset == ASCII {
                    out.push(u32::from(c));
                    *pos += 1;
                    continue;
                }
                let d = cfg
                    .designations
                    .iter()
                    .find(|d| d.mark == charset)
                    .ok_or(Stop::Internal)?;
                need(data, *pos, d.width)?;
                match decode_in(d.set, &data[*pos..*pos + d.width]) {
                    Some(Decoded::One(ch)) => out.push(ch),
                    Some(Decoded::Pair(a, b)) => out.extend([a, b]),
                    None => return Err(Stop::Illegal(d.width)),
                }
                *pos += d.width;
            }
        }
    }
    Ok(())
}
