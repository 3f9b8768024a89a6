//! `StringIO`: a text stream over an in-memory buffer of code points, with the `newline=` translation rules; mirrors Modules/_io/stringio.c.

use std::cell::{Cell, RefCell};

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::exceptions;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_type, int, protocol};

use super::fileio::int_arg;
use super::iobase::TEXT_IO_BASE_TYPE;
use super::newlines::{LineEnding, NewlineState, valid_newline};
use super::size_arg;

pub struct StringIO {
    buf: RefCell<Vec<u32>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    /// `newline=None` or `''`: newlines are tracked by a universal decoder.
    universal: Cell<bool>,
    translate: Cell<bool>,
    readnl: RefCell<Vec<u32>>,
    /// `'\r'` or `'\r\n'`: what `\n` becomes on write.
    writenl: RefCell<Option<Vec<u32>>>,
    state: RefCell<NewlineState>,
}

fn this(v: &Value) -> PyResult<&StringIO> {
    let s = v
        .downcast::<StringIO>()
        .expect("StringIO method on a StringIO");
    if s.closed.get() {
        return Err(closed_file());
    }
    Ok(s)
}

impl StringIO {
    fn write_text(&self, text: Vec<u32>) -> PyResult<usize> {
        let n = text.len();
        let mut text = if self.universal.get() {
            self.state
                .borrow_mut()
                .process(text, self.translate.get(), true)
        } else {
            text
        };
        if let Some(nl) = self.writenl.borrow().as_ref() {
            text = text
                .into_iter()
                .flat_map(|c| {
                    if c == '\n' as u32 {
                        nl.clone()
                    } else {
                        vec![c]
                    }
                })
                .collect();
        }
        let pos = self.pos.get();
        let mut buf = self.buf.borrow_mut();
        let end = pos
            .checked_add(text.len())
            .ok_or_else(|| PyErr::empty(&exceptions::MEMORY_ERROR))?;
        super::grow(&mut buf, pos)?;
        let overlap = end.min(buf.len());
        buf[pos..overlap].copy_from_slice(&text[..overlap - pos]);
        buf.extend_from_slice(&text[overlap - pos..]);
        self.pos.set(end);
        Ok(n)
    }

    fn take(&self, n: Option<usize>) -> Vec<u32> {
        let buf = self.buf.borrow();
        let start = self.pos.get().min(buf.len());
        let end = n.map_or(buf.len(), |n| start.saturating_add(n).min(buf.len()));
        self.pos.set(end.max(self.pos.get()));
        buf[start..end].to_vec()
    }

    fn readline(&self, limit: Option<usize>) -> Vec<u32> {
        let ending = if self.translate.get() {
            LineEnding::Translated
        } else if self.universal.get() {
            LineEnding::Universal
        } else {
            LineEnding::Exact(self.readnl.borrow().clone())
        };
        let n = {
            let buf = self.buf.borrow();
            let start = self.pos.get().min(buf.len());
            let window = limit.map_or(buf.len() - start, |l| l.min(buf.len() - start));
            ending.find(&buf[start..start + window]).unwrap_or(window)
        };
        self.take(Some(n))
    }
}

fn stringio_new(ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Ok(alloc_typed(
        ty,
        StringIO {
            buf: RefCell::new(Vec::new()),
            pos: Cell::new(0),
            closed: Cell::new(false),
            universal: Cell::new(false),
            translate: Cell::new(false),
            readnl: RefCell::new(vec!['\n' as u32]),
            writenl: RefCell::new(None),
            state: RefCell::new(NewlineState::default()),
        },
    ))
}

fn stringio_init(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let [initial, newline] =
        Args::new(args, kwnames).parse("StringIO", ["initial_value", "newline"], 0, 0, 2)?;
    let newline = match &newline {
        None => Some("\n".to_string()),
        Some(n) if is_none(n) => None,
        Some(n) => match n.downcast::<PyStr>() {
            Some(s) => {
                let text = s.to_string_lossy();
                if !valid_newline(&text) {
                    return Err(value_error(format!(
                        "illegal newline value: {}",
                        protocol::repr_string(n)?
                    )));
                }
                Some(text)
            }
            None => {
                return Err(type_error(format!(
                    "newline must be str or None, not {}",
                    protocol::type_name(n)
                )));
            }
        },
    };
    let initial = match initial.filter(|i| !is_none(i)) {
        Some(i) => match i.downcast::<PyStr>() {
            Some(s) => s.code_points(),
            None => {
                return Err(type_error(format!(
                    "initial_value must be str or None, not {}",
                    protocol::type_name(&i)
                )));
            }
        },
        None => Vec::new(),
    };
    let s = v.downcast::<StringIO>().expect("StringIO");
    let cps = |t: &str| t.chars().map(u32::from).collect::<Vec<u32>>();
    s.universal
        .set(newline.as_deref().is_none_or(str::is_empty));
    s.translate.set(newline.is_none());
    *s.readnl.borrow_mut() = cps(newline.as_deref().unwrap_or("\n"));
    *s.writenl.borrow_mut() = newline.as_deref().filter(|n| n.starts_with('\r')).map(cps);
    s.state.borrow_mut().reset();
    s.buf.borrow_mut().clear();
    s.pos.set(0);
    s.closed.set(false);
    if !initial.is_empty() {
        s.write_text(initial)?;
        s.pos.set(0);
    }
    Ok(())
}

