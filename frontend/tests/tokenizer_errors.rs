//! The first error of `decode_source` + `tokenize` against CPython 3.14's `compile()`, for sources whose error the tokenizer decides.
//!
//! Each tests/data/errors/NAME.py has NAME.err: its line of `refdump.py errors`
//! (shared/tools), recorded from the reference interpreter.

use std::path::Path;

use ouro_frontend::source::decode_source;
use ouro_frontend::tokenizer::tokenize;

/// CPython's `-1` columns are `None` in Ouro's `SyntaxError` (unsigned columns).
fn as_ouro_reports(line: &str) -> String {
    line.replace(":-1-", ":None-").replace(":-1\n", ":None\n")
}

#[test]
fn errors_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/errors");
    let mut sources: Vec<_> = std::fs::read_dir(&dir)
        .expect("test data folder")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    sources.sort();
    assert!(sources.len() > 100, "test data missing");
    let mut failures = Vec::new();
    for source in &sources {
        let bytes = std::fs::read(source).expect("test source");
        let got = match decode_source(&bytes) {
            Err(e) => e.to_string(),
            Ok(text) => tokenize(&text)
                .error
                .map_or_else(|| "ok".to_string(), |e| e.to_string()),
        };
        let expected =
            std::fs::read_to_string(source.with_extension("err")).expect("recorded error");
        if format!("{got}\n") != as_ouro_reports(&expected) {
            failures.push(format!("{}: {got}", source.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "errors differ from CPython's:\n{}",
        failures.join("\n")
    );
}
