//! The cycle collector's view of the heap: the GC header (`PyGC_Head`) in front of every object of a GC type, the generation lists, and the count arithmetic of a collection (`update_refs`, `subtract_refs`, `move_unreachable`, tuple untracking); mirrors the list and marking half of CPython's Python/gc.c.
//!
//! The policy half (when to collect, weak references, finalizers, clearing,
//! the `gc` module's bookkeeping) is safe code in `crate::gc`.
//!
//! Every object of a type with `flags::HAVE_GC` is allocated with a
//! `GcHead` right before its `ObjHeader` (three words: the two links of a
//! circular doubly linked list and a state word holding the flags and, during
//! a collection, `gc_refs`). Objects of other types carry nothing, and
//! immortal statics of GC types have no header: they are never tracked.

use std::cell::Cell;
use std::mem::ManuallyDrop;
use std::ptr;

use super::{IMMORTAL_REFCNT, ObjHeader, Value, WEAKLY_REFERENCED};
use crate::typeobj::flags;

/// `PyGC_Head`, with a separate state word (CPython packs it into the low
/// bits of the links) so the lists stay doubly linked during a collection.
#[repr(C)]
pub(super) struct GcHead {
    /// Null while the object is untracked.
    next: Cell<*const GcHead>,
    prev: Cell<*const GcHead>,
    state: Cell<usize>,
}

/// Bytes in front of each GC object.
pub(super) const GC_HEADER_SIZE: usize = std::mem::size_of::<GcHead>();

/// `__del__` has run (PEP 442: never twice).
const FINALIZED: usize = 1;
/// In the set being collected (`PREV_MASK_COLLECTING`).
const COLLECTING: usize = 2;
/// Tentatively unreachable (`NEXT_MASK_UNREACHABLE`).
const UNREACHABLE: usize = 4;
const REFS_SHIFT: u32 = 3;
const REFS_ONE: usize = 1 << REFS_SHIFT;

/// The number of generations (`NUM_GENERATIONS`).
pub const GENERATIONS: usize = 3;
/// The index of the permanent generation (`gc.freeze`).
const PERMANENT: usize = GENERATIONS;

impl GcHead {
    const fn unlinked() -> GcHead {
        GcHead {
            next: Cell::new(ptr::null()),
            prev: Cell::new(ptr::null()),
            state: Cell::new(0),
        }
    }

    fn refs(&self) -> usize {
        self.state.get() >> REFS_SHIFT
    }

    fn set_refs(&self, refs: usize) {
        let flags = self.state.get() & (REFS_ONE - 1);
        self.state.set(flags | (refs << REFS_SHIFT));
    }

    fn has(&self, flag: usize) -> bool {
        self.state.get() & flag != 0
    }

    fn set(&self, flag: usize, on: bool) {
        let s = self.state.get();
        self.state.set(if on { s | flag } else { s & !flag });
    }

    fn is_tracked(&self) -> bool {
        !self.next.get().is_null()
    }
}

/// A list head: links to itself when empty (`gc_list_init`).
struct ListHead(GcHead);

impl ListHead {
    fn get(&self) -> &GcHead {
        let h = &self.0;
        if h.next.get().is_null() {
            h.next.set(h);
            h.prev.set(h);
        }
        h
    }
}

/// The collector's global state (`struct _gc_runtime_state`).
struct State {
    heads: [ListHead; GENERATIONS + 1],
    /// `generations[i].count`: allocations minus deallocations of tracked
    /// objects for generation 0, collections of the next younger one for
    /// the others.
    counts: [Cell<usize>; GENERATIONS],
    thresholds: [Cell<usize>; GENERATIONS],
    enabled: Cell<bool>,
    /// A collection is asked for at the next eval-breaker check.
    scheduled: Cell<bool>,
    /// Sets the eval breaker (installed by the interpreter).
    breaker: Cell<Option<fn()>>,
}

// SAFETY: the collector's state, like every object, is only touched by the
// thread holding the GIL (DESIGN.md section 10); Ouro runs Python on one
// thread today.
unsafe impl Sync for State {}

static STATE: State = State {
    heads: [const { ListHead(GcHead::unlinked()) }; GENERATIONS + 1],
    counts: [const { Cell::new(0) }; GENERATIONS],
    thresholds: [Cell::new(2000), Cell::new(10), Cell::new(0)],
    enabled: Cell::new(true),
    scheduled: Cell::new(false),
    breaker: Cell::new(None),
};

fn head(generation: usize) -> &'static GcHead {
    STATE.heads[generation].get()
}

