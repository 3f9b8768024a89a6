//! Foreign function pointers (`CFuncPtr`): calling C functions through libffi with `argtypes`/`restype`/`errcheck` and `use_errno`, callbacks from C into Python, and the `from_param` argument conversions; mirrors Modules/_ctypes/callproc.c, callbacks.c and the CFuncPtr parts of _ctypes.c.

use ouro_objects::core::gil::allow_threads;
use std::cell::{Cell, RefCell};

use ouro_objects::args::Args;
use ouro_objects::bytes::{self, Bytes};
use ouro_objects::descr::GetSetDef;
use ouro_objects::err::{PyErr, PyResult, type_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_subtype, exceptions, int, protocol};

use super::cdata::{
    self, CARG_TYPE, CArg, CDATA_TYPE, CData, cdata, make_instance, new_carg, new_carg_tagged,
};
use super::stg::{self, Kind};
use super::sys::{self, Closure, FfiKind, Signature};

pub const FUNCFLAG_CDECL: i64 = 0x1;
pub const FUNCFLAG_PYTHONAPI: i64 = 0x4;
pub const FUNCFLAG_USE_ERRNO: i64 = 0x8;
pub const FUNCFLAG_USE_LASTERROR: i64 = 0x10;

thread_local! {
    /// ctypes' private copy of errno (`get_errno`/`set_errno`), swapped
    /// with the C library's around calls made with `use_errno`.
    pub static CTYPES_ERRNO: Cell<i32> = const { Cell::new(0) };
}

/// An instance-level setting that overrides the class's (`argtypes`,
/// `restype`).
pub struct FuncState {
    /// The converters and the object they were given as (`argtypes`
    /// returns it unchanged).
    argtypes: Option<Option<(Vec<Value>, Value)>>,
    restype: Option<Value>,
    errcheck: Option<Value>,
    /// A callback's closure and the Python callable it runs.
    closure: Option<(Closure, Value)>,
}

fn state_of(v: &Value) -> &CData {
    cdata(v).expect("CFuncPtr")
}

fn with_state<R>(v: &Value, f: impl FnOnce(&mut FuncState) -> R) -> R {
    let c = state_of(v);
    let mut slot = c.func.borrow_mut();
    let state = slot.get_or_insert_with(|| FuncState {
        argtypes: None,
        restype: None,
        errcheck: None,
        closure: None,
    });
    f(state)
}

/// The argtypes, restype and flags in force for a function object.
fn signature_of(v: &Value) -> (Option<Vec<Value>>, Option<Value>, i64) {
    let class = stg::of_instance(v).and_then(|s| s.func.clone());
    let (class_args, class_res, flags) = class.map_or((None, None, FUNCFLAG_CDECL), |f| {
        (f.argtypes, f.restype, f.flags)
    });
    with_state(v, |s| {
        let args = match &s.argtypes {
            Some(a) => a.as_ref().map(|(types, _)| types.clone()),
            None => class_args,
        };
        let res = s.restype.clone().or(class_res);
        (args, res, flags)
    })
}

fn function_address(v: &Value) -> usize {
    stg::read_address(state_of(v).addr())
}

/// The libffi kind of a ctypes type used as argument or result type.
fn ffi_kind_of(ty: &Value) -> PyResult<FfiKind> {
    stg::get(ty)
        .map(|s| match s.kind {
            Kind::Array | Kind::Pointer | Kind::Func => FfiKind::Pointer,
            _ => s.ffi.clone(),
        })
        .ok_or_else(|| type_error("invalid result type for callback function"))
}

fn argument_error(msg: String) -> PyErr {
    let cls = cdata::classes().argument_error.clone();
    match protocol::call1(&cls, PyStr::new(&msg)) {
        Ok(e) => PyErr::from_instance(e),
        Err(e) => e,
    }
}

/// One converted argument: its C type, its bytes, and what must stay alive
/// during the call.
struct Converted {
    kind: FfiKind,
    data: Vec<u8>,
    _keep: Option<Value>,
}

