//! The `xxsubtype` module: `spamlist` and `spamdict`, list and dict subclasses with an extra `state` int, and `bench`; the example of subclassing built-in types that test_descr uses; mirrors Modules/xxsubtype.c.

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::{DICT_TYPE, Dict};
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::list::{LIST_TYPE, List};
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, TypeObject, flags};
use ouro_objects::{PyObj, Value, builtin_subtype, int, protocol};

/// The `state` int lives in the instance's one hidden slot (the layout is
/// the base type's).
const STATE_SLOT: usize = 0;

fn state(v: &Value) -> PyResult {
    Ok(v.get_extra(STATE_SLOT).unwrap_or_else(|| int::from_i64(0)))
}

fn getstate(v: &Value, args: Args) -> PyResult {
    args.range("getstate", ":getstate", 0, 0)?;
    state(v)
}

fn setstate(v: &Value, args: Args) -> PyResult {
    args.no_keywords("setstate")?;
    if args.values.len() != 1 {
        return Err(type_error(format!(
            "setstate() takes exactly 1 argument ({} given)",
            args.values.len()
        )));
    }
    let n = crate::posix::c_int(&args.values[0])?;
    drop(v.set_extra(STATE_SLOT, Some(int::from_i64(i64::from(n)))));
    Ok(none())
}

/// `(cls or None, args, kwargs or None)`, what the demonstration class and
/// static methods return.
fn call_summary(first: Value, args: Args) -> PyResult {
    let keywords = args.keywords();
    let kw = if keywords.is_empty() {
        none()
    } else {
        let d = Dict::new_value();
        let dict = d.downcast::<Dict>().expect("dict");
        for (k, v) in keywords {
            dict.set_item(k, v)?;
        }
        d
    };
    Ok(Tuple::new(vec![
        first,
        Tuple::new(args.positional().to_vec()),
        kw,
    ]))
}

fn classmeth(cls: &Value, args: Args) -> PyResult {
    call_summary(cls.clone(), args)
}

fn staticmeth(_m: &Value, args: Args) -> PyResult {
    call_summary(none(), args)
}

/// `__init__`: the base type's, then `state = 0`.
fn init_with(
    base: &'static PyObj<TypeObject>,
    v: &Value,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<()> {
    let base_init = base.payload().slots.init.get().expect("base __init__");
    base_init(v, args, kwnames)?;
    drop(v.set_extra(STATE_SLOT, Some(int::from_i64(0))));
    Ok(())
}

fn spamlist_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    init_with(&LIST_TYPE, v, args, kwnames)
}

fn spamdict_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    init_with(&DICT_TYPE, v, args, kwnames)
}

const STATE_DOC: &str = "an int variable for demonstration purposes";

builtin_subtype!(pub static SPAMLIST_TYPE: List as LIST_TYPE = TypeSpec {
    name: "xxsubtype.spamlist",
    base: Some(&LIST_TYPE),
    flags: flags::BASETYPE | flags::LIST_SUBCLASS | flags::SEQUENCE,
    hidden_slots: 1,
    slots: SlotDefs { init: Some(spamlist_init), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("getstate", getstate, "getstate() -> state"),
        MethodDef::new("setstate", setstate, "setstate(state)"),
        MethodDef::class("classmeth", classmeth, "classmeth(*args, **kw)"),
        MethodDef::static_("staticmeth", staticmeth, "staticmeth(*args, **kw)"),
    ],
    getsets: &[GetSetDef::getter("state", state).with_doc(STATE_DOC)],
    ..TypeSpec::DEFAULT
});

builtin_subtype!(pub static SPAMDICT_TYPE: Dict as DICT_TYPE = TypeSpec {
    name: "xxsubtype.spamdict",
    base: Some(&DICT_TYPE),
    flags: flags::BASETYPE | flags::DICT_SUBCLASS | flags::MAPPING,
    hidden_slots: 1,
    slots: SlotDefs { init: Some(spamdict_init), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("getstate", getstate, "getstate() -> state"),
        MethodDef::new("setstate", setstate, "setstate(state)"),
    ],
    getsets: &[GetSetDef::getter("state", state).with_doc(STATE_DOC)],
    ..TypeSpec::DEFAULT
});

/// `bench(obj, name, n=1000)`: the process CPU seconds `n` lookups of
/// `obj.name` take.
fn bench(_m: &Value, args: Args) -> PyResult {
    let a = args.range("bench", "bench", 2, 3)?;
    let (obj, name) = (&a[0], &a[1]);
    if name.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "argument 2 must be str, not {}",
            ouro_objects::args::arg_type_name(name)
        )));
    }
    let n = a.get(2).map_or(Ok(1000), crate::posix::c_int)?;
    let cpu = || {
        crate::posix::sys::clock(libc::CLOCK_PROCESS_CPUTIME_ID, false)
            .map(|(s, ns)| s as f64 + ns as f64 * 1e-9)
            .unwrap_or(0.0)
    };
    let start = cpu();
    for _ in 0..n {
        protocol::getattr(obj, name)?;
    }
    Ok(ouro_objects::float::new(cpu() - start))
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "xxsubtype",
    doc: "xxsubtype is an example module showing how to subtype builtin types from C.\ntest_descr.py in the standard test suite requires it in order to complete.\nIf you don't care about the examples, and don't intend to run the Python\ntest suite, you can recompile Python without Modules/xxsubtype.c.",
    functions: &[MethodDef::new("bench", bench, "")],
    types: || vec![&SPAMLIST_TYPE, &SPAMDICT_TYPE],
    init: ModuleDef::no_init,
};
