//! The exception hierarchy of CPython 3.14: `BaseException` (args, notes, traceback, cause/context), the classes with their own attributes (OSError, SyntaxError, ImportError, UnicodeError, StopIteration, SystemExit, AttributeError, NameError, exception groups) and every other built-in exception class; mirrors Objects/exceptions.c.

use std::cell::{Cell, RefCell};

use crate::args::Args;
use crate::builtin_type;
use crate::core::{PyObj, TypeRef, Value, alloc_typed};
use crate::descr::{GetSetDef, MethodDef};
use crate::dict::Dict;
use crate::err::{PyErr, PyResult, type_error};
use crate::list::List;
use crate::none::{is_none, none};
use crate::protocol;
use crate::str::{PyStr, intern};
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, TypeObject, flags};

/// Every exception instance has this layout; the per-class attributes
/// (`errno`, `lineno`, `value`, ...) live in `fields` by index.
pub struct BaseException {
    args: RefCell<Value>,
    traceback: RefCell<Option<Value>>,
    context: RefCell<Option<Value>>,
    cause: RefCell<Option<Value>>,
    suppress_context: Cell<bool>,
    fields: RefCell<Vec<Option<Value>>>,
}

impl BaseException {
    fn new(args: Value) -> BaseException {
        BaseException {
            args: RefCell::new(args),
            traceback: RefCell::new(None),
            context: RefCell::new(None),
            cause: RefCell::new(None),
            suppress_context: Cell::new(false),
            fields: RefCell::new(Vec::new()),
        }
    }

    pub fn args(&self) -> Value {
        self.args.borrow().clone()
    }

    pub fn traceback(&self) -> Option<Value> {
        self.traceback.borrow().clone()
    }

    pub fn set_traceback(&self, tb: Option<Value>) {
        *self.traceback.borrow_mut() = tb;
    }

    pub fn context(&self) -> Option<Value> {
        self.context.borrow().clone()
    }

    pub fn set_context(&self, c: Option<Value>) {
        *self.context.borrow_mut() = c;
    }

    pub fn cause(&self) -> Option<Value> {
        self.cause.borrow().clone()
    }

    /// `raise X from Y`: sets the cause and suppresses the context.
    pub fn set_cause(&self, c: Option<Value>) {
        *self.cause.borrow_mut() = c;
        self.suppress_context.set(true);
    }

    pub fn suppress_context(&self) -> bool {
        self.suppress_context.get()
    }

    pub fn field(&self, i: usize) -> Option<Value> {
        self.fields.borrow().get(i).cloned().flatten()
    }

    pub fn set_field(&self, i: usize, v: Option<Value>) {
        let mut f = self.fields.borrow_mut();
        if f.len() <= i {
            f.resize(i + 1, None);
        }
        let old = std::mem::replace(&mut f[i], v);
        drop(f);
        drop(old);
    }
}

fn exc(v: &Value) -> &BaseException {
    v.downcast::<BaseException>().expect("exception")
}

/// A new exception of type `ty` with one str argument.
pub fn new_exception(ty: &'static PyObj<TypeObject>, msg: &str) -> Value {
    new_exception_args(ty, Tuple::new(vec![PyStr::new(msg)]))
}

/// A new exception of type `ty` with the given args tuple, initialised as
/// its class's `__init__` would.
pub fn new_exception_args(ty: &'static PyObj<TypeObject>, args: Value) -> Value {
    let v = alloc_typed(&TypeRef::from_static(ty), BaseException::new(args.clone()));
    if let Some(init) = ty.payload().slots.init.get() {
        let items = args
            .downcast::<Tuple>()
            .map(Tuple::to_vec)
            .unwrap_or_default();
        // Built-in initialisers of these argument shapes cannot fail.
        let _ = init(&v, &items, None);
    }
    v
}

/// Whether `v` is an exception instance.
pub fn is_exception(v: &Value) -> bool {
    v.downcast::<BaseException>().is_some()
}

/// Whether `v` is an exception class.
pub fn is_exception_type(v: &Value) -> bool {
    v.downcast::<TypeObject>()
        .is_some_and(|t| t.is_subtype(BASE_EXCEPTION_TYPE.payload()))
}

/// `AttributeError(msg)` with `name` and `obj` set.
pub fn attribute_error(msg: String, obj: &Value, name: &Value) -> PyErr {
    let e = new_exception(&ATTRIBUTE_ERROR, &msg);
    exc(&e).set_field(0, Some(name.clone()));
    exc(&e).set_field(1, Some(obj.clone()));
    PyErr::from_instance(e)
}

/// `NameError(msg)` with `name` set.
pub fn name_error(ty: &'static PyObj<TypeObject>, msg: String, name: &Value) -> PyErr {
    let e = new_exception(ty, &msg);
    exc(&e).set_field(0, Some(name.clone()));
    PyErr::from_instance(e)
}

/// `StopIteration(value)`.
pub fn stop_iteration(value: Value) -> PyErr {
    PyErr::from_instance(new_exception_args(&STOP_ITERATION, Tuple::new(vec![value])))
}

/// The `value` of a `StopIteration`.
pub fn stop_iteration_value(e: &Value) -> Value {
    e.downcast::<BaseException>()
        .and_then(|x| x.field(0))
        .unwrap_or_else(none)
}

/// Adds a note to an exception (`add_note`).
pub fn add_note(e: &PyErr, note: &str) {
    let _ = add_note_value(e.value(), PyStr::new(note));
}

fn add_note_value(v: &Value, note: Value) -> PyResult<()> {
    let notes = match protocol::getattr_opt(v, &intern("__notes__"))? {
        Some(n) => n,
        None => {
            let l = List::from_vec(Vec::new());
            protocol::setattr(v, &intern("__notes__"), Some(&l))?;
            l
        }
    };
    match notes.downcast::<List>() {
        Some(l) => {
            l.push(note);
            Ok(())
        }
        None => Err(type_error("Cannot add note: __notes__ is not a list")),
    }
}

// ---- BaseException ----

fn base_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let v = alloc_typed(ty, BaseException::new(Tuple::from_slice(a.positional())));
    Ok(v)
}

fn base_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    a.no_keywords(v.type_obj().payload().name())?;
    *exc(v).args.borrow_mut() = Tuple::from_slice(args);
    Ok(())
}

fn args_vec(v: &Value) -> Vec<Value> {
    exc(v)
        .args()
        .downcast::<Tuple>()
        .map(Tuple::to_vec)
        .unwrap_or_default()
}

