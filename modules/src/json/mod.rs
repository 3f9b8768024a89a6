//! `_json`: the speedups `json.decoder` and `json.encoder` use when present (`scanstring`, `make_scanner`, `make_encoder`, `encode_basestring(_ascii)`), giving the same results as their pure-Python fallbacks; mirrors Modules/_json.c.

mod scanner;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::list::List;
use ouro_objects::none::is_none;
use ouro_objects::str::{PyStr, StrData};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::{Ref, TypeRef, Value, builtin_type, float, int, protocol};

/// Appends code point `c` as generalized UTF-8 (lone surrogates as 3-byte sequences), the encoding of
/// the encoder's output buffer.
fn push_wtf8(c: u32, out: &mut Vec<u8>) {
    match char::from_u32(c) {
        Some(ch) => out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes()),
        None => out.extend_from_slice(&[
            0xe0 | (c >> 12) as u8,
            0x80 | ((c >> 6) & 0x3f) as u8,
            0x80 | (c & 0x3f) as u8,
        ]),
    }
}

/// Appends `\uXXXX` for the UTF-16 code unit `unit`.
fn push_u_escape(unit: u32, out: &mut Vec<u8>) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.extend_from_slice(b"\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((unit >> shift) & 0xf) as usize]);
    }
}

/// Appends `c` as JSON would inside a string; `ascii` escapes everything
/// outside printable ASCII.
fn push_escaped(c: u32, ascii: bool, out: &mut Vec<u8>) {
    match c {
        0x22 => out.extend_from_slice(b"\\\""),
        0x5c => out.extend_from_slice(b"\\\\"),
        0x0a => out.extend_from_slice(b"\\n"),
        0x0d => out.extend_from_slice(b"\\r"),
        0x09 => out.extend_from_slice(b"\\t"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0c => out.extend_from_slice(b"\\f"),
        0x20..0x7f => out.push(c as u8),
        _ if c < 0x20 => push_u_escape(c, out),
        _ if !ascii => push_wtf8(c, out),
        0x10000.. => {
            let v = c - 0x10000;
            push_u_escape(0xd800 | (v >> 10), out);
            push_u_escape(0xdc00 | (v & 0x3ff), out);
        }
        _ => push_u_escape(c, out),
    }
}

/// Appends a str as a JSON string literal, code points kept as they are (lone surrogates included)
/// unless `ascii`.
fn quote_into(s: &PyStr, ascii: bool, out: &mut Vec<u8>) {
    out.push(b'"');
    match s.data() {
        // The common case: copy each run of characters that need no escape in one go.
        StrData::Latin1(units) if s.is_ascii() => {
            let mut run_start = 0;
            for (i, &b) in units.iter().enumerate() {
                if b < 0x20 || b == b'"' || b == b'\\' || b == 0x7f {
                    out.extend_from_slice(&units[run_start..i]);
                    push_escaped(u32::from(b), ascii, out);
                    run_start = i + 1;
                }
            }
            out.extend_from_slice(&units[run_start..]);
        }
        _ => {
            for c in s.chars() {
                push_escaped(c, ascii, out);
            }
        }
    }
    out.push(b'"');
}

/// A str as a JSON string literal (`encode_basestring(_ascii)`).
fn quote(s: &PyStr, ascii: bool) -> Value {
    let mut out = Vec::with_capacity(s.len() + 2);
    quote_into(s, ascii, &mut out);
    PyStr::from_wtf8(&out)
}

fn string_arg(v: &Value) -> PyResult<&PyStr> {
    v.downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "first argument must be a string, not {}",
            protocol::type_name(v)
        ))
    })
}

fn encode_basestring(_m: &Value, args: Args) -> PyResult {
    Ok(quote(string_arg(args.one("encode_basestring")?)?, false))
}

fn encode_basestring_ascii(_m: &Value, args: Args) -> PyResult {
    Ok(quote(
        string_arg(args.one("encode_basestring_ascii")?)?,
        true,
    ))
}

