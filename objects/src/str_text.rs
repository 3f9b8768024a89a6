//! `str`'s case mapping, classification, padding, partition, line splitting and translation methods; mirrors the `do_upper`/`do_title`/`unicode_*` family of Objects/unicodeobject.c.

use crate::args::Args;
use crate::core::{Ref, Value};
use crate::dict::Dict;
use crate::err::{PyErr, PyResult, overflow_error, type_error, value_error};
use crate::exceptions::LOOKUP_ERROR;
use crate::none::{is_none, none};
use crate::protocol;
use crate::str::PyStr;
use crate::tuple::Tuple;

fn this(v: &Value) -> &PyStr {
    v.downcast::<PyStr>().expect("str")
}

fn py_bool(b: bool) -> PyResult {
    Ok(crate::bool::py_bool(b))
}

/// The lowercase of the capital sigma at `i`: final form when a cased letter
/// precedes it and none follows (case-ignorable letters skipped both ways).
fn lower_sigma(cps: &[u32], i: usize) -> u32 {
    use ouro_unicode::{is_case_ignorable, is_cased};
    let before = cps[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    let after = cps[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    if before.is_some_and(|&c| is_cased(c)) && !after.is_some_and(|&c| is_cased(c)) {
        0x3c2
    } else {
        0x3c3
    }
}

fn push_lower_at(cps: &[u32], i: usize, out: &mut Vec<u32>) {
    if cps[i] == 0x3a3 {
        out.push(lower_sigma(cps, i));
    } else {
        ouro_unicode::push_lower(cps[i], out);
    }
}

fn case_map(v: &Value, args: Args, name: &str, f: impl Fn(&[u32], &mut Vec<u32>)) -> PyResult {
    args.none(format_args!("str.{name}"))?;
    let cps = this(v).code_points();
    let mut out = Vec::with_capacity(cps.len());
    f(&cps, &mut out);
    Ok(PyStr::from_cps(&out))
}

pub(crate) fn str_lower(v: &Value, args: Args) -> PyResult {
    case_map(v, args, "lower", |cps, out| {
        (0..cps.len()).for_each(|i| push_lower_at(cps, i, out))
    })
}

pub(crate) fn str_upper(v: &Value, args: Args) -> PyResult {
    case_map(v, args, "upper", |cps, out| {
        cps.iter().for_each(|&c| ouro_unicode::push_upper(c, out))
    })
}

pub(crate) fn str_casefold(v: &Value, args: Args) -> PyResult {
    case_map(v, args, "casefold", |cps, out| {
        cps.iter().for_each(|&c| ouro_unicode::push_fold(c, out))
    })
}

pub(crate) fn str_swapcase(v: &Value, args: Args) -> PyResult {
    case_map(v, args, "swapcase", |cps, out| {
        for (i, &c) in cps.iter().enumerate() {
            if ouro_unicode::is_uppercase(c) {
                push_lower_at(cps, i, out);
            } else if ouro_unicode::is_lowercase(c) {
                ouro_unicode::push_upper(c, out);
            } else {
                out.push(c);
            }
        }
    })
}

pub(crate) fn str_capitalize(v: &Value, args: Args) -> PyResult {
    case_map(v, args, "capitalize", |cps, out| {
        for i in 0..cps.len() {
            if i == 0 {
                ouro_unicode::push_title(cps[0], out);
            } else {
                push_lower_at(cps, i, out);
            }
        }
    })
}

pub(crate) fn str_title(v: &Value, args: Args) -> PyResult {
    case_map(v, args, "title", |cps, out| {
        let mut previous_is_cased = false;
        for (i, &c) in cps.iter().enumerate() {
            if previous_is_cased {
                push_lower_at(cps, i, out);
            } else {
                ouro_unicode::push_title(c, out);
            }
            previous_is_cased = ouro_unicode::is_cased(c);
        }
    })
}

fn all_chars(
    v: &Value,
    args: Args,
    name: &str,
    empty: bool,
    pred: impl Fn(u32) -> bool,
) -> PyResult {
    args.none(format_args!("str.{name}"))?;
    let s = this(v);
    if s.is_empty() {
        return py_bool(empty);
    }
    py_bool(s.chars().all(pred))
}

pub(crate) fn str_isalpha(v: &Value, args: Args) -> PyResult {
    all_chars(v, args, "isalpha", false, ouro_unicode::is_alpha)
}

pub(crate) fn str_isdecimal(v: &Value, args: Args) -> PyResult {
    all_chars(v, args, "isdecimal", false, |c| {
        ouro_unicode::decimal_value(c).is_some()
    })
}

pub(crate) fn str_isdigit(v: &Value, args: Args) -> PyResult {
    all_chars(v, args, "isdigit", false, ouro_unicode::is_digit)
}

pub(crate) fn str_isnumeric(v: &Value, args: Args) -> PyResult {
    all_chars(v, args, "isnumeric", false, ouro_unicode::is_numeric)
}

pub(crate) fn str_isalnum(v: &Value, args: Args) -> PyResult {
    all_chars(v, args, "isalnum", false, |c| {
        ouro_unicode::is_alpha(c) || ouro_unicode::is_numeric(c) || ouro_unicode::is_digit(c)
    })
}

pub(crate) fn str_isspace(v: &Value, args: Args) -> PyResult {
    all_chars(v, args, "isspace", false, ouro_unicode::is_space)
}

pub(crate) fn str_isascii(v: &Value, args: Args) -> PyResult {
    all_chars(v, args, "isascii", true, |c| c < 0x80)
}

pub(crate) fn str_isprintable(v: &Value, args: Args) -> PyResult {
    all_chars(v, args, "isprintable", true, ouro_unicode::is_printable)
}

pub(crate) fn str_isidentifier(v: &Value, args: Args) -> PyResult {
    args.none("str.isidentifier")?;
    py_bool(is_identifier_cps(this(v)))
}

/// `str.isidentifier()`: XID_Start or `_`, then XID_Continue.
pub fn is_identifier_cps(s: &PyStr) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if ouro_unicode::is_xid_start(c) => chars.all(ouro_unicode::is_xid_continue),
        _ => false,
    }
}

