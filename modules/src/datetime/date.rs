//! `datetime.date`, whose instance layout `datetime.datetime` shares (a date carries midnight
//! and no tzinfo); mirrors date_* and new_date_subclass_ex in _datetimemodule.c.

use std::cell::Cell;

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::none::not_implemented;
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, bytes, hash, int};

use super::datetime_type::DATETIME_TYPE;
use super::delta::{self, compare_result, new_delta};
use super::{Hms, check_date, int_arg, is_a, set_class_attr};

/// A date, or a datetime when the type is `datetime` (then `time`, `fold` and `tz` are used).
pub struct DateObj {
    pub year: i32,
    pub month: i32,
    pub day: i32,
    pub time: Hms,
    pub fold: i32,
    pub tz: Option<Value>,
    pub hash: Cell<Option<i64>>,
}

impl DateObj {
    pub fn new(year: i32, month: i32, day: i32, time: Hms, fold: i32, tz: Option<Value>) -> Self {
        DateObj {
            year,
            month,
            day,
            time,
            fold,
            tz,
            hash: Cell::new(None),
        }
    }

    pub fn ordinal(&self) -> i32 {
        super::ymd_to_ord(self.year, self.month, self.day)
    }

    /// The pickled/hashed date bytes (`_PyDateTime_DATE_DATASIZE`).
    pub fn date_bytes(&self) -> [u8; 4] {
        [
            (self.year >> 8) as u8,
            (self.year & 0xff) as u8,
            self.month as u8,
            self.day as u8,
        ]
    }
}

builtin_type!(pub static DATE_TYPE: DateObj = TypeSpec {
    name: "datetime.date",
    doc: Some("date(year, month, day) --> date object"),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        new: Some(date_new),
        repr: Some(date_repr),
        str: Some(|v| protocol::call_method(v, "isoformat", &[])),
        hash: Some(date_hash),
        richcompare: Some(date_richcompare),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Add, date_add)
    .with_number(NbOp::Subtract, date_subtract),
    methods: DATE_METHODS,
    getsets: &[
        GetSetDef::getter("year", |v| Ok(int::from_i64(i64::from(this(v).year)))),
        GetSetDef::getter("month", |v| Ok(int::from_i64(i64::from(this(v).month)))),
        GetSetDef::getter("day", |v| Ok(int::from_i64(i64::from(this(v).day)))),
    ],
    ..TypeSpec::DEFAULT
});

