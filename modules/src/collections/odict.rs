//! `collections.OrderedDict` and its `odict_keys`/`odict_values`/`odict_items` views; mirrors Objects/odictobject.c. The order is the underlying dict's own insertion order, which `move_to_end` and `popitem` rearrange (`move_to_end(last=False)` rebuilds the dict: O(n) where CPython's linked list is O(1)); iterating while mutating reports dict's messages, not "OrderedDict mutated during iteration".

use ouro_objects::args::Args;
use ouro_objects::bool::py_bool;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{DICT_DEF, MethodDef};
use ouro_objects::dict::{DICT_TYPE, Dict};
use ouro_objects::dictviews::{
    DICT_ITEMS_TYPE, DICT_KEYS_TYPE, DICT_VALUES_TYPE, DictView, ViewKind, reverse_iter,
};
use ouro_objects::err::{PyResult, key_error};
use ouro_objects::none::{none, not_implemented};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, flags};
use ouro_objects::{PyObj, TypeRef, Value, builtin_subtype, reprguard};

fn dict(v: &Value) -> &Dict {
    v.downcast::<Dict>().expect("OrderedDict")
}

fn is_odict(v: &Value) -> bool {
    v.downcast::<Dict>().is_some() && v.type_obj().payload().is_subtype(ODICT_TYPE.payload())
}

fn odict_repr(v: &Value) -> PyResult {
    let name = v.type_obj().payload().name();
    let d = dict(v);
    if d.is_empty() {
        return Ok(PyStr::new(&format!("{name}()")));
    }
    let Some(_guard) = reprguard::enter(v) else {
        return Ok(PyStr::new("..."));
    };
    let copy = Dict::new_value();
    for (k, x) in d.items() {
        dict(&copy).set_item(k, x)?;
    }
    Ok(PyStr::new(&format!(
        "{name}({})",
        protocol::repr_string(&copy)?
    )))
}

/// Equality between two OrderedDicts also compares the order.
fn odict_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let dict_compare = DICT_TYPE
        .payload()
        .slots
        .richcompare
        .get()
        .expect("dict comparison");
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) || !is_odict(a) || !is_odict(b) {
        return dict_compare(a, b, op);
    }
    let equal = protocol::is_true(&dict_compare(a, b, CompareOp::Eq)?)? && {
        let (x, y) = (dict(a).keys(), dict(b).keys());
        let mut same = x.len() == y.len();
        for (p, q) in x.iter().zip(&y) {
            if !same {
                break;
            }
            same = p.is(q) || protocol::richcompare_bool(p, q, CompareOp::Eq)?;
        }
        same
    };
    Ok(py_bool(equal == matches!(op, CompareOp::Eq)))
}

/// `odict_or`: the OrderedDict operand's type, holding `left` updated with `right`.
fn odict_or(left: &Value, right: &Value) -> PyResult {
    let (ty, other) = if is_odict(left) {
        (left.type_value(), right)
    } else {
        (right.type_value(), left)
    };
    if other.downcast::<Dict>().is_none() {
        return Ok(not_implemented());
    }
    let result = protocol::call1(&ty, left.clone())?;
    protocol::call_method(&result, "update", std::slice::from_ref(right))?;
    Ok(result)
}

fn move_to_end(v: &Value, args: Args) -> PyResult {
    let [key, last] = args.parse("move_to_end", ["key", "last"], 0, 1, 2)?;
    let key = key.expect("required");
    let last = last.map_or(Ok(true), |l| protocol::is_true(&l))?;
    let d = dict(v);
    let Some(value) = d.get_item_opt(&key)? else {
        return Err(key_error(key));
    };
    if last {
        d.del_item_opt(&key)?;
        d.set_item(key, value)?;
        return Ok(none());
    }
    let rest: Vec<(Value, Value)> = d.items();
    d.clear();
    d.set_item(key.clone(), value)?;
    for (k, x) in rest {
        if !(k.is(&key) || protocol::richcompare_bool(&k, &key, CompareOp::Eq)?) {
            d.set_item(k, x)?;
        }
    }
    Ok(none())
}

fn popitem(v: &Value, args: Args) -> PyResult {
    let [last] = args.parse("popitem", ["last"], 0, 0, 1)?;
    let last = last.map_or(Ok(true), |l| protocol::is_true(&l))?;
    let d = dict(v);
    let entry = if last {
        d.entry_before(d.entries_len())
    } else {
        d.entry_from(0)
    };
    let Some((_, key, value)) = entry else {
        return Err(key_error(PyStr::new("dictionary is empty")));
    };
    d.del_item_opt(&key)?;
    Ok(Tuple::new(vec![key, value]))
}

