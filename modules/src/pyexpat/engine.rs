//! The incremental XML parser behind `xmlparser`: buffers decoded input, reads one token per step in the
//! document's current state (prolog, content, epilog), expands entities, processes namespaces and hands
//! back expat-shaped events with their positions; mirrors expat's xmlparse.c processors.

use std::collections::HashMap;

use super::decode::{Decoder, Encoding, builtin};
use super::dtd::{self, Decl, Dtd};
use super::tokens::*;

/// A position as expat reports it: 1-based line, 0-based column in characters, byte offset.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
    pub byte: usize,
}

pub enum Ev {
    XmlDecl {
        version: Option<String>,
        encoding: Option<String>,
        standalone: i32,
    },
    Decl(Decl),
    Start {
        name: String,
        attrs: Vec<(String, String)>,
    },
    End(String),
    StartNs(Option<String>, Option<String>),
    EndNs(Option<String>),
    Chars(String),
    Pi(String, String),
    Comment(String),
    StartCdata,
    EndCdata,
    /// Markup with no event of its own (whitespace in the prolog, entity references not expanded).
    Default(String),
    Skipped(String),
    ExternalRef {
        context: String,
        system_id: Option<String>,
        public_id: Option<String>,
    },
}

pub struct Event {
    pub ev: Ev,
    pub pos: Pos,
    /// The markup as written, for the default handler when the event's own handler is not set.
    pub raw: Option<String>,
}

#[derive(Clone, Copy, Debug)]
pub struct XmlError {
    pub code: u32,
    pub pos: Pos,
}

pub enum Step {
    Events(Vec<Event>),
    NeedMore,
    Done,
}

/// What the Python side has set that changes parsing.
#[derive(Clone, Copy, Default)]
pub struct Flags {
    pub expand_internal: bool,
    pub specified_only: bool,
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum State {
    Start,
    Prolog,
    Content,
    Epilog,
    Done,
}

struct Open {
    raw: String,
    name: String,
    declared: Vec<String>,
}

struct Frame {
    chars: Vec<char>,
    pos: usize,
    name: String,
    depth: usize,
    at: Pos,
}

const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

pub struct Engine {
    chars: Vec<char>,
    sizes: Vec<u8>,
    pos: usize,
    track_idx: usize,
    track: Pos,
    head: Vec<u8>,
    decoder: Option<Decoder>,
    pub forced_encoding: Option<String>,
    final_: bool,
    state: State,
    stack: Vec<Open>,
    ns: HashMap<String, Vec<String>>,
    pub ns_sep: Option<String>,
    pub ns_triplets: bool,
    pub dtd: Dtd,
    frames: Vec<Frame>,
    error: Option<XmlError>,
    /// `UseForeignDTD`: behave as if an external subset were declared.
    pub foreign_dtd: bool,
    /// An external entity parser: content may start without a root element.
    pub external: bool,
    /// Characters produced by entity expansion, for the amplification limit.
    expanded: usize,
    /// Where input ended inside a multi-byte character (absolute index), and how many characters
    /// `compact` has dropped from the front.
    partial_char: Option<usize>,
    dropped: usize,
}

impl Engine {
    pub fn new(ns_sep: Option<String>, forced_encoding: Option<String>) -> Engine {
        Engine {
            chars: Vec::new(),
            sizes: Vec::new(),
            pos: 0,
            track_idx: 0,
            track: Pos {
                line: 1,
                col: 0,
                byte: 0,
            },
            head: Vec::new(),
            decoder: None,
            forced_encoding,
            final_: false,
            state: State::Start,
            stack: Vec::new(),
            ns: HashMap::new(),
            ns_sep,
            ns_triplets: false,
            dtd: Dtd::default(),
            frames: Vec::new(),
            error: None,
            foreign_dtd: false,
            external: false,
            expanded: 0,
            partial_char: None,
            dropped: 0,
        }
    }

    pub fn started(&self) -> bool {
        self.decoder.is_some() || !self.head.is_empty()
    }

    pub fn error(&self) -> Option<XmlError> {
        self.error
    }

    pub fn fail(&mut self, e: XmlError) -> XmlError {
        self.error = Some(e);
        e
    }

    /// The position of the next unread character (expat's current position between events).
    pub fn current(&mut self) -> Pos {
        let p = self.pos;
        self.pos_at(p)
    }

    fn pos_at(&mut self, idx: usize) -> Pos {
        let idx = idx.min(self.chars.len());
        if idx < self.track_idx {
            return self.track;
        }
        while self.track_idx < idx {
            let c = self.chars[self.track_idx];
            self.track.byte += self.sizes[self.track_idx] as usize;
            match c {
                '\n' => {
                    self.track.line += 1;
                    self.track.col = 0;
                }
                '\r' if self.chars.get(self.track_idx + 1) != Some(&'\n') => {
                    self.track.line += 1;
                    self.track.col = 0;
                }
                '\r' => {}
                _ => self.track.col += 1,
            }
            self.track_idx += 1;
        }
        self.track
    }

