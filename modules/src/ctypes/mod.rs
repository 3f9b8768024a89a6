//! `_ctypes`: the C data types behind the stdlib `ctypes` package (simple types, structures, unions, arrays, pointers, function pointers), their metaclasses, `sizeof`/`byref`/`addressof`, `dlopen`/`dlsym` and errno handling, on libffi; mirrors Modules/_ctypes/_ctypes.c and callproc.c (Unix build).

mod cdata;
mod funcptr;
mod stg;
mod sys;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use ouro_eval::native_module::{ModuleDef, exception_class};
use ouro_objects::args::Args;
use ouro_objects::bytearray::ByteArray;
use ouro_objects::bytes;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, overflow_error, type_error, value_error};
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, TYPE_TYPE, TypeObject, flags};
use ouro_objects::{TypeRef, Value, builtin_subtype, exceptions, int, protocol};

use cdata::{Classes, cdata, make_instance, new_carg};
use funcptr::Converted2;
use stg::{FuncInfo, Kind, StgInfo};
use sys::FfiKind;

/// `type.__new__`: makes the class; each metaclass then fills in its
/// StgInfo.
fn type_new(meta: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let new = TYPE_TYPE.payload().slots.new.get().expect("type.__new__");
    new(meta, args, kwnames)
}

fn attribute_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exceptions::ATTRIBUTE_ERROR, msg)
}

fn own_attr(cls: &Value, name: &str) -> Option<Value> {
    TypeRef::from_value(cls)?
        .dict()
        .downcast::<Dict>()
        .and_then(|d| d.get_str(&intern(name)))
}

fn size_of_type(ty: &Value) -> usize {
    stg::get(ty).map_or(0, |s| s.size)
}

// ----- metaclass methods common to all ctypes types -----

fn from_address(cls: &Value, args: Args) -> PyResult {
    let a = args.range("from_address", "from_address", 1, 1)?;
    let addr = stg::int_mask(&a[0]).map_err(|_| type_error("integer expected"))? as usize;
    make_instance(cls, Some(addr), None)
}

/// The address and length of a writable buffer: a bytearray, or a ctypes
/// instance, or an exporter that gives its address (mmap), or a
/// memoryview of one of these.
fn writable_buffer(obj: &Value) -> PyResult<(usize, usize, Value)> {
    if let Some(b) = obj.downcast::<ByteArray>() {
        let mut data = b.0.borrow_mut();
        // The bytearray may not be resized while the ctypes object lives
        // (one export, as a memoryview would hold).
        b.1.set(b.1.get() + 1);
        return Ok((data.as_mut_ptr() as usize, data.len(), obj.clone()));
    }
    if let Some(c) = cdata(obj) {
        return Ok((c.addr(), c.size(), obj.clone()));
    }
    if let Some((source, offset, len, readonly)) = ouro_objects::memoryview::source(obj) {
        if readonly {
            return Err(type_error("underlying buffer is not writable"));
        }
        let (addr, _, keep) = writable_buffer(&source)?;
        return Ok((addr + offset, len, keep));
    }
    if let Some(e) = ouro_objects::buffer::exporter(obj)
        && let Some(address) = e.address
    {
        if (e.readonly)(obj) {
            return Err(type_error("underlying buffer is not writable"));
        }
        let (addr, len) = address(obj)?;
        return Ok((addr, len, obj.clone()));
    }
    Err(type_error(format!(
        "a bytes-like object is required, not '{}'",
        protocol::type_name(obj)
    )))
}

fn from_buffer(cls: &Value, args: Args) -> PyResult {
    let a = args.range("from_buffer", "from_buffer", 1, 2)?;
    let offset = a.get(1).map_or(Ok(0), protocol::index_as_isize)?;
    if offset < 0 {
        return Err(value_error("offset cannot be negative"));
    }
    let (addr, len, keep) = writable_buffer(&a[0])?;
    let size = size_of_type(cls);
    if len < size + offset as usize {
        return Err(value_error(format!(
            "Buffer size too small ({len} instead of at least {} bytes)",
            size + offset as usize
        )));
    }
    let inst = make_instance(cls, Some(addr + offset as usize), None)?;
    cdata::keep(&inst, "ffffffff".to_string(), keep);
    Ok(inst)
}

fn from_buffer_copy(cls: &Value, args: Args) -> PyResult {
    let a = args.range("from_buffer_copy", "from_buffer_copy", 1, 2)?;
    let offset = a.get(1).map_or(Ok(0), protocol::index_as_isize)?;
    if offset < 0 {
        return Err(value_error("offset cannot be negative"));
    }
    let data = bytes::bytes_from_object(&a[0])?;
    let size = size_of_type(cls);
    if data.len() < size + offset as usize {
        return Err(value_error(format!(
            "Buffer size too small ({} instead of at least {} bytes)",
            data.len(),
            size + offset as usize
        )));
    }
    let inst = make_instance(cls, None, None)?;
    sys::write(
        cdata(&inst).expect("instance").addr(),
        &data[offset as usize..offset as usize + size],
    );
    Ok(inst)
}

fn in_dll(cls: &Value, args: Args) -> PyResult {
    let a = args.range("in_dll", "in_dll", 2, 2)?;
    let handle = stg::int_mask(&protocol::getattr_str(&a[0], "_handle")?)? as usize;
    let name = protocol::str_lossy(&a[1]);
    let addr =
        sys::dlsym(handle, name.as_bytes()).map_err(|e| PyErr::new(&exceptions::VALUE_ERROR, e))?;
    make_instance(cls, Some(addr), None)
}

ouro_objects::gil_shared! {
    static ARRAY_TYPES: RefCell<HashMap<(usize, usize), Value>> = RefCell::new(HashMap::new());
}

