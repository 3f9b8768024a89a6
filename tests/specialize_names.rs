//! Runs tests/specialize/names.py on ouro and checks that its warmed-up functions name the same specialized instructions at each offset as the reference CPython 3.14 does (names.expected, issue 7: at least 95% of instructions).
//!
//! names.py prints `qualname offset opname` per instruction from
//! `dis.get_instructions(f, adaptive=True)`. The comparison goes by
//! `qualname offset`, so bytecode that differs at one site does not shift
//! the rest; every instruction that differs (or exists on one side only)
//! is printed with what each side shows.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

const FOLDER: &str = "tests/specialize";
const PROGRAM: &str = "names.py";
const EXPECTED: &str = "names.expected";
/// The share of the reference's instructions Ouro must name alike, in percent.
const REQUIRED_PERCENT: f64 = 95.0;

/// `qualname offset` -> opname for every line of `text`.
fn instructions(text: &str) -> Result<BTreeMap<(String, u32), String>, String> {
    let mut found = BTreeMap::new();
    for line in text.lines() {
        let mut fields = line.split(' ');
        let (Some(qualname), Some(offset), Some(opname), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(format!("not `qualname offset opname`: {line:?}"));
        };
        let offset = offset
            .parse()
            .map_err(|_| format!("offset is not a number: {line:?}"))?;
        found.insert((qualname.to_string(), offset), opname.to_string());
    }
    Ok(found)
}

#[test]
fn specialized_instruction_names_match_cpython() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(FOLDER);
    let expected_text = fs::read_to_string(folder.join(EXPECTED))
        .unwrap_or_else(|e| panic!("reading {FOLDER}/{EXPECTED}: {e}"));
    let expected = instructions(&expected_text).expect("names.expected");
    let run = Command::new(env!("CARGO_BIN_EXE_ouro"))
        .arg(PROGRAM)
        .current_dir(&folder)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .output()
        .expect("starting ouro");
    assert!(
        run.status.success(),
        "ouro {PROGRAM} failed ({}):\n{}",
        run.status,
        String::from_utf8_lossy(&run.stderr)
    );
    let actual = instructions(&String::from_utf8_lossy(&run.stdout)).expect("ouro's output");

    let mut matching = 0usize;
    let mut report = Vec::new();
    for (key @ (qualname, offset), want) in &expected {
        match actual.get(key) {
            Some(got) if got == want => matching += 1,
            Some(got) => report.push(format!("{qualname} {offset}: CPython {want}, ouro {got}")),
            None => report.push(format!(
                "{qualname} {offset}: CPython {want}, ouro has none"
            )),
        }
    }
    for ((qualname, offset), got) in &actual {
        if !expected.contains_key(&(qualname.clone(), *offset)) {
            report.push(format!("{qualname} {offset}: CPython has none, ouro {got}"));
        }
    }
    let percent = 100.0 * matching as f64 / expected.len().max(1) as f64;
    for line in &report {
        println!("{line}");
    }
    println!(
        "specialize_names: {matching} of {} instructions named as CPython names them ({percent:.1}%)",
        expected.len()
    );
    assert!(
        percent >= REQUIRED_PERCENT,
        "{percent:.1}% of instructions match CPython's names; {REQUIRED_PERCENT}% required"
    );
}
