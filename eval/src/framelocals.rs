//! `frame.f_locals` of a function frame (PEP 667): the `FrameLocalsProxy` mapping that reads and writes the frame's fast locals and keeps other names in the frame's extra locals; mirrors Objects/frameobject.c's `framelocalsproxy_*`.
//!
//! A running frame's registers belong to the eval loop, so the proxy works
//! on `FrameExtras::fast_snapshot`: the fast locals as the frame published
//! them last (at the calls that observe them, see
//! `frame::publishes_caller_locals`, and at monitoring events, which is
//! where trace functions and pdb look) or left when it ended. A suspended
//! generator's proxy reads and writes the generator's registers directly.
//!
//! Writes reach the running frame as CPython's proxy's do: a cell or free
//! variable's cell is shared and set at once; any other fast local goes
//! into the snapshot and is recorded as a pending write
//! (`FrameMeta::store_fast_from_proxy`), which the frame stores in its
//! registers when control comes back to it (`frame::take_pending_writes`):
//! its callee returning or unwinding, a native call returning (at the eval
//! breaker, which stays set while any frame has pending writes), the
//! generic `STORE_SUBSCR` and `BINARY_OP` and the instructions the loop runs
//! out of line, a monitoring event, a yield. Publishing while writes are
//! pending keeps them.
//!
//! Deviations from CPython, whose proxy points into the live frame:
//! - reads see a running frame's locals as of its last publication, so
//!   stores the frame made since (or, for a caller found by `f_back` or
//!   `sys._getframe(n)`, before it called) are not seen until it publishes
//!   again;
//! - a write made by code an inline instruction runs implicitly (a property
//!   `LOAD_ATTR` reads, an operator's dunder, a generator a `for` loop
//!   drives) reaches the frame at its next eval-breaker check, so the frame
//!   may read the old value until then.
//!
//! Sharing the registers with the frame object would remove both; it is the
//! eval loop's change to make.

use std::rc::Rc;

use ouro_objects::args::Args;
use ouro_objects::builtin_type;
use ouro_objects::code::fast;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, key_error, type_error, value_error};
use ouro_objects::functype::Cell;
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none, not_implemented};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, flags};
use ouro_objects::{Ref, Value, bool as pybool};

use crate::frame::{FrameMeta, FrameObj};
use crate::generator;

pub struct FrameLocalsProxy {
    pub frame: Value,
}

fn meta(v: &Value) -> &Rc<FrameMeta> {
    let proxy = v.downcast::<FrameLocalsProxy>().expect("FrameLocalsProxy");
    &proxy.frame.downcast::<FrameObj>().expect("frame").meta
}

/// The proxy of a function frame's locals.
pub fn new(frame: Value) -> Value {
    Ref::new(FrameLocalsProxy { frame }).into_value()
}

/// The visible value of fast slot `i`: a cell's contents for cell and free
/// variables, nothing when unbound.
fn slot_value(kind: u8, value: &Option<Value>) -> Option<Value> {
    let value = value.as_ref()?;
    if kind & (fast::CELL | fast::FREE) != 0
        && let Some(cell) = value.downcast::<Cell>()
    {
        return cell.get();
    }
    Some(value.clone())
}

/// The fast slot named `key`, if the code has one (hidden names excluded).
fn slot_of(m: &FrameMeta, key: &Value) -> Option<usize> {
    let name = key.downcast::<PyStr>()?;
    m.code
        .localsplus_names
        .iter()
        .zip(&m.code.localsplus_kinds)
        .position(|(n, kind)| {
            kind & fast::HIDDEN == 0 && n.downcast::<PyStr>().is_some_and(|n| n.eq_str(name))
        })
}

/// The frame's fast locals as the proxy sees them (see the module doc).
fn fast_values(m: &Rc<FrameMeta>) -> Option<Vec<Option<Value>>> {
    generator::suspended_fast(m).or_else(|| m.extras().fast_snapshot.borrow().clone())
}

/// The bound names and values, fast locals first, then the extra locals.
fn items(m: &Rc<FrameMeta>) -> Vec<(Value, Value)> {
    let mut out = Vec::new();
    if let Some(values) = fast_values(m) {
        for ((name, kind), value) in m
            .code
            .localsplus_names
            .iter()
            .zip(&m.code.localsplus_kinds)
            .zip(&values)
        {
            if kind & fast::HIDDEN == 0
                && let Some(v) = slot_value(*kind, value)
            {
                out.push((name.clone(), v));
            }
        }
    }
    if let Some(extra) = m.extras().extra_locals.borrow().as_ref()
        && let Some(d) = extra.downcast::<Dict>()
    {
        out.extend(d.items());
    }
    out
}

/// A `dict` copy of the frame's locals (what `locals()` returns in a function).
pub fn snapshot(m: &Rc<FrameMeta>) -> PyResult {
    let d = Dict::new_value();
    let dict = d.downcast::<Dict>().expect("dict");
    for (k, v) in items(m) {
        dict.set_item(k, v)?;
    }
    Ok(d)
}

