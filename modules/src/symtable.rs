//! `_symtable`: `symtable(source, filename, compile_type)` over Ouro's front end (parser, `__future__` checks, symbol table), as the `symtable entry` objects `Lib/symtable.py` reads; mirrors Modules/symtablemodule.c and the entry type of Python/symtable.c.

use ouro_eval::compilefn::syntax_error;
use ouro_eval::native_module::ModuleDef;
use ouro_frontend::future;
use ouro_frontend::parser::{self, Mode};
use ouro_frontend::symtable::{self, SymbolTable, flags};
use ouro_objects::args::Args;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::{Ref, Value, builtin_type, int, protocol};

/// One scope of a table: what `symtable entry` objects hold.
pub struct Entry {
    id: usize,
    name: Value,
    block_type: i64,
    lineno: i64,
    nested: bool,
    symbols: Value,
    varnames: Value,
    children: Value,
}

fn entry(v: &Value) -> &Entry {
    v.downcast::<Entry>().expect("symtable entry")
}

fn entry_repr(v: &Value) -> PyResult {
    let e = entry(v);
    Ok(PyStr::new(&format!(
        "<symtable entry {}({}), line {}>",
        protocol::str_lossy(&e.name),
        e.id,
        e.lineno
    )))
}

builtin_type!(pub static ENTRY_TYPE: Entry = TypeSpec {
    name: "symtable entry",
    slots: SlotDefs { repr: Some(entry_repr), ..SlotDefs::NONE },
    getsets: &[
        GetSetDef::member("id", |v| Ok(int::from_usize(entry(v).id)), None),
        GetSetDef::member("name", |v| Ok(entry(v).name.clone()), None),
        GetSetDef::member("symbols", |v| Ok(entry(v).symbols.clone()), None),
        GetSetDef::member("varnames", |v| Ok(entry(v).varnames.clone()), None),
        GetSetDef::member("children", |v| Ok(entry(v).children.clone()), None),
        GetSetDef::member("nested", |v| Ok(int::from_i64(i64::from(entry(v).nested))), None),
        GetSetDef::member("type", |v| Ok(int::from_i64(entry(v).block_type)), None),
        GetSetDef::member("lineno", |v| Ok(int::from_i64(entry(v).lineno)), None),
    ],
    ..TypeSpec::DEFAULT
});

/// The entry object for scope `id` of `table`, its children made first.
fn make_entry(table: &SymbolTable, id: usize) -> PyResult<Value> {
    let e = table.entry(id);
    let symbols = Dict::new_value();
    let dict = symbols.downcast::<Dict>().expect("dict");
    for (name, symbol) in e.symbols.iter() {
        dict.set_item(PyStr::new(name), int::from_i64(i64::from(symbol.packed())))?;
    }
    let children = e
        .children
        .iter()
        .map(|&c| make_entry(table, c))
        .collect::<PyResult<Vec<_>>>()?;
    let lineno = if id == SymbolTable::TOP {
        0
    } else {
        i64::from(e.location.lineno)
    };
    Ok(Ref::new(Entry {
        // CPython's id is the address of the scope's AST node.
        id: e.key.node + usize::from(e.key.part),
        name: PyStr::new(&e.name),
        block_type: e.block_type as i64,
        lineno,
        nested: e.nested,
        symbols,
        varnames: List::from_vec(e.varnames.iter().map(|n| PyStr::new(n)).collect()),
        children: List::from_vec(children),
    })
    .into_value())
}

/// `symtable(source, filename, startstr, /)`: the module's top entry.
fn symtable_fn(_m: &Value, args: Args) -> PyResult {
    let args = args.range("symtable", "symtable", 3, 3)?;
    let source = if let Some(s) = args[0].downcast::<PyStr>() {
        s.to_string_lossy()
    } else if let Some(b) = ouro_objects::bytes::as_bytes_like(&args[0]) {
        ouro_frontend::source::decode_source(&b).map_err(|e| syntax_error(&e, "<string>", None))?
    } else {
        return Err(type_error(
            "symtable() arg 1 must be a string or bytes object",
        ));
    };
    let filename = protocol::str_lossy(&protocol::str(&args[1])?);
    let mode = match protocol::str_lossy(&args[2]).as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => {
            return Err(value_error(
                "symtable() arg 3 must be 'exec' or 'eval' or 'single'",
            ));
        }
    };
    let error =
        |e: &ouro_frontend::error::SyntaxError| syntax_error(e, &filename, Some((&source, mode)));
    let parsed = parser::parse(&source, mode).map_err(|e| error(&e))?;
    let features = future::parse_future(&parsed.module).map_err(|e| error(&e))?;
    let table = symtable::build(&parsed.module, &features).map_err(|e| error(&e))?;
    make_entry(&table, SymbolTable::TOP)
}

/// The flag, scope and block-type constants `symtable.py` tests with.
fn init(module: &Value) -> PyResult<()> {
    ouro_objects::typeobj::ready(&ENTRY_TYPE);
    let m = module.downcast::<Module>().expect("module");
    let constants: [(&str, i64); 25] = [
        ("USE", flags::USE.into()),
        ("DEF_GLOBAL", flags::DEF_GLOBAL.into()),
        ("DEF_NONLOCAL", flags::DEF_NONLOCAL.into()),
        ("DEF_LOCAL", flags::DEF_LOCAL.into()),
        ("DEF_PARAM", flags::DEF_PARAM.into()),
        ("DEF_TYPE_PARAM", flags::DEF_TYPE_PARAM.into()),
        ("DEF_FREE_CLASS", flags::DEF_FREE_CLASS.into()),
        ("DEF_IMPORT", flags::DEF_IMPORT.into()),
        ("DEF_BOUND", flags::DEF_BOUND.into()),
        ("DEF_ANNOT", flags::DEF_ANNOT.into()),
        ("DEF_COMP_ITER", flags::DEF_COMP_ITER.into()),
        ("DEF_COMP_CELL", flags::DEF_COMP_CELL.into()),
        ("TYPE_FUNCTION", symtable::BlockType::Function as i64),
        ("TYPE_CLASS", symtable::BlockType::Class as i64),
        ("TYPE_MODULE", symtable::BlockType::Module as i64),
        ("TYPE_ANNOTATION", symtable::BlockType::Annotation as i64),
        ("TYPE_TYPE_ALIAS", symtable::BlockType::TypeAlias as i64),
        (
            "TYPE_TYPE_PARAMETERS",
            symtable::BlockType::TypeParameters as i64,
        ),
        (
            "TYPE_TYPE_VARIABLE",
            symtable::BlockType::TypeVariable as i64,
        ),
        ("LOCAL", symtable::Scope::Local as i64),
        ("GLOBAL_EXPLICIT", symtable::Scope::GlobalExplicit as i64),
        ("GLOBAL_IMPLICIT", symtable::Scope::GlobalImplicit as i64),
        ("FREE", symtable::Scope::Free as i64),
        ("CELL", symtable::Scope::Cell as i64),
        ("SCOPE_OFF", flags::SCOPE_OFFSET.into()),
    ];
    for (name, value) in constants {
        m.set(name, int::from_i64(value));
    }
    // `SCOPE_MASK`: the four bits of the scope field.
    m.set("SCOPE_MASK", int::from_i64(15));
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_symtable",
    doc: "",
    functions: &[MethodDef::new(
        "symtable",
        symtable_fn,
        "symtable($module, source, filename, startstr, /)\n--\n\nReturn symbol and scope dictionaries used internally by compiler.",
    )],
    types: ModuleDef::no_types,
    init,
};
