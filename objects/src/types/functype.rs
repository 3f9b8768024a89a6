//! Python functions, bound methods, cells, `staticmethod`, `classmethod` and `property`; mirrors Objects/funcobject.c, classobject.c, cellobject.c and descrobject.c's property. Calling a function is the interpreter's job: `eval` installs the function type's call slot.

use std::cell::{Cell as StdCell, RefCell};

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value, alloc_typed};
use crate::descr::{GetSetDef, MethodDef};
use crate::dict::Dict;
use crate::err::{PyErr, PyResult, type_error};
use crate::exceptions;
use crate::none::{is_none, none, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, flags};

/// A Python function (`PyFunctionObject`).
pub struct Function {
    pub code: RefCell<Value>,
    pub globals: Value,
    pub builtins: Value,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Option<Value>>,
    pub kwdefaults: RefCell<Option<Value>>,
    pub closure: RefCell<Option<Value>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Option<Value>>,
    pub annotate: RefCell<Option<Value>>,
    pub type_params: RefCell<Option<Value>>,
    dict: RefCell<Option<Value>>,
    /// `func_version`: 0 = none; changes when code or defaults change.
    pub version: StdCell<u32>,
}

crate::gil_shared! {
    static NEXT_FUNC_VERSION: StdCell<u32> = const { StdCell::new(1) };
}

fn next_version() -> u32 {
    NEXT_FUNC_VERSION.with(|n| {
        let v = n.get();
        n.set(v.wrapping_add(1).max(1));
        v
    })
}

impl Function {
    /// A new function over `code` with the given globals.
    pub fn new(code: Value, globals: Value, qualname: Value, builtins: Value) -> Function {
        let c = code.downcast::<crate::code::Code>().expect("code object");
        let name = c.name.clone();
        let doc = if c.flags & crate::code::co::HAS_DOCSTRING != 0 {
            c.consts.first().cloned().unwrap_or_else(none)
        } else {
            none()
        };
        let module = globals
            .downcast::<Dict>()
            .and_then(|g| g.get_str(&crate::str::intern("__name__")))
            .unwrap_or_else(none);
        Function {
            code: RefCell::new(code),
            globals,
            builtins,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(None),
            kwdefaults: RefCell::new(None),
            closure: RefCell::new(None),
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            annotations: RefCell::new(None),
            annotate: RefCell::new(None),
            type_params: RefCell::new(None),
            dict: RefCell::new(None),
            version: StdCell::new(next_version()),
        }
    }

    pub fn with_closure(self, closure: Value) -> Function {
        *self.closure.borrow_mut() = Some(closure);
        self
    }

    pub fn code(&self) -> Value {
        self.code.borrow().clone()
    }

    pub fn dict(&self) -> Value {
        self.dict
            .borrow_mut()
            .get_or_insert_with(Dict::new_value)
            .clone()
    }

    pub fn bump_version(&self) {
        self.version.set(next_version());
    }
}

fn this(v: &Value) -> &Function {
    v.downcast::<Function>().expect("function")
}

fn func_repr(v: &Value) -> PyResult {
    let f = this(v);
    Ok(PyStr::new(&format!(
        "<function {} at {:#x}>",
        protocol::str_lossy(&f.qualname.borrow()),
        v.word()
    )))
}

fn func_get(f: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    match obj {
        None => Ok(f.clone()),
        Some(o) => Ok(Method::new(f.clone(), o.clone())),
    }
}

fn set_str_attr(cell: &RefCell<Value>, what: &str, value: Option<&Value>) -> PyResult<()> {
    match value {
        Some(v) if v.downcast::<PyStr>().is_some() => {
            *cell.borrow_mut() = v.clone();
            Ok(())
        }
        _ => Err(type_error(format!("{what} must be set to a string object"))),
    }
}

fn get_defaults(v: &Value) -> PyResult {
    Ok(this(v).defaults.borrow().clone().unwrap_or_else(none))
}

fn set_defaults(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let f = this(v);
    let new = match value {
        None => None,
        Some(x) if is_none(x) => None,
        Some(x) if x.downcast::<Tuple>().is_some() => Some(x.clone()),
        Some(_) => return Err(type_error("__defaults__ must be set to a tuple object")),
    };
    *f.defaults.borrow_mut() = new;
    f.bump_version();
    Ok(())
}

fn get_kwdefaults(v: &Value) -> PyResult {
    Ok(this(v).kwdefaults.borrow().clone().unwrap_or_else(none))
}

fn set_kwdefaults(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let f = this(v);
    let new = match value {
        None => None,
        Some(x) if is_none(x) => None,
        Some(x) if x.downcast::<Dict>().is_some() => Some(x.clone()),
        Some(_) => return Err(type_error("__kwdefaults__ must be set to a dict object")),
    };
    *f.kwdefaults.borrow_mut() = new;
    f.bump_version();
    Ok(())
}

