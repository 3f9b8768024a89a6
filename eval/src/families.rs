//! The specializable instructions: each family's generic body (which counts down to specializing) and its specialized forms (a guard and a fast path, falling back to the generic body on a miss); mirrors the families of Python/bytecodes.c.

use ouro_bytecode::Opcode;
use ouro_objects::code::{Code, InlineCache, Instr};
use ouro_objects::dict::Dict;
use ouro_objects::err::PyResult;
use ouro_objects::float::Float;
use ouro_objects::functype::{Function, Method};
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::protocol::{self, CompareOp, made_instance_dict};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::TypeObject;
use ouro_objects::{Value, bool as pybool, float, int};

use crate::frame::Frame;
use crate::interp::{Flow, pop, pop_opt, push, top};
use crate::ops;
use crate::specialize::{self, adapt, hit, miss};

fn bad(what: &str) -> ouro_objects::PyErr {
    ouro_objects::err::system_error(format!("bad bytecode: {what}"))
}

fn name(code: &Code, i: u32) -> PyResult<&Value> {
    code.names.get(i as usize).ok_or_else(|| bad("name index"))
}

/// Replaces the top of the stack.
fn set_top(f: &mut Frame, v: Value) {
    if let Some(slot) = f.stack.last_mut() {
        *slot = Some(v);
    }
}

/// Whether `owner`'s type still has the version the cache recorded.
#[inline(always)]
fn type_matches(owner: &Value, c: &InlineCache) -> bool {
    owner.type_obj().payload().current_version() == c.version.get()
}

pub fn load_global(f: &mut Frame, instr: &Instr, c: &InlineCache, code: &Code) -> PyResult<()> {
    let name = name(code, instr.arg >> 1)?;
    if adapt(instr) {
        specialize::load_global(instr, c, f.globals(), f.builtins(), name);
    }
    let v = ops::load_global(f, name)?;
    push_global(f, instr, v);
    Ok(())
}

#[inline(always)]
fn push_global(f: &mut Frame, instr: &Instr, v: Value) {
    push(f, v);
    if instr.arg & 1 == 1 {
        f.stack.push(None);
    }
}

/// The end of a specialized `LOAD_GLOBAL`: the value its guard found, or
/// the generic body when the guard failed.
#[inline(always)]
fn finish_load_global(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    code: &Code,
    found: Option<Value>,
) -> PyResult<()> {
    match found {
        Some(v) => {
            hit(Opcode::LOAD_GLOBAL);
            push_global(f, instr, v);
            Ok(())
        }
        None => {
            miss(instr);
            load_global(f, instr, c, code)
        }
    }
}

#[inline(always)]
pub fn load_global_module(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    code: &Code,
) -> PyResult<()> {
    let found = f
        .globals()
        .downcast_exact::<Dict>()
        .filter(|g| g.current_keys_version() == c.version.get())
        .and_then(|g| g.value_at(c.index.get() as usize));
    finish_load_global(f, instr, c, code, found)
}

#[inline(always)]
pub fn load_global_builtin(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    code: &Code,
) -> PyResult<()> {
    let globals_same = f
        .globals()
        .downcast_exact::<Dict>()
        .is_some_and(|g| g.current_keys_version() == c.version.get());
    let found = f
        .builtins()
        .downcast_exact::<Dict>()
        .filter(|b| globals_same && b.current_keys_version() == c.aux.get())
        .and_then(|b| b.value_at(c.index.get() as usize));
    finish_load_global(f, instr, c, code, found)
}

pub fn load_attr(f: &mut Frame, instr: &Instr, c: &InlineCache, code: &Code) -> PyResult<()> {
    let name = name(code, instr.arg >> 1)?;
    let owner = pop(f)?;
    if adapt(instr) {
        specialize::load_attr(instr, c, &owner, name);
    }
    if instr.arg & 1 == 1 {
        let (meth, this) = ops::load_method(&owner, name)?;
        push(f, meth);
        f.stack.push(this);
    } else {
        push(f, protocol::getattr(&owner, name)?);
    }
    Ok(())
}

/// Pushes an attribute loaded in place of its owner (and the `NULL` of
/// the method form).
#[inline(always)]
fn replace_owner(f: &mut Frame, instr: &Instr, v: Value) {
    set_top(f, v);
    if instr.arg & 1 == 1 {
        f.stack.push(None);
    }
}

/// The end of a specialized `LOAD_ATTR` that replaces its owner: the
/// attribute its guard found, or the generic body when the guard failed.
#[inline(always)]
fn finish_load_attr(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    code: &Code,
    found: Option<Value>,
) -> PyResult<()> {
    match found {
        Some(v) => {
            hit(Opcode::LOAD_ATTR);
            replace_owner(f, instr, v);
            Ok(())
        }
        None => {
            miss(instr);
            load_attr(f, instr, c, code)
        }
    }
}

/// `LOAD_ATTR_INSTANCE_VALUE` and `LOAD_ATTR_WITH_HINT`: the type is
/// unchanged and the instance dict's entry at the cached index is the name.
/// (Deviation from DESIGN.md section 4 for now: instance dicts do not yet
/// share their keys per class, so INSTANCE_VALUE checks the entry as
/// WITH_HINT does instead of loading from a slot the keys version vouches for.)
#[inline(always)]
pub fn load_attr_instance(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    code: &Code,
) -> PyResult<()> {
    let name = name(code, instr.arg >> 1)?;
    let owner = top(f)?;
    let found = if type_matches(owner, c) {
        cached_instance_dict(owner, c).and_then(|d| d.value_at_key(c.index.get() as usize, name))
    } else {
        None
    };
    finish_load_attr(f, instr, c, code, found)
}

