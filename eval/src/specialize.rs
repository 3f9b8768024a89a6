//! The specializer: when an adaptive instruction's counter runs down it picks the specialized form for the operands it sees (or backs off), and it counts what happens for `-X specstats`; mirrors Python/specialize.c.
//!
//! The decisions follow CPython 3.14's rules, so `dis.get_instructions(f,
//! adaptive=True)` names the same forms; the guards the specialized forms
//! run (in `interp`) are Ouro's own, on Ouro's object layout.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};

use ouro_bytecode::Opcode;
use ouro_objects::Value;
use ouro_objects::code::{Code, InlineCache, Instr, backoff, co};
use ouro_objects::descr::{
    CLASSMETHOD_DESCRIPTOR_TYPE, CallConvention, GetSetDescr, MEMBER_DESCRIPTOR_TYPE,
    METHOD_DESCRIPTOR_TYPE, MethodDescr, WRAPPER_DESCRIPTOR_TYPE,
};
use ouro_objects::dict::Dict;
use ouro_objects::functype::{CLASSMETHOD_TYPE, FUNCTION_TYPE, Function, Method, PROPERTY_TYPE};
use ouro_objects::module::Module;
use ouro_objects::protocol::{self, made_instance_dict};
use ouro_objects::typeobj::{GetAttrFn, SetAttrFn, TypeObject, flags};

/// `-X specstats`: count hits, misses and failures, printed at exit.
pub static SPECSTATS: AtomicBool = AtomicBool::new(false);

/// What happened to one family (`_PyOpcode_Deopt` of the instructions).
#[derive(Default)]
struct FamilyStats {
    success: u64,
    failure: u64,
    hit: u64,
    miss: u64,
    deopt: u64,
    reasons: BTreeMap<&'static str, u64>,
}

ouro_objects::gil_shared! {
    static STATS: RefCell<BTreeMap<u8, FamilyStats>> = const { RefCell::new(BTreeMap::new()) };
}

fn record(op: Opcode, update: impl FnOnce(&mut FamilyStats)) {
    if SPECSTATS.load(Ordering::Relaxed) {
        STATS.with(|s| update(s.borrow_mut().entry(op.deopt().number()).or_default()));
    }
}

/// A specialized instruction ran its fast path.
#[inline(always)]
pub fn hit(op: Opcode) {
    if SPECSTATS.load(Ordering::Relaxed) {
        record(op, |s| s.hit += 1);
    }
}

/// A specialized instruction's guard failed: it runs the generic path,
/// whose counter decides when to specialize again.
#[cold]
pub fn miss(instr: &Instr) {
    record(instr.op.get(), |s| s.miss += 1);
}

/// Whether a generic instruction should try to specialize now; otherwise
/// its counter steps down (`ADVANCE_ADAPTIVE_COUNTER`).
#[inline(always)]
pub fn adapt(instr: &Instr) -> bool {
    let c = instr.counter.get();
    if backoff::triggers(c) {
        return true;
    }
    instr.counter.set(backoff::advance(c));
    false
}

fn specialize(instr: &Instr, op: Opcode) {
    let before = instr.op.get();
    record(op, |s| {
        s.success += 1;
        if before.is_specialized() {
            s.deopt += 1;
        }
    });
    instr.op.set(op);
    instr.counter.set(backoff::COOLDOWN);
}

/// `unspecialize`: back to the generic instruction, waiting twice as long
/// before the next try.
fn fail(instr: &Instr, reason: &'static str) {
    let before = instr.op.get();
    record(before, |s| {
        s.failure += 1;
        *s.reasons.entry(reason).or_default() += 1;
        if before.is_specialized() {
            s.deopt += 1;
        }
    });
    instr.op.set(before.deopt());
    instr
        .counter
        .set(backoff::after_failure(instr.counter.get()));
}

/// Prints the counts at exit (`-X specstats`).
pub fn print_stats() {
    if !SPECSTATS.load(Ordering::Relaxed) {
        return;
    }
    STATS.with(|s| {
        eprintln!("Specialization stats (-X specstats):");
        for (&number, f) in s.borrow().iter() {
            let name = Opcode::from_u8(number).map_or("?", Opcode::name);
            eprintln!(
                "{name}: success {}, failure {}, hit {}, miss {}, deopt {}",
                f.success, f.failure, f.hit, f.miss, f.deopt
            );
            for (reason, n) in &f.reasons {
                eprintln!("    failure: {reason}: {n}");
            }
        }
    });
}

/// `RESUME`, `JUMP_BACKWARD` and `LOAD_CONST` specialize on their first
/// run, without a counter (and not at all under `-X specialize=0`, where
/// the form is not even chosen).
pub fn first_run(instr: &Instr, choose: impl FnOnce() -> Opcode) {
    if ouro_objects::code::SPECIALIZE.load(Ordering::Relaxed) {
        let op = choose();
        instr.op.set(op);
        record(op, |s| s.success += 1);
    }
}

/// Whether CPython keeps `v` immortal (what `LOAD_CONST_IMMORTAL` is
/// chosen for): singletons, small ints, the empty and one-character
/// Latin-1 strings, one-byte bytes, the empty tuple, and longer strings
/// the reference runtime holds immortal (its static identifiers and the
/// names interned at start-up: `immortal_strings`).
pub fn is_immortal_constant(v: &Value) -> bool {
    use ouro_objects::none::{ellipsis, is_none};
    if is_none(v) || v.is(&ellipsis()) || v.downcast_exact::<ouro_objects::bool::Bool>().is_some() {
        return true;
    }
    if let Some(i) = v.as_small_int() {
        return (-5..=256).contains(&i);
    }
    if let Some(s) = v.downcast_exact::<ouro_objects::str::PyStr>() {
        let text = s.to_string_lossy();
        let mut chars = text.chars();
        return match (chars.next(), chars.next()) {
            (None, _) => true,
            (Some(c), None) => (c as u32) < 256,
            _ => crate::immortal_strings::IMMORTAL_STRINGS
                .binary_search(&text.as_str())
                .is_ok(),
        };
    }
    if let Some(b) = v.downcast_exact::<ouro_objects::bytes::Bytes>() {
        return b.0.len() <= 1;
    }
    v.downcast_exact::<ouro_objects::tuple::Tuple>()
        .is_some_and(|t| t.is_empty())
}