fn set_code(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let f = this(v);
    let Some(code) = value.filter(|c| c.downcast::<crate::code::Code>().is_some()) else {
        return Err(type_error("__code__ must be set to a code object"));
    };
    let nfree = code
        .downcast::<crate::code::Code>()
        .expect("code")
        .freevars()
        .len();
    let have = f
        .closure
        .borrow()
        .as_ref()
        .and_then(|c| c.downcast::<Tuple>().map(Tuple::len))
        .unwrap_or(0);
    if nfree != have {
        return Err(crate::err::value_error(format!(
            "{}() requires a code object with {have} free vars, not {nfree}",
            protocol::str_lossy(&f.name.borrow())
        )));
    }
    let kind = |c: &Value| {
        use crate::code::co;
        c.downcast::<crate::code::Code>().map_or(0, |c| {
            c.flags & (co::GENERATOR | co::COROUTINE | co::ASYNC_GENERATOR)
        })
    };
    if kind(&f.code()) != kind(code) {
        crate::warnings::warn(
            &crate::exceptions::DEPRECATION_WARNING,
            "Assigning a code object of non-matching type is deprecated (e.g., from a generator to a plain function)",
            1,
        )?;
    }
    *f.code.borrow_mut() = code.clone();
    f.bump_version();
    Ok(())
}

fn get_dict(v: &Value) -> PyResult {
    Ok(this(v).dict())
}

fn set_dict(v: &Value, value: Option<&Value>) -> PyResult<()> {
    match value {
        Some(d) if d.downcast::<Dict>().is_some() => {
            *this(v).dict.borrow_mut() = Some(d.clone());
            Ok(())
        }
        None => Err(type_error("cannot delete __dict__")),
        Some(d) => Err(type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            protocol::type_name(d)
        ))),
    }
}

fn get_annotations(v: &Value) -> PyResult {
    let f = this(v);
    if let Some(a) = f.annotations.borrow().clone() {
        return Ok(a);
    }
    let annotate = f.annotate.borrow().clone();
    let value = match annotate {
        Some(ann) if !is_none(&ann) => {
            let r = protocol::call1(&ann, crate::int::from_i64(1))?;
            if r.downcast::<Dict>().is_none() {
                return Err(type_error(format!(
                    "__annotate__ returned non-dict of type '{}'",
                    protocol::type_name(&r)
                )));
            }
            r
        }
        _ => Dict::new_value(),
    };
    *f.annotations.borrow_mut() = Some(value.clone());
    Ok(value)
}

fn set_annotations(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let f = this(v);
    match value {
        Some(x) if is_none(x) || x.downcast::<Dict>().is_some() => {
            *f.annotations.borrow_mut() = Some(x.clone());
            *f.annotate.borrow_mut() = None;
            Ok(())
        }
        None => {
            *f.annotations.borrow_mut() = None;
            Ok(())
        }
        Some(_) => Err(type_error("__annotations__ must be set to a dict object")),
    }
}

fn get_annotate(v: &Value) -> PyResult {
    Ok(this(v).annotate.borrow().clone().unwrap_or_else(none))
}

fn set_annotate(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let f = this(v);
    match value {
        None => Err(type_error("__annotate__ cannot be deleted")),
        Some(x) if is_none(x) => {
            *f.annotate.borrow_mut() = None;
            Ok(())
        }
        Some(x) if x.type_obj().payload().slots.call.get().is_some() => {
            *f.annotate.borrow_mut() = Some(x.clone());
            *f.annotations.borrow_mut() = None;
            Ok(())
        }
        Some(_) => Err(type_error("__annotate__ must be callable or None")),
    }
}

fn get_type_params(v: &Value) -> PyResult {
    Ok(this(v)
        .type_params
        .borrow()
        .clone()
        .unwrap_or_else(Tuple::empty))
}

fn set_type_params(v: &Value, value: Option<&Value>) -> PyResult<()> {
    match value {
        Some(x) if x.downcast::<Tuple>().is_some() => {
            *this(v).type_params.borrow_mut() = Some(x.clone());
            Ok(())
        }
        _ => Err(type_error("__type_params__ must be set to a tuple")),
    }
}

