//! `_pickle.Unpickler` (its input from bytes or a file, the value and mark stacks, the memo, `load`, `find_class`, `persistent_load`), `UnpicklerMemoProxy` and the module's `load`/`loads`; mirrors the Unpickler parts of Modules/_pickle.c.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::exceptions::EOF_ERROR;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{Ref, TypeRef, Value, builtin_type, bytes, int, protocol};

use super::{error, reduce_to_dict, state, type_name};

/// The objects loaded so far by memo index (`PUT`, `MEMOIZE`), with how
/// many slots are filled (`memo_len`, where MEMOIZE stores next).
#[derive(Default, Clone)]
pub(crate) struct Memo {
    slots: Vec<Option<Value>>,
    /// Indices far past the dense slots: a malformed (or hand-made) pickle's `LONG_BINPUT 0xffffffff`
    /// must not allocate a slot for every index below it.
    far: BTreeMap<usize, Value>,
    filled: usize,
}

/// How far past the dense slots an index may land and still grow them.
const MEMO_DENSE_SLACK: usize = 1 << 16;

impl Memo {
    /// `_Unpickler_NewMemo(size)`: `size` empty slots.
    fn empty(size: usize) -> Memo {
        Memo {
            slots: vec![None; size],
            far: BTreeMap::new(),
            filled: 0,
        }
    }

    fn put(&mut self, idx: usize, v: Value) {
        let replaced = if idx < self.slots.len() {
            self.slots[idx].replace(v)
        } else if idx - self.slots.len() < MEMO_DENSE_SLACK.max(self.slots.len()) {
            self.slots.resize(idx + 1, None);
            self.slots[idx].replace(v)
        } else {
            self.far.insert(idx, v)
        };
        if replaced.is_none() {
            self.filled += 1;
        }
    }

    fn get(&self, idx: usize) -> Option<Value> {
        match self.slots.get(idx) {
            Some(slot) => slot.clone(),
            None => self.far.get(&idx).cloned(),
        }
    }

    /// The filled entries in index order.
    fn entries(&self) -> Vec<(usize, Value)> {
        let dense = self.slots.iter().enumerate();
        let dense = dense.filter_map(|(i, slot)| Some((i, slot.clone()?)));
        dense
            .chain(self.far.iter().map(|(&i, v)| (i, v.clone())))
            .collect()
    }
}

pub struct Unpickler {
    /// Bytes given to `loads`, or the last chunk read from the file.
    pub(crate) input: RefCell<Vec<u8>>,
    pub(crate) pos: Cell<usize>,
    pub(crate) read: RefCell<Option<Value>>,
    pub(crate) readline: RefCell<Option<Value>>,
    readinto: RefCell<Option<Value>>,
    pub(crate) stack: RefCell<Vec<Value>>,
    /// Stack heights at each MARK not yet consumed.
    pub(crate) marks: RefCell<Vec<usize>>,
    pub(crate) memo: RefCell<Memo>,
    pub(crate) proto: Cell<u8>,
    pub(crate) fix_imports: Cell<bool>,
    pub(crate) encoding: RefCell<String>,
    pub(crate) errors: RefCell<String>,
    /// An iterator over the out-of-band buffers.
    pub(crate) buffers: RefCell<Option<Value>>,
    persistent_load_attr: RefCell<Option<Value>>,
    /// `__init__` ran (or `loads` set the input up).
    pub(crate) ready: Cell<bool>,
}

impl Unpickler {
    fn new() -> Unpickler {
        Unpickler {
            input: RefCell::new(Vec::new()),
            pos: Cell::new(0),
            read: RefCell::new(None),
            readline: RefCell::new(None),
            readinto: RefCell::new(None),
            stack: RefCell::new(Vec::new()),
            marks: RefCell::new(Vec::new()),
            memo: RefCell::new(Memo::default()),
            proto: Cell::new(0),
            fix_imports: Cell::new(true),
            encoding: RefCell::new("ASCII".into()),
            errors: RefCell::new("strict".into()),
            buffers: RefCell::new(None),
            persistent_load_attr: RefCell::new(None),
            ready: Cell::new(false),
        }
    }

