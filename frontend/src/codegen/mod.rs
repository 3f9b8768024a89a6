//! Code generation: AST + symbol table -> one instruction sequence per code unit -> code objects; mirrors CPython 3.14's Python/codegen.c and the unit/scope parts of Python/compile.c.
//!
//! ```text
//! compile -> parse_future -> ast_preprocess -> symtable::build -> Compiler::compile_mod
//!   visit_stmt / visit_expr emit into the current Unit's InstructionSequence
//!   enter_scope .. optimize_and_assemble (compile::optimize_and_assemble) + exit_scope per code unit
//! ```
//!
//! Files: `mod.rs` (compiler state, units, names, emit helpers, fblocks),
//! `stmt.rs` (statements), `expr.rs` (expressions, calls, conditions),
//! `funcs.rs` (functions, classes, lambdas, type params, annotations),
//! `exceptions.rs` (try/except/finally, with, unwinding), `unparse.rs`
//! (PEP 563 strings), `warnings.rs` (the `SyntaxWarning`s about literals),
//! `comprehension.rs`, `pattern.rs` and `fstring.rs`.
//! The parts outside this file reach the compiler through [`Compiler`]'s
//! `pub` methods (`addop*`, `load_const`, `nameop`, `new_label`/`use_label`,
//! `enter_scope`/`exit_scope`, `optimize_and_assemble`, `make_closure`,
//! `push_fblock`/`pop_fblock`, `visit_expr`/`visit_stmt`, `error`) and the
//! current unit (`c.u()`).

mod exceptions;
mod expr;
mod funcs;
mod stmt;
#[cfg(test)]
mod tests;
mod unparse;
mod warnings;

pub mod comprehension;
pub mod fstring;
pub mod pattern;

use std::borrow::Cow;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::ast::{self, ExprContext, Range, Stmt};
use crate::ast_preprocess;
use crate::compile::op::{self, Opcode};
use crate::compile::{
    self, CodeObject, CodeUnitMetadata, ConstPool, Constant, InstructionSequence, Label, Location,
};
use crate::error::{ErrorKind, MAX_NESTING, SyntaxError};
use crate::future::{self, FutureFeatures};
use crate::symtable::{self, BlockType, EntryId, Scope, ScopeKey, SymbolTable, flags};

/// Why compilation stopped.
#[derive(Clone, Debug)]
pub enum CompileError {
    /// A `SyntaxError` CPython's compiler raises.
    Syntax(SyntaxError),
    /// Something CPython reports as `SystemError` (a malformed tree or a back-end failure).
    Internal(String),
}

impl From<SyntaxError> for CompileError {
    fn from(e: SyntaxError) -> CompileError {
        CompileError::Syntax(e)
    }
}

impl From<compile::CfgError> for CompileError {
    fn from(e: compile::CfgError) -> CompileError {
        CompileError::Internal(format!("{e:?}"))
    }
}

/// The result of a codegen step.
pub type CResult<T = ()> = Result<T, CompileError>;

/// `CO_*` code flags (CPython's `Include/cpython/code.h`).
pub mod co {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    pub const FUTURE_BARRY_AS_BDFL: u32 = 0x40_0000;
    pub const FUTURE_ANNOTATIONS: u32 = 0x100_0000;
    pub const HAS_DOCSTRING: u32 = 0x400_0000;
    pub const METHOD: u32 = 0x800_0000;
}

/// `MAKE_FUNCTION_*` flags for `SET_FUNCTION_ATTRIBUTE`.
pub mod make_fn {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
    pub const ANNOTATE: u32 = 0x10;
}

/// The kind of code unit being compiled (`COMPILE_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
    Annotations,
}

/// Frame block kinds (`COMPILE_FBLOCK_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FBlockType {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
    StopIteration,
    AsyncForLoop,
}

/// What an fblock carries besides its labels (`fb_datum`).
#[derive(Clone, Copy, Debug)]
pub enum FBlockDatum<'a> {
    None,
    /// The `finally` body a `FinallyTry` block re-emits when unwinding.
    Finally(&'a [Stmt]),
    /// The name an `except ... as name` handler clears.
    Name(&'a str),
}

/// One entry of the frame-block stack (`_PyCompile_FBlockInfo`).
#[derive(Clone, Copy, Debug)]
pub struct FBlock<'a> {
    pub kind: FBlockType,
    pub block: Option<Label>,
    pub exit: Option<Label>,
    pub loc: Location,
    pub datum: FBlockDatum<'a>,
}

/// `CO_MAXBLOCKS`.
const MAX_BLOCKS: usize = 21;

/// Names with their indices (the dicts CPython keeps per unit). The names
/// are kept once, in the index; [`NameTable::to_list`] orders them when the
/// unit is assembled.
#[derive(Clone, Debug, Default)]
pub struct NameTable {
    index: FxHashMap<String, u32>,
}

