//! The one form a code takes wherever a user writes it (`codes!` entries and
//! `#[status(404)]`): a plain decimal integer literal.

use syn::LitInt;

/// The digits of a code literal, or what is wrong with it. `hint` says what a
/// code of the list looks like, e.g. "an HTTP status code is a 3-digit integer
/// literal such as `404`".
pub fn code_digits(int: &LitInt, hint: &str) -> Result<String, String> {
    match int.suffix() {
        "" | "u16" => {}
        suffix => {
            return Err(format!(
                "the code has the suffix `{suffix}`: codes are `u16`, write the number without a suffix ({hint})"
            ))
        }
    }
    let text = int.token().to_string();
    let digits = text.strip_suffix(int.suffix()).unwrap_or(&text);
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "the code `{text}` must be written as a plain decimal number: {hint}"
        ));
    }
    if digits.len() > 1 && digits.starts_with('0') {
        return Err(format!("the code `{text}` has a leading zero: {hint}"));
    }
    Ok(digits.to_string())
}
