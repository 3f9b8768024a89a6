//! `set` and `frozenset`: CPython's open-addressing table (linear probes then perturbation, dummies, the same growth rule) so iteration order matches CPython; mirrors Objects/setobject.c. Methods live in `set_methods`.

use std::cell::{Cell, RefCell};

use crate::builtin_subtype;
use crate::builtin_type;
use crate::core::{TypeRef, Value, alloc_typed};
use crate::err::{PyErr, PyResult, key_error, type_error};
use crate::none::not_implemented;
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::typeobj::{NbOp, SlotDefs, flags};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

struct Table {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
}

impl Table {
    fn new() -> Table {
        Table {
            slots: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn insert_clean(slots: &mut [Slot], key: Value, hash: i64) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(slots[i + j], Slot::Empty) {
                        slots[i + j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for s in old {
            if let Slot::Active(h, k) = s {
                Table::insert_clean(&mut self.slots, k, h);
            }
        }
    }
}

/// Where a probe for a key ended.
enum Found {
    Active(usize),
    Free(usize),
}

/// The storage of a set or frozenset.
pub struct Set {
    table: RefCell<Table>,
    mutations: Cell<u64>,
    /// The cached frozenset hash (-1 until computed).
    hash: Cell<i64>,
}

impl Set {
    pub fn new() -> Set {
        Set {
            table: RefCell::new(Table::new()),
            mutations: Cell::new(0),
            hash: Cell::new(-1),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `set_lookkey`/the probe of `set_add_entry`: finds `key` or the slot
    /// to insert it (the last dummy seen, else the empty slot). `__eq__`
    /// runs with the table unborrowed; the probe restarts if it changed.
    fn probe(&self, key: &Value, hash: i64) -> PyResult<Found> {
        'restart: loop {
            let start = self.mutations.get();
            let mask = self.table.borrow().mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut freeslot: Option<usize> = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for idx in i..=i + probes {
                    let slot = self.table.borrow().slots[idx].clone();
                    match slot {
                        Slot::Empty => return Ok(Found::Free(freeslot.unwrap_or(idx))),
                        Slot::Dummy => freeslot = Some(idx),
                        Slot::Active(h, k) if h == hash => {
                            if k.is(key) {
                                return Ok(Found::Active(idx));
                            }
                            if let (Some(a), Some(b)) =
                                (k.downcast_exact::<PyStr>(), key.downcast_exact::<PyStr>())
                            {
                                if a.eq_str(b) {
                                    return Ok(Found::Active(idx));
                                }
                                continue;
                            }
                            let eq = protocol::eq(&k, key)?;
                            if self.mutations.get() != start {
                                continue 'restart;
                            }
                            if eq {
                                return Ok(Found::Active(idx));
                            }
                        }
                        Slot::Active(..) => {}
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        let hash = element_hash(key)?;
        Ok(matches!(self.probe(key, hash)?, Found::Active(_)))
    }

    /// Adds `key`; `Ok(false)` if it was present.
    pub fn add(&self, key: Value) -> PyResult<bool> {
        let hash = element_hash(&key)?;
        self.add_hashed(key, hash)
    }

    fn add_hashed(&self, key: Value, hash: i64) -> PyResult<bool> {
        match self.probe(&key, hash)? {
            Found::Active(_) => Ok(false),
            Found::Free(idx) => {
                let mut t = self.table.borrow_mut();
                let was_empty = matches!(t.slots[idx], Slot::Empty);
                t.slots[idx] = Slot::Active(hash, key);
                t.used += 1;
                if was_empty {
                    t.fill += 1;
                    let mask = t.mask();
                    if t.fill * 5 >= mask * 3 {
                        let used = t.used;
                        t.resize(if used > 50000 { used * 2 } else { used * 4 });
                    }
                }
                drop(t);
                self.mutations.set(self.mutations.get() + 1);
                Ok(true)
            }
        }
    }

    /// Removes `key`; `Ok(false)` if absent.
    pub fn discard(&self, key: &Value) -> PyResult<bool> {
        let hash = element_hash(key)?;
        match self.probe(key, hash)? {
            Found::Active(idx) => {
                let old = {
                    let mut t = self.table.borrow_mut();
                    t.used -= 1;
                    std::mem::replace(&mut t.slots[idx], Slot::Dummy)
                };
                self.mutations.set(self.mutations.get() + 1);
                drop(old);
                Ok(true)
            }
            Found::Free(_) => Ok(false),
        }
    }

    pub fn clear(&self) {
        let old = std::mem::replace(&mut *self.table.borrow_mut(), Table::new());
        self.mutations.set(self.mutations.get() + 1);
        drop(old);
    }

    /// The elements in table order.
    pub fn items(&self) -> Vec<Value> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(_, k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// (hash, element) pairs in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// The element at table position `pos` or later: (next position, element).
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        let t = self.table.borrow();
        (pos..t.slots.len()).find_map(|i| match &t.slots[i] {
            Slot::Active(_, k) => Some((i + 1, k.clone())),
            _ => None,
        })
    }

    /// Pops an arbitrary element (CPython's rotating finger is approximated by the first active slot).
    pub fn pop(&self) -> Option<Value> {
        let idx = {
            let t = self.table.borrow();
            t.slots.iter().position(|s| matches!(s, Slot::Active(..)))?
        };
        let old = {
            let mut t = self.table.borrow_mut();
            t.used -= 1;
            std::mem::replace(&mut t.slots[idx], Slot::Dummy)
        };
        self.mutations.set(self.mutations.get() + 1);
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    pub fn mutation_count(&self) -> u64 {
        self.mutations.get()
    }

    /// Adds every element of an iterable (`set_update_internal`).
    pub fn update_from(&self, iterable: &Value) -> PyResult<()> {
        if let Some(other) = iterable.downcast::<Set>() {
            for (h, k) in other.entries() {
                self.add_hashed(k, h)?;
            }
            return Ok(());
        }
        if let Some(d) = iterable.downcast::<crate::dict::Dict>() {
            for k in d.keys() {
                self.add(k)?;
            }
            return Ok(());
        }
        let it = protocol::iter(iterable)?;
        while let Some(x) = protocol::next(&it)? {
            self.add(x)?;
        }
        Ok(())
    }

    pub fn cached_hash(&self) -> i64 {
        self.hash.get()
    }

    pub fn set_cached_hash(&self, h: i64) {
        self.hash.set(h);
    }
}

impl Default for Set {
    fn default() -> Set {
        Set::new()
    }
}

/// The hash of a set element, with CPython's message for unhashable ones.
pub fn element_hash(key: &Value) -> PyResult<i64> {
    protocol::hash(key).map_err(|e| {
        if e.matches(&crate::exceptions::TYPE_ERROR) {
            type_error(format!(
                "cannot use '{}' as a set element ({})",
                protocol::type_name(key),
                protocol::str_string(e.value()).unwrap_or_default()
            ))
        } else {
            e
        }
    })
}

/// A set operation on two tables: the result's (hash, element) entries.
pub type EntriesOp = fn(&Set, &Set) -> PyResult<Vec<(i64, Value)>>;

/// A new `set` holding `items`.
pub fn set_from(items: Vec<Value>) -> PyResult<Value> {
    let v = alloc_typed(&TypeRef::from_static(&SET_TYPE), Set::new());
    let s = v.downcast::<Set>().expect("set");
    for x in items {
        s.add(x)?;
    }
    Ok(v)
}

/// A new `set` from any iterable.
pub fn set_from_iterable(iterable: &Value) -> PyResult<Value> {
    let v = alloc_typed(&TypeRef::from_static(&SET_TYPE), Set::new());
    v.downcast::<Set>().expect("set").update_from(iterable)?;
    Ok(v)
}

/// A new `frozenset` of hashable constants (code object constants).
pub fn frozenset_from(items: Vec<Value>) -> Value {
    let v = alloc_typed(&TypeRef::from_static(&FROZENSET_TYPE), Set::new());
    let s = v.downcast::<Set>().expect("frozenset");
    for x in items {
        // Constants hash without running Python code.
        let _ = s.add(x);
    }
    v
}

/// A new set of the same kind (`set` or `frozenset`) as `like`.
pub fn same_kind(like: &Value, items: Vec<(i64, Value)>) -> PyResult<Value> {
    with_entries(
        like.type_obj()
            .payload()
            .is_subtype(FROZENSET_TYPE.payload()),
        items,
    )
}

/// A new `set` (or `frozenset` when `frozen`) from hashed entries.
pub fn with_entries(frozen: bool, items: Vec<(i64, Value)>) -> PyResult<Value> {
    let ty = if frozen { &FROZENSET_TYPE } else { &SET_TYPE };
    let v = alloc_typed(&TypeRef::from_static(ty), Set::new());
    let s = v.downcast::<Set>().expect("set");
    for (h, k) in items {
        s.add_hashed(k, h)?;
    }
    Ok(v)
}

fn this(v: &Value) -> &Set {
    v.downcast::<Set>().expect("set")
}

fn set_repr(v: &Value) -> PyResult {
    let s = this(v);
    let exact_set = std::ptr::eq(v.type_obj(), &SET_TYPE);
    let name = v.type_obj().payload().name();
    let Some(_guard) = crate::reprguard::enter(v) else {
        return Ok(PyStr::new(&format!("{name}(...)")));
    };
    if s.is_empty() {
        return Ok(PyStr::new(&format!("{name}()")));
    }
    let items = crate::tuple::repr_items(&s.items(), "{", "}")?;
    Ok(PyStr::new(&if exact_set {
        items
    } else {
        format!("{name}({items})")
    }))
}

fn set_len(v: &Value) -> PyResult<usize> {
    Ok(this(v).len())
}

fn set_contains(v: &Value, key: &Value) -> PyResult<bool> {
    match this(v).contains(key) {
        Err(e) if e.matches(&crate::exceptions::TYPE_ERROR) && key.downcast::<Set>().is_some() => {
            // A set is looked up as the frozenset with the same elements.
            let frozen = with_entries(true, this(key).entries())?;
            this(v).contains(&frozen)
        }
        other => other,
    }
}

fn set_iter(v: &Value) -> PyResult {
    Ok(crate::set_methods::iter(v.clone()))
}

/// `issubset` on tables.
pub fn is_subset(a: &Set, b: &Set) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for k in a.items() {
        if !b.contains(&k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<Set>(), b.downcast::<Set>()) else {
        return Ok(not_implemented());
    };
    let r = match op {
        CompareOp::Eq => x.len() == y.len() && is_subset(x, y)?,
        CompareOp::Ne => !(x.len() == y.len() && is_subset(x, y)?),
        CompareOp::Le => is_subset(x, y)?,
        CompareOp::Ge => is_subset(y, x)?,
        CompareOp::Lt => x.len() < y.len() && is_subset(x, y)?,
        CompareOp::Gt => x.len() > y.len() && is_subset(y, x)?,
    };
    Ok(crate::bool::py_bool(r))
}

/// `frozenset_hash`: order-independent, with CPython's bit shuffling.
fn frozenset_hash(v: &Value) -> PyResult<i64> {
    let s = this(v);
    if s.cached_hash() != -1 {
        return Ok(s.cached_hash());
    }
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut hash: u64 = 0;
    for (h, _) in s.entries() {
        hash ^= shuffle(h as u64);
    }
    if s.len() & 1 == 1 {
        hash ^= shuffle(0);
    }
    hash ^= (s.len() as u64).wrapping_add(1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    let mut h = hash as i64;
    if h == -1 {
        h = 590_923_713;
    }
    s.set_cached_hash(h);
    Ok(h)
}

fn binop(a: &Value, b: &Value, f: EntriesOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<Set>(), b.downcast::<Set>()) else {
        return Ok(not_implemented());
    };
    same_kind(a, f(x, y)?)
}

pub fn union_entries(x: &Set, y: &Set) -> PyResult<Vec<(i64, Value)>> {
    let mut out = x.entries();
    for (h, k) in y.entries() {
        if !x.contains(&k)? {
            out.push((h, k));
        }
    }
    Ok(out)
}

pub fn intersection_entries(x: &Set, y: &Set) -> PyResult<Vec<(i64, Value)>> {
    let (small, big) = if x.len() > y.len() { (y, x) } else { (x, y) };
    let mut out = Vec::new();
    for (h, k) in small.entries() {
        if big.contains(&k)? {
            out.push((h, k));
        }
    }
    Ok(out)
}

pub fn difference_entries(x: &Set, y: &Set) -> PyResult<Vec<(i64, Value)>> {
    let mut out = Vec::new();
    for (h, k) in x.entries() {
        if !y.contains(&k)? {
            out.push((h, k));
        }
    }
    Ok(out)
}

pub fn symmetric_difference_entries(x: &Set, y: &Set) -> PyResult<Vec<(i64, Value)>> {
    let mut out = difference_entries(x, y)?;
    out.extend(difference_entries(y, x)?);
    Ok(out)
}

fn set_or(a: &Value, b: &Value) -> PyResult {
    binop(a, b, union_entries)
}

fn set_and(a: &Value, b: &Value) -> PyResult {
    binop(a, b, intersection_entries)
}

fn set_sub(a: &Value, b: &Value) -> PyResult {
    binop(a, b, difference_entries)
}

fn set_xor(a: &Value, b: &Value) -> PyResult {
    binop(a, b, symmetric_difference_entries)
}

fn inplace(a: &Value, b: &Value, f: EntriesOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<Set>(), b.downcast::<Set>()) else {
        return Ok(not_implemented());
    };
    let entries = f(x, y)?;
    x.clear();
    for (h, k) in entries {
        x.add_hashed(k, h)?;
    }
    Ok(a.clone())
}

fn set_ior(a: &Value, b: &Value) -> PyResult {
    inplace(a, b, union_entries)
}

fn set_iand(a: &Value, b: &Value) -> PyResult {
    inplace(a, b, intersection_entries)
}

fn set_isub(a: &Value, b: &Value) -> PyResult {
    inplace(a, b, difference_entries)
}

fn set_ixor(a: &Value, b: &Value) -> PyResult {
    inplace(a, b, symmetric_difference_entries)
}

fn set_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    if ty.is_static(&SET_TYPE) || !ty.is_subtype(FROZENSET_TYPE.payload()) {
        return Ok(alloc_typed(ty, Set::new()));
    }
    let a = crate::args::Args::new(args, kwnames);
    a.no_keywords(ty.name())?;
    let v = a.range(ty.name(), &ty.name(), 0, 1)?;
    let out = alloc_typed(ty, Set::new());
    if let Some(it) = v.first() {
        if ty.is_static(&FROZENSET_TYPE) && std::ptr::eq(it.type_obj(), &FROZENSET_TYPE) {
            return Ok(it.clone());
        }
        this(&out).update_from(it)?;
    }
    Ok(out)
}

fn set_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = crate::args::Args::new(args, kwnames);
    a.no_keywords("set")?;
    let items = a.range("set", "set", 0, 1)?;
    let s = this(v);
    s.clear();
    if let Some(it) = items.first() {
        s.update_from(it)?;
    }
    Ok(())
}

/// `KeyError` for `set.remove` of a missing element.
pub fn missing(key: &Value) -> PyErr {
    key_error(key.clone())
}

/// `set_traverse`.
pub fn set_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(s) = v.downcast::<Set>()
        && let Ok(table) = s.table.try_borrow()
    {
        for slot in &table.slots {
            if let Slot::Active(_, key) = slot {
                visit(key);
            }
        }
    }
}

/// `set_clear_internal`: the set becomes empty.
pub fn set_tp_clear(v: &Value) {
    if let Some(s) = v.downcast::<Set>() {
        let old = s
            .table
            .try_borrow_mut()
            .ok()
            .map(|mut t| std::mem::replace(&mut *t, Table::new()));
        s.mutations.set(s.mutations.get() + 1);
        drop(old);
    }
}

builtin_type!(pub static SET_TYPE: Set = TypeSpec {
    name: "set",
    doc: Some("set(iterable=(), /)\n--\n\nBuild an unordered collection of unique elements."),
    flags: flags::BASETYPE | flags::MATCH_SELF | flags::WEAKREFABLE,
    slots: SlotDefs {
        traverse: Some(set_traverse),
        clear: Some(set_tp_clear),
        repr: Some(set_repr),
        unhashable: true,
        richcompare: Some(set_richcompare),
        len: Some(set_len),
        contains: Some(set_contains),
        iter: Some(set_iter),
        new: Some(set_new),
        init: Some(set_init),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Or, set_or)
    .with_number(NbOp::And, set_and)
    .with_number(NbOp::Subtract, set_sub)
    .with_number(NbOp::Xor, set_xor)
    .with_inplace(NbOp::Or, set_ior)
    .with_inplace(NbOp::And, set_iand)
    .with_inplace(NbOp::Subtract, set_isub)
    .with_inplace(NbOp::Xor, set_ixor),
    methods: crate::set_methods::SET_METHODS,
    ..TypeSpec::DEFAULT
});

builtin_subtype!(pub static FROZENSET_TYPE: Set as SET_TYPE = TypeSpec {
    name: "frozenset",
    doc: Some("frozenset(iterable=(), /)\n--\n\nBuild an immutable unordered collection of unique elements."),
    flags: flags::BASETYPE | flags::MATCH_SELF | flags::WEAKREFABLE,
    slots: SlotDefs {
        traverse: Some(set_traverse),
        clear: Some(set_tp_clear),
        repr: Some(set_repr),
        hash: Some(frozenset_hash),
        richcompare: Some(set_richcompare),
        len: Some(set_len),
        contains: Some(set_contains),
        iter: Some(set_iter),
        new: Some(set_new),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Or, set_or)
    .with_number(NbOp::And, set_and)
    .with_number(NbOp::Subtract, set_sub)
    .with_number(NbOp::Xor, set_xor),
    methods: crate::set_methods::FROZENSET_METHODS,
    ..TypeSpec::DEFAULT
});
