//! The first symbol-table pass: walks the AST recording what each scope does with each name; mirrors `symtable_visit_*` in CPython's Python/symtable.c.

use super::flags::*;
use super::{
    BlockType, Comprehension, Entry, EntryId, ScopeKey, Symbol, SymbolMap, SymbolTable, mangle,
};
use crate::ast::*;
use crate::error::{MAX_NESTING, SyntaxError};
use crate::future::FutureFeatures;
use std::borrow::Cow;

/// Builds and analyzes the symbol table of a module, as CPython's `_PySymtable_Build`.
/// Expressions nest without bound (`1+1+...`), so the walk stops at [`MAX_NESTING`].
pub fn build(module: &Mod, future: &FutureFeatures) -> Result<SymbolTable, SyntaxError> {
    let mut table = SymbolTable::default();
    // Scopes are large; most modules have a few dozen.
    table.entries.reserve(64);
    let mut builder = Builder {
        table,
        stack: Vec::new(),
        depth: 0,
        private: None,
        future,
    };
    let top = builder.new_entry(
        "top",
        BlockType::Module,
        ScopeKey::of(module),
        Range::default(),
    );
    builder.enter_existing(top, true);
    match module {
        Mod::Module { body, .. } => {
            builder.table.entries[top].has_docstring = docstring(body).is_some();
            builder.visit_stmts(body)?;
        }
        Mod::Interactive { body } => builder.visit_stmts(body)?,
        Mod::Expression { body } => builder.visit_expr(body)?,
        Mod::FunctionType { .. } => {}
    }
    builder.exit_block();
    let mut table = builder.table;
    super::analyze::analyze(&mut table)?;
    Ok(table)
}

/// The docstring of a body: a leading expression statement holding a string constant.
pub fn docstring(body: &[Stmt]) -> Option<&PyStr> {
    match &body.first()?.kind {
        StmtKind::Expr { value } => match &value.kind {
            ExprKind::Constant {
                value: Constant::Str(s),
                ..
            } => Some(s),
            _ => None,
        },
        _ => None,
    }
}

struct Builder<'f> {
    table: SymbolTable,
    stack: Vec<EntryId>,
    /// Expression nesting, checked against [`MAX_NESTING`].
    depth: u32,
    /// The name of the class whose body is being visited, for mangling.
    private: Option<String>,
    future: &'f FutureFeatures,
}

type Visit = Result<(), SyntaxError>;

