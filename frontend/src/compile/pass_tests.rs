//! One-pass-at-a-time tests: each `testdata/passes/*.pass` file holds a listing, the pass to run, and the graph after it; `OURO_TEST_BLESS=1` rewrites the expected part.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::cfg::{Cfg, CfgError};
use super::constant::ConstPool;
use super::listing::{format_cfg, format_instruction, parse_constant, parse_sequence};
use super::{CodeUnitMetadata, except, layout, lines, locals, localsplus, optimize, stackdepth};

/// The parts of a `.pass` file.
struct PassCase {
    pass: String,
    consts: Vec<String>,
    nlocals: usize,
    nparams: usize,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    flags: u32,
    input: String,
    output: String,
    /// Everything up to and including the `output:` line.
    head: String,
}

fn parse(text: &str) -> Result<PassCase, String> {
    let mut case = PassCase {
        pass: String::new(),
        consts: Vec::new(),
        nlocals: 0,
        nparams: 0,
        cellvars: Vec::new(),
        freevars: Vec::new(),
        flags: 0,
        input: String::new(),
        output: String::new(),
        head: String::new(),
    };
    let mut section = "";
    for line in text.lines() {
        if section == "output" {
            case.output.push_str(line);
            case.output.push('\n');
            continue;
        }
        case.head.push_str(line);
        case.head.push('\n');
        if section == "input"
            && (line.starts_with("  ") || (line.starts_with('L') && line.ends_with(':')))
        {
            case.input.push_str(line);
            case.input.push('\n');
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| format!("bad line {line:?}"))?;
        let value = value.trim();
        let words = || value.split_whitespace().map(str::to_owned).collect();
        match key {
            "pass" => case.pass = value.to_owned(),
            "const" => case.consts.push(value.to_owned()),
            "nlocals" => case.nlocals = value.parse().map_err(|_| "bad nlocals")?,
            "nparams" => case.nparams = value.parse().map_err(|_| "bad nparams")?,
            "cellvars" => case.cellvars = words(),
            "freevars" => case.freevars = words(),
            "flags" => {
                case.flags = u32::from_str_radix(value.trim_start_matches("0x"), 16)
                    .map_err(|_| "bad flags")?
            }
            "input" => section = "input",
            "output" => section = "output",
            _ => return Err(format!("unknown key {key}")),
        }
    }
    Ok(case)
}

