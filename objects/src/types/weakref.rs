//! Weak references: `weakref.ReferenceType` (`_weakref.ref`), the per-object lists of weak references, and their clearing when the referent is deallocated; mirrors Objects/weakrefobject.c.
//!
//! An object's weak references are listed in a side table keyed by the
//! object's address (CPython keeps the list in the object at
//! `tp_weaklistoffset`); the object carries the weakly-referenced bit of its
//! count word (`core::WEAKLY_REFERENCED`) while the list is non-empty, so
//! deallocation looks the table up only for such objects. The list order is
//! CPython's: the callback-less `ref`, then the callback-less proxy, then the
//! others, most recent first.

use std::cell::{Cell, RefCell};
use std::sync::Mutex;

use rustc_hash::FxHashMap;

use crate::args::Args;
use crate::builtin_type;
use crate::core::{TypeRef, Value, WeakSlot, alloc_typed};
use crate::descr::{self, GetSetDef, MethodDef};
use crate::err::{PyErr, PyResult, type_error};
use crate::none::{is_none, none, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::typeobj::{SlotDefs, TypeObject, flags};

/// A weak reference (`PyWeakReference`): also the layout of proxies.
pub struct WeakRef {
    referent: WeakSlot,
    callback: RefCell<Option<Value>>,
    /// The referent's hash, once asked for (it must outlive the referent).
    hash: Cell<Option<i64>>,
}

/// Referent address -> slots pointing at its weak reference objects, in
/// CPython's list order. A weak reference removes itself when it is
/// dropped, so every slot names an allocated weak reference. One table for
/// the process, not per thread: an object may die on another thread than
/// the one that made its weak references (the GIL serialises the rest).
static LISTS: Mutex<Option<FxHashMap<usize, Vec<WeakSlot>>>> = Mutex::new(None);

/// Runs `f` on the table. `f` must not drop objects (a drop can re-enter
/// the table through `WeakRef::drop`); callers only move slots in and out.
fn with_lists<R>(f: impl FnOnce(&mut FxHashMap<usize, Vec<WeakSlot>>) -> R) -> R {
    let mut guard = LISTS.lock().unwrap_or_else(|e| e.into_inner());
    f(guard.get_or_insert_with(FxHashMap::default))
}

impl WeakRef {
    /// The referent while it is alive (`_PyWeakref_GET_REF`).
    pub fn referent(&self) -> Option<Value> {
        Value::from_weak_slot(&self.referent)
    }

    pub fn callback(&self) -> Option<Value> {
        self.callback.borrow().clone()
    }
}

impl WeakRef {
    /// Leaves the referent's list (`clear_weakref`); the last one unmarks
    /// the referent.
    fn detach(&self) {
        let referent = self.referent.address();
        if referent == 0 {
            return;
        }
        let me = crate::core::object_address(self);
        let now_empty = with_lists(|lists| {
            let list = lists.get_mut(&referent)?;
            list.retain(|slot| slot.address() != me);
            if list.is_empty() {
                lists.remove(&referent);
                Some(true)
            } else {
                Some(false)
            }
        });
        if now_empty == Some(true)
            && let Some(obj) = Value::from_weak_slot(&self.referent)
        {
            obj.unmark_weakly_referenced();
        }
        self.referent.clear();
    }
}

impl Drop for WeakRef {
    /// A weak reference dying before its referent leaves the referent's list.
    fn drop(&mut self) {
        self.detach();
    }
}

/// `_PyWeakref_ClearRef` for a weak reference the collector found to be
/// garbage: it goes dead without its callback ever running.
pub fn clear_ref(w: &Value) {
    if let Some(wr) = w.downcast::<WeakRef>() {
        wr.detach();
        drop(wr.callback.borrow_mut().take());
    }
}

/// `handle_weakrefs` for one garbage object: every weak reference to it
/// goes dead; returns each one that has a callback, with the callback,
/// for the collector to call once all are dead.
pub fn clear_for_collection(obj: &Value) -> Vec<(Value, Value)> {
    if weakref_count(obj) == 0 {
        return Vec::new();
    }
    obj.unmark_weakly_referenced();
    let Some(list) = with_lists(|lists| lists.remove(&obj.word())) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for slot in &list {
        if let Some(w) = Value::from_weak_slot(slot) {
            let wr = w.downcast::<WeakRef>().expect("weakref layout");
            wr.referent.clear();
            let callback = wr.callback.borrow_mut().take();
            if let Some(cb) = callback {
                out.push((w, cb));
            }
        }
    }
    out
}

/// `weakref_traverse`: the callback.
pub(crate) fn weakref_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Ok(cb) = this(v).callback.try_borrow()
        && let Some(cb) = cb.as_ref()
    {
        visit(cb);
    }
}

