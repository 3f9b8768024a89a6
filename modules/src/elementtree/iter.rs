//! `_elementtree._element_iterator`: the depth-first walk behind `Element.iter` and `Element.itertext`; mirrors Modules/_elementtree.c's elementiter_next.

use std::cell::RefCell;

use ouro_objects::core::alloc_typed;
use ouro_objects::err::PyResult;
use ouro_objects::none::is_none;
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type};

use super::element::{child, this};

/// What the walk yields: elements whose tag equals the filter (all when
/// `None`), or the text and tails of the tree.
pub enum ElementIterKind {
    Elements(Option<Value>),
    Text,
}

/// One open element on the walk: the next child to visit, and whether its
/// tail is yielded when it is left (not for the root).
struct Open {
    elem: Value,
    next_child: usize,
    yields_tail: bool,
}

struct Walk {
    root: Option<Value>,
    stack: Vec<Open>,
}

pub struct ElementIter {
    kind: ElementIterKind,
    walk: RefCell<Walk>,
}

pub fn new_iter(root: Value, kind: ElementIterKind) -> Value {
    alloc_typed(
        &TypeRef::from_static(&ELEMENT_ITER_TYPE),
        ElementIter {
            kind,
            walk: RefCell::new(Walk {
                root: Some(root),
                stack: Vec::new(),
            }),
        },
    )
}

fn iter_this(v: &Value) -> &ElementIter {
    v.downcast::<ElementIter>().expect("_element_iterator")
}

fn iter_self(v: &Value) -> PyResult {
    Ok(v.clone())
}

/// The next element of the walk, pushing it so its children follow.
fn next_element(walk: &RefCell<Walk>) -> Option<Value> {
    let mut w = walk.borrow_mut();
    if let Some(root) = w.root.take() {
        w.stack.push(Open {
            elem: root.clone(),
            next_child: 0,
            yields_tail: false,
        });
        return Some(root);
    }
    loop {
        let top = w.stack.last_mut()?;
        match child(&top.elem, top.next_child) {
            Some(c) => {
                top.next_child += 1;
                w.stack.push(Open {
                    elem: c.clone(),
                    next_child: 0,
                    yields_tail: true,
                });
                return Some(c);
            }
            None => {
                w.stack.pop();
            }
        }
    }
}

fn tag_matches(elem: &Value, tag: &Value) -> PyResult<bool> {
    let own = this(elem).tag.borrow().clone();
    protocol::richcompare_bool(&own, tag, CompareOp::Eq)
}

fn truthy(v: &Value) -> PyResult<Option<Value>> {
    Ok((!is_none(v) && protocol::is_true(v)?).then(|| v.clone()))
}

/// A move of the text walk: into a child, or out of a finished element.
enum TextStep {
    Enter(Value),
    Leave(Open),
}

fn next_text(walk: &RefCell<Walk>) -> PyResult<Option<Value>> {
    let root = walk.borrow_mut().root.take();
    if let Some(root) = root {
        walk.borrow_mut().stack.push(Open {
            elem: root.clone(),
            next_child: 0,
            yields_tail: false,
        });
        let text = this(&root).text.borrow().clone();
        if let Some(t) = truthy(&text)? {
            return Ok(Some(t));
        }
    }
    loop {
        let step = {
            let mut w = walk.borrow_mut();
            let Some(top) = w.stack.last_mut() else {
                return Ok(None);
            };
            match child(&top.elem, top.next_child) {
                Some(c) => {
                    top.next_child += 1;
                    TextStep::Enter(c)
                }
                None => TextStep::Leave(w.stack.pop().expect("open element")),
            }
        };
        match step {
            TextStep::Enter(c) => {
                walk.borrow_mut().stack.push(Open {
                    elem: c.clone(),
                    next_child: 0,
                    yields_tail: true,
                });
                let text = this(&c).text.borrow().clone();
                if let Some(t) = truthy(&text)? {
                    return Ok(Some(t));
                }
            }
            TextStep::Leave(closed) if closed.yields_tail => {
                let tail = this(&closed.elem).tail.borrow().clone();
                if let Some(t) = truthy(&tail)? {
                    return Ok(Some(t));
                }
            }
            TextStep::Leave(_) => {}
        }
    }
}

fn iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = iter_this(v);
    match &it.kind {
        ElementIterKind::Text => next_text(&it.walk),
        ElementIterKind::Elements(tag) => loop {
            let Some(elem) = next_element(&it.walk) else {
                return Ok(None);
            };
            match tag {
                Some(t) if !tag_matches(&elem, t)? => {}
                _ => return Ok(Some(elem)),
            }
        },
    }
}

builtin_type!(pub static ELEMENT_ITER_TYPE: ElementIter = TypeSpec {
    name: "_elementtree._element_iterator",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(iter_self), iternext: Some(iter_next), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});
