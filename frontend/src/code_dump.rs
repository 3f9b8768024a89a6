//! The `code` dump of `shared/tools/refdump.py`: a code object and its nested ones, depth first, as `dis.get_instructions`, `co_lines()` and the exception table show them.

use std::fmt::Write as _;

use ouro_bytecode::argrepr::{ArgNames, argrepr};
use ouro_bytecode::code_unit::{DecodeError, Instruction, instructions, jump_labels};
use ouro_bytecode::exception_table;
use ouro_bytecode::location_table::{self, LocationEntry, Position};

use crate::ast_dump::{repr_bytes, repr_float, repr_str};
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

/// refdump's `_const_repr`: Python's `repr`, with code objects as
/// `<code QUALNAME>` and frozenset elements sorted by their `repr`.
pub fn const_repr(value: &Constant) -> String {
    let mut out = String::new();
    write_const(value, &mut out);
    out
}

fn write_const(value: &Constant, out: &mut String) {
    match value {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(v) => {
            let _ = write!(out, "{v}");
        }
        Constant::Float(v) => out.push_str(&repr_float(*v)),
        Constant::Complex(re, im) => write_complex(*re, *im, out),
        Constant::Str(s) => repr_str(s, out),
        Constant::Bytes(b) => repr_bytes(b, out),
        Constant::Tuple(items) => {
            out.push('(');
            write_list(items.iter().map(const_repr), out);
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::FrozenSet(items) => {
            let mut reprs: Vec<String> = items.iter().map(const_repr).collect();
            reprs.sort();
            out.push_str("frozenset({");
            write_list(reprs.into_iter(), out);
            out.push_str("})");
        }
        Constant::Slice(parts) => {
            out.push_str("slice(");
            write_list(parts.iter().map(const_repr), out);
            out.push(')');
        }
        Constant::Code(code) => {
            let _ = write!(out, "<code {}>", code.qualname);
        }
    }
}

fn write_list(items: impl Iterator<Item = String>, out: &mut String) {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&item);
    }
}

/// `repr(complex)` (`complex_repr` in Objects/complexobject.c): the parts in
/// `repr` style without a forced `.0`; a real part of `+0.0` is left out.
fn write_complex(re: f64, im: f64, out: &mut String) {
    let part = |v: f64| {
        let text = repr_float(v);
        match text.strip_suffix(".0") {
            Some(short) => short.to_string(),
            None => text,
        }
    };
    let imag = part(im);
    if re == 0.0 && re.is_sign_positive() {
        let _ = write!(out, "{imag}j");
        return;
    }
    let sign = if imag.starts_with('-') { "" } else { "+" };
    let _ = write!(out, "({}{sign}{imag}j)", part(re));
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
            .map(const_repr)
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
    let consts: Vec<String> = code.consts.iter().map(const_repr).collect();
    let _ = writeln!(out, "  consts: {}", consts.join(", "));
    // A table the compiler wrote but that does not decode shows as no
    // positions: the instructions are still worth seeing.
    let locations = location_table::decode(code.firstlineno, &code.linetable).unwrap_or_default();
    if let Err(e) = dump_instructions(code, &locations, out) {
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
    locations: &[LocationEntry],
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
        let position = location_table::position_at(locations, instruction.offset / 2);
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
