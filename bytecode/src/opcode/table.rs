//! The instruction table: every CPython 3.14 opcode written once (mirrors
//! `Lib/_opcode_metadata.py`, `Include/internal/pycore_opcode_metadata.h` and
//! the cache structs of `Include/internal/pycore_code.h`).
//!
//! A row reads
//!
//! ```text
//! NAME = number [flags] |oparg| (popped, pushed)
//!     cache Layout                                  (inline cache after the instruction)
//!     instrumented INSTRUMENTED_NAME = number [flags]  (its sys.monitoring twin)
//!     family { SPECIALIZED = number [flags], ... }  (its specializations, CPython's order)
//!     ;
//! ```
//!
//! and a pseudo-instruction's row ends with what the assembler may turn it
//! into (`_PyOpcode_PseudoTargets`): `=> OneOf[...]` or `=> Sequence[...]`.
//!
//! Flags are those `_opcode.has_*` reports for that very opcode (specialized and
//! instrumented forms have their own). The stack effect is written once per
//! family: specializations and instrumented twins share it. The test
//! `tests/reference_opcodes.rs` checks every fact here against the stdlib's
//! `_opcode_metadata.py` and a recording of the reference's `_opcode` module.

use super::{CacheField, Flags, PseudoTargets, define_caches, define_instructions};

define_caches! {
    /// `_PyCounterCache` and the other one-counter caches.
    CounterCache { counter: 1 }
    /// `_PyLoadGlobalCache`.
    LoadGlobalCache { counter: 1, index: 1, module_keys_version: 1, builtin_keys_version: 1 }
    /// `_PyBinaryOpCache`.
    BinaryOpCache { counter: 1, descr: 4 }
    /// `_PyAttrCache`.
    StoreAttrCache { counter: 1, version: 2, index: 1 }
    /// `_PyLoadMethodCache`.
    LoadAttrCache { counter: 1, version: 2, keys_version: 2, descr: 4 }
    /// `_PyCallCache` (CALL and CALL_KW).
    CallCache { counter: 1, func_version: 2 }
    /// `_PyToBoolCache`.
    ToBoolCache { counter: 1, version: 2 }
}

