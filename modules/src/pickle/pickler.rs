//! `_pickle.Pickler` (its output buffer with protocol 4 framing, its memo, `dump`, `clear_memo`, the `persistent_id` attribute), `PicklerMemoProxy` and the module's `dump`/`dumps`; mirrors the Pickler parts of Modules/_pickle.c.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{BuiltinFunction, GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{Ref, TypeRef, Value, builtin_type, bytes, int, protocol};

use super::opcodes::{
    DEFAULT_PROTOCOL, FRAME, FRAME_HEADER_SIZE, FRAME_SIZE_MIN, FRAME_SIZE_TARGET,
    HIGHEST_PROTOCOL, PROTO, STOP,
};
use super::save::Saver;
use super::{error, reduce_to_dict, state, type_name};

/// Hashes a memo key, an object address, with a multiply and a fold
/// (Fibonacci hashing): addresses are distinct, SipHash's care is not needed.
#[derive(Default)]
pub(crate) struct AddressHasher(u64);

impl std::hash::Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_usize(&mut self, n: usize) {
        // Aligned addresses end in zero bits, and so would the product:
        // fold the high bits down for the table's index.
        let h = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = h ^ (h >> 29);
    }
}

/// The objects pickled so far, by address, with their memo indices; the
/// entry keeps each object alive so its address stays its own.
#[derive(Default, Clone)]
pub(crate) struct Memo {
    entries: HashMap<usize, (usize, Value), BuildHasherDefault<AddressHasher>>,
}

impl Memo {
    pub(crate) fn get(&self, obj: &Value) -> Option<usize> {
        self.entries.get(&obj.word()).map(|(i, _)| *i)
    }

    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    pub(crate) fn set(&mut self, obj: &Value, idx: usize) {
        self.entries.insert(obj.word(), (idx, obj.clone()));
    }
}

pub struct Pickler {
    out: RefCell<Vec<u8>>,
    /// Where the open frame's header sits in `out` (protocol 4+).
    frame_start: Cell<Option<usize>>,
    pub(crate) framing: Cell<bool>,
    pub(crate) proto: Cell<u8>,
    /// The `bin` member: protocol > 0.
    pub(crate) bin: Cell<i32>,
    /// The `fast` member: no memo, cycle checks past a nesting depth.
    pub(crate) fast: Cell<i32>,
    pub(crate) fast_nesting: Cell<isize>,
    pub(crate) fast_memo: RefCell<Option<std::collections::HashSet<usize>>>,
    pub(crate) fix_imports: Cell<bool>,
    write: RefCell<Option<Value>>,
    pub(crate) memo: RefCell<Memo>,
    dispatch_table: RefCell<Option<Value>>,
    /// `persistent_id` set on the instance (the C type has no `__dict__`).
    persistent_id_attr: RefCell<Option<Value>>,
    pub(crate) buffer_callback: RefCell<Option<Value>>,
}

impl Pickler {
    fn new() -> Pickler {
        Pickler {
            out: RefCell::new(Vec::new()),
            frame_start: Cell::new(None),
            framing: Cell::new(false),
            proto: Cell::new(0),
            bin: Cell::new(0),
            fast: Cell::new(0),
            fast_nesting: Cell::new(0),
            fast_memo: RefCell::new(None),
            fix_imports: Cell::new(false),
            write: RefCell::new(None),
            memo: RefCell::new(Memo::default()),
            dispatch_table: RefCell::new(None),
            persistent_id_attr: RefCell::new(None),
            buffer_callback: RefCell::new(None),
        }
    }

    pub(crate) fn is_bin(&self) -> bool {
        self.bin.get() != 0
    }

    /// `_Pickler_SetProtocol`: None is the default, negatives the highest.
    fn set_protocol(&self, protocol: Option<&Value>, fix_imports: bool) -> PyResult<()> {
        let proto = match protocol {
            None => DEFAULT_PROTOCOL,
            Some(p) if is_none(p) => DEFAULT_PROTOCOL,
            Some(p) => {
                let n = int::to_i64(&protocol::index(p)?).ok_or_else(|| {
                    ouro_objects::err::overflow_error("Python int too large to convert to C long")
                })?;
                if n < 0 {
                    HIGHEST_PROTOCOL
                } else if n > HIGHEST_PROTOCOL {
                    return Err(value_error(format!(
                        "pickle protocol must be <= {HIGHEST_PROTOCOL}"
                    )));
                } else {
                    n
                }
            }
        };
        self.proto.set(proto as u8);
        self.bin.set(i32::from(proto > 0));
        self.fix_imports.set(fix_imports && proto < 3);
        Ok(())
    }

