//! What the criterion and iai-callgrind benches share: the programs of `benches/programs`, each with the small size
//! it names in a `# small size: N` line, and a check that the `ouro` binary runs them before anything is measured.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio, exit};

/// The `ouro` binary Cargo built alongside this bench, in the same profile.
pub const OURO: &str = env!("CARGO_BIN_EXE_ouro");

const SMALL_SIZE_LINE: &str = "# small size: ";

pub struct Program {
    pub name: String,
    pub path: PathBuf,
    pub small_size: String,
}

/// Every `benches/programs/*.py`, sorted by name; on a malformed program, says why and exits.
pub fn programs() -> Vec<Program> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("benches")
        .join("programs");
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| fail(&format!("cannot list {}: {e}", dir.display())));
    let mut programs: Vec<Program> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .map(|path| {
            let source = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
            let small_size = source
                .lines()
                .find_map(|line| line.strip_prefix(SMALL_SIZE_LINE))
                .unwrap_or_else(|| {
                    fail(&format!(
                        "{} has no '{SMALL_SIZE_LINE}N' line",
                        path.display()
                    ))
                })
                .to_owned();
            let name = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            Program {
                name,
                path,
                small_size,
            }
        })
        .collect();
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    programs
}

impl Program {
    /// `ouro PROGRAM SMALL_SIZE`, output discarded.
    pub fn command(&self) -> Command {
        let mut command = Command::new(OURO);
        command
            .arg(&self.path)
            .arg(&self.small_size)
            .stdout(Stdio::null());
        command
    }
}

/// Runs each program once under `ouro`; if one fails, says which and how and exits, so that a benchmark
/// never times an error path.
pub fn check_ouro_runs(programs: &[Program]) {
    for program in programs {
        let shown = format!("{OURO} {} {}", program.path.display(), program.small_size);
        let output = program
            .command()
            .stderr(Stdio::piped())
            .output()
            .unwrap_or_else(|e| fail(&format!("cannot start `{shown}`: {e}")));
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let tail: Vec<&str> = stderr
                .lines()
                .rev()
                .take(5)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            fail(&format!(
                "`{shown}` failed ({}):\n    {}\nThese benchmarks need `ouro script.py` to run every program in \
                 benches/programs (docs/benchmarks.md).",
                output.status,
                tail.join("\n    ")
            ));
        }
    }
}

/// Prints `message` as an error and exits with status 1.
pub fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    exit(1)
}
