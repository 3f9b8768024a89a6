//! `_thread._local` (Modules/_threadmodule.c's `localobject`): each thread sees its own instance `__dict__`, made (and `__init__` run again with the construction arguments) on its first use there.

use std::cell::{Cell, RefCell};

use ouro_objects::core::alloc_typed;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error};
use ouro_objects::exceptions;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::types::weakref;
use ouro_objects::{TypeRef, Value, builtin_type, protocol};
use rustc_hash::FxHashMap;

use super::serial;

ouro_objects::gil_shared! {
    /// The dicts of each local (by serial number) for the threads whose
    /// dict is not the one in the instance right now.
    static STASHED: RefCell<FxHashMap<u64, Vec<(u64, Value)>>> = RefCell::new(FxHashMap::default());
    static NEXT_SERIAL: Cell<u64> = const { Cell::new(1) };
    /// For each thread (by serial), the locals whose instance holds that
    /// thread's dict right now, by local serial, as weak references: the
    /// thread's end takes its dicts out of them.
    static HELD: RefCell<FxHashMap<u64, FxHashMap<u64, Value>>> = RefCell::new(FxHashMap::default());
}

/// The owner of a local whose dict slot is empty (no thread's serial).
const NO_OWNER: u64 = 0;

/// `_thread._local`: the instance's `__dict__` slot holds the dict of the
/// thread whose serial number is `owner`.
pub struct Local {
    serial: u64,
    owner: Cell<u64>,
    /// The construction arguments, for `__init__` in each new thread.
    args: Vec<Value>,
    kwnames: Option<Value>,
}

impl Drop for Local {
    fn drop(&mut self) {
        let dicts = STASHED.with(|s| s.borrow_mut().remove(&self.serial));
        drop(dicts);
        drop(forget_holder(self.owner.get(), self.serial));
    }
}

/// Records that `obj`'s instance holds the dict of thread `thread`, by
/// `weak` (the weak reference to `obj` its previous holder had) or a new
/// weak reference.
fn remember_holder(obj: &Value, thread: u64, local: u64, weak: Option<Value>) -> PyResult<()> {
    let weak = match weak {
        Some(weak) => weak,
        None => weakref::get_or_create(&TypeRef::from_static(&weakref::WEAKREF_TYPE), obj, None)?,
    };
    let old = HELD.with(|h| {
        h.borrow_mut()
            .entry(thread)
            .or_default()
            .insert(local, weak)
    });
    drop(old);
    Ok(())
}

/// Takes back what `remember_holder` recorded (the caller drops it).
fn forget_holder(thread: u64, local: u64) -> Option<Value> {
    HELD.with(|h| {
        let mut held = h.borrow_mut();
        let locals = held.get_mut(&thread)?;
        let weak = locals.remove(&local);
        if locals.is_empty() {
            held.remove(&thread);
        }
        weak
    })
}

fn local_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let has_args = !args.is_empty() || kwnames.is_some_and(|k| protocol::len(k).unwrap_or(0) > 0);
    if has_args && !overrides_init(ty)? {
        return Err(type_error("Initialization arguments are not supported"));
    }
    let number = NEXT_SERIAL.get();
    NEXT_SERIAL.set(number + 1);
    let me = serial();
    let obj = alloc_typed(
        ty,
        Local {
            serial: number,
            owner: Cell::new(me),
            args: args.to_vec(),
            kwnames: kwnames.cloned(),
        },
    );
    remember_holder(&obj, me, number, None)?;
    Ok(obj)
}

fn overrides_init(ty: &TypeRef) -> PyResult<bool> {
    let own_init = protocol::getattr_str(&ty.clone().into_value(), "__init__")?;
    let object_init = protocol::getattr_str(
        &TypeRef::from_static(&ouro_objects::types::object::OBJECT_TYPE).into_value(),
        "__init__",
    )?;
    Ok(!own_init.is(&object_init))
}

