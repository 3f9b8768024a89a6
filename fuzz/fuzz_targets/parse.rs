//! Fuzz target: the parser on arbitrary bytes, then `__future__` checks, the symbol table and the AST dump of whatever parses.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ouro_frontend::{ast_dump, future, parser, symtable};
use ouro_fuzz::on_front_end_stack;

fn parse(data: &[u8]) {
    let Ok(module) = parser::parse_file(data) else {
        return;
    };
    ast_dump::dump(&module);
    if let Ok(features) = future::parse_future(&module) {
        let _ = symtable::build(&module, &features);
    }
}

fuzz_target!(|data: &[u8]| on_front_end_stack(data, parse));