    /// Takes in bytes; `table_for` gives a decoding table for a non-built-in single-byte encoding.
    pub fn feed(
        &mut self,
        data: &[u8],
        last: bool,
        table_for: &dyn Fn(&str) -> Option<Box<[char; 256]>>,
    ) -> Result<(), XmlError> {
        if self.state == State::Done {
            let pos = self.current();
            return Err(self.fail(XmlError {
                code: E_FINISHED,
                pos,
            }));
        }
        self.final_ = last;
        if self.decoder.is_none() {
            self.head.extend_from_slice(data);
            let Some(decoder) = self.choose_encoding(last, table_for)? else {
                return Ok(());
            };
            self.decoder = Some(decoder);
            let head = std::mem::take(&mut self.head);
            return self.decode(&head, last);
        }
        self.decode(data, last)
    }

    fn decode(&mut self, data: &[u8], last: bool) -> Result<(), XmlError> {
        let mut out = Vec::new();
        let mut partial = false;
        if let Some(d) = &mut self.decoder {
            partial = d.decode(data, last, &mut out);
        }
        self.compact();
        if partial {
            self.partial_char = Some(self.dropped + self.chars.len() + out.len() - 1);
        }
        for (c, n) in out {
            self.chars.push(c);
            self.sizes.push(n);
        }
        Ok(())
    }

    /// Drops consumed input once enough has piled up (positions are kept in `track`).
    fn compact(&mut self) {
        if self.pos > 1 << 16 && self.frames.is_empty() {
            let p = self.pos;
            self.pos_at(p);
            self.chars.drain(..p);
            self.sizes.drain(..p);
            self.dropped += p;
            self.pos = 0;
            self.track_idx = 0;
        }
    }

    fn choose_encoding(
        &mut self,
        last: bool,
        table_for: &dyn Fn(&str) -> Option<Box<[char; 256]>>,
    ) -> Result<Option<Decoder>, XmlError> {
        let h = &self.head;
        // Wait while the first bytes could still be a byte order mark, UTF-16 "<?" or "<?xml".
        let openings: [&[u8]; 6] = [
            b"\xef\xbb\xbf",
            b"\xff\xfe",
            b"\xfe\xff",
            b"<\0?\0",
            b"\0<\0?",
            b"<?xml",
        ];
        if !last
            && openings
                .iter()
                .any(|o| h.len() < o.len() && o.starts_with(h))
        {
            return Ok(None);
        }
        let bom = |n: usize, enc: Encoding| (n, enc);
        let detected = if h.starts_with(&[0xef, 0xbb, 0xbf]) {
            Some(bom(3, Encoding::Utf8))
        } else if h.starts_with(&[0xff, 0xfe]) {
            Some(bom(2, Encoding::Utf16Le))
        } else if h.starts_with(&[0xfe, 0xff]) {
            Some(bom(2, Encoding::Utf16Be))
        } else if h.starts_with(&[b'<', 0, b'?', 0]) {
            Some(bom(0, Encoding::Utf16Le))
        } else if h.starts_with(&[0, b'<', 0, b'?']) {
            Some(bom(0, Encoding::Utf16Be))
        } else {
            None
        };
        if let Some((skip, enc)) = detected {
            // A UTF-16 document's declaration may still name an encoding expat does not know, which goes
            // to the unknown-encoding handler like any other.
            if matches!(enc, Encoding::Utf16Le | Encoding::Utf16Be)
                && self.forced_encoding.is_none()
            {
                let le = enc == Encoding::Utf16Le;
                let ascii: Vec<u8> = h[skip..]
                    .chunks(2)
                    .map(|p| {
                        if p.len() == 2 && p[usize::from(le)] == 0 {
                            p[usize::from(!le)]
                        } else {
                            0xff
                        }
                    })
                    .collect();
                if ascii.starts_with(b"<?xml") {
                    match ascii.windows(2).position(|w| w == b"?>") {
                        None if !last && h.len() < 2048 => return Ok(None),
                        None => {}
                        Some(end) => {
                            if let Some(name) = declared_encoding(&ascii[..end])
                                && builtin(&name).is_none()
                                && table_for(&name).is_none()
                            {
                                return Err(self.fail(XmlError {
                                    code: E_UNKNOWN_ENCODING,
                                    pos: Pos {
                                        line: 1,
                                        col: 0,
                                        byte: 0,
                                    },
                                }));
                            }
                        }
                    }
                }
            }
            self.head.drain(..skip);
            self.track.byte = skip;
            return Ok(Some(Decoder::new(enc)));
        }
        let name = match &self.forced_encoding {
            Some(n) => Some(n.clone()),
            None if h.starts_with(b"<?xml") => {
                let Some(end) = h.windows(2).position(|w| w == b"?>") else {
                    return if last || h.len() > 1024 {
                        Ok(Some(Decoder::new(Encoding::Utf8)))
                    } else {
                        Ok(None)
                    };
                };
                declared_encoding(&h[..end])
            }
            None => None,
        };
        let Some(name) = name else {
            return Ok(Some(Decoder::new(Encoding::Utf8)));
        };
        if let Some(enc) = builtin(&name) {
            return Ok(Some(Decoder::new(enc)));
        }
        match table_for(&name) {
            Some(table) => {
                let mut d = Decoder::new(Encoding::Table);
                d.table = Some(table);
                Ok(Some(d))
            }
            None => {
                // Reported at the encoding name in the declaration (ASCII, so bytes are columns).
                let at = self
                    .head
                    .windows(name.len())
                    .position(|w| w == name.as_bytes())
                    .unwrap_or(0);
                Err(self.fail(XmlError {
                    code: E_UNKNOWN_ENCODING,
                    pos: Pos {
                        line: 1,
                        col: at,
                        byte: at,
                    },
                }))
            }
        }
    }

