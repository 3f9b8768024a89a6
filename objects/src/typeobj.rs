//! Type objects: slots, the static declaration of built-in types, `ready` (inheritance and slot wrappers), C3 MRO, version tags and the global method cache; mirrors CPython's Objects/typeobject.c.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use crate::core::{PyObj, PyPayload, TypeRef, Value};
use crate::descr::{self, GetSetDef, MethodDef};

use crate::dict::Dict;
use crate::err::{PyErr, PyResult};
use crate::exceptions;
use crate::protocol::CompareOp;
use crate::str::{PyStr, intern};
use crate::tuple::Tuple;

pub type UnaryFn = fn(&Value) -> PyResult;
pub type BinaryFn = fn(&Value, &Value) -> PyResult;
pub type TernaryFn = fn(&Value, &Value, &Value) -> PyResult;
pub type HashFn = fn(&Value) -> PyResult<i64>;
pub type RichCompareFn = fn(&Value, &Value, CompareOp) -> PyResult;
pub type GetAttrFn = fn(&Value, &Value) -> PyResult;
pub type SetAttrFn = fn(&Value, &Value, Option<&Value>) -> PyResult<()>;
/// Vectorcall shape: positional arguments then keyword values, with the
/// keyword names as a tuple of str.
pub type CallFn = fn(&Value, &[Value], Option<&Value>) -> PyResult;
/// `Ok(None)` is exhaustion without a `StopIteration` object.
pub type IterNextFn = fn(&Value) -> PyResult<Option<Value>>;
pub type DescrGetFn = fn(&Value, Option<&Value>, &Value) -> PyResult;
pub type DescrSetFn = fn(&Value, &Value, Option<&Value>) -> PyResult<()>;
pub type LenFn = fn(&Value) -> PyResult<usize>;
pub type BoolFn = fn(&Value) -> PyResult<bool>;
pub type SetItemFn = fn(&Value, &Value, Option<&Value>) -> PyResult<()>;
pub type ContainsFn = fn(&Value, &Value) -> PyResult<bool>;
pub type RepeatFn = fn(&Value, isize) -> PyResult;
pub type NewFn = fn(&TypeRef, &[Value], Option<&Value>) -> PyResult;
pub type InitFn = fn(&Value, &[Value], Option<&Value>) -> PyResult<()>;
pub type FinalizeFn = fn(&Value);
/// `tp_traverse`: calls the visitor once for each strong reference the
/// payload holds (a reference held twice is visited twice).
pub type TraverseFn = fn(&Value, &mut dyn FnMut(&Value));
/// `tp_clear`: drops the payload's references that can form cycles,
/// leaving a valid (e.g. empty) object.
pub type ClearFn = fn(&Value);

/// The binary number operators in `BINARY_OP`'s oparg order (CPython's
/// `NB_*`); the in-place forms follow at `+ INPLACE_OFFSET`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NbOp {
    Add,
    And,
    FloorDivide,
    Lshift,
    MatrixMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    Rshift,
    Subtract,
    TrueDivide,
    Xor,
}

pub const NB_BINARY_COUNT: usize = 13;
pub const INPLACE_OFFSET: usize = 13;

/// Per operator: the operator's symbol and its three dunder names.
pub struct NbOpInfo {
    pub symbol: &'static str,
    pub name: &'static str,
    pub rname: &'static str,
    pub iname: &'static str,
}

pub const NB_OPS: [NbOpInfo; NB_BINARY_COUNT] = {
    const fn op(
        symbol: &'static str,
        name: &'static str,
        rname: &'static str,
        iname: &'static str,
    ) -> NbOpInfo {
        NbOpInfo {
            symbol,
            name,
            rname,
            iname,
        }
    }
    [
        op("+", "__add__", "__radd__", "__iadd__"),
        op("&", "__and__", "__rand__", "__iand__"),
        op("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        op("<<", "__lshift__", "__rlshift__", "__ilshift__"),
        op("@", "__matmul__", "__rmatmul__", "__imatmul__"),
        op("*", "__mul__", "__rmul__", "__imul__"),
        op("%", "__mod__", "__rmod__", "__imod__"),
        op("|", "__or__", "__ror__", "__ior__"),
        op("**", "__pow__", "__rpow__", "__ipow__"),
        op(">>", "__rshift__", "__rrshift__", "__irshift__"),
        op("-", "__sub__", "__rsub__", "__isub__"),
        op("/", "__truediv__", "__rtruediv__", "__itruediv__"),
        op("^", "__xor__", "__rxor__", "__ixor__"),
    ]
};

impl NbOp {
    pub const ALL: [NbOp; NB_BINARY_COUNT] = [
        NbOp::Add,
        NbOp::And,
        NbOp::FloorDivide,
        NbOp::Lshift,
        NbOp::MatrixMultiply,
        NbOp::Multiply,
        NbOp::Remainder,
        NbOp::Or,
        NbOp::Power,
        NbOp::Rshift,
        NbOp::Subtract,
        NbOp::TrueDivide,
        NbOp::Xor,
    ];

    pub fn info(self) -> &'static NbOpInfo {
        &NB_OPS[self as usize]
    }
}

/// The unary number slots, by dunder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Negative,
    Positive,
    Invert,
    Absolute,
    Int,
    Float,
    Index,
}

pub const UNARY_OP_COUNT: usize = 7;

impl UnaryOp {
    pub const ALL: [UnaryOp; UNARY_OP_COUNT] = [
        UnaryOp::Negative,
        UnaryOp::Positive,
        UnaryOp::Invert,
        UnaryOp::Absolute,
        UnaryOp::Int,
        UnaryOp::Float,
        UnaryOp::Index,
    ];

