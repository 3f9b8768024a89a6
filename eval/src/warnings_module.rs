//! The `_warnings` module: the filter list, once-registry, default action, lock and `_warnings_context` CPython keeps per interpreter, and `warn`/`warn_explicit` applying the filters to them; mirrors Python/_warnings.c.
//!
//! `warnings` imports `filters`, `_onceregistry`, `_defaultaction`,
//! `_warnings_context`, the lock functions and `warn`/`warn_explicit` from
//! here, as on CPython, so a warning raised as an error has no Python frames
//! of the warnings machinery in its traceback. Once `warnings` is imported
//! its module attributes (`filters`, `onceregistry`, `defaultaction`,
//! `_showwarnmsg`, `WarningMessage`) take precedence over this state, which
//! follows them, as `get_warnings_attr` does.

use std::cell::RefCell;
use std::rc::Rc;

use ouro_objects::args::Args;
use ouro_objects::bool::py_bool;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, runtime_error, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::TypeObject;
use ouro_objects::{PyObj, TypeRef, Value, int, protocol};

use crate::frame::FrameMeta;
use crate::native_module::ModuleDef;
use crate::thread::Waitable;

/// `WarningsState`: what `warnings` shares with this module.
struct State {
    filters: Value,
    once_registry: Value,
    default_action: Value,
    /// The `ContextVar` `catch_warnings` sets when warnings are
    /// context-aware (`sys.flags.context_aware_warnings`).
    context: Value,
    /// Bumped whenever the filters change: a registry made under an older
    /// version is cleared before use.
    filters_version: i64,
}

ouro_objects::gil_shared! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

/// Who holds the warnings lock (thread ident, 0 for nobody) and how many
/// times: a recursive mutex, as `_PyRecursiveMutex`.
#[derive(Clone, Copy)]
struct Holder {
    owner: u64,
    count: u64,
}

static LOCK: Waitable<Holder> = Waitable::new(Holder { owner: 0, count: 0 });

/// Takes the warnings lock, waiting (without the GIL) while another thread
/// holds it.
fn lock() -> PyResult<()> {
    let me = crate::thread::ident();
    let reentered = LOCK.update(false, |h| {
        let mine = h.count > 0 && h.owner == me;
        if mine {
            h.count += 1;
        }
        mine
    });
    if reentered {
        return Ok(());
    }
    LOCK.wait_for(None, |h| {
        if h.count == 0 {
            *h = Holder {
                owner: me,
                count: 1,
            };
            true
        } else {
            false
        }
    })?;
    Ok(())
}

/// Releases the lock once; false when this thread does not hold it.
fn unlock() -> bool {
    let me = crate::thread::ident();
    LOCK.update(false, |h| {
        if h.count == 0 || h.owner != me {
            return false;
        }
        h.count -= 1;
        if h.count == 0 {
            h.owner = 0;
        }
        true
    })
}

fn lock_held() -> bool {
    LOCK.get(|h| h.count > 0)
}

/// Runs `f` holding the warnings lock.
fn locked<R>(f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
    lock()?;
    let result = f();
    unlock();
    result
}

/// The default filters of a release build (`init_filters`).
fn default_filters() -> Value {
    let filter = |category: &'static PyObj<TypeObject>, action: &str, module: Option<&str>| {
        Tuple::new(vec![
            intern(action),
            none(),
            TypeRef::from_static(category).into_value(),
            module.map_or_else(none, intern),
            int::from_i64(0),
        ])
    };
    List::from_vec(vec![
        filter(
            &exceptions::DEPRECATION_WARNING,
            "default",
            Some("__main__"),
        ),
        filter(&exceptions::DEPRECATION_WARNING, "ignore", None),
        filter(&exceptions::PENDING_DEPRECATION_WARNING, "ignore", None),
        filter(&exceptions::IMPORT_WARNING, "ignore", None),
        filter(&exceptions::RESOURCE_WARNING, "ignore", None),
    ])
}

