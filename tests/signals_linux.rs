//! Linux signal behaviour the (emscripten) reference CPython cannot record: `tests/linux/signal_linux.py` against Linux CPython's output, and how a program ends by SIGINT.

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// Linux's SIGINT.
const SIGINT: i32 = 2;

fn ouro() -> Command {
    // SIGINT at its default disposition even when the test run was started
    // in the background with it ignored (see tests/conformance.rs).
    let mut cmd = Command::new("env");
    cmd.args(["--default-signal=INT", env!("CARGO_BIN_EXE_ouro")]);
    cmd.current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .stdin(Stdio::null());
    cmd
}

#[test]
fn signal_module_matches_linux_cpython() {
    let out = ouro()
        .arg("tests/linux/signal_linux.py")
        .output()
        .expect("ouro runs");
    let want = std::fs::read_to_string("tests/linux/signal_linux.stdout").expect("expected output");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
    assert!(out.status.success());
}

/// Modules/main.c's `exit_sigint`: an uncaught KeyboardInterrupt prints its
/// traceback, then the process kills itself by SIGINT.
#[test]
fn uncaught_keyboard_interrupt_dies_by_sigint() {
    let out = ouro()
        .args(["-c", "import signal\nsignal.raise_signal(signal.SIGINT)"])
        .output()
        .expect("ouro runs");
    assert_eq!(out.status.signal(), Some(SIGINT));
    assert!(String::from_utf8_lossy(&out.stderr).ends_with("KeyboardInterrupt\n"));
}

/// A SIGINT from outside interrupts a busy loop and a sleep alike.
#[test]
fn sigint_from_outside_raises_keyboard_interrupt() {
    for code in [
        "print('ready', flush=True)\nwhile True: pass",
        "import time\nprint('ready', flush=True)\ntime.sleep(30)",
    ] {
        let mut child = ouro()
            .args(["-c", code])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("ouro runs");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("piped");
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line)
            .expect("ready line");
        std::thread::sleep(Duration::from_millis(100));
        Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .expect("kill runs");
        let out = child.wait_with_output().expect("ouro ends");
        assert_eq!(out.status.signal(), Some(SIGINT), "{code}");
        assert!(String::from_utf8_lossy(&out.stderr).ends_with("KeyboardInterrupt\n"));
    }
}