    /// expat's billion-laughs protection: entity expansion may not grow past 100 times the input once it
    /// exceeds 8 MiB (`XML_BLAP_MAX_AMP`, `XML_BLAP_ACT_THRES`).
    fn amplify(&mut self, n: usize, at: usize) -> Result<(), XmlError> {
        self.expanded += n;
        let direct = self.track.byte + self.chars.len();
        if self.expanded > 8_388_608 && self.expanded > 100 * direct {
            return Err(self.err_at(E_AMPLIFICATION, at));
        }
        Ok(())
    }

    fn err_at(&mut self, code: u32, idx: usize) -> XmlError {
        let partial =
            self.frames.is_empty() && self.partial_char.is_some_and(|p| p + self.dropped == idx);
        let code = if partial && code == E_INVALID_TOKEN {
            E_PARTIAL_CHAR
        } else {
            code
        };
        let pos = match self.frames.last() {
            Some(f) => f.at,
            None => self.pos_at(idx),
        };
        self.fail(XmlError { code, pos })
    }

    fn event_pos(&mut self, idx: usize) -> Pos {
        match self.frames.last() {
            Some(f) => f.at,
            None => self.pos_at(idx),
        }
    }

    /// Reads the next token and returns its events.
    pub fn step(&mut self, flags: Flags) -> Result<Step, XmlError> {
        if let Some(e) = self.error {
            return Err(e);
        }
        if self.decoder.is_none() {
            return if self.final_ {
                Err(self.err_at(E_NO_ELEMENTS, 0))
            } else {
                Ok(Step::NeedMore)
            };
        }
        if let Some(f) = self.frames.last() {
            if f.pos >= f.chars.len() {
                let f = self.frames.pop().expect("frame");
                if self.stack.len() != f.depth {
                    return Err(self.fail(XmlError {
                        code: E_ASYNC_ENTITY,
                        pos: f.at,
                    }));
                }
                return Ok(Step::Events(Vec::new()));
            }
            return self.content_step(flags);
        }
        if self.pos >= self.chars.len() {
            if !self.final_ {
                return Ok(Step::NeedMore);
            }
            return match self.state {
                State::Epilog | State::Done => {
                    self.state = State::Done;
                    Ok(Step::Done)
                }
                State::Content if self.external && self.stack.is_empty() => {
                    self.state = State::Done;
                    Ok(Step::Done)
                }
                _ => {
                    let end = self.chars.len();
                    Err(self.err_at(E_NO_ELEMENTS, end))
                }
            };
        }
        match self.state {
            State::Content => self.content_step(flags),
            State::Done => Err(self.err_at(E_FINISHED, self.pos)),
            _ => self.prolog_step(flags),
        }
    }

    fn partial(&mut self, start: usize, code: u32) -> Result<Step, XmlError> {
        if self.final_ {
            let at = if code == E_UNCLOSED_CDATA_SECTION {
                self.chars.len()
            } else {
                start
            };
            Err(self.err_at(code, at))
        } else {
            Ok(Step::NeedMore)
        }
    }