/// `_PyWarnings_InitState`, on first use.
fn init_state() -> PyResult<()> {
    if STATE.with(|s| s.borrow().is_some()) {
        return Ok(());
    }
    // A module object of `_contextvars` that is not registered in
    // `sys.modules`: CPython makes this variable without importing it.
    let contextvars = crate::native_module::find("_contextvars")
        .ok_or_else(|| runtime_error("_contextvars is not built in"))?;
    let contextvars = crate::native_module::create(contextvars)?;
    let var_type = protocol::getattr_str(&contextvars, "ContextVar")?;
    let context = protocol::call1(&var_type, PyStr::new("_warnings_context"))?;
    let state = State {
        filters: default_filters(),
        once_registry: Dict::new_value(),
        default_action: PyStr::new("default"),
        context,
        filters_version: 0,
    };
    STATE.with(|s| {
        s.borrow_mut().get_or_insert(state);
    });
    Ok(())
}

/// Reads the state (initialising it first).
fn with_state<R>(read: impl FnOnce(&mut State) -> R) -> PyResult<R> {
    init_state()?;
    Ok(STATE.with(|s| read(s.borrow_mut().as_mut().expect("initialised"))))
}

/// `get_warnings_attr`: `warnings.<name>` when the module is imported
/// (imported first when `try_import`, unless the interpreter is finalizing);
/// `None` when there is no such module or attribute.
fn warnings_attr(name: &str, try_import: bool) -> PyResult<Option<Value>> {
    let module = if try_import && !crate::state::is_finalizing() {
        match crate::import::import_module("warnings") {
            Ok(m) => m,
            Err(e) if e.matches(&exceptions::IMPORT_ERROR) => return Ok(None),
            Err(e) => return Err(e),
        }
    } else {
        match crate::import::loaded_module("warnings") {
            Some(m) => m,
            None => return Ok(None),
        }
    };
    protocol::getattr_opt(&module, &intern(name))
}

/// `get_warnings_context_filters`: the `_filters` of the context
/// `catch_warnings` set, if any.
fn context_filters() -> PyResult<Option<Value>> {
    let var = with_state(|s| s.context.clone())?;
    let context = protocol::call_method(&var, "get", &[none()])?;
    if is_none(&context) {
        return Ok(None);
    }
    let filters = protocol::getattr_str(&context, "_filters")?;
    if filters.downcast::<List>().is_none() {
        return Err(value_error(
            "_filters of warnings._warnings_context must be a list",
        ));
    }
    Ok(Some(filters))
}

/// `get_warnings_filters`: `warnings.filters`, which replaces ours.
fn global_filters() -> PyResult<Value> {
    if let Some(filters) = warnings_attr("filters", false)? {
        with_state(|s| s.filters = filters)?;
    }
    let filters = with_state(|s| s.filters.clone())?;
    if filters.downcast::<List>().is_none() {
        return Err(value_error("_warnings.filters must be a list"));
    }
    Ok(filters)
}

/// `get_default_action`.
fn default_action() -> PyResult<Value> {
    if let Some(action) = warnings_attr("defaultaction", false)? {
        if action.downcast::<PyStr>().is_none() {
            return Err(type_error(format!(
                "_warnings.defaultaction must be a string, not '{}'",
                protocol::type_name(&action)
            )));
        }
        with_state(|s| s.default_action = action)?;
    }
    with_state(|s| s.default_action.clone())
}

/// `get_once_registry`.
fn once_registry() -> PyResult<Value> {
    if let Some(registry) = warnings_attr("onceregistry", false)? {
        if registry.downcast::<Dict>().is_none() {
            return Err(type_error(format!(
                "_warnings.onceregistry must be a dict, not '{}'",
                protocol::type_name(&registry)
            )));
        }
        with_state(|s| s.once_registry = registry)?;
    }
    with_state(|s| s.once_registry.clone())
}

