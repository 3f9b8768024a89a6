//! The syntax tree as data for a host language: the node classes of CPython's `_ast` module and two-way conversion walks generic over the host's objects (CPython's generated `ast2obj_*`/`obj2ast_*` in Python/Python-ast.c).
//!
//! [`crate::ast`]'s `asdl!` table implements [`ToHost`] and [`FromHost`] for
//! every node type and lists every class in [`NODE_CLASSES`]; the host (the
//! `_ast` module in `eval`) supplies a [`Builder`] and a [`Reader`] over its
//! object model.

use crate::ast::{Constant, Int, Range};
use crate::ast_preprocess::NO_POSITION;

/// The `_attributes` of located nodes, in CPython's order.
pub const LOCATION_ATTRIBUTES: [&str; 4] = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

/// What kind of ASDL definition a class comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassKind {
    /// The abstract class of a sum type (`expr`, `operator`); `located` when
    /// its constructors carry positions.
    Sum { located: bool, simple: bool },
    /// A constructor of a sum type (`BinOp`, `Add`); its base is the sum.
    Constructor,
    /// A product type (`arguments`, `arg`).
    Product { located: bool },
}

/// One class of the `_ast` module.
#[derive(Debug)]
pub struct NodeClass {
    pub name: &'static str,
    pub kind: ClassKind,
    /// The abstract class it derives from (`AST` when `None`).
    pub base: Option<&'static str>,
    /// `(field name, Rust field type)`, in ASDL order.
    pub fields: &'static [(&'static str, &'static str)],
}

/// A field type in ASDL terms: `expr`, `expr?`, `stmt*`, `expr?*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldType {
    /// The ASDL type name (`expr`, `identifier`, `int`).
    pub name: &'static str,
    /// `?`: may be `None`.
    pub optional: bool,
    /// `*`: a list.
    pub sequence: bool,
}

impl FieldType {
    /// The field type of a Rust field type as the `asdl!` table writes it
    /// (`Option<Box<Expr>>` is `expr?`, `Vec<Option<Expr>>` is `expr?*`).
    pub fn of(rust_ty: &str) -> FieldType {
        let mut text: String = rust_ty.chars().filter(|c| !c.is_whitespace()).collect();
        let mut optional = false;
        let mut sequence = false;
        loop {
            if let Some(inner) = text
                .strip_prefix("Option<")
                .and_then(|t| t.strip_suffix('>'))
            {
                optional = true;
                text = inner.to_string();
            } else if let Some(inner) = text.strip_prefix("Vec<").and_then(|t| t.strip_suffix('>'))
            {
                sequence = true;
                text = inner.to_string();
            } else if let Some(inner) = text.strip_prefix("Box<").and_then(|t| t.strip_suffix('>'))
            {
                text = inner.to_string();
            } else {
                break;
            }
        }
        let name = match text.as_str() {
            "Identifier" => "identifier",
            "String" => "string",
            "Int" => "int",
            "Constant" => "constant",
            "KwDefault" => "expr",
            other => RUST_NAMES
                .iter()
                .find(|(rust, _)| *rust == other)
                .map_or("object", |(_, asdl)| asdl),
        };
        FieldType {
            name,
            optional,
            sequence,
        }
    }

    /// The ASDL spelling: `expr`, `expr?`, `stmt*`, `expr?*`.
    pub fn asdl(&self) -> String {
        format!(
            "{}{}{}",
            self.name,
            if self.optional { "?" } else { "" },
            if self.sequence { "*" } else { "" }
        )
    }
}

