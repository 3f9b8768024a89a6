//! Runs `ouro --dump errors` over the syntax-error corpus (tests/syntax_errors/) and compares each outcome with the one recorded from CPython 3.14 by tools/record-syntax-errors.
//!
//! Known gaps are listed in tests/syntax_errors/expected_failures.txt (a path
//! relative to the corpus, then `#` and the reason). The test fails on any
//! unlisted mismatch, on a listed program that now matches (so the list only
//! shrinks) and on a listed path that does not exist. With
//! `OURO_TEST_BLESS=1` it rewrites the list to the programs that fail now,
//! keeping the reasons already written and giving new entries ouro's output.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

const CORPUS: &str = "tests/syntax_errors";
const EXPECTED_FAILURES: &str = "tests/syntax_errors/expected_failures.txt";
/// One ouro process gets this long for the files it is given; a hang counts
/// as a crash on the file it was working on.
const OURO_TIMEOUT: Duration = Duration::from_secs(300);

/// Every `.py` program of the corpus, as a path relative to the package root.
fn corpus_programs(root: &Path) -> Vec<String> {
    let mut programs = Vec::new();
    let mut folders = vec![root.join(CORPUS)];
    while let Some(folder) = folders.pop() {
        let entries =
            fs::read_dir(&folder).unwrap_or_else(|e| panic!("reading {}: {e}", folder.display()));
        for entry in entries {
            let path = entry.expect("corpus entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "py") {
                let relative = path.strip_prefix(root).expect("corpus path under the root");
                programs.push(relative.to_string_lossy().into_owned());
            }
        }
    }
    programs.sort();
    programs
}

/// Where `ouro --dump errors --out DIR` writes the dump of `program`.
fn dump_path(out_dir: &Path, program: &str) -> PathBuf {
    out_dir.join(format!("{program}.errors"))
}

