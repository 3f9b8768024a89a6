//! `datetime.datetime`: a date with a time of day, tzinfo and fold; arithmetic, the
//! naive/aware comparison rules (PEP 495's exception), timestamps and astimezone; mirrors
//! datetime_* and new_datetime_subclass_fold_ex in _datetimemodule.c.

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::none::{is_none, none, not_implemented};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{NbOp, SlotDefs, flags};
use ouro_objects::{
    TypeRef, Value, builtin_subtype, bytes, exceptions, float, hash, int, warnings,
};

use super::date::{DATE_TYPE, DateObj, this};
use super::delta::{self, compare_result, delta_of, new_delta};
use super::local::{self, EPOCH};
use super::tz::{call_dst, call_tzname, call_utcoffset, utc};
use super::{Hms, check_date, check_time, check_tzinfo, int_arg, is_a, set_class_attr, tz_field};

builtin_subtype!(pub static DATETIME_TYPE: DateObj as DATE_TYPE = TypeSpec {
    name: "datetime.datetime",
    doc: Some("datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\nThe year, month and day arguments are required. tzinfo may be None, or an\ninstance of a tzinfo subclass. The remaining arguments may be ints.\n"),
    base: Some(&DATE_TYPE),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        new: Some(datetime_new),
        repr: Some(datetime_repr),
        str: Some(|v| protocol::call_method(v, "isoformat", &[PyStr::new(" ")])),
        hash: Some(datetime_hash),
        richcompare: Some(datetime_richcompare),
        ..SlotDefs::NONE
    }
    .with_number(NbOp::Add, datetime_add)
    .with_number(NbOp::Subtract, datetime_subtract),
    methods: DATETIME_METHODS,
    getsets: &[
        GetSetDef::getter("hour", |v| Ok(int::from_i64(i64::from(this(v).time.hour)))),
        GetSetDef::getter("minute", |v| Ok(int::from_i64(i64::from(this(v).time.minute)))),
        GetSetDef::getter("second", |v| Ok(int::from_i64(i64::from(this(v).time.second)))),
        GetSetDef::getter("microsecond", |v| Ok(int::from_i64(i64::from(this(v).time.us)))),
        GetSetDef::getter("tzinfo", |v| Ok(tzinfo(this(v)))),
        GetSetDef::getter("fold", |v| Ok(int::from_i64(i64::from(this(v).fold)))),
    ],
    ..TypeSpec::DEFAULT
});

