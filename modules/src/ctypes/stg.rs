//! The per-type storage information of ctypes types (CPython's `StgInfo`: size, alignment, element type, libffi type) and the simple types' `getfunc`/`setfunc` per type code; mirrors Modules/_ctypes/ctypes.h and cfield.c.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use ouro_objects::bool::py_bool;
use ouro_objects::bytearray::ByteArray;
use ouro_objects::bytes::{self, Bytes};
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::{TypeRef, Value, float, int, protocol};

use super::sys::{self, FfiKind};

/// What kind of ctypes type a class is (which metaclass made it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// A `_SimpleCData` subclass with its `_type_` code.
    Simple(u8),
    Struct,
    Union,
    Array,
    Pointer,
    Func,
}

/// A foreign function type's signature (`_argtypes_`, `_restype_`, `_flags_`).
#[derive(Clone)]
pub struct FuncInfo {
    pub argtypes: Option<Vec<Value>>,
    pub restype: Option<Value>,
    pub flags: i64,
}

pub struct StgInfo {
    pub size: usize,
    pub align: usize,
    /// Items of an array type.
    pub length: usize,
    pub kind: Kind,
    pub ffi: FfiKind,
    /// The item type of an array, the target of a pointer, the type a
    /// simple subclass stands for.
    pub proto: Option<Value>,
    /// The buffer format (`memoryview(obj).format`).
    pub format: String,
    pub func: Option<FuncInfo>,
    /// A simple type of the other byte order (`__ctype_be__` on
    /// little-endian machines): values are byte-swapped in memory.
    pub swapped: bool,
    /// Set once the type has instances or `_fields_` (fields are final).
    pub fields_final: std::cell::Cell<bool>,
}

impl StgInfo {
    pub fn new(kind: Kind, size: usize, align: usize, ffi: FfiKind) -> StgInfo {
        StgInfo {
            size,
            align,
            length: 0,
            kind,
            ffi,
            proto: None,
            format: "B".to_string(),
            func: None,
            swapped: false,
            fields_final: std::cell::Cell::new(false),
        }
    }
}

ouro_objects::gil_shared! {
    /// StgInfo by type (the type is kept alive by its entry: ctypes types
    /// live as long as the program in practice, and the pointer and array
    /// type caches hold them anyway).
    static TABLE: RefCell<HashMap<usize, (Value, Rc<StgInfo>)>> = RefCell::new(HashMap::new());
}

pub fn set(ty: &Value, info: StgInfo) {
    TABLE.with(|t| {
        t.borrow_mut()
            .insert(ty.word(), (ty.clone(), Rc::new(info)))
    });
}

/// The StgInfo of a ctypes type, `None` for anything else.
pub fn get(ty: &Value) -> Option<Rc<StgInfo>> {
    TABLE.with(|t| t.borrow().get(&ty.word()).map(|(_, s)| s.clone()))
}

/// The StgInfo of the type of `v` (a ctypes instance).
pub fn of_instance(v: &Value) -> Option<Rc<StgInfo>> {
    get(&v.type_value())
}

/// The StgInfo of a type or of an instance's type (`sizeof`, `alignment`).
pub fn of_type_or_instance(v: &Value) -> Option<Rc<StgInfo>> {
    get(v).or_else(|| of_instance(v))
}

/// Size, alignment and libffi type of a simple type code on this
/// platform (x86-64 Linux: LP64, 4-byte `wchar_t`, x87 `long double`).
pub fn simple_layout(code: u8) -> Option<(usize, FfiKind)> {
    Some(match code {
        b'c' | b'b' => (1, FfiKind::I8),
        b'B' | b'?' => (1, FfiKind::U8),
        b'h' => (2, FfiKind::I16),
        b'H' => (2, FfiKind::U16),
        b'i' => (4, FfiKind::I32),
        b'I' | b'u' => (4, FfiKind::U32),
        b'l' | b'q' => (8, FfiKind::I64),
        b'L' | b'Q' => (8, FfiKind::U64),
        b'f' => (4, FfiKind::F32),
        b'd' => (8, FfiKind::F64),
        b'g' => (16, FfiKind::LongDouble),
        b'z' | b'Z' | b'P' | b'O' => (8, FfiKind::Pointer),
        _ => return None,
    })
}

