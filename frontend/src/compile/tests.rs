//! Back-end tests against the reference: each `testdata/*.cases` unit holds CPython 3.14's codegen output and the code object CPython made of it (recorded by `testdata/record.py`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::constant::ConstPool;
use super::constant::Constant;
use super::listing::{self, disassemble, format_code_fields, parse_constant, unhex};
use super::{CodeObject, CodeUnitMetadata, optimize_and_assemble};
use std::rc::Rc;

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
    depth: usize,
    codegen: String,
    expect: String,
}

/// A tuple of names, written as its `repr` (names may be empty).
fn names(v: &str) -> Result<Vec<String>, String> {
    match parse_constant(v)? {
        Constant::Tuple(items) => items
            .iter()
            .map(|c| match c {
                Constant::Str(s) => s
                    .as_str()
                    .map(str::to_string)
                    .ok_or_else(|| format!("not a name: {}", c.repr())),
                other => Err(format!("not a name: {}", other.repr())),
            })
            .collect(),
        other => Err(format!("not a tuple of names: {}", other.repr())),
    }
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
            depth: 0,
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
                "names" => case.umd.names = names(value)?,
                "varnames" => case.umd.varnames = names(value)?,
                "cellvars" => case.umd.cellvars = names(value)?,
                "freevars" => case.umd.freevars = names(value)?,
                "skip" => case.skip = Some(value.to_owned()),
                "depth" => case.depth = value.parse().map_err(|_| "bad depth")?,
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

fn compile_case(case: &Case) -> Result<CodeObject, String> {
    let seq = listing::parse_sequence(&case.codegen)?;
    optimize_and_assemble(seq, case.umd.clone(), case.flags, case.nparams)
        .map_err(|e| format!("back end failed: {e:?}"))
}

/// Runs one case; `Err` holds a readable account of the difference.
fn run_case(case: &Case) -> Result<(), String> {
    let code = compile_case(case)?;
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

/// Compiles every unit of a file and puts each nested code object in its
/// parent's constants (units are recorded depth first, with their depth).
/// `None` if a unit was skipped or does not fit its parent.
fn compile_file(cases: &[Case]) -> Option<CodeObject> {
    if cases.iter().any(|c| c.skip.is_some()) {
        return None;
    }
    let mut done: Vec<Option<CodeObject>> = Vec::new();
    for case in cases {
        done.push(Some(compile_case(case).ok()?));
    }
    for i in (0..cases.len()).rev() {
        let children: Vec<usize> = (i + 1..cases.len())
            .take_while(|&j| cases[j].depth > cases[i].depth)
            .filter(|&j| cases[j].depth == cases[i].depth + 1)
            .collect();
        let mut children = children.into_iter();
        let mut code = done[i].take()?;
        for c in code.consts.iter_mut() {
            if let Constant::Code(_) = c {
                *c = Constant::Code(Rc::new(done[children.next()?].clone()?));
            }
        }
        if children.next().is_some() {
            return None;
        }
        done[i] = Some(code);
    }
    done.into_iter().next().flatten()
}

#[test]
fn code_dump_matches_refdump() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .expect("cases directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "code"))
        .collect();
    files.sort();
    let (mut identical, mut skipped) = (0, 0);
    let mut failures = Vec::new();
    for path in &files {
        let file = path
            .with_extension("cases")
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Ok(text) = std::fs::read_to_string(path.with_extension("cases")) else {
            continue;
        };
        let cases = parse_cases(&file, &text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let Some(code) = compile_file(&cases) else {
            skipped += 1;
            continue;
        };
        let ours = crate::code_dump::dump(&code);
        let expected = std::fs::read_to_string(path).expect("readable .code file");
        if ours == expected {
            identical += 1;
        } else {
            let diff: Vec<String> = ours
                .lines()
                .zip(expected.lines())
                .filter(|(a, b)| a != b)
                .take(5)
                .map(|(a, b)| format!("ours:    {a}\nCPython: {b}"))
                .collect();
            failures.push(format!("=== {file}\n{}", diff.join("\n")));
        }
    }
    eprintln!(
        "code dumps: {identical} files identical, {} differ, {skipped} not rebuildable",
        failures.len()
    );
    assert!(identical > 0, "no file compared");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Damaged codegen output must give an error or some code, never a panic:
/// every unit of the checked-in cases with one instruction dropped, or one
/// argument changed, at a spread of positions.
#[test]
fn damaged_sequences_never_panic() {
    let mut cases = Vec::new();
    for file in [
        "functools.cases",
        "tasks.cases",
        "_pyio.cases",
        "ElementPath.cases",
    ] {
        let text = std::fs::read_to_string(testdata().join(file)).expect("checked-in cases");
        cases.extend(parse_cases(file, &text).expect("parsable cases"));
    }
    let mut runs = 0;
    for case in cases.iter().filter(|c| c.skip.is_none()) {
        let seq = listing::parse_sequence(&case.codegen).expect("parsable listing");
        let n = seq.instrs.len();
        for k in (0..n).step_by(n / 7 + 1) {
            let mut dropped = seq.instrs.clone();
            dropped.remove(k);
            let mut bumped = seq.instrs.clone();
            bumped[k].oparg = bumped[k].oparg.wrapping_add(3);
            for instrs in [dropped, bumped] {
                let seq = super::InstructionSequence::from_resolved(instrs);
                let umd = case.umd.clone();
                let result =
                    std::panic::catch_unwind(move || optimize_and_assemble(seq, umd, 0, 0));
                assert!(
                    result.is_ok(),
                    "{} panicked with instruction {k} damaged",
                    case.qualname
                );
                runs += 1;
            }
        }
    }
    assert!(runs > 100, "only {runs} damaged sequences tried");
}
