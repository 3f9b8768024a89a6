//! `unicodedata`: the Unicode Character Database (16.0.0) and its 3.2.0 view `ucd_3_2_0`, an
//! instance of `UCD` with the same methods; mirrors Modules/unicodedata.c over `ouro_unicode::ucd`.

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::bool::py_bool;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::module::Module;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::{SlotDefs, ready};
use ouro_objects::{TypeRef, Value, builtin_type, bytes, exceptions, float, int};
use ouro_unicode::normalize::{self, Form, QuickCheck};
use ouro_unicode::ucd::{NAME_MAXLEN, Named, Version};

/// The one kind of `UCD` object: the Unicode 3.2.0 view.
pub struct Ucd;

/// Which database a call reads: a `UCD` receiver is `ucd_3_2_0`, the module is the current one.
fn version_of(receiver: &Value) -> Version {
    if receiver.downcast::<Ucd>().is_some() {
        Version::V3_2_0
    } else {
        Version::Current
    }
}

/// How error messages name the function: `unicodedata.name` or `UCD.name`.
fn qualname(receiver: &Value, name: &str) -> String {
    match version_of(receiver) {
        Version::Current => format!("unicodedata.{name}"),
        Version::V3_2_0 => format!("UCD.{name}"),
    }
}

/// Clinic's `int(accept={str})` converter: one character. `numbered` says whether the function
/// takes more than one argument, which puts "argument 1" in the message.
fn char_arg(v: &Value, fname: &str, numbered: bool) -> PyResult<u32> {
    let which = if numbered { "argument 1" } else { "argument" };
    let Some(s) = v.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "{fname}() {which} must be a unicode character, not {}",
            arg_type_name(v)
        )));
    };
    if s.len() != 1 {
        return Err(type_error(format!(
            "{fname}(): {which} must be a unicode character, not a string of length {}",
            s.len()
        )));
    }
    Ok(s.char_at(0))
}

/// A METH_O function's one character.
fn one_char(receiver: &Value, args: &Args, fname: &str) -> PyResult<u32> {
    let arg = args.one(qualname(receiver, fname))?;
    char_arg(arg, fname, false)
}

/// `(chr, default=<unrepresentable>, /)`: the character and the optional default.
fn char_and_default(receiver: &Value, args: &Args, fname: &str) -> PyResult<(u32, Option<Value>)> {
    let values = args.range(qualname(receiver, fname), fname, 1, 2)?;
    let c = char_arg(&values[0], fname, true)?;
    Ok((c, values.get(1).cloned()))
}

/// The value, else the default, else `ValueError(message)`.
fn or_default(value: Option<Value>, default: Option<Value>, message: &str) -> PyResult {
    value.or(default).ok_or_else(|| value_error(message))
}

fn ucd_decimal(receiver: &Value, args: Args) -> PyResult {
    let (c, default) = char_and_default(receiver, &args, "decimal")?;
    let value = version_of(receiver).props(c).decimal();
    or_default(
        value.map(|d| int::from_i64(i64::from(d))),
        default,
        "not a decimal",
    )
}

fn ucd_digit(receiver: &Value, args: Args) -> PyResult {
    let (c, default) = char_and_default(receiver, &args, "digit")?;
    let value = version_of(receiver).props(c).digit();
    or_default(
        value.map(|d| int::from_i64(i64::from(d))),
        default,
        "not a digit",
    )
}

fn ucd_numeric(receiver: &Value, args: Args) -> PyResult {
    let (c, default) = char_and_default(receiver, &args, "numeric")?;
    let value = version_of(receiver).props(c).numeric();
    or_default(value.map(float::new), default, "not a numeric character")
}

fn ucd_name(receiver: &Value, args: Args) -> PyResult {
    let (c, default) = char_and_default(receiver, &args, "name")?;
    let value = version_of(receiver).name(c);
    or_default(value.map(|n| PyStr::new(&n)), default, "no such name")
}

fn ucd_category(receiver: &Value, args: Args) -> PyResult {
    let c = one_char(receiver, &args, "category")?;
    Ok(PyStr::new(version_of(receiver).props(c).category()))
}

fn ucd_bidirectional(receiver: &Value, args: Args) -> PyResult {
    let c = one_char(receiver, &args, "bidirectional")?;
    Ok(PyStr::new(version_of(receiver).props(c).bidirectional()))
}

fn ucd_combining(receiver: &Value, args: Args) -> PyResult {
    let c = one_char(receiver, &args, "combining")?;
    Ok(int::from_i64(i64::from(
        version_of(receiver).props(c).combining(),
    )))
}

