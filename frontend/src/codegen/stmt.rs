//! Statements: the dispatch, bodies with docstrings, loops, if, return/break/continue, imports, assert, raise, assignments; mirrors `codegen_visit_stmt` and its helpers in CPython's Python/codegen.c.

use super::expr::{
    NB_SUBSCR, should_apply_two_element_slice_optimization, update_start_location_to_match_attr,
};
use super::{
    CResult, CompileError, Compiler, FBlockDatum, FBlockType, NameKind, NameOp, ScopeType, loc,
    pattern,
};
use crate::ast::{Alias, Expr, ExprContext, ExprKind, PyStr, Stmt, StmtKind};
use crate::compile::op;
use crate::compile::{Constant, Location};
use std::rc::Rc;

/// `INTRINSIC_PRINT`, `INTRINSIC_IMPORT_STAR`.
const INTRINSIC_PRINT: u32 = 1;
const INTRINSIC_IMPORT_STAR: u32 = 2;
/// `CONSTANT_ASSERTIONERROR` for `LOAD_COMMON_CONSTANT`.
const CONSTANT_ASSERTIONERROR: u32 = 0;

impl<'a> Compiler<'a> {
    pub fn visit_stmts(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    /// `codegen_body`: a module or class body, with its docstring and
    /// deferred annotations.
    pub fn body(&mut self, loc: Location, stmts: &'a [Stmt], interactive: bool) -> CResult {
        if self.future.annotations && self.ste().annotations_used {
            self.addop(op::SETUP_ANNOTATIONS, loc);
        }
        if stmts.is_empty() {
            return Ok(());
        }
        let mut first = 0;
        if !interactive
            && self.ste().has_docstring
            && let Some(doc) = crate::symtable::docstring(stmts)
            && let StmtKind::Expr { value } = &stmts[0].kind
        {
            first = 1;
            self.load_const(
                Constant::Str(Rc::new(clean_doc(doc))),
                super::loc(&value.range),
            );
            self.nameop("__doc__", ExprContext::Store, Location::NONE)?;
        }
        self.visit_stmts(&stmts[first..])?;
        if !self.future.annotations {
            self.process_deferred_annotations(loc)?;
        }
        Ok(())
    }

    /// `codegen_visit_stmt`.
    pub fn visit_stmt(&mut self, s: &'a Stmt) -> CResult {
        let l = loc(&s.range);
        match &s.kind {
            StmtKind::FunctionDef { .. } => self.function(s, false),
            StmtKind::AsyncFunctionDef { .. } => self.function(s, true),
            StmtKind::ClassDef { .. } => self.class(s),
            StmtKind::TypeAlias { .. } => self.typealias(s),
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => self.visit_exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.visit_expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.addop_i(op::COPY, 1, l);
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { .. } => self.augassign(s),
            StmtKind::AnnAssign { .. } => self.annassign(s),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.conditional(|c| c.for_stmt(s, target, iter, body, orelse)),
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.conditional(|c| c.async_for(s, target, iter, body, orelse)),
            StmtKind::While { test, body, orelse } => {
                self.conditional(|c| c.while_stmt(s, test, body, orelse))
            }
            StmtKind::If { test, body, orelse } => {
                self.conditional(|c| c.if_stmt(test, body, orelse))
            }
            StmtKind::Match { .. } => self.conditional(|c| pattern::match_stmt(c, s)),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(exc) = exc {
                    self.visit_expr(exc)?;
                    n += 1;
                    if let Some(cause) = cause {
                        self.visit_expr(cause)?;
                        n += 1;
                    }
                }
                self.addop_i(op::RAISE_VARARGS, n, l);
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.conditional(|c| c.try_stmt(s, handlers, body, orelse, finalbody, false)),
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.conditional(|c| c.try_stmt(s, handlers, body, orelse, finalbody, true)),
            StmtKind::Assert { test, msg } => self.assert_stmt(s, test, msg.as_deref()),
            StmtKind::Import { names } => self.import(s, names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(s, module.as_deref(), names, level.unwrap_or(0)),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => self.stmt_expr(l, value),
            StmtKind::Pass {} => {
                self.addop(op::NOP, l);
                Ok(())
            }
            StmtKind::Break {} => self.break_stmt(l),
            StmtKind::Continue {} => self.continue_stmt(l),
            StmtKind::With { items, body, .. } => {
                self.conditional(|c| c.with(items, body, 0, false))
            }
            StmtKind::AsyncWith { items, body, .. } => {
                self.conditional(|c| c.with(items, body, 0, true))
            }
        }
    }

    /// `CODEGEN_COND_BLOCK`: annotations inside count as conditional.
    fn conditional(&mut self, f: impl FnOnce(&mut Self) -> CResult) -> CResult {
        self.u().in_conditional_block += 1;
        let r = f(self);
        let u = self.u();
        u.in_conditional_block = u.in_conditional_block.saturating_sub(1);
        r
    }

    /// `codegen_stmt_expr`.
    fn stmt_expr(&mut self, l: Location, value: &'a Expr) -> CResult {
        if self.interactive && self.units.len() == 1 {
            self.visit_expr(value)?;
            self.addop_i(op::CALL_INTRINSIC_1, INTRINSIC_PRINT, l);
            self.addop(op::POP_TOP, Location::NONE);
            return Ok(());
        }
        if matches!(value.kind, ExprKind::Constant { .. }) {
            self.addop(op::NOP, l);
            return Ok(());
        }
        self.visit_expr(value)?;
        self.addop(op::POP_TOP, Location::NONE);
        Ok(())
    }

    /// `codegen_if`.
    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_label();
        let next = if orelse.is_empty() {
            end
        } else {
            self.new_label()
        };
        self.jump_if(test, next, false)?;
        self.visit_stmts(body)?;
        if !orelse.is_empty() {
            self.addop_j(op::JUMP_NO_INTERRUPT, end, Location::NONE);
            self.use_label(next);
            self.visit_stmts(orelse)?;
        }
        self.use_label(end);
        Ok(())
    }

    /// `codegen_for`.
    fn for_stmt(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let l = loc(&s.range);
        let start = self.new_label();
        let body_label = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(
            l,
            FBlockType::ForLoop,
            Some(start),
            Some(end),
            FBlockDatum::None,
        )?;
        self.visit_expr(iter)?;
        let iter_loc = loc(&iter.range);
        self.addop(op::GET_ITER, iter_loc);
        self.use_label(start);
        self.addop_j(op::FOR_ITER, cleanup, iter_loc);
        self.addop(op::NOP, loc(&target.range));
        self.use_label(body_label);
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        self.addop_j(op::JUMP, start, Location::NONE);
        self.use_label(cleanup);
        self.addop(op::END_FOR, Location::NONE);
        self.addop(op::POP_ITER, Location::NONE);
        self.pop_fblock(FBlockType::ForLoop);
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `codegen_async_for`.
    fn async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let l = loc(&s.range);
        let start = self.new_label();
        let send = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.visit_expr(iter)?;
        self.addop(op::GET_AITER, loc(&iter.range));
        self.use_label(start);
        self.push_fblock(
            l,
            FBlockType::AsyncForLoop,
            Some(start),
            Some(end),
            FBlockDatum::None,
        )?;
        self.addop_j(op::SETUP_FINALLY, except, l);
        self.addop(op::GET_ANEXT, l);
        self.load_const(Constant::None, l);
        self.use_label(send);
        self.add_yield_from(l, true);
        self.addop(op::POP_BLOCK, l);
        self.addop(op::NOT_TAKEN, l);
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        self.addop_j(op::JUMP, start, Location::NONE);
        self.pop_fblock(FBlockType::AsyncForLoop);
        self.use_label(except);
        self.addop_j(op::END_ASYNC_FOR, send, loc(&iter.range));
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `codegen_while`.
    fn while_stmt(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let l = loc(&s.range);
        let loop_label = self.new_label();
        let end = self.new_label();
        let anchor = self.new_label();
        self.use_label(loop_label);
        self.push_fblock(
            l,
            FBlockType::WhileLoop,
            Some(loop_label),
            Some(end),
            FBlockDatum::None,
        )?;
        self.jump_if(test, anchor, false)?;
        self.visit_stmts(body)?;
        self.addop_j(op::JUMP, loop_label, Location::NONE);
        self.pop_fblock(FBlockType::WhileLoop);
        self.use_label(anchor);
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `codegen_return`.
    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        let mut l = loc(&s.range);
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant { .. }));
        let ste = self.ste();
        if !ste.is_function_like() {
            return Err(self.error(l, "'return' outside function"));
        }
        if value.is_some() && ste.coroutine && ste.generator {
            return Err(self.error(l, "'return' with value in async generator"));
        }
        if preserve_tos {
            if let Some(v) = value {
                self.visit_expr(v)?;
            }
        } else if let Some(v) = value {
            l = loc(&v.range);
            self.addop(op::NOP, l);
        }
        if value.is_none_or(|v| v.range.lineno != s.range.lineno) {
            l = loc(&s.range);
            self.addop(op::NOP, l);
        }
        self.unwind_fblock_stack(&mut l, preserve_tos, false)?;
        match value {
            None => self.load_const(Constant::None, l),
            Some(Expr {
                kind: ExprKind::Constant { value, .. },
                ..
            }) => self.load_const(super::ast_constant(value), l),
            Some(_) => {}
        }
        self.addop(op::RETURN_VALUE, l);
        Ok(())
    }