/// A field's name as Python spells it (`r#type` is `type`).
pub fn field_name(rust_name: &'static str) -> &'static str {
    rust_name.strip_prefix("r#").unwrap_or(rust_name)
}

impl NodeClass {
    /// The class named `name`.
    pub fn find(name: &str) -> Option<&'static NodeClass> {
        NODE_CLASSES.iter().find(|c| c.name == name)
    }

    /// `(Python field name, field type)`, in order.
    pub fn field_types(&self) -> impl Iterator<Item = (&'static str, FieldType)> + '_ {
        self.fields
            .iter()
            .map(|(n, t)| (field_name(n), FieldType::of(t)))
    }

    /// The names in `_attributes`.
    pub fn attributes(&self) -> &'static [&'static str] {
        match self.kind {
            ClassKind::Sum { located: true, .. } | ClassKind::Product { located: true } => {
                &LOCATION_ATTRIBUTES
            }
            _ => &[],
        }
    }

    /// Whether `end_lineno` and `end_col_offset` are `int?` (they are `int`
    /// for `pattern` and `type_param` in the ASDL).
    pub fn optional_end_positions(&self) -> bool {
        end_positions_optional(self.name)
    }

    /// The constructors of a sum's abstract class.
    pub fn constructors(&self) -> impl Iterator<Item = &'static NodeClass> + '_ {
        NODE_CLASSES
            .iter()
            .filter(move |c| c.base == Some(self.name))
    }

    /// The signature line of a constructor or product: `BinOp(expr left,
    /// operator op, expr right)`, or the bare name without fields.
    pub fn signature(&self) -> String {
        if self.fields.is_empty() {
            return self.name.to_string();
        }
        let fields: Vec<String> = self
            .field_types()
            .map(|(n, t)| format!("{} {n}", t.asdl()))
            .collect();
        format!("{}({})", self.name, fields.join(", "))
    }

    /// `__doc__`, as CPython's generator writes it: a constructor's or
    /// product's signature; a sum's `name = A(..)\n    | B(..)` (simple sums
    /// on one line).
    pub fn doc(&self) -> String {
        match self.kind {
            ClassKind::Sum { simple, .. } => {
                let ctors: Vec<String> = self.constructors().map(|c| c.signature()).collect();
                let sep = if simple {
                    " | ".to_string()
                } else {
                    format!("\n{}| ", " ".repeat(self.name.len() + 1))
                };
                format!("{} = {}", self.name, ctors.join(&sep))
            }
            _ => self.signature(),
        }
    }
}

/// Makes host objects from a tree (the host side of `ast2obj`).
pub trait Builder {
    type Obj;
    type Err;
    /// An instance of the class `class` with these field values (in
    /// `_fields` order) and, for located nodes, positions ([`NO_POSITION`]
    /// for nodes the AST optimizer made: CPython shows -1 for those).
    fn node(
        &mut self,
        class: &'static str,
        fields: Vec<(&'static str, Self::Obj)>,
        range: Option<&Range>,
    ) -> Result<Self::Obj, Self::Err>;
    /// The shared instance of a field-less constructor of a simple sum
    /// (`Load()`, `Add()`).
    fn singleton(&mut self, class: &'static str) -> Result<Self::Obj, Self::Err>;
    fn none(&mut self) -> Self::Obj;
    fn list(&mut self, items: Vec<Self::Obj>) -> Self::Obj;
    fn int(&mut self, value: Int) -> Self::Obj;
    fn text(&mut self, value: &str) -> Self::Obj;
    fn constant(&mut self, value: &Constant) -> Result<Self::Obj, Self::Err>;
}

/// A tree node or field value that can become a host object.
pub trait ToHost {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err>;
}

impl<T: ToHost> ToHost for Box<T> {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
        (**self).to_host(b)
    }
}

impl<T: ToHost> ToHost for Option<T> {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
        match self {
            Some(v) => v.to_host(b),
            None => Ok(b.none()),
        }
    }
}

impl<T: ToHost> ToHost for Vec<T> {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
        let items = self
            .iter()
            .map(|v| v.to_host(b))
            .collect::<Result<_, _>>()?;
        Ok(b.list(items))
    }
}

impl ToHost for String {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
        Ok(b.text(self))
    }
}

impl ToHost for Int {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
        Ok(b.int(*self))
    }
}

impl ToHost for Constant {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
        b.constant(self)
    }
}

/// Where a value is being read: the class whose field it is and the field.
#[derive(Clone, Copy, Debug)]
pub struct Site {
    /// The class (or abstract class, for positions) being read.
    pub owner: &'static str,
    pub field: &'static str,
    /// The Rust type of the field, as in the `asdl!` table.
    pub rust_ty: &'static str,
}

impl Site {
    pub fn field_type(&self) -> FieldType {
        FieldType::of(self.rust_ty)
    }

    /// Whether the field holds identifiers (rather than `string`s).
    pub fn is_identifier(&self) -> bool {
        self.rust_ty.contains("Identifier")
    }
}

/// Why a host object is not a tree (each becomes CPython's exception).
#[derive(Clone, Copy, Debug)]
pub enum ReadError {
    /// `TypeError: required field "x" missing from T`.
    Missing,
    /// `ValueError: field 'x' is required for T`: `None` where a value must be.
    Required,
    /// `ValueError: None disallowed in expression list` (or statement list).
    NoneInList,
}

