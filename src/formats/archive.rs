//! Reads one member of a zip archive: what a .docx needs to give up its text.
//!
//! A Word document is a zip whose text is `word/document.xml`, stored or deflated.
//! Reading that one member takes the central directory, one local header and an
//! inflate (`miniz_oxide`); a general zip library brought writers, encryption
//! schemes, zip64 paths and a 16 KB checksum table into the page's wasm for none of
//! it. Every offset is checked, so a damaged or hostile file gets an error, never a
//! panic.

/// The most a member may inflate to: a .docx's text is a few megabytes at most, and a
/// zip bomb must not take the page's memory.
const MAX_INFLATED: usize = 256 * 1024 * 1024;

/// Why a member could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArchiveError {
    /// Not a zip, or a damaged one (the words say what was wrong).
    Damaged(&'static str),
    /// The archive has no member of that name.
    Missing,
    /// The member is encrypted.
    Encrypted,
}

/// The bytes of the member `name` of the zip archive `zip`, inflated.
pub fn member(zip: &[u8], name: &str) -> Result<Vec<u8>, ArchiveError> {
    let entry = find_entry(zip, name)?;
    let local = zip
        .get(entry.local_header..)
        .filter(|l| u32_at(l, 0) == Some(0x0403_4b50))
        .ok_or(ArchiveError::Damaged("a file's header is missing"))?;
    let (name_len, extra_len) = (u16_at(local, 26), u16_at(local, 28));
    let start = name_len
        .zip(extra_len)
        .map(|(n, e)| 30 + usize::from(n) + usize::from(e))
        .ok_or(ArchiveError::Damaged("a file's header is cut short"))?;
    let data = local
        .get(start..)
        .and_then(|d| d.get(..entry.compressed_size))
        .ok_or(ArchiveError::Damaged("a file is cut short"))?;
    let bytes = match entry.method {
        0 => data.to_vec(),
        8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_INFLATED)
            .map_err(|_| ArchiveError::Damaged("a compressed file does not inflate"))?,
        _ => return Err(ArchiveError::Damaged("a file uses an unknown compression")),
    };
    if crc32(&bytes) != entry.crc {
        return Err(ArchiveError::Damaged("a file's checksum does not match"));
    }
    Ok(bytes)
}

/// What the central directory says of one member.
struct Entry {
    method: u16,
    crc: u32,
    compressed_size: usize,
    local_header: usize,
}

/// The central directory's entry for `name`.
fn find_entry(zip: &[u8], name: &str) -> Result<Entry, ArchiveError> {
    // The end record is the last 22 bytes, or before them a comment of up to 64 KiB.
    let tail_from = zip.len().saturating_sub(22 + 0xFFFF);
    let end = (tail_from..zip.len().saturating_sub(21))
        .rev()
        .find(|&i| u32_at(zip, i) == Some(0x0605_4b50))
        .ok_or(ArchiveError::Damaged("not a readable zip archive"))?;
    let count = u16_at(zip, end + 10).unwrap_or(0);
    let mut at = u32_at(zip, end + 16).map_or(usize::MAX, |o| o as usize);
    for _ in 0..count {
        let header = zip
            .get(at..)
            .filter(|h| h.len() >= 46 && u32_at(h, 0) == Some(0x0201_4b50))
            .ok_or(ArchiveError::Damaged("its list of files is damaged"))?;
        let field16 = |k: usize| u16_at(header, k).map_or(0, usize::from);
        let field32 = |k: usize| u32_at(header, k).map_or(0, |v| v as usize);
        let name_len = field16(28);
        let next = 46 + name_len + field16(30) + field16(32);
        let own_name = header
            .get(46..46 + name_len)
            .ok_or(ArchiveError::Damaged("its list of files is cut short"))?;
        if own_name == name.as_bytes() {
            if field16(8) & 1 == 1 {
                return Err(ArchiveError::Encrypted);
            }
            return Ok(Entry {
                method: u16_at(header, 10).unwrap_or(0),
                crc: u32_at(header, 16).unwrap_or(0),
                compressed_size: field32(20),
                local_header: field32(42),
            });
        }
        at += next;
    }
    Err(ArchiveError::Missing)
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// The CRC-32 zip stores for each member, four bits at a time: a 64-byte table
/// rather than 16 KB, and fast enough for the one member read.
fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 16] = {
        let mut t = [0u32; 16];
        let mut i = 0;
        while i < 16 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 4 {
                c = if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            t[i] = c;
            i += 1;
        }
        t
    };
    let mut crc = !0u32;
    for &b in bytes {
        crc = TABLE[((crc ^ u32::from(b)) & 0xF) as usize] ^ (crc >> 4);
        crc = TABLE[((crc ^ (u32::from(b) >> 4)) & 0xF) as usize] ^ (crc >> 4);
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    fn zip_of(name: &str, body: &[u8], method: zip::CompressionMethod) -> Vec<u8> {
        let mut buf = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut buf);
            z.start_file("docProps/app.xml", zip::write::SimpleFileOptions::default())
                .unwrap();
            z.write_all(b"<Properties/>").unwrap();
            z.start_file(
                name,
                zip::write::SimpleFileOptions::default().compression_method(method),
            )
            .unwrap();
            z.write_all(body).unwrap();
            z.finish().unwrap();
        }
        buf.into_inner()
    }

    #[test]
    fn reads_a_stored_and_a_deflated_member() {
        let body = "Dental checks were 86% in March. ".repeat(200);
        for method in [
            zip::CompressionMethod::Stored,
            zip::CompressionMethod::Deflated,
        ] {
            let z = zip_of("word/document.xml", body.as_bytes(), method);
            assert_eq!(member(&z, "word/document.xml").unwrap(), body.as_bytes());
            assert_eq!(member(&z, "word/other.xml"), Err(ArchiveError::Missing));
        }
    }

    #[test]
    fn damage_is_an_error_not_a_panic() {
        let z = zip_of(
            "word/document.xml",
            b"<w:document/>",
            zip::CompressionMethod::Stored,
        );
        // Every truncation, and a flipped byte everywhere.
        for cut in 0..z.len() {
            let _ = member(&z[..cut], "word/document.xml");
        }
        for at in 0..z.len() {
            let mut bad = z.clone();
            bad[at] ^= 0xFF;
            let _ = member(&bad, "word/document.xml");
        }
        // A changed byte of the stored text fails its checksum.
        let mut bad = z.clone();
        let text = bad.windows(13).position(|w| w == b"<w:document/>").unwrap();
        bad[text + 1] = b'x';
        assert!(matches!(
            member(&bad, "word/document.xml"),
            Err(ArchiveError::Damaged(_))
        ));
    }

    #[test]
    fn crc32_is_zips() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }
}