    /// The options every entry point takes after the input.
    fn configure(
        &self,
        fix_imports: Option<Value>,
        encoding: Option<Value>,
        errors: Option<Value>,
        buffers: Option<Value>,
        fname: &str,
    ) -> PyResult<()> {
        self.fix_imports.set(super::flag(fix_imports, true)?);
        let text = |v: Option<Value>, name: &str, default: &str| -> PyResult<String> {
            match v {
                None => Ok(default.into()),
                Some(v) => v
                    .downcast::<PyStr>()
                    .map(PyStr::to_string_lossy)
                    .ok_or_else(|| {
                        type_error(format!(
                            "{fname}() argument '{name}' must be str, not {}",
                            ouro_objects::args::arg_type_name(&v)
                        ))
                    }),
            }
        };
        *self.encoding.borrow_mut() = text(encoding, "encoding", "ASCII")?;
        *self.errors.borrow_mut() = text(errors, "errors", "strict")?;
        *self.buffers.borrow_mut() = match buffers {
            Some(b) if !is_none(&b) => Some(protocol::iter(&b)?),
            _ => None,
        };
        *self.memo.borrow_mut() = Memo::default();
        self.proto.set(0);
        Ok(())
    }

    fn set_input_file(&self, file: &Value) -> PyResult<()> {
        let read = protocol::getattr_opt(file, &PyStr::new("read"))?;
        let readline = protocol::getattr_opt(file, &PyStr::new("readline"))?;
        if read.is_none() || readline.is_none() {
            return Err(type_error(
                "file must have 'read' and 'readline' attributes",
            ));
        }
        *self.readinto.borrow_mut() = protocol::getattr_opt(file, &PyStr::new("readinto"))?;
        *self.read.borrow_mut() = read;
        *self.readline.borrow_mut() = readline;
        self.input.borrow_mut().clear();
        self.pos.set(0);
        Ok(())
    }

    fn truncated(&self) -> PyResult<PyErr> {
        Ok(error(
            &state()?.unpickling_error,
            "pickle data was truncated",
        ))
    }

