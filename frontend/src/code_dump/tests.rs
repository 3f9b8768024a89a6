//! The printer on code objects rebuilt from CPython 3.14.2's own (fields recorded from the reference), against refdump.py's text for them.

use std::rc::Rc;

use super::dump;
use crate::compile::assemble::fast;
use crate::compile::listing::unhex;
use crate::compile::{CodeObject, Constant};

struct Fields<'a> {
    qualname: &'a str,
    firstlineno: i32,
    args: [u32; 3],
    flags: u32,
    stacksize: u32,
    names: &'a [&'a str],
    localsplus: &'a [(&'a str, u8)],
    code: &'a str,
    linetable: &'a str,
    exceptiontable: &'a str,
}

fn code_object(f: &Fields, consts: Vec<Constant>) -> CodeObject {
    CodeObject {
        name: f
            .qualname
            .rsplit('.')
            .next()
            .unwrap_or_default()
            .to_string(),
        qualname: f.qualname.to_string(),
        filename: "t.py".to_string(),
        firstlineno: f.firstlineno,
        argcount: f.args[0],
        posonlyargcount: f.args[1],
        kwonlyargcount: f.args[2],
        flags: f.flags,
        stacksize: f.stacksize,
        consts,
        names: f.names.iter().map(|n| n.to_string()).collect(),
        localsplus: f
            .localsplus
            .iter()
            .map(|(n, k)| (n.to_string(), *k))
            .collect(),
        code: unhex(f.code).expect("hex"),
        linetable: unhex(f.linetable).expect("hex"),
        exceptiontable: unhex(f.exceptiontable).expect("hex"),
    }
}

fn expected(text: &str) -> String {
    text.lines()
        .map(|l| format!("{}\n", l.strip_prefix('|').unwrap_or(l)))
        .collect()
}