fn func_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [code, globals, name, argdefs, closure, kwdefaults] = Args::new(args, kwnames).parse(
        "function",
        [
            "code",
            "globals",
            "name",
            "argdefs",
            "closure",
            "kwdefaults",
        ],
        0,
        2,
        6,
    )?;
    let code = code.expect("required");
    let Some(c) = code.downcast::<crate::code::Code>() else {
        return Err(type_error(format!(
            "function() argument 'code' must be code, not {}",
            protocol::type_name(&code)
        )));
    };
    let globals = globals.expect("required");
    if globals.downcast::<Dict>().is_none() {
        return Err(type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            protocol::type_name(&globals)
        )));
    }
    let qualname = c.qualname.clone();
    // `_PyEval_BuiltinsFromGlobals`: a module stands for its dict, and
    // without `__builtins__` the function gets the interpreter's.
    let builtins = match globals
        .downcast::<Dict>()
        .and_then(|g| g.get_str(&crate::str::intern("__builtins__")))
    {
        Some(b) => match b.downcast::<crate::module::Module>() {
            Some(m) => m.dict.clone(),
            None => b,
        },
        None => crate::module::builtins_dict().unwrap_or_else(Dict::new_value),
    };
    let mut f = Function::new(code.clone(), globals, qualname, builtins);
    if let Some(n) = name.filter(|n| !is_none(n)) {
        f.name = RefCell::new(n);
    }
    if let Some(cl) = closure.filter(|c| !is_none(c)) {
        f = f.with_closure(cl);
    }
    *f.defaults.borrow_mut() = argdefs.filter(|d| !is_none(d));
    *f.kwdefaults.borrow_mut() = kwdefaults.filter(|d| !is_none(d));
    Ok(Ref::new(f).into_value())
}

/// `func_traverse`.
fn func_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    use crate::gc::{visit_field, visit_optional};
    let f = this(v);
    visit_field(&f.code, visit);
    visit(&f.globals);
    visit(&f.builtins);
    visit_field(&f.name, visit);
    visit_field(&f.qualname, visit);
    visit_optional(&f.defaults, visit);
    visit_optional(&f.kwdefaults, visit);
    visit_optional(&f.closure, visit);
    visit_field(&f.doc, visit);
    visit_field(&f.module, visit);
    visit_optional(&f.annotations, visit);
    visit_optional(&f.annotate, visit);
    visit_optional(&f.type_params, visit);
    visit_optional(&f.dict, visit);
}

/// `func_clear`: what can refer back to the function (its globals are
/// left: their dict's own clear breaks that cycle).
fn func_clear(v: &Value) {
    use crate::gc::{clear_field, clear_optional};
    let f = this(v);
    clear_optional(&f.defaults);
    clear_optional(&f.kwdefaults);
    clear_optional(&f.closure);
    clear_optional(&f.annotations);
    clear_optional(&f.annotate);
    clear_optional(&f.type_params);
    clear_optional(&f.dict);
    clear_field(&f.doc);
    clear_field(&f.module);
}

builtin_type!(pub static FUNCTION_TYPE: Function = TypeSpec {
    name: "function",
    doc: Some("function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)\n--\n\nCreate a function object.\n\n  code\n    a code object\n  globals\n    the globals dictionary\n  name\n    a string that overrides the name from the code object\n  argdefs\n    a tuple that specifies the default argument values\n  closure\n    a tuple that supplies the bindings for free variables\n  kwdefaults\n    a dictionary that specifies the default keyword argument values"),
    flags: flags::IMMUTABLETYPE | flags::WEAKREFABLE,
    slots: SlotDefs { traverse: Some(func_traverse), clear: Some(func_clear), repr: Some(func_repr), descr_get: Some(func_get), new: Some(func_new), ..SlotDefs::NONE },
    getsets: &[
        GetSetDef::with_setter("__code__", |v| Ok(this(v).code()), set_code),
        GetSetDef::with_setter("__defaults__", get_defaults, set_defaults),
        GetSetDef::with_setter("__kwdefaults__", get_kwdefaults, set_kwdefaults),
        GetSetDef::with_setter("__annotations__", get_annotations, set_annotations),
        GetSetDef::with_setter("__annotate__", get_annotate, set_annotate),
        GetSetDef::with_setter("__dict__", get_dict, set_dict),
        GetSetDef::with_setter("__name__", |v| Ok(this(v).name.borrow().clone()), |v, x| set_str_attr(&this(v).name, "__name__", x)),
        GetSetDef::with_setter("__qualname__", |v| Ok(this(v).qualname.borrow().clone()), |v, x| set_str_attr(&this(v).qualname, "__qualname__", x)),
        GetSetDef::with_setter("__type_params__", get_type_params, set_type_params),
        GetSetDef::member("__closure__", |v| Ok(this(v).closure.borrow().clone().unwrap_or_else(none)), None),
        GetSetDef::member("__doc__", |v| Ok(this(v).doc.borrow().clone()), Some(|v, x| {
            *this(v).doc.borrow_mut() = x.cloned().unwrap_or_else(none);
            Ok(())
        })),
        GetSetDef::member("__globals__", |v| Ok(this(v).globals.clone()), None),
        GetSetDef::member("__module__", |v| Ok(this(v).module.borrow().clone()), Some(|v, x| {
            *this(v).module.borrow_mut() = x.cloned().unwrap_or_else(none);
            Ok(())
        })),
        GetSetDef::member("__builtins__", |v| Ok(this(v).builtins.clone()), None),
    ],
    ..TypeSpec::DEFAULT
});