impl NameTable {
    /// An empty table with room for `capacity` names.
    fn with_capacity(capacity: usize) -> NameTable {
        NameTable {
            index: FxHashMap::with_capacity_and_hasher(capacity, Default::default()),
        }
    }

    /// `_PyCompile_DictAddObj`: the index of `name`, added if new.
    pub fn add(&mut self, name: &str) -> u32 {
        let next = self.index.len() as u32;
        self.add_at(name, next)
    }

    /// The index of `name`, added as `index` if new.
    fn add_at(&mut self, name: &str, index: u32) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        self.index.insert(name.to_owned(), index);
        index
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// The name at the lowest index.
    pub fn first(&self) -> Option<String> {
        self.index
            .iter()
            .min_by_key(|&(_, &i)| i)
            .map(|(n, _)| n.clone())
    }

    /// The names in index order.
    pub fn to_list(&self) -> Vec<String> {
        let mut names: Vec<(u32, &String)> = self.index.iter().map(|(n, &i)| (i, n)).collect();
        names.sort_unstable_by_key(|&(i, _)| i);
        names.into_iter().map(|(_, n)| n.clone()).collect()
    }

    /// [`NameTable::to_list`], moving the names out.
    pub fn into_list(self) -> Vec<String> {
        let mut names: Vec<(u32, String)> = self.index.into_iter().map(|(n, i)| (i, n)).collect();
        names.sort_unstable_by_key(|&(i, _)| i);
        names.into_iter().map(|(_, n)| n).collect()
    }

    fn from_list(names: &[String], capacity: usize) -> NameTable {
        let mut t = NameTable::with_capacity(capacity.max(names.len()));
        for n in names {
            t.add(n);
        }
        t
    }
}

/// Which per-unit name table an operation indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    Names,
    Varnames,
    Cellvars,
    Freevars,
}

/// The compile state of one code unit (`struct compiler_unit`).
pub struct Unit<'a> {
    pub ste: EntryId,
    pub scope_type: ScopeType,
    /// The class name used for private-name mangling.
    pub private: Option<String>,
    /// For classes: attributes assigned as `self.X` in methods (a set).
    pub static_attributes: Option<Vec<String>>,
    /// Simple `AnnAssign`s whose annotations go into `__annotate__`, with
    /// their conditional-annotation index (-1 when unconditional).
    pub deferred_annotations: Option<Vec<(&'a Stmt, i64)>>,
    pub next_conditional_annotation_index: i64,
    pub seq: InstructionSequence,
    pub stashed_seq: Option<InstructionSequence>,
    pub fblocks: Vec<FBlock<'a>>,
    pub in_inlined_comp: u32,
    pub in_conditional_block: u32,
    pub name: String,
    pub qualname: String,
    pub consts: ConstPool,
    pub names: NameTable,
    pub varnames: NameTable,
    pub cellvars: NameTable,
    /// Numbered after the cell variables.
    pub freevars: NameTable,
    /// Names made fast locals by inlined comprehensions; `true` while inside one.
    pub fasthidden: FxHashMap<String, bool>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: i32,
}

/// Argument counts a new unit starts with (`_PyCompile_CodeUnitMetadata`'s counts).
#[derive(Clone, Copy, Debug, Default)]
pub struct ArgCounts {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
}

/// The whole compilation (`struct _PyCompiler`).
pub struct Compiler<'a> {
    pub table: SymbolTable,
    pub future: FutureFeatures,
    /// The optimization level (`c_optimize`).
    pub optimize: u8,
    pub filename: String,
    /// Enclosing units, innermost last; the current unit is `units.last()`.
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
    /// Current expression nesting, checked against [`MAX_NESTING`].
    pub depth: u32,
    /// The `SyntaxWarning`s issued so far, in order ([`Compiler::warn`]).
    pub warnings: Vec<SyntaxError>,
    /// Set while a `finally` body is compiled a second time, for the
    /// exceptional path, so its warnings are not issued twice.
    pub warnings_disabled: bool,
}

/// `LOC(x)`: a node's range as an instruction location. Nodes the AST
/// preprocessor made have no position (line 0) and give none.
pub fn loc(r: &Range) -> Location {
    if r.lineno == 0 {
        return Location::NONE;
    }
    Location::new(
        r.lineno as i32,
        r.col_offset as i32,
        r.end_lineno as i32,
        r.end_col_offset as i32,
    )
}

/// A `SyntaxError` (or the warning it stands for) at `loc`, with 1-based
/// columns as `_PyErr_RaiseSyntaxError` gets them.
fn syntax_error_at(loc: Location, msg: String) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg,
        lineno: u32::try_from(loc.lineno).ok(),
        offset: Some(loc.col_offset + 1),
        end_lineno: u32::try_from(loc.end_lineno).ok(),
        end_offset: Some(loc.end_col_offset + 1),
    }
}

