//! The `marshal` module: CPython's version-5 serialization format for every marshallable type, including Ouro's code objects (what `__pycache__/*.ouro-314.pyc` holds); mirrors Python/marshal.c.

use num_bigint::{BigInt, Sign};
use ouro_objects::args::Args;
use ouro_objects::bytes::{self, Bytes};
use ouro_objects::code::Code;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::list::List;
use ouro_objects::memoryview;
use ouro_objects::none::{ellipsis, is_none, none};
use ouro_objects::set::Set;
use ouro_objects::slice::Slice;
use ouro_objects::str::{PyStr, intern_value};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::TypeObject;
use ouro_objects::{PyObj, TypeRef, Value, bool as pybool, float, int, protocol};
use rustc_hash::FxHashMap;

use crate::native_module::ModuleDef;

/// `marshal.version`: the format `dumps` writes by default.
pub const VERSION: i64 = 5;

/// CPython's `MAX_MARSHAL_STACK_DEPTH`.
const MAX_DEPTH: usize = 2000;

/// Set on a type code when the object may be referenced again (`TYPE_REF`).
const FLAG_REF: u8 = 0x80;

mod tc {
    pub const NULL: u8 = b'0';
    pub const NONE: u8 = b'N';
    pub const FALSE: u8 = b'F';
    pub const TRUE: u8 = b'T';
    pub const STOPITER: u8 = b'S';
    pub const ELLIPSIS: u8 = b'.';
    pub const INT: u8 = b'i';
    pub const INT64: u8 = b'I';
    pub const FLOAT: u8 = b'f';
    pub const BINARY_FLOAT: u8 = b'g';
    pub const COMPLEX: u8 = b'x';
    pub const BINARY_COMPLEX: u8 = b'y';
    pub const LONG: u8 = b'l';
    pub const STRING: u8 = b's';
    pub const INTERNED: u8 = b't';
    pub const REF: u8 = b'r';
    pub const TUPLE: u8 = b'(';
    pub const LIST: u8 = b'[';
    pub const DICT: u8 = b'{';
    pub const CODE: u8 = b'c';
    pub const UNICODE: u8 = b'u';
    pub const SET: u8 = b'<';
    pub const FROZENSET: u8 = b'>';
    pub const ASCII: u8 = b'a';
    pub const ASCII_INTERNED: u8 = b'A';
    pub const SMALL_TUPLE: u8 = b')';
    pub const SHORT_ASCII: u8 = b'z';
    pub const SHORT_ASCII_INTERNED: u8 = b'Z';
    pub const SLICE: u8 = b':';
}

fn is_type(v: &Value, ty: &'static PyObj<TypeObject>) -> bool {
    std::ptr::eq(v.type_obj(), ty)
}

/// The writer: bytes out, the objects already written (for `TYPE_REF`).
struct Writer {
    out: Vec<u8>,
    version: i64,
    allow_code: bool,
    refs: FxHashMap<usize, u32>,
    /// Keeps every object in `refs` alive, so no address is reused mid-dump.
    kept: Vec<Value>,
    depth: usize,
}

impl Writer {
    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    fn long(&mut self, x: i32) {
        self.out.extend_from_slice(&x.to_le_bytes());
    }

    fn size(&mut self, n: usize) -> PyResult<()> {
        let n = i32::try_from(n).map_err(|_| value_error("unmarshallable object"))?;
        self.long(n);
        Ok(())
    }

    fn sized_bytes(&mut self, data: &[u8]) -> PyResult<()> {
        self.size(data.len())?;
        self.out.extend_from_slice(data);
        Ok(())
    }

    /// `w_ref`: writes a reference if `v` was written before; otherwise
    /// remembers it and returns the flag to put on its type code.
    fn reference(&mut self, v: &Value) -> Option<u8> {
        if self.version < 3 {
            return Some(0);
        }
        if let Some(&index) = self.refs.get(&v.word()) {
            self.byte(tc::REF);
            self.long(index as i32);
            return None;
        }
        let index = self.refs.len() as u32;
        self.refs.insert(v.word(), index);
        self.kept.push(v.clone());
        Some(FLAG_REF)
    }