    fn file_bytes(&self, data: Value) -> PyResult<Vec<u8>> {
        bytes::as_bytes_like(&data).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                protocol::type_name(&data)
            ))
        })
    }

    /// `_Unpickler_Read`: the next `n` bytes from the buffer or, when it
    /// has fewer, from one `read(n)` of the file whose result becomes the
    /// buffer (what was left unread in the old one is dropped, as in C).
    pub(crate) fn read_bytes(&self, n: usize) -> PyResult<Vec<u8>> {
        let pos = self.pos.get();
        {
            let input = self.input.borrow();
            if let Some(data) = input.get(pos..pos.saturating_add(n)) {
                let data = data.to_vec();
                self.pos.set(pos + n);
                return Ok(data);
            }
        }
        let read = self.read.borrow().clone();
        let Some(read) = read else {
            return Err(self.truncated()?);
        };
        let data = self.file_bytes(protocol::call1(&read, int::from_usize(n))?)?;
        if data.len() < n {
            return Err(self.truncated()?);
        }
        let wanted = data[..n].to_vec();
        *self.input.borrow_mut() = data;
        self.pos.set(n);
        Ok(wanted)
    }

    /// One byte (an opcode, a one-byte argument) without the copy of
    /// `read_bytes`.
    pub(crate) fn read_byte(&self) -> PyResult<u8> {
        let pos = self.pos.get();
        let buffered = self.input.borrow().get(pos).copied();
        match buffered {
            Some(b) => {
                self.pos.set(pos + 1);
                Ok(b)
            }
            None => Ok(self.read_bytes(1)?[0]),
        }
    }

    /// `_Unpickler_ReadInto`: a payload of `n` bytes, first from the
    /// buffer, the rest straight from the file (`readinto`, else `read`).
    pub(crate) fn read_payload(&self, n: usize) -> PyResult<Vec<u8>> {
        let mut data = {
            let input = self.input.borrow();
            let pos = self.pos.get().min(input.len());
            let take = (input.len() - pos).min(n);
            self.pos.set(pos + take);
            input[pos..pos + take].to_vec()
        };
        let missing = n - data.len();
        if missing == 0 {
            return Ok(data);
        }
        let read = self.read.borrow().clone();
        let Some(read) = read else {
            return Err(self.truncated()?);
        };
        let readinto = self.readinto.borrow().clone();
        let chunk = match readinto {
            Some(readinto) => {
                let buf = ouro_objects::bytearray::new(vec![0; missing]);
                let view = ouro_objects::memoryview::from_object(&buf)?;
                let got = protocol::index_as_isize(&protocol::call1(&readinto, view)?)?;
                if got < 0 {
                    return Err(value_error("readinto() returned negative size"));
                }
                if (got as usize) < missing {
                    return Err(self.truncated()?);
                }
                bytes::as_bytes_like(&buf).unwrap_or_default()
            }
            None => {
                let chunk = protocol::call1(&read, int::from_usize(missing))?;
                let Some(b) = chunk.downcast_exact::<ouro_objects::bytes::Bytes>() else {
                    return Err(value_error(format!(
                        "read() returned non-bytes object ({})",
                        protocol::repr_string(&chunk.type_value())?
                    )));
                };
                if b.0.len() < missing {
                    return Err(self.truncated()?);
                }
                b.0[..missing].to_vec()
            }
        };
        data.extend_from_slice(&chunk[..missing]);
        Ok(data)
    }

    /// `_Unpickler_Readline`: a line with its newline, from the buffer or
    /// from one `readline()` of the file, which becomes the buffer.
    pub(crate) fn read_line(&self) -> PyResult<Vec<u8>> {
        let pos = self.pos.get();
        {
            let input = self.input.borrow();
            if let Some(i) = input
                .get(pos..)
                .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
            {
                let line = input[pos..pos + i + 1].to_vec();
                self.pos.set(pos + i + 1);
                return Ok(line);
            }
        }
        let readline = self.readline.borrow().clone();
        let Some(readline) = readline else {
            return Err(self.truncated()?);
        };
        let line = self.file_bytes(protocol::call0(&readline)?)?;
        if line.last() != Some(&b'\n') {
            return Err(self.truncated()?);
        }
        *self.input.borrow_mut() = line.clone();
        self.pos.set(line.len());
        Ok(line)
    }

    /// A FRAME's contents become the buffer (already there for `loads`).
    pub(crate) fn load_frame_data(&self, n: usize) -> PyResult<()> {
        let available = self.input.borrow().len() - self.pos.get().min(self.input.borrow().len());
        if available >= n {
            return Ok(());
        }
        let data = self.read_bytes(n)?;
        *self.input.borrow_mut() = data;
        self.pos.set(0);
        Ok(())
    }

    pub(crate) fn fence(&self) -> usize {
        self.marks.borrow().last().copied().unwrap_or(0)
    }

    pub(crate) fn underflow(&self) -> PyResult<PyErr> {
        let msg = if self.marks.borrow().is_empty() {
            "unpickling stack underflow"
        } else {
            "unexpected MARK found"
        };
        Ok(error(&state()?.unpickling_error, msg))
    }

    pub(crate) fn push(&self, v: Value) {
        self.stack.borrow_mut().push(v);
    }

    /// `PDATA_POP`.
    pub(crate) fn pop(&self) -> PyResult<Value> {
        let fence = self.fence();
        let mut stack = self.stack.borrow_mut();
        if stack.len() <= fence {
            drop(stack);
            return Err(self.underflow()?);
        }
        Ok(stack.pop().expect("non-empty"))
    }

    /// `Pdata_poptuple`/`Pdata_poplist`: the items from `start` up.
    pub(crate) fn pop_from(&self, start: usize) -> PyResult<Vec<Value>> {
        if start < self.fence() {
            return Err(self.underflow()?);
        }
        let mut stack = self.stack.borrow_mut();
        let start = start.min(stack.len());
        Ok(stack.split_off(start))
    }

    /// `marker`: pops the top MARK, giving the stack height it recorded.
    pub(crate) fn marker(&self) -> PyResult<usize> {
        let mark = self.marks.borrow_mut().pop();
        match mark {
            Some(m) => Ok(m),
            None => Err(error(&state()?.unpickling_error, "could not find MARK")),
        }
    }

    pub(crate) fn memo_put(&self, idx: usize, v: Value) {
        self.memo.borrow_mut().put(idx, v);
    }

    pub(crate) fn memo_len(&self) -> usize {
        self.memo.borrow().filled
    }

    pub(crate) fn memo_get(&self, idx: usize) -> PyResult<Value> {
        let found = self.memo.borrow().get(idx);
        match found {
            Some(v) => Ok(v),
            None => Err(error(
                &state()?.unpickling_error,
                format!("Memo value not found at index {idx}"),
            )),
        }
    }
}

fn this(v: &Value) -> &Unpickler {
    v.downcast::<Unpickler>().expect("Unpickler")
}

fn unpickler_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(ty, Unpickler::new()))
}

const OPTION_NAMES: [&str; 5] = ["file", "fix_imports", "encoding", "errors", "buffers"];

