//! Checks decoding of `co_code`, `dis`'s argrepr, and the exception and
//! location tables against `fixtures/tables.txt`: ~300 code objects recorded
//! from the reference by `tools/record-bytecode-fixtures`.

use ouro_bytecode::argrepr::{ArgNames, argrepr};
use ouro_bytecode::code_unit::{branches, instructions, jump_labels, write_instruction};
use ouro_bytecode::exception_table::{ExceptionTableBuilder, Handler};
use ouro_bytecode::location_table::{self, Position};
use ouro_bytecode::{AnyOpcode, exception_table};

/// One recorded code object.
#[derive(Default)]
struct Code<'a> {
    title: &'a str,
    first_line: i32,
    co_code: Vec<u8>,
    linetable: Vec<u8>,
    exctable: Vec<u8>,
    names: Vec<&'a str>,
    varnames: Vec<&'a str>,
    positions: Vec<Position>,
    lines: Vec<(usize, usize, Option<i32>)>,
    exceptions: Vec<[u32; 5]>,
    branches: Vec<[usize; 3]>,
    instructions: Vec<Vec<&'a str>>,
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len() / 2)
        .map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

fn optional(text: &str) -> Option<i32> {
    (text != "-").then(|| text.parse().expect("number"))
}

fn words(text: &str) -> Vec<&str> {
    text.split(' ').filter(|w| !w.is_empty()).collect()
}

/// `<count> <w1> <w2>...` where words may be empty.
fn counted(text: &str) -> Vec<&str> {
    let (count, list) = text.split_once(' ').expect("count");
    let count: usize = count.parse().expect("count");
    if count == 0 {
        Vec::new()
    } else {
        list.split(' ').collect()
    }
}

fn parse(text: &str) -> Vec<Code<'_>> {
    let mut codes = Vec::new();
    let mut code = Code::default();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let (kind, rest) = line.split_once(' ').unwrap_or((line, ""));
        match kind {
            "code" => {
                let (title, first) = rest.rsplit_once(" first=").expect("first=");
                code = Code {
                    title,
                    first_line: first.parse().expect("first line"),
                    ..Code::default()
                };
            }
            "co_code" => code.co_code = hex(rest),
            "linetable" => code.linetable = hex(rest),
            "exctable" => code.exctable = hex(rest),
            "names" => code.names = counted(rest),
            "varnames" => code.varnames = counted(rest),
            "positions" => {
                for run in words(rest) {
                    let (position, count) = run.split_once('*').unwrap_or((run, "1"));
                    let p: Vec<Option<i32>> = position.split(':').map(optional).collect();
                    let position = Position {
                        line: p[0],
                        end_line: p[1],
                        col: p[2],
                        end_col: p[3],
                    };
                    let count: usize = count.parse().expect("repeat");
                    code.positions.extend(std::iter::repeat_n(position, count));
                }
            }
            "lines" => {
                for range in rest.split(", ").filter(|r| !r.is_empty()) {
                    let (span, line) = range.split_once(':').expect("range:line");
                    let (start, end) = span.split_once('-').expect("start-end");
                    code.lines.push((
                        start.parse().expect("start"),
                        end.parse().expect("end"),
                        optional(line),
                    ));
                }
            }
            "branches" => {
                for branch in words(rest) {
                    let n: Vec<usize> = branch
                        .split(':')
                        .map(|w| w.parse().expect("offset"))
                        .collect();
                    code.branches.push([n[0], n[1], n[2]]);
                }
            }
            "exc" => {
                let n: Vec<u32> = words(rest)
                    .iter()
                    .map(|w| w.parse().expect("number"))
                    .collect();
                code.exceptions.push([n[0], n[1], n[2], n[3], n[4]]);
            }
            "ins" => code.instructions.push(rest.splitn(6, ' ').collect()),
            "end" => codes.push(std::mem::take(&mut code)),
            _ => panic!("unexpected fixture line {line:?}"),
        }
    }
    codes
}