    fn object(&mut self, v: &Value) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(value_error("object too deeply nested to marshal"));
        }
        let result = self.object_inner(v);
        self.depth -= 1;
        result
    }

    fn object_inner(&mut self, v: &Value) -> PyResult<()> {
        if is_none(v) {
            self.byte(tc::NONE);
            return Ok(());
        }
        if v.is(&pybool::py_bool(true)) {
            self.byte(tc::TRUE);
            return Ok(());
        }
        if v.is(&pybool::py_bool(false)) {
            self.byte(tc::FALSE);
            return Ok(());
        }
        if v.is(&ellipsis()) {
            self.byte(tc::ELLIPSIS);
            return Ok(());
        }
        if v.is(&TypeRef::from_static(&exceptions::STOP_ITERATION).into_value()) {
            self.byte(tc::STOPITER);
            return Ok(());
        }
        if is_type(v, &int::INT_TYPE) {
            let n = int::as_int(v).expect("int");
            if let Some(small) = n.to_i64().and_then(|i| i32::try_from(i).ok()) {
                let Some(flag) = self.reference(v) else {
                    return Ok(());
                };
                self.byte(tc::INT | flag);
                self.long(small);
            } else {
                let Some(flag) = self.reference(v) else {
                    return Ok(());
                };
                self.byte(tc::LONG | flag);
                self.big_int(&n.to_bigint())?;
            }
            return Ok(());
        }
        let Some(flag) = self.reference(v) else {
            return Ok(());
        };
        if is_type(v, &float::FLOAT_TYPE) {
            let f = float::as_f64(v).expect("float");
            if self.version > 1 {
                self.byte(tc::BINARY_FLOAT | flag);
                self.out.extend_from_slice(&f.to_le_bytes());
            } else {
                self.byte(tc::FLOAT | flag);
                let text = float::repr_f64(f);
                self.byte(text.len() as u8);
                self.out.extend_from_slice(text.as_bytes());
            }
        } else if let Some(c) = v.downcast_exact::<ouro_objects::complex::Complex>() {
            if self.version > 1 {
                self.byte(tc::BINARY_COMPLEX | flag);
                self.out.extend_from_slice(&c.re.to_le_bytes());
                self.out.extend_from_slice(&c.im.to_le_bytes());
            } else {
                self.byte(tc::COMPLEX | flag);
                for part in [c.re, c.im] {
                    let text = float::repr_f64(part);
                    self.byte(text.len() as u8);
                    self.out.extend_from_slice(text.as_bytes());
                }
            }
        } else if let Some(s) = v.downcast_exact::<PyStr>() {
            self.string(s, flag)?;
        } else if let Some(t) = v.downcast_exact::<Tuple>() {
            if self.version >= 4 && t.len() < 256 {
                self.byte(tc::SMALL_TUPLE | flag);
                self.byte(t.len() as u8);
            } else {
                self.byte(tc::TUPLE | flag);
                self.size(t.len())?;
            }
            for item in t.iter() {
                self.object(item)?;
            }
        } else if let Some(l) = v.downcast_exact::<List>() {
            let items = l.to_vec();
            self.byte(tc::LIST | flag);
            self.size(items.len())?;
            for item in &items {
                self.object(item)?;
            }
        } else if let Some(d) = v.downcast_exact::<Dict>() {
            self.byte(tc::DICT | flag);
            for (k, item) in d.items() {
                self.object(&k)?;
                self.object(&item)?;
            }
            self.byte(tc::NULL);
        } else if let Some(s) = v.downcast::<Set>().filter(|_| {
            is_type(v, &ouro_objects::set::SET_TYPE)
                || is_type(v, &ouro_objects::set::FROZENSET_TYPE)
        }) {
            let frozen = is_type(v, &ouro_objects::set::FROZENSET_TYPE);
            self.byte(if frozen { tc::FROZENSET } else { tc::SET } | flag);
            let items = s.items();
            self.size(items.len())?;
            for item in &items {
                self.object(item)?;
            }
        } else if let Some(code) = v.downcast_exact::<Code>() {
            if !self.allow_code {
                return Err(value_error("marshalling code objects is disallowed"));
            }
            self.byte(tc::CODE | flag);
            self.code(code)?;
        } else if let Some(s) = v.downcast_exact::<Slice>() {
            if self.version < 5 {
                return Err(value_error("unmarshallable object"));
            }
            self.byte(tc::SLICE | flag);
            self.object(&s.start)?;
            self.object(&s.stop)?;
            self.object(&s.step)?;
        } else if let Some(data) = buffer_bytes(v) {
            self.byte(tc::STRING | flag);
            self.sized_bytes(&data)?;
        } else {
            return Err(value_error("unmarshallable object"));
        }
        Ok(())
    }

    fn string(&mut self, s: &PyStr, flag: u8) -> PyResult<()> {
        let interned = self.version >= 1 && s.is_interned();
        if self.version >= 4 && s.is_ascii() {
            let text = s.as_ascii_str().expect("ascii");
            if text.len() < 256 {
                let code = if interned {
                    tc::SHORT_ASCII_INTERNED
                } else {
                    tc::SHORT_ASCII
                };
                self.byte(code | flag);
                self.byte(text.len() as u8);
                self.out.extend_from_slice(text.as_bytes());
            } else {
                self.byte(
                    if interned {
                        tc::ASCII_INTERNED
                    } else {
                        tc::ASCII
                    } | flag,
                );
                self.sized_bytes(text.as_bytes())?;
            }
            return Ok(());
        }
        // surrogatepass: lone surrogates round-trip.
        let data = s.to_wtf8();
        self.byte(if interned { tc::INTERNED } else { tc::UNICODE } | flag);
        self.sized_bytes(&data)
    }

    /// `w_PyLong`: the magnitude in 15-bit digits, the signed digit count first.
    fn big_int(&mut self, n: &BigInt) -> PyResult<()> {
        let (sign, magnitude) = n.to_u32_digits();
        let mut digits: Vec<u16> = Vec::new();
        let mut acc: u64 = 0;
        let mut bits = 0;
        for word in magnitude {
            acc |= u64::from(word) << bits;
            bits += 32;
            while bits >= 15 {
                digits.push((acc & 0x7fff) as u16);
                acc >>= 15;
                bits -= 15;
            }
        }
        if bits > 0 {
            digits.push((acc & 0x7fff) as u16);
        }
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let count = i32::try_from(digits.len()).map_err(|_| value_error("long too large"))?;
        self.long(if sign == Sign::Minus { -count } else { count });
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
        Ok(())
    }

    fn code(&mut self, c: &Code) -> PyResult<()> {
        for n in [
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            c.stacksize,
            c.flags,
        ] {
            self.long(n as i32);
        }
        self.field_bytes(&c.code)?;
        self.field_tuple(&c.consts)?;
        self.field_tuple(&c.names)?;
        self.field_tuple(&c.localsplus_names)?;
        self.field_bytes(&c.localsplus_kinds)?;
        self.object(&c.filename())?;
        self.object(&c.name)?;
        self.object(&c.qualname)?;
        self.long(c.firstlineno);
        self.field_bytes(&c.linetable)?;
        self.field_bytes(&c.exceptiontable)
    }

    /// A code object's bytes field: no other object can be it, so it is
    /// written without a reference slot (the reader then makes no object).
    fn field_bytes(&mut self, data: &[u8]) -> PyResult<()> {
        self.byte(tc::STRING);
        self.sized_bytes(data)
    }

    /// A code object's tuple field, likewise unshared.
    fn field_tuple(&mut self, items: &[Value]) -> PyResult<()> {
        if self.version >= 4 && items.len() < 256 {
            self.byte(tc::SMALL_TUPLE);
            self.byte(items.len() as u8);
        } else {
            self.byte(tc::TUPLE);
            self.size(items.len())?;
        }
        for item in items {
            self.object(item)?;
        }
        Ok(())
    }
}