/// Installs the interpreter's call slot on the function type, with the
/// `__call__` wrapper that exposes it.
pub fn set_call_slot(call: crate::typeobj::CallFn) {
    let ty = FUNCTION_TYPE.payload();
    ty.slots.call.set(Some(call));
    let dict = ty.dict();
    if let Some(d) = dict.downcast::<Dict>() {
        let slots = SlotDefs {
            call: Some(call),
            ..SlotDefs::NONE
        };
        crate::descr::add_slot_wrappers(&TypeRef::from_static(&FUNCTION_TYPE), &slots, d);
    }
}

/// A bound method (`PyMethodObject`).
pub struct Method {
    pub func: Value,
    pub this: Value,
}

impl Method {
    pub fn new(func: Value, this: Value) -> Value {
        Ref::new(Method { func, this }).into_value()
    }
}

fn method_call(m: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let meth = m.downcast::<Method>().expect("method");
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(meth.this.clone());
    full.extend_from_slice(args);
    protocol::call(&meth.func, &full, kwnames)
}

fn method_repr(m: &Value) -> PyResult {
    let meth = m.downcast::<Method>().expect("method");
    let name = protocol::getattr_opt(&meth.func, &crate::str::intern("__qualname__"))?
        .or(protocol::getattr_opt(
            &meth.func,
            &crate::str::intern("__name__"),
        )?)
        .map(|n| protocol::str_lossy(&n))
        .unwrap_or_else(|| "?".into());
    Ok(PyStr::new(&format!(
        "<bound method {name} of {}>",
        protocol::repr_string(&meth.this)?
    )))
}

fn method_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<Method>(), b.downcast::<Method>()) else {
        return Ok(not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let eq = x.this.is(&y.this) && protocol::eq(&x.func, &y.func)?;
    Ok(crate::bool::py_bool(eq == (op == CompareOp::Eq)))
}

fn method_hash(m: &Value) -> PyResult<i64> {
    let meth = m.downcast::<Method>().expect("method");
    Ok(crate::hash::fix_hash(
        (meth.this.word() as i64).rotate_right(4) ^ protocol::hash(&meth.func)?,
    ))
}

fn method_getattro(m: &Value, name: &Value) -> PyResult {
    if let Some(v) = protocol::generic_getattr_opt(m, name)? {
        return Ok(v);
    }
    let meth = m.downcast::<Method>().expect("method");
    protocol::getattr(&meth.func, name)
}

/// `method.__reduce__`: `(getattr, (self.__self__, self.__func__.__name__))`.
fn method_reduce(m: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    let meth = m.downcast::<Method>().expect("method");
    let name = protocol::getattr_str(&meth.func, "__name__")?;
    Ok(Tuple::new(vec![
        crate::module::builtin("getattr")?,
        Tuple::new(vec![meth.this.clone(), name]),
    ]))
}

fn method_get(m: &Value, _obj: Option<&Value>, _ty: &Value) -> PyResult {
    Ok(m.clone())
}

/// `meth_traverse` (bound methods have no `tp_clear`: their fields are fixed).
fn method_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(m) = v.downcast::<Method>() {
        visit(&m.func);
        visit(&m.this);
    }
}

builtin_type!(pub static METHOD_TYPE: Method = TypeSpec {
    name: "method",
    doc: Some("method(function, instance, /)\n--\n\nCreate a bound instance method object."),
    flags: flags::IMMUTABLETYPE | flags::WEAKREFABLE,
    slots: SlotDefs {
        traverse: Some(method_traverse),
        call: Some(method_call),
        repr: Some(method_repr),
        richcompare: Some(method_richcompare),
        hash: Some(method_hash),
        getattro: Some(method_getattro),
        descr_get: Some(method_get),
        new: Some(method_new),
        ..SlotDefs::NONE
    },
    methods: &[MethodDef::new("__reduce__", method_reduce, "")],
    getsets: &[
        GetSetDef::member("__func__", |v| Ok(v.downcast::<Method>().expect("method").func.clone()), None),
        GetSetDef::member("__self__", |v| Ok(v.downcast::<Method>().expect("method").this.clone()), None),
        GetSetDef::getter("__doc__", |v| protocol::getattr_str(&v.downcast::<Method>().expect("method").func, "__doc__")),
    ],
    ..TypeSpec::DEFAULT
});

fn method_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    a.no_keywords("method")?;
    let v = a.range("method", "method", 2, 2)?;
    if v[0].type_obj().payload().slots.call.get().is_none() {
        return Err(type_error("first argument must be callable"));
    }
    if is_none(&v[1]) {
        return Err(type_error("instance must not be None"));
    }
    Ok(Method::new(v[0].clone(), v[1].clone()))
}

