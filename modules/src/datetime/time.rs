//! `datetime.time`: a time of day with optional tzinfo and fold; mirrors time_* in
//! _datetimemodule.c.

use std::cell::Cell;

use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::none::{is_none, none, not_implemented};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, bytes, hash, int};

use super::delta::{compare_result, delta_of, new_delta};
use super::tz::{call_dst, call_tzname, call_utcoffset};
use super::{Hms, check_time, check_tzinfo, int_arg, set_class_attr, tz_field};

pub struct TimeObj {
    pub time: Hms,
    pub fold: i32,
    pub tz: Option<Value>,
    hash: Cell<Option<i64>>,
}

impl TimeObj {
    pub fn new(time: Hms, fold: i32, tz: Option<Value>) -> Self {
        TimeObj {
            time,
            fold,
            tz,
            hash: Cell::new(None),
        }
    }

    /// The pickled/hashed bytes; `fold` sets the hour byte's high bit.
    pub fn state_bytes(&self, fold: bool) -> [u8; 6] {
        let t = self.time;
        [
            t.hour as u8 | if fold && self.fold != 0 { 0x80 } else { 0 },
            t.minute as u8,
            t.second as u8,
            (t.us >> 16) as u8,
            (t.us >> 8 & 0xff) as u8,
            (t.us & 0xff) as u8,
        ]
    }

    fn tzinfo(&self) -> Value {
        self.tz.clone().unwrap_or_else(none)
    }
}

builtin_type!(pub static TIME_TYPE: TimeObj = TypeSpec {
    name: "datetime.time",
    doc: Some("time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\nAll arguments are optional. tzinfo may be None, or an instance of\na tzinfo subclass. The remaining arguments may be ints.\n"),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        new: Some(time_new),
        repr: Some(time_repr),
        str: Some(|v| protocol::call_method(v, "isoformat", &[])),
        hash: Some(time_hash),
        richcompare: Some(time_richcompare),
        ..SlotDefs::NONE
    },
    methods: TIME_METHODS,
    getsets: &[
        GetSetDef::getter("hour", |v| Ok(int::from_i64(i64::from(this(v).time.hour)))),
        GetSetDef::getter("minute", |v| Ok(int::from_i64(i64::from(this(v).time.minute)))),
        GetSetDef::getter("second", |v| Ok(int::from_i64(i64::from(this(v).time.second)))),
        GetSetDef::getter("microsecond", |v| Ok(int::from_i64(i64::from(this(v).time.us)))),
        GetSetDef::getter("tzinfo", |v| Ok(this(v).tzinfo())),
        GetSetDef::getter("fold", |v| Ok(int::from_i64(i64::from(this(v).fold)))),
    ],
    ..TypeSpec::DEFAULT
});

