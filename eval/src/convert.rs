//! The compiler's code objects and constants as runtime objects (what `marshal` and `compile()` hand the interpreter).

use std::rc::Rc;

use ouro_frontend::compile::assemble::CodeObject;
use ouro_frontend::compile::constant::Constant;
use ouro_objects::code::Code;
use ouro_objects::str::{PyStr, intern};
use ouro_objects::{Value, bool as pybool, bytes, float, int, none, slice::Slice, tuple::Tuple};

/// A runtime constant.
pub fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => none::none(),
        Constant::Bool(b) => pybool::py_bool(*b),
        Constant::Int(i) => int::from_bigint(i.clone()),
        Constant::Float(f) => float::new(*f),
        Constant::Complex(re, im) => ouro_objects::complex::new(*re, *im),
        Constant::Str(s) => match s.as_str() {
            Some(text)
                if text.len() <= 40
                    && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') =>
            {
                intern(text)
            }
            _ => PyStr::from_wtf8(s.as_bytes()),
        },
        Constant::Bytes(b) => bytes::new(b.to_vec()),
        Constant::Ellipsis => none::ellipsis(),
        Constant::Tuple(items) => Tuple::new(items.iter().map(constant).collect()),
        Constant::Slice(parts) => Slice::new(
            constant(&parts[0]),
            constant(&parts[1]),
            constant(&parts[2]),
        ),
        Constant::FrozenSet(items) => {
            ouro_objects::set::frozenset_from(items.iter().map(constant).collect())
        }
        Constant::Code(code) => code_object(code),
    }
}

/// A runtime code object from the compiler's.
pub fn code_object(c: &Rc<CodeObject>) -> Value {
    code_from(c)
}

fn code_from(c: &CodeObject) -> Value {
    let kinds: Vec<u8> = c.localsplus.iter().map(|(_, k)| *k).collect();
    Code::new_value(Code {
        name: intern(&c.name),
        qualname: PyStr::new(&c.qualname),
        filename: std::cell::RefCell::new(PyStr::new(&c.filename)),
        firstlineno: c.firstlineno,
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        stacksize: c.stacksize,
        consts: c.consts.iter().map(constant).collect(),
        names: c.names.iter().map(|n| intern(n)).collect(),
        localsplus_names: c.localsplus.iter().map(|(n, _)| intern(n)).collect(),
        adaptive: std::cell::OnceCell::new(),
        localsplus_kinds: kinds,
        code: c.code.clone(),
        linetable: c.linetable.clone(),
        exceptiontable: c.exceptiontable.clone(),
    })
}

/// The module-level code object.
pub fn module_code(c: CodeObject) -> Value {
    code_from(&c)
}
