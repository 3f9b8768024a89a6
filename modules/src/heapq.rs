//! `_heapq`: binary min-heaps (and 3.14's max-heaps) on lists; mirrors Modules/_heapqmodule.c.

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::{Args, arg_type_name};
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, index_error, runtime_error, type_error};
use ouro_objects::list::List;
use ouro_objects::none::none;
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::PyStr;
use ouro_objects::{PyErr, Value};

pub static MODULE: ModuleDef = ModuleDef {
    name: "_heapq",
    doc: "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n",
    functions: &[
        MethodDef::new(
            "heappush",
            heappush,
            "heappush($module, heap, item, /)\n--\n\nPush item onto heap, maintaining the heap invariant.",
        ),
        MethodDef::new(
            "heappushpop",
            heappushpop,
            "heappushpop($module, heap, item, /)\n--\n\nPush item on the heap, then pop and return the smallest item from the heap.\n\nThe combined action runs more efficiently than heappush() followed by\na separate call to heappop().",
        ),
        MethodDef::new(
            "heappop",
            heappop,
            "heappop($module, heap, /)\n--\n\nPop the smallest item off the heap, maintaining the heap invariant.",
        ),
        MethodDef::new(
            "heapreplace",
            heapreplace,
            "heapreplace($module, heap, item, /)\n--\n\nPop and return the current smallest value, and add the new item.\n\nThis is more efficient than heappop() followed by heappush(), and can be\nmore appropriate when using a fixed-size heap.  Note that the value\nreturned may be larger than item!  That constrains reasonable uses of\nthis routine unless written as part of a conditional replacement:\n\n    if item > heap[0]:\n        item = heapreplace(heap, item)",
        ),
        MethodDef::new(
            "heapify",
            heapify,
            "heapify($module, heap, /)\n--\n\nTransform list into a heap, in-place, in O(len(heap)) time.",
        ),
        MethodDef::new(
            "heappush_max",
            heappush_max,
            "heappush_max($module, heap, item, /)\n--\n\nPush item onto max heap, maintaining the heap invariant.",
        ),
        MethodDef::new(
            "heappushpop_max",
            heappushpop_max,
            "heappushpop_max($module, heap, item, /)\n--\n\nMaxheap variant of heappushpop.\n\nThe combined action runs more efficiently than heappush_max() followed by\na separate call to heappop_max().",
        ),
        MethodDef::new(
            "heappop_max",
            heappop_max,
            "heappop_max($module, heap, /)\n--\n\nMaxheap variant of heappop.",
        ),
        MethodDef::new(
            "heapreplace_max",
            heapreplace_max,
            "heapreplace_max($module, heap, item, /)\n--\n\nMaxheap variant of heapreplace.",
        ),
        MethodDef::new(
            "heapify_max",
            heapify_max,
            "heapify_max($module, heap, /)\n--\n\nMaxheap variant of heapify.",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};

fn init(module: &Value) -> PyResult<()> {
    protocol::setattr(module, &PyStr::new("__about__"), Some(&PyStr::new(ABOUT)))
}

const ABOUT: &str = "Heap queues\n\n[explanation by Fran\u{00e7}ois Pinard]\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nThe strange invariant above is meant to be an efficient memory\nrepresentation for a tournament.  The numbers below are 'k', not a[k]:\n\n                                   0\n\n                  1                                 2\n\n          3               4                5               6\n\n      7       8       9       10      11      12      13      14\n\n    15 16   17 18   19 20   21 22   23 24   25 26   27 28   29 30\n\n\nIn the tree above, each cell 'k' is topping '2*k+1' and '2*k+2'.  In\na usual binary tournament we see in sports, each cell is the winner\nover the two cells it tops, and we can trace the winner down the tree\nto see all opponents s/he had.  However, in many computer applications\nof such tournaments, we do not need to trace the history of a winner.\nTo be more memory efficient, when a winner is promoted, we try to\nreplace it by something else at a lower level, and the rule becomes\nthat a cell and the two cells it tops contain three different items,\nbut the top cell \"wins\" over the two topped cells.\n\nIf this heap invariant is protected at all time, index 0 is clearly\nthe overall winner.  The simplest algorithmic way to remove it and\nfind the \"next\" winner is to move some loser (let's say cell 30 in the\ndiagram above) into the 0 position, and then percolate this new 0 down\nthe tree, exchanging values, until the invariant is re-established.\nThis is clearly logarithmic on the total number of items in the tree.\nBy iterating over all items, you get an O(n ln n) sort.\n\nA nice feature of this sort is that you can efficiently insert new\nitems while the sort is going on, provided that the inserted items are\nnot \"better\" than the last 0'th element you extracted.  This is\nespecially useful in simulation contexts, where the tree holds all\nincoming events, and the \"win\" condition means the smallest scheduled\ntime.  When an event schedule other events for execution, they are\nscheduled into the future, so they can easily go into the heap.  So, a\nheap is a good structure for implementing schedulers (this is what I\nused for my MIDI sequencer :-).\n\nVarious structures for implementing schedulers have been extensively\nstudied, and heaps are good for this, as they are reasonably speedy,\nthe speed is almost constant, and the worst case is not much different\nthan the average case.  However, there are other representations which\nare more efficient overall, yet the worst cases might be terrible.\n\nHeaps are also very useful in big disk sorts.  You most probably all\nknow that a big sort implies producing \"runs\" (which are pre-sorted\nsequences, which size is usually related to the amount of CPU memory),\nfollowed by a merging passes for these runs, which merging is often\nvery cleverly organised[1].  It is very important that the initial\nsort produces the longest runs possible.  Tournaments are a good way\nto that.  If, using all the memory available to hold a tournament, you\nreplace and percolate items that happen to fit the current run, you'll\nproduce runs which are twice the size of the memory for random input,\nand much better for input fuzzily ordered.\n\nMoreover, if you output the 0'th item on disk and get an input which\nmay not fit in the current tournament (because the value \"wins\" over\nthe last output value), it cannot fit in the heap, so the size of the\nheap decreases.  The freed memory could be cleverly reused immediately\nfor progressively building a second heap, which grows at exactly the\nsame rate the first heap is melting.  When the first heap completely\nvanishes, you switch heaps and start a new run.  Clever and quite\neffective!\n\nIn a word, heaps are useful memory structures to know.  I use them in\na few applications, and I think it is good to keep a 'heap' module\naround. :-)\n\n--------------------\n[1] The disk balancing algorithms which are current, nowadays, are\nmore annoying than clever, and this is a consequence of the seeking\ncapabilities of the disks.  On devices which cannot seek, like big\ntape drives, the story was quite different, and one had to be very\nclever to ensure (far in advance) that each tape movement will be the\nmost effective possible (that is, will best participate at\n\"progressing\" the merge).  Some tapes were even able to read\nbackwards, and this was also used to avoid the rewinding time.\nBelieve me, real good tape sorts were quite spectacular to watch!\nFrom all times, sorting has always been a Great Art! :-)\n";

/// Which way the heap is ordered: `Min` keeps the smallest item at 0.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

impl Order {
    /// Whether `a` belongs above `b` (`a < b` for a min-heap, `b < a` for a max-heap).
    fn before(self, a: &Value, b: &Value) -> PyResult<bool> {
        match self {
            Order::Min => protocol::richcompare_bool(a, b, CompareOp::Lt),
            Order::Max => protocol::richcompare_bool(b, a, CompareOp::Lt),
        }
    }
}

fn changed_size() -> PyErr {
    runtime_error("list changed size during iteration")
}

fn item(heap: &List, i: usize) -> PyResult<Value> {
    heap.get(i).ok_or_else(changed_size)
}

/// Moves the item at `pos` up towards `start` while it belongs above its parent.
fn sift_down(heap: &List, start: usize, mut pos: usize, order: Order) -> PyResult<()> {
    let size = heap.len();
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let (new_item, parent) = (item(heap, pos)?, item(heap, parent_pos)?);
        let above = order.before(&new_item, &parent)?;
        if heap.len() != size {
            return Err(changed_size());
        }
        if !above {
            break;
        }
        heap.swap(parent_pos, pos);
        pos = parent_pos;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the better children, then
/// back up into place (the "bottom-up" variant CPython uses).
fn sift_up(heap: &List, mut pos: usize, order: Order) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = (item(heap, child)?, item(heap, child + 1)?);
            let first = order.before(&a, &b)?;
            if heap.len() != end {
                return Err(changed_size());
            }
            if !first {
                child += 1;
            }
        }
        heap.swap(pos, child);
        pos = child;
    }
    sift_down(heap, start, pos, order)
}