/// Whether an int is one CPython stores in a single 30-bit digit.
fn is_compact(v: &Value) -> bool {
    v.as_small_int()
        .is_some_and(|i| i.unsigned_abs() < (1 << 30))
}

fn is_nonnegative_compact(v: &Value) -> bool {
    v.as_small_int()
        .is_some_and(|i| (0..(1 << 30)).contains(&i))
}

fn is_exact_int(v: &Value) -> bool {
    v.is_small_int() || v.downcast_exact::<ouro_objects::int::Int>().is_some()
}

fn is_exact_float(v: &Value) -> bool {
    v.downcast_exact::<ouro_objects::float::Float>().is_some()
}

fn same_type(a: &Value, b: &Value) -> bool {
    std::ptr::eq(a.type_obj(), b.type_obj())
}

/// Whether the type's instances would keep their attributes inline in
/// CPython (`Py_TPFLAGS_INLINE_VALUES`): a Python class whose instances
/// are plain objects with a `__dict__`, no `__slots__` and no built-in
/// base other than `object`.
pub fn has_inline_values(ty: &TypeObject) -> bool {
    ty.is_heap()
        && ty.has_instance_dict()
        && ty.extras_len() == 1
        && ty.same_solid(ouro_objects::typeobj::OBJECT_TYPE.payload())
}

/// Where `owner`'s `__dict__` slot is, for the cache's `aux`: the
/// instance-dict forms read it through `Value::extra_at`.
fn dict_slot_offset(owner: &Value) -> Result<u32, &'static str> {
    owner
        .type_obj()
        .payload()
        .dict_index()
        .and_then(|i| owner.extra_offset(i))
        .and_then(|o| u32::try_from(o).ok())
        .ok_or("not managed dict")
}

fn type_version(ty: &TypeObject) -> Option<u32> {
    Some(ty.version()).filter(|&v| v != 0)
}

fn keys_version_u16(d: &Dict) -> Result<u32, &'static str> {
    match d.keys_version() {
        0 => Err("out of versions"),
        v if v > u32::from(u16::MAX) => Err("out of range"),
        v => Ok(v),
    }
}

pub fn load_global(
    instr: &Instr,
    cache: &InlineCache,
    globals: &Value,
    builtins: &Value,
    name: &Value,
) {
    match choose_load_global(cache, globals, builtins, name) {
        Ok(op) => specialize(instr, op),
        Err(reason) => fail(instr, reason),
    }
}

fn choose_load_global(
    cache: &InlineCache,
    globals: &Value,
    builtins: &Value,
    name: &Value,
) -> Result<Opcode, &'static str> {
    let g = globals
        .downcast_exact::<Dict>()
        .ok_or("globals not a dict")?;
    if !g.has_str_keys_only() {
        return Err("non-string or split keys");
    }
    if let Some(ix) = g.str_entry_index(name) {
        if ix > usize::from(u16::MAX) {
            return Err("out of range");
        }
        cache.version.set(keys_version_u16(g)?);
        cache.index.set(ix as u32);
        return Ok(Opcode::LOAD_GLOBAL_MODULE);
    }
    let b = builtins
        .downcast_exact::<Dict>()
        .ok_or("builtins not a dict")?;
    if !b.has_str_keys_only() {
        return Err("non-string or split keys");
    }
    let ix = b.str_entry_index(name).ok_or("expected error")?;
    if ix > usize::from(u16::MAX) {
        return Err("out of range");
    }
    cache.version.set(keys_version_u16(g)?);
    cache.aux.set(keys_version_u16(b)?);
    cache.index.set(ix as u32);
    Ok(Opcode::LOAD_GLOBAL_BUILTIN)
}

/// CPython's `DescriptorClassification`.
enum AttrKind {
    Overriding,
    Method(Value),
    Property(Value),
    ObjectSlot(usize),
    OtherSlot,
    NonOverriding,
    BuiltinClassmethod,
    PythonClassmethod,
    NonDescriptor(Value),
    Mutable,
    Absent,
    DunderClass,
    GetsetOverridden,
    GetattributeIsPythonFunction(Value),
}

fn is_immutable_type(ty: &TypeObject) -> bool {
    !ty.is_heap() || ty.flags() & flags::IMMUTABLETYPE != 0
}

fn classify(descr: Option<Value>, has_getattr: bool) -> AttrKind {
    let Some(d) = descr else {
        return AttrKind::Absent;
    };
    let dt = d.type_obj();
    if !is_immutable_type(dt.payload()) {
        return AttrKind::Mutable;
    }
    let slots = &dt.payload().slots;
    if slots.descr_set.get().is_some() {
        if std::ptr::eq(dt, &MEMBER_DESCRIPTOR_TYPE) {
            return match d.downcast::<GetSetDescr>().and_then(|g| g.slot.as_ref()) {
                Some((_, index)) => AttrKind::ObjectSlot(*index),
                None => AttrKind::OtherSlot,
            };
        }
        if std::ptr::eq(dt, &PROPERTY_TYPE) {
            return if has_getattr {
                AttrKind::GetsetOverridden
            } else {
                AttrKind::Property(d)
            };
        }
        return AttrKind::Overriding;
    }
    if slots.descr_get.get().is_some() {
        if std::ptr::eq(dt, &FUNCTION_TYPE)
            || std::ptr::eq(dt, &METHOD_DESCRIPTOR_TYPE)
            || std::ptr::eq(dt, &WRAPPER_DESCRIPTOR_TYPE)
        {
            return AttrKind::Method(d);
        }
        if std::ptr::eq(dt, &CLASSMETHOD_DESCRIPTOR_TYPE) {
            return AttrKind::BuiltinClassmethod;
        }
        if std::ptr::eq(dt, &CLASSMETHOD_TYPE) {
            return AttrKind::PythonClassmethod;
        }
        return AttrKind::NonOverriding;
    }
    AttrKind::NonDescriptor(d)
}

