//! Native stdlib modules that CPython writes in C (`math`, `_sre`, `itertools`, `posix`, ...), listed once in `MODULES`.

use ouro_eval::native_module::ModuleDef;

mod bisect;
mod collections;
mod functools;
mod heapq;
mod itertools;
mod operator;

/// Every module of this crate; the program registers them at start-up.
pub static MODULES: &[&ModuleDef] = &[
    &itertools::MODULE,
    &collections::MODULE,
    &functools::MODULE,
    &operator::MODULE,
    &heapq::MODULE,
    &bisect::MODULE,
];