/// `def f(a, *, k=1): try: return a[k:2] + (1, 'x', None) + 1.5 / except Exception as e: return e`
#[test]
fn exception_table_jumps_and_superinstructions() {
    let f = code_object(
        &Fields {
            qualname: "f",
            firstlineno: 1,
            args: [1, 0, 1],
            flags: 0x3,
            stacksize: 4,
            names: &["Exception"],
            localsplus: &[
                ("a", fast::LOCAL | fast::ARG_POS | fast::ARG_KW),
                ("k", fast::LOCAL | fast::ARG_KW),
                ("e", fast::LOCAL),
            ],
            code: "80001b0057015e02010052032c000000000000000000000052022c0000000000000000000000230020005c0000000000000000000600640d00001c007002540275021d00520170023f022300520170023f02690169003b031d006901",
            linetable: "8000f002030511d80f1090318876980ed50f26a813d50f2cd0082cf8dc0b14f400010511d80f108d08fbf003010511fa",
            exceptiontable: "82111400940b2b039f012603a0012b03a6052b03",
        },
        vec![
            Constant::int(2),
            Constant::None,
            Constant::Float(1.5),
            Constant::Tuple(Rc::from(vec![
                Constant::int(1),
                Constant::str("x"),
                Constant::None,
            ])),
        ],
    );
    let module = code_object(
        &Fields {
            qualname: "<module>",
            firstlineno: 1,
            args: [0, 0, 0],
            flags: 0,
            stacksize: 2,
            names: &["f"],
            localsplus: &[],
            code: "800052005e012f01520117006c02740052022300",
            linetable: "f003010101f0020401118861f600040111",
            exceptiontable: "",
        },
        vec![
            Constant::str("k"),
            Constant::Code(Rc::new(f)),
            Constant::None,
        ],
    );
    assert_eq!(
        dump(&module),
        expected(
            "code <module> line=1 args=0/0/0 flags=0x0 stack=2
|  varnames: 
|  cellvars: 
|  freevars: 
|  names: f
|  consts: 'k', <code f>, None
|  0 RESUME 0  @0:0-1:0
|  2 LOAD_CONST 0 'k' @1:0-5:16
|  4 LOAD_SMALL_INT 1  @1:14-1:15
|  6 BUILD_MAP 1  @1:0-5:16
|  8 LOAD_CONST 1 <code f> @1:0-5:16
|  10 MAKE_FUNCTION -  @1:0-5:16
|  12 SET_FUNCTION_ATTRIBUTE 2 kwdefaults @1:0-5:16
|  14 STORE_NAME 0 f @1:0-5:16
|  16 LOAD_CONST 2 None @1:0-5:16
|  18 RETURN_VALUE -  @1:0-5:16
|  lines: 0-2:0, 2-20:1
code f line=1 args=1/0/1 flags=0x3 stack=4
|  varnames: a k e
|  cellvars: 
|  freevars: 
|  names: Exception
|  consts: 2, None, 1.5, (1, 'x', None)
|  0 RESUME 0  @1:0-1:0
|  2 NOP -  @2:4-5:16
|  4 LOAD_FAST_BORROW_LOAD_FAST_BORROW 1 a, k @3:15-3:16
|  6 LOAD_SMALL_INT 2  @3:19-3:20
|  8 BINARY_SLICE -  @3:15-3:21
|  10 LOAD_CONST 3 (1, 'x', None) @3:24-3:38
|  12 BINARY_OP 0 + @3:15-3:38
|  24 LOAD_CONST 2 1.5 @3:41-3:44
|  26 BINARY_OP 0 + @3:15-3:44
|  38 RETURN_VALUE -  @3:8-3:44
|  40 PUSH_EXC_INFO -  @None
|  42 LOAD_GLOBAL 0 Exception @4:11-4:20
|  52 CHECK_EXC_MATCH -  @4:4-5:16
|  54 POP_JUMP_IF_FALSE 13 to L1 @4:4-5:16
|  58 NOT_TAKEN -  @4:4-5:16
|  60 STORE_FAST 2 e @4:4-5:16
|  62 LOAD_FAST 2 e @5:15-5:16
|  64 SWAP 2  @5:8-5:16
|  66 POP_EXCEPT -  @5:8-5:16
|  68 LOAD_CONST 1 None @5:8-5:16
|  70 STORE_FAST 2 e @5:8-5:16
|  72 DELETE_FAST 2 e @5:8-5:16
|  74 RETURN_VALUE -  @5:8-5:16
|  76 LOAD_CONST 1 None @None
|  78 STORE_FAST 2 e @None
|  80 DELETE_FAST 2 e @None
|  82 RERAISE 1  @None
|  84 RERAISE 0  @4:4-5:16
|  86 COPY 3  @None
|  88 POP_EXCEPT -  @None
|  90 RERAISE 1  @None
|  exc: 4 38 40 depth=0 lasti=0
|  exc: 40 62 86 depth=1 lasti=1
|  exc: 62 64 76 depth=1 lasti=1
|  exc: 64 66 86 depth=1 lasti=1
|  exc: 76 86 86 depth=1 lasti=1
|  lines: 0-2:1, 2-4:2, 4-40:3, 40-42:None, 42-62:4, 62-76:5, 76-84:None, 84-86:4, 86-92:None"
        )
    );
}