/// The `__dict__` slot's value of an owner whose type matched the cache,
/// borrowed from the slot whose offset the cache's `aux` keeps.
#[inline(always)]
fn cached_dict_slot<'a>(owner: &'a Value, c: &InlineCache) -> Option<&'a Value> {
    // SAFETY: the caller checked the type version the offset was recorded
    // under (`specialize::dict_slot_offset`); the borrow ends before any
    // Python code can run.
    unsafe { owner.extra_at(c.aux.get() as usize) }
}

/// The instance dict of an owner whose type matched the cache.
#[inline(always)]
fn cached_instance_dict<'a>(owner: &'a Value, c: &InlineCache) -> Option<&'a Dict> {
    cached_dict_slot(owner, c)?.downcast_exact::<Dict>()
}

/// Whether the instance dict (if any) lacks `name`; the type matched the
/// cache.
#[inline(always)]
fn not_shadowed(owner: &Value, c: &InlineCache, name: &Value) -> bool {
    match cached_dict_slot(owner, c) {
        None => true,
        Some(d) => d
            .downcast_exact::<Dict>()
            .is_some_and(|d| d.str_entry_index(name).is_none()),
    }
}

/// The class-attribute forms of `LOAD_ATTR` through an instance: methods
/// (pushed with the instance as `self`) and plain class attributes.
#[inline(always)]
pub fn load_attr_from_class(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    code: &Code,
) -> PyResult<()> {
    let op = instr.op.get();
    let name = name(code, instr.arg >> 1)?;
    let owner = top(f)?;
    let ok = type_matches(owner, c)
        && match op {
            Opcode::LOAD_ATTR_METHOD_WITH_VALUES | Opcode::LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES => {
                not_shadowed(owner, c, name)
            }
            Opcode::LOAD_ATTR_METHOD_LAZY_DICT => made_instance_dict(owner).is_none(),
            _ => true,
        };
    let descr = if ok { c.object.get() } else { None };
    let Some(descr) = descr else {
        miss(instr);
        return load_attr(f, instr, c, code);
    };
    hit(Opcode::LOAD_ATTR);
    match op {
        Opcode::LOAD_ATTR_METHOD_WITH_VALUES
        | Opcode::LOAD_ATTR_METHOD_NO_DICT
        | Opcode::LOAD_ATTR_METHOD_LAZY_DICT => {
            let owner = pop(f)?;
            push(f, descr);
            push(f, owner);
        }
        _ => set_top(f, descr),
    }
    Ok(())
}

/// `LOAD_ATTR_CLASS` (and with the metaclass check): an attribute of a
/// class, read from the cache while the class (and metaclass) is unchanged.
#[inline(always)]
pub fn load_attr_class(f: &mut Frame, instr: &Instr, c: &InlineCache, code: &Code) -> PyResult<()> {
    let owner = top(f)?;
    let ok = owner
        .downcast::<TypeObject>()
        .is_some_and(|t| t.current_version() == c.version.get())
        && (instr.op.get() == Opcode::LOAD_ATTR_CLASS || type_matches_aux(owner, c));
    let found = c.object.get().filter(|_| ok);
    finish_load_attr(f, instr, c, code, found)
}

fn type_matches_aux(owner: &Value, c: &InlineCache) -> bool {
    owner.type_obj().payload().current_version() == c.aux.get()
}

#[inline(always)]
pub fn load_attr_module(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    code: &Code,
) -> PyResult<()> {
    let found = top(f)?.downcast::<Module>().and_then(|m| {
        m.dict
            .downcast_exact::<Dict>()
            .filter(|d| d.current_keys_version() == c.version.get())?
            .value_at(c.index.get() as usize)
    });
    finish_load_attr(f, instr, c, code, found)
}

/// `LOAD_ATTR_SLOT`: a `__slots__` value (or `__class__`).
pub fn load_attr_slot(f: &mut Frame, instr: &Instr, c: &InlineCache, code: &Code) -> PyResult<()> {
    let owner = top(f)?;
    let found = if type_matches(owner, c) {
        match c.index.get() {
            u32::MAX => Some(owner.type_value()),
            i => owner.get_extra(i as usize),
        }
    } else {
        None
    };
    finish_load_attr(f, instr, c, code, found)
}

/// `LOAD_ATTR_PROPERTY` and `LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN`: the
/// getter runs as a Python call in the loop.
pub fn load_attr_call(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    code: &Code,
    callee: &mut Frame,
) -> PyResult<Flow> {
    let owner = top(f)?;
    let getter = c.object.get().filter(|g| {
        type_matches(owner, c)
            && (instr.op.get() == Opcode::LOAD_ATTR_PROPERTY
                || g.downcast_exact::<Function>()
                    .is_some_and(|fu| fu.version.get() == c.aux.get()))
    });
    let Some(getter) = getter else {
        miss(instr);
        load_attr(f, instr, c, code)?;
        return Ok(Flow::Next);
    };
    hit(Opcode::LOAD_ATTR);
    let owner = pop(f)?;
    if instr.op.get() == Opcode::LOAD_ATTR_PROPERTY {
        ops::invoke(f, &getter, &[owner], None, callee)
    } else {
        let name = name(code, instr.arg >> 1)?.clone();
        ops::invoke(f, &getter, &[owner, name], None, callee)
    }
}

