//! "Did you mean" suggestions for `NameError`, `AttributeError` and `ImportError` in printed tracebacks; mirrors `_compute_suggestion_error` in CPython 3.14's Lib/traceback.py and the edit distance of Python/suggestions.c.

use ouro_objects::exceptions;
use ouro_objects::none::is_none;
use ouro_objects::str::PyStr;
use ouro_objects::{Value, protocol};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance of two UTF-8 names, or more than `max_cost`
/// when it exceeds it (`levenshtein_distance` in Python/suggestions.c).
fn levenshtein_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &b_char) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &a_char) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(b_char, a_char);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `wrong` (`_Py_CalculateSuggestions`).
pub fn closest(candidates: &[String], wrong: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best_distance = usize::MAX;
    let mut suggestion: Option<&String> = None;
    for item in candidates {
        if item == wrong {
            continue;
        }
        let max_distance =
            ((wrong.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let distance = levenshtein_distance(wrong.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if suggestion.is_none() || distance < best_distance {
            suggestion = Some(item);
            best_distance = distance;
        }
    }
    suggestion.cloned()
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
    fn distance_weights_case_changes_lower() {
        assert_eq!(levenshtein_distance(b"abc", b"abc", 10), 0);
        assert_eq!(levenshtein_distance(b"abc", b"aBc", 10), CASE_COST);
        assert_eq!(levenshtein_distance(b"abc", b"axc", 10), MOVE_COST);
        assert_eq!(levenshtein_distance(b"countr", b"counter", 10), MOVE_COST);
    }

    #[test]
    fn closest_skips_the_name_itself() {
        let names = vec!["counter".to_string(), "countr".to_string()];
        assert_eq!(closest(&names, "countr").as_deref(), Some("counter"));
        assert_eq!(closest(&names, "zzzzzzzz"), None);
    }
}
