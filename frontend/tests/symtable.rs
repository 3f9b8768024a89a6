//! Symbol tables of `tests/symtable/*.py` against CPython's, recorded by `tools/record-symtable-tests`.

use std::path::Path;

use ouro_frontend::{future, parser, symtable};

fn dump(source: &[u8]) -> String {
    let table = parser::parse_file(source).and_then(|module| {
        let features = future::parse_future(&module)?;
        symtable::build(&module, &features)
    });
    match table {
        Ok(table) => symtable::dump(&table),
        Err(e) => format!("{e}\n"),
    }
}

#[test]
fn symbol_tables_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/symtable");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/symtable exists")
        .map(|entry| entry.expect("readable directory").path())
        .filter(|path| path.extension().is_some_and(|e| e == "py"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases in {}", dir.display());
    let mut failures = Vec::new();
    for case in &cases {
        let source = std::fs::read(case).expect("readable case");
        let expected_path = case.with_extension("py.symtable");
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
            panic!(
                "{} has no recorded {}",
                case.display(),
                expected_path.display()
            )
        });
        let actual = dump(&source);
        if actual != expected {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- actual\n{actual}",
                case.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
