//! The methods of `str` (`str.join`, `str.split`, ...), working on code points so lone surrogates survive; mirrors the method table of Objects/unicodeobject.c.

use crate::args::Args;
use crate::core::{Ref, Value};
use crate::descr::MethodDef;
use crate::err::{PyResult, type_error, value_error};
use crate::list::List;
use crate::none::is_none;
use crate::protocol;
use crate::str::{PyStr, concat, find};

fn this(v: &Value) -> &PyStr {
    v.downcast::<PyStr>().expect("str")
}

fn str_arg<'a>(v: &'a Value, fname: &str, pos: usize) -> PyResult<&'a PyStr> {
    v.downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "{fname}() argument {pos} must be str, not {}",
            crate::args::arg_type_name(v)
        ))
    })
}

/// `ascii(v)`: `repr` with non-ASCII characters escaped.
pub fn ascii_of(v: &Value) -> PyResult<String> {
    let r = protocol::repr(v)?;
    let mut out = String::new();
    for c in this(&r).chars() {
        if c < 0x80 {
            out.push(char::from(c as u8));
        } else if c < 0x100 {
            out.push_str(&format!("\\x{c:02x}"));
        } else if c < 0x10000 {
            out.push_str(&format!("\\u{c:04x}"));
        } else {
            out.push_str(&format!("\\U{c:08x}"));
        }
    }
    Ok(out)
}

/// `PySequence_Fast(iterable, "can only join an iterable")`: the items, with
/// that message when `iterable` cannot be iterated.
pub(crate) fn join_items(iterable: &Value) -> PyResult<Vec<Value>> {
    let it = protocol::iter(iterable).map_err(|e| {
        if e.matches(&crate::exceptions::TYPE_ERROR) {
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    protocol::collect(&it)
}

fn str_join(v: &Value, args: Args) -> PyResult {
    let iterable = args.one("str.join")?;
    let items = join_items(iterable)?;
    let sep = this(v);
    let mut parts: Vec<&PyStr> = Vec::with_capacity(items.len() * 2);
    for (i, item) in items.iter().enumerate() {
        let Some(s) = item.downcast::<PyStr>() else {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                protocol::type_name(item)
            )));
        };
        if i > 0 && !sep.is_empty() {
            parts.push(sep);
        }
        parts.push(s);
    }
    if parts.len() == 1 && items[0].downcast_exact::<PyStr>().is_some() {
        return Ok(items[0].clone());
    }
    Ok(concat(&parts))
}

fn is_space(c: u32) -> bool {
    ouro_unicode::is_space(c)
}

fn sub(s: &PyStr, start: usize, end: usize) -> Value {
    Ref::new(s.substring(start, end)).into_value()
}

fn split_whitespace(s: &PyStr, maxsplit: isize, from_right: bool) -> Vec<Value> {
    let cps = s.code_points();
    let n = cps.len();
    let mut out = Vec::new();
    let mut splits = 0isize;
    if !from_right {
        let mut i = 0;
        loop {
            while i < n && is_space(cps[i]) {
                i += 1;
            }
            if i >= n {
                break;
            }
            if maxsplit >= 0 && splits >= maxsplit {
                out.push(sub(s, i, n));
                break;
            }
            let start = i;
            while i < n && !is_space(cps[i]) {
                i += 1;
            }
            out.push(sub(s, start, i));
            splits += 1;
        }
    } else {
        let mut i = n;
        loop {
            while i > 0 && is_space(cps[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if maxsplit >= 0 && splits >= maxsplit {
                out.push(sub(s, 0, i));
                break;
            }
            let end = i;
            while i > 0 && !is_space(cps[i - 1]) {
                i -= 1;
            }
            out.push(sub(s, i, end));
            splits += 1;
        }
        out.reverse();
    }
    out
}

fn split_args(args: Args, fname: &str) -> PyResult<(Option<Value>, isize)> {
    let [sep, maxsplit] = args.parse(fname, ["sep", "maxsplit"], 0, 0, 2)?;
    let maxsplit = match maxsplit {
        Some(m) => protocol::index_as_isize(&m)?,
        None => -1,
    };
    Ok((sep.filter(|s| !is_none(s)), maxsplit))
}

fn split_impl(v: &Value, args: Args, from_right: bool) -> PyResult {
    let (sep, maxsplit) = split_args(args, if from_right { "rsplit" } else { "split" })?;
    let s = this(v);
    let Some(sep) = sep else {
        return Ok(List::from_vec(split_whitespace(s, maxsplit, from_right)));
    };
    let sep = sep.downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "must be str or None, not {}",
            protocol::type_name(&sep)
        ))
    })?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let (hay, needle) = (s.code_points(), sep.code_points());
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let take: Vec<usize> = if from_right {
        // Occurrences found from the right do not overlap leftwards.
        let mut right = Vec::new();
        let mut end = hay.len();
        while right.len() < limit && end >= needle.len() {
            match (0..=end - needle.len())
                .rev()
                .find(|&i| hay[i..i + needle.len()] == *needle)
            {
                Some(p) => {
                    right.push(p);
                    end = p;
                }
                None => break,
            }
        }
        right.reverse();
        right
    } else {
        let mut positions = occurrences(&hay, &needle);
        positions.truncate(limit);
        positions
    };
    let mut out = Vec::with_capacity(take.len() + 1);
    let mut start = 0;
    for p in take {
        out.push(sub(s, start, p));
        start = p + needle.len();
    }
    out.push(sub(s, start, hay.len()));
    Ok(List::from_vec(out))
}

