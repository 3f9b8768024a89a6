//! The unsafe core of the object model: `Value` (one word: inline small int or heap pointer), the `PyObject`-shaped header, allocation, refcounting, typed views and deferred deallocation (CPython's trashcan).
//!
//! Everything outside this module is safe Rust over this API. The rules it
//! upholds:
//! - a heap `Value` owns one reference: `Clone` increments, `Drop`
//!   decrements, and the object is deallocated when the count reaches zero;
//! - immortal objects (statics) start with a count so large that it never
//!   reaches zero;
//! - every heap object is a `#[repr(C)] PyObj<T>`: the header, then the
//!   payload `T` of its solid base type, then (for instances of Python
//!   classes) the extras: `__dict__` and `__slots__` values;
//! - counts are not atomic: the GIL (issue 6) serialises all access.

use std::alloc::Layout;
use std::cell::{Cell, UnsafeCell};
use std::marker::PhantomData;
use std::ptr::NonNull;

use crate::typeobj::TypeObject;

pub mod gcheap;
pub mod gil;

/// The reference count immortal objects start with: no program can drop it
/// to zero, so increments and decrements need no immortality check.
pub const IMMORTAL_REFCNT: usize = 1 << 60;

/// The top bit of the refcount word: set while weak references to the object
/// exist (not on immortals, whose weak references never need clearing).
///
/// Why a bit in the count rather than a field or a per-type table lookup:
/// `Drop` tests `(count as isize) <= 0` where it would test `count == 0`, the
/// same single compare, so decrefs and deallocations of objects that were
/// never weakly referenced cost exactly what they did; only a flagged object
/// takes the slow path on each decref (to see whether the rest of the count
/// is zero). The weak references themselves live in a side table keyed by
/// address (`types::weakref`), consulted only for flagged objects, so no
/// object grows a `tp_weaklist` word.
const WEAKLY_REFERENCED: usize = 1 << (usize::BITS - 1);

/// `PyObject`: the refcount word, then the type pointer.
#[repr(C)]
pub struct ObjHeader {
    refcnt: Cell<usize>,
    ty: Cell<*const PyObj<TypeObject>>,
}

/// A heap object: header then payload, laid out like CPython's structs.
#[repr(C)]
pub struct PyObj<T> {
    header: ObjHeader,
    payload: T,
}

// SAFETY: statics of built-in objects are shared by all threads; all access
// is serialised by the GIL (DESIGN.md section 10), like CPython's objects.
unsafe impl<T> Sync for PyObj<T> {}

impl<T> PyObj<T> {
    /// An immortal object for a `static`, of the given static type.
    pub const fn immortal(ty: &'static PyObj<TypeObject>, payload: T) -> PyObj<T> {
        PyObj {
            header: ObjHeader {
                refcnt: Cell::new(IMMORTAL_REFCNT),
                ty: Cell::new(ty as *const PyObj<TypeObject>),
            },
            payload,
        }
    }

    pub fn payload(&self) -> &T {
        &self.payload
    }

    /// An owned `Value` referring to this static object.
    pub fn value(&'static self) -> Value {
        let v = Value(NonNull::from(&self.header));
        v.incref();
        v
    }

    /// The type of this object.
    pub fn ob_type(&self) -> &PyObj<TypeObject> {
        // SAFETY: the type pointer of a live object is a live type object
        // (instances keep heap types alive; static types are immortal).
        unsafe { &*self.header.ty.get() }
    }
}

/// Byte offsets the JIT reads (DESIGN.md section 3).
pub const HEADER_REFCNT_OFFSET: usize = std::mem::offset_of!(ObjHeader, refcnt);
pub const HEADER_TYPE_OFFSET: usize = std::mem::offset_of!(ObjHeader, ty);
const _: () = assert!(HEADER_REFCNT_OFFSET == 0 && HEADER_TYPE_OFFSET == 8);
const _: () = assert!(std::mem::size_of::<Value>() == 8);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 8);

/// Range of ints held inline: 62 bits, so sums and differences of two inline
/// ints never overflow an `i64`.
pub const SMALL_INT_MIN: i64 = -(1 << 61);
pub const SMALL_INT_MAX: i64 = (1 << 61) - 1;

/// An owned reference to a Python object: a tagged word. Low bit 1 is an
/// inline int (`word >> 1`, arithmetic); otherwise a pointer to a header.
#[repr(transparent)]
pub struct Value(NonNull<ObjHeader>);

