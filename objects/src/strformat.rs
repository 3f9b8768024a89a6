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
        let first_end = name
            .iter()
            .position(|&c| c == '.' as u32 || c == '[' as u32)
            .unwrap_or(name.len());
        let mut obj = self.first(&name[..first_end])?;
        let mut i = first_end;
        while i < name.len() {
            if name[i] == '.' as u32 {
                let start = i + 1;
                let end = name[start..]
                    .iter()
                    .position(|&c| c == '.' as u32 || c == '[' as u32)
                    .map_or(name.len(), |p| p + start);
                if start == end {
                    return Err(value_error("Empty attribute in format string"));
                }
                obj = protocol::getattr(&obj, &crate::str::intern_value(&text(&name[start..end])))?;
                i = end;
            } else {
                let start = i + 1;
                let Some(end) = name[start..]
                    .iter()
                    .position(|&c| c == ']' as u32)
                    .map(|p| p + start)
                else {
                    return Err(value_error("Missing ']' in format string"));
                };
                let key = &name[start..end];
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let key = if is_digits(key) {
                    crate::int::from_usize(number(key)?)
                } else {
                    text(key)
                };
                obj = protocol::getitem(&obj, &key)?;
                i = end + 1;
                if i < name.len() && name[i] != '.' as u32 && name[i] != '[' as u32 {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            }
        }
        Ok(obj)
    }
}

/// A parsed replacement field.
struct Field<'a> {
    name: &'a [u32],
    conversion: Option<u32>,
    spec: &'a [u32],
    spec_needs_expanding: bool,
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
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != LBRACE && c != RBRACE {
            out.push(c);
            continue;
        }
        let next = fmt.get(i).copied();
        if c == RBRACE {
            if next != Some(RBRACE) {
                return Err(value_error("Single '}' encountered in format string"));
            }
            out.push(RBRACE);
            i += 1;
            continue;
        }
        match next {
            None => return Err(value_error("Single '{' encountered in format string")),
            Some(LBRACE) => {
                out.push(LBRACE);
                i += 1;
                continue;
            }
            Some(_) => {}
        }
        let field = parse_field(fmt, &mut i)?;
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