/// The type codes `_type_` accepts, in CPython's order (its error message).
pub const SIMPLE_CODES: &str = "cbBhHiIlLdfuzZqQPXOv?g";

fn read_uint(addr: usize, size: usize) -> u64 {
    let b = sys::read(addr, size);
    let mut w = [0u8; 8];
    w[..size].copy_from_slice(&b);
    u64::from_ne_bytes(w)
}

fn read_int(addr: usize, size: usize) -> i64 {
    let u = read_uint(addr, size);
    let shift = 64 - 8 * size as u32;
    ((u << shift) as i64) >> shift
}

fn write_uint(addr: usize, size: usize, v: u64) {
    sys::write(addr, &v.to_ne_bytes()[..size]);
}

/// An address stored in memory (a pointer field).
pub fn read_address(addr: usize) -> usize {
    read_uint(addr, 8) as usize
}

pub fn write_address(addr: usize, value: usize) {
    write_uint(addr, 8, value as u64);
}

/// The low 64 bits of an integer (`PyLong_AsUnsignedLongLongMask`), for
/// objects with `__index__`; floats are refused as in CPython.
pub fn int_mask(v: &Value) -> PyResult<u64> {
    let i = protocol::index(v)?;
    if let Some(n) = int::to_i64(&i) {
        return Ok(n as u64);
    }
    let big = int::as_int(&i).expect("int").to_bigint().into_owned();
    let (sign, digits) = big.to_u64_digits();
    let low = digits.first().copied().unwrap_or(0);
    Ok(if sign == num_bigint::Sign::Minus {
        low.wrapping_neg()
    } else {
        low
    })
}

fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<Bytes>() {
        return Some(b.0.to_vec());
    }
    v.downcast::<ByteArray>().map(|b| b.to_vec())
}

/// An address for a `c_void_p`/pointer value: int or None.
pub fn address_of_int_or_none(v: &Value) -> PyResult<Option<usize>> {
    if is_none(v) {
        return Ok(Some(0));
    }
    if int::is_int(v) {
        return Ok(Some(int_mask(v)? as usize));
    }
    Ok(None)
}

/// `getfunc` of a simple type code: the Python value of the C value at
/// `addr`.
pub fn get_simple(code: u8, addr: usize) -> PyResult {
    let (size, _) = simple_layout(code).ok_or_else(|| value_error("bad type code"))?;
    Ok(match code {
        b'c' => bytes::new(sys::read(addr, 1)),
        b'b' | b'h' | b'i' | b'l' | b'q' => int::from_i64(read_int(addr, size)),
        b'B' | b'H' | b'I' | b'L' | b'Q' => int::from_i128(i128::from(read_uint(addr, size))),
        b'?' => py_bool(read_uint(addr, 1) != 0),
        b'f' => float::new(f64::from(f32::from_ne_bytes(
            sys::read(addr, 4).try_into().expect("4 bytes"),
        ))),
        b'd' => float::new(f64::from_ne_bytes(
            sys::read(addr, 8).try_into().expect("8 bytes"),
        )),
        b'g' => float::new(long_double_to_f64(&sys::read(addr, 16))),
        b'u' => {
            let c = read_uint(addr, 4) as u32;
            PyStr::from_cps(&[c])
        }
        b'z' => match read_address(addr) {
            0 => none(),
            p => bytes::new(sys::c_string(p)),
        },
        b'Z' => match read_address(addr) {
            0 => none(),
            p => PyStr::from_cps(&sys::wide_string(p)),
        },
        b'P' => match read_address(addr) {
            0 => none(),
            p => int::from_usize(p),
        },
        _ => return Err(value_error("PyObject is NULL")),
    })
}

fn set_type_error(what: &str, v: &Value) -> PyErr {
    type_error(format!(
        "{what} instead of {} instance",
        protocol::type_name(v)
    ))
}