    fn set_buffer_callback(&self, callback: Option<Value>) -> PyResult<()> {
        let callback = callback.filter(|c| !is_none(c));
        if callback.is_some() && self.proto.get() < 5 {
            return Err(value_error("buffer_callback needs protocol >= 5"));
        }
        *self.buffer_callback.borrow_mut() = callback;
        Ok(())
    }

    /// `_Pickler_Write`: opens a frame first when framing and none is open.
    pub(crate) fn write(&self, data: &[u8]) {
        let mut out = self.out.borrow_mut();
        if self.framing.get() && self.frame_start.get().is_none() {
            self.frame_start.set(Some(out.len()));
            out.extend_from_slice(&[0xfe; FRAME_HEADER_SIZE]);
        }
        out.extend_from_slice(data);
    }

    /// `_Pickler_CommitFrame`: a frame too short to be worth its header
    /// loses the header.
    pub(crate) fn commit_frame(&self) {
        let Some(start) = self.frame_start.get() else {
            return;
        };
        if !self.framing.get() {
            return;
        }
        let mut out = self.out.borrow_mut();
        self.frame_start.set(None);
        let Some(frame_len) = out.len().checked_sub(start + FRAME_HEADER_SIZE) else {
            return;
        };
        if frame_len >= FRAME_SIZE_MIN {
            out[start] = FRAME;
            out[start + 1..start + FRAME_HEADER_SIZE]
                .copy_from_slice(&(frame_len as u64).to_le_bytes());
        } else {
            out.drain(start..start + FRAME_HEADER_SIZE);
        }
    }

    /// `_Pickler_OpcodeBoundary`: ends a frame that reached the target size
    /// and, writing to a file, hands it over.
    pub(crate) fn opcode_boundary(&self) -> PyResult<()> {
        let Some(start) = self.frame_start.get() else {
            return Ok(());
        };
        if !self.framing.get() {
            return Ok(());
        }
        let frame_len = self
            .out
            .borrow()
            .len()
            .saturating_sub(start + FRAME_HEADER_SIZE);
        if frame_len >= FRAME_SIZE_TARGET {
            self.commit_frame();
            if self.write.borrow().is_some() {
                self.flush_to_file()?;
                self.clear_buffer();
            }
        }
        Ok(())
    }

    fn clear_buffer(&self) {
        self.out.borrow_mut().clear();
        self.frame_start.set(None);
    }

    /// `_Pickler_GetString`: the pickle so far, its frame committed.
    fn take_output(&self) -> Vec<u8> {
        self.commit_frame();
        self.frame_start.set(None);
        std::mem::take(&mut *self.out.borrow_mut())
    }

    fn flush_to_file(&self) -> PyResult<()> {
        let data = self.take_output();
        let write = self.write.borrow().clone();
        if let Some(write) = write {
            protocol::call1(&write, bytes::new(data))?;
        }
        Ok(())
    }

    /// `_Pickler_write_bytes`: a payload of a frame's size or more goes
    /// outside any frame, straight to the file when there is one.
    pub(crate) fn write_bytes(
        &self,
        header: &[u8],
        data: &[u8],
        payload: Option<&Value>,
    ) -> PyResult<()> {
        let bypass = data.len() >= FRAME_SIZE_TARGET;
        let framing = self.framing.get();
        if bypass {
            self.commit_frame();
            self.framing.set(false);
        }
        self.write(header);
        let file = self.write.borrow().clone();
        match file {
            Some(write) if bypass => {
                self.flush_to_file()?;
                let payload = match payload {
                    Some(p) => p.clone(),
                    None => bytes::new(data.to_vec()),
                };
                protocol::call1(&write, payload)?;
                self.clear_buffer();
            }
            _ => self.write(data),
        }
        self.framing.set(framing);
        Ok(())
    }
}

fn this(v: &Value) -> &Pickler {
    v.downcast::<Pickler>().expect("Pickler")
}

fn pickler_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(ty, Pickler::new()))
}

