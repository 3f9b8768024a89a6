//! The `time` module: clocks, sleep, `struct_time` conversions (gmtime, localtime, mktime), strftime/strptime/asctime/ctime and the time zone facts; mirrors Modules/timemodule.c (Linux build).

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_eval::structseq::{self, StructSeqDesc};
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::{PyStr, intern};
use ouro_objects::tuple::Tuple;
use ouro_objects::{TypeRef, Value, bool as pybool, exceptions, float, int, protocol};

use crate::posix::sys::{self, Tm};

const STRUCT_TIME: StructSeqDesc<'static> = StructSeqDesc {
    name: "time.struct_time",
    doc: "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields' descriptions for details.",
    fields: &[
        "tm_year",
        "tm_mon",
        "tm_mday",
        "tm_hour",
        "tm_min",
        "tm_sec",
        "tm_wday",
        "tm_yday",
        "tm_isdst",
        "tm_zone",
        "tm_gmtoff",
    ],
    n_in_sequence: 9,
};

ouro_objects::gil_shared! {
    static STRUCT_TIME_TYPE: RefCell<Option<TypeRef>> = const { RefCell::new(None) };
}

fn struct_time_type() -> PyResult<TypeRef> {
    if let Some(t) = STRUCT_TIME_TYPE.with(|t| t.borrow().clone()) {
        return Ok(t);
    }
    let t = structseq::new_type(&STRUCT_TIME)?;
    STRUCT_TIME_TYPE.with(|slot| *slot.borrow_mut() = Some(t.clone()));
    Ok(t)
}

/// The clocks `get_clock_info` and the `*_ns` functions read.
#[derive(Clone, Copy)]
struct Clock {
    name: &'static str,
    id: libc::clockid_t,
    id_name: &'static str,
    monotonic: bool,
    adjustable: bool,
}

const CLOCKS: &[Clock] = &[
    Clock {
        name: "time",
        id: libc::CLOCK_REALTIME,
        id_name: "CLOCK_REALTIME",
        monotonic: false,
        adjustable: true,
    },
    Clock {
        name: "monotonic",
        id: libc::CLOCK_MONOTONIC,
        id_name: "CLOCK_MONOTONIC",
        monotonic: true,
        adjustable: false,
    },
    Clock {
        name: "perf_counter",
        id: libc::CLOCK_MONOTONIC,
        id_name: "CLOCK_MONOTONIC",
        monotonic: true,
        adjustable: false,
    },
    Clock {
        name: "process_time",
        id: libc::CLOCK_PROCESS_CPUTIME_ID,
        id_name: "CLOCK_PROCESS_CPUTIME_ID",
        monotonic: true,
        adjustable: false,
    },
    Clock {
        name: "thread_time",
        id: libc::CLOCK_THREAD_CPUTIME_ID,
        id_name: "CLOCK_THREAD_CPUTIME_ID",
        monotonic: true,
        adjustable: false,
    },
];

fn clock_named(name: &str) -> Clock {
    *CLOCKS
        .iter()
        .find(|c| c.name == name)
        .expect("a known clock")
}

fn read_ns(id: libc::clockid_t) -> PyResult<i128> {
    let (s, ns) = sys::clock(id, false).map_err(|e| crate::posix::os_error(&e))?;
    Ok(i128::from(s) * 1_000_000_000 + i128::from(ns))
}

fn seconds(ns: i128) -> Value {
    float::new(ns as f64 * 1e-9)
}

macro_rules! clock_functions {
    ($($secs:ident, $nanos:ident = $clock:literal;)*) => {
        $(
            fn $secs(_m: &Value, args: Args) -> PyResult {
                args.none(concat!("time.", $clock))?;
                Ok(seconds(read_ns(clock_named($clock).id)?))
            }

            fn $nanos(_m: &Value, args: Args) -> PyResult {
                args.none(concat!("time.", $clock, "_ns"))?;
                Ok(int::from_i128(read_ns(clock_named($clock).id)?))
            }
        )*
    };
}

clock_functions! {
    time_time, time_time_ns = "time";
    monotonic, monotonic_ns = "monotonic";
    perf_counter, perf_counter_ns = "perf_counter";
    process_time, process_time_ns = "process_time";
    thread_time, thread_time_ns = "thread_time";
}

