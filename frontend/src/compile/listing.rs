//! Text forms of instruction sequences and constants for the back end's tests: `OPNAME arg @line:col-end_line:end_col` lines and Python `repr`s of constants.

use std::fmt::Write as _;
use std::rc::Rc;

use num_bigint::BigInt;

use super::assemble::CodeObject;
use super::cfg::Cfg;
use super::constant::Constant;
use super::instr_seq::{Instruction, InstructionSequence, Location};
use super::op;

fn write_loc(out: &mut String, loc: Location) {
    if loc == Location::NEXT {
        out.push_str(" @next");
    } else if loc != Location::NONE {
        let _ = write!(
            out,
            " @{}:{}-{}:{}",
            loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset
        );
    }
}

/// One instruction as `OPNAME arg @l:c-el:ec` (argument only where the opcode takes one).
pub fn format_instruction(out: &mut String, opcode: op::Opcode, oparg: u32, loc: Location) {
    out.push_str(op::name(opcode));
    if op::has_arg(opcode) || op::has_target(opcode) {
        let _ = write!(out, " {oparg}");
    }
    write_loc(out, loc);
}

/// Parses `OPNAME [arg] [@l:c-el:ec]`.
pub fn parse_instruction(line: &str) -> Result<Instruction, String> {
    let (text, loc) = match line.split_once(" @") {
        Some((t, "next")) => (t, Location::NEXT),
        Some((t, l)) => (
            t,
            parse_loc(l).ok_or_else(|| format!("bad location in {line:?}"))?,
        ),
        None => (line, Location::NONE),
    };
    let mut parts = text.split_whitespace();
    let name = parts.next().ok_or("empty instruction")?;
    let opcode = op::from_name(name).ok_or_else(|| format!("unknown opcode {name}"))?;
    let oparg = match parts.next() {
        Some(a) => a.parse().map_err(|_| format!("bad argument in {line:?}"))?,
        None => 0,
    };
    Ok(Instruction {
        opcode,
        oparg,
        loc,
        handler: None,
    })
}

fn parse_loc(text: &str) -> Option<Location> {
    let (start, end) = text.trim().split_once('-')?;
    let (l, c) = start.split_once(':')?;
    let (el, ec) = end.split_once(':')?;
    Some(Location::new(
        l.parse().ok()?,
        c.parse().ok()?,
        el.parse().ok()?,
        ec.parse().ok()?,
    ))
}

/// Parses a listing. Jump arguments are instruction indices, or label names
/// (`L3`) placed by `L3:` lines.
pub fn parse_sequence(text: &str) -> Result<InstructionSequence, String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut labels = std::collections::HashMap::new();
    let mut count = 0;
    for line in &lines {
        match line.strip_suffix(':') {
            Some(label) => {
                labels.insert(label.to_owned(), count);
            }
            None => count += 1,
        }
    }
    let mut instrs = Vec::with_capacity(count);
    for line in lines.iter().filter(|l| !l.ends_with(':')) {
        let mut words = line.split_whitespace();
        let resolved = match (words.next(), words.next()) {
            (Some(name), Some(label)) if label.starts_with('L') => {
                let index = labels
                    .get(label)
                    .ok_or_else(|| format!("unknown label {label}"))?;
                line.replacen(&format!("{name} {label}"), &format!("{name} {index}"), 1)
            }
            _ => (*line).to_owned(),
        };
        instrs.push(parse_instruction(&resolved)?);
    }
    Ok(InstructionSequence::from_resolved(instrs))
}

/// A CFG in layout order: `block N [flags]` headers, jumps as `-> bN`.
pub fn format_cfg(g: &Cfg) -> String {
    let mut out = String::new();
    for b in g.order() {
        let block = &g.blocks[b];
        let _ = write!(out, "block {b}");
        if block.except_handler {
            out.push_str(" handler");
        }
        if block.cold {
            out.push_str(" cold");
        }
        if let Some(d) = block.start_depth {
            let _ = write!(out, " depth={d}");
        }
        out.push('\n');
        for instr in &block.instrs {
            out.push_str("  ");
            if op::has_target(instr.opcode) {
                out.push_str(op::name(instr.opcode));
                match instr.target {
                    Some(t) => {
                        let _ = write!(out, " -> b{t}");
                    }
                    None => {
                        let _ = write!(out, " {}", instr.oparg);
                    }
                }
                write_loc(&mut out, instr.loc);
            } else {
                format_instruction(&mut out, instr.opcode, instr.oparg, instr.loc);
            }
            if let Some(h) = instr.except {
                let _ = write!(out, " except b{h}");
            }
            out.push('\n');
        }
    }
    out
}

