//! The `_ast` module: the `AST` base type, the node classes made from the front end's ASDL table, and the `PyCF_*` flags; mirrors the hand-written parts of Python/Python-ast.c (`ast_type_init`, `ast_type_reduce`, `ast_type_replace`, `ast_repr_max_depth`, `make_type`, `add_ast_annotations`).
//!
//! Conversion between node objects and the front end's tree is in
//! [`convert`]; the checks `compile()` makes of a tree built by hand are in
//! [`validate`].

pub mod convert;
pub mod validate;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use ouro_frontend::ast_reflect::{ClassKind, FieldType, NODE_CLASSES, NodeClass};
use ouro_objects::args::Args;
use ouro_objects::core::{PyObj, alloc_typed};
use ouro_objects::descr::{DICT_DEF, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{NONE_TYPE, none};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, TYPE_TYPE, TypeObject, flags};
use ouro_objects::{TypeRef, Value, builtin_type, genericalias, int, protocol, union};

use crate::native_module::ModuleDef;

/// `PyCF_ONLY_AST`: `compile()` returns the tree instead of code.
pub const PY_CF_ONLY_AST: isize = 0x0400;
/// `PyCF_TYPE_COMMENTS`: the tree keeps `# type:` comments.
pub const PY_CF_TYPE_COMMENTS: isize = 0x1000;
/// `PyCF_ALLOW_TOP_LEVEL_AWAIT`.
pub const PY_CF_ALLOW_TOP_LEVEL_AWAIT: isize = 0x2000;
/// `PyCF_ALLOW_INCOMPLETE_INPUT`: input that ends too early raises
/// `_IncompleteInputError` (what `codeop` relies on).
pub const PY_CF_ALLOW_INCOMPLETE_INPUT: isize = 0x4000;
/// `PyCF_OPTIMIZED_AST`: the tree after the AST optimizer (implies `PyCF_ONLY_AST`).
pub const PY_CF_OPTIMIZED_AST: isize = 0x8000 | PY_CF_ONLY_AST;

/// Node objects keep everything in their instance dict.
pub struct AstNode;

fn ast_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(ty, AstNode))
}

/// `ast_type_init`: positional arguments fill `_fields` in order, keywords
/// set any attribute (unknown ones with a `DeprecationWarning`), and fields
/// left out get `[]` (lists), `Load()` (contexts), the class's `None`
/// (optional fields) or a `DeprecationWarning` (required fields).
fn ast_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let a = Args::new(args, kwnames);
    let ty = v.type_value();
    let type_name = v.type_obj().payload().name();
    let fields = match protocol::getattr_opt(&ty, &intern("_fields"))? {
        Some(f) => protocol::collect(&f)?,
        None => Vec::new(),
    };
    let positional = a.positional();
    if positional.len() > fields.len() {
        let n = fields.len();
        return Err(type_error(format!(
            "{type_name} constructor takes at most {n} positional argument{}",
            if n == 1 { "" } else { "s" }
        )));
    }
    let mut remaining: Vec<Value> = fields.clone();
    for (name, value) in fields.iter().zip(positional) {
        protocol::setattr(v, name, Some(value))?;
        remaining.retain(|f| !protocol::eq(f, name).unwrap_or(false));
    }
    for (key, value) in a.keywords() {
        if fields
            .iter()
            .any(|f| protocol::eq(f, &key).unwrap_or(false))
        {
            let before = remaining.len();
            remaining.retain(|f| !protocol::eq(f, &key).unwrap_or(false));
            if remaining.len() == before {
                return Err(type_error(format!(
                    "{type_name} got multiple values for argument '{}'",
                    protocol::str_lossy(&key)
                )));
            }
        } else {
            let k = protocol::str_lossy(&key);
            if !ouro_frontend::ast_reflect::LOCATION_ATTRIBUTES.contains(&k.as_str()) {
                ouro_objects::warnings::deprecation(&format!(
                    "{type_name}.__init__ got an unexpected keyword argument '{k}'. Support for \
                     arbitrary keyword arguments is deprecated and will be removed in Python 3.15."
                ))?;
            }
        }
        protocol::setattr(v, &key, Some(&value))?;
    }
    if remaining.is_empty() {
        return Ok(());
    }
    let Some(field_types) = protocol::getattr_opt(&ty, &intern("_field_types"))? else {
        return Ok(());
    };
    let state = state()?;
    for name in remaining {
        let kind = protocol::getitem(&field_types, &name)?;
        if kind.downcast::<union::Union>().is_some() {
            continue;
        }
        if kind.downcast::<genericalias::GenericAlias>().is_some() {
            protocol::setattr(v, &name, Some(&List::from_vec(Vec::new())))?;
        } else if kind.is(state.class("expr_context")) {
            protocol::setattr(v, &name, Some(state.singleton("Load")))?;
        } else {
            ouro_objects::warnings::deprecation(&format!(
                "{type_name}.__init__ missing 1 required positional argument: '{}'. This will \
                 become an error in Python 3.15.",
                protocol::str_lossy(&name)
            ))?;
        }
    }
    Ok(())
}

