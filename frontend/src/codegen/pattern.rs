//! The `match` statement and its patterns (PEP 634); mirrors `codegen_match` and `codegen_pattern_*` in CPython's Python/codegen.c, and `fold_const_match_patterns` in Python/ast_preprocess.c.
//!
//! Every `pattern_*` function consumes the subject on top of the stack and
//! jumps to a `fail_pop` label on failure; `fail_pop[i]` pops `i` items
//! (each label falls through to the next). Captured values stay on the
//! stack, under the `on_top` items still in use, until the whole pattern
//! has matched; then they are stored in `stores` order.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{CResult, CompileError, Compiler, ast_constant, loc};
use crate::ast::{
    CmpOp, Expr, ExprContext, ExprKind, Operator, Pattern, PatternKind, Stmt, StmtKind, UnaryOp,
};
use crate::ast_dump::repr_str;
use crate::compile::op::{self, Opcode};
use crate::compile::{Constant, Label, Location};

/// `NB_SUBSCR`: `BINARY_OP`'s subscript form.
const NB_SUBSCR: u32 = 26;

/// CPython's `pattern_context`.
#[derive(Default)]
struct PatternContext {
    /// Names captured so far, in the order their values sit on the stack.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[i]` pops `i` items and fails.
    fail_pop: Vec<Label>,
    /// Items on top of the stack that must stay there (captures go beneath).
    on_top: usize,
}

/// `case _:` (a `MatchAs` with neither pattern nor name).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

/// `*_`.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar { name: None })
}

/// `repr()` of a name, as `%R` shows it in messages.
fn quoted(name: &str) -> String {
    let mut out = String::new();
    repr_str(name, &mut out);
    out
}

/// `codegen_match`: a whole `match` statement. A last `case _:` after other
/// cases needs no copy of the subject and no test.
pub fn match_stmt<'a>(c: &mut Compiler<'a>, s: &'a Stmt) -> CResult {
    let StmtKind::Match { subject, cases } = &s.kind else {
        return Err(CompileError::Internal(
            "match_stmt on another statement".into(),
        ));
    };
    let Some(last) = cases.last() else {
        return Err(CompileError::Internal(
            "match statement without cases".into(),
        ));
    };
    c.visit_expr(subject)?;
    let end = c.new_label();
    let has_default = is_wildcard(&last.pattern) && cases.len() > 1;
    let tested = cases.len() - usize::from(has_default);
    for (i, case) in cases[..tested].iter().enumerate() {
        let pattern_loc = loc(&case.pattern.range);
        let last_tested = i + 1 == tested;
        // Only copy the subject if this is not the last case tested.
        if !last_tested {
            c.addop_i(op::COPY, 1, pattern_loc);
        }
        let mut pc = PatternContext {
            // Irrefutable cases must be guarded, last, or both.
            allow_irrefutable: case.guard.is_some() || i + 1 == cases.len(),
            ..PatternContext::default()
        };
        pattern(c, &case.pattern, &mut pc)?;
        for name in &pc.stores {
            c.nameop(name, ExprContext::Store, pattern_loc)?;
        }
        if let Some(guard) = &case.guard {
            let fail = ensure_fail_pop(c, &mut pc, 0);
            c.jump_if(guard, fail, false)?;
        }
        if !last_tested {
            // The next location gives branch events a better one.
            c.addop(op::POP_TOP, Location::NEXT);
        }
        c.visit_stmts(&case.body)?;
        c.addop_j(op::JUMP, end, Location::NONE);
        // A failed pattern's cleanup belongs to the pattern's line, not the body's.
        emit_and_reset_fail_pop(c, pattern_loc, &mut pc);
    }
    if has_default {
        let pattern_loc = loc(&last.pattern.range);
        // Line coverage for the default case, which has no code of its own.
        c.addop(op::NOP, pattern_loc);
        if let Some(guard) = &last.guard {
            c.jump_if(guard, end, false)?;
        }
        c.visit_stmts(&last.body)?;
    }
    c.use_label(end);
    Ok(())
}

