//! Fuzz target: the whole front end on arbitrary bytes, parser through codegen, CFG passes and assembler, then the code dump.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ouro_frontend::{code_dump, codegen, parser};
use ouro_fuzz::on_front_end_stack;

/// The message prefix `codegen::compile_module` gives a broken compiler
/// invariant (`CompileError::Internal`): no input may reach one.
const INTERNAL_ERROR: &str = "internal compiler error";

fn compile(data: &[u8]) {
    let Ok(module) = parser::parse_file(data) else {
        return;
    };
    match codegen::compile_module(&module, "<fuzz>") {
        Ok(code) => {
            code_dump::dump(&code);
        }
        Err(e) => assert!(!e.msg.starts_with(INTERNAL_ERROR), "{}", e.msg),
    }
}

fuzz_target!(|data: &[u8]| on_front_end_stack(data, compile));