fn getattro_is(ty: &TypeObject, f: GetAttrFn) -> bool {
    ty.slots.getattro.get().map(|g| g as usize) == Some(f as usize)
}

fn setattro_is(ty: &TypeObject, f: SetAttrFn) -> bool {
    ty.slots.setattro.get().map(|g| g as usize) == Some(f as usize)
}

/// `analyze_descriptor`: how an attribute of instances of `ty` resolves.
fn analyze(ty: &TypeObject, name: &Value, store: bool) -> AttrKind {
    use ouro_objects::heapslots::{is_generic_getattribute, slot_getattr_hook, slot_getattro};
    let mut has_getattr = false;
    if store {
        if !setattro_is(ty, protocol::generic_setattr) {
            return AttrKind::GetsetOverridden;
        }
    } else if getattro_is(ty, protocol::generic_getattr) {
    } else if getattro_is(ty, slot_getattr_hook) || getattro_is(ty, slot_getattro) {
        let getattribute = ty.lookup_str("__getattribute__");
        let custom = getattribute
            .as_ref()
            .is_some_and(|g| !is_generic_getattribute(g));
        has_getattr = ty.lookup_str("__getattr__").is_some();
        if custom {
            let g = getattribute.expect("custom __getattribute__");
            if getattro_is(ty, slot_getattro)
                && !has_getattr
                && g.downcast_exact::<Function>().is_some()
            {
                return AttrKind::GetattributeIsPythonFunction(g);
            }
            return AttrKind::GetsetOverridden;
        }
    } else {
        return AttrKind::GetsetOverridden;
    }
    let descr = ty.lookup(name);
    if protocol::str_lossy(name) == "__class__"
        && let Some(d) = &descr
        && ouro_objects::typeobj::OBJECT_TYPE
            .payload()
            .lookup(name)
            .is_some_and(|o| o.is(d))
    {
        return AttrKind::DunderClass;
    }
    classify(descr, has_getattr)
}

/// `function_kind` plus the argument count: `Some(argcount)` for a simple
/// function (no `*args`, `**kwargs` or keyword-only parameters).
fn simple_argcount(code: &Code) -> Result<Option<u32>, &'static str> {
    if code.flags & co::OPTIMIZED == 0 {
        return Err("code not optimized");
    }
    if code.flags & (co::VARARGS | co::VARKEYWORDS) != 0 || code.kwonlyargcount != 0 {
        return Ok(None);
    }
    Ok(Some(code.argcount))
}

fn function_code(func: &Value) -> Option<ouro_objects::Ref<Code>> {
    func.downcast_exact::<Function>()?
        .code()
        .downcast_ref::<Code>()
}

fn function_version(func: &Value) -> Result<u32, &'static str> {
    let f = func.downcast_exact::<Function>().ok_or("not a function")?;
    match f.version.get() {
        0 => Err("out of versions"),
        v => Ok(v),
    }
}

/// `function_check_args`: a simple function taking exactly `n` arguments.
fn check_args(func: &Value, n: u32) -> Result<(), &'static str> {
    let code = function_code(func).ok_or("not a function")?;
    match simple_argcount(&code)? {
        Some(c) if c == n => Ok(()),
        Some(_) => Err("wrong number of arguments"),
        None => Err("complex parameters"),
    }
}

pub fn load_attr(instr: &Instr, cache: &InlineCache, owner: &Value, name: &Value) {
    let method = instr.arg & 1 == 1;
    let chosen = if owner.downcast::<Module>().is_some() {
        choose_module_attr(cache, owner, name)
    } else if owner.downcast::<TypeObject>().is_some() {
        choose_class_attr(cache, owner, name)
    } else {
        choose_instance_attr(cache, owner, name, method)
    };
    match chosen {
        Ok(op) => specialize(instr, op),
        Err(reason) => fail(instr, reason),
    }
}

fn choose_module_attr(
    cache: &InlineCache,
    owner: &Value,
    name: &Value,
) -> Result<Opcode, &'static str> {
    let m = owner.downcast::<Module>().expect("module");
    let d = m.dict.downcast::<Dict>().ok_or("no dict")?;
    if !d.has_str_keys_only() {
        return Err("non-string keys");
    }
    if d.str_entry_index(&ouro_objects::str::intern("__getattr__"))
        .is_some()
    {
        return Err("module has __getattr__");
    }
    let ix = d
        .str_entry_index(name)
        .ok_or("module attribute not found")?;
    if ix > usize::from(u16::MAX) {
        return Err("out of range");
    }
    cache.version.set(keys_version_u16(d)?);
    cache.index.set(ix as u32);
    Ok(Opcode::LOAD_ATTR_MODULE)
}