/// `codegen_pattern`.
fn pattern<'a>(c: &mut Compiler<'a>, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
    match &p.kind {
        PatternKind::MatchValue { value } => pattern_value(c, p, value, pc),
        PatternKind::MatchSingleton { value } => {
            let l = loc(&p.range);
            c.load_const(ast_constant(value), l);
            c.addcompare(l, CmpOp::Is);
            jump_to_fail_pop(c, l, pc, op::POP_JUMP_IF_FALSE);
            Ok(())
        }
        PatternKind::MatchSequence { patterns } => pattern_sequence(c, p, patterns, pc),
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        } => pattern_mapping(c, p, keys, patterns, rest.as_deref(), pc),
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => pattern_class(c, p, cls, patterns, kwd_attrs, kwd_patterns, pc),
        PatternKind::MatchStar { name } => store_name(c, loc(&p.range), name.as_deref(), pc),
        PatternKind::MatchAs { pattern, name } => {
            pattern_as(c, p, pattern.as_deref(), name.as_deref(), pc)
        }
        PatternKind::MatchOr { patterns } => pattern_or(c, p, patterns, pc),
    }
}

/// `codegen_pattern_subpattern`: a pattern inside another, where irrefutable
/// patterns are always allowed.
fn subpattern<'a>(c: &mut Compiler<'a>, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
    let allow_irrefutable = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    pattern(c, p, pc)?;
    pc.allow_irrefutable = allow_irrefutable;
    Ok(())
}

/// `ensure_fail_pop`: makes `fail_pop[n]` exist and returns it.
fn ensure_fail_pop(c: &mut Compiler<'_>, pc: &mut PatternContext, n: usize) -> Label {
    while pc.fail_pop.len() <= n {
        let label = c.new_label();
        pc.fail_pop.push(label);
    }
    pc.fail_pop[n]
}

/// `jump_to_fail_pop`: on failure, pops the items on top and the captures so far.
fn jump_to_fail_pop(c: &mut Compiler<'_>, l: Location, pc: &mut PatternContext, opcode: Opcode) {
    let pops = pc.on_top + pc.stores.len();
    let target = ensure_fail_pop(c, pc, pops);
    c.addop_j(opcode, target, l);
}

/// `emit_and_reset_fail_pop`: the `POP_TOP` chain the failure jumps land in.
fn emit_and_reset_fail_pop(c: &mut Compiler<'_>, l: Location, pc: &mut PatternContext) {
    let labels = std::mem::take(&mut pc.fail_pop);
    if let Some((first, rest)) = labels.split_first() {
        for &label in rest.iter().rev() {
            c.use_label(label);
            c.addop(op::POP_TOP, l);
        }
        c.use_label(*first);
    }
}

/// `codegen_pattern_helper_rotate`: moves the top item `count - 1` places
/// down, with `SWAP`s (what 3.10's `ROT_N` did).
fn rotate(c: &mut Compiler<'_>, l: Location, mut count: usize) {
    while count > 1 {
        c.addop_i(op::SWAP, count as u32, l);
        count -= 1;
    }
}

fn duplicate_store(c: &Compiler<'_>, l: Location, name: &str) -> CompileError {
    c.error(
        l,
        format!("multiple assignments to name {} in pattern", quoted(name)),
    )
}

/// `codegen_pattern_helper_store_name`: keeps a capture on the stack under
/// the items in use (a wildcard's value is dropped).
fn store_name(
    c: &mut Compiler<'_>,
    l: Location,
    name: Option<&str>,
    pc: &mut PatternContext,
) -> CResult {
    let Some(name) = name else {
        c.addop(op::POP_TOP, l);
        return Ok(());
    };
    if pc.stores.iter().any(|s| s == name) {
        return Err(duplicate_store(c, l, name));
    }
    rotate(c, l, pc.on_top + pc.stores.len() + 1);
    pc.stores.push(name.to_string());
    Ok(())
}

/// `codegen_pattern_as`: a capture, a wildcard, or `pattern as name`.
fn pattern_as<'a>(
    c: &mut Compiler<'a>,
    p: &'a Pattern,
    inner: Option<&'a Pattern>,
    name: Option<&str>,
    pc: &mut PatternContext,
) -> CResult {
    let l = loc(&p.range);
    let Some(inner) = inner else {
        if !pc.allow_irrefutable {
            let msg = match name {
                Some(name) => format!(
                    "name capture {} makes remaining patterns unreachable",
                    quoted(name)
                ),
                None => "wildcard makes remaining patterns unreachable".to_string(),
            };
            return Err(c.error(l, msg));
        }
        return store_name(c, l, name, pc);
    };
    // A copy to store if the inner pattern matches.
    pc.on_top += 1;
    c.addop_i(op::COPY, 1, l);
    pattern(c, inner, pc)?;
    pc.on_top -= 1;
    store_name(c, l, name, pc)
}