/// The bytes of a bytes-like object (`bytes`, `bytearray`, `memoryview`).
fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    bytes::as_bytes_like(v)
}

/// Serializes `v` in format `version`.
pub fn dumps(v: &Value, version: i64, allow_code: bool) -> PyResult<Vec<u8>> {
    let mut w = Writer {
        out: Vec::new(),
        version,
        allow_code,
        refs: FxHashMap::default(),
        kept: Vec::new(),
        depth: 0,
    };
    w.object(v)?;
    Ok(w.out)
}

/// Where the reader takes its bytes from.
enum Source<'a> {
    Bytes(&'a [u8]),
    /// A file object read through its `read` method (`marshal.load`).
    File(&'a Value),
}

struct Reader<'a> {
    source: Source<'a>,
    pos: usize,
    allow_code: bool,
    refs: Vec<Option<Value>>,
    depth: usize,
}

fn too_short() -> PyErr {
    PyErr::new(&exceptions::EOF_ERROR, "marshal data too short")
}

fn bad_data(what: &str) -> PyErr {
    value_error(format!("bad marshal data ({what})"))
}

impl<'a> Reader<'a> {
    /// The next `n` bytes: borrowed from in-memory data (no copy: start-up
    /// reads every module's code through here), read from a file otherwise.
    #[inline]
    fn take(&mut self, n: usize) -> PyResult<std::borrow::Cow<'a, [u8]>> {
        match self.source {
            Source::Bytes(data) => {
                let chunk = self
                    .pos
                    .checked_add(n)
                    .and_then(|end| data.get(self.pos..end))
                    .ok_or_else(too_short)?;
                self.pos += n;
                Ok(std::borrow::Cow::Borrowed(chunk))
            }
            Source::File(f) => Self::read_file(f, n).map(std::borrow::Cow::Owned),
        }
    }

    /// `n` bytes from a file's `read` method.
    #[cold]
    fn read_file(f: &Value, n: usize) -> PyResult<Vec<u8>> {
        if n == 0 {
            return Ok(Vec::new());
        }
        let got = protocol::call_method(f, "read", &[int::from_usize(n)])?;
        let data = got
            .downcast::<Bytes>()
            .map(|b| b.0.to_vec())
            .ok_or_else(|| {
                type_error(format!(
                    "file.read() returned not bytes but {}",
                    protocol::type_name(&got)
                ))
            })?;
        if data.len() != n {
            return Err(PyErr::new(
                &exceptions::EOF_ERROR,
                "EOF read where object expected",
            ));
        }
        Ok(data)
    }

    /// The next `N` bytes as an array: type codes and lengths, read for
    /// every object, so the in-memory case is kept inline.
    #[inline(always)]
    fn array<const N: usize>(&mut self) -> PyResult<[u8; N]> {
        if let Source::Bytes(data) = self.source
            && let Some(chunk) = data.get(self.pos..self.pos + N)
        {
            self.pos += N;
            return Ok(chunk.try_into().expect("N bytes"));
        }
        self.array_slow()
    }

    /// `array` from a file, or at the end of the data.
    #[cold]
    fn array_slow<const N: usize>(&mut self) -> PyResult<[u8; N]> {
        Ok(self.take(N)?[..].try_into().expect("N bytes"))
    }

    #[inline]
    fn byte(&mut self) -> PyResult<u8> {
        Ok(self.array::<1>()?[0])
    }

    #[inline]
    fn long(&mut self) -> PyResult<i32> {
        Ok(i32::from_le_bytes(self.array()?))
    }

    fn size(&mut self, what: &str) -> PyResult<usize> {
        let n = self.long()?;
        usize::try_from(n).map_err(|_| bad_data(&format!("{what} size out of range")))
    }

    fn f64(&mut self) -> PyResult<f64> {
        Ok(f64::from_le_bytes(self.array()?))
    }

    fn text_float(&mut self) -> PyResult<f64> {
        let n = usize::from(self.byte()?);
        let text = self.take(n)?;
        std::str::from_utf8(&text)
            .ok()
            .and_then(float::parse_float)
            .ok_or_else(|| value_error("could not convert string to float"))
    }

    fn type_code(&mut self) -> PyResult<u8> {
        self.byte()
            .map_err(|_| PyErr::new(&exceptions::EOF_ERROR, "EOF read where object expected"))
    }

    fn object(&mut self) -> PyResult<Value> {
        let code = self.type_code()?;
        self.object_with_code(code)
    }

    /// An object that may be NULL (only inside dicts, as their end mark).
    fn object_or_null(&mut self) -> PyResult<Option<Value>> {
        match self.type_code()? {
            tc::NULL => Ok(None),
            code => self.object_with_code(code).map(Some),
        }
    }

    fn object_with_code(&mut self, code: u8) -> PyResult<Value> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(value_error("recursion limit exceeded"));
        }
        let result = self.object_inner(code);
        self.depth -= 1;
        result
    }

    /// Reserves a reference slot when `flag` is set, for containers filled later.
    fn reserve(&mut self, flag: bool) -> Option<usize> {
        flag.then(|| {
            self.refs.push(None);
            self.refs.len() - 1
        })
    }

    fn fill(&mut self, slot: Option<usize>, v: &Value) {
        if let Some(i) = slot {
            self.refs[i] = Some(v.clone());
        }
    }

    fn object_inner(&mut self, code: u8) -> PyResult<Value> {
        let flag = code & FLAG_REF != 0;
        let ty = code & !FLAG_REF;
        let slot = match ty {
            tc::NONE | tc::TRUE | tc::FALSE | tc::ELLIPSIS | tc::STOPITER | tc::REF | tc::NULL => {
                None
            }
            _ => self.reserve(flag),
        };
        let v = match ty {
            tc::NULL => return Err(bad_data("NULL object")),
            tc::NONE => none(),
            tc::TRUE => pybool::py_bool(true),
            tc::FALSE => pybool::py_bool(false),
            tc::ELLIPSIS => ellipsis(),
            tc::STOPITER => TypeRef::from_static(&exceptions::STOP_ITERATION).into_value(),
            tc::INT => int::from_i64(i64::from(self.long()?)),
            tc::INT64 => int::from_i64(i64::from_le_bytes(self.array()?)),
            tc::LONG => self.big_int()?,
            tc::BINARY_FLOAT => float::new(self.f64()?),
            tc::FLOAT => float::new(self.text_float()?),
            tc::BINARY_COMPLEX => {
                let re = self.f64()?;
                ouro_objects::complex::new(re, self.f64()?)
            }
            tc::COMPLEX => {
                let re = self.text_float()?;
                ouro_objects::complex::new(re, self.text_float()?)
            }
            tc::STRING => {
                let n = self.size("bytes object")?;
                bytes::new(self.take(n)?.into_owned())
            }
            tc::UNICODE | tc::INTERNED => {
                let n = self.size("string")?;
                let data = self.take(n)?;
                let s = decode_surrogatepass(&data)?;
                if ty == tc::INTERNED {
                    intern_value(&s)
                } else {
                    s
                }
            }
            tc::ASCII | tc::ASCII_INTERNED | tc::SHORT_ASCII | tc::SHORT_ASCII_INTERNED => {
                let n = if matches!(ty, tc::SHORT_ASCII | tc::SHORT_ASCII_INTERNED) {
                    usize::from(self.byte()?)
                } else {
                    self.size("string")?
                };
                let data = self.take(n)?;
                let interned = matches!(ty, tc::ASCII_INTERNED | tc::SHORT_ASCII_INTERNED);
                // Latin-1, as CPython reads bytes it did not write.
                if !interned {
                    PyStr::from_latin1(&data)
                } else if data.is_ascii() {
                    ouro_objects::str::intern_ascii(&data)
                } else {
                    intern_value(&PyStr::from_latin1(&data))
                }
            }
            tc::TUPLE | tc::SMALL_TUPLE => Tuple::new(self.tuple_items(ty)?),
            tc::LIST => {
                let n = self.size("list")?;
                let list = List::from_vec(Vec::new());
                self.fill(slot, &list);
                for _ in 0..n {
                    let item = self.object()?;
                    list.downcast::<List>().expect("list").push(item);
                }
                list
            }
            tc::DICT => {
                let dict = Dict::new_value();
                self.fill(slot, &dict);
                while let Some(k) = self.object_or_null()? {
                    let item = self.object()?;
                    protocol::setitem(&dict, &k, Some(&item))?;
                }
                dict
            }
            tc::SET | tc::FROZENSET => {
                let n = self.size("set")?;
                let mut items = Vec::with_capacity(n.min(1 << 16));
                for _ in 0..n {
                    items.push(self.object()?);
                }
                if ty == tc::SET {
                    ouro_objects::set::set_from(items)?
                } else {
                    let entries = items
                        .into_iter()
                        .map(|v| Ok((ouro_objects::set::element_hash(&v)?, v)))
                        .collect::<PyResult<Vec<_>>>()?;
                    ouro_objects::set::with_entries(true, entries)?
                }
            }
            tc::CODE => {
                if !self.allow_code {
                    return Err(value_error("unmarshalling code objects is disallowed"));
                }
                self.code()?
            }
            tc::SLICE => {
                let start = self.object()?;
                let stop = self.object()?;
                Slice::new(start, stop, self.object()?)
            }
            tc::REF => {
                let n = self.long()?;
                return usize::try_from(n)
                    .ok()
                    .and_then(|i| self.refs.get(i))
                    .ok_or_else(|| bad_data("invalid reference"))?
                    .clone()
                    .ok_or_else(|| bad_data("invalid reference"));
            }
            _ => return Err(bad_data("unknown type code")),
        };
        self.fill(slot, &v);
        Ok(v)
    }

    fn big_int(&mut self) -> PyResult<Value> {
        let n = self.long()?;
        let count = n.unsigned_abs() as usize;
        let mut digits = Vec::with_capacity(count.min(1 << 16));
        for _ in 0..count {
            let d = u16::from_le_bytes(self.array()?);
            if d > 0x7fff {
                return Err(bad_data("digit out of range in long"));
            }
            digits.push(d);
        }
        if digits.last() == Some(&0) {
            return Err(bad_data("unnormalized long data"));
        }
        let mut value = BigInt::from(0);
        for d in digits.iter().rev() {
            value = (value << 15) + BigInt::from(*d);
        }
        Ok(int::from_bigint(if n < 0 { -value } else { value }))
    }

    /// A code object's bytes field; one written without a reference slot
    /// (as `Writer::field_bytes` does) is copied out without making a
    /// bytes object.
    fn bytes_field(&mut self, what: &str) -> PyResult<Vec<u8>> {
        let code = self.type_code()?;
        if code == tc::STRING {
            let n = self.size("bytes object")?;
            return Ok(self.take(n)?.into_owned());
        }
        let v = self.object_with_code(code)?;
        v.downcast::<Bytes>()
            .map(|b| b.0.to_vec())
            .ok_or_else(|| bad_data(&format!("{what} is not bytes")))
    }

    /// The items of a tuple whose type code (`TUPLE` or `SMALL_TUPLE`) was
    /// just read.
    fn tuple_items(&mut self, code: u8) -> PyResult<Vec<Value>> {
        let n = if code == tc::SMALL_TUPLE {
            usize::from(self.byte()?)
        } else {
            self.size("tuple")?
        };
        let mut items = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            items.push(self.object()?);
        }
        Ok(items)
    }

    /// A code object's tuple field; one without a reference slot is read
    /// straight into the vector.
    fn tuple_field(&mut self, what: &str) -> PyResult<Vec<Value>> {
        let code = self.type_code()?;
        if code == tc::SMALL_TUPLE || code == tc::TUPLE {
            return self.tuple_items(code);
        }
        let v = self.object_with_code(code)?;
        v.downcast::<Tuple>()
            .map(Tuple::to_vec)
            .ok_or_else(|| bad_data(&format!("{what} is not a tuple")))
    }

    fn str_field(&mut self, what: &str) -> PyResult<Value> {
        let v = self.object()?;
        if v.downcast::<PyStr>().is_none() {
            return Err(bad_data(&format!("{what} is not a str")));
        }
        Ok(v)
    }

    fn unsigned(&mut self) -> PyResult<u32> {
        let n = self.long()?;
        u32::try_from(n).map_err(|_| bad_data("negative code field"))
    }

    fn code(&mut self) -> PyResult<Value> {
        let argcount = self.unsigned()?;
        let posonlyargcount = self.unsigned()?;
        let kwonlyargcount = self.unsigned()?;
        let stacksize = self.unsigned()?;
        let flags = self.long()? as u32;
        let code = self.bytes_field("co_code")?;
        let consts = self.tuple_field("co_consts")?;
        let names = self.tuple_field("co_names")?;
        let localsplus_names = self.tuple_field("co_localsplusnames")?;
        let localsplus_kinds = self.bytes_field("co_localspluskinds")?;
        let filename = self.str_field("co_filename")?;
        let name = self.str_field("co_name")?;
        let qualname = self.str_field("co_qualname")?;
        let firstlineno = self.long()?;
        let linetable = self.bytes_field("co_linetable")?;
        let exceptiontable = self.bytes_field("co_exceptiontable")?;
        if localsplus_names.len() != localsplus_kinds.len()
            || code.len() % 2 != 0
            || names.iter().any(|n| n.downcast::<PyStr>().is_none())
            || localsplus_names
                .iter()
                .any(|n| n.downcast::<PyStr>().is_none())
        {
            return Err(bad_data("inconsistent code object"));
        }
        Ok(Code::new_value(Code {
            name: intern_value(&name),
            qualname,
            filename: std::cell::RefCell::new(filename),
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            stacksize,
            consts,
            names: names.iter().map(intern_value).collect(),
            localsplus_names: localsplus_names.iter().map(intern_value).collect(),
            localsplus_kinds,
            code,
            linetable,
            exceptiontable,
            adaptive: std::cell::OnceCell::new(),
        }))
    }
}