fn get(m: &Rc<FrameMeta>, key: &Value) -> PyResult<Option<Value>> {
    if let Some(i) = slot_of(m, key) {
        let kind = m.code.localsplus_kinds[i];
        return Ok(
            fast_values(m).and_then(|values| values.get(i).and_then(|v| slot_value(kind, v)))
        );
    }
    match m
        .extras()
        .extra_locals
        .borrow()
        .as_ref()
        .and_then(|e| e.downcast::<Dict>())
    {
        Some(d) => d.get_item_opt(key),
        None => Ok(None),
    }
}

fn set(m: &Rc<FrameMeta>, key: &Value, value: Value) -> PyResult<()> {
    if let Some(i) = slot_of(m, key) {
        let kind = m.code.localsplus_kinds[i];
        let current =
            fast_values(m).and_then(|mut values| values.get_mut(i).and_then(Option::take));
        // A cell is shared with the frame: setting it is the write.
        if kind & (fast::CELL | fast::FREE) != 0
            && let Some(cell) = current.as_ref().and_then(|c| c.downcast::<Cell>())
        {
            cell.set(Some(value));
            return Ok(());
        }
        if let Err(value) = generator::store_suspended(m, i, value) {
            m.store_fast_from_proxy(i, value);
        }
        return Ok(());
    }
    let mut extra = m.extras().extra_locals.borrow_mut();
    let d = extra.get_or_insert_with(Dict::new_value);
    d.downcast::<Dict>()
        .expect("dict")
        .set_item(key.clone(), value)
}

fn flp_getitem(v: &Value, key: &Value) -> PyResult {
    match get(meta(v), key)? {
        Some(value) => Ok(value),
        None => Err(key_error(PyStr::new(&format!(
            "local variable '{}' is not defined",
            protocol::repr_string(key)?
        )))),
    }
}

fn flp_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let m = meta(v);
    match value {
        Some(value) => set(m, key, value.clone()),
        None => {
            if slot_of(m, key).is_some() {
                return Err(value_error(
                    "cannot remove local variables from FrameLocalsProxy",
                ));
            }
            let removed = match m
                .extras()
                .extra_locals
                .borrow()
                .as_ref()
                .and_then(|e| e.downcast::<Dict>())
            {
                Some(d) => d.del_item_opt(key)?,
                None => false,
            };
            if removed {
                Ok(())
            } else {
                Err(key_error(key.clone()))
            }
        }
    }
}

fn flp_len(v: &Value) -> PyResult<usize> {
    Ok(items(meta(v)).len())
}

fn flp_contains(v: &Value, key: &Value) -> PyResult<bool> {
    Ok(get(meta(v), key)?.is_some())
}

fn keys_list(v: &Value) -> Value {
    List::from_vec(items(meta(v)).into_iter().map(|(k, _)| k).collect())
}

fn flp_iter(v: &Value) -> PyResult {
    protocol::iter(&keys_list(v))
}

fn flp_repr(v: &Value) -> PyResult {
    let Some(_guard) = ouro_objects::reprguard::enter(v) else {
        return Ok(PyStr::new("{...}"));
    };
    protocol::repr(&snapshot(meta(v))?)
}

fn flp_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if let Some(other) = b.downcast::<FrameLocalsProxy>() {
        let same = other
            .frame
            .is(&a.downcast::<FrameLocalsProxy>().expect("proxy").frame);
        return Ok(match op {
            CompareOp::Eq => pybool::py_bool(same),
            CompareOp::Ne => pybool::py_bool(!same),
            _ => not_implemented(),
        });
    }
    if b.downcast::<Dict>().is_some() {
        return protocol::richcompare(&snapshot(meta(a))?, b, op);
    }
    Ok(not_implemented())
}

/// `proxy | other` and `other | proxy`: a new dict.
fn flp_or(a: &Value, b: &Value) -> PyResult {
    let as_dict = |x: &Value| -> PyResult<Option<Value>> {
        if x.downcast::<FrameLocalsProxy>().is_some() {
            return Ok(Some(snapshot(meta(x))?));
        }
        Ok(x.downcast::<Dict>().is_some().then(|| x.clone()))
    };
    match (as_dict(a)?, as_dict(b)?) {
        (Some(l), Some(r)) => {
            let out = protocol::call_method(&l, "copy", &[])?;
            protocol::call_method(&out, "update", &[r])?;
            Ok(out)
        }
        _ => Ok(not_implemented()),
    }
}

fn update_from(v: &Value, other: &Value) -> PyResult<()> {
    let source = if other.downcast::<FrameLocalsProxy>().is_some() {
        snapshot(meta(other))?
    } else {
        other.clone()
    };
    let pairs = if let Some(d) = source.downcast::<Dict>() {
        d.items()
    } else {
        let keys = protocol::collect(&protocol::call_method(&source, "keys", &[])?)?;
        let mut pairs = Vec::with_capacity(keys.len());
        for k in keys {
            let value = protocol::getitem(&source, &k)?;
            pairs.push((k, value));
        }
        pairs
    };
    for (k, value) in pairs {
        set(meta(v), &k, value)?;
    }
    Ok(())
}

