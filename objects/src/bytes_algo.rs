//! The byte-string methods `bytes` and `bytearray` share (search, split, strip, case, padding, translate, hex), over `&[u8]`; mirrors Objects/bytes_methods.c and the stringlib parts of Objects/bytesobject.c.
//!
//! Each method takes the receiver's bytes, the call's arguments and a
//! [`Kind`] naming the receiver's type (for messages) and building results of
//! that type, so `bytearray.upper` returns a bytearray through the same code.

use crate::args::Args;
use crate::core::Value;
use crate::err::{PyResult, overflow_error, type_error, value_error};
use crate::int::{from_i64, from_usize};
use crate::list::List;
use crate::none::is_none;
use crate::protocol;
use crate::tuple::Tuple;

/// The receiver's type: its name and how to build a result of it.
#[derive(Clone, Copy)]
pub struct Kind {
    pub name: &'static str,
    pub make: fn(Vec<u8>) -> Value,
}

fn py_bool(b: bool) -> PyResult {
    Ok(crate::bool::py_bool(b))
}

/// A bytes-like argument, or CPython's `a bytes-like object is required` TypeError.
pub fn buffer_arg(v: &Value) -> PyResult<Vec<u8>> {
    crate::bytes::bytes_from_object(v)
}

/// `Py_ISSPACE`: the ASCII whitespace bytes.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A search argument: a bytes-like object or an int in range(256).
fn needle_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::bytes::as_bytes_like(v) {
        return Ok(b);
    }
    if protocol::has_index(v) {
        let n = protocol::index(v)?;
        return match crate::int::to_i64(&n).filter(|b| (0..256).contains(b)) {
            Some(b) => Ok(vec![b as u8]),
            None => Err(value_error("byte must be in range(0, 256)")),
        };
    }
    Err(type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        protocol::type_name(v)
    )))
}

/// Position of `needle` in `hay[start..end]`, searching from the left or right.
pub fn find_in(
    hay: &[u8],
    needle: &[u8],
    start: usize,
    end: usize,
    reverse: bool,
) -> Option<usize> {
    if start > hay.len() || end < start || needle.len() > end - start {
        return None;
    }
    let window = &hay[start..end];
    if needle.is_empty() {
        return Some(if reverse { end } else { start });
    }
    let mut positions = window
        .windows(needle.len())
        .enumerate()
        .filter(|(_, w)| *w == needle);
    let found = if reverse {
        positions.next_back()
    } else {
        positions.next()
    };
    found.map(|(i, _)| i + start)
}