static DATE_METHODS: &[MethodDef] = &[
    MethodDef::class(
        "fromtimestamp",
        |cls, a| {
            let t = a.range("fromtimestamp", "fromtimestamp", 1, 1)?;
            let secs = super::local::time_t_floor(&t[0])?;
            let tm = super::local::broken_down(secs, true)?;
            date_of_class(cls, super::local::tm_year(&tm), tm.tm_mon + 1, tm.tm_mday)
        },
        "fromtimestamp($type, timestamp, /)\n--\n\nCreate a date from a POSIX timestamp.\n\nThe timestamp is a number, e.g. created via time.time(), that is interpreted\nas local time.",
    ),
    MethodDef::class(
        "today",
        |cls, a| {
            a.none("today")?;
            let now = super::local::time_now()?;
            protocol::call_method(cls, "fromtimestamp", &[now])
        },
        "today($type, /)\n--\n\nCurrent date or datetime:  same as self.__class__.fromtimestamp(time.time()).",
    ),
    MethodDef::class(
        "fromordinal",
        |cls, a| {
            let n = super::long_int_arg(&a.range("fromordinal", "fromordinal", 1, 1)?[0])?;
            if n < 1 {
                return Err(value_error("ordinal must be >= 1"));
            }
            let (y, m, d) = super::ord_to_ymd(n);
            date_of_class(cls, y, m, d)
        },
        "int -> date corresponding to a proleptic Gregorian ordinal.",
    ),
    MethodDef::class(
        "fromisoformat",
        |cls, a| {
            let s = a.one("fromisoformat")?;
            let Some(text) = s.downcast::<PyStr>() else {
                return Err(type_error("fromisoformat: argument must be str"));
            };
            let Some((y, m, d)) = super::format::parse_date_exact(text) else {
                return Err(super::format::invalid_iso(s));
            };
            date_of_class(cls, y, m, d)
        },
        "fromisoformat($type, object, /)\n--\n\nstr -> Construct a date from a string in ISO 8601 format.",
    ),
    MethodDef::class(
        "fromisocalendar",
        |cls, a| {
            let [y, w, d] = a.parse("fromisocalendar", ["year", "week", "day"], 0, 3, 3)?;
            let arg = |v: Option<Value>| {
                int_arg(&v.expect("required")).map_err(|e| {
                    if e.matches(&ouro_objects::exceptions::OVERFLOW_ERROR) {
                        value_error("ISO calendar component out of range")
                    } else {
                        e
                    }
                })
            };
            let (y, w, d) = (arg(y)?, arg(w)?, arg(d)?);
            let (y, m, d) = super::iso_to_ymd(y, w, d).map_err(value_error)?;
            date_of_class(cls, y, m, d)
        },
        "int, int, int -> Construct a date from the ISO year, week number and weekday.\n\nThis is the inverse of the date.isocalendar() function",
    ),
    MethodDef::class(
        "strptime",
        |cls, a| super::strptime_via(cls, a, "_strptime_datetime_date"),
        "string, format -> new date parsed from a string (like time.strptime()).",
    ),
    MethodDef::new(
        "ctime",
        |v, a| {
            a.none("ctime")?;
            let d = this(v);
            Ok(PyStr::new(&ctime_text(
                d.year,
                d.month,
                d.day,
                Hms::default(),
            )))
        },
        "ctime($self, /)\n--\n\nReturn ctime() style string.",
    ),
    MethodDef::new(
        "strftime",
        |v, a| {
            let [fmt] = a.parse("strftime", ["format"], 0, 1, 1)?;
            let fmt = fmt.expect("required");
            let tt = protocol::call_method(v, "timetuple", &[])?;
            super::format::wrap_strftime(v, &fmt, &tt, v)
        },
        "format -> strftime() style string.",
    ),
    MethodDef::new("__format__", format_method, "Formats self with strftime."),
    MethodDef::new(
        "timetuple",
        |v, a| {
            a.none("timetuple")?;
            let d = this(v);
            super::struct_time(d.year, d.month, d.day, 0, 0, 0, -1)
        },
        "timetuple($self, /)\n--\n\nReturn time tuple, compatible with time.localtime().",
    ),
    MethodDef::new(
        "isocalendar",
        |v, a| {
            a.none("isocalendar")?;
            let d = this(v);
            let (y, w, wd) = isocalendar(d.year, d.month, d.day);
            Ok(super::iso_calendar_date(y, w, wd))
        },
        "isocalendar($self, /)\n--\n\nReturn a named tuple containing ISO year, week number, and weekday.",
    ),
    MethodDef::new(
        "isoformat",
        |v, a| {
            a.none("isoformat")?;
            let d = this(v);
            Ok(PyStr::new(&format!(
                "{:04}-{:02}-{:02}",
                d.year, d.month, d.day
            )))
        },
        "isoformat($self, /)\n--\n\nReturn string in ISO 8601 format, YYYY-MM-DD.",
    ),
    MethodDef::new(
        "isoweekday",
        |v, a| {
            a.none("isoweekday")?;
            let d = this(v);
            Ok(int::from_i64(i64::from(
                super::weekday(d.year, d.month, d.day) + 1,
            )))
        },
        "isoweekday($self, /)\n--\n\nReturn the day of the week represented by the date.\nMonday == 1 ... Sunday == 7",
    ),
    MethodDef::new(
        "toordinal",
        |v, a| {
            a.none("toordinal")?;
            Ok(int::from_i64(i64::from(this(v).ordinal())))
        },
        "toordinal($self, /)\n--\n\nReturn proleptic Gregorian ordinal.  January 1 of year 1 is day 1.",
    ),
    MethodDef::new(
        "weekday",
        |v, a| {
            a.none("weekday")?;
            let d = this(v);
            Ok(int::from_i64(i64::from(super::weekday(
                d.year, d.month, d.day,
            ))))
        },
        "weekday($self, /)\n--\n\nReturn the day of the week represented by the date.\nMonday == 0 ... Sunday == 6",
    ),
    MethodDef::new(
        "replace",
        |v, a| date_replace(v, a, "replace"),
        "replace($self, /, year=unchanged, month=unchanged, day=unchanged)\n--\n\nReturn date with new specified fields.",
    ),
    MethodDef::new(
        "__replace__",
        |v, a| date_replace(v, a, "__replace__"),
        "__replace__($self, /, **changes)\n--\n\nThe same as replace().",
    ),
    MethodDef::new(
        "__reduce__",
        |v, a| {
            a.none("__reduce__")?;
            let state = bytes::new(this(v).date_bytes().to_vec());
            Ok(Tuple::new(vec![
                v.type_obj().value().clone(),
                Tuple::new(vec![state]),
            ]))
        },
        "__reduce__($self, /)\n--\n\n__reduce__() -> (cls, state)",
    ),
];

