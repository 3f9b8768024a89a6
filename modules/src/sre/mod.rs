//! `_sre`: the regular-expression engine behind `re` (Modules/_sre/sre.c): the module functions, and the subjects (str or bytes-like) the engine runs over.
//!
//! `re._compiler` turns a pattern into a list of code words; `_sre.compile`
//! wraps them in a `re.Pattern` (pattern.rs), whose methods run the matcher
//! (engine.rs) and build `re.Match` objects (matchobj.rs).

mod chars;
mod charset;
mod constants;
mod engine;
mod matchobj;
mod pattern;
mod validate;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::bytes::{self, Bytes};
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::module::Module;
use ouro_objects::str::{PyStr, StrData};
use ouro_objects::{Value, bool as pybool, int, protocol};

use charset::SetTables;
use constants::{CODESIZE, MAGIC, MAXGROUPS, MAXREPEAT};
use engine::{EngineResult, Matcher, State};

/// The subject of a match: a str's code units, or a copy of a bytes-like
/// object's bytes (a `bytearray` may change under a live scanner).
pub(crate) enum Subject {
    Str(Value),
    Bytes(Value),
    Buffer(Vec<u8>),
}

impl Subject {
    /// `getstring`: the subject behind `v`, or `TypeError`.
    pub(crate) fn of(v: &Value) -> PyResult<Subject> {
        if v.downcast::<PyStr>().is_some() {
            return Ok(Subject::Str(v.clone()));
        }
        if v.downcast::<Bytes>().is_some() {
            return Ok(Subject::Bytes(v.clone()));
        }
        match bytes::as_bytes_like(v) {
            Some(b) => Ok(Subject::Buffer(b)),
            None => Err(type_error(format!(
                "expected string or bytes-like object, got '{}'",
                protocol::type_name(v)
            ))),
        }
    }

    pub(crate) fn is_bytes(&self) -> bool {
        !matches!(self, Subject::Str(_))
    }

    pub(crate) fn len(&self) -> usize {
        match self {
            Subject::Str(v) => v.downcast::<PyStr>().map_or(0, PyStr::len),
            Subject::Bytes(v) => v.downcast::<Bytes>().map_or(0, |b| b.0.len()),
            Subject::Buffer(b) => b.len(),
        }
    }

    /// Runs `search` or a match from `st.ptr` over the subject's code units.
    pub(crate) fn run(
        &self,
        code: &[u32],
        sets: &SetTables,
        st: &mut State,
        search: bool,
    ) -> EngineResult<bool> {
        fn go<T: engine::Char>(
            text: &[T],
            (code, sets): (&[u32], &SetTables),
            st: &mut State,
            search: bool,
        ) -> EngineResult<bool> {
            let mut m = Matcher::new(text, code, sets, st);
            if search { m.search() } else { m.run(0, true) }
        }
        let code = (code, sets);
        match self {
            Subject::Str(v) => match v.downcast::<PyStr>().map(PyStr::data) {
                Some(StrData::Latin1(t)) => go(t, code, st, search),
                Some(StrData::Ucs2(t)) => go(t, code, st, search),
                Some(StrData::Ucs4(t)) => go(t, code, st, search),
                None => Ok(false),
            },
            Subject::Bytes(v) => match v.downcast::<Bytes>() {
                Some(b) => go(&b.0, code, st, search),
                None => Ok(false),
            },
            Subject::Buffer(b) => go(b, code, st, search),
        }
    }

    /// `getslice`: `string[start:end]` as str or bytes (the whole of an
    /// exact str or bytes is the object itself).
    pub(crate) fn slice(&self, string: &Value, start: usize, end: usize) -> Value {
        let (start, end) = (start.min(end), end);
        match self {
            Subject::Str(v) => str_slice(v, start, end),
            Subject::Bytes(v) => {
                let data = v.downcast::<Bytes>().map_or(&[][..], |b| &b.0[..]);
                let end = end.min(data.len());
                if start == 0 && end == data.len() && string.downcast_exact::<Bytes>().is_some() {
                    return v.clone();
                }
                bytes::new(data[start.min(end)..end].to_vec())
            }
            Subject::Buffer(b) => {
                let end = end.min(b.len());
                bytes::new(b[start.min(end)..end].to_vec())
            }
        }
    }
}

