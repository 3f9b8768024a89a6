//! CPython 3.14's instruction set, derived from the one table in `table.rs`
//! (mirrors `Lib/_opcode_metadata.py` and `Include/internal/pycore_opcode_metadata.h`).
//!
//! `define_instructions!` turns the table's rows into the `Opcode` enum (real
//! instructions: one byte), the `PseudoOpcode` enum (numbers >= 256, used only
//! inside the compiler), the inline-cache layout structs, and every per-opcode
//! query: names, flags, stack effects, cache sizes, families and their
//! specializations, `deopt()`, the instrumented twins and what each
//! pseudo-instruction becomes. `AnyOpcode` joins both enums for the compiler
//! and carries its predicates (`pycore_opcode_utils.h`).

mod table;

pub use table::{
    BinaryOpCache, CallCache, CounterCache, LoadAttrCache, LoadGlobalCache, Opcode, PseudoOpcode,
    StoreAttrCache, ToBoolCache,
};

/// `HAVE_ARGUMENT` of `_opcode_metadata.py`: generic opcodes above it take an argument.
pub const HAVE_ARGUMENT: u8 = 43;
/// `MIN_INSTRUMENTED_OPCODE` of `_opcode_metadata.py`.
pub const MIN_INSTRUMENTED_OPCODE: u8 = 234;

/// The flags `_opcode.has_*` reports, as a bit set.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Flags(u8);

impl Flags {
    /// `_opcode.has_arg`: the instruction uses its oparg.
    pub const ARG: Flags = Flags(1);
    /// `_opcode.has_const`: the oparg indexes `co_consts`.
    pub const CONST: Flags = Flags(1 << 1);
    /// `_opcode.has_name`: the oparg (possibly shifted) indexes `co_names`.
    pub const NAME: Flags = Flags(1 << 2);
    /// `_opcode.has_jump`: the oparg is a relative jump.
    pub const JUMP: Flags = Flags(1 << 3);
    /// `_opcode.has_free`: the oparg indexes cell and free variables.
    pub const FREE: Flags = Flags(1 << 4);
    /// `_opcode.has_local`: the oparg indexes local variables.
    pub const LOCAL: Flags = Flags(1 << 5);
    /// `_opcode.has_exc`: a block-push pseudo-instruction whose oparg is a handler.
    pub const EXC: Flags = Flags(1 << 6);
    /// No flag.
    pub const NONE: Flags = Flags(0);

    /// The union of two flag sets.
    pub const fn union(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }

    /// Whether every flag of `other` is set.
    pub const fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }
}

/// One named field of an inline cache, as `dis._cache_format` lists it.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct CacheField {
    /// The field's name (`counter`, `version`, ...).
    pub name: &'static str,
    /// Its size in 16-bit code units.
    pub size: usize,
}