/// The `heap` argument: a list. Clinic says "argument 1" when the function
/// takes more than one (`position` is then `" 1"`).
fn heap_arg<'a>(fname: &str, position: &str, v: &'a Value) -> PyResult<&'a List> {
    v.downcast::<List>().ok_or_else(|| {
        type_error(format!(
            "{fname}() argument{position} must be list, not {}",
            arg_type_name(v)
        ))
    })
}

fn push(args: Args, fname: &str, order: Order) -> PyResult {
    let a = args.range(fname, fname, 2, 2)?;
    let heap = heap_arg(fname, " 1", &a[0])?;
    heap.push(a[1].clone());
    sift_down(heap, 0, heap.len() - 1, order)?;
    Ok(none())
}

fn pop(args: Args, fname: &str, order: Order) -> PyResult {
    let heap = heap_arg(fname, "", args.one(fname)?)?;
    let last = heap
        .pop_last()
        .ok_or_else(|| index_error("index out of range"))?;
    if heap.is_empty() {
        return Ok(last);
    }
    let top = heap.set(0, last).expect("non-empty");
    sift_up(heap, 0, order)?;
    Ok(top)
}

fn replace(args: Args, fname: &str, order: Order) -> PyResult {
    let a = args.range(fname, fname, 2, 2)?;
    let heap = heap_arg(fname, " 1", &a[0])?;
    let top = heap
        .set(0, a[1].clone())
        .ok_or_else(|| index_error("index out of range"))?;
    sift_up(heap, 0, order)?;
    Ok(top)
}