fn ucd_mirrored(receiver: &Value, args: Args) -> PyResult {
    let c = one_char(receiver, &args, "mirrored")?;
    Ok(int::from_i64(i64::from(
        version_of(receiver).props(c).mirrored(),
    )))
}

fn ucd_east_asian_width(receiver: &Value, args: Args) -> PyResult {
    let c = one_char(receiver, &args, "east_asian_width")?;
    Ok(PyStr::new(version_of(receiver).props(c).east_asian_width()))
}

fn ucd_decomposition(receiver: &Value, args: Args) -> PyResult {
    let c = one_char(receiver, &args, "decomposition")?;
    let Some(d) = version_of(receiver).decomposition(c) else {
        return Ok(PyStr::new(""));
    };
    let mut text = d.tag.to_string();
    for cp in d.code_points {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&format!("{cp:04X}"));
    }
    Ok(PyStr::new(&text))
}

/// Clinic's `str(accept={str, robuffer})`: a str's UTF-8 or a read-only buffer's bytes.
fn name_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.downcast::<PyStr>() {
        return Ok(s.to_wtf8());
    }
    if let Some(b) = v.downcast::<bytes::Bytes>() {
        return Ok(b.0.to_vec());
    }
    if bytes::as_bytes_like(v).is_some() {
        return Err(type_error(format!(
            "lookup() argument must be read-only bytes-like object, not {}",
            arg_type_name(v)
        )));
    }
    Err(type_error(format!(
        "a bytes-like object is required, not '{}'",
        arg_type_name(v)
    )))
}

fn ucd_lookup(receiver: &Value, args: Args) -> PyResult {
    let name = name_arg(args.one(qualname(receiver, "lookup"))?)?;
    if name.len() > NAME_MAXLEN {
        return Err(PyErr::new(&exceptions::KEY_ERROR, "name too long"));
    }
    match version_of(receiver).lookup(&name) {
        Some(Named::Char(c)) => Ok(PyStr::from_cps(&[c])),
        Some(Named::Sequence(cps)) => Ok(PyStr::from_cps(cps)),
        None => {
            // CPython formats the name as a C string: it ends at a NUL.
            let shown = name.split(|&b| b == 0).next().unwrap_or_default();
            Err(PyErr::new(
                &exceptions::KEY_ERROR,
                format!(
                    "undefined character name '{}'",
                    String::from_utf8_lossy(shown)
                ),
            ))
        }
    }
}

/// `(form, unistr, /)`, both str.
fn form_and_text(receiver: &Value, args: &Args, fname: &str) -> PyResult<(Value, Value)> {
    let values = args.range(qualname(receiver, fname), fname, 2, 2)?;
    for (i, v) in values.iter().enumerate() {
        if v.downcast::<PyStr>().is_none() {
            return Err(type_error(format!(
                "{fname}() argument {} must be str, not {}",
                i + 1,
                arg_type_name(v)
            )));
        }
    }
    Ok((values[0].clone(), values[1].clone()))
}

fn form_of(form: &Value) -> PyResult<Form> {
    let name = form
        .downcast::<PyStr>()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default();
    Form::from_name(&name).ok_or_else(|| value_error("invalid normalization form"))
}

fn ucd_normalize(receiver: &Value, args: Args) -> PyResult {
    let (form, text) = form_and_text(receiver, &args, "normalize")?;
    let s = text.downcast::<PyStr>().expect("checked str");
    let exact = std::ptr::eq(text.type_obj(), &ouro_objects::str::STR_TYPE);
    if s.is_empty() {
        return Ok(if exact { text.clone() } else { PyStr::new("") });
    }
    let form = form_of(&form)?;
    let version = version_of(receiver);
    let cps = s.code_points();
    if normalize::quick_check(version, form, &cps, true) == QuickCheck::Yes {
        return Ok(if exact {
            text.clone()
        } else {
            PyStr::from_cps(&cps)
        });
    }
    Ok(PyStr::from_cps(&normalize::normalize(version, form, &cps)))
}

fn ucd_is_normalized(receiver: &Value, args: Args) -> PyResult {
    let (form, text) = form_and_text(receiver, &args, "is_normalized")?;
    let s = text.downcast::<PyStr>().expect("checked str");
    if s.is_empty() {
        return Ok(py_bool(true));
    }
    let form = form_of(&form)?;
    Ok(py_bool(normalize::is_normalized(
        version_of(receiver),
        form,
        &s.code_points(),
    )))
}

