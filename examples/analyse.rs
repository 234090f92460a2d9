//! Times whole analyses of a file, as a user's call makes them (stages side by side
//! natively): `cargo run --release --example analyse FILE [RUNS]`. Prints the best and
//! the median run and the throughput of the median.
use std::time::Instant;

/// The allocator the CLI runs with (see `src/main.rs`), so that the figures are its.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let path = std::env::args().nth(1).expect("give a file");
    let runs: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    // One untimed run so that pattern compilation is not counted.
    minutes_analyser::analyse(&text);
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(minutes_analyser::analyse(std::hint::black_box(&text)));
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "best {:.3} ms  median {:.3} ms  {:.1} MB/s",
        times[0] * 1e3,
        median * 1e3,
        text.len() as f64 / median / 1e6
    );
}
