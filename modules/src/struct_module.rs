//! `_struct`: packing values to and from bytes by format strings (`Struct`, pack, unpack, ...); mirrors Modules/_struct.c for a 64-bit Linux native mode.

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::bytearray::ByteArray;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, overflow_error, type_error};
use ouro_objects::int::{self, as_int};
use ouro_objects::module::Module;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{
    TypeRef, Value, bool as pybool, builtin_type, bytes, exceptions, float, protocol,
};

ouro_objects::gil_shared! {
    /// `struct.error`, made when the module is first created.
    static STRUCT_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `struct.error(msg)`.
fn error(msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    match STRUCT_ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => match protocol::call1(&cls, PyStr::new(&msg)) {
            Ok(e) => PyErr::from_instance(e),
            Err(e) => e,
        },
        None => ouro_objects::err::value_error(msg),
    }
}

/// Byte order and sizes: native (`@`, with alignment) or standard.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Native,
    Little,
    Big,
}

/// One format code with its repeat count.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    size: usize,
    offset: usize,
}

/// A parsed format.
struct Layout {
    mode: Mode,
    items: Vec<Item>,
    size: usize,
    /// How many values pack takes / unpack gives.
    len: usize,
}

fn code_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(format: &[u8]) -> PyResult<Layout> {
    let (mode, rest) = match format.first() {
        Some(b'<') => (Mode::Little, &format[1..]),
        Some(b'>' | b'!') => (Mode::Big, &format[1..]),
        Some(b'=') => (Mode::Little, &format[1..]),
        Some(b'@') => (Mode::Native, &format[1..]),
        _ => (Mode::Native, format),
    };
    let native = mode == Mode::Native;
    let mut items = Vec::new();
    let (mut size, mut len) = (0usize, 0usize);
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < rest.len() && rest[i].is_ascii_digit() {
            let d = usize::from(rest[i] - b'0');
            count = Some(
                count
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(d))
                    .ok_or_else(|| error("total struct size too long"))?,
            );
            i += 1;
        }
        let Some(&code) = rest.get(i) else {
            return Err(error("repeat count given without format specifier"));
        };
        i += 1;
        let count = count.unwrap_or(1);
        let item_size =
            code_size(code, native).ok_or_else(|| error("bad char in struct format"))?;
        if native && !matches!(code, b's' | b'p' | b'x') {
            size = size.div_ceil(item_size) * item_size;
        }
        let total = match code {
            b's' | b'p' => count,
            _ => item_size
                .checked_mul(count)
                .ok_or_else(|| error("total struct size too long"))?,
        };
        items.push(Item {
            code,
            count,
            size: item_size,
            offset: size,
        });
        size = size
            .checked_add(total)
            .filter(|&s| s <= isize::MAX as usize)
            .ok_or_else(|| error("total struct size too long"))?;
        len += match code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
    }
    Ok(Layout {
        mode,
        items,
        size,
        len,
    })
}

/// An integer argument (`get_pylong`): ints and `__index__` only.
fn int_arg(v: &Value) -> PyResult<BigInt> {
    if as_int(v).is_none() && !protocol::has_index(v) {
        return Err(error("required argument is not an integer"));
    }
    let i = protocol::index(v)?;
    Ok(as_int(&i).expect("int").to_bigint().into_owned())
}

/// `PyFloat_Pack2`: round-half-even to IEEE half precision.
fn pack_half(x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Ok(sign);
    }
    let (f, e) = libm::frexp(a);
    let (mut f, mut e) = (f * 2.0, e - 1);
    let overflow = || overflow_error("float too large to pack with e format");
    if e >= 16 {
        return Err(overflow());
    } else if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        f = libm::ldexp(f, 14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    let mut bits = f as u16;
    let rest = f - f64::from(bits);
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return Err(overflow());
            }
        }
    }
    Ok(bits | ((e as u16) << 10) | sign)
}

fn unpack_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    sign * match e {
        0 => libm::ldexp(m, -24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => libm::ldexp(1.0 + m / 1024.0, e - 15),
    }
}

/// A float argument (`PyFloat_AsDouble`); like CPython, any failure to
/// convert is struct's own error.
fn float_arg(v: &Value) -> PyResult<f64> {
    float::float_of(v).map_err(|_| error("required argument is not a float"))
}

fn put(out: &mut [u8], mode: Mode, bytes_le: &[u8]) {
    if mode == Mode::Big {
        for (o, b) in out.iter_mut().zip(bytes_le.iter().rev()) {
            *o = *b;
        }
    } else {
        out.copy_from_slice(bytes_le);
    }
}

