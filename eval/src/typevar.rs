//! The PEP 695/696 type parameters `typing.TypeVar`, `ParamSpec` (with `P.args`/`P.kwargs`) and `TypeVarTuple`, plus `typing.NoDefault`, `Unpack[Ts]` and the constant evaluators; mirrors Objects/typevarobject.c, doing natively what it delegates to Lib/typing.py (`_typevar_subst`, `_paramspec_subst`, the `*_prepare_subst` helpers).

use std::cell::RefCell;

use ouro_objects::args::Args;
use ouro_objects::bool::py_bool;
use ouro_objects::core::PyObj;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::genericalias::GenericAlias;
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none, not_implemented};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, TypeObject, flags};
use ouro_objects::union;
use ouro_objects::{Ref, TypeRef, Value, builtin_type};

/// A value computed on first use by a compiler-made evaluate function
/// (`T: bound`, `= default`) or given directly to the constructor.
pub struct Lazy {
    value: RefCell<Option<Value>>,
    evaluate: RefCell<Option<Value>>,
}

impl Lazy {
    pub(crate) fn given(value: Option<Value>) -> Lazy {
        Lazy {
            value: RefCell::new(value),
            evaluate: RefCell::new(None),
        }
    }

    pub(crate) fn deferred(evaluate: Option<Value>) -> Lazy {
        Lazy {
            value: RefCell::new(None),
            evaluate: RefCell::new(evaluate),
        }
    }

    /// The value, evaluating (once) if needed; `absent` when there is none.
    pub(crate) fn get(&self, absent: impl FnOnce() -> Value) -> PyResult {
        if let Some(v) = self.value.borrow().clone() {
            return Ok(v);
        }
        let evaluate = self.evaluate.borrow().clone();
        let Some(f) = evaluate else {
            return Ok(absent());
        };
        let v = protocol::call0(&f)?;
        *self.value.borrow_mut() = Some(v.clone());
        Ok(v)
    }

    fn is_set(&self) -> bool {
        self.value.borrow().is_some() || self.evaluate.borrow().is_some()
    }

    /// `evaluate_bound` and friends: the evaluate function, or a constant
    /// evaluator over a value given to the constructor, or `None`.
    pub(crate) fn evaluator(&self) -> Value {
        if let Some(f) = self.evaluate.borrow().clone() {
            return f;
        }
        match self.value.borrow().clone() {
            Some(v) => Ref::new(ConstEvaluator { value: v }).into_value(),
            None => none(),
        }
    }
}

// ---- typing.NoDefault ----

pub struct NoDefaultData;

pub static NO_DEFAULT: PyObj<NoDefaultData> = PyObj::immortal(&NO_DEFAULT_TYPE, NoDefaultData);

fn no_default() -> Value {
    NO_DEFAULT.value()
}

fn is_no_default(v: &Value) -> bool {
    v.is_static(&NO_DEFAULT)
}

fn no_default_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    if !a.positional().is_empty() || a.kw_count() > 0 {
        return Err(type_error("NoDefaultType takes no arguments"));
    }
    Ok(no_default())
}

fn no_default_reduce(_v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    Ok(PyStr::new("NoDefault"))
}

builtin_type!(pub static NO_DEFAULT_TYPE: NoDefaultData = TypeSpec {
    name: "NoDefaultType",
    doc: Some("NoDefaultType()\n--\n\nThe type of the NoDefault singleton."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs {
        repr: Some(|_| Ok(PyStr::new("typing.NoDefault"))),
        new: Some(no_default_new),
        ..SlotDefs::NONE
    },
    methods: &[MethodDef::new("__reduce__", no_default_reduce, "")],
    ..TypeSpec::DEFAULT
});

// ---- constevaluator ----

/// `evaluate_bound` of a bound given to the constructor: returns it.
pub struct ConstEvaluator {
    value: Value,
}

fn const_evaluator_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [_format] = Args::new(args, kwnames).parse("constevaluator", ["format"], 1, 1, 1)?;
    Ok(v.downcast::<ConstEvaluator>()
        .expect("constevaluator")
        .value
        .clone())
}

fn const_evaluator_repr(v: &Value) -> PyResult {
    let value = &v
        .downcast::<ConstEvaluator>()
        .expect("constevaluator")
        .value;
    Ok(PyStr::new(&format!(
        "<constevaluator {}>",
        protocol::repr_string(value)?
    )))
}

builtin_type!(pub static CONST_EVALUATOR_TYPE: ConstEvaluator = TypeSpec {
    name: "constevaluator",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs {
        repr: Some(const_evaluator_repr),
        call: Some(const_evaluator_call),
        ..SlotDefs::NONE
    },
    ..TypeSpec::DEFAULT
});

// ---- helpers shared by the three kinds ----

/// The module of the code creating a type parameter by a call (`caller()`).
fn caller_module() -> Option<Value> {
    let globals = crate::frame::current_globals()?;
    globals.downcast::<Dict>()?.get_str(&intern("__name__"))
}

