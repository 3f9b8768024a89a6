//! Functions, lambdas, classes, type aliases, type parameters and PEP 649 annotation scopes; mirrors `codegen_function`, `codegen_class`, `codegen_typealias`, `codegen_type_params`, `codegen_lambda` and the annotation helpers in CPython's Python/codegen.c.

use super::{
    ArgCounts, CResult, Compiler, FBlockDatum, FBlockType, NameKind, ScopeType, loc, make_fn,
};
use crate::ast::{
    Arg, Arguments, Expr, ExprContext, ExprKind, Stmt, StmtKind, TypeParam, TypeParamKind,
};
use crate::compile::op;
use crate::compile::{Constant, Location};
use crate::symtable::{BlockType, ScopeKey};

/// `CALL_INTRINSIC_1` arguments.
const INTRINSIC_STOPITERATION_ERROR: u32 = 3;
const INTRINSIC_TYPEVAR: u32 = 7;
const INTRINSIC_PARAMSPEC: u32 = 8;
const INTRINSIC_TYPEVARTUPLE: u32 = 9;
const INTRINSIC_SUBSCRIPT_GENERIC: u32 = 10;
const INTRINSIC_TYPEALIAS: u32 = 11;
/// `CALL_INTRINSIC_2` arguments.
const INTRINSIC_TYPEVAR_WITH_BOUND: u32 = 2;
const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS: u32 = 3;
const INTRINSIC_SET_FUNCTION_TYPE_PARAMS: u32 = 4;
const INTRINSIC_SET_TYPEPARAM_DEFAULT: u32 = 5;
/// `LOAD_COMMON_CONSTANT` argument.
const CONSTANT_NOTIMPLEMENTEDERROR: u32 = 1;
/// `annotationlib.Format.VALUE_WITH_FAKE_GLOBALS`.
const FORMAT_VALUE_WITH_FAKE_GLOBALS: i64 = 2;
/// `(Py_GT << 5) | COMPARISON_GREATER_THAN`.
const COMPARE_GT: u32 = (4 << 5) | 4;

/// The parts of a `def` or `async def` statement.
struct FunctionParts<'a> {
    name: &'a str,
    args: &'a Arguments,
    body: &'a [Stmt],
    decorators: &'a [Expr],
    returns: Option<&'a Expr>,
    type_params: &'a Vec<TypeParam>,
}