impl Value {
    /// An inline int; `None` when `i` is outside the inline range.
    #[inline]
    pub fn small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            let word = ((i << 1) | 1) as usize;
            // SAFETY: the low bit is set, so the word is non-zero.
            Some(Value(unsafe {
                NonNull::new_unchecked(word as *mut ObjHeader)
            }))
        } else {
            None
        }
    }

    #[inline]
    pub fn is_small_int(&self) -> bool {
        self.word() & 1 == 1
    }

    #[inline]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.word() as i64) >> 1)
        } else {
            None
        }
    }

    /// The word itself: `id()` and `is` use it.
    #[inline]
    pub fn word(&self) -> usize {
        self.0.as_ptr() as usize
    }

    /// `a is b`.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// Whether this is the given static object.
    #[inline]
    pub fn is_static<T>(&self, obj: &'static PyObj<T>) -> bool {
        self.word() == (obj as *const PyObj<T> as usize)
    }

    #[inline]
    fn header(&self) -> Option<&ObjHeader> {
        if self.is_small_int() {
            None
        } else {
            // SAFETY: a heap Value points to a live header while it exists.
            Some(unsafe { self.0.as_ref() })
        }
    }

    #[inline(always)]
    fn incref(&self) {
        if let Some(h) = self.header() {
            h.refcnt.set(h.refcnt.get() + 1);
        }
    }

    /// The object's type (`int` for inline ints).
    #[inline]
    pub fn type_obj(&self) -> &'static PyObj<TypeObject> {
        match self.header() {
            // SAFETY: a live object's type outlives every reference to the
            // object; `'static` is a simplification callers must respect by
            // not holding the reference past the object (types are immortal
            // or kept alive by their instances and by `type_value`).
            Some(h) => unsafe { &*h.ty.get() },
            None => &crate::int::INT_TYPE,
        }
    }

    /// An owned reference to the object's type.
    pub fn type_value(&self) -> Value {
        TypeRef::from_static(self.type_obj()).into_value()
    }

    /// The current reference count (`sys.getrefcount` adds its own).
    pub fn refcount(&self) -> usize {
        self.header()
            .map_or(IMMORTAL_REFCNT, |h| h.refcnt.get() & !WEAKLY_REFERENCED)
    }

    /// Marks the object as weakly referenced, so its deallocation clears its
    /// weak references (`types::weakref::clear_at_dealloc`). Immortal
    /// objects and inline ints are never deallocated and stay unmarked.
    pub fn mark_weakly_referenced(&self) {
        if let Some(h) = self.header()
            && h.refcnt.get() < IMMORTAL_REFCNT / 2
        {
            h.refcnt.set(h.refcnt.get() | WEAKLY_REFERENCED);
        }
    }

    /// Undoes `mark_weakly_referenced` once the last weak reference is gone.
    pub fn unmark_weakly_referenced(&self) {
        if let Some(h) = self.header() {
            h.refcnt.set(h.refcnt.get() & !WEAKLY_REFERENCED);
        }
    }

    /// A new reference to the live object at `addr`, the word of an object
    /// that `weak_slot` says is still allocated; `None` once its count has
    /// reached zero (its deallocation is under way or deferred).
    pub fn from_weak_slot(slot: &WeakSlot) -> Option<Value> {
        let addr = slot.0.get();
        if addr == 0 {
            return None;
        }
        // SAFETY: a non-zero `WeakSlot` holds the address of an allocated
        // object: every slot pointing at an object is emptied by
        // `WeakSlot::clear` before that object's memory is freed (the
        // contract of `WeakSlot::set`, kept by `types::weakref`).
        let h = unsafe { &*(addr as *const ObjHeader) };
        if h.refcnt.get() & !WEAKLY_REFERENCED == 0 {
            return None;
        }
        let v = Value(NonNull::from(h));
        v.incref();
        Some(v)
    }

    /// Replaces the object's type (`__class__` assignment); the caller has
    /// checked layout compatibility.
    pub fn set_type(&self, ty: &TypeRef) {
        if let Some(h) = self.header() {
            let new = ty.clone().into_value();
            let old = h.ty.replace(ty.obj() as *const PyObj<TypeObject>);
            std::mem::forget(new);
            // SAFETY: the old type pointer held one reference (see `alloc`).
            drop(unsafe { Value::from_header_ptr(old as *const ObjHeader) });
        }
    }

    /// A typed view if the object's layout starts with `PyObj<T>`: its type
    /// is `T`'s solid type or a subtype.
    #[inline]
    pub fn downcast<T: PyPayload>(&self) -> Option<&T> {
        let h = self.header()?;
        let ty = h.ty.get();
        if std::ptr::eq(ty, T::static_type()) || self.type_obj().payload.solid_is::<T>() {
            // SAFETY: the layout check above says the object is a PyObj<T>.
            Some(unsafe { &(*(self.0.as_ptr() as *const PyObj<T>)).payload })
        } else {
            None
        }
    }

    /// `downcast` restricted to the exact type (no subclasses).
    #[inline]
    pub fn downcast_exact<T: PyPayload>(&self) -> Option<&T> {
        let h = self.header()?;
        if std::ptr::eq(h.ty.get(), T::static_type()) {
            // SAFETY: exact type match means the object is a PyObj<T>.
            Some(unsafe { &(*(self.0.as_ptr() as *const PyObj<T>)).payload })
        } else {
            None
        }
    }

    /// An owned typed reference, if `downcast` succeeds.
    pub fn downcast_ref<T: PyPayload>(&self) -> Option<Ref<T>> {
        self.downcast::<T>()?;
        Some(Ref {
            value: self.clone(),
            marker: PhantomData,
        })
    }

    /// The extras of an instance of a Python class: `__dict__` then slots.
    fn extras(&self) -> Option<(&Cell<Option<Value>>, usize)> {
        let ty = self.type_obj();
        let offset = ty.payload.extras_offset();
        if offset == 0 || self.is_small_int() {
            return None;
        }
        // SAFETY: objects of a type with extras were allocated with the
        // type's basic size, which covers `offset` plus the extras.
        let first =
            unsafe { &*((self.0.as_ptr() as *const u8).add(offset) as *const Cell<Option<Value>>) };
        Some((first, ty.payload.extras_len()))
    }

    fn extra_slot(&self, index: usize) -> Option<&UnsafeCell<Option<Value>>> {
        let (first, len) = self.extras()?;
        if index >= len {
            return None;
        }
        // SAFETY: index < len, all within the allocation (see `extras`).
        Some(unsafe {
            &*(first as *const Cell<Option<Value>> as *const UnsafeCell<Option<Value>>).add(index)
        })
    }

    /// Byte offset from the object's start of its extra slot `index` (an
    /// inline cache keeps it under the type's version, see [`Self::extra_at`]).
    pub fn extra_offset(&self, index: usize) -> Option<usize> {
        let slot = self.extra_slot(index)?;
        Some(slot.get() as usize - self.word())
    }

    /// The value in the extra slot at byte `offset` (from
    /// [`Self::extra_offset`]), borrowed: the attribute fast paths read the
    /// `__dict__` slot without a reference count round trip.
    ///
    /// # Safety
    /// `offset` came from `extra_offset` on an object of this object's
    /// type (an inline cache's type version vouches for it: a type's
    /// layout never changes), and nothing writes the slot while the
    /// reference lives (no Python code runs meanwhile).
    #[inline(always)]
    pub unsafe fn extra_at(&self, offset: usize) -> Option<&Value> {
        if self.is_small_int() {
            return None;
        }
        // SAFETY: by the caller's promise the slot is inside the object and
        // not written while borrowed.
        unsafe { (*((self.word() + offset) as *const Option<Value>)).as_ref() }
    }

    /// Reads extra slot `index` (0 is `__dict__` when the type has one).
    pub fn get_extra(&self, index: usize) -> Option<Value> {
        let cell = self.extra_slot(index)?;
        // SAFETY: no reference into the cell escapes this function; the
        // clone cannot run Python code.
        unsafe { (*cell.get()).clone() }
    }

    /// Writes extra slot `index`, returning the old value (dropped by the
    /// caller, after the slot is consistent).
    pub fn set_extra(&self, index: usize, v: Option<Value>) -> Option<Value> {
        let cell = self.extra_slot(index)?;
        // SAFETY: as in `get_extra`; the old value is moved out, not dropped here.
        unsafe { std::mem::replace(&mut *cell.get(), v) }
    }

    /// The object whose `id()` is `word`, as a new reference; `None` for 0
    /// (`ctypes.PyObj_FromPtr`).
    ///
    /// # Safety
    /// A non-zero `word` must be the `id()` of an object that is alive now.
    pub unsafe fn from_id(word: usize) -> Option<Value> {
        let ptr = NonNull::new(word as *mut ObjHeader)?;
        // SAFETY: by the caller's promise `word` is an inline int or a live
        // object's header; the borrowed word is never dropped, the clone
        // takes the new reference.
        let borrowed = std::mem::ManuallyDrop::new(Value(ptr));
        Some(Value::clone(&borrowed))
    }

    /// Adopts a raw header pointer that owns a reference.
    ///
    /// # Safety
    /// `ptr` must be a live object pointer whose reference is transferred.
    unsafe fn from_header_ptr(ptr: *const ObjHeader) -> Value {
        // SAFETY: guaranteed non-null by the caller.
        Value(unsafe { NonNull::new_unchecked(ptr as *mut ObjHeader) })
    }

    fn word_ptr(&self) -> *const ObjHeader {
        self.0.as_ptr()
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        self.incref();
        Value(self.0)
    }
}