/// A NUL-terminated copy of `data` kept alive by the returned bytes object
/// (what `c_char_p` fields and arguments point at).
fn nul_terminated(data: &[u8]) -> Value {
    let mut v = data.to_vec();
    v.push(0);
    bytes::new(v)
}

/// The address of the first byte of a bytes object (alive while it is).
pub fn bytes_address(v: &Value) -> Option<usize> {
    v.downcast::<Bytes>().map(|b| b.0.as_ptr() as usize)
}

/// A NUL-terminated `wchar_t` copy of a str, as bytes.
pub fn wide_buffer(s: &PyStr) -> Value {
    let mut out = Vec::with_capacity(4 * (s.len() + 1));
    for c in s.chars() {
        out.extend_from_slice(&c.to_ne_bytes());
    }
    out.extend_from_slice(&[0; 4]);
    bytes::new(out)
}

/// `getfunc` of a simple type, byte-swapped for the other byte order.
pub fn get_stored(info: &StgInfo, code: u8, addr: usize) -> PyResult {
    if !info.swapped {
        return get_simple(code, addr);
    }
    let mut tmp = sys::read(addr, info.size);
    tmp.reverse();
    let buf = sys::Buffer::new(info.size).map_err(|_| value_error("out of memory"))?;
    sys::write(buf.address(), &tmp);
    get_simple(code, buf.address())
}

/// `setfunc` of a simple type, byte-swapped for the other byte order.
pub fn set_stored(info: &StgInfo, code: u8, addr: usize, v: &Value) -> PyResult<Option<Value>> {
    if !info.swapped {
        return set_simple(code, addr, v);
    }
    let buf = sys::Buffer::new(info.size).map_err(|_| value_error("out of memory"))?;
    let keep = set_simple(code, buf.address(), v)?;
    let mut tmp = sys::read(buf.address(), info.size);
    tmp.reverse();
    sys::write(addr, &tmp);
    Ok(keep)
}

/// The codes whose types get a byte-swapped twin (`__ctype_be__`).
pub fn has_swapped_twin(code: u8) -> bool {
    b"hHiIlLqQfdg".contains(&code)
}

/// A double as the C `long double` of x86-64: the x87 80-bit extended
/// format (64-bit significand with its integer bit, 15-bit exponent) in
/// the low 10 of 16 bytes.
fn f64_to_long_double(f: f64) -> [u8; 16] {
    let bits = f.to_bits();
    let sign = ((bits >> 63) as u16) << 15;
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (e, mant) = match (exp, frac) {
        (0, 0) => (0, 0),
        (0, _) => {
            let lz = frac.leading_zeros() as i32;
            ((63 - lz - 1074 + 16383) as u16, frac << lz)
        }
        (0x7ff, _) => (0x7fff, (1 << 63) | (frac << 11)),
        _ => ((exp - 1023 + 16383) as u16, (1 << 63) | (frac << 11)),
    };
    let mut out = [0u8; 16];
    out[..8].copy_from_slice(&mant.to_le_bytes());
    out[8..10].copy_from_slice(&(sign | e).to_le_bytes());
    out
}

