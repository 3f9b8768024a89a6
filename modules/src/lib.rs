//! Native stdlib modules that CPython writes in C (`math`, `_sre`, `itertools`, `posix`, ...), listed once in `MODULES`.

use ouro_eval::native_module::ModuleDef;

mod atexit;
pub mod errno;
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
    &sre::MODULE,
];
