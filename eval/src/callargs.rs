//! Binding a call's arguments to a function's parameters (positional, defaults, keywords, `*args`, `**kwargs`) with CPython's error messages; mirrors `initialize_locals` in Python/ceval.c.

use ouro_objects::code::Code;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::functype::Function;
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, protocol};

/// `module.qualname()` as CPython names a callable in call errors
/// (`_PyObject_FunctionStr`: no module for builtins, `str(func)` without a
/// `__qualname__`).
pub fn function_display_name(callable: &Value) -> String {
    let text =
        |v: &Value| protocol::str(v).map_or_else(|_| String::new(), |s| protocol::str_lossy(&s));
    let qualname = match protocol::getattr_opt(callable, &intern("__qualname__")) {
        Ok(Some(q)) => text(&q),
        _ => return text(callable),
    };
    match protocol::getattr_opt(callable, &intern("__module__")) {
        Ok(Some(m)) if !ouro_objects::none::is_none(&m) && text(&m) != "builtins" => {
            format!("{}.{qualname}()", text(&m))
        }
        _ => format!("{qualname}()"),
    }
}

/// A function's `__qualname__` for error messages, rendered only when an
/// error is actually formatted (binding succeeds far more often than not).
struct QualName<'a>(&'a Function);

impl std::fmt::Display for QualName<'_> {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        out.write_str(&protocol::str_lossy(&self.0.qualname.borrow()))
    }
}