/// `PyUnicode_Substring`, without copying the whole string for UCS-2/4.
pub(crate) fn str_slice(v: &Value, start: usize, end: usize) -> Value {
    let Some(s) = v.downcast::<PyStr>() else {
        return PyStr::new("");
    };
    let end = end.min(s.len());
    let start = start.min(end);
    if start == 0 && end == s.len() && v.downcast_exact::<PyStr>().is_some() {
        return v.clone();
    }
    match s.data() {
        StrData::Latin1(_) => ouro_objects::Ref::new(s.substring(start, end)).into_value(),
        StrData::Ucs2(t) => {
            let cps: Vec<u32> = t[start..end].iter().map(|&c| u32::from(c)).collect();
            PyStr::from_cps(&cps)
        }
        StrData::Ucs4(t) => PyStr::from_cps(&t[start..end]),
    }
}

/// The `int` argument of the case helpers (clinic's `int` converter).
fn char_arg(args: &Args, name: &str) -> PyResult<u32> {
    Ok(int::index_as_c_int(args.one(name)?)? as u32)
}

fn sre_getcodesize(_m: &Value, args: Args) -> PyResult {
    args.none("getcodesize")?;
    Ok(int::from_i64(CODESIZE))
}

fn sre_ascii_iscased(_m: &Value, args: Args) -> PyResult {
    let c = char_arg(&args, "ascii_iscased")?;
    Ok(pybool::py_bool(c < 128 && (c as u8).is_ascii_alphabetic()))
}

fn sre_unicode_iscased(_m: &Value, args: Args) -> PyResult {
    let c = char_arg(&args, "unicode_iscased")?;
    Ok(pybool::py_bool(
        c != chars::lower_unicode(c) || c != chars::upper_unicode(c),
    ))
}

fn sre_ascii_tolower(_m: &Value, args: Args) -> PyResult {
    let c = char_arg(&args, "ascii_tolower")?;
    Ok(int::from_i64(i64::from(chars::lower_ascii(c) as i32)))
}

fn sre_unicode_tolower(_m: &Value, args: Args) -> PyResult {
    let c = char_arg(&args, "unicode_tolower")?;
    Ok(int::from_i64(i64::from(chars::lower_unicode(c) as i32)))
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    m.set("MAGIC", int::from_i64(MAGIC));
    m.set("CODESIZE", int::from_i64(CODESIZE));
    m.set("MAXREPEAT", int::from_i64(i64::from(MAXREPEAT)));
    m.set("MAXGROUPS", int::from_i64(i64::from(MAXGROUPS)));
    m.set(
        "copyright",
        PyStr::new(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "),
    );
    for ty in [
        &pattern::PATTERN_TYPE,
        &matchobj::MATCH_TYPE,
        &matchobj::SCANNER_TYPE,
        &pattern::TEMPLATE_TYPE,
    ] {
        ouro_objects::typeobj::ready(ty);
        // CPython makes these heap types, whose dict holds `__module__`.
        let t = ty.payload();
        let name = t.name();
        let module = name.rsplit_once('.').map_or("builtins", |(m, _)| m);
        if let Some(d) = t.dict().downcast::<ouro_objects::dict::Dict>() {
            d.set_str("__module__", PyStr::new(module));
        }
        t.modified();
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_sre",
    doc: "",
    functions: &[
        MethodDef::new(
            "compile",
            pattern::sre_compile,
            "compile($module, /, pattern, flags, code, groups, groupindex, indexgroup)\n--\n\n",
        ),
        MethodDef::new(
            "template",
            pattern::sre_template,
            "template($module, pattern, template, /)\n--\n\n\n\n  template\n    A list containing interleaved literal strings (str or bytes) and group\n    indices (int), as returned by re._parser.parse_template():\n        [literal1, group1, ..., literalN, groupN]",
        ),
        MethodDef::new(
            "getcodesize",
            sre_getcodesize,
            "getcodesize($module, /)\n--\n\n",
        ),
        MethodDef::new(
            "ascii_iscased",
            sre_ascii_iscased,
            "ascii_iscased($module, character, /)\n--\n\n",
        ),
        MethodDef::new(
            "unicode_iscased",
            sre_unicode_iscased,
            "unicode_iscased($module, character, /)\n--\n\n",
        ),
        MethodDef::new(
            "ascii_tolower",
            sre_ascii_tolower,
            "ascii_tolower($module, character, /)\n--\n\n",
        ),
        MethodDef::new(
            "unicode_tolower",
            sre_unicode_tolower,
            "unicode_tolower($module, character, /)\n--\n\n",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};