pub(crate) fn str_islower(v: &Value, args: Args) -> PyResult {
    args.none("str.islower")?;
    let mut cased = false;
    for c in this(v).chars() {
        if ouro_unicode::is_uppercase(c) || ouro_unicode::is_titlecase(c) {
            return py_bool(false);
        }
        cased |= ouro_unicode::is_lowercase(c);
    }
    py_bool(cased)
}

pub(crate) fn str_isupper(v: &Value, args: Args) -> PyResult {
    args.none("str.isupper")?;
    let mut cased = false;
    for c in this(v).chars() {
        if ouro_unicode::is_lowercase(c) || ouro_unicode::is_titlecase(c) {
            return py_bool(false);
        }
        cased |= ouro_unicode::is_uppercase(c);
    }
    py_bool(cased)
}

pub(crate) fn str_istitle(v: &Value, args: Args) -> PyResult {
    args.none("str.istitle")?;
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in this(v).chars() {
        if ouro_unicode::is_uppercase(c) || ouro_unicode::is_titlecase(c) {
            if previous_is_cased {
                return py_bool(false);
            }
            previous_is_cased = true;
            cased = true;
        } else if ouro_unicode::is_lowercase(c) {
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

fn same_or_copy(v: &Value) -> Value {
    if v.downcast_exact::<PyStr>().is_some() {
        v.clone()
    } else {
        PyStr::from_cps(&this(v).code_points())
    }
}

fn too_long() -> PyErr {
    overflow_error("new string is too long")
}

/// Pads `v` with `left` and `right` copies of `fill`.
fn padded(v: &Value, left: usize, right: usize, fill: u32) -> PyResult {
    if left == 0 && right == 0 {
        return Ok(same_or_copy(v));
    }
    let s = this(v);
    let total = left
        .checked_add(right)
        .and_then(|n| n.checked_add(s.len()))
        .filter(|&n| n <= isize::MAX as usize / 4);
    let Some(total) = total else {
        return Err(too_long());
    };
    let mut out = Vec::new();
    out.try_reserve(total)
        .map_err(|_| PyErr::empty(&crate::exceptions::MEMORY_ERROR))?;
    out.extend(std::iter::repeat_n(fill, left));
    out.extend(s.chars());
    out.extend(std::iter::repeat_n(fill, right));
    Ok(PyStr::from_cps(&out))
}

fn pad_args(v: &Value, args: Args, name: &str) -> PyResult<(usize, u32)> {
    let a = args.range(format_args!("str.{name}"), name, 1, 2)?;
    let width = protocol::index_as_isize(&a[0])?;
    let fill = match a.get(1) {
        None => 0x20,
        Some(f) => {
            let Some(fs) = f.downcast::<PyStr>() else {
                return Err(type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    protocol::type_name(f)
                )));
            };
            if fs.len() != 1 {
                return Err(type_error(
                    "The fill character must be exactly one character long",
                ));
            }
            fs.char_at(0)
        }
    };
    Ok((
        usize::try_from(width)
            .unwrap_or(0)
            .saturating_sub(this(v).len()),
        fill,
    ))
}

pub(crate) fn str_ljust(v: &Value, args: Args) -> PyResult {
    let (marg, fill) = pad_args(v, args, "ljust")?;
    padded(v, 0, marg, fill)
}

pub(crate) fn str_rjust(v: &Value, args: Args) -> PyResult {
    let (marg, fill) = pad_args(v, args, "rjust")?;
    padded(v, marg, 0, fill)
}

pub(crate) fn str_center(v: &Value, args: Args) -> PyResult {
    let a = args.range("str.center", "center", 1, 2)?;
    let width = protocol::index_as_isize(&a[0]).unwrap_or(0);
    let (marg, fill) = pad_args(v, args, "center")?;
    // CPython's rounding: the odd space goes left when both the margin and the width are odd.
    let left = marg / 2 + (marg & (width as usize) & 1);
    padded(v, left, marg - left, fill)
}

pub(crate) fn str_zfill(v: &Value, args: Args) -> PyResult {
    let width = protocol::index_as_isize(args.one("str.zfill")?)?;
    let s = this(v);
    let fill = usize::try_from(width).unwrap_or(0).saturating_sub(s.len());
    if fill == 0 {
        return Ok(same_or_copy(v));
    }
    let mut out = Vec::with_capacity(fill + s.len());
    out.extend(std::iter::repeat_n(u32::from(b'0'), fill));
    out.extend(s.chars());
    if out.get(fill).is_some_and(|c| matches!(c, 0x2b | 0x2d)) {
        out[0] = out[fill];
        out[fill] = u32::from(b'0');
    }
    Ok(PyStr::from_cps(&out))
}

pub(crate) fn str_expandtabs(v: &Value, args: Args) -> PyResult {
    let [tabsize] = args.parse("expandtabs", ["tabsize"], 0, 0, 1)?;
    let tabsize = match tabsize {
        Some(t) => crate::int::index_as_c_int(&t)? as isize,
        None => 8,
    };
    let mut out = Vec::new();
    let mut column = 0usize;
    for c in this(v).chars() {
        if c == 0x09 {
            if tabsize > 0 {
                let incr = tabsize as usize - column % tabsize as usize;
                column += incr;
                if out.len() + incr > isize::MAX as usize / 4 {
                    return Err(too_long());
                }
                out.extend(std::iter::repeat_n(0x20, incr));
            }
        } else {
            out.push(c);
            column = if c == 0x0a || c == 0x0d {
                0
            } else {
                column + 1
            };
        }
    }
    Ok(PyStr::from_cps(&out))
}

fn sep_arg(sep: &Value) -> PyResult<&PyStr> {
    let s = sep
        .downcast::<PyStr>()
        .ok_or_else(|| type_error(format!("must be str, not {}", protocol::type_name(sep))))?;
    if s.is_empty() {
        return Err(value_error("empty separator"));
    }
    Ok(s)
}

fn sub(s: &PyStr, start: usize, end: usize) -> Value {
    Ref::new(s.substring(start, end)).into_value()
}

pub(crate) fn str_partition(v: &Value, args: Args) -> PyResult {
    let sep_v = args.one("str.partition")?;
    let sep = sep_arg(sep_v)?;
    let s = this(v);
    Ok(Tuple::new(match crate::str::find(s, sep, 0, s.len()) {
        Some(i) => vec![sub(s, 0, i), sep_v.clone(), sub(s, i + sep.len(), s.len())],
        None => vec![same_or_copy(v), PyStr::new(""), PyStr::new("")],
    }))
}

pub(crate) fn str_rpartition(v: &Value, args: Args) -> PyResult {
    let sep_v = args.one("str.rpartition")?;
    let sep = sep_arg(sep_v)?;
    let s = this(v);
    let (hay, needle) = (s.code_points(), sep.code_points());
    let found = (0..=hay.len().saturating_sub(needle.len()))
        .rev()
        .find(|&i| hay.len() >= needle.len() && hay[i..i + needle.len()] == needle[..]);
    Ok(Tuple::new(match found {
        Some(i) => vec![sub(s, 0, i), sep_v.clone(), sub(s, i + sep.len(), s.len())],
        None => vec![PyStr::new(""), PyStr::new(""), same_or_copy(v)],
    }))
}

fn affix_arg<'a>(v: &'a Value, name: &str) -> PyResult<&'a PyStr> {
    v.downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "{name}() argument must be str, not {}",
            crate::args::arg_type_name(v)
        ))
    })
}

