//! Descriptors of native code: method descriptors, builtin functions and bound builtin methods, slot wrappers and method-wrappers, getset descriptors; mirrors CPython's Objects/descrobject.c and methodobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value};
use crate::dict::Dict;
use crate::err::{PyErr, PyResult, type_error};
use crate::exceptions;
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::tuple::Tuple;
use crate::typeobj::{NB_OPS, NbOp, SlotDefs, TypeObject, UnaryOp, flags};

/// A native function or method body: `self` (the module for module-level
/// functions), then the arguments.
pub type NativeFn = fn(&Value, Args) -> PyResult;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    Instance,
    Class,
    Static,
}

/// One native method: its name, body, kind and docstring. A docstring that
/// starts with `name(signature)\n--\n\n` gives `__text_signature__`, as in
/// CPython.
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: MethodKind,
    pub doc: &'static str,
}

impl MethodDef {
    pub const fn new(name: &'static str, func: NativeFn, doc: &'static str) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Instance,
            doc,
        }
    }

    pub const fn class(name: &'static str, func: NativeFn, doc: &'static str) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Class,
            doc,
        }
    }

    pub const fn static_(name: &'static str, func: NativeFn, doc: &'static str) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Static,
            doc,
        }
    }
}

pub type Getter = fn(&Value) -> PyResult;
pub type Setter = fn(&Value, Option<&Value>) -> PyResult<()>;

/// A computed attribute (`getset_descriptor`); `member` marks the ones
/// CPython declares as `member_descriptor`s.
pub struct GetSetDef {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    pub doc: Option<&'static str>,
    pub member: bool,
}

impl GetSetDef {
    pub const fn getter(name: &'static str, get: Getter) -> GetSetDef {
        GetSetDef {
            name,
            get,
            set: None,
            doc: None,
            member: false,
        }
    }

    pub const fn member(name: &'static str, get: Getter, set: Option<Setter>) -> GetSetDef {
        GetSetDef {
            name,
            get,
            set,
            doc: None,
            member: true,
        }
    }

    pub const fn with_setter(name: &'static str, get: Getter, set: Setter) -> GetSetDef {
        GetSetDef {
            name,
            get,
            set: Some(set),
            doc: None,
            member: false,
        }
    }

    /// The same descriptor with a `__doc__`.
    pub const fn with_doc(self, doc: &'static str) -> GetSetDef {
        GetSetDef {
            doc: Some(doc),
            ..self
        }
    }
}

/// The docstring without its signature block.
pub fn doc_body(doc: &str) -> &str {
    match doc.find("\n--\n\n") {
        Some(i) if doc[..i].contains('(') => &doc[i + 5..],
        _ => doc,
    }
}

/// `__text_signature__` from a docstring's signature block.
pub fn text_signature(doc: &str) -> Option<&str> {
    let end = doc.find("\n--\n\n")?;
    let head = &doc[..end];
    let open = head.find('(')?;
    Some(&head[open..])
}

/// The C calling convention CPython declares for a native function
/// (`METH_NOARGS`, `METH_O`, `METH_FASTCALL`, with `METH_KEYWORDS`): what
/// the specializer picks a `CALL` form by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallConvention {
    NoArgs,
    One,
    Fast,
    FastKeywords,
}

impl MethodDef {
    /// The convention, read from the signature the docstring declares as
    /// Argument Clinic would have generated it: no parameters is
    /// `METH_NOARGS`; one required positional-only parameter `METH_O`;
    /// positional-only parameters `METH_FASTCALL`; anything taking
    /// keywords `METH_FASTCALL | METH_KEYWORDS`. A docstring without a
    /// signature block is read from its first line: `getattr(object, name[, default])`
    /// is positional, `max(iterable, *[, default=obj, key=func])` takes keywords.
    pub fn call_convention(&self) -> CallConvention {
        let sig = match text_signature(self.doc) {
            Some(sig) => sig,
            None => {
                let head = self.doc.lines().next().unwrap_or("");
                // Several call forms (`iter(iterable)`, `iter(callable,
                // sentinel)`) take their arguments as a vector.
                let forms: Vec<&str> = self
                    .doc
                    .lines()
                    .take_while(|l| {
                        l.starts_with(self.name) && l[self.name.len()..].starts_with('(')
                    })
                    .collect();
                if forms.len() > 1 {
                    return if forms.iter().any(|l| l.contains('=')) {
                        CallConvention::FastKeywords
                    } else {
                        CallConvention::Fast
                    };
                }
                match (head.find('('), head.find(')')) {
                    (Some(open), Some(_)) => &head[open..=head.rfind(')').unwrap_or(open)],
                    _ => return CallConvention::Fast,
                }
            }
        };
        let inner = sig
            .strip_prefix('(')
            .and_then(|s| s.strip_suffix(')'))
            .unwrap_or("");
        let mut params = Vec::new();
        let (mut depth, mut start) = (0i32, 0usize);
        for (i, c) in inner.char_indices() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    params.push(inner[start..i].trim());
                    start = i + 1;
                }
                _ => {}
            }
        }
        params.push(inner[start..].trim());
        params.retain(|p| !p.is_empty() && !p.starts_with('$'));
        let slash = params.iter().position(|p| *p == "/");
        let (positional, rest) = match slash {
            Some(i) => (&params[..i], &params[i + 1..]),
            // A docstring head without a signature block is positional.
            None if text_signature(self.doc).is_none() => (&params[..], &params[..0]),
            None => (&params[..0], &params[..]),
        };
        // Keyword parameters, or `**kwargs`, need METH_KEYWORDS; a lone
        // `*args` after the positional ones does not.
        let keywords = rest
            .iter()
            .any(|p| !p.starts_with('*') || p.starts_with("**"))
            || (text_signature(self.doc).is_none() && inner.contains('='));
        if keywords {
            return CallConvention::FastKeywords;
        }
        match positional {
            [] if rest.is_empty() => CallConvention::NoArgs,
            [one] if rest.is_empty() && !one.contains(['[', '=']) => CallConvention::One,
            _ => CallConvention::Fast,
        }
    }
}

/// `method_descriptor`, `classmethod_descriptor` and static methods of
/// built-in types.
pub struct MethodDescr {
    pub def: &'static MethodDef,
    pub owner: TypeRef,
}

/// `builtin_function_or_method`: a module function, or a method bound to
/// its `__self__`.
pub struct BuiltinFunction {
    pub def: &'static MethodDef,
    pub bound: Option<Value>,
    pub module: Option<Value>,
}

impl BuiltinFunction {
    /// A module-level function (`bound` is the module, shown as `__self__`).
    pub fn module_function(def: &'static MethodDef, module: Value, module_name: Value) -> Value {
        Ref::new(BuiltinFunction {
            def,
            bound: Some(module),
            module: Some(module_name),
        })
        .into_value()
    }
}

