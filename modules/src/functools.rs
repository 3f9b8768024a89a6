//! `_functools`: `reduce`, `partial` with 3.14's `Placeholder`, `cmp_to_key` and the `lru_cache` wrapper; mirrors Modules/_functoolsmodule.c.

use std::cell::{Cell, RefCell};

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{DICT_DEF, GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error};
use ouro_objects::functype::Method;
use ouro_objects::genericalias::CLASS_GETITEM_DEF;
use ouro_objects::int::{INT_TYPE, from_i64, from_usize};
use ouro_objects::none::{is_none, none};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::{PyStr, STR_TYPE};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, TypeObject, flags};
use ouro_objects::types::object::ObjectData;
use ouro_objects::{PyObj, TypeRef, Value, builtin_type, exceptions, reprguard};

pub static MODULE: ModuleDef = ModuleDef {
    name: "_functools",
    doc: "Tools that operate on functions.",
    functions: &[
        MethodDef::new(
            "reduce",
            reduce,
            "reduce($module, function, iterable, /, initial=<unrepresentable>)\n--\n\nApply a function of two arguments cumulatively to the items of an iterable, from left to right.\n\nThis effectively reduces the iterable to a single value.  If initial is present,\nit is placed before the items of the iterable in the calculation, and serves as\na default when the iterable is empty.\n\nFor example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5])\ncalculates ((((1 + 2) + 3) + 4) + 5).",
        ),
        MethodDef::new(
            "cmp_to_key",
            cmp_to_key,
            "cmp_to_key($module, /, mycmp)\n--\n\nConvert a cmp= function into a key= function.\n\n  mycmp\n    Function that compares two objects.",
        ),
    ],
    types,
    init,
};

fn types() -> Vec<&'static PyObj<TypeObject>> {
    vec![&PLACEHOLDER_TYPE, &PARTIAL_TYPE, &LRU_CACHE_TYPE]
}

fn init(module: &Value) -> PyResult<()> {
    // `KeyWrapper` is reachable only through `cmp_to_key`, as in CPython.
    crate::heaptype::list_module_in_dict(&[&KEY_WRAPPER_TYPE]);
    crate::heaptype::list_module_in_dict(&types());
    protocol::setattr(module, &PyStr::new("Placeholder"), Some(&placeholder()))
}

fn is_callable(v: &Value) -> bool {
    v.type_obj().payload().slots.call.get().is_some()
}

fn not_callable() -> PyErr {
    type_error("the first argument must be callable")
}

