//! The pickler's `save` and the per-type writers it dispatches to (ints, floats, str, bytes, tuples, lists, dicts, sets, globals, reduce values, persistent ids, buffers); mirrors `save()` and the `save_*` functions of Modules/_pickle.c.

use ouro_objects::bytearray::{BYTEARRAY_TYPE, ByteArray};
use ouro_objects::bytes::{BYTES_TYPE, Bytes};
use ouro_objects::dict::{DICT_TYPE, Dict};
use ouro_objects::err::{PyErr, PyResult, overflow_error, type_error, value_error};
use ouro_objects::exceptions::{self, ATTRIBUTE_ERROR, IMPORT_ERROR, KEY_ERROR, VALUE_ERROR};
use ouro_objects::float::{FLOAT_TYPE, Float};
use ouro_objects::functype::FUNCTION_TYPE;
use ouro_objects::int::{self, INT_TYPE};
use ouro_objects::list::{LIST_TYPE, List};
use ouro_objects::none::{self, NONE_TYPE, is_none};
use ouro_objects::set::{FROZENSET_TYPE, SET_TYPE, Set};
use ouro_objects::str::{PyStr, STR_TYPE, intern};
use ouro_objects::tuple::{TUPLE_TYPE, Tuple};
use ouro_objects::typeobj::TYPE_TYPE;
use ouro_objects::{TypeRef, Value, bool as pybool, protocol};

use super::opcodes::*;
use super::pickler::Pickler;
use super::{State, buffer, chained, error, is_callable, type_name};

/// One `dump()` in progress: the pickler and what `dump()` looked up once.
pub(crate) struct Saver<'a> {
    pub p: &'a Pickler,
    pub st: &'a State,
    pub persistent_id: Option<Value>,
    pub reducer_override: Option<Value>,
    pub dispatch_table: Option<Value>,
}

fn is_exact(
    v: &Value,
    ty: &'static ouro_objects::PyObj<ouro_objects::typeobj::TypeObject>,
) -> bool {
    std::ptr::eq(v.type_obj(), ty)
}

/// Adds CPython's `_PyErr_FormatNote` breadcrumb to an error on its way out.
fn note<T>(r: PyResult<T>, text: impl FnOnce() -> String) -> PyResult<T> {
    r.inspect_err(|e| exceptions::add_note(e, &text()))
}

fn le32(n: usize) -> [u8; 4] {
    (n as u32).to_le_bytes()
}

/// UTF-8 with lone surrogates encoded like any other code point (the
/// "surrogatepass" handler).
fn utf8_surrogatepass(s: &PyStr) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        match c {
            0..=0x7f => out.push(c as u8),
            0x80..=0x7ff => out.extend([0xc0 | (c >> 6) as u8, 0x80 | (c & 0x3f) as u8]),
            0x800..=0xffff => out.extend([
                0xe0 | (c >> 12) as u8,
                0x80 | ((c >> 6) & 0x3f) as u8,
                0x80 | (c & 0x3f) as u8,
            ]),
            _ => out.extend([
                0xf0 | (c >> 18) as u8,
                0x80 | ((c >> 12) & 0x3f) as u8,
                0x80 | ((c >> 6) & 0x3f) as u8,
                0x80 | (c & 0x3f) as u8,
            ]),
        }
    }
    out
}

/// `raw_unicode_escape` of _pickle.c: raw-unicode-escape that also escapes
/// backslash, NUL, newlines and ^Z so the text fits on one line.
fn raw_unicode_escape(s: &PyStr) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c >= 0x10000 {
            out.extend(format!("\\U{c:08x}").bytes());
        } else if c >= 256 || matches!(c, 0x5c | 0 | 0x0a | 0x0d | 0x1a) {
            out.extend(format!("\\u{c:04x}").bytes());
        } else {
            out.push(c as u8);
        }
    }
    out
}

fn ascii_or_utf8(s: &Value, utf8: bool) -> Result<Vec<u8>, ()> {
    let text = s.downcast::<PyStr>().ok_or(())?;
    if utf8 {
        return text.to_str().map(String::into_bytes).ok_or(());
    }
    text.as_ascii_str().map(|a| a.as_bytes().to_vec()).ok_or(())
}