fn set_module(v: &Value) -> PyResult<()> {
    match caller_module() {
        Some(m) => protocol::setattr(v, &intern("__module__"), Some(&m)),
        None => Ok(()),
    }
}

fn check_name(name: Option<Value>, fname: &str) -> PyResult<Value> {
    let name = name.expect("required");
    if name.downcast::<PyStr>().is_none() {
        return Err(ouro_objects::args::bad_argument(
            fname, "name", "str", &name,
        ));
    }
    Ok(name)
}

fn flag(v: Option<Value>) -> PyResult<bool> {
    v.map_or(Ok(false), |v| protocol::is_true(&v))
}

/// The `~T` / `+T` / `-T` / `T` prefix for the declared variance.
fn variance_prefix(covariant: bool, contravariant: bool, infer_variance: bool) -> &'static str {
    if infer_variance {
        ""
    } else if covariant {
        "+"
    } else if contravariant {
        "-"
    } else {
        "~"
    }
}

/// `typing._type_convert` + `_type_check` for one argument: `None` becomes
/// `NoneType`; a plain tuple is not a type. (String forward references stay
/// strings: Ouro has no `annotationlib.ForwardRef` without imports.)
fn type_check(arg: &Value, msg: &str) -> PyResult {
    if is_none(arg) {
        return Ok(ouro_objects::none::NONE_TYPE.value());
    }
    let generic = &crate::typing::GENERIC_TYPE;
    if arg.is_static(generic) {
        return Err(type_error(format!(
            "Plain {} is not valid as type argument",
            protocol::repr_string(arg)?
        )));
    }
    if arg
        .type_value()
        .is_static(&crate::typingalias::TYPING_GENERIC_ALIAS_TYPE)
        && arg
            .downcast::<GenericAlias>()
            .is_some_and(|g| g.origin.is_static(generic))
    {
        return Err(type_error(format!(
            "{} is not valid as type argument",
            protocol::repr_string(arg)?
        )));
    }
    if arg.downcast_exact::<Tuple>().is_some() {
        return Err(type_error(format!(
            "{msg} Got {:.100}.",
            protocol::repr_string(arg)?
        )));
    }
    Ok(arg.clone())
}

fn cannot_subclass(kind: &str) -> PyErr {
    type_error(format!("Cannot subclass an instance of {kind}"))
}

/// Where `param` is in `alias.__parameters__`; `not_found` is the
/// `ValueError` text (CPython's C and Python helpers word it differently).
fn index_in_parameters(
    alias: &Value,
    param: &Value,
    not_found: &str,
) -> PyResult<(Vec<Value>, usize)> {
    let params = protocol::collect(&protocol::getattr_str(alias, "__parameters__")?)?;
    let index = params
        .iter()
        .position(|p| p.is(param))
        .ok_or_else(|| value_error(not_found))?;
    Ok((params, index))
}

/// The items of a `__typing_prepare_subst__` argument, which must have a
/// length (`PySequence_Length`).
fn sequence_items(v: &Value) -> PyResult<Vec<Value>> {
    protocol::len(v)?;
    protocol::collect(v)
}

fn too_few(alias: &Value, actual: usize, expected: usize) -> PyResult<PyErr> {
    Ok(type_error(format!(
        "Too few arguments for {}; actual {actual}, expected at least {expected}",
        protocol::repr_string(alias)?
    )))
}

/// `T | x` and `x | T`: a type variable forms a union with anything.
fn typevar_or(a: &Value, b: &Value) -> PyResult {
    union::union_from(&[a.clone(), b.clone()])
}

fn name_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    protocol::getattr_str(v, "__name__")
}

// ---- TypeVar ----

pub struct TypeVar {
    name: Value,
    bound: Lazy,
    constraints: Lazy,
    default: Lazy,
    covariant: bool,
    contravariant: bool,
    infer_variance: bool,
}

fn tv(v: &Value) -> &TypeVar {
    v.downcast::<TypeVar>().expect("TypeVar")
}

/// `INTRINSIC_TYPEVAR` and the `_WITH_BOUND` / `_WITH_CONSTRAINTS` forms.
pub fn make_typevar(
    name: Value,
    evaluate_bound: Option<Value>,
    evaluate_constraints: Option<Value>,
) -> Value {
    Ref::new(TypeVar {
        name,
        bound: Lazy::deferred(evaluate_bound),
        constraints: Lazy::deferred(evaluate_constraints),
        default: Lazy::deferred(None),
        covariant: false,
        contravariant: false,
        infer_variance: true,
    })
    .into_value()
}

fn check_variance(covariant: bool, contravariant: bool, infer_variance: bool) -> PyResult<()> {
    if covariant && contravariant {
        return Err(value_error("Bivariant types are not supported."));
    }
    if infer_variance && (covariant || contravariant) {
        return Err(value_error(
            "Variance cannot be specified with infer_variance.",
        ));
    }
    Ok(())
}

