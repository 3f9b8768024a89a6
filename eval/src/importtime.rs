//! `-X importtime`: each import's own and cumulative time on stderr, indented by nesting; mirrors the timing in `import_find_and_load` (Python/import.c).

use std::cell::Cell;
use std::time::{Duration, Instant};

use ouro_objects::err::PyResult;
use ouro_objects::{Value, protocol};

ouro_objects::gil_shared! {
    static ENABLED: Cell<bool> = const { Cell::new(false) };
    static HEADER_SHOWN: Cell<bool> = const { Cell::new(false) };
    static LEVEL: Cell<usize> = const { Cell::new(0) };
    /// Time spent in imports finished at the current level (children).
    static ACCUMULATED: Cell<Duration> = const { Cell::new(Duration::ZERO) };
}

/// Turns the report on (`-X importtime` or `PYTHONPROFILEIMPORTTIME`).
pub fn enable() {
    ENABLED.with(|e| e.set(true));
}

fn micros(d: Duration) -> u128 {
    d.as_nanos().div_ceil(1000)
}

/// Runs `load` (one `_find_and_load`), reporting it when enabled.
pub fn timed(name: &Value, load: impl FnOnce() -> PyResult) -> PyResult {
    if !ENABLED.with(Cell::get) {
        return load();
    }
    if !HEADER_SHOWN.with(|h| h.replace(true)) {
        eprintln!("import time: self [us] | cumulative | imported package");
    }
    let outer = ACCUMULATED.with(|a| a.replace(Duration::ZERO));
    LEVEL.with(|l| l.set(l.get() + 1));
    let start = Instant::now();
    let result = load();
    let cumulative = start.elapsed();
    let level = LEVEL.with(|l| {
        l.set(l.get() - 1);
        l.get()
    });
    let children = ACCUMULATED.with(Cell::get);
    eprintln!(
        "import time: {:>9} | {:>10} | {:indent$}{}",
        micros(cumulative.saturating_sub(children)),
        micros(cumulative),
        "",
        protocol::str_lossy(name),
        indent = level * 2
    );
    ACCUMULATED.with(|a| a.set(outer + cumulative));
    result
}