pub(crate) fn str_removeprefix(v: &Value, args: Args) -> PyResult {
    let p = affix_arg(args.one("str.removeprefix")?, "removeprefix")?;
    let s = this(v);
    if p.len() <= s.len() && (0..p.len()).all(|i| s.char_at(i) == p.char_at(i)) && !p.is_empty() {
        return Ok(sub(s, p.len(), s.len()));
    }
    Ok(same_or_copy(v))
}

pub(crate) fn str_removesuffix(v: &Value, args: Args) -> PyResult {
    let p = affix_arg(args.one("str.removesuffix")?, "removesuffix")?;
    let s = this(v);
    let at = s.len().wrapping_sub(p.len());
    if p.len() <= s.len()
        && (0..p.len()).all(|i| s.char_at(at + i) == p.char_at(i))
        && !p.is_empty()
    {
        return Ok(sub(s, 0, at));
    }
    Ok(same_or_copy(v))
}

/// Line boundaries `str.splitlines` recognizes (besides `\r\n`).
fn is_linebreak(c: u32) -> bool {
    matches!(
        c,
        0x0a | 0x0b | 0x0c | 0x0d | 0x1c | 0x1d | 0x1e | 0x85 | 0x2028 | 0x2029
    )
}

pub(crate) fn str_splitlines(v: &Value, args: Args) -> PyResult {
    let [keepends] = args.parse("splitlines", ["keepends"], 0, 0, 1)?;
    let keepends = match keepends {
        Some(k) => protocol::is_true(&k)?,
        None => false,
    };
    let s = this(v);
    let cps = s.code_points();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cps.len() {
        let start = i;
        while i < cps.len() && !is_linebreak(cps[i]) {
            i += 1;
        }
        let mut eol = i;
        if i < cps.len() {
            i += if cps[i] == 0x0d && cps.get(i + 1) == Some(&0x0a) {
                2
            } else {
                1
            };
            if keepends {
                eol = i;
            }
        }
        if start == 0 && eol == cps.len() && v.downcast_exact::<PyStr>().is_some() {
            out.push(v.clone());
        } else {
            out.push(sub(s, start, eol));
        }
    }
    Ok(crate::list::List::from_vec(out))
}