/// The head of the object at `obj`, whose type has `HAVE_GC`.
///
/// # Safety
/// `obj` was allocated by `alloc_typed` for a GC type (so a `GcHead`
/// precedes it) and is live.
unsafe fn head_of_ptr<'a>(obj: *const ObjHeader) -> &'a GcHead {
    // SAFETY: guaranteed by the caller: the header is right before it.
    unsafe { &*((obj as *const u8).sub(GC_HEADER_SIZE) as *const GcHead) }
}

/// The object after `head`.
///
/// # Safety
/// `head` is the `GcHead` of a live object (not a list head).
unsafe fn object_of(head: &GcHead) -> ManuallyDrop<Value> {
    // SAFETY: guaranteed by the caller; the object follows its head.
    ManuallyDrop::new(unsafe {
        Value::from_header_ptr(
            (head as *const GcHead as *const u8).add(GC_HEADER_SIZE) as *const ObjHeader
        )
    })
}

/// The GC header of `v` when it has one: a heap object of a GC type that
/// is not immortal.
fn gc_head(v: &Value) -> Option<&GcHead> {
    let h = v.header()?;
    if h.refcnt.get() & !WEAKLY_REFERENCED >= IMMORTAL_REFCNT / 2 {
        return None;
    }
    // SAFETY: a live object's type pointer is a live type.
    let ty = unsafe { &(*h.ty.get()).payload };
    if ty.flags() & flags::HAVE_GC == 0 {
        return None;
    }
    // SAFETY: a mortal object of a GC type was made by `alloc_typed`,
    // which put a `GcHead` in front of it.
    Some(unsafe { head_of_ptr(h) })
}

fn list_append(node: &GcHead, list: &GcHead) {
    let last = list.prev.get();
    node.prev.set(last);
    node.next.set(list);
    // SAFETY: the links of a list always point at live heads of the list.
    unsafe { (*last).next.set(node) };
    list.prev.set(node);
}

fn list_remove(node: &GcHead) {
    let (prev, next) = (node.prev.get(), node.next.get());
    // SAFETY: a tracked node's neighbours are live heads of its list.
    unsafe {
        (*prev).next.set(next);
        (*next).prev.set(prev);
    }
    node.next.set(ptr::null());
    node.prev.set(ptr::null());
}

fn list_move(node: &GcHead, list: &GcHead) {
    list_remove(node);
    list_append(node, list);
}

/// Appends all of `from` to `to`, leaving `from` empty (`gc_list_merge`).
fn list_merge(from: &GcHead, to: &GcHead) {
    let first = from.next.get();
    if ptr::eq(first, from) {
        return;
    }
    let last = from.prev.get();
    let to_last = to.prev.get();
    // SAFETY: all four are live heads of the two lists.
    unsafe {
        (*to_last).next.set(first);
        (*first).prev.set(to_last);
        (*last).next.set(to);
    }
    to.prev.set(last);
    from.next.set(from);
    from.prev.set(from);
}

/// Calls `f` on each member of `list` in order, reading the next link
/// before the call: `f` may take its member out of the list (and only it).
fn for_each_member(list: &GcHead, mut f: impl FnMut(&GcHead)) {
    let mut node = list.next.get();
    while !ptr::eq(node, list) {
        // SAFETY: the links of a list point at live heads of the list.
        let this = unsafe { &*node };
        node = this.next.get();
        f(this);
    }
}

/// The heads of `list`'s members, in order (a snapshot: callers may move them).
fn members(list: &GcHead) -> Vec<*const GcHead> {
    let mut out = Vec::new();
    let mut node = list.next.get();
    while !ptr::eq(node, list) {
        out.push(node);
        // SAFETY: the links of a list point at live heads of the list.
        node = unsafe { (*node).next.get() };
    }
    out
}

fn list_len(list: &GcHead) -> usize {
    let mut n = 0;
    let mut node = list.next.get();
    while !ptr::eq(node, list) {
        n += 1;
        // SAFETY: as in `members`.
        node = unsafe { (*node).next.get() };
    }
    n
}

/// Initialises the header of a new object and tracks it (`_PyObject_GC_Link`
/// then `_PyObject_GC_TRACK`).
///
/// # Safety
/// `obj` was just allocated with room for a `GcHead` in front of it.
pub(super) unsafe fn track_new(obj: *const ObjHeader) {
    let h = (obj as *const u8).wrapping_sub(GC_HEADER_SIZE) as *mut GcHead;
    // SAFETY: guaranteed by the caller: the bytes are ours and unwritten.
    let node = unsafe {
        h.write(GcHead::unlinked());
        &*h
    };
    list_append(node, head(0));
    let young = &STATE.counts[0];
    young.set(young.get() + 1);
    let threshold = STATE.thresholds[0].get();
    if young.get() > threshold
        && threshold != 0
        && STATE.enabled.get()
        && !STATE.scheduled.get()
        && !crate::gc::is_collecting()
        // Before the interpreter installs its breaker nothing could run
        // the collection: the request waits for a later allocation.
        && let Some(breaker) = STATE.breaker.get()
    {
        STATE.scheduled.set(true);
        breaker();
    }
}