/// The committed recording, or another one named by `OURO_TABLES_FIXTURE`
/// (e.g. of the whole stdlib, made with tools/record_bytecode_fixtures.py).
fn fixture() -> String {
    let path = std::env::var("OURO_TABLES_FIXTURE").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tables.txt").to_string()
    });
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

struct Names<'a>(&'a Code<'a>);

/// Stands in for a constant's repr, which the fixture does not record.
const CONST_REPR: &str = "<const>";

impl ArgNames for Names<'_> {
    fn const_repr(&self, _index: u32) -> Option<String> {
        Some(CONST_REPR.to_string())
    }
    fn name(&self, index: u32) -> Option<&str> {
        self.0.names.get(index as usize).copied()
    }
    fn varname(&self, index: u32) -> Option<&str> {
        self.0.varnames.get(index as usize).copied()
    }
}

#[test]
fn fixture_covers_varied_code() {
    let text = fixture();
    let codes = parse(&text);
    assert!(codes.len() > 250, "only {} code objects", codes.len());
    let count = |f: &dyn Fn(&Code) -> bool| codes.iter().filter(|c| f(c)).count();
    assert!(count(&|c| !c.exceptions.is_empty()) > 50);
    assert!(count(&|c| c.instructions.iter().any(|i| i[2] == "EXTENDED_ARG")) > 0);
    // Every kind of location entry but the short forms' higher column groups occurs.
    let mut kinds = [false; 16];
    for code in &codes {
        location_table::decode(code.first_line, &code.linetable).expect("decodes");
        for byte in code.linetable.iter().filter(|b| *b & 0x80 != 0) {
            kinds[usize::from((byte >> 3) & 15)] = true;
        }
    }
    assert!(kinds[10..].iter().all(|k| *k), "kinds seen: {kinds:?}");
}

