//! The unpickler's opcode handlers, one per pickle opcode, run by `Loader::dispatch`; mirrors `load()` and the `load_*` functions of Modules/_pickle.c.

use num_bigint::BigInt;
use ouro_objects::bytearray;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, overflow_error, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none};
use ouro_objects::set::Set;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{TypeRef, Value, bool as pybool, bytes, codecs, int, protocol};

use super::opcodes::*;
use super::unpickler::Unpickler;
use super::{State, error};

pub(crate) struct Loader<'a> {
    pub u: &'a Unpickler,
    /// The unpickler object, for `find_class` (which subclasses override).
    pub this: &'a Value,
    pub st: &'a State,
    pub persistent_load: Value,
}

/// `calc_binsize`: an unsigned little-endian size.
fn binsize(data: &[u8]) -> Option<usize> {
    let mut x: u64 = 0;
    for (i, &b) in data.iter().enumerate() {
        x |= u64::from(b) << (8 * i);
    }
    usize::try_from(x)
        .ok()
        .filter(|&n| n <= isize::MAX as usize)
}

/// `calc_binint`: 1 and 2 bytes unsigned, 4 bytes signed.
fn binint(data: &[u8]) -> i64 {
    match data.len() {
        4 => i64::from(i32::from_le_bytes([data[0], data[1], data[2], data[3]])),
        _ => data
            .iter()
            .enumerate()
            .fold(0, |x, (i, &b)| x | (i64::from(b) << (8 * i))),
    }
}

/// A text line's content without its newline, as lossy text.
fn line_text(line: &[u8]) -> String {
    String::from_utf8_lossy(line.strip_suffix(b"\n").unwrap_or(line)).into_owned()
}

/// The text of a LONG, GET or PUT line. CPython hands the raw line to `PyLong_FromString`,
/// whose error message decodes the line's first 200 bytes strictly: a line that is not UTF-8 there
/// raises UnicodeDecodeError rather than ValueError.
fn int_line_text(line: &[u8]) -> PyResult<String> {
    if std::str::from_utf8(line).is_err() {
        let shown = &line[..line.len().min(200)];
        codecs::decode(shown, "utf-8", "strict", &bytes::new(shown.to_vec()))?;
    }
    Ok(line_text(line))
}

