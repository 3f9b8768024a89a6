//! try/except/finally, try/except*, and unwinding the frame-block stack for return/break/continue; mirrors `codegen_try*` and `codegen_unwind_fblock*` in CPython's Python/codegen.c.

use super::{CResult, Compiler, FBlock, FBlockDatum, FBlockType};
use crate::ast::{ExceptHandler, ExceptHandlerKind, ExprContext, Stmt, WithItem};
use crate::compile::op;
use crate::compile::{Constant, Location};

/// `INTRINSIC_PREP_RERAISE_STAR`.
const INTRINSIC_PREP_RERAISE_STAR: u32 = 1;
/// `LOAD_SPECIAL` arguments (`SPECIAL___ENTER__` ...).
const SPECIAL_ENTER: u32 = 0;
const SPECIAL_EXIT: u32 = 1;
const SPECIAL_AENTER: u32 = 2;
const SPECIAL_AEXIT: u32 = 3;

impl<'a> Compiler<'a> {
    /// `codegen_pop_except_and_reraise`.
    pub fn pop_except_and_reraise(&mut self, loc: Location) {
        self.addop_i(op::COPY, 3, loc);
        self.addop(op::POP_EXCEPT, loc);
        self.addop_i(op::RERAISE, 1, loc);
    }

    /// `codegen_call_exit_with_nones`.
    pub fn call_exit_with_nones(&mut self, loc: Location) {
        self.load_const(Constant::None, loc);
        self.load_const(Constant::None, loc);
        self.load_const(Constant::None, loc);
        self.addop_i(op::CALL, 3, loc);
    }

    /// `codegen_unwind_fblock`: the cleanup one frame block needs when
    /// control leaves it early. With `preserve_tos` the value on top of the
    /// stack (a return value) survives.
    pub fn unwind_fblock(
        &mut self,
        loc: &mut Location,
        info: &FBlock<'a>,
        preserve_tos: bool,
    ) -> CResult {
        match info.kind {
            FBlockType::WhileLoop
            | FBlockType::ExceptionHandler
            | FBlockType::ExceptionGroupHandler
            | FBlockType::AsyncComprehensionGenerator
            | FBlockType::StopIteration => {}
            // 3.14 keeps one value (the iterator) on the stack for both kinds of loop.
            FBlockType::ForLoop | FBlockType::AsyncForLoop => {
                if preserve_tos {
                    self.addop_i(op::SWAP, 2, *loc);
                }
                self.addop(op::POP_TOP, *loc);
            }
            FBlockType::TryExcept => self.addop(op::POP_BLOCK, *loc),
            FBlockType::FinallyTry => {
                self.addop(op::POP_BLOCK, *loc);
                if preserve_tos {
                    self.push_fblock(*loc, FBlockType::PopValue, None, None, FBlockDatum::None)?;
                }
                if let FBlockDatum::Finally(body) = info.datum {
                    self.visit_stmts(body)?;
                }
                if preserve_tos {
                    self.pop_fblock(FBlockType::PopValue);
                }
                *loc = Location::NONE;
            }
            FBlockType::FinallyEnd => {
                if preserve_tos {
                    self.addop_i(op::SWAP, 2, *loc);
                }
                self.addop(op::POP_TOP, *loc);
                if preserve_tos {
                    self.addop_i(op::SWAP, 2, *loc);
                }
                self.addop(op::POP_BLOCK, *loc);
                self.addop(op::POP_EXCEPT, *loc);
            }
            FBlockType::With | FBlockType::AsyncWith => {
                *loc = info.loc;
                self.addop(op::POP_BLOCK, *loc);
                if preserve_tos {
                    self.addop_i(op::SWAP, 3, *loc);
                    self.addop_i(op::SWAP, 2, *loc);
                }
                self.call_exit_with_nones(*loc);
                if info.kind == FBlockType::AsyncWith {
                    self.addop_i(op::GET_AWAITABLE, 2, *loc);
                    self.load_const(Constant::None, *loc);
                    self.add_yield_from(*loc, true);
                }
                self.addop(op::POP_TOP, *loc);
                *loc = Location::NONE;
            }
            FBlockType::HandlerCleanup => {
                let name = match info.datum {
                    FBlockDatum::Name(n) => Some(n),
                    _ => None,
                };
                if name.is_some() {
                    self.addop(op::POP_BLOCK, *loc);
                }
                if preserve_tos {
                    self.addop_i(op::SWAP, 2, *loc);
                }
                self.addop(op::POP_BLOCK, *loc);
                self.addop(op::POP_EXCEPT, *loc);
                if let Some(name) = name {
                    self.load_const(Constant::None, *loc);
                    self.nameop(name, ExprContext::Store, *loc)?;
                    self.nameop(name, ExprContext::Del, *loc)?;
                }
            }
            FBlockType::PopValue => {
                if preserve_tos {
                    self.addop_i(op::SWAP, 2, *loc);
                }
                self.addop(op::POP_TOP, *loc);
            }
        }
        Ok(())
    }