    pub fn dunder(self) -> &'static str {
        [
            "__neg__",
            "__pos__",
            "__invert__",
            "__abs__",
            "__int__",
            "__float__",
            "__index__",
        ][self as usize]
    }
}

/// Slots that a built-in type declares statically (`None` = not defined
/// by this type; `ready` inherits the base's).
#[derive(Clone, Copy)]
pub struct SlotDefs {
    pub repr: Option<UnaryFn>,
    pub str: Option<UnaryFn>,
    pub hash: Option<HashFn>,
    /// `__hash__ = None`: instances are unhashable even if a base hashes.
    pub unhashable: bool,
    pub richcompare: Option<RichCompareFn>,
    pub getattro: Option<GetAttrFn>,
    pub setattro: Option<SetAttrFn>,
    pub call: Option<CallFn>,
    pub iter: Option<UnaryFn>,
    pub iternext: Option<IterNextFn>,
    pub descr_get: Option<DescrGetFn>,
    pub descr_set: Option<DescrSetFn>,
    pub len: Option<LenFn>,
    pub bool: Option<BoolFn>,
    pub getitem: Option<BinaryFn>,
    pub setitem: Option<SetItemFn>,
    pub contains: Option<ContainsFn>,
    pub concat: Option<BinaryFn>,
    pub repeat: Option<RepeatFn>,
    pub inplace_concat: Option<BinaryFn>,
    pub inplace_repeat: Option<RepeatFn>,
    pub number: [Option<BinaryFn>; 2 * NB_BINARY_COUNT],
    pub pow3: Option<TernaryFn>,
    pub unary: [Option<UnaryFn>; UNARY_OP_COUNT],
    pub new: Option<NewFn>,
    pub init: Option<InitFn>,
    /// `tp_finalize` (PEP 442): runs once before deallocation; the object
    /// may be resurrected.
    pub finalize: Option<FinalizeFn>,
    /// `tp_traverse` of the payload; declaring it makes the type's
    /// instances tracked by the cycle collector (`Py_TPFLAGS_HAVE_GC`).
    /// The extras (`__dict__`, slots) and a heap type are visited by the
    /// collector itself (`gc::traverse_object`).
    pub traverse: Option<TraverseFn>,
    /// `tp_clear` of the payload.
    pub clear: Option<ClearFn>,
}

impl SlotDefs {
    pub const NONE: SlotDefs = SlotDefs {
        repr: None,
        str: None,
        hash: None,
        unhashable: false,
        richcompare: None,
        getattro: None,
        setattro: None,
        call: None,
        iter: None,
        iternext: None,
        descr_get: None,
        descr_set: None,
        len: None,
        bool: None,
        getitem: None,
        setitem: None,
        contains: None,
        concat: None,
        repeat: None,
        inplace_concat: None,
        inplace_repeat: None,
        number: [None; 2 * NB_BINARY_COUNT],
        pow3: None,
        unary: [None; UNARY_OP_COUNT],
        new: None,
        init: None,
        finalize: None,
        traverse: None,
        clear: None,
    };

    /// Sets binary operator `op` (and, when `inplace`, its in-place form).
    pub const fn with_number(mut self, op: NbOp, f: BinaryFn) -> SlotDefs {
        self.number[op as usize] = Some(f);
        self
    }

    pub const fn with_inplace(mut self, op: NbOp, f: BinaryFn) -> SlotDefs {
        self.number[op as usize + INPLACE_OFFSET] = Some(f);
        self
    }

    pub const fn with_unary(mut self, op: UnaryOp, f: UnaryFn) -> SlotDefs {
        self.unary[op as usize] = Some(f);
        self
    }
}

/// Type flags (CPython's `Py_TPFLAGS_*` where they exist).
pub mod flags {
    pub const HEAPTYPE: u64 = 1 << 9;
    pub const BASETYPE: u64 = 1 << 10;
    pub const READY: u64 = 1 << 12;
    pub const IS_ABSTRACT: u64 = 1 << 20;
    pub const MATCH_SELF: u64 = 1 << 22;
    pub const IMMUTABLETYPE: u64 = 1 << 8;
    pub const SEQUENCE: u64 = 1 << 5;
    pub const MAPPING: u64 = 1 << 6;
    pub const LONG_SUBCLASS: u64 = 1 << 24;
    pub const LIST_SUBCLASS: u64 = 1 << 25;
    pub const TUPLE_SUBCLASS: u64 = 1 << 26;
    pub const BYTES_SUBCLASS: u64 = 1 << 27;
    pub const UNICODE_SUBCLASS: u64 = 1 << 28;
    pub const DICT_SUBCLASS: u64 = 1 << 29;
    pub const BASE_EXC_SUBCLASS: u64 = 1 << 30;
    pub const TYPE_SUBCLASS: u64 = 1 << 31;
    /// Ouro's: the type's instances have a `__dict__` in extra slot 0.
    pub const HAS_DICT: u64 = 1 << 40;
    /// Ouro's `tp_weaklistoffset != 0`: instances may be weakly referenced
    /// (their weak reference lists live in `types::weakref`'s side table).
    pub const WEAKREFABLE: u64 = 1 << 41;
    /// Ouro's: weak references die before `tp_finalize` runs, as
    /// `gen_dealloc` orders it (other types finalize first).
    pub const WEAKREFS_BEFORE_FINALIZE: u64 = 1 << 42;
    /// Instances carry a GC header and are tracked by the cycle collector:
    /// the type declares `traverse` or its instances have extras. Fixed
    /// when the type is made (the header's presence decides the layout).
    pub const HAVE_GC: u64 = 1 << 14;
}

