//! `_datetime`: the date, time, datetime, timedelta, tzinfo and timezone types; mirrors
//! Modules/_datetimemodule.c (the calendar arithmetic and argument checks live here).

mod date;
mod datetime_type;
mod delta;
mod format;
mod local;
mod time;
mod tz;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, overflow_error, runtime_error, type_error, value_error};
use ouro_objects::module::Module;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::TUPLE_TYPE;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::{PyObj, TypeRef, Value, builtin_subtype, exceptions, int, protocol};

pub use date::DATE_TYPE;
pub use datetime_type::DATETIME_TYPE;
pub use delta::{DELTA_TYPE, Delta};
pub use time::{TIME_TYPE, TimeObj};
pub use tz::{TIMEZONE_TYPE, TZINFO_TYPE};

pub const MINYEAR: i32 = 1;
pub const MAXYEAR: i32 = 9999;
/// `date.max.toordinal()`.
pub const MAXORDINAL: i32 = 3_652_059;

const DAYS_IN_MONTH: [i32; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH: [i32; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

pub fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i32, month: i32) -> i32 {
    if month == 2 && is_leap(year) {
        29
    } else {
        DAYS_IN_MONTH[month as usize]
    }
}

fn days_before_month(year: i32, month: i32) -> i32 {
    DAYS_BEFORE_MONTH[month as usize] + i32::from(month > 2 && is_leap(year))
}

fn days_before_year(year: i32) -> i32 {
    let y = year - 1;
    y * 365 + y / 4 - y / 100 + y / 400
}

/// `ymd_to_ord`: proleptic Gregorian ordinal, 0001-01-01 is day 1.
pub fn ymd_to_ord(year: i32, month: i32, day: i32) -> i32 {
    days_before_year(year) + days_before_month(year, month) + day
}

/// `ord_to_ymd`; the ordinal may lie outside the supported years (the caller checks the year).
pub fn ord_to_ymd(ordinal: i32) -> (i32, i32, i32) {
    const DI400Y: i32 = 146_097;
    const DI100Y: i32 = 36_524;
    const DI4Y: i32 = 1_461;
    let mut n = ordinal - 1;
    let n400 = n.div_euclid(DI400Y);
    n = n.rem_euclid(DI400Y);
    let mut year = n400 * 400 + 1;
    let n100 = n / DI100Y;
    n %= DI100Y;
    let n4 = n / DI4Y;
    n %= DI4Y;
    let n1 = n / 365;
    n %= 365;
    year += n100 * 100 + n4 * 4 + n1;
    if n1 == 4 || n100 == 4 {
        return (year - 1, 12, 31);
    }
    let leap = n1 == 3 && (n4 != 24 || n100 == 3);
    let mut month = (n + 50) >> 5;
    let mut preceding = DAYS_BEFORE_MONTH[month as usize] + i32::from(month > 2 && leap);
    if preceding > n {
        month -= 1;
        preceding -= days_in_month(year, month);
    }
    (year, month, n - preceding + 1)
}

/// Monday is 0 (`weekday`); C's truncating `%`, so a year 0 from a corrupt pickle gives a
/// negative day as CPython's does.
pub fn weekday(year: i32, month: i32, day: i32) -> i32 {
    (ymd_to_ord(year, month, day) + 6) % 7
}

/// Ordinal of the Monday starting ISO week 1 of `year` (`iso_week1_monday`).
pub fn iso_week1_monday(year: i32) -> i32 {
    let first_day = ymd_to_ord(year, 1, 1);
    let first_weekday = (first_day + 6) % 7;
    let mut week1_monday = first_day - first_weekday;
    if first_weekday > 3 {
        week1_monday += 7;
    }
    week1_monday
}

/// `iso_to_ymd`: the date of an ISO (year, week, weekday), or the message of what is wrong.
pub fn iso_to_ymd(year: i32, week: i32, day: i32) -> Result<(i32, i32, i32), String> {
    if !(MINYEAR..=MAXYEAR).contains(&year) {
        return Err(format!("year must be in {MINYEAR}..{MAXYEAR}, not {year}"));
    }
    if week <= 0 || week >= 53 {
        let ok53 = week == 53 && {
            let first_weekday = weekday(year, 1, 1);
            first_weekday == 3 || (first_weekday == 2 && is_leap(year))
        };
        if !ok53 {
            return Err(format!("Invalid week: {week}"));
        }
    }
    if day <= 0 || day >= 8 {
        return Err(format!("Invalid weekday: {day} (range is [1, 7])"));
    }
    let day_1 = iso_week1_monday(year);
    let day_offset = (week - 1) * 7 + day - 1;
    Ok(ord_to_ymd(day_1 + day_offset))
}

pub fn check_date(year: i32, month: i32, day: i32) -> PyResult<()> {
    if !(MINYEAR..=MAXYEAR).contains(&year) {
        return Err(value_error(format!(
            "year must be in {MINYEAR}..{MAXYEAR}, not {year}"
        )));
    }
    if !(1..=12).contains(&month) {
        return Err(value_error(format!("month must be in 1..12, not {month}")));
    }
    let dim = days_in_month(year, month);
    if day < 1 || day > dim {
        return Err(value_error(format!(
            "day {day} must be in range 1..{dim} for month {month} in year {year}"
        )));
    }
    Ok(())
}

/// Hour, minute, second, microsecond and fold as the constructors take them.
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hms {
    pub hour: i32,
    pub minute: i32,
    pub second: i32,
    pub us: i32,
}

pub fn check_time(t: Hms, fold: i32) -> PyResult<()> {
    let check = |name: &str, v: i32, max: i32| {
        if (0..=max).contains(&v) {
            Ok(())
        } else {
            Err(value_error(format!("{name} must be in 0..{max}, not {v}")))
        }
    };
    check("hour", t.hour, 23)?;
    check("minute", t.minute, 59)?;
    check("second", t.second, 59)?;
    check("microsecond", t.us, 999_999)?;
    if fold != 0 && fold != 1 {
        return Err(value_error(format!(
            "fold must be either 0 or 1, not {fold}"
        )));
    }
    Ok(())
}

/// A C `int` argument (`PyLong_AsInt` after `__index__`).
pub fn int_arg(v: &Value) -> PyResult<i32> {
    let n = protocol::index(v)?;
    int::to_i64(&n)
        .and_then(|x| i32::try_from(x).ok())
        .ok_or_else(|| overflow_error("Python int too large to convert to C int"))
}

pub fn opt_int(v: &Option<Value>, default: i32) -> PyResult<i32> {
    v.as_ref().map_or(Ok(default), int_arg)
}

/// `PyArg_ParseTuple`'s "i": a C long first, then range-checked to an int.
pub fn long_int_arg(v: &Value) -> PyResult<i32> {
    let n = protocol::index(v)?;
    let long = int::to_i64(&n)
        .ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
    if long > i64::from(i32::MAX) {
        return Err(overflow_error("signed integer is greater than maximum"));
    }
    if long < i64::from(i32::MIN) {
        return Err(overflow_error("signed integer is less than minimum"));
    }
    Ok(long as i32)
}

pub fn opt_long_int(v: &Option<Value>, default: i32) -> PyResult<i32> {
    v.as_ref().map_or(Ok(default), long_int_arg)
}

/// `PyArg_ParseTupleAndKeywords` without a function name: its messages say "function".
pub fn parse_unnamed<const N: usize>(
    args: &[Value],
    kwnames: Option<&Value>,
    names: [&str; N],
    required: usize,
    max_positional: usize,
) -> PyResult<[Option<Value>; N]> {
    ouro_objects::args::Args::new(args, kwnames)
        .parse("function", names, 0, required, max_positional)
        .map_err(|e| {
            if !e.matches(&exceptions::TYPE_ERROR) {
                return e;
            }
            let msg = match protocol::str_string(e.value()) {
                Ok(m) => m,
                Err(e) => return e,
            };
            if msg.contains("missing required argument") {
                // The C parser converts the given arguments before it notices a missing one.
                let given = args
                    .len()
                    .saturating_sub(kwnames.map_or(0, |k| protocol::len(k).unwrap_or(0)));
                if let Some(Err(conversion)) =
                    args[..given].iter().map(long_int_arg).find(Result::is_err)
                {
                    return conversion;
                }
            }
            if let Some(rest) = msg.strip_prefix("function() got an unexpected keyword argument ") {
                let key = rest.split(". Did you mean").next().unwrap_or(rest);
                return type_error(format!(
                    "this function got an unexpected keyword argument {key}"
                ));
            }
            match msg.strip_prefix("function() ") {
                Some(rest) => type_error(format!("function {rest}")),
                None => e,
            }
        })
}

/// A strptime string argument (`unicode` in Argument Clinic).
pub fn str_arg(func: &str, n: usize, v: &Value) -> PyResult<()> {
    if v.downcast::<PyStr>().is_some() {
        Ok(())
    } else {
        Err(bad_arg(func, n, "str", v))
    }
}

/// `cls.strptime(string, format)` through `_strptime.<helper>(cls, string, format)`.
pub fn strptime_via(cls: &Value, a: ouro_objects::args::Args, helper: &str) -> PyResult {
    let s = a.range("strptime", "strptime", 2, 2)?;
    str_arg("strptime", 1, &s[0])?;
    str_arg("strptime", 2, &s[1])?;
    let module = protocol::import_module("_strptime")?;
    let f = protocol::getattr_str(&module, helper)?;
    protocol::call(&f, &[cls.clone(), s[0].clone(), s[1].clone()], None)
}

pub fn date_out_of_range() -> PyErr {
    overflow_error("date value out of range")
}

/// `normalize_date`: a year/month/day whose day may run past the month, carried into range.
pub fn normalize_ymd(year: i32, month: i32, day: i32) -> PyResult<(i32, i32, i32)> {
    if day >= 1 && day <= days_in_month(year, month) {
        if !(MINYEAR..=MAXYEAR).contains(&year) {
            return Err(date_out_of_range());
        }
        return Ok((year, month, day));
    }
    let ordinal = i64::from(days_before_year(year))
        + i64::from(days_before_month(year, month))
        + i64::from(day);
    if ordinal < 1 || ordinal > i64::from(MAXORDINAL) {
        return Err(date_out_of_range());
    }
    Ok(ord_to_ymd(ordinal as i32))
}

/// Whether `v` is an instance of the static type `ty` (or a subclass).
pub fn is_a(v: &Value, ty: &'static PyObj<ouro_objects::typeobj::TypeObject>) -> bool {
    protocol::is_instance_of(v, &TypeRef::from_static(ty))
}

/// `tp_name` of an object's type (the bare name for Python subclasses).
pub fn tp_name(v: &Value) -> String {
    v.type_obj().payload().tp_name().to_string()
}

/// `check_tzinfo_subclass`.
pub fn check_tzinfo(v: &Value) -> PyResult<()> {
    if ouro_objects::none::is_none(v) || is_a(v, &TZINFO_TYPE) {
        return Ok(());
    }
    Err(type_error(format!(
        "tzinfo argument must be None or of a tzinfo subclass, not type '{}'",
        protocol::type_name(v)
    )))
}

/// The optional tzinfo as stored: None is no tzinfo.
pub fn tz_field(v: Option<Value>) -> Option<Value> {
    v.filter(|v| !ouro_objects::none::is_none(v))
}

/// Calls a Python-level class with positional arguments.
pub fn call_class(cls: &Value, args: Vec<Value>) -> PyResult {
    protocol::call(cls, &args, None)
}

pub fn ints(values: &[i64]) -> Vec<Value> {
    values.iter().map(|&v| int::from_i64(v)).collect()
}

// `datetime.IsoCalendarDate`: the (year, week, weekday) tuple `isocalendar()` returns.
builtin_subtype!(pub static ISO_CALENDAR_DATE_TYPE: Tuple as TUPLE_TYPE = TypeSpec {
        name: "datetime.IsoCalendarDate",
        doc: Some(
            "The result of date.isocalendar() or datetime.isocalendar()\n\nThis object may be accessed either as a tuple of\n  ((year, week, weekday)\nor via the object attributes as named in the above tuple.",
        ),
        base: Some(&TUPLE_TYPE),
        slots: SlotDefs {
            new: Some(iso_calendar_new),
            repr: Some(iso_calendar_repr),
            // CPython allocates these without resetting the tuple's cached hash, so every one
            // hashes to 0.
            hash: Some(|_| Ok(0)),
            ..SlotDefs::NONE
        },
        methods: &[MethodDef::new(
            "__reduce__",
            |v, a| {
                a.none("__reduce__")?;
                let items = iso_items(v).to_vec();
                Ok(Tuple::new(vec![
                    TUPLE_TYPE.value(),
                    Tuple::new(vec![Tuple::new(items)]),
                ]))
            },
            "__reduce__() -> (cls, state)",
        )],
        getsets: &[
            GetSetDef::getter("year", |v| Ok(iso_items(v)[0].clone())),
            GetSetDef::getter("week", |v| Ok(iso_items(v)[1].clone())),
            GetSetDef::getter("weekday", |v| Ok(iso_items(v)[2].clone())),
        ],
        ..TypeSpec::DEFAULT
});

fn iso_items(v: &Value) -> &[Value] {
    v.downcast::<Tuple>().map_or(&[], Tuple::as_slice)
}

fn iso_calendar_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [y, w, d] = ouro_objects::args::Args::new(args, kwnames).parse(
        "IsoCalendarDate",
        ["year", "week", "weekday"],
        0,
        3,
        3,
    )?;
    let items = [y, w, d]
        .into_iter()
        .map(|v| Ok(int::from_i64(i64::from(int_arg(&v.expect("required"))?))))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(ouro_objects::core::alloc_typed(ty, Tuple::payload(items)))
}