fn call_method_descr(descr: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let d = descr.downcast::<MethodDescr>().expect("method descriptor");
    match d.def.kind {
        MethodKind::Instance => {
            let kw = kwnames
                .and_then(|k| k.downcast::<Tuple>())
                .map_or(0, |t| t.len());
            if args.len() == kw {
                return Err(type_error(format!(
                    "unbound method {}.{}() needs an argument",
                    d.owner.name(),
                    d.def.name
                )));
            }
            let this = &args[0];
            check_self_type(d.def.name, &d.owner, this)?;
            (d.def.func)(this, Args::new(&args[1..], kwnames))
        }
        MethodKind::Class => {
            let kw = kwnames
                .and_then(|k| k.downcast::<Tuple>())
                .map_or(0, |t| t.len());
            if args.len() == kw {
                return Err(type_error(format!(
                    "descriptor '{}' of '{}' object needs an argument",
                    d.def.name,
                    d.owner.name()
                )));
            }
            check_class_arg(d.def.name, &d.owner, &args[0])?;
            (d.def.func)(&args[0], Args::new(&args[1..], kwnames))
        }
        MethodKind::Static => (d.def.func)(d.owner.value(), Args::new(args, kwnames)),
    }
}

fn check_self_type(name: &str, owner: &TypeRef, this: &Value) -> PyResult<()> {
    if !this.type_obj().payload().is_subtype(owner.payload()) {
        return Err(type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            &*owner.tp_name(),
            &*this.type_obj().payload().tp_name()
        )));
    }
    Ok(())
}

/// A class method of a built-in type runs only for that type or a subtype
/// (`classmethod_get`), so its function may rely on the class's layout.
fn check_class_arg(name: &str, owner: &TypeRef, ty: &Value) -> PyResult<()> {
    let Some(t) = ty.downcast::<TypeObject>() else {
        return Err(type_error(format!(
            "descriptor '{name}' for type '{}' needs a type, not a '{}' as arg 2",
            &*owner.tp_name(),
            &*ty.type_obj().payload().tp_name()
        )));
    };
    if !t.is_subtype(owner.payload()) {
        return Err(type_error(format!(
            "descriptor '{name}' requires a subtype of '{}' but received '{}'",
            &*owner.tp_name(),
            &*t.tp_name()
        )));
    }
    Ok(())
}

fn method_descr_get(descr: &Value, obj: Option<&Value>, ty: &Value) -> PyResult {
    let d = descr.downcast::<MethodDescr>().expect("method descriptor");
    match d.def.kind {
        MethodKind::Instance => match obj {
            None => Ok(descr.clone()),
            Some(o) => {
                check_self_type(d.def.name, &d.owner, o)?;
                Ok(bind_builtin(d.def, o.clone()))
            }
        },
        MethodKind::Class => {
            let ty = match obj {
                Some(o) if ty.downcast::<TypeObject>().is_none() => o.type_value(),
                _ => ty.clone(),
            };
            check_class_arg(d.def.name, &d.owner, &ty)?;
            Ok(bind_builtin(d.def, ty))
        }
        MethodKind::Static => Ok(bind_builtin(d.def, d.owner.value().clone())),
    }
}

/// A bound builtin method.
pub fn bind_builtin(def: &'static MethodDef, this: Value) -> Value {
    Ref::new(BuiltinFunction {
        def,
        bound: Some(this),
        module: None,
    })
    .into_value()
}

fn method_descr_repr(descr: &Value) -> PyResult {
    let d = descr.downcast::<MethodDescr>().expect("method descriptor");
    // CPython's `descr_repr` shows `tp_name` (module-qualified for types
    // outside builtins).
    Ok(PyStr::new(&format!(
        "<method '{}' of '{}' objects>",
        d.def.name,
        &*d.owner.payload().tp_name()
    )))
}

fn def_name(v: &Value) -> PyResult {
    if let Some(d) = v.downcast::<MethodDescr>() {
        return Ok(PyStr::new(d.def.name));
    }
    if let Some(f) = v.downcast::<BuiltinFunction>() {
        return Ok(PyStr::new(f.def.name));
    }
    if let Some(w) = v.downcast::<SlotWrapper>() {
        return Ok(PyStr::new(w.name));
    }
    if let Some(w) = v.downcast::<MethodWrapper>() {
        return Ok(PyStr::new(
            w.wrapper.downcast::<SlotWrapper>().map_or("", |w| w.name),
        ));
    }
    if let Some(g) = v.downcast::<GetSetDescr>() {
        return Ok(match &g.slot {
            Some((name, _)) => name.clone(),
            None => PyStr::new(g.def.name),
        });
    }
    Err(type_error("descriptor has no name"))
}

fn def_doc(v: &Value) -> PyResult {
    if let Some(m) = v.downcast::<MethodWrapper>() {
        return def_doc(&m.wrapper);
    }
    let doc = if let Some(d) = v.downcast::<MethodDescr>() {
        Some(d.def.doc)
    } else if let Some(f) = v.downcast::<BuiltinFunction>() {
        Some(f.def.doc)
    } else if let Some(w) = v.downcast::<SlotWrapper>() {
        Some(w.doc)
    } else if let Some(g) = v.downcast::<GetSetDescr>() {
        g.def.doc
    } else {
        None
    };
    Ok(match doc {
        Some(d) if !doc_body(d).is_empty() => PyStr::new(doc_body(d)),
        _ => crate::none::none(),
    })
}

fn def_text_signature(v: &Value) -> PyResult {
    if let Some(m) = v.downcast::<MethodWrapper>() {
        return def_text_signature(&m.wrapper);
    }
    let doc = if let Some(d) = v.downcast::<MethodDescr>() {
        d.def.doc
    } else if let Some(f) = v.downcast::<BuiltinFunction>() {
        f.def.doc
    } else if let Some(w) = v.downcast::<SlotWrapper>() {
        w.doc
    } else {
        ""
    };
    Ok(match text_signature(doc) {
        Some(s) => PyStr::new(s),
        None => crate::none::none(),
    })
}

fn descr_objclass(v: &Value) -> PyResult {
    if let Some(m) = v.downcast::<MethodWrapper>() {
        return descr_objclass(&m.wrapper);
    }
    if let Some(d) = v.downcast::<MethodDescr>() {
        return Ok(d.owner.value().clone());
    }
    if let Some(w) = v.downcast::<SlotWrapper>() {
        return Ok(w.owner.value().clone());
    }
    if let Some(g) = v.downcast::<GetSetDescr>() {
        return Ok(g.owner.value().clone());
    }
    Err(type_error("no __objclass__"))
}

