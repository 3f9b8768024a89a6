//! `dict`: CPython's compact ordered dict (index table + entries array) with a lazily assigned keys version that changes whenever the key set changes; mirrors Objects/dictobject.c.

use std::cell::{Cell, RefCell};

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, TypeRef, Value, alloc_typed};
use crate::descr::MethodDef;
use crate::err::{PyResult, key_error, runtime_error, type_error};
use crate::none::{none, not_implemented};
use crate::protocol::{self, CompareOp};
use crate::str::PyStr;
use crate::tuple::Tuple;
use crate::typeobj::{NbOp, SlotDefs, flags};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

#[derive(Clone)]
struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

#[derive(Default)]
struct Table {
    /// Open-addressing index table of entry positions (power of two long).
    indices: Vec<i32>,
    /// Insertion-ordered entries; `None` marks a deleted entry.
    entries: Vec<Option<Entry>>,
    used: usize,
    /// Bit `hash % 64` of every key inserted since the table was last
    /// rebuilt: a clear bit proves a key with that hash absent without
    /// probing (an attribute looked up in an instance dict before its
    /// class, a global before the builtins, is most often absent).
    hash_bits: u64,
}

/// A key's bit in [`Table::hash_bits`].
#[inline(always)]
fn hash_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

pub struct Dict {
    table: RefCell<Table>,
    /// Bumped on every mutation: lookups that ran Python `__eq__` restart
    /// if it moved (CPython's `DKIX_ERROR`-free restart rule).
    mutations: Cell<u64>,
    /// `dk_version`: 0 until requested, reset whenever the key set changes.
    keys_version: Cell<u32>,
    /// Every key is an exact str (CPython's unicode-keys tables): str
    /// lookups then compare without running `__eq__`.
    str_keys_only: Cell<bool>,
    /// Made by an instance for its own attributes (not assigned to
    /// `__dict__`): where CPython would keep the values inline.
    instance_values: Cell<bool>,
}

crate::gil_shared! {
    static NEXT_KEYS_VERSION: Cell<u32> = const { Cell::new(1) };
}

enum Probe {
    Found(usize),
    Missing,
}

impl Table {
    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    fn probe_sequence(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first = true;
        std::iter::from_fn(move || {
            if first {
                first = false;
                return Some(i);
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
            Some(i)
        })
    }

    fn insert_index(&mut self, hash: i64, entry_index: usize) {
        let slot = self
            .probe_sequence(hash)
            .find(|&s| self.indices[s] < 0)
            .expect("table has free slots");
        self.indices[slot] = entry_index as i32;
    }

    fn rebuild(&mut self, min_used: usize) {
        let mut size = 8;
        while size * 2 < min_used * 3 {
            size *= 2;
        }
        let entries: Vec<Option<Entry>> = std::mem::take(&mut self.entries)
            .into_iter()
            .filter(Option::is_some)
            .collect();
        self.indices = vec![EMPTY; size];
        self.entries = entries;
        self.hash_bits = 0;
        for i in 0..self.entries.len() {
            let h = self.entries[i].as_ref().expect("live").hash;
            self.insert_index(h, i);
            self.hash_bits |= hash_bit(h);
        }
    }

    fn needs_grow(&self) -> bool {
        self.indices.is_empty() || (self.entries.len() + 1) * 3 > self.indices.len() * 2
    }
}

/// The hash of a dict key, with CPython's message for unhashable ones.
fn key_hash(key: &Value) -> PyResult<i64> {
    if let Some(s) = key.downcast_exact::<PyStr>() {
        return Ok(s.hash());
    }
    protocol::hash(key).map_err(|e| {
        if e.matches(&crate::exceptions::TYPE_ERROR) {
            type_error(format!(
                "cannot use '{}' as a dict key ({})",
                protocol::type_name(key),
                protocol::str_string(e.value()).unwrap_or_default()
            ))
        } else {
            e
        }
    })
}

impl Dict {
    pub fn new() -> Dict {
        Dict {
            table: RefCell::new(Table::default()),
            mutations: Cell::new(0),
            keys_version: Cell::new(0),
            str_keys_only: Cell::new(true),
            instance_values: Cell::new(false),
        }
    }

