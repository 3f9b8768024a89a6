//! Native stdlib modules that CPython writes in C (`math`, `_sre`, `itertools`, `posix`, ...), listed once in `MODULES`.

use ouro_eval::native_module::ModuleDef;

mod abc;
mod atexit;
mod bisect;
mod collections;
pub mod errno;
mod functools;
mod heapq;
mod heaptype;
mod itertools;
mod operator;
pub mod posix;
mod sre;
pub mod stat;
mod weakref;

/// Every module of this crate; the program registers them at start-up.
pub static MODULES: &[&ModuleDef] = &[
    &posix::POSIX,
    &errno::ERRNO,
    &stat::STAT,
    &atexit::MODULE,
    &weakref::MODULE,
    &itertools::MODULE,
    &collections::MODULE,
    &functools::MODULE,
    &operator::MODULE,
    &heapq::MODULE,
    &bisect::MODULE,
    &abc::MODULE,
    &sre::MODULE,
];
