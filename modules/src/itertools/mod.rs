//! `itertools`: iterator building blocks (infinite, filtering, combinatoric, grouping, tee); mirrors Modules/itertoolsmodule.c.

mod combinatoric;
mod filtering;
mod grouping;
mod infinite;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::PyObj;
use ouro_objects::descr::MethodDef;
use ouro_objects::typeobj::TypeObject;
use ouro_objects::{PyResult, Value};

pub static MODULE: ModuleDef = ModuleDef {
    name: "itertools",
    doc: "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\nbatched(p, n) --> [p0, p1, ..., p_n-1], [p_n, p_n+1, ..., p_2n-1], ...\nchain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(predicate, seq) --> seq[n], seq[n+1], starting when predicate fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\nfilterfalse(predicate, seq) --> elements of seq where predicate(elem) is False\nislice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\ntakewhile(predicate, seq) --> seq[0], seq[1], until predicate fails\nzip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\npermutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n",
    functions: &[MethodDef::new(
        "tee",
        grouping::tee,
        "tee($module, iterable, n=2, /)\n--\n\nReturns a tuple of n independent iterators.",
    )],
    types,
    init,
};

fn init(_module: &Value) -> PyResult<()> {
    crate::heaptype::list_module_in_dict(&types());
    Ok(())
}

fn types() -> Vec<&'static PyObj<TypeObject>> {
    vec![
        &infinite::COUNT_TYPE,
        &infinite::REPEAT_TYPE,
        &infinite::CYCLE_TYPE,
        &filtering::ACCUMULATE_TYPE,
        &filtering::BATCHED_TYPE,
        &filtering::CHAIN_TYPE,
        &filtering::COMPRESS_TYPE,
        &filtering::DROPWHILE_TYPE,
        &filtering::FILTERFALSE_TYPE,
        &filtering::ISLICE_TYPE,
        &filtering::PAIRWISE_TYPE,
        &filtering::STARMAP_TYPE,
        &filtering::TAKEWHILE_TYPE,
        &filtering::ZIP_LONGEST_TYPE,
        &combinatoric::PRODUCT_TYPE,
        &combinatoric::COMBINATIONS_TYPE,
        &combinatoric::CWR_TYPE,
        &combinatoric::PERMUTATIONS_TYPE,
        &grouping::GROUPBY_TYPE,
        &grouping::GROUPER_TYPE,
        &grouping::TEE_DATA_TYPE,
        &grouping::TEE_TYPE,
    ]
}

/// `protocol::next` one native level deeper: iterators nested in iterators
/// (`chain(chain(...))`) recurse on the Rust stack, so each level counts
/// against the native depth guard.
fn next_nested(it: &Value) -> PyResult<Option<Value>> {
    let _guard = ouro_objects::protocol::enter_recursion(" while iterating")?;
    ouro_objects::protocol::next(it)
}

/// `tp_iter` of every iterator here: the iterator itself.
fn iter_self(v: &Value) -> PyResult {
    Ok(v.clone())
}
