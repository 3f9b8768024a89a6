//! `xml.etree.ElementTree.Element` and `SubElement`; mirrors Modules/_elementtree.c's element_* functions.

use std::cell::RefCell;

use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, index_error, type_error, value_error};
use ouro_objects::int::from_usize;
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::slice::Slice;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, exceptions, warnings};

use super::iter::{ElementIterKind, new_iter};

/// One element: `attrib` stays `None` until someone asks for it, as
/// CPython's `extra` does.
pub struct Element {
    pub tag: RefCell<Value>,
    attrib: RefCell<Option<Value>>,
    pub text: RefCell<Value>,
    pub tail: RefCell<Value>,
    pub children: RefCell<Vec<Value>>,
}

pub fn this(v: &Value) -> &Element {
    v.downcast::<Element>().expect("Element")
}

pub fn is_element(v: &Value) -> bool {
    v.downcast::<Element>().is_some()
}

/// The child at `i`, or `None` past the end.
pub fn child(v: &Value, i: usize) -> Option<Value> {
    this(v).children.borrow().get(i).cloned()
}

/// `create_new_element`: a plain `Element` (never a subclass) that keeps
/// `attrib` itself, as `__copy__` relies on.
pub fn new_element(tag: Value, attrib: Option<Value>) -> Value {
    let attrib = attrib.filter(|a| a.downcast::<Dict>().is_some_and(|d| !d.is_empty()));
    alloc_typed(
        &TypeRef::from_static(&ELEMENT_TYPE),
        Element {
            tag: RefCell::new(tag),
            attrib: RefCell::new(attrib),
            text: RefCell::new(none()),
            tail: RefCell::new(none()),
            children: RefCell::new(Vec::new()),
        },
    )
}

fn not_element(fname: &str, arg: Option<usize>, v: &Value) -> PyErr {
    let which = arg.map_or_else(String::new, |n| format!(" {n}"));
    type_error(format!(
        "{fname}() argument{which} must be xml.etree.ElementTree.Element, not {}",
        arg_type_name(v)
    ))
}

pub fn expected_element(v: &Value) -> PyErr {
    type_error(format!("expected an Element, not \"{}\"", arg_type_name(v)))
}

fn dict_arg(fname: &str, n: usize, v: &Value) -> PyResult<()> {
    if v.downcast::<Dict>().is_none() {
        return Err(type_error(format!(
            "{fname}() argument {n} must be dict, not {}",
            arg_type_name(v)
        )));
    }
    Ok(())
}

/// The attribute dict `Element()` and `SubElement()` start from: a copy of
/// the positional `attrib` updated with the keywords, or else the keywords
/// with an `attrib=` dict merged in first (`get_attrib_from_keywords`).
fn merged_attrib(attrib: Option<&Value>, args: &Args) -> PyResult<Option<Value>> {
    let mut keywords = args.keywords();
    if attrib.is_none() && keywords.is_empty() {
        return Ok(None);
    }
    let merged = Dict::new_value();
    let d = merged.downcast::<Dict>().expect("dict");
    match attrib {
        Some(a) => d.update_from(a)?,
        None => {
            let named = keywords.iter().position(|(k, _)| {
                k.downcast::<PyStr>()
                    .is_some_and(|s| s.as_ascii_str() == Some("attrib"))
            });
            if let Some(i) = named {
                let (_, a) = keywords.remove(i);
                if a.downcast::<Dict>().is_none() {
                    return Err(type_error(format!(
                        "attrib must be dict, not {}",
                        arg_type_name(&a)
                    )));
                }
                d.update_from(&a)?;
            }
        }
    }
    for (k, v) in keywords {
        d.set_item(k, v)?;
    }
    Ok(Some(merged))
}

fn element_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        Element {
            tag: RefCell::new(none()),
            attrib: RefCell::new(None),
            text: RefCell::new(none()),
            tail: RefCell::new(none()),
            children: RefCell::new(Vec::new()),
        },
    ))
}

fn element_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let args = Args::new(args, kwnames);
    let pos = args.positional();
    match pos.len() {
        0 => return Err(type_error("Element() takes at least 1 argument (0 given)")),
        1 | 2 => {}
        n => {
            return Err(type_error(format!(
                "Element() takes at most 2 arguments ({n} given)"
            )));
        }
    }
    if let Some(a) = pos.get(1) {
        dict_arg("Element", 2, a)?;
    }
    let attrib = merged_attrib(pos.get(1), &args)?;
    let e = this(v);
    e.tag.replace(pos[0].clone());
    e.text.replace(none());
    e.tail.replace(none());
    // As CPython's `create_extra`: new attributes come with a fresh child
    // list; without any, a re-initialised element keeps both.
    if let Some(attrib) = attrib {
        e.attrib.replace(Some(attrib));
        let old = std::mem::take(&mut *e.children.borrow_mut());
        drop(old);
    }
    Ok(())
}

