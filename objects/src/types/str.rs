//! `str`: PEP 393 storage (Latin-1 / UCS-2 / UCS-4 code points, lone surrogates allowed), cached hash, the interning table, and str's slots; methods live in `str_methods`. Mirrors Objects/unicodeobject.c.

use std::cell::{Cell, RefCell};

use rustc_hash::FxHashMap;

use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value, alloc_typed};
use crate::err::{PyResult, index_error, type_error};
use crate::none::not_implemented;
use crate::protocol::{self, CompareOp};
use crate::typeobj::{NbOp, SlotDefs, flags};

/// Code units in the narrowest of CPython's three kinds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StrData {
    Latin1(Box<[u8]>),
    Ucs2(Box<[u16]>),
    Ucs4(Box<[u32]>),
}

pub struct PyStr {
    data: StrData,
    ascii: bool,
    /// -1 until computed.
    hash: Cell<i64>,
    interned: Cell<bool>,
}

impl PyStr {
    fn from_data(data: StrData) -> PyStr {
        let ascii = matches!(&data, StrData::Latin1(b) if b.is_ascii());
        PyStr {
            data,
            ascii,
            hash: Cell::new(-1),
            interned: Cell::new(false),
        }
    }

    /// Builds the narrowest storage for the given code points.
    pub fn from_code_points(cps: &[u32]) -> PyStr {
        let max = cps.iter().copied().max().unwrap_or(0);
        let data = if max < 0x100 {
            StrData::Latin1(cps.iter().map(|&c| c as u8).collect())
        } else if max < 0x10000 {
            StrData::Ucs2(cps.iter().map(|&c| c as u16).collect())
        } else {
            StrData::Ucs4(cps.into())
        };
        PyStr::from_data(data)
    }

    pub fn from_rust(s: &str) -> PyStr {
        if s.is_ascii() {
            return PyStr::from_data(StrData::Latin1(s.as_bytes().into()));
        }
        let cps: Vec<u32> = s.chars().map(u32::from).collect();
        PyStr::from_code_points(&cps)
    }

    /// A new str object.
    pub fn new(s: &str) -> Value {
        Ref::new(PyStr::from_rust(s)).into_value()
    }

    /// A new str object from text known to be ASCII.
    pub fn new_ascii(s: &str) -> Value {
        debug_assert!(s.is_ascii());
        Ref::new(PyStr::from_data(StrData::Latin1(s.as_bytes().into()))).into_value()
    }

    /// A new str object of Latin-1 bytes (code points 0-255), as marshal's
    /// ASCII type codes hold them.
    pub fn from_latin1(bytes: &[u8]) -> Value {
        Ref::new(PyStr::from_data(StrData::Latin1(bytes.into()))).into_value()
    }

    /// A new str object from code points (lone surrogates allowed).
    pub fn from_cps(cps: &[u32]) -> Value {
        Ref::new(PyStr::from_code_points(cps)).into_value()
    }

