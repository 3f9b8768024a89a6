//! `_tracemalloc`: where live objects were allocated (the Python frames at the time) and how much is allocated; mirrors Modules/_tracemalloc.c and Python/tracemalloc.c over the object allocator's hook (`core::set_alloc_tracing`).
//!
//! The traced blocks are objects, with the size `alloc_typed` asks the
//! allocator for; what an object owns out of line (a list's item array, a
//! str's characters) is not traced, so sizes are smaller than CPython's.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};

use ouro_eval::frame::{depth, nth_meta};
use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::bool::py_bool;
use ouro_objects::core::{AllocTracer, set_alloc_tracing};
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, value_error};
use ouro_objects::int::{from_usize, index_as_c_int};
use ouro_objects::list::List;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, protocol};

/// `MAX_NFRAME`: the most frames a traceback keeps.
const MAX_NFRAME: i32 = u16::MAX as i32;

/// A traceback, most recent frame first: `(filename, lineno)` pairs and
/// the number of frames there were (`total_nframe`).
#[derive(PartialEq, Eq, Hash)]
struct Traceback {
    frames: Vec<(Arc<str>, u32)>,
    total_nframe: u16,
}

struct Trace {
    size: usize,
    traceback: Arc<Traceback>,
}

/// The trace tables (`tracemalloc_traces` and its interning tables). Any
/// thread may free an object, so they are shared; no Python object is
/// dropped while they are locked (a drop frees, and freeing locks them).
struct Tables {
    tracing: bool,
    max_nframe: usize,
    traces: HashMap<usize, Trace>,
    tracebacks: HashSet<Arc<Traceback>>,
    filenames: HashSet<Arc<str>>,
    traced_memory: usize,
    peak_traced_memory: usize,
}

static TABLES: LazyLock<Mutex<Tables>> = LazyLock::new(|| {
    Mutex::new(Tables {
        tracing: false,
        max_nframe: 1,
        traces: HashMap::new(),
        tracebacks: HashSet::new(),
        filenames: HashSet::new(),
        traced_memory: 0,
        peak_traced_memory: 0,
    })
});

fn tables() -> MutexGuard<'static, Tables> {
    TABLES.lock().unwrap_or_else(|e| e.into_inner())
}

/// The filename and the lines found so far of one code object, which the
/// entry keeps alive so its address names it.
struct CodeLines {
    _code: Value,
    filename: Arc<str>,
    lines: HashMap<usize, u32>,
}

thread_local! {
    /// Set while tracemalloc itself runs: what it allocates is not traced.
    static REENTRANT: Cell<bool> = const { Cell::new(false) };
}

ouro_objects::gil_shared! {
    static CODE_LINES: RefCell<HashMap<usize, CodeLines>> = RefCell::new(HashMap::new());
}

const TRACER: AllocTracer = AllocTracer {
    alloc: trace_alloc,
    free: trace_free,
};

impl Tables {
    fn intern_filename(&mut self, name: &Arc<str>) -> Arc<str> {
        if let Some(known) = self.filenames.get(name) {
            return known.clone();
        }
        self.filenames.insert(name.clone());
        name.clone()
    }

    fn intern_traceback(&mut self, tb: Traceback) -> Arc<Traceback> {
        if let Some(known) = self.tracebacks.get(&tb) {
            return known.clone();
        }
        let tb = Arc::new(Traceback {
            frames: tb
                .frames
                .iter()
                .map(|(f, l)| (self.intern_filename(f), *l))
                .collect(),
            total_nframe: tb.total_nframe,
        });
        self.tracebacks.insert(tb.clone());
        tb
    }

    /// `tracemalloc_clear_traces_unlocked`.
    fn clear(&mut self) {
        self.traces.clear();
        self.tracebacks.clear();
        self.filenames.clear();
        self.traced_memory = 0;
        self.peak_traced_memory = 0;
    }
}

/// `traceback_get_frames`: the innermost `max_nframe` Python frames of this
/// thread; `<unknown>`, line 0 when there is none.
fn capture(max_nframe: usize) -> Traceback {
    let total = depth();
    if total == 0 {
        return Traceback {
            frames: vec![(Arc::from("<unknown>"), 0)],
            total_nframe: 1,
        };
    }
    let frames = CODE_LINES.with(|cache| {
        let mut cache = cache.borrow_mut();
        (0..total.min(max_nframe))
            .filter_map(nth_meta)
            .map(|meta| {
                let code = meta.code.value();
                let entry = cache.entry(code.word()).or_insert_with(|| CodeLines {
                    _code: code.clone(),
                    filename: Arc::from(protocol::str_lossy(&meta.code.filename.borrow())),
                    lines: HashMap::new(),
                });
                let lasti = meta.lasti.get();
                let line = *entry.lines.entry(lasti).or_insert_with(|| {
                    meta.code
                        .line_at(lasti)
                        .and_then(|l| u32::try_from(l).ok())
                        .unwrap_or(0)
                });
                (entry.filename.clone(), line)
            })
            .collect()
    });
    Traceback {
        frames,
        total_nframe: u16::try_from(total).unwrap_or(u16::MAX),
    }
}

