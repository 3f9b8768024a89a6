//! The format mini-language (`format(x, spec)` for int, float and str) and `%`-formatting of str; mirrors Python/formatter_unicode.c and the `%` part of Objects/unicodeobject.c.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::core::Value;
use crate::err::{PyResult, type_error, value_error};
use crate::int::as_int;
use crate::protocol;
use crate::str::PyStr;
use crate::tuple::Tuple;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub frac_grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

/// Parses `spec` for a value of type `type_name` (named in the error) whose
/// presentation type defaults to `default_kind`.
pub fn parse_spec(spec: &str, type_name: &str, default_kind: Option<char>) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.no_neg_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        s.width = Some(
            w.parse()
                .map_err(|_| value_error("Too many decimal digits in format string"))?,
        );
    }
    let both = || value_error("Cannot specify both ',' and '_'.");
    if chars.get(i) == Some(&',') {
        s.grouping = Some(',');
        i += 1;
    }
    if chars.get(i) == Some(&'_') {
        if s.grouping.is_some() {
            return Err(both());
        }
        s.grouping = Some('_');
        i += 1;
    }
    if chars.get(i) == Some(&',') && s.grouping == Some('_') {
        return Err(both());
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i > start {
            let p: String = chars[start..i].iter().collect();
            s.precision = Some(
                p.parse()
                    .map_err(|_| value_error("Too many decimal digits in format string"))?,
            );
        }
        if chars.get(i) == Some(&',') {
            s.frac_grouping = Some(',');
            i += 1;
        }
        if chars.get(i) == Some(&'_') {
            if s.frac_grouping.is_some() {
                return Err(both());
            }
            s.frac_grouping = Some('_');
            i += 1;
        }
        if chars.get(i) == Some(&',') && s.frac_grouping == Some('_') {
            return Err(both());
        }
        if i == start {
            return Err(value_error("Format specifier missing precision"));
        }
    }
    if i < chars.len() {
        s.kind = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if let Some(sep) = s.grouping {
        match s.kind.or(default_kind) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(k) => return Err(invalid_separator(sep, k)),
        }
    }
    Ok(s)
}

/// CPython's `invalid_thousands_separator_type`.
fn invalid_separator(sep: char, kind: char) -> crate::err::PyErr {
    let code = if (33..128).contains(&u32::from(kind)) {
        kind.to_string()
    } else {
        format!("\\x{:x}", u32::from(kind))
    };
    value_error(format!("Cannot specify '{sep}' with '{code}'."))
}

/// CPython's `unknown_presentation_type`.
fn unknown_code(kind: char, type_name: &str) -> crate::err::PyErr {
    let code = if (' '..'\u{80}').contains(&kind) && kind != ' ' {
        kind.to_string()
    } else {
        format!("\\x{:x}", u32::from(kind))
    };
    value_error(format!(
        "Unknown format code '{code}' for object of type '{type_name}'"
    ))
}

/// Pads `body` (already signed) to the spec's width.
fn pad(s: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let fill = s.fill.unwrap_or(if s.zero { '0' } else { ' ' });
    // A `0` flag means `=` alignment only where the default is right alignment (numbers).
    let align = s
        .align
        .unwrap_or(if s.zero && s.fill.is_none() && default_align == '>' {
            '='
        } else {
            default_align
        });
    let len = sign.chars().count() + body.chars().count();
    let width = s.width.unwrap_or(0);
    if len >= width {
        return format!("{sign}{body}");
    }
    let n = width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

/// Whether padding goes between the sign and the digits as zeros, so that
/// grouping separators continue into it (a `0` fill with `=` alignment,
/// which the `0` flag implies).
fn zero_padded(s: &Spec) -> bool {
    let fill = s.fill.unwrap_or(if s.zero { '0' } else { ' ' });
    let align = s
        .align
        .unwrap_or(if s.zero && s.fill.is_none() { '=' } else { '>' });
    fill == '0' && align == '='
}

/// Inserts a separator every `every` digits from the right of `digits`.
fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

/// Grouping with zero padding: CPython pads the digits with zeros (and
/// separators) up to the width.
fn group_zero_padded(digits: &str, sep: char, every: usize, min_width: usize) -> String {
    let mut d = digits.to_string();
    loop {
        let g = group(&d, sep, every);
        if g.chars().count() >= min_width {
            return g;
        }
        d.insert(0, '0');
    }
}

fn sign_str(negative: bool, s: &Spec) -> &'static str {
    if negative {
        "-"
    } else {
        match s.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// The one argument of a `T.__format__(spec)` method, which must be a str.
pub fn spec_arg<'a>(args: &crate::args::Args<'a>, qualname: &str) -> PyResult<&'a PyStr> {
    let spec = args.range(qualname, "__format__", 1, 1)?;
    spec[0].downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            protocol::type_name(&spec[0])
        ))
    })
}