/// What `make_encoder(...)` keeps of the encoder's settings.
pub struct Encoder {
    markers: Value,
    default: Value,
    encoder: Value,
    /// `None`, or what goes before each item per level (a str; anything
    /// else fails when first used, as in CPython).
    indent: Option<Value>,
    key_separator: String,
    item_separator: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// The encoder is one of this module's own (`encode_basestring`, or the
    /// ASCII one).
    fast: Option<bool>,
}

fn text_of(v: &Value, fname: &str, pos: usize) -> PyResult<String> {
    v.downcast::<PyStr>()
        .map(PyStr::to_string_lossy)
        .ok_or_else(|| {
            type_error(format!(
                "{fname}() argument {pos} must be str, not {}",
                ouro_objects::args::arg_type_name(v)
            ))
        })
}

fn encoder_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let names = [
        "markers",
        "default",
        "encoder",
        "indent",
        "key_separator",
        "item_separator",
        "sort_keys",
        "skipkeys",
        "allow_nan",
    ];
    let values = Args::new(args, kwnames).parse("make_encoder", names, 0, 9, 9)?;
    let [
        markers,
        default,
        encoder,
        indent,
        key_sep,
        item_sep,
        sort_keys,
        skipkeys,
        allow_nan,
    ] = values.map(|v| v.expect("required"));
    if !is_none(&markers) && markers.downcast_exact::<Dict>().is_none() {
        return Err(type_error(format!(
            "make_encoder() argument 1 must be dict or None, not {}",
            protocol::type_name(&markers)
        )));
    }
    let indent = (!is_none(&indent)).then_some(indent);
    let fast = match encoder.downcast::<ouro_objects::descr::BuiltinFunction>() {
        Some(f) if std::ptr::eq(f.def, &FUNCTIONS[1]) => Some(false),
        Some(f) if std::ptr::eq(f.def, &FUNCTIONS[2]) => Some(true),
        _ => None,
    };
    Ok(Ref::new(Encoder {
        markers,
        default,
        encoder,
        indent,
        key_separator: text_of(&key_sep, "make_encoder", 5)?,
        item_separator: text_of(&item_sep, "make_encoder", 6)?,
        sort_keys: protocol::is_true(&sort_keys)?,
        skipkeys: protocol::is_true(&skipkeys)?,
        allow_nan: protocol::is_true(&allow_nan)?,
        fast,
    })
    .into_value())
}

fn note(e: PyErr, text: String) -> PyErr {
    exceptions::add_note(&e, &text);
    e
}

impl Encoder {
    fn string(&self, s: &Value, out: &mut Vec<u8>) -> PyResult<()> {
        if let (Some(ascii), Some(text)) = (self.fast, s.downcast::<PyStr>()) {
            quote_into(text, ascii, out);
            return Ok(());
        }
        let encoded = protocol::call1(&self.encoder, s.clone())?;
        match encoded.downcast::<PyStr>() {
            Some(e) => {
                out.extend_from_slice(&e.to_wtf8());
                Ok(())
            }
            None => Err(type_error(format!(
                "encoder() must return a string, not {}",
                protocol::type_name(&encoded)
            ))),
        }
    }

    fn float(&self, v: &Value) -> PyResult<String> {
        let f = float::as_f64(v).unwrap_or(0.0);
        if f.is_finite() {
            return Ok(float::repr_f64(f));
        }
        if !self.allow_nan {
            return Err(value_error(format!(
                "Out of range float values are not JSON compliant: {}",
                protocol::str_lossy(&protocol::repr(v)?)
            )));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .into())
    }

    /// `int.__repr__`, so int subclasses with their own repr encode as ints.
    fn int(v: &Value) -> PyResult<String> {
        if let Some(int::IntRef::Small(i)) = int::as_int(v) {
            return Ok(i.to_string());
        }
        Ok(protocol::str_lossy(&protocol::repr(&int::exact(v))?))
    }

