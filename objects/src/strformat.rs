//! `str.format` and `str.format_map`: the replacement-field grammar (auto/manual numbering, attributes, indexes, conversions, nested specs); mirrors Objects/stringlib/unicode_format.h.

use crate::args::Args;
use crate::core::Value;
use crate::err::{PyResult, index_error, key_error, value_error};
use crate::protocol;
use crate::str::PyStr;

const LBRACE: u32 = '{' as u32;
const RBRACE: u32 = '}' as u32;

/// Where field values come from.
struct Source<'a> {
    positional: Option<&'a [Value]>,
    keywords: Option<&'a Value>,
    /// `None` once manual numbering is used; the next automatic index otherwise.
    auto: AutoNumber,
}

#[derive(PartialEq)]
enum AutoNumber {
    Unused,
    Auto(usize),
    Manual,
}

fn text(cps: &[u32]) -> Value {
    PyStr::from_cps(cps)
}

fn is_digits(cps: &[u32]) -> bool {
    !cps.is_empty() && cps.iter().all(|c| (0x30..0x3a).contains(c))
}

/// A decimal field number; CPython's `get_integer`.
fn number(cps: &[u32]) -> PyResult<usize> {
    let mut n: usize = 0;
    for &c in cps {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add((c - 0x30) as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(n)
}

impl Source<'_> {
    fn first(&mut self, name: &[u32]) -> PyResult<Value> {
        let index = if name.is_empty() {
            match self.auto {
                AutoNumber::Manual => {
                    return Err(value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                AutoNumber::Unused => 0,
                AutoNumber::Auto(n) => n,
            }
        } else if is_digits(name) {
            if matches!(self.auto, AutoNumber::Auto(_)) {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            let n = number(name)?;
            self.auto = AutoNumber::Manual;
            n
        } else {
            let key = text(name);
            let Some(kw) = self.keywords else {
                return Err(key_error(key));
            };
            if let Some(d) = kw.downcast_exact::<crate::dict::Dict>() {
                return d.get_item_opt(&key)?.ok_or_else(|| key_error(key));
            }
            return protocol::getitem(kw, &key);
        };
        if name.is_empty() {
            self.auto = AutoNumber::Auto(index + 1);
        }
        let Some(args) = self.positional else {
            return Err(value_error("Format string contains positional fields"));
        };
        args.get(index).cloned().ok_or_else(|| {
            index_error(format!(
                "Replacement index {index} out of range for positional args tuple"
            ))
        })
    }

    /// Resolves `name.attr[key]...`.
    fn field(&mut self, name: &[u32]) -> PyResult<Value> {
        let (first, mut i) = field_first(name);
        let mut obj = self.first(first)?;
        while let Some((is_attribute, key)) = next_field_part(name, &mut i)? {
            obj = if is_attribute {
                protocol::getattr(&obj, &crate::str::intern_value(&key))?
            } else {
                protocol::getitem(&obj, &key)?
            };
        }
        Ok(obj)
    }
}

/// A field number (`get_integer`): `None` unless `cps` is all digits.
pub fn field_number(cps: &[u32]) -> PyResult<Option<usize>> {
    if is_digits(cps) {
        number(cps).map(Some)
    } else {
        Ok(None)
    }
}

/// The first part of a field name (`0` or `name` in `name.attr[key]`) and
/// where the rest starts.
pub fn field_first(name: &[u32]) -> (&[u32], usize) {
    let end = name
        .iter()
        .position(|&c| c == '.' as u32 || c == '[' as u32)
        .unwrap_or(name.len());
    (&name[..end], end)
}

/// The `.attr` or `[key]` of a field name at `*i`, as (is_attribute, name
/// or index), moving `*i` past it; CPython's `FieldNameIterator_next`.
pub fn next_field_part(name: &[u32], i: &mut usize) -> PyResult<Option<(bool, Value)>> {
    let Some(&c) = name.get(*i) else {
        return Ok(None);
    };
    let start = *i + 1;
    if c == '.' as u32 {
        let end = name[start..]
            .iter()
            .position(|&c| c == '.' as u32 || c == '[' as u32)
            .map_or(name.len(), |p| p + start);
        *i = end;
        if start == end {
            return Err(value_error("Empty attribute in format string"));
        }
        return Ok(Some((true, text(&name[start..end]))));
    }
    if c != '[' as u32 {
        return Err(value_error(
            "Only '.' or '[' may follow ']' in format field specifier",
        ));
    }
    let Some(end) = name[start..]
        .iter()
        .position(|&c| c == ']' as u32)
        .map(|p| p + start)
    else {
        return Err(value_error("Missing ']' in format string"));
    };
    *i = end + 1;
    let key = &name[start..end];
    if key.is_empty() {
        return Err(value_error("Empty attribute in format string"));
    }
    Ok(Some((
        false,
        match field_number(key)? {
            Some(n) => crate::int::from_usize(n),
            None => text(key),
        },
    )))
}

/// A parsed replacement field.
pub struct Field<'a> {
    pub name: &'a [u32],
    pub conversion: Option<u32>,
    pub spec: &'a [u32],
    spec_needs_expanding: bool,
}

/// Literal text and the replacement field after it, if any.
pub struct Markup<'a> {
    pub literal: &'a [u32],
    pub field: Option<Field<'a>>,
}

/// The next piece of `fmt` from `*i`, `None` at its end; CPython's
/// `MarkupIterator_next` (a doubled brace ends the literal, kept once).
pub fn next_markup<'a>(fmt: &'a [u32], i: &mut usize) -> PyResult<Option<Markup<'a>>> {
    if *i >= fmt.len() {
        return Ok(None);
    }
    let start = *i;
    let mut brace = None;
    while let Some(&c) = fmt.get(*i) {
        *i += 1;
        if c == LBRACE || c == RBRACE {
            brace = Some(c);
            break;
        }
    }
    let Some(brace) = brace else {
        return Ok(Some(Markup {
            literal: &fmt[start..],
            field: None,
        }));
    };
    let next = fmt.get(*i).copied();
    if brace == RBRACE && next != Some(RBRACE) {
        return Err(value_error("Single '}' encountered in format string"));
    }
    let Some(next) = next else {
        return Err(value_error("Single '{' encountered in format string"));
    };
    if next == brace {
        *i += 1;
        return Ok(Some(Markup {
            literal: &fmt[start..*i - 1],
            field: None,
        }));
    }
    let literal = &fmt[start..*i - 1];
    let field = parse_field(fmt, i)?;
    Ok(Some(Markup {
        literal,
        field: Some(field),
    }))
}

