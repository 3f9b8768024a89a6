//! `datetime.tzinfo` (the abstract base) and `datetime.timezone` (fixed offsets), plus the
//! checked calls of a tzinfo's utcoffset/dst/tzname; mirrors tzinfo_*, timezone_* and
//! call_tzinfo_method in _datetimemodule.c.

use std::cell::RefCell;

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::none::{is_none, none, not_implemented};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, builtin_type};

use super::datetime_type::{DATETIME_TYPE, add_delta};
use super::delta::{self, DELTA_TYPE, delta_of, new_delta};
use super::{is_a, not_implemented_error, set_class_attr};

/// tzinfo instances carry nothing of their own; subclasses add what they need.
pub struct TzInfo;

builtin_type!(pub static TZINFO_TYPE: TzInfo = TypeSpec {
    name: "datetime.tzinfo",
    doc: Some("Abstract base class for time zone info objects."),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        new: Some(|ty, _args, _kw| Ok(alloc_typed(ty, TzInfo))),
        ..SlotDefs::NONE
    },
    methods: TZINFO_METHODS,
    ..TypeSpec::DEFAULT
});

static TZINFO_METHODS: &[MethodDef] = &[
    MethodDef::new(
        "tzname",
        |_, a| {
            a.one("tzname")?;
            Err(not_implemented_error(
                "a tzinfo subclass must implement tzname()",
            ))
        },
        "tzname($self, object, /)\n--\n\ndatetime -> string name of time zone.",
    ),
    MethodDef::new(
        "utcoffset",
        |_, a| {
            a.one("utcoffset")?;
            Err(not_implemented_error(
                "a tzinfo subclass must implement utcoffset()",
            ))
        },
        "utcoffset($self, object, /)\n--\n\ndatetime -> timedelta showing offset from UTC, negative values indicating West of UTC",
    ),
    MethodDef::new(
        "dst",
        |_, a| {
            a.one("dst")?;
            Err(not_implemented_error(
                "a tzinfo subclass must implement dst()",
            ))
        },
        "dst($self, object, /)\n--\n\ndatetime -> DST offset as timedelta positive east of UTC.",
    ),
    MethodDef::new(
        "fromutc",
        tzinfo_fromutc,
        "fromutc($self, object, /)\n--\n\ndatetime in UTC -> datetime in local time.",
    ),
    MethodDef::new(
        "__reduce__",
        tzinfo_reduce,
        "__reduce__($self, /)\n--\n\n-> (cls, state)",
    ),
];

pub struct TimeZone {
    /// A timedelta strictly between -24 and 24 hours.
    pub offset: Value,
    pub name: Option<Value>,
}

builtin_type!(pub static TIMEZONE_TYPE: TimeZone = TypeSpec {
    name: "datetime.timezone",
    doc: Some("Fixed offset from UTC implementation of tzinfo."),
    base: Some(&TZINFO_TYPE),
    slots: SlotDefs {
        new: Some(timezone_new),
        repr: Some(timezone_repr),
        str: Some(timezone_tzname_text),
        hash: Some(|v| protocol::hash(&this(v).offset)),
        richcompare: Some(timezone_richcompare),
        ..SlotDefs::NONE
    },
    methods: TIMEZONE_METHODS,
    ..TypeSpec::DEFAULT
});

static TIMEZONE_METHODS: &[MethodDef] = &[
    MethodDef::new(
        "tzname",
        |v, a| {
            check_dt_arg(a.one("tzname")?, "tzname")?;
            timezone_tzname_text(v)
        },
        "tzname($self, object, /)\n--\n\nIf name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'.",
    ),
    MethodDef::new(
        "utcoffset",
        |v, a| {
            check_dt_arg(a.one("utcoffset")?, "utcoffset")?;
            Ok(this(v).offset.clone())
        },
        "utcoffset($self, object, /)\n--\n\nReturn fixed offset.",
    ),
    MethodDef::new(
        "dst",
        |_, a| {
            check_dt_arg(a.one("dst")?, "dst")?;
            Ok(none())
        },
        "dst($self, object, /)\n--\n\nReturn None.",
    ),
    MethodDef::new(
        "fromutc",
        |v, a| {
            let dt = a.one("fromutc")?;
            if !is_a(dt, &DATETIME_TYPE) {
                return Err(type_error("fromutc: argument must be a datetime"));
            }
            if !super::date::tz_of(dt).is_some_and(|t| t.is(v)) {
                return Err(value_error("fromutc: dt.tzinfo is not self"));
            }
            add_delta(dt, &this(v).offset, 1)
        },
        "fromutc($self, object, /)\n--\n\ndatetime in UTC -> datetime in local time.",
    ),
    MethodDef::new(
        "__getinitargs__",
        |v, a| {
            a.none("__getinitargs__")?;
            let tz = this(v);
            let mut args = vec![tz.offset.clone()];
            args.extend(tz.name.clone());
            Ok(Tuple::new(args))
        },
        "__getinitargs__($self, /)\n--\n\npickle support",
    ),
];