/// `type * n`: the array type of `n` items (cached, as in CPython).
fn meta_mul(a: &Value, b: &Value) -> PyResult {
    let (ty, n) = if stg::get(a).is_some() && protocol::has_index(b) {
        (a.clone(), b.clone())
    } else if stg::get(b).is_some() && protocol::has_index(a) {
        (b.clone(), a.clone())
    } else {
        return Ok(ouro_objects::none::not_implemented());
    };
    let n = protocol::index_as_isize(&n)?;
    if n < 0 {
        return Err(value_error(format!("Array length must be >= 0, not {n}")));
    }
    array_type(&ty, n as usize)
}

fn array_type(item: &Value, n: usize) -> PyResult {
    if let Some(t) = ARRAY_TYPES.with(|c| c.borrow().get(&(item.word(), n)).cloned()) {
        return Ok(t);
    }
    let name = format!(
        "{}_Array_{n}",
        TypeRef::from_value(item).map_or_else(String::new, |t| t.name())
    );
    let ns = Dict::new_value();
    let d = ns.downcast::<Dict>().expect("dict");
    d.set_str("_length_", int::from_usize(n));
    d.set_str("_type_", item.clone());
    let classes = cdata::classes();
    let array_base = protocol::getattr_str(&ouro_eval::import::import_module("_ctypes")?, "Array")?;
    let t = protocol::call(
        &classes.array_meta,
        &[PyStr::new(&name), Tuple::new(vec![array_base]), ns],
        None,
    )?;
    ARRAY_TYPES.with(|c| c.borrow_mut().insert((item.word(), n), t.clone()));
    Ok(t)
}

const CTYPE_METHODS_DOC: [&str; 4] = [
    "from_address($self, value, /)\n--\n\nC.from_address(integer) -> C instance\naccess a C instance at the specified address",
    "from_buffer($self, obj, offset=0, /)\n--\n\nC.from_buffer(object, offset=0) -> C instance\ncreate a C instance from a writeable buffer",
    "from_buffer_copy($self, buffer, offset=0, /)\n--\n\nC.from_buffer_copy(object, offset=0) -> C instance\ncreate a C instance from a readable buffer",
    "in_dll($self, dll, name, /)\n--\n\nC.in_dll(dll, name) -> C instance\naccess a C instance in a dll",
];

ouro_objects::gil_shared! {
    /// `__pointer_type__` of each ctypes type that has a pointer type.
    static POINTER_TYPES: RefCell<HashMap<usize, Value>> = RefCell::new(HashMap::new());
}

fn get_pointer_type(cls: &Value) -> PyResult {
    POINTER_TYPES
        .with(|p| p.borrow().get(&cls.word()).cloned())
        .ok_or_else(|| {
            attribute_error(format!(
                "'{}' has no attribute '__pointer_type__'",
                TypeRef::from_value(cls).map_or_else(String::new, |t| t.name())
            ))
        })
}

fn set_pointer_type(cls: &Value, value: Option<&Value>) -> PyResult<()> {
    POINTER_TYPES.with(|p| match value {
        Some(v) => p.borrow_mut().insert(cls.word(), v.clone()),
        None => p.borrow_mut().remove(&cls.word()),
    });
    Ok(())
}

builtin_subtype!(static CTYPE_META: TypeObject as TYPE_TYPE = TypeSpec {
    name: "_ctypes.CType_Type",
    base: Some(&TYPE_TYPE),
    flags: flags::BASETYPE,
    slots: SlotDefs::NONE.with_number(NbOp::Multiply, meta_mul),
    methods: &[
        MethodDef::new("from_address", from_address, CTYPE_METHODS_DOC[0]),
        MethodDef::new("from_buffer", from_buffer, CTYPE_METHODS_DOC[1]),
        MethodDef::new("from_buffer_copy", from_buffer_copy, CTYPE_METHODS_DOC[2]),
        MethodDef::new("in_dll", in_dll, CTYPE_METHODS_DOC[3]),
    ],
    getsets: &[GetSetDef::with_setter("__pointer_type__", get_pointer_type, set_pointer_type)
        .with_doc("pointer type")],
    ..TypeSpec::DEFAULT
});

// ----- simple types -----

fn simple_meta_new(meta: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let cls = type_new(meta, args, kwnames)?;
    let missing = || {
        attribute_error(format!(
            "class must define a '_type_' attribute which must be\na single character string containing one of the\nfollowing characters: '{}'.",
            stg::SIMPLE_CODES
        ))
    };
    let code_obj = protocol::getattr_opt(&cls, &intern("_type_"))?
        .ok_or_else(|| attribute_error("class must define a '_type_' attribute"))?;
    let Some(code) = code_obj.downcast::<PyStr>() else {
        return Err(type_error("class must define a '_type_' string attribute"));
    };
    if code.len() != 1 {
        return Err(value_error(
            "class must define a '_type_' attribute which must be a string of length 1",
        ));
    }
    let c = code.char_at(0);
    let code = u8::try_from(c).map_err(|_| missing())?;
    let (size, ffi) = stg::simple_layout(code).ok_or_else(missing)?;
    let mut info = StgInfo::new(Kind::Simple(code), size, size, ffi.clone());
    info.format = stg::simple_format(code);
    stg::set(&cls, info);
    if stg::has_swapped_twin(code) {
        // The same class again with the other byte order; each names the
        // other as `__ctype_be__`/`__ctype_le__`.
        let twin = type_new(meta, args, kwnames)?;
        let mut info = StgInfo::new(Kind::Simple(code), size, size, ffi);
        info.format = format!(">{}", code as char);
        info.swapped = true;
        stg::set(&twin, info);
        let setattr = TYPE_TYPE
            .payload()
            .slots
            .setattro
            .get()
            .expect("type.__setattr__");
        for (ty, le, be) in [(&cls, &cls, &twin), (&twin, &cls, &twin)] {
            setattr(ty, &intern("__ctype_le__"), Some(le))?;
            setattr(ty, &intern("__ctype_be__"), Some(be))?;
        }
    }
    Ok(cls)
}

