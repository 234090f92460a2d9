//! Reads the files minutes are downloaded as: text in any common encoding, saved
//! web pages (ModernGov and the like) and Word documents, into the plain text that
//! the analyser and the page's source view both work on (offsets refer to it).
//!
//! Each format is read with a library made for it: `quick-xml` for .docx (its zip
//! read by [`archive`], with `miniz_oxide`), `tl` for HTML. PDFs are read in the page
//! by Mozilla's pdf.js.

mod archive;

use std::fmt;

/// What kind of file the text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// A web page.
    Html,
    /// A Word document (.docx).
    Docx,
}

impl Format {
    /// A short name for messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "HTML",
            Format::Docx => "Word (.docx)",
        }
    }
}

/// The text read from a file, and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The text. For UTF-8 text files it is the file exactly, byte for byte.
    pub text: String,
    /// The file's format.
    pub format: Format,
    /// The character encoding the bytes were read in.
    pub encoding: &'static str,
}

/// Why a file could not be read, in words for the person who dropped it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// A format this build cannot read.
    Unsupported(String),
    /// A damaged file.
    Corrupt(String),
    /// A password-protected (encrypted) file.
    Encrypted,
    /// Binary data that is not text: a NUL byte at this offset.
    Binary(usize),
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Unsupported(s) | FormatError::Corrupt(s) => f.write_str(s),
            FormatError::Encrypted => f.write_str(
                "this file is password-protected (or an old .doc); open it in Word and save it as .docx without a password",
            ),
            FormatError::Binary(at) => write!(f, "this looks like a binary file, not text (NUL byte at offset {at})"),
        }
    }
}

impl std::error::Error for FormatError {}

/// Reads a file's bytes, choosing the reader by name and by content.
pub fn read(bytes: &[u8], name: &str) -> Result<Document, FormatError> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    if bytes.starts_with(b"%PDF") || ext == "pdf" {
        return Err(FormatError::Unsupported(
            "PDFs are read in the web page (pdf.js); on the command line convert it first, e.g. `pdftotext -layout file.pdf`".into(),
        ));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(FormatError::Encrypted);
    }
    if matches!(
        ext,
        "doc" | "odt" | "rtf" | "xlsx" | "xls" | "pptx" | "ppt" | "zip"
    ) {
        return Err(FormatError::Unsupported(format!(
            ".{ext} files cannot be read; save the minutes as .docx, .pdf, .html or .txt"
        )));
    }
    if bytes.starts_with(b"PK\x03\x04") || ext == "docx" {
        return docx(bytes);
    }
    let (text, encoding) = decode_text(bytes)?;
    let head = text
        .trim_start()
        .get(..200.min(text.trim_start().len()))
        .unwrap_or("")
        .to_ascii_lowercase();
    if matches!(ext, "html" | "htm" | "xhtml")
        || head.starts_with("<!doctype html")
        || head.starts_with("<html")
    {
        return Ok(Document {
            text: html_text(&text),
            format: Format::Html,
            encoding,
        });
    }
    Ok(Document {
        text,
        format: Format::Text,
        encoding,
    })
}

/// The offset of the first byte that is not valid UTF-8, if any: what the CLI reports
/// when it falls back to Windows-1252.
pub fn first_invalid_utf8(bytes: &[u8]) -> Option<usize> {
    std::str::from_utf8(bytes).err().map(|e| e.valid_up_to())
}

/// Decodes text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.
pub fn decode_text(bytes: &[u8]) -> Result<(String, &'static str), FormatError> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes).map(|t| (t, "UTF-16LE"));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes).map(|t| (t, "UTF-16BE"));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(FormatError::Binary(at));
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok((
            t.to_string(),
            if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
                "UTF-8 (BOM)"
            } else {
                "UTF-8"
            },
        )),
        Err(_) => Ok((
            bytes.iter().map(|&b| windows_1252(b)).collect(),
            "Windows-1252",
        )),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, FormatError> {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .enumerate()
        .map(|(i, c)| {
            c.map_err(|_| {
                FormatError::Corrupt(format!("invalid UTF-16 text at byte {}", 2 + 2 * i))
            })
        })
        .collect()
}

