//! The text of `ast.dump(tree, include_attributes=True)` (CPython 3.14's `Lib/ast.py`), with Python `repr`s of constants.

use crate::ast::{Constant, PyStr, Range};
use ouro_unicode::NON_PRINTABLE;

/// Writes nodes as `Name(field=value, ..., lineno=.., ...)`.
pub struct DumpWriter {
    out: String,
    /// One entry per open node: whether it already has an argument.
    has_args: Vec<bool>,
}

/// A value that `ast.dump` can print.
pub trait Dump {
    fn dump(&self, w: &mut DumpWriter);

    /// `ast.dump` leaves out optional fields that are `None` and empty lists.
    fn omitted(&self) -> bool {
        false
    }
}

impl DumpWriter {
    pub fn node_start(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push('(');
        self.has_args.push(false);
    }

    pub fn node_end(&mut self) {
        self.has_args.pop();
        self.out.push(')');
    }

    fn arg_name(&mut self, name: &str) {
        if let Some(has) = self.has_args.last_mut() {
            if *has {
                self.out.push_str(", ");
            }
            *has = true;
        }
        self.out.push_str(name.strip_prefix("r#").unwrap_or(name));
        self.out.push('=');
    }

    pub fn field<T: Dump + ?Sized>(&mut self, name: &str, value: &T) {
        if value.omitted() {
            return;
        }
        self.arg_name(name);
        value.dump(self);
    }

    pub fn attributes(&mut self, range: &Range) {
        self.field("lineno", &range.lineno);
        self.field("col_offset", &range.col_offset);
        self.field("end_lineno", &range.end_lineno);
        self.field("end_col_offset", &range.end_col_offset);
    }
}

/// `ast.dump(node, include_attributes=True)`.
pub fn dump<T: Dump + ?Sized>(node: &T) -> String {
    let mut w = DumpWriter {
        out: String::new(),
        has_args: Vec::new(),
    };
    node.dump(&mut w);
    w.out
}

impl<T: Dump> Dump for Vec<T> {
    fn dump(&self, w: &mut DumpWriter) {
        w.out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                w.out.push_str(", ");
            }
            item.dump(w);
        }
        w.out.push(']');
    }

    fn omitted(&self) -> bool {
        self.is_empty()
    }
}

impl<T: Dump> Dump for Option<T> {
    fn dump(&self, w: &mut DumpWriter) {
        match self {
            Some(v) => v.dump(w),
            None => w.out.push_str("None"),
        }
    }

    fn omitted(&self) -> bool {
        self.is_none()
    }
}

impl<T: Dump + ?Sized> Dump for Box<T> {
    fn dump(&self, w: &mut DumpWriter) {
        (**self).dump(w);
    }
}

impl Dump for String {
    fn dump(&self, w: &mut DumpWriter) {
        repr_str(self, &mut w.out);
    }
}

impl Dump for i32 {
    fn dump(&self, w: &mut DumpWriter) {
        w.out.push_str(&self.to_string());
    }
}

impl Dump for u32 {
    fn dump(&self, w: &mut DumpWriter) {
        w.out.push_str(&self.to_string());
    }
}

impl Dump for Constant {
    fn dump(&self, w: &mut DumpWriter) {
        repr_constant(self, &mut w.out);
    }
}

/// Python's `repr` of a constant.
pub fn repr_constant(value: &Constant, out: &mut String) {
    match value {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(v) => out.push_str(&v.to_string()),
        Constant::BigInt(v) => out.push_str(&v.to_string()),
        Constant::Float(v) => out.push_str(&repr_float(*v)),
        Constant::Complex(v) => {
            out.push_str(&format_float(*v, false));
            out.push('j');
        }
        Constant::Str(s) => repr_pystr(s, out),
        Constant::Bytes(b) => repr_bytes(b, out),
        Constant::Tuple(items) => {
            out.push('(');
            repr_items(items, out);
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::FrozenSet(items) if items.is_empty() => out.push_str("frozenset()"),
        Constant::FrozenSet(items) => {
            out.push_str("frozenset({");
            repr_items(items, out);
            out.push_str("})");
        }
    }
}

fn repr_items(items: &[Constant], out: &mut String) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_constant(item, out);
    }
}

fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return (0x20..0x7f).contains(&cp);
    }
    // The table is sorted by range start: find the last range starting at or before `cp`.
    let idx = NON_PRINTABLE.partition_point(|&(start, _)| start <= cp);
    idx == 0 || NON_PRINTABLE[idx - 1].1 < cp
}

/// Python's `repr(str)` (`unicode_repr` in Objects/unicodeobject.c).
pub fn repr_str(s: &str, out: &mut String) {
    repr_code_points(s.chars().map(u32::from), out);
}

/// Python's `repr(str)` of a string that may hold lone surrogates.
pub fn repr_pystr(s: &PyStr, out: &mut String) {
    repr_code_points(s.code_points(), out);
}

fn repr_code_points(code_points: impl Iterator<Item = u32> + Clone, out: &mut String) {
    let has = |c: char| code_points.clone().any(|cp| cp == u32::from(c));
    let quote = if has('\'') && !has('"') { '"' } else { '\'' };
    out.push(quote);
    for cp in code_points {
        // A lone surrogate is never printable.
        let c = char::from_u32(cp).unwrap_or('\u{fffe}');
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) && char::from_u32(cp).is_some() => out.push(c),
            _ => {
                if cp < 0x100 {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp < 0x10000 {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
        }
    }
    out.push(quote);
}

/// Python's `repr(bytes)`.
pub fn repr_bytes(b: &[u8], out: &mut String) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..0x7f => out.push(byte as char),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(quote);
}

/// Python's `repr(float)`: the shortest string that round-trips.
pub fn repr_float(v: f64) -> String {
    format_float(v, true)
}

/// Python's short float formatting (`float_repr_style == 'short'`): fixed
/// notation for decimal exponents in -4..16, else scientific with a signed,
/// at least two-digit exponent; `add_dot_zero` as `repr(float)` does
/// (`repr(complex)` does not).
fn format_float(v: f64, add_dot_zero: bool) -> String {
    if v.is_nan() {
        return "nan".to_string();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde-x".
    let sci = format!("{:e}", v.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let decpt = exp + 1;
    let mut out = String::new();
    if v.is_sign_negative() {
        out.push('-');
    }
    if (-4 < decpt) && decpt <= 16 {
        let n = digits.len() as i32;
        if decpt <= 0 {
            out.push_str("0.");
            out.push_str(&"0".repeat((-decpt) as usize));
            out.push_str(&digits);
        } else if decpt >= n {
            out.push_str(&digits);
            out.push_str(&"0".repeat((decpt - n) as usize));
            if add_dot_zero {
                out.push_str(".0");
            }
        } else {
            out.push_str(&digits[..decpt as usize]);
            out.push('.');
            out.push_str(&digits[decpt as usize..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push_str(&format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_python() {
        let cases = [
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.1, "0.1"),
            (1.0, "1.0"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (1.5e300, "1.5e+300"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (123.456, "123.456"),
        ];
        for (v, want) in cases {
            assert_eq!(repr_float(v), want);
        }
        assert_eq!(format_float(1.0, false), "1");
    }

    #[test]
    fn strings_print_like_python() {
        let mut out = String::new();
        repr_str("it's \"x\"\n\u{7f}\u{a0}é\u{200b}", &mut out);
        assert_eq!(out, "'it\\'s \"x\"\\n\\x7f\\xa0é\\u200b'");
        out.clear();
        repr_str("it's", &mut out);
        assert_eq!(out, "\"it's\"");
        out.clear();
        repr_bytes(b"a'\x00\xff", &mut out);
        assert_eq!(out, "b\"a'\\x00\\xff\"");
    }
}
