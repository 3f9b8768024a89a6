//! `compile()`, `exec()` and `eval()`: the front end run on source text, and code run in given namespaces; mirrors `builtin_compile`, `builtin_exec` and `builtin_eval` in Python/bltinmodule.c.

use ouro_frontend::ast;
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
use ouro_objects::typeobj::TypeObject;
use ouro_objects::{PyObj, Value, int, protocol};

use crate::pyast;

/// A front-end error as the Python exception CPython raises; `source` is
/// the text compiled and its mode, for the error's `text`.
pub fn syntax_error(e: &SyntaxError, filename: &str, source: Option<(&str, Mode)>) -> PyErr {
    syntax_error_of_type(None, e, filename, source)
}

/// What the file tokenizer reports for a script whose bytes cannot be
/// decoded: no location; the Non-UTF-8 message names the file, and an
/// unknown coding cookie is an "encoding problem".
pub fn script_decode_error(e: &SyntaxError, filename: &str) -> PyErr {
    let msg = if let Some(rest) = e.msg.strip_prefix("unknown encoding: ") {
        format!("encoding problem: {rest}")
    } else if e.msg.starts_with("Non-UTF-8 code starting with ") {
        e.msg
            .replacen(" on line ", &format!(" in file {filename} on line "), 1)
    } else {
        e.msg.clone()
    };
    PyErr::new(&exceptions::SYNTAX_ERROR, msg)
}

/// `_IncompleteInputError` ("incomplete input"), raised under
/// `PyCF_ALLOW_INCOMPLETE_INPUT` (`codeop`) when a parse fails at the end of
/// the source (`_PyPegen_run_parser`'s `_is_end_of_source` check).
fn incomplete_input(e: &SyntaxError, filename: &str, source: (&str, Mode)) -> PyErr {
    let e = SyntaxError {
        msg: "incomplete input".to_string(),
        ..e.clone()
    };
    syntax_error_of_type(
        Some(&exceptions::INCOMPLETE_INPUT_ERROR),
        &e,
        filename,
        Some(source),
    )
}

fn syntax_error_of_type(
    ty: Option<&'static PyObj<TypeObject>>,
    e: &SyntaxError,
    filename: &str,
    source: Option<(&str, Mode)>,
) -> PyErr {
    let text = match (source, e.lineno) {
        // An error before any line was read (empty `eval` input).
        (Some(_), Some(0)) => PyStr::new(""),
        (Some((src, mode)), Some(line)) => (line as usize)
            .checked_sub(1)
            .and_then(|i| src.split_inclusive('\n').nth(i))
            .map_or_else(none, |l| {
                // For `exec` the tokenizer ends the last line with a
                // newline too; `eval` and `single` keep the text as given.
                if l.ends_with('\n') || mode != Mode::Exec {
                    PyStr::new(l)
                } else {
                    PyStr::new(&format!("{l}\n"))
                }
            }),
        _ => none(),
    };
    new_syntax_error(ty, e, filename, text, source.map(|(src, _)| src))
}

/// An error the tokenizer raises itself (`_syntaxerror_range`): its text
/// is the line without the newline.
fn tokenizer_error(e: &SyntaxError, filename: &str, source: &str) -> PyErr {
    let text = e
        .lineno
        .and_then(|lineno| source.split('\n').nth((lineno as usize).checked_sub(1)?))
        .map_or_else(none, PyStr::new);
    new_syntax_error(None, e, filename, text, Some(source))
}

/// `_PyErr_RaiseSyntaxError`, as the compiler (symbol table, codegen) and
/// its warnings raise errors: the text is the line read back from the file
/// `filename` names, if it can be read.
fn compiler_error(e: &SyntaxError, filename: &str) -> PyErr {
    let text = e
        .lineno
        .and_then(|lineno| program_text(filename, lineno))
        .map_or_else(none, |line| PyStr::new(&line));
    new_syntax_error(None, e, filename, text, None)
}