static DATETIME_METHODS: &[MethodDef] = &[
    MethodDef::class(
        "now",
        |cls, a| {
            let [tz] = a.parse("now", ["tz"], 0, 0, 1)?;
            let tz = tz.unwrap_or_else(none);
            check_tzinfo(&tz)?;
            let (secs, us) = local::now_timeval()?;
            from_timet_and_us(cls, secs, us, &tz)
        },
        "now($type, /, tz=None)\n--\n\nReturns new datetime object representing current time local to tz.\n\n  tz\n    Timezone object.\n\nIf no tz is specified, uses local timezone.",
    ),
    MethodDef::class(
        "utcnow",
        |cls, a| {
            a.none("utcnow")?;
            warnings::warn(
                &exceptions::DEPRECATION_WARNING,
                "datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).",
                1,
            )?;
            let (secs, us) = local::now_timeval()?;
            from_timet_utc(cls, secs, us, &none())
        },
        "utcnow($type, /)\n--\n\nReturn a new datetime representing UTC day and time.",
    ),
    MethodDef::class(
        "fromtimestamp",
        |cls, a| {
            let [ts, tz] = a.parse("fromtimestamp", ["timestamp", "tz"], 0, 1, 2)?;
            let tz = tz.unwrap_or_else(none);
            check_tzinfo(&tz)?;
            let (secs, us) = local::timeval_half_even(&ts.expect("required"))?;
            from_timet_and_us(cls, secs, us, &tz)
        },
        "timestamp[, tz] -> tz's local time from POSIX timestamp.",
    ),
    MethodDef::class(
        "utcfromtimestamp",
        |cls, a| {
            let ts = &a.range("utcfromtimestamp", "utcfromtimestamp", 1, 1)?[0];
            warnings::warn(
                &exceptions::DEPRECATION_WARNING,
                "datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).",
                1,
            )?;
            let (secs, us) = local::timeval_half_even(ts)?;
            from_timet_utc(cls, secs, us, &none())
        },
        "Construct a naive UTC datetime from a POSIX timestamp.",
    ),
    MethodDef::class(
        "strptime",
        |cls, a| super::strptime_via(cls, a, "_strptime_datetime_datetime"),
        "string, format -> new datetime parsed from a string (like time.strptime()).",
    ),
    MethodDef::class(
        "combine",
        datetime_combine,
        "date, time -> datetime with same date and time fields",
    ),
    MethodDef::class(
        "fromisoformat",
        |cls, a| {
            let s = a.one("fromisoformat")?;
            let Some(text) = s.downcast::<PyStr>() else {
                return Err(type_error("fromisoformat: argument must be str"));
            };
            let Some(p) = super::format::parse_datetime_text(text) else {
                return Err(super::format::invalid_iso(s));
            };
            let tz = p.time.tzinfo()?;
            let (mut y, mut m, mut d) = p.ymd;
            let mut t = p.time.time;
            if t.hour == 24 && m <= 12 {
                let dim = super::days_in_month(y, m.max(1));
                if d <= dim {
                    if t.minute != 0 || t.second != 0 || t.us != 0 {
                        return Err(value_error(
                            "minute, second, and microsecond must be 0 when hour is 24",
                        ));
                    }
                    t.hour = 0;
                    d += 1;
                    if d > dim {
                        d = 1;
                        m += 1;
                        if m > 12 {
                            m = 1;
                            y += 1;
                        }
                    }
                }
            }
            datetime_of_class(cls, (y, m, d), t, 0, tz)
        },
        "fromisoformat($type, object, /)\n--\n\nstring -> datetime from a string in most ISO 8601 formats",
    ),
    MethodDef::new(
        "date",
        |v, a| {
            a.none("date")?;
            let d = this(v);
            Ok(super::date::new_date_value(d.year, d.month, d.day))
        },
        "date($self, /)\n--\n\nReturn date object with same year, month and day.",
    ),
    MethodDef::new(
        "time",
        |v, a| {
            a.none("time")?;
            let d = this(v);
            Ok(super::time::new_time_value(d.time, d.fold, None))
        },
        "time($self, /)\n--\n\nReturn time object with same time but with tzinfo=None.",
    ),
    MethodDef::new(
        "timetz",
        |v, a| {
            a.none("timetz")?;
            let d = this(v);
            Ok(super::time::new_time_value(d.time, d.fold, d.tz.clone()))
        },
        "timetz($self, /)\n--\n\nReturn time object with same time and tzinfo.",
    ),
    MethodDef::new(
        "ctime",
        |v, a| {
            a.none("ctime")?;
            let d = this(v);
            Ok(PyStr::new(&super::date::ctime_text(
                d.year, d.month, d.day, d.time,
            )))
        },
        "ctime($self, /)\n--\n\nReturn ctime() style string.",
    ),
    MethodDef::new(
        "timetuple",
        |v, a| {
            a.none("timetuple")?;
            let d = this(v);
            let mut dst_flag = -1;
            if let Some(tz) = &d.tz
                && let Some(dst) = call_dst(tz, v)?
            {
                dst_flag = i32::from(delta_of(&dst).is_some_and(|x| x.total_us() != 0));
            }
            super::struct_time(
                d.year,
                d.month,
                d.day,
                d.time.hour,
                d.time.minute,
                d.time.second,
                dst_flag,
            )
        },
        "timetuple($self, /)\n--\n\nReturn time tuple, compatible with time.localtime().",
    ),
    MethodDef::new(
        "timestamp",
        |v, a| {
            a.none("timestamp")?;
            let d = this(v);
            if d.tz.is_some() {
                let diff = datetime_subtract(v, &epoch()?)?;
                return match delta_of(&diff) {
                    Some(d) => delta::total_seconds(d),
                    None => Err(type_error("timestamp: unexpected difference")),
                };
            }
            let secs = local::local_to_seconds(d.year, d.month, d.day, d.time, d.fold)?;
            Ok(float::new(
                (secs - EPOCH) as f64 + f64::from(d.time.us) / 1e6,
            ))
        },
        "timestamp($self, /)\n--\n\nReturn POSIX timestamp as float.",
    ),
    MethodDef::new(
        "utctimetuple",
        |v, a| {
            a.none("utctimetuple")?;
            let d = this(v);
            let mut utc_self = v.clone();
            if let Some(tz) = &d.tz
                && let Some(off) = call_utcoffset(tz, v)?
            {
                utc_self = add_delta(v, &off, -1)?;
            }
            let u = this(&utc_self);
            super::struct_time(
                u.year,
                u.month,
                u.day,
                u.time.hour,
                u.time.minute,
                u.time.second,
                0,
            )
        },
        "utctimetuple($self, /)\n--\n\nReturn UTC time tuple, compatible with time.localtime().",
    ),
    MethodDef::new(
        "isoformat",
        |v, a| {
            let [sep, spec] = a.parse("isoformat", ["sep", "timespec"], 0, 0, 2)?;
            let sep = match sep {
                None => 'T',
                Some(s) => single_char(&s)?,
            };
            let d = this(v);
            let mut out = format!("{:04}-{:02}-{:02}{sep}", d.year, d.month, d.day);
            out.push_str(&super::format::format_time(d.time, spec.as_ref(), 2)?);
            if let Some(tz) = &d.tz
                && let Some(off) = call_utcoffset(tz, v)?
            {
                out.push_str(&super::format::offset_text(&off, ":"));
            }
            Ok(PyStr::new(&out))
        },
        "[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\nsep is used to separate the year from the time, and defaults to 'T'.\nThe optional argument timespec specifies the number of additional terms\nof the time to include. Valid options are 'auto', 'hours', 'minutes',\n'seconds', 'milliseconds' and 'microseconds'.\n",
    ),
    MethodDef::new(
        "utcoffset",
        |v, a| {
            a.none("utcoffset")?;
            Ok(protocol::none_or(call_utcoffset(&tzinfo(this(v)), v)?))
        },
        "utcoffset($self, /)\n--\n\nReturn self.tzinfo.utcoffset(self).",
    ),
    MethodDef::new(
        "tzname",
        |v, a| {
            a.none("tzname")?;
            call_tzname(&tzinfo(this(v)), v)
        },
        "tzname($self, /)\n--\n\nReturn self.tzinfo.tzname(self).",
    ),
    MethodDef::new(
        "dst",
        |v, a| {
            a.none("dst")?;
            Ok(protocol::none_or(call_dst(&tzinfo(this(v)), v)?))
        },
        "dst($self, /)\n--\n\nReturn self.tzinfo.dst(self).",
    ),
    MethodDef::new(
        "replace",
        |v, a| datetime_replace(v, a, "replace"),
        "replace($self, /, year=unchanged, month=unchanged, day=unchanged,\n        hour=unchanged, minute=unchanged, second=unchanged,\n        microsecond=unchanged, tzinfo=unchanged, *, fold=unchanged)\n--\n\nReturn datetime with new specified fields.",
    ),
    MethodDef::new(
        "__replace__",
        |v, a| datetime_replace(v, a, "__replace__"),
        "__replace__($self, /, **changes)\n--\n\nThe same as replace().",
    ),
    MethodDef::new(
        "astimezone",
        datetime_astimezone,
        "tz -> convert to local time in new timezone tz\n",
    ),
    MethodDef::new(
        "__reduce_ex__",
        |v, a| {
            let proto = int_arg(&a.range("__reduce_ex__", "__reduce_ex__", 1, 1)?[0])?;
            Ok(reduce(v, proto))
        },
        "__reduce_ex__(proto) -> (cls, state)",
    ),
    MethodDef::new(
        "__reduce__",
        |v, a| {
            a.none("__reduce__")?;
            Ok(reduce(v, 2))
        },
        "__reduce__($self, /)\n--\n\n__reduce__() -> (cls, state)",
    ),
];