/// `weakref_tp_clear`: the reference goes dead and drops its callback.
pub(crate) fn weakref_clear(v: &Value) {
    clear_ref(v);
}

/// Whether instances of `ty` can be weakly referenced (`tp_weaklistoffset`).
pub fn type_is_weakrefable(ty: &TypeObject) -> bool {
    ty.flags() & flags::WEAKREFABLE != 0
}

/// The "cannot create weak reference" check of `weakref___new__`.
pub fn check_referenceable(obj: &Value) -> PyResult<()> {
    if type_is_weakrefable(obj.type_obj().payload()) {
        Ok(())
    } else {
        Err(type_error(format!(
            "cannot create weak reference to '{}' object",
            obj.type_obj().payload().tp_name()
        )))
    }
}

/// The live weak references to `obj`, in list order (`getweakrefs`).
pub fn weakrefs_of(obj: &Value) -> Vec<Value> {
    let addr = obj.word();
    with_lists(|lists| {
        lists
            .get(&addr)
            .map(|list| list.iter().filter_map(Value::from_weak_slot).collect())
            .unwrap_or_default()
    })
}

/// `_PyWeakref_GetWeakrefCount`: the length of `obj`'s list.
pub fn weakref_count(obj: &Value) -> usize {
    let addr = obj.word();
    with_lists(|lists| lists.get(&addr).map_or(0, Vec::len))
}

/// `__weakref__` of an object: the head of its list, or None.
pub fn first_weakref(obj: &Value) -> PyResult {
    Ok(weakrefs_of(obj).into_iter().next().unwrap_or_else(none))
}

/// A basic reference or proxy: exactly `ref`, `ProxyType` or
/// `CallableProxyType`, without a callback (those are shared).
fn basic_kind(w: &Value) -> Option<&'static crate::core::PyObj<TypeObject>> {
    let wr = w.downcast::<WeakRef>()?;
    if wr.callback.borrow().is_some() {
        return None;
    }
    let ty = w.type_obj();
    if std::ptr::eq(ty, &WEAKREF_TYPE) {
        Some(&WEAKREF_TYPE)
    } else if crate::types::weakproxy::is_proxy_type(ty) {
        Some(&crate::types::weakproxy::PROXY_TYPE)
    } else {
        None
    }
}

/// `get_or_create_weakref`: a reference of type `ty` to `obj`, reusing the
/// basic one when `ty` is a basic type and there is no callback.
pub fn get_or_create(ty: &TypeRef, obj: &Value, callback: Option<&Value>) -> PyResult {
    check_referenceable(obj)?;
    let callback = callback.filter(|c| !is_none(c)).cloned();
    let list = weakrefs_of(obj);
    let (basic_ref, basic_proxy) = basic_refs(&list);
    let exact_ref = ty.is_static(&WEAKREF_TYPE);
    let exact_proxy = crate::types::weakproxy::is_proxy_type(ty.obj());
    if callback.is_none() {
        let reusable = if exact_ref {
            basic_ref
        } else if exact_proxy {
            basic_proxy
        } else {
            None
        };
        if let Some(i) = reusable {
            return Ok(list[i].clone());
        }
    }
    let is_basic = callback.is_none() && (exact_ref || exact_proxy);
    let new = alloc_typed(
        ty,
        WeakRef {
            referent: WeakSlot::default(),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
        },
    );
    let wr = new.downcast::<WeakRef>().expect("weakref layout");
    wr.referent.set(obj);
    // `insert_weakref`: a basic ref goes first, a basic proxy after it, the
    // others after both.
    let position = if is_basic && exact_ref {
        0
    } else if is_basic {
        basic_ref.map_or(0, |i| i + 1)
    } else {
        basic_proxy.or(basic_ref).map_or(0, |i| i + 1)
    };
    let addr = obj.word();
    with_lists(|lists| {
        let entry = lists.entry(addr).or_default();
        let slot = WeakSlot::default();
        slot.set(&new);
        entry.insert(position.min(entry.len()), slot);
    });
    obj.mark_weakly_referenced();
    Ok(new)
}

