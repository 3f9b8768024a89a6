//! The values a code object's `co_consts` can hold, with CPython's identity rules for merging them.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use std::fmt::Write as _;
use std::rc::Rc;

use super::assemble::CodeObject;

/// One entry of `co_consts`.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    /// `complex(re, im)`.
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Tuple(Rc<[Constant]>),
    /// `slice(start, stop, step)`, which codegen makes for constant slices.
    Slice(Rc<[Constant; 3]>),
    /// Elements in insertion order (CPython's iteration order for these
    /// small sets depends on hashes; dumps sort by repr, as refdump does).
    FrozenSet(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

impl Constant {
    pub fn int(v: i64) -> Constant {
        Constant::Int(BigInt::from(v))
    }

    pub fn str(s: &str) -> Constant {
        Constant::Str(Rc::from(s))
    }

    /// The value as a machine int, if it is an exact `int` that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Constant::Int(v) => v.to_i64(),
            _ => None,
        }
    }

    /// Python truth value (`PyObject_IsTrue`); every constant has one.
    pub fn is_true(&self) -> bool {
        match self {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Int(v) => !v.is_zero(),
            Constant::Float(f) => *f != 0.0,
            Constant::Complex(re, im) => *re != 0.0 || *im != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Ellipsis | Constant::Code(_) | Constant::Slice(_) => true,
            Constant::Tuple(items) | Constant::FrozenSet(items) => !items.is_empty(),
        }
    }

    /// CPython's `_PyCode_ConstantKey` equality: equal values of the same
    /// type, floats by bit pattern (so `0.0` and `-0.0` stay apart), code
    /// objects by identity.
    pub fn same_key(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
            (Constant::Bool(a), Constant::Bool(b)) => a == b,
            (Constant::Int(a), Constant::Int(b)) => a == b,
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            (Constant::Complex(a, b), Constant::Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Constant::Str(a), Constant::Str(b)) => a == b,
            (Constant::Bytes(a), Constant::Bytes(b)) => a == b,
            (Constant::Tuple(a), Constant::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same_key(y))
            }
            (Constant::FrozenSet(a), Constant::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| x.same_key(y)))
            }
            (Constant::Slice(a), Constant::Slice(b)) => {
                a.iter().zip(b.iter()).all(|(x, y)| x.same_key(y))
            }
            (Constant::Code(a), Constant::Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Python value equality (`==`), used to build sets of constants.
    pub fn py_eq(&self, other: &Constant) -> bool {
        match (self.as_number(), other.as_number()) {
            (Some(a), Some(b)) => a.eq_number(&b),
            _ => match (self, other) {
                (Constant::Tuple(a), Constant::Tuple(b)) => {
                    a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.py_eq(y))
                }
                (Constant::FrozenSet(a), Constant::FrozenSet(b)) => {
                    a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| x.py_eq(y)))
                }
                _ => self.same_key(other),
            },
        }
    }

    fn as_number(&self) -> Option<Number> {
        match self {
            Constant::Bool(b) => Some(Number::Int(BigInt::from(u8::from(*b)))),
            Constant::Int(v) => Some(Number::Int(v.clone())),
            Constant::Float(f) => Some(Number::Complex(*f, 0.0)),
            Constant::Complex(re, im) => Some(Number::Complex(*re, *im)),
            _ => None,
        }
    }

    /// `repr()` of the value, as `dis` and refdump print it.
    pub fn repr(&self) -> String {
        let mut out = String::new();
        self.write_repr(&mut out);
        out
    }

    fn write_repr(&self, out: &mut String) {
        match self {
            Constant::None => out.push_str("None"),
            Constant::Bool(true) => out.push_str("True"),
            Constant::Bool(false) => out.push_str("False"),
            Constant::Ellipsis => out.push_str("Ellipsis"),
            Constant::Int(v) => {
                let _ = write!(out, "{v}");
            }
            Constant::Float(f) => out.push_str(&float_repr(*f)),
            Constant::Complex(re, im) => out.push_str(&complex_repr(*re, *im)),
            Constant::Str(s) => out.push_str(&str_repr(s)),
            Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
            Constant::Tuple(items) => {
                out.push('(');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.write_repr(out);
                }
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Constant::FrozenSet(items) => {
                let mut reprs: Vec<String> = items.iter().map(Constant::repr).collect();
                reprs.sort();
                let _ = write!(out, "frozenset({{{}}})", reprs.join(", "));
            }
            Constant::Slice(parts) => {
                out.push_str("slice(");
                for (i, part) in parts.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    part.write_repr(out);
                }
                out.push(')');
            }
            Constant::Code(code) => {
                let _ = write!(out, "<code {}>", code.qualname);
            }
        }
    }
}

impl PartialEq for Constant {
    /// Key equality, except that code objects compare by value.
    fn eq(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::Code(a), Constant::Code(b)) => a == b,
            _ => self.same_key(other),
        }
    }
}

/// A number reduced to what `==` between numeric constants compares.
enum Number {
    Int(BigInt),
    Complex(f64, f64),
}