impl Value {
    /// Lets go of this reference, inlined where it is called: in a very
    /// large function (the eval loop) the compiler may leave `Value`'s drop
    /// glue out of line, a call for a decrement and a test.
    #[inline(always)]
    pub fn release(self) {
        std::mem::ManuallyDrop::new(self).decref();
    }

    #[inline(always)]
    fn decref(&self) {
        if let Some(h) = self.header() {
            let n = h.refcnt.get() - 1;
            h.refcnt.set(n);
            // Zero, or the weakly-referenced bit (see `WEAKLY_REFERENCED`).
            if (n as isize) <= 0 {
                dealloc(self.word_ptr(), n);
            }
        }
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        self.decref();
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_small_int() {
            Some(i) => write!(f, "Value({i})"),
            None => write!(
                f,
                "Value(<{} object at {:#x}>)",
                self.type_obj().payload.name(),
                self.word()
            ),
        }
    }
}

/// A payload type that is a built-in type's solid layout.
///
/// # Safety
/// `static_type` must be the type whose instances are `PyObj<Self>`, and
/// that type's `drop_payload` must be `drop_payload::<Self>`.
pub unsafe trait PyPayload: Sized + 'static {
    fn static_type() -> &'static PyObj<TypeObject>;
}

/// A new float: the commonest short-lived object gets its block from the
/// free list without `alloc_typed`'s layout work (CPython's float free list).
#[inline]
pub fn alloc_float(payload: crate::float::Float) -> Value {
    type FloatObj = PyObj<crate::float::Float>;
    const _: () = assert!(std::mem::size_of::<FloatObj>() == POOLED_SIZE);
    let block = if ALLOC_TRACING.load(std::sync::atomic::Ordering::Relaxed) {
        std::ptr::null_mut()
    } else {
        SMALL_BLOCKS
            .try_with(SmallBlocks::pop)
            .unwrap_or(std::ptr::null_mut())
    };
    if block.is_null() {
        return alloc(payload);
    }
    let ty = <crate::float::Float as PyPayload>::static_type();
    // The header's type pointer owns a reference to the type.
    ty.header.refcnt.set(ty.header.refcnt.get() + 1);
    let raw = block as *mut FloatObj;
    // SAFETY: a pooled block is a free allocation of `POOLED_SIZE` bytes,
    // the size of a float object, and float is not a GC type (no prefix).
    unsafe {
        raw.write(PyObj {
            header: ObjHeader {
                refcnt: Cell::new(1),
                ty: Cell::new(ty),
            },
            payload,
        });
        Value::from_header_ptr(raw as *const ObjHeader)
    }
}

