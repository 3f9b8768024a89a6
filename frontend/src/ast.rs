//! The syntax tree: every node of CPython 3.14's `Parser/Python.asdl`, declared once in the `asdl!` table below.
//!
//! The table mirrors the ASDL: type and constructor names, field names and
//! order, `?` fields as `Option`, `*` fields as `Vec`, and `attributes`
//! (positions) as a [`Range`]. From it come the Rust types and their
//! `ast.dump(..., include_attributes=True)` text (see [`crate::ast_dump`]).

use crate::ast_dump::{Dump, DumpWriter};
use crate::ast_reflect::{
    Builder, ClassKind, FromHost, NodeClass, ReadError, Reader, Site, ToHost, field_name,
    read_field, read_range,
};
use num_bigint::BigInt;

/// ASDL `identifier`.
pub type Identifier = String;
/// ASDL `int`.
pub type Int = i32;
/// An item of `arguments.kw_defaults`: `None` for a keyword-only parameter
/// without default, though the ASDL types the list `expr*` (not `expr?*`
/// like `Dict.keys`).
pub type KwDefault = Option<Expr>;

/// The `_attributes` of located nodes: 1-based lines, 0-based UTF-8 byte columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Range {
    pub lineno: u32,
    pub col_offset: u32,
    pub end_lineno: u32,
    pub end_col_offset: u32,
}

/// ASDL `constant`: the Python values a `Constant` node (or a
/// `MatchSingleton`, or `Interpolation.str`) can hold.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(Box<BigInt>),
    Float(f64),
    /// An imaginary literal: `complex(0, value)`.
    Complex(f64),
    Str(PyStr),
    Bytes(Vec<u8>),
    /// Only in trees built from node objects (`compile(ast_object)`):
    /// `Constant(value=(1, 2))`.
    Tuple(Vec<Constant>),
    /// Only in trees built from node objects: `Constant(value=frozenset(...))`.
    FrozenSet(Vec<Constant>),
}

/// A Python `str` value. Python strings may hold lone surrogates
/// (`'\udc80'`), which UTF-8 cannot: they are kept as their 3-byte
/// generalized-UTF-8 sequences, one per surrogate (never paired up, as in
/// Python); everything else is plain UTF-8.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct PyStr(Vec<u8>);

impl PyStr {
    /// The text, when it holds no lone surrogate.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.0).ok()
    }

    /// The generalized-UTF-8 bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn push_str(&mut self, s: &str) {
        self.0.extend_from_slice(s.as_bytes());
    }

    pub fn push_pystr(&mut self, other: &PyStr) {
        self.0.extend_from_slice(&other.0);
    }

    /// Appends a code point up to U+10FFFF, a lone surrogate included.
    pub fn push_code_point(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.push_str(c.encode_utf8(&mut [0; 4])),
            None => self.0.extend_from_slice(&[
                0xe0 | (cp >> 12) as u8,
                0x80 | ((cp >> 6) & 0x3f) as u8,
                0x80 | (cp & 0x3f) as u8,
            ]),
        }
    }

    /// The code points, lone surrogates included.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + Clone + '_ {
        let mut bytes = self.0.iter().copied();
        std::iter::from_fn(move || {
            let first = u32::from(bytes.next()?);
            let (len, init) = match first {
                0..0x80 => return Some(first),
                0xc0..0xe0 => (1, first & 0x1f),
                0xe0..0xf0 => (2, first & 0x0f),
                _ => (3, first & 0x07),
            };
            let mut cp = init;
            for _ in 0..len {
                cp = (cp << 6) | (u32::from(bytes.next().unwrap_or(0x80)) & 0x3f);
            }
            Some(cp)
        })
    }
}

impl FromIterator<u32> for PyStr {
    /// A string of these code points (lone surrogates included).
    fn from_iter<I: IntoIterator<Item = u32>>(code_points: I) -> Self {
        let mut s = PyStr::default();
        for cp in code_points {
            s.push_code_point(cp);
        }
        s
    }
}

impl PyStr {
    /// Wraps bytes that are already generalized UTF-8 (UTF-8 plus lone
    /// surrogates encoded alone), e.g. a `PyStr`'s bytes edited at ASCII bytes.
    pub(crate) fn from_generalized_utf8(bytes: Vec<u8>) -> PyStr {
        PyStr(bytes)
    }