impl Number {
    fn eq_number(&self, other: &Number) -> bool {
        match (self, other) {
            (Number::Int(a), Number::Int(b)) => a == b,
            (Number::Int(a), Number::Complex(re, im))
            | (Number::Complex(re, im), Number::Int(a)) => {
                *im == 0.0
                    && a.to_f64() == Some(*re)
                    && BigInt::from_f64_exact(*re).as_ref() == Some(a)
            }
            (Number::Complex(a, b), Number::Complex(c, d)) => a == c && b == d,
        }
    }
}

trait FromF64Exact: Sized {
    fn from_f64_exact(f: f64) -> Option<Self>;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> Option<BigInt> {
        if f.fract() != 0.0 || !f.is_finite() {
            return None;
        }
        num_traits::FromPrimitive::from_f64(f)
    }
}

/// Python's `repr(float)`: shortest round-trip digits, switching to
/// exponent form outside `1e-4 <= |x| < 1e16`.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Rust's `{:e}` gives the shortest round-trip digits as d.ddde±x.
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if negative { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let ndigits = digits.len() as i32;
        if exp >= 0 {
            let int_len = (exp + 1) as usize;
            if digits.len() <= int_len {
                format!("{sign}{digits}{}.0", "0".repeat(int_len - digits.len()))
            } else {
                format!("{sign}{}.{}", &digits[..int_len], &digits[int_len..])
            }
        } else {
            let _ = ndigits;
            format!("{sign}0.{}{digits}", "0".repeat((-exp - 1) as usize))
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{first}{frac}e{esign}{:02}", exp.abs())
    }
}

fn complex_repr(re: f64, im: f64) -> String {
    let part = |f: f64| {
        let r = float_repr(f);
        r.strip_suffix(".0").map(str::to_owned).unwrap_or(r)
    };
    if re == 0.0 && !re.is_sign_negative() {
        return format!("{}j", part(im));
    }
    let im_text = part(im);
    let sign = if im_text.starts_with('-') || im.is_nan() && im.is_sign_negative() {
        ""
    } else {
        "+"
    };
    format!("({}{sign}{im_text}j)", part(re))
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) < 0x7f => out.push(c),
            c if is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) <= 0xffff => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for non-ASCII characters: the
/// separators and format/control characters Python escapes.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    !(u <= 0xa0
        || u == 0xad
        || (0x2000..=0x200f).contains(&u)
        || (0x2028..=0x202f).contains(&u)
        || (0x205f..=0x206f).contains(&u)
        || u == 0x3000
        || u == 0xfeff
        || (0xd800..=0xdfff).contains(&u)
        || (0xe000..=0xf8ff).contains(&u)
        || (0xfff9..=0xfffb).contains(&u)
        || (0xfdd0..=0xfdef).contains(&u)
        || u & 0xfffe == 0xfffe
        || u >= 0xf0000)
}

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if char::from(c) == quote => {
                out.push('\\');
                out.push(char::from(c));
            }
            0x20..=0x7e => out.push(char::from(c)),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// The constants of one code unit: CPython's `u_consts` list, where a value
/// is added once and found again by its key.
#[derive(Clone, Debug, Default)]
pub struct ConstPool {
    values: Vec<Constant>,
}

impl ConstPool {
    pub fn new() -> ConstPool {
        ConstPool::default()
    }

    pub fn from_values(values: Vec<Constant>) -> ConstPool {
        ConstPool { values }
    }

    /// The index of `value`, appending it if no constant with the same key exists.
    pub fn add(&mut self, value: Constant) -> usize {
        if let Some(i) = self.values.iter().position(|c| c.same_key(&value)) {
            return i;
        }
        self.values.push(value);
        self.values.len() - 1
    }

    pub fn get(&self, index: usize) -> Option<&Constant> {
        self.values.get(index)
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn values(&self) -> &[Constant] {
        &self.values
    }

    pub(crate) fn values_mut(&mut self) -> &mut Vec<Constant> {
        &mut self.values
    }

    pub fn into_values(self) -> Vec<Constant> {
        self.values
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_matches_python() {
        let cases = [
            (1.5, "1.5"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-2.5e-7, "-2.5e-07"),
            (123456789.125, "123456789.125"),
            (3.0, "3.0"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f), want, "{f}");
        }
    }

    #[test]
    fn reprs_match_python() {
        assert_eq!(Constant::str("it's").repr(), "\"it's\"");
        assert_eq!(Constant::str("a\nb").repr(), "'a\\nb'");
        assert_eq!(
            Constant::Bytes(Rc::from(&b"\x00a'"[..])).repr(),
            "b\"\\x00a'\""
        );
        assert_eq!(Constant::Complex(0.0, 2.0).repr(), "2j");
        assert_eq!(Constant::Complex(1.0, -2.0).repr(), "(1-2j)");
        let t = Constant::Tuple(Rc::from(vec![Constant::int(1)]));
        assert_eq!(t.repr(), "(1,)");
    }

    #[test]
    fn pool_merges_by_key() {
        let mut pool = ConstPool::new();
        assert_eq!(pool.add(Constant::int(1)), 0);
        assert_eq!(pool.add(Constant::Float(1.0)), 1);
        assert_eq!(pool.add(Constant::Bool(true)), 2);
        assert_eq!(pool.add(Constant::int(1)), 0);
        assert_eq!(pool.add(Constant::Float(-0.0)), 3);
        assert_eq!(pool.add(Constant::Float(0.0)), 4);
    }
}
