//! Throughput of `analyse` over the dev corpus (MB/s), and over the sample.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

/// The allocator the CLI runs with (see `src/main.rs`), so that the figures are its.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn corpus() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let text: String = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if text.is_empty() {
        eprintln!("../shared/corpus/dev absent: benchmarking the sample only");
        include_str!("../www/sample.txt").to_string()
    } else {
        text
    }
}

fn throughput(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("analyse");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("dev corpus", |b| {
        b.iter(|| minutes_analyser::analyse(std::hint::black_box(&text)))
    });
    let sample = include_str!("../www/sample.txt");
    g.throughput(Throughput::Bytes(sample.len() as u64));
    g.bench_function("sample", |b| {
        b.iter(|| minutes_analyser::analyse(std::hint::black_box(sample)))
    });
    g.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
