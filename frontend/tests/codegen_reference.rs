//! Comprehensions, f-strings/t-strings and `match` compiled and dumped in refdump.py's `code` format, against dumps recorded from CPython 3.14.2.
//!
//! Each `tests/codegen/NAME.py` has its reference dump next to it,
//! recorded from the `frontend/tests/codegen` directory with
//! `../shared/tools/cpython3.14 ../shared/tools/refdump.py code --out DIR NAME.py`
//! (copy `DIR/NAME.py.code` here). The programs avoid sets of strings:
//! `dis` shows those in hash order, which differs from run to run.

use std::path::Path;

use ouro_frontend::{code_dump, codegen, parser};

fn check(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/codegen");
    let source = std::fs::read(dir.join(format!("{name}.py"))).expect("reading the program");
    let expected = std::fs::read_to_string(dir.join(format!("{name}.py.code")))
        .expect("reading the reference dump");
    let module = parser::parse_file(&source).expect("the program parses");
    let code =
        codegen::compile_module(&module, &format!("{name}.py")).expect("the program compiles");
    let dump = code_dump::dump(&code);
    if dump != expected {
        let first = dump
            .lines()
            .zip(expected.lines())
            .position(|(ours, reference)| ours != reference)
            .unwrap_or_else(|| dump.lines().count().min(expected.lines().count()));
        panic!(
            "{name}.py: dumps differ at line {}:\n  reference: {}\n  ouro:      {}",
            first + 1,
            expected.lines().nth(first).unwrap_or("<end>"),
            dump.lines().nth(first).unwrap_or("<end>"),
        );
    }
}

#[test]
fn comprehensions() {
    check("comprehensions");
}

#[test]
fn fstrings_and_tstrings() {
    check("fstrings");
}

#[test]
fn patterns() {
    check("patterns");
}