/// Allocates an instance of `T`'s own built-in type.
pub fn alloc<T: PyPayload>(payload: T) -> Value {
    alloc_typed(&TypeRef::from_static(T::static_type()), payload)
}

/// Allocates an instance of `ty`, whose solid base must have layout `T`
/// (checked): the payload, then zeroed extras for Python classes.
pub fn alloc_typed<T: PyPayload>(ty: &TypeRef, payload: T) -> Value {
    let tp = ty.payload();
    assert!(
        std::ptr::eq(ty.obj(), T::static_type()) || tp.solid_is::<T>(),
        "alloc_typed: layout mismatch for {}",
        tp.name()
    );
    let base = Layout::new::<PyObj<T>>();
    let size = tp.basic_size().max(base.size());
    // Objects of GC types carry the collector's header in front.
    let gc = tp.is_gc();
    let prefix = if gc { gcheap::GC_HEADER_SIZE } else { 0 };
    let layout = Layout::from_size_align(prefix + size, base.align()).expect("object layout");
    // Only the extras need zeroing (`None`); the payload is written below.
    let has_extras = size > base.size();
    let pooled = if prefix + size == POOLED_SIZE && !has_extras {
        // Once the thread's list is destroyed (objects freed by other
        // thread-locals' destructors at thread exit) the allocator serves.
        SMALL_BLOCKS
            .try_with(SmallBlocks::pop)
            .unwrap_or(std::ptr::null_mut())
    } else {
        std::ptr::null_mut()
    };
    // SAFETY: the layout has non-zero size (a header at least).
    let block = unsafe {
        if !pooled.is_null() {
            pooled
        } else if has_extras {
            std::alloc::alloc_zeroed(layout)
        } else {
            std::alloc::alloc(layout)
        }
    };
    if block.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    // SAFETY: the block has `prefix + size` bytes.
    let raw = unsafe { block.add(prefix) } as *mut PyObj<T>;
    let ty_ptr = ty.obj() as *const PyObj<TypeObject>;
    // The header's type pointer owns a reference to the type.
    std::mem::forget(ty.clone());
    // SAFETY: raw is a fresh allocation large enough for PyObj<T>; the
    // extras beyond it are zero, which is `None` for `Option<Value>`.
    let obj = unsafe {
        raw.write(PyObj {
            header: ObjHeader {
                refcnt: Cell::new(1),
                ty: Cell::new(ty_ptr),
            },
            payload,
        });
        if gc {
            gcheap::track_new(raw as *const ObjHeader);
        }
        Value::from_header_ptr(raw as *const ObjHeader)
    };
    if ALLOC_TRACING.load(std::sync::atomic::Ordering::Relaxed) {
        trace_alloc(raw as usize, size);
    }
    obj
}

/// What `tracemalloc` is told while it traces: each object allocated
/// (address, size asked of the allocator) and each object freed (address).
pub struct AllocTracer {
    pub alloc: fn(usize, usize),
    pub free: fn(usize),
}