/// The location codegen gives the RESUME at a unit's start.
fn scope_start_location(lineno: i32, module: bool) -> Location {
    Location {
        lineno: if module { 0 } else { lineno },
        end_lineno: lineno,
        col_offset: 0,
        end_col_offset: 0,
    }
}

/// Converts a literal from the tree to a constant.
pub fn ast_constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::True => Constant::Bool(true),
        ast::Constant::False => Constant::Bool(false),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(v) => Constant::int(*v),
        ast::Constant::BigInt(v) => Constant::Int((**v).clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex(im) => Constant::Complex(0.0, *im),
        ast::Constant::Str(s) => Constant::Str(Rc::new(s.clone())),
        ast::Constant::Bytes(b) => Constant::Bytes(Rc::from(b.as_slice())),
        ast::Constant::Tuple(items) => Constant::Tuple(items.iter().map(ast_constant).collect()),
        ast::Constant::FrozenSet(items) => {
            Constant::FrozenSet(items.iter().map(ast_constant).collect())
        }
    }
}

/// What `compile()` adds to the source: its `optimize` level and the
/// `__future__` features (and `PyCF_ALLOW_TOP_LEVEL_AWAIT`) the caller
/// passes in `flags` or inherits.
#[derive(Clone, Copy, Debug, Default)]
pub struct CompileOptions {
    /// `-O` count: 1 drops asserts and makes `__debug__` false, 2 also drops docstrings.
    pub optimize: u8,
    /// Features on before the module's own `from __future__` imports.
    pub inherited: FutureFeatures,
}

/// Compiles a module to its code object (CPython's `_PyAST_Compile` for
/// `exec` mode, optimization level 0, nothing inherited).
pub fn compile_module(module: &ast::Mod, filename: &str) -> Result<CodeObject, SyntaxError> {
    compile(module, filename, &CompileOptions::default())
}

/// `compile_module` for a tree the caller no longer needs: preprocessing
/// rewrites it in place instead of on a copy.
pub fn compile_module_owned(module: ast::Mod, filename: &str) -> Result<CodeObject, SyntaxError> {
    compile_owned(module, filename, &CompileOptions::default())
}

/// `_PyAST_Compile`: `Module` (exec), `Expression` (eval) or `Interactive`
/// (single) trees; the tree is preprocessed on a copy, as CPython does
/// before building the symbol table.
pub fn compile(
    module: &ast::Mod,
    filename: &str,
    options: &CompileOptions,
) -> Result<CodeObject, SyntaxError> {
    compile_owned(module.clone(), filename, options)
}

/// `compile` consuming the tree, so preprocessing needs no copy.
pub fn compile_owned(
    module: ast::Mod,
    filename: &str,
    options: &CompileOptions,
) -> Result<CodeObject, SyntaxError> {
    compile_with_warnings(module, filename, options).code
}

/// A compilation's code object or error, and the `SyntaxWarning`s issued
/// before it ended.
pub struct Compiled {
    pub code: Result<CodeObject, SyntaxError>,
    /// Each warning as the `SyntaxError` raised in its place when warnings
    /// are errors (`msg` is the warning's message), in the order CPython
    /// issues them: the preprocessor's, then codegen's.
    pub warnings: Vec<SyntaxError>,
}

/// `compile_owned` with the warnings the preprocessor and codegen issue.
pub fn compile_with_warnings(
    mut module: ast::Mod,
    filename: &str,
    options: &CompileOptions,
) -> Compiled {
    let own = match future::parse_future(&module) {
        Ok(own) => own,
        Err(e) => {
            return Compiled {
                code: Err(e),
                warnings: Vec::new(),
            };
        }
    };
    let inherited = options.inherited;
    let future = FutureFeatures {
        annotations: own.annotations || inherited.annotations,
        barry_as_flufl: own.barry_as_flufl || inherited.barry_as_flufl,
        allow_top_level_await: own.allow_top_level_await || inherited.allow_top_level_await,
        location: own.location,
    };
    let mut warnings = ast_preprocess::finally_warnings(&module);
    ast_preprocess::preprocess(&mut module, options.optimize, &future);
    let module = &module;
    let table = match symtable::build(module, &future) {
        Ok(table) => table,
        Err(e) => {
            return Compiled {
                code: Err(e),
                warnings,
            };
        }
    };
    let mut c = Compiler {
        table,
        future,
        optimize: options.optimize,
        filename: filename.to_owned(),
        units: Vec::new(),
        interactive: false,
        depth: 0,
        warnings: Vec::new(),
        warnings_disabled: false,
    };
    let code = c.compile_mod(module).map_err(|e| match e {
        CompileError::Syntax(e) => e,
        // Reachable from trees built by hand (`compile(ast_object)`), where
        // CPython raises these `SystemError`s with the bare message.
        CompileError::Internal(what) => SyntaxError {
            kind: ErrorKind::SystemError,
            msg: what,
            lineno: None,
            offset: None,
            end_lineno: None,
            end_offset: None,
        },
    });
    warnings.append(&mut c.warnings);
    Compiled { code, warnings }
}

