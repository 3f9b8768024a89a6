//! `reversed`: `__reversed__` when the type has it, else a backwards walk over `__len__`/`__getitem__`; mirrors Objects/enumobject.c's reversed part.

use std::cell::{Cell, RefCell};

use crate::args::Args;
use crate::builtin_type;
use crate::core::{TypeRef, Value, alloc_typed};
use crate::descr::MethodDef;
use crate::err::{PyResult, type_error};
use crate::exceptions;
use crate::int::{from_i64, to_i64};
use crate::none::{is_none, none};
use crate::protocol;
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, flags};

/// The sequence (dropped at exhaustion) and the next index (-1 when done).
pub struct Reversed {
    seq: RefCell<Option<Value>>,
    index: Cell<i64>,
}

fn this(v: &Value) -> &Reversed {
    v.downcast::<Reversed>().expect("reversed")
}

fn not_reversible(seq: &Value) -> crate::err::PyErr {
    type_error(format!(
        "'{}' object is not reversible",
        protocol::type_name(seq)
    ))
}

fn reversed_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    a.no_keywords("reversed")?;
    let seq = &a.range("reversed", "reversed", 1, 1)?[0];
    if let Some(method) = seq.type_obj().payload().lookup_str("__reversed__") {
        if is_none(&method) {
            return Err(not_reversible(seq));
        }
        let bound = protocol::descr_get(&method, Some(seq), &seq.type_value())?;
        return protocol::call0(&bound);
    }
    let slots = &seq.type_obj().payload().slots;
    if slots.getitem.get().is_none() || seq.downcast::<crate::dict::Dict>().is_some() {
        return Err(not_reversible(seq));
    }
    let n = protocol::len(seq)?;
    Ok(alloc_typed(
        ty,
        Reversed {
            seq: RefCell::new(Some(seq.clone())),
            index: Cell::new(n as i64 - 1),
        },
    ))
}

fn reversed_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn finish(r: &Reversed) {
    r.index.set(-1);
    let old = r.seq.borrow_mut().take();
    drop(old);
}

fn reversed_next(v: &Value) -> PyResult<Option<Value>> {
    let r = this(v);
    let Some(seq) = r.seq.borrow().clone() else {
        return Ok(None);
    };
    let i = r.index.get();
    if i >= 0 {
        match protocol::getitem(&seq, &from_i64(i)) {
            Ok(x) => {
                r.index.set(i - 1);
                return Ok(Some(x));
            }
            Err(e)
                if !e.matches(&exceptions::INDEX_ERROR)
                    && !e.matches(&exceptions::STOP_ITERATION) =>
            {
                return Err(e);
            }
            Err(_) => {}
        }
    }
    finish(r);
    Ok(None)
}

fn reversed_length_hint(v: &Value, args: Args) -> PyResult {
    args.none("reversed.__length_hint__")?;
    let r = this(v);
    let Some(seq) = r.seq.borrow().clone() else {
        return Ok(from_i64(0));
    };
    let size = protocol::len(&seq)? as i64;
    let position = r.index.get() + 1;
    Ok(from_i64(if size < position { 0 } else { position }))
}

fn reversed_reduce(v: &Value, args: Args) -> PyResult {
    args.none("reversed.__reduce__")?;
    let r = this(v);
    Ok(match r.seq.borrow().clone() {
        Some(seq) => Tuple::new(vec![
            v.type_value(),
            Tuple::new(vec![seq]),
            from_i64(r.index.get()),
        ]),
        None => Tuple::new(vec![v.type_value(), Tuple::new(vec![Tuple::empty()])]),
    })
}

/// `__setstate__(i)`: the next index, clamped to `-1..len-1`.
fn reversed_setstate(v: &Value, args: Args) -> PyResult {
    let i = protocol::index(args.one("reversed.__setstate__")?)?;
    let r = this(v);
    let Some(seq) = r.seq.borrow().clone() else {
        return Ok(none());
    };
    let n = protocol::len(&seq)? as i64;
    let i = to_i64(&i).unwrap_or(if crate::int::is_negative(&i) {
        -1
    } else {
        i64::MAX
    });
    r.index.set(i.clamp(-1, n - 1));
    Ok(none())
}

/// `reversed_traverse`.
fn reversed_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    crate::gc::visit_optional(&this(v).seq, visit);
}

/// The iterator is exhausted once cleared.
fn reversed_clear(v: &Value) {
    crate::gc::clear_optional(&this(v).seq);
}

builtin_type!(pub static REVERSED_TYPE: Reversed = TypeSpec {
    name: "reversed",
    doc: Some("reversed(sequence, /)\n--\n\nReturn a reverse iterator over the values of the given sequence."),
    flags: flags::BASETYPE | flags::IMMUTABLETYPE,
    slots: SlotDefs { traverse: Some(reversed_traverse), clear: Some(reversed_clear), iter: Some(reversed_iter), iternext: Some(reversed_next), new: Some(reversed_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("__length_hint__", reversed_length_hint, "__length_hint__($self, /)\n--\n\nPrivate method returning an estimate of len(list(it))."),
        MethodDef::new("__reduce__", reversed_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling."),
        MethodDef::new("__setstate__", reversed_setstate, "__setstate__($self, object, /)\n--\n\nSet state information for unpickling."),
    ],
    ..TypeSpec::DEFAULT
});