fn tzinfo(d: &DateObj) -> Value {
    d.tz.clone().unwrap_or_else(none)
}

/// isoformat's `sep`: one character.
fn single_char(v: &Value) -> PyResult<char> {
    let Some(s) = v.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "isoformat() argument 1 must be a unicode character, not {}",
            protocol::type_name(v)
        )));
    };
    let cps = s.code_points();
    if cps.len() != 1 {
        return Err(type_error(format!(
            "isoformat() argument 1 must be a unicode character, not a string of length {}",
            cps.len()
        )));
    }
    Ok(char::from_u32(cps[0]).unwrap_or('\u{fffd}'))
}

/// The pickled bytes: the month byte's high bit holds the fold for protocol 4 and up.
fn state_bytes(d: &DateObj, with_fold: bool) -> Vec<u8> {
    let mut b = d.date_bytes().to_vec();
    if with_fold && d.fold != 0 {
        b[2] |= 0x80;
    }
    let t = d.time;
    b.extend_from_slice(&[
        t.hour as u8,
        t.minute as u8,
        t.second as u8,
        (t.us >> 16) as u8,
        (t.us >> 8 & 0xff) as u8,
        (t.us & 0xff) as u8,
    ]);
    b
}

fn reduce(v: &Value, proto: i32) -> Value {
    let d = this(v);
    let mut state = vec![bytes::new(state_bytes(d, proto > 3))];
    state.extend(d.tz.clone());
    Tuple::new(vec![v.type_obj().value().clone(), Tuple::new(state)])
}

