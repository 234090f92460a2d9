//! Turns the bytes of a file into text, or says plainly why it cannot.
//!
//! Offsets in the report refer to the text exactly as read, so nothing is
//! stripped or rewritten here: a UTF-8 byte-order mark stays in (the analyser
//! ignores it), and invalid UTF-8 is an error naming the byte, never replaced.

use std::fmt;

/// Why some bytes could not be read as minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// The bytes are not valid UTF-8; `offset` is the first bad byte.
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The bytes hold NUL characters: a binary file, not text.
    Binary {
        /// Byte offset of the first NUL.
        offset: usize,
    },
    /// A UTF-16 file (byte-order mark found), which this build does not decode.
    Utf16,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::InvalidUtf8 { offset } => {
                write!(f, "not valid UTF-8 text (first bad byte at offset {offset}); save the file as UTF-8 and try again")
            }
            InputError::Binary { offset } => {
                write!(
                    f,
                    "looks like a binary file, not text (NUL byte at offset {offset})"
                )
            }
            InputError::Utf16 => write!(f, "is UTF-16 text; save it as UTF-8 and try again"),
        }
    }
}

impl std::error::Error for InputError {}

/// Reads bytes as UTF-8 text without changing them.
pub fn decode(bytes: &[u8]) -> Result<&str, InputError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(InputError::Utf16);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| InputError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    if let Some(offset) = text.bytes().position(|b| b == 0) {
        return Err(InputError::Binary { offset });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_byte() {
        let e = decode(b"Care leavers \xff here").unwrap_err();
        assert_eq!(e, InputError::InvalidUtf8 { offset: 13 });
        assert!(e.to_string().contains("offset 13"));
    }

    #[test]
    fn binary_and_utf16_are_refused() {
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00").unwrap_err(),
            InputError::Binary { offset: 4 }
        );
        assert_eq!(decode(b"\xff\xfeA\x00").unwrap_err(), InputError::Utf16);
    }

    #[test]
    fn utf8_with_bom_is_kept_as_is() {
        assert_eq!(
            decode("\u{feff}Minutes".as_bytes()).unwrap(),
            "\u{feff}Minutes"
        );
    }
}
