//! The interpreter: frames, the eval loop, calls, generators, exceptions and tracebacks, and the core modules (`builtins`, `sys`, `_io`) and the import system's native side (`_imp`, `marshal`, `_thread`, `_warnings`).
//!
//! ```text
//! source -> ouro_frontend -> code object -> convert -> Code value
//!        -> interp::run (frames pushed per Python call, one loop) -> result / PyErr
//! generic instructions now; the specializer (issue 7) rewrites them in place later
//! ```

pub mod builtins;
pub mod callargs;
pub mod classes;
pub mod compilefn;
pub mod config;
pub mod convert;
pub mod families;
pub mod frame;
pub mod frame_gc;
pub mod framelocals;
pub mod generator;
pub mod immortal_strings;
pub mod imp;
pub mod import;
pub mod importtime;
pub mod interp;
pub mod io;
pub mod keyword_typos;
pub mod marshal;
pub mod monitoring;
pub mod native_module;
pub mod ops;
pub mod pyast;
pub mod pycache;
pub mod run;
pub mod signals;
pub mod specialize;
pub mod startup;
pub mod state;
pub mod stdlib_names;
pub mod structseq;
pub mod suggestions;
pub mod superobj;
pub mod sysmod;
pub mod tb_stack;
pub mod templates;
pub mod thread;
pub mod traceback;
pub mod typevar;
pub mod typing;
pub mod typingalias;
pub mod warnings;
pub mod warnings_module;
