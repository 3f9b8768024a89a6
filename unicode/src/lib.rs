//! Unicode tables CPython's `str` and `unicodedata` rely on that Rust's standard library lacks, generated from the reference interpreter.

pub mod normalize;
pub mod ucd;
#[rustfmt::skip]
mod ucd_tables;

mod printable;

pub use printable::NON_PRINTABLE;

/// `str.isprintable()` for one code point.
pub fn is_printable(c: u32) -> bool {
    if c < 0x80 {
        return (0x20..0x7f).contains(&c);
    }
    NON_PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

mod decimal;

/// The value of a decimal digit (Unicode category Nd), as `int()` reads it.
pub fn decimal_value(c: u32) -> Option<u32> {
    if c < 0x80 {
        return (0x30..0x3a).contains(&c).then(|| c - 0x30);
    }
    let i = decimal::DECIMAL_RUNS.partition_point(|&(start, _)| start <= c);
    let (start, count) = *decimal::DECIMAL_RUNS.get(i.checked_sub(1)?)?;
    (c - start < count).then(|| c - start)
}

mod strprops;

fn in_ranges(table: &[(u32, u32)], c: u32) -> bool {
    let i = table.partition_point(|&(lo, _)| lo <= c);
    i > 0 && table[i - 1].1 >= c
}

fn mapped(table: &[(u32, [u32; 3])], c: u32) -> Option<&[u32]> {
    let i = table.binary_search_by_key(&c, |&(k, _)| k).ok()?;
    let m = &table[i].1;
    Some(&m[..m.iter().position(|&x| x == 0).unwrap_or(3)])
}

/// `str.isalpha()` for one code point.
pub fn is_alpha(c: u32) -> bool {
    in_ranges(strprops::ALPHA, c)
}

/// `str.isdigit()` for one code point.
pub fn is_digit(c: u32) -> bool {
    in_ranges(strprops::DIGIT, c)
}

/// `str.isnumeric()` for one code point.
pub fn is_numeric(c: u32) -> bool {
    in_ranges(strprops::NUMERIC, c)
}

/// `str.isspace()` for one code point (what `split()` and `strip()` remove).
pub fn is_space(c: u32) -> bool {
    in_ranges(strprops::SPACE, c)
}

/// The Lowercase property.
pub fn is_lowercase(c: u32) -> bool {
    in_ranges(strprops::LOWERCASE, c)
}

/// The Uppercase property.
pub fn is_uppercase(c: u32) -> bool {
    in_ranges(strprops::UPPERCASE, c)
}

/// Category Lt.
pub fn is_titlecase(c: u32) -> bool {
    in_ranges(strprops::TITLECASE, c)
}

/// The Cased property: Lowercase, Uppercase or Lt.
pub fn is_cased(c: u32) -> bool {
    is_lowercase(c) || is_uppercase(c) || is_titlecase(c)
}

/// The Case_Ignorable property.
pub fn is_case_ignorable(c: u32) -> bool {
    in_ranges(strprops::CASE_IGNORABLE, c)
}

/// May start an identifier (XID_Start or `_`).
pub fn is_xid_start(c: u32) -> bool {
    in_ranges(strprops::XID_START, c)
}

/// May continue an identifier (XID_Continue).
pub fn is_xid_continue(c: u32) -> bool {
    in_ranges(strprops::XID_CONTINUE, c)
}

/// Appends the full lowercase mapping of `c` (capital sigma maps to U+03C3).
pub fn push_lower(c: u32, out: &mut Vec<u32>) {
    out.extend_from_slice(mapped(strprops::LOWER_MAP, c).unwrap_or(&[c]));
}

/// Appends the full uppercase mapping of `c`.
pub fn push_upper(c: u32, out: &mut Vec<u32>) {
    out.extend_from_slice(mapped(strprops::UPPER_MAP, c).unwrap_or(&[c]));
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(c: u32, out: &mut Vec<u32>) {
    match mapped(strprops::TITLE_MAP, c) {
        Some(m) => out.extend_from_slice(m),
        None => push_upper(c, out),
    }
}

/// Appends the full case folding of `c`.
pub fn push_fold(c: u32, out: &mut Vec<u32>) {
    match mapped(strprops::FOLD_MAP, c) {
        Some(m) => out.extend_from_slice(m),
        None => push_lower(c, out),
    }
}

/// The simple lowercase mapping (`Py_UNICODE_TOLOWER`): the first code point
/// of the full one (U+0130 lowers to `i`).
pub fn to_lower_simple(c: u32) -> u32 {
    mapped(strprops::LOWER_MAP, c)
        .and_then(|m| m.first().copied())
        .unwrap_or(c)
}

/// The simple uppercase mapping (`Py_UNICODE_TOUPPER`): the first code point
/// of the full one (U+00DF uppers to `S`).
pub fn to_upper_simple(c: u32) -> u32 {
    mapped(strprops::UPPER_MAP, c)
        .and_then(|m| m.first().copied())
        .unwrap_or(c)
}