pub fn this(v: &Value) -> &DateObj {
    v.downcast::<DateObj>().expect("date method on a date")
}

/// The tzinfo of a datetime (None for naive ones and plain dates).
pub fn tz_of(v: &Value) -> Option<&Value> {
    v.downcast::<DateObj>().and_then(|d| d.tz.as_ref())
}

const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `format_ctime`.
pub fn ctime_text(y: i32, m: i32, d: i32, t: Hms) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {:04}",
        DAY_NAMES[super::weekday(y, m, d).rem_euclid(7) as usize],
        MONTH_NAMES[(m - 1) as usize],
        d,
        t.hour,
        t.minute,
        t.second,
        y
    )
}

/// ISO (year, week, weekday) of a date (`date_isocalendar`).
pub fn isocalendar(y: i32, m: i32, d: i32) -> (i32, i32, i32) {
    let today = super::ymd_to_ord(y, m, d);
    let mut year = y;
    let mut week1_monday = super::iso_week1_monday(year);
    let mut week = (today - week1_monday).div_euclid(7);
    let day = (today - week1_monday).rem_euclid(7);
    if week < 0 {
        year -= 1;
        week1_monday = super::iso_week1_monday(year);
        week = (today - week1_monday).div_euclid(7);
    } else if week >= 52 && today >= super::iso_week1_monday(year + 1) {
        year += 1;
        week = 0;
    }
    (year, week + 1, day + 1)
}

pub fn new_date_value(y: i32, m: i32, d: i32) -> Value {
    alloc_typed(
        &TypeRef::from_static(&DATE_TYPE),
        DateObj::new(y, m, d, Hms::default(), 0, None),
    )
}

/// `new_date_subclass_ex`: a date of class `cls` (a datetime at midnight for `datetime`,
/// otherwise the class is called with year, month, day).
pub fn date_of_class(cls: &Value, y: i32, m: i32, d: i32) -> PyResult {
    if cls.is(&DATE_TYPE.value()) {
        check_date(y, m, d)?;
        return Ok(new_date_value(y, m, d));
    }
    if cls.is(&DATETIME_TYPE.value()) {
        check_date(y, m, d)?;
        return Ok(super::datetime_type::new_datetime(
            y,
            m,
            d,
            Hms::default(),
            0,
            None,
        ));
    }
    super::call_class(
        cls,
        super::ints(&[i64::from(y), i64::from(m), i64::from(d)]),
    )
}

/// A date or datetime rebuilt from pickled bytes (the month byte's high bit is the fold).
pub fn pickle_state(
    args: &[Value],
    kwnames: Option<&Value>,
    size: usize,
    what: &str,
) -> PyResult<Option<Vec<u8>>> {
    if kwnames.is_some() || args.is_empty() || args.len() > 2 {
        return Ok(None);
    }
    let state = &args[0];
    let data = if let Some(b) = state.downcast::<ouro_objects::bytes::Bytes>() {
        b.0.to_vec()
    } else if let Some(s) = state.downcast::<PyStr>() {
        let cps = s.code_points();
        if cps.len() != size || cps.get(2).is_none_or(|&c| !(1..=12).contains(&(c & 0x7f))) {
            return Ok(None);
        }
        if cps.iter().any(|&c| c > 255) {
            return Err(value_error(format!(
                "Failed to encode latin1 string when unpickling a {what} object. pickle.load(data, encoding='latin1') is assumed."
            )));
        }
        cps.iter().map(|&c| c as u8).collect()
    } else {
        return Ok(None);
    };
    if data.len() != size || !(1..=12).contains(&(data[2] & 0x7f)) {
        return Ok(None);
    }
    Ok(Some(data))
}