static ALLOC_TRACER: std::sync::OnceLock<AllocTracer> = std::sync::OnceLock::new();
/// Off, tracing costs one relaxed load per allocation and per free.
static ALLOC_TRACING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Installs `tracer` (the first one installed stays) and turns tracing on or off.
pub fn set_alloc_tracing(tracer: AllocTracer, on: bool) {
    let _ = ALLOC_TRACER.set(tracer);
    ALLOC_TRACING.store(on, std::sync::atomic::Ordering::Relaxed);
}

#[cold]
fn trace_alloc(addr: usize, size: usize) {
    if let Some(t) = ALLOC_TRACER.get() {
        (t.alloc)(addr, size);
    }
}

#[cold]
fn trace_free(addr: usize) {
    if let Some(t) = ALLOC_TRACER.get() {
        (t.free)(addr);
    }
}

/// Drops the payload of a `PyObj<T>` in place: the `drop_payload` of `T`'s type.
///
/// # Safety
/// `obj` must point to a `PyObj<T>` whose count has reached zero.
pub unsafe fn drop_payload<T>(obj: *mut ObjHeader) {
    // SAFETY: guaranteed by the caller.
    unsafe { std::ptr::drop_in_place(&mut (*(obj as *mut PyObj<T>)).payload) }
}

/// The `drop_payload` of a type whose instances have layout `T`: `None`
/// when `T` owns nothing, so freeing such an object runs no code.
pub const fn payload_dropper<T>() -> Option<unsafe fn(*mut ObjHeader)> {
    if std::mem::needs_drop::<T>() {
        Some(drop_payload::<T>)
    } else {
        None
    }
}