fn base_str(v: &Value) -> PyResult {
    let args = args_vec(v);
    match args.len() {
        0 => Ok(PyStr::new("")),
        1 => protocol::str(&args[0]),
        _ => protocol::str(&exc(v).args()),
    }
}

fn base_repr(v: &Value) -> PyResult {
    let name = v.type_obj().payload().name();
    let args = args_vec(v);
    let inner = if args.len() == 1 {
        protocol::repr_string(&args[0])?
    } else {
        let t = protocol::repr_string(&exc(v).args())?;
        t[1..t.len() - 1].trim_end_matches(',').to_string()
    };
    Ok(PyStr::new(&format!("{name}({inner})")))
}

fn get_args(v: &Value) -> PyResult {
    Ok(exc(v).args())
}

fn set_args(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(type_error("args may not be deleted"));
    };
    *exc(v).args.borrow_mut() = Tuple::new(protocol::collect(value)?);
    Ok(())
}

fn get_traceback(v: &Value) -> PyResult {
    Ok(exc(v).traceback().unwrap_or_else(none))
}

fn set_traceback(v: &Value, value: Option<&Value>) -> PyResult<()> {
    match value {
        None => Err(type_error("__traceback__ may not be deleted")),
        Some(t) if is_none(t) => {
            exc(v).set_traceback(None);
            Ok(())
        }
        Some(t) if t.type_obj().payload().name() == "traceback" => {
            exc(v).set_traceback(Some(t.clone()));
            Ok(())
        }
        Some(_) => Err(type_error("__traceback__ must be a traceback or None")),
    }
}

fn exc_or_none(value: Option<&Value>, what: &str) -> PyResult<Option<Value>> {
    match value {
        None => Err(type_error(format!("{what} may not be deleted"))),
        Some(x) if is_none(x) => Ok(None),
        Some(x) if is_exception(x) => Ok(Some(x.clone())),
        Some(_) => Err(type_error(format!(
            "exception {} must be None or derive from BaseException",
            if what == "__cause__" {
                "cause"
            } else {
                "context"
            }
        ))),
    }
}

fn get_context(v: &Value) -> PyResult {
    Ok(exc(v).context().unwrap_or_else(none))
}

fn set_context(v: &Value, value: Option<&Value>) -> PyResult<()> {
    exc(v).set_context(exc_or_none(value, "__context__")?);
    Ok(())
}

fn get_cause(v: &Value) -> PyResult {
    Ok(exc(v).cause().unwrap_or_else(none))
}

fn set_cause(v: &Value, value: Option<&Value>) -> PyResult<()> {
    exc(v).set_cause(exc_or_none(value, "__cause__")?);
    Ok(())
}

fn get_suppress(v: &Value) -> PyResult {
    Ok(crate::bool::py_bool(exc(v).suppress_context()))
}

fn set_suppress(v: &Value, value: Option<&Value>) -> PyResult<()> {
    // A `Py_T_BOOL` member.
    let Some(x) = value else {
        return Err(type_error("can't delete numeric/char attribute"));
    };
    if !x.is_static(&crate::bool::TRUE) && !x.is_static(&crate::bool::FALSE) {
        return Err(type_error("attribute value type must be bool"));
    }
    exc(v).suppress_context.set(x.is_static(&crate::bool::TRUE));
    Ok(())
}

fn with_traceback(v: &Value, args: Args) -> PyResult {
    let tb = args.one("BaseException.with_traceback")?;
    set_traceback(v, Some(tb))?;
    Ok(v.clone())
}

fn add_note_method(v: &Value, args: Args) -> PyResult {
    let note = args.one("BaseException.add_note")?;
    if note.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "add_note() argument must be str, not {}",
            protocol::type_name(note)
        )));
    }
    add_note_value(v, note.clone())?;
    Ok(none())
}

fn exc_reduce(v: &Value, args: Args) -> PyResult {
    args.none("BaseException.__reduce__")?;
    let mut items = vec![v.type_value(), exc(v).args()];
    if let Some(d) = protocol::instance_dict(v)
        && d.downcast::<Dict>().is_some_and(|d| !d.is_empty())
    {
        items.push(d);
    }
    Ok(Tuple::new(items))
}

fn exc_setstate(v: &Value, args: Args) -> PyResult {
    let state = args.one("BaseException.__setstate__")?;
    if !is_none(state) {
        let Some(d) = state.downcast::<Dict>() else {
            return Err(type_error("state is not a dictionary"));
        };
        for (k, x) in d.items() {
            protocol::setattr(v, &k, Some(&x))?;
        }
    }
    Ok(none())
}

/// `BaseException_traverse`.
fn exc_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    use crate::gc::{visit_field, visit_optional};
    let Some(e) = v.downcast::<BaseException>() else {
        return;
    };
    visit_field(&e.args, visit);
    visit_optional(&e.traceback, visit);
    visit_optional(&e.context, visit);
    visit_optional(&e.cause, visit);
    if let Ok(fields) = e.fields.try_borrow() {
        for f in fields.iter().flatten() {
            visit(f);
        }
    }
}

/// `BaseException_clear`: args become `()`, the rest unset.
fn exc_clear(v: &Value) {
    use crate::gc::clear_optional;
    let Some(e) = v.downcast::<BaseException>() else {
        return;
    };
    let args = e
        .args
        .try_borrow_mut()
        .ok()
        .map(|mut a| std::mem::replace(&mut *a, Tuple::empty()));
    drop(args);
    clear_optional(&e.traceback);
    clear_optional(&e.context);
    clear_optional(&e.cause);
    let fields = e
        .fields
        .try_borrow_mut()
        .ok()
        .map(|mut f| f.iter_mut().map(Option::take).collect::<Vec<_>>());
    drop(fields);
}

builtin_type!(pub static BASE_EXCEPTION_TYPE: BaseException = TypeSpec {
    name: "BaseException",
    doc: Some("Common base class for all exceptions"),
    flags: flags::BASETYPE | flags::BASE_EXC_SUBCLASS,
    instance_dict: true,
    slots: SlotDefs {
        traverse: Some(exc_traverse),
        clear: Some(exc_clear),
        repr: Some(base_repr),
        str: Some(base_str),
        new: Some(base_new),
        init: Some(base_init),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("__reduce__", exc_reduce, ""),
        MethodDef::new("__setstate__", exc_setstate, ""),
        MethodDef::new("with_traceback", with_traceback, "with_traceback($self, tb, /)\n--\n\nSet self.__traceback__ to tb and return self."),
        MethodDef::new("add_note", add_note_method, "add_note($self, note, /)\n--\n\nAdd a note to the exception"),
    ],
    getsets: &[
        GetSetDef::with_setter("args", get_args, set_args),
        GetSetDef::with_setter("__traceback__", get_traceback, set_traceback),
        GetSetDef::with_setter("__context__", get_context, set_context),
        GetSetDef::with_setter("__cause__", get_cause, set_cause),
        GetSetDef { name: "__suppress_context__", get: get_suppress, set: Some(set_suppress), doc: None, member: true },
        GetSetDef::getter("__dict__", |v| Ok(protocol::instance_dict(v).unwrap_or_else(Dict::new_value))),
    ],
    ..TypeSpec::DEFAULT
});

