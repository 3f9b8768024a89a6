//! `Py_ReprEnter`/`Py_ReprLeave`: the objects whose repr is in progress, so recursive containers print `[...]`.

use std::cell::RefCell;

use crate::core::Value;

thread_local! {
    static IN_PROGRESS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Leaves the repr of an object when dropped.
pub struct ReprGuard(usize);

impl Drop for ReprGuard {
    fn drop(&mut self) {
        IN_PROGRESS.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(i) = s.iter().rposition(|&a| a == self.0) {
                s.remove(i);
            }
        });
    }
}

/// Enters the repr of `v`; `None` if it is already in progress.
pub fn enter(v: &Value) -> Option<ReprGuard> {
    let addr = v.word();
    IN_PROGRESS.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&addr) {
            return None;
        }
        s.push(addr);
        Some(ReprGuard(addr))
    })
}