fn descr_qualname(v: &Value) -> PyResult {
    let owner = descr_objclass(v)?;
    let name = def_name(v)?;
    let owner = owner
        .downcast::<TypeObject>()
        .map(|t| t.qualname())
        .unwrap_or(name.clone());
    Ok(PyStr::new(&format!(
        "{}.{}",
        protocol::str_lossy(&owner),
        protocol::str_lossy(&name)
    )))
}

const DESCR_GETSETS: &[GetSetDef] = &[
    GetSetDef::getter("__name__", def_name),
    GetSetDef::getter("__qualname__", descr_qualname),
    GetSetDef::getter("__doc__", def_doc),
    GetSetDef::getter("__text_signature__", def_text_signature),
    GetSetDef::member("__objclass__", descr_objclass, None),
];

/// `getset_descriptor`'s and `member_descriptor`'s: no `__text_signature__`.
const ATTRIBUTE_DESCR_GETSETS: &[GetSetDef] = &[
    GetSetDef::getter("__name__", def_name),
    GetSetDef::getter("__qualname__", descr_qualname),
    GetSetDef::getter("__doc__", def_doc),
    GetSetDef::member("__objclass__", descr_objclass, None),
];

/// `__reduce__` of the built-in callables (`meth_reduce`, `descr_reduce`,
/// `wrapper_reduce`): a module-level function pickles as its name, the
/// others as `getattr(owner_or_self, name)`.
fn descr_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    let (holder, name) = if let Some(f) = v.downcast::<BuiltinFunction>() {
        match &f.bound {
            Some(b) if b.downcast::<crate::module::Module>().is_none() => (b.clone(), f.def.name),
            _ => return Ok(PyStr::new(f.def.name)),
        }
    } else if let Some(d) = v.downcast::<MethodDescr>() {
        (d.owner.value().clone(), d.def.name)
    } else if let Some(w) = v.downcast::<SlotWrapper>() {
        (w.owner.value().clone(), w.name)
    } else {
        let m = v.downcast::<MethodWrapper>().expect("method-wrapper");
        let w = m.wrapper.downcast::<SlotWrapper>().expect("slot wrapper");
        (m.this.clone(), w.name)
    };
    let getattr = protocol::getattr_str(&protocol::import_module("builtins")?, "getattr")?;
    Ok(Tuple::new(vec![
        getattr,
        Tuple::new(vec![holder, PyStr::new(name)]),
    ]))
}

const REDUCE_METHODS: &[MethodDef] = &[MethodDef::new(
    "__reduce__",
    descr_reduce,
    "__reduce__($self, /)\n--\n\n",
)];

/// `descr_traverse`: the owning type.
fn method_descr_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(d) = v.downcast::<MethodDescr>() {
        visit(d.owner.value());
    }
}

builtin_type!(pub static METHOD_DESCRIPTOR_TYPE: MethodDescr = TypeSpec {
    name: "method_descriptor",
    slots: SlotDefs {
        traverse: Some(method_descr_traverse),
        call: Some(call_method_descr),
        descr_get: Some(method_descr_get),
        repr: Some(method_descr_repr),
        ..SlotDefs::NONE
    },
    getsets: DESCR_GETSETS,
    flags: flags::IMMUTABLETYPE,
    methods: REDUCE_METHODS,
    ..TypeSpec::DEFAULT
});

fn call_builtin(f: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let b = f.downcast::<BuiltinFunction>().expect("builtin function");
    let this = b.bound.clone().unwrap_or_else(crate::none::none);
    (b.def.func)(&this, Args::new(args, kwnames))
}

fn builtin_repr(f: &Value) -> PyResult {
    let b = f.downcast::<BuiltinFunction>().expect("builtin function");
    let text = match (&b.bound, &b.module) {
        (Some(_), Some(_)) | (None, _) => format!("<built-in function {}>", b.def.name),
        (Some(this), None) => format!(
            "<built-in method {} of {} object at {:#x}>",
            b.def.name,
            &*this.type_obj().payload().tp_name(),
            this.word()
        ),
    };
    Ok(PyStr::new(&text))
}

fn builtin_self(f: &Value) -> PyResult {
    let b = f.downcast::<BuiltinFunction>().expect("builtin function");
    Ok(b.bound.clone().unwrap_or_else(crate::none::none))
}

fn builtin_module(f: &Value) -> PyResult {
    let b = f.downcast::<BuiltinFunction>().expect("builtin function");
    Ok(b.module.clone().unwrap_or_else(crate::none::none))
}

fn builtin_qualname(f: &Value) -> PyResult {
    let b = f.downcast::<BuiltinFunction>().expect("builtin function");
    match (&b.bound, &b.module) {
        (Some(this), None) => {
            let owner = match this.downcast::<TypeObject>() {
                Some(t) => t.qualname(),
                None => this.type_obj().payload().qualname(),
            };
            Ok(PyStr::new(&format!(
                "{}.{}",
                protocol::str_lossy(&owner),
                b.def.name
            )))
        }
        _ => Ok(PyStr::new(b.def.name)),
    }
}

fn builtin_eq(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (
        a.downcast::<BuiltinFunction>(),
        b.downcast::<BuiltinFunction>(),
    ) else {
        return Ok(crate::none::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(crate::none::not_implemented());
    }
    let same = std::ptr::eq(x.def, y.def)
        && match (&x.bound, &y.bound) {
            (Some(p), Some(q)) => p.is(q),
            (None, None) => true,
            _ => false,
        };
    Ok(crate::bool::py_bool(same == (op == CompareOp::Eq)))
}

fn builtin_hash(f: &Value) -> PyResult<i64> {
    let b = f.downcast::<BuiltinFunction>().expect("builtin function");
    let x = b.bound.as_ref().map_or(0, |v| v.word() as i64);
    Ok(crate::hash::fix_hash(
        x ^ (b.def as *const MethodDef as i64),
    ))
}

/// `meth_traverse` of a builtin function: its `__self__` and module.
fn builtin_function_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(f) = v.downcast::<BuiltinFunction>() {
        for x in f.bound.iter().chain(f.module.iter()) {
            visit(x);
        }
    }
}

builtin_type!(pub static BUILTIN_FUNCTION_TYPE: BuiltinFunction = TypeSpec {
    name: "builtin_function_or_method",
    slots: SlotDefs {
        traverse: Some(builtin_function_traverse),
        call: Some(call_builtin),
        repr: Some(builtin_repr),
        richcompare: Some(builtin_eq),
        hash: Some(builtin_hash),
        ..SlotDefs::NONE
    },
    getsets: &[
        GetSetDef::getter("__name__", def_name),
        GetSetDef::getter("__qualname__", builtin_qualname),
        GetSetDef::getter("__doc__", def_doc),
        GetSetDef::getter("__text_signature__", def_text_signature),
        GetSetDef::getter("__self__", builtin_self),
        GetSetDef::member("__module__", builtin_module, None),
    ],
    flags: flags::IMMUTABLETYPE | flags::WEAKREFABLE,
    methods: REDUCE_METHODS,
    ..TypeSpec::DEFAULT
});