    fn prolog_step(&mut self, flags: Flags) -> Result<Step, XmlError> {
        let i = self.pos;
        let first = self.state == State::Start;
        // Whether the document starts with an XML declaration is known only once "<?xml" and the character
        // after it are in.
        let avail = &self.chars[i..];
        if first
            && avail.len() < 6
            && !self.final_
            && avail.iter().zip("<?xml".chars()).all(|(a, b)| *a == b)
        {
            return Ok(Step::NeedMore);
        }
        if self.external && first {
            self.state = State::Content;
            if starts_with(&self.chars, i, "<?xml ").unwrap_or(false) {
                return self.xml_decl(i);
            }
            return self.content_step(flags);
        }
        self.state = if self.state == State::Start {
            State::Prolog
        } else {
            self.state
        };
        let s = &self.chars;
        let c = s[i];
        if is_space(c) {
            let mut j = i;
            while s.get(j).is_some_and(|&c| is_space(c)) {
                j += 1;
            }
            if j == s.len() && !self.final_ && s[j - 1] == '\r' {
                return Ok(Step::NeedMore);
            }
            let raw = text(s, i, j);
            let pos = self.event_pos(i);
            self.pos = j;
            return Ok(Step::Events(vec![Event {
                ev: Ev::Default(raw.clone()),
                pos,
                raw: Some(raw),
            }]));
        }
        if c != '<' {
            let code = if !is_char(c) {
                E_INVALID_TOKEN
            } else if self.state == State::Epilog {
                E_JUNK_AFTER_DOC_ELEMENT
            } else if is_name_char(c) {
                E_SYNTAX
            } else {
                E_INVALID_TOKEN
            };
            return Err(self.err_at(code, i));
        }
        let probe = |lit: &str| starts_with(s, i, lit);
        match probe("<?") {
            Err(_) => return self.partial(i, E_UNCLOSED_TOKEN),
            Ok(true) => {
                let is_xml = match starts_with(s, i, "<?xml") {
                    Ok(x) => x && s.get(i + 5).is_some_and(|&c| is_space(c) || c == '?'),
                    Err(_) => return self.partial(i, E_UNCLOSED_TOKEN),
                };
                if is_xml {
                    if first && i == 0 {
                        return self.xml_decl(i);
                    }
                    let code = if self.state == State::Epilog {
                        E_JUNK_AFTER_DOC_ELEMENT
                    } else {
                        E_MISPLACED_XML_PI
                    };
                    return Err(self.err_at(code, i));
                }
                return self.pi_token(i);
            }
            Ok(false) => {}
        }
        match probe("<!--") {
            Err(_) => return self.partial(i, E_UNCLOSED_TOKEN),
            Ok(true) => return self.comment_token(i),
            Ok(false) => {}
        }
        if self.state == State::Prolog {
            match probe("<!DOCTYPE") {
                Err(_) => return self.partial(i, E_UNCLOSED_TOKEN),
                Ok(true) => return self.doctype_token(i),
                Ok(false) => {}
            }
        }
        if self.state == State::Epilog {
            return Err(self.err_at(E_JUNK_AFTER_DOC_ELEMENT, i));
        }
        if s.get(i + 1) == Some(&'!') {
            // "<!" opening something other than a comment or the DOCTYPE.
            return match s.get(i + 2) {
                None => self.partial(i, E_UNCLOSED_TOKEN),
                Some(&c) if is_name_start(c) || c == '[' => Err(self.err_at(E_SYNTAX, i)),
                Some(_) => Err(self.err_at(E_INVALID_TOKEN, i + 2)),
            };
        }
        match s.get(i + 1) {
            None => self.partial(i, E_UNCLOSED_TOKEN),
            Some(&c) if is_name_start(c) => {
                self.state = State::Content;
                self.content_step(flags)
            }
            Some(_) => Err(self.err_at(E_INVALID_TOKEN, i + 1)),
        }
    }

    fn xml_decl(&mut self, i: usize) -> Result<Step, XmlError> {
        let s = &self.chars;
        let end = match (i..s.len().saturating_sub(1)).find(|&j| s[j] == '?' && s[j + 1] == '>') {
            Some(j) => j,
            None => return self.partial(i, E_UNCLOSED_TOKEN),
        };
        if let Some(bad) = (i..end).find(|&k| !is_char(s[k])) {
            return Err(self.err_at(E_INVALID_TOKEN, bad));
        }
        let body = text(s, i + 5, end);
        let raw = text(s, i, end + 2);
        let (version, encoding, standalone) = match parse_xml_decl(&body) {
            Ok(parts) => parts,
            Err(at) => return Err(self.err_at(E_XML_DECL, i + 5 + at)),
        };
        if let (Some(enc), Some(d)) = (&encoding, &self.decoder) {
            let declared = builtin(enc);
            let clash = matches!(
                (declared, d.encoding),
                (Some(Encoding::Utf16Le | Encoding::Utf16Be), Encoding::Utf8)
            );
            if clash {
                return Err(self.err_at(E_INCORRECT_ENCODING, i));
            }
        }
        let pos = self.event_pos(i);
        self.pos = end + 2;
        Ok(Step::Events(vec![Event {
            ev: Ev::XmlDecl {
                version,
                encoding,
                standalone,
            },
            pos,
            raw: Some(raw),
        }]))
    }

    fn pi_token(&mut self, i: usize) -> Result<Step, XmlError> {
        let src = self.src();
        match pi(src, i) {
            Ok((e, target, data)) => {
                if target.eq_ignore_ascii_case("xml") {
                    return Err(self.err_at(E_MISPLACED_XML_PI, i));
                }
                let raw = text(src, i, e);
                let pos = self.event_pos(i);
                self.advance(e);
                Ok(Step::Events(vec![Event {
                    ev: Ev::Pi(target, data),
                    pos,
                    raw: Some(raw),
                }]))
            }
            Err(Fail::Partial) => self.partial(i, E_UNCLOSED_TOKEN),
            Err(Fail::At(code, at)) => Err(self.err_at(code, at)),
        }
    }

    fn comment_token(&mut self, i: usize) -> Result<Step, XmlError> {
        let src = self.src();
        match comment(src, i) {
            Ok((e, t)) => {
                let raw = text(src, i, e);
                let pos = self.event_pos(i);
                self.advance(e);
                Ok(Step::Events(vec![Event {
                    ev: Ev::Comment(t),
                    pos,
                    raw: Some(raw),
                }]))
            }
            Err(Fail::Partial) => self.partial(i, E_UNCLOSED_TOKEN),
            Err(Fail::At(code, at)) => Err(self.err_at(code, at)),
        }
    }

