//! `_csv`: dialects, the CSV reader's state machine and the writer's quoting rules; mirrors Modules/_csv.c.

use std::cell::{Cell, RefCell};

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::float;
use ouro_objects::int::{self, from_i64};
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, TYPE_TYPE, flags};
use ouro_objects::{TypeRef, Value, builtin_type, exceptions, protocol};

const QUOTE_MINIMAL: i64 = 0;
const QUOTE_ALL: i64 = 1;
const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;
const QUOTE_STRINGS: i64 = 4;
const QUOTE_NOTNULL: i64 = 5;

ouro_objects::gil_shared! {
    /// `_csv.Error` and `_csv._dialects`, made when the module is created.
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
    static DIALECTS: RefCell<Option<Value>> = const { RefCell::new(None) };
    static FIELD_LIMIT: Cell<i64> = const { Cell::new(128 * 1024) };
}

fn error(msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    match ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => match protocol::call1(&cls, PyStr::new(&msg)) {
            Ok(e) => PyErr::from_instance(e),
            Err(e) => e,
        },
        None => PyErr::new(&exceptions::EXCEPTION, msg),
    }
}

fn dialects() -> Value {
    DIALECTS
        .with(|d| d.borrow().clone())
        .unwrap_or_else(Dict::new_value)
}

// ---- Dialect ----

pub struct Dialect {
    delimiter: u32,
    quotechar: Option<u32>,
    escapechar: Option<u32>,
    lineterminator: Value,
    quoting: i64,
    doublequote: bool,
    skipinitialspace: bool,
    strict: bool,
}

fn dialect_of(v: &Value) -> &Dialect {
    v.downcast::<Dialect>().expect("Dialect")
}

const DIALECT_KEYS: [&str; 9] = [
    "dialect",
    "delimiter",
    "doublequote",
    "escapechar",
    "lineterminator",
    "quotechar",
    "quoting",
    "skipinitialspace",
    "strict",
];

/// `_set_char`/`_set_char_or_none`: a one-character str (or None when
/// `or_none`).
fn char_attr(
    name: &str,
    v: Option<Value>,
    default: Option<u32>,
    or_none: bool,
) -> PyResult<Option<u32>> {
    let Some(v) = v else { return Ok(default) };
    if or_none && is_none(&v) {
        return Ok(None);
    }
    let expected = if or_none {
        "a unicode character or None"
    } else {
        "a unicode character"
    };
    match v.downcast::<PyStr>() {
        Some(s) if s.len() == 1 => Ok(s.chars().next()),
        Some(s) => Err(type_error(format!(
            "\"{name}\" must be {expected}, not a string of length {}",
            s.len()
        ))),
        None => Err(type_error(format!(
            "\"{name}\" must be {expected}, not {}",
            protocol::type_name(&v)
        ))),
    }
}

fn bool_attr(v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => protocol::is_true(&v),
        None => Ok(default),
    }
}

