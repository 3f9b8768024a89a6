//! The JSON decoding speedups: `scanstring` and the `Scanner` type `make_scanner` returns (`scan_once` over str, with the decoder's hooks); mirrors `scanstring_unicode`, `scan_once_unicode` and friends in Modules/_json.c.

use ouro_objects::args::Args;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::{Ref, TypeRef, Value, builtin_type, exceptions, float, int, protocol};

const QUOTE: u32 = '"' as u32;
const BACKSLASH: u32 = '\\' as u32;

/// `json.decoder.JSONDecodeError(msg, s, pos)`, as `raise_errmsg` makes it.
pub fn decode_error(msg: &str, s: &Value, pos: usize) -> PyErr {
    let made = (|| {
        let import = ouro_eval::builtins::builtin_value("__import__")?;
        let fromlist = Tuple::new(vec![PyStr::new("JSONDecodeError")]);
        let module = protocol::call(
            &import,
            &[PyStr::new("json.decoder"), none(), none(), fromlist],
            None,
        )?;
        let class = protocol::getattr_str(&module, "JSONDecodeError")?;
        protocol::call(
            &class,
            &[PyStr::new(msg), s.clone(), int::from_usize(pos)],
            None,
        )
    })();
    match made {
        Ok(e) => PyErr::from_instance(e),
        Err(e) => e,
    }
}

fn stop_iteration(idx: usize) -> PyErr {
    PyErr::from_instance(exceptions::new_exception_args(
        &exceptions::STOP_ITERATION,
        Tuple::new(vec![int::from_usize(idx)]),
    ))
}

fn hex_value(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|c| c.to_digit(16))
}

/// Four hex digits at `text[at..at + 4]`.
fn hex4(text: &[u32], at: usize) -> Option<u32> {
    text.get(at..at + 4)?
        .iter()
        .try_fold(0, |v, &c| hex_value(c).map(|d| (v << 4) | d))
}

/// The string whose opening quote is just before `end`, and the index after
/// its closing quote.
pub fn scan_string(text: &[u32], s: &Value, end: usize, strict: bool) -> PyResult<(Value, usize)> {
    let begin = end.saturating_sub(1);
    let len = text.len();
    if end > len {
        return Err(value_error("end is out of bounds"));
    }
    let mut out: Vec<u32> = Vec::new();
    let mut end = end;
    loop {
        let mut next = end;
        let mut c = 0;
        while next < len {
            c = text[next];
            if c == QUOTE || c == BACKSLASH {
                break;
            }
            if c <= 0x1f && strict {
                return Err(decode_error("Invalid control character at", s, next));
            }
            next += 1;
        }
        if next >= len {
            return Err(decode_error("Unterminated string starting at", s, begin));
        }
        out.extend_from_slice(&text[end..next]);
        next += 1;
        if c == QUOTE {
            end = next;
            break;
        }
        if next == len {
            return Err(decode_error("Unterminated string starting at", s, begin));
        }
        let c = text[next];
        if c != 'u' as u32 {
            end = next + 1;
            let unescaped = match char::from_u32(c) {
                Some('"') => '"',
                Some('\\') => '\\',
                Some('/') => '/',
                Some('b') => '\u{8}',
                Some('f') => '\u{c}',
                Some('n') => '\n',
                Some('r') => '\r',
                Some('t') => '\t',
                _ => return Err(decode_error("Invalid \\escape", s, end - 2)),
            };
            out.push(u32::from(unescaped));
            continue;
        }
        next += 1;
        end = next + 4;
        if end >= len {
            return Err(decode_error("Invalid \\uXXXX escape", s, next - 1));
        }
        let Some(mut c) = hex4(text, next) else {
            return Err(decode_error("Invalid \\uXXXX escape", s, end - 5));
        };
        if (0xd800..0xdc00).contains(&c)
            && end + 6 < len
            && text[end] == BACKSLASH
            && text[end + 1] == 'u' as u32
        {
            let Some(low) = hex4(text, end + 2) else {
                return Err(decode_error("Invalid \\uXXXX escape", s, end + 1));
            };
            if (0xdc00..0xe000).contains(&low) {
                c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
                end += 6;
            }
        }
        out.push(c);
    }
    Ok((PyStr::from_cps(&out), end))
}

/// `scanstring(string, end, strict=True) -> (string, end)`.
pub fn scanstring(_m: &Value, args: Args) -> PyResult {
    let args = args.range("scanstring", "scanstring", 2, 3)?;
    let Some(text) = args[0].downcast::<PyStr>() else {
        return Err(type_error(format!(
            "first argument must be a string, not {}",
            protocol::type_name(&args[0])
        )));
    };
    let end = int::to_i64(&protocol::index(&args[1])?).ok_or_else(|| {
        ouro_objects::err::overflow_error("Python int too large to convert to C ssize_t")
    })?;
    let strict = args.get(2).map_or(Ok(true), protocol::is_true)?;
    let cps = text.code_points();
    if end < 0 || end as usize > cps.len() {
        return Err(value_error("end is out of bounds"));
    }
    let (value, end) = scan_string(&cps, &args[0], end as usize, strict)?;
    Ok(Tuple::new(vec![value, int::from_usize(end)]))
}