    /// A str from generalized UTF-8 (surrogates encoded as 3-byte
    /// sequences, as the front end's `PyStr` holds them).
    pub fn from_wtf8(bytes: &[u8]) -> Value {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return PyStr::new(s);
        }
        let mut cps = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let (cp, n) = if b < 0x80 {
                (u32::from(b), 1)
            } else if b < 0xe0 {
                (
                    (u32::from(b & 0x1f) << 6) | u32::from(bytes[i + 1] & 0x3f),
                    2,
                )
            } else if b < 0xf0 {
                (
                    (u32::from(b & 0x0f) << 12)
                        | (u32::from(bytes[i + 1] & 0x3f) << 6)
                        | u32::from(bytes[i + 2] & 0x3f),
                    3,
                )
            } else {
                (
                    (u32::from(b & 0x07) << 18)
                        | (u32::from(bytes[i + 1] & 0x3f) << 12)
                        | (u32::from(bytes[i + 2] & 0x3f) << 6)
                        | u32::from(bytes[i + 3] & 0x3f),
                    4,
                )
            };
            cps.push(cp);
            i += n;
        }
        PyStr::from_cps(&cps)
    }

    pub fn data(&self) -> &StrData {
        &self.data
    }

    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// Number of code points.
    pub fn len(&self) -> usize {
        match &self.data {
            StrData::Latin1(b) => b.len(),
            StrData::Ucs2(b) => b.len(),
            StrData::Ucs4(b) => b.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Code point `i` (unchecked range: callers index within `len`).
    pub fn char_at(&self, i: usize) -> u32 {
        match &self.data {
            StrData::Latin1(b) => u32::from(b[i]),
            StrData::Ucs2(b) => u32::from(b[i]),
            StrData::Ucs4(b) => b[i],
        }
    }

    /// The code points.
    pub fn chars(&self) -> impl DoubleEndedIterator<Item = u32> + ExactSizeIterator + '_ {
        (0..self.len()).map(move |i| self.char_at(i))
    }

    pub fn code_points(&self) -> Vec<u32> {
        self.chars().collect()
    }

    /// The text when it is ASCII (no copy).
    pub fn as_ascii_str(&self) -> Option<&str> {
        match &self.data {
            StrData::Latin1(b) if self.ascii => std::str::from_utf8(b).ok(),
            _ => None,
        }
    }

    /// The text as Rust UTF-8; lone surrogates become U+FFFD.
    pub fn to_string_lossy(&self) -> String {
        if let Some(s) = self.as_ascii_str() {
            return s.to_string();
        }
        self.chars()
            .map(|c| char::from_u32(c).unwrap_or('\u{fffd}'))
            .collect()
    }

    /// The text, or `None` if it holds a lone surrogate.
    pub fn to_str(&self) -> Option<String> {
        self.chars().map(char::from_u32).collect()
    }

    /// UTF-8 bytes with surrogates encoded as 3-byte sequences.
    pub fn to_wtf8(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.len());
        for c in self.chars() {
            match char::from_u32(c) {
                Some(ch) => {
                    let mut buf = [0; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                None => {
                    out.push(0xe0 | (c >> 12) as u8);
                    out.push(0x80 | ((c >> 6) & 0x3f) as u8);
                    out.push(0x80 | (c & 0x3f) as u8);
                }
            }
        }
        out
    }

    /// `hash(s)`, cached.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = match &self.data {
            StrData::Latin1(b) => crate::hash::hash_bytes(b),
            StrData::Ucs2(b) => {
                let bytes: Vec<u8> = b.iter().flat_map(|u| u.to_le_bytes()).collect();
                crate::hash::hash_bytes(&bytes)
            }
            StrData::Ucs4(b) => {
                let bytes: Vec<u8> = b.iter().flat_map(|u| u.to_le_bytes()).collect();
                crate::hash::hash_bytes(&bytes)
            }
        };
        self.hash.set(h);
        h
    }

    pub fn is_interned(&self) -> bool {
        self.interned.get()
    }

    /// Equal code points.
    pub fn eq_str(&self, other: &PyStr) -> bool {
        if self.len() != other.len() {
            return false;
        }
        match (&self.data, &other.data) {
            (StrData::Latin1(a), StrData::Latin1(b)) => a == b,
            (StrData::Ucs2(a), StrData::Ucs2(b)) => a == b,
            (StrData::Ucs4(a), StrData::Ucs4(b)) => a == b,
            // Storage is always the narrowest kind, so kinds differ only
            // when the contents do.
            _ => false,
        }
    }

    /// Code point order.
    pub fn cmp_str(&self, other: &PyStr) -> std::cmp::Ordering {
        if let (StrData::Latin1(a), StrData::Latin1(b)) = (&self.data, &other.data) {
            return a.cmp(b);
        }
        self.chars().cmp(other.chars())
    }

    /// `self == s` for a Rust string.
    pub fn eq_rust(&self, s: &str) -> bool {
        match self.as_ascii_str() {
            Some(a) => a == s,
            None => self.chars().eq(s.chars().map(u32::from)),
        }
    }

    /// The substring of code points `start..end`.
    pub fn substring(&self, start: usize, end: usize) -> PyStr {
        match &self.data {
            StrData::Latin1(b) => PyStr::from_data(StrData::Latin1(b[start..end].into())),
            _ => PyStr::from_code_points(&self.code_points()[start..end]),
        }
    }

    /// The maximum code point (for choosing result kinds).
    pub fn max_char(&self) -> u32 {
        match &self.data {
            StrData::Latin1(b) => b.iter().copied().max().map_or(0, u32::from),
            _ => self.chars().max().unwrap_or(0),
        }
    }
}