/// Reads field `I` of an exception (`None` when unset).
fn field<const I: usize>(v: &Value) -> PyResult {
    Ok(exc(v).field(I).unwrap_or_else(none))
}

fn set_field<const I: usize>(v: &Value, value: Option<&Value>) -> PyResult<()> {
    exc(v).set_field(I, value.cloned());
    Ok(())
}

macro_rules! member {
    ($name:literal, $i:literal) => {
        GetSetDef::member($name, field::<$i>, Some(set_field::<$i>))
    };
}

/// Declares exception classes that add nothing to their base.
macro_rules! simple_exceptions {
    ($($static:ident = $name:literal : $base:ident, $doc:literal;)*) => {
        $(
            crate::builtin_subtype!(pub static $static: BaseException as BASE_EXCEPTION_TYPE = TypeSpec {
                name: $name,
                doc: Some($doc),
                base: Some(&$base),
                flags: flags::BASETYPE | flags::BASE_EXC_SUBCLASS,
                instance_dict: true,
                slots: SlotDefs { traverse: Some(exc_traverse), clear: Some(exc_clear), ..SlotDefs::NONE },
                ..TypeSpec::DEFAULT
            });
        )*
    };
}

simple_exceptions! {
    EXCEPTION = "Exception": BASE_EXCEPTION_TYPE, "Common base class for all non-exit exceptions.";
    GENERATOR_EXIT = "GeneratorExit": BASE_EXCEPTION_TYPE, "Request that a generator exit.";
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": BASE_EXCEPTION_TYPE, "Program interrupted by user.";
    ARITHMETIC_ERROR = "ArithmeticError": EXCEPTION, "Base class for arithmetic errors.";
    FLOATING_POINT_ERROR = "FloatingPointError": ARITHMETIC_ERROR, "Floating-point operation failed.";
    OVERFLOW_ERROR = "OverflowError": ARITHMETIC_ERROR, "Result too large to be represented.";
    ZERO_DIVISION_ERROR = "ZeroDivisionError": ARITHMETIC_ERROR, "Second argument to a division or modulo operation was zero.";
    ASSERTION_ERROR = "AssertionError": EXCEPTION, "Assertion failed.";
    BUFFER_ERROR = "BufferError": EXCEPTION, "Buffer error.";
    EOF_ERROR = "EOFError": EXCEPTION, "Read beyond end of file.";
    LOOKUP_ERROR = "LookupError": EXCEPTION, "Base class for lookup errors.";
    INDEX_ERROR = "IndexError": LOOKUP_ERROR, "Sequence index out of range.";
    MEMORY_ERROR = "MemoryError": EXCEPTION, "Out of memory.";
    REFERENCE_ERROR = "ReferenceError": EXCEPTION, "Weak ref proxy used after referent went away.";
    RUNTIME_ERROR = "RuntimeError": EXCEPTION, "Unspecified run-time error.";
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": RUNTIME_ERROR, "Method or function hasn't been implemented yet.";
    PYTHON_FINALIZATION_ERROR = "PythonFinalizationError": RUNTIME_ERROR, "Operation blocked during Python finalization.";
    RECURSION_ERROR = "RecursionError": RUNTIME_ERROR, "Recursion limit exceeded.";
    STOP_ASYNC_ITERATION = "StopAsyncIteration": EXCEPTION, "Signal the end from iterator.__anext__().";
    SYSTEM_ERROR = "SystemError": EXCEPTION, "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.";
    TYPE_ERROR = "TypeError": EXCEPTION, "Inappropriate argument type.";
    VALUE_ERROR = "ValueError": EXCEPTION, "Inappropriate argument value (of correct type).";
    WARNING = "Warning": EXCEPTION, "Base class for warning categories.";
    BYTES_WARNING = "BytesWarning": WARNING, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.";
    DEPRECATION_WARNING = "DeprecationWarning": WARNING, "Base class for warnings about deprecated features.";
    ENCODING_WARNING = "EncodingWarning": WARNING, "Base class for warnings about encodings.";
    FUTURE_WARNING = "FutureWarning": WARNING, "Base class for warnings about constructs that will change semantically\nin the future.";
    IMPORT_WARNING = "ImportWarning": WARNING, "Base class for warnings about probable mistakes in module imports";
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": WARNING, "Base class for warnings about features which will be deprecated\nin the future.";
    RESOURCE_WARNING = "ResourceWarning": WARNING, "Base class for warnings about resource usage.";
    RUNTIME_WARNING = "RuntimeWarning": WARNING, "Base class for warnings about dubious runtime behavior.";
    SYNTAX_WARNING = "SyntaxWarning": WARNING, "Base class for warnings about dubious syntax.";
    UNICODE_WARNING = "UnicodeWarning": WARNING, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.";
    USER_WARNING = "UserWarning": WARNING, "Base class for warnings generated by user code.";
    CONNECTION_ERROR = "ConnectionError": OS_ERROR, "Connection error.";
    BLOCKING_IO_ERROR = "BlockingIOError": OS_ERROR, "I/O operation would block.";
    BROKEN_PIPE_ERROR = "BrokenPipeError": CONNECTION_ERROR, "Broken pipe.";
    CHILD_PROCESS_ERROR = "ChildProcessError": OS_ERROR, "Child process error.";
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": CONNECTION_ERROR, "Connection aborted.";
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": CONNECTION_ERROR, "Connection refused.";
    CONNECTION_RESET_ERROR = "ConnectionResetError": CONNECTION_ERROR, "Connection reset.";
    FILE_EXISTS_ERROR = "FileExistsError": OS_ERROR, "File already exists.";
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": OS_ERROR, "File not found.";
    INTERRUPTED_ERROR = "InterruptedError": OS_ERROR, "Interrupted by signal.";
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": OS_ERROR, "Operation doesn't work on directories.";
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": OS_ERROR, "Operation only works on directories.";
    PERMISSION_ERROR = "PermissionError": OS_ERROR, "Not enough permissions.";
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": OS_ERROR, "Process not found.";
    TIMEOUT_ERROR = "TimeoutError": OS_ERROR, "Timeout expired.";
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": IMPORT_ERROR, "Module not found.";
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": NAME_ERROR, "Local name referenced but not bound to a value.";
    INDENTATION_ERROR = "IndentationError": SYNTAX_ERROR, "Improper indentation.";
    TAB_ERROR = "TabError": INDENTATION_ERROR, "Improper mixture of spaces and tabs.";
    INCOMPLETE_INPUT_ERROR = "_IncompleteInputError": SYNTAX_ERROR, "incomplete input.";
    UNICODE_ERROR = "UnicodeError": VALUE_ERROR, "Unicode related error.";
}

