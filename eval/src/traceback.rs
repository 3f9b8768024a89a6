//! Printing an uncaught exception as CPython 3.14's `traceback` module does (`TracebackException.format` and `print_exception` in Lib/traceback.py): chained causes and contexts, exception groups in their boxes, `SyntaxError` carets, notes, "Did you mean" suggestions and the final `Type: message` line. The stack entries themselves come from [`crate::tb_stack`].

use std::collections::HashSet;

use ouro_objects::err::PyResult;
use ouro_objects::exceptions::{self, BaseException};
use ouro_objects::list::List;
use ouro_objects::none::is_none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, int, protocol};

use crate::frame::{FrameObj, Traceback};
use crate::tb_stack::{FrameSummary, SourceCache, format_stack, indent_all, splitlines};

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";
/// Sub-exceptions of a group shown before "and N more exceptions".
const MAX_GROUP_WIDTH: usize = 15;
/// Group nesting shown before "... (max_group_depth is 10)".
const MAX_GROUP_DEPTH: usize = 10;

/// `SyntaxError.offset` / `end_offset` as the formatter distinguishes them.
#[derive(Clone, Copy)]
enum Offset {
    Missing,
    Int(i64),
    Other,
}

/// What a `SyntaxError` shows besides its message.
#[derive(Clone)]
struct SyntaxDetails {
    filename: Option<String>,
    filename_truthy: bool,
    lineno: Option<String>,
    end_lineno: Option<String>,
    text: Option<String>,
    offset: Offset,
    end_offset: Offset,
    msg: String,
    /// `_metadata`'s source text, when the error carries one.
    metadata: Option<Option<String>>,
}

impl SyntaxDetails {
    /// Moves the error onto a misspelt keyword, if one explains it
    /// (`_find_keyword_typos`).
    fn fix_keyword_typo(&mut self) {
        if self.msg != "invalid syntax" && !self.msg.contains("Perhaps you forgot a comma") {
            return;
        }
        let Some(source) = &self.metadata else {
            return;
        };
        let mut end_line = self
            .lineno
            .as_ref()
            .and_then(|l| l.parse::<usize>().ok())
            .unwrap_or(0);
        let mut from_filename = false;
        let lines = match source {
            Some(source) => splitlines(source, false),
            None => {
                let file_text = self
                    .filename
                    .as_ref()
                    .filter(|_| self.filename_truthy)
                    .map(std::fs::read);
                match file_text {
                    Some(Ok(bytes)) => {
                        from_filename = true;
                        splitlines(&String::from_utf8_lossy(&bytes), false)
                    }
                    unreadable => {
                        if unreadable.is_some() {
                            end_line = 1;
                        }
                        let Some(text) = &self.text else {
                            return;
                        };
                        splitlines(text, false)
                    }
                }
            }
        };
        if let Some(typo) = crate::keyword_typos::find(&lines, end_line, from_filename) {
            self.text = Some(typo.text);
            self.offset = Offset::Int(typo.offset as i64);
            self.end_offset = Offset::Int(typo.end_offset as i64);
            self.lineno = Some(typo.lineno.to_string());
            self.end_lineno = Some(typo.end_lineno.to_string());
            self.msg = typo.msg;
        }
    }
}

/// One exception ready for printing (`TracebackException`); chained and
/// grouped exceptions are indexes into the same arena.
struct Report {
    stack: Vec<FrameSummary>,
    type_str: String,
    text: String,
    notes: Vec<String>,
    syntax: Option<SyntaxDetails>,
    suppress_context: bool,
    cause: Option<usize>,
    context: Option<usize>,
    exceptions: Option<Vec<usize>>,
}

/// `_safe_string(value, what)`.
fn safe_str(value: &Value, what: &str) -> String {
    match protocol::str(value) {
        Ok(s) => protocol::str_lossy(&s),
        Err(_) => format!("<{what} str() failed>"),
    }
}

fn attr(obj: &Value, name: &str) -> Option<Value> {
    protocol::getattr_str(obj, name)
        .ok()
        .filter(|v| !is_none(v))
}

fn is_instance(v: &Value, ty: &ouro_objects::typeobj::TypeObject) -> bool {
    v.type_obj().payload().is_subtype(ty)
}

