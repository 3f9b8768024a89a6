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

    /// `name() takes no keyword arguments`.
    pub fn no_keywords(&self, qualname: &str) -> PyResult<()> {
        if self.kw_count() != 0 {
            return Err(type_error(format!(
                "{qualname}() takes no keyword arguments"
            )));
        }
        Ok(())
    }

    /// METH_NOARGS.
    pub fn none(&self, qualname: &str) -> PyResult<()> {
        self.no_keywords(qualname)?;
        if !self.values.is_empty() {
            return Err(type_error(format!(
                "{qualname}() takes no arguments ({} given)",
                self.values.len()
            )));
        }
        Ok(())
    }

    /// METH_O.
    pub fn one(&self, qualname: &str) -> PyResult<&'a Value> {
        self.no_keywords(qualname)?;
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
        qualname: &str,
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

    /// Clinic's general form: `names` in order, the first `posonly` of them
    /// positional-only, the first `required` required; keyword-only names
    /// after `max_positional`.
    pub fn parse<const N: usize>(
        &self,
        fname: &str,
        names: [&str; N],
        posonly: usize,
        required: usize,
        max_positional: usize,
    ) -> PyResult<[Option<Value>; N]> {
        let pos = self.positional();
        // `_PyArg_UnpackKeywords`: more arguments than parameters is
        // reported before the positional count.
        let given = pos.len()
            + self
                .kwnames
                .and_then(|k| k.downcast::<crate::tuple::Tuple>())
                .map_or(0, |t| t.len());
        if given > N {
            return Err(type_error(format!(
                "{fname}() takes at most {N} {}argument{} ({given} given)",
                if pos.is_empty() { "keyword " } else { "" },
                plural(N)
            )));
        }
        if pos.len() > max_positional {
            let msg = if max_positional == 0 {
                format!("{fname}() takes no positional arguments")
            } else if required == max_positional {
                format!(
                    "{fname}() takes exactly {max_positional} positional argument{} ({} given)",
                    plural(max_positional),
                    pos.len()
                )
            } else {
                format!(
                    "{fname}() takes at most {max_positional} positional argument{} ({} given)",
                    plural(max_positional),
                    pos.len()
                )
            };
            return Err(type_error(msg));
        }
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        for (k, v) in self.keywords() {
            let key = k
                .downcast::<PyStr>()
                .map(|s| s.to_string_lossy())
                .unwrap_or_default();
            match names.iter().position(|n| *n == key) {
                Some(i) if i >= posonly => {
                    if out[i].is_some() {
                        return Err(type_error(format!(
                            "argument for {fname}() given by name ('{key}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v);
                }
                _ => {
                    return Err(type_error(format!(
                        "{fname}() got an unexpected keyword argument '{key}'"
                    )));
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_none() {
                return Err(type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
}
