//! ctypes instances: the `_CData` payload (memory owned or borrowed, the keep-alive objects) and the instance side of simple types, structures, unions, arrays, pointers, `CField` and `byref`'s `CArgObject`; mirrors Modules/_ctypes/_ctypes.c and cfield.c.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use ouro_objects::args::Args;
use ouro_objects::bool::py_bool;
use ouro_objects::bytes::{self, Bytes};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, index_error, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none};
use ouro_objects::slice::Slice;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_subtype, builtin_type, exceptions, int, protocol};

use super::funcptr::FuncState;
use super::stg::{self, Kind, StgInfo};
use super::sys::{self, Buffer};

/// A ctypes instance (`CDataObject`): `size` bytes at `addr`, either its own
/// buffer or memory of `base` / of whatever address it was made from.
pub struct CData {
    addr_cell: Cell<usize>,
    size_cell: Cell<usize>,
    /// The memory the object owns (`b_needsfree`): the current buffer, then
    /// those `resize` replaced, kept so views into them never dangle.
    owned: RefCell<Vec<Buffer>>,
    /// `_b_base_`: the object whose memory this one views.
    pub base: Option<Value>,
    /// `_objects`: what the memory points into, kept alive, by index.
    objects: RefCell<BTreeMap<String, Value>>,
    /// The state of a foreign function pointer (CFuncPtr instances).
    pub func: RefCell<Option<FuncState>>,
}

pub fn cdata(v: &Value) -> Option<&CData> {
    v.downcast::<CData>()
}

impl CData {
    /// `b_ptr`: where the object's memory starts.
    pub fn addr(&self) -> usize {
        self.addr_cell.get()
    }

    /// `b_size`.
    pub fn size(&self) -> usize {
        self.size_cell.get()
    }

    pub fn owns_memory(&self) -> bool {
        !self.owned.borrow().is_empty()
    }

    /// `resize`: at least `size` bytes of owned memory, zero-extended.
    pub fn resize(&self, size: usize) -> PyResult<()> {
        if size > self.size() {
            let bigger = Buffer::new(size).map_err(|_| PyErr::empty(&exceptions::MEMORY_ERROR))?;
            sys::memmove(bigger.address(), self.addr(), self.size());
            self.addr_cell.set(bigger.address());
            self.owned.borrow_mut().push(bigger);
        }
        self.size_cell.set(size);
        Ok(())
    }
}

fn this(v: &Value) -> &CData {
    v.downcast::<CData>().expect("_CData")
}

fn stg_of(v: &Value) -> PyResult<Rc<StgInfo>> {
    stg::of_instance(v).ok_or_else(|| type_error("abstract class"))
}

/// A new instance of the ctypes type `ty`: its own zeroed memory, or a view
/// of `addr` owned by `base`.
pub fn make_instance(ty: &Value, at: Option<usize>, base: Option<Value>) -> PyResult {
    let tyref = TypeRef::from_value(ty).ok_or_else(|| type_error("ctypes type expected"))?;
    let info = stg::get(ty).ok_or_else(|| type_error("abstract class"))?;
    info.fields_final.set(true);
    let (addr, owned) = match at {
        Some(a) => (a, Vec::new()),
        None => {
            let b = Buffer::new(info.size).map_err(|_| PyErr::empty(&exceptions::MEMORY_ERROR))?;
            (b.address(), vec![b])
        }
    };
    Ok(alloc_typed(
        &tyref,
        CData {
            addr_cell: Cell::new(addr),
            size_cell: Cell::new(info.size),
            owned: RefCell::new(owned),
            base,
            objects: RefCell::new(BTreeMap::new()),
            func: RefCell::new(None),
        },
    ))
}

/// `tp_new` of every ctypes type: zeroed memory of the type's size.
pub fn cdata_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    make_instance(ty.value(), None, None)
}

/// Keeps `obj` alive as long as the memory of `v` (stored in the root
/// object that owns the memory, under `key`).
pub fn keep(v: &Value, key: String, obj: Value) {
    let mut root = v.clone();
    while let Some(b) = cdata(&root).and_then(|c| c.base.clone()) {
        root = b;
    }
    if let Some(c) = cdata(&root) {
        c.objects.borrow_mut().insert(key, obj);
    }
}

/// The object a `py_object` slot holds: memory only has its identity
/// word; the object is among the kept objects of the memory's owner when
/// ctypes stored it, else the word is trusted as CPython trusts it (`cast`
/// of an `id()`).
fn kept_object(owner: Option<&Value>, word: usize) -> PyResult {
    let mut root = owner.cloned();
    while let Some(b) = root
        .as_ref()
        .and_then(|r| cdata(r))
        .and_then(|c| c.base.clone())
    {
        root = Some(b);
    }
    root.as_ref()
        .and_then(|r| cdata(r))
        .and_then(|c| {
            c.objects
                .borrow()
                .values()
                .find(|o| o.word() == word)
                .cloned()
        })
        .or_else(|| sys::object_at(word))
        .ok_or_else(|| value_error("PyObject is NULL"))
}

/// The types `_ctypes` made at init that the instance code needs.
pub struct Classes {
    pub simple: Value,
    pub array_meta: Value,
    pub argument_error: Value,
}

ouro_objects::gil_shared! {
    pub static CLASSES: RefCell<Option<Rc<Classes>>> = const { RefCell::new(None) };
}

pub fn classes() -> Rc<Classes> {
    CLASSES
        .with(|c| c.borrow().clone())
        .expect("_ctypes initialised")
}

/// Whether reading a `ty` from memory gives its Python value rather than an
/// instance (simple types derived directly from `_SimpleCData`).
fn converts_to_value(ty: &Value) -> bool {
    stg::is_simple_instance_type(ty, &classes().simple)
}