/// Builds the graph and runs the preprocessing every pass expects
/// (labels to targets, handler marking, exception depths), then `pass`.
fn run(case: &PassCase) -> Result<String, CfgError> {
    let mut seq = parse_sequence(&case.input).map_err(|_| CfgError::MalformedCfg)?;
    let consts: Result<Vec<_>, _> = case.consts.iter().map(|c| parse_constant(c)).collect();
    let mut consts = ConstPool::from_values(consts.map_err(|_| CfgError::MalformedCfg)?);
    let mut g = Cfg::from_sequence(&mut seq)?;
    g.translate_jump_labels()?;
    except::mark_except_handlers(&mut g);
    if case.pass != "label_exception_targets" {
        except::label_exception_targets(&mut g)?;
    }
    let mut note = String::new();
    match case.pass.as_str() {
        "label_exception_targets" => except::label_exception_targets(&mut g)?,
        "inline_small_or_no_lineno_blocks" => optimize::inline_small_or_no_lineno_blocks(&mut g),
        "remove_unreachable" => optimize::remove_unreachable(&mut g),
        "resolve_line_numbers" => {
            optimize::remove_unreachable(&mut g);
            lines::resolve_line_numbers(&mut g, 1);
        }
        "optimize_load_const" => optimize::optimize_load_const(&mut g, &mut consts),
        "optimize_basic_block" => {
            for b in g.order() {
                optimize::optimize_basic_block(&mut g, b, &mut consts);
            }
        }
        "remove_redundant_nops_and_pairs" => optimize::remove_redundant_nops_and_pairs(&mut g),
        "remove_redundant_nops_and_jumps" => optimize::remove_redundant_nops_and_jumps(&mut g)?,
        "optimize_cfg" => optimize::optimize_cfg(&mut g, &mut consts, 1)?,
        // What `_testinternalcapi.optimize_cfg` does, so that the expected
        // listing can come from the reference (testdata/passes/reference.py).
        "optimize_cfg_reference" => {
            let mut g = Cfg::from_sequence(
                &mut parse_sequence(&case.input).map_err(|_| CfgError::MalformedCfg)?,
            )?;
            super::optimize_code_unit(&mut g, &mut consts, case.nlocals, 0, 1)?;
            stackdepth::calculate_stackdepth(&mut g)?;
            locals::optimize_load_fast(&mut g)?;
            let mut out = String::new();
            for instr in g.to_sequence().instrs {
                out.push_str("  ");
                format_instruction(&mut out, instr.opcode, instr.oparg, instr.loc);
                out.push('\n');
            }
            for c in consts.values() {
                let _ = writeln!(out, "const: {}", c.repr());
            }
            return Ok(out);
        }
        "remove_unused_consts" => locals::remove_unused_consts(&mut g, &mut consts),
        "add_checks_for_loads_of_uninitialized_variables" => {
            locals::add_checks_for_loads_of_uninitialized_variables(
                &mut g,
                case.nlocals,
                case.nparams,
            )
        }
        "insert_superinstructions" => locals::insert_superinstructions(&mut g),
        "push_cold_blocks_to_end" => {
            optimize::remove_unreachable(&mut g);
            layout::push_cold_blocks_to_end(&mut g)?;
        }
        "convert_pseudo_conditional_jumps" => layout::convert_pseudo_conditional_jumps(&mut g),
        "calculate_stackdepth" => {
            let depth = stackdepth::calculate_stackdepth(&mut g)?;
            let _ = writeln!(note, "stackdepth: {depth}");
        }
        "prepare_localsplus" => {
            let umd = CodeUnitMetadata {
                varnames: (0..case.nlocals).map(|i| format!("v{i}")).collect(),
                cellvars: case.cellvars.clone(),
                freevars: case.freevars.clone(),
                firstlineno: 1,
                ..CodeUnitMetadata::default()
            };
            let n = localsplus::prepare_localsplus(&umd, &mut g, case.flags);
            let _ = writeln!(note, "nlocalsplus: {n}");
        }
        "convert_pseudo_ops" => layout::convert_pseudo_ops(&mut g)?,
        "normalize_jumps" => layout::normalize_jumps(&mut g),
        "optimize_load_fast" => {
            stackdepth::calculate_stackdepth(&mut g)?;
            locals::optimize_load_fast(&mut g)?;
        }
        other => panic!("unknown pass {other}"),
    }
    let mut out = format_cfg(&g);
    out.push_str(&note);
    for c in consts.values() {
        let _ = writeln!(out, "const: {}", c.repr());
    }
    Ok(out)
}

fn pass_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/compile/testdata/passes");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("testdata/passes")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "pass"))
        .collect();
    files.sort();
    files
}

#[test]
fn each_pass_on_its_own() {
    // Reference-made expectations are blessed by testdata/passes/reference.py instead.
    let bless = std::env::var_os("OURO_TEST_BLESS").is_some();
    let files = pass_files();
    assert!(!files.is_empty(), "no .pass files");
    let mut failures = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable .pass file");
        let case = parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let actual = match run(&case) {
            Ok(out) => out,
            Err(e) => format!("error: {e:?}\n"),
        };
        if bless && case.pass != "optimize_cfg_reference" {
            std::fs::write(&path, format!("{}{actual}", case.head)).expect("writable .pass file");
        } else if actual != case.output {
            failures.push(format!(
                "{}:\n--- expected\n{}--- actual\n{actual}",
                path.display(),
                case.output
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