thread_local! {
    /// Nesting depth of deallocations, and objects whose deallocation was
    /// deferred to keep the Rust stack flat (CPython's trashcan).
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

const DEALLOC_NESTING_LIMIT: u32 = 200;

/// Deallocates `obj` whose count word just became `count`: zero, or
/// weakly referenced (then only if the rest of the count is zero). Kept
/// out of line so every `Value` drop inlines to a decrement and a test.
#[inline(never)]
fn dealloc(obj: *const ObjHeader, count: usize) {
    if count & !WEAKLY_REFERENCED != 0 {
        return;
    }
    // SAFETY: the count reached zero, so the object and its type are live
    // and exclusively ours.
    let ty_ptr = unsafe { (*obj).ty.get() };
    if count == 0 && std::ptr::eq(ty_ptr, &crate::float::FLOAT_TYPE) {
        // SAFETY: an exact float: a leaf allocated by `alloc_float` or
        // `alloc_typed` with its type's layout.
        unsafe { free_float(obj) };
        return;
    }
    // SAFETY: a type object outlives its instances.
    let tp = unsafe { &(*ty_ptr).payload };
    if tp.is_gc() {
        // Untracked before any code can run, so a collection never sees a
        // dying object (`_PyObject_GC_UNTRACK` at the top of `tp_dealloc`).
        // SAFETY: a mortal object of a GC type has a GC header.
        unsafe { gcheap::forget(obj) };
    }
    if count == 0
        && tp.drop_payload_fn().is_none()
        && tp.extras_offset() == 0
        && tp.slots.finalize.get().is_none()
    {
        // A leaf (a float, say): freeing it runs no code and releases
        // nothing but its type, so it needs no trashcan bookkeeping.
        // SAFETY: as above; the memory was allocated with this layout.
        unsafe { free_memory(obj, tp) };
        // SAFETY: the instance owned one reference to its type.
        drop(unsafe { Value::from_header_ptr(ty_ptr as *const ObjHeader) });
        return;
    }
    // At thread teardown the bookkeeping thread-locals may already be gone;
    // what is still alive then is left to the operating system.
    let Ok(depth) = DEALLOC_DEPTH.try_with(|d| d.get()) else {
        return;
    };
    if depth >= DEALLOC_NESTING_LIMIT {
        let _ = DEFERRED.try_with(|q| q.borrow_mut().push(obj as usize));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: the count reached zero, so we own the object exclusively.
    unsafe { dealloc_now(obj) };
    DEALLOC_DEPTH.with(|d| d.set(depth));
    if depth == 0 {
        while let Some(next) = DEFERRED.try_with(|q| q.borrow_mut().pop()).ok().flatten() {
            DEALLOC_DEPTH.with(|d| d.set(1));
            // SAFETY: deferred objects had reached zero and were not touched since.
            unsafe { dealloc_now(next as *const ObjHeader) };
            DEALLOC_DEPTH.with(|d| d.set(0));
        }
    }
}

/// Frees an exact float whose count reached zero: back on the free list
/// (or to the allocator), and its reference to the type let go.
///
/// # Safety
/// `obj` is an exact float no one refers to any more.
#[inline]
unsafe fn free_float(obj: *const ObjHeader) {
    let ty = &crate::float::FLOAT_TYPE;
    // SAFETY: by the caller's promise; the float type is static.
    unsafe { free_memory(obj, &ty.payload) };
    ty.header.refcnt.set(ty.header.refcnt.get() - 1);
}

/// Returns an object's memory to the allocator.
///
/// # Safety
/// `obj` was allocated by `alloc` as an instance of `tp`, and is not used again.
unsafe fn free_memory(obj: *const ObjHeader, tp: &TypeObject) {
    if ALLOC_TRACING.load(std::sync::atomic::Ordering::Relaxed) {
        trace_free(obj as usize);
    }
    let (block, size) = if tp.is_gc() {
        (
            gcheap::block_start(obj),
            gcheap::GC_HEADER_SIZE + tp.basic_size(),
        )
    } else {
        (obj as *mut u8, tp.basic_size())
    };
    if size == POOLED_SIZE && SMALL_BLOCKS.try_with(|b| b.push(block)).unwrap_or(false) {
        return;
    }
    let layout = Layout::from_size_align(size, 8).expect("object layout");
    // SAFETY: guaranteed by the caller.
    unsafe { std::alloc::dealloc(block, layout) };
}

/// The object size the free list serves: a header and one word (a float,
/// the commonest short-lived object), the layout `Layout(24, 8)`.
const POOLED_SIZE: usize = 24;
/// How many freed blocks a thread keeps (CPython keeps 100 floats).
const MAX_POOLED: u32 = 256;

/// Freed blocks of `POOLED_SIZE` bytes kept for the next allocation of that
/// size (DESIGN.md section 3, free lists): a list threaded through the
/// blocks' first words, returned to the allocator when the thread ends.
struct SmallBlocks {
    head: Cell<*mut u8>,
    len: Cell<u32>,
}

impl SmallBlocks {
    fn pop(&self) -> *mut u8 {
        let block = self.head.get();
        if !block.is_null() {
            // SAFETY: a block on the list is a live allocation of
            // POOLED_SIZE bytes whose first word holds the next block.
            self.head.set(unsafe { *(block as *mut *mut u8) });
            self.len.set(self.len.get() - 1);
        }
        block
    }

    /// Keeps `block` (a freed object of `POOLED_SIZE` bytes) unless the
    /// list is full.
    fn push(&self, block: *mut u8) -> bool {
        if self.len.get() >= MAX_POOLED {
            return false;
        }
        // SAFETY: the block is ours (its object was freed) and at least a
        // word long, aligned for a pointer.
        unsafe { *(block as *mut *mut u8) = self.head.get() };
        self.head.set(block);
        self.len.set(self.len.get() + 1);
        true
    }
}

impl Drop for SmallBlocks {
    fn drop(&mut self) {
        let layout = Layout::from_size_align(POOLED_SIZE, 8).expect("object layout");
        loop {
            let block = self.pop();
            if block.is_null() {
                break;
            }
            // SAFETY: every block on the list came from the allocator with
            // this layout and is no longer in use.
            unsafe { std::alloc::dealloc(block, layout) };
        }
    }
}

thread_local! {
    static SMALL_BLOCKS: SmallBlocks = const {
        SmallBlocks {
            head: Cell::new(std::ptr::null_mut()),
            len: Cell::new(0),
        }
    };
}

/// `PyObject_ClearWeakRefs` for a weakly referenced object whose count is
/// zero. Callbacks may run Python code; the object is unreachable from them
/// (its weak references are dead first) and its count stays zero.
///
/// # Safety
/// `obj` is an object whose count reached zero, not yet freed.
unsafe fn clear_weak_references(obj: *const ObjHeader) {
    // SAFETY: guaranteed by the caller.
    let header = unsafe { &*obj };
    if header.refcnt.get() & WEAKLY_REFERENCED != 0 {
        header.refcnt.set(header.refcnt.get() & !WEAKLY_REFERENCED);
        crate::types::weakref::clear_at_dealloc(obj as usize);
    }
}

/// # Safety
/// `obj` is an object whose count reached zero.
unsafe fn dealloc_now(obj: *const ObjHeader) {
    // SAFETY: obj is live until freed below; its type pointer owns a reference.
    unsafe {
        let ty_ptr = (*obj).ty.get();
        // Generators clear their weak references before finalizing
        // (`gen_dealloc`); other types after (`subtype_dealloc`).
        if (*obj).refcnt.get() & WEAKLY_REFERENCED != 0
            && (*ty_ptr).payload.flags() & crate::typeobj::flags::WEAKREFS_BEFORE_FINALIZE != 0
        {
            clear_weak_references(obj);
        }
        let gc = (*ty_ptr).payload.is_gc();
        if let Some(finalize) = (*ty_ptr).payload.slots.finalize.get()
            // PEP 442: a GC object is finalized once, also when resurrected.
            && (!gc || gcheap::take_finalize_turn(obj))
        {
            // Resurrect for the finalizer; if it keeps a reference, the
            // object lives on (still weakly referenced if it was).
            let weak_bit = (*obj).refcnt.get() & WEAKLY_REFERENCED;
            (*obj).refcnt.set(1 | weak_bit);
            let this = std::mem::ManuallyDrop::new(Value::from_header_ptr(obj));
            finalize(&this);
            let n = (*obj).refcnt.get() - 1;
            (*obj).refcnt.set(n);
            if n & !WEAKLY_REFERENCED != 0 {
                if gc {
                    gcheap::retrack(obj);
                }
                return;
            }
        }
        // Like `PyObject_ClearWeakRefs` after `tp_finalize` and before the
        // instance's dict and slots are cleared.
        clear_weak_references(obj);
        let ty_ptr = (*obj).ty.get();
        let ty_value = Value::from_header_ptr(ty_ptr as *const ObjHeader);
        let tp = &(*ty_ptr).payload;
        // Extras first (they may refer back to the payload's objects).
        let offset = tp.extras_offset();
        if offset != 0 {
            let first = (obj as *mut u8).add(offset) as *mut Option<Value>;
            for i in 0..tp.extras_len() {
                drop(first.add(i).replace(None));
            }
        }
        if let Some(drop_payload) = tp.drop_payload_fn() {
            drop_payload(obj as *mut ObjHeader);
        }
        free_memory(obj, tp);
        drop(ty_value);
    }
}

/// Stack slots that all hold a value, seen as a plain slice of values (no
/// copy): how the eval loop passes a call's arguments straight from its
/// value stack. `None` if a slot is empty (`NULL`).
pub fn as_value_slice(slots: &[Option<Value>]) -> Option<&[Value]> {
    if slots.iter().any(Option::is_none) {
        return None;
    }
    // SAFETY: `Value` is `repr(transparent)` over `NonNull`, so
    // `Option<Value>` has `Value`'s layout with `None` as the null word;
    // every slot is `Some`, so each element is a valid `Value`, and the
    // shared borrow keeps the slots alive and unchanged.
    Some(unsafe { &*(slots as *const [Option<Value>] as *const [Value]) })
}

/// Gives `v`'s object the new payload in place when `v` is the only
/// reference to a heap object of exactly `T`'s type (nothing else can see
/// the change: CPython's `_PyFloat_FromDouble_ConsumeInputs` reuses a
/// uniquely referenced operand the same way); otherwise hands both back.
pub fn reuse_unique<T: PyPayload>(v: Value, payload: T) -> Result<Value, (Value, T)> {
    let unique = !v.is_small_int()
        && std::ptr::eq(v.type_obj(), T::static_type())
        // SAFETY: `v` is a heap object (not an inline int).
        && unsafe { (*v.word_ptr()).refcnt.get() } == 1;
    if !unique {
        return Err((v, payload));
    }
    let obj = v.word_ptr() as *mut PyObj<T>;
    // SAFETY: the object is a live `PyObj<T>` (its type is exactly `T`'s)
    // whose only reference is `v`, owned here, so no borrow of its payload
    // exists; the pointer comes from the allocation, so writing is allowed.
    let old = unsafe { std::ptr::replace(&raw mut (*obj).payload, payload) };
    drop(old);
    Ok(v)
}

/// A mutable slot holding an owned reference, read by cloning: what an
/// inline cache keeps its object in (cheaper than a `RefCell`, and no
/// reference into it ever escapes).
#[derive(Default)]
pub struct ValueCell(UnsafeCell<Option<Value>>);

impl ValueCell {
    pub fn get(&self) -> Option<Value> {
        // SAFETY: no reference into the cell escapes; cloning a value runs
        // no Python code, so nothing can write the cell meanwhile.
        unsafe { (*self.0.get()).clone() }
    }

    /// Whether the slot holds exactly `v`.
    pub fn holds(&self, v: &Value) -> bool {
        // SAFETY: as in `get`; only the word is read.
        unsafe { (*self.0.get()).as_ref().is_some_and(|mine| mine.is(v)) }
    }

    /// Stores `v`, returning the previous value for the caller to drop once
    /// the slot is consistent (dropping may run `__del__`).
    pub fn replace(&self, v: Option<Value>) -> Option<Value> {
        // SAFETY: as in `get`; the old value is moved out, not dropped here.
        unsafe { std::mem::replace(&mut *self.0.get(), v) }
    }
}

/// A non-owning reference to an object: its address, or 0 once cleared.
/// `types::weakref` keeps the contract of `set`: every slot that points at
/// an object is cleared before that object is freed (the object is marked
/// weakly referenced and its side-table list names the slot's owner).
#[derive(Default)]
pub struct WeakSlot(Cell<usize>);

impl WeakSlot {
    /// Points the slot at `v`; the caller records the slot in `v`'s weak
    /// reference list and marks `v` (so `clear` runs before `v` is freed).
    pub fn set(&self, v: &Value) {
        self.0.set(v.word());
    }

    pub fn clear(&self) {
        self.0.set(0);
    }

    /// The address it refers to, 0 when cleared.
    pub fn address(&self) -> usize {
        self.0.get()
    }
}

/// An owned reference to an object known to have layout `T`.
pub struct Ref<T> {
    value: Value,
    marker: PhantomData<T>,
}

impl<T: PyPayload> Ref<T> {
    /// Allocates a new object of `T`'s type.
    pub fn new(payload: T) -> Ref<T> {
        Ref {
            value: alloc(payload),
            marker: PhantomData,
        }
    }

    pub fn value(&self) -> &Value {
        &self.value
    }

    pub fn into_value(self) -> Value {
        self.value
    }
}

impl<T: PyPayload> std::ops::Deref for Ref<T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: a Ref<T> is only built after a successful downcast or
        // allocation of a PyObj<T>.
        unsafe { &(*(self.value.word_ptr() as *const PyObj<T>)).payload }
    }
}