fn choose_class_attr(
    cache: &InlineCache,
    owner: &Value,
    name: &Value,
) -> Result<Opcode, &'static str> {
    let cls = owner.downcast::<TypeObject>().expect("type");
    let meta = owner.type_obj().payload();
    if !getattro_is(
        meta,
        ouro_objects::typeobj::TYPE_TYPE
            .payload()
            .slots
            .getattro
            .get()
            .ok_or("no getattro")?,
    ) {
        return Err("metaclass overridden");
    }
    match classify(meta.lookup(name), false) {
        AttrKind::Method(_)
        | AttrKind::NonDescriptor(_)
        | AttrKind::NonOverriding
        | AttrKind::BuiltinClassmethod
        | AttrKind::PythonClassmethod
        | AttrKind::Absent => {}
        _ => return Err("metaclass attribute"),
    }
    let kind = analyze(cls, name, false);
    let version = type_version(cls).ok_or("out of versions")?;
    let metaclass_check = !is_immutable_type(meta);
    let meta_version = if metaclass_check {
        type_version(meta).ok_or("out of versions")?
    } else {
        0
    };
    match kind {
        AttrKind::Method(d) | AttrKind::NonDescriptor(d) => {
            cache.version.set(version);
            cache.aux.set(meta_version);
            drop(cache.object.replace(Some(d)));
            Ok(if metaclass_check {
                Opcode::LOAD_ATTR_CLASS_WITH_METACLASS_CHECK
            } else {
                Opcode::LOAD_ATTR_CLASS
            })
        }
        AttrKind::Absent => Err("expected error"),
        _ => Err("class attribute kind"),
    }
}

/// `instance_has_key`: whether the instance dict holds `name`.
fn instance_has_key(owner: &Value, name: &Value) -> bool {
    made_instance_dict(owner)
        .and_then(|d| d.downcast::<Dict>().and_then(|d| d.str_entry_index(name)))
        .is_some()
}

fn choose_instance_attr(
    cache: &InlineCache,
    owner: &Value,
    name: &Value,
    method: bool,
) -> Result<Opcode, &'static str> {
    let ty = owner.type_obj().payload();
    let shadow = instance_has_key(owner, name);
    let kind = analyze(ty, name, false);
    let version = type_version(ty).ok_or("out of versions")?;
    cache.version.set(version);
    match kind {
        AttrKind::Overriding => Err("overriding descriptor"),
        AttrKind::Method(d) => {
            if shadow {
                return choose_dict_access(cache, owner, name, Load);
            }
            if !method {
                return Err("method");
            }
            choose_class_attr_of_instance(cache, owner, d, true)
        }
        AttrKind::Property(p) => {
            let fget = p
                .downcast::<ouro_objects::functype::Property>()
                .map(|p| p.fget())
                .filter(|g| !ouro_objects::none::is_none(g))
                .ok_or("expected error")?;
            if fget.downcast_exact::<Function>().is_none() {
                return Err("property not a Python function");
            }
            check_args(&fget, 1)?;
            if method {
                return Err("method");
            }
            drop(cache.object.replace(Some(fget)));
            Ok(Opcode::LOAD_ATTR_PROPERTY)
        }
        AttrKind::ObjectSlot(index) => {
            cache.index.set(index as u32);
            Ok(Opcode::LOAD_ATTR_SLOT)
        }
        AttrKind::DunderClass => {
            cache.index.set(u32::MAX);
            Ok(Opcode::LOAD_ATTR_SLOT)
        }
        AttrKind::OtherSlot => Err("non-object slot"),
        AttrKind::Mutable => Err("mutable class"),
        AttrKind::GetsetOverridden => Err("overridden"),
        AttrKind::GetattributeIsPythonFunction(g) => {
            check_args(&g, 2)?;
            if method {
                return Err("method");
            }
            cache.aux.set(function_version(&g)?);
            drop(cache.object.replace(Some(g)));
            Ok(Opcode::LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN)
        }
        AttrKind::BuiltinClassmethod | AttrKind::PythonClassmethod | AttrKind::NonOverriding => {
            if shadow {
                return choose_dict_access(cache, owner, name, Load);
            }
            Err("non-overriding descriptor")
        }
        AttrKind::NonDescriptor(d) => {
            if shadow {
                return choose_dict_access(cache, owner, name, Load);
            }
            if method {
                return Err("not a descriptor");
            }
            choose_class_attr_of_instance(cache, owner, d, false)
        }
        AttrKind::Absent => {
            if shadow {
                return choose_dict_access(cache, owner, name, Load);
            }
            Err("instance attribute")
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Load,
    Store,
}
use Access::{Load, Store};

/// `specialize_dict_access`: the attribute lives in the instance dict.
fn choose_dict_access(
    cache: &InlineCache,
    owner: &Value,
    name: &Value,
    access: Access,
) -> Result<Opcode, &'static str> {
    let ty = owner.type_obj().payload();
    if !ty.has_instance_dict() {
        return Err("not managed dict");
    }
    let dict = made_instance_dict(owner);
    let d = dict.as_ref().and_then(|d| d.downcast_exact::<Dict>());
    let values = has_inline_values(ty) && d.is_none_or(Dict::holds_inline_values);
    let ix = match d.and_then(|d| d.str_entry_index(name)) {
        Some(ix) => ix,
        // A store into a fresh instance goes where the next key goes.
        None if access == Store && values => d.map_or(0, Dict::entries_len),
        None => {
            return Err(if d.is_some() {
                "not in dict"
            } else {
                "no dict"
            });
        }
    };
    if ix > usize::from(u16::MAX) {
        return Err("out of range");
    }
    let slot = dict_slot_offset(owner)?;
    cache.index.set(ix as u32);
    cache.aux.set(slot);
    Ok(match (values, access) {
        (true, Load) => Opcode::LOAD_ATTR_INSTANCE_VALUE,
        (false, Load) => Opcode::LOAD_ATTR_WITH_HINT,
        (true, Store) => Opcode::STORE_ATTR_INSTANCE_VALUE,
        (false, Store) => Opcode::STORE_ATTR_WITH_HINT,
    })
}

