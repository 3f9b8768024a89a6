//! The values a code object's `co_consts` can hold, with CPython's identity rules for merging them.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use rustc_hash::{FxHashMap, FxHasher};
use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use super::assemble::CodeObject;
use crate::ast;
use crate::ast::PyStr;
use crate::ast_dump::{repr_bytes, repr_float, repr_pystr};

/// One entry of `co_consts`.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    /// `complex(re, im)`.
    Complex(f64, f64),
    Str(Rc<PyStr>),
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
        Constant::Str(Rc::new(PyStr::from(s)))
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
            Constant::Float(f) => out.push_str(&repr_float(*f)),
            Constant::Complex(re, im) => out.push_str(&complex_repr(*re, *im)),
            Constant::Str(s) => repr_pystr(s, out),
            Constant::Bytes(b) => repr_bytes(b, out),
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

fn complex_repr(re: f64, im: f64) -> String {
    let part = |f: f64| {
        let r = repr_float(f);
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

impl From<&ast::Constant> for Constant {
    /// The value of a `Constant` node as codegen loads it.
    fn from(c: &ast::Constant) -> Constant {
        match c {
            ast::Constant::None => Constant::None,
            ast::Constant::True => Constant::Bool(true),
            ast::Constant::False => Constant::Bool(false),
            ast::Constant::Ellipsis => Constant::Ellipsis,
            ast::Constant::Int(v) => Constant::int(*v),
            ast::Constant::BigInt(v) => Constant::Int((**v).clone()),
            ast::Constant::Float(f) => Constant::Float(*f),
            ast::Constant::Complex(im) => Constant::Complex(0.0, *im),
            ast::Constant::Str(s) => Constant::Str(Rc::new(s.clone())),
            ast::Constant::Bytes(b) => Constant::Bytes(Rc::from(b.as_slice())),
            ast::Constant::Tuple(items) => {
                Constant::Tuple(items.iter().map(Constant::from).collect())
            }
            ast::Constant::FrozenSet(items) => {
                Constant::FrozenSet(items.iter().map(Constant::from).collect())
            }
        }
    }
}

impl Constant {
    /// A hash consistent with [`Constant::same_key`].
    fn key_hash<H: Hasher>(&self, h: &mut H) {
        std::mem::discriminant(self).hash(h);
        match self {
            Constant::None | Constant::Ellipsis => {}
            Constant::Bool(b) => b.hash(h),
            Constant::Int(v) => v.hash(h),
            Constant::Float(f) => f.to_bits().hash(h),
            Constant::Complex(re, im) => (re.to_bits(), im.to_bits()).hash(h),
            Constant::Str(s) => s.hash(h),
            Constant::Bytes(b) => b.hash(h),
            Constant::Tuple(items) => items.iter().for_each(|c| c.key_hash(h)),
            Constant::Slice(parts) => parts.iter().for_each(|c| c.key_hash(h)),
            // Order-independent, so only the size.
            Constant::FrozenSet(items) => items.len().hash(h),
            Constant::Code(code) => Rc::as_ptr(code).hash(h),
        }
    }

    fn key(&self) -> u64 {
        let mut h = FxHasher::default();
        self.key_hash(&mut h);
        h.finish()
    }
}

/// The constants of one code unit: CPython's `u_consts` list, where a value
/// is added once and found again by its key.
#[derive(Clone, Debug, Default)]
pub struct ConstPool {
    values: Vec<Constant>,
    /// The first index of each key hash, for `values[..indexed]`.
    first_by_key: FxHashMap<u64, usize>,
    /// For each indexed value, the next index with the same key hash: the
    /// values sharing a hash, in index order.
    next_same_key: Vec<Option<usize>>,
    /// How many values the index covers; the rest are indexed when `add` next
    /// needs them (after the optimizer's last lookup, nothing is).
    indexed: usize,
}

impl ConstPool {
    pub fn new() -> ConstPool {
        // Room for a typical unit's constants without rehashing.
        ConstPool {
            first_by_key: FxHashMap::with_capacity_and_hasher(16, Default::default()),
            ..ConstPool::default()
        }
    }

    /// A pool holding `values` in order (not merged: they are codegen's list).
    pub fn from_values(values: Vec<Constant>) -> ConstPool {
        let mut pool = ConstPool::default();
        for value in values {
            pool.push(value);
        }
        pool
    }

    fn push(&mut self, value: Constant) -> usize {
        self.values.push(value);
        self.values.len() - 1
    }

    /// Brings the index up to date with `values`.
    fn index_pending(&mut self) {
        while self.indexed < self.values.len() {
            let i = self.indexed;
            self.link(self.values[i].key(), i);
            self.indexed += 1;
        }
    }

    /// Adds index `i` to the end of its key's chain.
    fn link(&mut self, key: u64, i: usize) {
        self.next_same_key.push(None);
        let Some(&first) = self.first_by_key.get(&key) else {
            self.first_by_key.insert(key, i);
            return;
        };
        let mut last = first;
        while let Some(next) = self.next_same_key[last] {
            last = next;
        }
        self.next_same_key[last] = Some(i);
    }

    /// The index of `value`, appending it if no constant with the same key exists.
    pub fn add(&mut self, value: Constant) -> usize {
        self.index_pending();
        let key = value.key();
        let mut candidate = self.first_by_key.get(&key).copied();
        let mut last = None;
        while let Some(i) = candidate {
            if self.values[i].same_key(&value) {
                return i;
            }
            last = Some(i);
            candidate = self.next_same_key[i];
        }
        let i = self.push(value);
        // Linked behind the last value with this key (looked up just now).
        match last {
            Some(last) => self.next_same_key[last] = Some(i),
            None => {
                self.first_by_key.insert(key, i);
            }
        }
        self.next_same_key.push(None);
        self.indexed += 1;
        i
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

    /// Keeps the values for which `keep(index)` holds, in order.
    pub(crate) fn retain_indices(&mut self, keep: impl Fn(usize) -> bool) {
        let mut i = 0;
        self.values.retain(|_| {
            i += 1;
            keep(i - 1)
        });
        self.first_by_key.clear();
        self.next_same_key.clear();
        self.indexed = 0;
    }

    pub fn into_values(self) -> Vec<Constant> {
        self.values
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(Constant::str("\u{fffe}").repr(), "'\\ufffe'");
        assert_eq!(Constant::from(&ast::Constant::Complex(2.5)).repr(), "2.5j");
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
