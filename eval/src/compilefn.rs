//! `compile()`, `exec()` and `eval()`: the front end run on source text, and code run in given namespaces; mirrors `builtin_compile`, `builtin_exec` and `builtin_eval` in Python/bltinmodule.c.

use ouro_frontend::codegen::{self, CompileOptions};
use ouro_frontend::error::{ErrorKind, SyntaxError};
use ouro_frontend::parser::{self, Mode};
use ouro_objects::args::Args;
use ouro_objects::code::Code;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, int, protocol};

/// A front-end error as the Python exception CPython raises.
pub fn syntax_error(e: &SyntaxError, filename: &str, source: Option<&str>) -> PyErr {
    let ty = match e.kind {
        ErrorKind::SyntaxError => &exceptions::SYNTAX_ERROR,
        ErrorKind::IndentationError => &exceptions::INDENTATION_ERROR,
        ErrorKind::TabError => &exceptions::TAB_ERROR,
        ErrorKind::RecursionError => {
            return PyErr::new(&exceptions::RECURSION_ERROR, e.msg.clone());
        }
        ErrorKind::SystemError => return PyErr::new(&exceptions::SYSTEM_ERROR, e.msg.clone()),
    };
    let opt_int = |v: Option<i64>| v.map_or_else(none, int::from_i64);
    let text = match (source, e.lineno) {
        (Some(src), Some(line)) => src
            .split_inclusive('\n')
            .nth(line as usize - 1)
            // The tokenizer ends the last line with a newline too.
            .map_or_else(none, |l| {
                if l.ends_with('\n') {
                    PyStr::new(l)
                } else {
                    PyStr::new(&format!("{l}\n"))
                }
            }),
        _ => none(),
    };
    let info = Tuple::new(vec![
        PyStr::new(filename),
        opt_int(e.lineno.map(i64::from)),
        opt_int(e.offset.map(i64::from)),
        text,
        opt_int(e.end_lineno.map(i64::from)),
        opt_int(e.end_offset.map(i64::from)),
    ]);
    let exc = exceptions::new_exception_args(ty, Tuple::new(vec![PyStr::new(&e.msg), info]));
    // What the traceback's keyword-typo search reads (`_PyPegen_set_syntax_error_metadata`).
    let metadata = Tuple::new(vec![
        int::from_i64(0),
        int::from_i64(0),
        source.map_or_else(none, PyStr::new),
    ]);
    let _ = protocol::setattr(
        &exc,
        &ouro_objects::str::intern("_metadata"),
        Some(&metadata),
    );
    PyErr::from_instance(exc)
}

/// Compiles source text to a code object value.
pub fn compile_source(
    source: &str,
    filename: &str,
    mode: Mode,
    options: &CompileOptions,
) -> PyResult {
    let parsed =
        parser::parse(source, mode).map_err(|e| syntax_error(&e, filename, Some(source)))?;
    let code = codegen::compile_owned(parsed.module, filename, options)
        .map_err(|e| syntax_error(&e, filename, Some(source)))?;
    Ok(crate::convert::module_code(code))
}

fn source_text(v: &Value, what: &str) -> PyResult<String> {
    if let Some(s) = v.downcast::<PyStr>() {
        return Ok(s.to_string_lossy());
    }
    if let Some(b) = ouro_objects::bytes::as_bytes_like(v) {
        return ouro_frontend::source::decode_source(&b)
            .map_err(|e| syntax_error(&e, "<string>", None));
    }
    Err(type_error(format!(
        "{what}() arg 1 must be a string, bytes or code object"
    )))
}

pub fn compile_builtin(args: Args) -> PyResult {
    let [
        source,
        filename,
        mode,
        _flags,
        _dont_inherit,
        optimize,
        _feature,
    ] = args.parse(
        "compile",
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        0,
        3,
        6,
    )?;
    let source = source.expect("required");
    let filename = filename.expect("required");
    let filename = match filename.downcast::<PyStr>() {
        Some(s) => s.to_string_lossy(),
        None => match ouro_objects::bytes::as_bytes_like(&filename) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(type_error(format!(
                    "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
                    protocol::type_name(&filename)
                )));
            }
        },
    };
    let mode = protocol::str_lossy(&mode.expect("required"));
    let mode = match mode.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => {
            return Err(value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ));
        }
    };
    let optimize = match optimize {
        Some(o) => int::to_i64(&o).unwrap_or(-1),
        None => -1,
    };
    let options = CompileOptions {
        optimize: if optimize < 0 { 0 } else { optimize as u8 },
        ..CompileOptions::default()
    };
    if source.downcast::<Code>().is_some() {
        return Ok(source);
    }
    let text = source_text(&source, "compile")?;
    compile_source(&text, &filename, mode, &options)
}

/// `exec(source, globals, locals)` and `eval(...)`.
pub fn exec_or_eval(args: Args, name: &str) -> PyResult {
    let [source, globals, locals, _closure] =
        args.parse(name, ["source", "globals", "locals", "closure"], 1, 1, 3)?;
    let source = source.expect("required");
    let globals = globals.filter(|g| !is_none(g));
    let locals = locals.filter(|l| !is_none(l));
    if let Some(g) = &globals
        && g.downcast::<Dict>().is_none()
    {
        return Err(type_error(format!(
            "{name}() globals must be a dict, not {}",
            protocol::type_name(g)
        )));
    }
    let (globals, locals) = match globals {
        Some(g) => {
            let l = locals.unwrap_or_else(|| g.clone());
            (g, l)
        }
        None => {
            let meta = crate::frame::nth_meta(0)
                .ok_or_else(|| ouro_objects::err::system_error("no frame"))?;
            let g = meta.globals.clone();
            let l = match locals {
                Some(l) => l,
                None => crate::frame::locals_of(&meta)?,
            };
            (g, l)
        }
    };
    let d = globals.downcast::<Dict>().expect("dict");
    if d.get_str(&ouro_objects::str::intern("__builtins__"))
        .is_none()
    {
        d.set_str("__builtins__", crate::state::builtins_module());
    }
    let code = if source.downcast::<Code>().is_some() {
        source
    } else {
        let mut text = source_text(&source, name)?;
        if name == "eval" {
            text = text.trim_start_matches([' ', '\t']).to_string();
        }
        let mode = if name == "eval" {
            Mode::Eval
        } else {
            Mode::Exec
        };
        compile_source(&text, "<string>", mode, &CompileOptions::default())?
    };
    let r = crate::interp::run_code(&code, globals, Some(locals))?;
    Ok(if name == "exec" { none() } else { r })
}
