//! The combinatoric iterators `product`, `combinations`, `combinations_with_replacement` and `permutations`; mirrors itertoolsmodule.c's product_*, combinations_*, cwr_* and permutations_* functions.

use std::cell::{Cell, RefCell};

use ouro_objects::args::{Args, unexpected_keyword};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, overflow_error, type_error, value_error};
use ouro_objects::int::{self, from_usize};
use ouro_objects::none::is_none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, protocol};

use super::iter_self;

/// The state every combinatoric iterator shares: the pools of values, the
/// current indices, whether the first result was given and whether it is done.
struct Indexed {
    pool: Vec<Value>,
    indices: RefCell<Vec<usize>>,
    started: Cell<bool>,
    stopped: Cell<bool>,
}

impl Indexed {
    fn new(pool: Vec<Value>, indices: Vec<usize>, stopped: bool) -> Indexed {
        Indexed {
            pool,
            indices: RefCell::new(indices),
            started: Cell::new(false),
            stopped: Cell::new(stopped),
        }
    }

    fn result(&self, picks: &[usize]) -> Value {
        Tuple::new(picks.iter().map(|&i| self.pool[i].clone()).collect())
    }

    /// `__sizeof__`: the object plus its index and pool storage.
    fn size(&self, base: usize) -> usize {
        base + (self.indices.borrow().len() + self.pool.len()) * std::mem::size_of::<usize>()
    }
}

fn sizeof(v: &Value, indexed: &Indexed) -> PyResult {
    Ok(from_usize(
        indexed.size(v.type_obj().payload().basic_size()),
    ))
}

/// `r` of combinations: a non-negative index.
fn r_arg(r: &Value) -> PyResult<usize> {
    let r = protocol::index_as_isize(r)?;
    usize::try_from(r).map_err(|_| value_error("r must be non-negative"))
}

// ---- product ----

/// `pools[i]` is the values of the i-th factor (repeated `repeat` times).
pub struct Product {
    pools: Vec<Vec<Value>>,
    indices: RefCell<Vec<usize>>,
    started: Cell<bool>,
    stopped: Cell<bool>,
}

fn product_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let mut repeat = 1usize;
    for (key, value) in a.keywords() {
        if !key.downcast::<PyStr>().is_some_and(|k| k.eq_rust("repeat")) {
            return Err(unexpected_keyword("product", &key, &["repeat"]));
        }
        let n = protocol::index_as_isize(&value)?;
        repeat =
            usize::try_from(n).map_err(|_| value_error("repeat argument cannot be negative"))?;
    }
    let factors = a
        .positional()
        .iter()
        .map(protocol::collect)
        .collect::<PyResult<Vec<_>>>()?;
    if repeat != 0
        && factors
            .len()
            .checked_mul(repeat)
            .is_none_or(|n| n > isize::MAX.unsigned_abs() / 8)
    {
        return Err(overflow_error("repeat argument too large"));
    }
    let pools: Vec<Vec<Value>> = (0..repeat).flat_map(|_| factors.iter().cloned()).collect();
    let n = pools.len();
    Ok(alloc_typed(
        ty,
        Product {
            pools,
            indices: RefCell::new(vec![0; n]),
            started: Cell::new(false),
            stopped: Cell::new(false),
        },
    ))
}

fn product_next(v: &Value) -> PyResult<Option<Value>> {
    let p = v.downcast::<Product>().expect("product");
    if p.stopped.get() {
        return Ok(None);
    }
    let mut indices = p.indices.borrow_mut();
    if !p.started.get() {
        p.started.set(true);
        if p.pools.iter().any(Vec::is_empty) {
            p.stopped.set(true);
            return Ok(None);
        }
    } else {
        let mut i = p.pools.len();
        loop {
            if i == 0 {
                p.stopped.set(true);
                return Ok(None);
            }
            i -= 1;
            indices[i] += 1;
            if indices[i] < p.pools[i].len() {
                break;
            }
            indices[i] = 0;
        }
    }
    let items = p
        .pools
        .iter()
        .zip(indices.iter())
        .map(|(pool, &j)| pool[j].clone());
    Ok(Some(Tuple::new(items.collect())))
}

fn product_sizeof(v: &Value, args: Args) -> PyResult {
    args.none("__sizeof__")?;
    let p = v.downcast::<Product>().expect("product");
    let words = p.indices.borrow().len() + p.pools.len();
    Ok(from_usize(
        v.type_obj().payload().basic_size() + words * std::mem::size_of::<usize>(),
    ))
}

builtin_type!(pub static PRODUCT_TYPE: Product = TypeSpec {
    name: "itertools.product",
    doc: Some("product(*iterables, repeat=1)\n--\n\nCartesian product of input iterables.  Equivalent to nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\nThe leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an odometer (with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable with itself, specify the number\nof repetitions with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ..."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(iter_self), iternext: Some(product_next), new: Some(product_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__sizeof__", product_sizeof, "__sizeof__($self, /)\n--\n\nReturns size in memory, in bytes.")],
    ..TypeSpec::DEFAULT
});

// ---- combinations ----

pub struct Combinations(Indexed);

fn combinations_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [iterable, r] =
        Args::new(args, kwnames).parse("combinations", ["iterable", "r"], 0, 2, 2)?;
    let pool = protocol::collect(&iterable.expect("required"))?;
    let r = r_arg(&r.expect("required"))?;
    let stopped = r > pool.len();
    Ok(alloc_typed(
        ty,
        Combinations(Indexed::new(pool, (0..r).collect(), stopped)),
    ))
}

fn combinations_next(v: &Value) -> PyResult<Option<Value>> {
    let c = &v.downcast::<Combinations>().expect("combinations").0;
    if c.stopped.get() {
        return Ok(None);
    }
    let mut indices = c.indices.borrow_mut();
    if c.started.replace(true) {
        let (n, r) = (c.pool.len(), indices.len());
        let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
            c.stopped.set(true);
            return Ok(None);
        };
        indices[i] += 1;
        for j in i + 1..r {
            indices[j] = indices[j - 1] + 1;
        }
    }
    Ok(Some(c.result(&indices)))
}