/// Defines the inline-cache layout structs: one `#[repr(C)]` struct of `u16`
/// arrays per layout, so `offset_of!(Layout, field) / 2` is a field's index in
/// code units, plus the `FIELDS` list `dis._cache_format` shows.
macro_rules! define_caches {
    ($( $(#[$doc:meta])* $cache:ident { $( $field:ident : $size:literal ),* $(,)? } )*) => {
        $(
            $(#[$doc])*
            #[repr(C)]
            #[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
            pub struct $cache {
                $( #[doc = concat!("`", stringify!($field), "`: ", stringify!($size), " code unit(s).")]
                   pub $field: [u16; $size], )*
            }

            impl $cache {
                /// The fields in code order, as `dis._cache_format` lists them.
                pub const FIELDS: &'static [CacheField] =
                    &[ $( CacheField { name: stringify!($field), size: $size } ),* ];
                /// The number of code units the cache occupies after its instruction.
                pub const SIZE: usize = 0 $( + $size )*;
            }

            const _: () = assert!(core::mem::size_of::<$cache>() == 2 * $cache::SIZE);
        )*
    };
}

/// Expands the instruction table (see `table.rs` for the row format).
macro_rules! define_instructions {
    (
        real {
            $(
                $name:ident = $num:literal [$($flag:ident),*] |$arg:tt| ($pop:expr, $push:expr)
                $( cache $cache:ident )?
                $( instrumented $iname:ident = $inum:literal [$($iflag:ident),*] )?
                $( family { $( $sname:ident = $snum:literal [$($sflag:ident),*] ),* $(,)? } )?
                ;
            )*
        }
        pseudo {
            $(
                $pname:ident = $pnum:literal [$($pflag:ident),*] |$parg:tt| ($ppop:expr, $ppush:expr)
                => $pkind:ident [$($ptarget:ident),*];
            )*
        }
    ) => {
        /// A real CPython 3.14 instruction: generic, specialized or instrumented.
        /// Variants carry CPython's names so code, `dis` output and CPython's
        /// sources can be read side by side.
        #[allow(non_camel_case_types)]
        #[repr(u8)]
        #[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        pub enum Opcode {
            $(
                #[doc = concat!("`", stringify!($name), "` (", stringify!($num), ").")]
                $name = $num,
                $( #[doc = concat!("`", stringify!($iname), "` (", stringify!($inum),
                                   "): instrumented `", stringify!($name), "`.")]
                   $iname = $inum, )?
                $( $( #[doc = concat!("`", stringify!($sname), "` (", stringify!($snum),
                                      "): specialization of `", stringify!($name), "`.")]
                      $sname = $snum, )* )?
            )*
        }

        /// A pseudo-instruction of CPython 3.14's compiler (numbers >= 256): it
        /// never appears in `co_code`; the assembler replaces it by real ones.
        #[allow(non_camel_case_types)]
        #[repr(u16)]
        #[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        pub enum PseudoOpcode {
            $(
                #[doc = concat!("`", stringify!($pname), "` (", stringify!($pnum), ").")]
                $pname = $pnum,
            )*
        }

        impl Opcode {
            /// Every real opcode, in table order.
            pub const ALL: &'static [Opcode] = &[
                $( Self::$name, $( Self::$iname, )? $( $( Self::$sname, )* )? )*
            ];


            /// CPython's name for the opcode (`dis.opname`).
            pub const fn name(self) -> &'static str {
                match self {
                    $(
                        Self::$name => stringify!($name),
                        $( Self::$iname => stringify!($iname), )?
                        $( $( Self::$sname => stringify!($sname), )* )?
                    )*
                }
            }

            /// The flags written in the opcode's row (read once, into [`ByNumber`]).
            pub(super) const fn row_flags(self) -> Flags {
                match self {
                    $(
                        Self::$name => Flags::NONE $( .union(Flags::$flag) )*,
                        $( Self::$iname => Flags::NONE $( .union(Flags::$iflag) )*, )?
                        $( $( Self::$sname => Flags::NONE $( .union(Flags::$sflag) )*, )* )?
                    )*
                }
            }

            /// The family a row belongs to (read once, into [`ByNumber`]).
            pub(super) const fn row_deopt(self) -> Opcode {
                match self {
                    $( $( $( Self::$sname => Self::$name, )* )? )*
                    other => other,
                }
            }

            /// The specializations of a family's generic instruction, in the
            /// order of `_opcode_metadata._specializations`; empty for others.
            pub const fn specializations(self) -> &'static [Opcode] {
                match self {
                    $( $( Self::$name => &[ $( Self::$sname ),* ], )? )*
                    _ => &[],
                }
            }

            /// The `INSTRUMENTED_*` form that `sys.monitoring` swaps in.
            pub const fn instrumented(self) -> Option<Opcode> {
                match self {
                    $( $( Self::$name => Some(Self::$iname), )? )*
                    _ => None,
                }
            }

            /// The instruction an `INSTRUMENTED_*` twin stands for (CPython's
            /// `DE_INSTRUMENT`); `None` for `INSTRUMENTED_LINE`,
            /// `INSTRUMENTED_INSTRUCTION` (which keep the original aside) and
            /// every uninstrumented opcode.
            pub const fn uninstrumented(self) -> Option<Opcode> {
                match self {
                    $( $( Self::$iname => Some(Self::$name), )? )*
                    _ => None,
                }
            }

            /// The inline-cache layout written in the row of a generic opcode.
            pub(super) const fn own_cache_fields(self) -> &'static [CacheField] {
                match self {
                    $( $( Self::$name => $cache::FIELDS, )? )*
                    _ => &[],
                }
            }

            /// (popped, pushed) for this oparg (`_PyOpcode_num_popped`,
            /// `_PyOpcode_num_pushed`). Specializations and instrumented twins
            /// share their generic form's row.
            #[allow(unused_variables, clippy::identity_op, clippy::erasing_op)]
            pub(super) const fn stack(self, oparg: i64) -> (i64, i64) {
                match self {
                    $(
                        Self::$name $( | Self::$iname )? $( $( | Self::$sname )* )? => {
                            let $arg = oparg;
                            ($pop, $push)
                        }
                    )*
                }
            }
        }

        impl PseudoOpcode {
            /// Every pseudo-opcode, in table order.
            pub const ALL: &'static [PseudoOpcode] = &[ $( Self::$pname, )* ];


            /// CPython's name for the pseudo-opcode.
            pub const fn name(self) -> &'static str {
                match self {
                    $( Self::$pname => stringify!($pname), )*
                }
            }

            /// The `_opcode.has_*` flags.
            pub const fn flags(self) -> Flags {
                match self {
                    $( Self::$pname => Flags::NONE $( .union(Flags::$pflag) )*, )*
                }
            }

            /// The real instructions the assembler replaces it by.
            pub const fn targets(self) -> PseudoTargets {
                match self {
                    $( Self::$pname => PseudoTargets::$pkind(&[ $( Opcode::$ptarget ),* ]), )*
                }
            }

            /// (popped, pushed) when the jump (if any) is taken.
            #[allow(unused_variables, clippy::identity_op)]
            pub(super) const fn stack(self, oparg: i64) -> (i64, i64) {
                match self {
                    $( Self::$pname => { let $parg = oparg; ($ppop, $ppush) } )*
                }
            }
        }
    };
}