/// `dialect_new`: keyword arguments override the attributes of `dialect`
/// (a registered name or any object), which override the defaults.
fn make_dialect(ty: &TypeRef, dialect: Option<Value>, kw: [Option<Value>; 8]) -> PyResult {
    let mut dialect = dialect.filter(|d| !is_none(d));
    if let Some(name) = dialect.as_ref().filter(|d| d.downcast::<PyStr>().is_some()) {
        dialect = Some(get_dialect(name)?);
    }
    if let Some(d) = &dialect
        && d.downcast_exact::<Dialect>().is_some()
        && ty.is_static(&DIALECT_TYPE)
        && kw.iter().all(Option::is_none)
    {
        return Ok(d.clone());
    }
    let mut attrs: [Option<Value>; 8] = Default::default();
    for (k, given) in kw.into_iter().enumerate() {
        attrs[k] = match (given, &dialect) {
            (Some(v), _) => Some(v),
            (None, Some(d)) => match protocol::getattr_str(d, DIALECT_KEYS[k + 1]) {
                Ok(v) => Some(v),
                Err(e) if e.matches(&exceptions::ATTRIBUTE_ERROR) => None,
                Err(e) => return Err(e),
            },
            (None, None) => None,
        };
    }
    let [
        delimiter,
        doublequote,
        escapechar,
        lineterminator,
        quotechar,
        quoting,
        skipinitialspace,
        strict,
    ] = attrs;
    let quotechar_given = quotechar.is_some();
    let quoting_given = quoting.is_some();
    let delimiter = char_attr("delimiter", delimiter, Some(u32::from(',')), false)?.unwrap_or(0);
    let doublequote = bool_attr(doublequote, true)?;
    let escapechar = char_attr("escapechar", escapechar, None, true)?;
    let lineterminator = match lineterminator {
        None => PyStr::new("\r\n"),
        Some(v) if v.downcast::<PyStr>().is_some() => v,
        Some(v) if is_none(&v) => return Err(type_error("lineterminator must be set")),
        Some(v) => {
            return Err(type_error(format!(
                "\"lineterminator\" must be a string, not {}",
                protocol::type_name(&v)
            )));
        }
    };
    let quotechar_none = quotechar.as_ref().is_some_and(is_none);
    let quotechar = char_attr("quotechar", quotechar, Some(u32::from('"')), true)?;
    let mut quoting = match quoting {
        None => QUOTE_MINIMAL,
        Some(q) => {
            if !int::is_int(&q) || q.downcast::<ouro_objects::bool::Bool>().is_some() {
                return Err(type_error(format!(
                    "\"quoting\" must be an integer, not {}",
                    protocol::type_name(&q)
                )));
            }
            let Some(q) = int::to_i64(&q).filter(|q| i32::try_from(*q).is_ok()) else {
                return Err(PyErr::new(
                    &exceptions::OVERFLOW_ERROR,
                    "Python int too large to convert to C int",
                ));
            };
            match q {
                q if (QUOTE_MINIMAL..=QUOTE_NOTNULL).contains(&q) => q,
                _ => return Err(type_error("bad \"quoting\" value")),
            }
        }
    };
    let skipinitialspace = bool_attr(skipinitialspace, false)?;
    let strict = bool_attr(strict, false)?;
    if quotechar_given && quotechar_none && !quoting_given {
        quoting = QUOTE_NONE;
    }
    if quoting != QUOTE_NONE && quotechar.is_none() {
        return Err(type_error("quotechar must be set if quoting enabled"));
    }
    let crlf = |c: u32| c == u32::from('\n') || c == u32::from('\r');
    if crlf(delimiter) {
        return Err(value_error("bad delimiter value"));
    }
    if quotechar.is_some_and(crlf) {
        return Err(value_error("bad quotechar value"));
    }
    if escapechar.is_some_and(crlf) {
        return Err(value_error("bad escapechar value"));
    }
    if escapechar == Some(delimiter) {
        return Err(value_error("bad delimiter or escapechar value"));
    }
    if quotechar == Some(delimiter) {
        return Err(value_error("bad delimiter or quotechar value"));
    }
    if escapechar.is_some() && escapechar == quotechar {
        return Err(value_error("bad escapechar or quotechar value"));
    }
    Ok(alloc_typed(
        ty,
        Dialect {
            delimiter,
            quotechar,
            escapechar,
            lineterminator,
            quoting,
            doublequote,
            skipinitialspace,
            strict,
        },
    ))
}

