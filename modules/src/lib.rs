//! Native stdlib modules that CPython writes in C (`math`, `_sre`, `itertools`, `posix`, ...), listed once in `MODULES`.

use ouro_eval::native_module::ModuleDef;

mod atexit;
mod codecs_module;
mod contextvars;
pub mod errno;
mod json;
mod locale;
mod opcode;
pub mod posix;
pub mod stat;
mod string_module;
mod suggestions;
mod symtable;
mod tokenize;
mod types_module;
mod typing_module;
mod weakref;

/// Every module of this crate; the program registers them at start-up.
pub static MODULES: &[&ModuleDef] = &[
    &posix::POSIX,
    &errno::ERRNO,
    &stat::STAT,
    &atexit::MODULE,
    &weakref::MODULE,
    &codecs_module::MODULE,
    &contextvars::MODULE,
    &json::MODULE,
    &locale::MODULE,
    &opcode::MODULE,
    &string_module::MODULE,
    &suggestions::MODULE,
    &symtable::MODULE,
    &tokenize::MODULE,
    &types_module::MODULE,
    &typing_module::MODULE,
];