use define_caches;
use define_instructions;

/// The number of the first pseudo-instruction; they are numbered without gaps from here.
const FIRST_PSEUDO_OPCODE: u16 = 256;

/// What the per-instruction queries read for one opcode number. The tables
/// below are filled at compile time from the rows, so `from_u8`, `flags`,
/// `deopt` and `cache_entries` are one indexed load each, cheap enough for
/// the compiler's and the interpreter's inner loops.
#[derive(Copy, Clone)]
struct NumberInfo {
    opcode: Option<Opcode>,
    flags: Flags,
    /// The family's generic opcode (the opcode itself outside families).
    deopt: Opcode,
    cache_entries: u8,
}

const BY_NUMBER: [NumberInfo; 256] = {
    let mut table = [NumberInfo {
        opcode: None,
        flags: Flags::NONE,
        deopt: Opcode::CACHE,
        cache_entries: 0,
    }; 256];
    let mut i = 0;
    while i < Opcode::ALL.len() {
        let op = Opcode::ALL[i];
        let fields = op.cache_fields();
        let mut cache_entries = 0;
        let mut f = 0;
        while f < fields.len() {
            cache_entries += fields[f].size;
            f += 1;
        }
        assert!(cache_entries <= u8::MAX as usize);
        table[op as usize] = NumberInfo {
            opcode: Some(op),
            flags: op.row_flags(),
            deopt: op.row_deopt(),
            cache_entries: cache_entries as u8,
        };
        i += 1;
    }
    table
};

const PSEUDO_BY_NUMBER: [Option<PseudoOpcode>; PseudoOpcode::ALL.len()] = {
    let mut table = [None; PseudoOpcode::ALL.len()];
    let mut i = 0;
    while i < PseudoOpcode::ALL.len() {
        let op = PseudoOpcode::ALL[i];
        let index = (op as u16 - FIRST_PSEUDO_OPCODE) as usize;
        assert!(index < table.len() && table[index].is_none());
        table[index] = Some(op);
        i += 1;
    }
    table
};

impl PseudoOpcode {
    /// The pseudo-opcode with this number, if CPython 3.14 defines one.
    #[inline]
    pub const fn from_u16(number: u16) -> Option<PseudoOpcode> {
        let index = number.wrapping_sub(FIRST_PSEUDO_OPCODE) as usize;
        if index < PSEUDO_BY_NUMBER.len() {
            PSEUDO_BY_NUMBER[index]
        } else {
            None
        }
    }
}

