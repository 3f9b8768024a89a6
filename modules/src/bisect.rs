//! `_bisect`: binary search and insertion in sorted sequences, with `key=`; mirrors Modules/_bisectmodule.c.

use ouro_eval::native_module::ModuleDef;
use ouro_objects::Value;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, value_error};
use ouro_objects::int::from_usize;
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none};
use ouro_objects::protocol::{self, CompareOp};

pub static MODULE: ModuleDef = ModuleDef {
    name: "_bisect",
    doc: "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n",
    functions: &[
        MethodDef::new(
            "bisect_right",
            bisect_right,
            "bisect_right($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\nReturn the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e <= x, and all e in\na[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\ninsert just after the rightmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\nA custom key function can be supplied to customize the sort order.",
        ),
        MethodDef::new(
            "insort_right",
            insort_right,
            "insort_right($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\nInsert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the right of the rightmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\nA custom key function can be supplied to customize the sort order.",
        ),
        MethodDef::new(
            "bisect_left",
            bisect_left,
            "bisect_left($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\nReturn the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e < x, and all e in\na[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\ninsert just before the leftmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\nA custom key function can be supplied to customize the sort order.",
        ),
        MethodDef::new(
            "insort_left",
            insort_left,
            "insort_left($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\nInsert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the left of the leftmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\nA custom key function can be supplied to customize the sort order.",
        ),
    ],
    types: ModuleDef::no_types,
    init: ModuleDef::no_init,
};

/// The parsed `(a, x, lo=0, hi=None, *, key=None)` arguments.
struct Search {
    seq: Value,
    x: Value,
    lo: usize,
    hi: Option<usize>,
    key: Option<Value>,
}

fn parse(fname: &str, args: Args) -> PyResult<Search> {
    let [a, x, lo, hi, key] = args.parse(fname, ["a", "x", "lo", "hi", "key"], 0, 2, 4)?;
    let lo = match lo {
        Some(lo) => protocol::index_as_isize(&lo)?,
        None => 0,
    };
    let lo = usize::try_from(lo).map_err(|_| value_error("lo must be non-negative"))?;
    let hi = match hi.filter(|h| !is_none(h)) {
        Some(h) => Some(usize::try_from(protocol::index_as_isize(&h)?).unwrap_or(0)),
        None => None,
    };
    Ok(Search {
        seq: a.expect("required"),
        x: x.expect("required"),
        lo,
        hi,
        key: key.filter(|k| !is_none(k)),
    })
}

/// `internal_bisect_right`/`_left`: the insertion point of `x` (already
/// passed through the key when searching for insertion).
fn search(s: &Search, x: &Value, right: bool) -> PyResult<usize> {
    let (mut lo, mut hi) = (
        s.lo,
        match s.hi {
            Some(h) => h,
            None => protocol::len(&s.seq)?,
        },
    );
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut item = protocol::getitem(&s.seq, &from_usize(mid))?;
        if let Some(k) = &s.key {
            item = protocol::call1(k, item)?;
        }
        let go_left = if right {
            protocol::richcompare_bool(x, &item, CompareOp::Lt)?
        } else {
            !protocol::richcompare_bool(&item, x, CompareOp::Lt)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect(fname: &str, args: Args, right: bool) -> PyResult {
    let s = parse(fname, args)?;
    Ok(from_usize(search(&s, &s.x, right)?))
}

fn insort(fname: &str, args: Args, right: bool) -> PyResult {
    let s = parse(fname, args)?;
    let probe = match &s.key {
        Some(k) => protocol::call1(k, s.x.clone())?,
        None => s.x.clone(),
    };
    let at = search(&s, &probe, right)?;
    if let Some(list) = s.seq.downcast_exact::<List>() {
        list.insert(at, s.x.clone());
    } else {
        protocol::call_method(&s.seq, "insert", &[from_usize(at), s.x.clone()])?;
    }
    Ok(none())
}

fn bisect_right(_m: &Value, args: Args) -> PyResult {
    bisect("bisect_right", args, true)
}

fn bisect_left(_m: &Value, args: Args) -> PyResult {
    bisect("bisect_left", args, false)
}

fn insort_right(_m: &Value, args: Args) -> PyResult {
    insort("insort_right", args, true)
}

fn insort_left(_m: &Value, args: Args) -> PyResult {
    insort("insort_left", args, false)
}
