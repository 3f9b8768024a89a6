//! The `ouro` command line: `ouro script.py [args]`, `ouro -c CODE`, `ouro -` (DESIGN.md section 11), and the front-end dumps of `../shared/tools/refdump.py` (`ouro --dump MODE [--out DIR] FILE...`).

mod alloc;

#[global_allocator]
static GLOBAL: alloc::Allocator = alloc::Allocator;

use ouro_frontend::{
    ast, ast_dump, code_dump, codegen,
    error::{SyntaxError, or_none},
    future, parser, symtable,
};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: ouro --dump {ast,code,errors,symtable} [--out DIR] FILE...";

/// The interpreter's stack: Python calls do not recurse on it, but native
/// re-entry (a `__eq__` called from a dict lookup) does, up to the native
/// depth guard.
const INTERPRETER_STACK: usize = 1 << 30;

/// Deeply nested source recurses deeply in the parser (its own depth guard
/// reports CPython's error first); this leaves it ample stack.
const PARSER_STACK: usize = 512 << 20;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Ast,
    Code,
    Errors,
    /// Not one of refdump.py's modes: `tools/refsymtable.py` prints the reference.
    Symtable,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Ast => "ast",
            Mode::Code => "code",
            Mode::Errors => "errors",
            Mode::Symtable => "symtable",
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--dump") {
        return dump_main(&args);
    }
    run_main(args)
}

/// `ouro [option] ... (-c cmd | - | file) [arg] ...`.
fn run_main(args: Vec<String>) -> ExitCode {
    ouro_eval::native_module::register(ouro_modules::MODULES);
    let orig_argv: Vec<String> = std::env::args().collect();
    let (program, rest) = match args.first().map(String::as_str) {
        Some("-c") => match args.get(1) {
            Some(code) => (
                ouro_eval::run::Program::Command(code.clone()),
                args[2..].to_vec(),
            ),
            None => {
                eprintln!(
                    "Argument expected for the -c option\nusage: ouro [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information."
                );
                return ExitCode::from(2);
            }
        },
        Some("-") | None => (
            ouro_eval::run::Program::Stdin,
            args.get(1..).map(<[String]>::to_vec).unwrap_or_default(),
        ),
        Some(path) => (
            ouro_eval::run::Program::Script(path.to_string()),
            args[1..].to_vec(),
        ),
    };
    let argv0 = orig_argv.first().cloned().unwrap_or_else(|| "ouro".into());
    let worker = std::thread::Builder::new()
        .stack_size(INTERPRETER_STACK)
        .spawn(move || ouro_eval::run::run_program(program, &rest, &orig_argv, &argv0));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(status)) => ExitCode::from(status as u8),
        Ok(Err(panic)) => {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            eprintln!("Fatal Python error: Ouro panicked: {msg}");
            ExitCode::from(70)
        }
        Err(e) => {
            eprintln!("Fatal Python error: cannot start the interpreter thread: {e}");
            ExitCode::from(70)
        }
    }
}

fn dump_main(args: &[String]) -> ExitCode {
    if args.len() < 2 {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mode = match args[1].as_str() {
        "ast" => Mode::Ast,
        "errors" => Mode::Errors,
        "symtable" => Mode::Symtable,
        "code" => Mode::Code,
        other => {
            eprintln!("ouro: unknown dump mode {other:?}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut rest = &args[2..];
    let mut out_dir = None;
    if rest.first().map(String::as_str) == Some("--out") {
        let Some(dir) = rest.get(1) else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        out_dir = Some(dir.clone());
        rest = &rest[2..];
    }
    let files = rest.to_vec();
    let worker = std::thread::Builder::new()
        .stack_size(PARSER_STACK)
        .spawn(move || dump_files(mode, out_dir.as_deref(), &files));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("Fatal Python error: the front end panicked");
            ExitCode::from(70)
        }
    }
}

fn dump_files(mode: Mode, out_dir: Option<&str>, files: &[String]) -> u8 {
    let mut status = 0;
    let stdout = std::io::stdout();
    for path in files {
        let (text, failed) = dump_one(mode, path);
        if failed {
            status = 1;
        }
        let written = match out_dir {
            None => {
                let mut lock = stdout.lock();
                write!(lock, "=== {path}\n{text}")
            }
            Some(dir) => write_dump(dir, path, mode, &text),
        };
        if let Err(e) = written {
            eprintln!("ouro: cannot write the dump of {path}: {e}");
            status = 1;
        }
    }
    status
}

/// The dump text of one file, and whether it is refdump's "SyntaxError" fallback.
fn dump_one(mode: Mode, path: &str) -> (String, bool) {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return (format!("OSError: {e}\n"), true),
    };
    let parsed = parser::parse_file(&bytes);
    match (mode, parsed) {
        (Mode::Ast, Ok(module)) => (ast_dump::dump(&module) + "\n", false),
        (Mode::Ast | Mode::Code, Err(e)) => (ast_fallback(&e), true),
        (Mode::Code, Ok(module)) => match codegen::compile_module_owned(module, path) {
            Ok(code) => (code_dump::dump(&code), false),
            Err(e) => (ast_fallback(&e), true),
        },
        (Mode::Errors, Ok(module)) => match codegen::compile_module_owned(module, path) {
            Ok(_) => ("ok\n".to_string(), false),
            Err(e) => (format!("{e}\n"), false),
        },
        (Mode::Errors | Mode::Symtable, Err(e)) => (format!("{e}\n"), false),
        (Mode::Symtable, Ok(module)) => match symbol_table(&module) {
            Ok(table) => (symtable::dump(&table), false),
            Err(e) => (format!("{e}\n"), false),
        },
    }
}

/// The front end's checks after parsing: `__future__` imports and the symbol table.
fn symbol_table(module: &ast::Mod) -> Result<symtable::SymbolTable, SyntaxError> {
    let features = future::parse_future(module)?;
    symtable::build(module, &features)
}

/// refdump.py's line for a file `ast.parse` (or, in `code` mode, `compile`) rejects.
fn ast_fallback(e: &SyntaxError) -> String {
    format!(
        "SyntaxError: {} @{}:{}\n",
        e.msg,
        or_none(e.lineno),
        or_none(e.offset)
    )
}

fn write_dump(dir: &str, path: &str, mode: Mode, text: &str) -> std::io::Result<()> {
    let dest = Path::new(dir).join(format!("{}.{}", path.trim_start_matches('/'), mode.name()));
    if let Some(parent) = dest.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(dest, text)
}