fn simple_code(ty: &Value) -> Option<u8> {
    match stg::get(ty)?.kind {
        Kind::Simple(c) => Some(c),
        _ => None,
    }
}

/// The value of a `ty` stored at `addr` inside `owner` (a field, an array
/// item, what a pointer points at): a Python value for simple types, else
/// an instance sharing the memory.
pub fn get_value(ty: &Value, addr: usize, owner: Option<&Value>) -> PyResult {
    if converts_to_value(ty)
        && let Some(info) = stg::get(ty)
        && let Kind::Simple(code) = info.kind
    {
        if code == b'O' {
            return kept_object(owner, stg::read_address(addr));
        }
        return stg::get_stored(&info, code, addr);
    }
    make_instance(ty, Some(addr), owner.cloned())
}

fn incompatible(v: &Value, ty: &Value) -> PyErr {
    let name = TypeRef::from_value(ty).map_or_else(String::new, |t| t.name());
    type_error(format!(
        "incompatible types, {} instance instead of {name} instance",
        protocol::type_name(v)
    ))
}

/// Stores `v` as a `ty` at `addr` inside `owner` (`_PyCData_set`).
pub fn set_value(ty: &Value, addr: usize, v: &Value, owner: &Value, key: String) -> PyResult<()> {
    let info = stg::get(ty).ok_or_else(|| type_error("not a ctypes type"))?;
    if let Kind::Simple(code) = info.kind
        && (converts_to_value(ty)
            || !protocol::is_instance_of(v, &TypeRef::from_value(ty).expect("type")))
    {
        if let Some(k) = stg::set_stored(&info, code, addr, v)? {
            keep(owner, key, k);
        }
        return Ok(());
    }
    if let Some(src) = cdata(v)
        && protocol::is_instance_of(v, &TypeRef::from_value(ty).expect("type"))
    {
        sys::memmove(addr, src.addr(), info.size);
        keep(owner, key, v.clone());
        return Ok(());
    }
    if info.kind == Kind::Pointer {
        if let Some(src) = cdata(v)
            && let Some(vi) = stg::of_instance(v)
            && vi.kind == Kind::Array
            && vi
                .proto
                .as_ref()
                .zip(info.proto.as_ref())
                .is_some_and(|(a, b)| a.is(b))
        {
            stg::write_address(addr, src.addr());
            keep(owner, key, v.clone());
            return Ok(());
        }
        if is_none(v) {
            stg::write_address(addr, 0);
            return Ok(());
        }
    }
    if matches!(info.kind, Kind::Struct | Kind::Union | Kind::Array)
        && v.downcast::<Tuple>().is_some()
    {
        let made = protocol::call(ty, v.downcast::<Tuple>().expect("tuple").as_slice(), None)?;
        sys::memmove(addr, this(&made).addr(), info.size);
        keep(owner, key, made);
        return Ok(());
    }
    if info.kind == Kind::Array && char_array_code(&info).is_some() {
        return set_char_array(&info, addr, v, false);
    }
    Err(incompatible(v, ty))
}

/// The simple code (`c` or `u`) of an array of chars or wide chars.
fn char_array_code(info: &StgInfo) -> Option<u8> {
    let proto = info.proto.as_ref()?;
    if !converts_to_value(proto) {
        return None;
    }
    simple_code(proto).filter(|c| *c == b'c' || *c == b'u')
}

/// A char array's `.value`: bytes (or str) up to the first NUL.
fn char_array_value(info: &StgInfo, addr: usize) -> Value {
    let raw = sys::read(addr, info.size);
    if char_array_code(info) == Some(b'u') {
        let cps: Vec<u32> = raw
            .chunks_exact(4)
            .map(|c| u32::from_ne_bytes(c.try_into().expect("4 bytes")))
            .take_while(|&c| c != 0)
            .collect();
        return PyStr::from_cps(&cps);
    }
    let end = raw.iter().position(|&b| b == 0).unwrap_or(raw.len());
    bytes::new(raw[..end].to_vec())
}

/// Sets a char array from bytes (or a wide char array from str); `raw`:
/// `.raw =`, which copies all bytes without adding a NUL.
fn set_char_array(info: &StgInfo, addr: usize, v: &Value, raw: bool) -> PyResult<()> {
    if char_array_code(info) == Some(b'u') {
        let Some(s) = v.downcast::<PyStr>() else {
            return Err(type_error(format!(
                "unicode string expected instead of {} instance",
                protocol::type_name(v)
            )));
        };
        if s.len() > info.length {
            return Err(value_error("string too long"));
        }
        let mut data: Vec<u8> = s.chars().flat_map(u32::to_ne_bytes).collect();
        if s.len() < info.length {
            data.extend_from_slice(&[0; 4]);
        }
        sys::write(addr, &data);
        return Ok(());
    }
    let data = match v.downcast::<Bytes>() {
        Some(b) => b.0.to_vec(),
        None if raw => ouro_objects::bytes::bytes_from_object(v)?,
        None => {
            return Err(type_error(format!(
                "bytes expected instead of {} instance",
                protocol::type_name(v)
            )));
        }
    };
    if data.len() > info.length {
        return Err(value_error("byte string too long"));
    }
    sys::write(addr, &data);
    if !raw && data.len() < info.length {
        sys::write(addr + data.len(), &[0]);
    }
    Ok(())
}

// ----- _CData -----

fn get_b_base(v: &Value) -> PyResult {
    Ok(this(v).base.clone().unwrap_or_else(none))
}

fn get_b_needsfree(v: &Value) -> PyResult {
    Ok(int::from_i64(i64::from(this(v).owns_memory())))
}