pub fn new_datetime(y: i32, m: i32, d: i32, t: Hms, fold: i32, tz: Option<Value>) -> Value {
    alloc_typed(
        &TypeRef::from_static(&DATETIME_TYPE),
        DateObj::new(y, m, d, t, fold, tz),
    )
}

/// `call_subclass_fold`: calls `cls(*args)`, adding `fold=1` when set.
pub fn call_with_fold(cls: &Value, mut args: Vec<Value>, fold: i32) -> PyResult {
    if fold == 0 {
        return protocol::call(cls, &args, None);
    }
    args.push(int::from_i64(i64::from(fold)));
    let kw = Tuple::new(vec![PyStr::new("fold")]);
    protocol::call(cls, &args, Some(&kw))
}

/// `new_datetime_subclass_fold_ex`: a datetime of class `cls` (called unless exactly datetime).
pub fn datetime_of_class(
    cls: &Value,
    (y, m, d): (i32, i32, i32),
    t: Hms,
    fold: i32,
    tz: Option<Value>,
) -> PyResult {
    if cls.is(&DATETIME_TYPE.value()) {
        check_date(y, m, d)?;
        check_time(t, fold)?;
        if let Some(tz) = &tz {
            check_tzinfo(tz)?;
        }
        return Ok(new_datetime(y, m, d, t, fold, tz));
    }
    let mut args = super::ints(&[
        i64::from(y),
        i64::from(m),
        i64::from(d),
        i64::from(t.hour),
        i64::from(t.minute),
        i64::from(t.second),
        i64::from(t.us),
    ]);
    args.push(tz.unwrap_or_else(none));
    call_with_fold(cls, args, fold)
}

/// A datetime of the same Python class as `v` built without calling it (`new_datetime_ex2`
/// with `Py_TYPE(v)`).
fn same_type(v: &Value, d: DateObj) -> Value {
    let ty = TypeRef::from_static(v.type_obj());
    alloc_typed(&ty, d)
}

