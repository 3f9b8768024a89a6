//! Printing an uncaught exception: the traceback entries with their source lines, chained exceptions, notes and the final `Type: message` line, as CPython 3.14's `traceback` module prints them (the native fallback `PyErr_Display` uses before the stdlib can be imported).

use ouro_objects::exceptions::{self, BaseException};
use ouro_objects::list::List;
use ouro_objects::none::is_none;
use ouro_objects::str::PyStr;
use ouro_objects::{Value, protocol};

use crate::frame::{FrameObj, Traceback};

/// The source line `lineno` of `filename` (1-based), if readable.
fn source_line(filename: &str, lineno: i32) -> Option<String> {
    let text = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&text);
    text.lines()
        .nth(usize::try_from(lineno).ok()?.checked_sub(1)?)
        .map(str::to_string)
}

fn format_tb(tb: &Value, out: &mut String) {
    let mut cur = Some(tb.clone());
    while let Some(t) = cur {
        let Some(entry) = t.downcast::<Traceback>() else {
            break;
        };
        if let Some(frame) = entry.frame.downcast::<FrameObj>() {
            let code = &frame.meta.code;
            let filename = protocol::str_lossy(&code.filename);
            let name = code.name_str();
            match entry.lineno {
                Some(line) => {
                    out.push_str(&format!("  File \"{filename}\", line {line}, in {name}\n"));
                    if let Some(src) = source_line(&filename, line) {
                        let stripped = src.trim();
                        if !stripped.is_empty() {
                            out.push_str(&format!("    {stripped}\n"));
                        }
                    }
                }
                None => out.push_str(&format!("  File \"{filename}\", line ?, in {name}\n")),
            }
        }
        cur = entry.next.borrow().clone();
    }
}

/// `Type: message` (with the module for non-builtin types).
fn exception_line(exc: &Value) -> String {
    let ty = exc.type_value();
    let module = ouro_objects::types::typetype::type_module_name(&ty);
    let qual = protocol::str_lossy(&exc.type_obj().payload().qualname());
    let name = if module == "builtins" || module == "__main__" {
        qual
    } else {
        format!("{module}.{qual}")
    };
    let msg = match protocol::str(exc) {
        Ok(s) => protocol::str_lossy(&s),
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

fn syntax_error_lines(exc: &Value, out: &mut String) -> bool {
    if !exc
        .type_obj()
        .payload()
        .is_subtype(exceptions::SYNTAX_ERROR.payload())
    {
        return false;
    }
    let get = |n: &str| protocol::getattr_str(exc, n).ok().filter(|v| !is_none(v));
    let filename = get("filename")
        .map(|f| protocol::str_lossy(&f))
        .unwrap_or_else(|| "<string>".into());
    let lineno = get("lineno").and_then(|l| ouro_objects::int::to_i64(&l));
    if let Some(l) = lineno {
        out.push_str(&format!("  File \"{filename}\", line {l}\n"));
    }
    if let Some(text) = get("text").map(|t| protocol::str_lossy(&t)) {
        let line = text.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start();
        let indent = line.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {}\n", stripped.trim_end()));
        if let Some(offset) = get("offset").and_then(|o| ouro_objects::int::to_i64(&o)) {
            let end = get("end_offset").and_then(|o| ouro_objects::int::to_i64(&o));
            let end_line = get("end_lineno").and_then(|o| ouro_objects::int::to_i64(&o));
            let start = (offset - 1 - indent as i64).max(0) as usize;
            let width = match (end, end_line) {
                (Some(e), Some(el)) if Some(el) == lineno && e > offset => (e - offset) as usize,
                _ => 1,
            };
            out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
        }
    }
    let msg = get("msg")
        .map(|m| protocol::str_lossy(&m))
        .unwrap_or_default();
    out.push_str(&format!("{}: {msg}\n", exc.type_obj().payload().name()));
    true
}

fn format_one(exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.word());
    if let Some(be) = exc.downcast::<BaseException>() {
        let cause = be.cause();
        let context = be.context();
        if let Some(c) = cause.filter(|c| !seen.contains(&c.word())) {
            format_one(&c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) =
            context.filter(|c| !be.suppress_context() && !seen.contains(&c.word()))
        {
            format_one(&c, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        if let Some(tb) = be.traceback() {
            out.push_str("Traceback (most recent call last):\n");
            format_tb(&tb, out);
        }
    }
    if !syntax_error_lines(exc, out) {
        out.push_str(&exception_line(exc));
        out.push('\n');
    }
    if let Ok(Some(notes)) = protocol::getattr_opt(exc, &ouro_objects::str::intern("__notes__"))
        && let Some(l) = notes.downcast::<List>()
    {
        for n in l.to_vec() {
            match n.downcast::<PyStr>() {
                Some(s) => {
                    out.push_str(&s.to_string_lossy());
                    out.push('\n');
                }
                None => {
                    out.push_str(&protocol::repr_string(&n).unwrap_or_default());
                    out.push('\n');
                }
            }
        }
    }
}

/// The full traceback text of an exception.
pub fn format_exception(exc: &Value) -> String {
    let mut out = String::new();
    format_one(exc, &mut out, &mut Vec::new());
    out
}

/// Prints an exception to `sys.stderr` (or the process's stderr).
pub fn print_exception(exc: &Value) {
    crate::sysmod::flush_std_streams();
    let text = format_exception(exc);
    match crate::sysmod::sys_attr("stderr").filter(|s| !is_none(s)) {
        Some(err) => {
            if protocol::call_method(&err, "write", &[PyStr::new(&text)]).is_err() {
                eprint!("{text}");
            }
            let _ = protocol::call_method(&err, "flush", &[]);
        }
        None => eprint!("{text}"),
    }
}