impl Loader<'_> {
    fn unpickling_error(&self, msg: impl Into<String>) -> PyErr {
        error(&self.st.unpickling_error, msg)
    }

    fn push(&self, v: Value) {
        self.u.push(v);
    }

    fn top(&self) -> PyResult<Value> {
        let top = {
            let stack = self.u.stack.borrow();
            (stack.len() > self.u.fence())
                .then(|| stack.last().cloned())
                .flatten()
        };
        match top {
            Some(v) => Ok(v),
            None => Err(self.u.underflow()?),
        }
    }

    fn find_class(&self, module: Value, name: Value) -> PyResult {
        protocol::call_method(self.this, "find_class", &[module, name])
    }

    /// Runs one opcode; false at STOP.
    pub(crate) fn dispatch(&self, op: u8) -> PyResult<bool> {
        match op {
            NONE => self.push(none()),
            BININT => self.load_binint(4)?,
            BININT1 => self.load_binint(1)?,
            BININT2 => self.load_binint(2)?,
            INT => self.load_int()?,
            LONG => self.load_long()?,
            LONG1 => self.load_counted_long(1)?,
            LONG4 => self.load_counted_long(4)?,
            FLOAT => self.load_float()?,
            BINFLOAT => {
                let data = self.u.read_bytes(8)?;
                let x = f64::from_be_bytes(data.try_into().expect("8 bytes"));
                self.push(ouro_objects::float::new(x));
            }
            SHORT_BINBYTES => self.load_counted_binbytes(1)?,
            BINBYTES => self.load_counted_binbytes(4)?,
            BINBYTES8 => self.load_counted_binbytes(8)?,
            BYTEARRAY8 => {
                let size = self.counted_size(8, "BYTEARRAY8")?;
                let data = self.u.read_payload(size)?;
                self.push(bytearray::new(data));
            }
            NEXT_BUFFER => self.load_next_buffer()?,
            READONLY_BUFFER => self.load_readonly_buffer()?,
            SHORT_BINSTRING => self.load_counted_binstring(1)?,
            BINSTRING => self.load_counted_binstring(4)?,
            STRING => self.load_string()?,
            UNICODE => {
                let line = self.u.read_line()?;
                let text = &line[..line.len() - 1];
                let codecs_module = protocol::import_module("_codecs")?;
                let decoded = protocol::call_method(
                    &codecs_module,
                    "raw_unicode_escape_decode",
                    &[bytes::new(text.to_vec())],
                )?;
                self.push(protocol::getitem(&decoded, &int::from_i64(0))?);
            }
            SHORT_BINUNICODE => self.load_counted_binunicode(1)?,
            BINUNICODE => self.load_counted_binunicode(4)?,
            BINUNICODE8 => self.load_counted_binunicode(8)?,
            EMPTY_TUPLE => self.load_counted_tuple(0)?,
            TUPLE1 => self.load_counted_tuple(1)?,
            TUPLE2 => self.load_counted_tuple(2)?,
            TUPLE3 => self.load_counted_tuple(3)?,
            TUPLE => {
                let i = self.u.marker()?;
                let items = self.u.pop_from(i)?;
                self.push(Tuple::new(items));
            }
            EMPTY_LIST => self.push(List::from_vec(Vec::new())),
            LIST => {
                let i = self.u.marker()?;
                let items = self.u.pop_from(i)?;
                self.push(List::from_vec(items));
            }
            EMPTY_DICT => self.push(Dict::new_value()),
            DICT => self.load_dict()?,
            EMPTY_SET => self.push(ouro_objects::set::set_from(Vec::new())?),
            ADDITEMS => self.load_additems()?,
            FROZENSET => {
                let i = self.u.marker()?;
                let items = self.u.pop_from(i)?;
                let frozenset =
                    TypeRef::from_static(&ouro_objects::set::FROZENSET_TYPE).into_value();
                self.push(protocol::call1(&frozenset, Tuple::new(items))?);
            }
            OBJ => self.load_obj()?,
            INST => self.load_inst()?,
            NEWOBJ => self.load_newobj(false)?,
            NEWOBJ_EX => self.load_newobj(true)?,
            GLOBAL => {
                let module = self.utf8_line()?;
                let name = self.utf8_line()?;
                self.push(self.find_class(module, name)?);
            }
            STACK_GLOBAL => {
                let name = self.u.pop()?;
                let module = self.u.pop()?;
                if !is_exact_str(&module) || !is_exact_str(&name) {
                    return Err(self.unpickling_error("STACK_GLOBAL requires str"));
                }
                self.push(self.find_class(module, name)?);
            }
            APPEND => {
                let len = self.u.stack.borrow().len();
                if len == 0 || len - 1 <= self.u.fence() {
                    return Err(self.u.underflow()?);
                }
                self.do_append(len - 1)?;
            }
            APPENDS => {
                let i = self.u.marker()?;
                self.do_append(i)?;
            }
            BUILD => self.load_build()?,
            DUP => {
                let top = self.top()?;
                self.push(top);
            }
            BINGET => {
                let idx = self.u.read_byte()? as usize;
                self.push(self.u.memo_get(idx)?);
            }
            LONG_BINGET => {
                let idx = binsize(&self.u.read_bytes(4)?).unwrap_or(usize::MAX);
                self.push(self.u.memo_get(idx)?);
            }
            GET => {
                let idx = self.line_int()?;
                let idx = int::to_i64(&idx)
                    .and_then(|i| usize::try_from(i).ok())
                    .unwrap_or(usize::MAX);
                self.push(self.u.memo_get(idx)?);
            }
            MARK => {
                let len = self.u.stack.borrow().len();
                self.u.marks.borrow_mut().push(len);
            }
            BINPUT => {
                let idx = self.u.read_byte()? as usize;
                let top = self.top()?;
                self.u.memo_put(idx, top);
            }
            LONG_BINPUT => {
                let data = self.u.read_bytes(4)?;
                let top = self.top()?;
                let idx = binsize(&data).unwrap_or(usize::MAX);
                self.u.memo_put(idx, top);
            }
            PUT => {
                let line = self.u.read_line()?;
                if line.len() < 2 {
                    return Err(self.truncated());
                }
                let top = self.top()?;
                let idx = parse_int_value(&line)?;
                let idx = int::to_i64(&idx).unwrap_or(i64::MAX);
                let Ok(idx) = usize::try_from(idx) else {
                    return Err(value_error("negative PUT argument"));
                };
                self.u.memo_put(idx, top);
            }
            MEMOIZE => {
                let top = self.top()?;
                self.u.memo_put(self.u.memo_len(), top);
            }
            POP => self.load_pop()?,
            POP_MARK => {
                let i = self.u.marker()?;
                self.u.pop_from(i)?;
            }
            SETITEM => {
                let len = self.u.stack.borrow().len();
                self.do_setitems(len.wrapping_sub(2))?;
            }
            SETITEMS => {
                let i = self.u.marker()?;
                self.do_setitems(i)?;
            }
            PERSID => {
                let line = self.u.read_line()?;
                let text = &line[..line.len() - 1];
                if !text.is_ascii() {
                    return Err(
                        self.unpickling_error("persistent IDs in protocol 0 must be ASCII strings")
                    );
                }
                let pid = PyStr::new(&String::from_utf8_lossy(text));
                self.push(protocol::call1(&self.persistent_load, pid)?);
            }
            BINPERSID => {
                let pid = self.u.pop()?;
                self.push(protocol::call1(&self.persistent_load, pid)?);
            }
            REDUCE => {
                let argtup = self.u.pop()?;
                let callable = self.u.pop()?;
                let args = argtup
                    .downcast::<Tuple>()
                    .ok_or_else(|| type_error("argument list must be a tuple"))?
                    .to_vec();
                self.push(protocol::call(&callable, &args, None)?);
            }
            PROTO => {
                let p = self.u.read_byte()?;
                if i64::from(p) > HIGHEST_PROTOCOL {
                    return Err(value_error(format!("unsupported pickle protocol: {p}")));
                }
                self.u.proto.set(p);
            }
            FRAME => {
                let Some(len) = binsize(&self.u.read_bytes(8)?) else {
                    return Err(overflow_error(format!(
                        "FRAME length exceeds system's maximum of {} bytes",
                        isize::MAX
                    )));
                };
                self.u.load_frame_data(len)?;
            }
            EXT1 => self.load_extension(1)?,
            EXT2 => self.load_extension(2)?,
            EXT4 => self.load_extension(4)?,
            NEWTRUE => self.push(pybool::py_bool(true)),
            NEWFALSE => self.push(pybool::py_bool(false)),
            STOP => return Ok(false),
            c => {
                let shown = if (0x20..=0x7e).contains(&c) && c != b'\'' && c != b'\\' {
                    format!("'{}'", c as char)
                } else {
                    format!("'\\x{c:02x}'")
                };
                return Err(self.unpickling_error(format!("invalid load key, {shown}.")));
            }
        }
        Ok(true)
    }

    fn truncated(&self) -> PyErr {
        self.unpickling_error("pickle data was truncated")
    }

    fn utf8_line(&self) -> PyResult<Value> {
        let line = self.u.read_line()?;
        if line.len() < 2 {
            return Err(self.truncated());
        }
        let original = bytes::new(line[..line.len() - 1].to_vec());
        codecs::decode(&line[..line.len() - 1], "utf-8", "strict", &original)
    }

    fn line_int(&self) -> PyResult<Value> {
        let line = self.u.read_line()?;
        if line.len() < 2 {
            return Err(self.truncated());
        }
        parse_int_value(&line)
    }

    fn load_binint(&self, n: usize) -> PyResult<()> {
        let data = self.u.read_bytes(n)?;
        self.push(int::from_i64(binint(&data)));
        Ok(())
    }

    fn load_int(&self) -> PyResult<()> {
        let line = self.u.read_line()?;
        if line.len() < 2 {
            return Err(self.truncated());
        }
        let text = line_text(&line);
        let value = match text.trim_start().parse::<i64>() {
            Ok(x) if line.len() == 3 && (x == 0 || x == 1) => pybool::py_bool(x == 1),
            Ok(x) => int::from_i64(x),
            Err(_) => match int::parse_int(text.trim(), 10) {
                Some(b) => int::from_bigint(b),
                None => return Err(value_error("could not convert string to int")),
            },
        };
        self.push(value);
        Ok(())
    }

    fn load_long(&self) -> PyResult<()> {
        let line = self.u.read_line()?;
        if line.len() < 2 {
            return Err(self.truncated());
        }
        let mut text = int_line_text(&line)?;
        if text.ends_with('L') {
            text.pop();
        }
        let value = protocol::call1(
            &TypeRef::from_static(&int::INT_TYPE).into_value(),
            PyStr::new(&text),
        )?;
        self.push(value);
        Ok(())
    }

    fn load_counted_long(&self, n: usize) -> PyResult<()> {
        let size = binint(&self.u.read_bytes(n)?);
        if size < 0 {
            return Err(self.unpickling_error("LONG pickle has negative byte count"));
        }
        let data = self.u.read_bytes(size as usize)?;
        self.push(int::from_bigint(BigInt::from_signed_bytes_le(&data)));
        Ok(())
    }

    fn load_float(&self) -> PyResult<()> {
        let line = self.u.read_line()?;
        if line.len() < 2 {
            return Err(self.truncated());
        }
        let text = String::from_utf8_lossy(&line).into_owned();
        let end = float_prefix_len(text.as_bytes());
        if end == 0 {
            let shown: String = text.chars().take(200).collect();
            return Err(value_error(format!(
                "could not convert string to float: '{shown}'"
            )));
        }
        let x = match (&text[end..], ouro_objects::float::parse_float(&text[..end])) {
            ("\n" | "", Some(x)) => x,
            _ => return Err(value_error("could not convert string to float")),
        };
        self.push(ouro_objects::float::new(x));
        Ok(())
    }

    fn counted_size(&self, n: usize, what: &str) -> PyResult<usize> {
        binsize(&self.u.read_bytes(n)?).ok_or_else(|| {
            overflow_error(format!(
                "{what} exceeds system's maximum size of {} bytes",
                isize::MAX
            ))
        })
    }

    fn load_counted_binbytes(&self, n: usize) -> PyResult<()> {
        let size = self.counted_size(n, "BINBYTES")?;
        let data = self.u.read_payload(size)?;
        self.push(bytes::new(data));
        Ok(())
    }

    fn load_next_buffer(&self) -> PyResult<()> {
        let buffers = self.u.buffers.borrow().clone();
        let Some(buffers) = buffers else {
            return Err(self.unpickling_error(
                "pickle stream refers to out-of-band data but no *buffers* argument was given",
            ));
        };
        match protocol::iternext(&buffers)? {
            Some(buf) => self.push(buf),
            None => return Err(self.unpickling_error("not enough out-of-band buffers")),
        }
        Ok(())
    }

    fn load_readonly_buffer(&self) -> PyResult<()> {
        let obj = self.top()?;
        let view = ouro_objects::memoryview::from_object(&obj)?;
        if !protocol::is_true(&protocol::getattr_str(&view, "readonly")?)? {
            let readonly = protocol::call_method(&view, "toreadonly", &[])?;
            let mut stack = self.u.stack.borrow_mut();
            if let Some(last) = stack.last_mut() {
                *last = readonly;
            }
        }
        Ok(())
    }

    /// Python 2 `str` data: bytes with `encoding='bytes'`, else decoded.
    fn py2_string(&self, data: Vec<u8>) -> PyResult {
        let encoding = self.u.encoding.borrow().clone();
        if encoding == "bytes" {
            return Ok(bytes::new(data));
        }
        let errors = self.u.errors.borrow().clone();
        let original = bytes::new(data.clone());
        codecs::decode(&data, &encoding, &errors, &original)
    }

    fn load_counted_binstring(&self, n: usize) -> PyResult<()> {
        let size = binint(&self.u.read_bytes(n)?);
        if size < 0 {
            return Err(self.unpickling_error("BINSTRING pickle has negative byte count"));
        }
        let data = self.u.read_bytes(size as usize)?;
        let value = self.py2_string(data)?;
        self.push(value);
        Ok(())
    }

    fn load_string(&self) -> PyResult<()> {
        let line = self.u.read_line()?;
        let body = &line[..line.len() - 1];
        let quoted = body.len() >= 2
            && body[0] == body[body.len() - 1]
            && (body[0] == b'\'' || body[0] == b'"');
        if !quoted {
            return Err(self.unpickling_error("the STRING opcode argument must be quoted"));
        }
        let codecs_module = protocol::import_module("_codecs")?;
        let decoded = protocol::call_method(
            &codecs_module,
            "escape_decode",
            &[bytes::new(body[1..body.len() - 1].to_vec())],
        )?;
        let data = bytes::as_bytes_like(&protocol::getitem(&decoded, &int::from_i64(0))?)
            .unwrap_or_default();
        let value = self.py2_string(data)?;
        self.push(value);
        Ok(())
    }

    fn load_counted_binunicode(&self, n: usize) -> PyResult<()> {
        let size = self.counted_size(n, "BINUNICODE")?;
        let data = self.u.read_bytes(size)?;
        let original = bytes::new(data.clone());
        self.push(codecs::decode(&data, "utf-8", "surrogatepass", &original)?);
        Ok(())
    }

    fn load_counted_tuple(&self, len: usize) -> PyResult<()> {
        let height = self.u.stack.borrow().len();
        if height < len {
            return Err(self.u.underflow()?);
        }
        let items = self.u.pop_from(height - len)?;
        self.push(Tuple::new(items));
        Ok(())
    }

    fn load_dict(&self) -> PyResult<()> {
        let i = self.u.marker()?;
        let items = self.u.pop_from(i)?;
        if !items.len().is_multiple_of(2) {
            return Err(self.unpickling_error("odd number of items for DICT"));
        }
        let d = Dict::new_value();
        let dict = d.downcast::<Dict>().expect("dict");
        for pair in items.chunks(2) {
            dict.set_item(pair[0].clone(), pair[1].clone())?;
        }
        self.push(d);
        Ok(())
    }

    fn load_additems(&self) -> PyResult<()> {
        let mark = self.u.marker()?;
        let len = self.u.stack.borrow().len();
        if mark > len || mark <= self.u.fence() {
            return Err(self.u.underflow()?);
        }
        if len == mark {
            return Ok(());
        }
        let set = self.u.stack.borrow()[mark - 1].clone();
        let items = self.u.pop_from(mark)?;
        if let Some(s) = set.downcast::<Set>() {
            for item in items {
                s.add(item)?;
            }
        } else {
            let add = protocol::getattr_str(&set, "add")?;
            for item in items {
                protocol::call1(&add, item)?;
            }
        }
        Ok(())
    }

    /// `instantiate`: `cls.__new__(cls)` for a class without arguments or
    /// `__getinitargs__`, else `cls(*args)`.
    fn instantiate(&self, cls: &Value, args: Vec<Value>) -> PyResult {
        if args.is_empty()
            && TypeRef::from_value(cls).is_some()
            && protocol::getattr_opt(cls, &PyStr::new("__getinitargs__"))?.is_none()
        {
            return protocol::call_method(cls, "__new__", std::slice::from_ref(cls));
        }
        protocol::call(cls, &args, None)
    }

    fn load_obj(&self) -> PyResult<()> {
        let i = self.u.marker()?;
        if self.u.stack.borrow().len() < i + 1 {
            return Err(self.u.underflow()?);
        }
        let args = self.u.pop_from(i + 1)?;
        let cls = self.u.pop()?;
        let obj = self.instantiate(&cls, args)?;
        self.push(obj);
        Ok(())
    }

    fn ascii_line(&self) -> PyResult<Value> {
        let line = self.u.read_line()?;
        if line.len() < 2 {
            return Err(self.truncated());
        }
        let original = bytes::new(line[..line.len() - 1].to_vec());
        codecs::decode(&line[..line.len() - 1], "ascii", "strict", &original)
    }

    fn load_inst(&self) -> PyResult<()> {
        let i = self.u.marker()?;
        let module = self.ascii_line()?;
        let name = self.ascii_line()?;
        let cls = self.find_class(module, name)?;
        let args = self.u.pop_from(i)?;
        let obj = self.instantiate(&cls, args)?;
        self.push(obj);
        Ok(())
    }

    fn load_newobj(&self, use_kwargs: bool) -> PyResult<()> {
        let kwargs = if use_kwargs {
            Some(self.u.pop()?)
        } else {
            None
        };
        let args = self.u.pop()?;
        let cls = self.u.pop()?;
        let op = if use_kwargs { "NEWOBJ_EX" } else { "NEWOBJ" };
        if TypeRef::from_value(&cls).is_none() {
            return Err(self.unpickling_error(format!(
                "{op} class argument must be a type, not {}",
                protocol::type_name(&cls)
            )));
        }
        let Some(args) = args.downcast::<Tuple>() else {
            return Err(self.unpickling_error(format!(
                "{op} args argument must be a tuple, not {}",
                protocol::type_name(&args)
            )));
        };
        let mut call_args = vec![cls.clone()];
        call_args.extend(args.iter().cloned());
        let mut names = Vec::new();
        if let Some(kwargs) = &kwargs {
            let Some(kw) = kwargs.downcast::<Dict>() else {
                return Err(self.unpickling_error(format!(
                    "{op} kwargs argument must be a dict, not {}",
                    protocol::type_name(kwargs)
                )));
            };
            for (k, v) in kw.items() {
                names.push(k);
                call_args.push(v);
            }
        }
        let new = protocol::getattr_str(&cls, "__new__")?;
        let kwnames = (!names.is_empty()).then(|| Tuple::new(names));
        let obj = protocol::call(&new, &call_args, kwnames.as_ref())?;
        self.push(obj);
        Ok(())
    }

    fn do_append(&self, x: usize) -> PyResult<()> {
        let len = self.u.stack.borrow().len();
        if x > len || x <= self.u.fence() {
            return Err(self.u.underflow()?);
        }
        if len == x {
            return Ok(());
        }
        let list = self.u.stack.borrow()[x - 1].clone();
        let items = self.u.pop_from(x)?;
        if let Some(l) = list.downcast_exact::<List>() {
            l.extend_from(items);
        } else if let Some(extend) = protocol::getattr_opt(&list, &PyStr::new("extend"))? {
            protocol::call1(&extend, List::from_vec(items))?;
        } else {
            let append = protocol::getattr_str(&list, "append")?;
            for item in items {
                protocol::call1(&append, item)?;
            }
        }
        Ok(())
    }

    fn do_setitems(&self, x: usize) -> PyResult<()> {
        let len = self.u.stack.borrow().len();
        if x > len || x <= self.u.fence() {
            return Err(self.u.underflow()?);
        }
        if len == x {
            return Ok(());
        }
        if !(len - x).is_multiple_of(2) {
            return Err(self.unpickling_error("odd number of items for SETITEMS"));
        }
        let dict = self.u.stack.borrow()[x - 1].clone();
        let items = self.u.pop_from(x)?;
        for pair in items.chunks(2) {
            protocol::setitem(&dict, &pair[0], Some(&pair[1]))?;
        }
        Ok(())
    }

    fn load_pop(&self) -> PyResult<()> {
        let len = self.u.stack.borrow().len();
        let top_mark = self.u.marks.borrow().last().copied();
        if top_mark == Some(len) {
            self.u.marks.borrow_mut().pop();
        } else if len <= self.u.fence() {
            return Err(self.u.underflow()?);
        } else {
            let popped = self.u.stack.borrow_mut().pop();
            drop(popped);
        }
        Ok(())
    }

    /// `load_build`: `__setstate__`, or the state dict into `__dict__` and
    /// the slot state through setattr.
    fn load_build(&self) -> PyResult<()> {
        let len = self.u.stack.borrow().len();
        if len < 2 || len - 2 < self.u.fence() {
            return Err(self.u.underflow()?);
        }
        let state = self.u.pop()?;
        let inst = self.top()?;
        if let Some(setstate) = protocol::getattr_opt(&inst, &PyStr::new("__setstate__"))? {
            protocol::call1(&setstate, state)?;
            return Ok(());
        }
        let (state, slotstate) = match state.downcast::<Tuple>() {
            Some(t) if t.len() == 2 => (t.as_slice()[0].clone(), Some(t.as_slice()[1].clone())),
            _ => (state, None),
        };
        if !is_none(&state) {
            let Some(d) = state.downcast::<Dict>() else {
                return Err(self.unpickling_error("state is not a dictionary"));
            };
            let dict = protocol::getattr_str(&inst, "__dict__")?;
            for (k, v) in d.items() {
                let k = if is_exact_str(&k) {
                    ouro_objects::str::intern_value(&k)
                } else {
                    k
                };
                protocol::setitem(&dict, &k, Some(&v))?;
            }
        }
        if let Some(slotstate) = slotstate {
            let Some(d) = slotstate.downcast::<Dict>() else {
                return Err(self.unpickling_error("slot state is not a dictionary"));
            };
            for (k, v) in d.items() {
                protocol::setattr(&inst, &k, Some(&v))?;
            }
        }
        Ok(())
    }

    fn load_extension(&self, n: usize) -> PyResult<()> {
        let code = binint(&self.u.read_bytes(n)?);
        if code <= 0 {
            return Err(self.unpickling_error("EXT specifies code <= 0"));
        }
        let py_code = int::from_i64(code);
        let cache = self.st.extension_cache.downcast::<Dict>().expect("dict");
        if let Some(obj) = cache.get_item_opt(&py_code)? {
            self.push(obj);
            return Ok(());
        }
        let inverted = self.st.inverted_registry.downcast::<Dict>().expect("dict");
        let Some(pair) = inverted.get_item_opt(&py_code)? else {
            return Err(value_error(format!("unregistered extension code {code}")));
        };
        let names = pair
            .downcast::<Tuple>()
            .filter(|t| t.len() == 2 && t.iter().all(|v| v.downcast::<PyStr>().is_some()))
            .ok_or_else(|| {
                value_error(format!(
                    "_inverted_registry[{code}] isn't a 2-tuple of strings"
                ))
            })?
            .to_vec();
        let obj = self.find_class(names[0].clone(), names[1].clone())?;
        cache.set_item(py_code, obj.clone())?;
        self.push(obj);
        Ok(())
    }
}

/// How much of `s` `PyOS_string_to_double` reads as a float (sign, then
/// digits with a point and exponent, or inf/infinity/nan); 0 for none.
fn float_prefix_len(s: &[u8]) -> usize {
    let mut i = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let rest = s[i..].to_ascii_lowercase();
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if rest.starts_with(word) {
            return i + word.len();
        }
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while s.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa = digits(&mut i);
    if s.get(i) == Some(&b'.') {
        let mut j = i + 1;
        let fraction = digits(&mut j);
        if mantissa + fraction > 0 {
            mantissa += fraction;
            i = j;
        }
    }
    if mantissa == 0 {
        return 0;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1 + usize::from(matches!(s.get(i + 1), Some(b'+' | b'-')));
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    i
}

fn is_exact_str(v: &Value) -> bool {
    std::ptr::eq(v.type_obj(), &ouro_objects::str::STR_TYPE)
}

/// `PyLong_FromString(line, NULL, 10)`: `int(text)` with its errors.
fn parse_int_value(line: &[u8]) -> PyResult<Value> {
    let text = int_line_text(line)?;
    protocol::call1(
        &TypeRef::from_static(&int::INT_TYPE).into_value(),
        PyStr::new(&text),
    )
}