/// Concatenates code point sequences into a new str value.
pub fn concat(parts: &[&PyStr]) -> Value {
    if parts
        .iter()
        .all(|p| p.is_ascii() || matches!(p.data, StrData::Latin1(_)))
    {
        let mut out = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
        for p in parts {
            if let StrData::Latin1(b) = &p.data {
                out.extend_from_slice(b);
            }
        }
        return Ref::new(PyStr::from_data(StrData::Latin1(out.into()))).into_value();
    }
    let mut cps = Vec::new();
    for p in parts {
        cps.extend(p.chars());
    }
    PyStr::from_cps(&cps)
}

crate::gil_shared! {
    /// Interned strs by their UTF-8 text (for ASCII text, its bytes).
    static INTERNED: RefCell<FxHashMap<Box<[u8]>, Value>> = RefCell::new(FxHashMap::default());
}

/// The interned str for `s` (identifiers, attribute names).
pub fn intern(s: &str) -> Value {
    if let Some(v) = INTERNED.with(|t| t.borrow().get(s.as_bytes()).cloned()) {
        return v;
    }
    let v = PyStr::new(s);
    v.downcast::<PyStr>().expect("str").interned.set(true);
    INTERNED.with(|t| t.borrow_mut().insert(s.as_bytes().into(), v.clone()));
    v
}

crate::gil_shared! {
    /// [`intern_static`]'s answers by the text's address and length.
    static INTERNED_STATIC: RefCell<FxHashMap<(usize, usize), Value>> =
        RefCell::new(FxHashMap::default());
}

/// [`intern`] for a name in the program's text, found again by its address
/// rather than by hashing its characters (the dunders every class creation
/// looks up).
pub fn intern_static(s: &'static str) -> Value {
    let key = (s.as_ptr() as usize, s.len());
    if let Some(v) = INTERNED_STATIC.with(|t| t.borrow().get(&key).cloned()) {
        return v;
    }
    let v = intern(s);
    INTERNED_STATIC.with(|t| t.borrow_mut().insert(key, v.clone()));
    v
}

/// The interned str of ASCII bytes (marshal's interned ASCII strings),
/// looked up without first checking they are UTF-8.
pub fn intern_ascii(bytes: &[u8]) -> Value {
    debug_assert!(bytes.is_ascii());
    if let Some(v) = INTERNED.with(|t| t.borrow().get(bytes).cloned()) {
        return v;
    }
    let v = PyStr::from_latin1(bytes);
    v.downcast::<PyStr>().expect("str").interned.set(true);
    INTERNED.with(|t| t.borrow_mut().insert(bytes.into(), v.clone()));
    v
}

/// `sys.intern(v)`: the interned str equal to `v` (exact str only; strings
/// with lone surrogates are not interned).
pub fn intern_value(v: &Value) -> Value {
    let Some(s) = v.downcast_exact::<PyStr>() else {
        return v.clone();
    };
    if s.is_interned() {
        return v.clone();
    }
    match s.to_str() {
        Some(text) => {
            if let Some(existing) = INTERNED.with(|t| t.borrow().get(text.as_bytes()).cloned()) {
                return existing;
            }
            s.interned.set(true);
            INTERNED.with(|t| t.borrow_mut().insert(text.into_bytes().into(), v.clone()));
            v.clone()
        }
        None => v.clone(),
    }
}

/// `str.isidentifier()` for Rust text.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars().map(u32::from);
    match chars.next() {
        Some(c) if ouro_unicode::is_xid_start(c) => chars.all(ouro_unicode::is_xid_continue),
        _ => false,
    }
}