/// `codegen_pattern_value`: `== value` for a literal (folded, see
/// [`fold_match_value`]) or a dotted name.
fn pattern_value<'a>(
    c: &mut Compiler<'a>,
    p: &'a Pattern,
    value: &'a Expr,
    pc: &mut PatternContext,
) -> CResult {
    let l = loc(&p.range);
    visit_match_value(c, value, l)?;
    c.addcompare(l, CmpOp::Eq);
    c.addop(op::TO_BOOL, l);
    jump_to_fail_pop(c, l, pc, op::POP_JUMP_IF_FALSE);
    Ok(())
}

/// Loads a value pattern's literal or attribute; anything else is CPython's
/// `MATCH_VALUE_EXPR` error at the pattern's location `l`.
fn visit_match_value<'a>(c: &mut Compiler<'a>, value: &'a Expr, l: Location) -> CResult {
    if let Some(constant) = fold_match_value(value) {
        c.load_const(constant, loc(&value.range));
        return Ok(());
    }
    if !matches!(value.kind, ExprKind::Attribute { .. }) {
        return Err(c.error(l, "patterns may only match literals and attribute lookups"));
    }
    c.visit_expr(value)
}

/// `codegen_pattern_sequence`: `MATCH_SEQUENCE` and a length check, then
/// the items by unpacking, or by index when the star is `*_`.
fn pattern_sequence<'a>(
    c: &mut Compiler<'a>,
    p: &'a Pattern,
    patterns: &'a [Pattern],
    pc: &mut PatternContext,
) -> CResult {
    let l = loc(&p.range);
    let mut star = None;
    let mut only_wildcard = true;
    let mut star_wildcard = false;
    for (i, sub) in patterns.iter().enumerate() {
        if matches!(sub.kind, PatternKind::MatchStar { .. }) {
            if star.is_some() {
                return Err(c.error(l, "multiple starred names in sequence pattern"));
            }
            star_wildcard = is_star_wildcard(sub);
            only_wildcard &= star_wildcard;
            star = Some(i);
        } else {
            only_wildcard &= is_wildcard(sub);
        }
    }
    let size = patterns.len();
    // The subject stays on top during the sequence and length checks.
    pc.on_top += 1;
    c.addop(op::MATCH_SEQUENCE, l);
    jump_to_fail_pop(c, l, pc, op::POP_JUMP_IF_FALSE);
    let length_check = match star {
        None => Some((size, CmpOp::Eq)),
        Some(_) if size > 1 => Some((size - 1, CmpOp::GtE)),
        Some(_) => None,
    };
    if let Some((length, cmp)) = length_check {
        c.addop(op::GET_LEN, l);
        c.load_const(Constant::int(length as i64), l);
        c.addcompare(l, cmp);
        jump_to_fail_pop(c, l, pc, op::POP_JUMP_IF_FALSE);
    }
    pc.on_top -= 1;
    match star {
        _ if only_wildcard => {
            // [] / [_] / [_, _] / [*_] / [_, *_] / ...
            c.addop(op::POP_TOP, l);
            Ok(())
        }
        Some(star) if star_wildcard => sequence_subscr(c, l, patterns, star, pc),
        _ => sequence_unpack(c, l, patterns, star, pc),
    }
}

/// `pattern_helper_sequence_unpack`: `UNPACK_SEQUENCE`/`UNPACK_EX`, then
/// each item against its pattern.
fn sequence_unpack<'a>(
    c: &mut Compiler<'a>,
    l: Location,
    patterns: &'a [Pattern],
    star: Option<usize>,
    pc: &mut PatternContext,
) -> CResult {
    let size = patterns.len();
    match star {
        Some(i) => {
            let after = size - i - 1;
            if i >= 1 << 8 || after >= (i32::MAX >> 8) as usize {
                return Err(c.error(l, "too many expressions in star-unpacking sequence pattern"));
            }
            c.addop_i(op::UNPACK_EX, (i + (after << 8)) as u32, l);
        }
        None => c.addop_i(op::UNPACK_SEQUENCE, size as u32, l),
    }
    // The unpacked items stay on the stack until their patterns are done.
    pc.on_top += size;
    for sub in patterns {
        pc.on_top -= 1;
        subpattern(c, sub, pc)?;
    }
    Ok(())
}