    fn doctype_token(&mut self, i: usize) -> Result<Step, XmlError> {
        let mut dtd = std::mem::take(&mut self.dtd);
        let r = dtd::doctype(&self.chars, i, &mut dtd);
        self.dtd = dtd;
        match r {
            Ok((e, decls)) => {
                let mut events = Vec::new();
                for (at, d) in decls {
                    let pos = self.pos_at(at);
                    let raw = match &d {
                        Decl::Piece(t) => Some(t.clone()),
                        Decl::Entity { raw, .. }
                        | Decl::Notation { raw, .. }
                        | Decl::Element { raw, .. } => Some(raw.clone()),
                        Decl::Comment(t) => Some(format!("<!--{t}-->")),
                        Decl::Pi(t, d) => Some(if d.is_empty() {
                            format!("<?{t}?>")
                        } else {
                            format!("<?{t} {d}?>")
                        }),
                        _ => None,
                    };
                    events.push(Event {
                        ev: Ev::Decl(d),
                        pos,
                        raw,
                    });
                }
                self.pos = e;
                Ok(Step::Events(events))
            }
            Err(Fail::Partial) if self.final_ => {
                let (code, at) = match dtd::unfinished_token(&self.chars, i) {
                    Some(start) => (E_UNCLOSED_TOKEN, start),
                    None => (E_NO_ELEMENTS, self.chars.len()),
                };
                Err(self.err_at(code, at))
            }
            Err(Fail::Partial) => Ok(Step::NeedMore),
            Err(Fail::At(code, at)) => Err(self.err_at(code, at)),
        }
    }

    fn src(&self) -> &[char] {
        match self.frames.last() {
            Some(f) => &f.chars,
            None => &self.chars,
        }
    }

    fn advance(&mut self, to: usize) {
        match self.frames.last_mut() {
            Some(f) => f.pos = to,
            None => self.pos = to,
        }
    }

    fn content_step(&mut self, flags: Flags) -> Result<Step, XmlError> {
        let in_frame = !self.frames.is_empty();
        let last = in_frame || self.final_;
        let i = self.frames.last().map_or(self.pos, |f| f.pos);
        let s = self.src();
        let c = s[i];
        if c == '<' {
            let probe = |lit: &str| starts_with(s, i, lit);
            if let Ok(true) | Err(_) = probe("</") {
                if s.len() < i + 2 {
                    return self.partial(i, E_UNCLOSED_TOKEN);
                }
                return self.end_tag_token(i);
            }
            match probe("<!--") {
                Ok(true) => return self.comment_token(i),
                Err(_) => return self.partial(i, E_UNCLOSED_TOKEN),
                Ok(false) => {}
            }
            match probe("<![CDATA[") {
                Ok(true) => return self.cdata_token(i),
                Err(_) => return self.partial(i, E_UNCLOSED_TOKEN),
                Ok(false) => {}
            }
            match probe("<?") {
                Ok(true) => return self.pi_token(i),
                Err(_) => return self.partial(i, E_UNCLOSED_TOKEN),
                Ok(false) => {}
            }
            if s.get(i + 1) == Some(&'!') {
                // Neither a comment nor a CDATA section: expat fails where the text leaves "<!--" or
                // "<![CDATA[".
                let expected: &[char] = match s.get(i + 2) {
                    Some('-') => &['<', '!', '-', '-'],
                    _ => &['<', '!', '[', 'C', 'D', 'A', 'T', 'A', '['],
                };
                let bad = (i + 2..i + expected.len()).find(|&k| s.get(k) != Some(&expected[k - i]));
                return match bad {
                    Some(k) if k >= s.len() => self.partial(i, E_UNCLOSED_TOKEN),
                    Some(k) => Err(self.err_at(E_INVALID_TOKEN, k)),
                    None => Err(self.err_at(E_INVALID_TOKEN, i + 2)),
                };
            }
            return self.start_tag_token(i, flags);
        }
        if c == '&' {
            return self.reference_token(i, flags);
        }
        if c == '\n' || c == '\r' {
            let mut e = i + 1;
            if c == '\r' {
                match s.get(i + 1) {
                    None if !last => return Ok(Step::NeedMore),
                    Some('\n') => e += 1,
                    _ => {}
                }
            }
            let raw = text(s, i, e);
            let pos = self.event_pos(i);
            self.advance(e);
            return Ok(Step::Events(vec![Event {
                ev: Ev::Chars("\n".into()),
                pos,
                raw: Some(raw),
            }]));
        }
        let mut j = i;
        while let Some(&c) = s.get(j) {
            if matches!(c, '<' | '&' | '\n' | '\r') {
                break;
            }
            if !is_char(c) {
                if j > i {
                    break;
                }
                return Err(self.err_at(E_INVALID_TOKEN, j));
            }
            if c == ']' && s.get(j + 1) == Some(&']') && s.get(j + 2) == Some(&'>') {
                if j > i {
                    break;
                }
                return Err(self.err_at(E_INVALID_TOKEN, j + 2));
            }
            j += 1;
        }
        if j == s.len() && !last {
            while j > i && s[j - 1] == ']' {
                j -= 1;
            }
            if j == i {
                return Ok(Step::NeedMore);
            }
        }
        if self.stack.is_empty() && !in_frame && !self.external {
            return Err(self.err_at(E_JUNK_AFTER_DOC_ELEMENT, i));
        }
        let t = text(s, i, j);
        let pos = self.event_pos(i);
        self.advance(j);
        Ok(Step::Events(vec![Event {
            ev: Ev::Chars(t.clone()),
            pos,
            raw: Some(t),
        }]))
    }

