//! Ouro's front end: Python 3.14 source to syntax trees and code objects, as CPython 3.14 makes them.
//!
//! ```text
//! bytes -> source (PEP 263 decoding) -> tokens -> AST -> symtable -> CFG -> code
//! ```

pub mod ast;
pub mod ast_dump;
pub mod ast_preprocess;
pub mod ast_reflect;
pub mod code_dump;
pub mod codegen;
pub mod compile;
pub mod error;
pub mod future;
pub mod literal;
pub mod parser;
pub mod source;
pub mod symtable;
pub mod token;
pub mod tokenizer;