/// `pattern_helper_sequence_subscr`: with a `*_`, each other non-wildcard
/// item is read by index (from the end, through `len`, after the star).
fn sequence_subscr<'a>(
    c: &mut Compiler<'a>,
    l: Location,
    patterns: &'a [Pattern],
    star: usize,
    pc: &mut PatternContext,
) -> CResult {
    // The subject stays for reading items.
    pc.on_top += 1;
    let size = patterns.len();
    for (i, sub) in patterns.iter().enumerate() {
        if is_wildcard(sub) || i == star {
            continue;
        }
        c.addop_i(op::COPY, 1, l);
        if i < star {
            c.load_const(Constant::int(i as i64), l);
        } else {
            // The subject may not support negative indices.
            c.addop(op::GET_LEN, l);
            c.load_const(Constant::int((size - i) as i64), l);
            c.addop_binary(l, Operator::Sub, false);
        }
        c.addop_i(op::BINARY_OP, NB_SUBSCR, l);
        subpattern(c, sub, pc)?;
    }
    pc.on_top -= 1;
    c.addop(op::POP_TOP, l);
    Ok(())
}

/// `codegen_pattern_mapping`: `MATCH_MAPPING`, a length check, `MATCH_KEYS`
/// for the keys (literals, folded, or dotted names; no literal twice), the
/// values against their patterns, and `**rest` as a copy without the keys.
fn pattern_mapping<'a>(
    c: &mut Compiler<'a>,
    p: &'a Pattern,
    keys: &'a [Expr],
    patterns: &'a [Pattern],
    rest: Option<&str>,
    pc: &mut PatternContext,
) -> CResult {
    let l = loc(&p.range);
    let size = keys.len();
    // The subject stays on top during the mapping and length checks.
    pc.on_top += 1;
    c.addop(op::MATCH_MAPPING, l);
    jump_to_fail_pop(c, l, pc, op::POP_JUMP_IF_FALSE);
    if size == 0 && rest.is_none() {
        // `{}`: done; pop the subject.
        pc.on_top -= 1;
        c.addop(op::POP_TOP, l);
        return Ok(());
    }
    if size > 0 {
        c.addop(op::GET_LEN, l);
        c.load_const(Constant::int(size as i64), l);
        c.addcompare(l, CmpOp::GtE);
        jump_to_fail_pop(c, l, pc, op::POP_JUMP_IF_FALSE);
    }
    let mut seen: Vec<Constant> = Vec::new();
    for key in keys {
        match fold_match_value(key) {
            Some(constant) => {
                if seen.iter().any(|s| s.py_eq(&constant)) {
                    return Err(c.error(
                        l,
                        format!("mapping pattern checks duplicate key ({})", constant.repr()),
                    ));
                }
                seen.push(constant.clone());
                c.load_const(constant, loc(&key.range));
            }
            None if matches!(key.kind, ExprKind::Attribute { .. }) => c.visit_expr(key)?,
            None => {
                return Err(c.error(
                    l,
                    "mapping pattern keys may only match literals and attribute lookups",
                ));
            }
        }
    }
    c.addop_i(op::BUILD_TUPLE, size as u32, l);
    c.addop(op::MATCH_KEYS, l);
    // A tuple of keys and a tuple of values (or None) now sit on the subject.
    pc.on_top += 2;
    c.addop_i(op::COPY, 1, l);
    c.load_const(Constant::None, l);
    c.addop_i(op::IS_OP, 1, l);
    jump_to_fail_pop(c, l, pc, op::POP_JUMP_IF_FALSE);
    c.addop_i(op::UNPACK_SEQUENCE, size as u32, l);
    pc.on_top = pc.on_top + size - 1;
    for sub in patterns {
        pc.on_top -= 1;
        subpattern(c, sub, pc)?;
    }
    // Matched: what follows consumes the keys and the subject.
    pc.on_top -= 2;
    match rest {
        Some(rest) => {
            // rest = dict(subject); del rest[key] for each key.
            c.addop_i(op::BUILD_MAP, 0, l);
            c.addop_i(op::SWAP, 3, l);
            c.addop_i(op::DICT_UPDATE, 2, l);
            c.addop_i(op::UNPACK_SEQUENCE, size as u32, l);
            for remaining in (1..=size).rev() {
                c.addop_i(op::COPY, remaining as u32 + 1, l);
                c.addop_i(op::SWAP, 2, l);
                c.addop(op::DELETE_SUBSCR, l);
            }
            store_name(c, l, Some(rest), pc)
        }
        None => {
            c.addop(op::POP_TOP, l); // The tuple of keys.
            c.addop(op::POP_TOP, l); // The subject.
            Ok(())
        }
    }
}