/// `SubElement(parent, tag, attrib={}, **extra)`.
pub fn sub_element(_m: &Value, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.len() < 2 || pos.len() > 3 {
        let n = pos.len();
        let bound = if n < 2 { "least 2" } else { "most 3" };
        return Err(type_error(format!(
            "SubElement() takes at {bound} arguments ({n} given)"
        )));
    }
    if !is_element(&pos[0]) {
        return Err(not_element("SubElement", Some(1), &pos[0]));
    }
    if let Some(a) = pos.get(2) {
        dict_arg("SubElement", 3, a)?;
    }
    let attrib = merged_attrib(pos.get(2), &args)?;
    let elem = new_element(pos[1].clone(), attrib);
    this(&pos[0]).children.borrow_mut().push(elem.clone());
    Ok(elem)
}

fn element_repr(v: &Value) -> PyResult {
    let tag = this(v).tag.borrow().clone();
    let Some(_guard) = ouro_objects::reprguard::enter(v) else {
        return Err(runtime_error_reentrant(v));
    };
    let tag = protocol::repr_string(&tag)?;
    Ok(PyStr::new(&format!("<Element {tag} at {:#x}>", v.word())))
}

fn runtime_error_reentrant(v: &Value) -> PyErr {
    ouro_objects::err::runtime_error(format!(
        "reentrant call inside {}.__repr__",
        v.type_obj().payload().tp_name()
    ))
}

fn append(v: &Value, args: Args) -> PyResult {
    args.no_keywords("append")?;
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "append() takes exactly one argument ({} given)",
            pos.len()
        )));
    }
    if !is_element(&pos[0]) {
        return Err(not_element("append", Some(1), &pos[0]));
    }
    this(v).children.borrow_mut().push(pos[0].clone());
    Ok(none())
}

fn extend(v: &Value, args: Args) -> PyResult {
    let elements = args.one("extend")?;
    let it = protocol::iter(elements).map_err(|_| type_error("'elements' must be an iterable"))?;
    let items = protocol::collect(&it)?;
    for item in items {
        if !is_element(&item) {
            return Err(expected_element(&item));
        }
        this(v).children.borrow_mut().push(item);
    }
    Ok(none())
}

fn insert(v: &Value, args: Args) -> PyResult {
    args.no_keywords("insert")?;
    let pos = args.positional();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            pos.len()
        )));
    }
    let index = protocol::index_as_isize(&pos[0])?;
    if !is_element(&pos[1]) {
        return Err(not_element("insert", Some(2), &pos[1]));
    }
    let mut children = this(v).children.borrow_mut();
    let n = children.len() as isize;
    let at = if index < 0 {
        (index + n).max(0)
    } else {
        index.min(n)
    };
    children.insert(at as usize, pos[1].clone());
    Ok(none())
}

fn remove(v: &Value, args: Args) -> PyResult {
    let sub = args.one("remove")?;
    if !is_element(sub) {
        return Err(not_element("remove", None, sub));
    }
    let mut i = 0;
    while let Some(c) = child(v, i) {
        if c.is(sub) || protocol::richcompare_bool(&c, sub, CompareOp::Eq)? {
            let mut children = this(v).children.borrow_mut();
            if i < children.len() && children[i].is(&c) {
                let removed = children.remove(i);
                drop(children);
                drop(removed);
            }
            return Ok(none());
        }
        i += 1;
    }
    Err(value_error("Element.remove(x): element not found"))
}

fn element_path(name: &str, call_args: &[Value]) -> PyResult {
    let module = ouro_eval::import::import_module("xml.etree.ElementPath")?;
    let f = protocol::getattr_str(&module, name)?;
    protocol::call(&f, call_args, None)
}

fn find(v: &Value, args: Args) -> PyResult {
    let [path, namespaces] = args.parse("find", ["path", "namespaces"], 0, 1, 2)?;
    let path = path.unwrap_or_else(none);
    element_path("find", &[v.clone(), path, namespaces.unwrap_or_else(none)])
}

