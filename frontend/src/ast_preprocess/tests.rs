//! The rewrites against `ast.parse(src, optimize=N)` of the reference (which runs the same preprocessing), positions CPython leaves at -1 shown as 0.

use super::preprocess;
use crate::ast::{Constant, ExprKind, Mod, StmtKind};
use crate::{ast_dump, future, parser};

fn check(source: &str, optimize: u8, expected: &str) {
    let mut module = parser::parse_file(source.as_bytes()).expect("parses");
    let features = future::parse_future(&module).expect("valid future imports");
    preprocess(&mut module, optimize, &features);
    assert_eq!(ast_dump::dump(&module), expected);
}

/// Without `-O`, `__debug__` is `True` (`ast.parse` only preprocesses from
/// optimize=1 on, so this one is checked by hand).
#[test]
fn debug_is_true_without_optimization() {
    let mut module = parser::parse_file(b"__debug__\n").expect("parses");
    preprocess(&mut module, 0, &future::FutureFeatures::default());
    let Mod::Module { body, .. } = &module else {
        panic!("a module")
    };
    let Some(StmtKind::Expr { value }) = body.first().map(|s| &s.kind) else {
        panic!("an expression statement")
    };
    assert!(matches!(
        value.kind,
        ExprKind::Constant {
            value: Constant::True,
            ..
        }
    ));
}

#[test]
fn format_units_become_fstring_parts() {
    check(
        "x = '%s-%5r:%-3.2a%%' % (a, b, c)\n",
        1,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), conversion=115, lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), Constant(value='-', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), conversion=114, format_spec=Constant(value='>5', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), Constant(value=':', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=31, end_lineno=1, end_col_offset=32), conversion=97, format_spec=Constant(value='3.2', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=1, col_offset=31, end_lineno=1, end_col_offset=32), Constant(value='%', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=33), lineno=1, col_offset=0, end_lineno=1, end_col_offset=33)])"#,
    );
}

#[test]
fn unsupported_formats_stay() {
    check(
        "y = '%d' % (a,)\nz = 'abc' % ()\nw = '%s %s' % (a,)\nv = '%s' % (a, b)\nu = '%s' % (*a,)\nt = '%123s' % (a,)\ns = '%.12s|%05s' % (a, b)\nr = '%' % (a,)\n",
        1,
        r#"Module(body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value='%d', lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), op=Mod(), right=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Assign(targets=[Name(id='z', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=JoinedStr(values=[Constant(value='abc', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=2, col_offset=4, end_lineno=2, end_col_offset=14), lineno=2, col_offset=0, end_lineno=2, end_col_offset=14), Assign(targets=[Name(id='w', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=BinOp(left=Constant(value='%s %s', lineno=3, col_offset=4, end_lineno=3, end_col_offset=11), op=Mod(), right=Tuple(elts=[Name(id='a', ctx=Load(), lineno=3, col_offset=15, end_lineno=3, end_col_offset=16)], ctx=Load(), lineno=3, col_offset=14, end_lineno=3, end_col_offset=18), lineno=3, col_offset=4, end_lineno=3, end_col_offset=18), lineno=3, col_offset=0, end_lineno=3, end_col_offset=18), Assign(targets=[Name(id='v', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1)], value=BinOp(left=Constant(value='%s', lineno=4, col_offset=4, end_lineno=4, end_col_offset=8), op=Mod(), right=Tuple(elts=[Name(id='a', ctx=Load(), lineno=4, col_offset=12, end_lineno=4, end_col_offset=13), Name(id='b', ctx=Load(), lineno=4, col_offset=15, end_lineno=4, end_col_offset=16)], ctx=Load(), lineno=4, col_offset=11, end_lineno=4, end_col_offset=17), lineno=4, col_offset=4, end_lineno=4, end_col_offset=17), lineno=4, col_offset=0, end_lineno=4, end_col_offset=17), Assign(targets=[Name(id='u', ctx=Store(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1)], value=BinOp(left=Constant(value='%s', lineno=5, col_offset=4, end_lineno=5, end_col_offset=8), op=Mod(), right=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=5, col_offset=13, end_lineno=5, end_col_offset=14), ctx=Load(), lineno=5, col_offset=12, end_lineno=5, end_col_offset=14)], ctx=Load(), lineno=5, col_offset=11, end_lineno=5, end_col_offset=16), lineno=5, col_offset=4, end_lineno=5, end_col_offset=16), lineno=5, col_offset=0, end_lineno=5, end_col_offset=16), Assign(targets=[Name(id='t', ctx=Store(), lineno=6, col_offset=0, end_lineno=6, end_col_offset=1)], value=BinOp(left=Constant(value='%123s', lineno=6, col_offset=4, end_lineno=6, end_col_offset=11), op=Mod(), right=Tuple(elts=[Name(id='a', ctx=Load(), lineno=6, col_offset=15, end_lineno=6, end_col_offset=16)], ctx=Load(), lineno=6, col_offset=14, end_lineno=6, end_col_offset=18), lineno=6, col_offset=4, end_lineno=6, end_col_offset=18), lineno=6, col_offset=0, end_lineno=6, end_col_offset=18), Assign(targets=[Name(id='s', ctx=Store(), lineno=7, col_offset=0, end_lineno=7, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=7, col_offset=20, end_lineno=7, end_col_offset=21), conversion=115, format_spec=Constant(value='.12', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=7, col_offset=20, end_lineno=7, end_col_offset=21), Constant(value='|', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), FormattedValue(value=Name(id='b', ctx=Load(), lineno=7, col_offset=23, end_lineno=7, end_col_offset=24), conversion=115, format_spec=Constant(value='>5', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=7, col_offset=23, end_lineno=7, end_col_offset=24)], lineno=7, col_offset=4, end_lineno=7, end_col_offset=25), lineno=7, col_offset=0, end_lineno=7, end_col_offset=25), Assign(targets=[Name(id='r', ctx=Store(), lineno=8, col_offset=0, end_lineno=8, end_col_offset=1)], value=BinOp(left=Constant(value='%', lineno=8, col_offset=4, end_lineno=8, end_col_offset=7), op=Mod(), right=Tuple(elts=[Name(id='a', ctx=Load(), lineno=8, col_offset=11, end_lineno=8, end_col_offset=12)], ctx=Load(), lineno=8, col_offset=10, end_lineno=8, end_col_offset=14), lineno=8, col_offset=4, end_lineno=8, end_col_offset=14), lineno=8, col_offset=0, end_lineno=8, end_col_offset=14)])"#,
    );
}