/// `check_matched`: a filter's message or module part against `arg`: None
/// matches anything, an exact str must be equal, anything else is a
/// compiled pattern whose `match` decides.
fn check_matched(pattern: &Value, arg: &Value) -> PyResult<bool> {
    if is_none(pattern) {
        return Ok(true);
    }
    if std::ptr::eq(pattern.type_obj(), &ouro_objects::str::STR_TYPE) {
        let pattern = pattern.downcast::<PyStr>().expect("a str");
        return match arg.downcast::<PyStr>() {
            Some(arg) => Ok(pattern.eq_str(arg)),
            None => Err(type_error(format!(
                "Can't compare str and {}",
                protocol::type_name(arg)
            ))),
        };
    }
    protocol::is_true(&protocol::call_method(
        pattern,
        "match",
        std::slice::from_ref(arg),
    )?)
}

/// What a warning is being matched by.
struct Warning<'a> {
    category: &'a Value,
    text: &'a Value,
    lineno: i32,
    module: &'a Value,
}

/// `filter_search`: the first filter of `filters` matching `w`, as
/// (action, filter).
fn filter_search(
    w: &Warning,
    list_name: &str,
    filters: &Value,
) -> PyResult<Option<(Value, Value)>> {
    let list = filters.downcast::<List>().expect("checked to be a list");
    let mut i = 0;
    while let Some(item) = list.get(i) {
        let fields = match item.downcast::<Tuple>() {
            Some(t) if t.len() == 5 => t.iter().cloned().collect::<Vec<_>>(),
            _ => {
                return Err(value_error(format!(
                    "warnings.{list_name} item {i} isn't a 5-tuple"
                )));
            }
        };
        let [action, msg, category, module, lineno] = <[Value; 5]>::try_from(fields)
            .unwrap_or_else(|_| unreachable!("a 5-tuple has five fields"));
        if action.downcast::<PyStr>().is_none() {
            return Err(type_error(format!(
                "action must be a string, not '{}'",
                protocol::type_name(&action)
            )));
        }
        let good_msg = check_matched(&msg, w.text)?;
        let good_mod = check_matched(&module, w.module)?;
        let is_subclass = crate::builtins::issubclass_bool(w.category, &category)?;
        let ln = protocol::index_as_isize(&lineno)?;
        if good_msg && is_subclass && good_mod && (ln == 0 || ln == w.lineno as isize) {
            return Ok(Some((action, item)));
        }
        i += 1;
    }
    Ok(None)
}

/// `get_filter`: the action for `w` and the filter that chose it (None for
/// the default action). A context's filters, when `catch_warnings` set one,
/// stand instead of the global ones.
fn get_filter(w: &Warning) -> PyResult<(Value, Value)> {
    let found = match context_filters()? {
        Some(filters) => filter_search(w, "_warnings_context _filters", &filters)?,
        None => filter_search(w, "filters", &global_filters()?)?,
    };
    match found {
        Some(found) => Ok(found),
        None => Ok((default_action()?, none())),
    }
}

/// `already_warned`: whether `registry[key]` says so, after clearing a
/// registry made under older filters; records `key` when `should_set`.
fn already_warned(registry: &Dict, key: &Value, should_set: bool) -> PyResult<bool> {
    let version = with_state(|s| s.filters_version)?;
    let version_key = intern("version");
    let current = registry.get_item_opt(&version_key)?.is_some_and(|v| {
        std::ptr::eq(v.type_obj(), &ouro_objects::int::INT_TYPE) && int::to_i64(&v) == Some(version)
    });
    if current {
        if let Some(seen) = registry.get_item_opt(key)?
            && protocol::is_true(&seen)?
        {
            return Ok(true);
        }
    } else {
        registry.clear();
        registry.set_item(version_key, int::from_i64(version))?;
    }
    if should_set {
        registry.set_item(key.clone(), py_bool(true))?;
    }
    Ok(false)
}