fn typevar_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let (name_arg, constraints) = match a.positional().split_first() {
        Some((n, rest)) => (vec![n.clone()], rest.to_vec()),
        None => (Vec::new(), Vec::new()),
    };
    let kw = a.keywords();
    let mut values = name_arg;
    let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
    values.extend(kw.iter().map(|(_, v)| v.clone()));
    let kwnames = (!names.is_empty()).then(|| Tuple::new(names));
    let [
        name,
        bound,
        covariant,
        contravariant,
        infer_variance,
        default,
    ] = Args::new(&values, kwnames.as_ref()).parse(
        "typevar",
        [
            "name",
            "bound",
            "covariant",
            "contravariant",
            "infer_variance",
            "default",
        ],
        0,
        1,
        1,
    )?;
    let name = check_name(name, "typevar")?;
    let (covariant, contravariant, infer_variance) = (
        flag(covariant)?,
        flag(contravariant)?,
        flag(infer_variance)?,
    );
    check_variance(covariant, contravariant, infer_variance)?;
    let bound = match bound.filter(|b| !is_none(b)) {
        Some(b) => Some(type_check(&b, "Bound must be a type.")?),
        None => None,
    };
    let constraints = match constraints.len() {
        0 => None,
        1 => return Err(type_error("A single constraint is not allowed")),
        _ if bound.is_some() => {
            return Err(type_error("Constraints cannot be combined with bound=..."));
        }
        _ => Some(Tuple::new(constraints)),
    };
    let v = ouro_objects::core::alloc_typed(
        ty,
        TypeVar {
            name,
            bound: Lazy::given(bound),
            constraints: Lazy::given(constraints),
            default: Lazy::given(default.filter(|d| !is_no_default(d))),
            covariant,
            contravariant,
            infer_variance,
        },
    );
    set_module(&v)?;
    Ok(v)
}

fn typevar_repr(v: &Value) -> PyResult {
    let t = tv(v);
    Ok(PyStr::new(&format!(
        "{}{}",
        variance_prefix(t.covariant, t.contravariant, t.infer_variance),
        protocol::str_lossy(&t.name)
    )))
}

/// `typing._typevar_subst`.
fn typevar_subst(_v: &Value, args: Args) -> PyResult {
    let arg = type_check(
        args.one("TypeVar.__typing_subst__")?,
        "Parameters to generic types must be types.",
    )?;
    let unpacked = arg.downcast::<Unpack>().is_some()
        || arg.downcast::<GenericAlias>().is_some_and(|g| g.starred);
    if unpacked {
        return Err(type_error(format!(
            "{} is not valid as type argument",
            protocol::repr_string(&arg)?
        )));
    }
    Ok(arg)
}

/// `typevar_typing_prepare_subst_impl`: a missing last argument takes the
/// default.
fn typevar_prepare_subst(v: &Value, args: Args) -> PyResult {
    let [alias, items] = args.range(
        "TypeVar.__typing_prepare_subst__",
        "__typing_prepare_subst__",
        2,
        2,
    )?
    else {
        unreachable!("two arguments checked")
    };
    let (_, i) = index_in_parameters(alias, v, "sequence.index(x): x not in sequence")?;
    let mut list = sequence_items(items)?;
    if i < list.len() {
        return Ok(items.clone());
    }
    if i == list.len() {
        let dflt = tv(v).default.get(no_default)?;
        if !is_no_default(&dflt) {
            list.push(dflt);
            return Ok(Tuple::new(list));
        }
    }
    Err(too_few(alias, list.len(), i + 1)?)
}

fn typevar_has_default(v: &Value, args: Args) -> PyResult {
    args.none("TypeVar.has_default")?;
    Ok(py_bool(tv(v).default.is_set()))
}

fn typevar_mro_entries(_v: &Value, args: Args) -> PyResult {
    args.one("TypeVar.__mro_entries__")?;
    Err(cannot_subclass("TypeVar"))
}