/// `reduce(function, iterable, /, initial=<unrepresentable>)`.
fn reduce(_module: &Value, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(type_error(format!(
            "reduce() takes at least 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let [_, _, initial] = args.parse("reduce", ["function", "iterable", "initial"], 2, 2, 3)?;
    let it = protocol::iter(&pos[1]).map_err(|e| {
        if e.matches(&exceptions::TYPE_ERROR) {
            type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = initial;
    while let Some(item) = protocol::next(&it)? {
        acc = Some(match acc {
            None => item,
            Some(a) => protocol::call(&pos[0], &[a, item], None)?,
        });
    }
    acc.ok_or_else(|| type_error("reduce() of empty iterable with no initial value"))
}

// ---- Placeholder ----

pub struct PlaceholderData;

fn placeholder() -> Value {
    ouro_objects::gil_shared! {
        static PLACEHOLDER: Value = alloc_typed(&TypeRef::from_static(&PLACEHOLDER_TYPE), PlaceholderData);
    }
    PLACEHOLDER.with(Value::clone)
}

fn is_placeholder(v: &Value) -> bool {
    v.downcast::<PlaceholderData>().is_some()
}

fn placeholder_new(_ty: &TypeRef, args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    if !args.is_empty() {
        return Err(type_error("PlaceholderType takes no arguments"));
    }
    Ok(placeholder())
}

fn placeholder_repr(_v: &Value) -> PyResult {
    Ok(PyStr::new("Placeholder"))
}

fn placeholder_reduce(_v: &Value, args: Args) -> PyResult {
    args.none("_PlaceholderType.__reduce__")?;
    Ok(PyStr::new("Placeholder"))
}

builtin_type!(pub static PLACEHOLDER_TYPE: PlaceholderData = TypeSpec {
    name: "functools._PlaceholderType",
    doc: Some("The type of the Placeholder singleton.\n\nUsed as a placeholder for partial arguments."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { repr: Some(placeholder_repr), new: Some(placeholder_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__reduce__", placeholder_reduce, "__reduce__($self, /)\n--\n\n")],
    ..TypeSpec::DEFAULT
});

// ---- partial ----

/// `args` may hold `Placeholder`s (never last); `placeholders` counts them.
pub struct Partial {
    func: RefCell<Value>,
    args: RefCell<Value>,
    keywords: RefCell<Value>,
    placeholders: Cell<usize>,
}

fn partial(v: &Value) -> &Partial {
    v.downcast::<Partial>().expect("partial")
}

fn count_placeholders(args: &[Value]) -> PyResult<usize> {
    if args.last().is_some_and(is_placeholder) {
        return Err(type_error("trailing Placeholders are not allowed"));
    }
    Ok(args.iter().filter(|a| is_placeholder(a)).count())
}

/// The stored positional arguments with `given` filling the placeholders
/// first and the rest appended.
fn fill(stored: &[Value], given: &[Value]) -> Vec<Value> {
    let mut given = given.iter();
    let mut out: Vec<Value> = stored
        .iter()
        .map(|a| {
            if is_placeholder(a) {
                given.next().cloned().unwrap_or_else(placeholder)
            } else {
                a.clone()
            }
        })
        .collect();
    out.extend(given.cloned());
    out
}

fn has_attributes(v: &Value) -> PyResult<bool> {
    match protocol::instance_dict(v) {
        Some(d) => Ok(protocol::len(&d)? > 0),
        None => Ok(false),
    }
}

fn partial_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let Some((first, rest)) = a.positional().split_first() else {
        return Err(type_error("type 'partial' takes at least one argument"));
    };
    if !is_callable(first) {
        return Err(not_callable());
    }
    let mut func = first.clone();
    let mut stored: Vec<Value> = Vec::new();
    let keywords = Dict::new_value();
    let kw = keywords.downcast::<Dict>().expect("dict");
    if let Some(inner) = first.downcast::<Partial>()
        && !has_attributes(first)?
    {
        func = inner.func.borrow().clone();
        let (inner_args, inner_keywords) =
            (inner.args.borrow().clone(), inner.keywords.borrow().clone());
        stored = protocol::collect(&inner_args)?;
        kw.update_from(&inner_keywords)?;
    }
    let new_args = fill(&stored, rest);
    let placeholders = count_placeholders(&new_args)?;
    for (k, v) in a.keywords() {
        if is_placeholder(&v) {
            return Err(type_error(
                "Placeholder cannot be passed as a keyword argument",
            ));
        }
        kw.set_item(k, v)?;
    }
    Ok(alloc_typed(
        ty,
        Partial {
            func: RefCell::new(func),
            args: RefCell::new(Tuple::new(new_args)),
            keywords: RefCell::new(keywords),
            placeholders: Cell::new(placeholders),
        },
    ))
}

fn partial_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let p = partial(v);
    let a = Args::new(args, kwnames);
    let given = a.positional();
    let holes = p.placeholders.get();
    if given.len() < holes {
        return Err(type_error(format!(
            "missing positional arguments in 'partial' call; expected at least {holes}, got {}",
            given.len()
        )));
    }
    let stored = p.args.borrow().clone();
    let stored = stored.downcast::<Tuple>().expect("tuple");
    let mut call_args = fill(stored.as_slice(), given);
    let keywords = p.keywords.borrow().clone();
    let kw = keywords.downcast::<Dict>().expect("dict");
    let func = p.func.borrow().clone();
    if kw.is_empty() {
        call_args.extend(a.values[given.len()..].iter().cloned());
        return protocol::call(&func, &call_args, kwnames);
    }
    let merged = kw.items();
    let mut names: Vec<Value> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    for (k, val) in merged.into_iter().chain(a.keywords()) {
        match names
            .iter()
            .position(|n| protocol::eq(n, &k).unwrap_or(false))
        {
            Some(i) => values[i] = val,
            None => {
                names.push(k);
                values.push(val);
            }
        }
    }
    call_args.extend(values);
    protocol::call(&func, &call_args, Some(&Tuple::new(names)))
}

fn partial_get(v: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    match obj.filter(|o| !is_none(o)) {
        None => Ok(v.clone()),
        Some(o) => Ok(Method::new(v.clone(), o.clone())),
    }
}

fn partial_repr(v: &Value) -> PyResult {
    let module = protocol::getattr_str(&v.type_value(), "__module__")
        .and_then(|m| protocol::str_string(&m))?;
    let qualname = protocol::getattr_str(&v.type_value(), "__qualname__")
        .and_then(|m| protocol::str_string(&m))?;
    let Some(_guard) = reprguard::enter(v) else {
        return Ok(PyStr::new("..."));
    };
    let p = partial(v);
    let (func, args) = (p.func.borrow().clone(), p.args.borrow().clone());
    let mut parts = vec![protocol::repr_string(&func)?];
    for a in protocol::collect(&args)? {
        parts.push(protocol::repr_string(&a)?);
    }
    let keywords = p.keywords.borrow().clone();
    for (k, val) in keywords.downcast::<Dict>().expect("dict").items() {
        parts.push(format!(
            "{}={}",
            protocol::str_string(&k)?,
            protocol::repr_string(&val)?
        ));
    }
    Ok(PyStr::new(&format!(
        "{module}.{qualname}({})",
        parts.join(", ")
    )))
}

fn partial_reduce(v: &Value, args: Args) -> PyResult {
    args.none("partial.__reduce__")?;
    let p = partial(v);
    let dict = match protocol::instance_dict(v) {
        Some(d) if protocol::len(&d)? > 0 => d,
        _ => none(),
    };
    let func = p.func.borrow().clone();
    Ok(Tuple::new(vec![
        v.type_value(),
        Tuple::new(vec![func.clone()]),
        Tuple::new(vec![
            func,
            p.args.borrow().clone(),
            p.keywords.borrow().clone(),
            dict,
        ]),
    ]))
}

fn partial_setstate(v: &Value, args: Args) -> PyResult {
    let state = args.one("partial.__setstate__")?;
    let invalid = || type_error("invalid partial state");
    let Some(t) = state.downcast::<Tuple>().filter(|t| t.len() == 4) else {
        return Err(invalid());
    };
    let (func, fnargs, kw, dict) = (
        &t.as_slice()[0],
        &t.as_slice()[1],
        &t.as_slice()[2],
        &t.as_slice()[3],
    );
    if !is_callable(func)
        || fnargs.downcast::<Tuple>().is_none()
        || (!is_none(kw) && kw.downcast::<Dict>().is_none())
    {
        return Err(invalid());
    }
    let items = protocol::collect(fnargs)?;
    let placeholders = count_placeholders(&items)?;
    let keywords = Dict::new_value();
    if !is_none(kw) {
        keywords.downcast::<Dict>().expect("dict").update_from(kw)?;
    }
    let p = partial(v);
    *p.func.borrow_mut() = func.clone();
    *p.args.borrow_mut() = Tuple::new(items);
    *p.keywords.borrow_mut() = keywords;
    p.placeholders.set(placeholders);
    if !is_none(dict)
        && let Some(own) = protocol::instance_dict(v)
        && let Some(own) = own.downcast::<Dict>()
    {
        own.clear();
        own.update_from(dict)?;
    }
    Ok(none())
}

fn readonly(_v: &Value, _x: Option<&Value>) -> PyResult<()> {
    Err(PyErr::new(
        &exceptions::ATTRIBUTE_ERROR,
        "readonly attribute",
    ))
}

fn partial_vectorcall_offset(_v: &Value) -> PyResult {
    Ok(from_usize(
        std::mem::size_of::<usize>() * 2 + std::mem::size_of::<Partial>(),
    ))
}

/// `partial_traverse`.
fn partial_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let p = partial(v);
    for field in [&p.func, &p.args, &p.keywords] {
        ouro_objects::gc::visit_field(field, visit);
    }
}

/// `partial_clear`: the function, arguments and keywords become None.
fn partial_clear(v: &Value) {
    let p = partial(v);
    for field in [&p.func, &p.args, &p.keywords] {
        ouro_objects::gc::clear_field(field);
    }
}

builtin_type!(pub static PARTIAL_TYPE: Partial = TypeSpec {
    name: "functools.partial",
    doc: Some("partial(func, /, *args, **keywords)\n--\n\nCreate a new function with partial application of the given arguments\nand keywords."),
    flags: flags::BASETYPE | flags::WEAKREFABLE,
    instance_dict: true,
    slots: SlotDefs {
        traverse: Some(partial_traverse),
        clear: Some(partial_clear),
        repr: Some(partial_repr),
        call: Some(partial_call),
        descr_get: Some(partial_get),
        new: Some(partial_new),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("__reduce__", partial_reduce, "__reduce__($self, /)\n--\n\n"),
        MethodDef::new("__setstate__", partial_setstate, "__setstate__($self, object, /)\n--\n\n"),
        CLASS_GETITEM_DEF,
    ],
    getsets: &[
        GetSetDef::member("func", |v| Ok(partial(v).func.borrow().clone()), Some(readonly)).with_doc("function object to use in future partial calls"),
        GetSetDef::member("args", |v| Ok(partial(v).args.borrow().clone()), Some(readonly)).with_doc("tuple of arguments to future partial calls"),
        GetSetDef::member("keywords", |v| Ok(partial(v).keywords.borrow().clone()), Some(readonly)).with_doc("dictionary of keyword arguments to future partial calls"),
        GetSetDef::member("__vectorcalloffset__", partial_vectorcall_offset, Some(readonly)),
        DICT_DEF,
    ],
    ..TypeSpec::DEFAULT
});

// ---- cmp_to_key ----

/// Both the key function (`obj` unset) and the keys it makes.
pub struct KeyWrapper {
    cmp: Value,
    obj: RefCell<Option<Value>>,
}

fn key_wrapper(v: &Value) -> &KeyWrapper {
    v.downcast::<KeyWrapper>().expect("KeyWrapper")
}

fn cmp_to_key(_module: &Value, args: Args) -> PyResult {
    let [cmp] = args.parse("cmp_to_key", ["mycmp"], 0, 1, 1)?;
    Ok(alloc_typed(
        &TypeRef::from_static(&KEY_WRAPPER_TYPE),
        KeyWrapper {
            cmp: cmp.expect("required"),
            obj: RefCell::new(None),
        },
    ))
}

fn key_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [obj] = Args::new(args, kwnames).parse("K", ["obj"], 0, 1, 1)?;
    Ok(alloc_typed(
        &TypeRef::from_static(&KEY_WRAPPER_TYPE),
        KeyWrapper {
            cmp: key_wrapper(v).cmp.clone(),
            obj: RefCell::new(obj),
        },
    ))
}

fn key_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let Some(other) = b.downcast_exact::<KeyWrapper>() else {
        return Err(type_error("other argument must be K instance"));
    };
    let me = key_wrapper(a);
    let (Some(x), Some(y)) = (me.obj.borrow().clone(), other.obj.borrow().clone()) else {
        return Err(PyErr::new(&exceptions::ATTRIBUTE_ERROR, "object"));
    };
    let res = protocol::call(&me.cmp, &[x, y], None)?;
    protocol::richcompare(&res, &from_i64(0), op)
}

fn key_obj_get(v: &Value) -> PyResult {
    key_wrapper(v)
        .obj
        .borrow()
        .clone()
        .ok_or_else(|| PyErr::new(&exceptions::ATTRIBUTE_ERROR, "obj"))
}

fn key_obj_set(v: &Value, x: Option<&Value>) -> PyResult<()> {
    let old = key_wrapper(v).obj.replace(x.cloned());
    drop(old);
    Ok(())
}

/// `keyobject_traverse`.
fn keyobject_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let k = key_wrapper(v);
    visit(&k.cmp);
    ouro_objects::gc::visit_optional(&k.obj, visit);
}

builtin_type!(pub static KEY_WRAPPER_TYPE: KeyWrapper = TypeSpec {
    name: "functools.KeyWrapper",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(keyobject_traverse), unhashable: true, richcompare: Some(key_richcompare), call: Some(key_call), ..SlotDefs::NONE },
    getsets: &[
        GetSetDef::member("obj", key_obj_get, Some(key_obj_set)).with_doc("Value wrapped by a key function."),
        GetSetDef::member("__text_signature__", |_| Ok(none()), Some(readonly)),
    ],
    ..TypeSpec::DEFAULT
});

// ---- _lru_cache_wrapper ----

/// `cache` is a dict in least- to most-recently-used order (a hit moves
/// its key to the end); `maxsize` `None` is unbounded.
pub struct LruCache {
    func: Value,
    maxsize: Option<usize>,
    typed: bool,
    info_type: Value,
    cache: Value,
    hits: Cell<usize>,
    misses: Cell<usize>,
}

fn lru(v: &Value) -> &LruCache {
    v.downcast::<LruCache>().expect("_lru_cache_wrapper")
}

fn lru_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [func, maxsize, typed, info_type] = Args::new(args, kwnames).parse(
        "lru_cache",
        ["user_function", "maxsize", "typed", "cache_info_type"],
        0,
        4,
        4,
    )?;
    let func = func.expect("required");
    if !is_callable(&func) {
        return Err(not_callable());
    }
    let maxsize = maxsize.expect("required");
    let maxsize = if is_none(&maxsize) {
        None
    } else if ouro_objects::int::is_int(&maxsize) {
        Some(usize::try_from(protocol::index_as_isize(&maxsize)?).unwrap_or(0))
    } else {
        return Err(type_error("maxsize should be integer or None"));
    };
    Ok(alloc_typed(
        ty,
        LruCache {
            func,
            maxsize,
            typed: protocol::is_true(&typed.expect("required"))?,
            info_type: info_type.expect("required"),
            cache: Dict::new_value(),
            hits: Cell::new(0),
            misses: Cell::new(0),
        },
    ))
}

/// The marker between positional and keyword parts of a key (`kwd_mark`).
fn keyword_mark() -> Value {
    ouro_objects::gil_shared! {
        static MARK: Value = ouro_objects::core::alloc(ObjectData);
    }
    MARK.with(Value::clone)
}

/// `lru_cache_make_key`: a lone exact int or str argument is its own key.
fn make_key(c: &LruCache, args: Args) -> Value {
    let pos = args.positional();
    let keywords = args.keywords();
    if !c.typed && keywords.is_empty() {
        if let [one] = pos
            && (std::ptr::eq(one.type_obj(), &INT_TYPE) || std::ptr::eq(one.type_obj(), &STR_TYPE))
        {
            return one.clone();
        }
        return Tuple::from_slice(pos);
    }
    let mut key: Vec<Value> = pos.to_vec();
    if !keywords.is_empty() {
        key.push(keyword_mark());
        for (k, v) in &keywords {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if c.typed {
        key.extend(pos.iter().map(Value::type_value));
        key.extend(keywords.iter().map(|(_, v)| v.type_value()));
    }
    Tuple::new(key)
}

fn lru_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let c = lru(v);
    if c.maxsize == Some(0) {
        c.misses.set(c.misses.get() + 1);
        return protocol::call(&c.func, args, kwnames);
    }
    let key = make_key(c, Args::new(args, kwnames));
    // Hashing first gives CPython's plain "unhashable type" message.
    protocol::hash(&key)?;
    let cache = c.cache.downcast::<Dict>().expect("dict");
    if let Some(hit) = cache.get_item_opt(&key)? {
        c.hits.set(c.hits.get() + 1);
        if c.maxsize.is_some() {
            cache.del_item_opt(&key)?;
            cache.set_item(key, hit.clone())?;
        }
        return Ok(hit);
    }
    c.misses.set(c.misses.get() + 1);
    let result = protocol::call(&c.func, args, kwnames)?;
    if cache.get_item_opt(&key)?.is_some() {
        // A recursive call cached this key meanwhile.
        return Ok(result);
    }
    if let Some(max) = c.maxsize
        && cache.len() >= max
        && let Some((_, oldest, _)) = cache.entry_from(0)
    {
        cache.del_item_opt(&oldest)?;
    }
    cache.set_item(key, result.clone())?;
    Ok(result)
}

fn lru_get(v: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult {
    match obj.filter(|o| !is_none(o)) {
        None => Ok(v.clone()),
        Some(o) => Ok(Method::new(v.clone(), o.clone())),
    }
}

fn lru_cache_info(v: &Value, args: Args) -> PyResult {
    args.none("cache_info")?;
    let c = lru(v);
    let maxsize = c.maxsize.map_or_else(none, from_usize);
    let size = c.cache.downcast::<Dict>().expect("dict").len();
    protocol::call(
        &c.info_type,
        &[
            from_usize(c.hits.get()),
            from_usize(c.misses.get()),
            maxsize,
            from_usize(size),
        ],
        None,
    )
}

fn lru_cache_clear(v: &Value, args: Args) -> PyResult {
    args.none("cache_clear")?;
    let c = lru(v);
    c.hits.set(0);
    c.misses.set(0);
    c.cache.downcast::<Dict>().expect("dict").clear();
    Ok(none())
}

fn lru_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    protocol::getattr_str(v, "__qualname__")
}

fn lru_copy(v: &Value, args: Args) -> PyResult {
    args.none("__copy__")?;
    Ok(v.clone())
}

fn lru_deepcopy(v: &Value, args: Args) -> PyResult {
    args.one("__deepcopy__")?;
    Ok(v.clone())
}

/// `lru_cache_tp_traverse` (the cache dict's own clear breaks its cycles).
fn lru_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(c) = v.downcast::<LruCache>() {
        visit(&c.func);
        visit(&c.info_type);
        visit(&c.cache);
    }
}

builtin_type!(pub static LRU_CACHE_TYPE: LruCache = TypeSpec {
    name: "functools._lru_cache_wrapper",
    doc: Some("Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n"),
    flags: flags::BASETYPE | flags::WEAKREFABLE,
    instance_dict: true,
    slots: SlotDefs { traverse: Some(lru_traverse), call: Some(lru_call), descr_get: Some(lru_get), new: Some(lru_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("cache_info", lru_cache_info, "cache_info($self, /)\n--\n\nReport cache statistics"),
        MethodDef::new("cache_clear", lru_cache_clear, "cache_clear($self, /)\n--\n\nClear the cache and cache statistics"),
        MethodDef::new("__reduce__", lru_reduce, "__reduce__($self, /)\n--\n\n"),
        MethodDef::new("__copy__", lru_copy, ""),
        MethodDef::new("__deepcopy__", lru_deepcopy, ""),
    ],
    getsets: &[DICT_DEF],
    ..TypeSpec::DEFAULT
});