/// A cell (`PyCellObject`) for closures.
pub struct Cell(RefCell<Option<Value>>);

impl Cell {
    pub fn new_value(contents: Option<Value>) -> Value {
        Ref::new(Cell(RefCell::new(contents))).into_value()
    }

    pub fn get(&self) -> Option<Value> {
        self.0.borrow().clone()
    }

    pub fn set(&self, v: Option<Value>) {
        let old = std::mem::replace(&mut *self.0.borrow_mut(), v);
        drop(old);
    }
}

fn cell_repr(v: &Value) -> PyResult {
    let c = v.downcast::<Cell>().expect("cell");
    Ok(PyStr::new(&match c.get() {
        None => format!("<cell at {:#x}: empty>", v.word()),
        Some(x) => format!(
            "<cell at {:#x}: {} object at {:#x}>",
            v.word(),
            protocol::type_name(&x),
            x.word()
        ),
    }))
}

fn cell_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<Cell>(), b.downcast::<Cell>()) else {
        return Ok(not_implemented());
    };
    match (x.get(), y.get()) {
        (Some(p), Some(q)) => protocol::richcompare(&p, &q, op),
        (p, q) => Ok(crate::bool::py_bool(op.test(p.is_some().cmp(&q.is_some())))),
    }
}

fn cell_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    a.no_keywords("cell")?;
    let v = a.range("cell", "cell", 0, 1)?;
    Ok(Cell::new_value(v.first().cloned()))
}

fn cell_get_contents(v: &Value) -> PyResult {
    v.downcast::<Cell>()
        .expect("cell")
        .get()
        .ok_or_else(|| crate::err::value_error("Cell is empty"))
}

fn cell_set_contents(v: &Value, x: Option<&Value>) -> PyResult<()> {
    v.downcast::<Cell>().expect("cell").set(x.cloned());
    Ok(())
}

/// `cell_traverse`.
fn cell_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(c) = v.downcast::<Cell>() {
        crate::gc::visit_optional(&c.0, visit);
    }
}

/// `cell_clear`: the cell becomes empty.
fn cell_clear(v: &Value) {
    if let Some(c) = v.downcast::<Cell>() {
        crate::gc::clear_optional(&c.0);
    }
}

builtin_type!(pub static CELL_TYPE: Cell = TypeSpec {
    name: "cell",
    doc: Some("cell([contents])\n--\n\nCreate a new cell object.\n\n  contents\n    the contents of the cell. If not specified, the cell will be empty,\n    and \n further attempts to access its cell_contents attribute will\n    raise a ValueError."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs {
        traverse: Some(cell_traverse),
        clear: Some(cell_clear),
        repr: Some(cell_repr),
        unhashable: true,
        richcompare: Some(cell_richcompare),
        new: Some(cell_new),
        ..SlotDefs::NONE
    },
    getsets: &[GetSetDef::with_setter("cell_contents", cell_get_contents, cell_set_contents)],
    ..TypeSpec::DEFAULT
});

/// `staticmethod` and `classmethod` share this layout: the callable and a
/// `__dict__` for copied function attributes.
pub struct StaticMethod {
    pub callable: RefCell<Value>,
}

pub fn static_method(f: Value) -> Value {
    Ref::new(StaticMethod {
        callable: RefCell::new(f),
    })
    .into_value()
}

pub fn class_method(f: Value) -> Value {
    alloc_typed(
        &TypeRef::from_static(&CLASSMETHOD_TYPE),
        StaticMethod {
            callable: RefCell::new(f),
        },
    )
}

fn sm_callable(v: &Value) -> Value {
    v.downcast::<StaticMethod>()
        .expect("staticmethod")
        .callable
        .borrow()
        .clone()
}

fn staticmethod_get(v: &Value, _obj: Option<&Value>, _ty: &Value) -> PyResult {
    Ok(sm_callable(v))
}

fn classmethod_get(v: &Value, obj: Option<&Value>, ty: &Value) -> PyResult {
    let ty = match obj {
        Some(o) if crate::none::is_none(ty) => o.type_value(),
        _ => ty.clone(),
    };
    Ok(Method::new(sm_callable(v), ty))
}

fn sm_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    let name = protocol::type_name(v);
    a.no_keywords(&name)?;
    let f = a.range(&name, &name, 1, 1)?;
    *v.downcast::<StaticMethod>()
        .expect("staticmethod")
        .callable
        .borrow_mut() = f[0].clone();
    // Copy the function's identifying attributes (functools.wraps-like).
    if let Some(d) = protocol::instance_dict(v) {
        let d = d.downcast::<Dict>().expect("dict");
        for attr in ["__module__", "__name__", "__qualname__", "__doc__"] {
            if let Some(x) = protocol::getattr_opt(&f[0], &crate::str::intern(attr))? {
                d.set_str(attr, x);
            }
        }
    }
    Ok(())
}