fn get(data: &[u8], mode: Mode) -> Vec<u8> {
    if mode == Mode::Big {
        data.iter().rev().copied().collect()
    } else {
        data.to_vec()
    }
}

/// Packs one value of an integer code into `out`.
fn pack_int(out: &mut [u8], code: u8, mode: Mode, v: &Value) -> PyResult<()> {
    let n = int_arg(v)?;
    let size = out.len();
    let signed = code.is_ascii_lowercase();
    let bits = 8 * size as u32;
    let (lo, hi) = if signed {
        (
            -(BigInt::from(1) << (bits - 1)),
            (BigInt::from(1) << (bits - 1)) - 1,
        )
    } else {
        (BigInt::zero(), (BigInt::from(1) << bits) - 1)
    };
    if n < lo || n > hi {
        return Err(error(format!(
            "'{}' format requires {lo} <= number <= {hi}",
            code as char
        )));
    }
    let wide = n.to_i128().expect("in range") as u128;
    put(out, mode, &wide.to_le_bytes()[..size]);
    Ok(())
}

fn pack_one(out: &mut [u8], item: &Item, mode: Mode, v: &Value) -> PyResult<()> {
    match item.code {
        b'?' => out[0] = u8::from(protocol::is_true(v)?),
        b'c' => match v
            .downcast::<ouro_objects::bytes::Bytes>()
            .and_then(|_| bytes::as_bytes_like(v))
            .or_else(|| v.downcast::<ByteArray>().map(|b| b.to_vec()))
        {
            Some(b) if b.len() == 1 => out[0] = b[0],
            _ => return Err(error("char format requires a bytes object of length 1")),
        },
        b'e' => put(out, mode, &pack_half(float_arg(v)?)?.to_le_bytes()),
        b'f' => {
            let x = float_arg(v)?;
            let y = x as f32;
            if y.is_infinite() && !x.is_infinite() {
                return Err(overflow_error("float too large to pack with f format"));
            }
            put(out, mode, &y.to_le_bytes());
        }
        b'd' => put(out, mode, &float_arg(v)?.to_le_bytes()),
        code => pack_int(out, code, mode, v)?,
    }
    Ok(())
}

/// The bytes of a `s`/`p` argument.
fn string_arg(v: &Value, code: u8) -> PyResult<Vec<u8>> {
    if v.downcast::<ouro_objects::bytes::Bytes>().is_none() && v.downcast::<ByteArray>().is_none() {
        return Err(error(format!(
            "argument for '{}' must be a bytes object",
            code as char
        )));
    }
    Ok(bytes::as_bytes_like(v).unwrap_or_default())
}

fn pack_into_buf(layout: &Layout, buf: &mut [u8], values: &[Value], fname: &str) -> PyResult<()> {
    if values.len() != layout.len {
        return Err(error(format!(
            "{fname} expected {} items for packing (got {})",
            layout.len,
            values.len()
        )));
    }
    let mut args = values.iter();
    for item in &layout.items {
        let at = item.offset;
        match item.code {
            b'x' => buf[at..at + item.count].fill(0),
            b's' | b'p' => {
                let data = string_arg(args.next().expect("counted"), item.code)?;
                let field = &mut buf[at..at + item.count];
                field.fill(0);
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1);
                    field[1..=n].copy_from_slice(&data[..n]);
                    field[0] = n.min(255) as u8;
                }
            }
            _ => {
                for k in 0..item.count {
                    let start = at + k * item.size;
                    pack_one(
                        &mut buf[start..start + item.size],
                        item,
                        layout.mode,
                        args.next().expect("counted"),
                    )?;
                }
            }
        }
    }
    Ok(())
}

fn unpack_buf(layout: &Layout, data: &[u8]) -> PyResult {
    let mut out = Vec::with_capacity(layout.len);
    for item in &layout.items {
        let at = item.offset;
        match item.code {
            b'x' => {}
            b's' => out.push(bytes::new(data[at..at + item.count].to_vec())),
            b'p' => {
                let field = &data[at..at + item.count];
                let n = field
                    .first()
                    .map_or(0, |&n| usize::from(n).min(item.count.saturating_sub(1)));
                out.push(bytes::new(field.get(1..1 + n).unwrap_or_default().to_vec()));
            }
            code => {
                for k in 0..item.count {
                    let start = at + k * item.size;
                    let raw = get(&data[start..start + item.size], layout.mode);
                    out.push(match code {
                        b'?' => pybool::py_bool(raw[0] != 0),
                        b'c' => bytes::new(raw),
                        b'e' => float::new(unpack_half(u16::from_le_bytes([raw[0], raw[1]]))),
                        b'f' => float::new(f64::from(f32::from_le_bytes(
                            raw.try_into().expect("4 bytes"),
                        ))),
                        b'd' => float::new(f64::from_le_bytes(raw.try_into().expect("8 bytes"))),
                        _ => {
                            let mut wide = [0u8; 16];
                            wide[..raw.len()].copy_from_slice(&raw);
                            let signed = code.is_ascii_lowercase();
                            if signed && raw[raw.len() - 1] & 0x80 != 0 {
                                wide[raw.len()..].fill(0xff);
                            }
                            int::from_i128(i128::from_le_bytes(wide))
                        }
                    });
                }
            }
        }
    }
    Ok(Tuple::new(out))
}

