//! `_codecs`: the codec registry (search functions, the lookup cache, error handlers) and the codec functions the `encodings` package wraps; mirrors Modules/_codecsmodule.c and Python/codecs.c, with the text codecs themselves in `ouro_objects::codecs`.

mod charmap;
mod escape;
mod handlers;
mod unicode;
mod utf7;

use std::cell::RefCell;
use std::collections::HashMap;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::bool::py_bool;
use ouro_objects::descr::{BuiltinFunction, MethodDef};
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Ref, Value, exceptions, int, protocol};

/// The interpreter's codec registry (CPython keeps it in the interpreter
/// state): search functions, their results by normalized name, and error
/// handlers by name.
struct Registry {
    search_path: Vec<Value>,
    cache: HashMap<String, Value>,
    error_handlers: HashMap<String, Value>,
    /// Whether `encodings` (which registers the stdlib's search function)
    /// has been imported.
    encodings: Encodings,
}

#[derive(Clone, Copy, PartialEq)]
enum Encodings {
    NotTried,
    Imported,
    /// Ouro may run without the stdlib; the registry then has only the
    /// search functions registered by hand.
    Missing,
}

ouro_objects::gil_shared! {
    static REGISTRY: RefCell<Option<Registry>> = const { RefCell::new(None) };
}

/// Runs `f` on the registry, creating it (with the standard error
/// handlers) on first use.
fn with_registry<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let registry = r.get_or_insert_with(|| Registry {
            search_path: Vec::new(),
            cache: HashMap::new(),
            error_handlers: handlers::STANDARD
                .iter()
                .map(|(name, def)| {
                    let handler = Ref::new(BuiltinFunction {
                        def,
                        bound: None,
                        module: None,
                    })
                    .into_value();
                    (name.to_string(), handler)
                })
                .collect(),
            encodings: Encodings::NotTried,
        });
        f(registry)
    })
}

/// `normalizestring`: ASCII letters lowered, runs of other characters
/// (except `.`) made one `_`, none at either end.
fn normalize(encoding: &str) -> String {
    let mut out = String::with_capacity(encoding.len());
    let mut punct = false;
    for c in encoding.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            punct = false;
            out.push(c.to_ascii_lowercase());
        } else {
            punct = true;
        }
    }
    out
}

/// `_PyCodec_Lookup`: the codec info for `encoding`, from the cache or the
/// first search function that knows it.
fn lookup_codec(encoding: &str) -> PyResult {
    if with_registry(|r| r.encodings) == Encodings::NotTried {
        with_registry(|r| r.encodings = Encodings::Imported);
        let import = ouro_eval::builtins::builtin_value("__import__")?;
        match protocol::call(&import, &[PyStr::new("encodings")], None) {
            Ok(_) => {}
            Err(e) if e.matches(&exceptions::MODULE_NOT_FOUND_ERROR) => {
                with_registry(|r| r.encodings = Encodings::Missing);
            }
            Err(e) => return Err(e),
        }
    }
    let name = normalize(encoding);
    let (cached, search_path, encodings) = with_registry(|r| {
        (
            r.cache.get(&name).cloned(),
            r.search_path.clone(),
            r.encodings,
        )
    });
    if let Some(info) = cached {
        return Ok(info);
    }
    if search_path.is_empty() && encodings == Encodings::Imported {
        return Err(PyErr::new(
            &exceptions::LOOKUP_ERROR,
            "no codec search functions registered: can't find encoding",
        ));
    }
    let key = PyStr::new(&name);
    for search in &search_path {
        let result = protocol::call1(search, key.clone())?;
        if is_none(&result) {
            continue;
        }
        if result.downcast::<Tuple>().is_none_or(|t| t.len() != 4) {
            return Err(type_error("codec search functions must return 4-tuples"));
        }
        with_registry(|r| r.cache.insert(name, result.clone()));
        return Ok(result);
    }
    Err(PyErr::new(
        &exceptions::LOOKUP_ERROR,
        format!("unknown encoding: {encoding}"),
    ))
}

/// The error handler registered as `name` (`PyCodec_LookupError`).
pub(crate) fn lookup_error_handler(name: &str) -> PyResult {
    with_registry(|r| r.error_handlers.get(name).cloned()).ok_or_else(|| {
        PyErr::new(
            &exceptions::LOOKUP_ERROR,
            format!("unknown error handler name '{name}'"),
        )
    })
}