define_instructions! {
    real {
        CACHE = 0 [] |_| (0, 0);
        BINARY_SLICE = 1 [] |_| (3, 1);
        BUILD_TEMPLATE = 2 [] |_| (2, 1);
        CALL_FUNCTION_EX = 4 [] |_| (4, 1)
            instrumented INSTRUMENTED_CALL_FUNCTION_EX = 252 [];
        CHECK_EG_MATCH = 5 [] |_| (2, 2);
        CHECK_EXC_MATCH = 6 [] |_| (2, 2);
        CLEANUP_THROW = 7 [] |_| (3, 2);
        DELETE_SUBSCR = 8 [] |_| (2, 0);
        END_FOR = 9 [] |_| (1, 0)
            instrumented INSTRUMENTED_END_FOR = 234 [];
        END_SEND = 10 [] |_| (2, 1)
            instrumented INSTRUMENTED_END_SEND = 236 [];
        EXIT_INIT_CHECK = 11 [] |_| (1, 0);
        FORMAT_SIMPLE = 12 [] |_| (1, 1);
        FORMAT_WITH_SPEC = 13 [] |_| (2, 1);
        GET_AITER = 14 [] |_| (1, 1);
        GET_ANEXT = 15 [] |_| (1, 2);
        GET_ITER = 16 [] |_| (1, 1);
        RESERVED = 17 [] |_| (0, 0);
        GET_LEN = 18 [] |_| (1, 2);
        GET_YIELD_FROM_ITER = 19 [] |_| (1, 1);
        INTERPRETER_EXIT = 20 [] |_| (1, 0);
        LOAD_BUILD_CLASS = 21 [] |_| (0, 1);
        LOAD_LOCALS = 22 [] |_| (0, 1);
        MAKE_FUNCTION = 23 [] |_| (1, 1);
        MATCH_KEYS = 24 [] |_| (2, 3);
        MATCH_MAPPING = 25 [] |_| (1, 2);
        MATCH_SEQUENCE = 26 [] |_| (1, 2);
        NOP = 27 [] |_| (0, 0);
        NOT_TAKEN = 28 [] |_| (0, 0)
            instrumented INSTRUMENTED_NOT_TAKEN = 240 [];
        POP_EXCEPT = 29 [] |_| (1, 0);
        POP_ITER = 30 [] |_| (1, 0)
            instrumented INSTRUMENTED_POP_ITER = 235 [];
        POP_TOP = 31 [] |_| (1, 0);
        PUSH_EXC_INFO = 32 [] |_| (1, 2);
        PUSH_NULL = 33 [] |_| (0, 1);
        RETURN_GENERATOR = 34 [] |_| (0, 1);
        RETURN_VALUE = 35 [] |_| (1, 1)
            instrumented INSTRUMENTED_RETURN_VALUE = 246 [];
        SETUP_ANNOTATIONS = 36 [] |_| (0, 0);
        STORE_SLICE = 37 [] |_| (4, 0);
        STORE_SUBSCR = 38 [] |_| (3, 0)
            cache CounterCache
            family {
                STORE_SUBSCR_DICT = 201 [],
                STORE_SUBSCR_LIST_INT = 202 [],
            };
        TO_BOOL = 39 [] |_| (1, 1)
            cache ToBoolCache
            family {
                TO_BOOL_ALWAYS_TRUE = 203 [],
                TO_BOOL_BOOL = 204 [],
                TO_BOOL_INT = 205 [],
                TO_BOOL_LIST = 206 [],
                TO_BOOL_NONE = 207 [],
                TO_BOOL_STR = 208 [],
            };
        UNARY_INVERT = 40 [] |_| (1, 1);
        UNARY_NEGATIVE = 41 [] |_| (1, 1);
        UNARY_NOT = 42 [] |_| (1, 1);
        WITH_EXCEPT_START = 43 [] |_| (5, 6);
        BINARY_OP = 44 [ARG] |_| (2, 1)
            cache BinaryOpCache
            family {
                BINARY_OP_MULTIPLY_INT = 134 [],
                BINARY_OP_ADD_INT = 130 [],
                BINARY_OP_SUBTRACT_INT = 142 [],
                BINARY_OP_MULTIPLY_FLOAT = 133 [],
                BINARY_OP_ADD_FLOAT = 129 [],
                BINARY_OP_SUBTRACT_FLOAT = 141 [],
                BINARY_OP_ADD_UNICODE = 131 [],
                BINARY_OP_SUBSCR_LIST_INT = 137 [],
                BINARY_OP_SUBSCR_LIST_SLICE = 138 [],
                BINARY_OP_SUBSCR_TUPLE_INT = 140 [],
                BINARY_OP_SUBSCR_STR_INT = 139 [],
                BINARY_OP_SUBSCR_DICT = 135 [],
                BINARY_OP_SUBSCR_GETITEM = 136 [],
                BINARY_OP_EXTEND = 132 [],
                BINARY_OP_INPLACE_ADD_UNICODE = 3 [LOCAL],
            };
        BUILD_INTERPOLATION = 45 [ARG] |oparg| (2 + (oparg & 1), 1);
        BUILD_LIST = 46 [ARG] |oparg| (oparg, 1);
        BUILD_MAP = 47 [ARG] |oparg| (oparg * 2, 1);
        BUILD_SET = 48 [ARG] |oparg| (oparg, 1);
        BUILD_SLICE = 49 [ARG] |oparg| (oparg, 1);
        BUILD_STRING = 50 [ARG] |oparg| (oparg, 1);
        BUILD_TUPLE = 51 [ARG] |oparg| (oparg, 1);
        CALL = 52 [ARG] |oparg| (2 + oparg, 1)
            cache CallCache
            instrumented INSTRUMENTED_CALL = 250 [ARG]
            family {
                CALL_BOUND_METHOD_EXACT_ARGS = 144 [ARG],
                CALL_PY_EXACT_ARGS = 161 [ARG],
                CALL_TYPE_1 = 165 [ARG],
                CALL_STR_1 = 163 [ARG],
                CALL_TUPLE_1 = 164 [ARG],
                CALL_BUILTIN_CLASS = 146 [ARG],
                CALL_BUILTIN_O = 149 [ARG],
                CALL_BUILTIN_FAST = 147 [ARG],
                CALL_BUILTIN_FAST_WITH_KEYWORDS = 148 [ARG],
                CALL_LEN = 154 [],
                CALL_ISINSTANCE = 150 [ARG],
                CALL_LIST_APPEND = 155 [ARG],
                CALL_METHOD_DESCRIPTOR_O = 159 [ARG],
                CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS = 157 [ARG],
                CALL_METHOD_DESCRIPTOR_NOARGS = 158 [ARG],
                CALL_METHOD_DESCRIPTOR_FAST = 156 [ARG],
                CALL_ALLOC_AND_ENTER_INIT = 143 [ARG],
                CALL_PY_GENERAL = 162 [ARG],
                CALL_BOUND_METHOD_GENERAL = 145 [ARG],
                CALL_NON_PY_GENERAL = 160 [ARG],
            };
        CALL_INTRINSIC_1 = 53 [ARG] |_| (1, 1);
        CALL_INTRINSIC_2 = 54 [ARG] |_| (2, 1);
        CALL_KW = 55 [ARG] |oparg| (3 + oparg, 1)
            cache CallCache
            instrumented INSTRUMENTED_CALL_KW = 251 [ARG]
            family {
                CALL_KW_BOUND_METHOD = 151 [ARG],
                CALL_KW_PY = 153 [ARG],
                CALL_KW_NON_PY = 152 [ARG],
            };
        COMPARE_OP = 56 [ARG] |_| (2, 1)
            cache CounterCache
            family {
                COMPARE_OP_FLOAT = 166 [ARG],
                COMPARE_OP_INT = 167 [ARG],
                COMPARE_OP_STR = 168 [ARG],
            };
        CONTAINS_OP = 57 [ARG] |_| (2, 1)
            cache CounterCache
            family {
                CONTAINS_OP_SET = 170 [ARG],
                CONTAINS_OP_DICT = 169 [ARG],
            };
        CONVERT_VALUE = 58 [ARG] |_| (1, 1);
        COPY = 59 [ARG] |oparg| (1 + (oparg - 1), 2 + (oparg - 1));
        COPY_FREE_VARS = 60 [ARG] |_| (0, 0);
        DELETE_ATTR = 61 [ARG, NAME] |_| (1, 0);
        DELETE_DEREF = 62 [ARG, FREE] |_| (0, 0);
        DELETE_FAST = 63 [ARG, LOCAL] |_| (0, 0);
        DELETE_GLOBAL = 64 [ARG, NAME] |_| (0, 0);
        DELETE_NAME = 65 [ARG, NAME] |_| (0, 0);
        DICT_MERGE = 66 [ARG] |oparg| (5 + (oparg - 1), 4 + (oparg - 1));
        DICT_UPDATE = 67 [ARG] |oparg| (2 + (oparg - 1), 1 + (oparg - 1));
        END_ASYNC_FOR = 68 [ARG, JUMP] |_| (2, 0)
            instrumented INSTRUMENTED_END_ASYNC_FOR = 248 [ARG, JUMP];
        EXTENDED_ARG = 69 [ARG] |_| (0, 0);
        FOR_ITER = 70 [ARG, JUMP] |_| (1, 2)
            cache CounterCache
            instrumented INSTRUMENTED_FOR_ITER = 237 [ARG, JUMP]
            family {
                FOR_ITER_LIST = 172 [ARG, JUMP],
                FOR_ITER_TUPLE = 174 [ARG, JUMP],
                FOR_ITER_RANGE = 173 [ARG, JUMP],
                FOR_ITER_GEN = 171 [ARG],
            };
        GET_AWAITABLE = 71 [ARG] |_| (1, 1);
        IMPORT_FROM = 72 [ARG, NAME] |_| (1, 2);
        IMPORT_NAME = 73 [ARG, NAME] |_| (2, 1);
        IS_OP = 74 [ARG] |_| (2, 1);
        JUMP_BACKWARD = 75 [ARG, JUMP] |_| (0, 0)
            cache CounterCache
            instrumented INSTRUMENTED_JUMP_BACKWARD = 253 [ARG]
            family {
                JUMP_BACKWARD_NO_JIT = 176 [ARG, JUMP],
                JUMP_BACKWARD_JIT = 175 [ARG, JUMP],
            };
        JUMP_BACKWARD_NO_INTERRUPT = 76 [ARG, JUMP] |_| (0, 0);
        JUMP_FORWARD = 77 [ARG, JUMP] |_| (0, 0)
            instrumented INSTRUMENTED_JUMP_FORWARD = 239 [ARG];
        LIST_APPEND = 78 [ARG] |oparg| (2 + (oparg - 1), 1 + (oparg - 1));
        LIST_EXTEND = 79 [ARG] |oparg| (2 + (oparg - 1), 1 + (oparg - 1));
        LOAD_ATTR = 80 [ARG, NAME] |oparg| (1, 1 + (oparg & 1))
            cache LoadAttrCache
            family {
                LOAD_ATTR_INSTANCE_VALUE = 180 [ARG],
                LOAD_ATTR_MODULE = 184 [ARG],
                LOAD_ATTR_WITH_HINT = 189 [ARG, NAME],
                LOAD_ATTR_SLOT = 188 [ARG],
                LOAD_ATTR_CLASS = 177 [ARG],
                LOAD_ATTR_CLASS_WITH_METACLASS_CHECK = 178 [ARG],
                LOAD_ATTR_PROPERTY = 187 [ARG],
                LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN = 179 [ARG, NAME],
                LOAD_ATTR_METHOD_WITH_VALUES = 183 [ARG],
                LOAD_ATTR_METHOD_NO_DICT = 182 [ARG],
                LOAD_ATTR_METHOD_LAZY_DICT = 181 [ARG],
                LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES = 186 [ARG],
                LOAD_ATTR_NONDESCRIPTOR_NO_DICT = 185 [ARG],
            };
        LOAD_COMMON_CONSTANT = 81 [ARG] |_| (0, 1);
        LOAD_CONST = 82 [ARG, CONST] |_| (0, 1)
            family {
                LOAD_CONST_MORTAL = 191 [ARG, CONST],
                LOAD_CONST_IMMORTAL = 190 [ARG, CONST],
            };
        LOAD_DEREF = 83 [ARG, LOCAL] |_| (0, 1);
        LOAD_FAST = 84 [ARG, LOCAL] |_| (0, 1);
        LOAD_FAST_AND_CLEAR = 85 [ARG, LOCAL] |_| (0, 1);
        LOAD_FAST_BORROW = 86 [ARG, LOCAL] |_| (0, 1);
        LOAD_FAST_BORROW_LOAD_FAST_BORROW = 87 [ARG, LOCAL] |_| (0, 2);
        LOAD_FAST_CHECK = 88 [ARG, LOCAL] |_| (0, 1);
        LOAD_FAST_LOAD_FAST = 89 [ARG, LOCAL] |_| (0, 2);
        LOAD_FROM_DICT_OR_DEREF = 90 [ARG, FREE] |_| (1, 1);
        LOAD_FROM_DICT_OR_GLOBALS = 91 [ARG, NAME] |_| (1, 1);
        LOAD_GLOBAL = 92 [ARG, NAME] |oparg| (0, 1 + (oparg & 1))
            cache LoadGlobalCache
            family {
                LOAD_GLOBAL_MODULE = 193 [ARG],
                LOAD_GLOBAL_BUILTIN = 192 [ARG],
            };
        LOAD_NAME = 93 [ARG, NAME] |_| (0, 1);
        LOAD_SMALL_INT = 94 [ARG] |_| (0, 1);
        LOAD_SPECIAL = 95 [ARG] |_| (1, 2);
        LOAD_SUPER_ATTR = 96 [ARG, NAME] |oparg| (3, 1 + (oparg & 1))
            cache CounterCache
            instrumented INSTRUMENTED_LOAD_SUPER_ATTR = 249 [ARG, NAME]
            family {
                LOAD_SUPER_ATTR_ATTR = 194 [ARG, NAME],
                LOAD_SUPER_ATTR_METHOD = 195 [ARG, NAME],
            };
        MAKE_CELL = 97 [ARG, FREE] |_| (0, 0);
        MAP_ADD = 98 [ARG] |oparg| (3 + (oparg - 1), 1 + (oparg - 1));
        MATCH_CLASS = 99 [ARG] |_| (3, 1);
        POP_JUMP_IF_FALSE = 100 [ARG, JUMP] |_| (1, 0)
            cache CounterCache
            instrumented INSTRUMENTED_POP_JUMP_IF_FALSE = 242 [ARG];
        POP_JUMP_IF_NONE = 101 [ARG, JUMP] |_| (1, 0)
            cache CounterCache
            instrumented INSTRUMENTED_POP_JUMP_IF_NONE = 243 [ARG];
        POP_JUMP_IF_NOT_NONE = 102 [ARG, JUMP] |_| (1, 0)
            cache CounterCache
            instrumented INSTRUMENTED_POP_JUMP_IF_NOT_NONE = 244 [ARG];
        POP_JUMP_IF_TRUE = 103 [ARG, JUMP] |_| (1, 0)
            cache CounterCache
            instrumented INSTRUMENTED_POP_JUMP_IF_TRUE = 241 [ARG];
        RAISE_VARARGS = 104 [ARG] |oparg| (oparg, 0);
        RERAISE = 105 [ARG] |oparg| (1 + oparg, oparg);
        SEND = 106 [ARG, JUMP] |_| (2, 2)
            cache CounterCache
            family {
                SEND_GEN = 197 [ARG],
            };
        SET_ADD = 107 [ARG] |oparg| (2 + (oparg - 1), 1 + (oparg - 1));
        SET_FUNCTION_ATTRIBUTE = 108 [ARG] |_| (2, 1);
        SET_UPDATE = 109 [ARG] |oparg| (2 + (oparg - 1), 1 + (oparg - 1));
        STORE_ATTR = 110 [ARG, NAME] |_| (2, 0)
            cache StoreAttrCache
            family {
                STORE_ATTR_INSTANCE_VALUE = 198 [],
                STORE_ATTR_SLOT = 199 [],
                STORE_ATTR_WITH_HINT = 200 [ARG, NAME],
            };
        STORE_DEREF = 111 [ARG, FREE] |_| (1, 0);
        STORE_FAST = 112 [ARG, LOCAL] |_| (1, 0);
        STORE_FAST_LOAD_FAST = 113 [ARG, LOCAL] |_| (1, 1);
        STORE_FAST_STORE_FAST = 114 [ARG, LOCAL] |_| (2, 0);
        STORE_GLOBAL = 115 [ARG, NAME] |_| (1, 0);
        STORE_NAME = 116 [ARG, NAME] |_| (1, 0);
        SWAP = 117 [ARG] |oparg| (2 + (oparg - 2), 2 + (oparg - 2));
        UNPACK_EX = 118 [ARG] |oparg| (1, 1 + (oparg & 0xFF) + (oparg >> 8));
        UNPACK_SEQUENCE = 119 [ARG] |oparg| (1, oparg)
            cache CounterCache
            family {
                UNPACK_SEQUENCE_TWO_TUPLE = 211 [ARG],
                UNPACK_SEQUENCE_TUPLE = 210 [ARG],
                UNPACK_SEQUENCE_LIST = 209 [ARG],
            };
        YIELD_VALUE = 120 [ARG] |_| (1, 1)
            instrumented INSTRUMENTED_YIELD_VALUE = 247 [ARG];
        RESUME = 128 [ARG] |_| (0, 0)
            instrumented INSTRUMENTED_RESUME = 245 [ARG]
            family {
                RESUME_CHECK = 196 [],
            };
        INSTRUMENTED_INSTRUCTION = 238 [] |_| (0, 0);
        INSTRUMENTED_LINE = 254 [] |_| (0, 0);
        ENTER_EXECUTOR = 255 [ARG] |_| (0, 0);
    }
    pseudo {
        ANNOTATIONS_PLACEHOLDER = 256 [] |_| (0, 0)
            => OneOf[NOP];
        JUMP = 257 [ARG, JUMP] |_| (0, 0)
            => OneOf[JUMP_FORWARD, JUMP_BACKWARD];
        JUMP_IF_FALSE = 258 [ARG, JUMP] |_| (1, 1)
            => Sequence[COPY, TO_BOOL, POP_JUMP_IF_FALSE];
        JUMP_IF_TRUE = 259 [ARG, JUMP] |_| (1, 1)
            => Sequence[COPY, TO_BOOL, POP_JUMP_IF_TRUE];
        JUMP_NO_INTERRUPT = 260 [ARG, JUMP] |_| (0, 0)
            => OneOf[JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT];
        LOAD_CLOSURE = 261 [ARG, LOCAL] |_| (0, 1)
            => OneOf[LOAD_FAST];
        POP_BLOCK = 262 [] |_| (0, 0)
            => OneOf[NOP];
        SETUP_CLEANUP = 263 [ARG, EXC] |_| (0, 2)
            => OneOf[NOP];
        SETUP_FINALLY = 264 [ARG, EXC] |_| (0, 1)
            => OneOf[NOP];
        SETUP_WITH = 265 [ARG, EXC] |_| (0, 1)
            => OneOf[NOP];
        STORE_FAST_MAYBE_NULL = 266 [ARG, LOCAL] |_| (1, 0)
            => OneOf[STORE_FAST];
    }
}
