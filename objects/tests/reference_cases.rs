//! Replays objects/tests/data/methods.cases (str/bytes/int/float methods, `format()` and `%` with CPython 3.14's results, written by tools/gen_method_cases.py) and reports every call whose result differs.

use ouro_objects::core::Value;
use ouro_objects::typeobj::NbOp;
use ouro_objects::{bool, bytes, dict, float, int, list, protocol, str::PyStr, tuple};

fn unescape(s: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            let hex: String = chars.by_ref().skip(1).take(8).collect();
            out.push(u32::from_str_radix(&hex, 16).expect("escape"));
        } else {
            out.push(u32::from(c));
        }
    }
    out
}

fn escape(cps: &[u32]) -> String {
    cps.iter()
        .map(|&c| {
            if (0x20..0x7f).contains(&c) && c != 0x5c {
                char::from(c as u8).to_string()
            } else {
                format!("\\U{c:08x}")
            }
        })
        .collect()
}

fn value(field: &str) -> Value {
    let (kind, rest) = field.split_at(2);
    match kind {
        "n:" => ouro_objects::none::none(),
        "B:" => bool::py_bool(rest == "1"),
        "i:" => {
            let (neg, digits) = rest.strip_prefix('-').map_or((false, rest), |d| (true, d));
            let n = int::parse_int(digits, 10).expect("int");
            int::from_bigint(if neg { -n } else { n })
        }
        "f:" => float::new(float::parse_float(rest).expect("float")),
        "s:" => PyStr::from_cps(&unescape(rest)),
        "b:" => bytes::new(
            (0..rest.len() / 2)
                .map(|i| u8::from_str_radix(&rest[2 * i..2 * i + 2], 16).expect("hex"))
                .collect(),
        ),
        "l:" => list::List::from_vec(items(rest)),
        "t:" => tuple::Tuple::new(items(rest)),
        "d:" => {
            let d = dict::Dict::new_value();
            for pair in rest.split('\x1d').filter(|p| !p.is_empty()) {
                let (k, v) = pair.split_once('\x1c').expect("pair");
                d.downcast::<dict::Dict>()
                    .expect("dict")
                    .set_item(value(k), value(v))
                    .expect("set");
            }
            d
        }
        _ => panic!("bad field {field}"),
    }
}

fn items(s: &str) -> Vec<Value> {
    s.split('\x1d')
        .filter(|p| !p.is_empty())
        .map(value)
        .collect()
}

fn run(op: &str, recv: &Value, args: &[Value]) -> String {
    let result = match op {
        "%" => protocol::binary_op(recv, &tuple::Tuple::new(args.to_vec()), NbOp::Remainder),
        "%1" => protocol::binary_op(recv, &args[0], NbOp::Remainder),
        "@format" => ouro_objects::format::format(recv, &args[0]),
        _ => protocol::call_method(recv, op, args),
    };
    match result.and_then(|r| protocol::repr(&r)) {
        Ok(r) => escape(&r.downcast::<PyStr>().expect("str").code_points()),
        Err(e) => {
            let msg =
                protocol::str(e.value()).map(|m| m.downcast::<PyStr>().expect("str").code_points());
            format!(
                "!{}: {}",
                protocol::type_name(e.value()),
                escape(&msg.unwrap_or_default())
            )
        }
    }
}

#[test]
fn methods_match_cpython() {
    ouro_objects::init();
    let data = include_str!("data/methods.cases");
    let mut failures = Vec::new();
    let total = data.lines().count();
    for line in data.lines() {
        let (call, expected) = line.split_once("\t=>\t").expect("=>");
        let mut fields = call.split('\t');
        let op = fields.next().expect("op");
        let recv = value(fields.next().expect("receiver"));
        let args: Vec<Value> = fields.map(value).collect();
        let got = run(op, &recv, &args);
        if got != expected {
            failures.push(format!(
                "{call}\n    expected {expected}\n    got      {got}"
            ));
        }
    }
    if !failures.is_empty() {
        let shown: Vec<&String> = failures.iter().take(400).collect();
        for f in &shown {
            eprintln!("{f}");
        }
        panic!(
            "{} of {total} calls differ from CPython 3.14",
            failures.len()
        );
    }
}
