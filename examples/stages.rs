//! Times each stage of the analysis on a file, averaged over runs:
//! `cargo run --release --example stages FILE [RUNS]`.
use minutes_analyser::{
    actions, concerns, indicators, meeting, normalize::Normalized, segment, Analysis,
};
use std::time::{Duration, Instant};

/// The allocator the CLI runs with (see `src/main.rs`), so that the figures are its.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let path = std::env::args().nth(1).expect("give a file");
    let runs: u32 = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    // One untimed run so that pattern compilation is not counted.
    minutes_analyser::analyse(&text);
    // ONLY=concerns (say) runs just that extraction stage after segmenting, so that
    // instruction counts (valgrind) can be read per stage.
    let only = std::env::var("ONLY").unwrap_or_default();
    let (times, counts) = timed_runs(&text, runs, &only);
    let names = [
        "normalize",
        "segment",
        "periods",
        "indicators",
        "actions",
        "concerns",
        "meeting",
    ];
    let total: Duration = times.iter().sum();
    for (i, n) in names.iter().enumerate() {
        let c = if i >= 3 {
            format!(" ({})", counts[i - 3])
        } else {
            String::new()
        };
        println!("{n:<11}{:>10.1?}{c}", times[i] / runs);
    }
    println!(
        "total      {:>10.1?}  {:.1} MB/s",
        total / runs,
        (text.len() as f64 * runs as f64) / total.as_secs_f64() / 1e6
    );
}

/// The timed analyses, apart from `main`'s warm-up run, so that callgrind can count
/// only them: `--toggle-collect='stages::timed_runs'`.
#[inline(never)]
fn timed_runs(text: &str, runs: u32, only: &str) -> ([Duration; 8], [usize; 4]) {
    let run = |stage: &str| only.is_empty() || only == stage;
    let mut times = [Duration::ZERO; 8];
    let mut counts = [0usize; 4];
    for _ in 0..runs {
        let mut lap = Instant::now();
        let mut mark = |i: usize, times: &mut [Duration; 8]| {
            times[i] += lap.elapsed();
            lap = Instant::now();
        };
        let mut norm = Normalized::new(text);
        mark(0, &mut times);
        let seg = segment::segment(&norm.text);
        norm.soften_line_breaks(&seg.soft_breaks);
        mark(1, &mut times);
        let a = Analysis::new(&norm, &seg);
        // Found on first use in an analysis; here, so that the periods line times it.
        a.item_periods();
        mark(2, &mut times);
        if run("indicators") {
            counts[0] = indicators::extract(&a).len();
        }
        mark(3, &mut times);
        if run("actions") {
            counts[1] = actions::extract(&a).len();
        }
        mark(4, &mut times);
        if run("concerns") {
            counts[2] = concerns::extract(&a).len();
        }
        mark(5, &mut times);
        if run("meeting") {
            counts[3] = meeting::facts(&a, a.item_periods()).people.len();
        }
        mark(6, &mut times);
    }
    (times, counts)
}