/// A compiled format: `Struct`.
pub struct Struct {
    format: String,
    layout: Layout,
}

fn this(v: &Value) -> &Struct {
    v.downcast::<Struct>().expect("Struct method on a Struct")
}

/// The format argument: str or bytes.
fn format_text(v: &Value, fname: &str) -> PyResult<String> {
    if let Some(s) = v.downcast::<PyStr>() {
        return Ok(s.to_string_lossy());
    }
    if v.downcast::<ouro_objects::bytes::Bytes>().is_some() {
        return Ok(
            String::from_utf8_lossy(&bytes::as_bytes_like(v).unwrap_or_default()).into_owned(),
        );
    }
    Err(type_error(format!(
        "{fname} argument 1 must be a str or bytes object, not {}",
        protocol::type_name(v)
    )))
}

fn new_struct(ty: &TypeRef, format: &Value) -> PyResult {
    let text = format_text(format, "Struct()")?;
    let layout = parse(text.as_bytes())?;
    Ok(alloc_typed(
        ty,
        Struct {
            format: text,
            layout,
        },
    ))
}

fn struct_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [format] = Args::new(args, kwnames).parse("Struct", ["format"], 0, 1, 1)?;
    new_struct(ty, format.as_ref().expect("required"))
}

/// A readable buffer argument.
fn readable(v: &Value) -> PyResult<Vec<u8>> {
    bytes::as_bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            protocol::type_name(v)
        ))
    })
}

fn unpack_with(s: &Struct, buffer: &Value) -> PyResult {
    let data = readable(buffer)?;
    if data.len() != s.layout.size {
        return Err(error(format!(
            "unpack requires a buffer of {} bytes",
            s.layout.size
        )));
    }
    unpack_buf(&s.layout, &data)
}

/// Resolves a (possibly negative) offset into a buffer of `len` bytes.
fn resolve_offset(offset: isize, len: usize, need: usize, what: &str) -> PyResult<usize> {
    let start = if offset < 0 {
        if offset.unsigned_abs() > len {
            return Err(error(format!(
                "offset {offset} out of range for {len}-byte buffer"
            )));
        }
        len - offset.unsigned_abs()
    } else {
        offset as usize
    };
    if len.saturating_sub(start) < need || start > len {
        let verb = if what == "pack_into" {
            "packing"
        } else {
            "unpacking"
        };
        return Err(error(format!(
            "{what} requires a buffer of at least {} bytes for {verb} {need} bytes at offset {offset} (actual buffer size is {len})",
            start + need
        )));
    }
    Ok(start)
}

fn unpack_from_with(s: &Struct, buffer: &Value, offset: Option<Value>) -> PyResult {
    let data = readable(buffer)?;
    let offset = offset.map_or(Ok(0), |o| protocol::index_as_isize(&o))?;
    let start = resolve_offset(offset, data.len(), s.layout.size, "unpack_from")?;
    unpack_buf(&s.layout, &data[start..start + s.layout.size])
}

fn pack_into_with(s: &Struct, buffer: &Value, offset: &Value, values: &[Value]) -> PyResult {
    let Some(ba) = buffer.downcast::<ByteArray>() else {
        return Err(type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            protocol::type_name(buffer)
        )));
    };
    if values.len() != s.layout.len {
        return Err(error(format!(
            "pack_into expected {} items for packing (got {})",
            s.layout.len,
            values.len()
        )));
    }
    let offset = protocol::index_as_isize(offset)?;
    let len = ba.0.borrow().len();
    let start = resolve_offset(offset, len, s.layout.size, "pack_into")?;
    let mut packed = vec![0u8; s.layout.size];
    pack_into_buf(&s.layout, &mut packed, values, "pack_into")?;
    ba.0.borrow_mut()[start..start + s.layout.size].copy_from_slice(&packed);
    Ok(none())
}

