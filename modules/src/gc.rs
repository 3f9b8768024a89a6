//! `gc`: the interface to the cycle collector (`ouro_objects::gc`); mirrors Modules/gcmodule.c.

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::gc;
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, bool as pybool, int, protocol};

/// The number of generations `collect` and `get_objects` accept.
const GENERATIONS: usize = 3;

fn enable(_m: &Value, args: Args) -> PyResult {
    args.none("gc.enable")?;
    gc::set_enabled(true);
    Ok(none())
}

fn disable(_m: &Value, args: Args) -> PyResult {
    args.none("gc.disable")?;
    gc::set_enabled(false);
    Ok(none())
}

fn isenabled(_m: &Value, args: Args) -> PyResult {
    args.none("gc.isenabled")?;
    Ok(pybool::py_bool(gc::is_enabled()))
}

/// `gc.collect(generation=2)`.
fn collect(_m: &Value, args: Args) -> PyResult {
    let [generation] = args.parse("collect", ["generation"], 0, 0, 1)?;
    let generation = match generation {
        Some(g) => protocol::index_as_isize(&g)?,
        None => 2,
    };
    if !(0..GENERATIONS as isize).contains(&generation) {
        return Err(value_error("invalid generation"));
    }
    Ok(int::from_usize(gc::collect(generation as usize)))
}

fn get_debug(_m: &Value, args: Args) -> PyResult {
    args.none("gc.get_debug")?;
    Ok(int::from_i64(i64::from(gc::debug_flags())))
}

fn set_debug(_m: &Value, args: Args) -> PyResult {
    let flags = args.one("set_debug")?;
    let flags = ouro_objects::int::index_as_c_int(flags)?;
    gc::set_debug_flags(flags as u32);
    Ok(none())
}

fn get_stats(_m: &Value, args: Args) -> PyResult {
    args.none("gc.get_stats")?;
    let stats = gc::stats()
        .iter()
        .map(|s| {
            let d = Dict::new_value();
            if let Some(dict) = d.downcast::<Dict>() {
                dict.set_str("collections", int::from_usize(s.collections));
                dict.set_str("collected", int::from_usize(s.collected));
                dict.set_str("uncollectable", int::from_usize(s.uncollectable));
            }
            d
        })
        .collect();
    Ok(List::from_vec(stats))
}

/// `gc.set_threshold(threshold0, [threshold1, [threshold2]])`.
fn set_threshold(_m: &Value, args: Args) -> PyResult {
    args.no_keywords("set_threshold")?;
    let values = args.positional();
    if values.is_empty() || values.len() > GENERATIONS {
        return Err(type_error("gc.set_threshold requires 1 to 3 arguments"));
    }
    let mut thresholds = Vec::with_capacity(values.len());
    for v in values {
        thresholds.push(ouro_objects::int::index_as_c_int(v)?);
    }
    // CPython 3.14 keeps the oldest generation's threshold at 0 (its
    // collections are paced by `long_lived_pending`), ignoring a third value.
    for (g, t) in thresholds.into_iter().enumerate().take(GENERATIONS - 1) {
        gc::set_threshold(g, t.max(0) as usize);
    }
    Ok(none())
}

fn usize_triple(values: [usize; GENERATIONS]) -> Value {
    Tuple::new(values.iter().map(|&n| int::from_usize(n)).collect())
}

fn get_count(_m: &Value, args: Args) -> PyResult {
    args.none("gc.get_count")?;
    Ok(usize_triple(gc::counts()))
}

fn get_threshold(_m: &Value, args: Args) -> PyResult {
    args.none("gc.get_threshold")?;
    Ok(usize_triple([
        gc::threshold(0),
        gc::threshold(1),
        gc::threshold(2),
    ]))
}

fn get_referrers(_m: &Value, args: Args) -> PyResult {
    args.no_keywords("get_referrers")?;
    Ok(List::from_vec(gc::referrers(args.positional())))
}

fn get_referents(_m: &Value, args: Args) -> PyResult {
    args.no_keywords("get_referents")?;
    Ok(List::from_vec(gc::referents(args.positional())))
}

/// `gc.get_objects(generation=None)`.
fn get_objects(_m: &Value, args: Args) -> PyResult {
    let [generation] = args.parse("get_objects", ["generation"], 0, 0, 1)?;
    let generation = match generation.filter(|g| !is_none(g)) {
        None => None,
        Some(g) => {
            if g.downcast::<ouro_objects::int::Int>().is_none() && g.as_small_int().is_none() {
                return Err(type_error(format!(
                    "argument should be integer or None, not '{}'",
                    protocol::type_name(&g)
                )));
            }
            let g = protocol::index_as_isize(&g)?;
            if g >= GENERATIONS as isize {
                return Err(value_error(format!(
                    "generation parameter must be less than the number of available generations ({GENERATIONS})"
                )));
            }
            usize::try_from(g).ok()
        }
    };
    Ok(List::from_vec(gc::objects(generation)))
}

fn is_tracked(_m: &Value, args: Args) -> PyResult {
    let obj = args.one("gc.is_tracked")?;
    Ok(pybool::py_bool(gc::is_tracked(obj)))
}

