//! Expressions: names, constants, operators, conditions (`codegen_jump_if`), comparisons, calls, displays, subscripts and slices, attributes, super(), yield/await; mirrors `codegen_visit_expr` and its helpers in CPython's Python/codegen.c.

use super::{CResult, CompileError, Compiler, NameOp, ScopeType, comprehension, fstring, loc};
use crate::ast::{BoolOp, CmpOp, Expr, ExprContext, ExprKind, Keyword, Operator, UnaryOp};
use crate::compile::op::{self, Opcode};
use crate::compile::{Constant, Label, Location};
use crate::symtable::{Scope, SymbolTable, flags};

/// `_PY_STACK_USE_GUIDELINE`: above this many items, sequences are built incrementally.
pub const STACK_USE_GUIDELINE: usize = 30;

/// `NB_SUBSCR` for `BINARY_OP`.
pub const NB_SUBSCR: u32 = 26;

/// `RESUME` arguments.
pub const RESUME_AFTER_YIELD: u32 = 1;
pub const RESUME_AFTER_YIELD_FROM: u32 = 2;
pub const RESUME_AFTER_AWAIT: u32 = 3;

/// `CALL_INTRINSIC_1` arguments.
pub const INTRINSIC_ASYNC_GEN_WRAP: u32 = 4;
pub const INTRINSIC_UNARY_POSITIVE: u32 = 5;
pub const INTRINSIC_LIST_TO_TUPLE: u32 = 6;

/// `LOAD_COMMON_CONSTANT` arguments.
const CONSTANT_BUILTIN_TUPLE: u32 = 2;
const CONSTANT_BUILTIN_ALL: u32 = 3;
const CONSTANT_BUILTIN_ANY: u32 = 4;

/// `BINARY_OP` argument of an operator (`NB_*`); in-place forms are 13 higher.
fn binary_oparg(binop: Operator, inplace: bool) -> u32 {
    let base = match binop {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    };
    if inplace { base + 13 } else { base }
}

/// `update_start_location_to_match_attr`: a multi-line attribute access
/// points at the attribute name.
pub fn update_start_location_to_match_attr(mut l: Location, attr: &Expr) -> Location {
    let ExprKind::Attribute { attr: name, .. } = &attr.kind else {
        return l;
    };
    let end_lineno = attr.range.end_lineno as i32;
    if l.lineno != end_lineno {
        l.lineno = end_lineno;
        let len = name.chars().count() as i32;
        let end_col = attr.range.end_col_offset as i32;
        if len <= end_col {
            l.col_offset = end_col - len;
        } else {
            l.col_offset = -1;
            l.end_col_offset = -1;
        }
        l.end_lineno = l.lineno.max(l.end_lineno);
        if l.lineno == l.end_lineno {
            l.end_col_offset = l.col_offset.max(l.end_col_offset);
        }
    }
    l
}

/// `is_constant_slice`.
fn is_constant_slice(s: &Expr) -> bool {
    let is_const = |p: &Option<Box<Expr>>| {
        p.as_deref()
            .is_none_or(|e| matches!(e.kind, ExprKind::Constant { .. }))
    };
    matches!(&s.kind, ExprKind::Slice { lower, upper, step } if is_const(lower) && is_const(upper) && is_const(step))
}

/// `should_apply_two_element_slice_optimization`.
pub fn should_apply_two_element_slice_optimization(s: &Expr) -> bool {
    !is_constant_slice(s) && matches!(&s.kind, ExprKind::Slice { step: None, .. })
}

/// The building blocks `starunpack_helper` combines.
#[derive(Clone, Copy)]
pub struct Collection {
    pub build: Opcode,
    pub add: Opcode,
    pub extend: Opcode,
    pub tuple: bool,
}

const LIST: Collection = Collection {
    build: op::BUILD_LIST,
    add: op::LIST_APPEND,
    extend: op::LIST_EXTEND,
    tuple: false,
};
const TUPLE: Collection = Collection {
    tuple: true,
    ..LIST
};
const SET: Collection = Collection {
    build: op::BUILD_SET,
    add: op::SET_ADD,
    extend: op::SET_UPDATE,
    tuple: false,
};