fn iso_calendar_repr(v: &Value) -> PyResult {
    let mut fields = Vec::with_capacity(3);
    for item in iso_items(v) {
        fields.push(protocol::str_string(item)?);
    }
    let [year, week, weekday] = fields.as_slice() else {
        return Err(runtime_error("IsoCalendarDate without three items"));
    };
    Ok(PyStr::new(&format!(
        "{}(year={year}, week={week}, weekday={weekday})",
        tp_name(v)
    )))
}

pub fn iso_calendar_date(year: i32, week: i32, weekday: i32) -> Value {
    ouro_objects::core::alloc_typed(
        &TypeRef::from_static(&ISO_CALENDAR_DATE_TYPE),
        Tuple::payload(ints(&[
            i64::from(year),
            i64::from(week),
            i64::from(weekday),
        ])),
    )
}

/// A `time.struct_time` built by the `time` module (`build_struct_time`).
pub fn struct_time(y: i32, m: i32, d: i32, hh: i32, mm: i32, ss: i32, dst: i32) -> PyResult {
    let time = protocol::import_module("time")?;
    let st = protocol::getattr_str(&time, "struct_time")?;
    let yday = days_before_month(y, m) + d;
    let fields = Tuple::new(ints(&[
        i64::from(y),
        i64::from(m),
        i64::from(d),
        i64::from(hh),
        i64::from(mm),
        i64::from(ss),
        i64::from(weekday(y, m, d)),
        i64::from(yday),
        i64::from(dst),
    ]));
    protocol::call1(&st, fields)
}

