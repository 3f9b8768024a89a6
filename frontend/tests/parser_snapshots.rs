//! The parser against CPython 3.14's `ast.parse`: syntax trees with positions and syntax errors, from recorded snapshots.
//!
//! Every tests/data/{parser,parse_errors}/NAME.py has NAME.ast (the tree's
//! `ast.dump(..., include_attributes=True)`) or NAME.err (the `errors` line of
//! shared/tools/refdump.py), recorded from the reference interpreter by
//! tools/record_parser_refs.py. `OURO_TEST_BLESS=1` rewrites them with Ouro's
//! output instead, for review with `git diff`.

use std::path::{Path, PathBuf};

use ouro_frontend::{ast_dump, parser};

/// Differences from CPython we know of, each with the reason; the test fails
/// when one of them starts to match, so the list only shrinks.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[(
    "errs3_h093",
    "CPython's end column is where its tokenizer stands, one token further here",
)];

fn sources(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(folder);
    let mut sources: Vec<_> = std::fs::read_dir(&dir)
        .expect("test data folder")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    sources.sort();
    sources
}

/// What Ouro makes of a source: the expected file's extension and text.
/// NAME.eval.py and NAME.single.py are parsed in those modes.
fn outcome(source: &Path) -> (&'static str, String) {
    let bytes = std::fs::read(source).expect("test source");
    let stem = source
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let mode = if stem.ends_with(".eval") {
        parser::Mode::Eval
    } else if stem.ends_with(".single") {
        parser::Mode::Single
    } else {
        parser::Mode::Exec
    };
    let parsed =
        ouro_frontend::source::decode_source(&bytes).and_then(|text| parser::parse(&text, mode));
    match parsed {
        Ok(parsed) => ("ast", ast_dump::dump(&parsed.module) + "\n"),
        Err(e) => ("err", format!("{e}\n")),
    }
}

fn check(folder: &str, minimum: usize) {
    let bless = std::env::var_os("OURO_TEST_BLESS").is_some_and(|v| v == "1");
    let sources = sources(folder);
    assert!(sources.len() >= minimum, "test data missing in {folder}");
    let mut failures = Vec::new();
    let mut fixed = Vec::new();
    for source in &sources {
        let (ext, got) = outcome(source);
        if bless {
            for old in ["ast", "err"] {
                let _ = std::fs::remove_file(source.with_extension(old));
            }
            std::fs::write(source.with_extension(ext), &got).expect("write snapshot");
            continue;
        }
        let expected = ["ast", "err"]
            .iter()
            .find_map(|e| std::fs::read_to_string(source.with_extension(e)).ok())
            .unwrap_or_default()
            .replace(":-1-", ":None-")
            .replace(":-1\n", ":None\n");
        let name = source
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let known = KNOWN_DIFFERENCES.iter().any(|(n, _)| *n == name);
        match (got == expected, known) {
            (true, true) => fixed.push(name.to_string()),
            (false, false) => failures.push(format!(
                "{}:\n  expected: {}  got:      {}",
                source.display(),
                expected.chars().take(300).collect::<String>(),
                got.chars().take(300).collect::<String>()
            )),
            _ => {}
        }
    }
    assert!(
        failures.is_empty(),
        "differences from CPython:\n{}",
        failures.join("\n")
    );
    assert!(
        fixed.is_empty(),
        "now matching CPython, remove from KNOWN_DIFFERENCES: {fixed:?}"
    );
}

#[test]
fn trees_match_cpython() {
    check("parser", 3);
}

#[test]
fn errors_match_cpython() {
    check("parse_errors", 300);
}