/// What a slot wrapper calls: the slot function, shaped by its dunder.
#[derive(Clone, Copy)]
pub enum WrapperKind {
    Unary(crate::typeobj::UnaryFn),
    Binary(crate::typeobj::BinaryFn),
    BinaryReflected(crate::typeobj::BinaryFn),
    Pow(crate::typeobj::BinaryFn, Option<crate::typeobj::TernaryFn>),
    PowReflected(crate::typeobj::BinaryFn),
    Hash(crate::typeobj::HashFn),
    RichCompare(crate::typeobj::RichCompareFn, CompareOp),
    GetAttr(crate::typeobj::GetAttrFn),
    SetAttr(crate::typeobj::SetAttrFn),
    DelAttr(crate::typeobj::SetAttrFn),
    Call(crate::typeobj::CallFn),
    Next(crate::typeobj::IterNextFn),
    DescrGet(crate::typeobj::DescrGetFn),
    DescrSet(crate::typeobj::DescrSetFn),
    DescrDelete(crate::typeobj::DescrSetFn),
    Len(crate::typeobj::LenFn),
    Bool(crate::typeobj::BoolFn),
    SetItem(crate::typeobj::SetItemFn),
    DelItem(crate::typeobj::SetItemFn),
    Contains(crate::typeobj::ContainsFn),
    Repeat(crate::typeobj::RepeatFn),
    Init(crate::typeobj::InitFn),
    Finalize(crate::typeobj::FinalizeFn),
}

/// `wrapper_descriptor`: a slot exposed as a dunder (`int.__add__`).
pub struct SlotWrapper {
    pub name: &'static str,
    pub owner: TypeRef,
    pub kind: WrapperKind,
    pub doc: &'static str,
}

/// `method-wrapper`: a slot wrapper bound to an instance.
pub struct MethodWrapper {
    pub wrapper: Value,
    pub this: Value,
}

fn expect_args(args: &[Value], n: usize) -> PyResult<()> {
    if args.len() != n {
        return Err(type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(())
}

fn run_wrapper(w: &SlotWrapper, this: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    use WrapperKind as K;
    let none = crate::none::none;
    let kw = kwnames
        .and_then(|k| k.downcast::<Tuple>())
        .map_or(0, |t| t.len());
    if kw != 0 && !matches!(w.kind, K::Call(_) | K::Init(_)) {
        return Err(type_error(format!(
            "wrapper {}() takes no keyword arguments",
            w.name
        )));
    }
    match w.kind {
        K::Unary(f) => {
            expect_args(args, 0)?;
            f(this)
        }
        K::Binary(f) => {
            expect_args(args, 1)?;
            f(this, &args[0])
        }
        K::BinaryReflected(f) => {
            expect_args(args, 1)?;
            f(&args[0], this)
        }
        K::Pow(f, ternary) => {
            if args.is_empty() || args.len() > 2 {
                return Err(type_error(format!(
                    "expected 1 or 2 arguments, got {}",
                    args.len()
                )));
            }
            match (args.get(1), ternary) {
                (Some(m), Some(t)) if !crate::none::is_none(m) => t(this, &args[0], m),
                _ => f(this, &args[0]),
            }
        }
        K::PowReflected(f) => {
            if args.is_empty() || args.len() > 2 {
                return Err(type_error(format!(
                    "expected 1 or 2 arguments, got {}",
                    args.len()
                )));
            }
            f(&args[0], this)
        }
        K::Hash(f) => {
            expect_args(args, 0)?;
            Ok(crate::int::from_i64(f(this)?))
        }
        K::RichCompare(f, op) => {
            expect_args(args, 1)?;
            f(this, &args[0], op)
        }
        K::GetAttr(f) => {
            expect_args(args, 1)?;
            f(this, &args[0])
        }
        K::SetAttr(f) => {
            expect_args(args, 2)?;
            crate::heapslots::setattr_hackcheck(this, f, "__setattr__")?;
            f(this, &args[0], Some(&args[1]))?;
            Ok(none())
        }
        K::DelAttr(f) => {
            expect_args(args, 1)?;
            crate::heapslots::setattr_hackcheck(this, f, "__delattr__")?;
            f(this, &args[0], None)?;
            Ok(none())
        }
        K::Call(f) => f(this, args, kwnames),
        K::Finalize(f) => {
            expect_args(args, 0)?;
            f(this);
            Ok(none())
        }
        K::Next(f) => {
            expect_args(args, 0)?;
            match f(this)? {
                Some(v) => Ok(v),
                None => Err(PyErr::empty(&exceptions::STOP_ITERATION)),
            }
        }
        K::DescrGet(f) => {
            // `PyArg_UnpackTuple(args, "__get__", 1, 2, ...)`.
            if args.is_empty() || args.len() > 2 {
                return Err(type_error(format!(
                    "__get__ expected at {} argument{}, got {}",
                    if args.is_empty() { "least 1" } else { "most 2" },
                    if args.is_empty() { "" } else { "s" },
                    args.len()
                )));
            }
            let obj = (!crate::none::is_none(&args[0])).then_some(&args[0]);
            let ty = args.get(1).filter(|t| !crate::none::is_none(t));
            if obj.is_none() && ty.is_none() {
                return Err(type_error("__get__(None, None) is invalid"));
            }
            let ty = ty.cloned().unwrap_or_else(|| args[0].type_value());
            f(this, obj, &ty)
        }
        K::DescrSet(f) => {
            expect_args(args, 2)?;
            f(this, &args[0], Some(&args[1]))?;
            Ok(none())
        }
        K::DescrDelete(f) => {
            expect_args(args, 1)?;
            f(this, &args[0], None)?;
            Ok(none())
        }
        K::Len(f) => {
            expect_args(args, 0)?;
            Ok(crate::int::from_usize(f(this)?))
        }
        K::Bool(f) => {
            expect_args(args, 0)?;
            Ok(crate::bool::py_bool(f(this)?))
        }
        K::SetItem(f) => {
            expect_args(args, 2)?;
            f(this, &args[0], Some(&args[1]))?;
            Ok(none())
        }
        K::DelItem(f) => {
            expect_args(args, 1)?;
            f(this, &args[0], None)?;
            Ok(none())
        }
        K::Contains(f) => {
            expect_args(args, 1)?;
            Ok(crate::bool::py_bool(f(this, &args[0])?))
        }
        K::Repeat(f) => {
            expect_args(args, 1)?;
            let n = protocol::index_as_isize(&args[0])?;
            f(this, n)
        }
        K::Init(f) => {
            f(this, args, kwnames)?;
            Ok(none())
        }
    }
}

fn call_slot_wrapper(descr: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let w = descr.downcast::<SlotWrapper>().expect("slot wrapper");
    let Some(this) = args.first() else {
        return Err(type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            w.name,
            w.owner.name()
        )));
    };
    if !this.type_obj().payload().is_subtype(w.owner.payload()) {
        return Err(type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            w.name,
            &*w.owner.tp_name(),
            &*this.type_obj().payload().tp_name()
        )));
    }
    run_wrapper(w, this, &args[1..], kwnames)
}

