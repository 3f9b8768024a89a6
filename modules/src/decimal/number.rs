//! The decimal number itself: representation, status flags, rounding to a context (`_fix`), string
//! conversion both ways and comparison; the General Decimal Arithmetic model that libmpdec implements
//! (the algorithms follow Lib/_pydecimal.py's `_fix`, `_rescale`, `__str__` and `_cmp`).

use std::cmp::Ordering;
use std::sync::LazyLock;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// libmpdec's condition bits (`MPD_Clamped` ...); FloatOperation takes `MPD_Not_implemented`'s bit.
pub const CLAMPED: u32 = 0x1;
pub const CONVERSION_SYNTAX: u32 = 0x2;
pub const DIVISION_BY_ZERO: u32 = 0x4;
pub const DIVISION_IMPOSSIBLE: u32 = 0x8;
pub const DIVISION_UNDEFINED: u32 = 0x10;
pub const FPU_ERROR: u32 = 0x20;
pub const INEXACT: u32 = 0x40;
pub const INVALID_CONTEXT: u32 = 0x80;
pub const INVALID_OPERATION: u32 = 0x100;
pub const MALLOC_ERROR: u32 = 0x200;
pub const FLOAT_OPERATION: u32 = 0x400;
pub const OVERFLOW: u32 = 0x800;
pub const ROUNDED: u32 = 0x1000;
pub const SUBNORMAL: u32 = 0x2000;
pub const UNDERFLOW: u32 = 0x4000;
/// Every condition that the InvalidOperation signal stands for (`MPD_IEEE_Invalid_operation`).
pub const IEEE_INVALID: u32 = CONVERSION_SYNTAX
    | DIVISION_IMPOSSIBLE
    | DIVISION_UNDEFINED
    | FPU_ERROR
    | INVALID_CONTEXT
    | INVALID_OPERATION
    | MALLOC_ERROR;

pub const MAX_PREC: i64 = 999_999_999_999_999_999;
pub const MAX_EMAX: i64 = 999_999_999_999_999_999;
pub const MIN_EMIN: i64 = -999_999_999_999_999_999;
pub const MIN_ETINY: i64 = MIN_EMIN - (MAX_PREC - 1);

/// The rounding modes, in libmpdec's order (`MPD_ROUND_UP` = 0 ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Round {
    Up,
    Down,
    Ceiling,
    Floor,
    HalfUp,
    HalfDown,
    HalfEven,
    Up05,
}

impl Round {
    pub const ALL: [Round; 8] = [
        Round::Up,
        Round::Down,
        Round::Ceiling,
        Round::Floor,
        Round::HalfUp,
        Round::HalfDown,
        Round::HalfEven,
        Round::Up05,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Round::Up => "ROUND_UP",
            Round::Down => "ROUND_DOWN",
            Round::Ceiling => "ROUND_CEILING",
            Round::Floor => "ROUND_FLOOR",
            Round::HalfUp => "ROUND_HALF_UP",
            Round::HalfDown => "ROUND_HALF_DOWN",
            Round::HalfEven => "ROUND_HALF_EVEN",
            Round::Up05 => "ROUND_05UP",
        }
    }

    pub fn from_name(name: &str) -> Option<Round> {
        Round::ALL.into_iter().find(|r| r.name() == name)
    }
}

/// An arithmetic context's parameters and its accumulated status (`mpd_context_t`).
#[derive(Clone, Debug)]
pub struct Ctx {
    pub prec: i64,
    pub round: Round,
    pub emax: i64,
    pub emin: i64,
    pub capitals: bool,
    pub clamp: bool,
    pub flags: u32,
    pub traps: u32,
}

impl Ctx {
    pub fn etiny(&self) -> i64 {
        self.emin - self.prec + 1
    }

    pub fn etop(&self) -> i64 {
        self.emax - self.prec + 1
    }

    /// A context with room for any exact result (libmpdec's `maxcontext`).
    pub fn max() -> Ctx {
        Ctx {
            prec: MAX_PREC,
            round: Round::HalfEven,
            emax: MAX_EMAX,
            emin: MIN_EMIN,
            capitals: true,
            clamp: false,
            flags: 0,
            traps: 0,
        }
    }