/// `ast_type_reduce` (3.14): `None` for each field as positional
/// arguments, so unpickling warns about no missing field, and the instance
/// dict as state.
fn ast_reduce(v: &Value, args: Args) -> PyResult {
    args.none("__reduce__")?;
    let ty = v.type_value();
    let Some(dict) = protocol::instance_dict(v) else {
        return Ok(Tuple::new(vec![ty, Tuple::empty()]));
    };
    let state = Dict::new_value();
    state.downcast::<Dict>().expect("dict").update_from(&dict)?;
    let count = match protocol::getattr_opt(&ty, &intern("_fields"))? {
        Some(fields) => protocol::collect(&fields)?.len(),
        None => 0,
    };
    Ok(Tuple::new(vec![ty, Tuple::new(vec![none(); count]), state]))
}

/// `ast_type_replace` (3.14, `copy.replace`): a new node of the same class
/// with the fields and positions this one holds, changed by the keywords;
/// fields neither held nor given must be optional.
fn ast_replace(v: &Value, args: Args) -> PyResult {
    if !args.positional().is_empty() {
        return Err(type_error("__replace__() takes no positional arguments"));
    }
    let ty = v.type_value();
    let type_name = v.type_obj().payload().name();
    let names_of = |attr: &str| -> PyResult<Vec<Value>> {
        match protocol::getattr_opt(&ty, &intern(attr))? {
            Some(names) => protocol::collect(&names),
            None => Ok(Vec::new()),
        }
    };
    let fields = names_of("_fields")?;
    let attributes = names_of("_attributes")?;
    let changes = args.keywords();
    let is_one_of =
        |names: &[Value], key: &Value| names.iter().any(|f| protocol::eq(f, key).unwrap_or(false));
    for (key, _) in &changes {
        if !is_one_of(&fields, key) && !is_one_of(&attributes, key) {
            return Err(type_error(format!(
                "{type_name}.__replace__ got an unexpected keyword argument '{}'.",
                protocol::str_lossy(key)
            )));
        }
    }
    let own = protocol::instance_dict(v);
    let own = own.as_ref().and_then(|d| d.downcast::<Dict>());
    let field_types = protocol::getattr_opt(&ty, &intern("_field_types"))?;
    let mut names = Vec::new();
    let mut values = Vec::new();
    let mut missing = Vec::new();
    for name in fields.iter().chain(&attributes) {
        let changed = changes
            .iter()
            .find(|(k, _)| protocol::eq(k, name).unwrap_or(false));
        let value = match changed {
            Some((_, value)) => Some(value.clone()),
            None => match own {
                Some(d) => d.get_item_opt(name)?,
                None => None,
            },
        };
        match value {
            Some(value) => {
                names.push(name.clone());
                values.push(value);
            }
            None if is_one_of(&fields, name) => {
                let optional = match &field_types {
                    Some(types) => protocol::getitem(types, name)?
                        .downcast::<union::Union>()
                        .is_some(),
                    None => false,
                };
                if !optional {
                    missing.push(protocol::str_lossy(name));
                }
            }
            None => {}
        }
    }
    if !missing.is_empty() {
        missing.sort();
        let list: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        return Err(type_error(format!(
            "{type_name}.__replace__ missing {} keyword argument{}: {}.",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            list.join(", ")
        )));
    }
    protocol::call(&ty, &values, Some(&Tuple::new(names)))
}

/// `ast_repr`: fields as `name=value`, nested nodes three levels deep and
/// lists shortened to their first and last items.
fn ast_repr(v: &Value) -> PyResult {
    let base = TypeRef::from_static(&AST_TYPE);
    Ok(PyStr::new(&repr_node(v, 3, &base)?))
}