fn slot_wrapper_get(descr: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    let w = descr.downcast::<SlotWrapper>().expect("slot wrapper");
    match obj {
        None => Ok(descr.clone()),
        Some(o) => {
            if !o.type_obj().payload().is_subtype(w.owner.payload()) {
                return Err(type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    w.name,
                    &*w.owner.tp_name(),
                    &*o.type_obj().payload().tp_name()
                )));
            }
            Ok(Ref::new(MethodWrapper {
                wrapper: descr.clone(),
                this: o.clone(),
            })
            .into_value())
        }
    }
}

fn slot_wrapper_repr(descr: &Value) -> PyResult {
    let w = descr.downcast::<SlotWrapper>().expect("slot wrapper");
    Ok(PyStr::new(&format!(
        "<slot wrapper '{}' of '{}' objects>",
        w.name,
        &*w.owner.payload().tp_name()
    )))
}

/// `descr_traverse` of a slot wrapper.
fn slot_wrapper_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(w) = v.downcast::<SlotWrapper>() {
        visit(w.owner.value());
    }
}

builtin_type!(pub static WRAPPER_DESCRIPTOR_TYPE: SlotWrapper = TypeSpec {
    name: "wrapper_descriptor",
    slots: SlotDefs {
        traverse: Some(slot_wrapper_traverse),
        call: Some(call_slot_wrapper),
        descr_get: Some(slot_wrapper_get),
        repr: Some(slot_wrapper_repr),
        ..SlotDefs::NONE
    },
    getsets: DESCR_GETSETS,
    flags: flags::IMMUTABLETYPE,
    methods: REDUCE_METHODS,
    ..TypeSpec::DEFAULT
});

fn call_method_wrapper(mw: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let m = mw.downcast::<MethodWrapper>().expect("method-wrapper");
    let w = m.wrapper.downcast::<SlotWrapper>().expect("slot wrapper");
    run_wrapper(w, &m.this, args, kwnames)
}

fn method_wrapper_repr(mw: &Value) -> PyResult {
    let m = mw.downcast::<MethodWrapper>().expect("method-wrapper");
    let w = m.wrapper.downcast::<SlotWrapper>().expect("slot wrapper");
    Ok(PyStr::new(&format!(
        "<method-wrapper '{}' of {} object at {:#x}>",
        w.name,
        m.this.type_obj().payload().name(),
        m.this.word()
    )))
}

fn method_wrapper_self(mw: &Value) -> PyResult {
    Ok(mw
        .downcast::<MethodWrapper>()
        .expect("method-wrapper")
        .this
        .clone())
}

/// The slot wrapper a method-wrapper binds.
fn wrapped_slot(mw: &Value) -> &Value {
    &mw.downcast::<MethodWrapper>()
        .expect("method-wrapper")
        .wrapper
}

fn method_wrapper_name(mw: &Value) -> PyResult {
    def_name(
        &mw.downcast::<MethodWrapper>()
            .expect("method-wrapper")
            .wrapper,
    )
}

/// `wrapper_traverse`.
fn method_wrapper_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(w) = v.downcast::<MethodWrapper>() {
        visit(&w.wrapper);
        visit(&w.this);
    }
}

builtin_type!(pub static METHOD_WRAPPER_TYPE: MethodWrapper = TypeSpec {
    name: "method-wrapper",
    slots: SlotDefs {
        traverse: Some(method_wrapper_traverse),
        call: Some(call_method_wrapper),
        repr: Some(method_wrapper_repr),
        ..SlotDefs::NONE
    },
    getsets: &[
        GetSetDef::getter("__name__", method_wrapper_name),
        GetSetDef::getter("__qualname__", |mw| descr_qualname(wrapped_slot(mw))),
        GetSetDef::getter("__doc__", |mw| def_doc(wrapped_slot(mw))),
        GetSetDef::getter("__text_signature__", |mw| def_text_signature(wrapped_slot(mw))),
        GetSetDef::member("__objclass__", |mw| descr_objclass(wrapped_slot(mw)), None),
        GetSetDef::getter("__self__", method_wrapper_self),
    ],
    flags: flags::IMMUTABLETYPE,
    methods: REDUCE_METHODS,
    ..TypeSpec::DEFAULT
});

/// `getset_descriptor` / `member_descriptor`; `slot` is set for the
/// members `__slots__` creates (name and extras index).
pub struct GetSetDescr {
    pub def: &'static GetSetDef,
    pub owner: TypeRef,
    pub slot: Option<(Value, usize)>,
}

fn getset_get(descr: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    let g = descr.downcast::<GetSetDescr>().expect("getset");
    let Some(o) = obj else {
        return Ok(descr.clone());
    };
    check_getset_owner(g, o)?;
    match &g.slot {
        Some((name, index)) => o.get_extra(*index).ok_or_else(|| {
            exceptions::attribute_error(
                format!(
                    "'{}' object has no attribute '{}'",
                    o.type_obj().payload().name(),
                    protocol::str_lossy(name)
                ),
                o,
                name,
            )
        }),
        None => (g.def.get)(o),
    }
}

fn check_getset_owner(g: &GetSetDescr, o: &Value) -> PyResult<()> {
    if !o.type_obj().payload().is_subtype(g.owner.payload()) {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            g.def.name,
            &*g.owner.tp_name(),
            &*o.type_obj().payload().tp_name()
        )));
    }
    Ok(())
}

fn getset_set(descr: &Value, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    let g = descr.downcast::<GetSetDescr>().expect("getset");
    check_getset_owner(g, obj)?;
    if let Some((name, index)) = &g.slot {
        let old = obj.set_extra(*index, value.cloned());
        // `member_set` deleting an unset slot: the error is just the name.
        if value.is_none() && old.is_none() {
            // `PyMember_SetOne` names only the attribute here.
            return Err(exceptions::attribute_error(
                protocol::str_lossy(name),
                obj,
                name,
            ));
        }
        drop(old);
        return Ok(());
    }
    match g.def.set {
        Some(set) => set(obj, value),
        None if g.def.member => Err(PyErr::new(
            &exceptions::ATTRIBUTE_ERROR,
            "readonly attribute",
        )),
        None => Err(PyErr::new(
            &exceptions::ATTRIBUTE_ERROR,
            format!(
                "attribute '{}' of '{}' objects is not writable",
                g.def.name,
                &*g.owner.tp_name()
            ),
        )),
    }
}