/// Parses the field starting after its `{` at `*i`, leaving `*i` after its `}`; CPython's `parse_field`.
fn parse_field<'a>(fmt: &'a [u32], i: &mut usize) -> PyResult<Field<'a>> {
    let start = *i;
    let at = |i: usize| fmt.get(i).copied();
    while let Some(c) = at(*i) {
        if c == RBRACE || c == '!' as u32 || c == ':' as u32 {
            break;
        }
        if c == LBRACE {
            return Err(value_error("unexpected '{' in field name"));
        }
        *i += 1;
        if c == '[' as u32 {
            while at(*i).is_some_and(|c| c != ']' as u32) {
                *i += 1;
            }
        }
    }
    let name = &fmt[start..(*i).min(fmt.len())];
    let Some(mut delimiter) = at(*i) else {
        return Err(value_error("expected '}' before end of string"));
    };
    *i += 1;
    let mut conversion = None;
    if delimiter == '!' as u32 {
        let Some(conv) = at(*i) else {
            return Err(value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        conversion = Some(conv);
        *i += 1;
        delimiter = at(*i).ok_or_else(|| value_error("unmatched '{' in format spec"))?;
        *i += 1;
        if delimiter != ':' as u32 && delimiter != RBRACE {
            return Err(value_error("expected ':' after conversion specifier"));
        }
    }
    let mut field = Field {
        name,
        conversion,
        spec: &[],
        spec_needs_expanding: false,
    };
    if delimiter == RBRACE {
        return Ok(field);
    }
    let spec_start = *i;
    let mut depth = 1;
    while let Some(c) = at(*i) {
        *i += 1;
        if c == LBRACE {
            depth += 1;
            field.spec_needs_expanding = true;
        } else if c == RBRACE {
            depth -= 1;
            if depth == 0 {
                field.spec = &fmt[spec_start..*i - 1];
                return Ok(field);
            }
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

fn convert(v: Value, conversion: Option<u32>) -> PyResult {
    let Some(c) = conversion else { return Ok(v) };
    match char::from_u32(c) {
        Some('r') => protocol::repr(&v),
        Some('s') => protocol::str(&v),
        Some('a') => Ok(PyStr::new(&crate::str_methods::ascii_of(&v)?)),
        _ if c > 32 && c < 127 => Err(value_error(format!(
            "Unknown conversion specifier {}",
            char::from(c as u8)
        ))),
        _ => Err(value_error(format!(
            "Unknown conversion specifier \\x{c:x}"
        ))),
    }
}

/// Expands `fmt` into `out`; CPython's `build_string` / `output_markup`.
fn build(fmt: &[u32], src: &mut Source, depth: u32, out: &mut Vec<u32>) -> PyResult<()> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut i = 0;
    while let Some(markup) = next_markup(fmt, &mut i)? {
        out.extend_from_slice(markup.literal);
        let Some(field) = markup.field else {
            continue;
        };
        let obj = convert(src.field(field.name)?, field.conversion)?;
        let spec_value = if field.spec_needs_expanding {
            let mut expanded = Vec::new();
            build(field.spec, src, depth - 1, &mut expanded)?;
            text(&expanded)
        } else {
            text(field.spec)
        };
        let formatted = crate::format::format(&obj, &spec_value)?;
        out.extend(
            formatted
                .downcast::<PyStr>()
                .expect("format returns str")
                .chars(),
        );
    }
    Ok(())
}

fn render(fmt: &Value, positional: Option<&[Value]>, keywords: Option<&Value>) -> PyResult {
    let mut src = Source {
        positional,
        keywords,
        auto: AutoNumber::Unused,
    };
    let mut out = Vec::new();
    build(
        &fmt.downcast::<PyStr>().expect("str").code_points(),
        &mut src,
        2,
        &mut out,
    )?;
    Ok(PyStr::from_cps(&out))
}

pub(crate) fn str_format(v: &Value, args: Args) -> PyResult {
    let kw = args.keywords();
    let kwargs = if kw.is_empty() {
        None
    } else {
        let d = crate::dict::Dict::new_value();
        let dict = d.downcast::<crate::dict::Dict>().expect("dict");
        for (k, val) in kw {
            dict.set_item(k, val)?;
        }
        Some(d)
    };
    render(v, Some(args.positional()), kwargs.as_ref())
}

pub(crate) fn str_format_map(v: &Value, args: Args) -> PyResult {
    let mapping = args.one("str.format_map")?;
    render(v, None, Some(mapping))
}