impl Builder<'_> {
    fn cur(&self) -> EntryId {
        *self
            .stack
            .last()
            .expect("a scope is always open while visiting")
    }

    fn cur_entry(&mut self) -> &mut Entry {
        let id = self.cur();
        &mut self.table.entries[id]
    }

    fn new_entry(
        &mut self,
        name: &str,
        block_type: BlockType,
        key: ScopeKey,
        location: Range,
    ) -> EntryId {
        let parent = self.stack.last().map(|&id| &self.table.entries[id]);
        let nested = parent.is_some_and(|p| p.nested || p.is_function_like());
        let method = parent.is_some_and(|p| p.block_type == BlockType::Class)
            && block_type == BlockType::Function;
        let id = self.table.entries.len();
        self.table.entries.push(Entry {
            name: name.to_string(),
            block_type,
            key,
            location,
            symbols: SymbolMap::with_capacity(16),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: Vec::new(),
            mangled_names: None,
            comprehension: Comprehension::None,
            nested,
            generator: false,
            coroutine: false,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            needs_classdict: false,
            has_conditional_annotations: false,
            in_conditional_block: false,
            in_unevaluated_annotation: false,
            comp_inlined: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            can_see_class_scope: false,
            annotations_used: false,
            has_docstring: false,
            method,
            annotation_block: None,
            scope_info: None,
        });
        self.table.by_key.insert(key, id);
        id
    }

    /// CPython's `symtable_enter_existing_block`; a scope entered again (a
    /// module's or class's shared `__annotate__`) is not a new child.
    fn enter_existing(&mut self, id: EntryId, add_to_children: bool) {
        let prev = self.stack.last().copied();
        self.stack.push(id);
        if let Some(prev) = prev {
            // bpo-37757: no walrus anywhere in a comprehension's outermost iterable.
            self.table.entries[id].comp_iter_expr = self.table.entries[prev].comp_iter_expr;
            if self.table.entries[id].block_type != BlockType::Class
                && let Some(mangled) = self.table.entries[prev].mangled_names.clone()
            {
                self.table.entries[id].mangled_names = Some(mangled);
            }
        }
        // With `from __future__ import annotations`, annotations become strings
        // and their scopes do not enter the tree.
        if self.future.annotations && self.table.entries[id].block_type == BlockType::Annotation {
            return;
        }
        if let Some(prev) = prev
            && add_to_children
        {
            self.table.entries[prev].children.push(id);
        }
    }

    fn enter_block(
        &mut self,
        name: &str,
        block_type: BlockType,
        key: ScopeKey,
        location: Range,
    ) -> Visit {
        let id = self.new_entry(name, block_type, key, location);
        self.enter_existing(id, true);
        if matches!(
            block_type,
            BlockType::Annotation | BlockType::TypeVariable | BlockType::TypeAlias
        ) {
            // The lazily evaluated function reads its `format` argument.
            self.add_def(".format", DEF_PARAM, location)?;
            self.add_def(".format", USE, location)?;
        }
        Ok(())
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn maybe_mangle<'n>(&self, id: EntryId, name: &'n str) -> Cow<'n, str> {
        // Only `__private` names are ever mangled.
        if !name.starts_with("__") {
            return Cow::Borrowed(name);
        }
        if let Some(mangled) = &self.table.entries[id].mangled_names
            && !mangled.iter().any(|m| m == name)
        {
            return Cow::Borrowed(name);
        }
        mangle(self.private.as_deref(), name)
    }

    fn lookup(&self, name: &str) -> u16 {
        let id = self.cur();
        self.table.entries[id]
            .symbols
            .flags(&self.maybe_mangle(id, name))
    }

    /// CPython's `symtable_add_def_helper`: records `flag` for `name` in scope `id`.
    fn add_def_in(&mut self, name: &str, flag: u16, id: EntryId, location: Range) -> Visit {
        let mangled = self.maybe_mangle(self.cur(), name);
        let entry = &mut self.table.entries[id];
        let comp_iter_target = entry.comp_iter_target;
        // One lookup: a name seen for the first time is added with no flags
        // (an error below abandons the whole table).
        let symbol = entry.symbols.entry(&mangled);
        if flag & DEF_PARAM != 0 && symbol.flags & DEF_PARAM != 0 {
            return Err(location.syntax_error(format!(
                "duplicate argument '{name}' in function definition"
            )));
        }
        if flag & DEF_TYPE_PARAM != 0 && symbol.flags & DEF_TYPE_PARAM != 0 {
            return Err(location.syntax_error(format!("duplicate type parameter '{name}'")));
        }
        let mut value = symbol.flags | flag;
        if comp_iter_target {
            if value & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(location.syntax_error(format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                )));
            }
            value |= DEF_COMP_ITER;
        }
        *symbol = Symbol {
            flags: value,
            scope: None,
        };
        if flag & DEF_PARAM != 0 {
            entry.varnames.push(mangled.into_owned());
        } else if flag & DEF_GLOBAL != 0 {
            let module = &mut self.table.entries[SymbolTable::TOP].symbols;
            let flags = module.flags(&mangled) | flag;
            module.insert(&mangled, Symbol { flags, scope: None });
        }
        Ok(())
    }

    fn add_def_ctx(&mut self, name: &str, flag: u16, location: Range, ctx: ExprContext) -> Visit {
        if flag & (DEF_PARAM | DEF_LOCAL | DEF_IMPORT) != 0 {
            check_name(name, location, ctx)?;
        }
        if flag & DEF_TYPE_PARAM != 0
            && let Some(mangled) = &mut self.cur_entry().mangled_names
        {
            mangled.push(name.to_string());
        }
        let cur = self.cur();
        self.add_def_in(name, flag, cur, location)
    }

    fn add_def(&mut self, name: &str, flag: u16, location: Range) -> Visit {
        let ctx = if flag == USE {
            ExprContext::Load
        } else {
            ExprContext::Store
        };
        self.add_def_ctx(name, flag, location, ctx)
    }

    fn record_directive(&mut self, name: &str, location: Range) {
        let mangled = self.maybe_mangle(self.cur(), name);
        self.cur_entry()
            .directives
            .push((mangled.into_owned(), location));
    }

    /// Runs `visit` with the current scope marked as inside a conditional block.
    fn conditional(&mut self, visit: impl FnOnce(&mut Self) -> Visit) -> Visit {
        let saved = self.cur_entry().in_conditional_block;
        self.cur_entry().in_conditional_block = true;
        let result = visit(self);
        self.cur_entry().in_conditional_block = saved;
        result
    }

    fn visit_stmts(&mut self, body: &[Stmt]) -> Visit {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_exprs(&mut self, exprs: &[Expr]) -> Visit {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_optional(&mut self, expr: &Option<Box<Expr>>) -> Visit {
        match expr {
            Some(e) => self.visit_expr(e),
            None => Ok(()),
        }
    }

    fn enter_type_param_block(
        &mut self,
        name: &str,
        key: ScopeKey,
        has_defaults: bool,
        has_kwdefaults: bool,
        is_class: bool,
        location: Range,
    ) -> Visit {
        let current_type = self.table.entries[self.cur()].block_type;
        self.enter_block(name, BlockType::TypeParameters, key, location)?;
        if current_type == BlockType::Class {
            self.cur_entry().can_see_class_scope = true;
            self.add_def("__classdict__", USE, location)?;
        }
        if is_class {
            // Set when the type params tuple is built, used for the bases.
            self.add_def(".type_params", DEF_LOCAL, location)?;
            self.add_def(".type_params", USE, location)?;
            self.add_def(".generic_base", DEF_LOCAL, location)?;
            self.add_def(".generic_base", USE, location)?;
        }
        if has_defaults {
            self.add_def(".defaults", DEF_PARAM, location)?;
        }
        if has_kwdefaults {
            self.add_def(".kwdefaults", DEF_PARAM, location)?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn visit_function(
        &mut self,
        stmt: &Stmt,
        name: &str,
        args: &Arguments,
        body: &[Stmt],
        decorator_list: &[Expr],
        returns: &Option<Box<Expr>>,
        type_params: &Vec<TypeParam>,
        is_async: bool,
    ) -> Visit {
        self.add_def(name, DEF_LOCAL, stmt.range)?;
        self.visit_exprs(&args.defaults)?;
        for default in args.kw_defaults.iter().flatten() {
            self.visit_expr(default)?;
        }
        self.visit_exprs(decorator_list)?;
        if !type_params.is_empty() {
            let has_kwdefaults = args.kw_defaults.iter().any(Option::is_some);
            // CPython's parser always gives a function a (maybe empty)
            // defaults sequence, so `.defaults` is always a parameter here.
            self.enter_type_param_block(
                name,
                ScopeKey::of(type_params),
                true,
                has_kwdefaults,
                false,
                stmt.range,
            )?;
            type_params
                .iter()
                .try_for_each(|tp| self.visit_type_param(tp))?;
        }
        let function = self.new_entry(name, BlockType::Function, ScopeKey::of(stmt), stmt.range);
        self.table.entries[function].has_docstring = docstring(body).is_some();
        self.visit_annotations(stmt, args, returns)?;
        self.enter_existing(function, true);
        if is_async {
            self.cur_entry().coroutine = true;
        }
        self.visit_arguments(args)?;
        self.visit_stmts(body)?;
        self.exit_block();
        if !type_params.is_empty() {
            self.exit_block();
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Visit {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            }
            | StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            } => {
                let is_async = matches!(s.kind, StmtKind::AsyncFunctionDef { .. });
                self.visit_function(
                    s,
                    name,
                    args,
                    body,
                    decorator_list,
                    returns,
                    type_params,
                    is_async,
                )?;
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
                type_params,
            } => {
                self.add_def(name, DEF_LOCAL, s.range)?;
                self.visit_exprs(decorator_list)?;
                let saved_private = self.private.clone();
                if !type_params.is_empty() {
                    self.enter_type_param_block(
                        name,
                        ScopeKey::of(type_params),
                        false,
                        false,
                        true,
                        s.range,
                    )?;
                    self.private = Some(name.clone());
                    self.cur_entry().mangled_names = Some(Vec::new());
                    type_params
                        .iter()
                        .try_for_each(|tp| self.visit_type_param(tp))?;
                }
                self.visit_exprs(bases)?;
                check_keywords(keywords)?;
                keywords
                    .iter()
                    .try_for_each(|k| self.visit_expr(&k.value))?;
                self.enter_block(name, BlockType::Class, ScopeKey::of(s), s.range)?;
                self.private = Some(name.clone());
                if !type_params.is_empty() {
                    self.add_def("__type_params__", DEF_LOCAL, s.range)?;
                    self.add_def(".type_params", USE, s.range)?;
                }
                self.cur_entry().has_docstring = docstring(body).is_some();
                self.visit_stmts(body)?;
                self.exit_block();
                if !type_params.is_empty() {
                    self.exit_block();
                }
                self.private = saved_private;
            }
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => {
                self.visit_expr(name)?;
                let ExprKind::Name { id, .. } = &name.kind else {
                    return Ok(());
                };
                let is_in_class = self.table.entries[self.cur()].block_type == BlockType::Class;
                let is_generic = !type_params.is_empty();
                if is_generic {
                    self.enter_type_param_block(
                        id,
                        ScopeKey::of(type_params),
                        false,
                        false,
                        false,
                        s.range,
                    )?;
                    type_params
                        .iter()
                        .try_for_each(|tp| self.visit_type_param(tp))?;
                }
                self.enter_block(id, BlockType::TypeAlias, ScopeKey::of(s), s.range)?;
                self.cur_entry().can_see_class_scope = is_in_class;
                if is_in_class {
                    self.add_def("__classdict__", USE, value.range)?;
                }
                self.visit_expr(value)?;
                self.exit_block();
                if is_generic {
                    self.exit_block();
                }
            }
            StmtKind::Return { value } => {
                if let Some(value) = value {
                    self.visit_expr(value)?;
                    self.cur_entry().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.visit_exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.cur_entry().annotations_used = true;
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup(id);
                    let is_module = self.cur() == SymbolTable::TOP;
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !is_module && *simple != 0 {
                        let kind = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(s
                            .range
                            .syntax_error(format!("annotated name '{id}' can't be {kind}")));
                    }
                    if *simple != 0 {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.range)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.range)?;
                    }
                } else {
                    self.visit_expr(target)?;
                }
                let parent_key = self.table.entries[self.cur()].key;
                self.visit_annotation(
                    annotation,
                    ScopeKey {
                        node: parent_key.node,
                        part: parent_key.part + 1,
                    },
                )?;
                self.visit_optional(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.conditional(|b| {
                    b.visit_stmts(body)?;
                    b.visit_stmts(orelse)
                })?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.conditional(|b| {
                    b.visit_stmts(body)?;
                    b.visit_stmts(orelse)
                })?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                self.conditional(|b| {
                    cases.iter().try_for_each(|case| {
                        b.visit_pattern(&case.pattern)?;
                        b.visit_optional(&case.guard)?;
                        b.visit_stmts(&case.body)
                    })
                })?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(exc) = exc {
                    self.visit_expr(exc)?;
                    self.visit_optional(cause)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.conditional(|b| {
                    b.visit_stmts(body)?;
                    for handler in handlers {
                        let ExceptHandlerKind::ExceptHandler { r#type, name, body } = &handler.kind;
                        b.visit_optional(r#type)?;
                        if let Some(name) = name {
                            b.add_def(name, DEF_LOCAL, handler.range)?;
                        }
                        b.visit_stmts(body)?;
                    }
                    b.visit_stmts(orelse)?;
                    b.visit_stmts(finalbody)
                })?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                self.visit_optional(msg)?;
            }
            StmtKind::Import { names } => names.iter().try_for_each(|a| self.visit_alias(a))?,
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                names.iter().try_for_each(|a| self.visit_alias(a))?;
                self.check_import_from(s, module.as_deref(), level.unwrap_or(0))?;
            }
            StmtKind::Global { names } => self.visit_directive(s, names, DEF_GLOBAL)?,
            StmtKind::Nonlocal { names } => self.visit_directive(s, names, DEF_NONLOCAL)?,
            StmtKind::Expr { value } => self.visit_expr(value)?,
            StmtKind::Pass {} | StmtKind::Break {} | StmtKind::Continue {} => {}
            StmtKind::With { items, body, .. } => {
                self.conditional(|b| b.visit_with(items, body))?;
            }
            StmtKind::AsyncWith { items, body, .. } => {
                self.maybe_set_coroutine_for_module();
                self.raise_if_not_coroutine("'async with' outside async function", s.range)?;
                self.conditional(|b| b.visit_with(items, body))?;
            }
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.maybe_set_coroutine_for_module();
                self.raise_if_not_coroutine("'async for' outside async function", s.range)?;
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.conditional(|b| {
                    b.visit_stmts(body)?;
                    b.visit_stmts(orelse)
                })?;
            }
        }
        Ok(())
    }

    fn visit_with(&mut self, items: &[WithItem], body: &[Stmt]) -> Visit {
        for item in items {
            self.visit_expr(&item.context_expr)?;
            self.visit_optional(&item.optional_vars)?;
        }
        self.visit_stmts(body)
    }

    /// `global` and `nonlocal` statements.
    fn visit_directive(&mut self, s: &Stmt, names: &[Identifier], flag: u16) -> Visit {
        let kind = if flag == DEF_GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        for name in names {
            let cur = self.lookup(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {kind}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {kind} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {kind}")
                } else {
                    format!("name '{name}' is assigned to before {kind} declaration")
                };
                return Err(s.range.syntax_error(msg));
            }
            self.add_def(name, flag, s.range)?;
            self.record_directive(name, s.range);
        }
        Ok(())
    }

    /// A `from __future__` import after the leading ones (with none, every one is late).
    fn check_import_from(&self, s: &Stmt, module: Option<&str>, level: Int) -> Visit {
        let late = self.future.location.is_none_or(|future| {
            s.range.lineno > future.lineno
                || (s.range.lineno == future.end_lineno
                    && s.range.col_offset > future.end_col_offset)
        });
        if module == Some("__future__") && level == 0 && late {
            return Err(s
                .range
                .syntax_error("from __future__ imports must occur at the beginning of the file"));
        }
        Ok(())
    }

    fn allows_top_level_await(&self) -> bool {
        self.future.allow_top_level_await
            && self.table.entries[self.cur()].block_type == BlockType::Module
    }

    fn maybe_set_coroutine_for_module(&mut self) {
        if self.allows_top_level_await() {
            self.cur_entry().coroutine = true;
        }
    }

    fn raise_if_not_coroutine(&mut self, msg: &str, location: Range) -> Visit {
        if !self.cur_entry().coroutine {
            return Err(location.syntax_error(msg));
        }
        Ok(())
    }

    fn is_async_def(&self) -> bool {
        let entry = &self.table.entries[self.cur()];
        entry.block_type == BlockType::Function && entry.coroutine
    }

    /// `yield`, `await` and walrus are not allowed in annotation and type scopes.
    fn raise_if_annotation_block(&self, what: &str, e: &Expr) -> Visit {
        let entry = &self.table.entries[self.cur()];
        let msg = match entry.block_type {
            BlockType::Annotation => format!("{what} cannot be used within an annotation"),
            BlockType::TypeVariable => {
                format!(
                    "{what} cannot be used within {}",
                    entry.scope_info.unwrap_or("a TypeVar bound")
                )
            }
            BlockType::TypeAlias => format!("{what} cannot be used within a type alias"),
            BlockType::TypeParameters => {
                format!("{what} cannot be used within the definition of a generic")
            }
            _ => return Ok(()),
        };
        Err(e.range.syntax_error(msg))
    }

    fn raise_if_comprehension_block(&self, e: &Expr) -> Visit {
        let msg = match self.table.entries[self.cur()].comprehension {
            Comprehension::List => "'yield' inside list comprehension",
            Comprehension::Set => "'yield' inside set comprehension",
            Comprehension::Dict => "'yield' inside dict comprehension",
            _ => "'yield' inside generator expression",
        };
        Err(e.range.syntax_error(msg))
    }

    /// Visits `e`, giving up with CPython's `RecursionError` past [`MAX_NESTING`] levels.
    fn visit_expr(&mut self, e: &Expr) -> Visit {
        self.depth += 1;
        let result = if self.depth > MAX_NESTING {
            Err(e.range.recursion_error())
        } else {
            self.visit_expr_kind(e)
        };
        self.depth -= 1;
        result
    }

    fn visit_expr_kind(&mut self, e: &Expr) -> Visit {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.raise_if_annotation_block("named expression", e)?;
                self.handle_named_expr(e, target, value)?;
            }
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_exprs(&args.defaults)?;
                for default in args.kw_defaults.iter().flatten() {
                    self.visit_expr(default)?;
                }
                self.enter_block("lambda", BlockType::Function, ScopeKey::of(e), e.range)?;
                self.visit_arguments(args)?;
                self.visit_expr(body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for key in keys.iter().flatten() {
                    self.visit_expr(key)?;
                }
                self.visit_exprs(values)?;
            }
            ExprKind::Set { elts } => self.visit_exprs(elts)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.handle_comprehension(
                    e,
                    "genexpr",
                    Comprehension::Generator,
                    generators,
                    elt,
                    None,
                )?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.handle_comprehension(
                    e,
                    "listcomp",
                    Comprehension::List,
                    generators,
                    elt,
                    None,
                )?;
            }
            ExprKind::SetComp { elt, generators } => {
                self.handle_comprehension(e, "setcomp", Comprehension::Set, generators, elt, None)?;
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.handle_comprehension(
                    e,
                    "dictcomp",
                    Comprehension::Dict,
                    generators,
                    key,
                    Some(value),
                )?;
            }
            ExprKind::Yield { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                self.visit_optional(value)?;
                self.cur_entry().generator = true;
                if self.table.entries[self.cur()].comprehension != Comprehension::None {
                    return self.raise_if_comprehension_block(e);
                }
            }
            ExprKind::YieldFrom { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                self.visit_expr(value)?;
                self.cur_entry().generator = true;
                if self.table.entries[self.cur()].comprehension != Comprehension::None {
                    return self.raise_if_comprehension_block(e);
                }
            }
            ExprKind::Await { value } => {
                self.raise_if_annotation_block("await expression", e)?;
                if !self.allows_top_level_await() {
                    let entry = &self.table.entries[self.cur()];
                    if !entry.is_function_like() {
                        return Err(e.range.syntax_error("'await' outside function"));
                    }
                    if !self.is_async_def() && entry.comprehension == Comprehension::None {
                        return Err(e.range.syntax_error("'await' outside async function"));
                    }
                }
                self.visit_expr(value)?;
                self.cur_entry().coroutine = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                check_keywords(keywords)?;
                keywords
                    .iter()
                    .try_for_each(|k| self.visit_expr(&k.value))?;
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            }
            | ExprKind::Interpolation {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                self.visit_optional(format_spec)?;
            }
            ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => {
                self.visit_exprs(values)?
            }
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, attr, ctx } => {
                check_name(attr, e.range, *ctx)?;
                self.visit_expr(value)?;
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                self.visit_optional(lower)?;
                self.visit_optional(upper)?;
                self.visit_optional(step)?;
            }
            ExprKind::Name { id, ctx } => {
                if !self.table.entries[self.cur()].in_unevaluated_annotation {
                    let flag = if *ctx == ExprContext::Load {
                        USE
                    } else {
                        DEF_LOCAL
                    };
                    self.add_def_ctx(id, flag, e.range, *ctx)?;
                    // `super` counts as a use of `__class__`.
                    if *ctx == ExprContext::Load
                        && self.table.entries[self.cur()].is_function_like()
                        && id == "super"
                    {
                        self.add_def("__class__", USE, e.range)?;
                    }
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.visit_exprs(elts)?,
        }
        Ok(())
    }

    fn handle_named_expr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> Visit {
        if self.table.entries[self.cur()].comp_iter_expr > 0 {
            return Err(e.range.syntax_error(
                "assignment expression cannot be used in a comprehension iterable expression",
            ));
        }
        if self.table.entries[self.cur()].comprehension != Comprehension::None {
            self.extend_named_expr_scope(target)?;
        }
        self.visit_expr(value)?;
        self.visit_expr(target)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing
    /// non-comprehension scope (PEP 572).
    fn extend_named_expr_scope(&mut self, target: &Expr) -> Visit {
        let ExprKind::Name { id: name, .. } = &target.kind else {
            return Ok(());
        };
        let location = target.range;
        for &id in self.stack.clone().iter().rev() {
            let entry = &self.table.entries[id];
            let in_scope = entry.symbols.flags(&self.maybe_mangle(id, name));
            if entry.comprehension != Comprehension::None {
                if in_scope & DEF_COMP_ITER != 0 && in_scope & DEF_LOCAL != 0 {
                    return Err(location.syntax_error(format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    )));
                }
                continue;
            }
            match entry.block_type {
                BlockType::Function => {
                    let flag = if in_scope & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, location)?;
                    self.record_directive(name, location);
                    return self.add_def_in(name, DEF_LOCAL, id, location);
                }
                BlockType::Module => {
                    self.add_def(name, DEF_GLOBAL, location)?;
                    self.record_directive(name, location);
                    return self.add_def_in(name, DEF_GLOBAL, id, location);
                }
                BlockType::Class => {
                    return Err(location.syntax_error(
                        "assignment expression within a comprehension cannot be used in a class body",
                    ));
                }
                BlockType::TypeParameters => {
                    return Err(location.syntax_error(
                        "assignment expression within a comprehension cannot be used within the definition of a generic",
                    ));
                }
                BlockType::TypeAlias => {
                    return Err(location.syntax_error(
                        "assignment expression within a comprehension cannot be used in a type alias",
                    ));
                }
                BlockType::TypeVariable => {
                    return Err(location.syntax_error(
                        "assignment expression within a comprehension cannot be used in a TypeVar bound",
                    ));
                }
                BlockType::Annotation => {}
            }
        }
        Ok(())
    }

    fn handle_comprehension(
        &mut self,
        e: &Expr,
        scope_name: &str,
        kind: Comprehension,
        generators: &[crate::ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Visit {
        let Some((outermost, rest)) = generators.split_first() else {
            return Ok(());
        };
        let is_generator = kind == Comprehension::Generator;
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur_entry().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur_entry().comp_iter_expr -= 1;
        self.enter_block(scope_name, BlockType::Function, ScopeKey::of(e), e.range)?;
        self.cur_entry().comprehension = kind;
        if outermost.is_async != 0 {
            self.cur_entry().coroutine = true;
        }
        // The outermost iterator is received as the argument `.0`.
        let location = self.cur_entry().location;
        self.add_def(".0", DEF_PARAM, location)?;
        self.cur_entry().comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.cur_entry().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for generator in rest {
            self.cur_entry().comp_iter_target = true;
            self.visit_expr(&generator.target)?;
            self.cur_entry().comp_iter_target = false;
            self.cur_entry().comp_iter_expr += 1;
            self.visit_expr(&generator.iter)?;
            self.cur_entry().comp_iter_expr -= 1;
            self.visit_exprs(&generator.ifs)?;
            if generator.is_async != 0 {
                self.cur_entry().coroutine = true;
            }
        }
        if let Some(value) = value {
            self.visit_expr(value)?;
        }
        self.visit_expr(elt)?;
        self.cur_entry().generator = is_generator;
        let is_async = self.cur_entry().coroutine && !is_generator;
        self.exit_block();
        if is_async
            && !self.is_async_def()
            && self.table.entries[self.cur()].comprehension == Comprehension::None
            && !self.allows_top_level_await()
        {
            return Err(e
                .range
                .syntax_error("asynchronous comprehension outside of an asynchronous function"));
        }
        if is_async {
            self.cur_entry().coroutine = true;
        }
        Ok(())
    }

    fn visit_type_param_bound_or_default(
        &mut self,
        expr: Option<&Expr>,
        name: &str,
        tp: &TypeParam,
        part: u8,
        scope_info: &'static str,
    ) -> Visit {
        if name == "__classdict__" {
            return Err(tp.range.syntax_error(format!(
                "reserved name '{name}' cannot be used for type parameter"
            )));
        }
        if let Some(e) = expr {
            let is_in_class = self.cur_entry().can_see_class_scope;
            self.enter_block(
                name,
                BlockType::TypeVariable,
                ScopeKey::part(tp, part),
                e.range,
            )?;
            self.cur_entry().can_see_class_scope = is_in_class;
            if is_in_class {
                self.add_def("__classdict__", USE, e.range)?;
            }
            self.cur_entry().scope_info = Some(scope_info);
            self.visit_expr(e)?;
            self.exit_block();
        }
        Ok(())
    }

    fn visit_type_param(&mut self, tp: &TypeParam) -> Visit {
        match &tp.kind {
            TypeParamKind::TypeVar {
                name,
                bound,
                default_value,
            } => {
                self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL, tp.range)?;
                let info = match bound.as_deref().map(|b| &b.kind) {
                    Some(ExprKind::Tuple { .. }) => "a TypeVar constraint",
                    _ => "a TypeVar bound",
                };
                self.visit_type_param_bound_or_default(bound.as_deref(), name, tp, 0, info)?;
                self.visit_type_param_bound_or_default(
                    default_value.as_deref(),
                    name,
                    tp,
                    1,
                    "a TypeVar default",
                )
            }
            TypeParamKind::TypeVarTuple {
                name,
                default_value,
            } => {
                self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL, tp.range)?;
                self.visit_type_param_bound_or_default(
                    default_value.as_deref(),
                    name,
                    tp,
                    0,
                    "a TypeVarTuple default",
                )
            }
            TypeParamKind::ParamSpec {
                name,
                default_value,
            } => {
                self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL, tp.range)?;
                self.visit_type_param_bound_or_default(
                    default_value.as_deref(),
                    name,
                    tp,
                    0,
                    "a ParamSpec default",
                )
            }
        }
    }

    fn visit_pattern(&mut self, p: &Pattern) -> Visit {
        match &p.kind {
            PatternKind::MatchValue { value } => self.visit_expr(value),
            PatternKind::MatchSingleton { .. } => Ok(()),
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().try_for_each(|p| self.visit_pattern(p))
            }
            PatternKind::MatchStar { name } => match name {
                Some(name) => self.add_def(name, DEF_LOCAL, p.range),
                None => Ok(()),
            },
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                match rest {
                    Some(rest) => self.add_def(rest, DEF_LOCAL, p.range),
                    None => Ok(()),
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.visit_expr(cls)?;
                patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                for (attr, pattern) in kwd_attrs.iter().zip(kwd_patterns) {
                    check_name(attr, pattern.range, ExprContext::Store)?;
                }
                kwd_patterns.iter().try_for_each(|p| self.visit_pattern(p))
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(pattern) = pattern {
                    self.visit_pattern(pattern)?;
                }
                match name {
                    Some(name) => self.add_def(name, DEF_LOCAL, p.range),
                    None => Ok(()),
                }
            }
        }
    }

    fn visit_params(&mut self, args: &[Arg]) -> Visit {
        args.iter()
            .try_for_each(|a| self.add_def(&a.arg, DEF_PARAM, a.range))
    }

    /// PEP 649: a function's annotations are evaluated by its `__annotate__` scope.
    fn visit_annotations(
        &mut self,
        stmt: &Stmt,
        args: &Arguments,
        returns: &Option<Box<Expr>>,
    ) -> Visit {
        let is_in_class = self.cur_entry().can_see_class_scope;
        let current_type = self.table.entries[self.cur()].block_type;
        self.enter_block(
            "__annotate__",
            BlockType::Annotation,
            ScopeKey::of(args),
            stmt.range,
        )?;
        if is_in_class || current_type == BlockType::Class {
            self.cur_entry().can_see_class_scope = true;
            self.add_def("__classdict__", USE, stmt.range)?;
        }
        let mut annotations: Vec<&Expr> = Vec::new();
        annotations.extend(
            args.posonlyargs
                .iter()
                .chain(&args.args)
                .filter_map(|a| a.annotation.as_deref()),
        );
        annotations.extend(args.vararg.as_ref().and_then(|a| a.annotation.as_deref()));
        annotations.extend(args.kwarg.as_ref().and_then(|a| a.annotation.as_deref()));
        annotations.extend(
            args.kwonlyargs
                .iter()
                .filter_map(|a| a.annotation.as_deref()),
        );
        annotations.extend(returns.as_deref());
        for annotation in annotations {
            self.cur_entry().annotations_used = true;
            self.visit_expr(annotation)?;
        }
        self.exit_block();
        Ok(())
    }

    /// An annotation of an assignment target, evaluated by the enclosing
    /// module's or class's `__annotate__` (or never, in a function).
    fn visit_annotation(&mut self, annotation: &Expr, key: ScopeKey) -> Visit {
        let parent = self.cur();
        let parent_type = self.table.entries[parent].block_type;
        let is_unevaluated = parent_type == BlockType::Function;
        let entry = &self.table.entries[parent];
        // A module may stop part way (an exception), so all its annotations count as conditional.
        let conditional = entry.in_conditional_block || parent_type == BlockType::Module;
        if matches!(parent_type, BlockType::Class | BlockType::Module)
            && conditional
            && !entry.has_conditional_annotations
        {
            self.cur_entry().has_conditional_annotations = true;
            self.add_def("__conditional_annotations__", USE, annotation.range)?;
        }
        match self.table.entries[parent].annotation_block {
            None => {
                self.enter_block("__annotate__", BlockType::Annotation, key, annotation.range)?;
                let block = self.cur();
                self.table.entries[parent].annotation_block = Some(block);
                if parent_type == BlockType::Class && !self.future.annotations {
                    self.cur_entry().can_see_class_scope = true;
                    self.add_def("__classdict__", USE, annotation.range)?;
                }
            }
            Some(block) => self.enter_existing(block, false),
        }
        if is_unevaluated {
            self.cur_entry().in_unevaluated_annotation = true;
        }
        let result = self.visit_expr(annotation);
        if is_unevaluated {
            self.cur_entry().in_unevaluated_annotation = false;
        }
        self.exit_block();
        result
    }

    fn visit_arguments(&mut self, args: &Arguments) -> Visit {
        self.visit_params(&args.posonlyargs)?;
        self.visit_params(&args.args)?;
        self.visit_params(&args.kwonlyargs)?;
        if let Some(vararg) = &args.vararg {
            self.add_def(&vararg.arg, DEF_PARAM, vararg.range)?;
            self.cur_entry().varargs = true;
        }
        if let Some(kwarg) = &args.kwarg {
            self.add_def(&kwarg.arg, DEF_PARAM, kwarg.range)?;
            self.cur_entry().varkeywords = true;
        }
        Ok(())
    }

    fn visit_alias(&mut self, alias: &Alias) -> Visit {
        // `import a.b` binds `a`.
        let name = alias.asname.as_deref().unwrap_or(&alias.name);
        if name == "*" {
            if self.table.entries[self.cur()].block_type != BlockType::Module {
                return Err(alias
                    .range
                    .syntax_error("import * only allowed at module level"));
            }
            return Ok(());
        }
        let store_name = name.split('.').next().unwrap_or(name);
        self.add_def(store_name, DEF_IMPORT, alias.range)
    }
}

fn check_name(name: &str, location: Range, ctx: ExprContext) -> Visit {
    if name == "__debug__" {
        match ctx {
            ExprContext::Store => return Err(location.syntax_error("cannot assign to __debug__")),
            ExprContext::Del => return Err(location.syntax_error("cannot delete __debug__")),
            ExprContext::Load => {}
        }
    }
    Ok(())
}

fn check_keywords(keywords: &[Keyword]) -> Visit {
    for keyword in keywords {
        if let Some(arg) = &keyword.arg {
            check_name(arg, keyword.range, ExprContext::Store)?;
        }
    }
    Ok(())
}
