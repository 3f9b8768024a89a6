//! The named values some instructions take as their oparg (mirrors `_opcode.get_nb_ops()`,
//! `get_intrinsic1_descs()`, `get_intrinsic2_descs()`, `get_special_method_names()`,
//! `opcode._common_constants`, `opcode.cmp_op`, and the flag bits of `SET_FUNCTION_ATTRIBUTE`
//! and `CONVERT_VALUE` in `Include/internal/pycore_opcode_utils.h`, `pycore_intrinsics.h`).

/// Defines one oparg enum: each variant's number, CPython's name, and what
/// `dis` shows as the argument (the name itself unless given).
macro_rules! oparg_enum {
    ($(#[$doc:meta])* $ty:ident {
        $( $variant:ident = $value:literal $name:literal $( => $shown:literal )? ),* $(,)?
    }) => {
        $(#[$doc])*
        #[repr(u8)]
        #[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
        pub enum $ty {
            $( #[doc = concat!("`", $name, "`")] $variant = $value, )*
        }

        impl $ty {
            /// Every value, in number order.
            pub const ALL: &'static [$ty] = &[ $( Self::$variant ),* ];

            /// The value an oparg encodes, if it is one.
            pub const fn from_oparg(oparg: u32) -> Option<$ty> {
                match oparg {
                    $( $value => Some(Self::$variant), )*
                    _ => None,
                }
            }

            /// CPython's name for the value.
            pub const fn name(self) -> &'static str {
                match self {
                    $( Self::$variant => $name, )*
                }
            }

            /// What `dis` shows as the instruction's `argrepr`.
            pub const fn argrepr(self) -> &'static str {
                match self {
                    $( Self::$variant => shown_or_name!($($shown)?, $name), )*
                }
            }
        }
    };
}

macro_rules! shown_or_name {
    ($shown:literal, $name:literal) => {
        $shown
    };
    (, $name:literal) => {
        $name
    };
}

oparg_enum! {
    /// `BINARY_OP`'s oparg (`NB_*` of `pycore_opcode_utils.h`).
    BinaryOp {
        Add = 0 "NB_ADD" => "+",
        And = 1 "NB_AND" => "&",
        FloorDivide = 2 "NB_FLOOR_DIVIDE" => "//",
        Lshift = 3 "NB_LSHIFT" => "<<",
        MatrixMultiply = 4 "NB_MATRIX_MULTIPLY" => "@",
        Multiply = 5 "NB_MULTIPLY" => "*",
        Remainder = 6 "NB_REMAINDER" => "%",
        Or = 7 "NB_OR" => "|",
        Power = 8 "NB_POWER" => "**",
        Rshift = 9 "NB_RSHIFT" => ">>",
        Subtract = 10 "NB_SUBTRACT" => "-",
        TrueDivide = 11 "NB_TRUE_DIVIDE" => "/",
        Xor = 12 "NB_XOR" => "^",
        InplaceAdd = 13 "NB_INPLACE_ADD" => "+=",
        InplaceAnd = 14 "NB_INPLACE_AND" => "&=",
        InplaceFloorDivide = 15 "NB_INPLACE_FLOOR_DIVIDE" => "//=",
        InplaceLshift = 16 "NB_INPLACE_LSHIFT" => "<<=",
        InplaceMatrixMultiply = 17 "NB_INPLACE_MATRIX_MULTIPLY" => "@=",
        InplaceMultiply = 18 "NB_INPLACE_MULTIPLY" => "*=",
        InplaceRemainder = 19 "NB_INPLACE_REMAINDER" => "%=",
        InplaceOr = 20 "NB_INPLACE_OR" => "|=",
        InplacePower = 21 "NB_INPLACE_POWER" => "**=",
        InplaceRshift = 22 "NB_INPLACE_RSHIFT" => ">>=",
        InplaceSubtract = 23 "NB_INPLACE_SUBTRACT" => "-=",
        InplaceTrueDivide = 24 "NB_INPLACE_TRUE_DIVIDE" => "/=",
        InplaceXor = 25 "NB_INPLACE_XOR" => "^=",
        Subscr = 26 "NB_SUBSCR" => "[]",
    }
}

oparg_enum! {
    /// `CALL_INTRINSIC_1`'s oparg (`INTRINSIC_*` of `pycore_intrinsics.h`).
    Intrinsic1 {
        Invalid = 0 "INTRINSIC_1_INVALID",
        Print = 1 "INTRINSIC_PRINT",
        ImportStar = 2 "INTRINSIC_IMPORT_STAR",
        StopIterationError = 3 "INTRINSIC_STOPITERATION_ERROR",
        AsyncGenWrap = 4 "INTRINSIC_ASYNC_GEN_WRAP",
        UnaryPositive = 5 "INTRINSIC_UNARY_POSITIVE",
        ListToTuple = 6 "INTRINSIC_LIST_TO_TUPLE",
        TypeVar = 7 "INTRINSIC_TYPEVAR",
        ParamSpec = 8 "INTRINSIC_PARAMSPEC",
        TypeVarTuple = 9 "INTRINSIC_TYPEVARTUPLE",
        SubscriptGeneric = 10 "INTRINSIC_SUBSCRIPT_GENERIC",
        TypeAlias = 11 "INTRINSIC_TYPEALIAS",
    }
}