/// Reads host objects as a tree (the host side of `obj2ast`).
pub trait Reader {
    type Obj;
    type Err;
    /// The attribute `name` of `obj`, `None` when it has none.
    fn attr(&mut self, obj: &Self::Obj, name: &str) -> Result<Option<Self::Obj>, Self::Err>;
    fn is_none(&self, obj: &Self::Obj) -> bool;
    /// Whether `obj` is an instance of the node class `class`.
    fn is_instance(&mut self, obj: &Self::Obj, class: &'static str) -> Result<bool, Self::Err>;
    /// The items of a list field.
    fn list(&mut self, obj: &Self::Obj, site: &Site) -> Result<Vec<Self::Obj>, Self::Err>;
    fn int(&mut self, obj: &Self::Obj, site: &Site) -> Result<Int, Self::Err>;
    /// An `identifier` or `string` field (which, `site` says).
    fn text(&mut self, obj: &Self::Obj, site: &Site) -> Result<String, Self::Err>;
    fn constant(&mut self, obj: &Self::Obj, site: &Site) -> Result<Constant, Self::Err>;
    fn error(&mut self, error: ReadError, site: &Site) -> Self::Err;
    /// A `ValueError` with this message (from the position checks).
    fn value_error(&mut self, message: String) -> Self::Err;
    /// `TypeError: expected some sort of expr, but got <repr>`.
    fn wrong_kind(&mut self, sum: &'static str, obj: &Self::Obj) -> Self::Err;
    /// Entering a nested located node: fails when the tree is too deep.
    fn enter(&mut self) -> Result<(), Self::Err>;
    fn leave(&mut self);
}

/// A tree node or field value that can be read from a host object.
pub trait FromHost: Sized {
    /// Whether `None` is a value of this type (an `Option`).
    const NULLABLE: bool = false;

    /// Reads a present value.
    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj, site: &Site) -> Result<Self, R::Err>;

    /// Reads a field whose attribute may be absent (`None`).
    fn from_field<R: Reader>(
        r: &mut R,
        value: Option<R::Obj>,
        site: &Site,
    ) -> Result<Self, R::Err> {
        match value {
            Some(v) => Self::from_host(r, &v, site),
            None => Err(r.error(ReadError::Missing, site)),
        }
    }
}

impl<T: FromHost> FromHost for Box<T> {
    const NULLABLE: bool = T::NULLABLE;

    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj, site: &Site) -> Result<Self, R::Err> {
        T::from_host(r, obj, site).map(Box::new)
    }

    fn from_field<R: Reader>(
        r: &mut R,
        value: Option<R::Obj>,
        site: &Site,
    ) -> Result<Self, R::Err> {
        T::from_field(r, value, site).map(Box::new)
    }
}

impl<T: FromHost> FromHost for Option<T> {
    const NULLABLE: bool = true;

    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj, site: &Site) -> Result<Self, R::Err> {
        if r.is_none(obj) {
            return Ok(None);
        }
        T::from_host(r, obj, site).map(Some)
    }

    fn from_field<R: Reader>(
        r: &mut R,
        value: Option<R::Obj>,
        site: &Site,
    ) -> Result<Self, R::Err> {
        match value {
            Some(v) => Self::from_host(r, &v, site),
            None => Ok(None),
        }
    }
}

impl<T: FromHost> FromHost for Vec<T> {
    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj, site: &Site) -> Result<Self, R::Err> {
        let items = r.list(obj, site)?;
        items
            .iter()
            .map(|item| {
                if !T::NULLABLE && r.is_none(item) {
                    let name = site.field_type().name;
                    let error = if name == "expr" || name == "stmt" {
                        ReadError::NoneInList
                    } else {
                        ReadError::Required
                    };
                    return Err(r.error(error, site));
                }
                T::from_host(r, item, site)
            })
            .collect()
    }

    /// A missing list is an empty one (3.13+).
    fn from_field<R: Reader>(
        r: &mut R,
        value: Option<R::Obj>,
        site: &Site,
    ) -> Result<Self, R::Err> {
        match value {
            Some(v) => Self::from_host(r, &v, site),
            None => Ok(Vec::new()),
        }
    }
}

impl FromHost for String {
    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj, site: &Site) -> Result<Self, R::Err> {
        r.text(obj, site)
    }
}

impl FromHost for Int {
    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj, site: &Site) -> Result<Self, R::Err> {
        r.int(obj, site)
    }
}

impl FromHost for Constant {
    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj, site: &Site) -> Result<Self, R::Err> {
        r.constant(obj, site)
    }
}

/// Reads one field of `obj` for class `owner`.
pub fn read_field<R: Reader, T: FromHost>(
    r: &mut R,
    obj: &R::Obj,
    owner: &'static str,
    rust_field: &'static str,
    rust_ty: &'static str,
) -> Result<T, R::Err> {
    let site = Site {
        owner,
        field: field_name(rust_field),
        rust_ty,
    };
    let value = r.attr(obj, site.field)?;
    T::from_field(r, value, &site)
}