    pub fn new_value() -> Value {
        Ref::new(Dict::new()).into_value()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The keys version, assigned on first request (0: none available).
    pub fn keys_version(&self) -> u32 {
        let v = self.keys_version.get();
        if v != 0 {
            return v;
        }
        let next = NEXT_KEYS_VERSION.with(|n| {
            let v = n.get();
            if v == u32::MAX {
                return 0;
            }
            n.set(v + 1);
            v
        });
        self.keys_version.set(next);
        next
    }

    fn keys_changed(&self) {
        self.keys_version.set(0);
        self.mutations.set(self.mutations.get() + 1);
    }

    fn touched(&self) {
        self.mutations.set(self.mutations.get() + 1);
    }

    /// A mutation counter for iterators ("changed size during iteration").
    pub fn mutation_count(&self) -> u64 {
        self.mutations.get()
    }

    /// Finds `key` (with its hash), running `__eq__` without holding the
    /// table borrowed; restarts if the dict changed meanwhile.
    fn lookup(&self, key: &Value, hash: i64) -> PyResult<Probe> {
        let key_str = key.downcast_exact::<PyStr>();
        if key_str.is_some() && self.str_keys_only.get() {
            // Exact str against exact strs: no `__eq__` can run.
            return Ok(match self.str_entry_index(key) {
                Some(ix) => Probe::Found(ix),
                None => Probe::Missing,
            });
        }
        'restart: loop {
            let start = self.mutations.get();
            let mask = {
                let t = self.table.borrow();
                if t.indices.is_empty() || t.hash_bits & hash_bit(hash) == 0 {
                    return Ok(Probe::Missing);
                }
                t.mask()
            };
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let candidate = {
                    let t = self.table.borrow();
                    let ix = t.indices[i];
                    if ix == EMPTY {
                        return Ok(Probe::Missing);
                    }
                    if ix == DUMMY {
                        None
                    } else {
                        let e = t.entries[ix as usize]
                            .as_ref()
                            .expect("indexed entry is live");
                        if e.key.is(key) {
                            return Ok(Probe::Found(ix as usize));
                        }
                        if e.hash != hash {
                            None
                        } else if let (Some(a), Some(b)) =
                            (e.key.downcast_exact::<PyStr>(), key_str)
                        {
                            if a.eq_str(b) {
                                return Ok(Probe::Found(ix as usize));
                            }
                            None
                        } else {
                            Some((ix as usize, e.key.clone()))
                        }
                    }
                };
                if let Some((ix, k)) = candidate {
                    let equal = protocol::eq(&k, key)?;
                    if self.mutations.get() != start {
                        continue 'restart;
                    }
                    if equal {
                        return Ok(Probe::Found(ix));
                    }
                }
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
        }
    }

    /// `d[key]` or `None` when missing.
    pub fn get_item_opt(&self, key: &Value) -> PyResult<Option<Value>> {
        if self.str_keys_only.get() && key.downcast_exact::<PyStr>().is_some() {
            return Ok(self.get_str(key));
        }
        let hash = key_hash(key)?;
        Ok(match self.lookup(key, hash)? {
            Probe::Found(ix) => self.table.borrow().entries[ix]
                .as_ref()
                .map(|e| e.value.clone()),
            Probe::Missing => None,
        })
    }

    /// Lookup by a str key without running Python code (namespaces).
    pub fn get_str(&self, key: &Value) -> Option<Value> {
        let ix = self.str_entry_index(key)?;
        self.table.borrow().entries[ix]
            .as_ref()
            .map(|e| e.value.clone())
    }