/// Declares an exception class with its own slots and members.
macro_rules! rich_exception {
    ($static:ident = $name:literal : $base:ident, $doc:literal, slots: $slots:expr, members: $members:expr $(, methods: $methods:expr)?) => {
        crate::builtin_subtype!(pub static $static: BaseException as BASE_EXCEPTION_TYPE = TypeSpec {
            name: $name,
            doc: Some($doc),
            base: Some(&$base),
            flags: flags::BASETYPE | flags::BASE_EXC_SUBCLASS,
            instance_dict: true,
            slots: SlotDefs { traverse: Some(exc_traverse), clear: Some(exc_clear), ..$slots },
            getsets: $members,
            $(methods: $methods,)?
            ..TypeSpec::DEFAULT
        });
    };
}

// ---- StopIteration, SystemExit ----

fn stop_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    base_init(v, args, kwnames)?;
    exc(v).set_field(0, Some(args.first().cloned().unwrap_or_else(none)));
    Ok(())
}

rich_exception!(STOP_ITERATION = "StopIteration": EXCEPTION, "Signal the end from iterator.__next__().",
    slots: SlotDefs { init: Some(stop_init), ..SlotDefs::NONE },
    members: &[member!("value", 0)]);

fn system_exit_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    base_init(v, args, kwnames)?;
    let code = match args.len() {
        0 => none(),
        1 => args[0].clone(),
        _ => Tuple::from_slice(args),
    };
    exc(v).set_field(0, Some(code));
    Ok(())
}

rich_exception!(SYSTEM_EXIT = "SystemExit": BASE_EXCEPTION_TYPE, "Request to exit from the interpreter.",
    slots: SlotDefs { init: Some(system_exit_init), ..SlotDefs::NONE },
    members: &[member!("code", 0)]);

// ---- KeyError ----

fn key_error_str(v: &Value) -> PyResult {
    let args = args_vec(v);
    if args.len() == 1 {
        return protocol::repr(&args[0]);
    }
    base_str(v)
}

rich_exception!(KEY_ERROR = "KeyError": LOOKUP_ERROR, "Mapping key not found.",
    slots: SlotDefs { str: Some(key_error_str), ..SlotDefs::NONE },
    members: &[]);

// ---- AttributeError, NameError ----

fn keyword_fields(
    v: &Value,
    args: &[Value],
    kwnames: Option<&Value>,
    names: &[&str],
    what: &str,
) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    for (k, x) in a.keywords() {
        let key = protocol::str_lossy(&k);
        match names.iter().position(|n| *n == key) {
            Some(i) => exc(v).set_field(i, Some(x)),
            None => {
                return Err(type_error(format!(
                    "{what}() got an unexpected keyword argument '{key}'"
                )));
            }
        }
    }
    *exc(v).args.borrow_mut() = Tuple::from_slice(a.positional());
    Ok(())
}

fn attribute_error_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    keyword_fields(v, args, kwnames, &["name", "obj"], "AttributeError")
}

rich_exception!(ATTRIBUTE_ERROR = "AttributeError": EXCEPTION, "Attribute not found.",
    slots: SlotDefs { init: Some(attribute_error_init), ..SlotDefs::NONE },
    members: &[member!("name", 0), member!("obj", 1)]);

fn name_error_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    keyword_fields(v, args, kwnames, &["name"], "NameError")
}

rich_exception!(NAME_ERROR = "NameError": EXCEPTION, "Name not found globally.",
    slots: SlotDefs { init: Some(name_error_init), ..SlotDefs::NONE },
    members: &[member!("name", 0)]);

// ---- ImportError ----

fn import_error_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    keyword_fields(
        v,
        args,
        kwnames,
        &["_msg", "name", "path", "name_from"],
        "ImportError",
    )?;
    let pos = Args::new(args, kwnames).positional().to_vec();
    exc(v).set_field(
        0,
        if pos.len() == 1 {
            Some(pos[0].clone())
        } else {
            None
        },
    );
    Ok(())
}

/// `_PyErr_SetImportErrorWithNameFrom`: `from module import name` failed.
pub fn import_error_from(msg: &str, module: Option<Value>, name: &Value) -> PyErr {
    let e = new_exception(&IMPORT_ERROR, msg);
    exc(&e).set_field(0, Some(PyStr::new(msg)));
    exc(&e).set_field(1, module);
    exc(&e).set_field(3, Some(name.clone()));
    PyErr::from_instance(e)
}

fn import_error_str(v: &Value) -> PyResult {
    match exc(v).field(0) {
        Some(m) if !is_none(&m) => protocol::str(&m),
        _ => base_str(v),
    }
}

rich_exception!(IMPORT_ERROR = "ImportError": EXCEPTION, "Import can't find module, or can't find name in module.",
    slots: SlotDefs { init: Some(import_error_init), str: Some(import_error_str), ..SlotDefs::NONE },
    members: &[member!("msg", 0), member!("name", 1), member!("path", 2), member!("name_from", 3)]);

// ---- OSError ----

/// The `OSError` subclass CPython picks for an errno (Linux numbers).
fn errno_subclass(errno: i64) -> Option<&'static PyObj<TypeObject>> {
    Some(match errno {
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        32 | 108 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        17 => &FILE_EXISTS_ERROR,
        2 => &FILE_NOT_FOUND_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        4 => &INTERRUPTED_ERROR,
        1 | 13 => &PERMISSION_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        110 => &TIMEOUT_ERROR,
        _ => return None,
    })
}

fn os_error_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let pos = a.positional();
    let mut ty = ty.clone();
    if ty.is_static(&OS_ERROR)
        && (2..=5).contains(&pos.len())
        && let Some(errno) = crate::int::to_i64(&pos[0])
        && let Some(sub) = errno_subclass(errno)
    {
        ty = TypeRef::from_static(sub);
    }
    base_new(&ty, args, kwnames)
}