/// `specialize_attr_loadclassattr`: a method or plain class attribute
/// loaded through an instance.
fn choose_class_attr_of_instance(
    cache: &InlineCache,
    owner: &Value,
    descr: Value,
    method: bool,
) -> Result<Opcode, &'static str> {
    let ty = owner.type_obj().payload();
    let op = if has_inline_values(ty) {
        cache.aux.set(dict_slot_offset(owner)?);
        if method {
            Opcode::LOAD_ATTR_METHOD_WITH_VALUES
        } else {
            Opcode::LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES
        }
    } else if !ty.has_instance_dict() {
        if method {
            Opcode::LOAD_ATTR_METHOD_NO_DICT
        } else {
            Opcode::LOAD_ATTR_NONDESCRIPTOR_NO_DICT
        }
    } else if method {
        if made_instance_dict(owner).is_some() {
            return Err("not managed dict");
        }
        Opcode::LOAD_ATTR_METHOD_LAZY_DICT
    } else {
        return Err("class attribute simple");
    };
    drop(cache.object.replace(Some(descr)));
    Ok(op)
}

pub fn store_attr(instr: &Instr, cache: &InlineCache, owner: &Value, name: &Value) {
    match choose_store_attr(cache, owner, name) {
        Ok(op) => specialize(instr, op),
        Err(reason) => fail(instr, reason),
    }
}

fn choose_store_attr(
    cache: &InlineCache,
    owner: &Value,
    name: &Value,
) -> Result<Opcode, &'static str> {
    if owner.downcast_exact::<Module>().is_some() {
        return Err("overridden");
    }
    let ty = owner.type_obj().payload();
    let kind = analyze(ty, name, true);
    cache
        .version
        .set(type_version(ty).ok_or("out of versions")?);
    match kind {
        AttrKind::Overriding => Err("overriding descriptor"),
        AttrKind::Method(_) => Err("method"),
        AttrKind::Property(_) => Err("property"),
        AttrKind::ObjectSlot(index) => {
            cache.index.set(index as u32);
            Ok(Opcode::STORE_ATTR_SLOT)
        }
        AttrKind::DunderClass | AttrKind::OtherSlot => Err("non-object slot"),
        AttrKind::Mutable => Err("mutable class"),
        AttrKind::GetattributeIsPythonFunction(_) | AttrKind::GetsetOverridden => Err("overridden"),
        AttrKind::BuiltinClassmethod => Err("builtin class method"),
        AttrKind::PythonClassmethod => Err("class method"),
        AttrKind::NonOverriding => Err("class attribute descriptor"),
        AttrKind::NonDescriptor(_) => Err("class attribute simple"),
        AttrKind::Absent => choose_dict_access(cache, owner, name, Store),
    }
}

/// `BINARY_OP_EXTEND`'s table: mixed compact-int and float arithmetic and
/// compact-int bitwise operations (`binaryop_extend_descrs`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Extend {
    IntOr,
    IntAnd,
    IntXor,
    FloatInt(u8),
    IntFloat(u8),
}

impl Extend {
    pub fn to_index(self) -> u32 {
        match self {
            Extend::IntOr => 0,
            Extend::IntAnd => 1,
            Extend::IntXor => 2,
            Extend::FloatInt(op) => 0x100 | u32::from(op),
            Extend::IntFloat(op) => 0x200 | u32::from(op),
        }
    }

    pub fn from_index(i: u32) -> Extend {
        match (i >> 8, i) {
            (1, _) => Extend::FloatInt(i as u8),
            (2, _) => Extend::IntFloat(i as u8),
            (_, 0) => Extend::IntOr,
            (_, 1) => Extend::IntAnd,
            _ => Extend::IntXor,
        }
    }

    /// The table entry for `oparg` whose guard `lhs` and `rhs` pass (in
    /// CPython's table order: float-int before int-float).
    pub fn find(lhs: &Value, rhs: &Value, oparg: u32) -> Option<Extend> {
        let candidates = match oparg {
            7 | 20 => [Some(Extend::IntOr), None],
            1 | 14 => [Some(Extend::IntAnd), None],
            12 | 25 => [Some(Extend::IntXor), None],
            0 | 5 | 10 | 11 => [
                Some(Extend::FloatInt(oparg as u8)),
                Some(Extend::IntFloat(oparg as u8)),
            ],
            _ => [None, None],
        };
        candidates.into_iter().flatten().find(|c| c.guard(lhs, rhs))
    }

    pub fn guard(self, lhs: &Value, rhs: &Value) -> bool {
        let float_of = |v: &Value| {
            v.downcast_exact::<ouro_objects::float::Float>()
                .map(|f| f.0)
        };
        match self {
            Extend::IntOr | Extend::IntAnd | Extend::IntXor => is_compact(lhs) && is_compact(rhs),
            Extend::FloatInt(op) => {
                float_of(lhs).is_some_and(|x| !x.is_nan())
                    && is_compact(rhs)
                    && (op != 11 || rhs.as_small_int() != Some(0))
            }
            Extend::IntFloat(op) => {
                is_compact(lhs)
                    && float_of(rhs).is_some_and(|y| !y.is_nan() && (op != 11 || y != 0.0))
            }
        }
    }
}

pub fn binary_op(
    instr: &Instr,
    cache: &InlineCache,
    lhs: &Value,
    rhs: &Value,
    next: Option<&Instr>,
    fast: &[Option<Value>],
) {
    match choose_binary_op(cache, lhs, rhs, instr.arg, next, fast) {
        Ok(op) => specialize(instr, op),
        Err(reason) => fail(instr, reason),
    }
}

