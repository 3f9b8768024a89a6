//! Checks the instruction table against the stdlib's `_opcode_metadata.py` and
//! against `fixtures/opcodes.txt`, recorded from the reference's `_opcode` and
//! `dis` modules by `tools/record-bytecode-fixtures`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use ouro_bytecode::{
    AnyOpcode, HAVE_ARGUMENT, MIN_INSTRUMENTED_OPCODE, Opcode, PseudoOpcode, stack_effect,
};

fn stdlib_dir() -> PathBuf {
    let dir = std::env::var_os("OURO_STDLIB")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../stdlib")));
    assert!(
        dir.join("_opcode_metadata.py").is_file(),
        "CPython 3.14's stdlib is not at {} (no _opcode_metadata.py there): run tools/fetch-stdlib \
         or point OURO_STDLIB at an unpacked stdlib",
        dir.display()
    );
    dir
}

/// The assignments of `_opcode_metadata.py`: dicts of name -> number, the
/// `_specializations` dict of name -> list, and integer constants.
#[derive(Default)]
struct Metadata {
    maps: BTreeMap<String, Vec<(String, u32)>>,
    specializations: Vec<(String, Vec<String>)>,
    constants: BTreeMap<String, u32>,
}

fn unquote(text: &str) -> String {
    text.trim()
        .trim_end_matches(',')
        .trim_matches(|c| c == '"' || c == '\'')
        .to_string()
}

fn parse_metadata(text: &str) -> Metadata {
    let mut metadata = Metadata::default();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some((name, value)) = trimmed.split_once(" = ") {
            if value == "{" {
                current = Some(name.to_string());
            } else {
                let number = value.parse().expect("integer constant");
                metadata.constants.insert(name.to_string(), number);
            }
            continue;
        }
        if trimmed == "}" {
            current = None;
            continue;
        }
        let dict = current.as_deref().expect("entry outside a dict");
        if dict == "_specializations" {
            if let Some(family) = trimmed.strip_suffix(": [") {
                metadata.specializations.push((unquote(family), Vec::new()));
            } else if trimmed != "]," {
                let family = metadata.specializations.last_mut().expect("family open");
                family.1.push(unquote(trimmed));
            }
        } else {
            let (name, number) = trimmed.split_once(": ").expect("name: number");
            let number = number.trim_end_matches(',').parse().expect("opcode number");
            metadata
                .maps
                .entry(dict.to_string())
                .or_default()
                .push((unquote(name), number));
        }
    }
    metadata
}

#[test]
fn table_matches_stdlib_opcode_metadata() {
    let path = stdlib_dir().join("_opcode_metadata.py");
    let text = std::fs::read_to_string(&path).expect("read _opcode_metadata.py");
    let metadata = parse_metadata(&text);
    let opmap = &metadata.maps["opmap"];
    let specialized = &metadata.maps["_specialized_opmap"];
    assert!(
        opmap.len() > 150 && specialized.len() > 80,
        "parsed too little of {}",
        path.display()
    );

    for (name, number) in opmap {
        let op = AnyOpcode::from_number(*number)
            .unwrap_or_else(|| panic!("no opcode {number} ({name})"));
        assert_eq!(op.name(), name, "opcode {number}");
        match op {
            AnyOpcode::Real(real) => assert!(!real.is_specialized(), "{name} is generic in opmap"),
            AnyOpcode::Pseudo(_) => assert!(*number >= 256),
        }
    }
    for (name, number) in specialized {
        let op = Opcode::from_u8(u8::try_from(*number).expect("real opcode"))
            .unwrap_or_else(|| panic!("no opcode {number} ({name})"));
        assert_eq!(op.name(), name);
        assert!(op.is_specialized(), "{name} should be specialized");
    }
    let real_in_file = opmap.iter().filter(|(_, n)| *n < 256).count() + specialized.len();
    assert_eq!(
        Opcode::ALL.len(),
        real_in_file,
        "the table has opcodes the stdlib does not"
    );
    assert_eq!(
        PseudoOpcode::ALL.len(),
        opmap.len() + specialized.len() - real_in_file
    );

    let families: Vec<(String, Vec<String>)> = Opcode::ALL
        .iter()
        .filter(|op| !op.specializations().is_empty())
        .map(|op| {
            (
                op.name().to_string(),
                op.specializations()
                    .iter()
                    .map(|s| s.name().to_string())
                    .collect(),
            )
        })
        .collect();
    let mut expected = metadata.specializations.clone();
    expected.sort();
    let mut actual = families;
    actual.sort();
    assert_eq!(actual, expected);

    assert_eq!(
        metadata.constants["HAVE_ARGUMENT"],
        u32::from(HAVE_ARGUMENT)
    );
    assert_eq!(
        metadata.constants["MIN_INSTRUMENTED_OPCODE"],
        u32::from(MIN_INSTRUMENTED_OPCODE)
    );
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn fixture_lines<'a>(text: &'a str, kind: &str) -> Vec<Vec<&'a str>> {
    text.lines()
        .filter_map(|line| line.split_once(' '))
        .filter(|(k, _)| *k == kind)
        .map(|(_, rest)| rest.split(' ').collect())
        .collect()
}

