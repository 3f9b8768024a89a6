//! ISO 8601 text in both directions (isoformat's pieces, fromisoformat's parsers) and
//! strftime's %z/%:z/%Z/%f substitution; mirrors parse_isoformat_date, parse_hh_mm_ss_ff,
//! parse_isoformat_time, _find_isoformat_datetime_separator and wrap_strftime in
//! _datetimemodule.c.

use ouro_objects::err::{PyErr, PyResult, value_error};
use ouro_objects::protocol;
use ouro_objects::str::PyStr;
use ouro_objects::{Value, int};

use super::delta::{delta_of, new_delta};
use super::tz::{call_tzname, call_utcoffset, format_offset_us, new_timezone, utc};
use super::{Hms, iso_to_ymd};

pub fn invalid_iso(s: &Value) -> PyErr {
    match protocol::repr_string(s) {
        Ok(r) => value_error(format!("Invalid isoformat string: {r}")),
        Err(e) => e,
    }
}

/// The time part of isoformat for a `timespec` ('auto' unless given).
/// `arg_index` is timespec's position in the method's arguments (for the TypeError).
pub fn format_time(t: Hms, timespec: Option<&Value>, arg_index: usize) -> PyResult<String> {
    let spec = match timespec {
        None => "auto".to_string(),
        Some(v) => match v.downcast::<PyStr>() {
            Some(s) => s.to_string_lossy(),
            None => {
                return Err(super::bad_arg("isoformat", arg_index, "str", v));
            }
        },
    };
    let Hms {
        hour,
        minute,
        second,
        us,
    } = t;
    Ok(match spec.as_str() {
        "auto" if us != 0 => format!("{hour:02}:{minute:02}:{second:02}.{us:06}"),
        "auto" | "seconds" => format!("{hour:02}:{minute:02}:{second:02}"),
        "hours" => format!("{hour:02}"),
        "minutes" => format!("{hour:02}:{minute:02}"),
        "milliseconds" => format!("{hour:02}:{minute:02}:{second:02}.{:03}", us / 1000),
        "microseconds" => format!("{hour:02}:{minute:02}:{second:02}.{us:06}"),
        _ => return Err(value_error("Unknown timespec value")),
    })
}

/// A utcoffset() result as `+HH<sep>MM[<sep>SS[.ffffff]]`.
pub fn offset_text(offset: &Value, sep: &str) -> String {
    delta_of(offset).map_or_else(String::new, |d| format_offset_us(d.total_us(), sep))
}

/// A byte of the text, with C's NUL past the end.
fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

/// `parse_digits`: exactly `n` ASCII digits at `*p`.
fn digits(s: &[u8], p: &mut usize, n: usize) -> Option<i32> {
    let mut v = 0i32;
    for _ in 0..n {
        let c = at(s, *p);
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + i32::from(c - b'0');
        *p += 1;
    }
    Some(v)
}

/// `parse_isoformat_date` over `s[..len]` (reads may run past `len` as C's do).
fn parse_date(s: &[u8], len: usize) -> Option<(i32, i32, i32)> {
    let mut p = 0;
    let year = digits(s, &mut p, 4)?;
    let sep = at(s, p) == b'-';
    if sep {
        p += 1;
    }
    if at(s, p) == b'W' {
        p += 1;
        let week = digits(s, &mut p, 2)?;
        let mut day = 1;
        if p < len {
            if sep {
                let c = at(s, p);
                p += 1;
                if c != b'-' {
                    return None;
                }
            }
            day = digits(s, &mut p, 1)?;
        }
        return iso_to_ymd(year, week, day).ok();
    }
    let month = digits(s, &mut p, 2)?;
    if sep {
        let c = at(s, p);
        p += 1;
        if c != b'-' {
            return None;
        }
    }
    let day = digits(s, &mut p, 2)?;
    Some((year, month, day))
}

/// `date.fromisoformat`'s accepted forms (lengths 7, 8 and 10).
pub fn parse_date_exact(text: &PyStr) -> Option<(i32, i32, i32)> {
    let s = utf8(text)?;
    if ![7, 8, 10].contains(&s.len()) {
        return None;
    }
    parse_date(&s, s.len())
}

fn utf8(text: &PyStr) -> Option<Vec<u8>> {
    let cps = text.code_points();
    let mut out = String::with_capacity(cps.len());
    for c in cps {
        out.push(char::from_u32(c)?);
    }
    Some(out.into_bytes())
}