    /// `self * n`.
    pub fn repeat(&self, n: usize) -> PyStr {
        PyStr(self.0.repeat(n))
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> Self {
        PyStr(s.as_bytes().to_vec())
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> Self {
        PyStr(s.into_bytes())
    }
}

macro_rules! asdl {
    (
        simple { $($sname:ident $sasdl:literal = $($svariant:ident)|+;)* }
        product { $($pname:ident $pasdl:literal ($($pfield:ident: $pty:ty),*);)* }
        located_product { $($lname:ident $lasdl:literal ($($lfield:ident: $lty:ty),*);)* }
        plain_sum { $($uname:ident $uasdl:literal = $($uvariant:ident ($($ufield:ident: $uty:ty),*))|+;)* }
        located_sum { $($xname:ident / $xkind:ident $xasdl:literal = $($xvariant:ident ($($xfield:ident: $xty:ty),*))|+;)* }
    ) => {
        $(
            #[derive(Clone, Copy, Debug, PartialEq, Eq)]
            pub enum $sname { $($svariant),+ }

            impl Dump for $sname {
                fn dump(&self, w: &mut DumpWriter) {
                    match self { $($sname::$svariant => w.node_start(stringify!($svariant)),)+ }
                    w.node_end();
                }
            }
        )*
        $(
            #[derive(Clone, Debug, PartialEq)]
            pub struct $pname { $(pub $pfield: $pty),* }

            impl Dump for $pname {
                fn dump(&self, w: &mut DumpWriter) {
                    w.node_start($pasdl);
                    $(w.field(stringify!($pfield), &self.$pfield);)*
                    w.node_end();
                }
            }
        )*
        $(
            #[derive(Clone, Debug, PartialEq)]
            pub struct $lname { $(pub $lfield: $lty,)* pub range: Range }

            impl Dump for $lname {
                fn dump(&self, w: &mut DumpWriter) {
                    w.node_start($lasdl);
                    $(w.field(stringify!($lfield), &self.$lfield);)*
                    w.attributes(&self.range);
                    w.node_end();
                }
            }
        )*
        $(
            #[derive(Clone, Debug, PartialEq)]
            pub enum $uname { $($uvariant { $($ufield: $uty),* }),+ }

            impl Dump for $uname {
                fn dump(&self, w: &mut DumpWriter) {
                    match self {
                        $($uname::$uvariant { $($ufield),* } => {
                            w.node_start(stringify!($uvariant));
                            $(w.field(stringify!($ufield), $ufield);)*
                        })+
                    }
                    w.node_end();
                }
            }
        )*
        $(
            #[derive(Clone, Debug, PartialEq)]
            pub struct $xname { pub kind: $xkind, pub range: Range }

            #[derive(Clone, Debug, PartialEq)]
            pub enum $xkind { $($xvariant { $($xfield: $xty),* }),+ }

            impl Dump for $xname {
                fn dump(&self, w: &mut DumpWriter) {
                    match &self.kind {
                        $($xkind::$xvariant { $($xfield),* } => {
                            w.node_start(stringify!($xvariant));
                            $(w.field(stringify!($xfield), $xfield);)*
                        })+
                    }
                    w.attributes(&self.range);
                    w.node_end();
                }
            }
        )*
        /// Every node class of the `_ast` module but `AST`: each abstract
        /// class before its constructors.
        pub static NODE_CLASSES: &[NodeClass] = &[
            $(
                NodeClass { name: $sasdl, kind: ClassKind::Sum { located: false, simple: true }, base: None, fields: &[] },
                $(NodeClass { name: stringify!($svariant), kind: ClassKind::Constructor, base: Some($sasdl), fields: &[] },)+
            )*
            $(NodeClass { name: $pasdl, kind: ClassKind::Product { located: false }, base: None,
                          fields: &[$((stringify!($pfield), stringify!($pty))),*] },)*
            $(NodeClass { name: $lasdl, kind: ClassKind::Product { located: true }, base: None,
                          fields: &[$((stringify!($lfield), stringify!($lty))),*] },)*
            $(
                NodeClass { name: $uasdl, kind: ClassKind::Sum { located: false, simple: false }, base: None, fields: &[] },
                $(NodeClass { name: stringify!($uvariant), kind: ClassKind::Constructor, base: Some($uasdl),
                              fields: &[$((stringify!($ufield), stringify!($uty))),*] },)+
            )*
            $(
                NodeClass { name: $xasdl, kind: ClassKind::Sum { located: true, simple: false }, base: None, fields: &[] },
                $(NodeClass { name: stringify!($xvariant), kind: ClassKind::Constructor, base: Some($xasdl),
                              fields: &[$((stringify!($xfield), stringify!($xty))),*] },)+
            )*
        ];

        /// The ASDL name of each node type of this file.
        pub(crate) static RUST_NAMES: &[(&str, &str)] = &[
            $((stringify!($sname), $sasdl),)*
            $((stringify!($pname), $pasdl),)*
            $((stringify!($lname), $lasdl),)*
            $((stringify!($uname), $uasdl),)*
            $((stringify!($xname), $xasdl),)*
        ];

        $(
            impl ToHost for $sname {
                fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
                    match self { $($sname::$svariant => b.singleton(stringify!($svariant)),)+ }
                }
            }

            impl FromHost for $sname {
                fn from_host<R: Reader>(r: &mut R, obj: &R::Obj, site: &Site) -> Result<Self, R::Err> {
                    if r.is_none(obj) {
                        return Err(r.error(ReadError::Required, site));
                    }
                    $(if r.is_instance(obj, stringify!($svariant))? {
                        return Ok($sname::$svariant);
                    })+
                    Err(r.wrong_kind($sasdl, obj))
                }
            }
        )*
        $(
            impl ToHost for $pname {
                fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
                    let fields = vec![$((field_name(stringify!($pfield)), self.$pfield.to_host(b)?)),*];
                    b.node($pasdl, fields, None)
                }
            }

            impl FromHost for $pname {
                fn from_host<R: Reader>(r: &mut R, obj: &R::Obj, site: &Site) -> Result<Self, R::Err> {
                    if r.is_none(obj) {
                        return Err(r.error(ReadError::Required, site));
                    }
                    Ok($pname { $($pfield: read_field(r, obj, $pasdl, stringify!($pfield), stringify!($pty))?),* })
                }
            }
        )*
        $(
            impl ToHost for $lname {
                fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
                    let fields = vec![$((field_name(stringify!($lfield)), self.$lfield.to_host(b)?)),*];
                    b.node($lasdl, fields, Some(&self.range))
                }
            }

            impl FromHost for $lname {
                fn from_host<R: Reader>(r: &mut R, obj: &R::Obj, site: &Site) -> Result<Self, R::Err> {
                    if r.is_none(obj) {
                        return Err(r.error(ReadError::Required, site));
                    }
                    $(let $lfield = read_field(r, obj, $lasdl, stringify!($lfield), stringify!($lty))?;)*
                    let range = read_range(r, obj, $lasdl)?;
                    Ok($lname { $($lfield,)* range })
                }
            }
        )*
        $(
            impl ToHost for $uname {
                fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
                    match self {
                        $($uname::$uvariant { $($ufield),* } => {
                            let fields = vec![$((field_name(stringify!($ufield)), $ufield.to_host(b)?)),*];
                            b.node(stringify!($uvariant), fields, None)
                        })+
                    }
                }
            }

