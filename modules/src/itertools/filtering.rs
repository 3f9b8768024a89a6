//! The iterators that terminate on the shortest input: `accumulate`, `batched`, `chain`, `compress`, `dropwhile`, `filterfalse`, `islice`, `pairwise`, `starmap`, `takewhile`, `zip_longest`; mirrors the matching parts of itertoolsmodule.c.

use std::cell::{Cell, RefCell};

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::genericalias::CLASS_GETITEM_DEF;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_subtype, builtin_type, protocol};

use super::{iter_self, next_nested};

/// A slot holding an iterator until it is exhausted (CPython `Py_CLEAR`s it).
use ouro_objects::gc::visit_optional;

type IterSlot = RefCell<Option<Value>>;

fn current(slot: &IterSlot) -> Option<Value> {
    slot.borrow().clone()
}

/// The next item of the iterator in `slot`, clearing it at exhaustion.
fn next_or_clear(slot: &IterSlot) -> PyResult<Option<Value>> {
    let Some(it) = current(slot) else {
        return Ok(None);
    };
    let item = next_nested(&it)?;
    if item.is_none() {
        *slot.borrow_mut() = None;
    }
    Ok(item)
}

/// The arguments of a positional-only constructor (`name expected 2 arguments, got 1`).
fn positional<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: Option<&'a Value>,
    n: usize,
) -> PyResult<&'a [Value]> {
    Args::new(args, kwnames).range(name, name, n, n)
}

// ---- accumulate ----

pub struct Accumulate {
    it: Value,
    func: Option<Value>,
    total: RefCell<Option<Value>>,
    initial: RefCell<Option<Value>>,
}

fn accumulate_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [iterable, func, initial] =
        Args::new(args, kwnames).parse("accumulate", ["iterable", "func", "initial"], 0, 1, 2)?;
    let it = protocol::iter(&iterable.expect("required"))?;
    Ok(alloc_typed(
        ty,
        Accumulate {
            it,
            func: func.filter(|f| !is_none(f)),
            total: RefCell::new(None),
            initial: RefCell::new(initial.filter(|v| !is_none(v))),
        },
    ))
}

fn accumulate_next(v: &Value) -> PyResult<Option<Value>> {
    let a = v.downcast::<Accumulate>().expect("accumulate");
    if let Some(initial) = a.initial.borrow_mut().take() {
        *a.total.borrow_mut() = Some(initial.clone());
        return Ok(Some(initial));
    }
    let Some(item) = next_nested(&a.it)? else {
        return Ok(None);
    };
    let total = a.total.borrow().clone();
    let new_total = match total {
        None => item,
        Some(total) => match &a.func {
            None => protocol::binary_op(&total, &item, NbOp::Add)?,
            Some(f) => protocol::call(f, &[total, item], None)?,
        },
    };
    *a.total.borrow_mut() = Some(new_total.clone());
    Ok(Some(new_total))
}

/// `accumulate_traverse`.
fn accumulate_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(a) = v.downcast::<Accumulate>() {
        visit(&a.it);
        if let Some(f) = &a.func {
            visit(f);
        }
        visit_optional(&a.total, visit);
        visit_optional(&a.initial, visit);
    }
}

