//! Node objects to and from the front end's tree: `PyAST_mod2obj` and `PyAST_obj2mod` in Python/Python-ast.c, as a [`Builder`] and a [`Reader`] over Ouro's objects.

use std::rc::Rc;

use ouro_frontend::ast::{self, Constant, Int, Range};
use ouro_frontend::ast_reflect::{Builder, FromHost, ReadError, Reader, Site, ToHost};
use ouro_frontend::parser::Mode;
use ouro_objects::bool::py_bool;
use ouro_objects::core::alloc_typed;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, overflow_error, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::none::{ELLIPSIS, is_none, none};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::{self, Tuple};
use ouro_objects::{TypeRef, Value, bytes, complex, exceptions, float, int, protocol, set};

use super::{AST_TYPE, AstNode, State, state};

/// Nested located nodes read before giving up with a `RecursionError`
/// (CPython's limit is the recursion limit, 1000 by default).
const MAX_DEPTH: u32 = 1000;

/// `PyAST_mod2obj`: the tree as node objects.
pub fn to_object(module: &ast::Mod) -> PyResult {
    let mut b = ObjBuilder { state: state()? };
    module.to_host(&mut b)
}

/// Whether `v` is a node object (`PyAST_Check`).
pub fn is_ast(v: &Value) -> bool {
    protocol::is_instance_of(v, &TypeRef::from_static(&AST_TYPE))
}

/// `PyAST_obj2mod`: node objects as a tree for `compile()` in `mode`,
/// validated as CPython's `_PyAST_Validate` does.
pub fn from_object(obj: &Value, mode: Mode) -> PyResult<ast::Mod> {
    let state = state()?;
    let expected = match mode {
        Mode::Exec => "Module",
        Mode::Eval => "Expression",
        Mode::Single => "Interactive",
    };
    let class = TypeRef::from_value(state.class(expected)).expect("class");
    if !protocol::is_instance_of(obj, &class) {
        return Err(type_error(format!(
            "expected {expected} node, got {}",
            obj.type_obj().payload().name()
        )));
    }
    let mut r = ObjReader { state, depth: 0 };
    let site = Site {
        owner: "compile",
        field: "source",
        rust_ty: "Mod",
    };
    let module = ast::Mod::from_host(&mut r, obj, &site)?;
    super::validate::validate(&module)?;
    Ok(module)
}

struct ObjBuilder {
    state: Rc<State>,
}

impl Builder for ObjBuilder {
    type Obj = Value;
    type Err = PyErr;

    fn node(
        &mut self,
        class: &'static str,
        fields: Vec<(&'static str, Value)>,
        range: Option<&Range>,
    ) -> PyResult {
        let ty = TypeRef::from_value(self.state.class(class)).expect("node class");
        let obj = alloc_typed(&ty, AstNode);
        let dict = protocol::instance_dict(&obj).expect("node dict");
        let dict = dict.downcast::<Dict>().expect("dict");
        for (name, value) in fields {
            dict.set_str(name, value);
        }
        if let Some(r) = range {
            // The optimizer's nodes without a position (line 0) show CPython's -1.
            let no_position = r.lineno == 0;
            for (name, value) in [
                ("lineno", r.lineno),
                ("col_offset", r.col_offset),
                ("end_lineno", r.end_lineno),
                ("end_col_offset", r.end_col_offset),
            ] {
                let value = if no_position { -1 } else { i64::from(value) };
                dict.set_str(name, int::from_i64(value));
            }
        }
        Ok(obj)
    }

    fn singleton(&mut self, class: &'static str) -> PyResult {
        Ok(self.state.singleton(class).clone())
    }

    fn none(&mut self) -> Value {
        none()
    }

    fn list(&mut self, items: Vec<Value>) -> Value {
        List::from_vec(items)
    }

    fn int(&mut self, value: Int) -> Value {
        int::from_i64(i64::from(value))
    }

    fn text(&mut self, value: &str) -> Value {
        PyStr::new(value)
    }

    fn constant(&mut self, value: &Constant) -> PyResult {
        Ok(match value {
            Constant::None => none(),
            Constant::True => py_bool(true),
            Constant::False => py_bool(false),
            Constant::Ellipsis => ELLIPSIS.value(),
            Constant::Int(i) => int::from_i64(*i),
            Constant::BigInt(b) => int::from_bigint((**b).clone()),
            Constant::Float(f) => float::new(*f),
            Constant::Complex(im) => complex::new(0.0, *im),
            Constant::Str(s) => PyStr::from_wtf8(s.as_bytes()),
            Constant::Bytes(b) => bytes::new(b.clone()),
            Constant::Tuple(items) => Tuple::new(
                items
                    .iter()
                    .map(|c| self.constant(c))
                    .collect::<PyResult<_>>()?,
            ),
            Constant::FrozenSet(items) => set::frozenset_from(
                items
                    .iter()
                    .map(|c| self.constant(c))
                    .collect::<PyResult<_>>()?,
            ),
        })
    }
}

struct ObjReader {
    state: Rc<State>,
    depth: u32,
}

impl Reader for ObjReader {
    type Obj = Value;
    type Err = PyErr;

    fn attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        protocol::getattr_opt(obj, &intern(name))
    }

