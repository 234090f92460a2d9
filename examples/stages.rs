//! Times each stage of the analysis on a file: `cargo run --release --example stages FILE`.
use minutes_analyser::{
    actions, concerns, indicators, meeting, normalize::Normalized, segment, Analysis,
};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("give a file");
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let t = Instant::now();
    let norm = Normalized::new(&text);
    println!("normalize  {:?}", t.elapsed());
    let t = Instant::now();
    let seg = segment::segment(&norm.text);
    println!("segment    {:?}", t.elapsed());
    let mut a = Analysis {
        norm: &norm,
        seg: &seg,
        item_periods: Vec::new(),
    };
    let t = Instant::now();
    a.item_periods = meeting::item_periods(&a);
    println!("periods    {:?}", t.elapsed());
    let t = Instant::now();
    let i = indicators::extract(&a);
    println!("indicators {:?} ({})", t.elapsed(), i.len());
    let t = Instant::now();
    let x = actions::extract(&a);
    println!("actions    {:?} ({})", t.elapsed(), x.len());
    let t = Instant::now();
    let c = concerns::extract(&a);
    println!("concerns   {:?} ({})", t.elapsed(), c.len());
    let t = Instant::now();
    let m = meeting::facts(&a, &a.item_periods);
    println!("meeting    {:?} ({} people)", t.elapsed(), m.people.len());
}