/// One byte of Windows-1252: Latin-1, except 0x80-0x9F, which hold quotes, dashes, € and the like.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// Elements whose content is not part of the minutes.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "head", "template", "svg", "form",
    "button", "select",
];
/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "table",
    "section",
    "article",
    "ul",
    "ol",
    "dd",
    "dt",
    "blockquote",
    "pre",
    "main",
    "hr",
    "caption",
];

/// The text of a web page, with paragraphs, list entries and table rows as lines.
pub fn html_text(html: &str) -> String {
    let Ok(dom) = tl::parse(html, tl::ParserOptions::default()) else {
        return html.to_string();
    };
    let parser = dom.parser();
    let mut out = String::new();
    for child in dom.children() {
        walk(*child, parser, &mut out);
    }
    tidy_lines(&decode_entities(&out))
}

fn walk(handle: tl::NodeHandle, parser: &tl::Parser, out: &mut String) {
    let Some(node) = handle.get(parser) else {
        return;
    };
    match node {
        tl::Node::Tag(tag) => {
            let name = tag.name().as_utf8_str().to_ascii_lowercase();
            if SKIPPED.contains(&name.as_str()) {
                return;
            }
            let block = BLOCKS.contains(&name.as_str());
            if block {
                out.push('\n');
            }
            if name == "li" {
                out.push_str("· ");
            }
            if matches!(name.as_str(), "td" | "th") {
                out.push('\t');
            }
            for child in tag.children().top().iter() {
                walk(*child, parser, out);
            }
            if block {
                out.push('\n');
            }
        }
        tl::Node::Raw(text) => out.push_str(&text.as_utf8_str()),
        tl::Node::Comment(_) => {}
    }
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '#')
            .map(|e| e + 1);
        let (entity, len) = match end {
            Some(e) if rest[e..].starts_with(';') => (&rest[1..e], e + 1),
            _ => ("", 0),
        };
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" | "#39" => Some('\''),
            "nbsp" => Some('\u{A0}'),
            "rsquo" => Some('’'),
            "lsquo" => Some('‘'),
            "ldquo" => Some('“'),
            "rdquo" => Some('”'),
            "ndash" => Some('–'),
            "mdash" => Some('—'),
            "pound" => Some('£'),
            "euro" => Some('€'),
            "hellip" => Some('…'),
            "middot" => Some('·'),
            "bull" => Some('•'),
            e if e.starts_with("#x") || e.starts_with("#X") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Trims each line and keeps at most one blank line between blocks.
fn tidy_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = true;
    for line in s.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            if !blank {
                out.push('\n');
                blank = true;
            }
            continue;
        }
        out.push_str(&line);
        out.push('\n');
        blank = false;
    }
    out
}