/// Puts the calling thread's dict into the instance (`_ldict`).
fn switch_to_current(obj: &Value) -> PyResult<()> {
    let local = obj.downcast::<Local>().expect("_local method");
    let me = serial();
    let owner = local.owner.get();
    if owner == me {
        return Ok(());
    }
    let index = obj
        .type_obj()
        .payload()
        .dict_index()
        .expect("_local has an instance dict");
    let previous = obj.set_extra(index, None);
    let weak = forget_holder(owner, local.serial);
    let mine = STASHED.with(|s| {
        let mut s = s.borrow_mut();
        let dicts = s.entry(local.serial).or_default();
        if let Some(d) = previous
            && super::is_alive(owner)
        {
            dicts.push((owner, d));
        }
        let pos = dicts.iter().position(|(t, _)| *t == me)?;
        Some(dicts.swap_remove(pos).1)
    });
    local.owner.set(me);
    remember_holder(obj, me, local.serial, weak)?;
    match mine {
        Some(d) => {
            obj.set_extra(index, Some(d));
        }
        None => {
            obj.set_extra(index, Some(Dict::new_instance_dict()));
            let ty = obj.type_value();
            if overrides_init(&TypeRef::from_value(&ty).expect("type"))? {
                let init = protocol::getattr_str(obj, "__init__")?;
                if let Err(e) = protocol::call(&init, &local.args, local.kwnames.as_ref()) {
                    // As `_ldict`: the half-made dict goes, so the next
                    // use in this thread runs `__init__` again.
                    let half_made = obj.set_extra(index, None);
                    drop(half_made);
                    drop(forget_holder(me, local.serial));
                    local.owner.set(NO_OWNER);
                    return Err(e);
                }
            }
        }
    }
    Ok(())
}

fn is_dict_name(name: &Value) -> bool {
    name.downcast::<PyStr>()
        .is_some_and(|s| s.to_string_lossy() == "__dict__")
}

fn local_getattro(obj: &Value, name: &Value) -> PyResult {
    switch_to_current(obj)?;
    if is_dict_name(name) {
        return Ok(protocol::instance_dict(obj).expect("_local has an instance dict"));
    }
    protocol::generic_getattr(obj, name)
}

fn local_setattro(obj: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
    switch_to_current(obj)?;
    if is_dict_name(name) {
        return Err(PyErr::new(
            &exceptions::ATTRIBUTE_ERROR,
            format!(
                "'{}' object attribute '__dict__' is read-only",
                protocol::type_name(obj)
            ),
        ));
    }
    protocol::generic_setattr(obj, name, value)
}

/// Drops an ended thread's dicts from every local: the stashed ones and
/// those in the instances (`clear_locals`).
pub(super) fn forget_thread(thread: u64) {
    let held = HELD
        .with(|h| h.borrow_mut().remove(&thread))
        .unwrap_or_default();
    let mut in_instances = Vec::with_capacity(held.len());
    for weak in held.values() {
        let Some(obj) = weak
            .downcast::<weakref::WeakRef>()
            .and_then(weakref::WeakRef::referent)
        else {
            continue;
        };
        let Some(local) = obj.downcast::<Local>() else {
            continue;
        };
        if local.owner.get() == thread
            && let Some(index) = obj.type_obj().payload().dict_index()
        {
            local.owner.set(NO_OWNER);
            in_instances.push(obj.set_extra(index, None));
        }
    }
    drop(held);
    drop(in_instances);
    let gone: Vec<Value> = STASHED.with(|s| {
        let mut gone = Vec::new();
        for dicts in s.borrow_mut().values_mut() {
            dicts.retain(|(t, d)| {
                if *t == thread {
                    gone.push(d.clone());
                }
                *t != thread
            });
        }
        gone
    });
    drop(gone);
}

builtin_type!(pub static LOCAL_TYPE: Local = TypeSpec {
    name: "_thread._local",
    doc: Some("Thread-local data"),
    flags: flags::BASETYPE | flags::WEAKREFABLE,
    instance_dict: true,
    slots: SlotDefs {
        new: Some(local_new),
        getattro: Some(local_getattro),
        setattro: Some(local_setattro),
        ..SlotDefs::NONE
    },
    ..TypeSpec::DEFAULT
});
