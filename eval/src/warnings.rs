//! Warnings from native code (`PyErr_WarnEx`, `PyErr_WarnExplicit`) through the `_warnings` filters, and unraisable exceptions reported to `sys.unraisablehook`.

use std::cell::RefCell;

use ouro_objects::err::PyResult;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::TypeObject;
use ouro_objects::{PyObj, TypeRef, Value, protocol};

use crate::warnings_module::{Explicit, do_warn};

/// `PyErr_WarnEx`: a warning about the Python code `stacklevel` frames up
/// (1: the innermost, as native code adds no frame).
pub fn warn(category: &'static PyObj<TypeObject>, msg: &str, stacklevel: usize) -> PyResult<()> {
    do_warn(
        PyStr::new(msg),
        TypeRef::from_static(category).into_value(),
        isize::try_from(stacklevel).unwrap_or(isize::MAX),
        None,
        &[],
    )
}

/// `_PyErr_WarnFormat(source, ...)`: a warning about the object `source`
/// (an unawaited coroutine); the report suggests tracemalloc for where
/// it was made.
pub fn warn_with_source(
    category: &'static PyObj<TypeObject>,
    msg: &str,
    stacklevel: usize,
    source: &Value,
) -> PyResult<()> {
    do_warn(
        PyStr::new(msg),
        TypeRef::from_static(category).into_value(),
        isize::try_from(stacklevel).unwrap_or(isize::MAX),
        Some(source.clone()),
        &[],
    )
}

/// `PyErr_WarnExplicitObject` without module or registry, as the compiler
/// issues its `SyntaxWarning`s: about `filename:lineno`.
pub fn warn_explicit(
    category: &'static PyObj<TypeObject>,
    msg: &str,
    filename: &str,
    lineno: u32,
) -> PyResult<()> {
    crate::warnings_module::warn_explicit(Explicit {
        category: TypeRef::from_static(category).into_value(),
        message: PyStr::new(msg),
        filename: PyStr::new(filename),
        lineno: i32::try_from(lineno).unwrap_or(i32::MAX),
        module: None,
        registry: None,
        sourceline: None,
        source: None,
    })
}

/// `PyErr_WriteUnraisable`: an exception nobody can catch (from a
/// finalizer), reported on stderr.
pub fn unraisable(e: &ouro_objects::PyErr, obj: &ouro_objects::Value) {
    let what = protocol::repr_string(obj).unwrap_or_else(|_| "<object repr() failed>".into());
    unraisable_with_message(e, &format!("Exception ignored while finalizing {what}"));
}

/// `PyErr_FormatUnraisable(message)`: hands the exception to
/// `sys.unraisablehook` as an `UnraisableHookArgs`; the default hook (or a
/// hook set to None) writes `message:` then the traceback on stderr. A
/// failing hook is itself reported by the default one.
pub fn unraisable_with_message(e: &ouro_objects::PyErr, message: &str) {
    crate::sysmod::flush_std_streams();
    let hook = crate::sysmod::sys_attr("unraisablehook").filter(|h| {
        !ouro_objects::none::is_none(h)
            && !crate::sysmod::sys_attr("__unraisablehook__").is_some_and(|d| d.is(h))
    });
    let Some(hook) = hook else {
        write_unraisable_report(e.value(), &format!("{message}:"));
        return;
    };
    let exc = e.value();
    let called = unraisable_args_type().and_then(|ty| {
        let traceback = protocol::getattr_str(exc, "__traceback__")?;
        let args = crate::structseq::new_instance(
            &ty,
            vec![
                exc.type_value(),
                exc.clone(),
                traceback,
                PyStr::new(message),
                none(),
            ],
        )?;
        protocol::call(&hook, &[args], None)
    });
    if let Err(hook_error) = called {
        let what = protocol::repr_string(&hook).unwrap_or_else(|_| "<object>".into());
        write_unraisable_report(
            hook_error.value(),
            &format!("Exception ignored in sys.unraisablehook: {what}"),
        );
    }
}

ouro_objects::gil_shared! {
    static UNRAISABLE_ARGS_TYPE: RefCell<Option<TypeRef>> = const { RefCell::new(None) };
}

/// The `UnraisableHookArgs` struct sequence type `sys.unraisablehook` gets.
fn unraisable_args_type() -> PyResult<TypeRef> {
    if let Some(t) = UNRAISABLE_ARGS_TYPE.with(|t| t.borrow().clone()) {
        return Ok(t);
    }
    let desc = crate::structseq::StructSeqDesc {
        name: "UnraisableHookArgs",
        doc: "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
        fields: &[
            "exc_type",
            "exc_value",
            "exc_traceback",
            "err_msg",
            "object",
        ],
        n_in_sequence: 5,
    };
    let t = crate::structseq::new_builtin_type(&desc, false)?;
    UNRAISABLE_ARGS_TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
    Ok(t)
}

/// `sys.unraisablehook(unraisable)` (`sys.__unraisablehook__`): the default
/// report of an `UnraisableHookArgs`, `err_msg: repr(object)` (or
/// `err_msg:`) and the exception's traceback.
pub fn default_unraisablehook(unraisable: &Value) -> PyResult<()> {
    let exc = protocol::getattr_str(unraisable, "exc_value")?;
    let err_msg = protocol::getattr_str(unraisable, "err_msg")?;
    let obj = protocol::getattr_str(unraisable, "object")?;
    let err_msg = if ouro_objects::none::is_none(&err_msg) {
        "Exception ignored in".to_owned()
    } else {
        protocol::str_string(&err_msg)?
    };
    let header = if ouro_objects::none::is_none(&obj) {
        format!("{err_msg}:")
    } else {
        format!("{err_msg}: {}", protocol::repr_string(&obj)?)
    };
    write_unraisable_report(&exc, &header);
    Ok(())
}

/// Writes `header`, a newline and `exc`'s traceback to `sys.stderr`.
fn write_unraisable_report(exc: &Value, header: &str) {
    let text = format!(
        "{header}\n{}",
        without_carets(&crate::traceback::format_exception(exc))
    );
    match crate::sysmod::sys_attr("stderr") {
        Some(err) if !ouro_objects::none::is_none(&err) => {
            let _ = protocol::call_method(&err, "write", &[ouro_objects::str::PyStr::new(&text)]);
        }
        _ => eprint!("{text}"),
    }
}

/// The traceback text without the `~~~^^^` lines under source lines: the
/// unraisable hook prints its traceback with CPython's C printer
/// (`_PyTraceBack_Print`), which shows no carets.
fn without_carets(text: &str) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let is_caret_line = |i: usize| {
        let body = lines[i].trim_end_matches('\n');
        i >= 2
            && body.starts_with("    ")
            && body.trim_start().chars().all(|c| c == '^' || c == '~')
            && !body.trim().is_empty()
            && lines[i - 1].starts_with("    ")
            && lines[i - 2].starts_with("  File ")
    };
    (0..lines.len())
        .filter(|&i| !is_caret_line(i))
        .map(|i| lines[i])
        .collect()
}