fn get_objects(v: &Value) -> PyResult {
    let c = this(v);
    if c.base.is_some() {
        return Ok(none());
    }
    let objects = c.objects.borrow();
    if objects.is_empty() {
        return Ok(none());
    }
    let d = Dict::new_value();
    let dict = d.downcast::<Dict>().expect("dict");
    for (k, o) in objects.iter() {
        dict.set_str(k, o.clone());
    }
    Ok(d)
}

fn from_outparam(v: &Value, args: Args) -> PyResult {
    args.none("__ctypes_from_outparam__")?;
    Ok(v.clone())
}

fn cdata_buffer(v: &Value, args: Args) -> PyResult {
    let flags = args.one("__buffer__")?;
    protocol::index(flags)?;
    ouro_objects::memoryview::from_object(v)
}

fn cdata_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    let info = stg_of(v)?;
    if matches!(info.kind, Kind::Pointer | Kind::Func) {
        return Err(value_error(
            "ctypes objects containing pointers cannot be pickled",
        ));
    }
    let c = this(v);
    let state = Tuple::new(vec![
        protocol::getattr_str(v, "__dict__").unwrap_or_else(|_| Dict::new_value()),
        bytes::new(sys::read(c.addr(), c.size())),
    ]);
    let unpickle =
        protocol::getattr_str(&ouro_eval::import::import_module("_ctypes")?, "_unpickle")?;
    Ok(Tuple::new(vec![
        unpickle,
        Tuple::new(vec![v.type_value(), state]),
    ]))
}

fn cdata_setstate(v: &Value, args: Args) -> PyResult {
    let a = args.range("__setstate__", "__setstate__", 2, 2)?;
    let data = ouro_objects::bytes::bytes_from_object(&a[1])?;
    let c = this(v);
    sys::write(c.addr(), &data[..data.len().min(c.size())]);
    if let Some(d) = a[0].downcast::<Dict>() {
        for (k, val) in d.items() {
            protocol::setattr(v, &k, Some(&val))?;
        }
    }
    Ok(none())
}

fn export_read(v: &Value) -> PyResult<Vec<u8>> {
    let c = this(v);
    Ok(sys::read(c.addr(), c.size()))
}

fn export_write(v: &Value, offset: usize, data: &[u8]) -> PyResult<()> {
    let c = this(v);
    if offset + data.len() > c.size() {
        return Err(index_error("index out of range"));
    }
    sys::write(c.addr() + offset, data);
    Ok(())
}

fn export_address(v: &Value) -> PyResult<(usize, usize)> {
    let c = this(v);
    Ok((c.addr(), c.size()))
}

/// ctypes instances export their memory (`bytes(obj)`, `memoryview(obj)`).
pub static EXPORTER: ouro_objects::buffer::BufferExporter = ouro_objects::buffer::BufferExporter {
    ty: &CDATA_TYPE,
    read: export_read,
    write: export_write,
    readonly: |_| false,
    exports: |_, _| {},
    address: Some(export_address),
};

builtin_type!(pub static CDATA_TYPE: CData = TypeSpec {
    name: "_ctypes._CData",
    doc: Some("XXX to be provided"),
    flags: flags::BASETYPE | flags::WEAKREFABLE,
    instance_dict: true,
    slots: SlotDefs { new: Some(cdata_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("__ctypes_from_outparam__", from_outparam, "__ctypes_from_outparam__($self, /)\n--\n\n"),
        MethodDef::new("__buffer__", cdata_buffer, "__buffer__($self, flags, /)\n--\n\nReturn a buffer object that exposes the underlying memory of the object."),
        MethodDef::new("__reduce__", cdata_reduce, "__reduce__($self, /)\n--\n\n"),
        MethodDef::new("__setstate__", cdata_setstate, "__setstate__($self, dict, data, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::member("_b_base_", get_b_base, None).with_doc("the base object"),
        GetSetDef::member("_b_needsfree_", get_b_needsfree, None).with_doc("whether the object owns the memory or not"),
        GetSetDef::member("_objects", get_objects, None).with_doc("internal objects tree (NEVER CHANGE THIS OBJECT!)"),
    ],
    ..TypeSpec::DEFAULT
});

// ----- simple types -----

fn simple_code_of(v: &Value) -> PyResult<u8> {
    match stg_of(v)?.kind {
        Kind::Simple(c) => Ok(c),
        _ => Err(type_error("not a simple type")),
    }
}

fn simple_get_value(v: &Value) -> PyResult {
    let code = simple_code_of(v)?;
    if code == b'O' {
        return kept_object(Some(v), stg::read_address(this(v).addr()));
    }
    stg::get_stored(&*stg_of(v)?, code, this(v).addr())
}

fn simple_set_value(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(type_error("can't delete attribute"));
    };
    let code = simple_code_of(v)?;
    if let Some(k) = stg::set_stored(&*stg_of(v)?, code, this(v).addr(), value)? {
        keep(v, "0".to_string(), k);
    }
    Ok(())
}

fn simple_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    let [value] = a.parse("__init__", ["value"], 0, 0, 1)?;
    if let Some(value) = value {
        simple_set_value(v, Some(&value))?;
    }
    Ok(())
}

fn simple_repr(v: &Value) -> PyResult {
    let ty = v.type_value();
    let name = TypeRef::from_value(&ty).map_or_else(String::new, |t| t.name());
    if !converts_to_value(&ty) {
        return Ok(PyStr::new(&format!("<{name} object at {:#x}>", v.word())));
    }
    let value = simple_get_value(v)?;
    Ok(PyStr::new(&format!(
        "{name}({})",
        protocol::repr_string(&value)?
    )))
}

fn simple_bool(v: &Value) -> PyResult<bool> {
    let c = this(v);
    Ok(sys::read(c.addr(), c.size()).iter().any(|&b| b != 0))
}