/// UTF-8 with lone surrogates allowed (`surrogatepass`), as marshal writes str.
fn decode_surrogatepass(data: &[u8]) -> PyResult<Value> {
    if let Ok(text) = std::str::from_utf8(data) {
        return Ok(PyStr::new(text));
    }
    let original = bytes::new(data.to_vec());
    ouro_objects::codecs::decode(data, "utf-8", "surrogatepass", &original)
}

/// Deserializes one object from the front of `data`.
pub fn loads(data: &[u8], allow_code: bool) -> PyResult<Value> {
    let mut r = Reader {
        source: Source::Bytes(data),
        pos: 0,
        allow_code,
        refs: Vec::new(),
        depth: 0,
    };
    r.object()
}

fn version_arg(v: Option<Value>) -> PyResult<i64> {
    match v {
        None => Ok(VERSION),
        Some(v) => Ok(int::index_as_c_int(&v)? as i64),
    }
}

fn allow_code_arg(v: Option<Value>) -> PyResult<bool> {
    v.map_or(Ok(true), |v| protocol::is_true(&v))
}

fn m_dumps(_m: &Value, args: Args) -> PyResult {
    let [value, version, allow_code] =
        args.parse("dumps", ["value", "version", "allow_code"], 2, 1, 2)?;
    let data = dumps(
        &value.expect("required"),
        version_arg(version)?,
        allow_code_arg(allow_code)?,
    )?;
    Ok(bytes::new(data))
}