fn date_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    if args.len() == 1
        && let Some(data) = pickle_state(args, kwnames, 4, "date")?
    {
        let y = i32::from(data[0]) << 8 | i32::from(data[1]);
        return Ok(alloc_typed(
            ty,
            DateObj::new(
                y,
                i32::from(data[2]),
                i32::from(data[3]),
                Hms::default(),
                0,
                None,
            ),
        ));
    }
    let [y, m, d] = super::parse_unnamed(args, kwnames, ["year", "month", "day"], 3, 3)?;
    let arg = |v: Option<Value>| super::long_int_arg(&v.expect("required"));
    let (y, m, d) = (arg(y)?, arg(m)?, arg(d)?);
    check_date(y, m, d)?;
    Ok(alloc_typed(
        ty,
        DateObj::new(y, m, d, Hms::default(), 0, None),
    ))
}

fn date_repr(v: &Value) -> PyResult {
    let d = this(v);
    Ok(PyStr::new(&format!(
        "{}({}, {}, {})",
        super::tp_name(v),
        d.year,
        d.month,
        d.day
    )))
}

fn date_hash(v: &Value) -> PyResult<i64> {
    let d = this(v);
    if let Some(h) = d.hash.get() {
        return Ok(h);
    }
    let h = hash::fix_hash(hash::hash_bytes(&d.date_bytes()));
    d.hash.set(Some(h));
    Ok(h)
}

/// A plain date (not a datetime) operand.
fn plain_date(v: &Value) -> Option<&DateObj> {
    if is_a(v, &DATETIME_TYPE) {
        return None;
    }
    v.downcast::<DateObj>()
}

fn date_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    // A datetime is a date too, but a date never compares with a datetime (only the other
    // operand is checked: datetime has its own comparison).
    let (Some(x), Some(y)) = (a.downcast::<DateObj>(), plain_date(b)) else {
        return Ok(not_implemented());
    };
    let o = (x.year, x.month, x.day).cmp(&(y.year, y.month, y.day));
    Ok(compare_result(o, op))
}

/// `add_date_timedelta`: a date of the same class moved by whole days.
fn add_days(v: &Value, days: i64) -> PyResult {
    let d = this(v);
    let day = i64::from(d.day) + days;
    let (y, m, dd) = super::normalize_ymd(d.year, d.month, day as i32)?;
    date_of_class(&v.type_obj().value(), y, m, dd)
}

fn date_add(a: &Value, b: &Value) -> PyResult {
    if is_a(a, &DATETIME_TYPE) || is_a(b, &DATETIME_TYPE) {
        return Ok(not_implemented());
    }
    let (date, delta) = if plain_date(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    match delta::fields(delta) {
        Some((days, _, _)) if plain_date(date).is_some() => add_days(date, i64::from(days)),
        _ => Ok(not_implemented()),
    }
}

fn date_subtract(a: &Value, b: &Value) -> PyResult {
    if is_a(a, &DATETIME_TYPE) || is_a(b, &DATETIME_TYPE) {
        return Ok(not_implemented());
    }
    let Some(x) = plain_date(a) else {
        return Ok(not_implemented());
    };
    if let Some(y) = plain_date(b) {
        return new_delta(x.ordinal() - y.ordinal(), 0, 0);
    }
    match delta::fields(b) {
        Some((days, _, _)) => add_days(a, -i64::from(days)),
        None => Ok(not_implemented()),
    }
}

/// `date.__format__`: an empty format is str(self), otherwise self.strftime(format).
pub fn format_method(v: &Value, a: Args) -> PyResult {
    let f = a.range("__format__", "__format__", 1, 1)?[0].clone();
    let Some(s) = f.downcast::<PyStr>() else {
        return Err(super::bad_arg("__format__", 1, "str", &f));
    };
    if s.is_empty() {
        return protocol::str(v);
    }
    protocol::call_method(v, "strftime", std::slice::from_ref(&f))
}

fn date_replace(v: &Value, a: Args, name: &str) -> PyResult {
    let d = this(v);
    let [y, m, dd] = a.parse(name, ["year", "month", "day"], 0, 0, 3)?;
    let y = super::opt_int(&y, d.year)?;
    let m = super::opt_int(&m, d.month)?;
    let dd = super::opt_int(&dd, d.day)?;
    date_of_class(&v.type_obj().value(), y, m, dd)
}

/// `date.min`, `.max` and `.resolution`.
pub fn init_constants() -> PyResult<()> {
    set_class_attr(&DATE_TYPE, "min", new_date_value(1, 1, 1));
    set_class_attr(&DATE_TYPE, "max", new_date_value(9999, 12, 31));
    set_class_attr(&DATE_TYPE, "resolution", new_delta(1, 0, 0)?);
    Ok(())
}