    /// `codegen_break`.
    fn break_stmt(&mut self, l: Location) -> CResult {
        let mut unwind_loc = l;
        self.addop(op::NOP, l);
        let Some(loop_block) = self.unwind_fblock_stack(&mut unwind_loc, false, true)? else {
            return Err(self.error(l, "'break' outside loop"));
        };
        self.unwind_fblock(&mut unwind_loc, &loop_block, false)?;
        if let Some(exit) = loop_block.exit {
            self.addop_j(op::JUMP, exit, unwind_loc);
        }
        Ok(())
    }

    /// `codegen_continue`.
    fn continue_stmt(&mut self, l: Location) -> CResult {
        let mut unwind_loc = l;
        self.addop(op::NOP, l);
        let Some(loop_block) = self.unwind_fblock_stack(&mut unwind_loc, false, true)? else {
            return Err(self.error(l, "'continue' not properly in loop"));
        };
        if let Some(block) = loop_block.block {
            self.addop_j(op::JUMP, block, unwind_loc);
        }
        Ok(())
    }

    /// `codegen_import_as`.
    fn import_as(&mut self, l: Location, name: &str, asname: &str) -> CResult {
        let mut parts = name.split('.');
        parts.next();
        let attrs: Vec<&str> = parts.collect();
        if attrs.is_empty() {
            return self.nameop(asname, ExprContext::Store, l);
        }
        for (i, attr) in attrs.iter().enumerate() {
            self.addop_n(op::IMPORT_FROM, attr, NameKind::Names, l);
            if i + 1 < attrs.len() {
                self.addop_i(op::SWAP, 2, l);
                self.addop(op::POP_TOP, l);
            }
        }
        self.nameop(asname, ExprContext::Store, l)?;
        self.addop(op::POP_TOP, l);
        Ok(())
    }