fn os_error_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    if v.type_obj().payload().slots.init.get().map(|f| f as usize)
        == Some((os_error_init as crate::typeobj::InitFn) as usize)
    {
        a.no_keywords(v.type_obj().payload().name())?;
    }
    let pos = a.positional();
    let e = exc(v);
    *e.args.borrow_mut() = Tuple::from_slice(pos);
    if (2..=5).contains(&pos.len()) {
        e.set_field(0, Some(pos[0].clone()));
        e.set_field(1, Some(pos[1].clone()));
        let filename = pos.get(2).filter(|f| !is_none(f));
        // BlockingIOError's third argument may be the characters written.
        if let Some(written) = filename
            && std::ptr::eq(v.type_obj().payload(), BLOCKING_IO_ERROR.payload())
            && protocol::has_index(written)
        {
            // `PyNumber_AsSsize_t(filename, PyExc_ValueError)`.
            let n = protocol::index(written)?;
            if crate::int::to_isize(&n).is_none() {
                return Err(crate::err::value_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    protocol::type_name(written)
                )));
            }
            e.set_field(4, Some(n));
        } else if let Some(filename) = filename {
            e.set_field(2, Some(filename.clone()));
            if pos.len() >= 5 {
                e.set_field(3, Some(pos[4].clone()));
            }
            *e.args.borrow_mut() = Tuple::from_slice(&pos[..2]);
        }
    }
    Ok(())
}

fn os_error_str(v: &Value) -> PyResult {
    let e = exc(v);
    let (errno, strerror) = (e.field(0), e.field(1));
    if let Some(filename) = e.field(2).filter(|f| !is_none(f)) {
        let errno = errno.map_or(Ok("None".into()), |x| protocol::str_string(&x))?;
        let strerror = strerror.map_or(Ok("None".into()), |x| protocol::str_string(&x))?;
        let text = match e.field(3).filter(|f| !is_none(f)) {
            Some(f2) => format!(
                "[Errno {errno}] {strerror}: {} -> {}",
                protocol::repr_string(&filename)?,
                protocol::repr_string(&f2)?
            ),
            None => format!(
                "[Errno {errno}] {strerror}: {}",
                protocol::repr_string(&filename)?
            ),
        };
        return Ok(PyStr::new(&text));
    }
    if let (Some(errno), Some(strerror)) = (errno, strerror) {
        return Ok(PyStr::new(&format!(
            "[Errno {}] {}",
            protocol::str_string(&errno)?,
            protocol::str_string(&strerror)?
        )));
    }
    base_str(v)
}

/// `OSError.__reduce__`: the filenames go back into the constructor arguments.
fn os_error_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    let e = exc(v);
    let mut items = e
        .args()
        .downcast::<Tuple>()
        .map(|t| t.to_vec())
        .unwrap_or_default();
    if items.len() == 2
        && let Some(filename) = e.field(2).filter(|f| !is_none(f))
    {
        items.push(filename);
        if let Some(filename2) = e.field(3).filter(|f| !is_none(f)) {
            items.push(none());
            items.push(filename2);
        }
    }
    let mut out = vec![v.type_value(), Tuple::new(items)];
    if let Some(d) = protocol::instance_dict(v)
        && d.downcast::<Dict>().is_some_and(|d| !d.is_empty())
    {
        out.push(d);
    }
    Ok(Tuple::new(out))
}

fn characters_written(v: &Value) -> PyResult {
    exc(v)
        .field(4)
        .ok_or_else(|| PyErr::new(&ATTRIBUTE_ERROR, "characters_written"))
}

fn set_characters_written(v: &Value, value: Option<&Value>) -> PyResult<()> {
    match value {
        Some(x) => {
            let n = protocol::index(x)?;
            exc(v).set_field(4, Some(n));
        }
        None => {
            if exc(v).field(4).is_none() {
                return Err(PyErr::new(&ATTRIBUTE_ERROR, "characters_written"));
            }
            exc(v).set_field(4, None);
        }
    }
    Ok(())
}

rich_exception!(OS_ERROR = "OSError": EXCEPTION, "Base class for I/O related errors.",
slots: SlotDefs { new: Some(os_error_new), init: Some(os_error_init), str: Some(os_error_str), ..SlotDefs::NONE },
members: &[
    member!("errno", 0),
    member!("strerror", 1),
    member!("filename", 2),
    member!("filename2", 3),
    GetSetDef::with_setter("characters_written", characters_written, set_characters_written),
],
methods: &[MethodDef::new("__reduce__", os_error_reduce, "")]);

// ---- SyntaxError ----

fn syntax_error_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    base_init(v, args, kwnames)?;
    let e = exc(v);
    if let Some(msg) = args.first() {
        e.set_field(0, Some(msg.clone()));
    }
    if args.len() == 2 {
        // `(filename, lineno, offset, text[, end_lineno, end_offset[, _metadata]])`
        let info = protocol::collect(&args[1])?;
        if info.len() < 4 || info.len() > 7 {
            let bound = if info.len() < 4 {
                "at least 4"
            } else {
                "at most 7"
            };
            return Err(type_error(format!(
                "function takes {bound} arguments ({} given)",
                info.len()
            )));
        }
        for i in 5..=6 {
            e.set_field(i, None);
        }
        for (i, x) in info.into_iter().enumerate() {
            // `_metadata` sits after `print_file_and_line`.
            e.set_field(if i == 6 { 8 } else { i + 1 }, Some(x));
        }
    }
    Ok(())
}

fn syntax_error_str(v: &Value) -> PyResult {
    let e = exc(v);
    let msg = protocol::str_string(&e.field(0).unwrap_or_else(none))?;
    let filename = e
        .field(1)
        .filter(|f| f.downcast::<PyStr>().is_some())
        .map(|f| {
            let s = protocol::str_lossy(&f);
            s.rsplit('/').next().unwrap_or(&s).to_string()
        });
    let lineno = e.field(2).and_then(|l| crate::int::to_i64(&l));
    Ok(PyStr::new(&match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }))
}

rich_exception!(SYNTAX_ERROR = "SyntaxError": EXCEPTION, "Invalid syntax.",
slots: SlotDefs { init: Some(syntax_error_init), str: Some(syntax_error_str), ..SlotDefs::NONE },
members: &[
    member!("msg", 0),
    member!("filename", 1),
    member!("lineno", 2),
    member!("offset", 3),
    member!("text", 4),
    member!("end_lineno", 5),
    member!("end_offset", 6),
    member!("print_file_and_line", 7),
    member!("_metadata", 8),
]);

// ---- Unicode errors ----

/// What each argument of a Unicode error's constructor must be.
enum UnicodeArg {
    Str,
    BytesLike,
    Index,
}