fn repr_node(v: &Value, depth: u32, base: &TypeRef) -> PyResult<String> {
    let name = v.type_obj().payload().tp_name().to_string();
    if depth == 0 {
        return Ok(format!("{name}(...)"));
    }
    let Some(_guard) = ouro_objects::reprguard::enter(v) else {
        return Ok(format!("{name}(...)"));
    };
    let fields = match protocol::getattr_opt(&v.type_value(), &intern("_fields"))? {
        Some(f) => protocol::collect(&f)?,
        None => Vec::new(),
    };
    let mut parts = Vec::new();
    for field in &fields {
        let value = protocol::getattr(v, field)?;
        let text = if value.downcast::<List>().is_some() || value.downcast::<Tuple>().is_some() {
            repr_list(&value, depth, base)?
        } else if protocol::is_instance_of(&value, base) {
            repr_node(&value, depth - 1, base)?
        } else {
            protocol::repr_string(&value)?
        };
        parts.push(format!("{}={text}", protocol::str_lossy(field)));
    }
    Ok(format!("{name}({})", parts.join(", ")))
}

/// `ast_repr_list`: `[first, ..., last]`.
fn repr_list(list: &Value, depth: u32, base: &TypeRef) -> PyResult<String> {
    let items = protocol::collect(list)?;
    if items.is_empty() {
        return protocol::repr_string(list);
    }
    let item_repr = |item: &Value| -> PyResult<String> {
        if protocol::is_instance_of(item, base) {
            repr_node(item, depth - 1, base)
        } else {
            protocol::repr_string(item)
        }
    };
    let mut text = item_repr(&items[0])?;
    if items.len() > 2 {
        text.push_str(", ...");
    }
    if items.len() > 1 {
        text.push_str(", ");
        text.push_str(&item_repr(&items[items.len() - 1])?);
    }
    let is_list = list.downcast::<List>().is_some();
    Ok(if is_list {
        format!("[{text}]")
    } else {
        format!("({text})")
    })
}

builtin_type!(pub static AST_TYPE: AstNode = TypeSpec {
    name: "ast.AST",
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs {
        repr: Some(ast_repr),
        // Given explicitly, as `AST_type_slots` does, so the type has its own
        // `__getattribute__`, `__setattr__` and `__delattr__`.
        getattro: Some(protocol::generic_getattr),
        setattro: Some(protocol::generic_setattr),
        new: Some(ast_new),
        init: Some(ast_init),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("__reduce__", ast_reduce, ""),
        MethodDef::new("__replace__", ast_replace, ""),
    ],
    getsets: &[DICT_DEF],
    ..TypeSpec::DEFAULT
});

/// The node classes of this interpreter, made once.
pub struct State {
    classes: HashMap<&'static str, Value>,
    /// The shared instances of `Load`, `Add`, ... (`state->Load_singleton`).
    singletons: HashMap<&'static str, Value>,
}

impl State {
    /// The class named `name` (one of [`NODE_CLASSES`]).
    pub fn class(&self, name: &str) -> &Value {
        &self.classes[name]
    }

    pub fn singleton(&self, name: &str) -> &Value {
        &self.singletons[name]
    }
}

ouro_objects::gil_shared! {
    static STATE: RefCell<Option<Rc<State>>> = const { RefCell::new(None) };
}

/// The node classes, made on first use (`init_types`).
pub fn state() -> PyResult<Rc<State>> {
    if let Some(s) = STATE.with(|s| s.borrow().clone()) {
        return Ok(s);
    }
    let s = Rc::new(make_classes()?);
    STATE.with(|cell| *cell.borrow_mut() = Some(s.clone()));
    Ok(s)
}