/// `_pickle.Pickler.__init__(file, protocol=None, fix_imports=True,
/// buffer_callback=None)`.
fn pickler_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [file, protocol_arg, fix_imports, buffer_callback] = Args::new(args, kwnames).parse(
        "Pickler",
        ["file", "protocol", "fix_imports", "buffer_callback"],
        0,
        1,
        4,
    )?;
    let p = this(v);
    if p.write.borrow().is_some() {
        // A second `__init__` starts over (`Pickler_clear`).
        *p.write.borrow_mut() = None;
        *p.memo.borrow_mut() = Memo::default();
        *p.dispatch_table.borrow_mut() = None;
        *p.persistent_id_attr.borrow_mut() = None;
        *p.buffer_callback.borrow_mut() = None;
    }
    p.set_protocol(protocol_arg.as_ref(), super::flag(fix_imports, true)?)?;
    let file = file.expect("required");
    let write = protocol::getattr_opt(&file, &PyStr::new("write"))?
        .ok_or_else(|| type_error("file must have a 'write' attribute"))?;
    *p.write.borrow_mut() = Some(write);
    p.set_buffer_callback(buffer_callback)?;
    p.clear_buffer();
    p.fast.set(0);
    p.fast_nesting.set(0);
    *p.fast_memo.borrow_mut() = None;
    if p.dispatch_table.borrow().is_none() {
        let table = protocol::getattr_opt(v, &PyStr::new("dispatch_table"))?;
        *p.dispatch_table.borrow_mut() = table;
    }
    Ok(())
}

/// `dump()` in _pickle.c: caches `persistent_id` (unless it is this type's
/// own method) and `reducer_override`, then PROTO, the object, STOP.
fn dump_object(v: &Value, obj: &Value) -> PyResult<()> {
    let p = this(v);
    let st = state()?;
    let pid = protocol::getattr_str(v, "persistent_id")?;
    let own = pid.downcast::<BuiltinFunction>().is_some_and(|f| {
        std::ptr::eq(f.def, &PICKLER_METHODS[0]) && f.bound.as_ref().is_some_and(|b| b.is(v))
    });
    let reducer_override = protocol::getattr_opt(v, &PyStr::new("reducer_override"))?;
    let saver = Saver {
        p,
        st: &st,
        persistent_id: (!own).then_some(pid),
        reducer_override,
        dispatch_table: p.dispatch_table.borrow().clone(),
    };
    let proto = p.proto.get();
    let result = (|| {
        if proto >= 2 {
            p.write(&[PROTO, proto]);
            if proto >= 4 {
                p.framing.set(true);
            }
        }
        saver.save(obj, false)?;
        p.write(&[STOP]);
        p.commit_frame();
        Ok(())
    })();
    p.framing.set(false);
    result
}

fn pickler_dump(v: &Value, args: Args) -> PyResult {
    let [obj] = args.parse("dump", ["obj"], 1, 1, 1)?;
    let obj = &obj.expect("required");
    let p = this(v);
    if p.write.borrow().is_none() {
        return Err(error(
            &state()?.pickling_error,
            format!(
                "Pickler.__init__() was not called by {}.__init__()",
                type_name(v)
            ),
        ));
    }
    p.clear_buffer();
    dump_object(v, obj)?;
    p.flush_to_file()?;
    Ok(none())
}

fn pickler_clear_memo(v: &Value, args: Args) -> PyResult {
    args.none("Pickler.clear_memo")?;
    *this(v).memo.borrow_mut() = Memo::default();
    Ok(none())
}

fn pickler_persistent_id(_v: &Value, args: Args) -> PyResult {
    args.one("Pickler.persistent_id")?;
    Ok(none())
}

fn pickler_sizeof(v: &Value, args: Args) -> PyResult {
    args.none("__sizeof__")?;
    let p = this(v);
    let size = std::mem::size_of::<Pickler>()
        + p.memo.borrow().len() * std::mem::size_of::<(usize, usize, Value)>()
        + p.out.borrow().capacity();
    Ok(int::from_usize(size))
}

fn pickler_getattro(v: &Value, name: &Value) -> PyResult {
    if name
        .downcast::<PyStr>()
        .is_some_and(|s| s.eq_rust("persistent_id"))
        && let Some(attr) = this(v).persistent_id_attr.borrow().clone()
    {
        return Ok(attr);
    }
    protocol::generic_getattr(v, name)
}

fn pickler_setattro(v: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    if name
        .downcast::<PyStr>()
        .is_some_and(|s| s.eq_rust("persistent_id"))
    {
        *this(v).persistent_id_attr.borrow_mut() = value.cloned();
        return Ok(());
    }
    protocol::generic_setattr(v, name, value)
}

fn memo_get(v: &Value) -> PyResult {
    Ok(Ref::new(PicklerMemoProxy { pickler: v.clone() }).into_value())
}