impl<'a> Compiler<'a> {
    /// `compiler_mod`: the module unit and everything inside it.
    fn compile_mod(&mut self, module: &'a ast::Mod) -> CResult<CodeObject> {
        self.enter_scope(
            "<module>",
            ScopeType::Module,
            ScopeKey::of(module),
            1,
            None,
            ArgCounts::default(),
        )?;
        let add_none = !matches!(module, ast::Mod::Expression { .. });
        match module {
            ast::Mod::Module { body, .. } => self.module_body(start_location(body), body, false)?,
            ast::Mod::Interactive { body } => {
                self.interactive = true;
                self.module_body(start_location(body), body, true)?
            }
            ast::Mod::Expression { body } => self.visit_expr(body)?,
            ast::Mod::FunctionType { .. } => {
                return Err(CompileError::Internal("module kind FunctionType".into()));
            }
        }
        let code = self.optimize_and_assemble(add_none)?;
        self.exit_scope();
        Ok(code)
    }

    /// `_PyCodegen_Module`.
    fn module_body(&mut self, loc: Location, body: &'a [Stmt], interactive: bool) -> CResult {
        if self.ste().has_conditional_annotations {
            self.addop_i(op::BUILD_SET, 0, loc);
            self.addop_n(
                op::STORE_NAME,
                "__conditional_annotations__",
                NameKind::Names,
                loc,
            );
        }
        self.body(loc, body, interactive)
    }

    // ---- units and scopes -------------------------------------------------

    /// The current unit.
    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    /// The current unit, read-only.
    pub fn ur(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a unit is always open while compiling")
    }

    /// The current unit's symbol-table entry.
    pub fn ste(&self) -> &symtable::Entry {
        self.table.entry(self.ur().ste)
    }

    pub fn scope_type(&self) -> ScopeType {
        self.ur().scope_type
    }

    /// The symbol-table entry of an AST node's scope.
    pub fn lookup_scope(&self, key: ScopeKey) -> CResult<EntryId> {
        self.table
            .lookup(key)
            .ok_or_else(|| CompileError::Internal("no symbol table entry for a scope".into()))
    }

    /// `_PyCompile_EnterScope` followed by codegen's RESUME (`codegen_enter_scope`).
    pub fn enter_scope(
        &mut self,
        name: &str,
        scope_type: ScopeType,
        key: ScopeKey,
        lineno: i32,
        private: Option<&str>,
        counts: ArgCounts,
    ) -> CResult {
        let ste_id = self.lookup_scope(key)?;
        let ste = self.table.entry(ste_id);
        let varnames = NameTable::from_list(&ste.varnames, ste.symbols.len());
        let mut cellvars = dict_by_type(ste, Scope::Cell, flags::DEF_COMP_CELL, 0);
        if ste.needs_class_closure {
            cellvars.add("__class__");
        }
        if ste.needs_classdict {
            cellvars.add("__classdict__");
        }
        if ste.has_conditional_annotations {
            cellvars.add("__conditional_annotations__");
        }
        let freevars = dict_by_type(
            ste,
            Scope::Free,
            flags::DEF_FREE_CLASS,
            cellvars.len() as u32,
        );
        let private = match private {
            Some(p) => Some(p.to_owned()),
            None => self.units.last().and_then(|u| u.private.clone()),
        };
        let unit = Unit {
            ste: ste_id,
            scope_type,
            private,
            static_attributes: (scope_type == ScopeType::Class).then(Vec::new),
            deferred_annotations: None,
            next_conditional_annotation_index: 0,
            seq: InstructionSequence::new(),
            stashed_seq: None,
            fblocks: Vec::new(),
            in_inlined_comp: 0,
            in_conditional_block: 0,
            name: name.to_owned(),
            qualname: String::new(),
            consts: ConstPool::new(),
            names: NameTable::with_capacity(ste.symbols.len()),
            varnames,
            cellvars,
            freevars,
            fasthidden: FxHashMap::default(),
            argcount: counts.argcount,
            posonlyargcount: counts.posonlyargcount,
            kwonlyargcount: counts.kwonlyargcount,
            firstlineno: lineno,
        };
        self.units.push(unit);
        if scope_type != ScopeType::Module {
            self.set_qualname();
        } else {
            self.u().qualname = name.to_owned();
        }
        let module = scope_type == ScopeType::Module;
        let loc = scope_start_location(lineno, module);
        self.addop_i(op::RESUME, 0, loc);
        if module {
            self.addop(op::ANNOTATIONS_PLACEHOLDER, loc);
        }
        Ok(())
    }