fn odict_copy(v: &Value, args: Args) -> PyResult {
    args.none("OrderedDict.copy")?;
    let copy = protocol::call0(&v.type_value())?;
    for (k, x) in dict(v).items() {
        protocol::setitem(&copy, &k, Some(&x))?;
    }
    Ok(copy)
}

fn odict_reduce(v: &Value, args: Args) -> PyResult {
    args.none("OrderedDict.__reduce__")?;
    let state = match protocol::instance_dict(v) {
        Some(d) if protocol::len(&d)? > 0 => d,
        _ => none(),
    };
    let items = protocol::iter(&view(v, ViewKind::Items))?;
    Ok(Tuple::new(vec![
        v.type_value(),
        Tuple::empty(),
        state,
        none(),
        items,
    ]))
}

fn odict_reversed(v: &Value, args: Args) -> PyResult {
    args.none("OrderedDict.__reversed__")?;
    Ok(reverse_iter(v.clone(), ViewKind::Keys))
}

fn view(v: &Value, kind: ViewKind) -> Value {
    let ty: &'static PyObj<_> = match kind {
        ViewKind::Keys => &ODICT_KEYS_TYPE,
        ViewKind::Values => &ODICT_VALUES_TYPE,
        ViewKind::Items => &ODICT_ITEMS_TYPE,
    };
    alloc_typed(
        &TypeRef::from_static(ty),
        DictView {
            dict: v.clone(),
            kind,
        },
    )
}

fn odict_keys(v: &Value, args: Args) -> PyResult {
    args.none("OrderedDict.keys")?;
    Ok(view(v, ViewKind::Keys))
}

fn odict_values(v: &Value, args: Args) -> PyResult {
    args.none("OrderedDict.values")?;
    Ok(view(v, ViewKind::Values))
}

fn odict_items(v: &Value, args: Args) -> PyResult {
    args.none("OrderedDict.items")?;
    Ok(view(v, ViewKind::Items))
}

builtin_subtype!(pub static ODICT_TYPE: Dict as DICT_TYPE = TypeSpec {
    name: "collections.OrderedDict",
    doc: Some("Dictionary that remembers insertion order"),
    base: Some(&DICT_TYPE),
    flags: flags::BASETYPE | flags::DICT_SUBCLASS | flags::MAPPING | flags::WEAKREFABLE,
    instance_dict: true,
    slots: SlotDefs { traverse: Some(ouro_objects::dict::dict_traverse), clear: Some(ouro_objects::dict::dict_tp_clear), repr: Some(odict_repr), richcompare: Some(odict_richcompare), ..SlotDefs::NONE }.with_number(NbOp::Or, odict_or),
    methods: &[
        MethodDef::new("move_to_end", move_to_end, "move_to_end($self, /, key, last=True)\n--\n\nMove an existing element to the end (or beginning if last is false).\n\nRaise KeyError if the element does not exist."),
        MethodDef::new("popitem", popitem, "popitem($self, /, last=True)\n--\n\nRemove and return a (key, value) pair from the dictionary.\n\nPairs are returned in LIFO order if last is true or FIFO order if false."),
        MethodDef::new("copy", odict_copy, "copy($self, /)\n--\n\nA shallow copy of ordered dict."),
        MethodDef::new("__reduce__", odict_reduce, "__reduce__($self, /)\n--\n\nReturn state information for pickling"),
        MethodDef::new("__reversed__", odict_reversed, "__reversed__($self, /)\n--\n\nod.__reversed__() <==> reversed(od)"),
        MethodDef::new("keys", odict_keys, "keys($self, /)\n--\n\n"),
        MethodDef::new("values", odict_values, "values($self, /)\n--\n\n"),
        MethodDef::new("items", odict_items, "items($self, /)\n--\n\n"),
    ],
    getsets: &[DICT_DEF],
    ..TypeSpec::DEFAULT
});

builtin_subtype!(pub static ODICT_KEYS_TYPE: DictView as DICT_KEYS_TYPE = TypeSpec {
    name: "odict_keys",
    base: Some(&DICT_KEYS_TYPE),
    flags: flags::IMMUTABLETYPE,
    ..TypeSpec::DEFAULT
});

builtin_subtype!(pub static ODICT_VALUES_TYPE: DictView as DICT_KEYS_TYPE = TypeSpec {
    name: "odict_values",
    base: Some(&DICT_VALUES_TYPE),
    flags: flags::IMMUTABLETYPE,
    ..TypeSpec::DEFAULT
});

builtin_subtype!(pub static ODICT_ITEMS_TYPE: DictView as DICT_KEYS_TYPE = TypeSpec {
    name: "odict_items",
    base: Some(&DICT_ITEMS_TYPE),
    flags: flags::IMMUTABLETYPE,
    ..TypeSpec::DEFAULT
});