    fn is_none(&self, obj: &Value) -> bool {
        is_none(obj)
    }

    fn is_instance(&mut self, obj: &Value, class: &'static str) -> PyResult<bool> {
        let ty = TypeRef::from_value(self.state.class(class)).expect("node class");
        Ok(protocol::is_instance_of(obj, &ty))
    }

    fn list(&mut self, obj: &Value, site: &Site) -> PyResult<Vec<Value>> {
        match obj.downcast::<List>() {
            Some(l) => Ok(l.to_vec()),
            None => Err(type_error(format!(
                "{} field \"{}\" must be a list, not a {}",
                site.owner,
                site.field,
                obj.type_obj().payload().name()
            ))),
        }
    }

    /// `obj2ast_int`.
    fn int(&mut self, obj: &Value, _site: &Site) -> PyResult<Int> {
        if !int::is_int(obj) {
            return Err(value_error(format!(
                "invalid integer value: {}",
                protocol::repr_string(obj)?
            )));
        }
        int::to_i64(obj)
            .and_then(|i| i32::try_from(i).ok())
            .ok_or_else(|| overflow_error("Python int too large to convert to C int"))
    }

    /// `obj2ast_identifier` and `obj2ast_string`.
    fn text(&mut self, obj: &Value, site: &Site) -> PyResult<String> {
        let identifier = site.is_identifier();
        if let Some(s) = obj.downcast_exact::<PyStr>() {
            return Ok(s.to_string_lossy());
        }
        if identifier {
            if is_none(obj) {
                return Err(self.error(ReadError::Required, site));
            }
            return Err(type_error("AST identifier must be of type str"));
        }
        if obj.downcast_exact::<bytes::Bytes>().is_some() {
            return Ok(protocol::str_lossy(obj));
        }
        Err(type_error("AST string must be of type str"))
    }

    fn constant(&mut self, obj: &Value, _site: &Site) -> PyResult<Constant> {
        constant(obj)
    }

    fn error(&mut self, error: ReadError, site: &Site) -> PyErr {
        match error {
            ReadError::Missing => type_error(format!(
                "required field \"{}\" missing from {}",
                site.field, site.owner
            )),
            ReadError::Required => value_error(format!(
                "field '{}' is required for {}",
                site.field, site.owner
            )),
            ReadError::NoneInList => value_error(if site.field_type().name == "stmt" {
                "None disallowed in statement list"
            } else {
                "None disallowed in expression list"
            }),
        }
    }

    fn value_error(&mut self, message: String) -> PyErr {
        value_error(message)
    }

    fn wrong_kind(&mut self, sum: &'static str, obj: &Value) -> PyErr {
        match protocol::repr_string(obj) {
            Ok(repr) => type_error(format!("expected some sort of {sum}, but got {repr}")),
            Err(e) => e,
        }
    }

    fn enter(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(PyErr::new(
                &exceptions::RECURSION_ERROR,
                "maximum recursion depth exceeded during ast construction",
            ));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }
}

/// `obj2ast_constant` and `validate_constant`: the values a `Constant`
/// can hold.
fn constant(obj: &Value) -> PyResult<Constant> {
    if is_none(obj) {
        return Ok(Constant::None);
    }
    if obj.is(&py_bool(true)) {
        return Ok(Constant::True);
    }
    if obj.is(&py_bool(false)) {
        return Ok(Constant::False);
    }
    if obj.is(&ELLIPSIS.value()) {
        return Ok(Constant::Ellipsis);
    }
    if let Some(s) = obj.downcast_exact::<PyStr>() {
        return Ok(Constant::Str(s.code_points().into_iter().collect()));
    }
    if let Some(b) = obj.downcast_exact::<bytes::Bytes>() {
        return Ok(Constant::Bytes(b.0.to_vec()));
    }
    let exact = |ty: &'static ouro_objects::PyObj<ouro_objects::typeobj::TypeObject>| {
        obj.type_value().is(&ty.value())
    };
    if exact(&int::INT_TYPE)
        && let Some(i) = int::as_int(obj)
    {
        return Ok(match i.to_i64() {
            Some(i) => Constant::Int(i),
            None => Constant::BigInt(Box::new(i.to_bigint().into_owned())),
        });
    }
    if exact(&float::FLOAT_TYPE)
        && let Some(f) = float::as_f64(obj)
    {
        return Ok(Constant::Float(f));
    }
    if exact(&complex::COMPLEX_TYPE)
        && let Some(c) = obj.downcast::<complex::Complex>()
        && c.re == 0.0
        && c.re.is_sign_positive()
    {
        return Ok(Constant::Complex(c.im));
    }
    if exact(&tuple::TUPLE_TYPE)
        && let Some(t) = obj.downcast::<Tuple>()
    {
        let items = t.iter().map(constant).collect::<PyResult<_>>()?;
        return Ok(Constant::Tuple(items));
    }
    if exact(&set::FROZENSET_TYPE) {
        let items = protocol::collect(obj)?
            .iter()
            .map(constant)
            .collect::<PyResult<_>>()?;
        return Ok(Constant::FrozenSet(items));
    }
    Err(type_error(format!(
        "got an invalid type in Constant: {}",
        obj.type_obj().payload().name()
    )))
}