fn choose_binary_op(
    cache: &InlineCache,
    lhs: &Value,
    rhs: &Value,
    oparg: u32,
    next: Option<&Instr>,
    fast: &[Option<Value>],
) -> Result<Opcode, &'static str> {
    use ouro_objects::str::PyStr;
    const SUBSCR: u32 = 26;
    match oparg {
        0 | 13 if same_type(lhs, rhs) => {
            if lhs.downcast_exact::<PyStr>().is_some() {
                let to_store = next.filter(|n| n.op.get() == Opcode::STORE_FAST);
                if let Some(n) = to_store
                    && fast
                        .get(n.arg as usize)
                        .and_then(|v| v.as_ref())
                        .is_some_and(|v| v.is(lhs))
                {
                    return Ok(Opcode::BINARY_OP_INPLACE_ADD_UNICODE);
                }
                return Ok(Opcode::BINARY_OP_ADD_UNICODE);
            }
            if is_exact_int(lhs) {
                return Ok(Opcode::BINARY_OP_ADD_INT);
            }
            if is_exact_float(lhs) {
                return Ok(Opcode::BINARY_OP_ADD_FLOAT);
            }
        }
        5 | 18 if same_type(lhs, rhs) => {
            if is_exact_int(lhs) {
                return Ok(Opcode::BINARY_OP_MULTIPLY_INT);
            }
            if is_exact_float(lhs) {
                return Ok(Opcode::BINARY_OP_MULTIPLY_FLOAT);
            }
        }
        10 | 23 if same_type(lhs, rhs) => {
            if is_exact_int(lhs) {
                return Ok(Opcode::BINARY_OP_SUBTRACT_INT);
            }
            if is_exact_float(lhs) {
                return Ok(Opcode::BINARY_OP_SUBTRACT_FLOAT);
            }
        }
        SUBSCR => {
            if is_nonnegative_compact(rhs) {
                if lhs.downcast_exact::<ouro_objects::list::List>().is_some() {
                    return Ok(Opcode::BINARY_OP_SUBSCR_LIST_INT);
                }
                if lhs.downcast_exact::<ouro_objects::tuple::Tuple>().is_some() {
                    return Ok(Opcode::BINARY_OP_SUBSCR_TUPLE_INT);
                }
                if lhs.downcast_exact::<PyStr>().is_some() {
                    return Ok(Opcode::BINARY_OP_SUBSCR_STR_INT);
                }
            }
            if lhs.downcast_exact::<Dict>().is_some() {
                return Ok(Opcode::BINARY_OP_SUBSCR_DICT);
            }
            if lhs.downcast_exact::<ouro_objects::list::List>().is_some()
                && rhs.downcast::<ouro_objects::slice::Slice>().is_some()
            {
                return Ok(Opcode::BINARY_OP_SUBSCR_LIST_SLICE);
            }
            let ty = lhs.type_obj().payload();
            if ty.is_heap()
                && let Some(getitem) = ty.lookup_str("__getitem__")
                && getitem.downcast_exact::<Function>().is_some()
                && check_args(&getitem, 2).is_ok()
            {
                cache
                    .version
                    .set(type_version(ty).ok_or("out of versions")?);
                drop(cache.object.replace(Some(getitem)));
                return Ok(Opcode::BINARY_OP_SUBSCR_GETITEM);
            }
        }
        _ => {}
    }
    if let Some(e) = Extend::find(lhs, rhs, oparg) {
        cache.index.set(e.to_index());
        return Ok(Opcode::BINARY_OP_EXTEND);
    }
    Err(if oparg == SUBSCR {
        "subscript"
    } else {
        "binary operation"
    })
}

pub fn compare_op(instr: &Instr, lhs: &Value, rhs: &Value) {
    let chosen = if !same_type(lhs, rhs) {
        Err("different types")
    } else if is_exact_float(lhs) {
        Ok(Opcode::COMPARE_OP_FLOAT)
    } else if is_exact_int(lhs) {
        if is_compact(lhs) && is_compact(rhs) {
            Ok(Opcode::COMPARE_OP_INT)
        } else {
            Err("big int")
        }
    } else if lhs.downcast_exact::<ouro_objects::str::PyStr>().is_some() {
        match instr.arg >> 5 {
            2 | 3 => Ok(Opcode::COMPARE_OP_STR),
            _ => Err("string ordering"),
        }
    } else {
        Err("other types")
    };
    match chosen {
        Ok(op) => specialize(instr, op),
        Err(reason) => fail(instr, reason),
    }
}

pub fn contains_op(instr: &Instr, container: &Value) {
    if container.downcast_exact::<Dict>().is_some() {
        specialize(instr, Opcode::CONTAINS_OP_DICT);
    } else if std::ptr::eq(container.type_obj(), &ouro_objects::set::SET_TYPE)
        || std::ptr::eq(container.type_obj(), &ouro_objects::set::FROZENSET_TYPE)
    {
        specialize(instr, Opcode::CONTAINS_OP_SET);
    } else {
        fail(instr, "container kind");
    }
}

/// Whether truth of an instance of `ty` is always true: no `__bool__` or
/// `__len__` anywhere (`check_type_always_true`).
fn always_true(ty: &TypeObject) -> bool {
    ty.lookup_str("__bool__").is_none() && ty.lookup_str("__len__").is_none()
}

pub fn to_bool(instr: &Instr, cache: &InlineCache, v: &Value) {
    use ouro_objects::bool::Bool;
    let op = if v.downcast::<Bool>().is_some() {
        Opcode::TO_BOOL_BOOL
    } else if is_exact_int(v) {
        Opcode::TO_BOOL_INT
    } else if v.downcast_exact::<ouro_objects::list::List>().is_some() {
        Opcode::TO_BOOL_LIST
    } else if ouro_objects::none::is_none(v) {
        Opcode::TO_BOOL_NONE
    } else if v.downcast_exact::<ouro_objects::str::PyStr>().is_some() {
        Opcode::TO_BOOL_STR
    } else if v.type_obj().payload().is_heap() {
        let ty = v.type_obj().payload();
        if !always_true(ty) {
            return fail(instr, "has __bool__ or __len__");
        }
        let Some(version) = type_version(ty) else {
            return fail(instr, "out of versions");
        };
        cache.version.set(version);
        Opcode::TO_BOOL_ALWAYS_TRUE
    } else {
        return fail(instr, "other type");
    };
    specialize(instr, op);
}