/// Untracks a dying object and counts its deallocation (`_PyObject_GC_UNTRACK`
/// in `tp_dealloc`, then `gc_dealloc`'s count decrement).
///
/// # Safety
/// `obj` is a live object of a GC type allocated by `alloc_typed`.
pub(super) unsafe fn forget(obj: *const ObjHeader) {
    // SAFETY: guaranteed by the caller.
    let node = unsafe { head_of_ptr(obj) };
    if node.is_tracked() {
        list_remove(node);
    }
    let young = &STATE.counts[0];
    young.set(young.get().saturating_sub(1));
}

/// Whether the object at `obj` (of a GC type) has been finalized, marking it
/// so: `tp_finalize` runs at most once (PEP 442).
///
/// # Safety
/// As for `forget`.
pub(super) unsafe fn take_finalize_turn(obj: *const ObjHeader) -> bool {
    // SAFETY: guaranteed by the caller.
    let node = unsafe { head_of_ptr(obj) };
    let first = !node.has(FINALIZED);
    node.set(FINALIZED, true);
    first
}

/// Tracks a resurrected object again (after its finalizer kept it alive).
///
/// # Safety
/// As for `forget`.
pub(super) unsafe fn retrack(obj: *const ObjHeader) {
    // SAFETY: guaranteed by the caller.
    let node = unsafe { head_of_ptr(obj) };
    if !node.is_tracked() {
        list_append(node, head(0));
    }
}

/// The memory block of an object allocated with a GC header.
pub(super) fn block_start(obj: *const ObjHeader) -> *mut u8 {
    (obj as *mut u8).wrapping_sub(GC_HEADER_SIZE)
}

/// `gc.is_tracked`.
pub fn is_tracked(v: &Value) -> bool {
    gc_head(v).is_some_and(GcHead::is_tracked)
}

/// `gc.is_finalized`.
pub fn is_finalized(v: &Value) -> bool {
    gc_head(v).is_some_and(|h| h.has(FINALIZED))
}

/// Marks `v` finalized (the collector calls `tp_finalize` itself).
pub fn set_finalized(v: &Value) {
    if let Some(h) = gc_head(v) {
        h.set(FINALIZED, true);
    }
}

/// Whether `v` is a GC object (`_PyObject_IS_GC`): only those are traversed.
pub fn is_gc(v: &Value) -> bool {
    gc_head(v).is_some()
}

/// `_PyObject_GC_UNTRACK` for an object whose references cannot form a
/// cycle (an empty or atomic container).
pub fn untrack(v: &Value) {
    if let Some(h) = gc_head(v)
        && h.is_tracked()
    {
        list_remove(h);
    }
}

/// `_PyObject_GC_TRACK`.
pub fn track(v: &Value) {
    if let Some(h) = gc_head(v)
        && !h.is_tracked()
    {
        list_append(h, head(0));
    }
}

/// Calls `visit` on each reference `v` holds: its heap type, its extras
/// (`__dict__`, slots) and the payload's (the type's `traverse`), the way
/// `subtype_traverse` wraps the base type's `tp_traverse`.
pub fn traverse_object(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let Some(h) = v.header() else {
        return;
    };
    // SAFETY: a live object's type pointer is a live type.
    let tp = unsafe { &(*h.ty.get()).payload };
    if tp.is_heap() {
        // SAFETY: the header's type pointer owns a reference to the type;
        // the borrowed `Value` made from it is never dropped.
        let ty =
            ManuallyDrop::new(unsafe { Value::from_header_ptr(h.ty.get() as *const ObjHeader) });
        visit(&ty);
    }
    if let Some((first, len)) = v.extras() {
        let first = first as *const Cell<Option<Value>> as *const Option<Value>;
        for i in 0..len {
            // SAFETY: `extras` gives `len` slots inside the allocation; the
            // visitor only reads the value and runs no Python code, so the
            // slot is not written while the reference exists.
            if let Some(item) = unsafe { &*first.add(i) } {
                visit(item);
            }
        }
    }
    if let Some(traverse) = tp.slots.traverse {
        traverse(v, visit);
    }
}