fn word(addr: usize) -> Vec<u8> {
    (addr as u64).to_ne_bytes().to_vec()
}

/// `ConvParam`: a Python object (or what `from_param` returned) as a C
/// argument.
fn conv_param(obj: &Value, index: usize) -> PyResult<Converted> {
    if let Some(a) = obj.downcast::<CArg>() {
        return Ok(Converted {
            kind: a.kind.clone(),
            data: a.data.clone(),
            _keep: Some(a.obj.clone()),
        });
    }
    if let Some(c) = cdata(obj) {
        let info = stg::of_instance(obj).ok_or_else(|| type_error("abstract class"))?;
        let raw = sys::read(c.addr(), c.size());
        return Ok(match info.kind {
            Kind::Array => Converted {
                kind: FfiKind::Pointer,
                data: word(c.addr()),
                _keep: Some(obj.clone()),
            },
            Kind::Pointer | Kind::Func => Converted {
                kind: FfiKind::Pointer,
                data: raw,
                _keep: Some(obj.clone()),
            },
            _ => Converted {
                kind: info.ffi.clone(),
                data: raw,
                _keep: Some(obj.clone()),
            },
        });
    }
    if is_none(obj) {
        return Ok(Converted {
            kind: FfiKind::Pointer,
            data: word(0),
            _keep: None,
        });
    }
    if int::is_int(obj) {
        let n = int::to_i64(obj)
            .and_then(|n| {
                i32::try_from(n)
                    .ok()
                    .map(|_| n)
                    .or_else(|| u32::try_from(n).ok().map(i64::from))
            })
            .ok_or_else(|| {
                argument_error(format!(
                    "argument {index}: OverflowError: int too long to convert"
                ))
            })?;
        return Ok(Converted {
            kind: FfiKind::I32,
            data: (n as i32).to_ne_bytes().to_vec(),
            _keep: None,
        });
    }
    if let Some(b) = obj.downcast::<Bytes>() {
        let mut copy = b.0.to_vec();
        copy.push(0);
        let keep = bytes::new(copy);
        let addr = stg::bytes_address(&keep).expect("bytes");
        return Ok(Converted {
            kind: FfiKind::Pointer,
            data: word(addr),
            _keep: Some(keep),
        });
    }
    if let Some(s) = obj.downcast::<PyStr>() {
        let keep = stg::wide_buffer(s);
        let addr = stg::bytes_address(&keep).expect("bytes");
        return Ok(Converted {
            kind: FfiKind::Pointer,
            data: word(addr),
            _keep: Some(keep),
        });
    }
    if let Some(p) = protocol::getattr_opt(obj, &intern("_as_parameter_"))? {
        return conv_param(&p, index);
    }
    Err(argument_error(format!(
        "argument {index}: TypeError: Don't know how to convert parameter {index}"
    )))
}

/// A Python-API function of `_ctypes` (`_string_at_addr`, ...): called
/// directly with the converted arguments instead of through libffi.
pub type InternalFn = fn(&[Converted2]) -> PyResult;

/// A converted argument as an internal function sees it.
pub struct Converted2 {
    pub data: Vec<u8>,
    pub object: Value,
}

impl Converted2 {
    pub fn address(&self) -> usize {
        let mut w = [0u8; 8];
        let n = self.data.len().min(8);
        w[..n].copy_from_slice(&self.data[..n]);
        u64::from_ne_bytes(w) as usize
    }

    pub fn int(&self) -> i64 {
        match self.data.len() {
            4 => i64::from(i32::from_ne_bytes(
                self.data[..4].try_into().expect("4 bytes"),
            )),
            _ => self.address() as i64,
        }
    }

    /// The object a `py_object` argument holds.
    pub fn py_object(&self) -> PyResult {
        if let Some(a) = self.object.downcast::<CArg>() {
            return Ok(a.obj.clone());
        }
        if cdata(&self.object).is_some() {
            return protocol::getattr_str(&self.object, "value");
        }
        Ok(self.object.clone())
    }
}

ouro_objects::gil_shared! {
    pub static INTERNAL: RefCell<Vec<(usize, InternalFn)>> = const { RefCell::new(Vec::new()) };
}