fn get_clock_info(_m: &Value, args: Args) -> PyResult {
    let a = args.range("get_clock_info", "get_clock_info", 1, 1)?;
    let name = a[0]
        .downcast::<PyStr>()
        .ok_or_else(|| {
            type_error(format!(
                "get_clock_info() argument 1 must be str, not {}",
                protocol::type_name(&a[0])
            ))
        })?
        .to_string_lossy();
    let clock = CLOCKS
        .iter()
        .find(|c| c.name == name)
        .ok_or_else(|| value_error("unknown clock"))?;
    let (s, ns) = sys::clock(clock.id, true).map_err(|e| crate::posix::os_error(&e))?;
    let kwnames = Tuple::new(
        ["implementation", "monotonic", "adjustable", "resolution"]
            .iter()
            .map(|n| intern(n))
            .collect(),
    );
    protocol::call(
        &TypeRef::from_static(&ouro_objects::namespace::NAMESPACE_TYPE).into_value(),
        &[
            PyStr::new(&format!("clock_gettime({})", clock.id_name)),
            pybool::py_bool(clock.monotonic),
            pybool::py_bool(clock.adjustable),
            float::new(s as f64 + ns as f64 * 1e-9),
        ],
        Some(&kwnames),
    )
}

fn clk_id_arg(v: &Value) -> PyResult<libc::clockid_t> {
    crate::posix::c_int(v)
}

fn clock_gettime(_m: &Value, args: Args) -> PyResult {
    let a = args.range("clock_gettime", "clock_gettime", 1, 1)?;
    Ok(seconds(read_ns(clk_id_arg(&a[0])?)?))
}

fn clock_gettime_ns(_m: &Value, args: Args) -> PyResult {
    let a = args.range("clock_gettime_ns", "clock_gettime_ns", 1, 1)?;
    Ok(int::from_i128(read_ns(clk_id_arg(&a[0])?)?))
}

fn clock_getres(_m: &Value, args: Args) -> PyResult {
    let a = args.range("clock_getres", "clock_getres", 1, 1)?;
    let (s, ns) = sys::clock(clk_id_arg(&a[0])?, true).map_err(|e| crate::posix::os_error(&e))?;
    Ok(float::new(s as f64 + ns as f64 * 1e-9))
}

fn settime(id: libc::clockid_t, ns: i128) -> PyResult {
    let s = i64::try_from(ns.div_euclid(1_000_000_000)).map_err(|_| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "timestamp too large to convert to C _PyTime_t",
        )
    })?;
    sys::set_clock(id, s, ns.rem_euclid(1_000_000_000) as i64)
        .map_err(|e| crate::posix::os_error(&e))?;
    Ok(none())
}

fn clock_settime(_m: &Value, args: Args) -> PyResult {
    let a = args.range("clock_settime", "clock_settime", 2, 2)?;
    let t = seconds_arg(&a[1])?;
    settime(clk_id_arg(&a[0])?, (t * 1e9) as i128)
}

fn clock_settime_ns(_m: &Value, args: Args) -> PyResult {
    let a = args.range("clock_settime_ns", "clock_settime_ns", 2, 2)?;
    let n = protocol::index(&a[1])?;
    let ns = int::to_i64(&n).ok_or_else(|| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "timestamp too large to convert to C _PyTime_t",
        )
    })?;
    settime(clk_id_arg(&a[0])?, i128::from(ns))
}

fn pthread_getcpuclockid(_m: &Value, args: Args) -> PyResult {
    let a = args.range("pthread_getcpuclockid", "pthread_getcpuclockid", 1, 1)?;
    let thread = int::to_i64(&protocol::index(&a[0])?).ok_or_else(|| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "Python int too large to convert to C unsigned long",
        )
    })?;
    let id =
        sys::thread_cpu_clock(thread as libc::pthread_t).map_err(|e| crate::posix::os_error(&e))?;
    Ok(int::from_i64(i64::from(id)))
}

/// A number of seconds (int or float) as f64, refusing NaN.
pub(crate) fn seconds_arg(v: &Value) -> PyResult<f64> {
    if let Some(f) = float::as_f64(v).filter(|_| !int::is_int(v)) {
        if f.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        return Ok(f);
    }
    if int::is_int(v) {
        return int::as_int(v)
            .map(|i| int::to_f64(&i))
            .expect("an int")
            .map_err(|_| {
                PyErr::new(
                    &exceptions::OVERFLOW_ERROR,
                    "timestamp too large to convert to C _PyTime_t",
                )
            });
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer or float",
        protocol::type_name(v)
    )))
}