fn unpickler_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [file, fix_imports, encoding, errors, buffers] =
        Args::new(args, kwnames).parse("Unpickler", OPTION_NAMES, 0, 1, 1)?;
    let u = this(v);
    if u.ready.get() {
        // A second `__init__` starts over (`Unpickler_clear`).
        *u.persistent_load_attr.borrow_mut() = None;
        *u.read.borrow_mut() = None;
        *u.readline.borrow_mut() = None;
    }
    u.set_input_file(&file.expect("required"))?;
    u.configure(fix_imports, encoding, errors, buffers, "Unpickler")?;
    u.stack.borrow_mut().clear();
    u.marks.borrow_mut().clear();
    u.ready.set(true);
    Ok(())
}

fn unpickler_load(v: &Value, args: Args) -> PyResult {
    if !args.positional().is_empty() || args.kw_count() > 0 {
        return Err(type_error("load() takes no arguments"));
    }
    if !this(v).ready.get() {
        return Err(error(
            &state()?.unpickling_error,
            format!(
                "Unpickler.__init__() was not called by {}.__init__()",
                type_name(v)
            ),
        ));
    }
    load_value(v)
}

/// `load()`: runs opcodes until STOP; a missing first byte is EOFError.
fn load_value(v: &Value) -> PyResult {
    let u = this(v);
    let st = state()?;
    u.marks.borrow_mut().clear();
    u.stack.borrow_mut().clear();
    u.proto.set(0);
    let persistent_load = protocol::getattr_str(v, "persistent_load")?;
    let loader = super::load::Loader {
        u,
        this: v,
        st: &st,
        persistent_load,
    };
    loop {
        let op = match u.read_byte() {
            Ok(b) => b,
            Err(e) if super::err_is(&e, &st.unpickling_error) => {
                return Err(PyErr::new(&EOF_ERROR, "Ran out of input"));
            }
            Err(e) => return Err(e),
        };
        if !loader.dispatch(op)? {
            break;
        }
    }
    u.pop()
}

fn unpickler_find_class(v: &Value, args: Args) -> PyResult {
    let [module_name, global_name] = args
        .parse("find_class", ["module_name", "global_name"], 2, 2, 2)?
        .map(|v| v.expect("required"));
    let u = this(v);
    let st = state()?;
    let sys = protocol::import_module("sys")?;
    protocol::call(
        &protocol::getattr_str(&sys, "audit")?,
        &[
            PyStr::new("pickle.find_class"),
            module_name.clone(),
            global_name.clone(),
        ],
        None,
    )?;
    let (mut module_name, mut global_name) = (module_name, global_name);
    if u.proto.get() < 3 && u.fix_imports.get() {
        let key = Tuple::new(vec![module_name.clone(), global_name.clone()]);
        let names = st.name_mapping_2to3.downcast::<Dict>().expect("dict");
        if let Some(item) = names.get_item_opt(&key)? {
            let pair = item
                .downcast::<Tuple>()
                .filter(|t| t.len() == 2)
                .ok_or_else(|| {
                    ouro_objects::err::runtime_error(format!(
                        "_compat_pickle.NAME_MAPPING values should be 2-tuples, not {}",
                        type_name(&item)
                    ))
                })?;
            let (m, n) = (&pair.as_slice()[0], &pair.as_slice()[1]);
            if m.downcast::<PyStr>().is_none() || n.downcast::<PyStr>().is_none() {
                return Err(ouro_objects::err::runtime_error(format!(
                    "_compat_pickle.NAME_MAPPING values should be pairs of str, not ({}, {})",
                    type_name(m),
                    type_name(n)
                )));
            }
            module_name = m.clone();
            global_name = n.clone();
        } else {
            let imports = st.import_mapping_2to3.downcast::<Dict>().expect("dict");
            if let Some(item) = imports.get_item_opt(&module_name)? {
                if item.downcast::<PyStr>().is_none() {
                    return Err(ouro_objects::err::runtime_error(format!(
                        "_compat_pickle.IMPORT_MAPPING values should be strings, not {}",
                        type_name(&item)
                    )));
                }
                module_name = item;
            }
        }
    }
    let module = import(&module_name)?;
    if u.proto.get() >= 4 {
        let dotted = super::save::dotted_path(&global_name)?;
        return match super::save::getattribute(&module, &dotted) {
            Err(e) if dotted.len() > 1 => {
                let err = PyErr::new(
                    &ouro_objects::exceptions::ATTRIBUTE_ERROR,
                    format!(
                        "Can't resolve path {} on module {}",
                        protocol::repr_string(&global_name)?,
                        protocol::repr_string(&module_name)?
                    ),
                );
                Err(super::chained(err, e))
            }
            r => r,
        };
    }
    protocol::getattr(&module, &global_name)
}