fn getset_repr(descr: &Value) -> PyResult {
    let g = descr.downcast::<GetSetDescr>().expect("getset");
    let what = if g.def.member { "member" } else { "attribute" };
    let name = match &g.slot {
        Some((n, _)) => protocol::str_lossy(n),
        None => g.def.name.to_string(),
    };
    Ok(PyStr::new(&format!(
        "<{what} '{name}' of '{}' objects>",
        g.owner.tp_name()
    )))
}

/// `descr_traverse` of a getset or member descriptor.
fn getset_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(g) = v.downcast::<GetSetDescr>() {
        visit(g.owner.value());
        if let Some((name, _)) = &g.slot {
            visit(name);
        }
    }
}

builtin_type!(pub static GETSET_DESCRIPTOR_TYPE: GetSetDescr = TypeSpec {
    name: "getset_descriptor",
    slots: SlotDefs {
        traverse: Some(getset_traverse),
        descr_get: Some(getset_get),
        descr_set: Some(getset_set),
        repr: Some(getset_repr),
        ..SlotDefs::NONE
    },
    getsets: ATTRIBUTE_DESCR_GETSETS,
    flags: flags::IMMUTABLETYPE,
    ..TypeSpec::DEFAULT
});

crate::builtin_subtype!(pub static MEMBER_DESCRIPTOR_TYPE: GetSetDescr as GETSET_DESCRIPTOR_TYPE = TypeSpec {
    name: "member_descriptor",
    slots: SlotDefs {
        traverse: Some(getset_traverse),
        descr_get: Some(getset_get),
        descr_set: Some(getset_set),
        repr: Some(getset_repr),
        ..SlotDefs::NONE
    },
    getsets: ATTRIBUTE_DESCR_GETSETS,
    flags: flags::IMMUTABLETYPE,
    ..TypeSpec::DEFAULT
});

crate::builtin_subtype!(pub static CLASSMETHOD_DESCRIPTOR_TYPE: MethodDescr as METHOD_DESCRIPTOR_TYPE = TypeSpec {
    name: "classmethod_descriptor",
    slots: SlotDefs {
        traverse: Some(method_descr_traverse),
        call: Some(call_method_descr),
        descr_get: Some(method_descr_get),
        repr: Some(method_descr_repr),
        ..SlotDefs::NONE
    },
    getsets: DESCR_GETSETS,
    flags: flags::IMMUTABLETYPE,
    methods: REDUCE_METHODS,
    ..TypeSpec::DEFAULT
});

/// The dict entry for a native method of `owner`.
pub fn method_descriptor(owner: &TypeRef, def: &'static MethodDef) -> Value {
    match def.kind {
        MethodKind::Instance => Ref::new(MethodDescr {
            def,
            owner: owner.clone(),
        })
        .into_value(),
        MethodKind::Class => crate::core::alloc_typed(
            &TypeRef::from_static(&CLASSMETHOD_DESCRIPTOR_TYPE),
            MethodDescr {
                def,
                owner: owner.clone(),
            },
        ),
        MethodKind::Static => {
            crate::functype::static_method(bind_builtin(def, owner.value().clone()))
        }
    }
}

/// The dict entry for a getset of `owner`.
pub fn getset_descriptor(owner: &TypeRef, def: &'static GetSetDef) -> Value {
    let ty = if def.member {
        &MEMBER_DESCRIPTOR_TYPE
    } else {
        &GETSET_DESCRIPTOR_TYPE
    };
    crate::core::alloc_typed(
        &TypeRef::from_static(ty),
        GetSetDescr {
            def,
            owner: owner.clone(),
            slot: None,
        },
    )
}

static SLOT_MEMBER_DEF: GetSetDef = GetSetDef::member("", |_| Ok(crate::none::none()), None);

/// The member descriptor of one `__slots__` name of a Python class.
pub fn slot_member(owner: &TypeRef, name: Value, index: usize) -> Value {
    crate::core::alloc_typed(
        &TypeRef::from_static(&MEMBER_DESCRIPTOR_TYPE),
        GetSetDescr {
            def: &SLOT_MEMBER_DEF,
            owner: owner.clone(),
            slot: Some((name, index)),
        },
    )
}

fn instance_dict_get(v: &Value) -> PyResult {
    protocol::instance_dict(v).ok_or_else(|| type_error("This object has no __dict__"))
}

fn instance_dict_set(v: &Value, value: Option<&Value>) -> PyResult<()> {
    match value {
        Some(d) if d.downcast::<Dict>().is_some() => {
            let index = v
                .type_obj()
                .payload()
                .dict_index()
                .ok_or_else(|| type_error("This object has no __dict__"))?;
            drop(v.set_extra(index, Some(d.clone())));
            Ok(())
        }
        Some(d) => Err(type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            protocol::type_name(d)
        ))),
        None => Err(type_error("cannot delete __dict__")),
    }
}

/// The `__dict__` getset of types whose instances have a dict (`dict_descriptor` for Python classes).
pub const DICT_DEF: GetSetDef = GetSetDef {
    name: "__dict__",
    get: instance_dict_get,
    set: Some(instance_dict_set),
    doc: Some("dictionary for instance variables"),
    member: false,
};

/// The `__weakref__` getset of classes whose instances may be weakly referenced.
pub const WEAKREF_DEF: GetSetDef = GetSetDef {
    name: "__weakref__",
    get: crate::types::weakref::first_weakref,
    set: None,
    doc: Some("list of weak references to the object"),
    member: false,
};

/// The `__weakref__` descriptor of a class (`subtype_getweakref`).
pub fn weakref_descriptor(owner: &TypeRef) -> Value {
    getset_descriptor(owner, &WEAKREF_DEF)
}

/// The `__dict__` descriptor of a Python class whose instances have one.
pub fn dict_descriptor(owner: &TypeRef) -> Value {
    getset_descriptor(owner, &DICT_DEF)
}

fn wrapper(owner: &TypeRef, name: &'static str, kind: WrapperKind, doc: &'static str) -> Value {
    Ref::new(SlotWrapper {
        name,
        owner: owner.clone(),
        kind,
        doc,
    })
    .into_value()
}