/// The decimal digit value of a code point (Unicode category Nd).
pub fn decimal_value(c: char) -> Option<u32> {
    ouro_unicode::decimal_value(u32::from(c))
}

/// `repr(s)`: CPython's quoting and escaping.
pub fn repr_str(s: &PyStr) -> String {
    let mut has_single = false;
    let mut has_double = false;
    for c in s.chars() {
        if c == u32::from(b'\'') {
            has_single = true;
        } else if c == u32::from(b'"') {
            has_double = true;
        }
    }
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            0x5c => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            _ if c == u32::from(quote) => {
                out.push('\\');
                out.push(quote);
            }
            _ if c < 0x20 || c == 0x7f => out.push_str(&format!("\\x{c:02x}")),
            _ if c < 0x7f => out.push(char::from(c as u8)),
            _ if ouro_unicode::is_printable(c) => {
                out.push(char::from_u32(c).expect("printable is a char"))
            }
            _ if c < 0x100 => out.push_str(&format!("\\x{c:02x}")),
            _ if c < 0x10000 => out.push_str(&format!("\\u{c:04x}")),
            _ => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    out.push(quote);
    out
}

fn str_repr(v: &Value) -> PyResult {
    Ok(PyStr::new(&repr_str(v.downcast::<PyStr>().expect("str"))))
}

fn str_str(v: &Value) -> PyResult {
    if v.downcast_exact::<PyStr>().is_some() {
        return Ok(v.clone());
    }
    let s = v.downcast::<PyStr>().expect("str");
    Ok(Ref::new(PyStr::from_data(s.data.clone())).into_value())
}

fn str_hash(v: &Value) -> PyResult<i64> {
    Ok(v.downcast::<PyStr>().expect("str").hash())
}

fn str_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<PyStr>(), b.downcast::<PyStr>()) else {
        return Ok(not_implemented());
    };
    let r = match op {
        CompareOp::Eq => x.eq_str(y),
        CompareOp::Ne => !x.eq_str(y),
        _ => op.test(x.cmp_str(y)),
    };
    Ok(crate::bool::py_bool(r))
}

fn str_len(v: &Value) -> PyResult<usize> {
    Ok(v.downcast::<PyStr>().expect("str").len())
}

fn str_getitem(v: &Value, key: &Value) -> PyResult {
    let s = v.downcast::<PyStr>().expect("str");
    if let Some(sl) = key.downcast::<crate::slice::Slice>() {
        let (start, _, step, n) = sl.indices_for(s.len())?;
        if step == 1 {
            return Ok(Ref::new(s.substring(start as usize, (start as usize) + n)).into_value());
        }
        let cps: Vec<u32> = (0..n)
            .map(|i| s.char_at((start + i as isize * step) as usize))
            .collect();
        return Ok(PyStr::from_cps(&cps));
    }
    if !protocol::has_index(key) {
        return Err(type_error(format!(
            "string indices must be integers, not '{}'",
            protocol::type_name(key)
        )));
    }
    let i = protocol::index_as_isize_or(key, &crate::exceptions::INDEX_ERROR)?;
    let n = s.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("string index out of range"));
    }
    Ok(char_value(s.char_at(j as usize)))
}

/// A one-character str (Latin-1 ones are cached).
pub fn char_value(c: u32) -> Value {
    crate::gil_shared! {
        static LATIN1: Vec<Value> = (0u32..256)
            .map(|c| Ref::new(PyStr::from_data(StrData::Latin1(vec![c as u8].into()))).into_value())
            .collect();
    }
    if c < 256 {
        return LATIN1.with(|t| t[c as usize].clone());
    }
    PyStr::from_cps(&[c])
}

fn str_concat(a: &Value, b: &Value) -> PyResult {
    let x = a.downcast::<PyStr>().expect("str");
    let Some(y) = b.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            b.type_obj().payload().tp_name()
        )));
    };
    if y.is_empty() && a.downcast_exact::<PyStr>().is_some() {
        return Ok(a.clone());
    }
    if x.is_empty() && b.downcast_exact::<PyStr>().is_some() {
        return Ok(b.clone());
    }
    Ok(concat(&[x, y]))
}

