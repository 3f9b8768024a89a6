//! Text dump of a symbol table, in the format of `tools/refsymtable.py` (CPython's `_symtable` seen from Python).

use std::fmt::Write;

use super::{EntryId, SymbolTable};

/// Every scope depth first: kind, name, line, nesting, parameters, then each
/// symbol (sorted by name) with its packed flags.
pub fn dump(table: &SymbolTable) -> String {
    let mut out = String::new();
    dump_entry(table, SymbolTable::TOP, 0, &mut out);
    out
}

fn dump_entry(table: &SymbolTable, id: EntryId, indent: usize, out: &mut String) {
    let entry = table.entry(id);
    let pad = "  ".repeat(indent);
    let _ = writeln!(
        out,
        "{pad}{} {} line={} nested={}",
        entry.block_type as u8,
        entry.name,
        entry.location.lineno,
        u8::from(entry.nested)
    );
    let _ = writeln!(out, "{pad}  varnames: {}", entry.varnames.join(" "));
    let mut symbols: Vec<_> = entry.symbols.iter().collect();
    symbols.sort_by(|a, b| a.0.cmp(b.0));
    for (name, symbol) in symbols {
        let _ = writeln!(out, "{pad}  {name} {}", symbol.packed());
    }
    for &child in &entry.children {
        dump_entry(table, child, indent + 1, out);
    }
}