builtin_subtype!(pub static SIMPLE_BASE: CData as CDATA_TYPE = TypeSpec {
    name: "_ctypes._SimpleCData_base",
    base: Some(&CDATA_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs {
        init: Some(simple_init),
        repr: Some(simple_repr),
        bool: Some(simple_bool),
        ..SlotDefs::NONE
    },
    getsets: &[GetSetDef::with_setter("value", simple_get_value, simple_set_value).with_doc("current value")],
    ..TypeSpec::DEFAULT
});

// ----- structures and unions -----

/// The field names of `ty`'s `_fields_`, base classes' first.
fn field_names(ty: &Value) -> PyResult<Vec<Value>> {
    let mut names = Vec::new();
    let t = TypeRef::from_value(ty).expect("type");
    if let Some(base) = t.base()
        && stg::get(base.value()).is_some_and(|s| matches!(s.kind, Kind::Struct | Kind::Union))
    {
        names = field_names(base.value())?;
    }
    if let Some(fields) = t
        .dict()
        .downcast::<Dict>()
        .and_then(|d| d.get_str(&ouro_objects::str::intern("_fields_")))
    {
        for f in protocol::collect(&fields)? {
            let item = protocol::collect(&f)?;
            if let Some(name) = item.first() {
                names.push(name.clone());
            }
        }
    }
    Ok(names)
}

fn struct_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    let pos = a.positional();
    if !pos.is_empty() {
        let names = field_names(&v.type_value())?;
        if pos.len() > names.len() {
            return Err(type_error("too many initializers"));
        }
        for (name, value) in names.iter().zip(pos) {
            protocol::setattr(v, name, Some(value))?;
        }
        for (k, value) in a.keywords() {
            let given = protocol::str_lossy(&k);
            if names[..pos.len()]
                .iter()
                .any(|n| protocol::str_lossy(n) == given)
            {
                return Err(type_error(format!(
                    "duplicate values for field {}",
                    protocol::repr_string(&k)?
                )));
            }
            protocol::setattr(v, &k, Some(&value))?;
        }
        return Ok(());
    }
    for (k, value) in a.keywords() {
        protocol::setattr(v, &k, Some(&value))?;
    }
    Ok(())
}