/// `PyImport_Import` of a module named by a str.
fn import(name: &Value) -> PyResult {
    let Some(text) = name.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "module name must be str, not {}",
            type_name(name)
        )));
    };
    protocol::import_module(&text.to_string_lossy())
}

fn unpickler_persistent_load(_v: &Value, args: Args) -> PyResult {
    args.one("persistent_load")?;
    Err(error(
        &state()?.unpickling_error,
        "A load persistent id instruction was encountered, but no persistent_load function was specified.",
    ))
}

fn unpickler_sizeof(v: &Value, args: Args) -> PyResult {
    args.none("__sizeof__")?;
    let u = this(v);
    let size = std::mem::size_of::<Unpickler>()
        + u.memo.borrow().slots.capacity() * std::mem::size_of::<Option<Value>>()
        + u.marks.borrow().capacity() * std::mem::size_of::<usize>()
        + u.encoding.borrow().len()
        + u.errors.borrow().len()
        + 2;
    Ok(int::from_usize(size))
}

fn is_name(name: &Value, expected: &str) -> bool {
    name.downcast::<PyStr>()
        .is_some_and(|s| s.eq_rust(expected))
}

fn unpickler_getattro(v: &Value, name: &Value) -> PyResult {
    if is_name(name, "persistent_load")
        && let Some(attr) = this(v).persistent_load_attr.borrow().clone()
    {
        return Ok(attr);
    }
    protocol::generic_getattr(v, name)
}

fn unpickler_setattro(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    if is_name(name, "persistent_load") {
        *this(v).persistent_load_attr.borrow_mut() = value.cloned();
        return Ok(());
    }
    protocol::generic_setattr(v, name, value)
}

fn memo_get(v: &Value) -> PyResult {
    Ok(Ref::new(UnpicklerMemoProxy {
        unpickler: v.clone(),
    })
    .into_value())
}

fn memo_set(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(type_error("attribute deletion is not supported"));
    };
    let memo = if let Some(proxy) = value.downcast_exact::<UnpicklerMemoProxy>() {
        this(&proxy.unpickler).memo.borrow().clone()
    } else if let Some(d) = value.downcast::<Dict>() {
        // CPython checks the keys but stores the values in the memo it then
        // replaces with an empty one of the dict's size: the memo ends up
        // empty, and so it does here.
        for (key, _) in d.items() {
            if !int::is_int(&key) {
                return Err(type_error("memo key must be integers"));
            }
            if protocol::index_as_isize(&key)? < 0 {
                return Err(value_error("memo key must be positive integers."));
            }
        }
        Memo::empty(d.len())
    } else {
        return Err(type_error(format!(
            "'memo' attribute must be an UnpicklerMemoProxy object or dict, not {}",
            type_name(value)
        )));
    };
    *this(v).memo.borrow_mut() = memo;
    Ok(())
}

static UNPICKLER_METHODS: [MethodDef; 4] = [
    MethodDef::new(
        "persistent_load",
        unpickler_persistent_load,
        "persistent_load($self, pid, /)\n--\n\n",
    ),
    MethodDef::new(
        "load",
        unpickler_load,
        "load($self, /)\n--\n\nLoad a pickle.\n\nRead a pickled object representation from the open file object given\nin the constructor, and return the reconstituted object hierarchy\nspecified therein.",
    ),
    MethodDef::new(
        "find_class",
        unpickler_find_class,
        "find_class($self, module_name, global_name, /)\n--\n\nReturn an object from a specified module.\n\nIf necessary, the module will be imported. Subclasses may override\nthis method (e.g. to restrict unpickling of arbitrary classes and\nfunctions).\n\nThis method is called whenever a class or a function object is\nneeded.  Both arguments passed are str objects.",
    ),
    MethodDef::new(
        "__sizeof__",
        unpickler_sizeof,
        "__sizeof__($self, /)\n--\n\nReturns size in memory, in bytes.",
    ),
];