/// The functions, both the module's and `UCD`'s methods (CPython's module functions are the
/// `UCD` methods, `$self` in their signatures included).
const UCD_FUNCTIONS: &[MethodDef] = &[
    MethodDef::new(
        "decimal",
        ucd_decimal,
        "decimal($self, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent decimal value.\n\nReturns the decimal value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.",
    ),
    MethodDef::new(
        "digit",
        ucd_digit,
        "digit($self, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent digit value.\n\nReturns the digit value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.",
    ),
    MethodDef::new(
        "numeric",
        ucd_numeric,
        "numeric($self, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent numeric value.\n\nReturns the numeric value assigned to the character chr as float.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.",
    ),
    MethodDef::new(
        "category",
        ucd_category,
        "category($self, chr, /)\n--\n\nReturns the general category assigned to the character chr as string.",
    ),
    MethodDef::new(
        "bidirectional",
        ucd_bidirectional,
        "bidirectional($self, chr, /)\n--\n\nReturns the bidirectional class assigned to the character chr as string.\n\nIf no such value is defined, an empty string is returned.",
    ),
    MethodDef::new(
        "combining",
        ucd_combining,
        "combining($self, chr, /)\n--\n\nReturns the canonical combining class assigned to the character chr as integer.\n\nReturns 0 if no combining class is defined.",
    ),
    MethodDef::new(
        "mirrored",
        ucd_mirrored,
        "mirrored($self, chr, /)\n--\n\nReturns the mirrored property assigned to the character chr as integer.\n\nReturns 1 if the character has been identified as a \"mirrored\"\ncharacter in bidirectional text, 0 otherwise.",
    ),
    MethodDef::new(
        "east_asian_width",
        ucd_east_asian_width,
        "east_asian_width($self, chr, /)\n--\n\nReturns the east asian width assigned to the character chr as string.",
    ),
    MethodDef::new(
        "decomposition",
        ucd_decomposition,
        "decomposition($self, chr, /)\n--\n\nReturns the character decomposition mapping assigned to the character chr as string.\n\nAn empty string is returned in case no such mapping is defined.",
    ),
    MethodDef::new(
        "is_normalized",
        ucd_is_normalized,
        "is_normalized($self, form, unistr, /)\n--\n\nReturn whether the Unicode string unistr is in the normal form 'form'.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.",
    ),
    MethodDef::new(
        "normalize",
        ucd_normalize,
        "normalize($self, form, unistr, /)\n--\n\nReturn the normal form 'form' for the Unicode string unistr.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.",
    ),
    MethodDef::new(
        "name",
        ucd_name,
        "name($self, chr, default=<unrepresentable>, /)\n--\n\nReturns the name assigned to the character chr as a string.\n\nIf no name is defined, default is returned, or, if not given,\nValueError is raised.",
    ),
    MethodDef::new(
        "lookup",
        ucd_lookup,
        "lookup($self, name, /)\n--\n\nLook up character by name.\n\nIf a character with the given name is found, return the\ncorresponding character.  If not found, KeyError is raised.",
    ),
];

builtin_type!(pub static UCD_TYPE: Ucd = TypeSpec {
    name: "unicodedata.UCD",
    slots: SlotDefs::NONE,
    methods: UCD_FUNCTIONS,
    getsets: &[GetSetDef::member("unidata_version", |v| Ok(PyStr::new(version_of(v).unidata_version())), None)],
    ..TypeSpec::DEFAULT
});

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    crate::heaptype::list_module_in_dict(&[&UCD_TYPE]);
    m.set(
        "ucd_3_2_0",
        alloc_typed(&TypeRef::from_static(&UCD_TYPE), Ucd),
    );
    m.set(
        "unidata_version",
        PyStr::new(Version::Current.unidata_version()),
    );
    // `\N{...}` escapes reach the database through this capsule in CPython; Ouro's tokenizer
    // reads it directly, so the capsule only holds the place.
    ready(&crate::types_module::CAPSULE_TYPE);
    m.set(
        "_ucnhash_CAPI",
        alloc_typed(
            &TypeRef::from_static(&crate::types_module::CAPSULE_TYPE),
            crate::types_module::Capsule {
                name: "unicodedata._ucnhash_CAPI",
            },
        ),
    );
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "unicodedata",
    doc: "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n16.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 16.0.0.",
    functions: UCD_FUNCTIONS,
    types: || vec![&UCD_TYPE],
    init,
};