fn sleep(_m: &Value, args: Args) -> PyResult {
    let a = args.range("sleep", "sleep", 1, 1)?;
    let secs = seconds_arg(&a[0])?;
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    let duration = std::time::Duration::try_from_secs_f64(secs)
        .map_err(|_| PyErr::new(&exceptions::OVERFLOW_ERROR, "sleep length is too large"))?;
    crate::signal::sleep(duration)?;
    Ok(none())
}

/// `_PyTime_ObjectToTime_t` (rounding toward minus infinity) for the
/// optional `seconds` argument of gmtime/localtime/ctime; None is now.
fn time_t_arg(v: Option<&Value>) -> PyResult<i64> {
    let Some(v) = v.filter(|v| !is_none(v)) else {
        let (s, _) =
            sys::clock(libc::CLOCK_REALTIME, false).map_err(|e| crate::posix::os_error(&e))?;
        return Ok(s);
    };
    let out_of_range = || {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "timestamp out of range for platform time_t",
        )
    };
    if let Some(f) = float::as_f64(v).filter(|_| !int::is_int(v)) {
        if f.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
            return Err(out_of_range());
        }
        return Ok(f as i64);
    }
    let n = protocol::index(v)?;
    int::to_i64(&n).ok_or_else(out_of_range)
}

/// A `struct_time` from a broken-down time (`tmtotuple`).
fn struct_time(tm: &Tm, zone: Value, gmtoff: i64) -> PyResult {
    let i = |x: i32| int::from_i64(i64::from(x));
    structseq::new_instance(
        &struct_time_type()?,
        vec![
            int::from_i64(i64::from(tm.tm_year) + 1900),
            i(tm.tm_mon + 1),
            i(tm.tm_mday),
            i(tm.tm_hour),
            i(tm.tm_min),
            i(tm.tm_sec),
            i((tm.tm_wday + 6) % 7),
            i(tm.tm_yday + 1),
            i(tm.tm_isdst),
            zone,
            int::from_i64(gmtoff),
        ],
    )
}

fn broken_down(t: i64, local: bool) -> PyResult<Tm> {
    sys::broken_down(t, local).map_err(|e| match e.raw_os_error() {
        Some(libc::EOVERFLOW) => PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "timestamp out of range for platform time_t",
        ),
        _ => crate::posix::os_error(&e),
    })
}

fn gmtime(_m: &Value, args: Args) -> PyResult {
    let a = args.range("gmtime", "gmtime", 0, 1)?;
    let tm = broken_down(time_t_arg(a.first())?, false)?;
    struct_time(&tm, crate::posix::fsdecode(&sys::tm_zone(&tm)), 0)
}

fn local_struct_time(t: i64) -> PyResult {
    let tm = broken_down(t, true)?;
    struct_time(
        &tm,
        crate::posix::fsdecode(&sys::tm_zone(&tm)),
        tm.tm_gmtoff,
    )
}

fn localtime(_m: &Value, args: Args) -> PyResult {
    let a = args.range("localtime", "localtime", 0, 1)?;
    local_struct_time(time_t_arg(a.first())?)
}

/// `gettmarg`: a 9-tuple or `struct_time` as a `struct tm`; the zone name
/// (when a `struct_time` carries one) comes back separately.
fn tm_arg(v: &Value, func: &str) -> PyResult<(Tm, Option<Vec<u8>>)> {
    let Some(t) = v.downcast::<Tuple>() else {
        return Err(type_error("Tuple or struct_time argument required"));
    };
    let illegal = || type_error(format!("{func}(): illegal time tuple argument"));
    if t.len() != 9 {
        return Err(illegal());
    }
    let mut f = [0i32; 9];
    for (slot, item) in f.iter_mut().zip(t.iter()) {
        *slot = int::to_i64(&protocol::index(item)?)
            .and_then(|n| i32::try_from(n).ok())
            .ok_or_else(|| {
                PyErr::new(
                    &exceptions::OVERFLOW_ERROR,
                    "signed integer is greater than maximum",
                )
            })?;
    }
    if f[0] < i32::MIN + 1900 {
        return Err(PyErr::new(&exceptions::OVERFLOW_ERROR, "year out of range"));
    }
    let fields = [
        f[0] - 1900,
        f[1] - 1,
        f[2],
        f[3],
        f[4],
        f[5],
        (f[6] + 1) % 7,
        f[7] - 1,
        f[8],
    ];
    let (mut zone, mut gmtoff) = (None, 0);
    if let Ok(ty) = struct_time_type()
        && v.type_value().is(&ty.clone().into_value())
    {
        let z = protocol::getattr_str(v, "tm_zone")?;
        if let Some(s) = z.downcast::<PyStr>() {
            zone = Some(s.to_string_lossy().into_bytes());
        }
        let off = protocol::getattr_str(v, "tm_gmtoff")?;
        if !is_none(&off) {
            gmtoff = int::to_i64(&protocol::index(&off)?).unwrap_or(0);
        }
    }
    Ok((sys::tm_from_fields(fields, gmtoff), zone))
}