/// Non-overlapping occurrences of `needle` in `hay`, left to right.
fn occurrences(hay: &[u32], needle: &[u32]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while needle.len() <= hay.len() && i + needle.len() <= hay.len() {
        if hay[i..i + needle.len()] == *needle {
            out.push(i);
            i += needle.len().max(1);
        } else {
            i += 1;
        }
    }
    out
}

fn str_split(v: &Value, args: Args) -> PyResult {
    split_impl(v, args, false)
}

fn str_rsplit(v: &Value, args: Args) -> PyResult {
    split_impl(v, args, true)
}

fn strip_impl(v: &Value, args: Args, left: bool, right: bool, name: &str) -> PyResult {
    let a = args.range(format_args!("str.{name}"), name, 0, 1)?;
    let s = this(v);
    let chars: Option<Vec<u32>> = match a.first().filter(|x| !is_none(x)) {
        Some(x) => Some(
            x.downcast::<PyStr>()
                .ok_or_else(|| type_error(format!("{name} arg must be None or str")))?
                .code_points(),
        ),
        None => None,
    };
    let strip = |c: u32| match &chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let cps = s.code_points();
    let mut start = 0;
    let mut end = cps.len();
    if left {
        while start < end && strip(cps[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(cps[end - 1]) {
            end -= 1;
        }
    }
    if start == 0 && end == cps.len() && v.downcast_exact::<PyStr>().is_some() {
        return Ok(v.clone());
    }
    Ok(sub(s, start, end))
}

fn str_strip(v: &Value, args: Args) -> PyResult {
    strip_impl(v, args, true, true, "strip")
}

fn str_lstrip(v: &Value, args: Args) -> PyResult {
    strip_impl(v, args, true, false, "lstrip")
}

fn str_rstrip(v: &Value, args: Args) -> PyResult {
    strip_impl(v, args, false, true, "rstrip")
}

/// Clamps `start`/`end` arguments like CPython's `ADJUST_INDICES`.
pub fn adjust_indices(
    start: Option<&Value>,
    end: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let conv = |v: Option<&Value>, default: isize| -> PyResult<isize> {
        match v {
            Some(x) if !is_none(x) => crate::slice::slice_index(x).map(|i| i.unwrap_or(default)),
            _ => Ok(default),
        }
    };
    let n = len as isize;
    let mut s = conv(start, 0)?;
    let mut e = conv(end, n)?;
    if e > n {
        e = n;
    } else if e < 0 {
        e = (e + n).max(0);
    }
    if s < 0 {
        s = (s + n).max(0);
    }
    Ok((s as usize, e as usize))
}

fn affix_impl(v: &Value, args: Args, name: &str, suffix: bool) -> PyResult {
    let a = args.range(format_args!("str.{name}"), name, 1, 3)?;
    let s = this(v);
    let (start, end) = adjust_indices(a.get(1), a.get(2), s.len())?;
    let candidates: Vec<Value> = if let Some(t) = a[0].downcast::<crate::tuple::Tuple>() {
        t.to_vec()
    } else if a[0].downcast::<PyStr>().is_some() {
        vec![a[0].clone()]
    } else {
        return Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            protocol::type_name(&a[0])
        )));
    };
    for c in candidates {
        let Some(p) = c.downcast::<PyStr>() else {
            return Err(type_error(format!(
                "tuple for {name} must only contain str, not {}",
                protocol::type_name(&c)
            )));
        };
        if start > s.len() || end < start || p.len() > end - start {
            continue;
        }
        let at = if suffix { end - p.len() } else { start };
        if (0..p.len()).all(|i| s.char_at(at + i) == p.char_at(i)) {
            return Ok(crate::bool::py_bool(true));
        }
    }
    Ok(crate::bool::py_bool(false))
}

