//! Argument checking for native functions, with the messages of CPython's calling conventions (METH_NOARGS, METH_O, Argument Clinic).

use crate::core::Value;
use crate::err::{PyResult, type_error};
use crate::str::PyStr;
use crate::tuple::Tuple;

/// The arguments of a native call: positional then keyword values, keyword
/// names as a tuple of str.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: Option<&'a Value>,
}

/// How `_PyArg_BadArgument` names an argument's type: `None` for None.
pub fn arg_type_name(v: &Value) -> String {
    if crate::none::is_none(v) {
        "None".to_string()
    } else {
        crate::protocol::type_name(v)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [Value], kwnames: Option<&'a Value>) -> Args<'a> {
        Args { values, kwnames }
    }

    pub fn kw_count(&self) -> usize {
        self.kwnames
            .and_then(|k| k.downcast::<Tuple>())
            .map_or(0, |t| t.len())
    }

    /// The positional arguments.
    pub fn positional(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kw_count()]
    }

    /// Keyword arguments as (name, value) pairs.
    pub fn keywords(&self) -> Vec<(Value, Value)> {
        let n = self.kw_count();
        let Some(names) = self.kwnames.and_then(|k| k.downcast::<Tuple>()) else {
            return Vec::new();
        };
        let start = self.values.len() - n;
        names
            .iter()
            .cloned()
            .zip(self.values[start..].iter().cloned())
            .collect()
    }

    /// `name() takes no keyword arguments`. The names these checks take are
    /// `Display`, so callers can pass `format_args!` that is only rendered
    /// for an error.
    pub fn no_keywords(&self, qualname: impl std::fmt::Display) -> PyResult<()> {
        if self.kw_count() != 0 {
            return Err(type_error(format!(
                "{qualname}() takes no keyword arguments"
            )));
        }
        Ok(())
    }

    /// METH_NOARGS.
    pub fn none(&self, qualname: impl std::fmt::Display) -> PyResult<()> {
        self.no_keywords(&qualname)?;
        if !self.values.is_empty() {
            return Err(type_error(format!(
                "{qualname}() takes no arguments ({} given)",
                self.values.len()
            )));
        }
        Ok(())
    }

    /// METH_O.
    pub fn one(&self, qualname: impl std::fmt::Display) -> PyResult<&'a Value> {
        self.no_keywords(&qualname)?;
        if self.values.len() != 1 {
            return Err(type_error(format!(
                "{qualname}() takes exactly one argument ({} given)",
                self.values.len()
            )));
        }
        Ok(&self.values[0])
    }

    /// Clinic's positional-only check: `name expected at most N arguments, got M`.
    pub fn range(
        &self,
        qualname: impl std::fmt::Display,
        name: &str,
        min: usize,
        max: usize,
    ) -> PyResult<&'a [Value]> {
        self.no_keywords(qualname)?;
        let n = self.values.len();
        if n < min || n > max {
            let msg = if min == max {
                format!("{name} expected {min} argument{}, got {n}", plural(min))
            } else if n < min {
                format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    plural(min)
                )
            } else {
                format!(
                    "{name} expected at most {max} argument{}, got {n}",
                    plural(max)
                )
            };
            return Err(type_error(msg));
        }
        Ok(self.values)
    }

    /// Clinic's general form (`_PyArg_UnpackKeywords`): `names` in order,
    /// the first `posonly` of them positional-only, the first `required`
    /// required; keyword-only names after `max_positional`.
    pub fn parse<const N: usize>(
        &self,
        fname: &str,
        names: [&str; N],
        posonly: usize,
        required: usize,
        max_positional: usize,
    ) -> PyResult<[Option<Value>; N]> {
        let pos = self.positional();
        let nargs = pos.len();
        let nkw = self.kw_count();
        let minpos = required.min(max_positional);
        let minposonly = posonly.min(minpos);
        if nargs + nkw > N {
            return Err(type_error(format!(
                "{fname}() takes at most {N} {}argument{} ({} given)",
                if nargs == 0 { "keyword " } else { "" },
                plural(N),
                nargs + nkw
            )));
        }
        if nargs > max_positional {
            let msg = if max_positional == 0 {
                format!("{fname}() takes no positional arguments")
            } else {
                format!(
                    "{fname}() takes {} {max_positional} positional argument{} ({nargs} given)",
                    if minpos < max_positional {
                        "at most"
                    } else {
                        "exactly"
                    },
                    plural(max_positional),
                )
            };
            return Err(type_error(msg));
        }
        if nargs < minposonly {
            return Err(type_error(format!(
                "{fname}() takes {} {minposonly} positional argument{} ({nargs} given)",
                if minposonly < max_positional {
                    "at least"
                } else {
                    "exactly"
                },
                plural(minposonly),
            )));
        }
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        let keywords = self.keywords();
        let mut unused: Vec<bool> = vec![true; keywords.len()];
        for i in nargs.max(posonly)..N {
            let found = keywords
                .iter()
                .position(|(k, _)| k.downcast::<PyStr>().is_some_and(|s| s.eq_rust(names[i])));
            match found {
                Some(j) => {
                    out[i] = Some(keywords[j].1.clone());
                    unused[j] = false;
                }
                None if i < required => {
                    return Err(type_error(format!(
                        "{fname}() missing required argument '{}' (pos {})",
                        names[i],
                        i + 1
                    )));
                }
                None => {}
            }
        }
        if unused.iter().any(|&u| u) {
            for (i, name) in names.iter().enumerate().take(nargs).skip(posonly) {
                if keywords
                    .iter()
                    .any(|(k, _)| k.downcast::<PyStr>().is_some_and(|s| s.eq_rust(name)))
                {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{name}') and position ({})",
                        i + 1
                    )));
                }
            }
            let (key, _) = &keywords[unused.iter().position(|&u| u).expect("an unused keyword")];
            return Err(unexpected_keyword(fname, key, &names[posonly..]));
        }
        Ok(out)
    }
}

