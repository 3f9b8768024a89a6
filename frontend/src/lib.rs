//! Ouro's front end: Python 3.14 source to syntax trees and code objects, as CPython 3.14 makes them.
//!
//! ```text
//! bytes -> source (PEP 263 decoding) -> tokens -> AST -> symtable -> CFG -> code
//! ```

pub mod compile;
pub mod error;
pub mod token;