/// Drops `v`'s references that can form cycles (`tp_clear` with
/// `subtype_clear`): its extras, then the payload's through the type's
/// `clear`. The object stays valid: a cleared slot reads as unset.
pub fn clear_object(v: &Value) {
    let tp = v.type_obj().payload();
    if let Some((_, len)) = v.extras() {
        for i in 0..len {
            drop(v.set_extra(i, None));
        }
    }
    if let Some(clear) = tp.slots.clear {
        clear(v);
    }
}

/// The tracked objects of `generation` (all generations but the permanent
/// one when `None`).
pub fn objects(generation: Option<usize>) -> Vec<Value> {
    let gens = match generation {
        Some(g) => g..g + 1,
        None => 0..GENERATIONS,
    };
    let mut out = Vec::new();
    for g in gens {
        for node in members(head(g)) {
            // SAFETY: a list member is the head of a live object.
            out.push(Value::clone(&*unsafe { object_of(&*node) }));
        }
    }
    out
}

/// The number of objects in `generation`.
pub fn generation_len(generation: usize) -> usize {
    list_len(head(generation))
}

pub fn count(generation: usize) -> usize {
    STATE.counts[generation].get()
}

pub fn set_count(generation: usize, n: usize) {
    STATE.counts[generation].set(n);
}

pub fn threshold(generation: usize) -> usize {
    STATE.thresholds[generation].get()
}

pub fn set_threshold(generation: usize, n: usize) {
    STATE.thresholds[generation].set(n);
}

pub fn is_enabled() -> bool {
    STATE.enabled.get()
}

pub fn set_enabled(on: bool) {
    STATE.enabled.set(on);
}

/// Installs the function that sets the eval breaker, so that a collection
/// the allocator asks for runs at the next safe point.
pub fn set_breaker(breaker: fn()) {
    STATE.breaker.set(Some(breaker));
}

/// Takes the pending request for an automatic collection.
pub fn take_scheduled() -> bool {
    STATE.scheduled.replace(false)
}

/// `gc.freeze`: moves every tracked object to the permanent generation.
pub fn freeze() {
    for g in 0..GENERATIONS {
        list_merge(head(g), head(PERMANENT));
    }
    STATE.counts[0].set(0);
}

/// `gc.unfreeze`: back into the oldest generation.
pub fn unfreeze() {
    list_merge(head(PERMANENT), head(GENERATIONS - 1));
}

pub fn freeze_count() -> usize {
    list_len(head(PERMANENT))
}

/// The objects a collection found unreachable, held by strong references
/// while finalizers and weak reference callbacks run; their heads sit in a
/// private list flagged `UNREACHABLE`. Dropping it releases the references
/// and returns survivors to the `old` generation.
pub struct Unreachable {
    list: Box<ListHead>,
    held: Vec<Value>,
    old: usize,
}

/// `update_refs`: `gc_refs` = the count minus `held` (references the
/// collector itself holds), and the `COLLECTING` flag. With
/// `untrack_tuples`, a tuple none of whose items may be tracked leaves the
/// list instead, as 3.14's `update_refs` does (`_PyTuple_MaybeUntrack`):
/// it cannot be part of a cycle.
fn update_refs(list: &GcHead, held: usize, untrack_tuples: bool) {
    for_each_member(list, |node| {
        // SAFETY: a list member is the head of a live object.
        let obj = unsafe { object_of(node) };
        if untrack_tuples && is_atomic_tuple(&obj) {
            list_remove(node);
            return;
        }
        let refs = obj.refcount().saturating_sub(held);
        node.state
            .set((node.state.get() & FINALIZED) | COLLECTING | (refs << REFS_SHIFT));
    });
}

/// A tuple whose items are all untracked or of no GC type, so it cannot
/// be part of a cycle (an item that is a GC object of another type may be
/// tracked later, which keeps the tuple tracked).
fn is_atomic_tuple(obj: &Value) -> bool {
    obj.downcast_exact::<crate::tuple::Tuple>()
        .is_some_and(|t| {
            t.iter().all(|item| {
                !is_gc(item)
                    || (item.downcast_exact::<crate::tuple::Tuple>().is_some() && !is_tracked(item))
            })
        })
}

/// `subtract_refs`: removes the references members hold to each other.
fn subtract_refs(list: &GcHead) {
    for_each_member(list, |node| {
        // SAFETY: a list member is the head of a live object.
        let obj = unsafe { object_of(node) };
        traverse_object(&obj, &mut |r| {
            if let Some(h) = gc_head(r)
                && h.has(COLLECTING)
            {
                h.set_refs(h.refs().saturating_sub(1));
            }
        });
    });
}