fn simple_meta_from_param(cls: &Value, args: Args) -> PyResult {
    let v = args.one("from_param")?;
    funcptr::simple_from_param(cls, v)
}

builtin_subtype!(static SIMPLE_META: TypeObject as TYPE_TYPE = TypeSpec {
    name: "_ctypes.PyCSimpleType",
    base: Some(&CTYPE_META),
    flags: flags::BASETYPE,
    doc: Some("metatype for the PyCSimpleType Objects"),
    slots: SlotDefs { new: Some(simple_meta_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("from_param", simple_meta_from_param, "from_param($self, value, /)\n--\n\nConvert a Python object into a function call parameter.")],
    ..TypeSpec::DEFAULT
});

// ----- structures and unions -----

/// The libffi element kinds of a structure's fields (arrays expanded to
/// their items, one element per bit field storage unit).
fn struct_elements(fields: &[Value]) -> Vec<FfiKind> {
    let mut out = Vec::new();
    let mut last_bitfield_offset = None;
    for f in fields {
        let Some((ty, offset, is_bitfield)) = cdata::field_type(f) else {
            continue;
        };
        if is_bitfield {
            if last_bitfield_offset == Some(offset) {
                continue;
            }
            last_bitfield_offset = Some(offset);
        }
        if let Some(info) = stg::get(&ty) {
            match (&info.kind, &info.ffi) {
                (Kind::Array, FfiKind::Struct(items)) => out.extend(items.iter().cloned()),
                (Kind::Pointer | Kind::Func, _) => out.push(FfiKind::Pointer),
                (_, k) => out.push(k.clone()),
            }
        }
    }
    out
}

/// Lays out `_fields_` with ctypes._layout and installs the fields.
fn set_fields(cls: &Value, fields: &Value, is_struct: bool) -> PyResult<()> {
    if let Some(info) = stg::get(cls)
        && info.fields_final.get()
    {
        return Err(attribute_error("_fields_ is final"));
    }
    let t = TypeRef::from_value(cls).expect("type");
    let base = t
        .base()
        .filter(|b| {
            stg::get(b.value()).is_some_and(|s| matches!(s.kind, Kind::Struct | Kind::Union))
        })
        .map_or_else(none, |b| b.value().clone());
    let layout_module = ouro_eval::import::import_module("ctypes._layout")?;
    let get_layout = protocol::getattr_str(&layout_module, "get_layout")?;
    let layout = protocol::call(
        &get_layout,
        &[
            cls.clone(),
            fields.clone(),
            ouro_objects::bool::py_bool(is_struct),
            base,
        ],
        None,
    )?;
    let field_objs = protocol::collect(&protocol::getattr_str(&layout, "fields")?)?;
    let size = protocol::index_as_isize(&protocol::getattr_str(&layout, "size")?)? as usize;
    let align = protocol::index_as_isize(&protocol::getattr_str(&layout, "align")?)? as usize;
    let format = protocol::str_lossy(&protocol::getattr_str(&layout, "format_spec")?);
    let setattr = TYPE_TYPE
        .payload()
        .slots
        .setattro
        .get()
        .expect("type.__setattr__");
    for f in &field_objs {
        let name = protocol::getattr_str(f, "name")?;
        setattr(cls, &name, Some(f))?;
    }
    if let Some(anonymous) = protocol::getattr_opt(cls, &intern("_anonymous_"))? {
        cdata::make_anonymous_fields(cls, &anonymous, setattr)?;
    }
    let mut elements = match stg::get(cls).map(|s| s.ffi.clone()) {
        Some(FfiKind::Struct(items))
            if !is_none(&t.base().map_or_else(none, |b| b.value().clone())) =>
        {
            items
        }
        _ => Vec::new(),
    };
    elements.extend(struct_elements(&field_objs));
    let kind = if is_struct { Kind::Struct } else { Kind::Union };
    let mut info = StgInfo::new(kind, size, align.max(1), FfiKind::Struct(elements));
    info.format = format;
    info.fields_final.set(true);
    stg::set(cls, info);
    Ok(())
}

fn struct_like_new(
    meta: &TypeRef,
    args: &[Value],
    kwnames: Option<&Value>,
    is_struct: bool,
) -> PyResult {
    let cls = type_new(meta, args, kwnames)?;
    let t = TypeRef::from_value(&cls).expect("type");
    let inherited = t.base().and_then(|b| stg::get(b.value()));
    let mut info = match &inherited {
        Some(b) => {
            let mut i = StgInfo::new(b.kind, b.size, b.align, b.ffi.clone());
            i.format = b.format.clone();
            i
        }
        None => StgInfo::new(
            if is_struct { Kind::Struct } else { Kind::Union },
            0,
            1,
            FfiKind::Struct(Vec::new()),
        ),
    };
    if inherited.is_none() {
        info.format = "B".to_string();
    }
    stg::set(&cls, info);
    // Through the metaclass, as CPython's init does, so a Python metaclass
    // that rewrites `_fields_` (ctypes._endian's) sees it.
    if let Some(fields) = own_attr(&cls, "_fields_") {
        protocol::setattr(&cls, &intern("_fields_"), Some(&fields))?;
    }
    Ok(cls)
}

fn struct_meta_new(meta: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    struct_like_new(meta, args, kwnames, true)
}

fn union_meta_new(meta: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    struct_like_new(meta, args, kwnames, false)
}

fn struct_like_setattro(
    cls: &Value,
    name: &Value,
    value: Option<&Value>,
    is_struct: bool,
) -> PyResult<()> {
    let setattr = TYPE_TYPE
        .payload()
        .slots
        .setattro
        .get()
        .expect("type.__setattr__");
    setattr(cls, name, value)?;
    if let Some(value) = value
        && name
            .downcast::<PyStr>()
            .is_some_and(|s| s.eq_rust("_fields_"))
    {
        set_fields(cls, value, is_struct)?;
    }
    Ok(())
}

fn struct_meta_setattro(cls: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    struct_like_setattro(cls, name, value, true)
}

fn union_meta_setattro(cls: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    struct_like_setattro(cls, name, value, false)
}

fn instance_meta_from_param(cls: &Value, args: Args) -> PyResult {
    let v = args.one("from_param")?;
    funcptr::instance_from_param(cls, v)
}

const FROM_PARAM_DOC: &str =
    "from_param($self, value, /)\n--\n\nConvert a Python object into a function call parameter.";

builtin_subtype!(static STRUCT_META: TypeObject as TYPE_TYPE = TypeSpec {
    name: "_ctypes.PyCStructType",
    base: Some(&CTYPE_META),
    flags: flags::BASETYPE,
    doc: Some("metatype for the CData Objects"),
    slots: SlotDefs { new: Some(struct_meta_new), setattro: Some(struct_meta_setattro), ..SlotDefs::NONE },
    methods: &[MethodDef::new("from_param", instance_meta_from_param, FROM_PARAM_DOC)],
    ..TypeSpec::DEFAULT
});

builtin_subtype!(static UNION_META: TypeObject as TYPE_TYPE = TypeSpec {
    name: "_ctypes.UnionType",
    base: Some(&CTYPE_META),
    flags: flags::BASETYPE,
    doc: Some("metatype for the Union Objects"),
    slots: SlotDefs { new: Some(union_meta_new), setattro: Some(union_meta_setattro), ..SlotDefs::NONE },
    methods: &[MethodDef::new("from_param", instance_meta_from_param, FROM_PARAM_DOC)],
    ..TypeSpec::DEFAULT
});

// ----- arrays -----

fn array_meta_new(meta: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let cls = type_new(meta, args, kwnames)?;
    let length = protocol::getattr_opt(&cls, &intern("_length_"))?
        .ok_or_else(|| attribute_error("class must define a '_length_' attribute"))?;
    if !int::is_int(&length) {
        return Err(type_error("The '_length_' attribute must be an integer"));
    }
    let length = protocol::index_as_isize(&length).map_err(|_| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "The '_length_' attribute is too large",
        )
    })?;
    if length < 0 {
        return Err(value_error("The '_length_' attribute must not be negative"));
    }
    let proto = protocol::getattr_opt(&cls, &intern("_type_"))?
        .ok_or_else(|| attribute_error("class must define a '_type_' attribute"))?;
    let item = stg::get(&proto).ok_or_else(|| type_error("_type_ must have storage info"))?;
    let length = length as usize;
    let size = item
        .size
        .checked_mul(length)
        .filter(|s| *s <= isize::MAX as usize)
        .ok_or_else(|| PyErr::new(&exceptions::OVERFLOW_ERROR, "array too large"))?;
    let one = match (&item.kind, &item.ffi) {
        (Kind::Array, FfiKind::Struct(inner)) => inner.clone(),
        (Kind::Pointer | Kind::Func, _) => vec![FfiKind::Pointer],
        (_, k) => vec![k.clone()],
    };
    let items: Vec<FfiKind> = std::iter::repeat_n(one, length).flatten().collect();
    let mut info = StgInfo::new(Kind::Array, size, item.align, FfiKind::Struct(items));
    info.length = length;
    info.proto = Some(proto);
    info.format = item.format.clone();
    cdata::add_char_array_getsets(&cls, &info);
    stg::set(&cls, info);
    Ok(cls)
}

