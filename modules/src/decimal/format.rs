//! `Decimal.__format__`: the format-spec mini-language for decimals (fill, align, sign, `z`, `#`,
//! zero padding, width, grouping, precision and the e/f/g/n/% types); follows Lib/_pydecimal.py's
//! `__format__`, `_parse_format_specifier` and `_format_number`.

use ouro_objects::err::{PyResult, value_error};
use ouro_objects::{Value, int, protocol};

use super::number::{Ctx, Dec, Round, rescale, to_string};

struct Spec {
    fill: char,
    align: char,
    sign: char,
    no_neg_0: bool,
    alt: bool,
    zeropad: bool,
    width: usize,
    thousands_sep: String,
    precision: Option<i64>,
    ty: Option<char>,
    grouping: Vec<i64>,
    decimal_point: String,
}

fn parse_spec(spec: &str, override_: Option<&Value>) -> PyResult<Spec> {
    let invalid = || value_error(format!("Invalid format specifier: {spec}"));
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let (mut fill, mut align) = (None, None);
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        fill = Some(chars[0]);
        align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        align = Some(chars[0]);
        i = 1;
    }
    let mut sign = '-';
    if i < chars.len() && matches!(chars[i], '-' | '+' | ' ') {
        sign = chars[i];
        i += 1;
    }
    let take = |c: char, i: &mut usize| {
        if *i < chars.len() && chars[*i] == c {
            *i += 1;
            true
        } else {
            false
        }
    };
    let no_neg_0 = take('z', &mut i);
    let alt = take('#', &mut i);
    let zeropad = take('0', &mut i);
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    let width: usize = if i > start {
        chars[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .map_err(|_| invalid())?
    } else {
        0
    };
    let mut thousands_sep = None;
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        thousands_sep = Some(chars[i].to_string());
        i += 1;
    }
    let mut precision = None;
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(invalid());
        }
        precision = Some(
            chars[start..i]
                .iter()
                .collect::<String>()
                .parse::<i64>()
                .map_err(|_| invalid())?,
        );
    }
    let mut ty = None;
    if i < chars.len() && "eEfFgGn%".contains(chars[i]) {
        ty = Some(chars[i]);
        i += 1;
    }
    if i != chars.len() {
        return Err(invalid());
    }
    if zeropad && fill.is_some() {
        return Err(value_error(format!(
            "Fill character conflicts with '0' in format specifier: {spec}"
        )));
    }
    if zeropad && align.is_some() {
        return Err(value_error(format!(
            "Alignment conflicts with '0' in format specifier: {spec}"
        )));
    }
    if precision == Some(0) && ty.is_none_or(|t| "gGn".contains(t)) {
        precision = Some(1);
    }
    let mut out = Spec {
        fill: fill.unwrap_or(' '),
        align: align.unwrap_or('>'),
        sign,
        no_neg_0,
        alt,
        zeropad,
        width,
        thousands_sep: thousands_sep.clone().unwrap_or_default(),
        precision,
        ty,
        grouping: vec![3, 0],
        decimal_point: ".".to_string(),
    };
    if ty == Some('n') {
        if thousands_sep.is_some() {
            return Err(value_error(format!(
                "Explicit thousands separator conflicts with 'n' type in format specifier: {spec}"
            )));
        }
        out.ty = Some('g');
        out.thousands_sep = String::new();
        out.grouping = Vec::new();
        if let Some(conv) = override_ {
            let get = |k: &str| protocol::getitem(conv, &ouro_objects::str::PyStr::new(k));
            out.thousands_sep = protocol::str_lossy(&get("thousands_sep")?);
            out.decimal_point = protocol::str_lossy(&get("decimal_point")?);
            out.grouping = protocol::collect(&get("grouping")?)?
                .iter()
                .filter_map(int::to_i64)
                .collect();
        }
    }
    Ok(out)
}

fn format_sign(neg: bool, spec: &Spec) -> String {
    if neg {
        "-".to_string()
    } else if spec.sign == '+' || spec.sign == ' ' {
        spec.sign.to_string()
    } else {
        String::new()
    }
}

fn align(sign: &str, body: &str, spec: &Spec) -> String {
    let used = sign.chars().count() + body.chars().count();
    let pad: String = std::iter::repeat_n(spec.fill, spec.width.saturating_sub(used)).collect();
    match spec.align {
        '<' => format!("{sign}{body}{pad}"),
        '=' => format!("{sign}{pad}{body}"),
        '^' => {
            let half = pad.chars().count() / 2;
            let left: String = pad.chars().take(half).collect();
            let right: String = pad.chars().skip(half).collect();
            format!("{left}{sign}{body}{right}")
        }
        _ => format!("{pad}{sign}{body}"),
    }
}