fn unicode_error_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    base_init(v, args, kwnames)?;
    let name = v.type_obj().payload().name();
    let n = if name == "UnicodeTranslateError" {
        4
    } else {
        5
    };
    if args.len() != n {
        return Err(type_error(format!(
            "function takes exactly {n} arguments ({} given)",
            args.len()
        )));
    }
    // `PyArg_ParseTuple(args, "UOnnU")` (`"UnnU"` for translation); the
    // object being decoded is any bytes-like one, kept as bytes.
    use UnicodeArg::{BytesLike, Index, Str};
    let kinds: &[UnicodeArg] = match name.as_str() {
        "UnicodeDecodeError" => &[Str, BytesLike, Index, Index, Str],
        "UnicodeEncodeError" => &[Str, Str, Index, Index, Str],
        _ => &[Str, Index, Index, Str],
    };
    let mut values = Vec::with_capacity(n);
    for (i, (x, kind)) in args.iter().zip(kinds).enumerate() {
        values.push(match kind {
            Str if x.downcast::<PyStr>().is_none() => {
                return Err(type_error(format!(
                    "argument {} must be str, not {}",
                    i + 1,
                    protocol::type_name(x)
                )));
            }
            Index => crate::int::from_i64(protocol::index_as_isize(x)? as i64),
            BytesLike => crate::bytes::new(crate::bytes::bytes_from_object(x)?),
            Str => x.clone(),
        });
    }
    let e = exc(v);
    if n == 4 {
        e.set_field(0, None);
    }
    for (i, x) in values.into_iter().enumerate() {
        e.set_field(i + 5 - n, Some(x));
    }
    Ok(())
}

fn unicode_error_str(v: &Value) -> PyResult {
    let e = exc(v);
    let name = v.type_obj().payload().name();
    let (Some(object), Some(start), Some(end), Some(reason)) =
        (e.field(1), e.field(2), e.field(3), e.field(4))
    else {
        return Ok(PyStr::new(""));
    };
    let start = crate::int::to_i64(&start).unwrap_or(0);
    let end = crate::int::to_i64(&end).unwrap_or(0);
    let reason = protocol::str_string(&reason)?;
    let encoding = e
        .field(0)
        .map(|x| protocol::str_string(&x))
        .transpose()?
        .unwrap_or_default();
    let len = protocol::len(&object).unwrap_or(0) as i64;
    let single = end == start + 1 && start >= 0 && start < len;
    let text = match name.as_str() {
        "UnicodeDecodeError" => {
            if single {
                let byte =
                    crate::int::to_i64(&protocol::getitem(&object, &crate::int::from_i64(start))?)
                        .unwrap_or(0);
                format!(
                    "'{encoding}' codec can't decode byte {byte:#04x} in position {start}: {reason}"
                )
            } else {
                format!(
                    "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                )
            }
        }
        _ => {
            let verb = if name == "UnicodeEncodeError" {
                format!("'{encoding}' codec can't encode")
            } else {
                "can't translate".into()
            };
            if single {
                let ch = protocol::getitem(&object, &crate::int::from_i64(start))?;
                let c = ch.downcast::<PyStr>().map_or(0, |s| s.char_at(0));
                let shown = if c < 0x100 {
                    format!("'\\x{c:02x}'")
                } else if c < 0x10000 {
                    format!("'\\u{c:04x}'")
                } else {
                    format!("'\\U{c:08x}'")
                };
                format!("{verb} character {shown} in position {start}: {reason}")
            } else {
                format!(
                    "{verb} characters in position {start}-{}: {reason}",
                    end - 1
                )
            }
        }
    };
    Ok(PyStr::new(&text))
}

const UNICODE_MEMBERS: &[GetSetDef] = &[
    member!("encoding", 0),
    member!("object", 1),
    member!("start", 2),
    member!("end", 3),
    member!("reason", 4),
];

rich_exception!(UNICODE_DECODE_ERROR = "UnicodeDecodeError": UNICODE_ERROR, "Unicode decoding error.",
    slots: SlotDefs { init: Some(unicode_error_init), str: Some(unicode_error_str), ..SlotDefs::NONE },
    members: UNICODE_MEMBERS);
rich_exception!(UNICODE_ENCODE_ERROR = "UnicodeEncodeError": UNICODE_ERROR, "Unicode encoding error.",
    slots: SlotDefs { init: Some(unicode_error_init), str: Some(unicode_error_str), ..SlotDefs::NONE },
    members: UNICODE_MEMBERS);
rich_exception!(UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": UNICODE_ERROR, "Unicode translation error.",
    slots: SlotDefs { init: Some(unicode_error_init), str: Some(unicode_error_str), ..SlotDefs::NONE },
    members: UNICODE_MEMBERS);

// ---- Exception groups ----

fn group_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let name = ty.name();
    a.no_keywords(&name)?;
    let pos = a.positional();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    }
    let message = &pos[0];
    if message.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            protocol::type_name(message)
        )));
    }
    let seq = &pos[1];
    if seq.type_obj().payload().slots.getitem.get().is_none() || seq.downcast::<Dict>().is_some() {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let excs = protocol::collect(seq)?;
    if excs.is_empty() {
        return Err(crate::err::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut all_exceptions = true;
    for (i, e) in excs.iter().enumerate() {
        if !is_exception(e) {
            return Err(crate::err::value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !e.type_obj().payload().is_subtype(EXCEPTION.payload()) {
            all_exceptions = false;
        }
    }
    let mut cls = ty.clone();
    if cls.is_static(&BASE_EXCEPTION_GROUP) {
        if all_exceptions {
            cls = TypeRef::from_static(&EXCEPTION_GROUP);
        }
    } else if cls.is_static(&EXCEPTION_GROUP) {
        if !all_exceptions {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if !all_exceptions && cls.is_subtype(EXCEPTION.payload()) {
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            cls.name()
        )));
    }
    let v = alloc_typed(
        &cls,
        BaseException::new(Tuple::new(vec![message.clone(), seq.clone()])),
    );
    exc(&v).set_field(0, Some(message.clone()));
    exc(&v).set_field(1, Some(Tuple::new(excs)));
    // A custom sequence may change later: its repr is kept as it was.
    if seq.downcast::<List>().is_none() && seq.downcast::<Tuple>().is_none() {
        exc(&v).set_field(2, Some(protocol::repr(seq)?));
    }
    Ok(v)
}

fn group_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    a.no_keywords(v.type_obj().payload().name())?;
    *exc(v).args.borrow_mut() = Tuple::from_slice(args);
    Ok(())
}

fn group_excs(v: &Value) -> Vec<Value> {
    exc(v)
        .field(1)
        .and_then(|t| t.downcast::<Tuple>().map(Tuple::to_vec))
        .unwrap_or_default()
}

fn group_str(v: &Value) -> PyResult {
    let n = group_excs(v).len();
    let msg = protocol::str_string(&exc(v).field(0).unwrap_or_else(none))?;
    Ok(PyStr::new(&format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    )))
}

/// `BaseExceptionGroup_repr`: `exceptions` shown as a list when `args[1]`
/// is one, as the tuple otherwise, or as the custom sequence looked when
/// the group was made.
fn group_repr(v: &Value) -> PyResult {
    let msg = protocol::repr_string(&exc(v).field(0).unwrap_or_else(none))?;
    let excs = match exc(v).field(2) {
        Some(saved) => protocol::str_lossy(&saved),
        None => {
            let args_list = exc(v)
                .args()
                .downcast::<Tuple>()
                .and_then(|t| t.get(1).cloned())
                .is_some_and(|a| a.downcast::<List>().is_some());
            let shown = if args_list {
                List::from_vec(group_excs(v))
            } else {
                Tuple::new(group_excs(v))
            };
            protocol::repr_string(&shown)?
        }
    };
    Ok(PyStr::new(&format!(
        "{}({msg}, {excs})",
        v.type_obj().payload().name()
    )))
}

fn group_derive(v: &Value, args: Args) -> PyResult {
    let excs = args.one("BaseExceptionGroup.derive")?;
    let msg = exc(v).field(0).unwrap_or_else(none);
    protocol::call(
        &TypeRef::from_static(&BASE_EXCEPTION_GROUP).into_value(),
        &[msg, excs.clone()],
        None,
    )
}

/// A `split`/`subgroup` condition: a type, a tuple of types, or a predicate.
enum Matcher {
    Types(Value),
    Predicate(Value),
    Instances(Vec<Value>),
}

fn matcher(cond: &Value) -> PyResult<Matcher> {
    if is_exception_type(cond) {
        return Ok(Matcher::Types(cond.clone()));
    }
    if let Some(t) = cond.downcast::<Tuple>()
        && t.iter().all(is_exception_type)
    {
        return Ok(Matcher::Types(cond.clone()));
    }
    if cond.type_obj().payload().slots.call.get().is_some() {
        return Ok(Matcher::Predicate(cond.clone()));
    }
    Err(type_error(
        "expected an exception type, a tuple of exception types, or a callable (other than a class)",
    ))
}

fn matches(m: &Matcher, e: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => {
            let types = match t.downcast::<Tuple>() {
                Some(tt) => tt.to_vec(),
                None => vec![t.clone()],
            };
            Ok(types.iter().any(|ty| {
                ty.downcast::<TypeObject>()
                    .is_some_and(|ty| e.type_obj().payload().is_subtype(ty))
            }))
        }
        Matcher::Predicate(f) => protocol::is_true(&protocol::call1(f, e.clone())?),
        Matcher::Instances(list) => Ok(list.iter().any(|x| x.is(e))),
    }
}