builtin_subtype!(static ARRAY_META: TypeObject as TYPE_TYPE = TypeSpec {
    name: "_ctypes.PyCArrayType",
    base: Some(&CTYPE_META),
    flags: flags::BASETYPE,
    doc: Some("metatype for the Array Objects"),
    slots: SlotDefs { new: Some(array_meta_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("from_param", instance_meta_from_param, FROM_PARAM_DOC)],
    ..TypeSpec::DEFAULT
});

// ----- pointers -----

fn pointer_info(proto: Option<Value>) -> StgInfo {
    let mut info = StgInfo::new(Kind::Pointer, 8, 8, FfiKind::Pointer);
    info.format = match proto.as_ref().and_then(stg::get) {
        Some(p) => format!("&{}", p.format),
        None => "&B".to_string(),
    };
    info.proto = proto;
    info
}

fn set_pointer_target(cls: &Value, proto: &Value) -> PyResult<()> {
    if stg::get(proto).is_none() {
        return Err(type_error(format!(
            "{} must have storage info",
            protocol::repr_string(proto)?
        )));
    }
    stg::set(cls, pointer_info(Some(proto.clone())));
    protocol::setattr(proto, &intern("__pointer_type__"), Some(cls))
}

fn pointer_meta_new(meta: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let cls = type_new(meta, args, kwnames)?;
    match protocol::getattr_opt(&cls, &intern("_type_"))? {
        Some(proto) => set_pointer_target(&cls, &proto)?,
        None => stg::set(&cls, pointer_info(None)),
    }
    Ok(cls)
}

fn pointer_meta_set_type(cls: &Value, args: Args) -> PyResult {
    let proto = args.one("set_type")?;
    set_pointer_target(cls, proto)?;
    protocol::setattr(cls, &intern("_type_"), Some(proto))?;
    Ok(none())
}

fn pointer_meta_from_param(cls: &Value, args: Args) -> PyResult {
    let v = args.one("from_param")?;
    funcptr::pointer_from_param(cls, v)
}

builtin_subtype!(static POINTER_META: TypeObject as TYPE_TYPE = TypeSpec {
    name: "_ctypes.PyCPointerType",
    base: Some(&CTYPE_META),
    flags: flags::BASETYPE,
    doc: Some("metatype for the Pointer Objects"),
    slots: SlotDefs { new: Some(pointer_meta_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("from_param", pointer_meta_from_param, FROM_PARAM_DOC),
        MethodDef::new("set_type", pointer_meta_set_type, "set_type($self, type, /)\n--\n\n"),
    ],
    ..TypeSpec::DEFAULT
});

// ----- function pointers -----

fn funcptr_meta_new(meta: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let cls = type_new(meta, args, kwnames)?;
    let flags = match protocol::getattr_opt(&cls, &intern("_flags_"))? {
        Some(f) if int::is_int(&f) => int::to_i64(&f).unwrap_or(0),
        _ => {
            return Err(type_error(
                "class must define _flags_ which must be an integer",
            ));
        }
    };
    let argtypes = match protocol::getattr_opt(&cls, &intern("_argtypes_"))? {
        Some(a) if !is_none(&a) => {
            let items = protocol::collect(&a)
                .map_err(|_| type_error("'_argtypes_' must be a sequence of types"))?;
            Some(items)
        }
        _ => None,
    };
    let restype = protocol::getattr_opt(&cls, &intern("_restype_"))?;
    let mut info = StgInfo::new(Kind::Func, 8, 8, FfiKind::Pointer);
    info.format = "X{}".to_string();
    info.func = Some(FuncInfo {
        argtypes,
        restype,
        flags,
    });
    stg::set(&cls, info);
    Ok(cls)
}

fn funcptr_meta_from_param(cls: &Value, args: Args) -> PyResult {
    let v = args.one("from_param")?;
    funcptr::funcptr_from_param(cls, v)
}

builtin_subtype!(static FUNCPTR_META: TypeObject as TYPE_TYPE = TypeSpec {
    name: "_ctypes.PyCFuncPtrType",
    base: Some(&CTYPE_META),
    flags: flags::BASETYPE,
    doc: Some("metatype for C function pointers"),
    slots: SlotDefs { new: Some(funcptr_meta_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("from_param", funcptr_meta_from_param, FROM_PARAM_DOC)],
    ..TypeSpec::DEFAULT
});

// ----- module functions -----

fn sizeof(_m: &Value, args: Args) -> PyResult {
    let v = args.one("sizeof")?;
    if let Some(c) = cdata(v) {
        return Ok(int::from_usize(c.size()));
    }
    match stg::get(v) {
        Some(info) => Ok(int::from_usize(info.size)),
        None => Err(type_error("this type has no size")),
    }
}

fn alignment(_m: &Value, args: Args) -> PyResult {
    let v = args.one("alignment")?;
    match stg::of_type_or_instance(v) {
        Some(info) => Ok(int::from_usize(info.align)),
        None => Err(type_error("no alignment info")),
    }
}

fn addressof(_m: &Value, args: Args) -> PyResult {
    let v = args.one("addressof")?;
    match cdata(v) {
        Some(c) => Ok(int::from_usize(c.addr())),
        None => Err(type_error(format!(
            "addressof() argument must be _ctypes._CData, not {}",
            protocol::type_name(v)
        ))),
    }
}

fn byref(_m: &Value, args: Args) -> PyResult {
    let a = args.range("byref", "byref", 1, 2)?;
    let Some(c) = cdata(&a[0]) else {
        return Err(type_error(format!(
            "byref() argument 1 must be _ctypes._CData, not {}",
            protocol::type_name(&a[0])
        )));
    };
    let offset = a.get(1).map_or(Ok(0), protocol::index_as_isize)?;
    Ok(new_carg(a[0].clone(), c.addr().wrapping_add_signed(offset)))
}

/// `resize(obj, size)`: grows or shrinks the memory an instance owns
/// (never below its type's size).
fn resize(_m: &Value, args: Args) -> PyResult {
    let a = args.range("resize", "resize", 2, 2)?;
    let Some(c) = cdata(&a[0]) else {
        return Err(type_error(format!(
            "resize() argument 1 must be _ctypes._CData, not {}",
            ouro_objects::args::arg_type_name(&a[0])
        )));
    };
    let Some(info) = stg::of_instance(&a[0]) else {
        return Err(type_error("expected ctypes instance"));
    };
    let size = protocol::index_as_isize(&a[1])?;
    if size < info.size as isize {
        return Err(value_error(format!("minimum size is {}", info.size)));
    }
    if !c.owns_memory() {
        return Err(value_error(
            "Memory cannot be resized because this object doesn't own it",
        ));
    }
    c.resize(size as usize)?;
    Ok(none())
}

fn get_errno(_m: &Value, args: Args) -> PyResult {
    args.none("get_errno")?;
    Ok(int::from_i64(i64::from(
        funcptr::CTYPES_ERRNO.with(std::cell::Cell::get),
    )))
}

fn set_errno(_m: &Value, args: Args) -> PyResult {
    let a = args.range("set_errno", "set_errno", 1, 1)?;
    let new = crate::posix::c_int(&a[0])?;
    Ok(int::from_i64(i64::from(
        funcptr::CTYPES_ERRNO.with(|e| e.replace(new)),
    )))
}

fn dl_os_error(msg: String) -> PyErr {
    PyErr::new(&exceptions::OS_ERROR, msg)
}

fn dlopen(_m: &Value, args: Args) -> PyResult {
    let a = args.range("dlopen", "dlopen", 0, 2)?;
    let name = match a.first().filter(|n| !is_none(n)) {
        Some(n) => Some(crate::posix::fsencode(n)?),
        None => None,
    };
    let mode = a
        .get(1)
        .map_or(Ok(libc::RTLD_NOW | libc::RTLD_LOCAL), crate::posix::c_int)?
        | libc::RTLD_NOW;
    let handle = sys::dlopen(name.as_deref(), mode).map_err(dl_os_error)?;
    Ok(int::from_usize(handle))
}

fn dlsym(_m: &Value, args: Args) -> PyResult {
    let a = args.range("dlsym", "dlsym", 2, 2)?;
    let handle = stg::int_mask(&a[0])? as usize;
    let name = protocol::str_lossy(&a[1]);
    Ok(int::from_usize(
        sys::dlsym(handle, name.as_bytes()).map_err(dl_os_error)?,
    ))
}

fn dlclose(_m: &Value, args: Args) -> PyResult {
    let a = args.range("dlclose", "dlclose", 1, 1)?;
    sys::dlclose(stg::int_mask(&a[0])? as usize).map_err(dl_os_error)?;
    Ok(none())
}

fn buffer_info(_m: &Value, args: Args) -> PyResult {
    let v = args.one("buffer_info")?;
    let info =
        stg::of_type_or_instance(v).ok_or_else(|| type_error("not a ctype type or object"))?;
    let mut shape = Vec::new();
    let mut cur = Some(info.clone());
    while let Some(i) = cur.filter(|i| i.kind == Kind::Array) {
        shape.push(int::from_usize(i.length));
        cur = i.proto.as_ref().and_then(stg::get);
    }
    Ok(Tuple::new(vec![
        PyStr::new(&info.format),
        int::from_usize(shape.len()),
        Tuple::new(shape),
    ]))
}

fn unpickle(_m: &Value, args: Args) -> PyResult {
    let a = args.range("_unpickle", "_unpickle", 2, 2)?;
    let new = protocol::getattr_str(&a[0], "__new__")?;
    let obj = protocol::call1(&new, a[0].clone())?;
    let state = protocol::collect(&a[1])?;
    protocol::call(&protocol::getattr_str(&obj, "__setstate__")?, &state, None)?;
    Ok(obj)
}

fn call_function(_m: &Value, args: Args) -> PyResult {
    let a = args.range("call_function", "call_function", 2, 2)?;
    let address = stg::int_mask(&a[0])? as usize;
    let Some(t) = a[1].downcast::<Tuple>() else {
        return Err(type_error(format!(
            "call_function() argument 2 must be tuple, not {}",
            protocol::type_name(&a[1])
        )));
    };
    funcptr::call_address(address, t.as_slice())
}

fn call_cdeclfunction(_m: &Value, args: Args) -> PyResult {
    let a = args.range("call_cdeclfunction", "call_cdeclfunction", 2, 2)?;
    let address = stg::int_mask(&a[0])? as usize;
    let Some(t) = a[1].downcast::<Tuple>() else {
        return Err(type_error(format!(
            "call_cdeclfunction() argument 2 must be tuple, not {}",
            protocol::type_name(&a[1])
        )));
    };
    funcptr::call_address(address, t.as_slice())
}

ouro_objects::gil_shared! {
    /// The references `Py_INCREF` took, which `Py_DECREF` gives back: a
    /// safe stand-in for changing the count by hand (a `Py_DECREF` without
    /// a matching `Py_INCREF` leaves the count alone rather than freeing an
    /// object others still use).
    static EXTRA_REFERENCES: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// `PyObj_FromPtr(address)`: the object whose `id()` is `address`.
fn pyobj_from_ptr(_m: &Value, args: Args) -> PyResult {
    let a = args.range("PyObj_FromPtr", "PyObj_FromPtr", 1, 1)?;
    let addr = void_ptr(&a[0])?;
    let Some(obj) = sys::object_at(addr) else {
        return Err(ouro_objects::err::system_error(
            "PyObj_FromPtr() argument 1 (unspecified)",
        ));
    };
    sys_audit("ctypes.PyObj_FromPtr", &obj)?;
    Ok(obj)
}

/// `PyLong_AsVoidPtr`: a negative int as a C long, else as an unsigned long.
fn void_ptr(v: &Value) -> PyResult<usize> {
    if !int::is_int(v) {
        return Err(type_error("an integer is required"));
    }
    if let Some(n) = int::to_i64(v) {
        return Ok(n as usize);
    }
    if int::is_negative(v) {
        return Err(overflow_error("Python int too large to convert to C long"));
    }
    int::as_int(v)
        .and_then(|n| u64::try_from(n.to_bigint().as_ref()).ok())
        .map(|n| n as usize)
        .ok_or_else(|| overflow_error("Python int too large to convert to C unsigned long"))
}

/// `PySys_Audit(event, "(O)", arg)`.
fn sys_audit(event: &str, arg: &Value) -> PyResult<()> {
    if let Some(audit) = ouro_eval::sysmod::sys_attr("audit") {
        protocol::call(&audit, &[PyStr::new(event), arg.clone()], None)?;
    }
    Ok(())
}

fn py_incref(_m: &Value, args: Args) -> PyResult {
    let obj = args.one("Py_INCREF")?;
    EXTRA_REFERENCES.with(|r| r.borrow_mut().push(obj.clone()));
    Ok(obj.clone())
}

fn py_decref(_m: &Value, args: Args) -> PyResult {
    let obj = args.one("Py_DECREF")?;
    let taken = EXTRA_REFERENCES.with(|r| {
        let mut refs = r.borrow_mut();
        refs.iter()
            .rposition(|o| o.is(obj))
            .map(|i| refs.swap_remove(i))
    });
    drop(taken);
    Ok(obj.clone())
}

// ----- the Python-API helpers behind ctypes.string_at, wstring_at, cast -----

fn string_at(args: &[Converted2]) -> PyResult {
    let addr = args.first().map_or(0, Converted2::address);
    let size = args.get(1).map_or(-1, Converted2::int);
    if addr == 0 {
        return Err(value_error("NULL pointer access"));
    }
    Ok(bytes::new(if size < 0 {
        sys::c_string(addr)
    } else {
        sys::read(addr, size as usize)
    }))
}

fn wstring_at(args: &[Converted2]) -> PyResult {
    let addr = args.first().map_or(0, Converted2::address);
    let size = args.get(1).map_or(-1, Converted2::int);
    if addr == 0 {
        return Err(value_error("NULL pointer access"));
    }
    let units = if size < 0 {
        sys::wide_string(addr)
    } else {
        sys::read(addr, 4 * size as usize)
            .chunks_exact(4)
            .map(|c| u32::from_ne_bytes(c.try_into().expect("4 bytes")))
            .collect()
    };
    Ok(PyStr::from_cps(&units))
}

/// `cast(obj, typ)`: a new `typ` (a pointer type or `py_object`) holding
/// `obj`'s address, keeping `obj` alive.
fn cast(args: &[Converted2]) -> PyResult {
    let [ptr, src, target] = args else {
        return Err(type_error("cast() takes 3 arguments"));
    };
    let src = src.py_object()?;
    let target = target.py_object()?;
    let ok = stg::get(&target).is_some_and(|s| {
        matches!(
            s.kind,
            Kind::Pointer | Kind::Func | Kind::Simple(b'P' | b'z' | b'Z' | b'X' | b'O')
        )
    });
    if !ok {
        return Err(type_error(format!(
            "cast() argument 2 must be a pointer type, not {}",
            TypeRef::from_value(&target).map_or_else(|| protocol::type_name(&target), |t| t.name())
        )));
    }
    let result = make_instance(&target, None, None)?;
    stg::write_address(cdata(&result).expect("instance").addr(), ptr.address());
    if cdata(&src).is_some() {
        cdata::keep(&result, format!("{}", src.word()), src);
    }
    Ok(result)
}

/// `memoryview_at(ptr, size, readonly)`: a view of raw memory (NULL is
/// refused: the view reads its memory as soon as it exists).
fn memoryview_at(args: &[Converted2]) -> PyResult {
    let addr = args.first().map_or(0, Converted2::address);
    let size = args.get(1).map_or(0, Converted2::int);
    let readonly = args.get(2).is_some_and(|r| r.int() != 0);
    if size < 0 {
        return Err(value_error(format!(
            "memoryview_at: size is negative (or overflowed): {size}"
        )));
    }
    if addr == 0 {
        return Err(value_error("NULL pointer access"));
    }
    cdata::memoryview_of_memory(addr, size as usize, readonly)
}

fn internal_address(f: fn(&[Converted2]) -> PyResult) -> usize {
    f as *const () as usize
}

// ----- module -----

fn make_class(
    meta: &'static ouro_objects::PyObj<TypeObject>,
    name: &str,
    base: &'static ouro_objects::PyObj<TypeObject>,
    doc: &str,
) -> PyResult {
    let ns = Dict::new_value();
    let d = ns.downcast::<Dict>().expect("dict");
    d.set_str("__module__", PyStr::new("_ctypes"));
    d.set_str("__doc__", PyStr::new(doc));
    type_new(
        &TypeRef::from_static(meta),
        &[
            PyStr::new(name),
            Tuple::new(vec![TypeRef::from_static(base).into_value()]),
            ns,
        ],
        None,
    )
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    crate::heaptype::list_module_in_dict(&[&cdata::CFIELD_TYPE]);
    ouro_objects::buffer::register(&cdata::EXPORTER);
    ouro_objects::buffer::register(&cdata::RAW_MEMORY_EXPORTER);
    for ty in [
        &CTYPE_META,
        &SIMPLE_META,
        &STRUCT_META,
        &UNION_META,
        &ARRAY_META,
        &POINTER_META,
        &FUNCPTR_META,
        &cdata::CDATA_TYPE,
        &cdata::SIMPLE_BASE,
        &cdata::STRUCT_BASE,
        &cdata::ARRAY_BASE,
        &cdata::POINTER_BASE,
        &funcptr::FUNCPTR_BASE,
        &cdata::CARG_TYPE,
        &cdata::RAW_MEMORY_TYPE,
    ] {
        ouro_objects::typeobj::ready(ty);
    }
    let simple = make_class(
        &SIMPLE_META,
        "_SimpleCData",
        &cdata::SIMPLE_BASE,
        "XXX to be provided",
    )?;
    let structure = make_class(
        &STRUCT_META,
        "Structure",
        &cdata::STRUCT_BASE,
        "Structure base class",
    )?;
    let union = make_class(
        &UNION_META,
        "Union",
        &cdata::STRUCT_BASE,
        "Union base class",
    )?;
    let array = make_class(
        &ARRAY_META,
        "Array",
        &cdata::ARRAY_BASE,
        "Abstract base class for arrays.",
    )?;
    let pointer = make_class(
        &POINTER_META,
        "_Pointer",
        &cdata::POINTER_BASE,
        "XXX to be provided",
    )?;
    let cfuncptr = make_class(
        &FUNCPTR_META,
        "CFuncPtr",
        &funcptr::FUNCPTR_BASE,
        "Function Pointer",
    )?;
    let mut info = StgInfo::new(Kind::Func, 8, 8, FfiKind::Pointer);
    info.format = "X{}".to_string();
    info.func = Some(FuncInfo {
        argtypes: None,
        restype: None,
        flags: funcptr::FUNCFLAG_CDECL,
    });
    stg::set(&cfuncptr, info);
    let argument_error = exception_class("ctypes", "ArgumentError", &[&exceptions::EXCEPTION])?;
    cdata::CLASSES.with(|c| {
        *c.borrow_mut() = Some(Rc::new(Classes {
            simple: simple.clone(),
            array_meta: TypeRef::from_static(&ARRAY_META).into_value(),
            argument_error: argument_error.clone(),
        }))
    });
    funcptr::INTERNAL.with(|t| {
        let mut t = t.borrow_mut();
        t.clear();
        t.push((internal_address(string_at), string_at));
        t.push((internal_address(wstring_at), wstring_at));
        t.push((internal_address(cast), cast));
        t.push((internal_address(memoryview_at), memoryview_at));
    });
    for (name, v) in [
        ("_SimpleCData", simple),
        ("Structure", structure),
        ("Union", union),
        ("Array", array),
        ("_Pointer", pointer),
        ("CFuncPtr", cfuncptr),
        ("ArgumentError", argument_error),
        (
            "CField",
            TypeRef::from_static(&cdata::CFIELD_TYPE).into_value(),
        ),
        ("__version__", PyStr::new("1.1.0")),
        ("FUNCFLAG_CDECL", int::from_i64(funcptr::FUNCFLAG_CDECL)),
        (
            "FUNCFLAG_PYTHONAPI",
            int::from_i64(funcptr::FUNCFLAG_PYTHONAPI),
        ),
        (
            "FUNCFLAG_USE_ERRNO",
            int::from_i64(funcptr::FUNCFLAG_USE_ERRNO),
        ),
        (
            "FUNCFLAG_USE_LASTERROR",
            int::from_i64(funcptr::FUNCFLAG_USE_LASTERROR),
        ),
        ("RTLD_LOCAL", int::from_i64(i64::from(libc::RTLD_LOCAL))),
        ("RTLD_GLOBAL", int::from_i64(i64::from(libc::RTLD_GLOBAL))),
        ("CTYPES_MAX_ARGCOUNT", int::from_i64(1024)),
        (
            "SIZEOF_TIME_T",
            int::from_usize(std::mem::size_of::<libc::time_t>()),
        ),
        (
            "_memmove_addr",
            int::from_usize(libc::memmove as *const () as usize),
        ),
        (
            "_memset_addr",
            int::from_usize(libc::memset as *const () as usize),
        ),
        (
            "_string_at_addr",
            int::from_usize(internal_address(string_at)),
        ),
        (
            "_wstring_at_addr",
            int::from_usize(internal_address(wstring_at)),
        ),
        ("_cast_addr", int::from_usize(internal_address(cast))),
        (
            "_memoryview_at_addr",
            int::from_usize(internal_address(memoryview_at)),
        ),
    ] {
        m.set(name, v);
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_ctypes",
    doc: "Create and manipulate C compatible data types in Python.",
    functions: &[
        MethodDef::new(
            "sizeof",
            sizeof,
            "sizeof($module, obj, /)\n--\n\nReturn the size in bytes of a C instance.",
        ),
        MethodDef::new(
            "alignment",
            alignment,
            "alignment($module, obj_or_type, /)\n--\n\nalignment(C type) -> integer\nalignment(C instance) -> integer\nReturn the alignment requirements of a C instance",
        ),
        MethodDef::new(
            "addressof",
            addressof,
            "addressof($module, obj, /)\n--\n\nReturn the address of the C instance internal buffer",
        ),
        MethodDef::new(
            "byref",
            byref,
            "byref($module, obj, offset=0, /)\n--\n\nReturn a pointer lookalike to a C instance, only usable as function argument.",
        ),
        MethodDef::new("resize", resize, "resize($module, obj, size, /)\n--\n\n"),
        MethodDef::new("get_errno", get_errno, "get_errno($module, /)\n--\n\n"),
        MethodDef::new(
            "set_errno",
            set_errno,
            "set_errno($module, value, /)\n--\n\n",
        ),
        MethodDef::new(
            "dlopen",
            dlopen,
            "dlopen($module, name, flag=RTLD_GLOBAL|RTLD_LOCAL, /)\n--\n\nopen a shared library",
        ),
        MethodDef::new(
            "dlsym",
            dlsym,
            "dlsym($module, handle, name, /)\n--\n\nfind symbol in shared library",
        ),
        MethodDef::new(
            "dlclose",
            dlclose,
            "dlclose($module, handle, /)\n--\n\nclose a shared library",
        ),
        MethodDef::new(
            "buffer_info",
            buffer_info,
            "buffer_info($module, type, /)\n--\n\nReturn buffer interface information",
        ),
        MethodDef::new(
            "call_function",
            call_function,
            "call_function($module, address, arguments, /)\n--\n\n",
        ),
        MethodDef::new(
            "call_cdeclfunction",
            call_cdeclfunction,
            "call_cdeclfunction($module, address, arguments, /)\n--\n\n",
        ),
        MethodDef::new(
            "PyObj_FromPtr",
            pyobj_from_ptr,
            "PyObj_FromPtr($module, address, /)\n--\n\n",
        ),
        MethodDef::new("Py_INCREF", py_incref, "Py_INCREF($module, obj, /)\n--\n\n"),
        MethodDef::new("Py_DECREF", py_decref, "Py_DECREF($module, obj, /)\n--\n\n"),
        MethodDef::new(
            "_unpickle",
            unpickle,
            "_unpickle($module, typ, state, /)\n--\n\n",
        ),
    ],
    types: || vec![],
    init,
};