/// The allocation hook (`tracemalloc_alloc`'s `ADD_TRACE`).
fn trace_alloc(addr: usize, size: usize) {
    // While the thread's locals are being destroyed its frames are gone:
    // the allocation is not traced.
    if !ouro_eval::frame::thread_can_run_code()
        || !matches!(REENTRANT.try_with(|r| r.replace(true)), Ok(false))
    {
        return;
    }
    let max_nframe = tables().max_nframe;
    let tb = capture(max_nframe);
    let mut t = tables();
    if t.tracing {
        let traceback = t.intern_traceback(tb);
        if let Some(old) = t.traces.insert(addr, Trace { size, traceback }) {
            t.traced_memory -= old.size;
        }
        t.traced_memory += size;
        t.peak_traced_memory = t.peak_traced_memory.max(t.traced_memory);
    }
    drop(t);
    REENTRANT.with(|r| r.set(false));
}

/// The free hook (`REMOVE_TRACE`).
fn trace_free(addr: usize) {
    let mut t = tables();
    if let Some(old) = t.traces.remove(&addr) {
        t.traced_memory -= old.size;
    }
}

/// Runs `f` (which makes Python objects) without tracing what it allocates.
fn untraced<R>(f: impl FnOnce() -> R) -> R {
    let was = REENTRANT.with(|r| r.replace(true));
    let result = f();
    REENTRANT.with(|r| r.set(was));
    result
}

/// Forgets the cached code objects (dropped with the tables unlocked).
fn clear_code_lines() {
    let cached = CODE_LINES.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(cached);
}

fn tm_start(_m: &Value, args: Args) -> PyResult {
    let nframe = match args.range("start", "start", 0, 1)?.first() {
        Some(n) => index_as_c_int(n)?,
        None => 1,
    };
    if !(1..=MAX_NFRAME).contains(&nframe) {
        return Err(value_error(format!(
            "the number of frames must be in range [1; {MAX_NFRAME}]"
        )));
    }
    let mut t = tables();
    if !t.tracing {
        t.max_nframe = nframe as usize;
        t.tracing = true;
        set_alloc_tracing(TRACER, true);
    }
    Ok(none())
}

fn tm_stop(_m: &Value, args: Args) -> PyResult {
    args.none("stop")?;
    {
        let mut t = tables();
        if t.tracing {
            set_alloc_tracing(TRACER, false);
            t.tracing = false;
            t.clear();
        }
    }
    clear_code_lines();
    Ok(none())
}

fn tm_is_tracing(_m: &Value, args: Args) -> PyResult {
    args.none("is_tracing")?;
    let tracing = tables().tracing;
    Ok(py_bool(tracing))
}

fn tm_get_traceback_limit(_m: &Value, args: Args) -> PyResult {
    args.none("get_traceback_limit")?;
    let limit = tables().max_nframe;
    Ok(from_usize(limit))
}

fn tm_get_traced_memory(_m: &Value, args: Args) -> PyResult {
    args.none("get_traced_memory")?;
    let (traced, peak) = {
        let t = tables();
        if t.tracing {
            (t.traced_memory, t.peak_traced_memory)
        } else {
            (0, 0)
        }
    };
    Ok(Tuple::new(vec![from_usize(traced), from_usize(peak)]))
}

fn tm_reset_peak(_m: &Value, args: Args) -> PyResult {
    args.none("reset_peak")?;
    let mut t = tables();
    if t.tracing {
        t.peak_traced_memory = t.traced_memory;
    }
    Ok(none())
}

fn tm_clear_traces(_m: &Value, args: Args) -> PyResult {
    args.none("clear_traces")?;
    let mut t = tables();
    if t.tracing {
        t.clear();
    }
    Ok(none())
}

/// `_PyTraceMalloc_GetMemory`: what the tables take.
fn tm_get_tracemalloc_memory(_m: &Value, args: Args) -> PyResult {
    args.none("get_tracemalloc_memory")?;
    let size = tables_size(&tables());
    Ok(from_usize(size))
}

fn tables_size(t: &Tables) -> usize {
    if !t.tracing {
        return 0;
    }
    let traces = t.traces.capacity() * std::mem::size_of::<(usize, Trace)>();
    let tracebacks: usize = t
        .tracebacks
        .iter()
        .map(|tb| {
            std::mem::size_of::<Traceback>()
                + tb.frames.capacity() * std::mem::size_of::<(Arc<str>, u32)>()
        })
        .sum();
    let filenames: usize = t.filenames.iter().map(|f| f.len()).sum();
    traces + tracebacks + filenames
}

/// Makes the Python form of tracebacks, sharing the tuples of a traceback
/// and the str of a filename between traces (as `_PyTraceMalloc_GetTraces`).
#[derive(Default)]
struct ToPython {
    tracebacks: HashMap<*const Traceback, Value>,
    filenames: HashMap<*const u8, Value>,
}