    /// Index of a str key in the entries array, for inline caches. The
    /// probe loop is written out (not `probe_sequence`): globals, builtins,
    /// attributes and keyword arguments all come through here.
    pub fn str_entry_index(&self, key: &Value) -> Option<usize> {
        let k = key.downcast::<PyStr>()?;
        let hash = k.hash();
        let t = self.table.borrow();
        if t.hash_bits & hash_bit(hash) == 0 {
            return None;
        }
        let mask = t.indices.len().checked_sub(1)?;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = t.indices[i];
            if ix >= 0 {
                let e = t.entries[ix as usize].as_ref()?;
                if e.key.is(key)
                    || (e.hash == hash && e.key.downcast::<PyStr>().is_some_and(|s| s.eq_str(k)))
                {
                    return Some(ix as usize);
                }
            } else if ix == EMPTY {
                return None;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// The keys version as it stands (0: none assigned, or the key set
    /// changed since): what a specialized instruction's guard compares.
    #[inline(always)]
    pub fn current_keys_version(&self) -> u32 {
        self.keys_version.get()
    }

    /// A new dict for an instance's own attributes (see `instance_values`).
    pub fn new_instance_dict() -> Value {
        let d = Dict::new();
        d.instance_values.set(true);
        Ref::new(d).into_value()
    }

    /// Whether CPython would still hold these attributes as inline values:
    /// the instance made this dict itself, its keys are all str and fit a
    /// class's shared keys (`SHARED_KEYS_MAX_SIZE`, 30).
    pub fn holds_inline_values(&self) -> bool {
        self.instance_values.get() && self.str_keys_only.get() && self.len() <= 30
    }

    /// Whether every key is an exact str (CPython's `DK_IS_UNICODE`).
    pub fn has_str_keys_only(&self) -> bool {
        self.str_keys_only.get()
    }

    /// The value at entries index `ix` if that entry's key is `name` itself
    /// (the hint check of `LOAD_ATTR_WITH_HINT`).
    #[inline(always)]
    pub fn value_at_key(&self, ix: usize, name: &Value) -> Option<Value> {
        // SAFETY: the reference ends before anything else can touch the
        // table (cloning a value runs no Python code).
        let t = unsafe { self.table.try_borrow_unguarded() }.ok()?;
        let e = t.entries.get(ix)?.as_ref()?;
        e.key.is(name).then(|| e.value.clone())
    }

    /// Rebinds the entry at `ix` if its key is `name` itself, returning the
    /// old value for the caller to drop; `Err(value)` hands the value back
    /// when the entry is not that key.
    #[inline(always)]
    pub fn replace_at_key(&self, ix: usize, name: &Value, value: Value) -> Result<Value, Value> {
        let old = {
            let mut t = self.table.borrow_mut();
            match t.entries.get_mut(ix) {
                Some(Some(e)) if e.key.is(name) => std::mem::replace(&mut e.value, value),
                _ => return Err(value),
            }
        };
        self.touched();
        Ok(old)
    }

    /// The value at an entries index (inline-cache hit path).
    #[inline]
    pub fn value_at(&self, ix: usize) -> Option<Value> {
        self.table
            .borrow()
            .entries
            .get(ix)?
            .as_ref()
            .map(|e| e.value.clone())
    }

    /// `d[key] = value`.
    pub fn set_item(&self, key: Value, value: Value) -> PyResult<()> {
        // Rebinding an existing str key (attributes, globals) is the common
        // case: no hashing through `key_hash`, no general lookup.
        if self.str_keys_only.get()
            && key.downcast_exact::<PyStr>().is_some()
            && let Some(ix) = self.str_entry_index(&key)
        {
            self.replace_value(ix, value);
            return Ok(());
        }
        let hash = key_hash(&key)?;
        self.insert_hashed(key, hash, value)
    }

    /// Rebinds the entry at `ix`; the old value is dropped (which may run
    /// Python code) once the table is consistent again.
    fn replace_value(&self, ix: usize, value: Value) {
        let old = {
            let mut t = self.table.borrow_mut();
            let e = t.entries[ix].as_mut().expect("indexed entry is live");
            std::mem::replace(&mut e.value, value)
        };
        self.touched();
        drop(old);
    }

    fn insert_hashed(&self, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.lookup(&key, hash)? {
            Probe::Found(ix) => self.replace_value(ix, value),
            Probe::Missing => {
                if key.downcast_exact::<PyStr>().is_none() {
                    self.str_keys_only.set(false);
                }
                let mut t = self.table.borrow_mut();
                if t.needs_grow() {
                    let used = t.used;
                    t.rebuild(used + 1);
                }
                let ix = t.entries.len();
                t.entries.push(Some(Entry { hash, key, value }));
                t.insert_index(hash, ix);
                t.hash_bits |= hash_bit(hash);
                t.used += 1;
                drop(t);
                self.keys_changed();
            }
        }
        Ok(())
    }

    /// `d["name"] = value` for namespaces (str keys never fail to hash).
    pub fn set_str(&self, key: &str, value: Value) {
        let k = crate::str::intern(key);
        let hash = k.downcast::<PyStr>().expect("str").hash();
        self.insert_hashed(k, hash, value)
            .expect("str keys compare without Python code");
    }

    /// `del d[key]`; `Ok(false)` when missing.
    pub fn del_item_opt(&self, key: &Value) -> PyResult<bool> {
        Ok(self.pop_item(key)?.is_some())
    }

    /// Removes `key`, returning its value.
    pub fn pop_item(&self, key: &Value) -> PyResult<Option<Value>> {
        let hash = key_hash(key)?;
        let Probe::Found(ix) = self.lookup(key, hash)? else {
            return Ok(None);
        };
        let removed = {
            let mut t = self.table.borrow_mut();
            let slot = t
                .probe_sequence(hash)
                .find(|&s| t.indices[s] == ix as i32)
                .expect("entry is indexed");
            t.indices[slot] = DUMMY;
            t.used -= 1;
            t.entries[ix].take()
        };
        self.keys_changed();
        Ok(removed.map(|e| e.value))
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.keys_changed();
        drop(old);
    }

    /// Live entries in insertion order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }

    /// The entry at entries position `pos` or later: (next position, key, value).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        t.entries[pos.min(t.entries.len())..]
            .iter()
            .enumerate()
            .find_map(|(i, e)| {
                e.as_ref()
                    .map(|e| (pos + i + 1, e.key.clone(), e.value.clone()))
            })
    }

    /// The entry at or before `pos` scanning backwards (reversed iteration).
    pub fn entry_before(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        let end = pos.min(t.entries.len());
        t.entries[..end]
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e.key.clone(), e.value.clone())))
    }

    /// Entries array length (for reversed iteration's start).
    pub fn entries_len(&self) -> usize {
        self.table.borrow().entries.len()
    }

    /// Copies all items of `other` (a mapping or iterable of pairs) in.
    /// `dict_merge`'s fast path: the items of a dict whose type keeps
    /// dict's `__iter__`, read directly whatever its `keys`/`__getitem__`.
    pub fn merge_items(other: &Value) -> Option<Vec<(Value, Value)>> {
        let d = other.downcast::<Dict>()?;
        let own_iter = other.type_obj().payload().lookup_str("__iter__")?;
        let dict_iter = DICT_TYPE.payload().lookup_str("__iter__")?;
        own_iter.is(&dict_iter).then(|| d.items())
    }

    pub fn update_from(&self, other: &Value) -> PyResult<()> {
        if let Some(items) = Dict::merge_items(other) {
            for (k, v) in items {
                self.set_item(k, v)?;
            }
            return Ok(());
        }
        if protocol::getattr_opt(other, &crate::str::intern("keys"))?.is_some() {
            let keys = protocol::call_method(other, "keys", &[])?;
            for k in protocol::collect(&keys)? {
                let v = protocol::getitem(other, &k)?;
                self.set_item(k, v)?;
            }
            return Ok(());
        }
        let it = protocol::iter(other)?;
        let mut n = 0;
        while let Some(item) = protocol::next(&it)? {
            // `PySequence_Fast(item, "object is not iterable")`.
            if item.type_obj().payload().slots.iter.get().is_none()
                && item.type_obj().payload().slots.getitem.get().is_none()
            {
                return Err(type_error("object is not iterable"));
            }
            let pair = protocol::collect(&item)?;
            if pair.len() != 2 {
                return Err(crate::err::value_error(format!(
                    "dictionary update sequence element #{n} has length {}; 2 is required",
                    pair.len()
                )));
            }
            let mut p = pair.into_iter();
            let k = p.next().expect("2 items");
            let v = p.next().expect("2 items");
            self.set_item(k, v)?;
            n += 1;
        }
        Ok(())
    }
}