/// An x87 extended `long double` rounded to a double.
fn long_double_to_f64(b: &[u8]) -> f64 {
    let mant = u64::from_le_bytes(b[..8].try_into().expect("8 bytes"));
    let se = u16::from_le_bytes([b[8], b[9]]);
    let negative = se & 0x8000 != 0;
    let e = i32::from(se & 0x7fff);
    let magnitude = if e == 0x7fff {
        if mant << 1 == 0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else {
        // The significand rounds to 53 bits once; ldexp scales exactly
        // (or to 0/inf at the ends of the range).
        libm::ldexp(mant as f64, e - 16383 - 63)
    };
    if negative { -magnitude } else { magnitude }
}

/// `PyFloat_AsDouble`: floats and objects with `__float__`/`__index__`.
fn real(v: &Value) -> PyResult<f64> {
    if float::as_f64(v).is_none()
        && !protocol::has_index(v)
        && protocol::getattr_opt(v, &ouro_objects::str::intern("__float__"))?.is_none()
    {
        return Err(type_error(format!(
            "must be real number, not {}",
            protocol::type_name(v)
        )));
    }
    float::float_of(v)
}

/// `setfunc` of a simple type code: stores `v` at `addr`; returns what the
/// memory now points into and must be kept alive (a bytes object).
pub fn set_simple(code: u8, addr: usize, v: &Value) -> PyResult<Option<Value>> {
    let (size, _) = simple_layout(code).ok_or_else(|| value_error("bad type code"))?;
    match code {
        b'c' => {
            const EXPECTED: &str =
                "one character bytes, bytearray, or an integer in range(256) expected";
            let byte = match bytes_of(v) {
                Some(b) if b.len() == 1 => b[0],
                Some(b) => {
                    return Err(type_error(format!(
                        "{EXPECTED}, not {} of length {}",
                        protocol::type_name(v),
                        b.len()
                    )));
                }
                None if int::is_int(v) => match int::to_i64(v) {
                    Some(n) if (0..256).contains(&n) => n as u8,
                    _ => return Err(type_error("integer not in range(256)")),
                },
                None => {
                    return Err(type_error(format!(
                        "{EXPECTED}, not {}",
                        protocol::type_name(v)
                    )));
                }
            };
            sys::write(addr, &[byte]);
        }
        b'b' | b'B' | b'h' | b'H' | b'i' | b'I' | b'l' | b'L' | b'q' | b'Q' => {
            write_uint(addr, size, int_mask(v)?);
        }
        b'?' => write_uint(addr, 1, u64::from(protocol::is_true(v)?)),
        b'f' => {
            let f = real(v)? as f32;
            sys::write(addr, &f.to_ne_bytes());
        }
        b'd' => {
            let f = real(v)?;
            sys::write(addr, &f.to_ne_bytes());
        }
        b'g' => sys::write(addr, &f64_to_long_double(real(v)?)),
        b'u' => {
            let Some(s) = v.downcast::<PyStr>() else {
                return Err(type_error(format!(
                    "a unicode character expected, not instance of {}",
                    protocol::type_name(v)
                )));
            };
            if s.len() != 1 {
                return Err(type_error(format!(
                    "a unicode character expected, not a string of length {}",
                    s.len()
                )));
            }
            write_uint(addr, 4, u64::from(s.char_at(0)));
        }
        b'z' => {
            if let Some(b) = v.downcast::<Bytes>() {
                let keep = nul_terminated(&b.0);
                write_address(addr, bytes_address(&keep).expect("bytes"));
                return Ok(Some(keep));
            }
            match address_of_int_or_none(v)? {
                Some(a) => write_address(addr, a),
                None => return Err(set_type_error("bytes or integer address expected", v)),
            }
        }
        b'Z' => {
            if let Some(s) = v.downcast::<PyStr>() {
                let keep = wide_buffer(s);
                write_address(addr, bytes_address(&keep).expect("bytes"));
                return Ok(Some(keep));
            }
            match address_of_int_or_none(v)? {
                Some(a) => write_address(addr, a),
                None => {
                    return Err(set_type_error(
                        "unicode string or integer address expected",
                        v,
                    ));
                }
            }
        }
        b'P' => match address_of_int_or_none(v)? {
            Some(a) => write_address(addr, a),
            None => return Err(type_error("cannot be converted to pointer")),
        },
        _ => {
            // py_object: the object's identity word; the caller keeps it.
            write_address(addr, v.word());
            return Ok(Some(v.clone()));
        }
    }
    Ok(None)
}

/// The buffer format character of a simple code (`memoryview.format`).
pub fn simple_format(code: u8) -> String {
    match code {
        b'z' | b'Z' | b'P' => "&B".to_string(),
        b'u' => "<w".to_string(),
        b'O' => "O".to_string(),
        c => format!("<{}", c as char),
    }
}

/// Whether `ty` is a ctypes type whose instances convert to their Python
/// value when read from memory (a direct subclass of `_SimpleCData`).
pub fn is_simple_instance_type(ty: &Value, simple_base: &Value) -> bool {
    TypeRef::from_value(ty)
        .and_then(|t| t.base())
        .is_some_and(|b| b.value().is(simple_base))
}
