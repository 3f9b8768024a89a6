//! The symbol table: which names each scope binds, uses, declares and passes to its children; mirrors CPython's Python/symtable.c.
//!
//! Two passes, as in CPython: [`build`] walks the AST recording raw facts
//! (a name is a parameter here, assigned there, used, declared `global`),
//! then [`analyze`] resolves every name to a [`Scope`] (local, cell, free,
//! global), inlines comprehensions (PEP 709) and finds the implicit
//! `__class__`, `__classdict__` and `__conditional_annotations__` cells.

mod analyze;
mod build;
mod dump;

pub use build::{build, docstring};
pub use dump::dump;

use std::borrow::Cow;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::ast::Range;

/// Raw facts about a name in one scope (CPython's `DEF_*` and `USE` bits).
pub mod flags {
    pub const DEF_GLOBAL: u16 = 1;
    pub const DEF_LOCAL: u16 = 2;
    pub const DEF_PARAM: u16 = 4;
    pub const DEF_NONLOCAL: u16 = 8;
    pub const USE: u16 = 16;
    pub const DEF_FREE_CLASS: u16 = 64;
    pub const DEF_IMPORT: u16 = 128;
    pub const DEF_ANNOT: u16 = 256;
    pub const DEF_COMP_ITER: u16 = 512;
    pub const DEF_TYPE_PARAM: u16 = 1024;
    pub const DEF_COMP_CELL: u16 = 2048;
    /// A binding in this scope.
    pub const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    /// Where CPython packs the scope into a symbol's flag word (`SCOPE_OFFSET`).
    pub const SCOPE_OFFSET: u32 = 12;
}

/// Where a name lives at run time (CPython's `LOCAL` .. `CELL`, numbered alike).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

/// The kind of a scope (CPython's `_Py_block_ty`, numbered alike).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Function = 0,
    Class = 1,
    Module = 2,
    /// The `__annotate__` function of PEP 649.
    Annotation = 3,
    /// The value of a `type X = ...` statement, evaluated lazily.
    TypeAlias = 4,
    /// The scope holding a generic's type parameters.
    TypeParameters = 5,
    /// A TypeVar bound, constraints or default, evaluated lazily.
    TypeVariable = 6,
}

/// Which comprehension a function-like scope implements, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comprehension {
    None,
    List,
    Dict,
    Set,
    Generator,
}

/// Index of a scope in [`SymbolTable::entries`].
pub type EntryId = usize;

/// What a scope is keyed by, so the compiler can find the scope of an AST node:
/// the node's address, plus a discriminator where one node opens two scopes
/// (a TypeVar's bound and its default; a class or module and its annotations).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeKey {
    pub node: usize,
    pub part: u8,
}

impl ScopeKey {
    pub fn of<T>(node: &T) -> ScopeKey {
        ScopeKey {
            node: node as *const T as usize,
            part: 0,
        }
    }

    pub fn part<T>(node: &T, part: u8) -> ScopeKey {
        ScopeKey {
            node: node as *const T as usize,
            part,
        }
    }
}

/// A name's facts and, after analysis, its scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub flags: u16,
    pub scope: Option<Scope>,
}

impl Symbol {
    /// The packed value CPython's `symtable` module reads (`flags | scope << SCOPE_OFFSET`).
    pub fn packed(&self) -> u32 {
        u32::from(self.flags) | (self.scope.map_or(0, |s| s as u32) << flags::SCOPE_OFFSET)
    }
}

/// Names in insertion order with a hash index, like the dict CPython keeps;
/// the order and the index share each name's one allocation.
#[derive(Clone, Debug, Default)]
pub struct SymbolMap {
    names: Vec<Rc<str>>,
    symbols: Vec<Symbol>,
    index: FxHashMap<Rc<str>, usize>,
}

impl SymbolMap {
    /// An empty map with room for `capacity` names without rehashing.
    pub fn with_capacity(capacity: usize) -> SymbolMap {
        SymbolMap {
            names: Vec::with_capacity(capacity),
            symbols: Vec::with_capacity(capacity),
            index: FxHashMap::with_capacity_and_hasher(capacity, Default::default()),
        }
    }