    /// `_PyCompile_ExitScope`.
    pub fn exit_scope(&mut self) {
        self.units.pop();
    }

    /// `compiler_set_qualname`.
    fn set_qualname(&mut self) {
        let n = self.units.len();
        let u = &self.units[n - 1];
        let mut base: Option<String> = None;
        let mut done = false;
        // `n - 1` enclosing units; directly inside the module the qualname is the name.
        if n > 2 {
            let mut parent = &self.units[n - 2];
            if parent.scope_type == ScopeType::Annotations {
                if n == 3 {
                    done = true;
                } else {
                    parent = &self.units[n - 3];
                }
            }
            if !done {
                let mut force_global = false;
                if matches!(
                    u.scope_type,
                    ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class
                ) {
                    let mangled = symtable::mangle(parent.private.as_deref(), &u.name);
                    if self.table.entry(parent.ste).symbols.scope(&mangled)
                        == Some(Scope::GlobalExplicit)
                    {
                        force_global = true;
                    }
                }
                if !force_global {
                    base = Some(
                        if matches!(
                            parent.scope_type,
                            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda
                        ) {
                            format!("{}.<locals>", parent.qualname)
                        } else {
                            parent.qualname.clone()
                        },
                    );
                }
            }
        }
        let qualname = match base {
            Some(b) => format!("{b}.{}", u.name),
            None => u.name.clone(),
        };
        self.u().qualname = qualname;
    }

    /// `compute_code_flags`.
    fn compute_code_flags(&self) -> u32 {
        let ste = self.ste();
        let mut flags = 0;
        if ste.is_function_like() {
            flags |= co::NEWLOCALS | co::OPTIMIZED;
            if ste.nested {
                flags |= co::NESTED;
            }
            if ste.generator && !ste.coroutine {
                flags |= co::GENERATOR;
            }
            if ste.generator && ste.coroutine {
                flags |= co::ASYNC_GENERATOR;
            }
            if ste.varargs {
                flags |= co::VARARGS;
            }
            if ste.varkeywords {
                flags |= co::VARKEYWORDS;
            }
            if ste.has_docstring {
                flags |= co::HAS_DOCSTRING;
            }
            if ste.method {
                flags |= co::METHOD;
            }
        }
        if ste.coroutine && !ste.generator {
            flags |= co::COROUTINE;
        }
        if self.future.annotations {
            flags |= co::FUTURE_ANNOTATIONS;
        }
        if self.future.barry_as_flufl {
            flags |= co::FUTURE_BARRY_AS_BDFL;
        }
        flags
    }

    /// `_PyCompile_OptimizeAndAssemble`: finishes the current unit's code
    /// (adding the implicit return) and runs the back end. The unit stays
    /// open; callers then `exit_scope`.
    pub fn optimize_and_assemble(&mut self, add_none: bool) -> CResult<CodeObject> {
        let flags = self.compute_code_flags();
        if add_none {
            self.load_const(Constant::None, Location::NONE);
        }
        self.addop(op::RETURN_VALUE, Location::NONE);
        let nparams = self.ste().varnames.len();
        let filename = self.filename.clone();
        let u = self.u();
        let seq = std::mem::take(&mut u.seq);
        let mut fasthidden: Vec<String> = u.fasthidden.keys().cloned().collect();
        fasthidden.sort();
        let umd = CodeUnitMetadata {
            name: u.name.clone(),
            qualname: u.qualname.clone(),
            filename,
            consts: std::mem::take(&mut u.consts),
            names: std::mem::take(&mut u.names).into_list(),
            varnames: u.varnames.to_list(),
            cellvars: u.cellvars.to_list(),
            freevars: u.freevars.to_list(),
            fasthidden,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            firstlineno: u.firstlineno,
        };
        Ok(compile::optimize_and_assemble(seq, umd, flags, nparams)?)
    }

    /// `codegen_make_closure`: pushes a function made from `code` (with its
    /// closure cells) and sets the attributes named by `flags`.
    pub fn make_closure(&mut self, loc: Location, code: CodeObject, mut flags: u32) -> CResult {
        let frees: Vec<String> = code.freevars().iter().map(|s| (*s).to_owned()).collect();
        if !frees.is_empty() {
            for name in &frees {
                let arg = self.lookup_arg(name)?;
                self.addop_i(op::LOAD_CLOSURE, arg, loc);
            }
            flags |= make_fn::CLOSURE;
            self.addop_i(op::BUILD_TUPLE, frees.len() as u32, loc);
        }
        self.load_const(Constant::Code(Rc::new(code)), loc);
        self.addop(op::MAKE_FUNCTION, loc);
        for flag in [
            make_fn::CLOSURE,
            make_fn::ANNOTATIONS,
            make_fn::ANNOTATE,
            make_fn::KWDEFAULTS,
            make_fn::DEFAULTS,
        ] {
            if flags & flag != 0 {
                self.addop_i(op::SET_FUNCTION_ATTRIBUTE, flag, loc);
            }
        }
        Ok(())
    }