/// The text of a Word document: paragraphs as lines, list paragraphs as bullets,
/// table rows as lines of tab-separated cells.
pub fn docx(bytes: &[u8]) -> Result<Document, FormatError> {
    use quick_xml::events::Event;
    let xml = archive::member(bytes, "word/document.xml").map_err(|e| match e {
        archive::ArchiveError::Damaged(why) => {
            FormatError::Corrupt(format!("this .docx is damaged ({why})"))
        }
        archive::ArchiveError::Missing => FormatError::Corrupt(
            "this zip file is not a Word document (no word/document.xml)".into(),
        ),
        archive::ArchiveError::Encrypted => FormatError::Encrypted,
    })?;
    let xml = String::from_utf8(xml).map_err(|_| {
        FormatError::Corrupt("this .docx is damaged (its text is not UTF-8)".into())
    })?;
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut out = String::new();
    let mut para = String::new();
    let mut listed = false;
    let mut in_text = false;
    let mut table_depth = 0usize;
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    loop {
        match reader.read_event() {
            Err(e) => {
                return Err(FormatError::Corrupt(format!(
                    "this .docx is damaged (bad XML: {e})"
                )))
            }
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.name().as_ref() {
                b"w:t" => in_text = true,
                b"w:tab" => para.push('\t'),
                b"w:br" | b"w:cr" => para.push('\n'),
                b"w:numPr" => listed = true,
                b"w:tbl" => table_depth += 1,
                _ => {}
            },
            Ok(Event::Text(t)) if in_text => {
                let raw = t
                    .decode()
                    .map_err(|e| FormatError::Corrupt(format!("this .docx is damaged: {e}")))?;
                para.push_str(&decode_entities(&raw));
            }
            Ok(Event::GeneralRef(r)) if in_text => {
                let name = String::from_utf8_lossy(r.as_ref()).to_string();
                para.push_str(&decode_entities(&format!("&{name};")));
            }
            Ok(Event::End(e)) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:p" => {
                    let text = std::mem::take(&mut para);
                    let line = if listed {
                        format!("· {}", text.trim())
                    } else {
                        text.trim().to_string()
                    };
                    listed = false;
                    if table_depth > 0 {
                        if !cell.is_empty() && !line.is_empty() {
                            cell.push(' ');
                        }
                        cell.push_str(&line);
                    } else if !line.is_empty() {
                        out.push_str(&line);
                        out.push_str("\n\n");
                    }
                }
                b"w:tc" => row.push(std::mem::take(&mut cell)),
                b"w:tr" => {
                    let line = std::mem::take(&mut row).join("\t");
                    if !line.trim().is_empty() {
                        out.push_str(line.trim_end());
                        out.push('\n');
                    }
                }
                b"w:tbl" => {
                    table_depth = table_depth.saturating_sub(1);
                    out.push('\n');
                }
                _ => {}
            },
            _ => {}
        }
    }
    Ok(Document {
        text: out,
        format: Format::Docx,
        encoding: "UTF-8",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    fn make_docx(body: &str) -> Vec<u8> {
        let mut buf = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut buf);
            z.start_file(
                "word/document.xml",
                zip::write::SimpleFileOptions::default()
                    .compression_method(zip::CompressionMethod::Stored),
            )
            .unwrap();
            write!(z, r#"<?xml version="1.0"?><w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#).unwrap();
            z.finish().unwrap();
        }
        buf.into_inner()
    }

    #[test]
    fn docx_paragraphs_lists_and_tables() {
        let body = r#"<w:p><w:r><w:t>Dental checks</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr/></w:pPr><w:r><w:t xml:space="preserve">86% were seen &amp; </w:t></w:r><w:r><w:t>checked.</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Measure</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>91%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#;
        let d = read(&make_docx(body), "minutes.docx").unwrap();
        assert_eq!(d.format, Format::Docx);
        assert_eq!(
            d.text,
            "Dental checks\n\n· 86% were seen & checked.\n\nMeasure\t91%\n\n"
        );
    }

    #[test]
    fn damaged_and_protected_files_say_so() {
        assert!(matches!(
            read(b"PK\x03\x04garbage", "m.docx"),
            Err(FormatError::Corrupt(_))
        ));
        assert_eq!(
            read(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0], "m.docx"),
            Err(FormatError::Encrypted)
        );
        assert!(read(b"%PDF-1.4", "m.pdf")
            .unwrap_err()
            .to_string()
            .contains("pdftotext"));
        assert!(read(b"PK\x03\x04", "m.xlsx")
            .unwrap_err()
            .to_string()
            .contains(".xlsx files cannot be read"));
    }

    #[test]
    fn html_keeps_the_minutes_and_drops_the_rest() {
        let page = "<html><head><title>x</title><style>p{}</style></head><body><nav>Home | Meetings</nav>\
            <h2>Minutes:</h2><p>Re-referrals were 17.4%&nbsp;&ndash; lower than 22%.</p><ul><li>Item one</li><li>Item two</li></ul>\
            <script>alert(1)</script><footer>Contact us</footer></body></html>";
        let d = read(page.as_bytes(), "page.htm").unwrap();
        assert_eq!(
            d.text,
            "Minutes:\n\nRe-referrals were 17.4% – lower than 22%.\n\n· Item one\n\n· Item two\n\n"
        );
    }

    #[test]
    fn encodings_are_detected() {
        assert_eq!(decode_text("Café".as_bytes()).unwrap().1, "UTF-8");
        assert_eq!(
            decode_text(b"\xef\xbb\xbfCaf\xc3\xa9").unwrap().1,
            "UTF-8 (BOM)"
        );
        assert_eq!(
            decode_text(b"\x93quoted\x94 \x80 5").unwrap(),
            ("“quoted” € 5".to_string(), "Windows-1252")
        );
        assert_eq!(
            decode_text(b"\xff\xfeA\x00\xa3\x00").unwrap(),
            ("A£".to_string(), "UTF-16LE")
        );
        assert_eq!(decode_text(b"abc\x00def"), Err(FormatError::Binary(3)));
    }
}