    pub fn get(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    pub fn get_mut(&mut self, name: &str) -> Option<&mut Symbol> {
        self.index.get(name).map(|&i| &mut self.symbols[i])
    }

    /// The flags of `name`, 0 when absent.
    pub fn flags(&self, name: &str) -> u16 {
        self.get(name).map_or(0, |s| s.flags)
    }

    pub fn scope(&self, name: &str) -> Option<Scope> {
        self.get(name).and_then(|s| s.scope)
    }

    /// Inserts or replaces `name`'s entry, keeping its first position.
    pub fn insert(&mut self, name: &str, symbol: Symbol) {
        *self.entry(name) = symbol;
    }

    /// `name`'s entry, added without flags or scope when absent.
    pub fn entry(&mut self, name: &str) -> &mut Symbol {
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                let i = self.names.len();
                let name: Rc<str> = Rc::from(name);
                self.index.insert(Rc::clone(&name), i);
                self.names.push(name);
                self.symbols.push(Symbol {
                    flags: 0,
                    scope: None,
                });
                i
            }
        };
        &mut self.symbols[i]
    }

    pub fn remove(&mut self, name: &str) {
        if let Some(i) = self.index.remove(name) {
            self.names.remove(i);
            self.symbols.remove(i);
            for slot in self.index.values_mut() {
                if *slot > i {
                    *slot -= 1;
                }
            }
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Symbol)> {
        self.names
            .iter()
            .map(|name| &**name)
            .zip(self.symbols.iter())
    }

    /// `iter` with the names as the shared allocations the map holds.
    pub(crate) fn iter_shared(&self) -> impl Iterator<Item = (&Rc<str>, &Symbol)> {
        self.names.iter().zip(self.symbols.iter())
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// One scope (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct Entry {
    pub name: String,
    pub block_type: BlockType,
    pub key: ScopeKey,
    pub location: Range,
    pub symbols: SymbolMap,
    /// Parameters in order (implicit ones like `.0` and `.format` included).
    pub varnames: Vec<String>,
    pub children: Vec<EntryId>,
    /// `global`/`nonlocal` declarations and where they were, for error locations.
    pub directives: Vec<(String, Range)>,
    /// Inside a generic class's type-parameter scope: the names that get mangled.
    pub mangled_names: Option<Vec<String>>,
    pub comprehension: Comprehension,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    pub needs_class_closure: bool,
    pub needs_classdict: bool,
    pub has_conditional_annotations: bool,
    pub in_conditional_block: bool,
    pub in_unevaluated_annotation: bool,
    pub comp_inlined: bool,
    pub comp_iter_target: bool,
    pub comp_iter_expr: u32,
    pub can_see_class_scope: bool,
    pub annotations_used: bool,
    pub has_docstring: bool,
    pub method: bool,
    /// The `__annotate__` scope of a module or class body, once one exists.
    pub annotation_block: Option<EntryId>,
    /// For TypeVariable scopes: what the expression is, for error messages.
    pub scope_info: Option<&'static str>,
}

impl Entry {
    /// Functions and the lazily evaluated scopes that compile to functions.
    pub fn is_function_like(&self) -> bool {
        !matches!(self.block_type, BlockType::Class | BlockType::Module)
    }
}

/// The symbol table of one module (CPython's `struct symtable`).
#[derive(Clone, Debug, Default)]
pub struct SymbolTable {
    pub entries: Vec<Entry>,
    by_key: FxHashMap<ScopeKey, EntryId>,
}

impl SymbolTable {
    /// The module scope.
    pub const TOP: EntryId = 0;

    pub fn lookup(&self, key: ScopeKey) -> Option<EntryId> {
        self.by_key.get(&key).copied()
    }

    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id]
    }
}

/// `__private` becomes `_Class__private` inside class `Class` (CPython's
/// `_Py_Mangle`); borrowed when unchanged, which is nearly always.
#[inline]
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    if !name.starts_with("__") {
        return Cow::Borrowed(name);
    }
    let Some(class_name) = private else {
        return Cow::Borrowed(name);
    };
    if name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mangling_follows_cpython() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("__C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("___"), "__x"), "__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
        assert_eq!(mangle(Some("C"), "_x"), "_x");
        assert_eq!(mangle(None, "__x"), "__x");
    }
}