builtin_type!(pub static TYPEVAR_TYPE: TypeVar = TypeSpec {
    name: "typing.TypeVar",
    doc: Some("Type variable.\n\nThe preferred way to construct a type variable is via the dedicated\nsyntax for generic functions, classes, and type aliases::\n\n    class Sequence[T]:  # T is a TypeVar\n        ...\n\nThis syntax can also be used to create bound and constrained type\nvariables::\n\n    # S is a TypeVar bound to str\n    class StrSequence[S: str]:\n        ...\n\n    # A is a TypeVar constrained to str or bytes\n    class StrOrBytesSequence[A: (str, bytes)]:\n        ...\n"),
    flags: flags::IMMUTABLETYPE | flags::WEAKREFABLE,
    instance_dict: true,
    slots: SlotDefs { repr: Some(typevar_repr), new: Some(typevar_new), ..SlotDefs::NONE }
        .with_number(NbOp::Or, typevar_or),
    methods: &[
        MethodDef::new("__typing_subst__", typevar_subst, "__typing_subst__($self, arg, /)\n--\n\n"),
        MethodDef::new("__typing_prepare_subst__", typevar_prepare_subst, "__typing_prepare_subst__($self, alias, args, /)\n--\n\n"),
        MethodDef::new("__reduce__", name_reduce, "__reduce__($self, /)\n--\n\n"),
        MethodDef::new("has_default", typevar_has_default, "has_default($self, /)\n--\n\n"),
        MethodDef::new("__mro_entries__", typevar_mro_entries, "__mro_entries__($self, bases, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::member("__name__", |v| Ok(tv(v).name.clone()), None),
        GetSetDef::member("__covariant__", |v| Ok(py_bool(tv(v).covariant)), None),
        GetSetDef::member("__contravariant__", |v| Ok(py_bool(tv(v).contravariant)), None),
        GetSetDef::member("__infer_variance__", |v| Ok(py_bool(tv(v).infer_variance)), None),
        GetSetDef::getter("__bound__", |v| tv(v).bound.get(none)),
        GetSetDef::getter("__constraints__", |v| tv(v).constraints.get(Tuple::empty)),
        GetSetDef::getter("__default__", |v| tv(v).default.get(no_default)),
        GetSetDef::getter("evaluate_bound", |v| Ok(tv(v).bound.evaluator())),
        GetSetDef::getter("evaluate_constraints", |v| Ok(tv(v).constraints.evaluator())),
        GetSetDef::getter("evaluate_default", |v| Ok(tv(v).default.evaluator())),
    ],
    ..TypeSpec::DEFAULT
});

// ---- ParamSpec ----

pub struct ParamSpec {
    name: Value,
    bound: Option<Value>,
    default: Lazy,
    covariant: bool,
    contravariant: bool,
    infer_variance: bool,
}

fn ps(v: &Value) -> &ParamSpec {
    v.downcast::<ParamSpec>().expect("ParamSpec")
}

/// `INTRINSIC_PARAMSPEC`.
pub fn make_paramspec(name: Value) -> Value {
    Ref::new(ParamSpec {
        name,
        bound: None,
        default: Lazy::deferred(None),
        covariant: false,
        contravariant: false,
        infer_variance: true,
    })
    .into_value()
}

fn paramspec_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [
        name,
        bound,
        covariant,
        contravariant,
        infer_variance,
        default,
    ] = Args::new(args, kwnames).parse(
        "paramspec",
        [
            "name",
            "bound",
            "covariant",
            "contravariant",
            "infer_variance",
            "default",
        ],
        0,
        1,
        1,
    )?;
    let name = check_name(name, "paramspec")?;
    let (covariant, contravariant, infer_variance) = (
        flag(covariant)?,
        flag(contravariant)?,
        flag(infer_variance)?,
    );
    check_variance(covariant, contravariant, infer_variance)?;
    let bound = match bound.filter(|b| !is_none(b)) {
        Some(b) => Some(type_check(&b, "Bound must be a type.")?),
        None => None,
    };
    let v = ouro_objects::core::alloc_typed(
        ty,
        ParamSpec {
            name,
            bound,
            default: Lazy::given(default.filter(|d| !is_no_default(d))),
            covariant,
            contravariant,
            infer_variance,
        },
    );
    set_module(&v)?;
    Ok(v)
}

fn paramspec_repr(v: &Value) -> PyResult {
    let p = ps(v);
    Ok(PyStr::new(&format!(
        "{}{}",
        variance_prefix(p.covariant, p.contravariant, p.infer_variance),
        protocol::str_lossy(&p.name)
    )))
}

/// `typing._is_param_expr`: what a `ParamSpec` may be replaced by.
fn is_param_expr(arg: &Value) -> bool {
    arg.is_static(&ouro_objects::none::ELLIPSIS)
        || arg.downcast::<Tuple>().is_some()
        || arg.downcast::<List>().is_some()
        || arg.downcast::<ParamSpec>().is_some()
}

/// `typing._paramspec_subst`.
fn paramspec_subst(_v: &Value, args: Args) -> PyResult {
    let arg = args.one("ParamSpec.__typing_subst__")?;
    if arg.downcast::<Tuple>().is_some() || arg.downcast::<List>().is_some() {
        let items = protocol::collect(arg)?
            .iter()
            .map(|a| type_check(a, "Expected a type."))
            .collect::<PyResult<Vec<_>>>()?;
        return Ok(Tuple::new(items));
    }
    if !is_param_expr(arg) {
        return Err(type_error(format!(
            "Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {}",
            protocol::str_lossy(&protocol::str(arg)?)
        )));
    }
    Ok(arg.clone())
}