#[test]
fn debug_folds_and_docstrings_go() {
    check(
        "def f(a: __debug__ = __debug__) -> __debug__:\n    '''doc'''\n    __debug__ = 1\n    return __debug__\nclass C:\n    'doc'\n",
        2,
        r#"Module(body=[FunctionDef(name='f', args=arguments(args=[arg(arg='a', annotation=Constant(value=False, lineno=1, col_offset=9, end_lineno=1, end_col_offset=18), lineno=1, col_offset=6, end_lineno=1, end_col_offset=18)], defaults=[Constant(value=False, lineno=1, col_offset=21, end_lineno=1, end_col_offset=30)]), body=[Assign(targets=[Name(id='__debug__', ctx=Store(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=13)], value=Constant(value=1, lineno=3, col_offset=16, end_lineno=3, end_col_offset=17), lineno=3, col_offset=4, end_lineno=3, end_col_offset=17), Return(value=Constant(value=False, lineno=4, col_offset=11, end_lineno=4, end_col_offset=20), lineno=4, col_offset=4, end_lineno=4, end_col_offset=20)], returns=Constant(value=False, lineno=1, col_offset=35, end_lineno=1, end_col_offset=44), lineno=1, col_offset=0, end_lineno=4, end_col_offset=20), ClassDef(name='C', body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=9)])"#,
    );
}

#[test]
fn future_annotations_are_kept() {
    check(
        "from __future__ import annotations\ndef f(a: __debug__) -> __debug__: pass\nx: __debug__ = __debug__\n",
        2,
        r#"Module(body=[ImportFrom(module='__future__', names=[alias(name='annotations', lineno=1, col_offset=23, end_lineno=1, end_col_offset=34)], level=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=34), FunctionDef(name='f', args=arguments(args=[arg(arg='a', annotation=Name(id='__debug__', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=18), lineno=2, col_offset=6, end_lineno=2, end_col_offset=18)]), body=[Pass(lineno=2, col_offset=34, end_lineno=2, end_col_offset=38)], returns=Name(id='__debug__', ctx=Load(), lineno=2, col_offset=23, end_lineno=2, end_col_offset=32), lineno=2, col_offset=0, end_lineno=2, end_col_offset=38), AnnAssign(target=Name(id='x', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), annotation=Name(id='__debug__', ctx=Load(), lineno=3, col_offset=3, end_lineno=3, end_col_offset=12), value=Constant(value=False, lineno=3, col_offset=15, end_lineno=3, end_col_offset=24), simple=1, lineno=3, col_offset=0, end_lineno=3, end_col_offset=24)])"#,
    );
}

#[test]
fn patterns_guards_and_lambdas() {
    check(
        "match x:\n    case C(a=__debug__, b=[1, {'k': 2}]) if __debug__: pass\nlambda q=__debug__: '%a' % (q,)\n",
        1,
        r#"Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchClass(cls=Name(id='C', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), kwd_attrs=['a', 'b'], kwd_patterns=[MatchAs(name='__debug__', lineno=2, col_offset=13, end_lineno=2, end_col_offset=22), MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=27, end_lineno=2, end_col_offset=28), lineno=2, col_offset=27, end_lineno=2, end_col_offset=28), MatchMapping(keys=[Constant(value='k', lineno=2, col_offset=31, end_lineno=2, end_col_offset=34)], patterns=[MatchValue(value=Constant(value=2, lineno=2, col_offset=36, end_lineno=2, end_col_offset=37), lineno=2, col_offset=36, end_lineno=2, end_col_offset=37)], lineno=2, col_offset=30, end_lineno=2, end_col_offset=38)], lineno=2, col_offset=26, end_lineno=2, end_col_offset=39)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=40), guard=Constant(value=False, lineno=2, col_offset=44, end_lineno=2, end_col_offset=53), body=[Pass(lineno=2, col_offset=55, end_lineno=2, end_col_offset=59)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=59), Expr(value=Lambda(args=arguments(args=[arg(arg='q', lineno=3, col_offset=7, end_lineno=3, end_col_offset=8)], defaults=[Constant(value=False, lineno=3, col_offset=9, end_lineno=3, end_col_offset=18)]), body=JoinedStr(values=[FormattedValue(value=Name(id='q', ctx=Load(), lineno=3, col_offset=28, end_lineno=3, end_col_offset=29), conversion=97, lineno=3, col_offset=28, end_lineno=3, end_col_offset=29)], lineno=3, col_offset=20, end_lineno=3, end_col_offset=31), lineno=3, col_offset=0, end_lineno=3, end_col_offset=31), lineno=3, col_offset=0, end_lineno=3, end_col_offset=31)])"#,
    );
}