fn init(module: &Value) -> PyResult<()> {
    let m = module
        .downcast::<Module>()
        .ok_or_else(|| runtime_error("_datetime: not a module"))?;
    for ty in [
        &DATE_TYPE,
        &DATETIME_TYPE,
        &TIME_TYPE,
        &DELTA_TYPE,
        &TZINFO_TYPE,
        &TIMEZONE_TYPE,
    ] {
        ouro_objects::typeobj::ready(ty);
    }
    crate::heaptype::list_module_in_dict(&[&ISO_CALENDAR_DATE_TYPE]);
    delta::init_constants()?;
    date::init_constants()?;
    time::init_constants()?;
    datetime_type::init_constants()?;
    tz::init_constants()?;
    m.set("MINYEAR", int::from_i64(i64::from(MINYEAR)));
    m.set("MAXYEAR", int::from_i64(i64::from(MAXYEAR)));
    m.set("UTC", tz::utc());
    m.set(
        "datetime_CAPI",
        ouro_objects::core::alloc_typed(
            &TypeRef::from_static(&crate::types_module::CAPSULE_TYPE),
            crate::types_module::Capsule {
                name: "datetime.datetime_CAPI",
            },
        ),
    );
    Ok(())
}

/// Sets a class attribute of a static type (`date.min`, `timedelta.resolution`, ...).
pub fn set_class_attr(ty: &'static PyObj<ouro_objects::typeobj::TypeObject>, name: &str, v: Value) {
    if let Some(d) = ty.payload().dict().downcast::<Dict>() {
        d.set_str(name, v);
    }
}

