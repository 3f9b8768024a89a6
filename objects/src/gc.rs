//! The cycle collector's policy and its steps after marking: generational triggering, weak references to garbage, PEP 442 finalizers, resurrection, `gc.garbage` and clearing, plus the state behind the `gc` module (debug flags, callbacks, statistics); mirrors CPython's Python/gc.c (`gc_collect_main`, `handle_weakrefs`, `finalize_garbage`, `delete_garbage`, `_PyGC_Collect`).
//!
//! Marking (which tracked objects are unreachable) is in
//! `core::gcheap`; everything here is safe code over the strong references
//! it hands back.

use std::cell::{Cell, RefCell};

use crate::core::Value;
use crate::core::gcheap::{self, GENERATIONS, Unreachable};
use crate::dict::Dict;
use crate::list::List;
use crate::str::PyStr;
use crate::types::weakref;
use crate::{err, int, protocol};

pub use crate::core::gcheap::{
    freeze, freeze_count, is_enabled, is_finalized, is_gc, is_tracked, set_breaker, set_enabled,
    set_threshold, threshold, traverse_object, unfreeze, untrack,
};

/// `gc.DEBUG_*`.
pub const DEBUG_STATS: u32 = 1;
pub const DEBUG_COLLECTABLE: u32 = 2;
pub const DEBUG_UNCOLLECTABLE: u32 = 4;
pub const DEBUG_SAVEALL: u32 = 32;
pub const DEBUG_LEAK: u32 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/// Per-generation totals for `gc.get_stats`.
#[derive(Clone, Copy, Default)]
pub struct GenerationStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

crate::gil_shared! {
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    static DEBUG: Cell<u32> = const { Cell::new(0) };
    static GARBAGE: RefCell<Option<Value>> = const { RefCell::new(None) };
    static CALLBACKS: RefCell<Option<Value>> = const { RefCell::new(None) };
    static STATS: Cell<[GenerationStats; GENERATIONS]> =
        const { Cell::new([GenerationStats { collections: 0, collected: 0, uncollectable: 0 }; GENERATIONS]) };
    /// Objects promoted into the oldest generation since the last full
    /// collection, and its size then (`long_lived_pending`/`_total`).
    static LONG_LIVED: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

/// Whether a collection is under way (`gcstate->collecting`).
pub fn is_collecting() -> bool {
    COLLECTING.get()
}

pub fn debug_flags() -> u32 {
    DEBUG.with(Cell::get)
}

pub fn set_debug_flags(flags: u32) {
    DEBUG.with(|d| d.set(flags));
}

pub fn stats() -> [GenerationStats; GENERATIONS] {
    STATS.with(Cell::get)
}

fn shared_list(cell: &'static crate::core::gil::GilShared<RefCell<Option<Value>>>) -> Value {
    cell.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| List::from_vec(Vec::new()))
            .clone()
    })
}

/// `gc.garbage`: the same list object for the life of the interpreter.
pub fn garbage() -> Value {
    shared_list(&GARBAGE)
}

/// `gc.callbacks`.
pub fn callbacks() -> Value {
    shared_list(&CALLBACKS)
}

/// `(count0, count1, count2)` for `gc.get_count`.
pub fn counts() -> [usize; GENERATIONS] {
    [gcheap::count(0), gcheap::count(1), gcheap::count(2)]
}

/// The objects tracked in `generation` (every generation when `None`).
pub fn objects(generation: Option<usize>) -> Vec<Value> {
    gcheap::objects(generation)
}

/// `gc.get_referents`: what each GC object among `objs` refers to.
pub fn referents(objs: &[Value]) -> Vec<Value> {
    let mut out = Vec::new();
    for o in objs.iter().filter(|o| is_gc(o)) {
        traverse_object(o, &mut |r| out.push(r.clone()));
    }
    out
}

/// `gc.get_referrers`: the tracked objects that refer to any of `objs`.
pub fn referrers(objs: &[Value]) -> Vec<Value> {
    let mut out = Vec::new();
    for candidate in gcheap::objects(None) {
        let mut hit = false;
        traverse_object(&candidate, &mut |r| hit |= objs.iter().any(|o| o.is(r)));
        if hit {
            out.push(candidate);
        }
    }
    out
}

/// Runs the collection the allocator asked for, if any: called by the
/// interpreter at its eval-breaker check (`_Py_RunGC`).
pub fn run_scheduled() {
    if gcheap::take_scheduled() && is_enabled() && !is_collecting() {
        collect_generations();
    }
}

/// Collections of the middle generation between two of the oldest: the
/// third threshold of CPython 3.13's default. 3.14 reports 0 there and
/// does not use it (its old generation is scanned incrementally), so
/// `gc.set_threshold`'s third value is only reported here too.
const OLDEST_GENERATION_EVERY: usize = 10;