    /// `_PyCompile_GetRefType`.
    fn ref_type(&self, name: &str) -> Option<Scope> {
        if self.scope_type() == ScopeType::Class
            && matches!(
                name,
                "__class__" | "__classdict__" | "__conditional_annotations__"
            )
        {
            return Some(Scope::Cell);
        }
        self.ste().symbols.scope(name)
    }

    /// `_PyCompile_LookupArg`: where the current unit keeps the cell a closure passes on.
    fn lookup_arg(&self, name: &str) -> CResult<u32> {
        let u = self.ur();
        let found = match self.ref_type(name) {
            Some(Scope::Cell) => u.cellvars.get(name),
            _ => u.freevars.get(name),
        };
        found.ok_or_else(|| {
            CompileError::Internal(format!("compiler_lookup_arg(name={name:?}) failed"))
        })
    }

    /// `_PyCompile_LookupCellvar`.
    pub fn lookup_cellvar(&self, name: &str) -> CResult<u32> {
        self.ur()
            .cellvars
            .get(name)
            .ok_or_else(|| CompileError::Internal(format!("no cell {name}")))
    }

    // ---- errors -------------------------------------------------------------

    /// `_PyCompile_Error`: a `SyntaxError` at `loc` (columns become 1-based).
    pub fn error(&self, loc: Location, msg: impl Into<String>) -> CompileError {
        CompileError::Syntax(syntax_error_at(loc, msg.into()))
    }

    /// `_PyCompile_Warn`: a `SyntaxWarning` at `loc`, kept for the caller
    /// to issue (or raise as a `SyntaxError` when warnings are errors).
    pub fn warn(&mut self, loc: Location, msg: String) {
        if self.warnings_disabled {
            return;
        }
        self.warnings.push(syntax_error_at(loc, msg));
    }

    /// One more level of expression nesting, or CPython's `RecursionError` when too deep.
    pub fn enter_recursion(&mut self, r: &Range) -> CResult {
        if self.depth >= MAX_NESTING {
            return Err(CompileError::Syntax(r.recursion_error()));
        }
        self.depth += 1;
        Ok(())
    }

    // ---- emitting -------------------------------------------------------------

    pub fn addop(&mut self, opcode: Opcode, loc: Location) {
        self.u().seq.addop(opcode, 0, loc);
    }

    pub fn addop_i(&mut self, opcode: Opcode, oparg: u32, loc: Location) {
        self.u().seq.addop(opcode, oparg, loc);
    }

    pub fn addop_j(&mut self, opcode: Opcode, target: Label, loc: Location) {
        self.u().seq.add_jump(opcode, target, loc);
    }

    pub fn new_label(&mut self) -> Label {
        self.u().seq.new_label()
    }

    pub fn use_label(&mut self, label: Label) {
        self.u().seq.use_label(label);
    }

    /// `ADDOP_LOAD_CONST`.
    pub fn load_const(&mut self, value: Constant, loc: Location) {
        let i = self.add_const(value);
        self.addop_i(op::LOAD_CONST, i, loc);
    }

    /// `_PyCompile_AddConst` without emitting a load. Code objects are
    /// their own constant keys and compare by value (`code_richcompare`), so
    /// a body compiled twice (the `all`/`any`/`tuple` fast path) is stored once.
    pub fn add_const(&mut self, value: Constant) -> u32 {
        let consts = &mut self.u().consts;
        if let Constant::Code(code) = &value
            && let Some(i) = consts
                .values()
                .iter()
                .position(|c| matches!(c, Constant::Code(o) if **o == **code))
        {
            return i as u32;
        }
        consts.add(value) as u32
    }

    /// `ADDOP_N`: an instruction whose argument indexes one of the unit's name tables.
    pub fn addop_n(&mut self, opcode: Opcode, name: &str, kind: NameKind, loc: Location) {
        let u = self.u();
        let arg = match kind {
            NameKind::Names => u.names.add(name),
            NameKind::Varnames => u.varnames.add(name),
            NameKind::Cellvars => u.cellvars.add(name),
            NameKind::Freevars => {
                let offset = u.cellvars.len() as u32;
                // Keep numbering after the cells, as dictbytype's offset does.
                let next = offset + u.freevars.len() as u32;
                u.freevars.add_at(name, next)
            }
        };
        self.addop_i(opcode, arg, loc);
    }