impl Opcode {
    /// The opcode's number in `co_code`.
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// The opcode with this number, if CPython 3.14 defines one.
    #[inline]
    pub const fn from_u8(number: u8) -> Option<Opcode> {
        BY_NUMBER[number as usize].opcode
    }

    /// The `_opcode.has_*` flags.
    #[inline]
    pub const fn flags(self) -> Flags {
        BY_NUMBER[self as usize].flags
    }

    /// The generic instruction a specialized one stands for
    /// (`_PyOpcode_Deopt`); every other opcode is its own.
    #[inline]
    pub const fn deopt(self) -> Opcode {
        BY_NUMBER[self as usize].deopt
    }

    /// The opcode called `name`, if any (`dis.opmap` plus specializations).
    pub fn from_name(name: &str) -> Option<Opcode> {
        Opcode::ALL.iter().copied().find(|op| op.name() == name)
    }

    /// Whether this is a specialized form of a family's generic instruction.
    pub const fn is_specialized(self) -> bool {
        self.deopt() as u8 != self as u8
    }

    /// Whether this is an `INSTRUMENTED_*` opcode (CPython: at or above
    /// `MIN_INSTRUMENTED_OPCODE`, except `ENTER_EXECUTOR`).
    pub const fn is_instrumented(self) -> bool {
        self as u8 >= MIN_INSTRUMENTED_OPCODE && !matches!(self, Opcode::ENTER_EXECUTOR)
    }

    /// The inline-cache layout following the instruction (`dis._cache_format`).
    /// Specializations and instrumented twins share their base's.
    pub const fn cache_fields(self) -> &'static [CacheField] {
        match self.uninstrumented() {
            Some(base) => base.own_cache_fields(),
            None => self.row_deopt().own_cache_fields(),
        }
    }

    /// Number of inline cache code units after the instruction
    /// (`_PyOpcode_Caches`, `_inline_cache_entries`): the sum of `cache_fields`.
    #[inline]
    pub const fn cache_entries(self) -> usize {
        BY_NUMBER[self as usize].cache_entries as usize
    }

    /// `_opcode.has_arg`.
    pub const fn has_arg(self) -> bool {
        self.flags().contains(Flags::ARG)
    }
    /// `_opcode.has_const`.
    pub const fn has_const(self) -> bool {
        self.flags().contains(Flags::CONST)
    }
    /// `_opcode.has_name`.
    pub const fn has_name(self) -> bool {
        self.flags().contains(Flags::NAME)
    }
    /// `_opcode.has_jump`.
    pub const fn has_jump(self) -> bool {
        self.flags().contains(Flags::JUMP)
    }
    /// `_opcode.has_free`.
    pub const fn has_free(self) -> bool {
        self.flags().contains(Flags::FREE)
    }
    /// `_opcode.has_local`.
    pub const fn has_local(self) -> bool {
        self.flags().contains(Flags::LOCAL)
    }

    /// Whether a relative jump argument counts backwards from the next
    /// instruction (dis's `_is_backward_jump`; `END_ASYNC_FOR` has a backward
    /// "target" too).
    pub const fn is_backward_jump(self) -> bool {
        matches!(
            self.deopt(),
            Opcode::JUMP_BACKWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT | Opcode::END_ASYNC_FOR
        )
    }

    /// Values popped for this oparg (`_PyOpcode_num_popped`).
    ///
    /// Specializations and instrumented twins report their generic form's
    /// effect: the observable one the compiler and the JIT's stack model use.
    /// (CPython's header records 0 pushed for specializations that push a
    /// frame, because the result arrives when that frame returns.)
    pub const fn num_popped(self, oparg: u32) -> i64 {
        self.stack(oparg as i64).0
    }

    /// Values pushed for this oparg (`_PyOpcode_num_pushed`); see `num_popped`.
    pub const fn num_pushed(self, oparg: u32) -> i64 {
        self.stack(oparg as i64).1
    }
}

/// What a pseudo-instruction becomes in `co_code` (`_PyOpcode_PseudoTargets`).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum PseudoTargets {
    /// Exactly one of these instructions (e.g. a forward or backward jump).
    OneOf(&'static [Opcode]),
    /// All of these instructions in order (`JUMP_IF_*` is `COPY 1`, `TO_BOOL`,
    /// `POP_JUMP_IF_*`).
    Sequence(&'static [Opcode]),
}

impl PseudoTargets {
    /// The instructions named.
    pub const fn opcodes(self) -> &'static [Opcode] {
        match self {
            PseudoTargets::OneOf(ops) | PseudoTargets::Sequence(ops) => ops,
        }
    }
}

