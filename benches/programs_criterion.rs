//! Wall-clock benchmark (criterion): each program of `benches/programs` run by the `ouro` binary at its small size,
//! start-up included. See docs/benchmarks.md.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};

fn run_programs(c: &mut Criterion) {
    let programs = common::programs();
    common::check_ouro_runs(&programs);
    let mut group = c.benchmark_group("programs");
    // Each iteration is a whole process run; ten samples keep a full pass to a few minutes.
    group.sample_size(10);
    for program in &programs {
        group.bench_function(&program.name, |b| {
            b.iter(|| {
                let status = program.command().status();
                assert!(
                    status.as_ref().is_ok_and(|s| s.success()),
                    "{} stopped running under ouro: {status:?}",
                    program.name
                );
            });
        });
    }
    group.finish();
}

criterion_group!(benches, run_programs);
criterion_main!(benches);