/// The static description of a built-in type.
pub struct TypeSpec {
    /// `tp_name`: dotted for types outside `builtins` (`"types.SimpleNamespace"`).
    pub name: &'static str,
    pub doc: Option<&'static str>,
    pub base: Option<&'static PyObj<TypeObject>>,
    /// The static type whose payload layout this type's instances have.
    pub solid: &'static PyObj<TypeObject>,
    pub flags: u64,
    /// Size of the payload struct plus header (`tp_basicsize`).
    pub basic_size: usize,
    /// Whether instances carry a `__dict__` after the payload.
    pub instance_dict: bool,
    /// Values a type defined outside `objects` keeps per instance after the
    /// payload (and `__dict__`), read with `Value::get_extra`: a layout that
    /// must stay its base's (`defaultdict`'s factory beside a dict).
    pub hidden_slots: usize,
    /// Drops the payload in place; `None` when it owns nothing (see
    /// `core::payload_dropper`).
    pub drop_payload: Option<unsafe fn(*mut crate::core::ObjHeader)>,
    pub slots: SlotDefs,
    pub methods: &'static [MethodDef],
    pub getsets: &'static [GetSetDef],
    /// `tp_vectorcall`: what calling exactly this type does when that
    /// differs from `tp_new` then `tp_init` (CPython's hand-written argument
    /// checks, with their own messages); subclasses do not inherit it.
    pub vectorcall: Option<NewFn>,
}

impl TypeSpec {
    /// Defaults for the fields a declaration leaves out: a subclass of
    /// `object` with no slots, methods or getsets of its own.
    pub const DEFAULT: TypeSpec = TypeSpec {
        name: "",
        doc: None,
        base: Some(&OBJECT_TYPE),
        solid: &OBJECT_TYPE,
        flags: 0,
        basic_size: 0,
        instance_dict: false,
        hidden_slots: 0,
        drop_payload: None,
        slots: SlotDefs::NONE,
        methods: &[],
        getsets: &[],
        vectorcall: None,
    };
}

/// A type object (`PyTypeObject`).
pub struct TypeObject {
    name: RefCell<Cow<'static, str>>,
    qualname: RefCell<Option<Value>>,
    pub spec: Option<&'static TypeSpec>,
    flags: Cell<u64>,
    base: RefCell<Option<TypeRef>>,
    bases: RefCell<Option<Value>>,
    mro: RefCell<Option<Value>>,
    dict: RefCell<Option<Value>>,
    solid: *const PyObj<TypeObject>,
    basic_size: usize,
    /// Byte offset of the extras (`__dict__`, slots) or 0 for none.
    extras_offset: usize,
    extras_len: usize,
    /// Which extra slot holds `__dict__`, for types whose instances have one.
    dict_index: Option<usize>,
    drop_payload: Option<unsafe fn(*mut crate::core::ObjHeader)>,
    version: Cell<u32>,
    /// Direct subclasses (their addresses), for version invalidation.
    subclasses: RefCell<Vec<usize>>,
    pub slots: Slots,
}

/// The live slots: built-in types start from their `SlotDefs`; `ready`
/// inherits; Python classes point them at dunder-calling functions.
pub struct Slots {
    pub repr: Cell<Option<UnaryFn>>,
    pub str: Cell<Option<UnaryFn>>,
    pub hash: Cell<Option<HashFn>>,
    pub richcompare: Cell<Option<RichCompareFn>>,
    pub getattro: Cell<Option<GetAttrFn>>,
    pub setattro: Cell<Option<SetAttrFn>>,
    pub call: Cell<Option<CallFn>>,
    pub iter: Cell<Option<UnaryFn>>,
    pub iternext: Cell<Option<IterNextFn>>,
    pub descr_get: Cell<Option<DescrGetFn>>,
    pub descr_set: Cell<Option<DescrSetFn>>,
    pub len: Cell<Option<LenFn>>,
    pub bool: Cell<Option<BoolFn>>,
    pub getitem: Cell<Option<BinaryFn>>,
    pub setitem: Cell<Option<SetItemFn>>,
    pub contains: Cell<Option<ContainsFn>>,
    pub concat: Cell<Option<BinaryFn>>,
    pub repeat: Cell<Option<RepeatFn>>,
    pub inplace_concat: Cell<Option<BinaryFn>>,
    pub inplace_repeat: Cell<Option<RepeatFn>>,
    pub number: [Cell<Option<BinaryFn>>; 2 * NB_BINARY_COUNT],
    pub pow3: Cell<Option<TernaryFn>>,
    pub unary: [Cell<Option<UnaryFn>>; UNARY_OP_COUNT],
    pub new: Cell<Option<NewFn>>,
    pub init: Cell<Option<InitFn>>,
    pub finalize: Cell<Option<FinalizeFn>>,
    /// Fixed when the type is made (a heap type takes its base's): whether
    /// instances carry a GC header cannot change while any exist.
    pub traverse: Option<TraverseFn>,
    pub clear: Option<ClearFn>,
    /// Bit `i` set: binary slot `i` is a Python class's dunder dispatcher
    /// (CPython tests `slot == slot_nb_*` for this).
    generic_number: Cell<u32>,
}

impl Slots {
    pub fn generic_number_bit(&self, i: usize) -> bool {
        self.generic_number.get() & (1 << i) != 0
    }

    pub fn generic_number_bits(&self) -> u32 {
        self.generic_number.get()
    }

