//! Runs every conformance program under tests/cases/ on ouro and compares its exit status, stdout and stderr with the `.expected` file recorded from CPython 3.14 by tools/record-cases.
//!
//! Known gaps are listed in tests/cases/KNOWN_FAILURES (`area/name.py  #
//! reason`). The test fails on an unlisted failing case, on a listed case
//! that now passes (so the list only shrinks) and on a listed case that does
//! not exist, and on a case without a readable `.expected`. `OURO_TEST_BLESS=1` rewrites the list to the cases failing now,
//! keeping the reasons already written; `OURO_CASES=text` runs only the cases
//! whose path contains `text`.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const CASES: &str = "tests/cases";
const KNOWN_FAILURES: &str = "tests/cases/KNOWN_FAILURES";
const CASE_TIMEOUT: Duration = Duration::from_secs(10);
/// Cases run at once; the machine has few cores and ouro is single-threaded.
const WORKERS: usize = 3;
/// Unchanged lines shown around each change in a failing case's diff.
const DIFF_CONTEXT: usize = 2;
/// Each of a failing case's stdout and stderr diffs is cut after this many
/// lines, so a report stays under about 40 lines.
const SECTION_LINES: usize = 18;
const NEW_ENTRY_REASON: &str = "not yet triaged";

/// How one program ended: exit status (`None` when killed by a signal or the
/// timeout), stdout and stderr.
#[derive(PartialEq)]
struct Outcome {
    status: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Every case program as a path relative to tests/cases (`area/name.py`).
/// Folders whose name starts with `_` hold modules the cases import
/// (`import/_pkgs/`), not cases.
fn case_programs(cases: &Path) -> Vec<String> {
    let mut programs = Vec::new();
    let mut folders = vec![cases.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries =
            fs::read_dir(&folder).unwrap_or_else(|e| panic!("reading {}: {e}", folder.display()));
        for entry in entries {
            let path = entry.expect("case folder entry").path();
            if path.is_dir() {
                if !path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('_'))
                {
                    folders.push(path);
                }
            } else if path.extension().is_some_and(|ext| ext == "py") {
                let relative = path.strip_prefix(cases).expect("case under tests/cases");
                programs.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    programs.sort();
    programs
}

/// Takes the line at the front of `rest` and returns what follows `prefix` in it.
fn header(rest: &mut &[u8], prefix: &str) -> Result<String, String> {
    let end = rest.iter().position(|&b| b == b'\n').ok_or("truncated")?;
    let line = String::from_utf8_lossy(&rest[..end]).into_owned();
    *rest = &rest[end + 1..];
    line.strip_prefix(prefix)
        .map(str::to_string)
        .ok_or_else(|| format!("expected `{prefix}...`, found `{line}`"))
}

/// Parses a `.expected` file (format in tools/record-cases): `# status: N`,
/// then `--- stdout: N bytes` and `--- stderr: N bytes`, each followed by
/// its bytes and a newline if they do not end in one.
fn parse_expected(data: &[u8]) -> Result<Outcome, String> {
    let mut rest = data;
    let status = header(&mut rest, "# status: ")?;
    let status = status
        .parse()
        .map_err(|_| format!("bad status `{status}`"))?;
    let mut sections = Vec::new();
    for name in ["stdout", "stderr"] {
        let count = header(&mut rest, &format!("--- {name}: "))?;
        let count: usize = count
            .strip_suffix(" bytes")
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| format!("bad {name} size `{count}`"))?;
        let section = rest.get(..count).ok_or("truncated section")?.to_vec();
        rest = &rest[count..];
        if !section.is_empty() && !section.ends_with(b"\n") {
            rest = rest
                .strip_prefix(b"\n")
                .ok_or("missing newline after section")?;
        }
        sections.push(section);
    }
    if !rest.is_empty() {
        return Err("trailing bytes after the stderr section".to_string());
    }
    let stderr = sections.pop().unwrap_or_default();
    let stdout = sections.pop().unwrap_or_default();
    Ok(Outcome {
        status: Some(status),
        stdout,
        stderr,
    })
}

/// Runs ouro on one case with cwd tests/cases, killing it after `CASE_TIMEOUT`;
/// output goes to files so a chatty program cannot block on a full pipe.
fn run_ouro(cases: &Path, scratch: &Path, program: &str) -> Outcome {
    let stem = scratch.join(program.replace('/', "__"));
    let stdout_path = stem.with_extension("stdout");
    let stderr_path = stem.with_extension("stderr");
    // The cases were recorded with SIGINT at its default disposition; a test
    // run started in the background inherits it ignored (and Ouro, like
    // CPython, then installs no KeyboardInterrupt handler), so GNU env
    // restores the default first.
    let mut child = Command::new("env")
        .args(["--default-signal=INT", env!("CARGO_BIN_EXE_ouro")])
        .arg(program)
        .current_dir(cases)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(fs::File::create(&stdout_path).expect("creating a stdout file"))
        .stderr(fs::File::create(&stderr_path).expect("creating a stderr file"))
        .spawn()
        .expect("starting ouro");
    let deadline = Instant::now() + CASE_TIMEOUT;
    // Poll with a growing pause: quick exits cost ~1 ms, long runs little CPU.
    let mut pause = Duration::from_millis(1);
    let status = loop {
        match child.try_wait().expect("waiting for ouro") {
            Some(status) => break status.code(),
            None if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            None => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
        }
    };
    let mut stderr = fs::read(&stderr_path).unwrap_or_default();
    if status.is_none() {
        let timed_out = Instant::now() >= deadline;
        let why = if timed_out {
            "timed out"
        } else {
            "killed by a signal"
        };
        stderr.extend_from_slice(format!("[conformance: ouro {why}]\n").as_bytes());
    }
    Outcome {
        status,
        stdout: without_cases_dir(cases, fs::read(&stdout_path).unwrap_or_default()),
        stderr: without_cases_dir(cases, stderr),
    }
}

/// `output` with the absolute path of tests/cases/ (and its `/`) cut out, as
/// tools/record-cases cuts it from CPython's, which names the main program by
/// its absolute path in tracebacks.
fn without_cases_dir(cases: &Path, output: Vec<u8>) -> Vec<u8> {
    let prefix = format!("{}/", cases.display()).into_bytes();
    let mut result = Vec::with_capacity(output.len());
    let mut rest = output.as_slice();
    while let Some(at) = rest
        .windows(prefix.len())
        .position(|w| w == prefix.as_slice())
    {
        result.extend_from_slice(&rest[..at]);
        rest = &rest[at + prefix.len()..];
    }
    result.extend_from_slice(rest);
    result
}

/// A line diff of `expected` and `actual` (`-` expected only, `+` ouro only,
/// ` ` both), from their longest common subsequence.
fn diff_lines(expected: &str, actual: &str) -> Vec<String> {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    // Huge outputs would make the table quadratic; show them side by side.
    if old.len() * new.len() > 4_000_000 {
        let mut lines: Vec<String> = old.iter().map(|l| format!("-{l}")).collect();
        lines.extend(new.iter().map(|l| format!("+{l}")));
        return lines;
    }
    // common[i][j]: length of the LCS of old[i..] and new[j..].
    let mut common = vec![vec![0usize; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            common[i][j] = if old[i] == new[j] {
                common[i + 1][j + 1] + 1
            } else {
                common[i + 1][j].max(common[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut lines) = (0, 0, Vec::new());
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            lines.push(format!(" {}", old[i]));
            (i, j) = (i + 1, j + 1);
        } else if i < old.len() && (j == new.len() || common[i + 1][j] >= common[i][j + 1]) {
            lines.push(format!("-{}", old[i]));
            i += 1;
        } else {
            lines.push(format!("+{}", new[j]));
            j += 1;
        }
    }
    lines
}

/// The changed lines of a diff with `DIFF_CONTEXT` unchanged lines either
/// side; each run of skipped lines becomes one `...` line.
fn around_changes(diff: Vec<String>) -> Vec<String> {
    let mut keep = vec![false; diff.len()];
    for (i, line) in diff.iter().enumerate() {
        if !line.starts_with(' ') {
            let end = (i + DIFF_CONTEXT).min(diff.len() - 1);
            keep[i.saturating_sub(DIFF_CONTEXT)..=end].fill(true);
        }
    }
    let mut kept = Vec::new();
    for (line, keep) in diff.into_iter().zip(keep) {
        if keep {
            kept.push(line);
        } else if kept.last().is_none_or(|l| l != "...") {
            kept.push("...".to_string());
        }
    }
    kept
}

/// What differs between the expected and the actual outcome.
fn report(expected: &Outcome, actual: &Outcome) -> String {
    let mut lines = Vec::new();
    if expected.status != actual.status {
        let show = |s: Option<i32>| s.map_or("none (killed)".to_string(), |c| c.to_string());
        lines.push(format!(
            "exit status: expected {}, ouro {}",
            show(expected.status),
            show(actual.status)
        ));
    }
    for (name, want, got) in [
        ("stdout", &expected.stdout, &actual.stdout),
        ("stderr", &expected.stderr, &actual.stderr),
    ] {
        if want != got {
            lines.push(format!("--- {name} (- expected, + ouro)"));
            let want = String::from_utf8_lossy(want);
            let got = String::from_utf8_lossy(got);
            let diff = diff_lines(&want, &got);
            if diff.iter().all(|l| l.starts_with(' ')) {
                lines.push(" (lines equal; trailing newline or line ending differs)".to_string());
            }
            let mut diff = around_changes(diff);
            if diff.len() > SECTION_LINES {
                let cut = diff.len() - SECTION_LINES;
                diff.truncate(SECTION_LINES);
                diff.push(format!("... {cut} more lines"));
            }
            lines.extend(diff);
        }
    }
    lines.iter().map(|l| format!("    {l}\n")).collect()
}

/// KNOWN_FAILURES as {case: reason}, or the lines that are not `case # reason`.
fn known_failures(path: &Path) -> (BTreeMap<String, String>, Vec<String>) {
    let text = fs::read_to_string(path).unwrap_or_default();
    let mut entries = BTreeMap::new();
    let mut malformed = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once('#') {
            Some((case, reason)) if !case.trim().is_empty() && !reason.trim().is_empty() => {
                entries.insert(case.trim().to_string(), reason.trim().to_string());
            }
            _ => malformed.push(format!(
                "KNOWN_FAILURES:{}: not `area/name.py  # reason`: {line}",
                number + 1
            )),
        }
    }
    (entries, malformed)
}

/// Rewrites KNOWN_FAILURES: its leading comment lines, then one line per entry.
fn bless_known_failures(path: &Path, entries: &BTreeMap<String, String>) {
    let text = fs::read_to_string(path).unwrap_or_default();
    let header: String = text
        .lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    let body: String = entries
        .iter()
        .map(|(case, reason)| format!("{case}  # {reason}\n"))
        .collect();
    fs::write(path, header + &body).expect("writing KNOWN_FAILURES");
}

#[test]
fn conformance_cases_match_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases = root.join(CASES).canonicalize().expect("tests/cases exists");
    let scratch: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join("conformance");
    let _ = fs::remove_dir_all(&scratch);
    fs::create_dir_all(&scratch).expect("creating the scratch directory");

    let filter = std::env::var("OURO_CASES").unwrap_or_default();
    let bless = std::env::var_os("OURO_TEST_BLESS").is_some_and(|v| v == "1");
    let all_programs = case_programs(&cases);
    assert!(!all_programs.is_empty(), "no programs under {CASES}");
    let programs: Vec<&String> = all_programs
        .iter()
        .filter(|p| p.contains(&filter))
        .collect();
    let (listed, mut problems) = known_failures(&root.join(KNOWN_FAILURES));

    // Each worker takes the next case; results land in `failures` as
    // {case: report}, so the output order does not depend on scheduling.
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(BTreeMap::new());
    let broken = Mutex::new(BTreeMap::new());
    std::thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| {
                while let Some(program) = programs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let expected_path = cases.join(program).with_extension("expected");
                    let expected = fs::read(&expected_path)
                        .map_err(|_| "no .expected (run tools/record-cases)".to_string())
                        .and_then(|data| {
                            parse_expected(&data)
                                .map_err(|why| format!("unreadable .expected: {why}"))
                        });
                    match expected {
                        Err(why) => {
                            broken.lock().unwrap().insert(program.to_string(), why);
                        }
                        Ok(expected) => {
                            let actual = run_ouro(&cases, &scratch, program);
                            if actual != expected {
                                let text = report(&expected, &actual);
                                failures.lock().unwrap().insert(program.to_string(), text);
                            }
                        }
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    let broken = broken.into_inner().unwrap();

    let mut stderr = std::io::stderr();
    for program in programs.iter().filter(|p| !broken.contains_key(**p)) {
        let failed = failures.get(*program);
        match (failed, listed.contains_key(*program)) {
            (Some(text), false) => {
                let _ = write!(stderr, "FAIL {program}\n{text}");
                problems.push(format!("{program}: fails (diff above)"));
            }
            (None, true) => problems.push(format!(
                "{program}: now passes, remove it from KNOWN_FAILURES"
            )),
            _ => {}
        }
    }
    for case in listed.keys() {
        if !all_programs.contains(case) {
            problems.push(format!("{case}: listed in KNOWN_FAILURES but no such case"));
        }
    }
    let failed = failures.len() + broken.len();
    // Written past libtest's capture so the count shows in passing runs too.
    let _ = writeln!(
        stderr,
        "conformance: {} passed, {failed} failed ({} known failures listed)",
        programs.len() - failed,
        listed.len()
    );

    if bless {
        // Keep a listed case that still exists and still fails, or that this
        // (filtered) run did not run.
        let mut entries: BTreeMap<String, String> = listed
            .into_iter()
            .filter(|(case, _)| {
                let ran = case.contains(&filter);
                all_programs.contains(case) && (failures.contains_key(case) || !ran)
            })
            .collect();
        for case in failures.keys() {
            entries
                .entry(case.clone())
                .or_insert_with(|| NEW_ENTRY_REASON.to_string());
        }
        bless_known_failures(&root.join(KNOWN_FAILURES), &entries);
        let _ = writeln!(
            stderr,
            "conformance: KNOWN_FAILURES blessed ({} entries)",
            entries.len()
        );
        problems.clear();
    }
    problems.extend(
        broken
            .iter()
            .map(|(program, why)| format!("{program}: {why}")),
    );
    assert!(
        problems.is_empty(),
        "{} problem(s) in the conformance cases:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn diff_keeps_changes_and_their_context() {
    let expected: String = (0..10).map(|i| format!("{i}\n")).collect();
    let actual = expected.replace("5\n", "five\n");
    let diff = around_changes(diff_lines(&expected, &actual));
    assert_eq!(diff, ["...", " 3", " 4", "-5", "+five", " 6", " 7", "..."]);
}