            impl FromHost for $uname {
                fn from_host<R: Reader>(r: &mut R, obj: &R::Obj, site: &Site) -> Result<Self, R::Err> {
                    if r.is_none(obj) {
                        return Err(r.error(ReadError::Required, site));
                    }
                    $(if r.is_instance(obj, stringify!($uvariant))? {
                        return Ok($uname::$uvariant {
                            $($ufield: read_field(r, obj, stringify!($uvariant), stringify!($ufield), stringify!($uty))?),*
                        });
                    })+
                    Err(r.wrong_kind($uasdl, obj))
                }
            }
        )*
        $(
            impl ToHost for $xname {
                fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
                    match &self.kind {
                        $($xkind::$xvariant { $($xfield),* } => {
                            let fields = vec![$((field_name(stringify!($xfield)), $xfield.to_host(b)?)),*];
                            b.node(stringify!($xvariant), fields, Some(&self.range))
                        })+
                    }
                }
            }

            impl FromHost for $xname {
                fn from_host<R: Reader>(r: &mut R, obj: &R::Obj, site: &Site) -> Result<Self, R::Err> {
                    if r.is_none(obj) {
                        return Err(r.error(ReadError::Required, site));
                    }
                    let range = read_range(r, obj, $xasdl)?;
                    r.enter()?;
                    let kind = (|| {
                        $(if r.is_instance(obj, stringify!($xvariant))? {
                            return Ok($xkind::$xvariant {
                                $($xfield: read_field(r, obj, stringify!($xvariant), stringify!($xfield), stringify!($xty))?),*
                            });
                        })+
                        Err(r.wrong_kind($xasdl, obj))
                    })();
                    r.leave();
                    Ok($xname { kind: kind?, range })
                }
            }
        )*
    };
}