    /// `codegen_unwind_fblock_stack`: unwinds every block (or, with
    /// `want_loop`, up to the innermost loop, which it returns).
    pub fn unwind_fblock_stack(
        &mut self,
        loc: &mut Location,
        preserve_tos: bool,
        want_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.top_fblock() else {
            return Ok(None);
        };
        if top.kind == FBlockType::ExceptionGroupHandler {
            return Err(self.error(
                *loc,
                "'break', 'continue' and 'return' cannot appear in an except* block",
            ));
        }
        if want_loop
            && matches!(
                top.kind,
                FBlockType::WhileLoop | FBlockType::ForLoop | FBlockType::AsyncForLoop
            )
        {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        self.unwind_fblock(loc, &top, preserve_tos)?;
        let found = self.unwind_fblock_stack(loc, preserve_tos, want_loop)?;
        self.u().fblocks.push(top);
        Ok(found)
    }

    /// `codegen_try` / `codegen_try_star`.
    pub fn try_stmt(
        &mut self,
        s: &'a Stmt,
        handlers: &'a [ExceptHandler],
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> CResult {
        if !finalbody.is_empty() {
            self.try_finally(s, handlers, body, orelse, finalbody, star)
        } else if star {
            self.try_star_except(s, handlers, body, orelse)
        } else {
            self.try_except(s, handlers, body, orelse)
        }
    }

    /// `codegen_try_finally` and `codegen_try_star_finally` (identical but for the inner call).
    fn try_finally(
        &mut self,
        s: &'a Stmt,
        handlers: &'a [ExceptHandler],
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> CResult {
        let loc = super::loc(&s.range);
        let body_label = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();

        self.addop_j(op::SETUP_FINALLY, end, loc);
        self.use_label(body_label);
        self.push_fblock(
            loc,
            FBlockType::FinallyTry,
            Some(body_label),
            Some(end),
            FBlockDatum::Finally(finalbody),
        )?;
        if !handlers.is_empty() {
            if star {
                self.try_star_except(s, handlers, body, orelse)?;
            } else {
                self.try_except(s, handlers, body, orelse)?;
            }
        } else {
            self.visit_stmts(body)?;
        }
        self.addop(op::POP_BLOCK, Location::NONE);
        self.pop_fblock(FBlockType::FinallyTry);
        self.visit_stmts(finalbody)?;
        self.addop_j(op::JUMP_NO_INTERRUPT, exit, Location::NONE);

        self.use_label(end);
        let loc = Location::NONE;
        self.addop_j(op::SETUP_CLEANUP, cleanup, loc);
        self.addop(op::PUSH_EXC_INFO, loc);
        self.push_fblock(
            loc,
            FBlockType::FinallyEnd,
            Some(end),
            None,
            FBlockDatum::None,
        )?;
        // The normal path above has issued this body's warnings.
        let warnings_disabled = std::mem::replace(&mut self.warnings_disabled, true);
        let visited = self.visit_stmts(finalbody);
        self.warnings_disabled = warnings_disabled;
        visited?;
        self.pop_fblock(FBlockType::FinallyEnd);
        self.addop_i(op::RERAISE, 0, loc);

        self.use_label(cleanup);
        self.pop_except_and_reraise(loc);
        self.use_label(exit);
        Ok(())
    }

    /// `codegen_try_except`.
    fn try_except(
        &mut self,
        s: &'a Stmt,
        handlers: &'a [ExceptHandler],
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let loc = super::loc(&s.range);
        let body_label = self.new_label();
        let mut except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();

        self.addop_j(op::SETUP_FINALLY, except, loc);
        self.use_label(body_label);
        self.push_fblock(
            loc,
            FBlockType::TryExcept,
            Some(body_label),
            None,
            FBlockDatum::None,
        )?;
        self.visit_stmts(body)?;
        self.pop_fblock(FBlockType::TryExcept);
        self.addop(op::POP_BLOCK, Location::NONE);
        self.visit_stmts(orelse)?;
        self.addop_j(op::JUMP_NO_INTERRUPT, end, Location::NONE);
        let n = handlers.len();

        self.use_label(except);
        self.addop_j(op::SETUP_CLEANUP, cleanup, Location::NONE);
        self.addop(op::PUSH_EXC_INFO, Location::NONE);
        self.push_fblock(
            loc,
            FBlockType::ExceptionHandler,
            None,
            None,
            FBlockDatum::None,
        )?;

        for (i, handler) in handlers.iter().enumerate() {
            let ExceptHandlerKind::ExceptHandler { r#type, name, body } = &handler.kind;
            let hloc = super::loc(&handler.range);
            if r#type.is_none() && i < n - 1 {
                return Err(self.error(hloc, "default 'except:' must be last"));
            }
            except = self.new_label();
            if let Some(t) = r#type {
                self.visit_expr(t)?;
                self.addop(op::CHECK_EXC_MATCH, hloc);
                self.addop_j(op::POP_JUMP_IF_FALSE, except, hloc);
            }
            if let Some(name) = name {
                let cleanup_end = self.new_label();
                let cleanup_body = self.new_label();
                self.nameop(name, ExprContext::Store, hloc)?;
                self.addop_j(op::SETUP_CLEANUP, cleanup_end, hloc);
                self.use_label(cleanup_body);
                self.push_fblock(
                    hloc,
                    FBlockType::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    FBlockDatum::Name(name),
                )?;
                self.visit_stmts(body)?;
                self.pop_fblock(FBlockType::HandlerCleanup);
                let none = Location::NONE;
                self.addop(op::POP_BLOCK, none);
                self.addop(op::POP_BLOCK, none);
                self.addop(op::POP_EXCEPT, none);
                self.load_const(Constant::None, none);
                self.nameop(name, ExprContext::Store, none)?;
                self.nameop(name, ExprContext::Del, none)?;
                self.addop_j(op::JUMP_NO_INTERRUPT, end, none);

                self.use_label(cleanup_end);
                self.load_const(Constant::None, none);
                self.nameop(name, ExprContext::Store, none)?;
                self.nameop(name, ExprContext::Del, none)?;
                self.addop_i(op::RERAISE, 1, none);
            } else {
                let cleanup_body = self.new_label();
                self.addop(op::POP_TOP, hloc);
                self.use_label(cleanup_body);
                self.push_fblock(
                    hloc,
                    FBlockType::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    FBlockDatum::None,
                )?;
                self.visit_stmts(body)?;
                self.pop_fblock(FBlockType::HandlerCleanup);
                self.addop(op::POP_BLOCK, Location::NONE);
                self.addop(op::POP_EXCEPT, Location::NONE);
                self.addop_j(op::JUMP_NO_INTERRUPT, end, Location::NONE);
            }
            self.use_label(except);
        }
        self.pop_fblock(FBlockType::ExceptionHandler);
        self.addop_i(op::RERAISE, 0, Location::NONE);
        self.use_label(cleanup);
        self.pop_except_and_reraise(Location::NONE);
        self.use_label(end);
        Ok(())
    }

    /// `codegen_try_star_except`.
    fn try_star_except(
        &mut self,
        s: &'a Stmt,
        handlers: &'a [ExceptHandler],
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let loc = super::loc(&s.range);
        let none = Location::NONE;
        let body_label = self.new_label();
        let mut except = self.new_label();
        let orelse_label = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();

        self.addop_j(op::SETUP_FINALLY, except, loc);
        self.use_label(body_label);
        self.push_fblock(
            loc,
            FBlockType::TryExcept,
            Some(body_label),
            None,
            FBlockDatum::None,
        )?;
        self.visit_stmts(body)?;
        self.pop_fblock(FBlockType::TryExcept);
        self.addop(op::POP_BLOCK, none);
        self.addop_j(op::JUMP_NO_INTERRUPT, orelse_label, none);
        let n = handlers.len();

        self.use_label(except);
        self.addop_j(op::SETUP_CLEANUP, cleanup, none);
        self.addop(op::PUSH_EXC_INFO, none);
        self.push_fblock(
            loc,
            FBlockType::ExceptionGroupHandler,
            None,
            None,
            FBlockDatum::None,
        )?;

        for (i, handler) in handlers.iter().enumerate() {
            let ExceptHandlerKind::ExceptHandler { r#type, name, body } = &handler.kind;
            let hloc = super::loc(&handler.range);
            except = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                self.addop_i(op::BUILD_LIST, 0, hloc);
                self.addop_i(op::COPY, 2, hloc);
            }
            if let Some(t) = r#type {
                self.visit_expr(t)?;
                self.addop(op::CHECK_EG_MATCH, hloc);
                self.addop_i(op::COPY, 1, hloc);
                self.addop_j(op::POP_JUMP_IF_NONE, no_match, hloc);
            }
            let cleanup_end = self.new_label();
            let cleanup_body = self.new_label();
            match name {
                Some(name) => self.nameop(name, ExprContext::Store, hloc)?,
                None => self.addop(op::POP_TOP, hloc),
            }
            self.addop_j(op::SETUP_CLEANUP, cleanup_end, hloc);
            self.use_label(cleanup_body);
            let datum = name.as_deref().map_or(FBlockDatum::None, FBlockDatum::Name);
            self.push_fblock(
                hloc,
                FBlockType::HandlerCleanup,
                Some(cleanup_body),
                None,
                datum,
            )?;
            self.visit_stmts(body)?;
            self.pop_fblock(FBlockType::HandlerCleanup);
            self.addop(op::POP_BLOCK, none);
            if let Some(name) = name {
                self.load_const(Constant::None, none);
                self.nameop(name, ExprContext::Store, none)?;
                self.nameop(name, ExprContext::Del, none)?;
            }
            self.addop_j(op::JUMP_NO_INTERRUPT, except, none);

            self.use_label(cleanup_end);
            if let Some(name) = name {
                self.load_const(Constant::None, none);
                self.nameop(name, ExprContext::Store, none)?;
                self.nameop(name, ExprContext::Del, none)?;
            }
            self.addop_i(op::LIST_APPEND, 3, none);
            self.addop(op::POP_TOP, none);
            self.addop_j(op::JUMP_NO_INTERRUPT, except_with_error, none);

            self.use_label(except);
            self.addop(op::NOP, none);
            self.addop_j(op::JUMP_NO_INTERRUPT, except_with_error, none);

            self.use_label(no_match);
            self.addop(op::POP_TOP, hloc);

            self.use_label(except_with_error);
            if i == n - 1 {
                self.addop_i(op::LIST_APPEND, 1, none);
                self.addop_j(op::JUMP_NO_INTERRUPT, reraise_star, none);
            }
        }
        self.pop_fblock(FBlockType::ExceptionGroupHandler);
        let reraise = self.new_label();

        self.use_label(reraise_star);
        self.addop_i(op::CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, none);
        self.addop_i(op::COPY, 1, none);
        self.addop_j(op::POP_JUMP_IF_NOT_NONE, reraise, none);
        self.addop(op::POP_TOP, none);
        self.addop(op::POP_BLOCK, none);
        self.addop(op::POP_EXCEPT, none);
        self.addop_j(op::JUMP_NO_INTERRUPT, end, none);

        self.use_label(reraise);
        self.addop(op::POP_BLOCK, none);
        self.addop_i(op::SWAP, 2, none);
        self.addop(op::POP_EXCEPT, none);
        self.addop_i(op::RERAISE, 0, none);

        self.use_label(cleanup);
        self.pop_except_and_reraise(none);

        self.use_label(orelse_label);
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `codegen_with_except_finish`.
    fn with_except_finish(&mut self, cleanup: crate::compile::Label) {
        let none = Location::NONE;
        let suppress = self.new_label();
        self.addop(op::TO_BOOL, none);
        self.addop_j(op::POP_JUMP_IF_TRUE, suppress, none);
        self.addop_i(op::RERAISE, 2, none);
        self.use_label(suppress);
        self.addop(op::POP_TOP, none);
        self.addop(op::POP_BLOCK, none);
        self.addop(op::POP_EXCEPT, none);
        self.addop(op::POP_TOP, none);
        self.addop(op::POP_TOP, none);
        self.addop(op::POP_TOP, none);
        let exit = self.new_label();
        self.addop_j(op::JUMP_NO_INTERRUPT, exit, none);
        self.use_label(cleanup);
        self.pop_except_and_reraise(none);
        self.use_label(exit);
    }

    /// `codegen_with_inner` / `codegen_async_with_inner`: one item of a
    /// `with` statement, the rest nested inside it.
    pub fn with(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
        is_async: bool,
    ) -> CResult {
        let Some(item) = items.get(pos) else {
            return self.visit_stmts(body);
        };
        let block = self.new_label();
        let final_label = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        let l = super::loc(&item.context_expr.range);
        let (enter, exit_special) = if is_async {
            (SPECIAL_AENTER, SPECIAL_AEXIT)
        } else {
            (SPECIAL_ENTER, SPECIAL_EXIT)
        };
        self.addop_i(op::COPY, 1, l);
        self.addop_i(op::LOAD_SPECIAL, exit_special, l);
        self.addop_i(op::SWAP, 2, l);
        self.addop_i(op::SWAP, 3, l);
        self.addop_i(op::LOAD_SPECIAL, enter, l);
        self.addop_i(op::CALL, 0, l);
        if is_async {
            self.addop_i(op::GET_AWAITABLE, 1, l);
            self.load_const(Constant::None, l);
            self.add_yield_from(l, true);
        }
        self.addop_j(op::SETUP_WITH, final_label, l);
        self.use_label(block);
        let kind = if is_async {
            FBlockType::AsyncWith
        } else {
            FBlockType::With
        };
        self.push_fblock(l, kind, Some(block), Some(final_label), FBlockDatum::None)?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.addop(op::POP_TOP, l),
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.with(items, body, pos + 1, is_async)?;
        }
        if is_async {
            self.pop_fblock(kind);
            self.addop(op::POP_BLOCK, l);
        } else {
            self.addop(op::POP_BLOCK, Location::NONE);
            self.pop_fblock(kind);
        }
        self.call_exit_with_nones(l);
        if is_async {
            self.addop_i(op::GET_AWAITABLE, 2, l);
            self.load_const(Constant::None, l);
            self.add_yield_from(l, true);
        }
        self.addop(op::POP_TOP, l);
        self.addop_j(op::JUMP, exit, l);

        self.use_label(final_label);
        self.addop_j(op::SETUP_CLEANUP, cleanup, l);
        self.addop(op::PUSH_EXC_INFO, l);
        self.addop(op::WITH_EXCEPT_START, l);
        if is_async {
            self.addop_i(op::GET_AWAITABLE, 2, l);
            self.load_const(Constant::None, l);
            self.add_yield_from(l, true);
        }
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }
}