fn findall(v: &Value, args: Args) -> PyResult {
    let [path, namespaces] = args.parse("findall", ["path", "namespaces"], 0, 1, 2)?;
    let path = path.unwrap_or_else(none);
    element_path(
        "findall",
        &[v.clone(), path, namespaces.unwrap_or_else(none)],
    )
}

fn iterfind(v: &Value, args: Args) -> PyResult {
    let [path, namespaces] = args.parse("iterfind", ["path", "namespaces"], 0, 1, 2)?;
    let path = path.unwrap_or_else(none);
    element_path(
        "iterfind",
        &[v.clone(), path, namespaces.unwrap_or_else(none)],
    )
}

fn findtext(v: &Value, args: Args) -> PyResult {
    let [path, default, namespaces] =
        args.parse("findtext", ["path", "default", "namespaces"], 0, 1, 3)?;
    element_path(
        "findtext",
        &[
            v.clone(),
            path.unwrap_or_else(none),
            default.unwrap_or_else(none),
            namespaces.unwrap_or_else(none),
        ],
    )
}

fn iter(v: &Value, args: Args) -> PyResult {
    let [tag] = args.parse("iter", ["tag"], 0, 0, 1)?;
    let tag = tag.filter(|t| !is_none(t));
    let tag = match tag {
        Some(t)
            if t.downcast::<PyStr>()
                .is_some_and(|s| s.as_ascii_str() == Some("*")) =>
        {
            None
        }
        other => other,
    };
    Ok(new_iter(v.clone(), ElementIterKind::Elements(tag)))
}

fn itertext(v: &Value, args: Args) -> PyResult {
    args.none("itertext")?;
    Ok(new_iter(v.clone(), ElementIterKind::Text))
}

fn get(v: &Value, args: Args) -> PyResult {
    let [key, default] = args.parse("get", ["key", "default"], 0, 1, 2)?;
    let key = key.unwrap_or_else(none);
    let default = default.unwrap_or_else(none);
    let attrib = this(v).attrib.borrow().clone();
    let Some(attrib) = attrib else {
        return Ok(default);
    };
    let d = attrib.downcast::<Dict>().expect("dict");
    Ok(d.get_item_opt(&key)?.unwrap_or(default))
}

fn set(v: &Value, args: Args) -> PyResult {
    args.no_keywords("set")?;
    let pos = args.positional();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "set expected 2 arguments, got {}",
            pos.len()
        )));
    }
    let attrib = attrib_dict(v);
    attrib
        .downcast::<Dict>()
        .expect("dict")
        .set_item(pos[0].clone(), pos[1].clone())?;
    Ok(none())
}

/// The attribute dict, made on first use.
fn attrib_dict(v: &Value) -> Value {
    let e = this(v);
    let existing = e.attrib.borrow().clone();
    existing.unwrap_or_else(|| {
        let d = Dict::new_value();
        e.attrib.replace(Some(d.clone()));
        d
    })
}

fn keys(v: &Value, args: Args) -> PyResult {
    args.none("keys")?;
    let attrib = this(v).attrib.borrow().clone();
    match attrib {
        Some(a) => Ok(List::from_vec(a.downcast::<Dict>().expect("dict").keys())),
        None => Ok(List::from_vec(Vec::new())),
    }
}

fn items(v: &Value, args: Args) -> PyResult {
    args.none("items")?;
    let attrib = this(v).attrib.borrow().clone();
    let pairs = match attrib {
        Some(a) => a.downcast::<Dict>().expect("dict").items(),
        None => Vec::new(),
    };
    Ok(List::from_vec(
        pairs
            .into_iter()
            .map(|(k, x)| Tuple::new(vec![k, x]))
            .collect(),
    ))
}

fn makeelement(_v: &Value, args: Args) -> PyResult {
    args.no_keywords("makeelement")?;
    let pos = args.positional();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "makeelement expected 2 arguments, got {}",
            pos.len()
        )));
    }
    dict_arg("makeelement", 2, &pos[1])?;
    let copy = Dict::new_value();
    copy.downcast::<Dict>()
        .expect("dict")
        .update_from(&pos[1])?;
    Ok(new_element(pos[0].clone(), Some(copy)))
}

fn clear(v: &Value, args: Args) -> PyResult {
    args.none("clear")?;
    let e = this(v);
    let children = std::mem::take(&mut *e.children.borrow_mut());
    let attrib = e.attrib.replace(None);
    let text = e.text.replace(none());
    let tail = e.tail.replace(none());
    drop((children, attrib, text, tail));
    Ok(none())
}