/// Disassembles `co_code` one instruction per line (`offset OPNAME arg`),
/// for readable test diffs.
pub fn disassemble(code: &[u8]) -> String {
    let mut out = String::new();
    for instr in ouro_bytecode::code_unit::instructions(code) {
        let Ok(instr) = instr else {
            out.push_str("<undecodable>\n");
            break;
        };
        if instr.opcode == ouro_bytecode::Opcode::EXTENDED_ARG {
            continue;
        }
        let _ = write!(out, "{} ", instr.offset);
        format_instruction(
            &mut out,
            instr.opcode as u16,
            instr.arg.unwrap_or(0),
            Location::NONE,
        );
        out.push('\n');
    }
    out
}

/// The fields of a code object the tests compare, one per line.
pub fn format_code_fields(code: &CodeObject) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "stacksize: {}", code.stacksize);
    for c in &code.consts {
        let _ = writeln!(out, "const: {}", c.repr());
    }
    let _ = writeln!(out, "code: {}", hex(&code.code));
    let _ = writeln!(out, "linetable: {}", hex(&code.linetable));
    let _ = writeln!(out, "exceptiontable: {}", hex(&code.exceptiontable));
    let _ = writeln!(out, "varnames: {}", code.varnames().join(" "));
    let _ = writeln!(out, "cellvars: {}", code.cellvars().join(" "));
    let _ = writeln!(out, "freevars: {}", code.freevars().join(" "));
    out
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn unhex(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    (0..text.len() / 2)
        .map(|i| u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok())
        .collect()
}

/// Parses the `repr` of a constant (as refdump prints it; a code object is
/// `<code QUALNAME>` and becomes an empty code object of that name).
pub fn parse_constant(text: &str) -> Result<Constant, String> {
    let mut p = ConstParser {
        s: text.as_bytes(),
        pos: 0,
    };
    let c = p.value()?;
    p.skip_ws();
    if p.pos != p.s.len() {
        return Err(format!("trailing text in constant {text:?}"));
    }
    Ok(c)
}

struct ConstParser<'a> {
    s: &'a [u8],
    pos: usize,
}