/// Non-overlapping occurrences of a non-empty `needle`, left to right.
pub fn occurrences(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if &hay[i..i + needle.len()] == needle {
            out.push(i);
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

fn search(
    data: &[u8],
    args: Args,
    kind: Kind,
    name: &str,
    reverse: bool,
) -> PyResult<Option<usize>> {
    let a = args.range(format_args!("{}.{name}", kind.name), name, 1, 3)?;
    let (start, end) = crate::str_methods::adjust_indices(a.get(1), a.get(2), data.len())?;
    let needle = needle_arg(&a[0])?;
    Ok(find_in(data, &needle, start, end, reverse))
}

fn index_value(r: Option<usize>) -> Value {
    r.map_or_else(|| from_i64(-1), from_usize)
}

pub fn find(data: &[u8], args: Args, kind: Kind) -> PyResult {
    Ok(index_value(search(data, args, kind, "find", false)?))
}

pub fn rfind(data: &[u8], args: Args, kind: Kind) -> PyResult {
    Ok(index_value(search(data, args, kind, "rfind", true)?))
}

pub fn index(data: &[u8], args: Args, kind: Kind) -> PyResult {
    search(data, args, kind, "index", false)?
        .map(from_usize)
        .ok_or_else(|| value_error("subsection not found"))
}

pub fn rindex(data: &[u8], args: Args, kind: Kind) -> PyResult {
    search(data, args, kind, "rindex", true)?
        .map(from_usize)
        .ok_or_else(|| value_error("subsection not found"))
}

pub fn count(data: &[u8], args: Args, kind: Kind) -> PyResult {
    let a = args.range(format_args!("{}.count", kind.name), "count", 1, 3)?;
    let (start, end) = crate::str_methods::adjust_indices(a.get(1), a.get(2), data.len())?;
    let needle = needle_arg(&a[0])?;
    if start > data.len() || end < start {
        return Ok(from_i64(0));
    }
    if needle.is_empty() {
        return Ok(from_usize(end - start + 1));
    }
    Ok(from_usize(occurrences(&data[start..end], &needle).len()))
}

fn affix(data: &[u8], args: Args, kind: Kind, name: &str, suffix: bool) -> PyResult {
    let a = args.range(format_args!("{}.{name}", kind.name), name, 1, 3)?;
    let (start, end) = crate::str_methods::adjust_indices(a.get(1), a.get(2), data.len())?;
    let candidates: Vec<Value> = match a[0].downcast::<Tuple>() {
        Some(t) => t.to_vec(),
        None => vec![a[0].clone()],
    };
    let single = a[0].downcast::<Tuple>().is_none();
    for c in candidates {
        let Some(p) = crate::bytes::as_bytes_like(&c) else {
            return Err(type_error(if single {
                format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    protocol::type_name(&c)
                )
            } else {
                format!(
                    "a bytes-like object is required, not '{}'",
                    protocol::type_name(&c)
                )
            }));
        };
        if start > data.len() || end < start || p.len() > end - start {
            continue;
        }
        let at = if suffix { end - p.len() } else { start };
        if data[at..at + p.len()] == p[..] {
            return py_bool(true);
        }
    }
    py_bool(false)
}

pub fn startswith(data: &[u8], args: Args, kind: Kind) -> PyResult {
    affix(data, args, kind, "startswith", false)
}

pub fn endswith(data: &[u8], args: Args, kind: Kind) -> PyResult {
    affix(data, args, kind, "endswith", true)
}

fn split_args(args: Args, name: &str) -> PyResult<(Option<Vec<u8>>, isize)> {
    let [sep, maxsplit] = args.parse(name, ["sep", "maxsplit"], 0, 0, 2)?;
    let maxsplit = match maxsplit {
        Some(m) => protocol::index_as_isize(&m)?,
        None => -1,
    };
    let sep = match sep.filter(|s| !is_none(s)) {
        Some(s) => {
            let b = buffer_arg(&s)?;
            if b.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(b)
        }
        None => None,
    };
    Ok((sep, maxsplit))
}

/// Splits on runs of ASCII whitespace; the remainder after `maxsplit` keeps its inner spacing.
pub fn split_whitespace(data: &[u8], maxsplit: isize, from_right: bool) -> Vec<Vec<u8>> {
    let n = data.len();
    let mut out = Vec::new();
    let mut splits = 0isize;
    if !from_right {
        let mut i = 0;
        loop {
            while i < n && is_space(data[i]) {
                i += 1;
            }
            if i >= n {
                break;
            }
            if maxsplit >= 0 && splits >= maxsplit {
                out.push(data[i..].to_vec());
                break;
            }
            let start = i;
            while i < n && !is_space(data[i]) {
                i += 1;
            }
            out.push(data[start..i].to_vec());
            splits += 1;
        }
    } else {
        let mut i = n;
        loop {
            while i > 0 && is_space(data[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if maxsplit >= 0 && splits >= maxsplit {
                out.push(data[..i].to_vec());
                break;
            }
            let end = i;
            while i > 0 && !is_space(data[i - 1]) {
                i -= 1;
            }
            out.push(data[i..end].to_vec());
            splits += 1;
        }
        out.reverse();
    }
    out
}

/// Splits on a non-empty separator, at most `maxsplit` times from the chosen end.
pub fn split_on(data: &[u8], sep: &[u8], maxsplit: isize, from_right: bool) -> Vec<Vec<u8>> {
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    if from_right {
        // Occurrences found from the right do not overlap leftwards.
        let mut right = Vec::new();
        let mut end = data.len();
        while right.len() < limit {
            match find_in(data, sep, 0, end, true) {
                Some(p) => {
                    right.push(p);
                    end = p;
                }
                None => break,
            }
        }
        right.reverse();
        return pieces(data, sep, &right);
    }
    let positions = occurrences(data, sep);
    pieces(data, sep, &positions[..positions.len().min(limit)])
}

fn pieces(data: &[u8], sep: &[u8], at: &[usize]) -> Vec<Vec<u8>> {
    let mut out = Vec::with_capacity(at.len() + 1);
    let mut start = 0;
    for &p in at {
        out.push(data[start..p].to_vec());
        start = p + sep.len();
    }
    out.push(data[start..].to_vec());
    out
}

fn list_of(parts: Vec<Vec<u8>>, kind: Kind) -> Value {
    List::from_vec(parts.into_iter().map(kind.make).collect())
}

pub fn split(data: &[u8], args: Args, kind: Kind) -> PyResult {
    let (sep, maxsplit) = split_args(args, "split")?;
    Ok(list_of(
        match sep {
            Some(s) => split_on(data, &s, maxsplit, false),
            None => split_whitespace(data, maxsplit, false),
        },
        kind,
    ))
}

pub fn rsplit(data: &[u8], args: Args, kind: Kind) -> PyResult {
    let (sep, maxsplit) = split_args(args, "rsplit")?;
    Ok(list_of(
        match sep {
            Some(s) => split_on(data, &s, maxsplit, true),
            None => split_whitespace(data, maxsplit, true),
        },
        kind,
    ))
}

fn strip_impl(
    data: &[u8],
    args: Args,
    kind: Kind,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult {
    let a = args.range(format_args!("{}.{name}", kind.name), name, 0, 1)?;
    let chars = match a.first().filter(|x| !is_none(x)) {
        Some(x) => Some(buffer_arg(x)?),
        None => None,
    };
    let strip = |b: u8| match &chars {
        Some(set) => set.contains(&b),
        None => is_space(b),
    };
    let (mut start, mut end) = (0, data.len());
    while left && start < end && strip(data[start]) {
        start += 1;
    }
    while right && end > start && strip(data[end - 1]) {
        end -= 1;
    }
    Ok((kind.make)(data[start..end].to_vec()))
}

pub fn strip(data: &[u8], args: Args, kind: Kind) -> PyResult {
    strip_impl(data, args, kind, "strip", true, true)
}

pub fn lstrip(data: &[u8], args: Args, kind: Kind) -> PyResult {
    strip_impl(data, args, kind, "lstrip", true, false)
}

pub fn rstrip(data: &[u8], args: Args, kind: Kind) -> PyResult {
    strip_impl(data, args, kind, "rstrip", false, true)
}

fn partition_impl(data: &[u8], args: Args, kind: Kind, reverse: bool) -> PyResult {
    let sep_v = args.one(format_args!(
        "{}.{}",
        kind.name,
        if reverse { "rpartition" } else { "partition" }
    ))?;
    let sep = buffer_arg(sep_v)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let parts = match find_in(data, &sep, 0, data.len(), reverse) {
        Some(i) => [
            data[..i].to_vec(),
            sep.clone(),
            data[i + sep.len()..].to_vec(),
        ],
        None if reverse => [Vec::new(), Vec::new(), data.to_vec()],
        None => [data.to_vec(), Vec::new(), Vec::new()],
    };
    Ok(Tuple::new(parts.into_iter().map(kind.make).collect()))
}

pub fn partition(data: &[u8], args: Args, kind: Kind) -> PyResult {
    partition_impl(data, args, kind, false)
}

pub fn rpartition(data: &[u8], args: Args, kind: Kind) -> PyResult {
    partition_impl(data, args, kind, true)
}

pub fn join(data: &[u8], args: Args, kind: Kind) -> PyResult {
    let items = crate::str_methods::join_items(args.one(format_args!("{}.join", kind.name))?)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = crate::bytes::as_bytes_like(item) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                protocol::type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(data);
        }
        out.extend_from_slice(&b);
    }
    Ok((kind.make)(out))
}

pub fn replace(data: &[u8], args: Args, kind: Kind) -> PyResult {
    let a = args.range(format_args!("{}.replace", kind.name), "replace", 2, 3)?;
    let (old, new) = (buffer_arg(&a[0])?, buffer_arg(&a[1])?);
    let count = match a.get(2) {
        Some(c) => protocol::index_as_isize(c)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut done = 0isize;
    let more = |done: isize| count < 0 || done < count;
    if old.is_empty() {
        for &b in data {
            if more(done) {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(b);
        }
        if more(done) {
            out.extend_from_slice(&new);
        }
        return Ok((kind.make)(out));
    }
    let mut i = 0;
    while i < data.len() {
        if more(done) && data[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            done += 1;
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    Ok((kind.make)(out))
}

fn affix_remove(data: &[u8], args: Args, kind: Kind, name: &str, suffix: bool) -> PyResult {
    let p = buffer_arg(args.one(format_args!("{}.{name}", kind.name))?)?;
    let hit = if suffix {
        data.ends_with(&p)
    } else {
        data.starts_with(&p)
    };
    Ok((kind.make)(match hit {
        true if suffix => data[..data.len() - p.len()].to_vec(),
        true => data[p.len()..].to_vec(),
        false => data.to_vec(),
    }))
}

pub fn removeprefix(data: &[u8], args: Args, kind: Kind) -> PyResult {
    affix_remove(data, args, kind, "removeprefix", false)
}

pub fn removesuffix(data: &[u8], args: Args, kind: Kind) -> PyResult {
    affix_remove(data, args, kind, "removesuffix", true)
}

fn mapped(
    data: &[u8],
    args: Args,
    kind: Kind,
    name: &str,
    f: impl Fn(&[u8], &mut Vec<u8>),
) -> PyResult {
    args.none(format_args!("{}.{name}", kind.name))?;
    let mut out = Vec::with_capacity(data.len());
    f(data, &mut out);
    Ok((kind.make)(out))
}

pub fn lower(data: &[u8], args: Args, kind: Kind) -> PyResult {
    mapped(data, args, kind, "lower", |d, out| {
        out.extend(d.iter().map(u8::to_ascii_lowercase))
    })
}

pub fn upper(data: &[u8], args: Args, kind: Kind) -> PyResult {
    mapped(data, args, kind, "upper", |d, out| {
        out.extend(d.iter().map(u8::to_ascii_uppercase))
    })
}

pub fn swapcase(data: &[u8], args: Args, kind: Kind) -> PyResult {
    mapped(data, args, kind, "swapcase", |d, out| {
        out.extend(d.iter().map(|b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        }))
    })
}

pub fn capitalize(data: &[u8], args: Args, kind: Kind) -> PyResult {
    mapped(data, args, kind, "capitalize", |d, out| {
        out.extend(d.iter().enumerate().map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        }))
    })
}

pub fn title(data: &[u8], args: Args, kind: Kind) -> PyResult {
    mapped(data, args, kind, "title", |d, out| {
        let mut previous_is_cased = false;
        for &b in d {
            out.push(if previous_is_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            });
            previous_is_cased = b.is_ascii_alphabetic();
        }
    })
}

fn classify(
    data: &[u8],
    args: Args,
    kind: Kind,
    name: &str,
    empty: bool,
    pred: fn(&u8) -> bool,
) -> PyResult {
    args.none(format_args!("{}.{name}", kind.name))?;
    py_bool(if data.is_empty() {
        empty
    } else {
        data.iter().all(pred)
    })
}

pub fn isalnum(data: &[u8], args: Args, kind: Kind) -> PyResult {
    classify(
        data,
        args,
        kind,
        "isalnum",
        false,
        u8::is_ascii_alphanumeric,
    )
}

pub fn isalpha(data: &[u8], args: Args, kind: Kind) -> PyResult {
    classify(data, args, kind, "isalpha", false, u8::is_ascii_alphabetic)
}

pub fn isascii(data: &[u8], args: Args, kind: Kind) -> PyResult {
    classify(data, args, kind, "isascii", true, u8::is_ascii)
}

pub fn isdigit(data: &[u8], args: Args, kind: Kind) -> PyResult {
    classify(data, args, kind, "isdigit", false, u8::is_ascii_digit)
}

pub fn isspace(data: &[u8], args: Args, kind: Kind) -> PyResult {
    classify(data, args, kind, "isspace", false, |b| is_space(*b))
}

pub fn islower(data: &[u8], args: Args, kind: Kind) -> PyResult {
    args.none(format_args!("{}.islower", kind.name))?;
    py_bool(data.iter().any(u8::is_ascii_lowercase) && !data.iter().any(u8::is_ascii_uppercase))
}

pub fn isupper(data: &[u8], args: Args, kind: Kind) -> PyResult {
    args.none(format_args!("{}.isupper", kind.name))?;
    py_bool(data.iter().any(u8::is_ascii_uppercase) && !data.iter().any(u8::is_ascii_lowercase))
}

pub fn istitle(data: &[u8], args: Args, kind: Kind) -> PyResult {
    args.none(format_args!("{}.istitle", kind.name))?;
    let (mut cased, mut previous_is_cased) = (false, false);
    for b in data {
        if b.is_ascii_uppercase() {
            if previous_is_cased {
                return py_bool(false);
            }
            previous_is_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !previous_is_cased {
                return py_bool(false);
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    py_bool(cased)
}

fn pad_args(args: Args, kind: Kind, name: &str, nmax: usize) -> PyResult<(isize, u8)> {
    let a = args.range(format_args!("{}.{name}", kind.name), name, 1, nmax)?;
    let width = protocol::index_as_isize(&a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(f) => match crate::bytes::as_bytes_like(f) {
            Some(b) if b.len() == 1 => b[0],
            Some(b) => {
                return Err(type_error(format!(
                    "{name}(): argument 2 must be a byte string of length 1, not a {} object of length {}",
                    protocol::type_name(f),
                    b.len()
                )));
            }
            None => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    protocol::type_name(f)
                )));
            }
        },
    };
    Ok((width, fill))
}

fn padded(data: &[u8], left: usize, right: usize, fill: u8) -> PyResult<Vec<u8>> {
    let total = left
        .checked_add(right)
        .and_then(|n| n.checked_add(data.len()))
        .filter(|&n| n <= isize::MAX as usize / 2);
    let Some(total) = total else {
        return Err(overflow_error("result too long"));
    };
    let mut out = Vec::new();
    out.try_reserve(total)
        .map_err(|_| crate::err::PyErr::empty(&crate::exceptions::MEMORY_ERROR))?;
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(data);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

fn margin(data: &[u8], width: isize) -> usize {
    usize::try_from(width)
        .unwrap_or(0)
        .saturating_sub(data.len())
}

pub fn ljust(data: &[u8], args: Args, kind: Kind) -> PyResult {
    let (width, fill) = pad_args(args, kind, "ljust", 2)?;
    Ok((kind.make)(padded(data, 0, margin(data, width), fill)?))
}

pub fn rjust(data: &[u8], args: Args, kind: Kind) -> PyResult {
    let (width, fill) = pad_args(args, kind, "rjust", 2)?;
    Ok((kind.make)(padded(data, margin(data, width), 0, fill)?))
}

pub fn center(data: &[u8], args: Args, kind: Kind) -> PyResult {
    let (width, fill) = pad_args(args, kind, "center", 2)?;
    let marg = margin(data, width);
    let left = marg / 2 + (marg & (width as usize) & 1);
    Ok((kind.make)(padded(data, left, marg - left, fill)?))
}

pub fn zfill(data: &[u8], args: Args, kind: Kind) -> PyResult {
    let width = protocol::index_as_isize(args.one(format_args!("{}.zfill", kind.name))?)?;
    let fill = margin(data, width);
    let mut out = padded(data, fill, 0, b'0')?;
    if fill > 0 && matches!(out.get(fill), Some(b'+' | b'-')) {
        out[0] = out[fill];
        out[fill] = b'0';
    }
    Ok((kind.make)(out))
}

pub fn expandtabs(data: &[u8], args: Args, kind: Kind) -> PyResult {
    let [tabsize] = args.parse("expandtabs", ["tabsize"], 0, 0, 1)?;
    let tabsize = match tabsize {
        Some(t) => crate::int::index_as_c_int(&t)? as isize,
        None => 8,
    };
    let mut out = Vec::new();
    let mut column = 0usize;
    for &b in data {
        if b == b'\t' {
            if tabsize > 0 {
                let incr = tabsize as usize - column % tabsize as usize;
                column += incr;
                if out.len() + incr > isize::MAX as usize / 2 {
                    return Err(overflow_error("result too long"));
                }
                out.extend(std::iter::repeat_n(b' ', incr));
            }
        } else {
            out.push(b);
            column = if b == b'\n' || b == b'\r' {
                0
            } else {
                column + 1
            };
        }
    }
    Ok((kind.make)(out))
}

pub fn splitlines(data: &[u8], args: Args, kind: Kind) -> PyResult {
    let [keepends] = args.parse("splitlines", ["keepends"], 0, 0, 1)?;
    let keepends = match keepends {
        Some(k) => protocol::is_true(&k)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let start = i;
        while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < data.len() {
            i += if data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            if keepends {
                eol = i;
            }
        }
        out.push((kind.make)(data[start..eol].to_vec()));
    }
    Ok(List::from_vec(out))
}

/// A 256-byte translation table argument (`None` for the identity).
fn table_arg(v: &Value) -> PyResult<Option<Vec<u8>>> {
    if is_none(v) {
        return Ok(None);
    }
    let t = buffer_arg(v)?;
    if t.len() != 256 {
        return Err(value_error("translation table must be 256 characters long"));
    }
    Ok(Some(t))
}

pub fn translate(data: &[u8], args: Args, kind: Kind) -> PyResult {
    let [table, delete] = args.parse("translate", ["", "delete"], 1, 1, 2)?;
    let table = table_arg(&table.expect("required"))?;
    let delete = match delete {
        Some(d) => buffer_arg(&d)?,
        None => Vec::new(),
    };
    let out = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok((kind.make)(out))
}

/// `bytes.maketrans(frm, to)` (a static method of both types).
pub fn maketrans(args: Args, kind: Kind) -> PyResult {
    let a = args.range(format_args!("{}.maketrans", kind.name), "maketrans", 2, 2)?;
    let (frm, to) = (buffer_arg(&a[0])?, buffer_arg(&a[1])?);
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in frm.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(crate::bytes::new(table))
}

/// `hex(sep=..., bytes_per_sep=1)`; mirrors Python/pystrhex.c.
pub fn hex(data: &[u8], args: Args, _kind: Kind) -> PyResult {
    let [sep, per] = args.parse("hex", ["sep", "bytes_per_sep"], 0, 0, 2)?;
    let per = match per {
        Some(p) => crate::int::index_as_c_int(&p)? as isize,
        None => 1,
    };
    let sep = match sep {
        None => None,
        Some(s) => {
            // `_Py_strhex_impl`: the length first, then the type.
            if protocol::len(&s)? != 1 {
                return Err(value_error("sep must be length 1."));
            }
            let c = if let Some(st) = s.downcast::<crate::str::PyStr>() {
                st.char_at(0)
            } else if let Some(b) = s.downcast::<crate::bytes::Bytes>() {
                u32::from(b.0[0])
            } else {
                return Err(type_error("sep must be str or bytes."));
            };
            if c > 0x7f {
                return Err(value_error("sep must be ASCII."));
            }
            Some(c as u8 as char)
        }
    };
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let text = match sep {
        Some(sep) if per != 0 && !data.is_empty() => {
            let group = per.unsigned_abs();
            let mut chunks: Vec<String> = Vec::new();
            if per > 0 {
                // Groups count from the right.
                let first = data.len() % group;
                if first > 0 {
                    chunks.push(digits[..first].concat());
                }
                chunks.extend(digits[first..].chunks(group).map(|c| c.concat()));
            } else {
                chunks.extend(digits.chunks(group).map(|c| c.concat()));
            }
            chunks.join(&sep.to_string())
        }
        _ => digits.concat(),
    };
    Ok(crate::str::PyStr::new_ascii(&text))
}

/// `fromhex(string)`: hex digit pairs, ASCII whitespace allowed between pairs.
pub fn fromhex(text: &Value) -> PyResult<Vec<u8>> {
    let cps: Vec<u32> = match text.downcast::<crate::str::PyStr>() {
        Some(s) => s.code_points(),
        None => match crate::bytes::as_bytes_like(text) {
            Some(b) => b.into_iter().map(u32::from).collect(),
            None => {
                return Err(type_error(format!(
                    "fromhex() argument must be str or bytes-like, not {}",
                    protocol::type_name(text)
                )));
            }
        },
    };
    let digit = |c: u32| char::from_u32(c).and_then(|c| c.to_digit(16));
    let mut out = Vec::new();
    let mut i = 0;
    while i < cps.len() {
        if cps[i] < 0x80 && is_space(cps[i] as u8) {
            i += 1;
            continue;
        }
        let Some(hi) = digit(cps[i]) else {
            return Err(value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            )));
        };
        let Some(lo) = cps.get(i + 1).and_then(|&c| digit(c)) else {
            return Err(value_error(if i + 1 >= cps.len() {
                "fromhex() arg must contain an even number of hexadecimal digits".to_string()
            } else {
                format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )
            }));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}