/// `normalize_module`: the module name a filename stands for.
fn normalize_module(filename: &Value) -> Value {
    let name = protocol::str_lossy(filename);
    if name.is_empty() {
        return PyStr::new("<unknown>");
    }
    match name.strip_suffix(".py") {
        Some(stem) => PyStr::new(stem),
        None => filename.clone(),
    }
}

/// A registry already checked to be a dict.
fn as_dict(registry: &Value) -> &Dict {
    registry.downcast::<Dict>().expect("checked to be a dict")
}

/// A warning to show or raise, as `warn_explicit` takes it.
pub struct Explicit {
    pub category: Value,
    pub message: Value,
    pub filename: Value,
    pub lineno: i32,
    /// `None` (the object) ignores the warning; absent, it is made from the
    /// filename.
    pub module: Option<Value>,
    pub registry: Option<Value>,
    /// The source line for the native printer.
    pub sourceline: Option<Value>,
    /// The object the warning is about (`ResourceWarning`s).
    pub source: Option<Value>,
}

/// `warn_explicit` (called with the lock held): filters the warning, then
/// raises it, records it in the registries or shows it.
fn warn_explicit_locked(w: Explicit) -> PyResult<()> {
    let module = match w.module {
        Some(m) if is_none(&m) => return Ok(()),
        Some(m) => m,
        None => normalize_module(&w.filename),
    };
    let registry = match w.registry.filter(|r| !is_none(r)) {
        Some(r) if r.downcast::<Dict>().is_none() => {
            return Err(type_error("'registry' must be a dict or None"));
        }
        r => r,
    };
    let warning_type = exceptions::WARNING.payload();
    let (text, category, message) = if w.message.type_obj().payload().is_subtype(warning_type) {
        let text = protocol::str(&w.message)?;
        (text, w.message.type_value(), w.message)
    } else {
        let message = protocol::call1(&w.category, w.message.clone())?;
        (w.message, w.category, message)
    };
    let lineno_obj = int::from_i64(i64::from(w.lineno));
    let source = w.source.filter(|s| !is_none(s));
    let key = Tuple::new(vec![text.clone(), category.clone(), lineno_obj.clone()]);
    if let Some(r) = &registry
        && already_warned(as_dict(r), &key, false)?
    {
        return Ok(());
    }
    let (action, item) = get_filter(&Warning {
        category: &category,
        text: &text,
        lineno: w.lineno,
        module: &module,
    })?;
    let action_name = action
        .downcast::<PyStr>()
        .map(|a| a.to_string_lossy())
        .unwrap_or_default();
    match action_name.as_str() {
        "error" => return Err(PyErr::from_instance(message)),
        "ignore" => return Ok(()),
        _ => {}
    }
    if action_name != "always" && action_name != "all" {
        if let Some(r) = &registry {
            as_dict(r).set_item(key, py_bool(true))?;
        }
        let alt_key = || Tuple::new(vec![text.clone(), category.clone()]);
        let seen = match action_name.as_str() {
            "once" => {
                let registry = match &registry {
                    Some(r) => r.clone(),
                    None => once_registry()?,
                };
                already_warned(as_dict(&registry), &alt_key(), true)?
            }
            "module" => match &registry {
                Some(r) => already_warned(as_dict(r), &alt_key(), true)?,
                None => false,
            },
            "default" => false,
            _ => {
                return Err(runtime_error(format!(
                    "Unrecognized action ({}) in warnings.filters:\n {}",
                    protocol::repr_string(&action)?,
                    protocol::repr_string(&item)?
                )));
            }
        };
        if seen {
            return Ok(());
        }
    }
    call_show_warning(Shown {
        category: &category,
        text: &text,
        message: &message,
        filename: &w.filename,
        lineno: w.lineno,
        lineno_obj: &lineno_obj,
        sourceline: w.sourceline.as_ref(),
        source: source.as_ref(),
    })
}

/// A warning that passed the filters.
struct Shown<'a> {
    category: &'a Value,
    text: &'a Value,
    message: &'a Value,
    filename: &'a Value,
    lineno: i32,
    lineno_obj: &'a Value,
    sourceline: Option<&'a Value>,
    source: Option<&'a Value>,
}