fn pushpop(args: Args, fname: &str, order: Order) -> PyResult {
    let a = args.range(fname, fname, 2, 2)?;
    let heap = heap_arg(fname, " 1", &a[0])?;
    let Some(top) = heap.get(0) else {
        return Ok(a[1].clone());
    };
    if !order.before(&top, &a[1])? {
        return Ok(a[1].clone());
    }
    let top = heap
        .set(0, a[1].clone())
        .ok_or_else(|| index_error("index out of range"))?;
    sift_up(heap, 0, order)?;
    Ok(top)
}

fn build(args: Args, fname: &str, order: Order) -> PyResult {
    let heap = heap_arg(fname, "", args.one(fname)?)?;
    for i in (0..heap.len() / 2).rev() {
        sift_up(heap, i, order)?;
    }
    Ok(none())
}

fn heappush(_m: &Value, args: Args) -> PyResult {
    push(args, "heappush", Order::Min)
}

fn heappush_max(_m: &Value, args: Args) -> PyResult {
    push(args, "heappush_max", Order::Max)
}

fn heappop(_m: &Value, args: Args) -> PyResult {
    pop(args, "heappop", Order::Min)
}

fn heappop_max(_m: &Value, args: Args) -> PyResult {
    pop(args, "heappop_max", Order::Max)
}

fn heapreplace(_m: &Value, args: Args) -> PyResult {
    replace(args, "heapreplace", Order::Min)
}

fn heapreplace_max(_m: &Value, args: Args) -> PyResult {
    replace(args, "heapreplace_max", Order::Max)
}

fn heappushpop(_m: &Value, args: Args) -> PyResult {
    pushpop(args, "heappushpop", Order::Min)
}

fn heappushpop_max(_m: &Value, args: Args) -> PyResult {
    pushpop(args, "heappushpop_max", Order::Max)
}

fn heapify(_m: &Value, args: Args) -> PyResult {
    build(args, "heapify", Order::Min)
}

fn heapify_max(_m: &Value, args: Args) -> PyResult {
    build(args, "heapify_max", Order::Max)
}