/// `gc_collect_generations`: the oldest generation over its threshold; the
/// oldest only once a quarter of it is new (`long_lived_pending`).
fn collect_generations() {
    for g in (0..GENERATIONS).rev() {
        let limit = if g == GENERATIONS - 1 {
            OLDEST_GENERATION_EVERY
        } else {
            threshold(g)
        };
        if gcheap::count(g) > limit {
            let (pending, total) = LONG_LIVED.with(Cell::get);
            if g == GENERATIONS - 1 && pending < total / 4 {
                continue;
            }
            collect(g);
            return;
        }
    }
}

/// `gc.collect(generation)` and automatic collections: returns the number
/// of unreachable objects found, 0 when a collection is already running.
pub fn collect(generation: usize) -> usize {
    if is_collecting() {
        return 0;
    }
    COLLECTING.with(|c| c.set(true));
    invoke_callbacks("start", generation, 0, 0);
    let collected = collect_main(generation);
    STATS.with(|s| {
        let mut all = s.get();
        all[generation].collections += 1;
        all[generation].collected += collected;
        s.set(all);
    });
    invoke_callbacks("stop", generation, collected, 0);
    COLLECTING.with(|c| c.set(false));
    collected
}

/// `gc_collect_main` after the marking.
fn collect_main(generation: usize) -> usize {
    let debug = debug_flags();
    if debug & DEBUG_STATS != 0 {
        let sizes: Vec<String> = (0..GENERATIONS)
            .map(|g| gcheap::generation_len(g).to_string())
            .collect();
        eprintln!("gc: collecting generation {generation}...");
        eprintln!("gc: objects in each generation: {}", sizes.join(" "));
        eprintln!("gc: objects in permanent generation: {}", freeze_count());
    }
    let started = std::time::Instant::now();
    if generation + 1 < GENERATIONS {
        gcheap::set_count(generation + 1, gcheap::count(generation + 1) + 1);
    }
    for g in 0..=generation {
        gcheap::set_count(g, 0);
    }
    if generation == GENERATIONS - 1 {
        crate::typeobj::clear_method_cache();
    }
    let (mut unreachable, survivors) = gcheap::find_unreachable(generation);
    LONG_LIVED.with(|l| {
        let (pending, total) = l.get();
        l.set(if generation == GENERATIONS - 1 {
            (0, survivors)
        } else if generation == GENERATIONS - 2 {
            (pending + survivors, total)
        } else {
            (pending, total)
        });
    });
    if debug & DEBUG_COLLECTABLE != 0 {
        for v in unreachable.objects() {
            debug_cycle("collectable", v);
        }
    }
    let mut found = handle_weakrefs(&unreachable);
    finalize_garbage(&unreachable);
    unreachable.drop_resurrected();
    found += unreachable
        .objects()
        .iter()
        .filter(|v| !is_inline_values(v))
        .count();
    delete_garbage(&unreachable, debug);
    drop(unreachable);
    if debug & DEBUG_STATS != 0 {
        eprintln!(
            "gc: done, {found} unreachable, 0 uncollectable, {:.4}s elapsed",
            started.elapsed().as_secs_f64()
        );
    }
    found
}

/// A dict an instance made for its own attributes: CPython keeps those
/// values inline in the instance, so it counts no separate object.
fn is_inline_values(v: &Value) -> bool {
    v.downcast_exact::<Dict>()
        .is_some_and(Dict::holds_inline_values)
}

fn debug_cycle(what: &str, v: &Value) {
    eprintln!(
        "gc: {what} <{} {:#x}>",
        v.type_obj().payload().tp_name(),
        v.word()
    );
}

/// `handle_weakrefs`: weak references that are garbage themselves die
/// without callbacks; every weak reference to garbage goes dead, and the
/// callbacks of the live ones run. Returns how many of those references
/// were freed afterwards.
fn handle_weakrefs(unreachable: &Unreachable) -> usize {
    for v in unreachable.objects() {
        if v.downcast::<weakref::WeakRef>().is_some() {
            weakref::clear_ref(v);
        }
    }
    let mut to_call = Vec::new();
    for v in unreachable.objects() {
        to_call.extend(weakref::clear_for_collection(v));
    }
    let mut freed = 0;
    for (wr, callback) in to_call {
        if let Err(e) = protocol::call(&callback, std::slice::from_ref(&wr), None) {
            let what = protocol::repr_string(&callback).unwrap_or_else(|_| "<object>".into());
            err::write_unraisable(
                &e,
                &format!("Exception ignored while calling weakref callback {what}"),
            );
        }
        drop(callback);
        if wr.refcount() == 1 {
            freed += 1;
        }
    }
    freed
}

/// `finalize_garbage`: `tp_finalize` of each unreachable object that has
/// not been finalized (PEP 442).
fn finalize_garbage(unreachable: &Unreachable) {
    for v in unreachable.objects() {
        if let Some(finalize) = v.type_obj().payload().slots.finalize.get()
            && !is_finalized(v)
        {
            gcheap::set_finalized(v);
            finalize(v);
        }
    }
}

/// `delete_garbage`: with `DEBUG_SAVEALL` the objects go to `gc.garbage`;
/// otherwise `tp_clear` breaks their cycles.
fn delete_garbage(unreachable: &Unreachable, debug: u32) {
    let saved = (debug & DEBUG_SAVEALL != 0).then(garbage);
    for v in unreachable.objects() {
        if !unreachable.contains(v) {
            continue;
        }
        match saved.as_ref().and_then(|g| g.downcast::<List>()) {
            Some(list) => {
                list.push(v.clone());
                unreachable.keep(v);
            }
            None => gcheap::clear_object(v),
        }
    }
}