/// `checktm`: the ranges strftime and asctime can index with.
fn check_tm(tm: &mut Tm) -> PyResult<()> {
    let bad = |what: &str| Err(value_error(format!("{what} out of range")));
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return bad("month");
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return bad("day of month");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return bad("hour");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return bad("minute");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return bad("seconds");
    }
    if tm.tm_wday < 0 {
        return bad("day of week");
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return bad("day of year");
    }
    Ok(())
}

fn mktime(_m: &Value, args: Args) -> PyResult {
    let a = args.range("mktime", "mktime", 1, 1)?;
    let (tm, _) = tm_arg(&a[0], "mktime")?;
    let t = sys::mktime(tm)
        .ok_or_else(|| PyErr::new(&exceptions::OVERFLOW_ERROR, "mktime argument out of range"))?;
    Ok(float::new(t as f64))
}

/// The struct tm for an optional time tuple argument (now, local, if absent).
fn tm_or_now(v: Option<&Value>, func: &str) -> PyResult<(Tm, Vec<u8>)> {
    match v {
        None => {
            let (now, _) =
                sys::clock(libc::CLOCK_REALTIME, false).map_err(|e| crate::posix::os_error(&e))?;
            let tm = broken_down(now, true)?;
            let zone = sys::tm_zone(&tm);
            Ok((tm, zone))
        }
        Some(v) => {
            let (mut tm, zone) = tm_arg(v, func)?;
            check_tm(&mut tm)?;
            Ok((tm, zone.unwrap_or_default()))
        }
    }
}

fn strftime(_m: &Value, args: Args) -> PyResult {
    let a = args.range("strftime", "strftime", 1, 2)?;
    let Some(format) = a[0].downcast::<PyStr>() else {
        return Err(type_error(format!(
            "strftime() argument 1 must be str, not {}",
            protocol::type_name(&a[0])
        )));
    };
    let (mut tm, zone) = tm_or_now(a.get(1), "strftime")?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    let fmt = ouro_objects::codecs::encode(format, &a[0], "utf-8", "surrogateescape")?;
    // strftime cannot take a NUL: format the pieces between NULs apart.
    let mut out = Vec::new();
    for (i, piece) in fmt.split(|&b| b == 0).enumerate() {
        if i > 0 {
            out.push(0);
        }
        out.extend(format_piece(piece, &tm, &zone));
    }
    Ok(crate::posix::fsdecode(&out))
}

/// One NUL-free stretch of a strftime format; an empty result is taken as
/// real once the buffer is 256 times the format's length.
fn format_piece(piece: &[u8], tm: &Tm, zone: &[u8]) -> Vec<u8> {
    if piece.is_empty() {
        return Vec::new();
    }
    let mut capacity = 1024;
    loop {
        if let Some(s) = sys::strftime(piece, tm, zone, capacity) {
            return s;
        }
        if capacity >= 256 * piece.len() {
            return Vec::new();
        }
        capacity *= 2;
    }
}

fn strptime(_m: &Value, args: Args) -> PyResult {
    let import = ouro_objects::module::builtin("__import__")?;
    let module = protocol::call(&import, &[PyStr::new("_strptime")], None)?;
    let func = protocol::getattr_str(&module, "_strptime_time")?;
    protocol::call(&func, args.values, args.kwnames)
}

const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `_asctime`: 'Sun Jun 20 23:21:05 1993'.
fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        WEEKDAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.clamp(0, 11) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        i64::from(tm.tm_year) + 1900
    )
}