/// `_PyObject_FunctionStr`: `module.qualname()` (no module for builtins),
/// as the errors of `f(*a)`/`f(**k)` name the callable.
pub fn function_str(callable: &Value) -> String {
    let intern = ouro_objects::str::intern;
    let Ok(Some(qualname)) = protocol::getattr_opt(callable, &intern("__qualname__")) else {
        return protocol::str_string(callable).unwrap_or_default();
    };
    let qualname = protocol::str_lossy(&qualname);
    match protocol::getattr_opt(callable, &intern("__module__")) {
        Ok(Some(m)) if m.downcast::<PyStr>().is_some() && protocol::str_lossy(&m) != "builtins" => {
            format!("{}.{qualname}()", protocol::str_lossy(&m))
        }
        _ => format!("{qualname}()"),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn quoted_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Fills `fast` (the new frame's locals) from the call's arguments.
pub fn bind(
    func: &Function,
    code: &Code,
    fast: &mut [Option<Value>],
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<()> {
    let name = QualName(func);
    let nkw = kwnames
        .and_then(|k| k.downcast::<Tuple>())
        .map_or(0, Tuple::len);
    let npos = args.len() - nkw;
    let argcount = code.argcount as usize;
    let posonly = code.posonlyargcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let total = argcount + kwonly;
    let has_varargs = code.flags & ouro_objects::code::co::VARARGS != 0;
    let has_varkw = code.flags & ouro_objects::code::co::VARKEYWORDS != 0;
    if nkw == 0 && npos == argcount && kwonly == 0 && !has_varargs && !has_varkw {
        // Exactly the positional parameters: the common call, bound here
        // without the general machinery.
        for (slot, v) in fast.iter_mut().zip(args) {
            *slot = Some(v.clone());
        }
        return Ok(());
    }
    let varargs_index = total;
    let varkw_index = total + usize::from(has_varargs);
    let kwdict = if has_varkw {
        let d = Dict::new_value();
        fast[varkw_index] = Some(d.clone());
        Some(d)
    } else {
        None
    };
    let n = npos.min(argcount);
    for (slot, v) in fast.iter_mut().zip(&args[..n]) {
        *slot = Some(v.clone());
    }
    if has_varargs {
        fast[varargs_index] = Some(Tuple::from_slice(&args[n..npos]));
    } else if npos > argcount {
        let defaults = func
            .defaults
            .borrow()
            .as_ref()
            .and_then(|d| d.downcast::<Tuple>().map(Tuple::len))
            .unwrap_or(0);
        let kw_given = if nkw > 0 {
            let names = kwnames
                .and_then(|k| k.downcast::<Tuple>())
                .expect("kwnames");
            names
                .iter()
                .filter(|k| {
                    code.localsplus_names[argcount..total]
                        .iter()
                        .any(|n| protocol::eq(n, k).unwrap_or(false))
                })
                .count()
        } else {
            0
        };
        let takes = if defaults > 0 {
            format!(
                "from {} to {} positional arguments",
                // Signed, as CPython computes it: a replaced `__code__` may
                // take fewer parameters than there are defaults.
                argcount as i64 - defaults as i64,
                argcount
            )
        } else {
            plural(argcount, "positional argument")
        };
        let given = if kw_given > 0 {
            format!(
                "{npos} positional argument{} (and {} keyword-only argument{}) were given",
                if npos == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{npos} {} given", if npos == 1 { "was" } else { "were" })
        };
        return Err(type_error(format!("{name}() takes {takes} but {given}")));
    }
    if nkw > 0 {
        let names = kwnames
            .and_then(|k| k.downcast::<Tuple>())
            .expect("kwnames");
        let mut posonly_passed = Vec::new();
        for (k, v) in names.iter().zip(&args[npos..]) {
            if k.downcast::<PyStr>().is_none() {
                return Err(type_error(format!("{name}() keywords must be strings")));
            }
            let key = protocol::str_lossy(k);
            let index = (posonly..total).find(|&i| {
                let n = &code.localsplus_names[i];
                n.is(k) || n.downcast::<PyStr>().is_some_and(|s| s.eq_rust(&key))
            });
            match index {
                Some(i) => {
                    if fast[i].is_some() {
                        return Err(type_error(format!(
                            "{name}() got multiple values for argument '{key}'"
                        )));
                    }
                    fast[i] = Some(v.clone());
                }
                None => match &kwdict {
                    Some(d) => {
                        let dict = d.downcast::<Dict>().expect("dict");
                        dict.set_item(k.clone(), v.clone())?;
                    }
                    None => {
                        if (0..posonly)
                            .any(|i| protocol::str_lossy(&code.localsplus_names[i]) == key)
                        {
                            posonly_passed.push(key);
                            continue;
                        }
                        let keywords: Vec<String> = code
                            .localsplus_names
                            .get(posonly..total)
                            .unwrap_or_default()
                            .iter()
                            .map(protocol::str_lossy)
                            .collect();
                        let hint = crate::suggestions::closest(&keywords, &key)
                            .map(|s| format!(". Did you mean '{s}'?"))
                            .unwrap_or_default();
                        return Err(type_error(format!(
                            "{name}() got an unexpected keyword argument '{key}'{hint}"
                        )));
                    }
                },
            }
        }
        if !posonly_passed.is_empty() {
            return Err(type_error(format!(
                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_passed.join(", ")
            )));
        }
    }
    // Defaults for missing positional parameters.
    if npos < argcount {
        let defaults = func.defaults.borrow().clone();
        let defaults: Vec<Value> = defaults
            .and_then(|d| d.downcast::<Tuple>().map(Tuple::to_vec))
            .unwrap_or_default();
        // Signed like CPython's `m`: defaults may outnumber the parameters
        // of a replaced `__code__`; the last ones then apply.
        let first_default = argcount as isize - defaults.len() as isize;
        let mut missing = Vec::new();
        for i in npos..argcount {
            if fast[i].is_some() {
                continue;
            }
            if i as isize >= first_default {
                fast[i] = Some(defaults[(i as isize - first_default) as usize].clone());
            } else {
                missing.push(protocol::str_lossy(&code.localsplus_names[i]));
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quoted_list(&missing)
            )));
        }
    }
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for (slot, pname) in fast[argcount..total]
            .iter_mut()
            .zip(&code.localsplus_names[argcount..total])
        {
            if slot.is_some() {
                continue;
            }
            let default = kwdefaults
                .as_ref()
                .and_then(|d| d.downcast::<Dict>())
                .and_then(|d| d.get_str(pname));
            match default {
                Some(v) => *slot = Some(v),
                None => missing.push(protocol::str_lossy(pname)),
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{name}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quoted_list(&missing)
            )));
        }
    }
    Ok(())
}