fn memo_set(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(type_error("attribute deletion is not supported"));
    };
    let memo = if let Some(proxy) = value.downcast_exact::<PicklerMemoProxy>() {
        this(&proxy.pickler).memo.borrow().clone()
    } else if let Some(d) = value.downcast::<Dict>() {
        let mut memo = Memo::default();
        for (_, entry) in d.items() {
            let pair = entry
                .downcast::<Tuple>()
                .filter(|t| t.len() == 2)
                .ok_or_else(|| type_error("'memo' values must be 2-item tuples"))?;
            let idx = protocol::index_as_isize(&pair.as_slice()[0])?;
            memo.set(&pair.as_slice()[1], idx.max(0) as usize);
        }
        memo
    } else {
        return Err(type_error(format!(
            "'memo' attribute must be a PicklerMemoProxy object or dict, not {}",
            type_name(value)
        )));
    };
    *this(v).memo.borrow_mut() = memo;
    Ok(())
}

fn bin_get(v: &Value) -> PyResult {
    Ok(int::from_i64(i64::from(this(v).bin.get())))
}

fn int_member(value: Option<&Value>) -> PyResult<i32> {
    let Some(value) = value else {
        return Err(type_error("can't delete numeric/char attribute"));
    };
    if !int::is_int(value) {
        return Err(type_error("an integer is required"));
    }
    i32::try_from(int::to_i64(value).unwrap_or(i64::MAX))
        .map_err(|_| ouro_objects::err::overflow_error("Python int too large to convert to C long"))
}

fn bin_set(v: &Value, value: Option<&Value>) -> PyResult<()> {
    this(v).bin.set(int_member(value)?);
    Ok(())
}

fn fast_get(v: &Value) -> PyResult {
    Ok(int::from_i64(i64::from(this(v).fast.get())))
}

fn fast_set(v: &Value, value: Option<&Value>) -> PyResult<()> {
    this(v).fast.set(int_member(value)?);
    Ok(())
}

fn dispatch_table_get(v: &Value) -> PyResult {
    this(v)
        .dispatch_table
        .borrow()
        .clone()
        .ok_or_else(|| protocol::no_attribute(v, &PyStr::new("dispatch_table")))
}

fn dispatch_table_set(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let p = this(v);
    if value.is_none() && p.dispatch_table.borrow().is_none() {
        return Err(protocol::no_attribute(v, &PyStr::new("dispatch_table")));
    }
    *p.dispatch_table.borrow_mut() = value.cloned();
    Ok(())
}

static PICKLER_METHODS: [MethodDef; 4] = [
    MethodDef::new(
        "persistent_id",
        pickler_persistent_id,
        "persistent_id($self, obj, /)\n--\n\n",
    ),
    MethodDef::new(
        "dump",
        pickler_dump,
        "dump($self, obj, /)\n--\n\nWrite a pickled representation of the given object to the open file.",
    ),
    MethodDef::new(
        "clear_memo",
        pickler_clear_memo,
        "clear_memo($self, /)\n--\n\nClears the pickler's \"memo\".\n\nThe memo is the data structure that remembers which objects the\npickler has already seen, so that shared or recursive objects are\npickled by reference and not by value.  This method is useful when\nre-using picklers.",
    ),
    MethodDef::new(
        "__sizeof__",
        pickler_sizeof,
        "__sizeof__($self, /)\n--\n\nReturns size in memory, in bytes.",
    ),
];

