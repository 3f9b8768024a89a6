//! Instruction-count benchmark (iai-callgrind under Valgrind's callgrind): each program of `benches/programs` run by
//! the `ouro` binary at its small size, with and without specialization (`-X specialize=0`). Needs
//! `iai-callgrind-runner` of the same version as the library (docs/benchmarks.md).

mod common;

use iai_callgrind::{Bench, BinaryBenchmark, BinaryBenchmarkGroup, binary_benchmark_group, main};

/// The runner the library starts: the one named at build time by `IAI_CALLGRIND_RUNNER`, else the one on `PATH`.
const RUNNER: &str = match option_env!("IAI_CALLGRIND_RUNNER") {
    Some(path) => path,
    None => "iai-callgrind-runner",
};

/// The library's own error for a missing runner does not say which version to install; this one points at the docs.
/// (A runner of another version is refused by the runner itself, with both versions named.)
fn check_runner_installed() {
    if std::process::Command::new(RUNNER)
        .arg("--version")
        .output()
        .is_err()
    {
        common::fail(&format!(
            "cannot start `{RUNNER}`. Install the runner of the same version as the iai-callgrind dev-dependency \
             in Cargo.toml (`cargo install iai-callgrind-runner --version X.Y.Z`), and valgrind; see \
             docs/benchmarks.md."
        ));
    }
}

fn add_programs(group: &mut BinaryBenchmarkGroup) {
    check_runner_installed();
    let programs = common::programs();
    common::check_ouro_runs(&programs);
    // The same programs with `-X specialize=0`: the ratio of the two groups
    // is what the specializing interpreter saves (issue 7).
    for (name, options) in [
        ("ouro", &[][..]),
        ("ouro_unspecialized", &["-X", "specialize=0"][..]),
    ] {
        let mut benchmark = BinaryBenchmark::new(name);
        for program in &programs {
            let mut command = iai_callgrind::Command::new(common::OURO);
            command
                .args(options)
                .arg(&program.path)
                .arg(&program.small_size);
            benchmark.bench(Bench::new(program.name.as_str()).command(command.build()));
        }
        group.binary_benchmark(benchmark);
    }
}

binary_benchmark_group!(
    name = programs;
    benchmarks = |group: &mut BinaryBenchmarkGroup| add_programs(group)
);

main!(binary_benchmark_groups = programs);