fn internal_function(addr: usize) -> Option<InternalFn> {
    INTERNAL.with(|t| t.borrow().iter().find(|(a, _)| *a == addr).map(|(_, f)| *f))
}

fn call_from_param(argtype: &Value, arg: &Value, index: usize) -> PyResult {
    let from_param = protocol::getattr_str(argtype, "from_param")?;
    protocol::call1(&from_param, arg.clone()).map_err(|e| {
        let exc = e.value().clone();
        let name = protocol::type_name(&exc);
        let msg = protocol::str_string(&exc).unwrap_or_default();
        argument_error(format!("argument {index}: {name}: {msg}"))
    })
}

/// The Python value of a C result of type `restype` in `data`.
fn convert_result(restype: Option<&Value>, data: &[u8]) -> PyResult {
    let Some(restype) = restype.filter(|r| !is_none(r)) else {
        return Ok(none());
    };
    let Some(info) = stg::get(restype) else {
        // A callable restype gets the C int result (deprecated in CPython).
        let n = i32::from_ne_bytes(data[..4].try_into().expect("4 bytes"));
        return protocol::call1(restype, int::from_i64(i64::from(n)));
    };
    let inst = make_instance(restype, None, None)?;
    let c = cdata(&inst).expect("instance");
    sys::write(c.addr(), &data[..info.size.min(data.len())]);
    let result = cdata::get_value(restype, c.addr(), Some(&inst))?;
    if let Kind::Simple(_) = info.kind
        && result.is(&inst)
        && let Some(from_outparam) =
            protocol::getattr_opt(&inst, &intern("__ctypes_from_outparam__"))?
    {
        return protocol::call0(&from_outparam);
    }
    Ok(result)
}