    /// Marks `obj` as being encoded (circular reference check).
    fn enter(&self, obj: &Value) -> PyResult<Option<Value>> {
        let Some(markers) = self.markers.downcast::<Dict>() else {
            return Ok(None);
        };
        let ident = int::from_usize(obj.word());
        if markers.get_item_opt(&ident)?.is_some() {
            return Err(value_error("Circular reference detected"));
        }
        markers.set_item(ident.clone(), obj.clone())?;
        Ok(Some(ident))
    }

    fn leave(&self, ident: Option<Value>) -> PyResult<()> {
        match ident {
            Some(ident) => protocol::setitem(&self.markers, &ident, None),
            None => Ok(()),
        }
    }

    fn newline(&self, level: usize, out: &mut Vec<u8>) -> PyResult<()> {
        let Some(indent) = &self.indent else {
            return Ok(());
        };
        let Some(text) = indent.downcast::<PyStr>() else {
            return Err(type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                protocol::type_name(indent)
            )));
        };
        out.push(b'\n');
        out.extend_from_slice(&text.to_wtf8().repeat(level));
        Ok(())
    }

    fn encode(&self, obj: &Value, level: usize, out: &mut Vec<u8>) -> PyResult<()> {
        if is_none(obj) {
            out.extend_from_slice(b"null");
        } else if obj.is(&ouro_objects::bool::py_bool(true)) {
            out.extend_from_slice(b"true");
        } else if obj.is(&ouro_objects::bool::py_bool(false)) {
            out.extend_from_slice(b"false");
        } else if obj.downcast::<PyStr>().is_some() {
            self.string(obj, out)?;
        } else if int::is_int(obj) {
            out.extend_from_slice(Self::int(obj)?.as_bytes());
        } else if float::as_f64(obj).is_some()
            && obj.downcast::<ouro_objects::float::Float>().is_some()
        {
            out.extend_from_slice(self.float(obj)?.as_bytes());
        } else if obj.downcast::<List>().is_some() || obj.downcast::<Tuple>().is_some() {
            let _guard = protocol::enter_recursion(" while encoding a JSON object")?;
            self.list(obj, level, out)?;
        } else if obj.downcast::<Dict>().is_some() {
            let _guard = protocol::enter_recursion(" while encoding a JSON object")?;
            self.dict(obj, level, out)?;
        } else {
            let ident = self.enter(obj)?;
            let replacement = protocol::call1(&self.default, obj.clone())?;
            {
                let _guard = protocol::enter_recursion(" while encoding a JSON object")?;
                self.encode(&replacement, level, out).map_err(|e| {
                    note(
                        e,
                        format!("when serializing {} object", protocol::type_name(obj)),
                    )
                })?;
            }
            self.leave(ident)?;
        }
        Ok(())
    }

    fn list(&self, seq: &Value, level: usize, out: &mut Vec<u8>) -> PyResult<()> {
        let items = protocol::collect(seq)?;
        if items.is_empty() {
            out.extend_from_slice(b"[]");
            return Ok(());
        }
        let ident = self.enter(seq)?;
        out.push(b'[');
        self.newline(level + 1, out)?;
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(self.item_separator.as_bytes());
                self.newline(level + 1, out)?;
            }
            self.encode(item, level + 1, out).map_err(|e| {
                note(
                    e,
                    format!("when serializing {} item {i}", protocol::type_name(seq)),
                )
            })?;
        }
        self.leave(ident)?;
        self.newline(level, out)?;
        out.push(b']');
        Ok(())
    }

    /// The items of a dict in encoding order: as they are, or sorted like `sorted(d.items())`.
    fn dict_items(&self, d: &Dict) -> PyResult<Vec<(Value, Value)>> {
        if !self.sort_keys {
            return Ok(d.items());
        }
        let items = List::from_vec(
            d.items()
                .into_iter()
                .map(|(k, v)| Tuple::new(vec![k, v]))
                .collect(),
        );
        protocol::call_method(&items, "sort", &[])?;
        Ok(protocol::collect(&items)?
            .iter()
            .map(|pair| {
                let t = pair.downcast::<Tuple>().expect("pair");
                (
                    t.get(0).expect("key").clone(),
                    t.get(1).expect("value").clone(),
                )
            })
            .collect())
    }

    fn dict(&self, dct: &Value, level: usize, out: &mut Vec<u8>) -> PyResult<()> {
        let d = dct.downcast::<Dict>().expect("dict");
        if d.is_empty() {
            out.extend_from_slice(b"{}");
            return Ok(());
        }
        let ident = self.enter(dct)?;
        out.push(b'{');
        self.newline(level + 1, out)?;
        let mut first = true;
        for (key, value) in self.dict_items(d)? {
            let item_start = out.len();
            if !first {
                out.extend_from_slice(self.item_separator.as_bytes());
                self.newline(level + 1, out)?;
            }
            if key.downcast::<PyStr>().is_some() {
                self.string(&key, out)?;
            } else {
                let text = if key.downcast::<ouro_objects::float::Float>().is_some() {
                    self.float(&key)?
                } else if key.is(&ouro_objects::bool::py_bool(true)) {
                    "true".into()
                } else if key.is(&ouro_objects::bool::py_bool(false)) {
                    "false".into()
                } else if is_none(&key) {
                    "null".into()
                } else if int::is_int(&key) {
                    Self::int(&key)?
                } else if self.skipkeys {
                    out.truncate(item_start);
                    continue;
                } else {
                    return Err(type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        protocol::type_name(&key)
                    )));
                };
                self.string(&PyStr::new(&text), out)?;
            }
            first = false;
            out.extend_from_slice(self.key_separator.as_bytes());
            self.encode(&value, level + 1, out).map_err(|e| {
                let shown = protocol::repr(&key)
                    .map(|r| protocol::str_lossy(&r))
                    .unwrap_or_default();
                note(
                    e,
                    format!("when serializing {} item {shown}", protocol::type_name(dct)),
                )
            })?;
        }
        self.leave(ident)?;
        self.newline(level, out)?;
        out.push(b'}');
        Ok(())
    }
}