/// `parse_hh_mm_ss_ff` over `s[start..end]`: the fields and whether text remains.
fn parse_hms(s: &[u8], start: usize, end: usize) -> Result<(Hms, bool), ()> {
    let mut vals = [0i32; 3];
    let mut p = start;
    let mut has_sep = true;
    for (i, slot) in vals.iter_mut().enumerate() {
        *slot = digits(s, &mut p, 2).ok_or(())?;
        let c = at(s, p);
        p += 1;
        if i == 0 {
            has_sep = c == b':';
        }
        if p >= end {
            let t = Hms {
                hour: vals[0],
                minute: vals[1],
                second: vals[2],
                us: 0,
            };
            return Ok((t, c != 0));
        } else if has_sep && c == b':' {
            if i == 2 {
                return Err(());
            }
        } else if c == b'.' || c == b',' {
            if i < 2 {
                return Err(());
            }
            break;
        } else if !has_sep {
            p -= 1;
        } else {
            return Err(());
        }
    }
    let remains = end.saturating_sub(p);
    let to_parse = remains.min(6);
    let mut us = digits(s, &mut p, to_parse).ok_or(())?;
    const CORRECTION: [i32; 5] = [100_000, 10_000, 1_000, 100, 10];
    if to_parse < 6 {
        us *= CORRECTION
            .get(to_parse.wrapping_sub(1))
            .copied()
            .ok_or(())?;
    }
    while at(s, p).is_ascii_digit() {
        p += 1;
    }
    let t = Hms {
        hour: vals[0],
        minute: vals[1],
        second: vals[2],
        us,
    };
    Ok((t, at(s, p) != 0))
}

/// A parsed time of day with its optional UTC offset (seconds, microseconds).
pub struct ParsedTime {
    pub time: Hms,
    pub offset: Option<(i32, i32)>,
}

impl ParsedTime {
    /// `tzinfo_from_isoformat_results`: a zero second offset is UTC.
    pub fn tzinfo(&self) -> PyResult<Option<Value>> {
        match self.offset {
            None => Ok(None),
            Some((0, _)) => Ok(Some(utc())),
            Some((secs, us)) => Ok(Some(new_timezone(&new_delta(0, secs, us)?, None)?)),
        }
    }

    /// time.fromisoformat's result: 24:00 is midnight.
    pub fn build(&self) -> PyResult<(Hms, Option<Value>)> {
        let mut t = self.time;
        if t.hour == 24 {
            if t.minute == 0 && t.second == 0 && t.us == 0 {
                t.hour = 0;
            } else {
                return Err(value_error(
                    "minute, second, and microsecond must be 0 when hour is 24",
                ));
            }
        }
        Ok((t, self.tzinfo()?))
    }
}

/// `parse_isoformat_time` over `s[start..]`.
fn parse_time(s: &[u8], start: usize) -> Option<ParsedTime> {
    let end = s.len();
    let mut tz_pos = start;
    loop {
        if matches!(at(s, tz_pos), b'Z' | b'+' | b'-') {
            break;
        }
        tz_pos += 1;
        if tz_pos >= end {
            break;
        }
    }
    let (time, rest) = parse_hms(s, start, tz_pos).ok()?;
    if tz_pos >= end {
        return (!rest).then_some(ParsedTime { time, offset: None });
    }
    if at(s, tz_pos) == b'Z' {
        return (tz_pos + 1 == end).then_some(ParsedTime {
            time,
            offset: Some((0, 0)),
        });
    }
    let sign = if at(s, tz_pos) == b'-' { -1 } else { 1 };
    let (tz, rest) = parse_hms(s, tz_pos + 1, end).ok()?;
    if rest {
        return None;
    }
    let secs = sign * (tz.hour * 3600 + tz.minute * 60 + tz.second);
    Some(ParsedTime {
        time,
        offset: Some((secs, sign * tz.us)),
    })
}

/// `time.fromisoformat`'s text: an optional leading 'T', then the time.
pub fn parse_time_text(text: &PyStr) -> Option<ParsedTime> {
    let s = utf8(text)?;
    let start = usize::from(at(&s, 0) == b'T');
    parse_time(&s, start)
}

/// `_find_isoformat_datetime_separator`.
fn find_separator(s: &[u8]) -> usize {
    let len = s.len();
    if len == 7 {
        return 7;
    }
    if at(s, 4) == b'-' {
        if at(s, 5) == b'W' {
            if len > 8 && at(s, 8) == b'-' {
                if len > 10 && at(s, 10).is_ascii_digit() {
                    return 8;
                }
                return 10;
            }
            return 8;
        }
        return 10;
    }
    if at(s, 4) == b'W' {
        let mut idx = 7;
        while idx < len && at(s, idx).is_ascii_digit() {
            idx += 1;
        }
        if idx < 9 {
            return idx;
        }
        return if idx % 2 == 0 { 7 } else { 8 };
    }
    8
}

/// A parsed `datetime.fromisoformat` text: the date, then the time (midnight if absent).
pub struct ParsedDateTime {
    pub ymd: (i32, i32, i32),
    pub time: ParsedTime,
}

