//! "Did you mean" suggestions for `NameError`, `AttributeError` and `ImportError` in printed tracebacks; mirrors `_compute_suggestion_error` in CPython 3.14's Lib/traceback.py (the edit distance is `ouro_objects::args::suggestion`).

use ouro_objects::exceptions;
use ouro_objects::none::is_none;
use ouro_objects::str::PyStr;
use ouro_objects::{Value, protocol};

/// The candidate closest to `wrong` (`_Py_CalculateSuggestions`).
pub fn closest(candidates: &[String], wrong: &str) -> Option<String> {
    ouro_objects::args::suggestion(wrong, candidates.iter().map(String::as_str)).map(str::to_string)
}

/// The `str` items of an iterable.
fn names_of(iterable: &Value) -> Option<Vec<String>> {
    let items = protocol::collect(iterable).ok()?;
    Some(
        items
            .iter()
            .filter_map(|v| v.downcast::<PyStr>().map(PyStr::to_string_lossy))
            .collect(),
    )
}

/// `sorted(dir(obj))`, keeping only the strings.
fn sorted_dir(obj: &Value) -> Option<Vec<String>> {
    let listing = protocol::call_dunder(obj, "__dir__", &[]).ok()??;
    let mut names = names_of(&listing)?;
    names.sort();
    Some(names)
}

/// The frame of the innermost traceback entry.
fn innermost_frame(tb: &Value) -> Option<Value> {
    let mut tb = tb.clone();
    loop {
        let next = protocol::getattr_str(&tb, "tb_next").ok()?;
        if is_none(&next) {
            return protocol::getattr_str(&tb, "tb_frame").ok();
        }
        tb = next;
    }
}

/// `f_locals['self']`, when the frame has one.
fn frame_self(frame: &Value) -> Option<Value> {
    let locals = protocol::getattr_str(frame, "f_locals").ok()?;
    let key = PyStr::new("self");
    if protocol::contains(&locals, &key).ok()? {
        protocol::getitem(&locals, &key).ok()
    } else {
        None
    }
}

fn hide_underscored(names: Vec<String>) -> Vec<String> {
    names.into_iter().filter(|n| !n.starts_with('_')).collect()
}

/// The name to suggest for `wrong` in `exc` (`_compute_suggestion_error`).
pub fn suggestion(exc: &Value, tb: Option<&Value>, wrong: &str) -> Option<String> {
    let ty = exc.type_obj().payload();
    let candidates = if ty.is_subtype(exceptions::ATTRIBUTE_ERROR.payload()) {
        let obj = protocol::getattr_str(exc, "obj").ok()?;
        let names = sorted_dir(&obj)?;
        let mut hide = !wrong.starts_with('_');
        if hide
            && let Some(frame) = tb.and_then(innermost_frame)
            && frame_self(&frame).is_some_and(|s| s.is(&obj))
        {
            hide = false;
        }
        if hide { hide_underscored(names) } else { names }
    } else if ty.is_subtype(exceptions::IMPORT_ERROR.payload()) {
        let name = protocol::getattr_str(exc, "name").ok()?;
        let import = crate::builtins::builtin_value("__import__").ok()?;
        let module = protocol::call(&import, &[name], None).ok()?;
        let names = sorted_dir(&module)?;
        if wrong.starts_with('_') {
            names
        } else {
            hide_underscored(names)
        }
    } else {
        let frame = innermost_frame(tb?)?;
        let mut names = Vec::new();
        for attr in ["f_locals", "f_globals", "f_builtins"] {
            let mapping = protocol::getattr_str(&frame, attr).ok()?;
            names.extend(names_of(&mapping)?);
        }
        if let Some(this) = frame_self(&frame)
            && protocol::getattr_str(&this, wrong).is_ok()
        {
            return Some(format!("self.{wrong}"));
        }
        names
    };
    closest(&candidates, wrong)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_skips_the_name_itself() {
        let names = vec!["counter".to_string(), "countr".to_string()];
        assert_eq!(closest(&names, "countr").as_deref(), Some("counter"));
        assert_eq!(closest(&names, "zzzzzzzz"), None);
    }
}