fn is_finalized(_m: &Value, args: Args) -> PyResult {
    let obj = args.one("gc.is_finalized")?;
    Ok(pybool::py_bool(gc::is_finalized(obj)))
}

fn freeze(_m: &Value, args: Args) -> PyResult {
    args.none("gc.freeze")?;
    gc::freeze();
    Ok(none())
}

fn unfreeze(_m: &Value, args: Args) -> PyResult {
    args.none("gc.unfreeze")?;
    gc::unfreeze();
    Ok(none())
}

fn get_freeze_count(_m: &Value, args: Args) -> PyResult {
    args.none("gc.get_freeze_count")?;
    Ok(int::from_usize(gc::freeze_count()))
}

/// `gcmodule_exec`: `garbage`, `callbacks` and the `DEBUG_*` flags.
fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    let d = m.dict.downcast::<Dict>().expect("module dict");
    d.set_str("garbage", gc::garbage());
    d.set_str("callbacks", gc::callbacks());
    for (name, flag) in [
        ("DEBUG_STATS", gc::DEBUG_STATS),
        ("DEBUG_COLLECTABLE", gc::DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", gc::DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", gc::DEBUG_SAVEALL),
        ("DEBUG_LEAK", gc::DEBUG_LEAK),
    ] {
        d.set_str(name, int::from_i64(i64::from(flag)));
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "gc",
    doc: "This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n",
    functions: &[
        MethodDef::new(
            "enable",
            enable,
            "enable($module, /)\n--\n\nEnable automatic garbage collection.",
        ),
        MethodDef::new(
            "disable",
            disable,
            "disable($module, /)\n--\n\nDisable automatic garbage collection.",
        ),
        MethodDef::new(
            "isenabled",
            isenabled,
            "isenabled($module, /)\n--\n\nReturns true if automatic garbage collection is enabled.",
        ),
        MethodDef::new(
            "collect",
            collect,
            "collect($module, /, generation=2)\n--\n\nRun the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.",
        ),
        MethodDef::new(
            "get_debug",
            get_debug,
            "get_debug($module, /)\n--\n\nGet the garbage collection debugging flags.",
        ),
        MethodDef::new(
            "set_debug",
            set_debug,
            "set_debug($module, flags, /)\n--\n\nSet the garbage collection debugging flags.\n\n  flags\n    An integer that can have the following bits turned on:\n      DEBUG_STATS - Print statistics during collection.\n      DEBUG_COLLECTABLE - Print collectable objects found.\n      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects\n        found.\n      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.\n      DEBUG_LEAK - Debug leaking programs (everything but STATS).\n\nDebugging information is written to sys.stderr.",
        ),
        MethodDef::new(
            "get_stats",
            get_stats,
            "get_stats($module, /)\n--\n\nReturn a list of dictionaries containing per-generation statistics.",
        ),
        MethodDef::new(
            "set_threshold",
            set_threshold,
            "set_threshold(threshold0, [threshold1, [threshold2]])\nSet the collection thresholds (the collection frequency).\n\nSetting 'threshold0' to zero disables collection.",
        ),
        MethodDef::new(
            "get_count",
            get_count,
            "get_count($module, /)\n--\n\nReturn a three-tuple of the current collection counts.",
        ),
        MethodDef::new(
            "get_threshold",
            get_threshold,
            "get_threshold($module, /)\n--\n\nReturn the current collection thresholds.",
        ),
        MethodDef::new(
            "get_referrers",
            get_referrers,
            "get_referrers($module, /, *objs)\n--\n\nReturn the list of objects that directly refer to any of 'objs'.",
        ),
        MethodDef::new(
            "get_referents",
            get_referents,
            "get_referents($module, /, *objs)\n--\n\nReturn the list of objects that are directly referred to by 'objs'.",
        ),
        MethodDef::new(
            "get_objects",
            get_objects,
            "get_objects($module, /, generation=None)\n--\n\nReturn a list of objects tracked by the collector (excluding the list returned).\n\n  generation\n    Generation to extract the objects from.\n\nIf generation is not None, return only the objects tracked by the collector\nthat are in that generation.",
        ),
        MethodDef::new(
            "is_tracked",
            is_tracked,
            "is_tracked($module, obj, /)\n--\n\nReturns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false.",
        ),
        MethodDef::new(
            "is_finalized",
            is_finalized,
            "is_finalized($module, obj, /)\n--\n\nReturns true if the object has been already finalized by the GC.",
        ),
        MethodDef::new(
            "freeze",
            freeze,
            "freeze($module, /)\n--\n\nFreeze all current tracked objects and ignore them for future collections.\n\nThis can be used before a POSIX fork() call to make the gc copy-on-write friendly.\nNote: collection before a POSIX fork() call may free pages for future allocation\nwhich can cause copy-on-write.",
        ),
        MethodDef::new(
            "unfreeze",
            unfreeze,
            "unfreeze($module, /)\n--\n\nUnfreeze all objects in the permanent generation.\n\nPut all objects in the permanent generation back into oldest generation.",
        ),
        MethodDef::new(
            "get_freeze_count",
            get_freeze_count,
            "get_freeze_count($module, /)\n--\n\nReturn the number of objects in the permanent generation.",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};