fn asctime(_m: &Value, args: Args) -> PyResult {
    let a = args.range("asctime", "asctime", 0, 1)?;
    let (tm, _) = tm_or_now(a.first(), "asctime")?;
    Ok(PyStr::new(&asctime_text(&tm)))
}

fn ctime(_m: &Value, args: Args) -> PyResult {
    let a = args.range("ctime", "ctime", 0, 1)?;
    let tm = broken_down(time_t_arg(a.first())?, true)?;
    Ok(PyStr::new(&asctime_text(&tm)))
}

/// Sets `timezone`, `altzone`, `daylight` and `tzname` from the local
/// offsets of January 1 and July 1 of this year (`init_timezone`'s way).
fn set_timezone(module: &Module) -> PyResult<()> {
    let (now, _) =
        sys::clock(libc::CLOCK_REALTIME, false).map_err(|e| crate::posix::os_error(&e))?;
    let year_start = now - now.rem_euclid(365 * 24 * 3600 + 6 * 3600);
    let jan = broken_down(year_start, true)?;
    let jul = broken_down(year_start + (365 * 24 * 3600 + 6 * 3600) / 2, true)?;
    let (jan_zone, jul_zone) = (-jan.tm_gmtoff, -jul.tm_gmtoff);
    let (jan_name, jul_name) = (
        crate::posix::fsdecode(&sys::tm_zone(&jan)),
        crate::posix::fsdecode(&sys::tm_zone(&jul)),
    );
    // In the southern hemisphere daylight saving time is in January.
    let (std_zone, dst_zone, names) = if jan_zone < jul_zone {
        (jul_zone, jan_zone, [jul_name, jan_name])
    } else {
        (jan_zone, jul_zone, [jan_name, jul_name])
    };
    module.set("timezone", int::from_i64(std_zone));
    module.set("altzone", int::from_i64(dst_zone));
    module.set("daylight", int::from_i64(i64::from(jan_zone != jul_zone)));
    module.set("tzname", Tuple::new(names.to_vec()));
    Ok(())
}

fn tzset(m: &Value, args: Args) -> PyResult {
    args.none("time.tzset")?;
    sys::tzset();
    set_timezone(m.downcast::<Module>().expect("module"))?;
    Ok(none())
}

const CLOCK_IDS: &[(&str, libc::clockid_t)] = &[
    ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
    ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
    ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
    ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
    ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
    ("CLOCK_TAI", libc::CLOCK_TAI),
    ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
];

