//! Native stdlib modules that CPython writes in C (`math`, `_sre`, `itertools`, `posix`, ...), listed once in `MODULES`.

use ouro_eval::native_module::ModuleDef;

/// Every module of this crate; the program registers them at start-up.
pub static MODULES: &[&ModuleDef] = &[
    // `_ast` lives in `eval`, next to `compile()`, which converts its node objects.
    &ouro_eval::pyast::MODULE,
];