fn function_parts(s: &Stmt) -> Option<FunctionParts<'_>> {
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
        } => Some(FunctionParts {
            name,
            args,
            body,
            decorators: decorator_list,
            returns: returns.as_deref(),
            type_params,
        }),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// `codegen_setup_annotations_scope`: enters an `__annotate__`-style
    /// scope whose body raises NotImplementedError for unsupported formats.
    pub fn setup_annotations_scope(&mut self, l: Location, key: ScopeKey, name: &str) -> CResult {
        let counts = ArgCounts {
            posonlyargcount: 1,
            ..ArgCounts::default()
        };
        self.enter_scope(name, ScopeType::Annotations, key, l.lineno, None, counts)?;
        self.addop_i(op::LOAD_FAST, 0, l);
        self.load_const(Constant::int(FORMAT_VALUE_WITH_FAKE_GLOBALS), l);
        self.addop_i(op::COMPARE_OP, COMPARE_GT, l);
        let body = self.new_label();
        self.addop_j(op::POP_JUMP_IF_FALSE, body, l);
        self.addop_i(op::LOAD_COMMON_CONSTANT, CONSTANT_NOTIMPLEMENTEDERROR, l);
        self.addop_i(op::RAISE_VARARGS, 1, l);
        self.use_label(body);
        Ok(())
    }

    /// `codegen_leave_annotations_scope`: returns the dict and makes the
    /// function, whose parameter `.format` shows as `format`.
    pub fn leave_annotations_scope(&mut self, l: Location) -> CResult {
        self.addop(op::RETURN_VALUE, l);
        let mut code = self.optimize_and_assemble(true)?;
        if let Some(first) = code.localsplus.first_mut() {
            first.0 = "format".to_owned();
        }
        self.exit_scope();
        self.make_closure(l, code, 0)
    }

    /// `codegen_deferred_annotations_body`.
    fn deferred_annotations_body(
        &mut self,
        l: Location,
        deferred: &[(&'a Stmt, i64)],
        scope_type: ScopeType,
    ) -> CResult {
        self.addop_i(op::BUILD_MAP, 0, l);
        for &(st, index) in deferred {
            let StmtKind::AnnAssign {
                target, annotation, ..
            } = &st.kind
            else {
                continue;
            };
            let ExprKind::Name { id, .. } = &target.kind else {
                continue;
            };
            let mangled = self.mangle(id);
            let sl = loc(&st.range);
            let not_set = self.new_label();
            if index != -1 {
                self.load_const(Constant::int(index), sl);
                if scope_type == ScopeType::Class {
                    self.addop_n(
                        op::LOAD_DEREF,
                        "__conditional_annotations__",
                        NameKind::Freevars,
                        sl,
                    );
                } else {
                    self.addop_n(
                        op::LOAD_GLOBAL,
                        "__conditional_annotations__",
                        NameKind::Names,
                        sl,
                    );
                }
                self.addop_i(op::CONTAINS_OP, 0, sl);
                self.addop_j(op::POP_JUMP_IF_FALSE, not_set, sl);
            }
            self.visit_expr(annotation)?;
            self.addop_i(op::COPY, 2, sl);
            self.load_const(Constant::str(&mangled), sl);
            self.addop(op::STORE_SUBSCR, l);
            self.use_label(not_set);
        }
        Ok(())
    }

    /// `codegen_process_deferred_annotations`: the module's or class's `__annotate__`.
    pub fn process_deferred_annotations(&mut self, l: Location) -> CResult {
        let Some(deferred) = self.u().deferred_annotations.take() else {
            return Ok(());
        };
        let scope_type = self.scope_type();
        let separate = scope_type == ScopeType::Module;
        if separate {
            self.start_annotation_setup();
        }
        let ste = self.ste();
        let Some(block) = ste.annotation_block else {
            return Err(super::CompileError::Internal(
                "deferred annotations without an annotation scope".into(),
            ));
        };
        let block_name = self.table.entry(block).name.clone();
        let is_class = ste.block_type == BlockType::Class;
        let key = self.table.entry(block).key;
        self.setup_annotations_scope(l, key, &block_name)?;
        self.deferred_annotations_body(l, &deferred, scope_type)?;
        self.leave_annotations_scope(l)?;
        self.nameop(
            if is_class {
                "__annotate_func__"
            } else {
                "__annotate__"
            },
            ExprContext::Store,
            l,
        )?;
        if separate {
            self.end_annotation_setup();
        }
        Ok(())
    }

    /// `codegen_make_closure` preceded by the defaults: `codegen_default_arguments`.
    fn default_arguments(&mut self, l: Location, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            self.visit_exprs(&args.defaults)?;
            self.addop_i(op::BUILD_TUPLE, args.defaults.len() as u32, l);
            flags |= make_fn::DEFAULTS;
        }
        let mut count = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                count += 1;
                let mangled = self.maybe_mangle(&arg.arg);
                self.load_const(Constant::str(&mangled), l);
                self.visit_expr(default)?;
            }
        }
        if count > 0 {
            self.addop_i(op::BUILD_MAP, count, l);
            flags |= make_fn::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// `codegen_argannotation`.
    fn argannotation(
        &mut self,
        id: &str,
        annotation: Option<&'a Expr>,
        count: &mut u32,
        l: Location,
    ) -> CResult {
        let Some(annotation) = annotation else {
            return Ok(());
        };
        let mangled = self.maybe_mangle(id);
        self.load_const(Constant::str(&mangled), l);
        if self.future.annotations {
            self.annotation_string(annotation)?;
        } else if let ExprKind::Starred { value, .. } = &annotation.kind {
            self.visit_expr(value)?;
            self.addop_i(op::UNPACK_SEQUENCE, 1, l);
        } else {
            self.visit_expr(annotation)?;
        }
        *count += 1;
        Ok(())
    }

    fn argannotations(&mut self, args: &'a [Arg], count: &mut u32, l: Location) -> CResult {
        args.iter()
            .try_for_each(|a| self.argannotation(&a.arg, a.annotation.as_deref(), count, l))
    }

    /// `codegen_function_annotations`: the `__annotate__` function, if any annotation exists.
    fn function_annotations(
        &mut self,
        l: Location,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<u32> {
        let ste_id = self.lookup_scope(ScopeKey::of(args))?;
        let ste = self.table.entry(ste_id);
        if !ste.annotations_used {
            return Ok(0);
        }
        let name = ste.name.clone();
        self.setup_annotations_scope(l, ScopeKey::of(args), &name)?;
        let mut count = 0;
        self.argannotations(&args.args, &mut count, l)?;
        self.argannotations(&args.posonlyargs, &mut count, l)?;
        if let Some(v) = &args.vararg {
            self.argannotation(&v.arg, v.annotation.as_deref(), &mut count, l)?;
        }
        self.argannotations(&args.kwonlyargs, &mut count, l)?;
        if let Some(k) = &args.kwarg {
            self.argannotation(&k.arg, k.annotation.as_deref(), &mut count, l)?;
        }
        self.argannotation("return", returns, &mut count, l)?;
        self.addop_i(op::BUILD_MAP, count, l);
        self.leave_annotations_scope(l)?;
        Ok(make_fn::ANNOTATE)
    }

    /// `codegen_wrap_in_stopiteration_handler`.
    pub fn wrap_in_stopiteration_handler(&mut self) {
        let handler = self.new_label();
        self.u()
            .seq
            .insert(0, op::SETUP_CLEANUP, handler.0, Location::NONE);
        self.load_const(Constant::None, Location::NONE);
        self.addop(op::RETURN_VALUE, Location::NONE);
        self.use_label(handler);
        self.addop_i(
            op::CALL_INTRINSIC_1,
            INTRINSIC_STOPITERATION_ERROR,
            Location::NONE,
        );
        self.addop_i(op::RERAISE, 1, Location::NONE);
    }

    /// `codegen_type_param_bound_or_default`: a lazily evaluated bound,
    /// constraints or default, as a function taking `.format`.
    fn type_param_bound_or_default(
        &mut self,
        e: &'a Expr,
        name: &str,
        key: ScopeKey,
        allow_starred: bool,
    ) -> CResult {
        let l = loc(&e.range);
        self.load_const(Constant::Tuple(vec![Constant::int(1)].into()), l);
        self.setup_annotations_scope(l, key, name)?;
        match &e.kind {
            ExprKind::Starred { value, .. } if allow_starred => {
                self.visit_expr(value)?;
                self.addop_i(op::UNPACK_SEQUENCE, 1, l);
            }
            _ => self.visit_expr(e)?,
        }
        self.addop(op::RETURN_VALUE, l);
        let code = self.optimize_and_assemble(true)?;
        self.exit_scope();
        self.make_closure(l, code, make_fn::DEFAULTS)
    }

    /// `codegen_type_params`: builds the tuple of TypeVar/ParamSpec/TypeVarTuple objects.
    fn type_params(&mut self, type_params: &'a [TypeParam]) -> CResult {
        let mut seen_default = false;
        for tp in type_params {
            let l = loc(&tp.range);
            let (name, default) = match &tp.kind {
                TypeParamKind::TypeVar {
                    name,
                    bound,
                    default_value,
                } => {
                    self.load_const(Constant::str(name), l);
                    if let Some(bound) = bound {
                        self.type_param_bound_or_default(
                            bound,
                            name,
                            ScopeKey::part(tp, 0),
                            false,
                        )?;
                        let intrinsic = if matches!(bound.kind, ExprKind::Tuple { .. }) {
                            INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                        } else {
                            INTRINSIC_TYPEVAR_WITH_BOUND
                        };
                        self.addop_i(op::CALL_INTRINSIC_2, intrinsic, l);
                    } else {
                        self.addop_i(op::CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, l);
                    }
                    (
                        name,
                        default_value
                            .as_deref()
                            .map(|d| (d, ScopeKey::part(tp, 1), false)),
                    )
                }
                TypeParamKind::TypeVarTuple {
                    name,
                    default_value,
                } => {
                    self.load_const(Constant::str(name), l);
                    self.addop_i(op::CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE, l);
                    (
                        name,
                        default_value
                            .as_deref()
                            .map(|d| (d, ScopeKey::part(tp, 0), true)),
                    )
                }
                TypeParamKind::ParamSpec {
                    name,
                    default_value,
                } => {
                    self.load_const(Constant::str(name), l);
                    self.addop_i(op::CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC, l);
                    (
                        name,
                        default_value
                            .as_deref()
                            .map(|d| (d, ScopeKey::part(tp, 0), false)),
                    )
                }
            };
            match default {
                Some((d, key, starred)) => {
                    seen_default = true;
                    self.type_param_bound_or_default(d, name, key, starred)?;
                    self.addop_i(op::CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT, l);
                }
                None if seen_default => {
                    return Err(self.error(
                        l,
                        format!(
                            "non-default type parameter '{name}' follows default type parameter"
                        ),
                    ));
                }
                None => {}
            }
            self.addop_i(op::COPY, 1, l);
            self.nameop(name, ExprContext::Store, l)?;
        }
        if let Some(first) = type_params.first() {
            self.addop_i(op::BUILD_TUPLE, type_params.len() as u32, loc(&first.range));
        }
        Ok(())
    }

    /// `codegen_function_body`.
    fn function_body(
        &mut self,
        s: &'a Stmt,
        f: &FunctionParts<'a>,
        is_async: bool,
        funcflags: u32,
        firstlineno: i32,
    ) -> CResult {
        let counts = ArgCounts {
            argcount: f.args.args.len() as u32,
            posonlyargcount: f.args.posonlyargs.len() as u32,
            kwonlyargcount: f.args.kwonlyargs.len() as u32,
        };
        let scope_type = if is_async {
            ScopeType::AsyncFunction
        } else {
            ScopeType::Function
        };
        self.enter_scope(
            f.name,
            scope_type,
            ScopeKey::of(s),
            firstlineno,
            None,
            counts,
        )?;
        let mut first = 0;
        if self.ste().has_docstring
            && let Some(doc) = crate::symtable::docstring(f.body)
        {
            first = 1;
            self.add_const(Constant::str(&super::stmt::clean_doc(doc)));
        }
        let start = self.new_label();
        self.use_label(start);
        let ste = self.ste();
        let add_stopiteration_handler = ste.coroutine || ste.generator;
        if add_stopiteration_handler {
            self.push_fblock(
                Location::NONE,
                FBlockType::StopIteration,
                Some(start),
                None,
                FBlockDatum::None,
            )?;
        }
        self.visit_stmts(&f.body[first.min(f.body.len())..])?;
        if add_stopiteration_handler {
            self.wrap_in_stopiteration_handler();
            self.pop_fblock(FBlockType::StopIteration);
        }
        let code = self.optimize_and_assemble(true)?;
        self.exit_scope();
        self.make_closure(loc(&s.range), code, funcflags)
    }

    /// `codegen_function`: `def` and `async def`, generic or not.
    pub fn function(&mut self, s: &'a Stmt, is_async: bool) -> CResult {
        let Some(f) = function_parts(s) else {
            return Ok(());
        };
        self.visit_exprs(f.decorators)?;
        let firstlineno = f
            .decorators
            .first()
            .map_or(s.range.lineno, |d| d.range.lineno) as i32;
        let l = loc(&s.range);
        let is_generic = !f.type_params.is_empty();
        let mut funcflags = self.default_arguments(l, f.args)?;
        let mut num_typeparam_args = 0;
        if is_generic {
            if funcflags & make_fn::DEFAULTS != 0 {
                num_typeparam_args += 1;
            }
            if funcflags & make_fn::KWDEFAULTS != 0 {
                num_typeparam_args += 1;
            }
            if num_typeparam_args == 2 {
                self.addop_i(op::SWAP, 2, l);
            }
            let name = format!("<generic parameters of {}>", f.name);
            let counts = ArgCounts {
                argcount: num_typeparam_args,
                ..ArgCounts::default()
            };
            self.enter_scope(
                &name,
                ScopeType::Annotations,
                ScopeKey::of(f.type_params),
                firstlineno,
                None,
                counts,
            )?;
            self.type_params(f.type_params)?;
            for i in 0..num_typeparam_args {
                self.addop_i(op::LOAD_FAST, i, l);
            }
        }
        funcflags |= self.function_annotations(l, f.args, f.returns)?;
        self.function_body(s, &f, is_async, funcflags, firstlineno)?;
        if is_generic {
            self.addop_i(op::SWAP, 2, l);
            self.addop_i(op::CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, l);
            let code = self.optimize_and_assemble(false)?;
            self.exit_scope();
            self.make_closure(l, code, 0)?;
            if num_typeparam_args > 0 {
                self.addop_i(op::SWAP, num_typeparam_args + 1, l);
                self.addop_i(op::CALL, num_typeparam_args - 1, l);
            } else {
                self.addop(op::PUSH_NULL, l);
                self.addop_i(op::CALL, 0, l);
            }
        }
        self.apply_decorators(f.decorators);
        self.nameop(f.name, ExprContext::Store, l)
    }

    /// `codegen_apply_decorators`.
    fn apply_decorators(&mut self, decorators: &[Expr]) {
        for d in decorators.iter().rev() {
            self.addop_i(op::CALL, 0, loc(&d.range));
        }
    }

    /// `codegen_class_body`: compiles the body into a function and pushes
    /// `__build_class__`, that function and the class name.
    fn class_body(
        &mut self,
        s: &'a Stmt,
        name: &str,
        body: &'a [Stmt],
        type_params: &[TypeParam],
        firstlineno: i32,
    ) -> CResult {
        self.enter_scope(
            name,
            ScopeType::Class,
            ScopeKey::of(s),
            firstlineno,
            Some(name),
            ArgCounts::default(),
        )?;
        let l = Location::new(firstlineno, 0, firstlineno, 0);
        self.nameop("__name__", ExprContext::Load, l)?;
        self.nameop("__module__", ExprContext::Store, l)?;
        let qualname = self.ur().qualname.clone();
        self.load_const(Constant::str(&qualname), l);
        self.nameop("__qualname__", ExprContext::Store, l)?;
        self.load_const(Constant::int(i64::from(self.ur().firstlineno)), l);
        self.nameop("__firstlineno__", ExprContext::Store, l)?;
        if !type_params.is_empty() {
            self.nameop(".type_params", ExprContext::Load, l)?;
            self.nameop("__type_params__", ExprContext::Store, l)?;
        }
        if self.ste().needs_classdict {
            self.addop(op::LOAD_LOCALS, l);
            self.addop_n(op::STORE_DEREF, "__classdict__", NameKind::Cellvars, l);
        }
        if self.ste().has_conditional_annotations {
            self.addop_i(op::BUILD_SET, 0, l);
            self.addop_n(
                op::STORE_DEREF,
                "__conditional_annotations__",
                NameKind::Cellvars,
                l,
            );
        }
        self.body(l, body, false)?;
        let mut attrs = self.u().static_attributes.take().unwrap_or_default();
        attrs.sort();
        let attrs: Vec<Constant> = attrs.iter().map(|a| Constant::str(a)).collect();
        self.load_const(Constant::Tuple(attrs.into()), Location::NONE);
        self.nameop("__static_attributes__", ExprContext::Store, Location::NONE)?;
        if self.ste().needs_classdict {
            let i = self.lookup_cellvar("__classdict__")?;
            self.addop_i(op::LOAD_CLOSURE, i, Location::NONE);
            self.nameop("__classdictcell__", ExprContext::Store, Location::NONE)?;
        }
        if self.ste().needs_class_closure {
            let i = self.lookup_cellvar("__class__")?;
            self.addop_i(op::LOAD_CLOSURE, i, Location::NONE);
            self.addop_i(op::COPY, 1, Location::NONE);
            self.nameop("__classcell__", ExprContext::Store, Location::NONE)?;
        } else {
            self.load_const(Constant::None, Location::NONE);
        }
        self.addop(op::RETURN_VALUE, Location::NONE);
        let code = self.optimize_and_assemble(true)?;
        self.exit_scope();
        let l = loc(&s.range);
        self.addop(op::LOAD_BUILD_CLASS, l);
        self.addop(op::PUSH_NULL, l);
        self.make_closure(l, code, 0)?;
        self.load_const(Constant::str(name), l);
        Ok(())
    }

    /// `codegen_class`.
    pub fn class(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
            type_params,
        } = &s.kind
        else {
            return Ok(());
        };
        self.visit_exprs(decorator_list)?;
        let firstlineno = decorator_list
            .first()
            .map_or(s.range.lineno, |d| d.range.lineno) as i32;
        let l = loc(&s.range);
        let is_generic = !type_params.is_empty();
        if is_generic {
            let tp_name = format!("<generic parameters of {name}>");
            self.enter_scope(
                &tp_name,
                ScopeType::Annotations,
                ScopeKey::of(type_params),
                firstlineno,
                Some(name),
                ArgCounts::default(),
            )?;
            self.type_params(type_params)?;
            self.nameop(".type_params", ExprContext::Store, l)?;
        }
        self.class_body(s, name, body, type_params, firstlineno)?;
        if is_generic {
            self.nameop(".type_params", ExprContext::Load, l)?;
            self.addop_i(op::CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, l);
            self.nameop(".generic_base", ExprContext::Store, l)?;
            self.call_helper(l, 2, bases, Some(".generic_base"), keywords)?;
            let code = self.optimize_and_assemble(false)?;
            self.exit_scope();
            self.make_closure(l, code, 0)?;
            self.addop(op::PUSH_NULL, l);
            self.addop_i(op::CALL, 0, l);
        } else {
            self.call_helper(l, 2, bases, None, keywords)?;
        }
        self.apply_decorators(decorator_list);
        self.nameop(name, ExprContext::Store, l)
    }

    /// `codegen_typealias_body`.
    fn typealias_body(&mut self, s: &'a Stmt, name: &str, value: &'a Expr) -> CResult {
        let l = loc(&s.range);
        self.load_const(Constant::Tuple(vec![Constant::int(1)].into()), l);
        self.setup_annotations_scope(l, ScopeKey::of(s), name)?;
        self.visit_expr(value)?;
        self.addop(op::RETURN_VALUE, l);
        let code = self.optimize_and_assemble(false)?;
        self.exit_scope();
        self.make_closure(l, code, make_fn::DEFAULTS)?;
        self.addop_i(op::BUILD_TUPLE, 3, l);
        self.addop_i(op::CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, l);
        Ok(())
    }

    /// `codegen_typealias`.
    pub fn typealias(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::TypeAlias {
            name,
            type_params,
            value,
        } = &s.kind
        else {
            return Ok(());
        };
        let ExprKind::Name { id, .. } = &name.kind else {
            return Ok(());
        };
        let l = loc(&s.range);
        let is_generic = !type_params.is_empty();
        if is_generic {
            let tp_name = format!("<generic parameters of {id}>");
            self.enter_scope(
                &tp_name,
                ScopeType::Annotations,
                ScopeKey::of(type_params),
                l.lineno,
                None,
                ArgCounts::default(),
            )?;
            self.load_const(Constant::str(id), l);
            self.type_params(type_params)?;
        } else {
            self.load_const(Constant::str(id), l);
            self.load_const(Constant::None, l);
        }
        self.typealias_body(s, id, value)?;
        if is_generic {
            let code = self.optimize_and_assemble(false)?;
            self.exit_scope();
            self.make_closure(l, code, 0)?;
            self.addop(op::PUSH_NULL, l);
            self.addop_i(op::CALL, 0, l);
        }
        self.nameop(id, ExprContext::Store, l)
    }

    /// `codegen_lambda`.
    pub fn lambda(&mut self, e: &'a Expr) -> CResult {
        let ExprKind::Lambda { args, body } = &e.kind else {
            return Ok(());
        };
        let l = loc(&e.range);
        let funcflags = self.default_arguments(l, args)?;
        let counts = ArgCounts {
            argcount: args.args.len() as u32,
            posonlyargcount: args.posonlyargs.len() as u32,
            kwonlyargcount: args.kwonlyargs.len() as u32,
        };
        self.enter_scope(
            "<lambda>",
            ScopeType::Lambda,
            ScopeKey::of(e),
            e.range.lineno as i32,
            None,
            counts,
        )?;
        self.visit_expr(body)?;
        let code = if self.ste().generator {
            self.optimize_and_assemble(false)?
        } else {
            self.addop(op::RETURN_VALUE, loc(&body.range));
            self.optimize_and_assemble(true)?
        };
        self.exit_scope();
        self.make_closure(l, code, funcflags)
    }
}
