//! The interpreter: frames, the eval loop, calls, generators, exceptions and tracebacks, and the core modules (`builtins`, `sys`).
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
pub mod convert;
pub mod frame;
pub mod generator;
pub mod import;
pub mod interp;
pub mod ops;
pub mod run;
pub mod state;
pub mod superobj;
pub mod sysmod;
pub mod templates;
pub mod traceback;
pub mod typevar;
pub mod typing;
pub mod typingalias;
pub mod warnings;