builtin_subtype!(pub static STRUCT_BASE: CData as CDATA_TYPE = TypeSpec {
    name: "_ctypes._StructUnion_base",
    base: Some(&CDATA_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs { init: Some(struct_init), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

// ----- arrays -----

fn array_info(v: &Value) -> PyResult<(Rc<StgInfo>, Value, usize)> {
    let info = stg_of(v)?;
    let proto = info
        .proto
        .clone()
        .ok_or_else(|| type_error("array type has no _type_"))?;
    let item = stg::get(&proto).map_or(0, |s| s.size);
    Ok((info, proto, item))
}

fn array_len(v: &Value) -> PyResult<usize> {
    Ok(stg_of(v)?.length)
}

fn norm_index(i: isize, len: usize) -> PyResult<usize> {
    let i = if i < 0 { i + len as isize } else { i };
    if i < 0 || i as usize >= len {
        return Err(index_error("invalid index"));
    }
    Ok(i as usize)
}

/// Items `start, start+step, ...` of a sequence of `ty` at `addr`, as bytes
/// or str for chars, else a list.
fn items_slice(proto: &Value, addr: usize, item: usize, idx: &[usize], owner: &Value) -> PyResult {
    if converts_to_value(proto) {
        match simple_code(proto) {
            Some(b'c') => {
                return Ok(bytes::new(
                    idx.iter().map(|&i| sys::read(addr + i, 1)[0]).collect(),
                ));
            }
            Some(b'u') => {
                let cps: Vec<u32> = idx
                    .iter()
                    .map(|&i| {
                        u32::from_ne_bytes(sys::read(addr + 4 * i, 4).try_into().expect("4 bytes"))
                    })
                    .collect();
                return Ok(PyStr::from_cps(&cps));
            }
            _ => {}
        }
    }
    let mut out = Vec::with_capacity(idx.len());
    for &i in idx {
        out.push(get_value(proto, addr + i * item, Some(owner))?);
    }
    Ok(List::from_vec(out))
}

fn slice_indices(key: &Value, len: usize) -> PyResult<Vec<usize>> {
    let s = key.downcast::<Slice>().expect("slice");
    let (start, stop, step, _) = s.indices_for(len)?;
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Ok(out)
}

fn array_getitem(v: &Value, key: &Value) -> PyResult {
    let (info, proto, item) = array_info(v)?;
    let addr = this(v).addr();
    if key.downcast::<Slice>().is_some() {
        let idx = slice_indices(key, info.length)?;
        return items_slice(&proto, addr, item, &idx, v);
    }
    if !protocol::has_index(key) {
        return Err(type_error("indices must be integers"));
    }
    let i = norm_index(protocol::index_as_isize(key)?, info.length)?;
    get_value(&proto, addr + i * item, Some(v))
}

fn array_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(type_error("Array does not support item deletion"));
    };
    let (info, proto, item) = array_info(v)?;
    let addr = this(v).addr();
    if key.downcast::<Slice>().is_some() {
        let idx = slice_indices(key, info.length)?;
        let values = protocol::collect(value)?;
        if values.len() != idx.len() {
            return Err(value_error("Can only assign sequence of same size"));
        }
        for (i, val) in idx.into_iter().zip(values) {
            set_value(&proto, addr + i * item, &val, v, i.to_string())?;
        }
        return Ok(());
    }
    if !protocol::has_index(key) {
        return Err(type_error("indices must be integers"));
    }
    let i = norm_index(protocol::index_as_isize(key)?, info.length)?;
    set_value(&proto, addr + i * item, value, v, i.to_string())
}

fn array_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    let pos = a.positional();
    let (info, proto, item) = array_info(v)?;
    if pos.len() > info.length {
        return Err(index_error("indices must be integers"));
    }
    let addr = this(v).addr();
    for (i, val) in pos.iter().enumerate() {
        set_value(&proto, addr + i * item, val, v, i.to_string())?;
    }
    Ok(())
}

fn char_array_info(v: &Value, attr: &str) -> PyResult<Rc<StgInfo>> {
    let info = stg_of(v)?;
    if char_array_code(&info).is_none() {
        return Err(PyErr::new(
            &exceptions::ATTRIBUTE_ERROR,
            format!(
                "'{}' object has no attribute '{attr}'",
                protocol::type_name(v)
            ),
        ));
    }
    Ok(info)
}

fn array_get_value(v: &Value) -> PyResult {
    let info = char_array_info(v, "value")?;
    Ok(char_array_value(&info, this(v).addr()))
}

fn array_set_value(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let info = char_array_info(v, "value")?;
    let value = value.ok_or_else(|| type_error("can't delete attribute"))?;
    set_char_array(&info, this(v).addr(), value, false)
}

fn array_get_raw(v: &Value) -> PyResult {
    let info = char_array_info(v, "raw")?;
    if char_array_code(&info) != Some(b'c') {
        return Err(PyErr::new(&exceptions::ATTRIBUTE_ERROR, "raw"));
    }
    Ok(bytes::new(sys::read(this(v).addr(), info.size)))
}

fn array_set_raw(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let info = char_array_info(v, "raw")?;
    let value = value.ok_or_else(|| type_error("can't delete attribute"))?;
    set_char_array(&info, this(v).addr(), value, true)
}

builtin_subtype!(pub static ARRAY_BASE: CData as CDATA_TYPE = TypeSpec {
    name: "_ctypes._Array_base",
    base: Some(&CDATA_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs {
        init: Some(array_init),
        len: Some(array_len),
        getitem: Some(array_getitem),
        setitem: Some(array_setitem),
        ..SlotDefs::NONE
    },
    methods: &[ouro_objects::genericalias::CLASS_GETITEM_DEF],
    ..TypeSpec::DEFAULT
});

/// `value` and `raw` of arrays of `c_char`, `value` of arrays of
/// `c_wchar`: CPython adds them to each such array type.
static CHAR_ARRAY_GETSETS: [GetSetDef; 2] = [
    GetSetDef::with_setter("value", array_get_value, array_set_value).with_doc("string value"),
    GetSetDef::with_setter("raw", array_get_raw, array_set_raw).with_doc("value"),
];

/// Adds the char array attributes to a new array type of chars.
pub fn add_char_array_getsets(cls: &Value, info: &StgInfo) {
    let Some(code) = char_array_code(info) else {
        return;
    };
    let owner = TypeRef::from_static(&ARRAY_BASE);
    let Some(dict) = TypeRef::from_value(cls).map(|t| t.dict()) else {
        return;
    };
    let Some(d) = dict.downcast::<Dict>() else {
        return;
    };
    let defs: &'static [GetSetDef] = if code == b'c' {
        &CHAR_ARRAY_GETSETS
    } else {
        &CHAR_ARRAY_GETSETS[..1]
    };
    for def in defs {
        d.set_str(
            def.name,
            ouro_objects::descr::getset_descriptor(&owner, def),
        );
    }
}

// ----- pointers -----

fn pointer_proto(v: &Value) -> PyResult<(Value, usize)> {
    let info = stg_of(v)?;
    let proto = info
        .proto
        .clone()
        .ok_or_else(|| type_error("Cannot create instance: has no _type_"))?;
    let size = stg::get(&proto).map_or(0, |s| s.size);
    Ok((proto, size))
}

fn pointer_target(v: &Value) -> PyResult<usize> {
    match stg::read_address(this(v).addr()) {
        0 => Err(value_error("NULL pointer access")),
        a => Ok(a),
    }
}

fn pointer_get_contents(v: &Value) -> PyResult {
    let (proto, _) = pointer_proto(v)?;
    let target = pointer_target(v)?;
    make_instance(&proto, Some(target), Some(v.clone()))
}

fn pointer_set_contents(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let value = value.ok_or_else(|| type_error("Pointer does not support item deletion"))?;
    let (proto, _) = pointer_proto(v)?;
    let ok = cdata(value).is_some()
        && protocol::is_instance_of(value, &TypeRef::from_value(&proto).expect("type"));
    if !ok {
        let name = TypeRef::from_value(&proto).map_or_else(String::new, |t| t.name());
        return Err(type_error(format!(
            "expected {name} instead of {}",
            protocol::type_name(value)
        )));
    }
    stg::write_address(this(v).addr(), this(value).addr());
    keep(v, "1".to_string(), value.clone());
    Ok(())
}

fn pointer_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    let [value] = a.parse("POINTER", ["value"], 1, 0, 1)?;
    if let Some(value) = value {
        pointer_set_contents(v, Some(&value))?;
    }
    Ok(())
}

