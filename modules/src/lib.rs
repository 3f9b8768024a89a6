//! Native stdlib modules that CPython writes in C (`math`, `_sre`, `itertools`, `posix`, ...), listed once in `MODULES`.

use ouro_eval::native_module::ModuleDef;

mod sre;

/// Every module of this crate; the program registers them at start-up.
pub static MODULES: &[&ModuleDef] = &[&sre::MODULE];