pub fn store_attr(f: &mut Frame, instr: &Instr, c: &InlineCache, code: &Code) -> PyResult<()> {
    let name = name(code, instr.arg)?;
    let owner = pop(f)?;
    let v = pop(f)?;
    if adapt(instr) {
        specialize::store_attr(instr, c, &owner, name);
    }
    protocol::setattr(&owner, name, Some(&v))
}

/// `STORE_ATTR_INSTANCE_VALUE` and `STORE_ATTR_WITH_HINT`.
#[inline(always)]
pub fn store_attr_instance(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    code: &Code,
) -> PyResult<()> {
    let name = name(code, instr.arg)?;
    let owner = top(f)?;
    if !type_matches(owner, c) {
        miss(instr);
        return store_attr(f, instr, c, code);
    }
    let owner = pop(f)?;
    let v = pop(f)?;
    let Some(d) = cached_instance_dict(&owner, c) else {
        return store_attr_without_dict(f, instr, c, code, owner, v);
    };
    match d.replace_at_key(c.index.get() as usize, name, v) {
        Ok(old) => {
            hit(Opcode::STORE_ATTR);
            old.release();
            owner.release();
            Ok(())
        }
        // The type's attribute lookup is unchanged, so the store is a
        // plain dict store wherever the key is.
        Err(v) => {
            miss(instr);
            d.set_item(name.clone(), v)
        }
    }
}

/// `STORE_ATTR_INSTANCE_VALUE` on an instance whose dict is not made yet
/// (or is not an exact dict): the generic store, which makes it.
#[cold]
fn store_attr_without_dict(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    code: &Code,
    owner: Value,
    v: Value,
) -> PyResult<()> {
    miss(instr);
    if instr.op.get() == Opcode::STORE_ATTR_INSTANCE_VALUE && made_instance_dict(&owner).is_none() {
        return protocol::setattr(&owner, name(code, instr.arg)?, Some(&v));
    }
    push(f, v);
    push(f, owner);
    store_attr(f, instr, c, code)
}

/// `STORE_ATTR_SLOT`.
pub fn store_attr_slot(f: &mut Frame, instr: &Instr, c: &InlineCache, code: &Code) -> PyResult<()> {
    if !type_matches(top(f)?, c) {
        miss(instr);
        return store_attr(f, instr, c, code);
    }
    hit(Opcode::STORE_ATTR);
    let owner = pop(f)?;
    let v = pop(f)?;
    let old = owner.set_extra(c.index.get() as usize, Some(v));
    drop(old);
    Ok(())
}

pub fn binary_op(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    next: Option<&Instr>,
) -> PyResult<()> {
    let rhs = pop(f)?;
    let lhs = pop(f)?;
    if adapt(instr) {
        specialize::binary_op(instr, c, &lhs, &rhs, next, &f.fast);
    }
    push(f, ops::binary_op(&lhs, &rhs, instr.arg)?);
    Ok(())
}

/// The two operands of a binary instruction, left first.
#[inline(always)]
fn operands(f: &Frame) -> Option<(&Value, &Value)> {
    match f.stack.as_slice() {
        [.., Some(l), Some(r)] => Some((l, r)),
        _ => None,
    }
}

/// Pops both operands and pushes the result.
#[inline(always)]
fn binary_result(f: &mut Frame, v: Value) {
    f.stack.pop();
    set_top(f, v);
}

/// The specialized `BINARY_OP` forms.
#[inline(always)]
pub fn binary_op_specialized(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    next: Option<&Instr>,
    callee: &mut Frame,
) -> PyResult<Flow> {
    use Opcode as O;
    let op = instr.op.get();
    if op == O::BINARY_OP_SUBSCR_GETITEM {
        let getitem = c
            .object
            .get()
            .filter(|_| operands(f).is_some_and(|(l, _)| type_matches(l, c)));
        let Some(getitem) = getitem else {
            miss(instr);
            binary_op(f, instr, c, next)?;
            return Ok(Flow::Next);
        };
        hit(O::BINARY_OP);
        let rhs = pop(f)?;
        let lhs = pop(f)?;
        return ops::invoke(f, &getitem, &[lhs, rhs], None, callee);
    }
    let result = match operands(f) {
        Some((l, r)) => match op {
            O::BINARY_OP_ADD_UNICODE | O::BINARY_OP_INPLACE_ADD_UNICODE => {
                match (l.downcast_exact::<PyStr>(), r.downcast_exact::<PyStr>()) {
                    (Some(a), Some(b)) => Some(ouro_objects::str::concat(&[a, b])),
                    _ => None,
                }
            }
            O::BINARY_OP_SUBSCR_LIST_INT => l
                .downcast_exact::<List>()
                .zip(r.as_small_int())
                .and_then(|(list, i)| list.get(usize::try_from(i).ok()?)),
            O::BINARY_OP_SUBSCR_TUPLE_INT => l
                .downcast_exact::<Tuple>()
                .zip(r.as_small_int())
                .and_then(|(t, i)| t.get(usize::try_from(i).ok()?).cloned()),
            O::BINARY_OP_SUBSCR_STR_INT => {
                if l.downcast_exact::<PyStr>().is_some() && r.as_small_int().is_some_and(|i| i >= 0)
                {
                    Some(protocol::getitem(l, r)?)
                } else {
                    None
                }
            }
            O::BINARY_OP_SUBSCR_DICT => match l.downcast_exact::<Dict>() {
                Some(_) => Some(protocol::getitem(l, r)?),
                None => None,
            },
            O::BINARY_OP_SUBSCR_LIST_SLICE => {
                if l.downcast_exact::<List>().is_some()
                    && r.downcast::<ouro_objects::slice::Slice>().is_some()
                {
                    Some(protocol::getitem(l, r)?)
                } else {
                    None
                }
            }
            O::BINARY_OP_EXTEND => {
                let e = specialize::Extend::from_index(c.index.get());
                if e.guard(l, r) {
                    Some(extend(e, l, r))
                } else {
                    None
                }
            }
            _ => None,
        },
        None => None,
    };
    match result {
        Some(v) => {
            hit(O::BINARY_OP);
            binary_result(f, v);
        }
        None => {
            miss(instr);
            binary_op(f, instr, c, next)?;
        }
    }
    Ok(Flow::Next)
}