impl Saver<'_> {
    fn pickling_error(&self, msg: impl Into<String>) -> PyErr {
        error(&self.st.pickling_error, msg)
    }

    fn write(&self, data: &[u8]) {
        self.p.write(data);
    }

    /// `save()`: the memo, the exact built-in types, `reducer_override`,
    /// then the reduction protocol.
    pub(crate) fn save(&self, obj: &Value, pers_save: bool) -> PyResult<()> {
        self.p.opcode_boundary()?;
        if !pers_save && self.persistent_id.is_some() && self.save_pers(obj)? {
            return Ok(());
        }
        if is_none(obj) {
            self.write(&[NONE]);
            return Ok(());
        }
        if is_exact(obj, &pybool::BOOL_TYPE) {
            self.save_bool(obj.is_static(&pybool::TRUE));
            return Ok(());
        }
        if is_exact(obj, &INT_TYPE) {
            return self.save_long(obj);
        }
        if is_exact(obj, &FLOAT_TYPE) {
            self.save_float(obj.downcast::<Float>().map_or(0.0, |f| f.0));
            return Ok(());
        }
        let memoized = self.p.memo.borrow().get(obj);
        if let Some(idx) = memoized {
            return self.write_memo_get(idx);
        }
        if is_exact(obj, &BYTES_TYPE) {
            return self.save_bytes(obj);
        }
        if is_exact(obj, &STR_TYPE) {
            return self.save_unicode(obj);
        }
        let _guard = protocol::enter_recursion(" while pickling an object")?;
        if is_exact(obj, &DICT_TYPE) {
            return self.save_dict(obj);
        }
        if is_exact(obj, &SET_TYPE) {
            return self.save_set(obj);
        }
        if is_exact(obj, &FROZENSET_TYPE) {
            return self.save_frozenset(obj);
        }
        if is_exact(obj, &LIST_TYPE) {
            return self.save_list(obj);
        }
        if is_exact(obj, &TUPLE_TYPE) {
            return self.save_tuple(obj);
        }
        if is_exact(obj, &BYTEARRAY_TYPE) {
            return self.save_bytearray(obj);
        }
        if is_exact(obj, &buffer::PICKLE_BUFFER_TYPE) {
            return self.save_picklebuffer(obj);
        }
        if let Some(reducer) = &self.reducer_override {
            let value = protocol::call1(reducer, obj.clone())?;
            if !value.is(&none::not_implemented()) {
                return self.save_reduce_value(obj, value);
            }
        }
        if is_exact(obj, &TYPE_TYPE) {
            return self.save_type(obj);
        }
        if is_exact(obj, &FUNCTION_TYPE) {
            return self.save_global(obj, None);
        }
        let ty = obj.type_value();
        let reduce_func = match &self.dispatch_table {
            None => self
                .st
                .dispatch_table
                .downcast::<Dict>()
                .expect("dict")
                .get_item_opt(&ty)?,
            Some(table) => match protocol::getitem(table, &ty) {
                Ok(f) => Some(f),
                Err(e) if e.matches(&KEY_ERROR) => None,
                Err(e) => return Err(e),
            },
        };
        let value = if let Some(f) = reduce_func {
            protocol::call1(&f, obj.clone())?
        } else if obj.type_obj().payload().is_subtype(TYPE_TYPE.payload()) {
            return self.save_global(obj, None);
        } else if let Some(f) = protocol::getattr_opt(obj, &intern("__reduce_ex__"))? {
            protocol::call1(&f, int::from_i64(i64::from(self.p.proto.get())))?
        } else if let Some(f) = protocol::getattr_opt(obj, &intern("__reduce__"))? {
            protocol::call0(&f)?
        } else {
            return Err(self.pickling_error(format!("Can't pickle {} object", type_name(obj))));
        };
        self.save_reduce_value(obj, value)
    }

    /// The `reduce:` label of `save()`: a str names a global, a tuple is
    /// the reduction itself.
    fn save_reduce_value(&self, obj: &Value, value: Value) -> PyResult<()> {
        if value.downcast::<PyStr>().is_some() {
            return self.save_global(obj, Some(&value));
        }
        let Some(t) = value.downcast::<Tuple>() else {
            let e = self.pickling_error(format!(
                "__reduce__ must return a string or tuple, not {}",
                type_name(&value)
            ));
            return note(Err(e), || {
                format!("when serializing {} object", type_name(obj))
            });
        };
        note(self.save_reduce(t.as_slice(), obj), || {
            format!("when serializing {} object", type_name(obj))
        })
    }

    fn save_bool(&self, b: bool) {
        if self.p.proto.get() >= 2 {
            self.write(&[if b { NEWTRUE } else { NEWFALSE }]);
        } else {
            self.write(if b { b"I01\n" } else { b"I00\n" });
        }
    }

    fn save_long(&self, obj: &Value) -> PyResult<()> {
        if let Some(v) = int::to_i64(obj).and_then(|v| i32::try_from(v).ok()) {
            if self.p.is_bin() {
                let b = v.to_le_bytes();
                if b[2] != 0 || b[3] != 0 {
                    self.write(&[BININT, b[0], b[1], b[2], b[3]]);
                } else if b[1] != 0 {
                    self.write(&[BININT2, b[0], b[1]]);
                } else {
                    self.write(&[BININT1, b[0]]);
                }
            } else {
                self.write(format!("I{v}\n").as_bytes());
            }
            return Ok(());
        }
        let big = int::as_int(obj).expect("int").to_bigint().into_owned();
        if self.p.proto.get() >= 2 {
            let data = big.to_signed_bytes_le();
            if data.len() > 0x7fff_ffff {
                return Err(overflow_error("int too large to pickle"));
            }
            if data.len() < 256 {
                self.write(&[LONG1, data.len() as u8]);
            } else {
                let mut header = vec![LONG4];
                header.extend(le32(data.len()));
                self.write(&header);
            }
            self.write(&data);
        } else {
            let repr = protocol::str_lossy(&protocol::repr(obj)?);
            self.write(format!("L{repr}L\n").as_bytes());
        }
        Ok(())
    }

    fn save_float(&self, x: f64) {
        if self.p.is_bin() {
            let mut data = vec![BINFLOAT];
            data.extend(x.to_be_bytes());
            self.write(&data);
        } else {
            self.write(format!("F{}\n", ouro_objects::float::repr_f64(x)).as_bytes());
        }
    }

    fn save_bytes_data(&self, obj: &Value, data: &[u8]) -> PyResult<()> {
        let mut header = Vec::with_capacity(9);
        if data.len() <= 0xff {
            header.extend([SHORT_BINBYTES, data.len() as u8]);
        } else if data.len() <= 0xffff_ffff {
            header.push(BINBYTES);
            header.extend(le32(data.len()));
        } else if self.p.proto.get() >= 4 {
            header.push(BINBYTES8);
            header.extend((data.len() as u64).to_le_bytes());
        } else {
            return Err(overflow_error(
                "serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher",
            ));
        }
        let payload = is_exact(obj, &BYTES_TYPE).then_some(obj);
        self.p.write_bytes(&header, data, payload)?;
        self.memo_put(obj)
    }

    fn save_bytes(&self, obj: &Value) -> PyResult<()> {
        let data = &obj.downcast::<Bytes>().expect("bytes").0;
        if self.p.proto.get() >= 3 {
            return self.save_bytes_data(obj, data);
        }
        // Protocols 0-2 have no bytes opcode: `codecs.encode(latin1 text,
        // 'latin1')` reads back as bytes on Python 3 and as str on Python 2.
        let reduce_value = if data.is_empty() {
            vec![
                TypeRef::from_static(&BYTES_TYPE).into_value(),
                Tuple::empty(),
            ]
        } else {
            let cps: Vec<u32> = data.iter().map(|&b| u32::from(b)).collect();
            // One shared "latin1" (CPython's `_Py_ID(latin1)`): repeats memoize.
            vec![
                self.st.codecs_encode.clone(),
                Tuple::new(vec![PyStr::from_cps(&cps), intern("latin1")]),
            ]
        };
        self.save_reduce(&reduce_value, obj)
    }

    fn save_bytearray_data(&self, obj: &Value, data: &[u8]) -> PyResult<()> {
        let mut header = vec![BYTEARRAY8];
        header.extend((data.len() as u64).to_le_bytes());
        self.p.write_bytes(&header, data, None)?;
        self.memo_put(obj)
    }

    fn save_bytearray(&self, obj: &Value) -> PyResult<()> {
        let data = obj.downcast::<ByteArray>().expect("bytearray").to_vec();
        if self.p.proto.get() >= 5 {
            return self.save_bytearray_data(obj, &data);
        }
        let args = if data.is_empty() {
            Tuple::empty()
        } else {
            Tuple::new(vec![ouro_objects::bytes::new(data)])
        };
        let reduce_value = [TypeRef::from_static(&BYTEARRAY_TYPE).into_value(), args];
        self.save_reduce(&reduce_value, obj)
    }

    fn save_picklebuffer(&self, obj: &Value) -> PyResult<()> {
        if self.p.proto.get() < 5 {
            return Err(self.pickling_error("PickleBuffer can only be pickled with protocol >= 5"));
        }
        let (data, readonly) = buffer::contents(obj)?;
        let callback = self.p.buffer_callback.borrow().clone();
        let in_band = match callback {
            Some(cb) => protocol::is_true(&protocol::call1(&cb, obj.clone())?)?,
            None => true,
        };
        if in_band {
            if readonly {
                self.save_bytes_data(obj, &data)
            } else {
                self.save_bytearray_data(obj, &data)
            }
        } else {
            self.write(&[NEXT_BUFFER]);
            if readonly {
                self.write(&[READONLY_BUFFER]);
            }
            Ok(())
        }
    }

    fn save_unicode(&self, obj: &Value) -> PyResult<()> {
        let s = obj.downcast::<PyStr>().expect("str");
        if self.p.is_bin() {
            // ASCII text is its own UTF-8: no copy.
            let encoded;
            let data = match s.as_ascii_str() {
                Some(text) => text.as_bytes(),
                None => {
                    encoded = utf8_surrogatepass(s);
                    &encoded[..]
                }
            };
            let mut header = [0u8; 9];
            let header_len = if data.len() <= 0xff && self.p.proto.get() >= 4 {
                header[..2].copy_from_slice(&[SHORT_BINUNICODE, data.len() as u8]);
                2
            } else if data.len() <= 0xffff_ffff {
                header[0] = BINUNICODE;
                header[1..5].copy_from_slice(&le32(data.len()));
                5
            } else if self.p.proto.get() >= 4 {
                header[0] = BINUNICODE8;
                header[1..].copy_from_slice(&(data.len() as u64).to_le_bytes());
                9
            } else {
                return Err(overflow_error(
                    "serializing a string larger than 4 GiB requires pickle protocol 4 or higher",
                ));
            };
            self.p.write_bytes(&header[..header_len], data, None)?;
        } else {
            let mut data = vec![UNICODE];
            data.extend(raw_unicode_escape(s));
            data.push(b'\n');
            self.write(&data);
        }
        self.memo_put(obj)
    }

    fn memo_put(&self, obj: &Value) -> PyResult<()> {
        if self.p.fast.get() != 0 {
            return Ok(());
        }
        let idx = {
            let mut memo = self.p.memo.borrow_mut();
            let idx = memo.len();
            memo.set(obj, idx);
            idx
        };
        if self.p.proto.get() >= 4 {
            self.write(&[MEMOIZE]);
        } else if !self.p.is_bin() {
            self.write(format!("p{idx}\n").as_bytes());
        } else if idx < 256 {
            self.write(&[BINPUT, idx as u8]);
        } else if idx <= 0xffff_ffff {
            let mut data = vec![LONG_BINPUT];
            data.extend(le32(idx));
            self.write(&data);
        } else {
            return Err(self.pickling_error("memo id too large for LONG_BINPUT"));
        }
        Ok(())
    }

    fn memo_get(&self, obj: &Value) -> PyResult<()> {
        let Some(idx) = self.p.memo.borrow().get(obj) else {
            return Err(ouro_objects::err::key_error(obj.clone()));
        };
        self.write_memo_get(idx)
    }

    /// GET, BINGET or LONG_BINGET of memo entry `idx`.
    fn write_memo_get(&self, idx: usize) -> PyResult<()> {
        if !self.p.is_bin() {
            self.write(format!("g{idx}\n").as_bytes());
        } else if idx < 256 {
            self.write(&[BINGET, idx as u8]);
        } else if idx <= 0xffff_ffff {
            let mut data = vec![LONG_BINGET];
            data.extend(le32(idx));
            self.write(&data);
        } else {
            return Err(self.pickling_error("memo id too large for LONG_BINGET"));
        }
        Ok(())
    }

    fn in_memo(&self, obj: &Value) -> bool {
        self.p.memo.borrow().get(obj).is_some()
    }

    fn save_tuple(&self, obj: &Value) -> PyResult<()> {
        let items = obj.downcast::<Tuple>().expect("tuple").to_vec();
        let len = items.len();
        let proto = self.p.proto.get();
        if len == 0 {
            self.write(if proto > 0 { &[EMPTY_TUPLE][..] } else { b"(t" });
            return Ok(());
        }
        let store = || -> PyResult<()> {
            for (i, item) in items.iter().enumerate() {
                note(self.save(item, false), || {
                    format!("when serializing {} item {i}", type_name(obj))
                })?;
            }
            Ok(())
        };
        if len <= 3 && proto >= 2 {
            store()?;
            if self.in_memo(obj) {
                // The tuple is recursive: drop its items, fetch the memoized copy.
                self.write(&vec![POP; len]);
                return self.memo_get(obj);
            }
            self.write(&[[EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3][len]]);
            return self.memo_put(obj);
        }
        self.write(&[MARK]);
        store()?;
        if self.in_memo(obj) {
            if self.p.is_bin() {
                self.write(&[POP_MARK]);
            } else {
                self.write(&vec![POP; len + 1]);
            }
            return self.memo_get(obj);
        }
        self.write(&[TUPLE]);
        self.memo_put(obj)
    }

    /// `fast_save_enter`: past the nesting limit, fast mode tracks the
    /// containers being saved to refuse cycles.
    fn fast_enter(&self, obj: &Value) -> PyResult<()> {
        let depth = self.p.fast_nesting.get() + 1;
        self.p.fast_nesting.set(depth);
        if depth as usize >= FAST_NESTING_LIMIT {
            let mut seen = self.p.fast_memo.borrow_mut();
            let seen = seen.get_or_insert_with(Default::default);
            if !seen.insert(obj.word()) {
                self.p.fast_nesting.set(-1);
                return Err(value_error(format!(
                    "fast mode: can't pickle cyclic objects including object type {} at {:#x}",
                    obj.type_obj().payload().tp_name(),
                    obj.word()
                )));
            }
        }
        Ok(())
    }

    fn fast_leave(&self, obj: &Value) {
        let depth = self.p.fast_nesting.get();
        self.p.fast_nesting.set(depth - 1);
        if depth >= 0
            && depth as usize >= FAST_NESTING_LIMIT
            && let Some(seen) = self.p.fast_memo.borrow_mut().as_mut()
        {
            seen.remove(&obj.word());
        }
    }

    /// `save_list`/`save_dict`: the empty container (`empty_bin` from
    /// protocol 1, `empty_text` at 0), memoized, then `fill` adds the items.
    fn save_container(
        &self,
        obj: &Value,
        empty_bin: u8,
        empty_text: &[u8],
        is_empty: bool,
        fill: impl FnOnce() -> PyResult<()>,
    ) -> PyResult<()> {
        let fast = self.p.fast.get() != 0;
        if fast {
            self.fast_enter(obj)?;
        }
        let result = (|| {
            if self.p.is_bin() {
                self.write(&[empty_bin]);
            } else {
                self.write(empty_text);
            }
            self.memo_put(obj)?;
            if is_empty {
                return Ok(());
            }
            let _guard = protocol::enter_recursion(" while pickling an object")?;
            fill()
        })();
        if fast {
            self.fast_leave(obj);
        }
        result
    }

    fn save_list(&self, obj: &Value) -> PyResult<()> {
        let list = obj.downcast::<List>().expect("list");
        self.save_container(obj, EMPTY_LIST, b"(l", list.is_empty(), || {
            if self.p.proto.get() > 0 {
                self.batch_list_exact(obj, list)
            } else {
                self.batch_list(&protocol::iter(obj)?, obj)
            }
        })
    }

    fn batch_list_exact(&self, obj: &Value, list: &List) -> PyResult<()> {
        let item_note = |i: usize| move || format!("when serializing {} item {i}", type_name(obj));
        if list.len() == 1 {
            let item = list.get(0).expect("one item");
            note(self.save(&item, false), item_note(0))?;
            self.write(&[APPEND]);
            return Ok(());
        }
        let mut total = 0;
        loop {
            let mut this_batch = 0;
            self.write(&[MARK]);
            while let Some(item) = list.get(total) {
                note(self.save(&item, false), item_note(total))?;
                total += 1;
                this_batch += 1;
                if this_batch == BATCHSIZE {
                    break;
                }
            }
            self.write(&[APPENDS]);
            if total >= list.len() {
                return Ok(());
            }
        }
    }

    /// `batch_list`: MARK item ... APPENDS runs from an iterator (APPEND
    /// one at a time at protocol 0, or for a single item).
    fn batch_list(&self, iter: &Value, origobj: &Value) -> PyResult<()> {
        let item_note =
            |i: usize| move || format!("when serializing {} item {i}", type_name(origobj));
        let mut total = 0;
        if self.p.proto.get() == 0 {
            while let Some(item) = protocol::iternext(iter)? {
                note(self.save(&item, false), item_note(total))?;
                self.write(&[APPEND]);
                total += 1;
            }
            return Ok(());
        }
        loop {
            let Some(first) = protocol::iternext(iter)? else {
                return Ok(());
            };
            let Some(mut obj) = protocol::iternext(iter)? else {
                note(self.save(&first, false), item_note(total))?;
                self.write(&[APPEND]);
                return Ok(());
            };
            self.write(&[MARK]);
            note(self.save(&first, false), item_note(total))?;
            total += 1;
            let mut n = 1;
            loop {
                note(self.save(&obj, false), item_note(total))?;
                total += 1;
                n += 1;
                if n == BATCHSIZE {
                    break;
                }
                match protocol::iternext(iter)? {
                    Some(next) => obj = next,
                    None => break,
                }
            }
            self.write(&[APPENDS]);
            if n != BATCHSIZE {
                return Ok(());
            }
        }
    }

    fn save_dict(&self, obj: &Value) -> PyResult<()> {
        let d = obj.downcast::<Dict>().expect("dict");
        self.save_container(obj, EMPTY_DICT, b"(d", d.is_empty(), || {
            if self.p.proto.get() > 0 {
                self.batch_dict_exact(obj, d)
            } else {
                let items = protocol::call_method(obj, "items", &[])?;
                self.batch_dict(&protocol::iter(&items)?, obj)
            }
        })
    }

    fn save_pair(&self, key: &Value, value: &Value, origobj: &Value) -> PyResult<()> {
        self.save(key, false)?;
        note(self.save(value, false), || {
            let shown = protocol::repr(key)
                .map(|r| protocol::str_lossy(&r))
                .unwrap_or_default();
            format!("when serializing {} item {shown}", type_name(origobj))
        })
    }

    fn batch_dict_exact(&self, obj: &Value, d: &Dict) -> PyResult<()> {
        let size = d.len();
        if size == 1 {
            let (_, key, value) = d.entry_from(0).expect("one entry");
            self.save_pair(&key, &value, obj)?;
            self.write(&[SETITEM]);
            return Ok(());
        }
        let mut pos = 0;
        loop {
            let mut i = 0;
            self.write(&[MARK]);
            while let Some((next, key, value)) = d.entry_from(pos) {
                pos = next;
                self.save_pair(&key, &value, obj)?;
                i += 1;
                if i == BATCHSIZE {
                    break;
                }
            }
            self.write(&[SETITEMS]);
            if d.len() != size {
                return Err(ouro_objects::err::runtime_error(
                    "dictionary changed size during iteration",
                ));
            }
            if i != BATCHSIZE {
                return Ok(());
            }
        }
    }

    fn pair_of(item: &Value) -> PyResult<(Value, Value)> {
        match item.downcast::<Tuple>() {
            Some(t) if t.len() == 2 => Ok((t.as_slice()[0].clone(), t.as_slice()[1].clone())),
            _ => Err(type_error("dict items iterator must return 2-tuples")),
        }
    }

    /// `batch_dict`: MARK key value ... SETITEMS runs from an iterator of
    /// pairs.
    fn batch_dict(&self, iter: &Value, origobj: &Value) -> PyResult<()> {
        if self.p.proto.get() == 0 {
            while let Some(item) = protocol::iternext(iter)? {
                let (k, v) = Self::pair_of(&item)?;
                self.save_pair(&k, &v, origobj)?;
                self.write(&[SETITEM]);
            }
            return Ok(());
        }
        loop {
            let Some(first) = protocol::iternext(iter)? else {
                return Ok(());
            };
            let (k, v) = Self::pair_of(&first)?;
            let Some(mut obj) = protocol::iternext(iter)? else {
                self.save_pair(&k, &v, origobj)?;
                self.write(&[SETITEM]);
                return Ok(());
            };
            self.write(&[MARK]);
            self.save_pair(&k, &v, origobj)?;
            let mut n = 1;
            loop {
                let (k, v) = Self::pair_of(&obj)?;
                self.save_pair(&k, &v, origobj)?;
                n += 1;
                if n == BATCHSIZE {
                    break;
                }
                match protocol::iternext(iter)? {
                    Some(next) => obj = next,
                    None => break,
                }
            }
            self.write(&[SETITEMS]);
            if n != BATCHSIZE {
                return Ok(());
            }
        }
    }

    fn save_set(&self, obj: &Value) -> PyResult<()> {
        if self.p.proto.get() < 4 {
            let items = ouro_objects::list::List::from_vec(protocol::collect(obj)?);
            let reduce_value = [
                TypeRef::from_static(&SET_TYPE).into_value(),
                Tuple::new(vec![items]),
            ];
            return self.save_reduce(&reduce_value, obj);
        }
        self.write(&[EMPTY_SET]);
        self.memo_put(obj)?;
        let set = obj.downcast::<Set>().expect("set");
        let size = set.len();
        if size == 0 {
            return Ok(());
        }
        let mut pos = 0;
        loop {
            let mut i = 0;
            self.write(&[MARK]);
            while let Some((next, item)) = set.next_from(pos) {
                pos = next;
                note(self.save(&item, false), || {
                    format!("when serializing {} element", type_name(obj))
                })?;
                i += 1;
                if i == BATCHSIZE {
                    break;
                }
            }
            self.write(&[ADDITEMS]);
            if set.len() != size {
                return Err(ouro_objects::err::runtime_error(
                    "set changed size during iteration",
                ));
            }
            if i != BATCHSIZE {
                return Ok(());
            }
        }
    }

    fn save_frozenset(&self, obj: &Value) -> PyResult<()> {
        if self.p.fast.get() != 0 {
            self.fast_enter(obj)?;
        }
        let items = protocol::collect(obj)?;
        if self.p.proto.get() < 4 {
            let reduce_value = [
                TypeRef::from_static(&FROZENSET_TYPE).into_value(),
                Tuple::new(vec![ouro_objects::list::List::from_vec(items)]),
            ];
            return self.save_reduce(&reduce_value, obj);
        }
        self.write(&[MARK]);
        for item in &items {
            note(self.save(item, false), || {
                format!("when serializing {} element", type_name(obj))
            })?;
        }
        if self.in_memo(obj) {
            self.write(&[POP_MARK]);
            return self.memo_get(obj);
        }
        self.write(&[FROZENSET]);
        self.memo_put(obj)
    }

    /// `fix_imports`: the Python 2 names of moved modules and globals.
    fn fix_imports(&self, module: &mut Value, name: &mut Value) -> PyResult<()> {
        let key = Tuple::new(vec![module.clone(), name.clone()]);
        let names = self.st.name_mapping_3to2.downcast::<Dict>().expect("dict");
        if let Some(item) = names.get_item_opt(&key)? {
            let pair = item
                .downcast::<Tuple>()
                .filter(|t| t.len() == 2)
                .ok_or_else(|| {
                    ouro_objects::err::runtime_error(format!(
                        "_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not {}",
                        type_name(&item)
                    ))
                })?;
            let (m, n) = (&pair.as_slice()[0], &pair.as_slice()[1]);
            if m.downcast::<PyStr>().is_none() || n.downcast::<PyStr>().is_none() {
                return Err(ouro_objects::err::runtime_error(format!(
                    "_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not ({}, {})",
                    type_name(m),
                    type_name(n)
                )));
            }
            *module = m.clone();
            *name = n.clone();
            return Ok(());
        }
        let imports = self
            .st
            .import_mapping_3to2
            .downcast::<Dict>()
            .expect("dict");
        if let Some(item) = imports.get_item_opt(module)? {
            if item.downcast::<PyStr>().is_none() {
                return Err(ouro_objects::err::runtime_error(format!(
                    "_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not {}",
                    type_name(&item)
                )));
            }
            *module = item;
        }
        Ok(())
    }

    fn save_global(&self, obj: &Value, name: Option<&Value>) -> PyResult<()> {
        let mut global_name = match name {
            Some(n) => n.clone(),
            None => match protocol::getattr_opt(obj, &intern("__qualname__"))? {
                Some(q) => q,
                None => protocol::getattr_str(obj, "__name__")?,
            },
        };
        let dotted_path = dotted_path(&global_name)?;
        let mut module_name = self.whichmodule(obj, &global_name, &dotted_path)?;
        let proto = self.p.proto.get();
        if proto >= 2 {
            let key = Tuple::new(vec![module_name.clone(), global_name.clone()]);
            let registry = self.st.extension_registry.downcast::<Dict>().expect("dict");
            if let Some(code) = registry.get_item_opt(&key)? {
                let code = int::to_i64(&protocol::index(&code)?).unwrap_or(-1);
                if code <= 0 || code > 0x7fff_ffff {
                    return Err(ouro_objects::err::runtime_error(format!(
                        "extension code {code} is out of range"
                    )));
                }
                let b = (code as u32).to_le_bytes();
                if code <= 0xff {
                    self.write(&[EXT1, b[0]]);
                } else if code <= 0xffff {
                    self.write(&[EXT2, b[0], b[1]]);
                } else {
                    self.write(&[EXT4, b[0], b[1], b[2], b[3]]);
                }
                return Ok(());
            }
        }
        if proto >= 4 {
            self.save(&module_name, false)?;
            self.save(&global_name, false)?;
            self.write(&[STACK_GLOBAL]);
        } else {
            // Nested names become getattr(getattr(module.first, a), b).
            if dotted_path.len() > 1 {
                global_name = dotted_path[0].clone();
            }
            for _ in 1..dotted_path.len() {
                self.save(&self.st.getattr, false)?;
                if proto < 2 {
                    self.write(&[MARK]);
                }
            }
            self.write(&[GLOBAL]);
            if self.p.fix_imports.get() {
                self.fix_imports(&mut module_name, &mut global_name)?;
            }
            for (what, text) in [("module", &module_name), ("global", &global_name)] {
                let encoded = ascii_or_utf8(text, proto == 3).map_err(|()| {
                    let cause = ouro_objects::err::PyErr::new(
                        &exceptions::UNICODE_ENCODE_ERROR,
                        format!("can't encode {what} identifier"),
                    );
                    let shown = protocol::repr(text)
                        .map(|r| protocol::str_lossy(&r))
                        .unwrap_or_default();
                    chained(
                        self.pickling_error(format!(
                            "can't pickle {what} identifier {shown} using pickle protocol {proto}"
                        )),
                        cause,
                    )
                })?;
                self.write(&encoded);
                self.write(b"\n");
            }
            let tuple_op = if proto < 2 { TUPLE } else { TUPLE2 };
            for part in &dotted_path[1..] {
                self.save(part, false)?;
                self.write(&[tuple_op, REDUCE]);
            }
        }
        self.memo_put(obj)
    }

    /// `whichmodule`: `__module__`, or the module of `sys.modules` holding
    /// the object; checked by importing it and walking the dotted path.
    fn whichmodule(&self, global: &Value, global_name: &Value, dotted: &[Value]) -> PyResult {
        if dotted
            .iter()
            .any(|p| p.downcast::<PyStr>().is_some_and(|s| s.eq_rust("<locals>")))
        {
            return Err(self.pickling_error(format!(
                "Can't pickle local object {}",
                protocol::repr_string(global)?
            )));
        }
        let module_name = match protocol::getattr_opt(global, &intern("__module__"))? {
            Some(m) if !is_none(&m) => m,
            _ => self.search_modules(global, dotted)?,
        };
        let module = match protocol::import_module(&protocol::str_lossy(&module_name)) {
            Ok(m) => m,
            Err(e) if e.matches(&IMPORT_ERROR) || e.matches(&VALUE_ERROR) => {
                let shown = protocol::str_string(e.value()).unwrap_or_default();
                let err = self.pickling_error(format!(
                    "Can't pickle {}: {shown}",
                    protocol::repr_string(global)?
                ));
                return Err(chained(err, e));
            }
            Err(e) => return Err(e),
        };
        let actual = match getattribute(&module, dotted) {
            Ok(a) => a,
            Err(e) if e.matches(&ATTRIBUTE_ERROR) => {
                let err = self.pickling_error(format!(
                    "Can't pickle {}: it's not found as {}.{}",
                    protocol::repr_string(global)?,
                    protocol::str_lossy(&module_name),
                    protocol::str_lossy(global_name)
                ));
                return Err(chained(err, e));
            }
            Err(e) => return Err(e),
        };
        if !actual.is(global) {
            return Err(self.pickling_error(format!(
                "Can't pickle {}: it's not the same object as {}.{}",
                protocol::repr_string(global)?,
                protocol::str_lossy(&module_name),
                protocol::str_lossy(global_name)
            )));
        }
        Ok(module_name)
    }

    /// The first module of `sys.modules` (but `__main__`) whose dotted path
    /// leads to `global`, else `__main__`.
    fn search_modules(&self, global: &Value, dotted: &[Value]) -> PyResult {
        let sys = protocol::import_module("sys")?;
        let modules = protocol::getattr_str(&sys, "modules")?;
        let names = protocol::collect(&modules)?;
        for name in names {
            let module = protocol::getitem(&modules, &name)?;
            if is_none(&module)
                || name
                    .downcast::<PyStr>()
                    .is_some_and(|s| s.eq_rust("__main__"))
            {
                continue;
            }
            let found = dotted_optional(&module, dotted)?;
            if found.is_some_and(|c| c.is(global)) {
                // CPython's sys.modules keys for built-in modules are the
                // interned names its static types give as `__module__`.
                return Ok(ouro_objects::str::intern_value(&name));
            }
        }
        Ok(PyStr::new("__main__"))
    }

    /// `save_type`: the singletons' types reduce to `type(singleton)`.
    fn save_type(&self, obj: &Value) -> PyResult<()> {
        let singleton = if obj.is_static(&NONE_TYPE) {
            Some(none::none())
        } else if obj.is_static(&none::ELLIPSIS_TYPE) {
            Some(none::ellipsis())
        } else if obj.is_static(&none::NOT_IMPLEMENTED_TYPE) {
            Some(none::not_implemented())
        } else {
            None
        };
        match singleton {
            Some(s) => {
                let reduce_value = [
                    TypeRef::from_static(&TYPE_TYPE).into_value(),
                    Tuple::new(vec![s]),
                ];
                self.save_reduce(&reduce_value, obj)
            }
            None => self.save_global(obj, None),
        }
    }

    /// `save_pers`: whether `persistent_id(obj)` gave an id, which is then
    /// written instead of the object.
    fn save_pers(&self, obj: &Value) -> PyResult<bool> {
        let func = self.persistent_id.as_ref().expect("persistent_id");
        let pid = protocol::call1(func, obj.clone())?;
        if is_none(&pid) {
            return Ok(false);
        }
        if self.p.is_bin() {
            self.save(&pid, true)?;
            self.write(&[BINPERSID]);
        } else {
            let text = protocol::str(&pid)?;
            let Some(ascii) = text.downcast::<PyStr>().and_then(|s| s.as_ascii_str()) else {
                return Err(
                    self.pickling_error("persistent IDs in protocol 0 must be ASCII strings")
                );
            };
            let mut data = vec![PERSID];
            data.extend(ascii.as_bytes());
            data.push(b'\n');
            self.write(&data);
        }
        Ok(true)
    }

    /// `save_reduce`: the 2 to 6 items `__reduce__` returned, with NEWOBJ
    /// and NEWOBJ_EX for `copyreg.__newobj__`/`__newobj_ex__` callables.
    fn save_reduce(&self, args: &[Value], obj: &Value) -> PyResult<()> {
        if !(2..=6).contains(&args.len()) {
            return Err(self
                .pickling_error("tuple returned by __reduce__ must contain 2 through 6 elements"));
        }
        let callable = &args[0];
        let argtup = &args[1];
        let item = |i: usize| args.get(i).filter(|v| !is_none(v));
        let (state, listitems, dictitems, state_setter) = (item(2), item(3), item(4), item(5));
        if !is_callable(callable) {
            return Err(self.pickling_error(format!(
                "first item of the tuple returned by __reduce__ must be callable, not {}",
                type_name(callable)
            )));
        }
        let Some(argtuple) = argtup.downcast::<Tuple>() else {
            return Err(self.pickling_error(format!(
                "second item of the tuple returned by __reduce__ must be a tuple, not {}",
                type_name(argtup)
            )));
        };
        for (v, which) in [(listitems, "fourth"), (dictitems, "fifth")] {
            if let Some(v) = v
                && v.type_obj().payload().slots.iternext.get().is_none()
            {
                return Err(self.pickling_error(format!(
                    "{which} item of the tuple returned by __reduce__ must be an iterator, not {}",
                    type_name(v)
                )));
            }
        }
        if let Some(setter) = state_setter
            && !is_callable(setter)
        {
            return Err(self.pickling_error(format!(
                "sixth item of the tuple returned by __reduce__ must be callable, not {}",
                type_name(setter)
            )));
        }
        let (mut use_newobj, mut use_newobj_ex) = (false, false);
        if self.p.proto.get() >= 2
            && let Some(name) = protocol::getattr_opt(callable, &intern("__name__"))?
            && let Some(name) = name.downcast::<PyStr>()
        {
            use_newobj_ex = name.eq_rust("__newobj_ex__");
            use_newobj = !use_newobj_ex && name.eq_rust("__newobj__");
        }
        let tn = || type_name(obj);
        if use_newobj_ex {
            self.save_newobj_ex(argtuple.as_slice(), obj)?;
        } else if use_newobj {
            let items = argtuple.as_slice();
            let Some(cls) = items.first() else {
                return Err(self.pickling_error(format!(
                    "__newobj__ expected at least 1 argument, got {}",
                    items.len()
                )));
            };
            if TypeRef::from_value(cls).is_none() {
                return Err(self.pickling_error(format!(
                    "first argument to __newobj__() must be a class, not {}",
                    type_name(cls)
                )));
            }
            let obj_class = protocol::getattr_opt(obj, &intern("__class__"))?
                .unwrap_or_else(|| obj.type_value());
            if !obj_class.is(cls) {
                return Err(self.pickling_error(format!(
                    "first argument to __newobj__() must be {}, not {}",
                    protocol::repr_string(&obj_class)?,
                    protocol::repr_string(cls)?
                )));
            }
            note(self.save(cls, false), || {
                format!("when serializing {} class", tn())
            })?;
            note(self.save(&Tuple::from_slice(&items[1..]), false), || {
                format!("when serializing {} __new__ arguments", tn())
            })?;
            self.write(&[NEWOBJ]);
        } else {
            note(self.save(callable, false), || {
                format!("when serializing {} reconstructor", tn())
            })?;
            note(self.save(argtup, false), || {
                format!("when serializing {} reconstructor arguments", tn())
            })?;
            self.write(&[REDUCE]);
        }
        if self.in_memo(obj) {
            // The reconstruction refers to obj itself: drop what was built
            // and fetch the memoized object.
            self.write(&[POP]);
            return self.memo_get(obj);
        }
        self.memo_put(obj)?;
        if let Some(items) = listitems {
            self.batch_list(items, obj)?;
        }
        if let Some(items) = dictitems {
            self.batch_dict(items, obj)?;
        }
        if let Some(state) = state {
            match state_setter {
                None => {
                    note(self.save(state, false), || {
                        format!("when serializing {} state", tn())
                    })?;
                    self.write(&[BUILD]);
                }
                Some(setter) => {
                    note(self.save(setter, false), || {
                        format!("when serializing {} state setter", tn())
                    })?;
                    self.save(obj, false)?;
                    note(self.save(state, false), || {
                        format!("when serializing {} state", tn())
                    })?;
                    self.write(&[TUPLE2, REDUCE, POP]);
                }
            }
        }
        Ok(())
    }

    fn save_newobj_ex(&self, items: &[Value], obj: &Value) -> PyResult<()> {
        if items.len() != 3 {
            return Err(self.pickling_error(format!(
                "__newobj_ex__ expected 3 arguments, got {}",
                items.len()
            )));
        }
        let (cls, args, kwargs) = (&items[0], &items[1], &items[2]);
        if TypeRef::from_value(cls).is_none() {
            return Err(self.pickling_error(format!(
                "first argument to __newobj_ex__() must be a class, not {}",
                type_name(cls)
            )));
        }
        let Some(args_tuple) = args.downcast::<Tuple>() else {
            return Err(self.pickling_error(format!(
                "second argument to __newobj_ex__() must be a tuple, not {}",
                type_name(args)
            )));
        };
        let Some(kw) = kwargs.downcast::<Dict>() else {
            return Err(self.pickling_error(format!(
                "third argument to __newobj_ex__() must be a dict, not {}",
                type_name(kwargs)
            )));
        };
        let tn = || type_name(obj);
        if self.p.proto.get() >= 4 {
            note(self.save(cls, false), || {
                format!("when serializing {} class", tn())
            })?;
            note(
                self.save(args, false)
                    .and_then(|()| self.save(kwargs, false)),
                || format!("when serializing {} __new__ arguments", tn()),
            )?;
            self.write(&[NEWOBJ_EX]);
            return Ok(());
        }
        // Protocols 2 and 3: partial(cls.__new__, cls, *args, **kwargs)().
        let mut call_args = vec![protocol::getattr_str(cls, "__new__")?, cls.clone()];
        call_args.extend(args_tuple.iter().cloned());
        let mut names = Vec::new();
        for (k, v) in kw.items() {
            call_args.push(v);
            names.push(k);
        }
        let kwnames = (!names.is_empty()).then(|| Tuple::new(names));
        let callable = protocol::call(&self.st.partial, &call_args, kwnames.as_ref())?;
        note(
            self.save(&callable, false)
                .and_then(|()| self.save(&Tuple::empty(), false)),
            || format!("when serializing {} reconstructor", tn()),
        )?;
        self.write(&[REDUCE]);
        Ok(())
    }
}

/// `get_dotted_path`: the name split on dots.
pub(crate) fn dotted_path(name: &Value) -> PyResult<Vec<Value>> {
    let Some(s) = name.downcast::<PyStr>() else {
        return Err(type_error(format!("must be str, not {}", type_name(name))));
    };
    let cps = s.code_points();
    Ok(cps
        .split(|&c| c == u32::from('.'))
        .map(PyStr::from_cps)
        .collect())
}

/// `getattribute(obj, names, 1)`: walks the dotted path.
pub(crate) fn getattribute(obj: &Value, names: &[Value]) -> PyResult {
    let mut cur = obj.clone();
    for name in names {
        cur = protocol::getattr(&cur, name)?;
    }
    Ok(cur)
}

fn dotted_optional(obj: &Value, names: &[Value]) -> PyResult<Option<Value>> {
    let mut cur = obj.clone();
    for name in names {
        match protocol::getattr_opt(&cur, name)? {
            Some(next) => cur = next,
            None => return Ok(None),
        }
    }
    Ok(Some(cur))
}