fn funcptr_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    if a.kw_count() > 0 {
        return Err(type_error("this function takes no keyword arguments"));
    }
    let pos = a.positional();
    if let Some((_, callable)) = with_state(v, |s| {
        s.closure.as_ref().map(|(c, p)| (c.code(), p.clone()))
    }) {
        return protocol::call(&callable, pos, None);
    }
    let (argtypes, restype, flags) = signature_of(v);
    let addr = function_address(v);
    if addr == 0 {
        return Err(PyErr::new(&exceptions::VALUE_ERROR, "NULL pointer access"));
    }
    if let Some(types) = &argtypes
        && pos.len() < types.len()
    {
        return Err(type_error(format!(
            "this function takes at least {} argument{} ({} given)",
            types.len(),
            if types.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut converted = Vec::with_capacity(pos.len());
    let mut objects = Vec::with_capacity(pos.len());
    for (i, arg) in pos.iter().enumerate() {
        let obj = match argtypes.as_ref().and_then(|t| t.get(i)) {
            Some(t) => call_from_param(t, arg, i + 1)?,
            None => arg.clone(),
        };
        converted.push(conv_param(&obj, i + 1)?);
        objects.push(obj);
    }
    if let Some(f) = internal_function(addr) {
        let args: Vec<Converted2> = converted
            .into_iter()
            .zip(objects)
            .map(|(c, object)| Converted2 {
                data: c.data,
                object,
            })
            .collect();
        let result = f(&args)?;
        return errcheck(v, result, pos);
    }
    let kinds: Vec<FfiKind> = converted.iter().map(|c| c.kind.clone()).collect();
    let restype_is_void = restype.as_ref().is_none_or(is_none);
    let ret_kind = match &restype {
        Some(r) if !is_none(r) => match stg::get(r) {
            Some(_) => ffi_kind_of(r)?,
            None => FfiKind::I32,
        },
        _ => FfiKind::Void,
    };
    let ret_size = restype
        .as_ref()
        .and_then(stg::get)
        .map_or(8, |s| s.size.max(8));
    let sig =
        Signature::new(&kinds, &ret_kind).map_err(|e| PyErr::new(&exceptions::RUNTIME_ERROR, e))?;
    let data: Vec<Vec<u8>> = converted.iter().map(|c| c.data.clone()).collect();
    let out = if flags & FUNCFLAG_USE_ERRNO != 0 {
        let mut slot = CTYPES_ERRNO.with(Cell::get);
        let out = allow_threads(|| sys::call(&sig, addr, &data, ret_size, Some(&mut slot)));
        CTYPES_ERRNO.with(|e| e.set(slot));
        out
    } else {
        allow_threads(|| sys::call(&sig, addr, &data, ret_size, None))
    };
    drop(converted);
    let result = if restype_is_void {
        none()
    } else {
        convert_result(restype.as_ref(), &out)?
    };
    errcheck(v, result, pos)
}

fn errcheck(v: &Value, result: Value, args: &[Value]) -> PyResult {
    match with_state(v, |s| s.errcheck.clone()) {
        Some(check) => protocol::call(
            &check,
            &[result, v.clone(), Tuple::new(args.to_vec())],
            None,
        ),
        None => Ok(result),
    }
}

/// Writes a callback's Python result as the C result (integers widened to
/// a full word, as libffi expects).
fn store_result(restype: &Value, ret: usize, value: &Value) -> PyResult<()> {
    let info =
        stg::get(restype).ok_or_else(|| type_error("invalid result type for callback function"))?;
    match info.kind {
        Kind::Simple(code) if matches!(code, b'b' | b'h' | b'i' | b'c' | b'?') => {
            let n = if code == b'?' {
                i64::from(protocol::is_true(value)?)
            } else {
                stg::int_mask(value)? as i64
            };
            let shift = 64 - 8 * info.size as u32;
            sys::write(ret, &(((n << shift) >> shift) as u64).to_ne_bytes());
        }
        Kind::Simple(b'B' | b'H' | b'I') => {
            let n = stg::int_mask(value)?;
            let mask = (1u64 << (8 * info.size)) - 1;
            sys::write(ret, &(n & mask).to_ne_bytes());
        }
        Kind::Simple(code) => {
            stg::set_simple(code, ret, value)?;
        }
        _ => {
            let c = cdata(value)
                .ok_or_else(|| type_error("invalid result type for callback function"))?;
            sys::memmove(ret, c.addr(), info.size);
        }
    }
    Ok(())
}

/// The body of a callback's closure: converts the C arguments, calls
/// `callable`, stores its result; exceptions are reported as unraisable.
fn run_callback(
    callable: &Value,
    argtypes: &[Value],
    restype: Option<&Value>,
    args: &[usize],
    ret: usize,
) {
    let what = || protocol::repr_string(callable).unwrap_or_default();
    let call = || -> PyResult {
        let mut values = Vec::with_capacity(args.len());
        for (ty, &addr) in argtypes.iter().zip(args) {
            let inst = make_instance(ty, None, None)?;
            let c = cdata(&inst).expect("instance");
            sys::memmove(c.addr(), addr, c.size());
            values.push(cdata::get_value(ty, c.addr(), Some(&inst))?);
        }
        protocol::call(callable, &values, None)
    };
    let result = match call() {
        Ok(r) => r,
        Err(e) => {
            let msg = format!(
                "Exception ignored while calling ctypes callback function {}",
                what()
            );
            ouro_objects::err::write_unraisable(&e, &msg);
            return;
        }
    };
    if let Some(r) = restype.filter(|r| !is_none(r))
        && let Err(e) = store_result(r, ret, &result)
    {
        let msg = format!(
            "Exception ignored while converting result of ctypes callback function {}",
            what()
        );
        ouro_objects::err::write_unraisable(&e, &msg);
    }
}

fn make_callback(ty: &TypeRef, callable: Value) -> PyResult {
    let info = stg::get(ty.value())
        .and_then(|s| s.func.clone())
        .ok_or_else(|| type_error("abstract class"))?;
    let argtypes = info.argtypes.clone().unwrap_or_default();
    let restype = info.restype.clone();
    let kinds = argtypes
        .iter()
        .map(ffi_kind_of)
        .collect::<PyResult<Vec<_>>>()?;
    let ret_kind = match &restype {
        Some(r) if !is_none(r) => ffi_kind_of(r)?,
        _ => FfiKind::Void,
    };
    let body_callable = callable.clone();
    let closure = Closure::new(
        &kinds,
        &ret_kind,
        Box::new(move |args, ret| {
            ouro_objects::core::gil::with_gil(|| {
                run_callback(&body_callable, &argtypes, restype.as_ref(), args, ret);
            });
        }),
    )
    .map_err(|e| PyErr::new(&exceptions::RUNTIME_ERROR, e))?;
    let inst = make_instance(ty.value(), None, None)?;
    stg::write_address(state_of(&inst).addr(), closure.code());
    with_state(&inst, |s| s.closure = Some((closure, callable)));
    Ok(inst)
}

fn funcptr_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let pos = a.positional();
    if pos.is_empty() {
        return make_instance(ty.value(), None, None);
    }
    let first = &pos[0];
    if int::is_int(first) {
        let inst = make_instance(ty.value(), None, None)?;
        stg::write_address(state_of(&inst).addr(), stg::int_mask(first)? as usize);
        return Ok(inst);
    }
    if let Some(t) = first.downcast::<Tuple>() {
        let items = t.as_slice();
        if items.len() < 2 {
            return Err(type_error("function name and dll expected"));
        }
        let handle = stg::int_mask(&protocol::getattr_str(&items[1], "_handle")?)? as usize;
        let name = match items[0].downcast::<PyStr>() {
            Some(s) => s.to_string_lossy(),
            None => {
                return Err(type_error(
                    "function name must be string, bytes object or integer",
                ));
            }
        };
        let addr = sys::dlsym(handle, name.as_bytes())
            .map_err(|e| PyErr::new(&exceptions::ATTRIBUTE_ERROR, e))?;
        let inst = make_instance(ty.value(), None, None)?;
        stg::write_address(state_of(&inst).addr(), addr);
        return Ok(inst);
    }
    if protocol::getattr_opt(first, &intern("__call__"))?.is_some() {
        return make_callback(ty, first.clone());
    }
    Err(type_error(
        "argument must be callable or integer function address",
    ))
}

fn funcptr_bool(v: &Value) -> PyResult<bool> {
    Ok(function_address(v) != 0)
}

fn funcptr_repr(v: &Value) -> PyResult {
    let name = protocol::type_name(v);
    Ok(PyStr::new(&format!("<{name} object at {:#x}>", v.word())))
}

fn get_argtypes(v: &Value) -> PyResult {
    if let Some(given) = with_state(v, |s| s.argtypes.clone()) {
        return Ok(given.map_or_else(none, |(_, object)| object));
    }
    Ok(signature_of(v).0.map_or_else(none, Tuple::new))
}

fn set_argtypes(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let types = match value.filter(|x| !is_none(x)) {
        Some(x) => {
            let items = protocol::collect(x)
                .map_err(|_| type_error("_argtypes_ must be a sequence of types"))?;
            for t in &items {
                if protocol::getattr_opt(t, &intern("from_param"))?.is_none() {
                    return Err(type_error(format!(
                        "item {} in _argtypes_ has no from_param method",
                        items.iter().position(|i| i.is(t)).unwrap_or(0) + 1
                    )));
                }
            }
            Some((items, x.clone()))
        }
        None => None,
    };
    with_state(v, |s| s.argtypes = Some(types));
    Ok(())
}

fn get_restype(v: &Value) -> PyResult {
    Ok(signature_of(v).1.unwrap_or_else(none))
}

fn set_restype(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let value = value.cloned().unwrap_or_else(none);
    if !is_none(&value)
        && stg::get(&value).is_none()
        && protocol::getattr_opt(&value, &intern("__call__"))?.is_none()
    {
        return Err(type_error("restype must be a type, a callable, or None"));
    }
    with_state(v, |s| s.restype = Some(value));
    Ok(())
}

fn get_errcheck(v: &Value) -> PyResult {
    Ok(with_state(v, |s| s.errcheck.clone()).unwrap_or_else(none))
}

fn set_errcheck(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let value = value.filter(|x| !is_none(x)).cloned();
    if let Some(x) = &value
        && protocol::getattr_opt(x, &intern("__call__"))?.is_none()
    {
        return Err(type_error("the errcheck attribute must be callable"));
    }
    with_state(v, |s| s.errcheck = value);
    Ok(())
}

builtin_subtype!(pub static FUNCPTR_BASE: CData as CDATA_TYPE = TypeSpec {
    name: "_ctypes._CFuncPtr_base",
    base: Some(&CDATA_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs {
        new: Some(funcptr_new),
        call: Some(funcptr_call),
        bool: Some(funcptr_bool),
        repr: Some(funcptr_repr),
        ..SlotDefs::NONE
    },
    getsets: &[
        GetSetDef::with_setter("argtypes", get_argtypes, set_argtypes).with_doc("specify the argument types"),
        GetSetDef::with_setter("restype", get_restype, set_restype).with_doc("specify the result type"),
        GetSetDef::with_setter("errcheck", get_errcheck, set_errcheck).with_doc("a function to check for errors"),
    ],
    ..TypeSpec::DEFAULT
});

/// `from_param` of the simple types: an instance of the class passes as
/// is, `byref()` of one too, and other values are converted by calling the
/// class (`c_int.from_param(5)`); `c_void_p`, `c_char_p` and `c_wchar_p`
/// also take addresses of other ctypes objects.
pub fn simple_from_param(cls: &Value, value: &Value) -> PyResult {
    let tyref = TypeRef::from_value(cls).ok_or_else(|| type_error("class expected"))?;
    if protocol::is_instance_of(value, &tyref) {
        return Ok(value.clone());
    }
    let code = match stg::get(cls).map(|s| s.kind) {
        Some(Kind::Simple(c)) => c,
        _ => return Err(type_error("abstract class")),
    };
    if let Some(arg) = value.downcast::<CArg>()
        && protocol::is_instance_of(&arg.obj, &tyref)
    {
        return Ok(value.clone());
    }
    if matches!(code, b'P' | b'z' | b'Z') {
        if let Some(c) = cdata(value) {
            let vinfo = stg::of_instance(value).ok_or_else(|| type_error("abstract class"))?;
            let carg = match vinfo.kind {
                Kind::Array => Some(new_carg_tagged(value.clone(), c.addr(), code)),
                Kind::Pointer | Kind::Func | Kind::Simple(b'z' | b'Z' | b'P') => Some(
                    new_carg_tagged(value.clone(), stg::read_address(c.addr()), code),
                ),
                _ if code == b'P' => Some(new_carg(value.clone(), c.addr())),
                _ => None,
            };
            if let Some(carg) = carg {
                return Ok(carg);
            }
        } else if value.downcast::<CArg>().is_some() && code == b'P' {
            return Ok(value.clone());
        } else if is_none(value) {
            return Ok(none());
        } else if int::is_int(value)
            || (code != b'Z' && value.downcast::<Bytes>().is_some())
            || (code != b'z' && value.downcast::<PyStr>().is_some())
        {
            if code == b'P' && value.downcast::<PyStr>().is_some() {
                let keep = stg::wide_buffer(value.downcast::<PyStr>().expect("str"));
                let addr = stg::bytes_address(&keep).expect("bytes");
                return Ok(new_carg_tagged(keep, addr, b'Z'));
            }
            let tag = if code == b'P' && value.downcast::<Bytes>().is_some() {
                b'z'
            } else {
                code
            };
            let info = stg::get(cls).expect("simple type");
            return cdata::new_value_carg(&info, tag, value);
        }
        if let Some(p) = protocol::getattr_opt(value, &intern("_as_parameter_"))? {
            return simple_from_param(cls, &p);
        }
        let name = match code {
            b'z' => "c_char_p",
            b'Z' => "c_wchar_p",
            _ => "c_void_p",
        };
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as ctypes.{name}",
            protocol::type_name(value)
        )));
    }
    let info = stg::get(cls).expect("simple type");
    match cdata::new_value_carg(&info, code, value) {
        Ok(carg) => Ok(carg),
        Err(e) => match protocol::getattr_opt(value, &intern("_as_parameter_"))? {
            Some(p) => simple_from_param(cls, &p),
            None => Err(e),
        },
    }
}

