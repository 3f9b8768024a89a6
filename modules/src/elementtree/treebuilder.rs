//! `xml.etree.ElementTree.TreeBuilder`: builds an element tree from start/data/end calls; mirrors Modules/_elementtree.c's treebuilder_* functions.

use std::cell::RefCell;

use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, index_error, type_error};
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none};
use ouro_objects::protocol;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type};

use super::element::{expected_element, is_element, new_element, this as element};

/// The builder's state: `open` holds the elements whose end tag is still
/// to come (CPython's `this` is its last entry); pending character data
/// goes to `last`'s text, or to `last_for_tail`'s tail once set.
#[derive(Default)]
struct State {
    element_factory: Option<Value>,
    comment_factory: Option<Value>,
    pi_factory: Option<Value>,
    insert_comments: bool,
    insert_pis: bool,
    root: Option<Value>,
    open: Vec<Value>,
    last: Option<Value>,
    last_for_tail: Option<Value>,
    data: Vec<Value>,
}

pub struct TreeBuilder {
    state: RefCell<State>,
}

fn this(v: &Value) -> &TreeBuilder {
    v.downcast::<TreeBuilder>().expect("TreeBuilder")
}

/// A builder with no factories, as `XMLParser()` makes for itself without
/// running `__init__` (so comments and PIs stay plain).
pub fn new_plain() -> Value {
    alloc_typed(
        &TypeRef::from_static(&TREE_BUILDER_TYPE),
        TreeBuilder {
            state: RefCell::new(State::default()),
        },
    )
}

fn treebuilder_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        TreeBuilder {
            state: RefCell::new(State::default()),
        },
    ))
}

fn treebuilder_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let args = Args::new(args, kwnames);
    let n = args.positional().len();
    if n > 1 {
        return Err(type_error(format!(
            "TreeBuilder() takes at most 1 positional argument ({n} given)"
        )));
    }
    let [
        element_factory,
        comment_factory,
        pi_factory,
        insert_comments,
        insert_pis,
    ] = args.parse(
        "TreeBuilder",
        [
            "element_factory",
            "comment_factory",
            "pi_factory",
            "insert_comments",
            "insert_pis",
        ],
        0,
        0,
        5,
    )?;
    let given = |f: Option<Value>| f.filter(|f| !is_none(f));
    let (default_comment, default_pi) = super::factories();
    let comment_factory = given(comment_factory).or_else(|| given(Some(default_comment)));
    let pi_factory = given(pi_factory).or_else(|| given(Some(default_pi)));
    let flag = |f: Option<Value>| f.map_or(Ok(false), |f| protocol::is_true(&f));
    let insert_comments = flag(insert_comments)? && comment_factory.is_some();
    let insert_pis = flag(insert_pis)? && pi_factory.is_some();
    this(v).state.replace(State {
        element_factory: given(element_factory),
        comment_factory,
        pi_factory,
        insert_comments,
        insert_pis,
        ..State::default()
    });
    Ok(())
}

/// `treebuilder_extend_element_text_or_tail`: the pending data, joined,
/// is appended to `element.text` (or `.tail`).
fn flush(v: &Value) -> PyResult<()> {
    let (data, target, is_tail) = {
        let mut s = this(v).state.borrow_mut();
        if s.data.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut s.data);
        match (&s.last_for_tail, &s.last) {
            (Some(t), _) => (data, t.clone(), true),
            (None, Some(l)) => (data, l.clone(), false),
            (None, None) => return Ok(()),
        }
    };
    let joined = if data.len() == 1 {
        data.into_iter().next().expect("one item")
    } else {
        protocol::call_method(&PyStr::new(""), "join", &[List::from_vec(data)])?
    };
    let name = if is_tail { "tail" } else { "text" };
    let previous = protocol::getattr_str(&target, name)?;
    let value = if is_none(&previous) {
        joined
    } else {
        protocol::binary_op(&previous, &joined, NbOp::Add)?
    };
    protocol::setattr(&target, &PyStr::new(name), Some(&value))
}

/// Appends `child` to `parent`, through its `append` method unless the
/// parent is a plain `Element`.
fn add_subelement(parent: &Value, child: Value) -> PyResult<()> {
    if std::ptr::eq(parent.type_obj(), &super::ELEMENT_TYPE) {
        if !is_element(&child) {
            return Err(expected_element(&child));
        }
        element(parent).children.borrow_mut().push(child);
        return Ok(());
    }
    protocol::call_method(parent, "append", &[child]).map(drop)
}

fn positional<const N: usize>(
    fname: &str,
    args: &Args,
    min: usize,
) -> PyResult<[Option<Value>; N]> {
    args.no_keywords(fname)?;
    let pos = args.positional();
    if pos.len() < min || pos.len() > N {
        let expected = if min == N {
            format!("{N}")
        } else {
            format!("from {min} to {N}")
        };
        return Err(type_error(format!(
            "{fname} expected {expected} arguments, got {}",
            pos.len()
        )));
    }
    Ok(std::array::from_fn(|i| pos.get(i).cloned()))
}