impl<T> Clone for Ref<T> {
    fn clone(&self) -> Ref<T> {
        Ref {
            value: self.value.clone(),
            marker: PhantomData,
        }
    }
}

impl<T> std::fmt::Debug for Ref<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.value.fmt(f)
    }
}

/// An owned reference to a type object.
#[derive(Clone, Debug)]
pub struct TypeRef(Value);

impl TypeRef {
    /// A reference to a static (immortal) type.
    pub fn from_static(ty: &'static PyObj<TypeObject>) -> TypeRef {
        TypeRef(ty.value())
    }

    /// The type object, if `v` is one.
    pub fn from_value(v: &Value) -> Option<TypeRef> {
        v.downcast::<TypeObject>()?;
        Some(TypeRef(v.clone()))
    }

    pub fn obj(&self) -> &'static PyObj<TypeObject> {
        // SAFETY: TypeRef only wraps type objects (see constructors); the
        // 'static lifetime is the same simplification as `Value::type_obj`.
        unsafe { &*(self.0.word_ptr() as *const PyObj<TypeObject>) }
    }

    pub fn payload(&self) -> &'static TypeObject {
        &self.obj().payload
    }

    pub fn value(&self) -> &Value {
        &self.0
    }

    pub fn into_value(self) -> Value {
        self.0
    }

    /// Type identity.
    pub fn is(&self, other: &TypeRef) -> bool {
        self.0.is(&other.0)
    }

    pub fn is_static(&self, ty: &'static PyObj<TypeObject>) -> bool {
        self.0.is_static(ty)
    }
}