    fn cdata_token(&mut self, i: usize) -> Result<Step, XmlError> {
        let src = self.src();
        match cdata(src, i + 9) {
            Ok((e, t)) => {
                let pos = self.event_pos(i);
                let mut events = vec![Event {
                    ev: Ev::StartCdata,
                    pos,
                    raw: Some("<![CDATA[".into()),
                }];
                let mut off = i + 9;
                for piece in split_cdata(&t) {
                    let pos = self.event_pos(off);
                    off += piece.chars().count();
                    events.push(Event {
                        ev: Ev::Chars(piece.clone()),
                        pos,
                        raw: Some(piece),
                    });
                }
                let pos = self.event_pos(e - 3);
                events.push(Event {
                    ev: Ev::EndCdata,
                    pos,
                    raw: Some("]]>".into()),
                });
                self.advance(e);
                Ok(Step::Events(events))
            }
            Err(Fail::Partial) => self.partial(i, E_UNCLOSED_CDATA_SECTION),
            Err(Fail::At(code, at)) => Err(self.err_at(code, at)),
        }
    }

    fn reference_token(&mut self, i: usize, flags: Flags) -> Result<Step, XmlError> {
        let src = self.src();
        let (e, r) = match reference(src, i) {
            Ok(x) => x,
            Err(Fail::Partial) => return self.partial(i, E_UNCLOSED_TOKEN),
            Err(Fail::At(code, at)) => return Err(self.err_at(code, at)),
        };
        let raw = text(src, i, e);
        let pos = self.event_pos(i);
        let name = match r {
            Ref::Char(c) => {
                self.advance(e);
                return Ok(Step::Events(vec![Event {
                    ev: Ev::Chars(c.to_string()),
                    pos,
                    raw: Some(raw),
                }]));
            }
            Ref::Entity(name) => name,
        };
        if let Some(c) = predefined(&name) {
            self.advance(e);
            return Ok(Step::Events(vec![Event {
                ev: Ev::Chars(c.to_string()),
                pos,
                raw: Some(raw),
            }]));
        }
        let Some(entity) = self.dtd.entities.get(&name) else {
            if !self.dtd.has_param_refs && !self.foreign_dtd {
                return Err(self.err_at(E_UNDEFINED_ENTITY, i));
            }
            self.advance(e);
            return Ok(Step::Events(vec![Event {
                ev: Ev::Skipped(name),
                pos,
                raw: Some(raw),
            }]));
        };
        if entity.notation.is_some() {
            return Err(self.err_at(E_BINARY_ENTITY_REF, i));
        }
        let Some(value) = entity.value.clone() else {
            let system_id = entity.system_id.clone();
            self.advance(e);
            return Ok(Step::Events(vec![Event {
                ev: Ev::ExternalRef {
                    context: name,
                    system_id,
                    public_id: None,
                },
                pos,
                raw: Some(raw),
            }]));
        };
        if !flags.expand_internal {
            self.advance(e);
            return Ok(Step::Events(vec![Event {
                ev: Ev::Skipped(name),
                pos,
                raw: Some(raw),
            }]));
        }
        if self.frames.iter().any(|f| f.name == name) {
            return Err(self.err_at(E_RECURSIVE_ENTITY_REF, i));
        }
        self.amplify(value.len(), i)?;
        self.advance(e);
        let depth = self.stack.len();
        self.frames.push(Frame {
            chars: value.chars().collect(),
            pos: 0,
            name,
            depth,
            at: pos,
        });
        Ok(Step::Events(Vec::new()))
    }

    /// An attribute value with references replaced and white space normalized (expat's `appendAttributeValue`).
    fn attr_value(
        &mut self,
        value: &[char],
        at: usize,
        tag_at: usize,
        depth: usize,
    ) -> Result<String, XmlError> {
        let mut out = String::new();
        let mut k = 0;
        while k < value.len() {
            let c = value[k];
            match c {
                '&' => {
                    let (e, r) = match reference(value, k) {
                        Ok(x) => x,
                        Err(Fail::At(code, a)) => return Err(self.err_at(code, at + a)),
                        Err(Fail::Partial) => return Err(self.err_at(E_INVALID_TOKEN, at + k)),
                    };
                    match r {
                        Ref::Char(c) => out.push(c),
                        Ref::Entity(name) => {
                            if let Some(c) = predefined(&name) {
                                out.push(c);
                            } else {
                                match self
                                    .dtd
                                    .entities
                                    .get(&name)
                                    .map(|en| (en.value.clone(), en.notation.is_some()))
                                {
                                    None if self.dtd.has_param_refs || self.foreign_dtd => {}
                                    None => return Err(self.err_at(E_UNDEFINED_ENTITY, tag_at)),
                                    Some((_, true)) => {
                                        return Err(self.err_at(E_BINARY_ENTITY_REF, tag_at));
                                    }
                                    Some((None, _)) => {
                                        return Err(
                                            self.err_at(E_ATTRIBUTE_EXTERNAL_ENTITY_REF, tag_at)
                                        );
                                    }
                                    Some((Some(v), _)) => {
                                        if depth > 64 {
                                            return Err(self.err_at(E_RECURSIVE_ENTITY_REF, tag_at));
                                        }
                                        let chars: Vec<char> = v.chars().collect();
                                        if chars.contains(&'<') {
                                            return Err(self.err_at(E_INVALID_TOKEN, at + k));
                                        }
                                        self.amplify(chars.len(), tag_at)?;
                                        let expanded =
                                            self.attr_value(&chars, at + k, tag_at, depth + 1)?;
                                        out.push_str(&expanded);
                                    }
                                }
                            }
                        }
                    }
                    k = e;
                }
                '\r' => {
                    out.push(' ');
                    if value.get(k + 1) == Some(&'\n') {
                        k += 1;
                    }
                    k += 1;
                }
                '\t' | '\n' => {
                    out.push(' ');
                    k += 1;
                }
                _ => {
                    out.push(c);
                    k += 1;
                }
            }
        }
        Ok(out)
    }

