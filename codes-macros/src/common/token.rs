//! A token (RFC 9110, Section 5.6.2): what method names and header field names
//! are made of.

/// The tchar set besides ASCII letters and digits.
pub const TCHAR_SYMBOLS: &str = "!#$%&'*+-.^_`|~";

/// Whether `b` may stand in a token.
pub const fn is_tchar(b: u8) -> bool {
    if b.is_ascii_alphanumeric() {
        return true;
    }
    let symbols = TCHAR_SYMBOLS.as_bytes();
    let mut i = 0;
    while i < symbols.len() {
        if symbols[i] == b {
            return true;
        }
        i += 1;
    }
    false
}