fn datetime_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    if let Some(data) = super::date::pickle_state(args, kwnames, 10, "datetime")? {
        let tz = args.get(1).cloned();
        if let Some(tz) = &tz
            && !is_none(tz)
            && !is_a(tz, &super::TZINFO_TYPE)
        {
            return Err(type_error("bad tzinfo state arg"));
        }
        let fold = i32::from(data[2] >> 7);
        let t = Hms {
            hour: i32::from(data[4]),
            minute: i32::from(data[5]),
            second: i32::from(data[6]),
            us: i32::from(data[7]) << 16 | i32::from(data[8]) << 8 | i32::from(data[9]),
        };
        let y = i32::from(data[0]) << 8 | i32::from(data[1]);
        let d = DateObj::new(
            y,
            i32::from(data[2] & 0x7f),
            i32::from(data[3]),
            t,
            fold,
            tz_field(tz),
        );
        return Ok(alloc_typed(ty, d));
    }
    let [y, m, d, h, mi, s, us, tz, fold] = super::parse_unnamed(
        args,
        kwnames,
        [
            "year",
            "month",
            "day",
            "hour",
            "minute",
            "second",
            "microsecond",
            "tzinfo",
            "fold",
        ],
        3,
        8,
    )?;
    let arg = |v: Option<Value>| super::long_int_arg(&v.expect("required"));
    let (y, m, d) = (arg(y)?, arg(m)?, arg(d)?);
    let t = Hms {
        hour: super::opt_long_int(&h, 0)?,
        minute: super::opt_long_int(&mi, 0)?,
        second: super::opt_long_int(&s, 0)?,
        us: super::opt_long_int(&us, 0)?,
    };
    let fold = super::opt_long_int(&fold, 0)?;
    check_date(y, m, d)?;
    check_time(t, fold)?;
    if let Some(tz) = &tz {
        check_tzinfo(tz)?;
    }
    Ok(alloc_typed(
        ty,
        DateObj::new(y, m, d, t, fold, tz_field(tz)),
    ))
}

fn datetime_repr(v: &Value) -> PyResult {
    let d = this(v);
    let Hms {
        hour,
        minute,
        second,
        us,
    } = d.time;
    let date = format!("{}, {}, {}", d.year, d.month, d.day);
    let fields = if us != 0 {
        format!("{date}, {hour}, {minute}, {second}, {us}")
    } else if second != 0 {
        format!("{date}, {hour}, {minute}, {second}")
    } else {
        format!("{date}, {hour}, {minute}")
    };
    Ok(PyStr::new(&format!(
        "{}({fields}{})",
        super::tp_name(v),
        super::time::repr_suffix(d.tz.as_ref(), d.fold, true)?
    )))
}

/// Fields as compared and hashed (CPython's data bytes, without the fold).
fn key(d: &DateObj) -> (i32, i32, i32, Hms) {
    (d.year, d.month, d.day, d.time)
}

fn utcoffset_of(v: &Value) -> PyResult<Option<Value>> {
    match &this(v).tz {
        None => Ok(None),
        Some(tz) => call_utcoffset(tz, v),
    }
}

/// `v` with its fold flipped, built without calling a subclass (`flip_fold`).
fn flip_fold(v: &Value) -> Value {
    let d = this(v);
    same_type(
        v,
        DateObj::new(d.year, d.month, d.day, d.time, 1 - d.fold, d.tz.clone()),
    )
}

fn same_offset(a: &Option<Value>, b: &Option<Value>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => {
            x.is(y)
                || matches!((delta_of(x), delta_of(y)), (Some(p), Some(q)) if p.total_us() == q.total_us())
        }
        _ => false,
    }
}

/// `pep495_eq_exception`: a datetime in a fold or gap never equals one in another zone.
fn pep495_exception(
    a: &Value,
    b: &Value,
    oa: &Option<Value>,
    ob: &Option<Value>,
) -> PyResult<bool> {
    let flipped = utcoffset_of(&flip_fold(a))?;
    if !same_offset(&flipped, oa) {
        return Ok(true);
    }
    let flipped = utcoffset_of(&flip_fold(b))?;
    Ok(!same_offset(&flipped, ob))
}