    pub fn set_generic_number_bits(&self, bits: u32) {
        self.generic_number.set(bits);
    }

    const fn from_defs(d: &SlotDefs) -> Slots {
        let mut number = [const { Cell::new(None) }; 2 * NB_BINARY_COUNT];
        let mut i = 0;
        while i < 2 * NB_BINARY_COUNT {
            number[i] = Cell::new(d.number[i]);
            i += 1;
        }
        let mut unary = [const { Cell::new(None) }; UNARY_OP_COUNT];
        let mut j = 0;
        while j < UNARY_OP_COUNT {
            unary[j] = Cell::new(d.unary[j]);
            j += 1;
        }
        Slots {
            repr: Cell::new(d.repr),
            str: Cell::new(d.str),
            hash: Cell::new(d.hash),
            richcompare: Cell::new(d.richcompare),
            getattro: Cell::new(d.getattro),
            setattro: Cell::new(d.setattro),
            call: Cell::new(d.call),
            iter: Cell::new(d.iter),
            iternext: Cell::new(d.iternext),
            descr_get: Cell::new(d.descr_get),
            descr_set: Cell::new(d.descr_set),
            len: Cell::new(d.len),
            bool: Cell::new(d.bool),
            getitem: Cell::new(d.getitem),
            setitem: Cell::new(d.setitem),
            contains: Cell::new(d.contains),
            concat: Cell::new(d.concat),
            repeat: Cell::new(d.repeat),
            inplace_concat: Cell::new(d.inplace_concat),
            inplace_repeat: Cell::new(d.inplace_repeat),
            number,
            pow3: Cell::new(d.pow3),
            unary,
            new: Cell::new(d.new),
            init: Cell::new(d.init),
            finalize: Cell::new(d.finalize),
            traverse: d.traverse,
            clear: d.clear,
            generic_number: Cell::new(0),
        }
    }

    /// Copies every slot this type lacks from `base` (`inherit_slots`).
    fn inherit(&self, base: &Slots, unhashable: bool) {
        fn take<T: Copy>(own: &Cell<Option<T>>, base: &Cell<Option<T>>) {
            if own.get().is_none() {
                own.set(base.get());
            }
        }
        take(&self.repr, &base.repr);
        take(&self.str, &base.str);
        // A type that defines __eq__ but not __hash__ does not inherit
        // __hash__ (CPython's rule); `unhashable` marks that.
        if !unhashable && self.richcompare.get().is_none() {
            take(&self.hash, &base.hash);
        }
        take(&self.richcompare, &base.richcompare);
        take(&self.getattro, &base.getattro);
        take(&self.setattro, &base.setattro);
        take(&self.call, &base.call);
        take(&self.iter, &base.iter);
        take(&self.iternext, &base.iternext);
        take(&self.descr_get, &base.descr_get);
        take(&self.descr_set, &base.descr_set);
        take(&self.len, &base.len);
        take(&self.bool, &base.bool);
        take(&self.getitem, &base.getitem);
        take(&self.setitem, &base.setitem);
        take(&self.contains, &base.contains);
        take(&self.concat, &base.concat);
        take(&self.repeat, &base.repeat);
        take(&self.inplace_concat, &base.inplace_concat);
        take(&self.inplace_repeat, &base.inplace_repeat);
        for (own, b) in self.number.iter().zip(&base.number) {
            take(own, b);
        }
        take(&self.pow3, &base.pow3);
        for (own, b) in self.unary.iter().zip(&base.unary) {
            take(own, b);
        }
        take(&self.new, &base.new);
        take(&self.init, &base.init);
        take(&self.finalize, &base.finalize);
    }
}

impl TypeObject {
    /// The static type object for a built-in type (used in `static`s).
    pub const fn builtin(spec: &'static TypeSpec) -> TypeObject {
        let extras_len = if spec.instance_dict { 1 } else { 0 } + spec.hidden_slots;
        TypeObject {
            name: RefCell::new(Cow::Borrowed(spec.name)),
            qualname: RefCell::new(None),
            spec: Some(spec),
            flags: Cell::new(
                spec.flags
                    | if spec.instance_dict {
                        flags::HAS_DICT
                    } else {
                        0
                    }
                    | if spec.slots.traverse.is_some() || extras_len > 0 {
                        flags::HAVE_GC
                    } else {
                        0
                    },
            ),
            base: RefCell::new(None),
            bases: RefCell::new(None),
            mro: RefCell::new(None),
            dict: RefCell::new(None),
            solid: spec.solid as *const PyObj<TypeObject>,
            basic_size: spec.basic_size + extras_len * 8,
            extras_offset: if extras_len > 0 { spec.basic_size } else { 0 },
            extras_len,
            dict_index: if spec.instance_dict { Some(0) } else { None },
            drop_payload: spec.drop_payload,
            version: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            slots: Slots::from_defs(&spec.slots),
        }
    }