/// Reads the positions of a located node (`owner` is its abstract class or
/// product name); a missing `int?` end is the start. Positions are checked
/// as `VALIDATE_POSITIONS` in Python/ast.c checks them, and negative ones
/// (CPython's -1, "no position") become [`NO_POSITION`].
pub fn read_range<R: Reader>(
    r: &mut R,
    obj: &R::Obj,
    owner: &'static str,
) -> Result<Range, R::Err> {
    let lineno: Int = read_field(r, obj, owner, "lineno", "Int")?;
    let col_offset: Int = read_field(r, obj, owner, "col_offset", "Int")?;
    let (end_lineno, end_col_offset) = if end_positions_optional(owner) {
        let end_lineno: Option<Int> = read_field(r, obj, owner, "end_lineno", "Option<Int>")?;
        let end_col_offset: Option<Int> =
            read_field(r, obj, owner, "end_col_offset", "Option<Int>")?;
        (
            end_lineno.unwrap_or(lineno),
            end_col_offset.unwrap_or(col_offset),
        )
    } else {
        (
            read_field(r, obj, owner, "end_lineno", "Int")?,
            read_field(r, obj, owner, "end_col_offset", "Int")?,
        )
    };
    if matches!(owner, "stmt" | "expr" | "pattern" | "type_param")
        && let Some(message) = position_error(lineno, col_offset, end_lineno, end_col_offset)
    {
        return Err(r.value_error(message));
    }
    let unsigned = |v: Int| u32::try_from(v).unwrap_or(0);
    if lineno < 0 {
        return Ok(NO_POSITION);
    }
    Ok(Range {
        lineno: unsigned(lineno),
        col_offset: unsigned(col_offset),
        end_lineno: unsigned(end_lineno),
        end_col_offset: unsigned(end_col_offset),
    })
}

/// Whether the located class `owner` has `int?` end positions.
fn end_positions_optional(owner: &str) -> bool {
    !matches!(owner, "pattern" | "type_param")
}

/// `VALIDATE_POSITIONS`'s complaint about these positions, if any.
fn position_error(lineno: Int, col: Int, end_lineno: Int, end_col: Int) -> Option<String> {
    if lineno > end_lineno {
        return Some(format!(
            "AST node line range ({lineno}, {end_lineno}) is not valid"
        ));
    }
    if (lineno < 0 && end_lineno != lineno) || (col < 0 && col != end_col) {
        return Some(format!(
            "AST node column range ({col}, {end_col}) for line range ({lineno}, {end_lineno}) is not valid"
        ));
    }
    if lineno == end_lineno && col > end_col {
        return Some(format!(
            "line {lineno}, column {col}-{end_col} is not a valid range"
        ));
    }
    None
}

/// Every class of the `_ast` module but `AST`, abstract classes before their
/// constructors; filled by the `asdl!` table.
pub use crate::ast::NODE_CLASSES;
/// Rust type name to ASDL type name, for [`FieldType::of`]; filled by the
/// `asdl!` table.
pub(crate) use crate::ast::RUST_NAMES;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_types_read_as_asdl() {
        assert_eq!(FieldType::of("Option < Box < Expr > >").asdl(), "expr?");
        assert_eq!(FieldType::of("Vec<Option<Expr>>").asdl(), "expr?*");
        assert_eq!(FieldType::of("Vec<KwDefault>").asdl(), "expr*");
        assert_eq!(FieldType::of("Option<Identifier>").asdl(), "identifier?");
        assert_eq!(FieldType::of("Vec<MatchCase>").asdl(), "match_case*");
        assert_eq!(FieldType::of("ExprContext").asdl(), "expr_context");
    }

    #[test]
    fn classes_and_docs() {
        // 3.14's `_ast` has 125 node classes besides `AST`.
        assert_eq!(NODE_CLASSES.len(), 125);
        let find = |n| NodeClass::find(n).expect(n);
        assert_eq!(
            find("expr_context").doc(),
            "expr_context = Load | Store | Del"
        );
        assert_eq!(find("Pass").doc(), "Pass");
        assert_eq!(
            find("arg").doc(),
            "arg(identifier arg, expr? annotation, string? type_comment)"
        );
        assert_eq!(
            find("mod").doc(),
            "mod = Module(stmt* body, type_ignore* type_ignores)\n    | Interactive(stmt* body)\n    \
             | Expression(expr body)\n    | FunctionType(expr* argtypes, expr returns)"
        );
        assert_eq!(find("ExceptHandler").base, Some("excepthandler"));
        assert_eq!(find("alias").attributes(), &LOCATION_ATTRIBUTES);
        assert!(find("Add").attributes().is_empty());
    }
}
