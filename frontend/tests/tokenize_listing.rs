//! `tokenize_listing` against CPython 3.14's `tokenize` output, recorded in tests/data/tokenize/*.tok by tools/record_tokenize_refs.py.

use std::path::Path;

use ouro_frontend::tokenizer::tokenize_listing;

#[test]
fn listings_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tokenize");
    let mut sources: Vec<_> = std::fs::read_dir(&dir)
        .expect("test data folder")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    sources.sort();
    assert!(sources.len() > 200, "test data missing");
    let mut failures = Vec::new();
    for source in &sources {
        let bytes = std::fs::read(source).expect("test source");
        // `tokenize` reads the bytes as they are (no newline translation).
        let text = std::str::from_utf8(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes))
            .expect("UTF-8 test source");
        let expected =
            std::fs::read_to_string(source.with_extension("tok")).expect("recorded listing");
        if tokenize_listing(text) != expected {
            failures.push(
                source
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            );
        }
    }
    assert!(
        failures.is_empty(),
        "listings differ from CPython's for {failures:?}"
    );
}