pub(crate) fn str_maketrans(_cls: &Value, args: Args) -> PyResult {
    let a = args.range("str.maketrans", "maketrans", 1, 3)?;
    let table = Dict::new_value();
    let d = table.downcast::<Dict>().expect("dict");
    if a.len() == 1 {
        let Some(src) = a[0].downcast::<Dict>() else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, val) in src.items() {
            if let Some(ks) = k.downcast::<PyStr>() {
                if ks.len() != 1 {
                    return Err(value_error(
                        "string keys in translate table must be of length 1",
                    ));
                }
                d.set_item(crate::int::from_i64(i64::from(ks.char_at(0))), val)?;
            } else if crate::int::is_int(&k) {
                d.set_item(k, val)?;
            } else {
                return Err(type_error(
                    "keys in translate table must be strings or integers",
                ));
            }
        }
        return Ok(table);
    }
    let arg = |i: usize| -> PyResult<&PyStr> {
        a[i].downcast::<PyStr>().ok_or_else(|| {
            type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                crate::args::arg_type_name(&a[i])
            ))
        })
    };
    // Clinic checks the second argument; the first is checked by hand.
    let y = arg(1)?;
    let x = a[0].downcast::<PyStr>().ok_or_else(|| {
        type_error("first maketrans argument must be a string if there is a second argument")
    })?;
    if x.len() != y.len() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        d.set_item(
            crate::int::from_i64(i64::from(cx)),
            crate::int::from_i64(i64::from(cy)),
        )?;
    }
    if a.len() == 3 {
        for c in arg(2)?.chars() {
            d.set_item(crate::int::from_i64(i64::from(c)), none())?;
        }
    }
    Ok(table)
}

pub(crate) fn str_translate(v: &Value, args: Args) -> PyResult {
    let table = args.one("str.translate")?;
    let mut out = Vec::new();
    for c in this(v).chars() {
        let mapped = match protocol::getitem(table, &crate::int::from_i64(i64::from(c))) {
            Ok(m) => m,
            Err(e) if e.matches(&LOOKUP_ERROR) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if is_none(&mapped) {
            continue;
        }
        if let Some(s) = mapped.downcast::<PyStr>() {
            out.extend(s.chars());
        } else if crate::int::is_int(&mapped) {
            match crate::int::to_i64(&mapped).filter(|n| (0..0x110000).contains(n)) {
                Some(n) => out.push(n as u32),
                None => return Err(value_error("character mapping must be in range(0x110000)")),
            }
        } else {
            return Err(type_error(
                "character mapping must return integer, None or str",
            ));
        }
    }
    Ok(PyStr::from_cps(&out))
}
