//! Prints the blocks a file is segmented into: `cargo run --example blocks FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("give a file");
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let norm = minutes_analyser::normalize::Normalized::new(&text);
    let seg = minutes_analyser::segment::segment(&norm.text);
    for (i, b) in seg.blocks.iter().enumerate() {
        println!(
            "{i:>3} item {:>2} level {} {:?}",
            b.item,
            b.level,
            &norm.text[b.range.clone()]
        );
    }
}