fn iter_unpack_with(s: &Value, buffer: &Value) -> PyResult {
    let data = readable(buffer)?;
    let size = this(s).layout.size;
    if size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    if !data.len().is_multiple_of(size) {
        return Err(error(format!(
            "iterative unpacking requires a buffer of a multiple of {size} bytes"
        )));
    }
    Ok(alloc_typed(
        &TypeRef::from_static(&UNPACK_ITERATOR_TYPE),
        UnpackIterator {
            compiled: s.clone(),
            data,
            pos: Cell::new(0),
        },
    ))
}

/// `_struct.unpack_iterator`: the tuples of a buffer, one struct at a time.
pub struct UnpackIterator {
    compiled: Value,
    data: Vec<u8>,
    pos: Cell<usize>,
}

fn unpack_iterator_this(v: &Value) -> &UnpackIterator {
    v.downcast::<UnpackIterator>().expect("unpack_iterator")
}

fn unpack_iterator_next(v: &Value) -> PyResult<Option<Value>> {
    let it = unpack_iterator_this(v);
    let layout = &this(&it.compiled).layout;
    let pos = it.pos.get();
    if pos + layout.size > it.data.len() {
        return Ok(None);
    }
    it.pos.set(pos + layout.size);
    unpack_buf(layout, &it.data[pos..pos + layout.size]).map(Some)
}

fn unpack_iterator_length_hint(v: &Value, args: Args) -> PyResult {
    args.none("unpack_iterator.__length_hint__")?;
    let it = unpack_iterator_this(v);
    let size = this(&it.compiled).layout.size;
    Ok(int::from_usize((it.data.len() - it.pos.get()) / size))
}

fn unpack_iterator_new(_ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Err(type_error(
        "cannot create '_struct.unpack_iterator' instances",
    ))
}

builtin_type!(pub static UNPACK_ITERATOR_TYPE: UnpackIterator = TypeSpec {
    name: "_struct.unpack_iterator",
    slots: SlotDefs {
        new: Some(unpack_iterator_new),
        iter: Some(|v| Ok(v.clone())),
        iternext: Some(unpack_iterator_next),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("__length_hint__", unpack_iterator_length_hint, "__length_hint__($self, /)\n--\n\n"),
    ],
    ..TypeSpec::DEFAULT
});

fn pack_with(s: &Struct, values: &[Value], fname: &str) -> PyResult {
    let mut buf = vec![0u8; s.layout.size];
    pack_into_buf(&s.layout, &mut buf, values, fname)?;
    Ok(bytes::new(buf))
}

fn struct_pack(v: &Value, args: Args) -> PyResult {
    args.no_keywords("pack")?;
    pack_with(this(v), args.values, "pack")
}

fn struct_unpack(v: &Value, args: Args) -> PyResult {
    unpack_with(this(v), args.one("Struct.unpack")?)
}

fn struct_unpack_from(v: &Value, args: Args) -> PyResult {
    let [buffer, offset] = args.parse("unpack_from", ["buffer", "offset"], 0, 1, 2)?;
    unpack_from_with(this(v), buffer.as_ref().expect("required"), offset)
}

fn struct_pack_into(v: &Value, args: Args) -> PyResult {
    args.no_keywords("pack_into")?;
    if args.values.len() < 2 {
        return Err(error(if args.values.is_empty() {
            "pack_into expected buffer argument"
        } else {
            "pack_into expected offset argument"
        }));
    }
    pack_into_with(this(v), &args.values[0], &args.values[1], &args.values[2..])
}

fn struct_iter_unpack(v: &Value, args: Args) -> PyResult {
    iter_unpack_with(v, args.one("Struct.iter_unpack")?)
}

fn struct_repr(v: &Value) -> PyResult {
    let text = protocol::repr_string(&PyStr::new(&this(v).format))?;
    Ok(PyStr::new(&format!("Struct({text})")))
}

builtin_type!(pub static STRUCT_TYPE: Struct = TypeSpec {
    name: "_struct.Struct",
    doc: Some("Struct(format)\n--\n\nCreate a compiled struct object.\n\nReturn a new Struct object which writes and reads binary data according\nto the format string."),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        new: Some(struct_new),
        repr: Some(struct_repr),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("iter_unpack", struct_iter_unpack, "iter_unpack($self, buffer, /)\n--\n\nReturn an iterator yielding tuples."),
        MethodDef::new("pack", struct_pack, "pack($self, /, *values)\n--\n\nS.pack(v1, v2, ...) -> bytes"),
        MethodDef::new("pack_into", struct_pack_into, "pack_into($self, buffer, offset, /, *values)\n--\n\nS.pack_into(buffer, offset, v1, v2, ...)"),
        MethodDef::new("unpack", struct_unpack, "unpack($self, buffer, /)\n--\n\nReturn a tuple containing unpacked values."),
        MethodDef::new("unpack_from", struct_unpack_from, "unpack_from($self, /, buffer, offset=0)\n--\n\nReturn a tuple containing unpacked values."),
    ],
    getsets: &[
        GetSetDef::getter("format", |v| Ok(PyStr::new(&this(v).format))),
        GetSetDef::getter("size", |v| Ok(int::from_usize(this(v).layout.size))),
    ],
    ..TypeSpec::DEFAULT
});