    pub fn with_round(&self, round: Round) -> Ctx {
        Ctx {
            round,
            ..self.clone()
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Finite,
    Inf,
    NaN,
    SNaN,
}

/// A decimal: sign, coefficient and exponent; for NaNs the coefficient is the diagnostic payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dec {
    pub neg: bool,
    pub kind: Kind,
    pub coef: BigUint,
    pub exp: i64,
}

/// 10**0 .. 10**(len-1), made once: every rounding and alignment at the usual precisions (28 digits and
/// a little over) needs one of these, and `BigUint::pow` each time was the loop's largest cost.
static POW10_TABLE: LazyLock<Vec<BigUint>> = LazyLock::new(|| {
    let mut table = Vec::with_capacity(160);
    let mut power = BigUint::from(1u32);
    for _ in 0..160 {
        table.push(power.clone());
        power *= 10u32;
    }
    table
});

pub fn pow10(n: u64) -> BigUint {
    match usize::try_from(n).ok().and_then(|i| POW10_TABLE.get(i)) {
        Some(power) => power.clone(),
        None => BigUint::from(10u32).pow(u32::try_from(n).unwrap_or(u32::MAX)),
    }
}

/// 10**0 ..= 10**38, every power of ten a u128 holds.
const POW10_U128: [u128; 39] = {
    let mut table = [1u128; 39];
    let mut i = 1;
    while i < 39 {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// Number of decimal digits of `v` (1 for zero), without a division: bits * 1233 / 4096 (just under
/// log10(2)) is the digit count or one less for every width up to 128 bits.
fn digits_u128(v: u128) -> i64 {
    if v == 0 {
        return 1;
    }
    let bits = 128 - v.leading_zeros();
    let estimate = ((bits * 1233) >> 12) as usize;
    estimate as i64 + i64::from(v >= POW10_U128[estimate])
}

/// Number of decimal digits of `c` (1 for zero).
pub fn ndigits(c: &BigUint) -> i64 {
    let mut words = c.iter_u64_digits();
    match words.len() {
        0 => return 1,
        1 => return digits_u128(u128::from(words.next().unwrap_or(0))),
        2 => {
            let low = u128::from(words.next().unwrap_or(0));
            return digits_u128(low | (u128::from(words.next().unwrap_or(0)) << 64));
        }
        _ => {}
    }
    let bits = c.bits();
    let est = ((bits - 1) as f64 * std::f64::consts::LOG10_2) as u64 + 1;
    let at_least_est_plus_one = match usize::try_from(est).ok().and_then(|i| POW10_TABLE.get(i)) {
        Some(power) => c >= power,
        None => *c >= pow10(est),
    };
    if at_least_est_plus_one {
        est as i64 + 1
    } else {
        est as i64
    }
}

impl Dec {
    pub fn finite(neg: bool, coef: BigUint, exp: i64) -> Dec {
        Dec {
            neg,
            kind: Kind::Finite,
            coef,
            exp,
        }
    }

    pub fn from_i64(v: i64) -> Dec {
        Dec::finite(v < 0, BigUint::from(v.unsigned_abs()), 0)
    }

    pub fn from_bigint(v: &BigInt) -> Dec {
        Dec::finite(v.sign() == Sign::Minus, v.magnitude().clone(), 0)
    }

    pub fn zero(neg: bool, exp: i64) -> Dec {
        Dec::finite(neg, BigUint::zero(), exp)
    }

    pub fn inf(neg: bool) -> Dec {
        Dec {
            neg,
            kind: Kind::Inf,
            coef: BigUint::zero(),
            exp: 0,
        }
    }

    /// The quiet NaN an invalid operation produces.
    pub fn nan() -> Dec {
        Dec {
            neg: false,
            kind: Kind::NaN,
            coef: BigUint::zero(),
            exp: 0,
        }
    }

    pub fn is_special(&self) -> bool {
        self.kind != Kind::Finite
    }

    pub fn is_nan(&self) -> bool {
        matches!(self.kind, Kind::NaN | Kind::SNaN)
    }

    pub fn is_inf(&self) -> bool {
        self.kind == Kind::Inf
    }

    pub fn is_zero(&self) -> bool {
        self.kind == Kind::Finite && self.coef.is_zero()
    }

    pub fn digits(&self) -> i64 {
        ndigits(&self.coef)
    }

    pub fn adjusted(&self) -> i64 {
        if self.kind == Kind::Finite {
            self.exp + self.digits() - 1
        } else {
            0
        }
    }

    pub fn negated(&self) -> Dec {
        Dec {
            neg: !self.neg,
            ..self.clone()
        }
    }

    pub fn abs(&self) -> Dec {
        Dec {
            neg: false,
            ..self.clone()
        }
    }

    /// The signed coefficient.
    pub fn signed_coef(&self) -> BigInt {
        let c = BigInt::from(self.coef.clone());
        if self.neg { -c } else { c }
    }

    /// A NaN with its payload cut to what the context can hold (`_fix_nan`).
    pub fn fix_nan(&self, ctx: &Ctx) -> Dec {
        let max_len = ctx.prec - i64::from(ctx.clamp);
        if self.digits() > max_len && !self.coef.is_zero() {
            let coef = &self.coef % pow10(max_len.max(0) as u64);
            return Dec {
                coef,
                ..self.clone()
            };
        }
        self.clone()
    }

    /// The quiet form of a NaN (for sNaN operands of an operation).
    pub fn quieted(&self, ctx: &Ctx) -> Dec {
        Dec {
            kind: Kind::NaN,
            ..self.fix_nan(ctx)
        }
    }
}

/// Rounds `coef` to keep all but its last `drop` digits: the kept part and whether the dropped
/// part was nonzero; the kept part is already incremented where the mode says so.
pub fn round_coef(coef: &BigUint, drop: u64, neg: bool, round: Round) -> (BigUint, bool) {
    if drop == 0 {
        return (coef.clone(), false);
    }
    if let (Some(small), Some(power)) = (
        coef.to_u128(),
        u32::try_from(drop).ok().and_then(|d| 10u128.checked_pow(d)),
    ) {
        return round_small(small, power, neg, round);
    }
    let (q, r) = coef.div_rem(&pow10(drop));
    if r.is_zero() {
        return (q, false);
    }
    let half = pow10(drop - 1) * 5u32;
    let up = rounds_up(round, neg, r.cmp(&half), q.bit(0), || {
        (&q % 10u32).to_u32().unwrap_or(0)
    });
    (if up { q + 1u32 } else { q }, true)
}

/// Whether a coefficient cut short goes up one in the last kept digit:
/// `vs_half` compares the dropped part with half a unit, `odd` and
/// `last_digit` describe the kept part.
fn rounds_up(
    round: Round,
    neg: bool,
    vs_half: Ordering,
    odd: bool,
    last_digit: impl FnOnce() -> u32,
) -> bool {
    match round {
        Round::Down => false,
        Round::Up => true,
        Round::Ceiling => !neg,
        Round::Floor => neg,
        Round::HalfUp => vs_half != Ordering::Less,
        Round::HalfDown => vs_half == Ordering::Greater,
        Round::HalfEven => vs_half == Ordering::Greater || (vs_half == Ordering::Equal && odd),
        Round::Up05 => matches!(last_digit(), 0 | 5),
    }
}

/// `round_coef` for a coefficient that fits a u128, dropping the digits below `power` (a power of ten
/// above one): the usual case, done without allocating.
fn round_small(coef: u128, power: u128, neg: bool, round: Round) -> (BigUint, bool) {
    let (q, r) = (coef / power, coef % power);
    if r == 0 {
        return (BigUint::from(q), false);
    }
    let up = rounds_up(round, neg, r.cmp(&(power / 2)), q % 2 == 1, || {
        (q % 10) as u32
    });
    (BigUint::from(if up { q + 1 } else { q }), true)
}

/// The result of an Overflow condition for this sign and context.
pub fn overflow_result(neg: bool, ctx: &Ctx) -> Dec {
    let to_inf = match ctx.round {
        Round::HalfUp | Round::HalfEven | Round::HalfDown | Round::Up => true,
        Round::Ceiling => !neg,
        Round::Floor => neg,
        Round::Down | Round::Up05 => false,
    };
    if to_inf {
        Dec::inf(neg)
    } else {
        Dec::finite(neg, pow10(ctx.prec as u64) - 1u32, ctx.etop())
    }
}

/// Fits `d` to the context: rounding to precision, overflow, underflow and clamping (`_fix`).
pub fn fix(d: Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if d.is_nan() {
        return d.fix_nan(ctx);
    }
    if d.is_inf() {
        return d;
    }
    let etiny = ctx.etiny();
    let etop = ctx.etop();
    if d.coef.is_zero() {
        let exp_max = if ctx.clamp { etop } else { ctx.emax };
        let new_exp = d.exp.max(etiny).min(exp_max);
        if new_exp != d.exp {
            *st |= CLAMPED;
            return Dec::zero(d.neg, new_exp);
        }
        return d;
    }
    let len = d.digits();
    let mut exp_min = len + d.exp - ctx.prec;
    if exp_min > etop {
        *st |= OVERFLOW | INEXACT | ROUNDED;
        return overflow_result(d.neg, ctx);
    }
    let subnormal = exp_min < etiny;
    if subnormal {
        exp_min = etiny;
    }
    if d.exp < exp_min {
        let keep = len + d.exp - exp_min;
        let (mut coef, changed) = if keep < 0 {
            // Everything is dropped: only "nonzero below the last place" matters.
            let one = Dec::finite(d.neg, BigUint::from(1u32), exp_min - 1);
            round_coef(&one.coef, 1, d.neg, ctx.round)
        } else {
            round_coef(&d.coef, (len - keep) as u64, d.neg, ctx.round)
        };
        if ndigits(&coef) > ctx.prec {
            coef /= 10u32;
            exp_min += 1;
        }
        let ans = if exp_min > etop {
            *st |= OVERFLOW | INEXACT | ROUNDED;
            overflow_result(d.neg, ctx)
        } else {
            Dec::finite(d.neg, coef, exp_min)
        };
        if changed && subnormal {
            *st |= UNDERFLOW;
        }
        if subnormal {
            *st |= SUBNORMAL;
        }
        if changed {
            *st |= INEXACT;
        }
        *st |= ROUNDED;
        if ans.is_zero() {
            *st |= CLAMPED;
        }
        return ans;
    }
    if subnormal {
        *st |= SUBNORMAL;
    }
    if ctx.clamp && d.exp > etop {
        *st |= CLAMPED;
        let coef = d.coef * pow10((d.exp - etop) as u64);
        return Dec::finite(d.neg, coef, etop);
    }
    d
}

/// `d` at exponent `exp`, rounding with `round` if that drops digits (`_rescale`).
pub fn rescale(d: &Dec, exp: i64, round: Round) -> Dec {
    rescale_inexact(d, exp, round).0
}

/// `rescale`, and whether the digits it dropped were nonzero (the result differs from `d`).
pub fn rescale_inexact(d: &Dec, exp: i64, round: Round) -> (Dec, bool) {
    if d.is_special() {
        return (d.clone(), false);
    }
    if d.coef.is_zero() {
        return (Dec::zero(d.neg, exp), false);
    }
    if d.exp >= exp {
        return (
            Dec::finite(d.neg, &d.coef * pow10((d.exp - exp) as u64), exp),
            false,
        );
    }
    let keep = d.digits() + d.exp - exp;
    let (coef, changed) = if keep < 0 {
        round_coef(&BigUint::from(1u32), 1, d.neg, round)
    } else {
        round_coef(&d.coef, (d.exp - exp).unsigned_abs(), d.neg, round)
    };
    (Dec::finite(d.neg, coef, exp), changed)
}

/// Ordering of two non-NaN decimals by value (`_cmp`).
pub fn cmp(a: &Dec, b: &Dec) -> Ordering {
    if a.is_inf() || b.is_inf() {
        let rank = |d: &Dec| match (d.is_inf(), d.neg) {
            (true, false) => 1,
            (true, true) => -1,
            _ => 0,
        };
        let (ra, rb) = (rank(a), rank(b));
        if ra == rb {
            return Ordering::Equal;
        }
        if ra != 0 && rb != 0 {
            return ra.cmp(&rb);
        }
        // One finite operand: compare its sign against the infinity.
        return if ra != 0 { ra.cmp(&0) } else { 0.cmp(&rb) };
    }
    match (a.coef.is_zero(), b.coef.is_zero()) {
        (true, true) => return Ordering::Equal,
        (true, false) => {
            return if b.neg {
                Ordering::Greater
            } else {
                Ordering::Less
            };
        }
        (false, true) => {
            return if a.neg {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        _ => {}
    }
    if a.neg != b.neg {
        return if a.neg {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    }
    let (aa, ba) = (a.adjusted(), b.adjusted());
    let mag = if aa != ba {
        aa.cmp(&ba)
    } else if a.exp >= b.exp {
        (&a.coef * pow10((a.exp - b.exp) as u64)).cmp(&b.coef)
    } else {
        a.coef.cmp(&(&b.coef * pow10((b.exp - a.exp) as u64)))
    };
    if a.neg { mag.reverse() } else { mag }
}

/// Parses a decimal string (whitespace already stripped); `None` for a syntax error.
pub fn parse(s: &str) -> Option<Dec> {
    if let Some(d) = parse_plain(s) {
        return Some(d);
    }
    let bytes = s.as_bytes();
    let (neg, rest) = match bytes.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(Dec::inf(neg));
    }
    for (prefix, kind) in [("snan", Kind::SNaN), ("nan", Kind::NaN)] {
        if let Some(payload) = lower.strip_prefix(prefix) {
            if !payload.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let coef = if payload.is_empty() {
                BigUint::zero()
            } else {
                payload.parse::<BigUint>().ok()?
            };
            return Some(Dec {
                neg,
                kind,
                coef,
                exp: 0,
            });
        }
    }
    let (mantissa, exponent) = match lower.find('e') {
        Some(i) => (&lower[..i], Some(&lower[i + 1..])),
        None => (&lower[..], None),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    if !int_part
        .bytes()
        .chain(frac_part.bytes())
        .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut exp: BigInt = match exponent {
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            e.parse().ok()?
        }
        None => BigInt::zero(),
    };
    exp -= frac_part.len();
    let coef = if int_part.len() + frac_part.len() <= 19 {
        // Up to 19 digits fit a u64: the usual literal, parsed without a big-number conversion.
        let digits = int_part.bytes().chain(frac_part.bytes());
        BigUint::from(digits.fold(0u64, |acc, b| acc * 10 + u64::from(b - b'0')))
    } else {
        format!("{int_part}{frac_part}").parse().ok()?
    };
    // Exponents beyond any context saturate; `fix` then overflows or clamps them.
    let exp = exp.to_i64().unwrap_or(if exp.sign() == Sign::Minus {
        i64::MIN / 4
    } else {
        i64::MAX / 4
    });
    Some(Dec::finite(
        neg,
        coef,
        exp.clamp(i64::MIN / 4, i64::MAX / 4),
    ))
}

/// The usual literal, `[sign]digits[.digits]` with at most 19 digits, read in one pass; None for
/// anything else (which `parse` then reads in full).
fn parse_plain(s: &str) -> Option<Dec> {
    let (neg, body) = match s.as_bytes().first()? {
        b'-' => (true, &s.as_bytes()[1..]),
        b'+' => (false, &s.as_bytes()[1..]),
        _ => (false, s.as_bytes()),
    };
    let (mut coef, mut digits, mut frac_digits, mut seen_point) = (0u64, 0, 0i64, false);
    for &b in body {
        match b {
            b'0'..=b'9' if digits < 19 => {
                coef = coef * 10 + u64::from(b - b'0');
                digits += 1;
                frac_digits += i64::from(seen_point);
            }
            b'.' if !seen_point => seen_point = true,
            _ => return None,
        }
    }
    (digits > 0).then(|| Dec::finite(neg, BigUint::from(coef), -frac_digits))
}

/// Scientific (`eng == false`) or engineering string (`__str__` / `to_eng_string`).
pub fn to_string(d: &Dec, eng: bool, capitals: bool) -> String {
    let sign = if d.neg { "-" } else { "" };
    match d.kind {
        Kind::Inf => return format!("{sign}Infinity"),
        Kind::NaN | Kind::SNaN => {
            let name = if d.kind == Kind::NaN { "NaN" } else { "sNaN" };
            let payload = if d.coef.is_zero() {
                String::new()
            } else {
                d.coef.to_string()
            };
            return format!("{sign}{name}{payload}");
        }
        Kind::Finite => {}
    }
    let digits = d.coef.to_string();
    let n = digits.len() as i64;
    let leftdigits = d.exp + n;
    let dotplace = if d.exp <= 0 && leftdigits > -6 {
        leftdigits
    } else if !eng {
        1
    } else if d.coef.is_zero() {
        (leftdigits + 1).rem_euclid(3) - 1
    } else {
        (leftdigits - 1).rem_euclid(3) + 1
    };
    let (intpart, fracpart) = if dotplace <= 0 {
        (
            "0".to_string(),
            format!(".{}{digits}", "0".repeat((-dotplace) as usize)),
        )
    } else if dotplace >= n {
        (
            format!("{digits}{}", "0".repeat((dotplace - n) as usize)),
            String::new(),
        )
    } else {
        (
            digits[..dotplace as usize].to_string(),
            format!(".{}", &digits[dotplace as usize..]),
        )
    };
    let exp = if leftdigits == dotplace {
        String::new()
    } else {
        format!(
            "{}{:+}",
            if capitals { 'E' } else { 'e' },
            leftdigits - dotplace
        )
    };
    format!("{sign}{intpart}{fracpart}{exp}")
}

/// Exact decimal value of a float (`from_float`).
pub fn from_f64(f: f64) -> Dec {
    let neg = f.is_sign_negative();
    if f.is_nan() {
        return Dec { neg, ..Dec::nan() };
    }
    if f.is_infinite() {
        return Dec::inf(neg);
    }
    if f == 0.0 {
        return Dec::zero(neg, 0);
    }
    let bits = f.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut e) = if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), raw_exp - 1075)
    };
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    e += tz;
    if e >= 0 {
        Dec::finite(neg, BigUint::from(mant) << (e as u64), 0)
    } else {
        // m / 2**k == m * 5**k / 10**k
        let k = (-e) as u32;
        Dec::finite(
            neg,
            BigUint::from(mant) * BigUint::from(5u32).pow(k),
            -i64::from(k),
        )
    }
}

/// Removes trailing zeros of a finite coefficient while the exponent stays at most `max_exp`.
pub fn strip_zeros(d: &Dec, max_exp: i64) -> Dec {
    if d.coef.is_zero() || d.is_special() {
        return d.clone();
    }
    if let Some(mut small) = d.coef.to_u128() {
        let mut exp = d.exp;
        while exp < max_exp && small % 10 == 0 {
            small /= 10;
            exp += 1;
        }
        return Dec::finite(d.neg, BigUint::from(small), exp);
    }
    let mut coef = d.coef.clone();
    let mut exp = d.exp;
    let ten = BigUint::from(10u32);
    while exp < max_exp {
        let (q, r) = coef.div_rem(&ten);
        if !r.is_zero() {
            break;
        }
        coef = q;
        exp += 1;
    }
    Dec::finite(d.neg, coef, exp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_counts_at_every_power_of_ten() {
        let mut cases = vec![0u128, 1, 9, u128::MAX];
        for power in POW10_U128.iter().skip(1) {
            cases.extend([power - 1, *power, power + 1]);
        }
        for v in cases {
            assert_eq!(digits_u128(v), v.to_string().len() as i64, "{v}");
            assert_eq!(
                ndigits(&BigUint::from(v)),
                v.to_string().len() as i64,
                "{v}"
            );
        }
        let big = BigUint::from(u128::MAX) * 1000u32;
        assert_eq!(ndigits(&big), big.to_string().len() as i64);
    }

    fn ctx(prec: i64, round: Round) -> Ctx {
        Ctx {
            prec,
            round,
            emax: 99,
            emin: -99,
            capitals: true,
            clamp: false,
            flags: 0,
            traps: 0,
        }
    }

    fn text(s: &str) -> String {
        to_string(&parse(s).expect("valid decimal"), false, true)
    }

    #[test]
    fn strings_round_trip_in_scientific_form() {
        assert_eq!(text("1.50"), "1.50");
        assert_eq!(text("-0.000"), "-0.000");
        assert_eq!(text("123e5"), "1.23E+7");
        assert_eq!(text("1e-7"), "1E-7");
        assert_eq!(text("0.000001"), "0.000001");
        assert_eq!(text("-Inf"), "-Infinity");
        assert_eq!(text("sNaN007"), "sNaN7");
        assert!(parse("1.2.3").is_none());
        assert!(parse("e5").is_none());
        assert!(parse(".").is_none());
    }

    #[test]
    fn engineering_exponents_are_multiples_of_three() {
        let eng = |s: &str| to_string(&parse(s).expect("valid decimal"), true, true);
        assert_eq!(eng("1.2e5"), "120E+3");
        assert_eq!(eng("0e-8"), "0.00E-6");
        assert_eq!(eng("1e-7"), "100E-9");
    }

    #[test]
    fn fix_rounds_to_precision_with_flags() {
        let mut st = 0;
        let d = fix(
            parse("1.2345").expect("valid"),
            &ctx(3, Round::HalfEven),
            &mut st,
        );
        assert_eq!(to_string(&d, false, true), "1.23");
        assert_eq!(st, INEXACT | ROUNDED);
        let mut st = 0;
        let d = fix(
            parse("9.995").expect("valid"),
            &ctx(3, Round::HalfUp),
            &mut st,
        );
        assert_eq!(to_string(&d, false, true), "10.0");
        let mut st = 0;
        let d = fix(
            parse("1e200").expect("valid"),
            &ctx(3, Round::Down),
            &mut st,
        );
        assert_eq!(to_string(&d, false, true), "9.99E+99");
        assert_eq!(st, OVERFLOW | INEXACT | ROUNDED);
        let mut st = 0;
        let d = fix(
            parse("1.5e-101").expect("valid"),
            &ctx(3, Round::HalfEven),
            &mut st,
        );
        assert_eq!(to_string(&d, false, true), "2E-101");
        assert_eq!(st, UNDERFLOW | SUBNORMAL | INEXACT | ROUNDED);
    }

    #[test]
    fn rounding_modes_on_a_tie() {
        let want = [
            (Round::Up, "3"),
            (Round::Down, "2"),
            (Round::Ceiling, "3"),
            (Round::Floor, "2"),
            (Round::HalfUp, "3"),
            (Round::HalfDown, "2"),
            (Round::HalfEven, "2"),
            (Round::Up05, "2"),
        ];
        for (round, expected) in want {
            let d = rescale(&parse("2.5").expect("valid"), 0, round);
            assert_eq!(to_string(&d, false, true), expected, "{round:?}");
        }
    }

    #[test]
    fn floats_convert_exactly() {
        assert_eq!(to_string(&from_f64(0.5), false, true), "0.5");
        assert_eq!(
            to_string(&from_f64(0.1), false, true),
            "0.1000000000000000055511151231257827021181583404541015625"
        );
        assert_eq!(to_string(&from_f64(-0.0), false, true), "-0");
        assert_eq!(
            to_string(&from_f64(1e22), false, true),
            "10000000000000000000000"
        );
    }

    #[test]
    fn comparison_ignores_representation() {
        let d = |s: &str| parse(s).expect("valid");
        assert_eq!(cmp(&d("1.0"), &d("1")), Ordering::Equal);
        assert_eq!(cmp(&d("-0"), &d("0")), Ordering::Equal);
        assert_eq!(cmp(&d("-Inf"), &d("-1e999")), Ordering::Less);
        assert_eq!(cmp(&d("0.99"), &d("1")), Ordering::Less);
    }
}