fn start(v: &Value, args: Args) -> PyResult {
    let [tag, attrs] = positional::<2>("start", &args, 2)?;
    let (tag, attrs) = (tag.unwrap_or_else(none), attrs.unwrap_or_else(none));
    if attrs.downcast::<Dict>().is_none() {
        return Err(type_error(format!(
            "start() argument 2 must be dict, not {}",
            arg_type_name(&attrs)
        )));
    }
    flush(v)?;
    let factory = this(v).state.borrow().element_factory.clone();
    let node = match factory {
        None => new_element(tag, Some(attrs)),
        Some(f) => protocol::call(&f, &[tag, attrs], None)?,
    };
    let parent = this(v).state.borrow().open.last().cloned();
    match parent {
        Some(p) => add_subelement(&p, node.clone())?,
        None => {
            if this(v).state.borrow().root.is_some() {
                return Err(super::parse_error("multiple elements on top level"));
            }
            this(v).state.borrow_mut().root = Some(node.clone());
        }
    }
    let mut s = this(v).state.borrow_mut();
    s.open.push(node.clone());
    s.last = Some(node.clone());
    s.last_for_tail = None;
    Ok(node)
}

fn end(v: &Value, args: Args) -> PyResult {
    positional::<1>("end", &args, 1)?;
    flush(v)?;
    let mut s = this(v).state.borrow_mut();
    let Some(closed) = s.open.pop() else {
        return Err(index_error("pop from empty stack"));
    };
    s.last = Some(closed.clone());
    s.last_for_tail = Some(closed.clone());
    Ok(closed)
}

fn data(v: &Value, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.len() != 1 || args.kw_count() > 0 {
        return Err(type_error(format!(
            "TreeBuilder.data() takes exactly one argument ({} given)",
            pos.len() + args.kw_count()
        )));
    }
    this(v).state.borrow_mut().data.push(pos[0].clone());
    Ok(none())
}

/// Makes a comment or processing instruction with `factory` (or returns
/// `plain` without one), putting it into the open element when the
/// builder inserts them.
fn handle_single(
    v: &Value,
    factory: Option<Value>,
    insert: bool,
    args: &[Value],
    plain: Value,
) -> PyResult {
    flush(v)?;
    let Some(factory) = factory else {
        return Ok(plain);
    };
    let node = protocol::call(&factory, args, None)?;
    let parent = this(v).state.borrow().open.last().cloned();
    if let (true, Some(parent)) = (insert, parent) {
        add_subelement(&parent, node.clone())?;
        this(v).state.borrow_mut().last_for_tail = Some(node.clone());
    }
    Ok(node)
}

/// `comment(text)`: the comment the factory makes, or else `text`.
fn comment(v: &Value, args: Args) -> PyResult {
    let [text] = positional::<1>("comment", &args, 1)?;
    let text = text.unwrap_or_else(none);
    let (factory, insert) = {
        let s = this(v).state.borrow();
        (s.comment_factory.clone(), s.insert_comments)
    };
    handle_single(
        v,
        factory,
        insert,
        std::slice::from_ref(&text),
        text.clone(),
    )
}

/// `pi(target, text=None)`: the instruction the factory makes, or else
/// the pair `(target, text)`.
fn pi(v: &Value, args: Args) -> PyResult {
    let [target, text] = positional::<2>("pi", &args, 1)?;
    let target = target.unwrap_or_else(none);
    let text = text.unwrap_or_else(none);
    let (factory, insert) = {
        let s = this(v).state.borrow();
        (s.pi_factory.clone(), s.insert_pis)
    };
    let pair = Tuple::new(vec![target.clone(), text.clone()]);
    handle_single(v, factory, insert, &[target, text], pair)
}

fn close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    Ok(this(v).state.borrow().root.clone().unwrap_or_else(none))
}

builtin_type!(pub static TREE_BUILDER_TYPE: TreeBuilder = TypeSpec {
    name: "xml.etree.ElementTree.TreeBuilder",
    flags: flags::BASETYPE,
    slots: SlotDefs { new: Some(treebuilder_new), init: Some(treebuilder_init), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("data", data, "data($self, data, /)\n--\n\n"),
        MethodDef::new("start", start, "start($self, tag, attrs, /)\n--\n\n"),
        MethodDef::new("end", end, "end($self, tag, /)\n--\n\n"),
        MethodDef::new("comment", comment, "comment($self, text, /)\n--\n\n"),
        MethodDef::new("pi", pi, "pi($self, target, text=None, /)\n--\n\n"),
        MethodDef::new("close", close, "close($self, /)\n--\n\n"),
    ],
    ..TypeSpec::DEFAULT
});