/// What `make_scanner(context)` keeps of the decoder.
pub struct Scanner {
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
}

fn scanner_new(_ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [context] = Args::new(args, kwnames).parse("make_scanner", ["context"], 0, 1, 1)?;
    let context = context.expect("required");
    let attr = |name: &str| protocol::getattr_str(&context, name);
    Ok(Ref::new(Scanner {
        strict: protocol::is_true(&attr("strict")?)?,
        object_hook: attr("object_hook")?,
        object_pairs_hook: attr("object_pairs_hook")?,
        parse_float: attr("parse_float")?,
        parse_int: attr("parse_int")?,
        parse_constant: attr("parse_constant")?,
    })
    .into_value())
}

fn is_whitespace(c: u32) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0a | 0x0d)
}

/// One `scan_once` call: the text, the str it came from, and the key memo.
struct Scan<'a> {
    scanner: &'a Scanner,
    text: Vec<u32>,
    s: &'a Value,
    memo: Value,
}

impl Scan<'_> {
    fn skip_whitespace(&self, mut idx: usize) -> usize {
        while idx < self.text.len() && is_whitespace(self.text[idx]) {
            idx += 1;
        }
        idx
    }

    fn at(&self, idx: usize) -> Option<char> {
        self.text.get(idx).and_then(|&c| char::from_u32(c))
    }

    fn matches(&self, idx: usize, word: &str) -> bool {
        let w: Vec<u32> = word.chars().map(u32::from).collect();
        self.text.get(idx..idx + w.len()) == Some(&w[..])
    }

    fn scan_once(&self, idx: usize) -> PyResult<(Value, usize)> {
        if idx >= self.text.len() {
            return Err(stop_iteration(idx));
        }
        let constant = |name: &str, len: usize| -> PyResult<(Value, usize)> {
            let v = protocol::call1(&self.scanner.parse_constant, PyStr::new(name))?;
            Ok((v, idx + len))
        };
        match self.at(idx) {
            Some('"') => return scan_string(&self.text, self.s, idx + 1, self.scanner.strict),
            Some('{') => {
                let _guard = protocol::enter_recursion(
                    " while decoding a JSON object from a unicode string",
                )?;
                return self.parse_object(idx + 1);
            }
            Some('[') => {
                let _guard = protocol::enter_recursion(
                    " while decoding a JSON array from a unicode string",
                )?;
                return self.parse_array(idx + 1);
            }
            Some('n') if self.matches(idx, "null") => return Ok((none(), idx + 4)),
            Some('t') if self.matches(idx, "true") => {
                return Ok((ouro_objects::bool::py_bool(true), idx + 4));
            }
            Some('f') if self.matches(idx, "false") => {
                return Ok((ouro_objects::bool::py_bool(false), idx + 5));
            }
            Some('N') if self.matches(idx, "NaN") => return constant("NaN", 3),
            Some('I') if self.matches(idx, "Infinity") => return constant("Infinity", 8),
            Some('-') if self.matches(idx, "-Infinity") => return constant("-Infinity", 9),
            _ => {}
        }
        self.match_number(idx)
    }

    fn is_digit(&self, idx: usize) -> bool {
        self.at(idx).is_some_and(|c| c.is_ascii_digit())
    }

    fn match_number(&self, start: usize) -> PyResult<(Value, usize)> {
        let len = self.text.len();
        let mut idx = start;
        if self.at(idx) == Some('-') {
            idx += 1;
            if idx >= len {
                return Err(stop_iteration(start));
            }
        }
        match self.at(idx) {
            Some('1'..='9') => {
                idx += 1;
                while self.is_digit(idx) {
                    idx += 1;
                }
            }
            Some('0') => idx += 1,
            _ => return Err(stop_iteration(start)),
        }
        let mut is_float = false;
        if idx + 1 < len && self.at(idx) == Some('.') && self.is_digit(idx + 1) {
            is_float = true;
            idx += 2;
            while self.is_digit(idx) {
                idx += 1;
            }
        }
        if idx + 1 < len && matches!(self.at(idx), Some('e' | 'E')) {
            let e_start = idx;
            idx += 1;
            if idx + 1 < len && matches!(self.at(idx), Some('-' | '+')) {
                idx += 1;
            }
            while self.is_digit(idx) {
                idx += 1;
            }
            if self.is_digit(idx - 1) {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let digits: String = self.text[start..idx]
            .iter()
            .filter_map(|&c| char::from_u32(c))
            .collect();
        let numstr = PyStr::new(&digits);
        let custom = if is_float {
            &self.scanner.parse_float
        } else {
            &self.scanner.parse_int
        };
        let builtin = if is_float {
            &ouro_objects::float::FLOAT_TYPE
        } else {
            &ouro_objects::int::INT_TYPE
        };
        let value = if custom.is(&TypeRef::from_static(builtin).into_value()) {
            if is_float {
                float::new(digits.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                int::parse_int(&digits, 10)
                    .map(int::from_bigint)
                    .ok_or_else(|| value_error("invalid literal for int()"))?
            }
        } else {
            protocol::call1(custom, numstr)?
        };
        Ok((value, idx))
    }

    fn parse_object(&self, start: usize) -> PyResult<(Value, usize)> {
        let pairs_hook = !is_none(&self.scanner.object_pairs_hook);
        let mut pairs = Vec::new();
        let dict = Dict::new_value();
        let mut idx = self.skip_whitespace(start);
        if self.at(idx) != Some('}') {
            loop {
                if self.at(idx) != Some('"') {
                    return Err(decode_error(
                        "Expecting property name enclosed in double quotes",
                        self.s,
                        idx,
                    ));
                }
                let (key, next) = scan_string(&self.text, self.s, idx + 1, self.scanner.strict)?;
                let memo = self.memo.downcast::<Dict>().expect("dict");
                let key = match memo.get_item_opt(&key)? {
                    Some(k) => k,
                    None => {
                        memo.set_item(key.clone(), key.clone())?;
                        key
                    }
                };
                idx = self.skip_whitespace(next);
                if self.at(idx) != Some(':') {
                    return Err(decode_error("Expecting ':' delimiter", self.s, idx));
                }
                idx = self.skip_whitespace(idx + 1);
                let (value, next) = self.scan_once(idx)?;
                if pairs_hook {
                    pairs.push(Tuple::new(vec![key, value]));
                } else {
                    dict.downcast::<Dict>()
                        .expect("dict")
                        .set_item(key, value)?;
                }
                idx = self.skip_whitespace(next);
                if self.at(idx) == Some('}') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return Err(decode_error("Expecting ',' delimiter", self.s, idx));
                }
                let comma = idx;
                idx = self.skip_whitespace(idx + 1);
                if self.at(idx) == Some('}') {
                    return Err(decode_error(
                        "Illegal trailing comma before end of object",
                        self.s,
                        comma,
                    ));
                }
            }
        }
        let end = idx + 1;
        if pairs_hook {
            let v = protocol::call1(&self.scanner.object_pairs_hook, List::from_vec(pairs))?;
            return Ok((v, end));
        }
        if !is_none(&self.scanner.object_hook) {
            return Ok((protocol::call1(&self.scanner.object_hook, dict)?, end));
        }
        Ok((dict, end))
    }

    fn parse_array(&self, start: usize) -> PyResult<(Value, usize)> {
        let mut items = Vec::new();
        let mut idx = self.skip_whitespace(start);
        if self.at(idx) != Some(']') {
            loop {
                let (value, next) = self.scan_once(idx)?;
                items.push(value);
                idx = self.skip_whitespace(next);
                if self.at(idx) == Some(']') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return Err(decode_error("Expecting ',' delimiter", self.s, idx));
                }
                let comma = idx;
                idx = self.skip_whitespace(idx + 1);
                if self.at(idx) == Some(']') {
                    return Err(decode_error(
                        "Illegal trailing comma before end of array",
                        self.s,
                        comma,
                    ));
                }
            }
        }
        Ok((List::from_vec(items), idx + 1))
    }
}