pub fn for_iter(instr: &Instr, iter: &Value) {
    use ouro_objects::iterators::{LIST_ITER_TYPE, TUPLE_ITER_TYPE};
    let ty = iter.type_obj();
    let op = if std::ptr::eq(ty, &ouro_objects::range::RANGE_ITER_TYPE) {
        Opcode::FOR_ITER_RANGE
    } else if std::ptr::eq(ty, &crate::generator::GENERATOR_TYPE) {
        Opcode::FOR_ITER_GEN
    } else if std::ptr::eq(ty, &LIST_ITER_TYPE) {
        Opcode::FOR_ITER_LIST
    } else if std::ptr::eq(ty, &TUPLE_ITER_TYPE) {
        Opcode::FOR_ITER_TUPLE
    } else {
        return fail(instr, "iterator kind");
    };
    specialize(instr, op);
}

pub fn send(instr: &Instr, receiver: &Value) {
    let ty = receiver.type_obj();
    if std::ptr::eq(ty, &crate::generator::GENERATOR_TYPE)
        || std::ptr::eq(ty, &crate::generator::COROUTINE_TYPE)
    {
        specialize(instr, Opcode::SEND_GEN);
    } else {
        fail(instr, "receiver kind");
    }
}

pub fn unpack_sequence(instr: &Instr, seq: &Value) {
    let n = instr.arg as usize;
    if let Some(t) = seq.downcast_exact::<ouro_objects::tuple::Tuple>() {
        return match t.len() {
            len if len != n => fail(instr, "expected error"),
            2 => specialize(instr, Opcode::UNPACK_SEQUENCE_TWO_TUPLE),
            _ => specialize(instr, Opcode::UNPACK_SEQUENCE_TUPLE),
        };
    }
    if let Some(l) = seq.downcast_exact::<ouro_objects::list::List>() {
        return if l.len() == n {
            specialize(instr, Opcode::UNPACK_SEQUENCE_LIST)
        } else {
            fail(instr, "expected error")
        };
    }
    fail(instr, "sequence kind");
}

pub fn store_subscr(instr: &Instr, container: &Value, sub: &Value) {
    if let Some(l) = container.downcast_exact::<ouro_objects::list::List>() {
        return if is_exact_int(sub) {
            if is_nonnegative_compact(sub)
                && sub.as_small_int().is_some_and(|i| (i as usize) < l.len())
            {
                specialize(instr, Opcode::STORE_SUBSCR_LIST_INT)
            } else {
                fail(instr, "out of range")
            }
        } else {
            fail(instr, "list subscript")
        };
    }
    if container.downcast_exact::<Dict>().is_some() {
        return specialize(instr, Opcode::STORE_SUBSCR_DICT);
    }
    fail(instr, "container kind");
}

pub fn load_super_attr(instr: &Instr, global_super: &Value, cls: &Value) {
    if !global_super.is_static(&crate::superobj::SUPER_TYPE) {
        return fail(instr, "super shadowed");
    }
    if cls.downcast::<TypeObject>().is_none() {
        return fail(instr, "bad class");
    }
    specialize(
        instr,
        if instr.arg & 1 == 1 {
            Opcode::LOAD_SUPER_ATTR_METHOD
        } else {
            Opcode::LOAD_SUPER_ATTR_ATTR
        },
    );
}

/// Builtin types CPython gives a vectorcall (`CALL_BUILTIN_CLASS`), as the
/// reference's specializations show.
const VECTORCALL_TYPES: &[&str] = &[
    "bool",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "int",
    "list",
    "map",
    "range",
    "reversed",
    "set",
    "str",
    "super",
    "tuple",
    "type",
];

/// `_Py_Specialize_Call`: `nargs` counts `self` when the stack holds one.
pub fn call(
    instr: &Instr,
    cache: &InlineCache,
    callable: &Value,
    nargs: usize,
    next: Option<&Instr>,
) {
    match choose_call(cache, callable, nargs, instr.arg, next) {
        Ok(op) => specialize(instr, op),
        Err(reason) => fail(instr, reason),
    }
}

fn choose_call(
    cache: &InlineCache,
    callable: &Value,
    nargs: usize,
    oparg: u32,
    next: Option<&Instr>,
) -> Result<Opcode, &'static str> {
    use ouro_objects::descr::BuiltinFunction;
    drop(cache.object.replace(Some(callable.clone())));
    if let Some(b) = callable.downcast_exact::<BuiltinFunction>() {
        return Ok(match b.def.call_convention() {
            CallConvention::One => {
                if nargs != 1 {
                    return Err("wrong number of arguments");
                }
                if b.def.name == "len"
                    && b.bound.as_ref().is_some_and(is_builtins_module)
                    && oparg == 1
                {
                    Opcode::CALL_LEN
                } else {
                    Opcode::CALL_BUILTIN_O
                }
            }
            CallConvention::Fast => {
                if nargs == 2
                    && oparg == 2
                    && b.def.name == "isinstance"
                    && b.bound.as_ref().is_some_and(is_builtins_module)
                {
                    Opcode::CALL_ISINSTANCE
                } else {
                    Opcode::CALL_BUILTIN_FAST
                }
            }
            CallConvention::FastKeywords => Opcode::CALL_BUILTIN_FAST_WITH_KEYWORDS,
            CallConvention::NoArgs => Opcode::CALL_NON_PY_GENERAL,
        });
    }
    if callable.downcast_exact::<Function>().is_some() {
        return choose_py_call(cache, callable, nargs, false);
    }
    if let Some(cls) = callable.downcast::<TypeObject>() {
        return choose_class_call(cache, callable, cls, nargs, oparg);
    }
    if let Some(d) = callable.downcast_exact::<MethodDescr>() {
        return choose_method_descriptor(d, nargs, oparg, next);
    }
    if let Some(m) = callable.downcast_exact::<Method>() {
        if m.func.downcast_exact::<Function>().is_none() {
            return Err("bound method");
        }
        let func = m.func.clone();
        return choose_py_call(cache, &func, nargs, true);
    }
    Ok(Opcode::CALL_NON_PY_GENERAL)
}

