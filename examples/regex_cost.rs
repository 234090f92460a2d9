//! Times single patterns over a file, for finding the costly ones.
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    for pat in std::env::args().skip(2) {
        let re = minutes_analyser::pattern::compile(&pat);
        let t = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..20 {
            n += re.find_iter(&text).count();
        }
        println!(
            "{:>10.2?} {:>6} {}",
            t.elapsed() / 20,
            n / 20,
            &pat[..pat.len().min(60)]
        );
    }
}