    /// `_PyCompile_Mangle`.
    pub fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        symtable::mangle(self.ur().private.as_deref(), name)
    }

    /// `_PyCompile_MaybeMangle` (`_Py_MaybeMangle`): inside a generic class's
    /// type-parameter scope only the recorded names are mangled.
    pub fn maybe_mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        // Only `__private` names are ever mangled.
        if !name.starts_with("__") {
            return Cow::Borrowed(name);
        }
        if let Some(names) = &self.ste().mangled_names
            && !names.iter().any(|n| n == name)
        {
            return Cow::Borrowed(name);
        }
        self.mangle(name)
    }

    /// `codegen_addop_name`: an attribute-style name operation, with the
    /// argument shifted and flagged as `LOAD_ATTR`/`LOAD_SUPER_ATTR` expect.
    pub fn addop_name(&mut self, kind: NameOp, name: &str, loc: Location) {
        let mangled = self.maybe_mangle(name);
        let arg = self.u().names.add(&mangled);
        let (opcode, arg) = match kind {
            NameOp::Plain(op::LOAD_ATTR) => (op::LOAD_ATTR, arg << 1),
            NameOp::Plain(o) => (o, arg),
            NameOp::LoadMethod => (op::LOAD_ATTR, (arg << 1) | 1),
            NameOp::LoadSuperAttr => (op::LOAD_SUPER_ATTR, (arg << 2) | 2),
            NameOp::LoadSuperMethod => (op::LOAD_SUPER_ATTR, (arg << 2) | 3),
            NameOp::LoadZeroSuperAttr => (op::LOAD_SUPER_ATTR, arg << 2),
            NameOp::LoadZeroSuperMethod => (op::LOAD_SUPER_ATTR, (arg << 2) | 1),
        };
        self.addop_i(opcode, arg, loc);
    }

    /// `_PyCompile_ResolveNameop` + `codegen_nameop`: load, store or delete a variable.
    pub fn nameop(&mut self, name: &str, ctx: ExprContext, loc: Location) -> CResult {
        let mangled = self.maybe_mangle(name);
        let scope = self.ste().symbols.scope(&mangled);
        let function_like = self.ste().is_function_like();
        let optype = match scope {
            Some(Scope::Free) => OpType::Deref(NameKind::Freevars),
            Some(Scope::Cell) => OpType::Deref(NameKind::Cellvars),
            Some(Scope::Local) => {
                if function_like || self.ur().fasthidden.get(&*mangled) == Some(&true) {
                    OpType::Fast
                } else {
                    OpType::Name
                }
            }
            Some(Scope::GlobalImplicit) if function_like => OpType::Global,
            Some(Scope::GlobalExplicit) => OpType::Global,
            _ => OpType::Name,
        };
        let is_class = self.ste().block_type == BlockType::Class;
        let in_inlined = self.ur().in_inlined_comp > 0;
        let can_see_class = self.ste().can_see_class_scope;
        match optype {
            OpType::Deref(kind) => {
                let opcode = match ctx {
                    ExprContext::Load => {
                        if is_class && !in_inlined {
                            self.addop(op::LOAD_LOCALS, loc);
                            op::LOAD_FROM_DICT_OR_DEREF
                        } else if can_see_class {
                            self.addop_n(op::LOAD_DEREF, "__classdict__", NameKind::Freevars, loc);
                            op::LOAD_FROM_DICT_OR_DEREF
                        } else {
                            op::LOAD_DEREF
                        }
                    }
                    ExprContext::Store => op::STORE_DEREF,
                    ExprContext::Del => op::DELETE_DEREF,
                };
                self.addop_n(opcode, &mangled, kind, loc);
            }
            OpType::Fast => {
                let opcode = match ctx {
                    ExprContext::Load => op::LOAD_FAST,
                    ExprContext::Store => op::STORE_FAST,
                    ExprContext::Del => op::DELETE_FAST,
                };
                self.addop_n(opcode, &mangled, NameKind::Varnames, loc);
            }
            OpType::Global => {
                let opcode = match ctx {
                    ExprContext::Load => {
                        if can_see_class && scope == Some(Scope::GlobalImplicit) {
                            self.addop_n(op::LOAD_DEREF, "__classdict__", NameKind::Freevars, loc);
                            op::LOAD_FROM_DICT_OR_GLOBALS
                        } else {
                            op::LOAD_GLOBAL
                        }
                    }
                    ExprContext::Store => op::STORE_GLOBAL,
                    ExprContext::Del => op::DELETE_GLOBAL,
                };
                let arg = self.u().names.add(&mangled);
                let arg = if opcode == op::LOAD_GLOBAL {
                    arg << 1
                } else {
                    arg
                };
                self.addop_i(opcode, arg, loc);
            }
            OpType::Name => {
                let opcode = match ctx {
                    ExprContext::Load => {
                        if is_class && in_inlined {
                            op::LOAD_GLOBAL
                        } else {
                            op::LOAD_NAME
                        }
                    }
                    ExprContext::Store => op::STORE_NAME,
                    ExprContext::Del => op::DELETE_NAME,
                };
                let arg = self.u().names.add(&mangled);
                let arg = if opcode == op::LOAD_GLOBAL {
                    arg << 1
                } else {
                    arg
                };
                self.addop_i(opcode, arg, loc);
            }
        }
        Ok(())
    }

    // ---- frame blocks ---------------------------------------------------------

    /// `_PyCompile_PushFBlock`.
    pub fn push_fblock(
        &mut self,
        loc: Location,
        kind: FBlockType,
        block: Option<Label>,
        exit: Option<Label>,
        datum: FBlockDatum<'a>,
    ) -> CResult {
        if self.ur().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error(loc, "too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock {
            kind,
            block,
            exit,
            loc,
            datum,
        });
        Ok(())
    }

    /// `_PyCompile_PopFBlock`.
    pub fn pop_fblock(&mut self, kind: FBlockType) {
        let popped = self.u().fblocks.pop();
        debug_assert!(popped.is_some_and(|b| b.kind == kind));
    }

    pub fn top_fblock(&self) -> Option<FBlock<'a>> {
        self.ur().fblocks.last().copied()
    }

    // ---- class and annotation bookkeeping ----------------------------------------

    /// `_PyCompile_MaybeAddStaticAttributeToClass`: `self.X = ...` inside a
    /// class's methods records `X` on the nearest enclosing class unit.
    pub fn maybe_add_static_attribute(&mut self, e: &ast::Expr) {
        let ast::ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Store,
        } = &e.kind
        else {
            return;
        };
        if !matches!(&value.kind, ast::ExprKind::Name { id, .. } if id == "self") {
            return;
        }
        let n = self.units.len();
        for u in self.units[..n.saturating_sub(1)].iter_mut().rev() {
            if u.scope_type == ScopeType::Class {
                if let Some(attrs) = &mut u.static_attributes
                    && !attrs.iter().any(|a| a == attr)
                {
                    attrs.push(attr.clone());
                }
                break;
            }
        }
    }

    /// `_PyCompile_AddDeferredAnnotation`: returns the conditional index given to it, if any.
    pub fn add_deferred_annotation(&mut self, s: &'a Stmt) -> Option<i64> {
        let u = self.u();
        let index = if u.scope_type == ScopeType::Module || u.in_conditional_block > 0 {
            let i = u.next_conditional_annotation_index;
            u.next_conditional_annotation_index += 1;
            Some(i)
        } else {
            None
        };
        u.deferred_annotations
            .get_or_insert_with(Vec::new)
            .push((s, index.unwrap_or(-1)));
        index
    }

    /// `_PyCompile_StartAnnotationSetup`: module annotations code goes into its own sequence.
    pub fn start_annotation_setup(&mut self) {
        let u = self.u();
        let parent = std::mem::take(&mut u.seq);
        u.stashed_seq = Some(parent);
    }

    /// `_PyCompile_EndAnnotationSetup`.
    pub fn end_annotation_setup(&mut self) {
        let u = self.u();
        if let Some(parent) = u.stashed_seq.take() {
            let annotations = std::mem::replace(&mut u.seq, parent);
            u.seq.set_annotations_code(annotations);
        }
    }
}