/// The inline int in a stack slot.
#[inline(always)]
fn inline_int(slot: &Option<Value>) -> Option<i64> {
    slot.as_ref()?.as_small_int()
}

/// The exact float in a stack slot.
#[inline(always)]
fn exact_float(slot: &Option<Value>) -> Option<f64> {
    Some(slot.as_ref()?.downcast_exact::<Float>()?.0)
}

/// Replaces two inline-int operands with `result` of their values;
/// `false` (nothing touched) when an operand is not an inline int or
/// `result` gives none.
#[inline(always)]
fn on_inline_ints(f: &mut Frame, result: impl FnOnce(i64, i64) -> Option<Value>) -> bool {
    let [.., l, r] = f.stack.as_mut_slice() else {
        return false;
    };
    let (Some(a), Some(b)) = (inline_int(l), inline_int(r)) else {
        return false;
    };
    let Some(v) = result(a, b) else {
        return false;
    };
    // Inline ints own no object: overwriting them has nothing to release.
    std::mem::forget(l.replace(v));
    std::mem::forget(f.stack.pop());
    true
}

/// `BINARY_OP_ADD_INT`, `_SUBTRACT_INT` and `_MULTIPLY_INT` (`op`) on two
/// inline ints; `false` (nothing touched) when an operand is not one or
/// the result overflows, for [`binary_op_miss`].
#[inline(always)]
pub fn int_arith(f: &mut Frame, op: fn(i64, i64) -> Option<i64>) -> bool {
    let done = on_inline_ints(f, |a, b| op(a, b).map(int::from_i64));
    if done {
        hit(Opcode::BINARY_OP);
    }
    done
}

/// `BINARY_OP_ADD_FLOAT`, `_SUBTRACT_FLOAT` and `_MULTIPLY_FLOAT` (`op`) on
/// two exact floats; `false` (nothing touched) otherwise.
#[inline(always)]
pub fn float_arith(f: &mut Frame, op: fn(f64, f64) -> f64) -> bool {
    let [.., l, r] = f.stack.as_mut_slice() else {
        return false;
    };
    let (Some(a), Some(b)) = (exact_float(l), exact_float(r)) else {
        return false;
    };
    hit(Opcode::BINARY_OP);
    if let (Some(lhs), Some(rhs)) = (l.take(), r.take()) {
        *l = Some(float_into(lhs, rhs, op(a, b)));
    }
    // The right operand's slot is empty now: nothing to release.
    std::mem::forget(f.stack.pop());
    true
}

/// A specialized `BINARY_OP` whose guard failed: the generic body.
#[cold]
#[inline(never)]
pub fn binary_op_miss(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    next: Option<&Instr>,
) -> PyResult<()> {
    miss(instr);
    binary_op(f, instr, c, next)
}

/// A float result, written into an operand that nothing else refers to
/// (a temporary) instead of a new object when there is one.
fn float_into(lhs: Value, rhs: Value, x: f64) -> Value {
    use ouro_objects::core::reuse_unique;
    match reuse_unique(lhs, Float(x)) {
        Ok(v) => v,
        Err((_, payload)) => match reuse_unique(rhs, payload) {
            Ok(v) => v,
            Err(_) => float::new(x),
        },
    }
}

/// `BINARY_OP_EXTEND`'s operations, on operands its guard accepted.
fn extend(e: specialize::Extend, l: &Value, r: &Value) -> Value {
    use specialize::Extend as E;
    let i = |v: &Value| v.as_small_int().unwrap_or(0);
    let x = |v: &Value| v.downcast_exact::<Float>().map_or(0.0, |f| f.0);
    let arith = |op: u8, a: f64, b: f64| match op {
        0 => a + b,
        10 => a - b,
        11 => a / b,
        _ => a * b,
    };
    match e {
        E::IntOr => int::from_i64(i(l) | i(r)),
        E::IntAnd => int::from_i64(i(l) & i(r)),
        E::IntXor => int::from_i64(i(l) ^ i(r)),
        E::FloatInt(op) => float::new(arith(op, x(l), i(r) as f64)),
        E::IntFloat(op) => float::new(arith(op, i(l) as f64, x(r))),
    }
}

