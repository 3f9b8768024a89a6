//! `_queue`: `SimpleQueue`, the unbounded FIFO behind `queue.SimpleQueue`, and `Empty`; mirrors Modules/_queuemodule.c.
//!
//! A blocking `get` on an empty queue waits with the GIL let go until a
//! `put` from another thread or its timeout, like `_thread`'s locks.

use std::cell::RefCell;

use ouro_eval::thread::Waitable;
use std::collections::VecDeque;
use std::time::Duration;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::genericalias::CLASS_GETITEM_DEF;
use ouro_objects::int::from_usize;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, TYPE_TYPE, flags};
use ouro_objects::{TypeRef, Value, builtin_type, exceptions, protocol};

ouro_objects::gil_shared! {
    /// `_queue.Empty`, made when the module is first created.
    static EMPTY: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn empty_error() -> PyErr {
    match EMPTY.with(|e| e.borrow().clone()) {
        Some(cls) => match protocol::call0(&cls) {
            Ok(e) => PyErr::from_instance(e),
            Err(e) => e,
        },
        None => PyErr::empty(&exceptions::EXCEPTION),
    }
}

pub struct SimpleQueue {
    items: RefCell<VecDeque<Value>>,
    /// How many items no getter has claimed yet: what a getter waits on
    /// with the GIL let go.
    unclaimed: Waitable<usize>,
}

impl SimpleQueue {
    fn push(&self, item: Value) {
        self.items.borrow_mut().push_back(item);
        self.unclaimed.update(false, |n| *n += 1);
    }
}

fn this(v: &Value) -> &SimpleQueue {
    v.downcast::<SimpleQueue>().expect("SimpleQueue")
}

fn queue_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let args = Args::new(args, kwnames);
    if ty.is_static(&SIMPLE_QUEUE_TYPE) {
        if !args.positional().is_empty() {
            return Err(type_error("SimpleQueue() takes no positional arguments"));
        }
        if args.kw_count() > 0 {
            return Err(type_error("SimpleQueue() takes no keyword arguments"));
        }
    }
    Ok(alloc_typed(
        ty,
        SimpleQueue {
            items: RefCell::new(VecDeque::new()),
            unclaimed: Waitable::new(0),
        },
    ))
}

/// `put(item, block=True, timeout=None)`: the queue is unbounded, so
/// `block` and `timeout` are accepted and ignored.
fn queue_put(v: &Value, args: Args) -> PyResult {
    let [item, _block, _timeout] = args.parse("put", ["item", "block", "timeout"], 0, 1, 3)?;
    this(v).push(item.unwrap_or_else(none));
    Ok(none())
}

fn queue_put_nowait(v: &Value, args: Args) -> PyResult {
    let [item] = args.parse("put_nowait", ["item"], 0, 1, 1)?;
    this(v).push(item.unwrap_or_else(none));
    Ok(none())
}

/// Pops the first item; on an empty queue waits `wait` (`None`: forever).
fn take(v: &Value, wait: Option<Duration>) -> PyResult {
    let q = this(v);
    let claimed = q.unclaimed.wait_for(wait, |n| {
        let some = *n > 0;
        if some {
            *n -= 1;
        }
        some
    })?;
    if !claimed {
        return Err(empty_error());
    }
    Ok(q.items.borrow_mut().pop_front().expect("a claimed item"))
}

fn queue_get(v: &Value, args: Args) -> PyResult {
    let [block, timeout] = args.parse("get", ["block", "timeout"], 0, 0, 2)?;
    let block = match block {
        Some(b) => protocol::is_true(&b)?,
        None => true,
    };
    let timeout = match timeout.filter(|t| !is_none(t)) {
        Some(t) => Some(crate::time::seconds_arg(&t)?),
        None => None,
    };
    if !block {
        return take(v, Some(Duration::ZERO));
    }
    let wait =
        match timeout {
            None => None,
            Some(t) if t < 0.0 => {
                return Err(value_error("'timeout' must be a non-negative number"));
            }
            Some(t) => Some(Duration::try_from_secs_f64(t).map_err(|_| {
                PyErr::new(&exceptions::OVERFLOW_ERROR, "timeout value is too large")
            })?),
        };
    take(v, wait)
}