/// `typing._paramspec_prepare_subst`.
fn paramspec_prepare_subst(v: &Value, args: Args) -> PyResult {
    let [alias, items] = args.range(
        "ParamSpec.__typing_prepare_subst__",
        "__typing_prepare_subst__",
        2,
        2,
    )?
    else {
        unreachable!("two arguments checked")
    };
    let (params, i) = index_in_parameters(alias, v, "tuple.index(x): x not in tuple")?;
    let mut list = sequence_items(items)?;
    if i == list.len() && ps(v).default.is_set() {
        list.push(ps(v).default.get(no_default)?);
    }
    if i >= list.len() {
        return Err(type_error(format!(
            "Too few arguments for {}",
            protocol::repr_string(alias)?
        )));
    }
    if params.len() == 1 && !is_param_expr(&list[0]) {
        return Ok(Tuple::new(vec![Tuple::new(list)]));
    }
    if list[i].downcast::<List>().is_some() {
        list[i] = Tuple::new(protocol::collect(&list[i])?);
    }
    Ok(Tuple::new(list))
}

fn paramspec_has_default(v: &Value, args: Args) -> PyResult {
    args.none("ParamSpec.has_default")?;
    Ok(py_bool(ps(v).default.is_set()))
}

fn paramspec_mro_entries(_v: &Value, args: Args) -> PyResult {
    args.one("ParamSpec.__mro_entries__")?;
    Err(cannot_subclass("ParamSpec"))
}

builtin_type!(pub static PARAMSPEC_TYPE: ParamSpec = TypeSpec {
    name: "typing.ParamSpec",
    doc: Some("Parameter specification variable.\n\nThe preferred way to construct a parameter specification is via the\ndedicated syntax for generic functions, classes, and type aliases,\nwhere the use of '**' creates a parameter specification::\n\n    type IntFunc[**P] = Callable[P, int]\n"),
    flags: flags::IMMUTABLETYPE | flags::WEAKREFABLE,
    instance_dict: true,
    slots: SlotDefs { repr: Some(paramspec_repr), new: Some(paramspec_new), ..SlotDefs::NONE }
        .with_number(NbOp::Or, typevar_or),
    methods: &[
        MethodDef::new("__typing_subst__", paramspec_subst, "__typing_subst__($self, arg, /)\n--\n\n"),
        MethodDef::new("__typing_prepare_subst__", paramspec_prepare_subst, "__typing_prepare_subst__($self, alias, args, /)\n--\n\n"),
        MethodDef::new("has_default", paramspec_has_default, "has_default($self, /)\n--\n\n"),
        MethodDef::new("__reduce__", name_reduce, "__reduce__($self, /)\n--\n\n"),
        MethodDef::new("__mro_entries__", paramspec_mro_entries, "__mro_entries__($self, bases, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::member("__name__", |v| Ok(ps(v).name.clone()), None),
        GetSetDef::member("__bound__", |v| Ok(ps(v).bound.clone().unwrap_or_else(none)), None),
        GetSetDef::member("__covariant__", |v| Ok(py_bool(ps(v).covariant)), None),
        GetSetDef::member("__contravariant__", |v| Ok(py_bool(ps(v).contravariant)), None),
        GetSetDef::member("__infer_variance__", |v| Ok(py_bool(ps(v).infer_variance)), None),
        GetSetDef::getter("args", |v| Ok(Ref::new(ParamSpecArgs { origin: v.clone() }).into_value())),
        GetSetDef::getter("kwargs", |v| Ok(Ref::new(ParamSpecKwargs { origin: v.clone() }).into_value())),
        GetSetDef::getter("__default__", |v| ps(v).default.get(no_default)),
        GetSetDef::getter("evaluate_default", |v| Ok(ps(v).default.evaluator())),
    ],
    ..TypeSpec::DEFAULT
});

// ---- P.args / P.kwargs ----

pub struct ParamSpecArgs {
    origin: Value,
}

pub struct ParamSpecKwargs {
    origin: Value,
}

/// The `ParamSpec` behind `P.args` or `P.kwargs`.
fn attr_origin(v: &Value) -> &Value {
    match v.downcast::<ParamSpecArgs>() {
        Some(a) => &a.origin,
        None => {
            &v.downcast::<ParamSpecKwargs>()
                .expect("ParamSpecKwargs")
                .origin
        }
    }
}

fn attr_repr(v: &Value, suffix: &str) -> PyResult {
    let origin = attr_origin(v);
    let name = match origin.downcast::<ParamSpec>() {
        Some(p) => protocol::str_lossy(&p.name),
        None => protocol::repr_string(origin)?,
    };
    Ok(PyStr::new(&format!("{name}.{suffix}")))
}

fn attr_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) || !a.type_value().is(&b.type_value()) {
        return Ok(not_implemented());
    }
    let eq = protocol::eq(attr_origin(a), attr_origin(b))?;
    Ok(py_bool(eq == (op == CompareOp::Eq)))
}

fn attr_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let fname = if ty.is_static(&PARAMSPEC_KWARGS_TYPE) {
        "paramspeckwargs"
    } else {
        "paramspecargs"
    };
    let [origin] = Args::new(args, kwnames).parse(fname, ["origin"], 0, 1, 1)?;
    let origin = origin.expect("required");
    Ok(if ty.is_static(&PARAMSPEC_KWARGS_TYPE) {
        ouro_objects::core::alloc_typed(ty, ParamSpecKwargs { origin })
    } else {
        ouro_objects::core::alloc_typed(ty, ParamSpecArgs { origin })
    })
}

