//! Fuzz target: source decoding (PEP 263) on arbitrary bytes and both tokenizer modes on arbitrary text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ouro_frontend::{source, tokenizer};
use ouro_fuzz::on_front_end_stack;

fn tokenize(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        tokenizer::tokenize_extra(text);
        tokenizer::tokenize(text);
    }
    if let Ok(text) = source::decode_source(data) {
        tokenizer::tokenize_extra(&text);
    }
}

fuzz_target!(|data: &[u8]| on_front_end_stack(data, tokenize));