fn flag_names(op: AnyOpcode) -> String {
    let names: Vec<&str> = [
        (ouro_bytecode::Flags::ARG, "arg"),
        (ouro_bytecode::Flags::CONST, "const"),
        (ouro_bytecode::Flags::NAME, "name"),
        (ouro_bytecode::Flags::JUMP, "jump"),
        (ouro_bytecode::Flags::FREE, "free"),
        (ouro_bytecode::Flags::LOCAL, "local"),
        (ouro_bytecode::Flags::EXC, "exc"),
    ]
    .into_iter()
    .filter(|(flag, _)| op.flags().contains(*flag))
    .map(|(_, name)| name)
    .collect();
    if names.is_empty() {
        "-".to_string()
    } else {
        names.join(",")
    }
}

#[test]
fn names_validity_and_flags_match_reference() {
    let text = fixture("opcodes.txt");
    let rows = fixture_lines(&text, "op");
    assert_eq!(rows.len(), 512);
    for row in rows {
        let number: u32 = row[0].parse().expect("number");
        let valid = row[2] == "valid=1";
        let op = AnyOpcode::from_number(number);
        assert_eq!(op.is_some(), valid, "validity of {number}");
        if let Some(op) = op {
            assert_eq!(op.name(), row[1], "name of {number}");
            assert_eq!(
                format!("flags={}", flag_names(op)),
                row[3],
                "flags of {}",
                row[1]
            );
        }
    }
}

#[test]
fn stack_effects_match_reference() {
    let text = fixture("opcodes.txt");
    let rows = fixture_lines(&text, "effect");
    assert!(rows.len() > 5000);
    let show = |effect: Option<i64>| effect.map_or("err".to_string(), |e| e.to_string());
    for row in rows {
        let (number, oparg): (u32, u32) =
            (row[0].parse().expect("op"), row[1].parse().expect("oparg"));
        let context = format!("stack_effect({number}, {oparg})");
        assert_eq!(show(stack_effect(number, oparg, None)), row[2], "{context}");
        assert_eq!(
            show(stack_effect(number, oparg, Some(true))),
            row[3],
            "{context}, jump=True"
        );
        assert_eq!(
            show(stack_effect(number, oparg, Some(false))),
            row[4],
            "{context}, jump=False"
        );
    }
}

#[test]
fn caches_and_families_match_reference() {
    let text = fixture("opcodes.txt");
    let mut with_cache = Vec::new();
    for row in fixture_lines(&text, "cache") {
        let op = Opcode::from_name(row[0]).expect("cached opcode");
        let fields: Vec<String> = op
            .cache_fields()
            .iter()
            .map(|f| format!("{}:{}", f.name, f.size))
            .collect();
        assert_eq!(fields, row[1..], "cache of {}", row[0]);
        with_cache.push(op);
    }
    for op in Opcode::ALL {
        let base = op.uninstrumented().unwrap_or(op.deopt());
        assert_eq!(
            op.cache_entries() > 0,
            with_cache.contains(&base),
            "cache of {}",
            op.name()
        );
    }
    let families = fixture_lines(&text, "family");
    assert_eq!(
        families.len(),
        Opcode::ALL
            .iter()
            .filter(|op| !op.specializations().is_empty())
            .count()
    );
    for row in families {
        let head = Opcode::from_name(row[0]).expect("family head");
        let names: Vec<&str> = head.specializations().iter().map(|s| s.name()).collect();
        assert_eq!(names, row[1..], "family {}", row[0]);
        for member in head.specializations() {
            assert_eq!(member.deopt(), head);
        }
    }
    let constant = |kind: &str| {
        fixture_lines(&text, kind)[0][0]
            .parse::<u8>()
            .expect("constant")
    };
    assert_eq!(constant("have_argument"), HAVE_ARGUMENT);
    assert_eq!(constant("min_instrumented"), MIN_INSTRUMENTED_OPCODE);
}