/// `move_unreachable`: members still referenced from outside, and all they
/// reach, stay in `young` (their `COLLECTING` flag cleared); the rest move
/// to `unreachable` flagged `UNREACHABLE`. Returns how many stay.
fn move_unreachable(young: &GcHead, unreachable: &GcHead) -> usize {
    let mut reachable = 0;
    let mut node = young.next.get();
    while !ptr::eq(node, young) {
        // SAFETY: a list member is the head of a live object.
        let this = unsafe { &*node };
        if this.refs() > 0 {
            // SAFETY: as above.
            let obj = unsafe { object_of(this) };
            traverse_object(&obj, &mut |r| {
                let Some(h) = gc_head(r) else { return };
                if !h.has(COLLECTING) {
                    return;
                }
                if h.has(UNREACHABLE) {
                    list_move(h, young);
                    h.set(UNREACHABLE, false);
                    h.set_refs(1);
                } else if h.refs() == 0 {
                    h.set_refs(1);
                }
            });
            this.set(COLLECTING, false);
            reachable += 1;
            node = this.next.get();
        } else {
            let next = this.next.get();
            list_move(this, unreachable);
            this.set(UNREACHABLE, true);
            node = next;
        }
    }
    reachable
}

/// Everything before finalizers in `gc_collect_main`: merges the younger
/// generations into `generation`, untracks atomic tuples, finds what is
/// unreachable and promotes the survivors. Returns the unreachable objects
/// (held) and the number of survivors.
pub fn find_unreachable(generation: usize) -> (Unreachable, usize) {
    let young = head(generation);
    for g in 0..generation {
        list_merge(head(g), young);
    }
    let old = if generation + 1 < GENERATIONS {
        generation + 1
    } else {
        generation
    };
    update_refs(young, 0, true);
    subtract_refs(young);
    let list = Box::new(ListHead(GcHead::unlinked()));
    let survivors = move_unreachable(young, list.get());
    if old != generation {
        list_merge(young, head(old));
    }
    let held = members(list.get())
        .into_iter()
        // SAFETY: a list member is the head of a live object.
        .map(|node| Value::clone(&*unsafe { object_of(&*node) }))
        .collect();
    (Unreachable { list, held, old }, survivors)
}

impl Unreachable {
    pub fn objects(&self) -> &[Value] {
        &self.held
    }

    /// Whether `v` is (still) among the unreachable objects.
    pub fn contains(&self, v: &Value) -> bool {
        gc_head(v).is_some_and(|h| h.is_tracked() && h.has(UNREACHABLE))
    }

    /// `handle_resurrected_objects`: after finalizers ran, whatever is now
    /// referenced from outside the set (and all it reaches) goes back to the
    /// old generation; the rest stays unreachable.
    pub fn drop_resurrected(&mut self) {
        let list = self.list.get();
        update_refs(list, 1, false);
        for node in members(list) {
            // SAFETY: a list member is the head of a live object.
            unsafe { (*node).set(UNREACHABLE, false) };
        }
        subtract_refs(list);
        let still = Box::new(ListHead(GcHead::unlinked()));
        move_unreachable(list, still.get());
        list_merge(list, head(self.old));
        self.list = still;
        let list = self.list.get();
        for node in members(list) {
            // SAFETY: as above; `still` members stay unreachable.
            unsafe { (*node).set(UNREACHABLE, true) };
        }
        let mut kept = Vec::with_capacity(self.held.len());
        for v in std::mem::take(&mut self.held) {
            if self.contains(&v) {
                kept.push(v);
            } else {
                // Resurrected: referenced from outside, so dropping ours
                // frees nothing.
                drop(v);
            }
        }
        self.held = kept;
    }

    /// Moves `v` out of the unreachable set into the old generation (an
    /// object `gc.garbage` keeps, or one its `clear` left alive).
    pub fn keep(&self, v: &Value) {
        if let Some(h) = gc_head(v)
            && h.is_tracked()
            && h.has(UNREACHABLE)
        {
            h.set(UNREACHABLE | COLLECTING, false);
            list_move(h, head(self.old));
        }
    }
}

impl Drop for Unreachable {
    /// Releases the held references (the cleared objects die here), then
    /// returns whatever survived to the old generation before the private
    /// list head goes away.
    fn drop(&mut self) {
        for v in std::mem::take(&mut self.held) {
            drop(v);
        }
        let list = self.list.get();
        for node in members(list) {
            // SAFETY: a list member is the head of a live object.
            unsafe { (*node).set(UNREACHABLE | COLLECTING, false) };
        }
        list_merge(list, head(self.old));
    }
}

const _: () = assert!(GC_HEADER_SIZE == 24);