/// Runs ouro once over `programs`, killing it after `OURO_TIMEOUT`; returns
/// how it ended (`None` on timeout) and its last line on stderr.
fn run_ouro_once(root: &Path, out_dir: &Path, programs: &[String]) -> (Option<ExitStatus>, String) {
    let stderr_path = out_dir.join("ouro.stderr");
    let stderr = fs::File::create(&stderr_path).expect("creating ouro's stderr file");
    let mut child = Command::new(env!("CARGO_BIN_EXE_ouro"))
        .args(["--dump", "errors", "--out"])
        .arg(out_dir)
        .args(programs)
        .current_dir(root)
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .expect("starting ouro");
    let deadline = Instant::now() + OURO_TIMEOUT;
    // Poll with a growing pause: quick exits cost ~1 ms, long runs little CPU.
    let mut pause = Duration::from_millis(1);
    let status = loop {
        match child.try_wait().expect("waiting for ouro") {
            Some(status) => break Some(status),
            None if Instant::now() >= deadline => {
                // It may have exited just now; either way it is gone after this.
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
    let stderr_text = fs::read_to_string(&stderr_path).unwrap_or_default();
    let last_line = stderr_text
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string();
    (status, last_line)
}

/// Ouro's errors dump of every program: `Ok(text)` or `Err(why there is none)`.
///
/// Programs are dumped in order, so when a process stops early (a crash or a
/// hang) the first program after the last dump written is blamed and ouro
/// runs again on the programs after it.
fn ouro_dumps(
    root: &Path,
    out_dir: &Path,
    programs: &[String],
) -> BTreeMap<String, Result<String, String>> {
    let mut dumps = BTreeMap::new();
    let mut pending = programs.to_vec();
    while !pending.is_empty() {
        let (status, last_stderr_line) = run_ouro_once(root, out_dir, &pending);
        let mut last_written = None;
        for (index, program) in pending.iter().enumerate() {
            if let Ok(bytes) = fs::read(dump_path(out_dir, program)) {
                dumps.insert(
                    program.clone(),
                    Ok(String::from_utf8_lossy(&bytes).into_owned()),
                );
                last_written = Some(index);
            }
        }
        let resume_at = last_written.map_or(0, |index| index + 1);
        for program in &pending[..resume_at] {
            dumps.entry(program.clone()).or_insert_with(|| {
                Err("ouro wrote no dump for it but went on with later files".to_string())
            });
        }
        let Some(stopped_at) = pending.get(resume_at) else {
            break;
        };
        let how = status.map_or_else(
            || format!("timed out after {}s", OURO_TIMEOUT.as_secs()),
            |s| s.to_string(),
        );
        dumps.insert(
            stopped_at.clone(),
            Err(format!("no dump from ouro ({how}: {last_stderr_line})")),
        );
        pending = pending[resume_at + 1..].to_vec();
    }
    dumps
}

/// expected_failures.txt as {corpus-relative path: reason}, or the lines that
/// do not follow the `path # reason` form.
fn expected_failures(root: &Path) -> (BTreeMap<String, String>, Vec<String>) {
    let text =
        fs::read_to_string(root.join(EXPECTED_FAILURES)).expect("reading expected_failures.txt");
    let mut entries = BTreeMap::new();
    let mut malformed = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once('#') {
            Some((path, reason)) if !path.trim().is_empty() && !reason.trim().is_empty() => {
                entries.insert(path.trim().to_string(), reason.trim().to_string());
            }
            _ => malformed.push(format!(
                "expected_failures.txt:{}: not `path # reason`: {line}",
                number + 1
            )),
        }
    }
    (entries, malformed)
}

/// Rewrites expected_failures.txt: its leading comment, then `entries`.
fn bless_expected_failures(root: &Path, entries: &[String]) {
    let path = root.join(EXPECTED_FAILURES);
    let text = fs::read_to_string(&path).expect("reading expected_failures.txt");
    let header: String = text
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let body: String = entries.iter().map(|e| format!("{e}\n")).collect();
    fs::write(&path, header + &body).expect("writing expected_failures.txt");
}

#[test]
fn syntax_error_corpus_matches_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("frontend_errors");
    let _ = fs::remove_dir_all(&out_dir);
    fs::create_dir_all(&out_dir).expect("creating the dump directory");

    let programs = corpus_programs(root);
    assert!(!programs.is_empty(), "no programs under {CORPUS}");
    let dumps = ouro_dumps(root, &out_dir, &programs);
    let (listed, mut problems) = expected_failures(root);

    let bless = std::env::var_os("OURO_TEST_BLESS").is_some_and(|v| v == "1");
    let mut failing = Vec::new();
    let mut identical = 0;
    for program in &programs {
        let key = program
            .strip_prefix(&format!("{CORPUS}/"))
            .unwrap_or(program);
        let Ok(expected) = fs::read_to_string(root.join(format!("{program}.errors"))) else {
            problems.push(format!(
                "{key}: no recorded {key}.errors (run tools/record-syntax-errors)"
            ));
            continue;
        };
        let actual = &dumps[program];
        let same = actual.as_deref() == Ok(expected.as_str());
        identical += usize::from(same);
        if !same {
            let reason = listed.get(key).cloned().unwrap_or_else(|| match actual {
                Ok(text) => format!("ouro says: {}", text.lines().next().unwrap_or("")),
                Err(why) => why.clone(),
            });
            failing.push(format!("{key}  # {reason}"));
        }
        if bless {
            continue;
        }
        match (same, listed.contains_key(key)) {
            (true, true) => problems.push(format!(
                "{key}: passes now; remove it from expected_failures.txt"
            )),
            (false, false) => {
                let got = match actual {
                    Ok(text) => text.trim_end().to_string(),
                    Err(why) => why.clone(),
                };
                problems.push(format!(
                    "{key}:\n    expected: {}\n    ouro:     {got}",
                    expected.trim_end()
                ));
            }
            _ => {}
        }
    }
    for key in listed.keys() {
        if !root.join(CORPUS).join(key).is_file() {
            problems.push(format!(
                "{key}: listed in expected_failures.txt but no such program"
            ));
        }
    }

    if bless {
        bless_expected_failures(root, &failing);
        problems.retain(|p| p.contains("no recorded"));
    }
    let share = 100.0 * identical as f64 / programs.len() as f64;
    // Written past libtest's capture so the share shows in passing runs too.
    let _ = writeln!(
        std::io::stderr(),
        "frontend_errors: {identical} of {} programs identical to CPython 3.14 ({share:.1}%)",
        programs.len()
    );
    assert!(
        problems.is_empty(),
        "{} problem(s) in the syntax-error corpus ({identical} of {} identical, {share:.1}%):\n{}",
        problems.len(),
        programs.len(),
        problems.join("\n")
    );
}