fn str_startswith(v: &Value, args: Args) -> PyResult {
    affix_impl(v, args, "startswith", false)
}

fn str_endswith(v: &Value, args: Args) -> PyResult {
    affix_impl(v, args, "endswith", true)
}

fn find_impl(v: &Value, args: Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let a = args.range(format_args!("str.{name}"), name, 1, 3)?;
    let s = this(v);
    let needle = str_arg(&a[0], name, 1)?;
    let (start, end) = adjust_indices(a.get(1), a.get(2), s.len())?;
    if start > s.len() || end < start {
        return Ok(None);
    }
    if !reverse {
        return Ok(find(s, needle, start, end));
    }
    if needle.len() > end - start {
        return Ok(None);
    }
    let mut i = end - needle.len();
    loop {
        if (0..needle.len()).all(|k| s.char_at(i + k) == needle.char_at(k)) {
            return Ok(Some(i));
        }
        if i == start {
            return Ok(None);
        }
        i -= 1;
    }
}

fn index_result(r: Option<usize>) -> Value {
    r.map_or_else(|| crate::int::from_i64(-1), crate::int::from_usize)
}

fn str_find(v: &Value, args: Args) -> PyResult {
    Ok(index_result(find_impl(v, args, "find", false)?))
}

fn str_rfind(v: &Value, args: Args) -> PyResult {
    Ok(index_result(find_impl(v, args, "rfind", true)?))
}

fn str_index(v: &Value, args: Args) -> PyResult {
    find_impl(v, args, "index", false)?
        .map(crate::int::from_usize)
        .ok_or_else(|| value_error("substring not found"))
}

fn str_rindex(v: &Value, args: Args) -> PyResult {
    find_impl(v, args, "rindex", true)?
        .map(crate::int::from_usize)
        .ok_or_else(|| value_error("substring not found"))
}

fn str_count(v: &Value, args: Args) -> PyResult {
    let a = args.range("str.count", "count", 1, 3)?;
    let s = this(v);
    let needle = str_arg(&a[0], "count", 1)?;
    let (start, end) = adjust_indices(a.get(1), a.get(2), s.len())?;
    if start > s.len() || end < start {
        return Ok(crate::int::from_i64(0));
    }
    if needle.is_empty() {
        return Ok(crate::int::from_usize(end - start + 1));
    }
    let hay = s.code_points();
    Ok(crate::int::from_usize(
        occurrences(&hay[start..end], &needle.code_points()).len(),
    ))
}