#[test]
fn instrumented_twins_pair_up() {
    for op in Opcode::ALL {
        if let Some(twin) = op.instrumented() {
            assert_eq!(twin.name(), format!("INSTRUMENTED_{}", op.name()));
            assert_eq!(twin.uninstrumented(), Some(*op));
        }
    }
    let twins = Opcode::ALL
        .iter()
        .filter(|op| op.uninstrumented().is_some())
        .count();
    let instrumented = Opcode::ALL.iter().filter(|op| op.is_instrumented()).count();
    assert_eq!(
        twins + 2,
        instrumented,
        "all but INSTRUMENTED_LINE/INSTRUCTION have a base"
    );
}

#[test]
fn oparg_names_match_reference() {
    use ouro_bytecode::oparg::{BinaryOp, CommonConstant, Intrinsic1, Intrinsic2, SpecialMethod};
    let text = fixture("opcodes.txt");
    let check = |kind: &str, shown: &dyn Fn(u32) -> Option<String>, count: usize| {
        let rows = fixture_lines(&text, kind);
        assert_eq!(rows.len(), count, "{kind}");
        for row in rows {
            let index: u32 = row[0].parse().expect("index");
            assert_eq!(
                shown(index).as_deref(),
                Some(row[1..].join(" ").as_str()),
                "{kind} {index}"
            );
        }
    };
    check(
        "nb_op",
        &|i| BinaryOp::from_oparg(i).map(|op| format!("{} {}", op.name(), op.argrepr())),
        BinaryOp::ALL.len(),
    );
    check(
        "intrinsic1",
        &|i| Intrinsic1::from_oparg(i).map(|f| f.argrepr().to_string()),
        Intrinsic1::ALL.len(),
    );
    check(
        "intrinsic2",
        &|i| Intrinsic2::from_oparg(i).map(|f| f.argrepr().to_string()),
        Intrinsic2::ALL.len(),
    );
    check(
        "special",
        &|i| SpecialMethod::from_oparg(i).map(|m| m.argrepr().to_string()),
        SpecialMethod::ALL.len(),
    );
    check(
        "common_constant",
        &|i| CommonConstant::from_oparg(i).map(|c| c.argrepr().to_string()),
        CommonConstant::ALL.len(),
    );
}

#[test]
fn compiler_predicates_agree_with_flags() {
    let all = Opcode::ALL
        .iter()
        .map(|op| AnyOpcode::Real(*op))
        .chain(PseudoOpcode::ALL.iter().map(|op| AnyOpcode::Pseudo(*op)));
    for op in all {
        // Every conditional or unconditional jump is a jump; every block push a pseudo-op.
        if op.is_conditional_jump() || op.is_unconditional_jump() {
            assert!(op.has_target() && op.is_terminator(), "{}", op.name());
        }
        if op.is_block_push() {
            assert!(matches!(op, AnyOpcode::Pseudo(_)) && op.name().starts_with("SETUP_"));
        }
        assert!(!(op.is_scope_exit() && op.has_target()), "{}", op.name());
    }
    let block_pushes: Vec<&str> = PseudoOpcode::ALL
        .iter()
        .map(|op| AnyOpcode::Pseudo(*op))
        .filter(|op| op.is_block_push())
        .map(|op| op.name())
        .collect();
    assert_eq!(
        block_pushes,
        ["SETUP_CLEANUP", "SETUP_FINALLY", "SETUP_WITH"]
    );
}