fn this(v: &Value) -> &TimeZone {
    v.downcast::<TimeZone>()
        .expect("timezone method on a timezone")
}

ouro_objects::gil_shared! {
    static UTC: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The `timezone.utc` singleton.
pub fn utc() -> Value {
    UTC.with(|u| {
        u.borrow_mut()
            .get_or_insert_with(|| {
                alloc_typed(
                    &TypeRef::from_static(&TIMEZONE_TYPE),
                    TimeZone {
                        offset: new_delta(0, 0, 0).expect("a zero timedelta"),
                        name: None,
                    },
                )
            })
            .clone()
    })
}

/// Whether a normalized timedelta lies strictly between -24 and 24 hours.
fn within_a_day(days: i32, seconds: i32, us: i32) -> bool {
    !((days == -1 && seconds == 0 && us < 1) || !(-1..1).contains(&days))
}

/// `new_timezone`: a nameless zero offset is the utc singleton.
pub fn new_timezone(offset: &Value, name: Option<Value>) -> PyResult {
    let d = delta_of(offset).expect("a timedelta offset");
    if name.is_none() && d.total_us() == 0 {
        return Ok(utc());
    }
    if !within_a_day(d.days, d.seconds, d.us) {
        return Err(value_error(format!(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}",
            protocol::repr_string(offset)?
        )));
    }
    Ok(alloc_typed(
        &TypeRef::from_static(&TIMEZONE_TYPE),
        TimeZone {
            offset: offset.clone(),
            name,
        },
    ))
}

fn timezone_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [offset, name] = Args::new(args, kwnames).parse("timezone", ["offset", "name"], 0, 1, 2)?;
    let offset = offset.expect("required argument");
    if !is_a(&offset, &DELTA_TYPE) {
        return Err(super::bad_arg("timezone", 1, "datetime.timedelta", &offset));
    }
    if let Some(n) = &name
        && n.downcast::<PyStr>().is_none()
    {
        return Err(super::bad_arg("timezone", 2, "str", n));
    }
    new_timezone(&offset, name)
}

fn timezone_repr(v: &Value) -> PyResult {
    if v.is(&utc()) {
        return Ok(PyStr::new("datetime.timezone.utc"));
    }
    let tz = this(v);
    let offset = protocol::repr_string(&tz.offset)?;
    let text = match &tz.name {
        None => format!("{}({offset})", super::tp_name(v)),
        Some(n) => format!(
            "{}({offset}, {})",
            super::tp_name(v),
            protocol::repr_string(n)?
        ),
    };
    Ok(PyStr::new(&text))
}

/// `timezone_str`: the name, or 'UTC' with the signed offset.
fn timezone_tzname_text(v: &Value) -> PyResult {
    let tz = this(v);
    if let Some(n) = &tz.name {
        return Ok(n.clone());
    }
    let d = delta_of(&tz.offset).expect("a timedelta offset");
    if v.is(&utc()) || d.total_us() == 0 {
        return Ok(PyStr::new("UTC"));
    }
    Ok(PyStr::new(&format!(
        "UTC{}",
        format_offset_us(d.total_us(), ":")
    )))
}

/// `+HH:MM[:SS[.ffffff]]` of an offset in microseconds (`format_utcoffset`).
pub fn format_offset_us(total: i128, sep: &str) -> String {
    let sign = if total < 0 { '-' } else { '+' };
    let total = total.abs();
    let us = total % 1_000_000;
    let secs = total / 1_000_000;
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if us != 0 {
        format!("{sign}{h:02}{sep}{m:02}{sep}{s:02}.{us:06}")
    } else if s != 0 {
        format!("{sign}{h:02}{sep}{m:02}{sep}{s:02}")
    } else {
        format!("{sign}{h:02}{sep}{m:02}")
    }
}