    /// `codegen_import`.
    fn import(&mut self, s: &'a Stmt, names: &'a [Alias]) -> CResult {
        let l = loc(&s.range);
        for alias in names {
            self.load_const(Constant::int(0), l);
            self.load_const(Constant::None, l);
            self.addop_name(NameOp::Plain(op::IMPORT_NAME), &alias.name, l);
            match &alias.asname {
                Some(asname) => self.import_as(l, &alias.name, asname)?,
                None => {
                    let base = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.nameop(base, ExprContext::Store, l)?;
                }
            }
        }
        Ok(())
    }

    /// `codegen_from_import`.
    fn import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&str>,
        names: &'a [Alias],
        level: i32,
    ) -> CResult {
        let l = loc(&s.range);
        self.load_const(Constant::int(i64::from(level)), l);
        let tuple: Vec<Constant> = names.iter().map(|a| Constant::str(&a.name)).collect();
        self.load_const(Constant::Tuple(tuple.into()), l);
        self.addop_name(NameOp::Plain(op::IMPORT_NAME), module.unwrap_or(""), l);
        for (i, alias) in names.iter().enumerate() {
            if i == 0 && alias.name.starts_with('*') {
                self.addop_i(op::CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, l);
                self.addop(op::POP_TOP, Location::NONE);
                return Ok(());
            }
            self.addop_name(NameOp::Plain(op::IMPORT_FROM), &alias.name, l);
            let store = alias.asname.as_deref().unwrap_or(&alias.name);
            self.nameop(store, ExprContext::Store, l)?;
        }
        self.addop(op::POP_TOP, l);
        Ok(())
    }

    /// `codegen_assert`: nothing at optimization level 1 and up.
    fn assert_stmt(&mut self, s: &'a Stmt, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        self.check_assert(&s.range, test);
        if self.optimize > 0 {
            return Ok(());
        }
        let l = loc(&s.range);
        let end = self.new_label();
        self.jump_if(test, end, true)?;
        self.addop_i(op::LOAD_COMMON_CONSTANT, CONSTANT_ASSERTIONERROR, l);
        if let Some(msg) = msg {
            self.visit_expr(msg)?;
            self.addop_i(op::CALL, 0, l);
        }
        self.addop_i(op::RAISE_VARARGS, 1, loc(&test.range));
        self.use_label(end);
        Ok(())
    }

    /// `codegen_augassign`.
    fn augassign(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::AugAssign {
            target,
            op: binop,
            value,
        } = &s.kind
        else {
            return Ok(());
        };
        let l = loc(&target.range);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.visit_expr(obj)?;
                self.addop_i(op::COPY, 1, l);
                let attr_loc = update_start_location_to_match_attr(l, target);
                self.addop_name(NameOp::Plain(op::LOAD_ATTR), attr, attr_loc);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.visit_expr(obj)?;
                if should_apply_two_element_slice_optimization(slice) {
                    self.slice_two_parts(slice)?;
                    self.addop_i(op::COPY, 3, l);
                    self.addop_i(op::COPY, 3, l);
                    self.addop_i(op::COPY, 3, l);
                    self.addop(op::BINARY_SLICE, l);
                } else {
                    self.visit_expr(slice)?;
                    self.addop_i(op::COPY, 2, l);
                    self.addop_i(op::COPY, 2, l);
                    self.addop_i(op::BINARY_OP, NB_SUBSCR, l);
                }
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Load, l)?,
            _ => {
                return Err(CompileError::Internal(
                    "invalid node type for augmented assignment".into(),
                ));
            }
        }
        self.visit_expr(value)?;
        self.addop_binary(loc(&s.range), *binop, true);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                let attr_loc = update_start_location_to_match_attr(l, target);
                self.addop_i(op::SWAP, 2, attr_loc);
                self.addop_name(NameOp::Plain(op::STORE_ATTR), attr, attr_loc);
            }
            ExprKind::Subscript { slice, .. } => {
                if should_apply_two_element_slice_optimization(slice) {
                    self.addop_i(op::SWAP, 4, l);
                    self.addop_i(op::SWAP, 3, l);
                    self.addop_i(op::SWAP, 2, l);
                    self.addop(op::STORE_SLICE, l);
                } else {
                    self.addop_i(op::SWAP, 3, l);
                    self.addop_i(op::SWAP, 2, l);
                    self.addop(op::STORE_SUBSCR, l);
                }
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store, l)?,
            _ => {}
        }
        Ok(())
    }

    /// `codegen_annassign`.
    fn annassign(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } = &s.kind
        else {
            return Ok(());
        };
        let l = loc(&s.range);
        if let Some(value) = value {
            self.visit_expr(value)?;
            self.visit_expr(target)?;
        }
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if *simple != 0 && matches!(self.scope_type(), ScopeType::Module | ScopeType::Class)
                {
                    if self.future.annotations {
                        self.annotation_string(annotation)?;
                        self.addop_name(NameOp::Plain(op::LOAD_NAME), "__annotations__", l);
                        let mangled = self.maybe_mangle(id);
                        self.load_const(Constant::str(&mangled), l);
                        self.addop(op::STORE_SUBSCR, l);
                    } else if let Some(index) = self.add_deferred_annotation(s) {
                        if self.scope_type() == ScopeType::Class {
                            self.addop_n(
                                op::LOAD_DEREF,
                                "__conditional_annotations__",
                                NameKind::Cellvars,
                                l,
                            );
                        } else {
                            self.addop_n(
                                op::LOAD_NAME,
                                "__conditional_annotations__",
                                NameKind::Names,
                                l,
                            );
                        }
                        self.load_const(Constant::int(index), l);
                        self.addop_i(op::SET_ADD, 1, l);
                        self.addop(op::POP_TOP, l);
                    }
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => {
                return Err(super::CompileError::Internal(
                    "invalid node type for annotated assignment".into(),
                ));
            }
        }
        Ok(())
    }

    /// `codegen_check_ann_expr`: an unassigned annotated target is still evaluated.
    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.visit_expr(e)?;
        self.addop(op::POP_TOP, loc(&e.range));
        Ok(())
    }

    /// `codegen_check_ann_subscr`.
    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => elts.iter().try_for_each(|x| self.check_ann_subscr(x)),
            _ => self.check_ann_expr(e),
        }
    }
}