/// `Py_GenericAlias` as the `__class_getitem__` class method of built-in
/// generic types (`list[int]`).
pub fn class_getitem(cls: &Value, args: Args) -> PyResult {
    let item = args.one("__class_getitem__")?;
    crate::types::genericalias::new(cls.clone(), item.clone())
}

/// `add_operators`: one slot wrapper per dunder the type's own slots define.
pub fn add_slot_wrappers(owner: &TypeRef, s: &SlotDefs, d: &Dict) {
    use WrapperKind as K;
    let add = |name: &'static str, kind: WrapperKind, doc: &'static str| {
        if d.get_str(&crate::str::intern(name)).is_none() {
            d.set_str(name, wrapper(owner, name, kind, doc));
        }
    };
    if let Some(f) = s.repr {
        add(
            "__repr__",
            K::Unary(f),
            "__repr__($self, /)\n--\n\nReturn repr(self).",
        );
    }
    if let Some(f) = s.hash {
        add(
            "__hash__",
            K::Hash(f),
            "__hash__($self, /)\n--\n\nReturn hash(self).",
        );
    }
    if let Some(f) = s.call {
        add(
            "__call__",
            K::Call(f),
            "__call__($self, /, *args, **kwargs)\n--\n\nCall self as a function.",
        );
    }
    if let Some(f) = s.str {
        add(
            "__str__",
            K::Unary(f),
            "__str__($self, /)\n--\n\nReturn str(self).",
        );
    }
    if let Some(f) = s.getattro {
        add(
            "__getattribute__",
            K::GetAttr(f),
            "__getattribute__($self, name, /)\n--\n\nReturn getattr(self, name).",
        );
    }
    if let Some(f) = s.setattro {
        add(
            "__setattr__",
            K::SetAttr(f),
            "__setattr__($self, name, value, /)\n--\n\nImplement setattr(self, name, value).",
        );
        add(
            "__delattr__",
            K::DelAttr(f),
            "__delattr__($self, name, /)\n--\n\nImplement delattr(self, name).",
        );
    }
    if let Some(f) = s.richcompare {
        for (name, op, doc) in [
            (
                "__lt__",
                CompareOp::Lt,
                "__lt__($self, value, /)\n--\n\nReturn self<value.",
            ),
            (
                "__le__",
                CompareOp::Le,
                "__le__($self, value, /)\n--\n\nReturn self<=value.",
            ),
            (
                "__eq__",
                CompareOp::Eq,
                "__eq__($self, value, /)\n--\n\nReturn self==value.",
            ),
            (
                "__ne__",
                CompareOp::Ne,
                "__ne__($self, value, /)\n--\n\nReturn self!=value.",
            ),
            (
                "__gt__",
                CompareOp::Gt,
                "__gt__($self, value, /)\n--\n\nReturn self>value.",
            ),
            (
                "__ge__",
                CompareOp::Ge,
                "__ge__($self, value, /)\n--\n\nReturn self>=value.",
            ),
        ] {
            add(name, K::RichCompare(f, op), doc);
        }
    }
    if let Some(f) = s.iter {
        add(
            "__iter__",
            K::Unary(f),
            "__iter__($self, /)\n--\n\nImplement iter(self).",
        );
    }
    if let Some(f) = s.iternext {
        add(
            "__next__",
            K::Next(f),
            "__next__($self, /)\n--\n\nImplement next(self).",
        );
    }
    if let Some(f) = s.descr_get {
        add(
            "__get__",
            K::DescrGet(f),
            "__get__($self, instance, owner=None, /)\n--\n\nReturn an attribute of instance, which is of type owner.",
        );
    }
    if let Some(f) = s.descr_set {
        add(
            "__set__",
            K::DescrSet(f),
            "__set__($self, instance, value, /)\n--\n\nSet an attribute of instance to value.",
        );
        add(
            "__delete__",
            K::DescrDelete(f),
            "__delete__($self, instance, /)\n--\n\nDelete an attribute of instance.",
        );
    }
    if let Some(f) = s.finalize {
        add(
            "__del__",
            K::Finalize(f),
            "__del__($self, /)\n--\n\nCalled when the instance is about to be destroyed.",
        );
    }
    if let Some(f) = s.init {
        add(
            "__init__",
            K::Init(f),
            "__init__($self, /, *args, **kwargs)\n--\n\nInitialize self.  See help(type(self)) for accurate signature.",
        );
    }
    for (i, op) in NbOp::ALL.iter().enumerate() {
        let info = &NB_OPS[i];
        if let Some(f) = s.number[i] {
            if *op == NbOp::Power {
                add(
                    info.name,
                    K::Pow(f, s.pow3),
                    "__pow__($self, value, mod=None, /)\n--\n\nReturn pow(self, value, mod).",
                );
                add(
                    info.rname,
                    K::PowReflected(f),
                    "__rpow__($self, value, mod=None, /)\n--\n\nReturn pow(value, self, mod).",
                );
            } else {
                add(info.name, K::Binary(f), binary_doc(i, false));
                add(info.rname, K::BinaryReflected(f), binary_doc(i, true));
            }
        }
        if let Some(f) = s.number[i + crate::typeobj::INPLACE_OFFSET] {
            add(info.iname, K::Binary(f), inplace_doc(i));
        }
    }
    for op in UnaryOp::ALL {
        if let Some(f) = s.unary[op as usize] {
            add(op.dunder(), K::Unary(f), unary_doc(op));
        }
    }
    if let Some(f) = s.bool {
        add(
            "__bool__",
            K::Bool(f),
            "__bool__($self, /)\n--\n\nTrue if self else False",
        );
    }
    if let Some(f) = s.len {
        add(
            "__len__",
            K::Len(f),
            "__len__($self, /)\n--\n\nReturn len(self).",
        );
    }
    if let Some(f) = s.getitem {
        add(
            "__getitem__",
            K::Binary(f),
            "__getitem__($self, key, /)\n--\n\nReturn self[key].",
        );
    }
    if let Some(f) = s.setitem {
        add(
            "__setitem__",
            K::SetItem(f),
            "__setitem__($self, key, value, /)\n--\n\nSet self[key] to value.",
        );
        add(
            "__delitem__",
            K::DelItem(f),
            "__delitem__($self, key, /)\n--\n\nDelete self[key].",
        );
    }
    if let Some(f) = s.contains {
        add(
            "__contains__",
            K::Contains(f),
            "__contains__($self, key, /)\n--\n\nReturn bool(key in self).",
        );
    }
    if let Some(f) = s.concat {
        add(
            "__add__",
            K::Binary(f),
            "__add__($self, value, /)\n--\n\nReturn self+value.",
        );
    }
    if let Some(f) = s.repeat {
        add(
            "__mul__",
            K::Repeat(f),
            "__mul__($self, value, /)\n--\n\nReturn self*value.",
        );
        add(
            "__rmul__",
            K::Repeat(f),
            "__rmul__($self, value, /)\n--\n\nReturn value*self.",
        );
    }
    if let Some(f) = s.inplace_concat {
        add(
            "__iadd__",
            K::Binary(f),
            "__iadd__($self, value, /)\n--\n\nImplement self+=value.",
        );
    }
    if let Some(f) = s.inplace_repeat {
        add(
            "__imul__",
            K::Repeat(f),
            "__imul__($self, value, /)\n--\n\nImplement self*=value.",
        );
    }
}