fn stringio_write(v: &Value, args: Args) -> PyResult {
    let text = args.one("write")?;
    let s = this(v)?;
    let Some(t) = text.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "string argument expected, got '{}'",
            protocol::type_name(text)
        )));
    };
    Ok(int::from_usize(s.write_text(t.code_points())?))
}

fn stringio_read(v: &Value, args: Args) -> PyResult {
    let a = args.range("read", "read", 0, 1)?;
    let s = this(v)?;
    Ok(PyStr::from_cps(&s.take(size_arg(a.first())?)))
}

fn stringio_readline(v: &Value, args: Args) -> PyResult {
    let a = args.range("readline", "readline", 0, 1)?;
    let s = this(v)?;
    Ok(PyStr::from_cps(&s.readline(size_arg(a.first())?)))
}

fn stringio_seek(v: &Value, args: Args) -> PyResult {
    let a = args.range("seek", "seek", 1, 2)?;
    let s = this(v)?;
    let pos = int_arg(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => int_arg(w)?,
        None => 0,
    };
    match whence {
        0 if pos < 0 => Err(value_error(format!("Negative seek position {pos}"))),
        0 => {
            s.pos.set(pos as usize);
            Ok(int::from_i64(pos))
        }
        1 | 2 if pos != 0 => Err(PyErr::new(
            &exceptions::OS_ERROR,
            "Can't do nonzero cur-relative seeks",
        )),
        1 => Ok(int::from_usize(s.pos.get())),
        2 => {
            s.pos.set(s.buf.borrow().len());
            Ok(int::from_usize(s.pos.get()))
        }
        _ => Err(value_error(format!(
            "Invalid whence ({whence}, should be 0, 1 or 2)"
        ))),
    }
}

fn stringio_truncate(v: &Value, args: Args) -> PyResult {
    let a = args.range("truncate", "truncate", 0, 1)?;
    let s = this(v)?;
    let size = match a.first().filter(|p| !is_none(p)) {
        Some(p) => {
            let n = int_arg(p)?;
            if n < 0 {
                return Err(value_error(format!("Negative size value {n}")));
            }
            n as usize
        }
        None => s.pos.get(),
    };
    s.buf.borrow_mut().truncate(size);
    Ok(int::from_usize(size))
}

fn stringio_iternext(v: &Value) -> PyResult<Option<Value>> {
    let s = this(v)?;
    let line = s.readline(None);
    Ok((!line.is_empty()).then(|| PyStr::from_cps(&line)))
}

fn yes(v: &Value, _args: Args) -> PyResult {
    this(v)?;
    Ok(pybool::py_bool(true))
}

builtin_type!(pub static STRING_IO_TYPE: StringIO = TypeSpec {
    name: "_io.StringIO",
    doc: Some("StringIO(initial_value='', newline='\\n')\n--\n\nText I/O implementation using an in-memory buffer."),
    base: Some(&TEXT_IO_BASE_TYPE),
    flags: flags::BASETYPE,
    instance_dict: true,
    slots: SlotDefs {
        new: Some(stringio_new),
        init: Some(stringio_init),
        iternext: Some(stringio_iternext),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("getvalue", |v, _| Ok(PyStr::from_cps(&this(v)?.buf.borrow())), "getvalue($self, /)\n--\n\nRetrieve the entire contents of the object."),
        MethodDef::new("read", stringio_read, "read($self, size=-1, /)\n--\n\nRead at most size characters, returned as a string."),
        MethodDef::new("readline", stringio_readline, "readline($self, size=-1, /)\n--\n\nRead until newline or EOF."),
        MethodDef::new("write", stringio_write, "write($self, s, /)\n--\n\nWrite string to file."),
        MethodDef::new("seek", stringio_seek, "seek($self, pos, whence=0, /)\n--\n\nChange stream position."),
        MethodDef::new("tell", |v, _| Ok(int::from_usize(this(v)?.pos.get())), "tell($self, /)\n--\n\nTell the current file position."),
        MethodDef::new("truncate", stringio_truncate, "truncate($self, pos=None, /)\n--\n\nTruncate size to pos."),
        MethodDef::new("readable", yes, "readable($self, /)\n--\n\nReturns True if the IO object can be read."),
        MethodDef::new("writable", yes, "writable($self, /)\n--\n\nReturns True if the IO object can be written."),
        MethodDef::new("seekable", yes, "seekable($self, /)\n--\n\nReturns True if the IO object can be seeked."),
        MethodDef::new("close", |v, _| { let s = v.downcast::<StringIO>().expect("StringIO"); s.closed.set(true); s.buf.borrow_mut().clear(); Ok(none()) }, "close($self, /)\n--\n\nClose the IO object."),
    ],
    getsets: &[
        GetSetDef::getter("closed", |v| Ok(pybool::py_bool(v.downcast::<StringIO>().expect("StringIO").closed.get()))),
        GetSetDef::getter("line_buffering", |v| { this(v)?; Ok(pybool::py_bool(false)) }),
        GetSetDef::getter("newlines", |v| {
            let s = this(v)?;
            Ok(if s.universal.get() { s.state.borrow().newlines() } else { none() })
        }),
    ],
    ..TypeSpec::DEFAULT
});

/// `ValueError: I/O operation on closed file` (this type's message has no full stop).
fn closed_file() -> ouro_objects::err::PyErr {
    value_error("I/O operation on closed file")
}