fn str_repeat(v: &Value, n: isize) -> PyResult {
    let s = v.downcast::<PyStr>().expect("str");
    if n <= 0 || s.is_empty() {
        return Ok(PyStr::new(""));
    }
    if n == 1 && v.downcast_exact::<PyStr>().is_some() {
        return Ok(v.clone());
    }
    let total = s
        .len()
        .checked_mul(n as usize)
        .filter(|t| *t <= isize::MAX as usize / 4);
    let Some(_) = total else {
        return Err(crate::err::PyErr::new(
            &crate::exceptions::OVERFLOW_ERROR,
            "repeated string is too long",
        ));
    };
    Ok(match &s.data {
        StrData::Latin1(b) => Ref::new(PyStr::from_data(StrData::Latin1(
            b.repeat(n as usize).into(),
        )))
        .into_value(),
        _ => PyStr::from_cps(&s.code_points().repeat(n as usize)),
    })
}

/// `sub in s`: code point substring search.
pub fn find(hay: &PyStr, needle: &PyStr, start: usize, end: usize) -> Option<usize> {
    let n = needle.len();
    if n == 0 {
        return (start <= end).then_some(start);
    }
    if end < start || end - start < n {
        return None;
    }
    if let (StrData::Latin1(h), StrData::Latin1(nd)) = (&hay.data, &needle.data) {
        return h[start..end]
            .windows(n)
            .position(|w| w == &nd[..])
            .map(|p| p + start);
    }
    let h = hay.code_points();
    let nd = needle.code_points();
    h[start..end]
        .windows(n)
        .position(|w| w == &nd[..])
        .map(|p| p + start)
}

fn str_contains(v: &Value, item: &Value) -> PyResult<bool> {
    let s = v.downcast::<PyStr>().expect("str");
    let Some(sub) = item.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            protocol::type_name(item)
        )));
    };
    Ok(find(s, sub, 0, s.len()).is_some())
}

fn str_iter(v: &Value) -> PyResult {
    Ok(crate::iterators::str_iter(v.clone()))
}

fn str_mod(a: &Value, b: &Value) -> PyResult {
    if a.downcast::<PyStr>().is_none() {
        return Ok(not_implemented());
    }
    crate::format::percent_format_str(a, b)
}

fn str_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    // `unicode_vectorcall`'s positional-only fast path has its own message.
    if kwnames.is_none() && args.len() > 3 && ty.is_static(&STR_TYPE) {
        return Err(type_error(format!(
            "str expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let [object, encoding, errors] = crate::args::Args::new(args, kwnames).parse(
        "str",
        ["object", "encoding", "errors"],
        0,
        0,
        3,
    )?;
    let value = match (object, encoding.is_some() || errors.is_some()) {
        (None, _) => PyStr::new(""),
        (Some(o), false) => protocol::str(&o)?,
        (Some(o), true) => crate::codecs::decode_object(&o, encoding.as_ref(), errors.as_ref())?,
    };
    if ty.is_static(&STR_TYPE) {
        return Ok(value);
    }
    let s = value.downcast::<PyStr>().expect("str");
    Ok(alloc_typed(ty, PyStr::from_data(s.data.clone())))
}

builtin_type!(pub static STR_TYPE: PyStr = TypeSpec {
    name: "str",
    doc: Some("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to 'utf-8'.\nerrors defaults to 'strict'."),
    flags: flags::BASETYPE | flags::UNICODE_SUBCLASS | flags::IMMUTABLETYPE | flags::MATCH_SELF,
    slots: SlotDefs {
        repr: Some(str_repr),
        str: Some(str_str),
        hash: Some(str_hash),
        richcompare: Some(str_richcompare),
        len: Some(str_len),
        getitem: Some(str_getitem),
        concat: Some(str_concat),
        repeat: Some(str_repeat),
        contains: Some(str_contains),
        iter: Some(str_iter),
        new: Some(str_new),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Remainder, str_mod),
    methods: crate::str_methods::STR_METHODS,
    ..TypeSpec::DEFAULT
});