/// `make_type`, `add_attributes`, the class defaults and `_field_types`.
fn make_classes() -> PyResult<State> {
    ouro_objects::typeobj::ready(&AST_TYPE);
    let ast = TypeRef::from_static(&AST_TYPE).into_value();
    let ast_dict = AST_TYPE.payload().dict();
    let ast_dict = ast_dict.downcast::<Dict>().expect("type dict");
    ast_dict.set_str("__module__", PyStr::new("ast"));
    for name in ["_fields", "__match_args__", "_attributes"] {
        ast_dict.set_str(name, Tuple::empty());
    }
    let mut classes: HashMap<&'static str, Value> = HashMap::new();
    for class in NODE_CLASSES {
        let base = class
            .base
            .map_or_else(|| ast.clone(), |b| classes[b].clone());
        let names = Tuple::new(class.field_types().map(|(n, _)| intern(n)).collect());
        let dict_value = Dict::new_value();
        let dict = dict_value.downcast::<Dict>().expect("dict");
        dict.set_str("_fields", names.clone());
        dict.set_str("__match_args__", names);
        dict.set_str("__module__", PyStr::new("ast"));
        dict.set_str("__doc__", PyStr::new(&class.doc()));
        let made = protocol::call(
            &TYPE_TYPE.value(),
            &[
                PyStr::new(class.name),
                Tuple::new(vec![base]),
                dict_value.clone(),
            ],
            None,
        )?;
        let set = |name: &str, value: Value| protocol::setattr(&made, &intern(name), Some(&value));
        if !matches!(class.kind, ClassKind::Constructor) {
            set(
                "_attributes",
                Tuple::new(class.attributes().iter().map(|a| intern(a)).collect()),
            )?;
        }
        for (name, ty) in class.field_types() {
            if ty.optional && !ty.sequence {
                set(name, none())?;
            }
        }
        if !class.attributes().is_empty() && class.optional_end_positions() {
            set("end_lineno", none())?;
            set("end_col_offset", none())?;
        }
        classes.insert(class.name, made);
    }
    for class in NODE_CLASSES {
        if matches!(class.kind, ClassKind::Sum { .. }) {
            continue;
        }
        let types = Dict::new_value();
        for (name, ty) in class.field_types() {
            let d = types.downcast::<Dict>().expect("dict");
            d.set_str(name, field_type_value(&ty, &classes)?);
        }
        let made = &classes[class.name];
        protocol::setattr(made, &intern("_field_types"), Some(&types))?;
        // What `type.__annotations__ = types` stores in 3.14 (`type_set_annotations`).
        let class = TypeRef::from_value(made).expect("class");
        let class_dict = class.payload().dict();
        let class_dict = class_dict.downcast::<Dict>().expect("type dict");
        class_dict.set_str("__annotations_cache__", types);
        class.payload().modified();
    }
    let mut singletons = HashMap::new();
    for class in NODE_CLASSES.iter().filter(|c| is_simple_constructor(c)) {
        let ty = TypeRef::from_value(&classes[class.name]).expect("class");
        singletons.insert(class.name, alloc_typed(&ty, AstNode));
    }
    Ok(State {
        classes,
        singletons,
    })
}

/// A constructor of a simple sum (`Load`, `Add`): one shared instance.
fn is_simple_constructor(class: &NodeClass) -> bool {
    class.kind == ClassKind::Constructor
        && class
            .base
            .and_then(NodeClass::find)
            .is_some_and(|b| matches!(b.kind, ClassKind::Sum { simple: true, .. }))
}

/// A `_field_types` value: the class, `list[T]` or `T | None`.
fn field_type_value(ty: &FieldType, classes: &HashMap<&'static str, Value>) -> PyResult {
    let base = match ty.name {
        "identifier" | "string" => ouro_objects::str::STR_TYPE.value(),
        "int" => int::INT_TYPE.value(),
        "constant" => ouro_objects::typeobj::OBJECT_TYPE.value(),
        name => classes[name].clone(),
    };
    if ty.sequence {
        genericalias::new(ouro_objects::list::LIST_TYPE.value(), base)
    } else if ty.optional {
        union::union_or(&base, &NONE_TYPE.value())
    } else {
        Ok(base)
    }
}

fn ast_types() -> Vec<&'static PyObj<TypeObject>> {
    vec![&AST_TYPE]
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    let state = state()?;
    for class in NODE_CLASSES {
        m.set(class.name, state.class(class.name).clone());
    }
    for (name, value) in [
        ("PyCF_ONLY_AST", PY_CF_ONLY_AST),
        ("PyCF_TYPE_COMMENTS", PY_CF_TYPE_COMMENTS),
        ("PyCF_ALLOW_TOP_LEVEL_AWAIT", PY_CF_ALLOW_TOP_LEVEL_AWAIT),
        ("PyCF_OPTIMIZED_AST", PY_CF_OPTIMIZED_AST),
    ] {
        m.set(name, int::from_i64(value as i64));
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_ast",
    doc: "",
    functions: &[],
    types: ast_types,
    init,
};
