//! Codegen against the reference: each `testdata/NAME.py` compiles to exactly the `code` dump CPython 3.14 gives (`NAME.code`; names ending `_ON` at optimization level N, `_eval` and `_single` in those modes), and each `errors.cases` case to CPython's error (all recorded by `testdata/record.py`).

use std::path::{Path, PathBuf};

use crate::ast::{Mod, StmtKind};
use crate::code_dump;
use crate::parser;

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/codegen/testdata")
}

/// What refdump.py's `errors` mode prints for `source`.
fn errors_line(source: &str, name: &str) -> String {
    let module = match parser::parse_module(source) {
        Ok(m) => m,
        Err(e) => return format!("{e}\n"),
    };
    match super::compile_module(&module, name) {
        Ok(_) => "ok\n".to_owned(),
        Err(e) => format!("{e}\n"),
    }
}

#[test]
fn code_objects_match_the_reference() {
    let mut failures = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(testdata())
        .expect("testdata exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "code"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no recorded cases");
    for expected_path in files {
        let source_path = expected_path.with_extension("py");
        let name = source_path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let source = std::fs::read_to_string(&source_path).expect("source next to its recording");
        let stem = name.trim_end_matches(".py");
        let expected = std::fs::read_to_string(&expected_path).expect("recording readable");
        let module = match parser::parse_module(&source).expect("test sources parse") {
            Mod::Module { body, .. } if stem.ends_with("_single") => Mod::Interactive { body },
            Mod::Module { mut body, .. } if stem.ends_with("_eval") => {
                match body.pop().map(|s| s.kind) {
                    Some(StmtKind::Expr { value }) => Mod::Expression { body: value },
                    _ => panic!("{name}: an _eval case holds one expression"),
                }
            }
            module => module,
        };
        let optimize = match stem.rsplit_once("_O") {
            Some((_, level)) => level.parse().unwrap_or(0),
            None => 0,
        };
        let options = super::CompileOptions {
            optimize,
            ..Default::default()
        };
        let actual = match super::compile(&module, &name, &options) {
            Ok(code) => code_dump::dump(&code),
            Err(e) => format!("{e}\n"),
        };
        if actual != expected {
            let first = expected
                .lines()
                .zip(actual.lines())
                .find(|(e, a)| e != a)
                .map_or_else(
                    || "(lengths differ)".to_owned(),
                    |(e, a)| format!("expected {e:?}\n  actual {a:?}"),
                );
            failures.push(format!("{name}: {first}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn compile_errors_match_the_reference() {
    let text =
        std::fs::read_to_string(testdata().join("errors.cases")).expect("errors.cases readable");
    let mut failures = Vec::new();
    let mut count = 0;
    for block in text.split("=== ").skip(1) {
        let (name, rest) = block.split_once('\n').unwrap_or((block, ""));
        let (source, expected) = rest.split_once("--- expect\n").unwrap_or((rest, ""));
        count += 1;
        let actual = errors_line(source, &format!("{name}.py"));
        if actual != expected {
            failures.push(format!("{name}: expected {expected:?}, got {actual:?}"));
        }
    }
    assert!(count > 0, "no cases in errors.cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn deep_expressions_stop_with_cpythons_error() {
    let source = format!("x = {}\n", vec!["1"; 20_000].join("+"));
    let outcome = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || errors_line(&source, "deep.py"))
        .expect("thread starts")
        .join()
        .expect("no panic");
    assert!(
        outcome.starts_with("RecursionError: maximum recursion depth exceeded during compilation"),
        "{outcome}"
    );
}