/// `call_show_warning`: `warnings._showwarnmsg(WarningMessage(...))`, or
/// the native printer when `warnings` cannot be imported.
fn call_show_warning(s: Shown) -> PyResult<()> {
    let Some(show) = warnings_attr("_showwarnmsg", true)? else {
        show_natively(&s);
        return Ok(());
    };
    if !protocol::is_callable(&show) {
        return Err(type_error(
            "warnings._showwarnmsg() must be set to a callable",
        ));
    }
    let message_class = warnings_attr("WarningMessage", false)?
        .ok_or_else(|| runtime_error("unable to get warnings.WarningMessage"))?;
    let mut args = vec![
        s.message.clone(),
        s.category.clone(),
        s.filename.clone(),
        s.lineno_obj.clone(),
        none(),
        none(),
    ];
    args.extend(s.source.cloned());
    let msg = protocol::call(&message_class, &args, None)?;
    protocol::call1(&show, msg)?;
    Ok(())
}

/// `show_warning`: `filename:lineno: Category: text` and the source line
/// on `sys.stderr`; errors are dropped, as there is nobody to tell.
fn show_natively(s: &Shown) {
    let name = protocol::getattr_str(s.category, "__name__")
        .and_then(|n| protocol::str_string(&n))
        .unwrap_or_default();
    let text = protocol::str(s.text)
        .map(|t| protocol::str_lossy(&t))
        .unwrap_or_default();
    let filename = protocol::str_lossy(s.filename);
    let mut report = format!("{filename}:{}: {name}: {text}\n", s.lineno);
    let line = match s.sourceline {
        Some(line) => Some(protocol::str_lossy(line)),
        None => std::fs::read_to_string(&filename).ok().and_then(|src| {
            src.lines()
                .nth((s.lineno as usize).checked_sub(1)?)
                .map(str::to_owned)
        }),
    };
    if let Some(line) = line {
        report.push_str(&format!(
            "  {}\n",
            line.trim_start_matches([' ', '\t', '\x0c'])
        ));
    }
    match crate::sysmod::sys_attr("stderr") {
        Some(err) if !is_none(&err) => {
            let _ = protocol::call_method(&err, "write", &[PyStr::new(&report)]);
        }
        _ => eprintln!("lost sys.stderr"),
    }
}

/// `is_internal_filename`: importlib's bootstrap frames, which stack levels
/// skip.
fn is_internal_filename(filename: &Value) -> bool {
    filename
        .downcast::<PyStr>()
        .map(|f| f.to_string_lossy())
        .is_some_and(|f| f.contains("importlib") && f.contains("_bootstrap"))
}