fn flp_ior(a: &Value, b: &Value) -> PyResult {
    if b.downcast::<Dict>().is_none() && b.downcast::<FrameLocalsProxy>().is_none() {
        return Ok(not_implemented());
    }
    update_from(a, b)?;
    Ok(a.clone())
}

fn flp_keys(v: &Value, args: Args) -> PyResult {
    args.none("keys")?;
    Ok(keys_list(v))
}

fn flp_values(v: &Value, args: Args) -> PyResult {
    args.none("values")?;
    Ok(List::from_vec(
        items(meta(v)).into_iter().map(|(_, x)| x).collect(),
    ))
}

fn flp_items(v: &Value, args: Args) -> PyResult {
    args.none("items")?;
    Ok(List::from_vec(
        items(meta(v))
            .into_iter()
            .map(|(k, x)| Tuple::new(vec![k, x]))
            .collect(),
    ))
}

fn flp_copy(v: &Value, args: Args) -> PyResult {
    args.none("copy")?;
    snapshot(meta(v))
}

fn flp_get(v: &Value, args: Args) -> PyResult {
    let a = args.range("get", "get", 1, 2)?;
    Ok(get(meta(v), &a[0])?.unwrap_or_else(|| a.get(1).cloned().unwrap_or_else(none)))
}

fn flp_setdefault(v: &Value, args: Args) -> PyResult {
    let a = args.range("setdefault", "setdefault", 1, 2)?;
    let m = meta(v);
    if let Some(existing) = get(m, &a[0])? {
        return Ok(existing);
    }
    let value = a.get(1).cloned().unwrap_or_else(none);
    set(m, &a[0], value.clone())?;
    Ok(value)
}

fn flp_pop(v: &Value, args: Args) -> PyResult {
    let a = args.range("pop", "pop", 1, 2)?;
    let m = meta(v);
    if slot_of(m, &a[0]).is_some() {
        return Err(value_error(
            "cannot remove local variables from FrameLocalsProxy",
        ));
    }
    let removed = match m
        .extras()
        .extra_locals
        .borrow()
        .as_ref()
        .and_then(|e| e.downcast::<Dict>())
    {
        Some(d) => {
            let value = d.get_item_opt(&a[0])?;
            if value.is_some() {
                d.del_item_opt(&a[0])?;
            }
            value
        }
        None => None,
    };
    match (removed, a.get(1)) {
        (Some(value), _) => Ok(value),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(key_error(a[0].clone())),
    }
}

fn flp_update(v: &Value, args: Args) -> PyResult {
    let other = args.one("update")?;
    if is_none(other) {
        return Err(type_error("'NoneType' object is not iterable"));
    }
    update_from(v, other)?;
    Ok(none())
}

fn flp_reversed(v: &Value, args: Args) -> PyResult {
    args.none("__reversed__")?;
    let mut keys: Vec<Value> = items(meta(v)).into_iter().map(|(k, _)| k).collect();
    keys.reverse();
    protocol::iter(&List::from_vec(keys))
}

builtin_type!(pub static FRAME_LOCALS_PROXY_TYPE: FrameLocalsProxy = TypeSpec {
    name: "FrameLocalsProxy",
    flags: flags::IMMUTABLETYPE | flags::MAPPING,
    slots: SlotDefs {
        repr: Some(flp_repr),
        richcompare: Some(flp_richcompare),
        len: Some(flp_len),
        getitem: Some(flp_getitem),
        setitem: Some(flp_setitem),
        contains: Some(flp_contains),
        iter: Some(flp_iter),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Or, flp_or)
    .with_inplace(NbOp::Or, flp_ior),
    methods: &[
        MethodDef::new("keys", flp_keys, "D.keys() -> list of D's keys"),
        MethodDef::new("values", flp_values, "D.values() -> list of D's values"),
        MethodDef::new("items", flp_items, "D.items() -> list of D's (key, value) pairs, as 2-tuples"),
        MethodDef::new("copy", flp_copy, "D.copy() -> a shallow copy of D as a dict"),
        MethodDef::new("get", flp_get, "get($self, key, default=None, /)\n--\n\nReturn the value for key if key is in the mapping, else default."),
        MethodDef::new("setdefault", flp_setdefault, "D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D"),
        MethodDef::new("pop", flp_pop, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."),
        MethodDef::new("update", flp_update, "D.update(E) -> None.  Update D from dict/iterable E."),
        MethodDef::new("__reversed__", flp_reversed, "D.__reversed__() -> reverse iterator over D's keys"),
    ],
    ..TypeSpec::DEFAULT
});