/// How `nameop` reaches a variable (`_PyCompile_optype`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OpType {
    Fast,
    Global,
    Deref(NameKind),
    Name,
}

/// The opcode forms `codegen_addop_name` knows (`LOAD_METHOD` and friends are pseudo-forms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameOp {
    Plain(Opcode),
    LoadMethod,
    LoadSuperAttr,
    LoadSuperMethod,
    LoadZeroSuperAttr,
    LoadZeroSuperMethod,
}

/// `dictbytype`: names of `ste` with `scope` or `flag`, sorted, numbered from `offset`.
fn dict_by_type(ste: &symtable::Entry, scope: Scope, flag: u16, offset: u32) -> NameTable {
    let mut names: Vec<&str> = ste
        .symbols
        .iter()
        .filter(|(_, s)| s.scope == Some(scope) || s.flags & flag != 0)
        .map(|(n, _)| n)
        .collect();
    names.sort_unstable();
    let mut t = NameTable::with_capacity(names.len());
    for (i, n) in names.into_iter().enumerate() {
        t.index.insert(n.to_owned(), offset + i as u32);
    }
    t
}

/// `start_location`: the first statement's location, or line 1.
fn start_location(body: &[Stmt]) -> Location {
    body.first()
        .map_or(Location::new(1, 0, 1, 0), |s| loc(&s.range))
}