fn pointer_getitem(v: &Value, key: &Value) -> PyResult {
    let (proto, size) = pointer_proto(v)?;
    let target = pointer_target(v)?;
    if let Some(s) = key.downcast::<Slice>() {
        let (start, stop) = (s.start.clone(), s.stop.clone());
        let bound = |x: &Value, default: isize| -> PyResult<isize> {
            if is_none(x) {
                Ok(default)
            } else {
                protocol::index_as_isize(x)
            }
        };
        let step = if is_none(&s.step) {
            1
        } else {
            protocol::index_as_isize(&s.step)?
        };
        if step == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        if is_none(&stop) {
            return Err(value_error("slice stop is required"));
        }
        let start = bound(
            &start,
            if step > 0 {
                0
            } else {
                return Err(value_error("slice start is required for step < 0"));
            },
        )?;
        let stop = bound(&stop, 0)?;
        let mut idx = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            idx.push(i);
            i += step;
        }
        let mut out = Vec::new();
        let is_char = converts_to_value(&proto) && simple_code(&proto) == Some(b'c');
        if is_char {
            let data: Vec<u8> = idx
                .iter()
                .map(|&i| sys::read(target.wrapping_add_signed(i), 1)[0])
                .collect();
            return Ok(bytes::new(data));
        }
        for i in idx {
            out.push(get_value(
                &proto,
                target.wrapping_add_signed(i.wrapping_mul(size as isize)),
                Some(v),
            )?);
        }
        return Ok(List::from_vec(out));
    }
    let i = protocol::index_as_isize(key)?;
    get_value(
        &proto,
        target.wrapping_add_signed(i.wrapping_mul(size as isize)),
        Some(v),
    )
}

fn pointer_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let value = value.ok_or_else(|| type_error("Pointer does not support item deletion"))?;
    let (proto, size) = pointer_proto(v)?;
    let target = pointer_target(v)?;
    let i = protocol::index_as_isize(key)?;
    set_value(
        &proto,
        target.wrapping_add_signed(i.wrapping_mul(size as isize)),
        value,
        v,
        i.to_string(),
    )
}

fn pointer_bool(v: &Value) -> PyResult<bool> {
    Ok(stg::read_address(this(v).addr()) != 0)
}

builtin_subtype!(pub static POINTER_BASE: CData as CDATA_TYPE = TypeSpec {
    name: "_ctypes._Pointer_base",
    base: Some(&CDATA_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs {
        init: Some(pointer_init),
        getitem: Some(pointer_getitem),
        setitem: Some(pointer_setitem),
        bool: Some(pointer_bool),
        ..SlotDefs::NONE
    },
    getsets: &[GetSetDef::with_setter("contents", pointer_get_contents, pointer_set_contents)
        .with_doc("the object this pointer points to (read-write)")],
    ..TypeSpec::DEFAULT
});

// ----- CField -----

pub struct CField {
    name: Value,
    ty: Value,
    byte_size: usize,
    byte_offset: usize,
    index: usize,
    bit_size: Option<usize>,
    bit_offset: usize,
    /// Listed in `_anonymous_`: its own fields are reachable from the
    /// outer structure.
    anonymous: std::cell::Cell<bool>,
}

fn field(v: &Value) -> &CField {
    v.downcast::<CField>().expect("CField")
}

fn usize_arg(v: Option<Value>, what: &str) -> PyResult<usize> {
    let v = v.ok_or_else(|| type_error(format!("CField() missing required argument '{what}'")))?;
    let n = protocol::index_as_isize(&v)?;
    usize::try_from(n).map_err(|_| value_error(format!("{what} must be non-negative")))
}

fn cfield_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let [
        name,
        ftype,
        byte_size,
        byte_offset,
        index,
        bit_size,
        bit_offset,
        _internal,
    ] = a.parse(
        "CField",
        [
            "name",
            "type",
            "byte_size",
            "byte_offset",
            "index",
            "bit_size",
            "bit_offset",
            "_internal_use",
        ],
        0,
        5,
        5,
    )?;
    let name = name.expect("required");
    if name.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "field name must be a string, not {}",
            protocol::type_name(&name)
        )));
    }
    let ftype = ftype.expect("required");
    if stg::get(&ftype).is_none() {
        return Err(type_error("type must have storage info"));
    }
    let bit_size = match bit_size.filter(|b| !is_none(b)) {
        Some(b) => Some(usize_arg(Some(b), "bit_size")?),
        None => None,
    };
    let bit_offset = match bit_offset.filter(|b| !is_none(b)) {
        Some(b) => usize_arg(Some(b), "bit_offset")?,
        None => 0,
    };
    Ok(alloc_typed(
        ty,
        CField {
            name,
            ty: ftype,
            byte_size: usize_arg(byte_size, "byte_size")?,
            byte_offset: usize_arg(byte_offset, "byte_offset")?,
            index: usize_arg(index, "index")?,
            bit_size,
            bit_offset,
            anonymous: std::cell::Cell::new(false),
        },
    ))
}

/// `MakeAnonFields`: for each name of `_anonymous_`, the fields of that
/// field's type become fields of `cls` at the combined offset.
pub fn make_anonymous_fields(
    cls: &Value,
    names: &Value,
    setattr: ouro_objects::typeobj::SetAttrFn,
) -> PyResult<()> {
    for name in protocol::collect(names)? {
        let descr = protocol::getattr(cls, &name)?;
        if descr.downcast::<CField>().is_none() {
            return Err(PyErr::new(
                &exceptions::ATTRIBUTE_ERROR,
                format!(
                    "'{}' is specified in _anonymous_ but not in _fields_",
                    protocol::str_lossy(&name)
                ),
            ));
        }
        field(&descr).anonymous.set(true);
        add_inner_fields(cls, &descr, setattr)?;
    }
    Ok(())
}