fn is_filename_to_skip(filename: &Value, skip_file_prefixes: &[Value]) -> PyResult<bool> {
    for prefix in skip_file_prefixes {
        if filename.downcast::<PyStr>().is_some()
            && protocol::is_true(&protocol::call_method(
                filename,
                "startswith",
                std::slice::from_ref(prefix),
            )?)?
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `next_external_frame`: the first caller of frame `n` (counted from the
/// innermost) that is neither importlib's nor under a skipped prefix.
fn next_external_frame(mut n: usize, skip_file_prefixes: &[Value]) -> PyResult<usize> {
    loop {
        n += 1;
        let Some(frame) = crate::frame::nth_meta(n) else {
            return Ok(n);
        };
        let filename = frame.code.filename();
        if !is_internal_filename(&filename) && !is_filename_to_skip(&filename, skip_file_prefixes)?
        {
            return Ok(n);
        }
    }
}

/// Where a warning is attributed: filename, line, module name and the
/// module's `__warningregistry__`.
struct Context {
    filename: Value,
    lineno: i32,
    module: Value,
    registry: Value,
}

/// `setup_context`: the frame `stack_level` levels up (1: the code that
/// called `warn`, as native callers add no frame), skipping importlib's
/// frames and those under `skip_file_prefixes` unless the warning comes
/// from importlib itself.
fn setup_context(stack_level: isize, skip_file_prefixes: &[Value]) -> PyResult<Context> {
    let mut level = stack_level;
    let mut n = 0;
    let plain_walk = level <= 0
        || crate::frame::nth_meta(0).is_some_and(|f| is_internal_filename(&f.code.filename()));
    loop {
        level -= 1;
        if level <= 0 || crate::frame::nth_meta(n).is_none() {
            break;
        }
        n = if plain_walk {
            n + 1
        } else {
            next_external_frame(n, skip_file_prefixes)?
        };
    }
    let frame: Option<Rc<FrameMeta>> = crate::frame::nth_meta(n);
    let (globals, filename, lineno) = match &frame {
        Some(f) => (f.globals.clone(), f.code.filename(), f.line().unwrap_or(0)),
        None => (
            protocol::getattr_str(&crate::sysmod::sys_module(), "__dict__")?,
            PyStr::new("<sys>"),
            0,
        ),
    };
    let globals = globals
        .downcast::<Dict>()
        .ok_or_else(|| ouro_objects::err::system_error("frame globals must be a dict"))?;
    let registry_key = intern("__warningregistry__");
    let registry = match globals.get_item_opt(&registry_key)? {
        Some(r) => r,
        None => {
            let r = Dict::new_value();
            globals.set_item(registry_key, r.clone())?;
            r
        }
    };
    let module = match globals.get_item_opt(&intern("__name__"))? {
        Some(m) if is_none(&m) || m.downcast::<PyStr>().is_some() => m,
        _ => PyStr::new("<string>"),
    };
    Ok(Context {
        filename,
        lineno,
        module,
        registry,
    })
}

/// `get_category`: the message's class for a `Warning` instance, else
/// `category` (default `UserWarning`), which must be a `Warning` subclass.
fn category_for(message: &Value, category: Option<Value>) -> PyResult<Value> {
    let warning = exceptions::WARNING.payload();
    if message.type_obj().payload().is_subtype(warning) {
        return Ok(message.type_value());
    }
    let category = match category.filter(|c| !is_none(c)) {
        Some(c) => c,
        None => return Ok(TypeRef::from_static(&exceptions::USER_WARNING).into_value()),
    };
    match TypeRef::from_value(&category) {
        Some(t) if t.payload().is_subtype(warning) => Ok(category),
        _ => Err(type_error(format!(
            "category must be a Warning subclass, not '{}'",
            protocol::type_name(&category)
        ))),
    }
}

/// `do_warn`: a warning about the code `stack_level` frames up.
pub fn do_warn(
    message: Value,
    category: Value,
    stack_level: isize,
    source: Option<Value>,
    skip_file_prefixes: &[Value],
) -> PyResult<()> {
    let context = setup_context(stack_level, skip_file_prefixes)?;
    locked(|| {
        warn_explicit_locked(Explicit {
            category,
            message,
            filename: context.filename,
            lineno: context.lineno,
            module: Some(context.module),
            registry: Some(context.registry),
            sourceline: None,
            source,
        })
    })
}

/// `PyErr_WarnExplicitObject` and friends: `warn_explicit` under the lock.
pub fn warn_explicit(w: Explicit) -> PyResult<()> {
    locked(|| warn_explicit_locked(w))
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
    let mut stacklevel = match &stacklevel {
        Some(s) => protocol::index_as_isize(s)?,
        None => 1,
    };
    let prefixes = match &skip_file_prefixes {
        Some(p) => match p.downcast::<Tuple>() {
            Some(t) => t.iter().cloned().collect(),
            None => {
                return Err(type_error(format!(
                    "warn() argument 'skip_file_prefixes' must be tuple, not {}",
                    protocol::type_name(p)
                )));
            }
        },
        None => Vec::new(),
    };
    if let Some(bad) = prefixes.iter().find(|p| p.downcast::<PyStr>().is_none()) {
        return Err(type_error(format!(
            "Found non-str '{}' in skip_file_prefixes.",
            protocol::type_name(bad)
        )));
    }
    if !prefixes.is_empty() {
        stacklevel = stacklevel.max(2);
    }
    do_warn(message, category, stacklevel, source, &prefixes)?;
    Ok(none())
}

/// `get_source_line`: line `lineno` of the source the module's loader
/// gives, for the native printer.
fn source_line(module_globals: &Value, lineno: i32) -> PyResult<Option<Value>> {
    let bootstrap = crate::import::import_module("_frozen_importlib")?;
    let external = protocol::getattr_str(&bootstrap, "_bootstrap_external")?;
    let loader = protocol::call_method(
        &external,
        "_bless_my_loader",
        std::slice::from_ref(module_globals),
    )?;
    if is_none(&loader) {
        return Ok(None);
    }
    let globals = module_globals
        .downcast::<Dict>()
        .expect("checked to be a dict");
    let Some(name) = globals.get_item_opt(&intern("__name__"))? else {
        return Ok(None);
    };
    let Some(get_source) = protocol::getattr_opt(&loader, &intern("get_source"))? else {
        return Ok(None);
    };
    let source = protocol::call1(&get_source, name)?;
    if is_none(&source) {
        return Ok(None);
    }
    let lines = protocol::call_method(&source, "splitlines", &[])?;
    protocol::getitem(&lines, &int::from_i64(i64::from(lineno) - 1)).map(Some)
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
    let filename = filename.expect("required");
    if filename.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "warn_explicit() argument 'filename' must be str, not {}",
            protocol::type_name(&filename)
        )));
    }
    let lineno = protocol::index_as_isize(&lineno.expect("required"))?;
    let lineno = i32::try_from(lineno).map_err(|_| {
        ouro_objects::err::overflow_error(if lineno < 0 {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        })
    })?;
    let sourceline = match module_globals.filter(|g| !is_none(g)) {
        Some(g) if g.downcast::<Dict>().is_none() => {
            return Err(type_error(format!(
                "module_globals must be a dict, not '{}'",
                protocol::type_name(&g)
            )));
        }
        Some(g) => source_line(&g, lineno)?,
        None => None,
    };
    warn_explicit(Explicit {
        category: category.expect("required"),
        message: message.expect("required"),
        filename,
        lineno,
        module,
        registry,
        sourceline,
        source,
    })?;
    Ok(none())
}