/// A `Struct` for a module function's format argument.
fn compiled(format: &Value) -> PyResult<Value> {
    new_struct(&TypeRef::from_static(&STRUCT_TYPE), format)
}

fn first_and_rest<'a>(args: &Args<'a>, fname: &str) -> PyResult<(&'a Value, &'a [Value])> {
    args.no_keywords(fname)?;
    match args.values.split_first() {
        Some((f, rest)) => Ok((f, rest)),
        None => Err(type_error("missing format argument")),
    }
}

fn pack(_m: &Value, args: Args) -> PyResult {
    let (format, values) = first_and_rest(&args, "pack")?;
    pack_with(this(&compiled(format)?), values, "pack")
}

fn pack_into(_m: &Value, args: Args) -> PyResult {
    let (format, rest) = first_and_rest(&args, "pack_into")?;
    if rest.len() < 2 {
        return Err(error(if rest.is_empty() {
            "pack_into expected buffer argument"
        } else {
            "pack_into expected offset argument"
        }));
    }
    pack_into_with(this(&compiled(format)?), &rest[0], &rest[1], &rest[2..])
}

fn unpack(_m: &Value, args: Args) -> PyResult {
    let a = args.range("unpack", "unpack", 2, 2)?;
    unpack_with(this(&compiled(&a[0])?), &a[1])
}

fn unpack_from(_m: &Value, args: Args) -> PyResult {
    let [format, buffer, offset] =
        args.parse("unpack_from", ["format", "buffer", "offset"], 1, 2, 3)?;
    let s = compiled(format.as_ref().expect("required"))?;
    unpack_from_with(this(&s), buffer.as_ref().expect("required"), offset)
}

fn iter_unpack(_m: &Value, args: Args) -> PyResult {
    let a = args.range("iter_unpack", "iter_unpack", 2, 2)?;
    iter_unpack_with(&compiled(&a[0])?, &a[1])
}

fn calcsize(_m: &Value, args: Args) -> PyResult {
    let s = compiled(args.one("calcsize")?)?;
    Ok(int::from_usize(this(&s).layout.size))
}

fn clearcache(_m: &Value, args: Args) -> PyResult {
    args.none("_clearcache")?;
    Ok(none())
}

fn init(module: &Value) -> PyResult<()> {
    let cls =
        ouro_eval::native_module::exception_class("struct", "error", &[&exceptions::EXCEPTION])?;
    STRUCT_ERROR.with(|e| *e.borrow_mut() = Some(cls.clone()));
    ouro_objects::typeobj::ready(&UNPACK_ITERATOR_TYPE);
    module
        .downcast::<Module>()
        .expect("module")
        .set("error", cls);
    Ok(())
}

pub static STRUCT: ModuleDef = ModuleDef {
    name: "_struct",
    doc: "Functions to convert between Python values and C structs.",
    functions: &[
        MethodDef::new(
            "_clearcache",
            clearcache,
            "_clearcache($module, /)\n--\n\nClear the internal cache.",
        ),
        MethodDef::new(
            "calcsize",
            calcsize,
            "calcsize($module, format, /)\n--\n\nReturn size in bytes of the struct described by the format string.",
        ),
        MethodDef::new(
            "iter_unpack",
            iter_unpack,
            "iter_unpack($module, format, buffer, /)\n--\n\nReturn an iterator yielding tuples unpacked from the given bytes.",
        ),
        MethodDef::new(
            "pack",
            pack,
            "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.",
        ),
        MethodDef::new(
            "pack_into",
            pack_into,
            "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string.",
        ),
        MethodDef::new(
            "unpack",
            unpack,
            "unpack($module, format, buffer, /)\n--\n\nReturn a tuple containing values unpacked according to the format string.",
        ),
        MethodDef::new(
            "unpack_from",
            unpack_from,
            "unpack_from($module, format, /, buffer, offset=0)\n--\n\nReturn a tuple containing values unpacked according to the format string.",
        ),
    ],
    types: || vec![&STRUCT_TYPE],
    init,
};
