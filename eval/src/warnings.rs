//! Warnings from native code: handed to the `warnings` module once it is imported, before that printed to stderr in the default filter's format, each (message, category, line) once, as CPython's `warn_explicit` prints them.

use std::cell::RefCell;

use ouro_objects::err::PyResult;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::TypeObject;
use ouro_objects::{PyObj, TypeRef, Value, int, protocol};

ouro_objects::gil_shared! {
    static SHOWN: RefCell<Vec<(String, String, i32)>> = const { RefCell::new(Vec::new()) };
}

/// `PyErr_WarnEx`: `filename:lineno: Category: message` and the source line.
pub fn warn(category: &'static PyObj<TypeObject>, msg: &str, stacklevel: usize) -> PyResult<()> {
    warn_about(category, msg, stacklevel, false)
}

/// `warn(..., source=obj)` (an unawaited coroutine): the message ends with
/// the line `_formatwarnmsg_impl` adds when tracemalloc is not tracing.
pub fn warn_with_source(
    category: &'static PyObj<TypeObject>,
    msg: &str,
    stacklevel: usize,
) -> PyResult<()> {
    warn_about(category, msg, stacklevel, true)
}

fn warn_about(
    category: &'static PyObj<TypeObject>,
    msg: &str,
    stacklevel: usize,
    has_source: bool,
) -> PyResult<()> {
    let category = TypeRef::from_static(category);
    if let Some(warnings) = python_warnings() {
        let source = if has_source { Some(none()) } else { None };
        return delegate(&warnings, &PyStr::new(msg), &category, stacklevel, source);
    }
    warn_natively(&category, msg, stacklevel, has_source)
}

/// The `warnings` module once a program has imported it: from then on its
/// filters and `showwarning` decide, as CPython's `_warnings` defers to them.
pub fn python_warnings() -> Option<Value> {
    let modules = crate::sysmod::sys_attr("modules")?;
    modules
        .downcast::<ouro_objects::dict::Dict>()?
        .get_str(&ouro_objects::str::intern("warnings"))
        .filter(|m| m.downcast::<ouro_objects::module::Module>().is_some())
}

/// `warnings.warn(message, category, stacklevel)`: native code adds no
/// frame, so the stack level means the same Python frame there.
pub fn delegate(
    warnings: &Value,
    message: &Value,
    category: &TypeRef,
    stacklevel: usize,
    source: Option<Value>,
) -> PyResult<()> {
    let warn = protocol::getattr_str(warnings, "warn")?;
    let mut args = vec![
        message.clone(),
        category.clone().into_value(),
        int::from_usize(stacklevel),
    ];
    args.extend(source);
    protocol::call(&warn, &args, None)?;
    Ok(())
}

/// The default filters without the `warnings` module: each (message,
/// category, line) once, `DeprecationWarning` only from `__main__`.
pub fn warn_natively(
    category: &TypeRef,
    msg: &str,
    stacklevel: usize,
    has_source: bool,
) -> PyResult<()> {
    let meta = crate::frame::nth_meta(stacklevel.saturating_sub(1));
    let (filename, line) = match &meta {
        Some(m) => (
            protocol::str_lossy(&m.code.filename()),
            m.line().unwrap_or(0),
        ),
        None => ("sys".to_string(), 0),
    };
    let name = category.payload().name();
    let key = (msg.to_string(), name, line);
    let first = SHOWN.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&key) {
            false
        } else {
            s.push(key);
            true
        }
    });
    // DeprecationWarning is shown by default only when triggered in __main__.
    let in_main = meta.as_ref().is_some_and(|m| {
        m.globals
            .downcast::<ouro_objects::dict::Dict>()
            .and_then(|g| g.get_str(&ouro_objects::str::intern("__name__")))
            .is_some_and(|n| protocol::str_lossy(&n) == "__main__")
    });
    let category = category.payload();
    let ignored = (is_deprecation(category) && !in_main) || ignored_by_default(category);
    if !first || ignored {
        return Ok(());
    }
    show(category, msg, &filename, line, has_source)
}

/// `PyErr_WarnExplicit` without a registry, as the compiler issues its
/// `SyntaxWarning`s: shown each time, about `filename:lineno`.
pub fn warn_explicit(
    category: &'static PyObj<TypeObject>,
    msg: &str,
    filename: &str,
    lineno: u32,
) -> PyResult<()> {
    if let Some(warnings) = python_warnings() {
        let warn_explicit = protocol::getattr_str(&warnings, "warn_explicit")?;
        protocol::call(
            &warn_explicit,
            &[
                PyStr::new(msg),
                TypeRef::from_static(category).into_value(),
                PyStr::new(filename),
                int::from_i64(i64::from(lineno)),
            ],
            None,
        )?;
        return Ok(());
    }
    if is_deprecation(category.payload()) || ignored_by_default(category.payload()) {
        return Ok(());
    }
    show(
        category.payload(),
        msg,
        filename,
        i32::try_from(lineno).unwrap_or(i32::MAX),
        false,
    )
}

/// The categories the default filters ignore everywhere.
fn ignored_by_default(category: &TypeObject) -> bool {
    category.is_subtype(ouro_objects::exceptions::IMPORT_WARNING.payload())
        || category.is_subtype(ouro_objects::exceptions::RESOURCE_WARNING.payload())
}

fn is_deprecation(category: &TypeObject) -> bool {
    category.is_subtype(ouro_objects::exceptions::DEPRECATION_WARNING.payload())
        || category.is_subtype(ouro_objects::exceptions::PENDING_DEPRECATION_WARNING.payload())
}

/// Writes a warning to `sys.stderr` in the default `showwarning` format
/// (`has_source`: the tracemalloc hint `warn(..., source=)` adds).
fn show(
    category: &TypeObject,
    msg: &str,
    filename: &str,
    line: i32,
    has_source: bool,
) -> PyResult<()> {
    crate::sysmod::flush_std_streams();
    let name = category.name();
    let mut text = format!("{filename}:{line}: {name}: {msg}\n");
    if let Ok(src) = std::fs::read_to_string(filename)
        && let Some(l) = src.lines().nth((line as usize).saturating_sub(1))
    {
        text.push_str(&format!("  {}\n", l.trim()));
    }
    if has_source {
        text.push_str(&format!(
            "{name}: Enable tracemalloc to get the object allocation traceback\n"
        ));
    }
    match crate::sysmod::sys_attr("stderr") {
        Some(err) if !ouro_objects::none::is_none(&err) => {
            protocol::call_method(&err, "write", &[ouro_objects::str::PyStr::new(&text)])?;
        }
        _ => eprint!("{text}"),
    }
    Ok(())
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

thread_local! {
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