/// `format(int, spec)`.
pub fn format_int(v: &Value, spec: &str) -> PyResult {
    let iv = as_int(v).expect("int");
    if spec.is_empty() {
        return protocol::str(v);
    }
    let s = parse_spec(spec, &protocol::type_name(v), Some('d'))?;
    let kind = s.kind.unwrap_or('d');
    if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = crate::int::to_f64(&iv)?;
        return format_float(f, spec, v);
    }
    // `format_long_internal`'s order: the type, precision, 'z', then 'c' rules.
    if !matches!(kind, 'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') {
        return Err(unknown_code(kind, &protocol::type_name(v)));
    }
    if s.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let big: BigInt = iv.to_bigint().into_owned();
    let negative = big.is_negative();
    let mag = big.abs();
    let (digits, prefix, every) = match kind {
        'd' | 'n' => {
            crate::int::check_str_digits(&mag)?;
            (mag.to_string(), "", 3)
        }
        'b' => (mag.to_str_radix(2), "0b", 4),
        'o' => (mag.to_str_radix(8), "0o", 4),
        'x' => (mag.to_str_radix(16), "0x", 4),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X", 4),
        'c' => {
            if s.sign.is_some() {
                return Err(value_error(
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            if s.alternate {
                return Err(value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let c = iv
                .to_i64()
                .filter(|c| i32::try_from(*c).is_ok())
                .ok_or_else(|| {
                    crate::err::overflow_error("Python int too large to convert to C long")
                })?;
            if !(0..0x110000).contains(&c) {
                return Err(crate::err::overflow_error("%c arg not in range(0x110000)"));
            }
            let ch = char::from_u32(c as u32).unwrap_or('\u{fffd}');
            return Ok(PyStr::new(&pad(&s, "", &ch.to_string(), '<')));
        }
        k => return Err(unknown_code(k, &protocol::type_name(v))),
    };
    let sign = sign_str(negative, &s);
    let prefix = if s.alternate { prefix } else { "" };
    let zero_fill = zero_padded(&s);
    let body = match s.grouping {
        Some(sep) if zero_fill => {
            let min = s
                .width
                .unwrap_or(0)
                .saturating_sub(sign.len() + prefix.len());
            group_zero_padded(&digits, sep, every, min)
        }
        Some(sep) => group(&digits, sep, every),
        None => digits,
    };
    Ok(PyStr::new(&pad(&s, &format!("{sign}{prefix}"), &body, '>')))
}

/// Formats `f` with `%`-style `kind` and precision, without sign handling.
fn float_body(f: f64, kind: char, precision: usize, alternate: bool) -> String {
    float_body_with(f, kind, precision, alternate, false)
}

/// `float_body`; `add_dot_0` is `Py_DTSF_ADD_DOT_0`, under which 'g' turns
/// to exponent form one digit earlier (`format_float_short`).
fn float_body_with(
    f: f64,
    kind: char,
    precision: usize,
    alternate: bool,
    add_dot_0: bool,
) -> String {
    let a = f.abs();
    if a.is_nan() {
        return if kind.is_ascii_uppercase() {
            "NAN".into()
        } else {
            "nan".into()
        };
    }
    if a.is_infinite() {
        return if kind.is_ascii_uppercase() {
            "INF".into()
        } else {
            "inf".into()
        };
    }
    match kind {
        'f' | 'F' | '%' => {
            let s = format!("{a:.precision$}");
            if alternate && precision == 0 {
                format!("{s}.")
            } else {
                s
            }
        }
        'e' | 'E' => {
            let s = format!("{a:.precision$e}");
            let (m, e) = s.split_once('e').expect("exponent");
            let e: i32 = e.parse().expect("exponent");
            let m = if alternate && precision == 0 {
                format!("{m}.")
            } else {
                m.to_string()
            };
            let out = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
            if kind == 'E' { out.to_uppercase() } else { out }
        }
        _ => {
            // 'g' / 'G': precision significant digits, exponent form when
            // the exponent is < -4 or >= precision.
            let p = precision.max(1);
            let s = format!("{a:.prec$e}", prec = p - 1);
            let (m, e) = s.split_once('e').expect("exponent");
            let exp: i32 = e.parse().expect("exponent");
            let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
            let out = if exp < -4 || exp >= limit {
                let m = if alternate && !m.contains('.') {
                    format!("{m}.")
                } else if alternate {
                    m.to_string()
                } else {
                    strip_zeros(m)
                };
                format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
            } else {
                let decimals = (p as i32 - 1 - exp).max(0) as usize;
                let fixed = format!("{a:.decimals$}");
                if alternate {
                    if fixed.contains('.') {
                        fixed
                    } else {
                        format!("{fixed}.")
                    }
                } else {
                    strip_zeros(&fixed)
                }
            };
            if kind == 'G' { out.to_uppercase() } else { out }
        }
    }
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// `format(float, spec)`.
pub fn format_float(f: f64, spec: &str, v: &Value) -> PyResult {
    if spec.is_empty() {
        return protocol::str(v);
    }
    let s = parse_spec(spec, &protocol::type_name(v), None)?;
    let kind = s.kind;
    let mut body = match kind {
        None => match s.precision {
            None => {
                let r = crate::float::repr_f64(f.abs());
                if s.alternate && f.is_finite() && !r.contains('.') {
                    match r.find('e') {
                        Some(e) => format!("{}.{}", &r[..e], &r[e..]),
                        None => format!("{r}."),
                    }
                } else {
                    r
                }
            }
            Some(p) => {
                let b = float_body_with(f, 'g', p, s.alternate, true);
                if b.contains(['.', 'e', 'n', 'i']) {
                    b
                } else {
                    format!("{b}.0")
                }
            }
        },
        Some(k @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => {
            float_body(f, k, s.precision.unwrap_or(6), s.alternate)
        }
        Some('n') => float_body(f, 'g', s.precision.unwrap_or(6), s.alternate),
        Some('%') => format!(
            "{}%",
            float_body(f * 100.0, 'f', s.precision.unwrap_or(6), s.alternate)
        ),
        Some(k) => return Err(unknown_code(k, &protocol::type_name(v))),
    };
    if let (Some(sep), Some('n')) = (s.frac_grouping, kind) {
        return Err(invalid_separator(sep, 'n'));
    }
    if let Some(sep) = s.frac_grouping {
        body = group_fraction(&body, sep);
    }
    let mut negative = f.is_sign_negative() && !f.is_nan();
    // 'z': a result that rounds to zero loses its minus sign.
    if s.no_neg_zero
        && negative
        && f.is_finite()
        && !body.contains(|c: char| c.is_ascii_digit() && c != '0')
    {
        negative = false;
    }
    if let Some(sep) = s.grouping.filter(|_| f.is_finite()) {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => body.split_at(i),
            None => (body.as_str(), ""),
        };
        let zero_fill = zero_padded(&s);
        let sign_len = sign_str(negative, &s).len();
        let grouped = if zero_fill {
            let min = s
                .width
                .unwrap_or(0)
                .saturating_sub(sign_len + rest.chars().count());
            group_zero_padded(int_part, sep, 3, min)
        } else {
            group(int_part, sep, 3)
        };
        body = format!("{grouped}{rest}");
    }
    let sign = sign_str(negative, &s);
    Ok(PyStr::new(&pad(&s, sign, &body, '>')))
}

/// Inserts a separator every 3 digits after the decimal point, from the left.
fn group_fraction(body: &str, sep: char) -> String {
    let Some(point) = body.find('.') else {
        return body.to_string();
    };
    let (head, tail) = body.split_at(point + 1);
    let digits = tail
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(tail.len());
    let mut out = head.to_string();
    for (i, c) in tail[..digits].chars().enumerate() {
        if i > 0 && i % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out.push_str(&tail[digits..]);
    out
}

/// A complex part's digits and sign (`-` or the spec's sign), grouped as the
/// spec asks.
fn complex_part(f: f64, kind: char, precision: usize, s: &Spec) -> (&'static str, String) {
    let mut body = if kind == 'r' {
        let r = crate::float::repr_f64(f.abs());
        let r = r.strip_suffix(".0").map(str::to_string).unwrap_or(r);
        if s.alternate && f.is_finite() && !r.contains('.') {
            match r.find('e') {
                Some(e) => format!("{}.{}", &r[..e], &r[e..]),
                None => format!("{r}."),
            }
        } else {
            r
        }
    } else {
        float_body(f, kind, precision, s.alternate)
    };
    if let Some(sep) = s.frac_grouping {
        body = group_fraction(&body, sep);
    }
    let mut negative = f.is_sign_negative() && !f.is_nan();
    if s.no_neg_zero && negative && !body.contains(|c: char| c.is_ascii_digit() && c != '0') {
        negative = false;
    }
    if let Some(sep) = s.grouping.filter(|_| f.is_finite()) {
        let split = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        body = format!("{}{}", group(&body[..split], sep, 3), &body[split..]);
    }
    (sign_str(negative, s), body)
}

/// `format(complex, spec)`: mirrors `format_complex_internal` (no zero
/// padding or `=` alignment; without a type, `repr`-like with parentheses
/// unless the real part is +0).
pub fn format_complex(re: f64, im: f64, spec: &str, v: &Value) -> PyResult {
    if spec.is_empty() {
        return protocol::str(v);
    }
    let type_name = protocol::type_name(v);
    let s = parse_spec(spec, &type_name, None)?;
    if let Some(k) = s
        .kind
        .filter(|k| !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n'))
    {
        return Err(unknown_code(k, &type_name));
    }
    if s.zero && s.fill.is_none() || s.fill == Some('0') && s.align.is_some() {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (mut kind, mut precision) = (s.kind.unwrap_or('r'), s.precision.unwrap_or(6));
    let (mut skip_re, mut parens) = (false, false);
    if s.kind.is_none() {
        precision = 0;
        skip_re = re == 0.0 && re.is_sign_positive();
        parens = !skip_re;
    }
    if kind == 'n' {
        kind = 'g';
    }
    if let Some(p) = s.precision {
        precision = p;
        if kind == 'r' {
            kind = 'g';
        }
    }
    let (re_sign, re_body) = complex_part(re, kind, precision, &s);
    let (mut im_sign, im_body) = complex_part(im, kind, precision, &s);
    // With the real part shown the imaginary part always carries its sign.
    if !skip_re && matches!(im_sign, "" | " ") {
        im_sign = "+";
    }
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(re_sign);
        body.push_str(&re_body);
    }
    body.push_str(im_sign);
    body.push_str(&im_body);
    body.push('j');
    if parens {
        body.push(')');
    }
    let layout = Spec { zero: false, ..s };
    Ok(PyStr::new(&pad(&layout, "", &body, '>')))
}

/// `format(str, spec)`.
pub fn format_str(v: &Value, spec: &str) -> PyResult {
    let text = protocol::str_lossy(v);
    if spec.is_empty() {
        return protocol::str(v);
    }
    let s = parse_spec(spec, &protocol::type_name(v), Some('s'))?;
    if let Some(k) = s.kind.filter(|&k| k != 's') {
        return Err(unknown_code(k, &protocol::type_name(v)));
    }
    match s.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if s.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if s.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text,
    };
    Ok(PyStr::new(&pad(&s, "", &body, '<')))
}

/// `format(value, spec)` through `__format__`.
pub fn format(value: &Value, spec: &Value) -> PyResult {
    let r = match protocol::call_dunder(value, "__format__", std::slice::from_ref(spec))? {
        Some(r) => r,
        None => return Err(type_error("object has no __format__")),
    };
    if r.downcast::<PyStr>().is_none() {
        return Err(type_error(format!(
            "__format__ must return a str, not {}",
            protocol::type_name(&r)
        )));
    }
    Ok(r)
}

/// `str % args`.
pub fn percent_format_str(fmt: &Value, args: &Value) -> PyResult {
    let text: Vec<char> = protocol::str_lossy(fmt).chars().collect();
    Ok(PyStr::new(&percent_format(&text, args, false)?))
}

/// `bytes % args`: the same engine over Latin-1 text, with `%s`/`%b` taking
/// bytes-like objects and `%c` a byte.
pub fn percent_format_bytes(fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: Vec<char> = fmt.iter().map(|&b| char::from(b)).collect();
    let out = percent_format(&text, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// A `%b`/`%s` argument of bytes formatting, as Latin-1 text.
fn percent_bytes_arg(arg: &Value) -> PyResult<String> {
    let data = match crate::bytes::as_bytes_like(arg) {
        Some(b) => b,
        None => match protocol::call_dunder(arg, "__bytes__", &[])? {
            Some(b) if arg.downcast::<PyStr>().is_none() => crate::bytes::bytes_from_object(&b)?,
            _ => {
                return Err(type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    protocol::type_name(arg)
                )));
            }
        },
    };
    Ok(data.iter().map(|&b| char::from(b)).collect())
}

/// `%c` of bytes formatting.
fn percent_byte_char(arg: &Value) -> PyResult<String> {
    let err = |what: String| {
        type_error(format!(
            "%c requires an integer in range(256) or a single byte, not {what}"
        ))
    };
    if let Some(b) = crate::bytes::as_bytes_like(arg) {
        return if b.len() == 1 {
            Ok(char::from(b[0]).to_string())
        } else {
            Err(err(format!(
                "a {} object of length {}",
                protocol::type_name(arg),
                b.len()
            )))
        };
    }
    if !crate::int::is_int(arg) {
        return Err(err(protocol::type_name(arg)));
    }
    match crate::int::to_i64(arg) {
        Some(n) if (0..256).contains(&n) => Ok(char::from(n as u8).to_string()),
        _ => Err(crate::err::overflow_error("%c arg not in range(256)")),
    }
}

fn percent_format(text: &[char], args: &Value, bytes_mode: bool) -> PyResult<String> {
    let (items, mapping): (Vec<Value>, Option<Value>) = if let Some(t) = args.downcast::<Tuple>() {
        (t.to_vec(), None)
    } else if args.type_obj().payload().slots.getitem.get().is_some()
        && args.downcast::<PyStr>().is_none()
        && args.downcast::<crate::bytes::Bytes>().is_none()
    {
        (vec![args.clone()], Some(args.clone()))
    } else {
        (vec![args.clone()], None)
    };
    let mut out = String::new();
    let mut next = 0usize;
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= text.len() {
            return Err(value_error("incomplete format"));
        }
        if text[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        let mut key: Option<String> = None;
        if text[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < text.len() && depth > 0 {
                match text[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            key = Some(text[start..i - 1].iter().collect());
        }
        let mut flags = String::new();
        while i < text.len() && matches!(text[i], '-' | '+' | ' ' | '#' | '0') {
            flags.push(text[i]);
            i += 1;
        }
        let take_arg = |next: &mut usize| -> PyResult<Value> {
            if let Some(k) = &key {
                let Some(m) = &mapping else {
                    return Err(type_error("format requires a mapping"));
                };
                let key = if bytes_mode {
                    crate::bytes::new(k.chars().map(|c| c as u32 as u8).collect())
                } else {
                    PyStr::new(k)
                };
                return protocol::getitem(m, &key);
            }
            let v = items
                .get(*next)
                .cloned()
                .ok_or_else(|| type_error("not enough arguments for format string"))?;
            *next += 1;
            Ok(v)
        };
        let mut width: Option<usize> = None;
        if i < text.len() && text[i] == '*' {
            let w = take_arg(&mut next)?;
            let w = star_arg(&w, "Python int too large to convert to C ssize_t")?;
            if w < 0 {
                flags.push('-');
            }
            width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let start = i;
            while i < text.len() && text[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                width = Some(
                    text[start..i]
                        .iter()
                        .collect::<String>()
                        .parse()
                        .unwrap_or(0),
                );
            }
        }
        let mut precision: Option<usize> = None;
        if i < text.len() && text[i] == '.' {
            i += 1;
            if i < text.len() && text[i] == '*' {
                let p = take_arg(&mut next)?;
                precision =
                    Some(star_arg(&p, "Python int too large to convert to C int")?.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while i < text.len() && text[i].is_ascii_digit() {
                    i += 1;
                }
                precision = Some(
                    text[start..i]
                        .iter()
                        .collect::<String>()
                        .parse()
                        .unwrap_or(0),
                );
            }
        }
        while i < text.len() && matches!(text[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= text.len() {
            return Err(value_error("incomplete format"));
        }
        let conv = text[i];
        i += 1;
        let arg = take_arg(&mut next)?;
        let left = flags.contains('-');
        let zero = flags.contains('0') && !left;
        let plus = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let (sign, body, numeric) = match conv {
            's' | 'b' if bytes_mode => (String::new(), percent_bytes_arg(&arg)?, false),
            'r' | 'a' if bytes_mode => (String::new(), crate::str_methods::ascii_of(&arg)?, false),
            'c' if bytes_mode => (String::new(), percent_byte_char(&arg)?, false),
            's' => ("".to_string(), protocol::str_string(&arg)?, false),
            'r' => ("".to_string(), protocol::repr_string(&arg)?, false),
            'a' => ("".to_string(), crate::str_methods::ascii_of(&arg)?, false),
            'c' => {
                let c = if let Some(s) = arg.downcast::<PyStr>() {
                    if s.len() != 1 {
                        return Err(type_error(
                            "%c requires an int or a unicode character, not a string of length "
                                .to_string()
                                + &s.len().to_string(),
                        ));
                    }
                    char::from_u32(s.char_at(0)).unwrap_or('\u{fffd}')
                } else {
                    let n = crate::int::to_i64(&protocol::index(&arg).map_err(|_| {
                        type_error(format!(
                            "%c requires an int or a unicode character, not {}",
                            protocol::type_name(&arg)
                        ))
                    })?)
                    .filter(|n| (0..0x110000).contains(n))
                    .ok_or_else(|| crate::err::overflow_error("%c arg not in range(0x110000)"))?;
                    char::from_u32(n as u32).unwrap_or('\u{fffd}')
                };
                ("".to_string(), c.to_string(), false)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = percent_int_arg(&arg, conv)?;
                let negative = n.is_negative();
                let mag = n.abs();
                let mut digits = match conv {
                    'x' => mag.to_str_radix(16),
                    'X' => mag.to_str_radix(16).to_uppercase(),
                    'o' => mag.to_str_radix(8),
                    _ => {
                        crate::int::check_str_digits(&mag)?;
                        mag.to_string()
                    }
                };
                if let Some(p) = precision
                    && digits.len() < p
                {
                    digits = "0".repeat(p - digits.len()) + &digits;
                }
                let prefix = if flags.contains('#') {
                    match conv {
                        'x' => "0x",
                        'X' => "0X",
                        'o' => "0o",
                        _ => "",
                    }
                } else {
                    ""
                };
                (
                    format!("{}{prefix}", if negative { "-" } else { plus }),
                    digits,
                    true,
                )
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = crate::float::float_of(&arg).map_err(|e| {
                    if !e.matches(&crate::exceptions::TYPE_ERROR) {
                        return e;
                    }
                    let what = if bytes_mode {
                        "float argument required"
                    } else {
                        "must be real number"
                    };
                    type_error(format!("{what}, not {}", protocol::type_name(&arg)))
                })?;
                let body = float_body(f, conv, precision.unwrap_or(6), flags.contains('#'));
                let negative = f.is_sign_negative() && !f.is_nan();
                ((if negative { "-" } else { plus }).to_string(), body, true)
            }
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index {}",
                    other as u32,
                    i - 1
                )));
            }
        };
        let body = match (conv, precision) {
            ('s' | 'r' | 'a', Some(p)) => body.chars().take(p).collect(),
            _ => body,
        };
        let len = sign.chars().count() + body.chars().count();
        let w = width.unwrap_or(0);
        if len >= w {
            out.push_str(&sign);
            out.push_str(&body);
        } else if left {
            out.push_str(&sign);
            out.push_str(&body);
            out.push_str(&" ".repeat(w - len));
        } else if zero && numeric {
            out.push_str(&sign);
            out.push_str(&"0".repeat(w - len));
            out.push_str(&body);
        } else {
            out.push_str(&" ".repeat(w - len));
            out.push_str(&sign);
            out.push_str(&body);
        }
    }
    if mapping.is_none() && next < items.len() {
        return Err(type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

/// A `*` width or precision: an int that fits in 32 bits.
fn star_arg(v: &Value, overflow: &str) -> PyResult<i64> {
    if !crate::int::is_int(v) {
        return Err(type_error("* wants int"));
    }
    crate::int::to_i64(v)
        .filter(|n| i32::try_from(*n).is_ok())
        .ok_or_else(|| crate::err::overflow_error(overflow))
}

fn percent_int_arg(arg: &Value, conv: char) -> PyResult<BigInt> {
    if let Some(i) = as_int(arg) {
        return Ok(i.to_bigint().into_owned());
    }
    if matches!(conv, 'd' | 'i' | 'u')
        && let Some(f) = crate::float::as_f64(arg)
    {
        let v = crate::float::float_to_int(f)?;
        return Ok(as_int(&v).expect("int").to_bigint().into_owned());
    }
    if protocol::has_index(arg) {
        let v = protocol::index(arg)?;
        return Ok(as_int(&v).map_or_else(BigInt::zero, |i| i.to_bigint().into_owned()));
    }
    // `int()` also parses text, which `%d` does not accept.
    let is_text = arg.downcast::<PyStr>().is_some() || crate::bytes::as_bytes_like(arg).is_some();
    if matches!(conv, 'd' | 'i' | 'u') {
        if !is_text && let Ok(v) = crate::int::number_to_int(arg) {
            return Ok(as_int(&v).map_or_else(BigInt::zero, |i| i.to_bigint().into_owned()));
        }
        return Err(type_error(format!(
            "%{conv} format: a real number is required, not {}",
            protocol::type_name(arg)
        )));
    }
    Err(type_error(format!(
        "%{conv} format: an integer is required, not {}",
        protocol::type_name(arg)
    )))
}