/// `name() got an unexpected keyword argument 'key'`, with CPython's
/// "Did you mean" suggestion among the accepted keyword names.
pub fn unexpected_keyword(fname: &str, key: &Value, accepted: &[&str]) -> crate::err::PyErr {
    let Some(k) = key.downcast::<PyStr>() else {
        return type_error("keywords must be strings");
    };
    let key = k.to_string_lossy();
    match suggestion(&key, accepted.iter().copied()) {
        Some(s) => type_error(format!(
            "{fname}() got an unexpected keyword argument '{key}'. Did you mean '{s}'?"
        )),
        None => type_error(format!(
            "{fname}() got an unexpected keyword argument '{key}'"
        )),
    }
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of `levenshtein_distance` in Python/suggestions.c
/// (case flips cost half a move), or `max_cost + 1` once it exceeds that.
fn edit_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
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
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name` (`_Py_CalculateSuggestions`):
/// at most a third of the characters changed, first best wins.
pub fn suggestion<'c>(
    name: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = edit_distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

/// `_PyArg_BadArgument`: `f() argument 'x' must be str, not int`, naming
/// `None` itself rather than its type.
pub fn bad_argument(fname: &str, argname: &str, expected: &str, arg: &Value) -> crate::PyErr {
    type_error(format!(
        "{fname}() argument '{argname}' must be {expected}, not {}",
        arg_type_name(arg)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_weights_case_changes_lower() {
        assert_eq!(edit_distance(b"abc", b"abc", 10), 0);
        assert_eq!(edit_distance(b"abc", b"aBc", 10), CASE_COST);
        assert_eq!(edit_distance(b"abc", b"axc", 10), MOVE_COST);
        assert_eq!(edit_distance(b"countr", b"counter", 10), MOVE_COST);
    }

    #[test]
    fn suggestion_skips_the_name_itself() {
        assert_eq!(suggestion("countr", ["counter", "countr"]), Some("counter"));
        assert_eq!(suggestion("zzzzzzzz", ["counter"]), None);
    }
}