/// Calls each of `gc.callbacks` with `(phase, info)`.
fn invoke_callbacks(phase: &str, generation: usize, collected: usize, uncollectable: usize) {
    let list = callbacks();
    let Some(cbs) = list.downcast::<List>().map(List::to_vec) else {
        return;
    };
    if cbs.is_empty() {
        return;
    }
    let info = Dict::new_value();
    if let Some(d) = info.downcast::<Dict>() {
        d.set_str("generation", int::from_usize(generation));
        d.set_str("collected", int::from_usize(collected));
        d.set_str("uncollectable", int::from_usize(uncollectable));
    }
    let phase = PyStr::new(phase);
    for cb in cbs {
        if let Err(e) = protocol::call(&cb, &[phase.clone(), info.clone()], None) {
            let what = protocol::repr_string(&cb).unwrap_or_else(|_| "<object>".into());
            err::write_unraisable(
                &e,
                &format!("Exception ignored while calling GC callback {what}"),
            );
        }
    }
}

/// `Py_VISIT` of a field; a field being written right now (borrowed
/// mutably) is skipped, which only makes its referent look externally
/// referenced: the collector then keeps it, never frees it early.
pub fn visit_field(field: &RefCell<Value>, visit: &mut dyn FnMut(&Value)) {
    if let Ok(v) = field.try_borrow() {
        visit(&v);
    }
}

/// `Py_VISIT` of an optional field.
pub fn visit_optional(field: &RefCell<Option<Value>>, visit: &mut dyn FnMut(&Value)) {
    if let Ok(v) = field.try_borrow()
        && let Some(v) = v.as_ref()
    {
        visit(v);
    }
}

/// `Py_VISIT` of each item of a vector field.
pub fn visit_items(items: &RefCell<Vec<Value>>, visit: &mut dyn FnMut(&Value)) {
    if let Ok(items) = items.try_borrow() {
        for v in items.iter() {
            visit(v);
        }
    }
}

/// `Py_CLEAR` of an optional field: the old value is dropped after the
/// field is consistent (dropping may run `__del__`).
pub fn clear_optional(field: &RefCell<Option<Value>>) {
    let old = field.try_borrow_mut().ok().and_then(|mut f| f.take());
    drop(old);
}

/// `Py_CLEAR` of a field that always holds an object: it becomes `None`.
pub fn clear_field(field: &RefCell<Value>) {
    let old = field
        .try_borrow_mut()
        .ok()
        .map(|mut f| std::mem::replace(&mut *f, crate::none::none()));
    drop(old);
}

/// Empties a vector field (`list_clear`).
pub fn clear_items(items: &RefCell<Vec<Value>>) {
    let old = items
        .try_borrow_mut()
        .ok()
        .map(|mut v| std::mem::take(&mut *v));
    drop(old);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn self_referencing_list() -> Value {
        let l = List::from_vec(Vec::new());
        l.downcast::<List>().unwrap().push(l.clone());
        l
    }

    #[test]
    fn a_list_cycle_is_collected_and_a_referenced_one_kept() {
        let _lock = crate::init_for_test();
        collect(2);
        let kept = self_referencing_list();
        let dropped = self_referencing_list();
        assert!(is_tracked(&kept) && is_tracked(&dropped));
        assert_eq!(referents(std::slice::from_ref(&kept)).len(), 1);
        assert!(
            referrers(std::slice::from_ref(&kept))
                .iter()
                .any(|r| r.is(&kept))
        );
        drop(dropped);
        assert_eq!(collect(0), 1);
        assert_eq!(kept.downcast::<List>().unwrap().len(), 1);
        kept.downcast::<List>().unwrap().replace(Vec::new());
    }

    #[test]
    fn the_oldest_generation_waits_for_ten_middle_collections() {
        let _lock = crate::init_for_test();
        collect(2);
        let full = || stats()[GENERATIONS - 1].collections;
        let before = full();
        LONG_LIVED.with(|l| l.set((1, 0)));
        gcheap::set_count(GENERATIONS - 1, OLDEST_GENERATION_EVERY);
        gcheap::set_count(GENERATIONS - 2, threshold(GENERATIONS - 2) + 1);
        collect_generations();
        assert_eq!(full(), before);
        assert_eq!(gcheap::count(GENERATIONS - 1), OLDEST_GENERATION_EVERY + 1);
        collect_generations();
        assert_eq!(full(), before + 1);
    }

    #[test]
    fn atomic_tuples_are_born_untracked() {
        let _lock = crate::init_for_test();
        let atomic = crate::tuple::Tuple::new(vec![crate::int::from_i64(1)]);
        let holding = crate::tuple::Tuple::new(vec![List::from_vec(Vec::new())]);
        assert!(!is_tracked(&atomic));
        assert!(is_tracked(&holding));
    }
}
