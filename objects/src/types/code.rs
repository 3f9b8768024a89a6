//! `code` objects: CPython 3.14's `PyCodeObject` fields with runtime values (consts, names, locals-plus kinds, co_code, the location and exception tables); mirrors Objects/codeobject.c.

use crate::args::Args;
use crate::builtin_type;
use crate::core::{Ref, Value};
use crate::descr::{GetSetDef, MethodDef};
use crate::err::PyResult;
use crate::protocol;
use crate::str::PyStr;
use crate::tuple::Tuple;
use crate::typeobj::{SlotDefs, flags};

/// Locals-plus kinds (`CO_FAST_*`).
pub mod fast {
    pub const ARG_POS: u8 = 0x02;
    pub const ARG_KW: u8 = 0x04;
    pub const ARG_VAR: u8 = 0x08;
    pub const HIDDEN: u8 = 0x10;
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

/// `co_flags` bits.
pub mod co {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    pub const HAS_DOCSTRING: u32 = 0x4000000;
    pub const METHOD: u32 = 0x8000000;
}

pub struct Code {
    pub name: Value,
    pub qualname: Value,
    /// `co_filename`; importlib's `_fix_co_filename` rewrites it in place
    /// when a pyc was compiled elsewhere.
    pub filename: std::cell::RefCell<Value>,
    pub firstlineno: i32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    pub localsplus_names: Vec<Value>,
    pub localsplus_kinds: Vec<u8>,
    /// Little-endian code units, inline caches zeroed.
    pub code: Vec<u8>,
    pub linetable: Vec<u8>,
    pub exceptiontable: Vec<u8>,
    /// `code` decoded once for the eval loop, with the state the
    /// specializer rewrites (see `Adaptive`); shared with the frames
    /// running it.
    pub adaptive: std::cell::OnceCell<std::rc::Rc<Adaptive>>,
}

/// One instruction as the eval loop reads it, stored at the index of its
/// first code unit: the current opcode (the generic one or a specialization
/// the specializer wrote), the full argument (`EXTENDED_ARG` prefixes folded
/// in; a prefix itself runs as a no-op stepping to the next unit), the
/// index of the instruction itself (where the exception table and `f_lasti`
/// point) and of the next instruction (past the inline cache). Units inside
/// an inline cache, and bytes that are no opcode, read as `CACHE` (the loop
/// reports them as bad bytecode).
#[derive(Debug)]
pub struct Instr {
    pub op: std::cell::Cell<ouro_bytecode::Opcode>,
    /// The adaptive counter of a specializable instruction (`backoff`).
    pub counter: std::cell::Cell<u16>,
    pub arg: u32,
    pub at: u32,
    pub next: u32,
    /// Index of its inline cache in `Adaptive::caches` (`NO_CACHE`: none).
    pub cache: u32,
}

pub const NO_CACHE: u32 = u32::MAX;

/// What a specialized instruction remembers between runs (CPython's inline
/// cache entries): versions it guards on, an index, a cached object.
#[derive(Default)]
pub struct InlineCache {
    /// A type version, function version or dict keys version.
    pub version: std::cell::Cell<u32>,
    /// A second version (the builtins' keys version of `LOAD_GLOBAL_BUILTIN`).
    pub aux: std::cell::Cell<u32>,
    /// An entry index in a dict, a slot index, or an argument count.
    pub index: std::cell::Cell<u32>,
    /// A descriptor, class attribute or function found when specializing;
    /// valid while the guarded version holds.
    pub object: crate::core::ValueCell,
}

/// A code object's instructions and inline caches as the eval loop runs
/// and rewrites them (CPython's `co_code_adaptive`).
///
/// `instrs` holds one entry per code unit, then as many scratch entries,
/// each a copy of its unit's entry (argument, position, successor, cache)
/// that reads as `CACHE`: `sys.monitoring` runs the original of an
/// instruction it instrumented at `i` by setting scratch entry `units + i`'s
/// opcode to it and dispatching there, so the eval loop needs no second way
/// to run an opcode.
pub struct Adaptive {
    pub instrs: Box<[Instr]>,
    pub caches: Box<[InlineCache]>,
}

impl Adaptive {
    /// How many code units the code has (the entries before the scratch ones).
    pub fn units(&self) -> usize {
        self.instrs.len() / 2
    }
}

crate::gil_shared! {
    /// Every decoded `Adaptive` of this thread, so `sys.monitoring` can
    /// send the code that already ran back through `RESUME` when the
    /// instrumentation changes (CPython bumps a version that `RESUME_CHECK`
    /// compares; here the check costs nothing until monitoring is used).
    static DECODED: std::cell::RefCell<Vec<std::rc::Weak<Adaptive>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Calls `f` on every live decoded `Adaptive` of this thread.
pub fn for_each_adaptive(mut f: impl FnMut(&Adaptive)) {
    let live: Vec<std::rc::Rc<Adaptive>> = DECODED.with(|d| {
        let mut d = d.borrow_mut();
        d.retain(|w| w.strong_count() > 0);
        d.iter().filter_map(std::rc::Weak::upgrade).collect()
    });
    for a in &live {
        f(a);
    }
}

/// Whether instructions specialize (`-X specialize=0` turns it off).
pub static SPECIALIZE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// CPython's adaptive backoff counters (Include/internal/pycore_backoff.h):
/// a 12-bit value counting down to a trigger and a 4-bit exponent.
pub mod backoff {
    const BACKOFF_BITS: u16 = 4;
    const MAX_BACKOFF: u16 = 12;
    /// A counter that never triggers.
    pub const UNREACHABLE: u16 = 15;

    const fn make(value: u16, backoff: u16) -> u16 {
        (value << BACKOFF_BITS) | backoff
    }

    /// `adaptive_counter_warmup`: specialize on the second execution.
    pub const WARMUP: u16 = make(1, 1);
    /// `adaptive_counter_cooldown`: after specializing, 52 misses before
    /// specializing again.
    pub const COOLDOWN: u16 = make(52, 0);

    /// Whether the counter has run down (`backoff_counter_triggers`).
    #[inline(always)]
    pub const fn triggers(counter: u16) -> bool {
        counter < UNREACHABLE
    }

    /// One step down (`advance_backoff_counter`); never called on a
    /// triggering counter.
    #[inline(always)]
    pub const fn advance(counter: u16) -> u16 {
        counter.wrapping_sub(1 << BACKOFF_BITS)
    }

    /// `adaptive_counter_backoff`: after a failure, wait twice as long.
    pub const fn after_failure(counter: u16) -> u16 {
        let mut backoff = (counter & ((1 << BACKOFF_BITS) - 1)) + 1;
        if backoff > MAX_BACKOFF {
            backoff = MAX_BACKOFF;
        }
        make((1 << backoff) - 1, backoff)
    }
}

/// Decodes `co_code` and lists the result in `DECODED` (kept out of line:
/// `Code::adaptive` runs on every call).
#[cold]
#[inline(never)]
fn decode_registered(code: &[u8]) -> std::rc::Rc<Adaptive> {
    let adaptive = std::rc::Rc::new(decode(code));
    DECODED.with(|d| {
        let mut d = d.borrow_mut();
        // Dropping the dead entries when the list would grow keeps it
        // proportional to the live code (amortized O(1)).
        if d.len() == d.capacity() {
            d.retain(|w| w.strong_count() > 0);
        }
        d.push(std::rc::Rc::downgrade(&adaptive));
    });
    adaptive
}

/// Decodes `co_code` in one pass over its instructions.
fn decode(code: &[u8]) -> Adaptive {
    use ouro_bytecode::Opcode;
    let units = code.len() / 2;
    let initial = if SPECIALIZE.load(std::sync::atomic::Ordering::Relaxed) {
        backoff::WARMUP
    } else {
        backoff::UNREACHABLE
    };
    let unit = |op: Opcode, arg: u32, at: usize, next: usize, cache: u32| Instr {
        op: std::cell::Cell::new(op),
        counter: std::cell::Cell::new(initial),
        arg,
        at: at as u32,
        next: next as u32,
        cache,
    };
    let mut instrs: Vec<Instr> = Vec::with_capacity(2 * units);
    let mut caches = 0u32;
    let mut arg: u32 = 0;
    while instrs.len() < units {
        let i = instrs.len();
        let Some(op) = Opcode::from_u8(code[2 * i]) else {
            instrs.push(unit(Opcode::CACHE, 0, i, i + 1, NO_CACHE));
            arg = 0;
            continue;
        };
        arg = (arg << 8) | u32::from(code[2 * i + 1]);
        if op == Opcode::EXTENDED_ARG {
            instrs.push(unit(op, arg, i, i + 1, NO_CACHE));
            continue;
        }
        let op = op.deopt();
        let entries = op.cache_entries();
        let cache = if entries > 0 && caches < NO_CACHE {
            caches += 1;
            caches - 1
        } else {
            NO_CACHE
        };
        let next = (i + 1 + entries).min(units);
        instrs.push(unit(op, arg, i, next, cache));
        while instrs.len() < next {
            let c = instrs.len();
            instrs.push(unit(Opcode::CACHE, 0, c, c + 1, NO_CACHE));
        }
        arg = 0;
    }
    for i in 0..units {
        let (arg, at, next, cache) = (instrs[i].arg, instrs[i].at, instrs[i].next, instrs[i].cache);
        instrs.push(unit(Opcode::CACHE, arg, at as usize, next as usize, cache));
    }
    Adaptive {
        instrs: instrs.into(),
        caches: (0..caches).map(|_| InlineCache::default()).collect(),
    }
}

impl Code {
    pub fn new_value(code: Code) -> Value {
        Ref::new(code).into_value()
    }

    /// The adaptive instructions, decoded on first use.
    #[inline(always)]
    pub fn adaptive(&self) -> &std::rc::Rc<Adaptive> {
        self.adaptive.get_or_init(|| decode_registered(&self.code))
    }

    /// `_co_code_adaptive`: `co_code` with the specializations written so
    /// far (inline caches shown zeroed).
    pub fn code_adaptive(&self) -> Vec<u8> {
        let mut out = self.code.clone();
        if let Some(adaptive) = self.adaptive.get() {
            for (i, instr) in adaptive.instrs[..adaptive.units()].iter().enumerate() {
                let op = instr.op.get();
                if instr.at as usize == i && op.is_specialized() {
                    out[2 * i] = op.number();
                }
            }
        }
        out
    }

    /// `co_filename`.
    pub fn filename(&self) -> Value {
        self.filename.borrow().clone()
    }

    /// `_imp._fix_co_filename`: this code and every code object among its
    /// constants now name `filename` (the file they were loaded from).
    pub fn set_filename_recursively(&self, filename: &Value) {
        *self.filename.borrow_mut() = filename.clone();
        for c in &self.consts {
            if let Some(inner) = c.downcast::<Code>() {
                inner.set_filename_recursively(filename);
            }
        }
    }

    pub fn nlocalsplus(&self) -> usize {
        self.localsplus_kinds.len()
    }

    fn names_with(&self, kind: u8) -> Vec<Value> {
        self.localsplus_names
            .iter()
            .zip(&self.localsplus_kinds)
            .filter(|(_, k)| *k & kind != 0)
            .map(|(n, _)| n.clone())
            .collect()
    }

    pub fn varnames(&self) -> Vec<Value> {
        self.names_with(fast::LOCAL)
    }

    pub fn cellvars(&self) -> Vec<Value> {
        self.names_with(fast::CELL)
    }

    pub fn freevars(&self) -> Vec<Value> {
        self.names_with(fast::FREE)
    }

    pub fn name_str(&self) -> String {
        protocol::str_lossy(&self.name)
    }

    /// The line of the instruction at code-unit offset `index` (`PyCode_Addr2Line`).
    pub fn line_at(&self, index: usize) -> Option<i32> {
        self.position_at(index).and_then(|p| p.line)
    }

    /// The source position of the instruction at code-unit offset `index`.
    pub fn position_at(&self, index: usize) -> Option<ouro_bytecode::location_table::Position> {
        let entries =
            ouro_bytecode::location_table::decode(self.firstlineno, &self.linetable).ok()?;
        ouro_bytecode::location_table::position_at(&entries, index)
    }
}

fn this(v: &Value) -> &Code {
    v.downcast::<Code>().expect("code")
}

fn code_repr(v: &Value) -> PyResult {
    let c = this(v);
    Ok(PyStr::new(&format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.name_str(),
        v.word(),
        protocol::str_lossy(&c.filename()),
        c.firstlineno
    )))
}

fn int(i: i64) -> Value {
    crate::int::from_i64(i)
}

fn code_replace(v: &Value, args: Args) -> PyResult {
    if !args.positional().is_empty() {
        return Err(crate::err::type_error(
            "replace() takes no positional arguments",
        ));
    }
    let c = this(v);
    let mut new = Code {
        name: c.name.clone(),
        qualname: c.qualname.clone(),
        filename: std::cell::RefCell::new(c.filename()),
        firstlineno: c.firstlineno,
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        stacksize: c.stacksize,
        consts: c.consts.clone(),
        names: c.names.clone(),
        localsplus_names: c.localsplus_names.clone(),
        localsplus_kinds: c.localsplus_kinds.clone(),
        code: c.code.clone(),
        linetable: c.linetable.clone(),
        exceptiontable: c.exceptiontable.clone(),
        adaptive: std::cell::OnceCell::new(),
    };
    for (k, val) in args.keywords() {
        let key = protocol::str_lossy(&k);
        let as_u32 = |x: &Value| -> PyResult<u32> {
            Ok(crate::int::to_i64(&protocol::index(x)?).unwrap_or(0).max(0) as u32)
        };
        match key.as_str() {
            "co_name" => new.name = val,
            "co_qualname" => new.qualname = val,
            "co_filename" => *new.filename.get_mut() = val,
            "co_firstlineno" => new.firstlineno = as_u32(&val)? as i32,
            "co_argcount" => new.argcount = as_u32(&val)?,
            "co_posonlyargcount" => new.posonlyargcount = as_u32(&val)?,
            "co_kwonlyargcount" => new.kwonlyargcount = as_u32(&val)?,
            "co_flags" => new.flags = as_u32(&val)?,
            "co_stacksize" => new.stacksize = as_u32(&val)?,
            "co_consts" => new.consts = protocol::collect(&val)?,
            "co_names" => new.names = protocol::collect(&val)?,
            "co_code" => new.code = crate::bytes::bytes_from_object(&val)?,
            "co_linetable" => new.linetable = crate::bytes::bytes_from_object(&val)?,
            "co_exceptiontable" => new.exceptiontable = crate::bytes::bytes_from_object(&val)?,
            _ => {
                return Err(crate::err::type_error(format!(
                    "replace() got an unexpected keyword argument '{key}'"
                )));
            }
        }
    }
    Ok(Code::new_value(new))
}

fn line_entries(c: &Code) -> Vec<ouro_bytecode::location_table::LocationEntry> {
    ouro_bytecode::location_table::decode(c.firstlineno, &c.linetable).unwrap_or_default()
}

fn opt_int(i: Option<i32>) -> Value {
    i.map_or_else(crate::none::none, |i| int(i64::from(i)))
}

/// `co_lines()`: `(start, end, line)` byte ranges.
fn code_lines(v: &Value, args: Args) -> PyResult {
    args.none("co_lines")?;
    let ranges = ouro_bytecode::location_table::lines(&line_entries(this(v)));
    let items = ranges
        .iter()
        .map(|r| {
            Tuple::new(vec![
                int(r.start as i64),
                int(r.end as i64),
                opt_int(r.line),
            ])
        })
        .collect();
    Ok(crate::iterators::tuple_iter(Tuple::new(items)))
}

/// `co_positions()`: `(line, end_line, col, end_col)` per code unit.
fn code_positions(v: &Value, args: Args) -> PyResult {
    args.none("co_positions")?;
    let entries = line_entries(this(v));
    let items = ouro_bytecode::location_table::positions(&entries)
        .map(|p| {
            Tuple::new(vec![
                opt_int(p.line),
                opt_int(p.end_line),
                opt_int(p.col),
                opt_int(p.end_col),
            ])
        })
        .collect();
    Ok(crate::iterators::tuple_iter(Tuple::new(items)))
}

/// `co_lnotab` (deprecated): `(byte delta, line delta)` pairs wherever the
/// line changes, each delta split to fit a byte (`decode_linetable`).
fn code_lnotab(v: &Value) -> PyResult {
    crate::warnings::deprecation("co_lnotab is deprecated, use co_lines instead.")?;
    let c = this(v);
    let mut out = Vec::new();
    let (mut code_offset, mut line) = (0i64, i64::from(c.firstlineno));
    let mut start = 0i64;
    for entry in line_entries(c) {
        let computed = entry.position.line.map_or(line, i64::from);
        if computed != line {
            let (mut bdelta, mut ldelta) = (start - code_offset, computed - line);
            while bdelta > 255 {
                out.extend([255, 0]);
                bdelta -= 255;
            }
            while ldelta > 127 {
                out.extend([bdelta as u8, 127]);
                bdelta = 0;
                ldelta -= 127;
            }
            while ldelta < -128 {
                out.extend([bdelta as u8, (-128i8) as u8]);
                bdelta = 0;
                ldelta += 128;
            }
            out.extend([bdelta as u8, ldelta as i8 as u8]);
            code_offset = start;
            line = computed;
        }
        start += 2 * i64::from(entry.length);
    }
    Ok(crate::bytes::new(out))
}

/// `co_branches()`: `(source, not-taken, taken)` byte offsets of each
/// branch (`branchesiter_next` in Python/instrumentation.c).
fn code_branches(v: &Value, args: Args) -> PyResult {
    use ouro_bytecode::Opcode as Op;
    args.none("co_branches")?;
    let code = &this(v).code;
    let units = code.len() / 2;
    let triple = |a: usize, b: usize, c: usize| {
        Tuple::new(vec![
            int(2 * a as i64),
            int(2 * b as i64),
            int(2 * c as i64),
        ])
    };
    let mut items = Vec::new();
    let (mut offset, mut oparg) = (0usize, 0usize);
    while offset < units {
        let Some(op) = Op::from_u8(code[2 * offset]).map(Op::deopt) else {
            break;
        };
        let next = offset + 1 + op.cache_entries();
        let arg = (oparg << 8) | usize::from(code[2 * offset + 1]);
        oparg = 0;
        match op {
            Op::EXTENDED_ARG => oparg = arg,
            // The loop's exit skips END_FOR and POP_ITER.
            Op::FOR_ITER => items.push(triple(offset, next, next + arg + 2)),
            // The fall-through skips NOT_TAKEN.
            Op::POP_JUMP_IF_FALSE
            | Op::POP_JUMP_IF_TRUE
            | Op::POP_JUMP_IF_NONE
            | Op::POP_JUMP_IF_NOT_NONE => {
                items.push(triple(offset, next + 1, next + arg));
            }
            // The branch is the END_SEND `arg` units back.
            Op::END_ASYNC_FOR => {
                let source = next.saturating_sub(arg);
                items.push(triple(source, source + 2, next));
            }
            _ => {}
        }
        offset = next;
    }
    Ok(crate::iterators::tuple_iter(Tuple::new(items)))
}

/// `_varname_from_oparg(oparg)`: the locals-plus name a `*_FAST`/`*_DEREF`
/// argument refers to (used by `dis`).
fn code_varname_from_oparg(v: &Value, args: Args) -> PyResult {
    let [oparg] = args.parse("_varname_from_oparg", ["oparg"], 0, 1, 1)?;
    let i = crate::int::to_i64(&protocol::index(&oparg.expect("required"))?).unwrap_or(-1);
    usize::try_from(i)
        .ok()
        .and_then(|i| this(v).localsplus_names.get(i).cloned())
        .ok_or_else(|| crate::err::index_error("tuple index out of range"))
}

builtin_type!(pub static CODE_TYPE: Code = TypeSpec {
    name: "code",
    doc: Some("Create a code object.  Not for the faint of heart."),
    flags: flags::IMMUTABLETYPE | flags::WEAKREFABLE,
    slots: SlotDefs { repr: Some(code_repr), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("replace", code_replace, "replace($self, /, **changes)\n--\n\nReturn a copy of the code object with new values for the specified fields."),
        MethodDef::new("__replace__", code_replace, "__replace__($self, /, **changes)\n--\n\nThe same as replace()."),
        MethodDef::new("co_lines", code_lines, ""),
        MethodDef::new("co_positions", code_positions, ""),
        MethodDef::new("co_branches", code_branches, ""),
        MethodDef::new("_varname_from_oparg", code_varname_from_oparg, "_varname_from_oparg($self, /, oparg)\n--\n\n(internal-only) Return the local variable name for the given oparg.\n\nWARNING: this method is for internal use only and may change or go away."),
    ],
    getsets: &[
        GetSetDef::member("co_name", |v| Ok(this(v).name.clone()), None),
        GetSetDef::member("co_qualname", |v| Ok(this(v).qualname.clone()), None),
        GetSetDef::member("co_filename", |v| Ok(this(v).filename()), None),
        GetSetDef::member("co_firstlineno", |v| Ok(int(i64::from(this(v).firstlineno))), None),
        GetSetDef::member("co_argcount", |v| Ok(int(i64::from(this(v).argcount))), None),
        GetSetDef::member("co_posonlyargcount", |v| Ok(int(i64::from(this(v).posonlyargcount))), None),
        GetSetDef::member("co_kwonlyargcount", |v| Ok(int(i64::from(this(v).kwonlyargcount))), None),
        GetSetDef::member("co_flags", |v| Ok(int(i64::from(this(v).flags))), None),
        GetSetDef::member("co_stacksize", |v| Ok(int(i64::from(this(v).stacksize))), None),
        GetSetDef::member("co_nlocals", |v| Ok(int(this(v).varnames().len() as i64)), None),
        GetSetDef::member("co_consts", |v| Ok(Tuple::from_slice(&this(v).consts)), None),
        GetSetDef::member("co_names", |v| Ok(Tuple::from_slice(&this(v).names)), None),
        GetSetDef::getter("co_varnames", |v| Ok(Tuple::new(this(v).varnames()))),
        GetSetDef::getter("co_cellvars", |v| Ok(Tuple::new(this(v).cellvars()))),
        GetSetDef::getter("co_freevars", |v| Ok(Tuple::new(this(v).freevars()))),
        GetSetDef::getter("co_code", |v| Ok(crate::bytes::new(this(v).code.clone()))),
        GetSetDef::member("co_linetable", |v| Ok(crate::bytes::new(this(v).linetable.clone())), None),
        GetSetDef::member("co_exceptiontable", |v| Ok(crate::bytes::new(this(v).exceptiontable.clone())), None),
        GetSetDef::getter("co_lnotab", code_lnotab),
        GetSetDef::getter("_co_code_adaptive", |v| Ok(crate::bytes::new(this(v).code_adaptive()))),
    ],
    ..TypeSpec::DEFAULT
});

#[cfg(test)]
mod tests {
    use super::backoff;

    /// The counter's life as CPython 3.14 runs it: warm-up triggers on the
    /// second run, a failure doubles the wait, a success cools down 52 runs.
    #[test]
    fn backoff_counters_follow_cpython() {
        let mut c = backoff::WARMUP;
        assert!(!backoff::triggers(c));
        c = backoff::advance(c);
        assert!(backoff::triggers(c));
        let waits: Vec<u16> = (0..4)
            .scan(c, |c, _| {
                *c = backoff::after_failure(*c);
                let mut runs = 0;
                let mut k = *c;
                while !backoff::triggers(k) {
                    k = backoff::advance(k);
                    runs += 1;
                }
                Some(runs)
            })
            .collect();
        assert_eq!(waits, [3, 7, 15, 31]);
        let mut k = backoff::COOLDOWN;
        let mut runs = 0;
        while !backoff::triggers(k) {
            k = backoff::advance(k);
            runs += 1;
        }
        assert_eq!(runs, 52);
        let mut off = backoff::UNREACHABLE;
        for _ in 0..10_000 {
            assert!(!backoff::triggers(off));
            off = backoff::advance(off);
        }
    }
}
