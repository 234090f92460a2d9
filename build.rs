//! Copies the vocabulary tables in `data/` to `OUT_DIR` without their comment lines.
//!
//! The comments explain each table to the people who edit it; the analyser skips them
//! anyway, and in the wasm every byte counts against the page's size budget.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let data = Path::new("data");
    println!("cargo:rerun-if-changed=data");
    for entry in fs::read_dir(data).expect("data/ is readable").flatten() {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("data files are UTF-8");
        let kept: String = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .flat_map(|l| [l, "\n"])
            .collect();
        let name = path.file_name().expect("a file name");
        fs::write(Path::new(&out).join(name), kept).expect("OUT_DIR is writable");
    }
}