/// `_PyCompile_CleanDoc`: `inspect.cleandoc` without dropping leading or
/// trailing blank lines. Works on the string's bytes: only ASCII spaces,
/// tabs and newlines matter, and lone surrogates pass through.
pub fn clean_doc(doc: &PyStr) -> PyStr {
    let doc = expand_tabs(doc.as_bytes());
    let mut lines = doc.split(|&b| b == b'\n');
    let first = lines.next().unwrap_or(&[]);
    let rest: Vec<&[u8]> = lines.collect();
    let indent = |l: &[u8]| l.iter().take_while(|&&b| b == b' ').count();
    let margin = rest
        .iter()
        .filter(|l| indent(l) < l.len())
        .map(|l| indent(l))
        .min()
        .unwrap_or(0);
    let mut out = Vec::with_capacity(doc.len());
    out.extend_from_slice(&first[indent(first)..]);
    for l in rest {
        out.push(b'\n');
        out.extend_from_slice(&l[indent(l).min(margin)..]);
    }
    PyStr::from_generalized_utf8(out)
}

/// `str.expandtabs()` with tab size 8, on generalized UTF-8: columns count
/// code points, so continuation bytes don't advance them.
fn expand_tabs(s: &[u8]) -> Vec<u8> {
    // Most docstrings have no tab: copy them whole rather than byte by byte.
    if !s.contains(&b'\t') {
        return s.to_vec();
    }
    let mut out = Vec::with_capacity(s.len());
    let mut col = 0usize;
    for &b in s {
        match b {
            b'\t' => {
                let n = 8 - col % 8;
                out.extend(std::iter::repeat_n(b' ', n));
                col += n;
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            0x80..=0xbf => out.push(b),
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    out
}