static TIME_METHODS: &[MethodDef] = &[
    MethodDef::new(
        "isoformat",
        |v, a| {
            let [spec] = a.parse("isoformat", ["timespec"], 0, 0, 1)?;
            let t = this(v);
            let mut out = super::format::format_time(t.time, spec.as_ref(), 1)?;
            if let Some(off) = call_utcoffset(&t.tzinfo(), &none())? {
                out.push_str(&super::format::offset_text(&off, ":"));
            }
            Ok(PyStr::new(&out))
        },
        "Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n\nThe optional argument timespec specifies the number of additional terms\nof the time to include. Valid options are 'auto', 'hours', 'minutes',\n'seconds', 'milliseconds' and 'microseconds'.\n",
    ),
    MethodDef::new(
        "strftime",
        |v, a| {
            let [fmt] = a.parse("strftime", ["format"], 0, 1, 1)?;
            let t = this(v).time;
            // The year is forced to 1900: strftime's year handling needs something sane.
            let tt = Tuple::new(super::ints(&[
                1900,
                1,
                1,
                i64::from(t.hour),
                i64::from(t.minute),
                i64::from(t.second),
                0,
                1,
                -1,
            ]));
            super::format::wrap_strftime(v, &fmt.expect("required"), &tt, &none())
        },
        "format -> strftime() style string.",
    ),
    MethodDef::new(
        "__format__",
        super::date::format_method,
        "Formats self with strftime.",
    ),
    MethodDef::new(
        "utcoffset",
        |v, a| {
            a.none("utcoffset")?;
            Ok(protocol::none_or(call_utcoffset(
                &this(v).tzinfo(),
                &none(),
            )?))
        },
        "utcoffset($self, /)\n--\n\nReturn self.tzinfo.utcoffset(self).",
    ),
    MethodDef::new(
        "tzname",
        |v, a| {
            a.none("tzname")?;
            call_tzname(&this(v).tzinfo(), &none())
        },
        "tzname($self, /)\n--\n\nReturn self.tzinfo.tzname(self).",
    ),
    MethodDef::new(
        "dst",
        |v, a| {
            a.none("dst")?;
            Ok(protocol::none_or(call_dst(&this(v).tzinfo(), &none())?))
        },
        "dst($self, /)\n--\n\nReturn self.tzinfo.dst(self).",
    ),
    MethodDef::new(
        "replace",
        |v, a| time_replace(v, a, "replace"),
        "replace($self, /, hour=unchanged, minute=unchanged, second=unchanged,\n        microsecond=unchanged, tzinfo=unchanged, *, fold=unchanged)\n--\n\nReturn time with new specified fields.",
    ),
    MethodDef::new(
        "__replace__",
        |v, a| time_replace(v, a, "__replace__"),
        "__replace__($self, /, **changes)\n--\n\nThe same as replace().",
    ),
    MethodDef::class(
        "fromisoformat",
        |cls, a| {
            let s = a.one("fromisoformat")?;
            let Some(text) = s.downcast::<PyStr>() else {
                return Err(type_error("fromisoformat: argument must be str"));
            };
            let Some(parsed) = super::format::parse_time_text(text) else {
                return Err(super::format::invalid_iso(s));
            };
            let (t, tz) = parsed.build()?;
            time_of_class(cls, t, 0, tz)
        },
        "fromisoformat($type, object, /)\n--\n\nstring -> time from a string in ISO 8601 format",
    ),
    MethodDef::class(
        "strptime",
        |cls, a| super::strptime_via(cls, a, "_strptime_datetime_time"),
        "string, format -> new time parsed from a string (like time.strptime()).",
    ),
    MethodDef::new(
        "__reduce_ex__",
        |v, a| {
            let proto = int_arg(
                a.range("__reduce_ex__", "__reduce_ex__", 1, 1)?
                    .first()
                    .expect("one"),
            )?;
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

pub fn this(v: &Value) -> &TimeObj {
    v.downcast::<TimeObj>().expect("time method on a time")
}

fn reduce(v: &Value, proto: i32) -> Value {
    let t = this(v);
    let mut state = vec![bytes::new(t.state_bytes(proto > 3).to_vec())];
    state.extend(t.tz.clone());
    Tuple::new(vec![v.type_obj().value().clone(), Tuple::new(state)])
}

pub fn new_time_value(time: Hms, fold: i32, tz: Option<Value>) -> Value {
    alloc_typed(
        &TypeRef::from_static(&TIME_TYPE),
        TimeObj::new(time, fold, tz),
    )
}

/// `new_time_subclass_fold_ex`: the class is called unless it is `time` itself.
pub fn time_of_class(cls: &Value, t: Hms, fold: i32, tz: Option<Value>) -> PyResult {
    if cls.is(&TIME_TYPE.value()) {
        check_time(t, fold)?;
        return Ok(new_time_value(t, fold, tz));
    }
    let mut args = super::ints(&[
        i64::from(t.hour),
        i64::from(t.minute),
        i64::from(t.second),
        i64::from(t.us),
    ]);
    args.push(tz.unwrap_or_else(none));
    super::datetime_type::call_with_fold(cls, args, fold)
}

fn time_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    if (1..=2).contains(&args.len())
        && kwnames.is_none()
        && let Some(data) = time_state(&args[0])?
    {
        let tz = args.get(1).cloned();
        if let Some(tz) = &tz
            && !is_none(tz)
            && !super::is_a(tz, &super::TZINFO_TYPE)
        {
            return Err(type_error("bad tzinfo state arg"));
        }
        let fold = i32::from(data[0] >> 7);
        let t = Hms {
            hour: i32::from(data[0] & 0x7f),
            minute: i32::from(data[1]),
            second: i32::from(data[2]),
            us: i32::from(data[3]) << 16 | i32::from(data[4]) << 8 | i32::from(data[5]),
        };
        return Ok(alloc_typed(ty, TimeObj::new(t, fold, tz_field(tz))));
    }
    let [h, m, s, us, tz, fold] = super::parse_unnamed(
        args,
        kwnames,
        ["hour", "minute", "second", "microsecond", "tzinfo", "fold"],
        0,
        5,
    )?;
    let t = Hms {
        hour: super::opt_long_int(&h, 0)?,
        minute: super::opt_long_int(&m, 0)?,
        second: super::opt_long_int(&s, 0)?,
        us: super::opt_long_int(&us, 0)?,
    };
    let fold = super::opt_long_int(&fold, 0)?;
    check_time(t, fold)?;
    if let Some(tz) = &tz {
        check_tzinfo(tz)?;
    }
    Ok(alloc_typed(ty, TimeObj::new(t, fold, tz_field(tz))))
}

/// Pickled time bytes (the hour byte's low 7 bits must be a sane hour).
fn time_state(state: &Value) -> PyResult<Option<Vec<u8>>> {
    let data = if let Some(b) = state.downcast::<ouro_objects::bytes::Bytes>() {
        b.0.to_vec()
    } else if let Some(s) = state.downcast::<PyStr>() {
        let cps = s.code_points();
        if cps.len() != 6 || (cps[0] & 0x7f) >= 24 {
            return Ok(None);
        }
        if cps.iter().any(|&c| c > 255) {
            return Err(ouro_objects::err::value_error(
                "Failed to encode latin1 string when unpickling a time object. pickle.load(data, encoding='latin1') is assumed.",
            ));
        }
        cps.iter().map(|&c| c as u8).collect()
    } else {
        return Ok(None);
    };
    Ok((data.len() == 6 && (data[0] & 0x7f) < 24).then_some(data))
}

/// Appends `, tzinfo=...` and `, fold=1` inside a repr's closing parenthesis.
/// A datetime puts the fold first, a time the tzinfo.
pub fn repr_suffix(tz: Option<&Value>, fold: i32, fold_first: bool) -> PyResult<String> {
    let tz = match tz {
        Some(tz) => format!(", tzinfo={}", protocol::repr_string(tz)?),
        None => String::new(),
    };
    let fold = if fold != 0 {
        format!(", fold={fold}")
    } else {
        String::new()
    };
    Ok(if fold_first { fold + &tz } else { tz + &fold })
}

fn time_repr(v: &Value) -> PyResult {
    let t = this(v);
    let Hms {
        hour,
        minute,
        second,
        us,
    } = t.time;
    let fields = if us != 0 {
        format!("{hour}, {minute}, {second}, {us}")
    } else if second != 0 {
        format!("{hour}, {minute}, {second}")
    } else {
        format!("{hour}, {minute}")
    };
    Ok(PyStr::new(&format!(
        "{}({fields}{})",
        super::tp_name(v),
        repr_suffix(t.tz.as_ref(), t.fold, false)?
    )))
}

fn time_hash(v: &Value) -> PyResult<i64> {
    let t = this(v);
    if let Some(h) = t.hash.get() {
        return Ok(h);
    }
    let offset = if t.fold != 0 {
        let unfolded = time_of_class(&v.type_obj().value(), t.time, 0, t.tz.clone())?;
        call_utcoffset(&this(&unfolded).tzinfo(), &none())?
    } else {
        call_utcoffset(&t.tzinfo(), &none())?
    };
    let h = match offset {
        None => hash::fix_hash(hash::hash_bytes(&t.state_bytes(false))),
        Some(off) => {
            let secs = t.time.hour * 3600 + t.time.minute * 60 + t.time.second;
            let local = new_delta(0, secs, t.time.us)?;
            let utc = protocol::binary_op(&local, &off, ouro_objects::typeobj::NbOp::Subtract)?;
            protocol::hash(&utc)?
        }
    };
    t.hash.set(Some(h));
    Ok(h)
}

fn time_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    let Some(y) = b.downcast::<TimeObj>() else {
        return Ok(not_implemented());
    };
    let x = this(a);
    let same_tz = match (&x.tz, &y.tz) {
        (None, None) => true,
        (Some(p), Some(q)) => p.is(q),
        _ => false,
    };
    if same_tz {
        return Ok(compare_result(x.time.cmp(&y.time), op));
    }
    let o1 = call_utcoffset(&x.tzinfo(), &none())?;
    let o2 = call_utcoffset(&y.tzinfo(), &none())?;
    match (o1, o2) {
        (None, None) => Ok(compare_result(x.time.cmp(&y.time), op)),
        (Some(p), Some(q)) => {
            let (p, q) = (delta_of(&p).expect("delta"), delta_of(&q).expect("delta"));
            if p.total_us() == q.total_us() {
                return Ok(compare_result(x.time.cmp(&y.time), op));
            }
            // CPython compares whole seconds, then the times' microseconds (the offsets'
            // microseconds are left out).
            let secs = |t: &Hms, d: &super::Delta| {
                i64::from(t.hour * 3600 + t.minute * 60 + t.second)
                    - i64::from(d.days) * 86_400
                    - i64::from(d.seconds)
            };
            let o = secs(&x.time, p)
                .cmp(&secs(&y.time, q))
                .then(x.time.us.cmp(&y.time.us));
            Ok(compare_result(o, op))
        }
        _ => match op {
            CompareOp::Eq => Ok(ouro_objects::bool::py_bool(false)),
            CompareOp::Ne => Ok(ouro_objects::bool::py_bool(true)),
            _ => Err(type_error(
                "can't compare offset-naive and offset-aware times",
            )),
        },
    }
}

fn time_replace(v: &Value, a: Args, name: &str) -> PyResult {
    let t = this(v);
    let [h, m, s, us, tz, fold] = a.parse(
        name,
        ["hour", "minute", "second", "microsecond", "tzinfo", "fold"],
        0,
        0,
        5,
    )?;
    let new = Hms {
        hour: super::opt_int(&h, t.time.hour)?,
        minute: super::opt_int(&m, t.time.minute)?,
        second: super::opt_int(&s, t.time.second)?,
        us: super::opt_int(&us, t.time.us)?,
    };
    let fold = super::opt_int(&fold, t.fold)?;
    let tz = match tz {
        Some(tz) => {
            check_tzinfo(&tz)?;
            tz_field(Some(tz))
        }
        None => t.tz.clone(),
    };
    check_time(new, fold)?;
    time_of_class(&v.type_obj().value(), new, fold, tz)
}

/// `time.min`, `.max` and `.resolution`.
pub fn init_constants() -> PyResult<()> {
    set_class_attr(&TIME_TYPE, "min", new_time_value(Hms::default(), 0, None));
    let max = Hms {
        hour: 23,
        minute: 59,
        second: 59,
        us: 999_999,
    };
    set_class_attr(&TIME_TYPE, "max", new_time_value(max, 0, None));
    set_class_attr(&TIME_TYPE, "resolution", new_delta(0, 0, 1)?);
    Ok(())
}