/// `from_param` of structures, unions and arrays: an instance (or
/// `byref()` of one).
pub fn instance_from_param(cls: &Value, value: &Value) -> PyResult {
    let tyref = TypeRef::from_value(cls).ok_or_else(|| type_error("class expected"))?;
    if protocol::is_instance_of(value, &tyref) {
        return Ok(value.clone());
    }
    if let Some(arg) = value.downcast::<CArg>()
        && protocol::is_instance_of(&arg.obj, &tyref)
    {
        return Ok(value.clone());
    }
    if let Some(p) = protocol::getattr_opt(value, &intern("_as_parameter_"))? {
        return instance_from_param(cls, &p);
    }
    Err(type_error(format!(
        "expected {} instance instead of {}",
        tyref.name(),
        protocol::type_name(value)
    )))
}

/// `from_param` of pointer types: None, an instance, `byref()` of the
/// target type, an instance of the target type (passed by reference) or an
/// array of it.
pub fn pointer_from_param(cls: &Value, value: &Value) -> PyResult {
    if is_none(value) {
        return Ok(none());
    }
    let tyref = TypeRef::from_value(cls).ok_or_else(|| type_error("class expected"))?;
    if protocol::is_instance_of(value, &tyref) {
        return Ok(value.clone());
    }
    let proto = stg::get(cls).and_then(|s| s.proto.clone());
    if let Some(proto) = &proto
        && let Some(pt) = TypeRef::from_value(proto)
    {
        if let Some(arg) = value.downcast::<CArg>()
            && protocol::is_instance_of(&arg.obj, &pt)
        {
            return Ok(value.clone());
        }
        if let Some(c) = cdata(value) {
            if protocol::is_instance_of(value, &pt) {
                return Ok(new_carg(value.clone(), c.addr()));
            }
            if let Some(info) = stg::of_instance(value)
                && matches!(info.kind, Kind::Array | Kind::Pointer)
                && info.proto.as_ref().is_some_and(|p| p.is(proto))
            {
                return Ok(value.clone());
            }
        }
    }
    if let Some(p) = protocol::getattr_opt(value, &intern("_as_parameter_"))? {
        return pointer_from_param(cls, &p);
    }
    Err(type_error(format!(
        "expected {} instance instead of {}",
        tyref.name(),
        protocol::type_name(value)
    )))
}