/// Copies traceback, cause, context and notes onto a derived group.
fn copy_metadata(from: &Value, to: &Value) -> PyResult<()> {
    let (f, t) = (exc(from), exc(to));
    t.set_traceback(f.traceback());
    *t.cause.borrow_mut() = f.cause();
    t.set_context(f.context());
    if let Some(notes) = protocol::getattr_opt(from, &intern("__notes__"))? {
        let copy = if protocol::iter(&notes).is_ok() {
            List::from_vec(protocol::collect(&notes)?)
        } else {
            notes
        };
        protocol::setattr(to, &intern("__notes__"), Some(&copy))?;
    }
    Ok(())
}

/// `split`: (matching part, rest), each a derived group or `None`.
fn split_recursive(
    v: &Value,
    m: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(m, v)? {
        return Ok((Some(v.clone()), None));
    }
    if !v
        .type_obj()
        .payload()
        .is_subtype(BASE_EXCEPTION_GROUP.payload())
    {
        return Ok((None, want_rest.then(|| v.clone())));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in group_excs(v) {
        let (a, b) = split_recursive(&e, m, want_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let build = |parts: Vec<Value>| -> PyResult<Option<Value>> {
        if parts.is_empty() {
            return Ok(None);
        }
        let g = protocol::call_method(v, "derive", &[List::from_vec(parts)])?;
        if !g
            .type_obj()
            .payload()
            .is_subtype(BASE_EXCEPTION_GROUP.payload())
        {
            return Err(type_error(
                "derive must return an instance of BaseExceptionGroup",
            ));
        }
        copy_metadata(v, &g)?;
        Ok(Some(g))
    };
    Ok((build(matched)?, if want_rest { build(rest)? } else { None }))
}

/// `eg.split(exact_instances)` as `except*` uses it: the parts of `eg`
/// whose leaves are the given exception objects.
pub fn split_by_instances(
    v: &Value,
    leaves: Vec<Value>,
) -> PyResult<(Option<Value>, Option<Value>)> {
    split_recursive(v, &Matcher::Instances(leaves), true)
}

/// `eg.split(types)` for `except*` matching.
pub fn split_by_types(v: &Value, types: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    split_recursive(v, &Matcher::Types(types.clone()), true)
}

fn group_split(v: &Value, args: Args) -> PyResult {
    let cond = args.one("BaseExceptionGroup.split")?;
    let (a, b) = split_recursive(v, &matcher(cond)?, true)?;
    Ok(Tuple::new(vec![
        a.unwrap_or_else(none),
        b.unwrap_or_else(none),
    ]))
}

fn group_subgroup(v: &Value, args: Args) -> PyResult {
    let cond = args.one("BaseExceptionGroup.subgroup")?;
    let (a, _) = split_recursive(v, &matcher(cond)?, false)?;
    Ok(a.unwrap_or_else(none))
}

/// The leaf exceptions of a group, depth first.
pub fn leaves(v: &Value) -> Vec<Value> {
    if !v
        .type_obj()
        .payload()
        .is_subtype(BASE_EXCEPTION_GROUP.payload())
    {
        return vec![v.clone()];
    }
    group_excs(v).iter().flat_map(leaves).collect()
}

rich_exception!(BASE_EXCEPTION_GROUP = "BaseExceptionGroup": BASE_EXCEPTION_TYPE, "A combination of multiple unrelated exceptions.",
slots: SlotDefs { new: Some(group_new), init: Some(group_init), str: Some(group_str), repr: Some(group_repr), ..SlotDefs::NONE },
members: &[
    GetSetDef::member("message", field::<0>, None),
    GetSetDef::member("exceptions", field::<1>, None),
],
methods: &[
    MethodDef::new("derive", group_derive, ""),
    MethodDef::new("split", group_split, ""),
    MethodDef::new("subgroup", group_subgroup, ""),
    crate::genericalias::CLASS_GETITEM_DEF,
]);

/// `ExceptionGroup` derives from both `BaseExceptionGroup` and `Exception`.
pub static EXCEPTION_GROUP: PyObj<TypeObject> = PyObj::immortal(
    &crate::typeobj::TYPE_TYPE,
    TypeObject::builtin(&crate::typeobj::TypeSpec {
        name: "ExceptionGroup",
        doc: None,
        base: Some(&BASE_EXCEPTION_GROUP),
        solid: &BASE_EXCEPTION_TYPE,
        flags: flags::BASETYPE | flags::BASE_EXC_SUBCLASS,
        basic_size: std::mem::size_of::<PyObj<BaseException>>(),
        instance_dict: true,
        hidden_slots: 0,
        drop_payload: crate::core::payload_dropper::<BaseException>(),
        slots: SlotDefs::NONE,
        methods: &[],
        getsets: &[],
        vectorcall: None,
    }),
);

/// `ExceptionGroup`'s second base: set after both are ready (a static
/// type declares one base; this is the one multiple-inheritance builtin).
pub fn ready_exception_group() {
    crate::typeobj::ready(&EXCEPTION_GROUP);
    let t = EXCEPTION_GROUP.payload();
    let bases = Tuple::new(vec![
        TypeRef::from_static(&BASE_EXCEPTION_GROUP).into_value(),
        TypeRef::from_static(&EXCEPTION).into_value(),
    ]);
    let me = TypeRef::from_static(&EXCEPTION_GROUP);
    let refs = [
        TypeRef::from_static(&BASE_EXCEPTION_GROUP),
        TypeRef::from_static(&EXCEPTION),
    ];
    let mro = crate::typeobj::c3_mro(me.value(), &refs).expect("ExceptionGroup MRO is consistent");
    t.set_bases(bases, TypeRef::from_static(&BASE_EXCEPTION_GROUP));
    t.set_mro(Tuple::new(mro));
    // What `PyErr_NewException` gives the class it creates.
    if let Some(d) = t.dict().downcast::<Dict>() {
        d.set_str("__module__", PyStr::new("builtins"));
        d.set_str("__weakref__", crate::descr::weakref_descriptor(&me));
    }
    t.set_flag(crate::typeobj::flags::WEAKREFABLE, true);
    EXCEPTION.payload().add_subclass(&me);
}

/// Whether a built-in exception class has its parent's instance layout: in
/// CPython only the classes below have a struct of their own
/// (`PyOSErrorObject`, ...), so only they conflict as bases.
pub fn inherits_layout(t: &TypeObject) -> bool {
    let own_layout: [&PyObj<TypeObject>; 12] = [
        &BASE_EXCEPTION_TYPE,
        &STOP_ITERATION,
        &SYSTEM_EXIT,
        &IMPORT_ERROR,
        &OS_ERROR,
        &SYNTAX_ERROR,
        &ATTRIBUTE_ERROR,
        &NAME_ERROR,
        &UNICODE_DECODE_ERROR,
        &UNICODE_ENCODE_ERROR,
        &UNICODE_TRANSLATE_ERROR,
        &BASE_EXCEPTION_GROUP,
    ];
    t.is_subtype(BASE_EXCEPTION_TYPE.payload())
        && !own_layout.iter().any(|o| std::ptr::eq(o.payload(), t))
}

/// Every built-in exception class, in the order of CPython's
/// `static_exceptions` table (readied in this order, so `__subclasses__()`
/// lists them as CPython does).
pub fn all_exception_types() -> Vec<&'static PyObj<TypeObject>> {
    vec![
        &BASE_EXCEPTION_TYPE,
        &BASE_EXCEPTION_GROUP,
        &EXCEPTION,
        &GENERATOR_EXIT,
        &KEYBOARD_INTERRUPT,
        &SYSTEM_EXIT,
        &ARITHMETIC_ERROR,
        &ASSERTION_ERROR,
        &ATTRIBUTE_ERROR,
        &BUFFER_ERROR,
        &EOF_ERROR,
        &IMPORT_ERROR,
        &LOOKUP_ERROR,
        &MEMORY_ERROR,
        &NAME_ERROR,
        &OS_ERROR,
        &REFERENCE_ERROR,
        &RUNTIME_ERROR,
        &STOP_ASYNC_ITERATION,
        &STOP_ITERATION,
        &SYNTAX_ERROR,
        &SYSTEM_ERROR,
        &TYPE_ERROR,
        &VALUE_ERROR,
        &WARNING,
        &FLOATING_POINT_ERROR,
        &OVERFLOW_ERROR,
        &ZERO_DIVISION_ERROR,
        &BYTES_WARNING,
        &DEPRECATION_WARNING,
        &ENCODING_WARNING,
        &FUTURE_WARNING,
        &IMPORT_WARNING,
        &PENDING_DEPRECATION_WARNING,
        &RESOURCE_WARNING,
        &RUNTIME_WARNING,
        &SYNTAX_WARNING,
        &UNICODE_WARNING,
        &USER_WARNING,
        &BLOCKING_IO_ERROR,
        &CHILD_PROCESS_ERROR,
        &CONNECTION_ERROR,
        &FILE_EXISTS_ERROR,
        &FILE_NOT_FOUND_ERROR,
        &INTERRUPTED_ERROR,
        &IS_A_DIRECTORY_ERROR,
        &NOT_A_DIRECTORY_ERROR,
        &PERMISSION_ERROR,
        &PROCESS_LOOKUP_ERROR,
        &TIMEOUT_ERROR,
        &INDENTATION_ERROR,
        &INCOMPLETE_INPUT_ERROR,
        &INDEX_ERROR,
        &KEY_ERROR,
        &MODULE_NOT_FOUND_ERROR,
        &NOT_IMPLEMENTED_ERROR,
        &PYTHON_FINALIZATION_ERROR,
        &RECURSION_ERROR,
        &UNBOUND_LOCAL_ERROR,
        &UNICODE_ERROR,
        &BROKEN_PIPE_ERROR,
        &CONNECTION_ABORTED_ERROR,
        &CONNECTION_REFUSED_ERROR,
        &CONNECTION_RESET_ERROR,
        &TAB_ERROR,
        &UNICODE_DECODE_ERROR,
        &UNICODE_ENCODE_ERROR,
        &UNICODE_TRANSLATE_ERROR,
        &EXCEPTION_GROUP,
    ]
}