fn datetime_hash(v: &Value) -> PyResult<i64> {
    let d = this(v);
    if let Some(h) = d.hash.get() {
        return Ok(h);
    }
    let unfolded = if d.fold != 0 { flip_fold(v) } else { v.clone() };
    let h = match utcoffset_of(&unfolded)? {
        None => hash::fix_hash(hash::hash_bytes(&state_bytes(d, false))),
        Some(off) => {
            let secs = d.time.hour * 3600 + d.time.minute * 60 + d.time.second;
            let local = new_delta(d.ordinal(), secs, d.time.us)?;
            protocol::hash(&protocol::binary_op(&local, &off, NbOp::Subtract)?)?
        }
    };
    d.hash.set(Some(h));
    Ok(h)
}

fn datetime_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !is_a(b, &DATETIME_TYPE) {
        return Ok(not_implemented());
    }
    let (x, y) = (this(a), this(b));
    let same_tz = match (&x.tz, &y.tz) {
        (None, None) => true,
        (Some(p), Some(q)) => p.is(q),
        _ => false,
    };
    if same_tz {
        return Ok(compare_result(key(x).cmp(&key(y)), op));
    }
    let oa = utcoffset_of(a)?;
    let ob = utcoffset_of(b)?;
    let eq_ne = matches!(op, CompareOp::Eq | CompareOp::Ne);
    if same_offset(&oa, &ob) {
        let mut o = key(x).cmp(&key(y));
        if eq_ne && o.is_eq() && pep495_exception(a, b, &oa, &ob)? {
            o = std::cmp::Ordering::Greater;
        }
        return Ok(compare_result(o, op));
    }
    if oa.is_some() && ob.is_some() {
        let diff = datetime_subtract(a, b)?;
        let us = delta_of(&diff).map_or(0, |d| d.total_us());
        let mut o = us.cmp(&0);
        if eq_ne && o.is_eq() && pep495_exception(a, b, &oa, &ob)? {
            o = std::cmp::Ordering::Greater;
        }
        return Ok(compare_result(o, op));
    }
    match op {
        CompareOp::Eq => Ok(ouro_objects::bool::py_bool(false)),
        CompareOp::Ne => Ok(ouro_objects::bool::py_bool(true)),
        _ => Err(type_error(
            "can't compare offset-naive and offset-aware datetimes",
        )),
    }
}

/// `add_datetime_timedelta`: `dt + factor * delta` as a datetime of dt's class.
pub fn add_delta(dt: &Value, delta: &Value, factor: i64) -> PyResult {
    let d = this(dt);
    let Some((dd, ds, dus)) = delta::fields(delta) else {
        return Err(type_error(format!(
            "unsupported operand type(s) for +: 'datetime.datetime' and '{}'",
            protocol::type_name(delta)
        )));
    };
    let us = i64::from(d.time.us) + i64::from(dus) * factor;
    let secs = i64::from(d.time.second) + i64::from(ds) * factor + us.div_euclid(1_000_000);
    let mins = i64::from(d.time.minute) + secs.div_euclid(60);
    let hours = i64::from(d.time.hour) + mins.div_euclid(60);
    let days = i64::from(d.day) + i64::from(dd) * factor + hours.div_euclid(24);
    let t = Hms {
        hour: hours.rem_euclid(24) as i32,
        minute: mins.rem_euclid(60) as i32,
        second: secs.rem_euclid(60) as i32,
        us: us.rem_euclid(1_000_000) as i32,
    };
    let days = i32::try_from(days).map_err(|_| super::date_out_of_range())?;
    let ymd = super::normalize_ymd(d.year, d.month, days)?;
    datetime_of_class(&dt.type_obj().value(), ymd, t, 0, d.tz.clone())
}

fn datetime_add(a: &Value, b: &Value) -> PyResult {
    if is_a(a, &DATETIME_TYPE) {
        if delta::fields(b).is_some() {
            return add_delta(a, b, 1);
        }
    } else if delta::fields(a).is_some() {
        return add_delta(b, a, 1);
    }
    Ok(not_implemented())
}