fn add_inner_fields(
    cls: &Value,
    outer: &Value,
    setattr: ouro_objects::typeobj::SetAttrFn,
) -> PyResult<()> {
    let of = field(outer);
    for name in field_names(&of.ty)? {
        let Some(inner) =
            protocol::getattr_opt(&of.ty, &name)?.filter(|d| d.downcast::<CField>().is_some())
        else {
            continue;
        };
        let f = field(&inner);
        let moved = alloc_typed(
            &TypeRef::from_static(&CFIELD_TYPE),
            CField {
                name: f.name.clone(),
                ty: f.ty.clone(),
                byte_size: f.byte_size,
                byte_offset: of.byte_offset + f.byte_offset,
                index: of.index + f.index,
                bit_size: f.bit_size,
                bit_offset: f.bit_offset,
                anonymous: std::cell::Cell::new(f.anonymous.get()),
            },
        );
        if f.anonymous.get() {
            add_inner_fields(cls, &moved, setattr)?;
        } else {
            setattr(cls, &name, Some(&moved))?;
        }
    }
    Ok(())
}

fn read_bits(addr: usize, size: usize, bit_offset: usize, bits: usize, signed: bool) -> i128 {
    let mut w = [0u8; 8];
    w[..size].copy_from_slice(&sys::read(addr, size));
    let raw = u64::from_ne_bytes(w);
    let v = (raw >> bit_offset)
        & if bits >= 64 {
            u64::MAX
        } else {
            (1u64 << bits) - 1
        };
    if signed && bits > 0 && bits < 64 && v & (1 << (bits - 1)) != 0 {
        i128::from(v) - (1i128 << bits)
    } else {
        i128::from(v)
    }
}

fn write_bits(addr: usize, size: usize, bit_offset: usize, bits: usize, value: u64) {
    let mut w = [0u8; 8];
    w[..size].copy_from_slice(&sys::read(addr, size));
    let mut raw = u64::from_ne_bytes(w);
    let mask = if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    };
    raw = (raw & !(mask << bit_offset)) | ((value & mask) << bit_offset);
    sys::write(addr, &raw.to_ne_bytes()[..size]);
}