impl std::ops::Deref for TypeRef {
    type Target = TypeObject;
    fn deref(&self) -> &TypeObject {
        self.payload()
    }
}

/// The address of the object holding `payload` (its `PyObj` header).
pub fn object_address<T>(payload: &T) -> usize {
    payload as *const T as usize - std::mem::offset_of!(PyObj<T>, payload)
}

/// The type object at `addr`, taken from a subclass list; `None` once its
/// count has reached zero (its deallocation may be deferred).
pub fn type_at(addr: usize) -> Option<TypeRef> {
    // SAFETY: subclass lists only hold addresses of type objects that are
    // allocated: a type removes itself from its bases' lists when its
    // payload is dropped, before its memory is freed.
    let obj = unsafe { &*(addr as *const PyObj<TypeObject>) };
    if obj.header.refcnt.get() & !WEAKLY_REFERENCED == 0 {
        return None;
    }
    let v = Value(NonNull::from(&obj.header));
    v.incref();
    Some(TypeRef(v))
}

/// Allocates a heap type object (a Python class) with metatype `meta`.
pub fn alloc_type(meta: &TypeRef, ty: TypeObject) -> TypeRef {
    TypeRef(alloc_typed(meta, ty))
}

/// Whether `fd` is an open descriptor (duplicating it succeeds).
pub fn fd_is_open(fd: i32) -> bool {
    if fd < 0 {
        return false;
    }
    // SAFETY: the borrow lives only for the `dup` below; a descriptor that
    // is not open makes the `dup` fail with EBADF and nothing else uses it.
    let borrowed = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
    borrowed.try_clone_to_owned().is_ok()
}

/// A `File` over the open descriptor `fd` (`open(fd)`, an `opener`'s
/// result, the standard streams); dropping it closes `fd`, and
/// `IntoRawFd::into_raw_fd` gives it back unclosed. `None` if `fd` is not open.
pub fn file_from_raw_fd(fd: i32) -> Option<std::fs::File> {
    if !fd_is_open(fd) {
        return None;
    }
    // SAFETY: `fd` is open and the caller hands over its ownership.
    Some(unsafe { std::os::fd::FromRawFd::from_raw_fd(fd) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip() {
        for i in [0, 1, -1, SMALL_INT_MAX, SMALL_INT_MIN, 12345] {
            assert_eq!(Value::small_int(i).unwrap().as_small_int(), Some(i));
        }
        assert!(Value::small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::small_int(SMALL_INT_MIN - 1).is_none());
    }
}