fn args_mro_entries(_v: &Value, args: Args) -> PyResult {
    args.one("ParamSpecArgs.__mro_entries__")?;
    Err(cannot_subclass("ParamSpecArgs"))
}

fn kwargs_mro_entries(_v: &Value, args: Args) -> PyResult {
    args.one("ParamSpecKwargs.__mro_entries__")?;
    Err(cannot_subclass("ParamSpecKwargs"))
}

builtin_type!(pub static PARAMSPEC_ARGS_TYPE: ParamSpecArgs = TypeSpec {
    name: "typing.ParamSpecArgs",
    doc: Some("The args for a ParamSpec object.\n\nGiven a ParamSpec object P, P.args is an instance of ParamSpecArgs.\n\nParamSpecArgs objects have a reference back to their ParamSpec::\n\n    >>> P = ParamSpec(\"P\")\n    >>> P.args.__origin__ is P\n    True\n\nThis type is meant for runtime introspection and has no special meaning\nto static type checkers.\n"),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs {
        repr: Some(|v| attr_repr(v, "args")),
        richcompare: Some(attr_richcompare),
        unhashable: true,
        new: Some(attr_new),
        ..SlotDefs::NONE
    },
    methods: &[MethodDef::new("__mro_entries__", args_mro_entries, "__mro_entries__($self, bases, /)\n--\n\n")],
    getsets: &[GetSetDef::member("__origin__", |v| Ok(attr_origin(v).clone()), None)],
    ..TypeSpec::DEFAULT
});

builtin_type!(pub static PARAMSPEC_KWARGS_TYPE: ParamSpecKwargs = TypeSpec {
    name: "typing.ParamSpecKwargs",
    doc: Some("The kwargs for a ParamSpec object.\n\nGiven a ParamSpec object P, P.kwargs is an instance of ParamSpecKwargs.\n\nParamSpecKwargs objects have a reference back to their ParamSpec::\n\n    >>> P = ParamSpec(\"P\")\n    >>> P.kwargs.__origin__ is P\n    True\n\nThis type is meant for runtime introspection and has no special meaning\nto static type checkers.\n"),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs {
        repr: Some(|v| attr_repr(v, "kwargs")),
        richcompare: Some(attr_richcompare),
        unhashable: true,
        new: Some(attr_new),
        ..SlotDefs::NONE
    },
    methods: &[MethodDef::new("__mro_entries__", kwargs_mro_entries, "__mro_entries__($self, bases, /)\n--\n\n")],
    getsets: &[GetSetDef::member("__origin__", |v| Ok(attr_origin(v).clone()), None)],
    ..TypeSpec::DEFAULT
});

// ---- TypeVarTuple ----

pub struct TypeVarTuple {
    name: Value,
    default: Lazy,
}

fn tvt(v: &Value) -> &TypeVarTuple {
    v.downcast::<TypeVarTuple>().expect("TypeVarTuple")
}

/// `INTRINSIC_TYPEVARTUPLE`.
pub fn make_typevartuple(name: Value) -> Value {
    Ref::new(TypeVarTuple {
        name,
        default: Lazy::deferred(None),
    })
    .into_value()
}

fn typevartuple_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [name, default] =
        Args::new(args, kwnames).parse("typevartuple", ["name", "default"], 0, 1, 1)?;
    let name = check_name(name, "typevartuple")?;
    let v = ouro_objects::core::alloc_typed(
        ty,
        TypeVarTuple {
            name,
            default: Lazy::given(default.filter(|d| !is_no_default(d))),
        },
    );
    set_module(&v)?;
    Ok(v)
}

/// `iter(Ts)` yields `Unpack[Ts]` once, so `*Ts` works in subscripts.
fn typevartuple_iter(v: &Value) -> PyResult {
    protocol::iter(&Tuple::new(vec![unpack(v.clone())]))
}

fn typevartuple_subst(_v: &Value, args: Args) -> PyResult {
    args.one("TypeVarTuple.__typing_subst__")?;
    Err(type_error(
        "Substitution of bare TypeVarTuple is not supported",
    ))
}