fn m_dump(_m: &Value, args: Args) -> PyResult {
    let [value, file, version, allow_code] =
        args.parse("dump", ["value", "file", "version", "allow_code"], 3, 2, 3)?;
    let data = dumps(
        &value.expect("required"),
        version_arg(version)?,
        allow_code_arg(allow_code)?,
    )?;
    protocol::call_method(&file.expect("required"), "write", &[bytes::new(data)])?;
    Ok(none())
}

fn m_loads(_m: &Value, args: Args) -> PyResult {
    let [data, allow_code] = args.parse("loads", ["bytes", "allow_code"], 1, 1, 1)?;
    let data = data.expect("required");
    // An import's `memoryview(pyc)[16:]` (or a bytes object) is read in place.
    let (exporter, range) = match memoryview::source(&data) {
        Some((obj, offset, len, _)) => (obj, Some(offset..offset + len)),
        None => (data.clone(), None),
    };
    let copied;
    let bytes: &[u8] = match exporter.downcast::<Bytes>() {
        Some(b) => range.map_or(&b.0[..], |r| &b.0[r]),
        None => {
            copied = bytes::as_bytes_like(&data).ok_or_else(|| {
                type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    protocol::type_name(&data)
                ))
            })?;
            &copied
        }
    };
    loads(bytes, allow_code_arg(allow_code)?)
}