fn datetime_subtract(a: &Value, b: &Value) -> PyResult {
    if !is_a(a, &DATETIME_TYPE) {
        return Ok(not_implemented());
    }
    if delta::fields(b).is_some() {
        return add_delta(a, b, -1);
    }
    if !is_a(b, &DATETIME_TYPE) {
        return Ok(not_implemented());
    }
    let (x, y) = (this(a), this(b));
    let same_tz = match (&x.tz, &y.tz) {
        (None, None) => true,
        (Some(p), Some(q)) => p.is(q),
        _ => false,
    };
    let (oa, ob) = if same_tz {
        (None, None)
    } else {
        (utcoffset_of(a)?, utcoffset_of(b)?)
    };
    if oa.is_some() != ob.is_some() {
        return Err(type_error(
            "can't subtract offset-naive and offset-aware datetimes",
        ));
    }
    let days = x.ordinal() - y.ordinal();
    let secs = |t: &Hms| t.hour * 3600 + t.minute * 60 + t.second;
    let result = delta::new_delta_of(
        &TypeRef::from_static(&delta::DELTA_TYPE),
        i64::from(days),
        i64::from(secs(&x.time) - secs(&y.time)),
        i64::from(x.time.us - y.time.us),
    )?;
    if let (Some(p), Some(q)) = (&oa, &ob)
        && !same_offset(&oa, &ob)
    {
        let offdiff = protocol::binary_op(p, q, NbOp::Subtract)?;
        return protocol::binary_op(&result, &offdiff, NbOp::Subtract);
    }
    Ok(result)
}

/// `datetime(1970, 1, 1, tzinfo=timezone.utc)`.
fn epoch() -> PyResult {
    Ok(new_datetime(1970, 1, 1, Hms::default(), 0, Some(utc())))
}

/// `datetime_from_timet_and_us` with localtime (tz None) or gmtime, then `tz.fromutc`.
fn from_timet_and_us(cls: &Value, secs: i64, us: i32, tz: &Value) -> PyResult {
    if !is_none(tz) {
        let dt = from_timet_utc(cls, secs, us, tz)?;
        return protocol::call_method(tz, "fromutc", &[dt]);
    }
    let tm = local::broken_down(secs, true)?;
    let ymd = (local::tm_year(&tm), tm.tm_mon + 1, tm.tm_mday);
    let t = Hms {
        hour: tm.tm_hour,
        minute: tm.tm_min,
        second: tm.tm_sec.min(59),
        us,
    };
    let result_seconds =
        local::utc_to_seconds(i64::from(ymd.0), ymd.1, ymd.2, t.hour, t.minute, t.second)?;
    let fold = i32::from(local::detect_fold(secs, result_seconds)?);
    datetime_of_class(cls, ymd, t, fold, None)
}

fn from_timet_utc(cls: &Value, secs: i64, us: i32, tz: &Value) -> PyResult {
    let tm = local::broken_down(secs, false)?;
    let t = Hms {
        hour: tm.tm_hour,
        minute: tm.tm_min,
        second: tm.tm_sec.min(59),
        us,
    };
    datetime_of_class(
        cls,
        (local::tm_year(&tm), tm.tm_mon + 1, tm.tm_mday),
        t,
        0,
        tz_field(Some(tz.clone())),
    )
}

fn datetime_combine(cls: &Value, a: Args) -> PyResult {
    let [date, time, tz] = a.parse("combine", ["date", "time", "tzinfo"], 0, 2, 3)?;
    let (date, time) = (date.expect("required"), time.expect("required"));
    if !is_a(&date, &DATE_TYPE) {
        return Err(super::bad_arg("combine", 1, "datetime.date", &date));
    }
    let Some(t) = time.downcast::<super::TimeObj>() else {
        return Err(super::bad_arg("combine", 2, "datetime.time", &time));
    };
    let tz = match tz {
        Some(tz) => {
            check_tzinfo(&tz)?;
            tz_field(Some(tz))
        }
        None => t.tz.clone(),
    };
    let d = this(&date);
    datetime_of_class(cls, (d.year, d.month, d.day), t.time, t.fold, tz)
}