/// `encoder(obj, _current_indent_level)`: a 1-tuple of the whole text.
fn encoder_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [obj, level] =
        Args::new(args, kwnames).parse("_iterencode", ["obj", "_current_indent_level"], 0, 2, 2)?;
    let level = int::to_i64(&protocol::index(&level.expect("required"))?).unwrap_or(0);
    let encoder = v.downcast::<Encoder>().expect("Encoder");
    let mut out = Vec::new();
    encoder.encode(&obj.expect("required"), level.max(0) as usize, &mut out)?;
    Ok(Tuple::new(vec![PyStr::from_wtf8(&out)]))
}

builtin_type!(pub static ENCODER_TYPE: Encoder = TypeSpec {
    name: "_json.Encoder",
    doc: Some("Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)"),
    slots: SlotDefs { new: Some(encoder_new), call: Some(encoder_call), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

static FUNCTIONS: [MethodDef; 3] = [
    MethodDef::new(
        "scanstring",
        scanner::scanstring,
        "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded string and the index of the character in s\nafter the end quote.",
    ),
    MethodDef::new(
        "encode_basestring",
        encode_basestring,
        "encode_basestring($self, object, /)\n--\n\nencode_basestring(string) -> string\n\nReturn a JSON representation of a Python string",
    ),
    MethodDef::new(
        "encode_basestring_ascii",
        encode_basestring_ascii,
        "encode_basestring_ascii($self, object, /)\n--\n\nencode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string",
    ),
];

/// `make_scanner` and `make_encoder` are the types themselves, bound
/// under those names only.
fn init(module: &Value) -> PyResult<()> {
    let m = module
        .downcast::<ouro_objects::module::Module>()
        .expect("module");
    for (name, ty) in [
        ("make_scanner", &scanner::SCANNER_TYPE),
        ("make_encoder", &ENCODER_TYPE),
    ] {
        ouro_objects::typeobj::ready(ty);
        m.set(name, TypeRef::from_static(ty).into_value());
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_json",
    doc: "json speedups\n",
    functions: &FUNCTIONS,
    types: ModuleDef::no_types,
    init,
};