/// `exc_type_str`: the qualified name, with its module unless builtin or `__main__`.
fn type_str(ty: &Value) -> String {
    let qualname = attr(ty, "__qualname__").map_or_else(String::new, |q| safe_str(&q, "type"));
    match protocol::getattr_str(ty, "__module__") {
        Ok(m) => match m.downcast::<PyStr>().map(PyStr::to_string_lossy) {
            Some(m) if m == "__main__" || m == "builtins" => qualname,
            Some(m) => format!("{m}.{qualname}"),
            None => format!("<unknown>.{qualname}"),
        },
        Err(_) => format!("<unknown>.{qualname}"),
    }
}

/// The most frames `sys.tracebacklimit` lets through (the last ones).
fn traceback_limit() -> Option<usize> {
    let limit = crate::sysmod::sys_attr("tracebacklimit")?;
    let limit = int::to_i64(&limit)?;
    Some(usize::try_from(limit).unwrap_or(0))
}

/// The entries of a traceback chain (`_walk_tb_with_full_positions`).
fn extract_stack(tb: Option<Value>) -> Vec<FrameSummary> {
    let mut stack = Vec::new();
    let mut cur = tb;
    while let Some(t) = cur {
        let Some(entry) = t.downcast::<Traceback>() else {
            break;
        };
        if let Some(frame) = entry.frame.downcast::<FrameObj>() {
            let code = &frame.meta.code;
            let position = entry
                .instruction()
                .and_then(|i| code.position_at(i))
                .unwrap_or_default();
            let lineno = position.line.or(entry.lineno).map(i64::from);
            let column = |c: Option<i32>| c.and_then(|c| usize::try_from(c).ok());
            stack.push(FrameSummary {
                filename: protocol::str_lossy(&code.filename()),
                lineno,
                end_lineno: position.end_line.map(i64::from).or(lineno),
                colno: column(position.col),
                end_colno: column(position.end_col),
                name: code.name_str(),
            });
        }
        cur = entry.next.borrow().clone();
    }
    if let Some(limit) = traceback_limit() {
        stack.drain(..stack.len().saturating_sub(limit));
    }
    stack
}

fn offset_of(exc: &Value, name: &str) -> Offset {
    match attr(exc, name) {
        None => Offset::Missing,
        Some(v) => int::to_i64(&v).map_or(Offset::Other, Offset::Int),
    }
}

fn syntax_details(exc: &Value) -> SyntaxDetails {
    let filename = attr(exc, "filename");
    SyntaxDetails {
        filename_truthy: filename
            .as_ref()
            .is_some_and(|f| protocol::is_true(f).unwrap_or(false)),
        filename: filename.map(|f| safe_str(&f, "filename")),
        lineno: attr(exc, "lineno").map(|l| safe_str(&l, "lineno")),
        end_lineno: attr(exc, "end_lineno").map(|l| safe_str(&l, "lineno")),
        text: attr(exc, "text").and_then(|t| t.downcast::<PyStr>().map(PyStr::to_string_lossy)),
        offset: offset_of(exc, "offset"),
        end_offset: offset_of(exc, "end_offset"),
        msg: attr(exc, "msg")
            .filter(|m| protocol::is_true(m).unwrap_or(true))
            .map_or_else(
                || "<no detail available>".to_string(),
                |m| safe_str(&m, "msg"),
            ),
        metadata: attr(exc, "_metadata").and_then(|m| {
            let source = m.downcast::<Tuple>()?.as_slice().get(2)?.clone();
            Some(source.downcast::<PyStr>().map(PyStr::to_string_lossy))
        }),
    }
}