/// `PyErr_ProgramTextObject`: line `lineno` of file `filename` with
/// universal newlines, at most its first 999 bytes (CPython's line buffer),
/// a UTF-8 BOM dropped from line 1, decoded with replacement.
fn program_text(filename: &str, lineno: u32) -> Option<String> {
    const LINE_BUFFER: usize = 999;
    let bytes = std::fs::read(filename).ok()?;
    let mut rest = bytes.as_slice();
    for _ in 1..lineno {
        let end = rest.iter().position(|&b| b == b'\n' || b == b'\r')?;
        let newline = if rest[end..].starts_with(b"\r\n") {
            2
        } else {
            1
        };
        rest = &rest[end + newline..];
    }
    if rest.is_empty() {
        return None;
    }
    let mut line = match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
        Some(end) => [&rest[..end], b"\n"].concat(),
        None => rest.to_vec(),
    };
    line.truncate(LINE_BUFFER);
    let text = if lineno == 1 {
        line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&line)
    } else {
        &line
    };
    Some(String::from_utf8_lossy(text).into_owned())
}

/// The `SyntaxError` instance (or subclass `ty`) for `e` with the given
/// `text`; `source` is what the traceback's keyword-typo search reads.
fn new_syntax_error(
    ty: Option<&'static PyObj<TypeObject>>,
    e: &SyntaxError,
    filename: &str,
    text: Value,
    source: Option<&str>,
) -> PyErr {
    let ty = ty.unwrap_or(match e.kind {
        ErrorKind::SyntaxError => &exceptions::SYNTAX_ERROR,
        ErrorKind::IndentationError => &exceptions::INDENTATION_ERROR,
        ErrorKind::TabError => &exceptions::TAB_ERROR,
        ErrorKind::RecursionError => {
            return PyErr::new(&exceptions::RECURSION_ERROR, e.msg.clone());
        }
        ErrorKind::SystemError => return PyErr::new(&exceptions::SYSTEM_ERROR, e.msg.clone()),
    });
    let opt_int = |v: Option<i64>| v.map_or_else(none, int::from_i64);
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

/// `_PyErr_EmitSyntaxWarning`: issues a compile-time `SyntaxWarning`;
/// when the warnings filter raises it, `as_error` takes its place.
fn emit_syntax_warning(
    message: &str,
    filename: &str,
    lineno: u32,
    as_error: impl FnOnce() -> PyErr,
) -> PyResult<()> {
    crate::warnings::warn_explicit(&exceptions::SYNTAX_WARNING, message, filename, lineno).map_err(
        |e| {
            if e.matches(&exceptions::SYNTAX_WARNING) {
                as_error()
            } else {
                e
            }
        },
    )
}

/// Compiles source text to a code object value.
pub fn compile_source(
    source: &str,
    filename: &str,
    mode: Mode,
    options: &CompileOptions,
) -> PyResult {
    let module = parse_with_warnings(source, filename, mode, false)?;
    compile_tree(module, filename, options)
}

/// Parses source text, reporting the tokenizer's and parser's warnings.
fn parse_with_warnings(
    source: &str,
    filename: &str,
    mode: Mode,
    type_comments: bool,
) -> PyResult<ast::Mod> {
    let parsed = parser::parse_with(source, mode, type_comments)
        .map_err(|e| syntax_error(&e, filename, Some((source, mode))))?;
    for w in &parsed.warnings {
        emit_syntax_warning(&w.message, filename, w.lineno, || {
            if w.from_tokenizer {
                tokenizer_error(&w.as_error, filename, source)
            } else {
                syntax_error(&w.as_error, filename, Some((source, mode)))
            }
        })?;
    }
    Ok(parsed.module)
}

/// Compiles a tree, reporting the warnings issued before it ends.
fn compile_tree(module: ast::Mod, filename: &str, options: &CompileOptions) -> PyResult {
    let compiled = codegen::compile_with_warnings(module, filename, options);
    for w in &compiled.warnings {
        emit_syntax_warning(&w.msg, filename, w.lineno.unwrap_or(0), || {
            compiler_error(w, filename)
        })?;
    }
    let code = compiled.code.map_err(|e| compiler_error(&e, filename))?;
    Ok(crate::convert::module_code(code))
}

/// The text of a str or bytes source; a decoding error names `filename`, as
/// CPython's tokenizer does.
fn source_text(v: &Value, what: &str, filename: &str) -> PyResult<String> {
    let text = if let Some(s) = v.downcast::<PyStr>() {
        s.to_string_lossy()
    } else if let Some(b) = ouro_objects::bytes::as_bytes_like(v) {
        if b.contains(&0) {
            return Err(null_bytes());
        }
        ouro_frontend::source::decode_source(&b).map_err(|e| syntax_error(&e, filename, None))?
    } else {
        let kinds = if what == "compile" { "AST" } else { "code" };
        return Err(type_error(format!(
            "{what}() arg 1 must be a string, bytes or {kinds} object"
        )));
    };
    if text.contains('\0') {
        return Err(null_bytes());
    }
    Ok(text)
}

fn null_bytes() -> PyErr {
    PyErr::new(
        &exceptions::SYNTAX_ERROR,
        "source code string cannot contain null bytes",
    )
}

pub fn compile_builtin(args: Args) -> PyResult {
    let [
        source,
        filename,
        mode,
        flags,
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
                    "expected str, bytes or os.PathLike object, not {}",
                    protocol::type_name(&filename)
                )));
            }
        },
    };
    let flags = match &flags {
        Some(f) => protocol::index_as_isize(f)?,
        None => 0,
    };
    if flags & !ACCEPTED_COMPILE_FLAGS != 0 {
        return Err(value_error("compile(): unrecognised flags"));
    }
    let optimize = match &optimize {
        Some(o) => protocol::index_as_isize(o)?,
        None => -1,
    };
    if !(-1..=2).contains(&optimize) {
        return Err(value_error("compile(): invalid optimize value"));
    }
    let mode = protocol::str_lossy(&mode.expect("required"));
    let mode = match mode.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" if flags & pyast::PY_CF_ONLY_AST == 0 => {
            return Err(value_error(
                "compile() mode 'func_type' requires flag PyCF_ONLY_AST",
            ));
        }
        _ => {
            return Err(value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ));
        }
    };
    let mut options = CompileOptions {
        optimize: if optimize < 0 { 0 } else { optimize as u8 },
        ..CompileOptions::default()
    };
    options.inherited.allow_top_level_await = flags & pyast::PY_CF_ALLOW_TOP_LEVEL_AWAIT != 0;
    if source.downcast::<Code>().is_some() {
        return Ok(source);
    }
    let only_ast = flags & pyast::PY_CF_ONLY_AST != 0;
    let optimized = flags & pyast::PY_CF_OPTIMIZED_AST == pyast::PY_CF_OPTIMIZED_AST;
    if pyast::convert::is_ast(&source) {
        let mut module = pyast::convert::from_object(&source, mode)?;
        if only_ast && !optimized {
            return pyast::convert::to_object(&module);
        }
        if only_ast {
            let features = ouro_frontend::future::parse_future(&module)
                .map_err(|e| syntax_error(&e, &filename, None))?;
            ouro_frontend::ast_preprocess::preprocess(&mut module, options.optimize, &features);
            return pyast::convert::to_object(&module);
        }
        return compile_tree(module, &filename, &options);
    }
    let text = source_text(&source, "compile", &filename)?;
    if flags & pyast::PY_CF_ALLOW_INCOMPLETE_INPUT != 0
        && let Err(e) = parser::parse_with(&text, mode, false)
        && crate::keyword_typos::fails_at_end(&text, &e)
    {
        return Err(incomplete_input(&e, &filename, (&text, mode)));
    }
    if only_ast {
        let type_comments = flags & pyast::PY_CF_TYPE_COMMENTS != 0;
        let mut module = parse_with_warnings(&text, &filename, mode, type_comments)?;
        if optimized {
            let features = ouro_frontend::future::parse_future(&module)
                .map_err(|e| syntax_error(&e, &filename, Some((&text, mode))))?;
            ouro_frontend::ast_preprocess::preprocess(&mut module, options.optimize, &features);
        }
        return pyast::convert::to_object(&module);
    }
    compile_source(&text, &filename, mode, &options)
}

