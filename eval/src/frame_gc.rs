//! The cycle collector's `traverse`/`clear` of frame and traceback objects (CPython's `frame_tp_traverse`, `tb_traverse`, `tb_clear` in Objects/frameobject.c and Python/traceback.c), kept beside `frame.rs` so the eval loop's file only names them.

use std::rc::Rc;

use ouro_objects::Value;

use crate::frame::{FrameObj, Traceback};

/// `frame_tp_traverse` for a frame that has ended: once the frame object
/// alone owns the frame's state, the globals, builtins, locals and final
/// fast locals are its references. A running frame's state belongs to the
/// eval loop, so its references are left to look external.
pub fn frame_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let Some(f) = v.downcast::<FrameObj>() else {
        return;
    };
    let meta = &f.meta;
    if Rc::strong_count(meta) != 1 {
        return;
    }
    visit(&meta.globals);
    visit(&meta.builtins);
    if let Some(locals) = &meta.locals {
        visit(locals);
    }
    if let Some(extras) = meta.extras_if_made() {
        if let Ok(snapshot) = extras.fast_snapshot.try_borrow()
            && let Some(fast) = snapshot.as_ref()
        {
            for v in fast.iter().flatten() {
                visit(v);
            }
        }
        ouro_objects::gc::visit_optional(&extras.extra_locals, visit);
    }
}

/// `frame_tp_clear` of an ended frame: its final locals go.
pub fn frame_clear(v: &Value) {
    let Some(f) = v.downcast::<FrameObj>() else {
        return;
    };
    if Rc::strong_count(&f.meta) != 1 {
        return;
    }
    if let Some(extras) = f.meta.extras_if_made() {
        let old = extras
            .fast_snapshot
            .try_borrow_mut()
            .ok()
            .and_then(|mut s| s.take());
        drop(old);
        ouro_objects::gc::clear_optional(&extras.extra_locals);
    }
}

/// `tb_traverse`.
pub fn traceback_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(tb) = v.downcast::<Traceback>() {
        ouro_objects::gc::visit_optional(&tb.next, visit);
        visit(&tb.frame);
    }
}

/// `tb_clear`: the rest of the chain goes (the frame stays: it is fixed).
pub fn traceback_clear(v: &Value) {
    if let Some(tb) = v.downcast::<Traceback>() {
        ouro_objects::gc::clear_optional(&tb.next);
    }
}