impl Default for Dict {
    fn default() -> Dict {
        Dict::new()
    }
}

fn this(v: &Value) -> &Dict {
    v.downcast::<Dict>().expect("dict")
}

fn dict_repr(v: &Value) -> PyResult {
    let d = this(v);
    if d.is_empty() {
        return Ok(PyStr::new("{}"));
    }
    let Some(_guard) = crate::reprguard::enter(v) else {
        return Ok(PyStr::new("{...}"));
    };
    let mut out = String::from("{");
    for (i, (k, val)) in d.items().iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&protocol::repr_string(k)?);
        out.push_str(": ");
        out.push_str(&protocol::repr_string(val)?);
    }
    out.push('}');
    Ok(PyStr::new(&out))
}

fn dict_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<Dict>(), b.downcast::<Dict>()) else {
        return Ok(not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let mut equal = x.len() == y.len();
    if equal {
        for (k, v) in x.items() {
            match y.get_item_opt(&k)? {
                Some(w) if protocol::eq(&v, &w)? => {}
                _ => {
                    equal = false;
                    break;
                }
            }
        }
    }
    Ok(crate::bool::py_bool(equal == (op == CompareOp::Eq)))
}

fn dict_len(v: &Value) -> PyResult<usize> {
    Ok(this(v).len())
}

fn dict_getitem(v: &Value, key: &Value) -> PyResult {
    match this(v).get_item_opt(key)? {
        Some(x) => Ok(x),
        None => {
            if v.downcast_exact::<Dict>().is_none()
                && let Some(r) = protocol::call_dunder(v, "__missing__", std::slice::from_ref(key))?
            {
                return Ok(r);
            }
            Err(key_error(key.clone()))
        }
    }
}

fn dict_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let d = this(v);
    match value {
        Some(x) => d.set_item(key.clone(), x.clone()),
        None => {
            if d.del_item_opt(key)? {
                Ok(())
            } else {
                Err(key_error(key.clone()))
            }
        }
    }
}

