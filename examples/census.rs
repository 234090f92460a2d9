use minutes_analyser::{figures::FigureStarts, normalize::Normalized, segment};
fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let mut norm = Normalized::new(&text);
    let seg = segment::segment(&norm.text);
    norm.soften_line_breaks(&seg.soft_breaks);
    let starts = FigureStarts::new(&norm.lower);
    let (mut s_with, mut figs, mut bytes_with) = (0, 0, 0);
    for s in &seg.sentences {
        let f = starts.figures(&norm.text, &norm.lower, s.range.clone());
        if !f.is_empty() {
            s_with += 1;
            figs += f.len();
            bytes_with += s.range.len();
        }
    }
    println!(
        "sentences {} with figures {} figures {} bytes_with {}",
        seg.sentences.len(),
        s_with,
        figs,
        bytes_with
    );
}