/// `codegen_pattern_class`: `MATCH_CLASS` with the keyword attribute names,
/// then the extracted attributes against their patterns.
fn pattern_class<'a>(
    c: &mut Compiler<'a>,
    p: &'a Pattern,
    cls: &'a Expr,
    patterns: &'a [Pattern],
    kwd_attrs: &[String],
    kwd_patterns: &'a [Pattern],
    pc: &mut PatternContext,
) -> CResult {
    let l = loc(&p.range);
    let (nargs, nattrs) = (patterns.len(), kwd_attrs.len());
    // The parser gives only identifiers, so a repeat is reported at its pattern.
    for (i, attr) in kwd_attrs.iter().enumerate() {
        if let Some(j) = kwd_attrs[i + 1..].iter().position(|other| other == attr) {
            let at = kwd_patterns.get(i + 1 + j).map_or(l, |q| loc(&q.range));
            return Err(c.error(
                at,
                format!("attribute name repeated in class pattern: {attr}"),
            ));
        }
    }
    c.visit_expr(cls)?;
    let names: Vec<Constant> = kwd_attrs.iter().map(|a| Constant::str(a)).collect();
    c.load_const(Constant::Tuple(names.into()), l);
    c.addop_i(op::MATCH_CLASS, nargs as u32, l);
    c.addop_i(op::COPY, 1, l);
    c.load_const(Constant::None, l);
    c.addop_i(op::IS_OP, 1, l);
    // A tuple of the nargs + nattrs attributes (or None) is on top.
    pc.on_top += 1;
    jump_to_fail_pop(c, l, pc, op::POP_JUMP_IF_FALSE);
    c.addop_i(op::UNPACK_SEQUENCE, (nargs + nattrs) as u32, l);
    pc.on_top = pc.on_top + nargs + nattrs - 1;
    for sub in patterns.iter().chain(kwd_patterns) {
        pc.on_top -= 1;
        if is_wildcard(sub) {
            c.addop(op::POP_TOP, l);
        } else {
            subpattern(c, sub, pc)?;
        }
    }
    Ok(())
}

