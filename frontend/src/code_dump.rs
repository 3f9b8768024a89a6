//! The `code` dump of `shared/tools/refdump.py`: a code object and its nested ones, depth first, as `dis.get_instructions`, `co_lines()` and the exception table show them.

use std::fmt::Write as _;

use ouro_bytecode::argrepr::{ArgNames, argrepr};
use ouro_bytecode::code_unit::{DecodeError, Instruction, instructions, jump_labels};
use ouro_bytecode::exception_table;
use ouro_bytecode::location_table::{self, Position};

use crate::compile::{CodeObject, Constant};

/// The dump of `code` and every code object in its constants, depth first.
pub fn dump(code: &CodeObject) -> String {
    let mut out = String::new();
    let mut pending = vec![code];
    while let Some(code) = pending.pop() {
        dump_one(code, &mut out);
        let nested = code.consts.iter().filter_map(|c| match c {
            Constant::Code(inner) => Some(&**inner),
            _ => None,
        });
        // Pushed in reverse so the first nested code object is dumped next.
        let start = pending.len();
        pending.extend(nested);
        pending[start..].reverse();
    }
    out
}

/// What `dis` looks up in one code object.
struct CodeNames<'a> {
    code: &'a CodeObject,
}

impl ArgNames for CodeNames<'_> {
    fn const_repr(&self, index: u32) -> Option<String> {
        self.code
            .consts
            .get(usize::try_from(index).ok()?)
            .map(Constant::repr)
    }

    fn name(&self, index: u32) -> Option<&str> {
        self.code
            .names
            .get(usize::try_from(index).ok()?)
            .map(String::as_str)
    }

    fn varname(&self, index: u32) -> Option<&str> {
        let (name, _) = self.code.localsplus.get(usize::try_from(index).ok()?)?;
        Some(name)
    }
}

fn dump_one(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} line={} args={}/{}/{} flags=0x{:x} stack={}",
        code.qualname,
        code.firstlineno,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.flags,
        code.stacksize
    );
    let _ = writeln!(out, "  varnames: {}", code.varnames().join(" "));
    let _ = writeln!(out, "  cellvars: {}", code.cellvars().join(" "));
    let _ = writeln!(out, "  freevars: {}", code.freevars().join(" "));
    let _ = writeln!(out, "  names: {}", code.names.join(" "));
    let consts: Vec<String> = code.consts.iter().map(Constant::repr).collect();
    let _ = writeln!(out, "  consts: {}", consts.join(", "));
    // A table the compiler wrote but that does not decode shows as no
    // positions: the instructions are still worth seeing.
    let locations = location_table::decode(code.firstlineno, &code.linetable).unwrap_or_default();
    // One position per code unit, as `co_positions()` yields them.
    let positions: Vec<Position> = location_table::positions(&locations).collect();
    if let Err(e) = dump_instructions(code, &positions, out) {
        let _ = writeln!(out, "  undecodable co_code: {e:?}");
    }
    for entry in exception_table::entries(&code.exceptiontable) {
        match entry {
            Ok(e) => {
                let _ = writeln!(
                    out,
                    "  exc: {} {} {} depth={} lasti={}",
                    u64::from(e.start) * 2,
                    u64::from(e.end) * 2,
                    u64::from(e.target) * 2,
                    e.depth,
                    u8::from(e.lasti)
                );
            }
            Err(e) => {
                let _ = writeln!(out, "  undecodable co_exceptiontable: {e:?}");
            }
        }
    }
    let lines: Vec<String> = location_table::lines(&locations)
        .iter()
        .map(|r| format!("{}-{}:{}", r.start, r.end, show(r.line)))
        .collect();
    let _ = writeln!(out, "  lines: {}", lines.join(", "));
}

fn dump_instructions(
    code: &CodeObject,
    positions: &[Position],
    out: &mut String,
) -> Result<(), DecodeError> {
    let labels = jump_labels(&code.code)?;
    let names = CodeNames { code };
    for instruction in instructions(&code.code) {
        let instruction: Instruction = instruction?;
        let arg = instruction
            .arg
            .map_or_else(|| "-".to_string(), |a| a.to_string());
        let shown = argrepr(&instruction, &labels, &names).unwrap_or_default();
        let position = positions.get(instruction.offset / 2).copied();
        let _ = writeln!(
            out,
            "  {} {} {arg} {shown} @{}",
            instruction.offset,
            instruction.opcode.name(),
            show_position(position)
        );
    }
    Ok(())
}

/// refdump's `_pos`: `None` when there is no start line.
fn show_position(position: Option<Position>) -> String {
    match position {
        Some(p) if p.line.is_some() => format!(
            "{}:{}-{}:{}",
            show(p.line),
            show(p.col),
            show(p.end_line),
            show(p.end_col)
        ),
        _ => "None".to_string(),
    }
}

fn show(value: Option<i32>) -> String {
    value.map_or_else(|| "None".to_string(), |v| v.to_string())
}

#[cfg(test)]
mod tests;