/// `typing._typevartuple_prepare_subst`: gathers the items this
/// `TypeVarTuple` takes into one tuple at its position.
fn typevartuple_prepare_subst(v: &Value, args: Args) -> PyResult {
    let [alias, items] = args.range(
        "TypeVarTuple.__typing_prepare_subst__",
        "__typing_prepare_subst__",
        2,
        2,
    )?
    else {
        unreachable!("two arguments checked")
    };
    let (params, index) = index_in_parameters(alias, v, "tuple.index(x): x not in tuple")?;
    if params[index + 1..]
        .iter()
        .any(|p| p.downcast::<TypeVarTuple>().is_some())
    {
        return Err(type_error(format!(
            "More than one TypeVarTuple parameter in {}",
            protocol::repr_string(alias)?
        )));
    }
    let given = items;
    let items = sequence_items(items)?;
    let (alen, plen) = (items.len(), params.len());
    let (mut left, mut right) = (index, plen - index - 1);
    // An unpacked arbitrary-length tuple (`*tuple[int, ...]`) may stand
    // for the items on either side; its element type fills them.
    let mut var_tuple: Option<(usize, Value)> = None;
    for (k, arg) in items.iter().enumerate() {
        if arg.downcast::<TypeObject>().is_some() {
            continue;
        }
        let Some(sub) = protocol::getattr_opt(arg, &intern("__typing_unpacked_tuple_args__"))?
        else {
            continue;
        };
        let Some(sub) = sub.downcast::<Tuple>() else {
            continue;
        };
        if sub.len() == 2 && sub.as_slice()[1].is_static(&ouro_objects::none::ELLIPSIS) {
            if var_tuple.is_some() {
                return Err(type_error(
                    "More than one unpacked arbitrary-length tuple argument",
                ));
            }
            var_tuple = Some((k, sub.as_slice()[0].clone()));
        }
    }
    let fill = match &var_tuple {
        Some((k, fill)) => {
            left = left.min(*k);
            right = right.min(alen - k - 1);
            Some(fill.clone())
        }
        None if left + right > alen => return Err(too_few(alias, alen, plen - 1)?),
        None => None,
    };
    let replacement = if left == alen - right && tvt(v).default.is_set() {
        let dflt = tvt(v).default.get(no_default)?;
        Tuple::new(unpack_default(&dflt)?)
    } else {
        // A slice of the arguments, so a list stays a list.
        let taken = items[left..alen - right].to_vec();
        if given.downcast::<List>().is_some() {
            List::from_vec(taken)
        } else {
            Tuple::new(taken)
        }
    };
    let fillers = |n: usize| fill.iter().cycle().take(n).cloned().collect::<Vec<_>>();
    let mut out = items[..left].to_vec();
    out.extend(fillers(index - left));
    out.push(replacement);
    // Python's `[fill] * n` is empty for a negative `n`.
    out.extend(fillers((plen - right - left).saturating_sub(index + 1)));
    out.extend_from_slice(&items[alen - right..]);
    Ok(Tuple::new(out))
}

/// `typing._unpack_args` for a default: `*tuple[int, str]` gives its items.
fn unpack_default(dflt: &Value) -> PyResult<Vec<Value>> {
    match protocol::getattr_opt(dflt, &intern("__typing_unpacked_tuple_args__"))? {
        Some(args) if !is_none(&args) => protocol::collect(&args),
        _ => Ok(vec![dflt.clone()]),
    }
}

fn typevartuple_has_default(v: &Value, args: Args) -> PyResult {
    args.none("TypeVarTuple.has_default")?;
    Ok(py_bool(tvt(v).default.is_set()))
}

fn typevartuple_mro_entries(_v: &Value, args: Args) -> PyResult {
    args.one("TypeVarTuple.__mro_entries__")?;
    Err(cannot_subclass("TypeVarTuple"))
}

