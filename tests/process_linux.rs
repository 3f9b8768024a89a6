//! Behaviour the (emscripten) reference CPython cannot record: process creation and fault reports (`tests/linux/subprocess_linux.py`, `faulthandler_linux.py`), the system tz database (`zoneinfo_linux.py`), local time zones (`datetime_local_linux.py`) and what the command line runs (`cli_scripts_linux.py`: directories, zips, `-m`), against Linux CPython's output.

use std::path::Path;
use std::process::{Command, Stdio};

/// Runs `tests/linux/<name>.py` on ouro and compares its stdout with
/// `tests/linux/<name>.stdout`; stderr must stay empty.
fn matches_linux_cpython(name: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_ouro"))
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .stdin(Stdio::null())
        .arg(format!("tests/linux/{name}.py"))
        .output()
        .expect("ouro runs");
    let want =
        std::fs::read_to_string(format!("tests/linux/{name}.stdout")).expect("expected output");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
    assert!(out.status.success());
}

#[test]
fn subprocess_matches_linux_cpython() {
    matches_linux_cpython("subprocess_linux");
}

#[test]
fn faulthandler_matches_linux_cpython() {
    matches_linux_cpython("faulthandler_linux");
}

#[test]
fn zoneinfo_matches_linux_cpython() {
    matches_linux_cpython("zoneinfo_linux");
}

#[test]
fn datetime_local_zone_matches_linux_cpython() {
    matches_linux_cpython("datetime_local_linux");
}

#[test]
fn command_line_scripts_match_linux_cpython() {
    matches_linux_cpython("cli_scripts_linux");
}
