//! The `_warnings` module: `warn` and `warn_explicit` for importlib and native code; mirrors the entry points of Python/_warnings.c.
//!
//! The filter state CPython keeps natively (`filters`, `_onceregistry`,
//! `_defaultaction`, the lock and `_warnings_context`, a `ContextVar`) is
//! not here yet: `warnings` then falls back to `_py_warnings`, CPython's own
//! pure-Python implementation of the same filters, and these functions hand
//! warnings to it once it is imported (before that, `crate::warnings` applies
//! the default filters).

use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::exceptions;
use ouro_objects::none::{is_none, none};
use ouro_objects::{TypeRef, Value, int, protocol};

use crate::native_module::ModuleDef;

/// The warning category `warn` uses: the message's class for a `Warning`
/// instance, else `category` (default `UserWarning`), which must be a
/// `Warning` subclass.
fn category_for(message: &Value, category: Option<Value>) -> PyResult<TypeRef> {
    let warning = exceptions::WARNING.payload();
    if message.type_obj().payload().is_subtype(warning) {
        return Ok(TypeRef::from_value(&message.type_value()).expect("a type"));
    }
    let category = match category.filter(|c| !is_none(c)) {
        Some(c) => c,
        None => return Ok(TypeRef::from_static(&exceptions::USER_WARNING)),
    };
    match TypeRef::from_value(&category) {
        Some(t) if t.payload().is_subtype(warning) => Ok(t),
        _ => Err(type_error(format!(
            "category must be a Warning subclass, not '{}'",
            protocol::type_name(&category)
        ))),
    }
}

fn w_warn(_m: &Value, args: Args) -> PyResult {
    let [message, category, stacklevel, source, skip_file_prefixes] = args.parse(
        "warn",
        [
            "message",
            "category",
            "stacklevel",
            "source",
            "skip_file_prefixes",
        ],
        0,
        1,
        4,
    )?;
    let message = message.expect("required");
    let category = category_for(&message, category)?;
    let stacklevel = match &stacklevel {
        Some(s) => protocol::index_as_isize(s)?,
        None => 1,
    };
    if let Some(warnings) = crate::warnings::python_warnings() {
        let warn = protocol::getattr_str(&warnings, "warn")?;
        let mut kw_names = Vec::new();
        let mut call_args = vec![
            message,
            category.into_value(),
            int::from_i64(stacklevel as i64),
            source.unwrap_or_else(none),
        ];
        if let Some(prefixes) = skip_file_prefixes {
            call_args.push(prefixes);
            kw_names.push(ouro_objects::str::intern("skip_file_prefixes"));
        }
        let kwnames = (!kw_names.is_empty()).then(|| ouro_objects::tuple::Tuple::new(kw_names));
        protocol::call(&warn, &call_args, kwnames.as_ref())?;
        return Ok(none());
    }
    let text = protocol::str(&message).map(|s| protocol::str_lossy(&s))?;
    let has_source = source.is_some_and(|s| !is_none(&s));
    crate::warnings::warn_natively(&category, &text, stacklevel.max(0) as usize, has_source)?;
    Ok(none())
}

fn w_warn_explicit(_m: &Value, args: Args) -> PyResult {
    let [
        message,
        category,
        filename,
        lineno,
        module,
        registry,
        module_globals,
        source,
    ] = args.parse(
        "warn_explicit",
        [
            "message",
            "category",
            "filename",
            "lineno",
            "module",
            "registry",
            "module_globals",
            "source",
        ],
        0,
        4,
        8,
    )?;
    let warnings = match crate::warnings::python_warnings() {
        Some(w) => w,
        None => crate::import::import_module("warnings")?,
    };
    let warn_explicit = protocol::getattr_str(&warnings, "warn_explicit")?;
    let args: Vec<Value> = [
        message,
        category,
        filename,
        lineno,
        module,
        registry,
        module_globals,
        source,
    ]
    .into_iter()
    .map(|a| a.unwrap_or_else(none))
    .collect();
    protocol::call(&warn_explicit, &args, None)?;
    Ok(none())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_warnings",
    doc: "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.",
    functions: &[
        MethodDef::new(
            "warn",
            w_warn,
            "warn($module, /, message, category=None, stacklevel=1, source=None, *,\n     skip_file_prefixes=<unrepresentable>)\n--\n\nIssue a warning, or maybe ignore it or raise an exception.\n\n  message\n    Text of the warning message.\n  category\n    The Warning category subclass. Defaults to UserWarning.\n  stacklevel\n    How far up the call stack to make this warning appear. A value of 2 for\n    example attributes the warning to the caller of the code calling warn().\n  source\n    If supplied, the destroyed object which emitted a ResourceWarning\n  skip_file_prefixes\n    An optional tuple of module filename prefixes indicating frames to skip\n    during stacklevel computations for stack frame attribution.",
        ),
        MethodDef::new(
            "warn_explicit",
            w_warn_explicit,
            "warn_explicit($module, /, message, category, filename, lineno,\n              module=<unrepresentable>, registry=None,\n              module_globals=None, source=None)\n--\n\nIssue a warning, or maybe ignore it or raise an exception.",
        ),
    ],
    types: ModuleDef::no_types,
    init: ModuleDef::no_init,
};