fn init(m: &Value) -> PyResult<()> {
    let module = m.downcast::<Module>().expect("module");
    sys::tzset();
    set_timezone(module)?;
    module.set("struct_time", struct_time_type()?.into_value());
    module.set("_STRUCT_TM_ITEMS", int::from_i64(11));
    for (name, id) in CLOCK_IDS {
        module.set(name, int::from_i64(i64::from(*id)));
    }
    Ok(())
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new(
        "time",
        time_time,
        "time() -> floating-point number\n\nReturn the current time in seconds since the Epoch.\nFractions of a second may be present if the system clock provides them.",
    ),
    MethodDef::new(
        "time_ns",
        time_time_ns,
        "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch.",
    ),
    MethodDef::new(
        "monotonic",
        monotonic,
        "monotonic() -> float\n\nMonotonic clock, cannot go backward.",
    ),
    MethodDef::new(
        "monotonic_ns",
        monotonic_ns,
        "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds.",
    ),
    MethodDef::new(
        "perf_counter",
        perf_counter,
        "perf_counter() -> float\n\nPerformance counter for benchmarking.",
    ),
    MethodDef::new(
        "perf_counter_ns",
        perf_counter_ns,
        "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds.",
    ),
    MethodDef::new(
        "process_time",
        process_time,
        "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time.",
    ),
    MethodDef::new(
        "process_time_ns",
        process_time_ns,
        "process_time() -> int\n\nProcess time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.",
    ),
    MethodDef::new(
        "thread_time",
        thread_time,
        "thread_time() -> float\n\nThread time for profiling: sum of the kernel and user-space CPU time.",
    ),
    MethodDef::new(
        "thread_time_ns",
        thread_time_ns,
        "thread_time() -> int\n\nThread time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.",
    ),
    MethodDef::new(
        "get_clock_info",
        get_clock_info,
        "get_clock_info(name: str) -> dict\n\nGet information of the specified clock.",
    ),
    MethodDef::new(
        "clock_gettime",
        clock_gettime,
        "clock_gettime(clk_id) -> float\n\nReturn the time of the specified clock clk_id.",
    ),
    MethodDef::new(
        "clock_gettime_ns",
        clock_gettime_ns,
        "clock_gettime_ns(clk_id) -> int\n\nReturn the time of the specified clock clk_id as nanoseconds (int).",
    ),
    MethodDef::new(
        "clock_getres",
        clock_getres,
        "clock_getres(clk_id) -> floating-point number\n\nReturn the resolution (precision) of the specified clock clk_id.",
    ),
    MethodDef::new(
        "clock_settime",
        clock_settime,
        "clock_settime(clk_id, time)\n\nSet the time of the specified clock clk_id.",
    ),
    MethodDef::new(
        "clock_settime_ns",
        clock_settime_ns,
        "clock_settime_ns(clk_id, time)\n\nSet the time of the specified clock clk_id with nanoseconds.",
    ),
    MethodDef::new(
        "pthread_getcpuclockid",
        pthread_getcpuclockid,
        "pthread_getcpuclockid(thread_id) -> int\n\nReturn the clk_id of a thread's CPU time clock.",
    ),
    MethodDef::new(
        "sleep",
        sleep,
        "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating-point number for subsecond precision.",
    ),
    MethodDef::new(
        "gmtime",
        gmtime,
        "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\nGMT).  When 'seconds' is not passed in, convert the current time instead.\n\nIf the platform supports the tm_gmtoff and tm_zone, they are available as\nattributes only.",
    ),
    MethodDef::new(
        "localtime",
        localtime,
        "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing local time.\nWhen 'seconds' is not passed in, convert the current time instead.",
    ),
    MethodDef::new(
        "mktime",
        mktime,
        "mktime(tuple) -> floating-point number\n\nConvert a time tuple in local time to seconds since the Epoch.\nNote that mktime(gmtime(0)) will not generally return zero for most\ntime zones; instead the returned value will either be equal to that\nof the timezone or altzone attributes on the time module.",
    ),
    MethodDef::new(
        "strftime",
        strftime,
        "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a format specification.\nSee the library reference manual for formatting codes. When the time tuple\nis not present, current time as returned by localtime() is used.",
    ),
    MethodDef::new(
        "strptime",
        strptime,
        "strptime(string, format) -> struct_time\n\nParse a string to a time tuple according to a format specification.\nSee the library reference manual for formatting codes (same as\nstrftime()).",
    ),
    MethodDef::new(
        "asctime",
        asctime,
        "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\nWhen the time tuple is not present, current time as returned by localtime()\nis used.",
    ),
    MethodDef::new(
        "ctime",
        ctime,
        "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in local time.\nThis is equivalent to asctime(localtime(seconds)). When the time tuple is\nnot present, current time as returned by localtime() is used.",
    ),
    MethodDef::new(
        "tzset",
        tzset,
        "tzset()\n\nInitialize, or reinitialize, the local timezone to the value of the\nenvironment variable TZ.",
    ),
];

pub static TIME: ModuleDef = ModuleDef {
    name: "time",
    doc: "This module provides various functions to manipulate time values.\n\nThere are two standard representations of time.  One is the number\nof seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\nor a floating-point number (to represent fractions of seconds).\nThe epoch is the point where the time starts, the return value of time.gmtime(0).\nIt is January 1, 1970, 00:00:00 (UTC) on all platforms.\n\nThe other representation is a tuple of 9 integers giving local time.\nThe tuple items are:\n  year (including century, e.g. 1998)\n  month (1-12)\n  day (1-31)\n  hours (0-23)\n  minutes (0-59)\n  seconds (0-59)\n  weekday (0-6, Monday is 0)\n  Julian day (day in the year, 1-366)\n  DST (Daylight Savings Time) flag (-1, 0 or 1)\nIf the DST flag is 0, the time is given in the regular time zone;\nif it is 1, the time is given in the DST time zone;\nif it is -1, mktime() should guess based on the date and time.\n",
    functions: FUNCTIONS,
    types: ModuleDef::no_types,
    init,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asctime_pads_the_day() {
        let tm = sys::tm_from_fields([93, 5, 6, 3, 4, 5, 0, 0, 0], 0);
        assert_eq!(asctime_text(&tm), "Sun Jun  6 03:04:05 1993");
    }
}