/// `get_basic_refs`: the positions of the basic ref and basic proxy at the
/// head of a list.
fn basic_refs(list: &[Value]) -> (Option<usize>, Option<usize>) {
    let mut i = 0;
    let mut basic_ref = None;
    if list
        .first()
        .is_some_and(|w| basic_kind(w).is_some_and(|k| std::ptr::eq(k, &WEAKREF_TYPE)))
    {
        basic_ref = Some(0);
        i = 1;
    }
    let basic_proxy = list
        .get(i)
        .filter(|w| basic_kind(w).is_some_and(|k| !std::ptr::eq(k, &WEAKREF_TYPE)))
        .map(|_| i);
    (basic_ref, basic_proxy)
}

/// `PyObject_ClearWeakRefs`, from the deallocation of the object at `addr`
/// (its count is zero): every weak reference to it goes dead, then the
/// callbacks run in list order. The list is taken out of the table first,
/// so callbacks that create or drop weak references (or resurrect other
/// objects) work on the table, never on a list being walked.
pub fn clear_at_dealloc(addr: usize) {
    let Some(list) = with_lists(|lists| lists.remove(&addr)) else {
        return;
    };
    let mut pending = Vec::with_capacity(list.len());
    for slot in &list {
        // A weak reference whose own count is zero (its deallocation
        // deferred) is skipped, as `_Py_TryIncref` skips it in CPython.
        if let Some(w) = Value::from_weak_slot(slot) {
            let wr = w.downcast::<WeakRef>().expect("weakref layout");
            wr.referent.clear();
            let callback = wr.callback.borrow_mut().take();
            pending.push((w, callback));
        }
    }
    drop(list);
    for (w, callback) in &pending {
        if let Some(cb) = callback
            && let Err(e) = protocol::call(cb, std::slice::from_ref(w), None)
        {
            let what = protocol::repr_string(cb).unwrap_or_else(|_| "<object>".into());
            crate::err::write_unraisable(
                &e,
                &format!("Exception ignored while calling weakref callback {what}"),
            );
        }
    }
}

fn this(v: &Value) -> &WeakRef {
    v.downcast::<WeakRef>().expect("weakref")
}

/// `weakref___new__`.
fn weakref_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let values = Args::new(args, kwnames).range("ref", "__new__", 1, 2)?;
    get_or_create(ty, &values[0], values.get(1))
}

/// `weakref___init__`: checks the arguments `__new__` took.
fn weakref_init(_v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    Args::new(args, kwnames).range("ref", "__init__", 1, 2)?;
    Ok(())
}

/// `weakref_vectorcall`: the referent, or None once it is gone.
fn weakref_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    Args::new(args, kwnames).range("weakref", "weakref", 0, 0)?;
    Ok(this(v).referent().unwrap_or_else(none))
}

/// `weakref_hash`: the referent's, cached; TypeError once it is gone and
/// was never hashed.
fn weakref_hash(v: &Value) -> PyResult<i64> {
    let wr = this(v);
    if let Some(h) = wr.hash.get() {
        return Ok(h);
    }
    let Some(obj) = wr.referent() else {
        return Err(type_error("weak object has gone away"));
    };
    let h = protocol::hash(&obj)?;
    wr.hash.set(Some(h));
    Ok(h)
}

/// `weakref_richcompare`: by referent while both are alive, else identity.
fn weakref_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let (Some(wa), Some(wb)) = (a.downcast::<WeakRef>(), b.downcast::<WeakRef>()) else {
        return Ok(not_implemented());
    };
    match (wa.referent(), wb.referent()) {
        (Some(x), Some(y)) => protocol::richcompare(&x, &y, op),
        _ => Ok(crate::bool::py_bool(a.is(b) == (op == CompareOp::Eq))),
    }
}