pub fn compare_op(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    let rhs = pop(f)?;
    let lhs = pop(f)?;
    let cmp = CompareOp::from_index(instr.arg >> 5).ok_or_else(|| bad("COMPARE_OP"))?;
    if adapt(instr) {
        specialize::compare_op(instr, &lhs, &rhs);
    }
    if let Some(r) = ops::compare_fast(&lhs, &rhs, cmp) {
        push(f, pybool::py_bool(r));
        return Ok(());
    }
    let r = protocol::richcompare(&lhs, &rhs, cmp)?;
    if instr.arg & 16 != 0 {
        push(f, pybool::py_bool(protocol::is_true(&r)?));
    } else {
        push(f, r);
    }
    Ok(())
}

/// `COMPARE_OP_INT` on two inline ints; `false` (nothing touched)
/// otherwise, for [`compare_op_specialized`]'s full path.
#[inline(always)]
pub fn compare_int(f: &mut Frame, instr: &Instr) -> bool {
    let Some(cmp) = CompareOp::from_index(instr.arg >> 5) else {
        return false;
    };
    let done = on_inline_ints(f, |a, b| Some(pybool::py_bool(cmp.test(a.cmp(&b)))));
    if done {
        hit(Opcode::COMPARE_OP);
    }
    done
}

/// `COMPARE_OP_FLOAT` on two exact floats; `false` (nothing touched)
/// otherwise.
#[inline(always)]
pub fn compare_float(f: &mut Frame, instr: &Instr) -> bool {
    let outcome = match f.stack.as_slice() {
        [.., l, r] => match (
            exact_float(l),
            exact_float(r),
            CompareOp::from_index(instr.arg >> 5),
        ) {
            (Some(a), Some(b), Some(cmp)) => cmp.test_partial(a.partial_cmp(&b)),
            _ => return false,
        },
        _ => return false,
    };
    hit(Opcode::COMPARE_OP);
    binary_result(f, pybool::py_bool(outcome));
    true
}

/// `COMPARE_OP_STR`, and the generic body for any specialized form whose
/// guard failed ([`compare_int`] and [`compare_float`] take the other hits).
#[inline(always)]
pub fn compare_op_specialized(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    let Some(cmp) = CompareOp::from_index(instr.arg >> 5) else {
        return Err(bad("COMPARE_OP"));
    };
    // The int and float forms get here only when their guard failed.
    let r = operands(f)
        .filter(|_| instr.op.get() == Opcode::COMPARE_OP_STR)
        .and_then(|(l, r)| {
            let (a, b) = (l.downcast_exact::<PyStr>()?, r.downcast_exact::<PyStr>()?);
            Some(a.eq_str(b) == (cmp == CompareOp::Eq))
        });
    match r {
        Some(r) => {
            hit(Opcode::COMPARE_OP);
            binary_result(f, pybool::py_bool(r));
            Ok(())
        }
        None => {
            miss(instr);
            compare_op(f, instr)
        }
    }
}

pub fn contains_op(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    if adapt(instr) {
        specialize::contains_op(instr, top(f)?);
    }
    contains(f, instr)
}

fn contains(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    let container = pop(f)?;
    let item = pop(f)?;
    let found = protocol::contains(&container, &item)?;
    push(f, pybool::py_bool(found != (instr.arg == 1)));
    Ok(())
}

pub fn contains_op_specialized(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    let container = top(f)?;
    let ty = container.type_obj();
    let ok = if instr.op.get() == Opcode::CONTAINS_OP_DICT {
        std::ptr::eq(ty, &ouro_objects::dict::DICT_TYPE)
    } else {
        std::ptr::eq(ty, &ouro_objects::set::SET_TYPE)
            || std::ptr::eq(ty, &ouro_objects::set::FROZENSET_TYPE)
    };
    if ok {
        hit(Opcode::CONTAINS_OP);
        contains(f, instr)
    } else {
        miss(instr);
        contains_op(f, instr)
    }
}

pub fn to_bool(f: &mut Frame, instr: &Instr, c: &InlineCache) -> PyResult<()> {
    let v = pop(f)?;
    if adapt(instr) {
        specialize::to_bool(instr, c, &v);
    }
    push(f, pybool::py_bool(protocol::is_true(&v)?));
    Ok(())
}

#[inline(always)]
pub fn to_bool_specialized(f: &mut Frame, instr: &Instr, c: &InlineCache) -> PyResult<()> {
    let v = top(f)?;
    let truth = match instr.op.get() {
        Opcode::TO_BOOL_BOOL => v.downcast::<ouro_objects::bool::Bool>().map(|_| None),
        Opcode::TO_BOOL_INT => v.as_small_int().map(|i| Some(i != 0)),
        Opcode::TO_BOOL_LIST => v.downcast_exact::<List>().map(|l| Some(!l.is_empty())),
        Opcode::TO_BOOL_NONE => is_none(v).then_some(Some(false)),
        Opcode::TO_BOOL_STR => v.downcast_exact::<PyStr>().map(|s| Some(!s.is_empty())),
        _ => type_matches(v, c).then_some(Some(true)),
    };
    match truth {
        Some(t) => {
            hit(Opcode::TO_BOOL);
            if let Some(t) = t {
                set_top(f, pybool::py_bool(t));
            }
            Ok(())
        }
        None => {
            miss(instr);
            to_bool(f, instr, c)
        }
    }
}