fn sm_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        StaticMethod {
            callable: RefCell::new(none()),
        },
    ))
}

fn sm_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    protocol::call(&sm_callable(v), args, kwnames)
}

fn sm_repr(v: &Value) -> PyResult {
    Ok(PyStr::new(&format!(
        "<{}({})>",
        protocol::type_name(v),
        protocol::repr_string(&sm_callable(v))?
    )))
}

fn sm_isabstract(v: &Value) -> PyResult {
    match protocol::getattr_opt(&sm_callable(v), &crate::str::intern("__isabstractmethod__"))? {
        Some(x) => Ok(crate::bool::py_bool(protocol::is_true(&x)?)),
        None => Ok(crate::bool::py_bool(false)),
    }
}

/// `descriptor_get_wrapped_attribute`: the wrapper's own `__dict__` entry,
/// else the wrapped callable's attribute, cached in that dict.
fn wrapped_attribute(v: &Value, name: &str) -> PyResult {
    let dict = protocol::instance_dict(v);
    let d = dict.as_ref().and_then(|d| d.downcast::<Dict>());
    if let Some(x) = d.and_then(|d| d.get_str(&crate::str::intern(name))) {
        return Ok(x);
    }
    let x = protocol::getattr_str(&sm_callable(v), name)?;
    if let Some(d) = d {
        d.set_str(name, x.clone());
    }
    Ok(x)
}

/// `descriptor_set_wrapped_attribute`: stored in (or deleted from) the
/// wrapper's own `__dict__`.
fn set_wrapped_attribute(v: &Value, name: &str, value: Option<&Value>) -> PyResult<()> {
    let dict = protocol::instance_dict(v).ok_or_else(|| type_error("no __dict__"))?;
    let d = dict.downcast::<Dict>().expect("dict");
    let key = crate::str::intern(name);
    match value {
        Some(x) => d.set_item(key, x.clone()),
        None if d.pop_item(&key)?.is_some() => Ok(()),
        None => Err(PyErr::from_instance(exceptions::new_exception_args(
            &exceptions::ATTRIBUTE_ERROR,
            Tuple::new(vec![key]),
        ))),
    }
}

const SM_GETSETS: &[GetSetDef] = &[
    GetSetDef::member("__func__", |v| Ok(sm_callable(v)), None),
    GetSetDef::member("__wrapped__", |v| Ok(sm_callable(v)), None),
    GetSetDef::getter("__isabstractmethod__", sm_isabstract),
    GetSetDef::with_setter(
        "__annotations__",
        |v| wrapped_attribute(v, "__annotations__"),
        |v, x| set_wrapped_attribute(v, "__annotations__", x),
    ),
    GetSetDef::with_setter(
        "__annotate__",
        |v| wrapped_attribute(v, "__annotate__"),
        |v, x| set_wrapped_attribute(v, "__annotate__", x),
    ),
    GetSetDef::getter("__dict__", |v| {
        Ok(protocol::instance_dict(v).unwrap_or_else(Dict::new_value))
    }),
];

/// `sm_traverse` / `cm_traverse`.
fn sm_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(sm) = v.downcast::<StaticMethod>() {
        crate::gc::visit_field(&sm.callable, visit);
    }
}

/// `sm_clear` / `cm_clear`: the wrapped callable becomes None.
fn sm_clear(v: &Value) {
    if let Some(sm) = v.downcast::<StaticMethod>() {
        crate::gc::clear_field(&sm.callable);
    }
}

builtin_type!(pub static STATICMETHOD_TYPE: StaticMethod = TypeSpec {
    name: "staticmethod",
    doc: Some("staticmethod(function, /)\n--\n\nConvert a function to be a static method.\n\nA static method does not receive an implicit first argument.\nTo declare a static method, use this idiom:\n\n     class C:\n         @staticmethod\n         def f(arg1, arg2, argN):\n             ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()). Both the class and the instance are ignored, and\nneither is passed implicitly as the first argument to the method.\n\nStatic methods in Python are similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod builtin."),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs {
        traverse: Some(sm_traverse),
        clear: Some(sm_clear),
        descr_get: Some(staticmethod_get),
        init: Some(sm_init),
        new: Some(sm_new),
        call: Some(sm_call),
        repr: Some(sm_repr),
        ..SlotDefs::NONE
    },
    methods: &[crate::genericalias::CLASS_GETITEM_UNDOCUMENTED_DEF],
    getsets: SM_GETSETS,
    ..TypeSpec::DEFAULT
});