/// `codegen_pattern_or`: each alternative on its own copy of the subject,
/// with its own failure labels; all must capture the same names, and their
/// values are rotated into the first alternative's order.
fn pattern_or<'a>(
    c: &mut Compiler<'a>,
    p: &'a Pattern,
    alternatives: &'a [Pattern],
    pc: &mut PatternContext,
) -> CResult {
    let l = loc(&p.range);
    let end = c.new_label();
    let old = std::mem::take(pc);
    let mut control: Option<Vec<String>> = None;
    for (i, alt) in alternatives.iter().enumerate() {
        let alt_loc = loc(&alt.range);
        *pc = PatternContext {
            // An irrefutable alternative must be last, if allowed at all.
            allow_irrefutable: i + 1 == alternatives.len() && old.allow_irrefutable,
            ..PatternContext::default()
        };
        c.addop_i(op::COPY, 1, alt_loc);
        pattern(c, alt, pc)?;
        match &control {
            None => control = Some(pc.stores.clone()),
            Some(control) if control.len() != pc.stores.len() => {
                return Err(c.error(l, "alternative patterns bind different names"));
            }
            Some(control) => {
                for (icontrol, name) in control.iter().enumerate().rev() {
                    let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                        return Err(c.error(l, "alternative patterns bind different names"));
                    };
                    // Names after icontrol are already in place, so the
                    // name is found at or before it.
                    let Some(at) = icontrol.checked_sub(istores) else {
                        return Err(CompileError::Internal(
                            "or-pattern captures out of order".into(),
                        ));
                    };
                    if at != 0 {
                        // Move stores[..=istores] to sit after the names before
                        // icontrol, on the stack and in the list alike.
                        let rotations = istores + 1;
                        let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                        pc.stores.splice(at..at, rotated);
                        for _ in 0..rotations {
                            rotate(c, alt_loc, icontrol + 1);
                        }
                    }
                }
            }
        }
        c.addop_j(op::JUMP, end, alt_loc);
        emit_and_reset_fail_pop(c, alt_loc, pc);
    }
    *pc = old;
    // No alternative matched: pop the subject's copy and fail.
    c.addop(op::POP_TOP, l);
    jump_to_fail_pop(c, l, pc, op::JUMP);
    c.use_label(end);
    let control = control.unwrap_or_default();
    // Between the new captures and their place: the other new captures, the
    // subject's copy, the items on top, and the earlier captures.
    let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
    for name in control {
        rotate(c, l, nrots);
        if pc.stores.contains(&name) {
            return Err(duplicate_store(c, l, &name));
        }
        pc.stores.push(name);
    }
    // Pop the subject's copy.
    c.addop(op::POP_TOP, l);
    Ok(())
}

/// What `fold_const_match_patterns` leaves as a constant: a literal,
/// `-literal`, or `real ± imaginary` (the left side folded first). `None`
/// for anything else, including folds Python would reject.
fn fold_match_value(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(ast_constant(value)),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant { value, .. } => negate(&ast_constant(value)),
            _ => None,
        },
        ExprKind::BinOp {
            left,
            op: op @ (Operator::Add | Operator::Sub),
            right,
        } => {
            let ExprKind::Constant { value: right, .. } = &right.kind else {
                return None;
            };
            let left = fold_match_value(left)?;
            add(&left, &ast_constant(right), *op == Operator::Sub)
        }
        _ => None,
    }
}

/// A number as what mixed arithmetic works on.
enum Number {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn number(value: &Constant) -> Option<Number> {
    match value {
        Constant::Bool(b) => Some(Number::Int(BigInt::from(u8::from(*b)))),
        Constant::Int(v) => Some(Number::Int(v.clone())),
        Constant::Float(f) => Some(Number::Float(*f)),
        Constant::Complex(re, im) => Some(Number::Complex(*re, *im)),
        _ => None,
    }
}

/// `PyNumber_Negative` on a numeric constant.
fn negate(value: &Constant) -> Option<Constant> {
    Some(match number(value)? {
        Number::Int(v) => Constant::Int(-v),
        Number::Float(f) => Constant::Float(-f),
        Number::Complex(re, im) => Constant::Complex(-re, -im),
    })
}

/// `a + b` or `a - b` on numeric constants, with 3.14's mixed real/complex
/// rules (a real operand has no imaginary part, not a zero one).
fn add(a: &Constant, b: &Constant, subtract: bool) -> Option<Constant> {
    let sign = if subtract { -1.0 } else { 1.0 };
    let real = |n: &Number| -> Option<f64> {
        match n {
            Number::Int(v) => v.to_f64().filter(|f| f.is_finite()),
            Number::Float(f) => Some(*f),
            Number::Complex(..) => None,
        }
    };
    let combine = |x: f64, y: f64| if subtract { x - y } else { x + y };
    Some(match (number(a)?, number(b)?) {
        (Number::Int(x), Number::Int(y)) => Constant::Int(if subtract { x - y } else { x + y }),
        (Number::Complex(ar, ai), Number::Complex(br, bi)) => {
            Constant::Complex(combine(ar, br), combine(ai, bi))
        }
        (Number::Complex(ar, ai), y) => Constant::Complex(combine(ar, real(&y)?), ai),
        (x, Number::Complex(br, bi)) => Constant::Complex(combine(real(&x)?, br), sign * bi),
        (x, y) => Constant::Float(combine(real(&x)?, real(&y)?)),
    })
}