builtin_type!(pub static PICKLER_TYPE: Pickler = TypeSpec {
    name: "_pickle.Pickler",
    doc: Some("Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)\n--\n\nThis takes a binary file for writing a pickle data stream.\n\nThe optional *protocol* argument tells the pickler to use the given\nprotocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default\nprotocol is 5. It was introduced in Python 3.8, and is incompatible\nwith previous versions.\n\nSpecifying a negative protocol version selects the highest protocol\nversion supported.  The higher the protocol used, the more recent the\nversion of Python needed to read the pickle produced.\n\nThe *file* argument must have a write() method that accepts a single\nbytes argument. It can thus be a file object opened for binary\nwriting, an io.BytesIO instance, or any other custom object that meets\nthis interface.\n\nIf *fix_imports* is True and protocol is less than 3, pickle will try\nto map the new Python 3 names to the old module names used in Python\n2, so that the pickle data stream is readable with Python 2.\n\nIf *buffer_callback* is None (the default), buffer views are\nserialized into *file* as part of the pickle stream.\n\nIf *buffer_callback* is not None, then it can be called any number\nof times with a buffer view.  If the callback returns a false value\n(such as None), the given buffer is out-of-band; otherwise the\nbuffer is serialized in-band, i.e. inside the pickle stream.\n\nIt is an error if *buffer_callback* is not None and *protocol*\nis None or smaller than 5."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs {
        getattro: Some(pickler_getattro),
        setattro: Some(pickler_setattro),
        new: Some(pickler_new),
        init: Some(pickler_init),
        ..SlotDefs::NONE
    },
    methods: &PICKLER_METHODS,
    getsets: &[
        GetSetDef::with_setter("memo", memo_get, memo_set),
        GetSetDef::member("bin", bin_get, Some(bin_set)),
        GetSetDef::member("fast", fast_get, Some(fast_set)),
        GetSetDef::member("dispatch_table", dispatch_table_get, Some(dispatch_table_set)),
    ],
    ..TypeSpec::DEFAULT
});

/// `pickler.memo`: a view of the pickler's memo as `{id(obj): (index, obj)}`.
pub struct PicklerMemoProxy {
    pickler: Value,
}

fn proxy_pickler(v: &Value) -> &Pickler {
    this(
        &v.downcast::<PicklerMemoProxy>()
            .expect("PicklerMemoProxy")
            .pickler,
    )
}

fn proxy_clear(v: &Value, args: Args) -> PyResult {
    args.none("clear")?;
    *proxy_pickler(v).memo.borrow_mut() = Memo::default();
    Ok(none())
}

fn proxy_copy(v: &Value, args: Args) -> PyResult {
    args.none("copy")?;
    memo_contents(v)
}

fn memo_contents(v: &Value) -> PyResult {
    let d = Dict::new_value();
    let dict = d.downcast::<Dict>().expect("dict");
    let entries: Vec<(usize, usize, Value)> = proxy_pickler(v)
        .memo
        .borrow()
        .entries
        .iter()
        .map(|(k, (i, o))| (*k, *i, o.clone()))
        .collect();
    for (addr, idx, obj) in entries {
        dict.set_item(
            int::from_usize(addr),
            Tuple::new(vec![int::from_usize(idx), obj]),
        )?;
    }
    Ok(d)
}

fn proxy_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    Ok(reduce_to_dict(memo_contents(v)?))
}

builtin_type!(pub static PICKLER_MEMO_PROXY_TYPE: PicklerMemoProxy = TypeSpec {
    name: "_pickle.PicklerMemoProxy",
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { unhashable: true, ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("clear", proxy_clear, "clear($self, /)\n--\n\nRemove all items from memo."),
        MethodDef::new("copy", proxy_copy, "copy($self, /)\n--\n\nCopy the memo to a new object."),
        MethodDef::new("__reduce__", proxy_reduce, "__reduce__($self, /)\n--\n\nImplement pickle support."),
    ],
    ..TypeSpec::DEFAULT
});

/// `_pickle.dump(obj, file, protocol=None, *, fix_imports=True,
/// buffer_callback=None)`.
pub fn dump(_m: &Value, args: Args) -> PyResult {
    let [obj, file, protocol_arg, fix_imports, buffer_callback] = args.parse(
        "dump",
        ["obj", "file", "protocol", "fix_imports", "buffer_callback"],
        0,
        2,
        3,
    )?;
    let v = alloc_typed(&TypeRef::from_static(&PICKLER_TYPE), Pickler::new());
    let p = this(&v);
    p.set_protocol(protocol_arg.as_ref(), super::flag(fix_imports, true)?)?;
    let file = file.expect("required");
    let write = protocol::getattr_opt(&file, &PyStr::new("write"))?
        .ok_or_else(|| type_error("file must have a 'write' attribute"))?;
    *p.write.borrow_mut() = Some(write);
    p.set_buffer_callback(buffer_callback)?;
    dump_object(&v, &obj.expect("required"))?;
    p.flush_to_file()?;
    Ok(none())
}

/// `_pickle.dumps(obj, protocol=None, *, fix_imports=True,
/// buffer_callback=None)`.
pub fn dumps(_m: &Value, args: Args) -> PyResult {
    let [obj, protocol_arg, fix_imports, buffer_callback] = args.parse(
        "dumps",
        ["obj", "protocol", "fix_imports", "buffer_callback"],
        0,
        1,
        2,
    )?;
    let v = alloc_typed(&TypeRef::from_static(&PICKLER_TYPE), Pickler::new());
    let p = this(&v);
    p.set_protocol(protocol_arg.as_ref(), super::flag(fix_imports, true)?)?;
    p.set_buffer_callback(buffer_callback)?;
    dump_object(&v, &obj.expect("required"))?;
    Ok(bytes::new(p.take_output()))
}