fn dict_contains(v: &Value, key: &Value) -> PyResult<bool> {
    Ok(this(v).get_item_opt(key)?.is_some())
}

fn dict_iter(v: &Value) -> PyResult {
    Ok(crate::dictviews::dict_key_iter(v.clone()))
}

fn dict_or(a: &Value, b: &Value) -> PyResult {
    let (Some(x), Some(_)) = (a.downcast::<Dict>(), b.downcast::<Dict>()) else {
        return Ok(not_implemented());
    };
    let out = Dict::new_value();
    let o = this(&out);
    for (k, v) in x.items() {
        o.set_item(k, v)?;
    }
    o.update_from(b)?;
    Ok(out)
}

fn dict_ior(a: &Value, b: &Value) -> PyResult {
    this(a).update_from(b)?;
    Ok(a.clone())
}

fn dict_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    if ty.is_static(&DICT_TYPE) {
        return Ok(Dict::new_value());
    }
    Ok(alloc_typed(ty, Dict::new()))
}

fn update_with_args(
    d: &Dict,
    qualname: &str,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    let pos = a.positional();
    if pos.len() > 1 {
        return Err(type_error(format!(
            "{qualname} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(other) = pos.first() {
        d.update_from(other)?;
    }
    for (k, v) in a.keywords() {
        d.set_item(k, v)?;
    }
    Ok(())
}

fn dict_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    update_with_args(this(v), "dict", args, kwnames)
}

fn dict_update(v: &Value, args: Args) -> PyResult {
    update_with_args(this(v), "update", args.values, args.kwnames)?;
    Ok(none())
}

fn dict_get(v: &Value, args: Args) -> PyResult {
    let a = args.range("dict.get", "get", 1, 2)?;
    Ok(this(v)
        .get_item_opt(&a[0])?
        .unwrap_or_else(|| a.get(1).cloned().unwrap_or_else(none)))
}

fn dict_setdefault(v: &Value, args: Args) -> PyResult {
    let a = args.range("dict.setdefault", "setdefault", 1, 2)?;
    let d = this(v);
    if let Some(x) = d.get_item_opt(&a[0])? {
        return Ok(x);
    }
    let default = a.get(1).cloned().unwrap_or_else(none);
    d.set_item(a[0].clone(), default.clone())?;
    Ok(default)
}

fn dict_pop(v: &Value, args: Args) -> PyResult {
    let a = args.range("dict.pop", "pop", 1, 2)?;
    // An empty dict answers without hashing the key.
    let found = if this(v).is_empty() {
        None
    } else {
        this(v).pop_item(&a[0])?
    };
    match found {
        Some(x) => Ok(x),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(key_error(a[0].clone())),
        },
    }
}

fn dict_popitem(v: &Value, args: Args) -> PyResult {
    args.none("dict.popitem")?;
    let d = this(v);
    let last = d.entry_before(d.entries_len());
    match last {
        Some((_, k, val)) => {
            d.pop_item(&k)?;
            Ok(Tuple::new(vec![k, val]))
        }
        None => Err(crate::err::PyErr::from_instance(
            crate::exceptions::new_exception(
                &crate::exceptions::KEY_ERROR,
                "popitem(): dictionary is empty",
            ),
        )),
    }
}

fn dict_clear(v: &Value, args: Args) -> PyResult {
    args.none("dict.clear")?;
    this(v).clear();
    Ok(none())
}

fn dict_copy(v: &Value, args: Args) -> PyResult {
    args.none("dict.copy")?;
    let out = Dict::new_value();
    let o = this(&out);
    for (k, val) in this(v).items() {
        o.set_item(k, val)?;
    }
    Ok(out)
}

fn dict_keys(v: &Value, args: Args) -> PyResult {
    args.none("dict.keys")?;
    Ok(crate::dictviews::view(
        v.clone(),
        crate::dictviews::ViewKind::Keys,
    ))
}

fn dict_values(v: &Value, args: Args) -> PyResult {
    args.none("dict.values")?;
    Ok(crate::dictviews::view(
        v.clone(),
        crate::dictviews::ViewKind::Values,
    ))
}

fn dict_items(v: &Value, args: Args) -> PyResult {
    args.none("dict.items")?;
    Ok(crate::dictviews::view(
        v.clone(),
        crate::dictviews::ViewKind::Items,
    ))
}

fn dict_fromkeys(cls: &Value, args: Args) -> PyResult {
    let a = args.range("dict.fromkeys", "fromkeys", 1, 2)?;
    let value = a.get(1).cloned().unwrap_or_else(none);
    let out = protocol::call0(cls)?;
    for k in protocol::collect(&a[0])? {
        protocol::setitem(&out, &k, Some(&value))?;
    }
    Ok(out)
}

fn dict_contains_method(v: &Value, args: Args) -> PyResult {
    let k = args.one("dict.__contains__")?;
    Ok(crate::bool::py_bool(dict_contains(v, k)?))
}

fn dict_getitem_method(v: &Value, args: Args) -> PyResult {
    let k = args.one("dict.__getitem__")?;
    dict_getitem(v, k)
}

fn dict_reversed(v: &Value, args: Args) -> PyResult {
    args.none("dict.__reversed__")?;
    Ok(crate::dictviews::reverse_iter(
        v.clone(),
        crate::dictviews::ViewKind::Keys,
    ))
}

fn dict_sizeof(v: &Value, args: Args) -> PyResult {
    args.none("dict.__sizeof__")?;
    Ok(crate::int::from_usize(48 + 24 * this(v).entries_len()))
}

/// Detects mutation during iteration.
pub fn check_unchanged(d: &Dict, len: usize) -> PyResult<()> {
    if d.len() != len {
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    Ok(())
}

/// `dict_traverse`: every key and value; a table of exact-str keys only
/// its values (its keys refer to nothing).
pub fn dict_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(d) = v.downcast::<Dict>()
        && let Ok(table) = d.table.try_borrow()
    {
        let keys = !d.str_keys_only.get();
        for e in table.entries.iter().flatten() {
            if keys {
                visit(&e.key);
            }
            visit(&e.value);
        }
    }
}

/// `dict_tp_clear`: the dict becomes empty.
pub fn dict_tp_clear(v: &Value) {
    if let Some(d) = v.downcast::<Dict>() {
        let old = d
            .table
            .try_borrow_mut()
            .ok()
            .map(|mut t| std::mem::take(&mut *t));
        if old.is_some() {
            d.keys_changed();
        }
        drop(old);
    }
}

builtin_type!(pub static DICT_TYPE: Dict = TypeSpec {
    name: "dict",
    doc: Some("dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)"),
    flags: flags::BASETYPE | flags::DICT_SUBCLASS | flags::IMMUTABLETYPE | flags::MATCH_SELF | flags::MAPPING,
    slots: SlotDefs {
        traverse: Some(dict_traverse),
        clear: Some(dict_tp_clear),
        repr: Some(dict_repr),
        unhashable: true,
        richcompare: Some(dict_richcompare),
        len: Some(dict_len),
        getitem: Some(dict_getitem),
        setitem: Some(dict_setitem),
        contains: Some(dict_contains),
        iter: Some(dict_iter),
        new: Some(dict_new),
        init: Some(dict_init),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Or, dict_or)
    .with_inplace(NbOp::Or, dict_ior),
    methods: &[
        MethodDef::new("__contains__", dict_contains_method, "__contains__($self, key, /)\n--\n\nTrue if the dictionary has the specified key, else False."),
        MethodDef::new("__getitem__", dict_getitem_method, "__getitem__($self, key, /)\n--\n\nReturn self[key]."),
        MethodDef::new("__sizeof__", dict_sizeof, "__sizeof__($self, /)\n--\n\nReturn the size of the dict in memory, in bytes."),
        MethodDef::class("fromkeys", dict_fromkeys, "fromkeys($type, iterable, value=None, /)\n--\n\nCreate a new dictionary with keys from iterable and values set to value."),
        MethodDef::new("get", dict_get, "get($self, key, default=None, /)\n--\n\nReturn the value for key if key is in the dictionary, else default."),
        MethodDef::new("setdefault", dict_setdefault, "setdefault($self, key, default=None, /)\n--\n\nInsert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default."),
        MethodDef::new("pop", dict_pop, "pop($self, key, default=<unrepresentable>, /)\n--\n\nD.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError."),
        MethodDef::new("popitem", dict_popitem, "popitem($self, /)\n--\n\nRemove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty."),
        MethodDef::new("keys", dict_keys, "keys($self, /)\n--\n\nReturn a set-like object providing a view on the dict's keys."),
        MethodDef::new("items", dict_items, "items($self, /)\n--\n\nReturn a set-like object providing a view on the dict's items."),
        MethodDef::new("values", dict_values, "values($self, /)\n--\n\nReturn an object providing a view on the dict's values."),
        MethodDef::new("update", dict_update, "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E.keys(): D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]"),
        MethodDef::new("clear", dict_clear, "clear($self, /)\n--\n\nRemove all items from the dict."),
        MethodDef::new("copy", dict_copy, "copy($self, /)\n--\n\nReturn a shallow copy of the dict."),
        MethodDef::new("__reversed__", dict_reversed, "__reversed__($self, /)\n--\n\nReturn a reverse iterator over the dict keys."),
        crate::genericalias::CLASS_GETITEM_DEF,
    ],
    ..TypeSpec::DEFAULT
});