    fn start_tag_token(&mut self, i: usize, flags: Flags) -> Result<Step, XmlError> {
        let src = self.src();
        let tag = match start_tag(src, i) {
            Ok(t) => t,
            Err(Fail::Partial) => return self.partial(i, E_UNCLOSED_TOKEN),
            Err(Fail::At(code, at)) => return Err(self.err_at(code, at)),
        };
        let raw = text(src, i, tag.end);
        if self.state == State::Epilog
            || self.stack.is_empty() && self.state != State::Content && !self.external
        {
            return Err(self.err_at(E_JUNK_AFTER_DOC_ELEMENT, i));
        }
        if self.ns_sep.is_some() {
            let names = std::iter::once((tag.name.as_str(), i + 1))
                .chain(tag.attrs.iter().map(|a| (a.name.as_str(), a.name_at)));
            for (name, at) in names {
                if let Some(bad) = qname_error(name, at) {
                    return Err(self.err_at(E_INVALID_TOKEN, bad));
                }
            }
        }
        let pos = self.event_pos(i);
        let mut attrs: Vec<(String, String)> = Vec::new();
        for (n, a) in tag.attrs.iter().enumerate() {
            if tag.attrs[..n].iter().any(|b| b.name == a.name) {
                return Err(self.err_at(E_DUPLICATE_ATTRIBUTE, a.name_at));
            }
            let v = self.attr_value(&a.value, a.value_at, i, 0)?;
            attrs.push((a.name.clone(), v));
        }
        if !flags.specified_only
            && let Some(defaults) = self.dtd.defaults.get(&tag.name)
        {
            for (n, v) in defaults {
                if !attrs.iter().any(|(a, _)| a == n) {
                    attrs.push((n.clone(), v.clone()));
                }
            }
        }
        let mut events = Vec::new();
        let mut declared = Vec::new();
        let name = if let Some(sep) = self.ns_sep.clone() {
            let mut kept = Vec::new();
            for (n, v) in attrs {
                let prefix = if n == "xmlns" {
                    Some(String::new())
                } else {
                    n.strip_prefix("xmlns:").map(str::to_string)
                };
                match prefix {
                    Some(p) => {
                        if !p.is_empty() && v.is_empty() {
                            return Err(self.err_at(E_UNDECLARING_PREFIX, i));
                        }
                        self.ns.entry(p.clone()).or_default().push(v.clone());
                        let ev_prefix = (!p.is_empty()).then(|| p.clone());
                        let ev_uri = (!v.is_empty()).then(|| v.clone());
                        events.push(Event {
                            ev: Ev::StartNs(ev_prefix, ev_uri),
                            pos,
                            raw: None,
                        });
                        declared.push(p);
                    }
                    None => kept.push((n, v)),
                }
            }
            let mut resolved = Vec::new();
            for (n, v) in kept {
                let rn = match self.resolve(&n, &sep, false) {
                    Some(r) => r,
                    None => return Err(self.err_at(E_UNBOUND_PREFIX, i)),
                };
                if resolved.iter().any(|(r, _): &(String, String)| *r == rn) {
                    return Err(self.err_at(E_DUPLICATE_ATTRIBUTE, i));
                }
                resolved.push((rn, v));
            }
            attrs = resolved;
            match self.resolve(&tag.name, &sep, true) {
                Some(r) => r,
                None => return Err(self.err_at(E_UNBOUND_PREFIX, i)),
            }
        } else {
            tag.name.clone()
        };
        self.advance(tag.end);
        self.state = State::Content;
        events.push(Event {
            ev: Ev::Start {
                name: name.clone(),
                attrs,
            },
            pos,
            raw: Some(raw),
        });
        if tag.empty {
            let end_pos = self.event_pos(tag.end);
            events.push(Event {
                ev: Ev::End(name),
                pos: end_pos,
                raw: Some(String::new()),
            });
            self.end_ns(&declared, end_pos, &mut events);
            if self.stack.is_empty() && self.frames.is_empty() && !self.external {
                self.state = State::Epilog;
            }
        } else {
            self.stack.push(Open {
                raw: tag.name,
                name,
                declared,
            });
        }
        Ok(Step::Events(events))
    }

    fn end_ns(&mut self, declared: &[String], pos: Pos, events: &mut Vec<Event>) {
        for p in declared.iter().rev() {
            if let Some(list) = self.ns.get_mut(p) {
                list.pop();
            }
            events.push(Event {
                ev: Ev::EndNs((!p.is_empty()).then(|| p.clone())),
                pos,
                raw: None,
            });
        }
    }