/// The `__notes__` lines (`format_exception_only`'s tail).
fn notes_of(exc: &Value) -> Vec<String> {
    let notes = match protocol::getattr_opt(exc, &ouro_objects::str::intern("__notes__")) {
        Ok(None) => return Vec::new(),
        Ok(Some(n)) if is_none(&n) => return Vec::new(),
        Ok(Some(n)) => n,
        Err(e) => {
            let shown = protocol::repr_string(e.value())
                .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            return vec![format!("Ignored error getting __notes__: {shown}")];
        }
    };
    let items = if let Some(l) = notes.downcast::<List>() {
        l.to_vec()
    } else if let Some(t) = notes.downcast::<Tuple>() {
        t.as_slice().to_vec()
    } else {
        let shown =
            protocol::repr_string(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
        return vec![shown];
    };
    items
        .iter()
        .flat_map(|note| {
            safe_str(note, "note")
                .split('\n')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The message, with a "Did you mean" suggestion where one applies.
fn message_of(exc: &Value, tb: Option<&Value>) -> String {
    let mut text = safe_str(exc, "exception");
    let wrong_attr = if is_instance(exc, exceptions::IMPORT_ERROR.payload()) {
        "name_from"
    } else if is_instance(exc, exceptions::NAME_ERROR.payload())
        || is_instance(exc, exceptions::ATTRIBUTE_ERROR.payload())
    {
        "name"
    } else {
        return text;
    };
    let Some(wrong) =
        attr(exc, wrong_attr).and_then(|w| w.downcast::<PyStr>().map(PyStr::to_string_lossy))
    else {
        return text;
    };
    let suggestion = crate::suggestions::suggestion(exc, tb, &wrong);
    if let Some(s) = &suggestion {
        text.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if is_instance(exc, exceptions::NAME_ERROR.payload())
        && crate::stdlib_names::is_stdlib_module(&wrong)
    {
        text.push_str(&if suggestion.is_some() {
            format!(" Or did you forget to import '{wrong}'?")
        } else {
            format!(". Did you forget to import '{wrong}'?")
        });
    }
    text
}

/// Builds the report of one exception, without its chain.
fn report_of(exc: &Value, tb: Option<Value>) -> Report {
    let be = exc.downcast::<BaseException>();
    let syntax = is_instance(exc, exceptions::SYNTAX_ERROR.payload()).then(|| syntax_details(exc));
    let text = if syntax.is_some() {
        safe_str(exc, "exception")
    } else {
        message_of(exc, tb.as_ref())
    };
    Report {
        stack: extract_stack(tb),
        type_str: type_str(&exc.type_value()),
        text,
        notes: notes_of(exc),
        syntax,
        suppress_context: be.is_some_and(BaseException::suppress_context),
        cause: None,
        context: None,
        exceptions: None,
    }
}

/// The sub-exceptions of an exception group.
fn group_members(exc: &Value) -> Option<Vec<Value>> {
    if !is_instance(exc, exceptions::BASE_EXCEPTION_GROUP.payload()) {
        return None;
    }
    protocol::collect(&protocol::getattr_str(exc, "exceptions").ok()?).ok()
}

/// The reports of `exc` and everything chained or grouped under it, each
/// exception once (`TracebackException.__init__`'s queue).
fn build_reports(exc: &Value, tb: Option<Value>) -> Vec<Report> {
    let mut reports = vec![report_of(exc, tb)];
    let mut seen: HashSet<usize> = HashSet::from([exc.word()]);
    let mut queue = vec![(0, exc.clone())];
    let add = |v: &Value, reports: &mut Vec<Report>, seen: &mut HashSet<usize>| {
        seen.insert(v.word());
        let tb = v
            .downcast::<BaseException>()
            .and_then(BaseException::traceback);
        reports.push(report_of(v, tb));
        reports.len() - 1
    };
    while let Some((index, e)) = queue.pop() {
        let be = e.downcast::<BaseException>();
        let cause = be
            .and_then(BaseException::cause)
            .filter(|c| !seen.contains(&c.word()))
            .map(|c| (add(&c, &mut reports, &mut seen), c));
        let context = be
            .and_then(BaseException::context)
            .filter(|c| !seen.contains(&c.word()))
            .map(|c| (add(&c, &mut reports, &mut seen), c));
        let members = group_members(&e).map(|members| {
            members
                .into_iter()
                .map(|m| (add(&m, &mut reports, &mut seen), m))
                .collect::<Vec<_>>()
        });
        reports[index].cause = cause.as_ref().map(|c| c.0);
        reports[index].context = context.as_ref().map(|c| c.0);
        reports[index].exceptions = members.as_ref().map(|m| m.iter().map(|x| x.0).collect());
        queue.extend(cause);
        queue.extend(context);
        queue.extend(members.into_iter().flatten());
    }
    reports
}

/// `_format_syntax_error`: where the error is, with carets under it.
fn format_syntax_error(type_str: &str, s: &SyntaxDetails, out: &mut Vec<String>) {
    let mut s = s.clone();
    let mut filename_suffix = String::new();
    if let Some(lineno) = &s.lineno {
        let filename = if s.filename_truthy {
            s.filename.clone().unwrap_or_default()
        } else {
            "<string>".to_string()
        };
        out.push(format!("  File \"{filename}\", line {lineno}\n"));
    } else if let Some(filename) = &s.filename {
        filename_suffix = format!(" ({filename})");
    }
    if s.text.is_some() {
        s.fix_keyword_typo();
    }
    if let Some(text) = &s.text {
        let rtext = text.trim_end_matches('\n');
        let ltext: Vec<char> = rtext
            .trim_start_matches([' ', '\n', '\x0c'])
            .chars()
            .collect();
        let ltext_str: String = ltext.iter().collect();
        let rlen = rtext.chars().count() as i64;
        let text_len = text.chars().count() as i64;
        let spaces = rlen - ltext.len() as i64;
        match s.offset {
            Offset::Missing => out.push(format!("    {ltext_str}\n")),
            Offset::Int(mut offset) => {
                let mut end_offset = if s.lineno == s.end_lineno {
                    match s.end_offset {
                        Offset::Int(e) if e != 0 => e,
                        _ => offset,
                    }
                } else {
                    rlen + 1
                };
                if text_len > 0 && offset > text_len {
                    offset = rlen + 1;
                }
                if text_len > 0 && end_offset > text_len {
                    end_offset = rlen + 1;
                }
                if offset >= end_offset || end_offset < 0 {
                    end_offset = offset + 1;
                }
                let colno = offset - 1 - spaces;
                let end_colno = end_offset - 1 - spaces;
                out.push(format!("    {ltext_str}\n"));
                if colno >= 0 {
                    let caretspace: String = ltext
                        .iter()
                        .take(colno as usize)
                        .map(|&c| if crate::tb_stack::is_space(c) { c } else { ' ' })
                        .collect();
                    let carets = "^".repeat(usize::try_from(end_colno - colno).unwrap_or(0));
                    out.push(format!("    {caretspace}{carets}\n"));
                }
            }
            Offset::Other => {}
        }
    }
    out.push(format!("{type_str}: {}{filename_suffix}\n", s.msg));
}

/// `format_exception_only` (without `show_group`).
fn format_exception_only(r: &Report) -> Vec<String> {
    let mut out = Vec::new();
    match &r.syntax {
        Some(s) => format_syntax_error(&r.type_str, s, &mut out),
        None if r.text.is_empty() => out.push(format!("{}\n", r.type_str)),
        None => out.push(format!("{}: {}\n", r.type_str, r.text)),
    }
    out.extend(r.notes.iter().map(|n| format!("{n}\n")));
    out
}

/// `_ExceptionPrintContext`: the group nesting being printed.
struct PrintContext {
    group_depth: usize,
    need_close: bool,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    fn emit(&self, text: &str, margin: char, out: &mut String) {
        let mut prefix = self.indent();
        if self.group_depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        out.push_str(&indent_all(text, &prefix));
    }
}

/// `TracebackException.format`.
fn format_report(
    reports: &[Report],
    index: usize,
    ctx: &mut PrintContext,
    sources: &mut SourceCache,
    out: &mut String,
) {
    let mut chain = Vec::new();
    let mut cur = Some(index);
    while let Some(i) = cur {
        let r = &reports[i];
        let (message, next) = if let Some(c) = r.cause {
            (Some(CAUSE_MESSAGE), Some(c))
        } else if let Some(c) = r.context.filter(|_| !r.suppress_context) {
            (Some(CONTEXT_MESSAGE), Some(c))
        } else {
            (None, None)
        };
        chain.push((message, i));
        cur = next;
    }
    for &(message, i) in chain.iter().rev() {
        if let Some(m) = message {
            ctx.emit(m, '|', out);
        }
        let r = &reports[i];
        match &r.exceptions {
            None => {
                if !r.stack.is_empty() {
                    ctx.emit("Traceback (most recent call last):\n", '|', out);
                    ctx.emit(&format_stack(&r.stack, sources), '|', out);
                }
                for line in format_exception_only(r) {
                    ctx.emit(&line, '|', out);
                }
            }
            Some(_) if ctx.group_depth > MAX_GROUP_DEPTH => {
                ctx.emit(
                    &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                    '|',
                    out,
                );
            }
            Some(members) => format_group(reports, r, members, ctx, sources, out),
        }
    }
}

/// An exception group: its own traceback, then each member in a box.
fn format_group(
    reports: &[Report],
    r: &Report,
    members: &[usize],
    ctx: &mut PrintContext,
    sources: &mut SourceCache,
    out: &mut String,
) {
    let is_toplevel = ctx.group_depth == 0;
    if is_toplevel {
        ctx.group_depth += 1;
    }
    if !r.stack.is_empty() {
        let margin = if is_toplevel { '+' } else { '|' };
        ctx.emit(
            "Exception Group Traceback (most recent call last):\n",
            margin,
            out,
        );
        ctx.emit(&format_stack(&r.stack, sources), '|', out);
    }
    for line in format_exception_only(r) {
        ctx.emit(&line, '|', out);
    }
    let shown = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..shown {
        let last = i == shown - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        out.push_str(&format!(
            "{}{}+---------------- {title} ----------------\n",
            ctx.indent(),
            if i == 0 { "+-" } else { "  " }
        ));
        ctx.group_depth += 1;
        if truncated {
            let remaining = members.len() - MAX_GROUP_WIDTH;
            let plural = if remaining > 1 { "s" } else { "" };
            ctx.emit(
                &format!("and {remaining} more exception{plural}\n"),
                '|',
                out,
            );
        } else {
            format_report(reports, members[i], ctx, sources, out);
        }
        if last && ctx.need_close {
            out.push_str(&format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.group_depth -= 1;
    }
    if is_toplevel {
        ctx.group_depth = 0;
    }
}

/// The traceback text of `exc` with `tb` as its own traceback.
fn render(exc: &Value, tb: Option<Value>) -> String {
    let reports = build_reports(exc, tb);
    let mut out = String::new();
    let mut ctx = PrintContext {
        group_depth: 0,
        need_close: false,
    };
    format_report(&reports, 0, &mut ctx, &mut SourceCache::default(), &mut out);
    out
}

/// The full traceback text of an exception.
pub fn format_exception(exc: &Value) -> String {
    render(
        exc,
        exc.downcast::<BaseException>()
            .and_then(BaseException::traceback),
    )
}

fn write_stderr(text: &str) {
    crate::sysmod::flush_std_streams();
    match crate::sysmod::sys_attr("stderr").filter(|s| !is_none(s)) {
        Some(err) => {
            if protocol::call_method(&err, "write", &[PyStr::new(text)]).is_err() {
                eprint!("{text}");
            }
            let _ = protocol::call_method(&err, "flush", &[]);
        }
        None => eprint!("{text}"),
    }
}

/// Prints an exception to `sys.stderr` (or the process's stderr) with the
/// native printer alone, for when the import system may not work.
pub fn print_exception_natively(exc: &Value) {
    write_stderr(&format_exception(exc));
}

/// Prints an exception as `PyErr_Display` does: the stdlib's
/// `traceback._print_exception_bltin` (which reads sources through
/// `linecache`, so code registered there or imported from a zip shows its
/// lines), and the native printer when that fails.
pub fn print_exception(exc: &Value) {
    crate::sysmod::flush_std_streams();
    let printed = stdlib_traceback("_print_exception_bltin")
        .and_then(|print| protocol::call(&print, std::slice::from_ref(exc), None));
    if printed.is_err() {
        write_stderr(&format_exception(exc));
    }
}

/// `sys.excepthook(type, value, tb)`, shown as `traceback.print_exception`
/// shows it (the reference installs that function as its hook): `tb` is the
/// traceback printed for `value` itself, none unless it is a traceback object.
pub fn print_exception_with_traceback(exc: &Value, tb: &Value) {
    let tb = tb.downcast::<Traceback>().map(|_| tb.clone());
    crate::sysmod::flush_std_streams();
    let printed = stdlib_traceback("print_exception").and_then(|print| {
        let shown_tb = tb.clone().unwrap_or_else(ouro_objects::none::none);
        protocol::call(&print, &[exc.type_value(), exc.clone(), shown_tb], None)
    });
    if printed.is_err() {
        write_stderr(&render(exc, tb));
    }
}

/// `_PyErr_Display(file, type, value, tb)`: `traceback.print_exception`
/// into `file`, or the native printer's text when that fails.
pub fn print_exception_to(exc_type: &Value, exc: &Value, tb: &Value, file: &Value) -> PyResult<()> {
    let printed = stdlib_traceback("print_exception").and_then(|print| {
        let kwnames = ouro_objects::tuple::Tuple::new(vec![PyStr::new("file")]);
        protocol::call(
            &print,
            &[exc_type.clone(), exc.clone(), tb.clone(), file.clone()],
            Some(&kwnames),
        )
    });
    if printed.is_err() {
        let tb = tb.downcast::<Traceback>().map(|_| tb.clone());
        protocol::call_method(file, "write", &[PyStr::new(&render(exc, tb))])?;
    }
    Ok(())
}

fn stdlib_traceback(function: &str) -> PyResult {
    let module = crate::import::import_module("traceback")?;
    protocol::getattr_str(&module, function)
}