    /// A new heap type (a Python class) laid out as `base`'s solid type
    /// plus `__dict__` (when `with_dict`) and `slot_count` slot values.
    pub fn heap(
        name: &str,
        base: &TypeRef,
        bases: Value,
        dict: Value,
        with_dict: bool,
        slot_count: usize,
    ) -> TypeObject {
        let bp = base.payload();
        let inherits_dict = bp.flags() & flags::HAS_DICT != 0;
        let own_dict = with_dict && !inherits_dict;
        let base_extras = bp.extras_len;
        let payload_end = if bp.extras_offset != 0 {
            bp.extras_offset
        } else {
            bp.basic_size
        };
        let extras_len = base_extras + usize::from(own_dict) + slot_count;
        let mut fl = flags::HEAPTYPE | flags::BASETYPE | (bp.flags() & SUBCLASS_FLAGS);
        if own_dict || inherits_dict {
            fl |= flags::HAS_DICT;
        }
        if bp.flags() & flags::HAVE_GC != 0 || extras_len > 0 {
            fl |= flags::HAVE_GC;
        }
        TypeObject {
            name: RefCell::new(Cow::Owned(name.to_owned())),
            qualname: RefCell::new(None),
            spec: None,
            flags: Cell::new(fl),
            base: RefCell::new(Some(base.clone())),
            bases: RefCell::new(Some(bases)),
            mro: RefCell::new(None),
            dict: RefCell::new(Some(dict)),
            solid: bp.solid,
            basic_size: payload_end + extras_len * 8,
            extras_offset: if extras_len == 0 { 0 } else { payload_end },
            extras_len,
            dict_index: if own_dict {
                Some(base_extras)
            } else {
                bp.dict_index
            },
            drop_payload: bp.drop_payload,
            version: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            slots: Slots::from_defs(&SlotDefs {
                traverse: bp.slots.traverse,
                clear: bp.slots.clear,
                ..SlotDefs::NONE
            }),
        }
    }

    /// `tp_name`.
    pub fn tp_name(&self) -> std::cell::Ref<'_, str> {
        std::cell::Ref::map(self.name.borrow(), |n| n.as_ref())
    }

    /// `__name__`: `tp_name` after its last dot for built-in types.
    pub fn name(&self) -> String {
        let n = self.name.borrow();
        if self.is_heap() {
            n.to_string()
        } else {
            n.rsplit('.').next().unwrap_or(&n).to_string()
        }
    }

    pub fn set_name(&self, name: String) {
        *self.name.borrow_mut() = Cow::Owned(name);
    }

    pub fn qualname(&self) -> Value {
        match &*self.qualname.borrow() {
            Some(q) => q.clone(),
            None => PyStr::new(&self.name()),
        }
    }

    pub fn set_qualname(&self, q: Value) {
        *self.qualname.borrow_mut() = Some(q);
    }

    /// `__module__` of a built-in type.
    pub fn builtin_module(&self) -> Cow<'static, str> {
        match self.spec {
            Some(spec) => match spec.name.rfind('.') {
                Some(i) => Cow::Borrowed(&spec.name[..i]),
                None => Cow::Borrowed("builtins"),
            },
            // A type made at run time and then frozen as built-in
            // (`sys.flags`) keeps its dotted name the same way.
            None => match self.name.borrow().rfind('.') {
                Some(i) => Cow::Owned(self.name.borrow()[..i].to_owned()),
                None => Cow::Borrowed("builtins"),
            },
        }
    }

    pub fn flags(&self) -> u64 {
        self.flags.get()
    }

    pub fn set_flag(&self, flag: u64, on: bool) {
        let f = self.flags.get();
        self.flags.set(if on { f | flag } else { f & !flag });
    }

    /// Whether instances are tracked by the cycle collector (`PyType_IS_GC`).
    pub fn is_gc(&self) -> bool {
        self.flags() & flags::HAVE_GC != 0
    }

    pub fn is_heap(&self) -> bool {
        self.flags() & flags::HEAPTYPE != 0
    }

    pub fn has_instance_dict(&self) -> bool {
        self.flags() & flags::HAS_DICT != 0
    }

    /// The extra slot of instances that holds `__dict__`.
    pub fn dict_index(&self) -> Option<usize> {
        self.dict_index
    }

    pub fn base(&self) -> Option<TypeRef> {
        self.base.borrow().clone()
    }

    pub fn bases(&self) -> Value {
        self.bases.borrow().clone().unwrap_or_else(Tuple::empty)
    }

    pub fn set_bases(&self, bases: Value, base: TypeRef) {
        *self.bases.borrow_mut() = Some(bases);
        *self.base.borrow_mut() = Some(base);
    }

    /// `__mro__` as a tuple of types.
    pub fn mro(&self) -> Value {
        self.mro.borrow().clone().unwrap_or_else(Tuple::empty)
    }

    pub fn set_mro(&self, mro: Value) {
        *self.mro.borrow_mut() = Some(mro);
    }

    /// The type's own namespace dict.
    pub fn dict(&self) -> Value {
        self.dict.borrow().clone().expect("type dict after ready")
    }

    pub(crate) fn solid_is<T: PyPayload>(&self) -> bool {
        std::ptr::eq(self.solid, T::static_type())
    }

    pub fn same_solid(&self, other: &TypeObject) -> bool {
        std::ptr::eq(self.solid, other.solid)
    }

    pub fn basic_size(&self) -> usize {
        self.basic_size
    }

    pub fn extras_offset(&self) -> usize {
        self.extras_offset
    }

    pub fn extras_len(&self) -> usize {
        self.extras_len
    }

    /// Index of the first `__slots__` value among the extras.
    pub fn first_slot_index(&self) -> usize {
        self.extras_len - self.own_slot_count()
    }

    fn own_slot_count(&self) -> usize {
        let base_len = self.base().map_or(0, |b| b.extras_len);
        let own_dict = usize::from(
            self.has_instance_dict() && !self.base().is_some_and(|b| b.has_instance_dict()),
        );
        self.extras_len - base_len - own_dict
    }

    pub(crate) fn drop_payload_fn(&self) -> Option<unsafe fn(*mut crate::core::ObjHeader)> {
        self.drop_payload
    }

    /// `type.__subclasses__()` addresses.
    pub fn subclass_addresses(&self) -> Vec<usize> {
        self.subclasses.borrow().clone()
    }

    pub fn add_subclass(&self, sub: &TypeRef) {
        self.subclasses.borrow_mut().push(sub.value().word());
    }

    pub fn remove_subclass(&self, addr: usize) {
        self.subclasses.borrow_mut().retain(|&a| a != addr);
    }

    /// The version tag as it stands, without assigning one (0 = none): what
    /// an inline cache's guard compares, since a cache never records 0.
    #[inline(always)]
    pub fn current_version(&self) -> u32 {
        self.version.get()
    }

    /// The type's version tag, assigned on first use (0 = none available).
    /// Like `assign_version_tag`, the bases get theirs first: a type with a
    /// version never has a base without one, which is what lets
    /// [`TypeObject::modified`] stop at a type that has none.
    pub fn version(&self) -> u32 {
        let v = self.version.get();
        if v != 0 {
            return v;
        }
        if let Some(bases) = self
            .bases
            .borrow()
            .as_ref()
            .and_then(|b| b.downcast::<Tuple>())
        {
            for base in bases.as_slice() {
                if let Some(b) = base.downcast::<TypeObject>()
                    && b.version() == 0
                {
                    return 0;
                }
            }
        }
        let next = NEXT_VERSION.with(|n| {
            let v = n.get();
            if v == u32::MAX {
                0
            } else {
                n.set(v + 1);
                v
            }
        });
        self.version.set(next);
        next
    }

    /// Invalidates this type's version and its subclasses' (a change to
    /// the type's dict, bases or MRO).
    pub fn modified(&self) {
        if self.version.get() == 0 {
            return;
        }
        self.version.set(0);
        for addr in self.subclass_addresses() {
            if let Some(sub) = crate::core::type_at(addr) {
                sub.modified();
            }
        }
    }

    /// `_PyType_Lookup`: the attribute `name` in the MRO's dicts, through
    /// the global method cache.
    pub fn lookup(&self, name: &Value) -> Option<Value> {
        let version = self.version();
        if version != 0
            && let Some(hit) = method_cache_get(version, name)
        {
            return hit;
        }
        let found = self.lookup_uncached(name);
        if version != 0 {
            method_cache_put(version, name, found.clone());
        }
        found
    }

    fn lookup_uncached(&self, name: &Value) -> Option<Value> {
        let mro = self.mro();
        let mro = mro.downcast::<Tuple>()?;
        for ty in mro.iter() {
            let t = ty.downcast::<TypeObject>()?;
            let dict = t.dict();
            if let Some(v) = dict.downcast::<Dict>().and_then(|d| d.get_str(name)) {
                return Some(v);
            }
        }
        None
    }

    /// `lookup` by a Rust string.
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        self.lookup(&intern(name))
    }

    /// Whether `self` is `other` or a subtype (MRO membership).
    pub fn is_subtype(&self, other: &TypeObject) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        let mro = self.mro();
        match mro.downcast::<Tuple>() {
            Some(t) => t.iter().any(|ty| {
                ty.downcast::<TypeObject>()
                    .is_some_and(|t| std::ptr::eq(t, other))
            }),
            None => self.base().is_some_and(|b| b.is_subtype(other)),
        }
    }
}