/// What `FOR_ITER` does with the next item.
fn for_iter_push(f: &mut Frame, instr: &Instr, next: Option<Value>) {
    match next {
        Some(v) => push(f, v),
        // Exhausted: skip the END_FOR at the target; POP_ITER after it
        // pops the iterator.
        None => f.ip += instr.arg as usize + 1,
    }
}

pub fn for_iter(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    let it = top(f)?.clone();
    if adapt(instr) {
        specialize::for_iter(instr, &it);
    }
    let next = match it.downcast_exact::<ouro_objects::range::RangeIter>() {
        Some(r) => r.next_value(),
        None => protocol::next(&it)?,
    };
    for_iter_push(f, instr, next);
    Ok(())
}

#[inline(always)]
pub fn for_iter_specialized(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    use ouro_objects::iterators::{LIST_ITER_TYPE, TUPLE_ITER_TYPE};
    let it = top(f)?;
    let ty = it.type_obj();
    let expected: &ouro_objects::PyObj<TypeObject> = match instr.op.get() {
        Opcode::FOR_ITER_RANGE => {
            if let Some(r) = it.downcast_exact::<ouro_objects::range::RangeIter>() {
                hit(Opcode::FOR_ITER);
                let next = r.next_value();
                for_iter_push(f, instr, next);
                return Ok(());
            }
            miss(instr);
            return for_iter(f, instr);
        }
        Opcode::FOR_ITER_LIST => &LIST_ITER_TYPE,
        Opcode::FOR_ITER_TUPLE => &TUPLE_ITER_TYPE,
        _ => &crate::generator::GENERATOR_TYPE,
    };
    if !std::ptr::eq(ty, expected) {
        miss(instr);
        return for_iter(f, instr);
    }
    hit(Opcode::FOR_ITER);
    let it = it.clone();
    let next = protocol::next(&it)?;
    for_iter_push(f, instr, next);
    Ok(())
}

pub fn unpack_sequence(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    let seq = pop(f)?;
    if adapt(instr) {
        specialize::unpack_sequence(instr, &seq);
    }
    let items = ops::unpack(&seq, instr.arg as usize)?;
    for v in items.into_iter().rev() {
        push(f, v);
    }
    Ok(())
}

#[inline(always)]
pub fn unpack_sequence_specialized(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    let n = instr.arg as usize;
    let seq = top(f)?;
    let items: Option<Vec<Value>> = match instr.op.get() {
        Opcode::UNPACK_SEQUENCE_LIST => seq
            .downcast_exact::<List>()
            .filter(|l| l.len() == n)
            .map(List::to_vec),
        _ => seq
            .downcast_exact::<Tuple>()
            .filter(|t| t.len() == n)
            .map(Tuple::to_vec),
    };
    match items {
        Some(items) => {
            hit(Opcode::UNPACK_SEQUENCE);
            f.stack.pop();
            f.stack.extend(items.into_iter().rev().map(Some));
            Ok(())
        }
        None => {
            miss(instr);
            unpack_sequence(f, instr)
        }
    }
}

pub fn store_subscr(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    let key = pop(f)?;
    let container = pop(f)?;
    let v = pop(f)?;
    if adapt(instr) {
        specialize::store_subscr(instr, &container, &key);
    }
    protocol::setitem(&container, &key, Some(&v))
}

pub fn store_subscr_specialized(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    let (container, key) = operands(f).ok_or_else(|| bad("stack underflow"))?;
    let list_index = match (container.downcast_exact::<List>(), key.as_small_int()) {
        (Some(l), Some(i)) => usize::try_from(i).ok().filter(|&i| i < l.len()),
        _ => None,
    };
    let ok = if instr.op.get() == Opcode::STORE_SUBSCR_LIST_INT {
        list_index.is_some()
    } else {
        container.downcast_exact::<Dict>().is_some()
    };
    if !ok {
        miss(instr);
        return store_subscr(f, instr);
    }
    hit(Opcode::STORE_SUBSCR);
    let key = pop(f)?;
    let container = pop(f)?;
    let v = pop(f)?;
    match (list_index, container.downcast_exact::<List>()) {
        (Some(i), Some(l)) => {
            let old = l.set(i, v);
            drop(old);
            Ok(())
        }
        _ => container
            .downcast_exact::<Dict>()
            .ok_or_else(|| bad("STORE_SUBSCR_DICT"))?
            .set_item(key, v),
    }
}

pub fn send(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    if adapt(instr) {
        specialize::send(instr, crate::interp::peek(f, 2)?);
    }
    resume_receiver(f, instr)
}

fn resume_receiver(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    let v = pop(f)?;
    let receiver = top(f)?.clone();
    match crate::generator::send(&receiver, v)? {
        crate::generator::SendResult::Yielded(y) => push(f, y),
        crate::generator::SendResult::Returned(r) => {
            push(f, r);
            f.ip += instr.arg as usize;
        }
    }
    Ok(())
}