fn copy(v: &Value, args: Args) -> PyResult {
    args.none("__copy__")?;
    let e = this(v);
    let elem = new_element(e.tag.borrow().clone(), e.attrib.borrow().clone());
    let n = this(&elem);
    n.text.replace(e.text.borrow().clone());
    n.tail.replace(e.tail.borrow().clone());
    n.children.replace(e.children.borrow().clone());
    Ok(elem)
}

fn deepcopy(v: &Value, args: Args) -> PyResult {
    let memo = args.one("__deepcopy__")?;
    if memo.downcast::<Dict>().is_none() {
        return Err(not_dict("__deepcopy__", memo));
    }
    let copy_mod = ouro_eval::import::import_module("copy")?;
    let deep = protocol::getattr_str(&copy_mod, "deepcopy")?;
    let dc = |x: Value| protocol::call(&deep, &[x, memo.clone()], None);
    let e = this(v);
    let tag = dc(e.tag.borrow().clone())?;
    let attrib = match e.attrib.borrow().clone() {
        Some(a) => Some(dc(a)?),
        None => None,
    };
    let elem = new_element(tag, attrib);
    let mut children = Vec::new();
    let mut i = 0;
    while let Some(c) = child(v, i) {
        let c = dc(c)?;
        if !is_element(&c) {
            return Err(expected_element(&c));
        }
        children.push(c);
        i += 1;
    }
    let n = this(&elem);
    n.children.replace(children);
    n.text.replace(dc(e.text.borrow().clone())?);
    n.tail.replace(dc(e.tail.borrow().clone())?);
    memo.downcast::<Dict>()
        .expect("dict")
        .set_item(from_usize(v.word()), elem.clone())?;
    Ok(elem)
}

fn not_dict(fname: &str, v: &Value) -> PyErr {
    type_error(format!(
        "{fname}() argument must be dict, not {}",
        arg_type_name(v)
    ))
}

fn sizeof(v: &Value, args: Args) -> PyResult {
    args.none("__sizeof__")?;
    let n = this(v).children.borrow().len();
    Ok(from_usize(
        std::mem::size_of::<Element>() + n * std::mem::size_of::<Value>(),
    ))
}

fn getstate(v: &Value, args: Args) -> PyResult {
    args.none("__getstate__")?;
    let e = this(v);
    let state = Dict::new_value();
    let d = state.downcast::<Dict>().expect("dict");
    d.set_str("tag", e.tag.borrow().clone());
    d.set_str("_children", List::from_vec(e.children.borrow().clone()));
    let attrib = e.attrib.borrow().clone().unwrap_or_else(Dict::new_value);
    d.set_str("attrib", attrib);
    d.set_str("text", e.text.borrow().clone());
    d.set_str("tail", e.tail.borrow().clone());
    Ok(state)
}

fn setstate(v: &Value, args: Args) -> PyResult {
    let state = args.one("__setstate__")?;
    let Some(d) = state.downcast::<Dict>() else {
        let r = protocol::repr_string(state)?;
        return Err(type_error(format!(
            "Don't know how to unpickle \"{r}\" as an Element"
        )));
    };
    let mut fields: [Option<Value>; 5] = Default::default();
    let names = ["tag", "attrib", "text", "tail", "_children"];
    for (k, x) in d.items() {
        let slot = k
            .downcast::<PyStr>()
            .and_then(|s| names.iter().position(|n| s.as_ascii_str() == Some(*n)));
        match slot {
            Some(i) => fields[i] = Some(x),
            None => {
                let key = protocol::repr_string(&k)?;
                let key = key.trim_matches('\'');
                return Err(type_error(format!(
                    "this function got an unexpected keyword argument '{key}'"
                )));
            }
        }
    }
    let [tag, attrib, text, tail, children] = fields;
    let Some(tag) = tag else {
        return Err(type_error("tag may not be NULL"));
    };
    let e = this(v);
    e.tag.replace(tag);
    e.text.replace(text.unwrap_or_else(none));
    e.tail.replace(tail.unwrap_or_else(none));
    let old = std::mem::take(&mut *e.children.borrow_mut());
    drop(old);
    let children = match children {
        None => Vec::new(),
        Some(c) if is_none(&c) => Vec::new(),
        Some(c) => match c.downcast::<List>() {
            Some(l) => l.to_vec(),
            None => return Err(type_error("'_children' is not a list")),
        },
    };
    if let Some(c) = children.iter().find(|c| !is_element(c)) {
        return Err(expected_element(c));
    }
    e.children.replace(children);
    // CPython stores any non-None `attrib` here unchecked and fails later;
    // Ouro refuses a non-dict up front.
    match attrib {
        Some(a) if is_none(&a) => {}
        None => {}
        Some(a) if a.downcast::<Dict>().is_none() => {
            return Err(type_error(format!(
                "attrib must be dict, not {}",
                arg_type_name(&a)
            )));
        }
        Some(a) => {
            e.attrib.replace(Some(a));
        }
    }
    Ok(none())
}