/// `type_traverse` (heap types only are tracked): the namespace, MRO,
/// bases and qualified name.
pub fn type_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let Some(t) = v.downcast::<TypeObject>() else {
        return;
    };
    for field in [&t.qualname, &t.bases, &t.mro, &t.dict] {
        crate::gc::visit_optional(field, visit);
    }
    if let Ok(base) = t.base.try_borrow()
        && let Some(b) = base.as_ref()
    {
        visit(b.value());
    }
}

/// `type_clear`: empties the namespace and drops the MRO (which holds the
/// type itself); the type stays valid, with no attributes of its own.
pub fn type_clear(v: &Value) {
    let Some(t) = v.downcast::<TypeObject>() else {
        return;
    };
    t.modified();
    let dict = t.dict.try_borrow().ok().and_then(|d| d.clone());
    if let Some(d) = dict {
        crate::dict::dict_tp_clear(&d);
    }
    crate::gc::clear_optional(&t.mro);
}

impl Drop for TypeObject {
    fn drop(&mut self) {
        let addr = crate::core::object_address(self);
        if let Some(bases) = self.bases.get_mut().take()
            && let Some(t) = bases.downcast::<Tuple>()
        {
            for b in t.iter() {
                if let Some(bt) = b.downcast::<TypeObject>() {
                    bt.remove_subclass(addr);
                }
            }
        }
    }
}

/// Flags a subclass inherits from its base.
const SUBCLASS_FLAGS: u64 = flags::LONG_SUBCLASS
    | flags::LIST_SUBCLASS
    | flags::TUPLE_SUBCLASS
    | flags::BYTES_SUBCLASS
    | flags::UNICODE_SUBCLASS
    | flags::DICT_SUBCLASS
    | flags::BASE_EXC_SUBCLASS
    | flags::TYPE_SUBCLASS
    | flags::SEQUENCE
    | flags::MAPPING
    | flags::WEAKREFABLE;

crate::gil_shared! {
    static NEXT_VERSION: Cell<u32> = const { Cell::new(1) };
    /// Filled on first store; a constant initializer keeps every access
    /// free of lazy-initialization checks.
    static METHOD_CACHE: RefCell<Vec<(u32, usize, Option<Value>)>> =
        const { RefCell::new(Vec::new()) };
}