#[test]
fn instructions_and_argreprs_match_dis() {
    let text = fixture();
    let mut checked = 0;
    for code in parse(&text) {
        let labels = jump_labels(&code.co_code).expect("labels");
        let decoded: Vec<_> = instructions(&code.co_code)
            .map(|i| i.expect("decodes"))
            .collect();
        assert_eq!(decoded.len(), code.instructions.len(), "{}", code.title);
        for (ins, expected) in decoded.iter().zip(&code.instructions) {
            let context = format!("{} at {}", code.title, ins.offset);
            let arg = ins.arg.map_or("-".to_string(), |a| a.to_string());
            let target = ins.jump_target().map_or("-".to_string(), |t| t.to_string());
            let actual = [
                ins.offset.to_string(),
                ins.start_offset.to_string(),
                ins.opcode.name().to_string(),
                arg,
                target,
            ];
            assert_eq!(actual.as_slice(), &expected[..5], "{context}");
            let shown = argrepr(ins, &labels, &Names(&code)).expect("argrepr");
            let recorded = expected.get(5).copied().unwrap_or("");
            if shown != CONST_REPR {
                assert_eq!(shown, recorded, "{context}: {}", ins.opcode.name());
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000, "only {checked} argreprs compared");
}

#[test]
fn exception_tables_decode_and_reencode_exactly() {
    let text = fixture();
    for code in parse(&text) {
        let entries = exception_table::decode(&code.exctable).expect("decodes");
        let shown: Vec<[u32; 5]> = entries
            .iter()
            .map(|e| {
                [
                    2 * e.start,
                    2 * e.end,
                    2 * e.target,
                    e.depth,
                    u32::from(e.lasti),
                ]
            })
            .collect();
        assert_eq!(shown, code.exceptions, "{}", code.title);
        assert_eq!(
            exception_table::encode(&entries).expect("encodes"),
            code.exctable,
            "{}",
            code.title
        );
        for entry in &entries {
            let found = exception_table::find_handler(&code.exctable, entry.start).expect("lookup");
            assert_eq!(
                found.map(|e| e.target),
                Some(entry.target),
                "{}",
                code.title
            );
        }
    }
}

#[test]
fn location_tables_decode_and_reencode_exactly() {
    let text = fixture();
    for code in parse(&text) {
        let title = code.title;
        let entries = location_table::decode(code.first_line, &code.linetable).expect("decodes");
        let positions: Vec<Position> = location_table::positions(&entries).collect();
        assert_eq!(positions, code.positions, "{title}: co_positions()");
        assert_eq!(positions.len() * 2, code.co_code.len(), "{title}");
        let lines: Vec<_> = location_table::lines(&entries)
            .iter()
            .map(|r| (r.start, r.end, r.line))
            .collect();
        assert_eq!(lines, code.lines, "{title}: co_lines()");

        // The assembler's view: each instruction, caches included, with its position.
        let runs: Vec<(Position, u32)> = instructions(&code.co_code)
            .map(|ins| {
                let ins = ins.expect("decodes");
                (positions[ins.offset / 2], 1 + ins.cache_entries() as u32)
            })
            .collect();
        let encoded =
            location_table::encode(code.first_line, runs.iter().copied()).expect("encodes");
        assert_eq!(
            encoded, code.linetable,
            "{title}: encoded from instructions"
        );
        let per_unit: Vec<(Position, u32)> = positions.iter().map(|p| (*p, 1)).collect();
        assert_eq!(
            location_table::encode(code.first_line, per_unit.iter().copied()).expect("encodes"),
            code.linetable,
            "{title}"
        );
    }
}

#[test]
fn real_opcodes_in_fixture_are_generic() {
    // co_code shows only generic, uninstrumented instructions.
    let text = fixture();
    for code in parse(&text) {
        for ins in instructions(&code.co_code) {
            let op = ins.expect("decodes").opcode;
            assert!(
                !op.is_specialized() && !op.is_instrumented(),
                "{}",
                op.name()
            );
            assert!(AnyOpcode::from_number(u32::from(op.number())).is_some());
        }
    }
}

#[test]
fn co_code_reassembles_exactly() {
    let text = fixture();
    for code in parse(&text) {
        let mut written = Vec::new();
        for ins in instructions(&code.co_code) {
            let ins = ins.expect("decodes");
            // EXTENDED_ARG prefixes are rewritten from the folded argument.
            if ins.opcode != ouro_bytecode::Opcode::EXTENDED_ARG {
                write_instruction(&mut written, ins.opcode, ins.arg.unwrap_or(0));
            }
        }
        assert_eq!(written, code.co_code, "{}", code.title);
    }
}

#[test]
fn branches_match_co_branches() {
    let text = fixture();
    let mut total = 0;
    for code in parse(&text) {
        let found: Vec<[usize; 3]> = branches(&code.co_code)
            .expect("decodes")
            .iter()
            .map(|b| [b.source, b.not_taken, b.taken])
            .collect();
        assert_eq!(found, code.branches, "{}", code.title);
        total += found.len();
    }
    assert!(total > 400, "only {total} branches");
}

#[test]
fn exception_tables_rebuild_from_per_instruction_handlers() {
    let text = fixture();
    for code in parse(&text) {
        let entries = exception_table::decode(&code.exctable).expect("decodes");
        let mut builder = ExceptionTableBuilder::new();
        for ins in instructions(&code.co_code) {
            let ins = ins.expect("decodes");
            let unit = (ins.offset / 2) as u32;
            let handler = entries
                .iter()
                .find(|e| e.start <= unit && unit < e.end)
                .map(|e| Handler {
                    target: e.target,
                    depth: e.depth,
                    lasti: e.lasti,
                });
            builder.push(1 + ins.cache_entries() as u32, handler);
        }
        assert_eq!(builder.finish(), entries, "{}", code.title);
    }
}
