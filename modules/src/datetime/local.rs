//! POSIX timestamps and the local time zone: timestamp arguments with CPython's rounding,
//! localtime/gmtime, and solving local time for UTC; mirrors _PyTime_ObjectToTimeval,
//! local, utc_to_seconds, local_to_seconds and local_timezone_from_timestamp.

use ouro_objects::err::{PyErr, PyResult, value_error};
use ouro_objects::str::PyStr;
use ouro_objects::{Value, exceptions, float, int, protocol};

use crate::posix::sys::{self, Tm};

use super::delta::new_delta;
use super::tz::new_timezone;

/// Seconds from 0001-01-01 to the Unix epoch.
pub const EPOCH: i64 = 719_163 * 24 * 3600;
/// The largest fold CPython looks for when probing for one (a day).
pub const MAX_FOLD_SECONDS: i64 = 24 * 3600;

fn time_t_overflow() -> PyErr {
    PyErr::new(
        &exceptions::OVERFLOW_ERROR,
        "timestamp out of range for platform time_t",
    )
}

fn float_arg(v: &Value) -> Option<f64> {
    if int::is_int(v) {
        None
    } else {
        float::as_f64(v)
    }
}

/// `_PyTime_ObjectToTime_t` rounding toward minus infinity.
pub fn time_t_floor(v: &Value) -> PyResult<i64> {
    if let Some(f) = float_arg(v) {
        if f.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
            return Err(time_t_overflow());
        }
        return Ok(f as i64);
    }
    let n = protocol::index(v)?;
    int::to_i64(&n).ok_or_else(time_t_overflow)
}

/// `_PyTime_ObjectToTimeval` with round-half-even: whole seconds and microseconds.
pub fn timeval_half_even(v: &Value) -> PyResult<(i64, i32)> {
    let Some(d) = float_arg(v) else {
        if !int::is_int(v) {
            return Err(ouro_objects::err::type_error(format!(
                "argument must be int or float, not {}",
                protocol::type_name(v)
            )));
        }
        return Ok((time_t_floor(v)?, 0));
    };
    if d.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    let mut int_part = d.trunc();
    let mut frac = ouro_objects::float::round_half_even((d - int_part) * 1e6);
    if frac >= 1e6 {
        frac -= 1e6;
        int_part += 1.0;
    } else if frac < 0.0 {
        frac += 1e6;
        int_part -= 1.0;
    }
    if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&int_part) {
        return Err(time_t_overflow());
    }
    Ok((int_part as i64, frac as i32))
}

/// `_PyTime_localtime` / `_PyTime_gmtime`.
pub fn broken_down(t: i64, local: bool) -> PyResult<Tm> {
    sys::broken_down(t, local).map_err(|e| match e.raw_os_error() {
        Some(libc::EOVERFLOW) => time_t_overflow(),
        _ => crate::posix::os_error(&e),
    })
}

/// The calendar year of a broken-down time (saturated: C's int arithmetic has no room either).
pub fn tm_year(tm: &Tm) -> i32 {
    tm.tm_year.saturating_add(1900)
}

/// `time.time()` as a float.
pub fn time_now() -> PyResult<Value> {
    let (s, ns) = now_parts()?;
    Ok(float::new(s as f64 + ns as f64 * 1e-9))
}

fn now_parts() -> PyResult<(i64, i64)> {
    sys::clock(libc::CLOCK_REALTIME, false).map_err(|e| crate::posix::os_error(&e))
}

/// The current time as whole seconds and microseconds rounded toward minus infinity.
pub fn now_timeval() -> PyResult<(i64, i32)> {
    let (s, ns) = now_parts()?;
    Ok((s, (ns / 1000) as i32))
}

/// `utc_to_seconds`: seconds since 0001-01-01 of a broken-down UTC time.
pub fn utc_to_seconds(y: i64, m: i32, d: i32, hh: i32, mm: i32, ss: i32) -> PyResult<i64> {
    if !(1..=9999).contains(&y) {
        return Err(value_error(format!("year {y} is out of range")));
    }
    let ordinal = i64::from(super::ymd_to_ord(y as i32, m, d));
    Ok(((ordinal * 24 + i64::from(hh)) * 60 + i64::from(mm)) * 60 + i64::from(ss))
}

fn tm_seconds(tm: &Tm) -> PyResult<i64> {
    utc_to_seconds(
        i64::from(tm.tm_year) + 1900,
        tm.tm_mon + 1,
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
    )
}

/// `local`: the local wall time (as seconds since 0001) of `u` seconds since 0001 UTC.
pub fn local(u: i64) -> PyResult<i64> {
    tm_seconds(&broken_down(u - EPOCH, true)?)
}

/// `local_to_seconds`: the UTC seconds (since 0001) whose local time is the given wall time;
/// `fold` picks the later of two candidates.
pub fn local_to_seconds(y: i32, m: i32, d: i32, t: super::Hms, fold: i32) -> PyResult<i64> {
    let t0 = utc_to_seconds(i64::from(y), m, d, t.hour, t.minute, t.second)?;
    let lt = local(t0)?;
    let a = lt - t0;
    let u1 = t0 - a;
    let t1 = local(u1)?;
    let b;
    if t1 == t0 {
        let u2 = if fold != 0 {
            u1 + MAX_FOLD_SECONDS
        } else {
            u1 - MAX_FOLD_SECONDS
        };
        let lt = local(u2)?;
        b = lt - u2;
        if a == b {
            return Ok(u1);
        }
    } else {
        b = t1 - u1;
    }
    let u2 = t0 - b;
    let t2 = local(u2)?;
    if t2 == t0 {
        return Ok(u2);
    }
    if t1 == t0 {
        return Ok(u1);
    }
    // In a gap: neither candidate maps back.
    Ok(if fold != 0 { u1.min(u2) } else { u1.max(u2) })
}

/// `local_timezone_from_timestamp`: a fixed-offset timezone named after the local zone.
pub fn local_timezone_from_timestamp(ts: i64) -> PyResult<Value> {
    let tm = broken_down(ts, true)?;
    let delta = new_delta(0, tm.tm_gmtoff as i32, 0)?;
    let zone = sys::tm_zone(&tm);
    let name = if zone.is_empty() && tm.tm_zone.is_null() {
        None
    } else {
        Some(crate::posix::fsdecode(&zone))
    };
    new_timezone(&delta, name.filter(|n| n.downcast::<PyStr>().is_some()))
}

/// Whether a local time came out of a fold (`datetime_from_timet_and_us`'s probe).
pub fn detect_fold(timet: i64, result_seconds: i64) -> PyResult<bool> {
    let probe = local(EPOCH + timet - MAX_FOLD_SECONDS)?;
    let transition = result_seconds - probe - MAX_FOLD_SECONDS;
    if transition < 0 {
        let probe = local(EPOCH + timet + transition)?;
        return Ok(probe == result_seconds);
    }
    Ok(false)
}