fn timezone_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let Some(other) = b.downcast::<TimeZone>() else {
        return Ok(not_implemented());
    };
    let eq = protocol::eq(&this(a).offset, &other.offset)?;
    Ok(pybool::py_bool(eq == (op == CompareOp::Eq)))
}

/// `_timezone_check_argument`.
fn check_dt_arg(dt: &Value, meth: &str) -> PyResult<()> {
    if is_none(dt) || is_a(dt, &DATETIME_TYPE) {
        return Ok(());
    }
    Err(type_error(format!(
        "{meth}(dt) argument must be a datetime instance or None, not {}",
        protocol::type_name(dt)
    )))
}

fn tzinfo_fromutc(v: &Value, a: Args) -> PyResult {
    let dt = a.one("fromutc")?;
    if !is_a(dt, &DATETIME_TYPE) {
        return Err(type_error("fromutc: argument must be a datetime"));
    }
    if !super::date::tz_of(dt).is_some_and(|t| t.is(v)) {
        return Err(value_error("fromutc: dt.tzinfo is not self"));
    }
    let Some(off) = call_utcoffset(v, dt)? else {
        return Err(value_error("fromutc: non-None utcoffset() result required"));
    };
    let Some(dst) = call_dst(v, dt)? else {
        return Err(value_error("fromutc: non-None dst() result required"));
    };
    let delta = protocol::binary_op(&off, &dst, ouro_objects::typeobj::NbOp::Subtract)?;
    let result = add_delta(dt, &delta, 1)?;
    let inconsistent =
        || value_error("fromutc: tz.dst() gave inconsistent results; cannot convert");
    let Some(dst) = call_dst(v, &result)? else {
        return Err(inconsistent());
    };
    if delta_of(&dst).is_some_and(|d| d.total_us() != 0) {
        return add_delta(&result, &dst, 1);
    }
    Ok(result)
}

fn tzinfo_reduce(v: &Value, a: Args) -> PyResult {
    a.none("__reduce__")?;
    let args = match protocol::getattr_opt(v, &PyStr::new("__getinitargs__"))? {
        Some(f) => protocol::call0(&f)?,
        None => Tuple::new(vec![]),
    };
    let state = protocol::call_method(v, "__getstate__", &[])?;
    Ok(Tuple::new(vec![v.type_obj().value().clone(), args, state]))
}

/// `call_tzinfo_method` for utcoffset/dst: None, or a timedelta checked to lie within a day.
fn call_offset_method(tzinfo: &Value, name: &str, arg: &Value) -> PyResult<Option<Value>> {
    if is_none(tzinfo) {
        return Ok(None);
    }
    let offset = protocol::call_method(tzinfo, name, std::slice::from_ref(arg))?;
    if is_none(&offset) {
        return Ok(None);
    }
    let Some(d) = delta::fields(&offset) else {
        return Err(type_error(format!(
            "tzinfo.{name}() must return None or timedelta, not '{}'",
            super::tp_name(&offset)
        )));
    };
    let (days, seconds, us) = d;
    if !within_a_day(days, seconds, us) {
        return Err(value_error(format!(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}",
            protocol::repr_string(&offset)?
        )));
    }
    Ok(Some(offset))
}

pub fn call_utcoffset(tzinfo: &Value, arg: &Value) -> PyResult<Option<Value>> {
    call_offset_method(tzinfo, "utcoffset", arg)
}

pub fn call_dst(tzinfo: &Value, arg: &Value) -> PyResult<Option<Value>> {
    call_offset_method(tzinfo, "dst", arg)
}

/// `call_tzname`: None or a str.
pub fn call_tzname(tzinfo: &Value, arg: &Value) -> PyResult {
    if is_none(tzinfo) {
        return Ok(none());
    }
    let r = protocol::call_method(tzinfo, "tzname", std::slice::from_ref(arg))?;
    if is_none(&r) || r.downcast::<PyStr>().is_some() {
        return Ok(r);
    }
    Err(type_error(format!(
        "tzinfo.tzname() must return None or a string, not '{}'",
        super::tp_name(&r)
    )))
}

/// `timezone.utc`, `.min` and `.max`.
pub fn init_constants() -> PyResult<()> {
    set_class_attr(&TIMEZONE_TYPE, "utc", utc());
    let min = new_delta(-1, 60, 0)?;
    set_class_attr(&TIMEZONE_TYPE, "min", new_timezone(&min, None)?);
    let max = new_delta(0, 86_340, 0)?;
    set_class_attr(&TIMEZONE_TYPE, "max", new_timezone(&max, None)?);
    Ok(())
}