/// `PyMapping_Check`: the type can be subscripted.
fn is_mapping(v: &Value) -> bool {
    v.type_obj().payload().slots.getitem.get().is_some()
}

/// The `flags` `compile()` accepts: the `__future__` features
/// (`PyCF_MASK`), the obsolete `CO_NESTED` and `PyCF_COMPILE_MASK`.
const ACCEPTED_COMPILE_FLAGS: isize =
    0x1fe_0000 | 0x10 | 0x400 | 0x2000 | 0x1000 | 0x200 | 0x4000 | 0x8000;

/// `exec(source, globals, locals, *, closure)` and `eval(source, globals,
/// locals)`, with `builtin_exec_impl`'s and `builtin_eval_impl`'s checks.
pub fn exec_or_eval(args: Args, name: &str) -> PyResult {
    let is_exec = name == "exec";
    let [source, globals, locals, closure] = if is_exec {
        args.parse(name, ["source", "globals", "locals", "closure"], 1, 1, 3)?
    } else {
        let [source, globals, locals] =
            args.parse(name, ["source", "globals", "locals"], 1, 1, 3)?;
        [source, globals, locals, None]
    };
    let source = source.expect("required");
    let globals = globals.filter(|g| !is_none(g));
    let locals = locals.filter(|l| !is_none(l));
    let closure = closure.filter(|c| !is_none(c));
    if is_exec {
        if let Some(g) = &globals
            && g.downcast::<Dict>().is_none()
        {
            return Err(type_error(format!(
                "exec() globals must be a dict, not {}",
                protocol::type_name(g)
            )));
        }
        if let Some(l) = &locals
            && !is_mapping(l)
        {
            return Err(type_error(format!(
                "locals must be a mapping or None, not {}",
                protocol::type_name(l)
            )));
        }
    } else {
        if locals.as_ref().is_some_and(|l| !is_mapping(l)) {
            return Err(type_error("locals must be a mapping"));
        }
        if let Some(g) = &globals
            && g.downcast::<Dict>().is_none()
        {
            return Err(type_error(if is_mapping(g) {
                "globals must be a real dict; try eval(expr, {}, mapping)"
            } else {
                "globals must be a dict"
            }));
        }
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
    // Like `PyEval_GetBuiltins`: the running frame's builtins dict.
    if d.get_str(&ouro_objects::str::intern("__builtins__"))
        .is_none()
    {
        let builtins = match crate::frame::nth_meta(0) {
            Some(m) => m.builtins.clone(),
            None => crate::state::builtins_for(&Dict::new_value())?,
        };
        d.set_str("__builtins__", builtins);
    }
    let code = if let Some(c) = source.downcast::<Code>() {
        check_closure(c, closure.as_ref())?;
        if let Some(cells) = closure {
            let r = run_code_with_closure(&source, globals, Some(locals), cells)?;
            return Ok(if is_exec { none() } else { r });
        }
        source
    } else {
        if closure.is_some() {
            return Err(type_error(
                "closure can only be used when source is a code object",
            ));
        }
        let mut text = source_text(&source, name, "<string>")?;
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
    Ok(if is_exec { none() } else { r })
}

/// `exec`'s closure rules for a code object with `n` free variables: a
/// tuple of exactly `n` cells, or none when `n` is 0.
fn check_closure(code: &Code, closure: Option<&Value>) -> PyResult<()> {
    let nfree = code.freevars().len();
    if nfree == 0 {
        if closure.is_some() {
            return Err(type_error("cannot use a closure with this code object"));
        }
        return Ok(());
    }
    let ok = closure
        .and_then(|c| c.downcast_exact::<Tuple>())
        .is_some_and(|t| {
            t.len() == nfree
                && t.iter()
                    .all(|c| c.downcast_exact::<ouro_objects::functype::Cell>().is_some())
        });
    if !ok {
        return Err(type_error(format!(
            "code object requires a closure of exactly length {nfree}"
        )));
    }
    Ok(())
}

/// Runs a code object with free variables (`exec(..., closure=cells)`):
/// the cells come from a function made for the run.
fn run_code_with_closure(
    code: &Value,
    globals: Value,
    locals: Option<Value>,
    closure: Value,
) -> PyResult {
    let code_ref: ouro_objects::Ref<Code> =
        code.downcast_ref::<Code>().expect("checked code object");
    let builtins = crate::state::builtins_for(&globals)?;
    let func = ouro_objects::functype::Function::new(
        code.clone(),
        globals.clone(),
        code_ref.qualname.clone(),
        builtins.clone(),
    );
    *func.closure.borrow_mut() = Some(closure);
    let func = ouro_objects::Ref::new(func).into_value();
    let frame = crate::frame::Frame::new(code_ref, globals, builtins, locals, Some(func));
    crate::interp::run(frame)
}
