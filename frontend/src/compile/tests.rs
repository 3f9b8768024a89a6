//! Back-end tests against the reference: each `testdata/*.cases` unit holds CPython 3.14's codegen output and the code object CPython made of it (recorded by `testdata/record.py`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::constant::ConstPool;
use super::listing::{self, disassemble, format_code_fields, parse_constant, unhex};
use super::{CodeUnitMetadata, optimize_and_assemble};

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/compile/testdata")
}

/// Where the `.cases` files are: `OURO_BACKEND_CASES` (e.g. a recording of
/// the whole stdlib) or the checked-in `testdata`.
fn cases_dir() -> PathBuf {
    std::env::var_os("OURO_BACKEND_CASES").map_or_else(testdata, PathBuf::from)
}

/// One recorded code unit.
struct Case {
    file: String,
    qualname: String,
    umd: CodeUnitMetadata,
    flags: u32,
    nparams: usize,
    skip: Option<String>,
    codegen: String,
    expect: String,
}

fn words(v: &str) -> Vec<String> {
    v.split_whitespace().map(str::to_owned).collect()
}

fn parse_cases(file: &str, text: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let Some(qualname) = line.strip_prefix("unit ") else {
            continue;
        };
        let mut case = Case {
            file: file.to_owned(),
            qualname: qualname.to_owned(),
            umd: CodeUnitMetadata {
                qualname: qualname.to_owned(),
                filename: file.to_owned(),
                ..Default::default()
            },
            flags: 0,
            nparams: 0,
            skip: None,
            codegen: String::new(),
            expect: String::new(),
        };
        let mut consts = Vec::new();
        let mut section = "";
        for line in lines.by_ref() {
            if line == "end" {
                break;
            }
            match section {
                "codegen" if line.starts_with("  ") => {
                    case.codegen.push_str(line.trim());
                    case.codegen.push('\n');
                    continue;
                }
                "expect" => {
                    case.expect
                        .push_str(line.strip_prefix("  ").unwrap_or(line));
                    case.expect.push('\n');
                    continue;
                }
                _ => {}
            }
            let (key, value) = line
                .split_once(':')
                .ok_or_else(|| format!("bad line {line:?}"))?;
            let value = value.strip_prefix(' ').unwrap_or(value);
            match key {
                "name" => case.umd.name = value.to_owned(),
                "firstlineno" => {
                    case.umd.firstlineno = value.parse().map_err(|_| "bad firstlineno")?
                }
                "flags" => {
                    case.flags = u32::from_str_radix(value.trim_start_matches("0x"), 16)
                        .map_err(|_| "bad flags")?
                }
                "args" => {
                    let n: Vec<u32> = value
                        .split_whitespace()
                        .filter_map(|w| w.parse().ok())
                        .collect();
                    let [argcount, posonly, kwonly, nparams] = n[..] else {
                        return Err("bad args".into());
                    };
                    case.umd.argcount = argcount - posonly;
                    case.umd.posonlyargcount = posonly;
                    case.umd.kwonlyargcount = kwonly;
                    case.nparams = nparams as usize;
                }
                "names" => case.umd.names = words(value),
                "varnames" => case.umd.varnames = words(value),
                "cellvars" => case.umd.cellvars = words(value),
                "freevars" => case.umd.freevars = words(value),
                "skip" => case.skip = Some(value.to_owned()),
                "const" => consts.push(parse_constant(value)?),
                "codegen" => section = "codegen",
                "expect" => section = "expect",
                _ => return Err(format!("unknown key {key}")),
            }
        }
        case.umd.consts = ConstPool::from_values(consts);
        cases.push(case);
    }
    Ok(cases)
}

/// Runs one case; `Err` holds a readable account of the difference.
fn run_case(case: &Case) -> Result<(), String> {
    let seq = listing::parse_sequence(&case.codegen)?;
    let code = optimize_and_assemble(seq, case.umd.clone(), case.flags, case.nparams)
        .map_err(|e| format!("back end failed: {e:?}"))?;
    let actual = format_code_fields(&code);
    if actual == case.expect {
        return Ok(());
    }
    let mut report = String::new();
    for (a, e) in actual.lines().zip(case.expect.lines()) {
        if a != e {
            if let (Some(a), Some(e)) = (a.strip_prefix("code: "), e.strip_prefix("code: ")) {
                let (a, e) = (
                    disassemble(&unhex(a).unwrap_or_default()),
                    disassemble(&unhex(e).unwrap_or_default()),
                );
                report.push_str(&format!("code differs:\n--- ours\n{a}--- CPython\n{e}"));
            } else {
                report.push_str(&format!("ours:    {a}\nCPython: {e}\n"));
            }
        }
    }
    if actual.lines().count() != case.expect.lines().count() {
        report.push_str(&format!("--- ours\n{actual}--- CPython\n{}", case.expect));
    }
    Err(report)
}

/// Units known not to match yet, one `file qualname: reason` per line.
fn known_failures() -> BTreeSet<String> {
    let text = std::fs::read_to_string(testdata().join("known_failures.txt")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(": ").map(|(k, _)| k.to_owned()))
        .collect()
}

#[test]
fn reference_cases_match_cpython() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .expect("testdata directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "cases"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .cases files");
    let known = known_failures();
    let (mut passed, mut skipped) = (0, 0);
    let mut failures = Vec::new();
    let mut now_passing = Vec::new();
    for path in &files {
        let file = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(path).expect("readable case file");
        let cases = parse_cases(&file, &text).unwrap_or_else(|e| panic!("{file}: {e}"));
        for case in &cases {
            if case.skip.is_some() {
                skipped += 1;
                continue;
            }
            let key = format!("{} {}", case.file, case.qualname);
            match run_case(case) {
                Ok(()) => {
                    passed += 1;
                    if known.contains(&key) {
                        now_passing.push(key);
                    }
                }
                Err(report) => {
                    if !known.contains(&key) {
                        failures.push(format!("=== {key}\n{report}"));
                    }
                }
            }
        }
    }
    eprintln!(
        "reference cases: {passed} identical, {} unexpected failures, {skipped} skipped",
        failures.len()
    );
    if let Some(path) = std::env::var_os("OURO_BACKEND_FAILURES") {
        std::fs::write(path, failures.join("\n")).expect("writable failure report");
    }
    assert!(
        now_passing.is_empty(),
        "now passing, remove from known_failures.txt: {now_passing:?}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