const METHOD_CACHE_SIZE: usize = 4096;

fn method_cache_slot(version: u32, name: &Value) -> usize {
    ((version as usize) ^ (name.word() >> 3)) & (METHOD_CACHE_SIZE - 1)
}

fn method_cache_get(version: u32, name: &Value) -> Option<Option<Value>> {
    let i = method_cache_slot(version, name);
    // A lookup from a finalizer run while the cache is being replaced misses.
    METHOD_CACHE.with(|c| {
        let c = c.try_borrow().ok()?;
        let (v, n, found) = c.get(i)?;
        (*v == version && *n == name.word()).then(|| found.clone())
    })
}

fn method_cache_put(version: u32, name: &Value, found: Option<Value>) {
    // Only interned names are cached: their address is their identity.
    if !name.downcast::<PyStr>().is_some_and(|s| s.is_interned()) {
        return;
    }
    let i = method_cache_slot(version, name);
    let old = METHOD_CACHE.with(|c| {
        let mut c = c.try_borrow_mut().ok()?;
        if c.is_empty() {
            c.resize(METHOD_CACHE_SIZE, (0, 0, None));
        }
        Some(std::mem::replace(&mut c[i], (version, name.word(), found)))
    });
    drop(old);
}

/// Empties the method cache (`_PyType_ClearCache`): the collector does it
/// before a full collection, because the cache's strong references to
/// what it found would make those objects (and their cycles) look
/// referenced from outside.
pub fn clear_method_cache() {
    let old = METHOD_CACHE.with(|c| c.try_borrow_mut().ok().map(|mut c| std::mem::take(&mut *c)));
    drop(old);
}

/// C3 linearization of `bases` for a new type (`mro_internal`).
pub fn c3_mro(ty: &Value, bases: &[TypeRef]) -> PyResult<Vec<Value>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|earlier| earlier.is(b)) {
            return Err(PyErr::new(
                &exceptions::TYPE_ERROR,
                format!("duplicate base class {}", b.name()),
            ));
        }
    }
    let mut seqs: Vec<Vec<Value>> = Vec::new();
    for b in bases {
        let mro = b.mro();
        seqs.push(
            mro.downcast::<Tuple>()
                .map(|t| t.to_vec())
                .unwrap_or_default(),
        );
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|earlier| earlier.is(b)) {
            return Err(PyErr::new(
                &exceptions::TYPE_ERROR,
                format!("duplicate base class {}", b.name()),
            ));
        }
    }
    seqs.push(bases.iter().map(|b| b.value().clone()).collect());
    let mut result = vec![ty.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let candidate = seqs
            .iter()
            .map(|s| &s[0])
            .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| x.is(c))));
        let Some(next) = candidate.cloned() else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0]
                    .downcast::<TypeObject>()
                    .map(|t| t.name())
                    .unwrap_or_default();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(PyErr::new(
                &exceptions::TYPE_ERROR,
                format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                ),
            ));
        };
        result.push(next.clone());
        for s in &mut seqs {
            if s[0].is(&next) {
                s.remove(0);
            }
        }
    }
}

/// `PyType_Ready` for a static built-in type: MRO, dict with methods,
/// getsets and slot wrappers, and inherited slots. Idempotent.
pub fn ready(ty: &'static PyObj<TypeObject>) {
    let tp = ty.payload();
    if tp.flags() & flags::READY != 0 {
        return;
    }
    tp.set_flag(flags::READY, true);
    let spec = tp.spec.expect("ready() is for built-in types");
    let type_ref = TypeRef::from_static(ty);
    let base = spec.base.map(|b| {
        ready(b);
        TypeRef::from_static(b)
    });
    let bases = match &base {
        Some(b) => Tuple::new(vec![b.value().clone()]),
        None => Tuple::empty(),
    };
    *tp.bases.borrow_mut() = Some(bases);
    *tp.base.borrow_mut() = base.clone();
    let mut mro = vec![type_ref.value().clone()];
    if let Some(b) = &base {
        mro.extend(
            b.mro()
                .downcast::<Tuple>()
                .map(|t| t.to_vec())
                .unwrap_or_default(),
        );
        b.add_subclass(&type_ref);
    }
    *tp.mro.borrow_mut() = Some(Tuple::new(mro));
    let dict = Dict::new_value();
    *tp.dict.borrow_mut() = Some(dict.clone());
    let d = dict.downcast::<Dict>().expect("dict");
    // `type_ready_set_new` runs before `type_ready_fill_dict`.
    if spec.slots.new.is_some() {
        d.set_str(
            "__new__",
            descr::bind_builtin(&TP_NEW_DEF, type_ref.value().clone()),
        );
    }
    descr::add_slot_wrappers(&type_ref, &spec.slots, d);
    for m in spec.methods {
        d.set_str(m.name, descr::method_descriptor(&type_ref, m));
    }
    for g in spec.getsets {
        d.set_str(g.name, descr::getset_descriptor(&type_ref, g));
    }
    // A type whose instances carry their own `__doc__` (functions,
    // properties) keeps that getset; `type.__doc__` reads `spec.doc`.
    if d.get_str(&intern("__doc__")).is_none() {
        let doc = match spec.doc {
            Some(doc) => PyStr::new(descr::doc_body(doc)),
            None => crate::none::none(),
        };
        d.set_str("__doc__", doc);
    }
    if spec.slots.unhashable {
        d.set_str("__hash__", crate::none::none());
    }
    if let Some(b) = &base {
        tp.slots.inherit(
            &b.slots,
            spec.slots.unhashable
                || (spec.slots.richcompare.is_some() && spec.slots.hash.is_none()),
        );
        let inherited_flags = b.flags() & SUBCLASS_FLAGS;
        tp.set_flag(inherited_flags, true);
        // A built-in type straight under `object` without its own `__new__`
        // cannot be instantiated (`type_ready_set_new`'s
        // Py_TPFLAGS_DISALLOW_INSTANTIATION).
        if spec.slots.new.is_none() && b.is_static(&OBJECT_TYPE) {
            tp.slots.new.set(None);
        }
    }
}