fn datetime_replace(v: &Value, a: Args, name: &str) -> PyResult {
    let d = this(v);
    let [y, m, dd, h, mi, s, us, tz, fold] = a.parse(
        name,
        [
            "year",
            "month",
            "day",
            "hour",
            "minute",
            "second",
            "microsecond",
            "tzinfo",
            "fold",
        ],
        0,
        0,
        8,
    )?;
    let ymd = (
        super::opt_int(&y, d.year)?,
        super::opt_int(&m, d.month)?,
        super::opt_int(&dd, d.day)?,
    );
    let t = Hms {
        hour: super::opt_int(&h, d.time.hour)?,
        minute: super::opt_int(&mi, d.time.minute)?,
        second: super::opt_int(&s, d.time.second)?,
        us: super::opt_int(&us, d.time.us)?,
    };
    let fold = super::opt_int(&fold, d.fold)?;
    let tz = match tz {
        Some(tz) => {
            check_tzinfo(&tz)?;
            tz_field(Some(tz))
        }
        None => d.tz.clone(),
    };
    check_date(ymd.0, ymd.1, ymd.2)?;
    check_time(t, fold)?;
    datetime_of_class(&v.type_obj().value(), ymd, t, fold, tz)
}

/// `local_timezone_from_local`: the local zone in effect at a naive datetime.
fn local_timezone_from_local(v: &Value) -> PyResult {
    let d = this(v);
    let secs = local::local_to_seconds(d.year, d.month, d.day, d.time, d.fold)?;
    local::local_timezone_from_timestamp(secs - EPOCH)
}

/// `local_timezone`: the local zone at an aware UTC datetime.
fn local_timezone(utc_time: &Value) -> PyResult {
    let delta = datetime_subtract(utc_time, &epoch()?)?;
    let us = delta_of(&delta).map_or(0, |d| d.total_us());
    local::local_timezone_from_timestamp(us.div_euclid(1_000_000) as i64)
}

fn datetime_astimezone(v: &Value, a: Args) -> PyResult {
    let [tz] = a.parse("astimezone", ["tz"], 0, 0, 1)?;
    let tz = tz.unwrap_or_else(none);
    check_tzinfo(&tz)?;
    let mut self_tz = match &this(v).tz {
        Some(t) => t.clone(),
        None => local_timezone_from_local(v)?,
    };
    if self_tz.is(&tz) {
        return Ok(v.clone());
    }
    let offset = loop {
        match call_utcoffset(&self_tz, v)? {
            Some(off) => break off,
            None => self_tz = local_timezone_from_local(v)?,
        }
    };
    let shifted = add_delta(v, &offset, -1)?;
    let s = this(&shifted);
    let as_utc = same_type(
        &shifted,
        DateObj::new(s.year, s.month, s.day, s.time, s.fold, Some(utc())),
    );
    let tz = if is_none(&tz) {
        local_timezone(&as_utc)?
    } else {
        tz
    };
    let attached = same_type(
        &as_utc,
        DateObj::new(s.year, s.month, s.day, s.time, s.fold, Some(tz.clone())),
    );
    protocol::call_method(&tz, "fromutc", &[attached])
}

/// `datetime.min`, `.max` and `.resolution`.
pub fn init_constants() -> PyResult<()> {
    set_class_attr(
        &DATETIME_TYPE,
        "min",
        new_datetime(1, 1, 1, Hms::default(), 0, None),
    );
    let max = Hms {
        hour: 23,
        minute: 59,
        second: 59,
        us: 999_999,
    };
    set_class_attr(
        &DATETIME_TYPE,
        "max",
        new_datetime(9999, 12, 31, max, 0, None),
    );
    set_class_attr(&DATETIME_TYPE, "resolution", new_delta(0, 0, 1)?);
    Ok(())
}
