//! `zip`: tuples from several iterators, with `strict=` length checking; mirrors Python/bltinmodule.c's zip. `map` shares `next_all`.

use std::cell::Cell;

use crate::args::Args;
use crate::builtin_type;
use crate::core::{TypeRef, Value, alloc_typed};
use crate::descr::MethodDef;
use crate::err::{PyResult, value_error};
use crate::none::none;
use crate::protocol;
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, flags};

pub struct Zip {
    iters: Vec<Value>,
    strict: Cell<bool>,
}

fn this(v: &Value) -> &Zip {
    v.downcast::<Zip>().expect("zip")
}

/// "argument 2" / "arguments 1-2": the part before index `i` (0-based).
fn earlier(i: usize) -> String {
    if i == 1 {
        " 1".into()
    } else {
        format!("s 1-{i}")
    }
}

/// The next item of every iterator; `None` when one is exhausted. With
/// `strict`, unequal lengths raise CPython's `ValueError` naming `fname`.
pub fn next_all(iters: &[Value], strict: bool, fname: &str) -> PyResult<Option<Vec<Value>>> {
    let mut items = Vec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        match protocol::next(it)? {
            Some(x) => items.push(x),
            None if !strict => return Ok(None),
            None if i > 0 => {
                return Err(value_error(format!(
                    "{fname}() argument {} is shorter than argument{}",
                    i + 1,
                    earlier(i)
                )));
            }
            None => {
                for (j, rest) in iters.iter().enumerate().skip(1) {
                    if protocol::next(rest)?.is_some() {
                        return Err(value_error(format!(
                            "{fname}() argument {} is longer than argument{}",
                            j + 1,
                            earlier(j)
                        )));
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(items))
}

/// The `strict` keyword-only flag of `zip`/`map`; any other keyword is an error.
pub fn strict_keyword(a: &Args, fname: &str) -> PyResult<bool> {
    let npos = a.positional().len();
    let [strict] = Args::new(&a.values[npos..], a.kwnames).parse(fname, ["strict"], 0, 0, 0)?;
    strict.map_or(Ok(false), |v| protocol::is_true(&v))
}

fn zip_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let strict = strict_keyword(&a, "zip")?;
    let iters = a
        .positional()
        .iter()
        .map(protocol::iter)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(alloc_typed(
        ty,
        Zip {
            iters,
            strict: Cell::new(strict),
        },
    ))
}

fn zip_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn zip_next(v: &Value) -> PyResult<Option<Value>> {
    let z = this(v);
    if z.iters.is_empty() {
        return Ok(None);
    }
    Ok(next_all(&z.iters, z.strict.get(), "zip")?.map(Tuple::new))
}

fn zip_reduce(v: &Value, args: Args) -> PyResult {
    args.none("zip.__reduce__")?;
    let z = this(v);
    let mut parts = vec![v.type_value(), Tuple::new(z.iters.clone())];
    if z.strict.get() {
        parts.push(Tuple::new(vec![crate::bool::py_bool(true)]));
    }
    Ok(Tuple::new(parts))
}

fn zip_setstate(v: &Value, args: Args) -> PyResult {
    let flag = args.one("zip.__setstate__")?;
    this(v).strict.set(protocol::is_true(flag)?);
    Ok(none())
}

/// `zip_traverse`.
fn zip_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    for it in &this(v).iters {
        visit(it);
    }
}

builtin_type!(pub static ZIP_TYPE: Zip = TypeSpec {
    name: "zip",
    doc: Some("zip(*iterables, strict=False)\n--\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]"),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(zip_traverse), iter: Some(zip_iter), iternext: Some(zip_next), new: Some(zip_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("__reduce__", zip_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling."),
        MethodDef::new("__setstate__", zip_setstate, "__setstate__($self, object, /)\n--\n\nSet state information for unpickling."),
    ],
    ..TypeSpec::DEFAULT
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::int::from_i64;
    use crate::list::List;

    #[test]
    fn strict_messages() {
        let _lock = crate::init_for_test();
        let kw = Tuple::new(vec![crate::str::PyStr::new("strict")]);
        let short = List::from_vec(vec![from_i64(1)]);
        let long = List::from_vec(vec![from_i64(1), from_i64(2)]);
        let args = [
            long.clone(),
            short.clone(),
            short.clone(),
            crate::bool::py_bool(true),
        ];
        let z = protocol::call(&ZIP_TYPE.value(), &args, Some(&kw)).unwrap();
        let err = protocol::collect(&z).unwrap_err();
        assert_eq!(
            protocol::str_string(err.value()).unwrap(),
            "zip() argument 2 is shorter than argument 1"
        );
        let args = [short.clone(), short, long, crate::bool::py_bool(true)];
        let z = protocol::call(&ZIP_TYPE.value(), &args, Some(&kw)).unwrap();
        let err = protocol::collect(&z).unwrap_err();
        assert_eq!(
            protocol::str_string(err.value()).unwrap(),
            "zip() argument 3 is longer than arguments 1-2"
        );
    }
}