/// The group lengths, the last repeated forever when the list ends in 0 (`_group_lengths`).
fn group_lengths(grouping: &[i64]) -> Box<dyn Iterator<Item = i64> + '_> {
    match grouping {
        [] => Box::new(std::iter::empty()),
        [.., prev, 0] => Box::new(
            grouping[..grouping.len() - 1]
                .iter()
                .copied()
                .chain(std::iter::repeat(*prev)),
        ),
        _ => Box::new(grouping[..grouping.len() - 1].iter().copied()),
    }
}

fn insert_thousands_sep(digits: &str, spec: &Spec, min_width: i64) -> String {
    let sep = &spec.thousands_sep;
    let mut digits = digits.to_string();
    let mut min_width = min_width;
    let mut groups: Vec<String> = Vec::new();
    let mut finished = false;
    for l in group_lengths(&spec.grouping) {
        let l = l.max(1).min((digits.len() as i64).max(min_width).max(1));
        let lu = l as usize;
        let take = lu.min(digits.len());
        let group = format!(
            "{}{}",
            "0".repeat(lu - take),
            &digits[digits.len() - take..]
        );
        groups.push(group);
        digits.truncate(digits.len() - take);
        min_width -= l;
        if digits.is_empty() && min_width <= 0 {
            finished = true;
            break;
        }
        min_width -= sep.chars().count() as i64;
    }
    if !finished {
        let l = (digits.len() as i64).max(min_width).max(1) as usize;
        groups.push(format!("{}{}", "0".repeat(l - digits.len()), digits));
    }
    groups.reverse();
    groups.join(sep)
}

/// `_round`: to `places` significant digits.
fn round_sig(d: &Dec, places: i64, round: Round) -> Dec {
    if d.is_special() || d.is_zero() {
        return d.clone();
    }
    let ans = rescale(d, d.adjusted() + 1 - places, round);
    if ans.adjusted() != d.adjusted() {
        return rescale(&ans, ans.adjusted() + 1 - places, round);
    }
    ans
}

pub fn format_decimal(
    d: &Dec,
    spec_text: &str,
    ctx: &Ctx,
    override_: Option<&Value>,
) -> PyResult<String> {
    let mut spec = parse_spec(spec_text, override_)?;
    if d.is_special() {
        let sign = format_sign(d.neg, &spec);
        let mut body = to_string(&d.abs(), false, true);
        if spec.ty == Some('%') {
            body.push('%');
        }
        return Ok(align(&sign, &body, &spec));
    }
    let ty = spec.ty.unwrap_or(if ctx.capitals { 'G' } else { 'g' });
    spec.ty = Some(ty);
    let mut d = d.clone();
    if ty == '%' {
        d.exp += 2;
    }
    if let Some(p) = spec.precision {
        d = match ty {
            'e' | 'E' => round_sig(&d, p + 1, ctx.round),
            'f' | 'F' | '%' => rescale(&d, -p, ctx.round),
            'g' | 'G' if d.digits() > p => round_sig(&d, p, ctx.round),
            _ => d,
        };
    }
    if d.is_zero() && d.exp > 0 && "fF%".contains(ty) {
        d = rescale(&d, 0, ctx.round);
    }
    let neg = if d.is_zero() && spec.no_neg_0 {
        false
    } else {
        d.neg
    };
    let digits = d.coef.to_string();
    let n = digits.len() as i64;
    let leftdigits = d.exp + n;
    let dotplace = match ty {
        'e' | 'E' => {
            if d.is_zero() && spec.precision.is_some() {
                1 - spec.precision.unwrap_or(0)
            } else {
                1
            }
        }
        'f' | 'F' | '%' => leftdigits,
        _ => {
            if d.exp <= 0 && leftdigits > -6 {
                leftdigits
            } else {
                1
            }
        }
    };
    let (intpart, fracpart) = if dotplace < 0 {
        (
            "0".to_string(),
            format!("{}{digits}", "0".repeat((-dotplace) as usize)),
        )
    } else if dotplace > n {
        (
            format!("{digits}{}", "0".repeat((dotplace - n) as usize)),
            String::new(),
        )
    } else {
        let (a, b) = digits.split_at(dotplace as usize);
        (
            if a.is_empty() {
                "0".to_string()
            } else {
                a.to_string()
            },
            b.to_string(),
        )
    };
    let exp = leftdigits - dotplace;
    let sign = format_sign(neg, &spec);
    let mut frac = if !fracpart.is_empty() || spec.alt {
        format!("{}{fracpart}", spec.decimal_point)
    } else {
        String::new()
    };
    if exp != 0 || "eE".contains(ty) {
        let echar = if ty == 'E' || ty == 'G' { 'E' } else { 'e' };
        frac.push_str(&format!("{echar}{exp:+}"));
    }
    if ty == '%' {
        frac.push('%');
    }
    let min_width = if spec.zeropad {
        spec.width as i64 - frac.chars().count() as i64 - sign.chars().count() as i64
    } else {
        0
    };
    let intpart = insert_thousands_sep(&intpart, &spec, min_width);
    Ok(align(&sign, &format!("{intpart}{frac}"), &spec))
}
