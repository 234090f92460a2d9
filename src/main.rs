//! `minutes`: the command-line face of the analyser.

use minutes_analyser::{analyse, formats, render, Report, VERSION};
use std::io::{Read, Write};
use std::process::ExitCode;

/// The allocator: an analysis makes a few thousand small, short-lived allocations on
/// two threads, and glibc's malloc and free took some 8% of its time (mimalloc cut the
/// dev corpus's median by about 5%, for some 25 MB more peak memory at 10 MB). The
/// page's wasm keeps its own, and a build without the `mimalloc` feature the system's.
#[cfg(all(feature = "mimalloc", not(target_arch = "wasm32")))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
minutes: find performance indicators, actions and concerns in council minutes

Usage:
  minutes analyse [--format json|csv|md] [FILE...]
  minutes --version | --help

With no FILE, or FILE '-', reads standard input. With several files, JSON output
is one object per line, each tagged with its \"file\"; CSV gains a file column.
Reads .txt (UTF-8, UTF-16 with BOM, else Windows-1252), .html/.htm and .docx;
spans in the report are byte offsets into the text read from the file (for a
UTF-8 .txt, the file itself). PDFs: convert first (pdftotext) or use the page.
";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Csv,
    Markdown,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("minutes: {e}");
            ExitCode::from(if e.starts_with("usage") { 2 } else { 1 })
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some(command) = args.first() else {
        print!("{USAGE}");
        return Err("usage: give a command, e.g. `minutes analyse FILE`".into());
    };
    match command.as_str() {
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            return Ok(());
        }
        "-V" | "--version" => {
            println!("minutes {VERSION}");
            return Ok(());
        }
        "analyse" | "analyze" => {}
        other => {
            return Err(format!(
                "usage: unknown command '{other}' (try `minutes --help`)"
            ))
        }
    }
    let mut format = Format::Json;
    let mut files: Vec<String> = Vec::new();
    let mut it = args[1..].iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" | "-f" => {
                let v = it
                    .next()
                    .ok_or("usage: --format needs a value: json, csv or md")?;
                format = parse_format(v)?;
            }
            s if s.starts_with("--format=") => format = parse_format(&s["--format=".len()..])?,
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(());
            }
            s if s.starts_with("--") => return Err(format!("usage: unknown option '{s}'")),
            s => files.push(s.to_string()),
        }
    }
    if files.is_empty() {
        files.push("-".into());
    }
    let several = files.len() > 1;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if format == Format::Csv && several {
        out.write_all(render::CSV_HEADER_WITH_FILE.as_bytes())
            .map_err(|e| e.to_string())?;
    }
    for name in &files {
        let bytes = read(name)?;
        let doc =
            formats::read(&bytes, name).map_err(|e| format!("{}: {e}", display_name(name)))?;
        if doc.encoding == "Windows-1252" {
            let at = formats::first_invalid_utf8(&bytes).unwrap_or(0);
            eprintln!(
                "minutes: note: {}: not valid UTF-8 (first bad byte at offset {at}); read as Windows-1252",
                display_name(name)
            );
        }
        let report = analyse(&doc.text);
        let rendered = render_one(&report, format, several.then_some(display_name(name)));
        out.write_all(rendered.as_bytes())
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn parse_format(v: &str) -> Result<Format, String> {
    match v {
        "json" => Ok(Format::Json),
        "csv" => Ok(Format::Csv),
        "md" | "markdown" => Ok(Format::Markdown),
        other => Err(format!(
            "usage: unknown format '{other}': use json, csv or md"
        )),
    }
}

fn display_name(name: &str) -> &str {
    if name == "-" {
        "<stdin>"
    } else {
        name
    }
}

fn read(name: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if name == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("<stdin>: cannot read: {e}"))?;
    } else {
        bytes = std::fs::read(name).map_err(|e| format!("{name}: cannot read: {e}"))?;
    }
    Ok(bytes)
}

fn render_one(report: &Report, format: Format, file: Option<&str>) -> String {
    match (format, file) {
        (Format::Json, None) => render::json(report) + "\n",
        (Format::Json, Some(f)) => {
            let mut v = serde_json::to_value(report).unwrap_or_default();
            if let Some(o) = v.as_object_mut() {
                o.insert("file".into(), serde_json::Value::String(f.into()));
            }
            v.to_string() + "\n"
        }
        (Format::Csv, f) => render::csv(report, f),
        (Format::Markdown, f) => render::markdown(report, f) + "\n",
    }
}
