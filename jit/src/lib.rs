//! The Cranelift JIT tier: compiles hot code objects from their specialized bytecode.