fn w_acquire_lock(_m: &Value, args: Args) -> PyResult {
    args.none("_acquire_lock")?;
    lock()?;
    Ok(none())
}

fn w_release_lock(_m: &Value, args: Args) -> PyResult {
    args.none("_release_lock")?;
    if !unlock() {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    Ok(none())
}

fn w_filters_mutated_lock_held(_m: &Value, args: Args) -> PyResult {
    args.none("_filters_mutated_lock_held")?;
    if !lock_held() {
        return Err(runtime_error("warnings lock is not held"));
    }
    with_state(|s| s.filters_version += 1)?;
    Ok(none())
}

/// `warnings_module_exec`: the module shares the state's objects.
fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    let (filters, once_registry, default_action, context) = with_state(|s| {
        (
            s.filters.clone(),
            s.once_registry.clone(),
            s.default_action.clone(),
            s.context.clone(),
        )
    })?;
    m.set("filters", filters);
    m.set("_onceregistry", once_registry);
    m.set("_defaultaction", default_action);
    m.set("_warnings_context", context);
    Ok(())
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
        MethodDef::new(
            "_filters_mutated_lock_held",
            w_filters_mutated_lock_held,
            "_filters_mutated_lock_held($module, /)\n--\n\n",
        ),
        MethodDef::new(
            "_acquire_lock",
            w_acquire_lock,
            "_acquire_lock($module, /)\n--\n\n",
        ),
        MethodDef::new(
            "_release_lock",
            w_release_lock,
            "_release_lock($module, /)\n--\n\n",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};