pub fn send_gen(f: &mut Frame, instr: &Instr) -> PyResult<()> {
    let receiver = crate::interp::peek(f, 2)?;
    let ty = receiver.type_obj();
    if std::ptr::eq(ty, &crate::generator::GENERATOR_TYPE)
        || std::ptr::eq(ty, &crate::generator::COROUTINE_TYPE)
    {
        hit(Opcode::SEND);
        resume_receiver(f, instr)
    } else {
        miss(instr);
        send(f, instr)
    }
}

pub fn load_super_attr(f: &mut Frame, instr: &Instr, code: &Code) -> PyResult<()> {
    let this = pop(f)?;
    let class = pop(f)?;
    let global_super = pop(f)?;
    let name = name(code, instr.arg >> 2)?;
    let specialized = instr.op.get().is_specialized();
    if specialized
        && global_super.is_static(&crate::superobj::SUPER_TYPE)
        && class.downcast::<TypeObject>().is_some()
    {
        hit(Opcode::LOAD_SUPER_ATTR);
    } else {
        if specialized {
            miss(instr);
        }
        if adapt(instr) {
            specialize::load_super_attr(instr, &global_super, &class);
        }
    }
    let method = instr.arg & 1 == 1;
    let (v, self_or_null) = ops::load_super_attr(
        &global_super,
        &class,
        &this,
        name,
        method,
        instr.arg & 2 == 2,
    )?;
    push(f, v);
    if method {
        f.stack.push(self_or_null);
    }
    Ok(())
}

/// The callable and `self_or_null` of a `CALL` with `argc` arguments.
fn call_target(f: &Frame, argc: usize) -> Option<(&Value, bool)> {
    let base = f.stack.len().checked_sub(argc + 2)?;
    let callable = f.stack[base].as_ref()?;
    Some((callable, f.stack[base + 1].is_some()))
}

pub fn call(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    next: Option<&Instr>,
    callee: &mut Frame,
) -> PyResult<Flow> {
    let argc = instr.arg as usize;
    if adapt(instr)
        && let Some((callable, has_self)) = call_target(f, argc)
    {
        specialize::call(instr, c, callable, argc + usize::from(has_self), next);
    }
    ops::call(f, argc, None, callee)
}

/// Whether a Python function (or a method bound to one) is at the version
/// the cache recorded.
fn function_matches(callable: &Value, c: &InlineCache, bound: bool) -> bool {
    let func = if bound {
        match callable.downcast_exact::<Method>() {
            Some(m) => &m.func,
            None => return false,
        }
    } else {
        callable
    };
    func.downcast_exact::<Function>()
        .is_some_and(|fu| fu.version.get() == c.version.get())
}

/// `CALL_PY_EXACT_ARGS` and `CALL_BOUND_METHOD_EXACT_ARGS` while their guard
/// holds: the function whose version the cache holds, given exactly its
/// positional parameters, starts in `callee` with the arguments moved off
/// `f`'s stack (CPython's `_PyFrame_PushUnchecked`). `false`: the guard
/// failed (or the function makes generators) and nothing was touched.
#[inline(always)]
pub fn enter_py_exact_args(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    callee: &mut Frame,
) -> bool {
    let argc = instr.arg as usize;
    let Some(base) = f.stack.len().checked_sub(argc + 2) else {
        return false;
    };
    let has_self = f.stack[base + 1].is_some();
    let bound = instr.op.get() == Opcode::CALL_BOUND_METHOD_EXACT_ARGS;
    let (code, globals, builtins) = {
        let Some(callable) = &f.stack[base] else {
            return false;
        };
        let func = if bound {
            match callable.downcast_exact::<Method>() {
                Some(m) if !has_self => &m.func,
                _ => return false,
            }
        } else {
            callable
        };
        let Some(fu) = func.downcast_exact::<Function>() else {
            return false;
        };
        if fu.version.get() != c.version.get() {
            return false;
        }
        let Some(code) = fu.code.borrow().downcast_ref::<Code>() else {
            return false;
        };
        if code.argcount as usize != argc + usize::from(has_self || bound)
            || crate::interp::is_generator_code(&code)
        {
            return false;
        }
        (code, fu.globals.clone(), fu.builtins.clone())
    };
    let Some(callable) = f.stack[base].take() else {
        return false;
    };
    let (func, this) = match callable.downcast_exact::<Method>() {
        Some(m) if bound => (m.func.clone(), Some(m.this.clone())),
        _ => (callable, None),
    };
    callee.start_call(code, globals, builtins, func);
    ops::move_arguments(f, base, this, callee);
    true
}