builtin_type!(pub static TYPEVARTUPLE_TYPE: TypeVarTuple = TypeSpec {
    name: "typing.TypeVarTuple",
    doc: Some("Type variable tuple. A specialized form of type variable that enables\nvariadic generics.\n\nThe preferred way to construct a type variable tuple is via the\ndedicated syntax for generic functions, classes, and type aliases,\nwhere a single '*' indicates a type variable tuple::\n\n    def move_first_element_to_last[T, *Ts](tup: tuple[T, *Ts]) -> tuple[*Ts, T]:\n        return (*tup[1:], tup[0])\n"),
    flags: flags::IMMUTABLETYPE | flags::WEAKREFABLE,
    instance_dict: true,
    slots: SlotDefs {
        repr: Some(|v| Ok(tvt(v).name.clone())),
        iter: Some(typevartuple_iter),
        new: Some(typevartuple_new),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("__typing_subst__", typevartuple_subst, "__typing_subst__($self, arg, /)\n--\n\n"),
        MethodDef::new("__typing_prepare_subst__", typevartuple_prepare_subst, "__typing_prepare_subst__($self, alias, args, /)\n--\n\n"),
        MethodDef::new("__reduce__", name_reduce, "__reduce__($self, /)\n--\n\n"),
        MethodDef::new("has_default", typevartuple_has_default, "has_default($self, /)\n--\n\n"),
        MethodDef::new("__mro_entries__", typevartuple_mro_entries, "__mro_entries__($self, bases, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::member("__name__", |v| Ok(tvt(v).name.clone()), None),
        GetSetDef::getter("__default__", |v| tvt(v).default.get(no_default)),
        GetSetDef::getter("evaluate_default", |v| Ok(tvt(v).default.evaluator())),
    ],
    ..TypeSpec::DEFAULT
});

/// The default of a type parameter; `None` for anything else.
fn default_of(param: &Value) -> Option<&Lazy> {
    if let Some(t) = param.downcast::<TypeVar>() {
        Some(&t.default)
    } else if let Some(p) = param.downcast::<ParamSpec>() {
        Some(&p.default)
    } else {
        param.downcast::<TypeVarTuple>().map(|t| &t.default)
    }
}

/// Whether a type parameter has a default; `None` for anything else.
pub fn type_param_has_default(param: &Value) -> Option<bool> {
    default_of(param).map(Lazy::is_set)
}

/// `INTRINSIC_SET_TYPEPARAM_DEFAULT`: attaches the lazily evaluated default.
pub fn set_default(param: &Value, evaluate_default: Value) -> PyResult {
    let Some(lazy) = default_of(param) else {
        return Err(type_error(format!(
            "Expected a type param, got {}",
            protocol::repr_string(param)?
        )));
    };
    *lazy.evaluate.borrow_mut() = Some(evaluate_default);
    Ok(param.clone())
}

// ---- Unpack[Ts] ----

/// `typing.Unpack[arg]` (what `*Ts` evaluates to).
pub struct Unpack {
    arg: Value,
}

/// `Unpack[arg]`.
pub fn unpack(arg: Value) -> Value {
    Ref::new(Unpack { arg }).into_value()
}

/// `Unpack[v]` when `v` is a `TypeVarTuple` (`unpack_typevartuples`).
pub fn unpack_if_typevartuple(v: &Value) -> Value {
    if v.downcast::<TypeVarTuple>().is_some() {
        unpack(v.clone())
    } else {
        v.clone()
    }
}

/// `_UnpackGenericAlias(origin, args)`: `Unpack[args[0]]`.
fn unpack_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let items = match a.positional() {
        [_, items, ..] => items,
        given => return Err(crate::typingalias::missing_origin_args(given.len())),
    };
    let arg = match items.downcast::<Tuple>() {
        Some(t) => t.get(0).cloned().unwrap_or_else(none),
        None => items.clone(),
    };
    Ok(unpack(arg))
}

fn unpack_arg(v: &Value) -> &Value {
    &v.downcast::<Unpack>().expect("Unpack").arg
}

fn unpack_repr(v: &Value) -> PyResult {
    Ok(PyStr::new(&format!(
        "typing.Unpack[{}]",
        ouro_objects::genericalias::repr_type_arg(unpack_arg(v))?
    )))
}

fn unpack_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let Some(other) = b.downcast::<Unpack>() else {
        return Ok(not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let eq = protocol::eq(unpack_arg(a), &other.arg)?;
    Ok(py_bool(eq == (op == CompareOp::Eq)))
}

fn unpack_parameters(v: &Value) -> PyResult {
    union::collect_parameters(&Tuple::new(vec![unpack_arg(v).clone()]))
}

builtin_type!(pub static UNPACK_TYPE: Unpack = TypeSpec {
    name: "typing._UnpackGenericAlias",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs {
        repr: Some(unpack_repr),
        new: Some(unpack_new),
        richcompare: Some(unpack_richcompare),
        hash: Some(|v| protocol::hash(&Tuple::new(vec![PyStr::new("Unpack"), unpack_arg(v).clone()]))),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Or, typevar_or),
    getsets: &[
        GetSetDef::getter("__args__", |v| Ok(Tuple::new(vec![unpack_arg(v).clone()]))),
        GetSetDef::getter("__parameters__", unpack_parameters),
        GetSetDef::getter("__typing_is_unpacked_typevartuple__", |v| {
            Ok(py_bool(unpack_arg(v).downcast::<TypeVarTuple>().is_some()))
        }),
        GetSetDef::getter("__typing_unpacked_tuple_args__", |v| {
            let arg = unpack_arg(v);
            match arg.downcast::<GenericAlias>() {
                Some(g) if g.origin.is_static(&ouro_objects::tuple::TUPLE_TYPE) => Ok(g.args.clone()),
                _ => Ok(none()),
            }
        }),
    ],
    ..TypeSpec::DEFAULT
});

/// Whether `v` is one of the three type parameter kinds
/// (`typing._is_typevar_like`, plus the unpacked `*Ts`).
pub fn is_typevar_like(v: &Value) -> bool {
    v.downcast::<TypeVar>().is_some()
        || v.downcast::<ParamSpec>().is_some()
        || v.downcast::<Unpack>()
            .is_some_and(|u| u.arg.downcast::<TypeVarTuple>().is_some())
}

/// Registers the types of this module with the runtime.
pub const TYPES: [&PyObj<TypeObject>; 8] = [
    &NO_DEFAULT_TYPE,
    &CONST_EVALUATOR_TYPE,
    &TYPEVAR_TYPE,
    &PARAMSPEC_TYPE,
    &PARAMSPEC_ARGS_TYPE,
    &PARAMSPEC_KWARGS_TYPE,
    &TYPEVARTUPLE_TYPE,
    &UNPACK_TYPE,
];