impl<'a> Compiler<'a> {
    pub fn visit_exprs(&mut self, exprs: &'a [Expr]) -> CResult {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    /// `codegen_visit_expr`, with CPython's guard against deep recursion
    /// (`Py_EnterRecursiveCall(" during compilation")`).
    pub fn visit_expr(&mut self, e: &'a Expr) -> CResult {
        self.enter_recursion(&e.range)?;
        let result = self.visit_expr_inner(e);
        self.depth -= 1;
        result
    }

    fn visit_expr_inner(&mut self, e: &'a Expr) -> CResult {
        let l = loc(&e.range);
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.addop_i(op::COPY, 1, l);
                self.visit_expr(target)?;
            }
            ExprKind::BoolOp { op: boolop, values } => self.boolop(l, *boolop, values)?,
            ExprKind::BinOp {
                left,
                op: binop,
                right,
            } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.addop_binary(l, *binop, false);
            }
            ExprKind::UnaryOp { op: unop, operand } => {
                self.visit_expr(operand)?;
                match unop {
                    UnaryOp::UAdd => {
                        self.addop_i(op::CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, l)
                    }
                    UnaryOp::Not => {
                        self.addop(op::TO_BOOL, l);
                        self.addop(op::UNARY_NOT, l);
                    }
                    UnaryOp::Invert => self.addop(op::UNARY_INVERT, l),
                    UnaryOp::USub => self.addop(op::UNARY_NEGATIVE, l),
                }
            }
            ExprKind::Lambda { .. } => self.lambda(e)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.visit_expr(body)?;
                self.addop_j(op::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(next);
                self.visit_expr(orelse)?;
                self.use_label(end);
            }
            ExprKind::Dict { keys, values } => self.dict(l, keys, values)?,
            ExprKind::Set { elts } => self.starunpack_helper(l, elts, None, 0, SET)?,
            ExprKind::GeneratorExp { .. } => comprehension::genexp(self, e)?,
            ExprKind::ListComp { .. } => comprehension::listcomp(self, e)?,
            ExprKind::SetComp { .. } => comprehension::setcomp(self, e)?,
            ExprKind::DictComp { .. } => comprehension::dictcomp(self, e)?,
            ExprKind::Yield { value } => {
                if !self.ste().is_function_like() {
                    return Err(self.error(l, "'yield' outside function"));
                }
                match value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Constant::None, l),
                }
                self.addop_yield(l);
            }
            ExprKind::YieldFrom { value } => {
                if !self.ste().is_function_like() {
                    return Err(self.error(l, "'yield from' outside function"));
                }
                if self.scope_type() == ScopeType::AsyncFunction {
                    return Err(self.error(l, "'yield from' inside async function"));
                }
                self.visit_expr(value)?;
                self.addop(op::GET_YIELD_FROM_ITER, l);
                self.load_const(Constant::None, l);
                self.add_yield_from(l, false);
            }
            ExprKind::Await { value } => {
                self.visit_expr(value)?;
                self.addop_i(op::GET_AWAITABLE, 0, l);
                self.load_const(Constant::None, l);
                self.add_yield_from(l, true);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.check_compare(e, left, ops, comparators);
                self.compare(l, left, ops, comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::Constant { value, .. } => self.load_const(super::ast_constant(value), l),
            ExprKind::JoinedStr { .. } => fstring::joined_str(self, e)?,
            ExprKind::TemplateStr { .. } => fstring::template_str(self, e)?,
            ExprKind::FormattedValue { .. } => fstring::formatted_value(self, e)?,
            ExprKind::Interpolation { .. } => fstring::interpolation(self, e)?,
            ExprKind::Attribute { value, attr, ctx } => {
                if *ctx == ExprContext::Load
                    && let Some(super_args) = self.can_optimize_super_call(e)
                {
                    self.load_args_for_super(value)?;
                    let kind = if super_args > 0 {
                        NameOp::LoadSuperAttr
                    } else {
                        NameOp::LoadZeroSuperAttr
                    };
                    self.addop_name(kind, attr, l);
                    let l = update_start_location_to_match_attr(l, e);
                    self.addop(op::NOP, l);
                    return Ok(());
                }
                self.maybe_add_static_attribute(e);
                self.visit_expr(value)?;
                let l = update_start_location_to_match_attr(l, e);
                let opcode = match ctx {
                    ExprContext::Load => op::LOAD_ATTR,
                    ExprContext::Store => op::STORE_ATTR,
                    ExprContext::Del => op::DELETE_ATTR,
                };
                self.addop_name(NameOp::Plain(opcode), attr, l);
            }
            ExprKind::Subscript { value, slice, ctx } => self.subscript(l, value, slice, *ctx)?,
            ExprKind::Starred { ctx, .. } => {
                let msg = match ctx {
                    ExprContext::Store => "starred assignment target must be in a list or tuple",
                    _ => "can't use starred expression here",
                };
                return Err(self.error(l, msg));
            }
            ExprKind::Slice { .. } => self.slice(e)?,
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx, l)?,
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(l, elts)?,
                ExprContext::Load => self.starunpack_helper(l, elts, None, 0, LIST)?,
                ExprContext::Del => self.visit_exprs(elts)?,
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(l, elts)?,
                ExprContext::Load => self.starunpack_helper(l, elts, None, 0, TUPLE)?,
                ExprContext::Del => self.visit_exprs(elts)?,
            },
        }
        Ok(())
    }

    /// `addop_binary`.
    pub fn addop_binary(&mut self, l: Location, binop: Operator, inplace: bool) {
        self.addop_i(op::BINARY_OP, binary_oparg(binop, inplace), l);
    }

    /// `codegen_addop_yield`.
    pub fn addop_yield(&mut self, l: Location) {
        let ste = self.ste();
        if ste.generator && ste.coroutine {
            self.addop_i(op::CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, l);
        }
        self.addop_i(op::YIELD_VALUE, 0, l);
        self.addop_i(op::RESUME, RESUME_AFTER_YIELD, l);
    }

    /// `codegen_add_yield_from`: the SEND loop of `await` and `yield from`.
    pub fn add_yield_from(&mut self, l: Location, is_await: bool) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.use_label(send);
        self.addop_j(op::SEND, exit, l);
        self.addop_j(op::SETUP_FINALLY, fail, l);
        self.addop_i(op::YIELD_VALUE, 1, l);
        self.addop(op::POP_BLOCK, Location::NONE);
        self.addop_i(
            op::RESUME,
            if is_await {
                RESUME_AFTER_AWAIT
            } else {
                RESUME_AFTER_YIELD_FROM
            },
            l,
        );
        self.addop_j(op::JUMP_NO_INTERRUPT, send, l);
        self.use_label(fail);
        self.addop(op::CLEANUP_THROW, l);
        self.use_label(exit);
        self.addop(op::END_SEND, l);
    }

    /// `codegen_boolop`.
    fn boolop(&mut self, l: Location, boolop: BoolOp, values: &'a [Expr]) -> CResult {
        let jump = if boolop == BoolOp::And {
            op::JUMP_IF_FALSE
        } else {
            op::JUMP_IF_TRUE
        };
        let end = self.new_label();
        let Some((last, rest)) = values.split_last() else {
            return Ok(());
        };
        for v in rest {
            self.visit_expr(v)?;
            self.addop_j(jump, end, l);
            self.addop(op::POP_TOP, l);
        }
        self.visit_expr(last)?;
        self.use_label(end);
        Ok(())
    }

    /// `codegen_addcompare`.
    pub fn addcompare(&mut self, l: Location, cmp: CmpOp) {
        let (cmp, mask) = match cmp {
            CmpOp::Lt => (0, 2),
            CmpOp::LtE => (1, 2 | 8),
            CmpOp::Eq => (2, 8),
            CmpOp::NotEq => (3, 1 | 2 | 4),
            CmpOp::Gt => (4, 4),
            CmpOp::GtE => (5, 4 | 8),
            CmpOp::Is => return self.addop_i(op::IS_OP, 0, l),
            CmpOp::IsNot => return self.addop_i(op::IS_OP, 1, l),
            CmpOp::In => return self.addop_i(op::CONTAINS_OP, 0, l),
            CmpOp::NotIn => return self.addop_i(op::CONTAINS_OP, 1, l),
        };
        self.addop_i(op::COMPARE_OP, (cmp << 5) | mask, l);
    }

    /// `codegen_compare`.
    fn compare(
        &mut self,
        l: Location,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CResult {
        self.visit_expr(left)?;
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return Ok(());
        }
        if n == 1 {
            self.visit_expr(&comparators[0])?;
            self.addcompare(l, ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.visit_expr(&comparators[i])?;
            self.addop_i(op::SWAP, 2, l);
            self.addop_i(op::COPY, 2, l);
            self.addcompare(l, ops[i]);
            self.addop_i(op::COPY, 1, l);
            self.addop(op::TO_BOOL, l);
            self.addop_j(op::POP_JUMP_IF_FALSE, cleanup, l);
            self.addop(op::POP_TOP, l);
        }
        self.visit_expr(&comparators[n - 1])?;
        self.addcompare(l, ops[n - 1]);
        let end = self.new_label();
        self.addop_j(op::JUMP_NO_INTERRUPT, end, Location::NONE);
        self.use_label(cleanup);
        self.addop_i(op::SWAP, 2, l);
        self.addop(op::POP_TOP, l);
        self.use_label(end);
        Ok(())
    }

    /// `codegen_jump_if`: jumps to `next` when `e`'s truth equals `cond`,
    /// short-circuiting `not`, `and`/`or`, conditional expressions and
    /// comparison chains.
    pub fn jump_if(&mut self, e: &'a Expr, next: Label, cond: bool) -> CResult {
        self.enter_recursion(&e.range)?;
        let result = self.jump_if_inner(e, next, cond);
        self.depth -= 1;
        result
    }

    fn jump_if_inner(&mut self, e: &'a Expr, next: Label, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, next, !cond),
            ExprKind::BoolOp { op: boolop, values } => {
                let Some((last, rest)) = values.split_last() else {
                    return Ok(());
                };
                let cond2 = *boolop == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    next
                };
                for v in rest {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(last, next, cond)?;
                if next2 != next {
                    self.use_label(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.addop_j(op::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_label(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 && comparators.len() == ops.len() => {
                self.check_compare(e, left, ops, comparators);
                let el = loc(&e.range);
                let n = ops.len() - 1;
                let cleanup = self.new_label();
                self.visit_expr(left)?;
                for i in 0..n {
                    self.visit_expr(&comparators[i])?;
                    self.addop_i(op::SWAP, 2, el);
                    self.addop_i(op::COPY, 2, el);
                    self.addcompare(el, ops[i]);
                    self.addop(op::TO_BOOL, el);
                    self.addop_j(op::POP_JUMP_IF_FALSE, cleanup, el);
                }
                self.visit_expr(&comparators[n])?;
                self.addcompare(el, ops[n]);
                self.addop(op::TO_BOOL, el);
                self.addop_j(
                    if cond {
                        op::POP_JUMP_IF_TRUE
                    } else {
                        op::POP_JUMP_IF_FALSE
                    },
                    next,
                    el,
                );
                let end = self.new_label();
                self.addop_j(op::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(cleanup);
                self.addop(op::POP_TOP, el);
                if !cond {
                    self.addop_j(op::JUMP_NO_INTERRUPT, next, Location::NONE);
                }
                self.use_label(end);
                return Ok(());
            }
            _ => {}
        }
        self.visit_expr(e)?;
        let el = loc(&e.range);
        self.addop(op::TO_BOOL, el);
        self.addop_j(
            if cond {
                op::POP_JUMP_IF_TRUE
            } else {
                op::POP_JUMP_IF_FALSE
            },
            next,
            el,
        );
        Ok(())
    }

    /// `starunpack_helper_impl`: a list, tuple or set display (or the
    /// positional arguments of a `CALL_FUNCTION_EX`), with `*` items
    /// extending an incrementally built collection.
    pub fn starunpack_helper(
        &mut self,
        l: Location,
        elts: &'a [Expr],
        injected_arg: Option<&str>,
        pushed: u32,
        kind: Collection,
    ) -> CResult {
        let n = elts.len();
        let big = n + pushed as usize + usize::from(injected_arg.is_some()) > STACK_USE_GUIDELINE;
        let seen_star = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            self.visit_exprs(elts)?;
            let mut count = n as u32;
            if let Some(arg) = injected_arg {
                self.nameop(arg, ExprContext::Load, l)?;
                count += 1;
            }
            if kind.tuple {
                self.addop_i(op::BUILD_TUPLE, count + pushed, l);
            } else {
                self.addop_i(kind.build, count + pushed, l);
            }
            return Ok(());
        }
        let mut built = false;
        if big {
            self.addop_i(kind.build, pushed, l);
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &elt.kind {
                if !built {
                    self.addop_i(kind.build, i as u32 + pushed, l);
                    built = true;
                }
                self.visit_expr(value)?;
                self.addop_i(kind.extend, 1, l);
            } else {
                self.visit_expr(elt)?;
                if built {
                    self.addop_i(kind.add, 1, l);
                }
            }
        }
        if let Some(arg) = injected_arg {
            self.nameop(arg, ExprContext::Load, l)?;
            self.addop_i(kind.add, 1, l);
        }
        if kind.tuple {
            self.addop_i(op::CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, l);
        }
        Ok(())
    }

    /// `unpack_helper`.
    fn unpack_helper(&mut self, l: Location, elts: &[Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt.kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return Err(self.error(l, "multiple starred expressions in assignment"));
                }
                if i >= (1 << 8) || n - i > (i32::MAX as usize >> 8) {
                    return Err(self.error(l, "too many expressions in star-unpacking assignment"));
                }
                self.addop_i(op::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, l);
                seen_star = true;
            }
        }
        if !seen_star {
            self.addop_i(op::UNPACK_SEQUENCE, n as u32, l);
        }
        Ok(())
    }

    /// `assignment_helper`.
    fn assignment_helper(&mut self, l: Location, elts: &'a [Expr]) -> CResult {
        self.unpack_helper(l, elts)?;
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                _ => self.visit_expr(elt)?,
            }
        }
        Ok(())
    }

    /// `codegen_subdict`.
    fn subdict(
        &mut self,
        l: Location,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.addop_i(op::BUILD_MAP, 0, l);
        }
        for (k, v) in keys[begin..end].iter().zip(&values[begin..end]) {
            if let Some(k) = k {
                self.visit_expr(k)?;
            }
            self.visit_expr(v)?;
            if big {
                self.addop_i(op::MAP_ADD, 1, l);
            }
        }
        if !big {
            self.addop_i(op::BUILD_MAP, n as u32, l);
        }
        Ok(())
    }

    /// `codegen_dict`.
    fn dict(&mut self, l: Location, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len().min(keys.len());
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(l, keys, values, i - elements, i)?;
                    if have_dict {
                        self.addop_i(op::DICT_UPDATE, 1, l);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.addop_i(op::BUILD_MAP, 0, l);
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.addop_i(op::DICT_UPDATE, 1, l);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(l, keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.addop_i(op::DICT_UPDATE, 1, l);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(l, keys, values, n - elements, n)?;
            if have_dict {
                self.addop_i(op::DICT_UPDATE, 1, l);
            }
            have_dict = true;
        }
        if !have_dict {
            self.addop_i(op::BUILD_MAP, 0, l);
        }
        Ok(())
    }

    /// `codegen_subscript`.
    fn subscript(
        &mut self,
        l: Location,
        value: &'a Expr,
        slice: &'a Expr,
        ctx: ExprContext,
    ) -> CResult {
        if ctx == ExprContext::Load {
            self.check_subscript(value, slice);
        }
        self.visit_expr(value)?;
        if should_apply_two_element_slice_optimization(slice) && ctx != ExprContext::Del {
            self.slice_two_parts(slice)?;
            self.addop(
                if ctx == ExprContext::Load {
                    op::BINARY_SLICE
                } else {
                    op::STORE_SLICE
                },
                l,
            );
        } else {
            self.visit_expr(slice)?;
            match ctx {
                ExprContext::Load => self.addop_i(op::BINARY_OP, NB_SUBSCR, l),
                ExprContext::Store => self.addop(op::STORE_SUBSCR, l),
                ExprContext::Del => self.addop(op::DELETE_SUBSCR, l),
            }
        }
        Ok(())
    }

    /// `codegen_slice_two_parts`.
    pub fn slice_two_parts(&mut self, s: &'a Expr) -> CResult {
        let ExprKind::Slice { lower, upper, .. } = &s.kind else {
            return Ok(());
        };
        for part in [lower, upper] {
            match part {
                Some(e) => self.visit_expr(e)?,
                None => self.load_const(Constant::None, loc(&s.range)),
            }
        }
        Ok(())
    }

    /// `codegen_slice`: constant slices become one `slice` constant.
    fn slice(&mut self, s: &'a Expr) -> CResult {
        let ExprKind::Slice { step, .. } = &s.kind else {
            return Ok(());
        };
        let l = loc(&s.range);
        if is_constant_slice(s) {
            let ExprKind::Slice { lower, upper, step } = &s.kind else {
                return Ok(());
            };
            let part = |p: &Option<Box<Expr>>| match p.as_deref() {
                Some(Expr {
                    kind: ExprKind::Constant { value, .. },
                    ..
                }) => super::ast_constant(value),
                _ => Constant::None,
            };
            let value = Constant::Slice(std::rc::Rc::new([part(lower), part(upper), part(step)]));
            self.load_const(value, l);
            return Ok(());
        }
        self.slice_two_parts(s)?;
        let mut n = 2;
        if let Some(step) = step {
            n += 1;
            self.visit_expr(step)?;
        }
        self.addop_i(op::BUILD_SLICE, n, l);
        Ok(())
    }

    /// `can_optimize_super_call`: the number of explicit arguments (0 or 2)
    /// when `super().attr` / `super(C, self).attr` can use `LOAD_SUPER_ATTR`.
    fn can_optimize_super_call(&self, attr: &Expr) -> Option<usize> {
        let ExprKind::Attribute {
            value, attr: name, ..
        } = &attr.kind
        else {
            return None;
        };
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &value.kind
        else {
            return None;
        };
        let ExprKind::Name { id, .. } = &func.kind else {
            return None;
        };
        if id != "super" || name == "__class__" || !keywords.is_empty() {
            return None;
        }
        if self.ste().symbols.scope(id) != Some(Scope::GlobalImplicit) {
            return None;
        }
        if self
            .table
            .entry(SymbolTable::TOP)
            .symbols
            .get(id)
            .is_some_and(|s| s.scope.is_some())
        {
            return None;
        }
        if args.len() == 2 {
            return (!args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. })))
            .then_some(2);
        }
        if !args.is_empty() {
            return None;
        }
        let u = self.ur();
        if u.argcount == 0 && u.posonlyargcount == 0 {
            return None;
        }
        (self.ref_type("__class__") == Some(Scope::Free)).then_some(0)
    }

    /// `load_args_for_super`.
    fn load_args_for_super(&mut self, call: &'a Expr) -> CResult {
        let ExprKind::Call { func, args, .. } = &call.kind else {
            return Ok(());
        };
        let ExprKind::Name { id, .. } = &func.kind else {
            return Ok(());
        };
        self.nameop(id, ExprContext::Load, loc(&func.range))?;
        let l = loc(&call.range);
        if args.len() == 2 {
            self.visit_expr(&args[0])?;
            self.visit_expr(&args[1])?;
            return Ok(());
        }
        self.nameop("__class__", ExprContext::Load, l)?;
        let first = self
            .ur()
            .varnames
            .first()
            .ok_or_else(|| CompileError::Internal("super() without arguments".into()))?;
        self.nameop(&first, ExprContext::Load, l)
    }

    /// `codegen_validate_keywords`.
    fn validate_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if let Some(other) = keywords[i + 1..]
                .iter()
                .find(|o| o.arg.as_ref() == Some(name))
            {
                return Err(self.error(
                    loc(&other.range),
                    format!("keyword argument repeated: {name}"),
                ));
            }
        }
        Ok(())
    }

    /// `is_import_originated`: a module-level name bound by an import.
    fn is_import_originated(&self, e: &Expr) -> bool {
        let ExprKind::Name { id, .. } = &e.kind else {
            return false;
        };
        self.table.entry(SymbolTable::TOP).symbols.flags(id) & flags::DEF_IMPORT != 0
    }

    /// `codegen_call`.
    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        if self.maybe_optimize_method_call(e, func, args, keywords)? {
            return Ok(());
        }
        let skip_normal_call = self.new_label();
        self.check_caller(func);
        self.visit_expr(func)?;
        self.maybe_optimize_function_call(func, args, keywords, skip_normal_call)?;
        self.addop(op::PUSH_NULL, loc(&func.range));
        self.call_helper(loc(&e.range), 0, args, None, keywords)?;
        self.use_label(skip_normal_call);
        Ok(())
    }

    /// `maybe_optimize_function_call`: `all`, `any` and `tuple` over a
    /// generator expression run the loop inline when the name is the builtin.
    fn maybe_optimize_function_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &[Keyword],
        end: Label,
    ) -> CResult {
        let ExprKind::Name { id, .. } = &func.kind else {
            return Ok(());
        };
        if args.len() != 1
            || !keywords.is_empty()
            || !matches!(args[0].kind, ExprKind::GeneratorExp { .. })
        {
            return Ok(());
        }
        let l = loc(&func.range);
        let skip = self.new_label();
        let (const_oparg, initial) = match id.as_str() {
            "all" => (CONSTANT_BUILTIN_ALL, Some(true)),
            "any" => (CONSTANT_BUILTIN_ANY, Some(false)),
            "tuple" => (CONSTANT_BUILTIN_TUPLE, None),
            _ => {
                self.use_label(skip);
                return Ok(());
            }
        };
        self.addop_i(op::COPY, 1, l);
        self.addop_i(op::LOAD_COMMON_CONSTANT, const_oparg, l);
        self.addcompare(l, CmpOp::Is);
        self.addop_j(op::POP_JUMP_IF_FALSE, skip, l);
        self.addop(op::POP_TOP, l);
        if initial.is_none() {
            self.addop_i(op::BUILD_LIST, 0, l);
        }
        self.visit_expr(&args[0])?;
        let loop_label = self.new_label();
        let cleanup = self.new_label();
        self.use_label(loop_label);
        self.addop_j(op::FOR_ITER, cleanup, l);
        match initial {
            None => {
                self.addop_i(op::LIST_APPEND, 2, l);
                self.addop_j(op::JUMP, loop_label, l);
            }
            Some(init) => {
                self.addop(op::TO_BOOL, l);
                self.addop_j(
                    if init {
                        op::POP_JUMP_IF_TRUE
                    } else {
                        op::POP_JUMP_IF_FALSE
                    },
                    loop_label,
                    l,
                );
            }
        }
        self.addop(op::POP_ITER, Location::NONE);
        if let Some(init) = initial {
            self.load_const(Constant::Bool(!init), l);
        }
        self.addop_j(op::JUMP, end, l);
        self.use_label(cleanup);
        self.addop(op::END_FOR, Location::NONE);
        self.addop(op::POP_ITER, Location::NONE);
        match initial {
            None => self.addop_i(op::CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, l),
            Some(init) => self.load_const(Constant::Bool(init), l),
        }
        self.addop_j(op::JUMP, end, l);
        self.use_label(skip);
        Ok(())
    }

    /// `maybe_optimize_method_call`: `obj.meth(args)` with the method-call
    /// form of `LOAD_ATTR` (or `LOAD_SUPER_ATTR`). Returns whether it applied.
    fn maybe_optimize_method_call(
        &mut self,
        e: &'a Expr,
        meth: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<bool> {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &meth.kind
        else {
            return Ok(false);
        };
        if self.is_import_originated(value) {
            return Ok(false);
        }
        let (argsl, kwdsl) = (args.len(), keywords.len());
        if argsl + kwdsl + usize::from(kwdsl != 0) >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        let mut l = loc(&meth.range);
        if let Some(super_args) = self.can_optimize_super_call(meth) {
            self.load_args_for_super(value)?;
            let kind = if super_args > 0 {
                NameOp::LoadSuperMethod
            } else {
                NameOp::LoadZeroSuperMethod
            };
            self.addop_name(kind, attr, l);
            l = update_start_location_to_match_attr(l, meth);
            self.addop(op::NOP, l);
        } else {
            self.visit_expr(value)?;
            l = update_start_location_to_match_attr(l, meth);
            self.addop_name(NameOp::LoadMethod, attr, l);
        }
        self.visit_exprs(args)?;
        if kwdsl > 0 {
            for k in keywords {
                self.visit_expr(&k.value)?;
            }
            self.call_simple_kw_helper(l, keywords);
            let l = update_start_location_to_match_attr(loc(&e.range), meth);
            self.addop_i(op::CALL_KW, (argsl + kwdsl) as u32, l);
        } else {
            let l = update_start_location_to_match_attr(loc(&e.range), meth);
            self.addop_i(op::CALL, argsl as u32, l);
        }
        Ok(true)
    }

    /// `codegen_call_simple_kw_helper`: the tuple of keyword names for `CALL_KW`.
    fn call_simple_kw_helper(&mut self, l: Location, keywords: &[Keyword]) {
        let names: Vec<Constant> = keywords
            .iter()
            .map(|k| Constant::str(k.arg.as_deref().unwrap_or("")))
            .collect();
        self.load_const(Constant::Tuple(names.into()), l);
    }

    /// `codegen_subkwargs`.
    fn subkwargs(
        &mut self,
        l: Location,
        keywords: &'a [Keyword],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.addop_i(op::BUILD_MAP, 0, Location::NONE);
        }
        for kw in &keywords[begin..end] {
            self.load_const(Constant::str(kw.arg.as_deref().unwrap_or("")), l);
            self.visit_expr(&kw.value)?;
            if big {
                self.addop_i(op::MAP_ADD, 1, Location::NONE);
            }
        }
        if !big {
            self.addop_i(op::BUILD_MAP, n as u32, l);
        }
        Ok(())
    }

    /// `codegen_call_helper_impl`: the arguments and the call, `n` values
    /// (the callable and maybe self) already pushed.
    pub fn call_helper(
        &mut self,
        l: Location,
        n: u32,
        args: &'a [Expr],
        injected_arg: Option<&str>,
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkwelts = keywords.len();
        let ex_call = nelts + nkwelts * 2 > STACK_USE_GUIDELINE
            || args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if !ex_call {
            self.visit_exprs(args)?;
            let mut nelts = nelts as u32;
            if let Some(arg) = injected_arg {
                self.nameop(arg, ExprContext::Load, l)?;
                nelts += 1;
            }
            if nkwelts > 0 {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.call_simple_kw_helper(l, keywords);
                self.addop_i(op::CALL_KW, n + nelts + nkwelts as u32, l);
            } else {
                self.addop_i(op::CALL, n + nelts, l);
            }
            return Ok(());
        }
        match args {
            [
                Expr {
                    kind: ExprKind::Starred { value, .. },
                    ..
                },
            ] if n == 0 => self.visit_expr(value)?,
            _ => self.starunpack_helper(l, args, injected_arg, n, TUPLE)?,
        }
        if nkwelts > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(l, keywords, i - nseen, i)?;
                        if have_dict {
                            self.addop_i(op::DICT_MERGE, 1, l);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.addop_i(op::BUILD_MAP, 0, l);
                        have_dict = true;
                    }
                    self.visit_expr(&kw.value)?;
                    self.addop_i(op::DICT_MERGE, 1, l);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(l, keywords, nkwelts - nseen, nkwelts)?;
                if have_dict {
                    self.addop_i(op::DICT_MERGE, 1, l);
                }
            }
        } else {
            self.addop(op::PUSH_NULL, l);
        }
        self.addop(op::CALL_FUNCTION_EX, l);
        Ok(())
    }

    /// The text of an annotation under `from __future__ import annotations` (`codegen_visit_annexpr`).
    pub fn annotation_string(&mut self, annotation: &Expr) -> CResult {
        let text = super::unparse::unparse(annotation);
        self.load_const(Constant::str(&text), loc(&annotation.range));
        Ok(())
    }
}