/// The specialized `CALL` forms.
#[inline(always)]
pub fn call_specialized(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    next: Option<&Instr>,
    callee: &mut Frame,
) -> PyResult<Flow> {
    use Opcode as O;
    let argc = instr.arg as usize;
    let Some((callable, has_self)) = call_target(f, argc) else {
        return Err(bad("stack underflow"));
    };
    let op = instr.op.get();
    let ok = match op {
        O::CALL_PY_EXACT_ARGS | O::CALL_PY_GENERAL => function_matches(callable, c, false),
        O::CALL_BOUND_METHOD_EXACT_ARGS | O::CALL_BOUND_METHOD_GENERAL => {
            !has_self && function_matches(callable, c, true)
        }
        O::CALL_NON_PY_GENERAL => {
            callable.downcast_exact::<Function>().is_none()
                && callable.downcast_exact::<Method>().is_none()
        }
        O::CALL_ALLOC_AND_ENTER_INIT => {
            !has_self
                && callable
                    .downcast::<TypeObject>()
                    .is_some_and(|t| t.current_version() == c.version.get())
        }
        O::CALL_TYPE_1 | O::CALL_STR_1 | O::CALL_TUPLE_1 => {
            !has_self && argc == 1 && c.object.holds(callable)
        }
        _ => c.object.holds(callable),
    };
    if !ok {
        miss(instr);
        return call(f, instr, c, next, callee);
    }
    hit(O::CALL);
    match op {
        O::CALL_ALLOC_AND_ENTER_INIT => {
            if let Some(init) = c.object.get() {
                return alloc_and_enter_init(f, argc, &init, callee);
            }
        }
        O::CALL_PY_EXACT_ARGS | O::CALL_BOUND_METHOD_EXACT_ARGS => {
            if let Some(flow) = ops::call_exact_positional(f, argc, callee)? {
                return Ok(flow);
            }
        }
        O::CALL_LEN if !has_self && argc == 1 => {
            let arg = pop(f)?;
            pop_opt(f)?;
            let n = protocol::len(&arg)?;
            set_top(f, int::from_usize(n));
            return Ok(Flow::Next);
        }
        O::CALL_ISINSTANCE if !has_self && argc == 2 => {
            let cls = pop(f)?;
            let obj = pop(f)?;
            pop_opt(f)?;
            let r = crate::builtins::isinstance(&obj, &cls)?;
            set_top(f, r);
            return Ok(Flow::Next);
        }
        O::CALL_TYPE_1 => {
            let arg = pop(f)?;
            pop_opt(f)?;
            set_top(f, arg.type_value());
            return Ok(Flow::Next);
        }
        O::CALL_STR_1 => {
            let arg = pop(f)?;
            pop_opt(f)?;
            let s = protocol::str(&arg)?;
            set_top(f, s);
            return Ok(Flow::Next);
        }
        O::CALL_LIST_APPEND if has_self && argc == 1 => {
            let item = pop(f)?;
            let list = pop(f)?;
            if let Some(l) = list.downcast_exact::<List>() {
                l.push(item);
                set_top(f, none());
                return Ok(Flow::Next);
            }
            push(f, list);
            push(f, item);
        }
        _ => {}
    }
    ops::call(f, argc, None, callee)
}

/// `CALL_ALLOC_AND_ENTER_INIT`: makes the instance and runs the class's
/// Python `__init__` as a call in the loop; when it returns, the loop
/// checks its result and gives the caller the instance.
fn alloc_and_enter_init(
    f: &mut Frame,
    argc: usize,
    init: &Value,
    callee: &mut Frame,
) -> PyResult<Flow> {
    let base = f.stack.len() - argc - 2;
    let cls = f.stack[base].clone().ok_or_else(|| bad("NULL class"))?;
    let ty = ouro_objects::TypeRef::from_value(&cls).ok_or_else(|| bad("not a class"))?;
    let this = ouro_objects::types::object::object_new(&ty, &[], None)?;
    let mut args = crate::interp::pop_n(f, argc)?;
    f.stack.truncate(base);
    args.insert(0, this.clone());
    match ops::invoke(f, init, &args, None, callee)? {
        Flow::Call => {
            callee.init_self = Some(this);
            Ok(Flow::Call)
        }
        // A generator `__init__` made its generator here.
        _ => {
            let made = pop(f)?;
            crate::interp::init_result(&made)?;
            push(f, this);
            Ok(Flow::Next)
        }
    }
}

pub fn call_kw(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    callee: &mut Frame,
) -> PyResult<Flow> {
    let argc = instr.arg as usize;
    let kwnames = pop(f)?;
    if adapt(instr)
        && let Some((callable, _)) = call_target(f, argc)
    {
        specialize::call_kw(instr, c, callable);
    }
    ops::call(f, argc, Some(kwnames), callee)
}

pub fn call_kw_specialized(
    f: &mut Frame,
    instr: &Instr,
    c: &InlineCache,
    callee: &mut Frame,
) -> PyResult<Flow> {
    let argc = instr.arg as usize;
    let base = f
        .stack
        .len()
        .checked_sub(argc + 3)
        .ok_or_else(|| bad("stack underflow"))?;
    let ok = match (&f.stack[base], instr.op.get()) {
        (Some(callable), Opcode::CALL_KW_PY) => function_matches(callable, c, false),
        (Some(callable), Opcode::CALL_KW_BOUND_METHOD) => {
            f.stack[base + 1].is_none() && function_matches(callable, c, true)
        }
        (Some(callable), _) => {
            callable.downcast_exact::<Function>().is_none()
                && callable.downcast_exact::<Method>().is_none()
        }
        (None, _) => false,
    };
    if ok {
        hit(Opcode::CALL_KW);
        let kwnames = pop(f)?;
        return ops::call(f, argc, Some(kwnames), callee);
    }
    miss(instr);
    call_kw(f, instr, c, callee)
}
