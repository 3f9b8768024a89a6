//! Turns the bytes given to `Parse` into characters for the XML tokenizer: the encoding from the BOM, the
//! caller or the XML declaration (UTF-8, UTF-16, ISO-8859-1, US-ASCII, or a single-byte table), decoded
//! incrementally across chunk boundaries as expat's `XmlInitEncoding`/`XmlParseXmlDecl` choose it.

/// Stands for a byte sequence that does not decode: U+FFFF is not an XML character, so the tokenizer reports
/// "not well-formed (invalid token)" where it appears.
pub const INVALID: char = '\u{FFFF}';

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Latin1,
    Ascii,
    /// A single-byte encoding given as a 256-entry table (from Python's codecs, like pyexpat's
    /// unknown-encoding handler).
    Table,
}

/// The encoding a name denotes, as expat's built-in names (case-insensitive).
pub fn builtin(name: &str) -> Option<Encoding> {
    match name.to_ascii_uppercase().as_str() {
        "UTF-8" => Some(Encoding::Utf8),
        "UTF-16" | "UTF-16LE" => Some(Encoding::Utf16Le),
        "UTF-16BE" => Some(Encoding::Utf16Be),
        "ISO-8859-1" => Some(Encoding::Latin1),
        "US-ASCII" => Some(Encoding::Ascii),
        _ => None,
    }
}

pub struct Decoder {
    pub encoding: Encoding,
    pub table: Option<Box<[char; 256]>>,
    pending: Vec<u8>,
}

impl Decoder {
    pub fn new(encoding: Encoding) -> Decoder {
        Decoder {
            encoding,
            table: None,
            pending: Vec::new(),
        }
    }

    /// Decodes `data` (after any bytes held back from the last call) into `(char, byte length)` pairs;
    /// an incomplete sequence at the end waits for the next call unless `last`, when it becomes INVALID
    /// and the result is true (expat's "partial character").
    pub fn decode(&mut self, data: &[u8], last: bool, out: &mut Vec<(char, u8)>) -> bool {
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(data);
        let mut i = 0;
        while i < bytes.len() {
            let rest = &bytes[i..];
            let step = match self.encoding {
                Encoding::Utf8 => utf8_char(rest),
                Encoding::Utf16Le | Encoding::Utf16Be => {
                    utf16_char(rest, self.encoding == Encoding::Utf16Le)
                }
                Encoding::Latin1 => Some((char::from(rest[0]), 1)),
                Encoding::Ascii => Some((
                    if rest[0] < 0x80 {
                        char::from(rest[0])
                    } else {
                        INVALID
                    },
                    1,
                )),
                Encoding::Table => Some((
                    self.table.as_ref().map_or(INVALID, |t| t[rest[0] as usize]),
                    1,
                )),
            };
            match step {
                Some((c, n)) => {
                    out.push((c, n));
                    i += n as usize;
                }
                None if last => {
                    out.push((INVALID, (bytes.len() - i) as u8));
                    return true;
                }
                None => {
                    self.pending = rest.to_vec();
                    return false;
                }
            }
        }
        false
    }
}

/// One UTF-8 character at the start of `b`: `None` if `b` ends inside it, INVALID (one byte) if malformed.
fn utf8_char(b: &[u8]) -> Option<(char, u8)> {
    let lead = b[0];
    let len = match lead {
        0x00..=0x7f => return Some((char::from(lead), 1)),
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Some((INVALID, 1)),
    };
    for k in 1..len {
        match b.get(k) {
            None => return None,
            Some(&c) if c & 0xc0 != 0x80 => return Some((INVALID, 1)),
            Some(_) => {}
        }
    }
    match std::str::from_utf8(&b[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => Some((c, len as u8)),
        None => Some((INVALID, 1)),
    }
}

fn utf16_char(b: &[u8], le: bool) -> Option<(char, u8)> {
    let unit = |i: usize| -> Option<u16> {
        let pair = [*b.get(i)?, *b.get(i + 1)?];
        Some(if le {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        })
    };
    let first = unit(0)?;
    if (0xd800..0xdc00).contains(&first) {
        let second = unit(2)?;
        if !(0xdc00..0xe000).contains(&second) {
            return Some((INVALID, 2));
        }
        let c = 0x10000 + ((u32::from(first) - 0xd800) << 10) + (u32::from(second) - 0xdc00);
        return Some((char::from_u32(c).unwrap_or(INVALID), 4));
    }
    Some((char::from_u32(u32::from(first)).unwrap_or(INVALID), 2))
}