builtin_type!(pub static UNPICKLER_TYPE: Unpickler = TypeSpec {
    name: "_pickle.Unpickler",
    doc: Some("Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict',\n          buffers=())\n--\n\nThis takes a binary file for reading a pickle data stream.\n\nThe protocol version of the pickle is detected automatically, so no\nprotocol argument is needed.  Bytes past the pickled object's\nrepresentation are ignored.\n\nThe argument *file* must have two methods, a read() method that takes\nan integer argument, and a readline() method that requires no\narguments.  Both methods should return bytes.  Thus *file* can be a\nbinary file object opened for reading, an io.BytesIO object, or any\nother custom object that meets this interface.\n\nOptional keyword arguments are *fix_imports*, *encoding* and *errors*,\nwhich are used to control compatibility support for pickle stream\ngenerated by Python 2.  If *fix_imports* is True, pickle will try to\nmap the old Python 2 names to the new names used in Python 3.  The\n*encoding* and *errors* tell pickle how to decode 8-bit string\ninstances pickled by Python 2; these default to 'ASCII' and 'strict',\nrespectively.  The *encoding* can be 'bytes' to read these 8-bit\nstring instances as bytes objects."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs {
        getattro: Some(unpickler_getattro),
        setattro: Some(unpickler_setattro),
        new: Some(unpickler_new),
        init: Some(unpickler_init),
        ..SlotDefs::NONE
    },
    methods: &UNPICKLER_METHODS,
    getsets: &[GetSetDef::with_setter("memo", memo_get, memo_set)],
    ..TypeSpec::DEFAULT
});

/// `unpickler.memo`: a view of the memo as `{index: obj}`.
pub struct UnpicklerMemoProxy {
    unpickler: Value,
}

fn proxy_unpickler(v: &Value) -> &Unpickler {
    this(
        &v.downcast::<UnpicklerMemoProxy>()
            .expect("UnpicklerMemoProxy")
            .unpickler,
    )
}

fn proxy_clear(v: &Value, args: Args) -> PyResult {
    args.none("clear")?;
    let size = proxy_unpickler(v).memo.borrow().slots.len();
    *proxy_unpickler(v).memo.borrow_mut() = Memo::empty(size);
    Ok(none())
}

fn memo_contents(v: &Value) -> PyResult {
    let d = Dict::new_value();
    let dict = d.downcast::<Dict>().expect("dict");
    let entries = proxy_unpickler(v).memo.borrow().entries();
    for (i, item) in entries {
        dict.set_item(int::from_usize(i), item)?;
    }
    Ok(d)
}

fn proxy_copy(v: &Value, args: Args) -> PyResult {
    args.none("copy")?;
    memo_contents(v)
}

fn proxy_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    Ok(reduce_to_dict(memo_contents(v)?))
}

builtin_type!(pub static UNPICKLER_MEMO_PROXY_TYPE: UnpicklerMemoProxy = TypeSpec {
    name: "_pickle.UnpicklerMemoProxy",
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { unhashable: true, ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("clear", proxy_clear, "clear($self, /)\n--\n\nRemove all items from memo."),
        MethodDef::new("copy", proxy_copy, "copy($self, /)\n--\n\nCopy the memo to a new object."),
        MethodDef::new("__reduce__", proxy_reduce, "__reduce__($self, /)\n--\n\nImplement pickling support."),
    ],
    ..TypeSpec::DEFAULT
});

/// `_pickle.load(file, *, fix_imports=True, encoding='ASCII',
/// errors='strict', buffers=())`.
pub fn load(_m: &Value, args: Args) -> PyResult {
    let [file, fix_imports, encoding, errors, buffers] =
        args.parse("load", OPTION_NAMES, 0, 1, 1)?;
    let v = alloc_typed(&TypeRef::from_static(&UNPICKLER_TYPE), Unpickler::new());
    let u = this(&v);
    u.set_input_file(&file.expect("required"))?;
    u.configure(fix_imports, encoding, errors, buffers, "load")?;
    u.ready.set(true);
    load_value(&v)
}

/// `_pickle.loads(data, /, *, fix_imports=True, encoding='ASCII',
/// errors='strict', buffers=())`.
pub fn loads(_m: &Value, args: Args) -> PyResult {
    let [data, fix_imports, encoding, errors, buffers] = args.parse(
        "loads",
        ["data", "fix_imports", "encoding", "errors", "buffers"],
        1,
        1,
        1,
    )?;
    let data = data.expect("required");
    let input = bytes::as_bytes_like(&data).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(&data)
        ))
    })?;
    let v = alloc_typed(&TypeRef::from_static(&UNPICKLER_TYPE), Unpickler::new());
    let u = this(&v);
    *u.input.borrow_mut() = input;
    u.configure(fix_imports, encoding, errors, buffers, "loads")?;
    u.ready.set(true);
    load_value(&v)
}