builtin_type!(pub static ACCUMULATE_TYPE: Accumulate = TypeSpec {
    name: "itertools.accumulate",
    doc: Some("accumulate(iterable, func=None, *, initial=None)\n--\n\nReturn series of accumulated sums (or other binary function results)."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(accumulate_traverse), iter: Some(iter_self), iternext: Some(accumulate_next), new: Some(accumulate_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

// ---- batched ----

pub struct Batched {
    it: IterSlot,
    n: usize,
    strict: bool,
}

fn batched_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [iterable, n, strict] =
        Args::new(args, kwnames).parse("batched", ["iterable", "n", "strict"], 0, 2, 2)?;
    let n = protocol::index_as_isize(&n.expect("required"))?;
    let strict = strict.map_or(Ok(false), |s| protocol::is_true(&s))?;
    if n < 1 {
        return Err(value_error("n must be at least one"));
    }
    let it = protocol::iter(&iterable.expect("required"))?;
    Ok(alloc_typed(
        ty,
        Batched {
            it: RefCell::new(Some(it)),
            n: n.unsigned_abs(),
            strict,
        },
    ))
}

fn batched_next(v: &Value) -> PyResult<Option<Value>> {
    let b = v.downcast::<Batched>().expect("batched");
    let Some(it) = current(&b.it) else {
        return Ok(None);
    };
    let mut items = Vec::new();
    while items.len() < b.n {
        match next_nested(&it) {
            Ok(Some(x)) => items.push(x),
            Ok(None) => break,
            Err(e) => {
                *b.it.borrow_mut() = None;
                return Err(e);
            }
        }
    }
    if items.len() < b.n {
        *b.it.borrow_mut() = None;
        if items.is_empty() {
            return Ok(None);
        }
        if b.strict {
            return Err(value_error("batched(): incomplete batch"));
        }
    }
    Ok(Some(Tuple::new(items)))
}

/// `batched_traverse`.
fn batched_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(b) = v.downcast::<Batched>() {
        visit_optional(&b.it, visit);
    }
}

builtin_type!(pub static BATCHED_TYPE: Batched = TypeSpec {
    name: "itertools.batched",
    doc: Some("batched(iterable, n, *, strict=False)\n--\n\nBatch data into tuples of length n. The last batch may be shorter than n.\n\nLoops over the input iterable and accumulates data into tuples\nup to size n.  The input is consumed lazily, just enough to\nfill a batch.  The result is yielded as soon as a batch is full\nor when the input iterable is exhausted.\n\n    >>> for batch in batched('ABCDEFG', 3):\n    ...     print(batch)\n    ...\n    ('A', 'B', 'C')\n    ('D', 'E', 'F')\n    ('G',)\n\nIf \"strict\" is True, raises a ValueError if the final batch is shorter\nthan n."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(batched_traverse), iter: Some(iter_self), iternext: Some(batched_next), new: Some(batched_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

// ---- chain ----

/// `source` yields the iterables; `active` is the one being read.
pub struct Chain {
    source: IterSlot,
    active: IterSlot,
}

fn chain_from(ty: &TypeRef, source: Value) -> Value {
    alloc_typed(
        ty,
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    )
}

fn chain_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    if ty.is_static(&CHAIN_TYPE) {
        a.no_keywords("chain")?;
    }
    let source = protocol::iter(&Tuple::from_slice(a.positional()))?;
    Ok(chain_from(ty, source))
}

fn chain_from_iterable(cls: &Value, args: Args) -> PyResult {
    let iterable = args.one("from_iterable")?;
    let source = protocol::iter(iterable)?;
    let ty = TypeRef::from_value(cls).expect("from_iterable is a class method");
    Ok(chain_from(&ty, source))
}

fn chain_next(v: &Value) -> PyResult<Option<Value>> {
    let c = v.downcast::<Chain>().expect("chain");
    loop {
        if let Some(item) = next_or_clear(&c.active)? {
            return Ok(Some(item));
        }
        let Some(iterable) = next_or_clear(&c.source)? else {
            return Ok(None);
        };
        let it = protocol::iter(&iterable)?;
        *c.active.borrow_mut() = Some(it);
    }
}

/// `chain_traverse`.
fn chain_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(c) = v.downcast::<Chain>() {
        visit_optional(&c.source, visit);
        visit_optional(&c.active, visit);
    }
}

builtin_type!(pub static CHAIN_TYPE: Chain = TypeSpec {
    name: "itertools.chain",
    doc: Some("chain(*iterables)\n--\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(chain_traverse), iter: Some(iter_self), iternext: Some(chain_next), new: Some(chain_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::class("from_iterable", chain_from_iterable, "from_iterable($type, iterable, /)\n--\n\nAlternative chain() constructor taking a single iterable argument that evaluates lazily."),
        CLASS_GETITEM_DEF,
    ],
    ..TypeSpec::DEFAULT
});

// ---- compress ----

pub struct Compress {
    data: Value,
    selectors: Value,
}

fn compress_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [data, selectors] =
        Args::new(args, kwnames).parse("compress", ["data", "selectors"], 0, 2, 2)?;
    let data = protocol::iter(&data.expect("required"))?;
    let selectors = protocol::iter(&selectors.expect("required"))?;
    Ok(alloc_typed(ty, Compress { data, selectors }))
}

fn compress_next(v: &Value) -> PyResult<Option<Value>> {
    let c = v.downcast::<Compress>().expect("compress");
    loop {
        let Some(datum) = next_nested(&c.data)? else {
            return Ok(None);
        };
        let Some(selector) = next_nested(&c.selectors)? else {
            return Ok(None);
        };
        if protocol::is_true(&selector)? {
            return Ok(Some(datum));
        }
    }
}

/// `compress_traverse`.
fn compress_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(c) = v.downcast::<Compress>() {
        visit(&c.data);
        visit(&c.selectors);
    }
}

builtin_type!(pub static COMPRESS_TYPE: Compress = TypeSpec {
    name: "itertools.compress",
    doc: Some("compress(data, selectors)\n--\n\nReturn data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(compress_traverse), iter: Some(iter_self), iternext: Some(compress_next), new: Some(compress_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

// ---- dropwhile, takewhile, filterfalse, starmap: a function and an iterator ----

/// The shape shared by the predicate iterators: `done` is dropwhile's
/// "stopped dropping" and takewhile's "stopped taking".
pub struct Predicated {
    func: Value,
    it: Value,
    done: Cell<bool>,
}

fn predicated(name: &str, ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = positional(name, args, kwnames, 2)?;
    let it = protocol::iter(&a[1])?;
    Ok(alloc_typed(
        ty,
        Predicated {
            func: a[0].clone(),
            it,
            done: Cell::new(false),
        },
    ))
}

fn this(v: &Value) -> &Predicated {
    v.downcast::<Predicated>().expect("predicate iterator")
}

fn dropwhile_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    predicated("dropwhile", ty, args, kwnames)
}

fn dropwhile_next(v: &Value) -> PyResult<Option<Value>> {
    let d = this(v);
    loop {
        let Some(item) = next_nested(&d.it)? else {
            return Ok(None);
        };
        if d.done.get() {
            return Ok(Some(item));
        }
        if !protocol::is_true(&protocol::call1(&d.func, item.clone())?)? {
            d.done.set(true);
            return Ok(Some(item));
        }
    }
}

/// `dropwhile_traverse` and its kin (takewhile, filterfalse, starmap).
fn predicated_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(p) = v.downcast::<Predicated>() {
        visit(&p.func);
        visit(&p.it);
    }
}

builtin_type!(pub static DROPWHILE_TYPE: Predicated = TypeSpec {
    name: "itertools.dropwhile",
    doc: Some("dropwhile(predicate, iterable, /)\n--\n\nDrop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(predicated_traverse), iter: Some(iter_self), iternext: Some(dropwhile_next), new: Some(dropwhile_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

fn takewhile_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    predicated("takewhile", ty, args, kwnames)
}

fn takewhile_next(v: &Value) -> PyResult<Option<Value>> {
    let t = this(v);
    if t.done.get() {
        return Ok(None);
    }
    let Some(item) = next_nested(&t.it)? else {
        return Ok(None);
    };
    if protocol::is_true(&protocol::call1(&t.func, item.clone())?)? {
        return Ok(Some(item));
    }
    t.done.set(true);
    Ok(None)
}

builtin_subtype!(pub static TAKEWHILE_TYPE: Predicated as DROPWHILE_TYPE = TypeSpec {
    name: "itertools.takewhile",
    doc: Some("takewhile(predicate, iterable, /)\n--\n\nReturn successive entries from an iterable as long as the predicate evaluates to true for each entry."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(predicated_traverse), iter: Some(iter_self), iternext: Some(takewhile_next), new: Some(takewhile_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

fn filterfalse_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    predicated("filterfalse", ty, args, kwnames)
}

fn filterfalse_next(v: &Value) -> PyResult<Option<Value>> {
    let f = this(v);
    loop {
        let Some(item) = next_nested(&f.it)? else {
            return Ok(None);
        };
        let verdict = if is_none(&f.func) {
            protocol::is_true(&item)?
        } else {
            protocol::is_true(&protocol::call1(&f.func, item.clone())?)?
        };
        if !verdict {
            return Ok(Some(item));
        }
    }
}

builtin_subtype!(pub static FILTERFALSE_TYPE: Predicated as DROPWHILE_TYPE = TypeSpec {
    name: "itertools.filterfalse",
    doc: Some("filterfalse(function, iterable, /)\n--\n\nReturn those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(predicated_traverse), iter: Some(iter_self), iternext: Some(filterfalse_next), new: Some(filterfalse_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

fn starmap_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    predicated("starmap", ty, args, kwnames)
}

fn starmap_next(v: &Value) -> PyResult<Option<Value>> {
    let s = this(v);
    let Some(args) = next_nested(&s.it)? else {
        return Ok(None);
    };
    let args = protocol::collect(&args)?;
    protocol::call(&s.func, &args, None).map(Some)
}

builtin_subtype!(pub static STARMAP_TYPE: Predicated as DROPWHILE_TYPE = TypeSpec {
    name: "itertools.starmap",
    doc: Some("starmap(function, iterable, /)\n--\n\nReturn an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(predicated_traverse), iter: Some(iter_self), iternext: Some(starmap_next), new: Some(starmap_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

// ---- islice ----

/// `next` is the index of the next item to return, `count` how many were
/// read; `stop` is `None` for "to the end".
pub struct Islice {
    it: IterSlot,
    next: Cell<usize>,
    stop: Option<usize>,
    step: usize,
    count: Cell<usize>,
}

const STOP_MESSAGE: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/// `PyNumber_AsSsize_t` with any failure read as -1, as islice does.
fn ssize_or_minus_one(v: &Value) -> isize {
    protocol::index_as_isize(v).unwrap_or(-1)
}

fn islice_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    if ty.is_static(&ISLICE_TYPE) {
        a.no_keywords("islice")?;
    }
    let a = a.range("islice", "islice", 2, 4)?;
    let (mut start, mut stop, mut step) = (0isize, -1isize, 1isize);
    if a.len() == 2 {
        if !is_none(&a[1]) {
            stop = ssize_or_minus_one(&a[1]);
            if stop == -1 {
                return Err(value_error(STOP_MESSAGE));
            }
        }
    } else {
        if !is_none(&a[1]) {
            start = ssize_or_minus_one(&a[1]);
        }
        if !is_none(&a[2]) {
            stop = ssize_or_minus_one(&a[2]);
            if stop == -1 {
                return Err(value_error(STOP_MESSAGE));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if let Some(s) = a.get(3).filter(|s| !is_none(s)) {
        step = ssize_or_minus_one(s);
    }
    if step < 1 {
        return Err(value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let it = protocol::iter(&a[0])?;
    Ok(alloc_typed(
        ty,
        Islice {
            it: RefCell::new(Some(it)),
            next: Cell::new(start.unsigned_abs()),
            stop: usize::try_from(stop).ok(),
            step: step.unsigned_abs(),
            count: Cell::new(0),
        },
    ))
}

fn islice_next(v: &Value) -> PyResult<Option<Value>> {
    let s = v.downcast::<Islice>().expect("islice");
    let Some(it) = current(&s.it) else {
        return Ok(None);
    };
    let exhausted = |s: &Islice| {
        *s.it.borrow_mut() = None;
        Ok(None)
    };
    while s.count.get() < s.next.get() {
        if next_nested(&it)?.is_none() {
            return exhausted(s);
        }
        s.count.set(s.count.get() + 1);
    }
    if s.stop.is_some_and(|stop| s.count.get() >= stop) {
        return exhausted(s);
    }
    let Some(item) = next_nested(&it)? else {
        return exhausted(s);
    };
    s.count.set(s.count.get() + 1);
    let next = s.next.get().saturating_add(s.step);
    s.next.set(match s.stop {
        Some(stop) if next > stop => stop,
        _ => next,
    });
    Ok(Some(item))
}

/// `islice_traverse`.
fn islice_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(s) = v.downcast::<Islice>() {
        visit_optional(&s.it, visit);
    }
}

builtin_type!(pub static ISLICE_TYPE: Islice = TypeSpec {
    name: "itertools.islice",
    doc: Some("islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(islice_traverse), iter: Some(iter_self), iternext: Some(islice_next), new: Some(islice_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

// ---- pairwise ----

pub struct Pairwise {
    it: IterSlot,
    old: RefCell<Option<Value>>,
}

fn pairwise_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = positional("pairwise", args, kwnames, 1)?;
    let it = protocol::iter(&a[0])?;
    Ok(alloc_typed(
        ty,
        Pairwise {
            it: RefCell::new(Some(it)),
            old: RefCell::new(None),
        },
    ))
}

fn pairwise_next(v: &Value) -> PyResult<Option<Value>> {
    let p = v.downcast::<Pairwise>().expect("pairwise");
    let Some(it) = current(&p.it) else {
        return Ok(None);
    };
    let saved = p.old.borrow().clone();
    let old = match saved {
        Some(old) => old,
        None => {
            let Some(first) = next_nested(&it)? else {
                *p.it.borrow_mut() = None;
                return Ok(None);
            };
            *p.old.borrow_mut() = Some(first.clone());
            first
        }
    };
    let Some(new) = next_nested(&it)? else {
        *p.it.borrow_mut() = None;
        *p.old.borrow_mut() = None;
        return Ok(None);
    };
    *p.old.borrow_mut() = Some(new.clone());
    Ok(Some(Tuple::new(vec![old, new])))
}

/// `pairwise_traverse`.
fn pairwise_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(p) = v.downcast::<Pairwise>() {
        visit_optional(&p.it, visit);
        visit_optional(&p.old, visit);
    }
}

builtin_type!(pub static PAIRWISE_TYPE: Pairwise = TypeSpec {
    name: "itertools.pairwise",
    doc: Some("pairwise(iterable, /)\n--\n\nReturn an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ..."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(pairwise_traverse), iter: Some(iter_self), iternext: Some(pairwise_next), new: Some(pairwise_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});

// ---- zip_longest ----

/// One slot per input; an exhausted input's slot is cleared and filled
/// with `fillvalue` until every input is exhausted.
pub struct ZipLongest {
    iters: RefCell<Vec<Option<Value>>>,
    active: Cell<usize>,
    fillvalue: Value,
}

fn zip_longest_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let mut fillvalue = none();
    if ty.is_static(&ZIP_LONGEST_TYPE) || a.kw_count() > 0 {
        for (key, value) in a.keywords() {
            if key
                .downcast::<PyStr>()
                .is_some_and(|k| k.eq_rust("fillvalue"))
            {
                fillvalue = value;
            } else {
                return Err(type_error(
                    "zip_longest() got an unexpected keyword argument",
                ));
            }
        }
    }
    let iters = a
        .positional()
        .iter()
        .map(|x| protocol::iter(x).map(Some))
        .collect::<PyResult<Vec<_>>>()?;
    let active = iters.len();
    Ok(alloc_typed(
        ty,
        ZipLongest {
            iters: RefCell::new(iters),
            active: Cell::new(active),
            fillvalue,
        },
    ))
}

fn zip_longest_next(v: &Value) -> PyResult<Option<Value>> {
    let z = v.downcast::<ZipLongest>().expect("zip_longest");
    let n = z.iters.borrow().len();
    if n == 0 || z.active.get() == 0 {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(n);
    for i in 0..n {
        let Some(it) = z.iters.borrow().get(i).cloned().flatten() else {
            items.push(z.fillvalue.clone());
            continue;
        };
        match next_nested(&it) {
            Ok(Some(x)) => items.push(x),
            Ok(None) => {
                z.active.set(z.active.get() - 1);
                if z.active.get() == 0 {
                    return Ok(None);
                }
                z.iters.borrow_mut()[i] = None;
                items.push(z.fillvalue.clone());
            }
            Err(e) => {
                z.active.set(0);
                return Err(e);
            }
        }
    }
    Ok(Some(Tuple::new(items)))
}

/// `zip_longest_traverse`.
fn zip_longest_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(z) = v.downcast::<ZipLongest>() {
        if let Ok(iters) = z.iters.try_borrow() {
            for it in iters.iter().flatten() {
                visit(it);
            }
        }
        visit(&z.fillvalue);
    }
}

builtin_type!(pub static ZIP_LONGEST_TYPE: ZipLongest = TypeSpec {
    name: "itertools.zip_longest",
    doc: Some("zip_longest(*iterables, fillvalue=None)\n--\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.\n"),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(zip_longest_traverse), iter: Some(iter_self), iternext: Some(zip_longest_next), new: Some(zip_longest_new), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});
