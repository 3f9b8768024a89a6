//! `enumerate`: (count, item) pairs with a machine-int count that moves to big ints past the inline range; mirrors Objects/enumobject.c's enumerate part.

use std::cell::RefCell;

use crate::args::Args;
use crate::builtin_type;
use crate::core::{TypeRef, Value, alloc_typed};
use crate::descr::MethodDef;
use crate::err::{PyResult, type_error};
use crate::int::from_i64;
use crate::protocol;
use crate::tuple::Tuple;
use crate::typeobj::{NbOp, SlotDefs, flags};

pub struct Enumerate {
    iter: Value,
    /// The next count (always an exact int).
    count: RefCell<Value>,
}

fn this(v: &Value) -> &Enumerate {
    v.downcast::<Enumerate>().expect("enumerate")
}

/// `enumerate.__new__` and subclasses: clinic's argument parsing.
fn enumerate_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [iterable, start] =
        Args::new(args, kwnames).parse("enumerate", ["iterable", "start"], 0, 1, 2)?;
    make(ty, iterable.expect("required"), start)
}

/// `'name' is an invalid keyword argument for enumerate()` unless `kwname`
/// is `expected` (`check_keyword`).
fn check_keyword(kwname: &Value, expected: &str) -> PyResult<()> {
    let name = protocol::str_lossy(kwname);
    if name == expected {
        return Ok(());
    }
    Err(type_error(format!(
        "'{name}' is an invalid keyword argument for enumerate()"
    )))
}

/// `enumerate(...)` itself (`enum_vectorcall`): its own argument checks.
fn enumerate_vectorcall(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let kw: &[Value] = kwnames
        .and_then(|k| k.downcast::<Tuple>())
        .map_or(&[], |t| t.as_slice());
    let nargs = args.len() - kw.len();
    match (args.len(), kw) {
        (2, [only]) => {
            check_keyword(only, "start")?;
            make(ty, args[0].clone(), Some(args[1].clone()))
        }
        (2, [first, second]) => {
            if protocol::str_lossy(first) == "start" {
                check_keyword(second, "iterable")?;
                return make(ty, args[1].clone(), Some(args[0].clone()));
            }
            check_keyword(first, "iterable")?;
            check_keyword(second, "start")?;
            make(ty, args[0].clone(), Some(args[1].clone()))
        }
        (2, _) => make(ty, args[0].clone(), Some(args[1].clone())),
        (1, kw) => {
            if let [only] = kw {
                check_keyword(only, "iterable")?;
            }
            make(ty, args[0].clone(), None)
        }
        _ if nargs == 0 => Err(type_error(
            "enumerate() missing required argument 'iterable'",
        )),
        (n, _) => Err(type_error(format!(
            "enumerate() takes at most 2 arguments ({n} given)"
        ))),
    }
}

/// `enum_new_impl`.
fn make(ty: &TypeRef, iterable: Value, start: Option<Value>) -> PyResult {
    let count = match start {
        Some(s) => protocol::index(&s)?,
        None => from_i64(0),
    };
    let iter = protocol::iter(&iterable)?;
    Ok(alloc_typed(
        ty,
        Enumerate {
            iter,
            count: RefCell::new(count),
        },
    ))
}

fn enumerate_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn enumerate_next(v: &Value) -> PyResult<Option<Value>> {
    let e = this(v);
    let Some(item) = protocol::next(&e.iter)? else {
        return Ok(None);
    };
    let count = e.count.borrow().clone();
    let following = match count.as_small_int() {
        Some(i) => from_i64(i + 1),
        None => protocol::binary_op(&count, &from_i64(1), NbOp::Add)?,
    };
    *e.count.borrow_mut() = following;
    Ok(Some(Tuple::new(vec![count, item])))
}

fn enumerate_reduce(v: &Value, args: Args) -> PyResult {
    args.none("enumerate.__reduce__")?;
    let e = this(v);
    let count = e.count.borrow().clone();
    Ok(Tuple::new(vec![
        v.type_value(),
        Tuple::new(vec![e.iter.clone(), count]),
    ]))
}

fn enumerate_class_getitem(cls: &Value, args: Args) -> PyResult {
    let item = args.one("enumerate.__class_getitem__")?;
    crate::genericalias::new(cls.clone(), item.clone())
}

/// `enum_traverse`.
fn enum_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let e = this(v);
    visit(&e.iter);
    crate::gc::visit_field(&e.count, visit);
}

builtin_type!(pub static ENUMERATE_TYPE: Enumerate = TypeSpec {
    name: "enumerate",
    doc: Some("enumerate(iterable, start=0)\n--\n\nReturn an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ..."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(enum_traverse), iter: Some(enumerate_iter), iternext: Some(enumerate_next), new: Some(enumerate_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("__reduce__", enumerate_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling."),
        MethodDef::class("__class_getitem__", enumerate_class_getitem, "__class_getitem__($type, object, /)\n--\n\nSee PEP 585"),
    ],
    vectorcall: Some(enumerate_vectorcall),
    ..TypeSpec::DEFAULT
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::str::PyStr;

    #[test]
    fn pairs_and_errors() {
        let _lock = crate::init_for_test();
        let data = crate::list::List::from_vec(vec![PyStr::new("a"), PyStr::new("b")]);
        let e = protocol::call(&ENUMERATE_TYPE.value(), &[data, from_i64(5)], None).unwrap();
        let items = protocol::collect(&e).unwrap();
        assert_eq!(protocol::repr_string(&items[1]).unwrap(), "(6, 'b')");
        let err = protocol::call(&ENUMERATE_TYPE.value(), &[], None).unwrap_err();
        assert_eq!(
            protocol::str_string(err.value()).unwrap(),
            "enumerate() missing required argument 'iterable'"
        );
    }
}
