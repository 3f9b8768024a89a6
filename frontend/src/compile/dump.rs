//! The `code` dump of `shared/tools/refdump.py` for a [`CodeObject`]: what `dis` shows of every code object, depth first in `co_consts` order.

use std::fmt::Write as _;

use ouro_bytecode::argrepr::{ArgNames, argrepr};
use ouro_bytecode::code_unit::{instructions, jump_labels};
use ouro_bytecode::exception_table;
use ouro_bytecode::location_table::{self, Position};

use super::assemble::CodeObject;
use super::constant::Constant;

/// Looks up `dis` argument descriptions in a code object.
struct Names<'a>(&'a CodeObject);

impl ArgNames for Names<'_> {
    fn const_repr(&self, index: u32) -> Option<String> {
        self.0.consts.get(index as usize).map(Constant::repr)
    }

    fn name(&self, index: u32) -> Option<&str> {
        self.0.names.get(index as usize).map(String::as_str)
    }

    fn varname(&self, index: u32) -> Option<&str> {
        self.0
            .localsplus
            .get(index as usize)
            .map(|(n, _)| n.as_str())
    }
}

fn opt(v: Option<i32>) -> String {
    v.map_or_else(|| "None".to_owned(), |v| v.to_string())
}

fn position(p: Option<Position>) -> String {
    match p {
        Some(p) if p.line.is_some() => {
            format!(
                "{}:{}-{}:{}",
                opt(p.line),
                opt(p.col),
                opt(p.end_line),
                opt(p.end_col)
            )
        }
        _ => "None".to_owned(),
    }
}

/// Appends `code` and the code objects among its constants, as refdump's `code` mode prints them.
pub fn dump_code(code: &CodeObject, out: &mut String) {
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
    let exceptions = exception_table::decode(&code.exceptiontable).unwrap_or_default();
    let locations = location_table::decode(code.firstlineno, &code.linetable).unwrap_or_default();
    // dis.get_instructions numbers the jump targets only.
    let labels = jump_labels(&code.code).unwrap_or_default();
    let names = Names(code);
    for instr in instructions(&code.code).map_while(Result::ok) {
        let arg = instr.arg.map_or_else(|| "-".to_owned(), |a| a.to_string());
        let text = argrepr(&instr, &labels, &names).unwrap_or_default();
        let pos = position(location_table::position_at(&locations, instr.offset / 2));
        let _ = writeln!(
            out,
            "  {} {} {arg} {text} @{pos}",
            instr.offset,
            instr.opcode.name()
        );
    }
    for e in &exceptions {
        let _ = writeln!(
            out,
            "  exc: {} {} {} depth={} lasti={}",
            2 * e.start,
            2 * e.end,
            2 * e.target,
            e.depth,
            u8::from(e.lasti)
        );
    }
    let lines: Vec<String> = location_table::lines(&locations)
        .iter()
        .map(|r| format!("{}-{}:{}", r.start, r.end, opt(r.line)))
        .collect();
    let _ = writeln!(out, "  lines: {}", lines.join(", "));
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            dump_code(inner, out);
        }
    }
}