fn is_callable(v: &Value) -> bool {
    v.type_obj().payload().slots.call.get().is_some()
}

/// A positional `str` argument (clinic's `unicode` converter).
fn str_arg<'a>(fname: &str, pos: usize, v: &'a Value) -> PyResult<&'a PyStr> {
    v.downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "{fname}() argument {pos} must be str, not {}",
            arg_type_name(v)
        ))
    })
}

/// An `errors` argument: a str, or `None` for `"strict"`.
fn errors_arg(fname: &str, pos: usize, v: Option<&Value>) -> PyResult<String> {
    match v {
        None => Ok("strict".into()),
        Some(v) if is_none(v) => Ok("strict".into()),
        Some(v) => match v.downcast::<PyStr>() {
            Some(s) => Ok(s.to_string_lossy()),
            None => Err(type_error(format!(
                "{fname}() argument {pos} must be str or None, not {}",
                arg_type_name(v)
            ))),
        },
    }
}

/// A `Py_buffer` argument; with `accept_str`, a str stands for its UTF-8.
fn buffer_arg(v: &Value, accept_str: bool) -> PyResult<Vec<u8>> {
    if let Some(s) = v.downcast::<PyStr>() {
        if accept_str {
            return ouro_objects::codecs::encode(s, v, "utf-8", "strict");
        }
    } else if let Some(data) = ouro_objects::bytes::as_bytes_like(v) {
        return Ok(data);
    }
    Err(type_error(format!(
        "a bytes-like object is required, not '{}'",
        protocol::type_name(v)
    )))
}

/// A clinic `bool` argument (any object's truth).
fn bool_arg(v: Option<&Value>, default: bool) -> PyResult<bool> {
    v.map_or(Ok(default), protocol::is_true)
}

/// A clinic `str` argument that may be given by keyword.
fn keyword_str_arg(
    fname: &str,
    argname: &str,
    v: Option<Value>,
    default: &str,
) -> PyResult<String> {
    match v {
        None => Ok(default.into()),
        Some(v) => match v.downcast::<PyStr>() {
            Some(s) => Ok(s.to_string_lossy()),
            None => Err(ouro_objects::args::bad_argument(fname, argname, "str", &v)),
        },
    }
}

/// `(result, length)`, what every codec function returns.
fn pair(result: Value, length: usize) -> Value {
    Tuple::new(vec![result, int::from_usize(length)])
}

fn register(_m: &Value, args: Args) -> PyResult {
    let search = args.one("register")?;
    if !is_callable(search) {
        return Err(type_error("argument must be callable"));
    }
    with_registry(|r| r.search_path.push(search.clone()));
    Ok(none())
}

fn unregister(_m: &Value, args: Args) -> PyResult {
    let search = args.one("unregister")?;
    with_registry(|r| {
        if let Some(i) = r.search_path.iter().position(|f| f.is(search)) {
            r.search_path.remove(i);
            r.cache.clear();
        }
    });
    Ok(none())
}

/// The one `str` argument of a clinic function (`f() argument must be str`).
fn only_str_arg(fname: &str, args: &Args) -> PyResult<String> {
    let v = args.one(fname)?;
    match v.downcast::<PyStr>() {
        Some(s) => Ok(s.to_string_lossy()),
        None => Err(type_error(format!(
            "{fname}() argument must be str, not {}",
            arg_type_name(v)
        ))),
    }
}

fn lookup(_m: &Value, args: Args) -> PyResult {
    lookup_codec(&only_str_arg("lookup", &args)?)
}

/// `encode`/`decode(obj, encoding='utf-8', errors='strict')` through the
/// registry (`_PyCodec_Encode`, `_PyCodec_Decode`).
fn convert(args: Args, fname: &str, index: usize, operation: &str) -> PyResult {
    let [obj, encoding, errors] = args.parse(fname, ["obj", "encoding", "errors"], 0, 1, 3)?;
    let encoding = keyword_str_arg(fname, "encoding", encoding, "utf-8")?;
    let errors = keyword_str_arg(fname, "errors", errors, "strict")?;
    let info = lookup_codec(&encoding)?;
    let function = protocol::getitem(&info, &int::from_usize(index))?;
    ouro_objects::codecs::call_codec_function(
        &function,
        &obj.expect("required"),
        &errors,
        operation,
        &encoding,
    )
}