/// `from_param` of function pointer types: None, an address, an instance.
pub fn funcptr_from_param(cls: &Value, value: &Value) -> PyResult {
    if is_none(value)
        || int::is_int(value)
        || cdata(value).is_some()
        || value.downcast::<CArg>().is_some()
    {
        return Ok(value.clone());
    }
    let _ = &CARG_TYPE;
    instance_from_param(cls, value)
}

/// `call_function(address, args)` / `call_cdeclfunction`: calls the C
/// function at `address` with `args` converted as without argtypes; the
/// result is its C `int`.
pub fn call_address(address: usize, args: &[Value]) -> PyResult {
    let converted = args
        .iter()
        .enumerate()
        .map(|(i, a)| conv_param(a, i + 1))
        .collect::<PyResult<Vec<_>>>()?;
    let kinds: Vec<FfiKind> = converted.iter().map(|c| c.kind.clone()).collect();
    let sig = Signature::new(&kinds, &FfiKind::I32)
        .map_err(|e| PyErr::new(&exceptions::RUNTIME_ERROR, e))?;
    let data: Vec<Vec<u8>> = converted.iter().map(|c| c.data.clone()).collect();
    let out = allow_threads(|| sys::call(&sig, address, &data, 8, None));
    drop(converted);
    Ok(int::from_i64(i64::from(i32::from_ne_bytes(
        out[..4].try_into().expect("4 bytes"),
    ))))
}