/// `def g(x): y = {1: x, 'k': 2j, b'z': -0.5}; return lambda: (x, y)`: cells,
/// free variables and nested code objects depth first.
#[test]
fn cells_free_variables_and_nesting() {
    let lambda = code_object(
        &Fields {
            qualname: "g.<locals>.<lambda>",
            firstlineno: 3,
            args: [0, 0, 0],
            flags: 0x13,
            stacksize: 2,
            names: &[],
            localsplus: &[("x", fast::FREE), ("y", fast::FREE)],
            code: "3c0280005300530133022300",
            linetable: "f88000904190719136",
            exceptiontable: "",
        },
        vec![Constant::None],
    );
    let g = code_object(
        &Fields {
            qualname: "g",
            firstlineno: 1,
            args: [1, 0, 0],
            flags: 0x3,
            stacksize: 6,
            names: &[],
            localsplus: &[
                ("x", fast::LOCAL | fast::ARG_POS | fast::ARG_KW | fast::CELL),
                ("y", fast::CELL),
            ],
            code: "6100610180005e01530052015202520352052f036f01560056013302520417006c082300",
            linetable: "f98000d8090a88418873904298049864d008238041dd0b19d00419",
            exceptiontable: "",
        },
        vec![
            Constant::int(1),
            Constant::str("k"),
            Constant::Complex(0.0, 2.0),
            Constant::Bytes(Rc::from(&b"z"[..])),
            Constant::Code(Rc::new(lambda)),
            Constant::Float(-0.5),
        ],
    );
    let module = code_object(
        &Fields {
            qualname: "<module>",
            firstlineno: 1,
            args: [0, 0, 0],
            flags: 0,
            stacksize: 1,
            names: &["g"],
            localsplus: &[],
            code: "800052001700740052012300",
            linetable: "f003010101f40202011a",
            exceptiontable: "",
        },
        vec![Constant::Code(Rc::new(g)), Constant::None],
    );
    assert_eq!(
        dump(&module),
        expected(
            "code <module> line=1 args=0/0/0 flags=0x0 stack=1
|  varnames: 
|  cellvars: 
|  freevars: 
|  names: g
|  consts: <code g>, None
|  0 RESUME 0  @0:0-1:0
|  2 LOAD_CONST 0 <code g> @1:0-3:25
|  4 MAKE_FUNCTION -  @1:0-3:25
|  6 STORE_NAME 0 g @1:0-3:25
|  8 LOAD_CONST 1 None @1:0-3:25
|  10 RETURN_VALUE -  @1:0-3:25
|  lines: 0-2:0, 2-12:1
code g line=1 args=1/0/0 flags=0x3 stack=6
|  varnames: x
|  cellvars: x y
|  freevars: 
|  names: 
|  consts: 1, 'k', 2j, b'z', <code g.<locals>.<lambda>>, -0.5
|  0 MAKE_CELL 0 x @None
|  2 MAKE_CELL 1 y @None
|  4 RESUME 0  @1:0-1:0
|  6 LOAD_SMALL_INT 1  @2:9-2:10
|  8 LOAD_DEREF 0 x @2:12-2:13
|  10 LOAD_CONST 1 'k' @2:15-2:18
|  12 LOAD_CONST 2 2j @2:20-2:22
|  14 LOAD_CONST 3 b'z' @2:24-2:28
|  16 LOAD_CONST 5 -0.5 @2:30-2:34
|  18 BUILD_MAP 3  @2:8-2:35
|  20 STORE_DEREF 1 y @2:4-2:5
|  22 LOAD_FAST_BORROW 0 x @3:11-3:25
|  24 LOAD_FAST_BORROW 1 y @3:11-3:25
|  26 BUILD_TUPLE 2  @3:11-3:25
|  28 LOAD_CONST 4 <code g.<locals>.<lambda>> @3:11-3:25
|  30 MAKE_FUNCTION -  @3:11-3:25
|  32 SET_FUNCTION_ATTRIBUTE 8 closure @3:11-3:25
|  34 RETURN_VALUE -  @3:4-3:25
|  lines: 0-4:None, 4-6:1, 6-22:2, 22-36:3
code g.<locals>.<lambda> line=3 args=0/0/0 flags=0x13 stack=2
|  varnames: 
|  cellvars: 
|  freevars: x y
|  names: 
|  consts: None
|  0 COPY_FREE_VARS 2  @None
|  2 RESUME 0  @3:0-3:0
|  4 LOAD_DEREF 0 x @3:20-3:21
|  6 LOAD_DEREF 1 y @3:23-3:24
|  8 BUILD_TUPLE 2  @3:19-3:25
|  10 RETURN_VALUE -  @3:19-3:25
|  lines: 0-2:None, 2-12:3"
        )
    );
}