fn element_bool(v: &Value) -> PyResult<bool> {
    warnings::warn(
        &exceptions::DEPRECATION_WARNING,
        "Testing an element's truth value will always return True in future versions.  Use specific 'len(elem)' or 'elem is not None' test instead.",
        1,
    )?;
    Ok(!this(v).children.borrow().is_empty())
}

fn element_len(v: &Value) -> PyResult<usize> {
    Ok(this(v).children.borrow().len())
}

/// An `int` index into `n` children, `None` when out of range.
fn child_index(key: &Value, n: usize) -> PyResult<Option<usize>> {
    let i = protocol::index_as_isize_or(key, &exceptions::INDEX_ERROR)?;
    let j = if i < 0 { i + n as isize } else { i };
    Ok((0..n as isize).contains(&j).then_some(j as usize))
}

/// The positions a slice selects among `n` children.
fn slice_positions(s: &Slice, n: usize) -> PyResult<Vec<usize>> {
    let (start, _stop, step, len) = s.indices_for(n)?;
    Ok((0..len as isize)
        .map(|k| (start + k * step) as usize)
        .collect())
}

fn element_getitem(v: &Value, key: &Value) -> PyResult {
    if let Some(s) = key.downcast::<Slice>() {
        let children = this(v).children.borrow().clone();
        let picked = slice_positions(s, children.len())?;
        return Ok(List::from_vec(
            picked.into_iter().map(|i| children[i].clone()).collect(),
        ));
    }
    if !protocol::has_index(key) {
        return Err(type_error("element indices must be integers"));
    }
    let n = this(v).children.borrow().len();
    match child_index(key, n)?.and_then(|i| child(v, i)) {
        Some(c) => Ok(c),
        None => Err(index_error("child index out of range")),
    }
}

fn element_setitem(v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    if let Some(s) = key.downcast::<Slice>() {
        return set_slice(v, s, value);
    }
    if !protocol::has_index(key) {
        return Err(type_error("element indices must be integers"));
    }
    let n = this(v).children.borrow().len();
    let Some(i) = child_index(key, n)? else {
        return Err(index_error("child assignment index out of range"));
    };
    let old = match value {
        Some(x) => {
            if !is_element(x) {
                return Err(expected_element(x));
            }
            std::mem::replace(&mut this(v).children.borrow_mut()[i], x.clone())
        }
        None => this(v).children.borrow_mut().remove(i),
    };
    drop(old);
    Ok(())
}

fn set_slice(v: &Value, s: &Slice, value: Option<&Value>) -> PyResult<()> {
    let n = this(v).children.borrow().len();
    let (start, stop, step, len) = s.indices_for(n)?;
    let positions = slice_positions(s, n)?;
    let Some(value) = value else {
        let mut children = this(v).children.borrow_mut();
        let mut keep = Vec::with_capacity(n - len);
        let old = std::mem::take(&mut *children);
        for (i, c) in old.into_iter().enumerate() {
            if !positions.contains(&i) {
                keep.push(c);
            }
        }
        *children = keep;
        return Ok(());
    };
    let it = protocol::iter(value).map_err(|_| type_error("assignment expects an iterable"))?;
    let items = protocol::collect(&it)?;
    for item in &items {
        if !is_element(item) {
            return Err(expected_element(item));
        }
    }
    let mut children = this(v).children.borrow_mut();
    if step == 1 {
        let lo = start.clamp(0, n as isize) as usize;
        let hi = (stop.max(start)).clamp(0, n as isize) as usize;
        let removed: Vec<Value> = children.splice(lo..hi, items).collect();
        drop(children);
        drop(removed);
        return Ok(());
    }
    if items.len() != len {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {len}",
            items.len()
        )));
    }
    for (pos, item) in positions.into_iter().zip(items) {
        children[pos] = item;
    }
    Ok(())
}

fn tag_get(v: &Value) -> PyResult {
    Ok(this(v).tag.borrow().clone())
}