    /// `uri<sep>local` (with `<sep>prefix` for triplets) for a qualified name; `None` for an unbound prefix.
    fn resolve(&self, qname: &str, sep: &str, element: bool) -> Option<String> {
        let (prefix, local) = match qname.split_once(':') {
            Some((p, l)) if !p.is_empty() && !l.is_empty() => (Some(p), l),
            _ => (None, qname),
        };
        let uri = match prefix {
            Some("xml") => Some(XML_NS.to_string()),
            Some(p) => Some(
                self.ns
                    .get(p)
                    .and_then(|l| l.last())
                    .filter(|u| !u.is_empty())?
                    .clone(),
            ),
            None if element => self
                .ns
                .get("")
                .and_then(|l| l.last())
                .filter(|u| !u.is_empty())
                .cloned(),
            None => None,
        };
        Some(match (uri, prefix) {
            (Some(u), Some(p)) if self.ns_triplets => format!("{u}{sep}{local}{sep}{p}"),
            (Some(u), _) => format!("{u}{sep}{local}"),
            (None, _) => local.to_string(),
        })
    }

    fn end_tag_token(&mut self, i: usize) -> Result<Step, XmlError> {
        let src = self.src();
        let (name, name_at, end) = match end_tag(src, i) {
            Ok(x) => x,
            Err(Fail::Partial) => return self.partial(i, E_UNCLOSED_TOKEN),
            Err(Fail::At(code, at)) => return Err(self.err_at(code, at)),
        };
        let raw = text(src, i, end);
        if self.ns_sep.is_some()
            && let Some(bad) = qname_error(&name, name_at)
        {
            return Err(self.err_at(E_INVALID_TOKEN, bad));
        }
        if let Some(f) = self.frames.last()
            && self.stack.len() <= f.depth
        {
            return Err(self.err_at(E_ASYNC_ENTITY, i));
        }
        match self.stack.last() {
            Some(open) if open.raw == name => {}
            _ => return Err(self.err_at(E_TAG_MISMATCH, name_at)),
        }
        let open = self.stack.pop().expect("open element");
        let pos = self.event_pos(i);
        self.advance(end);
        let mut events = vec![Event {
            ev: Ev::End(open.name),
            pos,
            raw: Some(raw),
        }];
        self.end_ns(&open.declared, pos, &mut events);
        if self.stack.is_empty() && self.frames.is_empty() && !self.external {
            self.state = State::Epilog;
        }
        Ok(Step::Events(events))
    }
}

/// The `encoding` pseudo-attribute of an XML declaration, read from its bytes.
fn declared_encoding(head: &[u8]) -> Option<String> {
    let body: String = head.iter().map(|&b| char::from(b)).collect();
    parse_xml_decl(body.get(5..)?).ok().and_then(|(_, e, _)| e)
}

type DeclParts = (Option<String>, Option<String>, i32);

/// `version`, `encoding` and `standalone` of an XML declaration's body, or the offset in it of what is
/// malformed (expat's `XmlParseXmlDecl`).
fn parse_xml_decl(body: &str) -> Result<DeclParts, usize> {
    let s: Vec<char> = body.chars().collect();
    let mut i = 0;
    let order = ["version", "encoding", "standalone"];
    let mut next = 0;
    let mut out: DeclParts = (None, None, -1);
    loop {
        let j = skip_space(&s, i);
        if j == s.len() {
            break;
        }
        if j == i {
            return Err(j);
        }
        let mut e = j;
        while e < s.len() && s[e].is_ascii_alphanumeric() {
            e += 1;
        }
        let name = text(&s, j, e);
        let k = skip_space(&s, e);
        if s.get(k) != Some(&'=') {
            return Err(j);
        }
        let k = skip_space(&s, k + 1);
        let (le, v) = literal(&s, k).map_err(|_| k)?;
        let Some(idx) = order.iter().position(|o| *o == name).filter(|&x| x >= next) else {
            return Err(j);
        };
        next = idx + 1;
        let allowed = |c: char, first: bool| match idx {
            0 => c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':' | '-'),
            1 if first => c.is_ascii_alphabetic(),
            1 => c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'),
            _ => true,
        };
        if let Some(bad) = v.chars().enumerate().position(|(n, c)| !allowed(c, n == 0)) {
            return Err(k + 1 + bad);
        }
        match idx {
            0 => out.0 = Some(v),
            1 => out.1 = Some(v),
            _ => {
                out.2 = match v.as_str() {
                    "yes" => 1,
                    "no" => 0,
                    _ => return Err(k + 1),
                }
            }
        }
        i = le;
    }
    if out.0.is_none() {
        return Err(0);
    }
    Ok(out)
}

/// Where a name stops being a QName when namespaces are processed (at most one colon, with a name on
/// each side), as expat's namespace-aware tokenizer rejects it.
fn qname_error(name: &str, start: usize) -> Option<usize> {
    let chars: Vec<char> = name.chars().collect();
    let mut seen = false;
    for (k, &c) in chars.iter().enumerate() {
        if c == ':' {
            if k == 0 || seen {
                return Some(start + k);
            }
            seen = true;
            match chars.get(k + 1) {
                Some(&n) if is_name_start(n) && n != ':' => {}
                _ => return Some(start + k + 1),
            }
        }
    }
    None
}