/// A TypeError for an argument of the wrong type, in Argument Clinic's words.
pub fn bad_arg(func: &str, n: usize, expected: &str, got: &Value) -> PyErr {
    type_error(format!(
        "{func}() argument {n} must be {expected}, not {}",
        protocol::type_name(got)
    ))
}

/// A datetime's (year, month, day, seconds into the day, fold), for `_zoneinfo`; `exact`
/// leaves out subclasses (whose fields may be overridden).
pub fn date_fields(v: &Value, exact: bool) -> Option<(i32, i32, i32, i32, bool)> {
    let is_datetime = if exact {
        v.type_obj().value().is_static(&DATETIME_TYPE)
    } else {
        is_a(v, &DATETIME_TYPE)
    };
    if !is_datetime {
        return None;
    }
    let d = date::this(v);
    let t = d.time;
    Some((
        d.year,
        d.month,
        d.day,
        t.hour * 3600 + t.minute * 60 + t.second,
        d.fold != 0,
    ))
}

/// The tzinfo a datetime holds (None when naive), for `_zoneinfo`.
pub fn tzinfo_of(v: &Value) -> Option<&Value> {
    date::tz_of(v)
}

/// `timedelta(seconds=seconds)`.
pub fn new_timedelta(seconds: i64) -> PyResult {
    delta::new_delta_of(&TypeRef::from_static(&DELTA_TYPE), 0, seconds, 0)
}

pub fn not_implemented_error(msg: &str) -> PyErr {
    PyErr::new(&exceptions::NOT_IMPLEMENTED_ERROR, msg)
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_datetime",
    doc: "Fast implementation of the datetime module.",
    functions: &[],
    types: || {
        vec![
            &DATE_TYPE,
            &DATETIME_TYPE,
            &TIME_TYPE,
            &DELTA_TYPE,
            &TZINFO_TYPE,
            &TIMEZONE_TYPE,
        ]
    },
    init,
};
