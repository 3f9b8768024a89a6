//! The interpreter: state, frames, the eval loop, the specializer, `sys.monitoring` and the core modules.
//!
//! ```text
//! generic -> adaptive -> specialized -> JIT
//! ```