pub fn parse_datetime_text(text: &PyStr) -> Option<ParsedDateTime> {
    let cps = text.code_points();
    // A surrogate separator cannot be encoded; CPython swaps it for 'T' first.
    let mut clean = String::with_capacity(cps.len());
    for (i, &c) in cps.iter().enumerate() {
        match char::from_u32(c) {
            Some(ch) => clean.push(ch),
            None if i == 10 => clean.push('T'),
            None => return None,
        }
    }
    let s = clean.into_bytes();
    if s.len() < 7 {
        return None;
    }
    let sep = find_separator(&s);
    let ymd = parse_date(&s, sep)?;
    if s.len() <= sep {
        return Some(ParsedDateTime {
            ymd,
            time: ParsedTime {
                time: Hms::default(),
                offset: None,
            },
        });
    }
    let sep_len = match at(&s, sep) {
        c if c < 0x80 => 1,
        c if c >> 5 == 0b110 => 2,
        c if c >> 4 == 0b1110 => 3,
        _ => 4,
    };
    let time = parse_time(&s, sep + sep_len)?;
    Some(ParsedDateTime { ymd, time })
}

/// `get_tzinfo_member`: a time's or datetime's tzinfo.
fn tzinfo_member(obj: &Value) -> Option<Value> {
    if super::is_a(obj, &super::DATETIME_TYPE) {
        return super::date::tz_of(obj).cloned();
    }
    obj.downcast::<super::TimeObj>().and_then(|t| t.tz.clone())
}

fn microsecond_of(obj: &Value) -> i32 {
    if super::is_a(obj, &super::DATETIME_TYPE) {
        return super::date::this(obj).time.us;
    }
    obj.downcast::<super::TimeObj>().map_or(0, |t| t.time.us)
}

/// `wrap_strftime`: fills in %z, %:z, %Z and %f, pads years before 1000, then calls
/// `time.strftime(format, timetuple)`.
pub fn wrap_strftime(
    obj: &Value,
    format: &Value,
    timetuple: &Value,
    tzinfoarg: &Value,
) -> PyResult {
    let Some(fmt) = format.downcast::<PyStr>() else {
        return Err(super::bad_arg("strftime", 1, "str", format));
    };
    let time = protocol::import_module("time")?;
    let strftime = protocol::getattr_str(&time, "strftime")?;
    let chars: Vec<char> = fmt
        .code_points()
        .into_iter()
        .map(|c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect();
    let tz = tzinfo_member(obj);
    let zreplace = |sep: &str| -> PyResult<String> {
        match &tz {
            None => Ok(String::new()),
            Some(tz) => Ok(call_utcoffset(tz, tzinfoarg)?
                .map(|o| offset_text(&o, sep))
                .unwrap_or_default()),
        }
    };
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if i == chars.len() {
            // A lone '%' at the end is dropped, as CPython's scan does.
            break;
        }
        let ch = chars[i];
        i += 1;
        match ch {
            'z' => out.push_str(&zreplace("")?),
            ':' if chars.get(i) == Some(&'z') => {
                i += 1;
                out.push_str(&zreplace(":")?);
            }
            'Z' => {
                if let Some(tz) = &tz {
                    let name = call_tzname(tz, tzinfoarg)?;
                    if let Some(s) = name.downcast::<PyStr>() {
                        out.push_str(&s.to_string_lossy().replace('%', "%%"));
                    }
                }
            }
            'f' => out.push_str(&format!("{:06}", microsecond_of(obj))),
            'Y' | 'G' | 'F' | 'C' => {
                let year_item = protocol::getitem(timetuple, &int::from_i64(0))?;
                let mut year = int::to_i64(&protocol::index(&year_item)?).unwrap_or(i64::MAX);
                if year >= 1000 {
                    out.push('%');
                    out.push(ch);
                    continue;
                }
                if ch == 'G' {
                    let text =
                        protocol::call(&strftime, &[PyStr::new("%G"), timetuple.clone()], None)?;
                    let n = protocol::call1(&int_type(), text)?;
                    year = int::to_i64(&n).unwrap_or(0);
                }
                let padded = format!("{year:04}");
                match ch {
                    'F' => out.push_str(&format!("{padded}-%m-%d")),
                    'C' => out.push_str(&padded[..padded.len().saturating_sub(2)]),
                    _ => out.push_str(&padded),
                }
            }
            _ => {
                out.push('%');
                out.push(ch);
            }
        }
    }
    protocol::call(&strftime, &[PyStr::new(&out), timetuple.clone()], None)
}

fn int_type() -> Value {
    ouro_objects::types::int::INT_TYPE.value()
}