fn cannot_delete() -> PyErr {
    PyErr::new(
        &exceptions::ATTRIBUTE_ERROR,
        "can't delete element attribute",
    )
}

fn tag_set(v: &Value, x: Option<&Value>) -> PyResult<()> {
    let x = x.ok_or_else(cannot_delete)?;
    this(v).tag.replace(x.clone());
    Ok(())
}

fn text_get(v: &Value) -> PyResult {
    Ok(this(v).text.borrow().clone())
}

fn text_set(v: &Value, x: Option<&Value>) -> PyResult<()> {
    let x = x.ok_or_else(cannot_delete)?;
    this(v).text.replace(x.clone());
    Ok(())
}

fn tail_get(v: &Value) -> PyResult {
    Ok(this(v).tail.borrow().clone())
}

fn tail_set(v: &Value, x: Option<&Value>) -> PyResult<()> {
    let x = x.ok_or_else(cannot_delete)?;
    this(v).tail.replace(x.clone());
    Ok(())
}

fn attrib_get(v: &Value) -> PyResult {
    Ok(attrib_dict(v))
}

fn attrib_set(v: &Value, x: Option<&Value>) -> PyResult<()> {
    let x = x.ok_or_else(cannot_delete)?;
    if x.downcast::<Dict>().is_none() {
        return Err(type_error(format!(
            "attrib must be dict, not {}",
            arg_type_name(x)
        )));
    }
    this(v).attrib.replace(Some(x.clone()));
    Ok(())
}

builtin_type!(pub static ELEMENT_TYPE: Element = TypeSpec {
    name: "xml.etree.ElementTree.Element",
    flags: flags::BASETYPE | flags::WEAKREFABLE,
    slots: SlotDefs {
        repr: Some(element_repr),
        bool: Some(element_bool),
        len: Some(element_len),
        getitem: Some(element_getitem),
        setitem: Some(element_setitem),
        new: Some(element_new),
        init: Some(element_init),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("clear", clear, "clear($self, /)\n--\n\n"),
        MethodDef::new("get", get, "get($self, /, key, default=None)\n--\n\n"),
        MethodDef::new("set", set, "set($self, key, value, /)\n--\n\n"),
        MethodDef::new("find", find, "find($self, /, path, namespaces=None)\n--\n\n"),
        MethodDef::new("findtext", findtext, "findtext($self, /, path, default=None, namespaces=None)\n--\n\n"),
        MethodDef::new("findall", findall, "findall($self, /, path, namespaces=None)\n--\n\n"),
        MethodDef::new("append", append, "append($self, subelement, /)\n--\n\n"),
        MethodDef::new("extend", extend, "extend($self, elements, /)\n--\n\n"),
        MethodDef::new("insert", insert, "insert($self, index, subelement, /)\n--\n\n"),
        MethodDef::new("remove", remove, "remove($self, subelement, /)\n--\n\n"),
        MethodDef::new("iter", iter, "iter($self, /, tag=None)\n--\n\n"),
        MethodDef::new("itertext", itertext, "itertext($self, /)\n--\n\n"),
        MethodDef::new("iterfind", iterfind, "iterfind($self, /, path, namespaces=None)\n--\n\n"),
        MethodDef::new("items", items, "items($self, /)\n--\n\n"),
        MethodDef::new("keys", keys, "keys($self, /)\n--\n\n"),
        MethodDef::new("makeelement", makeelement, "makeelement($self, tag, attrib, /)\n--\n\n"),
        MethodDef::new("__copy__", copy, "__copy__($self, /)\n--\n\n"),
        MethodDef::new("__deepcopy__", deepcopy, "__deepcopy__($self, memo, /)\n--\n\n"),
        MethodDef::new("__sizeof__", sizeof, "__sizeof__($self, /)\n--\n\n"),
        MethodDef::new("__getstate__", getstate, "__getstate__($self, /)\n--\n\n"),
        MethodDef::new("__setstate__", setstate, "__setstate__($self, state, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::with_setter("tag", tag_get, tag_set).with_doc("A string identifying what kind of data this element represents"),
        GetSetDef::with_setter("text", text_get, text_set).with_doc("A string of text directly after the start tag, or None"),
        GetSetDef::with_setter("tail", tail_get, tail_set).with_doc("A string of text directly after the end tag, or None"),
        GetSetDef::with_setter("attrib", attrib_get, attrib_set).with_doc("A dictionary containing the element's attributes"),
    ],
    ..TypeSpec::DEFAULT
});
