//! Instruction-count benchmark (iai-callgrind under Valgrind's callgrind): each program of `benches/programs` run by
//! the `ouro` binary at its small size. Needs `iai-callgrind-runner` of the same version as the library
//! (docs/benchmarks.md).

mod common;

use iai_callgrind::{Bench, BinaryBenchmark, BinaryBenchmarkGroup, binary_benchmark_group, main};

fn add_programs(group: &mut BinaryBenchmarkGroup) {
    let programs = common::programs();
    common::check_ouro_runs(&programs);
    let mut benchmark = BinaryBenchmark::new("ouro");
    for program in &programs {
        let mut command = iai_callgrind::Command::new(common::OURO);
        command.arg(&program.path).arg(&program.small_size);
        benchmark.bench(Bench::new(program.name.as_str()).command(command.build()));
    }
    group.binary_benchmark(benchmark);
}

binary_benchmark_group!(
    name = programs;
    benchmarks = |group: &mut BinaryBenchmarkGroup| add_programs(group)
);

main!(binary_benchmark_groups = programs);