oparg_enum! {
    /// `CALL_INTRINSIC_2`'s oparg (`INTRINSIC_*` of `pycore_intrinsics.h`).
    Intrinsic2 {
        Invalid = 0 "INTRINSIC_2_INVALID",
        PrepReraiseStar = 1 "INTRINSIC_PREP_RERAISE_STAR",
        TypeVarWithBound = 2 "INTRINSIC_TYPEVAR_WITH_BOUND",
        TypeVarWithConstraints = 3 "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
        SetFunctionTypeParams = 4 "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
        SetTypeParamDefault = 5 "INTRINSIC_SET_TYPEPARAM_DEFAULT",
    }
}

oparg_enum! {
    /// `LOAD_SPECIAL`'s oparg (`SPECIAL_*` of `pycore_ceval.h`).
    SpecialMethod {
        Enter = 0 "__enter__",
        Exit = 1 "__exit__",
        AEnter = 2 "__aenter__",
        AExit = 3 "__aexit__",
    }
}

oparg_enum! {
    /// `LOAD_COMMON_CONSTANT`'s oparg (`CONSTANT_*` of `pycore_opcode_utils.h`).
    CommonConstant {
        AssertionError = 0 "CONSTANT_ASSERTIONERROR" => "AssertionError",
        NotImplementedError = 1 "CONSTANT_NOTIMPLEMENTEDERROR" => "NotImplementedError",
        BuiltinTuple = 2 "CONSTANT_BUILTIN_TUPLE" => "tuple",
        BuiltinAll = 3 "CONSTANT_BUILTIN_ALL" => "<built-in function all>",
        BuiltinAny = 4 "CONSTANT_BUILTIN_ANY" => "<built-in function any>",
    }
}

oparg_enum! {
    /// `CONVERT_VALUE`'s oparg (`FVC_*` of `pycore_opcode_utils.h`).
    Conversion {
        None = 0 "FVC_NONE" => "",
        Str = 1 "FVC_STR" => "str",
        Repr = 2 "FVC_REPR" => "repr",
        Ascii = 3 "FVC_ASCII" => "ascii",
    }
}

oparg_enum! {
    /// The comparison in `COMPARE_OP`'s oparg (bits 5 and up; `Py_LT`... and `opcode.cmp_op`).
    Comparison {
        Lt = 0 "Py_LT" => "<",
        Le = 1 "Py_LE" => "<=",
        Eq = 2 "Py_EQ" => "==",
        Ne = 3 "Py_NE" => "!=",
        Gt = 4 "Py_GT" => ">",
        Ge = 5 "Py_GE" => ">=",
    }
}

/// `COMPARE_OP`'s bit asking for the result converted to `bool`.
pub const COMPARE_TO_BOOL: u32 = 16;

impl Comparison {
    /// The outcomes (`COMPARISON_*` bits: unordered 1, less 2, greater 4,
    /// equal 8) for which the comparison is true; the specializer reads them.
    pub const fn mask(self) -> u32 {
        match self {
            Comparison::Lt => 2,
            Comparison::Le => 2 | 8,
            Comparison::Eq => 8,
            Comparison::Ne => 1 | 2 | 4,
            Comparison::Gt => 4,
            Comparison::Ge => 4 | 8,
        }
    }

    /// `COMPARE_OP`'s oparg as CPython's compiler writes it.
    pub const fn oparg(self, to_bool: bool) -> u32 {
        ((self as u32) << 5) | if to_bool { COMPARE_TO_BOOL } else { 0 } | self.mask()
    }

    /// The comparison a `COMPARE_OP` oparg encodes (`cmp_op[oparg >> 5]`).
    pub const fn from_compare_oparg(oparg: u32) -> Option<Comparison> {
        Comparison::from_oparg(oparg >> 5)
    }
}

/// The bits of `SET_FUNCTION_ATTRIBUTE`'s oparg (`MAKE_FUNCTION_*`), in bit
/// order, with the names `dis` joins into its argrepr.
pub const FUNCTION_ATTRIBUTES: [(u32, &str); 5] = [
    (1, "defaults"),
    (2, "kwdefaults"),
    (4, "annotations"),
    (8, "closure"),
    (16, "annotate"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compare_opargs_are_what_cpython_compiles() {
        // Recorded from the reference: `a<b` ... `a>=b`, and `if a<b:` (to bool).
        let compiled = [2, 42, 72, 103, 132, 172];
        for (comparison, oparg) in Comparison::ALL.iter().zip(compiled) {
            assert_eq!(comparison.oparg(false), oparg, "{}", comparison.name());
            assert_eq!(Comparison::from_compare_oparg(oparg), Some(*comparison));
        }
        assert_eq!(Comparison::Lt.oparg(true), 18);
    }
}
