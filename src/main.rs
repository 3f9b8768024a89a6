//! The `ouro` command line: `python3.14`'s options, `ouro script.py [args]`, `-c CODE`, `-m module`, `-` (DESIGN.md section 11), and the front-end dumps of `../shared/tools/refdump.py` (`ouro --dump MODE [--out DIR] FILE...`).

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

const RUN_USAGE: &str = "usage: ouro [option] ... [-c cmd | -m mod | file | -] [arg] ...";

/// Prints a command-line error as CPython does and gives its exit status.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("{message}\n{RUN_USAGE}\nTry `python -h' for more information.");
    ExitCode::from(2)
}

/// Parses `python3.14`'s options (Python/getopt.c's rules: short options
/// may be grouped, `-c`/`-m`/`-W`/`-X` take the rest of the argument or the
/// next one, `--` ends the options) into the program, its arguments and
/// the configuration.
fn parse_command_line(
    args: &[String],
) -> Result<
    (
        ouro_eval::run::Program,
        Vec<String>,
        ouro_eval::config::Config,
    ),
    ExitCode,
> {
    use ouro_eval::run::Program;
    let mut config = ouro_eval::config::Config::default();
    let mut i = 0;
    let mut program = None;
    'args: while i < args.len() {
        let arg = &args[i];
        if arg == "--" {
            i += 1;
            break;
        }
        if arg == "-" || !arg.starts_with('-') {
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "check-hash-based-pycs" => {
                    let Some(mode) = args.get(i + 1) else {
                        return Err(usage_error(
                            "Argument expected for the --check-hash-based-pycs option",
                        ));
                    };
                    if !["default", "always", "never"].contains(&mode.as_str()) {
                        return Err(usage_error(
                            "--check-hash-based-pycs must be one of 'default', 'always', or 'never'",
                        ));
                    }
                    config.check_hash_based_pycs = mode.clone();
                    i += 2;
                    continue;
                }
                "version" => {
                    println!("Python 3.14.2");
                    return Err(ExitCode::SUCCESS);
                }
                _ => return Err(usage_error(&format!("unknown option {arg}"))),
            }
        }
        let flags: Vec<char> = arg[1..].chars().collect();
        let mut j = 0;
        while j < flags.len() {
            let flag = flags[j];
            j += 1;
            if matches!(flag, 'c' | 'm' | 'W' | 'X') {
                let rest: String = flags[j..].iter().collect();
                let value = if rest.is_empty() {
                    i += 1;
                    match args.get(i) {
                        Some(v) => v.clone(),
                        None => {
                            return Err(usage_error(&format!(
                                "Argument expected for the -{flag} option"
                            )));
                        }
                    }
                } else {
                    rest
                };
                i += 1;
                match flag {
                    'c' => {
                        program = Some(Program::Command(value));
                        break 'args;
                    }
                    'm' => {
                        program = Some(Program::Module(value));
                        break 'args;
                    }
                    'W' => config.warnoptions.push(value),
                    _ => config.xoptions.push(value),
                }
                continue 'args;
            }
            match flag {
                'B' => config.dont_write_bytecode = true,
                'E' => config.ignore_environment = true,
                'I' => config.isolated = true,
                'P' => config.safe_path = true,
                's' => config.no_user_site = true,
                'S' => config.no_site = true,
                'u' => config.unbuffered = true,
                'v' => config.verbose += 1,
                'q' => config.quiet = true,
                'i' => config.inspect = true,
                'O' => config.optimize += 1,
                'b' => config.bytes_warning += 1,
                'd' | 'R' => {}
                'V' => {
                    println!("Python 3.14.2");
                    return Err(ExitCode::SUCCESS);
                }
                _ => return Err(usage_error(&format!("Unknown option: -{flag}"))),
            }
        }
        i += 1;
    }
    let program = match program {
        Some(p) => p,
        None => match args.get(i).map(String::as_str) {
            Some("-") | None => {
                i += 1;
                Program::Stdin
            }
            Some(path) => {
                i += 1;
                Program::Script(path.to_string())
            }
        },
    };
    let rest = args.get(i..).map(<[String]>::to_vec).unwrap_or_default();
    config.read_environment();
    config.add_bytes_warning_option();
    if config.xoption("importtime").is_some() {
        config.import_time = true;
    }
    if let Some(prefix) = config.xoption("pycache_prefix") {
        config.pycache_prefix = Some(prefix.to_string());
    }
    // config_init_import: only "on" and "off" are understood.
    if let Some(value) = config.frozen_modules_setting()
        && value != "on"
        && value != "off"
    {
        let option = if config.xoption("frozen_modules").is_some() {
            "option -X frozen_modules"
        } else {
            "PYTHON_FROZEN_MODULES"
        };
        eprintln!("Fatal Python error: bad value for {option} (expected \"on\" or \"off\")");
        eprintln!("Python runtime state: preinitialized");
        return Err(ExitCode::from(1));
    }
    Ok((program, rest, config))
}

/// `ouro [option] ... (-c cmd | -m mod | - | file) [arg] ...`.
fn run_main(args: Vec<String>) -> ExitCode {
    ouro_eval::native_module::register(ouro_modules::MODULES);
    ouro_modules::register_thread_exit_hooks();
    let orig_argv: Vec<String> = std::env::args().collect();
    let (program, rest, config) = match parse_command_line(&args) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let worker = std::thread::Builder::new()
        .stack_size(ouro_eval::thread::THREAD_STACK)
        .spawn(move || ouro_eval::run::run_program(program, &rest, &orig_argv, config));
    ouro_modules::signal::leave_signals_to_interpreter();
    match worker.map(|handle| handle.join()) {
        Ok(Ok(status)) => ExitCode::from(status as u8),
        Ok(Err(panic)) => {
            ouro_eval::run::report_panic(panic.as_ref());
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