/// `%T` of `PyUnicode_FromFormat`: the type's qualified name, with its
/// module unless that is `builtins` or `__main__`.
pub fn fully_qualified_type_name(obj: &Value) -> String {
    let ty = obj.type_value();
    let module = crate::types::typetype::type_module_name(&ty);
    let qualname = protocol::str_lossy(&obj.type_obj().payload().qualname());
    if module == "builtins" || module == "__main__" {
        qualname
    } else {
        format!("{module}.{qualname}")
    }
}

/// `weakref_repr`: the referent's type, address and `__name__` if it has one.
fn weakref_repr(v: &Value) -> PyResult {
    let Some(obj) = this(v).referent() else {
        return Ok(PyStr::new(&format!("<weakref at {:#x}; dead>", v.word())));
    };
    let type_name = fully_qualified_type_name(&obj);
    let name = match obj.type_obj().payload().lookup_str("__name__") {
        Some(descr) => match protocol::descr_get(&descr, Some(&obj), &obj.type_value()) {
            Ok(n) => Some(n),
            Err(e) if e.matches(&crate::exceptions::ATTRIBUTE_ERROR) => None,
            Err(e) => return Err(e),
        },
        None => None,
    };
    let text = match name.filter(|n| n.downcast::<PyStr>().is_some()) {
        Some(n) => format!(
            "<weakref at {:#x}; to '{type_name}' at {:#x} ({})>",
            v.word(),
            obj.word(),
            protocol::str_lossy(&n)
        ),
        None => format!(
            "<weakref at {:#x}; to '{type_name}' at {:#x}>",
            v.word(),
            obj.word()
        ),
    };
    Ok(PyStr::new(&text))
}

/// `__callback__`: None without one, and once the referent is gone.
fn weakref_callback(v: &Value) -> PyResult {
    Ok(this(v).callback().unwrap_or_else(none))
}

/// The `ReferenceError` every use of a dead proxy raises.
pub fn reference_error() -> PyErr {
    PyErr::new(
        &crate::exceptions::REFERENCE_ERROR,
        "weakly-referenced object no longer exists",
    )
}

builtin_type!(pub static WEAKREF_TYPE: WeakRef = TypeSpec {
    name: "weakref.ReferenceType",
    flags: flags::BASETYPE,
    slots: SlotDefs {
        repr: Some(weakref_repr),
        hash: Some(weakref_hash),
        richcompare: Some(weakref_richcompare),
        call: Some(weakref_call),
        new: Some(weakref_new),
        init: Some(weakref_init),
        traverse: Some(weakref_traverse),
        clear: Some(weakref_clear),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::class("__class_getitem__", descr::class_getitem, "__class_getitem__($cls, item, /)\n--\n\nSee PEP 585"),
    ],
    getsets: &[
        GetSetDef::member("__callback__", weakref_callback, None),
    ],
    ..TypeSpec::DEFAULT
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Ref;
    use crate::set::Set;

    fn new_ref(obj: &Value) -> Value {
        get_or_create(&TypeRef::from_static(&WEAKREF_TYPE), obj, None).expect("weakref")
    }

    #[test]
    fn referent_death_clears_the_reference_and_the_table() {
        let _lock = crate::init_for_test();
        let obj = Ref::new(Set::new()).into_value();
        let addr = obj.word();
        let r = new_ref(&obj);
        assert!(r.is(&new_ref(&obj)), "the basic ref is shared");
        assert_eq!(weakref_count(&obj), 1);
        assert_eq!(obj.refcount(), 1, "the mark is not part of the count");
        assert!(this(&r).referent().is_some_and(|o| o.is(&obj)));
        drop(obj);
        assert!(this(&r).referent().is_none());
        assert!(with_lists(|l| !l.contains_key(&addr)));
    }

    #[test]
    fn a_reference_dying_first_leaves_the_list_and_unmarks_the_referent() {
        let _lock = crate::init_for_test();
        let obj = Ref::new(Set::new()).into_value();
        let r = new_ref(&obj);
        drop(r);
        assert_eq!(weakref_count(&obj), 0);
        assert!(with_lists(|l| !l.contains_key(&obj.word())));
        assert_eq!(obj.refcount(), 1);
    }

    #[test]
    fn ints_cannot_be_weakly_referenced() {
        let _lock = crate::init_for_test();
        let one = crate::int::from_i64(1);
        assert!(check_referenceable(&one).is_err());
        assert_eq!(weakref_count(&one), 0);
    }
}
