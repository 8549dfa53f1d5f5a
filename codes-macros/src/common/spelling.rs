//! How names are spelled and misspelled: Rust's cases (`snake_case`,
//! `UpperCamelCase` made from text) and the edit distance behind "did you
//! mean" hints.

/// `ClientError` -> `client_error`, `HTTPAuth` -> `http_auth`, `Io2Fa` ->
/// `io2_fa`: how Rust spells a type's name as a method name (an acronym stays
/// one word; a capital after a lowercase letter or digit, or a capital before
/// a lowercase letter inside an acronym, starts a new word).
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1);
            let boundary = match prev {
                None | Some('_') => false,
                Some(p) if p.is_lowercase() || p.is_ascii_digit() => true,
                Some(p) => p.is_uppercase() && next.is_some_and(|n| n.is_lowercase()),
            };
            if boundary {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `"Not Found"` -> `NotFound`, `"URI too long"` -> `UriTooLong`,
/// `"I'm a teapot"` -> `ImATeapot`: text as a variant name (each run of
/// letters and digits a word, its first letter upper case and the rest lower
/// case; apostrophes dropped). Empty when the text has no letter or digit.
pub fn upper_camel_case(text: &str) -> String {
    // Already UpperCamelCase (`AlreadyExists`): kept as written.
    let mut chars = text.chars();
    if chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.clone().all(|c| c.is_ascii_alphanumeric())
        && chars.any(|c| c.is_ascii_lowercase())
    {
        return text.to_string();
    }
    let mut out = String::new();
    let mut start = true;
    for c in text.chars().filter(|&c| c != '\'' && c != '\u{2019}') {
        if !c.is_alphanumeric() {
            start = true;
        } else if start {
            out.extend(c.to_uppercase());
            start = false;
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// `EmailTaken`, `email-taken` or `email taken` as `EMAIL_TAKEN`: words split
/// at case changes and at anything but letters and digits, joined by `_`.
pub fn upper_snake_case(text: &str) -> String {
    let mut out = String::new();
    for c in snake_case(text.trim()).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_uppercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

/// The Levenshtein distance between `a` and `b`, by `char`.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(above + 1)
                .min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The candidates nearest `name` (ignoring ASCII case), when near enough to
/// be a misspelling: at most a third of the name's length away (at least 1).
pub fn nearest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let lower = name.to_ascii_lowercase();
    let limit = (name.chars().count() / 3).max(1);
    let scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .map(|c| (edit_distance(&lower, &c.to_ascii_lowercase()), c))
        .filter(|&(d, _)| d <= limit)
        .collect();
    let best = scored.iter().map(|&(d, _)| d).min();
    scored
        .into_iter()
        .filter(|&(d, _)| Some(d) == best)
        .map(|(_, c)| c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_keeps_acronyms_whole() {
        assert_eq!(snake_case("Auth"), "auth");
        assert_eq!(snake_case("ClientError"), "client_error");
        assert_eq!(snake_case("HTTPAuth"), "http_auth");
        assert_eq!(snake_case("IOError"), "io_error");
        assert_eq!(snake_case("Http2Frame"), "http2_frame");
        assert_eq!(snake_case("API"), "api");
        assert_eq!(snake_case("Billing_V2"), "billing_v2");
    }

    #[test]
    fn upper_camel_case_of_text() {
        assert_eq!(upper_camel_case("Not Found"), "NotFound");
        assert_eq!(upper_camel_case("AlreadyExists"), "AlreadyExists");
        assert_eq!(upper_snake_case("EmailTaken"), "EMAIL_TAKEN");
        assert_eq!(upper_snake_case("email-taken "), "EMAIL_TAKEN");
        assert_eq!(upper_snake_case("user_not_found_"), "USER_NOT_FOUND");
        assert_eq!(upper_snake_case("HTTPError"), "HTTP_ERROR");
        assert_eq!(upper_camel_case("not-found"), "NotFound");
        assert_eq!(upper_camel_case("URI Too Long"), "UriTooLong");
        assert_eq!(upper_camel_case("I'm a teapot"), "ImATeapot");
        assert_eq!(upper_camel_case(" !"), "");
    }

    #[test]
    fn nearest_names() {
        assert_eq!(edit_distance("transparnt", "transparent"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(
            nearest("NotFund", ["NotFound", "Found", "Gone"]),
            ["NotFound"]
        );
        assert_eq!(nearest("notfound", ["NotFound"]), ["NotFound"]);
        assert!(nearest("Teapot", ["NotFound", "Gone"]).is_empty());
    }
}