fn cfield_get(f: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult {
    let Some(obj) = obj.filter(|o| !is_none(o)) else {
        return Ok(f.clone());
    };
    let fd = field(f);
    let Some(c) = cdata(obj) else {
        return Err(type_error("not a ctype instance"));
    };
    let addr = c.addr() + fd.byte_offset;
    if let Some(bits) = fd.bit_size {
        let code = simple_code(&fd.ty).unwrap_or(b'i');
        let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q');
        let v = read_bits(addr, fd.byte_size, fd.bit_offset, bits, signed);
        return Ok(if code == b'?' {
            py_bool(v != 0)
        } else {
            int::from_i128(v)
        });
    }
    if let Some(info) = stg::get(&fd.ty)
        && info.kind == Kind::Array
        && char_array_code(&info).is_some()
    {
        return Ok(char_array_value(&info, addr));
    }
    get_value(&fd.ty, addr, Some(obj))
}

fn cfield_set(f: &Value, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    let fd = field(f);
    let value = value.ok_or_else(|| type_error("can't delete attribute"))?;
    let Some(c) = cdata(obj) else {
        return Err(type_error("not a ctype instance"));
    };
    let addr = c.addr() + fd.byte_offset;
    if let Some(bits) = fd.bit_size {
        let v = if simple_code(&fd.ty) == Some(b'?') {
            u64::from(protocol::is_true(value)?)
        } else {
            stg::int_mask(value)?
        };
        write_bits(addr, fd.byte_size, fd.bit_offset, bits, v);
        return Ok(());
    }
    set_value(&fd.ty, addr, value, obj, fd.index.to_string())
}

fn cfield_repr(v: &Value) -> PyResult {
    let f = field(v);
    let tname = TypeRef::from_value(&f.ty).map_or_else(String::new, |t| t.name());
    let name = protocol::repr_string(&f.name)?;
    Ok(PyStr::new(&match f.bit_size {
        Some(bits) => format!(
            "<ctypes.CField {name} type={tname}, ofs={}, bit_size={bits}, bit_offset={}>",
            f.byte_offset, f.bit_offset
        ),
        None => format!(
            "<ctypes.CField {name} type={tname}, ofs={}, size={}>",
            f.byte_offset, f.byte_size
        ),
    }))
}

builtin_type!(pub static CFIELD_TYPE: CField = TypeSpec {
    name: "ctypes.CField",
    doc: Some("Structure/Union member"),
    slots: SlotDefs {
        new: Some(cfield_new),
        repr: Some(cfield_repr),
        descr_get: Some(cfield_get),
        descr_set: Some(cfield_set),
        ..SlotDefs::NONE
    },
    getsets: &[
        GetSetDef::getter("name", |v| Ok(field(v).name.clone())).with_doc("name of this field"),
        GetSetDef::getter("type", |v| Ok(field(v).ty.clone())).with_doc("type of this field"),
        GetSetDef::getter("offset", |v| Ok(int::from_usize(field(v).byte_offset))).with_doc("offset in bytes of this field. Same as byte_offset."),
        GetSetDef::getter("byte_offset", |v| Ok(int::from_usize(field(v).byte_offset))).with_doc("offset in bytes of this field. For bitfields: excludes bit_offset."),
        GetSetDef::getter("byte_size", |v| Ok(int::from_usize(field(v).byte_size))).with_doc("size of this field in bytes"),
        GetSetDef::getter("size", |v| {
            let f = field(v);
            Ok(int::from_usize(match f.bit_size {
                Some(bits) => (bits << 16) | f.bit_offset,
                None => f.byte_size,
            }))
        }).with_doc("size in bytes of this field. For bitfields, this is a legacy packed value; use byte_size instead"),
        GetSetDef::getter("bit_size", |v| {
            let f = field(v);
            Ok(int::from_usize(f.bit_size.unwrap_or(f.byte_size * 8)))
        }).with_doc("size of this field in bits"),
        GetSetDef::getter("bit_offset", |v| Ok(int::from_usize(field(v).bit_offset))).with_doc("additional offset in bits (relative to byte_offset); zero for non-bitfields"),
        GetSetDef::getter("is_bitfield", |v| Ok(py_bool(field(v).bit_size.is_some()))).with_doc("true if this is a bitfield"),
        GetSetDef::getter("is_anonymous", |v| Ok(py_bool(field(v).anonymous.get()))).with_doc("true if this field is anonymous"),
    ],
    ..TypeSpec::DEFAULT
});

/// The field's type and byte size (for struct layout of libffi types).
pub fn field_type(v: &Value) -> Option<(Value, usize, bool)> {
    v.downcast::<CField>()
        .map(|f| (f.ty.clone(), f.byte_offset, f.bit_size.is_some()))
}

// ----- byref -----

/// `CArgObject`: what `byref()` and the simple types' `from_param`
/// return: a C argument (its type tag, libffi kind and bytes) with the
/// object it refers to.
pub struct CArg {
    pub obj: Value,
    /// The address for `byref()`/pointer-like arguments.
    pub addr: usize,
    pub tag: u8,
    pub kind: super::sys::FfiKind,
    pub data: Vec<u8>,
}

fn carg_repr(v: &Value) -> PyResult {
    let a = v.downcast::<CArg>().expect("CArgObject");
    let tag = a.tag as char;
    let text = match a.tag {
        b'b' | b'B' | b'h' | b'H' | b'i' | b'I' | b'l' | b'L' | b'q' | b'Q' | b'f' | b'd'
        | b'c' => {
            let buf =
                Buffer::new(a.data.len()).map_err(|_| PyErr::empty(&exceptions::MEMORY_ERROR))?;
            sys::write(buf.address(), &a.data);
            let value = stg::get_simple(a.tag, buf.address())?;
            if a.tag == b'c' {
                return Ok(PyStr::new(&format!(
                    "<cparam '{tag}' ('{}')>",
                    a.data[0] as char
                )));
            }
            protocol::repr_string(&value)?
        }
        b'z' | b'Z' | b'P' => format!("{:#x}", a.addr),
        _ => return Ok(PyStr::new(&format!("<cparam '{tag}' at {:#x}>", v.word()))),
    };
    Ok(PyStr::new(&format!("<cparam '{tag}' ({text})>")))
}

builtin_type!(pub static CARG_TYPE: CArg = TypeSpec {
    name: "CArgObject",
    slots: SlotDefs { repr: Some(carg_repr), ..SlotDefs::NONE },
    getsets: &[GetSetDef::member("_obj", |v| Ok(v.downcast::<CArg>().expect("CArgObject").obj.clone()), None)],
    ..TypeSpec::DEFAULT
});

/// A pointer argument: `addr`, owned by `obj`.
pub fn new_carg(obj: Value, addr: usize) -> Value {
    new_carg_tagged(obj, addr, b'P')
}

/// A pointer argument with the tag of the type that made it (`z` for
/// `c_char_p`, ...).
pub fn new_carg_tagged(obj: Value, addr: usize, tag: u8) -> Value {
    let data = (addr as u64).to_ne_bytes().to_vec();
    alloc_typed(
        &TypeRef::from_static(&CARG_TYPE),
        CArg {
            obj,
            addr,
            tag,
            kind: super::sys::FfiKind::Pointer,
            data,
        },
    )
}

/// A by-value argument of simple type `code` converted from `value`
/// (the simple types' `from_param`).
pub fn new_value_carg(info: &StgInfo, code: u8, value: &Value) -> PyResult {
    let buf = Buffer::new(info.size).map_err(|_| PyErr::empty(&exceptions::MEMORY_ERROR))?;
    let keep = stg::set_stored(info, code, buf.address(), value)?;
    let data = sys::read(buf.address(), info.size);
    let addr = if matches!(code, b'z' | b'Z' | b'P') {
        stg::read_address(buf.address())
    } else {
        0
    };
    Ok(alloc_typed(
        &TypeRef::from_static(&CARG_TYPE),
        CArg {
            obj: keep.unwrap_or_else(|| value.clone()),
            addr,
            tag: code,
            kind: info.ffi.clone(),
            data,
        },
    ))
}

/// The memory behind `memoryview_at`: `len` bytes at `addr`, which the
/// caller vouches for (`PyMemoryView_FromMemory`).
pub struct RawMemory {
    addr: usize,
    len: usize,
    readonly: bool,
}

builtin_type!(pub static RAW_MEMORY_TYPE: RawMemory = TypeSpec {
    name: "_ctypes.RawMemory",
    ..TypeSpec::DEFAULT
});

fn raw(v: &Value) -> &RawMemory {
    v.downcast::<RawMemory>().expect("RawMemory")
}

fn raw_write(v: &Value, offset: usize, data: &[u8]) -> PyResult<()> {
    let r = raw(v);
    if r.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    if offset + data.len() > r.len {
        return Err(index_error("index out of range"));
    }
    sys::write(r.addr + offset, data);
    Ok(())
}

pub static RAW_MEMORY_EXPORTER: ouro_objects::buffer::BufferExporter =
    ouro_objects::buffer::BufferExporter {
        ty: &RAW_MEMORY_TYPE,
        read: |v| Ok(sys::read(raw(v).addr, raw(v).len)),
        write: raw_write,
        readonly: |v| raw(v).readonly,
        exports: |_, _| {},
        address: Some(|v| Ok((raw(v).addr, raw(v).len))),
    };

/// A memoryview of `len` bytes at `addr`.
pub fn memoryview_of_memory(addr: usize, len: usize, readonly: bool) -> PyResult {
    let memory = alloc_typed(
        &TypeRef::from_static(&RAW_MEMORY_TYPE),
        RawMemory {
            addr,
            len,
            readonly,
        },
    );
    ouro_objects::memoryview::from_object(&memory)
}