fn m_load(_m: &Value, args: Args) -> PyResult {
    let [file, allow_code] = args.parse("load", ["file", "allow_code"], 1, 1, 1)?;
    let file = file.expect("required");
    let mut r = Reader {
        source: Source::File(&file),
        pos: 0,
        allow_code: allow_code_arg(allow_code)?,
        refs: Vec::new(),
        depth: 0,
    };
    r.object()
}

fn init(module: &Value) -> PyResult<()> {
    protocol::setattr(
        module,
        &ouro_objects::str::intern("version"),
        Some(&int::from_i64(VERSION)),
    )
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "marshal",
    doc: "This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\nmachine architecture issues.\n\nNot all Python object types are supported; in general, only objects\nwhose value is independent from a particular invocation of Python can be\nwritten and read by this module. The following types are supported:\nNone, integers, floating-point numbers, strings, bytes, bytearrays,\ntuples, lists, sets, dictionaries, and code objects, where it\nshould be understood that tuples, lists and dictionaries are only\nsupported as long as the values contained therein are themselves\nsupported; and recursive lists and dictionaries should not be written\n(they will cause infinite loops).\n\nVariables:\n\nversion -- indicates the format that the module uses. Version 0 is the\n    historical format, version 1 shares interned strings and version 2\n    uses a binary format for floating-point numbers.\n    Version 3 shares common object references (New in version 3.4).\n\nFunctions:\n\ndump() -- write value to a file\nload() -- read value from a file\ndumps() -- marshal value as a bytes object\nloads() -- read value from a bytes-like object",
    functions: &[
        MethodDef::new(
            "dump",
            m_dump,
            "dump($module, value, file, version=version, /, *, allow_code=True)\n--\n\nWrite the value on the open file.\n\n  value\n    Must be a supported type.\n  file\n    Must be a writeable binary file.\n  version\n    Indicates the data format that dump should use.\n  allow_code\n    Allow to write code objects.\n\nIf the value has (or contains an object that has) an unsupported type, a\nValueError exception is raised - but garbage data will also be written\nto the file. The object will not be properly read back by load().",
        ),
        MethodDef::new(
            "load",
            m_load,
            "load($module, file, /, *, allow_code=True)\n--\n\nRead one value from the open file and return it.\n\n  file\n    Must be readable binary file.\n  allow_code\n    Allow to load code objects.\n\nIf no valid value is read (e.g. because the data has a different Python\nversion's incompatible marshal format), raise EOFError, ValueError or\nTypeError.\n\nNote: If an object containing an unsupported type was marshalled with\ndump(), load() will substitute None for the unmarshallable type.",
        ),
        MethodDef::new(
            "dumps",
            m_dumps,
            "dumps($module, value, version=version, /, *, allow_code=True)\n--\n\nReturn the bytes object that would be written to a file by dump(value, file).\n\n  value\n    Must be a supported type.\n  version\n    Indicates the data format that dumps should use.\n  allow_code\n    Allow to write code objects.\n\nRaise a ValueError exception if value has (or contains an object that has) an\nunsupported type.",
        ),
        MethodDef::new(
            "loads",
            m_loads,
            "loads($module, bytes, /, *, allow_code=True)\n--\n\nConvert the bytes-like object to a value.\n\n  allow_code\n    Allow to load code objects.\n\nIf no valid value is found, raise EOFError, ValueError or TypeError.  Extra\nbytes in the input are ignored.",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(v: &Value) -> Value {
        loads(&dumps(v, VERSION, true).expect("dumps"), true).expect("loads")
    }

    #[test]
    fn ints_of_every_size_round_trip() {
        let _runtime = crate::run::init_for_test();
        for n in [
            BigInt::from(0),
            BigInt::from(-1),
            BigInt::from(i32::MAX) + 1,
            BigInt::from(-7) << 200,
        ] {
            let v = int::from_bigint(n.clone());
            let back = round_trip(&v);
            assert_eq!(int::as_int(&back).expect("int").to_bigint().into_owned(), n);
        }
    }

    #[test]
    fn shared_objects_come_back_shared() {
        let _runtime = crate::run::init_for_test();
        let inner = List::from_vec(vec![int::from_i64(1)]);
        let pair = Tuple::new(vec![inner.clone(), inner]);
        let back = round_trip(&pair);
        let items = back.downcast::<Tuple>().expect("tuple").to_vec();
        assert!(items[0].is(&items[1]));
    }

    /// Every prefix of valid data and some garbage give an error, never a panic.
    #[test]
    fn truncated_and_garbage_data_are_errors() {
        let _runtime = crate::run::init_for_test();
        let data = dumps(
            &Tuple::new(vec![
                PyStr::new("é"),
                float::new(1.5),
                int::from_i64(1 << 40),
            ]),
            VERSION,
            true,
        )
        .expect("dumps");
        for end in 0..data.len() {
            assert!(loads(&data[..end], true).is_err());
        }
        for garbage in [
            &b"\xff\xff"[..],
            b"c\x00\x00\x00\x00",
            b"r\xff\xff\xff\xff",
            b"(\xff\xff\xff\xff",
        ] {
            assert!(loads(garbage, true).is_err());
        }
    }
}