/// Any opcode the compiler handles: a real one or a pseudo-instruction.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum AnyOpcode {
    /// An instruction that appears in `co_code`.
    Real(Opcode),
    /// A compiler-only pseudo-instruction.
    Pseudo(PseudoOpcode),
}

impl From<Opcode> for AnyOpcode {
    fn from(op: Opcode) -> AnyOpcode {
        AnyOpcode::Real(op)
    }
}

impl From<PseudoOpcode> for AnyOpcode {
    fn from(op: PseudoOpcode) -> AnyOpcode {
        AnyOpcode::Pseudo(op)
    }
}

impl AnyOpcode {
    /// The opcode with CPython's number `number` (as `_opcode` takes it).
    #[inline]
    pub const fn from_number(number: u32) -> Option<AnyOpcode> {
        if number < 256 {
            match Opcode::from_u8(number as u8) {
                Some(op) => Some(AnyOpcode::Real(op)),
                None => None,
            }
        } else if number <= u16::MAX as u32 {
            match PseudoOpcode::from_u16(number as u16) {
                Some(op) => Some(AnyOpcode::Pseudo(op)),
                None => None,
            }
        } else {
            None
        }
    }

    /// CPython's number for the opcode.
    pub const fn number(self) -> u16 {
        match self {
            AnyOpcode::Real(op) => op as u16,
            AnyOpcode::Pseudo(op) => op as u16,
        }
    }

    /// CPython's name for the opcode.
    pub const fn name(self) -> &'static str {
        match self {
            AnyOpcode::Real(op) => op.name(),
            AnyOpcode::Pseudo(op) => op.name(),
        }
    }

    /// The `_opcode.has_*` flags.
    pub const fn flags(self) -> Flags {
        match self {
            AnyOpcode::Real(op) => op.flags(),
            AnyOpcode::Pseudo(op) => op.flags(),
        }
    }

    /// (popped, pushed) for this oparg; for block-push pseudo-instructions,
    /// the effect on the path to the handler.
    pub const fn stack(self, oparg: u32) -> (i64, i64) {
        match self {
            AnyOpcode::Real(op) => op.stack(oparg as i64),
            AnyOpcode::Pseudo(op) => op.stack(oparg as i64),
        }
    }

    /// The net stack effect, as `_opcode.stack_effect(op, oparg, jump=...)`:
    /// `jump` is `Some(true)` for the branch taken, `Some(false)` for the
    /// fall-through, `None` for the maximum of both. `None` where CPython
    /// raises `ValueError` (specialized opcodes).
    pub const fn stack_effect(self, oparg: u32, jump: Option<bool>) -> Option<i64> {
        if let AnyOpcode::Real(op) = self
            && op.is_specialized()
        {
            return None;
        }
        // A block push (SETUP_*) only changes the stack on the way to its
        // handler (CPython: IS_BLOCK_PUSH_OPCODE in get_stack_effects).
        if self.flags().contains(Flags::EXC) && matches!(jump, Some(false)) {
            return Some(0);
        }
        let (popped, pushed) = self.stack(oparg);
        Some(pushed - popped)
    }
}

/// The compiler's predicates over opcodes (`Include/internal/pycore_opcode_utils.h`).
impl AnyOpcode {
    /// `IS_BLOCK_PUSH_OPCODE`: `SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH`.
    pub const fn is_block_push(self) -> bool {
        self.flags().contains(Flags::EXC)
    }

    /// `HAS_TARGET`: a jump or a block push; its oparg names a label.
    pub const fn has_target(self) -> bool {
        self.flags().contains(Flags::JUMP) || self.is_block_push()
    }

    /// `IS_UNCONDITIONAL_JUMP_OPCODE`.
    pub const fn is_unconditional_jump(self) -> bool {
        matches!(
            self,
            AnyOpcode::Pseudo(PseudoOpcode::JUMP | PseudoOpcode::JUMP_NO_INTERRUPT)
                | AnyOpcode::Real(
                    Opcode::JUMP_FORWARD
                        | Opcode::JUMP_BACKWARD
                        | Opcode::JUMP_BACKWARD_NO_INTERRUPT
                )
        )
    }