/// `scanner(string, idx) -> (value, end)`; `StopIteration(idx)` where no
/// value starts.
fn scanner_call(v: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [string, idx] = Args::new(args, kwnames).parse("scan_once", ["string", "idx"], 0, 2, 2)?;
    let string = string.expect("required");
    let Some(text) = string.downcast::<PyStr>() else {
        return Err(type_error(format!(
            "first argument must be a string, not {}",
            protocol::type_name(&string)
        )));
    };
    let idx = int::to_i64(&protocol::index(&idx.expect("required"))?).unwrap_or(i64::MAX);
    if idx < 0 {
        return Err(value_error("idx cannot be negative"));
    }
    let scan = Scan {
        scanner: v.downcast::<Scanner>().expect("Scanner"),
        text: text.code_points(),
        s: &string,
        memo: Dict::new_value(),
    };
    let (value, end) = scan.scan_once(idx as usize)?;
    Ok(Tuple::new(vec![value, int::from_usize(end)]))
}

builtin_type!(pub static SCANNER_TYPE: Scanner = TypeSpec {
    name: "_json.Scanner",
    doc: Some("JSON scanner object"),
    slots: SlotDefs { new: Some(scanner_new), call: Some(scanner_call), ..SlotDefs::NONE },
    ..TypeSpec::DEFAULT
});