fn is_builtins_module(v: &Value) -> bool {
    v.is(&crate::state::builtins_module())
}

fn choose_py_call(
    cache: &InlineCache,
    func: &Value,
    nargs: usize,
    bound: bool,
) -> Result<Opcode, &'static str> {
    let code = function_code(func).ok_or("not a function")?;
    let argcount = simple_argcount(&code)?;
    cache.version.set(function_version(func)?);
    let exact = argcount.is_some_and(|c| c as usize == nargs + usize::from(bound));
    Ok(match (exact, bound) {
        (true, false) => Opcode::CALL_PY_EXACT_ARGS,
        (true, true) => Opcode::CALL_BOUND_METHOD_EXACT_ARGS,
        (false, false) => Opcode::CALL_PY_GENERAL,
        (false, true) => Opcode::CALL_BOUND_METHOD_GENERAL,
    })
}

fn choose_class_call(
    cache: &InlineCache,
    callable: &Value,
    cls: &TypeObject,
    nargs: usize,
    oparg: u32,
) -> Result<Opcode, &'static str> {
    use ouro_objects::typeobj::{OBJECT_TYPE, TYPE_TYPE};
    if is_immutable_type(cls) {
        if nargs == 1 && oparg == 1 {
            if callable.is_static(&ouro_objects::str::STR_TYPE) {
                return Ok(Opcode::CALL_STR_1);
            }
            if callable.is_static(&TYPE_TYPE) {
                return Ok(Opcode::CALL_TYPE_1);
            }
            if callable.is_static(&ouro_objects::tuple::TUPLE_TYPE) {
                return Ok(Opcode::CALL_TUPLE_1);
            }
        }
        if VECTORCALL_TYPES.contains(&cls.name().as_str()) && !cls.is_heap() {
            return Ok(Opcode::CALL_BUILTIN_CLASS);
        }
        return Ok(Opcode::CALL_NON_PY_GENERAL);
    }
    if !std::ptr::eq(callable.type_obj(), &TYPE_TYPE) {
        return Ok(Opcode::CALL_NON_PY_GENERAL);
    }
    let object_new = OBJECT_TYPE.payload().lookup_str("__new__");
    let plain_new = match (cls.lookup_str("__new__"), &object_new) {
        (Some(n), Some(o)) => n.is(o),
        _ => false,
    };
    if plain_new && cls.same_solid(OBJECT_TYPE.payload()) {
        let version = type_version(cls).ok_or("out of versions")?;
        if let Some(init) = cls.lookup_str("__init__")
            && init.downcast_exact::<Function>().is_some()
            && function_code(&init).is_some_and(|c| matches!(simple_argcount(&c), Ok(Some(_))))
        {
            cache.version.set(version);
            drop(cache.object.replace(Some(init)));
            return Ok(Opcode::CALL_ALLOC_AND_ENTER_INIT);
        }
    }
    Ok(Opcode::CALL_NON_PY_GENERAL)
}

fn choose_method_descriptor(
    d: &MethodDescr,
    nargs: usize,
    oparg: u32,
    next: Option<&Instr>,
) -> Result<Opcode, &'static str> {
    Ok(match d.def.call_convention() {
        CallConvention::NoArgs => {
            if nargs != 1 {
                return Err("wrong number of arguments");
            }
            Opcode::CALL_METHOD_DESCRIPTOR_NOARGS
        }
        CallConvention::One => {
            if nargs != 2 {
                return Err("wrong number of arguments");
            }
            let pop = next.is_some_and(|n| n.op.get() == Opcode::POP_TOP);
            if d.def.name == "append"
                && d.owner.is_static(&ouro_objects::list::LIST_TYPE)
                && oparg == 1
                && pop
            {
                Opcode::CALL_LIST_APPEND
            } else {
                Opcode::CALL_METHOD_DESCRIPTOR_O
            }
        }
        CallConvention::Fast => Opcode::CALL_METHOD_DESCRIPTOR_FAST,
        CallConvention::FastKeywords => Opcode::CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS,
    })
}

pub fn call_kw(instr: &Instr, cache: &InlineCache, callable: &Value) {
    let chosen = if callable.downcast_exact::<Function>().is_some() {
        function_version(callable).and_then(|v| {
            function_code(callable)
                .ok_or("not a function")
                .and_then(|c| simple_argcount(&c))?;
            cache.version.set(v);
            Ok(Opcode::CALL_KW_PY)
        })
    } else if let Some(m) = callable.downcast_exact::<Method>() {
        if m.func.downcast_exact::<Function>().is_some() {
            function_version(&m.func).map(|v| {
                cache.version.set(v);
                Opcode::CALL_KW_BOUND_METHOD
            })
        } else {
            Err("bound method")
        }
    } else {
        Ok(Opcode::CALL_KW_NON_PY)
    };
    match chosen {
        Ok(op) => specialize(instr, op),
        Err(reason) => fail(instr, reason),
    }
}