asdl! {
    simple {
        ExprContext "expr_context" = Load | Store | Del;
        BoolOp "boolop" = And | Or;
        Operator "operator" = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv;
        UnaryOp "unaryop" = Invert | Not | UAdd | USub;
        CmpOp "cmpop" = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn;
    }
    product {
        Comprehension "comprehension" (target: Expr, iter: Expr, ifs: Vec<Expr>, is_async: Int);
        Arguments "arguments" (
            posonlyargs: Vec<Arg>, args: Vec<Arg>, vararg: Option<Box<Arg>>, kwonlyargs: Vec<Arg>,
            kw_defaults: Vec<KwDefault>, kwarg: Option<Box<Arg>>, defaults: Vec<Expr>
        );
        WithItem "withitem" (context_expr: Expr, optional_vars: Option<Box<Expr>>);
        MatchCase "match_case" (pattern: Pattern, guard: Option<Box<Expr>>, body: Vec<Stmt>);
    }
    located_product {
        Arg "arg" (arg: Identifier, annotation: Option<Box<Expr>>, type_comment: Option<String>);
        Keyword "keyword" (arg: Option<Identifier>, value: Expr);
        Alias "alias" (name: Identifier, asname: Option<Identifier>);
    }
    plain_sum {
        Mod "mod" = Module(body: Vec<Stmt>, type_ignores: Vec<TypeIgnore>)
            | Interactive(body: Vec<Stmt>)
            | Expression(body: Box<Expr>)
            | FunctionType(argtypes: Vec<Expr>, returns: Box<Expr>);
        TypeIgnore "type_ignore" = TypeIgnore(lineno: Int, tag: String);
    }
    located_sum {
        Stmt / StmtKind "stmt" =
              FunctionDef(name: Identifier, args: Box<Arguments>, body: Vec<Stmt>, decorator_list: Vec<Expr>,
                          returns: Option<Box<Expr>>, type_comment: Option<String>, type_params: Vec<TypeParam>)
            | AsyncFunctionDef(name: Identifier, args: Box<Arguments>, body: Vec<Stmt>, decorator_list: Vec<Expr>,
                               returns: Option<Box<Expr>>, type_comment: Option<String>, type_params: Vec<TypeParam>)
            | ClassDef(name: Identifier, bases: Vec<Expr>, keywords: Vec<Keyword>, body: Vec<Stmt>,
                       decorator_list: Vec<Expr>, type_params: Vec<TypeParam>)
            | Return(value: Option<Box<Expr>>)
            | Delete(targets: Vec<Expr>)
            | Assign(targets: Vec<Expr>, value: Box<Expr>, type_comment: Option<String>)
            | TypeAlias(name: Box<Expr>, type_params: Vec<TypeParam>, value: Box<Expr>)
            | AugAssign(target: Box<Expr>, op: Operator, value: Box<Expr>)
            | AnnAssign(target: Box<Expr>, annotation: Box<Expr>, value: Option<Box<Expr>>, simple: Int)
            | For(target: Box<Expr>, iter: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt>, type_comment: Option<String>)
            | AsyncFor(target: Box<Expr>, iter: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt>, type_comment: Option<String>)
            | While(test: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt>)
            | If(test: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt>)
            | With(items: Vec<WithItem>, body: Vec<Stmt>, type_comment: Option<String>)
            | AsyncWith(items: Vec<WithItem>, body: Vec<Stmt>, type_comment: Option<String>)
            | Match(subject: Box<Expr>, cases: Vec<MatchCase>)
            | Raise(exc: Option<Box<Expr>>, cause: Option<Box<Expr>>)
            | Try(body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt>)
            | TryStar(body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt>)
            | Assert(test: Box<Expr>, msg: Option<Box<Expr>>)
            | Import(names: Vec<Alias>)
            | ImportFrom(module: Option<Identifier>, names: Vec<Alias>, level: Option<Int>)
            | Global(names: Vec<Identifier>)
            | Nonlocal(names: Vec<Identifier>)
            | Expr(value: Box<Expr>)
            | Pass()
            | Break()
            | Continue();
        Expr / ExprKind "expr" =
              BoolOp(op: BoolOp, values: Vec<Expr>)
            | NamedExpr(target: Box<Expr>, value: Box<Expr>)
            | BinOp(left: Box<Expr>, op: Operator, right: Box<Expr>)
            | UnaryOp(op: UnaryOp, operand: Box<Expr>)
            | Lambda(args: Box<Arguments>, body: Box<Expr>)
            | IfExp(test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr>)
            | Dict(keys: Vec<Option<Expr>>, values: Vec<Expr>)
            | Set(elts: Vec<Expr>)
            | ListComp(elt: Box<Expr>, generators: Vec<Comprehension>)
            | SetComp(elt: Box<Expr>, generators: Vec<Comprehension>)
            | DictComp(key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension>)
            | GeneratorExp(elt: Box<Expr>, generators: Vec<Comprehension>)
            | Await(value: Box<Expr>)
            | Yield(value: Option<Box<Expr>>)
            | YieldFrom(value: Box<Expr>)
            | Compare(left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr>)
            | Call(func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword>)
            | FormattedValue(value: Box<Expr>, conversion: Int, format_spec: Option<Box<Expr>>)
            | Interpolation(value: Box<Expr>, str: Constant, conversion: Int, format_spec: Option<Box<Expr>>)
            | JoinedStr(values: Vec<Expr>)
            | TemplateStr(values: Vec<Expr>)
            | Constant(value: Constant, kind: Option<String>)
            | Attribute(value: Box<Expr>, attr: Identifier, ctx: ExprContext)
            | Subscript(value: Box<Expr>, slice: Box<Expr>, ctx: ExprContext)
            | Starred(value: Box<Expr>, ctx: ExprContext)
            | Name(id: Identifier, ctx: ExprContext)
            | List(elts: Vec<Expr>, ctx: ExprContext)
            | Tuple(elts: Vec<Expr>, ctx: ExprContext)
            | Slice(lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>>);
        ExceptHandler / ExceptHandlerKind "excepthandler" =
              ExceptHandler(r#type: Option<Box<Expr>>, name: Option<Identifier>, body: Vec<Stmt>);
        Pattern / PatternKind "pattern" =
              MatchValue(value: Box<Expr>)
            | MatchSingleton(value: Constant)
            | MatchSequence(patterns: Vec<Pattern>)
            | MatchMapping(keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<Identifier>)
            | MatchClass(cls: Box<Expr>, patterns: Vec<Pattern>, kwd_attrs: Vec<Identifier>, kwd_patterns: Vec<Pattern>)
            | MatchStar(name: Option<Identifier>)
            | MatchAs(pattern: Option<Box<Pattern>>, name: Option<Identifier>)
            | MatchOr(patterns: Vec<Pattern>);
        TypeParam / TypeParamKind "type_param" =
              TypeVar(name: Identifier, bound: Option<Box<Expr>>, default_value: Option<Box<Expr>>)
            | ParamSpec(name: Identifier, default_value: Option<Box<Expr>>)
            | TypeVarTuple(name: Identifier, default_value: Option<Box<Expr>>);
    }
}

impl Expr {
    pub fn new(kind: ExprKind, range: Range) -> Expr {
        Expr { kind, range }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, range: Range) -> Stmt {
        Stmt { kind, range }
    }
}