fn binary_doc(i: usize, reflected: bool) -> &'static str {
    const DOCS: [[&str; 2]; 13] = [
        [
            "__add__($self, value, /)\n--\n\nReturn self+value.",
            "__radd__($self, value, /)\n--\n\nReturn value+self.",
        ],
        [
            "__and__($self, value, /)\n--\n\nReturn self&value.",
            "__rand__($self, value, /)\n--\n\nReturn value&self.",
        ],
        [
            "__floordiv__($self, value, /)\n--\n\nReturn self//value.",
            "__rfloordiv__($self, value, /)\n--\n\nReturn value//self.",
        ],
        [
            "__lshift__($self, value, /)\n--\n\nReturn self<<value.",
            "__rlshift__($self, value, /)\n--\n\nReturn value<<self.",
        ],
        [
            "__matmul__($self, value, /)\n--\n\nReturn self@value.",
            "__rmatmul__($self, value, /)\n--\n\nReturn value@self.",
        ],
        [
            "__mul__($self, value, /)\n--\n\nReturn self*value.",
            "__rmul__($self, value, /)\n--\n\nReturn value*self.",
        ],
        [
            "__mod__($self, value, /)\n--\n\nReturn self%value.",
            "__rmod__($self, value, /)\n--\n\nReturn value%self.",
        ],
        [
            "__or__($self, value, /)\n--\n\nReturn self|value.",
            "__ror__($self, value, /)\n--\n\nReturn value|self.",
        ],
        [
            "__pow__($self, value, mod=None, /)\n--\n\nReturn pow(self, value, mod).",
            "__rpow__($self, value, mod=None, /)\n--\n\nReturn pow(value, self, mod).",
        ],
        [
            "__rshift__($self, value, /)\n--\n\nReturn self>>value.",
            "__rrshift__($self, value, /)\n--\n\nReturn value>>self.",
        ],
        [
            "__sub__($self, value, /)\n--\n\nReturn self-value.",
            "__rsub__($self, value, /)\n--\n\nReturn value-self.",
        ],
        [
            "__truediv__($self, value, /)\n--\n\nReturn self/value.",
            "__rtruediv__($self, value, /)\n--\n\nReturn value/self.",
        ],
        [
            "__xor__($self, value, /)\n--\n\nReturn self^value.",
            "__rxor__($self, value, /)\n--\n\nReturn value^self.",
        ],
    ];
    DOCS[i][usize::from(reflected)]
}

fn inplace_doc(i: usize) -> &'static str {
    const DOCS: [&str; 13] = [
        "__iadd__($self, value, /)\n--\n\nReturn self+=value.",
        "__iand__($self, value, /)\n--\n\nReturn self&=value.",
        "__ifloordiv__($self, value, /)\n--\n\nReturn self//=value.",
        "__ilshift__($self, value, /)\n--\n\nReturn self<<=value.",
        "__imatmul__($self, value, /)\n--\n\nReturn self@=value.",
        "__imul__($self, value, /)\n--\n\nReturn self*=value.",
        "__imod__($self, value, /)\n--\n\nReturn self%=value.",
        "__ior__($self, value, /)\n--\n\nReturn self|=value.",
        "__ipow__($self, value, /)\n--\n\nReturn self**=value.",
        "__irshift__($self, value, /)\n--\n\nReturn self>>=value.",
        "__isub__($self, value, /)\n--\n\nReturn self-=value.",
        "__itruediv__($self, value, /)\n--\n\nReturn self/=value.",
        "__ixor__($self, value, /)\n--\n\nReturn self^=value.",
    ];
    DOCS[i]
}

fn unary_doc(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Negative => "__neg__($self, /)\n--\n\n-self",
        UnaryOp::Positive => "__pos__($self, /)\n--\n\n+self",
        UnaryOp::Invert => "__invert__($self, /)\n--\n\n~self",
        UnaryOp::Absolute => "__abs__($self, /)\n--\n\nabs(self)",
        UnaryOp::Int => "__int__($self, /)\n--\n\nint(self)",
        UnaryOp::Float => "__float__($self, /)\n--\n\nfloat(self)",
        UnaryOp::Index => {
            "__index__($self, /)\n--\n\nReturn self converted to an integer, if self is suitable for use as an index into a list."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{CallConvention as C, MethodDef};
    use crate::core::Value;
    use crate::err::PyResult;

    fn body(_: &Value, _: crate::args::Args) -> PyResult {
        unreachable!("only the docstring is read")
    }

    fn convention(name: &'static str, doc: &'static str) -> C {
        MethodDef::new(name, body, doc).call_convention()
    }

    /// Signatures as Argument Clinic writes them map to CPython's `METH_*`.
    #[test]
    fn call_conventions_from_docstrings() {
        assert_eq!(
            convention("len", "len($module, obj, /)\n--\n\nReturn."),
            C::One
        );
        assert_eq!(
            convention("upper", "upper($self, /)\n--\n\nUpper."),
            C::NoArgs
        );
        assert_eq!(
            convention("get", "get($self, key, default=None, /)\n--\n\n"),
            C::Fast
        );
        assert_eq!(
            convention("pop", "pop($self, index=-1, /)\n--\n\n"),
            C::Fast
        );
        assert_eq!(
            convention("find", "find($self, sub[, start[, end]], /)\n--\n\n"),
            C::Fast
        );
        assert_eq!(
            convention("union", "union($self, /, *others)\n--\n\n"),
            C::Fast
        );
        assert_eq!(
            convention("split", "split($self, /, sep=None, maxsplit=-1)\n--\n\n"),
            C::FastKeywords
        );
        assert_eq!(
            convention("print", "print(*args, sep=' ', end='\\n')\n--\n\n"),
            C::FastKeywords
        );
        assert_eq!(
            convention("getattr", "getattr(object, name[, default]) -> value\n\n"),
            C::Fast
        );
        assert_eq!(
            convention("send", "send(arg) -> send 'arg' into coroutine"),
            C::One
        );
        assert_eq!(
            convention(
                "iter",
                "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n"
            ),
            C::Fast
        );
        assert_eq!(
            convention(
                "max",
                "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n"
            ),
            C::FastKeywords
        );
    }
}