impl ToPython {
    fn filename(&mut self, name: &Arc<str>) -> Value {
        self.filenames
            .entry(name.as_ptr())
            .or_insert_with(|| PyStr::new(name))
            .clone()
    }

    fn traceback(&mut self, tb: &Arc<Traceback>) -> Value {
        if let Some(v) = self.tracebacks.get(&Arc::as_ptr(tb)) {
            return v.clone();
        }
        let frames = tb
            .frames
            .iter()
            .map(|(f, line)| Tuple::new(vec![self.filename(f), from_usize(*line as usize)]))
            .collect();
        let v = Tuple::new(frames);
        self.tracebacks.insert(Arc::as_ptr(tb), v.clone());
        v
    }
}

fn tm_get_object_traceback(_m: &Value, args: Args) -> PyResult {
    let obj = args.one("_get_object_traceback")?;
    let tb = {
        let t = tables();
        if !t.tracing {
            None
        } else {
            t.traces.get(&obj.word()).map(|tr| tr.traceback.clone())
        }
    };
    Ok(match tb {
        Some(tb) => untraced(|| ToPython::default().traceback(&tb)),
        None => none(),
    })
}

fn tm_get_traces(_m: &Value, args: Args) -> PyResult {
    args.none("_get_traces")?;
    let traces: Vec<(usize, Arc<Traceback>)> = {
        let t = tables();
        if !t.tracing {
            Vec::new()
        } else {
            t.traces
                .values()
                .map(|tr| (tr.size, tr.traceback.clone()))
                .collect()
        }
    };
    Ok(untraced(|| {
        let mut conv = ToPython::default();
        List::from_vec(
            traces
                .iter()
                .map(|(size, tb)| {
                    Tuple::new(vec![
                        from_usize(0),
                        from_usize(*size),
                        conv.traceback(tb),
                        from_usize(tb.total_nframe as usize),
                    ])
                })
                .collect(),
        )
    }))
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_tracemalloc",
    doc: "Debug module to trace memory blocks allocated by Python.",
    functions: &[
        MethodDef::new(
            "is_tracing",
            tm_is_tracing,
            "is_tracing($module, /)\n--\n\nReturn True if the tracemalloc module is tracing Python memory allocations.",
        ),
        MethodDef::new(
            "clear_traces",
            tm_clear_traces,
            "clear_traces($module, /)\n--\n\nClear traces of memory blocks allocated by Python.",
        ),
        MethodDef::new(
            "_get_traces",
            tm_get_traces,
            "_get_traces($module, /)\n--\n\nGet traces of all memory blocks allocated by Python.\n\nReturn a list of (size: int, traceback: tuple) tuples.\ntraceback is a tuple of (filename: str, lineno: int) tuples.\n\nReturn an empty list if the tracemalloc module is disabled.",
        ),
        MethodDef::new(
            "_get_object_traceback",
            tm_get_object_traceback,
            "_get_object_traceback($module, obj, /)\n--\n\nGet the traceback where the Python object obj was allocated.\n\nReturn a tuple of (filename: str, lineno: int) tuples.\nReturn None if the tracemalloc module is disabled or did not\ntrace the allocation of the object.",
        ),
        MethodDef::new(
            "start",
            tm_start,
            "start($module, nframe=1, /)\n--\n\nStart tracing Python memory allocations.\n\nAlso set the maximum number of frames stored in the traceback of a\ntrace to nframe.",
        ),
        MethodDef::new(
            "stop",
            tm_stop,
            "stop($module, /)\n--\n\nStop tracing Python memory allocations.\n\nAlso clear traces of memory blocks allocated by Python.",
        ),
        MethodDef::new(
            "get_traceback_limit",
            tm_get_traceback_limit,
            "get_traceback_limit($module, /)\n--\n\nGet the maximum number of frames stored in the traceback of a trace.\n\nBy default, a trace of an allocated memory block only stores\nthe most recent frame: the limit is 1.",
        ),
        MethodDef::new(
            "get_tracemalloc_memory",
            tm_get_tracemalloc_memory,
            "get_tracemalloc_memory($module, /)\n--\n\nGet the memory usage in bytes of the tracemalloc module.\n\nThis memory is used internally to trace memory allocations.",
        ),
        MethodDef::new(
            "get_traced_memory",
            tm_get_traced_memory,
            "get_traced_memory($module, /)\n--\n\nGet the current size and peak size of memory blocks traced by tracemalloc.\n\nReturns a tuple: (current: int, peak: int).",
        ),
        MethodDef::new(
            "reset_peak",
            tm_reset_peak,
            "reset_peak($module, /)\n--\n\nSet the peak size of memory blocks traced by tracemalloc to the current size.\n\nDo nothing if the tracemalloc module is not tracing memory allocations.",
        ),
    ],
    types: ModuleDef::no_types,
    init: ModuleDef::no_init,
};