fn str_replace(v: &Value, args: Args) -> PyResult {
    let [old, new, count] = args.parse("replace", ["", "", "count"], 2, 2, 3)?;
    let (old, new) = (old.expect("required"), new.expect("required"));
    let s = this(v);
    let old_s = str_arg(&old, "replace", 1)?;
    let new_s = str_arg(&new, "replace", 2)?;
    let count = match count {
        Some(c) => protocol::index_as_isize(&c)?,
        None => -1,
    };
    let hay = s.code_points();
    let needle = old_s.code_points();
    let repl = new_s.code_points();
    let mut out = Vec::with_capacity(hay.len());
    let mut done = 0isize;
    if needle.is_empty() {
        for c in &hay {
            if count < 0 || done < count {
                out.extend_from_slice(&repl);
                done += 1;
            }
            out.push(*c);
        }
        if count < 0 || done < count {
            out.extend_from_slice(&repl);
        }
        return Ok(PyStr::from_cps(&out));
    }
    let mut i = 0;
    while i < hay.len() {
        if (count < 0 || done < count) && hay[i..].starts_with(&needle) {
            out.extend_from_slice(&repl);
            i += needle.len();
            done += 1;
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    Ok(PyStr::from_cps(&out))
}

fn str_encode(v: &Value, args: Args) -> PyResult {
    let [encoding, errors] = args.parse("encode", ["encoding", "errors"], 0, 0, 2)?;
    let text = |x: Option<Value>, d: &str, what: &str| -> PyResult<String> {
        match x {
            None => Ok(d.to_string()),
            Some(y) => y
                .downcast::<PyStr>()
                .map(PyStr::to_string_lossy)
                .ok_or_else(|| {
                    type_error(format!(
                        "encode() argument '{what}' must be str, not {}",
                        crate::args::arg_type_name(&y)
                    ))
                }),
        }
    };
    let encoding = text(encoding, "utf-8", "encoding")?;
    let errors = text(errors, "strict", "errors")?;
    Ok(crate::bytes::new(crate::codecs::encode(
        this(v),
        v,
        &encoding,
        &errors,
    )?))
}

fn str_format_method(v: &Value, args: Args) -> PyResult {
    args.range("str.__format__", "__format__", 1, 1)?;
    let spec = str_arg(&args.values[0], "__format__", 1)?;
    crate::format::format_str(v, &spec.to_string_lossy())
}

fn str_getnewargs(v: &Value, args: Args) -> PyResult {
    args.none("str.__getnewargs__")?;
    Ok(crate::tuple::Tuple::new(vec![PyStr::from_cps(
        &this(v).code_points(),
    )]))
}

fn str_sizeof(v: &Value, args: Args) -> PyResult {
    args.none("str.__sizeof__")?;
    let s = this(v);
    let unit = match s.data() {
        crate::str::StrData::Latin1(_) => 1,
        crate::str::StrData::Ucs2(_) => 2,
        crate::str::StrData::Ucs4(_) => 4,
    };
    let header = if s.is_ascii() { 40 } else { 56 };
    Ok(crate::int::from_usize(header + unit * (s.len() + 1)))
}

pub const STR_METHODS: &[MethodDef] = &[
    MethodDef::new(
        "capitalize",
        crate::str_text::str_capitalize,
        "capitalize($self, /)\n--\n\nReturn a capitalized version of the string.\n\nMore specifically, make the first character have upper case and the rest lower\ncase.",
    ),
    MethodDef::new(
        "casefold",
        crate::str_text::str_casefold,
        "casefold($self, /)\n--\n\nReturn a version of the string suitable for caseless comparisons.",
    ),
    MethodDef::new(
        "center",
        crate::str_text::str_center,
        "center($self, width, fillchar=' ', /)\n--\n\nReturn a centered string of length width.\n\nPadding is done using the specified fill character (default is a space).",
    ),
    MethodDef::new(
        "expandtabs",
        crate::str_text::str_expandtabs,
        "expandtabs($self, /, tabsize=8)\n--\n\nReturn a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is assumed.",
    ),
    MethodDef::new(
        "isalnum",
        crate::str_text::str_isalnum,
        "isalnum($self, /)\n--\n\nReturn True if the string is an alpha-numeric string, False otherwise.\n\nA string is alpha-numeric if all characters in the string are alpha-numeric and\nthere is at least one character in the string.",
    ),
    MethodDef::new(
        "isalpha",
        crate::str_text::str_isalpha,
        "isalpha($self, /)\n--\n\nReturn True if the string is an alphabetic string, False otherwise.\n\nA string is alphabetic if all characters in the string are alphabetic and there\nis at least one character in the string.",
    ),
    MethodDef::new(
        "isascii",
        crate::str_text::str_isascii,
        "isascii($self, /)\n--\n\nReturn True if all characters in the string are ASCII, False otherwise.\n\nASCII characters have code points in the range U+0000-U+007F.\nEmpty string is ASCII too.",
    ),
    MethodDef::new(
        "isdecimal",
        crate::str_text::str_isdecimal,
        "isdecimal($self, /)\n--\n\nReturn True if the string is a decimal string, False otherwise.\n\nA string is a decimal string if all characters in the string are decimal and\nthere is at least one character in the string.",
    ),
    MethodDef::new(
        "isdigit",
        crate::str_text::str_isdigit,
        "isdigit($self, /)\n--\n\nReturn True if the string is a digit string, False otherwise.\n\nA string is a digit string if all characters in the string are digits and there\nis at least one character in the string.",
    ),
    MethodDef::new(
        "isidentifier",
        crate::str_text::str_isidentifier,
        "isidentifier($self, /)\n--\n\nReturn True if the string is a valid Python identifier, False otherwise.\n\nCall keyword.iskeyword(s) to test whether string s is a reserved identifier,\nsuch as \"def\" or \"class\".",
    ),
    MethodDef::new(
        "islower",
        crate::str_text::str_islower,
        "islower($self, /)\n--\n\nReturn True if the string is a lowercase string, False otherwise.\n\nA string is lowercase if all cased characters in the string are lowercase and\nthere is at least one cased character in the string.",
    ),
    MethodDef::new(
        "isnumeric",
        crate::str_text::str_isnumeric,
        "isnumeric($self, /)\n--\n\nReturn True if the string is a numeric string, False otherwise.\n\nA string is numeric if all characters in the string are numeric and there is at\nleast one character in the string.",
    ),
    MethodDef::new(
        "isprintable",
        crate::str_text::str_isprintable,
        "isprintable($self, /)\n--\n\nReturn True if all characters in the string are printable, False otherwise.\n\nA character is printable if repr() may use it in its output.",
    ),
    MethodDef::new(
        "isspace",
        crate::str_text::str_isspace,
        "isspace($self, /)\n--\n\nReturn True if the string is a whitespace string, False otherwise.\n\nA string is whitespace if all characters in the string are whitespace and there\nis at least one character in the string.",
    ),
    MethodDef::new(
        "istitle",
        crate::str_text::str_istitle,
        "istitle($self, /)\n--\n\nReturn True if the string is a title-cased string, False otherwise.\n\nIn a title-cased string, upper- and title-case characters may only\nfollow uncased characters and lowercase characters only cased ones.",
    ),
    MethodDef::new(
        "isupper",
        crate::str_text::str_isupper,
        "isupper($self, /)\n--\n\nReturn True if the string is an uppercase string, False otherwise.\n\nA string is uppercase if all cased characters in the string are uppercase and\nthere is at least one cased character in the string.",
    ),
    MethodDef::new(
        "ljust",
        crate::str_text::str_ljust,
        "ljust($self, width, fillchar=' ', /)\n--\n\nReturn a left-justified string of length width.\n\nPadding is done using the specified fill character (default is a space).",
    ),
    MethodDef::new(
        "partition",
        crate::str_text::str_partition,
        "partition($self, sep, /)\n--\n\nPartition the string into three parts using the given separator.\n\nThis will search for the separator in the string.  If the separator is found,\nreturns a 3-tuple containing the part before the separator, the separator\nitself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing the original string\nand two empty strings.",
    ),
    MethodDef::new(
        "removeprefix",
        crate::str_text::str_removeprefix,
        "removeprefix($self, prefix, /)\n--\n\nReturn a str with the given prefix string removed if present.\n\nIf the string starts with the prefix string, return string[len(prefix):].\nOtherwise, return a copy of the original string.",
    ),
    MethodDef::new(
        "removesuffix",
        crate::str_text::str_removesuffix,
        "removesuffix($self, suffix, /)\n--\n\nReturn a str with the given suffix string removed if present.\n\nIf the string ends with the suffix string and that suffix is not empty,\nreturn string[:-len(suffix)]. Otherwise, return a copy of the original\nstring.",
    ),
    MethodDef::new(
        "rjust",
        crate::str_text::str_rjust,
        "rjust($self, width, fillchar=' ', /)\n--\n\nReturn a right-justified string of length width.\n\nPadding is done using the specified fill character (default is a space).",
    ),
    MethodDef::new(
        "rpartition",
        crate::str_text::str_rpartition,
        "rpartition($self, sep, /)\n--\n\nPartition the string into three parts using the given separator.\n\nThis will search for the separator in the string, starting at the end. If\nthe separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing two empty strings\nand the original string.",
    ),
    MethodDef::new(
        "splitlines",
        crate::str_text::str_splitlines,
        "splitlines($self, /, keepends=False)\n--\n\nReturn a list of the lines in the string, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue.",
    ),
    MethodDef::new(
        "swapcase",
        crate::str_text::str_swapcase,
        "swapcase($self, /)\n--\n\nConvert uppercase characters to lowercase and lowercase characters to uppercase.",
    ),
    MethodDef::new(
        "title",
        crate::str_text::str_title,
        "title($self, /)\n--\n\nReturn a version of the string where each word is titlecased.\n\nMore specifically, words start with uppercased characters and all remaining\ncased characters have lower case.",
    ),
    MethodDef::new(
        "translate",
        crate::str_text::str_translate,
        "translate($self, table, /)\n--\n\nReplace each character in the string using the given translation table.\n\n  table\n    Translation table, which must be a mapping of Unicode ordinals to\n    Unicode ordinals, strings, or None.\n\nThe table must implement lookup/indexing via __getitem__, for instance a\ndictionary or list.  If this operation raises LookupError, the character is\nleft untouched.  Characters mapped to None are deleted.",
    ),
    MethodDef::new(
        "zfill",
        crate::str_text::str_zfill,
        "zfill($self, width, /)\n--\n\nPad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe string is never truncated.",
    ),
    MethodDef::new(
        "upper",
        crate::str_text::str_upper,
        "upper($self, /)\n--\n\nReturn a copy of the string converted to uppercase.",
    ),
    MethodDef::new(
        "lower",
        crate::str_text::str_lower,
        "lower($self, /)\n--\n\nReturn a copy of the string converted to lowercase.",
    ),
    MethodDef::static_(
        "maketrans",
        crate::str_text::str_maketrans,
        "maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)\n--\n\nReturn a translation table usable for str.translate().\n\nIf there is only one argument, it must be a dictionary mapping Unicode\nordinals (integers) or characters to Unicode ordinals, strings or None.\nCharacter keys will be then converted to ordinals.\nIf there are two arguments, they must be strings of equal length, and\nin the resulting dictionary, each character in x will be mapped to the\ncharacter at the same position in y. If there is a third argument, it\nmust be a string, whose characters will be mapped to None in the result.",
    ),
    MethodDef::new(
        "format",
        crate::strformat::str_format,
        "format($self, /, *args, **kwargs)\n--\n\nReturn a formatted version of the string, using substitutions from args and kwargs.\nThe substitutions are identified by braces ('{' and '}').",
    ),
    MethodDef::new(
        "format_map",
        crate::strformat::str_format_map,
        "format_map($self, mapping, /)\n--\n\nReturn a formatted version of the string, using substitutions from mapping.\nThe substitutions are identified by braces ('{' and '}').",
    ),
    MethodDef::new(
        "encode",
        str_encode,
        "encode($self, /, encoding='utf-8', errors='strict')\n--\n\nEncode the string using the codec registered for encoding.\n\n  encoding\n    The encoding in which to encode the string.\n  errors\n    The error handling scheme to use for encoding errors.\n    The default is 'strict' meaning that encoding errors raise a\n    UnicodeEncodeError.  Other possible values are 'ignore', 'replace' and\n    'xmlcharrefreplace' as well as any other name registered with\n    codecs.register_error that can handle UnicodeEncodeErrors.",
    ),
    MethodDef::new(
        "replace",
        str_replace,
        "replace($self, old, new, /, count=-1)\n--\n\nReturn a copy with all occurrences of substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n    -1 (the default value) means replace all occurrences.\n\nIf count is given, only the first count occurrences are replaced.\nIf count is not specified or -1, then all occurrences are replaced.",
    ),
    MethodDef::new(
        "split",
        str_split,
        "split($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the substrings in the string, using sep as the separator string.\n\n  sep\n    The separator used to split the string.\n\n    When set to None (the default value), will split on any whitespace\n    character (including \\n \\r \\t \\f and spaces) and will discard\n    empty strings from the result.\n  maxsplit\n    Maximum number of splits.\n    -1 (the default value) means no limit.\n\nSplitting starts at the front of the string and works to the end.\n\nNote, str.split() is mainly useful for data that has been intentionally\ndelimited.  With natural text that includes punctuation, consider using\nthe regular expression module.",
    ),
    MethodDef::new(
        "rsplit",
        str_rsplit,
        "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the substrings in the string, using sep as the separator string.\n\n  sep\n    The separator used to split the string.\n\n    When set to None (the default value), will split on any whitespace\n    character (including \\n \\r \\t \\f and spaces) and will discard\n    empty strings from the result.\n  maxsplit\n    Maximum number of splits.\n    -1 (the default value) means no limit.\n\nSplitting starts at the end of the string and works to the front.",
    ),
    MethodDef::new(
        "join",
        str_join,
        "join($self, iterable, /)\n--\n\nConcatenate any number of strings.\n\nThe string whose method is called is inserted in between each given string.\nThe result is returned as a new string.\n\nExample: '.'.join(['ab', 'pq', 'rs']) -> 'ab.pq.rs'",
    ),
    MethodDef::new(
        "strip",
        str_strip,
        "strip($self, chars=None, /)\n--\n\nReturn a copy of the string with leading and trailing whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead.",
    ),
    MethodDef::new(
        "lstrip",
        str_lstrip,
        "lstrip($self, chars=None, /)\n--\n\nReturn a copy of the string with leading whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead.",
    ),
    MethodDef::new(
        "rstrip",
        str_rstrip,
        "rstrip($self, chars=None, /)\n--\n\nReturn a copy of the string with trailing whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead.",
    ),
    MethodDef::new(
        "startswith",
        str_startswith,
        "startswith($self, prefix[, start[, end]], /)\n--\n\nReturn True if the string starts with the specified prefix, False otherwise.\n\n  prefix\n    A string or a tuple of strings to try.\n  start\n    Optional start position. Default: start of the string.\n  end\n    Optional stop position. Default: end of the string.",
    ),
    MethodDef::new(
        "endswith",
        str_endswith,
        "endswith($self, suffix[, start[, end]], /)\n--\n\nReturn True if the string ends with the specified suffix, False otherwise.\n\n  suffix\n    A string or a tuple of strings to try.\n  start\n    Optional start position. Default: start of the string.\n  end\n    Optional stop position. Default: end of the string.",
    ),
    MethodDef::new(
        "find",
        str_find,
        "find($self, sub[, start[, end]], /)\n--\n\nReturn the lowest index in S where substring sub is found, such that sub is contained within S[start:end].\n\nOptional arguments start and end are interpreted as in slice notation.\nReturn -1 on failure.",
    ),
    MethodDef::new(
        "rfind",
        str_rfind,
        "rfind($self, sub[, start[, end]], /)\n--\n\nReturn the highest index in S where substring sub is found, such that sub is contained within S[start:end].\n\nOptional arguments start and end are interpreted as in slice notation.\nReturn -1 on failure.",
    ),
    MethodDef::new(
        "index",
        str_index,
        "index($self, sub[, start[, end]], /)\n--\n\nReturn the lowest index in S where substring sub is found, such that sub is contained within S[start:end].\n\nOptional arguments start and end are interpreted as in slice notation.\nRaises ValueError when the substring is not found.",
    ),
    MethodDef::new(
        "rindex",
        str_rindex,
        "rindex($self, sub[, start[, end]], /)\n--\n\nReturn the highest index in S where substring sub is found, such that sub is contained within S[start:end].\n\nOptional arguments start and end are interpreted as in slice notation.\nRaises ValueError when the substring is not found.",
    ),
    MethodDef::new(
        "count",
        str_count,
        "count($self, sub[, start[, end]], /)\n--\n\nReturn the number of non-overlapping occurrences of substring sub in string S[start:end].\n\nOptional arguments start and end are interpreted as in slice notation.",
    ),
    MethodDef::new(
        "__format__",
        str_format_method,
        "__format__($self, format_spec, /)\n--\n\nReturn a formatted version of the string as described by format_spec.",
    ),
    MethodDef::new(
        "__getnewargs__",
        str_getnewargs,
        "__getnewargs__($self, /)\n--\n\n",
    ),
    MethodDef::new(
        "__sizeof__",
        str_sizeof,
        "__sizeof__($self, /)\n--\n\nReturn the size of the string in memory, in bytes.",
    ),
];