impl ConstParser<'_> {
    fn skip_ws(&mut self) {
        while self.s.get(self.pos) == Some(&b' ') {
            self.pos += 1;
        }
    }

    fn eat(&mut self, text: &str) -> bool {
        if self.s[self.pos..].starts_with(text.as_bytes()) {
            self.pos += text.len();
            true
        } else {
            false
        }
    }

    fn items(&mut self, close: &str) -> Result<Vec<Constant>, String> {
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            if self.eat(close) {
                return Ok(items);
            }
            items.push(self.value()?);
            self.skip_ws();
            if !self.eat(",") {
                self.skip_ws();
                if self.eat(close) {
                    return Ok(items);
                }
                return Err("expected ',' in constant".into());
            }
        }
    }

    fn value(&mut self) -> Result<Constant, String> {
        self.skip_ws();
        for (word, c) in [
            ("None", Constant::None),
            ("True", Constant::Bool(true)),
            ("False", Constant::Bool(false)),
            ("Ellipsis", Constant::Ellipsis),
        ] {
            if self.eat(word) {
                return Ok(c);
            }
        }
        if self.eat("frozenset({") {
            let items = self.items("})")?;
            return Ok(Constant::FrozenSet(items.into()));
        }
        if self.eat("frozenset()") {
            return Ok(Constant::FrozenSet(Vec::new().into()));
        }
        if self.eat("slice(") {
            let items = self.items(")")?;
            let [a, b, c]: [Constant; 3] =
                items.try_into().map_err(|_| "slice needs three parts")?;
            return Ok(Constant::Slice(Rc::new([a, b, c])));
        }
        if self.eat("<code ") {
            // Qualnames nest angle brackets (`f.<locals>.<lambda>`).
            let mut depth = 0usize;
            let end = self.s[self.pos..]
                .iter()
                .position(|&b| {
                    match b {
                        b'<' => depth += 1,
                        b'>' if depth == 0 => return true,
                        b'>' => depth -= 1,
                        _ => {}
                    }
                    false
                })
                .ok_or("unterminated code")?;
            let name = String::from_utf8_lossy(&self.s[self.pos..self.pos + end]).into_owned();
            self.pos += end + 1;
            let code = CodeObject {
                qualname: name,
                ..CodeObject::default()
            };
            return Ok(Constant::Code(Rc::new(code)));
        }
        match self.s.get(self.pos) {
            Some(b'(') => {
                self.pos += 1;
                let items = self.items(")")?;
                // `(1+2j)` is a complex number, not a tuple.
                if let [Constant::Complex(re, im)] = items.as_slice()
                    && !self.s[..self.pos].ends_with(b",)")
                {
                    return Ok(Constant::Complex(*re, *im));
                }
                Ok(Constant::Tuple(items.into()))
            }
            Some(b'\'' | b'"') => Ok(Constant::Str(Rc::from(self.string()?.as_str()))),
            Some(b'b') => {
                self.pos += 1;
                let s = self.string()?;
                Ok(Constant::Bytes(
                    s.chars()
                        .map(|c| c as u32 as u8)
                        .collect::<Vec<u8>>()
                        .into(),
                ))
            }
            _ => self.number(),
        }
    }

    fn string(&mut self) -> Result<String, String> {
        let quote = self.s[self.pos];
        self.pos += 1;
        let mut out = String::new();
        let text = std::str::from_utf8(&self.s[self.pos..]).map_err(|e| e.to_string())?;
        let mut chars = text.char_indices();
        while let Some((i, c)) = chars.next() {
            if c as u32 == u32::from(quote) {
                self.pos += i + 1;
                return Ok(out);
            }
            if c != '\\' {
                out.push(c);
                continue;
            }
            let (_, e) = chars.next().ok_or("bad escape")?;
            let mut hex_escape = |n: usize| -> Result<char, String> {
                let digits: String = (0..n)
                    .filter_map(|_| chars.next().map(|(_, c)| c))
                    .collect();
                let v = u32::from_str_radix(&digits, 16).map_err(|e| e.to_string())?;
                char::from_u32(v).ok_or_else(|| "bad code point".to_string())
            };
            out.push(match e {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'x' => hex_escape(2)?,
                'u' => hex_escape(4)?,
                'U' => hex_escape(8)?,
                other => other,
            });
        }
        Err("unterminated string".into())
    }

    fn number_token(&mut self) -> Result<&str, String> {
        let start = self.pos;
        while let Some(&b) = self.s.get(self.pos) {
            let sign = (b == b'-' || b == b'+')
                && (self.pos == start || matches!(self.s[self.pos - 1], b'e' | b'E'));
            if b.is_ascii_alphanumeric() || b == b'.' || sign {
                self.pos += 1;
            } else {
                break;
            }
        }
        std::str::from_utf8(&self.s[start..self.pos]).map_err(|e| e.to_string())
    }

    fn number(&mut self) -> Result<Constant, String> {
        let text = self.number_token()?;
        if let Some(im) = text.strip_suffix('j') {
            return Ok(Constant::Complex(0.0, parse_float(im)?));
        }
        let re = parse_real(text)?;
        // `(re+imj)`: the imaginary part follows with its sign.
        if matches!(self.s.get(self.pos), Some(b'+' | b'-')) {
            let re = match re {
                Constant::Float(f) => f,
                Constant::Int(i) => parse_float(&i.to_string())?,
                _ => return Err("bad complex".into()),
            };
            let im_text = self.number_token()?;
            let im = im_text.strip_suffix('j').ok_or("bad complex")?;
            return Ok(Constant::Complex(re, parse_float(im)?));
        }
        Ok(re)
    }
}

fn parse_float(text: &str) -> Result<f64, String> {
    match text.trim_start_matches('+') {
        "inf" => Ok(f64::INFINITY),
        "-inf" => Ok(f64::NEG_INFINITY),
        "nan" | "-nan" => Ok(f64::NAN),
        t => t.parse::<f64>().map_err(|_| format!("bad number {text:?}")),
    }
}

fn parse_real(text: &str) -> Result<Constant, String> {
    if let Ok(v) = text.parse::<BigInt>() {
        return Ok(Constant::Int(v));
    }
    parse_float(text).map(Constant::Float)
}