fn queue_get_nowait(v: &Value, args: Args) -> PyResult {
    args.none("get_nowait")?;
    take(v, Some(Duration::ZERO))
}

fn queue_empty(v: &Value, args: Args) -> PyResult {
    args.none("empty")?;
    Ok(ouro_objects::bool::py_bool(
        this(v).items.borrow().is_empty(),
    ))
}

fn queue_qsize(v: &Value, args: Args) -> PyResult {
    args.none("qsize")?;
    Ok(from_usize(this(v).items.borrow().len()))
}

builtin_type!(pub static SIMPLE_QUEUE_TYPE: SimpleQueue = TypeSpec {
    name: "_queue.SimpleQueue",
    doc: Some("SimpleQueue()\n--\n\nSimple, unbounded, reentrant FIFO queue."),
    flags: flags::BASETYPE | flags::WEAKREFABLE,
    slots: SlotDefs { new: Some(queue_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("empty", queue_empty, "empty($self, /)\n--\n\nReturn True if the queue is empty, False otherwise (not reliable!)."),
        MethodDef::new("get", queue_get, "get($self, /, block=True, timeout=None)\n--\n\nRemove and return an item from the queue.\n\nIf optional args 'block' is true and 'timeout' is None (the default),\nblock if necessary until an item is available. If 'timeout' is\na non-negative number, it blocks at most 'timeout' seconds and raises\nthe Empty exception if no item was available within that time.\nOtherwise ('block' is false), return an item if one is immediately\navailable, else raise the Empty exception ('timeout' is ignored\nin that case)."),
        MethodDef::new("get_nowait", queue_get_nowait, "get_nowait($self, /)\n--\n\nRemove and return an item from the queue without blocking.\n\nOnly get an item if one is immediately available. Otherwise\nraise the Empty exception."),
        MethodDef::new("put", queue_put, "put($self, /, item, block=True, timeout=None)\n--\n\nPut the item on the queue.\n\nThe optional 'block' and 'timeout' arguments are ignored, as this method\nnever blocks.  They are provided for compatibility with the Queue class."),
        MethodDef::new("put_nowait", queue_put_nowait, "put_nowait($self, /, item)\n--\n\nPut an item into the queue without blocking.\n\nThis is exactly equivalent to `put(item)` and is only provided\nfor compatibility with the Queue class."),
        MethodDef::new("qsize", queue_qsize, "qsize($self, /)\n--\n\nReturn the approximate size of the queue (not reliable!)."),
        CLASS_GETITEM_DEF,
    ],
    ..TypeSpec::DEFAULT
});

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    crate::heaptype::list_module_in_dict(&[&SIMPLE_QUEUE_TYPE]);
    let ns = Dict::new_value();
    let d = ns.downcast::<Dict>().expect("dict");
    d.set_str("__module__", PyStr::new("_queue"));
    d.set_str(
        "__doc__",
        PyStr::new("Exception raised by Queue.get(block=0)/get_nowait()."),
    );
    let cls = protocol::call(
        &TypeRef::from_static(&TYPE_TYPE).into_value(),
        &[
            PyStr::new("Empty"),
            Tuple::new(vec![
                TypeRef::from_static(&exceptions::EXCEPTION).into_value(),
            ]),
            ns,
        ],
        None,
    )?;
    EMPTY.with(|e| *e.borrow_mut() = Some(cls.clone()));
    m.set("Empty", cls);
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_queue",
    doc: "C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.",
    functions: &[],
    types: || vec![&SIMPLE_QUEUE_TYPE],
    init,
};