fn encode(_m: &Value, args: Args) -> PyResult {
    convert(args, "encode", 0, "encoding")
}

fn decode(_m: &Value, args: Args) -> PyResult {
    convert(args, "decode", 1, "decoding")
}

fn register_error(_m: &Value, args: Args) -> PyResult {
    let args = args.range("register_error", "register_error", 2, 2)?;
    let name = str_arg("register_error", 1, &args[0])?.to_string_lossy();
    if !is_callable(&args[1]) {
        return Err(type_error("handler must be callable"));
    }
    with_registry(|r| r.error_handlers.insert(name, args[1].clone()));
    Ok(none())
}

fn unregister_error(_m: &Value, args: Args) -> PyResult {
    let name = only_str_arg("_unregister_error", &args)?;
    if handlers::STANDARD.iter().any(|(n, _)| *n == name) {
        return Err(value_error(format!(
            "cannot un-register built-in error handler '{name}'"
        )));
    }
    Ok(py_bool(
        with_registry(|r| r.error_handlers.remove(&name)).is_some(),
    ))
}

fn lookup_error(_m: &Value, args: Args) -> PyResult {
    lookup_error_handler(&only_str_arg("lookup_error", &args)?)
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_codecs",
    doc: "",
    functions: &[
        MethodDef::new(
            "register",
            register,
            "register($module, search_function, /)\n--\n\nRegister a codec search function.\n\nSearch functions are expected to take one argument, the encoding name in\nall lower case letters, and either return None, or a tuple of functions\n(encoder, decoder, stream_reader, stream_writer) (or a CodecInfo object).",
        ),
        MethodDef::new(
            "unregister",
            unregister,
            "unregister($module, search_function, /)\n--\n\nUnregister a codec search function and clear the registry's cache.\n\nIf the search function is not registered, do nothing.",
        ),
        MethodDef::new(
            "lookup",
            lookup,
            "lookup($module, encoding, /)\n--\n\nLooks up a codec tuple in the Python codec registry and returns a CodecInfo object.",
        ),
        MethodDef::new(
            "encode",
            encode,
            "encode($module, /, obj, encoding='utf-8', errors='strict')\n--\n\nEncodes obj using the codec registered for encoding.\n\nThe default encoding is 'utf-8'.  errors may be given to set a\ndifferent error handling scheme.  Default is 'strict' meaning that encoding\nerrors raise a ValueError.  Other possible values are 'ignore', 'replace'\nand 'backslashreplace' as well as any other name registered with\ncodecs.register_error that can handle ValueErrors.",
        ),
        MethodDef::new(
            "decode",
            decode,
            "decode($module, /, obj, encoding='utf-8', errors='strict')\n--\n\nDecodes obj using the codec registered for encoding.\n\nDefault encoding is 'utf-8'.  errors may be given to set a\ndifferent error handling scheme.  Default is 'strict' meaning that encoding\nerrors raise a ValueError.  Other possible values are 'ignore', 'replace'\nand 'backslashreplace' as well as any other name registered with\ncodecs.register_error that can handle ValueErrors.",
        ),
        MethodDef::new(
            "escape_encode",
            escape::escape_encode,
            "escape_encode($module, data, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "escape_decode",
            escape::escape_decode,
            "escape_decode($module, data, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_8_encode",
            unicode::utf_8_encode,
            "utf_8_encode($module, str, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_8_decode",
            unicode::utf_8_decode,
            "utf_8_decode($module, data, errors=None, final=False, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_7_encode",
            utf7::utf_7_encode,
            "utf_7_encode($module, str, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_7_decode",
            utf7::utf_7_decode,
            "utf_7_decode($module, data, errors=None, final=False, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_16_encode",
            unicode::utf_16_encode,
            "utf_16_encode($module, str, errors=None, byteorder=0, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_16_le_encode",
            unicode::utf_16_le_encode,
            "utf_16_le_encode($module, str, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_16_be_encode",
            unicode::utf_16_be_encode,
            "utf_16_be_encode($module, str, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_16_decode",
            unicode::utf_16_decode,
            "utf_16_decode($module, data, errors=None, final=False, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_16_le_decode",
            unicode::utf_16_le_decode,
            "utf_16_le_decode($module, data, errors=None, final=False, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_16_be_decode",
            unicode::utf_16_be_decode,
            "utf_16_be_decode($module, data, errors=None, final=False, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_16_ex_decode",
            unicode::utf_16_ex_decode,
            "utf_16_ex_decode($module, data, errors=None, byteorder=0, final=False, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_32_encode",
            unicode::utf_32_encode,
            "utf_32_encode($module, str, errors=None, byteorder=0, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_32_le_encode",
            unicode::utf_32_le_encode,
            "utf_32_le_encode($module, str, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_32_be_encode",
            unicode::utf_32_be_encode,
            "utf_32_be_encode($module, str, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_32_decode",
            unicode::utf_32_decode,
            "utf_32_decode($module, data, errors=None, final=False, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_32_le_decode",
            unicode::utf_32_le_decode,
            "utf_32_le_decode($module, data, errors=None, final=False, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_32_be_decode",
            unicode::utf_32_be_decode,
            "utf_32_be_decode($module, data, errors=None, final=False, /)\n--\n\n",
        ),
        MethodDef::new(
            "utf_32_ex_decode",
            unicode::utf_32_ex_decode,
            "utf_32_ex_decode($module, data, errors=None, byteorder=0, final=False, /)\n--\n\n",
        ),
        MethodDef::new(
            "unicode_escape_encode",
            escape::unicode_escape_encode,
            "unicode_escape_encode($module, str, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "unicode_escape_decode",
            escape::unicode_escape_decode,
            "unicode_escape_decode($module, data, errors=None, final=True, /)\n--\n\n",
        ),
        MethodDef::new(
            "raw_unicode_escape_encode",
            escape::raw_unicode_escape_encode,
            "raw_unicode_escape_encode($module, str, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "raw_unicode_escape_decode",
            escape::raw_unicode_escape_decode,
            "raw_unicode_escape_decode($module, data, errors=None, final=True, /)\n--\n\n",
        ),
        MethodDef::new(
            "latin_1_encode",
            unicode::latin_1_encode,
            "latin_1_encode($module, str, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "latin_1_decode",
            unicode::latin_1_decode,
            "latin_1_decode($module, data, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "ascii_encode",
            unicode::ascii_encode,
            "ascii_encode($module, str, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "ascii_decode",
            unicode::ascii_decode,
            "ascii_decode($module, data, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "charmap_encode",
            charmap::charmap_encode,
            "charmap_encode($module, str, errors=None, mapping=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "charmap_decode",
            charmap::charmap_decode,
            "charmap_decode($module, data, errors=None, mapping=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "charmap_build",
            charmap::charmap_build,
            "charmap_build($module, map, /)\n--\n\n",
        ),
        MethodDef::new(
            "readbuffer_encode",
            unicode::readbuffer_encode,
            "readbuffer_encode($module, data, errors=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "register_error",
            register_error,
            "register_error($module, errors, handler, /)\n--\n\nRegister the specified error handler under the name errors.\n\nhandler must be a callable object, that will be called with an exception\ninstance containing information about the location of the encoding/decoding\nerror and must return a (replacement, new position) tuple.",
        ),
        MethodDef::new(
            "_unregister_error",
            unregister_error,
            "_unregister_error($module, errors, /)\n--\n\nUn-register the specified error handler for the error handling `errors'.\n\nOnly custom error handlers can be un-registered. An exception is raised\nif the error handling is a built-in one (e.g., 'strict'), or if an error\noccurs.\n\nOtherwise, this returns True if a custom handler has been successfully\nun-registered, and False if no custom handler for the specified error\nhandling exists.",
        ),
        MethodDef::new(
            "lookup_error",
            lookup_error,
            "lookup_error($module, name, /)\n--\n\nlookup_error(errors) -> handler\n\nReturn the error handler for the specified error handling name or raise a\nLookupError, if no handler exists under this name.",
        ),
    ],
    types: charmap::types,
    init: ModuleDef::no_init,
};