fn parse_dialect_args(
    fname: &str,
    args: &Args,
    first: usize,
) -> PyResult<(Option<Value>, [Option<Value>; 8])> {
    let pos = args.positional();
    if pos.len() > first + 1 {
        return Err(type_error(format!(
            "{fname}() takes at most {} positional arguments ({} given)",
            first + 1,
            pos.len()
        )));
    }
    let mut dialect = pos.get(first).cloned();
    let mut kw: [Option<Value>; 8] = Default::default();
    for (key, value) in args.keywords() {
        let name = protocol::str_string(&key)?;
        match DIALECT_KEYS.iter().position(|k| *k == name) {
            Some(0) => dialect = Some(value),
            Some(i) => kw[i - 1] = Some(value),
            None => {
                return Err(type_error(format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok((dialect, kw))
}

fn dialect_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let args = Args::new(args, kwnames);
    let (dialect, kw) = parse_dialect_args("Dialect", &args, 0)?;
    make_dialect(ty, dialect, kw)
}

fn char_value(c: Option<u32>) -> Value {
    c.map_or_else(none, ouro_objects::str::char_value)
}

fn d_delimiter(v: &Value) -> PyResult {
    Ok(ouro_objects::str::char_value(dialect_of(v).delimiter))
}
fn d_quotechar(v: &Value) -> PyResult {
    Ok(char_value(dialect_of(v).quotechar))
}
fn d_escapechar(v: &Value) -> PyResult {
    Ok(char_value(dialect_of(v).escapechar))
}
fn d_lineterminator(v: &Value) -> PyResult {
    Ok(dialect_of(v).lineterminator.clone())
}
fn d_quoting(v: &Value) -> PyResult {
    Ok(from_i64(dialect_of(v).quoting))
}
fn d_doublequote(v: &Value) -> PyResult {
    Ok(ouro_objects::bool::py_bool(dialect_of(v).doublequote))
}
fn d_skipinitialspace(v: &Value) -> PyResult {
    Ok(ouro_objects::bool::py_bool(dialect_of(v).skipinitialspace))
}
fn d_strict(v: &Value) -> PyResult {
    Ok(ouro_objects::bool::py_bool(dialect_of(v).strict))
}

builtin_type!(pub static DIALECT_TYPE: Dialect = TypeSpec {
    name: "_csv.Dialect",
    doc: Some("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"),
    flags: flags::BASETYPE,
    slots: SlotDefs { new: Some(dialect_new), ..SlotDefs::NONE },
    getsets: &[
        GetSetDef::getter("delimiter", d_delimiter),
        GetSetDef::getter("doublequote", d_doublequote),
        GetSetDef::getter("escapechar", d_escapechar),
        GetSetDef::getter("lineterminator", d_lineterminator),
        GetSetDef::getter("quotechar", d_quotechar),
        GetSetDef::getter("quoting", d_quoting),
        GetSetDef::getter("skipinitialspace", d_skipinitialspace),
        GetSetDef::getter("strict", d_strict),
    ],
    ..TypeSpec::DEFAULT
});

fn new_dialect(dialect: Option<Value>, kw: [Option<Value>; 8]) -> PyResult {
    make_dialect(&TypeRef::from_static(&DIALECT_TYPE), dialect, kw)
}

// ---- reader ----

#[derive(Clone, Copy, PartialEq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

pub struct Reader {
    input: Value,
    dialect: Value,
    state: Cell<State>,
    fields: RefCell<Vec<Value>>,
    field: RefCell<Vec<u32>>,
    unquoted: Cell<bool>,
    line_num: Cell<usize>,
}

fn reader_of(v: &Value) -> &Reader {
    v.downcast::<Reader>().expect("reader")
}

/// The end-of-line marker `parse_process_char` receives after each line.
const EOL: Option<u32> = None;

impl Reader {
    fn reset(&self) {
        self.fields.borrow_mut().clear();
        self.field.borrow_mut().clear();
        self.state.set(State::StartRecord);
        self.unquoted.set(true);
    }

    fn add_char(&self, c: u32) -> PyResult<()> {
        let limit = FIELD_LIMIT.with(Cell::get);
        let mut field = self.field.borrow_mut();
        if field.len() as i64 >= limit {
            return Err(error(format!("field larger than field limit ({limit})")));
        }
        field.push(c);
        Ok(())
    }

    /// `parse_save_field`: QUOTE_NOTNULL/QUOTE_STRINGS read unquoted empty
    /// fields as None; QUOTE_NONNUMERIC/QUOTE_STRINGS unquoted others as floats.
    fn save_field(&self, d: &Dialect) -> PyResult<()> {
        let text = std::mem::take(&mut *self.field.borrow_mut());
        let unquoted = self.unquoted.replace(true);
        let value = if unquoted
            && text.is_empty()
            && matches!(d.quoting, QUOTE_NOTNULL | QUOTE_STRINGS)
        {
            none()
        } else {
            let s = PyStr::from_cps(&text);
            if unquoted && !text.is_empty() && matches!(d.quoting, QUOTE_NONNUMERIC | QUOTE_STRINGS)
            {
                float::new(float::float_from_object(&s)?)
            } else {
                s
            }
        };
        self.fields.borrow_mut().push(value);
        Ok(())
    }

    fn process(&self, d: &Dialect, c: Option<u32>) -> PyResult<()> {
        let is = |x: u32| c == Some(x);
        let crnl = is(u32::from('\n')) || is(u32::from('\r'));
        let mut state = self.state.get();
        if state == State::StartRecord {
            if c.is_none() {
                return Ok(());
            }
            if crnl {
                self.state.set(State::EatCrnl);
                return Ok(());
            }
            state = State::StartField;
        }
        if state == State::AfterEscapedCrnl {
            if c.is_none() {
                return Ok(());
            }
            state = State::InField;
        }
        let quote = |x: Option<u32>| d.quoting != QUOTE_NONE && x.is_some() && x == d.quotechar;
        let escape = c.is_some() && c == d.escapechar;
        let next = match state {
            State::StartField => {
                if crnl || c.is_none() {
                    self.save_field(d)?;
                    if c.is_none() {
                        State::StartRecord
                    } else {
                        State::EatCrnl
                    }
                } else if quote(c) {
                    self.unquoted.set(false);
                    State::InQuotedField
                } else if escape {
                    State::EscapedChar
                } else if is(u32::from(' ')) && d.skipinitialspace {
                    State::StartField
                } else if is(d.delimiter) {
                    self.save_field(d)?;
                    State::StartField
                } else {
                    self.add_char(c.unwrap_or(0))?;
                    State::InField
                }
            }
            State::EscapedChar => {
                if crnl {
                    self.add_char(c.unwrap_or(0))?;
                    State::AfterEscapedCrnl
                } else {
                    self.add_char(c.unwrap_or(u32::from('\n')))?;
                    State::InField
                }
            }
            State::InField => {
                if crnl || c.is_none() {
                    self.save_field(d)?;
                    if c.is_none() {
                        State::StartRecord
                    } else {
                        State::EatCrnl
                    }
                } else if escape {
                    State::EscapedChar
                } else if is(d.delimiter) {
                    self.save_field(d)?;
                    State::StartField
                } else {
                    self.add_char(c.unwrap_or(0))?;
                    State::InField
                }
            }
            State::InQuotedField => {
                if c.is_none() {
                    State::InQuotedField
                } else if escape {
                    State::EscapeInQuotedField
                } else if quote(c) {
                    if d.doublequote {
                        State::QuoteInQuotedField
                    } else {
                        State::InField
                    }
                } else {
                    self.add_char(c.unwrap_or(0))?;
                    State::InQuotedField
                }
            }
            State::EscapeInQuotedField => {
                self.add_char(c.unwrap_or(u32::from('\n')))?;
                State::InQuotedField
            }
            State::QuoteInQuotedField => {
                if quote(c) {
                    self.add_char(c.unwrap_or(0))?;
                    State::InQuotedField
                } else if is(d.delimiter) {
                    self.save_field(d)?;
                    State::StartField
                } else if crnl || c.is_none() {
                    self.save_field(d)?;
                    if c.is_none() {
                        State::StartRecord
                    } else {
                        State::EatCrnl
                    }
                } else if !d.strict {
                    self.add_char(c.unwrap_or(0))?;
                    State::InField
                } else {
                    return Err(error(format!(
                        "'{}' expected after '{}'",
                        char::from_u32(d.delimiter).unwrap_or('?'),
                        d.quotechar.and_then(char::from_u32).unwrap_or('?')
                    )));
                }
            }
            State::EatCrnl => {
                if crnl {
                    State::EatCrnl
                } else if c.is_none() {
                    State::StartRecord
                } else {
                    return Err(error(
                        "new-line character seen in unquoted field - do you need to open the file with newline=''?",
                    ));
                }
            }
            State::StartRecord | State::AfterEscapedCrnl => state,
        };
        self.state.set(next);
        Ok(())
    }
}

fn reader_next(v: &Value) -> PyResult<Option<Value>> {
    let r = reader_of(v);
    let d = dialect_of(&r.dialect);
    r.reset();
    loop {
        let Some(line) = protocol::next(&r.input)? else {
            if !r.field.borrow().is_empty() || r.state.get() == State::InQuotedField {
                if d.strict {
                    return Err(error("unexpected end of data"));
                }
                r.save_field(d)?;
                break;
            }
            return Ok(None);
        };
        let Some(s) = line.downcast::<PyStr>() else {
            return Err(error(format!(
                "iterator should return strings, not {} (the file should be opened in text mode)",
                protocol::type_name(&line)
            )));
        };
        r.line_num.set(r.line_num.get() + 1);
        for c in s.chars() {
            r.process(d, Some(c))?;
        }
        r.process(d, EOL)?;
        if r.state.get() == State::StartRecord {
            break;
        }
    }
    let fields = std::mem::take(&mut *r.fields.borrow_mut());
    Ok(Some(List::from_vec(fields)))
}

fn reader_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

fn r_dialect(v: &Value) -> PyResult {
    Ok(reader_of(v).dialect.clone())
}

fn r_line_num(v: &Value) -> PyResult {
    Ok(from_i64(reader_of(v).line_num.get() as i64))
}

builtin_type!(pub static READER_TYPE: Reader = TypeSpec {
    name: "_csv.reader",
    doc: Some("CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n"),
    slots: SlotDefs { iter: Some(reader_iter), iternext: Some(reader_next), ..SlotDefs::NONE },
    getsets: &[
        GetSetDef::getter("dialect", r_dialect),
        GetSetDef::getter("line_num", r_line_num),
    ],
    ..TypeSpec::DEFAULT
});

fn csv_reader(_m: &Value, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.is_empty() {
        return Err(type_error("expected at least 1 argument, got 0"));
    }
    let input = protocol::iter(&pos[0])?;
    let (dialect, kw) = parse_dialect_args("reader", &args, 1)?;
    let dialect = new_dialect(dialect, kw)?;
    Ok(alloc_typed(
        &TypeRef::from_static(&READER_TYPE),
        Reader {
            input,
            dialect,
            state: Cell::new(State::StartRecord),
            fields: RefCell::new(Vec::new()),
            field: RefCell::new(Vec::new()),
            unquoted: Cell::new(true),
            line_num: Cell::new(0),
        },
    ))
}

// ---- writer ----

pub struct Writer {
    write: Value,
    dialect: Value,
}

fn writer_of(v: &Value) -> &Writer {
    v.downcast::<Writer>().expect("writer")
}

/// `join_append_data`: `field` escaped for the dialect into `out`; sets
/// `quoted` when a special character needs quotes.
fn join_field(d: &Dialect, field: &[u32], quoted: &mut bool) -> PyResult<Vec<u32>> {
    let terminator: Vec<u32> = d
        .lineterminator
        .downcast::<PyStr>()
        .map(|s| s.chars().collect())
        .unwrap_or_default();
    let mut out = Vec::with_capacity(field.len());
    for &c in field {
        let special = c == d.delimiter
            || Some(c) == d.escapechar
            || Some(c) == d.quotechar
            || c == u32::from('\n')
            || c == u32::from('\r')
            || terminator.contains(&c);
        if special {
            let mut want_escape = false;
            if d.quoting == QUOTE_NONE {
                want_escape = true;
            } else {
                if Some(c) == d.quotechar {
                    if d.doublequote {
                        out.push(c);
                    } else {
                        want_escape = true;
                    }
                } else if Some(c) == d.escapechar {
                    want_escape = true;
                }
                if !want_escape {
                    *quoted = true;
                }
            }
            if want_escape {
                let Some(e) = d.escapechar else {
                    return Err(error("need to escape, but no escapechar set"));
                };
                out.push(e);
            }
        }
        out.push(c);
    }
    Ok(out)
}

fn write_row(w: &Writer, row: &Value) -> PyResult {
    let d = dialect_of(&w.dialect);
    let it = protocol::iter(row).map_err(|e| {
        if e.matches(&exceptions::TYPE_ERROR) {
            error(format!(
                "iterable expected, not {}",
                protocol::type_name(row)
            ))
        } else {
            e
        }
    })?;
    let mut line: Vec<u32> = Vec::new();
    let mut count = 0usize;
    while let Some(field) = protocol::next(&it)? {
        let is_str = field.downcast::<PyStr>().is_some();
        let mut quoted = match d.quoting {
            QUOTE_NONNUMERIC => !is_number(&field),
            QUOTE_ALL => true,
            QUOTE_STRINGS => is_str,
            QUOTE_NOTNULL => !is_none(&field),
            _ => false,
        };
        let text: Vec<u32> = if is_none(&field) {
            Vec::new()
        } else {
            let s = protocol::str(&field)?;
            s.downcast::<PyStr>()
                .map(|s| s.chars().collect())
                .unwrap_or_default()
        };
        let body = join_field(d, &text, &mut quoted)?;
        if count > 0 {
            line.push(d.delimiter);
        }
        let q = d.quotechar.filter(|_| quoted);
        line.extend(q);
        line.extend(body);
        line.extend(q);
        count += 1;
    }
    if count == 1 && line.is_empty() {
        if d.quoting == QUOTE_NONE {
            return Err(error("single empty field record must be quoted"));
        }
        line.extend(d.quotechar);
        line.extend(d.quotechar);
    }
    if let Some(t) = d.lineterminator.downcast::<PyStr>() {
        line.extend(t.chars());
    }
    protocol::call1(&w.write, PyStr::from_cps(&line))
}

/// `PyNumber_Check`: ints, floats, complex and objects with `__index__`,
/// `__int__` or `__float__`.
fn is_number(v: &Value) -> bool {
    if is_none(v) || v.downcast::<PyStr>().is_some() {
        return false;
    }
    int::is_int(v)
        || float::as_f64(v).is_some()
        || protocol::has_index(v)
        || ["__int__", "__float__", "__complex__"]
            .iter()
            .any(|name| protocol::getattr_str(&v.type_value(), name).is_ok())
}

fn writer_writerow(v: &Value, args: Args) -> PyResult {
    let row = args.one("writerow")?;
    write_row(writer_of(v), row)
}

fn writer_writerows(v: &Value, args: Args) -> PyResult {
    let rows = args.one("writerows")?;
    let it = protocol::iter(rows)?;
    while let Some(row) = protocol::next(&it)? {
        write_row(writer_of(v), &row)?;
    }
    Ok(none())
}

fn w_dialect(v: &Value) -> PyResult {
    Ok(writer_of(v).dialect.clone())
}

builtin_type!(pub static WRITER_TYPE: Writer = TypeSpec {
    name: "_csv.writer",
    doc: Some("CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n"),
    methods: &[
        MethodDef::new("writerow", writer_writerow, "writerow($self, row, /)\n--\n\nConstruct and write a CSV record from an iterable of fields.\n\nNon-string elements will be converted to string."),
        MethodDef::new("writerows", writer_writerows, "writerows($self, rows, /)\n--\n\nConstruct and write a series of iterables to a csv file.\n\nNon-string elements will be converted to string."),
    ],
    getsets: &[GetSetDef::getter("dialect", w_dialect)],
    ..TypeSpec::DEFAULT
});

fn csv_writer(_m: &Value, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.is_empty() {
        return Err(type_error("expected at least 1 argument, got 0"));
    }
    let write = match protocol::getattr_str(&pos[0], "write") {
        Ok(w) => w,
        Err(e) if e.matches(&exceptions::ATTRIBUTE_ERROR) => {
            return Err(type_error("argument 1 must have a \"write\" method"));
        }
        Err(e) => return Err(e),
    };
    let (dialect, kw) = parse_dialect_args("writer", &args, 1)?;
    let dialect = new_dialect(dialect, kw)?;
    Ok(alloc_typed(
        &TypeRef::from_static(&WRITER_TYPE),
        Writer { write, dialect },
    ))
}

// ---- module functions ----

fn get_dialect(name: &Value) -> PyResult {
    match protocol::getitem(&dialects(), name) {
        Ok(d) => Ok(d),
        Err(e) if e.matches(&exceptions::KEY_ERROR) => Err(error("unknown dialect")),
        Err(e) => Err(e),
    }
}

fn csv_register_dialect(_m: &Value, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.is_empty() {
        return Err(type_error(
            "register_dialect() expected at least 1 argument, got 0",
        ));
    }
    if pos[0].downcast::<PyStr>().is_none() {
        return Err(type_error("dialect name must be a string"));
    }
    let (dialect, kw) = parse_dialect_args("register_dialect", &args, 1)?;
    let d = new_dialect(dialect, kw)?;
    protocol::setitem(&dialects(), &pos[0], Some(&d))?;
    Ok(none())
}

fn csv_unregister_dialect(_m: &Value, args: Args) -> PyResult {
    let [name] = args.parse("unregister_dialect", ["name"], 0, 1, 1)?;
    let name = name.unwrap_or_else(none);
    match protocol::setitem(&dialects(), &name, None) {
        Ok(()) => Ok(none()),
        Err(e) if e.matches(&exceptions::KEY_ERROR) => Err(error("unknown dialect")),
        Err(e) => Err(e),
    }
}

fn csv_get_dialect(_m: &Value, args: Args) -> PyResult {
    let [name] = args.parse("get_dialect", ["name"], 0, 1, 1)?;
    get_dialect(&name.unwrap_or_else(none))
}

fn csv_list_dialects(_m: &Value, args: Args) -> PyResult {
    args.none("list_dialects")?;
    let d = dialects();
    let keys = d.downcast::<Dict>().map(Dict::keys).unwrap_or_default();
    Ok(List::from_vec(keys))
}

fn csv_field_size_limit(_m: &Value, args: Args) -> PyResult {
    let [limit] = args.parse("field_size_limit", ["new_limit"], 0, 0, 1)?;
    let old = FIELD_LIMIT.with(Cell::get);
    if let Some(limit) = limit {
        if !int::is_int(&limit) {
            return Err(type_error("limit must be an integer"));
        }
        let Some(n) = int::to_i64(&limit) else {
            return Err(PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "Python int too large to convert to C long",
            ));
        };
        FIELD_LIMIT.with(|f| f.set(n));
    }
    Ok(from_i64(old))
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    crate::heaptype::list_module_in_dict(&[&DIALECT_TYPE, &READER_TYPE, &WRITER_TYPE]);
    let ns = Dict::new_value();
    ns.downcast::<Dict>()
        .expect("dict")
        .set_str("__module__", PyStr::new("_csv"));
    let cls = protocol::call(
        &TypeRef::from_static(&TYPE_TYPE).into_value(),
        &[
            PyStr::new("Error"),
            Tuple::new(vec![
                TypeRef::from_static(&exceptions::EXCEPTION).into_value(),
            ]),
            ns,
        ],
        None,
    )?;
    ERROR.with(|e| *e.borrow_mut() = Some(cls.clone()));
    m.set("Error", cls);
    let registry = Dict::new_value();
    DIALECTS.with(|d| *d.borrow_mut() = Some(registry.clone()));
    m.set("_dialects", registry);
    m.set("Reader", TypeRef::from_static(&READER_TYPE).into_value());
    m.set("Writer", TypeRef::from_static(&WRITER_TYPE).into_value());
    for (name, value) in [
        ("QUOTE_MINIMAL", QUOTE_MINIMAL),
        ("QUOTE_ALL", QUOTE_ALL),
        ("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC),
        ("QUOTE_NONE", QUOTE_NONE),
        ("QUOTE_STRINGS", QUOTE_STRINGS),
        ("QUOTE_NOTNULL", QUOTE_NOTNULL),
    ] {
        m.set(name, from_i64(value));
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_csv",
    doc: "CSV parsing and writing.\n",
    functions: &[
        MethodDef::new(
            "reader",
            csv_reader,
            "reader(iterable, dialect='excel', **fmtparams)\n--\n\nReturn a reader object that will process lines from the given iterable.",
        ),
        MethodDef::new(
            "writer",
            csv_writer,
            "writer(fileobj, dialect='excel', **fmtparams)\n--\n\nReturn a writer object that will write user data on the given file object.",
        ),
        MethodDef::new(
            "register_dialect",
            csv_register_dialect,
            "register_dialect($module, name, /, dialect=<unrepresentable>, **fmtparams)\n--\n\nCreate a mapping from a string name to a CVS dialect.",
        ),
        MethodDef::new(
            "unregister_dialect",
            csv_unregister_dialect,
            "unregister_dialect($module, /, name)\n--\n\nDelete the name/dialect mapping associated with a string name.",
        ),
        MethodDef::new(
            "get_dialect",
            csv_get_dialect,
            "get_dialect($module, /, name)\n--\n\nReturn the dialect instance associated with name.",
        ),
        MethodDef::new(
            "list_dialects",
            csv_list_dialects,
            "list_dialects($module, /)\n--\n\nReturn a list of all known dialect names.",
        ),
        MethodDef::new(
            "field_size_limit",
            csv_field_size_limit,
            "field_size_limit($module, /, new_limit=<unrepresentable>)\n--\n\nSets an upper limit on parsed fields.\n\nReturns old limit. If limit is not given, no new limit is set and\nthe old limit is returned",
        ),
    ],
    types: || vec![&DIALECT_TYPE],
    init,
};