static TP_NEW_DEF: MethodDef = MethodDef::new(
    "__new__",
    tp_new_wrapper,
    "__new__($type, *args, **kwargs)\n--\n\nCreate and return a new object.  See help(type) for accurate signature.",
);

/// `tp_new_wrapper`: `T.__new__(S, ...)` checks `S` is a subtype of `T`
/// and calls `T`'s own `tp_new`.
fn tp_new_wrapper(owner: &Value, args: crate::args::Args) -> PyResult {
    let owner_t = TypeRef::from_value(owner).expect("bound to a type");
    let Some(first) = args
        .values
        .first()
        .filter(|_| !args.positional().is_empty())
    else {
        return Err(PyErr::new(
            &exceptions::TYPE_ERROR,
            format!("{}.__new__(): not enough arguments", owner_t.name()),
        ));
    };
    let Some(sub) = TypeRef::from_value(first) else {
        return Err(PyErr::new(
            &exceptions::TYPE_ERROR,
            format!(
                "{}.__new__(X): X is not a type object ({})",
                owner_t.name(),
                crate::protocol::type_name(first)
            ),
        ));
    };
    if !sub.is_subtype(&owner_t) {
        return Err(PyErr::new(
            &exceptions::TYPE_ERROR,
            format!(
                "{}.__new__({}): {} is not a subtype of {}",
                owner_t.name(),
                sub.name(),
                sub.name(),
                owner_t.name()
            ),
        ));
    }
    // `object.__new__(int)` would build the wrong layout: the nearest
    // built-in base of `sub` must use this very `__new__`.
    let mut static_base = sub.clone();
    while static_base.is_heap() {
        match static_base.base() {
            Some(b) => static_base = b,
            None => break,
        }
    }
    let new = owner_t.slots.new.get().expect("type with __new__");
    if static_base.slots.new.get().map(|f| f as usize) != Some(new as usize) {
        return Err(PyErr::new(
            &exceptions::TYPE_ERROR,
            format!(
                "{}.__new__({}) is not safe, use {}.__new__()",
                owner_t.name(),
                sub.name(),
                static_base.name()
            ),
        ));
    }
    new(&sub, &args.values[1..], args.kwnames)
}

/// The type of a static type object's instances, for `PyPayload` impls.
#[macro_export]
macro_rules! payload_of {
    ($payload:ty, $ty:path) => {
        // SAFETY: `$ty`'s spec has `solid: &$ty` and `drop_payload::<$payload>`.
        unsafe impl $crate::core::PyPayload for $payload {
            fn static_type() -> &'static $crate::core::PyObj<$crate::typeobj::TypeObject> {
                &$ty
            }
        }
    };
}

/// Declares a built-in type: `builtin_type!(pub static LIST_TYPE: List = TypeSpec { .. })`
/// fills in the layout fields (`solid`, `basic_size`, `drop_payload`) from the
/// payload type and implements `PyPayload`. Types sharing another type's
/// layout use `builtin_subtype!`.
#[macro_export]
macro_rules! builtin_type {
    ($vis:vis static $ty:ident: $payload:ty = TypeSpec { $($field:ident: $value:expr,)* ..TypeSpec::DEFAULT }) => {
        #[allow(clippy::needless_update)]
        $vis static $ty: $crate::core::PyObj<$crate::typeobj::TypeObject> = $crate::core::PyObj::immortal(
            &$crate::typeobj::TYPE_TYPE,
            $crate::typeobj::TypeObject::builtin(&$crate::typeobj::TypeSpec {
                solid: &$ty,
                basic_size: ::std::mem::size_of::<$crate::core::PyObj<$payload>>(),
                drop_payload: $crate::core::payload_dropper::<$payload>(),
                $($field: $value,)*
                ..$crate::typeobj::TypeSpec::DEFAULT
            }),
        );
        $crate::payload_of!($payload, $ty);
    };
}

/// Declares a built-in type whose instances have the layout of `$solid`'s
/// payload `$payload` (e.g. every exception class without its own fields).
#[macro_export]
macro_rules! builtin_subtype {
    ($vis:vis static $ty:ident: $payload:ty as $solid:path = TypeSpec { $($field:ident: $value:expr,)* ..TypeSpec::DEFAULT }) => {
        #[allow(clippy::needless_update)]
        $vis static $ty: $crate::core::PyObj<$crate::typeobj::TypeObject> = $crate::core::PyObj::immortal(
            &$crate::typeobj::TYPE_TYPE,
            $crate::typeobj::TypeObject::builtin(&$crate::typeobj::TypeSpec {
                solid: &$solid,
                basic_size: ::std::mem::size_of::<$crate::core::PyObj<$payload>>(),
                drop_payload: $crate::core::payload_dropper::<$payload>(),
                $($field: $value,)*
                ..$crate::typeobj::TypeSpec::DEFAULT
            }),
        );
    };
}

pub use crate::types::object::OBJECT_TYPE;
pub use crate::types::typetype::TYPE_TYPE;