crate::builtin_subtype!(pub static CLASSMETHOD_TYPE: StaticMethod as STATICMETHOD_TYPE = TypeSpec {
    name: "classmethod",
    doc: Some("classmethod(function, /)\n--\n\nConvert a function to be a class method.\n\nA class method receives the class as implicit first argument,\njust like an instance method receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      @classmethod\n      def f(cls, arg1, arg2, argN):\n          ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is ignored except for its class.\nIf a class method is called for a derived class, the derived class\nobject is passed as the implied first argument.\n\nClass methods are different than C++ or Java static methods.\nIf you want those, see the staticmethod builtin."),
    base: Some(&crate::typeobj::OBJECT_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs {
        traverse: Some(sm_traverse),
        clear: Some(sm_clear),
        descr_get: Some(classmethod_get),
        init: Some(sm_init),
        new: Some(sm_new),
        repr: Some(sm_repr),
        ..SlotDefs::NONE
    },
    methods: &[crate::genericalias::CLASS_GETITEM_UNDOCUMENTED_DEF],
    getsets: SM_GETSETS,
    ..TypeSpec::DEFAULT
});

/// `property`: fget/fset/fdel/doc and the name from `__set_name__`.
pub struct Property {
    fget: RefCell<Value>,
    fset: RefCell<Value>,
    fdel: RefCell<Value>,
    doc: RefCell<Value>,
    name: RefCell<Value>,
    /// `getter_doc`: `doc` was taken from `fget`, so copies made with a new
    /// getter take that getter's doc instead.
    getter_doc: StdCell<bool>,
}

fn prop(v: &Value) -> &Property {
    v.downcast::<Property>().expect("property")
}

impl Property {
    /// The getter (`None` when there is none).
    pub fn fget(&self) -> Value {
        self.fget.borrow().clone()
    }
}

/// `property_name`: the name from `__set_name__`, else `fget.__name__`;
/// empty when there is neither.
fn property_qualified_name(v: &Value) -> String {
    let p = prop(v);
    let mut name = p.name.borrow().clone();
    if is_none(&name) {
        let fget = p.fget.borrow().clone();
        name = match protocol::getattr_opt(&fget, &crate::str::intern("__name__")) {
            Ok(Some(n)) if !is_none(&fget) => n,
            _ => return String::new(),
        };
    }
    protocol::str_lossy(&name)
}

fn property_get(v: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    let Some(obj) = obj else {
        return Ok(v.clone());
    };
    let fget = prop(v).fget.borrow().clone();
    if is_none(&fget) {
        let name = property_qualified_name(v);
        let msg = if name.is_empty() {
            format!(
                "property of '{}' object has no getter",
                protocol::type_name(obj)
            )
        } else {
            format!(
                "property '{name}' of '{}' object has no getter",
                protocol::type_name(obj)
            )
        };
        return Err(exceptions::attribute_error(
            msg,
            obj,
            &crate::str::intern(&name),
        ));
    }
    protocol::call1(&fget, obj.clone())
}

fn property_set(v: &Value, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    let p = prop(v);
    let (func, what) = match value {
        Some(_) => (p.fset.borrow().clone(), "setter"),
        None => (p.fdel.borrow().clone(), "deleter"),
    };
    if is_none(&func) {
        let name = property_qualified_name(v);
        let msg = if name.is_empty() {
            format!(
                "property of '{}' object has no {what}",
                protocol::type_name(obj)
            )
        } else {
            format!(
                "property '{name}' of '{}' object has no {what}",
                protocol::type_name(obj)
            )
        };
        return Err(exceptions::attribute_error(
            msg,
            obj,
            &crate::str::intern(&name),
        ));
    }
    match value {
        Some(x) => protocol::call(&func, &[obj.clone(), x.clone()], None)?,
        None => protocol::call1(&func, obj.clone())?,
    };
    Ok(())
}

fn property_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        Property {
            fget: RefCell::new(none()),
            fset: RefCell::new(none()),
            fdel: RefCell::new(none()),
            doc: RefCell::new(none()),
            name: RefCell::new(none()),
            getter_doc: StdCell::new(false),
        },
    ))
}

fn property_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [fget, fset, fdel, doc] =
        Args::new(args, kwnames).parse("property", ["fget", "fset", "fdel", "doc"], 0, 0, 4)?;
    let p = prop(v);
    let fget = fget.unwrap_or_else(none);
    *p.fset.borrow_mut() = fset.unwrap_or_else(none);
    *p.fdel.borrow_mut() = fdel.unwrap_or_else(none);
    let doc = match doc.filter(|d| !is_none(d)) {
        Some(d) => d,
        None if !is_none(&fget) => {
            let d =
                protocol::getattr_opt(&fget, &crate::str::intern("__doc__"))?.unwrap_or_else(none);
            p.getter_doc.set(!is_none(&d));
            d
        }
        None => none(),
    };
    *p.fget.borrow_mut() = fget;
    if v.downcast_exact::<Property>().is_some() {
        *p.doc.borrow_mut() = doc;
    } else if let Some(d) = protocol::instance_dict(v) {
        d.downcast::<Dict>().expect("dict").set_str("__doc__", doc);
    }
    Ok(())
}