fn combinations_sizeof(v: &Value, args: Args) -> PyResult {
    args.none("__sizeof__")?;
    sizeof(v, &v.downcast::<Combinations>().expect("combinations").0)
}

builtin_type!(pub static COMBINATIONS_TYPE: Combinations = TypeSpec {
    name: "itertools.combinations",
    doc: Some("combinations(iterable, r)\n--\n\nReturn successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(iter_self), iternext: Some(combinations_next), new: Some(combinations_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__sizeof__", combinations_sizeof, "__sizeof__($self, /)\n--\n\nReturns size in memory, in bytes.")],
    ..TypeSpec::DEFAULT
});

// ---- combinations_with_replacement ----

pub struct CombinationsWithReplacement(Indexed);

fn cwr_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [iterable, r] = Args::new(args, kwnames).parse(
        "combinations_with_replacement",
        ["iterable", "r"],
        0,
        2,
        2,
    )?;
    let pool = protocol::collect(&iterable.expect("required"))?;
    let r = r_arg(&r.expect("required"))?;
    let stopped = pool.is_empty() && r > 0;
    Ok(alloc_typed(
        ty,
        CombinationsWithReplacement(Indexed::new(pool, vec![0; r], stopped)),
    ))
}

fn cwr_next(v: &Value) -> PyResult<Option<Value>> {
    let c = &v.downcast::<CombinationsWithReplacement>().expect("cwr").0;
    if c.stopped.get() {
        return Ok(None);
    }
    let mut indices = c.indices.borrow_mut();
    if c.started.replace(true) {
        let (n, r) = (c.pool.len(), indices.len());
        let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
            c.stopped.set(true);
            return Ok(None);
        };
        let index = indices[i] + 1;
        for slot in &mut indices[i..] {
            *slot = index;
        }
    }
    Ok(Some(c.result(&indices)))
}

fn cwr_sizeof(v: &Value, args: Args) -> PyResult {
    args.none("__sizeof__")?;
    sizeof(
        v,
        &v.downcast::<CombinationsWithReplacement>().expect("cwr").0,
    )
}

builtin_type!(pub static CWR_TYPE: CombinationsWithReplacement = TypeSpec {
    name: "itertools.combinations_with_replacement",
    doc: Some("combinations_with_replacement(iterable, r)\n--\n\nReturn successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(iter_self), iternext: Some(cwr_next), new: Some(cwr_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__sizeof__", cwr_sizeof, "__sizeof__($self, /)\n--\n\nReturns size in memory, in bytes.")],
    ..TypeSpec::DEFAULT
});

// ---- permutations ----

/// `indices` is the current arrangement of the pool, `cycles` the countdown
/// per position (the algorithm of the docs' pure-Python equivalent).
pub struct Permutations {
    state: Indexed,
    r: usize,
    cycles: RefCell<Vec<usize>>,
}

fn permutations_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [iterable, r] =
        Args::new(args, kwnames).parse("permutations", ["iterable", "r"], 0, 1, 2)?;
    let pool = protocol::collect(&iterable.expect("required"))?;
    let n = pool.len();
    let r = match r.filter(|r| !is_none(r)) {
        None => n,
        Some(r) => {
            if !int::is_int(&r) {
                return Err(type_error("Expected int as r"));
            }
            r_arg(&r)?
        }
    };
    let cycles = (0..r.min(n)).map(|i| n - i).collect();
    Ok(alloc_typed(
        ty,
        Permutations {
            state: Indexed::new(pool, (0..n).collect(), r > n),
            r,
            cycles: RefCell::new(cycles),
        },
    ))
}

fn permutations_next(v: &Value) -> PyResult<Option<Value>> {
    let p = v.downcast::<Permutations>().expect("permutations");
    let s = &p.state;
    if s.stopped.get() {
        return Ok(None);
    }
    let mut indices = s.indices.borrow_mut();
    if s.started.replace(true) {
        let n = s.pool.len();
        if n == 0 {
            s.stopped.set(true);
            return Ok(None);
        }
        let mut cycles = p.cycles.borrow_mut();
        let mut advanced = false;
        for i in (0..p.r).rev() {
            cycles[i] -= 1;
            if cycles[i] == 0 {
                indices[i..].rotate_left(1);
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                indices.swap(i, n - j);
                advanced = true;
                break;
            }
        }
        if !advanced {
            s.stopped.set(true);
            return Ok(None);
        }
    }
    Ok(Some(s.result(&indices[..p.r])))
}

fn permutations_sizeof(v: &Value, args: Args) -> PyResult {
    args.none("__sizeof__")?;
    let p = v.downcast::<Permutations>().expect("permutations");
    let extra = p.cycles.borrow().len() * std::mem::size_of::<usize>();
    Ok(from_usize(
        p.state.size(v.type_obj().payload().basic_size()) + extra,
    ))
}

builtin_type!(pub static PERMUTATIONS_TYPE: Permutations = TypeSpec {
    name: "itertools.permutations",
    doc: Some("permutations(iterable, r=None)\n--\n\nReturn successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(iter_self), iternext: Some(permutations_next), new: Some(permutations_new), ..SlotDefs::NONE },
    methods: &[MethodDef::new("__sizeof__", permutations_sizeof, "__sizeof__($self, /)\n--\n\nReturns size in memory, in bytes.")],
    ..TypeSpec::DEFAULT
});
