//! Prints what the tokenizer makes of files, in the formats of the reference tools, for differential checks against CPython.
//!
//! ```text
//! tokdump tokens --out DIR FILE...   # `python -m tokenize -e FILE` output, to DIR/<FILE>.tok
//! tokdump errors FILE...             # refdump.py's `errors` line of the tokenizer's first error
//! tokdump bench N FILE...            # decode + tokenize every file N times, print the time
//! ```

use std::path::Path;

use ouro_frontend::source::decode_source;
use ouro_frontend::tokenizer::{tokenize, tokenize_listing};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("tokens") if args.get(1).map(String::as_str) == Some("--out") && args.len() > 2 => {
            let out = Path::new(&args[2]);
            for file in &args[3..] {
                let dump = dump_tokens(&std::fs::read(file).unwrap_or_default());
                let dest = out.join(format!("{}.tok", file.trim_start_matches('/')));
                if let Some(dir) = dest.parent() {
                    std::fs::create_dir_all(dir).expect("cannot create output folder");
                }
                std::fs::write(&dest, dump).expect("cannot write dump");
            }
        }
        Some("errors") => {
            for file in &args[1..] {
                let bytes = std::fs::read(file).unwrap_or_default();
                let line = match decode_source(&bytes) {
                    Err(e) => e.to_string(),
                    Ok(text) => tokenize(&text)
                        .error
                        .map_or_else(|| "ok".to_string(), |e| e.to_string()),
                };
                println!("=== {file}\n{line}");
            }
        }
        Some("bench") if args.len() > 2 => {
            let rounds: usize = args[1].parse().expect("bench N: a number of rounds");
            let sources: Vec<Vec<u8>> = args[2..]
                .iter()
                .map(|f| std::fs::read(f).unwrap_or_default())
                .collect();
            let started = std::time::Instant::now();
            let mut count = 0;
            for _ in 0..rounds {
                for bytes in &sources {
                    if let Ok(text) = decode_source(bytes) {
                        count += tokenize(&text).tokens.len();
                    }
                }
            }
            println!("{count} tokens in {:?}", started.elapsed());
        }
        _ => {
            eprintln!("usage: tokdump tokens --out DIR FILE... | errors FILE... | bench N FILE...")
        }
    }
}

/// `python -m tokenize -e` output for a file's bytes (taken as they are,
/// without newline translation, as `tokenize` reads them).
fn dump_tokens(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => tokenize_listing(text),
        Err(_) => match decode_source(bytes) {
            Ok(text) => tokenize_listing(&text),
            Err(e) => format!("ERROR {e}\n"),
        },
    }
}