fn property_copy(
    v: &Value,
    fget: Option<Value>,
    fset: Option<Value>,
    fdel: Option<Value>,
) -> PyResult {
    let p = prop(v);
    // A missing or None function keeps the old one.
    let keep = |new: Option<Value>, old: &RefCell<Value>| match new {
        Some(f) if !is_none(&f) => f,
        _ => old.borrow().clone(),
    };
    let fget = keep(fget, &p.fget);
    let fset = keep(fset, &p.fset);
    let fdel = keep(fdel, &p.fdel);
    let doc = if p.getter_doc.get() && !is_none(&fget) {
        none()
    } else {
        p.doc.borrow().clone()
    };
    let new = protocol::call(&v.type_value(), &[fget, fset, fdel, doc], None)?;
    if let Some(np) = new.downcast::<Property>() {
        *np.name.borrow_mut() = p.name.borrow().clone();
    }
    Ok(new)
}

fn property_getter(v: &Value, args: Args) -> PyResult {
    property_copy(v, Some(args.one("getter")?.clone()), None, None)
}

fn property_setter(v: &Value, args: Args) -> PyResult {
    property_copy(v, None, Some(args.one("setter")?.clone()), None)
}

fn property_deleter(v: &Value, args: Args) -> PyResult {
    property_copy(v, None, None, Some(args.one("deleter")?.clone()))
}

fn property_set_name(v: &Value, args: Args) -> PyResult {
    let a = args.range("__set_name__", "__set_name__", 2, 2)?;
    *prop(v).name.borrow_mut() = a[1].clone();
    Ok(none())
}

fn property_isabstract(v: &Value) -> PyResult {
    let p = prop(v);
    for f in [&p.fget, &p.fset, &p.fdel] {
        let f = f.borrow().clone();
        if let Some(x) = protocol::getattr_opt(&f, &crate::str::intern("__isabstractmethod__"))?
            && protocol::is_true(&x)?
        {
            return Ok(crate::bool::py_bool(true));
        }
    }
    Ok(crate::bool::py_bool(false))
}

/// `property_traverse`.
fn property_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let p = prop(v);
    for field in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
        crate::gc::visit_field(field, visit);
    }
}

/// `property_clear`: the accessors become None.
fn property_clear(v: &Value) {
    let p = prop(v);
    for field in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
        crate::gc::clear_field(field);
    }
}

builtin_type!(pub static PROPERTY_TYPE: Property = TypeSpec {
    name: "property",
    doc: Some("property(fget=None, fset=None, fdel=None, doc=None)\n--\n\nProperty attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n        del self._x"),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        traverse: Some(property_traverse),
        clear: Some(property_clear),
        descr_get: Some(property_get),
        descr_set: Some(property_set),
        new: Some(property_new),
        init: Some(property_init),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("getter", property_getter, "Descriptor to obtain a copy of the property with a different getter."),
        MethodDef::new("setter", property_setter, "Descriptor to obtain a copy of the property with a different setter."),
        MethodDef::new("deleter", property_deleter, "Descriptor to obtain a copy of the property with a different deleter."),
        MethodDef::new("__set_name__", property_set_name, "__set_name__($self, owner, name, /)\n--\n\nMethod to set name of a property."),
    ],
    getsets: &[
        GetSetDef::member("fget", |v| Ok(prop(v).fget.borrow().clone()), None),
        GetSetDef::member("fset", |v| Ok(prop(v).fset.borrow().clone()), None),
        GetSetDef::member("fdel", |v| Ok(prop(v).fdel.borrow().clone()), None),
        GetSetDef::with_setter("__doc__", |v| Ok(prop(v).doc.borrow().clone()), |v, x| {
            *prop(v).doc.borrow_mut() = x.cloned().unwrap_or_else(none);
            Ok(())
        }),
        GetSetDef::with_setter("__name__", |v| {
            let n = prop(v).name.borrow().clone();
            if is_none(&n) {
                let fget = prop(v).fget.borrow().clone();
                return protocol::getattr_str(&fget, "__name__").map_err(|_| {
                    PyErr::new(&exceptions::ATTRIBUTE_ERROR, "'property' object has no attribute '__name__'")
                });
            }
            Ok(n)
        }, |v, x| {
            *prop(v).name.borrow_mut() = x.cloned().unwrap_or_else(none);
            Ok(())
        }),
        GetSetDef::getter("__isabstractmethod__", property_isabstract),
    ],
    ..TypeSpec::DEFAULT
});