    /// `IS_CONDITIONAL_JUMP_OPCODE`: the `POP_JUMP_IF_*` family.
    pub const fn is_conditional_jump(self) -> bool {
        matches!(
            self,
            AnyOpcode::Real(
                Opcode::POP_JUMP_IF_FALSE
                    | Opcode::POP_JUMP_IF_TRUE
                    | Opcode::POP_JUMP_IF_NONE
                    | Opcode::POP_JUMP_IF_NOT_NONE
            )
        )
    }

    /// `IS_SCOPE_EXIT_OPCODE`: control never falls through.
    pub const fn is_scope_exit(self) -> bool {
        matches!(
            self,
            AnyOpcode::Real(Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE)
        )
    }

    /// `IS_TERMINATOR_OPCODE`: must end its basic block.
    pub const fn is_terminator(self) -> bool {
        self.flags().contains(Flags::JUMP) || self.is_scope_exit()
    }

    /// `IS_ASSEMBLER_OPCODE`: emitted only by the assembler, never by codegen.
    pub const fn is_assembler_only(self) -> bool {
        matches!(
            self,
            AnyOpcode::Real(
                Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT
            )
        )
    }
}

/// `_opcode.stack_effect(opcode, oparg, jump=jump)`: `None` where CPython
/// raises `ValueError` (unknown or specialized opcode).
pub const fn stack_effect(opcode: u32, oparg: u32, jump: Option<bool>) -> Option<i64> {
    match AnyOpcode::from_number(opcode) {
        Some(op) => op.stack_effect(oparg, jump),
        None => None,
    }
}

// Compile-time checks of the table's invariants.
const _: () = {
    assert!(core::mem::size_of::<Opcode>() == 1);
    assert!(core::mem::size_of::<Option<Opcode>>() == 1);
    let mut i = 0;
    while i < Opcode::ALL.len() {
        let op = Opcode::ALL[i];
        // A family shares one cache layout.
        assert!(op.cache_entries() == op.deopt().cache_entries());
        // Specializations are not themselves families or instrumented.
        if op.is_specialized() {
            assert!(op.specializations().is_empty() && op.instrumented().is_none());
        }
        // Instrumented twins sit at or above MIN_INSTRUMENTED_OPCODE, others below
        // (ENTER_EXECUTOR, 255, is the one exception CPython makes).
        match op.uninstrumented() {
            Some(base) => {
                assert!(op.is_instrumented() && !base.is_instrumented());
                assert!(op.cache_entries() == base.cache_entries());
            }
            None => assert!(
                op.is_instrumented()
                    == matches!(
                        op,
                        Opcode::INSTRUMENTED_LINE | Opcode::INSTRUMENTED_INSTRUCTION
                    )
            ),
        }
        // Generic opcodes below 128 take an argument exactly above HAVE_ARGUMENT.
        if (op as u8) < 128 && !op.is_specialized() {
            assert!(op.has_arg() == (op as u8 > HAVE_ARGUMENT));
        }
        // Only pseudo-instructions push exception blocks.
        assert!(!op.flags().contains(Flags::EXC));
        i += 1;
    }
    // A pseudo-instruction's replacement has its fall-through stack effect
    // (the oparg 1 is what JUMP_IF_*'s COPY gets).
    let mut i = 0;
    while i < PseudoOpcode::ALL.len() {
        let pseudo = AnyOpcode::Pseudo(PseudoOpcode::ALL[i]);
        let expected = match pseudo.stack_effect(1, Some(false)) {
            Some(effect) => effect,
            None => panic!("pseudo-instructions have stack effects"),
        };
        let targets = PseudoOpcode::ALL[i].targets();
        let ops = targets.opcodes();
        let mut total = 0;
        let mut j = 0;
        while j < ops.len() {
            let (popped, pushed) = ops[j].stack(1);
            match targets {
                PseudoTargets::OneOf(_) => assert!(pushed - popped == expected),
                PseudoTargets::Sequence(_) => total += pushed - popped,
            }
            j += 1;
        }
        if let PseudoTargets::Sequence(_) = targets {
            assert!(total == expected);
        }
        i += 1;
    }
};
